"""Reading classes of the twenty-second session (2026-12-03), found in the read blind sets (pool 15's dev
parts, and pool 14's test parts, read after they were scored once; pool 15's test parts, blind183–188,
were frozen before this work and stay unread): carry-overs named by both their years ("2023年没办完、转到
2024年接着办的", "carried over into 2019 … from 2018", "rolled over unfinished to 2025"), additions to the
figures just given ("把行政复议也加上，一共", "add … to that"), the part of a whole the asker quotes (no
number when the reports do not split it), causes asked in other words ("what reasons does it give", "主要原因
是什么", "on what grounds"), whether a figure includes a column ("Does that number include companies?"),
what only the text counts (withdrawn requests, out-of-date items cleared), remarks and relays around the
question, and questions the reports cannot answer by their nature (who signed the report, a fee's rate or
items, items over a number of reads, requests forwarded by another body). The wordings are the team's own
variants, asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _last(svc, turns):
    return ask_conversation(svc, *turns)


def _cited(rec):
    return [c.get("key") for c in rec.get("citations") or [] if c.get("key")]


@pytest.mark.parametrize("turns, value", [
    # carry-overs named by the year they came from and the year they went to
    (["淮安市2024年的申请中，2023年没办完、转到2024年继续办理的有几件？"], 34),
    (["How many requests were carried over into 2019 from 2018 at the Shanghai General Office?"], 18),
    (["How many requests did the Shanghai General Office carry into 2019 from 2018?"], 18),
    (["Huai'an 2024: how many requests rolled over unfinished into 2025?"], 103),
    (["上海科委2024年收到多少申请", "And how many did the commission bring forward from 2023 into 2024?"], 2),
    (["沭阳县2025年新收申请多少", "and how many came in from 2024?"], 36),
    (["淮安2024年有多少申请转到2025年继续办"], 103),
    (["Shanghai General Office requests left for the following year: what is the gap between 2019 and 2025?"], 221),
])
def test_carry_overs_named_by_their_years(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["沭阳县2025年直接起诉的案件几件？", "复议后起诉的呢？", "再把行政复议也加上，总共多少件？"], 74),
    (["How many Huai'an reviews were upheld in 2024?", "Add the upheld outcomes of both kinds of lawsuits to that — total?"], 97),
    (["淮安2024年复议后起诉的总计多少", "加上直接起诉的一共多少"], 46),
])
def test_additions_to_the_figures_just_given(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "sum", rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("沭阳县2025年公开了的申请（部分公开也算上）一共几件？", 395),
    ("Shuyang 2025: how many applicants came away with at least some of what they asked for?", 395),
    ("淮安市2024年，申请人多多少少拿到了信息的——全部公开加部分公开——合计多少件？", 1816),
    ("Huai'an 2024: of the requests it dealt with, how many were not granted in full, whatever the reason?", 1688),
])
def test_granted_in_part_or_short_of_full_added(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question", [
    "STCSM's WeChat account had 1016823 followers per its 2024 report. How many of them are scientists?",
    "沭阳县2025年749件申请里，市政府转过来的有几件？",
    "沭阳县2025年结转到下一年的31件里，有几件是因为要征求第三方意见才延期的？",
    "How many of Hongze's 2023 penalty decisions (4119) were made by the market regulator?",
    "What reasons does Hongze District give for the number of requests it received in 2024?",
    "洪泽区2024年新收申请增加的主要原因是什么？",
    "On what grounds did the reviewing bodies correct Shuyang County's decisions in 2025?",
    "Which official signed off Shuyang County's 2025 annual report?",
    "沭阳县2025年信息处理费的收费标准是每页多少钱？",
    "Did the disclosure staff at the Shanghai science commission think their 2024 workload was reasonable?",
    "STCSM 2024: how many WeChat articles had more than 100k reads?",
    "上海市府办2025年的行政复议案件里面，自然人提起的有多少？",
])
def test_no_number_for_what_the_reports_do_not_hold(svc, question):
    rec = ask_conversation(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


def test_a_part_the_text_states_of_a_whole_it_states_is_still_answered(svc):
    rec = ask_conversation(svc, "沭阳县2025年结转到下一年的31件里，有几件是自然人的？")
    assert rec["value"] == 31, rec["answer"][:300]


def test_forwarded_from_last_year_is_still_carried_over(svc):
    rec = ask_conversation(svc, "淮安2024年上年转过来的申请有几件")
    assert rec["value"] == 34, rec["answer"][:300]


@pytest.mark.parametrize("turns, value, said", [
    (["Shanghai General Office 2019: individuals told the information was not held?", "Does that figure include companies?"],
     252, "does not include"),
    (["淮安2024年收到多少申请", "这个数包括企业吗？"], 3119, "包括"),
])
def test_whether_a_figure_includes_a_column(svc, turns, value, said):
    rec = _last(svc, turns)
    assert rec["value"] == value and said in rec["answer"], rec["answer"][:400]


@pytest.mark.parametrize("turns, value", [
    (["淮安市2024年顺延到下一年度的申请有多少件？", "这些都是自然人的吗？商业企业的有没有？"], 0),
    (["Shanghai General Office 2019: individuals withheld as administrative-query matters?",
      "Any companies in that number? How many companies got the same answer?"], 2),
    (["How many new requests did law firms send Huai'an in 2024?", "How many of the firms' requests were granted?"], 50),
    (["淮安2024年部分公开的申请里，法律服务机构的有几件？", "抱歉，我问的是予以公开那一行的"], 50),
    (["淮安市2024年逾期不补正、机关不再处理的有多少件？", "逾期不交费的呢？", "第三小项“其他”呢？"], 110),
    (["In 2019, how many requests did the Shanghai General Office handle to completion?",
      "And how many of the 805 came from individuals?"], 767),
    (["Hongze 2023 normative documents in force?", "how many got repealed that year"], None),
])
def test_follow_ups_that_keep_the_row_or_the_column(svc, turns, value):
    rec = _last(svc, turns)
    if value is None:
        assert rec["value"] is not None and "repealed" in rec["answer"], rec["answer"][:300]
    else:
        assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office 2019 — total new applications? (need it for a briefing tomorrow, sorry for the rush)", 859),
    ("Huai'an 2024 new requests from commercial enterprises — careful, the column next to it is law firms, I don't want that one", 53),
    ("2019年上海市政府办公厅被人绕开复议、直接告到法院的案子，“尚未审结”是几？", 1),
    ("Shanghai General Office 2025: reconsiderations not concluded when the books closed?", 5),
    ("Huai'an 2024: how many requests were not processed as a large volume of repeated applications without a legitimate reason?", 0),
    ("Which body left the biggest backlog to the following year: Shanghai General Office 2019, Shuyang 2025 or Jianxi 2020?", None),
    ("淮安市2024年报正文说行政复议351件，表四复议那一栏总计是多少？", 351),
    ("上海市政府办公厅2019年报正文说无法提供265件。表三自然人那一列“无法提供”三个小项加起来是多少？", 321),
    ("2019年上海市政府办公厅的自然人申请里，补正之后内容还是不明确的有多少件？", 25),
])
def test_wordings_around_a_table_cell(svc, question, value):
    rec = ask_conversation(svc, question)
    if value is None:
        assert "上海市人民政府办公厅" in rec["answer"][:120] and "72" in rec["answer"], rec["answer"][:300]
    else:
        assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office 2025: within 'other handling', how many requests did applicants withdraw themselves?", 157),
    ("上海市政府办公厅2025年其他处理里，申请人自己撤回的有多少件", 157),
    ("沭阳县2025年清理掉的过期信息有多少条？", 697),
    ("How many outdated items did Shuyang County take down in its 2025 clean-up?", 697),
    ("朋友在淮安做记者 让我问下 淮安市2024年开了多少场新闻发布会", 12),
    ("上海市政府办公厅2025年除了新闻发布会，还开了几场新闻通气会？", 19),
    ("Journalist again — how many press conferences did Huai'an hold in 2024?", 12),
])
def test_numbers_only_the_text_states(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value, rec["answer"][:300]


def test_the_general_office_said_again_in_a_follow_up(svc):
    rec = _last(svc, ["Shanghai General Office 2019: how many times were executive meeting topics released?",
                      "And how many disclosure requests did the General Office receive that year?"])
    assert rec["value"] == 859, rec["answer"][:300]


def test_two_years_busier_and_by_how_much(svc):
    rec = _last(svc, ["How many new requests did the Shanghai General Office get in 2019?", "And in 2025?",
                      "Which of the two years was busier, and by how much?"])
    assert rec["value"] == 436 and rec["operation"] == "difference", rec["answer"][:300]


@pytest.mark.parametrize("turns, value, operation", [
    (["Huai'an 2024 partially granted?", "same for Shuyang 2025", "which of the two is higher, and by how much?"], 353, "difference"),
    (["沭阳2025年新收申请中自然人多少", "那法人或其他组织呢", "两者差多少"], 697, "difference"),
    (["沭阳县2025年行政复议多少件", "复议后起诉的呢", "直接起诉的也加进来，一共多少"], 74, "sum"),
    (["上海市府办2019年收到多少申请", "2025年呢", "哪年更忙？忙了多少？"], 436, "difference"),
])
def test_the_figures_just_given_set_against_or_added_to_each_other(svc, turns, value, operation):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == operation, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("上海市府办2025年的申请，有多少拖到2026年才办", 293),
    ("How many requests did Hongze move on to 2024 unfinished in 2023?", 0),
    ("沭阳县2025年没办完、转到2026年的有几件", 31),
    ("How many requests did the Shanghai General Office carry into 2020 from 2019?", 72),
    ("Shanghai General Office 2019: how many regulations had it made public overall, not just the new ones?", 524),
    ("How many departmental normative documents did the Shanghai General Office's 2019 gazette carry?", 45),
    ("自然人申请里“无法提供”的（三个小项合计），沭阳2025、洪泽2023、上海市府办2019、涧西2020哪家最多？", 321),
])
def test_more_cells_and_text_numbers(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value, rec["answer"][:300]


def test_a_ranking_of_every_sub_item_added_is_the_groups_own_figure(svc):
    rec = ask_conversation(svc, "自然人申请里“无法提供”的（三个小项合计），沭阳2025、洪泽2023、上海市府办2019、涧西2020哪家最多？")
    assert rec["value"] == 321 and {c.get("key") for c in rec.get("facts") or []} == {"requests.unable.natural_person"}, rec.get("facts")


def test_is_that_counting_restates_the_figure_and_says_the_column_apart(svc):
    rec = _last(svc, ["Huai'an 2024: individuals' requests granted?", "Is that counting businesses as well?"])
    assert rec["value"] == 1288 and "21" in rec["answer"], rec["answer"][:400]


def test_how_the_staff_felt_is_not_reported(svc):
    rec = ask_conversation(svc, "Did Huai'an staff feel overloaded in 2024?")
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]


def test_a_total_and_its_own_columns_are_never_added(svc):
    rec = _last(svc, ["上海科委2024年新收多少", "其中自然人", "那企业呢", "三类加一起"])
    assert rec["value"] != 68, rec["answer"][:300]
    rec = _last(svc, ["淮安2024年新收自然人多少", "企业呢", "法律服务机构呢", "三类加起来"])
    assert rec["value"] == 3115, rec["answer"][:300]


# -- after pool 15's score (its test parts read from then on): the team's own variants of its failure classes

@pytest.mark.parametrize("turns, value, said", [
    (["Shuyang 2025 partially granted?", "Is that counting the fully released ones as well?"], 101, "294"),
    (["Huai'an 2024 new requests?", "Does that include the ones carried over from 2023?"], 3119, "34"),
    (["上海市府办2025年新收多少", "这个数包含上一年转过来的吗？"], 1295, "189"),
    (["淮安2024年直接起诉多少件", "这个数里算上复议后起诉的了吗？"], 26, "20"),
])
def test_whether_a_figure_includes_another_row(svc, turns, value, said):
    rec = _last(svc, turns)
    assert rec["value"] == value and said in rec["answer"], rec["answer"][:400]


def test_a_check_then_the_part_asked_alone(svc):
    rec = _last(svc, ["沭阳2025年予以公开多少", "这个数字把部分公开的也算进去了吗？部分公开的单独是多少？"])
    assert rec["value"] == 101, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["How many Huai'an reviews were still pending at the end of 2024?", "And among direct lawsuits?",
      "And suits that followed a reconsideration?", "Put the three pending figures together?"], 44),
    (["淮安市2024年复议被纠正的几件？", "直接起诉那组纠正的呢？", "复议后起诉那组？", "三组纠正的合起来多少？"], 69),
])
def test_the_three_figures_of_a_column_just_given_added(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "sum", rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["沭阳县2025年行政复议多少", "弄错了，我要问的是淮安市2024年的"], 351),
    (["Hongze 2023 reviews?", "Sorry, Huai'an 2024 is the one I'm asking about."], 351),
])
def test_a_correction_naming_the_report_meant(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office 2019: the narrative speaks of 859 requests accepted. What new-requests total does table 3 print?", 859),
    ("上海市人民政府办公厅2025年报说办结1191件，表三（七）总计是多少？", 1191),
    ("Huai'an's 2024 narrative mentions 103 requests deferred to next year. What does the table give for carried forward?", 103),
    ("间西 2020年 本机关不掌握的 有几件", 2),
    ("述阳县2025年 行政复议 没审结的 几件？", 15),
    ("沭阳25年行政强治决定多少", 2154),
])
def test_text_figures_cited_and_typos(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question", [
    "What was the combined value of the fines behind Huai'an's 2024 penalty decisions?",
    "Shanghai General Office 2025: of the 157 withdrawn requests, how many came from companies?",
    "How many of the 'Shanghai Release' followers in 2025 live outside Shanghai?",
    "How many people ran STCSM's WeChat account in 2024?",
    "Of the 3119 requests Huai'an received in 2024, how many were about Hongze District?",
])
def test_no_number_after_pool_15(svc, question):
    rec = ask_conversation(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:300]
