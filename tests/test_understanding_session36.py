"""Reading classes of the thirty-sixth session (2026-12-05): pool 28's tests (read since the thirty-fifth session's
score), pool 29's dev parts — the wordings or the team's variants of them — asked of the real engine over the real
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
    """No value and no figure asserted in the answer's words (years and the report's own names aside)."""
    words = re.sub(r"(?:19|20)\d\d", " ", rec["answer"])
    return rec["value"] is None and not re.search(r"\d", words)


@pytest.mark.parametrize("turns", [
    # the titles of the documents counted: the reports count them, never list them
    ['How many normative documents did Hongze District issue in 2024?', 'What were their titles?'],
    # the grounds of a correction: the tables count corrections, never why
    ['Shuyang County 2025: how many administrative reviews over disclosure ended with the decision upheld?',
     'How many were corrected?', 'How many of the corrected ones were down to procedural mistakes?'],
    ['Shuyang 2025: how many reviews were corrected?', 'How many corrections were due to procedural errors?'],
    ['沭阳县2025年行政复议被纠正的有几件？', '被纠正的里面有多少是因为程序违法？'],
    # a share of one body's count handled by another body (the county's requests, the city's office)
    ["How many of Shuyang's 713 new requests in 2025 ended up being handled by Suqian city?"],
    ['沭阳县2025年新收的713件申请里，有多少最后由宿迁市办理？'],
])
def test_not_in_the_reports_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec) and not rec["found"], rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "因为信息公开被复议": the subject of the review, no ground of its correction — the count is asked
    (['2024年淮安市政府因为信息公开被复议 结果被上级纠正的几件'], ['appeals.review.corrected'], 64),
    # after a turn the text answered, asked so, a bare row named with 呢 asks the text again …
    (['上海市科委2024年报里说无法提供的有几件？', '那其他处理的呢？'], [], 14),
    (['上海市科委2024年报里说无法提供的有几件？', '那其他处理的呢？', '转到下一年度办理的呢？'], [], 1),
    # … but one naming the table reads the table
    (['上海市科委2024年报里说无法提供的有几件？', '表格里最后办结的总数呢？'], ['requests.total_processed.total'], 35),
])
def test_cells_read_session36(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_text_follow_up_quotes_the_sentence(svc):
    rec = ask_conversation(svc, '上海市科委2024年报里说无法提供的有几件？', '那其他处理的呢？')
    assert rec["passages"] and "其他处理14件" in rec["answer"].replace(" ", "") and "表格中没有这一项" not in rec["answer"]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 29's dev parts and the team's variants of them
    # requests moved from one year into the next: the later report's 上年结转, the earlier report's 结转下年
    (['How many requests did the Shanghai General Office bring with it from 2024 into 2025?'], ['requests.carried_over.total'], 189),
    (['Did Hongze District carry any requests over into 2025? How many, per its 2024 report?'], ['requests.carried_forward.total'], 0),
    # "the individuals' share of them": how many of them were the individuals'
    (['How many requests did Shuyang County partially grant in 2025?', 'How many of those were for legal service institutions?',
      "And the individuals' share of them?"], ['requests.partially_granted.natural_person'], 99),
    # the sum asked, then named by a word of its own
    (['How many new disclosure requests reached the Shanghai General Office in 2025?', 'How many were carried over into 2025 from 2024?',
      "Add them together, what's the workload?"], ['requests.received.total', 'requests.carried_over.total'], 1484),
    # the column just given set aside from the whole given before it
    (["How many requests did Huai'an receive in 2024 from organisations rather than individuals?",
      'Does that count legal-aid and law firms? How many came from them?', 'Leaving those out, how many from the other organisations?'],
     ['requests.received.commercial', 'requests.received.research', 'requests.received.public_interest', 'requests.received.other_org'], 57),
    (['淮安市2024年新收申请中法人或其他组织有多少？', '其中法律服务机构的呢？', '除去这些，其他的还有多少？'],
     ['requests.received.commercial', 'requests.received.research', 'requests.received.public_interest', 'requests.received.other_org'], 57),
    # ("And the other organisations?" alone is the column of that name)
    (["How many requests did Huai'an receive in 2024?", 'How many from individuals?', 'And the other organisations?'],
     ['requests.received.other_org'], 4),
    # a correction of the row keeps the column of the turn before; the apology after it is no word of the question
    (["Huai'an 2024: direct lawsuits that ended with the city upheld?", 'Sorry, I meant the lawsuits filed after a review.'],
     ['appeals.litigation_after_review.upheld'], 12),
    (["Huai'an 2024: direct lawsuits that ended with the city upheld?", 'Sorry, I meant the lawsuits filed after a review.',
      'Add the two upheld counts together?'], ['appeals.litigation_direct.upheld', 'appeals.litigation_after_review.upheld'], 25),
    (['How many requests did Hongze District grant in full in 2024?', 'Oh wait, I meant 2023, sorry.'], ['requests.granted.total'], 0),
    # both printed labels say 无正当理由: beside the overdue correction it is that row's
    (["In Huai'an's 2024 report, how many requests were dropped because the applicant, with no good reason, never sent in the "
      "corrections asked for before the deadline?"], ['requests.other.overdue_correction.total'], 71),
    # why the number is wanted, said after the question, names a cell not asked
    (['洪泽区2024年表三的（七）总计是多少？我想跟本年新收数对一对。'], ['requests.total_processed.total'], 95),
    # "对比一下2025年的数": the other year's figure
    (['上海市政府办公厅2019年结转下年度继续办理几件', '对比一下2025年的数'], ['requests.carried_forward.total'], 293),
    # the text's figures: the story's applicants name no count; a warning system sends the reminders
    (['I read Shuyang solved some disputes by talking to applicants first. How many disputes in 2025?'], [], 33),
    (["How many deadline reminders did Shuyang County's warning system send out in 2025?"], [], 84),
    # a sound-alike slip that is a rare dictionary word (解度) beside an everyday one (解读)
    (['上海市政府办公厅 2019 年 在门户网站发的政策解度 共几件'], [], 132),
])
def test_cells_read_pool29_dev(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_every_withholding_ground_added(svc):
    rec = ask_conversation(svc, 'For Hongze District in 2023, add up every withholding ground — how many refusals is that?')
    assert rec["value"] == 3 and len(fact_keys(rec)) >= 6 and all(k.startswith("requests.withheld.") for k in fact_keys(rec))


def test_rare_dictionary_slip_not_a_place():
    from rag import homophones

    assert homophones.mend("政策解度有几件", frozenset())[0] == "政策解读有几件"
    assert homophones.mend("怀安县2024年收到多少申请", frozenset({"淮安", "淮安市"}))[1] == []  # a county of its own


@pytest.mark.parametrize("turns, keys, value", [
    # blind275–276 (development sets written this session) and the team's variants
    (['How many requests did Shuyang County partially grant in 2025?',
      'Does that number include requests from legal service institutions? If so, how many?'],
     ['requests.partially_granted.legal_services'], 2),
    (["Per its 2020 report, how many requests did Jianxi's government office leave unfinished for the next year?"],
     ['requests.carried_forward.total'], 2),
    (['洪泽区2023年因为本机关不掌握相关信息而没法提供的申请有几件？', '说错了，我看的应该是2024年的报告'], ['requests.unable.not_held.total'], 31),
    (["What was the Shanghai General Office's number of requests carried forward to the next year in 2025?",
      'Oops, wrong year, I need 2019.'], ['requests.carried_forward.total'], 72),
    (['How many normative documents did Hongze issue in 2024?', 'Sorry, I got that wrong: how many did it repeal in 2023?'],
     ['active.normative_docs.repealed'], 5),
    (['Between 2019 and 2025, how much did the number of requests the Shanghai General Office finished handling go up?'],
     ['requests.total_processed.total'], 386),
    (['How many requests from members of the public did Hongze District receive in 2023?'], ['requests.received.natural_person'], 21),
    (['沭阳县2025年新收的申请里，商业企业交了几件？', '那法律服务机构交的呢', '这两类单位的加一块是多少？'],
     ['requests.received.commercial', 'requests.received.legal_services'], 8),
    (["Shuyang 2025: requests not met because the information wasn't held, plus those that would have needed new compiling. Combined?"],
     ['requests.unable.not_held.total', 'requests.unable.needs_creation.total'], 113),
    # the text's answers, English: the rows the text lists
    (['Per the narrative, how many requests did the Shanghai science commission say it could not provide in 2024?'], [], 10),
    (['According to the report text, how many requests did the Shanghai science commission grant in 2024?',
      "And the 'other handling' ones?"], [], 14),
])
def test_cells_read_blind275_276(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_text_cued_english_does_not_deny_the_table(svc):
    rec = ask_conversation(svc, 'Per the narrative, how many requests did the Shanghai science commission say it could not provide in 2024?')
    assert rec["value"] == 10 and "tables do not hold" not in rec["answer"]


@pytest.mark.parametrize("turns", [
    ['How many government websites did Shanghai inspect every quarter in 2019, per the General Office report?',
     'How many of them failed the inspection?'],
    ['淮安2024年申请人逾期不补正、政府就不再处理的申请有多少件？', '被不再处理的这些人，后来又重新申请的有多少？'],
    ['Who heads the information disclosure section at the Hongze District government office, according to its 2023 report?'],
    ['How many normative documents did Hongze District issue in 2024?', 'Can you list their titles?'],
    ['How many normative documents did Hongze District issue in 2024?', '这些规范性文件分别叫什么名字？'],
    ["How many of Huai'an's 3119 new requests in 2024 ended up being passed to Hongze District?"],
    ['Shuyang 2025: how many reviews were corrected?', 'How many were corrected because the reply was late?'],
])
def test_not_in_the_reports_blind275_276(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec) and not rec["found"], rec["answer"][:300]


def test_ranking_reads_a_blank_total_as_its_own_answer_does(svc):
    # 上海市府办 2019 leaves 部分公开's total blank (its natural-person cell 3): ranked as 3, said so — as the cell asked alone
    rec = ask_conversation(svc, "Ranking Huai'an (2024), Shuyang (2025), Hongze (2023) and the Shanghai General Office (2019) by "
                                "partially granted requests, which one comes last?")
    assert rec["value"] == 3 and "left blank" in rec["answer"]
    # … while a total printed 0 over larger parts is ranked as printed, its parts said
    rec = ask_conversation(svc, '比较一下信息公开行政复议数：淮安2024、沭阳2025、洪泽2023，哪个最少？')
    assert rec["value"] == 0 and "其各分项之和为11" in rec["answer"]


@pytest.mark.parametrize("question", [
    "Partly granted requests: Huai'an 2024, Hongze 2023, Shuyang 2025, Jianxi 2020 — who leads?",
    "Hongze 2024 admin fees amount, the one in 万元. asking for my uncle who runs a shop there",
])
def test_who_leads_is_no_official(svc, question):
    rec = ask_conversation(svc, question)
    assert "signed" not in rec["answer"]


@pytest.mark.parametrize("turns, keys, value", [
    (['沭阳县2025年部分公开多少件？', '这个数包括律所的吗？包括的话是多少？'], ['requests.partially_granted.legal_services'], 2),
    (['How many requests did Hongze District grant in full in 2024?', 'Whoops, wrong body - I need Shuyang 2025.'],
     ['requests.granted.total'], 294),
])
def test_checks_and_corrections_session36(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("question", [
    "How many of Shuyang County's reconsiderations in 2025 were lost because of missed deadlines?",
    "上海市科委2024年的申请后来又被申请人重新提交的有几件？",
])
def test_grounds_and_reapplications_not_held(svc, question):
    rec = ask_conversation(svc, question)
    assert _no_number(rec) and not rec["found"], rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 28's tests, read since the thirty-fifth session's score
    (['上海市府办结转下年度的申请 从2019年到2025年 增加了多少'], ['requests.carried_forward.total'], 221),
    (['上海市府办 没经复议直接起诉的行政诉讼 25年比19年多几件'], ['appeals.litigation_direct.total'], 3),
    (['Shanghai General Office: requests left open at the end of 2019 versus the end of 2025 — how many more in 2025?'],
     ['requests.carried_forward.total'], 221),
    (["I'm comparing admin fee income (行政事业性收费) across a few places. Huaian 2024 first?", 'Hongze 2023?'],
     ['active.fees.amount'], 7730.28),
    (["Jianxi District Government Office, 2020: how many post-review lawsuits were decided in the office's favour?"],
     ['appeals.litigation_after_review.upheld'], 1),
    (["How many requests could Huai'an not fulfil in 2024 — the 'unable to provide' category as a whole?"], ['requests.unable.total'], 781),
    (['24年淮安市新收的公开申请里，撇开个人不算，企业和各类组织一共递交了多少件？'], ['requests.received.legal_person'], 118),
    (["Shanghai General Office 2025: requests it couldn't meet because it either didn't have the information or would have had "
      "to produce it - combined?"], ['requests.unable.not_held.total', 'requests.unable.needs_creation.total'], 561),
    # (appeals still pending at a year's end are the 尚未审结 outcome, not requests carried forward)
    (['How many direct lawsuits against the Shanghai General Office were still pending at the end of 2025?'],
     ['appeals.litigation_direct.pending'], 6),
])
def test_cells_read_pool28_tests(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_every_request_withheld_added(svc):
    rec = ask_conversation(svc, 'Hongze District 2023: add up every request it withheld, whatever the legal ground.')
    assert rec["value"] == 3 and all(k.startswith("requests.withheld.") for k in fact_keys(rec))


@pytest.mark.parametrize("turns, keys, value", [
    # blind277–278 (development sets written this session)
    (['淮安24年 自然人申请里 不掌握相关信息的 几件', '算上企业那些 总计呢'], ['requests.unable.not_held.total'], 769),
    (['Shanghai General Office 2019 normative documents newly made?', 'regulations?'], ['active.regulations.made'], 13),
    (['shuyang 2025 new requests from individuals, the number in the table and not the summary one pls (summary mixes in the '
      'carried ones)'], ['requests.received.natural_person'], 705),
    (["Shuyang 2025 — the table's newly received count please, not the 受理 figure in the summary that includes carried-over ones"],
     ['requests.received.total'], 713),
    # a self-introduction dropped keeps the body named in it, lower-case words and all
    (["I'm a PhD student about to ask the Shanghai science commission for some data... how many requests did they grant in 2024? "
      "just want to know my odds haha"], ['requests.granted.total'], 9),
    (['Reporter from a local paper here: how many press conferences did the Shanghai municipal govt hold in 2025?'], [], 42),
])
def test_cells_read_blind277_278(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 29's tests, read after its score (development material since)
    (['淮安2024年不予公开的申请总共多少件？', '其中属于行政查询事项的有几件', '这一类里有企业申请的吗？有几件'],
     ['requests.withheld.admin_query.commercial'], 0),
    (["What's the total caseload on the Shanghai General Office's books for 2025 — new requests plus the ones carried over?"],
     ['requests.received.total', 'requests.carried_over.total'], 1484),
    (['How many requests did Hongze District process in 2023 (办理结果总计)?',
      'Does that include ones carried over from 2022? How many were carried over?', 'And how many went forward into 2024?'],
     ['requests.carried_forward.total'], 0),
    (["In Shuyang's 2025 report, lawsuits people filed after they already did admin review - total pls? many thanks"],
     ['appeals.litigation_after_review.total'], 10),
])
def test_cells_read_pool29_tests(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]
    if turns[-1].startswith("And how many went forward"):
        assert "2023 report" in rec["answer"]  # the 2023 report's carry, not the 2024 report's row
