"""Question bank of the blind evaluation set blind92 (written from scratch for this set).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
Numbers are never typed here: helpers92 computes them from gold/*.json, from the printed
table rows named in SPECS (the same cells blind6 verified), or from sentences cut from the text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib92 as L  # noqa: E402
from helpers92 import E, V, T, S, N, U, D, R, F  # noqa: E402

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

# text sentences that state the same number as a table cell (question marked ambiguous)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "其中结果维持"
SH19_REQ = "代表市政府共受理"
SH19_DOC = "主动公开规章13件"
SH19_APP = "信息公开类行政复议7件"
SH25_REQ = "市政府共受理政府信息公开申请"
SY_REQ = "全县全年共受理"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "同意公开答复"


def P(lang, b, keys, q, note="", **kw):
    return V(lang, b, keys, q, "[plain] " + (note or "table value"), **kw)


def PLAIN():
    m = "万元"
    return [
        # ---- zh
        P("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请 就本年新来的", "新收 总计; text 受理 3119", alt=(HA_REQ, 3119)),
        P("zh", "ha", "r.granted.total", "我想知道淮安2024年直接给公开了的申请有几件", "予以公开 总计"),
        P("zh", "ha", "r.partially_granted.total", "24年淮安市政府 部分公开的有多少", "部分公开 总计"),
        P("zh", "ha", "r.unable.not_held.total", "帮我查下淮安市政府2024年答复说“本机关不掌握”的申请数", "无法提供-不掌握"),
        P("zh", "ha", "r.withheld.admin_query.total", "淮安2024 申请被当成行政查询事项没给公开的 多少件", "不予公开-行政查询"),
        P("zh", "ha", "r.not_processed.petition.total", "二〇二四年淮安市政府把多少申请认定为信访举报投诉类、不予处理？", "不予处理-信访"),
        P("zh", "ha", "r.other.overdue_correction.total", "申请人补正过了期限没回的，淮安2024年有几件", "其他处理-逾期不补正"),
        P("zh", "ha", "c.punishment.decisions", "淮安市2024年行政处罚决定一共作出多少个啊", "行政处罚"),
        P("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱", "收费金额", unit=m),
        P("zh", "ha", "a.review.corrected", "淮安市政府2024年信息公开的行政复议里 被纠正的有几起", "复议 纠正; text states 64", alt=(HA_REV, 64)),
        P("zh", "ha", "r.received.legal_services", "2024年淮安市有律所之类法律服务机构来申请公开信息吗？几件", "新收 法律服务机构"),
        P("zh", "ha", "c.normative_docs.repealed", "淮安24年废止了多少件规范性文件", "规范性文件 废止"),
        P("zh", "ha", "r.carried_forward.total", "淮安市2024年没办完、要挪到下一年再答复的申请有多少", "结转下年; text 顺延 103", alt=(HA_REQ, 103)),
        P("zh", "ha", "a.litigation_direct.pending", "淮安市政府2024年 没经过复议直接打官司的 还没审结的几件", "直接起诉 尚未审结"),
        P("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请，就看表里那一行，不算上一年结转的，是多少", "新收 总计 (text 749 includes carry-over)"),
        P("zh", "sy", "r.granted.total", "我之前帮我妈给沭阳县政府写过申请，最后是给公开了。想问下2025年沭阳县政府一共予以公开了多少件？", "story; 予以公开"),
        P("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年因为属于内部事务信息不公开的有几件", "不予公开-内部事务"),
        P("zh", "sy", "r.unable.not_held.total", "沭阳县政府2025年回复“我们这没有这个信息”的有多少件", "无法提供-不掌握"),
        P("zh", "sy", "c.licensing.decisions", "沭阳2025行政许可处理决定数量", "行政许可"),
        P("zh", "sy", "c.coercion.decisions", "二〇二五年沭阳县行政强制决定几个", "行政强制"),
        P("zh", "sy", "c.normative_docs.in_force", "沭阳县到2025年底现行有效的行政规范性文件还有几件", "规范性文件 现行有效"),
        P("zh", "sy", "a.review.pending", "沭阳2025年复议案件里尚未审结的多少", "复议 尚未审结"),
        P("zh", "sy", "r.other.other.total", "我是县里做统计的，核一下：沭阳县政府2025年办理结果“其他处理-其他”那一格总计是多少", "staff checking a cell"),
        P("zh", "sy", "r.received.legal_person", "2025年沭阳县有多少件申请是企业、律所这些法人或者其他组织提的", "法人或其他组织 (derived); text 8", alt=("法人或其他组织申请", 8)),
        P("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额多少万元", "收费金额", unit=m),
        P("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025重复申请不予处理的几件", "不予处理-重复申请"),
        P("zh", "hz23", "r.received.total", "洪泽区2023年受理了多少政府信息公开申请", "新收; text 21", alt=("全区受理政府信息公开申请", 21)),
        P("zh", "hz23", "c.punishment.decisions", "洪泽2023年行政处罚多少件", "行政处罚"),
        P("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年有几件申请是因为要另外制作信息才没法提供的", "需另行制作"),
        P("zh", "hz23", "a.review.upheld", "洪泽23年信息公开复议结果维持的有几件", "复议 维持"),
        P("zh", "hz23", "c.fees.amount", "2023年洪泽区行政事业性收费是多少万", "收费金额", unit=m),
        P("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年规范性文件废止了几件", "规范性文件 废止"),
        P("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定有多少", "text cell 行政许可"),
        P("zh", "hz24", "r.granted.total", "2024年洪泽区政府予以公开的申请多少件", "text cell 予以公开"),
        P("zh", "hz24", "a.review.total", "洪泽2024年因为信息公开被人申请行政复议几次", "text cell 复议总计"),
        P("zh", "kw", "r.received.natural_person", "上海科委2024年个人提的信息公开申请几件", "text cell 新收 自然人"),
        P("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定数量是多少", "text cell 行政许可"),
        P("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件多少件", "text cell 现行有效"),
        P("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年“本机关不掌握”无法提供的申请有多少", "text cell 不掌握"),
        P("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅收到的申请中按信访举报投诉类不予处理的有几件", "text cell 信访"),
        P("zh", "sh25", "a.review.total", "上海市政府办公厅2025年被申请行政复议多少件", "text cell 复议总计"),
        P("zh", "sh19", "r.received.total", "上海市府办2019年受理信息公开申请多少件", "新收; text 859", alt=(SH19_REQ, 859)),
        P("zh", "sh19", "c.procurement.projects", "2019年上海市政府办公厅政府集中采购项目数量几个", "采购项目数"),
        P("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办 自然人申请里需要另行制作所以无法提供的几件", "需另行制作 自然人"),
        P("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开多少件", "予以公开"),
        P("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少", "采购金额", unit=m),
        # ---- en
        P("en", "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city govt actually close out in 2024?", "办理总计; text 答复 3050", alt=(HA_REQ, 3050)),
        P("en", "ha", "r.withheld.state_secret.total", "huaian 2024 - how many refused bc state secret", "国家秘密"),
        P("en", "ha", "r.unable.needs_creation.total", "In 2024, how many requests could Huai'an not fulfil because the info would have to be newly created (需要另行制作)?", "需另行制作"),
        P("en", "ha", "r.not_processed.duplicate.total", "huaian 2024 duplicate applications not processed count pls", "重复申请"),
        P("en", "ha", "c.licensing.decisions", "Number of administrative licensing decisions by Huai'an Municipal Government, FY2024?", "行政许可"),
        P("en", "ha", "c.coercion.decisions", "how many administrative coercion decisions huai an 2024", "行政强制"),
        P("en", "ha", "a.review.pending", "For Huai'an's 2024 report, how many admin reconsideration cases were still not concluded at year end?", "复议 尚未审结; text 37", alt=(HA_REV, 37)),
        P("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after going through reconsideration first — total?", "复议后起诉 总计"),
        P("en", "ha", "r.received.commercial", "I'm a reporter. How many info requests did businesses (商业企业) file with the Huai'an government in 2024?", "journalist; 新收 商业企业"),
        P("en", "ha", "r.withheld.third_party.total", "Huai'an 2024, requests refused to protect a third party's lawful rights, how many", "保护第三方"),
        P("en", "ha", "r.other.overdue_fee.total", "In 2024 how many Huai'an applicants failed to pay the processing fee on time (逾期未按收费通知要求缴纳费用)?", "逾期不缴费"),
        P("en", "ha", "c.normative_docs.issued", "How many normative documents did Huaian put out in 2024?", "规范性文件 制发"),
        P("en", "sy", "r.partially_granted.total", "Shuyang County 2025, partly disclosed requests?", "部分公开"),
        P("en", "sy", "c.punishment.decisions", "What's the number of administrative penalty decisions Shuyang County made in 2025?", "行政处罚"),
        P("en", "sy", "r.carried_over.total", "shuyang 2025 how many requests were brought over from the prior year", "上年结转"),
        P("en", "sy", "r.withheld.admin_query.total", "Calling from the 12345 desk: a caller wants to know how many Shuyang requests in 2025 were turned down as administrative inquiry matters (行政查询事项).", "help desk; 行政查询"),
        P("en", "sy", "a.review.corrected", "Shuyang County Government 2025 — reconsideration cases where the original decision got corrected?", "复议 纠正"),
        P("en", "sy", "a.litigation_after_review.total", "How many lawsuits after reconsideration did Shuyang have in 2025?", "复议后起诉"),
        P("en", "sy", "r.total_processed.total", "Shuyang 2025 total requests handled (办理结果总计)?", "办理总计; text 718", alt=(SY_REQ, 718)),
        P("en", "sy", "r.carried_forward.total", "How many Shuyang County requests in 2025 rolled over into the next year?", "结转下年; text 31", alt=(SY_REQ, 31)),
        P("en", "sy", "c.normative_docs.issued", "In 2025, how many administrative normative documents did Shuyang issue?", "规范性文件 制发"),
        P("en", "sy", "r.other.overdue_correction.total", "shuyang county 2025 applicants who never supplemented their application within the deadline, number?", "逾期不补正"),
        P("en", "sy", "r.granted.legal_services", "For 2025, how many requests from law firms / legal service bodies did Shuyang fully disclose?", "予以公开 法律服务机构"),
        P("en", "hz23", "r.partially_granted.total", "Hongze District 2023 — how many requests were partially disclosed?", "部分公开"),
        P("en", "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions", "行政许可"),
        P("en", "hz23", "c.coercion.decisions", "How many administrative enforcement (行政强制) decisions did Hongze District make in 2023?", "行政强制"),
        P("en", "hz23", "r.unable.not_held.total", "Hongze 2023: requests answered with 'we do not hold this information'?", "不掌握"),
        P("en", "hz23", "r.total_processed.total", "Total requests processed by the Hongze District Government in 2023?", "办理总计"),
        P("en", "hz24", "c.fees.amount", "Hongze District's administrative fees collected in 2024, in 10k yuan?", "text cell 收费", unit=m),
        P("en", "hz24", "r.unable.not_held.total", "In 2024 how many Hongze requests got the 'information not held by this agency' reply?", "text cell 不掌握"),
        P("en", "hz24", "a.litigation_direct.total", "Hongze 2024 direct administrative lawsuits (no reconsideration first) count?", "text cell 直接起诉"),
        P("en", "hz24", "c.punishment.decisions", "What number of admin penalties did Hongze District report for 2024?", "text cell 行政处罚"),
        P("en", "kw", "r.received.total", "STCSM new info disclosure applications received in 2024?", "text cell 新收; text 34", alt=(KW_REQ, 34)),
        P("en", "kw", "r.total_processed.total", "Shanghai science commission 2024, total number of requests processed (总计 row)?", "text cell 办理总计"),
        P("en", "kw", "r.received.commercial", "How many applications came from companies to the Shanghai Science and Technology Commission in 2024?", "text cell 商业企业"),
        P("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025: how many requests from private individuals?", "text cell 自然人"),
        P("en", "sh25", "r.unable.needs_creation.total", "shanghai govt general office in 2025, requests it could not provide because it would mean producing new info?", "text cell 需另行制作"),
        P("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office carry into the following year at the end of 2025?", "text cell 结转下年"),
        P("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office, 2025, lawsuits brought after a reconsideration decision — how many?", "text cell 复议后起诉"),
        P("en", "sh19", "r.total_processed.total", "In 2019 how many requests did the Shanghai Municipal Government General Office answer in total?", "办理总计; text 答复 805", alt=(SH19_REQ, 805)),
        P("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019, total number of rules (规章) publicly available (对外公开总数量)?", "规章 对外公开总数"),
        P("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai General Office 2019: individuals' requests set aside as petitions/complaints (信访举报投诉类)?", "信访 自然人"),
        P("en", "sh19", "a.litigation_direct.total", "How many lawsuits were filed directly against the Shanghai General Office over disclosure in 2019?", "直接起诉; text 诉讼9件", alt=(SH19_APP, 9)),
        P("en", "jx", "r.received.total", "Jianxi District office 2020 - how many disclosure applications came in?", "新收; text 17", alt=(JX_REQ, 17)),
        P("en", "jx", "c.procurement.projects", "How many government procurement projects did Jianxi District's office list for 2020?", "采购项目数"),
    ]


def COMBINE():
    m = "万元"
    c = "[combine] "
    wh8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S("zh", "ha", wh8, "淮安市2024年各种理由不予公开的加起来一共多少件（八类全算上）", c + "sum of 8 withheld rows"),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年全部公开加上部分公开总共几件", c + "予以公开 + 部分公开"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年无法提供的（不掌握+需另行制作）合计", c + "2 unable rows"),
        S("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "把沭阳县2025年许可、处罚、强制三类决定数加到一起是多少", c + "3 decision rows"),
        S("zh", "ha", ["a.review.upheld", "a.review.corrected"], "淮安2024年复议维持的和纠正的加起来", c + "复议 维持+纠正"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类加重复申请两类不予处理合计几件", c + "text cells 信访+重复"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和本机关不掌握这两项加起来多少", c + "2 rows"),
        S("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市政府办公厅2019年自然人和商业企业的新收申请合计", c + "2 columns"),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: add up new requests from businesses, legal service firms and other organisations.", c + "3 columns"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 reconsiderations + direct lawsuits + lawsuits after reconsideration, combined?", c + "3 appeals totals; text 办理相关案件 74", alt=("共办理相关案件", 74)),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "sum of the three 'unable to provide' rows for Huai'an 2024", c + "3 unable rows"),
        S("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024 — reconsideration, direct lawsuit and post-reconsideration lawsuit cases all together", c + "text cells"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024 new requests plus the ones carried over from before, total?", c + "text cells 新收+上年结转"),
        S("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: newly made rules plus normative documents, combined", c + "2 made cells"),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024, the three 'other handling' (其他处理) rows added together", c + "3 other rows"),
        S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.third_party.total"], "Shuyang 2025 — withheld as internal affairs, process info, enforcement case files, admin queries and third-party: add the five", c + "5 withheld rows"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少", c + "2024 minus 2023"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区从2023到2024，行政处罚决定数变化了多少", c + "2024 minus 2023"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽“本机关不掌握”的申请，2024年比2023年增加了几件", c + "2024 minus 2023"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办受理申请数从2019年到2025年增加了多少", c + "2025 minus 2019; text 1295", alt=(SH25_REQ, 1295)),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅被申请复议的数量，2025年和2019年比差多少", c + "2025 minus 2019"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Change in Hongze's administrative coercion decisions from 2023 to 2024?", c + "2024 minus 2023"),
        D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze District's fee income change between 2023 and 2024 (万元)?", c + "2024 minus 2023", unit=m),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative docs in force, 2024 vs 2023 — difference?", c + "2024 minus 2023"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office requests from individuals: 2025 minus 2019?", c + "2025 minus 2019"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "How many more requests did the Shanghai General Office roll into the following year in 2025 than in 2019?", c + "2025 minus 2019"),
    ]


def RANK():
    r = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪家新收申请最多", r + "desc"),
        R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "淮安2024年、洪泽2023年、沭阳2025年的行政事业性收费，谁最少", r + "asc"),
        R("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "沭阳2025、上海市府办2019、涧西2020三家里，结转到下一年最多的是哪家", r + "desc"),
        R("zh", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "asc", "废止规范性文件最少的是谁：淮安（2024）、沭阳（2025）、洪泽（2023）", r + "asc"),
        R("zh", ["hz23", "sy", "sh19", "jx"], "a.review.upheld", "desc", "洪泽区2023、沭阳县2025、上海市府办2019、涧西区2020，复议维持件数谁最多", r + "desc"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定最多的：淮安市2024年、洪泽区2023年还是沭阳县2025年", r + "desc"),
        R("zh", ["sh19", "jx", "hz23"], "r.total_processed.total", "asc", "上海市府办2019年、涧西区2020年、洪泽区2023年，办理总数最少的是谁", r + "asc"),
        R("en", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, who had the most individuals' requests answered 'info not held'?", r + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Fewest administrative coercion decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", r + "asc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "Which had the fewest new requests from individuals — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", r + "asc"),
        R("en", ["ha", "sy", "hz23"], "a.review.corrected", "desc", "rank Huai'an 2024 / Shuyang 2025 / Hongze 2023 by reconsideration decisions corrected, who's top", r + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Which body had the most normative documents in force: Huai'an in 2024, Shuyang in 2025, Hongze in 2023?", r + "desc"),
        R("en", ["ha", "sy", "sh19"], "r.total_processed.natural_person", "asc", "For a class project: of Huai'an (2024), Shuyang (2025) and Shanghai General Office (2019), which processed the fewest requests from natural persons?", r + "asc"),
    ]


def NEIGHBOUR():
    t = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请多少件（注意不是结转到下一年的那个）", t + "上年结转 vs 结转下年", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳2025年复议之后又去起诉的行政诉讼有几件，不是直接起诉那种", t + "复议后起诉 vs 直接起诉"),
        T("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止的行政规范性文件几件？别给我现行有效的数", t + "废止 vs 现行有效"),
        T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年“没有现成信息需要另行制作”的有几件", t + "另行制作 vs 不掌握"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安2024年属于四类过程性信息不予公开的几件", t + "过程性信息 vs 内部事务"),
        T("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的总金额是多少（要金额，不是项目个数）", t + "采购金额 vs 项目数", unit="万元"),
        T("zh", "ha", "a.review.other", "淮安2024年复议结果是“其他结果”的多少件，不是纠正的", t + "其他结果 vs 纠正", alt=(HA_REV, 178)),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 — total normative documents publicly available (对外公开总数量), not the newly made ones", t + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: withheld because it was internal affairs info (内部事务信息) — not the process-info row", t + "内部事务 vs 过程性信息"),
        T("en", "sy", "r.received.legal_services", "Shuyang 2025 new requests from legal service organisations (法律服务机构), not from companies", t + "法律服务机构 vs 商业企业"),
        T("en", "kw", "r.carried_over.total", "STCSM 2024: requests carried over into 2024 from earlier (上年结转), not the ones pushed on to 2025", t + "上年结转 vs 结转下年", alt=(KW_REQ, 2)),
        T("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025 — requests carried over INTO 2025 (上年结转), please not the carried-forward figure", t + "上年结转 vs 结转下年", alt=(SH25_REQ, 189)),
        T("en", "sy", "a.litigation_direct.total", "Shuyang County 2025 lawsuits filed straight away, without a reconsideration first?", t + "直接起诉 vs 复议后起诉"),
    ]


def TEXTONLY():
    n = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会", n + "press conferences"),
        N("zh", "ha", "淮安市人民政府公报》6", 6, "期", "24年淮安出了几期政府公报", n + "gazette issues"),
        N("zh", "ha", "在运维政务新媒体", 95, "个", "淮安全市2024年还在运维的政务新媒体账号有几个", n + "new-media accounts"),
        N("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费", n + "fee in 元", frm="2024 年，市政府严格"),
        N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集", n + "consultations"),
        N("zh", "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理了多少条过期信息", n + "expired items"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接", n + "broken links"),
        N("zh", "sy", "催办提示", 84, "次", "听说沭阳搞了个倒计时报警器，2025年一共发了多少次催办提示", n + "reminders"),
        N("zh", "sy", "办前主动沟通", 49, "次", "沭阳县2025年办前主动沟通搞了多少次", n + "pre-handling talks"),
        N("zh", "sy", "爆款内容", 52, "条", "沭阳2025年政务新媒体出了多少条爆款", n + "viral posts"),
        N("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家", n + "units"),
        N("zh", "kw", "直播 118", 118, "场", "上海科委视频号2024年直播了几场", n + "live streams"),
        N("zh", "kw", "原创文章", 294, "篇", "市科委公众号2024年原创文章多少篇", n + "original articles"),
        N("zh", "kw", "主合办政协提案", 85, "件", "上海市科委2024年主合办的政协提案有多少件", n + "CPPCC proposals"),
        N("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会", n + "briefings"),
        N("zh", "sh25", "主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", n + "withdrawn requests"),
        N("zh", "sh25", "个语种", 10, "个", "上海国际服务门户到2025年覆盖了几种语言", n + "languages"),
        N("zh", "sh19", "统一受理平台接入53个部门", 53, "个", "2019年上海一网通办统一受理平台接入了多少个部门", n + "departments"),
        N("zh", "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年在网上公开了几期政府常务会议", n + "executive meetings"),
        N("zh", "jx", "共21个领域601项事项", 601, "项", "涧西区政府办2020年一共梳理出多少项公开事项", n + "items", frm="结合权责清单"),
        N("en", "ha", "制作政策解读21", 21, "个", "How many policy interpretation pieces (政策解读) did Huai'an produce in 2024?", n + "interpretations"),
        N("en", "ha", "全年组织 4 次", 4, "次", "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?", n + "checks"),
        N("en", "hz23", "主动公开政府信息 1136", 1136, "条", "How many items did Hongze District proactively publish on its govt website in 2023?", n + "portal items"),
        N("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze 2024 - number of govt info items posted on the website platform?", n + "portal items"),
        N("en", "hz24", "解读信息发布 7", 7, "条", "In 2024, how many interpretation items did Hongze District release?", n + "interpretations"),
        N("en", "sy", "推送系列原创短视频1113", 1113, "个", "Shuyang County 2025: how many original short videos were pushed out?", n + "short videos"),
        N("en", "sy", "化解各类争议纠纷", 33, "件", "How many disputes did Shuyang manage to defuse through talking to applicants before handling, in 2025?", n + "disputes resolved"),
        N("en", "sy", "错误信息83处", 83, "处", "Shuyang 2025 — how many erroneous pieces of info on the site were fixed?", n + "errors fixed"),
        N("en", "sy", "专栏33个", 33, "个", "How many columns (专栏) did Shuyang's new-media matrix open in 2025?", n + "columns"),
        N("en", "kw", "关注人数达", 1016823, "人", "STCSM WeChat account followers per the 2024 report?", n + "followers"),
        N("en", "kw", "批量推送集成式发布政策", 121, "条", "Shanghai science commission 2024: how many policies were pushed in bulk for integrated release?", n + "policies pushed"),
        N("en", "kw", "网站全年累计发布信息", 2139, "条", "How many items did the 'Shanghai Science & Technology' website publish in 2024?", n + "website items"),
        N("en", "sh25", "召开市政府新闻发布会", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?", n + "press conferences"),
        N("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?", n + "gazette issues"),
        N("en", "sh25", "发布审查", 330, "件", "Shanghai General Office 2025 — how many documents went through release review (发布审查)?", n + "release reviews"),
        N("en", "sh19", "发布政策解读共", 132, "件", "Shanghai General Office 2019: policy interpretations published on the portal, how many?", n + "interpretations"),
        N("en", "sh19", "权威发布共计", 38, "次", "In 2019, how many times were important topics of Shanghai's executive meetings authoritatively released?", n + "releases"),
        N("en", "sh19", "41条短视频", 41, "条", "How many Douyin short videos did 'Shanghai Release' post about the CIIE in 2019?", n + "short videos"),
        N("en", "jx", "统筹推进26个试点领域", 26, "个", "How many pilot areas did Jianxi District's 2020 grassroots disclosure standardisation cover?", n + "pilot areas", frm="一、统筹推进"),
    ]


def CANNOT():
    u = "[cannot] "
    return [
        U("zh", "淮安市2024年信息公开申请里男的女的各多少", "no breakdown by sex", u + "sex"),
        U("zh", "沭阳县2025年申请人里60岁以上的有多少", "no breakdown by age", u + "age"),
        U("zh", "洪泽区2023年3月份收到几件申请", "no breakdown by month", u + "month"),
        U("zh", "南京市2024年政府信息公开申请总数是多少", "南京市 not in the corpus", u + "body"),
        U("zh", "沭阳县2024年受理了多少申请", "沭阳县 2024 report not in the corpus", u + "year"),
        U("zh", "预测下淮安2025年会收到多少申请", "forecast", u + "forecast"),
        U("zh", "你觉得上海市府办2025年的信息公开工作做得好不好", "opinion", u + "opinion"),
        U("zh", "我2025年3月给沭阳县政府交的那个申请现在办到哪一步了 编号我忘了", "one person's own case", u + "own case"),
        U("zh", "淮安市2024年提信息公开申请的人里，张伟的电话是多少", "personal data", u + "personal data"),
        U("zh", "上海市府办2025年的申请主要集中在哪些领域，各有多少件", "no breakdown by topic", u + "topic"),
        U("zh", "沭阳县2025年各乡镇分别收到多少信息公开申请", "no breakdown by township", u + "township"),
        U("zh", "淮安市政府2024年平均多少天答复一件申请", "response times not stated", u + "response time"),
        U("zh", "洪泽区政府办2024年负责信息公开的工作人员有几个", "staff not stated", u + "staff"),
        U("zh", "宿迁市2025年行政复议多少件", "宿迁市 not in the corpus", u + "body"),
        U("zh", "涧西区2021年申请数是多少", "涧西 2021 not in the corpus", u + "year"),
        U("zh", "上海科委2024年的申请是网上提交的多还是信函的多，分别几件", "no breakdown by channel", u + "channel"),
        U("zh", "淮安市2024年做信息公开工作花了多少经费", "costs not stated", u + "cost"),
        U("zh", "浦东新区2019年信息公开年报里申请数是多少", "浦东新区 not in the corpus", u + "body"),
        U("zh", "沭阳2025年申请人都是哪个行业的？做房地产的有几个", "no breakdown by industry", u + "industry"),
        U("zh", "帮我查一下我邻居李某2024年向洪泽区申请了什么", "personal data", u + "personal data"),
        U("en", "How many of Huai'an's 2024 requests came from people living outside Jiangsu?", "no breakdown by residence", u + "residence"),
        U("en", "breakdown by quarter of Shuyang's 2025 applications?", "no breakdown by quarter", u + "quarter"),
        U("en", "What will the Shanghai General Office receive in requests in 2026?", "forecast", u + "forecast"),
        U("en", "Is Hongze District's 2024 disclosure work better than Huai'an's 2024? your honest opinion", "opinion", u + "opinion"),
        U("en", "Qingjiangpu District 2024 disclosure requests received?", "清江浦区 not in the corpus", u + "body"),
        U("en", "Shanghai General Office 2022 annual report - requests received?", "上海市府办 2022 not in the corpus", u + "year"),
        U("en", "Hongze District 2022 how many applications", "洪泽 2022 not in the corpus", u + "year"),
        U("en", "How many requests did each Huai'an department (e.g. the housing bureau) receive in 2024?", "no breakdown by department", u + "department"),
        U("en", "I applied to Shuyang in June 2025 about my land compensation. Was mine one of the granted ones?", "one person's own case", u + "own case"),
        U("en", "What is the name and ID number of the person who sued the Jianxi District office in 2020?", "personal data", u + "personal data"),
        U("en", "STCSM 2023 numbers: how many disclosure requests?", "上海市科委 2023 not in the corpus", u + "year"),
        U("en", "What was the average reply time in days for Shanghai General Office requests in 2019?", "response times not stated", u + "response time"),
        U("en", "Why did Hongze's request numbers jump in 2024? give me the reason the report states", "no cause stated", u + "reason"),
        U("en", "How many female applicants did STCSM have in 2024?", "no breakdown by sex", u + "sex"),
        U("en", "projected 2026 admin penalty decisions for Shuyang County?", "forecast", u + "forecast"),
        U("en", "How much did Huai'an spend running its government website in 2024?", "costs not stated", u + "cost"),
        U("en", "Suqian city 2025 how many requests granted", "宿迁市 not in the corpus", u + "body"),
        U("en", "How many staff at the Shanghai General Office worked full-time on disclosure in 2025?", "staff not stated", u + "staff"),
        U("en", "Which age group filed the most requests with the Jianxi District office in 2020?", "no breakdown by age", u + "age"),
    ]


def FOLLOWUP():
    m = "万元"
    f = "[followup] "
    return [
        F("zh", [("淮安市政府2024年予以公开的有多少", E("ha", "r.granted.total")),
                 ("那沭阳县2025年呢", E("sy", "r.granted.total"))], f + "switch body+year"),
        F("zh", [("洪泽区2023年行政处罚决定数是多少", E("hz23", "c.punishment.decisions")),
                 ("24年呢？", E("hz24", "c.punishment.decisions"))], f + "switch year (two-digit)"),
        F("zh", [("上海市府办2019年新收申请里自然人多少", E("sh19", "r.received.natural_person")),
                 ("换成2025年呢", E("sh25", "r.received.natural_person")),
                 ("那商业企业呢", E("sh25", "r.received.commercial"))], f + "year then column"),
        F("zh", [("沭阳县2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
                 ("被纠正的呢", E("sy", "a.review.corrected"))], f + "switch outcome"),
        F("zh", [("淮安2024年行政许可决定多少", E("ha", "c.licensing.decisions")),
                 ("行政强制呢", E("ha", "c.coercion.decisions"))], f + "switch row"),
        F("zh", [("涧西区2020年本机关不掌握的有几件", E("jx", "r.unable.not_held.total")),
                 ("结转下年度继续办理的呢", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], f + "switch row; 在办 2 in text"),
        F("zh", [("上海科委2024年予以公开的申请几件", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
                 ("办理总计是多少", E("kw", "r.total_processed.total"))], f + "text cells"),
        F("zh", [("沭阳县2025年还在有效期内的规范性文件几件", E("sy", "c.normative_docs.in_force")),
                 ("淮安市2024年同一项呢", E("ha", "c.normative_docs.in_force"))], f + "switch body"),
        F("zh", [("洪泽区2024年“本机关不掌握”的申请多少", E("hz24", "r.unable.not_held.total")),
                 ("2023年是多少", E("hz23", "r.unable.not_held.total"))], f + "switch year"),
        F("zh", [("上海市政府办公厅2025年行政复议尚未审结的几件", E("sh25", "a.review.pending")),
                 ("直接起诉的行政诉讼里没审结的呢", E("sh25", "a.litigation_direct.pending"))], f + "switch group"),
        F("zh", [("淮安2024年收费金额多少万元", E("ha", "c.fees.amount", unit=m)),
                 ("洪泽2023呢", E("hz23", "c.fees.amount", unit=m)),
                 ("沭阳2025呢", E("sy", "c.fees.amount", unit=m))], f + "switch body twice"),
        F("zh", [("沭阳2025 不予处理里 信访举报投诉类的几件", E("sy", "r.not_processed.petition.total")),
                 ("重复申请那行呢", E("sy", "r.not_processed.duplicate.total"))], f + "switch row"),
        F("zh", [("上海市府办2019年结转下年度继续办理的有多少", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                 ("2025年呢", E("sh25", "r.carried_forward.total"))], f + "switch year"),
        F("zh", [("淮安市2024年信息公开行政复议总数", E("ha", "a.review.total", alt=(HA_REV, 351))),
                 ("其中维持的", E("ha", "a.review.upheld", alt=(HA_REV, 72)))], f + "total then part"),
        F("zh", [("洪泽区2023年属于国家秘密不予公开的几件", E("hz23", "r.withheld.state_secret.total")),
                 ("属于行政执法案卷的呢", E("hz23", "r.withheld.enforcement_files.total")),
                 ("过程性信息呢", E("hz23", "r.withheld.process_info.total"))], f + "switch row twice"),
        F("zh", [("沭阳县2025年本年新收申请自然人那一列多少（表格里的，不含结转）", E("sy", "r.received.natural_person")),
                 ("淮安2024年的自然人新收呢", E("ha", "r.received.natural_person"))], f + "switch body"),
        F("zh", [("上海市科委2024年新制发的规范性文件几件", E("kw", "c.normative_docs.issued", alt=("其中包括", 13))),
                 ("洪泽区2024年呢", E("hz24", "c.normative_docs.issued"))], f + "text cells, switch body"),
        F("zh", [("涧西区政府办2020年行政复议几件", E("jx", "a.review.total")),
                 ("行政诉讼直接起诉的呢", E("jx", "a.litigation_direct.total"))], f + "switch group"),
        F("zh", [("淮安2024年不予公开里“危及三安全一稳定”的几件", E("ha", "r.withheld.security_stability.total")),
                 ("换到沭阳2025年", E("sy", "r.withheld.security_stability.total"))], f + "switch body"),
        F("zh", [("上海市府办2025年予以公开多少件", E("sh25", "r.granted.total")),
                 ("那本机关不掌握的呢", E("sh25", "r.unable.not_held.total"))], f + "text cells, switch row"),
        F("en", [("How many disclosure requests did Shuyang County newly receive in 2025? table figure please", E("sy", "r.received.total")),
                 ("and Huai'an for 2024?", E("ha", "r.received.total", alt=(HA_REQ, 3119)))], f + "switch body"),
        F("en", [("Hongze 2024 admin coercion decisions, what's the figure?", E("hz24", "c.coercion.decisions")),
                 ("and in 2023?", E("hz23", "c.coercion.decisions"))], f + "switch year"),
        F("en", [("Shanghai General Office 2019: reconsideration cases total?", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
                 ("2025?", E("sh25", "a.review.total"))], f + "switch year"),
        F("en", [("Huai'an 2024 partially disclosed requests?", E("ha", "r.partially_granted.total")),
                 ("just the ones from natural persons?", E("ha", "r.partially_granted.natural_person"))], f + "switch column"),
        F("en", [("STCSM 2024 admin licensing decisions", E("kw", "c.licensing.decisions")),
                 ("and penalties?", E("kw", "c.punishment.decisions"))], f + "text cells, switch row"),
        F("en", [("Shuyang County 2025 requests from individuals answered 'not held by this agency' (本机关不掌握)", E("sy", "r.unable.not_held.natural_person")),
                 ("Huai'an 2024, same row and column?", E("ha", "r.unable.not_held.natural_person"))], f + "switch body"),
        F("en", [("Jianxi District 2020 requests fully granted?", E("jx", "r.granted.total")),
                 ("and the total processed that year?", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], f + "switch row; 办结 15 in text"),
        F("en", [("How many normative docs did Huai'an repeal in 2024?", E("ha", "c.normative_docs.repealed")),
                 ("Shuyang 2025?", E("sy", "c.normative_docs.repealed")),
                 ("Hongze 2023?", E("hz23", "c.normative_docs.repealed"))], f + "switch body twice"),
        F("en", [("Shanghai General Office 2025 — direct lawsuits, total?", E("sh25", "a.litigation_direct.total")),
                 ("and after reconsideration?", E("sh25", "a.litigation_after_review.total"))], f + "text cells, switch group"),
        F("en", [("Huai'an 2024 lawsuits filed directly — how many ended with the decision upheld?", E("ha", "a.litigation_direct.upheld")),
                 ("how many corrected?", E("ha", "a.litigation_direct.corrected"))], f + "switch outcome"),
        F("en", [("Shuyang 2025 requests withheld as process information?", E("sy", "r.withheld.process_info.total")),
                 ("and as law-enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], f + "switch row"),
        F("en", [("Shanghai gov general office 2019 newly made normative documents?", E("sh19", "c.normative_docs.made", alt=(SH19_DOC, 60))),
                 ("and rules (规章) made?", E("sh19", "c.regulations.made", alt=(SH19_DOC, 13)))], f + "switch row"),
        F("en", [("Hongze District 2024 normative docs currently in force?", E("hz24", "c.normative_docs.in_force")),
                 ("2023 figure?", E("hz23", "c.normative_docs.in_force"))], f + "switch year"),
        F("en", [("STCSM new requests from individuals, 2024?", E("kw", "r.received.natural_person")),
                 ("Shanghai General Office 2025, same thing?", E("sh25", "r.received.natural_person"))], f + "switch body"),
        F("en", [("Huai'an 2024: requests not processed because the applicant asked the agency to re-confirm or re-issue info already obtained?", E("ha", "r.not_processed.reconfirm.total")),
                 ("and as duplicate applications?", E("ha", "r.not_processed.duplicate.total"))], f + "switch row"),
        F("en", [("Shuyang 2025 requests from legal service organisations that were partially disclosed?", E("sy", "r.partially_granted.legal_services")),
                 ("fully disclosed?", E("sy", "r.granted.legal_services"))], f + "switch row"),
        F("en", [("Shanghai General Office 2019 government procurement amount?", E("sh19", "c.procurement.amount", unit=m)),
                 ("Jianxi District 2020?", E("jx", "c.procurement.amount", unit=m))], f + "switch body"),
        F("en", [("Huai'an 2024 reconsideration cases with 'other' outcomes", E("ha", "a.review.other", alt=(HA_REV, 178))),
                 ("what about Shuyang in 2025?", E("sy", "a.review.other"))], f + "switch body"),
        F("en", [("Hongze 2024 requests granted in full?", E("hz24", "r.granted.total")),
                 ("carried forward to the next year?", E("hz24", "r.carried_forward.total"))], f + "text cells, switch row"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + NEIGHBOUR() + TEXTONLY() + CANNOT() + FOLLOWUP()
