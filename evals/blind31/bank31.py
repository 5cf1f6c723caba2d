"""Question bank of the 31st blind evaluation set (evals/blind31). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers31 computes them from gold JSON, from printed text cells
(SPECS, the same cells blind6 verified) or from a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib31 as L  # noqa: E402
from helpers31 import E, ED, F, V, T, S, N, U, D, R  # noqa: E402

_Q4 = "四、政府信息公开行政复议、行政诉讼情况"
_N25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _Q4, 14),
        "appeals.litigation_direct.total": ("after", _Q4, 9),
        "appeals.review.total": ("after", _Q4, 4),
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
        "appeals.litigation_after_review.total": ("after", _N25, 14),
        "appeals.litigation_direct.pending": ("after", _N25, 8),
        "appeals.litigation_direct.total": ("after", _N25, 9),
        "appeals.review.pending": ("after", _N25, 3),
        "appeals.review.total": ("after", _N25, 4),
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

# text sentences stating a table number too (ambiguous + acceptable_sentence)
HA_REQ = "全市共受理"
HA_APP = "尚未审结 37"
SH19_REQ = "代表市政府共受理"
SH19_APP = "信息公开类行政复议"
JX_REQ = "收到依申请公开"
SY_REQ = "全县全年共受理"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "同意公开答复"
SH25_REQ = "市政府共受理政府信息公开申请"
HZ23_REQ = "全区受理"

P, CB, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                             "[cannot]", "[neighbour]")


def plain():
    z, e = "zh", "en"
    return [
        # ---- zh, everyday / colloquial / phone wording
        V(z, "ha", "r.unable.not_held.total", "淮安市政府2024年 有多少申请是政府说自己手里压根没这个信息的", P + " 口语: 不掌握"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳24年…不对 2025年 说是内部的事不给看的 有几件", P + " 口语: 内部事务信息"),
        V(z, "ha", "r.withheld.state_secret.total", "淮安2024年以保密为由拒绝公开的申请有几个？涉密那种", P + " 口语: 国家秘密"),
        V(z, "ha", "r.withheld.prohibited_by_law.total", "2024年淮安 因为法律法规明文不让公开而被拒的，多少件", P + " 口语: 法律行政法规禁止公开"),
        V(z, "sy", "r.withheld.security_stability.total", "沭阳县政府2025年说公开了会影响社会稳定、所以没给的，几件啊", P + " 口语: 三安全一稳定"),
        V(z, "ha", "r.withheld.third_party.total", "我想问淮安2024年 因为会侵犯别人权益（第三方）没公开的申请数", P + " 口语: 第三方合法权益"),
        V(z, "sy", "r.withheld.process_info.total", "沭阳2025年 说还在讨论研究阶段的材料所以不给的 几件", P + " 口语: 过程性信息"),
        V(z, "ha", "r.withheld.enforcement_files.total", "淮安二〇二四年 执法案卷不公开的有多少", P + " 口语: 行政执法案卷"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳县2025年有些人其实是来咨询政策的 被当成行政查询事项不予公开 这个数多少", P + " 口语: 行政查询事项"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年 要的东西政府得重新做一份才有、所以没提供的，有几件", P + " 口语: 另行制作"),
        V(z, "ha", "r.unable.unclear.total", "淮安2024 申请写得不清楚 补正了也说不清所以没法提供的 几件", P + " 口语: 申请内容不明确"),
        V(z, "sy", "r.not_processed.petition.total", "沭阳2025年把信访投诉当信息公开申请来交的、最后没处理的，多少件", P + " 口语: 信访举报投诉类"),
        V(z, "ha", "r.not_processed.duplicate.total", "淮安市2024年同一个事反复申请被拒绝处理的有几件", P + " 口语: 重复申请"),
        V(z, "ha", "r.not_processed.reconfirm.total", "淮安24年 有人要政府确认或者重新出具已经拿到的信息，不予处理的那一栏是几", P + " 口语: 要求确认或重新出具"),
        V(z, "sy", "r.other.overdue_correction.total", "沭阳2025年 让申请人补材料 结果人家过了期限也没补的 多少件", P + " 口语: 逾期不补正"),
        V(z, "ha", "r.other.overdue_fee.total", "淮安市政府2024年，申请人该交信息处理费却拖着没交的有几件？", P + " 口语: 逾期未缴费"),
        V(z, "sy", "r.partially_granted.total", "沭阳县2025年只给了一部分、另一部分遮掉的答复有多少件", P + " 口语: 部分公开"),
        V(z, "sh19", "r.granted.commercial", "2019年上海市府办 公司企业来申请、最后全部给公开了的，几件", P + " 口语: 商业企业 予以公开"),
        V(z, "ha", "r.received.legal_services", "淮安2024年律师事务所这类机构提交的新申请有多少", P + " 口语: 法律服务机构"),
        V(z, "ha", "r.received.other_org", "2024年淮安市政府收到的申请里，既不是个人也不是企业科研公益律所的\"其他\"组织交了几件", P + " 口语: 其他组织"),
        V(z, "sy", "r.received.natural_person", "我是沭阳的，想知道2025年老百姓个人新交的信息公开申请有几件（只算本年新收）", P + " 自然人新收"),
        V(z, "ha", "a.review.corrected", "淮安2024年因为信息公开被告到复议机关，结果被纠正的有多少", P + " 口语: 复议纠正", alt=(HA_APP, 64)),
        V(z, "sy", "a.review.pending", "沭阳县2025年信息公开复议案子 到年底还没出结果的几件", P + " 口语: 复议尚未审结"),
        V(z, "ha", "a.litigation_direct.other", "淮安2024年 没走复议直接去法院告的，结果既不是维持也不是纠正的 几件", P + " 口语: 直接起诉 其他结果"),
        V(z, "sy", "a.litigation_after_review.upheld", "沭阳2025年复议完了不服又去打官司的，法院维持的几件", P + " 口语: 复议后起诉 维持"),
        V(z, "ha", "a.litigation_after_review.pending", "淮安2024年 复议后再起诉的案子 还没判下来的有几个", P + " 口语: 复议后起诉 未审结"),
        V(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元", P + " fees", unit="万元"),
        V(z, "sy", "c.punishment.decisions", "沭阳县2025年 行政处罚决定一共多少", P + " punishment"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区政府2024年 办了多少行政许可", P + " text cell licensing"),
        V(z, "kw", "r.received.natural_person", "上海科委2024年 个人来申请信息公开的新收件数", P + " text cell"),
        V(z, "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年回复\"我们这没有这个信息\"的有几件", P + " 口语: 不掌握 text cell"),
        V(z, "sh25", "r.not_processed.petition.total", "2025年上海市府办那边，有多少申请其实是信访投诉，被当成不予处理了", P + " 口语: 信访 text cell"),
        V(z, "jx", "r.granted.total", "涧西区2020年依申请 全部公开给申请人的是几件", P + " granted"),
        V(z, "hz23", "r.withheld.state_secret.total", "洪泽2023年有没有因为国家秘密拒绝公开的？有的话几件", P + " 国家秘密"),
        V(z, "sh19", "r.unable.unclear.natural_person", "2019年上海市政府办公厅，个人申请人因为申请内容说不清楚而没拿到信息的有多少", P + " 口语: 不明确 自然人"),
        V(z, "sy", "r.carried_over.total", "沭阳2025年从前一年接着办过来的申请有几件", P + " 上年结转"),
        V(z, "ha", "r.partially_granted.commercial", "淮安2024 企业申请只公开了一部分的 几件", P + " 部分公开 商业企业"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人交来的信访举报投诉类申请没处理的，几件", P + " 信访 自然人"),
        V(z, "ha", "r.other.other.total", "淮安2024年那个\"其他\"处理的（不是逾期补正也不是没交钱的）是多少", P + " 口语: 其他 other"),
        V(z, "ha", "c.normative_docs.repealed", "淮安市2024年一年作废掉的规范性文件几件", P + " 口语: 废止"),
        V(z, "sy", "c.coercion.decisions", "沭阳县2025年 采取行政强制的次数/决定数", P + " coercion"),
        V(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目有几个", P + " procurement projects"),
        V(z, "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额多少万元", P + " procurement amount", unit="万元"),
        V(z, "ha", "r.received.commercial", "12345转来电：市民问淮安市2024年公司企业一共交了多少件信息公开申请，帮查一下", P + " 12345 商业企业"),
        V(z, "hz23", "r.withheld.enforcement_files.total", "洪泽区2023年 以行政执法案卷为理由没公开的件数", P + " enforcement"),
        V(z, "sy", "r.unable.not_held.natural_person", "沭阳县25年个人申请里 政府答复本机关不掌握的有多少", P + " not_held 自然人"),
        # ---- en
        V(e, "ha", "r.withheld.admin_query.total", "Huai'an 2024: how many requests got turned down because they were really just people asking to look up records of their own (行政查询事项)?", P + " paraphrase admin_query"),
        V(e, "sy", "r.withheld.third_party.total", "In 2025 how many times did Shuyang County refuse disclosure because it would hurt someone else's legal rights?", P + " paraphrase third party"),
        V(e, "ha", "r.withheld.process_info.total", "huaian 2024 requests refused cause the docs were still drafts / internal deliberation stuff, how many", P + " paraphrase process info"),
        V(e, "ha", "r.withheld.internal_affairs.total", "Number of Huai'an 2024 requests denied because the info was about the government's own internal housekeeping?", P + " paraphrase internal affairs"),
        V(e, "ha", "r.withheld.security_stability.total", "Huaian FY2024, refusals on grounds that releasing would endanger national security or social stability = ?", P + " paraphrase 三安全一稳定"),
        V(e, "sy", "r.withheld.enforcement_files.total", "Shuyang County 2025 - how many requests were knocked back because they asked for law-enforcement case files?", P + " paraphrase enforcement files"),
        V(e, "hz23", "r.withheld.process_info.total", "Hongze District in 2023: any requests rejected because the material was only at the discussion stage? how many", P + " paraphrase process info"),
        V(e, "sy", "r.unable.needs_creation.total", "For Shuyang in 2025, how many requests could not be met because the county would have had to compile brand-new information?", P + " paraphrase needs creation"),
        V(e, "ha", "r.unable.needs_creation.natural_person", "Huai'an 2024, individuals only: requests where they said they'd need to make the info from scratch", P + " needs creation 自然人"),
        V(e, "sy", "r.not_processed.duplicate.total", "Shuyang 2025 - how many times did they refuse to handle a request because the same person had already asked the same thing?", P + " paraphrase duplicate"),
        V(e, "ha", "r.not_processed.petition.commercial", "How many complaint-type requests from companies did Huai'an not process in 2024?", P + " petition commercial"),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang County in 2025: requests closed because the applicant never paid the processing fee in time?", P + " paraphrase overdue fee"),
        V(e, "ha", "r.other.overdue_correction.total", "Huai'an 2024 - how many applications were dropped because people never sent back the corrections they were asked for?", P + " paraphrase overdue correction"),
        V(e, "sy", "r.other.other.total", "Shuyang 2025, the catch-all 'other' way of closing a request (not fee, not correction) - count?", P + " other other"),
        V(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals told the info didn't exist in ready form and would have to be produced?", P + " needs creation 自然人"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "2019 Shanghai municipal general office, private persons refused on state-secret grounds - number please", P + " state secret 自然人"),
        V(e, "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office FY2019: businesses refused because what they wanted was an administrative lookup?", P + " admin query commercial"),
        V(e, "ha", "r.granted.legal_services", "How many requests from law firms did Huai'an grant in full in 2024?", P + " granted legal services"),
        V(e, "sy", "r.partially_granted.legal_services", "Shuyang County 2025: law-office applicants who only got part of what they asked for?", P + " partially legal services"),
        V(e, "sy", "r.received.commercial", "New requests filed by businesses to Shuyang County in 2025?", P + " received commercial"),
        V(e, "sy", "r.received.research", "How many new requests did Shuyang get from research institutes in 2025", P + " received research (0)"),
        V(e, "ha", "r.received.public_interest", "Huai'an 2024: new requests from NGOs / public-interest groups (社会公益组织)?", P + " received public interest (0)"),
        V(e, "sy", "a.review.corrected", "Shuyang 2025, info-disclosure appeals to the review body where the county lost (decision overturned)?", P + " paraphrase review corrected"),
        V(e, "ha", "a.review.pending", "huai an 2024 admin reconsideration cases still open at year end", P + " review pending", alt=(HA_APP, 37)),
        V(e, "ha", "a.litigation_direct.upheld", "Huai'an 2024 - when people sued straight away without reconsideration, how many times did the court side with the government?", P + " paraphrase direct upheld"),
        V(e, "ha", "a.litigation_direct.corrected", "Huai'an in 2024, lawsuits filed directly that ended with the government's decision corrected?", P + " direct corrected"),
        V(e, "sy", "a.litigation_after_review.other", "Shuyang 2025: lawsuits after a review where the result was neither upheld nor corrected", P + " after review other"),
        V(e, "ha", "a.litigation_after_review.corrected", "Huai'an 2024: suits brought after reconsideration that the government lost?", P + " after review corrected"),
        V(e, "jx", "a.litigation_direct.total", "Jianxi District 2020: how many lawsuits went straight to court over disclosure?", P + " direct total"),
        V(e, "hz23", "c.licensing.decisions", "Hongze District 2023 number of administrative licensing decisions", P + " licensing"),
        V(e, "ha", "c.coercion.decisions", "Huaian 2024 administrative enforcement measures (行政强制) count", P + " coercion"),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly available overall (对外公开总数量)?", P + " total published"),
        V(e, "hz24", "r.unable.not_held.total", "Hongze District 2024: requests answered with 'we don't hold that information'?", P + " text cell not held"),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests it could not meet since the info would need to be newly produced?", P + " text cell needs creation"),
        V(e, "kw", "c.licensing.decisions", "STCSM 2024 how many administrative licences issued", P + " text cell licensing"),
        V(e, "sh25", "a.review.pending", "Shanghai General Office in 2025, reconsideration cases not yet concluded?", P + " text cell review pending"),
        V(e, "sh25", "r.carried_over.legal_services", "Shanghai municipal general office 2025 - requests carried in from the year before that came from law firms", P + " text cell"),
        V(e, "hz23", "r.unable.not_held.total", "my uncle asked Hongze district for some land papers in 2023 and they said they dont have them. how many such 'not held' replies did Hongze give that year?", P + " story not held"),
        V(e, "ha", "r.received.total", "Total new info requests received by Huai'an city government in 2024?", P + " received", alt=(HA_REQ, 3119)),
        V(e, "sy", "r.total_processed.total", "Shuyang 2025 how many requests were actually dealt with (办理结果总计)?", P + " total processed", alt=(SY_REQ, 718)),
        V(e, "jx", "r.received.total", "Jianxi District gov office 2020 - number of disclosure applications received", P + " received", alt=(JX_REQ, 17)),
        V(e, "sh19", "r.total_processed.commercial", "2019, Shanghai General Office: requests from companies that were processed in total", P + " total processed commercial"),
        V(e, "ha", "r.total_processed.legal_services", "Huai'an 2024 processed total for law-firm applicants?", P + " total processed legal services"),
        V(e, "sy", "r.carried_forward.natural_person", "Shuyang 2025 - individual requests pushed over into 2026 still unfinished", P + " carried forward 自然人"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安2024年 因为保密和因为怕影响安全稳定 这两种不公开加起来几件", CB + " sum 2"),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年没有这个信息+需要另外做的 合计多少", CB + " sum 2"),
        S(z, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年复议、直接起诉、复议后起诉三块里 维持的加一起是多少", CB + " sum 3"),
        S(z, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "上海市府办2019年个人申请里 信访类和重复申请不予处理的一共几件", CB + " sum 2"),
        S(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳2025年 不予公开里面 安全稳定、第三方、内部事务、过程性、执法案卷这五项加总", CB + " sum 5"),
        S(z, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "淮安2024年 因为申请人自己逾期（不补正或不交费）结束的合计", CB + " sum 2"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年 许可、处罚、强制三类决定加起来多少", CB + " sum 3"),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年 公开了的加上不掌握的 一共几件", CB + " sum 2"),
        S(e, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: add up new requests from companies, law firms and other organisations", CB + " sum 3"),
        S(e, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 - reconsiderations plus both kinds of lawsuits, combined count?", CB + " sum 3"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: total of all eight refusal reasons under 不予公开", CB + " sum 8"),
        S(e, "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office 2019: individuals' new requests plus those carried over from 2018", CB + " sum 2"),
        S(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 - full disclosures plus partial ones, together", CB + " sum 2"),
        S(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023: 'don't have it' plus 'would have to create it' answers combined", CB + " sum 2"),
        S(e, "ha", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Huai'an 2024 normative documents: newly issued plus scrapped, total", CB + " sum 2"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 all appeals (review + the two lawsuit types) summed", CB + " sum 3"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少", CB + " diff"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽2023到2024年 行政处罚决定数变化了多少（24减23）", CB + " diff"),
        D(z, "sh19", "sh25", "r.received.total", "上海市府办2025年新收申请比2019年多多少", CB + " diff", alt=(SH25_REQ, 1295)),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅 结转到下一年的申请 2025年和2019年差多少", CB + " diff"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“不掌握”这一项 2024年较2023年增加几件", CB + " diff"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercive measures: change from 2023 to 2024?", CB + " diff"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office reconsideration cases, 2025 vs 2019 - by how much did they grow", CB + " diff"),
        D(e, "sh19", "sh25", "r.received.natural_person", "How much did individuals' new requests to the Shanghai General Office rise between 2019 and 2025?", CB + " diff"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze fee income (行政事业性收费) 2024 minus 2023, in 10k yuan", CB + " diff", unit="万元"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits: 2019 to 2025 difference", CB + " diff"),
    ]


def rank():
    z, e = "zh", "en"
    G3 = ["ha", "sy", "sh19"]
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023 这三家谁新收申请最多"),
        R(z, ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "asc", "比一下淮安2024年、沭阳2025年和上海市府办2019年，个人申请被说\"不掌握\"的哪家最少"),
        R(z, ["ha", "sy", "jx"], "a.review.total", "desc", "淮安2024、沭阳2025、涧西2020 信息公开复议案件哪个最多"),
        R(z, ["hz23", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "洪泽2023 沭阳2025 上海市府办2019 涧西2020 结转下年最少的是哪个"),
        R(z, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "行政强制决定：淮安市2024年、沭阳县2025年、洪泽区2023年，哪家最少？"),
        R(z, ["ha", "sy", "sh19"], "r.not_processed.duplicate.natural_person", "desc", "重复申请不予处理（个人）淮安2024/沭阳2025/上海市府办2019 谁最多"),
        R(z, G3, "a.litigation_direct.upheld", "desc", "直接起诉后法院维持的：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年谁最多"),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Which issued the most administrative penalties: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Of Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Jianxi (2020), who got the fewest new requests?"),
        R(e, ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc", "Rank Huai'an 2024, Shuyang 2025, Hongze 2023 by 'would need to create the info' refusals - top one?"),
        R(e, ["ha", "sy", "sh19"], "a.review.pending", "asc", "Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019: fewest unresolved reconsiderations?"),
        R(e, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Most normative documents still in effect: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        R(e, ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Companies filing new requests - Huai'an 2024, Shuyang 2025, Shanghai General Office 2019: which had the most?"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年 行政处罚决定多少", E("hz23", "c.punishment.decisions")),
              ("那2024年呢", E("hz24", "c.punishment.decisions"))], FU + " year switch"),
        F(z, [("淮安2024年 复议结果被维持的几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
              ("被纠正的呢", E("ha", "a.review.corrected", alt=(HA_APP, 64))),
              ("还有个其他结果是几件", E("ha", "a.review.other", alt=(HA_APP, 178)))], FU + " appeals column switch"),
        F(z, [("沭阳2025年 因为要另外制作信息没给的 几件", E("sy", "r.unable.needs_creation.total")),
              ("淮安市2024年同一项呢", E("ha", "r.unable.needs_creation.total"))], FU + " body switch"),
        F(z, [("上海市府办2019年收到的申请里个人的有多少", E("sh19", "r.received.natural_person")),
              ("企业的呢", E("sh19", "r.received.commercial")),
              ("律所这种法律服务机构的呢", E("sh19", "r.received.legal_services"))], FU + " applicant column switch"),
        F(z, [("沭阳县2025年 复议后不服再起诉的一共几件", E("sy", "a.litigation_after_review.total")),
              ("其中法院还没判完的呢", E("sy", "a.litigation_after_review.pending"))], FU + " column"),
        F(z, [("淮安2024 说是内部管理的事所以不公开的几件", E("ha", "r.withheld.internal_affairs.total")),
              ("那过程中的讨论稿那种呢", E("ha", "r.withheld.process_info.total"))], FU + " row switch"),
        F(z, [("洪泽区2024年 行政强制多少", E("hz24", "c.coercion.decisions")),
              ("23年的呢", E("hz23", "c.coercion.decisions"))], FU + " year switch back"),
        F(z, [("涧西区2020年复议后又起诉的几件", E("jx", "a.litigation_after_review.total")),
              ("直接去法院的呢", E("jx", "a.litigation_direct.total"))], FU + " appeals group"),
        F(z, [("我帮客户查：淮安市2024年 信访投诉类申请不予处理的 总数？", E("ha", "r.not_processed.petition.total")),
              ("其中个人交的几件", E("ha", "r.not_processed.petition.natural_person")),
              ("公司交的呢", E("ha", "r.not_processed.petition.commercial"))], FU + " column switch"),
        F(z, [("沭阳县2025年申请人不按时交费被终止的有几件", E("sy", "r.other.overdue_fee.total")),
              ("不按时补正的呢", E("sy", "r.other.overdue_correction.total"))], FU + " row switch"),
        F(z, [("上海市科委2024年新收的申请多少", E("kw", "r.received.total", alt=(KW_REQ, 34))),
              ("其中企业交的呢", E("kw", "r.received.commercial"))], FU + " text cells"),
        F(z, [("上海市政府办公厅2025年 结转到下一年的申请有几件", E("sh25", "r.carried_forward.total")),
              ("那2019年呢", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72)))], FU + " year switch"),
        F(z, [("沭阳25年 现行有效的规范性文件几件", E("sy", "c.normative_docs.in_force")),
              ("那一年新制发的呢", E("sy", "c.normative_docs.issued")),
              ("废掉的呢", E("sy", "c.normative_docs.repealed"))], FU + " column switch"),
        F(z, [("洪泽2023年复议维持的几件", E("hz23", "a.review.upheld")),
              ("纠错的呢", E("hz23", "a.review.corrected"))], FU + " column switch"),
        F(z, [("淮安2024年 法律法规禁止公开所以拒了的 几个", E("ha", "r.withheld.prohibited_by_law.total")),
              ("这里面企业申请的有几个", E("ha", "r.withheld.prohibited_by_law.commercial"))], FU + " column"),
        F(z, [("上海市府办2019年 因为内容不明确没法提供的 个人几件", E("sh19", "r.unable.unclear.natural_person")),
              ("没有现成要另外制作的 公司那一栏呢", E("sh19", "r.unable.needs_creation.commercial"))], FU + " row+column"),
        F(z, [("沭阳县2025年，律所申请人新交了几件", E("sy", "r.received.legal_services")),
              ("其中全部公开的呢", E("sy", "r.granted.legal_services"))], FU + " row switch"),
        F(z, [("上海科委2024年 行政许可几件", E("kw", "c.licensing.decisions")),
              ("洪泽区2024年呢", E("hz24", "c.licensing.decisions"))], FU + " body switch"),
        F(z, [("淮安2024年要求确认或重新出具已获信息 不予处理的几件", E("ha", "r.not_processed.reconfirm.total")),
              ("沭阳2025年同一栏呢", E("sy", "r.not_processed.reconfirm.total"))], FU + " body switch, 0"),
        F(z, [("淮安市2024年直接起诉后法院还没审完的几件", E("ha", "a.litigation_direct.pending")),
              ("复议那边没审完的呢", E("ha", "a.review.pending", alt=(HA_APP, 37)))], FU + " appeals group"),
        F(e, [("Hongze District 2024 - what does the request table give for newly received applications (本年新收)?", E("hz24", "r.received.total")),
              ("and in the 2023 table?", E("hz23", "r.received.total", alt=(HZ23_REQ, 21)))], FU + " year switch"),
        F(e, [("Shuyang 2025: how many requests were refused because they touched on third parties' rights?", E("sy", "r.withheld.third_party.total")),
              ("what about ones held back as internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
              ("and the ones that were just lookup queries?", E("sy", "r.withheld.admin_query.total"))], FU + " row switch"),
        F(e, [("Huai'an 2024 lawsuits filed after reconsideration, total?", E("ha", "a.litigation_after_review.total")),
              ("how many of those did the government win?", E("ha", "a.litigation_after_review.upheld")),
              ("and the 'other result' column?", E("ha", "a.litigation_after_review.other"))], FU + " column switch"),
        F(e, [("Shanghai General Office 2025, reconsideration cases total", E("sh25", "a.review.total")),
              ("and for 2019?", E("sh19", "a.review.total", alt=(SH19_APP, 7)))], FU + " year switch"),
        F(e, [("Jianxi District 2020 requests where the office said it doesn't have the info", E("jx", "r.unable.not_held.total")),
              ("same thing for Hongze District in 2023?", E("hz23", "r.unable.not_held.total"))], FU + " body switch"),
        F(e, [("Huai'an 2024: how many requests were granted in full?", E("ha", "r.granted.total")),
              ("only partly?", E("ha", "r.partially_granted.total"))], FU + " row switch"),
        F(e, [("STCSM 2024 - requests carried over from 2023", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
              ("and the Shanghai General Office, going by its 2025 report?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], FU + " body switch"),
        F(e, [("Shuyang County 2025 reconsideration decisions upheld", E("sy", "a.review.upheld")),
              ("corrected?", E("sy", "a.review.corrected")),
              ("and the total?", E("sy", "a.review.total"))], FU + " column switch"),
        F(e, [("Shanghai General Office 2019: procurement amount (10k yuan)?", E("sh19", "c.procurement.amount", unit="万元")),
              ("Jianxi 2020 same figure?", E("jx", "c.procurement.amount", unit="万元"))], FU + " body switch"),
        F(e, [("Huai'an 2024 rules/regulations (规章) still in force?", E("ha", "c.regulations.in_force")),
              ("and normative documents in force?", E("ha", "c.normative_docs.in_force"))], FU + " row switch"),
        F(e, [("Hongze 2023 - requests where only part of the info was released", E("hz23", "r.partially_granted.total")),
              ("Shuyang County 2025?", E("sy", "r.partially_granted.total"))], FU + " body switch"),
        F(e, [("Shanghai General Office 2025 lawsuits filed directly, total", E("sh25", "a.litigation_direct.total")),
              ("how many still undecided", E("sh25", "a.litigation_direct.pending"))], FU + " text cells column switch"),
        F(e, [("Huai'an 2024, individuals' requests turned away as duplicates?", E("ha", "r.not_processed.duplicate.natural_person")),
              ("Shuyang 2025 same?", E("sy", "r.not_processed.duplicate.natural_person")),
              ("and companies at Shuyang?", E("sy", "r.not_processed.duplicate.commercial"))], FU + " body+column"),
        F(e, [("Shuyang 2025: requests refused because releasing them could threaten security/stability", E("sy", "r.withheld.security_stability.total")),
              ("Huai'an 2024?", E("ha", "r.withheld.security_stability.total"))], FU + " body switch"),
        F(e, [("hongze 2024 fee income 10k yuan", E("hz24", "c.fees.amount", unit="万元")),
              ("2023?", E("hz23", "c.fees.amount", unit="万元"))], FU + " year switch"),
        F(e, [("Huai'an 2024 requests from law firms that got processed in total", E("ha", "r.total_processed.legal_services")),
              ("what about those the office said it did not hold?", E("ha", "r.unable.not_held.legal_services"))], FU + " row switch"),
        F(e, [("Jianxi 2020 reconsiderations upheld?", E("jx", "a.review.upheld")),
              ("Shuyang 2025?", E("sy", "a.review.upheld"))], FU + " body switch"),
        F(e, [("Shanghai General Office 2019 requests by individuals carried over into 2020", E("sh19", "r.carried_forward.natural_person")),
              ("Huai'an 2024 same column?", E("ha", "r.carried_forward.natural_person"))], FU + " body switch"),
        F(e, [("Huai'an 2024 applications closed for the 'other' reason, individuals only", E("ha", "r.other.other.natural_person")),
              ("companies?", E("ha", "r.other.other.commercial"))], FU + " column switch"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "公报》6", 6, "期", "淮安市2024年《淮安市人民政府公报》出了几期", TX + " gazette"),
        N(z, "ha", "新闻发布会 12", 12, "场", "淮安2024年开了多少场新闻发布会", TX + " press conferences"),
        N(z, "ha", "政务新媒体共计", 95, "个", "淮安市2024年年报里 在运维的政务新媒体账号几个", TX + " new media"),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安2024年一共收了多少信息处理费 单位元", TX + " fees yuan"),
        N(z, "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", TX + " portal items"),
        N(z, "hz24", "常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX + " executive meetings"),
        N(z, "sy", "意见征集9", 9, "期", "沭阳县2025年门户网站搞了几期意见征集", TX + " consultations"),
        N(z, "sy", "爆款内容52", 52, "条", "沭阳2025年那些刷屏的爆款一共多少条", TX + " viral"),
        N(z, "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一共发了几次催办提醒", TX + " reminders"),
        N(z, "sy", "过期信息697", 697, "条", "沭阳2025年清理掉的过期信息多少条", TX + " cleanup"),
        N(z, "sy", "64家", 64, "家", "沭阳县2025年集中公开年报的单位有多少家", TX + " units"),
        N(z, "sy", "相关案件 74", 74, "件", "沭阳2025年全县办理的复议诉讼相关案件一共几件（按正文说的）", TX + " cases per narrative"),
        N(z, "kw", "直播 118", 118, "场", "上海科委2024年视频号直播了多少场", TX + " live streams"),
        N(z, "kw", "惠企政策 83", 83, "条", "市科委2024年日常报送惠企政策多少条", TX + " policies"),
        N(z, "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了几场新闻发布会", TX + " press"),
        N(z, "sh25", "主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件", TX + " withdrawn"),
        N(z, "sh25", "16 个区", 16, "个", "2025年上海有几个区上线了数字公报", TX + " districts"),
        N(z, "sh19", "权威发布共计38", 38, "次", "上海市府办2019年对常务会议议题做了几次权威发布", TX + " briefings"),
        N(z, "sh19", "政策解读共132", 132, "件", "2019年中国上海门户网站发了多少件政策解读", TX + " interpretations"),
        N(z, "jx", "26个试点", 26, "个", "涧西区2020年 基层政务公开试点领域几个", TX + " pilot areas"),
        N(e, "ha", "栏目全覆盖检查", 4, "次", "How many times in 2024 did Huai'an sweep through every disclosure section of its sites to inspect them?", TX + " paraphrase checks"),
        N(e, "ha", "政策解读21", 21, "个", "Huai'an 2024: how many explainer pieces on policies did the city put together?", TX + " paraphrase interpretations"),
        N(e, "hz24", "2428", 2428, "条", "Hongze District 2024 - how many items did it push out on its website on its own initiative?", TX + " paraphrase portal"),
        N(e, "hz24", "解读信息发布 7", 7, "条", "Hongze 2024: number of pieces explaining policies it put online?", TX + " paraphrase interpretation"),
        N(e, "sy", "4511", 4511, "条", "How many government items did Shuyang County post to its main web portal in 2025?", TX + " paraphrase portal"),
        N(e, "sy", "3044", 3044, "条", "Shuyang 2025: county departments posted how many items on their disclosure pages?", TX + " paraphrase dept items"),
        N(e, "sy", "专栏33", 33, "个", "Shuyang's social media in 2025 ran how many themed series/columns?", TX + " paraphrase columns"),
        N(e, "sy", "1113", 1113, "个", "Number of original short clips Shuyang's new-media accounts put out in 2025?", TX + " paraphrase videos"),
        N(e, "sy", "主动沟通 49", 49, "次", "Shuyang 2025 - how often did staff reach out to applicants to talk things through before handling their requests?", TX + " paraphrase communication"),
        N(e, "sy", "380元", 380, "元", "In 2025 how much money in yuan did Shuyang County agencies charge applicants for processing?", TX + " paraphrase fee"),
        N(e, "kw", "1640", 1640, "篇", "STCSM 2024: how many posts went out on its WeChat channel?", TX + " paraphrase articles"),
        N(e, "kw", "高频事项", 5, "个", "Shanghai science commission 2024: for how many of its most-used services are the policy texts linked straight to the application?", TX + " paraphrase high-frequency"),
        N(e, "kw", "393 件", 393, "件", "How many government information items did STCSM put up on its own website during 2024?", TX + " paraphrase website"),
        N(e, "sh25", "公报》24", 24, "期", "Shanghai's official municipal bulletin, 2025: how many issues were compiled?", TX + " paraphrase gazette"),
        N(e, "sh25", "10 个语种", 10, "个", "In 2025 the international services portal of Shanghai worked in how many languages?", TX + " paraphrase languages"),
        N(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025 - how many documents went through a pre-release vetting?", TX + " paraphrase review"),
        N(e, "sh19", "70家政府网站", 70, "家", "Shanghai 2019: how many live government websites did officials inspect each quarter?", TX + " paraphrase websites"),
        N(e, "sh19", "53个部门", 53, "个", "How many departments were hooked up to the one-stop online service's common intake system in Shanghai in 2019?", TX + " paraphrase departments"),
        N(e, "sh19", "公报24期", 24, "期", "Shanghai General Office 2019: how many issues of the municipal bulletin came out?", TX + " paraphrase gazette"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年的信息公开申请里 男的女的各多少", "no sex breakdown", CN + " sex"),
        U(z, "沭阳县2025年申请人里60岁以上的老人有几个", "no age breakdown", CN + " age"),
        U(z, "淮安2024年 3月份收到多少申请", "no month breakdown", CN + " month"),
        U(z, "沭阳2025年第四季度受理了几件信息公开申请", "no quarter breakdown", CN + " quarter"),
        U(z, "洪泽区2023年申请 网上交的和当面交的各几件", "no channel breakdown", CN + " channel"),
        U(z, "淮安2024年 清江浦区那边的申请有多少", "no district breakdown", CN + " district"),
        U(z, "沭阳县2025年申请公开的信息里 拆迁征地的占多少", "no topic breakdown", CN + " topic"),
        U(z, "上海市府办2025年处理一件申请平均要几天", "no response time", CN + " response time"),
        U(z, "涧西区2020年负责信息公开的工作人员有几个人", "no staff figure", CN + " staff"),
        U(z, "南京市2024年政府信息公开申请有多少", "body not in corpus", CN + " body"),
        U(z, "洪泽区2022年行政处罚多少件", "year not in corpus", CN + " year"),
        U(z, "上海科委2023年的新收申请数", "year not in corpus", CN + " year"),
        U(z, "你估计淮安2026年的申请会有多少件", "forecast", CN + " forecast"),
        U(z, "你觉得沭阳县政府2025年信息公开做得好不好", "opinion", CN + " opinion"),
        U(z, "我2025年3月给沭阳县政府交过一个申请 问宅基地的 现在办到哪一步了", "one person's case", CN + " own case"),
        U(z, "淮安2024年申请信息公开的人里 有没有叫王建国的 电话多少", "personal data", CN + " personal data"),
        U(z, "宿迁市2025年信息公开年报里 复议多少件", "body not in corpus", CN + " body"),
        U(z, "上海市府办2025年不予公开的申请 具体是哪些部门的", "no department breakdown", CN + " department"),
        U(z, "淮安市2024年为什么不掌握的申请这么多，原因是啥", "reason not stated", CN + " reason"),
        U(z, "沭阳2025年 申请人住在城里和农村的各占多少", "no residence breakdown", CN + " residence"),
        U(e, "Huai'an 2024: how many requests came from women?", "no sex breakdown", CN + " sex"),
        U(e, "Shuyang 2025 - what's the average age of applicants?", "no age breakdown", CN + " age"),
        U(e, "How many requests did Hongze District receive in June 2023?", "no month breakdown", CN + " month"),
        U(e, "Shanghai General Office 2019: requests submitted by email vs by post?", "no channel breakdown", CN + " channel"),
        U(e, "Which industries did the companies that applied to Huai'an in 2024 come from?", "no industry breakdown", CN + " industry"),
        U(e, "How much did Shuyang County spend on staff for disclosure work in 2025?", "no cost figure", CN + " cost"),
        U(e, "Pudong New Area 2024 information disclosure requests received?", "body not in corpus", CN + " body"),
        U(e, "Jianxi District 2021 report - new requests?", "year not in corpus", CN + " year"),
        U(e, "Shanghai General Office 2022, how many reconsiderations?", "year not in corpus", CN + " year"),
        U(e, "Shuyang County 2024 disclosure requests?", "year not in corpus", CN + " year"),
        U(e, "Predict how many lawsuits Huai'an will face in 2025 over disclosure.", "forecast", CN + " forecast"),
        U(e, "Was the Shanghai science commission's 2024 disclosure work good enough in your view?", "opinion", CN + " opinion"),
        U(e, "I filed a request with Huai'an in May 2024 about my late father's pension file. Was mine one of the ones refused?", "one person's case", CN + " own case"),
        U(e, "Give me the names and ID numbers of the people who sued Shuyang County in 2025.", "personal data", CN + " personal data"),
        U(e, "Huai'an 2024: how many requests were about housing or land topics?", "no topic breakdown", CN + " topic"),
        U(e, "How many days on average did STCSM take to answer a request in 2024?", "no response time", CN + " response time"),
        U(e, "Hongze District 2024: which township did most requests come from?", "no township breakdown", CN + " township"),
        U(e, "Shanghai General Office 2025: what subjects were the requests mostly about, with a count per subject?", "reason/figures not stated", CN + " reason"),
        U(e, "Nanjing city 2023 number of administrative reconsiderations on disclosure?", "body not in corpus", CN + " body"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安2024年 年底没办完、要挪到下一年接着办的 几件（不是从前一年转来的那个）", NB + " 结转下年 vs 上年结转", alt=(HA_REQ, 103)),
        T(z, "sy", "a.litigation_direct.total", "沭阳县2025年 没经过复议 直接去法院起诉的 几件", NB + " 直接起诉 vs 复议后起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安2024年规范性文件 被废止的（不是新发的也不是有效的）多少", NB + " 废止 vs 制发"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳2025年 不是说没有信息 而是要重新加工制作才有的 那种几件", NB + " 另行制作 vs 不掌握"),
        T(z, "ha", "r.withheld.process_info.total", "淮安2024年 讨论中的过程性信息不公开的 （别给我内部事务那个数）", NB + " 过程性 vs 内部事务"),
        T(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的金额是多少万元 不是项目个数", NB + " 金额 vs 项目数", unit="万元"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市政府办公厅2019年规范性文件 截至年底对外公开的总数（不是当年新制作的）", NB + " 对外公开总数 vs 新制作"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations that ended in some 'other' outcome - not the corrected ones", NB + " 其他结果 vs 纠正", alt=(HA_APP, 178)),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: requests partly released - I don't mean fully disclosed", NB + " 部分公开 vs 予以公开"),
        T(e, "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service providers - not businesses", NB + " 法律服务机构 vs 商业企业"),
        T(e, "ha", "c.regulations.in_force", "Huai'an 2024: municipal rules currently valid (not the ones newly made)", NB + " 现行有效 vs 制发"),
        T(e, "sy", "a.litigation_after_review.total", "Shuyang County 2025: lawsuits brought only after a reconsideration, not direct suits", NB + " 复议后起诉 vs 直接起诉"),
        T(e, "ha", "r.carried_over.total", "Huai'an 2024, requests inherited from 2023 (not the ones pushed into 2025)", NB + " 上年结转 vs 结转下年", alt=(HA_REQ, 34)),
    ]


def _tag_rank(cs):
    for c in cs:
        c["note"] = RK + " " + c["note"]
    return cs


def CONVERSATIONS():
    return plain() + combine() + _tag_rank(rank()) + followups() + textonly() + cannot() + neighbour()
