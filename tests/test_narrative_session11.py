"""Numbers only a report's text states, asked in English everyday wording or colloquial Chinese
(narrative session 11): the bilingual concept families of vocab.narrative_terms, over the real
corpus reports and their real sentences.

- the audience of an account is its followers ("size of the audience following the WeChat account");
- getting in touch / reaching out / talking things through *before working on* a request (办前沟通);
- what applicants paid, the money collected for handling their requests (信息处理费);
- a fall in everyday words (fall, decline, go down, dip: 回落 / 下降);
- documents vetted to decide whether they could be public, their 'should this be public' status
  (公开属性审查), not the pre-release review (发布审查) of the same sentence;
- "policy fields" / "subject areas" a list spans are its 领域 ("policy" names no 政策 of its own);
  trial sectors are the 试点领域; items asked across the domains are the count after the domains'
  ("共21个领域601项事项"), unless the areas asked are another count's ("26个试点领域");
- explainers *on* policy (the other word order of "policy explainers": 解读);
- appointment-and-removal notices / documents (人事任免文件);
- high-demand, popular, in-demand services (高频事项);
- officially announced (权威发布);
- requesters are applicants; officials are no quantity;
- requests moved / carried forward into the next year (转下一年度): a row of the tables, answered from
  the sentence only when the question asks for the text's words, and never the year before's
  carried-over count (上年结转);
- colloquial Chinese: "页面上发了" (上发 is no word of the quantity); a change asked in plain words
  ("申请量比上一年少了多少") is the share the text states;
- never a number from a sentence for a table's row or a thing the text does not count.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import find_narrative
from tests.conftest import SH as _SH, STCSM as _STCSM, SHUYANG as _SHUYANG, HUAIAN as _HUAIAN, HONGZE as _HONGZE, JIANXI as _JIANXI


@pytest.fixture(scope="module")
def svc(corpus, corpus_service):
    return corpus_service


_find = find_narrative  # the finder alone over one report's text (tests/conftest.py)


@pytest.mark.parametrize("agency, year, question, value, words", [
    # the audience of an account: its followers, not its articles (the same sentence counts both)
    (_STCSM, 2024, "Size of the audience following the Shanghai science commission's WeChat account, per its 2024 report?",
     1016823, "关注人数达1016823人"),
    (_STCSM, 2024, "How many people follow the 'Shanghai Keji' WeChat account, per the 2024 report?", 1016823,
     "关注人数达1016823人"),
    # getting in touch before working on a request
    (_SHUYANG, 2025, "Shuyang 2025: how often did staff get in touch with applicants before working on their requests?",
     49, "办前主动沟通49次"),
    (_SHUYANG, 2025, "How many times did Shuyang reach out to requesters before dealing with their applications in 2025?",
     49, "办前主动沟通49次"),
    (_SHUYANG, 2025, "How often did Shuyang officials reach out to requesters to talk things through before answering, in 2025?",
     49, "办前主动沟通49次"),
    # what applicants paid for their requests: the processing fees
    (_HUAIAN, 2024, "Huai'an 2024: what did applicants pay in total for having their requests processed, in yuan?",
     3940, "信息处理费3940元"),
    (_HUAIAN, 2024, "How much money did Huai'an collect from applicants for processing their requests in 2024?",
     3940, "信息处理费3940元"),
    (_HONGZE, 2023, "Hongze 2023 — how much money did the district collect from people for handling their information "
                    "requests, in yuan?", 0, "信息处理费0元"),
    # a fall in everyday words
    (_SH, 2019, "Shanghai General Office 2019 — by what percent did applications fall compared with 2018?", 12.3,
     "回落12.3%"),
    (_SH, 2019, "By what percentage did requests to the Shanghai General Office go down in 2019 from the year before?", 12.3,
     "回落12.3%"),
    # the review of whether a document is to be public, not the pre-release review beside it
    (_SH, 2025, "In 2025, how many official documents did the Shanghai General Office vet to decide whether they could be "
                "made public?", 166, "公开属性审查166件"),
    (_SH, 2025, "Shanghai General Office 2025: how many official documents had their 'should this be public' status vetted?",
     166, "公开属性审查166件"),
    # the fields a list spans; the trial sectors
    (_JIANXI, 2020, "Jianxi 2020: the itemised list of disclosure matters spanned how many policy fields?", 21,
     "共21个领域601项事项"),
    (_JIANXI, 2020, "Jianxi District 2020: how many trial sectors got standardised disclosure?", 26, "26个试点领域"),
    # items asked "across the domains": the count right before the items' ("共21个领域601项事项") says what
    # they are spread over
    (_JIANXI, 2020, "Jianxi 2020 — how many items did its standard catalogues cover in total across the domains?", 601,
     "共21个领域601项事项"),
    (_JIANXI, 2020, "Jianxi 2020: how many items did it sort out across its fields?", 601, "共21个领域601项事项"),
    # explainers on policy
    (_HONGZE, 2024, "How many explainer pieces on policy did Hongze District release during 2024?", 7, "解读信息发布7条"),
    (_HONGZE, 2024, "Hongze 2024: how many interpretations of policies were put out?", 7, "解读信息发布7条"),
    # appointment-and-removal notices
    (_SH, 2025, "How many appointment-and-removal notices did Shanghai's municipal government make public in 2025?", 196,
     "人事任免文件196件"),
    (_SH, 2025, "Shanghai 2025: personnel appointment documents proactively released — how many?", 196, "人事任免文件196件"),
    # high-demand services
    (_STCSM, 2024, "How many high-demand services did STCSM link policy docs to in 2024?", 5, "5个高频事项"),
    (_STCSM, 2024, "Shanghai science commission 2024: for how many popular services were the policy documents linked?", 5,
     "5个高频事项"),
    # officially announced
    (_SH, 2019, "In 2019, how often were key items from executive meetings of Shanghai's government officially announced?",
     38, "权威发布共计38次"),
    # requests moved into the next year, when the text is asked for
    (_STCSM, 2024, "STCSM 2024 — requests moved to next year, according to the report text?", 1, "转下一年度办理答复的有1件"),
    (_STCSM, 2024, "According to the STCSM 2024 narrative, how many requests were moved to next year for a reply?", 1,
     "转下一年度办理答复的有1件"),
    # colloquial Chinese: 页面上发了 / 网站上发了
    (_SH, 2019, "上海市政府办公厅2019年在门户网站上发了多少件政策解读", 132, "发布政策解读共132件"),
    # … and a change asked in plain words ("比上一年少了多少"): the share the text states, never the
    # year before's carried-over requests (上年度结转申请18件) its sentence also names
    (_SH, 2019, "上海市府办2019年申请量比上一年少了多少", 12.3, "回落12.3%"),
    # more everyday English of the same families
    (_SH, 2019, "By how much did applications to the Shanghai General Office slip in 2019, in percent?", 12.3, "回落12.3%"),
    (_HUAIAN, 2024, "How much money did Huai'an take in from disclosure applicants in 2024?", 3940, "信息处理费3940元"),
    (_SHUYANG, 2025, "How many stale or outdated pieces of information did Shuyang clear out in 2025?", 697, "清理过期信息697条"),
    (_SH, 2025, "How many documents were checked before release by the Shanghai General Office in 2025?", 330, "发布审查330件"),
    (_HONGZE, 2024, "Hongze 2024: how many explanatory posts about policies went up?", 7, "解读信息发布7条"),
    (_SH, 2025, "How many staffing appointment and dismissal papers did Shanghai publish in 2025?", 196, "人事任免文件196件"),
    (_STCSM, 2024, "How many people subscribe to the science commission's WeChat account (2024)?", 1016823, "关注人数达1016823人"),
    (_JIANXI, 2020, "Jianxi 2020: how many experimental sectors did it standardise?", 26, "26个试点领域"),
])
def test_text_number_in_everyday_wording_s11(svc, agency, year, question, value, words):
    found = _find(svc, agency, year, question)
    assert found.status == "one" and found.best.value == value, (found.status, found.best, found.others)
    assert words in found.best.sentence.replace(" ", "")


# -- never a number from a sentence for a table's row, the wrong year's count, or what is not stated --
def test_requests_into_the_next_year_are_the_tables_unless_the_text_is_asked(svc):
    """转下一年度 is a row of the tables (结转下年度继续办理): asked plainly, the finder gives no number
    (the engine answers from the table); the year before's carried-over requests (上年结转2件) are
    never the ones moved on (1)."""
    for q in ("How many requests did the Shanghai sci-tech commission carry forward into 2025?",
              "STCSM 2024: how many requests were pushed into the next year?",
              "上海科委2024年有几件申请转下一年度办理"):
        assert _find(svc, _STCSM, 2024, q).status != "one", q
    found = _find(svc, _STCSM, 2024, "According to the STCSM 2024 narrative, how many requests were moved to next year?")
    assert found.status == "one" and found.best.value != 2
    # "carried over" alone says no direction: it never reads as the next year's
    groups = narrative.asked_words("including the 18 carried over", "en")
    assert not any("转下一年度" in g for g in groups), groups


def test_items_across_another_counts_areas_are_not_taken(svc):
    """"… across the *pilot* areas": the pilot areas are another count of the sentence (26个试点领域),
    not the 21 fields the 601 items are spread over — no number rather than a guess."""
    found = _find(svc, _JIANXI, 2020, "Jianxi District 2020: how many items did it list across the pilot areas?")
    assert found.status != "one"


def test_table_rows_in_everyday_english_stay_the_tables(svc):
    """Petitions / duplicates not processed (属信访、重复申请等不予处理) are a row of the tables: asked
    without naming the text, no number from the sentence."""
    assert _find(svc, _SH, 2025, "Shanghai general office 2025: how many petitions or duplicates were not processed?").status \
        != "one"
    groups = [g[0] for g in narrative.asked_words("petitions/duplicates not processed", "en")]
    assert "不予处理" in groups and "信访" in groups


def test_no_number_where_the_text_does_not_state_it_s11(svc):
    # a breakdown the text never makes: no number from the fee sentence
    found = _find(svc, _HUAIAN, 2024, "Huai'an 2024: how much did applicants pay for having their requests processed, "
                                      "by month?")
    assert found.status != "one"
    # no follower count of a Weibo account in the science commission's text
    found = _find(svc, _STCSM, 2024, "How big was the audience of the science commission's Weibo account in 2024?")
    assert found.status != "one" or found.best.value != 1016823
    # the review before release is another count of the same sentence
    found = _find(svc, _SH, 2025, "Shanghai General Office 2025: how many documents got a pre-release review?")
    assert found.status != "one" or found.best.value == 330


def test_everyday_words_read_s11():
    words = lambda q, lang="en": [g[0] for g in narrative.asked_words(q, lang)]  # noqa: E731
    assert "粉丝" in words("the size of the audience following the account")
    assert "办前" in words("how often did staff get in touch before working on their requests")
    assert "沟通" in words("how often did staff get in touch before working on their requests")
    assert "信息处理费" in words("what did applicants pay for having their requests processed")
    assert "回落" in words("by what percent did applications fall")
    assert "回落" in words("by what percent did applications decline")
    assert "领域" in words("how many policy fields did the list cover") and "政策" not in words("how many policy fields did the list cover")
    assert "试点" in words("how many trial sectors")
    assert "解读" in words("explainer pieces on policy")
    assert "人事任免" in words("appointment-and-removal notices")
    assert "高频" in words("high-demand services")
    assert "权威发布" in words("officially announced")
    assert "申请" in words("how many requesters pulled back")
    # refusing is no fall; "the following year" is no follower; a contract is no contraction
    assert "回落" not in words("How many requests were declined by Shuyang in 2025?")
    assert "回落" not in words("How many requests were declined?")
    assert "粉丝" not in words("how many requests were carried into the following year?")
    assert "回落" not in words("How many technology contracts were registered?")
    assert "粉丝" not in words("how big was the audience of the live streams?")
    # the particle of "页面上发了" is no word of the quantity
    assert "上发" not in words("沭阳县2025年县直部门在信息公开页面上发了多少条信息", "zh")
