"""Reading classes of the forty-first session (2026-12-06): pool 33's tests (read after their score), pool 35's dev
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


@pytest.mark.parametrize("turns, keys, value", [
    # a year switch said as "by 2025"
    (["Shanghai General Office 2019: how many new applications came in?", "what did it look like by 2025"],
     ['requests.received.total'], 1295),
    # "does table 3 attribute to": the table named by its number, a column asked
    (["STCSM's 2024 report says 34 requests came in. How many of them does table 3 attribute to natural persons?"],
     ['requests.received.natural_person'], 32),
    # an outcome "the table files under 'other'": the 其他结果 column
    (["Shuyang 2025: of the lawsuits brought after a reconsideration, how many ended with a result the table files under 'other'?"],
     ['appeals.litigation_after_review.other'], 1),
    # what the table notes about itself, in brackets: an aside
    (['上海市府办2025年因政府信息公开被申请行政复议的一共几件？（表四标注含上年度结转）'], ['appeals.review.total'], 55),
    # "No wait, I was after …": the row corrected, the column kept
    (["Huai'an 2024: how many regulations were issued?", "No wait, I was after administrative normative documents."],
     ['active.normative_docs.issued'], 8),
    # "valid now in total": the documents in force (no parts to add)
    (['Shanghai science commission 2024: how many normative documents were newly issued?', 'and how many are valid now in total'],
     ['active.normative_docs.in_force'], 55),
    # reconsideration first, then a lawsuit: the suits after review
    (['Shuyang 2025: folks who first went through reconsideration and then went to court - how many such lawsuits?'],
     ['appeals.litigation_after_review.total'], 10),
    # "一共办理（答复）": the verb said twice; "想确认下" and "做政务的小编" frame the question
    (['我是做政务的小编，想确认下淮安2024年一共办理（答复）了多少件依申请公开'], ['requests.total_processed.total'], 3050),
    # "bring into 2020 from earlier": the requests carried over from the year before
    (['How many pending requests did the Jianxi District government office bring into 2020 from earlier?'],
     ['requests.carried_over.total'], 0),
    # one more body brought in, the figure of the turns before ranked
    (["How many reconsiderations did Jianxi District's government office have in 2020?", "And Huai'an in 2024?",
      'Bring in Shuyang for 2025 - which of the three has the fewest?'], ['appeals.review.total'], 1),
    (['2024年淮安市行政处罚决定有多少？', '沭阳县2025年呢？', '再加上洪泽区2023年，三个里面谁最少？'],
     ['active.punishment.decisions'], 4119),
    # "all three reasons" of one row in two columns: the row in each column, never one column's sub-items
    (["Shanghai General Office 2019 — every one of the three 'unable to provide' reasons, individuals and organisations "
      "together: what's the total?"], ['requests.unable.natural_person', 'requests.unable.legal_person'], 337),
    # "the legal-person side": that column
    (["Huai'an 2024 — for the legal-person side only (all five organisation columns), how many applications were handled?"],
     ['requests.total_processed.legal_person'], 118),
    # table 三's sub-item told as a story, its "、" one line's
    (['淮安市2024年，申请人超过期限也没补正材料、机关于是不再处理的，一共几件？'], ['requests.other.overdue_correction.total'], 71),
    # a remark about the asker's work after the question is no comparison asked
    (['Hongze district 2023, how many admin licensing decisions? working on a county comparison, ty'],
     ['active.licensing.decisions'], 550),
    # "release fully or partly": granted and partially granted
    (["How many requests did Huai'an's government release fully or partly in 2024?"],
     ['requests.granted.total', 'requests.partially_granted.total'], 1816),
    (["How many requests did Huai'an grant in full or in part in 2024?"],
     ['requests.granted.total', 'requests.partially_granted.total'], 1816),
    # "Is 2025 bigger, and if so by how much?": the two years just asked compared
    (['New requests from companies, Shanghai General Office 2019?', 'And 2025?', 'Was 2025 higher, and if so by how much?'],
     ['requests.received.commercial'], 1),
    # the cell named in the sentence before a bare "How many was it?"; an errand before it
    (['Huaian 2024, requests from legal service firms that were disclosed in full. How many was it?'],
     ['requests.granted.legal_services'], 50),
    (['My boss asked me to double check one figure: Huaian 2024, requests from legal service outfits (法律服务机构) that '
      'were disclosed in full. How many was it?'], ['requests.granted.legal_services'], 50),
    # two columns of one row pointed at ("这俩"), the turn before read with its other direction beside it
    (['上海市政府办公厅2025年上年结转的申请里，自然人的有多少件？', '法律服务机构结转的有几件', '这俩加一起是多少'],
     ['requests.carried_over.natural_person', 'requests.carried_over.legal_services'], 174),
    # "the combined caseload", "on their plate altogether": the two figures just given, added
    (['New requests received by the Shanghai General Office in 2019?', 'Plus how many carried in from 2018?',
      'So what was the total caseload for 2019?'], ['requests.received.total', 'requests.carried_over.total'], 877),
    (['Total new disclosure requests at the Shanghai Science and Technology Commission in 2024?',
      'and how many were carried in from 2023?', 'So how many did they have on their plate altogether?'],
     ['requests.received.total', 'requests.carried_over.total'], 36),
    # "per item (9) of table 2": the item's cell, no fee rate
    (['Jianxi District government office, 2020: what was the total value of its centralized government procurement, per item (9) '
      'of table 2?'], ['active.procurement.amount'], 28.6232),
    # read sets of earlier sessions (pools 27–32, read since): measures and rows said around the cell
    (['Jianxi 2020 - rules (规章) newly made?', 'and normative documents released publicly altogether?'],
     ['active.normative_docs.total_published'], 2),
    (['STCSM, 2024: normative docs issued during 2024 - just the new ones, not the whole in-force stock'],
     ['active.normative_docs.issued'], 13),
    (["Huai'an, 2024: requests it could not answer because the wording remained unclear even after the applicant was asked "
      "to clarify it. How many?"], ['requests.unable.unclear.total'], 1),
    (['How many requests did the Shanghai science commission finish handling in 2024, counting the ones it inherited from '
      '2023 too?'], ['requests.total_processed.total'], 35),
    (['洪泽区2023年表四的复议总计印成了0，我想核对一下：复议“结果维持”那一栏印的是几？'], ['appeals.review.upheld'], 10),
    (['Shanghai General Office 2019, requests refused as administrative queries - how many from natural persons?',
      'And from companies?', 'Put together?'],
     ['requests.withheld.admin_query.natural_person', 'requests.withheld.admin_query.commercial'], 12),
    (['洪泽区2023年年报表四，行政复议“总计”那一格写的是0。将维持、纠正、其他结果、尚未审结四格加起来，应该是多少？'],
     ['appeals.review.upheld', 'appeals.review.corrected', 'appeals.review.other', 'appeals.review.pending'], 11),
    (['In 2025, how many requests had the Shanghai General Office brought forward from 2024 (coming in, not the ones carried '
      'over to 2026)?'], ['requests.carried_over.total'], 189),
    (["How many reconsideration cases did Huai'an have in 2024?", 'Same question for the Jianxi District office, 2020.',
      'Set Shuyang 2025 beside them - which of the three had the fewest?'], ['appeals.review.total'], 1),
    (['Hongze District 2024: administrative licensing decisions?', '2023?', 'How much lower was the earlier year?'],
     ['active.licensing.decisions'], 8937),
    (['How many more requests did the Shanghai General Office get through in 2025 than in 2019?'],
     ['requests.total_processed.total'], 386),
    (['上海市府办25年被申请行政复议的有几件 (表里那个含结转的数就可以)'], ['appeals.review.total'], 55),
    (['上海市政府办公厅2019年对外公开的规范性文件总数是多少？'], ['active.normative_docs.total_published'], 368),
    # a column's label in brackets says who; "that same answer" still points back to the story's row
    (["I do the paperwork at a small trading company and Huaian once told us they dont hold the info we asked for. In "
      "Huaian's 2024 report, how many business applicants (商业企业) got that same answer?"],
     ['requests.unable.not_held.commercial'], 12),
    # "How many of those documents are in force now?" after the documents issued: the kind's count in force
    (["How many normative documents did Huai'an issue in 2024?", 'How many of those documents are in force now?'],
     ['active.normative_docs.in_force'], 66),
    # the Chinese label in brackets names what "such cases" points back to
    (['my aunt went to court against Huaian after her admin review was turned down. how many such cases (复议后起诉) did Huaian '
      'have in 2024?'], ['appeals.litigation_after_review.total'], 20),
])
def test_cells_read_session41(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # a finer ending of one row's requests (withdrawn by the applicant): no sentence's unrelated number
    ['沭阳县2025年“其他处理”里那143件“其他”，有多少是申请人自己撤回的？'],
    ['沭阳县2025年其他处理的申请里，申请人主动撤回的有几件？'],
    # the text's count quoted, a part of it asked: never the count itself
    ['上海市府办2025年有157件是申请人主动撤回的，有多少是因为被劝撤的？'],
    ['The Shanghai General Office had 157 withdrawn requests in 2025 - how many were withdrawn after a phone call?'],
])
def test_finer_outcome_no_unrelated_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


def test_finer_outcome_keeps_the_texts_own_count(svc):
    """上海市府办 2025's text counts its withdrawals (含申请人主动撤回157件): that sentence's number, quoted."""
    rec = ask_conversation(svc, '上海市政府办公厅2025年申请人主动撤回的申请有多少件？')
    assert rec["value"] == 157 and "撤回157件" in rec["answer"].replace(" ", ""), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # requests withdrawn, asked in words the sentence does not share: the text's own count (含申请人主动撤回157件)
    (['2025年向上海市政府办公厅递交公开申请后又自己撤回的有多少件？'], 157),
    # new-media accounts (hyphenated, or named in the sentence before a bare "how many are there?"): the text's count
    (["Huaian 2024: how many government new-media accounts are still being run?"], 95),
    # the import expo (进博会) reported on Douyin: 41 short videos
    (['Shanghai 2019, import expo (进博会) coverage on Douyin — how many short videos?'], 41),
    (["the Huaian 2024 report talks about government new-media accounts still being run. how many are there?"], 95),
])
def test_text_numbers_session41(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]


def test_a_fee_rate_per_item_still_declined(svc):
    rec = ask_conversation(svc, 'What did Jianxi charge per item in 2020?')
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (['上海市府办2019年因为信访、重复申请等原因不予处理的，所有申请人合计多少件？'], 158),
    (['上海市政府办公厅2019年表三“予以公开”那一行总计栏空着，按六类申请人逐列相加，这一行应该是多少？'], 272),
])
def test_a_blank_total_settled_by_its_columns(svc, turns, value):
    """上海市府办 2019 leaves these 总计 cells blank: the columns' sum, said to be the table's own sums."""
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and "留空" in rec["answer"], rec["answer"][:300]


# after pool 34's score (its tests read since)
@pytest.mark.parametrize("turns", [
    # a rank among bodies no report held speaks for
    ['上海市政府办公厅2025年不予公开的数量在全国省级政府里排第几？'],
    ['How does the Shanghai General Office rank among all provincial governments for requests refused in 2025?'],
    # decisions of table 二 by what they decided
    ['淮安市政府2024年的行政许可决定里，有多少是企业开办登记？'],
    ["How many of Huai'an's 2024 licensing decisions were business registrations?"],
])
def test_after_pool34_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # what the asker is checking, said after the question: no sum asked
    (['上海市科委2024年表三“（七）总计”那一格是多少？我在核对新收加结转是否等于办结加转下年。'], ['requests.total_processed.total'], 35),
    # "那两项合到一起呢", "两类凑一起": the two just given, added
    (['淮安市2024年予以公开多少件？', '部分公开呢？', '那两项合到一起呢？'],
     ['requests.granted.total', 'requests.partially_granted.total'], 1816),
    (['淮安市2024年新收申请里法律服务机构的有几件？', '商业企业的呢？', '两类凑一起是多少件？'],
     ['requests.received.legal_services', 'requests.received.commercial'], 114),
    # the plain count still read
    (['淮安市2024年行政许可决定有多少？'], ['active.licensing.decisions'], 447228),
])
def test_after_pool34_cells(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]
