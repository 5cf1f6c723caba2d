"""Reading classes of the thirty-fifth session (2026-12-05): pool 28's dev parts and pool 27's tests (read since the
thirty-fourth session) — the wordings or the team's variants of them — asked of the real engine over the real corpus
reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


HONGZE_PENALTIES = ['How many administrative penalty decisions did Hongze District make in 2024?', 'Same thing for 2023?']


@pytest.mark.parametrize("turns, keys, value", [
    # "Which year had more? What's 2024 minus 2023?": the two years just given, written again — their difference,
    # not the bodies ranked in one of them
    (HONGZE_PENALTIES + ["Which year had more? What's 2024 minus 2023?"], ['active.punishment.decisions'], -1343),
    (['洪泽区2024年行政强制决定多少件？', '2023年呢？', '哪年多？2024减2023是多少'], ['active.coercion.decisions'], -111),
    # the number just given, echoed in surprise before the question: "hm zero? how bout 2024 then"
    (["In Hongze's 2023 report, how many requests were granted in full?", 'hm zero? how bout 2024 then'],
     ['requests.granted.total'], 50),
    (["In Hongze's 2023 report, how many requests were granted in full?", '0件？那2024年呢'], ['requests.granted.total'], 50),
    # a body set aside, then the one meant: "哦不是淮安，我问的是沭阳县2025年的"
    (['淮安市2024年行政许可决定数量是多少？', '哦不是淮安，我问的是沭阳县2025年的。'], ['active.licensing.decisions'], 517645),
    (['淮安市2024年行政许可决定数量是多少？', '沭阳县2025年的，不是淮安的'], ['active.licensing.decisions'], 517645),
    (['淮安市2024年行政许可决定数量是多少？', "not Huai'an, Hongze 2024"], ['active.licensing.decisions'], 9487),
    # "no ready-made information existed and it would have had to be put together": needs creating (no sum of parts)
    (['Shuyang 2025: how many requests failed because no ready-made information existed and it would have had to be '
      'put together?'], ['requests.unable.needs_creation.total'], 2),
    # 区分处理 (article 37's separate handling) is partial disclosure, not a split "by district" (按区分)
    (['淮安市2024年商业企业的申请中，按区分处理只给了部分公开的有几件？'], ['requests.partially_granted.commercial'], 7),
    # a clause setting a reading aside is not read by the learned reader's doubt ("…, not the reviews themselves")
    (["How many review cases went against Huai'an in 2024, with the result corrected?",
      'Sorry, I meant lawsuits filed after review, not the reviews themselves.'],
     ['appeals.litigation_after_review.corrected'], 1),
])
def test_cells_read_session35(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("question, elliptical", [
    ("那2024年呢？", True), ("花了多少钱？", True), ("And for 2022?", True), ("What about the companies?", True),
    ("How many of them were about process information?", True),
    ("个人申请的再按男女分一下，各多少件？", False), ("Which enforcement agencies issued most of those penalties?", False),
    ("What kinds of information were those two requests asking for?", False),
])
def test_follow_up_ellipsis(question, elliptical):
    """A follow-up leaning on the earlier turn's quantity is spared the kind reader's veto only when its own words are an
    ellipsis; one of more words is vetoed at kind_reader.FOLLOW_UP_VETO (0.9)."""
    from rag.engine import _elliptical

    assert _elliptical(question) is elliptical


def test_bare_follow_up_keeps_its_number(svc):
    # "花了多少钱？" after the procurement count reads 1.0 on its own words: an ellipsis, never vetoed
    rec = ask_conversation(svc, '上海市府办2019年采购项目是几个？', '花了多少钱？')
    assert rec["value"] is not None and not rec.get("vetoed"), rec["answer"][:300]


SHUYANG_NEW = '沭阳县2025年新收申请多少件？'
SHUYANG_NEW_EN = 'How many new requests did Shuyang get in 2025?'
REST_OF_COMMERCIAL = ['requests.received.natural_person', 'requests.received.research', 'requests.received.public_interest',
                      'requests.received.legal_services', 'requests.received.other_org']
REST_OF_LAW_FIRMS = ['requests.received.natural_person', 'requests.received.commercial', 'requests.received.research',
                     'requests.received.public_interest', 'requests.received.other_org']


@pytest.mark.parametrize("turns, keys, value", [
    # a whole of table 三 with applicant columns set aside: the whole's other columns, added — it gave the whole (713)
    # as if nothing were set aside, a confident wrong number
    (['沭阳县2025年新收申请中，除了企业以外的有多少件？'], REST_OF_COMMERCIAL, 710),
    (['沭阳县2025年新收申请，不算企业的话有多少件？'], REST_OF_COMMERCIAL, 710),
    (['How many new requests did Shuyang get in 2025, excluding law firms?'], REST_OF_LAW_FIRMS, 708),
    ([SHUYANG_NEW, '去掉企业还有多少？'], REST_OF_COMMERCIAL, 710),
    ([SHUYANG_NEW_EN, "Excluding law firms, what's left?"], REST_OF_LAW_FIRMS, 708),
    ([SHUYANG_NEW_EN, "Leave law firms out - what's left?"], REST_OF_LAW_FIRMS, 708),
    ([SHUYANG_NEW_EN, "What's the figure without organisations?"], ['requests.received.natural_person'], 705),
    # the check of the figure just given, then the part asked or set aside in the last sentence
    ([SHUYANG_NEW, '这里头有企业的吧？光看个人的呢？'], ['requests.received.natural_person'], 705),
    ([SHUYANG_NEW, '这里面企业的也算进去了？去掉企业还有多少？'], REST_OF_COMMERCIAL, 710),
    ([SHUYANG_NEW_EN, "Is that including organisations? What's the figure without them?"], ['requests.received.natural_person'], 705),
    ([SHUYANG_NEW_EN, "Are law firms in there? Leave them out - what's left?"], REST_OF_LAW_FIRMS, 708),
    (['沭阳县2025年予以公开多少件？', '这是全部公开的吧？部分公开的另外算吗？部分公开多少？'], ['requests.partially_granted.total'], 101),
])
def test_whole_less_a_part(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # an appeals row with outcomes set aside in so many words: the row's other outcomes, added (it asked back among them)
    (['淮安市2024年行政复议除了维持的还有多少件？'], ['appeals.review.corrected', 'appeals.review.other', 'appeals.review.pending'], 279),
    (['淮安市2024年行政复议多少件？', '去掉维持的还剩多少？'],
     ['appeals.review.corrected', 'appeals.review.other', 'appeals.review.pending'], 279),
    # the organisations said by setting persons aside: the learned reader's doubt (it reads 自然人) does not ask back
    (['淮安市2024年新收申请，自然人以外的有多少？'], ['requests.received.legal_person'], 118),
    (["How many of Huai'an's 2024 new requests came from anyone other than individuals?"], ['requests.received.legal_person'], 118),
    # one quantity of two bodies, each in its own report, added (it gave the two figures and no total)
    (['洪泽区2024年和沭阳县2025年新收申请加起来多少？'], ['requests.received.total'], 808),
    (['Add up new requests for Hongze 2024 and Shuyang 2025.'], ['requests.received.total'], 808),
])
def test_rest_and_bodies_added(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_bodies_added_cite_each_report(svc):
    rec = ask_conversation(svc, '淮安市2024年和洪泽区2024年行政复议合计多少件？')
    assert rec["value"] == 353 and "来源" in rec["answer"] and "淮安市洪泽区人民政府2024年政府信息公开工作年度报告" in rec["answer"]
    # a body without a report of the year: said so, no total
    rec = ask_conversation(svc, '洪泽区和沭阳县2024年新收申请加起来多少？')
    assert rec["value"] is None and not rec["found"]


@pytest.mark.parametrize("question", [
    "洪泽区2024年新收申请是2023年的几倍？",
    "How many times more new requests did Hongze get in 2024 than in 2023?",  # it gave the difference, 74
])
def test_a_multiple_is_not_the_difference(svc, question):
    rec = ask_conversation(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]
