"""Question bank of the blind61 evaluation set (evals/blind61).

WARNING: holds the text of every test question: as frozen as test.jsonl.

Every wording here was newly written for this set. Numbers are never typed as answers: the
builders of helpers61.py compute them from corpus/gold/*.json, from printed table rows of the
reports without gold (SPECS below: the same cells blind6 verified, nothing new), or cut the
sentence holding a narrative number from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib61 as L  # noqa: E402
from helpers61 import (E, EN, EU, C, V, T, S, N, U, D, R, F)  # noqa: E402,F401

# printed cells of the reports without gold (copied from blind6's text_cells.json specs)
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

WAN = {"unit": "万元"}


def PV(lang, b, keys, q, note="table value", **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def TR(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def SM(lang, b, keys, q, note="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def DF(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def RK(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def NT(lang, b, keyword, value, unit, q, note="number stated only in the narrative", frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def UA(lang, q, why, note="not in the corpus"):
    return U(lang, q, why, "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


# text statements that repeat a table cell (marked ambiguous, both readings accepted)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "其中结果维持 72 件"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH25_REQ = "市政府共受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
SY_REQ = "全县全年共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "所有办结的信息公开申请中同意公开答复"
HZ23_REQ = "全区受理政府信息公开申请"


def plain():
    return [
        # ---- 淮安市 2024 (gold)
        PV("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", alt=(HA_REQ, 3119)),
        PV("zh", "ha", "r.carried_over.total", "24年淮安 从23年留下来没办完、带进2024年的申请有几件", alt=(HA_REQ, 34)),
        PV("en", "ha", "r.carried_forward.total", "Huai'an 2024: how many applications were still open at year end and pushed into the next year?", alt=(HA_REQ, 103)),
        PV("zh", "ha", "r.unable.not_held.natural_person", "我是做信息公开研究的学生，想核对淮安市2024年年报表三：自然人那一列“本机关不掌握相关政府信息”是多少", "applicant column, not the row total"),
        PV("en", "ha", "r.withheld.admin_query.total", "how many requests did Huaian city gov turn down in 2024 because they were really just asking for advice / consultations (行政查询事项)?"),
        PV("zh", "ha", "r.other.overdue_correction.total", "淮安2024年 申请人收到补正通知后逾期不补正、最后按其他处理的 有多少件"),
        PV("en", "ha", "r.received.legal_services", "In 2024 how many info-disclosure applications came to Huai'an municipal government from law firms and other legal service bodies (法律服务机构)?"),
        PV("zh", "ha", "a.review.corrected", "淮安市2024年因为信息公开被申请行政复议，复议机关纠正了几件", alt=("结果纠正 64 件", 64)),
        PV("en", "ha", "a.litigation_after_review.pending", "huaian 2024 lawsuits filed after admin review - how many were still not concluded at the end of the year?"),
        PV("zh", "ha", "c.normative_docs.repealed", "淮安市人民政府 2024年废止了多少件行政规范性文件？"),
        PV("en", "ha", "c.fees.amount", "What was the amount of administrative fees (行政事业性收费) Huai'an reported for 2024, in 10k yuan?", **WAN),
        PV("zh", "ha", "r.not_processed.duplicate.total", "12345转来个问题：来电人问淮安市政府2024年有多少申请是被当成重复申请不予处理的"),
        PV("en", "ha", "r.withheld.third_party.total", "Huai'an 2024, requests refused because disclosure could hurt a third party's legitimate rights - number?"),
        PV("zh", "ha", "r.granted.commercial", "淮安市2024年企业（商业企业）申请的，最后全部公开的有几件"),
        PV("en", "ha", "c.licensing.decisions", "how many administrative licensing decisions did huai'an city handle in 2024 according to its open gov report"),
        PV("zh", "ha", "r.partially_granted.total", "二〇二四年淮安市政府依申请答复里，只公开了一部分内容的（部分公开）总共多少"),
        PV("en", "ha", "r.unable.unclear.total", "For Huaian in 2024, how many requests couldnt be answered because the applicant never made clear what info they wanted?"),
        # ---- 洪泽区 2023 (gold)
        PV("zh", "hz23", "r.received.total", "洪泽区2023年收到几件政府信息公开申请啊", alt=(HZ23_REQ, 21)),
        PV("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023 - requests where the info did not exist ready-made and would have had to be newly compiled: how many?"),
        PV("zh", "hz23", "c.punishment.decisions", "洪泽区政府 2023年 行政处罚决定 数量"),
        PV("en", "hz23", "c.fees.amount", "Hongze 2023 administrative fee income (行政事业性收费), in wan yuan please", **WAN),
        PV("zh", "hz23", "r.partially_granted.natural_person", "我2023年也给洪泽区写过申请，只给了我一部分材料。想知道那一年像这样部分公开的个人申请一共有几件"),
        PV("en", "hz23", "a.review.upheld", "In 2023, in how many administrative reviews about Hongze District's information disclosure was the original decision upheld?"),
        PV("zh", "hz23", "c.normative_docs.in_force", "截至2023年底洪泽区现行有效的规范性文件有几件"),
        PV("en", "hz23", "r.withheld.state_secret.total", "hongze 2023 state secret refusals count?"),
        PV("zh", "hz23", "c.coercion.decisions", "洪泽区2023年行政强制一共多少件"),
        # ---- 沭阳县 2025 (gold)
        PV("zh", "sy", "r.received.total", "沭阳县2025年 表里本年新收的申请，不算上一年结转过来的，是多少件"),
        PV("en", "sy", "r.received.legal_person", "Shuyang County 2025: applications from legal persons and other organisations, all org columns together?", alt=(SY_REQ, 8)),
        PV("zh", "sy", "r.total_processed.total", "沭阳25年全年一共办理了多少件依申请公开", alt=(SY_REQ, 718)),
        PV("en", "sy", "r.other.overdue_fee.total", "In 2025, how many Shuyang requests ended because the applicant didnt pay the info processing fee in time?"),
        PV("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年，以属于内部事务信息为由不予公开的有多少件"),
        PV("en", "sy", "a.review.pending", "Shuyang 2025 admin reviews not yet decided (尚未审结) - how many?"),
        PV("zh", "sy", "r.granted.legal_services", "2025年沭阳县 律师事务所这类法律服务机构申请后被予以公开的有几件"),
        PV("en", "sy", "c.coercion.decisions", "Shuyang County government, FY2025, number of administrative enforcement (行政强制) decisions?"),
        PV("zh", "sy", "r.not_processed.petition.total", "沭阳2025 有多少申请其实是信访举报投诉 所以没按信息公开处理"),
        PV("en", "sy", "c.normative_docs.in_force", "how many normative documents were still valid for Shuyang at the end of 2025"),
        PV("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年先复议再起诉的政府信息公开案件里，法院维持的有几件"),
        PV("en", "sy", "r.unable.not_held.total", "shuyang 2025 - requests answered with 'this agency does not hold the info', how many"),
        PV("zh", "sy", "c.fees.amount", "沭阳县人民政府2025年度报告中行政事业性收费金额是多少万元", **WAN),
        PV("en", "sy", "r.other.other.total", "My editor wants the Shuyang 2025 figure for requests closed as 'other' (其他) under 其他处理 — not the overdue ones, just the catch-all line."),
        PV("zh", "sy", "r.carried_over.natural_person", "沭阳县2025年 自然人申请里上年结转过来的有几件"),
        # ---- 上海市府办 2019 (gold; printed-blank totals avoided)
        PV("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少件信息公开申请", alt=(SH19_REQ, 859)),
        PV("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests deferred to the following year for reply?", alt=(SH19_REQ, 72)),
        PV("zh", "sh19", "r.unable.needs_creation.natural_person", "19年上海市府办 自然人申请中因为要另外制作才能提供而没给的 有几件"),
        PV("en", "sh19", "r.received.commercial", "How many info requests did businesses (商业企业) file with the Shanghai municipal government general office in 2019?"),
        PV("zh", "sh19", "a.litigation_direct.total", "上海市府办2019年因为信息公开被直接告上法院的（未经复议）有几件", alt=("均获维持", 9)),
        PV("en", "sh19", "c.procurement.amount", "Shanghai general office 2019 government procurement total contract amount, 万元?", **WAN),
        PV("zh", "sh19", "r.not_processed.petition.natural_person", "二〇一九年上海市政府办公厅 个人提交的 信访举报投诉类申请（不予处理）多少件"),
        PV("en", "sh19", "c.regulations.total_published", "As of the end of 2019, how many municipal regulations had the Shanghai General Office published in total (对外公开总数量)?"),
        PV("zh", "sh19", "r.total_processed.total", "上海市政府办公厅2019年办理结果总计多少件", alt=("答复政府信息公开申请805件", 805)),
        PV("en", "sh19", "r.withheld.admin_query.commercial", "2019 Shanghai General Office: companies' requests refused as administrative enquiries (行政查询事项) — count"),
        # ---- 涧西区 2020 (gold)
        PV("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有几件"),
        PV("en", "jx", "c.procurement.projects", "Jianxi District general office, 2020: number of government procurement projects?"),
        PV("zh", "jx", "r.received.total", "涧西区2020年 收到的信息公开申请 一共几件", alt=(JX_REQ, 17)),
        PV("en", "jx", "a.litigation_after_review.total", "For Jianxi District in 2020, how many lawsuits were filed after an administrative review had already been decided?"),
        PV("zh", "jx", "c.procurement.amount", "涧西区人民政府办公室2020年政府集中采购的总金额（万元）", **WAN),
        # ---- 洪泽区 2024 (printed rows)
        PV("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可办了多少件"),
        PV("en", "hz24", "r.unable.not_held.total", "Hongze District 2024: requests where the government said it doesn't hold that information — how many (per the table)?"),
        PV("zh", "hz24", "a.litigation_after_review.total", "洪泽区政府2024年经过复议后又打官司的有几件"),
        PV("en", "hz24", "c.punishment.decisions", "hongze district 2024 admin penalty decisions?"),
        PV("zh", "hz24", "r.granted.total", "24年洪泽区依申请公开里面直接全部公开了的是几件"),
        PV("en", "hz24", "c.fees.amount", "What fee revenue (行政事业性收费, 万元) did Hongze District report for 2024?", **WAN),
        PV("zh", "hz24", "c.normative_docs.issued", "洪泽区2024年新制发的规范性文件几件"),
        # ---- 上海市科委 2024 (printed rows)
        PV("zh", "kw", "r.received.natural_person", "上海科委2024年 老百姓个人新提的信息公开申请多少件"),
        PV("en", "kw", "c.licensing.decisions", "STCSM (Shanghai science & tech commission) — administrative licences granted in 2024?"),
        PV("zh", "kw", "r.granted.total", "市科委2024年同意公开的申请是几件", alt=(KW_OUT, 9)),
        PV("en", "kw", "c.normative_docs.in_force", "Shanghai Science and Technology Commission 2024, normative documents currently in force (现行有效件数)?"),
        PV("zh", "kw", "r.received.commercial", "上海市科学技术委员会2024年收到企业的申请有几件"),
        PV("en", "kw", "r.total_processed.total", "Shanghai sci-tech commission, 2024: total requests handled, bottom line of the outcomes block (总计)"),
        # ---- 上海市府办 2025 (printed rows)
        PV("zh", "sh25", "r.received.total", "上海市府办2025年本年新收的依申请公开有多少", alt=(SH25_REQ, 1295)),
        PV("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025, requests answered 'we do not have this information' (本机关不掌握) — table figure please"),
        PV("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅二〇二五年重复申请的有多少件"),
        PV("en", "sh25", "a.review.total", "How many administrative reviews over information disclosure did the Shanghai General Office face in 2025 (total)?"),
        PV("zh", "sh25", "r.carried_over.legal_services", "上海市府办2025年 法律服务机构那一栏 上年结转过来的申请几件"),
        PV("en", "sh25", "r.received.commercial", "shanghai general office 2025 new requests from companies?"),
        PV("zh", "sh25", "a.litigation_direct.pending", "我是记者，想问2025年上海市政府办公厅直接起诉的信息公开行政诉讼里 还没审结的有几件"),
        PV("en", "sh25", "r.unable.needs_creation.total", "2025 Shanghai General Office: requests not fulfilled because the info would have to be newly created (另行制作)?"),
        PV("zh", "sh25", "r.carried_forward.total", "上海市府办2025年结转到下一年继续办理的申请数"),
        # ---- a few more, tricky wording
        PV("en", "ha", "r.total_processed.natural_person", "Huai'an 2024 — of all requests the city finished handling, how many were from individuals? Column total, not the grand total.", "natural-person column of the total-processed row"),
        PV("zh", "ha", "a.review.other", "淮安市2024年信息公开行政复议，结果既不是维持也不是纠正的“其他结果”有多少", alt=(HA_REV, 178)),
        PV("en", "sy", "r.withheld.admin_query.total", "shuyang county 2025, refused as 行政查询事项 (admin inquiries) - how many?"),
        PV("zh", "sh19", "r.withheld.state_secret.natural_person", "2019年上海市府办因为属于国家秘密不予公开的个人申请有几件"),
        PV("en", "hz23", "r.withheld.process_info.total", "Hongze 2023: requests refused because the info was process information (过程性信息)?"),
        PV("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年法律服务机构申请 部分公开的几件"),
        PV("en", "ha", "r.not_processed.petition.commercial", "huai'an 2024, companies' applications that were really complaints/petitions and so not processed — count"),
        PV("zh", "ha", "c.regulations.in_force", "淮安市政府规章截至2024年底现行有效几件"),
        PV("en", "jx", "c.normative_docs.made", "Jianxi District gov office 2020 — normative documents drafted/made that year (本年制作)?"),
        PV("zh", "kw", "c.normative_docs.issued", "上海科委2024年新发了几个规范性文件"),
        PV("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025 — requests set aside because they were actually letters-and-visits complaints (信访举报投诉类)?"),
        PV("en", "sy", "r.unable.needs_creation.total", "For Shuyang (2025), the count of requests that would have required producing new material, therefore not provided?"),
        PV("en", "hz24", "a.review.total", "im checking Hongze district's 2024 annual report, how many administrative review cases in the appeals table"),
        PV("en", "ha", "r.withheld.enforcement_files.total", "Huaian municipal gov 2024, refusals citing administrative enforcement case files — how many?"),
    ]


def combine():
    return [
        # sums
        SM("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安市2024年所有“无法提供”的加起来多少件（不掌握、要另行制作、内容不明确三项合计）"),
        SM("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: fully disclosed plus partly disclosed, add them up for me"),
        SM("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年信息公开行政诉讼总共多少件？未经复议直接起诉的和复议后起诉的都算上", alt=("政府信息公开行政诉讼 46 件", 46)),
        SM("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Across review and both kinds of lawsuit, how many Huai'an 2024 cases ended with the government's decision upheld?"),
        SM("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开相关的复议和诉讼案件加在一起一共几件", alt=("全县共办理相关案件", 74)),
        SM("en", "sy", ["r.received.total", "r.carried_over.total"], "Shuyang 2025: new applications plus those carried over from 2024 — combined figure?", alt=(SY_REQ, 749)),
        SM("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年 其他处理 那一大项三个小项加起来多少"),
        SM("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Total number of Shuyang 2025 requests refused (不予公开), summing every refusal reason listed in the table"),
        SM("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "上海市府办2019年 本机关不掌握的 各类申请人加总 是多少（表里总计是空的，帮我按各列加）"),
        SM("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019: admin reviews plus lawsuits about disclosure, together?"),
        SM("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 不掌握的加上需要另行制作的 共几件"),
        SM("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2023 licensing + penalty + enforcement decisions, one total"),
        SM("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区政府办2020年 公开了的加上不掌握的 一共几件"),
        SM("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus those carried over from 2023, how many in all?"),
        SM("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年 信访举报类和重复申请这两项不予处理的合计"),
        # differences
        DF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少件"),
        DF("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024 (2024 minus 2023)?"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请 2024年和2023年比 增加了几件"),
        DF("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024, in 万元?", **WAN),
        DF("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收信息公开申请 2025年比2019年多出多少件"),
        DF("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office, requests carried into the next year: 2019 vs 2025, what's the increase?"),
        DF("zh", "sh19", "sh25", "a.review.total", "上海市府办被申请信息公开行政复议的数量，2019年到2025年增加了多少"),
        DF("en", "sh19", "sh25", "r.received.natural_person", "How much did individuals' new requests to the Shanghai General Office grow from 2019 to 2025?"),
        DF("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制2023年到2024年变化了多少（后一年减前一年）"),
        DF("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office: lawsuits filed directly (no prior review) — 2025 count minus 2019 count?"),
    ]


def rank():
    B4 = ["ha", "sy", "sh19", "hz23"]
    return [
        RK("zh", B4, "r.received.total", "desc", "淮安2024、沭阳2025、上海市府办2019、洪泽2023这四家，哪家新收申请最多"),
        RK("en", B4, "r.received.total", "asc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023, which got the fewest new requests?"),
        RK("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转下年度继续办理：淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，谁最少"),
        RK("en", B4, "r.not_processed.petition.natural_person", "desc", "Which had the most individual petition-type requests set aside: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) or Hongze (2023)?"),
        RK("zh", B4, "r.unable.needs_creation.natural_person", "desc", "自然人申请因需另行制作而无法提供：淮安2024/沭阳2025/上海市府办2019/洪泽2023 哪个最多"),
        RK("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Carried over from the previous year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 - who had the most?"),
        RK("zh", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "asc", "个人申请被当作行政查询事项不予公开的，淮安市2024年、沭阳县2025年、上海市政府办公厅2019年 哪家最少"),
        RK("en", ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "direct lawsuits over disclosure: Shuyang 2025 vs Shanghai General Office 2019 vs Jianxi 2020, which is highest"),
        RK("zh", ["sy", "sh19", "hz23"], "r.total_processed.total", "desc", "办理总数：沭阳县2025、上海市府办2019、洪泽区2023，哪个最高"),
        RK("en", ["sy", "sh19", "hz23"], "a.review.upheld", "desc", "Reviews where the decision was upheld — Shuyang 2025, Shanghai General Office 2019, Hongze 2023: which body has the largest number?"),
        RK("zh", ["ha", "sy", "sh19"], "r.withheld.internal_affairs.natural_person", "desc", "内部事务信息不予公开（自然人）：淮安2024年、沭阳2025年、上海市府办2019年谁最多"),
        RK("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "Out of Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who had the fewest admin reviews?"),
        RK("zh", ["sy", "sh19", "hz23"], "r.received.natural_person", "desc", "沭阳2025年、上海市府办2019年、洪泽2023年，个人新收申请哪家最多"),
    ]


def followups():
    return [
        FU("zh", [("淮安市2024年行政复议一共多少件", E("ha", "a.review.total", alt=(HA_REV, 351))),
                  ("那诉讼呢？直接起诉的", E("ha", "a.litigation_direct.total"))], "switch group review -> direct lawsuits"),
        FU("en", [("Shuyang County 2025, how many new requests (本年新收) did individuals file?", E("sy", "r.received.natural_person")),
                  ("what about companies", E("sy", "r.received.commercial"))], "switch column"),
        FU("zh", [("上海市政府办公厅2019年新收申请多少件", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("同一项2025年", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "switch year"),
        FU("en", [("Huai'an 2024: admin reviews where the result was corrected?", E("ha", "a.review.corrected", alt=("结果纠正 64 件", 64))),
                  ("and the court ones? direct suits only", E("ha", "a.litigation_direct.corrected")),
                  ("after review?", E("ha", "a.litigation_after_review.corrected"))], "switch appeals group twice"),
        FU("zh", [("洪泽区2023年本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
                  ("2024年呢", E("hz24", "r.unable.not_held.total"))], "switch year"),
        FU("en", [("how many requests did Shanghai General Office carry into the next year in 2019?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                  ("and the ones carried over INTO 2019 from before?", E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18)))], "switch carried forward -> carried over"),
        FU("zh", [("沭阳县2025年予以公开多少件", E("sy", "r.granted.total")),
                  ("部分公开呢", E("sy", "r.partially_granted.total")),
                  ("那个人的呢，只看自然人", E("sy", "r.partially_granted.natural_person"))], "switch row then column"),
        FU("en", [("Jianxi district 2020 - number of admin reviews about info disclosure?", E("jx", "a.review.total")),
                  ("lawsuits straight to court?", E("jx", "a.litigation_direct.total"))], "switch group"),
        FU("zh", [("淮安2024年新收申请里 商业企业的有几件", E("ha", "r.received.commercial")),
                  ("法律服务机构的呢", E("ha", "r.received.legal_services")),
                  ("其他组织", E("ha", "r.received.other_org"))], "switch column twice"),
        FU("en", [("Hongze 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
                  ("same for 2024", E("hz24", "c.licensing.decisions"))], "switch year"),
        FU("zh", [("上海科委2024年新收申请一共多少", E("kw", "r.received.total", alt=(KW_REQ, 34))),
                  ("上年结转的呢", E("kw", "r.carried_over.total", alt=(KW_REQ, 2)))], "switch row received -> carried over"),
        FU("en", [("In 2025, how many requests did the Shanghai General Office close as duplicates?", E("sh25", "r.not_processed.duplicate.total")),
                  ("and petitions/complaints?", E("sh25", "r.not_processed.petition.total"))], "switch row"),
        FU("zh", [("沭阳县2025年行政复议被纠正的几件", E("sy", "a.review.corrected")),
                  ("淮安市2024年同一项呢", E("ha", "a.review.corrected", alt=("结果纠正 64 件", 64)))], "switch body and year"),
        FU("en", [("Huai'an 2024 normative docs newly issued?", E("ha", "c.normative_docs.issued")),
                  ("and how many in force", E("ha", "c.normative_docs.in_force")),
                  ("Shuyang 2025, same one", E("sy", "c.normative_docs.in_force"))], "switch column then body"),
        FU("zh", [("上海市府办2025年行政复议总计多少", E("sh25", "a.review.total")),
                  ("其中还没审结的", E("sh25", "a.review.pending"))], "switch column to pending"),
        FU("en", [("Shuyang 2025: lawsuits after review, total?", E("sy", "a.litigation_after_review.total")),
                  ("how many still pending", E("sy", "a.litigation_after_review.pending"))], "switch column"),
        FU("zh", [("洪泽区2023年行政处罚多少件", E("hz23", "c.punishment.decisions")),
                  ("24年的", E("hz24", "c.punishment.decisions")),
                  ("那强制呢 24年", E("hz24", "c.coercion.decisions"))], "switch year then row"),
        FU("en", [("Shanghai General Office 2019 — how many new requests came from individuals?", E("sh19", "r.received.natural_person")),
                  ("2025?", E("sh25", "r.received.natural_person"))], "switch year"),
        FU("zh", [("涧西区政府办2020年 不掌握相关信息的几件", E("jx", "r.unable.not_held.total")),
                  ("洪泽区2023年呢", E("hz23", "r.unable.not_held.total"))], "switch body and year"),
        FU("en", [("Huai'an 2024 requests withheld because the law forbids disclosure (法律行政法规禁止)?", E("ha", "r.withheld.prohibited_by_law.total")),
                  ("the state-secret ones?", E("ha", "r.withheld.state_secret.total"))], "switch sub-row"),
        FU("zh", [("沭阳2025年结转下年度继续办理的多少", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
                  ("上年结转过来的呢", E("sy", "r.carried_over.total"))], "switch carried forward -> carried over"),
        FU("en", [("STCSM 2024 new requests from individuals?", E("kw", "r.received.natural_person")),
                  ("from businesses", E("kw", "r.received.commercial"))], "switch column"),
        FU("zh", [("上海市府办2025年 上年结转的申请 多少", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
                  ("只要自然人那一列", E("sh25", "r.carried_over.natural_person"))], "switch column"),
        FU("en", [("how many licensing decisions for Shanghai science commission in 2024", E("kw", "c.licensing.decisions")),
                  ("penalties?", E("kw", "c.punishment.decisions"))], "switch row"),
        FU("zh", [("淮安市2024年行政复议中维持的几件", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
                  ("复议后起诉的里面维持的呢", E("ha", "a.litigation_after_review.upheld"))], "switch group"),
        FU("en", [("Hongze 2024, requests with full disclosure granted?", E("hz24", "r.granted.total")),
                  ("what about 2023, partial disclosure", E("hz23", "r.partially_granted.total"))], "switch year and row"),
        FU("zh", [("二〇二五年沭阳县行政许可多少件", E("sy", "c.licensing.decisions")),
                  ("处罚呢", E("sy", "c.punishment.decisions"))], "switch row"),
        FU("en", [("Shanghai General Office 2019, admin reviews in total?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
                  ("same office 2025", E("sh25", "a.review.total"))], "switch year"),
        FU("zh", [("淮安2024年因逾期未按收费通知缴费而终止的几件", E("ha", "r.other.overdue_fee.total")),
                  ("沭阳2025年同一项", E("sy", "r.other.overdue_fee.total"))], "switch body/year"),
        FU("en", [("Huai'an 2024: requests that couldn't be answered because they'd need new info compiled?", E("ha", "r.unable.needs_creation.total")),
                  ("and how many did the applicants word so vaguely it couldn't be identified", E("ha", "r.unable.unclear.total"))], "switch sub-row"),
        FU("zh", [("上海市府办2025年直接起诉的行政诉讼总计", E("sh25", "a.litigation_direct.total")),
                  ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], "switch group"),
        FU("en", [("Jianxi District 2020 how many requests were fully disclosed", E("jx", "r.granted.total")),
                  ("how many were carried forward", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], "switch row"),
        FU("zh", [("洪泽区2024年直接起诉的几件", E("hz24", "a.litigation_direct.total")),
                  ("行政复议呢", E("hz24", "a.review.total"))], "switch group"),
        FU("en", [("Shuyang 2025 — petitions/complaints mis-filed as info requests, number?", E("sy", "r.not_processed.petition.total")),
                  ("repeat requests", E("sy", "r.not_processed.duplicate.total")),
                  ("only the company column of that", E("sy", "r.not_processed.duplicate.commercial"))], "switch row then column"),
        FU("zh", [("淮安2024年发生的行政复议尚未审结的几件", E("ha", "a.review.pending", alt=(HA_REV, 37))),
                  ("沭阳县2025年呢", E("sy", "a.review.pending"))], "switch body/year"),
        FU("en", [("Shanghai General Office 2025 — fully disclosed requests?", E("sh25", "r.granted.total")),
                  ("How many requests did they close in total that year", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191)))], "switch row"),
        FU("zh", [("我帮我爸给沭阳县政府写过申请。想问沭阳2025年不予公开里第三方权益那种有几件", E("sy", "r.withheld.third_party.total")),
                  ("那我爸这件是哪一天答复的", EU("one person's own case; the report holds only counts"))], "second turn asks own case"),
        FU("en", [("Hongze District 2023 fees collected, 万元?", E("hz23", "c.fees.amount", **WAN)),
                  ("and the 2024 number", E("hz24", "c.fees.amount", **WAN)),
                  ("ok, how much of that in 2024 came from the district's schools?", EU("fee amount not broken down by payer/sector"))], "switch year, then breakdown not held"),
        FU("en", [("Shanghai General Office 2025: requests answered with 'not held'?", E("sh25", "r.unable.not_held.total")),
                  ("and ones needing new compilation", E("sh25", "r.unable.needs_creation.total")),
                  ("what was the 2025 count for requests carried into 2026", E("sh25", "r.carried_forward.total"))], "switch sub-row then row"),
        FU("en", [("Huai'an 2024, how many requests from individuals were fully granted?", E("ha", "r.granted.natural_person")),
                  ("and law firms", E("ha", "r.granted.legal_services")),
                  ("Shuyang 2025 same column", E("sy", "r.granted.legal_services"))], "switch column then body/year"),
    ]


def narratives():
    return [
        NT("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了几场新闻发布会"),
        NT("en", "ha", "政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?"),
        NT("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）"),
        NT("en", "ha", "《淮安市人民政府公报》", 6, "期", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?"),
        NT("zh", "ha", "栏目全覆盖检查", 4, "次", "淮安2024年搞了几次信息公开栏目全覆盖检查"),
        NT("en", "ha", "政府信息公开行政诉讼 46 件", 46, "件", "The narrative of Huai'an's 2024 report gives one overall figure for disclosure lawsuits — what is it?", "text total of lawsuits (table splits it 26 + 20)"),
        NT("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站主动公开了多少条信息"),
        NT("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024, pieces of govt info proactively posted on the website platform?"),
        NT("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        NT("en", "hz24", "区政府办代表区政府受理", 17, "件", "Per the text of its 2024 report, how many disclosure requests did the Hongze district office accept on behalf of the district government?", "text number; the table prints 95"),
        NT("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年在门户网站上开展意见征集几期"),
        NT("en", "sy", "爆款内容", 52, "条", "shuyang 2025 how many viral posts (爆款) did their new media produce"),
        NT("zh", "sy", "催办提示", 84, "次", "听说沭阳有个依申请件倒计时报警器，2025年一共发了多少次催办提示"),
        NT("en", "sy", "办前主动沟通", 49, "次", "In 2025 how many times did Shuyang proactively talk to applicants before handling their requests?"),
        NT("zh", "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接"),
        NT("en", "sy", "累计清理过期信息", 697, "条", "Shuyang 2025: outdated items cleaned off the site?"),
        NT("zh", "sy", "完成全县", 64, "家", "沭阳2025年集中公开了多少家单位的信息公开年报"),
        NT("en", "sy", "收取信息处理费共计", 380, "元", "How much in information processing fees did Shuyang's agencies collect for 2025 requests (yuan)?"),
        NT("zh", "sy", "推送系列原创短视频", 1113, "个", "沭阳县2025年政务新媒体推了多少个原创短视频"),
        NT("en", "sy", "化解各类争议纠纷", 33, "件", "Shuyang County 2025 — disputes resolved thanks to talking with applicants early?"),
        NT("zh", "kw", "原创文章", 294, "篇", "上海科委微信公众号2024年原创文章多少篇"),
        NT("en", "kw", "直播", 118, "场", "How many livestreams did the Shanghai science commission host in 2024?"),
        NT("zh", "kw", "主合办政协提案", 85, "件", "上海市科委2024年主办合办的政协提案有多少件"),
        NT("en", "kw", "转下一年度办理答复", 1, "件", "According to the STCSM 2024 narrative, how many requests were moved to next year for a reply?"),
        NT("zh", "kw", "批量推送集成式发布政策", 121, "条", "市科委2024年批量推送集成式发布政策几条"),
        NT("en", "kw", "关注人数达", 1016823, "人", "followers of the 'Shanghai Keji' wechat official account, per the 2024 report?"),
        NT("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了多少场新闻通气会"),
        NT("en", "sh25", "人事任免文件 196", 196, "件", "How many personnel appointment/removal documents did the Shanghai General Office proactively publish in 2025?"),
        NT("zh", "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年申请人自己主动撤回的申请有多少件"),
        NT("en", "sh25", "覆盖 10 个语种", 10, "个", "The Shanghai international services portal — how many languages did it cover per the 2025 report?"),
        NT("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报编了多少期"),
        NT("en", "sh25", "数字公报", 16, "个", "how many districts had digital gazettes online by 2025 in shanghai (general office report)"),
        NT("zh", "sh19", "统一受理平台接入", 53, "个", "上海2019年“一网通办”统一受理平台接入了多少个部门"),
        NT("en", "sh19", "发布政策解读共", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the China Shanghai portal?"),
        NT("zh", "sh19", "人事任免文件141", 141, "件", "上海市府办2019年主动公开人事任免文件多少件"),
        NT("en", "sh19", "正常运行状态的70家", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?"),
        NT("zh", "jx", "共21个领域", 601, "项", "涧西区2020年梳理细化了多少项公开事项"),
        NT("en", "jx", "办结率", 88.2, "%", "What completion rate for disclosure requests did Jianxi District report for 2020?"),
    ]


def cannots():
    return [
        UA("zh", "淮安市2024年的信息公开申请按月份分别是多少件", "no monthly breakdown in the report", "month breakdown"),
        UA("en", "Break down Shuyang's 2025 applications by topic — land, housing, social security etc.", "no topic breakdown", "topic breakdown"),
        UA("zh", "沭阳县2025年各乡镇分别收到多少件依申请公开", "no township breakdown", "township breakdown"),
        UA("en", "what share of Huai'an's 2024 requesters were over 60 years old", "no age data", "age"),
        UA("zh", "上海市府办2025年的申请人男女比例是多少", "no sex breakdown", "sex"),
        UA("en", "How many disclosure requests did Nanjing municipal government receive in 2024?", "Nanjing not in the corpus", "body not held"),
        UA("zh", "宿迁市政府2025年依申请公开收到几件", "宿迁市 not in the corpus", "body not held"),
        UA("en", "Hongze District 2022: how many requests were received?", "Hongze 2022 report not in the corpus", "year not held"),
        UA("zh", "沭阳县2024年行政复议有几件", "沭阳 2024 report not in the corpus", "year not held"),
        UA("en", "Shanghai General Office 2024 — new requests received?", "2024 report of the General Office not in the corpus", "year not held"),
        UA("zh", "上海市科委2023年新收多少申请", "科委 2023 not in the corpus", "year not held"),
        UA("en", "jianxi district 2021 requests received", "Jianxi 2021 not in the corpus", "year not held"),
        UA("zh", "淮安市2023年受理了多少件申请", "淮安 2023 report not in the corpus", "year not held"),
        UA("en", "Predict how many requests Huai'an will get in 2026.", "forecast", "forecast"),
        UA("zh", "按沭阳2025年的趋势，2027年复议会不会超过100件", "forecast", "forecast"),
        UA("en", "Is Shanghai General Office doing a good job on transparency in 2025, in your opinion?", "opinion", "opinion"),
        UA("zh", "你觉得洪泽区2024年的政务公开工作做得好不好", "opinion", "opinion"),
        UA("en", "I filed a request to Huai'an in March 2024 about my neighbour's demolition compensation. Was mine one of the ones granted?", "one person's own case", "own case"),
        UA("zh", "我2025年7月给沭阳县政府递的那份申请 现在办到哪一步了", "one person's own case", "own case"),
        UA("en", "give me the names and phone numbers of the people who sued the Shanghai General Office in 2025", "personal data", "personal data"),
        UA("zh", "淮安市2024年那26件直接起诉的案子原告都是谁", "personal data", "personal data; the 26 is in the question"),
        UA("en", "Why did Huai'an have 769 'not held' answers in 2024 — what were the reasons?", "reasons not stated", "reasons; number in the question"),
        UA("zh", "洪泽区2024年为什么申请数量是那么多，原因是什么", "reasons not stated", "reasons"),
        UA("en", "Average number of working days Shuyang took to answer a request in 2025?", "response time not reported", "response time"),
        UA("zh", "上海市科委2024年负责信息公开的工作人员有几个", "staff not reported", "staff"),
        UA("en", "How much did Huai'an spend on its disclosure work (staff + IT) in 2024?", "cost not reported", "cost"),
        UA("zh", "上海市府办2025年的申请里 网上提交和信函提交各多少", "no channel breakdown", "channel"),
        UA("en", "Of Shuyang's 2025 requests, how many came from people living outside the county?", "no residence breakdown", "residence"),
        UA("zh", "淮安市2024年每个县区的行政复议件数分别是多少", "no district breakdown", "district breakdown"),
        UA("en", "how many of Shanghai General Office's 2019 requests were about housing demolition", "no topic breakdown", "topic"),
        UA("zh", "浦东新区2025年政府信息公开申请多少件", "浦东新区 not in the corpus", "body not held"),
        UA("en", "Qingjiangpu District 2024 information disclosure requests?", "清江浦区 not in the corpus", "body not held"),
        UA("zh", "涧西区2020年第三季度收到几件申请", "no quarter breakdown", "quarter"),
        UA("en", "Which industries did the companies that applied to the Shanghai science commission in 2024 belong to?", "no industry breakdown", "industry"),
        UA("zh", "沭阳县2025年各个县直部门分别被申请了多少件", "no department breakdown", "department breakdown"),
        UA("en", "in 2023 how many hongze district requests came in during december alone", "no monthly breakdown", "month"),
        UA("zh", "北京市政府2025年的依申请公开数量", "北京 not in the corpus", "body not held"),
        UA("en", "What's the success rate of applicants who sued Huai'an in 2025?", "淮安 2025 not in the corpus", "year not held"),
    ]


def traps():
    return [
        TR("zh", "ha", "a.litigation_direct.total", "淮安市2024年未经复议直接向法院起诉的信息公开行政诉讼有几件", "direct suits 26, not the text's 46 or after-review 20"),
        TR("en", "ha", "r.carried_over.total", "Huai'an 2024: requests carried OVER from 2023 into 2024 (not the ones pushed to 2025)", "carried over 34 vs carried forward 103"),
        TR("zh", "sy", "r.received.natural_person", "沭阳县2025年 表里本年新收那一行 自然人一栏 是多少", "table 705 vs text 741 incl. carried over"),
        TR("en", "sh19", "r.received.natural_person", "Shanghai General Office 2019 — only the individuals' column of new requests (自然人), not the grand total please", "one column 821 vs total 859"),
        TR("zh", "ha", "r.withheld.process_info.total", "淮安2024年因为属于过程性信息不予公开的 几件（不是内部事务）", "process info 12 vs internal affairs 8"),
        TR("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought AFTER an administrative review (not direct suits)?", "after review 10 vs direct 3"),
        TR("zh", "sh25", "r.received.total", "上海市府办2025年受理数，注意是本年新收，不是办结数", "received 1295 vs processed 1191", alt=(SH25_REQ, 1295)),
        TR("en", "ha", "r.received.total", "Huai'an 2024: number of requests received — not the number answered", "received 3119 vs answered 3050", alt=(HA_REQ, 3119)),
        TR("zh", "hz24", "c.normative_docs.in_force", "洪泽区2024年规范性文件现行有效件数（不是当年制发的）", "in force 8 vs issued 3"),
        TR("en", "ha", "r.unable.not_held.legal_services", "Huai'an 2024, 'not held' answers given to legal service agencies only — that column, not the row total", "one column 10 vs row 769"),
        TR("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025年 属于行政执法案卷的不予公开几件（别跟行政查询搞混）", "enforcement files 4 vs admin query 9"),
        TR("en", "kw", "r.carried_over.total", "STCSM 2024: requests carried over from the year before (上年结转), not new ones", "carried over 2 vs received 34", alt=(KW_REQ, 2)),
        TR("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年 没有现成信息需要另行制作的 几件（不是不掌握的）", "needs creation 48 vs not held 513"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + narratives() + cannots() + traps()
