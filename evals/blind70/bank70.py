"""Question bank of the blind70 evaluation set (evals/blind70).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Every wording here was written from scratch for blind70. The bank only names bodies, keys,
keywords and wordings; every expected number is computed by helpers70 (gold JSON, printed text
cells, or a sentence cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib70 as L  # noqa: E402
from helpers70 import E, EN, EU, C, V, T, S, N, U, D, R, F  # noqa: E402,F401

# printed cells of the reports without gold: the same specs blind6 verified (its text_cells.json)
A4 = "四、政府信息公开行政复议、行政诉讼情况"
A8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A4, 14),
        "appeals.litigation_direct.total": ("after", A4, 9),
        "appeals.review.total": ("after", A4, 4),
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
        "appeals.litigation_after_review.total": ("after", A8, 14),
        "appeals.litigation_direct.pending": ("after", A8, 8),
        "appeals.litigation_direct.total": ("after", A8, 9),
        "appeals.review.pending": ("after", A8, 3),
        "appeals.review.total": ("after", A8, 4),
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

M = "万元"
# text alternatives (keyword of the sentence, number it states) where text and table agree
HA_REC = ("3119", 3119)
HA_CO = ("上年度结转申请 34", 34)
HA_CF = ("103 件顺延", 103)
HA_REV = ("行政复议 351", 351)
HA_UPH = ("结果维持 72", 72)
HA_OTH = ("其他结果 178", 178)
HZ_REC = ("21 件", 21)
SY_LP = ("法人或其他组织申请 8 件", 8)
SY_TP = ("共办理 718", 718)
SY_CF = ("结转下一年 31", 31)
SY_74 = ("74 件", 74)
KW_REC = ("全年收到政府信息公开申请 34 件", 34)
KW_GR = ("同意公开答复 9 件", 9)
KW_CO = ("上年结转政府信息公开申请 2 件", 2)
KW_ND = ("行政规范性文件 13 件", 13)
SH25_REC = ("受理政府信息公开申请 1295", 1295)
SH25_CO = ("含上年结转 189", 189)
SH25_TP = ("办结 1191", 1191)
SH19_REC = ("受理政府信息公开申请859", 859)
SH19_TP = ("答复政府信息公开申请805", 805)
SH19_CF = ("72件申请", 72)
SH19_ND = ("行政规范性文件60件", 60)
SH19_REG = ("主动公开规章13件", 13)
SH19_REV = ("行政复议7件", 7)
SH19_LIT = ("诉讼9件", 9)
JX_REC = ("收到依申请公开17件", 17)
JX_DONE = ("办结15件", 15)
JX_OPEN = ("在办2件", 2)


def plain(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[plain] table value in everyday wording", **kw)


def combine(lang, b, keys, q, **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells of one report", **kw)


def diff(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year, one body", **kw)


def rank(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies, each in its gold year")


def follow(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def text(lang, b, keyword, value, unit, q):
    return N(lang, b, keyword, value, unit, q, "[textonly] number stated only in the report text")


def cannot(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def trap(lang, b, keys, q, neighbour, **kw):
    return T(lang, b, keys, q, "[neighbour] naive answer is the neighbouring cell: " + neighbour, **kw)


def VALUES():
    z, e = "zh", "en"
    return [
        # ---- zh
        plain(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", alt=HA_REC),
        plain(z, "ha", "r.unable.not_held.total", "我在淮安 24年申请公开拆迁补偿文件 结果政府说他们手上没有这个信息 想知道这种答复全年有几件"),
        plain(z, "ha", "r.withheld.admin_query.total", "淮安市2024年报里 因为属于行政查询事项不予公开的有几件"),
        plain(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元", unit=M),
        plain(z, "ha", "c.normative_docs.repealed", "二〇二四年淮安市政府废掉了几个规范性文件"),
        plain(z, "ha", "r.granted.legal_services", "淮安市2024年律师事务所这类法律服务机构申请的，直接给公开了多少件"),
        plain(z, "ha", "r.carried_forward.total", "淮安24年没办完要拖到下一年再答复的申请有多少", alt=HA_CF),
        plain(z, "ha", "r.other.overdue_fee.total", "淮安市人民政府2024年度报告，申请人逾期不交信息处理费的算几件"),
        plain(z, "hz23", "r.received.total", "洪泽区政府2023年收到几件公开申请啊", alt=HZ_REC),
        plain(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年 要另行制作所以没法提供的 有几件"),
        plain(z, "hz23", "c.punishment.decisions", "我是做课题的学生，想引用洪泽区2023年报告表二里行政处罚那一栏的本年处理决定数量，是多少"),
        plain(z, "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额多少", unit=M),
        plain(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定一共多少件"),
        plain(z, "hz24", "r.unable.not_held.total", "帮来电群众问一下：洪泽区政府2024年因为本机关不掌握相关信息而无法提供的申请有多少件"),
        plain(z, "hz24", "c.coercion.decisions", "洪泽24年行政强制 处理决定几件"),
        plain(z, "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请是多少件（就表里那一行，不算上年结转）"),
        plain(z, "sy", "r.withheld.internal_affairs.total", "我2024年帮我妈给沭阳县政府写过申请，被以内部事务信息为由拒了。想问下2025年沭阳一共有多少件是因为内部事务信息不予公开的"),
        plain(z, "sy", "r.granted.total", "沭阳2025 予以公开 几件"),
        plain(z, "sy", "r.other.other.total", "沭阳县政府2025年“其他处理”下面第3小项“其他”是多少"),
        plain(z, "sy", "c.licensing.decisions", "沭阳县二〇二五年行政许可处理决定数量"),
        plain(z, "sy", "r.partially_granted.total", "沭阳25年部分公开的多少件"),
        plain(z, "sy", "r.not_processed.petition.total", "12345这边有市民问，沭阳县2025年有多少申请因为属于信访举报投诉被不予处理"),
        plain(z, "sy", "a.review.corrected", "沭阳县2025年因为信息公开被申请复议，结果被纠正的有几件"),
        plain(z, "sy", "r.received.legal_person", "沭阳2025年企业和其他组织（不是个人）提的申请一共多少", alt=SY_LP),
        plain(z, "kw", "r.received.total", "上海市科委2024年新收到的政府信息公开申请有几件", alt=KW_REC),
        plain(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件"),
        plain(z, "kw", "c.licensing.decisions", "上海科委24年行政许可决定数"),
        plain(z, "kw", "r.received.commercial", "上海市科学技术委员会2024年有几件申请是公司提的"),
        plain(z, "sh25", "r.received.natural_person", "上海市政府办公厅2025年老百姓个人提交的信息公开申请多少件"),
        plain(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年 没有现成信息 需要另外制作的 几件"),
        plain(z, "sh25", "r.not_processed.duplicate.total", "2025年上海市政府办公厅因为重复申请不予处理的有多少"),
        plain(z, "sh25", "a.review.total", "上海市人民政府办公厅2025年被申请行政复议的总数"),
        plain(z, "sh25", "r.carried_over.total", "上海市府办2025年从上一年结转过来的申请是多少", alt=SH25_CO),
        plain(z, "sh25", "a.litigation_direct.pending", "上海市府办2025年 没经过复议直接去法院告的 还没审结的有几件"),
        plain(z, "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少件公开申请", alt=SH19_REC),
        plain(z, "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量是多少"),
        plain(z, "sh19", "r.unable.not_held.natural_person", "2019年上海市政府办公厅，公民个人申请的里面，因为本机关不掌握而无法提供的有几件"),
        plain(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少万元", unit=M),
        plain(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 自然人的信访举报投诉类申请 不予处理了多少件"),
        plain(z, "sh19", "r.carried_forward.total", "上海市政府办公厅二〇一九年结转到下一年继续办理的申请数", alt=SH19_CF),
        plain(z, "jx", "r.received.total", "涧西区政府办2020年收了几件依申请公开", alt=JX_REC),
        plain(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个"),
        plain(z, "jx", "r.granted.total", "涧西区人民政府办公室2020年予以公开的申请多少件"),
        plain(z, "jx", "c.normative_docs.total_published", "涧西区政府办2020年规范性文件对外公开总数量"),
        plain(z, "ha", "a.review.upheld", "淮安市政府2024年信息公开行政复议，结果维持原决定的有多少件", alt=HA_UPH),
        plain(z, "ha", "a.litigation_after_review.total", "淮安2024年 先复议后又起诉到法院的案子总共几件"),
        # ---- en
        plain(e, "ha", "r.received.natural_person", "How many new disclosure requests did individuals (自然人) file with Huai'an city government in 2024?"),
        plain(e, "ha", "r.granted.total", "huaian 2024 how many requests fully disclosed"),
        plain(e, "ha", "r.partially_granted.total", "In 2024, for how many requests did Huaian only release part of the info?"),
        plain(e, "ha", "r.withheld.state_secret.total", "Huai'an FY2024: requests refused because the info was a state secret?"),
        plain(e, "ha", "c.licensing.decisions", "Huai'an 2024 administrative licensing decisions (行政许可) count pls"),
        plain(e, "ha", "r.not_processed.duplicate.total", "How many repeat applications did Huaian turn away without processing in 2024?"),
        plain(e, "ha", "c.regulations.in_force", "How many municipal regulations (规章) of Huai'an were still in force in 2024?"),
        plain(e, "ha", "a.review.total", "Total number of administrative reconsideration cases about info disclosure against Huai'an in 2024?", alt=HA_REV),
        plain(e, "ha", "a.litigation_direct.total", "Huai'an 2024 - lawsuits filed straight in court without reconsideration first, total?"),
        plain(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: any requests refused as state secrets? how many"),
        plain(e, "hz23", "c.coercion.decisions", "Hongze 2023 administrative coercion decisions number"),
        plain(e, "hz23", "c.normative_docs.in_force", "How many normative documents were in force for Hongze District government in 2023?"),
        plain(e, "hz23", "r.partially_granted.total", "In 2023 how many applications did Hongze District partly disclose?"),
        plain(e, "hz24", "c.punishment.decisions", "Hongze District 2024, number of administrative penalty decisions?"),
        plain(e, "hz24", "r.granted.total", "hongze 2024 requests granted in full"),
        plain(e, "hz24", "c.fees.amount", "How much did Hongze District take in from administrative fees in 2024 (in 10k yuan)?", unit=M),
        plain(e, "sy", "r.carried_over.total", "Shuyang County 2025: requests carried over from the previous year (上年结转)?"),
        plain(e, "sy", "r.unable.not_held.total", "How many times in 2025 did Shuyang County answer that it doesn't hold the requested information?"),
        plain(e, "sy", "c.punishment.decisions", "Shuyang County administrative penalty decisions 2025"),
        plain(e, "sy", "r.withheld.admin_query.total", "Shuyang 2025, requests rejected as being administrative inquiries?"),
        plain(e, "sy", "a.review.pending", "For Shuyang County in 2025, how many reconsideration cases were still not concluded?"),
        plain(e, "sy", "r.total_processed.total", "Shuyang County 2025 - total requests processed (办理结果总计)?", alt=SY_TP),
        plain(e, "sy", "c.normative_docs.issued", "how many normative docs did shuyang issue in 2025"),
        plain(e, "sy", "c.coercion.decisions", "Shuyang 2025 coercion decisions?"),
        plain(e, "kw", "r.granted.total", "STCSM 2024: how many requests were granted in full?", alt=KW_GR),
        plain(e, "kw", "c.normative_docs.issued", "Shanghai science commission - normative documents issued in 2024?", alt=KW_ND),
        plain(e, "kw", "r.carried_over.total", "Shanghai Science and Technology Commission 2024, applications carried in from the year before?", alt=KW_CO),
        plain(e, "kw", "r.total_processed.total", "Shanghai Sci & Tech Commission 2024 total processed requests (总计)"),
        plain(e, "kw", "c.punishment.decisions", "Did the Shanghai science commission make any administrative penalty decisions in 2024? number"),
        plain(e, "sh25", "r.received.total", "Shanghai General Office 2025, number of new info requests received", alt=SH25_REC),
        plain(e, "sh25", "r.granted.total", "Shanghai municipal government general office, 2025: requests fully disclosed?"),
        plain(e, "sh25", "r.unable.not_held.total", "Shanghai General Office FY2025 - 'we don't hold this information' replies?"),
        plain(e, "sh25", "r.not_processed.petition.total", "2025 Shanghai General Office: how many applications were really complaints/petitions and so not processed?"),
        plain(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025 requests to be continued into next year"),
        plain(e, "sh25", "a.litigation_after_review.total", "In 2025 how many suits were filed against Shanghai General Office after a reconsideration?"),
        plain(e, "sh25", "r.received.commercial", "Shanghai General Office 2025 - requests from commercial enterprises (商业企业)?"),
        plain(e, "sh19", "r.total_processed.total", "Shanghai General Office 2019 total requests handled", alt=SH19_TP),
        plain(e, "sh19", "c.normative_docs.total_published", "2019 Shanghai General Office normative documents total published (对外公开总数量)?"),
        plain(e, "sh19", "a.review.total", "How many administrative reconsiderations over disclosure did the Shanghai General Office face in 2019?", alt=SH19_REV),
        plain(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals' requests that couldn't be met because new info would have to be created?"),
        plain(e, "sh19", "c.procurement.projects", "How many centralized government procurement projects did Shanghai General Office list in 2019?"),
        plain(e, "jx", "r.carried_forward.total", "Jianxi District 2020 how many requests carried forward to next year", alt=JX_OPEN),
        plain(e, "jx", "r.total_processed.total", "Jianxi District government office 2020, total processed requests in the table?", alt=JX_DONE),
        plain(e, "jx", "c.procurement.amount", "jianxi 2020 procurement amount in 万元", unit=M),
        plain(e, "jx", "a.review.total", "Jianxi 2020, admin reconsideration cases regarding disclosure - total?"),
        plain(e, "hz23", "r.unable.not_held.total", "Hongze 2023: requests where the info simply wasn't held by the agency"),
    ]


W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def COMBINES():
    z, e = "zh", "en"
    return [
        combine(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开 一共多少件"),
        combine(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访类和重复申请这两种不予处理的合起来几件"),
        combine(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握 + 需要另行制作 两项加一起"),
        combine(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项处理决定数量合计"),
        combine(z, "ha", W8, "淮安市2024年不予公开的八种情形（国家秘密到行政查询）加总是多少"),
        combine(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的和因不掌握无法提供的件数加起来"),
        combine(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年行政复议、直接起诉、复议后起诉三类案件加总", alt=SY_74),
        combine(z, "kw", ["r.received.total", "r.carried_over.total"], "市科委2024年新收的加上上年结转的申请 一共多少"),
        combine(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024: add up the three 'other handling' (其他处理) sub-rows"),
        combine(e, "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019 - new requests from individuals plus commercial firms, combined?"),
        combine(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County 2025 full + partial disclosure total"),
        combine(e, "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Across reconsideration and both kinds of lawsuits, how many decisions against Huai'an were corrected in 2024?"),
        combine(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025 total appeals: reconsiderations + direct suits + suits after reconsideration"),
        combine(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2024 licensing + penalty + coercion decisions, sum?"),
        combine(e, "sh19", ["c.regulations.made", "c.normative_docs.made"], "2019 Shanghai General Office: regulations made + normative docs made, total"),
        combine(e, "ha", ["r.received.%s" % c for c in L.ORG_COLS], "Huai'an 2024: new requests from all five kinds of organisations (commercial, research, public-interest, legal services, other) added up"),
        diff(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        diff(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请 2025年和2019年比 增加了多少件", alt=SH25_REC),
        diff(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府 本机关不掌握而无法提供的 2023年到2024年变化了多少"),
        diff(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年的申请，2019年到2025年增加几件"),
        diff(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽现行有效规范性文件 23年到24年 增减多少"),
        diff(e, "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District penalty decisions from 2023 to 2024?"),
        diff(e, "sh19", "sh25", "a.review.total", "Shanghai General Office reconsideration cases: 2025 vs 2019, difference?"),
        diff(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's admin fee revenue change between 2023 and 2024 (万元)?", unit=M),
        diff(e, "sh19", "sh25", "r.received.natural_person", "How much did individual requests to the Shanghai General Office grow from 2019 to 2025?"),
        diff(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions, 2024 minus 2023"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        rank(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安2024、沭阳2025、上海市府办2019 这三家谁新收的申请最多"),
        rank(z, ["hz23", "sy", "jx"], "r.carried_forward.total", "asc", "洪泽区2023、沭阳县2025、涧西区2020，哪家结转下年的申请最少"),
        rank(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最多"),
        rank(z, ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "asc", "个人申请被答复不掌握的，淮安2024、沭阳2025、上海市府办2019、涧西2020 谁最少"),
        rank(z, ["ha", "hz23", "sy"], "c.fees.amount", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年 行政事业性收费金额谁最高"),
        rank(z, ["sy", "sh19", "jx"], "a.review.total", "asc", "复议案件数 沭阳2025 上海市府办2019 涧西2020 哪个最少"),
        rank(z, ["ha", "hz23", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "自然人的信访举报类申请不予处理：淮安2024、洪泽2023、沭阳2025、上海市府办2019，哪个最多"),
        rank(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Which had the most penalty decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        rank(e, ["ha", "sy", "sh19"], "r.total_processed.total", "asc", "Of Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), who processed the fewest requests?"),
        rank(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Rank Huaian 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020 by direct lawsuits - who's on top?"),
        rank(e, ["hz23", "sy", "jx"], "r.received.total", "asc", "Smallest number of new requests: Hongze 2023, Shuyang 2025 or Jianxi 2020?"),
        rank(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Fewest coercion decisions among Huai'an 2024, Hongze District 2023 and Shuyang County 2025?"),
        rank(e, ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "Which refused the most individuals' requests as administrative inquiries - Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        follow(z, [("洪泽区2023年因为本机关不掌握没法提供的申请几件", E("hz23", "r.unable.not_held.total")),
                   ("那2024年呢", E("hz24", "r.unable.not_held.total"))], "year switch"),
        follow(z, [("上海市政府办公厅2019年一共受理多少申请", E("sh19", "r.received.total", alt=SH19_REC)),
                   ("换成2025年新收的呢", E("sh25", "r.received.total", alt=SH25_REC))], "year switch"),
        follow(z, [("淮安2024年予以公开的申请总数", E("ha", "r.granted.total")),
                   ("沭阳县2025年同一项是多少", E("sy", "r.granted.total"))], "body switch"),
        follow(z, [("沭阳县2025年信息公开行政复议总共几件", E("sy", "a.review.total")),
                   ("那没复议直接起诉的呢", E("sy", "a.litigation_direct.total")),
                   ("复议以后又起诉的呢", E("sy", "a.litigation_after_review.total"))], "appeals group switch"),
        follow(z, [("淮安市2024年新收申请总计", E("ha", "r.received.total", alt=HA_REC)),
                   ("其中自然人提的呢", E("ha", "r.received.natural_person"))], "column switch"),
        follow(z, [("洪泽2023年行政许可决定数量是多少", E("hz23", "c.licensing.decisions")),
                   ("24年的呢？", E("hz24", "c.licensing.decisions"))], "year switch"),
        follow(z, [("上海科委2024年一共新收了多少件申请", E("kw", "r.received.total", alt=KW_REC)),
                   ("自然人占多少件", E("kw", "r.received.natural_person")),
                   ("商业企业那一列呢", E("kw", "r.received.commercial"))], "column switch"),
        follow(z, [("上海市府办2025年结转到下一年办的有多少件", E("sh25", "r.carried_forward.total")),
                   ("2019年是多少", E("sh19", "r.carried_forward.total", alt=SH19_CF))], "year switch"),
        follow(z, [("涧西区2020年收到多少件依申请公开", E("jx", "r.received.total", alt=JX_REC)),
                   ("办结了几件", E("jx", "r.total_processed.total", alt=JX_DONE))], "row switch"),
        follow(z, [("淮安市2024年制发的行政规范性文件几件", E("ha", "c.normative_docs.issued")),
                   ("废止的呢", E("ha", "c.normative_docs.repealed")),
                   ("现行有效的", E("ha", "c.normative_docs.in_force"))], "column switch"),
        follow(z, [("沭阳县2025年行政事业性收费金额", E("sy", "c.fees.amount", unit=M)),
                   ("淮安市2024年的呢", E("ha", "c.fees.amount", unit=M))], "body switch"),
        follow(z, [("淮安2024年因为涉及第三方权益不予公开的有几件", E("ha", "r.withheld.third_party.total")),
                   ("沭阳2025年这一项呢", E("sy", "r.withheld.third_party.total"))], "body switch"),
        follow(z, [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
                   ("换成2024年", E("hz24", "c.punishment.decisions"))], "year switch"),
        follow(z, [("上海市府办2025年被申请复议多少件", E("sh25", "a.review.total")),
                   ("其中还没审结的有几件", E("sh25", "a.review.pending"))], "column switch"),
        follow(z, [("淮安市2024年上年结转过来的申请多少件", E("ha", "r.carried_over.total", alt=HA_CO)),
                   ("沭阳县2025年呢", E("sy", "r.carried_over.total"))], "body switch"),
        follow(z, [("沭阳2025年重复申请不予处理的几件", E("sy", "r.not_processed.duplicate.total")),
                   ("淮安2024年重复申请又是多少", E("ha", "r.not_processed.duplicate.total"))], "body switch"),
        follow(z, [("淮安市2024年行政复议结果被纠正的有多少", E("ha", "a.review.corrected")),
                   ("直接起诉里面被纠正的呢", E("ha", "a.litigation_direct.corrected"))], "appeals group switch"),
        follow(z, [("上海市政府办公厅2019年新制作的规章有几件", E("sh19", "c.regulations.made")),
                   ("规范性文件新制作了多少", E("sh19", "c.normative_docs.made", alt=SH19_ND))], "row switch"),
        follow(z, [("洪泽2023年行政强制决定有几件", E("hz23", "c.coercion.decisions")),
                   ("2024年洪泽呢", E("hz24", "c.coercion.decisions"))], "year switch"),
        follow(z, [("沭阳县2025年本年新收里自然人申请是多少（表格数，不含上年结转）", E("sy", "r.received.natural_person")),
                   ("商业企业提的呢", E("sy", "r.received.commercial"))], "column switch"),
        # ---- en
        follow(e, [("How many requests did Huai'an receive in 2024?", E("ha", "r.received.total", alt=HA_REC)),
                   ("and Shuyang County in 2025? new ones only (本年新收)", E("sy", "r.received.total"))], "body switch"),
        follow(e, [("Hongze District admin fee amount for 2023?", E("hz23", "c.fees.amount", unit=M)),
                   ("what about 2024", E("hz24", "c.fees.amount", unit=M))], "year switch"),
        follow(e, [("Shanghai General Office 2019: total requests processed?", E("sh19", "r.total_processed.total", alt=SH19_TP)),
                   ("2025?", E("sh25", "r.total_processed.total", alt=SH25_TP))], "year switch"),
        follow(e, [("Huai'an 2024, requests where the government said it didn't have the info?", E("ha", "r.unable.not_held.total")),
                   ("and ones needing new info to be created?", E("ha", "r.unable.needs_creation.total")),
                   ("and because the request was unclear?", E("ha", "r.unable.unclear.total"))], "row switch"),
        follow(e, [("Shuyang 2025 requests fully granted", E("sy", "r.granted.total")),
                   ("partially?", E("sy", "r.partially_granted.total"))], "row switch"),
        follow(e, [("STCSM licensing decisions in 2024", E("kw", "c.licensing.decisions")),
                   ("penalty decisions?", E("kw", "c.punishment.decisions"))], "row switch"),
        follow(e, [("Huai'an 2024 - how many admin reconsideration cases on disclosure?", E("ha", "a.review.total", alt=HA_REV)),
                   ("same for Shuyang 2025", E("sy", "a.review.total"))], "body switch"),
        follow(e, [("Hongze District 2023: normative documents repealed?", E("hz23", "c.normative_docs.repealed")),
                   ("and how many still in force", E("hz23", "c.normative_docs.in_force")),
                   ("2024 in force?", E("hz24", "c.normative_docs.in_force"))], "column and year switch"),
        follow(e, [("Shanghai General Office new requests in 2025", E("sh25", "r.received.total", alt=SH25_REC)),
                   ("from individuals?", E("sh25", "r.received.natural_person")),
                   ("from companies?", E("sh25", "r.received.commercial"))], "column switch"),
        follow(e, [("Jianxi District office 2020 requests granted", E("jx", "r.granted.total")),
                   ("Huai'an 2024 same row?", E("ha", "r.granted.total"))], "body switch"),
        follow(e, [("Shuyang County 2025: requests carried forward to next year?", E("sy", "r.carried_forward.total", alt=SY_CF)),
                   ("and Huaian 2024?", E("ha", "r.carried_forward.total", alt=HA_CF))], "body switch"),
        follow(e, [("Huai'an 2024 penalty decisions (行政处罚)", E("ha", "c.punishment.decisions")),
                   ("coercion?", E("ha", "c.coercion.decisions"))], "row switch"),
        follow(e, [("How many info-disclosure reconsiderations did Shanghai General Office have in 2019?", E("sh19", "a.review.total", alt=SH19_REV)),
                   ("and lawsuits filed directly?", E("sh19", "a.litigation_direct.total", alt=SH19_LIT))], "appeals group switch"),
        follow(e, [("Shuyang 2025 refusals for process information (过程性信息)", E("sy", "r.withheld.process_info.total")),
                   ("and for administrative enforcement files?", E("sy", "r.withheld.enforcement_files.total"))], "row switch"),
        follow(e, [("Hongze District 2024 requests granted (予以公开)?", E("hz24", "r.granted.total")),
                   ("what was it in 2023", E("hz23", "r.granted.total"))], "year switch"),
        follow(e, [("Huai'an 2024: lawsuits after reconsideration where the decision was upheld?", E("ha", "a.litigation_after_review.upheld")),
                   ("still pending?", E("ha", "a.litigation_after_review.pending"))], "column switch"),
        follow(e, [("Shanghai General Office 2025 duplicate requests not processed", E("sh25", "r.not_processed.duplicate.total")),
                   ("and petitions / complaints?", E("sh25", "r.not_processed.petition.total"))], "row switch"),
        follow(e, [("Shanghai science commission 2024: requests carried over?", E("kw", "r.carried_over.total", alt=KW_CO)),
                   ("how many granted in full", E("kw", "r.granted.total", alt=KW_GR))], "row switch"),
        follow(e, [("Shuyang County 2025 reconsiderations upheld (维持)?", E("sy", "a.review.upheld")),
                   ("Huai'an 2024?", E("ha", "a.review.upheld", alt=HA_UPH))], "body switch"),
        follow(e, [("Jianxi 2020 number of procurement projects", E("jx", "c.procurement.projects")),
                   ("Shanghai General Office 2019?", E("sh19", "c.procurement.projects"))], "body switch"),
    ]


def TEXTS():
    z, e = "zh", "en"
    return [
        text(z, "ha", "《淮安市人民政府公报》6 期", 6, "期", "淮安市2024年出了几期政府公报"),
        text(z, "ha", "新闻发布会 12 场", 12, "场", "淮安2024年开了多少场新闻发布会"),
        text(z, "ha", "政务新媒体共计 95个", 95, "个", "淮安市2024年报里说在运维的政务新媒体有几个"),
        text(z, "ha", "组织 4 次", 4, "次", "淮安市2024年搞了几次政府信息公开栏目全覆盖检查"),
        text(z, "ha", "信息处理费 3940 元", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）"),
        text(z, "hz24", "2428 条", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息"),
        text(z, "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        text(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集"),
        text(z, "sy", "爆款内容52条", 52, "条", "沭阳2025年政务新媒体出了多少条爆款"),
        text(z, "sy", "催办提示 84 次", 84, "次", "沭阳县那个倒计时报警器，2025年一共发了几次催办提示"),
        text(z, "sy", "失效链接43处", 43, "处", "沭阳2025年网站巡检整改了多少处失效链接"),
        text(z, "sy", "过期信息697条", 697, "条", "沭阳县2025年清理过期信息多少条"),
        text(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        text(z, "kw", "直播 118 场", 118, "场", "上海科委的视频号2024年直播了多少场"),
        text(z, "kw", "原创文章 294篇", 294, "篇", "“上海科技”公众号2024年原创文章几篇"),
        text(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        text(z, "sh25", "申请人主动撤回 157 件", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少"),
        text(z, "sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种"),
        text(z, "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府办公厅对常务会议重要议题做了几次权威发布"),
        text(z, "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理了多少项公开事项"),
        text(e, "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024?"),
        text(e, "ha", "政策性文件 11 件", 11, "件", "Per the narrative of Huai'an's 2024 report, how many policy documents of the city government and its office were newly published?"),
        text(e, "hz23", "1136 条", 1136, "条", "How many pieces of government info did Hongze District proactively publish on its website platform in 2023?"),
        text(e, "hz24", "解读信息发布 7 条", 7, "条", "Hongze 2024 - interpretation items released?"),
        text(e, "hz24", "受理政府信息公开申请 17 件", 17, "件", "Per the text of Hongze District's 2024 report, how many requests did the district government office accept on behalf of the district government?"),
        text(e, "sy", "主动公开政府信息4511条", 4511, "条", "Shuyang County portal proactive disclosures in 2025, how many items?"),
        text(e, "sy", "短视频1113个", 1113, "个", "How many original short videos did Shuyang push out in 2025?"),
        text(e, "sy", "主动沟通 49 次", 49, "次", "Shuyang 2025: proactive communication with applicants before handling, how many times?"),
        text(e, "sy", "化解各类争议纠纷 33 件", 33, "件", "How many disputes did Shuyang County manage to defuse that way in 2025?"),
        text(e, "sy", "收取信息处理费共计380元", 380, "元", "Shuyang 2025 info processing fees collected, in yuan"),
        text(e, "kw", "微信公众号目前关注人数达 1016823", 1016823, "人", "How many followers does the 'Shanghai Science' WeChat account have per the 2024 STCSM report?"),
        text(e, "kw", "短视频 584 条", 584, "条", "STCSM 2024 short videos published on its video channel?"),
        text(e, "kw", "主合办政协提案 85 件", 85, "件", "How many CPPCC proposals did the Shanghai science commission handle in 2024?"),
        text(e, "kw", "推送集成式发布政策 121 条", 121, "条", "Shanghai Sci&Tech Commission 2024, policies pushed in batch integrated release?"),
        text(e, "sh25", "新闻发布会 42 场", 42, "场", "How many municipal press conferences did Shanghai hold in 2025 per the General Office report?"),
        text(e, "sh25", "《上海市人民政府公报》24 期", 24, "期", "Shanghai gazette issues edited in 2025?"),
        text(e, "sh25", "16 个区", 16, "个", "How many Shanghai districts had digital gazettes online in 2025?"),
        text(e, "sh19", "政策解读共132件", 132, "件", "Shanghai General Office 2019: policy interpretations published on the China Shanghai portal?"),
        text(e, "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check each quarter in 2019?"),
    ]


def CANNOTS():
    z, e = "zh", "en"
    return [
        cannot(z, "淮安市2024年的信息公开申请人里男的女的各多少", "sex breakdown not reported"),
        cannot(z, "沭阳县2025年各个乡镇分别收到几件信息公开申请", "township breakdown not reported"),
        cannot(z, "南京市2024年政府信息公开年报里受理了多少申请", "body not in the corpus (南京市)"),
        cannot(z, "洪泽区2022年收到多少公开申请", "year not in the corpus (洪泽 2022)"),
        cannot(z, "上海市府办2025年平均多少天答复一件申请", "response times not reported"),
        cannot(z, "淮安市政府2024年信息公开工作有几个专职工作人员", "staff numbers not reported"),
        cannot(z, "你预测一下沭阳县2026年会收到多少件申请", "forecast"),
        cannot(z, "你觉得上海市科委2024年的信息公开做得好不好", "opinion"),
        cannot(z, "我叫王建国 2025年3月向沭阳县政府申请过宅基地信息 我那件办完了没", "one person's own case"),
        cannot(z, "帮我查下2024年给淮安市政府写申请的那个张某的身份证号和电话", "personal data"),
        cannot(z, "宿迁市2025年政府信息公开年报里不予公开了多少件", "body not in the corpus (宿迁市)"),
        cannot(z, "上海市政府办公厅2025年第三季度收到了多少申请", "quarter breakdown not reported"),
        cannot(z, "淮安2024年通过网上申请和信函申请各多少件", "channel breakdown not reported"),
        cannot(z, "涧西区2021年的年报里予以公开是多少", "year not in the corpus (涧西 2021)"),
        cannot(z, "上海市科委2023年收到多少信息公开申请", "year not in the corpus (上海科委 2023)"),
        cannot(z, "洪泽区2023年关于征地拆迁的申请有多少件", "topic breakdown not reported"),
        cannot(z, "沭阳县2025年信息公开工作花了多少经费", "costs not reported"),
        cannot(z, "浦东新区2024年政府信息公开申请数量是多少", "body not in the corpus (浦东新区)"),
        cannot(z, "淮安市2024年的申请人里60岁以上的有多少", "age breakdown not reported"),
        cannot(z, "上海市府办2019年哪个委办局收到的信息公开申请最多", "department breakdown not reported"),
        cannot(e, "How many Huai'an 2024 requests came from people living outside Jiangsu?", "residence breakdown not reported"),
        cannot(e, "What share of Shuyang's 2025 applicants were women?", "sex breakdown not reported"),
        cannot(e, "Info disclosure requests Nanjing city 2023?", "body not in the corpus (南京市)"),
        cannot(e, "Hongze District 2024 requests broken down by month please", "month breakdown not reported"),
        cannot(e, "Predict how many reconsideration cases Shanghai General Office will face in 2026", "forecast"),
        cannot(e, "Was Huai'an's disclosure work in 2024 better than Suzhou's in your view?", "opinion; body not in the corpus"),
        cannot(e, "How many staff worked on open government at the Jianxi District office in 2020?", "staff numbers not reported"),
        cannot(e, "Which industries did the companies filing requests with Shanghai General Office in 2025 belong to?", "industry breakdown not reported"),
        cannot(e, "My neighbour Li filed a request to Hongze District in 2024, what address did he put on the form?", "personal data"),
        cannot(e, "How long on average did STCSM take to answer a request in 2024?", "response times not reported"),
        cannot(e, "Shanghai General Office 2022 how many requests received", "year not in the corpus (上海市府办 2022)"),
        cannot(e, "Qingjiangpu District 2024 disclosure report: requests granted?", "body not in the corpus (清江浦区)"),
        cannot(e, "What were the main topics of the requests Hongze District received in 2024?", "topic breakdown not reported"),
        cannot(e, "Shuyang County 2024 requests received?", "year not in the corpus (沭阳 2024)"),
        cannot(e, "How many of Huai'an's 2024 disclosure lawsuits were brought by companies rather than individuals?", "applicant breakdown of appeals not reported"),
        cannot(e, "I asked the Shanghai General Office in 2025 for my father's housing file - was it approved?", "one person's own case"),
        cannot(e, "What did Jianxi District spend on info disclosure in 2020?", "costs not reported"),
        cannot(e, "How many requests did Suqian city receive in 2025?", "body not in the corpus (宿迁市)"),
        cannot(e, "Will Huai'an collect more in admin fees in 2025 than in 2024?", "forecast"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        trap(z, "ha", "r.carried_over.total", "淮安2024年从上一年转过来接着办的申请有多少", "结转下年 103", alt=HA_CO),
        trap(z, "sy", "a.litigation_after_review.total", "沭阳2025年复议完了不服又去起诉的有几件", "直接起诉 3"),
        trap(z, "ha", "c.normative_docs.in_force", "淮安市2024年目前还有效的规范性文件多少件", "制发 8"),
        trap(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年因为要另外加工制作才能提供而没给的有几件", "不掌握 111"),
        trap(z, "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不公开的几件", "内部事务 8"),
        trap(z, "sh25", "r.granted.total", "上海市府办2025年表格里“予以公开”那一行总计是多少（不含部分公开）", "text 予以公开及部分公开 208"),
        trap(z, "ha", "a.review.other", "淮安市2024年行政复议里结果既不是维持也不是纠正的有几件", "纠正 64", alt=HA_OTH),
        trap(e, "sy", "r.carried_forward.total", "Shuyang 2025: requests pushed into the next year (not those carried in from the year before)?", "上年结转 36", alt=SY_CF),
        trap(e, "ha", "a.litigation_direct.upheld", "Huai'an 2024, direct lawsuits (no prior reconsideration) where the decision was upheld?", "复议后起诉 维持 12"),
        trap(e, "hz23", "r.withheld.process_info.total", "Hongze 2023 - refusals citing process information (过程性信息)?", "内部事务 0"),
        trap(e, "sh19", "c.regulations.published", "Shanghai General Office 2019: regulations newly published that year (本年新公开), not the running total?", "对外公开总数 524", alt=SH19_REG),
        trap(e, "ha", "r.received.legal_services", "Huai'an 2024 requests from legal service institutions (law firms), not from businesses?", "商业企业 53"),
        trap(e, "sy", "c.normative_docs.repealed", "Shuyang County 2025, normative documents abolished (废止)?", "制发 6"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINES() + RANKS() + FOLLOWUPS() + TEXTS() + CANNOTS() + TRAPS()
