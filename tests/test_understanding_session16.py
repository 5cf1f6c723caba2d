"""Reading classes of the sixteenth session (2026-12-02), found in the read blind sets (blind … blind144;
pool 9, blind145–150, was frozen before this work and only its dev parts are read): the figure just
given asked again — to hear it, to check it, to see it is the printed one — in any words; "give me
2024" alone; the other body's figure when a follow-up says "compare" and names another body; a
breakdown "按乡镇" that names no body; 县直部门 no county; the number "per the narrative"; what the
counted requests were about, and one count's requests followed into the appeals table (declined);
rows in new words. The wordings are the team's own variants, asked of the real engine over the real
corpus reports; the cell cited and its number are checked."""
from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, keys, value", [
    # the figure just given, asked again in words that name a row of their own elsewhere ("confirm",
    # "repeat", "check"), for the body or year named or for the same
    (["Hongze 2024: how many requests were granted?", "Hmm, what was that figure you just quoted?"],
     {"requests.granted.total"}, 50),
    (["Hongze 2024: how many requests were granted?", "Are you sure about that number? Check it again please."],
     {"requests.granted.total"}, 50),
    (["Hongze 2024: how many requests were granted?", "Could you confirm that figure once more for Hongze 2023?"],
     {"requests.granted.total"}, 0),
    (["淮安2024年收到多少申请", "那个数再核对一下"], {"requests.received.total"}, 3119),
    (["淮安2024年收到多少申请", "洪泽2023年那个数呢"], {"requests.received.total"}, 21),
    (["涧西区2020年重复申请不予处理的有几件", "你刚才说的这个数是表格里印的吗？再说一遍"],
     {"requests.not_processed.duplicate.total"}, 0),
    # … also when the words would otherwise be rewritten to another reading first
    (["涧西区2020年本机关不掌握的有几件", "你刚才说的这个数，是涧西2020年报告表格里的吧？再确认一下是多少"],
     {"requests.unable.not_held.total"}, 2),
    (["沭阳县2025年保护第三方合法权益不公开的有几件", "等等，2025年沭阳县政府那个数再说一遍？"],
     {"requests.withheld.third_party.total"}, 2),
    # "改问2025年的": the same quantity, the year named
    (["2019年上海市府办直接起诉的行政诉讼有几件", "改问2025年的"], {"appeals.litigation_direct.total"}, 12),
    # the asking words glued to a body's short name are no place ("想知道市科委")
    (["想知道市科委二〇二四年商业企业新提的申请有几件"], {"requests.received.commercial"}, 2),
    # "Jianxi applicants were told the office …" names no body; "did Jianxi disclose" is granted
    (["In 2020, how many Jianxi applicants were told the office did not hold what they wanted?"],
     {"requests.unable.not_held.total"}, 2),
    (["How many requests did Jianxi District disclose in 2020?"], {"requests.granted.total"}, 13),
    # … never "refuse to disclose" nor "partly disclose"
    (["How many requests did Hongze District refuse to disclose in 2024?"], {"requests.withheld.total"}, None),
    (["How many requests did Hongze partly disclose in 2024?"], {"requests.partially_granted.total"}, 9),
    # a year alone after "give me"
    (["Hongze's administrative fees in 2023, in 10,000 yuan?", "OK, show me 2024 then."], {"active.fees.amount"}, 7545),
    # "compare" with another body named: that body's figure (its year, or the one discussed)
    (["How many normative documents were in force at Shuyang at the end of 2025?", "Compare with Huai'an at the end of 2024?"],
     {"active.normative_docs.in_force"}, 66),
    (["淮安市2024年行政强制决定多少", "沭阳县2025年的对比一下"], {"active.coercion.decisions"}, 2154),
    # a breakdown by township names no body: the next turn keeps the body discussed
    (["2025年上海市府办结转下年度的申请几件", "按乡镇分一下呢？", "再看本年新收的申请是多少"],
     {"requests.received.total"}, 1295),
    # a bare follow-up in other words
    (["淮安市2023年行政复议多少件", "那就看2024年的"], {"appeals.review.total"}, 351),
    # rows in new words
    (["洪泽区2023年处理完毕的申请总数是多少？"], {"requests.total_processed.total"}, 21),
    (["沭阳县2025年答应公开的申请有几件"], {"requests.granted.total"}, 294),
    (["How many older requests did Hongze inherit from the year before 2024?"], {"requests.carried_over.total"}, 0),
    (["How many freshly submitted requests did Shuyang get in 2025?"], {"requests.received.total"}, 713),
    (["How many requests answered in total does Hongze's 2023 report list?"], {"requests.total_processed.total"}, 21),
    (["Shuyang 2025: requests left to be finished the following year?"], {"requests.carried_forward.total"}, 31),
    (["Huai'an 2024 reconsiderations with a result other than upheld or corrected?"], {"appeals.review.other"}, 178),
    (["Hongze 2023: requests it held nothing on plus ones it would have had to create, together?"],
     {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}, 13),
    (["Huai'an 2024 lawsuits from applicants who had first been through review?"],
     {"appeals.litigation_after_review.total"}, 20),
    (["Huai'an 2024, refused because the data must be newly made (not the 'not held' ones)?"],
     {"requests.unable.needs_creation.total"}, 11),
    (["Huai'an 2024 not held + needs creation, add up"],
     {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}, 780),
    # the cumulative total, "as of the end of the year" or "in total … made public"
    (["截至2019年底，上海市府办对外公开的规范性文件总共多少件？"], {"active.normative_docs.total_published"}, 368),
    (["Shanghai General Office: regulations made in 2019?", "And the total regulations made public in 2019?"],
     {"active.regulations.total_published"}, 524),
    (["Shanghai General Office 2019: total regulations published to the outside, not just new ones?"],
     {"active.regulations.total_published"}, 524),
    (["Shanghai General Office 2019: newly published regulations in total?"], {"active.regulations.published"}, 13),
    # the five organisation columns "put together" are their own printed sum
    (["Hongze 2024: new requests from legal persons and other organisations, all five kinds put together?"],
     {"requests.received.legal_person"}, None),
    (["Hongze 2023: requests not met because the information would have had to be created?"],
     {"requests.unable.needs_creation.total"}, 3),
    # a first sentence that doubts the answer just given, then the count asked
    (["Hongze 2024: how many requests were answered in total?", "Why is that higher than its new requests? How many were carried over?"],
     {"requests.carried_over.total"}, None),
    (["淮安2024年结转下年度的有几件", "等一下，这个是转到下一年的，对吧？那从上一年转进来的是几件"], {"requests.carried_over.total"}, 34),
    # "is it the table's or the text's?" asks where a figure is from, never "per the narrative"
    (["沭阳县2025年直接起诉多少", "这数字是表格里的还是正文里写的？顺便告诉我复议后起诉几件"],
     {"appeals.litigation_after_review.total"}, 10),
    # "A年减B年": the later year minus the earlier
    (["洪泽区的行政事业性收费，2024年减2023年是多少万元"], {"active.fees.amount"}, -185.28),
    # a group after one with its own outcomes, said with its total
    (["Huai'an 2024: the review outcomes (upheld, corrected) plus after-review lawsuits total?"],
     {"appeals.review.upheld", "appeals.review.corrected", "appeals.litigation_after_review.total"}, 156),
    # "handled outside the disclosure process" is no applicant from outside the city
    (["Shuyang 2025: how many requests were really petitions, handled outside the disclosure process?"],
     {"requests.not_processed.petition.total"}, 12),
    # "re-asking to confirm already-published info": the row of requests to re-confirm, not of publications
    (["Huai'an 2024: not processed because they were re-asking to confirm already-published info?"],
     {"requests.not_processed.reconfirm.total"}, 1),
    # a follow-up adding a quantity to the figure just given
    (["洪泽区2024年复议后起诉的有多少", "再加上直接起诉的一共多少"],
     {"appeals.litigation_after_review.total", "appeals.litigation_direct.total"}, None),
    (["Shuyang 2025 granted?", "plus partially granted?"], {"requests.granted.total", "requests.partially_granted.total"}, None),
    # 其他 in a "+" list of outcomes is the outcome column; a count stated ("这6个数") that every part read meets
    (["淮安市2024年 复议维持+纠正+其他+未审结，再加复议后起诉的维持、纠正，这6个数一共多少"],
     {"appeals.review.upheld", "appeals.review.corrected", "appeals.review.other", "appeals.review.pending",
      "appeals.litigation_after_review.upheld", "appeals.litigation_after_review.corrected"}, None),
    # "appear" is no misspelt "appeal"
    (["Hongze 2024: how many companies' requests appear in the newly received row?"], {"requests.received.commercial"}, None),
    # an errand told ("my boss asked me to check … report") is no consistency check
    (["my manager ask me check Huaian 2024 report: withheld as process information?"],
     {"requests.withheld.process_info.total"}, 12),
])
def test_reading(svc, turns, keys, value):
    rec = _ask(svc, *turns)
    if value is None:  # (the cells named decide; their sum is checked against the cells' own values)
        value = sum(f["value"] for f in rec.get("facts") or [])
    assert (rec["found"], rec["value"], _keys(rec)) == (True, value, keys), rec["answer"]


@pytest.mark.parametrize("turns", [
    # a breakdown by district of a body's requests ("from each Shanghai district")
    ["How many requests came from each Shanghai district to the General Office in 2025?"],
    # the topics of counted cases; whether one person is among those counted; which firms they were
    ["沭阳县2025年被纠错的复议案件主要涉及哪些领域？"],
    ["What areas did Huai'an's 2024 corrected reconsiderations mainly concern?"],
    ["我表哥2024年在淮安打了官司。淮安那13件直接起诉维持的里面有他吗？"],
    ["淮安2024年商业企业申请几件", "这些企业是哪几家？"],
    # what the counted requests were about
    ["How many requests did Huai'an treat as petitions in 2024?", "What did those petitions complain about?"],
    ["沭阳县2025年信访举报投诉类申请有几件", "那些信访件反映的是什么问题？"],
    # reviews or lawsuits by who brought them: table 四 has no applicant columns
    ["淮安市2024年的行政复议案件里，申请人是企业的有几件？"],
    ["How many of Hongze's 2024 lawsuits were brought by companies?"],
    # a verdict on a reply
    ["我2024年向淮安市政府申请材料，人家答复说不掌握，这个答复对不对？"],
    # the body asked is outside the brackets that say where it belongs
    ["洛阳市政府2020年收到多少信息公开申请（涧西区属于洛阳）"],
    # one count's requests followed into the appeals table
    ["How many of Shuyang's 2025 refusals were later overturned on reconsideration?"],
    ["洪泽区2024年不予公开的申请中，有几件后来被申请人提起了复议？"],
])
def test_no_number(svc, turns):
    rec = _ask(svc, *turns)
    assert rec["value"] is None and not rec.get("clarify"), rec["answer"]


def test_a_figure_asked_again_keeps_the_asked_part(svc):
    # "are you sure?" followed by a new quantity: the new quantity, not the figure again
    rec = _ask(svc, "Hongze 2024 granted?", "Are you sure about that number? How many were partly granted?")
    assert (rec["value"], _keys(rec)) == (9, {"requests.partially_granted.total"}), rec["answer"]


def test_a_county_department_is_no_county(svc):
    rec = _ask(svc, "2025年沭阳督促县直部门在公开页面发了多少条信息")
    assert rec["value"] == 3044 and "没有“" not in rec["answer"], rec["answer"]


def test_the_number_per_the_narrative_is_never_the_tables(svc):
    rec = _ask(svc, "Per its 2025 narrative, how many reconsideration and lawsuit cases did Shuyang handle in all?")
    assert not _keys(rec) and not rec.get("clarify"), rec["answer"]
