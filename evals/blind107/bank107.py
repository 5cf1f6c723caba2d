"""Question bank of the blind107 evaluation set (evals/blind107).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording written from scratch for this set. Numbers are never typed here: helpers107
computes them from gold/*.json, from the printed cells named in SPECS, or from a sentence cut
from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib107 as L  # noqa: E402
from helpers107 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the three reports without gold (the same cells blind6 verified)
SPECS = {
    "hz24": {"active.coercion.decisions": ("row", "行政强制", 0),
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
             "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6)},
    "kw": {"active.licensing.decisions": ("row", "行政许可", 0),
           "active.normative_docs.in_force": ("row", "规范性文件", 2),
           "active.normative_docs.issued": ("row", "规范性文件", 0),
           "active.punishment.decisions": ("row", "行政处罚", 0),
           "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
           "requests.granted.total": ("row", "三、（一）予以公开", 6),
           "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
           "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
           "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
           "requests.total_processed.total": ("row", "（七）总计", 6)},
    "sh25": {"appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
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
             "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6)},
}
L.TEXT_SPECS.update(SPECS)

M = "万元"
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_FWD = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_LIT = ("政府信息公开行政诉讼 46", 46)
SH19_RECV = ("代表市政府共受理政府信息公开申请", 859)
SH19_DONE = ("代表市政府共受理政府信息公开申请", 805)
SH25_RECV = ("市政府共受理政府信息公开申请 1295", 1295)
KW_RECV = ("全年收到政府信息公开申请", 34)
HZ23_RECV = ("全区受理政府信息公开申请", 21)


def plain():
    P = "[plain] "
    z, e = "zh", "en"
    return [
        V(z, "ha", "r.received.total", "淮安市2024年一共收到多少件信息公开申请", P + "新收总计; text agrees", alt=HA_RECV),
        V(z, "ha", "r.unable.not_held.total", "淮安2024 政府说自己手上没有这个信息的 有几件", P + "不掌握"),
        V(z, "ha", "r.withheld.admin_query.total", "我问的东西被当成行政查询事项给挡回来了，淮安市政府2024年这种情况一共多少件？", P + "行政查询事项"),
        V(z, "ha", "r.other.overdue_correction.total", "24年淮安市 申请人逾期不补正、被当作放弃申请的 多少件", P + "逾期不补正"),
        V(z, "ha", "r.granted.legal_services", "律所那边（法律服务机构）向淮安市政府申请、2024年拿到全部公开的有几件", P + "予以公开 法律服务机构"),
        V(z, "ha", "c.licensing.decisions", "二〇二四年淮安全市行政许可处理决定是多少", P + "许可"),
        V(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额多少万元", P + "收费金额", unit=M),
        V(z, "ha", "a.review.pending", "淮安市政府2024年信息公开行政复议还没审结的有多少", P + "复议 尚未审结", alt=("尚未审结 37", 37)),
        V(z, "ha", "c.normative_docs.repealed", "老师让查表二：淮安市2024年行政规范性文件“本年废止件数”是多少", P + "规范性文件 废止"),
        V(z, "ha", "r.not_processed.duplicate.total", "淮安 2024 重复申请被不予处理的 几件啊", P + "重复申请"),
        V(z, "ha", "r.withheld.third_party.total", "淮安市2024年因为可能损害第三方合法权益不公开的申请数", P + "第三方"),
        V(z, "ha", "a.litigation_direct.corrected", "记者核对：淮安市人民政府2024年未经复议直接起诉的信息公开诉讼里，结果被纠正的几件？", P + "直接起诉 纠正"),
        V(z, "sy", "r.received.total", "我2024年帮我妈给沭阳县政府写过申请，现在想问下2025年沭阳表里“本年新收”的申请一共多少件，不算上一年结转过来的", P + "新收 (text 749 includes carried-over)"),
        V(z, "sy", "r.partially_granted.total", "沭阳县2025年部分公开的申请有多少", P + "部分公开"),
        V(z, "sy", "r.other.other.total", "沭阳25年 其他处理里面那个“其他”子项 是多少", P + "其他处理-其他"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以属于内部事务信息为由不予公开的多少件", P + "内部事务"),
        V(z, "sy", "c.punishment.decisions", "沭阳2025行政处罚决定数量", P + "处罚"),
        V(z, "sy", "c.fees.amount", "2025年沭阳县行政事业性收费是多少万", P + "收费金额", unit=M),
        V(z, "sy", "a.review.corrected", "12345转：市民问沭阳县2025年政府信息公开行政复议被纠错的有几件", P + "复议 纠正"),
        V(z, "sy", "r.carried_forward.total", "沭阳县2025年结转到下一年度继续办的申请多少件", P + "结转下年"),
        V(z, "sy", "r.unable.not_held.total", "沭阳县 2025年 本机关不掌握相关政府信息 是几", P + "不掌握"),
        V(z, "sy", "c.normative_docs.in_force", "沭阳县2025年现行有效的行政规范性文件还有多少件", P + "现行有效"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年 需要另外制作才能给的信息 有几件被答复无法提供", P + "另行制作"),
        V(z, "hz23", "c.punishment.decisions", "洪泽2023年行政处罚做了多少件决定", P + "处罚"),
        V(z, "hz23", "a.review.upheld", "2023年洪泽区政府信息公开行政复议维持了几件", P + "复议 维持 (totals printed 0 avoided)"),
        V(z, "hz23", "r.partially_granted.total", "洪泽区人民政府2023年部分公开件数？", P + "部分公开"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定数量是多少", P + "text cell 许可"),
        V(z, "hz24", "r.unable.not_held.total", "2024年洪泽 答复说本机关不掌握的 一共多少", P + "text cell 不掌握"),
        V(z, "hz24", "a.review.total", "洪泽区2024年信息公开方面的行政复议总共多少件", P + "text cell 复议总计"),
        V(z, "kw", "c.normative_docs.issued", "上海科委2024年本年制发的规范性文件几件", P + "text cell 制发"),
        V(z, "kw", "r.received.natural_person", "市科委2024年个人（自然人）新提出的公开申请多少件", P + "text cell 自然人新收"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年把申请当信访举报投诉处理、不予处理的有多少", P + "text cell 信访"),
        V(z, "sh25", "r.carried_forward.total", "上海市府办2025年转到下一年继续办理的有多少件", P + "text cell 结转下年"),
        V(z, "sh25", "a.review.pending", "2025年上海市人民政府办公厅行政复议尚未审结几件", P + "text cell 复议未审结"),
        V(z, "sh19", "c.normative_docs.made", "上海市政府办公厅2019年本年新制作的规范性文件数量", P + "2019 format 新制作", alt=("行政规范性文件60件", 60)),
        V(z, "sh19", "r.unable.not_held.natural_person", "2019年上海市府办 个人申请里 答复不掌握的 有几件", P + "不掌握 自然人 (总计 printed blank)"),
        V(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购总金额多少万元", P + "采购金额", unit=M),
        V(z, "sh19", "a.litigation_direct.total", "2019年上海市政府办公厅信息公开行政诉讼（直接起诉）总数", P + "直接起诉 总计", alt=("诉讼9件", 9)),
        V(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目数是多少", P + "采购项目数"),
        V(z, "jx", "r.carried_forward.total", "涧西区2020年还有几件申请要结转到下年度办", P + "结转下年", alt=("在办2件", 2)),
        V(z, "jx", "r.granted.total", "涧西 2020 予以公开多少", P + "予以公开"),
        V(z, "ha", "r.partially_granted.commercial", "淮安市2024年商业企业的申请 部分公开的 是几件", P + "部分公开 商业企业"),
        V(e, "ha", "r.granted.total", "How many requests did Huai'an city government fully disclose in 2024?", P + "granted"),
        V(e, "ha", "r.carried_forward.total", "Huaian 2024 - how many applications rolled over into the next year unfinished", P + "carried forward", alt=HA_FWD),
        V(e, "ha", "r.withheld.state_secret.total", "In 2024, how many requests did Huai'an refuse because the info was a state secret (属于国家秘密)?", P + "state secret"),
        V(e, "ha", "r.unable.unclear.total", "huaian 2024 requests where the description was too vague to identify (补正后申请内容仍不明确) count?", P + "unclear"),
        V(e, "ha", "a.review.corrected", "Journalist here. For Huai'an in 2024, in how many administrative reconsideration cases on disclosure was the government's decision corrected?", P + "review corrected"),
        V(e, "ha", "a.litigation_after_review.pending", "Huai'an 2024: lawsuits filed after reconsideration that are still undecided — how many?", P + "after review pending"),
        V(e, "ha", "c.coercion.decisions", "What is the number of administrative coercion decisions Huai'an reported for 2024?", P + "coercion"),
        V(e, "ha", "r.received.legal_services", "Huaian FY2024: new requests from law firms and other legal service providers?", P + "received legal services"),
        V(e, "ha", "c.regulations.in_force", "how many municipal government rules (规章) were still in force in Huai'an in 2024", P + "regulations in force"),
        V(e, "ha", "r.other.overdue_fee.total", "In 2024 Huai'an, how many requests were closed because the applicant did not pay the processing fee in time?", P + "overdue fee"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025, number of applications answered with full disclosure?", P + "granted"),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang 2025 — requests turned away as administrative queries (行政查询事项)?", P + "admin query"),
        V(e, "sy", "c.licensing.decisions", "How many licensing decisions did Shuyang County government report in 2025?", P + "licensing"),
        V(e, "sy", "r.not_processed.petition.total", "Shuyang county gov 2025: requests that were really complaints/petitions and so not processed as disclosure?", P + "petition"),
        V(e, "sy", "a.review.total", "For Shuyang in 2025 how many administrative reconsiderations about information disclosure were there in total?", P + "review total"),
        V(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: total lawsuits brought after a reconsideration decision?", P + "after review total"),
        V(e, "sy", "r.carried_over.total", "Shuyang County in 2025 — applications carried over from the year before?", P + "carried over"),
        V(e, "sy", "c.normative_docs.issued", "sorry my chinese not good. Shuyang 2025, how many normative documents they issued new (本年制发)?", P + "normative issued"),
        V(e, "sy", "r.other.overdue_correction.total", "In 2025, how many Shuyang requests lapsed because applicants never supplied the corrections asked for?", P + "overdue correction"),
        V(e, "hz23", "r.unable.not_held.total", "Hongze District 2023: requests where the office said it doesn't hold the info?", P + "not held"),
        V(e, "hz23", "c.fees.amount", "What did Hongze District collect in administrative fees in 2023 (万元)?", P + "fees amount", unit=M),
        V(e, "hz23", "r.received.total", "How many disclosure applications did Hongze District receive in 2023?", P + "received; text agrees", alt=HZ23_RECV),
        V(e, "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions?", P + "licensing"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District, 2024: number of administrative penalty decisions?", P + "text cell punishment"),
        V(e, "hz24", "r.granted.total", "For Hongze District in 2024, how many requests got the info released in full?", P + "text cell granted"),
        V(e, "hz24", "a.litigation_after_review.total", "Hongze 2024: lawsuits after reconsideration, total?", P + "text cell after review"),
        V(e, "kw", "active.licensing.decisions", "STCSM 2024 — administrative licensing decisions count?", P + "text cell licensing"),
        V(e, "kw", "r.total_processed.total", "Shanghai science commission 2024: how many requests did it close out in total (办理结果总计)?", P + "text cell total processed"),
        V(e, "kw", "r.carried_over.total", "How many applications did the Shanghai Science and Technology Commission carry over into 2024?", P + "text cell carried over", alt=("上年结转政府信息公开申请 2", 2)),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 — requests refused because the info would have to be newly compiled?", P + "text cell needs creation"),
        V(e, "sh25", "r.received.commercial", "In 2025 how many new requests came to the Shanghai General Office from businesses (商业企业)?", P + "text cell received commercial"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai municipal government general office, 2025: direct lawsuits (no reconsideration first), total?", P + "text cell direct total"),
        V(e, "sh25", "r.total_processed.total", "Shanghai General Office 2025: how many requests did it finish handling (total processed)?", P + "text cell total processed", alt=("办结 1191", 1191)),
        V(e, "sh19", "r.received.total", "How many information requests did the Shanghai General Office receive in 2019?", P + "received; text agrees", alt=SH19_RECV),
        V(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total number of rules publicly available (对外公开总数量) for 规章?", P + "regulations total published"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai 2019 general office — requests from individuals refused as state secrets?", P + "state secret natural person"),
        V(e, "sh19", "c.procurement.projects", "how many centralised procurement projects did the Shanghai General Office list for 2019", P + "procurement projects"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "In 2019, how many individuals' requests did the Shanghai General Office treat as petitions/complaints?", P + "petition natural person"),
        V(e, "jx", "r.received.total", "Jianxi District 2020: total disclosure requests received?", P + "received; text agrees", alt=("全年共收到依申请公开17件", 17)),
        V(e, "jx", "c.procurement.amount", "Jianxi District government office, 2020 — government procurement amount in 万元?", P + "procurement amount", unit=M),
        V(e, "jx", "a.review.upheld", "Jianxi 2020: reconsideration cases where the decision was upheld?", P + "review upheld"),
        V(e, "jx", "r.unable.not_held.total", "Jianxi District 2020 — requests answered 'we do not hold this information'?", P + "not held"),
        V(e, "ha", "r.received.natural_person", "Huai'an 2024, new applications filed by private individuals (自然人)?", P + "received natural person"),
    ]


def combine():
    P = "[combine] "
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
          "淮安市2024年因为第三方权益、内部事务、过程性信息这三个理由不公开的，加起来多少件", P + "sum of 3 withheld sub-items"),
        S(z, "ha", ["a.review.corrected", "a.review.other"], "淮安2024年行政复议里 纠正的加上其他结果的 一共几件", P + "sum of 2 outcome columns", alt=None),
        S(z, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "淮安市2024年 企业、律所、其他组织三类新收申请合计", P + "sum of 3 applicant columns"),
        S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安市政府2024年政府信息公开行政诉讼一共多少件（直接起诉加复议后起诉）", P + "sum of 2 lawsuit totals; text 46", alt=HA_LIT),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "沭阳县2025年 信访类加重复申请 被不予处理的合计", P + "sum of 2 not_processed"),
        S(z, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "沭阳2025年 复议、直接起诉、复议后起诉三块里面结果维持的 加一起多少", P + "sum of 3 upheld cells"),
        S(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "沭阳县2025年“其他处理”三个子项加总是多少", P + "sum of 3 other sub-items"),
        S(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
          "上海市府办2019年不掌握这一行（总计格空着），把自然人、商业企业、法律服务机构三列加起来是多少", P + "sum of 3 columns, printed-blank total"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
          "洪泽区2023年不予公开的几个子项：国家秘密、过程性信息、行政执法案卷，合计？", P + "sum of 3 withheld sub-items"),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收的加上一年结转过来的，一共要处理多少申请", P + "sum text cells"),
        S(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "淮安2024 无法提供的三种情况 合计几件", P + "sum of 3 unable sub-items"),
        S(e, "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"],
          "Huai'an 2024: how many reconsideration cases were actually concluded (upheld + corrected + other outcome)?", P + "sum of 3 outcome columns"),
        S(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"],
          "For Huaian in 2024, add up the requests not processed as petitions, duplicates and requests to reconfirm published info", P + "sum of 3 not_processed"),
        S(e, "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025 - new applications from companies plus law firms, combined?", P + "sum of 2 applicant columns"),
        S(e, "sy", ["a.review.pending", "a.litigation_after_review.pending"], "Shuyang County, 2025: reconsiderations still pending plus post-reconsideration lawsuits still pending — together?", P + "sum of 2 pending"),
        S(e, "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"],
          "Shanghai General Office 2019: the 予以公开 total cell is blank; sum the individual, business, legal-service and other-organisation columns", P + "sum of 4 columns, printed-blank total"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Jianxi District 2020: reconsiderations + direct lawsuits + lawsuits after reconsideration, all together?", P + "sum of 3 appeals totals"),
        S(e, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025: 'not held' plus 'would need to be created' refusals, combined", P + "sum text cells"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024 — total appeals of all three kinds (reconsideration, direct suit, suit after reconsideration)?", P + "sum text cells"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"],
          "Huai'an 2024: refusals on the first three grounds (state secret, banned by law, 'three safeties one stability') summed?", P + "sum of 3 withheld sub-items"),
        # differences
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可处理决定，2024年比2023年多了多少", P + "difference hz 2023->2024"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区答复“本机关不掌握”的申请，2023年到2024年变化了多少件", P + "difference hz"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定 2024对比2023 差多少", P + "difference hz"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年增加了多少件", P + "difference sh 2019->2025", alt=SH25_RECV),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年办理的申请，2019年和2025年相比差多少", P + "difference sh"),
        D(z, "sh19", "sh25", "a.review.total", "学生作业：上海市府办信息公开行政复议从2019年到2025年增加了几件", P + "difference sh"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定2024年相比2023年的变化量", P + "difference hz"),
        D(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze District's administrative fee revenue change from 2023 to 2024 (万元)?", P + "difference hz money", unit=M),
        D(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: change in new requests from individuals between 2019 and 2025?", P + "difference sh"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "How did the number of direct disclosure lawsuits against the Shanghai General Office change from 2019 to 2025?", P + "difference sh"),
        D(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative documents in force, 2024 minus 2023?", P + "difference hz"),
        D(e, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office — carried-over applications in 2025 vs 2019, what's the difference?", P + "difference sh", alt=("含上年结转 189", 189)),
        D(e, "sh19", "sh25", "r.total_processed.total", "Shanghai General Office: total requests handled, 2025 compared with 2019 — how many more?", P + "difference sh"),
        D(e, "hz23", "hz24", "r.granted.total", "Hongze District full disclosures: how many more in 2024 than in 2023?", P + "difference hz"),
    ]


GB = ["ha", "sy", "sh19", "hz23", "jx"]


def rank():
    P = "[rank] "
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "sh19"], "a.review.upheld", "desc", "淮安市2024、沭阳县2025、上海市府办2019三家，行政复议结果维持的谁最多"),
        R(z, ["ha", "sy", "hz23"], "a.review.corrected", "asc", "比较淮安市（2024年）、沭阳县（2025年）、洪泽区（2023年）复议被纠正的件数，哪家最少"),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "自然人申请被答复不掌握：淮安2024、沭阳2025、上海市府办2019、洪泽2023，排第一的是谁"),
        R(z, ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳县2025年、洪泽区2023年、涧西区2020年三个，本年新收申请最少的是哪个"),
        R(z, ["ha", "sy", "sh19"], "a.litigation_direct.upheld", "desc", "直接起诉的行政诉讼里判维持的：淮安2024年、沭阳2025年、上海市政府办公厅2019年，哪个最多"),
        R(z, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "淮安2024 沭阳2025 洪泽2023 行政处罚决定数 排个名 谁最高"),
        R(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转下年度继续办理：淮安市2024年、沭阳县2025年、上海市府办2019年，哪家最少"),
        R(z, ["ha", "sy", "hz23"], "r.withheld.process_info.total", "desc", "以过程性信息为由不公开的：淮安2024、沭阳2025、洪泽2023，谁最多"),
        R(z, ["ha", "sy"], ["a.review.corrected", "a.review.other"], "desc", "淮安市2024年和沭阳县2025年，复议里纠正加其他结果合起来，哪家更多"),
        R(z, ["sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "asc", "个人申请里需要另行制作的：沭阳2025、上海市府办2019、洪泽2023，最少的是哪个"),
        R(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.upheld", "asc", "Rank Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Jianxi (2020) by direct lawsuits upheld — which is lowest?"),
        R(e, ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        R(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Among Huaian 2024, Shuyang 2025 and the Shanghai General Office 2019, whose individual applicants had the most requests treated as petitions?"),
        R(e, ["ha", "sy", "hz23"], "a.review.pending", "desc", "Reconsiderations still pending at year end — Huai'an 2024 vs Shuyang 2025 vs Hongze 2023: who is top?"),
        R(e, ["sy", "hz23", "jx"], "r.carried_forward.total", "desc", "Rank Shuyang (2025), Hongze (2023), Jianxi (2020) by requests carried forward to the next year, highest first — who's first?"),
        R(e, ["ha", "sy", "sh19"], "r.received.commercial", "asc", "New requests from businesses: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — which got the fewest?"),
        R(e, ["ha", "sy"], ["r.withheld.admin_query.total", "r.withheld.internal_affairs.total"], "desc", "Huai'an 2024 or Shuyang 2025: whose refusals as internal affairs plus administrative queries are higher?"),
        R(e, ["ha", "sy", "hz23"], "c.normative_docs.repealed", "asc", "Normative documents repealed: Huai'an 2024, Shuyang 2025, Hongze 2023 — which repealed the fewest?"),
        R(e, ["ha", "sy", "sh19"], "r.partially_granted.natural_person", "desc", "Partial disclosures to individuals: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — who is at the top?"),
    ]


def _tag(convs, tag):
    for c in convs:
        c["note"] = tag + " " + c["note"]
    return convs


def followups():
    P = "[followup] "
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年予以公开多少件", E("ha", "r.granted.total")),
              ("部分公开呢", E("ha", "r.partially_granted.total"))], P + "row switch"),
        F(z, [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
              ("2024年呢", E("hz24", "c.licensing.decisions"))], P + "year switch"),
        F(z, [("沭阳县2025年复议维持几件", E("sy", "a.review.upheld")),
              ("那淮安市2024年同一项呢", E("ha", "a.review.upheld", alt=("结果维持 72", 72)))], P + "body switch"),
        F(z, [("上海市府办2019年结转下年度的申请多少", E("sh19", "r.carried_forward.total", alt=("顺延到", 72))),
              ("换成2025年", E("sh25", "r.carried_forward.total"))], P + "year switch"),
        F(z, [("淮安2024年行政复议总数", E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
              ("直接起诉的行政诉讼总数呢", E("ha", "a.litigation_direct.total")),
              ("复议后起诉的呢", E("ha", "a.litigation_after_review.total"))], P + "appeals group switch"),
        F(z, [("沭阳县2025年本年新收申请里自然人多少（表里那行）", E("sy", "r.received.natural_person")),
              ("法律服务机构呢", E("sy", "r.received.legal_services"))], P + "column switch"),
        F(z, [("涧西区2020年办理结果总计多少件", E("jx", "r.total_processed.total")),
              ("其中予以公开几件", E("jx", "r.granted.total"))], P + "row switch"),
        F(z, [("上海科委2024年行政许可多少", E("kw", "c.licensing.decisions")),
              ("行政处罚呢", E("kw", "c.punishment.decisions"))], P + "row switch text cells"),
        F(z, [("沭阳2025年行政强制决定数", E("sy", "c.coercion.decisions")),
              ("淮安2024年的呢", E("ha", "c.coercion.decisions"))], P + "body switch"),
        F(z, [("洪泽区2023年因不掌握无法提供的多少件", E("hz23", "r.unable.not_held.total")),
              ("24年呢", E("hz24", "r.unable.not_held.total"))], P + "year switch"),
        F(z, [("淮安市2024年重复申请不予处理几件", E("ha", "r.not_processed.duplicate.total")),
              ("沭阳县2025年的这一项", E("sy", "r.not_processed.duplicate.total"))], P + "body switch"),
        F(z, [("上海市政府办公厅2025年不掌握的有多少", E("sh25", "r.unable.not_held.total")),
              ("另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
              ("重复申请呢", E("sh25", "r.not_processed.duplicate.total"))], P + "row switch text cells"),
        F(z, [("淮安市2024年现行有效的规范性文件多少件", E("ha", "c.normative_docs.in_force")),
              ("那本年制发的呢", E("ha", "c.normative_docs.issued"))], P + "column switch"),
        F(z, [("沭阳县2025年行政诉讼直接起诉的维持几件", E("sy", "a.litigation_direct.upheld")),
              ("复议后起诉的维持呢", E("sy", "a.litigation_after_review.upheld"))], P + "group switch"),
        F(z, [("上海市府办2019年行政复议总数", E("sh19", "a.review.total", alt=("行政复议7件", 7))),
              ("2025年呢", E("sh25", "a.review.total"))], P + "year switch"),
        F(z, [("淮安市2024年 商业企业新收申请多少", E("ha", "r.received.commercial")),
              ("沭阳2025年商业企业的呢", E("sy", "r.received.commercial"))], P + "body switch"),
        F(z, [("洪泽区2024年本年制发规范性文件几件", E("hz24", "c.normative_docs.issued")),
              ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], P + "column switch text cells"),
        F(z, [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
              ("直接起诉的诉讼呢", E("jx", "a.litigation_direct.total"))], P + "group switch"),
        F(z, [("淮安市2024年因危及三安全一稳定不公开的几件", E("ha", "r.withheld.security_stability.total")),
              ("沭阳2025年呢", E("sy", "r.withheld.security_stability.total"))], P + "body switch"),
        F(z, [("上海市府办2019年 自然人申请予以公开的有多少", E("sh19", "r.granted.natural_person")),
              ("商业企业呢", E("sh19", "r.granted.commercial"))], P + "column switch"),
        F(e, [("Huai'an 2024, how many requests were carried over from the previous year's backlog?", E("ha", "r.carried_over.total", alt=HA_OVER)),
              ("and Shuyang 2025?", E("sy", "r.carried_over.total"))], P + "body switch"),
        F(e, [("Hongze District 2023 — administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
              ("what about 2024", E("hz24", "c.coercion.decisions"))], P + "year switch"),
        F(e, [("Shuyang County 2025: requests refused as internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
              ("and as process information?", E("sy", "r.withheld.process_info.total")),
              ("enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], P + "row switch"),
        F(e, [("Shanghai General Office 2025 — new requests in total?", E("sh25", "r.received.total", alt=SH25_RECV)),
              ("2019?", E("sh19", "r.received.total", alt=SH19_RECV))], P + "year switch"),
        F(e, [("Huai'an 2024 direct lawsuits upheld?", E("ha", "a.litigation_direct.upheld")),
              ("and the ones after reconsideration, upheld?", E("ha", "a.litigation_after_review.upheld"))], P + "group switch"),
        F(e, [("STCSM 2024: requests fully disclosed?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
              ("and how many new requests came in that year?", E("kw", "r.received.total", alt=KW_RECV))], P + "row switch text cells"),
        F(e, [("Jianxi District 2020 — requests received from individuals?", E("jx", "r.received.natural_person")),
              ("and how many individuals' requests were closed?", E("jx", "r.total_processed.natural_person"))], P + "row switch"),
        F(e, [("Shuyang 2025: fees collected, 万元?", E("sy", "c.fees.amount", unit=M)),
              ("Huai'an 2024 same figure?", E("ha", "c.fees.amount", unit=M))], P + "body switch money"),
        F(e, [("Hongze 2024: how many requests were carried forward to the next year?", E("hz24", "r.carried_forward.total")),
              ("and Shanghai General Office in 2025?", E("sh25", "r.carried_forward.total"))], P + "body switch text cells"),
        F(e, [("Huai'an 2024: requests refused as enforcement case files?", E("ha", "r.withheld.enforcement_files.total")),
              ("Shuyang County 2025, same reason?", E("sy", "r.withheld.enforcement_files.total"))], P + "body switch"),
        F(e, [("Shanghai General Office 2019 — regulations newly made (本年新制作)?", E("sh19", "c.regulations.made")),
              ("normative documents, total publicly available?", E("sh19", "c.normative_docs.total_published"))], P + "row/column switch"),
        F(e, [("Shuyang 2025 reconsiderations still pending?", E("sy", "a.review.pending")),
              ("Huai'an 2024?", E("ha", "a.review.pending", alt=("尚未审结 37", 37)))], P + "body switch"),
        F(e, [("Hongze District 2023 — partial disclosures?", E("hz23", "r.partially_granted.total")),
              ("Shuyang County 2025?", E("sy", "r.partially_granted.total")),
              ("Huai'an city 2024?", E("ha", "r.partially_granted.total"))], P + "body switch x2"),
        F(e, [("Shanghai General Office 2025 — reconsideration cases in total?", E("sh25", "a.review.total")),
              ("and lawsuits filed after reconsideration?", E("sh25", "a.litigation_after_review.total"))], P + "group switch text cells"),
        F(e, [("Huai'an 2024: requests closed with 'other' handling (其他) ?", E("ha", "r.other.other.total")),
              ("and for Shuyang in 2025?", E("sy", "r.other.other.total"))], P + "body switch"),
        F(e, [("Jianxi 2020 procurement projects?", E("jx", "c.procurement.projects")),
              ("Shanghai General Office 2019?", E("sh19", "c.procurement.projects"))], P + "body switch"),
        F(e, [("Huai'an 2024 — requests from individuals that were partly disclosed?", E("ha", "r.partially_granted.natural_person")),
              ("fully disclosed to individuals?", E("ha", "r.granted.natural_person"))], P + "row switch"),
        F(e, [("Shuyang 2025: admin penalty decisions?", E("sy", "c.punishment.decisions")),
              ("and Hongze 2024?", E("hz24", "c.punishment.decisions"))], P + "body switch"),
        F(e, [("Hongze 2023 reconsiderations where the decision was corrected?", E("hz23", "a.review.corrected")),
              ("lawsuits after reconsideration upheld, same year?", E("hz23", "a.litigation_after_review.upheld"))], P + "group switch"),
    ]


def narrative():
    P = "[textonly] "
    z, e = "zh", "en"
    return [
        N(z, "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体有多少个", P + "new-media accounts"),
        N(z, "ha", "栏目全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查", P + "checks"),
        N(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）", P + "fee in 元"),
        N(z, "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年门户网站主动公开了多少条信息", P + "portal items"),
        N(z, "sy", "开展意见征集", 9, "期", "沭阳县政府2025年通过门户网站开展意见征集几期", P + "consultations"),
        N(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条信息", P + "department items"),
        N(z, "sy", "年度涌现爆款内容", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款内容", P + "viral posts"),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有几家", P + "units"),
        N(e, "sy", "累计清理过期信息", 697, "条", "Shuyang county 2025 clean-up of outdated info online: how many items were removed?", P + "clean-up"),
        N(z, "sy", "收取信息处理费共计380元", 380, "元", "2025年沭阳县收取的信息处理费一共几块钱", P + "fee 元"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站平台主动公开了多少条政府信息", P + "portal items"),
        N(z, "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布的信息条数", P + "portal items"),
        N(z, "hz24", "区政府办代表区政府受理政府信息公开申请", 17, "件", "按报告正文的说法，洪泽区2024年区政府办代表区政府受理的政府信息公开申请是多少件", P + "text 17 (table 95 differs)"),
        N(z, "kw", "市科委通过部门网站当年发布政府信息", 393, "件", "上海市科委2024年通过部门网站发布政府信息多少件", P + "portal items"),
        N(z, "kw", "主合办人大代表建议", 50, "件", "市科委2024年主合办的人大代表建议是几件", P + "proposals"),
        N(z, "kw", "直播", 118, "场", "上海科委2024年搞了多少场直播", P + "live streams", frm=None),
        N(e, "kw", "日常报送惠企政策", 83, "条", "STCSM 2024 — enterprise-support policies (惠企政策) reported routinely, how many?", P + "policies"),
        N(z, "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会", P + "press conferences"),
        N(z, "sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种（看市府办年报）", P + "languages"),
        N(z, "sh25", "发布审查", 330, "件", "上海市府办2025年公文发布审查做了多少件", P + "reviews"),
        N(z, "sh19", "权威发布共计", 38, "次", "上海市府办2019年对市政府常务会议重要议题权威发布了几次", P + "briefings"),
        N(e, "sh19", "全年共编发公报", 24, "期", "how many issues of the Shanghai Municipal Government Gazette came out in 2019", P + "gazette issues"),
        N(z, "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年推进基层政务公开标准化的试点领域有多少个", P + "pilot areas"),
        N(e, "sy", "专栏33个", 33, "个", "Shuyang 2025: how many special columns did its new-media matrix open?", P + "columns"),
        N(e, "sy", "策采相关新闻稿件", 2606, "篇", "How many news pieces did Shuyang's government new media produce in 2025?", P + "news pieces"),
        N(e, "sy", "对3件主动公开政策性文件进行意见征集", 3, "件", "Shuyang 2025 report: on how many policy documents did they run public comment and publish the results?", P + "consultations"),
        N(e, "kw", "共编发文章 1640", 1640, "篇", "How many articles did the Shanghai Science & Technology WeChat account publish in 2024 (per STCSM's report)?", P + "articles"),
        N(e, "kw", "共制作并发布短视频 584", 584, "条", "STCSM 2024: short videos posted on its 视频号?", P + "videos"),
        N(e, "kw", "全年累计发布信息 2139", 2139, "条", "Shanghai science commission website, 2024 — total items posted?", P + "portal items"),
        N(e, "kw", "主合办政协提案 85", 85, "件", "In 2024, how many CPPCC proposals did the Shanghai science commission handle as lead or co-lead?", P + "proposals"),
        N(e, "sh25", "新闻通气会", 19, "场", "Shanghai 2025: how many press briefings (新闻通气会) did the city government hold?", P + "briefings"),
        N(e, "sh25", "公文公开属性审查", 166, "件", "Shanghai General Office 2025 — how many documents got a disclosure-attribute review?", P + "reviews"),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "According to the Shanghai General Office's 2025 report, how many districts launched a digital gazette?", P + "districts with digital gazette"),
        N(e, "sh25", "发布各类办事服务指引", 403, "项", "Shanghai General Office 2025: number of service guides published?", P + "guides"),
        N(e, "sh19", "统一受理平台接入53个部门", 53, "个", "Shanghai 2019 general office report: how many departments were connected to the unified acceptance platform?", P + "departments"),
        N(e, "sh19", "每季度对本市处于正常运行状态的70家政府网站", 70, "家", "In 2019 how many government websites did Shanghai inspect every quarter?", P + "websites checked"),
        N(e, "sh19", "人事任免文件141件", 141, "件", "Shanghai General Office 2019: personnel appointment/removal documents made public?", P + "appointment docs"),
        N(e, "kw", "其中原创文章 294", 294, "篇", "Of the articles on the 上海科技 WeChat account in 2024, how many were original? (STCSM report)", P + "original articles"),
        N(e, "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the government were made public?", P + "meetings"),
    ]


def cannot():
    P = "[cannot] "
    z, e = "zh", "en"
    W = {"sub": "only the parent body's report is in the corpus; no report of that district/township",
         "brk": "the reports do not break the figure down that way",
         "yr": "no report of that body for that year in the corpus",
         "body": "no report of that body in the corpus",
         "fut": "forecast; reports only state past figures",
         "op": "opinion, not a reported fact",
         "own": "one person's own case is not in an annual report",
         "pers": "personal data, not in the reports",
         "ns": "the report does not state this figure"}
    return [
        U(z, "淮安市清江浦区2024年收到多少政府信息公开申请", W["sub"], P + "district of 淮安 not in corpus"),
        U(z, "淮阴区政府2024年信息公开申请予以公开几件？淮安市年报里有没有", W["sub"], P + "district of 淮安"),
        U(z, "沭阳县沭城街道2025年收到的依申请公开有多少件", W["sub"], P + "street of 沭阳"),
        U(z, "沭阳县胡集镇2025年行政复议多少件", W["sub"], P + "township of 沭阳"),
        U(z, "上海浦东新区2025年政府信息公开申请数", W["sub"], P + "district of 上海"),
        U(z, "洪泽区高良涧街道2023年的信息公开申请数量", W["sub"], P + "street of 洪泽"),
        U(z, "洛阳市政府2020年收到的信息公开申请有多少（涧西区属于洛阳）", W["body"], P + "parent city of 涧西"),
        U(z, "淮安市2024年的申请人里男的女的各多少", W["brk"], P + "sex"),
        U(z, "沭阳县2025年申请最多的是哪个月", W["brk"], P + "month"),
        U(z, "淮安市政府2024年的申请是通过网上还是信函提交的，各多少件", W["brk"], P + "channel"),
        U(z, "沭阳2025年关于征地拆迁的信息公开申请有多少件", W["brk"], P + "topic"),
        U(z, "洪泽区2024年信息公开工作有几个专职人员", W["ns"], P + "staff"),
        U(z, "淮安市2026年预计会收到多少信息公开申请", W["fut"], P + "forecast"),
        U(z, "你觉得沭阳县2025年的信息公开做得好不好", W["op"], P + "opinion"),
        U(z, "我2025年3月给沭阳县政府交了个申请，编号我忘了，现在办到哪一步了", W["own"], P + "own case"),
        U(z, "淮安市2024年申请公开信息的那些人叫什么名字、电话多少", W["pers"], P + "personal data"),
        U(z, "洪泽区2022年政府信息公开年报里行政复议多少件", W["yr"], P + "year not held"),
        U(z, "沭阳县2024年新收申请多少件", W["yr"], P + "year not held"),
        U(z, "南京市2024年政府信息公开申请受理量", W["body"], P + "body not held"),
        U(z, "上海市科委2023年行政许可决定多少件", W["yr"], P + "year not held"),
        U(e, "How many disclosure requests did Huaiyin District (a district of Huai'an) receive in 2024?", W["sub"], P + "district of 淮安"),
        U(e, "Lianshui County 2024 — information disclosure requests granted? It's under Huai'an, right?", W["sub"], P + "county under 淮安"),
        U(e, "Shuyang 2025: how many requests came from Zhangji town (章集) specifically?", W["sub"], P + "township of 沭阳"),
        U(e, "Xuhui District, Shanghai, 2025 — number of disclosure applications received?", W["sub"], P + "district of 上海"),
        U(e, "Jianxi District 2020: how many requests came from Chongqing Road subdistrict?", W["sub"], P + "subdistrict of 涧西"),
        U(e, "What was the average response time in days for Huai'an requests in 2024?", W["ns"], P + "response time"),
        U(e, "Shanghai General Office 2025: how many applicants were over 60 years old?", W["brk"], P + "age"),
        U(e, "Huai'an 2024: how many requests concerned the housing department vs. the transport bureau?", W["brk"], P + "department"),
        U(e, "In 2025, how many of Shuyang's disclosure requests came in the 3rd quarter?", W["brk"], P + "quarter"),
        U(e, "How much did it cost Hongze District to run its disclosure office in 2023?", W["ns"], P + "cost"),
        U(e, "Will Shanghai's disclosure requests go above 1500 in 2026?", W["fut"], P + "forecast"),
        U(e, "Was Huai'an right to reject so many requests in 2024, in your view?", W["op"], P + "opinion"),
        U(e, "I applied to Hongze District in 2024 about my land compensation — was my request one of the ones granted?", W["own"], P + "own case"),
        U(e, "Give me the ID numbers of the people who sued Shuyang County in 2025", W["pers"], P + "personal data"),
        U(e, "Jianxi District 2021 annual report: requests received?", W["yr"], P + "year not held"),
        U(e, "Shanghai General Office 2022 — reconsideration cases?", W["yr"], P + "year not held"),
        U(e, "Suqian city 2025: disclosure requests received (Shuyang belongs to Suqian)?", W["body"], P + "parent city of 沭阳"),
        U(e, "Pudong New Area 2019 requests received?", W["sub"], P + "district of 上海"),
        U(e, "How many of the STCSM 2024 requests came from foreign nationals?", W["brk"], P + "residence"),
    ]


def neighbour():
    P = "[neighbour] "
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请（注意不是结转到下一年的）多少件", P + "上年结转 vs 结转下年", alt=HA_OVER),
        T(z, "ha", "a.litigation_after_review.total", "淮安2024年经过复议之后又起诉的行政诉讼总数", P + "复议后起诉 vs 直接起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止的行政规范性文件几件（不是新发的）", P + "废止 vs 制发"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳2025年 因为要另行制作而无法提供的 几件", P + "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县2025年属于过程性信息不予公开的有几件", P + "过程性信息 vs 内部事务"),
        T(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购，我要的是项目数，不是金额", P + "采购项目数 vs 金额"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新公开）", P + "对外公开总数 vs 新制作"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024 — only the partly disclosed ones, not the fully disclosed", P + "部分公开 vs 予以公开"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations with an 'other' outcome (其他结果), not corrected", P + "其他结果 vs 纠正"),
        T(e, "ha", "r.received.legal_services", "Huaian 2024: new requests from legal service organisations (法律服务机构) — not commercial enterprises", P + "法律服务机构 vs 商业企业"),
        T(e, "sy", "c.normative_docs.in_force", "Shuyang 2025 — normative documents currently in force (现行有效), not the number issued that year", P + "现行有效 vs 制发"),
        T(e, "sy", "r.carried_forward.total", "Shuyang County 2025: requests carried forward into the next year (结转下年度继续办理), not those carried in", P + "结转下年 vs 上年结转"),
        T(e, "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed directly without going through reconsideration first", P + "直接起诉 vs 复议后起诉"),
    ]


def CONVERSATIONS():
    return plain() + combine() + _tag(rank(), "[rank] ranking over gold bodies (sub-item / outcome column):") + followups() + narrative() + cannot() + neighbour()
