"""Reading classes of the eighteenth session (2026-12-03), found in the read blind sets (pool 10's
test parts, scored once in the seventeenth session, and pool 11's dev parts; pool 11's test parts,
blind157–162, were frozen before this work and stay unread): a split of the body asked before
("这些申请哪个月最多？") is declined and does not lose the body for the next turn; a column said with
申请 after a bracket, or "the ones filed by companies", is that column of the row asked before;
"new ones were issued" after documents is the measure; both carry-over directions added; "review-then-
sue"; "and the rest" beside the two overdue sub-items; "same year as Huai'an" names a year, not a
body; a story sentence ending "gov." stays a story; one person's document asked by its number.
The wordings are the team's own variants, asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, key, value", [
    # a split the tables never make, asked of the body just answered: declined, and the body stays
    (["上海市人民政府办公厅2025年本年新收的信息公开申请一共多少", "这些申请是哪个月收得最多？", "上年结转的呢"],
     "requests.carried_over.total", 189),
    (["Shuyang 2025 reconsiderations in total?", "Which township did most of them come from?", "How many were upheld?"],
     "appeals.review.upheld", 27),
    (["Shanghai General Office 2025: new requests received?", "Which month saw the most?", "And the carried-over ones?"],
     "requests.carried_over.total", 189),
])
def test_a_declined_split_keeps_the_body_for_the_next_turn(svc, turns, key, value):
    ctx, rec = None, None
    for i, q in enumerate(turns):
        ans = svc.ask(q, context=ctx)
        ctx, rec = ans.query, ans.record
        if i == 1:  # the split itself: no number, and no other body named
            assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:200]
            assert "科学技术委员会" not in rec["answer"], rec["answer"][:200]
    assert rec["value"] == value and _keys(rec) == {key}, rec["answer"][:200]


@pytest.mark.parametrize("turns, keys, value", [
    # a column said with 申请 after its bracketed printed name: the column of the row asked before
    (["沭阳县2025年予以公开的申请一共几件？", "这里面企业（商业企业）申请的有几件？"], {"requests.granted.commercial"}, 1),
    (["Huai'an 2024, requests refused because a law forbids their release?", "only those filed by companies?"],
     {"requests.withheld.prohibited_by_law.commercial"}, 1),
    # … while a first question with "filed by" still asks for the requests received
    (["How many requests were filed by companies with Huai'an in 2024?"], {"requests.received.commercial"}, 53),
    # "new ones issued" after documents in force: the measure of table 二, not new requests
    (["Hongze 2023: normative documents in force?", "2024?", "And how many new ones did it issue in 2024?"],
     {"active.normative_docs.issued"}, 3),
    # the two carry-over directions, each an addend
    (["沭阳县2025年从上一年接过来的和留给下一年的申请，两个数加起来是多少？"],
     {"requests.carried_over.total", "requests.carried_forward.total"}, 67),
    # "review-then-sue"
    (["Shuyang 2025: review-then-sue lawsuits still pending?"], {"appeals.litigation_after_review.pending"}, 1),
    # "and the rest" beside the two overdue sub-items of 其他处理: its third
    (["Add up Huai'an's 2024 other handling: failed corrections, unpaid fees and the rest — total?"],
     {"requests.other.overdue_correction.total", "requests.other.overdue_fee.total", "requests.other.other.total"}, 187),
    # "the total back in 2019" after one outcome: the appeal's total in that year
    (["Shanghai General Office 2025 reconsiderations?", "How many were still undecided at year end?",
      "And the total back in 2019?"], {"appeals.review.total"}, 7),
    # "same year as Huai'an" names the year, not a second body
    (["Shuyang 2025 coercion decisions?", "What about Huai'an in 2024?", "Hongze, same year as Huai'an?"],
     {"active.coercion.decisions"}, 84),
    (["沭阳2025年行政强制决定多少", "淮安2024年呢", "洪泽，跟淮安同一年的呢"], {"active.coercion.decisions"}, 84),
    # a story sentence ended by "gov." stays a story
    (["im a student writing about open gov. Huaian 2024 fully disclosed requests?"], {"requests.granted.total"}, 1362),
    # a check of the answer just given, then the question
    (["洪泽区2024年信息公开行政复议几件？", "你说的是复议不是诉讼吧？那洪泽2024年直接起诉的是几件"],
     {"appeals.litigation_direct.total"}, 1),
    # asked again, the row named only to check it
    (["洪泽区2023年新收的信息公开申请几件？", "你确定吗？这个数是不是只算本年新收、不含上年结转？再说一遍"],
     {"requests.received.total"}, 21),
    (["jianxi 2020 total requests handled", "and carried to 2021?"], {"requests.carried_forward.total"}, 2),
    (["SH general office, individuals' new requests, 2019 -> 2025, how much up?"], {"requests.received.natural_person"}, 438),
    (["Shuyang 2025: requests inherited from the previous year (not the ones passed on to the next)?"],
     {"requests.carried_over.total"}, 36),
    (["淮安2024、沭阳2025、涧西区2020三者比，直接被起诉的案件哪个最少"], {"appeals.litigation_direct.total"}, 1),
    (["帮我查一下淮安市人民政府2024年：个人（自然人）的申请中因属重复申请而不予处理的数量。"],
     {"requests.not_processed.duplicate.natural_person"}, 25),
    (["Shuyang 2025: requests where the applicant failed to correct in time?", "And where they failed to pay the fee?"],
     {"requests.other.overdue_fee.total"}, 7),
    (["沭阳2025年给了信息的申请（全给的和给一部分的）一共几件？"],
     {"requests.granted.total", "requests.partially_granted.total"}, 395),
    (["Shanghai's general office, 2019: normative documents made that year?", "and total normative documents public?"],
     {"active.normative_docs.total_published"}, 368),
    (["Quick one: requests carried over unfinished from earlier periods, Shanghai General Office 2019?"],
     {"requests.carried_over.total"}, 18),
    # the same body named again, pointing back: the year being discussed, not the newest held
    (["Hongze 2023 lawsuits?", "Did Hongze win them?"],
     {"appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"}, 5),
    # "'other' outcome" after a lawsuit: the lawsuit's 其他结果; of requests closed: 其他处理
    (["Huai'an 2024, lawsuits filed directly, in total?", "How many of them had an 'other' outcome?"],
     {"appeals.litigation_direct.other"}, 8),
    (["Huai'an 2024: requests closed with an 'other' handling result (neither overdue correction nor overdue fee)?"],
     {"requests.other.other.total"}, 110),
    # receiving from a column after a carry-over: the requests received
    (["How many individual requests did the Shanghai General Office carry forward at the end of 2019?",
      "And how many did it receive from individuals that year?"], {"requests.received.natural_person"}, 821),
])
def test_wordings_read_s18(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == keys, (turns[-1], _keys(rec), rec["answer"][:200])


@pytest.mark.parametrize("turns", [
    # one person's document, asked by its number
    ["我开网店的，2024年在淮安被罚过一次，我那张处罚决定书的编号是多少？"],
    ["I was fined in Huai'an in 2024. What is the reference number of my penalty notice?"],
    # a split by month, asked to be listed: not the table
    ["洪泽区2023年每个月各收到几件申请？请按月列出来"],
    # a split between departments: no passage's numbers
    ["How were Huai'an's 2024 administrative penalty decisions divided among the city departments?"],
])
def test_no_number_s18(svc, turns):
    rec = _ask(svc, *turns)
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:200]
    assert rec.get("operation") != "table" and "报告原文相关段落" not in rec["answer"] \
        and "From the reports (quoted" not in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("question, value, reports", [
    ("淮安2024年不予公开的比沭阳2025年多多少？", 146, {("淮安市人民政府", 2024), ("沭阳县人民政府", 2025)}),
    ("How many more requests did Huai'an receive in 2024 than Shuyang in 2025?", 2406,
     {("淮安市人民政府", 2024), ("沭阳县人民政府", 2025)}),
    # the premise "fewer" is wrong: the answer says which is more, signed first less second
    ("洪泽区2023年收到的申请比涧西区2020年少多少", 4, {("淮安市洪泽区人民政府", 2023), ("涧西区人民政府办公室", 2020)}),
])
def test_one_figure_of_two_bodies_set_against_each_other(svc, question, value, reports):
    rec = _ask(svc, question)
    assert rec["value"] == value, rec["answer"][:300]
    assert {(r["agency"], r["year"]) for r in rec["reports"]} == reports, rec["reports"]


def test_two_bodies_compared_without_a_year_for_one_ask_which_year(svc):
    rec = _ask(svc, "上海市府办收到的申请比上海科委多几件")
    assert rec["value"] is None and "2019" in rec["answer"] and "2025" in rec["answer"], rec["answer"][:200]


@pytest.mark.parametrize("question", [
    "How were Shanghai General Office's 2025 requests spread over the year?",
    "What kinds of companies filed requests with STCSM in 2024?",
    "How did the Shanghai General Office's 2019 lawsuits end for each plaintiff?",
    "How did Jianxi handle its one lawsuit in 2020?",
])
def test_splits_and_single_cases_get_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


@pytest.mark.parametrize("turns, keys, value", [
    # the generic word for refused closing a list of 无法提供's sub-items is their head noun
    (["Huai'an 2024: add up the not-held and the needs-creation refusals"],
     {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}, 780),
    # "所有单位里，哪个单位…": bodies ranked, not the column of organisations
    (["所有单位里，哪个单位被直接起诉的最多？"], {"appeals.litigation_direct.total"}, 12),
    (["shuyang county 2025 how many info request they receive?", "and how many they finish in the year?"],
     {"requests.total_processed.total"}, 718),
    # an English name of a text-only quantity
    (["STCSM 2024: how many news-type items did its website post?"], set(), 1744),
])
def test_wordings_read_s18_b(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == keys, (turns[-1], _keys(rec), rec["answer"][:200])


def test_a_ranking_of_bodies_by_a_text_only_figure_is_declined(svc):
    rec = _ask(svc, "Of all the bodies you hold, which one had the highest share of requests granted?")
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


# after pool 11's score (read from its failures; measured by no held-out set): the team's own variants
@pytest.mark.parametrize("turns", [
    ["My uncle was fined in Huai'an in 2024 for parking. How much was his fine?"],
    ["I was one of Huai'an's fee-overdue applicants in 2024. How much was I supposed to pay?"],
    ["Per-capita administrative licensing decisions in Huai'an for 2024?"],
    ["Was Shuyang's handling of requests in 2025 good enough?"],
    ["上海科委2024年那件行政复议，申请人是哪家公司？"],
    ["Which law firms were behind Huai'an's 2024 requests from legal services?"],
])
def test_no_number_after_pool11(svc, turns):
    rec = _ask(svc, *turns)
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:200]


@pytest.mark.parametrize("turns, keys, value", [
    # "复议后原决定被维持": the reconsideration's outcome, not a lawsuit after it
    (["淮安2024年复议后原决定被维持的有几件"], {"appeals.review.upheld"}, 72),
    (["涧西区2020年复议后起诉的有几件"], {"appeals.litigation_after_review.total"}, 1),
    # "please repeat it" asks the figure again (not 重复申请)
    (["Huai'an 2024: requests set aside as letters-and-visits complaints?", "Is that only for 2024? Please repeat it."],
     {"requests.not_processed.petition.total"}, 62),
    (["Jianxi 2020 procurement amount?", "Is that in 10,000 yuan? Repeat the 2020 amount."], {"active.procurement.amount"}, 28.6232),
    (["Shanghai General Office 2019: individuals' requests the office did not hold?",
      "And individuals' requests that would have needed new information created?"],
     {"requests.unable.needs_creation.natural_person"}, 44),
])
def test_wordings_after_pool11(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == keys, (turns[-1], _keys(rec), rec["answer"][:200])

