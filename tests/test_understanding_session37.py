"""Reading classes of the thirty-seventh session (2026-12-05): pool 29's tests (read since the thirty-sixth session's
score), pool 30's dev parts — the wordings or the team's variants of them — asked of the real engine over the real
corpus reports."""
from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _no_number(rec: dict) -> bool:
    """No value and no cell offered (an ask-back showing two cells' numbers is a number given to a question the
    reports cannot answer)."""
    return rec["value"] is None and not rec.get("clarify")


@pytest.mark.parametrize("turns", [
    # the grounds of a partial disclosure: table 三 gives grounds only for the requests withheld in full
    ['淮安市2024年那454件部分公开的申请里，因为涉及个人隐私才部分公开的有几件？'],
    ["Huai'an 2024: of the 454 partially disclosed requests, how many were partial because of privacy?"],
    # each of one's own two requests, its reply and grounds
    ['我们公司2025年向沭阳县政府申请过两次信息，一次部分公开一次不予公开，帮我查一下这两件各自的答复理由'],
    # a district's share of the city's own count
    ["How many of Huai'an city's 351 administrative reviews in 2024 came from Hongze?"],
    # the members of a count, or one request's content, after the count
    ['Hongze 2023: how many new requests?', 'What was that request asking for?'],
    ["How many requests from companies were partly granted in Huai'an 2024?", 'Which companies?'],
    # money asked of a quantity the text counts only ("118 live streams"): never the count
    ["How much did the Shanghai science commission spend on its 'Shanghai Keji' live streams in 2024?"],
])
def test_not_in_the_reports_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # the running total of what was ever made public, not the year's new ones
    (['By the end of 2019, what was the running total of normative documents the Shanghai General Office had ever made '
      'public, not just the ones released that year?'], ['active.normative_docs.total_published'], 368),
    (["What's the Shanghai General Office's running total of regulations made public, per the 2019 table — not just "
      "that year's new ones?"], ['active.regulations.total_published'], 524),
    (['Cumulatively, how many regulations had the Shanghai General Office put out to the public by the end of 2019?'],
     ['active.regulations.total_published'], 524),
    # "the same (measure) for X": the measure kept, the item switched
    (['By the end of 2019, how many regulations had the Shanghai General Office published in total?',
      'The same measure for normative documents?'], ['active.normative_docs.total_published'], 368),
    # a framing before the question, a remark after it
    (['我在写公共管理课作业：沭阳县2025年行政复议结果维持的有几件？'], ['appeals.review.upheld'], 27),
    (['Hongze District 2023 how many licensing decision they make? need it for the office report tomorrow'],
     ['active.licensing.decisions'], 550),
    # "kept the government's answer as it was": upheld
    (["Shuyang 2025, reconsideration decisions that kept the county's answer as it was?"], ['appeals.review.upheld'], 27),
    # "由2024年转入的": what came over into 2025 from the year before
    (['沭阳县2025年年初由2024年转入的申请有几件？'], ['requests.carried_over.total'], 36),
    (['淮安市政府2024年的申请，全部照申请内容公开的有几件？'], ['requests.granted.total'], 1362),
    (['淮安2024年的报告里，政府说自己根本没有这个信息的，一共几件'], ['requests.unable.not_held.total'], 769),
    (["Huai'an 2024: requests refused because of a legal or regulatory ban on disclosure?"],
     ['requests.withheld.prohibited_by_law.total'], 31),
    # the class spelled out by its members in brackets: their sum
    (['沭阳县2025年因为申请人自己逾期（逾期不补正、逾期不缴费）而不再处理的有几件？'],
     ['requests.other.overdue_correction.total', 'requests.other.overdue_fee.total'], 16),
    # the printed total told, one of its parts asked
    (['洪泽区2023年“复议后起诉”那一组的总计印成了0，可分项里“结果维持”是多少？'],
     ['appeals.litigation_after_review.upheld'], 5),
    # "连那部分也算上，总共": the figure just given and the part named, added
    (['沭阳县2025年本年新收的申请是多少件？', '713里有没有算2024年没办完留下来的？连那部分也算上，总共多少件'],
     ['requests.received.total', 'requests.carried_over.total'], 749),
    (['Huaian 2024 fee income, 万元?', 'Shuyang 2025 same question'], ['active.fees.amount'], 4068.208),
    (['Hongze district coercion decisions 2023?', 'and the year after, 2024'], ['active.coercion.decisions'], 84),
    # a row corrected ("not new ones"): the column asked before is kept
    (['Shuyang, 2025: how many new requests did individuals file?',
      'Sorry, I meant the ones carried over from the year before, not new ones.'],
     ['requests.carried_over.natural_person'], 36),
    (['淮安市2024年无法提供的申请一共几件？', '补正后还是不明确的呢'], ['requests.unable.unclear.total'], 1),
    (['沭阳县2025年无法提供的申请共几件？', '这个包括不予处理的吗？不包括的话不予处理有几件？'],
     ['requests.not_processed.total'], 19),
    (['For a consistency check on Shuyang County 2025: what do the three unable-to-provide sub-rows add up to?'],
     ['requests.unable.not_held.total', 'requests.unable.needs_creation.total', 'requests.unable.unclear.total'], 113),
    # pool 30's development parts and blind285–288, in the team's variants
    (['洪泽区2024年复议后起诉的案件几件？', '2023年表里复议后起诉维持的有几件？', '2024年的行政复议呢？'], [], None),
    (['Hongze District 2024: how many requests were granted in full?', 'Was it any different in 2023?'],
     ['requests.granted.total'], 0),
    (["Shanghai General Office's backlog at the end of 2019?"], ['requests.carried_forward.total'], 72),
    (['淮安市2024年、沭阳县2025年、洪泽区2023年这三家，行政强制决定谁最多？', '沭阳是多少？'], ['active.coercion.decisions'], 2154),
    (['淮安市2024年、沭阳县2025年、洪泽区2023年这三家，行政强制决定谁最多？', '沭阳是多少？', '洪泽呢？'],
     ['active.coercion.decisions'], 195),
    (['涧西区政府办2020年复议后又起诉的有几件？', '那件诉讼是维持了还是被纠正了？维持的有几件？'],
     ['appeals.litigation_after_review.upheld'], 1),
    (['沭阳县2025年行政复议总共几件', '直接去起诉的呢'], ['appeals.litigation_direct.total'], 3),
    (["I work at a small trading company in Huaian, we sent one request in 2024 too. How many requests came from "
      "businesses that year?"], ['requests.received.commercial'], 53),
    (["Huai'an 2024: how many new requests came from legal-aid firms?"], ['requests.received.legal_services'], 61),
    (["How many of Huaian's 2024 new requests came from legal persons or other orgs, all types combined?"],
     ['requests.received.legal_person'], 118),
    (["Hongze's 2023 appeals table prints 0 as the total for lawsuits after reconsideration. What does the 'upheld' "
      "cell in that same group say?"], ['appeals.litigation_after_review.upheld'], 5),
    (["Checking Huai'an's 2024 table: in the natural-person column, new plus carried-over should equal handled plus "
      "carried-forward. What does the "
      "table print as the natural-person 'total handled' figure?"], ['requests.total_processed.natural_person'], 2932),
    (['沭阳县2025年一共要处理多少件申请？连上年结转的一起算。'], ['requests.received.total', 'requests.carried_over.total'], 749),
    (['Shanghai General Office 2025: reconsideration cases plus both kinds of lawsuit (carry-overs included) - total?'],
     ['appeals.review.total', 'appeals.litigation_direct.total', 'appeals.litigation_after_review.total'], 89),
    (['How many requests did Shuyang County carry into 2025 from 2024?', 'And how many went on into 2026?'],
     ['requests.carried_forward.total'], 31),
    (['At the end of 2019, how many requests did the Shanghai general office push into 2020?', 'And at the end of 2025, into 2026?'],
     ['requests.carried_forward.total'], 293),
    (['In Shuyang County in 2025, how many new requests, carried-over ones excluded, came from individuals?'],
     ['requests.received.natural_person'], 705),
    (['How many lawsuits did Shuyang County face in 2025 where the plaintiff had first been through administrative review?'],
     ['appeals.litigation_after_review.total'], 10),
    (['淮安市2024年新收申请里，申请人类型属于“其他”法人或组织的有几件？'], ['requests.received.other_org'], 4),
    (['淮安2024年 申请人过了期限也不补正、政府就不再处里的 一共几件'], ['requests.other.overdue_correction.total'], 71),
    (["2025年沭阳县自然人申请里，归入'其他处理'下面'其他'那一小项的是多少？"], ['requests.other.other.natural_person'], 142),
    (["Huai'an 2024 request table: what's printed on the line 'other handling - 3. other'?"], ['requests.other.other.total'], 110),
    (["Huai'an 2024: how many requests lapsed because the applicant didn't follow up - failing to correct in time or to pay "
      "the fee?"], ['requests.other.overdue_correction.total', 'requests.other.overdue_fee.total'], 77),
    # after the score, pool 30's tests (development material since), in the team's variants
    (['my boss wants to know how many normative documents Shuyang County still has in effect per its 2025 report. can you '
      'check? thanks'], ['active.normative_docs.in_force'], 32),
    (['working for a consulting firm, need this: Shanghai General Office 2019, requests from businesses?'],
     ['requests.received.commercial'], 35),
    (['Among Huai\'an (2024), Shuyang (2025) and Hongze (2023), which had the most administrative penalty decisions?',
      'How many did Hongze make?'], ['active.punishment.decisions'], 4119),
    (['沭阳县2025年因本机关不掌握而无法提供的有几件', '需要另行制作的呢', '合计多少'],
     ['requests.unable.not_held.total', 'requests.unable.needs_creation.total'], 113),
    (['Shuyang 2025: requests granted?', 'And partially granted?', 'Put together?'],
     ['requests.granted.total', 'requests.partially_granted.total'], 395),
    (['How many new requests from companies did the Shanghai General Office get in 2025?', 'And in 2019?',
      'So how did that change between 2019 and 2025?'], ['requests.received.commercial'], 1),
])
def test_cells_read_session37(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    if value is None:  # two readings, both offered: the group's total and the outcome asked before
        assert rec["value"] is None and len(rec.get("clarify") or []) == 2, rec["answer"][:300]
        return
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_comparison_with_a_year_not_held_is_declined(svc):
    rec = ask_conversation(svc, "How did the Shanghai General Office's grant rate in 2025 compare with 2021?")
    assert rec["value"] is None and "2021" in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (['市科委2024年主办和会办的人大代表建议一共多少件？'], 50),
    (['How many requests could the Shanghai General Office not provide in 2025, according to the text of its report?'], 564),
    (['How many issues of the Shanghai Municipal Government Gazette came out in 2025?', 'And how many documents did it print?'], 243),
    # the noun before the count word is what is counted ("fan count"), not the channel's videos
    (["STCSM's video channel in 2024 - fan count?"], 54373),
    (['Shanghai General Office 2025: within \'other handling\', how many requests did the applicants themselves withdraw?'], 157),
    (['How many other municipal documents (besides regulations and normative docs) did the Shanghai General Office '
      'publish in 2019?'], 162),
    (["I'm a reporter covering local media in Jiangsu. per Huaian's 2024 report, how many press conferences did the city hold?"], 12),
    (['“上海科技”微信公众号关注人数，按市科委2024年报是多少？'], 1016823),
    # a course's assignment before the question: not words the text is searched with
    (['我在写新闻学作业：淮安市2024年开了几场新闻发布会？'], 12),
])
def test_text_numbers_session37(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]
