"""Numbers only a report's text states, asked in paraphrase or colloquially (narrative session 10):
the bilingual terms and rules of rag.narrative / vocab.narrative_terms, over the real corpus
reports and their real sentences.

- English paraphrase families: self-written / self-authored / "wrote itself" / "its own originals"
  (原创), wrong or erroneous pieces of content (错误信息), lawsuits (诉讼, not any 案件), a countdown
  alarm *system* (倒计时报警器), what a gazette printed or carried (刊登 …件), municipal rules and
  normative docs (规章, 规范性文件), miscellaneous documents (其他文件);
- the counted noun beside the number: a total closing a list with 等 ("刊登政府规章、规范性文件等112件")
  has the list's verb and items as its words (not when a noun of its own follows: "…等26个试点领域"),
  and it is never the sum of the items it names ("regulations plus normative documents");
- a stock the tables keep ("in force", "to date", 现行有效) or a row of theirs named in English
  ("lawsuits" → 行政诉讼) is the tables' to give, not a sentence's;
- what the question sets aside ("apart from rules and normative docs", "(besides …)") is not asked;
- a terse question that opens with what it counts ("followers of the … account") names its head;
- a word that names either of two things the reports count apart ("press briefings": a 新闻通气会
  or a 新闻发布会), said plainly, gives no single number (both are quoted, the engine asks which);
- Chinese: the report named as where the asker read it ("年报说设了…") is not the quantity's words;
  a website's column (栏目) is read whole ("公开栏目的" is never 公开栏 + 目的); colloquial words for
  the website fixes (不规范的表述) and the reviews (发布前审查);
- a number whose clause holds the words naming the quantity is taken over a better one only when
  its sentence holds the better one's words too (no switch to another sentence's count);
- never a number from a sentence for a table's cell or a thing the text does not count.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import find_narrative, quoted_text
from tests.conftest import SH as _SH, STCSM as _STCSM, SHUYANG as _SHUYANG, HUAIAN as _HUAIAN, JIANXI as _JIANXI


@pytest.fixture(scope="module")
def svc(corpus, corpus_service):
    return corpus_service


_quoted = quoted_text


_find = find_narrative  # the finder alone over one report's text (tests/conftest.py)


@pytest.mark.parametrize("agency, year, question, value, words", [
    # 原创: written by the body itself, in many words
    (_STCSM, 2024, "How many self-written articles did the Shanghai science commission's WeChat account put out in 2024?",
     294, "原创文章294篇"),
    (_STCSM, 2024, "How many self-authored articles did the 'Shanghai Keji' WeChat account publish in 2024?", 294, "原创文章294篇"),
    (_STCSM, 2024, "STCSM 2024: number of articles its WeChat account wrote itself?", 294, "原创文章294篇"),
    (_STCSM, 2024, "How many of the WeChat account's articles were its own originals in 2024?", 294, "原创文章294篇"),
    (_STCSM, 2024, "上海科委2024年公众号自己写的原创文章有多少篇", 294, "原创文章294篇"),
    # … and the whole stays the whole
    (_STCSM, 2024, "How many articles did the science commission's WeChat account publish in 2024?", 1640, "文章1640篇"),
    # a terse question opening with what it counts
    (_STCSM, 2024, "followers of the 'Shanghai Keji' wechat official account, per the 2024 report?", 1016823,
     "关注人数达1016823人"),
    # 错误信息: wrong pieces of content
    (_SHUYANG, 2025, "How many wrong pieces of content of various kinds did Shuyang fix on its website in 2025?", 83,
     "各类错误信息83处"),
    (_SHUYANG, 2025, "How many erroneous items did Shuyang correct on its website in 2025?", 83, "各类错误信息83处"),
    (_SHUYANG, 2025, "How many incorrect bits of information did Shuyang fix in 2025?", 83, "各类错误信息83处"),
    # the countdown alarm *system* is the alarm (倒计时报警器)
    (_SHUYANG, 2025, "In 2025 how many reminder alerts did Shuyang's countdown alarm system send out?", 84, "催办提示84次"),
    (_SHUYANG, 2025, "How many deadline reminders did Shuyang's countdown alarm mechanism issue in 2025?", 84, "催办提示84次"),
    # what a gazette printed or carried: the total closing the list (…等243件), not its issues nor districts
    (_SH, 2025, "Shanghai 2025: how many pieces were printed in the municipal gazette?", 243, "等243件"),
    (_SH, 2025, "How many documents did the Shanghai municipal gazette carry in 2025?", 243, "等243件"),
    (_SH, 2025, "2025年上海市政府公报刊登了多少件文件", 243, "等243件"),
    (_SH, 2025, "Shanghai 2025: how many issues of the municipal gazette came out?", 24, "公报》24期"),
    (_SH, 2025, "上海2025年有多少个区的公报数字化了", 16, "16个区全部上线数字公报"),
    (_SH, 2019, "Shanghai General Office 2019: items carried in the gazette (rules, normative docs etc.)?", 112,
     "规范性文件等112件"),
    (_SH, 2019, "上海2019年公报刊登了多少件规章和规范性文件", 112, "规范性文件等112件"),
    (_SH, 2019, "How many departmental normative documents did the Shanghai gazette carry in 2019?", 45, "部门规范性文件45件"),
    (_SH, 2019, "Shanghai 2019 gazette: how many policy interpretations did it carry?", 83, "政策解读83件"),
    # rules (规章) and what is set aside
    (_SH, 2025, "How many municipal rules did Shanghai proactively publish in 2025 per the report text?", 22, "规章22件"),
    (_SH, 2019, "Shanghai General Office 2019: apart from rules and normative docs, how many other city government "
                "documents were made public?", 162, "市政府其他文件162件"),
    (_SH, 2019, "Shanghai 2019: number of miscellaneous municipal documents proactively released (besides rules and "
                "normative docs)", 162, "市政府其他文件162件"),
    # lawsuits are 诉讼 (the text's one overall figure)
    (_HUAIAN, 2024, "The narrative of Huai'an's 2024 report gives one overall figure for disclosure lawsuits — what is it?",
     46, "行政诉讼46件"),
    # colloquial Chinese for the website fixes and the reviews
    (_SHUYANG, 2025, "沭阳县2025年网站上不规范的表述改了多少处", 22, "不规范描述22处"),
    (_SH, 2025, "上海市府办2025年公文发布前审查了多少件", 330, "发布审查330件"),
    (_SH, 2025, "上海市府办2025年公文公开属性审查了多少件", 166, "公开属性审查166件"),
    # where the asker read it is not the quantity; 栏目 is read whole
    (_JIANXI, 2020, "涧西区2020年年报说设了多少个试点领域的专栏", 26, "26个试点领域"),
    (_HUAIAN, 2024, "淮安市2024年组织了几次政府信息公开栏目的全覆盖检查", 4, "4次政府信息公开栏目全覆盖检查"),
    (_HUAIAN, 2024, "How many times in 2024 did Huai'an sweep through every disclosure section of its sites to inspect them?",
     4, "4次政府信息公开栏目全覆盖检查"),
])
def test_text_number_in_paraphrase_s10(svc, agency, year, question, value, words):
    lang = "zh" if sum("\u4e00" <= ch <= "\u9fff" for ch in question) > len(question) * 0.3 else "en"
    found = _find(svc, agency, year, question, lang)
    assert found.status == "one" and found.best.value == value, (found.status, found.best, found.others)
    assert words in found.best.sentence.replace(" ", "")


@pytest.mark.parametrize("question, value, words", [
    ("How many self-written articles did the Shanghai science commission's WeChat account put out in 2024?", 294,
     "原创文章294篇"),
    ("Shanghai 2025: how many pieces were printed in the municipal gazette?", 243, "等243件"),
    ("In 2025 how many reminder alerts did Shuyang's countdown alarm system send out?", 84, "催办提示84次"),
    ("淮安市2024年组织了几次政府信息公开栏目的全覆盖检查", 4, "4次政府信息公开栏目全覆盖检查"),
])
def test_the_engine_quotes_the_sentence_s10(svc, question, value, words):
    rec = svc.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert words in _quoted(rec)


# -- no single number where the words do not settle which -----------------------------------------
def test_press_briefings_said_plainly_quote_both_counts(svc):
    """"press briefings" may mean the 新闻通气会 or the 新闻发布会 (the report counts both): said
    plainly, both are quoted and no number is given; a gloss or an aside settles it."""
    found = _find(svc, _SH, 2025, "Shanghai municipal government 2025: how many press briefings were held?", "en")
    assert found.status == "several" and {c.value for c in found.others} == {42, 19}
    found = _find(svc, _SH, 2025, "How many news briefings did Shanghai hold in 2025?", "en")
    assert found.status != "one"
    for q in ("Shanghai 2025: how many press briefings (新闻通气会)?",
              "How many press briefings (not full press conferences) did the Shanghai municipal government hold in 2025?",
              "Shanghai 2025: how many background briefings for the press were held?"):
        found = _find(svc, _SH, 2025, q, "en")
        assert found.status == "one" and found.best.value == 19, q
    found = _find(svc, _SH, 2025, "How many press conferences did the Shanghai municipal government hold in 2025?", "en")
    assert found.status == "one" and found.best.value == 42


def test_a_table_cell_is_not_answered_from_a_sentence_s10(svc):
    """Counts the tables hold: the engine answers from the table, never "the tables do not hold this"
    with a sentence's number (the gazette's 规章、规范性文件等112件 is no sum of rules made)."""
    for q in ("Shanghai General Office 2019: regulations made plus normative documents made, total?",
              "Huai'an 2024 direct lawsuits total"):
        rec = svc.ask(q).record
        assert "表格中没有这一项" not in rec["answer"] and "The tables do not hold this" not in rec["answer"], rec["answer"]
        assert rec["value"] != 112
    # the finder alone: a total closing a list with 等 is never the sum of the items it names
    for q in ("Shanghai General Office 2019: rules newly made plus normative documents newly made?",
              "Shanghai General Office 2019: regulations made plus normative documents made, total?"):
        found = _find(svc, _SH, 2019, q, "en")
        assert found.status != "one" or found.best.value != 112, q
    found = _find(svc, _SH, 2019, "上海市政府办公厅2019年新公开的规章和规范性文件合计多少件", "zh")
    assert found.status != "one" or found.best.value != 112
    # … a stock the tables keep is theirs
    for q in ("Shanghai General Office 2019 — total rules published to date (not the new ones made that year)?",
              "Shanghai General Office 2019: rules — the cumulative total available to the public, not the ones newly made"):
        assert _find(svc, _SH, 2019, q, "en").status != "one", q
    assert _find(svc, _HUAIAN, 2024, "淮安市2024年现行有效的规章有几件", "zh").status != "one"
    # … and so is a row named in English ("lawsuits" → 行政诉讼), unless the text is asked for
    assert _find(svc, _HUAIAN, 2024, "Huai'an 2024 direct lawsuits total", "en").status != "one"
    found = _find(svc, _HUAIAN, 2024, "Per the narrative of Huai'an's 2024 report, how many disclosure lawsuits in total "
                                      "(all kinds)?", "en")
    assert found.status == "one" and found.best.value == 46
    # examples before a count with a noun of its own are not what it counts ("重大建设项目、…等26个试点领域")
    found = _find(svc, _JIANXI, 2020, "涧西区2020年有几个项目", "zh")
    assert found.status != "one" or found.best.value != 26


def test_the_counted_noun_does_not_pull_in_a_sentence_missing_the_rest(svc):
    """"发布前审查了多少件文件": 文件 stands by the gazette's "…文件等243件", but that sentence names no
    review — the review's count (330) and the gazette's are quoted, neither is given as the answer."""
    found = _find(svc, _SH, 2025, "上海市府办2025年发布前审查了多少件文件", "zh")
    assert found.status != "one" or found.best.value == 330


def test_no_number_for_what_the_text_does_not_count_s10(svc):
    # the WeChat account's articles are counted; its videos' followers are another account's
    found = _find(svc, _STCSM, 2024, "上海科技视频号有多少粉丝", "zh")
    assert found.status != "one" or found.best.value == 54373
    # no report counts gazette pieces by topic
    rec = svc.ask("How many pieces about education did the Shanghai municipal gazette print in 2025?").record
    assert rec["value"] != 243, rec["answer"]


# -- the finder alone, on the reports' real sentences ---------------------------------------------
_GAZETTE = {"report_id": "r", "section": 1,
            "text": "编辑《上海市人民政府公报》24 期，刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等 243 件。"
                    "全面推进区政府公报数字化改革，16 个区全部上线数字公报，集中、统一、权威、动态发布区政府、区级工作部门、"
                    "镇（街道）政策文件。"}


def test_a_total_closing_a_list_has_the_lists_words():
    nums = narrative._numbers("编辑《上海市人民政府公报》24期，刊登市政府规章、市政府和市政府办公厅文件、市政府部门行政规范性文件等243件。")
    lead = {m.group(1): lead for m, _, _, _, lead in nums}
    assert "刊登" in lead["243"] and "规章" in lead["243"]
    assert lead["24"] == ""
    # a count after a list not closed by 等 is no total of it ("…失效链接43处" is the links' own count)
    nums = narrative._numbers("重点排查错误表述、失效链接、日期偏差等问题，全年累计整改不规范描述22处、失效链接43处。")
    assert [lead for *_, lead in nums][0] == ""
    found = narrative.find("How many documents did the Shanghai gazette carry in 2025?", "en", [_GAZETTE])
    assert found.status == "one" and found.best.value == 243
    found = narrative.find("Shanghai 2025: how many issues of the municipal gazette were edited?", "en", [_GAZETTE])
    assert found.status == "one" and found.best.value == 24


def test_what_is_set_aside_is_not_asked():
    groups = narrative.asked_words("Shanghai General Office 2019: apart from rules and normative docs, how many other city "
                                   "government documents were made public?", "en")
    assert ("其他",) in groups and not any("规章" in g or "规范性文件" in g for g in groups), groups
    groups = narrative.asked_words("number of miscellaneous municipal documents proactively released (besides rules and "
                                   "normative docs)", "en")
    assert ("其他",) in groups and not any("规章" in g for g in groups), groups


def test_paraphrase_words_and_heads_s10():
    drop = ["上海市科学技术委员会", "上海", "涧西区人民政府办公室", "涧西", "淮安市人民政府", "淮安"]
    words = lambda q, lang="en": [g[0] for g in narrative.asked_words(q, lang, drop)]  # noqa: E731
    assert "原创" in words("How many self-written articles did the WeChat account put out?")
    assert "原创" in words("number of articles its WeChat account wrote itself?")
    assert "错误信息" in words("How many wrong pieces of content did it fix?")
    assert "行政诉讼" in words("How many disclosure lawsuits were there?")
    assert "案件" not in words("How many disclosure lawsuits were there?")
    assert "刊登" in words("How many items did the gazette carry?")
    # "carried forward" is no gazette's printing
    assert "刊登" not in words("How many requests were carried forward into 2025?")
    # the report as where the asker read it; 栏目 whole
    assert "说设" not in words("涧西区2020年年报说设了多少个试点领域的专栏", "zh")
    assert "目的" not in words("淮安市2024年组织了几次政府信息公开栏目的全覆盖检查", "zh")
    # the noun a terse question opens with is its head
    q = "followers of the 'Shanghai Keji' wechat official account, per the 2024 report?"
    groups = narrative.asked_words(q, "en")
    assert {groups[i][0] for i in narrative.head_words(q, "en", groups)} == {"粉丝"}
    # a match inside the window after "how many" whose lookahead reaches past it is a head
    q = "Shanghai 2025: how many pieces were printed in the municipal gazette?"
    groups = narrative.asked_words(q, "en")
    assert "刊登" in {groups[i][0] for i in narrative.head_words(q, "en", groups)}
    # "items carried in the gazette": things counted, never issues (期)
    units = narrative.asked_units("Shanghai General Office 2019: items carried in the gazette?", "en")
    assert units is not None and "期" not in units
