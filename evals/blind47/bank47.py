"""Question bank of the blind47 evaluation set (evals/blind47).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording here was written from scratch for this set. The bank names only the body, the
keys (shorthand r./a./c., see helpers47.K), keywords for sentences cut from the report text, and
the question; every number is computed by helpers47 from gold/*.json or from the printed cells
named in SPECS (the cells blind6 verified, same specs; stored with their evidence line in
text_cells.json).
Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib47 as L  # noqa: E402
from helpers47 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V  # noqa: E402,F401

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

MONEY = {"unit": "万元"}

# text and table state the same number (ambiguous + acceptable_sentence), keyword, number
HA_RECV = ("共受理政府信息公开申请", 3119)
HA_DONE = ("答复 3050", 3050)
HA_NEXT = ("另有 103", 103)
HA_PREV = ("含上年度结转申请 34", 34)
HA_REV = ("政府信息公开行政复议 351", None)
HA_SUIT = ("政府信息公开行政诉讼 46", 46)
SH19_RECV = ("共受理政府信息公开申请859", 859)
SH19_DONE = ("答复政府信息公开申请805", 805)
SH19_NEXT = ("另有72件", 72)
SH19_PREV = ("含上年度结转申请18", 18)
SH25_RECV = ("共受理政府信息公开申请 1295", 1295)
SH25_PREV = ("含上年结转 189", 189)
JX_RECV = ("全年共收到依申请公开17", 17)
JX_OPEN = ("在办2件", 2)
HZ23_RECV = ("全区受理政府信息公开申请 21", 21)
SY_DONE = ("共办理 718", 718)
SY_ORG = ("法人或其他组织申请 8", 8)
KW_RECV = ("全年收到政府信息公开申请 34", 34)
KW_PREV = ("上年结转政府信息公开申请 2", 2)
KW_OK = ("同意公开答复 9", 9)


def rv(n):
    return (HA_REV[0], n)


def plain():
    P = "[plain] "
    z, e = "zh", "en"
    return [
        V(z, "ha", "r.granted.total", "淮安市政府2024年依申请直接给公开的有几件", P + "予以公开"),
        V(z, "ha", "r.unable.not_held.total", "我想问下淮安2024年 因为政府手里没有这个信息答复不了的 多少件", P + "不掌握, colloquial"),
        V(z, "ha", "a.review.corrected", "记者求证：淮安市人民政府2024年度政府信息公开行政复议里，被纠正的有多少件？", P + "复议 纠正"),
        V(z, "ha", "c.licensing.decisions", "淮安24年行政许可处理决定数量", P + "two-digit year"),
        V(z, "ha", "r.withheld.admin_query.total", "12345转来电话：市民问淮安市2024年有多少申请因为属于行政查询事项没给公开", P + "operator relaying caller"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市政府2024年报里 信访举报投诉类申请不予处理的 多少", P + "信访 不予处理"),
        V(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元", P + "money", **MONEY),
        V(z, "ha", "r.partially_granted.total", "2024年淮安部分公开的申请有多少件", P + "部分公开"),
        V(z, "ha", "a.litigation_direct.corrected", "淮安市2024年未经复议直接起诉的行政诉讼案件中被纠正的有几件", P + "直接起诉 纠正"),
        V(z, "ha", "r.received.commercial", "淮安 2024 商业企业提交的新申请有几件啊", P + "column"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024年有多少申请是因为申请人一直不补正材料 最后不再处理的", P + "row named by what happened"),
        V(z, "ha", "r.carried_forward.total", "淮安市2024年结转到下一年继续办的申请有多少", P + "text agrees (另有103件顺延)", alt=HA_NEXT),
        V(z, "sy", "r.received.total", "沭阳县2025年本年新收的政府信息公开申请(不算上年结转)是多少件", P + "新收 713, text 受理 749 includes 上年结转"),
        V(z, "sy", "r.granted.total", "帮我妈问的 沭阳县政府2025年 予以公开的一共几件", P + "story"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳2025年以内部事务信息为由不予公开的申请数", P + "内部事务"),
        V(z, "sy", "a.review.total", "沭阳县2025年因政府信息公开被申请行政复议总共多少件", P + "复议 总计 (text 74 is all cases)"),
        V(z, "sy", "c.punishment.decisions", "25年沭阳县行政处罚决定多少个", P + "two-digit year"),
        V(z, "sy", "r.other.other.total", "沭阳县人民政府2025年 其他处理里面最后那个“其他”小项是多少", P + "其他处理-其他"),
        V(z, "sy", "r.unable.not_held.total", "沭阳2025 本机关不掌握相关政府信息 多少件", P + "terse"),
        V(z, "sy", "c.normative_docs.in_force", "沭阳县2025年现行有效的行政规范性文件件数", P + "现行有效"),
        V(z, "sy", "a.litigation_after_review.upheld", "沭阳县二〇二五年复议后又起诉的案子，法院维持的有几件？", P + "Chinese-numeral year"),
        V(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请有多少件", P + "上年结转"),
        V(z, "hz23", "r.received.total", "洪泽区2023年一共收到多少政府信息公开申请", P + "text agrees (受理21)", alt=HZ23_RECV),
        V(z, "hz23", "c.punishment.decisions", "洪泽2023行政处罚数", P + "terse"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年因为要另外制作才能提供而没给的 几件", P + "另行制作"),
        V(z, "hz23", "a.review.upheld", "洪泽区2023年政府信息公开行政复议结果维持的是多少", P + "复议 维持 (printed total 0 not used)"),
        V(z, "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额（万元）", P + "money", **MONEY),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到多少件依申请公开", P + "text agrees (收到17件)", alt=JX_RECV),
        V(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量", P + "采购项目数"),
        V(z, "jx", "r.carried_forward.total", "涧西区人民政府办公室2020年还没办完、转到下一年的申请有几件", P + "text agrees (在办2件)", alt=JX_OPEN),
        V(z, "sh19", "r.received.total", "上海市府办2019年受理了多少件信息公开申请", P + "text agrees (受理859)", alt=SH19_RECV),
        V(z, "sh19", "r.unable.not_held.natural_person", "上海市政府办公厅2019年 公民个人申请中因为不掌握信息没法提供的", P + "自然人 column (total printed blank)"),
        V(z, "sh19", "c.regulations.total_published", "上海市人民政府办公厅2019年对外公开的规章总数", P + "对外公开总数"),
        V(z, "sh19", "a.litigation_direct.upheld", "2019年上海市府办 直接起诉的行政诉讼 结果维持几件", P + "直接起诉 维持"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办二〇一九年自然人提的申请里面按信访处理没受理的有多少", P + "自然人 column"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定数", P + "text cell"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽2024年不掌握相关信息的申请件数", P + "text cell"),
        V(z, "hz24", "c.coercion.decisions", "24年洪泽区行政强制有几个", P + "text cell, two-digit year"),
        V(z, "kw", "r.received.natural_person", "上海科委2024年自然人新提交的申请多少件", P + "text cell"),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效规范性文件数", P + "text cell"),
        V(z, "sh25", "r.unable.not_held.total", "上海市府办2025年答复说本机关不掌握的多少件", P + "text cell"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年信访举报类不予处理的申请", P + "text cell"),
        V(z, "sh25", "a.review.pending", "2025年上海市府办行政复议还没审结的几件", P + "text cell"),
        V(z, "sh25", "r.carried_forward.total", "上海市人民政府办公厅2025年结转到下年度继续办的有多少件", P + "text cell"),
        V(z, "ha", "a.litigation_after_review.pending", "淮安市2024年先复议再起诉的案子里 到年底还没审结的", P + "复议后起诉 未审结"),
        V(z, "sy", "r.received.legal_person", "沭阳县2025年法人或其他组织提交的申请一共多少", P + "text agrees (法人或其他组织申请8件)", alt=SY_ORG),
        # English
        V(e, "ha", "r.withheld.third_party.total", "Huai'an 2024: how many requests were refused because disclosure would harm a third party's rights (危及第三方合法权益)?", P + "third party"),
        V(e, "ha", "a.review.upheld", "In Huaian's 2024 report, how many administrative reviews on disclosure ended with the decision upheld?", P + "text agrees (维持72)", alt=rv(72)),
        V(e, "ha", "c.coercion.decisions", "huaian 2024 administrative enforcement (行政强制) decisions count", P + "terse"),
        V(e, "ha", "r.received.legal_services", "How many new requests did law firms and other legal service bodies file with Huai'an city govt in 2024?", P + "column"),
        V(e, "ha", "r.unable.needs_creation.total", "Huai'an 2024 - requests where the info would have had to be newly produced, so not provided?", P + "另行制作"),
        V(e, "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?", P + "scrap = 废止"),
        V(e, "ha", "r.not_processed.duplicate.total", "For Huai'an in 2024, number of repeat requests (重复申请) not processed", P + "重复申请"),
        V(e, "ha", "r.total_processed.total", "I'm a journalist. Huai'an municipal government, 2024 - how many disclosure requests did it close out in total?", P + "text agrees (答复3050)", alt=HA_DONE),
        V(e, "ha", "a.litigation_direct.total", "huaian FY2024 lawsuits filed directly w/o review first, total?", P + "直接起诉 总计"),
        V(e, "sy", "r.partially_granted.total", "Shuyang County 2025 partially disclosed how many", P + "no punctuation"),
        V(e, "sy", "c.licensing.decisions", "Shuyang 2025 number of administrative licensing decisions", P + "许可"),
        V(e, "sy", "r.unable.not_held.natural_person", "In 2025, how many requests from private individuals did Shuyang County answer with 'we don't hold this info'?", P + "自然人 column"),
        V(e, "sy", "a.review.pending", "Shuyang county gov 2025, admin reviews still pending at year end?", P + "复议 未审结"),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests dropped because the applicant never paid the fee notice in time", P + "逾期未缴费"),
        V(e, "sy", "c.fees.amount", "What did Shuyang County take in from administrative fees in 2025 (in 10k yuan)?", P + "money", **MONEY),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang 2025, how many requests were turned away as administrative inquiries (行政查询事项)?", P + "行政查询"),
        V(e, "sy", "r.total_processed.total", "Total requests Shuyang County handled in 2025, per the 总计 row of the table?", P + "text agrees (共办理718)", alt=SY_DONE),
        V(e, "hz23", "r.partially_granted.total", "Hongze District 2023, partially disclosed requests?", P + "部分公开"),
        V(e, "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions how many", P + "terse"),
        V(e, "hz23", "r.withheld.state_secret.total", "Did Hongze District withhold anything as a state secret in 2023? how many", P + "国家秘密"),
        V(e, "hz23", "a.litigation_after_review.upheld", "Hongze District gov 2023: lawsuits brought after a review, outcome upheld - count?", P + "复议后起诉 维持"),
        V(e, "hz23", "c.normative_docs.repealed", "How many normative documents were abolished by Hongze in 2023?", P + "废止"),
        V(e, "jx", "r.granted.total", "Jianxi District 2020, how many requests fully granted?", P + "予以公开"),
        V(e, "jx", "c.procurement.amount", "Jianxi District government office 2020 procurement contract total amount, in 万元", P + "money", **MONEY),
        V(e, "jx", "a.review.upheld", "Jianxi 2020 - admin review cases upheld", P + "复议 维持"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office, 2019: how many requests were answered in all?", P + "text agrees (答复805)", alt=SH19_DONE),
        V(e, "sh19", "c.procurement.projects", "Shanghai municipal general office 2019 number of government procurement projects", P + "采购项目数"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019 - individuals' requests refused as state secrets?", P + "自然人 column"),
        V(e, "sh19", "r.unable.needs_creation.natural_person", "In 2019 how many individuals' requests did the Shanghai General Office decline because it'd need to create the info?", P + "自然人 column"),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, total normative documents publicly available (对外公开总数)?", P + "对外公开总数"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions (行政处罚)", P + "text cell"),
        V(e, "hz24", "r.granted.total", "hongze district 2024 requests granted in full", P + "text cell"),
        V(e, "hz24", "c.normative_docs.issued", "How many new normative documents did Hongze District issue in 2024?", P + "text cell"),
        V(e, "kw", "r.total_processed.total", "Shanghai science commission (STCSM) 2024 total requests processed", P + "text cell"),
        V(e, "kw", "c.licensing.decisions", "STCSM 2024 number of licensing decisions (行政许可)", P + "text cell"),
        V(e, "kw", "r.received.commercial", "In 2024, how many requests did businesses file with the Shanghai Science and Technology Commission?", P + "text cell"),
        V(e, "sh25", "r.granted.total", "Shanghai General Office FY2025 granted in full", P + "text cell"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai General Office 2025 direct lawsuits total (未经复议直接起诉)", P + "text cell"),
        V(e, "sh25", "r.unable.needs_creation.total", "2025 shanghai gen office: requests not provided since info would need creating", P + "text cell"),
        V(e, "sh25", "r.received.commercial", "Shanghai General Office 2025 new requests from commercial enterprises", P + "text cell"),
        V(e, "sh25", "r.carried_over.legal_services", "How many carried-over requests (from the prior year) came from legal service institutions at the Shanghai General Office in 2025?", P + "text cell"),
        V(e, "ha", "r.withheld.process_info.total", "huaian 2024 process info refused (过程性信息) number pls", P + "过程性信息"),
        V(e, "sy", "r.not_processed.duplicate.total", "Shuyang 2025 duplicate requests not handled", P + "重复申请"),
        V(e, "sy", "a.review.corrected", "Shuyang County, year 2025: how many disclosure reviews had the original decision corrected?", P + "复议 纠正"),
    ]


def combine():
    P = "[combine] "
    z, e = "zh", "en"
    W3 = ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
          "r.withheld.security_stability.total"]
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S(z, "ha", W3, "淮安2024年因为国家秘密、法律禁止、三安全一稳定这三项不予公开的加起来多少", P + "sum of three withheld sub-items"),
        S(z, "ha", ["a.review.corrected", "a.review.other"], "淮安市2024年行政复议结果纠正和其他结果合计几件", P + "two outcome columns"),
        S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年行政诉讼一共多少件（直接起诉加复议后起诉）", P + "text agrees (诉讼46件)", alt=HA_SUIT),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年无法提供的三种情形加起来是多少", P + "three unable sub-items"),
        S(z, "sy", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "沭阳县2025年行政诉讼里结果维持的（直接起诉和复议后起诉两类）一共几件", P + "upheld over two suit groups"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年不予公开的：国家秘密、过程性信息、行政执法案卷 三项合计", P + "three sub-items"),
        S(z, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "上海市府办2019年自然人申请中信访类和重复申请不予处理的合计", P + "自然人 column of two rows"),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的加上因不掌握无法提供的 一共多少", P + "two rows"),
        S(z, "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年行政许可、行政处罚、行政强制三类决定数加总是多少？", P + "three active rows"),
        S(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "Huai'an 2024: add up requests not processed as petitions, duplicates and re-confirmations", P + "three not-processed sub-items"),
        S(e, "sy", ["a.review.corrected", "a.review.other"], "Shuyang 2025 - reviews with corrected or 'other' outcomes combined?", P + "two outcome columns"),
        S(e, "ha", ["r.received.natural_person", "r.received.legal_services"], "Huai'an 2024 new requests from individuals plus legal service firms, together", P + "two applicant columns"),
        S(e, "sy", W8, "Shuyang County 2025, total refusals across all eight 不予公开 grounds", P + "eight withheld sub-items"),
        S(e, "hz23", ["a.review.upheld", "a.litigation_after_review.upheld"], "Hongze 2023: reviews upheld plus post-review suits upheld, total?", P + "upheld over two groups"),
        S(e, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "Shanghai General Office 2019, individuals' requests that couldn't be provided (not held + needs creation + unclear), summed", P + "自然人 column of three rows"),
        S(e, "sh19", ["a.review.upheld", "a.litigation_direct.upheld"], "Shanghai General Office 2019 reviews upheld + direct lawsuits upheld = ?", P + "upheld over two groups"),
        S(e, "ha", ["c.normative_docs.issued", "c.regulations.issued"], "How many regulations and normative documents together did Huai'an issue in 2024?", P + "two active rows"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020: reviews plus both kinds of lawsuits, all together", P + "three appeal groups"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少？", P + "difference, text cell 2024"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "帮忙算一下 洪泽区2023到2024年行政处罚决定数变化了多少（24年减23年）", P + "difference, decrease"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区2024年比2023年，本机关不掌握信息的申请增加几件", P + "difference"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度办理的申请，2025年比2019年多多少件", P + "difference 2019-2025"),
        D(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数 2019年和2025年相比增加了多少", P + "difference"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新提交的申请：2025年减去2019年等于多少", P + "difference of a column"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "Change in Hongze District's administrative enforcement decisions from 2023 to 2024?", P + "difference, decrease"),
        D(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024 (万元)?", P + "difference, money", unit="万元"),
        D(e, "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force: 2024 vs 2023, how many more?", P + "difference"),
        D(e, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office: requests carried over from the prior year, 2025 minus 2019?", P + "difference"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "How did Shanghai General Office's direct lawsuits change from 2019 to 2025?", P + "difference"),
        D(e, "sh19", "sh25", "a.review.pending", "Shanghai General Office pending reviews (尚未审结): increase from 2019 to 2025?", P + "difference"),
    ]


def rank():
    P = "[rank] "
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家本年新收的信息公开申请最多？"),
        R(z, ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "比一比：淮安2024、沭阳2025、洪泽2023 行政许可决定数谁最高"),
        R(z, ["ha", "sy", "hz23"], "a.review.corrected", "asc", "淮安市(2024)、沭阳县(2025)、洪泽区(2023)三家里 复议结果被纠正最少的是哪家"),
        R(z, ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "按“内部事务信息”不予公开的件数排，淮安2024、沭阳2025、洪泽2023谁排第一"),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.carried_over.total", "desc", "上年结转过来的申请：淮安市2024年、沭阳县2025年、上海市府办2019年、洪泽区2023年，哪个最多？"),
        R(z, ["ha", "sy", "hz23"], "c.normative_docs.repealed", "asc", "学生作业：淮安市2024年、沭阳县2025年、洪泽区2023年废止的规范性文件，哪家最少"),
        R(z, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.upheld", "asc", "直接起诉的行政诉讼里结果维持的：淮安2024、沭阳2025、上海市府办2019、涧西区2020，最少的是谁"),
        R(z, ["ha", "sy", "hz23"], ["a.review.corrected", "a.review.other"], "desc", "复议结果里纠正加其他结果合起来算，淮安2024年、沭阳2025年、洪泽2023年哪家最多"),
        R(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Rank Huai'an (2024), Shuyang (2025) and Hongze (2023) by administrative enforcement decisions - which is lowest?"),
        R(e, ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Of Huai'an 2024, Hongze 2023 and Shuyang 2025, who collected the least in administrative fees?"),
        R(e, ["ha", "sy", "sh19"], "a.review.pending", "asc", "Which had the fewest reviews still pending: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?"),
        R(e, ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "top body for 'info not held' answers among Huai'an 2024, Shuyang 2025, Hongze 2023, Jianxi 2020?"),
        R(e, ["ha", "sy", "hz23"], "r.not_processed.petition.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which turned away the fewest requests as petitions/complaints?"),
        R(e, ["ha", "sy", "hz23"], "r.received.legal_person", "desc", "Which of Huai'an (2024), Shuyang (2025), Hongze (2023) got the most new requests from legal persons and other organisations?"),
        R(e, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Normative docs still in force - rank Huai'an 2024, Shuyang 2025, Hongze 2023; who's on top?"),
    ]


def followups():
    P = "[followup] "
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年行政复议一共多少件", E("ha", "a.review.total", alt=rv(351))),
              ("那行政诉讼里直接起诉的呢", E("ha", "a.litigation_direct.total")),
              ("复议后再起诉的又是多少", E("ha", "a.litigation_after_review.total"))], P + "switch appeals group; 复议总计 text agrees"),
        F(z, [("沭阳县2025年予以公开多少件", E("sy", "r.granted.total")),
              ("部分公开呢", E("sy", "r.partially_granted.total"))], P + "switch row"),
        F(z, [("洪泽区2023年行政处罚决定数是多少", E("hz23", "c.punishment.decisions")),
              ("换成2024年呢", E("hz24", "c.punishment.decisions"))], P + "switch year, text cell"),
        F(z, [("上海市府办2019年本年新收申请里自然人的有多少", E("sh19", "r.received.natural_person")),
              ("2025年呢", E("sh25", "r.received.natural_person"))], P + "switch year, text cell"),
        F(z, [("我在核对淮安市2024年的表，不予公开-过程性信息是多少", E("ha", "r.withheld.process_info.total")),
              ("同一行里自然人那一列呢", E("ha", "r.withheld.process_info.natural_person")),
              ("商业企业那列", E("ha", "r.withheld.process_info.commercial"))], P + "switch column"),
        F(z, [("涧西区2020年行政复议结果维持的几件", E("jx", "a.review.upheld")),
              ("直接起诉的行政诉讼维持的呢", E("jx", "a.litigation_direct.upheld"))], P + "switch appeals group"),
        F(z, [("沭阳县2025年行政许可决定数", E("sy", "c.licensing.decisions")),
              ("淮安市2024年同一项是多少", E("ha", "c.licensing.decisions"))], P + "switch body and year"),
        F(z, [("洪泽区2023年本机关不掌握的申请有几件", E("hz23", "r.unable.not_held.total")),
              ("24年的呢", E("hz24", "r.unable.not_held.total")),
              ("那24年予以公开的呢", E("hz24", "r.granted.total"))], P + "switch year then row, text cells"),
        F(z, [("上海市科委2024年本年新收申请总数", E("kw", "r.received.total", alt=KW_RECV)),
              ("其中商业企业提的几件", E("kw", "r.received.commercial"))], P + "switch column; text agrees on 34"),
        F(z, [("沭阳县2025年复议后起诉的行政诉讼一共几件", E("sy", "a.litigation_after_review.total")),
              ("其中还没审结的呢", E("sy", "a.litigation_after_review.pending")),
              ("结果纠正的呢", E("sy", "a.litigation_after_review.corrected"))], P + "switch outcome column"),
        F(z, [("淮安市2024年现行有效的规章有几件", E("ha", "c.regulations.in_force")),
              ("规范性文件现行有效的呢", E("ha", "c.normative_docs.in_force"))], P + "switch row"),
        F(z, [("上海市人民政府办公厅2025年行政复议总数", E("sh25", "a.review.total")),
              ("2019年那份报告里呢", E("sh19", "a.review.total", alt=("行政复议7件", 7)))], P + "switch year, text cell first"),
        F(z, [("12345坐席：来电人问沭阳县2025年不予处理里面重复申请的有几件", E("sy", "r.not_processed.duplicate.total")),
              ("他又问信访举报那类的", E("sy", "r.not_processed.petition.total"))], P + "operator, switch row"),
        F(z, [("洪泽区2023年行政强制决定数", E("hz23", "c.coercion.decisions")),
              ("行政许可呢", E("hz23", "c.licensing.decisions")),
              ("那2024年的许可", E("hz24", "c.licensing.decisions"))], P + "switch row then year"),
        F(z, [("上海市府办2019年结转下年度继续办理的有多少", E("sh19", "r.carried_forward.total", alt=SH19_NEXT)),
              ("2025年是多少", E("sh25", "r.carried_forward.total"))], P + "switch year; 2019 text agrees"),
        F(z, [("淮安2024年因为属于信访举报投诉没处理的申请 自然人提的有几件", E("ha", "r.not_processed.petition.natural_person")),
              ("整行总计呢", E("ha", "r.not_processed.petition.total"))], P + "switch column to total"),
        F(z, [("沭阳县2025年行政处罚决定数", E("sy", "c.punishment.decisions")),
              ("行政强制呢", E("sy", "c.coercion.decisions"))], P + "switch row"),
        F(z, [("涧西区2020年本年新收申请多少", E("jx", "r.received.total", alt=JX_RECV)),
              ("办理结果总计那行是多少", E("jx", "r.total_processed.total"))], P + "switch row"),
        F(z, [("淮安市2024年自然人新提交的申请多少件", E("ha", "r.received.natural_person")),
              ("那法律服务机构呢", E("ha", "r.received.legal_services")),
              ("商业企业呢", E("ha", "r.received.commercial"))], P + "switch applicant column"),
        F(e, [("Huai'an 2024 admin reviews - how many had other outcomes (其他结果)?", E("ha", "a.review.other", alt=rv(178))),
              ("and how many were still pending?", E("ha", "a.review.pending"))], P + "switch outcome column; text agrees on 178"),
        F(e, [("Shuyang County 2025, requests refused because they'd endanger security/stability?", E("sy", "r.withheld.security_stability.total")),
              ("what about third-party rights?", E("sy", "r.withheld.third_party.total"))], P + "switch sub-item"),
        F(e, [("Hongze District 2023 administrative fees collected, 万元?", E("hz23", "c.fees.amount", **MONEY)),
              ("and in 2024?", E("hz24", "c.fees.amount", **MONEY))], P + "switch year, money"),
        F(e, [("Shanghai General Office 2019 - lawsuits filed directly, total?", E("sh19", "a.litigation_direct.total")),
              ("how many of them were still pending?", E("sh19", "a.litigation_direct.pending")),
              ("and 2025 pending?", E("sh25", "a.litigation_direct.pending"))], P + "switch column then year"),
        F(e, [("STCSM 2024 normative documents issued", E("kw", "c.normative_docs.issued")),
              ("how many in force?", E("kw", "c.normative_docs.in_force"))], P + "text cells, switch column"),
        F(e, [("Huai'an 2024 licensing decisions?", E("ha", "c.licensing.decisions")),
              ("Hongze 2023 same item?", E("hz23", "c.licensing.decisions")),
              ("Shuyang 2025?", E("sy", "c.licensing.decisions"))], P + "switch body and year"),
        F(e, [("Jianxi District 2020 procurement projects count", E("jx", "c.procurement.projects")),
              ("Shanghai General Office 2019?", E("sh19", "c.procurement.projects"))], P + "switch body"),
        F(e, [("Shuyang 2025: reviews upheld?", E("sy", "a.review.upheld")),
              ("and direct lawsuits upheld?", E("sy", "a.litigation_direct.upheld"))], P + "switch appeals group"),
        F(e, [("Hongze District 2024: how many new requests (本年新收) in the table?", E("hz24", "r.received.total")),
              ("and the table's total processed row?", E("hz24", "r.total_processed.total"))], P + "text cells (text's 17 is a different count)"),
        F(e, [("Huai'an 2024, requests not provided because the request was unclear (申请内容不明确)?", E("ha", "r.unable.unclear.total")),
              ("and because it would need new creation?", E("ha", "r.unable.needs_creation.total"))], P + "switch sub-item"),
        F(e, [("Shanghai General Office 2025, requests refused as duplicate (重复申请)?", E("sh25", "r.not_processed.duplicate.total")),
              ("and as petitions/complaints?", E("sh25", "r.not_processed.petition.total"))], P + "text cells, switch row"),
        F(e, [("Shuyang 2025 new requests from individuals", E("sy", "r.received.natural_person")),
              ("how about what was carried over from individuals?", E("sy", "r.carried_over.natural_person"))], P + "switch row"),
        F(e, [("Shanghai General Office 2019 regulations made (制发) that year?", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
              ("and normative documents made?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60", 60)))], P + "switch row; 60 text agrees"),
        F(e, [("Hongze 2023: review outcome corrected, count?", E("hz23", "a.review.corrected")),
              ("same for Huai'an 2024", E("ha", "a.review.corrected")),
              ("and Shuyang 2025", E("sy", "a.review.corrected"))], P + "switch body"),
        F(e, [("Huai'an 2024 withheld under 'prohibited by law' (法律行政法规禁止)?", E("ha", "r.withheld.prohibited_by_law.total")),
              ("of those, individuals?", E("ha", "r.withheld.prohibited_by_law.natural_person"))], P + "switch column"),
        F(e, [("STCSM 2024 requests granted in full?", E("kw", "r.granted.total", alt=KW_OK)),
              ("and carried over from the year before?", E("kw", "r.carried_over.total", alt=KW_PREV))], P + "text cells; text agrees"),
        F(e, [("Jianxi 2020 requests completed (办理结果总计)", E("jx", "r.total_processed.total")),
              ("and carried forward to the next year?", E("jx", "r.carried_forward.total", alt=JX_OPEN))], P + "switch row"),
        F(e, [("Shuyang 2025 normative docs issued?", E("sy", "c.normative_docs.issued")),
              ("repealed?", E("sy", "c.normative_docs.repealed"))], P + "switch column"),
        F(e, [("Shanghai General Office 2025 - lawsuits after review, total?", E("sh25", "a.litigation_after_review.total")),
              ("and direct lawsuits in 2019?", E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9)))], P + "switch year and group; 2019 text agrees on 9"),
    ]


def textonly():
    P = "[textonly] number stated only in the report text: "
    z, e = "zh", "en"
    return [
        N(z, "ha", "《淮安市人民政府公报》6", 6, "期", "淮安市政府2024年一共出了几期政府公报", note=P + "gazette issues"),
        N(z, "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了多少场新闻发布会？", note=P + "press conferences"),
        N(z, "ha", "政务新媒体共计 95", 95, "个", "淮安2024年报里说全市在运维的政务新媒体有多少个", note=P + "new-media accounts"),
        N(z, "ha", "全年收取政府信息公开信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息处理费（元）", note=P + "fee in yuan"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条信息", note=P + "portal items"),
        N(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议", note=P + "executive meetings"),
        N(z, "sy", "意见征集9", 9, "期", "沭阳县2025年门户网站开展了几期意见征集", note=P + "consultations"),
        N(z, "sy", "专栏33", 33, "个", "沭阳2025年政务新媒体开了多少个专栏", note=P + "columns"),
        N(z, "sy", "爆款内容52", 52, "条", "沭阳县2025年出了多少条爆款内容？", note=P + "viral posts"),
        N(z, "sy", "64家单位", 64, "家", "我是学生写论文：沭阳县2025年一共有多少家单位的年报集中公开了？", note=P + "units"),
        N(z, "sy", "催办提示 84", 84, "次", "沭阳县那个倒计时报警器2025年发了多少次催办提示", note=P + "reminders"),
        N(z, "sy", "失效链接43", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接", note=P + "broken links"),
        N(z, "sy", "过期信息697", 697, "条", "沭阳2025年清理掉的过期信息有多少条", note=P + "outdated items"),
        N(z, "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办前主动沟通了几次", note=P + "pre-handling talks"),
        N(z, "kw", "直播 118", 118, "场", "上海市科委2024年视频号直播了多少场", note=P + "live streams"),
        N(z, "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年年报里说开了几场新闻通气会", note=P + "press briefings"),
        N(z, "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", note=P + "withdrawn requests"),
        N(z, "sh19", "权威发布共计38", 38, "次", "2019年上海市府办对市政府常务会议重要议题做了多少次权威发布", note=P + "briefings"),
        N(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年报告里每季度检查的政府网站有多少家", note=P + "websites checked"),
        N(z, "jx", "26个试点领域", 26, "个", "涧西区2020年设置了多少个试点领域的专栏", note=P + "pilot areas"),
        N(e, "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024?", note=P + "interpretations"),
        N(e, "ha", "组织 4 次", 4, "次", "Huai'an 2024: how many full-coverage checks of the disclosure columns were organised?", note=P + "checks"),
        N(e, "ha", "政策性文件 11", 11, "件", "Per the narrative of Huai'an's 2024 report, how many policy documents of the city govt and its office were newly published?", note=P + "policy documents (not table 制发 8)"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024 - how many items of government info posted on the website platform?", note=P + "portal items"),
        N(e, "hz24", "解读信息发布 7", 7, "条", "How many interpretation pieces did Hongze put out in 2024?", note=P + "interpretations"),
        N(e, "sy", "主动公开政府信息4511", 4511, "条", "Shuyang County portal proactive disclosures in 2025, how many items?", note=P + "portal items"),
        N(e, "sy", "发布信息3044", 3044, "条", "Shuyang 2025: items posted by county departments on their disclosure pages", note=P + "department items"),
        N(e, "sy", "短视频1113", 1113, "个", "How many original short videos did Shuyang push in 2025?", note=P + "short videos"),
        N(e, "sy", "化解各类争议纠纷 33", 33, "件", "Shuyang County 2025, disputes resolved thanks to talking to applicants before handling?", note=P + "disputes resolved"),
        N(e, "sy", "信息处理费共计380", 380, "元", "How much in info processing fees did Shuyang collect in 2025 (yuan)?", note=P + "fee in yuan"),
        N(e, "kw", "集成式发布政策 121", 121, "条", "STCSM 2024: how many policies were batch-pushed for integrated release?", note=P + "policies pushed"),
        N(e, "kw", "原创文章 294", 294, "篇", "shanghai science commission wechat 2024 original articles count", note=P + "original articles"),
        N(e, "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the STCSM WeChat account have according to its 2024 report?", note=P + "followers"),
        N(e, "kw", "短视频 584", 584, "条", "STCSM video channel (视频号) short videos released in 2024?", note=P + "short videos"),
        N(e, "sh25", "新闻发布会 42", 42, "场", "Shanghai General Office 2025 - number of municipal press conferences held", note=P + "press conferences"),
        N(e, "sh25", "覆盖 10 个语种", 10, "个", "In 2025, how many languages did the Shanghai International Services Portal cover?", note=P + "languages"),
        N(e, "sh25", "《上海市人民政府公报》24", 24, "期", "Shanghai Government Gazette issues edited in 2025?", note=P + "gazette issues"),
        N(e, "sh19", "政策解读共132", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the China Shanghai portal?", note=P + "interpretations"),
        N(e, "sh19", "接入53个部门", 53, "个", "How many departments were hooked up to the unified acceptance platform per the Shanghai General Office's 2019 report?", note=P + "departments"),
    ]


def cannot():
    P = "[cannot] "
    z, e = "zh", "en"
    return [
        U(z, "淮安市清江浦区2024年收到多少政府信息公开申请", "district inside 淮安市; only the city's report is in the corpus", P + "place inside a body"),
        U(z, "沭阳县胡集镇2025年依申请公开办了多少件", "township of 沭阳县; no township report", P + "place inside a body"),
        U(z, "上海浦东新区2025年政府信息公开行政复议多少件", "浦东新区 report not in the corpus", P + "place inside a body"),
        U(z, "淮安下面的涟水县2024年予以公开几件", "county of 淮安市; no own report", P + "place inside a body"),
        U(z, "洪泽区高良涧街道2023年受理了多少申请", "street of 洪泽区; no own report", P + "place inside a body"),
        U(z, "涧西区重庆路街道2020年政府信息公开申请数是多少", "street of 涧西区; no own report", P + "place inside a body"),
        U(z, "淮安市2024年的申请人里男的女的各有多少", "no sex breakdown", P + "breakdown not held"),
        U(z, "沭阳县2025年信息公开申请里面关于征地拆迁的有多少件", "no topic breakdown", P + "breakdown not held"),
        U(z, "洪泽区2026年的年报受理了多少申请", "2026 report not in the corpus", P + "year not held"),
        U(z, "我2024年帮我妈给沭阳县政府写过申请，想问下她那件最后是什么结果", "one person's own case; 沭阳 2024 not held", P + "own case"),
        U(z, "上海市府办2025年办一件申请平均用了几天", "no response times", P + "response time"),
        U(z, "淮安市政府2024年负责信息公开的工作人员有几个", "no staff number", P + "staff"),
        U(z, "你觉得沭阳县2025年的信息公开做得好不好", "opinion", P + "opinion"),
        U(z, "预测一下淮安市2025年会收到多少信息公开申请", "forecast; 淮安 2025 not held", P + "forecast"),
        U(z, "上海市科委2023年收到多少政府信息公开申请", "上海市科委 2023 not held", P + "year not held"),
        U(z, "南京市2024年政府信息公开申请数", "南京市 not in the corpus", P + "body not held"),
        U(z, "洪泽区2024年通过信函方式提交的申请有几件", "no channel breakdown", P + "breakdown not held"),
        U(z, "请告诉我淮安市2024年提起行政复议的申请人名字和电话", "personal data", P + "personal data"),
        U(z, "上海市府办2019年的申请人里外地人占多少", "no residence breakdown", P + "breakdown not held"),
        U(z, "沭阳县2025年各乡镇依申请公开数量排个名", "no township breakdown in the county report", P + "place inside a body"),
        U(e, "Huai'an's Huaiyin District (淮阴区) 2024 - how many disclosure requests?", "district of 淮安市; no own report", P + "place inside a body"),
        U(e, "Shanghai Xuhui District 2025 admin reviews on disclosure?", "徐汇区 not in the corpus", P + "place inside a body"),
        U(e, "Shuyang County's Qianji town (钱集镇) 2025 requests granted", "township of 沭阳县; no own report", P + "place inside a body"),
        U(e, "Hongze District 2023 requests by month - which month had the most?", "no month breakdown", P + "breakdown not held"),
        U(e, "Shanghai General Office 2019: how many requests came in online vs. in person?", "no channel breakdown", P + "breakdown not held"),
        U(e, "What will Shuyang's request count be in 2026?", "forecast", P + "forecast"),
        U(e, "Huai'an 2024: age breakdown of the applicants?", "no age breakdown", P + "breakdown not held"),
        U(e, "How much did it cost Hongze District to run its disclosure work in 2024?", "no cost figure", P + "cost"),
        U(e, "Jianxi District 2021 report: requests received?", "涧西 2021 not held", P + "year not held"),
        U(e, "Suqian city (宿迁市) 2025 disclosure requests total?", "宿迁市 report not in the corpus (only its county 沭阳)", P + "parent body not held"),
        U(e, "STCSM 2024 requests broken down by industry of the applying companies?", "no industry breakdown", P + "breakdown not held"),
        U(e, "Is the Shanghai General Office more transparent than Beijing's in 2025?", "opinion; Beijing not held", P + "opinion"),
        U(e, "I filed a request with Huai'an in 2024 about my house demolition - was mine one of the granted ones?", "one person's own case", P + "own case"),
        U(e, "Shanghai General Office 2022 requests received", "上海市府办 2022 not held", P + "year not held"),
        U(e, "Luoyang city 2020 disclosure requests received?", "洛阳市 not in the corpus", P + "parent body not held"),
        U(e, "Shuyang 2025 - which county department received the most requests?", "no department breakdown", P + "breakdown not held"),
        U(e, "huai'an 2024 Q3 requests count?", "no quarter breakdown", P + "breakdown not held"),
        U(e, "Give me the home address of the person who sued Hongze District in 2023", "personal data", P + "personal data"),
        U(e, "Hongze's Chahe town (岔河镇) 2024 licensing decisions?", "town of 洪泽区; no own report", P + "place inside a body"),
    ]


def neighbour():
    P = "[neighbour] "
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年上年结转过来的申请（不是结转到下年的）有几件", P + "结转上年 vs 下年; text agrees (34)", alt=HA_PREV),
        T(z, "sy", "a.litigation_direct.total", "沭阳县2025年没经过复议直接去法院起诉的总共几件", P + "直接起诉 vs 复议后起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安2024年废止的规范性文件有多少（不是新制发的）", P + "废止 vs 制发"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年需要另行制作才能提供的有几件", P + "另行制作 vs 不掌握"),
        T(z, "ha", "r.withheld.internal_affairs.total", "淮安2024年属于内部事务信息不予公开的，注意不是过程性信息", P + "内部事务 vs 过程性信息"),
        T(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购合同总金额是多少万元，不是项目个数", P + "金额 vs 项目数", unit="万元"),
        T(z, "ha", "a.review.other", "淮安市2024年复议结果是“其他结果”的有多少（不是纠正的）", P + "其他结果 vs 纠正; text agrees", alt=rv(178)),
        T(e, "ha", "r.carried_forward.natural_person", "Huai'an 2024: individuals' requests carried forward INTO the next year (not those brought in from before)", P + "结转下年 vs 上年, 自然人 column"),
        T(e, "ha", "a.litigation_after_review.total", "Huai'an 2024 lawsuits filed after an administrative review had concluded - total?", P + "复议后起诉 vs 直接起诉"),
        T(e, "ha", "c.regulations.in_force", "Huai'an municipal regulations currently in force at end of 2024 (not the newly issued ones)", P + "现行有效 vs 制发"),
        T(e, "ha", "r.partially_granted.natural_person", "Huai'an 2024 - individuals' requests only partly disclosed, not the fully granted ones", P + "部分公开 vs 予以公开"),
        T(e, "sh19", "r.received.legal_services", "Shanghai General Office 2019 requests from legal service institutions (not businesses)", P + "法律服务机构 vs 商业企业"),
        T(e, "sy", "r.other.overdue_correction.total", "Shuyang 2025: requests closed because applicants didn't supplement/correct them without good reason", P + "逾期不补正 vs 其他"),
    ]


def CONVERSATIONS():
    rk = rank()
    for c in rk:
        c["note"] = "[rank] " + c["note"]
    return plain() + combine() + rk + followups() + textonly() + cannot() + neighbour()
