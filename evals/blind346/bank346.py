"""Question bank of blind evaluation set 346 (evals/blind346): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank names bodies, keys, keywords and the wording only. Every number in an `expect` is computed
by helpers346.py: from /work/shared/corpus/gold/*.json (derived keys per spec/README.md), from the
printed rows of the three reports without gold (SPECS below: exactly the cell specs that blind6's
text_cells.json verified), or cut from the report text (narrative sentences).

Report ids (blindlib346.BODIES): jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024,
sy 沭阳县 2025, kw 上海市科委 2024, sh25 上海市府办 2025, sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib346 as L  # noqa: E402
import helpers346 as H  # noqa: E402

# ---------------------------------------------------------------- cells of reports without gold
# The same specs as evals/blind6/text_cells.json (validate_blind346 checks they are identical).
_T4 = "四、政府信息公开行政复议、行政诉讼情况"
_N25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _T4, 14),
        "appeals.litigation_direct.total": ("after", _T4, 9),
        "appeals.review.total": ("after", _T4, 4),
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
        "appeals.litigation_after_review.total": ("after", _N25, 14),
        "appeals.litigation_direct.pending": ("after", _N25, 8),
        "appeals.litigation_direct.total": ("after", _N25, 9),
        "appeals.review.pending": ("after", _N25, 3),
        "appeals.review.total": ("after", _N25, 4),
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

# ---------------------------------------------------------------- text and table agree
# (report, key) -> keyword of the narrative sentence that states the same number as the cell.
# A single-key question on such a cell is marked ambiguous: citing the sentence or the table passes.
ALTS = {
    ("ha", "requests.received.total"): "3119 件",
    ("ha", "requests.total_processed.total"): "3050 件",
    ("ha", "requests.carried_over.total"): "结转申请 34 件",
    ("ha", "requests.carried_forward.total"): "103 件顺延",
    ("ha", "appeals.review.total"): "行政复议 351",
    ("ha", "appeals.review.upheld"): "结果维持 72",
    ("ha", "appeals.review.corrected"): "结果纠正 64",
    ("ha", "appeals.review.other"): "其他结果 178",
    ("ha", "appeals.review.pending"): "未审结 37",
    ("ha", "active.regulations.issued"): "市政府规章 1 件",
    ("hz23", "requests.received.total"): "申请 21 件",
    ("jx", "requests.received.total"): "收到依申请公开17件",
    ("jx", "requests.total_processed.total"): "办结15件",
    ("jx", "requests.carried_forward.total"): "在办2件",
    ("sh19", "requests.received.total"): "申请859件",
    ("sh19", "requests.total_processed.total"): "申请805件",
    ("sh19", "requests.carried_over.total"): "结转申请18件",
    ("sh19", "requests.carried_forward.total"): "另有72件",
    ("sh19", "active.regulations.made"): "规章13件",
    ("sh19", "active.regulations.published"): "规章13件",
    ("sh19", "active.normative_docs.made"): "行政规范性文件60件",
    ("sh19", "active.normative_docs.published"): "行政规范性文件60件",
    ("sh19", "appeals.review.total"): "行政复议7件",
    ("sh19", "appeals.litigation_direct.total"): "诉讼9件",
    ("kw", "requests.received.total"): "收到政府信息公开申请 34 件",
    ("kw", "requests.carried_over.total"): "申请 2 件",
    ("kw", "requests.granted.total"): "同意公开答复 9 件",
    ("kw", "active.normative_docs.issued"): "行政规范性文件 13 件",
    ("sh25", "requests.received.total"): "1295 件",
    ("sh25", "requests.total_processed.total"): "1191 件",
    ("sh25", "requests.carried_over.total"): "189 件",
    ("sy", "requests.total_processed.total"): "共办理 718 件",
    ("sy", "requests.carried_forward.total"): "结转下一年 31 件",
    ("sy", "requests.received.legal_person"): "法人或其他组织申请 8 件",
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def X(b, keys, **kw):
    """expect of a table value or a sum of cells of report b (text alternative and unit added)."""
    ks = H.KS(keys)
    if len(ks) == 1 and (b, ks[0]) in ALTS and "alt" not in kw:
        kw["alt"] = (ALTS[(b, ks[0])], H.val(b, ks))
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return H.E(b, keys, **kw)


def XN(b, keyword, value, unit, frm=None):
    return H.EN(b, keyword, value, unit, frm)


def _one(kind, tag, lang, q, e, note):
    return H.C(kind, lang, [(q, e)], "%s %s" % (tag, note))


def PV(lang, b, keys, q, note, **kw):
    return _one("value", "[plain]", lang, q, X(b, keys, **kw), note)


def TR(lang, b, keys, q, note, **kw):
    return _one("trap", "[neighbour]", lang, q, X(b, keys, **kw), note)


def SM(lang, b, keys, q, note, **kw):
    if len(H.KS(keys)) < 2:
        raise ValueError("a sum lists at least two keys")
    return _one("sum", "[combine]", lang, q, X(b, keys, **kw), note)


def DF(lang, b1, b2, keys, q, note, **kw):
    if any(k in MONEY for k in H.KS(keys)):
        kw.setdefault("unit", "万元")
    return _one("difference", "[combine]", lang, q, H.ED(b1, b2, keys, **kw), note)


def RK(lang, bodies, keys, order, q, note, **kw):
    if not 3 <= len(bodies) <= 4 or any(L.BODIES[b][2] is None for b in bodies):
        raise ValueError("rankings: 3-4 bodies with gold")
    if any(k in MONEY for k in H.KS(keys)):
        kw.setdefault("unit", "万元")
    return _one("ranking", "[rank]", lang, q, H.ER(bodies, keys, order, **kw), note)


def NR(lang, b, keyword, value, unit, q, note, frm=None):
    return _one("narrative", "[textonly]", lang, q, XN(b, keyword, value, unit, frm), note)


def UN(lang, q, why, note):
    return _one("unanswerable", "[cannot]", lang, q, H.EU(why), note)


def FU(lang, turns, note):
    if len(turns) < 2:
        raise ValueError("a follow-up has at least two turns")
    return H.C("followup", lang, turns, "[followup] " + note)


# ================================================================= [plain] 91 (zh 30 / en 61)
def plain():
    return [
        # ---- 淮安市 2024 (ha)
        PV("en", "ha", "r.received.total",
           "Hi! journalism student here, I'm writing about open government stuff in Jiangsu. How many "
           "disclosure requests did Huaian city government newly receive in 2024? thx a lot",
           "new requests; student story, trailing thanks"),
        PV("en", "ha", "r.unable.not_held.total",
           "huaian 2024 - the ones where the gov replied the info is not in their hands (本机关不掌握), "
           "how many total pls",
           "not held; lowercase, Chinese label in brackets"),
        PV("en", "ha", "r.received.other_org",
           "In Huai'an's 2024 report, new applications from 'other' organisations (the 其他 column under "
           "法人或其他组织) - what's the number?",
           "received, column 其他 of the organisations"),
        PV("en", "ha", "c.punishment.decisions",
           "How many administrative penalty decisions (行政处罚) did Huaian make in 2024?? the number "
           "looks crazy big to me, just double checking",
           "penalties; doubled ?, trailing remark"),
        PV("en", "ha", "c.fees.amount",
           "My boss keep asking me: admin fees collected (行政事业性收费) by Huaian city in 2024, how "
           "much in 万元?",
           "fees in 万元; clerk story, non-native grammar"),
        PV("en", "ha", "r.not_processed.petition.total",
           "For Huaian in '24, how many applications were not processed bc they were really complaints or "
           "petitions (信访举报投诉类)?",
           "petition-type not processed; two-digit year '24"),
        PV("en", "ha", "a.review.corrected",
           "Huaian 2024: among the info-disclosure reconsideration cases, how many ended up corrected "
           "(结果纠正)?",
           "review corrected (text states it too)"),
        PV("en", "ha", "r.partially_granted.total",
           "quick q — Huaian 2024, requests answered with only part of the info released, total?",
           "partially granted; 'only part of the info released'"),
        PV("en", "ha", "c.normative_docs.in_force",
           "Looking at the 2024 Huaian annual report: how many administrative normative documents are "
           "currently valid (现行有效)?",
           "normative docs in force"),
        PV("en", "ha", "r.withheld.admin_query.total",
           "Huaian city 2024 — how many requests were refused because they counted as administrative query "
           "matters (行政查询事项)?",
           "withheld as admin query"),
        PV("en", "ha", "r.received.commercial",
           "I do paperwork at a small trading company and we sent one too lol. In 2024 how many requests did "
           "businesses (商业企业) file with Huaian municipal government altogether?",
           "received from businesses; clerk story"),
        PV("en", "ha", "a.litigation_direct.total",
           "huaian 2024 how many lawsuits where people went straight to court, with no reconsideration "
           "before?",
           "direct litigation total, described not named"),
        PV("en", "ha", "c.regulations.issued",
           "Huaian gov 2024, number of municipal rules (规章) issued during the year? just the count, no "
           "long explanation needed",
           "regulations issued (text states 1 too)"),
        PV("zh", "ha", "c.licensing.decisions",
           "淮安市政府24年行政许可决定一共多少件啊",
           "licensing; two-digit year, no punctuation"),
        PV("zh", "ha", "r.granted.natural_person",
           "24年淮安那份年报里面，个人申请最后给予公开的有几件？",
           "granted, natural persons; report named loosely"),
        PV("zh", "ha", "a.review.pending",
           "淮安 2024  行政复意还没审结的 有几件？？",
           "review pending; homophone typo 复意, stray spaces, doubled ？"),
        PV("zh", "ha", "r.other.overdue_correction.total",
           "淮安市政府2024年，申请人逾期不补正 所以不再处理的 一共多少件",
           "other handling: overdue correction"),
        PV("zh", "ha", "r.not_processed.duplicate.total",
           "问下 淮安2024年重复申请的有多少个",
           "duplicate applications"),
        # ---- 沭阳县 2025 (sy)
        PV("en", "sy", "r.received.natural_person",
           "Shuyang County 2025: new requests from individual citizens — only the ones received during "
           "2025, carry-overs excluded pls",
           "received natural persons, explicitly without carry-over (text 741 includes it)"),
        PV("en", "sy", "c.licensing.decisions",
           "hello, doing a class project on my hometown — Shuyang 2025, how many admin licensing decisions did "
           "the county make? thank u",
           "licensing"),
        PV("en", "sy", "r.granted.total",
           "Shuyang's year-end report for 2025 — how many requests were fully disclosed (予以公开)?",
           "granted; report named loosely"),
        PV("en", "sy", "r.withheld.internal_affairs.total",
           "shuyang county 2025 - requests withheld as internal affairs info (三类内部事务信息), how many?",
           "withheld internal affairs"),
        PV("en", "sy", "r.received.legal_services",
           "Being a lawyer myself I'm curious: how many new requests did law firms (法律服务机构) send to "
           "Shuyang county government in 2025?",
           "received legal services; lawyer story"),
        PV("en", "sy", "a.review.total",
           "Shuyang 2025, total admin reconsideration (行政复议) cases related to disclosure?? need it for a "
           "slide tmr",
           "review total"),
        PV("en", "sy", "r.other.other.total",
           "Shuyang county gov FY2025: requests that ended under the plain '3.其他' line of other handling, "
           "how many?",
           "other handling: other; FY2025"),
        PV("en", "sy", "c.fees.amount",
           "Shuyang 2025 — amount of administrative fees collected, in 万元 please",
           "fees in 万元"),
        PV("en", "sy", "r.carried_forward.total",
           "Shuyang, 2025: how many applications were left unfinished and moved on into the following "
           "year?",
           "carried forward (text states 31 too)"),
        PV("en", "sy", "c.coercion.decisions",
           "sorry if this is basic — Shuyang County 2025, how many administrative coercion (行政强制) decisions "
           "were made?",
           "coercion"),
        PV("zh", "sy", "c.punishment.decisions",
           "术阳县2025年行政处罚决定数是多少？",
           "penalties; homophone typo 术阳 for 沭阳"),
        PV("zh", "sy", "r.withheld.enforcement_files.total",
           "沭阳 25年 不予公开里面 属于行政执法案卷的 有几件",
           "withheld enforcement files; stray spaces"),
        PV("zh", "sy", "a.review.upheld",
           "沭阳县政府2025年的行政复意，结果维持的有多少件",
           "review upheld; homophone typo 复意"),
        PV("zh", "sy", "r.unable.not_held.total",
           "请问沭阳2025年答复“本机关不掌握”的一共多少件？？",
           "not held; doubled ？"),
        PV("zh", "sy", "r.received.legal_person",
           "沭阳县25年度，法人或者其他组织提的申请 一共几件",
           "received legal persons (derived; text states 8 too)"),
        PV("zh", "sy", "c.normative_docs.issued",
           "想问一下 沭阳2025年新制发的行政规范性文件有几件呀，谢谢！！",
           "normative docs issued"),
        # ---- 上海市府办 2019 (sh19)
        PV("en", "sh19", "r.received.total",
           "Hi there. In the 2019 annual report of Shanghai's 市府办, how many information requests came in? "
           "Thanks so much",
           "received total (text states 859 too)"),
        PV("en", "sh19", "c.regulations.total_published",
           "Shanghai municipal government general office in 2019: the cumulative number of rules (规章) "
           "released to the public (对外公开总数量)?",
           "regulations total published (2019 format)"),
        PV("en", "sh19", "c.procurement.projects",
           "My company sells office supplies to government units, so just curious: Shanghai 市府办 2019, how "
           "many centralized procurement projects (政府集中采购)?",
           "procurement projects"),
        PV("en", "sh19", "c.procurement.amount",
           "Shanghai General Office '19 — what was the total procurement amount, in 万元?",
           "procurement amount 251000元 = 25.1 万元"),
        PV("en", "sh19", "r.received.commercial",
           "For 2019, how many of the requests to Shanghai's 市政府办公厅 were from companies?",
           "received commercial"),
        PV("en", "sh19", "r.not_processed.duplicate.natural_person",
           "In 2019 at Shanghai General Office: individuals' applications that were not handled because "
           "they were repeats — how many?",
           "duplicate, natural persons (row total printed blank)"),
        PV("en", "sh19", "r.unable.unclear.natural_person",
           "2019 Shanghai General Office — requests from private persons that were still unclear even after "
           "the correction step (补正后仍不明确)?",
           "unclear after correction, natural persons"),
        PV("en", "sh19", "a.litigation_direct.total",
           "Shanghai General Office 2019: how many lawsuits over disclosure were filed directly with the "
           "court?",
           "direct litigation (text: 诉讼9件)"),
        PV("zh", "sh19", "c.normative_docs.total_published",
           "我是学生在写论文，上海市府办2019年规范性文件对外公开总数量是多少？麻烦了",
           "normative docs total published"),
        PV("zh", "sh19", "r.carried_forward.total",
           "19年上海市政府办公厅转到下一年继续办理的申请 有多少件",
           "carried forward; two-digit year (text states 72 too)"),
        PV("zh", "sh19", "r.unable.needs_creation.natural_person",
           "上海市政府办公厅2019年，自然人申请因为要另行制作所以无法提供的有几件",
           "needs creation, natural persons"),
        PV("zh", "sh19", "r.withheld.state_secret.natural_person",
           "2019年上海市府办 自然人申请里 以国家秘密为由不予公开的 几件",
           "state secret, natural persons"),
        # ---- 洪泽区 2023 (hz23)
        PV("en", "hz23", "c.licensing.decisions",
           "Hongze District 2023 — admin licensing decisions how many? (asking for my dad, he runs a shop "
           "there)",
           "licensing"),
        PV("en", "hz23", "r.partially_granted.total",
           "in that Hongze annual report for 2023, how many requests got only a partial disclosure?",
           "partially granted; report named loosely"),
        PV("en", "hz23", "c.fees.amount",
           "hongze 2023 how much did they collect in administrative fees, in units of 10k yuan",
           "fees in 万元 ('10k yuan')"),
        PV("en", "hz23", "c.normative_docs.repealed",
           "Hongze district government 2023: how many normative documents were abolished (废止) during the "
           "year?",
           "normative docs repealed"),
        PV("en", "hz23", "r.unable.needs_creation.total",
           "Hongze 2023: requests answered that the info would have to be newly produced (需要另行制作) — "
           "how many?",
           "needs creation"),
        PV("en", "hz23", "a.review.upheld",
           "Hongze 2023, reconsideration cases where the original decision was kept (维持)?",
           "review upheld (printed total 0 avoided)"),
        PV("zh", "hz23", "c.punishment.decisions",
           "红泽区23年行政处罚决定多少件",
           "penalties; homophone typo 红泽, two-digit year"),
        PV("zh", "hz23", "r.unable.not_held.total",
           "洪泽区2023年 答复本机关不掌握的申请 有多少。。",
           "not held"),
        PV("zh", "hz23", "r.received.total",
           "洪泽 2023年 收理的政府信息公开申请一共几件",
           "received; typo 收理 for 受理 (text states 21 too)"),
        PV("zh", "hz23", "c.coercion.decisions",
           "洪泽区政府二〇二三年行政强制决定有几件",
           "coercion; year in Chinese numerals"),
        # ---- 上海市府办 2025 (sh25, cells parsed from the printed rows)
        PV("en", "sh25", "r.carried_over.total",
           "Shanghai General Office 2025: how many applications were inherited from 2024, still open?",
           "carried over (text states 189 too)"),
        PV("en", "sh25", "r.not_processed.petition.total",
           "For 2025, Shanghai city gov general office — how many requests were set aside as petition / "
           "complaint type (信访举报投诉)?",
           "petition-type not processed"),
        PV("en", "sh25", "r.unable.not_held.total",
           "Shanghai General Office 2025: how many requests were answered with 'we don't hold this "
           "information'?",
           "not held"),
        PV("en", "sh25", "a.review.total",
           "2025 Shanghai 市府办 — administrative reconsideration cases in total, the table figure?",
           "review total (printed number incl. carry-over note)"),
        PV("en", "sh25", "a.litigation_after_review.total",
           "Shanghai General Office 2025 — total lawsuits brought after reconsideration (复议后起诉)?",
           "litigation after review"),
        PV("en", "sh25", "r.received.natural_person",
           "how many new requests from ordinary ppl (自然人) did Shanghai's general office get in 2025",
           "received natural persons"),
        PV("en", "sh25", "r.unable.needs_creation.total",
           "Shanghai General Office 2025: how many requests couldn't be provided because the info would "
           "have to be created from scratch?",
           "needs creation"),
        PV("zh", "sh25", "r.carried_forward.total",
           "上海市府办2025年 结转下年度继续办理的 一共多少件",
           "carried forward"),
        PV("zh", "sh25", "a.litigation_direct.pending",
           "25年上海市政府办公厅 直接起诉的行政诉颂 还没审结的有几件",
           "direct litigation pending; typo 诉颂"),
        PV("zh", "sh25", "r.not_processed.duplicate.total",
           "上海市府办25年度重复申请多少件？",
           "duplicate"),
        # ---- 洪泽区 2024 (hz24, cells parsed from the printed rows)
        PV("en", "hz24", "c.licensing.decisions",
           "hongze 2024 admin licensing (行政许可) decisions?? thanks",
           "licensing"),
        PV("en", "hz24", "c.normative_docs.issued",
           "Hongze district 2024: how many normative documents were issued in the year?",
           "normative docs issued"),
        PV("en", "hz24", "c.punishment.decisions",
           "Hongze '24, admin penalty decisions count pls",
           "penalties; '24"),
        PV("en", "hz24", "r.unable.not_held.total",
           "Hongze 2024 — requests where the district said the information is not held by them?",
           "not held"),
        PV("en", "hz24", "a.review.total",
           "Hongze 2024 how many administrative reconsideration total,, pls",
           "review total"),
        PV("en", "hz24", "c.normative_docs.in_force",
           "Hongze 2024: number of normative documents still in force at the end of the year?",
           "normative docs in force"),
        PV("zh", "hz24", "c.fees.amount",
           "洪泽区24年行政事业性收费金额多少万元",
           "fees in 万元"),
        PV("zh", "hz24", "r.granted.total",
           "洪泽2024年 予以公开的申请 总共几件",
           "granted"),
        PV("zh", "hz24", "c.coercion.decisions",
           "洪泽区二〇二四年行政强制决定多少件",
           "coercion; Chinese-numeral year"),
        # ---- 涧西区 2020 (jx)
        PV("en", "jx", "r.received.total",
           "Hi, I'm a reporter at a local paper in Luoyang. Jianxi district office 2020: how many gov info "
           "requests did it receive?",
           "received (text states 17 too)"),
        PV("en", "jx", "c.procurement.amount",
           "Jianxi 2020, government procurement (政府集中采购) total amount in 万元?",
           "procurement amount"),
        PV("en", "jx", "r.granted.total",
           "Jianxi district office 2020, how many requests were granted (予以公开)?",
           "granted"),
        PV("en", "jx", "c.normative_docs.made",
           "jianxi 2020 normative docs newly made (本年新制作数量)?",
           "normative docs made (2019 format)"),
        PV("en", "jx", "a.review.total",
           "In Jianxi's 2020 report, how many administrative reconsideration cases?",
           "review total"),
        PV("en", "jx", "r.carried_forward.total",
           "Jianxi 2020, requests still being worked on and carried into the following year?",
           "carried forward (text: 在办2件)"),
        PV("zh", "jx", "r.unable.not_held.total",
           "建西区政府办2020年 本机关不掌握的申请有几件",
           "not held; homophone typo 建西"),
        PV("zh", "jx", "c.procurement.projects",
           "我们公司想了解下 涧西区2020年政府集中采购项目有几个",
           "procurement projects"),
        PV("zh", "jx", "a.litigation_after_review.total",
           "涧西 2020 复议后起诉的 有几件",
           "litigation after review"),
        # ---- 上海市科委 2024 (kw, cells parsed from the printed rows)
        PV("en", "kw", "r.received.total",
           "Quick one for STCSM (上海科委) 2024 — how many disclosure requests newly received? many thanks in "
           "advance",
           "received (text states 34 too)"),
        PV("en", "kw", "c.licensing.decisions",
           "I once applied for a lab-animal permit so I wonder: Shanghai science commission 2024, how many "
           "administrative licensing decisions in total?",
           "licensing"),
        PV("en", "kw", "c.normative_docs.in_force",
           "STCSM 2024 normative documents in force at year end?",
           "normative docs in force"),
        PV("en", "kw", "r.granted.total",
           "Shanghai Sci & Tech Commission '24: requests granted in full (予以公开)?",
           "granted (text: 同意公开答复 9 件)"),
        PV("en", "kw", "r.total_processed.total",
           "STCSM 2024 how many requests did they handle overall ((七)总计)?",
           "total processed"),
        PV("zh", "kw", "r.received.natural_person",
           "上海科委24年 自然人新申请多少件",
           "received natural persons"),
        PV("zh", "kw", "c.punishment.decisions",
           "市科委2024年行政处罚决定数是多少",
           "penalties (0)"),
    ]


# ================================================================= [combine] sums 16 (zh 5 / en 11)
_WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def sums():
    return [
        SM("en", "ha", _WH,
           "Huaian 2024: add up every 不予公开 reason for me (state secret, banned by other laws, security & "
           "stability, third party, internal affairs, process info, enforcement files, admin query). what's "
           "the total?",
           "8 withheld sub-items"),
        SM("en", "ha", ["r.granted.total", "r.partially_granted.total"],
           "For Huaian city 2024, fully disclosed plus partly disclosed requests together = ?",
           "granted + partially granted"),
        SM("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "I'm a reporter covering courts. Huaian 2024: total disclosure lawsuits, both the direct ones and "
           "the ones after reconsideration, pls add them",
           "two litigation totals (text states 46 too)", alt=("行政诉讼 46 件", 46)),
        SM("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "Huaian 2024 - licensing + penalty + coercion decisions, one combined figure please",
           "three decision counts"),
        SM("en", "sy", ["r.received.total", "r.carried_over.total"],
           "Shuyang 2025: new requests plus the ones carried over from 2024 — sum?",
           "received + carried over (text states 749)", alt=("749 件", 749)),
        SM("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "shuyang county 2025, reconsiderations + direct lawsuits + lawsuits after reconsideration, all "
           "together how many cases??",
           "three appeals totals (text states 74)", alt=("74 件", 74)),
        SM("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "Shuyang FY2025: the three lines under 其他处理 (no correction in time, fee not paid, other) — "
           "what do they add up to?",
           "three other-handling sub-items"),
        SM("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "Hongze 2023, all the 'cannot provide' (无法提供) answers together — the three sub-rows summed?",
           "three unable sub-items"),
        SM("en", "sh19", ["c.regulations.published", "c.normative_docs.published"],
           "Shanghai General Office 2019: rules newly published plus normative documents newly published, "
           "total number?",
           "two 本年新公开数量 cells"),
        SM("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Shanghai 市府办 2025 — 'not held' plus 'would need to be newly made' requests, combined?",
           "two unable sub-items (text cells)"),
        SM("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
           "Hongze 2024 penalties and coercion decisions added together?",
           "two decision counts (text cells)"),
        SM("zh", "sh19", H.cols("withheld"),
           "上海市府办2019年不予公开的申请 各类申请人加起来一共几件？（表里总计那栏是空的）",
           "withheld by applicant column (总计 printed blank; text states 35)",
           printed_total=["r.withheld.total"], alt=("不予公开35件", 35)),
        SM("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "沭阳2025年 信访类的和重复申请的 加一起多少件",
           "petition + duplicate"),
        SM("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
           "涧西2020年予以公开的 加上 本机关不掌握的，合计几件",
           "granted + not held"),
        SM("zh", "kw", ["r.received.total", "r.carried_over.total"],
           "上海科委2024年新收的申请和上年结转的申请 合起来一共多少",
           "received + carried over (text cells)"),
        SM("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "上海市府办25年 行政复议 加 两类行政诉讼 总共多少件呀",
           "three appeals totals (text cells)"),
    ]


# ================================================================= [combine] differences 10 (zh 3 / en 7)
def differences():
    return [
        DF("en", "hz23", "hz24", "c.licensing.decisions",
           "Hongze District: licensing decisions in 2024 compared to 2023, how much did it go up or down?",
           "licensing 2023->2024"),
        DF("en", "hz23", "hz24", "c.punishment.decisions",
           "by how much did Hongze's admin penalty decisions change from 2023 to 2024? (2024 minus 2023)",
           "penalties 2023->2024"),
        DF("en", "hz23", "hz24", "c.fees.amount",
           "Hongze admin fee income, 2023 vs 2024 — what's the difference in 万元?",
           "fees 2023->2024 in 万元"),
        DF("en", "hz23", "hz24", "c.normative_docs.in_force",
           "Hongze district normative docs in force: end of 2023 vs end of 2024, change?",
           "normative docs in force 2023->2024"),
        DF("en", "sh19", "sh25", "r.received.total",
           "Shanghai General Office new requests: 2019 vs 2025, how many more in 2025?",
           "received 2019->2025 (text 1295 in 2025)", alt=("1295 件", 1295)),
        DF("en", "sh19", "sh25", "r.carried_forward.total",
           "my thesis compares years... Shanghai 市府办 requests pushed into the next year: 2019 versus "
           "2025, difference?",
           "carried forward 2019->2025"),
        DF("en", "sh19", "sh25", "a.litigation_direct.total",
           "Shanghai General Office direct lawsuits on disclosure, 2019 and 2025 — how big is the change?",
           "direct litigation 2019->2025"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total",
           "洪泽区“本机关不掌握”的申请，2024年比2023年多了几件？",
           "not held 2023->2024"),
        DF("zh", "sh19", "sh25", "a.review.total",
           "上海市府办的行政复议 2025年跟2019年比 差多少件",
           "review total 2019->2025"),
        DF("zh", "sh19", "sh25", "r.carried_over.total",
           "上海市政府办公厅 上年结转的申请 19年和25年相差几件？",
           "carried over 2019->2025; two-digit years"),
    ]


# ================================================================= [rank] 13 (zh 4 / en 9)
def rankings():
    return [
        RK("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
           "Which one had more licensing decisions: Huaian city in 2024, Hongze District in 2023 or Shuyang "
           "County in 2025?",
           "licensing desc"),
        RK("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
           "Among Huaian (2024), Hongze (2023) and Shuyang (2025), who made the fewest administrative "
           "coercion decisions?",
           "coercion asc"),
        RK("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
           "fee income ranking pls: Huaian 2024, Hongze 2023, Shuyang 2025 — which collected the most "
           "(万元)?",
           "fees desc"),
        RK("en", ["jx", "hz23", "sy", "sh19"], "r.received.total", "desc",
           "Of these four — Jianxi district office 2020, Hongze 2023, Shuyang 2025, Shanghai General Office "
           "2019 — which got the most new disclosure requests?",
           "received desc, four bodies"),
        RK("en", ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "asc",
           "Jianxi 2020, Huaian 2024, Shuyang 2025 and Shanghai General Office 2019: who carried the fewest "
           "requests over into the following year?",
           "carried forward asc"),
        RK("en", ["ha", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
           "individuals' requests that would need new info made (另行制作): Huaian 2024 vs Shuyang 2025 vs "
           "Shanghai General Office 2019 — highest?",
           "needs creation natural persons desc"),
        RK("en", ["hz23", "sy", "ha"], "r.not_processed.petition.natural_person", "desc",
           "Petition-type requests from private persons: Hongze in 2023, Shuyang in 2025, Huaian in 2024. "
           "Who had the most?",
           "petition natural persons desc"),
        RK("en", ["ha", "hz23", "sy", "sh19"], "r.partially_granted.natural_person", "asc",
           "partial disclosures to individuals — lowest among Huaian 2024, Hongze 2023, Shuyang 2025, "
           "Shanghai General Office 2019?",
           "partially granted natural persons asc"),
        RK("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc",
           "I run a small company and wonder where firms ask most. Requests from businesses: Huaian 2024, "
           "Shuyang 2025 or Shanghai General Office 2019 — which is top?",
           "received commercial desc; company story"),
        RK("zh", ["jx", "ha", "hz23", "sy"], "a.review.upheld", "desc",
           "涧西2020、淮安2024、洪泽2023、沭阳2025 这四个里 行政复议结果维持最多的是哪个",
           "review upheld desc"),
        RK("zh", ["jx", "hz23", "sy"], "r.total_processed.total", "asc",
           "涧西区政府办2020年、洪泽区2023年、沭阳县2025年，哪家办理的申请总数最少？",
           "total processed asc"),
        RK("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
           "上年结转的申请 淮安24年 沭阳25年 上海市府办19年 谁最多",
           "carried over desc"),
        RK("zh", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
           "未经复议直接起诉的行政诉讼：涧西2020年、沭阳2025年、上海市政府办公厅2019年，哪个最多？？",
           "direct litigation desc"),
    ]


# ================================================================= [followup] 39 (zh 13 / en 26)
def followups():
    return [
        FU("en", [
            ("hey, Huaian '24 — how many requests were disclosed in full?", X("ha", "r.granted.total")),
            ("ok and the partly disclosed ones?", X("ha", "r.partially_granted.total")),
        ], "row switch: granted -> partially granted"),
        FU("en", [
            ("Hi again. Hongze District 2023, administrative penalty decisions (行政处罚)?", X("hz23", "c.punishment.decisions")),
            ("same thing for 2024 pls", X("hz24", "c.punishment.decisions")),
        ], "year switch 2023 -> 2024 (text cell)"),
        FU("en", [
            ("working on a compliance memo for my firm. Shanghai General Office 2019: new requests from companies?", X("sh19", "r.received.commercial")),
            ("and in their 2025 report?", X("sh25", "r.received.commercial")),
        ], "year switch 2019 -> 2025"),
        FU("en", [
            ("law student, doing case stats. Shuyang 2025, how many administrative reconsiderations in total?", X("sy", "a.review.total")),
            ("how many of those were upheld", X("sy", "a.review.upheld")),
            ("and how many still not decided?", X("sy", "a.review.pending")),
        ], "outcome switch within review"),
        FU("en", [
            ("im a phd student at fudan — STCSM 2024 new info requests total?", X("kw", "r.received.total")),
            ("from individuals?", X("kw", "r.received.natural_person")),
            ("and companies", X("kw", "r.received.commercial")),
        ], "column switch (text cells)"),
        FU("en", [
            ("worried citizen here, my request got the 'we don't hold it' answer. Huaian 2024: how many requests "
             "got that answer in total?",
             X("ha", "r.unable.not_held.total")),
            ("Shuyang County 2025, same category?", X("sy", "r.unable.not_held.total")),
        ], "body switch Huaian -> Shuyang"),
        FU("en", [
            ("涧西 (Jianxi) district office 2020, how many new disclosure requests?", X("jx", "r.received.total")),
            ("how many of them got disclosed", X("jx", "r.granted.total")),
            ("and the ones where the office didn't have the info?", X("jx", "r.unable.not_held.total")),
        ], "row switch, three turns"),
        FU("en", [
            ("Shanghai General Office 2025: requests answered 'info not held'?",
             X("sh25", "r.unable.not_held.total")),
            ("and 'would need to create new info'?", X("sh25", "r.unable.needs_creation.total")),
        ], "row switch (text cells)"),
        FU("en", [
            ("in Hongze's 2024 year report, licensing decisions?", X("hz24", "c.licensing.decisions")),
            ("penalties?", X("hz24", "c.punishment.decisions")),
            ("coercion?", X("hz24", "c.coercion.decisions")),
        ], "row switch in table 二 (text cells)"),
        FU("en", [
            ("Huaian 2024, how many reconsideration cases about disclosure?", X("ha", "a.review.total")),
            ("and lawsuits after reconsideration?", X("ha", "a.litigation_after_review.total")),
        ], "appeals group switch"),
        FU("en", [
            ("Shuyang 2025: newly received requests from natural persons (not counting carry-overs)",
             X("sy", "r.received.natural_person")),
            ("what about law firms?", X("sy", "r.received.legal_services")),
        ], "column switch"),
        FU("en", [
            ("Shanghai 市府办 2019 — how many requests were moved into the next year? (结转下年度)",
             X("sh19", "r.carried_forward.total")),
            ("and how many came in from the year before?", X("sh19", "r.carried_over.total")),
        ], "row switch carried forward -> carried over"),
        FU("en", [
            ("Hongze 2023 admin fees collected, in 万元?", X("hz23", "c.fees.amount")),
            ("and Huaian city for 2024?", X("ha", "c.fees.amount")),
        ], "body and year switch"),
        FU("en", [
            ("Shuyang 2025 normative docs issued (制发)? asking for a policy class", X("sy", "c.normative_docs.issued")),
            ("repealed?", X("sy", "c.normative_docs.repealed")),
            ("and how many in force now", X("sy", "c.normative_docs.in_force")),
        ], "column switch in table 二"),
        FU("en", [
            ("Huaian 2024: requests withheld as process information (过程性信息)?",
             X("ha", "r.withheld.process_info.total")),
            ("internal affairs ones?", X("ha", "r.withheld.internal_affairs.total")),
            ("third party rights?", X("ha", "r.withheld.third_party.total")),
        ], "withheld sub-item switch"),
        FU("en", [
            ("Shanghai General Office 2025: reconsideration cases total?", X("sh25", "a.review.total")),
            ("how many still pending?", X("sh25", "a.review.pending")),
            ("and pending direct lawsuits?", X("sh25", "a.litigation_direct.pending")),
        ], "outcome and group switch (text cells)"),
        FU("en", [
            ("Hongze 2023 normative docs in force?", X("hz23", "c.normative_docs.in_force")),
            ("and at the end of 2024?", X("hz24", "c.normative_docs.in_force")),
        ], "year switch (text cell)"),
        FU("en", [
            ("Shuyang 2025 — applications carried over from the previous report year?",
             X("sy", "r.carried_over.total")),
            ("Huaian 2024?", X("ha", "r.carried_over.total")),
        ], "body switch"),
        FU("en", [
            ("Shanghai General Office 2019, rules (规章) newly made?", X("sh19", "c.regulations.made")),
            ("and normative documents newly made?", X("sh19", "c.normative_docs.made")),
        ], "row switch in table 二 (2019 format)"),
        FU("en", [
            ("Huaian 2024 new requests total?", X("ha", "r.received.total")),
            ("carried over from 2023?", X("ha", "r.carried_over.total")),
            ("so both together is?", X("ha", ["r.received.total", "r.carried_over.total"])),
        ], "value, value, then their sum"),
        FU("en", [
            ("STCSM 2024, requests carried over from 2023?", X("kw", "r.carried_over.total")),
            ("and Shanghai General Office 2025?", X("sh25", "r.carried_over.total")),
        ], "body and year switch (text cells)"),
        FU("en", [
            ("Jianxi 2020, government procurement projects?", X("jx", "c.procurement.projects")),
            ("Shanghai General Office 2019?", X("sh19", "c.procurement.projects")),
        ], "body and year switch"),
        FU("en", [
            ("Shuyang 2025: requests dropped because the applicant didn't pay the fee in time?",
             X("sy", "r.other.overdue_fee.total")),
            ("and because they didn't correct the application in time?",
             X("sy", "r.other.overdue_correction.total")),
        ], "other-handling sub-item switch"),
        FU("en", [
            ("Hongze 2024, requests granted?", X("hz24", "r.granted.total")),
            ("and info not held?", X("hz24", "r.unable.not_held.total")),
        ], "row switch (text cells)"),
        FU("en", [
            ("Huaian 2024 — not held (本机关不掌握), individuals only?",
             X("ha", "r.unable.not_held.natural_person")),
            ("businesses?", X("ha", "r.unable.not_held.commercial")),
            ("law firms?", X("ha", "r.unable.not_held.legal_services")),
        ], "column switch, three turns"),
        FU("en", [
            ("Shanghai General Office 2019 direct lawsuits on disclosure?",
             X("sh19", "a.litigation_direct.total")),
            ("and in 2025?", X("sh25", "a.litigation_direct.total")),
        ], "year switch 2019 -> 2025"),
        # ---- zh
        FU("zh", [
            ("淮安 2024年 行政复议 结果纠证的有几件", X("ha", "a.review.corrected")),
            ("那维持的呢", X("ha", "a.review.upheld")),
        ], "outcome switch"),
        FU("zh", [
            ("沭阳2025年予以公开的申请多少件", X("sy", "r.granted.total")),
            ("部分公开的呢？", X("sy", "r.partially_granted.total")),
        ], "row switch"),
        FU("zh", [
            ("洪泽区2023年行政许可多少件", X("hz23", "c.licensing.decisions")),
            ("那2024年的洪泽是多少", X("hz24", "c.licensing.decisions")),
        ], "year switch (text cell)"),
        FU("zh", [
            ("上海市府办2019年收了多少政府信息公开申请？？", X("sh19", "r.received.total")),
            ("2025年的又是多少", X("sh25", "r.received.total")),
        ], "year switch 2019 -> 2025"),
        FU("zh", [
            ("涧西区2020年政府集中采购金额多少万元", X("jx", "c.procurement.amount")),
            ("项目几个？", X("jx", "c.procurement.projects")),
        ], "column switch in procurement"),
        FU("zh", [
            ("市科委2024年行政许可决定多少件", X("kw", "c.licensing.decisions")),
            ("规范性文件现行有效的有几件", X("kw", "c.normative_docs.in_force")),
        ], "row switch (text cells)"),
        FU("zh", [
            ("沭阳25年未经复议直接起诉的行政诉讼几件", X("sy", "a.litigation_direct.total")),
            ("复议后才起诉的呢", X("sy", "a.litigation_after_review.total")),
        ], "group switch"),
        FU("zh", [
            ("淮安市2024年结转到下年度的申请多少件", X("ha", "r.carried_forward.total")),
            ("沭阳2025年这个数是多少", X("sy", "r.carried_forward.total")),
        ], "body and year switch"),
        FU("zh", [
            ("洪泽2024年行政复议几件", X("hz24", "a.review.total")),
            ("直接起诉的行政诉讼呢", X("hz24", "a.litigation_direct.total")),
            ("复议以后再起诉的呢", X("hz24", "a.litigation_after_review.total")),
        ], "group switch (text cells)"),
        FU("zh", [
            ("上海市府办2025年信访举报投诉类的申请 几件", X("sh25", "r.not_processed.petition.total")),
            ("重复申请呢", X("sh25", "r.not_processed.duplicate.total")),
        ], "row switch (text cells)"),
        FU("zh", [
            ("淮安2024年行政规范性文件制发了几件", X("ha", "c.normative_docs.issued")),
            ("废止多少件", X("ha", "c.normative_docs.repealed")),
        ], "column switch in table 二"),
        FU("zh", [
            ("沭阳2025年因为危及三安全一稳定不予公开的有几件", X("sy", "r.withheld.security_stability.total")),
            ("保护第三方合法权益的呢", X("sy", "r.withheld.third_party.total")),
            ("属于行政查询事项的呢", X("sy", "r.withheld.admin_query.total")),
        ], "withheld sub-item switch, three turns"),
        FU("zh", [
            ("上海市政府办公厅2019年 自然人申请要另行制作的有几件", X("sh19", "r.unable.needs_creation.natural_person")),
            ("商业企业的呢", X("sh19", "r.unable.needs_creation.commercial")),
        ], "column switch"),
    ]


# ================================================================= [textonly] 39 (zh 13 / en 26)
def narratives():
    return [
        # ---- en 26
        NR("en", "ha", "新闻发布会 12 场", 12, "场",
           "reporter here. Huaian 2024: how many press conferences (新闻发布会) did the city hold? I only "
           "remember a few lol",
           "press conferences"),
        NR("en", "ha", "6 期", 6, "期",
           "Huaian 2024 — how many issues of the city government gazette (政府公报) were put out?",
           "gazette issues"),
        NR("en", "ha", "共计 95", 95, "个",
           "In the Huaian 2024 report, how many government new-media accounts (政务新媒体) were being run "
           "city-wide?",
           "new-media accounts"),
        NR("en", "ha", "全年组织 4 次", 4, "次",
           "Huaian 2024: how many times did they do a full check of the disclosure columns "
           "(栏目全覆盖检查)?",
           "full checks of the disclosure columns"),
        NR("en", "sy", "4511条", 4511, "条",
           "shuyang 2025 how many info items the county website publish proactive? thx",
           "portal items"),
        NR("en", "sy", "专栏33个", 33, "个",
           "Shuyang county 2025, how many special columns (专栏) on its new-media accounts did it set up?",
           "new-media columns"),
        NR("en", "sy", "短视频1113个", 1113, "个",
           "how many original short videos did Shuyang push in 2025? saw them on douyin lol",
           "short videos; trailing remark"),
        NR("en", "sy", "催办提示 84 次", 84, "次",
           "Shuyang 2025: the countdown alarm thing for requests — how many reminder notices did it send "
           "out?",
           "reminders"),
        NR("en", "sy", "争议纠纷 33 件", 33, "件",
           "the 2025 Shuyang report says they talk to applicants before handling - how many disputes got "
           "resolved that way?",
           "disputes resolved"),
        NR("en", "sy", "失效链接43处", 43, "处",
           "Shuyang 2025 — number of broken links fixed on the website?",
           "broken links"),
        NR("en", "sy", "共计380元", 380, "元",
           "Shuyang 2025, total information-processing fee (信息处理费) collected by the county, in yuan?",
           "processing fee in 元"),
        NR("en", "kw", "1016823", 1016823, "人",
           "STCSM 2024: how many followers does the 上海科技 WeChat account have per the report?",
           "WeChat followers"),
        NR("en", "kw", "直播 118 场", 118, "场",
           "my friend works at the science commission & says they stream a lot. Shanghai sci commission "
           "2024, how many live streams (直播)?",
           "live streams"),
        NR("en", "kw", "政策 121 条", 121, "条",
           "STCSM in 2024 pushed policies for the integrated release (集成式发布) — how many items?",
           "policies pushed for integrated release"),
        NR("en", "kw", "5 个高频事项", 5, "个",
           "For STCSM 2024, how many high-frequency service items have 阅办联动 set up?",
           "high-frequency items"),
        NR("en", "sh25", "新闻发布会 42 场", 42, "场",
           "Shanghai General Office 2025: number of municipal government press conferences?",
           "press conferences"),
        NR("en", "sh25", "人事任免文件 196 件", 196, "件",
           "Shanghai 市府办 2025 — how many personnel appointment/removal documents were made public?",
           "personnel documents"),
        NR("en", "sh25", "属性审查 166 件", 166, "件",
           "In 2025 how many documents did Shanghai's general office review for their disclosure attribute "
           "(公开属性审查)?",
           "disclosure-attribute reviews"),
        NR("en", "sh25", "主动撤回 157 件", 157, "件",
           "Shanghai General Office 2025, how many applicants withdrew their request themselves?",
           "withdrawn requests"),
        NR("en", "sh25", "10 个语种", 10, "个",
           "How many languages does the Shanghai international services portal (上海国际服务门户) cover, per the "
           "Shanghai General Office 2025 report?",
           "languages of the international portal"),
        NR("en", "sh19", "政策解读共132件", 132, "件",
           "Shanghai General Office 2019: how many policy interpretations were posted on the 中国上海 "
           "portal?",
           "policy interpretations"),
        NR("en", "sh19", "70家政府网站", 70, "家",
           "According to Shanghai 市府办's 2019 report, how many gov websites were checked every quarter?",
           "websites checked quarterly"),
        NR("en", "sh19", "其他文件162件", 162, "件",
           "Shanghai General Office 2019 — besides rules and normative docs, how many 'other' municipal "
           "government documents were made public?",
           "other municipal documents"),
        NR("en", "hz23", "1136 条", 1136, "条",
           "Hongze District 2023: how many pieces of government info were proactively posted on the website "
           "platform?",
           "portal items"),
        NR("en", "hz24", "2428 条", 2428, "条",
           "Hongze 2024, number of government info items the district released on its web platform?",
           "portal items"),
        NR("en", "jx", "601项事项", 601, "项",
           "Jianxi district office 2020: how many items (事项) did the standardization work sort out in "
           "total?",
           "items sorted out", frm="梳理细化"),
        # ---- zh 13
        NR("zh", "ha", "政策解读21 个", 21, "个",
           "淮安市2024年一共做了多少个政策解读",
           "policy interpretations"),
        NR("zh", "ha", "3940 元", 3940, "元",
           "淮安市政府2024年收了多少信息处理费（元）",
           "processing fee in 元"),
        NR("zh", "sy", "意见征集9期", 9, "期",
           "沭阳县2025年在县政府网站上开展了几期意见征集",
           "consultations"),
        NR("zh", "sy", "爆款内容52条", 52, "条",
           "沭阳25年 爆款内容 一共多少条啊",
           "viral posts"),
        NR("zh", "sy", "主动沟通 49 次", 49, "次",
           "沭阳2025年办前主动沟通搞了几次",
           "pre-handling talks"),
        NR("zh", "sy", "过期信息697条", 697, "条",
           "沭阳县2025年清理了多少条过期信息",
           "outdated items removed"),
        NR("zh", "kw", "原创文章 294", 294, "篇",
           "上海科委2024年 “上海科技”公众号原创文章发了多少篇",
           "original WeChat articles"),
        NR("zh", "sh25", "新闻通气会 19 场", 19, "场",
           "上海市府办2025年开了几场新闻通气会",
           "press briefings"),
        NR("zh", "sh25", "公报》24 期", 24, "期",
           "上海市府办2025年 市政府公报编了多少期",
           "gazette issues"),
        NR("zh", "sh19", "共计38次", 38, "次",
           "2019年上海市府办对市政府常务会议议题权威发布了几次",
           "authoritative releases of executive-meeting topics"),
        NR("zh", "sh19", "41条短视频", 41, "条",
           "上海市府办19年的报告里，进博会期间“上海发布”抖音号发了多少条短视频",
           "short videos during the import expo"),
        NR("zh", "hz24", "常务会议 7", 7, "期",
           "洪泽区2024年公开了几期政府常务会议",
           "executive meetings published"),
        NR("zh", "jx", "共21个领域", 21, "个",
           "涧西区政府办2020年 把权力运行和政务服务产生的信息梳理了一遍，一共归成多少个领域？（不是试点领域那个数）",
           "fields sorted", frm="梳理细化"),
    ]


# ================================================================= [cannot] 39 (zh 13 / en 26)
def cannots():
    return [
        UN("en", "How many of Huaian's 2024 disclosure requests came from women and how many from men?",
           "the report gives no breakdown of applicants by sex", "sex breakdown"),
        UN("en", "Shuyang 2025 — which month had the most information requests?",
           "no monthly figures in the report", "month"),
        UN("en", "Hongze District 2022 report: how many disclosure requests did they get?",
           "the corpus holds Hongze's 2023 and 2024 reports only", "year not held"),
        UN("en", "my cousin says Nanjing gets tons of requests — Nanjing municipal government 2024, how many new "
           "disclosure requests?",
           "no report of 南京市 in the corpus", "body not held"),
        UN("en", "STCSM 2023 — how many new disclosure requests?",
           "the corpus holds the science commission's 2024 report only", "year not held"),
        UN("en", "What was the average number of days Shanghai General Office took to answer a request in "
           "2025?",
           "response times are not reported", "response time"),
        UN("en", "How many staff work on information disclosure at Huaian city government in 2024?",
           "the report gives no staff number", "staff"),
        UN("en", "Can you predict how many requests Shuyang will get in 2026?",
           "forecasts are not in any report", "forecast"),
        UN("en", "Which township in Hongze District sent the most requests in 2024?",
           "no township breakdown in the report", "township"),
        UN("en", "Jianxi District 2021 — new disclosure requests?",
           "the corpus holds Jianxi's 2020 report only", "year not held"),
        UN("en", "Luoyang city 2020, how many government info requests in total?",
           "no report of 洛阳市 in the corpus", "body not held"),
        UN("en", "I volunteer with seniors. What share of Huaian's 2024 applicants were over 60?",
           "no age breakdown in the report", "age"),
        UN("en", "How much money did Shanghai General Office spend on its disclosure work in 2019?",
           "the report states no cost of the disclosure work", "cost"),
        UN("en", "Honestly, is Shuyang's disclosure work in 2025 better than other counties'? what's your "
           "opinion",
           "an opinion, not a figure any report states", "opinion"),
        UN("en", "Shanghai General Office 2022 — how many reconsideration cases?",
           "the corpus holds the general office's 2019 and 2025 reports only", "year not held"),
        UN("en", "Siyang County 2025, disclosure requests received?",
           "no report of 泗阳县 in the corpus", "body not held"),
        UN("en", "In Huaian's 2024 report, how many requests were about land expropriation and demolition?",
           "no topic breakdown in the report", "topic"),
        UN("en", "How many of STCSM's 2024 requests came in online versus by post?",
           "no channel breakdown in the report", "channel"),
        UN("en", "Who were the people that sued Hongze district over disclosure in 2024? names pls",
           "personal data; the report names no applicants", "personal data"),
        UN("en", "Huaian 2024 — how many applicants lived outside Jiangsu province?",
           "no residence breakdown in the report", "residence"),
        UN("en", "Which department of Shuyang county received the most disclosure requests in 2025?",
           "no department breakdown of requests in the report", "department breakdown"),
        UN("en", "Xuhui District 2019: how many disclosure requests did it receive?",
           "no report of 徐汇区 in the corpus", "body not held"),
        UN("en", "Why did Hongze's request numbers jump between 2023 and 2024? what's the reason",
           "the reports state no cause for the change", "reason not stated"),
        UN("en", "Shanghai General Office 2025 — how many of the requests were about housing?",
           "no topic breakdown in the report", "topic"),
        UN("en", "Huaian 2024, how many requests were received in the third quarter?",
           "no quarterly request figures in the report", "quarter"),
        UN("en", "Huaiyin District 2024 — new disclosure requests?",
           "no report of 淮阴区 in the corpus", "body not held"),
        # ---- zh 13
        UN("zh", "盱眙县2024年收到多少政府信息公开申请", "no report of 盱眙县 in the corpus", "body not held"),
        UN("zh", "沭阳2024年的依申请公开数量是多少", "the corpus holds Shuyang's 2025 report only",
           "year not held"),
        UN("zh", "淮安市2024年 申请人里 男的女的各多少", "no breakdown of applicants by sex", "sex"),
        UN("zh", "洪泽区2024年 哪个镇街的申请最多", "no township breakdown", "township"),
        UN("zh", "市科委2024年 答复一个申请平均要几天", "response times are not reported", "response time"),
        UN("zh", "上海市府办2019年 申请的企业都是什么行业的，哪个行业最多", "no industry breakdown",
           "industry"),
        UN("zh", "涧西区2020年 负责政务公开的专职人员有几个", "the report states no staff number", "staff"),
        UN("zh", "洪泽 2022年 行政复议几件", "the corpus holds Hongze's 2023 and 2024 reports only",
           "year not held"),
        UN("zh", "淮安2025年受理了多少申请", "the corpus holds Huaian's 2024 report only", "year not held"),
        UN("zh", "上海市科委2024年的申请里 跟科研经费有关的有几件", "no topic breakdown", "topic"),
        UN("zh", "沭阳25年 网上提交的申请占多少比例", "no channel breakdown", "channel"),
        UN("zh", "你觉得上海市府办2025年的公开工作做得怎么样，打几分", "an opinion, not a reported figure",
           "opinion"),
        UN("zh", "静安区2025年政府信息公开申请数", "no report of 静安区 in the corpus", "body not held"),
    ]


# ================================================================= [neighbour] 13 (zh 4 / en 9)
def traps():
    return [
        TR("en", "ha", "r.carried_over.total",
           "Huaian 2024: how many applications came over FROM 2023 (上年结转)? not the ones pushed into 2025",
           "carried over 34 vs carried forward 103"),
        TR("en", "ha", "a.litigation_after_review.total",
           "Huaian 2024 lawsuits filed after reconsideration (复议后起诉) only, not the direct ones — how many?",
           "after review 20 vs direct 26"),
        TR("en", "ha", "c.normative_docs.repealed",
           "Huaian 2024 how many normative documents were abolished (废止)? the repealed count, not issued",
           "repealed 26 vs issued 8 / in force 66"),
        TR("en", "ha", "r.unable.needs_creation.total",
           "Huaian 2024: requests that couldn't be provided because new info would have to be made (另行制作) "
           "— not the 'don't have it' ones",
           "needs creation 11 vs not held 769"),
        TR("en", "sy", "r.withheld.process_info.total",
           "Shuyang 2025: withheld because it was process information (过程性信息) — just that line",
           "process info 2 vs internal affairs 13"),
        TR("en", "ha", "a.review.other",
           "Huaian 2024 reconsiderations with 'other results' (其他结果) — not the corrected ones",
           "review other 178 vs corrected 64"),
        TR("en", "sh19", "c.normative_docs.made",
           "Shanghai General Office 2019: normative documents newly made (本年新制作) — not the cumulative "
           "public total",
           "made 60 vs total published 368"),
        TR("en", "ha", "r.received.legal_services",
           "Huaian 2024 new requests from legal service agencies (法律服务机构), not from companies?",
           "legal services 61 vs commercial 53"),
        TR("en", "sy", "r.partially_granted.total",
           "Shuyang 2025 - requests PARTLY disclosed (部分公开), don't give me the fully disclosed number",
           "partially granted 101 vs granted 294"),
        TR("zh", "ha", "r.other.overdue_fee.total",
           "淮安2024年 申请人逾期没交费所以不再处理的 有几件（不是逾期不补正那个）",
           "overdue fee 6 vs overdue correction 71"),
        TR("zh", "sy", "r.carried_over.total",
           "沭阳 2025年 24年没办完、转到25年来办的申请有多少件",
           "carried over 36 vs carried forward 31"),
        TR("zh", "ha", "r.withheld.third_party.total",
           "淮安24年 不予公开里 保护第三方合法权益 那一项 几件（别看成三安全一稳定）",
           "third party 6 vs security/stability 5"),
        TR("zh", "hz24", "a.litigation_after_review.total",
           "洪泽区2024年 先复议、然后又去法院起诉的 有几件",
           "after review 3 vs direct 1 (text cells)"),
    ]


def CONVERSATIONS():
    return plain() + sums() + differences() + rankings() + followups() + narratives() + cannots() + traps()
