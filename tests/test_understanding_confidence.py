"""Questions that used to get a confident wrong number (or none) on the held-out sets, by
class, each asked of the real engine over the real corpus reports — with the cell or the
sentence it answers from checked, and, for what the reports never hold, no number at all.

The classes: years written with two digits, examples standing for their group ("等", "and so
on"), shares asked for (a percentage is never a count), fees not paid (a count of requests, not
the fee amount), breakdowns the tables never make (age, week, department, where applicants come
from), personal data, the "其他" column of 法人或其他组织, a lawsuits follow-up, and a follow-up to
a number only the text states."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _answered_or_offered(rec: dict, key: str, value) -> None:
    """The cell answered with its value — or, where the learned reader hardly believes the wording
    (settings.confirm_below), that cell offered first to confirm, with its value."""
    if rec["value"] is None and rec.get("clarify"):
        first = rec["clarify"][0]
        assert first["key"] == key and first["value"] == value
        return
    assert rec["value"] == value and key in _keys(rec)


def _report(rec: dict) -> tuple[str, int]:
    (rep,) = rec["reports"]
    return rep["agency"], rep["year"]


@pytest.mark.parametrize("question, year, value", [
    ("上海市府办19年本年新收申请多少件", 2019, 859),
    ("洪泽区政府23年度新收了几个申请？", 2023, 21),
    ("Hongze FY24: new requests received?", 2024, 95),
    ("Hongze in '23 — how many new requests?", 2023, 21),
])
def test_a_year_written_with_two_digits(svc, question, year, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _report(rec)[1] == year
    assert "requests.received.total" in _keys(rec)


@pytest.mark.parametrize("question", [
    "淮安市2024年信访、重复申请等不予处理的一共多少件？",
    "Huai'an 2024: requests not processed (petitions, repeat requests and so on), all together?",
])
def test_examples_of_a_group_stand_for_the_group(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] == 88 and "requests.not_processed.total" in _keys(rec)


def test_the_sum_of_two_named_sub_items_stays_their_sum(svc):
    rec = _ask(svc, "淮安市2024年信访举报和重复申请加起来多少件？")
    assert rec["value"] == 87


@pytest.mark.parametrize("question, value", [
    ("上海市政府办公厅2019年不予处理的申请占百分之几？", 19.6),
    ("上海2019年予以公开和部分公开的占比是多少", 33.9),
    ("上海市府办2019年申请量比上年下降了百分之多少？", 12.3),
])
def test_a_share_is_quoted_from_the_sentence_that_states_it(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and rec["facts"] == []
    assert any(str(value) in p["text"] for p in rec["passages"])


def test_a_share_the_text_does_not_state_is_never_a_count(svc):
    rec = _ask(svc, "What percent of Huai'an's 2024 requests were granted in full?")
    assert rec["value"] is None and rec["found"] is False


@pytest.mark.parametrize("question", [
    "Shuyang 2025: how many requests were dropped because the fee was not paid?",
    "沭阳县2025年因为没交钱被终止处理的申请几件？",
])
def test_a_fee_not_paid_is_a_count_of_requests_not_the_fee(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] == 7 and "requests.other.overdue_fee.total" in _keys(rec)


@pytest.mark.parametrize("question", [
    "How old were the people who sent Huai'an disclosure requests in 2024?",
    "Which week of 2019 brought the Shanghai General Office the most requests?",
    "沭阳县2025年被纠错的复议案件分别是哪个部门的？",
    "淮安2024年有多少申请来自外省的申请人？",
    "How many of Shuyang's 2025 requests came from people outside Jiangsu?",
    "洪泽区2024年有多少申请是学生提出的？",
    "How many disclosure requests did Jianxi District receive in January 2020?",
    "涧西区2020年3月收到多少申请？",
    "Which industries were the companies that sent requests to Huai'an in 2024 in?",
])
def test_a_breakdown_the_tables_never_make_gets_no_number(svc, question):
    """By age, week, month, department, origin, occupation or industry: the tables count whole
    years of whole bodies, so the answer says the reports do not state it, with no number."""
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None and rec["facts"] == []


@pytest.mark.parametrize("question", [
    "涧西区2020年结转的那两件申请，申请人姓名和电话是什么？",
    "Who filed the reconsideration case against the Shanghai science commission in 2024?",
    "List the names and addresses of the applicants Hongze District handled in 2023.",
    "淮安市2024年的行政诉讼原告是谁？",
])
def test_personal_data_is_never_given(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None and rec["facts"] == []
    assert "个人信息" in rec["answer"] or "personal details" in rec["answer"]


def test_a_body_s_own_contact_line_is_still_quoted(svc):
    rec = _ask(svc, "洪泽区2024年报告的联系电话是多少？")
    assert rec["found"] is True


def test_the_other_column_of_legal_persons(svc):
    rec = _ask(svc, "沭阳县2025年法人或其他组织中“其他”那一栏新收几件？")
    assert rec["value"] == 0 and "requests.received.other_org" in _keys(rec)


@pytest.mark.parametrize("first, follow, key, value", [
    ("沭阳县2025年行政诉讼一共几件？", "what about those after administrative review?", "appeals.litigation_after_review.total", 10),
    ("沭阳县2025年行政诉讼一共几件？", "复议后的呢？", "appeals.litigation_after_review.total", 10),
    ("Shuyang 2025: how many lawsuits after reconsideration?", "And the direct ones?", "appeals.litigation_direct.total", 3),
])
def test_a_lawsuits_follow_up_stays_with_lawsuits(svc, first, follow, key, value):
    rec = _ask(svc, first, follow)
    assert rec["value"] == value and key in _keys(rec)


def test_a_follow_up_to_a_number_the_text_states_keeps_its_words(svc):
    rec = _ask(svc, "洪泽区2023年在政府网站主动公开了多少条政府信息？", "那2024年呢？")
    assert rec["value"] == 2428 and _report(rec) == ("淮安市洪泽区人民政府", 2024)
    assert any("2428" in p["text"] for p in rec["passages"])


@pytest.mark.parametrize("question, value", [
    ("涧西区2020年行政诉讼（直接起诉+复议后起诉）一共几件？", 2),
    ("Huai'an 2024: add up the petition-type and the repeat requests that were not processed.", 87),
])
def test_a_plus_sign_or_add_up_is_a_sum(svc, question, value):
    assert _ask(svc, question)["value"] == value


def test_a_follow_up_year_in_chinese_numerals(svc):
    rec = _ask(svc, "洪泽区2023年新收申请多少件？", "二〇二四年呢？")
    assert rec["value"] == 95 and _report(rec) == ("淮安市洪泽区人民政府", 2024)


@pytest.mark.parametrize("question, value", [
    ("沭阳县2025年一共发了多少次催办提示？", 84),
    ("上海市政府办公厅二〇二五年编了几期政府公报？", 24),
    ("上海市府办2025年有多少件申请是申请人自己撤回的？", 157),
])
def test_numbers_the_text_states_in_its_own_words(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and rec["facts"] == []


def test_a_ranking_of_named_bodies_without_a_common_year_keeps_every_body(svc):
    rec = _ask(svc, "Which had the most corrected reconsideration cases: Huai'an, Shuyang or the Shanghai general office?")
    named = {r["agency"] for r in rec["reports"]}
    assert named == {"淮安市人民政府", "沭阳县人民政府", "上海市人民政府办公厅"}
    assert rec["value"] == 64 and "2024" in rec["answer"] and "2025" in rec["answer"]


@pytest.mark.parametrize("question, key, value", [
    ("Huai'an 2024: requests where the information wasn't held?", "requests.unable.not_held.total", 769),
    ("Huai'an 2024: not processed because the applicant wanted information they already had reissued?",
     "requests.not_processed.reconfirm.total", 1),
    ("淮安2024年新收的申请中，不是自然人提交的有几件？", "requests.received.legal_person", 118),
    ("How many of Huai'an's 2024 new requests came from applicants other than individuals?", "requests.received.legal_person", 118),
    ("表三第（三）项第5小项，法人或其他组织一栏合计是多少？淮安市政府2024年", "requests.withheld.internal_affairs.legal_person", 1),
    ("淮安市人民政府2024年表三第（四）项第1小项自然人一栏填的多少", "requests.unable.not_held.natural_person", 746),
    ("Hongze District 2024: new requests, per the table?", "requests.received.total", 95),
    ("沭阳县2025年表格里本年新收的申请是多少？别算上年结转的", "requests.received.total", 713),
    ("涧西区办公室2020年未经复议直接起诉的行政诉讼几件？", "appeals.litigation_direct.total", 1),
    ("Shanghai general office 2019: requests still open at year end and pushed into 2020?", "requests.carried_forward.total", 72),
    ("帮我查下淮安市政府24年一共收到多少信息公开申请", "requests.received.total", 3119),
    ("以个人名义向淮安市政府申请的，2024年有多少件？", "requests.received.natural_person", 3001),
    ("截至年底沭阳县2025年行政复议还有几件没审结？", "appeals.review.pending", 15),
    ("Hongze District 2023: how many normative documents were scrapped?", "active.normative_docs.repealed", 5),
    ("沭阳县2025年行政处罚和行政强制决定加一块多少？", "active.punishment.decisions", 696111),
    ("What did Shuyang collect in administrative fees in 2025 (10k yuan)?", "active.fees.amount", 4068.208),
    ("淮安市政府2024年报 表三（三）8 属于行政查询事项 总计", "requests.withheld.admin_query.total", 105),
    ("Huai'an 2024: administrative fees collected (table 2)?", "active.fees.amount", 96171.6),
])
def test_rows_columns_and_cells_in_the_words_people_use(svc, question, key, value):
    """Rows said otherwise (wasn't held, reissued, scrapped, 没审结), columns (以个人名义, the
    complement of natural persons), cells named as staff name them (表三第（三）项第5小项, "per the
    table"), fillers (帮我查下), a cell named with its table: each the one cell, with its value —
    or, where the learned reader hardly believes the wording (settings.confirm_below), that cell
    offered first to confirm, with its value."""
    _answered_or_offered(_ask(svc, question), key, value)


@pytest.mark.parametrize("question, value", [
    ("Huai'an 2024: every disclosure lawsuit, direct and after reconsideration, in total?", 46),
    ("淮安2024年其他处理第1、2项合计多少？", 77),
    ("淮安2024年（六）其他处理的第1项和第2项加起来是多少？", 77),
])
def test_sums_named_by_their_parts(svc, question, value):
    assert _ask(svc, question)["value"] == value


def test_a_count_of_bodies_is_not_a_count_of_requests(svc):
    rec = _ask(svc, "沭阳县2025年一共集中公开了几家单位的政府信息公开年报？")
    assert rec["value"] == 64 and rec["facts"] == []


def test_a_column_alone_without_applying_is_asked_back_not_summed(svc):
    rec = _ask(svc, "淮安2024年法人或其他组织那一栏合计是多少？")
    assert rec["value"] is None and rec.get("clarify")
    rec = _ask(svc, "淮安2024年法人或其他组织申请了多少件？")
    assert rec["value"] == 118 and "requests.received.legal_person" in _keys(rec)


@pytest.mark.parametrize("question, winner", [
    ("洪泽区2023和沭阳县2025，行政许可决定谁多？", "沭阳县人民政府"),
    ("淮安、沭阳、洪泽2023、涧西这几家，上年结转申请谁最多？", "沭阳县人民政府"),
])
def test_rankings_of_bodies_each_in_its_year(svc, question, winner):
    rec = _ask(svc, question)
    assert rec["found"] is True and rec["reports"][0]["agency"] == winner


def test_values_of_bodies_each_in_its_year(svc):
    rec = _ask(svc, "洪泽区2023和沭阳县2025的行政许可决定分别是多少？")
    assert {(r["agency"], r["year"]) for r in rec["reports"]} == {("淮安市洪泽区人民政府", 2023), ("沭阳县人民政府", 2025)}
    assert "550" in rec["answer"] and "517645" in rec["answer"]


def test_money_asked_is_never_a_count_of_requests(svc):
    rec = _ask(svc, "How much did Shuyang County charge applicants for information disclosure in 2025?")
    assert rec["value"] == 380 and rec["facts"] == []
    rec = _ask(svc, "How much money did Hongze District take from applicants in 2023?")
    assert rec["value"] in (None, 0) and not any(k.startswith("requests.") for k in _keys(rec))


@pytest.mark.parametrize("question, value", [
    ("How many appointment and dismissal documents did the Shanghai General Office publish in 2025?", 196),
    ("In 2025, how many times did Shuyang contact applicants before handling their requests?", 49),
    ("How many policies did STCSM send to integrated release in 2024?", 121),
    ("How many full-coverage inspections did Huai'an run on its disclosure columns in 2024?", 4),
])
def test_english_words_of_numbers_the_text_states(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and rec["facts"] == []


def test_granted_in_part_with_the_words_apart(svc):
    rec = _ask(svc, "Which granted the most requests in part: Huai'an, Shuyang or Hongze?")
    assert "requests.partially_granted.total" in _keys(rec) and rec["value"] == 454


@pytest.mark.parametrize("question", ["列出淮安2024年的表三", "Show me Huai'an 2024's table of appeals", "给我看淮安市2024年收到和处理政府信息公开申请情况表"])
def test_a_table_asked_for_is_the_table(svc, question):
    rec = _ask(svc, question)
    assert rec["operation"] == "table" and rec["value"] is None


@pytest.mark.parametrize("question, key, value", [
    ("In 2025, how many of Shuyang's requests were dropped because the applicant didn't pay the fee in time?",
     "requests.other.overdue_fee.total", 7),
    ("沭阳2025年有几件申请因为申请人逾期不补正就不再处理了？", "requests.other.overdue_correction.total", 9),
    ("How many requests did the Shanghai General Office reject in 2025 for being repeat requests?",
     "requests.not_processed.duplicate.total", 16),
    ("Shuyang County 2025: requests refused because they asked for administrative enforcement case files?",
     "requests.withheld.enforcement_files.total", 4),
])
def test_the_specific_reading_wins_over_a_word_it_contains(svc, question, key, value):
    """A sub-item named with a word of another row or item (the fee, enforcement, 不再处理,
    reject): the sub-item, not an ask-back; both are asked when both are named ("和", "分别")."""
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) >= {key}


def test_both_readings_named_are_both_given(svc):
    rec = _ask(svc, "上海市府办2025年不予公开和重复申请一共多少件？")
    assert rec["value"] == 36


@pytest.mark.parametrize("question, key, value", [
    ("Jianxi District 2020: how many procurement projects were there (the count, not the money)?", "active.procurement.projects", 8),
    ("淮安2024年废止（注意不是新发）的行政规范性文件几件？", "active.normative_docs.repealed", 26),
    ("How many requests did STCSM carry into 2024 from the year before?", "requests.carried_over.total", 2),
    ("Adding up all organisations (companies, law firms, others), how many requests did the Shanghai General Office receive in 2019?",
     "requests.received.legal_person", 38),
    ("How many government regulations were publicly available in total from the Shanghai General Office in 2019?",
     "active.regulations.total_published", 524),
])
def test_more_readings_in_the_words_people_use(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


def test_a_difference_written_as_minus(svc):
    rec = _ask(svc, "Hongze coercion decisions: 2024 figure minus 2023 figure?")
    assert rec["value"] == -111 and rec["operation"] == "difference"


@pytest.mark.parametrize("question, value", [
    ("How many authoritative releases on executive meeting topics did the Shanghai General Office make in 2019?", 38),
    ("In 2025, how many news stories did Shuyang's new-media accounts produce?", 2606),
    ("How many government websites did Shanghai check each quarter in 2019?", 70),
])
def test_more_english_words_of_numbers_the_text_states(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and rec["facts"] == []


@pytest.mark.parametrize("question, key, value", [
    ("淮安2024年行政诉讼总共多少件？直接起诉的和复议后起诉的都算上", "appeals.litigation_after_review.total", 46),
    ("Huai'an 2024: requests dropped because the applicant didn't supplement in time?", "requests.other.overdue_correction.total", 71),
    ("Huai'an 2024 — every 'unable to provide' reason added up?", "requests.unable.total", 781),
])
def test_conversational_words_and_reasons_added_up(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


@pytest.mark.parametrize("question, value", [
    ("How many policy-interpretation items did Hongze District put out in 2024?", 7),
    ("Shanghai general office 2025: how many disclosure requests did applicants withdraw themselves?", 157),
    ("How many NPC deputies' suggestions did STCSM handle as lead or co-handler in 2024?", 50),
])
def test_hyphens_and_verbs_in_english_narrative_questions(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and rec["facts"] == []


@pytest.mark.parametrize("question", [
    "Huai'an 2024: requests from individuals, the emailed batch plus those carried over from the year before - total?",
    "Shanghai General Office, 2025: 'not held' plus 'sent to the wrong office' requests - how many together?",
])
def test_an_addition_read_only_in_part_is_offered_never_totalled(svc, question):
    """Of "A plus B", only A read and words left over: A is offered back, with no total."""
    rec = _ask(svc, question)
    assert rec["value"] is None and len(rec["clarify"]) == 1 and "only this one" in rec["answer"]


def test_an_addition_read_in_full_is_totalled(svc):
    assert _ask(svc, "淮安2024年新收和上年结转的申请一共多少？")["value"] == 3153


@pytest.mark.parametrize("question", [
    "帮我查一下2024年向淮安市政府申请公开的张某的电话号码",
    "沭阳县2025年不予公开的申请里，各乡镇分别有几件？",
    "How many of Huai'an's 2024 requests came from each district?",
])
def test_a_named_person_or_a_breakdown_by_township_gets_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None and rec["facts"] == []


# -- classes read in blind7's dev part and in the tuned sets' failures (2026-12-01) ----------------------
@pytest.mark.parametrize("question, key, value", [
    ("Shanghai Gen Office 2019 - new applications from commercial enterprises?", "requests.received.commercial", 35),
    ("shanghai gen office: carried-over-from-prior-year requests, 2019 vs 2025, how much higher in 2025",
     "requests.carried_over.total", 171),
    ("Huai'an govt 2024 # of reqs received", "requests.received.total", 3119),
    ("涧西区2020年一共收到几件公开申请", "requests.received.total", 17),
    ("沭阳县2025年“没有现成信息、需要另行制作”的有几件？别跟不掌握的搞混", "requests.unable.needs_creation.total", 2),
    ("Shuyang 2025 requests that would need to be newly created — not to be confused with info not held",
     "requests.unable.needs_creation.total", 2),
    ("How many normative documents had the Shanghai General Office made public in total as of 2019?",
     "active.normative_docs.total_published", 368),
])
def test_abbreviations_nouns_asides_and_measures(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)


def test_make_public_is_the_documents_published(svc):
    """The rules read "make public" as 本年新公开; the learned reader (which reads "make" as 制发)
    believes that reading just under the confirmation bar, so the cell may be offered to confirm
    instead of asserted — either way it is the published cell, never 制发's."""
    rec = _ask(svc, "How many normative documents did the Shanghai General Office make public in 2019?")
    if rec["value"] is None:
        assert rec["clarify"][0]["key"] == "active.normative_docs.published" and rec["clarify"][0]["value"] == 60
    else:
        assert rec["value"] == 60 and "active.normative_docs.published" in _keys(rec)


@pytest.mark.parametrize("question, value, words", [
    ("How many press briefings (not full press conferences) did the Shanghai municipal government hold in 2025?",
     19, "新闻通气会19场"),
    ("How many press conferences did the Shanghai municipal government hold in 2025?", 42, "新闻发布会42场"),
    ("How much did Huai'an collect in information processing fees in 2024 (yuan)?", 3940, "信息处理费3940元"),
    ("Hongze 2024: how many executive meetings were made public?", 7, "常务会议7期"),
    ("Shuyang 2025 — annual reports of how many county units were published together in one batch?", 64, "64家单位"),
])
def test_english_numbers_the_text_states(svc, question, value, words):
    svc.model_ready_event.wait(300)
    rec = _ask(svc, question)
    assert rec["value"] == value
    assert any(words in p["text"].replace(" ", "") for p in rec["passages"])


@pytest.mark.parametrize("question", [
    "What budget did Hongze District spend on its government website in 2023?",  # money: no count of items
    "淮安2024年那351件复议，申请人是哪几个乡镇的",  # a breakdown by township
    "What was the mean response time of Huaian 2024?",
])
def test_no_number_for_what_the_reports_do_not_state(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"]


@pytest.mark.parametrize("questions, key, value", [
    (["Smallest carry-over from the prior year — Huaian 2024, Shuyang 2025, Shanghai General Office 2019?"],
     "requests.carried_over.total", 18),  # a capitalised superlative ranks ascending
    (["Fewest requests received: Huaian 2024 or Shuyang 2025?"], "requests.received.total", 713),
    (["Huai'an 2024: full disclosures granted to legal service institutions — not commercial firms?"],
     "requests.granted.legal_services", 50),
    (["For Huaian 2024, how many applications were rolled over to be answered in 2025?"],
     "requests.carried_forward.total", 103),
    (["淮安2024年从2023年结转过来的申请有几件？（不是转到2025年的）"], "requests.carried_over.total", 34),
    (["淮安市2024年清理掉、宣布作废的行政规范性文件有几件"], "active.normative_docs.repealed", 26),
    (["淮安2024年规章现行有效件数", "行政规范性文件呢"], "active.normative_docs.in_force", 66),
    (["Shanghai General Office 2019 centralised procurement amount?", "Jianxi 2020 same item?"],
     "active.procurement.amount", 28.6232),
    (["沭阳县2025年因为国家秘密不予公开的有几件", "and for safety/stability reasons?"],
     "requests.withheld.security_stability.total", 2),
    (["How many requests did Shuyang withhold for security reasons in 2025?"],
     "requests.withheld.security_stability.total", 2),
    (["Huai'an 2024 - requests refused as internal process information (the 'four kinds of process information')?"],
     "requests.withheld.process_info.total", 12),
])
def test_rankings_negations_directions_and_follow_ups(svc, questions, key, value):
    rec = _ask(svc, *questions)
    assert rec["value"] == value and key in _keys(rec)


@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office 2025: how many documents went through release review?", 330),  # 发布审查, not 行政复议
    ("Shanghai General Office 2025: how many documents got a disclosure attribute review?", 166),
])
def test_reviews_of_documents_are_not_administrative_reviews(svc, question, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and not any(k.startswith("appeals.") for k in _keys(rec))


def test_a_ground_nothing_explains_narrows_the_row(svc):
    rec = _ask(svc, "How many requests did Shuyang withhold for flimsy reasons in 2025?")
    assert rec["value"] is None


@pytest.mark.parametrize("questions, key, value", [
    (["Lawsuits filed straight to court (no reconsideration first) against Huai'an gov over disclosure in 2024?"],
     "appeals.litigation_direct.total", 26),  # an aside of what is not asked
    (["上海科委2024年的规范性文件，现行有效的是多少件（问的不是当年制发数）？"], "active.normative_docs.in_force", 55),
    (["2024年淮安市政府收到的申请里，被认定为信访举报投诉类、不予处理的有多少？"], "requests.not_processed.petition.total", 62),
    (["淮安2024年收到多少申请", "其中批准公开的有几件？"], "requests.granted.total", 1362),  # the part, not the whole
    (["For Huai'an in 2024, how many requests got refused because a law or regulation bars disclosure?"],
     "requests.withheld.prohibited_by_law.total", 31),
    (["How many regulations did the Shanghai General Office newly make in 2019?"], "active.regulations.made", 13),
])
def test_asides_parts_of_a_whole_and_grounds(svc, questions, key, value):
    rec = _ask(svc, *questions)
    assert rec["value"] == value and key in _keys(rec)


@pytest.mark.parametrize("questions, key, value", [
    (["来电群众问：洪泽24年全部公开答复的申请有多少件？"], "requests.granted.total", 50),  # 群众 is the caller
    (["记者想对比一下：淮安市政府2024年年报里废止掉的规范性文件是多少"], "active.normative_docs.repealed", 26),
    (["Caller asks: requests handled in total at the Shanghai govt general office, in 2025?"],
     "requests.total_processed.total", 1191),
    (["Shuyang 2025 lawsuits filed WITHOUT going to review first?"], "appeals.litigation_direct.total", 3),
    (["上年结转最多的一家：淮安24年、沭阳25年、涧西20年、上海市府办19年"], "requests.carried_over.total", 36),
    (["淮安市2024年不予处理的申请中，重复申请有几件"], "requests.not_processed.duplicate.total", 25),
    (["pls tell me Huai'an municipal government number of requests refused because the info would need to be made new, in 2024"],
     "requests.unable.needs_creation.total", 11),  # the ground is read: its own row, not 不予公开
])
def test_who_asks_superlative_lists_and_parts(svc, questions, key, value):
    rec = _ask(svc, *questions)
    assert rec["value"] == value and key in _keys(rec)


@pytest.mark.parametrize("question", [
    "Shanghai General Office 2025 requests in Q3?",  # a quarter: the tables count whole years
    "淮安24年 不予公开的申请里 有几个人后来又去信访了",  # a part of 不予公开 no cell holds
])
def test_no_number_for_a_part_or_a_period_the_tables_lack(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None


@pytest.mark.parametrize("questions, key, value", [
    (["huaian 2024 how many reqests were not proccessed as petitions"], "requests.not_processed.petition.total", 62),
    (["how many requests did hongze recieve in 2023"], "requests.received.total", 21),
    (["Among Huai'an 2024, Shuyang 2025 and Hongze 2023, who got fewest new requests?"], "requests.received.total", 21),
    (["淮安市政府2024年复议、直接起诉、复议后起诉三类案件加总是多少"], "appeals.review.total", 397),
    (["淮安市政府24年有多少申请是说要另外做一份才能给的？"], "requests.unable.needs_creation.total", 11),
    (["I asked Huaian city govt for a file and they said they dont have it. How many got that answer in 2024?"],
     "requests.unable.not_held.total", 769),
    (["Shuyang 2025, how many applications came from law firms / legal service orgs"], "requests.received.legal_services", 5),
    (["淮安市2024年从上一年接过来的申请是多少件（注意不是转到下一年的）"], "requests.carried_over.total", 34),
    (["沭阳县2025年予以公开多少", "（二）呢"], "requests.partially_granted.total", 101),
    (["帮我查下淮安市人民政府二〇二四年的一共办理完的申请数量"], "requests.total_processed.total", 3050),
])
def test_typos_stories_and_numbered_follow_ups(svc, questions, key, value):
    """Misspelt English words one edit from a word of the vocabulary (never a word the reader
    knows: "fewest" stays fewest), what happened told as a story, a row by its printed number."""
    _answered_or_offered(_ask(svc, *questions), key, value)


@pytest.mark.parametrize("question", [
    "沭阳县2025年行政复议纠正的案子都是哪个局的",
    "STCSM 2024 most asked topic of requests?",
    "Is Shuyang county more transparent than Huai'an? your honest opinion pls (2025 vs 2024 reports)",
])
def test_departments_topics_and_opinions_get_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"]


@pytest.mark.parametrize("questions, key, value", [
    (["淮安2024年行政诉讼直接起诉的结果维持几件", "那直接起诉的呢"], "appeals.litigation_direct.upheld", 13),
    (["上海市政府办公厅2019年个人申请里因为描述不清楚没法提供的有几件"], "requests.unable.unclear.natural_person", 25),
    (["淮安市政府2024年 申请人没按时交信息处理费的有几件"], "requests.other.overdue_fee.total", 6),
    (["shuyang 2025 'we dont hold this info' replys count"], "requests.unable.not_held.total", 111),
    (["Huai'an 2024: applicants who never fixed their incomplete application in time — how many?"],
     "requests.other.overdue_correction.total", 71),
    (["涧西区政府办 2020年 没掌握相关信息的答复几件"], "requests.unable.not_held.total", 2),
    (["Jianxi 2020: procurement projects plus normative docs made — together?"], "active.procurement.projects", 10),
])
def test_blind10_classes(svc, questions, key, value):
    """Classes read in blind10's scored failures (development material since)."""
    _answered_or_offered(_ask(svc, *questions), key, value)


def test_two_items_added_with_one_read_is_not_a_total(svc):
    rec = _ask(svc, "上海市府办2019年采购项目数和新制作规章数加一起是多少")
    assert rec["value"] != 13  # 13 is 规章 alone; the sum is 19, or an ask-back


def test_a_breakdown_by_which_department_gets_no_number(svc):
    rec = _ask(svc, "STCSM 2024 requests broken down by which department handled them?")
    assert rec["value"] is None and not rec["found"]


@pytest.mark.parametrize("questions, key, value", [
    (["上海市府办2019年办不完留到下一年的有多少"], "requests.carried_forward.total", 72),
    (["淮安2024年先复议、复议完了又去法院起诉的，一共多少件"], "appeals.litigation_after_review.total", 20),
    (["Shanghai gov general office 2019: total number of rules (规章) published overall?"],
     "active.regulations.total_published", 524),
    (["Hongze 2024 new requests in the table?", "and how many did they finish in total?"],
     "requests.total_processed.total", 95),
])
def test_blind11_dev_classes(svc, questions, key, value):
    _answered_or_offered(_ask(svc, *questions), key, value)
