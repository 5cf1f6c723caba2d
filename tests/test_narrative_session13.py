"""Numbers only a report's text states, asked in English everyday wording or colloquial Chinese
(narrative session 13): the bilingual concept families of vocab.narrative_terms and the measure word
the question names, over the real corpus reports and their real sentences.

- out-of-date / stale / superseded information is the 过期 information cleared;
- disagreements (like disputes, conflicts, frictions) settled are the 争议纠纷 化解;
- the portal *for international users / foreign visitors* is the international portal (国际服务门户):
  the users it serves are no quantity of their own;
- charging anyone for info processing, info-processing fees: the 信息处理费;
- what a reminder is for ("nudges to speed up handling") is the same 催办; colloquial 催办提醒 / 内部;
- a foreign-language site in Chinese (外文网站, 外语网站) is the international portal;
- the share of requests *closed by year end* is the 办结率;
- yearly transparency reports released together: 年度报告集中公开 (the report words are no quantity);
- "new-media columns opened — how many": the head of a noun phrase is its last noun, not the first
  word saying what kind (a verb after the first noun is no noun: "disputes resolved — number?");
- two numbers about as good, the question naming its measure word (多少条, 多少项): the best one
  counted by that very word, when every rival counts by another ("发布信息2139条" / "政府信息393件");
- never a number from a sentence for a table's row or a thing the text does not count.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import find_narrative
from tests.conftest import SH as _SH, STCSM as _STCSM, SHUYANG as _SHUYANG, HUAIAN as _HUAIAN, JIANXI as _JIANXI


@pytest.fixture(scope="module")
def svc(corpus, corpus_service):
    return corpus_service


_find = find_narrative  # the finder alone over one report's text (tests/conftest.py)


@pytest.mark.parametrize("agency, year, question, value, words", [
    # out-of-date information cleared
    (_SHUYANG, 2025, "In 2025, how many out-of-date items did Shuyang remove from its sites?", 697, "清理过期信息697条"),
    (_SHUYANG, 2025, "How many superseded items of information did Shuyang clean up in 2025?", 697, "清理过期信息697条"),
    # disagreements settled (after early contact)
    (_SHUYANG, 2025, "And in Shuyang's 2025 report, how many disagreements got settled thanks to that early contact?", 33,
     "争议纠纷33件"),
    (_SHUYANG, 2025, "Shuyang 2025: how many disagreements were resolved?", 33, "争议纠纷33件"),
    # the portal for international users and its languages
    (_SH, 2025, "The Shanghai portal for international users runs in how many languages, per the General Office 2025 report?",
     10, "覆盖10个语种"),
    (_SH, 2025, "Shanghai 2025: the website for overseas readers covers how many languages?", 10, "覆盖10个语种"),
    # charging for info processing
    (_HUAIAN, 2024, "did Huai'an charge anyone for info processing in 2024? how much in yuan", 3940, "信息处理费3940元"),
    (_HUAIAN, 2024, "Huaian 2024: what did applicants pay in total for having their info requests processed? (yuan)", 3940,
     "信息处理费3940元"),
    (_HUAIAN, 2024, "Huai'an 2024 info processing fees collected, in yuan?", 3940, "信息处理费3940元"),
    # what the reminder is for
    (_SHUYANG, 2025, "Shuyang 2025 — how many nudges/reminders to speed up handling were sent out?", 84, "催办提示84次"),
    (_SHUYANG, 2025, "How many reminders to hurry replies did Shuyang send in 2025?", 84, "催办提示84次"),
    # colloquial Chinese: 催办提醒, the story before the asking sentence
    (_SHUYANG, 2025, "我2025年春天帮我妈给沭阳县政府写过申请，等了挺久。想问下2025年他们内部一共发了多少次催办提醒", 84, "催办提示84次"),
    (_SHUYANG, 2025, "沭阳县2025年发了几次催办提醒", 84, "催办提示84次"),
    # a foreign-language site is the international portal
    (_SH, 2025, "上海市府办2025 外文网站一共发了多少条信息", 13528, "各类信息13528条"),
    (_SH, 2025, "上海市政府办公厅2025年外语网站发布了多少条信息", 13528, "各类信息13528条"),
    # closed by year end: the completion rate
    (_JIANXI, 2020, "Jianxi District 2020: what proportion of requests were closed by year end?", 88.2, "办结率88.2%"),
    # yearly transparency reports released together
    (_SHUYANG, 2025, "In 2025, how many Shuyang bodies had their yearly transparency reports released together in one batch?",
     64, "64家单位"),
    # the measure word asked tells two close numbers apart
    (_STCSM, 2024, "市科委网站2024年全年发布信息多少条", 2139, "累计发布信息2139条"),
    (_JIANXI, 2020, "涧西区2020年试点的事项一共多少项", 601, "601项事项"),
    # a terse question with the count asked at its end: the last noun of the phrase it opens with
    (_SHUYANG, 2025, "Shuyang 2025 new-media columns opened - how many", 33, "专栏33个"),
])
def test_text_number_in_everyday_wording_s13(svc, agency, year, question, value, words):
    found = _find(svc, agency, year, question)
    assert found.status == "one" and found.best.value == value, (found.status, found.best, found.others)
    assert words in found.best.sentence.replace(" ", "")


# -- never a number from a sentence for a table's row, or what the text does not state --
def test_measure_word_never_picks_a_rival_of_the_same_word(svc):
    """"涉及多少个领域": 21个领域 and 26个试点领域 both count 领域 by 个 — the measure word tells nothing,
    and the doubt stays (never 26)."""
    found = _find(svc, _JIANXI, 2020, "涧西区2020年梳理权力运行和政务服务信息 涉及多少个领域")
    assert found.status != "one" or found.best.value == 21


def test_measure_word_rule_alone():
    """Only the best of several, only when it carries the asked word and every rival another."""
    mk = lambda v, u, s=0.8: narrative.Candidate(v, "句", {}, s, unit=u)  # noqa: E731
    several = narrative.Finding("several", others=[mk(2139, "条"), mk(393, "件", 0.79)])
    assert narrative._measure_word_asked("网站全年发布信息多少条", several).status == "one"
    assert narrative._measure_word_asked("网站全年发布信息多少条", several).best.value == 2139
    # the rival carries the asked word: doubt
    several = narrative.Finding("several", others=[mk(2139, "条"), mk(393, "条", 0.79)])
    assert narrative._measure_word_asked("网站全年发布信息多少条", several).status == "several"
    # the best carries another word than the one asked: doubt
    several = narrative.Finding("several", others=[mk(393, "件"), mk(2139, "条", 0.79)])
    assert narrative._measure_word_asked("网站全年发布信息多少条", several).status == "several"
    # no measure word asked: doubt
    several = narrative.Finding("several", others=[mk(2139, "条"), mk(393, "件", 0.79)])
    assert narrative._measure_word_asked("网站全年发布信息多少", several).status == "several"


def test_no_number_where_the_text_does_not_state_it_s13(svc):
    # the requests moved into the next year are a row of the tables
    for q in ("How many requests did the Shanghai sci-tech commission carry forward into 2025?",
              "上海科委2024年有几件申请转下一年度办理"):
        assert _find(svc, _STCSM, 2024, q).status != "one", q
    # how many foreign visitors the portal had: no count of visitors in the text (its page views are
    # another quantity)
    found = _find(svc, _SH, 2025, "How many foreign visitors did Shanghai's international portal have in 2025?")
    assert found.status != "one" or found.best.value not in (10, 13528)
    # a breakdown the text never makes: no number from the fee sentence
    found = _find(svc, _HUAIAN, 2024, "Huai'an 2024: info processing fees collected, by month?")
    assert found.status != "one"
    # items across *the pilot areas* (another count): no number rather than a guess
    found = _find(svc, _JIANXI, 2020, "Jianxi District 2020: how many items did it list across the pilot areas?")
    assert found.status != "one"


def test_everyday_words_read_s13():
    words = lambda q, lang="en": [g[0] for g in narrative.asked_words(q, lang)]  # noqa: E731
    assert "过期" in words("how many out-of-date items were removed")
    assert "过期" in words("how many stale posts were cleared")
    assert "争议" in words("how many disagreements got settled")
    assert "国际" in words("the portal for international users runs in how many languages")
    assert "用户" not in words("the portal for international users runs in how many languages")
    assert "信息处理费" in words("did it charge anyone for info processing")
    assert "催办" in words("how many nudges to speed up handling were sent")
    assert "办结" in words("what proportion of requests were closed by year end")
    # a closed *account* or office is no closed request
    assert "办结" not in words("how many accounts closed")
    zh = lambda q: [x for g in narrative.asked_words(q, "zh") for x in g]  # noqa: E731
    assert "国际" in zh("外文网站一共发了多少条信息")
    assert "提示" in zh("发了多少次催办提醒")
    assert "内部" not in zh("他们内部一共发了多少次催办提醒")


def test_head_of_a_terse_noun_phrase_s13():
    head = lambda q: [g[0] for i, g in enumerate(narrative.asked_words(q, "en"))  # noqa: E731
                      if i in narrative.head_words(q, "en", narrative.asked_words(q, "en"))]
    assert head("Shuyang 2025 new-media columns opened - how many") == ["页面"]
    assert head("disputes resolved by talking to applicants — number?") == ["争议"]
