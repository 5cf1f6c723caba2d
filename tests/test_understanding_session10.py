"""Reading classes of the ninth session (2026-12-02): general repairs read from the failures of the
retired held-out tests of the eighth session (blind59–64), all development material now. Each is
asked of the real engine over the real corpus reports; the cells cited (or the absence of any
number) are checked, not only the number."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


# -- a sum over several rows: the columns said with one row are that row's alone ----------------------
@pytest.mark.parametrize("question, keys, value", [
    # the four columns of 本年新收, then 自然人 of 上年结转 only (the other carried-over columns are not added)
    ("我在写论文，上海市政府办公厅2019年的表里，新收申请的自然人、商业企业、法律服务机构、其他四栏，加上自然人的上年结转，一共是多少？",
     {"requests.received.natural_person", "requests.received.commercial", "requests.received.legal_services",
      "requests.received.other_org", "requests.carried_over.natural_person"}, 877),
    # a column said before both rows is shared by both
    ("沭阳2025年个人的新收和上年结转加起来",
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 741),
    ("上海市府办2019年自然人本年新收加上年结转是多少",
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 839),
    # each row with its own column
    ("沭阳2025年自然人新收申请加上法人上年结转的一共多少",
     {"requests.received.natural_person", "requests.carried_over.legal_person"}, 705),
    # "其他" as the last of a list of columns is the column of other organisations
    ("我写论文要用：淮安市人民政府2024年本年新收申请中，商业企业、科研机构、社会公益组织、法律服务机构、其他 五列合计",
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 118),
])
def test_a_sum_pairs_each_row_with_its_own_columns(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value, (question, rec["answer"][:300])
    assert _keys(rec) == keys, (question, _keys(rec))


def test_each_group_of_table_4_keeps_its_own_outcomes_in_a_sum(svc):
    # "direct lawsuits" is read twice (two senses of one term): still one group, with its one outcome
    rec = _ask(svc, "Huaian 2024 sum these five: reconsideration upheld, corrected, other, pending, and direct lawsuits upheld")
    assert rec["value"] == 364, rec["answer"][:300]
    assert _keys(rec) == {"appeals.review.upheld", "appeals.review.corrected", "appeals.review.other",
                          "appeals.review.pending", "appeals.litigation_direct.upheld"}


def test_eight_appeal_cells_listed_are_all_added(svc):
    # (the seventh session's reading missed some of them and gave no total; each group now keeps its own outcomes)
    rec = _ask(svc, "Shuyang 2025 — add these appeal cells: review upheld, corrected, other, pending, direct suit upheld, "
                    "and after-review suit upheld, other, pending.")
    assert rec["value"] == 74, rec["answer"][:300]
    assert _keys(rec) == {"appeals.review.upheld", "appeals.review.corrected", "appeals.review.other", "appeals.review.pending",
                          "appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld",
                          "appeals.litigation_after_review.other", "appeals.litigation_after_review.pending"}


# -- follow-ups pointing back ---------------------------------------------------------------------------
def test_a_new_cell_plus_the_two_pointed_back_to(svc):
    rec = _ask(svc, "淮安2024年直接起诉的 结果纠正几件", "复议后起诉结果纠正呢", "行政复议的结果纠正加上这两个，总共")
    assert rec["value"] == 69, rec["answer"][:300]
    assert _keys(rec) == {"appeals.review.corrected", "appeals.litigation_direct.corrected",
                          "appeals.litigation_after_review.corrected"}


def test_a_change_asked_after_two_years_is_between_those_years(svc):
    rec = _ask(svc, "上海市府办2019年本年新收申请中自然人的有多少", "2025年自然人新收多少", "增加了多少")
    assert rec["value"] == 438, rec["answer"][:300]


def test_what_a_quantity_became_is_its_value_not_a_change(svc):
    # "变成多少了" holds 少了, a word of decrease: not a difference
    rec = _ask(svc, "上海市政府办公厅2019年新收申请中自然人的有多少件", "2025年这一项变成多少了")
    assert rec["value"] == 1259 and _keys(rec) == {"requests.received.natural_person"}, rec["answer"][:200]


def test_repealed_after_issued_is_its_own_column(svc):
    rec = _ask(svc, "沭阳二〇二五年 规范性文件新发了几件", "废了几件")
    assert rec["value"] == 1 and _keys(rec) == {"active.normative_docs.repealed"}, rec["answer"][:200]


def test_pending_after_direct_lawsuits_keeps_the_lawsuits(svc):
    rec = _ask(svc, "How many lawsuits filed directly against Huai'an in 2024 ended in the city's favour?")
    assert rec["value"] == 13 and _keys(rec) == {"appeals.litigation_direct.upheld"}, rec["answer"][:200]
    rec = _ask(svc, "How many lawsuits filed directly against Huai'an in 2024 ended in the city's favour?", "still pending ones?")
    assert rec["value"] == 1 and _keys(rec) == {"appeals.litigation_direct.pending"}, rec["answer"][:200]


# -- rankings, checks and the asker's framing ----------------------------------------------------------
def test_sort_them_and_who_is_first_is_a_ranking(svc):
    rec = _ask(svc, "个人申请因内部事务信息不公开：淮安市2024年、沭阳县2025年、上海市府办2019年排个序，第一是谁")
    assert rec["found"] and "最多的是沭阳县人民政府" in rec["answer"], rec["answer"][:200]


@pytest.mark.parametrize("question, key, value", [
    # verifying one number ("想核对一下…的申请数量") asks that number, not the consistency checks
    ("我是记者，想核对一下沭阳县2025年属于信访举报投诉类、不予处理的申请数量", "requests.not_processed.petition.total", 12),
    ("I'm checking a cell: Huaian 2024, the row for applications that just ask the government to confirm information "
     "they already got (要求行政机关确认或重新出具已获取信息) - total?", "requests.not_processed.reconfirm.total", 1),
    # who asks and why, without a colon
    ("我是学生写论文 想算淮安市2024年表三里“不予公开”下面8个小项的合计 能帮我加一下吗", None, 178),
    # the examples before the class they are of: the class
    ("沭阳县2025年公司单位这些法人或其他组织新提的申请一共几件", "requests.received.legal_person", 8),
    ("Shuyang County 2025: applications from legal persons and other organisations, all org columns together?",
     "requests.received.legal_person", 8),
])
def test_framing_and_verifying_words_leave_the_quantity(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value, (question, rec["answer"][:200])
    if key is not None:
        assert _keys(rec) == {key}, (question, _keys(rec))


def test_a_colleagues_check_of_one_cell_reads_that_cell(svc):
    # the framing words are dropped; the learned reader, which has not seen this wording, may ask to confirm
    rec = _ask(svc, "帮同事核个数：洪泽那份2023年报，主动公开表里收费那格写的多少（万元）")
    cells = {(c["key"], c["value"]) for c in rec.get("clarify") or []} | {(f["key"], f["value"]) for f in rec.get("facts") or []}
    assert cells == {("active.fees.amount", 7730.28)}, rec["answer"][:200]
    assert rec["value"] in (None, 7730.28)


def test_the_verification_of_consistency_is_still_a_check(svc):
    rec = _ask(svc, "核对一下沭阳2025年的数据是否一致")
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:200]
    assert "核对" in rec["answer"] or "一致" in rec["answer"] or "check" in rec["answer"].lower(), rec["answer"][:200]


# -- sub-items named in everyday words, and by their place ----------------------------------------------
@pytest.mark.parametrize("question, key, value", [
    ("Shuyang 2025: how many requests were treated as 'excessive' (申请量过大) and not processed?",
     "requests.not_processed.excessive.total", 0),
    ("沭阳县2025年其他处理里面那个“其他”一栏总共多少", "requests.other.other.total", 143),
    ("Under 'other handling' (其他处理) in Shuyang County's 2025 table, the third sub-item 其他 — what's its total?",
     "requests.other.other.total", 143),
    # the group in brackets after its sub-item says where the sub-item is
    ("二〇一九年上海市政府办公厅 个人提交的 信访举报投诉类申请（不予处理）多少件", "requests.not_processed.petition.natural_person", 148),
    ("淮安2024年 从前一年转过来接着办的有几件（不是转到下一年的）", "requests.carried_over.total", 34),
    ("Shanghai science commission, 2024, how many requests did it wrap up in total?", "requests.total_processed.total", 35),
    ("How many disclosure requests reached the Shanghai general office in 2019?", "requests.received.total", 859),
    ("Shuyang 2025 — suits filed after a reconsideration that are still going on, number?",
     "appeals.litigation_after_review.pending", 1),
    ("In 2025, how many requests did the Shanghai General Office close as duplicates?",
     "requests.not_processed.duplicate.total", 16),
])
def test_everyday_names_of_cells(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}, (question, _keys(rec), rec["answer"][:200])


def test_without_going_through_review_is_still_the_direct_lawsuits(svc):
    # "going" is a word of "still going on" (pending): said here, it names no outcome
    rec = _ask(svc, "Huai'an 2024: lawsuits filed directly without going through review first?")
    assert rec["value"] == 26 and _keys(rec) == {"appeals.litigation_direct.total"}, rec["answer"][:200]


# -- what is set aside, and one person's own request --------------------------------------------------
def test_a_list_set_aside_sets_aside_every_part(svc):
    # "apart from rules and normative docs": neither is asked; the text states the other documents
    rec = _ask(svc, "Shanghai General Office 2019: apart from rules and normative docs, how many other city "
                    "government documents were made public?")
    assert rec["value"] == 162 and not _keys(rec), rec["answer"][:200]


def test_whether_ones_own_request_was_finished_is_declined(svc):
    rec = _ask(svc, "我2024年底帮我妈给沭阳县政府写过申请问拆迁补偿，想问下2025年我们家那件办完没有")
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]
    assert "某一件申请" in rec["answer"], rec["answer"][:200]


# -- round 2, read from the dev parts of the ninth session's own held-out sets (blind65–69 dev) ---------
@pytest.mark.parametrize("question", [
    "沭阳县钱集镇2025年不予公开多少",
    "shuyang county qianji town 2025 how many requests were refused",
    "Shuyang County Qianji Town 2025 how many requests were refused",
])
def test_a_town_of_a_county_is_not_the_county(svc, question):
    # the county's report gives no town's figures: say which report is missing, never the county's number
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


def test_the_county_itself_is_still_answered(svc):
    rec = _ask(svc, "沭阳县2025年不予公开多少")
    assert rec["value"] == 32, rec["answer"][:200]


@pytest.mark.parametrize("question, keys, value", [
    ("Shanghai General Office 2019: new individual requests plus individual ones carried over from 2018, together?",
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 839),
    ("Counting both new 2024 requests and the ones carried in from before, how many applications did Huai'an city "
     "have on its desk in 2024?", {"requests.received.total", "requests.carried_over.total"}, 3153),
    # every sub-item of a group but one ruled out: the one left
    ("沭阳县2025年年报表三里，不属于逾期不补正、也不属于逾期不缴费的那种其他处理，一共多少件？", {"requests.other.other.total"}, 143),
    ("Shuyang 2025: requests refused as internal office matters?", {"requests.withheld.internal_affairs.total"}, 13),
    ("Shanghai General Office 2019: individuals told the info would need to be specially produced, so not provided?",
     {"requests.unable.needs_creation.natural_person"}, 44),
    ("Hongze District gov 2024: requests answered by fully releasing the info?", {"requests.granted.total"}, 50),
    ("帮同事查个数：淮安市人民政府2024年报，申请人没在期限内补正、后来就没再处理的那一项是多少",
     {"requests.other.overdue_correction.total"}, 71),
])
def test_round_two_readings(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys, (question, _keys(rec), rec["answer"][:200])


def test_how_much_one_year_exceeded_another_is_a_difference(svc):
    rec = _ask(svc, "Shanghai General Office, new requests from individuals: by how much did 2025 exceed 2019?")
    assert rec["value"] == 438, rec["answer"][:200]


@pytest.mark.parametrize("turns, key, value", [
    # "一共多少" after one column's cell: the row's total
    (["上海科委2024年 本年新收申请 个人交的几件", "一共多少"], "requests.received.total", 34),
    (["In 2025, how many direct lawsuits did the Shanghai General Office face?", "and back in 2019?"],
     "appeals.litigation_direct.total", 9),
])
def test_round_two_follow_ups(svc, turns, key, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == {key}, (turns, _keys(rec), rec["answer"][:200])


def test_in_all_after_a_sum_is_the_same_sum(svc):
    rec = _ask(svc, "沭阳2025年个人的新收和上年结转加起来", "一共多少")
    assert rec["value"] == 741, rec["answer"][:200]


def test_of_those_keeps_the_column_of_a_reading_offered_to_confirm(svc):
    # the first turn may only be offered to confirm (an unusual wording); "of those" is still its column
    rec = _ask(svc, "Huai'an 2024 other-org requests received?", "and how many of those were fully granted?")
    assert rec["value"] == 3 and _keys(rec) == {"requests.granted.other_org"}, rec["answer"][:200]


@pytest.mark.parametrize("question, keys, value", [
    # columns said inside the first row's clause are its own; the rows after it, named alone, are their totals
    ("Weird ask, but for Shuyang 2025 add: new requests from companies, from law firms, from individuals, the ones "
     "carried in from the year before, and the fully granted ones",
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.natural_person",
      "requests.carried_over.total", "requests.granted.total"}, 1043),
    # "新收申请中自然人的": a column of the row of requests received, not a part of it
    ("沭阳2025年新收申请中自然人的，加上上年结转的，一共多少", {"requests.received.natural_person", "requests.carried_over.total"}, 741),
])
def test_rows_named_alone_after_a_row_with_columns_are_their_totals(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys, (question, _keys(rec), rec["answer"][:300])


# -- round 3: routing numbers the text states ---------------------------------------------------------
@pytest.mark.parametrize("question, value", [
    # a rate the province's checks gave is the text's number, not the consistency checks of our tables
    ("Huai'an 2024: pass rate of its government social-media accounts in the provincial spot checks?", 100),
    # errors fixed on the website are counted in the text, not the tables' checks
    ("Shuyang 2025: website errors of all kinds fixed (错误信息)?", 83),
    # "有几个区" counts districts; it names no district whose report is missing
    ("2025年上海有几个区上线了数字公报", 16),
])
def test_numbers_the_text_states_are_not_routed_elsewhere(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and not _keys(rec), (question, rec["answer"][:200])


def test_a_consistency_question_is_still_a_check(svc):
    rec = _ask(svc, "核对一下沭阳2025年的数据是否一致")
    assert "核对通过" in rec["answer"], rec["answer"][:200]


@pytest.mark.parametrize("question", ["上海市教委2025年新收申请多少", "上海市黄浦区2025年新收申请多少"])
def test_a_body_or_district_not_held_is_still_said_missing(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"] and "没有" in rec["answer"], rec["answer"][:200]


@pytest.mark.parametrize("turns, keys, value", [
    (["上海市政府办公厅2025年受理的申请里，上年结转的有几件"], {"requests.carried_over.total"}, 189),
    (["Huai'an 2024: new requests from individuals plus individuals' requests carried over from 2023?"],
     {"requests.received.natural_person", "requests.carried_over.natural_person"}, 3035),
])
def test_parts_of_a_whole_and_columns_said_with_each_row(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == keys, (turns, _keys(rec), rec["answer"][:200])


def test_turned_to_next_year_after_handled_is_carried_forward(svc):
    rec = _ask(svc, "涧西区2020年收到几件申请", "办完了几件", "转到下年的")
    assert rec["value"] == 2 and _keys(rec) == {"requests.carried_forward.total"}, rec["answer"][:200]


def test_a_ranking_follow_up_keeps_each_body_in_its_year(svc):
    rec = _ask(svc, "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家新收申请最多", "那最少的呢")
    assert rec["found"] and "最少的是沭阳县人民政府 2025" in rec["answer"], rec["answer"][:200]


def test_an_outcome_after_all_lawsuits_is_that_outcome_of_both_kinds(svc):
    rec = _ask(svc, "Shuyang 2025 how many lawsuits", "how many did the county lose?", "and win?")
    assert rec["value"] == 11, rec["answer"][:200]
    assert _keys(rec) == {"appeals.litigation_direct.upheld", "appeals.litigation_after_review.upheld"}


# -- round 4: words of what happened that no term reads never fall back on another cell ----------------
@pytest.mark.parametrize("follow_up", ["拒了几件", "没给的呢", "and dropped?", "how many got nothing?"])
def test_an_unread_outcome_follow_up_never_repeats_the_previous_cell(svc, follow_up):
    rec = _ask(svc, "上海科委2024年收到几个申请", follow_up)
    assert rec["value"] != 34 and "requests.received.total" not in _keys(rec), (follow_up, rec["answer"][:200])


@pytest.mark.parametrize("follow_up, value", [("那2024年呢", 34), ("same for Shuyang 2025?", 713), ("那沭阳县的呢", 713)])
def test_a_bare_follow_up_still_keeps_the_quantity(svc, follow_up, value):
    rec = _ask(svc, "上海科委2024年收到几个申请", follow_up)
    assert rec["value"] == value and _keys(rec) == {"requests.received.total"}, (follow_up, rec["answer"][:200])


def test_no_default_row_when_what_happened_is_left_unread(svc):
    # "最后没给": something happened to the requests that no term reads — never "received" by default
    rec = _ask(svc, "沭阳2025年有多少申请最后没给")
    assert rec["value"] != 713 and "requests.received.total" not in _keys(rec), rec["answer"][:200]
    rec = _ask(svc, "沭阳2025年有多少人申请")
    assert rec["value"] == 713, rec["answer"][:200]


@pytest.mark.parametrize("question, key, value", [
    # "were about X" is no split by topic when X is a sub-item
    ("How many requests to Shanghai General Office in 2025 were about things already published in books?",
     "requests.not_processed.publication.total", 1),
    ("In 2024 how many requests did Huaian turn down because they were about the government's own internal housekeeping?",
     "requests.withheld.internal_affairs.total", 8),
    ("沭阳2025年复议把县政府的决定改了的有几件", "appeals.review.corrected", 10),
])
def test_round_four_readings(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}, (question, _keys(rec), rec["answer"][:200])


def test_a_split_by_topic_is_still_not_a_cell(svc):
    rec = _ask(svc, "How many requests to Huai'an in 2024 were about land acquisition?")
    assert rec["value"] is None and not _keys(rec), rec["answer"][:200]


@pytest.mark.parametrize("turns, second", [
    (["淮安2024年、沭阳2025年、洪泽2024年，谁的行政复议最多", "第二名是谁"], "沭阳县人民政府"),
    (["Huai'an 2024, Shuyang 2025 and Hongze 2024: who had the second most reconsiderations?"], "沭阳县人民政府"),
    (["Which came second, Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019, in new requests?"], "上海市人民政府办公厅"),
])
def test_a_place_other_than_the_top_of_a_ranking(svc, turns, second):
    from evals.scoring import _ranking_winner
    rec = _ask(svc, *turns)
    assert rec["found"] and _ranking_winner(rec) == second, rec["answer"][:200]


def test_a_place_beyond_the_bodies_compared_has_no_answer(svc):
    rec = _ask(svc, "淮安2024年、沭阳2025年，谁的行政复议第四多")
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


@pytest.mark.parametrize("question, key, value", [
    # 告 and 没 name the suits ("没经过复议直接去法院告的"), not an outcome: the group's total
    ("淮安市人民政府2024年度 没经过复议直接去法院告的 信息公开官司 多少件", "appeals.litigation_direct.total", 26),
    ("淮安2024复议完了不服又去法院告的 一共几件", "appeals.litigation_after_review.total", 20),
])
def test_words_of_suing_leave_the_group_total(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}, (question, rec["answer"][:200])


def test_a_topic_with_a_word_of_a_sub_item_is_still_a_topic(svc):
    # "about housing security (住房保障)": a topic the tables never split by, not 危及安全稳定
    rec = _ask(svc, "Shuyang 2025: how many requests were about housing security (住房保障) specifically?")
    assert rec["value"] is None and not _keys(rec), rec["answer"][:200]


# -- after the final score: fixes read from blind65–69's scored failures (measured by neither set) ------
@pytest.mark.parametrize("turns, key, value", [
    # a surface added this session ("in some other way", 其他处理) stole "ended in some 'other' way" (an appeal outcome)
    (["Huai'an 2024: lawsuits after reconsideration that ended in some 'other' way?", "and for direct lawsuits?"],
     "appeals.litigation_direct.other", 8),
    (["上海市府办2025年受理的申请里上年结转的有几件", "其中自然人结转的呢"], "requests.carried_over.natural_person", 170),
    (["Shuyang County 2025: how often did the reconsideration body tell the government it got it wrong?"],
     "appeals.review.corrected", 10),
])
def test_after_the_final_score(svc, turns, key, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == {key}, (turns, _keys(rec), rec["answer"][:200])


def test_two_pointed_back_to_with_lia(svc):
    rec = _ask(svc, "淮安2024年行政强制决定多少件", "行政许可决定呢", "俩加一起")
    assert rec["value"] == 535511, rec["answer"][:200]


def test_which_applicants_they_were_is_declined(svc):
    rec = _ask(svc, "Huai'an 2024: how many requests came in?", "Can you also tell me which applicants they were?")
    assert rec["value"] is None and not _keys(rec), rec["answer"][:200]


def test_carried_out_to_the_next_after_carried_in_is_carried_forward(svc):
    rec = _ask(svc, "Shuyang 2025 requests carried in from the previous year?", "and carried out to the next?")
    assert rec["value"] == 31 and "requests.carried_forward.total" in _keys(rec), rec["answer"][:200]


def test_second_elsewhere_in_a_ranking_question_is_not_a_place(svc):
    from rag.engine import _rank_place
    assert _rank_place("Which had the most requests, Huai'an 2024 or Shuyang 2025, counting the second review too?") == 1
    assert _rank_place("who came second?") == 2 and _rank_place("第三名呢") == 3 and _rank_place("the runner-up?") == 2
