"""Numbers only a report's text states, asked in English everyday wording or colloquial Chinese
(narrative session 12): the bilingual concept families of vocab.narrative_terms and the head of a
terse question, over the real corpus reports and their real sentences.

- government social accounts and apps ("official social-media and app accounts", "social accounts")
  are the 政务新媒体; kept alive / up and running / in operation is the text's 在运维;
- themed sections / columns those accounts run (专栏);
- "make and post" is a verb: no article (文章) is counted beside the clips (短视频);
- "(lead or co-lead)" is the 主合办 of proposals and deputies' suggestions;
- a document's disclosure / openness attributes, the review said elsewhere in the question (公开属性审查);
- much-used / heavily used services (高频事项); policy reading linked straight to applying (阅办联动);
- the one-stop policy release (集成式发布), with a space where the hyphen was;
- the countdown system (倒计时报警器) is the alarm, not a platform counted;
- press events to brief reporters, media events, 记者会 / 记者见面会 are press conferences (新闻发布会):
  the reporters they brief are no breakdown of applicants by occupation;
- the asker introducing themself ("我是网站运维的，想核对下…") names no quantity;
- a terse question ("Shanghai gazette 2019: departmental normative documents carried?") counts the
  noun phrase it opens with after the body and year, not the gazette of its opening words;
- never a number from a sentence for a table's row or a thing the text does not count.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import find_narrative
from tests.conftest import SH as _SH, STCSM as _STCSM, SHUYANG as _SHUYANG, HUAIAN as _HUAIAN, HONGZE as _HONGZE


@pytest.fixture(scope="module")
def svc(corpus, corpus_service):
    return corpus_service


_find = find_narrative  # the finder alone over one report's text (tests/conftest.py)


@pytest.mark.parametrize("agency, year, question, value, words", [
    # government social accounts and apps, kept running (在运维政务新媒体共计95个)
    (_HUAIAN, 2024, "How many official social-media and app accounts was Huai'an keeping alive in 2024?", 95, "政务新媒体共计95个"),
    (_HUAIAN, 2024, "How many government social accounts and apps did Huai'an have up and running in 2024?", 95,
     "政务新媒体共计95个"),
    (_HUAIAN, 2024, "Huai'an 2024: official social-media and app accounts still in operation — how many?", 95,
     "政务新媒体共计95个"),
    # the themed sections those accounts run (…等专栏33个)
    (_SHUYANG, 2025, "How many themed columns did Shuyang's government social accounts run in 2025?", 33, "专栏33个"),
    (_SHUYANG, 2025, "How many themed sections did Shuyang's official social accounts open in 2025?", 33, "专栏33个"),
    # "make and post": the clips are counted, no article beside them
    (_STCSM, 2024, "STCSM's video account in 2024: how many clips did it make and post?", 584, "短视频584条"),
    (_STCSM, 2024, "How many short clips did the STCSM video channel make and post in 2024?", 584, "短视频584条"),
    # lead or co-lead: the 主合办 of deputies' suggestions and of proposals, told apart by what is handled
    (_STCSM, 2024, "STCSM 2024: NPC deputies' suggestions handled (lead or co-lead)?", 50, "人大代表建议"),
    (_STCSM, 2024, "STCSM 2024: people's congress deputies' suggestions it handled as lead or co-lead?", 50, "人大代表建议"),
    (_STCSM, 2024, "STCSM 2024: CPPCC proposals handled (lead or co-lead)?", 85, "政协提案"),
    # a document's disclosure attribute, the review said by the verb elsewhere
    (_SH, 2025, "In 2025, how many documents' disclosure attributes did the Shanghai General Office review?", 166,
     "公开属性审查166件"),
    (_SH, 2025, "How many documents' openness attributes did Shanghai's general office vet in 2025?", 166, "公开属性审查166件"),
    # much-used services whose policies link straight to applying (5个高频事项…阅办联动)
    (_STCSM, 2024, "In its 2024 report, for how many much-used services does the science commission link policy reading "
     "straight to applying?", 5, "5个高频事项"),
    (_STCSM, 2024, "For how many heavily used services did STCSM link policy reading straight to applying in 2024?", 5,
     "5个高频事项"),
    # the one-stop policy release (批量推送集成式发布政策121条), not the 惠企 policies after it
    (_STCSM, 2024, "Shanghai science commission 2024: policies pushed in bulk to the one-stop policy release — how many?",
     121, "集成式发布政策121条"),
    (_STCSM, 2024, "How many policies did STCSM push in batches to the one-stop policy release in 2024?", 121,
     "集成式发布政策121条"),
    # the countdown system's reminders (催办提示84次)
    (_SHUYANG, 2025, "Shuyang 2025 — how many reminder alerts did the countdown system send to units?", 84, "催办提示84次"),
    (_SHUYANG, 2025, "How many reminders did Shuyang's countdown system send in 2025?", 84, "催办提示84次"),
    # press events to brief reporters, media events, 记者会: the press conferences (新闻发布会12场)
    (_HUAIAN, 2024, "How many times did Huai'an city hold press events to brief reporters in 2024?", 12, "新闻发布会12场"),
    (_HUAIAN, 2024, "Huai'an 2024: how many media events were held?", 12, "新闻发布会12场"),
    (_HUAIAN, 2024, "淮安市2024年开了几场记者会？", 12, "新闻发布会12场"),
    # the asker introducing themself names no quantity
    (_SHUYANG, 2025, "我是网站运维的，想核对下沭阳县2025年年报里整改的失效链接是多少处", 43, "失效链接43处"),
    (_SHUYANG, 2025, "我是做网站维护的，想问下沭阳县2025年整改了多少处不规范描述", 22, "不规范描述22处"),
    (_SHUYANG, 2025, "我在乡镇上班，沭阳县2025年清理了多少条过期信息", 697, "过期信息697条"),
    # a terse question: the noun phrase after the body and year is counted, not the gazette before it
    (_SH, 2019, "Shanghai gazette 2019: departmental normative documents carried?", 45, "部门规范性文件45件"),
    (_SH, 2019, "Shanghai gazette 2019: policy interpretations carried?", 83, "政策解读83件"),
    (_SH, 2019, "Shanghai 2019: departmental normative documents in the gazette?", 45, "部门规范性文件45件"),
    # … by its last word ("video channel *followers*"), before "of" ("cumulative *views* of its clips"),
    # and only when the phrase ends with it ("outdated items cleaned off the site": the site is where)
    (_STCSM, 2024, "Shanghai Science and Technology Commission 2024 - video channel followers (粉丝数)?", 54373, "粉丝数54373"),
    (_STCSM, 2024, "STCSM 2024: cumulative views of its channel's short clips?", 1924252, "累计观看量1924252次"),
    (_SHUYANG, 2025, "Shuyang 2025: outdated items cleaned off the government site?", 697, "过期信息697条"),
    # more everyday wordings of the same families
    (_SHUYANG, 2025, "Shuyang 2025: home-grown short videos posted by its official accounts?", 1113, "短视频1113个"),
    (_SH, 2025, "上海市政府办公厅2025年发布前审了多少件", 330, "发布审查330件"),
])
def test_text_number_in_everyday_wording_s12(svc, agency, year, question, value, words):
    found = _find(svc, agency, year, question)
    assert found.status == "one", (question, found.status, found.terms, [c.value for c in found.others])
    assert found.best.value == value, (question, found.best.value, found.best.sentence)
    assert words in found.best.sentence.replace(" ", "")


@pytest.mark.parametrize("agency, year, question", [
    # the applicants who are journalists: a breakdown the reports never make (not a press event)
    (_HUAIAN, 2024, "How many requests did journalists file with Huai'an in 2024?"),
    (_HUAIAN, 2024, "我是记者，淮安2024年记者申请了多少件？"),
    # rows of the tables (appeals, requests into the next year): the tables', not a sentence's
    (_SHUYANG, 2025, "Shuyang 2025 — total number of review and court cases handled?"),
    (_SH, 2019, "Shanghai 2019: requests carried over into the next year?"),
    (_STCSM, 2024, "STCSM 2024: lawsuits filed?"),
    # things the text does not count
    (_HUAIAN, 2024, "How many apps did Huai'an launch in 2024?"),
    (_HONGZE, 2023, "How many social accounts did Hongze keep running in 2023?"),
    (_SHUYANG, 2025, "我是网站运维的，沭阳县2025年网站的访问量是多少"),
])
def test_no_number_from_a_sentence_s12(svc, agency, year, question):
    found = _find(svc, agency, year, question)
    assert found.status != "one", (question, found.best.value, found.best.sentence)


def test_everyday_words_read_s12():
    words = lambda q: narrative.asked_words(q, "en")  # noqa: E731
    assert ("政务新媒体", "新媒体", "社交媒体") in words("How many official social-media and app accounts were kept alive?")
    assert ("运维", "运行", "运营") in words("How many official social-media and app accounts were kept alive?")
    assert ("专栏",) in words("How many themed columns did the government social accounts run?")
    # "make and post" is a verb; "posts" a noun
    assert ("文章", "内容", "信息") not in words("How many clips did the video account make and post?")
    assert ("文章", "内容", "信息") in words("How many posts did the WeChat account publish?")
    assert ("主合办", "主办", "合办") in words("NPC deputies' suggestions handled (lead or co-lead)?")
    assert ("公开属性审查", "属性审查") in words("How many documents' disclosure attributes did the office review?")
    assert ("高频",) in words("How many much-used services link policy reading straight to applying?")
    assert ("联动", "阅办") in words("How many much-used services link policy reading straight to applying?")
    assert ("集成发布", "集成式发布", "集中发布") in words("policies pushed in bulk to the one-stop policy release")
    # "home-grown" is made in house (原创), no growth
    assert ("增长", "增加", "上升") not in words("How many home-grown short videos were posted?")
    # the countdown system is the alarm, not a platform counted
    assert ("平台", "系统") not in words("How many reminder alerts did the countdown system send?")
    # "in connection with" connects nothing (接入)
    assert ("接入",) not in words("How many review and court cases did it handle in connection with disclosure?")
    assert ("接入",) in words("How many service items were connected to the unified platform?")
    # the asker introducing themself
    zh = narrative.asked_words("我是网站运维的，想核对下年报里整改的失效链接是多少处", "zh")
    assert all(g[0] not in ("网站", "运维", "核对") for g in zh), zh
    # … only before a question, not a clause of the question itself
    assert narrative.asked_words("记者会开了几场", "zh")[0][0] == "记者会"
    # the reporters a press event briefs are no breakdown of the applicants
    assert not narrative.breakdown_words("How many press events were held to brief reporters?")
    assert narrative.breakdown_words("How many requests came from reporters?")
    assert narrative.breakdown_words("记者申请了多少件？")
    assert not narrative.breakdown_words("开了几场记者会？")
