"""Reading classes of the twenty-seventh session (2026-12-04). The question-kind reader's cache was keyed on its
examples alone, so a reader fitted before the framing rewrites changed stayed in use here while a fresh machine
fitted another (CI vetoed "still open on 31 December" as a breakdown by month). The cache key now includes what
the reader's text function does, and the cases the refitted reader read differently are decided by rules: the
year's last day is no month; table 二's procurement amount asked as money spent; a passage about what the
report itself names; the members of a count ("Which of those 64 published late?", "是哪几家企业申请的？",
"各自的文号是什么"). The wordings are the team's own variants, asked of the real engine over the real corpus
reports."""
from __future__ import annotations

import pytest

from rag import kind_reader
from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def test_the_reader_cache_follows_what_its_text_function_does(monkeypatch):
    from rag import understanding

    before = kind_reader._cache_file(kind_reader.EXAMPLES)
    monkeypatch.setattr(understanding, "_FRAME_REWRITES", understanding._FRAME_REWRITES[1:])
    assert kind_reader._cache_file(kind_reader.EXAMPLES) != before


@pytest.mark.parametrize("turns, keys, value", [
    (["How many of Huai'an's 2024 requests were still open on 31 December?"], {"requests.carried_forward.total"}, 103),
    (["淮安市2024年截至12月31日仍在办理、结转下年度的申请有几件"], {"requests.carried_forward.total"}, 103),
    (["What did the Shanghai General Office spend on centralised procurement in 2019, in 10,000 yuan?"],
     {"active.procurement.amount"}, 25.1),
])
def test_cells_read(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


def test_what_the_report_names_is_its_text(svc):
    rec = ask_conversation(svc, "What will Huai'an do about the staffing problems named in its 2024 report?")
    assert rec["found"] and rec["operation"] == "passage" and "vetoed" not in rec, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["How many units in Shuyang County had their annual disclosure reports published together in 2025?",
     "Which of those 64 published late?"],
    ["上海科委2024年新收的申请里，企业提的有几件？", "是哪几家企业申请的？"],
    ["洪泽区2024年规范性文件本年制发多少件", "洪泽那年制发的规范性文件，各自的文号是什么？"],
])
def test_no_number_for_the_members_of_a_count(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


def test_which_of_two_figures_is_still_a_ranking(svc):
    rec = ask_conversation(svc, "淮安2024年和沭阳2025年收到申请多少", "which of those two was higher?")
    assert rec["operation"] == "ranking" and rec["found"], rec["answer"][:300]


# pool 20's dev parts, first round (the test parts frozen before, unread until scored)
@pytest.mark.parametrize("turns, keys, value", [
    # "make that 2023": the same cell, another year
    (["Hongze 2024: requests answered 'information not held'?", "Hmm, make that 2023."], {"requests.unable.not_held.total"}, 10),
    (["Huai'an 2024: requests from companies, law-service firms and other organisations, all combined?"],
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}, 118),
    (["Shuyang 2025: requests still unclear even after the applicant was asked to fix them?"],
     {"requests.unable.unclear.total"}, 0),
    # the requests processed beside a row of the table's balance, added
    (["Huai'an 2024: processed plus carried-forward, what do they come to?"],
     {"requests.total_processed.total", "requests.carried_forward.total"}, 3153),
    (["Huaian 2024: new requests from organisations (法人或其他组织), all the org types together?"],
     {"requests.received.legal_person"}, 118),
    # a number the body states, then the table's cell asked: a check, not a number already known
    (["The Shanghai general office says it closed 1191 requests in 2025. What does the table's total row show?"],
     {"requests.total_processed.total"}, 1191),
])
def test_cells_read_pool20(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("沭阳2025年一共向各单位发出多少次催办提示？", 84),        # sent to all the units, not a split by unit
    ("Shanghai General Office 2025: how many documents were published in its 24 gazette issues?", 243),  # 24 issues quoted
    ("In the overview section of its 2025 report, how many municipal regulations did the Shanghai general office "
     "make public?", 22),
    ("STCSM 2024, per its narrative: how many non-disclosure replies?", 2),
])
def test_text_numbers_pool20(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["沭阳县2025年化解的争议纠纷主要集中在哪些方面？"],
    ["Take a guess: how many reconsiderations will Shuyang have in 2026? A ballpark is fine."],
    ["上海市府办2025年行政复议多少件", "这些复议里面有几件是企业提起的？"],
])
def test_no_number_pool20(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


# read after pool 20's score (its test parts development material from then on): team-written variants
@pytest.mark.parametrize("turns, keys, value", [
    # two years of one body: which was higher, and by how much
    (["洪泽区2023年行政强制决定多少件", "2024年呢", "哪一年多一些？"], {"active.coercion.decisions"}, -111),
    # rows named anew and added, each row's total asked before: the totals, not the column asked just before
    (["淮安2024年予以公开多少件", "部分公开呢", "部分公开里企业的有几件", "那予以公开和部分公开加起来一共多少件？"],
     {"requests.granted.total", "requests.partially_granted.total"}, 1816),
    (["Huai'an 2024: requests granted in full?", "Is that with partial disclosures? If not, the total with them included."],
     {"requests.granted.total", "requests.partially_granted.total"}, 1816),
    (["淮安2024年新收申请多少", "法人或其他组织的呢", "这些法人里商业企业有几件"], {"requests.received.commercial"}, 53),
    # a bracketed remark ruling a row out; a rule stated before the cell asked; rows ruled out before the ones asked
    (["沭阳2025年本年新收申请几件？（上年结转的不要算进去）"], {"requests.received.total"}, 713),
    (["淮安2024年表三，各项办理结果加起来应该等于（七）总计，这个总计是多少？"], {"requests.total_processed.total"}, 3050),
    (["Huai'an 2024: received plus carried-over should equal processed plus carried-forward. What does the processed plus "
      "carried-forward side add up to?"], {"requests.total_processed.total", "requests.carried_forward.total"}, 3153),
    (["淮安2024年，既没有公开、也没有说无法提供，而是不予处理或其他处理的，一共几件？"],
     {"requests.not_processed.total", "requests.other.total"}, 275),
    # other wordings of cells
    (["洪泽区2024年直接起诉的行政诉讼几件", "2023年的情况怎么样？"], {"appeals.litigation_direct.total"}, 0),
    (["Shuyang 2025: all the reasons for not processing a request added up?"],
     {"requests.not_processed.petition.total", "requests.not_processed.duplicate.total"}, 19),
    (["How many requests did Huai'an see through to a reply in 2024?"], {"requests.total_processed.total"}, 3050),
    (["Shanghai General Office 2019: direct lawsuits where the court sided with the office?"],
     {"appeals.litigation_direct.upheld"}, 8),
    (["Shuyang 2025: the 'other' sub-item of other handling, individuals?", "and that sub-item's total?"],
     {"requests.other.other.total"}, 143),
    (["洪泽区2023年规范性文件现行有效多少件", "2024年呢 洪泽还是那个区"], {"active.normative_docs.in_force"}, 8),
])
def test_cells_read_after_pool20(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and keys <= fact_keys(rec), rec["answer"][:300]


def test_which_year_names_the_higher_year(svc):
    rec = ask_conversation(svc, "上海市府办2019年直接起诉多少件", "2025年呢", "哪年多？")
    assert rec["value"] == 3 and rec["answer"].startswith("2025年更多"), rec["answer"][:200]


@pytest.mark.parametrize("turns", [
    ["洪泽区2024年行政许可多少件", "这些许可主要是哪一类事项？"],
    ["上海科委2024年企业申请几件", "是哪几家企业？"],
])
def test_no_number_after_pool20(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


def test_a_ranking_that_turns_on_a_blank_total_gives_both_readings(svc):
    # 上海市府办 2019 leaves the 信访举报投诉类 total blank (spec: read as 0) over columns of 148 + 1: the winner
    # depends on the reading, so both are given and none asserted
    rec = ask_conversation(svc, "信访举报投诉类不予处理的申请，淮安2024、沭阳2025、上海市府办2019，哪个最多？")
    assert rec["found"] and rec["value"] is None and "149" in rec["answer"] and "62" in rec["answer"], rec["answer"][:300]
    # one winner either way: the printed values, as before
    rec = ask_conversation(svc, "比较一下行政复议数：淮安2024、沭阳2025、洪泽2023，哪个最少？")
    assert rec["value"] == 0 and "洪泽" in rec["answer"][:40], rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    (["沭阳2025年行政复议几件", "这些里面有没有尚未审结的？有的话是几件"], {"appeals.review.pending"}, 15),
    (["淮安2024年 表三第一行 五类法人或其他组织一共多少"], {"requests.received.commercial", "requests.received.legal_services"}, 118),
    (["洪泽区2023年拿到全部或部分信息的申请一共多少件"], {"requests.granted.total", "requests.partially_granted.total"}, 4),
    (["Shuyang 2025: administrative reviews, all outcomes combined?"], {"appeals.review.total"}, 61),
])
def test_cells_read_after_pool20_more(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and keys <= fact_keys(rec), rec["answer"][:300]


def test_the_printed_total_said_then_its_cells_added(svc):
    rec = ask_conversation(svc, "洪泽区2023年复议这一栏的总计填的是0，但是维持、纠正、其他、尚未审结这几项加起来一共多少？")
    assert rec["value"] == 11 and fact_keys(rec) == {"appeals.review.upheld", "appeals.review.corrected",
                                                       "appeals.review.other", "appeals.review.pending"}, rec["answer"][:300]
