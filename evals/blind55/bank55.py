"""Question bank of blind evaluation set 55 (evals/blind55).

WARNING: holds the text of every test question: as frozen as test.jsonl.

Every wording was newly written for this set. The bank only names bodies, keys, keywords and
the wording; every number is computed by helpers55 (gold JSON, printed text cells, sentences).
Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib55 as L  # noqa: E402
from helpers55 import E, EN, ED, V, S, N, U, D, R, T, F  # noqa: E402,F401

# Printed cells of the three reports without gold: the same specs blind6 verified
# (copied from evals/blind6/text_cells.json), nothing new.
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

# text statements that agree with a table cell (keyword that finds the sentence, number)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "其中结果维持"
SH19_REQ = "代表市政府共受理"
SH19_ACT = "主动公开规章13件"
SH25_REQ = "市政府共受理政府信息公开申请"
SH19_APP = "信息公开类行政复议7件"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "同意公开答复"
JX_REQ = "全年共收到依申请公开"
SY_REQ = "其中自然人申请"
HZ23_REQ = "全区受理政府信息公开申请"
WAN = {"unit": "万元"}


def pv(lang, b, keys, q, note="", **kw):
    return V(lang, b, keys, q, "[plain] " + (note or "table value"), **kw)


def cs(lang, b, keys, q, note="", **kw):
    return S(lang, b, keys, q, "[combine] sum: " + (note or "listed cells of one report"), **kw)


def cd(lang, b1, b2, keys, q, note="", **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference: " + (note or "later year minus earlier"), **kw)


def rk(lang, bodies, keys, order, q, note=""):
    return R(lang, bodies, keys, order, q, "[rank] " + (note or "gold bodies, each in its gold year"))


def tx(lang, b, keyword, value, unit, q, note="", frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + (note or "number only the narrative states"), frm)


def no(lang, q, why, note=""):
    return U(lang, q, why, "[cannot] " + (note or why))


def tr(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def fu(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def plain():
    return [
        # ---- zh
        pv("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件政府信息公开申请", "受理 text=table",
           alt=(HA_REQ, 3119)),
        pv("zh", "ha", "r.unable.not_held.total", "淮安24年 回复说自己不掌握这个信息的 有几件啊"),
        pv("zh", "ha", "r.withheld.admin_query.total",
           "我是做课题的学生，想引一下淮安市2024年报里“不予公开”下面“属于行政查询事项”那一格，数字是？"),
        pv("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请因为其实是信访举报投诉，被政府不予处理？"),
        pv("zh", "ha", "c.normative_docs.repealed", "淮安市政府 二〇二四年 废止了几件行政规范性文件"),
        pv("zh", "ha", "c.fees.amount", "淮安2024行政事业性收费金额多少万", **WAN),
        pv("zh", "ha", "a.review.corrected", "您好，这边是12345热线，来电市民问淮安市2024年信息公开方面的行政复议里被纠正的有多少件",
           "复议纠正 text=table", alt=(HA_APP, 64)),
        pv("zh", "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构递交的公开申请新收了几件"),
        pv("zh", "ha", "r.other.overdue_correction.total",
           "申请人接到补正通知后一直没补材料、超过期限的，淮安市2024年年报里记了多少件"),
        pv("zh", "ha", "r.withheld.third_party.total", "淮安市2024年因为会损害第三方合法权益没公开的申请有几件"),
        pv("zh", "hz23", "r.received.total", "洪泽区2023年收到的依申请公开一共几件", "受理 text=table",
           alt=(HZ23_REQ, 21)),
        pv("zh", "hz23", "c.licensing.decisions", "洪泽23年 行政许可决订数量多少"),
        pv("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请有多少件？"),
        pv("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请是因为要另外制作信息才给不了的"),
        pv("zh", "hz23", "c.punishment.decisions", "我爸在洪泽开小饭店被罚过款，好奇一下洪泽区2023年全区行政处罚决定一共做了多少个"),
        pv("zh", "hz24", "c.licensing.decisions", "洪泽区2024年年报第二部分里行政许可那行的处理决定数是多少"),
        pv("zh", "hz24", "r.granted.total", "洪泽2024年 直接予以公开的申请几件"),
        pv("zh", "hz24", "c.coercion.decisions", "想了解下洪泽区二〇二四年全年行政强制决定有多少"),
        pv("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请是多少（表里那一行，不含上年结转过来的）",
           "table 新收 713; text 749 includes 上年结转, so not ambiguous"),
        pv("zh", "sy", "r.granted.total", "我去帮邻居查过沭阳县政府的信息，想问2025年整年沭阳给了“予以公开”答复的申请总共多少件"),
        pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 属于内部事务信息不予公开的 几件 急"),
        pv("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件有多少件"),
        pv("zh", "sy", "r.other.other.total", "我在核对表三：沭阳县2025年“（六）其他处理”底下第3小项“其他”，总计那一格填的是？"),
        pv("zh", "sy", "a.review.pending", "沭阳县25年因信息公开被申请复议、到年底还没审结的有几件"),
        pv("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织提的申请有几件", "法人或其他组织 text=table",
           alt=(SY_REQ, 8)),
        pv("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制的决定数量"),
        pv("zh", "sh19", "r.received.total", "上海市政府办公厅2019年一共受理了多少政府信息公开申请", "受理 text=table",
           alt=(SH19_REQ, 859)),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人递交、结果被认定为信访举报投诉而不处理的申请数"),
        pv("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购金额是多少万元", **WAN),
        pv("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报里，对外公开的规章总数一共多少件"),
        pv("zh", "sh19", "r.unable.unclear.natural_person", "市府办公厅2019年自然人申请里因为申请内容不明确没法提供的有几件"),
        pv("zh", "sh19", "a.litigation_direct.pending", "上海市政府办公厅2019年未经复议直接起诉的案子还有几件没审结"),
        pv("zh", "sh25", "r.unable.not_held.total", "12345这边转一个来电：市民想知道上海市政府办公厅2025年答复“本机关不掌握相关政府信息”的一共多少件"),
        pv("zh", "sh25", "r.received.commercial", "上海市府办 2025 来自company（商业企业）的新申请 多少件"),
        pv("zh", "sh25", "r.carried_forward.total", "上海市府办2025年转到下一年继续办的申请有多少"),
        pv("zh", "sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的行政诉讼里尚未审结的是几件"),
        pv("zh", "sh25", "r.not_processed.duplicate.total", "市府办公厅二〇二五年重复申请不予处理的数字"),
        pv("zh", "kw", "r.received.natural_person", "上海市科委2024年自然人新提交的信息公开申请是多少件"),
        pv("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件 数量"),
        pv("zh", "kw", "r.granted.total", "我是记者，核对一下：上海市科委2024年予以公开的申请是9件吗？", "同意公开 text=table",
           alt=(KW_OUT, 9)),
        pv("zh", "kw", "c.licensing.decisions", "上海科委24年行政许可做了多少个决定"),
        pv("zh", "jx", "r.received.total", "涧西区政府办2020年共收到多少件信息公开申请", "17 text=table",
           alt=(JX_REQ, 17)),
        pv("zh", "jx", "c.procurement.projects", "涧西区政府办公室2020年政府集中采购项目有几个"),
        pv("zh", "jx", "r.unable.not_held.total", "涧西2020年答复本机关不掌握de申请多少"),
        pv("zh", "jx", "c.normative_docs.total_published", "涧西区政府办2020年对外公开的规范性文件总数"),
        pv("zh", "ha", "r.partially_granted.natural_person", "淮安市2024年个人申请里最后只公开了一部分的有几件"),
        # ---- en
        pv("en", "ha", "r.total_processed.total", "How many requests did Huai'an close out in 2024 in total?",
           "答复 text=table", alt=(HA_REQ, 3050)),
        pv("en", "ha", "r.carried_forward.total", "huaian 2024 how many requests rolled over into the next year",
           "顺延 text=table", alt=(HA_REQ, 103)),
        pv("en", "ha", "c.licensing.decisions", "Number of administrative licensing decisions (行政许可) by Huai'an city in 2024?"),
        pv("en", "ha", "r.withheld.state_secret.total", "In 2024, how many Huai'an requests were refused because the info was a state secret?"),
        pv("en", "ha", "a.litigation_direct.upheld",
           "For Huaian 2024, lawsuits filed straight in court without review first: how many ended with the government upheld?"),
        pv("en", "ha", "r.received.commercial", "how many disclosure requests came from businesses to Huai'an city gov in 2024"),
        pv("en", "ha", "r.unable.needs_creation.total",
           "Huai'an, FY2024: requests turned down because answering would need creating new information?"),
        pv("en", "ha", "c.regulations.issued", "How many municipal rules (规章) did Huai'an issue in 2024?"),
        pv("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024 — people who asked the same thing again and were not processed (重复申请), how many?"),
        pv("en", "ha", "a.litigation_after_review.pending",
           "I am writing a story on Huai'an. In 2024, suits brought after an administrative review, how many were still pending at year end?"),
        pv("en", "hz23", "c.fees.amount", "Hongze District 2023 administrative fees collected, in 10k yuan?", **WAN),
        pv("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023 how much request is refuse because it is state secret?"),
        pv("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?"),
        pv("en", "hz23", "r.unable.not_held.total", "hongze district 2023 requests where govt said it does not hold the info"),
        pv("en", "hz24", "c.punishment.decisions", "Hongze District, 2024: number of administrative penalty decisions?"),
        pv("en", "hz24", "a.review.total", "How many administrative reviews over disclosure did Hongze District face in 2024?"),
        pv("en", "hz24", "c.fees.amount", "What did Hongze District take in from administrative fees in 2024 (万元)?", **WAN),
        pv("en", "hz24", "r.unable.not_held.total",
           "Hongze 2024, the table row 'this agency does not hold the information' (本机关不掌握) — total?"),
        pv("en", "sy", "r.received.natural_person",
           "Shuyang County 2025: new requests by private individuals in the table, not counting ones carried over?",
           "table 705; text 741 includes carry-over"),
        pv("en", "sy", "r.unable.not_held.total", "Shuyang 2025 how many time they answer we dont have this informations"),
        pv("en", "sy", "c.licensing.decisions", "Licensing decisions made by Shuyang County in 2025?"),
        pv("en", "sy", "a.review.corrected", "Shuyang County 2025, administrative reviews on disclosure where the decision got corrected?"),
        pv("en", "sy", "r.carried_over.total", "How many requests did Shuyang carry in from the year before, per its 2025 report?"),
        pv("en", "sy", "r.other.overdue_fee.total",
           "In Shuyang's 2025 report, applicants who did not pay the fee in time — how many requests?"),
        pv("en", "sy", "c.fees.amount", "shuyang county 2025 admin fee revenue (行政事业性收费) amount", **WAN),
        pv("en", "sy", "r.withheld.enforcement_files.total",
           "Shuyang 2025: requests withheld because they were law-enforcement case files?"),
        pv("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019: how many requests answered in total?",
           "答复 text=table", alt=(SH19_REQ, 805)),
        pv("en", "sh19", "c.normative_docs.made", "Shanghai General Office in 2019 — normative documents drafted/made, number?",
           "规范性文件 text=table", alt=(SH19_ACT, 60)),
        pv("en", "sh19", "r.unable.needs_creation.natural_person",
           "From individuals, Shanghai General Office 2019: how many requests could not be met because new info would have to be produced?"),
        pv("en", "sh19", "c.procurement.projects", "How many government procurement projects did Shanghai's General Office list for 2019?"),
        pv("en", "sh19", "r.withheld.admin_query.natural_person",
           "Shanghai General Office 2019, individuals' requests refused since they were really just administrative inquiries (行政查询事项)?"),
        pv("en", "sh25", "r.received.total", "Shanghai General Office 2025 new requests received?", "受理 text=table",
           alt=(SH25_REQ, 1295)),
        pv("en", "sh25", "r.granted.total", "How many requests were fully granted by Shanghai's General Office in 2025?"),
        pv("en", "sh25", "r.unable.needs_creation.total",
           "Shanghai General Office 2025: requests declined since the info would have to be newly compiled?"),
        pv("en", "sh25", "a.litigation_after_review.total",
           "In 2025, how many suits came after administrative review against the Shanghai General Office?"),
        pv("en", "sh25", "r.carried_over.natural_person", "Shanghai General Office 2025 carry-over requests from individuals?"),
        pv("en", "kw", "r.received.total", "STCSM 2024 how many disclosure applications received", "34 text=table",
           alt=(KW_REQ, 34)),
        pv("en", "kw", "c.normative_docs.issued", "Shanghai science commission: normative documents issued in 2024 per the table?"),
        pv("en", "kw", "r.received.commercial", "Shanghai science commission 2024 — requests from companies?"),
        pv("en", "kw", "c.punishment.decisions", "did the Shanghai Science and Technology Commission make any penalty decisions in 2024? number pls"),
        pv("en", "jx", "c.procurement.amount", "Jianxi District office 2020 procurement amount (万元)?", **WAN),
        pv("en", "jx", "r.granted.total", "For a class paper: Jianxi District government office, 2020 — requests granted in full (予以公开)?"),
        pv("en", "jx", "r.carried_forward.total", "Jianxi 2020 requests still being handled at year end", "在办 2 text=table",
           alt=(JX_REQ, 2)),
        pv("en", "jx", "c.normative_docs.made", "In 2020 how many normative documents did Jianxi District Government Office make?"),
        pv("en", "ha", "r.other.other.total", "Huai'an 2024 — the 'other' line under other handling, what is its total?"),
    ]


def combine():
    return [
        cs("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件"),
        cs("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "沭阳县2025年“无法提供”三小项加起来是多少"),
        cs("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "淮安2024年复议、直接起诉、复议后起诉三类案件一共多少件"),
        cs("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2023年行政许可、行政处罚、行政强制的决定数合计"),
        cs("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "上海市府办2025年信访类和重复申请这两种不予处理的加起来几件"),
        cs("zh", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                        "r.withheld.security_stability.total", "r.withheld.third_party.total",
                        "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                        "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
           "沭阳县2025年不予公开的八个小类全部加总是多少件"),
        cs("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person",
                          "r.unable.unclear.natural_person"],
           "上海市政府办公厅2019年自然人那一列，无法提供的三项加起来"),
        cs("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "洪泽区2024年许可和处罚两类决定合起来多少"),
        cs("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"],
           "Huai'an 2024: individuals' new requests plus the ones carried over from individuals, combined?"),
        cs("en", "sy", ["a.review.upheld", "a.review.corrected"],
           "Shuyang 2025 admin reviews: upheld plus corrected, total?"),
        cs("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "Add up all three 'other handling' rows for Huai'an 2024."),
        cs("en", "sh25", ["r.received.total", "r.carried_over.total"],
           "Shanghai General Office 2025: new requests + carried over from before, sum?"),
        cs("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi District 2020 — reviews and both kinds of lawsuits about disclosure, all together?"),
        cs("en", "kw", ["r.received.total", "r.carried_over.total"],
           "STCSM 2024 new applications plus carried-over ones, how many in all?"),
        cs("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                          "r.withheld.enforcement_files.total"],
           "Hongze 2023: withheld as state secret, as process info and as enforcement files - sum of the three"),
        cs("en", "ha", ["c.normative_docs.issued", "c.normative_docs.repealed"],
           "Huaian 2024 normative documents issued plus repealed = ?"),
        cd("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少"),
        cd("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费 2024年相比2023年变化了多少万元", **WAN),
        cd("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请，从2019年到2025年增加了多少件"),
        cd("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请数，2025年减去2019年是多少"),
        cd("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定2023年到2024年差了多少个"),
        cd("en", "sh19", "sh25", "a.review.total", "Shanghai General Office admin reviews: 2025 vs 2019, how much higher?"),
        cd("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions, change from 2023 to 2024?"),
        cd("en", "sh19", "sh25", "r.received.natural_person",
           "By how many did individual requests to Shanghai General Office change between 2019 and 2025?"),
        cd("en", "hz23", "hz24", "r.unable.not_held.total",
           "Hongze: 'does not hold the information' answers, 2024 minus 2023?"),
        cd("en", "sh19", "sh25", "a.litigation_direct.total",
           "Direct lawsuits against the Shanghai General Office, 2019 → 2025 difference?"),
    ]


GOLD5 = ["jx", "ha", "hz23", "sy", "sh19"]


def ranking():
    return [
        rk("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "淮安市2024、沭阳县2025、上海市府办2019，谁新收的申请最多"),
        rk("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
           "涧西区政府办2020年、洪泽区2023年、沭阳县2025年，哪个收到的申请最少"),
        rk("zh", ["ha", "sy", "jx", "sh19"], "a.review.total", "desc",
           "比一下行政复议数量：淮安2024、沭阳2025、涧西2020、上海市政府办公厅2019，最多的是哪家"),
        rk("zh", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "asc",
           "自然人申请中“本机关不掌握”最少的是哪一个：淮安市2024年、沭阳县2025年、上海市府办2019年"),
        rk("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
           "行政处罚决定数排第一的是谁？淮安2024，沭阳2025，洪泽2023"),
        rk("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc",
           "结转下年度的申请，淮安市2024、沭阳县2025、上海市府办2019、涧西区2020里谁最少"),
        rk("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
           "直接提起行政诉讼的案件哪家最多：淮安市(2024)、沭阳县(2025)、上海市政府办公厅(2019)"),
        rk("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
           "Among Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, who set aside the most individual requests as petitions/complaints?"),
        rk("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc",
           "Fewest licensing decisions: Huai'an (2024), Shuyang (2025) or Hongze District (2023)?"),
        rk("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc",
           "Rank by requests processed in total: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which is top?"),
        rk("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc",
           "Which got the fewest requests from businesses: Huai'an 2024, Shuyang County 2025, Shanghai General Office 2019?"),
        rk("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "desc",
           "Most administrative coercion decisions — Huai'an 2024, Shuyang 2025, Hongze 2023?"),
        rk("en", ["jx", "hz23", "sy", "ha"], "r.unable.not_held.total", "desc",
           "which one said 'info not held' the most: Jianxi 2020, Hongze 2023, Shuyang 2025, Huai'an 2024"),
    ]


def textonly():
    return [
        tx("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会"),
        tx("zh", "ha", "全市在运维政务新媒体", 95, "个", "淮安2024年底在运维的政务新媒体账号有多少个"),
        tx("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）",
           "信息处理费 in 元, not the table's 行政事业性收费"),
        tx("zh", "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
        tx("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        tx("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年网站平台主动发布的政府信息条数"),
        tx("zh", "sy", "开展意见征集", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集"),
        tx("zh", "sy", "全年发出催办提示", 84, "次", "我在县里上班，听说沭阳2025年搞了个倒计时报警器，全年发了多少次催办提示"),
        tx("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息"),
        tx("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站整改失效链接多少处"),
        tx("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有几家"),
        tx("zh", "sy", "全县行政机关在办理2025年度信息公开申请中收取信息处理费", 380, "元",
           "沭阳县2025年办理信息公开申请一共收了多少信息处理费"),
        tx("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳县2025年办前主动沟通开展了几次"),
        tx("zh", "sh25", "召开市政府新闻发布会", 42, "场", "看上海市府办2025年的年报，市政府一年开了多少场新闻发布会", frm="召开"),
        tx("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有几件"),
        tx("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "上海市政府办公厅2025年报说《上海市人民政府公报》编了几期"),
        tx("zh", "sh19", "发布政策解读共", 132, "件", "上海市政府办公厅2019年门户网站发布政策解读多少件"),
        tx("zh", "sh19", "进行权威发布共计", 38, "次", "2019年上海市府办对常务会议重要议题权威发布了几次"),
        tx("zh", "kw", "直播", 118, "场", "上海科委2024年视频号直播了多少场", frm="“上海科技”视频号"),
        tx("zh", "jx", "全年共收到依申请公开", 88.2, "%", "涧西区政府办2020年依申请公开的办结率是多少"),
        tx("en", "ha", "全覆盖检查", 4, "次",
           "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?"),
        tx("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024: how many policy-interpretation items were released?"),
        tx("en", "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条",
           "Shuyang County 2025, items proactively published through the county portal?"),
        tx("en", "sy", "策采相关新闻稿件", 1113, "个", "How many original short videos did Shuyang's new media push in 2025?"),
        tx("en", "sy", "成功推动化解各类争议纠纷", 33, "件",
           "Shuyang 2025 — disputes resolved thanks to talking with applicants before handling?"),
        tx("en", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条",
           "In 2025 how many items did Shuyang county departments post on their disclosure pages?"),
        tx("en", "sy", "全年累计发布解读类信息", 21, "条", "shuyang 2025 number of policy interpretation posts released"),
        tx("en", "sh25", "新闻通气会", 19, "场", "How many press briefings (新闻通气会) did the Shanghai government hold in 2025?",
           frm="召开"),
        tx("en", "sh25", "公文公开属性审查", 166, "件",
           "Shanghai General Office 2025: number of documents given a disclosure-attribute review?"),
        tx("en", "sh25", "人事任免文件", 196, "件", "Per the Shanghai General Office 2025 report, how many personnel appointment documents (人事任免文件) were made public?"),
        tx("en", "sh25", "16 个区全部上线数字公报", 16, "个",
           "How many Shanghai districts had digital gazettes online according to the 2025 General Office report?"),
        tx("en", "sh19", "统一受理平台接入", 2261, "项",
           "Shanghai 2019: how many service items were connected to the unified acceptance platform?"),
        tx("en", "sh19", "正常运行状态的70家政府网站", 70, "家",
           "Shanghai General Office 2019 report — how many government websites were checked each quarter?"),
        tx("en", "sh19", "部门规范性文件45件", 45, "件",
           "In 2019, how many departmental normative documents did the Shanghai gazette carry?"),
        tx("en", "kw", "关注人数达", 1016823, "人", "How many followers did the Shanghai Science WeChat account have in the 2024 report?"),
        tx("en", "kw", "其中原创文章", 294, "篇", "STCSM 2024: original articles on its WeChat account?"),
        tx("en", "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024, business-friendly policies submitted routinely?"),
        tx("en", "jx", "统筹推进26个试点领域", 26, "个", "How many pilot areas did Jianxi District's 2020 report cover for grassroots openness?"),
        tx("en", "kw", "主合办人大代表建议", 50, "件",
           "STCSM in 2024 handled how many NPC deputies' suggestions (as lead or co-handler)?"),
    ]


def cannot():
    return [
        no("zh", "淮安市2024年信息公开申请人里男的多少女的多少", "no sex breakdown"),
        no("zh", "沭阳县2025年哪个月收到的申请最多", "no month breakdown"),
        no("zh", "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 not in corpus"),
        no("zh", "南京市2024年政府信息公开申请数是多少", "南京市 not in corpus"),
        no("zh", "我2025年向沭阳县政府申请过拆迁补偿的信息，我那件最后是怎么答复的", "one person's own case"),
        no("zh", "上海市政府办公厅2026年预计会收到多少申请", "forecast"),
        no("zh", "你觉得淮安市2024年的信息公开工作做得好不好", "opinion"),
        no("zh", "淮安2024年的申请都是哪些街道的居民交的，各多少", "no district/township breakdown"),
        no("zh", "沭阳县2025年办信息公开的工作人员有几个", "staff not stated"),
        no("zh", "上海市科委2024年收到的申请平均多少天答复完", "response time not stated"),
        no("zh", "涧西区2021年的依申请公开数量", "涧西 2021 not in corpus"),
        no("zh", "帮我查一下淮安市2024年申请信息公开的那个王某某的电话", "personal data"),
        no("zh", "洪泽区2024年的申请按涉及的话题分，征地拆迁的有多少", "no topic breakdown"),
        no("zh", "宿迁市2025年行政复议多少件", "宿迁市 not in corpus"),
        no("zh", "上海市政府办公厅2025年信息公开工作花了多少经费", "cost not stated"),
        no("zh", "沭阳2025年通过网上提交的申请和信函提交的各几件", "no channel breakdown"),
        no("zh", "淮安市2024年第三季度受理了几件申请", "no quarter breakdown"),
        no("zh", "上海科委2023年年报里的行政许可数是多少", "上海市科委 2023 not in corpus"),
        no("zh", "洪泽区2023年申请人的年龄分布是怎样的", "no age breakdown"),
        no("zh", "沭阳县2025年申请人里外地户籍的占多少", "no residence breakdown"),
        no("en", "How many Huai'an 2024 requests came from people over 60?", "no age breakdown"),
        no("en", "Pudong New Area 2024 disclosure requests count?", "浦东新区 not in corpus"),
        no("en", "Shuyang 2025 — how many requests were about land acquisition?", "no topic breakdown"),
        no("en", "Will the Shanghai General Office get more requests in 2026 than in 2025?", "forecast"),
        no("en", "Is Shuyang County's disclosure work in 2025 better than Huai'an's in 2024, in your view?", "opinion"),
        no("en", "My application to Hongze District in 2024 was refused. Why was mine refused?", "one person's own case"),
        no("en", "shanghai general office 2022 requests received?", "上海市府办 2022 not in corpus"),
        no("en", "Huai'an 2024: how many requests were filed by email vs in person?", "no channel breakdown"),
        no("en", "Which industries did the companies that applied to Huai'an in 2024 belong to?", "no industry breakdown"),
        no("en", "Jianxi District 2020, how many staff handle disclosure?", "staff not stated"),
        no("en", "Qingjiangpu District 2024 granted requests?", "清江浦区 not in corpus"),
        no("en", "Shuyang County 2024 number of requests received", "沭阳 2024 not in corpus"),
        no("en", "Give me the names of people who asked Shanghai's General Office for information in 2025.", "personal data"),
        no("en", "What was the average reply time in days for Shuyang in 2025?", "response time not stated"),
        no("en", "Which Shanghai city department got the most disclosure requests in 2019?", "no department breakdown"),
        no("en", "How many requests did Huai'an get in March 2024?", "no month breakdown"),
        no("en", "Why did Hongze District's request numbers change in 2024? what reasons does the report give", "reasons not stated"),
        no("en", "Women vs men applicants to the Shanghai science commission in 2024?", "no sex breakdown"),
        no("en", "What did it cost Jianxi District in 2020 to run its disclosure work?", "cost not stated"),
    ]


def neighbour():
    return [
        tr("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请是多少件（不是转到下年的）",
           "结转上年 vs 下年", alt=(HA_REQ, 34)),
        tr("zh", "ha", "a.litigation_after_review.total", "淮安市2024年经过复议之后又起诉的行政诉讼多少件", "复议后起诉 vs 直接起诉"),
        tr("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年规范性文件废止了几件？不是新制发的", "废止 vs 制发"),
        tr("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年需要另行制作所以没提供的是几件", "另行制作 vs 不掌握"),
        tr("zh", "sh19", "r.withheld.process_info.natural_person", "上海市府办2019年自然人申请里属于过程性信息不公开的有几件",
           "过程性信息 vs 内部事务"),
        tr("zh", "ha", "a.review.other", "淮安2024年行政复议结果是“其他结果”的有多少件", "其他结果 vs 纠正",
           alt=(HA_APP, 178)),
        tr("zh", "hz24", "c.normative_docs.in_force", "洪泽区2024年现行有效的行政规范性文件数量（不是本年制发的）", "现行有效 vs 制发"),
        tr("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019: number of procurement projects, not the amount",
           "采购项目数 vs 金额"),
        tr("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019 — total rules published to date (not the new ones made that year)?",
           "对外公开总数 vs 新制作"),
        tr("en", "sy", "r.partially_granted.total", "Shuyang 2025: partially granted requests only — not the fully granted ones", "部分公开 vs 予以公开"),
        tr("en", "ha", "r.received.legal_services", "Huai'an 2024 requests from legal service agencies (not commercial firms)?",
           "法律服务机构 vs 商业企业"),
        tr("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed directly, without going through review first?",
           "直接起诉 vs 复议后起诉"),
        tr("en", "kw", "c.normative_docs.in_force", "STCSM 2024 normative documents currently in force (现行有效), not newly issued",
           "现行有效 vs 制发"),
    ]


def followups():
    return [
        fu("zh", [("淮安市2024年予以公开的申请是多少", E("ha", "r.granted.total")),
                  ("部分公开的呢", E("ha", "r.partially_granted.total"))], "row switch"),
        fu("zh", [("洪泽区2023年行政许可决定数量", E("hz23", "c.licensing.decisions")),
                  ("24年呢？", E("hz24", "c.licensing.decisions"))], "year switch"),
        fu("zh", [("沭阳县2025年行政复议总共多少件", E("sy", "a.review.total")),
                  ("其中维持的几件", E("sy", "a.review.upheld")),
                  ("那直接起诉的行政诉讼总数呢", E("sy", "a.litigation_direct.total"))], "appeals group"),
        fu("zh", [("上海市府办2019年新收的申请多少件", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("换成2025年呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch, both ambiguous"),
        fu("zh", [("淮安2024年行政处罚决定多少个", E("ha", "c.punishment.decisions")),
                  ("沭阳县2025年同一项是多少", E("sy", "c.punishment.decisions"))], "body switch"),
        fu("zh", [("涧西区政府办2020年的行政复议有几件", E("jx", "a.review.total")),
                  ("直接起诉的呢", E("jx", "a.litigation_direct.total"))], "appeals group"),
        fu("zh", [("上海市科委2024年新收申请多少件", E("kw", "r.received.total", alt=(KW_REQ, 34))),
                  ("其中自然人提的是几件", E("kw", "r.received.natural_person"))], "column switch"),
        fu("zh", [("沭阳县2025年结转下年度继续办理的有几件", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
                  ("淮安市2024年呢", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))], "body+year switch"),
        fu("zh", [("洪泽区2024年行政事业性收费多少万元", E("hz24", "c.fees.amount", **WAN)),
                  ("2023年的呢", E("hz23", "c.fees.amount", **WAN))], "year switch back"),
        fu("zh", [("淮安市2024年不予处理里的重复申请多少", E("ha", "r.not_processed.duplicate.total")),
                  ("信访举报投诉类的呢", E("ha", "r.not_processed.petition.total")),
                  ("这个数里自然人的有几件", E("ha", "r.not_processed.petition.natural_person"))], "row then column"),
        fu("zh", [("上海市府办2025年本机关不掌握的多少件", E("sh25", "r.unable.not_held.total")),
                  ("需要另行制作的呢", E("sh25", "r.unable.needs_creation.total"))], "row switch"),
        fu("zh", [("沭阳县2025年行政许可决定数", E("sy", "c.licensing.decisions")),
                  ("行政强制的呢", E("sy", "c.coercion.decisions"))], "row switch"),
        fu("zh", [("淮安市2024年政府规章现行有效多少件", E("ha", "c.regulations.in_force")),
                  ("那本年新制发的呢", E("ha", "c.regulations.issued"))], "column switch"),
        fu("zh", [("涧西区2020年办结了几件申请", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
                  ("其中予以公开的有几件", E("jx", "r.granted.total"))], "row switch"),
        fu("zh", [("上海市政府办公厅2019年行政复议几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
                  ("直接提起诉讼的呢", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9))),
                  ("2025年复议是多少", E("sh25", "a.review.total"))], "group then year"),
        fu("zh", [("沭阳县2025年予以公开的申请里自然人的有几件", E("sy", "r.granted.natural_person")),
                  ("总数呢", E("sy", "r.granted.total"))], "column switch"),
        fu("zh", [("洪泽区2023年本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
                  ("2024年的", E("hz24", "r.unable.not_held.total"))], "year switch"),
        fu("zh", [("淮安市2024年行政复议结果维持的多少件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                  ("还没审结的呢", E("ha", "a.review.pending", alt=(HA_APP, 37)))], "column switch"),
        fu("zh", [("上海科委2024年行政许可决定数", E("kw", "c.licensing.decisions")),
                  ("处罚呢", E("kw", "c.punishment.decisions"))], "row switch"),
        fu("zh", [("沭阳县2025年网站整改的错误信息有多少处", EN("sy", "各类错误信息83处", 83, "处")),
                  ("不规范描述呢", EN("sy", "整改不规范描述22处", 22, "处"))], "narrative follow-up"),
        fu("en", [("Huai'an 2024, requests received from individuals?", E("ha", "r.received.natural_person")),
                  ("and from businesses?", E("ha", "r.received.commercial"))], "column switch"),
        fu("en", [("Hongze District 2023 coercion decisions?", E("hz23", "c.coercion.decisions")),
                  ("what about 2024", E("hz24", "c.coercion.decisions"))], "year switch"),
        fu("en", [("Shanghai General Office 2025, requests carried over from the prior year?",
                   E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
                  ("2019?", E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18)))], "year switch"),
        fu("en", [("Shuyang 2025 new requests from individuals, table figure", E("sy", "r.received.natural_person")),
                  ("Same for Huai'an in 2024?", E("ha", "r.received.natural_person"))], "body switch"),
        fu("en", [("How many normative documents were issued by Huai'an in 2024?", E("ha", "c.normative_docs.issued")),
                  ("and still in force?", E("ha", "c.normative_docs.in_force")),
                  ("the science commission for 2024?", E("kw", "c.normative_docs.in_force"))], "column then body"),
        fu("en", [("Jianxi District 2020 procurement projects?", E("jx", "c.procurement.projects")),
                  ("Shanghai General Office 2019 same item?", E("sh19", "c.procurement.projects"))], "body+year switch"),
        fu("en", [("Shuyang County 2025, admin reviews on disclosure, total?", E("sy", "a.review.total")),
                  ("how many of those were corrected", E("sy", "a.review.corrected"))], "column switch"),
        fu("en", [("Shanghai General Office 2025 lawsuits filed directly?", E("sh25", "a.litigation_direct.total")),
                  ("and after review?", E("sh25", "a.litigation_after_review.total"))], "group switch"),
        fu("en", [("Huai'an 2024 requests withheld as internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
                  ("as process information?", E("ha", "r.withheld.process_info.total"))], "row switch"),
        fu("en", [("hongze 2023 partially granted", E("hz23", "r.partially_granted.total")),
                  ("and fully granted in 2024", E("hz24", "r.granted.total"))], "row+year switch"),
        fu("en", [("STCSM 2024 new requests from companies", E("kw", "r.received.commercial")),
                  ("Shanghai General Office in 2025, same column?", E("sh25", "r.received.commercial"))], "body+year switch"),
        fu("en", [("Shuyang 2025: withheld because of security and stability risks?", E("sy", "r.withheld.security_stability.total")),
                  ("third-party interests?", E("sy", "r.withheld.third_party.total"))], "row switch"),
        fu("en", [("Huai'an 2024 — total licensing decisions", E("ha", "c.licensing.decisions")),
                  ("coercion decisions?", E("ha", "c.coercion.decisions")),
                  ("and Hongze 2023 coercion decisions?", E("hz23", "c.coercion.decisions"))], "row then body"),
        fu("en", [("Shanghai General Office 2019 regulations made", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
                  ("normative docs total published?", E("sh19", "c.normative_docs.total_published"))], "row switch"),
        fu("en", [("Jianxi 2020: requests from individuals?", E("jx", "r.received.natural_person", alt=(JX_REQ, 17))),
                  ("how many answered 'not held'?", E("jx", "r.unable.not_held.total"))], "row switch"),
        fu("en", [("Shuyang County 2025: requests not processed as duplicates?", E("sy", "r.not_processed.duplicate.total")),
                  ("from individuals only?", E("sy", "r.not_processed.duplicate.natural_person"))], "column switch"),
        fu("en", [("Huai'an 2024 fees (行政事业性收费)?", E("ha", "c.fees.amount", **WAN)),
                  ("Shuyang 2025?", E("sy", "c.fees.amount", **WAN))], "body+year switch"),
        fu("en", [("Shanghai General Office 2025 reviews still pending?", E("sh25", "a.review.pending")),
                  ("direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], "group switch"),
        fu("en", [("Shanghai science commission 2024: short videos posted on its video channel?",
                   EN("kw", "共制作并发布短视频", 584, "条")),
                  ("and its WeChat articles in total?", EN("kw", "公众号共编发文章", 1640, "篇"))], "narrative follow-up"),
    ]


def CONVERSATIONS():
    return plain() + combine() + ranking() + textonly() + cannot() + neighbour() + followups()
