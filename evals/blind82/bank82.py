"""Question bank of the blind82 evaluation set (evals/blind82).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Every wording here was newly written for this set. The bank only names bodies, keys, keywords
and the question text; every number is computed by helpers82.py from corpus/gold/*.json, from
printed table rows (text_cell, SPECS below: the same cells blind6 verified) or from a sentence
cut from the report text.

Report ids: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh25 / sh19 上海市政府办公厅 2025 / 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib82 as L  # noqa: E402
from helpers82 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

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

P, CB, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                             "[cannot]", "[neighbour]")
M = "万元"

# text statements of numbers the table also prints (keyword, number): marked ambiguous
HA_REC = ("全市共受理政府信息公开申请 3119", 3119)
HA_ANS = ("答复 3050 件", 3050)
HA_FWD = ("另有 103 件顺延", 103)
HA_OVER = ("含上年度结转申请 34", 34)
HA_RV_UP = ("结果维持 72", 72)
HA_RV_CO = ("结果纠正 64", 64)
HA_RV_OT = ("其他结果 178", 178)
HA_RV_PE = ("尚未审结 37", 37)
HA_RV = ("政府信息公开行政复议 351件", 351)
HZ_REC = ("全区受理政府信息公开申请 21", 21)
SH_REC = ("共受理政府信息公开申请859件", 859)
SH_ANS = ("答复政府信息公开申请805件", 805)
SH_OVER = ("含上年度结转申请18件", 18)
SH_FWD = ("另有72件", 72)
SH_NORM = ("行政规范性文件60件", 60)
JX_REC = ("全年共收到依申请公开17件", 17)
JX_DONE = ("办结15件", 15)
KW_REC = ("全年收到政府信息公开申请 34 件", 34)
KW_OVER = ("上年结转政府信息公开申请 2 件", 2)
KW_GR = ("同意公开答复 9 件", 9)
S5_REC = ("共受理政府信息公开申请 1295", 1295)
S5_DONE = ("办结 1191", 1191)
S5_OVER = ("含上年结转 189", 189)
SY_DONE = ("共办理 718 件", 718)
SY_FWD = ("结转下一年 31 件", 31)
SY_ORG = ("法人或其他组织申请 8 件", 8)


def plain():
    z, e = "zh", "en"
    n = P + " "
    return [
        V(z, "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", n + "received total", alt=HA_REC),
        V(z, "ha", "r.received.commercial", "淮安2024 企业递的公开申请有几件", n + "商业企业 received"),
        V(z, "ha", "r.received.legal_services", "律所那种法律服务机构 2024年向淮安市政府申请公开了多少次？", n + "法律服务机构 received"),
        V(z, "ha", "r.granted.total", "我是做课题的学生，想引用淮安市人民政府2024年报表三里（一）予以公开那一格的总计", n + "granted total, student quoting the row"),
        V(z, "ha", "r.partially_granted.natural_person", "淮安市2024年 老百姓个人申请、结果只公开了一部分的 有多少", n + "partially granted, natural person"),
        V(z, "ha", "r.withheld.admin_query.total", "淮安24年有多少申请被当成行政查询事项没给公开", n + "admin query"),
        V(z, "ha", "r.unable.not_held.total", "12345转来的：来电人问淮安市政府2024年答复“本机关不掌握”的申请一共几件", n + "not held, help desk"),
        V(z, "ha", "r.not_processed.petition.total", "2024年淮安市政府收到的申请里面，其实是信访投诉、最后不予处理的，有多少件", n + "petition"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安 2024 申请人被要求补正材料但过了期限没补的 多少件", n + "overdue correction"),
        V(z, "ha", "active.fees.amount", "淮安市2024年行政事业性收费金额是多少万元", n + "fees amount", unit=M),
        V(z, "ha", "active.normative_docs.repealed", "二〇二四年淮安市政府废止了几件行政规范性文件", n + "normative repealed"),
        V(z, "ha", "a.litigation_direct.corrected", "淮安市2024 没经过复议直接去法院告、结果被纠正的有几件", n + "direct litigation corrected"),
        V(z, "sy", "r.received.total", "沭阳县政府2025年本年新收的申请多少件？不含上年结转的", n + "received total (table 713; text 749 includes carried over)"),
        V(z, "sy", "r.carried_over.total", "沭阳2025 从上一年转过来接着办的申请有几件", n + "carried over"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息而不予公开的有多少", n + "internal affairs"),
        V(z, "sy", "r.other.other.total", "沭阳25年 其他处理 里面那个“其他”小项 总计是几", n + "other.other"),
        V(z, "sy", "active.coercion.decisions", "我在写沭阳县的调研报告，2025年沭阳行政强制的处理决定数量是多少", n + "coercion"),
        V(z, "sy", "a.review.pending", "沭阳县政府2025年信息公开相关的行政复议还有几件没审结", n + "review pending"),
        V(z, "sy", "r.total_processed.total", "沭阳2025年办理结果的总计那格填的多少", n + "total processed", alt=SY_DONE),
        V(z, "sy", "active.licensing.decisions", "2025年沭阳县行政许可决定有多少个", n + "licensing"),
        V(z, "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的申请里 自然人的有多少", n + "received natural person"),
        V(z, "sh19", "r.unable.not_held.natural_person", "2019年上海市府办 个人申请回复说不掌握信息的，有几件", n + "not held natural person (row total printed blank)"),
        V(z, "sh19", "active.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数是几个", n + "procurement projects"),
        V(z, "sh19", "active.regulations.total_published", "2019年上海市府办 规章 对外公开总数量是多少", n + "regulations total published"),
        V(z, "sh19", "a.litigation_direct.total", "上海市政府办公厅2019年被直接起诉（不是复议后）的信息公开官司有几件", n + "direct litigation total"),
        V(z, "hz23", "r.received.total", "洪泽区政府2023年收到多少信息公开申请", n + "received", alt=HZ_REC),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽23年 要另行制作才能提供、所以没给的 有几件", n + "needs creation"),
        V(z, "hz23", "active.punishment.decisions", "淮安市洪泽区2023年行政处罚决定数量", n + "punishment"),
        V(z, "hz23", "a.review.upheld", "洪泽区2023年的信息公开复议里 维持原决定的几件", n + "review upheld"),
        V(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请几件", n + "granted"),
        V(z, "jx", "active.procurement.amount", "洛阳涧西区政府办公室2020年政府集中采购总金额多少万", n + "procurement amount", unit=M),
        V(z, "jx", "a.litigation_after_review.upheld", "涧西区政府办2020年复议后又起诉的案子，结果维持了几件", n + "after-review upheld"),
        V(z, "hz24", "active.licensing.decisions", "洪泽区2024年行政许可处理决定数量是多少", n + "text cell: licensing"),
        V(z, "hz24", "r.unable.not_held.total", "24年洪泽区政府回复申请人说本机关不掌握的一共几件", n + "text cell: not held"),
        V(z, "kw", "r.received.natural_person", "上海市科委2024年个人（自然人）提的公开申请多少件", n + "text cell: received natural person"),
        V(z, "kw", "active.normative_docs.in_force", "市科委2024年现行有效的规范性文件有几件", n + "text cell: normative in force"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年 被认定为信访举报投诉类、不予处理的申请有几件", n + "text cell: petition"),
        V(z, "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因“没有现成信息需要另行制作”答复的有多少件", n + "text cell: needs creation"),
        V(z, "sh25", "r.carried_forward.total", "上海市政府办公厅2025年结转到下一年度继续办理的申请数", n + "text cell: carried forward"),
        V(z, "sh25", "a.review.pending", "上海市府办2025 信息公开行政复议 尚未审结 几件", n + "text cell: review pending"),
        V(e, "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government finish handling in 2024 (办理结果总计)?", n + "total processed", alt=HA_ANS),
        V(e, "ha", "r.carried_forward.total", "huaian 2024 how many requests rolled over into next year", n + "carried forward", alt=HA_FWD),
        V(e, "ha", "r.received.natural_person", "In 2024, how many information requests did private individuals file with the Huai'an municipal government?", n + "received natural person"),
        V(e, "ha", "r.withheld.prohibited_by_law.total", "Huaian FY2024: requests refused because laws or regulations forbid disclosure (法律行政法规禁止公开) - how many?", n + "prohibited by law"),
        V(e, "ha", "r.unable.unclear.total", "how many 2024 requests to Huai'an were rejected cause the description was too vague to identify the info", n + "unclear"),
        V(e, "ha", "a.review.total", "Total administrative reconsiderations about information disclosure for Huai'an city government in 2024?", n + "review total", alt=HA_RV),
        V(e, "ha", "a.litigation_after_review.pending", "Huai'an 2024 - lawsuits filed after reconsideration that were still pending at year end?", n + "after-review pending"),
        V(e, "ha", "active.licensing.decisions", "I'm a reporter: number of administrative licensing decisions (行政许可) Huai'an reported for 2024?", n + "licensing"),
        V(e, "ha", "active.regulations.issued", "How many municipal regulations (规章) did Huai'an newly issue in 2024 per the table?", n + "regulations issued", alt=("新增公开市政府规章 1", 1)),
        V(e, "ha", "r.not_processed.duplicate.total", "Huaian 2024 repeat applications, not processed - count?", n + "duplicate"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025: how many requests got full disclosure?", n + "granted"),
        V(e, "sy", "r.unable.not_held.total", "shuyang 2025 requests answered with 'we dont hold this info' how many", n + "not held"),
        V(e, "sy", "r.withheld.enforcement_files.total", "For Shuyang County in 2025, how many requests were withheld as administrative enforcement case files (行政执法案卷)?", n + "enforcement files"),
        V(e, "sy", "active.fees.amount", "What did Shuyang County collect in administrative fees in 2025, in 10k yuan?", n + "fees amount", unit=M),
        V(e, "sy", "active.normative_docs.in_force", "Shuyang 2025, normative documents currently in force?", n + "normative in force"),
        V(e, "sy", "a.litigation_after_review.total", "Shuyang county gov 2025: lawsuits brought after an administrative reconsideration, total?", n + "after-review total"),
        V(e, "sy", "r.partially_granted.legal_services", "In 2025 Shuyang partly disclosed how many requests that came from law firms / legal service agencies?", n + "partially granted legal services"),
        V(e, "sy", "r.carried_forward.total", "Shuyang County, 2025: requests carried forward into the following year?", n + "carried forward", alt=SY_FWD),
        V(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019 - applications still being processed and moved to next year?", n + "carried forward", alt=SH_FWD),
        V(e, "sh19", "r.received.commercial", "How many requests did companies (商业企业) send to the Shanghai municipal general office in 2019?", n + "received commercial"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai Gen Office 2019: individuals' requests treated as petitions/complaints and not processed?", n + "petition natural person"),
        V(e, "sh19", "active.normative_docs.total_published", "Shanghai General Office, 2019: total number of normative documents publicly available (对外公开总数量)?", n + "normative total published"),
        V(e, "sh19", "active.procurement.amount", "What was the centralized government procurement amount for the Shanghai General Office in 2019?", n + "procurement amount", unit=M),
        V(e, "sh19", "r.unable.unclear.natural_person", "Shanghai general office 2019 - requests from individuals it couldn't answer because the content requested was unclear?", n + "unclear, natural person (row total printed blank)"),
        V(e, "hz23", "r.unable.not_held.total", "Hongze District 2023 - how many times did they say the info isn't held by them?", n + "not held"),
        V(e, "hz23", "active.fees.amount", "Hongze district government FY2023 administrative fees collected (万元)?", n + "fees amount", unit=M),
        V(e, "hz23", "r.partially_granted.total", "In 2023, how many requests did Hongze partially grant?", n + "partially granted"),
        V(e, "hz23", "active.coercion.decisions", "hongze 2023 administrative coercion decisions number pls", n + "coercion"),
        V(e, "jx", "r.received.total", "Jianxi District 2020, new disclosure applications received?", n + "received", alt=JX_REC),
        V(e, "jx", "active.procurement.projects", "How many centralized procurement projects did the Jianxi district government office report for 2020?", n + "procurement projects"),
        V(e, "jx", "r.unable.not_held.total", "Jianxi 2020: requests they could not provide because the office did not hold the information?", n + "not held"),
        V(e, "hz24", "active.punishment.decisions", "Hongze District, 2024: administrative penalty decisions?", n + "text cell: punishment"),
        V(e, "hz24", "r.granted.total", "in 2024 how many requests did hongze district fully disclose", n + "text cell: granted"),
        V(e, "kw", "active.licensing.decisions", "Shanghai science commission (STCSM) 2024 - number of administrative licensing decisions?", n + "text cell: licensing"),
        V(e, "kw", "r.carried_over.total", "How many requests did STCSM carry over from the previous year into 2024?", n + "text cell: carried over", alt=KW_OVER),
        V(e, "sh25", "r.received.commercial", "Shanghai General Office 2025: new requests filed by businesses?", n + "text cell: received commercial"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai municipal general office in 2025 - direct lawsuits (not after reconsideration), total number?", n + "text cell: direct litigation total"),
        V(e, "sh25", "r.carried_over.natural_person", "2025 Shanghai General Office: requests from individuals carried over from the year before?", n + "text cell: carried over natural person"),
        V(e, "sh25", "r.granted.total", "How many applications were fully disclosed [予以公开] by the Shanghai General Office in 2025?", n + "text cell: granted"),
    ]


def combine():
    z, e = "zh", "en"
    n = CB + " "
    return [
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total", "r.withheld.third_party.total"], "淮安市2024年因为国家秘密、危及三安全一稳定、第三方权益这三种理由不予公开的加起来多少件", n + "sum of three withheld sub-items"),
        S(z, "ha", ["a.review.upheld", "a.review.corrected"], "淮安2024年信息公开复议里 维持的加上纠正的 一共几件", n + "two review outcome columns"),
        S(z, "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "记者问：淮安市政府2024年信息公开诉讼中结果维持的有多少件？直接起诉和复议后起诉都算上", n + "upheld in both litigation groups", alt=("其中结果维持 25", 25)),
        S(z, "sy", ["r.received.commercial", "r.received.legal_services"], "沭阳县2025年新收申请中，企业和法律服务机构两类申请人合计多少件", n + "two applicant columns", alt=SY_ORG),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳25年 信访类的和重复申请的 不予处理一共几件", n + "two not-processed sub-items"),
        S(z, "sy", ["a.review.corrected", "a.review.other"], "我帮单位做统计：沭阳县政府2025年复议结果为纠正和其他结果的，合计是？", n + "two review outcome columns"),
        S(z, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "2025年沭阳 内部事务信息+过程性信息 不公开的总共", n + "two withheld sub-items"),
        S(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "上海市政府办公厅2019年自然人申请中“无法提供”三个小项（不掌握、需另行制作、内容不明确）加一起是多少", n + "three unable sub-items, natural person (row totals printed blank)"),
        S(z, "hz23", ["active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年行政处罚和行政强制的决定数量合起来多少", n + "two active items"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区政府办2020年 复议、直接起诉、复议后起诉 三块总计加起来几件", n + "three appeals totals"),
        S(e, "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: how many requests got at least some information released, i.e. full plus partial disclosure?", n + "granted + partially granted"),
        S(e, "ha", ["r.unable.not_held.commercial", "r.unable.not_held.legal_services", "r.unable.not_held.other_org"], "huaian 2024 'not held' answers given to organisations - companies + legal service orgs + other orgs, total?", n + "three applicant columns of one sub-item"),
        S(e, "ha", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Add up Huai'an's 2024 licensing, penalty and coercion decisions for me", n + "three active items"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Huai'an FY2024: requests closed because applicants missed the deadline to fix their application or to pay the fee - combined?", n + "two other-handling sub-items"),
        S(e, "sy", ["r.granted.natural_person", "r.partially_granted.natural_person"], "Shuyang 2025, individuals only: fully disclosed plus partially disclosed?", n + "two rows, natural person"),
        S(e, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Sum the three sub-items under 其他处理 for Shuyang County in 2025.", n + "three other sub-items"),
        S(e, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Shanghai General Office 2019: all new requests from organisations (business, legal services, other) added together?", n + "three applicant columns"),
        S(e, "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"], "Shanghai General Office 2019, individuals' requests refused as state secrets, internal affairs, process info or administrative queries - add those four up", n + "four withheld sub-items, natural person (row totals printed blank)"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024 - reconsiderations plus both kinds of lawsuits, total number of cases?", n + "text cells: three appeals totals"),
        S(e, "sh25", ["a.review.pending", "a.litigation_direct.pending"], "Shanghai General Office 2025: unresolved reconsiderations plus unresolved direct lawsuits?", n + "text cells: two pending cells"),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少", n + "difference hz 2023->2024"),
        D(z, "hz23", "hz24", "active.punishment.decisions", "洪泽区2023到2024年 行政处罚决定 变化了多少（24减23）", n + "difference hz, negative"),
        D(z, "hz23", "hz24", "active.normative_docs.in_force", "洪泽区政府现行有效的行政规范性文件，2024年和2023年比差几件", n + "difference hz"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年增加了多少件", n + "difference sh 2019->2025", alt=S5_REC),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议总数 2019年到2025年涨了多少", n + "difference sh"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅 结转下年度办理的申请 2025年比2019年多几件", n + "difference sh"),
        D(e, "hz23", "hz24", "active.coercion.decisions", "By how much did Hongze District's administrative coercion decisions change from 2023 to 2024?", n + "difference hz, negative"),
        D(e, "hz23", "hz24", "active.fees.amount", "Hongze administrative fee revenue: 2024 minus 2023, in 万元?", n + "difference hz, money", unit=M),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "how many more 'information not held' replies did Hongze give in 2024 than in 2023", n + "difference hz"),
        D(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: growth in requests from individuals between 2019 and 2025?", n + "difference sh"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office over disclosure - 2025 vs 2019, what's the difference?", n + "difference sh"),
        D(e, "sh19", "sh25", "r.carried_over.total", "Shanghai Gen Office: requests carried over from the prior year, 2025 figure minus 2019 figure?", n + "difference sh"),
    ]


def rank():
    z, e = "zh", "en"
    n = RK + " "
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023 这三家谁新收的申请最多"),
        R(z, ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳县政府2025年、洪泽区政府2023年、涧西区政府办2020年，哪个收到的申请最少？"),
        R(z, ["ha", "sy", "sh19"], "a.review.upheld", "desc", "按复议“结果维持”那一列排：淮安2024、沭阳2025、上海市府办2019，谁排第一"),
        R(z, ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "自然人申请被当作行政查询事项不予公开的，淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年哪家最多"),
        R(z, ["sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "个人申请里“需要另行制作”而没给的：沭阳2025 洪泽2023 上海市府办2019 排个名 最多的是谁"),
        R(z, ["ha", "sy", "hz23"], "active.coercion.decisions", "asc", "淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年行政强制决定数量，哪个最少"),
        R(z, ["ha", "sy", "hz23"], "a.review.corrected", "desc", "复议被纠正的件数，淮安2024年、沭阳2025年、洪泽2023年里谁最多？"),
        R(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转到下年度的申请，淮安24年、沭阳25年、上海市府办19年，哪家最少"),
        R(z, ["ha", "sy", "sh19"], "r.received.legal_person", "desc", "法人或其他组织（所有机构类申请人合计）新收申请数：淮安2024、沭阳2025、上海市政府办公厅2019，哪个最高"),
        R(e, ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Rank Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019) by requests from businesses - which one had the fewest?"),
        R(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.upheld", "desc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who had the most direct lawsuits ending 'upheld'?"),
        R(e, ["ha", "sy", "hz23"], "active.normative_docs.in_force", "asc", "which has the fewest normative docs in force: huaian 2024, shuyang 2025 or hongze 2023"),
        R(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Petition-type requests from individuals that were not processed: top body among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
        R(e, ["ha", "sy", "hz23"], "r.withheld.process_info.total", "desc", "Process information (过程性信息) refusals - who ranks first: Huai'an 2024, Shuyang County 2025, Hongze District 2023?"),
        R(e, ["ha", "sy", "hz23", "jx"], "r.partially_granted.total", "desc", "Of Huai'an (2024), Shuyang (2025), Hongze (2023), Jianxi (2020), which partially granted the most requests?"),
        R(e, ["ha", "sy"], "a.litigation_direct.total", "desc", "Huai'an in 2024 vs Shuyang in 2025 - which was sued directly more often over disclosure?"),
        R(e, ["ha", "sy", "hz23"], ["a.review.upheld", "a.review.corrected"], "desc", "Ranking by reconsiderations upheld plus corrected combined: Huai'an 2024, Shuyang 2025, Hongze 2023 - who's on top?"),
    ]


def followups():
    z, e = "zh", "en"
    n = FU + " "
    return [
        F(z, [("洪泽区2023年行政处罚决定有多少", E("hz23", "active.punishment.decisions")),
              ("24年呢", E("hz24", "active.punishment.decisions"))], n + "year switch to text cell"),
        F(z, [("上海市政府办公厅2019年新收申请多少件", E("sh19", "r.received.total", alt=SH_REC)),
              ("2025年的呢？", E("sh25", "r.received.total", alt=S5_REC)),
              ("那这两年差多少", ED("sh19", "sh25", "r.received.total", alt=S5_REC))], n + "year switch then difference"),
        F(z, [("淮安市政府2024年复议结果维持几件", E("ha", "a.review.upheld", alt=HA_RV_UP)),
              ("纠正的呢", E("ha", "a.review.corrected", alt=HA_RV_CO)),
              ("还没审结的", E("ha", "a.review.pending", alt=HA_RV_PE))], n + "outcome column switch"),
        F(z, [("沭阳县2025年 不予公开里 属于第三方合法权益的有几件", E("sy", "r.withheld.third_party.total")),
              ("危及“三安全一稳定”的呢", E("sy", "r.withheld.security_stability.total"))], n + "sub-item switch"),
        F(z, [("我妈前阵子托我给淮安市政府写过信息公开申请，顺便想问下 淮安2024年自然人一共申请了多少件", E("ha", "r.received.natural_person")),
              ("那商业企业申请的呢", E("ha", "r.received.commercial")),
              ("沭阳县2025年同一项是多少", E("sy", "r.received.commercial"))], n + "story, column then body switch"),
        F(z, [("涧西区政府办2020年办理结果总计多少", E("jx", "r.total_processed.total", alt=JX_DONE)),
              ("结转下年度继续办理的呢", E("jx", "r.carried_forward.total", alt=("在办2件", 2)))], n + "row switch"),
        F(z, [("上海科委2024年新收申请多少", E("kw", "r.received.total", alt=KW_REC)),
              ("其中商业企业提的呢", E("kw", "r.received.commercial"))], n + "column switch, text cells"),
        F(z, [("沭阳2025年行政复议总共几件", E("sy", "a.review.total")),
              ("直接起诉的呢", E("sy", "a.litigation_direct.total")),
              ("复议后再起诉的", E("sy", "a.litigation_after_review.total"))], n + "appeals group switch"),
        F(z, [("洪泽区政府2023年行政事业性收费多少万元", E("hz23", "active.fees.amount", unit=M)),
              ("二〇二四年是多少", E("hz24", "active.fees.amount", unit=M))], n + "year switch, money"),
        F(z, [("淮安2024 现行有效的行政规范性文件几件", E("ha", "active.normative_docs.in_force")),
              ("沭阳2025呢", E("sy", "active.normative_docs.in_force")),
              ("这两家哪家多", ER(["ha", "sy"], "active.normative_docs.in_force", "desc"))], n + "body switch then two-body comparison"),
        F(z, [("上海市府办2025年因本机关不掌握无法提供的有几件", E("sh25", "r.unable.not_held.total")),
              ("需要另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
              ("两个加一起", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"]))], n + "sub-item switch then sum"),
        F(z, [("淮安市2024年因为是过程性信息而不公开的几件", E("ha", "r.withheld.process_info.total")),
              ("内部事务信息的呢", E("ha", "r.withheld.internal_affairs.total"))], n + "sub-item switch"),
        F(z, [("沭阳县2025年自然人新收申请多少件", E("sy", "r.received.natural_person")),
              ("其中沭城街道的有几件", EU("the report gives no breakdown of requests by township or street"))], n + "place inside the county -> cannot"),
        F(z, [("洪泽区2024年新收的信息公开申请多少件（表里的）", E("hz24", "r.received.total")),
              ("其中予以公开的呢", E("hz24", "r.granted.total"))], n + "row switch, text cells"),
        F(z, [("淮安2024年法律服务机构申请的 予以公开了几件", E("ha", "r.granted.legal_services")),
              ("不掌握的呢", E("ha", "r.unable.not_held.legal_services"))], n + "row switch in one column"),
        F(z, [("上海市政府办公厅2019年 行政复议一共多少件", E("sh19", "a.review.total")),
              ("尚未审结的几件", E("sh19", "a.review.pending")),
              ("2025年尚未审结的呢", E("sh25", "a.review.pending"))], n + "outcome then year switch"),
        F(z, [("沭阳县2025年收取信息处理费多少钱", EN("sy", "收取信息处理费共计380元", 380, "元")),
              ("那沭阳县的民政局之外哪些部门收了费", EU("the report names only 民政局; no other department's fees are stated"))], n + "text number then cannot"),
        F(z, [("洪泽区2023年行政许可多少件", E("hz23", "active.licensing.decisions")),
              ("淮安市2024年呢", E("ha", "active.licensing.decisions")),
              ("沭阳2025年呢", E("sy", "active.licensing.decisions"))], n + "body switches"),
        F(z, [("淮安市人民政府2024年 重复申请 不予处理几件", E("ha", "r.not_processed.duplicate.total")),
              ("要求确认或重新出具已获取信息的呢", E("ha", "r.not_processed.reconfirm.total"))], n + "sub-item switch"),
        F(e, [("How many requests did the Shuyang county government fully disclose in 2025?", E("sy", "r.granted.total")),
              ("and partially?", E("sy", "r.partially_granted.total")),
              ("both together", E("sy", ["r.granted.total", "r.partially_granted.total"]))], n + "row switch then sum"),
        F(e, [("Huai'an 2024 - how many direct lawsuits over disclosure in total?", E("ha", "a.litigation_direct.total")),
              ("what about lawsuits after reconsideration", E("ha", "a.litigation_after_review.total"))], n + "appeals group switch"),
        F(e, [("Hongze District 2023: normative documents in force?", E("hz23", "active.normative_docs.in_force")),
              ("2024?", E("hz24", "active.normative_docs.in_force")),
              ("so how many more in 2024", ED("hz23", "hz24", "active.normative_docs.in_force"))], n + "year switch then difference"),
        F(e, [("Shanghai General Office 2019, requests carried forward to next year?", E("sh19", "r.carried_forward.total", alt=SH_FWD)),
              ("and in 2025", E("sh25", "r.carried_forward.total"))], n + "year switch to text cell"),
        F(e, [("STCSM 2024, how many new requests in total?", E("kw", "r.received.total", alt=KW_REC)),
              ("how many were fully granted (予以公开)?", E("kw", "r.granted.total", alt=KW_GR))], n + "row switch, text cells"),
        F(e, [("Jianxi District 2020: reconsiderations upheld?", E("jx", "a.review.upheld")),
              ("and direct lawsuits upheld", E("jx", "a.litigation_direct.upheld"))], n + "appeals group switch"),
        F(e, [("In 2024 how many requests did Huai'an refuse as state secrets?", E("ha", "r.withheld.state_secret.total")),
              ("third-party rights?", E("ha", "r.withheld.third_party.total")),
              ("enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], n + "sub-item switches"),
        F(e, [("Shuyang 2025 - petition-type requests not processed?", E("sy", "r.not_processed.petition.total")),
              ("Huai'an 2024 for the same thing?", E("ha", "r.not_processed.petition.total")),
              ("which of the two is bigger", ER(["ha", "sy"], "r.not_processed.petition.total", "desc"))], n + "body switch then two-body ranking"),
        F(e, [("Shanghai General Office 2025: reconsiderations total?", E("sh25", "a.review.total")),
              ("direct lawsuits?", E("sh25", "a.litigation_direct.total")),
              ("lawsuits after reconsideration?", E("sh25", "a.litigation_after_review.total"))], n + "appeals group switches, text cells"),
        F(e, [("Huaian 2024 administrative penalty decisions?", E("ha", "active.punishment.decisions")),
              ("And how many of those were against companies in the chemical industry?", EU("the table has no industry breakdown of penalty decisions"))], n + "value then cannot"),
        F(e, [("Hongze District 2023 - reconsiderations where the decision was corrected?", E("hz23", "a.review.corrected")),
              ("the same for Huai'an in 2024", E("ha", "a.review.corrected", alt=HA_RV_CO))], n + "body switch"),
        F(e, [("For Shuyang County 2025, requests where the applicant didn't pay the fee in time?", E("sy", "r.other.overdue_fee.total")),
              ("and where they didn't supplement the application in time?", E("sy", "r.other.overdue_correction.total"))], n + "sub-item switch"),
        F(e, [("How many requests did individuals send to the Shanghai General Office in 2025?", E("sh25", "r.received.natural_person")),
              ("and in 2019", E("sh19", "r.received.natural_person"))], n + "year switch back"),
        F(e, [("Huai'an 2024 requests answered 'needs creation of new information'?", E("ha", "r.unable.needs_creation.total")),
              ("Shuyang 2025?", E("sy", "r.unable.needs_creation.total")),
              ("Hongze 2023?", E("hz23", "r.unable.needs_creation.total"))], n + "body switches"),
        F(e, [("Jianxi district government office 2020, normative documents newly made (本年新制作)?", E("jx", "active.normative_docs.made")),
              ("total publicly available?", E("jx", "active.normative_docs.total_published"))], n + "column switch, 2019 format"),
        F(e, [("Shanghai General Office 2019 - new regulations made?", E("sh19", "active.regulations.made")),
              ("normative documents made?", E("sh19", "active.normative_docs.made", alt=SH_NORM))], n + "row switch, 2019 format"),
        F(e, [("Shuyang 2025, lawsuits after reconsideration that were upheld?", E("sy", "a.litigation_after_review.upheld")),
              ("what about Huai'an for 2024", E("ha", "a.litigation_after_review.upheld"))], n + "body switch"),
        F(e, [("huaian 2024 requests from 'other organisations' (其他)?", E("ha", "r.received.other_org")),
              ("and from law firms", E("ha", "r.received.legal_services"))], n + "column switch"),
        F(e, [("Shanghai science commission 2024 - normative documents issued that year?", E("kw", "active.normative_docs.issued")),
              ("how many are in force?", E("kw", "active.normative_docs.in_force"))], n + "column switch, text cells"),
    ]


def textonly():
    z, e = "zh", "en"
    n = TX + " "
    return [
        N(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", n + "press conferences"),
        N(z, "ha", "《淮安市人民政府公报》6 期", 6, "期", "2024年淮安出了几期市政府公报", n + "gazette issues"),
        N(z, "ha", "政务新媒体共计 95个", 95, "个", "淮安全市在运维的政务新媒体账号一共多少个（2024年报里说的）", n + "new-media accounts"),
        N(z, "ha", "全年组织 4 次", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查", n + "checks"),
        N(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集", n + "consultations"),
        N(z, "sy", "专栏33个", 33, "个", "沭阳2025年政务新媒体开设的专栏有多少个", n + "columns"),
        N(z, "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年有多少条爆款内容", n + "viral posts"),
        N(z, "sy", "全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位一共几家", n + "units"),
        N(z, "sy", "全年发出催办提示 84 次", 84, "次", "沭阳2025年那个“倒计时报警器”发了多少次催办提示？", n + "reminders"),
        N(z, "sy", "失效链接43处", 43, "处", "我是网站运维的，想核对下沭阳县2025年年报里整改的失效链接是多少处", n + "broken links"),
        N(z, "sy", "累计清理过期信息697条", 697, "条", "沭阳县2025年清理了多少条过期信息", n + "outdated items"),
        N(z, "sy", "整改不规范描述22处", 22, "处", "沭阳2025年网站巡检整改了几处不规范描述", n + "non-standard wording fixed"),
        N(z, "sh25", "召开市政府新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场新闻发布会", n + "press conferences"),
        N(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年 新闻通气会 几场", n + "briefings"),
        N(z, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "2025年上海市人民政府公报编了几期", n + "gazette issues"),
        N(z, "sh19", "统一受理平台接入53个部门", 53, "个", "上海2019年“一网通办”统一受理平台接入了多少个部门", n + "departments"),
        N(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次", n + "releases"),
        N(z, "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化规范化覆盖多少个试点领域", n + "pilot areas"),
        N(e, "ha", "政策解读21 个", 21, "个", "How many policy explainers (政策解读) did Huai'an produce in 2024?", n + "explainers"),
        N(e, "ha", "信息处理费 3940 元", 3940, "元", "What information-processing fees did the Huai'an government collect in 2024, in yuan?", n + "processing fee in 元"),
        N(e, "hz23", "主动公开政府信息 1136 条", 1136, "条", "How many items did Hongze district proactively publish on its government website in 2023?", n + "portal items"),
        N(e, "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "Hongze District 2024 - number of government information items posted on the website platform?", n + "portal items"),
        N(e, "hz24", "公开政府常务会议 7期", 7, "期", "How many executive meetings of the district government did Hongze make public in 2024?", n + "executive meetings"),
        N(e, "sy", "主动公开政府信息4511条", 4511, "条", "shuyang county portal 2025 how many info items proactively released", n + "portal items"),
        N(e, "sy", "推送系列原创短视频1113个", 1113, "个", "Number of original short videos Shuyang pushed out in 2025?", n + "short videos"),
        N(e, "sy", "累计开展办前主动沟通 49 次", 49, "次", "In 2025, how many times did Shuyang proactively talk to applicants before handling requests?", n + "pre-handling consultations"),
        N(e, "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "How many disputes did Shuyang say it resolved through that pre-handling communication in 2025?", n + "disputes resolved"),
        N(e, "kw", "关注人数达 1016823 人", 1016823, "人", "STCSM 2024: how many followers does the 上海科技 WeChat account have?", n + "followers"),
        N(e, "kw", "直播 118 场", 118, "场", "How many livestreams did the Shanghai science commission run in 2024?", n + "live streams"),
        N(e, "kw", "原创文章 294篇", 294, "篇", "Shanghai science commission 2024 - original WeChat articles count?", n + "original articles"),
        N(e, "kw", "累计批量推送集成式发布政策 121 条", 121, "条", "How many policies did STCSM push through the integrated policy release in 2024?", n + "policies pushed"),
        N(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "How many languages does the Shanghai international services portal cover, per the 2025 General Office report?", n + "languages"),
        N(e, "sh25", "公文公开属性审查 166 件", 166, "件", "Shanghai General Office 2025: disclosure-attribute reviews of official documents completed?", n + "document reviews"),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "According to the 2025 Shanghai General Office report, how many districts have a digital gazette online?", n + "districts online"),
        N(e, "sh19", "发布政策解读共132件", 132, "件", "How many policy interpretations did the Shanghai portal publish in 2019?", n + "interpretations"),
        N(e, "sh19", "对本市处于正常运行状态的70家政府网站", 70, "家", "The Shanghai General Office inspected how many government websites each quarter in 2019?", n + "websites checked"),
    ]


def cannot():
    z, e = "zh", "en"
    n = CN + " "
    return [
        U(z, "淮安市清江浦区2024年收到多少件政府信息公开申请", "only 淮安市人民政府's own report is held; 清江浦区 (a district of the city) has no report in the corpus", n + "district inside a city, no own report"),
        U(z, "沭阳县钱集镇2025年依申请公开收了几件", "the corpus holds the county government's report only; no township report, and the county report has no township breakdown", n + "township inside a county"),
        U(z, "洪泽区高良涧街道2024年主动公开了多少条信息", "no report of the street office is held; the district report gives no street breakdown", n + "street inside a district"),
        U(z, "上海徐汇区政府2025年信息公开申请数是多少", "徐汇区 has no report in the corpus; the 上海市政府办公厅 report does not break requests down by district", n + "district of Shanghai"),
        U(z, "涧西区重庆路街道2020年收到几件依申请公开", "no street-level report; 涧西区政府办's report has no breakdown by street", n + "street inside a district"),
        U(z, "淮安市2023年新收申请多少", "淮安市人民政府's 2023 report is not in the corpus (only 2024)", n + "year not held"),
        U(z, "沭阳县政府2024年行政复议几件", "沭阳县's 2024 report is not held (only 2025)", n + "year not held"),
        U(z, "上海市政府办公厅2022年收到多少信息公开申请", "上海市人民政府办公厅 2022 is not in the corpus (only 2019 and 2025)", n + "year not held"),
        U(z, "宿迁市政府2025年的政府信息公开申请量是多少", "宿迁市 has no report in the corpus (沭阳县 is a county of 宿迁, its report is the county's own)", n + "parent city not held"),
        U(z, "淮安2024年的申请里 女性申请人占多少", "the reports do not break applicants down by sex", n + "sex breakdown"),
        U(z, "沭阳县2025年哪个月份收到的信息公开申请最多", "no monthly breakdown is printed", n + "month breakdown"),
        U(z, "我2025年11月给上海市政府办公厅递了申请到现在都没回，2025年年报里我那件算在结转里了吗", "a single applicant's case cannot be identified from aggregate annual figures", n + "own case"),
        U(z, "洪泽区政府2023年办信息公开的工作人员有几个人", "the report states no staff numbers", n + "staff"),
        U(z, "你觉得淮安市政府2024年的信息公开做得好不好", "an opinion, not a figure in the report", n + "opinion"),
        U(z, "预测一下沭阳县2026年会收到多少件信息公开申请", "a forecast; no report states future figures", n + "forecast"),
        U(z, "淮安市政府2024年申请公开最多的是哪类话题，征地拆迁占几件", "requests are not broken down by topic", n + "topic breakdown"),
        U(z, "上海市科委2024年申请人里，住在外省的有多少人", "no breakdown by applicants' residence", n + "residence breakdown"),
        U(z, "能告诉我沭阳2025年那个交了380元信息处理费的申请人叫什么、电话多少吗", "personal data of an applicant is neither in the report nor to be given", n + "personal data"),
        U(z, "淮安市2024年平均答复一件申请用了几天", "no response-time figures are printed", n + "response time"),
        U(e, "How many disclosure requests did Qingpu District in Shanghai get in 2025?", "青浦区 has no report in the corpus; the Shanghai General Office report has no district breakdown", n + "district of Shanghai"),
        U(e, "Huai'an 2024 - how many requests went to the Huaiyin district government specifically?", "淮阴区 has no report in the corpus and the city report has no district breakdown", n + "district inside the city"),
        U(e, "Shuyang county 2025, how many requests were filed by residents of Shuyang town (沭城镇)?", "no township breakdown in the county report; no township report held", n + "township inside the county"),
        U(e, "Jianxi District 2020: requests handled by the district's education bureau alone?", "the report gives no department breakdown", n + "department inside the body"),
        U(e, "What was Nanjing city government's number of reconsiderations in 2024?", "南京市 has no report in the corpus", n + "body not held"),
        U(e, "Hongze District 2022 - how many disclosure requests?", "洪泽区 2022 is not in the corpus (2023 and 2024 only)", n + "year not held"),
        U(e, "STCSM 2023 licensing decisions?", "上海市科委 2023 report is not held (2024 only)", n + "year not held"),
        U(e, "Jianxi 2021 new requests received please", "涧西区 2021 report is not held (2020 only)", n + "year not held"),
        U(e, "How many Shanghai General Office 2025 requests came in by post versus online?", "no breakdown by channel", n + "channel breakdown"),
        U(e, "What share of Huai'an's 2024 applicants were over 60 years old?", "no age breakdown", n + "age breakdown"),
        U(e, "In Q3 of 2025 how many requests did Shuyang receive?", "no quarterly breakdown", n + "quarter breakdown"),
        U(e, "Which industries did the businesses that applied to Huai'an in 2024 come from?", "no industry breakdown of applicants", n + "industry breakdown"),
        U(e, "How much did the Shanghai General Office spend on running its disclosure work in 2019?", "no cost figures are reported", n + "cost"),
        U(e, "My uncle asked Hongze District for his land-acquisition file in 2024 and got refused - which row is his case counted in?", "an individual's case cannot be traced in aggregate figures", n + "own case"),
        U(e, "Will Shanghai's disclosure requests keep rising in 2026? give me a number", "a forecast; not stated", n + "forecast"),
        U(e, "Is the Shuyang County 2025 report better than Huai'an's 2024 one?", "an opinion/comparison of quality, no figure", n + "opinion"),
        U(e, "Why exactly did Hongze District's request numbers change between 2023 and 2024?", "the reports state no cause for the change", n + "reason not stated"),
        U(e, "Give me the names of the people whose requests Shuyang turned down in 2025", "personal data", n + "personal data"),
        U(e, "For STCSM in 2024, how many of the requests were about research funding?", "no topic breakdown", n + "topic breakdown"),
    ]


def neighbours():
    z, e = "zh", "en"
    n = NB + " "
    return [
        T(z, "ha", "r.carried_over.total", "淮安市政府2024年 上年结转过来的申请几件（不是结转到下一年的）", n + "carried over vs carried forward", alt=HA_OVER),
        T(z, "sy", "a.litigation_after_review.total", "沭阳2025 经过复议之后再去起诉的官司总数（别跟直接起诉搞混）", n + "after-review vs direct litigation"),
        T(z, "ha", "active.regulations.in_force", "淮安2024年市政府规章现行有效的有几件（不是当年新制发的）", n + "in force vs issued"),
        T(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年 要另行制作的（不是不掌握的）几件", n + "needs creation vs not held, text cell"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县2025 过程性信息不予公开几件，不是内部事务那行", n + "process info vs internal affairs"),
        T(z, "ha", "a.review.other", "淮安2024年复议“其他结果”那一列是多少", n + "other vs corrected", alt=HA_RV_OT),
        T(e, "sh19", "active.procurement.projects", "Shanghai General Office 2019 procurement: the number of projects, not the amount", n + "projects vs amount"),
        T(e, "sh19", "active.normative_docs.total_published", "Shanghai General Office 2019 normative documents - the total publicly available count, not the ones newly made", n + "total published vs made"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: partial disclosure only (部分公开), not full", n + "partially granted vs granted"),
        T(e, "ha", "r.received.legal_services", "Huai'an 2024 requests from legal service agencies - not commercial firms", n + "legal services vs commercial"),
        T(e, "kw", "active.normative_docs.in_force", "STCSM 2024 normative documents: how many are currently valid - not how many were issued that year", n + "in force vs issued, text cell"),
        T(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023: the 'would have to create new info' refusals, not the 'not held' ones", n + "needs creation vs not held"),
    ]


def tag(convs, t):
    for c in convs:
        if not c["note"].startswith("["):
            c["note"] = t + " " + c["note"]
    return convs


def CONVERSATIONS():
    return (plain() + combine() + tag(rank(), RK) + followups() + textonly() + cannot()
            + neighbours())
