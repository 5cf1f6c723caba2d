"""Reading classes from blind12's dev part and the scored tests of blind7–11 (retired into
development material): each is asked of the real engine over the real corpus reports, and the
cell (or the sentence) it answers from is checked, not only the number."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _states(svc, question: str, value, words: str) -> None:
    """The answer is ``value``, quoted from the report's sentence that holds ``words``."""
    rec = _ask(svc, question)
    assert rec["value"] == value
    assert any(words in p["text"].replace(" ", "") for p in rec["passages"])


@pytest.mark.parametrize("question, value, words", [
    # a noun phrase alone asks how many
    ("Shuyang 2025 broken links fixed?", 43, "失效链接43处"),
    ("Hongze 2023 items proactively published on website?", 1136, "1136条"),
    # counting the checks is not a consistency check
    ("shanghai 2019 report says they check gov websites every quarter - how many sites is that", 70, "70家政府网站"),
    # 组织 the verb is not the column of organisations
    ("淮安市2024年组织了几次检查", 4, "4次"),
    # a list's verb stands for every item ("整改不规范描述22处、失效链接43处、各类错误信息83处")
    ("沭阳县2025年网站巡检整改了多少处失效链接", 43, "失效链接43处"),
    ("shuyang county 2025 how many wrong info items got fixed in the website checks", 83, "错误信息83处"),
    # back-to-back counts share their verb; each counts its own noun ("接入53个部门2261项事项")
    ("In 2019, how many service items were connected to Shanghai's unified acceptance platform?", 2261, "2261项事项"),
    ("In 2019, how many departments were connected to Shanghai's unified request platform?", 53, "53个部门"),
])
def test_numbers_the_text_states(svc, question, value, words):
    _states(svc, question, value, words)


def test_a_word_past_a_semicolon_does_not_make_a_number_confident(svc):
    # "…公众号关注人数达1016823人；…视频号…粉丝数54373": the WeChat followers are not the video channel's
    rec = _ask(svc, "STCSM video channel followers in 2024?")
    assert rec["value"] != 1016823


def test_a_consistency_check_asked_by_its_outcome(svc):
    rec = _ask(svc, "How many checks fail for Huai'an 2024?")
    assert "checks pass" in rec["answer"] and rec["value"] is None


@pytest.mark.parametrize("question, key, value", [
    ("How many Huai'an requests from 2024 were carried over to the next year?", "requests.carried_forward.total", 103),
    ("淮安2024年结转到下一年的申请有多少", "requests.carried_forward.total", 103),
    ("Huai'an 2024 requests carried over from the previous year?", "requests.carried_over.total", 34),
    ("huaian 2024 admin reviews not finished yet by year end how many", "appeals.review.pending", 37),
    ("Huai'an 2024 'other handling' → the last sub-item 'other' – how many?", "requests.other.other.total", 110),
])
def test_rows_named_by_what_happened(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


def test_three_items_added_with_jia_yi_qi(svc):
    rec = _ask(svc, "洪泽区2023年行政许可、行政处罚、行政强制三项处理决定加一起多少")
    assert rec["value"] == 550 + 4119 + 195


def test_these_applicants_keep_the_previous_column(svc):
    rec = _ask(svc, "淮安市2024年法律服务机构申请了多少件", "这类申请人里予以公开的几件")
    assert rec["value"] == 50 and "requests.granted.legal_services" in _keys(rec)


@pytest.mark.parametrize("question", [
    "帮我查一下张三2024年向淮安市政府申请的那件最后是什么结果",
    "What happened to my request to Huai'an in 2024?",
])
def test_one_application_s_outcome_is_not_in_the_reports(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None and not rec["passages"]


def test_counting_requests_like_ones_own_is_still_answered(svc):
    rec = _ask(svc, "Huai'an 2024: how many requests like my own were refused?")
    assert rec["value"] == 178


def test_a_unit_inside_one_body_is_a_breakdown(svc):
    rec = _ask(svc, "Which department of the Shanghai General Office handled the most requests in 2019?")
    assert rec["found"] is False and rec["value"] is None


def test_a_ranking_of_a_quantity_not_read_is_no_ranking_of_requests_received(svc):
    rec = _ask(svc, "which body zapped the most requests: Huai'an 2024, Shuyang 2025, Shanghai Gen Office 2025?")
    assert rec["value"] is None and rec["found"] is False


def test_a_bare_follow_up_after_an_ask_back_asks_back_again(svc):
    # (a quoted 'other' is now read as the sub-item 其他: a question with no measure asks back)
    first = _ask(svc, "沭阳县2025年规范性文件多少件")
    assert first["value"] is None and len(first["clarify"]) >= 2
    rec = _ask(svc, "沭阳县2025年规范性文件多少件", "Huai'an 2024?")
    assert rec["value"] is None and {c["key"] for c in rec["clarify"]} == {c["key"] for c in first["clarify"]}
    assert all("淮安市人民政府" in c["citation"] for c in rec["clarify"])


@pytest.mark.parametrize("question, key, value", [
    # who is asking is not the quantity; the names in the introduction are kept
    ("Hello, I am student doing research about Jiangsu. Hongze District 2023, how many 行政处罚 decision they made?",
     "active.punishment.decisions", 4119),
    ("I'm a reporter working on a piece about business transparency: how many new applications did commercial "
     "enterprises file with Huai'an in 2024?", "requests.received.commercial", 53),
    ("I'm a resident of Shuyang: how many requests did the county receive in 2025?", "requests.received.total", 713),
    ("您好，我是12345热线的话务员，有市民问：淮安市2024年有多少件申请因为其实属于信访、举报、投诉，所以没有按信息公开来处理？麻烦告知一下数字。",
     "requests.not_processed.petition.total", 62),
    ("记者求证：上海科委2024年由自然人（个人）新提交的政府信息公开申请是多少件？", "requests.received.natural_person", 32),
    # rows in everyday words
    ("Hongze District 2023, how many requests got only part of the info released?", "requests.partially_granted.total", 4),
    ("How many requests did Hongze carry into the next year at the end of 2024?", "requests.carried_forward.total", 0),
    ("2019年上海市府办有多少件申请要顺延到下一年度办理", "requests.carried_forward.total", 72),
    ("淮安市政府2024年律所之类的法律服务机构来申请了几次", "requests.received.legal_services", 61),
])
def test_everyday_wordings_of_a_cell(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


def test_new_ones_plus_those_carried_over_is_their_sum(svc):
    rec = _ask(svc, "Huai'an 2024: requests from individuals, new ones plus those carried over from the year before?")
    assert rec["value"] == 3001 + 34
    assert {"requests.received.natural_person", "requests.carried_over.natural_person"} <= _keys(rec)


@pytest.mark.parametrize("question, value, n", [
    ("洪泽区2023年 表三（三）1、6、7 三项加起来", 3, 3),
    ("淮安24年不予公开那八个理由（表三（三）1到8）逐项加起来是多少", 178, 8),
    ("淮安市2024年不予公开前五项（国家秘密到内部事务）合计多少", 52, 5),
])
def test_sub_items_listed_spanned_or_counted_from_the_first(svc, question, value, n):
    rec = _ask(svc, question)
    assert rec["value"] == value
    assert len({k for k in _keys(rec) if k.startswith("requests.withheld.") and k.count(".") == 3}) == n


def test_a_top_three_is_still_a_ranking(svc):
    rec = _ask(svc, "淮安2024年收到申请最多的前三个单位")
    assert rec["value"] is None  # one body held: no ranking of its departments


@pytest.mark.parametrize("first, follow, key, value", [
    ("Huai'an 2024 lawsuits after reconsideration?", "pending?", "appeals.litigation_after_review.pending", 6),
    ("淮安市2024年部分公开多少件", "自然人那一栏呢", "requests.partially_granted.natural_person", None),
])
def test_a_short_follow_up_is_not_doubted_by_the_reader_reading_it_alone(svc, first, follow, key, value):
    rec = _ask(svc, first, follow)
    assert not rec.get("clarify") and key in _keys(rec)
    if value is not None:
        assert rec["value"] == value


@pytest.mark.parametrize("question, key, value", [
    ("淮安市2024年废止的规范性文件是多少件？不要制发的数", "active.normative_docs.repealed", 26),
    ("Huaian 2024: lawsuits filed straight to court, skipping review? (not the after-review ones)",
     "appeals.litigation_direct.total", 26),
    ("沭阳2025年先复议、不服再去法院起诉的信息公开案子有几件", "appeals.litigation_after_review.total", 10),
    ("淮安2024年申请人让补正材料、结果过了期限也没补的，有几件", "requests.other.overdue_correction.total", 71),
    ("淮安2024年有多少申请被认定成其实是来咨询的、不算信息公开申请所以没给公开", "requests.withheld.admin_query.total", 105),
    ("STCSM 2024 — applications brought forward from the previous year?", "requests.carried_over.total", 2),
    # traditional characters and "我想问一下" before the body's short name
    ("我想問一下市科委24年从上一年结转过来的申请一共幾件", "requests.carried_over.total", 2),
    # the body's short form said again is the body just named, not another place's office
    ("19年上海市府办，老百姓（自然人）申请的里面，市府办说不掌握的有多少", "requests.unable.not_held.natural_person", 252),
])
def test_negations_stories_and_repeated_names(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


@pytest.mark.parametrize("question, value, words", [
    # a body's short name in brackets beside the body named with its place is that body
    ("上海市政府2025年开了多少场市政府新闻发布会（市府办年报）", 42, "新闻发布会42场"),
    # 条数 asks how many
    ("洪泽24年网站主动发布的政府信息条数", 2428, "2428条"),
    # 个 counts what the text counts in 处
    ("沭阳2025年网站巡检整改了多少个失效链接", 43, "失效链接43处"),
    # "（含动态类）": the whole, which includes that part — not the part
    ("“上海科技”网站2024年全年发布信息多少条（含动态类）？", 2139, "2139条"),
])
def test_more_numbers_the_text_states(svc, question, value, words):
    _states(svc, question, value, words)


def test_a_short_name_alone_of_bodies_in_several_places_is_still_asked_back(svc):
    # (区府办: two district offices are held; "市府办" names the one city-level office held, 上海市人民政府办公厅,
    # and is answered — the answer names the body)
    rec = _ask(svc, "区府办2020年收到多少申请")
    assert rec["found"] is False and rec["value"] is None and "涧西区人民政府办公室" in rec["answer"] \
        and "洛阳市河西区人民政府办公室" in rec["answer"]
    rec = _ask(svc, "市府办2019年收到多少申请")
    assert rec["found"] is True and "上海市人民政府办公厅" in rec["answer"]


@pytest.mark.parametrize("question, value, words", [
    # most words unknown to the bilingual list, but "gazette" + "issues" (期) fit one number only
    ("How many issues of the Huai'an government gazette came out in 2024?", 6, "6期"),
    ("STCSM 2024 live streams how many?", 118, "直播118场"),
])
def test_the_one_number_an_english_question_s_known_words_and_unit_fit(svc, question, value, words):
    _states(svc, question, value, words)


def test_shanghai_science_and_technology_is_the_commission(svc):
    rec = _ask(svc, "How many followers does the Shanghai Science and Technology WeChat account have?")
    assert rec["value"] == 1016823 and rec["passages"][0]["report"]["agency"] == "上海市科学技术委员会"


def test_a_quoted_name_picks_its_own_sentence(svc):
    rec = _ask(svc, "“上海科技”网站2024年发布信息多少条（市科委）")
    assert rec["value"] == 2139


def test_two_numbers_the_words_fit_equally_well_are_both_quoted_never_one_picked(svc):
    # "items its website published": 393 via the department's website, 2139 on the 上海科技 website
    # (named as the text quotes it, 'Shanghai Science and Technology' website is the second:
    # tests/test_understanding_session7.py)
    rec = _ask(svc, "How many items did the science commission's website publish over 2024?")
    assert rec["value"] is None


def test_one_person_s_application_with_a_comma(svc):
    rec = _ask(svc, "我叫张某，2024年向淮安申请的那件办到哪一步了，能查下吗")
    assert rec["found"] is False and rec["value"] is None and not rec["passages"]


@pytest.mark.parametrize("question", [
    "fewest administrative coercion decisions: Huai'an, Hongze or Shuyang?",
    "Which received more requests: Hongze, Huai'an or Shuyang?",
])
def test_a_list_of_bodies_keeps_every_body(svc, question):
    rec = _ask(svc, question)
    assert {r["agency"] for r in rec["reports"]} >= {"淮安市人民政府", "淮安市洪泽区人民政府", "沭阳县人民政府"}


def test_a_district_and_its_city_after_a_comma_are_still_one_body(svc):
    rec = _ask(svc, "Hongze District, Huai'an 2023 requests received?")
    assert rec["value"] == 21 and {r["agency"] for r in rec["reports"]} == {"淮安市洪泽区人民政府"}


@pytest.mark.parametrize("question, keys, value", [
    ("帮来电群众问一下：沭阳2025年被当作行政查询事项的申请是几件", {"requests.withheld.admin_query.total"}, 9),
    ("Huaian 2024 requests from law firms/legal service agencies — careful, not the commercial companies count",
     {"requests.received.legal_services"}, 61),
    ("2019 Shanghai govt general office: individuals told the info would need to be newly made — how many?",
     {"requests.unable.needs_creation.natural_person"}, 44),
    ("STCSM 2024: total requests handled per the outcome table?", {"requests.total_processed.total"}, 35),
    # "add up" before what is added is a sum, not a consistency check
    ("Shuyang 2025: add up refusals for internal affairs, third-party rights and security/stability.",
     {"requests.withheld.internal_affairs.total", "requests.withheld.third_party.total",
      "requests.withheld.security_stability.total"}, 17),
    ("how many disclosure lawsuits did Huaian face in 2024 after the applicant had already been through reconsideration",
     {"appeals.litigation_after_review.total"}, 20),
    # "other organisations" is a column, not "and others"; "total …, … and …" adds them
    ("Huaian 2024, total requests from companies, legal service bodies and other organisations?",
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}, 118),
    # documents "newly made" are 制发, not a request that would need to be newly made
    ("Shanghai General Office 2019: how many normative documents were newly made in the year?",
     {"active.normative_docs.made"}, 60),
])
def test_english_wordings_of_cells_and_sums(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and keys <= _keys(rec)


def test_do_the_figures_add_up_is_still_a_check(svc):
    rec = _ask(svc, "Huai'an 2024: do the figures add up?")
    assert "checks pass" in rec["answer"]


# -- a story before the question (blind13's dev part) ----------------------------------------------
@pytest.mark.parametrize("question, key, value", [
    ("我们是一家做工程的公司，法务想向淮安市政府申请公开一些招标文件，领导让我先看看企业申请的多不多。淮安24年 商业企业来申请公开的有多少",
     "requests.received.commercial", 53),
    ("我2025年在沭阳县政府网上申请公开一个道路改造的批复，没几天就全给我了，挺顺利的。想问问沭阳县2025年像这样直接给公开了的申请有多少",
     "requests.granted.total", 294),
    ("I'm preparing a short briefing on local government revenue for a think tank, and the disclosure report has a line "
     "on fees. Huai'an 2024 administrative fees collected, in 10k yuan?", "active.fees.amount", 96171.6),
    ("A councillor claims enforcement in Hongze became softer. To check, I need the change in administrative penalty "
     "decisions for Hongze District: 2024 minus 2023?", "active.punishment.decisions", -1343),
    ("我是区里新来的，在核对涧西区人民政府办公室2020年年报第四部分：复议后起诉那一栏里结果维持的是几件？",
     "appeals.litigation_after_review.upheld", 1),
])
def test_the_story_before_a_question_does_not_veto_its_reading(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


def test_the_body_the_asking_sentence_names_is_the_one_asked(svc):
    rec = _ask(svc, "我在南京读研，老师让我们把南京和淮安做个对比，淮安的我已经有了。南京市政府2024年收到多少信息公开申请")
    assert rec["found"] is False and rec["value"] is None


@pytest.mark.parametrize("question, value", [
    ("A friend abroad uses Shanghai's international services portal. How many languages did it cover by the time "
     "of the 2025 report (after adding Italian)?", 10),
    ("我在淮安本地报社跑政务口，2024年市政府开发布会我们几乎每场都去，但我自己没数清楚。淮安市政府2024年开了几场新闻发布会", 12),
])
def test_a_story_question_about_a_number_the_text_states(svc, question, value):
    assert _ask(svc, question)["value"] == value


def test_each_group_keeps_the_outcomes_named_after_it(svc):
    rec = _ask(svc, "淮安24年复议的维持、纠正、其他结果、尚未审结四格，再加上直接起诉里结果维持的，合计多少")
    assert rec["value"] == 364
    assert "appeals.litigation_direct.upheld" in _keys(rec) and "appeals.litigation_direct.corrected" not in _keys(rec)


def test_a_category_total_over_all_its_sub_items_is_the_category_s_total(svc):
    rec = _ask(svc, "What is the total of the 'other handling' (其他处理) category for Huai'an in 2024, all three sub-items together?")
    assert rec["value"] == 187


def test_the_story_s_words_name_no_quantity_when_the_asking_sentence_names_one(svc):
    # "被告知" in the story is "was told", not the 被告 of a lawsuit
    rec = _ask(svc, "我邻居2024年向淮安市政府申请过征地文件，结果被告知属于国家秘密不能公开。淮安2024年因为国家秘密不公开的有几件？")
    assert rec["value"] == 2 and _keys(rec) == {"requests.withheld.state_secret.total"}


def test_an_asking_sentence_pointing_back_into_the_story_keeps_the_story_s_row(svc):
    rec = _ask(svc, "I filed a request with Huai'an city in 2024 and they told me disclosure is forbidden by law. "
                    "Out of curiosity, how many requests got turned down on that ground in 2024?")
    # the row is the story's (prohibited by law), never the group's total of 178
    assert rec["value"] in (None, 31)
    if rec["value"] is None:
        assert rec["clarify"][0]["key"] == "requests.withheld.prohibited_by_law.total"
    rec = _ask(svc, "My neighbour asked the Hongze district government for land files in 2023 and they said the "
                    "information didn't exist. How many such replies did Hongze give that year?")
    assert rec["value"] == 10 and "requests.unable.not_held.total" in _keys(rec)


# -- classes from blind12's and blind13's scored tests (read after their one score) ------------------
@pytest.mark.parametrize("question", [
    "我2024年3月给淮安市政府交了个申请，到现在都没消息，我那件是被算进结转下一年的103件里了吗？",
    "I sent my request to Hongze District in June 2024 and they said they don't have the file. Was my request one "
    "of the 31 'not held' ones, and can you tell me who handled it?",
    "For Hongze District in 2024, why did the number of requests jump compared with 2023? What caused it?",
    "How many of the requests received by the Shanghai science commission in 2024 were about research funding?",
])
def test_no_number_for_one_case_a_why_or_a_topic(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec.get("clarify")


def test_an_addition_that_says_how_many_parts_is_never_totalled_over_fewer(svc):
    rec = _ask(svc, "Huai'an 2024: add up the three 'other handling' sub-rows (overdue correction, overdue fee, other).")
    assert rec["value"] in (None, 187)


@pytest.mark.parametrize("question, keys, value", [
    ("Shanghai General Office 2025: requests from individuals, new plus carried over?",
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 1429),
    ("Huai'an 2024: requests not processed because the requester asked to re-confirm already-published info?",
     {"requests.not_processed.reconfirm.total"}, 1),
    ("我在洪泽区政府申请过一份全区农村道路的汇总表，回复说没有现成的信息需要另行制作，所以给不了。想知道洪泽区政府2023年这种“要重新做才有”的情况一共几件？",
     {"requests.unable.needs_creation.total"}, 3),
])
def test_more_readings_from_the_scored_tests(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and keys <= _keys(rec)


# -- blind14's dev part -------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "我叫王某，2025年向沭阳县政府申请了低保名单，是不是表里以内部事务信息为由不公开的那13件之一",
    "I filed a request with Shanghai General Office in 2025 and was told the info isn't held. Am I one of those "
    "cases, and can I still appeal?",
])
def test_am_i_one_of_them_is_declined(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None and not rec.get("clarify")


def test_the_total_named_in_a_follow_up_replaces_the_outcome_asked_before(svc):
    rec = _ask(svc, "Huai'an 2024 lawsuits filed directly that corrected the government?", "and the total of direct lawsuits")
    assert rec["value"] == 26 and "appeals.litigation_direct.total" in _keys(rec)


@pytest.mark.parametrize("question, value", [
    ("Shuyang 2025 — add up all eight 'not disclosed' reasons (不予公开 1-8).", 32),
    ("淮安市政府2024年被人直接告到法院（没先走复议）的信息公开官司总共几件", 26),
])
def test_reasons_added_up_and_a_review_not_taken_first(svc, question, value):
    assert _ask(svc, question)["value"] == value


# -- classes from blind14's scored test (read after its one score) -----------------------------------
@pytest.mark.parametrize("question, keys, value", [
    ("您好，这里是12345热线，有位企业主来电说想了解上海市政府办公厅2019年一共收到商业企业新提交的信息公开申请几件，麻烦查一下",
     {"requests.received.commercial"}, 35),
    ("你好 我是热线坐席，来电群众问：淮安市政府2024年因为可能损害第三方合法权益而没公开的申请有几件？",
     {"requests.withheld.third_party.total"}, 6),
    ("shuyang 2025 full + partial disclosure together?", {"requests.granted.total", "requests.partially_granted.total"}, 395),
    ("In Huai'an's 2024 report, the catch-all 'other handling' row under 其他处理 — total?", {"requests.other.other.total"}, 110),
    ("In 2025 how many Shuyang applicants didnt pay the fee in time so the request was dropped",
     {"requests.other.overdue_fee.total"}, 7),
    ("上海市府办2019年个人新申请和上年结转的个人申请加起来多少",
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 839),
    ("Huai'an 2024: requests refused because laws or regulations forbid disclosure?",
     {"requests.withheld.prohibited_by_law.total"}, 31),
    ("Huai'an 2024: applicant was asked to fix/complete the request and never came back — how many such cases?",
     {"requests.other.overdue_correction.total"}, 71),
])
def test_relays_typos_and_rows_in_everyday_words(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and keys <= _keys(rec)


def test_is_my_request_among_the_103_is_declined(svc):
    rec = _ask(svc, "我2024年3月给淮安市政府申请公开拆迁补偿的文件，到现在还没回，我的申请是在那103件顺延的里面吗？")
    assert rec["found"] is False and rec["value"] is None


# -- blind15's dev part -------------------------------------------------------------------------------
def test_was_mine_one_of_the_granted_ones_is_declined(svc):
    rec = _ask(svc, "I filed a request with Huai'an in March 2024 about my pension file, ref no. HA-0312. "
                    "Was mine one of the 1362 granted ones?")
    assert rec["found"] is False and rec["value"] is None


@pytest.mark.parametrize("questions, key, value", [
    (("How many requests did Shuyang County bring forward into 2025 from the year before?",), "requests.carried_over.total", 36),
    (("上海市人民政府办公厅2019年政府集中采购的项目金额多少万元",), "active.procurement.amount", 25.1),
    (("Jianxi 2020 requests received?", "and how many rolled into the next year?"), "requests.carried_forward.total", 2),
])
def test_carries_and_amounts_in_everyday_words(svc, questions, key, value):
    rec = _ask(svc, *questions)
    assert rec["value"] == value and key in _keys(rec)


# -- classes from blind15's scored test (read after its one score; not measured) ---------------------
@pytest.mark.parametrize("question", [
    "淮安市2024年复议被纠正的64件里面，哪些是因为超期答复",
    "淮安2024年那351件复议，申请人都是哪些人",
    "我叫张伟，2024年向洪泽区要过一份规划图，这个申请结果是啥",
    "洪泽区2023年的申请按乡镇分，各有多少",
])
def test_which_of_a_count_who_and_by_township_get_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None


@pytest.mark.parametrize("question, keys, value", [
    ("Shuyang County 2025 - new requests in the table plus the ones left over from 2024, added together?",
     {"requests.received.total", "requests.carried_over.total"}, 749),
    ("2019年上海市府办有多少申请拖到下一年才答复", {"requests.carried_forward.total"}, 72),
])
def test_left_over_from_and_dragged_into_the_next_year(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and keys <= _keys(rec)
