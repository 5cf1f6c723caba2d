"""Question bank of blind set 167 (staff and journalist traffic). All wordings written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers167 computes them from gold/*.json, from printed rows of the
three reports without gold (SPECS, the cells blind6 verified, re-parsed from the text) or from a
sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib167 as L  # noqa: E402
from helpers167 import C, D, E, ED, EN, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

SPECS = {
    'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0),
             'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2),
             'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0),
             'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14),
             'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9),
             'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4),
             'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
             'requests.granted.total': ('row', '（一）予以公开', 6),
             'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
             'requests.total_processed.total': ('row', '（七）总计', 6),
             'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)},
'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)},
'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)},
}
L.TEXT_SPECS.update(SPECS)


def HA_APPEALS(n):
    """淮安 2024 narrative sentence stating the appeals outcomes (agrees with the table)."""
    return ("尚未审结", n)


def P_(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[plain] " + what, **kw)


def plain():
    z, e = "zh", "en"
    return [
        # outcome columns of table 四
        P_(z, "ha", "a.review.corrected", "淮安市政府2024年因信息公开被申请行政复议，复议机关认定要纠正的有几起？", "review corrected (text agrees)", alt=HA_APPEALS(64)),
        P_(z, "ha", "a.review.pending", "2024年淮安市政府的信息公开复议案子，到年底还没审完的剩多少件？", "review pending (text agrees)", alt=HA_APPEALS(37)),
        P_(z, "ha", "a.litigation_direct.upheld", "淮安2024年没走复议、直接去法院起诉的信息公开案件里，法院维持原行为的有几件？", "direct suit upheld"),
        P_(z, "ha", "a.litigation_after_review.pending", "24年淮安市政府那些先复议再起诉的案子，尚在审理中的有多少？", "after-review pending"),
        P_(z, "sy", "a.review.other", "沭阳县政府2025年信息公开行政复议里，结果既不是维持也不是纠正、归到其他结果的有几件？", "review other"),
        P_(z, "sy", "a.review.total", "二〇二五年沭阳县政府被申请信息公开行政复议一共多少件？", "review total"),
        P_(z, "sy", "a.litigation_after_review.upheld", "沭阳2025年复议后又起诉的信息公开官司，判维持的有几件？", "after-review upheld"),
        P_(e, "ha", "a.litigation_direct.other", "In Huai'an's 2024 report, how many direct lawsuits over disclosure ended with an 'other' outcome — neither upheld nor overturned?", "direct suit other"),
        P_(e, "ha", "a.litigation_after_review.corrected", "Huaian city government FY2024: lawsuits that followed a reconsideration and ended with the act corrected by the court?", "after-review corrected"),
        P_(e, "sy", "a.review.corrected", "Shuyang County 2025: in how many disclosure reconsiderations did the reviewing body order a correction?", "review corrected"),
        P_(e, "sy", "a.litigation_direct.upheld", "For Shuyang in 2025, how many lawsuits filed straight in court (no prior reconsideration) saw the government's action upheld?", "direct suit upheld"),
        P_(e, "sh19", "r.withheld.process_info.commercial", "Shanghai General Office, 2019: requests from companies refused because the information was process information?", "process info, commercial"),
        P_(e, "jx", "a.litigation_after_review.upheld", "Jianxi District office 2020 — lawsuits brought after a reconsideration, how many upheld?", "after-review upheld"),
        # sub-items of 不予公开 / 无法提供 / 不予处理 / 其他处理
        P_(z, "ha", "r.withheld.state_secret.total", "淮安市政府2024年以属于国家秘密为由拒绝公开的申请有几件？", "withheld state secret"),
        P_(z, "ha", "r.withheld.prohibited_by_law.total", "2024年淮安市政府有多少件申请是因为法律行政法规禁止公开而没给的？", "withheld prohibited by law"),
        P_(z, "ha", "r.withheld.enforcement_files.total", "淮安2024年以行政执法案卷信息为理由不予公开的有多少件？", "withheld enforcement files"),
        P_(z, "sy", "r.withheld.admin_query.total", "沭阳县政府2025年有几件申请被认定为属于行政查询事项而不予公开？", "withheld admin query"),
        P_(z, "sy", "r.withheld.security_stability.total", "25年沭阳县政府以危及“三安全一稳定”为由不公开的申请是几件？", "withheld security"),
        P_(z, "ha", "r.not_processed.duplicate.total", "淮安市政府2024年把多少件申请当作重复申请不予处理了？", "not processed duplicate"),
        P_(z, "sy", "r.not_processed.petition.total", "沭阳县政府2025年信息公开申请中，因为属于信访举报投诉类而不予处理的有多少件？", "not processed petition"),
        P_(z, "ha", "r.other.overdue_correction.total", "淮安市政府2024年，申请人接到补正通知后逾期不补正、按其他方式处理的申请有多少件？", "other overdue correction"),
        P_(z, "sy", "r.other.overdue_fee.total", "2025年沭阳县政府有几件申请是因为申请人逾期不交信息处理费而被处理掉的？", "other overdue fee"),
        P_(z, "sy", "r.other.other.total", "沭阳县政府2025年“其他处理”下面那个兜底的“其他”小项是多少件？", "other other"),
        P_(e, "ha", "r.unable.needs_creation.total", "Huai'an city government, 2024: how many requests couldn't be met because the information would have had to be newly compiled?", "unable needs creation"),
        P_(e, "ha", "r.unable.unclear.total", "In 2024, how many requests to Huaian were refused because the description of the information sought was unclear even after a correction request?", "unable unclear"),
        P_(e, "sy", "r.unable.not_held.total", "Shuyang County government 2025: requests answered with 'this agency does not hold the information'?", "unable not held"),
        P_(e, "ha", "r.withheld.internal_affairs.total", "How many Huai'an 2024 requests were withheld on the ground that they concerned internal affairs?", "withheld internal affairs"),
        P_(e, "sy", "r.withheld.enforcement_files.total", "Shuyang 2025 — requests refused because the information was administrative enforcement case files?", "withheld enforcement files"),
        P_(e, "ha", "r.not_processed.reconfirm.total", "Huaian 2024: requests left unprocessed because the applicant asked the agency to confirm or re-issue information already obtained?", "not processed reconfirm"),
        P_(e, "sy", "r.not_processed.duplicate.total", "How many repeat applications did Shuyang County decline to process in FY2025?", "not processed duplicate"),
        P_(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024: how many requests were closed because the applicant did not pay the processing fee in time?", "other overdue fee"),
        P_(e, "hz23", "r.withheld.state_secret.total", "Hongze District government 2023: any requests refused as state secrets? How many?", "withheld state secret"),
        P_(e, "hz23", "r.unable.needs_creation.total", "In 2023, how many requests to Hongze District could not be answered because it would mean producing new information?", "unable needs creation"),
        P_(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai General Office in 2019: how many requests from private individuals were treated as petitions/complaints and not processed?", "not processed petition, natural persons"),
        # applicant-type columns
        P_(z, "ha", "r.received.legal_services", "淮安市政府2024年新收的信息公开申请里，律师事务所这类法律服务机构提的有几件？", "received legal services"),
        P_(z, "ha", "r.received.commercial", "2024年向淮安市政府申请信息公开的商业企业共有多少件申请（新收）？", "received commercial"),
        P_(z, "ha", "r.granted.legal_services", "淮安市政府2024年对法律服务机构的申请，直接予以公开的是几件？", "granted legal services"),
        P_(z, "ha", "r.unable.not_held.commercial", "淮安2024年企业来申请、政府答复本机关不掌握的有多少件？", "not held commercial"),
        P_(z, "sy", "r.granted.natural_person", "沭阳县政府2025年给个人（自然人）直接公开的申请有多少件？", "granted natural person"),
        P_(z, "sh19", "r.received.commercial", "上海市府办2019年收到的依申请公开中，商业企业提出的是多少件？", "received commercial"),
        P_(z, "sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅对自然人的申请，因需要另行制作而无法提供的有几件？", "needs creation natural"),
        P_(e, "ha", "r.received.other_org", "Huai'an 2024: new requests from 'other organisations' (not firms, research bodies, NGOs or law firms)?", "received other org"),
        P_(e, "ha", "r.partially_granted.commercial", "How many requests from businesses did Huai'an partly grant in 2024?", "partially granted commercial"),
        P_(e, "sy", "r.received.commercial", "Shuyang County 2025 — newly received requests from commercial enterprises?", "received commercial"),
        P_(e, "sy", "r.partially_granted.legal_services", "Shuyang 2025: how many requests by legal service providers were partly disclosed?", "partially granted legal services"),
        P_(e, "sh19", "r.unable.not_held.commercial", "Shanghai General Office 2019: requests from companies answered 'information not held'?", "not held commercial"),
        P_(e, "sh19", "r.received.natural_person", "How many new disclosure requests did the Shanghai municipal government general office receive from individuals in 2019?", "received natural person"),
        # measures of table 二
        P_(z, "ha", "c.normative_docs.in_force", "截至2024年底，淮安市政府现行有效的规范性文件还有多少件？", "normative docs in force"),
        P_(z, "ha", "c.coercion.decisions", "淮安市2024年行政强制决定作出了多少件？", "coercion decisions"),
        P_(z, "sy", "c.licensing.decisions", "沭阳县政府2025年行政许可的处理决定数是多少？", "licensing decisions"),
        P_(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额是多少万元？", "fees amount", unit="万元"),
        P_(z, "hz23", "c.punishment.decisions", "洪泽区2023年作出的行政处罚决定有多少？", "punishment decisions"),
        P_(z, "hz24", "c.coercion.decisions", "洪泽区政府2024年的行政强制决定数是多少？", "coercion decisions (text row)"),
        P_(z, "kw", "c.licensing.decisions", "上海市科委2024年行政许可决定一共作出多少件？", "licensing decisions (text row)"),
        P_(z, "sh19", "r.not_processed.duplicate.commercial", "上海市府办2019年企业提出的申请中，有几件被当作重复申请不予处理？", "duplicate, commercial"),
        P_(e, "ha", "c.punishment.decisions", "Number of administrative penalty decisions reported by Huai'an for 2024?", "punishment decisions"),
        P_(e, "sy", "c.normative_docs.in_force", "How many normative documents were still in force at Shuyang County at the close of 2025?", "normative docs in force"),
        P_(e, "hz23", "c.fees.amount", "Hongze District 2023: administrative fees collected, in 10,000 yuan?", "fees amount", unit="万元"),
        P_(e, "hz24", "c.licensing.decisions", "Hongze District government FY2024: licensing decisions issued?", "licensing decisions (text row)"),
        P_(e, "kw", "c.normative_docs.issued", "STCSM (Shanghai science commission) 2024: normative documents newly issued according to the table?", "normative docs issued (text row)"),
        P_(e, "jx", "c.procurement.projects", "Jianxi District 2020: number of government procurement projects listed in the report's table?", "procurement projects"),
        P_(e, "sh19", "c.procurement.amount", "What was the total government procurement amount of the Shanghai General Office in 2019 (万元)?", "procurement amount", unit="万元"),
        # rows of table 三
        P_(z, "sy", "r.partially_granted.total", "沭阳县政府2025年只公开了一部分内容的申请有几件？", "partially granted"),
        P_(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年度转过来继续办的申请有多少件？", "carried over"),
        P_(z, "ha", "r.granted.total", "淮安市政府二〇二四年全部予以公开的申请是多少件？", "granted"),
        P_(z, "hz24", "r.unable.not_held.total", "洪泽区政府2024年回复“本机关不掌握”的申请有几件？", "not held (text row)"),
        P_(z, "hz24", "r.granted.total", "洪泽区2024年依申请直接公开的有多少件？", "granted (text row)"),
        P_(z, "sh25", "r.granted.total", "上海市政府办公厅2025年表格里“予以公开”那一行总计是多少？", "granted (text row)"),
        P_(z, "sh25", "r.unable.not_held.total", "2025年上海市府办因本机关不掌握相关信息而无法提供的申请数？", "not held (text row)"),
        P_(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年归为信访举报投诉类不予处理的申请有多少件？", "petition (text row)"),
        P_(z, "kw", "r.total_processed.total", "上海科委2024年表格中办理结果总计是多少件？", "total processed (text row)"),
        P_(e, "ha", "r.partially_granted.total", "Huai'an city government 2024: how many requests were only partly disclosed?", "partially granted"),
        P_(e, "sy", "r.granted.total", "In 2025, how many disclosure requests did Shuyang County grant in full?", "granted"),
        P_(e, "hz23", "r.partially_granted.total", "Hongze District, 2023: requests answered with partial disclosure?", "partially granted"),
        P_(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests refused because the information would need to be newly created?", "needs creation (text row)"),
        P_(e, "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office roll into 2026, per its 2025 report's table?", "carried forward (text row)"),
        P_(e, "sh25", "r.received.natural_person", "Shanghai General Office in 2025: new requests filed by private persons?", "received natural person (text row)"),
        P_(e, "kw", "r.received.natural_person", "Shanghai science commission 2024 — how many new requests came from individuals?", "received natural person (text row)"),
        P_(e, "sh25", "a.review.total", "Shanghai General Office 2025: reconsideration cases involving disclosure, per the table?", "review total (text row)"),
        P_(e, "hz24", "a.review.total", "Hongze (District) FY2024 — disclosure reconsideration cases in total?", "review total (text row)"),
    ]


def combine():
    z, e = "zh", "en"
    W = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    UN = ["r.unable.%s.total" % s for s in L.UNABLE]
    NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
    OT = ["r.other.%s.total" % s for s in L.OTHER21]
    c = "[combine] "
    return [
        S(z, "ha", W, "淮安市政府2024年不予公开的八个小项加在一起一共多少件？", c + "sum of the 8 withheld sub-items"),
        S(z, "sy", UN, "把沭阳县政府2025年“无法提供”下面三种情形合计一下是多少？", c + "sum of the 3 unable sub-items"),
        S(z, "ha", NP, "淮安2024年被政府以各种理由不予处理的申请，五类加总是多少？", c + "sum of the 5 not-processed sub-items"),
        S(z, "sy", OT, "沭阳县政府2025年“其他处理”三个小项合起来有多少件？", c + "sum of the 3 other sub-items"),
        S(z, "ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "2024年淮安市政府在信息公开官司中被法院纠正的，直接起诉的和复议后起诉的加起来共几件？", c + "corrected in both litigation groups (text agrees: 结果纠正 5)", alt=HA_APPEALS(5)),
        S(z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年信息公开复议里，结果维持的和结果纠正的加起来共多少件？", c + "review upheld + corrected"),
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年申请人至少拿到一部分信息的（全部公开和部分公开）总共多少件？", c + "granted + partially granted"),
        S(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区政府2023年“不掌握”和“需另行制作”两种无法提供的情形合计几件？", c + "two unable sub-items"),
        S(e, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: add up the new requests from firms, law firms and other organisations — what's the total?", c + "three organisation columns"),
        S(e, "sy", W, "Shuyang County 2025: total of all withholding grounds combined (the eight 'not disclosed' sub-rows)?", c + "sum of the 8 withheld sub-items"),
        S(e, "ha", UN, "For Huaian in 2024, how many requests in all ended as 'unable to provide', summing the three reasons?", c + "sum of the 3 unable sub-items"),
        S(e, "ha", OT, "Huai'an FY2024: the 'other handling' outcomes, all three sub-items together?", c + "sum of the 3 other sub-items"),
        S(e, "sy", ["a.review.pending", "a.litigation_direct.total", "a.litigation_after_review.pending"], "Shuyang 2025: add the reconsiderations still pending, all direct lawsuits and the post-reconsideration suits still pending.", c + "three appeals cells"),
        S(e, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "Shanghai General Office 2019, requests by individuals only: how many in total could not be provided, across the three reasons?", c + "unable, natural persons"),
        S(e, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze District 2023: state secrets, process information and enforcement files — how many refusals on those three grounds together?", c + "three withheld sub-items"),
        D(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽区政府现行有效规范性文件数，2024年比2023年多了几件？", c + "difference 2023->2024"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请数，从2023年到2024年增加了多少？", c + "difference 2023->2024"),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议案件数，2025年比2019年多出多少件？", c + "difference 2019->2025"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定数，2024年相对2023年变化了多少（2024减2023）？", c + "difference 2023->2024, negative"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze District's administrative fee income: 2024 figure minus 2023 figure, in 万元?", c + "difference 2023->2024", unit="万元"),
        D(e, "sh19", "sh25", "r.received.natural_person", "By how much did new requests from individuals to the Shanghai General Office grow between 2019 and 2025?", c + "difference 2019->2025"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Hongze District administrative penalty decisions: 2024 count minus 2023 count?", c + "difference 2023->2024, negative"),
        D(e, "hz23", "hz24", "c.licensing.decisions", "Hongze District licensing decisions: how many more in 2024 than in 2023?", c + "difference 2023->2024"),
    ]


def rank():
    z, e = "zh", "en"
    r = "[rank] ranking over gold bodies: "
    return [
        R(z, ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年、涧西区政府办2020年，哪家的信息公开行政复议案件最多？", r + "review total"),
        R(z, ["ha", "hz23", "sy", "sh19"], "r.not_processed.petition.natural_person", "asc", "以自然人申请被当作信访举报投诉不予处理的件数看，淮安2024、洪泽区2023、沭阳2025、上海市府办2019中哪家最少？", r + "petition, natural persons"),
        R(z, ["ha", "hz23", "sy"], "a.review.corrected", "desc", "复议被纠正的件数：淮安市政府（2024年）、洪泽区政府（2023年）、沭阳县政府（2025年）谁最多？", r + "review corrected"),
        R(z, ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "个人申请因需另行制作而无法提供的，淮安2024年、洪泽2023年、沭阳2025年、上海市府办2019年哪个最多？", r + "needs creation, natural persons"),
        R(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "淮安市政府2024年、洪泽区政府2023年、沭阳县政府2025年三家，现行有效规范性文件最少的是哪家？", r + "normative docs in force"),
        R(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "Fewest direct disclosure lawsuits: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) or Jianxi District (2020)?", r + "direct lawsuits"),
        R(e, ["ha", "hz23", "sy", "jx"], "a.litigation_after_review.upheld", "desc", "Which body had the most post-reconsideration lawsuits upheld: Huaian 2024, Hongze District 2023, Shuyang County 2025, Jianxi 2020?", r + "after-review upheld"),
        R(e, ["ha", "hz23", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, who turned away the most individual requests as administrative inquiries?", r + "admin query, natural persons"),
        R(e, ["ha", "hz23", "sy"], "c.fees.amount", "asc", "Lowest administrative fee income: Huaian city (2024), Hongze District (2023) or Shuyang County (2025)?", r + "fees"),
        R(e, ["ha", "hz23", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "asc", "Across Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, which had the fewest individual requests answered 'not held'?", r + "not held, natural persons"),
    ]


def followups():
    z, e = "zh", "en"
    f = "[followup] "
    return [
        F(z, [("淮安市政府2024年信息公开行政复议，结果被纠正的有几件？", E("ha", "a.review.corrected", alt=HA_APPEALS(64))),
              ("那沭阳县政府2025年同一项呢？", E("sy", "a.review.corrected")),
              ("还没审结的呢，沭阳这边？", E("sy", "a.review.pending"))], f + "body then column switch"),
        F(z, [("洪泽区政府2023年行政许可决定多少件？", E("hz23", "c.licensing.decisions")),
              ("换成2024年呢？", E("hz24", "c.licensing.decisions"))], f + "year switch (2024 text row)"),
        F(z, [("洪泽区2023年行政事业性收费是多少万元？", E("hz23", "c.fees.amount", unit="万元")),
              ("24年呢？", E("hz24", "c.fees.amount", unit="万元"))], f + "year switch, money"),
        F(z, [("上海市府办2025年直接起诉的信息公开行政诉讼一共几件？", E("sh25", "a.litigation_direct.total")),
              ("其中尚未审结的呢？", E("sh25", "a.litigation_direct.pending"))], f + "column switch (text row)"),
        F(z, [("沭阳县政府2025年因为属于内部事务信息而不予公开的有几件？", E("sy", "r.withheld.internal_affairs.total")),
              ("过程性信息那一项呢？", E("sy", "r.withheld.process_info.total")),
              ("保护第三方合法权益那项呢？", E("sy", "r.withheld.third_party.total"))], f + "sub-item switches"),
        F(z, [("淮安市政府2024年直接起诉的信息公开诉讼，结果被纠正的有几件？", E("ha", "a.litigation_direct.corrected")),
              ("复议后再起诉的那组呢？", E("ha", "a.litigation_after_review.corrected")),
              ("这组里尚未审结的呢？", E("ha", "a.litigation_after_review.pending"))], f + "appeals group switch"),
        F(z, [("淮安市政府2024年商业企业的申请中，政府回复不掌握的有几件？", E("ha", "r.unable.not_held.commercial")),
              ("法律服务机构的呢？", E("ha", "r.unable.not_held.legal_services"))], f + "column switch"),
        F(z, [("沭阳县2025年行政处罚决定数是多少？", E("sy", "c.punishment.decisions")),
              ("行政强制呢？", E("sy", "c.coercion.decisions")),
              ("淮安市2024年同一项是多少？", E("ha", "c.coercion.decisions"))], f + "row then body switch"),
        F(z, [("洪泽区政府2024年行政复议有几件？", E("hz24", "a.review.total")),
              ("直接起诉的行政诉讼呢？", E("hz24", "a.litigation_direct.total")),
              ("复议后起诉的呢？", E("hz24", "a.litigation_after_review.total"))], f + "appeals group switch (text row)"),
        F(z, [("上海市政府办公厅2025年信访举报投诉类不予处理的有多少件？", E("sh25", "r.not_processed.petition.total")),
              ("重复申请呢？", E("sh25", "r.not_processed.duplicate.total"))], f + "sub-item switch (text row)"),
        F(z, [("上海科委2024年现行有效的规范性文件有多少件？", E("kw", "c.normative_docs.in_force")),
              ("当年新制发的呢？", E("kw", "c.normative_docs.issued"))], f + "column switch (text row)"),
        F(z, [("淮安市政府2024年以“三安全一稳定”为由不予公开的有几件？", E("ha", "r.withheld.security_stability.total")),
              ("沭阳县政府2025年呢？", E("sy", "r.withheld.security_stability.total"))], f + "body switch"),
        F(z, [("沭阳县政府2025年逾期不补正的有几件？", E("sy", "r.other.overdue_correction.total")),
              ("淮安市政府2024年呢？", E("ha", "r.other.overdue_correction.total")),
              ("其中自然人占多少件？", E("ha", "r.other.overdue_correction.natural_person"))], f + "body then column switch"),
        F(z, [("上海市府办2019年行政规章累计公开的数量是多少？", E("sh19", "c.regulations.total_published")),
              ("规范性文件的累计公开数呢？", E("sh19", "c.normative_docs.total_published"))], f + "row switch (2019 template)"),
        F(z, [("涧西区政府办2020年政府集中采购项目有几个？", E("jx", "c.procurement.projects")),
              ("采购总金额是多少万元？", E("jx", "c.procurement.amount", unit="万元"))], f + "column switch, money"),
        F(z, [("淮安市政府2024年新收申请中商业企业有几件？", E("ha", "r.received.commercial")),
              ("其中予以公开的有几件？", E("ha", "r.granted.commercial")),
              ("部分公开的呢？", E("ha", "r.partially_granted.commercial"))], f + "row switch in one column"),
        F(z, [("洪泽区政府2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
              ("因为需要另行制作而无法提供的呢？", E("hz23", "r.unable.needs_creation.total"))], f + "row switch"),
        F(e, [("Huai'an 2024: requests refused as 'administrative inquiries'?", E("ha", "r.withheld.admin_query.total")),
              ("And Shuyang County for 2025?", E("sy", "r.withheld.admin_query.total")),
              ("What about process information at Shuyang?", E("sy", "r.withheld.process_info.total"))], f + "body then row switch"),
        F(e, [("Hongze District 2023, normative documents in force at year end?", E("hz23", "c.normative_docs.in_force")),
              ("what about 2024", E("hz24", "c.normative_docs.in_force")),
              ("and how many were newly issued in 2024?", E("hz24", "c.normative_docs.issued"))], f + "year then column switch"),
        F(e, [("Shuyang County 2025: reconsiderations upheld?", E("sy", "a.review.upheld")),
              ("Huaian 2024, same figure for direct lawsuits?", E("ha", "a.litigation_direct.upheld"))], f + "body and group switch"),
        F(e, [("Shanghai General Office 2025: direct lawsuits over disclosure in total?", E("sh25", "a.litigation_direct.total")),
              ("How many of them were still pending?", E("sh25", "a.litigation_direct.pending")),
              ("And lawsuits after reconsideration, total?", E("sh25", "a.litigation_after_review.total"))], f + "column and group switch (text row)"),
        F(e, [("Huai'an FY2024: normative documents repealed during the year?", E("ha", "c.normative_docs.repealed")),
              ("Shuyang 2025?", E("sy", "c.normative_docs.repealed"))], f + "body switch"),
        F(e, [("Hongze District 2024, administrative penalty decisions?", E("hz24", "c.punishment.decisions")),
              ("2023?", E("hz23", "c.punishment.decisions"))], f + "year switch backwards"),
        F(e, [("Shuyang 2025: how many requests from individuals did the county partly disclose?", E("sy", "r.partially_granted.natural_person")),
              ("And from law firms?", E("sy", "r.partially_granted.legal_services")),
              ("Huai'an 2024, individuals again?", E("ha", "r.partially_granted.natural_person"))], f + "column then body switch"),
        F(e, [("STCSM 2024: licensing decisions in the table?", E("kw", "c.licensing.decisions")),
              ("and penalty decisions?", E("kw", "c.punishment.decisions"))], f + "row switch (text row, zero)"),
        F(e, [("Jianxi District office 2020 — reconsiderations upheld?", E("jx", "a.review.upheld")),
              ("Direct lawsuits upheld?", E("jx", "a.litigation_direct.upheld"))], f + "group switch"),
        F(e, [("Shanghai General Office 2019: requests from individuals withheld as state secrets?", E("sh19", "r.withheld.state_secret.natural_person")),
              ("And as internal affairs?", E("sh19", "r.withheld.internal_affairs.natural_person")),
              ("And as administrative inquiries, companies only?", E("sh19", "r.withheld.admin_query.commercial"))], f + "row then column switch (2019, columns)"),
        F(e, [("Huaian 2024, requests not processed as petitions or complaints?", E("ha", "r.not_processed.petition.total")),
              ("how many of those came from businesses?", E("ha", "r.not_processed.petition.commercial"))], f + "column switch"),
        F(e, [("Shuyang County 2025, requests carried over from the prior year?", E("sy", "r.carried_over.total")),
              ("Huai'an in 2024 — requests it granted to law firms?", E("ha", "r.granted.legal_services"))], f + "body and row switch"),
        F(e, [("Shuyang County 2025: lawsuits after reconsideration still pending?", E("sy", "a.litigation_after_review.pending")),
              ("And with an 'other' result?", E("sy", "a.litigation_after_review.other"))], f + "column switch"),
        F(e, [("Hongze District 2024: requests granted in full, per the table?", E("hz24", "r.granted.total")),
              ("Requests carried into 2025?", E("hz24", "r.carried_forward.total"))], f + "row switch (text row)"),
        F(e, [("Shanghai General Office 2025: requests granted in full according to the table?", E("sh25", "r.granted.total")),
              ("New requests from companies?", E("sh25", "r.received.commercial"))], f + "row and column switch (text row)"),
        F(e, [("Huai'an 2024: requests from individuals closed because the processing fee was not paid in time?", E("ha", "r.other.overdue_fee.natural_person")),
              ("And in Shuyang County, 2025?", E("sy", "r.other.overdue_fee.natural_person"))], f + "body switch, natural persons"),
    ]


def narratives():
    z, e = "zh", "en"
    t = "[textonly] number stated only in the text: "
    return [
        N(z, "jx", "统筹推进26个试点领域", 26, "个", "涧西区政府办2020年推进基层政务公开标准化规范化，涉及多少个试点领域？", t + "pilot areas"),
        N(e, "jx", "办结率", 88.2, "%", "What completion rate for requests did Jianxi District office report for 2020?", t + "completion rate"),
        N(z, "ha", "努力传递政府声音", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？", t + "press conferences"),
        N(e, "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running as of its 2024 report?", t + "new-media accounts"),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安市2024年对政府信息公开栏目做了几次全覆盖检查？", t + "full-coverage checks"),
        N(e, "hz23", "我区在政府网站", 1136, "条", "Hongze District 2023: items proactively published on the government website platform?", t + "portal items"),
        N(z, "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？", t + "portal items"),
        N(e, "hz24", "公开政府常务会议", 7, "期", "How many executive meetings of the district government did Hongze publish in 2024?", t + "executive meetings"),
        N(z, "hz24", "区政府办代表区政府受理", 17, "件", "按洪泽区2024年年报正文的说法，区政府办代表区政府受理了多少件申请？", t + "requests per the narrative (table 95)"),
        N(z, "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县政府2025年通过门户网站主动公开了多少条政府信息？", t + "portal items"),
        N(e, "sy", "开展意见征集9期", 9, "期", "Shuyang County 2025: how many rounds of public comment solicitation via the portal?", t + "consultations"),
        N(z, "sy", "督促县直部门", 3044, "条", "沭阳2025年县直部门在信息公开页面发布了多少条信息？", t + "department items"),
        N(e, "sy", "策采相关新闻稿件2606篇", 33, "个", "How many special columns did Shuyang's new-media matrix open in 2025?", t + "columns"),
        N(z, "sy", "推送系列原创短视频1113个", 1113, "个", "沭阳县2025年推送了多少个原创短视频？", t + "short videos"),
        N(e, "sy", "图文1775条", 1775, "条", "Shuyang 2025: number of picture-and-text posts pushed by its new media?", t + "picture posts"),
        N(z, "sy", "对3件主动公开政策性文件进行意见征集", 3, "件", "沭阳县政府2025年对几件政策性文件公开征求了意见并公开结果？", t + "consulted policy documents"),
        N(e, "sy", "完成全县64家单位", 64, "家", "In 2025, how many units in Shuyang had their annual disclosure reports published collectively?", t + "units"),
        N(z, "sy", "全年累计发布解读类信息", 21, "条", "沭阳县2025年一共发布了多少条政策解读类信息？", t + "interpretations"),
        N(e, "sy", "政府常务会议同步配套解读", 7, "次", "How many times did Shuyang produce matching interpretations for executive meetings in 2025?", t + "meeting interpretations"),
        N(z, "sy", "成功推动化解各类争议纠纷", 33, "件", "沭阳县2025年通过办前沟通成功化解了多少件争议纠纷？", t + "disputes resolved"),
        N(e, "sy", "全年发出催办提示", 84, "次", "How many reminder prompts did Shuyang's countdown alarm send in 2025?", t + "reminders"),
        N(z, "sy", "累计开展办前主动沟通", 49, "次", "沭阳县2025年办理申请前主动和申请人沟通了多少次？", t + "pre-handling contacts"),
        N(e, "sy", "失效链接43处", 43, "处", "Shuyang County 2025: broken links fixed on its websites?", t + "broken links"),
        N(z, "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理了多少条过期的已公开信息？", t + "outdated items removed"),
        N(e, "kw", "累计批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed in batches for integrated release?", t + "policies pushed"),
        N(z, "kw", "日常报送惠企政策", 83, "条", "上海市科委2024年日常报送了多少条惠企政策？", t + "business-support policies"),
        N(e, "kw", "网站全年累计发布信息", 2139, "条", "How many items did the 'Shanghai Science' website publish in 2024 in total?", t + "website items"),
        N(z, "kw", "微信公众号共编发文章", 294, "篇", "上海市科委的“上海科技”微信公众号2024年发了多少篇原创文章？", t + "original articles"),
        N(e, "kw", "微信公众号共编发文章", 118, "场", "Shanghai science commission 2024: how many live streams on its video channel?", t + "live streams"),
        N(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市府办2025年年报里，市政府新闻通气会开了多少场？", t + "briefings"),
        N(e, "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai municipal government gazette were edited in 2025?", t + "gazette issues"),
        N(z, "sh25", "全年完成市政府及市政府办公厅公文公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查？", t + "attribute reviews"),
        N(e, "sh25", "个区全部上线数字公报", 16, "个", "By 2025, how many Shanghai districts had their digital gazette online, per the General Office's report?", t + "districts"),
    ]


def cannot():
    z, e = "zh", "en"
    u = "[cannot] "
    return [
        U(z, "淮安市政府2024年的信息公开申请里，男性和女性申请人各占多少？", "sex of applicants not reported", u + "sex breakdown"),
        U(z, "沭阳县政府2025年申请信息公开的人，哪个乡镇的最多？", "no township breakdown", u + "township breakdown"),
        U(z, "洪泽区2023年的21件申请分别是哪几个月收到的？", "no month breakdown", u + "month breakdown"),
        U(z, "淮安市政府2024年被纠正的复议案件，具体错在哪些方面？", "reasons of corrections not stated", u + "reasons"),
        U(z, "沭阳县2025年不予公开的申请，平均每件处理用了几天？", "processing times not reported", u + "response time"),
        U(z, "淮安市每万人口2024年提出了多少件信息公开申请？", "per-capita rate needs population, not in the corpus", u + "per-capita rate"),
        U(z, "南京市政府2024年收到多少件信息公开申请？", "body not held", u + "body not held"),
        U(z, "宿迁市2025年的信息公开行政复议案件有多少？和沭阳比哪个多？", "宿迁市 not held", u + "comparison with a body not held"),
        U(z, "上海市浦东新区2025年依申请公开的数量是多少？", "body not held", u + "body not held"),
        U(z, "洪泽区政府2022年的行政许可决定数是多少？", "year not held", u + "year not held"),
        U(z, "沭阳县政府2024年被申请行政复议多少件？", "year not held", u + "year not held"),
        U(z, "上海市科委2023年收到了多少件信息公开申请？", "year not held", u + "year not held"),
        U(z, "涧西区政府办2021年办结了多少件依申请公开？", "year not held", u + "year not held"),
        U(z, "你觉得淮安市政府2024年的信息公开工作做得好不好？", "opinion", u + "opinion"),
        U(z, "沭阳县2025年的申请人都是想要哪些方面的信息？按主题分一下。", "no topic breakdown", u + "topic breakdown"),
        U(z, "淮安市政府2024年负责信息公开工作的专职人员有几个人？", "staff not stated", u + "staff"),
        U(z, "上海市府办2025年不予公开的申请具体是哪些人提的？能给名单吗？", "personal data", u + "personal data"),
        U(z, "洪泽区2024年的申请数量为什么比2023年多了那么多？", "cause not stated", u + "reason"),
        U(z, "淮安市政府2024年信息公开工作花了多少经费？", "costs not reported", u + "cost"),
        U(z, "2026年淮安市政府预计会收到多少件信息公开申请？", "forecast", u + "forecast"),
        U(z, "沭阳县政府2025年败诉的行政诉讼，各自赔了多少钱？", "compensation not reported", u + "amounts not stated"),
        U(z, "上海市科委2024年的申请人里，有多少是外地人？", "residence not reported", u + "residence"),
        U(z, "清江浦区2024年政府信息公开申请有多少件？", "body not held", u + "body not held"),
        U(z, "淮安市政府2024年各个市级部门分别收到多少申请？", "department breakdown not in the report", u + "department breakdown"),
        U(z, "涧西区2020年的申请人平均年龄是多少？", "age not reported", u + "age"),
        U(e, "How many of Huai'an's 2024 disclosure requests came in by email versus in person?", "channel breakdown not reported", u + "channel"),
        U(e, "What share of Shuyang County's population filed a disclosure request in 2025?", "population not in the corpus", u + "per-capita rate"),
        U(e, "Which law firms filed requests with Huai'an city government in 2024?", "names not reported", u + "personal/entity data"),
        U(e, "How does Hongze District's 2023 request count compare with Huaiyin District's?", "Huaiyin District not held", u + "comparison with a body not held"),
        U(e, "How many disclosure requests did Suqian city receive in 2025?", "body not held", u + "body not held"),
        U(e, "Shanghai General Office 2022: how many disclosure requests did it receive?", "year not held", u + "year not held"),
        U(e, "Jianxi District office's figures for 2021 — how many requests?", "year not held", u + "year not held"),
        U(e, "What was the average response time for disclosure requests at the Shanghai General Office in 2025?", "response times not reported", u + "response time"),
        U(e, "In Q3 2024, how many requests did Huaian receive?", "quarter breakdown not reported", u + "quarter"),
        U(e, "Why did so many of Shuyang's 2025 reconsiderations end with 'other' results?", "reasons not stated", u + "reason"),
        U(e, "Is the Shanghai science commission's 2024 disclosure performance better than the Ministry of Science and Technology's?", "opinion / body not held", u + "opinion, comparison"),
        U(e, "Which industries did the companies requesting information from Huai'an in 2024 belong to?", "industry not reported", u + "industry"),
        U(e, "How many staff handled disclosure requests at Shuyang County government in 2025?", "staff not stated", u + "staff"),
        U(e, "What will Hongze District's request volume be in 2026?", "forecast", u + "forecast"),
        U(e, "Which topics generated the most requests to the Shanghai General Office in 2025?", "topics not stated", u + "topic breakdown"),
        U(e, "Break down Huai'an's 2024 reconsideration cases by county: how many from each?", "county breakdown not in the report", u + "district breakdown"),
        U(e, "How much did Shanghai's general office spend on disclosure work in 2019?", "costs not reported", u + "cost"),
        U(e, "Did the courts award damages in any of Huai'an's 2024 disclosure lawsuits, and how much?", "not reported", u + "amounts not stated"),
        U(e, "What is the ratio of requests per government employee at Hongze District in 2024?", "staff numbers not in the report", u + "per-capita rate"),
        U(e, "Who was the applicant in Jianxi District's single 2020 reconsideration case?", "personal data", u + "personal data"),
        U(e, "How many requests did Pudong New Area get in 2025, compared with the Shanghai General Office?", "Pudong not held", u + "comparison with a body not held"),
        U(e, "What percentage of women applicants were granted information by Shuyang County in 2025?", "sex not reported", u + "sex breakdown"),
        U(e, "Do you think the Shanghai General Office was too quick to refuse requests in 2025?", "opinion", u + "opinion"),
        U(e, "Which department of Huai'an city government lost the most disclosure lawsuits in 2024?", "department breakdown not reported", u + "department breakdown"),
        U(e, "How many disclosure requests did Hongze District get from people over 60 in 2023?", "age not reported", u + "age"),
        U(e, "Nanjing vs Huai'an in 2024: which got more disclosure reconsiderations?", "Nanjing not held", u + "comparison with a body not held"),
    ]


def neighbours():
    z, e = "zh", "en"
    n = "[neighbour] naive answer is the neighbouring cell: "
    return [
        T(z, "ha", "a.litigation_after_review.total", "淮安市政府2024年的行政诉讼里，不是直接起诉、而是复议完了再告的，总共几件？", n + "复议后起诉 vs 直接起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安2024年废止了多少件规范性文件？（不是现行有效的数）", n + "废止 vs 现行有效"),
        T(z, "ha", "r.unable.needs_creation.natural_person", "淮安市政府2024年自然人的申请中，因需要另行制作而无法提供的是几件？", n + "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县政府2025年以过程性信息为由不予公开的申请有几件？", n + "过程性信息 vs 内部事务"),
        T(z, "sy", "a.review.pending", "沭阳县政府2025年信息公开行政复议中，还没出结果的有几件？", n + "尚未审结 vs 其他结果"),
        T(z, "ha", "r.partially_granted.natural_person", "淮安2024年个人申请里，只公开了一部分的有多少件？", n + "部分公开 vs 予以公开"),
        T(z, "ha", "r.unable.not_held.legal_services", "淮安市政府2024年法律服务机构的申请里，被答复本机关不掌握的有几件？（别看商业企业那一列）", n + "法律服务机构 vs 商业企业"),
        T(z, "sy", "r.not_processed.duplicate.total", "沭阳县政府2025年重复申请不予处理的有几件？不是信访类那项。", n + "重复申请 vs 信访举报"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数是多少？", n + "对外公开总数 vs 新制作"),
        T(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目数是多少个（不是金额）？", n + "采购项目数 vs 金额"),
        T(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年因为要另外制作才能提供而未提供的申请有几件？", n + "另行制作 vs 不掌握"),
        T(z, "sy", "a.litigation_after_review.total", "沭阳县2025年经过行政复议之后才提起的行政诉讼总数？", n + "复议后起诉 vs 直接起诉"),
        T(z, "sh25", "a.review.pending", "上海市府办2025年行政复议中尚未审结的有几件？", n + "尚未审结 vs 总计 (text row)"),
        T(e, "ha", "a.review.corrected", "Huai'an 2024 reconsiderations: how many were corrected (not upheld)?", n + "纠正 vs 维持 (text agrees)", alt=HA_APPEALS(64)),
        T(e, "ha", "a.litigation_direct.corrected", "In Huaian's 2024 direct lawsuits, how many times did the court correct the government (not uphold it)?", n + "纠正 vs 维持"),
        T(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024, other handling: closed for unpaid fees — not the failure-to-supplement item?", n + "逾期不缴费 vs 逾期不补正"),
        T(e, "ha", "r.withheld.third_party.total", "Huai'an 2024: requests withheld to protect third parties' lawful rights?", n + "第三方 vs 三安全一稳定"),
        T(e, "sy", "c.normative_docs.repealed", "Shuyang County 2025: normative documents abolished during the year (not newly issued)?", n + "废止 vs 制发"),
        T(e, "sy", "r.carried_over.natural_person", "Shuyang 2025: individuals' requests brought forward from the previous year (not those carried into the next)?", n + "上年结转 vs 结转下年"),
        T(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: cumulative number of regulations made public (not just those made that year)?", n + "对外公开总数 vs 新制作"),
        T(e, "jx", "c.procurement.amount", "Jianxi District 2020: total procurement value in 万元, not the project count?", n + "采购金额 vs 项目数", unit="万元"),
        T(e, "sh19", "r.unable.unclear.natural_person", "Shanghai General Office 2019: individual requests refused because the description was unclear (not because the info had to be created)?", n + "不明确 vs 另行制作"),
        T(e, "kw", "c.normative_docs.in_force", "STCSM 2024: normative documents currently in force — not the ones issued that year?", n + "现行有效 vs 制发 (text row)"),
        T(e, "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: lawsuits that came after a reconsideration decision, in total?", n + "复议后起诉 vs 直接起诉 (text row)"),
        T(e, "hz24", "a.litigation_after_review.total", "Hongze District 2024: suits filed after reconsideration (as opposed to direct ones)?", n + "复议后起诉 vs 直接起诉 (text row)"),
        T(e, "sy", "a.review.other", "Shuyang 2025 reconsiderations ending in 'other results' — not the pending ones?", n + "其他结果 vs 尚未审结"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + narratives() + cannot() + neighbours()
