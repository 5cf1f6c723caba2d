"""Question bank of blind evaluation set 342 (evals/blind342), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written new for this set. The bank names only bodies, keys, keywords
and the question text; every number in an `expect` is computed by helpers342 from
corpus/gold/*.json, from the printed table rows named in SPECS (reports without gold), or
cut from the report text (narrative numbers).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib342 as L  # noqa: E402
from helpers342 import E, EN, EU, ED, ER, V, T, S, N, U, D, R, F  # noqa: E402

# Printed cells of the three reports without gold: exactly the cell specs blind6's
# text_cells.json verified (the validator compares them with that file).
HEAD = "四、政府信息公开行政复议、行政诉讼情况"
NOTE08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", HEAD, 14),
        "appeals.litigation_direct.total": ("after", HEAD, 9),
        "appeals.review.total": ("after", HEAD, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", NOTE08, 14),
        "appeals.litigation_direct.pending": ("after", NOTE08, 8),
        "appeals.litigation_direct.total": ("after", NOTE08, 9),
        "appeals.review.pending": ("after", NOTE08, 3),
        "appeals.review.total": ("after", NOTE08, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
        "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

M = "万元"  # unit of money cells

# text of a report that states the same number as the table (both readings pass)
ALT = {
    ("ha", "r.received.total"): ("受理政府信息公开申请 3119", 3119),
    ("ha", "r.total_processed.total"): ("答复 3050", 3050),
    ("ha", "r.carried_over.total"): ("上年度结转申请 34", 34),
    ("ha", "r.carried_forward.total"): ("103 件顺延", 103),
    ("ha", "a.review.total"): ("行政复议 351", 351),
    ("ha", "a.review.upheld"): ("结果维持 72", 72),
    ("ha", "a.review.corrected"): ("结果纠正 64", 64),
    ("ha", "a.review.other"): ("其他结果 178", 178),
    ("ha", "a.review.pending"): ("尚未审结 37", 37),
    ("ha", "c.regulations.issued"): ("规章 1 件", 1),
    ("hz23", "r.received.total"): ("受理政府信息公开申请 21", 21),
    ("sy", "r.total_processed.total"): ("共办理 718", 718),
    ("sy", "r.carried_forward.total"): ("结转下一年 31", 31),
    ("sy", "r.received.legal_person"): ("法人或其他组织申请 8", 8),
    ("jx", "r.received.total"): ("收到依申请公开17件", 17),
    ("jx", "r.total_processed.total"): ("办结15件", 15),
    ("jx", "r.carried_forward.total"): ("在办2件", 2),
    ("kw", "r.received.total"): ("收到政府信息公开申请 34", 34),
    ("kw", "r.carried_over.total"): ("上年结转政府信息公开申请 2", 2),
    ("kw", "r.granted.total"): ("同意公开答复 9", 9),
    ("kw", "c.normative_docs.issued"): ("行政规范性文件 13", 13),
    ("sh25", "r.received.total"): ("受理政府信息公开申请 1295", 1295),
    ("sh25", "r.total_processed.total"): ("办结 1191", 1191),
    ("sh25", "r.carried_over.total"): ("含上年结转 189", 189),
    ("sh19", "r.received.total"): ("受理政府信息公开申请859件", 859),
    ("sh19", "r.total_processed.total"): ("答复政府信息公开申请805件", 805),
    ("sh19", "r.carried_over.total"): ("含上年度结转申请18件", 18),
    ("sh19", "a.review.total"): ("行政复议7件", 7),
    ("sh19", "a.litigation_direct.total"): ("诉讼9件", 9),
    ("sh19", "c.regulations.made"): ("规章13件", 13),
    ("sh19", "c.regulations.published"): ("规章13件", 13),
    ("sh19", "c.normative_docs.published"): ("行政规范性文件60件", 60),
}


def X(b, key, **kw):
    """expect of one table value; money gets its unit; a text stating the same number is an
    accepted second reading."""
    if key.endswith("fees.amount") or key.endswith("procurement.amount"):
        kw.setdefault("unit", M)
    if (b, key) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, key)]
    if kw.get("alt") is False:
        kw.pop("alt")
    return E(b, key, **kw)


def XS(b, keys, **kw):
    """expect of a sum of listed cells (>= 2 keys)."""
    assert len(keys) >= 2
    return E(b, keys, **kw)


def P(lang, b, key, q, note, **kw):
    return {"turns": [{"question": q, "expect": X(b, key, **kw)}], "lang": lang,
            "kind": "value", "note": "[plain] " + note}


def TR(lang, b, key, q, note, **kw):
    return {"turns": [{"question": q, "expect": X(b, key, **kw)}], "lang": lang,
            "kind": "trap", "note": "[neighbour] " + note}


def SM(lang, b, keys, q, note, **kw):
    return S(lang, b, keys, q, "[combine] sum of %d cells: %s" % (len(keys), note), **kw)


def DF(lang, b1, b2, keys, q, note, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference %s" % note, **kw)


def RK(lang, bodies, keys, order, q, note):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def TX(lang, b, keyword, value, unit, q, note, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def NO(lang, q, why, note):
    return U(lang, q, why, "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


# --------------------------------------------------------------------------- plain
def plain():
    return [
        # zh
        P("zh", "ha", "r.granted.total", "淮安市政府2024年的依申请公开，最后同意全部公开的有多少件？",
          "granted in full, 淮安"),
        P("zh", "ha", "c.normative_docs.in_force", "截至2024年底，淮安市现行有效的行政规范性文件一共几件？",
          "normative documents in force"),
        P("zh", "ha", "a.review.pending", "淮安2024年信息公开方面的行政复议，还有多少件没审结？",
          "review pending (text agrees)"),
        P("zh", "ha", "r.withheld.admin_query.total",
          "2024年淮安市政府有多少申请因为属于行政查询事项被拒绝公开？", "withheld: administrative query"),
        P("zh", "ha", "r.other.overdue_correction.total",
          "淮安市2024年，申请人过了期限也没补正材料、市政府就不再处理的申请有几件？",
          "other handling: no correction in time"),
        P("zh", "ha", "c.fees.amount", "二〇二四年淮安全市的行政事业性收费收了多少钱？",
          "fees (万元), year in Chinese numerals"),
        P("zh", "sy", "r.received.total",
          "沭阳县2025年表格里本年新收的政府信息公开申请是多少件？不含从2024年转过来的那部分。",
          "new requests only; the text's 749 includes carried-over requests, so only 713 is gold"),
        P("zh", "sy", "r.unable.not_held.total",
          "25年沭阳有多少申请是因为县里根本没有掌握那条信息而没法提供的？", "not held, two-digit year"),
        P("zh", "sy", "c.punishment.decisions", "沭阳县2025年作出的行政处罚决定有多少？",
          "penalty decisions"),
        P("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳2025年以“三类内部事务信息”为由不公开的有几件？", "withheld: internal affairs"),
        P("zh", "sy", "a.review.corrected", "2025年沭阳县的信息公开行政复议案件里，被纠正的有几件？",
          "review corrected"),
        P("zh", "sy", "r.other.other.total", "沭阳县2025年“其他处理”下面第三小项“其他”有多少件？",
          "other handling: other (row under a wrong header in the text)"),
        P("zh", "hz23", "c.licensing.decisions", "洪泽区2023年行政许可一共作出了多少个决定？",
          "licensing decisions"),
        P("zh", "hz23", "r.unable.not_held.total", "2023年洪泽区政府以不掌握相关信息为由答复无法提供的申请数？",
          "not held"),
        P("zh", "hz23", "a.review.upheld", "洪泽2023年政府信息公开行政复议维持原决定的有几起？",
          "review upheld (the printed review total is 0, not asked)"),
        P("zh", "hz24", "c.punishment.decisions", "洪泽区2024年的行政处罚决定数是多少？",
          "penalty decisions, text cell"),
        P("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年答复“本机关不掌握”的依申请件数是多少？",
          "not held, text cell"),
        P("zh", "jx", "r.granted.total", "涧西区政府办2020年完全公开、没打折扣的申请有几件？",
          "granted in full"),
        P("zh", "jx", "c.procurement.amount", "涧西区人民政府办公室2020年政府集中采购花了多少钱？",
          "procurement amount (万元)"),
        P("zh", "jx", "r.carried_forward.total", "涧西区2020年有几件申请要挪到下一年接着办？",
          "carried forward (text 在办2件 agrees)"),
        P("zh", "sh19", "c.normative_docs.total_published", "上海市政府办公厅2019年对外公开的规范性文件总数是多少？",
          "2019 format: total published"),
        P("zh", "sh19", "r.unable.needs_creation.natural_person",
          "2019年上海市府办收到的个人申请中，因为需要另行制作而无法提供的有多少？",
          "needs creation, natural persons (row total printed blank, column asked)"),
        P("zh", "sh19", "r.unable.unclear.natural_person",
          "2019年上海市府办有多少个人申请因为补正后内容仍不明确而没法提供？",
          "unclear after correction, natural persons (row total printed blank, column asked)"),
        P("zh", "sh19", "c.procurement.projects", "2019年上海市人民政府办公厅的政府集中采购项目有几个？",
          "procurement projects"),
        P("zh", "sh25", "r.not_processed.petition.total",
          "上海市府办2025年有多少申请因为属于信访举报投诉类而不予处理？", "not processed: petition, text cell"),
        P("zh", "sh25", "r.carried_forward.total",
          "2025年上海市政府办公厅年底还有多少申请没办完、要结转到下年？", "carried forward, text cell"),
        P("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定有多少？",
          "licensing decisions, text cell"),
        P("zh", "kw", "c.punishment.decisions", "市科委2024年作出过行政处罚决定吗？有几个？",
          "penalty decisions = 0, text cell"),
        P("zh", "ha", "r.received.legal_person",
          "淮安市政府2024年新收的申请里，企业、律所这些法人或其他组织交上来的一共多少件？",
          "derived legal_person"),
        P("zh", "sy", "r.unable.total", "沭阳县2025年无法提供的申请合计多少？",
          "derived unable.total"),
        # en
        P("en", "ha", "r.carried_forward.total",
          "How many of Huai'an city government's 2024 disclosure requests were still open at year end and rolled into the next year?",
          "carried forward (text 103 顺延 agrees)"),
        P("en", "ha", "a.litigation_direct.total",
          "For Huai'an in 2024, how many information-disclosure lawsuits went straight to court without an administrative review first?",
          "direct litigation total"),
        P("en", "ha", "c.coercion.decisions",
          "What number of administrative coercion decisions did the Huai'an municipal government report for 2024?",
          "coercion decisions"),
        P("en", "ha", "r.unable.needs_creation.total",
          "In 2024, how many requests did Huai'an turn down because answering would have meant producing new information?",
          "needs creation"),
        P("en", "ha", "r.partially_granted.commercial",
          "How many requests from commercial companies did Huai'an partly grant in 2024?",
          "partially granted, commercial"),
        P("en", "ha", "r.not_processed.duplicate.total",
          "How many applications did Huai'an set aside as repeat applications in 2024?", "duplicate"),
        P("en", "sy", "r.granted.legal_services",
          "Shuyang County, 2025: how many requests filed by law firms or other legal service providers were granted in full?",
          "granted, legal services"),
        P("en", "sy", "c.normative_docs.issued",
          "How many administrative normative documents did Shuyang County issue in 2025?", "issued"),
        P("en", "sy", "r.carried_forward.total",
          "At the end of 2025, how many applications did Shuyang County carry forward into the following year?",
          "carried forward (text agrees)"),
        P("en", "sy", "a.litigation_after_review.total",
          "Shuyang 2025 - how many lawsuits were filed after an administrative review had already been decided?",
          "litigation after review"),
        P("en", "sy", "r.other.overdue_fee.total",
          "In Shuyang County's 2025 report, how many requests were dropped because the applicant didn't pay the processing fee in time?",
          "other handling: fee not paid"),
        P("en", "sy", "c.fees.amount",
          "How much administrative fee revenue did Shuyang County report for 2025 in its active-disclosure table?",
          "fees (万元)"),
        P("en", "hz23", "c.fees.amount",
          "What was Hongze District's administrative fee income in 2023, per its annual report?", "fees (万元)"),
        P("en", "hz23", "r.partially_granted.total",
          "How many of Hongze District's 2023 requests ended in partial disclosure?", "partially granted"),
        P("en", "hz23", "c.normative_docs.repealed",
          "How many normative documents did Hongze District repeal in 2023?", "repealed"),
        P("en", "hz24", "c.licensing.decisions",
          "How many administrative licensing decisions did the Hongze District government make in 2024?",
          "licensing, text cell"),
        P("en", "hz24", "a.litigation_after_review.total",
          "Hongze District in 2024: total lawsuits filed after administrative reconsideration?",
          "litigation after review, text cell"),
        P("en", "jx", "a.review.total",
          "How many administrative reconsideration cases over information disclosure did Jianxi District's government office face in 2020?",
          "review total"),
        P("en", "jx", "r.unable.not_held.total",
          "In 2020, how many times did the Jianxi District government office say it didn't hold the requested information?",
          "not held"),
        P("en", "jx", "c.normative_docs.made",
          "How many normative documents were newly drafted by the Jianxi District office in 2020?",
          "2019 format: made"),
        P("en", "sh19", "r.received.commercial",
          "How many requests did commercial enterprises send to the Shanghai government General Office in 2019?",
          "received, commercial"),
        P("en", "sh19", "c.regulations.made",
          "How many regulations did the Shanghai General Office newly make in 2019?",
          "regulations made (text 规章13件 agrees)"),
        P("en", "sh19", "r.total_processed.total",
          "What was the total number of requests the Shanghai municipal government's General Office handled in 2019?",
          "total processed (printed; text agrees)"),
        P("en", "sh19", "r.withheld.admin_query.commercial",
          "In 2019, how many company requests did the Shanghai General Office withhold as administrative query matters?",
          "withheld admin query, commercial"),
        P("en", "sh25", "r.unable.not_held.total",
          "For 2025, how many applications did Shanghai's General Office answer with 'we don't hold this information'?",
          "not held, text cell"),
        P("en", "sh25", "r.received.natural_person",
          "How many new disclosure requests came from private individuals to the Shanghai General Office in 2025?",
          "received natural persons, text cell"),
        P("en", "sh25", "a.review.total",
          "How many administrative reconsideration cases did the Shanghai General Office report for 2025?",
          "review total, text cell (printed note: includes carried-over cases)"),
        P("en", "kw", "r.received.commercial",
          "How many requests did businesses file with the Shanghai Science and Technology Commission in 2024?",
          "received commercial, text cell"),
        P("en", "kw", "c.normative_docs.in_force",
          "How many normative documents were in force at STCSM as of 2024?", "in force, text cell"),
        P("en", "sy", "r.total_processed.legal_person",
          "Of everything Shuyang County handled in 2025, how many requests came from organisations rather than individuals?",
          "derived legal_person of total processed"),
    ]


# --------------------------------------------------------------------------- neighbour
def neighbour():
    return [
        TR("zh", "sy", "r.carried_over.total", "沭阳县2025年的报告里，上年结转过来的申请是多少件？",
           "carried over 36 vs carried forward 31"),
        TR("zh", "ha", "a.review.other", "淮安市2024年政府信息公开行政复议，结果是“其他结果”的有多少件？",
           "review other 178 vs corrected 64 (text agrees)"),
        TR("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数量是多少？",
           "total published 524 vs made 13"),
        TR("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以四类过程性信息为由不公开的有几件？",
           "process info 2 vs internal affairs 13"),
        TR("en", "ha", "a.litigation_after_review.total",
           "How many Huai'an 2024 disclosure lawsuits came after a reconsideration decision?",
           "after review 20 vs direct 26"),
        TR("en", "ha", "c.normative_docs.repealed",
           "How many administrative normative documents did Huai'an abolish during 2024?",
           "repealed 26 vs issued 8 / in force 66"),
        TR("en", "sy", "r.partially_granted.total",
           "How many Shuyang County requests in 2025 were only partly disclosed?",
           "partially granted 101 vs granted 294"),
        TR("en", "sh25", "r.unable.needs_creation.total",
           "In 2025, how many requests to the Shanghai General Office could not be met because the information would have had to be newly compiled?",
           "needs creation 48 vs not held 513, text cell"),
    ]


# --------------------------------------------------------------------------- combine
W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NP5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]


def combine():
    return [
        SM("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
           "淮安市2024年全部公开和部分公开加在一起多少件？", "granted + partially granted"),
        SM("zh", "sy", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"],
           "沭阳县2025年复议和两类诉讼里还没审结的一共多少件？", "pending in all three appeals groups"),
        SM("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2023年行政处罚和行政强制的决定数加起来是多少？", "penalty + coercion"),
        SM("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
           "2019年上海市府办的自然人申请，把本年新收和上年结转的加起来是多少？",
           "natural persons: received + carried over"),
        SM("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "淮安2024年因政府信息公开引起的复议和诉讼（直接起诉加复议后起诉）一共多少件？",
           "review + both litigation totals"),
        SM("zh", "sy", NP5, "沭阳县2025年不予处理的五类情形一共多少件？", "five not-processed sub-rows"),
        SM("zh", "ha", W8, "淮安市2024年不予公开的八种理由合计多少件？", "eight withheld sub-rows"),
        SM("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "Across reconsideration and both kinds of lawsuits, how many Shuyang 2025 cases ended with the original decision upheld?",
           "upheld across appeals groups"),
        SM("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "How many disclosure-related reconsiderations and lawsuits in total did the Jianxi District office have in 2020?",
           "all appeals totals"),
        SM("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
           "How many regulations and normative documents combined did the Shanghai General Office newly make in 2019?",
           "regulations + normative documents made"),
        SM("en", "ha", ["r.other.%s.total" % s for s in L.OTHER21],
           "Huai'an 2024: add up the three 'other handling' sub-rows for me.", "three other-handling sub-rows"),
        SM("en", "ha", ["r.received.commercial", "r.received.legal_services"],
           "How many 2024 Huai'an requests came from commercial enterprises and legal service institutions together?",
           "two applicant columns"),
        SM("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "For Hongze District in 2024, what's the combined number of licensing, penalty and coercion decisions?",
           "text cells"),
        DF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？",
           "洪泽区 licensing 2023→2024"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total",
           "洪泽区“本机关不掌握”的无法提供件数，从2023年到2024年增加了多少？", "洪泽区 not held 2023→2024"),
        DF("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请，2025年与2019年相比多了多少件？",
           "上海市府办 received 2019→2025 (2025 text states 1295 as well)",
           alt=("受理政府信息公开申请 1295", 1295)),
        DF("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅的信息公开行政复议，2019年和2025年相比差多少？",
           "上海市府办 review total 2019→2025"),
        DF("en", "hz23", "hz24", "c.fees.amount",
           "By how much did Hongze District's administrative fee income change from 2023 to 2024?",
           "洪泽区 fees 2023→2024 (万元)", unit=M),
        DF("en", "hz23", "hz24", "c.punishment.decisions",
           "How did Hongze District's number of penalty decisions change between 2023 and 2024?",
           "洪泽区 penalties 2023→2024"),
        DF("en", "sh19", "sh25", "r.carried_forward.total",
           "How many more requests did the Shanghai General Office carry into the next year at the end of 2025 than at the end of 2019?",
           "上海市府办 carried forward 2019→2025"),
        DF("en", "sh19", "sh25", "a.litigation_direct.total",
           "Direct lawsuits against the Shanghai General Office: how did 2025 compare with 2019?",
           "上海市府办 direct litigation 2019→2025"),
    ]


# --------------------------------------------------------------------------- rank
def rank():
    return [
        RK("zh", ["ha", "sy", "hz23"], "r.received.total", "desc",
           "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家新收的信息公开申请最多？", "received, desc"),
        RK("zh", ["jx", "sh19", "sy", "ha"], "a.review.total", "asc",
           "涧西区2020年、上海市府办2019年、沭阳县2025年、淮安市2024年，四家里谁的信息公开行政复议最少？",
           "review total, asc"),
        RK("zh", ["sy", "hz23", "jx"], "r.partially_granted.total", "desc",
           "沭阳2025年、洪泽区2023年、涧西区2020年，部分公开的件数谁最多？", "partially granted, desc"),
        RK("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
           "现行有效的行政规范性文件，淮安市（2024年）、沭阳县（2025年）和洪泽区（2023年）哪个最少？",
           "in force, asc (2021-format bodies only)"),
        RK("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc",
           "结转到下一年继续办理的申请，淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，哪家最多？",
           "carried forward, desc"),
        RK("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
           "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which faced the fewest direct lawsuits over disclosure?",
           "direct litigation, asc"),
        RK("en", ["ha", "sh19", "sy"], "r.received.natural_person", "asc",
           "Which got the fewest requests from individuals: Huai'an in 2024, the Shanghai General Office in 2019, or Shuyang County in 2025?",
           "received natural persons, asc"),
        RK("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
           "Which made the most administrative penalty decisions: Huai'an 2024, Shuyang 2025, or Hongze District 2023?",
           "penalties, desc"),
        RK("en", ["sh19", "sy", "hz23", "jx"], "r.total_processed.total", "desc",
           "Rank the Shanghai General Office 2019, Shuyang County 2025, Hongze District 2023 and the Jianxi District office 2020 by total requests handled - who comes out on top?",
           "total processed, desc"),
        RK("en", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "asc",
           "Of Huai'an (2024), Shuyang (2025), Hongze (2023) and Jianxi District (2020), which had the fewest reconsideration cases upheld?",
           "review upheld, asc"),
    ]


# --------------------------------------------------------------------------- textonly
def textonly():
    return [
        TX("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了多少场新闻发布会？", "press conferences"),
        TX("zh", "ha", "4 次", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？", "full-coverage checks"),
        TX("zh", "ha", "公报》6", 6, "期", "淮安市政府2024年出了几期政府公报？", "gazette issues"),
        TX("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提示？",
           "reminders sent"),
        TX("zh", "sy", "697条", 697, "条", "2025年沭阳县清理了多少条过期信息？", "outdated items removed"),
        TX("zh", "sy", "64家", 64, "家", "沭阳2025年把多少家单位的信息公开年报集中公开了？", "annual reports published"),
        TX("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息？", "items on the portal"),
        TX("zh", "hz23", "1136", 1136, "条", "洪泽区2023年政府网站主动公开了多少条政府信息？", "items on the portal"),
        TX("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年年报里提到的新闻通气会开了几场？",
           "press briefings"),
        TX("zh", "sh25", "10 个语种", 10, "个", "上海市政府办公厅2025年年报里说，上海国际服务门户现在覆盖几个语种？",
           "languages of the international portal"),
        TX("zh", "sh19", "政策解读共132件", 132, "件", "上海市府办2019年通过门户网站发布了多少件政策解读？",
           "policy interpretations on the portal"),
        TX("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理出的政务公开事项一共多少项？",
           "items mapped", frm="梳理细化"),
        TX("en", "kw", "118 场", 118, "场", "How many livestreams did STCSM run in 2024?", "livestreams"),
        TX("en", "kw", "1640 篇", 1640, "篇",
           "How many articles did the Shanghai science commission's WeChat account publish in 2024?", "articles"),
        TX("en", "kw", "85 件", 85, "件",
           "How many CPPCC proposals did the Shanghai Science and Technology Commission handle as lead or co-organizer in 2024?",
           "CPPCC proposals"),
        TX("en", "sy", "2606篇", 2606, "篇",
           "How many news pieces did Shuyang County's new-media channels produce in 2025?", "news pieces"),
        TX("en", "sy", "办前主动沟通 49", 49, "次",
           "In 2025, how many times did Shuyang County reach out to applicants before handling their requests?",
           "proactive contacts"),
        TX("en", "sy", "错误信息83", 83, "处",
           "How many erroneous items of information did Shuyang County correct on its site in 2025?",
           "errors corrected"),
        TX("en", "sy", "不规范描述22", 22, "处",
           "How many non-standard wordings did Shuyang County fix on its website in 2025?", "wordings fixed"),
        TX("en", "sh25", "审查 166", 166, "件",
           "How many documents went through the disclosure-attribute review at the Shanghai General Office in 2025?",
           "documents reviewed for disclosure attribute", frm="全年完成"),
        TX("en", "sh25", "403 项", 403, "项",
           "How many service guides were published on the Shanghai International Services Portal, per the General Office's 2025 report?",
           "service guides"),
        TX("en", "sh19", "70家", 70, "家",
           "How many government websites did the Shanghai General Office inspect every quarter in 2019?",
           "websites inspected"),
        TX("en", "jx", "601项事项", 21, "个",
           "Into how many areas did the Jianxi District office group the 601 items it mapped in 2020?",
           "areas (the 601 is in the question)", frm="梳理细化"),
    ]


# --------------------------------------------------------------------------- cannot
def cannot():
    return [
        NO("zh", "淮安市2024年的政府信息公开申请人里男女各占多少？", "no sex breakdown of applicants", "sex"),
        NO("zh", "沭阳县2025年依申请公开平均多少个工作日答复完？", "no response times are printed",
           "response time"),
        NO("zh", "洪泽区2023年的申请里有多少是关于征地拆迁的？", "no topic breakdown", "topic"),
        NO("zh", "南京市2024年政府信息公开申请收到了多少件？", "no report of 南京市 is held", "body not held"),
        NO("zh", "淮安市政府2023年的政府信息公开行政复议有多少件？", "only the 2024 report of 淮安市 is held",
           "year not held"),
        NO("zh", "上海市科委2022年新收了多少件申请？", "only the 2024 report of 上海市科委 is held",
           "year not held"),
        NO("zh", "涧西区2020年的申请里，有多少是写信寄过来的？", "no channel breakdown", "channel"),
        NO("zh", "沭阳县2025年各乡镇分别收到多少信息公开申请？", "no township breakdown", "township"),
        NO("zh", "上海市府办2025年专门负责信息公开的工作人员有几个？", "no staff numbers", "staff"),
        NO("zh", "洪泽区2024年的行政复议案件具体涉及区里哪几个部门？", "no department breakdown of appeals",
           "department"),
        NO("zh", "淮安市2025年的年报里行政许可是多少？", "no 2025 report of 淮安市 is held", "year not held"),
        NO("zh", "你预测一下沭阳县2026年会收到多少申请？", "forecasts are not in the reports", "forecast"),
        NO("zh", "淮安市2024年第三季度收到多少申请？", "no quarterly figures", "quarter"),
        NO("zh", "上海市政府办公厅2019年的申请人里有多少是外地户籍？", "no residence breakdown", "residence"),
        NO("zh", "盐城市2024年政府信息公开工作年报里的行政处罚数是多少？", "no report of 盐城市 is held",
           "body not held"),
        NO("zh", "洪泽区2023年政府信息公开工作花了多少经费？", "no spending on disclosure work is printed",
           "cost"),
        NO("zh", "你觉得沭阳县2025年的信息公开工作做得怎么样，能打几分？", "opinions are not in the reports",
           "opinion"),
        NO("en", "How many of Huai'an's 2024 disclosure requests were filed online versus on paper?",
           "no channel breakdown", "channel"),
        NO("en", "What share of the Shanghai General Office's 2025 applicants were over 60?", "no age data", "age"),
        NO("en", "Which month of 2025 saw the most requests at Shuyang County?", "no monthly figures", "month"),
        NO("en", "How many disclosure requests did Suzhou receive in 2024?", "no report of 苏州市 is held",
           "body not held"),
        NO("en", "How many requests did the Jianxi District government office receive in 2022?",
           "only the 2020 report of 涧西区 is held", "year not held"),
        NO("en", "How many requests did Hongze District receive in 2021?",
           "only the 2023 and 2024 reports of 洪泽区 are held", "year not held"),
        NO("en", "How many of STCSM's 2024 requests concerned research funding?", "no topic breakdown", "topic"),
        NO("en", "What was the average cost per request for Huai'an in 2024?", "no cost per request is printed",
           "cost"),
        NO("en", "How many staff does Hongze District assign to information disclosure in 2024?",
           "no staff numbers", "staff"),
        NO("en", "Break down Shuyang County's 2025 administrative penalty decisions by industry.",
           "no industry breakdown", "industry"),
        NO("en", "How many requests will the Shanghai General Office get in 2026?", "forecasts are not in the reports",
           "forecast"),
        NO("en", "Which Huai'an department received the most disclosure requests in 2024?",
           "no department breakdown", "department"),
        NO("en", "Who were the applicants that sued the Shanghai General Office in 2019?",
           "personal data of litigants is not printed", "personal data"),
        NO("en", "How many disclosure requests did Minhang District receive in 2025?",
           "no report of 闵行区 is held", "body not held"),
        NO("en", "Was Huai'an's 2024 disclosure work better than Nanjing's?",
           "opinion, and no report of 南京市 is held", "opinion / body not held"),
        NO("en", "How many of the requests the Shanghai science commission received in 2024 came from foreign nationals?",
           "no nationality breakdown", "nationality"),
        NO("en", "What reasons did Huai'an give for each of the 64 corrected reconsideration cases in 2024?",
           "reasons for individual cases are not stated", "reasons not stated"),
    ]


# --------------------------------------------------------------------------- followup (zh)
def followup_zh():
    return [
        FU("zh", [
            ("洪泽区2023年行政强制决定有多少？", X("hz23", "c.coercion.decisions")),
            ("那2024年的呢？", X("hz24", "c.coercion.decisions")),
            ("哪一年多？差了多少？", ED("hz23", "hz24", "c.coercion.decisions")),
        ], "year switch 洪泽区, then compare the two years"),
        FU("zh", [
            ("上海市府办2019年上年结转的申请有多少件？", X("sh19", "r.carried_over.total")),
            ("换到2025年看看", X("sh25", "r.carried_over.total")),
            ("2025年结转到下一年的又是多少？", X("sh25", "r.carried_forward.total")),
        ], "year switch 上海市府办, then row switch"),
        FU("zh", [
            ("淮安市2024年行政许可的处理决定数量是多少？", X("ha", "c.licensing.decisions")),
            ("沭阳县2025年这一项呢？", X("sy", "c.licensing.decisions")),
            ("洪泽区2023年的呢", X("hz23", "c.licensing.decisions")),
            ("那三个里谁最多？", ER(["ha", "sy", "hz23"], "c.licensing.decisions", "desc")),
        ], "body switch twice, then a ranking of the three bodies just asked"),
        FU("zh", [
            ("沭阳县2025年政府信息公开行政复议一共多少件？", X("sy", "a.review.total")),
            ("其中结果维持的有几件？", X("sy", "a.review.upheld")),
            ("还没审结的呢？", X("sy", "a.review.pending")),
        ], "of those: review total, then outcomes"),
        FU("zh", [
            ("洪泽区2024年新制发的行政规范性文件几件？", X("hz24", "c.normative_docs.issued")),
            ("不对，我要的是2023年的", X("hz23", "c.normative_docs.issued")),
            ("那2023年现行有效的有几件？", X("hz23", "c.normative_docs.in_force")),
        ], "self-correction of the year, then column switch"),
        FU("zh", [
            ("淮安市2024年予以公开的申请是多少件？", X("ha", "r.granted.total")),
            ("这个数里有没有算部分公开的？要是没算，把部分公开的也加上一共多少？",
             XS("ha", ["r.granted.total", "r.partially_granted.total"])),
            ("那个人申请里部分公开的有几件？", X("ha", "r.partially_granted.natural_person")),
        ], "check the figure (partial disclosure), widen, then narrow to a column"),
        FU("zh", [
            ("沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", EN("sy", "4511", 4511, "条")),
            ("那年行政规范性文件新制发了几件？", X("sy", "c.normative_docs.issued")),
        ], "narrative number, then a table number of the same body"),
        FU("zh", [
            ("洪泽区2023年属于国家秘密不予公开的有几件？", X("hz23", "r.withheld.state_secret.total")),
            ("属于行政执法案卷的呢？", X("hz23", "r.withheld.enforcement_files.total")),
            ("这两件分别涉及什么事项？", EU("the report does not describe individual withheld requests")),
        ], "row switch, ends unanswerable (subject of single requests)"),
        FU("zh", [
            ("上海市府办2019年自然人申请中，被当成信访举报投诉类不予处理的有多少？",
             X("sh19", "r.not_processed.petition.natural_person")),
            ("商业企业那一列呢？", X("sh19", "r.not_processed.petition.commercial")),
        ], "column switch (row total printed blank, columns asked)"),
        FU("zh", [
            ("淮安市2024年未经复议直接起诉的行政诉讼里，结果纠正的有几件？", X("ha", "a.litigation_direct.corrected")),
            ("复议后起诉的那部分呢？", X("ha", "a.litigation_after_review.corrected")),
            ("两类诉讼被纠正的一共多少？",
             XS("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
                alt=("结果纠正 5 件", 5))),
        ], "appeals group switch, then add the two (text states 5 as well)"),
        FU("zh", [
            ("2019年上海市府办收到商业企业的申请多少件？", X("sh19", "r.received.commercial")),
            ("2025年又是多少？", X("sh25", "r.received.commercial")),
            ("这两年比，变化多大？", ED("sh19", "sh25", "r.received.commercial")),
        ], "year switch 上海市府办, compare"),
        FU("zh", [
            ("沭阳县2025年予以公开的申请有多少？", X("sy", "r.granted.total")),
            ("部分公开的呢？", X("sy", "r.partially_granted.total")),
            ("两个合计？", XS("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], "row switch, then add the two rows"),
        FU("zh", [
            ("淮安市2024年商业企业新收申请多少件？", X("ha", "r.received.commercial")),
            ("哦说错了，我想问的是法律服务机构", X("ha", "r.received.legal_services")),
            ("这些律所的申请里最后予以公开的有多少？", X("ha", "r.granted.legal_services")),
            ("律所申请里本机关不掌握的又有几件？", X("ha", "r.unable.not_held.legal_services")),
        ], "self-correction of the column, then rows within the column"),
        FU("zh", [
            ("涧西区政府办2020年一共收到多少件依申请公开？", X("jx", "r.received.total")),
            ("其中予以公开了几件？", X("jx", "r.granted.total")),
            ("这13件都是哪个部门办理的？", EU("no department breakdown is printed")),
        ], "of those, ends unanswerable (department)"),
        FU("zh", [
            ("上海市府办2025年编了多少期市政府公报？", EN("sh25", "24 期", 24, "期")),
            ("那2025年它新收了多少件信息公开申请？", X("sh25", "r.received.total")),
        ], "narrative number, then a table number (text cell)"),
        FU("zh", [
            ("沭阳县2025年复议后起诉的行政诉讼有几件？", X("sy", "a.litigation_after_review.total")),
            ("淮安市2024年呢？", X("ha", "a.litigation_after_review.total")),
            ("涧西区2020年的呢？", X("jx", "a.litigation_after_review.total")),
        ], "body switch twice"),
        FU("zh", [
            ("洪泽区2024年行政规范性文件现行有效几件？", X("hz24", "c.normative_docs.in_force")),
            ("2023年是几件？", X("hz23", "c.normative_docs.in_force")),
            ("2025年的数字出来了吗，是多少？", EU("no 2025 report of 洪泽区 is held")),
        ], "year switch, ends unanswerable (year not held)"),
        FU("zh", [
            ("淮安市2024年不予处理的申请总共有多少？", X("ha", "r.not_processed.total")),
            ("其中重复申请占几件？", X("ha", "r.not_processed.duplicate.total")),
        ], "of those (derived total, then a sub-row)"),
        FU("zh", [
            ("沭阳县2025年法人或其他组织新收的申请有几件？", X("sy", "r.received.legal_person")),
            ("这里面算没算律师事务所那类？单算法律服务机构是几件？", X("sy", "r.received.legal_services")),
            ("剩下的商业企业呢？", X("sy", "r.received.commercial")),
        ], "check the figure (does it include legal services), then narrow"),
        FU("zh", [
            ("上海市科委2024年本年新收的申请是多少件？", X("kw", "r.received.total")),
            ("不好意思，我其实想问上年结转的", X("kw", "r.carried_over.total")),
        ], "self-correction of the row (text cells)"),
        FU("zh", [
            ("2024年淮安市涉及政府信息公开的行政复议总数？", X("ha", "a.review.total")),
            ("被纠正的占多少件？", X("ha", "a.review.corrected")),
            ("再问下维持的是多少", X("ha", "a.review.upheld")),
            ("其他结果和尚未审结的，两项一共多少？", XS("ha", ["a.review.other", "a.review.pending"])),
        ], "of those: review outcomes, then add two of them"),
        FU("zh", [
            ("洪泽区2023年予以公开的申请有几件？", X("hz23", "r.granted.total")),
            ("2024年呢？", X("hz24", "r.granted.total")),
            ("两年差了多少？", ED("hz23", "hz24", "r.granted.total")),
        ], "year switch 洪泽区, compare"),
        FU("zh", [
            ("淮安市2024年制作了多少个政策解读？", EN("ha", "政策解读", 21, "个")),
            ("同一年市政府规章本年制发了几件？", X("ha", "c.regulations.issued")),
        ], "narrative number, then a table number (text states 1 as well)"),
        FU("zh", [
            ("上海市科委2024年予以公开的申请几件？", X("kw", "r.granted.total")),
            ("上海市府办2025年这一项是多少？", X("sh25", "r.granted.total")),
        ], "body switch (text cells)"),
        FU("zh", [
            ("沭阳县2025年行政处罚和行政强制加一起有多少个决定？",
             XS("sy", ["c.punishment.decisions", "c.coercion.decisions"])),
            ("其中涉及交通违法的有多少？", EU("no breakdown of penalties by subject")),
        ], "sum, ends unanswerable (subject breakdown)"),
        FU("zh", [
            ("沭阳县2025年一共办理了多少件申请？", X("sy", "r.total_processed.total")),
            ("这718件里包括从2024年结转来的吗？只说2025年本年新收的是多少",
             X("sy", "r.received.total")),
            ("那结转来的有几件？", X("sy", "r.carried_over.total")),
        ], "check the figure (carried over included?), then narrow"),
        FU("zh", [
            ("上海市政府办公厅2025年行政复议尚未审结的有几件？", X("sh25", "a.review.pending")),
            ("2019年同样的情况是几件？", X("sh19", "a.review.pending")),
            ("直接起诉里没审结的，2025年是多少？", X("sh25", "a.litigation_direct.pending")),
        ], "year switch, then appeals group switch"),
        FU("zh", [
            ("涧西区2020年自然人申请中被认定本机关不掌握的几件？", X("jx", "r.unable.not_held.natural_person")),
            ("予以公开的呢？", X("jx", "r.granted.natural_person")),
        ], "row switch"),
        FU("zh", [
            ("洪泽区2024年政府信息公开行政复议总共几件？", X("hz24", "a.review.total")),
            ("未经复议直接起诉的行政诉讼呢？", X("hz24", "a.litigation_direct.total")),
            ("2023年直接起诉的有几件？", X("hz23", "a.litigation_direct.total")),
        ], "appeals group switch, then year switch"),
        FU("zh", [
            ("上海市府办2019年自然人申请中不予公开的一共多少件？", X("sh19", "r.withheld.natural_person")),
            ("其中属于国家秘密的几件？", X("sh19", "r.withheld.state_secret.natural_person")),
            ("有多少是因为属于行政查询事项？", X("sh19", "r.withheld.admin_query.natural_person")),
            ("这些被拒的申请人年龄分布呢？", EU("no age data")),
        ], "of those (derived column total), ends unanswerable"),
        FU("zh", [
            ("淮安市2024年行政规范性文件废止了几件？", X("ha", "c.normative_docs.repealed")),
            ("不对，我想问的是沭阳县，2025年的", X("sy", "c.normative_docs.repealed")),
        ], "self-correction of the body"),
        FU("zh", [
            ("上海市科委2024年的视频号发布了多少条短视频？", EN("kw", "584", 584, "条")),
            ("它2024年的行政许可决定有多少？", X("kw", "c.licensing.decisions")),
            ("视频号的观众里有多少是上海本地人？", EU("no audience breakdown")),
        ], "narrative, table (text cell), ends unanswerable"),
        FU("zh", [
            ("淮安市2024年以保护第三方合法权益为由不公开的几件？", X("ha", "r.withheld.third_party.total")),
            ("属于三类内部事务信息的呢？", X("ha", "r.withheld.internal_affairs.total")),
            ("两项合起来？", XS("ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total"])),
        ], "row switch, add the two"),
        FU("zh", [
            ("洪泽区23年行政处罚决定数量是多少？", X("hz23", "c.punishment.decisions")),
            ("再看看24年", X("hz24", "c.punishment.decisions")),
        ], "year switch with two-digit years"),
        FU("zh", [
            ("沭阳县2025年其他处理中申请人逾期不补正的有几件？", X("sy", "r.other.overdue_correction.total")),
            ("逾期没交费的呢？", X("sy", "r.other.overdue_fee.total")),
            ("这些申请人是哪些乡镇的？", EU("no township breakdown")),
        ], "row switch, ends unanswerable"),
        FU("zh", [
            ("淮安市2024年新收申请中自然人提交的有多少？", X("ha", "r.received.natural_person")),
            ("上海市政府办公厅2019年是多少？", X("sh19", "r.received.natural_person")),
            ("涧西2020年呢？", X("jx", "r.received.natural_person")),
        ], "body switch across templates"),
        FU("zh", [
            ("上海市府办2019年未经复议直接被起诉的行政诉讼有多少件？", X("sh19", "a.litigation_direct.total")),
            ("其中还在审理、没出结果的有几件？", X("sh19", "a.litigation_direct.pending")),
            ("那年的行政复议一共几件？", X("sh19", "a.review.total")),
        ], "of those, then appeals group switch (upheld counts not asked: the text says all upheld)"),
        FU("zh", [
            ("洪泽区2024年公开了几期政府常务会议？", EN("hz24", "常务会议 7", 7, "期")),
            ("那年的行政许可决定数呢？", X("hz24", "c.licensing.decisions")),
        ], "narrative, then table (text cell)"),
        FU("zh", [
            ("沭阳县2025年以危及“三安全一稳定”为由不公开的几件？", X("sy", "r.withheld.security_stability.total")),
            ("属于行政查询事项的呢？", X("sy", "r.withheld.admin_query.total")),
            ("行政执法案卷那项呢？", X("sy", "r.withheld.enforcement_files.total")),
            ("那不予公开一共是多少？", X("sy", "r.withheld.total")),
        ], "row switch twice, then the derived total"),
        FU("zh", [
            ("沭阳县2025年行政复议结果维持的有几件？", X("sy", "a.review.upheld")),
            ("搞错了，我是问直接起诉的行政诉讼里维持的", X("sy", "a.litigation_direct.upheld")),
        ], "self-correction of the appeals group"),
        FU("zh", [
            ("上海市政府办公厅2019年办理总计是多少件？", X("sh19", "r.total_processed.total")),
            ("2025年的办理总计？", X("sh25", "r.total_processed.total")),
            ("哪年多，多了多少？", ED("sh19", "sh25", "r.total_processed.total")),
        ], "year switch, compare"),
        FU("zh", [
            ("淮安市2024年无法提供的申请里，本机关不掌握的有多少件？", X("ha", "r.unable.not_held.total")),
            ("这些申请主要问的是哪些领域？", EU("no topic breakdown")),
        ], "ends unanswerable (topics)"),
        FU("zh", [
            ("洪泽区2024年表格里办理结果的总计是多少件？", X("hz24", "r.total_processed.total")),
            ("其中予以公开的有多少？", X("hz24", "r.granted.total")),
            ("本机关不掌握的有多少？", X("hz24", "r.unable.not_held.total")),
        ], "of those (text cells; the text's 受理17件 is a different count, table asked explicitly)"),
        FU("zh", [
            ("淮安市2024年“其他处理”里第三项“其他”，自然人的有多少？", X("ha", "r.other.other.natural_person")),
            ("商业企业那一栏呢？", X("ha", "r.other.other.commercial")),
        ], "column switch"),
        FU("zh", [
            ("沭阳县2025年全县办理了多少件复议诉讼相关案件？", EN("sy", "74 件", 74, "件")),
            ("其中行政复议是多少件？", X("sy", "a.review.total")),
            ("直接起诉的行政诉讼呢？", X("sy", "a.litigation_direct.total")),
        ], "narrative total, then table parts"),
        FU("zh", [
            ("洪泽区2023年行政事业性收费金额是多少？", X("hz23", "c.fees.amount")),
            ("到了2024年变成多少？", X("hz24", "c.fees.amount")),
        ], "year switch (money)"),
        FU("zh", [
            ("上海市府办2019年政府集中采购总金额是多少？", X("sh19", "c.procurement.amount")),
            ("这些采购分别买了什么？", EU("procurement items are not listed")),
        ], "ends unanswerable"),
        FU("zh", [
            ("涧西区政府办2020年本年新公开的规范性文件几件？", X("jx", "c.normative_docs.published")),
            ("对外公开总数量呢？", X("jx", "c.normative_docs.total_published")),
        ], "column switch (2019 format)"),
        FU("zh", [
            ("上海市府办2025年行政复议有多少件？", X("sh25", "a.review.total")),
            ("我说错了，是2019年的", X("sh19", "a.review.total")),
        ], "self-correction of the year"),
        FU("zh", [
            ("沭阳县2025年结转到下一年继续办理的申请几件？", X("sy", "r.carried_forward.total")),
            ("其中自然人的几件？", X("sy", "r.carried_forward.natural_person")),
            ("这些申请预计什么时候能办完？", EU("forecast; no dates are printed")),
        ], "of those, ends unanswerable"),
        FU("zh", [
            ("淮安市2024年无法提供的申请总数是多少？", X("ha", "r.unable.total")),
            ("这个数包括补正后仍不明确的吗？那一项单独是几件？", X("ha", "r.unable.unclear.total")),
        ], "check the figure, then narrow"),
        FU("zh", [
            ("上海市科委2024年的表格里，办理结果总计是多少件？", X("kw", "r.total_processed.total")),
            ("当中予以公开的几件？", X("kw", "r.granted.total")),
            ("这9件申请人分别要的是什么信息？", EU("individual requests are not described")),
        ], "of those (text cells), ends unanswerable"),
    ]


# --------------------------------------------------------------------------- followup (en)
def followup_en():
    return [
        FU("en", [
            ("How many normative documents did Hongze District issue in 2023?", X("hz23", "c.normative_docs.issued")),
            ("And in 2024?", X("hz24", "c.normative_docs.issued")),
            ("So what's the change from 2023 to 2024?", ED("hz23", "hz24", "c.normative_docs.issued")),
        ], "year switch 洪泽区, compare"),
        FU("en", [
            ("How many requests did the Shanghai General Office receive from individuals in 2019?",
             X("sh19", "r.received.natural_person")),
            ("Same figure for 2025, please.", X("sh25", "r.received.natural_person")),
            ("How much did it grow between those two years?", ED("sh19", "sh25", "r.received.natural_person")),
            ("And how many requests did it carry forward at the end of 2025?", X("sh25", "r.carried_forward.total")),
        ], "year switch 上海市府办, compare, then row switch"),
        FU("en", [
            ("How many requests did Huai'an refuse on state-secret grounds in 2024?",
             X("ha", "r.withheld.state_secret.total")),
            ("What about Shuyang County for 2025?", X("sy", "r.withheld.state_secret.total")),
            ("And Hongze District in 2023?", X("hz23", "r.withheld.state_secret.total")),
        ], "body switch twice"),
        FU("en", [
            ("How many requests in total did Huai'an handle in 2024?", X("ha", "r.total_processed.total")),
            ("Of those, how many came from law firms and other legal service bodies?",
             X("ha", "r.total_processed.legal_services")),
            ("And how many of the law-firm requests were only partly granted?",
             X("ha", "r.partially_granted.legal_services")),
        ], "of those: column, then row within it"),
        FU("en", [
            ("Shuyang County 2025: how many partially granted requests came from individuals?",
             X("sy", "r.partially_granted.natural_person")),
            ("Sorry, I meant the legal services column.", X("sy", "r.partially_granted.legal_services")),
        ], "self-correction of the column"),
        FU("en", [
            ("How many requests did the Shanghai General Office say it could not provide in 2025 because it doesn't hold the information?",
             X("sh25", "r.unable.not_held.total")),
            ("Does that figure include the ones that would need new compilation? If not, add those in.",
             XS("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
            ("How many requests did it receive that year in total?", X("sh25", "r.received.total")),
        ], "check the figure, widen with a sum, then row switch (text cells)"),
        FU("en", [
            ("How many press conferences did the Shanghai municipal government hold in 2025, per the General Office report?",
             EN("sh25", "新闻发布会 42", 42, "场")),
            ("And how many disclosure requests did the General Office carry over into 2025 from 2024?",
             X("sh25", "r.carried_over.total")),
        ], "narrative, then table (text cell; text states 189 as well)"),
        FU("en", [
            ("How many requests were withheld as process information by Shuyang County in 2025?",
             X("sy", "r.withheld.process_info.total")),
            ("What did those applicants actually ask for?", EU("individual requests are not described")),
        ], "ends unanswerable"),
        FU("en", [
            ("In 2019, how many requests from individuals did the Shanghai General Office reject as duplicates?",
             X("sh19", "r.not_processed.duplicate.natural_person")),
            ("And from businesses?", X("sh19", "r.not_processed.duplicate.commercial")),
            ("Put those two together.",
             XS("sh19", ["r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"])),
        ], "column switch, add the two (row total printed blank)"),
        FU("en", [
            ("In Shuyang County's 2025 report, how many reconsideration cases had some other outcome?",
             X("sy", "a.review.other")),
            ("What about lawsuits after reconsideration - how many had another outcome?",
             X("sy", "a.litigation_after_review.other")),
            ("And how many of those post-review lawsuits are still pending?",
             X("sy", "a.litigation_after_review.pending")),
        ], "appeals group switch, then column"),
        FU("en", [
            ("How many requests carried over into 2019 at the Shanghai General Office?",
             X("sh19", "r.carried_over.total")),
            ("Same question for 2025.", X("sh25", "r.carried_over.total")),
            ("Which year had more, and by how many?", ED("sh19", "sh25", "r.carried_over.total")),
        ], "year switch, compare"),
        FU("en", [
            ("How many Huai'an 2024 requests were dismissed as complaints or petitions?",
             X("ha", "r.not_processed.petition.total")),
            ("How many were dropped because the applicant asked to confirm information they'd already received?",
             X("ha", "r.not_processed.reconfirm.total")),
            ("Total of the two?", XS("ha", ["r.not_processed.petition.total", "r.not_processed.reconfirm.total"])),
        ], "row switch, add the two"),
        FU("en", [
            ("Shanghai General Office, 2025: how many requests came from companies?", X("sh25", "r.received.commercial")),
            ("Oops, I meant 2019.", X("sh19", "r.received.commercial")),
        ], "self-correction of the year"),
        FU("en", [
            ("How many new requests did Hongze District receive in 2023?", X("hz23", "r.received.total")),
            ("How many of them were from natural persons?", X("hz23", "r.received.natural_person")),
            ("How many of those applicants were women?", EU("no sex breakdown")),
        ], "of those, ends unanswerable"),
        FU("en", [
            ("How many original short videos did Shuyang County push out in 2025?", EN("sy", "1113", 1113, "个")),
            ("In the same year, how many administrative coercion decisions did the county make?",
             X("sy", "c.coercion.decisions")),
        ], "narrative, then table"),
        FU("en", [
            ("How many administrative normative documents were in force in Shuyang County at the end of 2025?",
             X("sy", "c.normative_docs.in_force")),
            ("And Huai'an at the end of 2024?", X("ha", "c.normative_docs.in_force")),
            ("And the Shanghai Science and Technology Commission's figure for 2024?", X("kw", "c.normative_docs.in_force")),
        ], "body switch twice (last one a text cell)"),
        FU("en", [
            ("In 2024, how many Huai'an requests were withheld in total, across all grounds?",
             X("ha", "r.withheld.total")),
            ("Of those, how many because they were administrative enforcement files?",
             X("ha", "r.withheld.enforcement_files.total")),
            ("And how many because disclosure would endanger security or stability?",
             X("ha", "r.withheld.security_stability.total")),
            ("Is there a breakdown of those withheld requests by county or district?",
             EU("no breakdown by county or district")),
        ], "of those (derived total), ends unanswerable"),
        FU("en", [
            ("How many of the requests Huai'an granted in full in 2024 came from organisations rather than individuals?",
             X("ha", "r.granted.legal_person")),
            ("Are law offices part of that? Give me their number on its own.", X("ha", "r.granted.legal_services")),
            ("And the 'other organisations' column?", X("ha", "r.granted.other_org")),
        ], "check the figure (legal services inside legal_person), then narrow"),
        FU("en", [
            ("How many direct lawsuits (no prior review) did the Shanghai General Office face in 2025?",
             X("sh25", "a.litigation_direct.total")),
            ("How many of them were still pending?", X("sh25", "a.litigation_direct.pending")),
            ("And in 2019, how many direct lawsuits were pending?", X("sh19", "a.litigation_direct.pending")),
        ], "of those, then year switch"),
        FU("en", [
            ("How many requests did the Jianxi District government office finish handling in 2020?",
             X("jx", "r.total_processed.total")),
            ("How many did it carry over into 2021?", X("jx", "r.carried_forward.total")),
            ("What kinds of information were those two requests about?", EU("individual requests are not described")),
        ], "row switch, ends unanswerable"),
        FU("en", [
            ("How many followers does the STCSM WeChat account have, per its 2024 report?",
             EN("kw", "1016823", 1016823, "人")),
            ("And how many disclosure requests did the commission receive from individuals in 2024?",
             X("kw", "r.received.natural_person")),
        ], "narrative, then table (text cell)"),
        FU("en", [
            ("How many administrative coercion decisions did Hongze District make in 2024?",
             X("hz24", "c.coercion.decisions")),
            ("Sorry, I was after penalty decisions, not coercion.", X("hz24", "c.punishment.decisions")),
        ], "self-correction of the row (text cells)"),
        FU("en", [
            ("What was the Shanghai General Office's count of requests carried into 2026, according to its 2025 report?",
             X("sh25", "r.carried_forward.total")),
            ("How many of those will end up granted?", EU("forecast")),
        ], "ends unanswerable (forecast)"),
        FU("en", [
            ("Shuyang County 2025: requests refused because the information would need to be created?",
             X("sy", "r.unable.needs_creation.total")),
            ("And because the request was still unclear after correction?", X("sy", "r.unable.unclear.total")),
            ("And 'not held by this agency'?", X("sy", "r.unable.not_held.total")),
        ], "row switch twice"),
        FU("en", [
            ("In 2019, how many individuals' requests did Shanghai's General Office turn down because the office didn't hold the information?",
             X("sh19", "r.unable.not_held.natural_person")),
            ("And companies?", X("sh19", "r.unable.not_held.commercial")),
            ("How many was that for legal service institutions?", X("sh19", "r.unable.not_held.legal_services")),
        ], "column switch twice (row total printed blank)"),
        FU("en", [
            ("How many requests did the Hongze District government carry forward at the end of 2023?",
             X("hz23", "r.carried_forward.total")),
            ("No wait, I meant the Shanghai General Office in 2019.", X("sh19", "r.carried_forward.total")),
        ], "self-correction of the body"),
        FU("en", [
            ("How many policy-interpretation items did Hongze District publish in 2024?",
             EN("hz24", "解读信息发布 7", 7, "条")),
            ("What about its normative documents issued that year?", X("hz24", "c.normative_docs.issued")),
            ("And how many were still in force?", X("hz24", "c.normative_docs.in_force")),
        ], "narrative, then table (text cells)"),
        FU("en", [
            ("How many of Huai'an's 2024 direct lawsuits were upheld?", X("ha", "a.litigation_direct.upheld")),
            ("And among lawsuits filed after reconsideration?", X("ha", "a.litigation_after_review.upheld")),
            ("Add those two up.", XS("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
                                     alt=("结果维持 25", 25))),
            ("How many of the direct ones were still pending?", X("ha", "a.litigation_direct.pending")),
        ], "appeals group switch, add (text states 25), then column"),
        FU("en", [
            ("Hongze District's licensing decisions in 2024 - what's the number?", X("hz24", "c.licensing.decisions")),
            ("And 2023?", X("hz23", "c.licensing.decisions")),
            ("What's the gap between the two years?", ED("hz23", "hz24", "c.licensing.decisions")),
        ], "year switch backwards, compare"),
        FU("en", [
            ("How many requests did the Shanghai science commission handle in 2024 in total?",
             X("kw", "r.total_processed.total")),
            ("Is that only new 2024 requests, or does it include ones carried over? How many were new?",
             X("kw", "r.received.total")),
            ("And how many were carried over?", X("kw", "r.carried_over.total")),
        ], "check the figure, then narrow (text cells)"),
        FU("en", [
            ("How many 2019 Shanghai General Office reconsideration cases were still pending at year end?",
             X("sh19", "a.review.pending")),
            ("Which applicants brought them?", EU("personal data is not printed")),
        ], "ends unanswerable (personal data)"),
        FU("en", [
            ("Jianxi District office, 2020: how much was spent through centralized procurement?",
             X("jx", "c.procurement.amount")),
            ("How many projects was that spread over?", X("jx", "c.procurement.projects")),
        ], "column switch (money, then count)"),
        FU("en", [
            ("Per the Shanghai General Office's 2019 report, how many policy interpretations did the municipal gazette carry that year?",
             EN("sh19", "政策解读83件", 83, "件")),
            ("How many disclosure requests did the General Office receive that year in total?",
             X("sh19", "r.received.total")),
        ], "narrative, then table"),
        FU("en", [
            ("How many new requests came from companies to Shuyang County in 2025?", X("sy", "r.received.commercial")),
            ("From legal service agencies?", X("sy", "r.received.legal_services")),
            ("And research institutions?", X("sy", "r.received.research")),
        ], "column switch twice"),
        FU("en", [
            ("How many regulations did Huai'an have in force in 2024?", X("ha", "c.regulations.in_force")),
            ("And how many were newly issued during 2024?", X("ha", "c.regulations.issued")),
            ("Repealed?", X("ha", "c.regulations.repealed")),
        ], "column switch twice"),
        FU("en", [
            ("How much did Huai'an collect in information processing fees in 2024?",
             EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
            ("How many applicants paid that fee?", EU("the number of fee payers is not stated")),
        ], "narrative, ends unanswerable"),
        FU("en", [
            ("Shuyang 2025: how many requests fell under 'other handling' altogether?", X("sy", "r.other.total")),
            ("How many of those were the catch-all 'other' sub-item?", X("sy", "r.other.other.total")),
            ("What were those 143 cases about?", EU("individual requests are not described")),
        ], "of those (derived 2021-format other), ends unanswerable"),
        FU("en", [
            ("How many administrative penalty decisions did Huai'an report for 2024?", X("ha", "c.punishment.decisions")),
            ("And Shuyang County for 2025?", X("sy", "c.punishment.decisions")),
        ], "body switch"),
        FU("en", [
            ("How many Huai'an 2024 requests ended because the applicant didn't pay the fee in time?",
             X("ha", "r.other.overdue_fee.total")),
            ("Sorry, I meant the ones where the applicant didn't supplement the application in time.",
             X("ha", "r.other.overdue_correction.total")),
        ], "self-correction of the row"),
        FU("en", [
            ("How many viral posts did Shuyang County's media accounts produce in 2025?",
             EN("sy", "爆款内容52", 52, "条")),
            ("And how many normative documents did the county repeal that year?", X("sy", "c.normative_docs.repealed")),
        ], "narrative, then table"),
        FU("en", [
            ("How many requests did Hongze District grant in full in 2023?", X("hz23", "r.granted.total")),
            ("Does that count partial disclosures? How many were partially granted?",
             X("hz23", "r.partially_granted.total")),
            ("How many were turned down because the information would have to be created?",
             X("hz23", "r.unable.needs_creation.total")),
        ], "check the figure, then narrow, then row switch"),
        FU("en", [
            ("Jianxi District office 2020: how many lawsuits were filed directly without a review?",
             X("jx", "a.litigation_direct.total")),
            ("And after a review?", X("jx", "a.litigation_after_review.total")),
            ("Across both, how many were upheld?",
             XS("jx", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"])),
        ], "appeals group switch, then add"),
        FU("en", [
            ("How many requests did Shuyang County receive from individuals in 2025, new ones only?",
             X("sy", "r.received.natural_person")),
            ("Is that a lot compared with other Jiangsu counties?", EU("opinion; other counties are not held")),
        ], "ends unanswerable (opinion)"),
        FU("en", [
            ("How many normative documents did the Shanghai science commission issue in 2024?",
             X("kw", "c.normative_docs.issued")),
            ("How many administrative penalty decisions?", X("kw", "c.punishment.decisions")),
            ("Why were there none?", EU("no reason is stated")),
        ], "row switch (text cells), ends unanswerable"),
        FU("en", [
            ("How many government new-media accounts did Huai'an have running, per its 2024 report?",
             EN("ha", "共计 95", 95, "个")),
            ("And how many disclosure reconsideration cases that year ended with the decision corrected?",
             X("ha", "a.review.corrected")),
        ], "narrative, then table (text states 64 as well)"),
        FU("en", [
            ("How many regulations did the Shanghai General Office newly publish in 2019?",
             X("sh19", "c.regulations.published")),
            ("And normative documents newly published?", X("sh19", "c.normative_docs.published")),
            ("What's the running total of normative documents published so far?",
             X("sh19", "c.normative_docs.total_published")),
        ], "row switch, then column switch (2019 format)"),
        FU("en", [
            ("Shuyang County's total administrative licensing decisions in 2025?", X("sy", "c.licensing.decisions")),
            ("How many of those licences went to businesses?", EU("no breakdown by applicant type")),
        ], "ends unanswerable"),
        FU("en", [
            ("How many requests did Huai'an carry over into 2024?", X("ha", "r.carried_over.total")),
            ("Were any of those from organisations? Give me the organisation count.",
             X("ha", "r.carried_over.legal_person")),
        ], "check (organisations), derived legal_person"),
        FU("en", [
            ("Hongze District 2024: how many new requests were there according to the table's 'newly received' row?",
             X("hz24", "r.received.total")),
            ("How many of them were granted?", X("hz24", "r.granted.total")),
            ("How many of the 50 were answered within 10 working days?", EU("no response times are printed")),
        ], "of those (text cells), ends unanswerable"),
        FU("en", [
            ("Shuyang County 2025: pending lawsuits filed after reconsideration?",
             X("sy", "a.litigation_after_review.pending")),
            ("Sorry, I meant pending reconsideration cases.", X("sy", "a.review.pending")),
            ("And the upheld ones there?", X("sy", "a.review.upheld")),
        ], "self-correction of the appeals group, then column"),
        FU("en", [
            ("How many requests did the Shanghai General Office dismiss as duplicates in 2025?",
             X("sh25", "r.not_processed.duplicate.total")),
            ("And as petitions or complaints?", X("sh25", "r.not_processed.petition.total")),
            ("Combined?", XS("sh25", ["r.not_processed.duplicate.total", "r.not_processed.petition.total"])),
        ], "row switch, add (text cells)"),
        FU("en", [
            ("How many of Hongze District's 2023 requests were treated as petitions and not processed?",
             X("hz23", "r.not_processed.petition.total")),
            ("How many were carried into 2024?", X("hz23", "r.carried_forward.total")),
            ("And how many 2023 requests came from organisations?", X("hz23", "r.received.legal_person")),
        ], "row switch twice"),
    ]


def CONVERSATIONS():
    out = []
    for part in (plain, neighbour, combine, rank, textonly, cannot, followup_zh, followup_en):
        out.extend(part())
    return out
