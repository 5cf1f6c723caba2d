"""Reading classes of the twenty-third session (2026-12-03), found in the read blind sets (pool 16's dev
parts, and pool 15's test parts, read after they were scored once; pool 16's test parts, blind189–194,
were frozen before this work and stay unread): the figures of the last two turns added in everyday English
("Combine the two for me", "Add them up for me", "add those last two up"), the ground asked before kept
("companies refused on the same ground?", "因为这个理由没公开的"), the third sub-item of 其他处理 asked beside
the other two ("and for 'other' reasons?", "剩下“其他”那一项里"), requests carried on to the next year "for
further handling", suits after a review in other words, the running total of a document type, the drop
between two years just given, corrections and "same question" for another body, a body named by its level
or a place two bodies share, and splits the tables never print (firms by size, a kind of coercion). The
wordings are the team's own variants, asked of the real engine over the real corpus reports."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _last(svc, turns):
    return ask_conversation(svc, *turns)


def _cited(rec):
    return sorted(fact_keys(rec))


@pytest.mark.parametrize("turns, value", [
    (["Hongze 2024: administrative penalty decisions?", "And the coercion decisions?", "Combine the two for me."], 2860),
    (["Hongze 2024 penalty decisions?", "coercion decisions?", "Add them up for me."], 2860),
    (["Shuyang 2025: requests refused because they would harm a third party's rights?",
      "And refused as administrative query matters?", "Add those last two up."], 11),
    (["Huai'an 2024: requests not processed as petitions or complaints?", "And as repeat applications?",
      "Give me those two combined."], 87),
    (["淮安市政府2024年予以公开的申请中，自然人的有几件？", "换成法律服务机构那一列看看", "这两列合计是多少"], 1338),
])
def test_the_last_two_figures_added(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "sum", rec["answer"][:300]


@pytest.mark.parametrize("turns, key, value", [
    (["Shanghai General Office 2019: individuals refused because it was process information?",
      "And companies refused on the same ground?"], "requests.withheld.process_info.commercial", 1),
    (["淮安市政府2024年以属于行政查询事项不予公开的有几件？", "沭阳县2025年因为这个理由没公开的是几件？"],
     "requests.withheld.admin_query.total", 9),
    (["How many requests did Shuyang County refuse in 2025, all grounds together?",
      "How many of those were about protecting a third party's rights?"], "requests.withheld.third_party.total", 2),
    (["Shuyang 2025: other handling overall?", "Of those, the applicant never supplemented the request in time?",
      "And for 'other' reasons?"], "requests.other.other.total", 143),
    (["淮安2024年逾期不补正的有几件", "其他原因的呢"], "requests.other.other.total", 110),
    (["淮安市2024年“其他处理”一共多少件？", "其中逾期不交费的呢？", "剩下“其他”那一项里，商业企业有几件？"],
     "requests.other.other.commercial", 2),
    (["Shanghai General Office 2025: requests answered 'not held by this office'?",
      "And in its 2019 report, counting only requests from individuals?"], "requests.unable.not_held.natural_person", 252),
])
def test_the_row_asked_before_kept(svc, turns, key, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and _cited(rec) == [key], rec["answer"][:300]


@pytest.mark.parametrize("question, key, value", [
    ("Per its 2024 report, how many requests did Huai'an push into the next year for further handling?",
     "requests.carried_forward.total", 103),
    ("How many requests from its 2025 caseload did the Shanghai general office roll over to be handled in 2026?",
     "requests.carried_forward.total", 293),
    ("Shuyang County 2025: people who first went to reconsideration and then, unhappy with it, sued — how many suits?",
     "appeals.litigation_after_review.total", 10),
    ("淮安2024年先经过行政复议、之后又告到法院的信息公开案件有几件？", "appeals.litigation_after_review.total", 20),
    ("What is the cumulative number of normative documents the Shanghai General Office had made public, per its 2019 report?",
     "active.normative_docs.total_published", 368),
    ("Cumulatively, how many regulations had the Shanghai General Office made public as of 2019 — the running total, "
     "not the new ones?", "active.regulations.total_published", 524),
    ("Shuyang 2025: number of requests left unprocessed because they repeated an earlier application?",
     "requests.not_processed.duplicate.total", 7),
    ("淮安市政府2024年收到的公开申请，最后全部公开给申请人的有多少件？", "requests.granted.total", 1362),
    ("24年淮按市政府 部份公开的有几件", "requests.partially_granted.total", 454),
    ("my mum asked the city for an old land record and got told 本机关不掌握, is that normal?? like in Huaian 2024 "
     "how many requests got this answer in total", "requests.unable.not_held.total", 769),
])
def test_other_wordings_of_one_cell(svc, question, key, value):
    rec = _last(svc, [question])
    assert rec["value"] == value and _cited(rec) == [key], rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["Hongze District administrative penalty decisions, 2023?", "Then 2024?", "By how much did it drop?"], -1343),
    (["Hongze District administrative penalty decisions, 2023?", "Then 2024?", "How big was the drop?"], -1343),
    (["Hongze District 2024: penalty decisions?", "What was it in 2023?", "So how large was the fall from 2023 to 2024?"], -1343),
    (["How many Shanghai General Office requests were completed in 2019?",
      "How many more did it complete in 2025 than in 2019?"], 386),
])
def test_the_change_between_two_years(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and rec["operation"] == "difference", rec["answer"][:300]


@pytest.mark.parametrize("turns, agency, year, value", [
    (["How many licensing decisions did Hongze District make in 2023?", "What did that climb or drop to in 2024?"],
     "淮安市洪泽区人民政府", 2024, 9487),
    (["淮安市2024年不予处理里面，重复申请有几件？", "哦不对，我想问的是沭阳县2025年的。"], "沭阳县人民政府", 2025, 7),
    (["洪泽区2024年现行有效的行政规范性文件有几件？", "不好意思，我要看的是2023年的"], "淮安市洪泽区人民政府", 2023, 5),
    (["上海市科委2024年予以公开的申请有几件？", "同样的问题，上海市政府办公厅2025年是多少件"], "上海市人民政府办公厅", 2025, 206),
    (["How many requests did the Shanghai General Office fully grant in 2025?",
      "Correction: I wanted the Shanghai science commission's figure for 2024."], "上海市科学技术委员会", 2024, 9),
    (["涧西区政府办2020年政府集中采购项目有几个？", "上海市府办2019年采购项目是几个？", "上海那边的采购总金额是多少？"],
     "上海市人民政府办公厅", 2019, 25.1),
    (["洪泽区2024年报告的表格里，本年新收申请是多少件？", "表里结转到下年度继续办理的有几件", "正文里说区政府办代表区政府受理了几件？"],
     "淮安市洪泽区人民政府", 2024, 17),
])
def test_the_body_and_year_meant(svc, turns, agency, year, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]
    assert agency in rec["answer"] and str(year) in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["how many large companies applied to Huai'an in 2024?"],
    ["淮安2024年中小企业申请了几件"],
    ["淮安市2024年行政强制决定有多少个", "这些行政强制里查封扣押的有多少个？"],
])
def test_splits_the_tables_never_print(svc, turns):
    rec = _last(svc, turns)
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"][:300]


def test_a_split_by_firm_size_does_not_hide_the_column(svc):
    rec = _last(svc, ["淮安2024年企业申请了几件"])
    assert rec["value"] == 53 and _cited(rec) == ["requests.received.commercial"], rec["answer"][:300]


def test_examples_of_organisations_are_the_printed_head(svc):
    rec = _last(svc, ["沭阳县2025年表格里本年新收的申请一共多少件？", "这个数里有企业、机构这些法人或其他组织的吗？它们合起来有几件"])
    assert rec["value"] == 8 and _cited(rec) == ["requests.received.legal_person"], rec["answer"][:300]


def test_a_figure_its_table_shows(svc):
    rec = _last(svc, ["What did Hongze District collect in information processing fees in 2023?",
                      "And what administrative fee income does its table show?"])
    assert rec["value"] == 7730.28 and _cited(rec) == ["active.fees.amount"], rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["Hongze District 2023 appeals table: the total for lawsuits after reconsideration is printed as 0. "
      "What number sits in that group's 'upheld' column?"], 5),
    (["涧西区政府办2020年新收了多少件信息公开申请？", "其中多少件转到下一年继续办？"], 2),
    (["淮安2024年 行政复议 加上 两种行政诉讼（直接起诉+复议后起诉）一共多少件。。麻烦算下"], 397),
    (["Huaian 2024: add up every reason under 不予公开 (state secret, other laws, 三安全一稳定, third party, "
      "internal affairs, process info, enforcement files, admin query). whats the total?"], 178),
    (["How many centralised procurement projects did the Jianxi District office report for 2020?",
      "And how much money did they add up to, in 10,000 yuan?"], 28.6232),
    (["洪泽区2023年复议总计印成了0，那把维持、纠正、其他结果、尚未审结这四格加起来，应该是多少？"], 11),
    (["淮安市政府2024年的行政复议案件中，年底时复议机关还没有作出决定的有几件？"], 37),
    (["How many requests did Jianxi get in 2020, out of interest?"], 17),
])
def test_more_wordings_read(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("question, sentence_part", [
    ("In 2025, how many documents did the Shanghai General Office review to decide whether they should be made public?",
     "公开属性审查166件"),
    ("How many official documents did the Shanghai General Office check for their disclosure status in 2025?",
     "公开属性审查166件"),
])
def test_a_verb_of_checking_is_not_a_reconsideration(svc, question, sentence_part):
    rec = _last(svc, [question])
    assert rec["value"] == 166 and not fact_keys(rec) and sentence_part in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("question", [
    "沭阳县2025年全县一共办了多少件行政复议、行政诉讼的相关案件？",
    "Per its 2025 report, how many reconsideration and litigation cases did Shuyang County handle in total?",
])
def test_the_text_stating_the_same_sum_is_quoted(svc, question):
    rec = _last(svc, [question])
    assert rec["value"] == 74 and "全县共办理相关案件74件" in rec["answer"], rec["answer"][:300]
    assert fact_keys(rec) == {"appeals.review.total", "appeals.litigation_direct.total",
                              "appeals.litigation_after_review.total"}


def test_no_sentence_is_quoted_when_the_text_states_no_such_sum(svc):
    rec = _last(svc, ["淮安2024年复议和诉讼一共多少件"])
    assert rec["value"] == 397 and "正文也写道" not in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["沭阳县2025年因为属于行政执法案卷不予公开的有几件？", "这些不予公开的决定后来有被复议推翻的吗？各有几件？"],
    ["我2024年向洪泽区政府申请了一份环评报告，被说是过程性信息不给公开，我想知道全区跟我一样被这么拒的人里，有几个后来去复议了？"],
    ["Of Huai'an's 2024 refusals, how many were later appealed to reconsideration?"],
    ["On a scale of 1 to 10, how transparent was the Jianxi District office in 2020?"],
])
def test_declined_without_a_number(svc, turns):
    rec = _last(svc, turns)
    assert rec["value"] is None and not rec.get("clarify") and not rec.get("facts"), rec["answer"][:300]


def test_reviews_later_corrected_are_still_a_cell(svc):
    rec = _last(svc, ["淮安2024年行政复议后来被纠正的有几件"])
    assert rec["value"] == 64 and fact_keys(rec) == {"appeals.review.corrected"}, rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    (["What were Hongze District's penalty decisions in 2024?"], 2776),
    (["淮安市人民政府2024年报里，依据其他法律、行政法规的禁止性规定而不予公开的申请是多少件？"], 31),
    (["洪泽区2023年行政规范性文件现行有效多少件", "哦不，我是想问沭阳县2025年的"], 32),
    (["红泽区政府23年行政许可处理决定数？"], 550),
    (["淮安市人民政府2024年先走了行政复议、之后又被起诉的信息公开案件有几件？"], 20),
    (["洪泽区政府2024年，先复议、再打行政诉讼的案子合计几件？"], 3),
    (["Huai'an 2024: add up every individual ground for refusing disclosure that the table lists — what's the total?"], 178),
    (["Hongze District government, 2023: in how many reconsiderations did the reviewing body leave the district's "
      "original decision standing?"], 10),
    (["Shuyang 2025: applications closed because the applicant, without a valid reason, never sent in the requested "
      "corrections by the deadline?"], 9),
    (["沭阳县2025年全县共办理复议诉讼相关案件多少件？"], 74),
])
def test_wordings_read_late_in_the_session(svc, turns, value):
    rec = _last(svc, turns)
    assert rec["value"] == value, rec["answer"][:300]


def test_a_ranking_of_bodies_each_at_its_year_end(svc):
    rec = _last(svc, ["Whose stock of valid normative documents was smallest: Huai'an at the end of 2024, "
                      "Shuyang at the end of 2025, or Hongze at the end of 2023?"])
    assert rec["operation"] == "ranking" and rec["value"] == 5 and "淮安市洪泽区人民政府 2023" in rec["answer"], rec["answer"][:300]
    assert fact_keys(rec) == {"active.normative_docs.in_force"}


@pytest.mark.parametrize("turns, key, value", [
    (["Huai'an 2024 not processed as petitions?",
      "And how many requests did it turn down because the applicant had already asked the same thing?"],
     "requests.not_processed.duplicate.total", 25),
    (["Huai'an 2024 not processed as petitions?", "And for excessive repeated requests?"],
     "requests.not_processed.excessive.total", 0),
    (["What did Huai'an report as income from administrative and institutional fees for 2024?"], "active.fees.amount", 96171.6),
    (["Shuyang 2025: requests set aside because someone filed huge numbers of them again and again without good reason?"],
     "requests.not_processed.excessive.total", 0),
])
def test_the_reason_given_over_the_word_of_refusing(svc, turns, key, value):
    rec = _last(svc, turns)
    assert rec["value"] == value and _cited(rec) == [key], rec["answer"][:300]


def test_every_ground_from_the_first_to_the_last_added(svc):
    rec = _last(svc, ["Add up every refusal ground in Huai'an's 2024 table, from state secrets down to administrative "
                      "queries. How many refusals in all?"])
    assert rec["value"] == 178 and rec["operation"] == "sum" and len(fact_keys(rec)) == 8, rec["answer"][:300]


# read after pool 16's score (its tests are development material from then on)
@pytest.mark.parametrize("turns", [
    ["帮我查一下2024年向洪泽区申请公开的那位王女士的联系电话"],
    ["Give me the contact details of the 2 companies that applied to STCSM in 2024."],
    ["Huai'an 2024 refusals as state secrets?", "What sort of secrets were involved?"],
    ["Shuyang 2025 third party refusals?", "Who were the third parties?"],
])
def test_who_or_what_lay_behind_a_count_is_declined(svc, turns):
    rec = _last(svc, turns)
    assert rec["value"] is None and not rec.get("facts") and not rec.get("passages"), rec["answer"][:300]
