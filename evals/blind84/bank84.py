"""Question bank of blind set 84 (evals/blind84). Every wording newly written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers84 computes them from gold JSON, from printed table rows
(SPECS, the same cells blind6 verified) or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib84 as L  # noqa: E402
from helpers84 import E, V, T, S, N, U, D, R, F  # noqa: E402

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

# text sentences that state the same number as a table cell (keyword, number)
HA = '全市共受理政府信息公开申请'
HAR = '其中结果维持 72'
HZ = '全区受理政府信息公开申请'
KW = '全年收到政府信息公开申请'
KWG = '同意公开答复'
SH25 = '市政府共受理政府信息公开申请'
SH19 = '市政府共受理政府信息公开申请'
JX = '全年共收到依申请公开'

P, CB, RK, FU, TX, NO, NB = ("[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ",
                             "[cannot] ", "[neighbour] ")
MONEY = {"unit": "万元"}


def plain():
    z, e = "zh", "en"
    q = [
        # 淮安 2024
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请 本年新收那个", P + "received total", alt=(HA, 3119)),
        V(e, "ha", "r.received.total", "how many new disclosure requests did Huai'an city govt get in 2024", P + "received total", alt=(HA, 3119)),
        V(z, "ha", "r.granted.total", "淮安24年申请了直接全部给公开的有几件", P + "granted total"),
        V(e, "ha", "r.granted.total", "Huaian 2024: requests where the info was handed over in full (予以公开) — total?", P + "granted"),
        V(z, "ha", "r.partially_granted.total", "我是记者，想核实淮安市2024年报里“部分公开”的总件数", P + "partially granted"),
        V(e, "ha", "r.unable.not_held.total", "In 2024 how often did Huai'an answer an information request with 'we do not hold this information'?", P + "not held"),
        V(z, "ha", "r.unable.not_held.natural_person", "淮安2024年 老百姓个人申请的 政府说手里没有这信息的 多少件", P + "not held natural person"),
        V(e, "ha", "r.withheld.admin_query.total", "huaian 2024 how many requests were turned down bc they were really admin consultations (行政查询事项)", P + "admin query"),
        V(z, "ha", "r.not_processed.petition.total", "帮来电人问一下：淮安市政府2024年把多少申请当成信访举报投诉类不予处理了", P + "petition"),
        V(e, "ha", "r.not_processed.duplicate.total", "Huai'an municipal government, 2024 annual report: number of requests not processed because they were repeats", P + "duplicate"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安市2024年 申请人逾期不补正、行政机关不再处理的 有多少件呀", P + "overdue correction"),
        V(e, "ha", "r.other.overdue_fee.total", "How many Huai'an requests in 2024 were dropped because the applicant never paid the processing fee in time?", P + "overdue fee"),
        V(z, "ha", "r.withheld.third_party.total", "2024年淮安市因为会损害第三方合法权益没公开的申请是几件", P + "third party"),
        V(e, "ha", "r.withheld.state_secret.total", "quick one - huai an 2024, requests refused as state secrets?", P + "state secret"),
        V(z, "ha", "r.carried_forward.total", "淮安市人民政府二〇二四年结转到下一年继续办的申请有多少", P + "carried forward", alt=(HA, 103)),
        V(e, "ha", "r.received.legal_services", "Huaian 2024: how many requests came from law firms / legal service organisations (法律服务机构)?", P + "legal services received"),
        V(z, "ha", "r.received.commercial", "淮安2024 企业来申请信息公开的有多少件 商业企业那栏", P + "commercial received"),
        V(e, "ha", "a.review.total", "Huai'an, 2024: total administrative reconsiderations over information disclosure?", P + "review total", alt=('结果纠正 64', 351)),
        V(z, "ha", "a.review.corrected", "淮安市24年信息公开行政复议 结果被纠正的 几件", P + "review corrected", alt=('结果纠正 64', 64)),
        V(e, "ha", "a.litigation_direct.total", "For Huai'an in 2024, how many info-disclosure lawsuits were filed straight away without going through reconsideration first?", P + "direct litigation"),
        V(z, "ha", "a.litigation_after_review.pending", "淮安市2024年复议后起诉的 现在还没审结的有几件", P + "after review pending"),
        V(z, "ha", "c.licensing.decisions", "淮安市2024年行政许可决定数量是多少", P + "licensing"),
        V(e, "ha", "c.punishment.decisions", "Huai'an 2024 how many administrative penalty decisions (行政处罚) in the proactive-disclosure table", P + "punishment"),
        V(z, "ha", "c.fees.amount", "淮安24年行政事业性收费金额多少万元", P + "fees", **MONEY),
        V(e, "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap (废止) in 2024?", P + "nd repealed"),
        V(z, "ha", "c.coercion.decisions", "请问淮安市2024年行政强制那一栏的数字", P + "coercion"),
        V(e, "ha", "r.withheld.process_info.total", "Huai'an 2024 - requests refused because the info was process information (过程性信息)?", P + "process info"),
        # 洪泽 2023
        V(z, "hz23", "r.unable.not_held.total", "洪泽区2023年 回复本机关不掌握的申请有几件", P + "not held"),
        V(e, "hz23", "r.partially_granted.total", "Hongze District 2023, requests answered with partial disclosure?", P + "partial"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年需要另行制作所以没提供的 多少件", P + "needs creation"),
        V(e, "hz23", "c.punishment.decisions", "hongze district govt 2023 administrative penalties number pls", P + "punishment"),
        V(z, "hz23", "c.licensing.decisions", "洪泽区政府2023年年报里行政许可做了多少个决定", P + "licensing"),
        V(e, "hz23", "c.fees.amount", "What did Hongze District take in from administrative fees in 2023, in 10k yuan?", P + "fees", **MONEY),
        V(z, "hz23", "a.review.upheld", "洪泽区2023年信息公开复议 维持原决定的 几件", P + "review upheld"),
        V(e, "hz23", "c.normative_docs.repealed", "Hongze 2023: number of normative documents repealed", P + "nd repealed"),
        V(z, "hz23", "c.coercion.decisions", "洪泽区2023行政强制决定几个", P + "coercion"),
        V(e, "hz23", "r.received.total", "I'm a student writing about Hongze District — how many new information requests did it receive in 2023?", P + "received", alt=(HZ, 21)),
        # 沭阳 2025
        V(z, "sy", "r.received.total", "沭阳县2025年本年新收的申请多少件，不算上年结转的", P + "received (new only)"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025: how many requests got full disclosure?", P + "granted"),
        V(z, "sy", "r.partially_granted.total", "沭阳25年部分公开的申请几件", P + "partial"),
        V(e, "sy", "r.unable.not_held.total", "In 2025 how many times did Shuyang say it did not have the requested info?", P + "not held"),
        V(z, "sy", "r.withheld.internal_affairs.total", "我2024年帮我妈给沭阳县政府写过申请，被说是内部事务信息不给。想问下2025年这种情况一共有多少件", P + "internal affairs"),
        V(e, "sy", "r.other.other.total", "Shuyang 2025 'other outcomes' under 其他处理 — the plain 'other' line, how many?", P + "other other"),
        V(z, "sy", "r.not_processed.petition.total", "沭阳县政府2025年 信访举报投诉类的申请不予处理了多少", P + "petition"),
        V(e, "sy", "r.carried_forward.total", "how many Shuyang requests were still open and moved on to the next year at the end of 2025?", P + "carried forward", alt=('共办理 718', 31)),
        V(z, "sy", "r.carried_over.total", "沭阳2025年从上一年带过来的申请多少件", P + "carried over"),
        V(e, "sy", "a.review.total", "Shuyang County 2025, number of administrative reconsideration cases on disclosure, all together", P + "review total"),
        V(z, "sy", "a.review.corrected", "沭阳县2025年行政复议结果纠正的有几件？", P + "review corrected"),
        V(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought after a reconsideration, total", P + "after review"),
        V(z, "sy", "c.licensing.decisions", "沭阳县25年行政许可处理决定数量", P + "licensing"),
        V(e, "sy", "c.coercion.decisions", "Shuyang 2025 administrative enforcement (行政强制) decisions?", P + "coercion"),
        V(z, "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件有多少件", P + "nd in force"),
        V(e, "sy", "c.normative_docs.issued", "How many new normative documents did Shuyang issue in 2025?", P + "nd issued"),
        V(z, "sy", "r.withheld.enforcement_files.total", "沭阳2025年 属于行政执法案卷不公开的 几件", P + "enforcement files"),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang County 2025 - applicants who didn't pay fees in time, requests closed out how many", P + "overdue fee"),
        V(z, "sy", "c.fees.amount", "沭阳县二〇二五年行政事业性收费金额是多少（万元）", P + "fees", **MONEY),
        # 上海市府办 2019
        V(z, "sh19", "r.received.natural_person", "上海市政府办公厅2019年 个人提交的新申请 多少件", P + "received natural person"),
        V(e, "sh19", "r.carried_over.total", "Shanghai General Office 2019: requests carried over from the year before?", P + "carried over", alt=(SH19, 18)),
        V(z, "sh19", "r.unable.not_held.natural_person", "上海市府办2019年自然人那一列 本机关不掌握的 是几件", P + "not held np"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai General Office, 2019, natural persons: requests treated as petitions/complaints and not processed", P + "petition np"),
        V(z, "sh19", "c.regulations.total_published", "上海市政府2019年 规章 对外公开总数量多少", P + "regs total published"),
        V(e, "sh19", "c.procurement.projects", "How many government procurement projects did the Shanghai General Office list in its 2019 report?", P + "procurement projects"),
        V(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少万元", P + "procurement amount", **MONEY),
        V(e, "sh19", "a.litigation_direct.total", "Shanghai General Office 2019 — lawsuits filed directly (未经复议直接起诉), total", P + "direct litigation", alt=('信息公开类行政复议7件', 9)),
        V(z, "sh19", "r.total_processed.total", "2019年上海市人民政府办公厅办理结果总计多少件", P + "total processed", alt=(SH19, 805)),
        V(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai gen office 2019 individuals asked for info that would need to be newly compiled — how many such requests?", P + "needs creation np"),
        # 涧西 2020
        V(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开了多少件", P + "granted"),
        V(e, "jx", "c.procurement.projects", "Jianxi District 2020: government procurement project count?", P + "procurement projects"),
        V(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购金额（万元）", P + "procurement amount", **MONEY),
        V(e, "jx", "r.carried_forward.total", "Jianxi District govt office FY2020 requests still being handled at year end and carried forward?", P + "carried forward", alt=(JX, 2)),
        V(z, "jx", "c.normative_docs.total_published", "涧西区2020年规范性文件对外公开总数量", P + "nd total published"),
        V(e, "jx", "a.review.total", "jianxi 2020 admin reconsideration cases total", P + "review total"),
        # 洪泽 2024 (text cells)
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定有多少个", P + "licensing (text cell)"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 number of administrative penalty decisions", P + "punishment (text cell)"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽24年 申请的信息区里说不掌握的 有几件", P + "not held (text cell)"),
        V(e, "hz24", "r.granted.total", "Hongze 2024 table: requests fully disclosed (予以公开), total column", P + "granted (text cell)"),
        V(z, "hz24", "a.review.total", "洪泽区政府2024年信息公开行政复议总共几件", P + "review total (text cell)"),
        V(e, "hz24", "c.fees.amount", "Hongze District 2024 administrative fees collected, in 万元?", P + "fees (text cell)", **MONEY),
        # 上海科委 2024
        V(z, "kw", "c.licensing.decisions", "上海科委2024年行政许可决定数", P + "licensing (text cell)"),
        V(e, "kw", "r.received.natural_person", "STCSM 2024: how many of the new requests came from private individuals?", P + "received np (text cell)"),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件几件", P + "nd in force (text cell)"),
        V(e, "kw", "r.total_processed.total", "Shanghai science commission 2024, total requests handled (办理结果总计)?", P + "total processed (text cell)"),
        V(z, "kw", "r.received.commercial", "上海市科委2024年 企业提的申请 几件", P + "received commercial (text cell)"),
        # 上海市府办 2025
        V(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests where the office said it did not hold the info", P + "not held (text cell)"),
        V(z, "sh25", "r.granted.total", "上海市政府办公厅2025年予以公开的申请是多少", P + "granted (text cell)"),
        V(e, "sh25", "r.carried_forward.total", "how many requests did the Shanghai General Office carry into the next year at end of 2025", P + "carried forward (text cell)"),
        V(z, "sh25", "a.review.total", "12345转来的问题：上海市政府办公厅2025年因为信息公开被申请行政复议多少件", P + "review total (text cell)"),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai Gen Office 2025 — requests that would have required creating new info (需要另行制作)?", P + "needs creation (text cell)"),
        V(z, "sh25", "r.not_processed.duplicate.total", "上海市府办2025年重复申请不予处理几件", P + "duplicate (text cell)"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai general office 2025 direct lawsuits (no reconsideration first)?", P + "direct litigation (text cell)"),
        V(z, "sh25", "r.received.natural_person", "上海市府办二〇二五年 自然人新申请件数", P + "received np (text cell)"),
    ]
    return q


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开加上部分公开 一共多少件", CB + "sum 2"),
        S(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' lines (not held, needs creating, unclear request)", CB + "sum 3"),
        S(z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年复议 维持的和纠正的加起来几件", CB + "sum 2"),
        S(e, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Shuyang 2025: sum of refusals for security/stability, third-party rights, internal affairs, process info and enforcement files", CB + "sum 5"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三类不公开的合计", CB + "sum 3"),
        S(e, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: requests disclosed plus requests where the info wasn't held, combined?", CB + "sum 2"),
        S(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年本年制发的规章和规范性文件加一起多少件", CB + "sum 2"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: all info-disclosure lawsuits, direct plus post-reconsideration, together", CB + "sum 2", alt=('结果纠正 64', 46)),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开那八小项全部加起来是多少", CB + "sum 8"),
        S(e, "sy", ["r.received.total", "r.carried_over.total"], "Shuyang 2025: table rows new requests + carried over from before, summed", CB + "sum 2"),
        S(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类和重复申请两项不予处理合计", CB + "sum 2 (text cells)"),
        S(e, "kw", ["c.normative_docs.issued", "c.licensing.decisions"], "STCSM 2024: normative documents issued plus licensing decisions, one total please", CB + "sum 2 (text cells)"),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访举报类加重复申请 不予处理一共几件", CB + "sum 2"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze 2024: total appeals of every sort - reconsiderations, direct suits, suits after reconsideration", CB + "sum 3 (text cells)"),
        S(z, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安市2024年其他处理三项合计", CB + "sum 3"),
        S(e, "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019 — new requests from individuals plus from companies", CB + "sum 2"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少", CB + "difference"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Hongze penalties: 2024 minus 2023?", CB + "difference"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定从2023年到2024年变化了多少", CB + "difference"),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Change in Hongze's 'info not held' replies from 2023 to 2024?", CB + "difference"),
        D(z, "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费2024年和2023年相比差多少万元", CB + "difference", unit="万元"),
        D(e, "sh19", "sh25", "r.received.total", "Shanghai General Office: new requests in 2025 vs 2019, how big is the increase?", CB + "difference", alt=(SH25, 1295)),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办行政复议总数 2025年比2019年多几件", CB + "difference"),
        D(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests carried to next year: 2019 vs 2025, difference (later minus earlier)?", CB + "difference"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅自然人新收申请 2019年到2025年增加了多少", CB + "difference"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "direct lawsuits against Shanghai General Office, 2025 minus 2019", CB + "difference"),
    ]


def rank():
    z, e = "zh", "en"
    G = ["ha", "sy", "hz23"]
    return [
        R(z, ["ha", "sy", "sh19"], "r.received.natural_person", "desc", "淮安2024、沭阳2025、上海市府办2019 谁的自然人新申请最多", RK),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which had the fewest penalty decisions?", RK),
        R(z, G, "c.licensing.decisions", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，行政许可决定哪家最多", RK),
        R(e, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020 by requests carried forward - who's top?", RK),
        R(z, ["ha", "sy", "jx", "sh19"], "a.review.upheld", "asc", "复议维持件数最少的是哪个：淮安2024 沭阳2025 涧西2020 上海市府办2019", RK),
        R(e, G, "c.normative_docs.in_force", "desc", "Which has the most normative documents in force: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", RK),
        R(z, ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳县2025年、洪泽区2023年、涧西区2020年 哪个本年新收申请最少", RK),
        R(e, ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Highest administrative fee take: Huai'an 2024, Shuyang 2025, Hongze 2023?", RK),
        R(z, ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc", "自然人申请里答复不掌握信息最多的是哪家？淮安市2024 沭阳县2025 上海市府办2019 涧西区2020", RK),
        R(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "smallest number of administrative coercion decisions — Huai'an 2024 / Shuyang 2025 / Hongze 2023", RK),
        R(z, ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "办理结果总计谁最高：淮安2024年，沭阳2025年，上海市政府办公厅2019年", RK),
        R(e, ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "Fewest direct lawsuits: Huai'an 2024, Shuyang 2025, Jianxi 2020?", RK),
        R(z, ["ha", "sy", "sh19"], "r.received.commercial", "desc", "商业企业新申请哪家最多 淮安市2024年 沭阳县2025年 上海市府办2019年", RK),
    ]


def followup():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年行政处罚决定多少个", E("hz23", "c.punishment.decisions")), ("2024年呢", E("hz24", "c.punishment.decisions"))], FU + "year switch"),
        F(e, [("Hongze 2023 licensing decisions?", E("hz23", "c.licensing.decisions")), ("and for 2024?", E("hz24", "c.licensing.decisions"))], FU + "year switch"),
        F(z, [("上海市府办2019年本年新收申请多少件", E("sh19", "r.received.total", alt=(SH19, 859))), ("换成2025年", E("sh25", "r.received.total", alt=(SH25, 1295)))], FU + "year switch"),
        F(e, [("Shanghai General Office 2019 reconsideration cases in total?", E("sh19", "a.review.total", alt=('信息公开类行政复议7件', 7))), ("what about 2025", E("sh25", "a.review.total"))], FU + "year switch"),
        F(z, [("淮安市2024年行政许可决定多少", E("ha", "c.licensing.decisions")), ("沭阳县2025年同一项呢", E("sy", "c.licensing.decisions")), ("洪泽区2023年呢", E("hz23", "c.licensing.decisions"))], FU + "body switch"),
        F(e, [("Shuyang 2025 normative docs still in force?", E("sy", "c.normative_docs.in_force")), ("same for Huai'an 2024", E("ha", "c.normative_docs.in_force"))], FU + "body switch"),
        F(z, [("沭阳2025年予以公开几件", E("sy", "r.granted.total")), ("部分公开呢", E("sy", "r.partially_granted.total"))], FU + "row switch"),
        F(e, [("Huai'an 2024, requests refused as admin inquiries?", E("ha", "r.withheld.admin_query.total")), ("and the ones refused as internal affairs?", E("ha", "r.withheld.internal_affairs.total")), ("process info?", E("ha", "r.withheld.process_info.total"))], FU + "row switch"),
        F(z, [("淮安市2024年新收申请里自然人多少", E("ha", "r.received.natural_person")), ("商业企业呢", E("ha", "r.received.commercial")), ("法律服务机构呢", E("ha", "r.received.legal_services"))], FU + "column switch"),
        F(e, [("Shuyang 2025, carried forward requests from individuals?", E("sy", "r.carried_forward.natural_person")), ("and the total column?", E("sy", "r.carried_forward.total", alt=('共办理 718', 31)))], FU + "column switch"),
        F(z, [("沭阳县2025年行政复议维持几件", E("sy", "a.review.upheld")), ("那直接起诉的维持呢", E("sy", "a.litigation_direct.upheld"))], FU + "appeals group switch"),
        F(e, [("Huai'an 2024 reconsiderations still pending?", E("ha", "a.review.pending", alt=('结果纠正 64', 37))), ("and lawsuits after reconsideration still pending?", E("ha", "a.litigation_after_review.pending"))], FU + "appeals group switch"),
        F(z, [("上海科委2024年行政许可多少", E("kw", "c.licensing.decisions")), ("行政处罚呢", E("kw", "c.punishment.decisions"))], FU + "row switch (text cells)"),
        F(e, [("STCSM 2024 new normative documents issued?", E("kw", "c.normative_docs.issued", alt=('通过部门网站当年发布政府信息', 13))), ("how many in force at year end?", E("kw", "c.normative_docs.in_force"))], FU + "column switch (text cells)"),
        F(z, [("洪泽区2023年规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")), ("24年呢？", E("hz24", "c.normative_docs.in_force"))], FU + "year switch"),
        F(e, [("Hongze District 2023 admin coercion decisions", E("hz23", "c.coercion.decisions")), ("2024?", E("hz24", "c.coercion.decisions"))], FU + "year switch"),
        F(z, [("上海市政府办公厅2019年结转下年度的申请几件", E("sh19", "r.carried_forward.total", alt=(SH19, 72))), ("2025年呢", E("sh25", "r.carried_forward.total"))], FU + "year switch"),
        F(e, [("Shanghai General Office 2019: direct lawsuits total", E("sh19", "a.litigation_direct.total", alt=('信息公开类行政复议7件', 9))), ("switch to 2025", E("sh25", "a.litigation_direct.total")), ("how many of those 2025 ones are still pending?", E("sh25", "a.litigation_direct.pending"))], FU + "year + column switch"),
        F(z, [("涧西区2020年本年新收申请几件", E("jx", "r.received.total", alt=(JX, 17))), ("予以公开的呢", E("jx", "r.granted.total"))], FU + "row switch"),
        F(e, [("Jianxi 2020: normative documents newly made (本年制发)?", E("jx", "c.normative_docs.made")), ("procurement projects?", E("jx", "c.procurement.projects"))], FU + "row switch"),
        F(z, [("淮安2024年行政复议结果维持几件", E("ha", "a.review.upheld", alt=(HAR, 72))), ("沭阳2025年呢", E("sy", "a.review.upheld")), ("涧西2020年呢", E("jx", "a.review.upheld"))], FU + "body switch"),
        F(e, [("Huai'an 2024 fees collected (万元)?", E("ha", "c.fees.amount", unit="万元")), ("Shuyang 2025?", E("sy", "c.fees.amount", unit="万元"))], FU + "body switch"),
        F(z, [("沭阳县2025年重复申请不予处理几件", E("sy", "r.not_processed.duplicate.total")), ("淮安市2024年的呢", E("ha", "r.not_processed.duplicate.total"))], FU + "body switch"),
        F(e, [("Shanghai General Office 2025, requests it said it didn't hold?", E("sh25", "r.unable.not_held.total")), ("and needing new compilation?", E("sh25", "r.unable.needs_creation.total"))], FU + "row switch (text cells)"),
        F(z, [("上海市府办2025年上年结转的申请 自然人几件", E("sh25", "r.carried_over.natural_person")), ("那律所这类法律服务机构结转的有几件", E("sh25", "r.carried_over.legal_services"))], FU + "column switch (text cells)"),
        F(e, [("Huai'an 2024 direct lawsuits upheld?", E("ha", "a.litigation_direct.upheld")), ("corrected?", E("ha", "a.litigation_direct.corrected"))], FU + "column switch"),
        F(z, [("洪泽区2023年不掌握相关信息的申请多少", E("hz23", "r.unable.not_held.total")), ("需要另行制作的呢", E("hz23", "r.unable.needs_creation.total"))], FU + "row switch"),
        F(e, [("Shuyang County 2025 penalty decisions?", E("sy", "c.punishment.decisions")), ("Huai'an 2024 same thing", E("ha", "c.punishment.decisions")), ("and Hongze 2024?", E("hz24", "c.punishment.decisions"))], FU + "body switch"),
        F(z, [("上海市府办2019年规章对外公开总数", E("sh19", "c.regulations.total_published")), ("规范性文件的对外公开总数呢", E("sh19", "c.normative_docs.total_published"))], FU + "row switch"),
        F(e, [("Shanghai General Office 2019 procurement amount in 万元?", E("sh19", "c.procurement.amount", unit="万元")), ("Jianxi 2020?", E("jx", "c.procurement.amount", unit="万元"))], FU + "body switch"),
        F(z, [("沭阳2025年复议后再起诉的总共几件", E("sy", "a.litigation_after_review.total")), ("其中维持的呢", E("sy", "a.litigation_after_review.upheld"))], FU + "column switch"),
        F(e, [("Huai'an 2024 requests not held?", E("ha", "r.unable.not_held.total")), ("ok now Shuyang, 2025", E("sy", "r.unable.not_held.total")), ("Hongze 2024?", E("hz24", "r.unable.not_held.total"))], FU + "body switch"),
        F(z, [("市科委2024年予以公开几件", E("kw", "r.granted.total", alt=(KWG, 9))), ("上海市府办2025年呢", E("sh25", "r.granted.total"))], FU + "body switch (text cells)"),
        F(e, [("Hongze 2024 reconsiderations total?", E("hz24", "a.review.total")), ("and direct lawsuits?", E("hz24", "a.litigation_direct.total"))], FU + "appeals group switch (text cells)"),
        F(z, [("淮安市2024年部分公开 自然人几件", E("ha", "r.partially_granted.natural_person")), ("商业企业的呢", E("ha", "r.partially_granted.commercial"))], FU + "column switch"),
        F(e, [("Shuyang 2025, requests dropped for not paying the fee?", E("sy", "r.other.overdue_fee.total")), ("and for not correcting the application in time?", E("sy", "r.other.overdue_correction.total"))], FU + "row switch"),
        F(z, [("洪泽区2023年复议纠正几件", E("hz23", "a.review.corrected")), ("复议后起诉维持的呢", E("hz23", "a.litigation_after_review.upheld"))], FU + "appeals group switch"),
        F(e, [("Shanghai General Office 2025 suits after reconsideration, total?", E("sh25", "a.litigation_after_review.total")), ("reconsiderations still pending?", E("sh25", "a.review.pending"))], FU + "appeals group switch (text cells)"),
        F(z, [("淮安市政府2024年规范性文件本年制发几件", E("ha", "c.normative_docs.issued")), ("沭阳县政府2025年呢", E("sy", "c.normative_docs.issued"))], FU + "body switch"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "全年组织", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查", TX),
        N(e, "ha", "信息处理费 3940", 3940, "元", "How much did Huai'an collect in information processing fees in 2024, in yuan?", TX),
        N(z, "ha", "在运维政务新媒体", 95, "个", "淮安2024年全市在运维的政务新媒体有多少个", TX),
        N(e, "hz23", "主动公开政府信息 1136", 1136, "条", "Hongze 2023: how many items did the district post proactively on its government website platform?", TX),
        N(z, "hz23", "全年收取政府信息公开信息处理费", 0, "元", "洪泽区2023年收了多少信息处理费（元）", TX),
        N(e, "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024, items of government information posted on the website?", TX),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX),
        N(e, "hz24", "区政府办代表区政府受理", 17, "件", "Per the Hongze 2024 narrative, how many requests did the district office accept on behalf of the district government?", TX),
        N(z, "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息", TX),
        N(e, "sy", "开展意见征集", 9, "期", "Shuyang 2025: how many rounds of public consultation (意见征集) were run on the portal?", TX),
        N(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条信息", TX),
        N(e, "sy", "开设《项目进行时》", 33, "个", "How many special columns did Shuyang's new-media accounts open in 2025?", TX),
        N(z, "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年政务新媒体策采的新闻稿件多少篇", TX),
        N(e, "sy", "推送系列原创短视频", 1113, "个", "Shuyang County 2025 original short videos pushed out — how many?", TX),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位有几家", TX),
        N(e, "sy", "累计清理过期信息", 697, "条", "Shuyang 2025 cleanup drive: how many outdated items were removed?", TX),
        N(z, "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年办理信息公开申请收了多少信息处理费", TX),
        N(e, "kw", "原创文章", 294, "篇", "STCSM 2024: original articles on the 'Shanghai Science and Technology' WeChat account?", TX),
        N(z, "kw", "视频号共制作并发布短视频", 584, "条", "上海市科委2024年视频号发布了多少条短视频", TX),
        N(e, "kw", "关注人数达", 1016823, "人", "How many followers did the STCSM WeChat public account have per its 2024 report?", TX),
        N(z, "kw", "累计批量推送集成式发布政策", 121, "条", "市科委2024年批量推送集成式发布政策多少条", TX),
        N(e, "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024 routine submissions of pro-business policies: how many?", TX),
        N(z, "kw", "网站全年累计发布信息", 2139, "条", "“上海科技”网站2024年全年发布信息多少条", TX),
        N(e, "kw", "主合办人大代表建议", 50, "件", "STCSM 2024: number of NPC deputies' suggestions it handled as lead or co-handler?", TX),
        N(z, "kw", "主合办政协提案", 85, "件", "上海科委2024年主合办政协提案多少件", TX),
        N(e, "sh25", "召开市政府新闻发布会", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025 per the General Office report?", TX),
        N(z, "sh25", "新闻通气会", 19, "场", "上海市府办2025年报说开了几场新闻通气会", TX),
        N(e, "sh25", "重点领域", 125, "项", "Shanghai General Office 2025: number of key-area disclosure tasks?", TX),
        N(z, "sh25", "公文公开属性审查", 166, "件", "上海市政府办公厅2025年完成了多少件公文公开属性审查", TX),
        N(e, "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?", TX),
        N(z, "sh25", "个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报", TX),
        N(e, "sh25", "发布各类办事服务指引", 403, "项", "Shanghai General Office 2025: service guides published, how many?", TX),
        N(z, "sh19", "统一受理平台接入", 2261, "项", "上海2019年一网通办统一受理平台接入了多少项事项", TX),
        N(e, "sh19", "权威发布共计", 38, "次", "Shanghai General Office 2019: authoritative releases on executive-meeting topics, how many times?", TX),
        N(z, "sh19", "发布政策解读共", 132, "件", "上海市府办2019年门户网站发布政策解读共多少件", TX),
        N(e, "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect each quarter in 2019?", TX),
        N(z, "sh19", "全年共编发公报", 24, "期", "2019年上海市政府公报编发了几期", TX),
        N(e, "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas were set up for grassroots openness standards?", TX),
        N(z, "sh19", "统一受理平台接入", 53, "个", "2019年上海一网通办统一受理平台接入了多少个部门", TX),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年申请信息公开的人里男的女的各多少", "no sex breakdown", NO),
        U(e, "Average age of people who filed disclosure requests with Shuyang in 2025?", "no age data", NO),
        U(z, "沭阳县2025年每个月收到多少申请", "no monthly breakdown", NO),
        U(e, "Huai'an 2024 requests by quarter pls", "no quarterly breakdown", NO),
        U(z, "洪泽区2023年的申请里网上提交的和当面提交的各多少", "no channel breakdown", NO),
        U(e, "Which township in Shuyang County generated the most disclosure requests in 2025?", "no township breakdown", NO),
        U(z, "淮安市2024年申请最多的是哪个话题，征地拆迁吗", "no topic breakdown", NO),
        U(e, "How many of Shanghai General Office's 2025 requests were about housing?", "no topic breakdown", NO),
        U(z, "上海市府办2019年平均多少天答复一个申请", "no response time", NO),
        U(e, "How many staff work on information disclosure at the Huai'an city government (2024)?", "no staff number", NO),
        U(z, "涧西区2020年信息公开工作花了多少经费", "no cost", NO),
        U(e, "Forecast: how many requests will Shuyang get in 2027?", "forecast", NO),
        U(z, "你觉得淮安市2024年信息公开做得好不好", "opinion", NO),
        U(e, "Is Shanghai's 2025 disclosure performance better than Beijing's, in your view?", "opinion and body not held", NO),
        U(z, "我2025年3月给沭阳县政府递了申请，编号多少来着，现在办到哪一步了", "one person's own case", NO),
        U(e, "Can you give me the name and phone number of the person who sued Huai'an in 2024?", "personal data", NO),
        U(z, "南京市2024年收到多少信息公开申请", "body not held", NO),
        U(e, "Suqian city 2025 annual report: requests received?", "body not held", NO),
        U(z, "浦东新区2024年行政复议几件", "body not held", NO),
        U(e, "Qingjiangpu District 2023 — how many requests were granted?", "body not held", NO),
        U(z, "洪泽区2022年行政许可多少", "year not held", NO),
        U(e, "Shuyang County 2023 new requests?", "year not held", NO),
        U(z, "上海市科委2022年予以公开几件", "year not held", NO),
        U(e, "Jianxi District 2022 requests received?", "year not held", NO),
        U(z, "上海市政府办公厅2021年的新收申请是多少", "year not held", NO),
        U(e, "Huai'an 2023, how many requests were carried forward?", "year not held", NO),
        U(z, "淮安市2024年申请人里有多少是外地人", "no residence breakdown", NO),
        U(e, "Of Shuyang's 2025 commercial applicants, which industry were they in?", "no industry breakdown", NO),
        U(z, "上海市府办2025年的申请是哪几个委办局的信息最多", "no department breakdown", NO),
        U(e, "Why did Hongze District's requests change in 2024? Give the reasons with numbers.", "reasons not stated", NO),
        U(z, "淮安市2024年被纠正的复议案件 具体是哪几个部门", "not stated", NO),
        U(e, "what percentage of Huai'an 2024 applicants were satisfied with the answer", "not stated", NO),
        U(z, "沭阳2025年收的380元信息处理费是谁交的 叫什么名字", "personal data", NO),
        U(e, "Shanghai science commission 2024: how many requests came in by post vs by email?", "no channel breakdown", NO),
        U(z, "2026年洪泽区政府会收到多少申请 预测一下", "forecast", NO),
        U(e, "How long on average did the Shanghai General Office take to decide a reconsideration case in 2025?", "no duration", NO),
        U(z, "涧西区2020年 申请人 年龄在60岁以上的有几个", "no age data", NO),
        U(e, "Did my neighbour's 2024 request to Huai'an get approved? His name is Wang.", "one person's own case", NO),
        U(z, "宿迁市政府2025年信息公开年报 部分公开多少", "body not held", NO),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "sy", "r.carried_over.total", "沭阳县2025年上一年结转过来的申请（不是结转到下年的）几件", NB + "carried over vs forward"),
        T(e, "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed AFTER reconsideration (not the direct ones)?", NB + "after review vs direct"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止的规范性文件（不是新制发的）", NB + "repealed vs issued"),
        T(e, "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests refused as needing new compilation — not the 'not held' ones", NB + "needs creation vs not held"),
        T(z, "ha", "r.withheld.process_info.total", "淮安2024年因为是过程性信息不公开的（内部事务那行别算）", NB + "process info vs internal affairs"),
        T(e, "ha", "c.normative_docs.in_force", "Huai'an 2024: normative documents currently in force — I don't mean those issued that year", NB + "in force vs issued"),
        T(z, "ha", "a.review.other", "淮安市2024年行政复议其他结果几件 不是纠正", NB + "other vs corrected", alt=('其他结果 178', 178)),
        T(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement: number of projects, not the amount", NB + "projects vs amount"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是新制作数）", NB + "total published vs made"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: partial disclosures only, not the full ones", NB + "partial vs granted"),
        T(z, "ha", "r.received.legal_services", "淮安市2024年法律服务机构申请的（别跟商业企业搞混）", NB + "legal services vs commercial"),
        T(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025: carried OVER from the previous year, not carried forward", NB + "carried over vs forward", alt=(SH25, 189)),
        T(z, "sy", "a.litigation_direct.total", "沭阳县2025年直接起诉的行政诉讼（不是复议后起诉的）几件", NB + "direct vs after review"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
