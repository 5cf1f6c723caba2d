"""Question bank of the thirty-fourth blind set (evals/blind34). Every wording written new for
this set. AS FROZEN AS test.jsonl: holds the text of every test question.

Numbers are never typed here: the builders of helpers34 compute them from gold/*.json, from the
printed table rows named in SPECS (reports without gold; the cells blind6 verified), or from the
sentence cut from the report text (narrative numbers, checked to hold the number).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib34 as L  # noqa: E402
from helpers34 import E, V, T, S, N, U, D, R, F  # noqa: E402

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
W = "万元"


def PV(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, note="[plain] table value", **kw)


def SU(lang, b, keys, q, **kw):
    return S(lang, b, keys, q, note="[combine] sum of the listed cells", **kw)


def DF(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, note="[combine] later year minus earlier year", **kw)


def RK(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, note="[rank] ranking over gold bodies")


def NT(lang, b, keyword, value, unit, q):
    return N(lang, b, keyword, value, unit, q, note="[textonly] number stated only in the text")


def UN(lang, q, why):
    return U(lang, q, why, note="[cannot] " + why)


def TR(lang, b, keys, q, why, **kw):
    return T(lang, b, keys, q, "[neighbour] " + why, **kw)


def FU(lang, turns, why):
    return F(lang, turns, "[followup] " + why)


def plain():
    z, e = "zh", "en"
    return [
        PV(z, "ha", "r.granted.total", "淮安市2024年依申请公开里直接给公开了的一共多少件"),
        PV(z, "ha", "r.unable.not_held.total", "我前阵子帮我妈给淮安市政府写过申请，回复说他们手里没有这个信息。想问下2024年淮安像这样答复“本机关不掌握”的总共有多少件？"),
        PV(z, "sy", "r.withheld.admin_query.total", "沭阳县2025年因为属于行政查询事项不予公开的有几件"),
        PV(z, "sy", "c.licensing.decisions", "沭阳2025行政许可处理决定数量多少"),
        PV(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定是多少件啊"),
        PV(z, "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的申请里面 个人交的有多少"),
        PV(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开几件"),
        PV(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元", unit=W),
        PV(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请有多少"),
        PV(z, "hz24", "c.licensing.decisions", "洪泽2024年行政许可一共作了多少个决定"),
        PV(z, "kw", "r.received.natural_person", "上海科委2024年新收申请里个人提的多少件"),
        PV(z, "sh25", "r.not_processed.petition.total", "上海市府办2025 信访举报投诉类申请不予处理的 多少件"),
        PV(z, "ha", "a.review.corrected", "淮安2024政府信息公开行政复议，结果被纠正的有几件", alt=("政府信息公开行政复议 351件", 64)),
        PV(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年因为要另行制作所以没法提供的几件"),
        PV(z, "sy", "a.review.total", "沭阳2025年涉及信息公开的行政复议一共多少件"),
        PV(z, "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购项目的总金额？", unit=W),
        PV(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量"),
        PV(z, "ha", "r.not_processed.duplicate.total", "淮安市24年重复申请不予处理的有多少"),
        PV(z, "sy", "r.other.overdue_fee.total", "沭阳县2025 申请人逾期不缴费的 几件"),
        PV(z, "hz24", "c.fees.amount", "洪泽2024行政事业性收费金额多少", unit=W),
        PV(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件"),
        PV(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 没有现成信息需要另行制作的申请 多少"),
        PV(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件"),
        PV(z, "sy", "r.partially_granted.total", "12345坐席转来电：市民问沭阳县政府2025年部分公开的申请共多少件，请帮忙核对。"),
        PV(z, "sh19", "r.carried_forward.total", "上海市府办2019年结转到下一年继续办理的有几件", alt=("顺延到下年度", 72)),
        PV(z, "ha", "r.received.legal_services", "淮安2024年律所这类法律服务机构新递交的申请多少件"),
        PV(z, "hz23", "c.coercion.decisions", "二〇二三年洪泽区行政强制决定多少个"),
        PV(z, "jx", "a.litigation_direct.total", "涧西区政府办2020年被直接告上法院（行政诉讼）的有几起"),
        PV(z, "sy", "c.fees.amount", "沭阳县2025行政事业性收费收了多少万", unit=W),
        PV(z, "sh25", "r.carried_forward.total", "上海市府办2025年当年没办完、转到下年度继续办理的申请有多少件"),
        PV(z, "ha", "r.withheld.third_party.total", "淮安市2024年因为会损害第三方合法权益没给公开的件数"),
        PV(z, "sh19", "r.withheld.state_secret.natural_person", "上海市政府办公厅2019年 自然人申请中属于国家秘密不予公开的"),
        PV(z, "hz24", "r.unable.not_held.total", "洪泽区2024年本机关不掌握相关政府信息的申请多少件"),
        PV(z, "kw", "r.total_processed.total", "上海市科委2024年申请处理结果那块的总计是多少"),
        PV(z, "ha", "a.litigation_after_review.total", "淮安2024年先复议、复议完又去起诉的行政诉讼总数"),
        PV(z, "sy", "r.withheld.internal_affairs.total", "沭阳2025年因属于三类内部事务信息不予公开的"),
        PV(z, "hz23", "r.received.total", "洪泽区2023年一共收到几个信息公开申请", alt=("全区受理政府信息公开申请 21", 21)),
        PV(z, "sh25", "a.review.pending", "上海市府办2025年行政复议尚未审结的还有几件"),
        PV(z, "ha", "r.other.overdue_correction.total", "淮安市2024年申请人逾期不补正、政府就不再处理的有多少"),
        PV(z, "sy", "r.received.legal_services", "沭阳县2025年法律服务机构新收申请几件"),
        PV(z, "jx", "r.carried_forward.total", "涧西2020年还没办完留到下年度的申请几件", alt=("在办2件", 2)),
        PV(z, "sh19", "a.review.total", "上海市政府办公厅2019年信息公开类行政复议总共多少件", alt=("信息公开类行政复议7件", 7)),
        PV(z, "hz24", "c.punishment.decisions", "洪泽区2024年 行政处罚 多少"),
        PV(z, "kw", "r.granted.total", "我是做课题的学生，想确认上海市科委2024年表格里“予以公开”那一格是几件", alt=("同意公开答复 9 件", 9)),
        PV(z, "ha", "r.partially_granted.natural_person", "淮安市2024年自然人申请中部分公开的"),
        PV(z, "sy", "r.not_processed.petition.total", "沭阳县2025年 因为是信访举报投诉类、没按信息公开处理的 几件"),
        # english
        PV(e, "ha", "r.withheld.admin_query.total", "huai'an 2024 how many requests refused bc they were really admin inquiries"),
        PV(e, "sy", "c.punishment.decisions", "Shuyang County 2025: number of administrative penalty decisions?"),
        PV(e, "sh19", "r.unable.not_held.natural_person", "For the Shanghai General Office in 2019, how many requests from private individuals got the answer 'we do not hold this information'?"),
        PV(e, "jx", "r.received.total", "Jianxi District office, 2020 - how many new disclosure requests did they get in total?", alt=("全年共收到依申请公开17件", 17)),
        PV(e, "hz23", "c.licensing.decisions", "Hongze District FY2023 administrative licensing (行政许可) decisions count"),
        PV(e, "kw", "c.licensing.decisions", "STCSM 2024 how many licensing decisions"),
        PV(e, "sh25", "r.received.commercial", "Shanghai General Office 2025 - new requests filed by businesses (商业企业)?"),
        PV(e, "ha", "c.coercion.decisions", "I am researching local enforcement. In 2024, how many administrative coercion decisions did Huai'an report?"),
        PV(e, "sy", "r.granted.total", "shuyang 2025 fully disclosed requests"),
        PV(e, "sh19", "r.not_processed.petition.natural_person", "In 2019 how many individual requests did the Shanghai General Office not process because they were complaints / petitions?"),
        PV(e, "hz24", "c.coercion.decisions", "Hongze 2024, administrative compulsion decisions - what's the figure?"),
        PV(e, "ha", "r.received.commercial", "Huaian 2024: requests newly received from commercial enterprises"),
        PV(e, "sy", "a.litigation_after_review.total", "Shuyang County gov 2025 - lawsuits filed after administrative review, total?"),
        PV(e, "sh25", "r.unable.not_held.total", "Shanghai municipal general office 2025, how many requests ended as 'information not held by this agency' (本机关不掌握)?"),
        PV(e, "jx", "a.review.total", "Jianxi 2020 administrative reconsideration cases about disclosure, how many"),
        PV(e, "ha", "c.regulations.issued", "How many municipal government rules did Huai'an issue in 2024 (规章 制发)?"),
        PV(e, "sy", "r.unable.not_held.total", "A caller asks: for Shuyang in 2025, how many times did the county say it did not have the requested info?"),
        PV(e, "kw", "r.carried_over.total", "Shanghai science commission 2024, requests carried over from the year before", alt=("上年结转政府信息公开申请 2", 2)),
        PV(e, "hz23", "r.partially_granted.total", "hongze district 2023 partly disclosed answers?"),
        PV(e, "sh19", "c.normative_docs.made", "Shanghai General Office 2019: normative documents made that year", alt=("行政规范性文件60件", 60)),
        PV(e, "ha", "a.review.pending", "Huai'an 2024 - administrative reviews still not concluded at year end?", alt=("政府信息公开行政复议 351件", 37)),
        PV(e, "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, refusals because the info was administrative enforcement case files"),
        PV(e, "sh25", "a.litigation_direct.total", "How many lawsuits were brought directly (no prior review) against the Shanghai General Office in 2025?"),
        PV(e, "hz24", "r.granted.total", "Hongze District government 2024 -- requests answered with full disclosure"),
        PV(e, "ha", "r.total_processed.natural_person", "Huai'an 2024, total requests handled from natural persons (the 总计 row, 自然人 column)"),
        PV(e, "sy", "c.normative_docs.in_force", "shuyang 2025 normative documents currently in force?"),
        PV(e, "sh19", "r.received.commercial", "in 2019 how many requests did companies send to the Shanghai General Office"),
        PV(e, "jx", "r.total_processed.total", "Jianxi District 2020: total number of requests handled (办理结果 总计)"),
        PV(e, "ha", "r.withheld.process_info.total", "For Huai'an in 2024, how many were withheld as process information (过程性信息)?"),
        PV(e, "hz23", "r.withheld.state_secret.total", "Hongze 2023 - any requests refused as state secrets? how many"),
        PV(e, "kw", "r.received.commercial", "STCSM in 2024 got how many new requests from commercial companies"),
        PV(e, "sh25", "r.carried_over.natural_person", "Shanghai General Office 2025, requests from individuals carried over from the previous year"),
        PV(e, "sy", "r.other.other.total", "Shuyang 2025 - the 'other handling' (其他) outcome under other results, total?"),
        PV(e, "ha", "c.normative_docs.in_force", "Huai'an, 2024: normative documents in force at year end"),
        PV(e, "hz23", "c.fees.amount", "Hongze District 2023 administrative fees collected, amount please", unit=W),
        PV(e, "sh19", "r.withheld.admin_query.natural_person", "Shanghai General Office 2019 individual requests turned away as admin queries"),
        PV(e, "hz24", "c.normative_docs.issued", "Hongze 2024 new normative documents issued?"),
        PV(e, "sy", "r.total_processed.total", "Shuyang County 2025, how many requests were handled in total in the table", alt=("共办理 718 件", 718)),
        PV(e, "ha", "r.withheld.security_stability.total", "Huai'an 2024 refusals for endangering the 'three securities and one stability'"),
        PV(e, "sh25", "r.granted.total", "The Shanghai General Office in 2025 fully disclosed how many?"),
        PV(e, "sh25", "r.received.natural_person", "pls: 2025, Shanghai govt general office, new applications by private citizens (自然人)"),
        PV(e, "kw", "c.normative_docs.issued", "Shanghai Science and Technology Commission 2024 - normative documents issued"),
        PV(e, "jx", "r.unable.not_held.total", "2020 jianxi: how many times info not held"),
        PV(e, "ha", "a.litigation_direct.upheld", "In 2024, of the lawsuits filed directly against Huai'an (not after review), how many ended with the decision upheld?"),
        PV(e, "sy", "r.received.natural_person", "Shuyang 2025 how many newly received requests came from individuals (only the ones newly received in 2025, leave out the carried-over ones)?"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        SU(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年予以公开加上部分公开，一共多少件"),
        SU(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年不掌握和需要另行制作这两类无法提供的加起来多少"),
        SU(z, "sh19", ["a.review.total", "a.litigation_direct.total"], "上海市政府办公厅2019年行政复议和直接行政诉讼合计多少件"),
        SU(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项决定数加总是多少"),
        SU(z, "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.total"], "帮我算一下：淮安2024年复议维持、纠正、其他结果、尚未审结四项，再加上直接起诉的总数，总共多少"),
        SU(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "沭阳2025年不予公开的八个小项全部加起来是多少件"),
        SU(z, "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收的加上上年结转的，总共要处理多少件申请"),
        SU(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区政府办2020年复议、直接诉讼、复议后诉讼三类案件合计几件"),
        SU(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Huai'an 2024: petition-type plus duplicate requests that were not processed, combined?"),
        SU(e, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025 - add up 'not held' and 'would need to be newly made'"),
        SU(e, "sy", ["a.review.total", "a.litigation_direct.total"], "Shuyang 2025 administrative reviews plus direct lawsuits, total number"),
        SU(e, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Shanghai General Office 2019: all new requests from organisations (companies, legal services, others) summed"),
        SU(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze 2024 licensing decisions + penalty decisions = ?"),
        SU(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "For Huai'an 2024 sum the three 'other handling' lines (no correction, no fee, other)"),
        SU(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "hongze 2023 not-held + needs-creation requests combined"),
        SU(e, "sy", ["r.received.total", "r.carried_over.total"], "Shuyang County 2025: new requests plus those carried over from the prior year — what's the combined workload?"),
        DF(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少"),
        DF(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区2023到2024年行政处罚决定数的变化（后减前）"),
        DF(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请，2025年比2019年增加了多少件", alt=("市政府共受理政府信息公开申请 1295", 1295)),
        DF(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请：2019年和2025年相比差多少"),
        DF(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年相对2023年增减多少"),
        DF(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District administrative coercion decisions: change from 2023 to 2024?"),
        DF(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, requests from individuals: how much did 2025 differ from 2019?"),
        DF(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024?", unit=W),
        DF(e, "sh19", "sh25", "a.review.total", "Shanghai General Office admin reviews 2019 vs 2025, difference (2025 minus 2019)"),
        DF(e, "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force, 2024 minus 2023"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        RK(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家新收的信息公开申请最多"),
        RK(z, ["ha", "sy", "sh19"], "r.unable.not_held.total", "asc", "比较淮安2024、沭阳2025、上海市政府办公厅2019，哪个“本机关不掌握”最少"),
        RK(z, ["sy", "hz23", "ha"], "c.normative_docs.in_force", "desc", "沭阳县2025、洪泽区2023、淮安2024三个里面，现行有效规范性文件谁最多"),
        RK(z, ["ha", "sy", "hz23"], "c.fees.amount", "asc", "行政事业性收费：淮安市2024年、沭阳县2025年、洪泽区2023年，谁最低"),
        RK(z, ["jx", "hz23", "sy"], "r.carried_forward.total", "desc", "涧西2020 洪泽2023 沭阳2025 结转下年度继续办理 哪个最多"),
        RK(z, ["ha", "sy", "sh19"], "a.review.total", "desc", "我写稿需要：淮安市2024年、沭阳县2025年、上海市府办2019年，信息公开行政复议哪家最多？"),
        RK(z, ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "asc", "淮安2024、沭阳2025、洪泽2023、涧西2020，办理总计最少的是谁"),
        RK(e, ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which issued the most licensing decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        RK(e, ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), who got the fewest new requests from businesses?"),
        RK(e, ["jx", "sh19", "sy"], "a.litigation_direct.total", "desc", "Jianxi 2020 vs Shanghai General Office 2019 vs Shuyang 2025: most direct lawsuits?"),
        RK(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "rank huai'an 2024, shuyang 2025, hongze 2023 by coercion decisions - which is lowest"),
        RK(e, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Of Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, which carried the most requests into the next year?"),
        RK(e, ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "Partial disclosures (部分公开): Huai'an 2024, Shuyang 2025, Hongze 2023 — who had the most?"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        NT(z, "sh25", "新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会"),
        NT(z, "sh25", "新闻发布会", 19, "场", "上海市政府办公厅2025年报里说新闻通气会开了几场"),
        NT(z, "sh25", "公报》24", 24, "期", "2025年《上海市人民政府公报》编了几期"),
        NT(z, "sy", "催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一年发了多少次催办提示"),
        NT(z, "sy", "爆款内容", 52, "条", "沭阳2025年爆款内容有多少条"),
        NT(z, "sy", "失效链接", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接"),
        NT(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息多少条"),
        NT(z, "sy", "办前主动沟通", 49, "次", "沭阳2025年办前主动沟通开展了几次"),
        NT(z, "ha", "政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体有多少个"),
        NT(z, "ha", "栏目全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查"),
        NT(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        NT(z, "hz24", "常务会议", 2428, "条", "洪泽区2024年政府网站平台主动发布了多少条政府信息"),
        NT(z, "kw", "关注人数", 1016823, "人", "“上海科技”公众号2024年报里写的关注人数是多少"),
        NT(z, "kw", "批量推送集成式发布政策", 121, "条", "上海市科委2024年批量推送集成式发布政策多少条"),
        NT(z, "sh19", "常务会议的重要议题", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次"),
        NT(z, "sh19", "统一受理平台接入", 2261, "项", "2019年上海“一网通办”统一受理平台接入了多少项事项"),
        NT(z, "sh19", "正常运行状态的70家", 70, "家", "上海2019年每季度检查的政府网站有多少家"),
        NT(z, "jx", "试点领域", 26, "个", "涧西区2020年推进的基层政务公开试点领域有几个"),
        NT(z, "sy", "年度报告集中公开", 64, "家", "沭阳县2025年集中公开年报的单位一共多少家"),
        NT(z, "sh25", "公文公开属性审查", 166, "件", "上海市府办2025年完成公文公开属性审查多少件"),
        NT(e, "sh25", "意大利语", 10, "个", "How many languages does the Shanghai International Services Portal cover per the 2025 report?"),
        NT(e, "sh25", "数字公报", 16, "个", "Shanghai 2025 report: how many districts have put their government gazette online digitally?"),
        NT(e, "sh25", "公报》24", 243, "件", "In 2025 how many documents were carried in the Shanghai municipal gazette?"),
        NT(e, "sy", "意见征集9期", 4511, "条", "Shuyang County 2025 - how many items were proactively published on the county portal?"),
        NT(e, "sy", "专栏33个", 2606, "篇", "shuyang 2025 how many news articles did their new-media accounts produce"),
        NT(e, "sy", "解读类信息", 21, "条", "How many policy-interpretation items did Shuyang County release in 2025?"),
        NT(e, "sy", "同步配套解读", 7, "次", "Shuyang 2025: how many times were executive meetings accompanied by a matching interpretation?"),
        NT(e, "ha", "制作政策解读", 21, "个", "Huai'an 2024, number of policy interpretations produced (text, pictures etc.)"),
        NT(e, "hz24", "常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the government were made public?"),
        NT(e, "kw", "关注人数", 584, "条", "How many short videos did the 'Shanghai Keji' video channel publish in 2024 (Shanghai science commission report)?"),
        NT(e, "kw", "日常报送惠企政策", 83, "条", "STCSM 2024 - business-support policies submitted routinely, how many?"),
        NT(e, "kw", "全年累计发布信息 2139", 2139, "条", "How many pieces of information did the Shanghai Keji website publish in 2024?"),
        NT(e, "sh19", "部门规范性文件45件", 45, "件", "The 2019 Shanghai gazette: how many departmental normative documents did it carry?"),
        NT(e, "sh19", "全年共编发公报24期", 24, "期", "Shanghai 2019: issues of the municipal government gazette published?"),
        NT(e, "sh19", "抖音号报道进博会", 41, "条", "During the 2019 import expo how many short videos did Shanghai Fabu post on Douyin?"),
        NT(e, "sh19", "人事任免文件141件", 141, "件", "Shanghai General Office 2019: personnel appointment and removal documents published proactively?"),
        NT(e, "sh25", "人事任免文件 196", 196, "件", "And for Shanghai General Office in 2025, how many personnel appointment documents were made public?"),
        NT(e, "sy", "整改不规范描述", 22, "处", "Shuyang 2025 website checks: how many non-standard wordings were corrected?"),
        NT(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025, release reviews of official documents completed?"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        TR(z, "ha", "r.carried_forward.total", "淮安市2024年结转到下年度继续办理的申请多少件（不是从上年结转来的那个）", "结转下年 vs 上年结转", alt=("顺延到下年度答复", 103)),
        TR(z, "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议之后才提起诉讼的有几件", "复议后起诉 vs 直接起诉"),
        TR(z, "sy", "c.normative_docs.issued", "沭阳2025年新制发的规范性文件几件？不要现行有效数", "制发 vs 现行有效"),
        TR(z, "ha", "r.unable.needs_creation.total", "淮安2024年以需要另行制作为由无法提供的多少件", "另行制作 vs 不掌握"),
        TR(z, "sy", "r.withheld.process_info.total", "沭阳县2025年属于过程性信息不予公开的有几件", "过程性信息 vs 内部事务"),
        TR(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目有几个（问的是个数不是金额）", "采购项目数 vs 金额"),
        TR(z, "hz23", "r.granted.total", "洪泽区2023年完全予以公开的有几件，部分公开的别算进来", "予以公开 vs 部分公开"),
        TR(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025 - requests brought forward FROM the previous year (not the ones pushed into the next year)", "上年结转 vs 结转下年", alt=("含上年结转 189", 189)),
        TR(e, "ha", "a.review.other", "Huai'an 2024 administrative reviews whose result was 'other' (其他结果), not corrected", "其他结果 vs 纠正", alt=("政府信息公开行政复议 351件", 178)),
        TR(e, "sh19", "r.received.legal_services", "Shanghai General Office 2019 new requests from legal service agencies, not from companies", "法律服务机构 vs 商业企业"),
        TR(e, "sh25", "a.litigation_after_review.total", "2025 Shanghai General Office: lawsuits that followed an administrative review, total", "复议后起诉 vs 直接起诉"),
        TR(e, "sy", "r.carried_forward.total", "Shuyang 2025 requests carried into next year (结转下年度继续办理)", "结转下年 vs 上年结转", alt=("结转下一年 31", 31)),
        TR(e, "ha", "r.withheld.internal_affairs.total", "Huai'an 2024 refusals because the info was internal affairs (内部事务信息), not process info", "内部事务 vs 过程性信息"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安市2024年不予公开里面属于国家秘密的有几件", E("ha", "r.withheld.state_secret.total")),
               ("那法律行政法规禁止公开的呢", E("ha", "r.withheld.prohibited_by_law.total"))], "row switch"),
        FU(z, [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
               ("24年呢", E("hz24", "c.licensing.decisions"))], "year switch"),
        FU(z, [("沭阳县2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
               ("纠正的呢", E("sy", "a.review.corrected")),
               ("还没审结的", E("sy", "a.review.pending"))], "column switch x2"),
        FU(z, [("上海市政府办公厅2019年新收申请总数多少", E("sh19", "r.received.total", alt=("代表市政府共受理政府信息公开申请859件", 859))),
               ("换成2025年呢", E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请 1295", 1295)))], "year switch"),
        FU(z, [("淮安2024年行政处罚决定数", E("ha", "c.punishment.decisions")),
               ("沭阳县2025年同一项是多少", E("sy", "c.punishment.decisions"))], "body switch"),
        FU(z, [("涧西区政府办2020年复议后又起诉的几件", E("jx", "a.litigation_after_review.total")),
               ("直接起诉的呢", E("jx", "a.litigation_direct.total"))], "appeals group switch"),
        FU(z, [("我是12345的，来电人问洪泽区2024年行政复议多少件", E("hz24", "a.review.total")),
               ("他又问直接打官司的有几起", E("hz24", "a.litigation_direct.total"))], "appeals group switch"),
        FU(z, [("上海科委2024年行政许可多少个", E("kw", "c.licensing.decisions")),
               ("行政处罚呢", E("kw", "c.punishment.decisions"))], "row switch"),
        FU(z, [("沭阳2025年本机关不掌握的申请多少", E("sy", "r.unable.not_held.total")),
               ("淮安市2024年呢", E("ha", "r.unable.not_held.total"))], "body switch"),
        FU(z, [("上海市府办2025年予以公开的多少件", E("sh25", "r.granted.total")),
               ("那2019年自然人予以公开的是多少", E("sh19", "r.granted.natural_person"))], "year + column switch"),
        FU(z, [("淮安市2024年行政诉讼（直接起诉）总数", E("ha", "a.litigation_direct.total")),
               ("其中被纠正的几件", E("ha", "a.litigation_direct.corrected"))], "column switch"),
        FU(z, [("洪泽区2023年不予处理里信访举报投诉类的几件", E("hz23", "r.not_processed.petition.total")),
               ("沭阳县2025年这一项呢", E("sy", "r.not_processed.petition.total"))], "body switch"),
        FU(z, [("沭阳县2025年商业企业新收申请几件", E("sy", "r.received.commercial")),
               ("法律服务机构的呢", E("sy", "r.received.legal_services"))], "column switch"),
        FU(z, [("淮安2024年现行有效的规章有几件", E("ha", "c.regulations.in_force")),
               ("规范性文件现行有效呢", E("ha", "c.normative_docs.in_force"))], "row switch"),
        FU(z, [("上海市政府办公厅2025年结转下年度继续办理多少", E("sh25", "r.carried_forward.total")),
               ("2019年的呢", E("sh19", "r.carried_forward.total", alt=("顺延到下年度", 72)))], "year switch"),
        FU(z, [("涧西区2020年办理结果总计多少件", E("jx", "r.total_processed.total")),
               ("其中予以公开的", E("jx", "r.granted.total"))], "row switch"),
        FU(z, [("洪泽2024年规范性文件现行有效数", E("hz24", "c.normative_docs.in_force")),
               ("2023年呢", E("hz23", "c.normative_docs.in_force"))], "year switch"),
        FU(z, [("沭阳县2025年不予公开中属于行政查询事项的有几件", E("sy", "r.withheld.admin_query.total")),
               ("淮安2024年呢", E("ha", "r.withheld.admin_query.total")),
               ("上海市府办2019年自然人这一项呢", E("sh19", "r.withheld.admin_query.natural_person"))], "body switch x2"),
        FU(z, [("上海市府办2025年直接行政诉讼多少件", E("sh25", "a.litigation_direct.total")),
               ("其中还没审结的", E("sh25", "a.litigation_direct.pending"))], "column switch"),
        FU(z, [("淮安市2024年行政复议总数", E("ha", "a.review.total", alt=("政府信息公开行政复议 351件", 351))),
               ("复议维持的呢", E("ha", "a.review.upheld", alt=("政府信息公开行政复议 351件", 72)))], "column switch"),
        FU(e, [("Huai'an 2024 - how many new requests from individuals?", E("ha", "r.received.natural_person")),
               ("and from companies?", E("ha", "r.received.commercial"))], "column switch"),
        FU(e, [("Hongze District 2023 admin coercion decisions", E("hz23", "c.coercion.decisions")),
               ("what about 2024", E("hz24", "c.coercion.decisions"))], "year switch"),
        FU(e, [("Shuyang 2025: requests rejected as duplicates?", E("sy", "r.not_processed.duplicate.total")),
               ("and in Huai'an for 2024?", E("ha", "r.not_processed.duplicate.total"))], "body switch"),
        FU(e, [("Shanghai General Office 2019, new requests carried over from 2018 (上年结转)?", E("sh19", "r.carried_over.total", alt=("含上年度结转申请18件", 18))),
               ("2025?", E("sh25", "r.carried_over.total", alt=("含上年结转 189", 189)))], "year switch"),
        FU(e, [("STCSM 2024 new requests total", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
               ("how many of those came from companies", E("kw", "r.received.commercial"))], "column switch"),
        FU(e, [("Jianxi 2020 number of disclosure requests where the info wasn't held", E("jx", "r.unable.not_held.total")),
               ("Hongze 2023 same thing?", E("hz23", "r.unable.not_held.total"))], "body switch"),
        FU(e, [("Shuyang County 2025 lawsuits filed directly, how many", E("sy", "a.litigation_direct.total")),
               ("and after review?", E("sy", "a.litigation_after_review.total")),
               ("of those after review, how many upheld", E("sy", "a.litigation_after_review.upheld"))], "appeals group + column"),
        FU(e, [("Huai'an 2024 partial disclosures, total", E("ha", "r.partially_granted.total")),
               ("and full disclosure?", E("ha", "r.granted.total"))], "row switch"),
        FU(e, [("Shanghai General Office 2025 - how many requests not processed as duplicates?", E("sh25", "r.not_processed.duplicate.total")),
               ("and petition-type ones?", E("sh25", "r.not_processed.petition.total"))], "row switch"),
        FU(e, [("Shuyang 2025 administrative licensing decisions", E("sy", "c.licensing.decisions")),
               ("the science commission for 2024?", E("kw", "c.licensing.decisions"))], "body switch"),
        FU(e, [("Hongze 2024 requests answered 'not held'", E("hz24", "r.unable.not_held.total")),
               ("Shanghai General Office 2025?", E("sh25", "r.unable.not_held.total"))], "body switch"),
        FU(e, [("Jianxi District 2020 procurement amount", E("jx", "c.procurement.amount", unit=W)),
               ("and the Shanghai General Office in 2019?", E("sh19", "c.procurement.amount", unit=W))], "body switch"),
        FU(e, [("Huai'an 2024, lawsuits after review that were upheld", E("ha", "a.litigation_after_review.upheld")),
               ("still pending?", E("ha", "a.litigation_after_review.pending"))], "column switch"),
        FU(e, [("Shuyang County 2025 — normative documents repealed (废止)?", E("sy", "c.normative_docs.repealed")),
               ("Huai'an 2024?", E("ha", "c.normative_docs.repealed"))], "body switch"),
        FU(e, [("Shanghai General Office 2019 regulations made (规章 制作数量)", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
               ("total published regulations at year end?", E("sh19", "c.regulations.total_published"))], "column switch"),
        FU(e, [("hongze 2023 administrative fees amount", E("hz23", "c.fees.amount", unit=W)),
               ("shuyang 2025?", E("sy", "c.fees.amount", unit=W))], "body switch"),
        FU(e, [("Huai'an 2024 requests pending past correction deadline - dropped because applicant didn't correct", E("ha", "r.other.overdue_correction.total")),
               ("Shuyang 2025 same row", E("sy", "r.other.overdue_correction.total"))], "body switch"),
        FU(e, [("Shanghai General Office 2025 requests handled, total (办理结果总计)", E("sh25", "r.total_processed.total", alt=("办结 1191 件", 1191))),
               ("and in 2019?", E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805件", 805)))], "year switch"),
        FU(e, [("Hongze 2024 full disclosures", E("hz24", "r.granted.total")),
               ("STCSM for 2024?", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9)))], "body switch"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        UN(z, "淮安市2024年信息公开申请人里男的女的各多少", "sex breakdown not reported"),
        UN(z, "沭阳县2025年申请人里60岁以上的老人有多少", "age breakdown not reported"),
        UN(z, "上海市政府办公厅2025年3月份收到多少件信息公开申请", "month breakdown not reported"),
        UN(z, "洪泽区2024年第二季度信息公开申请多少件", "quarter breakdown not reported"),
        UN(z, "淮安2024年通过网上平台提交的申请和信函提交的各有几件", "channel breakdown not reported"),
        UN(z, "沭阳县2025年各乡镇分别收到多少信息公开申请", "township breakdown not reported"),
        UN(z, "上海市府办2019年关于征地拆迁的申请有多少", "topic breakdown not reported"),
        UN(z, "南京市2024年政府信息公开申请受理了多少件", "body not in the corpus"),
        UN(z, "宿迁市政府2025年年报里新收申请多少", "body not in the corpus"),
        UN(z, "洪泽区2022年行政许可决定多少", "year not in the corpus"),
        UN(z, "沭阳县2024年依申请公开一共多少件", "year not in the corpus"),
        UN(z, "你估计淮安市2026年信息公开申请会有多少件", "forecast"),
        UN(z, "你觉得上海市政府办公厅2025年信息公开工作做得好不好", "opinion"),
        UN(z, "我2025年3月给沭阳县政府交了一份申请问拆迁补偿，现在办到哪一步了", "one person's own case"),
        UN(z, "淮安2024年那个申请了100多次的人叫什么名字、电话多少", "personal data"),
        UN(z, "上海科委2024年负责信息公开的工作人员有几个人", "staff number not stated"),
        UN(z, "洪泽区2023年信息公开工作花了多少经费", "cost not stated"),
        UN(z, "涧西区政府办2020年平均多少个工作日答复一件申请", "response time not stated"),
        UN(z, "浦东新区2024年主动公开了多少条信息", "body not in the corpus"),
        UN(z, "沭阳2025年那1条播放破亿的视频是谁拍的", "author of the video not stated"),
        UN(e, "How many of Huai'an's 2024 disclosure requests came from people living outside Jiangsu?", "residence breakdown not reported"),
        UN(e, "Shanghai General Office 2025 - how many requests were about housing policy?", "topic breakdown not reported"),
        UN(e, "Shuyang County 2025: how many requests did each county department receive?", "department breakdown not reported"),
        UN(e, "What share of Hongze District's 2023 applicants were women?", "sex breakdown not reported"),
        UN(e, "STCSM 2024 - requests broken down by industry of the requesting companies?", "industry breakdown not reported"),
        UN(e, "Nanjing city government 2024 disclosure report: total new requests?", "body not in the corpus"),
        UN(e, "Qingjiangpu District 2024 how many requests", "body not in the corpus"),
        UN(e, "Jianxi District office 2021 - number of requests received?", "year not in the corpus"),
        UN(e, "Shanghai science commission 2023 licensing decisions?", "year not in the corpus"),
        UN(e, "Shanghai General Office 2022 new requests", "year not in the corpus"),
        UN(e, "Predict how many lawsuits Shuyang County will face in 2026", "forecast"),
        UN(e, "Was Huai'an's 2024 handling of disclosure requests better than Shuyang's in 2025, in your opinion?", "opinion"),
        UN(e, "I applied to Hongze District in June 2024 for my land file - was my request one of the ones refused?", "one person's own case"),
        UN(e, "Give me the names of the people who sued the Shanghai General Office in 2025", "personal data"),
        UN(e, "How long on average did Huai'an take in 2024 to answer a disclosure request?", "response time not stated"),
        UN(e, "How many staff work on government information disclosure at Shuyang County in 2025?", "staff number not stated"),
        UN(e, "why did Hongze District's request numbers change in 2024, what was the reason given", "reason not stated"),
        UN(e, "Shanghai General Office 2019: how many of the requests were filed in the first quarter?", "quarter breakdown not reported"),
        UN(e, "Jianxi 2020 - which streets (街道) did the 17 requests come from?", "district/street breakdown not reported"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + neighbour() + followup() + cannot()
