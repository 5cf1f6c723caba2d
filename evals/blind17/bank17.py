"""Question bank of the seventeenth blind evaluation set (evals/blind17).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written from scratch for blind17. The bank names only bodies, keys,
keywords and wordings; every number is computed by helpers17 (gold JSON, printed text cells,
sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib17 as L  # noqa: E402
from helpers17 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V  # noqa: E402,F401

# Printed cells of the three reports without gold: the same specs blind6 verified (see
# evals/blind6/text_cells.json); nothing new. The number is parsed from the printed line.
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

# Text sentences that state the same number as a table cell (text and table agree):
# such questions are marked ambiguous with the sentence acceptable (helpers17.add_text_alternative).
HA_REQ = "全市共受理政府信息公开申请 3119 件"
HA_APP = "政府信息公开行政复议 351件"
SH19_REQ = "共受理政府信息公开申请859件"
SH19_ACT = "主动公开规章13件"
SH19_APP = "信息公开类行政复议7件"
SH25_REQ = "市政府共受理政府信息公开申请 1295 件"
JX_REQ = "全年共收到依申请公开17件"
KW_REQ = "全年收到政府信息公开申请 34 件"
KW_OUT = "同意公开答复 9 件"
HZ23_REQ = "2023 年全区受理政府信息公开申请 21 件"
SY_REQ = "法人或其他组织申请 8 件"
SY_APP = "全县共办理相关案件 74 件"


def PV(lang, b, keys, q, n="", **kw):
    return V(lang, b, keys, q, "[plain] " + (n or "one table value"), **kw)


def PT(lang, b, keys, q, n, **kw):
    return T(lang, b, keys, q, "[neighbour] " + n, **kw)


def PS(lang, b, keys, q, n="", **kw):
    return S(lang, b, keys, q, "[combine] sum: " + (n or "the listed cells"), **kw)


def PD(lang, b1, b2, keys, q, n="", **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference, later minus earlier year" + (": " + n if n else ""), **kw)


def PR(lang, bodies, keys, order, q, n=""):
    return R(lang, bodies, keys, order, q, "[rank] over gold bodies" + (": " + n if n else ""))


def PN(lang, b, keyword, value, unit, q, n=""):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + (n or "number only the narrative states"))


def PU(lang, q, why, n=""):
    return U(lang, q, why, "[cannot] " + (n or why))


def PF(lang, turns, n):
    return F(lang, turns, "[followup] " + n)


# ---------------------------------------------------------------- [plain] values
def plain():
    return [
        # 淮安市政府 2024
        PV("zh", "ha", "r.granted.total", "淮安市政府2024年依申请公开 直接全部给公开了的一共几件"),
        PV("en", "ha", "r.partially_granted.total", "Huai'an city govt, 2024 report: how many requests got only a partial release (部分公开)?"),
        PV("zh", "ha", "r.unable.not_held.natural_person", "我是记者，想核一下淮安2024年的年报：个人提出的申请里，政府说“本机关不掌握”的有多少件？"),
        PV("en", "ha", "r.withheld.admin_query.total", "huaian 2024 how many applications were refused bc they were really admin inquiries / 行政查询事项"),
        PV("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访投诉举报，被政府不予处理了？"),
        PV("en", "ha", "r.other.overdue_correction.total", "In Huai'an's 2024 disclosure report, how many requests were dropped because the applicant never supplied the corrections asked for?"),
        PV("zh", "ha", "r.other.overdue_fee.total", "淮安 2024 因为申请人没按通知交钱 政府就不再处理的申请 几件"),
        PV("en", "ha", "a.review.corrected", "Huaian municipal government 2024: administrative reconsiderations about disclosure that ended with the decision corrected — count?"),
        PV("zh", "ha", "a.litigation_direct.total", "淮安市人民政府二〇二四年度，没走复议、直接打官司告到法院的信息公开案子一共几起？"),
        PV("en", "ha", "c.normative_docs.repealed", "How many administrative normative documents did Huai'an scrap in 2024 (本年废止件数)?"),
        PV("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制的处理决定数是多少"),
        PV("en", "ha", "c.fees.amount", "huai an 2024 administrative fees collected, in 万元 pls", unit="万元"),
        PV("zh", "ha", "r.received.legal_services", "帮律所同事问的：2024年淮安市政府收到的律师事务所这类法律服务机构的新申请有几件？"),
        PV("en", "ha", "r.carried_forward.total", "For Huai'an in 2024, how many disclosure requests were still open at year end and rolled into the next year?",
           alt=(HA_REQ, 103)),
        PV("zh", "ha", "a.review.other", "淮安2024年信息公开行政复议，结果既不是维持也不是纠正、算“其他结果”的有多少件",
           alt=(HA_APP, 178)),
        PV("en", "ha", "r.received.total", "Hi, total number of new info-disclosure applications Huai'an received in 2024?",
           alt=(HA_REQ, 3119)),
        PV("zh", "ha", "r.withheld.third_party.total", "淮安市2024年因为要保护第三方合法权益而没公开的 申请数？"),
        PV("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests where the info didn't exist ready-made and would have had to be compiled from scratch (没有现成信息需要另行制作)?"),
        # 洪泽区 2023
        PV("zh", "hz23", "r.unable.not_held.total", "洪泽区政府2023年答复“本机关不掌握”的申请有几件啊"),
        PV("en", "hz23", "r.partially_granted.natural_person", "Hongze District, 2023: partial disclosures to individual applicants?"),
        PV("zh", "hz23", "c.punishment.decisions", "12345这边有市民问：洪泽区2023年一年作出的行政处罚决定有多少个？"),
        PV("en", "hz23", "c.fees.amount", "What did Hongze District collect in administrative and institutional fees in 2023 (行政事业性收费), in 10k yuan?", unit="万元"),
        PV("zh", "hz23", "r.unable.needs_creation.natural_person", "洪泽23年 个人申请里要政府另外去做一份才能给的 几件"),
        PV("en", "hz23", "a.review.upheld", "In 2023 how many disclosure-related reconsideration cases against Hongze district gov ended with the original decision upheld?"),
        PV("zh", "hz23", "r.received.total", "洪泽区人民政府2023年新收到的信息公开申请，总共几件？",
           alt=(HZ23_REQ, 21)),
        PV("en", "hz23", "c.licensing.decisions", "hongze district 2023 number of administrative licensing decisions"),
        PV("zh", "hz23", "c.normative_docs.in_force", "截至2023年底，洪泽区现行有效的行政规范性文件有多少件"),
        # 洪泽区 2024 (printed cells)
        PV("zh", "hz24", "r.granted.total", "洪泽区2024年依申请公开里，最后给予公开的一共多少件"),
        PV("en", "hz24", "r.unable.not_held.total", "Hongze 2024 — requests answered with 'we don't hold this information'?"),
        PV("zh", "hz24", "c.licensing.decisions", "2024年洪泽区行政许可决定数量"),
        PV("en", "hz24", "c.coercion.decisions", "Hongze District in FY2024: administrative coercion decisions (行政强制)?"),
        PV("zh", "hz24", "a.litigation_direct.total", "我在写论文，需要洪泽区2024年“未经复议直接起诉”的行政诉讼总数"),
        PV("en", "hz24", "c.normative_docs.issued", "How many normative documents did the Hongze district government put out in 2024?"),
        # 沭阳县 2025
        PV("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请，不算上一年转过来的，是多少件"),
        PV("en", "sy", "r.granted.natural_person", "Shuyang County 2025, requests from private individuals that were fully granted?"),
        PV("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 属于三类内部事务信息不予公开的有几件"),
        PV("en", "sy", "r.other.other.total", "Shuyang county govt 2025 report, table three, row (六)3 其他 — total?"),
        PV("zh", "sy", "r.unable.not_held.total", "我2025年春天帮我妈给沭阳县政府写过申请，人家回说他们不掌握这个信息。想问下2025年像这样回复“不掌握”的一共有多少件？"),
        PV("en", "sy", "a.review.pending", "Shuyang 2025: reconsideration cases about info disclosure not yet concluded at year end?"),
        PV("zh", "sy", "c.licensing.decisions", "沭阳县二〇二五年行政许可处理决定有多少"),
        PV("en", "sy", "c.fees.amount", "Shuyang County 2025 — how much in administrative fees did they take in? answer in 万元", unit="万元"),
        PV("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年度结转过来的申请是几件"),
        PV("en", "sy", "r.withheld.admin_query.natural_person", "shuyang 25年 individuals' requests turned away as administrative inquiries"),
        PV("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年，先复议、复议完又去法院起诉的信息公开案件有几件"),
        PV("en", "sy", "r.total_processed.total", "Shuyang County, 2025: total number of disclosure requests it processed (办理结果总计)?",
           alt=("共办理 718 件", 718)),
        PV("zh", "sy", "r.partially_granted.total", "沭阳2025年部分公开的一共多少"),
        PV("en", "sy", "c.normative_docs.in_force", "Shuyang 2025: normative documents currently in force?"),
        # 上海市政府办公厅 2019
        PV("zh", "sh19", "r.received.natural_person", "上海市府办2019年 自然人 新收申请多少件"),
        PV("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: how many requests were carried forward into the next year?",
           alt=(SH19_REQ, 72)),
        PV("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数是多少个"),
        PV("en", "sh19", "c.procurement.amount", "What was the total value of centralized government procurement for the Shanghai municipal government general office in 2019?", unit="万元"),
        PV("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅年报里，规章对外公开总数量是多少"),
        PV("en", "sh19", "r.unable.unclear.natural_person", "Shanghai govt general office 2019: individuals whose request was still unclear even after being asked to clarify"),
        PV("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅19年，个人申请里被认定为信访举报投诉类不予处理的有多少"),
        PV("en", "sh19", "a.litigation_direct.upheld", "In 2019, lawsuits filed straight in court (no reconsideration first) against the Shanghai General Office that ended upheld?"),
        PV("zh", "sh19", "r.total_processed.total", "上海市府办2019年办理结果总计多少件",
           alt=(SH19_REQ, 805)),
        PV("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office FY2019 normative documents, total published (对外公开总数量)?"),
        PV("zh", "sh19", "r.received.commercial", "上海市政府办公厅2019年收到的商业企业新申请几件"),
        # 上海市政府办公厅 2025 (printed cells)
        PV("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年因为本机关不掌握而无法提供的申请数"),
        PV("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests still being handled and carried over into 2026?"),
        PV("zh", "sh25", "a.review.total", "上海市府办2025年被申请行政复议的信息公开案件总计"),
        PV("en", "sh25", "r.received.commercial", "how many new disclosure requests did businesses file with the Shanghai General Office in 2025"),
        PV("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年重复申请不予处理了几件"),
        PV("en", "sh25", "r.unable.needs_creation.total", "Shanghai municipal government general office, 2025 — requests that would have required producing new information?"),
        PV("zh", "sh25", "r.received.total", "2025年上海市政府办公厅新收政府信息公开申请多少件",
           alt=(SH25_REQ, 1295)),
        PV("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: lawsuits filed after an administrative reconsideration (复议后起诉), total"),
        PV("zh", "sh25", "r.carried_over.natural_person", "上海市府办2025年上年结转的申请里，自然人的是多少"),
        # 上海市科委 2024 (printed cells)
        PV("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可决定数量"),
        PV("en", "kw", "r.received.natural_person", "STCSM (Shanghai science commission) 2024: new requests from individuals?"),
        PV("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效规范性文件有多少件？"),
        PV("en", "kw", "r.total_processed.total", "Shanghai Science and Technology Commission, 2024 — total requests processed, table 三 (七)总计?"),
        PV("zh", "kw", "r.received.total", "上海科委24年一共新收了几件信息公开申请",
           alt=(KW_REQ, 34)),
        PV("en", "kw", "r.granted.total", "the Shanghai science commission in 2024 — requests answered with full disclosure?",
           alt=(KW_OUT, 9)),
        # 涧西区政府办 2020
        PV("zh", "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件",
           alt=(JX_REQ, 17)),
        PV("en", "jx", "c.procurement.amount", "Jianxi District government office 2020: total centralized procurement amount?", unit="万元"),
        PV("zh", "jx", "r.granted.natural_person", "涧西区2020年 个人申请 予以公开 几件"),
        PV("en", "jx", "a.litigation_after_review.upheld", "Jianxi District 2020 — suits brought after reconsideration, how many were upheld?"),
        PV("zh", "jx", "c.normative_docs.made", "涧西区政府办公室2020年本年新制作的规范性文件几件"),
        PV("en", "jx", "r.carried_forward.total", "In Jianxi District's 2020 report, how many applications were still in progress at year end?",
           alt=(JX_REQ, 2)),
        PV("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量"),
        PV("en", "jx", "r.total_processed.total", "Jianxi district office 2020: how many disclosure requests were dealt with in total",
           alt=(JX_REQ, 15)),
        # more mixed voices
        PV("zh", "ha", "a.review.total", "老师让我们查表四：淮安市2024年行政复议那一栏的总计是多少？",
           alt=(HA_APP, 351)),
        PV("en", "ha", "r.granted.legal_services", "Huai'an 2024: how many requests from legal service providers were granted in full?"),
        PV("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请被不予处理的有多少件"),
        PV("en", "hz23", "r.withheld.state_secret.total", "Hongze district gov 2023, refused as state secret — number?"),
        PV("zh", "sh19", "a.review.total", "上海市政府办公厅2019年信息公开行政复议一共几件",
           alt=(SH19_APP, 7)),
        PV("en", "sy", "r.received.legal_person", "Shuyang 2025: new applications from legal persons and other organizations, all five org columns together?",
           alt=(SY_REQ, 8)),
        PV("zh", "ha", "r.received.commercial", "淮安市政府24年收到企业（商业企业）提的新申请多少个"),
        PV("en", "sh25", "a.review.pending", "Shanghai General Office 2025, reconsiderations still pending (尚未审结)?"),
        PV("zh", "hz24", "a.review.total", "洪泽区2024年信息公开方面被申请行政复议的总数"),
        PV("en", "kw", "c.normative_docs.issued", "How many normative documents did STCSM issue in 2024? (the table figure)",
           alt=("行政规范性文件 13 件", 13)),
    ]


# ---------------------------------------------------------------- [neighbour] traps
def traps():
    return [
        PT("zh", "ha", "r.carried_over.total", "淮安市2024年从2023年转过来、接着办的申请有几件？（不是转到2025年的那个）",
           "上年结转 vs 结转下年", alt=(HA_REQ, 34)),
        PT("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits that came AFTER a reconsideration — not the ones filed directly",
           "复议后起诉 vs 直接起诉"),
        PT("zh", "ha", "c.normative_docs.repealed", "淮安2024年行政规范性文件，我要的是废止掉的件数，不是新发的也不是现行有效的",
           "废止 vs 制发/现行有效"),
        PT("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests where info had to be newly made, not the 'we don't hold it' ones",
           "另行制作 vs 不掌握"),
        PT("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年不予公开里头属于四类过程性信息的（别跟内部事务信息搞混）",
           "过程性信息 vs 内部事务"),
        PT("en", "ha", "c.regulations.in_force", "Huai'an 2024 municipal regulations (规章) still in force — not the number made during 2024",
           "现行有效 vs 制发"),
        PT("zh", "ha", "a.litigation_direct.other", "淮安市2024年直接起诉的行政诉讼，“其他结果”那格是几？不要结果纠正的",
           "其他结果 vs 纠正"),
        PT("en", "jx", "c.procurement.projects", "Jianxi district office 2020 centralized procurement: the number of projects, not the money",
           "采购项目数 vs 金额"),
        PT("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新制作的）",
           "对外公开总数 vs 新制作"),
        PT("en", "ha", "r.partially_granted.natural_person", "Huai'an 2024 individuals: PARTIAL disclosure only, not the fully granted ones",
           "部分公开 vs 予以公开"),
        PT("zh", "ha", "r.received.legal_services", "淮安市2024年法律服务机构提交的新申请（不是商业企业）",
           "法律服务机构 vs 商业企业"),
        PT("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests brought over FROM 2024, not the ones pushed on to 2026",
           "上年结转 vs 结转下年", alt=(SH25_REQ, 189)),
        PT("zh", "sy", "r.other.overdue_fee.total", "沭阳2025年其他处理里，逾期不缴费那一项（不是逾期不补正）",
           "逾期未缴费 vs 逾期不补正"),
        PT("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023, 'needs to be created' — not 'not held by this office'",
           "另行制作 vs 不掌握"),
    ]


# ---------------------------------------------------------------- [combine] sums
def sums():
    return [
        PS("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开，加起来多少件"),
        PS("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "All disclosure disputes for Huai'an 2024 — reconsiderations plus both kinds of lawsuits, one total please"),
        PS("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "淮安市2024年信息公开行政诉讼，直接起诉和复议后起诉合起来一共几件", alt=(HA_APP, 46)),
        PS("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Shuyang 2025, reconsideration cases + lawsuits (both types) combined?", alt=(SY_APP, 74)),
        PS("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "沭阳县2025年“其他处理”三小项加总是多少"),
        PS("en", "sy", ["r.received.commercial", "r.received.legal_services"],
           "Shuyang County 2025: new requests from companies plus law firms, together", alt=(SY_REQ, 8)),
        PS("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
           "上海市府办2019年“本机关不掌握”这一行，自然人、商业企业、法律服务机构三栏加起来",
           alt=("无法提供265件", 265)),
        PS("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"],
           "Shanghai General Office 2019: petition/complaint-type requests not processed, individuals and businesses added up"),
        PS("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的和不掌握无法提供的，两项合计"),
        PS("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Hongze District 2023: 'not held' plus 'would need to be created', summed"),
        PS("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
           "洪泽区2023年：国家秘密、过程性信息、行政执法案卷这三种不予公开的加一块是几件"),
        PS("en", "kw", ["r.received.total", "r.carried_over.total"],
           "STCSM 2024: newly received requests plus those carried over from 2023 — how many in all?"),
        PS("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "上海市政府办公厅2025年不掌握的加上需要另行制作的，一共多少"),
        PS("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shanghai General Office 2025 — petition-type requests plus duplicate requests, both not processed; total?"),
        PS("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total",
                        "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                        "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
           "淮安市2024年不予公开下面1到8项，全部加起来多少件", "all eight 不予公开 rows"),
        PS("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total",
                        "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"],
           "Shuyang 2025: add up the five 不予处理 sub-rows for me", "five 不予处理 rows"),
        PS("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2024年行政许可、行政处罚、行政强制三类决定数加总"),
    ]


# ---------------------------------------------------------------- [combine] differences
def diffs():
    return [
        PD("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少"),
        PD("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's administrative penalty decisions from 2023 to 2024?"),
        PD("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费金额 2024年减2023年 差多少万元", unit="万元"),
        PD("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze: 'information not held' replies, 2024 vs 2023 — by how much did it change?"),
        PD("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定 从2023年到2024年变化了多少"),
        PD("en", "sh19", "sh25", "r.received.total", "Shanghai General Office: new disclosure requests in 2025 minus 2019?",
           alt=(SH25_REQ, 1295)),
        PD("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的申请，2025年和2019年相比增加多少件"),
        PD("en", "sh19", "sh25", "a.review.total", "How much did disclosure reconsiderations against the Shanghai General Office grow between 2019 and 2025?"),
        PD("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅自然人新收申请，2019年到2025年涨了多少"),
        PD("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits (未经复议直接起诉) — 2025 figure minus the 2019 figure"),
    ]


# ---------------------------------------------------------------- [rank]
def ranks():
    G3 = ["ha", "sy", "sh19"]
    return [
        PR("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
           "淮安市2024、沭阳县2025、上海市府办2019、涧西区2020，这四家谁新收的申请最多"),
        PR("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
           "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which carried the fewest requests into the next year?"),
        PR("zh", ["ha", "sy", "sh19"], "a.review.total", "asc",
           "淮安2024年、沭阳2025年、上海市政府办公厅2019年比一比，哪个信息公开行政复议最少"),
        PR("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc",
           "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023 by individuals told 'not held' — who's top?"),
        PR("zh", ["ha", "sy", "sh19", "hz23"], "r.not_processed.petition.natural_person", "desc",
           "信访类不予处理（自然人）：淮安2024、沭阳2025、上海市府办2019、洪泽2023 哪家最多"),
        PR("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
           "Which had the fewest direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, or Jianxi 2020?"),
        PR("zh", ["ha", "sy", "sh19", "jx"], "r.received.commercial", "desc",
           "商业企业新申请数，淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年，谁第一"),
        PR("en", G3, "r.carried_over.total", "desc",
           "Carried over from the year before: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — which is highest?"),
        PR("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
           "行政许可决定数，淮安市2024、沭阳县2025、洪泽区2023，哪个最多"),
        PR("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc",
           "Administrative fees collected — Huai'an 2024 vs Shuyang 2025 vs Hongze 2023: who collected the least?"),
        PR("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
           "现行有效行政规范性文件，淮安2024年、沭阳2025年、洪泽区2023年里哪家最少"),
        PR("en", ["ha", "sy", "sh19", "jx"], "r.granted.natural_person", "desc",
           "Fully granted individual requests: Huai'an 2024, Shuyang 2025, Shanghai GO 2019, Jianxi 2020 — which one leads?"),
        PR("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc",
           "淮安市2024、沭阳县2025和洪泽区2023三家，行政处罚决定数最少的是哪个"),
    ]


# ---------------------------------------------------------------- [textonly] narrative numbers
def narratives():
    return [
        PN("zh", "ha", "人民政府公报》6 期", 6, "期", "淮安市2024年出了几期市政府公报"),
        PN("en", "ha", "新闻发布会 12 场", 12, "场", "How many press conferences did Huai'an city hold in 2024 according to its disclosure report?"),
        PN("zh", "ha", "共计 95个", 95, "个", "淮安2024年全市在运维的政务新媒体有多少个"),
        PN("en", "ha", "全年组织 4 次", 4, "次", "Huai'an 2024: how many times did they run a full check of the info-disclosure columns?"),
        PN("zh", "ha", "3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）"),
        PN("en", "ha", "政策解读21 个", 21, "个", "number of policy explainers Huai'an produced in 2024 (text, pictures etc)"),
        PN("zh", "hz23", "1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        PN("en", "hz24", "2428 条", 2428, "条", "Hongze District 2024 — items of government info posted on the website?"),
        PN("zh", "hz24", "常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        PN("en", "hz24", "区政府办代表区政府受理政府信息公开申请 17 件", 17, "件",
           "The Hongze 2024 report says its district government office accepted some requests on behalf of the district government — how many does that sentence give?",
           "stated in the narrative only with this wording; the table's 新收 is 95"),
        PN("zh", "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条政府信息"),
        PN("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public comment collection were run on the county portal?"),
        PN("zh", "sy", "发布信息3044条", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条"),
        PN("en", "sy", "专栏33个", 33, "个", "How many new-media columns (专栏) did Shuyang County set up in 2025?"),
        PN("zh", "sy", "推送系列原创短视频1113个", 1113, "个", "沭阳县2025年推送原创短视频多少个"),
        PN("en", "sy", "爆款内容52条", 52, "条", "Shuyang 2025: how many pieces of content went viral that year?"),
        PN("zh", "sy", "催办提示 84 次", 84, "次", "沭阳那个依申请倒计时报警器，2025年一共发了几次催办提示"),
        PN("en", "sy", "办前主动沟通 49 次", 49, "次", "Shuyang County in 2025 — how many times did staff reach out to applicants before handling their request?"),
        PN("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接"),
        PN("en", "sy", "过期信息697条", 697, "条", "Shuyang 2025: outdated items cleaned off the government site?"),
        PN("zh", "sy", "全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        PN("en", "sy", "化解各类争议纠纷 33 件", 33, "件", "In 2025 Shuyang says pre-handling contact helped resolve how many disputes?"),
        PN("zh", "kw", "当年发布政府信息 393 件", 393, "件", "上海市科委2024年通过部门网站发布政府信息多少件"),
        PN("en", "kw", "关注人数达 1016823 人", 1016823, "人", "STCSM 2024: how many followers does the 上海科技 WeChat account have?"),
        PN("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了多少场"),
        PN("en", "kw", "主合办政协提案 85 件", 85, "件", "Shanghai science commission 2024: CPPCC proposals it handled as lead or co-handler?"),
        PN("zh", "kw", "原创文章 294篇", 294, "篇", "“上海科技”微信公众号2024年原创文章几篇"),
        PN("en", "kw", "集成式发布政策 121 条", 121, "条", "STCSM in 2024 — how many policies were pushed out through the integrated batch release?"),
        PN("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会（按市府办年报）"),
        PN("en", "sh25", "主动撤回 157 件", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their request themselves?"),
        PN("zh", "sh25", "覆盖 10 个语种", 10, "个", "2025年上海国际服务门户覆盖了几个语种"),
        PN("en", "sh25", "公开属性审查 166 件", 166, "件", "Shanghai General Office 2025: documents reviewed for their disclosure attribute (公开属性审查)?"),
        PN("zh", "sh25", "共发布各类信息 13528 条", 13528, "条", "上海国际服务门户2025年一共发了多少条信息"),
        PN("en", "sh19", "政策解读共132件", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the China Shanghai portal?"),
        PN("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次"),
        PN("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019, per the General Office report?"),
        PN("zh", "sh19", "回落12.3%", 12.3, "%", "上海市府办2019年申请量比上一年回落了百分之多少"),
        PN("en", "jx", "601项事项", 601, "项", "Jianxi district office 2020: how many items were mapped across the 21 fields?"),
        PN("zh", "jx", "办结率88.2%", 88.2, "%", "涧西区政府办2020年依申请公开的办结率是多少"),
        PN("en", "sh19", "人事任免文件141件", 141, "件", "Shanghai General Office 2019 — personnel appointment and removal documents made public?"),
    ]


# ---------------------------------------------------------------- [cannot]
def cannots():
    return [
        PU("zh", "淮安市2024年的信息公开申请里，男的女的各多少人", "no sex breakdown of applicants"),
        PU("en", "Huai'an 2024 disclosure requests broken down by month?", "no monthly breakdown"),
        PU("zh", "沭阳县2025年每个乡镇各收了多少信息公开申请", "no township breakdown"),
        PU("en", "What share of Shuyang's 2025 requesters were over 60 years old?", "no age breakdown"),
        PU("zh", "洪泽区2023年申请里有多少是通过网上提交的、多少是信函", "no channel breakdown"),
        PU("en", "Shanghai General Office 2025: how many requests were about housing demolition compensation?", "no topic breakdown"),
        PU("zh", "上海市府办2019年平均多少个工作日答复一件申请", "no response times"),
        PU("en", "How many staff work on information disclosure at the Huai'an city government in 2024?", "no staff count"),
        PU("zh", "淮安市2022年政府信息公开年报里新收申请多少件", "year not in the corpus (淮安 2022)"),
        PU("en", "Nanjing city government 2024 — how many disclosure requests did it receive?", "body not in the corpus (南京市)"),
        PU("zh", "宿迁市人民政府2025年行政复议多少件", "body not in the corpus (宿迁市)"),
        PU("en", "Hongze District 2022 annual report: administrative licensing decisions?", "year not in the corpus (洪泽 2022)"),
        PU("zh", "上海市科委2023年收了多少申请", "year not in the corpus (上海科委 2023)"),
        PU("en", "Jianxi District 2021: how many requests were received?", "year not in the corpus (涧西 2021)"),
        PU("zh", "浦东新区2024年信息公开申请数量是多少", "body not in the corpus (浦东新区)"),
        PU("en", "Predict how many disclosure requests Huai'an will get in 2026.", "forecast"),
        PU("zh", "你估计沭阳县2026年的行政复议会不会比2025年多", "forecast"),
        PU("en", "Is the Shanghai General Office's 2025 disclosure work good or bad in your opinion?", "opinion"),
        PU("zh", "你觉得淮安市政府2024年信息公开做得怎么样，打个分", "opinion"),
        PU("zh", "我2025年3月给沭阳县政府交了一份申请，编号我忘了，现在办到哪一步了", "one person's own case"),
        PU("en", "I filed a request with the Shanghai General Office in 2025 about my father's pension — was mine one of the ones refused?", "one person's own case"),
        PU("zh", "淮安2024年那几个打官司的申请人叫什么名字、电话多少", "personal data"),
        PU("en", "Give me the names of the people who asked Hongze District for information in 2024.", "personal data"),
        PU("zh", "上海市科委2024年行政复议那1件是谁申请的，申请了什么", "personal data / case details not stated",
           "the '1' is in the question; no answer number"),
        PU("en", "Shuyang 2025: how much did the county spend on running the information-disclosure office?", "no costs stated"),
        PU("zh", "洪泽区2024年申请为什么比2023年多那么多，原因是什么", "cause not stated"),
        PU("en", "Huai'an 2024: how many of the 3119 requests came from residents of other provinces?", "no residence breakdown"),
        PU("zh", "上海市政府办公厅2025年各个委办局分别收了多少申请", "no department breakdown"),
        PU("en", "Shuyang 2025 — requests from companies, split by industry?", "no industry breakdown"),
        PU("zh", "淮安市2024年第三季度收了多少件申请", "no quarter breakdown"),
        PU("en", "Shanghai General Office 2019: how many requests came in by email vs in person?", "no channel breakdown"),
        PU("zh", "清江浦区2024年政府信息公开申请有几件", "body not in the corpus (清江浦区)"),
        PU("en", "What was Shuyang County's 2024 count of new disclosure requests?", "year not in the corpus (沭阳 2024)"),
        PU("zh", "上海市政府办公厅2022年年报里行政复议多少件", "year not in the corpus (上海市府办 2022)"),
        PU("en", "Jianxi district office 2020: how many of the 17 requests were about land acquisition?", "no topic breakdown"),
        PU("zh", "洪泽区2023年处理一件申请平均花了多少钱", "no costs stated"),
        PU("en", "Will the Shanghai science commission get more disclosure requests in 2025 than in 2024?", "forecast"),
        PU("zh", "涧西区2020年依申请公开里，有几件是外地人申请的", "no residence breakdown"),
        PU("en", "Huai'an 2024: which city departments got the most disclosure requests, and how many each?", "no department breakdown"),
    ]


# ---------------------------------------------------------------- [followup]
def followups():
    return [
        PF("zh", [("淮安市2024年予以公开的申请多少件", E("ha", "r.granted.total")),
                  ("那部分公开呢", E("ha", "r.partially_granted.total"))], "row switch"),
        PF("en", [("Hongze District 2023 administrative licensing decisions?", E("hz23", "c.licensing.decisions")),
                  ("and 2024?", E("hz24", "c.licensing.decisions"))], "year switch hz23 -> hz24"),
        PF("zh", [("沭阳县2025年行政复议总共几件", E("sy", "a.review.total")),
                  ("其中结果维持的呢", E("sy", "a.review.upheld")),
                  ("被纠正的有几件", E("sy", "a.review.corrected"))], "outcome switch within reconsideration"),
        PF("en", [("Shanghai General Office 2019, new requests from individuals?", E("sh19", "r.received.natural_person")),
                  ("Same thing for 2025?", E("sh25", "r.received.natural_person"))], "year switch sh19 -> sh25"),
        PF("zh", [("上海市府办2025年结转下年度继续办理多少件", E("sh25", "r.carried_forward.total")),
                  ("2019年这个数是多少", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72)))], "year switch back"),
        PF("en", [("Huai'an 2024: how many requests were refused as state secrets?", E("ha", "r.withheld.state_secret.total")),
                  ("ok and the ones blocked by other laws/regulations (其他法律行政法规禁止公开)?", E("ha", "r.withheld.prohibited_by_law.total"))],
           "row switch within 不予公开"),
        PF("zh", [("洪泽区2023年行政处罚决定多少", E("hz23", "c.punishment.decisions")),
                  ("24年呢", E("hz24", "c.punishment.decisions"))], "year switch, two-digit year"),
        PF("en", [("Shuyang 2025, direct lawsuits total?", E("sy", "a.litigation_direct.total")),
                  ("Huai'an 2024 for the same?", E("ha", "a.litigation_direct.total"))], "body switch"),
        PF("zh", [("淮安2024年行政复议结果维持的有多少", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                  ("直接起诉的诉讼里维持的呢", E("ha", "a.litigation_direct.upheld")),
                  ("复议后再起诉的维持呢", E("ha", "a.litigation_after_review.upheld"))], "appeals group switch"),
        PF("en", [("STCSM 2024: new requests from businesses?", E("kw", "r.received.commercial")),
                  ("same agency, same year, from private persons?", E("kw", "r.received.natural_person"))], "column switch"),
        PF("zh", [("涧西区政府办2020年自然人新收申请几件", E("jx", "r.received.natural_person")),
                  ("其中不掌握无法提供的几件", E("jx", "r.unable.not_held.natural_person"))], "row switch"),
        PF("en", [("Shanghai General Office 2025 reconsiderations — total?", E("sh25", "a.review.total")),
                  ("what about 2019", E("sh19", "a.review.total", alt=(SH19_APP, 7)))], "year switch"),
        PF("zh", [("沭阳县2025年本年新收申请里自然人多少", E("sy", "r.received.natural_person")),
                  ("商业企业呢", E("sy", "r.received.commercial")),
                  ("法律服务机构呢", E("sy", "r.received.legal_services"))], "column switch x2"),
        PF("en", [("Huai'an 2024: current normative documents in force?", E("ha", "c.normative_docs.in_force")),
                  ("Shuyang 2025?", E("sy", "c.normative_docs.in_force"))], "body and year switch"),
        PF("zh", [("洪泽区2023年行政事业性收费金额多少万元", E("hz23", "c.fees.amount", unit="万元")),
                  ("2024年的呢", E("hz24", "c.fees.amount", unit="万元"))], "year switch, money"),
        PF("en", [("Shanghai General Office 2019: how many regulations were newly made?", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
                  ("and normative documents newly made that year?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60)))], "row switch in table 二"),
        PF("zh", [("淮安市2024年因为申请人逾期不补正就不再处理的有几件", E("ha", "r.other.overdue_correction.total")),
                  ("沭阳县2025年这一项呢", E("sy", "r.other.overdue_correction.total"))], "body and year switch"),
        PF("en", [("Jianxi District 2020 reconsideration cases, total?", E("jx", "a.review.total")),
                  ("and direct lawsuits?", E("jx", "a.litigation_direct.total"))], "appeals group switch"),
        PF("zh", [("上海市科委2024年予以公开多少件", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
                  ("上海市府办2025年呢", E("sh25", "r.granted.total"))], "body and year switch"),
        PF("en", [("Hongze 2024: direct lawsuits?", E("hz24", "a.litigation_direct.total")),
                  ("and lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "appeals group switch"),
        PF("zh", [("淮安市2024年个人新提交的申请多少件", E("ha", "r.received.natural_person")),
                  ("上年结转过来的个人申请呢", E("ha", "r.carried_over.natural_person", alt=(HA_REQ, 34))),
                  ("结转到下年的个人的呢", E("ha", "r.carried_forward.natural_person", alt=(HA_REQ, 103)))], "row switch x2"),
        PF("en", [("Shuyang County 2025 administrative penalty decisions?", E("sy", "c.punishment.decisions")),
                  ("coercion decisions?", E("sy", "c.coercion.decisions"))], "row switch in table 二"),
        PF("zh", [("上海市府办2025年信访举报投诉类不予处理几件", E("sh25", "r.not_processed.petition.total")),
                  ("重复申请的呢", E("sh25", "r.not_processed.duplicate.total"))], "row switch"),
        PF("en", [("Huai'an 2024 — lawsuits filed after reconsideration: total?", E("ha", "a.litigation_after_review.total")),
                  ("how many of those are still pending", E("ha", "a.litigation_after_review.pending"))], "outcome switch"),
        PF("zh", [("洪泽区2024年现行有效行政规范性文件多少件", E("hz24", "c.normative_docs.in_force")),
                  ("2023年呢", E("hz23", "c.normative_docs.in_force"))], "year switch"),
        PF("en", [("Shuyang 2025: requests withheld to protect third parties?", E("sy", "r.withheld.third_party.total")),
                  ("those withheld as enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], "row switch"),
        PF("zh", [("上海市政府办公厅2025年直接起诉的行政诉讼多少件", E("sh25", "a.litigation_direct.total")),
                  ("还没审结的有几件", E("sh25", "a.litigation_direct.pending"))], "outcome switch"),
        PF("en", [("Huai'an 2024 licensing decisions (行政许可)?", E("ha", "c.licensing.decisions")),
                  ("and administrative penalties?", E("ha", "c.punishment.decisions"))], "row switch"),
        PF("zh", [("涧西区2020年规范性文件对外公开总数量多少", E("jx", "c.normative_docs.total_published")),
                  ("上海市府办2019年这个数呢", E("sh19", "c.normative_docs.total_published"))], "body and year switch"),
        PF("en", [("Shanghai General Office 2025: carried over from the year before, from legal service providers?", E("sh25", "r.carried_over.legal_services")),
                  ("and from individuals?", E("sh25", "r.carried_over.natural_person"))], "column switch"),
        PF("zh", [("沭阳县2025年无法提供里需要另行制作的有几件", E("sy", "r.unable.needs_creation.total")),
                  ("淮安2024年呢", E("ha", "r.unable.needs_creation.total"))], "body and year switch"),
        PF("en", [("Hongze 2023: disclosure requests withheld as process information?", E("hz23", "r.withheld.process_info.total")),
                  ("Shuyang 2025 the same row?", E("sy", "r.withheld.process_info.total"))], "body and year switch"),
        PF("zh", [("上海市府办2019年政府集中采购金额多少", E("sh19", "c.procurement.amount", unit="万元")),
                  ("涧西区政府办2020年呢", E("jx", "c.procurement.amount", unit="万元"))], "body and year switch, money"),
        PF("en", [("STCSM 2024 licensing decisions?", E("kw", "c.licensing.decisions")),
                  ("and penalty decisions?", E("kw", "c.punishment.decisions"))], "row switch"),
        PF("zh", [("淮安市2024年其他处理里“其他”那一项多少", E("ha", "r.other.other.total")),
                  ("自然人那一栏呢", E("ha", "r.other.other.natural_person"))], "column switch"),
        PF("en", [("Shuyang 2025: requests carried forward to 2026?", E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31))),
                  ("and the ones carried over from 2024?", E("sy", "r.carried_over.total"))], "row switch (neighbour)"),
        PF("zh", [("洪泽区2023年结果纠正的行政复议几件", E("hz23", "a.review.corrected")),
                  ("复议后起诉结果维持的呢", E("hz23", "a.litigation_after_review.upheld"))], "appeals group switch"),
        PF("en", [("Shanghai General Office 2019 — requests withheld as administrative inquiries, individuals?", E("sh19", "r.withheld.admin_query.natural_person")),
                  ("businesses?", E("sh19", "r.withheld.admin_query.commercial"))], "column switch"),
        PF("zh", [("淮安2024年信访举报投诉类不予处理的自然人多少", E("ha", "r.not_processed.petition.natural_person")),
                  ("那企业申请的这一类呢", E("ha", "r.not_processed.petition.commercial")),
                  ("上海市府办2019年自然人这一格呢", E("sh19", "r.not_processed.petition.natural_person"))], "column then body switch"),
    ]


def CONVERSATIONS():
    return plain() + traps() + sums() + diffs() + ranks() + narratives() + cannots() + followups()
