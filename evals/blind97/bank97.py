"""Question bank of the blind97 evaluation set (evals/blind97).

WARNING: holds the text of every test question: as frozen as test.jsonl; do not read while
tuning the engine.

Every wording was written from scratch for this set. The bank names bodies, keys, keywords and
wordings only; every number is computed by helpers97 (gold JSON, printed text rows, or a
sentence cut from the report text).

Bodies: jx 涧西区 2020 (gold), ha 淮安市 2024 (gold), hz23 洪泽区 2023 (gold), hz24 洪泽区 2024
(text rows), sy 沭阳县 2025 (gold), kw 上海市科委 2024 (text rows), sh25 上海市府办 2025 (text
rows), sh19 上海市府办 2019 (gold).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib97 as L  # noqa: E402
from helpers97 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the reports without gold: the same 42 cells blind6 verified (its text_cells.json)
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

# text statements that repeat a table cell (text and table agree): keyword, number
HA_REC = ("共受理政府信息公开申请", 3119)
HA_ANS = ("共受理政府信息公开申请", 3050)
HA_FWD = ("共受理政府信息公开申请", 103)
HA_OVER = ("共受理政府信息公开申请", 34)
SH19_REC = ("代表市政府共受理", 859)
SH19_ANS = ("代表市政府共受理", 805)
SH19_FWD = ("代表市政府共受理", 72)
SH19_OVER = ("代表市政府共受理", 18)
HZ23_REC = ("全区受理政府信息公开申请", 21)
JX_REC = ("全年共收到依申请公开", 17)
JX_DONE = ("全年共收到依申请公开", 15)
JX_OPEN = ("全年共收到依申请公开", 2)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_OVER = ("全年收到政府信息公开申请", 2)
KW_GRANT = ("同意公开答复", 9)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH25_OVER = ("市政府共受理政府信息公开申请", 189)
SY_DONE = ("全县全年共受理政府信息公开申请", 718)
SY_FWD = ("全县全年共受理政府信息公开申请", 31)
SY_ORG = ("全县全年共受理政府信息公开申请", 8)


def rev(n):
    return ("政府信息公开行政复议 351", n)


W = "万元"


def plain():
    P = "[plain] "
    return [
        # ---- 淮安 2024
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少份信息公开申请", P + "new requests, text states the same", alt=HA_REC),
        V("zh", "ha", "r.granted.natural_person", "我想知道淮安2024年老百姓个人申请的里面 直接给公开了的有几件", P + "granted, natural person column only"),
        V("en", "ha", "r.unable.not_held.total", "In 2024 how many times did Huai'an city government tell applicants it simply doesn't hold the info?", P + "not held, all applicants"),
        V("en", "ha", "c.normative_docs.repealed", "huaian 2024 - number of normative documents they scrapped (废止)?", P + "active table repealed"),
        V("zh", "ha", "r.withheld.admin_query.total", "24年淮安市 申请被当成行政查询事项挡回去的 多少件", P + "withheld: administrative query"),
        V("en", "ha", "a.review.corrected", "Student here, quoting the appeals table of Huaian's 2024 report: administrative review, outcome 纠正 (corrected) — what's the figure?", P + "review corrected; text states 64 too", alt=rev(64)),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安市二〇二四年 申请人收到补正通知后逾期不补正的 有多少件", P + "other: overdue correction"),
        V("en", "ha", "c.licensing.decisions", "How many administrative licensing decisions did Huai'an make in FY2024 acc. to its disclosure report?", P + "licensing decisions"),
        V("zh", "ha", "r.received.legal_services", "淮安2024年律所这类法律服务机构递的申请有几份", P + "received, legal services column"),
        V("en", "ha", "r.partially_granted.total", "huai an 2024 partly disclosed requests how many", P + "partially granted total"),
        V("zh", "ha", "a.litigation_after_review.pending", "帮同事核个数：淮安市2024年报 复议后起诉那一块 还没审结的", P + "litigation after review pending"),
        V("en", "ha", "r.not_processed.petition.total", "Huai'an 2024: requests they refused to process because they were really petitions/complaints (信访举报)?", P + "not processed: petition"),
        V("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元", P + "fees in 万元", unit=W),
        # ---- 洪泽 2023
        V("zh", "hz23", "r.received.total", "洪泽区政府2023年收到几件依申请公开", P + "new requests, text states 21", alt=HZ23_REC),
        V("en", "hz23", "r.unable.not_held.total", "Hongze District 2023 — requests answered with 'we don't have this information'?", P + "not held"),
        V("zh", "hz23", "r.partially_granted.total", "洪泽2023年部分公开的申请数", P + "partially granted"),
        V("en", "hz23", "c.punishment.decisions", "hongze district 2023 administrative penalties (行政处罚) count?", P + "punishment decisions"),
        V("zh", "hz23", "r.unable.needs_creation.total", "2023年洪泽区有几件申请因为要另行制作信息所以没法提供", P + "needs creation"),
        V("en", "hz23", "a.review.upheld", "For Hongze in 2023, how many of the info-disclosure administrative reviews ended with the decision upheld?", P + "review upheld (printed total 0 is avoided)"),
        V("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023年底现行有效的规范性文件有几件", P + "normative docs in force"),
        V("en", "hz23", "c.coercion.decisions", "Hongze 2023, administrative coercion decisions — number pls", P + "coercion"),
        # ---- 洪泽 2024 (text rows)
        V("zh", "hz24", "r.granted.total", "洪泽区2024年予以公开的申请有多少", P + "granted total, printed row"),
        V("en", "hz24", "c.licensing.decisions", "Hongze District government, 2024 report: how many licensing decisions (行政许可)?", P + "licensing, printed row"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年回复说自己手上没有相关信息的申请 有几件", P + "not held, printed row"),
        V("en", "hz24", "c.normative_docs.issued", "how many normative docs did hongze issue in 2024", P + "normative docs issued, printed row"),
        V("zh", "hz24", "a.review.total", "洪泽2024年政府信息公开行政复议一共几起", P + "review total, printed row"),
        # ---- 沭阳 2025
        V("zh", "sy", "r.received.total", "沭阳县政府2025年表格里本年新收的申请是多少（不算上一年结转过来的）", P + "table new requests 713; text 749 includes carried over, question excludes it"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "我是做信息公开研究的学生，沭阳县2025年报第三部分表格，“不予公开—属于三类内部事务信息”这一格是多少？", P + "withheld: internal affairs"),
        V("en", "sy", "r.other.other.total", "Shuyang County 2025: requests that ended in the catch-all 'other' handling (其他) — how many?", P + "other: other"),
        V("zh", "sy", "c.licensing.decisions", "沭阳2025年行政许可决定数量", P + "licensing"),
        V("en", "sy", "r.carried_forward.total", "shuyang 2025 requests pushed into next year (carried forward)?", P + "carried forward, text states 31", alt=SY_FWD),
        V("zh", "sy", "a.review.pending", "沭阳县2025年 信息公开类行政复议还有几件没审结", P + "review pending"),
        V("en", "sy", "r.granted.total", "Shuyang county gov 2025, number of requests fully granted", P + "granted total"),
        V("zh", "sy", "r.not_processed.duplicate.total", "25年沭阳 重复申请不予处理的", P + "not processed: duplicate"),
        V("en", "sy", "c.normative_docs.in_force", "In 2025, how many normative documents were in force at Shuyang County (现行有效)?", P + "normative docs in force"),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织提出的申请一共几件", P + "legal-person columns; text states 8 too", alt=SY_ORG),
        V("en", "sy", "r.unable.not_held.total", "Shuyang 2025 how many applicants got a 'not held by this agency' reply", P + "not held"),
        V("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额（万元）", P + "fees in 万元", unit=W),
        # ---- 上海市府办 2019
        V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到多少政府信息公开申请", P + "received, text 859", alt=SH19_REC),
        V("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: how many government rules (规章) were newly made?", P + "2019 format regulations made"),
        V("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市府办 公民个人申请中 本机关不掌握的有几件", P + "not held, natural person"),
        V("en", "sh19", "c.procurement.amount", "What was the government procurement amount in Shanghai General Office's 2019 report (in 10k yuan)?", P + "procurement amount 万元", unit=W),
        V("zh", "sh19", "r.carried_forward.total", "上海市府办2019年 结转到下一年继续办理的申请", P + "carried forward, text 72", alt=SH19_FWD),
        V("en", "sh19", "c.normative_docs.total_published", "Shanghai government general office FY2019 normative docs — total disclosed to the public (对外公开总数量)?", P + "2019 format total published"),
        V("zh", "sh19", "a.litigation_direct.upheld", "上海市政府办公厅2019年 没经过复议直接打官司的 判维持的几件", P + "direct litigation upheld"),
        V("en", "sh19", "r.received.commercial", "how many requests came from companies to the Shanghai General Office in 2019", P + "received, commercial column"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019 个人的申请里属于信访举报投诉、不予处理的是多少", P + "not processed petition, natural person (row total printed blank)"),
        # ---- 上海市府办 2025 (text rows)
        V("zh", "sh25", "r.received.natural_person", "上海市政府办公厅2025年自然人提出的新申请有多少件", P + "received natural person, printed row"),
        V("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025, requests it couldn't fulfil because the info would have to be newly created?", P + "needs creation, printed row"),
        V("zh", "sh25", "a.review.pending", "上海市府办2025年 行政复议尚未审结的", P + "review pending, printed row"),
        V("en", "sh25", "r.carried_forward.total", "Shanghai municipal gov general office — 2025 applications carried into the following year?", P + "carried forward, printed row"),
        V("zh", "sh25", "r.not_processed.petition.total", "2025年上海市府办 因为是信访举报投诉类所以不予处理的申请数", P + "not processed: petition, printed row"),
        V("en", "sh25", "r.received.commercial", "shanghai general office 2025 applications from businesses (商业企业)", P + "received commercial, printed row"),
        # ---- 上海市科委 2024 (text rows)
        V("zh", "kw", "r.received.natural_person", "上海科委2024年个人递交的信息公开申请几件", P + "received natural person, printed row"),
        V("en", "kw", "c.licensing.decisions", "STCSM 2024: administrative licensing decisions, how many?", P + "licensing, printed row"),
        V("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件一共多少件", P + "normative docs in force, printed row"),
        V("en", "kw", "r.total_processed.total", "Shanghai Science and Technology Commission 2024, total requests handled (办理结果总计)?", P + "total processed, printed row"),
        # ---- 涧西 2020
        V("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的有几件", P + "granted total"),
        V("en", "jx", "c.procurement.projects", "Jianxi District 2020 — how many government procurement projects?", P + "procurement projects"),
        V("zh", "jx", "r.carried_forward.total", "涧西区2020年有几件申请要结转到下一年办", P + "carried forward; text 在办2", alt=JX_OPEN),
        V("en", "jx", "c.procurement.amount", "jianxi district gov office 2020 procurement amount (万元)?", P + "procurement amount", unit=W),
        V("zh", "jx", "a.litigation_after_review.total", "涧西区2020年有没有复议完了又去法院起诉的？几件", P + "litigation after review total"),
        V("en", "jx", "c.normative_docs.made", "In 2020 how many normative documents did the Jianxi District government office newly make?", P + "normative docs made"),
    ]


def plain2():
    P = "[plain] "
    return [
        V("zh", "sy", "r.received.natural_person", "我2024年底帮我妈给沭阳县政府写过申请，所以好奇：2025年沭阳县表里个人本年新收的申请一共多少件？就要表格那个数，不含上年结转", P + "story; table 705 (text 741 includes carried over)"),
        V("zh", "ha", "r.total_processed.total", "12345转来一位市民的问题：淮安市政府2024年总共办结答复了多少件信息公开申请？", P + "total processed; text 3050", alt=HA_ANS),
        V("en", "ha", "r.carried_over.total", "Reporter here. Huai'an municipal government, 2024 annual report: applications left over from the year before and handled in 2024?", P + "carried over; text 34", alt=HA_OVER),
        V("zh", "sh19", "r.total_processed.total", "上海市府办19年办理结果总计多少件", P + "total processed; text 805", alt=SH19_ANS),
        V("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019 — pending requests it inherited from the previous year (上年结转)?", P + "carried over; text 18", alt=SH19_OVER),
        V("zh", "jx", "r.received.total", "涧西区政府办2020年一共收到几件依申请公开", P + "received; text 17", alt=JX_REC),
        V("en", "jx", "r.total_processed.total", "jianxi 2020 requests finished (办结) total", P + "total processed; text 办结15", alt=JX_DONE),
        V("zh", "kw", "r.received.total", "市科委2024年收到的信息公开申请数", P + "received; text 34", alt=KW_REC),
        V("en", "kw", "r.granted.total", "STCSM 2024, requests answered with full disclosure [予以公开]?", P + "granted; text 同意公开 9", alt=KW_GRANT),
        V("zh", "sh25", "r.received.total", "上海市政府办公厅2025年本年新收的申请", P + "received; text 1295", alt=SH25_REC),
        V("en", "sh25", "r.carried_over.total", "Shanghai General Office, year 2025: requests carried over from the prior year?", P + "carried over; text 189", alt=SH25_OVER),
        V("zh", "sy", "r.total_processed.total", "沭阳县2025年信息公开申请办理结果总计是多少", P + "total processed; text 共办理718", alt=SY_DONE),
        V("en", "ha", "a.review.upheld", "Huaian 2024 admin reviews on disclosure where the original decision was kept (维持)?", P + "review upheld; text 72", alt=rev(72)),
        V("zh", "ha", "a.review.total", "淮安市2024年信息公开方面的行政复议总共多少件", P + "review total; text 351", alt=rev(351)),
        V("en", "ha", "a.review.pending", "huai'an 2024 reviews still not concluded at year end?", P + "review pending; text 37", alt=rev(37)),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安2024年因为法律行政法规禁止公开而不公开的 几件", P + "withheld: prohibited by law"),
        V("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed after an administrative review had already been decided — total?", P + "litigation after review total"),
        V("zh", "sy", "c.punishment.decisions", "沭阳县政府2025年的行政处罚决定有多少", P + "punishment"),
        V("en", "hz23", "c.fees.amount", "Hongze District gov 2023 administrative fees collected (行政事业性收费), in 万元?", P + "fees", unit=W),
        V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚是多少件", P + "punishment, printed row"),
        V("en", "sh25", "a.litigation_direct.total", "shanghai general office 2025 lawsuits filed directly without review — how many?", P + "direct litigation, printed row"),
        V("zh", "sh19", "c.procurement.projects", "市府办上海2019年报里政府集中采购项目数", P + "procurement projects"),
        V("en", "ha", "r.withheld.third_party.total", "huaian 2024 withheld because disclosure would hurt a third party's rights (第三方合法权益)?", P + "withheld: third party"),
        V("zh", "hz23", "r.withheld.process_info.total", "2023年洪泽区 属于过程性信息不予公开的", P + "withheld: process info"),
    ]


def combine():
    P = "[combine] "
    return [
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年 信息公开相关的行政诉讼加起来一共多少件（直接起诉和复议后起诉都算）", P + "direct + after review; text states 46", alt=("政府信息公开行政诉讼 46", 46)),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: granted plus partially granted, combined?", P + "granted + partial"),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部公开和部分公开合起来多少件", P + "granted + partial"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shuyang 2025 — add up 'not held' and 'would need to be newly created'", P + "two unable rows"),
        S("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "淮安24年 信访类、重复申请、要求确认或重新出具的 这三种不予处理加一起", P + "three not-processed rows"),
        S("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: sum of the withheld rows state secret + process info + law enforcement files", P + "three withheld rows"),
        S("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年 自然人新收的加上上年结转的自然人申请 合计", P + "new + carried over, natural person column"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019 — reviews plus lawsuits, total cases? (text: 复议7件，诉讼9件)", P + "review + direct litigation"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接诉讼、复议后诉讼 三项一共几件", P + "three appeals totals"),
        S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Shuyang County 2025: licensing + penalties + coercion decisions, all together", P + "three active decisions"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安2024 其他处理那一大类下面三行加总", P + "three other rows"),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org", "r.received.natural_person", "r.carried_over.total"], "Huaian 2024: individuals + companies + law firms + other orgs (new requests) plus everything carried over — grand total?", P + "five cells"),
        S("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "洪泽区2024年行政许可和行政处罚加起来多少", P + "two printed rows"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025 — petitions plus duplicate requests that weren't processed, summed", P + "two printed rows"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "沭阳县2025年不予公开的八个小项全部加起来", P + "eight withheld rows"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus carried-over ones, total workload", P + "two printed rows"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少", P + "difference hz 2023->2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District: change in penalty decisions from 2023 to 2024?", P + "difference, decrease"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”这一项，2024年相比2023年变化了多少", P + "difference"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fees 2024 vs 2023 — difference in 万元?", P + "difference money", unit=W),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请 从2019年到2025年增加了多少件", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried forward to next year, 2025 minus 2019?", P + "difference"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议数，2025年比2019年多几件", P + "difference"),
        D("en", "sh19", "sh25", "r.received.natural_person", "How much did individual applicants' new requests to the Shanghai General Office grow between 2019 and 2025?", P + "difference natural person"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区2023年和2024年比 行政强制少了多少（用2024减2023）", P + "difference coercion"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "shanghai general office direct lawsuits 2019 -> 2025 change", P + "difference"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年 这三家谁收到的新申请最多", P + "desc"),
        R("en", ["jx", "hz23", "sh19"], "r.received.total", "asc", "Which had the fewest new requests: Jianxi 2020, Hongze 2023 or Shanghai General Office 2019?", P + "asc"),
        R("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "现行有效规范性文件最少的是哪个：淮安2024、沭阳2025、洪泽2023", P + "asc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Carried forward to next year — who has the most among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", P + "desc four bodies"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可数量排第一的是谁？淮安市2024年，沭阳县2025年，洪泽区2023年", P + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Lowest administrative fee income: Huaian (2024), Shuyang (2025) or Hongze (2023)?", P + "asc money"),
        R("zh", ["ha", "sy", "sh19"], "a.review.total", "desc", "信息公开行政复议最多的：淮安2024 沭阳2025 上海市府办2019 哪家", P + "desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "Of Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, which had the fewest direct lawsuits?", P + "asc"),
        R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "比一比行政处罚：淮安市2024年、沭阳县2025年、洪泽区2023年，最多的是？", P + "desc"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Which got the most requests from companies: Huaian 2024, Shuyang 2025, Shanghai General Office 2019?", P + "desc commercial column"),
        R("zh", ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "asc", "办理总数最少的是哪家：淮安2024年、沭阳2025年、洪泽2023年、涧西2020年", P + "asc four bodies"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "least administrative coercion decisions — Huai'an 2024 / Shuyang 2025 / Hongze 2023?", P + "asc"),
        R("zh", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "自然人申请被认定为行政查询事项的，淮安2024年、沭阳2025年、上海市府办2019年谁最多", P + "desc"),
    ]


def followup():
    P = "[followup] "
    return [
        F("zh", [("淮安市2024年自然人申请里部分公开的有几件", E("ha", "r.partially_granted.natural_person")),
                 ("那企业的呢", E("ha", "r.partially_granted.commercial"))], P + "switch column"),
        F("en", [("Huai'an 2024 direct administrative lawsuits about disclosure — how many?", E("ha", "a.litigation_direct.total")),
                 ("and the ones after review?", E("ha", "a.litigation_after_review.total"))], P + "switch appeals group"),
        F("zh", [("沭阳县2025年行政复议被纠正的有几件", E("sy", "a.review.corrected")),
                 ("维持的呢", E("sy", "a.review.upheld")),
                 ("直接起诉里维持的", E("sy", "a.litigation_direct.upheld"))], P + "switch outcome then group"),
        F("en", [("How many requests did Hongze District receive in 2023?", E("hz23", "r.received.total", alt=HZ23_REC)),
                 ("what about not held?", E("hz23", "r.unable.not_held.total")),
                 ("same row 2024", E("hz24", "r.unable.not_held.total"))], P + "switch row then year"),
        F("zh", [("上海市府办2019年新收申请里自然人的有多少", E("sh19", "r.received.natural_person")),
                 ("同一项2025年", E("sh25", "r.received.natural_person"))], P + "switch year"),
        F("en", [("STCSM 2024 requests from individuals?", E("kw", "r.received.natural_person")),
                 ("what about companies", E("kw", "r.received.commercial"))], P + "switch column"),
        F("zh", [("淮安2024年因为不掌握而无法提供的，自然人是多少", E("ha", "r.unable.not_held.natural_person")),
                 ("那个法律服务机构的呢", E("ha", "r.unable.not_held.legal_services")),
                 ("合计", E("ha", "r.unable.not_held.total"))], P + "switch column then total"),
        F("en", [("Shuyang 2025: requests carried over from the year before?", E("sy", "r.carried_over.total")),
                 ("and carried forward to the next?", E("sy", "r.carried_forward.total", alt=SY_FWD))], P + "carried over vs forward"),
        F("zh", [("洪泽区2024年行政处罚几件", E("hz24", "c.punishment.decisions")),
                 ("23年呢", E("hz23", "c.punishment.decisions"))], P + "switch year back"),
        F("en", [("Shanghai General Office 2025, admin reviews total?", E("sh25", "a.review.total")),
                 ("the 2019 figure?", E("sh19", "a.review.total"))], P + "switch year"),
        F("zh", [("涧西区2020年复议几件", E("jx", "a.review.total")),
                 ("维持了几件", E("jx", "a.review.upheld"))], P + "switch outcome"),
        F("en", [("Huaian 2024 licensing decisions?", E("ha", "c.licensing.decisions")),
                 ("penalties?", E("ha", "c.punishment.decisions")),
                 ("Shuyang 2025 same thing", E("sy", "c.punishment.decisions"))], P + "switch row then body"),
        F("zh", [("沭阳县2025年自然人申请办理结果总计", E("sy", "r.total_processed.natural_person")),
                 ("商业企业那一列", E("sy", "r.total_processed.commercial"))], P + "switch column"),
        F("en", [("How many requests did Huai'an (2024) turn down as duplicates?", E("ha", "r.not_processed.duplicate.total")),
                 ("same item for Shuyang in 2025", E("sy", "r.not_processed.duplicate.total"))], P + "switch body"),
        F("zh", [("上海市府办2025年 不掌握无法提供的申请", E("sh25", "r.unable.not_held.total")),
                 ("另行制作的那行呢", E("sh25", "r.unable.needs_creation.total"))], P + "switch row"),
        F("en", [("Hongze 2023 normative docs repealed (废止)?", E("hz23", "c.normative_docs.repealed")),
                 ("and still valid?", E("hz23", "c.normative_docs.in_force")),
                 ("2024?", E("hz24", "c.normative_docs.in_force"))], P + "switch column then year"),
        F("zh", [("淮安市2024年复议后起诉的案件 被纠正的几件", E("ha", "a.litigation_after_review.corrected")),
                 ("直接起诉被纠正的呢", E("ha", "a.litigation_direct.corrected"))], P + "switch group"),
        F("en", [("Shanghai General Office 2019: not held, from individuals?", E("sh19", "r.unable.not_held.natural_person")),
                 ("and from companies", E("sh19", "r.unable.not_held.commercial"))], P + "switch column"),
        F("zh", [("沭阳2025年行政诉讼直接起诉的总数", E("sy", "a.litigation_direct.total")),
                 ("复议后再起诉的呢", E("sy", "a.litigation_after_review.total")),
                 ("这个里面还没审结的", E("sy", "a.litigation_after_review.pending"))], P + "switch group then outcome"),
        F("en", [("Jianxi 2020 — requests granted?", E("jx", "r.granted.total")),
                 ("and not held?", E("jx", "r.unable.not_held.total"))], P + "switch row"),
        F("zh", [("洪泽区2024年行政许可多少", E("hz24", "c.licensing.decisions")),
                 ("行政强制呢", E("hz24", "c.coercion.decisions"))], P + "switch row"),
        F("en", [("Shanghai science commission 2024, normative docs issued?", E("kw", "c.normative_docs.issued")),
                 ("and in force?", E("kw", "c.normative_docs.in_force"))], P + "switch column"),
        F("zh", [("淮安2024年不予公开里面属于内部事务的几件", E("ha", "r.withheld.internal_affairs.total")),
                 ("过程性信息呢", E("ha", "r.withheld.process_info.total")),
                 ("沭阳2025同一项", E("sy", "r.withheld.process_info.total"))], P + "switch row then body"),
        F("en", [("Shuyang 2025 total granted?", E("sy", "r.granted.total")),
                 ("individuals only", E("sy", "r.granted.natural_person"))], P + "narrow to a column"),
        F("zh", [("上海市府办2019年规范性文件新制作多少件", E("sh19", "c.normative_docs.made")),
                 ("对外公开总数呢", E("sh19", "c.normative_docs.total_published"))], P + "switch column"),
        F("en", [("Huaian 2024: fees collected, 万元?", E("ha", "c.fees.amount", unit=W)),
                 ("Hongze 2023?", E("hz23", "c.fees.amount", unit=W)),
                 ("and Hongze 2024", E("hz24", "c.fees.amount", unit=W))], P + "switch body then year"),
        F("zh", [("上海市府办2025年直接起诉的行政诉讼有多少", E("sh25", "a.litigation_direct.total")),
                 ("其中未审结", E("sh25", "a.litigation_direct.pending")),
                 ("复议后起诉总数", E("sh25", "a.litigation_after_review.total"))], P + "switch outcome then group"),
        F("en", [("Hongze District 2023, requests withheld as state secrets?", E("hz23", "r.withheld.state_secret.total")),
                 ("Huai'an 2024 same row", E("ha", "r.withheld.state_secret.total"))], P + "switch body"),
        F("zh", [("沭阳县2025年律师事务所之类法律服务机构新收的申请", E("sy", "r.received.legal_services")),
                 ("那个人的呢", E("sy", "r.received.natural_person"))], P + "switch column"),
        F("en", [("Shanghai General Office 2025 — requests granted in full?", E("sh25", "r.granted.total")),
                 ("what about 2019, individuals only", E("sh19", "r.granted.natural_person"))], P + "switch year and column (2019 row total printed blank)"),
        F("zh", [("淮安市2024年其他处理里 申请人逾期未按收费通知缴费的", E("ha", "r.other.overdue_fee.total")),
                 ("沭阳2025年呢", E("sy", "r.other.overdue_fee.total"))], P + "switch body"),
        F("en", [("Jianxi 2020 direct lawsuits?", E("jx", "a.litigation_direct.total")),
                 ("and the court ones after review?", E("jx", "a.litigation_after_review.total")),
                 ("upheld in that group?", E("jx", "a.litigation_after_review.upheld"))], P + "switch group then outcome"),
        F("zh", [("洪泽区2024年结转下年度继续办理的申请", E("hz24", "r.carried_forward.total")),
                 ("上海市府办2025年同一行", E("sh25", "r.carried_forward.total"))], P + "switch body and year"),
        F("en", [("Huai'an 2024 requests from legal services (法律服务机构) granted in full?", E("ha", "r.granted.legal_services")),
                 ("from companies?", E("ha", "r.granted.commercial"))], P + "switch column"),
        F("zh", [("沭阳2025年规范性文件制发几件", E("sy", "c.normative_docs.issued")),
                 ("废止呢", E("sy", "c.normative_docs.repealed")),
                 ("淮安2024年废止的", E("ha", "c.normative_docs.repealed"))], P + "switch column then body"),
        F("en", [("STCSM 2024: how many requests granted in full?", E("kw", "r.granted.total", alt=KW_GRANT)),
                 ("and how many carried over from 2023?", E("kw", "r.carried_over.total", alt=KW_OVER))], P + "switch row"),
        F("zh", [("上海市府办2019年 政府采购金额多少万元", E("sh19", "c.procurement.amount", unit=W)),
                 ("涧西区2020年的呢", E("jx", "c.procurement.amount", unit=W))], P + "switch body and year"),
        F("en", [("Huai'an 2024: requests treated as administrative queries, individuals' column?", E("ha", "r.withheld.admin_query.natural_person")),
                 ("Shuyang 2025?", E("sy", "r.withheld.admin_query.natural_person")),
                 ("Shanghai General Office 2019?", E("sh19", "r.withheld.admin_query.natural_person"))], P + "switch body twice"),
        F("zh", [("洪泽区2023年行政复议后起诉 结果维持的几件", E("hz23", "a.litigation_after_review.upheld")),
                 ("复议本身维持的呢", E("hz23", "a.review.upheld"))], P + "switch group"),
        F("en", [("Shuyang 2025, review cases with 'other' outcome (其他结果)?", E("sy", "a.review.other")),
                 ("Huaian 2024?", E("ha", "a.review.other", alt=rev(178)))], P + "switch body"),
        F("zh", [("2024年洪泽区收费金额", E("hz24", "c.fees.amount", unit=W)),
                 ("淮安市同年的", E("ha", "c.fees.amount", unit=W))], P + "switch body, same year"),
        F("en", [("Shanghai General Office 2025: requests treated as petitions and not processed?", E("sh25", "r.not_processed.petition.total")),
                 ("duplicates?", E("sh25", "r.not_processed.duplicate.total"))], P + "switch row"),
        F("zh", [("淮安2024年部分公开总计", E("ha", "r.partially_granted.total")),
                 ("洪泽2023年呢", E("hz23", "r.partially_granted.total")),
                 ("沭阳2025", E("sy", "r.partially_granted.total"))], P + "switch body twice"),
        F("en", [("Hongze 2024, number of reviews?", E("hz24", "a.review.total")),
                 ("lawsuits after review?", E("hz24", "a.litigation_after_review.total"))], P + "switch group"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", P + "press conferences"),
        N("en", "ha", "在运维政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?", P + "new-media accounts"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查", P + "checks"),
        N("en", "ha", "信息处理费 3940", 3940, "元", "Huaian 2024 — information processing fees actually collected from applicants, in yuan?", P + "fee in 元, not the 万元 admin fees"),
        N("zh", "ha", "政策解读21", 21, "个", "24年淮安市做了多少个政策解读", P + "policy interpretations; cut before the 余 figure", frm="通过文字"),
        N("en", "ha", "人民政府公报》6", 6, "期", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", P + "gazette issues", frm="通过文字"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", P + "portal items"),
        N("en", "hz23", "全年收取政府信息公开信息处理费 0", 0, "元", "Did Hongze District charge any information processing fee in 2023? how much in yuan", P + "fee 0 元"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年政府网站主动发布了几条政府信息", P + "portal items"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期", "Hongze 2024: how many executive meetings of the district government were made public?", P + "executive meetings"),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站2025年主动公开了几条信息", P + "portal items"),
        N("en", "sy", "开展意见征集9", 9, "期", "Shuyang County 2025, rounds of public consultation (意见征集) on the portal?", P + "consultations"),
        N("zh", "sy", "发布信息3044", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息", P + "department items"),
        N("en", "sy", "推送系列原创短视频1113", 1113, "个", "How many original short videos did Shuyang push on its new-media accounts in 2025?", P + "short videos"),
        N("zh", "sy", "策采相关新闻稿件2606", 2606, "篇", "沭阳县2025年政务新媒体策采了多少篇新闻稿件", P + "news articles"),
        N("en", "sy", "64家单位", 64, "家", "Shuyang 2025 — how many units had their annual disclosure reports published together?", P + "units"),
        N("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一共发出了几次催办提示", P + "reminders"),
        N("en", "sy", "办前主动沟通 49", 49, "次", "Shuyang 2025: how many times did staff proactively talk to applicants before handling (办前主动沟通)?", P + "consultations before handling"),
        N("zh", "sy", "累计清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息", P + "cleanup"),
        N("en", "sy", "成功推动化解各类争议纠纷 33", 33, "件", "How many disputes did Shuyang County say it resolved through pre-handling talks in 2025?", P + "disputes resolved"),
        N("zh", "sy", "收取信息处理费共计380", 380, "元", "沭阳县行政机关2025年办理信息公开申请一共收了多少信息处理费", P + "fee in 元"),
        N("en", "kw", "主合办政协提案 85", 85, "件", "STCSM 2024 — replies to CPPCC proposals it led or co-handled, how many?", P + "proposals", frm="及主合办"),
        N("zh", "kw", "批量推送集成式发布政策 121", 121, "条", "市科委2024年批量推送集成式发布了多少条政策", P + "policies pushed"),
        N("en", "kw", "直播 118", 118, "场", "Shanghai science commission's channels in 2024: number of live streams?", P + "live streams", frm="直播"),
        N("zh", "kw", "原创文章 294", 294, "篇", "“上海科技”公众号2024年发的原创文章有多少篇", P + "original articles", frm="“上海科技”微信公众号"),
        N("en", "kw", "全年累计发布信息 2139", 2139, "条", "STCSM website 'Shanghai Science and Technology' total items published in 2024?", P + "portal items"),
        N("zh", "kw", "5 个高频事项", 5, "个", "上海市科委2024年报里说设置“阅办联动”的高频事项有几个", P + "high-frequency services"),
        N("en", "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai municipal government press conferences held in 2025 according to the General Office report?", P + "press conferences"),
        N("zh", "sh25", "新闻通气会 19", 19, "场", "2025年上海市政府开了几场新闻通气会", P + "briefings"),
        N("en", "sh25", "含申请人主动撤回 157", 157, "件", "Shanghai General Office 2025: requests the applicants withdrew themselves?", P + "withdrawn requests", frm="其他处理"),
        N("zh", "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开的人事任免文件有几件", P + "personnel documents"),
        N("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?", P + "gazette issues"),
        N("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "上海2025年有几个区上线了数字公报", P + "districts"),
        N("en", "sh19", "人事任免文件141", 141, "件", "Shanghai General Office 2019 — personnel appointment documents made public?", P + "personnel documents"),
        N("zh", "sh19", "发布政策解读共132", 132, "件", "2019年“中国上海”门户网站发布了多少件政策解读", P + "interpretations", frm="通过"),
        N("en", "sh19", "权威发布共计38", 38, "次", "In 2019, how many times were key topics of Shanghai executive meetings authoritatively released?", P + "releases"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年报 每季度全面检查的政府网站有多少家", P + "websites checked"),
        N("en", "jx", "601项事项", 601, "项", "Jianxi District 2020: how many items (事项) did the standardisation effort sort out?", P + "items"),
        N("zh", "jx", "共21个领域", 21, "个", "涧西区2020年梳理权力运行和政务服务信息 涉及多少个领域", P + "areas", frm="梳理细化"),
        N("en", "sh19", "统一受理平台接入53", 53, "个", "Shanghai 2019 report: the unified acceptance platform connected how many departments?", P + "departments"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年 从上一年结转过来的申请有几件？注意不是结转到下年的", P + "carried over 34, not carried forward 103", alt=HA_OVER),
        T("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed straight in court, NOT the ones after a review — how many?", P + "direct 3, not after review 10"),
        T("zh", "ha", "a.litigation_after_review.total", "淮安2024年 先复议、复议完不服再起诉的 总数", P + "after review 20, not direct 26, not text 46"),
        T("en", "sy", "r.total_processed.total", "Shuyang County 2025 — not how many came in, but how many were actually handled (办理结果总计)?", P + "handled 718 vs new 713", alt=SY_DONE),
        T("zh", "sy", "r.received.natural_person", "沭阳县2025年表里本年新收那一行 只看自然人那一列是多少", P + "natural-person column 705, not the total 713 nor text 741"),
        T("en", "ha", "r.withheld.admin_query.total", "Huai'an 2024 withheld requests — only the sub-row 'administrative query matters' (行政查询事项), not the whole 不予公开 group", P + "sub-item 105 vs withheld group"),
        T("zh", "ha", "r.unable.total", "淮安市2024年“无法提供”这一大类 三个小项合起来总共多少件", P + "group 781, not the not-held sub-row 769"),
        T("en", "sy", "r.withheld.total", "Shuyang 2025: the whole 'not disclosed' (不予公开) group, all sub-rows together", P + "group total vs internal affairs 13"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购 是几个项目（不是金额）", P + "projects 6, not amount 25.1"),
        T("en", "ha", "c.normative_docs.in_force", "Huaian 2024 normative documents currently in force — not the ones issued that year", P + "in force 66, not issued 8"),
        T("zh", "kw", "r.total_processed.total", "上海市科委2024年办理完的申请总数，不是收到的数", P + "processed 35 vs received 34"),
        T("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: lawsuits brought after administrative review (复议后起诉), total", P + "after review 22, not direct 12"),
        T("zh", "sy", "r.received.commercial", "沭阳2025年新收的里面只算商业企业的，不含律所那些", P + "commercial 3, not legal-person 8"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reviews — the 'other outcome' column, not corrected", P + "other 178 vs corrected 64", alt=rev(178)),
        T("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年 无法提供里面是需要另行制作的那种 几件（别给我不掌握的数）", P + "needs creation 3, not not-held 10"),
        T("en", "sh19", "r.received.legal_services", "Shanghai General Office 2019 new requests from legal service agencies (法律服务机构) — not companies", P + "legal services 2, not commercial 35"),
        T("zh", "ha", "r.partially_granted.commercial", "淮安24年商业企业申请的 只是部分公开的那种有几件", P + "partially granted commercial 7, not granted 21"),
        T("en", "hz24", "a.litigation_direct.total", "Hongze 2024 lawsuits filed directly (未经复议直接起诉), not after review", P + "direct 1, not after review 3"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市政府2024年的信息公开申请 按月份分 哪个月最多", "no monthly breakdown", P + "month"),
        U("en", "Shuyang County 2025: how many of the requests were about land expropriation and demolition?", "no topic breakdown", P + "topic"),
        U("zh", "上海市政府办公厅2025年申请人里女性有多少", "no sex breakdown", P + "sex"),
        U("en", "Hongze 2023 — age distribution of the people who filed requests?", "no age breakdown", P + "age"),
        U("zh", "淮安2024年3119件申请 清江浦区、淮阴区各占多少", "no district breakdown", P + "district"),
        U("en", "I filed a disclosure request to Huai'an city in March 2024 about my house. can you tell me if it was approved?", "one person's own case", P + "own case"),
        U("zh", "我叫王某某 2025年给沭阳县政府申请过低保的信息 结果是什么", "one person's own case", P + "own case"),
        U("en", "Give me the names and phone numbers of the people who sued the Shanghai General Office in 2019", "personal data", P + "personal data"),
        U("zh", "沭阳县2025年那9件行政复议“其他结果”的具体案情和原因是什么", "reasons not stated", P + "reasons behind a count"),
        U("en", "Why did Huai'an get 769 'not held' replies in 2024? what was the reason", "reasons not stated", P + "reasons"),
        U("zh", "预测一下淮安市2026年会收到多少信息公开申请", "forecast", P + "forecast"),
        U("en", "Based on 2019 and 2025, how many requests will the Shanghai General Office receive in 2027?", "forecast", P + "forecast"),
        U("zh", "沭阳县2024年信息公开年报 收到的申请数", "year not in corpus", P + "沭阳 2024 not held"),
        U("en", "Huai'an city 2023 annual report: total new requests?", "year not in corpus", P + "淮安 2023 not held"),
        U("zh", "洪泽区2022年行政许可多少件", "year not in corpus", P + "洪泽 2022 not held"),
        U("en", "STCSM 2023 requests received", "year not in corpus", P + "上海科委 2023 not held"),
        U("zh", "涧西区政府办2021年收到几件申请", "year not in corpus", P + "涧西 2021 not held"),
        U("en", "Shanghai General Office 2022 — carried forward requests?", "year not in corpus", P + "上海市府办 2022 not held"),
        U("zh", "宿迁市政府2025年收到多少件信息公开申请", "body not in corpus", P + "宿迁市 not held"),
        U("en", "Nanjing municipal government 2024 — administrative reviews on disclosure?", "body not in corpus", P + "南京市 not held"),
        U("zh", "浦东新区2025年年报里不予公开的有几件", "body not in corpus", P + "浦东新区 not held"),
        U("en", "Shanghai Municipal Education Commission 2024, how many requests were granted?", "body not in corpus", P + "上海市教委 not held"),
        U("zh", "淮阴区政府2024年行政处罚数", "body not in corpus", P + "淮阴区 not held"),
        U("en", "What's the average number of working days Shuyang took to answer a request in 2025?", "response time not stated", P + "response time"),
        U("zh", "淮安市2024年专门做政务公开的工作人员有几个", "staff number not stated", P + "staff"),
        U("en", "How much did Hongze District spend on its disclosure work in 2024 (budget)?", "cost not stated", P + "cost"),
        U("zh", "上海市科委2024年34件申请里有多少是网上提交的 多少是信函", "no channel breakdown", P + "channel"),
        U("en", "Of Huaian's 2024 requests, how many came from people living outside Huai'an?", "no residence breakdown", P + "residence"),
        U("zh", "沭阳县2025年不予公开的那些 分别是哪个局办的 民政局几件 住建局几件", "no department breakdown of withheld", P + "department"),
        U("en", "Shanghai General Office 2019 requests by quarter (Q1–Q4)?", "no quarter breakdown", P + "quarter"),
        U("zh", "你觉得淮安和沭阳哪个政府信息公开做得更好", "opinion", P + "opinion"),
        U("en", "Is the Shanghai General Office too secretive? give me your honest opinion about its 2025 report", "opinion", P + "opinion"),
        U("zh", "洪泽区2024年的申请里 企业所属行业分布是什么样的", "no industry breakdown", P + "industry"),
        U("en", "Which township in Shuyang County filed the most disclosure requests in 2025?", "no township breakdown", P + "township"),
        U("zh", "涧西区2020年那1件行政复议是谁申请的 他住哪", "personal data", P + "personal data"),
        U("en", "Huaian 2024 — of the 64 corrected reviews, how many were against the housing bureau?", "no department breakdown", P + "department"),
        U("zh", "上海市府办2025年1295件申请 每个月各多少件", "no monthly breakdown", P + "month"),
        U("en", "Hongze District 2023: how many of the 21 requesters were repeat applicants who also applied in 2022?", "not stated", P + "repeat applicants"),
        U("zh", "12345热线来电：市民问沭阳县2026年的信息公开年报里行政复议有多少件", "year not in corpus", P + "沭阳 2026 report not held"),
        U("en", "STCSM 2024 — what share of requests were from foreigners?", "no nationality breakdown", P + "nationality"),
    ]


def CONVERSATIONS():
    return plain() + plain2() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
