"""Reading classes of the twenty-eighth session (2026-12-04), read from pool 20's held-out tests after they were
scored (development material since). The wordings are the team's own variants, asked of the real engine over
the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, keys, value", [
    # "what did X report for YEAR" keeps the quantity of the turn before
    (["Hongze District 2024 administrative fees collected, in 万元?", "What did Hongze report a year earlier, in 2023?"],
     {"active.fees.amount"}, 7730.28),
    # a check naming a part, then a bare "How many?": that part counted
    (["How many requests did the Shanghai General Office carry into 2025 from the year before?",
      "Does that 189 include ones from law firms? How many?"], {"requests.carried_over.legal_services"}, 4),
    (["How many requests did the Shanghai General Office carry into 2025 from the year before?",
      "Does that include law firms? How many?"], {"requests.carried_over.legal_services"}, 4),
    # 区分处理 is the partial-grant row's own gloss
    (["淮安2024年商业企业的申请里，经区分处理部分公开的有几件？"], {"requests.partially_granted.commercial"}, 7),
    # "section", "sub-rows", "subtotal": words about the table's layout, not a quantity
    (["Huai'an 2024: table 3's section (5) 'not processed' lists five sub-rows without a subtotal line. What do they come to?"],
     {"requests.not_processed.total"}, 88),
    # the purpose said after the question names other cells; the question itself is read
    (["STCSM 2024 report, table 3, grand total of the results - what is it? I want to check it against 34 new and 2 carried over."],
     {"requests.total_processed.total"}, 35),
    # "filled in" is no misspelt "filed"; "what does it say in the X column" points at the row named before
    (["Shanghai General Office 2019: the outcome totals are mostly blank, but the total handled row is filled in. "
      "What does it say in the natural-person column?"], {"requests.total_processed.natural_person"}, 767),
    # "requests from individuals, fresh ones and carried-over ones combined": whose, then the two parts
    (["Shanghai General Office 2019: requests from individuals, new ones and carried-over ones combined?"],
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 839),
    # "X, same column?" asks X as the turn before asked
    (["Shanghai General Office 2019 regulations, total published externally?", "normative documents, same column?"],
     {"active.normative_docs.total_published"}, 368),
])
def test_cells_read(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


def test_a_count_and_whether_it_squares(svc):
    """One count asked with "对得上吗": the count, then the table's own checks around that cell."""
    rec = ask_conversation(svc, "涧西区政府办2020年结转下年度继续办理的有几件？对得上吗？")
    assert rec["value"] == 2 and fact_keys(rec) == {"requests.carried_forward.total"}, rec["answer"][:300]
    assert "收支平衡" in rec["answer"] and "17 + 0 = 15 + 2" in rec["answer"], rec["answer"]


def test_the_account_named_before_stays(svc):
    """"how many articles on the WeChat account?" → "how many followers does it have?": that account's
    followers (not the video account's)."""
    rec = ask_conversation(svc, "STCSM 2024, how many posts went out on its WeChat official account?",
                           "and how many followers does it have?")
    assert rec["value"] == 1016823, rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 21's dev parts (tunable), read in the team's own words
    (["我想比较一下洪泽区2023年和2024年“本机关不掌握”的申请，先说2023年几件"], {"requests.unable.not_held.total"}, 10),
    (["Hongze District 2023: reconsiderations upheld?", "What does the reconsideration total cell actually print?"],
     {"appeals.review.total"}, 0),
    (["涧西区2020年政府集中采购几个项目？", "这些项目加起来金额多少万元？"], {"active.procurement.amount"}, 28.6232),
    (["Shuyang 2025: requests still open at year end?", "And how many did it bring in from 2024?"],
     {"requests.carried_over.total"}, 36),
    (["上海市府办2025年行政复议总计几件（含上年度结转的）"], {"appeals.review.total"}, 55),
    (["Hongze 2024, requests granted in full?", "and the grand total of the handling results?"],
     {"requests.total_processed.total"}, 95),
    (["沭阳县2025年本年新收多少？", "差出来的是上年结转的吧？结转了几件？"], {"requests.carried_over.total"}, 36),
    (["淮安市政府2024年信访举报投诉类不予处理的有多少？", "重复申请那一行呢？", "这两行合起来多少？"],
     {"requests.not_processed.petition.total", "requests.not_processed.duplicate.total"}, 87),
    (["STCSM 2024: 34 new requests, 2 inherited, 1 moved on to 2025 - what does row (七)总计 show?"],
     {"requests.total_processed.total"}, 35),
    (["Shanghai General Office 2025: how many times did it release all the requested information?"],
     {"requests.granted.total"}, 206),
    (["上海市府办2025年从2024年转过来接着办的申请多少件"], {"requests.carried_over.total"}, 189),
    (["Shuyang 2025, table 3: all the 无法提供 cases together (not held, needs creating, unclear)?"],
     {"requests.unable.total"}, 113),
    (["Shuyang 2025: requests handled?", "And how many were newly received that year, the table's row, "
      "not the narrative figure that includes carry-overs?"], {"requests.received.total"}, 713),
])
def test_cells_read_dev21(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


def test_no_names_behind_a_count(svc):
    rec = ask_conversation(svc, "Jianxi district office 2020: who were the applicants it turned away because it did not "
                                "hold the information? I need their names.")
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


def test_the_same_cell_with_words_unread_is_not_given_again(svc):
    rec = ask_conversation(svc, "Hongze 2024, requests granted in full?", "and the 总计 of the blorp quux in table 3")
    assert rec["value"] is None, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("沭阳县2025年年报正文说全年一共受理多少件申请（连上年结转的一起算）？", 749),
    ("Huai'an city 2024: how many press conferences were held? I saw it mentioned somewhere in the report", 12),
    ("Shanghai General Office 2025: how many documents were reviewed to settle whether they should be disclosed?", 166),
])
def test_text_numbers(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value and rec["operation"] == "passage", rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 21's tests, after they were scored (the team's own wordings)
    (["Hongze 2023 vs 2024: to start with, how many licensing decisions in 2023?"], {"active.licensing.decisions"}, 550),
    (["Huai'an 2024 direct lawsuits: how many still had no ruling at the end of the period?"],
     {"appeals.litigation_direct.pending"}, 1),
    (["Huai'an 2024: carried forward into 2025, in total?", "Any of those from companies? How many?",
      "And that same total for Shuyang at the end of 2025?"], {"requests.carried_forward.total"}, 31),
    (["Shuyang 2025: direct lawsuits upheld?", "Lawsuits after reconsideration?", "Reconsiderations?",
      "Total those three."],
     {"appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld", "appeals.review.upheld"}, 38),
    (["淮安市2024年法律服务机构提了多少件申请？", "这些机构的申请里予以公开的有几件？"], {"requests.granted.legal_services"}, 50),
    (["上海科委2024年新收多少件？", "上年结转过来的呢？", "两项合起来要办理的一共多少件？"],
     {"requests.received.total", "requests.carried_over.total"}, 36),
    (["Shuyang 2025: applications dropped because the applicant missed the deadline on the fee notice?"],
     {"requests.other.overdue_fee.total"}, 7),
    (["淮安2024年以可能危及国家安全、公共安全、经济安全和社会稳定为由不予公开的有几件？"],
     {"requests.withheld.security_stability.total"}, 5),
    (["洪泽区2023年表四行政复议维持10件、纠正1件，那“总计”那一格印的是几？"], {"appeals.review.total"}, 0),
    (["Shanghai General Office 2025: petition-type plus duplicate applications (重复申请), together?"],
     {"requests.not_processed.petition.total", "requests.not_processed.duplicate.total"}, None),
    (["洪泽区2023年本机关不掌握的申请几件", "这10件里有商业企业申请的吗"], {"requests.unable.not_held.commercial"}, 0),
    (["Jianxi office 2020: how many requests did it actually get through - not how many came in?"],
     {"requests.total_processed.total"}, 15),
    (["Hongze District 2024: how many reconsiderations were about information disclosure?"], {"appeals.review.total"}, 2),
    (["How many requests did the Shanghai General Office still have pending at the end of 2025?"],
     {"requests.carried_forward.total"}, None),
    (["Jianxi 2020 procurement projects?", "Shanghai general office in 2019?", "and the amount for Shanghai, in 万元"],
     {"active.procurement.amount"}, 25.1),
    # "the table's own rule" is an arithmetic rule, not regulations (规章); the rule stated in brackets is not asked
    (["Jianxi office 2020: by the table's own rule (new + carried over = handled + carried forward), what is the "
      "carried-forward figure?"], {"requests.carried_forward.total"}, 2),
    (["Jianxi office 2020: the left-hand side of the balance rule, i.e. item one plus item two?"],
     {"requests.received.total", "requests.carried_over.total"}, 17),
    # "the total of the outcomes" of reviews is table 四's, not the requests handled
    (["Shuyang 2025 reconsiderations: the total of the outcomes?"], {"appeals.review.total"}, 61),
    # a fourth round, read from earlier sets' misses
    (["How many of Huai'an's 2024 requests were refused under a law that bans disclosure?"],
     {"requests.withheld.prohibited_by_law.total"}, 31),
    (["淮安2024年法律规定不让公开的有几件"], {"requests.withheld.prohibited_by_law.total"}, 31),
    (["沭阳24年…不对，沭阳县2025年，让交钱了申请人过期没交、就不再处理的，多少件"], {"requests.other.overdue_fee.total"}, 7),
    # the row quoted by its own name: no doubt toward its sub-item of the same word
    (["Shuyang County 2025: how many requests fell under 'other handling'?"], {"requests.other.total"}, 159),
    (["I do admin at a small firm in Shanghai; my boss wants to know how many companies filed requests with 上海科委 "
      "in 2024. is that in their report?"], {"requests.received.commercial"}, 2),
])
def test_cells_read_pool21(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert fact_keys(rec) == keys and rec["found"] and rec["value"] is not None, rec["answer"][:300]
    if value is not None:
        assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["我2024年向淮安市政府写了投诉信，被当成信访类不予处理。他们拖了几天才答复我？"],
    ["How many disclosure requests did Li Ming submit to the Shanghai General Office in 2025?"],
    ["洪泽区2024年那31件不掌握的申请里，有几件其实应该去找淮安市？"],
    ["STCSM 2024: requests carried over from 2023?", "Were both of those granted in the end?"],
    ["沭阳县2025年结转到下一年的申请有几件", "这些到2026年都办完了吗？"],
    ["淮安2024年行政许可决定多少？", "这些许可里办给企业的和办给个人的各多少？"],
    ["Of the 61 requests law firms filed with Huai'an in 2024, how many were from the same law firm?"],
])
def test_no_number_pool21(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("How many followers did STCSM's WeChat video channel have according to its 2024 report?", 54373),
    ("记者想核实：市府办2025年开了几场市政府新闻发布会（不算通气会）", 42),
    ("淮安2024年信息处理费收了多少钱？按元算", 3940),
    ("上海科委24年“上海科技”公众号一共编发了多少篇文章？好奇问问", 1640),
    ("Shanghai General Office 2025: how many service guides did the international services portal publish? asking for a foreign friend", 403),
    ("The Shanghai general office's 2025 report talks about an international services portal; how many languages does it cover?", 10),
    ("Per Shuyang County's 2025 narrative, how many reconsideration and litigation cases did it handle in all?", 74),
    ("淮安市政府2024年围绕民生、改革、科创召开了几场新闻发布会？", 12),
    ("STCSM 2024: how many policies were pushed in bulk for integrated publication?", 121),
])
def test_text_numbers_pool21(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]


def test_a_phrase_at_the_end_of_the_text_keeps_its_own_length():
    """A phrase longer than the text left after a start was looked up by a slice cut short: "公开" at the end
    of "…申请不予公开" was recorded with the length of a longer phrase beginning with 公 and outran 不予公开."""
    from rag.understanding import PhraseMatcher

    text = "涧西区2020年有多少申请不予公开"
    hits = PhraseMatcher([("公开", "granted", 1), ("公开后可能危及国家安全", "security", 1), ("不予公开", "withheld", 1)]).find(text)
    assert all(h.end <= len(text) and h.end - h.start == len(h.surface) for h in hits)
    assert {(h.surface, h.end) for h in hits} == {("不予公开", len(text)), ("公开", len(text))}
