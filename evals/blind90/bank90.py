"""Question bank of the blind90 evaluation set. Every wording written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers90 computes them from gold/*.json or from the
printed rows named in SPECS (the cells blind6 verified). Narrative numbers are checked against the
sentence cut from the report.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib90 as L  # noqa: E402
from helpers90 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F, cols  # noqa: E402,F401

# printed cells of the reports without gold: the same specs blind6 (and blind5) verified
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

WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
ORGS = ["r.received.%s" % c for c in L.ORG_COLS]


def pv(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[plain] one table cell", **kw)


def tr(lang, b, keys, q, why, **kw):
    return T(lang, b, keys, q, "[neighbour] " + why, **kw)


def sm(lang, b, keys, q, **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells", **kw)


def df(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year", **kw)


def rk(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies, each in its gold year")


def nr(lang, b, kw, value, unit, q, frm=None):
    return N(lang, b, kw, value, unit, q, "[textonly] number stated only in the report text", frm=frm)


def un(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def fu(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def VALUES():
    c = []
    a = c.append
    # ---- zh
    a(pv("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请啊", alt=("全市共受理政府信息公开申请", 3119)))
    a(pv("zh", "ha", "r.granted.total", "请问淮安2024年依申请公开里直接给公开了的有几件"))
    a(pv("zh", "ha", "r.unable.not_held.total", "我帮我爸给淮安市政府写过申请，回复说他们手里没有这个信息。想问2024年像这样答复本机关不掌握的一共多少件？"))
    a(pv("zh", "ha", "r.withheld.admin_query.total", "淮安 2024 申请被当成行政查询事项不予公开的 多少"))
    a(pv("zh", "ha", "c.licensing.decisions", "24年淮安市行政许可的处理决定数量是多少？"))
    a(pv("zh", "ha", "c.fees.amount", "淮安市2024年报里行政事业性收费金额是多少万元", unit="万元"))
    a(pv("zh", "ha", "a.review.corrected", "记者求证：淮安市政府2024年信息公开类行政复议中结果被纠正的有多少件？", alt=("结果纠正 64 件", 64)))
    a(pv("zh", "ha", "r.partially_granted.total", "淮安2024部分公开的申请件数"))
    a(pv("zh", "ha", "r.not_processed.petition.total", "12345转接：市民问淮安市2024年有多少申请因为属于信访举报投诉类没被处理"))
    a(pv("zh", "ha", "r.other.overdue_correction.total", "淮安市2024年申请人逾期没补正、被视为放弃的有几件？"))
    a(pv("zh", "ha", "a.litigation_direct.total", "二〇二四年淮安市政府没经过复议直接被起诉的信息公开案子几件"))
    a(pv("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请多少件（不含上一年结转的）？"))
    a(pv("zh", "sy", "r.granted.natural_person", "沭阳2025 老百姓个人申请的 予以公开了多少"))
    a(pv("zh", "sy", "a.review.total", "请问沭阳县政府2025年因为信息公开被申请行政复议一共几件"))
    a(pv("zh", "sy", "c.punishment.decisions", "沭阳县25年行政处罚决定是多少个"))
    a(pv("zh", "sy", "r.withheld.internal_affairs.total", "学生作业：沭阳县2025年表格第三部分“属于内部事务信息”那一格填的是多少？"))
    a(pv("zh", "sy", "c.normative_docs.in_force", "沭阳县政府2025年现行有效的规范性文件有多少件"))
    a(pv("zh", "sy", "r.other.other.total", "沭阳2025年“其他处理”里面最后那个“其他”是多少件"))
    a(pv("zh", "sy", "a.review.pending", "沭阳县2025年信息公开行政复议还没审结的有几件？"))
    a(pv("zh", "sy", "r.carried_forward.total", "沭阳县2025年要结转到下一年继续办的申请有多少", alt=("结转下一年", 31)))
    a(pv("zh", "hz23", "r.received.total", "洪泽区2023年受理了几件政府信息公开申请？", alt=("全区受理政府信息公开申请", 21)))
    a(pv("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年度报告，行政处罚那一栏多少"))
    a(pv("zh", "hz23", "c.fees.amount", "洪泽2023年行政事业性收费多少万元？", unit="万元"))
    a(pv("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有多少申请是因为没有现成信息需要另行制作而没法提供的"))
    a(pv("zh", "hz24", "r.carried_forward.total", "我老家在淮安市洪泽区，洪泽区政府自己的2024年年报里，结转到下一年继续办的申请是几件？"))
    a(pv("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定有多少"))
    a(pv("zh", "hz24", "r.granted.total", "洪泽区政府2024年予以公开的申请几件呀"))
    a(pv("zh", "hz24", "c.coercion.decisions", "洪泽区2024年行政强制那一行是几"))
    a(pv("zh", "jx", "r.received.total", "涧西区政府办2020年收到信息公开申请多少件", alt=("全年共收到依申请公开", 17)))
    a(pv("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额是多少万元？", unit="万元"))
    a(pv("zh", "jx", "r.granted.total", "涧西区政府办公室2020年同意公开的申请有几个"))
    a(pv("zh", "sh19", "r.received.total", "2019年上海市政府办公厅受理了多少件信息公开申请？", alt=("代表市政府共受理政府信息公开申请", 859)))
    a(pv("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报里，规章“对外公开总数量”是多少件"))
    a(pv("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市政府办公厅，自然人申请中因本机关不掌握而无法提供的有几件"))
    a(pv("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数量"))
    a(pv("zh", "sh25", "r.received.total", "上海市政府办公厅2025年新收到的政府信息公开申请有多少件", alt=("市政府共受理政府信息公开申请", 1295)))
    a(pv("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年因为“本机关不掌握”没法提供的申请多少件？"))
    a(pv("zh", "sh25", "a.review.total", "2025年上海市政府办公厅信息公开方面被申请行政复议的数量"))
    a(pv("zh", "sh25", "r.not_processed.petition.total", "上海市府办25年信访举报投诉类申请不予处理了几件"))
    a(pv("zh", "kw", "r.received.total", "上海科委2024年收到多少件信息公开申请？", alt=("全年收到政府信息公开申请", 34)))
    a(pv("zh", "kw", "c.licensing.decisions", "市科委二〇二四年行政许可处理决定数是多少"))
    a(pv("zh", "kw", "r.received.natural_person", "上海市科学技术委员会2024年由自然人提出的新申请有几件"))
    # ---- en
    a(pv("en", "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government finish handling in 2024?", alt=("答复 3050", 3050)))
    a(pv("en", "ha", "r.unable.needs_creation.total", "huaian 2024 how many requests couldnt be provided bc the info would have to be newly made"))
    a(pv("en", "ha", "c.punishment.decisions", "For a class project: what is the number of administrative penalty decisions (行政处罚) in Huaian's 2024 annual report?"))
    a(pv("en", "ha", "a.review.upheld", "Huai'an 2024 — in administrative reconsiderations about disclosure, how many times was the government's decision upheld?", alt=("其中结果维持 72 件", 72)))
    a(pv("en", "ha", "c.regulations.repealed", "How many municipal rules did Huai'an repeal (废止) in 2024?"))
    a(pv("en", "ha", "r.received.legal_services", "In 2024 how many new requests to Huai'an came from law firms or other legal service providers?"))
    a(pv("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an, 2024: requests refused because laws or regulations forbid disclosure — count?"))
    a(pv("en", "ha", "a.litigation_after_review.pending", "Huaian 2024: lawsuits filed after reconsideration that were still undecided at year end?"))
    a(pv("en", "ha", "c.normative_docs.issued", "Huai'an government 2024, normative documents issued (制发) during the year?"))
    a(pv("en", "sy", "r.total_processed.total", "What was the total number of requests Shuyang County processed in 2025?", alt=("共办理", 718)))
    a(pv("en", "sy", "c.licensing.decisions", "shuyang county 2025 administrative licensing decisions number pls"))
    a(pv("en", "sy", "r.unable.not_held.total", "Shuyang 2025, requests answered with 'this agency does not hold the information'?"))
    a(pv("en", "sy", "a.litigation_after_review.upheld", "I'm a reporter. For Shuyang County in 2025, how many lawsuits brought after a reconsideration ended with the agency upheld?"))
    a(pv("en", "sy", "r.received.legal_person", "How many 2025 requests to Shuyang came from legal persons or other organisations (法人或其他组织)?", alt=("法人或其他组织申请", 8)))
    a(pv("en", "sy", "c.fees.amount", "Shuyang County FY2025 administrative fees collected, in 10k yuan?", unit="万元"))
    a(pv("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests closed because the applicant didn't pay the fee in time?"))
    a(pv("en", "sy", "a.review.corrected", "In 2025, how many of Shuyang's disclosure reconsideration cases ended with the decision corrected?"))
    a(pv("en", "sy", "r.not_processed.duplicate.total", "Shuyang County 2025 - how many repeat applications were not processed?"))
    a(pv("en", "hz23", "r.partially_granted.total", "Hongze is a district of Huai'an city. In Hongze District's own 2023 report, how many requests were partly disclosed?"))
    a(pv("en", "hz23", "c.licensing.decisions", "Hongze District 2023 administrative licensing decisions?"))
    a(pv("en", "hz23", "r.unable.not_held.total", "In 2023, how often did Hongze District reply that it did not hold the requested information?"))
    a(pv("en", "hz23", "c.normative_docs.repealed", "Hongze 2023 — normative documents abolished that year?"))
    a(pv("en", "hz24", "r.received.total", "Hongze District government, 2024: the table's figure for newly received requests?"))
    a(pv("en", "hz24", "c.fees.amount", "What did Hongze District take in from administrative fees in 2024 (万元)?", unit="万元"))
    a(pv("en", "hz24", "r.unable.not_held.total", "hongze 2024 not held by agency count"))
    a(pv("en", "jx", "r.carried_forward.total", "Jianxi District 2020: requests still being handled, carried into the following year?", alt=("在办", 2)))
    a(pv("en", "jx", "c.procurement.projects", "How many centralised procurement projects did the Jianxi District office report for 2020?"))
    a(pv("en", "jx", "a.review.total", "Jianxi District 2020, number of administrative reconsiderations over disclosure?"))
    a(pv("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests rolled over to the next year for a reply?", alt=("顺延到下年度答复", 72)))
    a(pv("en", "sh19", "c.normative_docs.total_published", "In the 2019 report of the Shanghai General Office, what is the total number of normative documents publicly available (对外公开总数量)?"))
    a(pv("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai govt general office 2019 - individuals' requests set aside as complaints/petitions?"))
    a(pv("en", "sh19", "r.unable.unclear.natural_person", "Shanghai General Office 2019: individuals' requests that could not be answered because what they asked for was unclear?"))
    a(pv("en", "sh19", "c.procurement.amount", "What was the centralised procurement amount of the Shanghai General Office in 2019, in 万元?", unit="万元"))
    a(pv("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025 - how many requests carried forward into the next year?"))
    a(pv("en", "sh25", "r.unable.needs_creation.total", "For 2025, how many requests to the Shanghai municipal government general office could not be met because the information would have to be created?"))
    a(pv("en", "sh25", "a.litigation_direct.total", "Shanghai General Office 2025, lawsuits filed directly (without reconsideration first)?"))
    a(pv("en", "sh25", "r.received.commercial", "shanghai general office 2025 new requests from companies (商业企业)?"))
    a(pv("en", "kw", "r.granted.total", "STCSM 2024: how many requests were fully granted?", alt=("同意公开答复", 9)))
    a(pv("en", "kw", "c.normative_docs.in_force", "Shanghai science commission, normative documents in force at end of 2024?"))
    a(pv("en", "kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission handle in total in 2024 (总计 row)?"))
    return c


def COMBINE():
    c = []
    a = c.append
    # sums over several sub-items / outcome columns / applicant columns
    a(sm("zh", "ha", WH, "淮安市2024年所有“不予公开”的申请加起来一共多少件（八个小项合计）"))
    a(sm("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安市政府2024年信息公开行政诉讼里，直接起诉和复议后起诉这两类中结果维持的加在一起是多少？", alt=("结果维持 25件", 25)))
    a(sm("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年信息公开行政诉讼总共多少件 直接诉讼加复议后诉讼", alt=("政府信息公开行政诉讼 46 件", 46)))
    a(sm("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开相关的行政复议和行政诉讼（两种诉讼都算）加起来有多少件？", alt=("全县共办理相关案件", 74)))
    a(sm("zh", "sy", ["a.review.corrected", "a.review.other"], "我在写论文，想知道沭阳县2025年行政复议里“结果纠正”和“其他结果”两列合起来是多少"))
    a(sm("zh", "sy", UN, "沭阳县2025年“无法提供”三个小项一共多少件"))
    a(sm("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.enforcement_files.total", "r.withheld.process_info.total"], "洪泽区2023年因为国家秘密、行政执法案卷、过程性信息这三种原因不予公开的总共几件？"))
    a(sm("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类和重复申请这两种不予处理的加一起多少"))
    a(sm("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "2025年上海市政府办公厅“不掌握”加上“需要另行制作”两项合计是多少件？"))
    a(sm("zh", "jx", ["c.procurement.projects", "c.normative_docs.made"], "涧西区2020年政府集中采购项目数和制作的规范性文件数合起来是多少？"))
    a(sm("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办2019年自然人和商业企业两类申请人的新收申请加起来多少件"))
    a(sm("en", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"], "Huai'an 2024 reconsiderations: add up the upheld, corrected and 'other outcome' columns — what's the total of concluded cases?"))
    a(sm("en", "ha", ORGS, "How many 2024 requests to Huai'an came from all kinds of organisations combined (companies, research bodies, NGOs, law firms, others)?"))
    a(sm("en", "ha", ["a.litigation_direct.pending", "a.litigation_after_review.pending"], "Huaian 2024, pending disclosure lawsuits of both types (direct + after reconsideration) together?", alt=("尚未审结 7 件", 7)))
    a(sm("en", "ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "For Huai'an in 2024, sum of refusals on three grounds: third-party rights, internal affairs, and process information."))
    a(sm("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County 2025: granted in full plus granted in part, total?"))
    a(sm("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Shuyang 2025 — across reconsiderations and both kinds of lawsuits, how many outcomes upheld the government in total?"))
    a(sm("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024: reconsiderations + direct lawsuits + lawsuits after reconsideration, all together?"))
    a(sm("en", "sh25", ["a.review.pending", "a.litigation_direct.pending"], "Shanghai General Office 2025, pending reconsiderations plus pending direct lawsuits = ?"))
    a(sm("en", "kw", ["c.licensing.decisions", "c.punishment.decisions"], "Shanghai science commission 2024, licensing decisions plus penalty decisions combined?"))
    a(sm("en", "jx", ["c.regulations.total_published", "c.normative_docs.total_published"], "Jianxi District office 2020: rules plus normative documents publicly available in total (对外公开总数量)?"))
    a(sm("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "Shanghai General Office 2019, individuals' requests that could not be provided, all three reasons added?"))
    # differences between years of one body
    a(df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少？"))
    a(df("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023年到2024年行政处罚决定数变化了多少（后一年减前一年）"))
    a(df("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多多少件"))
    a(df("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议 2019年和2025年比差多少"))
    a(df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年与2023年相比增加几件？"))
    a(df("zh", "sh19", "sh25", "r.carried_forward.total", "2019年和2025年上海市府办结转下年度继续办理的申请数相差多少？"))
    a(df("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze's administrative coercion decisions change from 2023 to 2024?"))
    a(df("en", "hz23", "hz24", "c.fees.amount", "Hongze District administrative fees: 2024 minus 2023, in 万元?", unit="万元"))
    a(df("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, new requests from individuals: how many more in 2025 than in 2019?"))
    a(df("en", "sh19", "sh25", "a.litigation_direct.total", "Change in direct lawsuits against the Shanghai General Office between 2019 and 2025?"))
    a(df("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force 2023 vs 2024 difference"))
    a(df("en", "sh19", "sh25", "r.carried_over.total", "Shanghai General Office: carried-over requests from the previous year, 2025 figure minus the 2019 figure?", alt=("含上年结转", 189)))
    return c


GB = ["ha", "hz23", "sy", "sh19", "jx"]


def RANKS():
    c = []
    a = c.append
    a(rk("zh", ["ha", "sy", "hz23"], "a.review.corrected", "desc", "淮安市2024、沭阳县2025、洪泽区2023这三家里，信息公开行政复议“结果纠正”最多的是哪家？"))
    a(rk("zh", ["hz23", "sy", "jx"], "r.received.total", "asc", "洪泽区(2023)、沭阳县(2025)、涧西区(2020)这三个县区，谁新收的申请最少"))
    a(rk("zh", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "desc", "按复议结果维持的件数排：淮安2024、沭阳2025、洪泽2023、涧西2020，第一名是谁？"))
    a(rk("zh", ["ha", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，自然人申请里“需要另行制作”最多的是哪个"))
    a(rk("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "现行有效规范性文件哪家最少：淮安市2024年，沭阳县2025年，洪泽区2023年"))
    a(rk("zh", ["ha", "sy", "jx"], "r.received.legal_services", "desc", "淮安(2024)、沭阳(2025)、涧西(2020)三地法律服务机构提的新申请，谁最多？"))
    a(rk("zh", ["ha", "sy", "hz23"], ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "asc", "把复议和两类诉讼中“尚未审结”的都加上，淮安2024、沭阳2025、洪泽2023里谁最少？"))
    a(rk("zh", ["ha", "sy", "hz23", "sh19"], "r.not_processed.petition.natural_person", "desc", "自然人信访类申请不予处理的数量，淮安2024、沭阳2025、洪泽2023、上海市府办2019谁最多"))
    a(rk("zh", ["hz23", "sy", "ha"], "c.punishment.decisions", "asc", "行政处罚决定数最少的是哪个：洪泽区2023年、沭阳县2025年还是淮安市2024年？"))
    a(rk("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "Rank Huai'an (2024), Shuyang (2025) and Hongze (2023) by refusals as internal-affairs information — who's on top?"))
    a(rk("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Which body faced the most direct disclosure lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?"))
    a(rk("en", ["hz23", "sy", "ha"], "c.licensing.decisions", "desc", "Among Hongze District 2023, Shuyang County 2025 and Huai'an 2024, which reported the most administrative licensing decisions?"))
    a(rk("en", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "asc", "lowest number of individuals' requests turned away as administrative queries — huaian 2024, shuyang 2025 or shanghai general office 2019?"))
    a(rk("en", ["ha", "sy", "jx"], "r.carried_forward.total", "asc", "Of Huai'an 2024, Shuyang 2025 and Jianxi District 2020, which carried the fewest requests into the next year?"))
    a(rk("en", ["ha", "sy", "hz23"], "a.litigation_after_review.upheld", "desc", "Bottom-line question from a journalist: lawsuits after reconsideration where the agency was upheld — which was highest, Huai'an 2024, Shuyang 2025, or Hongze 2023?"))
    a(rk("en", ["sh19", "jx"], "c.procurement.amount", "desc", "Centralised procurement amount: Shanghai General Office 2019 vs Jianxi District office 2020 — which was larger?"))
    a(rk("en", ["ha", "sy", "hz23"], ["r.granted.total", "r.partially_granted.total"], "asc", "Counting full plus partial grants, which of these had the fewest: Huai'an 2024, Shuyang 2025, Hongze 2023?"))
    a(rk("en", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Which collected the most administrative fees: Huai'an 2024, Shuyang 2025, Hongze District 2023?"))
    return c


def NARR():
    c = []
    a = c.append
    a(nr("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"))
    a(nr("zh", "ha", "人民政府公报》6 期", 6, "期", "淮安2024年出了几期市政府公报？"))
    a(nr("zh", "ha", "在运维政务新媒体", 95, "个", "听说淮安市政务新媒体很多，2024年报里说在运维的一共多少个？"))
    a(nr("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息处理费（元）"))
    a(nr("zh", "sy", "爆款内容", 52, "条", "沭阳2025年那些爆款内容一共多少条啊 刷到好几个"))
    a(nr("zh", "sy", "催办提示", 84, "次", "沭阳县2025年那个倒计时报警器发了多少次催办提示？"))
    a(nr("zh", "sy", "失效链接", 43, "处", "12345转：有市民反映沭阳县政府网站链接打不开，想知道2025年报里说整改了多少处失效链接"))
    a(nr("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息多少条"))
    a(nr("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家？"))
    a(nr("zh", "sy", "办前主动沟通", 49, "次", "沭阳县政府2025年办理前主动跟申请人沟通了几次"))
    a(nr("zh", "sy", "开展意见征集", 9, "期", "沭阳县门户网站2025年开展了几期意见征集"))
    a(nr("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"))
    a(nr("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？"))
    a(nr("zh", "kw", "直播 118 场", 118, "场", "上海科技 视频号 2024年直播了多少场"))
    a(nr("zh", "kw", "原创文章", 294, "篇", "上海市科委公众号2024年原创文章几篇？"))
    a(nr("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了多少场新闻通气会？（市府办年报）"))
    a(nr("zh", "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年申请人自己主动撤回的申请有多少件"))
    a(nr("zh", "sh19", "权威发布共计", 38, "次", "2019年上海市府办对市政府常务会议议题做了几次权威发布"))
    a(nr("zh", "sh19", "政策解读共", 132, "件", "上海“中国上海”门户网站2019年发布政策解读多少件？"))
    a(nr("zh", "jx", "试点领域", 26, "个", "涧西区2020年设了多少个试点领域的专栏"))
    a(nr("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure sections did Huai'an organise in 2024?"))
    a(nr("en", "ha", "政策解读21", 21, "个", "Number of policy interpretations Huai'an produced in 2024 (text, pictures etc.)?"))
    a(nr("en", "sy", "专栏33", 33, "个", "Shuyang 2025: how many themed columns did its new-media accounts open?"))
    a(nr("en", "sy", "原创短视频", 1113, "个", "shuyang county 2025 how many original short videos pushed"))
    a(nr("en", "sy", "化解各类争议纠纷", 33, "件", "How many disputes did Shuyang County manage to resolve through pre-handling communication in 2025?"))
    a(nr("en", "sy", "信息处理费共计380", 380, "元", "What was the total information processing fee collected by Shuyang's agencies in 2025, in yuan?"))
    a(nr("en", "sy", "同步配套解读", 7, "次", "In 2025, how many times did Shuyang give interpretations alongside executive meetings of the county government?"))
    a(nr("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024: how many interpretation items were released?"))
    a(nr("en", "hz24", "主动发布各类政府信息", 2428, "条", "How many items of government information did Hongze proactively post on its website in 2024?"))
    a(nr("en", "kw", "视频号共制作并发布短视频", 584, "条", "STCSM 2024 — how many short videos on its video channel?"))
    a(nr("en", "kw", "批量推送集成式发布政策", 121, "条", "In 2024, how many policies did the Shanghai science commission push in batches for integrated release?"))
    a(nr("en", "kw", "微信公众号共编发文章", 1640, "篇", "Shanghai Science & Technology WeChat account: articles published in 2024?"))
    a(nr("en", "sh25", "新闻发布会 42", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025 according to the General Office report?"))
    a(nr("en", "sh25", "覆盖 10 个语种", 10, "个", "Shanghai international services portal: how many languages did it cover per the 2025 General Office report?"))
    a(nr("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "Issues of the Shanghai Municipal Government Gazette edited in 2025?"))
    a(nr("en", "sh25", "16 个区", 16, "个", "Shanghai 2025: how many districts put their digital gazette online?"))
    a(nr("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter, per the General Office's 2019 report?"))
    a(nr("en", "sh19", "41条短视频", 41, "条", "During the 2nd CIIE, how many Douyin short videos did Shanghai Release post (2019 report)?"))
    a(nr("en", "sh19", "统一受理平台接入", 53, "个", "2019 Shanghai General Office: how many departments were connected to the unified acceptance platform?"))
    return c


def CANNOT():
    c = []
    a = c.append
    W = {
        "sub": "the report is the parent body's; the place named has no report in the corpus",
        "brk": "the report holds no such breakdown",
        "yr": "this year of this body is not in the corpus",
        "body": "this body is not in the corpus",
        "own": "one person's own case is not in an annual report",
        "fc": "forecast / future figure not in any report",
        "op": "opinion, not a reported figure",
        "pd": "personal data, not disclosed",
    }
    a(un("zh", "淮安市淮阴区2024年收到多少信息公开申请", W["sub"]))
    a(un("zh", "淮安市下面涟水县2024年的行政复议有几件？", W["sub"]))
    a(un("zh", "淮安2024年各个区县里哪个区的依申请公开件数排第一", W["brk"]))
    a(un("zh", "洪泽区蒋坝镇2024年政府信息公开申请多少件", W["sub"]))
    a(un("zh", "我住洪泽区高良涧街道，2023年街道办收到过几件信息公开申请？", W["sub"]))
    a(un("zh", "沭阳县胡集镇2025年依申请公开多少件", W["sub"]))
    a(un("zh", "沭阳县2025年哪个乡镇的申请最多", W["brk"]))
    a(un("zh", "上海市浦东新区2025年政府信息公开申请数量", W["sub"]))
    a(un("zh", "上海黄浦区2019年行政复议多少件", W["sub"]))
    a(un("zh", "涧西区天津路街道2020年信息公开申请有几件", W["sub"]))
    a(un("zh", "洛阳市2020年政府信息公开申请总数是多少", W["body"]))
    a(un("zh", "淮安市2024年信息公开申请人里男的女的各多少", W["brk"]))
    a(un("zh", "沭阳县2025年的申请是几月份最多？", W["brk"]))
    a(un("zh", "洪泽区2022年受理了多少件申请", W["yr"]))
    a(un("zh", "上海市科委2023年收到多少件申请", W["yr"]))
    a(un("zh", "我2025年3月向沭阳县自然资源局申请过征地补偿的材料，到现在没回，我的申请办到哪一步了？", W["own"]))
    a(un("zh", "淮安市2026年预计会收到多少件信息公开申请", W["fc"]))
    a(un("zh", "你觉得上海市府办2025年信息公开工作做得好不好？打个分", W["op"]))
    a(un("zh", "洪泽区2024年申请信息公开的人里面，那个申请最多的人叫什么名字、电话多少", W["pd"]))
    a(un("zh", "淮安市政府2024年办理信息公开申请平均用了几天", W["brk"]))
    a(un("en", "How many disclosure requests did Qingjiangpu District (in Huai'an) receive in 2024?", W["sub"]))
    a(un("en", "Jinhu County under Huai'an city — number of reconsiderations in 2024?", W["sub"]))
    a(un("en", "Shuyang 2025: how many requests came from the town of Qianji (钱集镇)?", W["sub"]))
    a(un("en", "Hongze District 2024 — Chahe town (岔河镇) disclosure requests?", W["sub"]))
    a(un("en", "Xuhui District of Shanghai, 2025 — how many disclosure requests?", W["sub"]))
    a(un("en", "In Huai'an's 2024 report, which county or district filed the most requests?", W["brk"]))
    a(un("en", "What share of Shanghai General Office's 2025 requests were submitted online versus by post?", W["brk"]))
    a(un("en", "Break down Shuyang County's 2025 requests by topic (land, housing, social security)", W["brk"]))
    a(un("en", "How old were the applicants to the Shanghai science commission in 2024 on average?", W["brk"]))
    a(un("en", "Suqian city 2025 disclosure requests total?", W["body"]))
    a(un("en", "Nanjing municipal government 2024: administrative reconsiderations about disclosure?", W["body"]))
    a(un("en", "Jianxi District 2021 requests received?", W["yr"]))
    a(un("en", "Shanghai General Office 2022 — new requests?", W["yr"]))
    a(un("en", "Shuyang County 2024 annual report: how many requests were received?", W["yr"]))
    a(un("en", "My neighbour asked Huai'an for her demolition compensation file in 2024; was her request granted?", W["own"]))
    a(un("en", "Forecast for 2026: how many disclosure lawsuits will Shuyang face?", W["fc"]))
    a(un("en", "Is Hongze District's 2023 disclosure work better than Jianxi's 2020 work, in your opinion?", W["op"]))
    a(un("en", "Give me the names of the people who sued the Shanghai General Office in 2025", W["pd"]))
    a(un("en", "How many staff worked on information disclosure at the Huai'an city government in 2024?", W["brk"]))
    a(un("en", "In which quarter of 2024 did the Shanghai science commission receive the most requests?", W["brk"]))
    return c


def TRAPS():
    c = []
    a = c.append
    a(tr("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年转过来接着办的申请有多少件（不是转到下一年的）", "结转上年 vs 结转下年", alt=("含上年度结转申请 34 件", 34)))
    a(tr("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年先复议、复议完又去法院起诉的有几件", "复议后起诉 vs 直接起诉"))
    a(tr("zh", "ha", "c.regulations.issued", "淮安市2024年新制发的规章几件？不要现行有效的数", "制发 vs 现行有效"))
    a(tr("zh", "sy", "r.withheld.process_info.total", "沭阳2025年因为是过程性信息不予公开的有几件", "过程性信息 vs 内部事务"))
    a(tr("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年答复“本机关不掌握”的是多少件（不是需要另行制作的那项）", "不掌握 vs 另行制作"))
    a(tr("zh", "sh19", "c.normative_docs.made", "上海市府办2019年本年新制作的规范性文件多少件（不是对外公开总数）", "新制作 vs 对外公开总数", alt=("行政规范性文件60件", 60)))
    a(tr("zh", "ha", "r.received.other_org", "淮安2024年“其他”组织提出的新申请几件？法律服务机构的不算", "其他组织 vs 法律服务机构"))
    a(tr("en", "sy", "a.review.other", "Shuyang 2025 reconsiderations — the 'other outcome' count, not the corrected one?", "其他结果 vs 纠正"))
    a(tr("en", "ha", "r.partially_granted.total", "Huai'an 2024: requests granted only in part (not the fully granted ones)?", "部分公开 vs 予以公开"))
    a(tr("en", "jx", "c.procurement.projects", "Jianxi 2020 — the NUMBER of procurement projects, not the money?", "采购项目数 vs 金额"))
    a(tr("en", "ha", "c.normative_docs.repealed", "Huai'an 2024, normative documents scrapped (废止) — not the ones in force", "废止 vs 现行有效"))
    a(tr("en", "sy", "r.received.commercial", "Shuyang 2025: new requests filed by businesses, excluding law firms?", "商业企业 vs 法律服务机构"))
    a(tr("en", "ha", "a.litigation_direct.upheld", "Huaian 2024 disclosure lawsuits filed straight in court (no reconsideration first) that ended upheld?", "直接起诉 vs 复议后起诉"))
    return c


def FOLLOW():
    c = []
    a = c.append
    a(fu("zh", [("洪泽区2023年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
                ("那2024年呢", E("hz24", "c.licensing.decisions"))], "year switch"))
    a(fu("zh", [("淮安市2024年不予公开里“属于行政执法案卷”的有几件", E("ha", "r.withheld.enforcement_files.total")),
                ("沭阳县2025年同一项呢？", E("sy", "r.withheld.enforcement_files.total")),
                ("洪泽区2023年呢", E("hz23", "r.withheld.enforcement_files.total"))], "body switch over three reports"))
    a(fu("zh", [("上海市府办2019年新收申请多少件", E("sh19", "r.received.total", alt=("代表市政府共受理政府信息公开申请", 859))),
                ("换成2025年呢", E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请", 1295)))], "year switch"))
    a(fu("zh", [("沭阳县2025年信息公开行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
                ("结果纠正的呢", E("sy", "a.review.corrected")),
                ("那两个加起来是多少", E("sy", ["a.review.upheld", "a.review.corrected"]))], "column switch, then sum"))
    a(fu("zh", [("我想了解淮安市政府2024年信息公开的复议情况，一共多少件复议", E("ha", "a.review.total", alt=("政府信息公开行政复议 351件", 351))),
                ("其中还没审结的多少", E("ha", "a.review.pending", alt=("尚未审结 37 件", 37)))], "column switch"))
    a(fu("zh", [("洪泽区2024年行政处罚决定数？", E("hz24", "c.punishment.decisions")),
                ("行政强制呢", E("hz24", "c.coercion.decisions"))], "row switch"))
    a(fu("zh", [("涧西区政府办2020年新收申请多少", E("jx", "r.received.total", alt=("全年共收到依申请公开", 17))),
                ("办完了的总计多少件", E("jx", "r.total_processed.total", alt=("办结15件", 15)))], "row switch"))
    a(fu("zh", [("上海市科委24年行政处罚决定几个", E("kw", "c.punishment.decisions")),
                ("行政许可呢", E("kw", "c.licensing.decisions"))], "row switch"))
    a(fu("zh", [("沭阳县2025年因“信访举报投诉类申请”不予处理的有几件", E("sy", "r.not_processed.petition.total")),
                ("淮安市2024年这一项是多少", E("ha", "r.not_processed.petition.total"))], "body switch"))
    a(fu("zh", [("淮安市2024年商业企业提的新申请几件", E("ha", "r.received.commercial")),
                ("法律服务机构提的呢", E("ha", "r.received.legal_services")),
                ("这两类合计", E("ha", ["r.received.commercial", "r.received.legal_services"]))], "column switch, then sum"))
    a(fu("zh", [("上海市府办2025年结转下年度继续办理的有多少", E("sh25", "r.carried_forward.total")),
                ("2019年的时候是多少", E("sh19", "r.carried_forward.total", alt=("顺延到下年度答复", 72)))], "year switch back"))
    a(fu("zh", [("洪泽区2023年部分公开的申请有几件", E("hz23", "r.partially_granted.total")),
                ("沭阳县2025年呢", E("sy", "r.partially_granted.total")),
                ("哪个多？", ER(["hz23", "sy"], "r.partially_granted.total", "desc"))], "body switch, then compare"))
    a(fu("zh", [("淮安市2024年行政规范性文件现行有效多少件", E("ha", "c.normative_docs.in_force")),
                ("当年废止的呢", E("ha", "c.normative_docs.repealed"))], "column switch"))
    a(fu("zh", [("上海市府办2025年行政复议多少件", E("sh25", "a.review.total")),
                ("直接起诉的行政诉讼呢", E("sh25", "a.litigation_direct.total")),
                ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], "appeals group switch"))
    a(fu("zh", [("沭阳县2025年新收申请里自然人的有多少", E("sy", "r.received.natural_person")),
                ("商业企业呢", E("sy", "r.received.commercial"))], "column switch"))
    a(fu("zh", [("淮安2024年复议后又起诉的行政诉讼多少件", E("ha", "a.litigation_after_review.total")),
                ("里面结果纠正的几件", E("ha", "a.litigation_after_review.corrected"))], "column switch"))
    a(fu("zh", [("洪泽区2023年收取的行政事业性收费金额多少万元", E("hz23", "c.fees.amount", unit="万元")),
                ("2024年呢", E("hz24", "c.fees.amount", unit="万元")),
                ("两年差多少", ED("hz23", "hz24", "c.fees.amount", unit="万元"))], "year switch, then difference"))
    a(fu("zh", [("上海市政府办公厅2019年规章本年制作数量多少", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
                ("规范性文件本年制作的呢", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))], "row switch"))
    a(fu("zh", [("沭阳2025 本机关不掌握 多少件", E("sy", "r.unable.not_held.total")),
                ("淮安2024呢", E("ha", "r.unable.not_held.total"))], "body switch"))
    a(fu("zh", [("涧西区2020年政府集中采购金额多少万元", E("jx", "c.procurement.amount", unit="万元")),
                ("上海市府办2019年呢", E("sh19", "c.procurement.amount", unit="万元"))], "body switch"))
    # ---- en
    a(fu("en", [("How many requests did Hongze District receive in 2023?", E("hz23", "r.received.total", alt=("全区受理政府信息公开申请", 21))),
                ("and in 2024 per the table?", E("hz24", "r.received.total"))], "year switch"))
    a(fu("en", [("Huai'an 2024, number of administrative coercion decisions?", E("ha", "c.coercion.decisions")),
                ("what about Shuyang for 2025?", E("sy", "c.coercion.decisions"))], "body switch"))
    a(fu("en", [("Shanghai General Office 2025: requests received from individuals?", E("sh25", "r.received.natural_person")),
                ("2019?", E("sh19", "r.received.natural_person")),
                ("difference between the two years?", ED("sh19", "sh25", "r.received.natural_person"))], "year switch, then difference"))
    a(fu("en", [("Shuyang County 2025 direct lawsuits about disclosure — how many?", E("sy", "a.litigation_direct.total")),
                ("and lawsuits after reconsideration?", E("sy", "a.litigation_after_review.total"))], "appeals group switch"))
    a(fu("en", [("Huai'an 2024: requests declined as duplicates?", E("ha", "r.not_processed.duplicate.total")),
                ("Shuyang 2025, same row?", E("sy", "r.not_processed.duplicate.total"))], "body switch"))
    a(fu("en", [("Jianxi District office 2020, new requests from individuals?", E("jx", "r.received.natural_person")),
                ("how many of those were granted?", E("jx", "r.granted.natural_person"))], "row switch"))
    a(fu("en", [("STCSM 2024: requests carried over from the previous year?", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
                ("and new requests from companies?", E("kw", "r.received.commercial"))], "row and column switch"))
    a(fu("en", [("Hongze 2024 normative documents issued that year?", E("hz24", "c.normative_docs.issued")),
                ("and still in force?", E("hz24", "c.normative_docs.in_force")),
                ("what was the in-force count in 2023?", E("hz23", "c.normative_docs.in_force"))], "column then year switch"))
    a(fu("en", [("Huai'an 2024: reconsiderations ending in 'other outcome'?", E("ha", "a.review.other", alt=("其他结果 178 件", 178))),
                ("and for lawsuits filed directly?", E("ha", "a.litigation_direct.other"))], "appeals group switch"))
    a(fu("en", [("Shuyang 2025, requests fully granted?", E("sy", "r.granted.total")),
                ("and Huai'an 2024?", E("ha", "r.granted.total")),
                ("and Hongze 2023?", E("hz23", "r.granted.total"))], "body switch over three"))
    a(fu("en", [("Shanghai General Office 2025, reconsiderations pending?", E("sh25", "a.review.pending")),
                ("and the total number of reconsiderations back in 2019?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7)))], "year switch"))
    a(fu("en", [("How many admin licensing decisions did Shuyang report for 2025?", E("sy", "c.licensing.decisions")),
                ("penalty decisions?", E("sy", "c.punishment.decisions")),
                ("coercion?", E("sy", "c.coercion.decisions"))], "row switch"))
    a(fu("en", [("Huai'an 2024, refusals because disclosure could endanger security or stability?", E("ha", "r.withheld.security_stability.total")),
                ("and because they're state secrets?", E("ha", "r.withheld.state_secret.total"))], "row switch"))
    a(fu("en", [("Shanghai General Office 2019: individuals' requests rejected as administrative queries?", E("sh19", "r.withheld.admin_query.natural_person")),
                ("from companies?", E("sh19", "r.withheld.admin_query.commercial"))], "column switch"))
    a(fu("en", [("Hongze District 2024 lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
                ("direct ones?", E("hz24", "a.litigation_direct.total"))], "appeals group switch"))
    a(fu("en", [("Shuyang 2025 requests carried over from 2024?", E("sy", "r.carried_over.total")),
                ("Huai'an 2024 carried over from 2023?", E("ha", "r.carried_over.total", alt=("含上年度结转申请 34 件", 34)))], "body switch"))
    a(fu("en", [("Jianxi 2020, requests processed in total?", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
                ("Hongze 2023 total processed?", E("hz23", "r.total_processed.total"))], "body switch"))
    a(fu("en", [("Shanghai General Office 2025 total processed (总计 row)?", E("sh25", "r.total_processed.total", alt=("办结 1191", 1191))),
                ("of which granted?", E("sh25", "r.granted.total"))], "row switch"))
    a(fu("en", [("Huai'an 2024 requests where the applicant asked for info already published (申请公开出版物)?", E("ha", "r.not_processed.publication.total")),
                ("and those asking to reconfirm information already obtained?", E("ha", "r.not_processed.reconfirm.total"))], "row switch"))
    return c


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + NARR() + CANNOT() + TRAPS() + FOLLOW()
