"""Question bank of the blind52 evaluation set (evals/blind52).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Every wording here was written from scratch for this set. Numbers are never typed: builders in
helpers52.py compute them from gold/*.json, from printed rows of reports without gold (SPECS,
the same cells blind6 verified, re-read from the printed line), or from a sentence cut from the
report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib52 as L  # noqa: E402
from helpers52 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F, cols  # noqa: E402,F401

# printed cells of reports without gold (same specs as blind6's text_cells.json)
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

# text sentences that state a table number too (text and table agree -> ambiguous)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "政府信息公开行政复议 351件"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH25_REQ = "市政府共受理政府信息公开申请"
HZ23_REQ = "全区受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请"
KW_OK = "同意公开答复"

# ---------------------------------------------------------------- tag wrappers
def PV(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[plain] " + kw.pop("note", "table value"), **kw)


def TR(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def SU(lang, b, keys, q, **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells", **kw)


def DI(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year", **kw)


def RA(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over bodies with gold")


def NT(lang, b, kwd, value, unit, q, frm=None):
    return N(lang, b, kwd, value, unit, q, "[textonly] number stated only in the report text", frm=frm)


def UA(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


M = {"unit": "万元"}


def CONVERSATIONS():
    c = []
    a = c.append
    # ============================================================ [plain] value (88)
    # ---- zh
    a(PV("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年依申请公开里，因为属于行政查询事项没给公开的一共几件"))
    a(PV("zh", "ha", "r.unable.not_held.total", "我2024年帮我爸向淮安市政府申请过一份拆迁补偿文件，人家回复说他们没有这个信息。想问下淮安2024年像这样回复“本机关不掌握”的总共多少件？"))
    a(PV("zh", "ha", "r.not_processed.petition.total", "淮安2024 年有多少申请因为其实是信访举报投诉，被归到不予处理里了？"))
    a(PV("zh", "ha", "r.received.legal_services", "2024年淮安市政府收到律师事务所这类法律服务机构递的新申请有几件"))
    a(PV("zh", "ha", "r.partially_granted.natural_person", "淮安市2024年个人申请者里，只拿到一部分信息的（部分公开）是多少"))
    a(PV("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件"))
    a(PV("zh", "ha", "a.review.corrected", "二〇二四年淮安市政府信息公开行政复议里面，被纠正的有几件？", alt=(HA_REV, 64)))
    a(PV("zh", "ha", "a.litigation_after_review.pending", "淮安2024年那些先复议、复议完了又去法院告的案子，还没审结的多少件"))
    a(PV("zh", "ha", "r.other.overdue_correction.total", "淮安市24年申请人逾期不补正、被当成放弃申请的，有几件"))
    a(PV("zh", "ha", "c.coercion.decisions", "淮安市政府2024年报告里行政强制的处理决定数量是多少"))
    a(PV("zh", "ha", "r.withheld.third_party.total", "请问2024年淮安因为会损害第三方合法权益而不予公开的申请是几件？"))
    a(PV("zh", "ha", "r.unable.needs_creation.total", "淮安2024 要另外制作才有、现成没有的信息 一共回了几件"))
    a(PV("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请有多少件（不含上一年结转过来的）",
         note="table 新收; text 749 includes carried over, not asked"))
    a(PV("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以“内部事务信息”为由不予公开的有几件"))
    a(PV("zh", "sy", "r.other.other.total", "沭阳25年申请处理结果里“其他处理”下面那个“其他”小项总计是多少"))
    a(PV("zh", "sy", "c.punishment.decisions", "沭阳县2025年行政处罚决定数量？"))
    a(PV("zh", "sy", "r.carried_forward.total", "沭阳县2025年没办完、结转到2026年继续办的申请多少件"))
    a(PV("zh", "sy", "a.review.pending", "沭阳2025年信息公开复议案件，到年底还没审结的有几件呀"))
    a(PV("zh", "sy", "r.not_processed.duplicate.total", "我是12345热线的，来电人问沭阳县2025年有多少申请是因为重复申请被不予处理的，麻烦给个数"))
    a(PV("zh", "sy", "c.normative_docs.in_force", "沭阳县政府二〇二五年年底现行有效的规范性文件有多少件"))
    a(PV("zh", "sy", "r.granted.natural_person", "2025年沭阳县自然人提的申请里面，予以公开的多少"))
    a(PV("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年复议后又起诉的信息公开行政诉讼，总数多少"))
    a(PV("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年申请人逾期没交信息处理费的有几件"))
    a(PV("zh", "hz23", "c.licensing.decisions", "洪泽区2023年行政许可处理决定数量是多少"))
    a(PV("zh", "hz23", "r.unable.not_held.total", "洪泽23年申请里回复说区政府不掌握相关信息的几件"))
    a(PV("zh", "hz23", "a.review.upheld", "洪泽区政府2023年信息公开行政复议，结果维持的是几件"))
    a(PV("zh", "hz23", "r.partially_granted.total", "2023年洪泽区部分公开的申请数"))
    a(PV("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年，个人申请补正后内容还是不明确、没法提供的有多少件"))
    a(PV("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报告里，规章对外公开总数量是多少件"))
    a(PV("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅收到的个人申请中，被认定为信访举报投诉类不予处理的有多少"))
    a(PV("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数量是几个"))
    a(PV("zh", "sh19", "a.litigation_direct.pending", "上海市政府办公厅2019年直接起诉的信息公开官司里还有几件没判"))
    a(PV("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个"))
    a(PV("zh", "jx", "r.granted.total", "涧西区2020年依申请予以公开的总数是多少"))
    a(PV("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定一共多少件"))
    a(PV("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年表格里“本机关不掌握相关政府信息”那行的总计"))
    a(PV("zh", "hz24", "c.normative_docs.issued", "洪泽区2024年新制发的行政规范性文件几件"))
    a(PV("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可决定数量"))
    a(PV("zh", "kw", "r.received.natural_person", "市科委2024年新收的申请里 个人（自然人）提的有几件"))
    a(PV("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年因为没有现成信息、需要另行制作而没法提供的申请多少件"))
    a(PV("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类申请不予处理的有几件"))
    a(PV("zh", "sh25", "a.review.pending", "上海市政府办公厅2025年的信息公开复议案件还有几件尚未审结"))
    a(PV("zh", "sh25", "requests.carried_over.legal_services", "上海市府办2025年表里，上年结转过来的申请中，法律服务机构那一列是几"))
    a(PV("zh", "ha", "r.received.total", "淮安市政府2024年全年受理信息公开申请多少件", alt=(HA_REQ, 3119)))
    a(PV("zh", "kw", "r.granted.total", "上海市科委2024年依申请予以公开（同意公开）的是几件", alt=(KW_OK, 9)))
    # ---- en
    a(PV("en", "jx", "r.total_processed.total", "Jianxi District 2020: total requests handled, all results together?", alt=(JX_REQ, 15)))
    a(PV("en", "ha", "r.granted.total", "How many information requests did Huai'an city government fully disclose in 2024?"))
    a(PV("en", "ha", "c.licensing.decisions", "huaian 2024 number of administrative licensing decisions"))
    a(PV("en", "ha", "r.withheld.prohibited_by_law.total", "In 2024, how many requests did Huai'an turn down because laws or administrative regulations prohibit disclosure?"))
    a(PV("en", "ha", "a.litigation_direct.corrected", "Huai'an 2024: lawsuits filed straight in court (no prior review) where the court corrected the government - how many?"))
    a(PV("en", "ha", "r.received.commercial", "My company once asked Huai'an for procurement files. How many new requests did companies (commercial enterprises) file with Huai'an in 2024?"))
    a(PV("en", "ha", "r.not_processed.duplicate.total", "huai an 2024 repeat requests that were not processed, count?"))
    a(PV("en", "ha", "c.normative_docs.in_force", "How many normative documents (规范性文件) of Huai'an were currently in force per the 2024 report?"))
    a(PV("en", "ha", "r.withheld.process_info.total", "For Huai'an in 2024, how many requests were refused as process information (过程性信息)?"))
    a(PV("en", "ha", "a.review.pending", "Huai'an FY2024 administrative reviews on disclosure still pending at year end?", alt=(HA_REV, 37)))
    a(PV("en", "ha", "r.other.other.natural_person", "I'm a student reading Huai'an's 2024 table: row 'other handling - other', column natural persons. What is the figure?"))
    a(PV("en", "ha", "r.withheld.enforcement_files.total", "Huai'an 2024, withheld because they were administrative enforcement case files: how many?"))
    a(PV("en", "ha", "r.unable.unclear.total", "In 2024 how many Huai'an requests stayed unclear even after the applicant was asked to fix them?"))
    a(PV("en", "sy", "r.granted.total", "Shuyang County 2025 - requests answered with full disclosure, total?"))
    a(PV("en", "sy", "r.unable.not_held.natural_person", "In 2025, for individuals asking Shuyang County, how many times did the county say it did not hold the information?"))
    a(PV("en", "sy", "c.licensing.decisions", "Shuyang 2025 administrative licensing decisions number pls"))
    a(PV("en", "sy", "a.review.corrected", "Shuyang County 2025: administrative reviews where the outcome was corrected?"))
    a(PV("en", "sy", "r.withheld.admin_query.total", "How many of Shuyang's 2025 requests were treated as administrative inquiries and not disclosed?"))
    a(PV("en", "sy", "r.partially_granted.total", "Shuyang County in 2025 - partial disclosure, total number?"))
    a(PV("en", "sy", "c.coercion.decisions", "What's Shuyang County's count of administrative coercion decisions for 2025?"))
    a(PV("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025, direct lawsuits (not after review) where the government's act was upheld?"))
    a(PV("en", "sy", "r.withheld.enforcement_files.natural_person", "Shuyang 2025: individuals refused because the file was an enforcement case file - how many?"))
    a(PV("en", "sy", "c.fees.amount", "How much administrative fee income did Shuyang County report for 2025 (in 10k yuan)?", **M))
    a(PV("en", "hz23", "c.punishment.decisions", "Hongze District 2023, administrative penalty decisions?"))
    a(PV("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests where the info would have had to be newly compiled, so not provided?"))
    a(PV("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District abolish in 2023?"))
    a(PV("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019: requests from individuals answered 'we do not hold this info' - number?"))
    a(PV("en", "sh19", "r.carried_over.total", "How many requests were carried over into 2019 from the year before at the Shanghai municipal government general office?", alt=(SH19_REQ, 18)))
    a(PV("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 report, total normative documents publicly available (对外公开总数量)?"))
    a(PV("en", "sh19", "r.unable.needs_creation.commercial", "In 2019, how many requests from businesses did the Shanghai General Office decline because the information would need to be created?"))
    a(PV("en", "sh19", "c.procurement.amount", "What was the government procurement amount of the Shanghai General Office in 2019?", **M))
    a(PV("en", "jx", "c.procurement.amount", "Jianxi District government office 2020 procurement contract amount?", **M))
    a(PV("en", "jx", "r.unable.not_held.total", "Jianxi 2020 - how many requests could not be provided because the office did not hold the info?"))
    a(PV("en", "hz24", "c.licensing.decisions", "Hongze District 2024 licensing decisions (行政许可)?"))
    a(PV("en", "hz24", "r.granted.total", "Hongze 2024: how many requests got full disclosure?"))
    a(PV("en", "hz24", "c.fees.amount", "Hongze District 2024 administrative fees collected, in 万元?", **M))
    a(PV("en", "kw", "c.normative_docs.in_force", "STCSM (Shanghai science commission) 2024: normative documents currently valid?"))
    a(PV("en", "kw", "r.total_processed.total", "Shanghai Science and Technology Commission, 2024, total requests handled (总计 row)?"))
    a(PV("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025, answers of 'information not held by this office' - how many?"))
    a(PV("en", "sh25", "r.received.commercial", "In 2025 how many new requests did companies send to the Shanghai municipal general office?"))
    a(PV("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025 direct lawsuits still undecided?"))
    a(PV("en", "sh25", "r.granted.total", "How many requests did the Shanghai General Office fully grant in 2025?"))
    a(PV("en", "ha", "r.carried_forward.total", "Huai'an 2024 - requests carried forward to be handled next year?", alt=(HA_REQ, 103)))

    # ============================================================ [combine] sum (16)
    a(SU("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开，合起来多少件"))
    a(SU("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开复议、直接诉讼、复议后诉讼三类案件加一起多少"))
    a(SU("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "淮安2024年不予公开里前五项（国家秘密、法律法规禁止、危及三安全一稳定、第三方权益、内部事务）加总是多少"))
    a(SU("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年“不掌握”和“需另行制作”两种无法提供的，合计几件"))
    a(SU("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年表里本年新收加上年结转，一共多少件"))
    a(SU("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年个人申请：本年新收和上年结转加起来是多少"))
    a(SU("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年行政许可、行政处罚、行政强制三类决定数量合计"))
    a(SU("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类和重复申请两种不予处理，加起来多少件"))
    a(SU("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: direct lawsuits plus lawsuits after review, total number of cases?"))
    a(SU("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Shuyang 2025 - add up requests dropped for not supplementing in time and those dropped for not paying the fee."))
    a(SU("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze District 2023: state secrets + process information + enforcement files refusals, combined?"))
    a(SU("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019, regulations made plus normative documents made, total?"))
    a(SU("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024 individuals: new requests plus those carried over from the prior year, sum please"))
    a(SU("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.internal_affairs.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "For Shuyang County 2025, sum all eight 'not disclosed' reasons in the table."))
    a(SU("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020 - disclosed in full plus 'not held', total?"))
    a(SU("en", "sh25", ["appeals.review.total", "appeals.litigation_direct.total"], "Shanghai General Office 2025: administrative reviews plus direct lawsuits, how many altogether?"))

    # ============================================================ [combine] difference (10)
    a(DI("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少"))
    a(DI("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件数量 2023年到2024年变化了多少"))
    a(DI("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请，2025年比2019年多多少件"))
    a(DI("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度继续办理的数量，2019年到2025年增加了几件"))
    a(DI("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽行政强制决定，24年跟23年比差多少"))
    a(DI("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024?"))
    a(DI("en", "sh19", "sh25", "a.review.total", "By how much did disclosure-related administrative reviews of the Shanghai General Office grow between 2019 and 2025?"))
    a(DI("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits 2019 vs 2025, difference?"))
    a(DI("en", "hz23", "hz24", "c.fees.amount", "Hongze fees collected: 2024 minus 2023 (万元)?", **M))
    a(DI("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests, how many more in 2025 than in 2019?", alt=(SH25_REQ, 1295)))

    # ============================================================ [rank] ranking (13)
    G3 = ["ha", "sy", "hz23"]
    a(RA("zh", G3, "r.unable.not_held.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，哪个“本机关不掌握”答复最多"))
    a(RA("zh", ["ha", "sy", "sh19"], "a.review.total", "desc", "信息公开行政复议数量：淮安2024、沭阳2025、上海市府办2019，谁最多"))
    a(RA("zh", ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳县2025年、洪泽区2023年、涧西区2020年，哪家新收申请最少"))
    a(RA("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "行政强制决定数：淮安2024年 沭阳2025年 洪泽2023年 哪个最少"))
    a(RA("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "结转下年度办理的申请，淮安2024、沭阳2025、上海市府办2019、涧西2020里哪个最多"))
    a(RA("zh", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "淮安2024年、沭阳2025年、洪泽区2023年的行政事业性收费金额，谁排第一"))
    a(RA("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接起诉的信息公开诉讼，淮安2024年、沭阳2025年和上海市政府办公厅2019年相比哪个最少"))
    a(RA("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?"))
    a(RA("en", ["ha", "sy", "sh19"], "r.not_processed.duplicate.total", "asc", "Duplicate requests not processed - fewest among Huai'an (2024), Shuyang (2025) and Shanghai General Office (2019)?"))
    a(RA("en", ["ha", "sy", "hz23", "jx"], "r.unable.needs_creation.total", "desc", "Among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, who answered 'needs to be newly created' most often?"))
    a(RA("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "Normative documents in force: Huai'an 2024, Shuyang 2025, Hongze 2023 - which is lowest?"))
    a(RA("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Which received the most new requests from companies: Huai'an in 2024, Shuyang in 2025, Shanghai General Office in 2019?"))
    a(RA("en", ["ha", "sy", "hz23"], "a.review.upheld", "asc", "Reviews upheld: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023, smallest?"))

    # ============================================================ [followup] (38)
    fz = [
        ([("淮安市2024年直接起诉的信息公开行政诉讼有几件", E("ha", "a.litigation_direct.total")),
          ("复议后起诉的呢", E("ha", "a.litigation_after_review.total")),
          ("那复议本身呢", E("ha", "a.review.total", alt=(HA_REV, 351)))], "direct lawsuits -> after review"),
        ([("沭阳县2025年个人提的新申请多少件", E("sy", "r.received.natural_person")),
          ("那企业的呢", E("sy", "r.received.commercial")),
          ("律所这类法律服务机构呢", E("sy", "r.received.legal_services"))], "column switch person -> company"),
        ([("上海市府办2019年结转到下一年继续办的申请有多少", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
          ("同一项2025年", E("sh25", "r.carried_forward.total"))], "year switch"),
        ([("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
          ("24年呢", E("hz24", "c.punishment.decisions")),
          ("那行政强制24年呢", E("hz24", "c.coercion.decisions"))], "year then row"),
        ([("淮安2024年行政复议结果纠正的几件", E("ha", "a.review.corrected", alt=(HA_REV, 64))),
          ("直接起诉那一组里纠正的呢", E("ha", "a.litigation_direct.corrected"))], "appeals group switch"),
        ([("沭阳县2025年因为不掌握信息没提供的有多少", E("sy", "r.unable.not_held.total")),
          ("淮安市2024年同一项是多少", E("ha", "r.unable.not_held.total"))], "body switch"),
        ([("涧西区政府办2020年依申请公开的新收申请总数", E("jx", "r.received.total", alt=(JX_REQ, 17))),
          ("其中予以公开几件", E("jx", "r.granted.total")),
          ("回复不掌握的呢", E("jx", "r.unable.not_held.total"))], "row switch"),
        ([("上海市政府办公厅2025年新收申请中自然人提的多少件", E("sh25", "r.received.natural_person")),
          ("商业企业呢", E("sh25", "r.received.commercial")),
          ("上年结转过来的个人申请呢", E("sh25", "r.carried_over.natural_person"))], "column then row"),
        ([("沭阳县2025年不予公开里“危及三安全一稳定”的有几件", E("sy", "r.withheld.security_stability.total")),
          ("那“过程性信息”呢", E("sy", "r.withheld.process_info.total"))], "sub-row switch"),
        ([("淮安2024年复议维持的有多少件", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
          ("沭阳2025年呢", E("sy", "a.review.upheld"))], "body+year switch"),
        ([("洪泽区2024年新制发的规范性文件几件", E("hz24", "c.normative_docs.issued")),
          ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], "column issued -> in force"),
        ([("上海科委2024年行政处罚决定数是多少", E("kw", "c.punishment.decisions")),
          ("行政许可呢", E("kw", "c.licensing.decisions"))], "row switch"),
        ([("淮安市2024年法律服务机构申请的，予以公开了几件", E("ha", "r.granted.legal_services")),
          ("那个人的呢", E("ha", "r.granted.natural_person"))], "column switch to persons"),
        ([("沭阳县2025年复议后起诉的案件中尚未审结的有几件", E("sy", "a.litigation_after_review.pending")),
          ("结果维持的呢", E("sy", "a.litigation_after_review.upheld"))], "outcome switch"),
        ([("上海市府办2019年行政复议总数", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
          ("换成2025年", E("sh25", "appeals.review.total"))], "year switch"),
        ([("洪泽区2024年予以公开的申请几件", E("hz24", "r.granted.total")),
          ("不掌握的呢", E("hz24", "r.unable.not_held.total"))], "row switch"),
        ([("淮安市政府2024年行政事业性收费金额多少", E("ha", "c.fees.amount", **M)),
          ("沭阳县2025年呢", E("sy", "c.fees.amount", **M))], "body switch, money"),
        ([("沭阳2025年行政许可决定多少件", E("sy", "c.licensing.decisions")),
          ("行政处罚呢", E("sy", "c.punishment.decisions"))], "row switch"),
        ([("涧西区2020年复议的信息公开案件几件", E("jx", "a.review.total")),
          ("直接打官司的呢", E("jx", "a.litigation_direct.total"))], "group switch"),
    ]
    fe = [
        ([("How many requests were fully disclosed by Shuyang County in 2025?", E("sy", "r.granted.total")),
          ("and partially?", E("sy", "r.partially_granted.total"))], "row switch"),
        ([("Huai'an 2024 administrative reviews in total?", E("ha", "a.review.total", alt=(HA_REV, 351))),
          ("and the court ones filed directly?", E("ha", "a.litigation_direct.total")),
          ("and after review?", E("ha", "a.litigation_after_review.total"))], "review -> direct lawsuits"),
        ([("Hongze District 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
          ("2024?", E("hz24", "c.licensing.decisions"))], "year switch"),
        ([("New requests from individuals, Huai'an 2024?", E("ha", "r.received.natural_person")),
          ("what about companies", E("ha", "r.received.commercial")),
          ("and law firms?", E("ha", "r.received.legal_services"))], "column switches"),
        ([("Shanghai General Office 2025: requests carried over from the previous year's backlog?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
          ("and carried forward into 2026?", E("sh25", "r.carried_forward.total"))], "carried over -> carried forward"),
        ([("Shuyang 2025 - requests not processed because they were petitions/complaints?", E("sy", "r.not_processed.petition.total")),
          ("same thing for Huai'an in 2024", E("ha", "r.not_processed.petition.total")),
          ("and Shanghai General Office 2025?", E("sh25", "r.not_processed.petition.total"))], "body switch"),
        ([("How many normative documents did the Shanghai General Office make in 2019?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
          ("and regulations?", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13)))], "row switch"),
        ([("STCSM 2024 - new requests from companies?", E("kw", "r.received.commercial")),
          ("from individuals?", E("kw", "r.received.natural_person")),
          ("all applicants together, new ones only?", E("kw", "r.received.total", alt=(KW_REQ, 34)))], "column switch"),
        ([("Huai'an 2024, lawsuits after administrative review that were upheld?", E("ha", "a.litigation_after_review.upheld")),
          ("and the pending ones?", E("ha", "a.litigation_after_review.pending"))], "outcome switch"),
        ([("Shuyang County 2025 normative documents issued?", E("sy", "c.normative_docs.issued")),
          ("repealed?", E("sy", "c.normative_docs.repealed")),
          ("Huai'an 2024 repealed?", E("ha", "c.normative_docs.repealed"))], "column then body"),
        ([("Hongze 2024 administrative reviews about disclosure?", E("hz24", "appeals.review.total")),
          ("and lawsuits after review?", E("hz24", "appeals.litigation_after_review.total"))], "group switch"),
        ([("Shanghai General Office 2019, requests rejected as state secrets (individuals)?", E("sh19", "r.withheld.state_secret.natural_person")),
          ("internal affairs?", E("sh19", "r.withheld.internal_affairs.natural_person"))], "sub-row switch"),
        ([("Jianxi District 2020 requests carried forward to next year?", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
          ("and how many not held?", E("jx", "r.unable.not_held.total"))], "row switch"),
        ([("Huai'an 2024 requests refused on state-secret grounds?", E("ha", "r.withheld.state_secret.total")),
          ("what about Shuyang 2025 for third-party rights?", E("sy", "r.withheld.third_party.total"))], "body+row switch"),
        ([("Shanghai General Office 2025 lawsuits after review?", E("sh25", "appeals.litigation_after_review.total")),
          ("and filed directly?", E("sh25", "appeals.litigation_direct.total"))], "after review -> direct"),
        ([("Shuyang 2025 coercion decisions?", E("sy", "c.coercion.decisions")),
          ("Huai'an 2024 same?", E("ha", "c.coercion.decisions"))], "body switch"),
        ([("Hongze District 2023 total requests handled (总计)?", E("hz23", "r.total_processed.total", alt=(HZ23_REQ, 21))),
          ("2024 in force?", E("hz24", "c.normative_docs.in_force"))], "year + row switch"),
        ([("Huai'an 2024: requests dropped for overdue fee?", E("ha", "r.other.overdue_fee.total")),
          ("Shuyang 2025?", E("sy", "r.other.overdue_fee.total"))], "body switch"),
        ([("Shanghai General Office 2019 procurement projects?", E("sh19", "c.procurement.projects")),
          ("Jianxi 2020?", E("jx", "c.procurement.projects"))], "body switch"),
    ]
    for turns, note in fz:
        a(FU("zh", turns, note))
    for turns, note in fe:
        a(FU("en", turns, note))

    # ============================================================ [textonly] narrative (38)
    a(NT("zh", "sy", "门户网站主动公开政府信息", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条政府信息"))
    a(NT("zh", "sy", "开展意见征集", 9, "期", "沭阳2025年通过门户网站开展了几期意见征集", frm="全年通过"))
    a(NT("zh", "sy", "督促县直部门", 3044, "条", "2025年沭阳督促县直部门在信息公开页面发了多少条信息"))
    a(NT("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开设的专栏（像《项目进行时》那种）有几个"))
    a(NT("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年政务新媒体策采的新闻稿件多少篇"))
    a(NT("zh", "sy", "原创短视频", 1113, "个", "沭阳2025年推了多少个原创短视频"))
    a(NT("zh", "sy", "爆款内容", 52, "条", "沭阳县2025年报告里说的爆款内容一共几条"))
    a(NT("zh", "sy", "64家单位", 64, "家", "沭阳县2025年有多少家单位的年度报告是集中公开、统一发布的"))
    a(NT("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息清理了多少条"))
    a(NT("zh", "sy", "收取信息处理费共计", 380, "元", "2025年沭阳全县收了多少元信息处理费"))
    a(NT("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年报告说全市在运维的政务新媒体有多少个"))
    a(NT("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年组织召开了几场新闻发布会"))
    a(NT("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条政府信息"))
    a(NT("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站平台主动公开政府信息多少条"))
    a(NT("zh", "sh19", "人事任免文件141件", 141, "件", "上海市府办2019年主动公开的人事任免文件有几件"))
    a(NT("zh", "sh19", "发布政策解读共132件", 132, "件", "上海市政府办公厅2019年“中国上海”门户网站发布的政策解读共多少件"))
    a(NT("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市府办对市政府常务会议重要议题权威发布了几次"))
    a(NT("zh", "sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年开了几场新闻发布会（上海市府办的年报）"))
    a(NT("zh", "sh25", "主动撤回 157", 157, "件", "上海市政府办公厅2025年申请人主动撤回的申请有多少件"))
    a(NT("en", "sy", "爆款内容", 49, "条", "Shuyang 2025 report: how many viral posts passed one million views?", frm="其中"))
    a(NT("en", "sy", "图文1775", 1775, "条", "How many image-and-text posts did Shuyang County push in 2025?"))
    a(NT("en", "sy", "全年公开政策文件", 4, "件", "Shuyang 2025 - how many policy documents were made public (per the narrative)?"))
    a(NT("en", "sy", "标准目录》（2025版）3份清单", 3, "份", "How many standard catalogue lists did Shuyang update in 2025?"))
    a(NT("en", "ha", "全年组织 4 次", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"))
    a(NT("en", "ha", "信息处理费 3940", 3940, "元", "Huai'an 2024: information processing fees collected, in yuan?"))
    a(NT("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meeting sessions were made public?", frm="公开政府常务会议"))
    a(NT("en", "kw", "微信公众号共编发文章", 1640, "篇", "STCSM 2024 - how many articles did the 'Shanghai Keji' WeChat account publish?"))
    a(NT("en", "kw", "直播 118", 118, "场", "Shanghai science commission 2024: number of live streams?"))
    a(NT("en", "kw", "原创文章 294", 294, "篇", "Of the Shanghai science commission's WeChat articles in 2024, how many were original?"))
    a(NT("en", "kw", "视频号共制作并发布短视频", 584, "条", "STCSM's video channel in 2024 - short videos released?"))
    a(NT("en", "sh19", "共编发公报24期", 24, "期", "Shanghai General Office 2019: how many gazette issues were published?"))
    a(NT("en", "sh19", "统一受理平台接入53个部门", 53, "个", "In 2019, how many departments were connected to Shanghai's unified acceptance platform (per the General Office report)?"))
    a(NT("en", "sh19", "70家政府网站", 70, "家", "Shanghai General Office 2019: how many government websites were checked every quarter?"))
    a(NT("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai 2025 General Office report - number of press briefings (新闻通气会)?"))
    a(NT("en", "sh25", "已覆盖 10 个语种", 10, "个", "How many languages did the Shanghai international services portal cover per the 2025 General Office report?"))
    a(NT("en", "sh25", "重点领域 125 项", 125, "项", "Shanghai General Office 2025: how many key-area disclosure tasks were pushed forward?"))
    a(NT("en", "sh25", "发布审查 330", 330, "件", "In 2025, how many release reviews of documents did the Shanghai General Office complete?", frm="全年完成"))
    a(NT("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020 - how many pilot areas had standardised disclosure columns?"))

    # ============================================================ [cannot] unanswerable (38)
    uz = [
        ("淮安市2024年信息公开申请按月份分别是多少，几月份最多", "monthly breakdown not in the report"),
        ("我妈2025年3月给沭阳县政府写过一份申请要宅基地的材料，到现在没回，她那件办到哪一步了", "one person's own case"),
        ("沭阳县2025年的申请里涉及征地拆迁的有多少件", "topic breakdown not given"),
        ("洪泽区2023年申请人里60岁以上老人占几个", "age breakdown not given"),
        ("淮安市各县区2024年分别收到多少信息公开申请，清江浦区多少", "district breakdown not in the city report"),
        ("南京市2024年政府信息公开申请有多少件", "body not in the corpus"),
        ("沭阳县2024年新收申请多少件", "year not in the corpus (Shuyang only 2025)"),
        ("上海市府办2026年预计会收到多少信息公开申请", "forecast"),
        ("为什么淮安2024年不掌握的答复有那么多？具体原因是啥", "reasons behind a count not stated"),
        ("你觉得上海市政府办公厅2025年的信息公开工作做得好不好", "opinion"),
        ("洪泽区2022年的行政许可决定数量", "year not in the corpus"),
        ("沭阳县2025年提交申请的人里男的女的各多少", "sex breakdown not given"),
        ("帮我查一下淮安2024年那个起诉市政府的申请人叫什么名字、电话多少", "personal data"),
        ("上海市府办2019年的申请通过网上、信函、当面各提交了多少", "channel breakdown not given"),
        ("涧西区2021年依申请公开办结了几件", "year not in the corpus"),
        ("宿迁市政府2025年行政复议多少件", "body not in the corpus"),
        ("淮安市政府2024年办信息公开的工作人员有多少人", "staff number not stated"),
        ("上海科委2024年每件申请平均用几天答复", "response time not stated"),
        ("沭阳县2025年哪个乡镇的申请最多", "township breakdown not given"),
    ]
    ue = [
        ("How many disclosure requests did Huai'an receive in each quarter of 2024?", "quarterly breakdown not given"),
        ("Which industry did the companies that asked Shuyang County for information in 2025 come from?", "industry breakdown not given"),
        ("Pudong New Area 2024 - number of information disclosure requests?", "body not in the corpus"),
        ("Shanghai science commission 2023 licensing decisions?", "year not in the corpus"),
        ("My neighbour sued Hongze District government in 2024 over a disclosure reply; did he win his case?", "one person's own case"),
        ("How many requests will Huai'an get in 2027?", "forecast"),
        ("Was Shuyang County right to refuse so many requests in 2025? your opinion pls", "opinion"),
        ("Shanghai General Office 2022 annual report: how many new requests?", "year not in the corpus"),
        ("Break down Huai'an's 2024 requests by topic - how many were about housing?", "topic breakdown not given"),
        ("How much did it cost Shanghai General Office in 2025 to run its disclosure work?", "costs not stated"),
        ("Why did the Shanghai General Office's carried-forward requests rise to the 2025 level? what caused it", "reasons not stated"),
        ("In 2024, how many of Hongze District's applicants lived outside Jiangsu?", "residence breakdown not given"),
        ("Give me the ID number of the person who asked Jianxi District in 2020 for information", "personal data"),
        ("Qingjiangpu District 2024 disclosure requests?", "body not in the corpus"),
        ("Which Huai'an department (bureau) got the most requests in 2024?", "department breakdown not given"),
        ("In 2025 how many requests did the Shanghai General Office get from people aged under 30?", "age breakdown not given"),
        ("How many of Shuyang County's 2025 requests were sent by email vs post?", "channel breakdown not given"),
        ("What month of 2019 saw the most requests at the Shanghai General Office?", "monthly breakdown not given"),
        ("Hongze District 2025 normative documents in force?", "year not in the corpus"),
    ]
    for q, why in uz:
        a(UA("zh", q, why))
    for q, why in ue:
        a(UA("en", q, why))

    # ============================================================ [neighbour] trap (13)
    a(TR("zh", "ha", "a.litigation_direct.total", "淮安市2024年直接向法院起诉（没经过复议）的信息公开行政诉讼有几件",
         "direct only (26), not text's 46 = direct + after review"))
    a(TR("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请数，注意不是结转到下一年的",
         "carried over (36) vs carried forward (31)"))
    a(TR("zh", "ha", "r.withheld.admin_query.natural_person", "淮安2024年不予公开“属于行政查询事项”这一项里，只看自然人那一列是多少",
         "one applicant column vs total"))
    a(TR("zh", "sy", "r.other.overdue_correction.total", "沭阳县2025年“其他处理”里，只算逾期不补正视为放弃的那一小项",
         "sub-item vs group 其他处理"))
    a(TR("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年个人申请中“没有现成信息需要另行制作”的，不是“不掌握”",
         "needs creation vs not held"))
    a(TR("zh", "ha", "r.received.total", "淮安市2024年本年新收的申请是多少（问的是收到的，不是办结的）",
         "received 3119 vs handled 3050", alt=(HA_REQ, 3119)))
    a(TR("zh", "hz23", "a.litigation_after_review.upheld", "洪泽区2023年复议之后又去法院起诉、结果维持的有几件（不是复议维持的那个数）",
         "after-review lawsuits upheld (5) vs review upheld (10)"))
    a(TR("en", "ha", "a.litigation_after_review.upheld", "Huai'an 2024: only the lawsuits brought after an administrative review, result upheld - how many?",
         "after review upheld (12) vs text 25 all lawsuits"))
    a(TR("en", "sy", "r.withheld.process_info.total", "Shuyang 2025 - refusals for process information specifically, not internal affairs",
         "process info vs internal affairs"))
    a(TR("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests carried forward to the next year (not the ones carried over from 2024)",
         "carried forward vs carried over"))
    a(TR("en", "ha", "r.total_processed.total", "Huai'an 2024 - total requests handled (the 总计 row), not the number received",
         "handled vs received", alt=(HA_REQ, 3050)))
    a(TR("en", "sy", "r.received.legal_services", "Shuyang 2025 new requests from legal service institutions only, not all legal persons",
         "one org column vs legal-person group"))
    a(TR("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 - normative documents publicly available in total (对外公开总数), not the newly made ones",
         "total published vs made"))
    return c
