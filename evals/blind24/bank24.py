"""Question bank of the 24th blind evaluation set (evals/blind24).

WARNING: holds the text of every test question. As frozen as test.jsonl: never read it while
tuning the engine.

Every wording was newly written for this set. The bank names bodies, keys, keywords and the
question; every number comes from helpers24 (gold JSON, printed text cells, sentences cut from
the report text). SPECS names the printed cells of the three reports without gold: the same
cells blind6 verified (read from blind6's text_cells.json, nothing new).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib24 as L  # noqa: E402
from helpers24 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

_AFTER_HZ = "四、政府信息公开行政复议、行政诉讼情况"
_AFTER_SH = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AFTER_HZ, 14),
        "appeals.litigation_direct.total": ("after", _AFTER_HZ, 9),
        "appeals.review.total": ("after", _AFTER_HZ, 4),
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
        "appeals.litigation_after_review.total": ("after", _AFTER_SH, 14),
        "appeals.litigation_direct.pending": ("after", _AFTER_SH, 8),
        "appeals.litigation_direct.total": ("after", _AFTER_SH, 9),
        "appeals.review.pending": ("after", _AFTER_SH, 3),
        "appeals.review.total": ("after", _AFTER_SH, 4),
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

# text sentences that also state a table number (keyword, number) -> ambiguous + acceptable_sentence
HA_REQ = "3119"            # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "351件"           # 复议 351: 维持 72 / 纠正 64 / 其他 178 / 尚未审结 37
SH19_REQ = "回落12.3%"     # 受理 859 / 答复 805 / 上年度结转 18 / 顺延 72
SH19_APP = "零败诉"        # 行政复议7件，诉讼9件
SH19_ACT = "主动公开规章13件"  # 规章13件，行政规范性文件60件
JX_REQ = "办结率"          # 17 / 15 / 2
SY_REQ = "749"             # 共办理 718 / 结转下一年 31 / 法人或其他组织 8
HZ23_REQ = "全区受理"      # 21
KW_REQ = "全年收到政府信息公开申请"  # 34 / 上年结转 2
KW_OK = "同意公开答复"     # 9
SH25_REQ = "共受理政府信息公开申请"  # 1295 / 办结 1191 / 上年结转 189
MONEY = {"unit": "万元"}


def P(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[plain] " + what, **kw)


def VALUES():
    z, e = "zh", "en"
    return [
        # ---------------- 淮安市 2024 (gold)
        P(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", "received total",
          alt=(HA_REQ, 3119)),
        P(z, "ha", "r.granted.total", "淮安24年依申请 直接全部公开给申请人的有几件啊", "granted total"),
        P(z, "ha", "r.partially_granted.total",
          "我是做信息公开研究的学生，想引用淮安市2024年年报表三里“（二）部分公开”那一行的总计，麻烦给个数", "partially granted"),
        P(z, "ha", "r.unable.not_held.total", "淮安市政府2024年回复申请人说“本机关不掌握”的一共多少件", "not held"),
        P(z, "ha", "r.withheld.admin_query.total", "2024年淮安把申请当成行政查询事项不予公开的 有多少", "admin query"),
        P(z, "ha", "r.other.other.total", "淮安市2024年 其他处理里面第3小项“其他”总计是几", "other.other"),
        P(z, "ha", "r.received.legal_services", "律所、法律服务机构2024年向淮安市政府递了多少份公开申请？", "legal services received"),
        P(z, "ha", "a.litigation_direct.total", "淮安2024年因为信息公开被人直接告上法院（没先复议）的案子几件", "direct litigation"),
        P(z, "ha", "c.punishment.decisions", "帮忙查下淮安市2024年行政处罚的处理决定数量，表二第（六）项那个", "punishment decisions"),
        P(z, "ha", "r.carried_forward.total", "12345转接：市民问淮安市政府2024年有多少申请没办完、要挪到下一年接着答复", "carried forward",
          alt=(HA_REQ, 103)),
        P(z, "ha", "a.review.corrected", "淮安市2024年信息公开行政复议，结果被纠正的几件", "review corrected",
          alt=(HA_APP, 64)),
        P(e, "ha", "r.received.total", "how many info disclosure applications did Huai'an city govt get in 2024",
          "received total", alt=(HA_REQ, 3119)),
        P(e, "ha", "r.unable.needs_creation.total",
          "Huaian 2024: requests refused because the info would have to be newly compiled (需要另行制作) - how many?", "needs creation"),
        P(e, "ha", "r.not_processed.petition.total",
          "For Huai'an in 2024, how many applications were really complaints or petitions and so not handled as disclosure requests?", "petition"),
        P(e, "ha", "c.normative_docs.in_force",
          "I'm writing an article on local rule-making. How many normative documents (行政规范性文件) of Huai'an were still valid at the end of 2024?", "normative in force"),
        P(e, "ha", "c.fees.amount", "Huai'an 2024 administrative fees collected - amount in the table please", "fees amount", **MONEY),
        P(e, "ha", "r.withheld.prohibited_by_law.total",
          "In 2024, how often did Huai'an say no because some other law or regulation forbids disclosure?", "prohibited by law"),
        P(e, "ha", "a.review.total", "total admin reconsideration cases over disclosure, Huaian, 2024?", "review total",
          alt=(HA_APP, 351)),
        P(e, "ha", "r.other.overdue_correction.total",
          "Huai'an municipal government 2024 - applicants who never sent the supplementary material in time, so the case was dropped. Count?", "overdue correction"),
        P(e, "ha", "r.total_processed.total", "How many applications did Huai'an finish handling in FY2024 (the 总计 row of part three)?",
          "total processed", alt=(HA_REQ, 3050)),
        # ---------------- 沭阳县 2025 (gold)
        P(z, "sy", "r.received.total",
          "沭阳县2025年表里本年新收的申请是多少件（只要新收的，不含上一年结转过来的）", "received (table, not the text's 749)"),
        P(z, "sy", "r.granted.total", "沭阳25年予以公开了几件", "granted"),
        P(z, "sy", "r.unable.not_held.total", "我2024年底帮我妈给沭阳县政府写过申请，被告知他们不掌握这个信息。想问下2025年这样回复的一共有多少件？",
          "not held"),
        P(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以“三类内部事务信息”为由没公开的有几件", "internal affairs"),
        P(z, "sy", "r.other.other.total", "沭阳 2025 其他处理-其他 总计", "other.other"),
        P(z, "sy", "a.review.total", "2025年沭阳县因政府信息公开被申请行政复议的总数", "review total"),
        P(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可本年处理决定数量是多少？", "licensing"),
        P(z, "sy", "r.carried_forward.total", "沭阳县政府2025年底还有多少件申请结转到下一年度继续办理", "carried forward",
          alt=(SY_REQ, 31)),
        P(z, "sy", "r.not_processed.duplicate.total", "沭阳2025年重复申请不予处理的几件", "duplicate"),
        P(e, "sy", "r.partially_granted.total", "Shuyang County 2025 - how many requests were only partly disclosed?", "partially granted"),
        P(e, "sy", "r.received.natural_person",
          "Shuyang 2025, new applications from private individuals (自然人), table figure only, not counting ones carried over", "received natural person (table 705, text 741 includes carry-over)"),
        P(e, "sy", "a.litigation_after_review.total",
          "how many lawsuits were filed against Shuyang county in 2025 after a reconsideration had already been decided", "litigation after review"),
        P(e, "sy", "c.fees.amount", "what did Shuyang County collect in administrative fees in 2025 (万元)?", "fees", **MONEY),
        P(e, "sy", "r.withheld.admin_query.total",
          "Shuyang County government, 2025: number of requests turned down as administrative inquiry matters", "admin query"),
        P(e, "sy", "c.normative_docs.issued", "Normative documents Shuyang issued in 2025?", "normative issued"),
        P(e, "sy", "r.other.overdue_fee.total",
          "Shuyang 2025: applicants were sent a fee notice and didn't pay on time, so handling stopped - how many?", "overdue fee"),
        P(e, "sy", "c.coercion.decisions", "Shuyang 2025 administrative coercion (行政强制) decisions", "coercion"),
        P(e, "sy", "r.carried_over.total",
          "Shuyang County (沭阳县) 2025 report: applications brought forward from 2024 into 2025?", "carried over"),
        # ---------------- 洪泽区 2023 (gold)
        P(z, "hz23", "r.received.total", "洪泽区2023年收到几件信息公开申请", "received",
          alt=(HZ23_REQ, 21)),
        P(z, "hz23", "r.unable.not_held.total", "洪泽 二〇二三年 本机关不掌握相关政府信息 几件", "not held"),
        P(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年的行政处罚决定有多少个", "punishment"),
        P(z, "hz23", "c.fees.amount", "请问淮安市洪泽区2023年行政事业性收费金额是多少万元", "fees", **MONEY),
        P(e, "hz23", "r.partially_granted.total", "Hongze District 2023 partial disclosures?", "partially granted"),
        P(e, "hz23", "c.licensing.decisions",
          "Could you tell me the number of administrative licensing decisions of Hongze District for 2023?", "licensing"),
        P(e, "hz23", "r.unable.needs_creation.total",
          "Hongze (洪泽区) 2023 - requests where there was no ready-made info and it would need to be produced", "needs creation"),
        P(e, "hz23", "c.normative_docs.repealed", "how many normative docs did Hongze District repeal in 2023", "normative repealed"),
        # ---------------- 涧西区 2020 (gold, 2019 format)
        P(z, "jx", "r.received.total", "涧西区政府办2020年依申请公开收到几件", "received",
          alt=(JX_REQ, 17)),
        P(z, "jx", "r.granted.total", "洛阳涧西区政府办公室2020年予以公开多少件", "granted"),
        P(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万元", "procurement amount", **MONEY),
        P(e, "jx", "r.unable.not_held.total", "Jianxi District office 2020, how many replies said they don't hold the info?", "not held"),
        P(e, "jx", "c.normative_docs.total_published",
          "Jianxi District 2020 - total number of normative documents published to the public (对外公开总数量)", "normative total published"),
        P(e, "jx", "a.review.upheld", "Jianxi 2020: reconsiderations where the original decision was upheld", "review upheld"),
        # ---------------- 上海市府办 2019 (gold, 2019 format)
        P(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请数", "received",
          alt=(SH19_REQ, 859)),
        P(z, "sh19", "r.received.commercial", "2019年上海市府办收到的申请里，商业企业提的有多少", "received commercial"),
        P(z, "sh19", "r.unable.not_held.natural_person", "上海市府办19年个人申请里，答复本机关不掌握的有几件", "not held, natural persons (total printed blank)"),
        P(z, "sh19", "c.regulations.total_published", "市府办2019年度 规章 对外公开总数量", "regulations total published"),
        P(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数是几个", "procurement projects"),
        P(e, "sh19", "r.not_processed.petition.natural_person",
          "Shanghai General Office 2019: individuals' applications set aside as petitions/complaints", "petition natural person (total blank)"),
        P(e, "sh19", "r.carried_forward.total",
          "Shanghai municipal general office - 2019 applications rolled over into 2020 for a reply", "carried forward",
          alt=(SH19_REQ, 72)),
        P(e, "sh19", "r.unable.needs_creation.natural_person",
          "2019, Shanghai govt general office: people asked for info that would have to be newly made - how many such natural-person requests?", "needs creation natural person"),
        P(e, "sh19", "c.normative_docs.total_published",
          "Shanghai General Office FY2019 normative documents, total number published externally", "normative total published"),
        P(e, "sh19", "a.review.pending", "shanghai general office 2019 reconsideration still pending", "review pending"),
        # ---------------- 洪泽区 2024 (text cells)
        P(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件", "licensing (text row)"),
        P(z, "hz24", "r.granted.total", "24年洪泽区政府依申请予以公开几件", "granted (text row)"),
        P(z, "hz24", "c.fees.amount", "洪泽区2024年收了多少行政事业性收费（万元）", "fees (text row)", **MONEY),
        P(e, "hz24", "r.unable.not_held.total",
          "Hongze District government in 2024 - requests answered with 'we don't have this information'", "not held (text row)"),
        P(e, "hz24", "c.punishment.decisions", "Hongze 2024 number of administrative penalty decisions", "punishment (text row)"),
        P(e, "hz24", "a.review.total", "How many administrative reconsiderations about disclosure did Hongze District face in 2024?", "review total (text row)"),
        # ---------------- 上海市科委 2024 (text cells)
        P(z, "kw", "r.received.total", "上海科委2024年新收信息公开申请多少", "received (text row)",
          alt=(KW_REQ, 34)),
        P(z, "kw", "c.licensing.decisions", "市科委2024年行政许可处理决定数", "licensing (text row)"),
        P(z, "kw", "r.received.commercial", "2024年上海市科学技术委员会收到企业（商业企业）的申请几件", "received commercial (text row)"),
        P(e, "kw", "c.normative_docs.in_force",
          "STCSM 2024: how many normative documents currently in force?", "normative in force (text row)"),
        P(e, "kw", "r.total_processed.total", "Shanghai science commission, 2024, total requests handled", "total processed (text row)"),
        P(e, "kw", "r.granted.total", "Shanghai Science and Technology Commission 2024 fully granted requests", "granted (text row)",
          alt=(KW_OK, 9)),
        # ---------------- 上海市府办 2025 (text cells)
        P(z, "sh25", "r.received.total", "上海市政府办公厅2025年受理的政府信息公开申请有多少件", "received (text row)",
          alt=(SH25_REQ, 1295)),
        P(z, "sh25", "r.unable.not_held.total", "我是记者，想核实2025年上海市府办以“本机关不掌握”答复的件数", "not held (text row)"),
        P(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类的申请不予处理了几件？", "petition (text row)"),
        P(z, "sh25", "r.received.natural_person", "2025年上海市政府办公厅 自然人新申请多少", "received natural person (text row)"),
        P(z, "sh25", "a.litigation_direct.total", "上海市府办2025年未经复议直接起诉的行政诉讼有几件", "direct litigation (text row)"),
        P(e, "sh25", "r.carried_forward.total",
          "Shanghai General Office 2025: requests left open at year end and carried into 2026?", "carried forward (text row)"),
        P(e, "sh25", "r.unable.needs_creation.total",
          "shanghai govt office 2025 how many refused cuz info needs to be created from scratch", "needs creation (text row)"),
        P(e, "sh25", "a.review.pending", "Shanghai General Office 2025 - administrative reconsiderations not yet concluded", "review pending (text row)"),
        P(e, "sh25", "r.received.commercial", "how many applications from businesses did the Shanghai municipal general office receive in 2025", "received commercial (text row)"),
        # ---------------- more plain values
        P(z, "ha", "r.withheld.third_party.total", "淮安市2024年因为会损害第三方合法权益而不公开的申请有几件", "third party"),
        P(z, "ha", "c.licensing.decisions", "淮安全市2024年行政许可决定数量", "licensing"),
        P(z, "sy", "a.review.corrected", "沭阳县2025年的信息公开复议案件里 被纠错的有多少", "review corrected"),
        P(z, "sh19", "c.normative_docs.made", "上海市府办2019年规范性文件本年新制作数量", "normative made",
          alt=(SH19_ACT, 60)),
        P(z, "jx", "r.carried_forward.total", "涧西区政府办2020年年底还在办、转到下一年的申请几件", "carried forward",
          alt=(JX_REQ, 2)),
        P(e, "ha", "r.unable.unclear.total",
          "Huai'an 2024: even after asking the applicant to clarify, the request was still unclear - number of such cases", "unclear"),
        P(e, "sy", "r.received.legal_services", "law firms' applications to Shuyang County in 2025?", "received legal services"),
        P(e, "sh25", "r.carried_over.natural_person",
          "Shanghai General Office, 2025 report: requests by individuals that were still open from 2024", "carried over natural person (text row)"),
        P(e, "kw", "r.carried_over.total", "STCSM 2024 - applications pending from 2023", "carried over (text row)",
          alt=(KW_REQ, 2)),
        P(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023, withheld as state secrets (属于国家秘密)?", "state secret"),
        P(e, "sh19", "a.litigation_direct.total",
          "Shanghai General Office 2019, lawsuits filed directly in court without going through reconsideration", "direct litigation",
          alt=(SH19_APP, 9)),
        P(z, "hz24", "c.normative_docs.issued", "请问洪泽区2024年制发了几件行政规范性文件", "normative issued (text row)"),
    ]


def SM(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def DF(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference: " + what, **kw)


def COMBINE():
    z, e = "zh", "en"
    return [
        SM(z, "ha", ["r.granted.total", "r.partially_granted.total"],
           "淮安市2024年全部公开加上部分公开，合起来多少件", "granted + partially granted"),
        SM(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "2024年淮安“无法提供”那三小项加一起是多少？不掌握、需另行制作、补正后仍不明确", "unable (3 sub-items)"),
        SM(z, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                     "r.withheld.security_stability.total", "r.withheld.third_party.total",
                     "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                     "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
           "沭阳县2025年不予公开的8个小项全部加总是多少", "withheld (8 sub-items)"),
        SM(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2023年许可、处罚、强制三类处理决定加起来一共多少个", "licensing + punishment + coercion"),
        SM(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "上海市府办2025年 信访类+重复申请 两项不予处理合计", "petition + duplicate (text rows)"),
        SM(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "沭阳县2025年信息公开的复议和诉讼案件（直接起诉加复议后起诉）一共多少件", "review + both litigation totals",
           alt=("74 件", 74)),
        SM(z, "ha", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                     "r.received.legal_services", "r.received.other_org"],
           "淮安2024年法人或其他组织那五列的新收申请加起来多少（商业企业、科研机构、社会公益组织、法律服务机构、其他）", "received by the five organisation columns"),
        SM(z, "sh19", ["c.regulations.made", "c.normative_docs.made"],
           "上海市政府办公厅2019年新制作的规章和规范性文件一共几件", "regulations + normative docs made"),
        SM(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "Huai'an 2024 - all disclosure lawsuits, direct ones plus ones after reconsideration, total?", "both litigation totals",
           alt=("46 件", 46)),
        SM(e, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "For Shuyang County 2025, add up the three 'other handling' sub-rows (其他处理) for me", "other handling (3 sub-items)"),
        SM(e, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial",
                       "r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"],
           "Shanghai General Office 2019: petition-type plus duplicate applications, individuals and companies together, how many were not processed?",
           "not processed petition + duplicate by columns (totals printed blank)", alt=("不予处理158件", 158)),
        SM(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions"],
           "Hongze District 2024 licensing decisions plus penalty decisions, combined number", "licensing + punishment (text rows)"),
        SM(e, "ha", ["a.review.upheld", "a.review.corrected"],
           "Huaian 2024 reconsiderations: upheld and corrected together?", "review upheld + corrected"),
        SM(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi District govt office 2020: reconsiderations + direct suits + suits after reconsideration, sum please", "appeals group totals"),
        SM(e, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Shanghai General Office 2025, 'not held' plus 'would need to be newly created' - what's the sum?", "not held + needs creation (text rows)"),
        SM(e, "sy", ["r.granted.total", "r.partially_granted.total"],
           "In 2025 how many Shuyang applicants got at least part of what they asked for (full + partial disclosure)?", "granted + partially granted"),
        DF(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少",
           "licensing 2023->2024 (2024 from text row)"),
        DF(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区2023年到2024年行政处罚决定数量变化了多少（2024减2023）",
           "punishment 2023->2024"),
        DF(z, "sh19", "sh25", "r.received.total", "上海市府办受理申请量 2025年跟2019年比差多少件", "received 2019->2025",
           alt=(SH25_REQ, 1295)),
        DF(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅被申请行政复议的件数，2025年比2019年多几件", "review total 2019->2025"),
        DF(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”答复，24年比23年增加了几件", "not held 2023->2024"),
        DF(e, "hz23", "hz24", "c.fees.amount",
           "Hongze District admin fees: change from 2023 to 2024 in 万元 (2024 minus 2023)", "fees 2023->2024", **MONEY),
        DF(e, "sh19", "sh25", "r.carried_forward.total",
           "Shanghai General Office: how much bigger was the backlog carried into the next year in 2025 than in 2019?", "carried forward 2019->2025"),
        DF(e, "hz23", "hz24", "c.normative_docs.in_force",
           "Hongze normative documents in force - difference between 2024 and 2023?", "normative in force 2023->2024"),
        DF(e, "sh19", "sh25", "r.received.natural_person",
           "Shanghai General Office, requests from individuals: 2019 vs 2025, what's the increase?", "received natural person 2019->2025"),
        DF(e, "hz23", "hz24", "c.coercion.decisions",
           "Hongze District administrative coercion decisions, 2023 to 2024 - by how much did it change?", "coercion 2023->2024"),
    ]


def RK(lang, bodies, keys, order, q, what):
    return R(lang, bodies, keys, order, q, "[rank] ranking: " + what)


def RANKS():
    z, e = "zh", "en"
    return [
        RK(z, ["ha", "sy", "sh19"], "r.received.total", "asc",
           "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家收到的信息公开申请最少", "received asc"),
        RK(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
           "行政许可决定数：淮安市2024、洪泽区2023、沭阳县2025 谁最多", "licensing desc"),
        RK(z, ["jx", "ha", "sy", "sh19"], "r.carried_over.total", "desc",
           "上年结转的申请数，涧西区政府办2020、淮安2024、沭阳2025、上海市府办2019，哪个最多？", "carried over desc (36 vs 34)"),
        RK(z, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
           "个人提的信访投诉类申请被不予处理，淮安市2024年、沭阳县2025年、上海市政府办公厅2019年谁最多", "petition natural person desc"),
        RK(z, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
           "淮安2024 洪泽2023 沭阳2025 三家行政强制决定最少的是谁", "coercion asc"),
        RK(z, ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
           "直接起诉的行政诉讼件数，涧西2020、淮安2024、沭阳2025、上海市府办2019，哪个最少", "direct litigation asc"),
        RK(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
           "现行有效的行政规范性文件，淮安市（2024年）、洪泽区（2023年）、沭阳县（2025年）哪个最多", "normative in force desc"),
        RK(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
           "Penalty decisions: Huai'an 2024, Hongze 2023, Shuyang 2025 - which one had the most?", "punishment desc"),
        RK(e, ["jx", "ha", "hz23", "sy", ], "r.total_processed.total", "asc",
           "Of Jianxi District office (2020), Huai'an (2024), Hongze (2023) and Shuyang (2025), who handled the fewest requests in total?", "total processed asc"),
        RK(e, ["ha", "sy", "sh19"], "r.received.commercial", "desc",
           "Which got the most applications from companies: Huai'an in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?", "received commercial desc"),
        RK(e, ["ha", "hz23", "sy"], "c.fees.amount", "asc",
           "lowest admin fee income among Huaian 2024 / Hongze 2023 / Shuyang 2025?", "fees asc"),
        RK(e, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc",
           "Rank by backlog carried into the following year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 - who's on top?", "carried forward desc"),
        RK(e, ["ha", "hz23", "sy", "sh19"], "r.partially_granted.natural_person", "asc",
           "Partial disclosures to individuals - smallest among Huai'an 2024, Hongze 2023, Shuyang 2025 and Shanghai General Office 2019?", "partially granted natural person asc"),
    ]


def TR(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] trap: " + what, **kw)


def TRAPS():
    z, e = "zh", "en"
    return [
        TR(z, "sy", "a.litigation_after_review.total", "沭阳县2025年先复议、对复议结果不服再去起诉的，有几件",
           "复议后起诉 10 vs 直接起诉 3"),
        TR(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件行政规范性文件？不是新发的", "废止 26 vs 制发 8 / 现行有效 66"),
        TR(z, "sy", "r.unable.needs_creation.total", "沭阳2025年 因为没有现成信息、要另外制作才给不了的 几件", "另行制作 2 vs 不掌握 111"),
        TR(z, "ha", "r.withheld.process_info.total", "淮安市2024年以过程性信息为由不予公开的件数（不是内部事务那行）", "过程性信息 12 vs 内部事务 8"),
        TR(z, "sh25", "r.not_processed.duplicate.total", "上海市府办2025年因为是重复申请而不处理的 几件", "重复申请 16 vs 信访 62 (text rows)"),
        TR(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开的总数量，不是当年新做的那个", "对外公开总数 368 vs 新制作 60"),
        TR(z, "ha", "a.review.other", "淮安2024年行政复议“其他结果”是几件", "其他结果 178 vs 纠正 64",
           alt=(HA_APP, 178)),
        TR(e, "ha", "r.carried_over.total",
           "Huai'an 2024: applications inherited from the year before (上年结转), not the ones pushed to 2025", "上年结转 34 vs 结转下年 103",
           alt=(HA_REQ, 34)),
        TR(e, "ha", "c.regulations.in_force", "How many Huai'an municipal regulations (规章) were in force in 2024 - not newly issued ones",
           "现行有效 11 vs 制发 1"),
        TR(e, "jx", "c.procurement.projects", "Jianxi 2020 centralized procurement: the number of projects, not the amount", "项目数 8 vs 金额 28.6232"),
        TR(e, "sy", "r.partially_granted.total", "Shuyang 2025 partially disclosed (部分公开) - just the partial ones", "部分公开 101 vs 予以公开 294"),
        TR(e, "ha", "r.received.legal_services", "Huai'an 2024 requests from legal service institutions (not commercial enterprises)", "法律服务机构 61 vs 商业企业 53"),
        TR(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: carried FORWARD to the next year (not brought in from 2024)", "结转下年 293 vs 上年结转 189 (text rows)"),
        TR(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025 dropped because the fee wasn't paid - not the ones that failed to supplement materials", "逾期缴费 7 vs 逾期不补正 9"),
    ]


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        FU(z, [("洪泽区2023年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
               ("换成2024年呢", E("hz24", "c.licensing.decisions"))], "year switch 洪泽 licensing"),
        FU(z, [("上海市府办2019年新收申请多少件", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
               ("25年的呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch 上海市府办 received"),
        FU(z, [("淮安市2024年予以公开多少件", E("ha", "r.granted.total")),
               ("那部分公开呢", E("ha", "r.partially_granted.total")),
               ("不予公开里属于国家秘密的呢", E("ha", "r.withheld.state_secret.total"))], "row switches 淮安"),
        FU(z, [("沭阳县2025年行政复议总共几件", E("sy", "a.review.total")),
               ("里面维持的几件", E("sy", "a.review.upheld")),
               ("还没审结的呢", E("sy", "a.review.pending"))], "appeals outcomes 沭阳"),
        FU(z, [("帮我看下淮安2024年自然人新收申请数", E("ha", "r.received.natural_person")),
               ("商业企业那一列呢", E("ha", "r.received.commercial"))], "column switch 淮安"),
        FU(z, [("洪泽区2023年本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
               ("2024年洪泽这一项是多少", E("hz24", "r.unable.not_held.total"))], "year switch 洪泽 not held"),
        FU(z, [("沭阳县2025年的行政处罚决定数量", E("sy", "c.punishment.decisions")),
               ("淮安市2024年同一项多少", E("ha", "c.punishment.decisions"))], "body switch punishment"),
        FU(z, [("上海市政府办公厅2019年被申请行政复议几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
               ("直接起诉的诉讼呢", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9))),
               ("换到2025年，复议是多少", E("sh25", "a.review.total"))], "appeals group + year 上海市府办"),
        FU(z, [("涧西区政府办2020年办结了几件申请", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
               ("其中本机关不掌握的有几件", E("jx", "r.unable.not_held.total"))], "row switch 涧西"),
        FU(z, [("淮安2024年行政复议的结果维持几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
               ("那行政诉讼里直接起诉、结果维持的呢", E("ha", "a.litigation_direct.upheld")),
               ("复议后起诉维持的呢", E("ha", "a.litigation_after_review.upheld"))], "appeals group switch 淮安"),
        FU(z, [("上海科委2024年上年结转的申请几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
               ("上海市府办2025年呢", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], "body switch carried over (text rows)"),
        FU(z, [("沭阳2025年信访举报投诉类不予处理几件", E("sy", "r.not_processed.petition.total")),
               ("淮安2024年的呢", E("ha", "r.not_processed.petition.total"))], "body switch petition"),
        FU(z, [("洪泽区2023年行政强制决定数", E("hz23", "c.coercion.decisions")),
               ("2024年的", E("hz24", "c.coercion.decisions")),
               ("行政处罚2024年是多少", E("hz24", "c.punishment.decisions"))], "year then row 洪泽"),
        FU(z, [("上海市府办2019年 规章本年新公开数量", E("sh19", "c.regulations.published")),
               ("规范性文件新公开数量呢", E("sh19", "c.normative_docs.published"))], "row switch table 二 2019 format"),
        FU(z, [("沭阳县2025年自然人新收申请（表格数）", E("sy", "r.received.natural_person")),
               ("法律服务机构那列", E("sy", "r.received.legal_services"))], "column switch 沭阳"),
        FU(z, [("淮安市人民政府2024年行政查询事项不予公开几件", E("ha", "r.withheld.admin_query.total")),
               ("沭阳县2025年呢", E("sy", "r.withheld.admin_query.total"))], "body switch admin query"),
        FU(z, [("上海市府办2025年予以公开多少件", E("sh25", "r.granted.total")),
               ("上海科委2024年这个数呢", E("kw", "r.granted.total", alt=(KW_OK, 9)))], "body switch granted (text rows)"),
        FU(z, [("洪泽区2023年收取行政事业性收费多少万元", E("hz23", "c.fees.amount", **MONEY)),
               ("2024年呢", E("hz24", "c.fees.amount", **MONEY))], "year switch fees"),
        FU(z, [("淮安2024年结转到下年度继续办理的多少", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
               ("沭阳县2025年这个数", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "body switch carried forward"),
        FU(z, [("涧西区2020年政府集中采购项目几个", E("jx", "c.procurement.projects")),
               ("上海市府办2019年这一项呢", E("sh19", "c.procurement.projects"))], "body switch procurement"),
        FU(e, [("Hongze District 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
               ("and in 2024?", E("hz24", "c.punishment.decisions"))], "year switch Hongze punishment"),
        FU(e, [("Shanghai General Office 2019 requests carried forward to the next year", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
               ("what about 2025", E("sh25", "r.carried_forward.total"))], "year switch carried forward"),
        FU(e, [("Huai'an 2024 requests not processed because they were duplicates", E("ha", "r.not_processed.duplicate.total")),
               ("and the ones asking to re-confirm info they already had?", E("ha", "r.not_processed.reconfirm.total"))], "row switch Huai'an"),
        FU(e, [("Shuyang County 2025, reconsiderations total", E("sy", "a.review.total")),
               ("lawsuits filed directly?", E("sy", "a.litigation_direct.total")),
               ("Huai'an 2024 same thing", E("ha", "a.litigation_direct.total"))], "appeals group then body"),
        FU(e, [("Jianxi District 2020 normative documents newly made", E("jx", "c.normative_docs.made")),
               ("newly published?", E("jx", "c.normative_docs.published"))], "column switch Jianxi table 二"),
        FU(e, [("STCSM received how many new applications from individuals in 2024", E("kw", "r.received.natural_person")),
               ("and from companies", E("kw", "r.received.commercial"))], "column switch STCSM (text rows)"),
        FU(e, [("Huai'an 2024: requests granted to natural persons", E("ha", "r.granted.natural_person")),
               ("legal service institutions?", E("ha", "r.granted.legal_services")),
               ("commercial firms?", E("ha", "r.granted.commercial"))], "column switches Huai'an granted"),
        FU(e, [("Hongze 2023 normative docs still in force", E("hz23", "c.normative_docs.in_force")),
               ("2024?", E("hz24", "c.normative_docs.in_force"))], "year switch normative in force"),
        FU(e, [("Shuyang 2025: how many requests were turned down to protect third parties' rights", E("sy", "r.withheld.third_party.total")),
               ("and for endangering security or stability?", E("sy", "r.withheld.security_stability.total"))], "row switch Shuyang withheld"),
        FU(e, [("Shanghai General Office 2025 lawsuits after reconsideration, total", E("sh25", "a.litigation_after_review.total")),
               ("direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending"))], "appeals group (text cells)"),
        FU(e, [("Huaian FY2024 administrative coercion decisions", E("ha", "c.coercion.decisions")),
               ("Shuyang 2025?", E("sy", "c.coercion.decisions")),
               ("Hongze District 2023?", E("hz23", "c.coercion.decisions"))], "body switches coercion"),
        FU(e, [("Jianxi 2020 reconsiderations total", E("jx", "a.review.total")),
               ("lawsuits after reconsideration?", E("jx", "a.litigation_after_review.total"))], "appeals group Jianxi"),
        FU(e, [("Shanghai General Office 2019: applications from individuals carried over from 2018", E("sh19", "r.carried_over.natural_person")),
               ("same office, 2025", E("sh25", "r.carried_over.natural_person"))], "year switch carried over natural person"),
        FU(e, [("Huai'an 2024 requests dropped because the applicant didn't correct in time", E("ha", "r.other.overdue_correction.total")),
               ("Shuyang 2025 same row", E("sy", "r.other.overdue_correction.total"))], "body switch overdue correction"),
        FU(e, [("STCSM 2024 licensing decisions", E("kw", "c.licensing.decisions")),
               ("penalty decisions?", E("kw", "c.punishment.decisions"))], "row switch STCSM (text rows)"),
        FU(e, [("Shuyang 2025 total applications handled (总计 row)", E("sy", "r.total_processed.total", alt=(SY_REQ, 718))),
               ("how many of those were from individuals", E("sy", "r.total_processed.natural_person"))], "column switch Shuyang"),
        FU(e, [("Hongze District 2024 lawsuits filed directly", E("hz24", "a.litigation_direct.total")),
               ("after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "appeals group Hongze 2024 (text cells)"),
        FU(e, [("Huai'an 2024, regulations issued", E("ha", "c.regulations.issued", alt=("新增公开市政府规章", 1))),
               ("normative documents issued?", E("ha", "c.normative_docs.issued"))], "row switch Huai'an table 二"),
        FU(e, [("Shanghai General Office 2019 normative documents made", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60))),
               ("regulations?", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13)))], "row switch 2019 table 二"),
    ]


def NT(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] narrative: " + what, frm=frm)


def NARRATIVES():
    z, e = "zh", "en"
    return [
        NT(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", "press conferences"),
        NT(z, "ha", "政务新媒体共计 95", 95, "个", "截至2024年报告时，淮安全市还在运维的政务新媒体账号有多少个", "new-media accounts"),
        NT(z, "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息处理费（元）", "processing fees in 元",
           frm="2024 年，市政府严格落实"),
        NT(z, "ha", "全覆盖检查", 4, "次", "淮安2024年搞了几次政府信息公开栏目全覆盖检查", "full-coverage checks"),
        NT(z, "sy", "意见征集9期", 9, "期", "沭阳县政府网站2025年开展了几期意见征集", "consultations"),
        NT(z, "sy", "催办提示", 84, "次", "沭阳那个“倒计时报警器”2025年一共发了多少次催办提示", "reminders"),
        NT(z, "sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接", "broken links"),
        NT(z, "sy", "过期信息697条", 697, "条", "2025年沭阳清理过期信息清理了多少条？", "expired items removed"),
        NT(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有几家", "units publishing annual reports"),
        NT(z, "sy", "成功推动化解各类争议纠纷", 33, "件", "沭阳2025年通过办前沟通化解了多少件争议纠纷", "disputes resolved"),
        NT(z, "sy", "爆款内容52条", 52, "条", "听说沭阳县政务新媒体2025年出了不少爆款，一共多少条", "viral posts"),
        NT(z, "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items"),
        NT(z, "hz24", "2428", 2428, "条", "洪泽区2024年政府网站平台主动发布了多少条政府信息", "portal items"),
        NT(z, "hz24", "区政府办代表区政府受理", 17, "件", "2024年洪泽区政府办代表区政府受理了几件信息公开申请（按报告正文说的）",
           "text number 17 (table 新收 95 is the whole district template row)"),
        NT(z, "kw", "直播 118", 118, "场", "上海科委“上海科技”视频号2024年直播了多少场", "live streams"),
        NT(z, "kw", "政协提案 85", 85, "件", "市科委2024年主合办的政协提案有多少件", "CPPCC proposals"),
        NT(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会", "press briefings"),
        NT(z, "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", "withdrawn requests"),
        NT(z, "sh19", "政策解读共132件", 132, "件", "2019年上海市政府门户网站发布了多少件政策解读", "policy interpretations"),
        NT(z, "jx", "601项事项", 601, "项", "涧西区2020年梳理出的政务公开事项一共多少项", "items listed",
           frm="梳理细化权力运行"),
        NT(e, "ha", "《淮安市人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?", "gazette issues"),
        NT(e, "ha", "政策解读21", 21, "个", "Huai'an 2024 - number of policy interpretations produced (text, images etc.)", "policy interpretations"),
        NT(e, "sy", "专栏33个", 33, "个", "Shuyang's new-media accounts opened how many special columns in 2025?", "columns"),
        NT(e, "sy", "短视频1113", 1113, "个", "In 2025 Shuyang County pushed out how many original short videos?", "short videos"),
        NT(e, "sy", "办前主动沟通 49", 49, "次", "how many times did Shuyang reach out to applicants before handling their requests in 2025", "pre-handling contacts"),
        NT(e, "sy", "收取380元", 380, "元", "Shuyang 2025 information processing fee collected, in yuan", "processing fee in 元"),
        NT(e, "sy", "4511", 4511, "条", "Shuyang County govt portal: items proactively disclosed in 2025?", "portal items"),
        NT(e, "kw", "1016823", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account of STCSM have per the 2024 report?", "WeChat followers"),
        NT(e, "kw", "短视频 584", 584, "条", "STCSM 2024 - short videos released on its video channel", "short videos"),
        NT(e, "kw", "代表建议 50", 50, "件", "Shanghai science commission 2024: NPC deputies' suggestions it handled (main or co-handling)", "deputies' suggestions"),
        NT(e, "kw", "集成式发布政策 121", 121, "条", "STCSM pushed how many policies into the integrated release in 2024?", "integrated policy releases"),
        NT(e, "kw", "原创文章 294", 294, "篇", "how many original articles did STCSM's WeChat account put out in 2024", "original articles"),
        NT(e, "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal government press conferences held in 2025?", "press conferences"),
        NT(e, "sh25", "已覆盖 10 个语种", 10, "个", "The Shanghai international services portal covered how many languages by its 2025 report?", "languages"),
        NT(e, "sh25", "公文公开属性审查 166", 166, "件", "Shanghai General Office 2025 - documents that went through the disclosure-attribute review", "attribute reviews"),
        NT(e, "sh25", "人事任免文件 196", 196, "件", "How many personnel appointment documents did Shanghai publish proactively in 2025?", "personnel documents"),
        NT(e, "sh19", "权威发布共计38次", 38, "次", "Shanghai 2019: authoritative releases about executive meeting topics - how many times?", "meeting releases"),
        NT(e, "sh19", "2261项事项", 2261, "项", "In 2019 the Yiwangtongban unified platform connected how many service items?", "service items"),
        NT(e, "sh19", "人事任免文件141件", 141, "件", "Shanghai General Office 2019 personnel appointment documents disclosed", "personnel documents"),
        NT(e, "jx", "26个试点领域标准指引", 26, "个", "Jianxi District 2020 - how many pilot areas for standardized grassroots openness?", "pilot areas",
           frm="对照省、市各部门制定的"),
    ]


def UN(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def CANNOTS():
    z, e = "zh", "en"
    return [
        UN(z, "淮安市2024年的信息公开申请里 男的女的各多少", "applicants by sex: not reported"),
        UN(z, "沭阳县2025年哪个月收到的信息公开申请最多？", "monthly breakdown: not reported"),
        UN(z, "洪泽区2023年的申请人里六十岁以上的老人有几个", "applicants by age: not reported"),
        UN(z, "我2024年3月给淮安市政府交的那份关于拆迁补偿的公开申请，现在办到哪一步了", "one person's own case: not in the reports"),
        UN(z, "南京市2024年政府信息公开申请收了多少件", "body not in the corpus (南京市)"),
        UN(z, "洪泽区2022年的年报里行政复议有几件", "year not held (洪泽区 2022)"),
        UN(z, "沭阳县2024年予以公开多少件", "year not held (沭阳县 2024: only 2025)"),
        UN(z, "上海市府办2026年大概会收到多少申请 能预测一下吗", "forecast"),
        UN(z, "你觉得淮安市2024年信息公开做得好不好，打几分", "opinion"),
        UN(z, "12345这边有个来电：沭阳县2025年的申请是通过网上提交的多还是信函多？各多少件", "channel breakdown: not reported"),
        UN(z, "上海科委2024年处理信息公开申请的工作人员有几个", "staff numbers: not reported"),
        UN(z, "淮安市2024年平均多少天答复一件信息公开申请", "response times: not reported"),
        UN(z, "2025年沭阳县各乡镇分别收到多少件信息公开申请", "township breakdown: not reported"),
        UN(z, "涧西区2021年依申请公开收了几件", "year not held (涧西 2021)"),
        UN(z, "帮我查一下给洪泽区政府写申请的张建国的电话和住址", "personal data"),
        UN(z, "上海市府办2025年收到的申请里，涉及房屋征收的有多少件", "topic breakdown: not reported"),
        UN(z, "宿迁市政府2025年的信息公开行政复议数量", "body not in the corpus (宿迁市)"),
        UN(z, "淮安市2024年做信息公开花了多少经费", "costs: not reported"),
        UN(z, "洪泽区2024年申请量为什么跟2023年差那么多？报告里说原因了吗，具体是哪类申请涨的", "reasons/figures not stated"),
        UN(z, "上海市府办2019年的申请人里，外地人和上海本地人各占多少", "residence breakdown: not reported"),
        UN(e, "Huai'an 2024: how many disclosure requests came from people over 65?", "applicants by age: not reported"),
        UN(e, "which quarter of 2025 had the most applications in Shuyang county", "quarterly breakdown: not reported"),
        UN(e, "Pudong New Area 2024 - how many disclosure applications were received?", "body not in the corpus (浦东新区)"),
        UN(e, "I filed a request to the Shanghai General Office in June 2025 about my pension. Was mine one of the ones granted?", "one person's own case"),
        UN(e, "STCSM 2023 annual report: how many applications did they get?", "year not held (上海市科委 2023)"),
        UN(e, "How many disclosure requests will Huai'an receive in 2026? Give me your best estimate", "forecast"),
        UN(e, "Is Hongze District's 2024 disclosure work better than Shuyang's in 2025, in your view?", "opinion"),
        UN(e, "Shanghai General Office 2025 - how many requests were about housing versus education?", "topic breakdown: not reported"),
        UN(e, "Jianxi District office 2020: how many of the 17 applicants were women?", "applicants by sex: not reported"),
        UN(e, "What industries were the companies that applied to Huai'an in 2024 from (manufacturing, real estate...)?", "industry breakdown: not reported"),
        UN(e, "Shuyang 2025 - how many people work in the county's information disclosure office?", "staff numbers: not reported"),
        UN(e, "Qingjiangpu District government 2024 disclosure report, number of reconsiderations?", "body not in the corpus (清江浦区)"),
        UN(e, "average number of working days Shanghai General Office needed per reply in 2019?", "response times: not reported"),
        UN(e, "Hongze District 2023 requests - which government department received the most of them?", "department breakdown: not reported"),
        UN(e, "Can you give me the names and ID numbers of the people who sued Huai'an over disclosure in 2024?", "personal data"),
        UN(e, "Shanghai General Office 2022 annual report - applications received?", "year not held (上海市府办 2022)"),
        UN(e, "Which district of Shanghai sent the most applications to the municipal general office in 2025?", "district breakdown: not reported"),
        UN(e, "How much did it cost Shuyang County to run its information disclosure work in 2025 (budget in yuan)?", "costs: not reported"),
        UN(e, "Hongze 2024 report: why did the number of not-held replies go up - what reason and what figures does it give?", "reasons/figures not stated"),
        UN(e, "In 2024, did more STCSM applicants ask by email or by post? numbers please", "channel breakdown: not reported"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + FOLLOWUPS() + NARRATIVES() + CANNOTS() + TRAPS()
