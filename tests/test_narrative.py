"""Numbers that only a report's text states (issue 9, item 5), over the real corpus reports.

One store per module holding five real reports. Chinese and English questions whose number is
printed in a narrative sentence get that number with the sentence quoted; questions the text
does not answer, or answers with two numbers about equally well, get no number; questions the
tables answer keep the table's cell.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import SEED, make_settings

FILES = ["001_huaian_2024_spaces.txt", "004_hongzequ_2023.txt", "006_shuyangxian_2025.txt",
         "007_shkewei_2024.txt"]


@pytest.fixture(scope="module")
def svc(tmp_path_factory, corpus):
    from service import Nianbao

    s = Nianbao(make_settings(tmp_path_factory.mktemp("narrative_store")))
    results = s.ingester.add_paths([SEED] + [corpus / f for f in FILES])
    assert sum(r.status == "added" for r in results) == len(FILES) + 1, [(r.path, r.status) for r in results]
    return s


def _quoted(record: dict) -> str:
    return record["answer"] + "".join(p["text"] for p in record["passages"])


@pytest.mark.parametrize("question, value, words", [
    ("淮安市政府2024年举办了几场新闻发布会？", 12, "新闻发布会12场"),
    ("淮安2024年制作了几期《淮安市人民政府公报》？", 6, "公报》6期"),
    ("淮安2024年组织了几次政府信息公开栏目全覆盖检查？", 4, "4次政府信息公开栏目全覆盖检查"),  # a count, not a check
    ("上海科委2024年主合办的政协提案有多少件？", 85, "主合办政协提案85件"),  # not 人大代表建议 50 before it
    ("涧西区政府办2020年依申请公开的办结率是多少？", 88.2, "办结率88.2%"),
    ("沭阳2025年累计清理了多少条过期信息？", 697, "清理过期信息697条"),
    ("How many issues of the Huai'an government gazette were published in 2024?", 6, "公报》6期"),  # not a table row
    ("How many press conferences did Huai'an hold in 2024?", 12, "新闻发布会12场"),
    ("How many livestreams did the Shanghai sci-tech commission's video channel run in 2024?", 118, "直播118场"),
    ("How many broken links did Shuyang fix on its website in 2025?", 43, "失效链接43处"),
    ("How much information-processing fee did Hongze District collect in 2023?", 0, "信息处理费0元"),
    ("How many original articles did the Shanghai sci-tech commission's WeChat account publish in 2024?", 294,
     "原创文章294篇"),
])
def test_narrative_number_quoted_with_its_sentence(svc, question, value, words):
    rec = svc.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert not rec["facts"], "a narrative number cites the sentence, not a table cell"
    assert words in _quoted(rec).replace(" ", "")


@pytest.mark.parametrize("question", [
    "How many training sessions did Shuyang County hold in 2025?",  # training is named, never counted
    "淮安市政府2024年开通了多少个微博账号？",
    "How many press conferences did the Shanghai sci-tech commission hold in 2024?",
    "How many hotline calls did Hongze District answer in 2023?",
    "沭阳县2025年政府网站的访问量是多少？",
])
def test_no_number_when_the_text_does_not_state_it(svc, question):
    rec = svc.ask(question).record
    assert rec["value"] is None, rec["answer"]


def test_not_stated_says_what_the_text_does_state(svc):
    """The budget is named as published, with no amount: no number, and the sentence shown."""
    rec = svc.ask("上海市科委2024年的部门预算是多少钱？").record
    assert rec["found"] is False and rec["value"] is None
    assert "部门预算" in rec["answer"] and "没有明确给出" in rec["answer"]


def test_a_question_the_tables_answer_keeps_the_table_cell(svc):
    rec = svc.ask("沭阳县2025年新收到多少件政府信息公开申请？").record
    assert rec["found"] and [f["key"] for f in rec["facts"]] == ["requests.received.total"]
    assert rec["value"] == rec["facts"][0]["value"]


def test_two_numbers_that_fit_alike_give_no_single_value():
    chunk = {"report_id": "r", "section": 1, "text": "全年召开新闻发布会12场，其中线上发布会5场。"}
    found = narrative.find("全年开了几场发布会？", "zh", [chunk])
    assert found.status == "several" and {c.value for c in found.others} == {12, 5}


def test_units_rates_dates_and_the_questions_own_numbers():
    chunk = {"report_id": "r", "section": 1,
             "text": "截至2024年12月31日，全市在运维政务新媒体共计95个，检查合格率均为100%。"}
    assert narrative.find("政务新媒体有多少个？", "zh", [chunk]).best.value == 95  # not the year, not 100%
    assert narrative.find("检查合格率是多少？", "zh", [chunk]).best.value == 100  # a rate is a percentage
    assert narrative.find("What was the pass rate of the new media checks?", "en", [chunk]).best.value == 100
    # the question's own number is never the answer
    assert narrative.find("这95个政务新媒体有多少个？", "zh", [chunk]).status == "none"


def test_english_question_the_vocabulary_does_not_understand_gives_nothing():
    chunk = {"report_id": "r", "section": 1, "text": "完成全县64家单位政府信息公开年度报告集中公开。"}
    found = narrative.find("How many reminders did the countdown alarm send to responsible units?", "en", [chunk])
    assert found.status == "none"


def test_sentences_skip_table_summaries_and_join_wrapped_lines():
    chunks = [{"text": "二、主动公开政府信息情况（表格）。规章：本年制发3"},
              {"text": "全年组织4次政府信息公开\n栏目全覆盖检查。"}]
    texts = [s for s, _, _ in narrative.sentences(chunks)]
    assert texts == ["全年组织4次政府信息公开栏目全覆盖检查。"]
