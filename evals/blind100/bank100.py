"""Question bank of the hundredth blind evaluation set (evals/blind100).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written from scratch for this set. The bank names only bodies, keys,
keywords and wordings; every number in an `expect` is computed by helpers100.py (gold JSON,
printed text cells, or a sentence cut from the report text).

Bodies: jx 涧西区 2020 (gold), ha 淮安市 2024 (gold), hz23 洪泽区 2023 (gold), hz24 洪泽区 2024
(text cells), sy 沭阳县 2025 (gold), kw 上海市科委 2024 (text cells), sh25 上海市府办 2025
(text cells), sh19 上海市府办 2019 (gold).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib100 as L  # noqa: E402
from helpers100 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

A4 = "四、政府信息公开行政复议、行政诉讼情况"
N25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
# printed cells of the reports without gold: the same cells blind5/blind6 verified
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A4, 14),
        "appeals.litigation_direct.total": ("after", A4, 9),
        "appeals.review.total": ("after", A4, 4),
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
        "appeals.litigation_after_review.total": ("after", N25, 14),
        "appeals.litigation_direct.pending": ("after", N25, 8),
        "appeals.litigation_direct.total": ("after", N25, 9),
        "appeals.review.pending": ("after", N25, 3),
        "appeals.review.total": ("after", N25, 4),
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

# sentences where the text states the same number as the table (question marked ambiguous)
HA_REQ = "全市共受理政府信息公开申请"      # 3119 / 3050 / 34 / 103
HA_APP = "其中结果维持 72 件"              # 351 / 72 / 64 / 178 / 37 / 46
SY_REQ = "共办理 718 件"                   # 749 / 718 / 31 / 8
SH19_REQ = "代表市政府共受理"              # 859 / 805 / 18 / 72
SH19_APP = "均获维持"                      # 7 / 9
HZ_REQ = "全区受理政府信息公开申请"        # 21
JX_REQ = "全年共收到依申请公开"            # 17 / 15 / 2
KW_REQ = "全年收到政府信息公开申请 34 件"  # 34 / 2
KW_GR = "同意公开答复"                     # 9
SH25_REQ = "市政府共受理政府信息公开申请"  # 1295 / 1191 / 189


def PV(lang, b, keys, q, note="table value", **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def PS(lang, b, keys, q, note="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def PD(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def PR(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def PN(lang, b, kw_, value, unit, q, note="number stated only in the report text", frm=None):
    return N(lang, b, kw_, value, unit, q, "[textonly] " + note, frm=frm)


def PU(lang, q, why, note="not in the corpus"):
    return U(lang, q, why, "[cannot] " + note)


def PT(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def PF(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def plain():
    z, e = "zh", "en"
    return [
        # ---- 淮安 2024 (zh)
        PV(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", alt=(HA_REQ, 3119)),
        PV(z, "ha", "r.granted.total", "请问淮安2024年申请里直接给公开了的有几件"),
        PV(z, "ha", "r.partially_granted.total", "淮安市人民政府2024年度 部分公开 多少件啊"),
        PV(z, "ha", "r.unable.not_held.total", "我是做新闻的，想核一下淮安市2024年因为政府手里没有这条信息而没法提供的申请数"),
        PV(z, "ha", "r.withheld.admin_query.total", "淮安24年有多少申请被当成行政查询事项没公开"),
        PV(z, "ha", "r.not_processed.petition.total", "淮安市2024年 信访举报投诉类的申请 不予处理了多少"),
        PV(z, "ha", "r.other.overdue_correction.total", "2024年淮安市政府那边，申请人逾期没补正被结掉的有多少件"),
        PV(z, "ha", "a.review.corrected", "淮安市政府2024年信息公开行政复议被纠正的有几件？", alt=(HA_APP, 64)),
        PV(z, "ha", "c.licensing.decisions", "帮忙看下淮安市2024年报里行政许可处理决定数量是多少"),
        PV(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费收了多少钱（万元）", unit="万元"),
        PV(z, "ha", "r.received.legal_services", "律所之类的法律服务机构2024年向淮安市政府申请了几件"),
        PV(z, "ha", "r.unable.needs_creation.total", "您好 12345转来的来电：市民想知道淮安市2024年因为要另外制作信息而没提供的有多少件"),
        PV(z, "ha", "a.litigation_direct.total", "淮安2024年因为信息公开被直接告上法院（没经过复议）的案子几件"),
        # ---- 淮安 2024 (en)
        PV(e, "ha", "r.total_processed.total", "How many requests did Huai'an city government close out in 2024 (办理结果总计)?", alt=(HA_REQ, 3050)),
        PV(e, "ha", "r.withheld.prohibited_by_law.total", "huaian 2024 how many refused bcz laws and regulations forbid disclosure"),
        PV(e, "ha", "r.not_processed.duplicate.total", "In 2024, how many of Huai'an's requests were thrown out as repeat applications?"),
        PV(e, "ha", "c.normative_docs.in_force", "Huai'an municipal gov 2024: normative documents currently in force at year end?"),
        PV(e, "ha", "c.punishment.decisions", "For my thesis I need the number of administrative penalty decisions Huai'an reported for 2024."),
        PV(e, "ha", "a.review.pending", "Huai'an 2024 — admin reconsiderations about disclosure still not concluded at year end?", alt=(HA_APP, 37)),
        PV(e, "ha", "r.received.commercial", "how many applications came from companies (商业企业) to Huai'an in 2024"),
        PV(e, "ha", "r.carried_forward.total", "Huaian 2024, requests pushed over into next year for reply — how many?", alt=(HA_REQ, 103)),
        PV(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024: requests ended because the applicant did not pay the fee on time?"),
        PV(e, "ha", "a.litigation_after_review.upheld", "Of the lawsuits filed after reconsideration against Huai'an in 2024, how many did the court uphold?"),
        # ---- 洪泽 2023 (zh)
        PV(z, "hz23", "r.received.total", "洪泽区2023年收到的依申请公开一共多少件", alt=(HZ_REQ, 21)),
        PV(z, "hz23", "r.unable.not_held.total", "洪泽2023年 本机关不掌握 那一格是几"),
        PV(z, "hz23", "c.punishment.decisions", "洪泽区人民政府2023年行政处罚决定有多少件"),
        PV(z, "hz23", "r.partially_granted.total", "2023年洪泽区政府只公开了一部分的申请有几个"),
        # ---- 洪泽 2023 (en)
        PV(e, "hz23", "c.licensing.decisions", "Hongze District 2023 number of administrative licensing decisions?"),
        PV(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023: how many requests couldn't be met because the info would have to be newly compiled?"),
        PV(e, "hz23", "c.fees.amount", "What did Hongze District take in from administrative fees in 2023 (in 10k yuan)?", unit="万元"),
        # ---- 洪泽 2024 (zh / en, printed cells)
        PV(z, "hz24", "r.granted.total", "洪泽区政府二〇二四年予以公开的申请数是多少"),
        PV(z, "hz24", "c.licensing.decisions", "洪泽24年行政许可多少件"),
        PV(e, "hz24", "r.unable.not_held.total", "Hongze District 2024, requests where the government said it doesn't hold the info?"),
        PV(e, "hz24", "c.coercion.decisions", "Hongze 2024 administrative compulsion (行政强制) decisions count pls"),
        PV(e, "hz24", "a.review.total", "How many administrative reconsideration cases about disclosure did Hongze District face in 2024?"),
        # ---- 沭阳 2025 (zh)
        PV(z, "sy", "r.received.total", "沭阳县2025年表里本年新收的信息公开申请是多少件（不算上一年结转过来的）"),
        PV(z, "sy", "r.granted.total", "我2024年底帮我妈给沭阳县政府写过申请，后来给公开了。想问下2025年沭阳一共予以公开了多少件？"),
        PV(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息不给公开的有几件"),
        PV(z, "sy", "r.other.other.total", "沭阳2025 其他处理 里面那个“其他”有多少"),
        PV(z, "sy", "a.review.total", "2025年沭阳县政府被申请信息公开行政复议总共几件"),
        PV(z, "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件有多少件"),
        PV(z, "sy", "r.carried_over.total", "沭阳县政府2025年从上一年结转过来的申请有多少"),
        PV(z, "sy", "r.total_processed.total", "麻烦查一下沭阳县2025年办理结果总计那一格", alt=(SY_REQ, 718)),
        PV(z, "sy", "c.coercion.decisions", "沭阳2025年行政强制决定数"),
        # ---- 沭阳 2025 (en)
        PV(e, "sy", "r.unable.not_held.total", "Shuyang County 2025 — how many times did they answer 'we don't have this information'?"),
        PV(e, "sy", "r.not_processed.petition.total", "In 2025 how many Shuyang requests were really complaints/petitions and so not processed?"),
        PV(e, "sy", "a.review.upheld", "Shuyang 2025: of the disclosure reconsiderations, how many ended with the decision upheld (维持)?"),
        PV(e, "sy", "c.licensing.decisions", "What's Shuyang County's administrative licensing figure for 2025?"),
        PV(e, "sy", "r.received.natural_person", "How many new requests did private individuals file with Shuyang County in 2025 (table, not counting carry-over)?"),
        PV(e, "sy", "r.withheld.admin_query.total", "shuyang 2025 requests refused as administrative inquiries??"),
        PV(e, "sy", "a.litigation_after_review.total", "Shuyang County 2025, lawsuits brought after a reconsideration — total?"),
        PV(e, "sy", "r.partially_granted.total", "Shuyang 2025 number of partial disclosures"),
        # ---- 上海市府办 2019 (zh)
        PV(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到信息公开申请多少件", alt=(SH19_REQ, 859)),
        PV(z, "sh19", "c.normative_docs.made", "上海市府办2019年新制作的规范性文件几件"),
        PV(z, "sh19", "r.unable.not_held.natural_person", "2019年上海市府办 自然人申请里 本机关不掌握的 多少件"),
        PV(z, "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额是多少万元", unit="万元"),
        PV(z, "sh19", "a.litigation_direct.total", "上海市府办2019年因为信息公开被起诉的有多少件（没经过复议直接起诉）", alt=(SH19_APP, 9)),
        # ---- 上海市府办 2019 (en)
        PV(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests carried into the following year?", alt=(SH19_REQ, 72)),
        PV(e, "sh19", "c.regulations.total_published", "Total number of government rules publicly available from the Shanghai General Office as of 2019?"),
        PV(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai municipal general office 2019, petition-type requests from individuals that were not handled?"),
        PV(e, "sh19", "r.received.commercial", "In 2019, how many disclosure requests did businesses send to the Shanghai General Office?"),
        # ---- 上海市府办 2025 (printed cells)
        PV(z, "sh25", "r.received.total", "上海市政府办公厅2025年新收了多少件政府信息公开申请", alt=(SH25_REQ, 1295)),
        PV(z, "sh25", "r.unable.not_held.total", "上海市府办2025年回复“本机关不掌握”的有多少"),
        PV(z, "sh25", "r.not_processed.duplicate.total", "2025年上海市政府办公厅 重复申请 不予处理几件"),
        PV(e, "sh25", "r.granted.total", "Shanghai General Office 2025 — number of requests fully disclosed?"),
        PV(e, "sh25", "a.review.total", "how many reconsideration cases did Shanghai Municipal Gov General Office have in 2025 (disclosure related)"),
        PV(e, "sh25", "r.carried_forward.total", "Shanghai General Office, 2025: how many applications remained open going into the next year?"),
        PV(e, "sh25", "r.received.commercial", "Shanghai general office 2025 new requests from commercial enterprises?"),
        # ---- 上海市科委 2024 (printed cells)
        PV(z, "kw", "r.received.total", "上海科委2024年收到多少件信息公开申请", alt=(KW_REQ, 34)),
        PV(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件多少件"),
        PV(e, "kw", "c.licensing.decisions", "STCSM 2024 administrative licensing decisions — how many?"),
        PV(e, "kw", "r.granted.total", "Shanghai science commission 2024, how many requests got a full 'yes, disclosed' answer?", alt=(KW_GR, 9)),
        PV(e, "kw", "r.received.natural_person", "In 2024, how many of the science commission's (上海市科委) new requests came from individuals?"),
        # ---- 涧西 2020 (zh / en)
        PV(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", alt=(JX_REQ, 17)),
        PV(z, "jx", "r.granted.total", "涧西区2020年 同意公开的 几件"),
        PV(z, "jx", "c.procurement.projects", "涧西区人民政府办公室2020年政府集中采购项目有几个"),
        PV(e, "jx", "r.unable.not_held.total", "Jianxi District 2020, how many requests ended with 'info not held by this office'?"),
        PV(e, "jx", "c.procurement.amount", "Jianxi District office 2020 centralized procurement total amount (万元)?", unit="万元"),
        PV(e, "jx", "a.review.total", "Jianxi 2020: number of administrative reconsiderations over disclosure?"),
        # ---- more zh
        PV(z, "ha", "r.withheld.third_party.total", "淮安市2024年因为会损害第三方合法权益而不予公开的申请有几件"),
        PV(z, "ha", "c.coercion.decisions", "学生作业：淮安市2024年报 主动公开表里 行政强制 的处理决定数量"),
        PV(z, "sy", "r.withheld.enforcement_files.total", "沭阳县2025年 属于行政执法案卷 不公开的 多少件"),
        PV(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额（万元）", unit="万元"),
        PV(z, "ha", "a.litigation_after_review.total", "淮安市政府2024年复议以后又去法院起诉的信息公开案件一共多少件"),
        PV(z, "sh19", "r.total_processed.total", "上海市府办2019年答复了多少件信息公开申请", alt=(SH19_REQ, 805)),
        PV(z, "hz23", "c.coercion.decisions", "洪泽区2023年度 行政强制 多少"),
        PV(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年因为需要另行制作而无法提供的申请几件"),
        # ---- more en
        PV(e, "ha", "r.withheld.state_secret.total", "Huai'an 2024 — any requests refused because they were state secrets? how many"),
        PV(e, "sy", "r.not_processed.duplicate.total", "Shuyang County gov 2025: duplicate requests not processed, count?"),
        PV(e, "ha", "c.regulations.in_force", "Number of Huai'an municipal regulations (规章) in force as of end of 2024?"),
        PV(e, "sh19", "c.regulations.made", "Shanghai General Office 2019 — how many rules (规章) were newly made that year?"),
        PV(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025, requests closed because the applicant did not pay the processing fee in time"),
        PV(e, "hz23", "r.withheld.state_secret.total", "Did Hongze District refuse anything as a state secret in 2023? how many"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        PS(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件"),
        PS(z, "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年本年新收加上年结转，按表加起来是多少", alt=(SY_REQ, 749)),
        PS(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年信息公开行政诉讼（直接起诉加复议后起诉）总共几件", alt=(HA_APP, 46)),
        PS(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握 和 需另行制作 两项合计"),
        PS(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total"], "沭阳2025年 危及三安全一稳定、损害第三方权益、过程性信息 这三类不予公开加起来多少"),
        PS(z, "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安2024年行政许可、行政处罚、行政强制三项处理决定加总"),
        PS(z, "sh19", ["r.received.total", "r.carried_over.total"], "2019年上海市政府办公厅新收申请和上年结转的加一起是多少"),
        PS(z, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "记者核稿：淮安市2024年“其他处理”三个小项（逾期不补正、逾期不缴费、其他）合计"),
        PS(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "Huai'an 2024: petition-type + duplicate + reconfirmation requests not processed, added up?"),
        PS(e, "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025 reconsiderations that were either upheld or corrected — combined?"),
        PS(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025 total disclosure disputes: reconsiderations + direct lawsuits + lawsuits after reconsideration"),
        PS(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "add up all eight 'not disclosed' (不予公开) reasons for Huai'an 2024 pls"),
        PS(e, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: disclosed requests plus not-held requests, total?"),
        PS(e, "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024 new requests plus ones carried over from 2023 — sum?"),
        PS(e, "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang County 2025 normative documents issued + repealed, total"),
        PS(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2024: licensing, penalty and compulsion decisions added together?"),
        # differences
        PD(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少"),
        PD(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区 不掌握相关信息 的申请，2023年到2024年增加了几件"),
        PD(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请数，2025年和2019年相比差多少"),
        PD(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2019年到2025年变化了多少"),
        PD(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数从2023年到2024年变了多少（后一年减前一年）"),
        PD(e, "sh19", "sh25", "a.review.total", "By how much did Shanghai General Office's disclosure reconsiderations change from 2019 to 2025?"),
        PD(e, "hz23", "hz24", "c.coercion.decisions", "Hongze administrative compulsion decisions: change from 2023 to 2024?"),
        PD(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office new requests from individuals, 2025 minus 2019?"),
        PD(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze District normative docs in force — difference between end-2023 and end-2024?"),
        PD(e, "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office over disclosure: 2019 vs 2025, how much more?"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        PR(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，谁收到的新申请最多"),
        PR(z, ["hz23", "jx", "sy"], "r.received.total", "asc", "洪泽区2023、涧西区2020、沭阳县2025 这三家哪个新收申请最少"),
        PR(z, ["sy", "sh19", "hz23"], "r.total_processed.total", "desc", "比一比：沭阳县政府2025年、上海市政府办公厅2019年、洪泽区政府2023年，办结申请数哪家最多？"),
        PR(z, ["ha", "hz23", "sy"], "c.fees.amount", "asc", "淮安市（2024年）、洪泽区（2023年）、沭阳县（2025年）行政事业性收费金额谁最低"),
        PR(z, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "自然人提的信访举报投诉类申请被不予处理，淮安2024、沭阳2025、上海市府办2019哪个最多"),
        PR(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "现行有效规范性文件数量：淮安市2024年、洪泽区2023年、沭阳县2025年，最少的是谁"),
        PR(z, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转过来的申请，淮安2024年、沭阳2025年、上海市府办2019年哪家最多"),
        PR(e, ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Which had the most requests carried into the next year: Shuyang 2025, Shanghai General Office 2019, or Jianxi District 2020?"),
        PR(e, ["ha", "sy", "sh19", "hz23"], "r.received.natural_person", "asc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023, who got the fewest new requests from individuals?"),
        PR(e, ["sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "individuals' requests answered 'info not held': Shuyang (2025) vs Shanghai Gen Office (2019) vs Hongze (2023) — which is highest?"),
        PR(e, ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "Rank by disclosure reconsideration cases — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020. Who's on top?"),
        PR(e, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "Which body reported the largest number of licensing decisions: Huai'an in 2024, Hongze District in 2023 or Shuyang County in 2025?"),
        PR(e, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Direct lawsuits over disclosure — Shuyang 2025, Shanghai General Office 2019, Jianxi 2020: which one had the most?"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        PN(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        PN(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费（元）"),
        PN(z, "ha", "政务新媒体共计", 95, "个", "截至2024年报告，淮安全市在运维的政务新媒体有多少个"),
        PN(z, "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        PN(z, "hz24", "区政府办代表区政府受理政府信息公开申请", 17, "件", "洪泽区2024年报正文里说区政府办代表区政府受理了多少件申请"),
        PN(z, "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "洪泽24年网站主动发布的政府信息条数"),
        PN(z, "sy", "开展意见征集9期", 9, "期", "沭阳县2025年门户网站开展了几期意见征集"),
        PN(z, "sy", "全年发出催办提示", 84, "次", "沭阳那个倒计时报警器2025年一共发了多少次催办提示"),
        PN(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理掉的过期信息有多少条"),
        PN(z, "sy", "失效链接43处", 43, "处", "2025年沭阳县网站整改了多少处失效链接"),
        PN(z, "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位有几家"),
        PN(z, "sy", "成功推动化解各类争议纠纷", 33, "件", "听说沭阳县2025年办前沟通化解了不少争议，具体化解了多少件纠纷"),
        PN(z, "kw", "主合办政协提案", 85, "件", "上海市科委2024年主合办的政协提案有多少件"),
        PN(z, "kw", "直播 118 场", 118, "场", "上海科技视频号2024年直播了多少场"),
        PN(z, "sh25", "新闻通气会 19 场", 19, "场", "2025年上海市政府开了几场新闻通气会"),
        PN(z, "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的"),
        PN(z, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "上海市政府公报2025年出了几期"),
        PN(z, "sh19", "政策解读共132件", 132, "件", "2019年上海市政府门户网站发布政策解读多少件"),
        PN(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年每季度检查多少家政府网站"),
        PN(z, "jx", "26个试点领域", 26, "个", "涧西区2020年设置了多少个试点领域"),
        PN(e, "ha", "制作《淮安市人民政府公报》6 期", 6, "期", "How many issues of the Huai'an municipal gazette were produced in 2024?"),
        PN(e, "ha", "全年组织 4 次", 4, "次", "Huai'an 2024: how many full-coverage checks of disclosure columns were organised?"),
        PN(e, "ha", "政策解读21 个", 21, "个", "how many policy interpretations (政策解读) did Huai'an make in 2024, per the narrative"),
        PN(e, "sy", "推送系列原创短视频1113个", 1113, "个", "Shuyang County 2025 — how many original short videos were pushed on its new-media accounts?"),
        PN(e, "sy", "年度涌现爆款内容52条", 52, "条", "How many viral posts did Shuyang report for 2025?"),
        PN(e, "sy", "累计开展办前主动沟通 49 次", 49, "次", "In 2025 how many times did Shuyang proactively talk with applicants before handling their requests?"),
        PN(e, "sy", "收取信息处理费共计380元", 380, "元", "Shuyang 2025 information processing fees collected, in yuan?"),
        PN(e, "sy", "开设《项目进行时》", 33, "个", "Number of new-media columns (专栏) Shuyang County opened in 2025?"),
        PN(e, "kw", "微信公众号共编发文章 1640 篇", 1640, "篇", "How many articles did the 'Shanghai Science & Technology' WeChat account put out in 2024?"),
        PN(e, "kw", "今年累计批量推送集成式发布政策", 121, "条", "STCSM 2024: policies pushed in batches for integrated release — how many?"),
        PN(e, "kw", "5 个高频事项", 5, "个", "How many high-frequency services of the Shanghai science commission have 'read-and-handle' links (2024 report)?"),
        PN(e, "kw", "主合办人大代表建议 50 件", 50, "件", "STCSM 2024: NPC deputies' suggestions it led or co-handled?"),
        PN(e, "sh25", "召开市政府新闻发布会 42 场", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?"),
        PN(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "Shanghai International Services Portal, 2025 report: how many languages does it cover?"),
        PN(e, "sh25", "全年完成市政府及市政府办公厅公文公开属性审查", 166, "件", "Shanghai General Office 2025 — documents whose disclosure attribute was reviewed?"),
        PN(e, "sh25", "16 个区全部上线数字公报", 16, "个", "In 2025, how many Shanghai districts had their digital gazette online?"),
        PN(e, "sh19", "人事任免文件141件", 141, "件", "Shanghai General Office 2019: personnel appointment documents published proactively?"),
        PN(e, "sh19", "重要议题进行权威发布共计38次", 38, "次", "2019 Shanghai — authoritative releases on executive meeting topics, how many times?"),
        PN(e, "sh19", "全年共编发公报24期", 24, "期", "How many gazette issues did the Shanghai General Office publish in 2019?"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        PU(z, "淮安市2024年提信息公开申请的人里面男的女的各有多少", "no sex breakdown in the report"),
        PU(z, "沭阳县2025年的申请 哪个乡镇的人申请得最多", "no township breakdown"),
        PU(z, "南京市政府2024年收到多少件政府信息公开申请", "南京市 not in the corpus"),
        PU(z, "洪泽区2022年信息公开行政复议有多少件", "洪泽区 2022 not in the corpus"),
        PU(z, "上海市府办2025年平均多少天答复一件申请", "no response times stated"),
        PU(z, "淮安市政府办2024年专门做信息公开的工作人员有几个人", "no staff numbers"),
        PU(z, "帮我预测一下沭阳县2026年会收到多少件信息公开申请", "forecast"),
        PU(z, "我2025年3月向沭阳县自然资源局申请过宅基地审批材料，我那件最后是什么结果？", "one person's own case"),
        PU(z, "你觉得上海市科委2024年信息公开工作做得好不好，打几分", "opinion"),
        PU(z, "宿迁市人民政府2025年予以公开的申请是多少", "宿迁市 not in the corpus"),
        PU(z, "淮安2024年的申请里 涉及征地拆迁的有多少件", "no topic breakdown"),
        PU(z, "上海市政府办公厅2019年第三季度收到了多少件申请", "no quarterly breakdown"),
        PU(z, "洪泽区2024年通过网上平台申请的和写信申请的各多少件", "no channel breakdown"),
        PU(z, "浦东新区2025年主动公开了多少条政府信息", "浦东新区 not in the corpus"),
        PU(z, "沭阳县2025年给申请人王某某的答复书原件和他的身份证号能发我一下吗", "personal data"),
        PU(z, "涧西区政府办2021年收到几件依申请公开", "涧西区 2021 not in the corpus"),
        PU(z, "上海科委2023年一共收到多少件信息公开申请", "上海市科委 2023 not in the corpus"),
        PU(z, "淮安市2024年各个县区分别收到多少件信息公开申请", "no district breakdown"),
        PU(z, "沭阳县政府2025年做信息公开工作一共花了多少经费", "no costs stated"),
        PU(z, "清江浦区2024年因为政府信息公开被起诉了几次", "清江浦区 not in the corpus"),
        PU(e, "Huai'an 2024: which age group filed the most disclosure requests?", "no age breakdown"),
        PU(e, "How many of the Shanghai General Office's 2025 requests came from people living outside Shanghai?", "no residence breakdown"),
        PU(e, "Hongze District 2024 — average number of days it took to answer a request?", "no response times"),
        PU(e, "Nanjing municipal government 2024, total disclosure requests received?", "Nanjing not in the corpus"),
        PU(e, "Shuyang 2025: which county department received the most information requests?", "no department breakdown"),
        PU(e, "Will Huai'an get more disclosure requests in 2025 than it did in 2024? give me a number", "forecast"),
        PU(e, "Is the Shanghai science commission's 2024 disclosure work better than the other Shanghai commissions'?", "opinion"),
        PU(e, "shanghai general office 2022 how many requests received", "上海市府办 2022 not in the corpus"),
        PU(e, "Jianxi District 2020: in which month did they receive the most requests?", "no monthly breakdown"),
        PU(e, "Hongze 2023 — how many requests were about housing demolition compensation?", "no topic breakdown"),
        PU(e, "Could you give me the phone number and address of someone who applied to Shuyang County in 2025?", "personal data"),
        PU(e, "Suqian city government, 2025: how many requests were fully disclosed?", "Suqian not in the corpus"),
        PU(e, "Huai'an 2024 — how many requests were filed online versus by post?", "no channel breakdown"),
        PU(e, "STCSM 2024: how many disclosure requests came from foreign nationals?", "no nationality breakdown"),
        PU(e, "Shuyang County 2024 number of new disclosure requests?", "沭阳 2024 not in the corpus"),
        PU(e, "Pudong New Area 2024 administrative reconsiderations about disclosure — how many?", "浦东新区 not in the corpus"),
        PU(e, "I asked Hongze District in 2024 for the papers on my father's land. Was my request one of the refused ones?", "one person's own case"),
        PU(e, "Shanghai General Office 2019: requests received in the fourth quarter only?", "no quarterly breakdown"),
        PU(e, "How many staff work on information disclosure at the Shanghai General Office (2025 report)?", "no staff numbers"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        PT(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来继续办的申请有多少", "上年结转 34, not 结转下年 103", alt=(HA_REQ, 34)),
        PT(z, "ha", "a.litigation_after_review.total", "淮安市政府2024年 先复议、复议完了再起诉的 行政诉讼一共几件", "复议后起诉 20, not 直接起诉 26"),
        PT(z, "ha", "c.normative_docs.repealed", "淮安2024年废止了多少件规范性文件", "废止 26, not 制发 8 / 现行有效 66"),
        PT(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为没有现成信息、需要另外制作所以没提供的有几件", "另行制作 48, not 不掌握 513"),
        PT(z, "ha", "r.withheld.process_info.total", "淮安市2024年以属于过程性信息为由不公开的申请几件", "过程性信息 12, not 内部事务 8"),
        PT(z, "ha", "a.review.other", "淮安2024年信息公开行政复议结果是“其他结果”的多少件", "其他结果 178, not 纠正 64", alt=(HA_APP, 178)),
        PT(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目个数（不是金额）", "采购项目数 6, not 金额 25.1"),
        PT(e, "ha", "r.granted.legal_services", "Huai'an 2024: requests from law firms / legal service agencies that were fully disclosed?", "法律服务机构 50, not 商业企业 21"),
        PT(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 — total normative documents publicly available (对外公开总数), not the new ones", "对外公开总数 368, not 新制作 60"),
        PT(e, "ha", "c.regulations.issued", "How many municipal rules (规章) did Huai'an newly issue in 2024? not the in-force count", "制发 1, not 现行有效 11"),
        PT(e, "sy", "a.litigation_after_review.upheld", "Shuyang 2025: lawsuits filed after a reconsideration that ended with the decision upheld?", "复议后起诉 维持 8, not 直接起诉 维持 3"),
        PT(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025, requests carried over from 2024 into the year", "上年结转 189, not 结转下年 293", alt=(SH25_REQ, 189)),
        PT(e, "hz24", "a.litigation_after_review.total", "Hongze District 2024 — lawsuits filed after an administrative reconsideration, how many?", "复议后起诉 3, not 直接起诉 1"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        # zh -------------------------------------------------------------
        PF(z, [("洪泽区2023年行政许可决定有多少件", E("hz23", "c.licensing.decisions")),
               ("24年呢", E("hz24", "c.licensing.decisions"))], "year switch 洪泽 2023 -> 2024"),
        PF(z, [("上海市府办2019年新收了多少件申请", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
               ("那2025年的呢？", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch 上海市府办 2019 -> 2025"),
        PF(z, [("淮安市2024年予以公开的申请多少件", E("ha", "r.granted.total")),
               ("沭阳县2025年同一项是多少", E("sy", "r.granted.total"))], "body switch 淮安 -> 沭阳"),
        PF(z, [("沭阳县2025年本机关不掌握的有几件", E("sy", "r.unable.not_held.total")),
               ("需要另行制作的呢", E("sy", "r.unable.needs_creation.total")),
               ("申请内容不明确的呢", E("sy", "r.unable.unclear.total"))], "row switch inside 无法提供"),
        PF(z, [("淮安市2024年信息公开行政复议总数", E("ha", "a.review.total", alt=(HA_APP, 351))),
               ("直接起诉的行政诉讼呢", E("ha", "a.litigation_direct.total"))], "appeals group switch"),
        PF(z, [("我在写毕业论文，先问个简单的：洪泽区2023年行政处罚决定数是多少", E("hz23", "c.punishment.decisions")),
               ("同一个区2024年的呢", E("hz24", "c.punishment.decisions"))], "year switch 洪泽 punishment"),
        PF(z, [("上海市政府办公厅2019年结转到下一年的申请几件", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
               ("换成2025年呢", E("sh25", "r.carried_forward.total"))], "year switch 结转下年"),
        PF(z, [("淮安2024年自然人新收申请多少", E("ha", "r.received.natural_person")),
               ("商业企业的呢", E("ha", "r.received.commercial")),
               ("其他组织的呢", E("ha", "r.received.other_org"))], "column switch"),
        PF(z, [("沭阳县2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
               ("结果纠正的呢", E("sy", "a.review.corrected"))], "column switch inside 行政复议"),
        PF(z, [("12345转办：市民问洪泽区2023年收到多少件依申请公开", E("hz23", "r.received.total", alt=(HZ_REQ, 21))),
               ("他又问淮安市政府2024年的数字", E("ha", "r.received.total", alt=(HA_REQ, 3119)))], "body switch 洪泽 -> 淮安"),
        PF(z, [("上海科委2024年现行有效规范性文件多少件", E("kw", "c.normative_docs.in_force")),
               ("当年新制发的呢", E("kw", "c.normative_docs.issued"))], "column switch 现行有效 -> 制发"),
        PF(z, [("涧西区2020年办结的依申请公开有多少件", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
               ("结转到下一年的呢", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], "row switch 涧西"),
        PF(z, [("上海市府办2025年上年结转的申请多少件", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
               ("其中自然人的", E("sh25", "r.carried_over.natural_person")),
               ("法律服务机构的呢", E("sh25", "r.carried_over.legal_services"))], "column switch 上年结转"),
        PF(z, [("淮安市2024年 逾期未按收费通知要求缴纳费用 的几件", E("ha", "r.other.overdue_fee.total")),
               ("沭阳2025年这一项呢", E("sy", "r.other.overdue_fee.total"))], "body switch 逾期不缴费"),
        PF(z, [("洪泽区2023年现行有效的规范性文件几件", E("hz23", "c.normative_docs.in_force")),
               ("2024年呢？", E("hz24", "c.normative_docs.in_force"))], "year switch 现行有效"),
        PF(z, [("沭阳县2025年 不予处理 里面信访举报投诉类的有几件", E("sy", "r.not_processed.petition.total")),
               ("重复申请的呢", E("sy", "r.not_processed.duplicate.total"))], "row switch 不予处理"),
        PF(z, [("上海市府办2019年信息公开行政复议几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
               ("2025年的呢", E("sh25", "a.review.total")),
               ("2025年还没审结的有几件", E("sh25", "a.review.pending"))], "year then column switch"),
        PF(z, [("淮安市2024年行政处罚决定有多少", E("ha", "c.punishment.decisions")),
               ("那行政强制呢", E("ha", "c.coercion.decisions"))], "row switch 主动公开"),
        PF(z, [("沭阳县2025年复议后又起诉的行政诉讼有几件", E("sy", "a.litigation_after_review.total")),
               ("直接起诉的呢", E("sy", "a.litigation_direct.total"))], "appeals group switch 沭阳"),
        PF(z, [("上海市科委2024年新收的申请里自然人提的有几件", E("kw", "r.received.natural_person")),
               ("商业企业提的呢", E("kw", "r.received.commercial"))], "column switch 市科委"),
        # en -------------------------------------------------------------
        PF(e, [("Hongze District 2023, administrative compulsion decisions?", E("hz23", "c.coercion.decisions")),
               ("what about 2024", E("hz24", "c.coercion.decisions"))], "year switch Hongze coercion"),
        PF(e, [("Shanghai General Office 2019 — new requests from individuals?", E("sh19", "r.received.natural_person")),
               ("2025?", E("sh25", "r.received.natural_person"))], "year switch individuals"),
        PF(e, [("How many requests did Shuyang County fully disclose in 2025?", E("sy", "r.granted.total")),
               ("and partially?", E("sy", "r.partially_granted.total"))], "row switch granted -> partial"),
        PF(e, [("Huai'an 2024: reconsiderations where the decision was upheld?", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
               ("same for Shuyang County in 2025", E("sy", "a.review.upheld"))], "body switch review upheld"),
        PF(e, [("I'm checking a table cell: Hongze 2023, requests answered 'not held by this agency'", E("hz23", "r.unable.not_held.total")),
               ("and for 2024?", E("hz24", "r.unable.not_held.total"))], "year switch not held"),
        PF(e, [("STCSM 2024, requests carried over from the previous year?", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
               ("and the total processed (办理结果总计)?", E("kw", "r.total_processed.total"))], "row switch 市科委"),
        PF(e, [("Huai'an 2024 — total administrative fees collected, 万元?", E("ha", "c.fees.amount", unit="万元")),
               ("Hongze District 2023?", E("hz23", "c.fees.amount", unit="万元")),
               ("and Hongze 2024", E("hz24", "c.fees.amount", unit="万元"))], "body then year switch fees"),
        PF(e, [("Shuyang 2025: requests withheld because disclosure would endanger security and stability?", E("sy", "r.withheld.security_stability.total")),
               ("and because of third-party rights?", E("sy", "r.withheld.third_party.total"))], "row switch withheld"),
        PF(e, [("Shanghai General Office 2025: direct lawsuits over disclosure, total?", E("sh25", "a.litigation_direct.total")),
               ("how many of those were still pending at year end?", E("sh25", "a.litigation_direct.pending"))], "column switch lawsuits"),
        PF(e, [("Jianxi District office 2020 — requests received from individuals?", E("jx", "r.received.natural_person", alt=(JX_REQ, 17))),
               ("how many of them were fully disclosed?", E("jx", "r.granted.natural_person"))], "row switch Jianxi"),
        PF(e, [("hi, Huai'an 2024, how many requests ended as 'applicant didn't supplement in time'", E("ha", "r.other.overdue_correction.total")),
               ("Shuyang 2025 same row pls", E("sy", "r.other.overdue_correction.total"))], "body switch overdue correction"),
        PF(e, [("Shanghai General Office 2025, petition/complaint-type requests not processed?", E("sh25", "r.not_processed.petition.total")),
               ("and in 2019, counting individuals only?", E("sh19", "r.not_processed.petition.natural_person"))], "year switch petitions, column named"),
        PF(e, [("Huai'an 2024 — requests carried over from 2023?", E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
               ("and the ones carried into 2025?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))], "row switch carried"),
        PF(e, [("Shuyang County 2025 normative documents issued that year?", E("sy", "c.normative_docs.issued")),
               ("how many were repealed?", E("sy", "c.normative_docs.repealed")),
               ("and still in force?", E("sy", "c.normative_docs.in_force"))], "column switch normative docs"),
        PF(e, [("Shanghai General Office 2019 — government procurement projects?", E("sh19", "c.procurement.projects")),
               ("Jianxi District 2020, same thing?", E("jx", "c.procurement.projects"))], "body switch procurement"),
        PF(e, [("Hongze 2024, how many requests were granted in full?", E("hz24", "r.granted.total")),
               ("and total requests handled (总计)?", E("hz24", "r.total_processed.total"))], "row switch Hongze 2024"),
        PF(e, [("Huai'an 2024, requests from individuals that were partially disclosed?", E("ha", "r.partially_granted.natural_person")),
               ("and from businesses?", E("ha", "r.partially_granted.commercial"))], "column switch partial"),
        PF(e, [("Shuyang 2025 — lawsuits directly against the county over disclosure, upheld?", E("sy", "a.litigation_direct.upheld")),
               ("Huai'an 2024, same?", E("ha", "a.litigation_direct.upheld"))], "body switch litigation upheld"),
        PF(e, [("Shanghai General Office 2019, requests carried over from 2018?", E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18))),
               ("and for 2025 (from 2024)?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], "year switch carried over"),
        PF(e, [("Huai'an 2024: normative docs newly issued?", E("ha", "c.normative_docs.issued")),
               ("Shuyang 2025?", E("sy", "c.normative_docs.issued"))], "body switch normative issued"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followup()
