"""Question bank of blind set 106 (evals/blind106). FROZEN like test.jsonl: holds every test question.

All wordings written from scratch for this set. Numbers are never typed here: builders in
helpers106 compute them from gold/*.json, from printed text cells (SPECS, the cells blind6
verified) or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib106 as L  # noqa: E402
from helpers106 import E, C, V, T, S, N, U, D, R, F  # noqa: E402

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

W = {"unit": "万元"}
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_NEXT = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_UPH = ("其中结果维持 72 件", 72)
HA_OTH = ("其中结果维持 72 件", 178)
HZ_RECV = ("2023 年全区受理政府信息公开申请", 21)
SH_RECV = ("市政府办公厅代表市政府共受理", 859)
SH_DONE = ("市政府办公厅代表市政府共受理", 805)
SH_NEXT = ("市政府办公厅代表市政府共受理", 72)
SH_NORM = ("主动公开规章13件", 60)
JX_RECV = ("全年共收到依申请公开", 17)
JX_PEND = ("全年共收到依申请公开", 2)
KW_RECV = ("全年收到政府信息公开申请 34 件", 34)
KW_OVER = ("全年收到政府信息公开申请 34 件", 2)
KW_GRANT = ("同意公开答复", 9)
S5_RECV = ("市政府共受理政府信息公开申请", 1295)
S5_OVER = ("市政府共受理政府信息公开申请", 189)
SY_LEGAL = ("法人或其他组织申请", 8)
SY_DONE = ("法人或其他组织申请", 718)
SY_NEXT = ("法人或其他组织申请", 31)
HA_REV = ("其中结果维持 72 件", 351)
HA_COR = ("其中结果维持 72 件", 64)
HA_PEN = ("其中结果维持 72 件", 37)
JX_DONE = ("全年共收到依申请公开", 15)
SH_REG = ("主动公开规章13件", 13)
SH_SUED = ("信息公开类行政复议7件", 9)


def plain():
    p = "[plain] "
    return [
        # ---- zh
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请", p + "received total", alt=HA_RECV),
        V("zh", "sy", "r.granted.total", "沭阳25年直接给公开了的有几件", p + "granted"),
        V("zh", "hz23", "r.unable.not_held.total", "我问下洪泽区政府2023年 回复说自己手里没这个信息的 有多少件啊", p + "not held"),
        V("zh", "sh19", "r.received.natural_person", "2019年上海市政府办公厅收到的申请里，老百姓个人交的有多少件？", p + "received natural person"),
        V("zh", "jx", "r.granted.total", "涧西区政府办2020年依申请公开，予以公开的是多少", p + "granted"),
        V("zh", "ha", "r.withheld.admin_query.total", "淮安2024 被当成行政查询事项不予公开的 几件", p + "admin query"),
        V("zh", "sy", "c.licensing.decisions", "您好，我是做企业服务的，想核对一下沭阳县2025年行政许可处理决定数量是多少", p + "licensing"),
        V("zh", "hz24", "c.punishment.decisions", "洪泽2024年行政处罚的决定一共多少个", p + "text cell punishment"),
        V("zh", "kw", "r.received.natural_person", "上海科委24年新收的申请里面 自然人占几件", p + "text cell"),
        V("zh", "sh25", "r.unable.not_held.total", "2025年上海市府办那张表里，因为本机关不掌握而没法提供的一共几件", p + "text cell not held"),
        V("zh", "ha", "a.review.pending", "淮安市2024年信息公开的行政复议里还没审结的有几件", p + "review pending", alt=HA_PEN),
        V("zh", "sy", "a.litigation_direct.total", "沭阳县2025年因为信息公开直接被告上法院（没经过复议）的案子几件", p + "direct litigation"),
        V("zh", "sy", "r.carried_over.total", "沭阳二〇二五年从上一年结转过来的申请是多少件", p + "carried over"),
        V("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额多少万", p + "fees", **W),
        V("zh", "hz23", "c.coercion.decisions", "12345这边有市民问，洪泽区2023年行政强制决定有多少个，麻烦查下", p + "coercion"),
        V("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购的金额（万元）", p + "procurement amount", **W),
        V("zh", "ha", "r.received.legal_services", "淮安2024年律师事务所这类法律服务机构递的申请多少", p + "legal services"),
        V("zh", "sy", "r.other.other.total", "沭阳2025年办理结果里“其他”那一项（不是逾期那两种）是几件", p + "other other"),
        V("zh", "hz24", "r.granted.total", "想问下洪泽区政府二〇二四年依申请公开里予以公开的件数", p + "text cell granted"),
        V("zh", "sh25", "r.carried_forward.total", "上海市政府办公厅2025年还没办完、转到下一年接着办的申请有多少", p + "text cell carried forward"),
        V("zh", "jx", "c.procurement.amount", "涧西2020年政府集中采购总金额是多少万元", p + "procurement amount", **W),
        V("zh", "ha", "r.unable.needs_creation.total", "淮安24年申请人要的东西没有现成的、得另外做的，这种有几件", p + "needs creation"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "我是学生写论文的，沭阳县2025年因为属于内部事务信息而不予公开的有多少件", p + "internal affairs"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年收费金额是多少（万元）", p + "fees", **W),
        V("zh", "ha", "r.total_processed.natural_person", "淮安市2024年办完的申请里面，自然人那一列总计是多少", p + "total processed natural person"),
        V("zh", "sh19", "r.unable.unclear.natural_person", "2019年上海市政府办公厅 个人申请里因为内容写得不明确没法提供的 几件", p + "unclear natural person"),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年企业啊社会组织啊这些法人交的新申请加起来多少件", p + "legal person", alt=SY_LEGAL),
        V("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有几件", p + "text cell in force"),
        V("zh", "ha", "a.litigation_after_review.upheld", "淮安2024年先复议后起诉的那种官司，结果维持的有几件", p + "after review upheld"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽2024行政许可多少件", p + "text cell licensing"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年有多少申请被认定成信访举报投诉类、不予处理", p + "text cell petition"),
        V("zh", "jx", "r.total_processed.total", "涧西区2020年办结的依申请公开总数", p + "total processed", alt=JX_DONE),
        V("zh", "sy", "a.review.corrected", "沭阳县2025年行政复议被纠正的有几件？", p + "review corrected"),
        # ---- en
        V("en", "ha", "r.granted.total", "how many requests did Huai'an city govt fully release in 2024", p + "granted"),
        V("en", "sy", "r.unable.not_held.total", "Shuyang County 2025: number of requests answered with 'we do not hold this info' (本机关不掌握)?", p + "not held"),
        V("en", "hz23", "r.received.total", "hongze district 2023 new info requests total?", p + "received", alt=HZ_RECV),
        V("en", "sh19", "r.carried_forward.total", "For the Shanghai General Office in 2019, how many requests were pushed into the next year to finish?", p + "carried forward", alt=SH_NEXT),
        V("en", "jx", "a.review.total", "Jianxi District 2020 - how many administrative reconsiderations about disclosure", p + "review total"),
        V("en", "ha", "c.punishment.decisions", "Huaian 2024 administrative penalty decisions (行政处罚), the number please", p + "punishment"),
        V("en", "sy", "c.fees.amount", "I'm a reporter. What did Shuyang County take in from administrative fees in 2025, in 10k yuan?", p + "fees", **W),
        V("en", "kw", "r.total_processed.total", "STCSM 2024 total requests handled (总计)?", p + "text cell total processed"),
        V("en", "sh25", "r.received.commercial", "Shanghai General Office, 2025: how many new requests came from businesses?", p + "text cell commercial"),
        V("en", "hz24", "c.fees.amount", "Hongze District FY2024 administrative fees collected amount", p + "text cell fees", **W),
        V("en", "ha", "r.not_processed.petition.total", "In 2024 how many requests did Huai'an not process because they were really complaints or petitions", p + "petition"),
        V("en", "sy", "r.partially_granted.total", "shuyang 2025 partly disclosed count", p + "partially granted"),
        V("en", "ha", "a.litigation_direct.total", "How many times was Huai'an government sued directly over information disclosure in 2024 (no reconsideration first)?", p + "direct litigation"),
        V("en", "sh19", "c.regulations.made", "number of government rules the Shanghai General Office made in 2019?", p + "regulations made", alt=SH_REG),
        V("en", "hz23", "c.licensing.decisions", "Hongze (District) 2023, administrative licensing decisions - how many?", p + "licensing"),
        V("en", "jx", "r.carried_forward.total", "jianxi district govt office 2020, requests still open going into next year", p + "carried forward", alt=JX_PEND),
        V("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed after a reconsideration decision, total", p + "after review total"),
        V("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an in 2024 refused how many because laws or regulations forbid disclosure?", p + "prohibited by law"),
        V("en", "kw", "r.received.commercial", "How many of the 2024 new requests to the Shanghai science commission came from companies", p + "text cell commercial"),
        V("en", "sh25", "a.review.total", "Shanghai General Office 2025 admin reconsideration cases (行政复议) total number", p + "text cell review total"),
        V("en", "hz24", "r.unable.not_held.total", "Hongze 2024 - requests where the office said it doesn't have the info?", p + "text cell not held"),
        V("en", "ha", "c.normative_docs.in_force", "Huai'an 2024: normative documents currently in force?", p + "normative in force"),
        V("en", "sy", "r.not_processed.duplicate.total", "Shuyang County 2025, how many were thrown out as repeat requests", p + "duplicate"),
        V("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019, individuals' requests answered 'info not held' - number?", p + "not held natural person"),
        V("en", "ha", "r.received.commercial", "pls how many requests from commercial companies did huaian get in 2024", p + "received commercial"),
        V("en", "sy", "c.normative_docs.issued", "Shuyang 2025 newly issued normative documents (本年制发)?", p + "normative issued"),
        V("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi district office draft in 2020?", p + "normative made"),
        V("en", "hz23", "r.withheld.state_secret.total", "hongze district 2023 requests refused as state secrets?", p + "state secret"),
        V("en", "sh25", "a.litigation_direct.total", "in 2025 Shanghai General Office got sued directly how many times (info disclosure)", p + "text cell direct litigation"),
        V("en", "ha", "r.other.overdue_correction.total", "2024 Huai'an: applicants who never fixed their request after being asked to, how many?", p + "overdue correction"),
        V("en", "kw", "c.licensing.decisions", "Shanghai science and technology commission licensing decisions 2024", p + "text cell licensing"),
        V("en", "sy", "c.coercion.decisions", "What was Shuyang County's count of administrative coercion decisions in 2025?", p + "coercion"),
        V("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019: individuals' requests refused because the info is a state secret, how many?", p + "state secret natural person"),
    ]


def combine():
    p = "[combine] "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开一共多少件", p + "sum 2"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议、直接诉讼、复议后诉讼这三样合起来多少件", p + "sum 3", alt=("全县共办理相关案件", 74)),
        S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类处理决定加总是多少", p + "sum 3"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的和本机关不掌握的，两个数加一块", p + "sum 2"),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "我在做表格，淮安市2024年不予公开那八个小项全部加起来是多少？", p + "sum 8"),
        S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳2025年 不掌握的 + 需要另行制作的 总共几件", p + "sum 2"),
        S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: add up reconsiderations, direct suits and suits after reconsideration", p + "sum 3"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County in 2025 - fully plus partially disclosed, combined?", p + "sum 2"),
        S("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "Shanghai General Office 2019, natural persons column: petition-type plus duplicate requests, total?", p + "sum 2"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "huaian 2024 petition + duplicate + reconfirm-not-processed requests summed", p + "sum 3"),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total", "r.withheld.state_secret.total", "r.withheld.process_info.total"], "For Hongze 2023 add these five rows: not held, needs creation, petition, state secret, process info", p + "sum 5"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total"], "Jianxi 2020: reconsiderations plus direct lawsuits?", p + "sum 2"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少", p + "difference"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多多少件", p + "difference", alt=S5_RECV),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚 23年到24年 变化多少", p + "difference"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办的信息公开行政复议，2025年和2019年相比增加了几件", p + "difference"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District: change in 'info not held' answers from 2023 to 2024?", p + "difference"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests carried into the next year: 2025 minus 2019?", p + "difference"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force, 2024 vs 2023 difference", p + "difference"),
        D("en", "sh19", "sh25", "r.received.natural_person", "by how much did individuals' new requests to the Shanghai General Office grow between 2019 and 2025", p + "difference"),
    ]


def rank():
    p = "[rank] "
    G3 = ["ha", "sy", "sh19"]
    return [
        R("zh", ["ha", "hz23", "sy", "sh19"], "r.received.total", "desc", "淮安2024、洪泽2023、沭阳2025、上海市府办2019，谁收到的申请最多", p + "desc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "涧西2020、淮安2024、沭阳2025、上海市政府办公厅2019，哪家行政复议最少", p + "asc"),
        R("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数：淮安市2024年、洪泽区2023年、沭阳县2025年，排第一的是哪个", p + "desc"),
        R("zh", G3, "r.not_processed.petition.natural_person", "desc", "比较一下淮安(2024)沭阳(2025)上海市府办(2019)个人申请被当成信访类不予处理的，哪个最多", p + "desc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下年度的申请，涧西区2020年、淮安2024年、沭阳2025年、上海市府办2019年里谁最少", p + "asc"),
        R("en", ["ha", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, who had the most individuals' requests answered 'not held'?", p + "desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "which got sued directly the most: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019), Jianxi (2020)?", p + "desc"),
        R("en", ["hz23", "sy", "sh19"], "r.received.total", "asc", "fewest new requests - Hongze District 2023, Shuyang County 2025 or Shanghai General Office 2019?", p + "asc"),
        R("en", ["ha", "sy", "jx"], "r.total_processed.total", "desc", "Rank Huaian 2024, Shuyang 2025, Jianxi 2020 by requests handled in total; who's top?", p + "desc"),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "smallest number of administrative coercion decisions: Huai'an 2024, Hongze 2023, Shuyang 2025?", p + "asc"),
    ]


def trap():
    p = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年结转到下一年度继续办的申请几件（不是上年结转来的）", p + "结转下年 vs 上年", alt=HA_NEXT),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议以后又去打官司的有几件", p + "复议后起诉 vs 直接"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件", p + "废止 vs 现行有效"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安2024年因为是过程性信息没公开的有几件", p + "过程性 vs 内部事务"),
        T("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数（不是当年新制作的）是多少", p + "对外公开总数 vs 新制作"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目有几个（问的是项目数）", p + "采购项目数 vs 金额"),
        T("zh", "ha", "a.review.other", "淮安2024年复议结果是“其他结果”的几件", p + "其他结果 vs 纠正", alt=HA_OTH),
        T("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 - requests needing new information to be created (另行制作), not the 'not held' ones", p + "另行制作 vs 不掌握"),
        T("en", "ha", "r.partially_granted.total", "Huai'an 2024: how many requests were only PARTLY disclosed?", p + "部分公开 vs 予以公开"),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 normative documents publicly available in total (对外公开总数), not just the new ones", p + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.received.legal_services", "Huai'an 2024, new requests from legal service organisations (法律服务机构) - not businesses", p + "法律服务机构 vs 商业企业"),
        T("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests ended because the applicant didn't pay the fee in time?", p + "逾期缴费 vs 逾期补正"),
        T("en", "jx", "a.litigation_after_review.total", "Jianxi District office 2020: lawsuits that came after a reconsideration (not direct ones)", p + "复议后起诉 vs 直接起诉"),
    ]


def followup():
    p = "[followup] "
    e = E
    return [
        F("zh", [("淮安市2024年收到的信息公开申请一共多少件", e("ha", "r.received.total", alt=HA_RECV)),
                 ("沭阳县2025年本年新收的呢（不算上年结转的）", e("sy", "r.received.total"))], p + "switch body"),
        F("zh", [("洪泽区2023年行政处罚决定多少个", e("hz23", "c.punishment.decisions")),
                 ("24年呢？", e("hz24", "c.punishment.decisions"))], p + "switch year"),
        F("zh", [("上海市政府办公厅2019年新收申请多少", e("sh19", "r.received.total", alt=SH_RECV)),
                 ("那2025年的呢", e("sh25", "r.received.total", alt=S5_RECV)),
                 ("2025年其中自然人的？", e("sh25", "r.received.natural_person"))], p + "year then column"),
        F("zh", [("沭阳2025年行政复议总数", e("sy", "a.review.total")),
                 ("其中维持的呢", e("sy", "a.review.upheld")),
                 ("还没审结的几件", e("sy", "a.review.pending"))], p + "switch cell"),
        F("zh", [("淮安2024年本机关不掌握的有几件", e("ha", "r.unable.not_held.total")),
                 ("同一项洪泽区2023年是多少", e("hz23", "r.unable.not_held.total"))], p + "switch body"),
        F("zh", [("我想了解涧西区政府办2020年的情况，收到多少件申请", e("jx", "r.received.total", alt=JX_RECV)),
                 ("办结了多少", e("jx", "r.total_processed.total", alt=JX_DONE)),
                 ("复议几件", e("jx", "a.review.total"))], p + "switch row"),
        F("zh", [("上海科委2024年新收申请多少件", e("kw", "r.received.total", alt=KW_RECV)),
                 ("上年结转的呢", e("kw", "r.carried_over.total", alt=KW_OVER))], p + "switch row"),
        F("zh", [("淮安市2024年行政许可决定数量", e("ha", "c.licensing.decisions")),
                 ("行政强制的呢", e("ha", "c.coercion.decisions")),
                 ("沭阳县2025年行政强制的", e("sy", "c.coercion.decisions"))], p + "row then body"),
        F("zh", [("沭阳县2025年予以公开几件", e("sy", "r.granted.total")),
                 ("换成淮安2024年", e("ha", "r.granted.total"))], p + "switch body"),
        F("zh", [("上海市府办2025年结转下年度继续办理的有多少", e("sh25", "r.carried_forward.total")),
                 ("2019年是多少", e("sh19", "r.carried_forward.total", alt=SH_NEXT))], p + "switch year"),
        F("zh", [("淮安2024 复议后又起诉的 一共几件", e("ha", "a.litigation_after_review.total")),
                 ("其中还没审结的", e("ha", "a.litigation_after_review.pending"))], p + "switch column"),
        F("zh", [("洪泽区2023年行政事业性收费多少万元", e("hz23", "c.fees.amount", **W)),
                 ("那2024年的呢", e("hz24", "c.fees.amount", **W))], p + "switch year"),
        F("zh", [("沭阳2025年法律服务机构新收的申请几件", e("sy", "r.received.legal_services")),
                 ("商业企业的呢", e("sy", "r.received.commercial"))], p + "switch column"),
        F("zh", [("上海市政府办公厅2019年行政诉讼（直接起诉）几件", e("sh19", "a.litigation_direct.total", alt=SH_SUED)),
                 ("2025年呢", e("sh25", "a.litigation_direct.total")),
                 ("2025年还没审结的有几件", e("sh25", "a.litigation_direct.pending"))], p + "year then column"),
        F("zh", [("淮安市2024年现行有效的规章几件", e("ha", "c.regulations.in_force")),
                 ("现行有效的规范性文件呢", e("ha", "c.normative_docs.in_force"))], p + "switch row"),
        F("zh", [("洪泽2024年现行有效的行政规范性文件多少件", e("hz24", "c.normative_docs.in_force")),
                 ("当年制发的呢", e("hz24", "c.normative_docs.issued"))], p + "switch column"),
        F("zh", [("沭阳县2025年办理结果总计多少件", e("sy", "r.total_processed.total", alt=SY_DONE)),
                 ("结转下年的呢", e("sy", "r.carried_forward.total", alt=SY_NEXT))], p + "switch row"),
        F("en", [("Huai'an 2024 - how many reconsideration cases about disclosure?", e("ha", "a.review.total", alt=HA_REV)),
                 ("and how many of them were corrected", e("ha", "a.review.corrected", alt=HA_COR))], p + "switch column"),
        F("en", [("Shuyang County 2025, requests refused as administrative inquiries?", e("sy", "r.withheld.admin_query.total")),
                 ("what about Huai'an 2024", e("ha", "r.withheld.admin_query.total"))], p + "switch body"),
        F("en", [("Hongze District 2023 administrative licensing decisions", e("hz23", "c.licensing.decisions")),
                 ("2024?", e("hz24", "c.licensing.decisions"))], p + "switch year"),
        F("en", [("Shanghai General Office 2025 requests with 'not held' answer", e("sh25", "r.unable.not_held.total")),
                 ("and the ones needing new info to be made", e("sh25", "r.unable.needs_creation.total"))], p + "switch row"),
        F("en", [("How many new requests did the Shanghai science commission get in 2024?", e("kw", "r.received.total", alt=KW_RECV)),
                 ("how many of those were granted in full", e("kw", "r.granted.total", alt=KW_GRANT)),
                 ("and total handled", e("kw", "r.total_processed.total"))], p + "switch row"),
        F("en", [("Jianxi 2020 procurement projects count?", e("jx", "c.procurement.projects")),
                 ("same thing for the Shanghai General Office in 2019", e("sh19", "c.procurement.projects"))], p + "switch body"),
        F("en", [("huaian 2024 admin fees amount (万元)", e("ha", "c.fees.amount", **W)),
                 ("Shuyang 2025 then", e("sy", "c.fees.amount", **W))], p + "switch body"),
        F("en", [("Shuyang County 2025: individuals' newly received requests in the table (本年新收, carry-over excluded)", e("sy", "r.received.natural_person")),
                 ("and companies", e("sy", "r.received.commercial")),
                 ("legal service orgs?", e("sy", "r.received.legal_services"))], p + "switch column"),
        F("en", [("Shanghai General Office 2019, individuals' requests where the info would have to be newly created", e("sh19", "r.unable.needs_creation.natural_person")),
                 ("and for commercial companies", e("sh19", "r.unable.needs_creation.commercial"))], p + "switch column"),
        F("en", [("Huai'an in 2024 - requests carried over from the year before?", e("ha", "r.carried_over.total", alt=HA_OVER)),
                 ("what about Shuyang 2025", e("sy", "r.carried_over.total"))], p + "switch body"),
        F("en", [("Hongze 2024, lawsuits after reconsideration, total", e("hz24", "a.litigation_after_review.total")),
                 ("and direct lawsuits", e("hz24", "a.litigation_direct.total")),
                 ("reconsiderations?", e("hz24", "a.review.total"))], p + "switch group"),
        F("en", [("What was the Huai'an 2024 number for 'duplicate request' (重复申请)?", e("ha", "r.not_processed.duplicate.total")),
                 ("Shanghai General Office 2025, same row", e("sh25", "r.not_processed.duplicate.total"))], p + "switch body"),
        F("en", [("Shuyang 2025 punishment decisions", e("sy", "c.punishment.decisions")),
                 ("Huai'an 2024?", e("ha", "c.punishment.decisions"))], p + "switch body"),
        F("en", [("Shanghai science commission 2024 normative documents issued", e("kw", "c.normative_docs.issued")),
                 ("and still in force", e("kw", "c.normative_docs.in_force"))], p + "switch column"),
        F("en", [("Jianxi District 2020 requests still pending at year end", e("jx", "r.carried_forward.total", alt=JX_PEND)),
                 ("and the 'not held' answers", e("jx", "r.unable.not_held.total"))], p + "switch row"),
        F("en", [("Huai'an 2024 'other' outcomes of reconsideration (其他结果)", e("ha", "a.review.other", alt=HA_OTH)),
                 ("the upheld ones?", e("ha", "a.review.upheld", alt=HA_UPH))], p + "switch column"),
        F("en", [("Shuyang County 2025 withheld because it would hurt a third party's rights", e("sy", "r.withheld.third_party.total")),
                 ("and because of law enforcement case files", e("sy", "r.withheld.enforcement_files.total"))], p + "switch row"),
    ]


def textonly():
    p = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会", p + "press conferences"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安2024年全市在运维的政务新媒体账号有多少个", p + "new media"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", p + "portal items"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", p + "meetings", frm="公开政府常务会议"),
        N("zh", "sy", "发出催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提示", p + "reminders"),
        N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理掉的过期信息有多少条", p + "cleanup"),
        N("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年有多少家单位的年报是集中公开的", p + "units"),
        N("zh", "sy", "开展办前主动沟通", 49, "次", "沭阳25年办理前主动跟申请人沟通了几次", p + "consultations"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会", p + "briefings", frm="新闻通气会"),
        N("zh", "sh25", "申请人主动撤回", 157, "件", "2025年上海市府办那边申请人自己撤回的申请有多少件", p + "withdrawn", frm="其他处理"),
        N("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题权威发布了几次", p + "releases"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有多少家（市政府办公厅年报）", p + "websites"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了多少场", p + "live streams", frm="直播"),
        N("zh", "kw", "主合办政协提案", 85, "件", "市科委2024年主办合办的政协提案有多少件", p + "proposals", frm="主合办政协提案"),
        N("zh", "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年基层政务公开的试点领域有几个", p + "pilot areas"),
        N("en", "ha", "图片等形式制作政策解读", 21, "个", "How many policy interpretations did Huai'an produce in 2024?", p + "interpretations"),
        N("en", "ha", "全覆盖检查", 4, "次", "Huai'an 2024: how many full-coverage checks of disclosure sections were organised?", p + "checks"),
        N("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024, number of items put on the government website proactively", p + "portal items"),
        N("en", "sy", "失效链接43处", 43, "处", "Shuyang County 2025 - how many broken links did they fix?", p + "broken links"),
        N("en", "sy", "年度涌现爆款内容52条", 52, "条", "how many viral posts did Shuyang County have in 2025", p + "viral"),
        N("en", "sy", "推送系列原创短视频", 1113, "个", "Shuyang 2025: original short videos pushed out, how many?", p + "videos"),
        N("en", "sy", "开展意见征集9期", 9, "期", "How many rounds of public comment collection did Shuyang County run on its portal in 2025?", p + "consultations", frm="开展意见征集"),
        N("en", "sh25", "覆盖 10 个语种", 10, "个", "Shanghai General Office report 2025: how many languages does the international services portal cover?", p + "languages", frm="目前已覆盖"),
        N("en", "sh25", "公文公开属性审查 166 件", 166, "件", "Shanghai 2025 General Office: documents whose disclosure attribute was reviewed?", p + "reviews", frm="全年完成"),
        N("en", "sh19", "政策解读共132件", 132, "件", "In 2019 how many policy interpretations were posted on the China Shanghai portal?", p + "interpretations", frm="通过"),
        N("en", "sh19", "全年共编发公报24期", 24, "期", "Shanghai General Office 2019: gazette issues published?", p + "gazette"),
        N("en", "kw", "原创文章 294", 294, "篇", "STCSM 2024 - original articles on their WeChat account?", p + "articles", frm="其中原创文章"),
        N("en", "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024, business-friendly policies reported routinely (惠企政策)?", p + "policies", frm="日常报送惠企政策"),
        N("en", "jx", "办结率", 88.2, "%", "Jianxi District office 2020 completion rate for requests (办结率)?", p + "completion rate", frm="办结率"),
        N("en", "hz24", "解读信息发布", 7, "条", "Hongze 2024 - how many interpretation items were released?", p + "interpretations", frm="解读信息发布"),
    ]


def cannot():
    p = "[cannot] "
    own = "one person's own request or case: the reports hold only aggregate counts"
    brk = "breakdown not printed in the report"
    why = "reason or motive not stated in the report"
    fut = "forecast / plan for a later year: the reports state no such number"
    out = "body or year not in the corpus"
    opi = "opinion, not a fact the report states"
    nos = "quantity the report does not state"
    pii = "personal data, not in the reports"
    return [
        # ---- zh: one person's own case / named request
        U("zh", "我2025年3月给沭阳县政府递的那个申请到现在都没回复，是不是被弄丢了", own, p + "own case"),
        U("zh", "我2024年底帮我妈给沭阳县政府写过申请问拆迁补偿的事，一直拖着，想问下2025年那份申请最后是公开了还是没公开", own, p + "own case"),
        U("zh", "我告淮安市政府信息公开的那个官司判了吗 2024年立的案", own, p + "own case"),
        U("zh", "洪泽区2024年有一件关于洪泽湖大道拆迁的申请，是谁申请的", pii, p + "personal data"),
        U("zh", "帮我查一下我2024年在淮安申请的那件编号是多少，我忘了", own, p + "own case"),
        U("zh", "我爸2019年找上海市政府办公厅要过一份文件，被拒了，他那件算在哪一栏里", own, p + "own case"),
        U("zh", "您好这里是12345，来电人说他2025年申请沭阳县的土地征收材料被告知不掌握，想知道能不能复议成功", own, p + "own case / outcome"),
        U("zh", "淮安2024年那351件复议里，哪一件是关于学区划分的？结果咋样", brk, p + "named case"),
        U("zh", "上海市府办2025年被起诉的那12件分别是谁告的", pii, p + "personal data"),
        U("zh", "涧西区2020年那17个申请人的名字和电话能给我吗", pii, p + "personal data"),
        # ---- zh: reasons
        U("zh", "为啥淮安2024年有769件回复说不掌握信息？是不是在推脱", why, p + "reason"),
        U("zh", "沭阳县2025年143件“其他处理”具体都是什么原因", why, p + "reason"),
        U("zh", "洪泽区2023年申请才21件，为什么这么少", why, p + "reason"),
        U("zh", "上海科委2024年为什么有14件是其他处理", why, p + "reason"),
        U("zh", "淮安市2024年复议被纠正的64件，政府错在哪", why, p + "reason"),
        # ---- zh: breakdowns not printed
        U("zh", "淮安2024年的申请按月份分，哪个月最多", brk, p + "month"),
        U("zh", "沭阳县2025年申请人里男的女的各多少", brk, p + "sex"),
        U("zh", "洪泽区2023年的21件申请，分别是哪个乡镇的群众提的", brk, p + "township"),
        U("zh", "上海市府办2019年依申请公开，网上申请和信函申请各几件", brk, p + "channel"),
        U("zh", "淮安市2024年公开申请里涉及征地拆迁的有多少", brk, p + "topic"),
        U("zh", "沭阳县2025年自然人申请按年龄段分是多少？60岁以上的有几个", brk, p + "age"),
        U("zh", "淮安2024年行政处罚决定里，市场监管局占多少", brk, p + "department"),
        U("zh", "涧西区2020年第三季度收到几件申请", brk, p + "quarter"),
        U("zh", "上海市政府办公厅2025年不掌握的513件里，有多少是问房屋征收的", brk, p + "topic"),
        U("zh", "沭阳2025 行政复议61件里 各个乡镇分别几件", brk, p + "township"),
        # ---- zh: forecasts / plans
        U("zh", "淮安市2025年预计会收到多少信息公开申请", fut, p + "forecast"),
        U("zh", "沭阳县2026年计划开几场新闻发布会", fut, p + "plan"),
        U("zh", "洪泽区2025年行政许可决定大概会有多少", fut, p + "forecast"),
        U("zh", "上海市府办2026年复议案件能降到多少件", fut, p + "forecast"),
        # ---- zh: bodies / years not in corpus
        U("zh", "南京市2024年收到多少件政府信息公开申请", out, p + "body not held"),
        U("zh", "宿迁市政府2025年依申请公开总数", out, p + "body not held"),
        U("zh", "淮安市2023年行政复议多少件", out, p + "year not held"),
        U("zh", "沭阳县2024年予以公开几件", out, p + "year not held"),
        U("zh", "清江浦区2024年行政处罚决定有多少个", out, p + "body not held"),
        U("zh", "上海浦东新区2025年政府信息公开申请数量是多少", out, p + "body not held"),
        U("zh", "洪泽区2022年收到几件申请", out, p + "year not held"),
        # ---- zh: opinions / not stated
        U("zh", "淮安2024年复议351件 这个算多还是少 正常吗", opi, p + "opinion"),
        U("zh", "沭阳县2025年的信息公开工作做得好不好，你打几分", opi, p + "opinion"),
        U("zh", "上海市政府办公厅2019年搞依申请公开的工作人员有几个", nos, p + "staff"),
        U("zh", "淮安市2024年办理一件申请平均要多少天", nos, p + "response time"),
        U("zh", "洪泽区2024年为信息公开花了多少经费", nos, p + "cost"),
        U("zh", "涧西区2020年申请人对答复的满意率是多少", nos, p + "satisfaction"),
        U("zh", "沭阳县2025年被复议纠正以后，有几个工作人员被追责了", nos, p + "accountability"),
        # ---- en: own case
        U("en", "did my application to Huai'an city get approved? I sent it in May 2024", own, p + "own case"),
        U("en", "I filed a request with Shuyang County in 2025 about my land, they said they don't hold it. can i sue and will i win?", own, p + "own case / outcome"),
        U("en", "My lawsuit against the Shanghai General Office over a 2025 disclosure refusal - has the court ruled yet?", own, p + "own case"),
        U("en", "what's the tracking number of the request my company filed with Hongze District in 2023", own, p + "own case"),
        U("en", "Calling on behalf of a caller: she asked Jianxi District in 2020 for her late husband's pension file and heard nothing. Was hers one of the 2 still pending?", own, p + "own case"),
        U("en", "Was my 2019 request to the Shanghai General Office one of the ones counted as 'duplicate'?", own, p + "own case"),
        U("en", "Who were the 26 people or firms that sued Huai'an directly in 2024?", pii, p + "personal data"),
        U("en", "Give me the names of applicants whose requests Shuyang County rejected in 2025", pii, p + "personal data"),
        U("en", "Which reporter filed the requests that the Shanghai science commission granted in 2024?", pii, p + "personal data"),
        U("en", "in the Huai'an 2024 reconsiderations, what happened with the case about the Qinghe school zoning?", brk, p + "named case"),
        # ---- en: reasons
        U("en", "why did so many Shanghai General Office requests in 2025 end up as 'not held'?", why, p + "reason"),
        U("en", "Huai'an 2024 - what made 71 applicants fail to correct their requests?", why, p + "reason"),
        U("en", "Why were 13 requests withheld as internal affairs by Shuyang County in 2025? what were they about", why, p + "reason"),
        U("en", "What was the reason Hongze District got more licensing decisions in 2024 than 2023?", why, p + "reason"),
        U("en", "why did the Shanghai General Office get sued 9 times in 2019", why, p + "reason"),
        # ---- en: breakdowns
        U("en", "Huai'an 2024 requests by district - which county sent the most?", brk, p + "district"),
        U("en", "Breakdown by gender of the individuals who applied to Shuyang County in 2025?", brk, p + "sex"),
        U("en", "How many of the Shanghai General Office's 2019 requests arrived by post vs online?", brk, p + "channel"),
        U("en", "Hongze District 2023: requests per month please", brk, p + "month"),
        U("en", "Shanghai science commission 2024 requests by topic (funding, patents, etc.)?", brk, p + "topic"),
        U("en", "which department of Huai'an handled the most requests in 2024", brk, p + "department"),
        U("en", "Shuyang 2025 punishment decisions split by industry?", brk, p + "industry"),
        U("en", "Shanghai General Office 2025, how many applicants were foreigners or lived outside Shanghai?", brk, p + "residence"),
        U("en", "jianxi 2020 applicants age distribution", brk, p + "age"),
        U("en", "Huai'an 2024 requests in Q4 only?", brk, p + "quarter"),
        # ---- en: forecasts
        U("en", "How many requests will Shuyang County get in 2026?", fut, p + "forecast"),
        U("en", "What's Huai'an's target for administrative reconsiderations in 2025?", fut, p + "plan"),
        U("en", "Expected number of lawsuits against the Shanghai General Office in 2026?", fut, p + "forecast"),
        U("en", "will Hongze District collect more fees in 2025 than 7545 (10k yuan)?", fut, p + "forecast"),
        # ---- en: not in corpus
        U("en", "Nanjing 2024 number of disclosure requests received?", out, p + "body not held"),
        U("en", "Shanghai science commission 2023 requests received", out, p + "year not held"),
        U("en", "Jianxi District 2021 reconsiderations?", out, p + "year not held"),
        U("en", "Shanghai General Office 2022 total requests", out, p + "year not held"),
        U("en", "how many requests did Suqian city government receive in 2025", out, p + "body not held"),
        U("en", "Pudong New Area 2024 administrative penalty decisions", out, p + "body not held"),
        U("en", "Shuyang County 2024 - how many requests were granted?", out, p + "year not held"),
        # ---- en: opinions / not stated
        U("en", "Huai'an granted 1362 requests in full in 2024. Is that a good rate compared to other cities?", opi, p + "opinion"),
        U("en", "is the Shanghai General Office more transparent in 2025 than it was in 2019, in your view?", opi, p + "opinion"),
        U("en", "How many staff work on information disclosure at Shuyang County in 2025?", nos, p + "staff"),
        U("en", "Average days the Shanghai science commission took to answer a request in 2024?", nos, p + "response time"),
        U("en", "What did Hongze District spend on disclosure work in 2023, in yuan?", nos, p + "cost"),
        U("en", "Jianxi 2020 - how many requests were answered within 10 working days?", nos, p + "response time"),
        U("en", "my neighbour says Huai'an turned down 31 requests in 2024 because of some law - which law exactly, and was his one of them?", own, p + "own case / reason"),
        U("en", "Shuyang 2025 cleaned up 697 outdated items - how many of those were from the housing bureau?", brk, p + "department"),
        U("en", "STCSM 2024, of the 34 new requests how many came from university researchers vs ordinary citizens by city district?", brk, p + "district"),
        U("zh", "上海科委2024年那34件申请里，有几件是问科技创新券的", brk, p + "topic"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + trap() + followup() + textonly() + cannot()
