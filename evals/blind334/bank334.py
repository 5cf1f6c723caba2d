"""Question bank of blind evaluation set 334 (evals/blind334): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Only wordings, keys, bodies and keywords are written here; every expected number is computed by
helpers334 (gold JSON, printed text rows via SPECS, sentences cut from the report text).
Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh25 / sh19 上海市府办 2025 / 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib334 as L  # noqa: E402
from helpers334 import C, E, ED, EN, ER, EU, K, KS, cols  # noqa: E402

# Printed cells of the three reports without gold: exactly the specs of
# evals/blind6/text_cells.json (verified there; re-verified by validate_blind334.py).
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
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

MONEY = {"active.fees.amount", "active.procurement.amount"}

# Where the report text states the same number as a single table cell, the turn is marked
# ambiguous with the sentence as an acceptable reading: (body, key) -> (keyword, number).
ALTS = {
    ("ha", "requests.received.total"): ("3119", 3119),
    ("ha", "requests.total_processed.total"): ("3119", 3050),
    ("ha", "requests.carried_over.total"): ("3119", 34),
    ("ha", "requests.carried_forward.total"): ("3119", 103),
    ("ha", "appeals.review.upheld"): ("351", 72),
    ("ha", "appeals.review.corrected"): ("351", 64),
    ("ha", "appeals.review.other"): ("351", 178),
    ("ha", "appeals.review.pending"): ("351", 37),
    ("ha", "appeals.review.total"): ("351", 351),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
    ("hz23", "requests.received.total"): ("21 件", 21),
    ("sh19", "requests.received.total"): ("859", 859),
    ("sh19", "requests.total_processed.total"): ("859", 805),
    ("sh19", "requests.carried_over.total"): ("859", 18),
    ("sh19", "requests.carried_forward.total"): ("859", 72),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.normative_docs.made"): ("主动公开规章13件", 60),
    ("sh19", "appeals.review.total"): ("零败诉", 7),
    ("sh19", "appeals.litigation_direct.total"): ("零败诉", 9),
    ("jx", "requests.received.total"): ("办结率", 17),
    ("jx", "requests.total_processed.total"): ("办结率", 15),
    ("jx", "requests.carried_forward.total"): ("办结率", 2),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("sh25", "requests.received.total"): ("1295", 1295),
    ("sh25", "requests.total_processed.total"): ("1295", 1191),
    ("sh25", "requests.carried_over.total"): ("1295", 189),
    ("sy", "requests.total_processed.total"): ("749", 718),
    ("sy", "requests.carried_forward.total"): ("749", 31),
}


def V(b, keys, alt=None, **kw):
    """expect of a table value; adds the text alternative and the money unit."""
    keys = KS(keys)
    if alt is None and len(keys) == 1:
        alt = ALTS.get((b, keys[0]))
    if any(k in MONEY for k in keys):
        kw.setdefault("unit", "万元")
    return E(b, keys, alt=alt, **kw)


def DF(b1, b2, keys, **kw):
    keys = KS(keys)
    alt = ALTS.get((b2, keys[0])) if len(keys) == 1 else None
    if any(k in MONEY for k in keys):
        kw.setdefault("unit", "万元")
    return ED(b1, b2, keys, alt=alt, **kw)


def RK(bodies, keys, order, **kw):
    if any(k in MONEY for k in KS(keys)):
        kw.setdefault("unit", "万元")
    return ER(bodies, keys, order, **kw)


def plain(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, V(b, keys, **kw))], "[plain] " + note)


def addup(lang, b, keys, q, note, **kw):
    assert len(KS(keys)) >= 2
    return C("sum", lang, [(q, V(b, keys, **kw))], "[combine] " + note)


def change(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, DF(b1, b2, keys, **kw))], "[combine] " + note)


def rank(lang, bodies, keys, order, q, note):
    assert 3 <= len(bodies) <= 4
    return C("ranking", lang, [(q, RK(bodies, keys, order))], "[rank] " + note)


def chat(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def textnum(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def cannot(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def trap(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, V(b, keys, **kw))], "[neighbour] " + note)


# ================================================================== [plain]
def plain_values():
    out = []
    zh = [
        ("ha", "r.received.natural_person", "淮安24年 自然人申请的有多少件啊", "natural persons, new requests"),
        ("ha", "r.granted.total",
         "我是淮安的大学生 在写课程论文，，淮安市政府2024年的依申清公开里 予以公开 一共几件？谢谢啦",
         "student story, homophone typo 申清"),
        ("ha", "r.unable.not_held.total", "淮安 2024  本机关不掌握 的 有几件", "stray spaces"),
        ("ha", "c.fees.amount", "那份24年淮安的报告里 行政事业性收费 收了多少钱", "loose report naming; money in 万元"),
        ("ha", "r.withheld.third_party.total", "淮安市政府2024年因为要保护第三方权益没给公开的 有几个？", "withheld: third party"),
        ("ha", "a.litigation_direct.total", "淮安2024 没经过复义直接去法院告的 总共几件", "homophone typo 复义"),
        ("ha", "c.coercion.decisions", "我在淮安开了个小厂，想了解下2024年淮安行政强制的处理绝定有多少个",
         "company story, typo 绝定"),
        ("sy", "r.granted.total", "沭阳县25年予以公开几件？？", "two-digit year, doubled ?"),
        ("sy", "r.withheld.internal_affairs.total", "沐阳2025年 属于三类内部事务信息 不于公开的是多少件",
         "OCR name 沐阳, typo 不于"),
        ("sy", "c.normative_docs.in_force", "沭阳县政府 2025年现行有效的行政规范性文件有几件呀", "in force"),
        ("sy", "r.received.total", "沭阳25年 光是本年新收的申请 总计多少件？上年结转的别加进来 谢谢",
         "new only (the text's 749 includes carried over)"),
        ("sy", "r.not_processed.petition.total", "我申请过信息公开 很担心被当成信访件。。沭阳 2025 信访举报投诉类的申请 不予处理了几件", "petition-type"),
        ("sy", "a.review.upheld", "沭阳 25年 行政复议 结果维持 的有几件", "review upheld"),
        ("sy", "r.other.other.total", "沭阳2025 其它处理里面 '3.其他' 那一项几件", "other handling: other (typo 其它)"),
        ("sh19", "r.received.commercial", "上海市府办2019年 商业企业 提了多少申请", "commercial applicants"),
        ("sh19", "c.procurement.amount", "市府办19年 政府集中采购 总金额是多少万元", "procurement amount, 251000元 = 25.1 万元"),
        ("sh19", "r.unable.unclear.natural_person",
         "上海市政府办公厅2019年，补正后申请内容仍不明确 自然人那一格是几", "one cell, natural persons"),
        ("hz23", "c.punishment.decisions", "洪泽23年行政处罚决定有多少个", "two-digit year"),
        ("hz23", "r.unable.not_held.total", "洪泽区政府 2023年 本机关不掌握相关信息的 几件", "not held"),
        ("hz23", "r.partially_granted.total", "洪泽 2023年 部份公开的申请有几件", "typo 部份"),
        ("hz23", "c.fees.amount", "洪泽区 23年 行政事业性收费金额 多少万元？", "fees 万元"),
        ("jx", "c.procurement.projects", "涧西区政府办2020年 政府集中采购项目有几个", "2019 format procurement projects"),
        ("jx", "r.granted.total", "涧溪区2020年 予以公开的有多少。。", "typo 涧溪, doubled 。"),
        ("hz24", "c.licensing.decisions", "洪泽24年行政许可 处理决定几个？", "text-row cell"),
        ("hz24", "c.normative_docs.issued", "洪泽区2024年制发了几件行政规范性文件", "text-row cell"),
        ("kw", "c.licensing.decisions", "上海科委24年行政许可 本年处理决定是多少", "science commission, text-row"),
        ("kw", "r.received.natural_person", "市科委 2024年 自然人提的申请有几个", "text-row natural persons"),
        ("sh25", "r.unable.not_held.total", "上海市府办25年 本机关不掌握相关政府信息 的件数", "text-row not held"),
        ("sh25", "r.not_processed.petition.total", "市府办2025年信访举报投诉类申请有多少件，，", "text-row petition"),
        ("sh25", "r.received.commercial", "上海市政府办公厅2025年 商业企业申请的 有多少", "text-row commercial"),
    ]
    for b, k, q, n in zh:
        out.append(plain("zh", b, k, q, n))
    en = [
        ("ha", "r.withheld.admin_query.total",
         "Hi quick q - in Huaian's 2024 report how many requests were refused bc they were administrative queries (行政查询事项)? thx",
         "withheld: administrative query"),
        ("ha", "c.normative_docs.in_force",
         "how many normative documents (行政规范性文件) does Huai'an city have in force according to the 2024 report", "in force"),
        ("ha", "r.received.legal_services", "Huaian 2024, new requests from law firms / legal service orgs?", "legal services column"),
        ("ha", "a.litigation_after_review.total",
         "I'm a journalist doing a piece on Huaian. In 2024 how many lawsuits were filed after the reconsideration already happened (复议后起诉)?",
         "reporter story; after-review litigation total"),
        ("ha", "r.other.overdue_correction.total",
         "Huai'an city gov 2024 - applicants who never corrected their application in time (逾期不补正), how many?",
         "other handling: overdue correction"),
        ("ha", "r.partially_granted.natural_person",
         "in '24 how many requests from private individuals got only partly disclosed in Huaian? just the individuals column pls",
         "apostrophe year; one column"),
        ("ha", "r.not_processed.duplicate.total", "Huaian 2024 repeat applications (重复申请) that were not processed - number?",
         "duplicate"),
        ("ha", "c.punishment.decisions",
         "For Huai'an in 2024 how many administrative penalty decisions were there? saw a crazy big number somewhere lol",
         "penalty decisions"),
        ("ha", "r.received.total",
         "my boss asks me how many new disclosure applications Huaian city got in 2024. can u tell me? sorry for my english",
         "received total; text agrees"),
        ("ha", "a.review.pending", "Huaian 2024: admin reconsideration cases (行政复议) still not concluded by year end?",
         "review pending; text agrees"),
        ("ha", "r.total_processed.natural_person",
         "how many requests from individual citizens did Huaian finish in 2024? the (七)总计 row i mean", "total handled, natural persons"),
        ("sy", "r.partially_granted.total", "worried here, my request to Shuyang only got partly answered. is that common? Shuyang county 2025 partial disclosure count?", "partially granted"),
        ("sy", "c.licensing.decisions",
         "Good morning. Could you tell me the number of administrative licensing decisions (行政许可) Shuyang made in 2025? Many thanks in advance.",
         "polite filler"),
        ("sy", "r.carried_over.total",
         "Shuyang 2025 report - how many applications were still open from 2024 and got carried into 2025?", "carried over"),
        ("sy", "a.review.total", "shuyang county, 2025, total administrative reconsideration cases on info disclosure? no rush", "review total"),
        ("sy", "r.unable.not_held.total",
         "For Shuyang in 2025 how many times did the gov say they simply don't have the info (本机关不掌握)?", "not held"),
        ("sy", "c.fees.amount",
         "what's the administrative fee income (行政事业性收费) for Shuyang County in 2025? the unit confuses me", "fees 万元"),
        ("sy", "r.withheld.admin_query.total", "Shuyang 2025: refusals because it was an administrative query, how many",
         "withheld: admin query"),
        ("sy", "r.total_processed.total",
         "hey, Shuyang 2025, how many applications did they actually finish handling in total? need it for a slide", "total handled; text agrees"),
        ("sy", "a.litigation_after_review.upheld",
         "Shuyang 2025 - lawsuits after reconsideration where the court upheld the decision (结果维持)?", "after-review upheld"),
        ("sh19", "c.regulations.total_published",
         "Shanghai General Office 2019 - total number of regulations (规章) ever published, the 对外公开总数量 column", "2019 format column"),
        ("sh19", "r.received.natural_person", "How many individuals filed new requests with Shanghai's general office in 2019?",
         "natural persons"),
        ("sh19", "r.not_processed.petition.natural_person",
         "Shanghai gov office 2019: requests from individuals that were really complaints/petitions (信访举报投诉) and not processed?",
         "petition, natural persons (row total printed blank)"),
        ("sh19", "r.unable.needs_creation.natural_person",
         "In 2019 how many individual applicants to the Shanghai General Office were told the info would need to be newly made?",
         "needs creation, natural persons"),
        ("sh19", "r.withheld.state_secret.natural_person",
         "My professor mentioned state secrets. For the Shanghai General Office in 2019, how many individual requests were refused as state secret?",
         "student story; state secret, natural persons"),
        ("sh19", "r.total_processed.total", "Shanghai General Office, FY2019, total requests handled", "total handled; text agrees"),
        ("sh19", "c.normative_docs.made", "how many normative docs did shanghai gov office make in 2019??", "made; text agrees"),
        ("sh19", "r.carried_forward.total",
         "Shanghai General Office 2019 - how many requests rolled over to be answered in 2020?", "carried forward; text agrees"),
        ("hz23", "c.licensing.decisions", "In Hongze's 2023 disclosure report, how many licensing decisions?", "loose report naming"),
        ("hz23", "r.received.total", "hongze district 2023 new info requests received - total pls", "received; text agrees"),
        ("hz23", "c.coercion.decisions", "Hongze 2023, administrative coercion (行政强制) decisions?", "coercion"),
        ("hz23", "r.withheld.enforcement_files.total",
         "Hongze District gov in 2023: how many requests refused because it was law enforcement case files?", "enforcement files"),
        ("hz23", "r.unable.needs_creation.total",
         "Hongze 2023 - requests where info didn't exist and would have to be produced (另行制作)?", "needs creation"),
        ("hz23", "c.normative_docs.repealed", "how many normative docs did Hongze repeal in 2023", "repealed"),
        ("jx", "c.procurement.amount",
         "Jianxi district office 2020 centralized procurement - total amount? in 万元 is fine", "procurement amount"),
        ("jx", "r.received.total", "Jianxi 2020 how many new applications for info?", "received; text agrees"),
        ("jx", "r.unable.not_held.natural_person",
         "For the Jianxi District office in 2020, how many individuals were told the office doesn't hold that info?", "not held, natural persons"),
        ("jx", "a.litigation_after_review.upheld",
         "Jianxi 2020: any lawsuits after reconsideration that ended upheld? how many", "after-review upheld"),
        ("jx", "c.normative_docs.total_published",
         "the 2020 Jianxi report, normative documents total published to public (对外公开总数量)?", "2019 format column"),
        ("jx", "r.carried_forward.total",
         "Jianxi district 2020, how many applications were still in progress at year end and carried on?", "carried forward; text agrees"),
        ("hz24", "c.punishment.decisions", "Hongze 2024 penalty decisions (行政处罚)? asking for my dad, he runs a shop there", "text-row cell"),
        ("hz24", "c.fees.amount",
         "I work at a small company in Hongze. How much administrative fees did Hongze District collect in 2024? Thanks!",
         "clerk story; text-row fees"),
        ("hz24", "r.granted.total", "Hongze District 2024, requests fully granted (予以公开)?", "text-row granted"),
        ("hz24", "r.unable.not_held.total",
         "in '24 how many hongze requests got 'we don't have this info' answer", "text-row not held"),
        ("hz24", "a.review.total", "Hongze 2024 admin reconsideration total, info disclosure related", "text-row review total"),
        ("hz24", "c.coercion.decisions", "coercive measures decisions in Hongze district for 2024?", "text-row coercion"),
        ("hz24", "a.litigation_after_review.total",
         "Hongze 2024 lawsuits filed after reconsideration, total? ty", "text-row after-review total"),
        ("kw", "r.received.total", "STCSM 2024 - how many disclosure requests did they get new that year?", "text-row; text agrees"),
        ("kw", "r.granted.total",
         "Shanghai science commission 2024, how many requests were granted in full?", "text-row granted; text agrees"),
        ("kw", "r.total_processed.total",
         "For the 上海科委 2024 report, total requests processed (七 总计)?", "text-row total handled"),
        ("kw", "r.received.commercial",
         "did any companies file requests with STCSM in 2024? how many", "text-row commercial"),
        ("kw", "c.punishment.decisions",
         "how many administrative penalties did the science commission decide in 2024, per its disclosure report", "text-row penalty 0"),
        ("kw", "r.carried_over.total",
         "STCSM's 2024 report: applications carried over from 2023?", "text-row carried over; text agrees"),
        ("sh25", "r.received.natural_person",
         "Shanghai General Office 2025 how many new requests from individuals", "text-row natural persons"),
        ("sh25", "r.carried_forward.total",
         "Shanghai gov office (市府办) 2025 - how many applications pushed to 2026 to be continued?", "text-row carried forward"),
        ("sh25", "r.granted.total",
         "Shanghai General Office in 2025: number of applications where info was disclosed in full", "text-row granted"),
        ("sh25", "r.unable.needs_creation.total",
         "2025 Shanghai General Office - how many requests needed the info to be newly compiled so couldn't be provided?",
         "text-row needs creation"),
        ("sh25", "a.review.total", "Shanghai General Office 2025 reconsideration cases total (行政复议 总计)?", "text-row review total"),
        ("sh25", "a.litigation_direct.total",
         "I'm a law student. Shanghai General Office 2025: lawsuits filed directly without reconsideration first - how many?",
         "student story; text-row direct litigation total"),
        ("sh25", "r.not_processed.duplicate.total",
         "shanghai general office 2025 duplicate applications not processed??", "text-row duplicate"),
        ("sh25", "r.carried_over.legal_services",
         "In the 2025 Shanghai General Office report, carried-over applications from legal service institutions?",
         "text-row one column"),
    ]
    for b, k, q, n in en:
        out.append(plain("en", b, k, q, n))
    return out


# ================================================================== [combine]
def combined():
    out = [
        addup("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                           "r.withheld.security_stability.total"],
              "淮安24年 不予公开里 国家秘密、法律法规禁止公开、危及三安全一稳定 这三项加起来几件", "sum of 3 withheld sub-items"),
        addup("zh", "sy", ["r.granted.total", "r.partially_granted.total"],
              "沭阳2025年 予以公开加上部分公开 一共多少件啊", "granted + partially granted"),
        addup("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
              "洪泽 23年 不掌握的 和 需要另行制作的 合计几件", "two unable sub-items"),
        addup("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
              "涧西区政府办2020年 复议 加上两种诉讼 总共几件", "three appeals totals"),
        addup("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
              "沭阳县 2025年 （六）其他处理 三个小项加一块是多少", "sum of the three 2021 sub-items"),
        addup("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
              "Huaian 2024: reconsideration + both kinds of lawsuits, all together how many cases?", "three appeals totals",
              ),
        addup("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
              "add up licensing, penalty and coercion decisions for Huai'an 2024 pls", "three active decisions"),
        addup("en", "sy", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                           "r.received.legal_services", "r.received.other_org"],
              "Shuyang 2025: new requests from all the 法人或其他组织 columns combined (companies, research, NGOs, law firms, other)?",
              "five organisation columns", alt=("法人或其他组织申请 8", 8)),
        addup("en", "sh19", cols("unable.not_held"),
              "Shanghai General Office 2019, 'not held' (本机关不掌握) - the 总计 cell is empty, so add up the applicant columns for me?",
              "six columns; printed 总计 blank", printed_total=["r.unable.not_held.total"],
              alt=("无法提供265件", 265)),
        addup("en", "sh19", cols("granted"),
              "For the 2019 Shanghai General Office report, fully granted requests summed over every applicant type (total column is blank)",
              "six columns; printed 总计 blank", printed_total=["r.granted.total"]),
        addup("en", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
              "Huaian 2024 - add the eight 不予公开 reasons together, what's the total?", "eight withheld sub-items"),
        addup("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
              "Hongze 2024 licensing + penalties + coercion decisions, total?", "three text-row cells"),
        addup("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
              "Shanghai General Office 2025, petition-type plus duplicate applications that were not processed - together?",
              "two text-row cells"),
        addup("en", "kw", ["r.received.total", "r.carried_over.total"],
              "STCSM 2024: new requests plus the ones carried over from 2023 - how many on their desk in total?",
              "received + carried over (text-row)"),
        addup("en", "sh25", ["r.received.total", "r.carried_over.total"],
              "Shanghai General Office 2025 new applications + carried over ones, sum?", "received + carried over (text-row)"),
        addup("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
              "Shuyang county 2025 - reconsiderations and lawsuits about disclosure, how many cases altogether?",
              "three appeals totals; the text states 74", alt=("74 件", 74)),
        change("zh", "hz23", "hz24", ["c.licensing.decisions"],
               "洪泽行政许可决定 2024年比2023年多了多少个", "licensing 2023 -> 2024"),
        change("zh", "sh19", "sh25", ["r.carried_forward.total"],
               "上海市府办 结转下年度继续办理的 2025年跟2019年比 差多少", "carried forward 2019 -> 2025"),
        change("zh", "hz23", "hz24", ["c.normative_docs.in_force"],
               "洪泽区 现行有效行政规范性文件 从23年到24年变了多少", "in force 2023 -> 2024"),
        change("en", "hz23", "hz24", ["c.punishment.decisions"],
               "Hongze penalty decisions: how did 2024 change vs 2023? up or down by how many", "penalty 2023 -> 2024"),
        change("en", "hz23", "hz24", ["c.fees.amount"],
               "by how much did Hongze's administrative fee income change from 2023 to 2024 (万元)?", "fees 2023 -> 2024"),
        change("en", "hz23", "hz24", ["r.unable.not_held.total"],
               "Hongze: 'info not held' answers in 2024 minus 2023?", "not held 2023 -> 2024"),
        change("en", "sh19", "sh25", ["r.received.total"],
               "I'm writing a story on Shanghai. New disclosure applications at the General Office, 2025 compared with 2019 - difference?",
               "received 2019 -> 2025"),
        change("en", "sh19", "sh25", ["a.review.total"],
               "shanghai general office reconsideration cases, 2019 vs 2025 how much more", "review total 2019 -> 2025"),
        change("en", "sh19", "sh25", ["r.received.natural_person"],
               "How much did requests from individuals to the Shanghai General Office grow between 2019 and 2025?",
               "natural persons 2019 -> 2025"),
        change("en", "hz23", "hz24", ["c.coercion.decisions"],
               "Hongze District coercion decisions 2023 -> 2024, change?", "coercion 2023 -> 2024"),
    ]
    return out


# ================================================================== [rank]
def rankings():
    return [
        rank("zh", ["ha", "sy", "sh19", "jx"], ["r.received.total"], "desc",
             "淮安24年、沭阳25年、上海市府办19年、涧西20年 这四家 谁新收的申请最多", "received total, 4 bodies"),
        rank("zh", ["sy", "sh19", "hz23"], ["r.unable.not_held.natural_person"], "desc",
             "沭阳2025、市府办2019、洪泽2023 三个里面 自然人 本机关不掌握 最多的是哪个", "not held, natural persons"),
        rank("zh", ["ha", "sy", "jx"], ["r.carried_forward.total"], "asc",
             "结转到下年度的申请 淮安2024 沭阳2025 涧西2020 哪家最少？", "carried forward, fewest"),
        rank("zh", ["ha", "hz23", "sy"], ["c.fees.amount"], "desc",
             "行政事业性收费金额 淮安24年 洪泽23年 沭阳25年 哪个最高", "fees, 万元"),
        rank("en", ["jx", "ha", "sy", "sh19"], ["a.review.total"], "desc",
             "Which had the most info-disclosure reconsiderations: Jianxi 2020, Huaian 2024, Shuyang 2025 or Shanghai General Office 2019?",
             "review total, 4 bodies"),
        rank("en", ["ha", "hz23", "sy"], ["c.licensing.decisions"], "desc",
             "Licensing decisions - Huaian 2024 vs Hongze 2023 vs Shuyang 2025, who's top?", "licensing decisions"),
        rank("en", ["ha", "sy", "sh19", "hz23"], ["r.not_processed.petition.natural_person"], "desc",
             "among Huaian (2024), Shuyang (2025), Shanghai General Office (2019) and Hongze (2023), who rejected the most petition-type requests from individuals without processing them?",
             "petition, natural persons"),
        rank("en", ["ha", "sy", "sh19"], ["r.received.commercial"], "desc",
             "New requests from companies: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019. Which one had most?",
             "commercial applicants"),
        rank("en", ["ha", "hz23", "sh19"], ["r.withheld.state_secret.natural_person"], "desc",
             "State secret refusals to individuals - Huaian 2024, Hongze 2023, Shanghai gov office 2019: highest?",
             "state secret, natural persons"),
        rank("en", ["ha", "sy", "sh19", "jx"], ["r.granted.natural_person"], "asc",
             "Which gave the fewest full disclosures to individuals: Huaian 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?",
             "granted, natural persons, fewest"),
        rank("en", ["ha", "sy", "sh19"], ["a.litigation_direct.total"], "asc",
             "lowest number of direct lawsuits (未经复议直接起诉): Huaian 2024 / Shuyang 2025 / Shanghai General Office 2019?",
             "direct litigation, fewest"),
        rank("en", ["ha", "hz23", "sy"], ["c.coercion.decisions"], "asc",
             "Coercion decisions, smallest one among Huaian 2024, Hongze 2023 and Shuyang 2025?", "coercion, fewest"),
        rank("en", ["ha", "sy", "sh19", "hz23"], ["r.unable.needs_creation.natural_person"], "desc",
             "Who told the most individuals the info would have to be newly compiled - Huaian 2024, Shuyang 2025, Shanghai General Office 2019 or Hongze 2023?",
             "needs creation, natural persons"),
    ]


# ================================================================== [followup]
def followups():
    U = EU
    return [
        chat("zh", [("洪泽区23年的行政许可决定是多少个", V("hz23", "c.licensing.decisions")),
                    ("24年的再帮我看下", V("hz24", "c.licensing.decisions"))], "year switch 2023 -> 2024 (text-row)"),
        chat("zh", [("淮安2024年 予以公开 总计几件", V("ha", "r.granted.total")),
                    ("部分公开呢", V("ha", "r.partially_granted.total")),
                    ("不予公开 全部加起来呢", V("ha", "r.withheld.total"))], "row switch; derived withheld total"),
        chat("zh", [("沭阳25年 行政复议 总计多少", V("sy", "a.review.total")),
                    ("直接起诉的行政诉讼呢", V("sy", "a.litigation_direct.total")),
                    ("复议后再起诉的 又是几件", V("sy", "a.litigation_after_review.total"))], "appeals group switch"),
        chat("zh", [("上海市府办2019年新收申请多少", V("sh19", "r.received.total")),
                    ("那2025年的报告里是多少件", V("sh25", "r.received.total"))], "year switch 2019 -> 2025"),
        chat("zh", [("涧西区政府办2020年 本机关不掌握的 几件", V("jx", "r.unable.not_held.total")),
                    ("那淮安24年的这一格呢？", V("ha", "r.unable.not_held.total"))], "body switch"),
        chat("zh", [("市科委2024年新收的申请有几件", V("kw", "r.received.total")),
                    ("其中自然人是多少", V("kw", "r.received.natural_person")),
                    ("企业呢", V("kw", "r.received.commercial"))], "column switch (text-row)"),
        chat("zh", [("沭阳2025 自然人 本年新收多少件", V("sy", "r.received.natural_person")),
                    ("法律服务机构 那列呢", V("sy", "r.received.legal_services"))], "column switch"),
        chat("zh", [("洪泽 2023年 行政处罚 决定数量", V("hz23", "c.punishment.decisions")),
                    ("行政强制呢", V("hz23", "c.coercion.decisions")),
                    ("24年的行政强制是多少", V("hz24", "c.coercion.decisions"))], "row then year switch"),
        chat("zh", [("淮安市24年行政复议 结果维持 几件", V("ha", "a.review.upheld")),
                    ("结果纠证的呢", V("ha", "a.review.corrected"))], "column switch, typo 纠证"),
        chat("zh", [("上海市府办25年 行政复议 总计", V("sh25", "a.review.total")),
                    ("尚未审结的有几件", V("sh25", "a.review.pending")),
                    ("直接起诉那块 没审结的呢", V("sh25", "a.litigation_direct.pending"))], "column then group switch (text-row)"),
        chat("zh", [("沭阳县2025年行政处罚决定有多少", V("sy", "c.punishment.decisions")),
                    ("淮安2024年的呢", V("ha", "c.punishment.decisions"))], "body switch"),
        chat("zh", [("洪泽区2024年予以公开多少件", V("hz24", "r.granted.total")),
                    ("2023年洪泽是几件", V("hz23", "r.granted.total"))], "year switch backwards"),
        chat("zh", [("淮安2024年 节转下年度继续办理 的有几件", V("ha", "r.carried_forward.total")),
                    ("沭阳25年呢？", V("sy", "r.carried_forward.total"))], "body switch, typo 节转"),
        chat("en", [("Hongze administrative fees in 2023, how much?", V("hz23", "c.fees.amount")),
                    ("and for 2024 same district?", V("hz24", "c.fees.amount"))], "year switch, money"),
        chat("en", [("Huaian 2024 new disclosure requests total", V("ha", "r.received.total")),
                    ("how many of those were from individuals", V("ha", "r.received.natural_person")),
                    ("and from businesses?", V("ha", "r.received.commercial"))], "column switch"),
        chat("en", [("Shuyang 2025 - info not held (本机关不掌握), how many?", V("sy", "r.unable.not_held.total")),
                    ("ok and the ones needing new compilation?", V("sy", "r.unable.needs_creation.total")),
                    ("and 'still unclear after correction'?", V("sy", "r.unable.unclear.total"))], "row switch inside (四)"),
        chat("en", [("Shanghai General Office 2019 applications carried over from 2018?", V("sh19", "r.carried_over.total")),
                    ("and in their 2025 report?", V("sh25", "r.carried_over.total"))], "year switch 2019 -> 2025"),
        chat("en", [("STCSM licensing decisions in 2024?", V("kw", "c.licensing.decisions")),
                    ("penalties then?", V("kw", "c.punishment.decisions"))], "row switch (text-row)"),
        chat("en", [("Jianxi 2020 fully granted requests?", V("jx", "r.granted.total")),
                    ("same thing for Hongze 2023", V("hz23", "r.granted.total")),
                    ("Shuyang 2025?", V("sy", "r.granted.total"))], "body switches"),
        chat("en", [("Huaian 2024 direct lawsuits, how many ended upheld?", V("ha", "a.litigation_direct.upheld")),
                    ("and upheld among the after-reconsideration lawsuits", V("ha", "a.litigation_after_review.upheld"))],
             "group switch"),
        chat("en", [("Shuyang 2025 reconsiderations that were corrected (结果纠正)?", V("sy", "a.review.corrected")),
                    ("compare w Huaian 2024 pls", V("ha", "a.review.corrected"))], "body switch"),
        chat("en", [("Hongze District 2024 reconsideration total", V("hz24", "a.review.total")),
                    ("direct lawsuits?", V("hz24", "a.litigation_direct.total")),
                    ("and lawsuits after review", V("hz24", "a.litigation_after_review.total"))], "group switch (text-row)"),
        chat("en", [("Shanghai General Office 2025 how many fully granted", V("sh25", "r.granted.total")),
                    ("and how many couldn't be given since info had to be newly made", V("sh25", "r.unable.needs_creation.total"))],
             "row switch (text-row)"),
        chat("en", [("Huaian 2024 petition-type requests (信访举报投诉类) not processed?", V("ha", "r.not_processed.petition.total")),
                    ("duplicates?", V("ha", "r.not_processed.duplicate.total")),
                    ("and requests asking for public publications", V("ha", "r.not_processed.publication.total"))],
             "row switch inside (五)"),
        chat("en", [("Shanghai General Office 2019 normative documents made", V("sh19", "c.normative_docs.made")),
                    ("regulations made same year?", V("sh19", "c.regulations.made"))], "row switch"),
        chat("en", [("Shuyang 2025 coercion decisions?", V("sy", "c.coercion.decisions")),
                    ("Hongze 2023 for comparison", V("hz23", "c.coercion.decisions"))], "body switch"),
        chat("en", [("Huai'an 2024 regulations (规章) currently in force?", V("ha", "c.regulations.in_force")),
                    ("and how many new ones issued in 2024", V("ha", "c.regulations.issued"))], "column switch"),
        chat("en", [("Hongze 2023 - 'we don't hold this info' replies?", V("hz23", "r.unable.not_held.total")),
                    ("2024 please", V("hz24", "r.unable.not_held.total"))], "year switch (text-row)"),
        chat("en", [("Jianxi district 2020 centralized procurement amount", V("jx", "c.procurement.amount")),
                    ("Shanghai General Office 2019 same item?", V("sh19", "c.procurement.amount"))], "body switch, money"),
        chat("en", [("Shuyang 2025 new requests from individuals", V("sy", "r.received.natural_person")),
                    ("and individuals' requests carried over from 2024", V("sy", "r.carried_over.natural_person"))],
             "row switch"),
        chat("en", [("STCSM 2024 fully granted?", V("kw", "r.granted.total")),
                    ("total handled then", V("kw", "r.total_processed.total"))], "row switch (text-row)"),
        chat("en", [("Huaian 2024 administrative fee amount", V("ha", "c.fees.amount")),
                    ("and Shuyang, 2025", V("sy", "c.fees.amount"))], "body switch, money"),
        chat("en", [("Shanghai General Office 2025, individuals' new requests", V("sh25", "r.received.natural_person")),
                    ("back in 2019?", V("sh19", "r.received.natural_person"))], "year switch 2025 -> 2019"),
        chat("en", [("Hongze 2024 normative documents issued", V("hz24", "c.normative_docs.issued")),
                    ("how many in force", V("hz24", "c.normative_docs.in_force"))], "column switch (text-row)"),
        chat("en", [("Huaian 2024 'not held' replies total", V("ha", "r.unable.not_held.total")),
                    ("of those, how many from companies (商业企业)?", V("ha", "r.unable.not_held.commercial"))],
             "column switch"),
        chat("en", [("Shuyang 2025 partial disclosures to law firms (法律服务机构)?", V("sy", "r.partially_granted.legal_services")),
                    ("and full disclosures to law firms", V("sy", "r.granted.legal_services"))], "row switch, one column"),
        chat("en", [("Shanghai General Office 2019, admin-query refusals (行政查询事项) for individuals",
                     V("sh19", "r.withheld.admin_query.natural_person")),
                    ("and for companies", V("sh19", "r.withheld.admin_query.commercial"))], "column switch"),
        chat("en", [("Huaian 2024 licensing decisions total?", V("ha", "c.licensing.decisions")),
                    ("how many of those were for businesses vs individuals?",
                     U("the report gives one licensing count, no split by applicant type"))],
             "second turn has no answer in the report"),
        chat("en", [("Shuyang 2025, the '3. 其他' row under other handling - total?", V("sy", "r.other.other.total")),
                    ("what were those about? any topics given?",
                     U("the report does not say what the 'other' cases concerned"))],
             "second turn has no answer in the report"),
    ]


# ================================================================== [textonly]
def text_numbers():
    return [
        textnum("zh", "sy", "爆款内容52", 52, "条", "沭阳25年 政务新媒体出了多少条爆款内容", "viral posts"),
        textnum("zh", "sy", "过期信息697", 697, "条", "沭阳县2025年清理了多少条过期信息？", "outdated items cleaned"),
        textnum("zh", "sy", "催办提示 84", 84, "次", "听说沭阳搞了个倒计时报警器，2025年一共发了几次催办提示", "reminders"),
        textnum("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了多少场新闻发布会", "press conferences"),
        textnum("zh", "hz23", "1136", 1136, "条", "洪泽 23年 在政府网站主动公开了多少条信息", "portal items"),
        textnum("zh", "hz24", "2428", 2428, "条", "洪泽区2024年政府网站主动发布的信息 有多少条", "portal items"),
        textnum("zh", "sh25", "新闻发布会 42", 42, "场", "上海市府办2025年 市政府新闻发布会开了几场", "press conferences"),
        textnum("zh", "sh19", "38次", 38, "次", "2019年上海市政府办公厅对常务会议议题权威发布了几次", "meeting releases"),
        textnum("zh", "kw", "1016823", 1016823, "人", "上海科委的微信公众号 2024年报告里说关注人数多少", "followers"),
        textnum("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理出来多少项公开事项", "items listed", frm="梳理细化"),
        textnum("zh", "sy", "64家", 64, "家", "沭阳2025年 集中公开年报的单位有多少家", "units publishing reports"),
        textnum("zh", "sh25", "157 件", 157, "件", "市府办25年 申请人自己主动撤回的申请有几件", "withdrawn requests"),
        textnum("zh", "ha", "3940", 3940, "元", "淮安24年收了多少信息处理费 是元哦不是万元", "processing fee in 元",
                frm="2024 年，市政府严格"),
        textnum("en", "ha", "95", 95, "个",
                "how many gov new-media accounts (政务新媒体) is Huaian running as of its 2024 report?", "new-media accounts"),
        textnum("en", "ha", "4 次", 4, "次",
                "Huaian 2024 - full-coverage inspections of the disclosure sections, how many rounds?", "inspections"),
        textnum("en", "ha", "政策解读", 21, "个",
                "Huai'an 2024: number of policy interpretations (政策解读) they produced?", "policy interpretations"),
        textnum("en", "ha", "人民政府公报》", 6, "期",
                "how many issues of the Huaian government gazette came out in 2024", "gazette issues"),
        textnum("en", "sy", "4511", 4511, "条",
                "Shuyang county 2025: how many items did the county portal publish proactively?", "portal items"),
        textnum("en", "sy", "意见征集9期", 9, "期",
                "in 2025 how many rounds of public consultation (意见征集) did the Shuyang portal run?", "consultations"),
        textnum("en", "sy", "专栏33个", 33, "个",
                "Shuyang 2025 new media - how many columns/programs (专栏) did they open?", "columns"),
        textnum("en", "sy", "1113", 1113, "个",
                "my cousin says Shuyang posts tons of short videos. how many original short videos in 2025 per the report?",
                "short videos"),
        textnum("en", "sy", "主动沟通 49", 49, "次",
                "Shuyang 2025: times staff proactively talked to applicants before handling (办前主动沟通)?", "pre-handling talks"),
        textnum("en", "sy", "不规范描述22", 43, "处",
                "Shuyang 2025 website checks - how many broken links got fixed?", "broken links"),
        textnum("en", "sy", "3份清单", 3, "份",
                "How many standard catalogues (标准目录) did Shuyang update in 2025?", "catalogues"),
        textnum("en", "sy", "380元", 380, "元",
                "Shuyang 2025 - total info processing fee charged across the county, in yuan?", "processing fee in 元"),
        textnum("en", "kw", "393 件", 393, "件",
                "STCSM website 2024: how many government information items published that year?", "items published"),
        textnum("en", "kw", "政协提案 85", 85, "件",
                "Shanghai science commission 2024 - replies to CPPCC proposals (政协提案), how many?", "CPPCC proposals"),
        textnum("en", "kw", "121 条", 121, "条",
                "how many policies did STCSM push in batches to the integrated release in 2024?", "integrated release"),
        textnum("en", "kw", "直播 118", 118, "场",
                "the 上海科技 channel in 2024 - how many live streams?", "live streams"),
        textnum("en", "kw", "584", 584, "条",
                "STCSM 2024 report: short videos released on the 上海科技 video account?", "short videos"),
        textnum("en", "sh25", "人事任免文件 196", 196, "件",
                "Shanghai General Office 2025 - personnel appointment and removal documents made public?", "personnel documents"),
        textnum("en", "sh25", "166 件", 166, "件",
                "2025 Shanghai General Office: how many documents got a disclosure-attribute review (公开属性审查)?", "attribute reviews"),
        textnum("en", "sh25", "10 个语种", 10, "个",
                "Shanghai's international services portal, how many languages now, per the 2025 General Office report?", "languages"),
        textnum("en", "sh25", "403 项", 403, "项",
                "Shanghai General Office 2025 report - service guides published on the international portal, how many?",
                "service guides"),
        textnum("en", "sh19", "132件", 132, "件",
                "Shanghai General Office 2019: policy interpretations published on the China Shanghai portal?", "interpretations"),
        textnum("en", "sh19", "70家", 70, "家",
                "In 2019 how many Shanghai government websites were inspected every quarter?", "websites checked"),
        textnum("en", "sh19", "90.2%", 90.2, "%",
                "2019 Shanghai General Office - proactive disclosure rate of city gov documents?", "disclosure rate"),
        textnum("en", "hz24", "常务会议 7", 7, "期",
                "Hongze 2024: how many executive meetings (常务会议) were made public?", "executive meetings"),
        textnum("en", "jx", "26个试点领域", 26, "个",
                "Jianxi 2020 - how many pilot areas for standardised grassroots disclosure?", "pilot areas", frm="对照省"),
    ]


# ================================================================== [cannot]
def cannots():
    zh = [
        ("淮安24年申请人里 男的女的各多少？", "the report gives no split of applicants by sex", "sex"),
        ("沭阳2025年 哪个乡镇的人申请信息公开最多啊", "no township breakdown of applicants", "township"),
        ("洪泽2022年的年报有吗 那年受理了几件", "no 洪泽区 2022 report in the corpus", "year not held"),
        ("上海市府办2024年一共收到多少申请？", "no 上海市人民政府办公厅 2024 report in the corpus (2019 and 2025 only)",
         "year not held"),
        ("宿迁市2025年 政府信息公开申请 多少件", "宿迁市 is not in the corpus (only its county 沭阳)", "body not held"),
        ("涧西区2020年 依申请公开 平均几天答复的", "the report states no response times", "response time"),
        ("我是记者 想问下 淮安市2024年 专门搞政务公开的工作人员一共几个人", "the report mentions staffing problems but no number",
         "staff"),
        ("沭阳县26年估计会收到多少申请 帮忙预测下", "a forecast for 2026; no report holds it", "forecast"),
        ("市科委2024年的申请 有多少是问科研项目经费的", "the report gives no topic breakdown of requests", "topic"),
        ("洪泽区 2024年 第三季度收到几件申请", "no quarterly breakdown", "quarter"),
        ("南京市2024年 行政复议被纠正了几件", "南京市 is not in the corpus", "body not held"),
        ("上海市府办2019年那72件顺延的申请 到2020年都办完了吗", "no 2020 report of the office in the corpus", "year not held"),
        ("沭阳2025年交了380元信息处理费的那个人 叫什么名字", "personal data; the report names only the department",
         "personal data"),
    ]
    en = [
        ("Huaian 2024 - how many requests came by email vs by post?", "no breakdown by channel", "channel"),
        ("what's the average age of people asking Shuyang county for info in 2025?", "no age data", "age"),
        ("Hongze District 2023: which month had the most applications?", "no monthly breakdown", "month"),
        ("STCSM 2023 report - how many requests did they receive?", "no 上海市科委 2023 report in the corpus", "year not held"),
        ("Jianxi 2021 numbers? how many applications that year", "no 涧西 2021 report in the corpus", "year not held"),
        ("Pudong New Area 2024 info disclosure requests, total?", "浦东新区 is not in the corpus", "body not held"),
        ("I'm a reporter - what did the Shanghai General Office spend on its disclosure work in 2025, in yuan?",
         "no budget or cost figure (only that no processing fee was charged)", "cost"),
        ("Is Huaian's disclosure work in 2024 better than Suzhou's?", "an opinion, and 苏州 is not in the corpus", "opinion"),
        ("In Shuyang 2025 how many requests were about land acquisition and demolition (征地拆迁)?",
         "no topic breakdown of requests", "topic"),
        ("How many requests did the Shanghai General Office get in 2018? the 2019 report must mention it somewhere",
         "2018 count not stated; the 2019 report gives only a 12.3% drop", "year not stated"),
        ("How many staff work on open government at the Hongze district office in 2024?", "no staff number", "staff"),
        ("For Huai'an 2024, how many of the 769 'not held' requests came from people living outside Huaian?",
         "no breakdown by residence", "residence"),
        ("Qingjiangpu district 2024 report - requests received?", "清江浦区 is not in the corpus", "body not held"),
        ("Shuyang 2025: which county department (部门) got the most disclosure applications?",
         "no department breakdown of requests", "department"),
        ("Why were 64 of Huaian's 2024 reconsideration cases corrected? what were the reasons",
         "the report gives the count, not the reasons", "reasons"),
        ("will the Shanghai science commission get more requests in 2025 than in 2024?", "a forecast", "forecast"),
        ("Jianxi district 2020: how many requests came from women?", "no split by sex", "sex"),
        ("how many of STCSM's 2024 requests were answered within 10 working days?", "no response-time data",
         "response time"),
        ("Hongze 2023 - how many applications were handed in at the counter vs online?", "no breakdown by channel",
         "channel"),
        ("Shanghai General Office 2022 - new applications?", "no 上海市人民政府办公厅 2022 report in the corpus",
         "year not held"),
        ("Luoyang city 2020 info disclosure applications?", "洛阳市 is not in the corpus (only 涧西区政府办)",
         "body not held"),
        ("What industries were the companies that applied to Shuyang County in 2025?", "no industry breakdown", "industry"),
        ("Is Huaian's 2025 report out? how many requests did the city get in 2025?", "no 淮安市 2025 report in the corpus",
         "year not held"),
        ("Shanghai General Office 2025: how many of the 1295 applicants were foreigners?", "no nationality breakdown",
         "nationality"),
        ("the science commission 2024 - how much did that one reconsideration case cost them in legal fees?",
         "no cost figure", "cost"),
        ("In 2020 how many Jianxi applications were about urban relocation (城乡征迁)?", "no topic breakdown of requests",
         "topic"),
    ]
    out = [cannot("zh", q, w, n) for q, w, n in zh]
    out += [cannot("en", q, w, n) for q, w, n in en]
    return out


# ================================================================== [neighbour]
def traps():
    return [
        trap("zh", "ha", "r.carried_over.total",
             "淮安2024年 从上一年转过来的申请是几件？（不是转去下一年的那个）", "carried over vs carried forward 103"),
        trap("zh", "sy", "a.litigation_after_review.total",
             "沭阳25年 先复议了 然后又去法院起诉的 有几件", "after-review 10 vs direct 3"),
        trap("zh", "ha", "c.normative_docs.repealed",
             "淮安 2024年 废止了多少件行政规范性文件", "repealed 26 vs issued 8"),
        trap("zh", "sh19", "c.procurement.projects",
             "市府办2019年集中采购 一共几个项目？不是问金额哈", "projects 6 vs amount 25.1"),
        trap("en", "sy", "r.unable.needs_creation.total",
             "Shuyang 2025: requests that failed because the info would need to be newly compiled (另行制作) - not the 'we don't have it' ones",
             "needs creation 2 vs not held 111"),
        trap("en", "ha", "r.withheld.process_info.total",
             "Huaian 2024 refusals for process/deliberative info (过程性信息), how many?", "process info 12 vs internal affairs 8"),
        trap("en", "sh19", "c.normative_docs.total_published",
             "Shanghai General Office 2019 normative docs - the cumulative published total, not the new ones", "total published 368 vs made 60"),
        trap("en", "sy", "r.partially_granted.natural_person",
             "Shuyang 2025 individuals whose requests were only partly granted?", "partially granted 99 vs granted 290"),
        trap("en", "ha", "r.received.commercial",
             "In Huaian's 2024 report how many new requests came from businesses (商业企业)? not the law firms", "commercial 53 vs legal services 61"),
        trap("en", "ha", "a.review.other",
             "Huaian 2024 reconsiderations with an 'other result' (其他结果), how many?", "other 178 vs corrected 64"),
        trap("en", "sy", "r.other.overdue_fee.total",
             "Shuyang 2025 - applications dropped because applicant didn't pay the fee on time?", "overdue fee 7 vs overdue correction 9"),
        trap("en", "ha", "r.withheld.enforcement_files.total",
             "Huaian 2024 refused because it's administrative enforcement case files (行政执法案卷)?", "enforcement files 9 vs admin query 105"),
        trap("en", "kw", "c.normative_docs.in_force",
             "STCSM normative documents currently valid per the 2024 report (现行有效)", "in force 55 vs issued 13"),
    ]


def CONVERSATIONS():
    return plain_values() + combined() + rankings() + followups() + text_numbers() + cannots() + traps()
