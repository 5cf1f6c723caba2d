"""Reading classes of the tenth session (2026-12-02): general repairs read from the failures of the
retired held-out tests of the ninth session (blind65–69) and the dev parts of blind70–74, all
development material. Each is asked of the real engine over the real corpus reports; the cells
cited (or the absence of any number) are checked, not only the number."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


# -- a follow-up whose own words read nothing never repeats the previous number ------------------------
@pytest.mark.parametrize("turns", [
    # a new question whose words no cell reads, after two cells of the same report
    ["洪泽区2023年部分公开几件", "不予处理的有几件", "2023年洪泽区年报里主动公开的政府信息多少条"],
])
def test_a_follow_up_that_reads_nothing_new_does_not_repeat_the_last_cell(svc, turns):
    first = _ask(svc, *turns[:-1])
    rec = _ask(svc, *turns)
    assert not (rec["value"] == first["value"] and _keys(rec) == _keys(first)), rec["answer"][:200]


@pytest.mark.parametrize("turns, value", [
    (["沭阳2025年个人的新收和上年结转加起来", "一共多少"], 741),  # a bare total of the same sum
    (["上海科委2024年收到几个申请", "那2024年呢"], 34),  # nothing of its own: the same cell again
    (["淮安2024年行政复议多少件", "Huai'an 2024, same outcome?"], 351),  # "same": asked again
])
def test_asking_again_still_gets_the_same_cell(svc, turns, value):
    assert _ask(svc, *turns)["value"] == value


def test_the_remaining_other_in_quotes_is_the_third_line_of_other_handling(svc):
    rec = _ask(svc, "沭阳县2025年 申请人交了申请又不补材料 被撂下的有几件", "不交费被撂下的呢", "剩下那个“其他”呢")
    assert rec["value"] == 143 and _keys(rec) == {"requests.other.other.total"}


# -- "other" and "research" listed with the organisations' columns -----------------------------------
@pytest.mark.parametrize("question, keys, value", [
    ("Shanghai General Office 2019, how many new requests came from organisations rather than individuals? "
     "(commercial + legal services + other columns)",
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}, 38),
    ("Shanghai General Office 2019, new requests from companies, law firms and others combined",
     {"requests.received.commercial", "requests.received.legal_services", "requests.received.other_org"}, 38),
    ("Huai'an 2024: new requests from all five kinds of organisations (commercial, research, public-interest, "
     "legal services, other) added up",
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 118),
])
def test_other_and_research_in_a_list_of_columns(svc, question, keys, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == keys, rec["answer"][:200]


def test_research_listed_before_and_other_is_a_column_of_the_sum(svc):
    # three parts listed, three added (the research column is 0 in that report)
    rec = _ask(svc, "Shanghai General Office 2019, new requests: commercial, research and other combined")
    assert rec["value"] == 36 and _keys(rec) == {"requests.received.commercial", "requests.received.research",
                                                 "requests.received.other_org"}


@pytest.mark.parametrize("question, value", [
    ("Shanghai General Office 2025: reconsiderations + direct suits + suits after reconsideration, all together", 89),
    ("Hongze 2024: licensing + penalty + enforcement decisions, all three together", 12347),
    ("Huai'an 2024: how many rules and normative documents are valid right now, both together?", 77),
])
def test_lists_closed_by_all_or_both_are_not_miscounted(svc, question, value):
    assert _ask(svc, question)["value"] == value


# -- the thing a "how many" counts is a noun no term reads -------------------------------------------
@pytest.mark.parametrize("question", [
    "Huai'an 2024: how many full sweeps of the disclosure columns were carried out?",
    "Huai'an 2024: how many inspections were carried out?",
])
def test_carried_out_is_no_carrying_of_requests(svc, question):
    rec = _ask(svc, question)
    assert not any(k.startswith(("requests.carried_forward", "requests.carried_over")) for k in _keys(rec))
    assert rec["value"] in (None, 4)  # the text's 4 full checks of the columns, or nothing


@pytest.mark.parametrize("question, value", [
    ("Shuyang County 2025: how many requesters got everything they asked for?", 294),
    ("Huai'an 2024: how many requests like my own were refused?", 178),
    ("Hongze 2023: how many people asked for things that were really petitions and were not processed?", 1),
])
def test_counted_requests_and_people_are_still_read(svc, question, value):
    assert _ask(svc, question)["value"] == value


# -- declines: personal details, a split the tables never make --------------------------------------
@pytest.mark.parametrize("question", [
    "can u give me the home address of whoever filed the reconsideration against Jianxi District office in 2020",
    "STCSM 2024: split the requests by which Shanghai district the applicants live in",
])
def test_personal_details_and_splits_by_district_give_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"]


# -- wordings read from the failures ----------------------------------------------------------------
@pytest.mark.parametrize("turns, key, value", [
    (["沭阳2025年公司把同一个申请又交一遍、被不予处理的有几件"], "requests.not_processed.duplicate.commercial", 1),
    (["淮安2024年同一件事反复来申请被不予处理的有几件"], "requests.not_processed.duplicate.total", 25),
    (["Shanghai General Office 2025 requests to be continued into next year"], "requests.carried_forward.total", 293),
    (["Shuyang 2025 individuals told the office doesn't have that info at all (not the 'would need to be created' ones)?"],
     "requests.unable.not_held.natural_person", 111),
    (["沭阳县2025年收到多少申请", "same question for Huai'an, 2024"], "requests.received.total", 3119),
    # "政府", "他们", "我们单位": the body or the asker, never a quantity's words (nor the legal-person column)
    (["沭阳2025 个人申请的里面 政府回复本机关不掌握的有多少"], "requests.unable.not_held.natural_person", 111),
    (["我们单位在做洪泽区2024年的数据汇总 行政许可 本年处理决定数量是多少来着"], "active.licensing.decisions", 9487),
    (["淮安2024年 从2023年没办完、转过来接着办的申请有多少"], "requests.carried_over.total", 34),
    (["How many info requests did Huai'an city government fully release in 2024?"], "requests.granted.total", 1362),
    (["Huaian 2024: businesses that received only part of what they requested, count?"],
     "requests.partially_granted.commercial", 7),
    (["Shanghai General Office, 2019: company requests turned away as mere administrative look-ups — how many?"],
     "requests.withheld.admin_query.commercial", 2),
    (["淮安 2024 申请人没写清楚到底要啥 结果没法提供的 几件"], "requests.unable.unclear.total", 1),
])
def test_wordings_read_from_blind70_74_dev(svc, turns, key, value):
    """The cell answered, or (a wording the learned reader hardly believes) offered first to confirm."""
    rec = _ask(svc, *turns)
    if rec["value"] is None and rec.get("clarify"):
        assert rec["clarify"][0]["key"] == key and rec["clarify"][0]["value"] == value
        return
    assert rec["value"] == value and _keys(rec) == {key}, (turns, _keys(rec), rec["answer"][:200])


def test_a_name_with_words_masked_inside_is_said_without_the_gap(svc):
    rec = _ask(svc, "Huai'an public security bureau 2024: requests received?")
    assert not rec["found"] and "  " not in rec["answer"]


@pytest.mark.parametrize("question, words", [
    ("How many requests did Huai'an's education bureau receive in 2024?", "fictional"),
    ("淮安市教育局2024年收到多少申请", "虚构"),
])
def test_a_number_of_a_generated_sample_report_says_so_in_its_words(svc, question, words):
    rec = _ask(svc, question)
    assert rec["reports"] and all(r["sample"] for r in rec["reports"])
    assert rec["value"] is not None and words in rec["answer"], rec["answer"][:300]


def test_a_real_report_has_no_fictional_note(svc):
    rec = _ask(svc, "淮安市2024年收到多少申请")
    assert rec["value"] == 3119 and "虚构" not in rec["answer"]


# -- one person's case and the official who handled it: no number ----------------------------------
@pytest.mark.parametrize("question", [
    "My neighbour asked Huai'an in 2024 for files on his demolition compensation. Did he get them?",
    "我叫王建国，2025年在沭阳县政府申请过拆迁补偿的信息，麻烦帮我查查批了没有",
    "淮安市2024年驳回我申请的那个经办人叫什么 手机号能给我吗",
])
def test_one_persons_case_and_the_officials_name_give_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


# -- new requests plus those that came over from a named year: both rows added ----------------------
def test_new_plus_those_that_came_over_from_a_year_is_the_sum_of_both_rows(svc):
    rec = _ask(svc, "上海市府办2025年 当年新收的加上2024年转过来的 一共要处理多少件申请")
    assert rec["value"] == 1484 and _keys(rec) == {"requests.received.total", "requests.carried_over.total"}


def test_a_sum_with_one_part_read_is_offered_never_given_as_the_total(svc):
    rec = _ask(svc, "上海市府办2025年 当年新收的加上那些乱七八糟的 一共要处理多少件申请")
    assert rec["value"] is None


@pytest.mark.parametrize("question, key, value", [
    ("淮安市2024年律师事务所这类法律服务机构递交的申请里，直接给予公开的有几件", "requests.granted.legal_services", 50),
    ("淮安市2024年没办完、挪到2025年接着办的申请有多少", "requests.carried_forward.total", 103),
    ("淮安市2024年 2023年转过来的申请有多少", "requests.carried_over.total", 34),
    ("淮安市2024年 从2023年接过来继续办的申请有多少件（不是转到2025年的那个）", "requests.carried_over.total", 34),
    ("Shuyang 2025: number of requests not released to protect somebody else's legitimate rights",
     "requests.withheld.third_party.total", 2),
    ("Jianxi 2020 how many requests were answered by simply handing the info over", "requests.granted.total", 13),
])
def test_wordings_read_from_blind75_77(svc, question, key, value):
    rec = _ask(svc, question)
    if rec["value"] is None and rec.get("clarify"):
        assert rec["clarify"][0]["key"] == key and rec["clarify"][0]["value"] == value
        return
    assert rec["value"] == value and _keys(rec) == {key}, (question, _keys(rec), rec["answer"][:200])


@pytest.mark.parametrize("question", [
    "上海市府办2025年被复议纠错的那几件 具体是什么案子 为啥被纠错",
    "Shuyang 2025: which exactly were those corrected reviews about?",
])
def test_what_the_counted_cases_were_gives_no_count(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


def test_the_count_of_those_cases_is_still_answered(svc):
    rec = _ask(svc, "上海市府办2025年被复议纠错的有几件")
    assert rec["value"] == 0 and _keys(rec) == {"appeals.review.corrected"}


def test_no_source_file_holds_a_control_character_in_a_pattern():
    # a "\b" written into a plain string once became a backspace: that pattern could never match
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    for sub in ("rag", "vocab", "ingest", "service", "stores", "web", "generator"):
        for f in (root / sub).rglob("*.py") if (root / sub).is_dir() else []:
            text = f.read_text(encoding="utf-8")
            assert "\x08" not in text and "\x0c" not in text, f


# -- a group read whole while words of one of its parts are left: not the group's total ----------------
@pytest.mark.parametrize("turns", [
    ["淮安市2024年有没有人一口气特别能折腾、数量明显离谱被不予处理的 几件"],
    ["Huai'an 2024 how many requests were refused?", "and ones refused because the asker did the zigzag thing?"],
])
def test_a_group_with_words_of_a_part_left_is_not_its_total(svc, turns):
    rec = _ask(svc, *turns)
    assert rec["value"] is None or not ({"requests.not_processed.total", "requests.withheld.total"} & _keys(rec)), \
        rec["answer"][:200]


@pytest.mark.parametrize("question, value", [
    ("Huai'an 2024: add up all five 'not processed' (不予处理) sub-rows - what's the total?", 88),
    ("Jianxi 2020: how many requests were refused outright (不予公开)?", 0),
    ("2025年宿迁沭阳拒绝公开了几件", 32),
])
def test_a_group_asked_whole_is_still_its_total(svc, question, value):
    assert _ask(svc, question)["value"] == value


# -- directions and exclusions of carried-over requests; "people" among the columns ---------------------
@pytest.mark.parametrize("turns, key, value", [
    (["STCSM 2024: how many requests carried into the year from before?"], "requests.carried_over.total", 2),
    (["STCSM 2024: how many requests carried into the year from before?", "and for the Shanghai General Office in 2025?"],
     "requests.carried_over.total", 189),
    (["沭阳县2025年表里本年新收申请总数 别加上一年结转的"], "requests.received.total", 713),
    (["shanghai gen office 2025 carried in from the 2024 backlog (上年结转)?"], "requests.carried_over.total", 189),
    (["淮安市2024年 是从2023年没办完接着转过来办的有多少件（不是转到2025年的）"], "requests.carried_over.total", 34),
])
def test_carry_directions_and_exclusions(svc, turns, key, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == {key}, (turns, _keys(rec), rec["answer"][:200])


def test_people_beside_companies_is_the_individuals_column(svc):
    rec = _ask(svc, "shanghai general office 2019 new requests from people plus from companies")
    assert rec["value"] == 856 and _keys(rec) == {"requests.received.natural_person", "requests.received.commercial"}


# -- who asks is no split of the applicants; complaint letters are what the requests were -------------
def test_a_student_asking_is_not_a_split_by_occupation(svc):
    rec = _ask(svc, "我是做课题的学生 想问淮安2024年有几件申请是因为涉及国家秘密没给的")
    assert rec["value"] == 2 and _keys(rec) == {"requests.withheld.state_secret.total"}


def test_requests_from_students_are_still_a_split_the_tables_lack(svc):
    rec = _ask(svc, "How many requests from students did Huai'an get in 2024?")
    assert rec["value"] is None and not rec["found"]


def test_one_persons_own_request_in_english_gives_no_number(svc):
    rec = _ask(svc, "I applied to the Shanghai General Office in 2025 about my housing file and never heard back, what happened to mine?")
    assert rec["value"] is None and not rec["found"]


@pytest.mark.parametrize("turns, key, value", [
    (["hongze 'not held' answers went from 2023 to 2024 by how much"], "requests.unable.not_held.total", 21),
    (["Huai'an 2024 new requests?", "and how many were carried over into that year from 2023?"], "requests.carried_over.total", 34),
    (["淮安2024年 从前一年留下来、这年接着办的申请有几件（不是转到下一年的那个）"], "requests.carried_over.total", 34),
])
def test_by_how_much_and_carried_into_that_year(svc, turns, key, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and key in _keys(rec), (turns, _keys(rec), rec["answer"][:200])


# -- read from blind81–83 (scored once before being read, then development material) -------------------
@pytest.mark.parametrize("question", [
    "My neighbor Li Mei filed a request with Hongze in 2024 — was hers one of the ones refused?",
    "My uncle asked Hongze District for his land-acquisition file in 2024 and got refused - which row is his case counted in?",
    "12345这边有个市民问：上海市府办2025年被起诉的12件里，他自己那件判了没有",
    "我2025年春天帮我妈给沭阳县政府写过申请，问拆迁补偿的，想问下她那件最后是公开了还是没公开",
])
def test_one_persons_own_case_gets_no_quoted_passage(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"] and not rec["passages"], rec["answer"][:200]


def test_a_passage_question_is_still_answered_from_the_text(svc):
    rec = _ask(svc, "上海市科委2024年报告说的主要问题是什么？")
    assert rec["found"] and rec["passages"]


@pytest.mark.parametrize("turns, keys, value", [
    (["Huai'an 2024, how many lawsuits were brought after review?", "and of those, how many did the government win?",
      "how many got some other result?"], {"appeals.litigation_after_review.other"}, 1),
    (["上海市府办2019年个人申请里本机关不掌握的", "那企业申请人呢"], {"requests.unable.not_held.commercial"}, 12),
    (["Shanghai General Office 2019: the cumulative total of normative documents publicly released — not just the ones made in 2019?"],
     {"active.normative_docs.total_published"}, 368),
    (["Shuyang 2025 — add up requests rejected as petitions/complaints and those rejected as duplicates."],
     {"requests.not_processed.petition.total", "requests.not_processed.duplicate.total"}, 19),
    (["沭阳2025年上一年剩下转过来的申请有多少"], {"requests.carried_over.total"}, 36),
    (["Jianxi 2020 - requests where the info was simply made public?"], {"requests.granted.total"}, 13),
])
def test_wordings_read_from_blind81_83(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value and _keys(rec) == keys, (turns, _keys(rec), rec["answer"][:200])


@pytest.mark.parametrize("turns, winner", [
    (["Shuyang 2025 - petition-type requests not processed?", "Huai'an 2024 for the same thing?", "which of the two is bigger"],
     "淮安市人民政府"),
    (["上一年剩下转过来的申请 沭阳2025年 洪泽2023年 上海市府办2019年 谁最多"], "沭阳县人民政府"),
    (["Petition-type requests from individuals that were not processed: top body among Huai'an 2024, Shuyang 2025, "
      "Shanghai General Office 2019?"], "上海市人民政府办公厅"),
])
def test_rankings_read_from_blind81_83(svc, turns, winner):
    rec = _ask(svc, *turns)
    assert rec["operation"] == "ranking" and rec["answer"].count(winner) >= 1
    assert rec["answer"].index(winner) < min((rec["answer"].find(a) for a in ("沭阳县人民政府", "淮安市人民政府", "上海市人民政府办公厅", "淮安市洪泽区人民政府")
                                               if a != winner and a in rec["answer"]), default=10 ** 6)


@pytest.mark.parametrize("turns, keys, value", [
    (["Hongze 2023 normative docs still in force?", "2024?", "new ones issued in 2024"], None, 3),
    (["淮安市2024年申请的东西政府手里压根没有的几件"], {"requests.unable.not_held.total"}, 769),
    (["淮安市2024年申请的东西政府手里压根没有的几件", "那写得看不明白的呢"], {"requests.unable.unclear.total"}, 1),
    (["沭阳县2025年 先去复议、不满意再告到法院的 一共几件"], {"appeals.litigation_after_review.total"}, 10),
    (["我妈前阵子托我给淮安市政府写过信息公开申请，顺便想问下 淮安2024年自然人一共申请了多少件"],
     {"requests.received.natural_person"}, 3001),
])
def test_more_wordings_read_from_blind81_83(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    assert rec["value"] == value, (turns, rec["answer"][:200])
    if keys:
        assert _keys(rec) == keys
    else:  # the documents' measure, never the requests received
        assert all(k.startswith("active.normative_docs.") for k in _keys(rec))


@pytest.mark.parametrize("question, key, value", [
    ("淮安市人民政府 — applications dismissed without processing in 2024?", "requests.not_processed.total", 88),
    ("淮安市2024年来自商业企业的被拒绝公开申请是几件？", "requests.withheld.commercial", 2),
])
def test_one_stray_word_beside_a_group_keeps_its_total(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


# -- read from the held-out tests' failures after their one score (measured by no held-out set) ----------
def test_this_kind_among_another_applicants_requests_keeps_the_row(svc):
    rec = _ask(svc, "淮安2024年本机关不掌握的有几件", "律所那类法律服务机构申请的里面这种有几件")
    assert rec["value"] == 10 and _keys(rec) == {"requests.unable.not_held.legal_services"}
    rec = _ask(svc, "淮安2024年本机关不掌握的有几件", "律所那类法律服务机构申请的里面这种有几件", "公司呢")
    assert rec["value"] == 12 and _keys(rec) == {"requests.unable.not_held.commercial"}


@pytest.mark.parametrize("question", [
    "How many of Huai'an's 2024 disclosure lawsuits were brought by companies rather than individuals?",
    "I asked the Shanghai General Office in 2025 for my father's housing file - was it approved?",
    "My neighbour Li filed a request to Hongze District in 2024, what address did he put on the form?",
    "STCSM 2024: what were the 14 'other handling' requests about?",
])
def test_splits_and_cases_the_reports_lack_give_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]


@pytest.mark.parametrize("question, key, value", [
    ("Huai'an 2024 administrative reconsiderations about disclosure: in how many did the reviewing body find the city at fault?",
     "appeals.review.corrected", 64),
    ("沭阳2025年 先申请复议、对复议不满意再去法院起诉的 一共几件", "appeals.litigation_after_review.total", 10),
])
def test_more_everyday_appeal_wordings(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and _keys(rec) == {key}


def test_requests_withdrawn_are_the_texts_number_never_received(svc):
    rec = _ask(svc, "Shanghai General Office 2025: requests withdrawn by the applicants themselves?")
    assert "requests.received.total" not in _keys(rec) and rec["value"] in (None, 157)


@pytest.mark.parametrize("order, winner", [("从少到多排第一的是", "上海市人民政府办公厅"), ("从多到少排第一的是", "淮安市人民政府")])
def test_a_ranking_with_its_order_named(svc, order, winner):
    rec = _ask(svc, f"法律服务机构提的新申请：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，{order}")
    assert rec["operation"] == "ranking" and winner in rec["answer"].split("。")[0]


def test_the_total_row_of_handling_results_is_requests_handled(svc):
    rec = _ask(svc, "Hongze 2024: requests received?", "and the 总计 row of handling results?")
    assert rec["value"] == 95 and _keys(rec) == {"requests.total_processed.total"}
