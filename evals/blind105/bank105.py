"""Question bank of the blind105 evaluation set (evals/blind105).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording was written for this set. Numbers are never typed here: helpers105 computes them
from gold/*.json, from printed table rows of the reports without gold (SPECS, the cells blind6
verified), or from a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib105 as L  # noqa: E402
from helpers105 import (E, EN, EU, ED, F, V, T, S, N, U, D, R)  # noqa: E402,F401

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

TAG = {"value": "[plain]", "sum": "[combine]", "difference": "[combine]", "ranking": "[rank]",
       "followup": "[followup]", "narrative": "[textonly]", "unanswerable": "[cannot]",
       "trap": "[neighbour]"}

# text-and-table agreements (keyword of the sentence, number)
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_FWD = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_RV = ("政府信息公开行政复议 351", 351)
HA_RV_UP = ("政府信息公开行政复议 351", 72)
HA_RV_OTH = ("政府信息公开行政复议 351", 178)
HZ_REC = ("全区受理政府信息公开申请", 21)
SH_REC = ("代表市政府共受理政府信息公开申请", 859)
SH_DONE = ("代表市政府共受理政府信息公开申请", 805)
JX_REC = ("全年共收到依申请公开", 17)
SY_LP = ("全县全年共受理政府信息公开申请", 8)
SY_DONE = ("全县全年共受理政府信息公开申请", 718)
SY_FWD = ("全县全年共受理政府信息公开申请", 31)
HA_RV_COR = ("政府信息公开行政复议 351", 64)
JX_FWD = ("全年共收到依申请公开", 2)
SH_OVER = ("代表市政府共受理政府信息公开申请", 18)
SH_FWD = ("代表市政府共受理政府信息公开申请", 72)
SH_RV = ("信息公开类行政复议", 7)
SH25_REC = ("市政府共受理政府信息公开申请 1295", 1295)
SH25_OVER = ("市政府共受理政府信息公开申请 1295", 189)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_OVER = ("全年收到政府信息公开申请", 2)


def VALUES():
    return [
        # ---- 淮安市 2024
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", alt=HA_REC),
        V("en", "ha", "r.received.total", "how many new info disclosure applications did huaian city govt get in 2024", alt=HA_REC),
        V("zh", "ha", "r.unable.not_held.total", "24年淮安 回复说政府自己手上没这个信息的 有几件？"),
        V("en", "ha", "r.unable.not_held.natural_person", "Huai'an 2024: of the requests filed by private individuals, how many got the answer 'we do not hold that information' (本机关不掌握)?"),
        V("zh", "ha", "r.withheld.admin_query.total", "我是做法律研究的学生，想核对一下淮安市人民政府2024年报表格三里“属于行政查询事项”不予公开的总数是多少"),
        V("en", "ha", "r.not_processed.petition.total", "Huaian 2024, how many requests were really complaints or petitions dressed up as disclosure requests and so not processed?"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年 申请人补正超期、政府就不再处理的 多少件"),
        V("en", "ha", "r.partially_granted.total", "In 2024 how many times did Huai'an give only part of what was asked for?"),
        V("zh", "ha", "a.review.corrected", "淮安市2024年信息公开的行政复议里面，被纠错的有几件？", alt=HA_RV_COR),
        V("en", "ha", "a.litigation_after_review.pending", "huaian 2024 - cases that went to court after an admin review and still no verdict at year end, number?"),
        V("zh", "ha", "c.normative_docs.repealed", "二〇二四年淮安市政府废止的规范性文件数量"),
        V("en", "ha", "c.fees.amount", "What did Huai'an take in through administrative fees in 2024 (行政事业性收费 amount)?", unit="万元"),
        V("zh", "ha", "r.withheld.third_party.total", "12345转办：来电人问淮安市政府2024年因为会损害第三方合法权益而没公开的申请有几件"),
        V("en", "ha", "r.received.legal_services", "Huaian FY2024, number of new requests that came from law firms and other legal service providers?"),
        V("zh", "ha", "r.granted.commercial", "24年淮安 企业申请的 最后全部公开了的有多少"),
        V("en", "ha", "a.litigation_direct.upheld", "For Huai'an in 2024, in how many lawsuits filed straight to court (no review first) did the court back the government?"),
        V("zh", "ha", "c.coercion.decisions", "淮安市人民政府2024年度行政强制决定一共作了多少个"),
        V("en", "ha", "r.carried_forward.total", "huai an 2024 how many requests were still open at year end and pushed into the next year", alt=HA_FWD),
        # ---- 洪泽区 2023
        V("zh", "hz23", "r.received.total", "洪泽区政府2023年收到几件政府信息公开申请啊", alt=HZ_REC),
        V("en", "hz23", "r.partially_granted.natural_person", "Hongze District 2023 — requests from individuals that were partly disclosed?"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽 2023年 因为要重新做一份材料才能给、所以没法提供的申请 有几件"),
        V("en", "hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze make in 2023?"),
        V("zh", "hz23", "c.licensing.decisions", "想了解下洪泽区2023年行政许可的处理决定数"),
        V("en", "hz23", "r.unable.not_held.total", "In 2023 how often did the Hongze district government tell applicants it simply didn't have the info asked for?"),
        V("zh", "hz23", "a.review.corrected", "洪泽区2023年政府信息公开行政复议 结果被纠正的是多少件"),
        V("en", "hz23", "c.fees.amount", "hongze 2023 admin fees collected, in 10k yuan?", unit="万元"),
        V("zh", "hz23", "r.withheld.state_secret.total", "2023年洪泽区有没有因为涉及国家秘密不公开的申请？有的话几件"),
        # ---- 洪泽区 2024 (text cells)
        V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定数是多少？"),
        V("en", "hz24", "r.granted.total", "Hongze 2024: how many requests ended with the info handed over in full?"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽区人民政府2024年报 依申请那张表里“本机关不掌握相关政府信息”总计一栏是几"),
        V("en", "hz24", "c.licensing.decisions", "number of licensing decisions (行政许可) Hongze District made in 2024"),
        V("zh", "hz24", "appeals.review.total", "24年洪泽区信息公开方面被申请行政复议的总数"),
        V("en", "hz24", "c.normative_docs.in_force", "How many normative documents were still in force at Hongze at the end of 2024?"),
        # ---- 沭阳县 2025
        V("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请（表里那一行，不含上年结转）是多少"),
        V("en", "sy", "r.granted.total", "Shuyang County 2025, requests where the info was fully released?"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年 以“内部事务信息”为由不公开的 几件"),
        V("en", "sy", "r.other.other.total", "shuyang 2025 - count in the catch-all 'other handling' line (其他) under other results?"),
        V("zh", "sy", "r.carried_over.total", "我2024年底帮我妈给沭阳县政府写过申请，一直拖着。想问下沭阳2025年年报里，从2024年结转到2025年来办的申请一共几件"),
        V("en", "sy", "a.review.pending", "Shuyang 2025: admin reviews about disclosure that were not concluded by year end?"),
        V("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 先复议、对复议不服再去法院告的案子总共多少"),
        V("en", "sy", "c.normative_docs.in_force", "As of end of 2025, how many normative documents does Shuyang County list as currently valid?"),
        V("zh", "sy", "r.not_processed.duplicate.total", "沭阳县政府2025 重复申请不予处理的件数"),
        V("en", "sy", "c.licensing.decisions", "Shuyang County 2025 administrative licensing decisions — total number please"),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年新收申请里，法人或其他组织提的有几件", alt=SY_LP),
        V("en", "sy", "r.other.overdue_fee.total", "In Shuyang in 2025 how many requests were dropped because the applicant did not pay the fee in time?"),
        V("zh", "sy", "c.fees.amount", "沭阳2025年行政事业性收费金额是多少万元", unit="万元"),
        V("en", "sy", "r.withheld.security_stability.total", "Shuyang 2025 refusals on the grounds of the 'three safeties, one stability' rule — how many?"),
        V("zh", "sy", "r.total_processed.total", "2025年沭阳县政府办理结果总计是多少件", alt=SY_DONE),
        V("en", "sy", "a.litigation_direct.total", "Shuyang county 2025, lawsuits about info disclosure brought directly without going through review first"),
        # ---- 上海市府办 2019
        V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到政府信息公开申请多少件", alt=SH_REC),
        V("en", "sh19", "r.received.commercial", "Shanghai General Office 2019, how many new requests came from businesses?"),
        V("zh", "sh19", "r.unable.not_held.natural_person", "市府办2019年 自然人申请里 因本机关不掌握而无法提供的"),
        V("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai Municipal Government General Office 2019: individuals' requests not handled because they were complaints/petitions (信访举报投诉类)"),
        V("zh", "sh19", "c.normative_docs.published", "上海市府办2019年本年新公开的规范性文件有几件"),
        V("en", "sh19", "c.regulations.total_published", "By 2019, how many rules (规章) did the Shanghai General Office report as published in total?"),
        V("zh", "sh19", "r.not_processed.duplicate.commercial", "上海市人民政府办公厅2019 企业重复申请、不予处理的 几件"),
        V("en", "sh19", "c.procurement.amount", "Shanghai general office 2019 government procurement amount?", unit="万元"),
        V("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办，个人申请中需要另行制作所以没给的有几件"),
        V("en", "sh19", "r.carried_forward.total", "How many requests did the Shanghai General Office carry into 2020 unfinished, per its 2019 report?", alt=SH_FWD),
        V("zh", "sh19", "r.partially_granted.natural_person", "上海市政府办公厅2019年 个人申请里部分公开的有几件"),
        V("en", "sh19", "r.total_processed.natural_person", "In 2019, total requests from private people that the Shanghai General Office processed"),
        # ---- 涧西区 2020
        V("zh", "jx", "r.received.total", "涧西区政府办2020年收到的依申请公开数量", alt=JX_REC),
        V("en", "jx", "r.granted.total", "Jianxi District 2020, requests answered with full disclosure?"),
        V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数是多少"),
        V("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi district office draft (制作) in 2020?"),
        V("zh", "jx", "r.unable.not_held.total", "涧西 2020 不掌握信息无法提供的申请 几件"),
        V("en", "jx", "a.litigation_after_review.upheld", "Jianxi 2020, lawsuits after administrative review where the court upheld the government"),
        # ---- 上海市科委 2024 (text cells)
        V("zh", "kw", "c.licensing.decisions", "上海科委2024年行政许可做了多少个决定"),
        V("en", "kw", "r.received.natural_person", "STCSM 2024 — new requests from individual citizens?"),
        V("zh", "kw", "r.total_processed.total", "市科委2024年 办理结果总计 那一格是多少"),
        V("en", "kw", "c.normative_docs.issued", "Shanghai science commission, normative documents newly issued in 2024?"),
        V("zh", "kw", "r.received.commercial", "上海市科学技术委员会2024年 商业企业提交的新申请有几件"),
        # ---- 上海市府办 2025 (text cells)
        V("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年“本机关不掌握相关政府信息”的有多少件"),
        V("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025 - requests turned away as complaints/petitions, count?"),
        V("zh", "sh25", "a.review.total", "市府办2025年信息公开行政复议总计多少件"),
        V("en", "sh25", "r.received.natural_person", "How many new 2025 requests did the Shanghai government general office get from ordinary people?"),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025 没有现成信息、需要另外制作的 几件"),
        V("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025, direct lawsuits still pending"),
        V("zh", "sh25", "r.granted.total", "2025年上海市政府办公厅予以公开的件数（就是全部公开那一行）"),
        V("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests from legal service agencies brought over from 2024?"),
        V("zh", "sh25", "r.not_processed.duplicate.total", "上海市府办25年重复申请不处理的多少个"),
        # ---- more 淮安 / 沭阳 / 洪泽 in other voices
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "记者核实：淮安市2024年年报中，因“法律行政法规禁止公开”而不予公开的申请数量为多少件？"),
        V("en", "ha", "r.not_processed.duplicate.total", "caller from 12345 asks: Huai'an 2024, how many requests were refused as repeats of earlier ones?"),
        V("zh", "sy", "a.review.upheld", "沭阳县2025年信息公开类行政复议维持原决定的多少件"),
        V("en", "sy", "r.unable.not_held.total", "Shuyang 2025 'we don't have that information' answers, how many?"),
        V("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023年底现行有效的规范性文件有多少件"),
        V("en", "ha", "r.total_processed.total", "Huaian 2024 - total requests handled (办理结果总计)?", alt=HA_DONE),
        V("zh", "ha", "a.review.total", "淮安2024年关于政府信息公开的行政复议总共有多少件", alt=HA_RV),
        V("en", "sy", "r.partially_granted.legal_services", "Shuyang 2025, law-firm requests that got a partial release?"),
        V("zh", "jx", "r.carried_forward.total", "涧西区2020年结转到下一年继续办的申请有几个", alt=JX_FWD),
        V("en", "sh19", "r.withheld.admin_query.natural_person", "Shanghai GO 2019, individuals turned down because what they wanted was an administrative query, not disclosure?"),
    ]


def TRAPS():
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年 从上一年转过来接着办的申请有几件？（注意不是转到下一年的）", "carried over (34) vs carried forward (103)", alt=HA_OVER),
        T("en", "ha", "a.litigation_direct.total", "Huai'an 2024: lawsuits filed directly, not the ones after a review — total?", "direct lawsuits (26) vs after review (20) vs text 46"),
        T("zh", "ha", "r.unable.needs_creation.total", "淮安2024 无法提供里面 只要“没有现成信息需要另行制作”这一小项", "sub-item needs_creation (11) vs not_held (769) / group"),
        T("en", "sy", "r.received.total", "Shuyang 2025, NEW requests only (the first row of the table, excluding anything carried over from 2024)", "table 新收 713 vs text 受理 749 (incl. carried over)"),
        T("zh", "sh25", "r.carried_forward.total", "上海市府办2025年 结转到下年度继续办理的 是多少（不是上年结转）", "carried forward 293 vs carried over 189"),
        T("en", "ha", "r.received.commercial", "Huaian 2024, requests from commercial enterprises only — not all legal persons together", "commercial column 53 vs legal_services 61"),
        T("zh", "ha", "c.normative_docs.in_force", "淮安2024年规范性文件 现行有效的件数（不是废止的，也不是新制发的）", "in_force 66 vs repealed 26 / issued 8"),
        T("en", "ha", "r.withheld.process_info.total", "Huai'an 2024 — refusals citing process information (过程性信息), not internal affairs", "process_info 12 vs internal_affairs 8"),
        T("zh", "sy", "r.partially_granted.total", "沭阳2025年 部分公开的件数（只要部分公开，不要予以公开）", "partially 101 vs granted 294"),
        T("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement: the number of projects, not the money", "projects 6 vs amount 25.1"),
        T("zh", "sh19", "a.review.total", "上海市府办2019年信息公开行政复议总数（不是诉讼）", "review 7 vs litigation 9", alt=SH_RV),
        T("en", "hz24", "appeals.litigation_after_review.total", "Hongze 2024 — lawsuits filed after an administrative review, total (not direct suits)", "after review 3 vs direct 1"),
        T("zh", "sy", "r.received.natural_person", "沭阳县2025年本年新收申请中 自然人那一栏（表格数，不含上年结转）", "table 705 vs text 741 incl. carried over"),
    ]


def COMBINE():
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开加部分公开 一共多少件"),
        S("en", "ha", ["r.received.total", "r.carried_over.total"], "Huai'an 2024: new requests plus those carried over from 2023, combined?"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年 复议、直接起诉、复议后起诉 三项加起来多少件"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Shuyang 2025 — add up the three 'unable to provide' lines"),
        S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三类不予公开的合计"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023 licensing + penalty + coercion decisions, total?"),
        S("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年 自然人新收加上年结转的自然人申请 合起来"),
        S("en", "sh19", ["c.regulations.published", "c.normative_docs.published"], "Shanghai General Office 2019: rules published plus normative documents published, sum"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年信息公开 复议和两类诉讼 加一起几件"),
        S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020: fully disclosed plus 'not held' answers, together"),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开的八个小项全加起来是多少"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Huai'an 2024, sum the five 'not processed' (不予处理) lines"),
        S("zh", "sy", ["r.granted.natural_person", "r.partially_granted.natural_person"], "沭阳2025年自然人申请里 全公开和部分公开一起多少"),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze District 2024 licensing decisions plus penalty decisions"),
        S("zh", "sh25", ["r.received.total", "r.carried_over.total"], "上海市府办2025年 本年新收和上年结转的加在一起"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests + carried over from 2023, total"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze administrative coercion decisions: change from 2023 to 2024?"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的件数，2024年相比2023年增减多少"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force, 2024 minus 2023"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽的行政处罚决定 23年到24年变化了多少"),
        D("en", "sh19", "sh25", "r.received.total", "Shanghai General Office: new requests in 2025 vs 2019, how much higher?"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请数，2025年比2019年多多少"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reviews, difference 2019 -> 2025"),
        D("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅自然人新收申请 2019年和2025年差多少"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2025 compared with 2019: difference?"),
    ]


def RANKS():
    J, HA, HZ, SY, SH = "jx", "ha", "hz23", "sy", "sh19"
    return [
        R("zh", [HA, SY, SH], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019 这三个谁新收申请最多"),
        R("en", [HZ, J, SY], "r.received.total", "asc", "Out of Hongze (2023), Jianxi (2020) and Shuyang (2025), which got the fewest new requests?"),
        R("zh", [HA, HZ, SY, J], "a.review.total", "desc", "信息公开行政复议总数：淮安2024、洪泽2023、沭阳2025、涧西2020，哪个最多"),
        R("en", [HA, SY, SH], "r.carried_forward.total", "asc", "Which left the fewest requests to the next year: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        R("zh", [HA, SY, HZ], "c.normative_docs.in_force", "desc", "现行有效规范性文件数量 淮安2024 沭阳2025 洪泽2023 谁最多"),
        R("en", [HZ, SY, HA], "c.coercion.decisions", "asc", "Least administrative coercion decisions among Hongze 2023, Shuyang 2025, Huai'an 2024?"),
        R("zh", [SY, HA, SH, J], "r.carried_over.total", "desc", "上年结转申请数排第一的是哪个：沭阳2025、淮安2024、上海市府办2019、涧西2020"),
        R("en", [HA, SY, HZ], "r.unable.needs_creation.total", "desc", "needs-to-be-created refusals: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023, who tops?"),
        R("zh", [SH, SY, J], "a.litigation_direct.total", "desc", "直接提起行政诉讼的数量，上海市府办2019、沭阳县2025、涧西区2020谁最多？"),
        R("en", [HA, SY, SH, J], "r.total_processed.total", "asc", "Fewest requests handled in total: Huai'an 2024, Shuyang 2025, Shanghai GO 2019, Jianxi 2020?"),
        R("zh", [HA, HZ, SY], "c.fees.amount", "asc", "行政事业性收费金额 淮安2024、洪泽2023、沭阳2025 哪个最少"),
        R("en", [SY, HA, HZ], "r.withheld.internal_affairs.total", "desc", "Internal-affairs refusals: which is highest — Shuyang 2025, Huai'an 2024 or Hongze 2023?"),
        R("zh", [HA, SY, SH], "r.received.commercial", "asc", "商业企业新收申请 淮安24年 沭阳25年 上海市府办19年 哪家最少"),
    ]


def TEXTS():
    return [
        N("zh", "ha", "制作政策解读", 21, "个", "淮安市政府2024年做了多少个政策解读"),
        N("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running as of its 2024 report?"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年 对信息公开栏目搞了几次全覆盖检查"),
        N("en", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "Huai'an 2024: how much in information-processing fees did it charge requesters, in yuan?"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
        N("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze 2024: items proactively posted on the government website?"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        N("en", "hz24", "区政府办代表区政府受理", 17, "件", "Per the narrative of Hongze's 2024 report, how many requests did the district office accept on the government's behalf?"),
        N("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集"),
        N("en", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "Shuyang 2025 — items posted by county departments on their disclosure pages?"),
        N("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳2025年政务新媒体策采了多少篇新闻稿"),
        N("en", "sy", "年度涌现爆款内容", 52, "条", "how many viral hits did Shuyang's gov media have in 2025"),
        N("zh", "sy", "完成全县", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        N("en", "sy", "发出催办提示", 84, "次", "Shuyang 2025: reminders sent by the countdown alarm for overdue requests?"),
        N("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳县2025年办理申请前主动沟通了多少次"),
        N("en", "sy", "累计开展办前主动沟通", 33, "件", "In 2025, how many disputes did Shuyang settle through talking to applicants before answering?"),
        N("zh", "sy", "失效链接", 43, "处", "沭阳2025年网站整改了多少处失效链接"),
        N("en", "sy", "累计清理过期信息", 697, "条", "Shuyang County 2025 outdated items cleaned off the website?"),
        N("zh", "sy", "全县共办理相关案件", 74, "件", "沭阳县2025年办理的复议诉讼相关案件 年报文字里说一共多少件"),
        N("en", "sy", "同步配套解读", 7, "次", "Shuyang 2025, interpretations published alongside executive meetings of the county government — how many times?"),
        N("zh", "kw", "规划计划文件", 2, "件", "上海市科委2024年发布的规划计划文件几件"),
        N("en", "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024: policies pushed in bulk through integrated release?"),
        N("zh", "kw", "日常报送惠企政策", 83, "条", "市科委2024年日常报送的惠企政策多少条"),
        N("en", "kw", "全年累计发布信息 2139", 2139, "条", "Total items the 'Shanghai Science' website put out in 2024?"),
        N("zh", "kw", "其中动态类信息发布", 1744, "条", "上海科委2024年网站动态类信息发了多少条"),
        N("en", "sh25", "召开市政府新闻发布会", 42, "场", "Shanghai 2025: municipal government press conferences held (General Office report)?"),
        N("zh", "sh25", "召开市政府新闻发布会", 19, "场", "上海市府办2025年报提到的新闻通气会开了几场"),
        N("en", "sh25", "公文公开属性审查", 166, "件", "Shanghai General Office 2025, documents checked for their disclosure attribute?"),
        N("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年《上海市人民政府公报》编了几期"),
        N("en", "sh25", "新增意大利语网站", 10, "个", "How many languages did the Shanghai international services portal cover per the 2025 report?"),
        N("zh", "sh25", "全年主动公开市政府规章", 196, "件", "上海市府办2025年主动公开的人事任免文件有多少件"),
        N("en", "sh25", "16 个区全部上线数字公报", 16, "个", "Per the Shanghai General Office 2025 report, how many districts have launched digital gazettes?"),
        N("zh", "sh19", "对市政府常务会议的重要议题进行权威发布", 38, "次", "上海市府办2019年对常务会议重要议题权威发布了多少次"),
        N("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai 2019: how many matters were connected to the unified acceptance platform of 'One Netcom'?"),
        N("zh", "sh19", "全年共编发公报", 45, "件", "2019年上海市政府公报刊登的部门规范性文件有多少件"),
        N("en", "sh19", "每季度对本市处于正常运行状态的", 70, "家", "How many government websites did Shanghai inspect each quarter in 2019?"),
        N("zh", "jx", "设置26个试点领域", 26, "个", "涧西区2020年设置了多少个基层政务公开试点领域"),
        N("en", "jx", "办结率", 88.2, "%", "Jianxi District 2020: completion rate of disclosure requests, in percent?"),
        N("zh", "sh19", "全年共编发公报", 83, "件", "上海市府办2019年公报上刊登的政策解读有几件"),
    ]


def CANNOT():
    return [
        U("zh", "淮安市2024年信息公开申请里男的女的各多少", "no sex breakdown"),
        U("en", "Huai'an 2024 requests broken down by month — which month was busiest?", "no monthly breakdown"),
        U("zh", "沭阳县2025年的申请人里 60岁以上的老人占多少", "no age breakdown"),
        U("en", "Shuyang 2025: how many requests were about land expropriation / demolition?", "no topic breakdown"),
        U("zh", "洪泽区2023年各个镇街分别收到多少申请", "no township breakdown"),
        U("en", "how many of Shanghai General Office's 2025 requests were filed online vs by post?", "no channel breakdown"),
        U("zh", "我2024年3月给淮安市政府交过一个申请 编号我忘了 能帮我查下办到哪一步了吗", "one person's own case"),
        U("en", "My neighbour Mr Wang applied to Shuyang County in 2025 about his house — was his request granted?", "one person's own case"),
        U("zh", "南京市政府2024年收到多少信息公开申请", "body not in the corpus"),
        U("en", "Suqian city government 2024 disclosure requests received?", "body not in the corpus"),
        U("zh", "洪泽区2022年的年报里行政许可数是多少", "year not held (洪泽 2022)"),
        U("en", "Shuyang County 2024 — requests received that year?", "year not held (沭阳 2024)"),
        U("zh", "上海市科委2023年收到几件信息公开申请", "year not held (上海科委 2023)"),
        U("en", "Jianxi District 2021: number of requests received?", "year not held (涧西 2021)"),
        U("zh", "上海市府办2022年行政复议多少件", "year not held (上海市府办 2022)"),
        U("en", "Pudong New Area 2024 disclosure report, how many lawsuits?", "body not in the corpus"),
        U("zh", "预计淮安市2025年会收到多少件申请", "forecast"),
        U("en", "Will Shanghai General Office requests keep rising in 2026? give me a number", "forecast"),
        U("zh", "你觉得沭阳县2025年信息公开工作做得好不好 打几分", "opinion"),
        U("en", "Is Huai'an 2024's rate of 'not held' answers too high compared with good practice?", "opinion"),
        U("zh", "淮安市2024年为什么有769件答复本机关不掌握？具体原因是什么", "reasons not stated"),
        U("en", "Why did Hongze District's requests jump in 2024? what caused it", "reasons not stated"),
        U("zh", "沭阳县2025年负责信息公开的工作人员有几个", "staff not stated"),
        U("en", "How much did Huai'an spend running its disclosure office in 2024?", "costs not stated"),
        U("zh", "上海市府办2025年申请平均多少天答复", "response time not stated"),
        U("en", "Give me the names and phone numbers of the people who sued the Shanghai General Office in 2025", "personal data"),
        U("zh", "淮安2024年那26件直接起诉的案子 原告都是谁", "personal data"),
        U("en", "Shuyang 2025: which departments received the most requests, department by department?", "no department breakdown"),
        U("zh", "涧西区2020年17件申请 分别是哪个行业的人提的", "no industry breakdown"),
        U("en", "Huai'an 2024 requests split by urban vs rural residents?", "no residence breakdown"),
        U("zh", "清江浦区2024年政府信息公开年报 予以公开多少件", "body not in the corpus"),
        U("en", "Shanghai science commission 2024: how many requests came in during Q3?", "no quarter breakdown"),
        U("zh", "洪泽区2024年每个季度收了多少件", "no quarter breakdown"),
        U("en", "Hongze 2023: of the 10 'not held' answers, how many applicants then went to review?", "cross-tab not held"),
        U("zh", "上海市府办2019年收到的申请里 外地人提的有多少", "no residence breakdown"),
        U("en", "Which Shuyang township had the most viral videos in 2025?", "no breakdown"),
        U("zh", "淮安2024年行政复议纠正的64件 分别是哪些部门的", "no department breakdown"),
        U("en", "How many of Jianxi District's 2020 applicants were women?", "no sex breakdown"),
        U("zh", "沭阳2025年那380元信息处理费是谁交的 叫什么名字", "personal data"),
    ]


def FOLLOWUPS():
    return [
        F("zh", [("淮安市2024年 自然人新收的申请多少件", E("ha", "r.received.natural_person")),
                 ("那企业的呢", E("ha", "r.received.commercial")),
                 ("律所那些法律服务机构的呢", E("ha", "r.received.legal_services"))], "switch column"),
        F("en", [("Huai'an 2024, direct lawsuits over disclosure, total?", E("ha", "a.litigation_direct.total")),
                 ("and the ones after review?", E("ha", "a.litigation_after_review.total"))], "switch appeals group"),
        F("zh", [("沭阳县2025年行政复议总数", E("sy", "a.review.total")),
                 ("其中维持的呢", E("sy", "a.review.upheld")),
                 ("纠正的", E("sy", "a.review.corrected"))], "switch outcome"),
        F("en", [("Hongze 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
                 ("same thing 2024", E("hz24", "c.licensing.decisions"))], "switch year"),
        F("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=SH_REC)),
                 ("同一项2025年", E("sh25", "r.received.total", alt=SH25_REC))], "switch year"),
        F("en", [("Shuyang 2025 requests not held by the agency?", E("sy", "r.unable.not_held.total")),
                 ("what about Huai'an 2024", E("ha", "r.unable.not_held.total"))], "switch body and year"),
        F("zh", [("淮安2024年上年结转的申请", E("ha", "r.carried_over.total", alt=HA_OVER)),
                 ("转到下一年的呢", E("ha", "r.carried_forward.total", alt=HA_FWD))], "carried over vs carried forward"),
        F("en", [("Jianxi 2020 requests received", E("jx", "r.received.total", alt=JX_REC)),
                 ("how many fully granted", E("jx", "r.granted.total")),
                 ("and pushed to next year?", E("jx", "r.carried_forward.total", alt=JX_FWD))], "switch row"),
        F("zh", [("洪泽区2023年规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
                 ("24年呢", E("hz24", "c.normative_docs.in_force")),
                 ("24年新制发的", E("hz24", "c.normative_docs.issued"))], "switch year then column"),
        F("en", [("STCSM 2024, new requests total?", E("kw", "r.received.total", alt=KW_REC)),
                 ("what about companies", E("kw", "r.received.commercial"))], "switch column"),
        F("zh", [("上海市府办2025年 复议总计多少", E("sh25", "a.review.total")),
                 ("法院那边直接起诉的呢", E("sh25", "a.litigation_direct.total")),
                 ("复议后起诉的", E("sh25", "a.litigation_after_review.total"))], "switch appeals group"),
        F("en", [("Huai'an 2024 reviews where the decision was upheld?", E("ha", "a.review.upheld", alt=HA_RV_UP)),
                 ("and the 'other outcome' ones?", E("ha", "a.review.other", alt=HA_RV_OTH))], "switch outcome"),
        F("zh", [("沭阳2025年部分公开多少件", E("sy", "r.partially_granted.total")),
                 ("那个人的呢", E("sy", "r.partially_granted.natural_person"))], "group then individuals column"),
        F("en", [("Shanghai General Office 2019 — normative documents made that year?", E("sh19", "c.normative_docs.made")),
                 ("and rules (规章) made?", E("sh19", "c.regulations.made"))], "switch row"),
        F("zh", [("涧西区2020年规范性文件制作了几件", E("jx", "c.normative_docs.made")),
                 ("采购金额呢", E("jx", "c.procurement.amount", unit="万元"))], "switch row"),
        F("en", [("Hongze 2024 penalty decisions", E("hz24", "c.punishment.decisions")),
                 ("and 2023?", E("hz23", "c.punishment.decisions")),
                 ("coercion in 2023?", E("hz23", "c.coercion.decisions"))], "switch year then row"),
        F("zh", [("淮安市2024年行政许可决定数", E("ha", "c.licensing.decisions")),
                 ("沭阳县2025年呢", E("sy", "c.licensing.decisions"))], "switch body"),
        F("en", [("Shanghai GO 2025: requests carried over from 2024, total?", E("sh25", "r.carried_over.total", alt=SH25_OVER)),
                 ("individuals only", E("sh25", "r.carried_over.natural_person"))], "switch column"),
        F("zh", [("沭阳2025年 因为是信访类不予处理的多少", E("sy", "r.not_processed.petition.total")),
                 ("淮安24年的同一项", E("ha", "r.not_processed.petition.total"))], "switch body"),
        F("en", [("Huai'an 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
                 ("repealed?", E("ha", "c.normative_docs.repealed")),
                 ("and rules still in force", E("ha", "c.regulations.in_force"))], "switch column and row"),
        F("zh", [("上海科委2024年规范性文件新制发几件", E("kw", "c.normative_docs.issued")),
                 ("现行有效的", E("kw", "c.normative_docs.in_force"))], "switch column"),
        F("en", [("Shuyang 2025, coercion decisions?", E("sy", "c.coercion.decisions")),
                 ("the court ones? direct lawsuits upheld", E("sy", "a.litigation_direct.upheld"))], "switch section"),
        F("zh", [("洪泽2024年予以公开多少件", E("hz24", "r.granted.total")),
                 ("2023年同一项", E("hz23", "r.granted.total"))], "switch year"),
        F("en", [("Shanghai General Office 2019 requests handled in total", E("sh19", "r.total_processed.total", alt=SH_DONE)),
                 ("how many were from companies", E("sh19", "r.total_processed.commercial"))], "switch column"),
        F("zh", [("淮安2024 行政查询事项不予公开多少件", E("ha", "r.withheld.admin_query.total")),
                 ("沭阳2025的呢", E("sy", "r.withheld.admin_query.total")),
                 ("上海市府办2019自然人那栏", E("sh19", "r.withheld.admin_query.natural_person"))], "switch body"),
        F("en", [("Jianxi District 2020: direct lawsuits total?", E("jx", "a.litigation_direct.total")),
                 ("same for Hongze 2023", E("hz23", "a.litigation_direct.total"))], "switch body"),
        F("zh", [("上海市府办2025年予以公开多少件", E("sh25", "r.granted.total")),
                 ("不掌握的呢", E("sh25", "r.unable.not_held.total"))], "switch row"),
        F("en", [("Huai'an 2024 penalty decisions?", E("ha", "c.punishment.decisions")),
                 ("Hongze 2023?", E("hz23", "c.punishment.decisions"))], "switch body"),
        F("zh", [("沭阳2025年 上年结转过来的申请几件", E("sy", "r.carried_over.total")),
                 ("结转到2026年的", E("sy", "r.carried_forward.total", alt=SY_FWD))], "carried over vs forward"),
        F("en", [("Huai'an 2024: refusals because disclosure is prohibited by law, individuals column?", E("ha", "r.withheld.prohibited_by_law.natural_person")),
                 ("and from businesses?", E("ha", "r.withheld.prohibited_by_law.commercial"))], "switch column"),
        F("zh", [("洪泽区2024年复议几件", E("hz24", "appeals.review.total")),
                 ("直接诉讼呢", E("hz24", "appeals.litigation_direct.total"))], "switch appeals group"),
        F("en", [("Shanghai GO 2019, requests brought over from 2018?", E("sh19", "r.carried_over.total", alt=SH_OVER)),
                 ("and the ones carried into 2020?", E("sh19", "r.carried_forward.total", alt=SH_FWD))], "carried over vs forward"),
        F("zh", [("淮安市2024年 信息处理费超期未缴的几件", E("ha", "r.other.overdue_fee.total")),
                 ("补正超期的呢", E("ha", "r.other.overdue_correction.total"))], "switch row"),
        F("en", [("Shuyang 2025 fees collected (行政事业性收费)?", E("sy", "c.fees.amount", unit="万元")),
                 ("Huai'an 2024?", E("ha", "c.fees.amount", unit="万元"))], "switch body"),
        F("zh", [("上海市科委2024年本年新收申请里自然人几件", E("kw", "r.received.natural_person")),
                 ("上年结转的总数呢", E("kw", "r.carried_over.total", alt=KW_OVER))], "switch row", ),
        F("en", [("Hongze District 2023 reviews corrected?", E("hz23", "a.review.corrected")),
                 ("and upheld", E("hz23", "a.review.upheld"))], "switch outcome"),
        F("zh", [("淮安2024年 复议后再起诉 结果维持的", E("ha", "a.litigation_after_review.upheld")),
                 ("直接起诉维持的呢", E("ha", "a.litigation_direct.upheld"))], "after review vs direct"),
        F("en", [("Shanghai General Office 2025: duplicate requests not processed?", E("sh25", "r.not_processed.duplicate.total")),
                 ("and petition-type ones", E("sh25", "r.not_processed.petition.total"))], "switch row"),
        F("zh", [("沭阳县2025年 自然人新收申请多少", E("sy", "r.received.natural_person")),
                 ("法律服务机构的呢", E("sy", "r.received.legal_services")),
                 ("商业企业", E("sy", "r.received.commercial"))], "switch column"),
    ]


def CONVERSATIONS():
    convs = VALUES() + TRAPS() + COMBINE() + RANKS() + TEXTS() + CANNOT() + FOLLOWUPS()
    for c in convs:
        c["note"] = TAG[c["kind"]] + " " + c["note"]
    return convs
