"""Reading classes of the twenty-fourth session (2026-12-04), found in pool 16's test parts (blind189–194,
read after they were scored once) and pool 17's dev parts (pool 17's test parts, blind195–200, were frozen
before this work and stay unread): a follow-up that says "same question" or "same outcome" keeps the outcome
asked before; the rest of a whole once a part is taken out; "所有申请人加在一起"; a total "businesses included";
the thing a check of the figure names, then counted ("Does that include X? How many of those?"); the last
two figures added when each was read in several formats' labels; which of two years was higher and by how
much; and splits, forecasts and names the reports never give. The wordings are the team's own variants,
asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _last(svc, turns):
    return ask_conversation(svc, *turns)


@pytest.mark.parametrize("turns, key, value", [
    # an outcome asked "of those" carries to the next group only when the question says it is the same one
    (["Huai'an 2024 lawsuits filed directly?", "Of those, how many were upheld?", "Same question for the suits after a review."],
     "appeals.litigation_after_review.upheld", 12),
    (["淮安2024年直接起诉的行政诉讼有几件", "其中纠正的", "同样的问题，复议后起诉的呢"], "appeals.litigation_after_review.corrected", 1),
    (["Huai'an 2024 reconsiderations?", "How many of them were corrected?", "Now the same outcome for the direct suits."],
     "appeals.litigation_direct.corrected", 4),
    (["淮安2024年直接起诉的行政诉讼有几件", "其中纠正的", "那复议后起诉的呢"], "appeals.litigation_after_review.total", 20),
    # the whole, a part named as included in it
    (["STCSM 2024: new requests from individuals?", "And the overall figure, companies included?"], "requests.received.total", 34),
    # every applicant added, after two columns of one row
    (["上海市人民政府办公厅2019年本机关不掌握的申请，自然人几件？", "商业企业那一列呢", "全部申请人加在一起是多少？"],
     "requests.unable.not_held.total", 265),
    # the rest guessed to be one column, then counted
    (["上海市科委2024年新收申请总数？", "其中商业企业几件？", "剩下的都是自然人吧？几件？"], "requests.received.natural_person", 32),
    # the thing a check names, counted by the sentence pointing at it
    (["淮安市2024年无法提供的有几件", "这里面含“补正后仍不明确”的吗？那一项单独多少？"], "requests.unable.unclear.total", 1),
    (["Huai'an 2024: lawsuits of both kinds together?", "Does that include reconsiderations? If not, how many of those?"],
     "appeals.review.total", 351),
    (["Huai'an 2024 requests received?", "Is that counting law firms too? How many of those were there?"],
     "requests.received.legal_services", 61),
    (["Shanghai General Office 2019: requests carried over from 2018?", "Were they all individuals? Give me the company count."],
     "requests.carried_over.commercial", 0),
    # a number quoted from the turn before, split by an applicant column the table prints
    (["淮安市2024年不予公开里属于行政查询事项的有几件？", "这105件里有商业企业提的吗？"], "requests.withheld.admin_query.commercial", 0),
    (["涧西区政府办2020年新收申请几件", "洪泽区2023年呢？", "洪泽这21件里自然人提的有多少？"], "requests.received.natural_person", 21),
    # 'without good reason' beside the overdue correction is that row's
    (["Huai'an 2024: requests dropped because the applicant failed to correct them in time without good reason?"],
     "requests.other.overdue_correction.total", 71),
    (["Shuyang 2025: requests for a public publication?", "And excessive repeated requests without good reason?"],
     "requests.not_processed.excessive.total", 0),
    # steps of one story and examples of the group read are no second part to add
    (["淮安市政府2024年，申请人补正了、内容还是不明确、最后无法提供的，一共几件？"], "requests.unable.unclear.total", 1),
    (["沭阳县2025年因为信访、重复申请等原因不予处理的申请合计多少件？"], "requests.not_processed.total", 19),
    # an aside on what the count holds is no second quantity
    (["Shanghai General Office 2025 reconsiderations (the table says it includes carried-over ones)?"], "appeals.review.total", 55),
    (["Huai'an 2024 lawsuits filed straight to court with no administrative review first — how many finished upheld?"],
     "appeals.litigation_direct.upheld", 13),
    (["Jianxi District office 2020 regulations made?", "And newly produced normative documents?"], "active.normative_docs.made", 2),
    (["Shanghai municipal general office 2025: how many requests did it carry on into 2026?"], "requests.carried_forward.total", 293),
    (["淮安2024年予以公开加上部分公开一共几件？我想自己算个公开率"], None, 1816),
    # a statement, then a question pointing back into it
    (["Hongze 2023's appeals table prints 0 as the reconsideration total. What does the 'upheld' cell beside it say?"],
     "appeals.review.upheld", 10),
    (["Huai'an 2024 says 3050 requests were answered. How much of that total does the table attribute to companies?"],
     "requests.total_processed.commercial", 53),
    (["Huai'an 2024 requests handled for individuals?", "Sorry, wrong column — I wanted commercial enterprises."],
     "requests.total_processed.commercial", 53),
    # people named in passing ("群众要的东西") are no column; the place told of the asker says which 县政府
    (["洪泽区2023年，群众要的材料没有现成的、要另外制作，最后答复无法提供的有几件？"], "requests.unable.needs_creation.total", 3),
    (["我是沭阳本地人 帮孩子查作业，县政府2025年新收的申请有多少件？"], "requests.received.total", 713),
    # read after pool 17's score
    (["淮安2024年复议结束后又提起行政诉讼的有几件"], "appeals.litigation_after_review.total", 20),
    (["淮安市政府2024年新收申请几件", "企业、律所这些单位加起来申请了多少件？"], "requests.received.legal_person", 118),
    # corrections and bare follow-ups
    (["Shanghai General Office 2025: total requests handled?", "My mistake - I want the 2019 report, not 2025."],
     "requests.total_processed.total", 805),
    (["Huai'an 2024 partially granted to individuals?", "My mistake — the companies, please."], "requests.partially_granted.commercial", 7),
    (["2024年洪泽区行政许可决定多少", "不好意思，我要问的是2023年的"], "active.licensing.decisions", 550),
    (["Huai'an 2024 'not held' answers to companies?", "to law firms?", "others (其他)?"], "requests.unable.not_held.other_org", 1),
    (["Huai'an 2024 new requests from individuals?", "Hongze 2023 for comparison?"], "requests.received.natural_person", 21),
    (["Huai'an 2024 reconsiderations still pending at year end?", "What was the equivalent figure for Shuyang in 2025?"],
     "appeals.review.pending", 15),
    (["Hongze 2024 penalty decisions?", "And 2023?", "What's the change going from 2023 to 2024?"], "active.punishment.decisions", -1343),
])
def test_the_quantity_meant(svc, turns, key, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]
    if key:
        assert key in fact_keys(rec), (fact_keys(rec), rec["answer"][:300])


@pytest.mark.parametrize("turns, value", [
    (["Shuyang 2025 administrative penalty decisions?", "And coercion decisions?", "Sum of both?"], 696111),
    (["上海市政府办公厅2019年规章新制作几件？", "规范性文件新制作几件？", "两个一共几件？"], 73),
    (["沭阳县2025年新收申请几件？", "上年结转的呢？", "两者相加是多少？"], 749),
    (["Shanghai General Office 2025 reviews still pending?", "And direct suits pending?", "Combined, how many open cases is that?"], 11),
    (["Huai'an 2024 requests from organisations rather than individuals?", "How many of them from law firms?",
      "Leave them out — how many organisation requests are left?"], 57),
    (["上海市科委2024年新收申请一共几件？", "其中商业企业几件？", "剩下的呢？"], 32),
    (["Shanghai General Office 2025 not processed as petitions?", "And duplicates?", "What's the combined number?"], 78),
    (["沭阳县2025年信访举报投诉类不予处理几件？", "重复申请那一行呢？", "公开出版物的呢？", "这三行加起来多少？"], 19),
])
def test_figures_added(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "sum", rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["上海市人民政府办公厅2019年结转下年度的申请几件？", "2025年的年报里呢？", "哪一年结转的多，多几件？"], 221),
    (["Shanghai General Office 2019: new requests from individuals?", "Same for 2025?", "How many more came in 2025?"], 438),
])
def test_the_change_between_the_two_years_just_given(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


def test_a_year_not_held_is_said_so_when_the_asker_mentions_another_aside(svc):
    rec = _last(svc, ["上海科委2023年收到几件申请（我只找到24年的）"])
    assert rec["value"] is None and "2023" in rec["answer"], rec["answer"][:300]


def test_a_group_total_and_its_sub_items_are_never_added(svc):
    rec = _last(svc, ["淮安2024年其他处理一共几件", "其中逾期不补正的有几件？", "逾期不交费的呢？", "三个小项加起来是多少，跟总数对得上吗？"])
    keys = fact_keys(rec)
    assert rec["value"] in (None, 187), rec["answer"][:300]
    assert not ("requests.other.total" in keys and any(k.startswith("requests.other.overdue_") for k in keys)), keys


def test_the_same_measure_in_another_year(svc):
    rec = _last(svc, ["上海市府办2025年行政复议总数是多少？", "按同一口径，2019年呢"])
    assert rec["value"] == 7 and fact_keys(rec) == {"appeals.review.total"}, rec["answer"][:300]


def test_a_body_sentence_is_quoted_over_a_section_heading(svc):
    rec = _last(svc, ["Jianxi 2020: how many pilot areas did its standardisation work cover?"])
    assert rec["value"] == 26 and not rec["answer"].split("“", 1)[1].startswith("一、"), rec["answer"][:300]
    assert any(p["text"].startswith("一、统筹推进26个") for p in rec.get("passages") or []), rec.get("passages")


def test_the_text_stating_the_same_sum_of_outcomes_is_quoted(svc):
    rec = _last(svc, ["Shanghai General Office 2025: granted in full?", "Full and partial together?"])
    assert rec["value"] == 208 and "予以公开及部分公开" in rec["answer"], rec["answer"][:400]


@pytest.mark.parametrize("question, value", [
    ("“上海科技”公众号有多少关注的人？查市科委2024年年报", 1016823),
    ("术阳县政府网站2025年整改失效链接多少处", 43),
    ("My dad wants to know: how many full-coverage checks of disclosure columns did Huai'an run in 2024?", 4),
    ("Jianxi 2020: how many items did the office itemize for disclosure?", 601),
    ("涧西区政府办2020年正文有“在办2件”的说法，表三的结转下年度继续办理填的多少？", 2),
])
def test_numbers_the_text_states(svc, question, value):
    rec = _last(svc, [question])
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["How many of Huai'an's 447228 licensing decisions in 2024 were made by the Hongze government?"],
    ["2025年上海政策短视频里出镜的处长都是哪几位？"],
    ["上海市府办2025年行政复议尚未审结几件", "这些案子大概什么时候能审结？"],
    ["Shanghai General Office 2025 reconsiderations?", "Were any of them about land expropriation? How many?"],
    ["Shuyang 2025 other handling, 'other'?", "What kinds of 'other' handling were those?"],
    ["淮安市2024年本机关不掌握的申请中自然人几件", "这些自然人里多少其实是律师以个人名义申请的？"],
    # read after pool 17's score
    ["Of Huai'an's 3,119 requests in 2024, how many were handled by Hongze District?"],
    ["What mistakes led to Huai'an's 2024 reconsideration decisions being corrected?"],
    ["上海市府办2025年申请人最多的是哪个区的"],
    ["Shuyang 2025 refusals to protect third parties?", "Which companies were those third parties?"],
    ["淮安市政府2024年因为重复申请不予处理的有几件", "这些重复申请是多少个人提的？"],
    ["STCSM 2024 new requests from individuals?", "How many of those individuals were researchers?"],
])
def test_declined_without_a_number(svc, turns):
    rec = _last(svc, turns)
    assert rec["value"] is None and not rec.get("facts") and not rec.get("clarify"), rec["answer"][:300]
