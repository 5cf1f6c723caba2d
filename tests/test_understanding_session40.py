"""Reading classes of the fortieth session (2026-12-06): pool 32's tests (read after their score), pool 34's dev
parts — their wordings or the team's variants of them — asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _no_number(rec: dict) -> bool:
    """No value and no cell offered."""
    return rec["value"] is None and not rec.get("clarify")


@pytest.mark.parametrize("turns", [
    # the requests of one row followed into table 四: the reports count the two apart
    ["How many requests did Hongze's table record as 'information not held' in 2024?", 'And in 2023?',
     "What's the change between the two?", 'How many of the 2024 ones went on to reconsideration?'],
    ["How many requests did Hongze record as 'information not held' in 2024?", 'How many of those went on to reconsideration?'],
    ['洪泽区2024年无法提供的申请有几件', '这些申请后来有几件被申请复议？'],
    # the figure set against places no report held speaks for
    ['What share of municipal government documents did the Shanghai General Office proactively disclose in 2019?',
     'How does that compare with other provinces?'],
    ['上海市政府办公厅2019年收到多少申请', '跟其他省份比怎么样'],
    # how reviews, lawsuits and requests ended, finer than the tables' columns: withdrawn, dismissed, settled
    ["How many administrative reconsiderations did Huai'an have in 2024?", 'How many reviews were withdrawn?'],
    ['淮安市2024年行政复议有几件', '被驳回的有几件？'],
    ["How many administrative reconsiderations did Huai'an have in 2024?", 'How many were dismissed?'],
    ["How many lawsuits did Huai'an have in 2024?", 'How many were settled out of court?'],
    ['淮安市2024年行政诉讼有几件', '调解结案的有几件？'],
    ["How many requests did Huai'an receive in 2024?", 'How many were withdrawn?'],
    ["How many of Huai'an's 2024 reconsiderations were withdrawn?"],
    ["How many of Huai'an's 2024 lawsuits were dismissed?"],
    ['淮安市2024年行政诉讼驳回起诉的有几件'],
    ["How many requests were withdrawn in Huai'an in 2024?"],
    ['淮安市人民政府2024年行政诉讼撤诉的有几件'],
    ['Huaian 2024 how many lawsuits were settled out of court?'],
    # the people behind the requests; the requests charged a fee
    ['How many requests did Shuyang receive in 2025?', 'How many applicants were there?'],
    ['沭阳县2025年收到多少申请', '申请人一共多少人？'],
    ['How many requests did Shuyang receive in 2025?', 'How many were charged fees?'],
    ['沭阳县2025年收到多少申请', '收费的有几件？'],
    # an outcome asked of table 二's decisions: never the disclosure requests' row
    ["Huai'an 2024 administrative licensing decisions?", 'How many were refused?'],
    ['淮安市2024年行政许可几件', '被拒绝的有几件？'],
    # pool 33's tests, read after their score: a table 二 count split by what the documents deal with
    ["How many normative documents did Huai'an have in force at the end of 2024?", 'And Shuyang County for 2025?',
     'Hongze District in 2024?', "How many of Hongze's documents in force deal with land use?"],
    # pages are no count of checks
    ["How many normative documents did Huai'an issue in 2024?", 'How many pages were they in total?'],
])
def test_not_in_the_reports_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "carry into its 2025 workload from 2024": what came into 2025 (上年结转 of the 2025 report)
    (["How many individuals' requests did the Shanghai general office carry into its 2025 workload from 2024?"],
     ['requests.carried_over.natural_person'], 170),
    (["How many individuals' requests did the Shanghai general office carry into its 2025 workload from 2024?",
      'And all applicant types together?'], ['requests.carried_over.total'], 189),
    (['How many requests did Shuyang carry into its 2025 workload?'], ['requests.carried_over.total'], 36),
    # "Which was higher, and by how much?" after one body's two years: the two years set against each other
    (['How many company requests did the Shanghai general office get in 2019?', 'And in 2025?',
      'Which was higher, and by how much?'], ['requests.received.commercial'], 1),
    (['上海市政府办公厅2019年商业企业申请多少件', '2025年呢', '哪个多？'], ['requests.received.commercial'], 1),
    # the other group of table 四 named whole after an outcome: its total, not the outcome again
    (['涧西区2020年信息公开方面的行政复议有几件？', '结果怎么样，维持了几件？', '直接起诉的行政诉讼呢？'],
     ['appeals.litigation_direct.total'], 1),
    (['淮安市政府2024年复议维持了几件', '那直接起诉的呢'], ['appeals.litigation_direct.upheld'], 13),
    # reviews, then how many of them went to court: the lawsuits after reconsideration (not both kinds of suit)
    (['洪泽区2024年行政复议有几件', 'How many of those went on to court?'], ['appeals.litigation_after_review.total'], 3),
    # a body's possessive before "table … record as"
    (["How many requests did Hongze's table record as 'information not held' in 2024?"], ['requests.unable.not_held.total'], 31),
    # deferred into the next year; on hand from the year before / at the end of the year
    (["Huai'an 2024: requests brought forward from 2023?", 'And deferred into 2025?'], ['requests.carried_forward.total'], 103),
    (["How many requests did Huai'an defer to 2025?"], ['requests.carried_forward.total'], 103),
    (['Going into 2025, how many requests did the Shanghai general office still have on hand from 2024?'],
     ['requests.carried_over.total'], 189),
    (["How many requests did Huai'an still have on hand at the end of 2024?"], ['requests.carried_forward.total'], 103),
    # one of the two years compared named with another column: that year's cell
    (['Shanghai General Office, 2019: how many requests from individuals were newly received?', 'What about 2025?',
      'Which year was higher, and by how many?', 'And companies in 2025?'], ['requests.received.commercial'], 36),
    (['上海市政府办公厅2019年自然人新收申请多少', '2025年呢', '哪年多，多多少', '2025年企业的呢'], ['requests.received.commercial'], 36),
    # "And of those, the business applicants?": the row's other column, not declined
    (['How many disclosure requests did the Shanghai general office receive in 2025?', 'And of those, the business applicants?'],
     ['requests.received.commercial'], 36),
    # "fell through" is no fall; "差额应该是…吧" a story, the cell asked after the dash
    (['Shuyang, 2025: how many requests fell through because no ready-made record existed and one would have had to be compiled?'],
     ['requests.unable.needs_creation.total'], 2),
    (['沭阳县2025年正文说受理749件，可表格里本年新收只有713件。差额应该是上年结转过来的吧——表里上年结转总计到底填了几件？'],
     ['requests.carried_over.total'], 36),
    # "neither corrected nor upheld": both ruled out
    (["Shuyang 2025: reconsiderations that ended with an 'other' result - neither corrected nor upheld?"], ['appeals.review.other'], 9),
    # "How many are in force now?" after the regulations issued: the same item's other column
    (["How many regulations did Huai'an issue in 2024?", 'How many are in force now?'], ['active.regulations.in_force'], 11),
    (["How many regulations did Huai'an issue in 2024?", 'How many are currently in force?'], ['active.regulations.in_force'], 11),
    # one sub-item told as a story of two steps ("过了期限也不补正材料、政府干脆不再处理的"): no sum of parts
    (['淮安2024年，申请人过了期限也不补正材料、政府干脆不再处理的，一共几件？'], ['requests.other.overdue_correction.total'], 71),
    (['2023年洪泽区政府有几件申请是因为政府那边压根没有这份材料、只能答复无法提供的？'], ['requests.unable.not_held.total'], 10),
    # pool 34's dev parts: "requests" the unit of the figure just given twice, not the received row
    (['How many requests did the Shanghai General Office finish handling in 2019?', 'What about for 2025?',
      'Which of the two years was busier, and by how many requests?'], ['requests.total_processed.total'], 386),
    # a yes-or-no before the count ("有没有单位或企业来申请的？法人或其他组织提了几件？"); "最后予以公开的" how they ended
    (['涧西区政府办2020年一共收到几件依申请公开？', '有没有单位或企业来申请的？法人或其他组织提了几件？'],
     ['requests.received.legal_person'], 0),
    (['涧西区政府办2020年一共收到几件依申请公开？', '有没有单位或企业来申请的？法人或其他组织提了几件？', '最后予以公开的是几件？'],
     ['requests.granted.total'], 13),
    # "这些年下来涨了多少" with two years held: the change between them
    (['上海市政府办公厅2019年新收了多少件公开申请？', '2025年的数字是多少？', '这些年下来涨了多少件？'], ['requests.received.total'], 436),
    # what the asker is working on, said after the question: never table 二's procurement projects
    (['jianxi district 2020, how many info disclosure applications came in? doing a school project on Luoyang'],
     ['requests.received.total'], 17),
    (["jianxi district 2020, how many info disclosure applications came in? it's for a school project"],
     ['requests.received.total'], 17),
    (['涧西区2020年收到多少申请？在写课程论文'], ['requests.received.total'], 17),
    # "the (7) total": row (七) 总计
    (['Hongze District 2024: the (7) total in the requests table — what number is printed?'], ['requests.total_processed.total'], 95),
    # a row's total and the column carried hold one number: both named, given (not asked back)
    (['市科委2024年主合办了多少件人大代表建议？', '同年它收到的申请中自然人提的有多少？', '上年结转过来的有几件？'],
     ['requests.carried_over.total', 'requests.carried_over.natural_person'], 2),
    (['涧西2020年 本年新收 自然人 几件', '结转下年度的 呢'], ['requests.carried_forward.total', 'requests.carried_forward.natural_person'], 2),
    (['Jianxi District 2020 requests from individuals?', "and 'not held' answers?"],
     ['requests.unable.not_held.total', 'requests.unable.not_held.natural_person'], 2),
    # "Is that all from individuals? How many came from companies?": a part of the figure; the next row asked whole
    (["How many requests did Huai'an refuse in 2024 because they were internal-affairs information?",
      'Is that all from individuals? How many came from companies?', 'And process information?'],
     ['requests.withheld.process_info.total'], 12),
])
def test_cells_read_session40(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_blank_cell_beside_the_texts_own_count(svc):
    """A row's 总计 printed blank, its sums implying 1, and the text's own count of the row: both said, the
    sentence quoted (上海科委 2024 "转下一年度办理答复的有 1 件")."""
    rec = ask_conversation(svc, '上海科委2024年微信公众号的关注人数是多少？', '那它那年办理的申请总计有多少？', '转到下一年度再答复的有几件')
    assert rec["value"] == 1 and "留空" in rec["answer"], rec["answer"][:300]
    assert rec["passages"] and "转下一年度办理答复的有1件" in rec["passages"][0]["text"], rec["answer"]


@pytest.mark.parametrize("turns, value", [
    # hearsay after the question ("heard it was a lot lol") is no judgement asked
    (['Shuyang 2025 — how many viral posts (爆款内容) did their new media have? heard it was a lot lol'], 52),
    # "那年" says nothing of the quantity asked
    (['上海市政府办公厅的2019年年报里说，“中国上海”门户网站那年一共发了多少件政策解读？'], 132),
    # "2024年这个数是多少" after a number of the text: the same sentence's number, that year
    (['洪泽区2023年在政府网站平台主动公开了多少条政府信息？', '2024年这个数是多少'], 2428),
    # who asks, before a dash; who sent the asker; a typo of the text's own word
    (["I'm a local reporter, just checking background — how many press conferences (新闻发布会) did Huaian city hold in 2024?"], 12),
    (["I'm a journalist — how many press briefings (新闻通气会) did the Shanghai government hold in 2025?"], 19),
    (['my teacher asked us to check Shuyang 2025: how many original short videos did they push?'], 1113),
    (['沭阳县2025年清里了多少条过期信息'], 697),
    # "push for integrated release": pushed out (推送), no reminder to hurry
    (['How many policies did STCSM push for integrated release in 2024?'], 121),
    # "同一年" says nothing of the quantity
    (['上海市府办2025年开了多少场市政府新闻发布会？', '同一年主动公开的人事任免文件有多少件？'], 196),
    # what is not asked, said after the question
    (["Shuyang 2025: how many pieces of info did the county's own portal publish proactively? not the departments' pages"], 4511),
    # withdrawals the text counts itself (上海市府办 2025 "主动撤回 157 件"): the text's number, not declined
    (['In 2025, how many applicants withdrew their own requests to the Shanghai General Office?'], 157),
    (['上海市府办2025年申请人主动撤回的申请有几件'], 157),
])

def test_text_numbers_session40(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "按撤回处理的": table 三's own sub-item in the law's words; the 'other' outcome named, withdrawals its example
    (['淮安市政府2024年 申请人逾期不补正、当撤回处理的 几件'], ['requests.other.overdue_correction.total'], 71),
    (["huaian 2024 direct lawsuits ending some 'other' way (withdrawn and so on) how many"], ['appeals.litigation_direct.other'], 8),
    # requests named after a table 二 turn: the requests' row
    (["Huai'an 2024 administrative licensing decisions?", 'How many requests were refused?'], ['requests.withheld.total'], 178),
])
def test_withdrawn_in_the_tables_own_words(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and set(keys) <= fact_keys(rec), rec["answer"][:300]


def test_a_carried_column_doubted_offers_the_rows_whole(svc):
    """"How many were granted in full?" after the individuals' column: the learned reader doubts the column, so the
    row's whole is offered beside it (not a one-option confirm)."""
    rec = ask_conversation(svc, 'Shuyang 2025 requests from individuals?', 'How many were granted in full?')
    assert rec["value"] is None and {c["key"] for c in rec["clarify"]} == {"requests.granted.natural_person", "requests.granted.total"}, rec["answer"][:300]


def test_what_is_not_asked_after_the_question_is_an_aside(svc):
    """"由上年转入的申请是几件？不要结转到下一年的那个数": never the carried-forward row alone (pool 33's tests, read after
    their score: it was answered 293, 结转下年度; now the row asked is read, the learned reader's doubt offered beside it)."""
    rec = ask_conversation(svc, '上海市府办2025年 由上年转入的申请是几件？不要结转到下一年的那个数')
    assert rec["value"] in (None, 189), rec["answer"][:300]
    keys = fact_keys(rec) | {c.get("key") for c in rec.get("clarify") or []}
    assert "requests.carried_over.total" in keys, rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # pool 33's tests, read after their score (smoke): "end up handling", "roll over at the end of", "received a partial
    # disclosure", "rule against the city", the carry-over set aside with its year, the table named as the source
    (["How many requests did Huai'an end up handling in 2024?"], ['requests.total_processed.total'], 3050),
    (['How many requests did the Shanghai General Office roll over at the end of 2019?'], ['requests.carried_forward.total'], 72),
    (['For Hongze District in 2023, what number of requests received a partial disclosure?'], ['requests.partially_granted.total'], 4),
    (["Huai'an 2024: in lawsuits filed without going through reconsideration, how many times did the court rule against the city "
      "(outcome corrected)?"], ['appeals.litigation_direct.corrected'], 4),
    (['Huaian city 2024: lawsuits filed straight to court (no reconsideration first) where the court ruled against the government — count?'],
     ['appeals.litigation_direct.corrected'], 4),
    (['Shuyang County 2025, table part: brand-new applications received during 2025 only, without the leftovers from 2024. how many?'],
     ['requests.received.total'], 713),
    (['沭阳县2025年呢？按统计表的新收数，不含结转。'], ['requests.received.total'], 713),
    (['How many centralized procurement projects did the Shanghai General Office list for 2019?', 'And what was the money involved?'],
     ['active.procurement.amount'], 25.1),
    # every sub-item counted, in the column named ("自然人提出的申请中…（五种情形都算）"); "都加上" adds them
    (['淮安市2024年自然人提出的申请中，被“不予处理”的（五种情形都算）一共有多少？'],
     ['requests.not_processed.petition.natural_person', 'requests.not_processed.duplicate.natural_person',
      'requests.not_processed.publication.natural_person', 'requests.not_processed.excessive.natural_person',
      'requests.not_processed.reconfirm.natural_person'], 82),
    (['2025年沭阳不予处理的申请，把五种情况都加上是多少？'],
     ['requests.not_processed.petition.total', 'requests.not_processed.duplicate.total', 'requests.not_processed.publication.total',
      'requests.not_processed.excessive.total', 'requests.not_processed.reconfirm.total'], 19),
])
def test_cells_read_after_pool33s_score(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]
