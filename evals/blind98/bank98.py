"""Question bank of the blind98 evaluation set (evals/blind98).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written from scratch for this set. The bank names only bodies, keys,
keywords and the question text; every expected number is computed by helpers98.py from
corpus/gold/*.json, from printed table rows (SPECS, the cells blind5/blind6 verified) or from a
sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib98 as L  # noqa: E402
from helpers98 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the reports without gold (same specs as blind5/blind6 verified)
SPECS = {
    'hz24': {
        'active.coercion.decisions': ('row', '行政强制', 0),
        'active.fees.amount': ('row', '行政事业性收费', 0),
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '行政规范性文件', 2),
        'active.normative_docs.issued': ('row', '行政规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14),
        'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9),
        'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6),
    },
    'kw': {
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '规范性文件', 2),
        'active.normative_docs.issued': ('row', '规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '三、（一）予以公开', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
    },
    'sh25': {
        'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14),
        'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8),
        'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9),
        'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3),
        'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4),
        'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6),
        'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6),
        'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6),
    },
}
L.TEXT_SPECS.update(SPECS)

# text alternatives (text and table state the same number) ------------------------------
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351件"
HZ_REQ = "全区受理政府信息公开申请"
SH19_REQ = "代表市政府共受理"
SH19_APP = "信息公开类行政复议7件"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请 34"
KW_OUT = "同意公开答复 9"
SH25_REQ = "市政府共受理政府信息公开申请 1295"
SY_REQ = "共办理 718"
SY_ORG = "法人或其他组织申请 8"

M = {"unit": "万元"}


def P(lang, b, keys, q, alt=None, **kw):
    return V(lang, b, keys, q, "[plain] table value", alt=alt, **kw)


def TR(lang, b, keys, q, why, alt=None, **kw):
    return T(lang, b, keys, q, "[neighbour] " + why, alt=alt, **kw)


def SM(lang, b, keys, q, what, alt=None, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, alt=alt, **kw)


def DF(lang, b1, b2, keys, q, alt=None, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference, later year minus earlier", alt=alt, **kw)


def RK(lang, bodies, keys, order, q, what):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def NT(lang, b, kw_, value, unit, q, frm=None):
    return N(lang, b, kw_, value, unit, q, "[textonly] number stated only in the report text", frm=frm)


def UN(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def PLAIN():
    return [
        # ---- 淮安市 2024
        P("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", alt=(HA_REQ, 3119)),
        P("zh", "ha", "r.granted.total", "我查淮安24年的年报 直接给公开了的申请有几件啊"),
        P("en", "ha", "r.partially_granted.total", "Huai'an city gov 2024 - how many requests were only partly disclosed?"),
        P("zh", "ha", "r.unable.not_held.total", "淮安市2024年 政府回复说自己手里没有这个信息的 一共多少件"),
        P("en", "ha", "r.withheld.admin_query.total", "In its 2024 report, how many requests did Huai'an turn away because they were really administrative queries (行政查询事项)?"),
        P("zh", "ha", "r.not_processed.petition.total", "12345转过来一个来电：群众想知道淮安市2024年有多少申请被当成信访举报投诉类没处理"),
        P("en", "ha", "r.received.legal_services", "huaian 2024 requests filed by law firms / legal service orgs how many"),
        P("zh", "ha", "r.received.commercial", "二〇二四年淮安市政府收到的申请里，企业（商业企业）申请的有多少件？"),
        P("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huaian scrap (废止) in 2024?"),
        P("zh", "ha", "c.licensing.decisions", "淮安2024行政许可决定数量是多少"),
        P("en", "ha", "c.fees.amount", "What did Huai'an take in from administrative fees in 2024, in 10k yuan?", **M),
        P("zh", "ha", "a.review.corrected", "淮安市政府2024年因为信息公开被申请复议，最后被纠正的有几起？", alt=(HA_APP, 64)),
        P("en", "ha", "a.litigation_after_review.pending", "Journalist here. Huai'an 2024: lawsuits filed after an administrative review that were still undecided at year end?"),
        P("zh", "ha", "r.other.overdue_fee.total", "淮安2024年申请人逾期没交信息处理费的 这种有几件"),
        P("en", "ha", "r.withheld.state_secret.total", "Huaian 2024, refused because the info is a state secret - count?"),
        P("zh", "ha", "r.unable.needs_creation.total", "淮安市2024年度报告里“没有现成信息需要另行制作”的是几件"),
        P("en", "ha", "a.review.total", "Total administrative reconsideration cases (行政复议总计) about disclosure for Huai'an in FY2024?", alt=(HA_APP, 351)),
        P("zh", "ha", "r.total_processed.total", "淮安市2024年办完了多少件申请，就是办理结果那一栏的总计", alt=(HA_REQ, 3050)),
        P("en", "ha", "r.received.natural_person", "How many of Huai'an's new requests in 2024 came from private individuals?"),
        P("zh", "ha", "c.coercion.decisions", "淮安市 2024 行政强制决定 多少"),
        # ---- 淮安市洪泽区 2023 (a district of 淮安 with its own report)
        P("zh", "hz23", "r.received.total", "淮安下面的洪泽区，2023年收到几件政府信息公开申请？", alt=(HZ_REQ, 21)),
        P("en", "hz23", "r.unable.not_held.total", "Hongze District (part of Huai'an) 2023: how many times did the district say it did not hold the information?"),
        P("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请数"),
        P("en", "hz23", "c.punishment.decisions", "hongze 2023 administrative penalty decisions number pls"),
        P("zh", "hz23", "a.review.upheld", "我是记者，想核实一下洪泽区2023年信息公开行政复议结果维持的有多少件"),
        P("en", "hz23", "c.normative_docs.in_force", "As of its 2023 report, how many normative documents did Hongze District have still in force?"),
        P("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年需要另外制作才能提供、所以没给的申请有几件"),
        P("en", "hz23", "c.fees.amount", "Hongze District's administrative fee income for 2023 in 万元?", **M),
        # ---- 淮安市洪泽区 2024 (printed rows)
        P("zh", "hz24", "r.granted.total", "洪泽区2024年予以公开的申请有多少件（看表格那一行）"),
        P("en", "hz24", "c.licensing.decisions", "Hongze 2024 number of administrative licensing decisions"),
        P("zh", "hz24", "r.unable.not_held.total", "洪泽区政府24年本机关不掌握相关信息的有几件"),
        P("en", "hz24", "c.normative_docs.issued", "How many normative documents did Hongze District issue in 2024?"),
        P("zh", "hz24", "c.coercion.decisions", "2024年洪泽区行政强制决定是多少件啊"),
        # ---- 沭阳县 2025
        P("zh", "sy", "r.granted.total", "沭阳县2025年依申请公开 予以公开的有几件"),
        P("en", "sy", "r.unable.not_held.total", "Shuyang County 2025 — requests where the county did not hold the info?"),
        P("zh", "sy", "r.withheld.internal_affairs.total", "我之前帮我妈给沭阳县政府写过申请，被说是内部事务信息不公开，想问下2025年沭阳一共有几件是因为内部事务信息不予公开的"),
        P("en", "sy", "r.other.other.total", "Shuyang 2025: how many requests ended in the 'other' handling result (其他处理 - 其他)?"),
        P("zh", "sy", "c.normative_docs.in_force", "沭阳2025年现行有效的规范性文件一共有多少件"),
        P("en", "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang County make in 2025?"),
        P("zh", "sy", "a.review.pending", "沭阳县2025年信息公开复议里还没审结的是几件"),
        P("en", "sy", "a.litigation_after_review.total", "Shuyang 2025 lawsuits brought after reconsideration, total?"),
        P("zh", "sy", "r.received.legal_person", "2025年沭阳县收到的申请中法人或者其他组织提的有几件？", alt=(SY_ORG, 8)),
        P("en", "sy", "r.total_processed.total", "Total requests Shuyang County finished handling in 2025?", alt=(SY_REQ, 718)),
        P("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请是多少件，不算上一年结转过来的那些，只看表里新收那一行"),
        P("en", "sy", "r.carried_over.total", "I'm a student writing about Shuyang's 2025 report. How many requests were carried in from the previous year (上年结转)?"),
        P("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025重复申请不予处理的多少"),
        P("en", "sy", "c.coercion.decisions", "shuyang county 2025 admin coercion decisions?"),
        P("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额多少万元", **M),
        # ---- 上海市政府办公厅 2019
        P("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理的信息公开申请是多少", alt=(SH19_REQ, 859)),
        P("en", "sh19", "r.received.commercial", "Shanghai General Office, 2019: requests from businesses (商业企业)?"),
        P("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报表里规章“对外公开总数量”是多少"),
        P("en", "sh19", "c.procurement.amount", "How much was the Shanghai government general office's procurement in 2019 (万元)?", **M),
        P("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅，自然人提的申请里被当作信访举报投诉不处理的有几件"),
        P("en", "sh19", "r.unable.not_held.natural_person", "For Shanghai General Office in 2019, how many individual applicants were told the office did not hold the info?"),
        P("zh", "sh19", "r.unable.needs_creation.commercial", "上海市府办2019年企业申请的里面，因为要另行制作没提供的有几件"),
        P("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019: total requests processed (办理结果总计)?", alt=(SH19_REQ, 805)),
        P("zh", "sh19", "c.normative_docs.total_published", "19年上海市政府办公厅规范性文件对外公开总数"),
        P("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019 - individuals' requests refused as state secrets?"),
        # ---- 涧西区 2020
        P("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开了几件申请"),
        P("en", "jx", "c.procurement.projects", "Jianxi District 2020: number of government procurement projects?"),
        P("zh", "jx", "r.unable.not_held.total", "2020年涧西区 不掌握相关政府信息 几件"),
        P("en", "jx", "r.received.total", "How many disclosure requests did the Jianxi District government office receive in 2020?", alt=(JX_REQ, 17)),
        P("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购金额多少万元", **M),
        # ---- 上海市科委 2024 (printed rows)
        P("zh", "kw", "r.received.natural_person", "上海科委2024年自然人提交的申请有多少"),
        P("en", "kw", "r.total_processed.total", "STCSM (Shanghai science commission) 2024: total requests handled per the table?"),
        P("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定数"),
        P("en", "kw", "r.received.commercial", "Shanghai Science and Technology Commission 2024, requests from companies?"),
        P("zh", "kw", "c.normative_docs.in_force", "上海市科委 2024 现行有效规范性文件几件"),
        # ---- 上海市政府办公厅 2025 (printed rows)
        P("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年因为本机关不掌握无法提供的有多少件"),
        P("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025, requests treated as petitions/complaints and not processed?"),
        P("zh", "sh25", "r.carried_forward.total", "二〇二五年上海市政府办公厅结转到下一年继续办的申请有多少"),
        P("en", "sh25", "a.review.total", "Shanghai govt general office FY2025 total admin reconsideration cases?"),
        P("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 需要另行制作所以没提供 几件"),
        P("en", "sh25", "r.received.natural_person", "In 2025 how many new requests did the Shanghai General Office get from individuals?"),
        P("zh", "sh25", "a.litigation_direct.pending", "帮领导核对个数：上海市府办2025年直接起诉的行政诉讼里尚未审结的几件"),
        P("en", "sh25", "r.granted.total", "Shanghai General Office 2025: requests fully disclosed (予以公开)?"),
        P("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅25年重复申请的数量"),
        P("en", "hz24", "a.litigation_after_review.total", "Hongze District 2024, number of lawsuits after administrative review"),
        P("zh", "ha", "r.other.overdue_correction.total", "淮安2024 申请人补正逾期没回 这种算其他处理的有多少件"),
        P("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025, how many requests were refused as administrative query matters?"),
    ]


def COMBINE():
    return [
        # sums over several sub-items
        SM("zh", "ha", ["r.withheld.process_info.total", "r.withheld.internal_affairs.total"],
           "淮安市2024年因为是过程性信息或者内部事务信息而不公开的，两项加起来多少件", "two withheld sub-items"),
        SM("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "Huai'an 2024: add up all three 'unable to provide' reasons (not held, needs creating, unclear request) — what's the total?", "three unable sub-items"),
        SM("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                        "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
           "沭阳县2025年不予公开的那几类（危及三安全一稳定、第三方权益、内部事务、过程性、行政执法案卷、行政查询）合计多少件", "six withheld sub-items"),
        SM("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "shuyang 2025 petition-type requests + duplicate requests (both not processed) combined?", "two not-processed sub-items"),
        SM("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "淮安2024其他处理那一大项，三个小项加一起是多少", "three other-handling sub-items"),
        # sums over outcome columns of appeals
        SM("zh", "ha", ["a.review.corrected", "a.review.other"],
           "淮安市政府2024年的信息公开行政复议，结果纠正加上其他结果一共多少件", "two review outcome columns"),
        SM("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"],
           "For Shuyang County in 2025, how many reconsideration cases had been decided (upheld + corrected + other, not counting pending)?", "three review outcome columns"),
        SM("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "淮安2024行政诉讼维持的 直接起诉的和复议后起诉的加起来是多少", "upheld over both lawsuit groups",
           alt=("政府信息公开行政诉讼 46 件", 25)),
        SM("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "Reporter question: all disclosure-related lawsuits against Huai'an city in 2024, direct ones plus the ones after reconsideration?", "both lawsuit totals",
           alt=("政府信息公开行政诉讼 46 件", 46)),
        SM("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total", "a.review.total"],
           "沭阳县2025年复议加上两类诉讼，信息公开相关的案件表里一共多少件", "review plus both lawsuit totals",
           alt=("全县共办理相关案件", 74)),
        SM("en", "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"],
           "How many Huai'an 2024 appeal cases (reconsiderations and both kinds of lawsuits) were still pending at the end of the year?", "pending column over three appeal groups"),
        # sums over applicant columns
        SM("zh", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
           "淮安市2024年新收申请里 企业、法律服务机构、其他机构这三类加起来多少", "three applicant columns"),
        SM("en", "sh19", ["r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"],
           "Shanghai General Office 2019: disclosed-in-full requests from organisations (business + legal services + other orgs) together?", "three applicant columns"),
        SM("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
           "上海市政府办公厅2019年本机关不掌握的申请，自然人、企业、法律服务机构三列加总是多少？（表里总计是空的）", "columns of a row with a blank total"),
        SM("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
           "shuyang 2025 requests from individuals: new ones plus the ones carried over from before, total?", "new plus carried-over, one column",
           alt=("其中自然人申请 741", 741)),
        SM("zh", "ha", ["r.received.total", "r.carried_over.total"],
           "淮安市2024年本年新收的加上上年结转的申请，一共要办多少件", "new plus carried over"),
        SM("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Hongze District 2023, requests it could not provide (not held + would need to be created), total?", "two unable sub-items"),
        SM("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "上海市府办2025年信访类和重复申请两种不予处理的加起来多少件", "two not-processed sub-items (printed rows)"),
        SM("en", "kw", ["r.received.total", "r.carried_over.total"],
           "STCSM 2024: new requests plus those carried over from the prior year — how many in all?", "new plus carried over (printed rows)"),
        SM("zh", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "洪泽区2024年行政复议、直接起诉、复议后起诉这三个总计加一起是多少", "three appeal totals (printed rows)"),
        SM("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "Huaian 2024 licensing + penalty + coercion decisions combined?", "three active-disclosure rows"),
        # differences between years of one body
        DF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少"),
        DF("en", "hz23", "hz24", "c.punishment.decisions", "How did Hongze District's administrative penalty count change from 2023 to 2024? (2024 minus 2023)"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2023年到2024年增加了几件"),
        DF("en", "hz23", "hz24", "c.fees.amount", "Hongze District fee income 2024 vs 2023, difference in 万元?", unit="万元"),
        DF("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽2024年行政强制比2023年少了多少（用2024减2023）"),
        DF("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative docs in force, 2024 figure minus 2023 figure?"),
        DF("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请，2025年比2019年多了多少件", alt=(SH25_REQ, 1295)),
        DF("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2025 vs 2019 — how many more?"),
        DF("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议总数 2019年到2025年增加了多少"),
        DF("en", "sh19", "sh25", "r.received.natural_person", "Change in requests from individuals at the Shanghai General Office between 2019 and 2025?"),
        DF("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的行政诉讼，25年和19年比差几件"),
        DF("en", "sh19", "sh25", "r.total_processed.total", "Shanghai General Office total requests processed: 2025 minus 2019?"),
        DF("zh", "sh19", "sh25", ["a.review.total", "a.litigation_direct.total"],
           "上海市政府办公厅复议和直接诉讼两项加起来，2025年比2019年多多少"),
        DF("en", "sh19", "sh25", "r.carried_over.total", "How many more requests did the Shanghai General Office carry in from the previous year in its 2025 report than in its 2019 report?"),
    ]


def RANK():
    G3 = ["ha", "hz23", "sy"]
    return [
        RK("zh", G3, "c.licensing.decisions", "desc", "淮安市2024、洪泽区2023、沭阳县2025三家里，哪家行政许可决定最多", "licensing"),
        RK("en", G3, "c.coercion.decisions", "asc", "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which made the fewest administrative coercion decisions?", "coercion, bottom"),
        RK("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "淮安2024年、沭阳2025年、上海市府办2019年，上年结转过来的申请谁最多", "carried over"),
        RK("en", G3, "a.review.corrected", "desc", "Rank Huai'an 2024, Hongze 2023 and Shuyang 2025 by reconsideration cases where the result was corrected — who's top?", "one outcome column"),
        RK("zh", ["ha", "hz23", "sy", "sh19"], "a.review.upheld", "asc", "复议结果维持的件数：淮安2024、洪泽2023、沭阳2025、上海市政府办公厅2019，哪家最少？", "one outcome column, bottom"),
        RK("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "Which body refused the most requests as internal-affairs info: Huai'an 2024, Shuyang 2025 or Hongze 2023?", "one withheld sub-item"),
        RK("zh", G3, "c.normative_docs.repealed", "asc", "废止规范性文件这一项，淮安市2024年、洪泽区2023年、沭阳县2025年谁最少", "repealed docs, bottom"),
        RK("en", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "Among Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi District (2020), who got the fewest requests from individuals?", "one applicant column, bottom"),
        RK("zh", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "商业企业提的申请，淮安2024、沭阳2025、上海市府办2019三个比一下谁最多", "one applicant column"),
        RK("en", ["ha", "sy"], "r.other.other.total", "desc", "Huai'an 2024 vs Shuyang 2025: which one had more requests closed as 'other' (其他处理 - 其他)?", "one sub-item of other handling, two bodies"),
        RK("zh", G3, "r.withheld.total", "desc", "不予公开（全部八项）按三家排个序，淮安市2024年、洪泽区2023年、沭阳县2025年，最多的是谁", "derived withheld row total"),
        RK("en", ["ha", "sy", "jx"], ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "asc",
           "Counting upheld lawsuits of both kinds, which of Huai'an 2024, Shuyang 2025 and Jianxi 2020 had the fewest?", "sum of outcome columns"),
        RK("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼总数：淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年、涧西区2020年，排第一的是哪家", "direct lawsuits"),
        RK("en", G3, "c.fees.amount", "asc", "Lowest administrative fee income among Huai'an 2024, Hongze District 2023 and Shuyang County 2025?", "fees, bottom"),
        RK("zh", ["ha", "sy", "sh19"], "a.review.pending", "asc", "复议尚未审结的，淮安2024年、沭阳2025年、上海市府办2019年谁最少", "pending column, bottom"),
        RK("en", G3, "r.not_processed.petition.total", "desc", "Which had the most petition-type requests left unprocessed — Huai'an 2024, Hongze 2023 or Shuyang 2025?", "one not-processed sub-item"),
        RK("zh", ["ha", "sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc", "结转下年度继续办理的数量，五家（淮安2024、沭阳2025、上海市府办2019、涧西2020、洪泽2023）里谁最多", "carried forward, five bodies"),
        RK("en", ["sy", "hz23", "ha"], "r.unable.needs_creation.total", "asc", "Fewest 'would need to create new info' refusals: Shuyang 2025, Hongze 2023, Huai'an 2024?", "one unable sub-item, bottom"),
        RK("zh", G3, ["a.review.corrected", "a.review.other"], "desc", "复议里纠正加其他结果合在一起，淮安市2024年、洪泽区2023年、沭阳县2025年谁最多", "sum of two outcome columns"),
        RK("en", ["sh19", "jx"], "c.procurement.projects", "asc", "Shanghai General Office 2019 or Jianxi District 2020 — which had fewer procurement projects?", "procurement projects, two bodies"),
    ]


def TRAPS():
    return [
        TR("zh", "ha", "r.carried_forward.total", "淮安市2024年还没办完、要转到下一年度接着办的申请有几件", "结转下年 vs 上年结转", alt=(HA_REQ, 103)),
        TR("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after the applicant first went through reconsideration — how many?", "复议后起诉 vs 直接起诉"),
        TR("zh", "ha", "c.normative_docs.in_force", "淮安市政府到2024年底还有效的规范性文件有多少件（不是当年新发的）", "现行有效 vs 制发"),
        TR("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests refused because answering would mean producing new information (另行制作), not the 'not held' ones", "另行制作 vs 不掌握"),
        TR("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为是过程性信息不给公开的几件？别和内部事务搞混", "过程性信息 vs 内部事务"),
        TR("en", "ha", "a.review.other", "In Huai'an's 2024 reconsiderations, how many ended with some 'other' result — neither upheld nor corrected?", "其他结果 vs 纠正", alt=(HA_APP, 178)),
        TR("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购是几个项目（问的是项目数不是金额）", "采购项目数 vs 金额"),
        TR("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019, regulations: the total number publicly available (对外公开总数量), not the ones newly made that year", "对外公开总数 vs 新制作"),
        TR("zh", "ha", "r.partially_granted.total", "淮安2024年只公开了一部分的申请，不是全部公开的那种，几件", "部分公开 vs 予以公开"),
        TR("en", "ha", "r.granted.legal_services", "Huai'an 2024: fully disclosed requests that came from legal service organisations — not the business ones", "法律服务机构 vs 商业企业"),
        TR("zh", "sy", "r.carried_forward.total", "沭阳县2025年转到下一年继续办理的申请几件", "结转下年 vs 上年结转", alt=(SY_REQ, 31)),
        TR("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019: normative documents newly made that year (本年新制作数量), not the cumulative publicly available total", "新制作 vs 对外公开总数",
           alt=("主动公开规章13件", 60)),
    ]


def FOLLOWUPS():
    return [
        FU("zh", [("淮安市2024年予以公开的申请多少件", E("ha", "r.granted.total")),
                  ("那沭阳县2025年呢", E("sy", "r.granted.total"))], "switch body and year"),
        FU("en", [("How many requests did Hongze District answer with 'we don't hold this information' in 2023?", E("hz23", "r.unable.not_held.total")),
                  ("and 2024?", E("hz24", "r.unable.not_held.total"))], "switch year (printed row)"),
        FU("zh", [("沭阳2025年行政复议总共多少件", E("sy", "a.review.total")),
                  ("其中维持的呢", E("sy", "a.review.upheld")),
                  ("纠正的几件", E("sy", "a.review.corrected"))], "switch outcome column"),
        FU("en", [("Huai'an 2024 – requests turned down as state secrets?", E("ha", "r.withheld.state_secret.total")),
                  ("ok and the ones where the law forbids disclosure?", E("ha", "r.withheld.prohibited_by_law.total"))], "switch sub-item"),
        FU("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("换成2025年呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "switch year"),
        FU("en", [("Jianxi District 2020, administrative reconsiderations about disclosure, total?", E("jx", "a.review.total")),
                  ("lawsuits filed directly?", E("jx", "a.litigation_direct.total")),
                  ("and after review?", E("jx", "a.litigation_after_review.total"))], "switch appeals group"),
        FU("zh", [("洪泽区2023年行政处罚决定多少", E("hz23", "c.punishment.decisions")),
                  ("24年的呢", E("hz24", "c.punishment.decisions"))], "switch year (two-digit)"),
        FU("en", [("Shuyang County 2025: requests from individuals in the new-request row?", E("sy", "r.received.natural_person")),
                  ("and from legal service institutions?", E("sy", "r.received.legal_services"))], "switch column"),
        FU("zh", [("上海科委2024年予以公开几件", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
                  ("上年结转过来的有几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2)))], "switch row (printed rows)"),
        FU("en", [("What were Huai'an's 2024 licensing decisions?", E("ha", "c.licensing.decisions")),
                  ("Same item for Shuyang County, 2025", E("sy", "c.licensing.decisions")),
                  ("and Hongze District 2023?", E("hz23", "c.licensing.decisions"))], "switch body"),
        FU("zh", [("淮安市2024年信访举报投诉类不予处理几件", E("ha", "r.not_processed.petition.total")),
                  ("重复申请的呢", E("ha", "r.not_processed.duplicate.total"))], "switch sub-item"),
        FU("en", [("Shanghai General Office 2025, total reconsideration cases?", E("sh25", "a.review.total")),
                  ("how about 2019?", E("sh19", "a.review.total", alt=(SH19_APP, 7)))], "switch year"),
        FU("zh", [("沭阳县2025年规范性文件新制发了几件", E("sy", "c.normative_docs.issued")),
                  ("废止了几件", E("sy", "c.normative_docs.repealed")),
                  ("现在还有效的呢", E("sy", "c.normative_docs.in_force"))], "switch column of active disclosure"),
        FU("en", [("hongze 2024 admin fees amount?", E("hz24", "c.fees.amount", unit="万元")),
                  ("Huai'an 2024 same thing", E("ha", "c.fees.amount", unit="万元"))], "switch body"),
        FU("zh", [("涧西区政府办2020年收到多少件申请", E("jx", "r.received.total", alt=(JX_REQ, 17))),
                  ("办结了多少", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], "switch row"),
        FU("en", [("In 2024 how many requests did Huai'an say it didn't hold the info for?", E("ha", "r.unable.not_held.total")),
                  ("Shuyang for 2025?", E("sy", "r.unable.not_held.total")),
                  ("Shanghai General Office in 2025?", E("sh25", "r.unable.not_held.total"))], "switch body and year"),
        FU("zh", [("淮安2024年复议后又起诉的案件，法院维持的几件", E("ha", "a.litigation_after_review.upheld")),
                  ("纠正的呢", E("ha", "a.litigation_after_review.corrected"))], "switch outcome column"),
        FU("en", [("Shuyang 2025 requests not processed because they were petitions?", E("sy", "r.not_processed.petition.total")),
                  ("what about duplicate requests", E("sy", "r.not_processed.duplicate.total"))], "switch sub-item"),
        FU("zh", [("上海市政府办公厅2019年结转下年度继续办理的有几件", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                  ("2025年这一项呢", E("sh25", "r.carried_forward.total"))], "switch year"),
        FU("en", [("STCSM 2024 – new requests received?", E("kw", "r.received.total", alt=(KW_REQ, 34))),
                  ("Huai'an city for 2024?", E("ha", "r.received.total", alt=(HA_REQ, 3119)))], "switch body"),
        FU("zh", [("洪泽区2023年行政强制决定几件", E("hz23", "c.coercion.decisions")),
                  ("行政许可呢", E("hz23", "c.licensing.decisions"))], "switch row"),
        FU("en", [("Huai'an 2024: how many reconsideration cases were still pending?", E("ha", "a.review.pending", alt=(HA_APP, 37))),
                  ("and direct lawsuits still pending?", E("ha", "a.litigation_direct.pending"))], "switch appeals group"),
        FU("zh", [("沭阳县2025年予以公开的申请里自然人的有几件", E("sy", "r.granted.natural_person")),
                  ("部分公开的自然人呢", E("sy", "r.partially_granted.natural_person"))], "switch row, fixed column"),
        FU("en", [("Shanghai General Office 2019, procurement projects?", E("sh19", "c.procurement.projects")),
                  ("Jianxi 2020?", E("jx", "c.procurement.projects"))], "switch body and year"),
        FU("zh", [("淮安2024年规章现行有效的几件", E("ha", "c.regulations.in_force")),
                  ("新制发的规章呢", E("ha", "c.regulations.issued", alt=("新增公开市政府规章 1", 1)))], "switch column"),
        FU("en", [("Hongze District 2023, partially disclosed requests?", E("hz23", "r.partially_granted.total")),
                  ("and Huai'an for 2024?", E("ha", "r.partially_granted.total"))], "switch body and year"),
        FU("zh", [("上海市府办2025年直接提起行政诉讼的总共几件", E("sh25", "a.litigation_direct.total")),
                  ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], "switch appeals group (printed rows)"),
        FU("en", [("Huai'an 2024, requests from businesses in the new-request row?", E("ha", "r.received.commercial")),
                  ("from other organisations?", E("ha", "r.received.other_org"))], "switch column"),
        FU("zh", [("沭阳县2025年行政强制决定多少件", E("sy", "c.coercion.decisions")),
                  ("淮安市2024年的呢", E("ha", "c.coercion.decisions"))], "switch body and year"),
        FU("en", [("What did Shuyang 2025 report for requests withheld because of third-party rights?", E("sy", "r.withheld.third_party.total")),
                  ("and Huai'an in 2024?", E("ha", "r.withheld.third_party.total"))], "switch body and year"),
        FU("zh", [("洪泽区2024年现行有效规范性文件几件", E("hz24", "c.normative_docs.in_force")),
                  ("2023年呢", E("hz23", "c.normative_docs.in_force"))], "switch year (printed row then gold)"),
        FU("en", [("Shanghai General Office 2019, requests from individuals that were partly disclosed?", E("sh19", "r.partially_granted.natural_person")),
                  ("and individuals told the info would have to be newly made?", E("sh19", "r.unable.needs_creation.natural_person"))], "switch row, fixed column"),
        FU("zh", [("淮安市2024年行政处罚决定多少", E("ha", "c.punishment.decisions")),
                  ("沭阳2025年呢", E("sy", "c.punishment.decisions")),
                  ("洪泽区2024年呢", E("hz24", "c.punishment.decisions"))], "switch body and year"),
        FU("en", [("Shuyang 2025 overdue-fee cases under other handling?", E("sy", "r.other.overdue_fee.total")),
                  ("and overdue corrections?", E("sy", "r.other.overdue_correction.total"))], "switch sub-item"),
        FU("zh", [("上海市政府办公厅2025年上年结转申请多少件", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
                  ("其中自然人的是多少", E("sh25", "r.carried_over.natural_person"))], "switch column (printed rows)"),
        FU("en", [("Jianxi District 2020: requests carried into the next year?", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
                  ("Huai'an 2024?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))], "switch body and year"),
        FU("zh", [("淮安2024复议结果维持几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                  ("沭阳县2025年的呢", E("sy", "a.review.upheld"))], "switch body and year"),
        FU("en", [("Shanghai science commission 2024, normative documents issued?", E("kw", "c.normative_docs.issued", alt=("市科委通过部门网站当年发布政府信息 393", 13))),
                  ("Hongze District 2024?", E("hz24", "c.normative_docs.issued"))], "switch body (printed rows)"),
        FU("zh", [("沭阳2025年不予公开里面“行政执法案卷”那项几件", E("sy", "r.withheld.enforcement_files.total")),
                  ("淮安2024年这项呢", E("ha", "r.withheld.enforcement_files.total"))], "switch body and year"),
    ]


def TEXTONLY():
    return [
        NT("zh", "ha", "淮安市人民政府公报》6 期", 6, "期", "淮安市政府2024年出了几期政府公报"),
        NT("en", "ha", "等新闻发布会 12 场", 12, "场", "How many press conferences did Huai'an hold in 2024 according to its report?"),
        NT("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体账号有多少个"),
        NT("en", "ha", "全年组织 4 次", 4, "次", "Huai'an 2024: how many full-coverage checks of disclosure columns were organised?"),
        NT("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息公开处理费（元）"),
        NT("en", "ha", "制作政策解读21", 21, "个", "Number of policy interpretations Huai'an produced in 2024 (政策解读)?"),
        NT("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
        NT("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024: how many items did it publish proactively on the government website platform?"),
        NT("zh", "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        NT("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站2025年全年主动公开信息多少条"),
        NT("en", "sy", "开展意见征集9期", 9, "期", "Shuyang County 2025: how many rounds of public comment (意见征集) were run on the portal?"),
        NT("zh", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳县直部门2025年在信息公开页面发了多少条信息"),
        NT("en", "sy", "等专栏33个", 33, "个", "How many new-media columns (专栏) did Shuyang set up in 2025?"),
        NT("zh", "sy", "策采相关新闻稿件2606", 2606, "篇", "沭阳2025年政务新媒体策采新闻稿件多少篇", frm="策采"),
        NT("en", "sy", "推送系列原创短视频1113", 1113, "个", "Shuyang 2025 original short videos pushed — how many?", frm="策采"),
        NT("zh", "sy", "年度涌现爆款内容52条", 52, "条", "我看到说沭阳2025年出了不少爆款，一共多少条爆款内容"),
        NT("en", "sy", "49条破百万", 49, "条", "Shuyang 2025: number of posts that passed one million views?"),
        NT("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        NT("en", "sy", "全年发出催办提示 84", 84, "次", "How many reminder alerts did Shuyang's countdown alarm send in 2025?"),
        NT("zh", "sy", "累计开展办前主动沟通 49", 49, "次", "沭阳县2025年办理申请前主动沟通了几次"),
        NT("en", "sy", "失效链接43处", 43, "处", "Shuyang 2025 website checks: how many broken links were fixed?"),
        NT("zh", "sy", "累计清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息"),
        NT("en", "sy", "全县行政机关在办理2025年度信息公开申请中收取信息处理费共计", 380, "元", "Total information-processing fees collected by Shuyang's agencies for 2025 requests, in yuan?"),
        NT("zh", "sy", "成功推动化解各类争议纠纷 33", 33, "件", "沭阳县2025年通过沟通化解了多少件争议纠纷"),
        NT("en", "kw", "今年累计批量推送集成式发布政策 121", 121, "条", "STCSM 2024: policies pushed in bulk for integrated release — how many?"),
        NT("zh", "kw", "“上海科技”网站全年累计发布信息 2139", 2139, "条", "上海科委2024年“上海科技”网站一共发了多少条信息"),
        NT("en", "kw", "动态类信息发布 1744", 1744, "条", "How many news-type (动态类) items did the Shanghai science commission's site post in 2024?", frm="“上海科技”"),
        NT("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会", frm="召开"),
        NT("en", "sh25", "含申请人主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their requests themselves?", frm="其中"),
        NT("zh", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "上海市府办2025年编了几期市政府公报"),
        NT("en", "sh25", "发布审查 330", 330, "件", "How many publication reviews of documents did the Shanghai General Office complete in 2025?", frm="全年"),
        NT("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "上海2025年上线数字公报的区有几个"),
        NT("en", "sh19", "发布政策解读共132", 132, "件", "Shanghai General Office 2019: number of policy interpretations published on the China Shanghai portal?"),
        NT("zh", "sh19", "进行权威发布共计38", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次"),
        NT("en", "sh19", "对本市处于正常运行状态的70", 70, "家", "In 2019 how many government websites did Shanghai inspect every quarter?"),
        NT("zh", "sh19", "统一受理平台接入53个部门", 53, "个", "上海2019年一网通办统一受理平台接入了多少个部门"),
        NT("en", "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas for standardised grassroots disclosure were set up?"),
    ]


def CANNOT():
    return [
        # a place inside a body whose own report is not in the corpus
        UN("zh", "淮安市清江浦区2024年收到多少件政府信息公开申请", "place inside a body: 清江浦区 of 淮安市 has no report in the corpus; 淮安市's report gives no district breakdown"),
        UN("en", "Huai'an's Huaiyin District in 2024 — how many disclosure requests did it get?", "place inside a body: 淮阴区 has no report; the city report has no district split"),
        UN("zh", "沭阳县钱集镇2025年依申请公开有多少件", "place inside a body: township of 沭阳县, no own report; county report has no township split"),
        UN("en", "How many requests did Shucheng subdistrict (沭城街道) in Shuyang handle in 2025?", "place inside a body: subdistrict of 沭阳县, no own report"),
        UN("zh", "洪泽区高良涧街道2023年行政复议有几件", "place inside a body: 高良涧街道 of 洪泽区, no own report"),
        UN("en", "Shanghai's Huangpu District, 2025: how many information disclosure requests?", "place inside a body: 黄浦区 has no report; the general office report covers the city government only"),
        UN("zh", "上海浦东新区2019年政府信息公开申请数量是多少", "place inside a body: 浦东新区 not in the corpus"),
        UN("en", "Jianxi District 2020, requests handled by Chongqing Road subdistrict (重庆路街道)?", "place inside a body: subdistrict of 涧西区, no own report"),
        UN("zh", "涟水县2024年的行政许可决定有多少", "place inside a body: 涟水县 (under 淮安) has no report in the corpus"),
        UN("en", "rank huai'an's districts by disclosure requests 2024 — which district was top?", "no district breakdown in the 淮安市 report; district reports (except 洪泽) not in corpus"),
        UN("zh", "2025年沭阳县各个乡镇谁收到的申请最多", "no township breakdown in the 沭阳 report"),
        # bodies / years not held
        UN("en", "Suqian city 2025 number of disclosure requests received?", "body not in the corpus (宿迁市)"),
        UN("zh", "南京市政府2024年信息公开申请有多少", "body not in the corpus (南京市)"),
        UN("en", "Hongze District's 2022 report — how many requests?", "year not in the corpus (洪泽区 2022)"),
        UN("zh", "沭阳县2024年行政复议多少件", "year not in the corpus (沭阳县 2024)"),
        UN("en", "Shanghai science commission 2023, total requests?", "year not in the corpus (上海市科委 2023)"),
        UN("zh", "淮安市政府2023年予以公开多少件", "year not in the corpus (淮安市 2023)"),
        UN("en", "Jianxi District 2021 administrative reconsideration count?", "year not in the corpus (涧西区 2021)"),
        # breakdowns the reports do not hold
        UN("zh", "淮安2024年申请人里男的女的各多少", "sex breakdown not reported"),
        UN("en", "What share of Shuyang's 2025 applicants were over 60 years old?", "age breakdown not reported"),
        UN("zh", "上海市府办2025年哪个月收到的申请最多", "month breakdown not reported"),
        UN("en", "Huai'an 2024 requests submitted online vs by post — split?", "channel breakdown not reported"),
        UN("zh", "沭阳县2025年关于征地拆迁的申请有多少件", "topic breakdown not reported"),
        UN("en", "Which department of the Huai'an government got the most requests in 2024?", "department breakdown not reported"),
        UN("zh", "洪泽区2023年第三季度收到的申请几件", "quarter breakdown not reported"),
        UN("en", "Shanghai General Office 2019 — how many applicants lived outside Shanghai?", "residence breakdown not reported"),
        UN("zh", "涧西区2020年平均多少天答复一个申请", "response time not reported"),
        UN("en", "How many staff work on disclosure at the Huai'an city government (2024 report)?", "staff numbers not reported"),
        UN("zh", "上海科委2024年信息公开工作花了多少经费", "costs not reported"),
        # forecasts, opinions, personal cases, personal data
        UN("en", "Forecast: how many requests will Shuyang County receive in 2026?", "forecast"),
        UN("zh", "你觉得淮安市2024年的信息公开工作做得好不好", "opinion"),
        UN("en", "Was the Shanghai General Office right to refuse so many requests in 2025? your view", "opinion"),
        UN("zh", "我2024年6月给淮安市政府交了个申请，编号我忘了，现在办到哪一步了", "one person's own case"),
        UN("en", "My neighbour sued Shuyang County in 2025 over a disclosure refusal, did he win?", "one person's own case"),
        UN("zh", "洪泽区2023年那10件复议维持的申请人叫什么名字，电话多少", "personal data"),
        UN("en", "Give me the names of the individuals who applied to the Jianxi District office in 2020", "personal data"),
        UN("zh", "12345这边有来电问：2025年上海市政府办公厅不予公开的那些申请，具体是哪些人申请的", "personal data"),
        UN("en", "Why did Hongze District's request count jump in 2024? give the reason the report states", "reason not stated in the report"),
        UN("zh", "2025年沭阳县下面的乡镇哪个行政处罚最少", "no township breakdown in the 沭阳 report"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TRAPS() + FOLLOWUPS() + TEXTONLY() + CANNOT()
