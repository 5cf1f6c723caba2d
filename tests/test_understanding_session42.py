"""Reading classes of the forty-second session (2026-12-06): pool 34's tests (read after their score), pool 36's dev
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
    # the organisations' five columns "都加上": the column's own sum, one cell (not a part of a sum offered)
    (["淮安市政府2024年不予公开的申请里，法人或其他组织五列都加上，一共几件？"], ["requests.withheld.legal_person"], 2),
    # "organisational applicants", "all five columns taken together": the organisations' column
    (["Shuyang 2025: total handled for all organisational applicants, all five columns taken together?"],
     ["requests.total_processed.legal_person"], 8),
    (["How many requests from organizational requesters did Shuyang receive in 2025?"], ["requests.received.legal_person"], 8),
    # "at least some information released": granted in full or in part
    (["Hongze District 2023: how many requests ended with at least some information released?"],
     ["requests.granted.total", "requests.partially_granted.total"], 4),
    # "closed in the year" is handled (总计), plus those still open (结转下年度)
    (["Jianxi 2020: requests closed in the year plus those still open at year end?"],
     ["requests.total_processed.total", "requests.carried_forward.total"], 17),
    # a list of the eight grounds, one of them "security and stability": eight parts, not nine
    (["Huai'an 2024, withheld requests: add up every ground — secrets, other laws, security and stability, third parties, "
      "internal affairs, process information, enforcement files, query matters. Total?"],
     ["requests.withheld.state_secret.total", "requests.withheld.prohibited_by_law.total",
      "requests.withheld.security_stability.total", "requests.withheld.third_party.total",
      "requests.withheld.internal_affairs.total", "requests.withheld.process_info.total",
      "requests.withheld.enforcement_files.total", "requests.withheld.admin_query.total"], 178),
    # "according to its table" names where one count is read, no tables shown
    (["How many new requests did Shuyang County take in during 2025 according to its table?"], ["requests.received.total"], 713),
    # "我想问的其实是2024年那份报告里的": the same thing, of the year corrected
    (["洪泽区2023年的行政处罚决定是多少件？", "啊抱歉，我想问的其实是2024年那份报告里的"], ["active.punishment.decisions"], 2776),
    # "Out of the completed ones, how many were granted?": the outcome, a part of the completed ones
    (["How many applications did the Jianxi District government office finish in 2020?",
      "Out of the completed ones, how many were granted?"], ["requests.granted.total"], 13),
    # the outcome group named under the heading of the outcomes, not the outcomes' total
    (["沭阳2025年办理结果里“其他处理”的“其他”小项有几件？"], ["requests.other.other.total"], 143),
    # "Skip to 2025": the year switched, no body called "Skip"
    (["How many direct lawsuits over disclosure did the Shanghai General Office face in 2019?", "Skip to 2025 - same figure?"],
     ["appeals.litigation_direct.total"], 12),
    # a long check of the figure just given, then "How many of those?"
    (["Shuyang 2025: how many requests ended up as 'unable to provide'?",
      "Does that include cases where the request was still unclear after correction? How many of those?"],
     ["requests.unable.unclear.total"], 0),
    # "could not be provided without creating new information": needs creation, not a part set aside
    (["Shanghai General Office 2019: requests from individuals that could not be provided without creating new information - how many?"],
     ["requests.unable.needs_creation.natural_person"], 44),
    # "没办完、得留到2025年接着办": one row told twice
    (["淮安市2024年手上没办完、得留到2025年接着办的申请有多少件？"], ["requests.carried_forward.total"], 103),
    # a story ending in "she's curious —": the question after it, the body the story names kept
    (["My aunt runs a small accounting firm in Huai'an and she's curious — in 2024 how many disclosure requests did the city "
      "government get from 法律服务机构 (legal service institutions)?"], ["requests.received.legal_services"], 61),
    (["I work at a law firm in Huaian, curious: how many applications did legal service orgs file there in 2024?"],
     ["requests.received.legal_services"], 61),
    # "Of the processed ones, how many came from …": a column of the processed row (not an outcome of them)
    (["Shuyang 2025: how many requests were handled in all?", "Of the processed ones, how many came from legal service institutions?"],
     ["requests.total_processed.legal_services"], 5),
    # the text's figure quoted ("文中写…"), the table's cell asked
    (["淮安市政府2024年文中写“新增公开市政府规章1件”，表二规章的“本年制发件数”是多少？"], ["active.regulations.issued"], 1),
])
def test_cells_read_session42(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # who asks, then "just curious:": the question after it
    (["I manage social media for a small museum, just curious: STCSM 2024 — how many followers does the 上海科技 WeChat account have?"],
     1016823),
    # "did the one-stop platform connect": the base verb of 接入 (2261 items)
    (["Shanghai General Office 2019: how many service items did its one-stop portal (一网通办) connect?"], 2261),
    # a body's possessive before "request-deadline alarm": no one person's request
    (["How many reminder prompts did Shuyang's request-deadline alarm send to departments in 2025?"], 84),
])
def test_text_numbers_session42(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and rec["passages"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # who brought one particular case: never printed (no passage of table 四's numbers)
    ["Was STCSM's only 2024 review case filed by a business or by an individual?"],
    # one named person's request
    ["Did Li Ming's 2023 application to the Shuyang government get a reply on time?"],
    # appeals carried over from the year before: table 四 never says (not table 三's requests carried over)
    ["上海市府办2025年这55件复议里，有几件是2024年结转过来的？"],
    ["How many reconsiderations did the Shanghai General Office have in 2025?", "How many of those reviews were carried over from 2024?"],
    ["沭阳县2025年的行政诉讼里，有几件是2024年就起诉了的？"],
    ["How many of Shuyang's 2025 lawsuits were carried over from 2024?"],
    ["How many of Shuyang's 2025 lawsuits were filed back in 2024?"],
    # a share of another count ("占新收的多少"): no table prints it, never the part's count
    ["沭阳县2025年法律服务机构申请了几件？", "占新收的多少？"],
    ["沭阳县2025年法律服务机构申请占新收申请的多少？"],
])
def test_one_case_and_carried_appeals_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # "其中自然人占了多少": the part's count, no share
    (["上海市府办2025年新收多少？", "其中自然人占了多少？"], ["requests.received.natural_person"], 1259),
    (["沭阳县2025年上年结转的申请有几件？"], ["requests.carried_over.total"], 36),
    (["How many requests did Shuyang carry over from 2024 into 2025?"], ["requests.carried_over.total"], 36),
])
def test_near_misses_still_read(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_appeals_total_with_carry_over_noted_still_read(svc):
    """'（含上年度结转）' said of the appeals' total is what the total holds, not a part asked."""
    rec = ask_conversation(svc, "上海市府办2025年行政复议（含上年度结转）一共几件？")
    assert rec["value"] == 55 and fact_keys(rec) == {"appeals.review.total"}, rec["answer"][:300]


@pytest.mark.parametrize("turns, agencies, value", [
    # one cell of two bodies, then "the difference between the two": the bodies, one against the other — never the
    # last body's change from its year before
    (["淮安市2024年本年新收申请多少件？", "洪泽区2024年呢？", "两者相差多少？"], ["淮安市人民政府", "淮安市洪泽区人民政府"], 3024),
    (["淮安市2024年本年新收申请多少件？", "洪泽区2023年呢？", "这两个数差多少？"], ["淮安市人民政府", "淮安市洪泽区人民政府"], 3098),
    (["Huai'an 2024: requests withheld?", "and for Hongze 2023?", "What's the difference between the two?"],
     ["淮安市人民政府", "淮安市洪泽区人民政府"], 175),
    # one body's two years: its change
    (["洪泽区2023年本年新收申请多少件？", "洪泽区2024年呢？", "相差多少？"], ["淮安市洪泽区人民政府"], 74),
    # the change of the last body, said so
    (["淮安市2024年本年新收申请多少件？", "洪泽区2024年呢？", "洪泽区比上一年增加了多少？"], ["淮安市洪泽区人民政府"], 74),
    # "两者之差", "相减": the two cells just given, one from the other
    (["淮安市2024年本年新收申请里自然人多少？", "那法人或其他组织呢？", "两者之差是多少？"], ["淮安市人民政府"], 2883),
    (["淮安市2024年本年新收申请里自然人多少？", "那法人或其他组织呢？", "相减呢"], ["淮安市人民政府"], 2883),
])
def test_difference_of_the_two_just_given(svc, turns, agencies, value):
    rec = ask_conversation(svc, *turns)
    named = {a for a in ("淮安市人民政府", "淮安市洪泽区人民政府") if a in rec["answer"]}
    assert rec["value"] == value and named == set(agencies), rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # one kind of lawsuit set aside: the other kind alone (never both kinds added)
    (["淮安市2024年行政诉讼中不是直接起诉的有几件？"], None, None),
    (["Huai'an 2024: lawsuits other than those filed directly?"], None, None),
    (["Huai'an 2024: how many lawsuits were not filed directly?"], None, None),
    (["淮安市2024年行政诉讼里除了复议后起诉的，还有几件？"], None, None),
    # "everything except the granted ones": the requests handled less the granted
    (["Huai'an 2024: everything except the granted ones — how many requests?"],
     ["requests.total_processed.total", "requests.granted.total"], 1688),
    # one part set aside, the rest of the group ("除了国家秘密，还有几件")
    (["淮安市2024年不予公开的申请里，除了国家秘密，还有几件？"], None, 176),
])
def test_a_part_set_aside(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    if value is None:
        # never the two kinds added (46), never the kind set aside given as the answer
        assert rec["value"] in (None, 20, 26) and rec["value"] != 46, rec["answer"][:300]
        if rec["value"] is not None:
            setaside = "直接" in turns[0] or "directly" in turns[0]
            assert rec["value"] == (20 if setaside else 26), rec["answer"][:300]
    else:
        assert rec["value"] == value and (keys is None or fact_keys(rec) == set(keys)), rec["answer"][:300]


def test_neither_nor_is_no_single_outcome(svc):
    """"neither granted nor partly granted": never the partly granted count (4) given as the answer."""
    rec = ask_conversation(svc, "Hongze 2023: requests that were neither granted nor partly granted?")
    assert rec["value"] != 4, rec["answer"][:300]


def test_no_information_got_is_not_every_request(svc):
    """"did not get any information": never the requests received (3119) or handled (3050) given as the answer."""
    rec = ask_conversation(svc, "Huai'an 2024: how many requests did not get any information?")
    assert rec["value"] not in (3119, 3050), rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # "the most lawsuits": both kinds added for each body (淮安 2024: 26 + 20), never the direct ones alone
    (["Which had the most lawsuits: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2025?"], 46),
    (["淮安2024、沭阳2025、上海市府办2025，哪家行政诉讼最多？"], 46),
    # one kind named: that kind alone
    (["Which had the most direct lawsuits: Huai'an 2024 or Shuyang 2025?"], 26),
    # "谁的行政诉讼多": whose is larger, a ranking of the two (not the first body's figure alone)
    (["淮安2024年和沭阳2025年，谁的行政诉讼多？"], 46),
    # "appeals of all kinds": the three groups added for each body
    (["Which had more appeals of all kinds, Huai'an 2024 or Shuyang 2025?"], 397),
    # the difference of two bodies' lawsuits: both kinds added for each (46 − 13)
    (["淮安2024年和沭阳2025年的行政诉讼相差几件？"], 33),
    (["How many more lawsuits did Huai'an have in 2024 than Shuyang in 2025?"], 33),
    # one kind named: that kind alone (26 − 3)
    (["淮安2024年和沭阳2025年的直接起诉相差几件？"], 23),
])
def test_lawsuits_ranked_whole(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and "淮安市人民政府" in rec["answer"], rec["answer"][:300]


@pytest.mark.parametrize("turns, value", [
    # every held year of one body said without its years ("三年来", "over its two reports", "the last two years"): added
    (["河西区三年来一共收到多少申请？"], 31),
    (["How many requests did Hongze receive over its two reports?"], 116),
    (["洪泽区这两年一共收到多少申请？"], 116),
    (["How many requests did Hongze receive in the last two years?"], 116),
])
def test_several_years_of_one_body_added(svc, turns, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # more years asked than are held: no total, never the newest year's figure as the answer
    ["淮安市这三年一共收到多少申请？"],
    ["淮安市近三年一共收到多少申请？"],
    ["Huai'an 2022 to 2024 new requests in total?"],
])
def test_several_years_not_all_held_no_total(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None, rec["answer"][:300]


@pytest.mark.parametrize("turns, keys, value", [
    # after pool 35's score (its tests development material from then on), variants of what it missed
    (["淮安24年依申请公开的件里，申请人要的东西全都拿到了的有多少件"], ["requests.granted.total"], 1362),
    (["How many unfinished requests did Shuyang County carry with it into 2025 from 2024?"], ["requests.carried_over.total"], 36),
    (["沭阳县2025年，先走了行政复议、不服再去起诉的有几件？"], ["appeals.litigation_after_review.total"], 10),
    (["洪泽区2023年现行有效的行政规范性文件有几件？", "我搞错年份了，应该是2024年"], ["active.normative_docs.in_force"], 8),
    (["What was the Jianxi District office's total number of normative documents published, as of 2020?",
      "Oops, wrong office - I meant the Shanghai General Office in 2019."], ["active.normative_docs.total_published"], 368),
    (["上海市政府办公厅 未经复议直接起诉的案子，2025年比2019年多几件？我在写篇稿子"], ["appeals.litigation_direct.total"], 3),
    (["Shanghai General Office 2019: individuals' requests that were still not clear after correction?"],
     ["requests.unable.unclear.natural_person"], 25),
])
def test_after_pool35_cells(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == set(keys), rec["answer"][:300]


def test_after_pool35_bodies_added_to_a_ranking(svc):
    """"把淮安2024、沭阳2025也算上，三家谁…最少" after 洪泽 2023: the three bodies, each in its year."""
    rec = ask_conversation(svc, "洪泽区2023年新收的公开申请是多少？", "把淮安2024、沭阳2025也算上，三家谁新收最少？")
    assert rec["value"] == 21 and "淮安市洪泽区人民政府" in rec["answer"] and "3个" in rec["answer"], rec["answer"][:300]


def test_after_pool35_apology_is_no_row(svc):
    """"sorry if my question is unclear" after the question: no row of requests unclear (the text's 601 items)."""
    rec = ask_conversation(svc, "Jianxi 2020 - how many matters (事项) did they sort out in the standardisation work? sorry if my question is unclear")
    assert rec["value"] == 601 and rec["passages"], rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    # what the lawsuits were brought over: never printed (not table 三's refusals)
    ["上海市政府办公厅2025年复议后起诉的行政诉讼有几件", "这22件诉讼里有多少是因为不予公开引发的？"],
    ["How many of Huai'an's 2024 lawsuits arose from refusals to disclose?"],
])
def test_after_pool35_no_number(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert _no_number(rec), rec["answer"][:300]
