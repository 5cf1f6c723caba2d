"""Reading classes of the twentieth session (2026-12-03), found in the read blind sets (pool 13's dev
parts, and pool 12's test parts, read after they were scored once; pool 13's test parts, blind171–176,
were frozen before this work and stay unread): two cells just given added ("Together?", "两类…加起来",
"再把…加进去"), the sum just given narrowed to one column ("只看自然人的话，这两项合计"), "后一年减前一年"
over the two years just given, a part of a printed count no table splits out (one industry of the
companies (not an ownership word: 民营企业 stays the commercial column), where the followers live, what was passed on to another office, per head of population,
the suppliers of a procurement) gets no number, "（含部分公开）" adds the part named, "refused because
X" is X's row, "carried from 2018" came in, "其中自然人提出的" keeps the row just given, "…, both declined"
adds no row, a locator ("总体情况那段文字里") and a sender after the question ("老师让我们查的") are not
the quantity. The wordings are the team's own variants, asked of the real engine over the real corpus
reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _last(svc, turns):
    ctx, rec = None, None
    for q in turns:
        ans = svc.ask(q, context=ctx)
        ctx, rec = ans.query, ans.record
    return rec


@pytest.mark.parametrize("turns, value, keys", [
    (["淮安2024年因为属于内部事务信息不予公开的有几件？", "行政执法案卷那一项呢？", "加起来呢？"], 17,
     {"requests.withheld.internal_affairs.total", "requests.withheld.enforcement_files.total"}),
    (["Huai'an 2024: requests withheld as internal-affairs information?", "And as law-enforcement case files?", "Combined?"], 17,
     {"requests.withheld.internal_affairs.total", "requests.withheld.enforcement_files.total"}),
    (["淮安2024年复议后又起诉的官司有几件？", "其中法院维持的呢？", "直接起诉里维持的呢？", "这两类维持的合起来多少？"], 25,
     {"appeals.litigation_after_review.upheld", "appeals.litigation_direct.upheld"}),
    (["淮安市2024年重复申请不予处理的有几件？", "那再把信访举报投诉类的也算进去，总共多少？"], 87,
     {"requests.not_processed.duplicate.total", "requests.not_processed.petition.total"}),
    (["淮安市2024年予以公开多少件？", "要是把部分公开也加上，一共多少？", "只看自然人这一栏，这两项合计呢？"], 1735,
     {"requests.granted.natural_person", "requests.partially_granted.natural_person"}),
])
def test_cells_just_given_added(svc, turns, value, keys):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "sum", rec["answer"][:300]
    assert _keys(rec) == keys


def test_a_bare_total_after_two_columns_is_the_rows_total_not_their_sum(svc):
    rec = _last(svc, ["淮安市2024年自然人新收了多少申请？", "商业企业呢？", "一共多少？"])
    assert rec["value"] == 3119 and _keys(rec) == {"requests.received.total"}, rec["answer"][:300]


def test_later_year_minus_earlier_year_over_the_two_years_just_given(svc):
    rec = _last(svc, ["上海市府办2019年新收申请多少件？", "2025年的报告里呢？", "用后一年减去前一年，差几件？"])
    assert rec["value"] == 436, rec["answer"][:300]
    assert {r["year"] for r in rec["reports"]} == {2019, 2025}


@pytest.mark.parametrize("turns", [
    ["淮安市2024年有多少件申请是房地产企业提的？"],
    ["淮安市2024年外贸企业提出的信息公开申请有几件？"],
    ["上海市科委2024年公众号关注人数多少？", "这些关注者里，有多少是做科研工作的？"],
    ["STCSM's WeChat account: how many followers did it have in 2024?", "How many of them are based in Shanghai?"],
    ["In 2025, how many of the Shanghai General Office's duplicate requests were forwarded to another bureau?"],
    ["Per 100,000 residents, how many requests did Huai'an receive in 2024?"],
    ["淮安市2024年每万人提了多少件信息公开申请？"],
    ["涧西区2020年政府集中采购项目有几个？", "都是哪些供应商中标的？"],
])
def test_parts_no_table_prints_get_no_number(svc, turns):
    rec = _last(svc, turns)
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:300]


@pytest.mark.parametrize("question, value, keys", [
    ("沭阳县2025年公开的申请（含部分公开）共有多少件？", 395, {"requests.granted.total", "requests.partially_granted.total"}),
    ("沭阳县2025年公开了多少件（包括部分公开）？", 395, {"requests.granted.total", "requests.partially_granted.total"}),
    ("沭阳县2025年不予公开的有多少件（含属于国家秘密的）？", 32, {"requests.withheld.total"}),
])
def test_a_part_said_to_be_included(svc, question, value, keys):
    rec = _last(svc, [question])
    assert rec["value"] == value, rec["answer"][:300]
    assert _keys(rec) >= keys or rec["answer"].count("32") >= 1


@pytest.mark.parametrize("question, value, key", [
    ("In 2025, how many requests did the Shanghai General Office turn down because the information would have to be newly compiled?",
     48, "requests.unable.needs_creation.total"),
    ("Huai'an 2024: how many requests were refused because they concerned state secrets?", 2, "requests.withheld.state_secret.total"),
])
def test_refused_because_is_the_reasons_row(svc, question, value, key):
    rec = _last(svc, [question])
    assert rec["value"] == value and _keys(rec) == {key}, rec["answer"][:300]


def test_carried_from_the_year_before_came_in(svc):
    rec = _last(svc, ["Shanghai General Office 2019: individuals' new requests plus individuals' requests carried from 2018, in total?"])
    assert rec["value"] == 839, rec["answer"][:300]
    assert _keys(rec) == {"requests.received.natural_person", "requests.carried_over.natural_person"}


def test_of_those_filed_by_a_column_keeps_the_row(svc):
    rec = _last(svc, ["淮安市2024年答复本机关不掌握相关信息的有多少件？", "其中自然人提出的有几件？"])
    assert rec["value"] == 746 and _keys(rec) == {"requests.unable.not_held.natural_person"}, rec["answer"][:300]


def test_what_befell_the_rows_added_is_no_row(svc):
    rec = _last(svc, ["Shanghai General Office 2025: duplicate requests plus petition-type ones, all of them declined - how many in total?"])
    assert rec["value"] == 78, rec["answer"][:300]
    assert _keys(rec) == {"requests.not_processed.duplicate.total", "requests.not_processed.petition.total"}


@pytest.mark.parametrize("turns, value", [
    (["洪泽区2024年报告总体情况这一段里，区政府办受理了多少件申请？"], 17),
    (["淮安2024年召开了几场新闻发布会？老师让我们查一下的"], 12),
    (["Shanghai General Office 2025: how many documents had their disclosure attribute reviewed?"], 166),
    (["上海市政府办公厅2025年行政复议尚未审结几件？", "2019年那时候呢？"], 2),
    (["Jianxi 2020: requests carried forward to the next year?", "Sorry, I meant the Shanghai General Office in 2019."], 72),
])
def test_locators_senders_and_corrections_are_not_the_quantity(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns, value, keys", [
    (["淮安24年整件都公开了的申请有多少？"], 1362, {"requests.granted.total"}),
    (["Shuyang FY2025: in how many requests was the whole record handed over?"], 294, {"requests.granted.total"}),
    (["Huai'an 2024: fully opened and partly opened requests, added up?"], 1816,
     {"requests.granted.total", "requests.partially_granted.total"}),
])
def test_everyday_words_for_granted(svc, turns, value, keys):
    rec = _last(svc, turns)
    assert rec["value"] == value and _keys(rec) == keys, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["上海市政府办公厅2025年召开了几场新闻发布会？", "那新闻通气会呢？"], 19),
    (["How many items did Shuyang's county portal post proactively in 2025?", "And the county departments on their own pages?"], 3044),
])
def test_another_thing_the_text_counts_asked_after_a_text_number(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns, value, key", [
    (["淮安市2024年予以公开的申请有几件？", "你说的这个数里，商业企业申请的有多少？"], 21, "requests.granted.commercial"),
    (["淮安2024年本机关不掌握相关信息的有几件？", "你刚才那个数是全部申请人的吧？只算自然人呢？"], 746, "requests.unable.not_held.natural_person"),
    (["淮安市2024年信息公开行政复议一共几件？", "你刚才说的那个总数里还没审结的有几件？"], 37, "appeals.review.pending"),
])
def test_the_figure_just_given_pointed_at(svc, turns, value, key):
    rec = _last(svc, turns)
    assert rec["value"] == value and _keys(rec) == {key}, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["淮安2024年行政处罚决定有多少？", "2025年会不会比这个还多？", "那行政强制呢？"], 88283),
    (["Huai'an 2024 fees collected, in 10,000 yuan?", "Which bureau took in the bulk of that?", "And licensing decisions?"], 447228),
    (["Shuyang 2025: partly disclosed requests from individuals?", "And from law firms?", "Huai'an 2024, individuals again?"], 447),
])
def test_after_a_turn_that_gave_no_number_the_conversation_goes_on(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["洪泽区2023年现行有效的规范性文件有几件？", "抱歉，我问的是沭阳县2025年的"], 32),
    (["洪泽区2023年行政事业性收费多少万元？", "弄错了，我要的是洪泽2024年的"], 7545),
    (["Hongze 2023: administrative penalty decisions?", "Sorry, I wanted coercion, not penalties."], 195),
    (["洪泽2024年行政复义有几件"], 2),
    (["淮安2024年行政处发决定多少"], 3985758),
    (["沭阳县2025年新收申请多少件？上年结转的别加进来哈"], 713),
])
def test_corrections_typos_and_exclusions_said_in_passing(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


def test_the_time_split_words_are_breakdown_words():
    """The engine's guard names splits by time through BREAKDOWNS' own words: a word renamed there must
    not leave the guard reading nothing."""
    from vocab.narrative_terms import BREAKDOWNS, TIME_SPLIT_WORDS

    assert TIME_SPLIT_WORDS <= {w for _, words in BREAKDOWNS for w in words}
