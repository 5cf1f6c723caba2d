"""Reading classes of the forty-fifth session (2026-12-06): pool 37's tests (read after their score), pool 39's dev
parts — their wordings or the team's variants of them — asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, HONGZE, HUAIAN, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")

JIANXI = "涧西区人民政府办公室"


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _reports(rec: dict) -> list[tuple[str, int]]:
    return [(r["agency"], r["year"]) for r in rec["reports"]]


@pytest.mark.parametrize("turns, body, year, keys, value", [
    # a pointer to one end of the ranking just answered: that body's next quantity, in its year — never a new ranking
    (["涧西区政府办2020年、洪泽区政府2023年、沭阳县政府2025年，哪家收到的申请最少", "最少的那家当年予以公开了几件"],
     JIANXI, 2020, ["requests.granted.total"], 13),
    (["Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by requests received.", "How many did the one with the fewest grant?"],
     HONGZE, 2023, ["requests.granted.total"], 0),
    # (a turn between: the ranking is still the one pointed at; "the winner" is its first, as it was asked)
    (["Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by requests received.", "How many did the one with the fewest grant?",
      "And the winner, how many did it refuse?"], HUAIAN, 2024, ["requests.withheld.total"], 178),
    # ("最多的那家" after a ranking by the fewest: the other end)
    (["涧西区政府办2020年、洪泽区政府2023年、沭阳县政府2025年，哪家收到的申请最少", "那最多的那家予以公开了几件"],
     "沭阳县人民政府", 2025, ["requests.granted.total"], 294),
])
def test_pointer_to_ranked_end(svc, turns, body, year, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys) and _reports(rec)[:1] == [(body, year)], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # asking which body again is a new ranking, not the pointer
    ["涧西区政府办2020年、洪泽区政府2023年、沭阳县政府2025年，哪家收到的申请最少", "那哪家予以公开最少"],
    ["Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by requests received.", "Which one granted the fewest?"],
])
def test_new_ranking_not_a_pointer(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert len(rec["reports"]) == 3 and fact_keys(rec) == {"requests.granted.total"}, rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "their ones carried over" after a column of the other row: the same applicants' column
    (["Shanghai gov office 2019: new requests from individuals plus their ones carried over from 2018, together?"],
     ["requests.received.natural_person", "requests.carried_over.natural_person"], 839),
    (["Huai'an 2024: new requests from companies and their requests carried over from 2023, in total?"],
     ["requests.received.commercial", "requests.carried_over.commercial"], 53),
    # a sub-item the question numbers, its 总计 column named: never asked back against the group's total
    (["淮安市2024年表三不予公开第3小项的总计数"], ["requests.withheld.security_stability.total"], 5),
    (["请核对淮安市2024年表三第（三）项第3小项"], ["requests.withheld.security_stability.total"], 5),
    # who asks and what kind of asking, said first
    (["Staff query: STCSM 2024, table 3 row (二) partial disclosure, column legal service institutions."],
     ["requests.partially_granted.legal_services"], 0),
    (["工作人员查询：上海科委2024年表三第（二）行部分公开，法律服务机构列"], ["requests.partially_granted.legal_services"], 0),
    (["我们公司想了解下 涧西区2020年政府集中采购项目有几个"], ["active.procurement.projects"], 8),
    # the total named only as what the count is checked against
    (["沭阳2025年表四行政复议结果纠正的是几件，与总计对得上吗？"], ["appeals.review.corrected"], 10),
    # "Across both, how many were upheld?" after two rows' totals: that column of both rows
    (["Jianxi District office 2020: how many lawsuits were filed directly without a review?", "And after a review?",
      "Across both, how many were upheld?"], ["appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"], 2),
    # "加起来…" opening the turn after two cells: the two
    (["上海市府办2025年行政复议尚未审结的有几件？", "直接起诉的行政诉讼尚未审结的呢？", "加起来一共几件没审结？"],
     ["appeals.review.pending", "appeals.litigation_direct.pending"], 11),
    # "Together with …, how many is that in all?": every figure asked so far and the one named
    (["How many disclosure lawsuits were filed directly against Shuyang County in 2025?", "And how many administrative reviews were there?",
      "Together with suits filed after review, how many cases is that in all?"],
     ["appeals.litigation_direct.total", "appeals.review.total", "appeals.litigation_after_review.total"], 74),
    # every ground of a group, some of the list unread ("laws"): every sub-item
    (["Huai'an 2024: all grounds for refusing disclosure taken together -- secrets, laws, security, third parties, internal "
      "affairs, process info, enforcement files, admin queries. Total?"],
     ["requests.withheld." + x + ".total" for x in ("state_secret", "prohibited_by_law", "security_stability", "third_party",
                                                   "internal_affairs", "process_info", "enforcement_files", "admin_query")], 178),
    (["In 2024, how many requests did Huai'an decline because disclosure would endanger the 'three securities and one stability'?",
      "And how many were withheld as internal affairs information?", "What's the total across all the withholding grounds?"],
     ["requests.withheld.total"], 178),
    # "我是问…": what the asker meant to ask, not a case of their own
    (["沭阳县2025年行政复议结果维持的有几件？", "搞错了，我是问直接起诉的行政诉讼里维持的"], ["appeals.litigation_direct.upheld"], 3),
    # "landed on its desk", "info requests", "handed on to 2025"
    (["Shanghai General Office 2019: how many new info requests landed on its desk?", "and the same office in 2025?"],
     ["requests.received.total"], 1295),
    (["Huai'an 2024: how many requests were handed on to 2025?"], ["requests.carried_forward.total"], 103),
    # every outcome short of full disclosure, a shorter list after it only examples
    (["For Shuyang County in 2025, count every request that did NOT end in full disclosure - partial, refused, unavailable, "
      "not processed"], ["requests." + g + ".total" for g in ("partially_granted", "withheld", "unable", "not_processed", "other")], 424),
    (["淮安2024年除了全部公开的以外，其他所有办理结果加在一块儿是多少件？"],
     ["requests." + g + ".total" for g in ("partially_granted", "withheld", "unable", "not_processed", "other")], 1688),
    # "(leave out the ones carried in from 2024)": the carry-over set aside
    (["Looking only at brand-new applications (leave out the ones carried in from 2024), how many did Shuyang County get in 2025?"],
     ["requests.received.total"], 713),
    # "Total of those three?" after the three were added: the same three
    (["Shuyang 2025: how many requests were dropped because the applicant didn't pay the fee on time?",
      "And dropped because the applicant never supplied the missing details?", "Plus the 'other' sub-item of other handling?",
      "Total of those three?"], ["requests.other.overdue_fee.total", "requests.other.overdue_correction.total", "requests.other.other.total"], 159),
    # a count the conversation gave two turns back, quoted ("那17件里"): that row, in the column asked
    (["涧西区政府办公室2020年收到的依申请公开有多少件？", "其中予以公开了几件？", "那17件里有企业提交的吗？几件？"],
     ["requests.received.commercial"], 0),
    (["Huai'an 2024 new requests?", "how many were granted?", "Of those 3119, how many came from companies?"],
     ["requests.received.commercial"], 53),
    (["淮安2024年予以公开多少", "那1362件里企业的有几件"], ["requests.granted.commercial"], 21),
    # "这两年许可相差多少" after licensing 2024, penalties 2024, licensing 2023: licensing's two years
    (["洪泽区2024年行政许可", "行政处罚呢", "2023年的行政许可呢", "这两年许可相差多少"], ["active.licensing.decisions"], 8937),
])
def test_cells_read_session45(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns, value, from_text", [
    # the text named only to be set aside: the table's reading (the 2019 blank total, settled by its columns)
    (["Going by the table columns rather than the narrative, how many requests to the Shanghai General Office in 2019 "
      "ended as 'unable to provide'?"], 337, False),
    (["按表格而不是正文，上海市政府办公厅2019年无法提供的申请有几件"], 337, False),
    # (the text asked: its own sentence, 265 — 不掌握 and the like)
    (["Per the narrative, how many requests to the Shanghai General Office in 2019 ended as 'unable to provide'?"], 265, True),
    # chatter after the question; the kinds set aside named only to say so
    (["上海科委 24年 直播 搞了多少场 哈哈 好奇"], 118, True),
    (["Shanghai General Office 2019 — besides rules and normative docs, how many 'other' municipal government documents were "
      "made public?"], 162, True),
])
def test_text_set_aside(svc, turns, value, from_text):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and bool(rec["passages"]) == from_text, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # a department's branch named beside the body held: that department's report, not held
    ["涧西区2020年被申请人是区公安分局的有几件"],
    # a stage of litigation no table splits
    ["Shanghai General Office 2025: how many lawsuits did it lose at the appeal (second-instance) stage?"],
    # a multiple of one count by another: no sentence's count is the answer
    ["淮安2024年行政复议多少件", "比诉讼多几倍"],
    ["Huai'an 2024 reconsiderations", "how many times as many as lawsuits?"],
    # pool 38's after-score (read since): which body decided the reviews; requests by one and the same sender
    ["沭阳县2025年办理的74件复议诉讼案件，宿迁市政府作为复议机关办了几件？"],
    ["Of the 61 requests legal service institutions sent Huai'an in 2024, how many came from one and the same law firm?"],
])
def test_no_number_session45(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None, rec["answer"][:300]


def test_one_body_two_years_ranked(svc):
    # "Which had more …: Hongze 2023 or Hongze 2024?": the body's two years, never "only one report held"
    rec = ask_conversation(svc, "洪泽2023年和洪泽2024年哪个新收申请多")
    assert rec["value"] == 95 and _reports(rec)[0] == (HONGZE, 2024), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # "minus …" after a figure: the figure less the one named, never the one named alone
    (["Huai'an 2024 total handled", "minus those granted in full?"], 1688),
    (["淮安2024年办理总数", "减去予以公开的还剩多少"], 1688),
])
def test_subtract_from_previous(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == {"requests.total_processed.total", "requests.granted.total"}, rec["answer"][:300]


def test_set_aside_then_asked_is_no_subtraction(svc):
    # "不算结转的，本年新收的有多少？": a part set aside, then the count asked — the new requests, nothing subtracted
    rec = ask_conversation(svc, "沭阳2025年收到多少申请", "不算结转的，本年新收的有多少？")
    assert rec["value"] == 713 and fact_keys(rec) == {"requests.received.total"}, rec["answer"][:300]
