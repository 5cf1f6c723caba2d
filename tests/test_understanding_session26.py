"""Reading classes of the twenty-sixth session (2026-12-04), found in pool 19's dev parts (blind207–212; the
test parts were frozen before this work and stay unread until scored): slips of a pinyin keyboard (束阳 for
沭阳, 布分公开 for 部分公开, 行政付议 for 行政复议, 怀安市 for 淮安市) read as the word they sound like and said
so in the answer — while ordinary words that merely sound like a term stay as written; a department of the body
named after a term ("the city public security bureau"); "集中在哪个区"; calls made to applicants; a bracketed
remark on how the table counts; "两样合起来" after a check; the last sub-item of a group added to the two just
given; a zero checked before the question; "counting all of them"; carried from one year into the next,
"came over unfinished", "carry forward to be finished after"; the path 办理结果（六）其他处理 down to a line; a
bracketed "(both are 无法提供)"; "总体情况里说". The wordings are the team's own variants, asked of the real
engine over the real corpus reports."""
from __future__ import annotations

import pytest

from rag import homophones
from tests.conftest import CORPUS, ask_conversation, fact_keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")

PLACES = frozenset({"淮安市", "淮安", "沭阳县", "沭阳", "洪泽区", "洪泽", "涧西区", "涧西", "上海市", "上海"})


@pytest.mark.parametrize("written, read", [
    ("束阳县2025年收到几件", "沭阳县"),
    ("淮安24年布分公开多少", "部分公开"),
    ("洪泽23年行政付议几件", "行政复议"),
    ("怀安市政府2024年不予公开几件", "淮安市"),
    ("洪泽2023年行政事业性收废多少万元", "行政事业性收费"),
    ("上海科委24年新收申情几件", "申请"),
])
def test_sound_alike_slips_are_mended(written, read):
    text, mended = homophones.mend(written, PLACES)
    assert read in text and mended, (text, mended)


@pytest.mark.parametrize("text", [
    "上海市政府办公厅2019年行政复议总共几件？",   # 共几 is no 共计
    "洪泽区行政事业性收费 2024年减2023年 差额多少万元",  # 年减 is no 年鉴
    "2025年上海市政府办公厅把多少件申请认定为信访举报投诉类",  # 申请认定 is no 申请人
    "淮安2024年的年报 全部同意公开的有几件",
    "洪泽区2024年的申请有多少是寄信来的",
    "期中考试的时候收到几件",
])
def test_words_that_only_sound_like_a_term_stay(text):
    assert homophones.mend(text, PLACES) == (text, [])


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


@pytest.mark.parametrize("turns, keys, value", [
    (["束阳25年 结转到下一年接着办的有几件"], {"requests.carried_forward.total"}, 31),
    (["怀安市政府2024年 本机关不掌握相关信息的有几件"], {"requests.unable.not_held.total"}, 769),
    (["请问 淮安2024年 布分公开一共几件"], {"requests.partially_granted.total"}, 454),
    # a sum after a check: the cell just given and the one named now
    (["淮安市2024年予以公开多少件", "这个数含部分公开吗？不含的话两者加起来多少"],
     {"requests.granted.total", "requests.partially_granted.total"}, 1816),
    # the last sub-item of a group, with the two just given
    (["Shuyang 2025: requests closed because the applicant never sent the corrections in time?",
      "And because the fee was not paid on time?",
      "Together with the plain 'other' line, how many are in the whole 'other handling' group?"],
     {"requests.other.overdue_correction.total", "requests.other.overdue_fee.total", "requests.other.other.total"}, 159),
    # a zero checked before the question
    (["Jianxi 2020: how many requests came from private individuals?",
      "So nothing at all from businesses? How many from legal persons and other organisations in all?"],
     {"requests.received.legal_person"}, 0),
    (["STCSM 2024: normative documents in force at year end, counting all of them and not just the new ones?"],
     {"active.normative_docs.in_force"}, 55),
    (["How many requests did Jianxi's office carry over from 2019 into 2020?"], {"requests.carried_over.total"}, 0),
    (["Shanghai general office 2025: press conferences held?",
      "How many requests did the office carry over to be completed after 2025?"], {"requests.carried_forward.total"}, 293),
    (["沭阳县2025年 办理结果（六）其他处理 下面第3小项“其他” 总计几件"], {"requests.other.other.total"}, 143),
    (["Hongze 2023: please add 'not held' and 'needs to be newly created' together (both are 无法提供)"],
     {"requests.unable.not_held.total", "requests.unable.needs_creation.total"}, 13),
    # a bracketed remark on how the table counts is no quantity asked
    (["上海市政府办公厅2019年行政复议几件", "2025年的呢？（表里注明含上年结转）"], {"appeals.review.total"}, 55),
])
def test_cells_read(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


def test_a_mended_slip_is_said_in_the_answer(svc):
    rec = ask_conversation(svc, "束阳25年 结转到下一年接着办的有几件")
    assert rec["answer"].startswith("（“束阳”按“沭阳”理解）"), rec["answer"][:200]


@pytest.mark.parametrize("turns", [
    ["Huai'an 2024: how many requests did the city's public security bureau get?"],
    ["上海市府办2025年因为重复申请不予处理几件", "这些重复申请主要集中在哪个区？"],
    ["洪泽区2023年办理申请的时候跟申请人通了多少次电话？"],
])
def test_no_number_for_what_the_reports_do_not_hold(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None, rec["answer"][:300]


def test_the_overview_section_named_is_the_text(svc):
    rec = ask_conversation(svc, "沭阳县2025年 总体情况里写的 全县共受理申请多少件")
    assert rec["value"] == 749 and not fact_keys(rec), rec["answer"][:300]


# ---- the second round: pool 19's test parts, read after they were scored once (99deac5)

@pytest.mark.parametrize("turns, keys, value", [
    (["淮安2024年复议后起诉的一共几件", "再加上直接起诉的一共多少"],
     {"appeals.litigation_after_review.total", "appeals.litigation_direct.total"}, 46),
    # a fragment ruling a column out after the question
    (["Huai'an 2024: organisations only (companies, research bodies, NGOs, law firms, other) — new requests combined? no individuals"],
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 118),
    (["Huai'an 2024: how many new requests came from the 'other' type of legal persons and organisations?"],
     {"requests.received.other_org"}, 4),
    # the outcomes of the one group named
    (["Hongze 2023's appeals table shows 0 as its reconsideration total. What do the upheld, corrected, other and "
      "pending cells of it add up to?"],
     {"appeals.review.upheld", "appeals.review.corrected", "appeals.review.other", "appeals.review.pending"}, 11),
    (["Hongze District 2023: licensing decisions?", "What did that figure look like in 2024?"], {"active.licensing.decisions"}, 9487),
    (["Huai'an 2024: requests unclear even after correction?", "Counting the 'not held' ones as well, what is the whole 'unable to provide' row?"],
     {"requests.unable.total"}, 781),
    (["our firm's compliance team asks (we're a law office): Huai'an 2024, duplicate applications not processed — how many?"],
     {"requests.not_processed.duplicate.total"}, 25),
    (["Shanghai general office 2025: reconsiderations in total? (I know the table counts the carried-over ones, fine)"],
     {"appeals.review.total"}, 55),
    (["Shanghai general office 2019: reconsiderations about disclosure?", "How does the 2025 report put it?"],
     {"appeals.review.total"}, 55),
    (["上海市府办2025年商业企业提的新申请几件", "放到2019年呢？"], {"requests.received.commercial"}, 35),
    (["Shuyang 2025: reconsiderations?", "And on the court side, the ones filed after a review?"],
     {"appeals.litigation_after_review.total"}, 10),
    (["Shuyang 2025: how many requests were carried forward from 2025 to be finished later?", "Of those, how many came from individuals?"],
     {"requests.carried_forward.natural_person"}, 31),
    (["Huai'an 2024: new requests from organisations?", "Does that include legal service institutions? How many were those?"],
     {"requests.received.legal_services"}, 61),
    (["Hongze 2024: reconsiderations filed over its disclosure work?", "And both kinds of lawsuits together?", "All three in total?"],
     {"appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"}, 6),
    (["Shanghai general office 2025: how many requests were left to finish in 2026?"], {"requests.carried_forward.total"}, 293),
    (["Jianxi office 2020: requests fully dealt with during the year?"], {"requests.total_processed.total"}, 15),
    (["淮安市2024年 因为申请人过了期限不补正材料、政府不再处理的 一共几件"], {"requests.other.overdue_correction.total"}, 71),
    (["上海市府办2019年 自然人申请里 补正以后内容依然不明确、没法提供的 几件"], {"requests.unable.unclear.natural_person"}, 25),
    (["How many requests did Hongze decline to disclose in 2023, every reason together?"], {"requests.withheld.total"}, 3),
    (["hi, student here doing a paper on open government. Huaian city 2024, new disclosure applications in all? thx a lot"],
     {"requests.received.total"}, 3119),
    (["Shanghai general office, 2019. How many applications they receive that year? (writing my thesis, due monday lol)"],
     {"requests.received.total"}, 859),
    (["Shuyang 2025: requests answered 'not held by this agency'? my neighbour got one of those"], {"requests.unable.not_held.total"}, 111),
    (["Hongze District (Huai'an), 2023: reconsiderations that ended in a correction?"], {"appeals.review.corrected"}, 1),
    (["沭阳县2025年“其他处理”下面的“3.其他”一共几件"], {"requests.other.other.total"}, 143),
    (["上海市府办2019年新收申请中 申请人类型是“其他”组织的 几件"], {"requests.received.other_org"}, 1),
    (["Huai'an 2024 new requests from organisations — please add up the five org columns"],
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 118),
    (["上海市府办2019年新收申请 企业、科研、公益、法律服务、其他这几类法人组织加起来多少"],
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 38),
    (["涧西区政府办2020年新收17件、办结15件，那表里“结转下年度继续办理”是多少"], {"requests.carried_forward.total"}, 2),
    (["沭阳25年 行政复议 结果维持 几件", "那怀安24年的同一栏呢"], {"appeals.review.upheld"}, 72),
    (["上海科维24年 行政许可决定 多少件"], {"active.licensing.decisions"}, 97),
])
def test_cells_read_second_round(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) == keys, rec["answer"][:300]


@pytest.mark.parametrize("turns", [
    ["Huai'an made 3,985,758 penalty decisions in 2024. How many of them were parking tickets?"],
    ["淮安2024年收到3119件申请，其中多少是关于拆迁补偿的？"],
    ["Did Mr. Zhang Wei's request to Hongze in 2023 end up among the refused ones?"],
    ["王先生那份申请在沭阳2025年算不予公开吗"],
    ["Huai'an 2024 reconsiderations: other outcomes?", "What were those other outcomes — withdrawn, dismissed?"],
    ["怀安县2024年收到多少申请"],
    # no row of applicants asked beside an item of table 二: nothing to rank the columns of
    ["淮安市2024年规范性文件中，排名最多的是哪一类组织"],
])
def test_no_number_second_round(svc, turns):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] is None, rec["answer"][:300]


def test_a_real_county_that_sounds_like_a_held_city_is_not_mended():
    assert homophones.mend("怀安县2024年收到多少申请", PLACES) == ("怀安县2024年收到多少申请", [])


@pytest.mark.parametrize("turns, keys, value", [
    # the columns of one row ranked within the one report
    (["Huai'an 2024: new requests from legal persons and other organisations?",
      "Which single kind of organisation sent the most of them, and how many?"],
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 61),
    (["淮安市2024年新收申请中 哪一类组织提的最多"],
     {"requests.received.commercial", "requests.received.research", "requests.received.public_interest",
      "requests.received.legal_services", "requests.received.other_org"}, 61),
    # every outcome but one, added
    (["淮安2024年办理结果中 除了予以公开的 其他结果一共多少件"],
     {"requests.partially_granted.total", "requests.withheld.total", "requests.unable.total",
      "requests.not_processed.total", "requests.other.total"}, 1688),
    (["上海市政府办公厅2019年上年结转的申请几件", "2025年报告里这一项呢？", "2025年比2019年多出来多少？"],
     {"requests.carried_over.total"}, 171),
    (["Shuyang's 2025 report says it took in 749 requests — how many of those were new that year, per the table?"],
     {"requests.received.total"}, 713),
    (["Shuyang 2025: penalty decisions?", "How does Huai'an's 2024 figure compare — what is it?"],
     {"active.punishment.decisions"}, 3985758),
])
def test_cells_read_second_round_more(svc, turns, keys, value):
    rec = ask_conversation(svc, *turns)
    assert rec["value"] == value and fact_keys(rec) >= keys, rec["answer"][:300]


def test_a_third_body_joins_the_two_asked_before(svc):
    rec = ask_conversation(svc, "Huai'an 2024: normative documents in force?", "And Shuyang County 2025?",
                           "Add Hongze 2023 to the comparison — which of the three has the fewest?")
    assert rec["operation"] == "ranking" and {r["agency"] for r in rec["reports"]} == {
        "淮安市人民政府", "沭阳县人民政府", "淮安市洪泽区人民政府"}, rec["answer"][:300]
    assert rec["value"] == 5, rec["answer"][:300]  # Hongze 2023's 5 documents, the fewest of 66, 32 and 5


def test_topics_named_before_the_thing_counted_in_the_text(svc):
    # the topics say what the press conferences were about; the thing counted is named after them
    rec = ask_conversation(svc, "淮安市政府2024年就保障民生、科技创新这些方面开了多少场新闻发布会？")
    assert rec["value"] == 12 and not fact_keys(rec), rec["answer"][:300]


@pytest.mark.parametrize("question, value", [
    ("上海科委那个“上海科技”公众号 2024年报告里说关注的人有多少", 1016823),
    ("STCSM 2024: followers of its 'Shanghai Keji' WeChat account? exact figure please", 1016823),
    ("Shuyang 2025: how many items of content became big hits, according to its report?", 52),
])
def test_text_numbers_asked_in_everyday_words(svc, question, value):
    rec = ask_conversation(svc, question)
    assert rec["value"] == value and not fact_keys(rec), rec["answer"][:300]
