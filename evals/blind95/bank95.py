"""Question bank of the blind95 evaluation set (evals/blind95).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read it while
tuning the engine.

Every wording was newly written for this set. Numbers are never typed for table values: the
builders of helpers95 compute them from gold/*.json, or, for the three reports without gold,
from the printed table lines named in SPECS (the same cells blind6 verified). Narrative numbers
are checked against a sentence cut from the report text.

Report ids: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib95 as L  # noqa: E402
from helpers95 import C, D, E, EN, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

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

W = "万元"

# text sentences where the narrative states the same number as the table (ambiguous readings)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "政府信息公开行政复议 351件"
SH19_REQ = "代表市政府共受理"
SY_REQ = "全县全年共受理政府信息公开申请"
SH25_REQ = "市政府共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "所有办结的信息公开申请中同意公开答复"
JX_REQ = "全年共收到依申请公开"
HZ23_REQ = "全区受理政府信息公开申请"


def plain():
    z, e = "zh", "en"
    return [
        # ---------------- 淮安 2024
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", alt=(HA_REQ, 3119)),
        V(e, "ha", "r.received.total", "how many info disclosure applications did Huai'an city gov get in 2024 (本年新收)?", alt=(HA_REQ, 3119)),
        V(z, "ha", "r.unable.not_held.total", "淮安24年有多少申请 政府说自己手上根本没这个信息"),
        V(e, "ha", "r.unable.not_held.total", "Huaian 2024: number of requests where the city said the info simply isn't held by them (本机关不掌握)"),
        V(z, "ha", "r.granted.total", "我是记者，想核一下淮安市人民政府2024年年报里“予以公开”那一栏的总计。"),
        V(e, "ha", "r.partially_granted.total", "In 2024, how many applicants to Huai'an only got part of what they asked for?"),
        V(z, "ha", "r.withheld.admin_query.total", "淮安2024年因为属于行政查询事项被拒绝公开的有几件"),
        V(e, "ha", "r.withheld.admin_query.natural_person", "huai'an 2024 - individuals turned away bc their request was really an administrative lookup (行政查询事项), how many"),
        V(z, "ha", "a.review.corrected", "2024年淮安政府信息公开的行政复议里，被纠正的有多少件？"),
        V(e, "ha", "a.litigation_direct.total", "For Huai'an FY2024, how many disclosure lawsuits went straight to court without review first?"),
        V(z, "ha", "c.fees.amount", "淮安市二〇二四年行政事业性收费金额多少万", unit=W),
        V(e, "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?"),
        V(z, "ha", "r.other.overdue_correction.total", "请问淮安市2024年有多少申请是因为申请人逾期不补正，政府就不再处理了"),
        V(e, "ha", "r.received.legal_person", "Huai'an 2024 — applications from companies and other organisations combined (法人或其他组织), not individuals?"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市2024 信访举报投诉类的申请 不予处理的 多少个"),
        V(e, "ha", "a.review.upheld", "Huai'an 2024 admin review cases on disclosure where the original decision was upheld (结果维持)?", alt=(HA_REV, 72)),
        # ---------------- 沭阳 2025
        V(z, "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请是多少件？不算上一年结转过来的"),
        V(e, "sy", "r.received.total", "Shuyang County 2025, newly received disclosure requests only (the 本年新收 row, carry-overs excluded)?"),
        V(z, "sy", "r.carried_forward.total", "我2024年帮我妈给沭阳县政府写过申请，一直没下文。想问下2025年沭阳有多少申请是结转到下一年继续办的？", alt=(SY_REQ, 31)),
        V(e, "sy", "r.withheld.internal_affairs.total", "Shuyang 2025: requests refused as internal affairs info (三类内部事务信息) - total?"),
        V(z, "sy", "r.other.other.total", "沭阳2025年 其他处理 里面第3小项“其他”是多少"),
        V(e, "sy", "c.licensing.decisions", "how many administrative licensing decisions did Shuyang county make in 2025"),
        V(z, "sy", "c.punishment.decisions", "沭阳县25年行政处罚决定一共做了多少个"),
        V(e, "sy", "a.review.pending", "Shuyang 2025 — admin reconsideration cases about info disclosure still not concluded at year end?"),
        V(z, "sy", "a.litigation_after_review.total", "2025年沭阳县 经过复议以后又去法院起诉的 一共几件"),
        V(e, "sy", "r.unable.not_held.natural_person", "Shuyang County, 2025: private individuals told the county does not hold the information they asked for"),
        V(z, "sy", "c.fees.amount", "你好，12345这边有个市民问：沭阳县2025年行政事业性收费金额是多少？", unit=W),
        V(e, "sy", "r.not_processed.duplicate.total", "Shuyang 2025, how many requests were dropped as repeat applications (重复申请)?"),
        V(z, "sy", "r.received.legal_person", "沭阳2025年本年新收申请中，法人或其他组织提的有多少件", alt=(SY_REQ, 8)),
        V(e, "sy", "c.normative_docs.in_force", "Shuyang 2025 normative docs still in force at year end (现行有效件数)?"),
        # ---------------- 上海市府办 2019
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年新收到的公开申请多少件", alt=(SH19_REQ, 859)),
        V(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests carried forward to be handled the next year?", alt=(SH19_REQ, 72)),
        V(z, "sh19", cols("granted"), "上海市府办19年的表里，予以公开的申请加起来有多少（各类申请人合计）"),
        V(e, "sh19", "c.procurement.amount", "what was the centralised procurement amount for the Shanghai municipal government general office in 2019 (万元)", unit=W),
        V(z, "sh19", "c.regulations.total_published", "2019年上海市政府办公厅对外公开的规章总数量是多少"),
        V(e, "sh19", cols("unable.needs_creation"), "Shanghai General Office in 2019 — requests it couldn't answer because the info would have had to be newly compiled (需要另行制作), all applicant types"),
        V(z, "sh19", "r.received.commercial", "上海市政府办公厅2019年收到的申请里商业企业提的有几件"),
        # ---------------- 洪泽 2023
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请因为没有现成信息需要另行制作而无法提供？"),
        V(e, "hz23", "c.punishment.decisions", "Hongze District 2023, administrative penalty decisions count?"),
        V(z, "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费金额（万元）", unit=W),
        V(e, "hz23", "r.partially_granted.total", "In 2023 how many applicants to Hongze district govt got a partial disclosure"),
        V(z, "hz23", "r.received.total", "洪泽 2023年 依申请公开 新收了多少", alt=(HZ23_REQ, 21)),
        V(e, "hz23", "c.normative_docs.repealed", "hongze 2023 normative documents abolished that year?"),
        # ---------------- 涧西 2020
        V(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个"),
        V(e, "jx", "r.received.total", "Jianxi District gov office, 2020: total new disclosure applications?", alt=(JX_REQ, 17)),
        V(z, "jx", "c.normative_docs.made", "涧西区2020年本年新制作的规范性文件几件"),
        V(e, "jx", "a.litigation_direct.upheld", "Jianxi 2020: lawsuits filed directly (no review first) where the government's decision was upheld?"),
        # ---------------- 洪泽 2024 (text cells)
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定数量是多少"),
        V(e, "hz24", "r.unable.not_held.total", "Hongze 2024 — how many requests got the answer 'we don't have that information'?"),
        V(z, "hz24", "c.coercion.decisions", "洪泽24年行政强制的处理决定有多少"),
        V(e, "hz24", "r.granted.total", "For Hongze District in 2024, how many requests were answered with full disclosure?"),
        V(z, "hz24", "c.fees.amount", "洪泽区2024年 收费金额多少万元", unit=W),
        # ---------------- 上海市科委 2024 (text cells)
        V(e, "kw", "r.received.natural_person", "STCSM 2024: new applications filed by individual citizens (自然人)?"),
        V(z, "kw", "c.normative_docs.in_force", "上海科委2024年现行有效的规范性文件有多少件"),
        V(e, "kw", "c.licensing.decisions", "Shanghai science commission, 2024, number of licensing decisions"),
        V(z, "kw", "r.total_processed.total", "市科委2024年办理结果总计那一行 总计是多少"),
        # ---------------- 上海市府办 2025 (text cells)
        V(z, "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年因本机关不掌握相关信息无法提供的有多少件"),
        V(e, "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025 — requests not processed because they were really complaints/petitions (信访举报投诉类)?"),
        V(z, "sh25", "a.review.total", "2025年上海市府办信息公开相关的行政复议总共几件"),
        V(e, "sh25", "r.carried_forward.total", "Shanghai municipal government general office, 2025: how many requests were rolled over into the next year?"),
        V(z, "sh25", "r.received.commercial", "上海市府办2025年新收申请 商业企业的 数字"),
        V(e, "sh25", "r.unable.needs_creation.total", "In 2025 how many requests did the Shanghai General Office turn down because answering would mean creating new info?"),
        V(z, "sh25", "r.carried_over.total", "想确认下上海市人民政府办公厅2025年年报：上年结转过来的申请是多少件", alt=(SH25_REQ, 189)),
        V(e, "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025, direct lawsuits still pending (尚未审结)?"),
        # ---------------- more mixed voices
        V(z, "ha", "r.withheld.process_info.total", "老师让我们查淮安市2024年报告第三部分：不予公开里“属于四类过程性信息”的总计是多少？"),
        V(e, "ha", "c.licensing.decisions", "Huaian in 2024 made how many administrative licence decisions? need the number for my thesis"),
        V(z, "ha", "r.carried_over.total", "淮安市政府2024年从上一年接过来还没办完的申请有几件", alt=(HA_REQ, 34)),
        V(e, "ha", "r.other.overdue_fee.total", "huai an 2024 requests closed because applicant never paid the fee notice (逾期未缴费)"),
        V(z, "sy", "r.partially_granted.total", "沭阳2025年部分公开的有多少"),
        V(e, "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, refusals on the grounds that it's an administrative enforcement case file (行政执法案卷)?"),
        V(z, "sy", "r.other.overdue_correction.total", "沭阳县政府2025年 申请人逾期不补正 不再处理 几件"),
        V(e, "sy", "a.litigation_direct.upheld", "Shuyang County 2025: of the lawsuits filed directly in court, how many ended with the county's decision upheld?"),
        V(z, "sh19", "a.review.pending", "上海市府办2019年的行政复议还有几件没审结"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office FY2019 total requests processed (三（七）总计)", alt=(SH19_REQ, 805)),
        V(z, "hz23", "r.withheld.state_secret.total", "洪泽区2023年有没有因为属于国家秘密不予公开的？有几件"),
        V(e, "hz23", "c.licensing.decisions", "how many admin licensing decisions in Hongze 2023"),
        V(z, "jx", "c.procurement.amount", "涧西区人民政府办公室2020年政府集中采购总金额是多少万元", unit=W),
        V(e, "jx", "r.unable.not_held.total", "Jianxi district 2020 — requests where the office said it does not hold the info"),
        V(z, "kw", "r.granted.total", "上海市科委2024年 予以公开的申请 几件", alt=(KW_OUT, 9)),
        V(e, "kw", "r.received.commercial", "How many of STCSM's new requests in 2024 came from businesses (商业企业)?"),
        V(z, "hz24", "a.review.total", "洪泽区政府2024年政府信息公开行政复议总数"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 admin penalties — number of decisions?"),
        V(z, "sh25", "r.granted.total", "上海市府办2025年予以公开的申请总计多少件"),
        V(e, "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: carry-over requests from law firms / legal services organisations?"),
        V(z, "ha", "c.coercion.decisions", "淮安市2024年行政强制决定数"),
        V(e, "ha", "r.unable.unclear.total", "Huai'an 2024 requests still unclear even after the applicant was asked to fix them (补正后申请内容仍不明确)?"),
        V(z, "sy", "r.granted.natural_person", "沭阳县2025年自然人申请里面予以公开的几件"),
        V(e, "sy", "r.withheld.admin_query.total", "shuyang 2025 how many refused cuz they were admin query matters"),
        V(z, "ha", "a.litigation_after_review.upheld", "在网上看到淮安2024年信息公开官司挺多的，复议后起诉、最后结果维持的有几件？"),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly available (对外公开总数量)?"),
        V(z, "jx", "a.review.total", "涧西区2020年行政复议总计几件"),
        V(e, "hz23", "r.not_processed.petition.total", "Hongze District 2023: requests not handled because they were petitions or complaints?"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        # sums of cells of one report
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年，全部公开加部分公开，一共多少件？"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: all disclosure lawsuits together, direct ones plus those filed after review?", alt=(HA_REV, 46)),
        S(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年 复议 直接起诉 复议后起诉 三个加一起多少件", alt=("全县共办理相关案件", 74)),
        S(e, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Shuyang 2025: add up the three 'unable to provide' sub-rows (not held, needs creating, still unclear)."),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "帮我把淮安市2024年不予公开下面8个小项全部加起来，总共多少件"),
        S(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Huaian 2024 — sum of all five 'not processed' (不予处理) sub-items, please"),
        S(z, "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收加上年结转，一共要处理多少件申请"),
        S(e, "jx", ["c.normative_docs.made", "c.regulations.made"], "Jianxi 2020, newly made regulations plus newly made normative docs, together?"),
        S(z, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳2025年许可、处罚、强制三类决定合计多少"),
        S(e, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "For Shuyang in 2025, what's the total of 'other handling' (其他处理) across its three sub-items?"),
        S(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 不掌握的 和 需要另行制作的 加起来"),
        S(e, "ha", ["a.review.upheld", "a.review.corrected"], "Huai'an 2024 admin reviews: upheld plus corrected, how many in total?"),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "上海市科委2024年新收申请和上年结转的加起来是多少"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: petition-type requests plus repeat requests, combined?"),
        S(z, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "淮安市2024年自然人的申请，新收的加上年结转的，一共是多少"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024 — reviews + direct suits + suits after review, all together?"),
        # year-to-year differences of one body
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数量，2024年比2023年多了多少"),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze District: change from 2023 to 2024 in requests answered 'information not held'?"),
        D(z, "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费金额 2024年和2023年比 差多少万元", unit=W),
        D(e, "hz23", "hz24", "r.granted.total", "By how much did full disclosures at Hongze go up between 2023 and 2024?"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定 2023年到2024年增减了多少"),
        D(e, "sh19", "sh25", "r.received.total", "Shanghai General Office: new disclosure requests in 2025 vs 2019 — what's the difference?", alt=(SH25_REQ, 1295)),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的申请，2025年比2019年多了几件"),
        D(e, "sh19", "sh25", "a.review.total", "How much did administrative reviews against the Shanghai General Office grow from 2019 to 2025?"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅自然人新收申请，2019年和2025年相差多少"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office, direct lawsuits: 2025 minus 2019?"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪个新收申请最多？"),
        R(e, ["jx", "hz23", "sy"], "r.received.total", "asc", "Of Jianxi (2020), Hongze (2023) and Shuyang (2025), which one got the fewest new requests?"),
        R(z, ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "沭阳2025 上海市府办2019 涧西2020 哪家结转到下一年的申请最多"),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by administrative penalty decisions — who's top?"),
        R(z, ["sy", "ha", "hz23"], "c.licensing.decisions", "desc", "行政许可决定数量：沭阳县2025年、淮安市2024年、洪泽区2023年，谁最多"),
        R(e, ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Lowest fee revenue (行政事业性收费) among Huai'an 2024, Shuyang 2025, Hongze 2023?"),
        R(z, ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "比较一下淮安2024、沭阳2025、上海市府办2019、涧西2020的信息公开行政复议数量，哪个最少"),
        R(e, ["ha", "sy", "sh19"], "a.review.total", "desc", "Which had the most disclosure-related admin reviews: Huaian in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?"),
        R(z, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转的申请，淮安2024年、沭阳2025年、上海市政府办公厅2019年哪个最多"),
        R(e, ["ha", "sy", "hz23"], "r.unable.not_held.total", "desc", "Among Huai'an (2024), Shuyang (2025), Hongze (2023): which said 'not held' most often?"),
        R(z, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "现行有效行政规范性文件 淮安2024 沭阳2025 洪泽2023 谁最少"),
        R(e, ["sy", "hz23", "jx"], "r.partially_granted.total", "desc", "Partial disclosures: Shuyang 2025 vs Hongze 2023 vs Jianxi 2020 — which is highest?"),
        R(z, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼，沭阳县2025年、上海市府办2019年、涧西区2020年哪个最多"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安市2024年结转到下一年度继续办理的申请有多少件（不是上年转过来的那个）", "结转下年 vs 上年结转", alt=(HA_REQ, 103)),
        T(e, "sy", "a.litigation_direct.total", "Shuyang 2025 lawsuits filed directly, NOT the ones after reconsideration — how many?", "直接起诉 vs 复议后起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止了几件行政规范性文件？问的是废止不是制发", "废止 vs 制发"),
        T(e, "sy", "r.unable.needs_creation.total", "Shuyang County 2025: requests that couldn't be met because the info would need to be produced from scratch (另行制作)?", "另行制作 vs 不掌握"),
        T(z, "ha", "r.withheld.process_info.total", "淮安2024年 不予公开里 过程性信息 那一项", "过程性信息 vs 内部事务"),
        T(e, "ha", "c.regulations.in_force", "How many municipal regulations (规章) of Huai'an were in force at the end of 2024?", "现行有效 vs 制发"),
        T(z, "ha", "a.review.other", "淮安市2024年行政复议“其他结果”有几件", "其他结果 vs 纠正", alt=(HA_REV, 178)),
        T(e, "jx", "c.procurement.projects", "Jianxi 2020 centralised procurement — number of projects, not the money", "采购项目数 vs 金额"),
        T(z, "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章的对外公开总数量（不是本年新制作的）", "对外公开总数 vs 新制作"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: partially disclosed requests (部分公开), not fully granted ones?", "部分公开 vs 予以公开"),
        T(z, "ha", "r.received.legal_services", "淮安市2024年法律服务机构提交的新申请是多少", "法律服务机构 vs 商业企业"),
        T(e, "sy", "r.carried_over.total", "Shuyang County 2025: requests carried over INTO 2025 from the year before (上年结转)?", "上年结转 vs 结转下年"),
        T(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年“没有现成信息需要另行制作”的有几件", "另行制作 vs 不掌握"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "等新闻发布会", 12, "场", "淮安市政府2024年开了多少场新闻发布会"),
        N(e, "ha", "制作政策解读", 21, "个", "How many policy explainers (政策解读) did Huai'an produce in 2024?"),
        N(z, "ha", "在运维政务新媒体", 95, "个", "淮安全市在运维的政务新媒体有多少个？看的是2024年的年报"),
        N(e, "ha", "政府信息公开栏目全覆盖检查", 4, "次", "Huai'an 2024: how many full-coverage inspections of the disclosure columns were organised?"),
        N(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少钱的信息处理费（元）"),
        N(e, "ha", "制作政策解读", 6, "期", "Huai'an municipal gazette 2024 — how many issues were produced?"),
        N(z, "hz23", "我区在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条政府信息"),
        N(e, "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: number of government information items posted on the website?"),
        N(z, "hz24", "主动发布各类政府信息", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        N(e, "sy", "通过县政府门户网站主动公开政府信息", 4511, "条", "Shuyang county portal 2025: how many info items were proactively released?"),
        N(z, "sy", "通过县政府门户网站主动公开政府信息", 9, "期", "沭阳县2025年开展了几期意见征集"),
        N(e, "sy", "督促县直部门", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025?"),
        N(z, "sy", "开设《项目进行时》", 33, "个", "沭阳2025年政务新媒体开了多少个专栏"),
        N(e, "sy", "开设《项目进行时》", 1113, "个", "Shuyang 2025 — how many original short videos were pushed out?"),
        N(z, "sy", "年度涌现爆款内容", 52, "条", "沭阳县政府2025年有多少条爆款内容"),
        N(e, "sy", "年度涌现爆款内容", 49, "条", "Shuyang 2025: of its viral posts, how many passed a million views but not ten million?"),
        N(z, "sy", "集中公开、统一发布", 64, "家", "沭阳县2025年有多少家单位的年度报告集中公开了"),
        N(e, "sy", "累计清理过期信息", 697, "条", "During the 2025 clean-up, how many outdated items did Shuyang remove?"),
        N(z, "sy", "收取信息处理费共计", 380, "元", "我想知道沭阳2025年全县收了多少信息处理费 元"),
        N(e, "kw", "通过部门网站当年发布政府信息", 393, "件", "STCSM 2024: government information items published on its website by 31 Dec?"),
        N(z, "kw", "主合办人大代表建议", 85, "件", "上海市科委2024年主合办了多少件政协提案"),
        N(e, "kw", "累计批量推送集成式发布政策", 121, "条", "Shanghai science commission 2024 — policies pushed in batches for integrated release?"),
        N(z, "kw", "共编发文章", 294, "篇", "上海科技公众号2024年原创文章有几篇（市科委年报）"),
        N(e, "kw", "视频号共制作并发布短视频", 54373, "人", "STCSM's WeChat Channels account in 2024: how many followers (粉丝数)?"),
        N(z, "kw", "直播", 118, "场", "市科委2024年搞了多少场直播"),
        N(e, "kw", "全年累计发布信息", 2139, "条", "How many items did the 'Shanghai Science' site publish in total in 2024?"),
        N(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市府办2025年的年报里，市政府开了几场新闻通气会"),
        N(e, "sh25", "召开市政府新闻发布会", 42, "场", "Shanghai 2025: how many municipal government press conferences were held (per the General Office report)?"),
        N(z, "sh25", "公文公开属性审查", 330, "件", "上海市府办2025年完成发布审查多少件"),
        N(e, "sh25", "新增意大利语网站", 10, "个", "Shanghai International Services Portal — how many languages did it cover, per the Shanghai General Office's 2025 report?"),
        N(z, "sh25", "申请人主动撤回", 157, "件", "上海市政府办公厅2025年申请人自己撤回的申请有多少"),
        N(e, "sh25", "发布各类办事服务指引", 403, "项", "Shanghai General Office 2025 — service guides published on the international portal?"),
        N(z, "sh19", "市政府其他文件", 141, "件", "上海市政府办公厅2019年报说主动公开的人事任免文件有多少件"),
        N(e, "sh19", "统一受理平台接入", 2261, "项", "Shanghai General Office 2019: how many matters were connected to the unified acceptance platform of 'One Netcom'?"),
        N(z, "sh19", "发布政策解读共", 132, "件", "上海市政府办公厅2019年通过“中国上海”门户发布了多少件政策解读"),
        N(e, "sh19", "权威发布共计", 38, "次", "Shanghai General Office 2019 — how many times did they do an authoritative release on key topics of the municipal executive meetings (权威发布)?"),
        N(z, "sh19", "全年共编发公报", 24, "期", "上海市府办2019年报里《上海市人民政府公报》全年编发了几期"),
        N(e, "sh19", "家政府网站开展全面检查", 70, "家", "Per the Shanghai General Office's 2019 report, how many government websites were inspected every quarter?"),
        N(z, "jx", "试点领域", 26, "个", "涧西区2020年设了多少个试点领域"),
        N(e, "jx", "办结率", 88.2, "%", "Jianxi District 2020 — completion rate for disclosure requests (办结率)?"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年信息公开申请里男的女的各多少", "sex of applicants is not reported"),
        U(e, "What share of Shuyang's 2025 applicants were over 60 years old?", "age of applicants is not reported"),
        U(z, "沭阳县2025年几月份收到的申请最多", "monthly breakdown not reported"),
        U(e, "Huai'an 2024 disclosure requests received in Q3 only?", "quarterly breakdown not reported"),
        U(z, "淮安2024年网上提交和邮寄提交的申请分别多少", "submission channel not reported"),
        U(e, "Which township in Shuyang County generated the most info requests in 2025?", "township breakdown not reported"),
        U(z, "上海市府办2025年收到的申请里 关于拆迁征收的有几件", "topic breakdown not reported"),
        U(e, "How many of Huai'an's 2024 requests came from manufacturing firms?", "industry of applicants not reported"),
        U(z, "洪泽区2023年申请人里外地户籍的有多少", "residence of applicants not reported"),
        U(e, "Huai'an 2024: how many of the requests were handled by the natural resources bureau?", "department breakdown not reported"),
        U(z, "淮安市政府2024年平均多少天答复一件申请", "response times not reported"),
        U(e, "How many staff work on information disclosure at the Jianxi District office (2020 report)?", "staff numbers not reported"),
        U(z, "沭阳县2025年做信息公开工作一共花了多少经费", "costs of the disclosure work not reported"),
        U(e, "Forecast: how many disclosure requests will Huai'an receive in 2026?", "forecast"),
        U(z, "你觉得上海市府办2025年信息公开做得好不好，打几分", "opinion"),
        U(e, "Was Shuyang's 2025 disclosure performance better than other counties in Suqian? your opinion pls", "opinion / comparison not in the corpus"),
        U(z, "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 report not in the corpus"),
        U(e, "Shuyang County 2024 — number of disclosure requests received?", "沭阳县 2024 report not in the corpus"),
        U(z, "上海市科委2023年新收申请多少件", "上海市科委 2023 report not in the corpus"),
        U(e, "Jianxi District 2021: how many new requests?", "涧西区 2021 report not in the corpus"),
        U(z, "上海市政府办公厅2022年行政复议几件", "上海市府办 2022 report not in the corpus"),
        U(z, "南京市人民政府2024年信息公开申请数量", "南京市 not in the corpus"),
        U(e, "Suqian city government 2025 — new disclosure applications?", "宿迁市 not in the corpus"),
        U(z, "浦东新区2025年政府信息公开年报里予以公开多少件", "浦东新区 not in the corpus"),
        U(e, "Qingjiangpu District (清江浦区) 2024: how many requests did it refuse?", "清江浦区 not in the corpus"),
        U(z, "我2025年3月给沭阳县政府递了一份申请问我家宅基地的事，到现在没回，我那件现在到哪一步了", "one person's own case"),
        U(e, "I applied to Huai'an in 2024 about my father's pension file. Was my application among the ones refused?", "one person's own case"),
        U(z, "淮安市2024年那些申请行政复议的人叫什么名字，电话多少", "personal data"),
        U(e, "Can you give me the names of the people who sued the Shanghai General Office in 2025?", "personal data"),
        U(z, "洪泽区2024年信息公开申请为什么比2023年多那么多，原因是啥", "cause of the change not stated"),
        U(e, "Why did Huai'an scrap 26 normative documents in 2024 — which ones were they?", "reasons/titles not stated"),
        U(z, "涧西区2020年那2件在办的申请后来是怎么答复的", "outcome of later handling not reported"),
        U(e, "In the Shanghai General Office's 2025 report, what were the most common topics people asked about, with figures?", "topics with figures not stated"),
        U(z, "淮安2024年被纠正的64件复议分别是哪些部门的", "department breakdown of review outcomes not reported"),
        U(e, "Huai'an 2024 — average fee charged per request in yuan?", "average per request not reported"),
        U(z, "沭阳2025年有多少申请人是律师个人身份提交的", "profession of natural-person applicants not reported"),
        U(e, "STCSM 2024: how many requests came in by email vs. in person?", "submission channel not reported"),
        U(z, "上海市府办2019年收到的申请里外国人提的有多少", "nationality of applicants not reported"),
        U(e, "What will Shanghai General Office's 2026 carry-over figure be?", "forecast"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年不予公开的里面，属于保护第三方合法权益的有几件", E("ha", "r.withheld.third_party.total")),
              ("那沭阳县2025年同一项呢", E("sy", "r.withheld.third_party.total"))], "body switch"),
        F(e, [("Huai'an 2024, new requests from individuals?", E("ha", "r.received.natural_person")),
              ("and from businesses?", E("ha", "r.received.commercial"))], "column switch"),
        F(z, [("洪泽区2023年行政处罚决定数量", E("hz23", "c.punishment.decisions")),
              ("换成2024年呢", E("hz24", "c.punishment.decisions"))], "year switch, 2024 from text cells"),
        F(e, [("What was the Shanghai General Office's count of new requests in 2019?", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
              ("2025?", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch, 2025 from text cells"),
        F(z, [("沭阳2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
              ("纠正的呢", E("sy", "a.review.corrected")),
              ("还没审结的呢", E("sy", "a.review.pending"))], "column switch within the review group"),
        F(e, [("Shuyang County 2025 — direct lawsuits total?", E("sy", "a.litigation_direct.total")),
              ("ok and the ones after review?", E("sy", "a.litigation_after_review.total"))], "group switch"),
        F(z, [("淮安市人民政府2024年行政许可决定多少个", E("ha", "c.licensing.decisions")),
              ("处罚呢", E("ha", "c.punishment.decisions"))], "row switch"),
        F(e, [("Jianxi 2020: normative documents made that year?", E("jx", "c.normative_docs.made")),
              ("and the total now publicly available (对外公开总数量)?", E("jx", "c.normative_docs.total_published"))], "column switch"),
        F(z, [("上海市科委2024年新收的申请一共多少件", E("kw", "r.received.total", alt=(KW_REQ, 34))),
              ("上年结转的呢", E("kw", "r.carried_over.total", alt=(KW_REQ, 2)))], "row switch; text states both"),
        F(e, [("Huaian 2024 how many 'not held' answers", E("ha", "r.unable.not_held.total")),
              ("what about Hongze in 2023", E("hz23", "r.unable.not_held.total")),
              ("and Hongze 2024?", E("hz24", "r.unable.not_held.total"))], "body then year switch"),
        F(z, [("帮我查下上海市府办2025年直接起诉的行政诉讼总数", E("sh25", "a.litigation_direct.total")),
              ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], "group switch"),
        F(e, [("Shuyang 2025, fee revenue in 万元?", E("sy", "c.fees.amount", unit=W)),
              ("Same figure for Huai'an in 2024?", E("ha", "c.fees.amount", unit=W))], "body switch, money"),
        F(z, [("涧西区政府办2020年结转下年度继续办理的申请几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
              ("上海市府办2019年呢", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72)))], "body switch"),
        F(e, [("Hongze District, 2023: repealed normative docs?", E("hz23", "c.normative_docs.repealed")),
              ("and how many still in force?", E("hz23", "c.normative_docs.in_force"))], "column switch"),
        F(z, [("我在做课题 淮安2024年 部分公开 自然人那一格是多少", E("ha", "r.partially_granted.natural_person")),
              ("商业企业那格呢", E("ha", "r.partially_granted.commercial"))], "column switch"),
        F(e, [("Shanghai General Office 2025: requests refused as 'not held'?", E("sh25", "r.unable.not_held.total")),
              ("And 'needs new compilation'?", E("sh25", "r.unable.needs_creation.total")),
              ("and repeated applications?", E("sh25", "r.not_processed.duplicate.total"))], "row switches"),
        F(z, [("沭阳县2025年行政强制决定多少", E("sy", "c.coercion.decisions")),
              ("洪泽区2023年同一项呢", E("hz23", "c.coercion.decisions"))], "body and year switch"),
        F(e, [("Huai'an FY2024: admin reviews on disclosure, total?", E("ha", "a.review.total", alt=(HA_REV, 351))),
              ("how many still pending?", E("ha", "a.review.pending", alt=(HA_REV, 37)))], "column switch; text states both"),
        F(z, [("上海市政府办公厅2019年复议后起诉的有几件", E("sh19", "a.litigation_after_review.total")),
              ("直接起诉的呢", E("sh19", "a.litigation_direct.total"))], "group switch"),
        F(e, [("STCSM 2024 normative docs issued?", E("kw", "c.normative_docs.issued")),
              ("in force?", E("kw", "c.normative_docs.in_force"))], "column switch"),
        F(z, [("淮安市2024年重复申请不予处理的几件", E("ha", "r.not_processed.duplicate.total")),
              ("换成沭阳县2025年", E("sy", "r.not_processed.duplicate.total"))], "body switch"),
        F(e, [("How many requests did Hongze district receive in 2023 (table, new ones)?", E("hz23", "r.received.total", alt=(HZ23_REQ, 21))),
              ("and total processed that year?", E("hz23", "r.total_processed.total"))], "row switch"),
        F(z, [("沭阳县二〇二五年予以公开多少件", E("sy", "r.granted.total")),
              ("那淮安2024年呢", E("ha", "r.granted.total"))], "body switch"),
        F(e, [("Shanghai General Office 2019 admin reviews — how many?", E("sh19", "a.review.total")),
              ("same for 2025", E("sh25", "a.review.total"))], "year switch"),
        F(z, [("洪泽区2024年复议后起诉多少件", E("hz24", "a.litigation_after_review.total")),
              ("那直接去法院告的呢", E("hz24", "a.litigation_direct.total"))], "group switch, text cells"),
        F(e, [("Huai'an 2024: regulations issued (规章 本年制发)?", E("ha", "c.regulations.issued")),
              ("normative docs issued?", E("ha", "c.normative_docs.issued"))], "row switch"),
        F(z, [("市民来电问沭阳县2025年自然人新收申请数", E("sy", "r.received.natural_person")),
              ("他又问上年结转的自然人申请呢", E("sy", "r.carried_over.natural_person"))], "row switch; operator relaying"),
        F(e, [("For Jianxi 2020, how many direct lawsuits?", E("jx", "a.litigation_direct.total")),
              ("and admin reviews?", E("jx", "a.review.total"))], "group switch"),
        F(z, [("上海市府办2025年上年结转的申请里自然人的有几件", E("sh25", "r.carried_over.natural_person")),
              ("总计是多少", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], "column switch"),
        F(e, [("Huai'an 2024 requests refused because disclosure could endanger security and stability (三安全一稳定)?", E("ha", "r.withheld.security_stability.total")),
              ("and due to state secrets?", E("ha", "r.withheld.state_secret.total"))], "row switch"),
        F(z, [("淮安市2024年本年新收里其他组织提的有几件", E("ha", "r.received.other_org")),
              ("法律服务机构呢", E("ha", "r.received.legal_services"))], "column switch"),
        F(e, [("Shuyang 2025 normative docs issued during the year?", E("sy", "c.normative_docs.issued")),
              ("how many repealed?", E("sy", "c.normative_docs.repealed"))], "column switch"),
        F(z, [("上海市府办2019年政府集中采购项目几个", E("sh19", "c.procurement.projects")),
              ("涧西区2020年呢", E("jx", "c.procurement.projects"))], "body and year switch"),
        F(e, [("Hongze District 2024 licensing decisions?", E("hz24", "c.licensing.decisions")),
              ("2023?", E("hz23", "c.licensing.decisions"))], "year switch backwards"),
        F(z, [("淮安2024年复议后起诉 结果纠正的几件", E("ha", "a.litigation_after_review.corrected")),
              ("尚未审结的呢", E("ha", "a.litigation_after_review.pending"))], "column switch"),
        F(e, [("STCSM 2024, full disclosures granted?", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
              ("and for the Shanghai General Office in 2025?", E("sh25", "r.granted.total"))], "body and year switch"),
        F(z, [("沭阳县2025年不予处理里的信访举报投诉类几件", E("sy", "r.not_processed.petition.total")),
              ("上海市府办2025年这一项呢", E("sh25", "r.not_processed.petition.total"))], "body switch"),
        F(e, [("Huai'an 2024 carried over from 2023 (上年结转)?", E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
              ("and carried forward into 2025?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))], "row switch"),
        F(z, [("洪泽区2023年 需要另行制作 无法提供 几件", E("hz23", "r.unable.needs_creation.total")),
              ("沭阳2025年这一项是多少", E("sy", "r.unable.needs_creation.total"))], "body switch"),
    ]


def CONVERSATIONS():
    convs = plain() + combine() + rank() + textonly() + cannot() + traps() + followups()
    for c in convs:
        c["note"] = "%s %s" % (TAG[c["kind"]], c["note"])
    return convs
