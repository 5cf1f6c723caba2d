"""Question bank of blind evaluation set 331 (evals/blind331): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank names only bodies, keys, keywords and the wording. Every expected number is computed
by helpers331 (gold JSON, derived keys per spec/README.md; printed rows of the three reports
without gold through SPECS, the same cells blind6's text_cells.json verified; narrative
sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib331 as L  # noqa: E402
from helpers331 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the reports without gold: the same specs blind6's text_cells.json verified
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

# sentences in which the text states the same number as the table (text and table agree)
HA_RECV = ("全市共受理政府信息公开申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_OVER = ("含上年度结转申请 34", 34)
HA_FWD = ("另有 103 件顺延", 103)
HA_REVIEW = ("政府信息公开行政复议 351", 351)
HA_UPHELD = ("其中结果维持 72", 72)
HA_OTHER = ("其他结果 178", 178)
HA_PENDING = ("尚未审结 37", 37)
HZ23_RECV = ("全区受理政府信息公开申请 21", 21)
SY_DONE = ("共办理 718", 718)
SY_FWD = ("结转下一年 31", 31)
SY_CASES = ("全县共办理相关案件 74", 74)
SH19_RECV = ("共受理政府信息公开申请859", 859)
SH19_OVER = ("含上年度结转申请18", 18)
SH19_FWD = ("另有72件申请", 72)
SH19_REVIEW = ("信息公开类行政复议7件", 7)
SH19_SUIT = ("诉讼9件", 9)
SH19_REG = ("主动公开规章13件", 13, "2019年，通过")
SH19_NORM = ("行政规范性文件60件", 60, "2019年，通过")
SH19_WITHHELD = ("不予公开35件", 35)
SH19_NOTPROC = ("不予处理158件", 158)
SH25_RECV = ("市政府共受理政府信息公开申请 1295", 1295, "市政府共受理")
SH25_OVER = ("含上年结转 189", 189)
KW_RECV = ("全年收到政府信息公开申请 34", 34, "全年收到")
KW_OVER = ("上年结转政府信息公开申请 2 件", 2, "全年收到")
KW_GRANT = ("同意公开答复 9", 9)
KW_ISSUED = ("行政规范性文件 13", 13)
JX_RECV = ("全年共收到依申请公开17件", 17)
JX_FWD = ("在办2件", 2)

BLANK = "printed-blank 总计; asked by the six applicant columns"


def plain():
    P = "[plain] "
    return [
        # ---------------- 淮安 2024 (gold)
        V("en", "ha", "r.received.legal_services",
          "Hi, uni student here doing a project on Huaian. In their 2024 report, how many new "
          "requests came from law firms / legal service orgs (法律服务机构)? thanks!!",
          P + "new requests, legal-service column; story opener"),
        V("zh", "ha", "c.punishment.decisions",
          "淮安24年 行政处发 决定一共多少个？？",
          P + "行政处罚 with homophone typo 处发, two-digit year"),
        V("en", "ha", "a.review.upheld",
          "reporter here, quick one. Huai'an city gov 2024 — how many admin review cases (行政复议) "
          "ended with the original decision kept?",
          P + "review upheld; text states the same number", alt=HA_UPHELD),
        V("en", "ha", "r.withheld.process_info.total",
          "How many requests did Huaian's city government refuse in 2024 because the stuff was "
          "'process information' (过程性信息)? pls",
          P + "withheld: process information"),
        V("zh", "ha", "c.normative_docs.in_force",
          "请问 淮安市政府2024年 行政规范型文件 现行有效的 有几件",
          P + "行政规范性文件 现行有效 (typo 规范型)"),
        V("en", "ha", "c.fees.amount",
          "my boss asked me to check smth: Huaian 2024, how much did they collect in administrative "
          "fees (行政事业性收费)? think its in 万元",
          P + "fees amount in 万元; company clerk", unit="万元"),
        V("en", "ha", "a.litigation_direct.total",
          "Huaian 2024 — number of lawsuits people filed straight to court without doing a review "
          "first? only that kind",
          P + "direct lawsuits total"),
        V("zh", "ha", "r.other.overdue_correction.total",
          "淮安 24年 有多少申请是因为 申请人过期不补正 然后就不再处理了的",
          P + "其他处理 1 逾期不补正"),
        V("en", "ha", "r.not_processed.petition.total",
          "in Huai'an 2024 how many applications got bounced as complaint / petition type "
          "(信访举报投诉类)? just the number plz",
          P + "not processed: petition type"),
        V("en", "ha", "r.unable.not_held.total",
          "Hello, I'm writing my thesis on open government in Jiangsu. For Huaian's 2024 annual "
          "report: how many of the applications got the answer 'we don't have this info'? "
          "Thx in advance",
          P + "unable: not held; student story"),
        V("zh", "ha", "r.partially_granted.total",
          "那份24年淮安的报告里，部份公开的一共几件啊",
          P + "部分公开 total (typo 部份), report named loosely"),
        V("en", "ha", "r.received.commercial",
          "hey, I work at a logistics firm and we sent one ourselves haha. Huaian 2024 — how many "
          "new requests came from companies (商业企业) in total?",
          P + "new requests, commercial column"),
        V("en", "ha", "a.review.pending",
          "In Huaian's 2024 report how many admin reviews were still undecided (尚未审结) at the "
          "end? ty",
          P + "review pending; text states the same number", alt=HA_PENDING),
        V("en", "ha", "c.licensing.decisions",
          "How many licensing decisions (行政许可) did Huaian city make in 2024? heard it's a crazy "
          "big number lol",
          P + "licensing decisions"),
        V("zh", "ha", "r.withheld.admin_query.total",
          "淮安市 2024 年 因为 属于行政查询事项 不于公开的 多少件。。",
          P + "不予公开 8 行政查询事项 (typo 不于)"),
        V("en", "ha", "r.carried_forward.natural_person",
          "huaian 2024, how many requests from individual people were still open and rolled into "
          "2025?",
          P + "carried forward, natural-person column"),
        V("en", "ha", "c.regulations.in_force",
          "Could you tell me how many municipal rules (规章) Huaian had in force at the end of 2024? "
          "Thank you so much",
          P + "规章 现行有效 (not 制发 1)"),
        V("en", "ha", "a.litigation_after_review.corrected",
          "For the 2024 Huaian disclosure report: among lawsuits filed after a review "
          "(复议后起诉), how many ended with the decision corrected?",
          P + "after-review lawsuits corrected"),
        V("zh", "ha", "c.coercion.decisions",
          "淮安市政府 24年的行政强制决定数是？",
          P + "行政强制"),
        V("en", "ha", "r.withheld.security_stability.total",
          "ok so Huaian 2024 — how many got refused for 'would endanger the three securities and "
          "one stability' (三安全一稳定)?",
          P + "withheld: security/stability"),
        V("en", "ha", "r.withheld.enforcement_files.total",
          "Huaian govt, FY2024: count of requests withheld because they were law-enforcement case "
          "files (行政执法案卷)? cheers",
          P + "withheld: enforcement files; FY year"),
        # ---------------- 沭阳 2025 (gold)
        V("zh", "sy", "r.granted.total",
          "我在写公众号文章，沭阳25年 于以公开的申请 有多少件？",
          P + "予以公开 (typo 于以)"),
        V("en", "sy", "c.punishment.decisions",
          "Shuyang county's 2025 report, penalty decisions (行政处罚) how many? need it for a ppt "
          "tmr, thanks a lot",
          P + "penalty decisions"),
        V("en", "sy", "r.withheld.internal_affairs.total",
          "I live in Shuyang and was just curious. In 2025, how many info requests did the county "
          "refuse as 'internal affairs' (内部事务信息)?",
          P + "withheld: internal affairs; citizen story"),
        V("zh", "sy", "r.unable.not_held.total",
          "沭阳县政府2025年 本机关不掌握相关政府信息 的有几件？？",
          P + "无法提供 1 不掌握"),
        V("en", "sy", "a.review.total",
          "my cousin filed an admin review (行政复议) against Shuyang county in 2025. how many "
          "reviews did the county have in total that year?",
          P + "review total"),
        V("en", "sy", "r.carried_forward.total",
          "shuyang gov 2025 how many request was not finish and moved to the next year",
          P + "carried forward; text states the same number", alt=SY_FWD),
        V("zh", "sy", "c.normative_docs.issued",
          "沭阳 2025 行政规范性文件 本年制发 几件？？",
          P + "规范性文件 制发"),
        V("en", "sy", "r.other.other.total",
          "How many requests did Shuyang County file under 'other' (3.其他, inside 其他处理) in "
          "2025?",
          P + "其他处理 3 其他"),
        V("en", "sy", "a.litigation_after_review.total",
          "In Shuyang's 2025 disclosure report, how many lawsuits came after an admin review?",
          P + "after-review lawsuits total"),
        V("zh", "sy", "c.fees.amount",
          "想问下沭阳县25年行政事业性收费金额是多少万元",
          P + "收费金额 万元", unit="万元"),
        V("en", "sy", "r.received.legal_services",
          "lawyer here. How many new applications did legal service agencies send to Shuyang in "
          "2025? just curious where we stand",
          P + "new requests, legal-service column"),
        V("en", "sy", "r.other.overdue_fee.total",
          "Small company clerk here. For Shuyang 2025, how many requests were dropped because the "
          "applicant never paid after getting the fee notice?",
          P + "其他处理 2 逾期未缴费; clerk story"),
        V("zh", "sy", "r.not_processed.duplicate.total",
          "沭阳25年 重复申情 不予处理的 几个",
          P + "不予处理 重复申请 (typo 申情)"),
        V("en", "sy", "r.partially_granted.total",
          "shuyang county 2025 partially disclosed (部分公开) count pls",
          P + "partially granted"),
        V("en", "sy", "a.review.corrected",
          "How many of Shuyang's 2025 admin review cases ended with the decision being corrected? "
          "thank u",
          P + "review corrected"),
        V("zh", "sy", "c.licensing.decisions",
          "帮忙查下 沭阳县 2025 年 行政许可决定 总共多少，，急",
          P + "行政许可"),
        V("en", "sy", "r.total_processed.total",
          "Shuyang 2025, how many requests were dealt with in total — the (七)总计 line?",
          P + "total processed; text states the same number", alt=SY_DONE),
        V("en", "sy", "r.received.natural_person",
          "What number of requests from private individuals did Shuyang receive new in 2025, "
          "leaving out the ones carried over from 2024?",
          P + "new requests, natural persons (705; the text's 741 includes carried-over)"),
        V("en", "sy", "a.litigation_direct.upheld",
          "Shuyang 2025 - of the lawsuits filed directly (no review first), how many did the "
          "government win, i.e. upheld?",
          P + "direct lawsuits upheld"),
        # ---------------- 洪泽 2023 (gold)
        V("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年 行政许可 处理决定多少 谢谢～",
          P + "行政许可"),
        V("en", "hz23", "c.punishment.decisions",
          "In Hongze's 2023 disclosure report, how many penalty decisions are listed?",
          P + "penalty decisions; report named loosely"),
        V("en", "hz23", "r.unable.not_held.total",
          "Hongze district 2023 — how many requests got the reply that the government doesn't hold "
          "the info?",
          P + "unable: not held"),
        V("zh", "hz23", "r.partially_granted.total",
          "洪泽 23年 部分公开 多少件啊",
          P + "部分公开"),
        V("en", "hz23", "c.fees.amount",
          "Sorry if this is a dumb question — how much fee income (行政事业性收费) did Hongze "
          "district report for 2023? in 万元",
          P + "fees amount", unit="万元"),
        V("en", "hz23", "r.unable.needs_creation.total",
          "hongze 2023: requests where the info would have to be newly produced (需要另行制作) — "
          "how many?",
          P + "unable: needs creation"),
        V("zh", "hz23", "c.normative_docs.repealed",
          "洪泽区政府2023年 行政规范性文件 废止了几件 麻烦了",
          P + "规范性文件 废止"),
        V("en", "hz23", "a.review.upheld",
          "Quick q — for Hongze district in 2023, how many admin reviews ended with the decision "
          "upheld (结果维持)? thank you!!",
          P + "review upheld (its printed 总计 is 0; the cell itself is asked)"),
        V("en", "hz23", "c.coercion.decisions",
          "admin coercion decisions (行政强制), Hongze, 2023 -- number?",
          P + "coercion decisions"),
        V("en", "hz23", "r.received.total",
          "In the Hongze District government's 2023 report, how many new disclosure requests "
          "came in altogether?",
          P + "received total; text states the same number", alt=HZ23_RECV),
        V("zh", "hz23", "a.litigation_after_review.upheld",
          "洪泽区 2023 复议后起诉 的案子 结果维持 几件",
          P + "复议后起诉 维持 (its printed 总计 is 0; the cell itself is asked)"),
        # ---------------- 涧西 2020 (gold)
        V("en", "jx", "c.punishment.decisions",
          "Jianxi district office (Luoyang), 2020: how many administrative penalty decisions did "
          "they report?",
          P + "penalty decisions (0)"),
        V("zh", "jx", "c.procurement.amount",
          "涧西区 2020年 政府集中采购 总金额 多少万",
          P + "采购总金额 万元", unit="万元"),
        V("en", "jx", "r.granted.total",
          "jianxi 2020 report: how many requests were granted in full?",
          P + "granted"),
        V("zh", "jx", "c.normative_docs.total_published",
          "涧西区政府办20年 规范性文件 对外公开总数量？",
          P + "规范性文件 对外公开总数量, 20年"),
        V("en", "jx", "a.review.total",
          "I'm from Luoyang, just curious: Jianxi District gov office 2020, how many admin reviews "
          "were there?",
          P + "review total"),
        V("en", "jx", "r.unable.not_held.total",
          "Jianxi 2020 — how many times did they answer they don't have the information?",
          P + "unable: not held"),
        V("en", "jx", "a.litigation_after_review.total",
          "Jianxi 2020 how many lawsuits after admin review (复议后起诉), total?",
          P + "after-review lawsuits"),
        V("zh", "jx", "r.received.total",
          "涧西 2020 年 新收的依申请 一共几件",
          P + "新收 total; text states the same number", alt=JX_RECV),
        # ---------------- 上海市府办 2019 (gold)
        V("en", "sh19", "c.regulations.made",
          "Shanghai General Office 2019 — how many regulations (规章) were newly made?",
          P + "规章 新制作; text states the same number", alt=SH19_REG),
        V("zh", "sh19", "r.received.legal_services",
          "上海市府办 2019年 律所那类（法律服务机构）新提的申请 有几件",
          P + "新收 法律服务机构"),
        V("en", "sh19", "c.procurement.amount",
          "shanghai municipal govt general office, 2019: how much money went on centralised "
          "procurement? amount in 万元 pls",
          P + "采购总金额 (251000元 = 25.1 万元)", unit="万元"),
        V("en", "sh19", "r.received.commercial",
          "In the Shanghai gov office 2019 report, how many new requests came from businesses "
          "(商业企业)?",
          P + "new requests, commercial"),
        V("zh", "sh19", "r.carried_over.total",
          "市府办（上海）19年 上年结转过来的申请 几件",
          P + "上年结转; text states the same number", alt=SH19_OVER),
        V("en", "sh19", cols("not_processed.petition"),
          "Shanghai General Office 2019: how many requests were treated as petitions/complaints and "
          "not processed, all applicant types together?",
          P + "not processed: petition; " + BLANK,
          printed_total=["r.not_processed.petition.total"]),
        V("en", "sh19", "c.normative_docs.total_published",
          "Shanghai municipal general office 2019 — how many normative documents (规范性文件) in "
          "total had been published to the public by year end?",
          P + "规范性文件 对外公开总数量"),
        V("en", "sh19", "a.litigation_direct.total",
          "2019, Shanghai General Office: how many lawsuits were filed directly (no review first)?",
          P + "direct lawsuits; text states the same number", alt=SH19_SUIT),
        V("zh", "sh19", cols("unable.unclear"),
          "上海市政府办公厅 二〇一九年 补正后申请内容仍不明确 的有多少件",
          P + "无法提供 3 仍不明确; " + BLANK, printed_total=["r.unable.unclear.total"]),
        V("en", "sh19", "r.total_processed.natural_person",
          "Shanghai gen. office 2019: of all requests handled, how many were from individuals "
          "(自然人 column of 总计)?",
          P + "total processed, natural persons"),
        V("en", "sh19", "r.carried_forward.total",
          "For Shanghai's general office in 2019, how many requests were unfinished and carried "
          "into 2020?",
          P + "carried forward; text states the same number", alt=SH19_FWD),
        V("zh", "sh19", "c.normative_docs.made",
          "上海市府办2019年 规范性文件 本年新制作 多少件？",
          P + "规范性文件 新制作; text states the same number", alt=SH19_NORM),
        # ---------------- 上海市府办 2025 (text rows)
        V("en", "sh25", "r.received.natural_person",
          "Doing a comparison for my class — in the Shanghai General Office 2025 report, how many "
          "new requests were from natural persons (自然人)? appreciate it",
          P + "new requests, natural persons (text row)"),
        V("zh", "sh25", "r.not_processed.duplicate.total",
          "上海市府办25年 重复申请 多少件",
          P + "不予处理 重复申请 (text row)"),
        V("en", "sh25", "a.review.total",
          "shanghai gov general office 2025, total admin reviews (行政复议 总计)? I know the note "
          "says it includes carried-over cases, just the printed figure",
          P + "review total (text row; printed figure incl. carried-over cases)"),
        V("en", "sh25", "r.unable.not_held.total",
          "In 2025 how many requests did Shanghai's municipal general office answer with 'info not "
          "held by this agency'?",
          P + "unable: not held (text row)"),
        V("zh", "sh25", "r.granted.total",
          "上海市政府办公厅2025年 予以公开 多少件？ 只要全部公开的",
          P + "予以公开 only (text row; the text's 208 adds 部分公开)"),
        V("en", "sh25", "a.litigation_direct.pending",
          "are there direct lawsuits (未经复议直接起诉) against the Shanghai General Office still open "
          "at the end of 2025? how many?",
          P + "direct lawsuits pending (text row)"),
        V("en", "sh25", "r.carried_forward.total",
          "Shanghai GO 2025: how many requests were carried over into 2026?",
          P + "carried forward (text row)"),
        V("en", "sh25", "r.received.commercial",
          "2025 Shanghai general office — how many requests came from companies, new ones only?",
          P + "new requests, commercial (text row)"),
        V("zh", "sh25", "a.litigation_after_review.total",
          "市府办（上海）2025 复议后起诉 的总计",
          P + "复议后起诉 总计 (text row)"),
        # ---------------- 洪泽 2024 (text rows)
        V("en", "hz24", "c.licensing.decisions",
          "My dad runs a small shop in Hongze and just went through a permit. How many licensing "
          "decisions (行政许可) did the district make in 2024 overall?",
          P + "licensing decisions (text row)"),
        V("zh", "hz24", "c.punishment.decisions",
          "洪泽区24年 行政处罚决定 多少个",
          P + "行政处罚 (text row)"),
        V("en", "hz24", "r.granted.total",
          "pls help, for hongze district 2024 how many request get fully disclosed (予以公开)?",
          P + "granted (text row)"),
        V("en", "hz24", "c.fees.amount",
          "Hongze '24: fee income (行政事业性收费) in 万元?",
          P + "fees amount (text row); English two-digit year", unit="万元"),
        V("zh", "hz24", "r.unable.not_held.total",
          "洪泽 2024年 本机关不掌握 的 有几件",
          P + "无法提供 不掌握 (text row)"),
        V("en", "hz24", "a.review.total",
          "Hongze district, '24 report: the number of admin review cases is...?",
          P + "review total (text row)"),
        # ---------------- 上海市科委 2024 (text rows)
        V("en", "kw", "c.licensing.decisions",
          "Working on a piece about science admin in Shanghai. STCSM's licensing decisions (行政许可) "
          "for 2024, how many were there?",
          P + "licensing decisions (text row)"),
        V("zh", "kw", "c.normative_docs.in_force",
          "我是做科技政策的研究生，上海科委 2024年 现行有效的规范性文件 有几件啊",
          P + "规范性文件 现行有效 (text row)"),
        V("en", "kw", "r.received.natural_person",
          "how many ordinary citizens sent new requests to 上海科委 in 2024?",
          P + "new requests, natural persons (text row)"),
        V("en", "kw", "r.total_processed.total",
          "市科委 (Shanghai S&T commission) 2024, how many requests were handled in total (总计)?",
          P + "total processed (text row)"),
        V("zh", "kw", "r.received.commercial",
          "市科委24年 企业提的申请 新收的 几个",
          P + "新收 商业企业 (text row)"),
    ]


def combine():
    P = "[combine] "
    return [
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                       "r.withheld.security_stability.total"],
          "Huaian 2024 — add up the refusals for state secret + banned by other laws + "
          "security/stability. what's the total?",
          P + "sum of 3 withheld sub-rows"),
        S("en", "ha", ["c.punishment.decisions", "c.coercion.decisions"],
          "Huaian 2024 penalty decisions plus coercion decisions, combined?",
          P + "sum of 2 decision counts"),
        S("zh", "ha", ["a.review.corrected", "a.review.other"],
          "淮安24年 行政复意 结果纠正 加上 其他结果 一共多少",
          P + "sum of 2 review outcomes (typo 复意)"),
        S("en", "ha", ["r.received.legal_services", "r.received.other_org"],
          "For Huaian 2024, how many new requests did legal service orgs and 'other' organisations "
          "send in together? (法律服务机构 + 其他)",
          P + "sum of 2 columns of received"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total",
                       "a.litigation_after_review.total"],
          "Shuyang 2025: admin reviews plus both kinds of lawsuits, what's the grand total?",
          P + "sum of 3 appeals totals; text states the same number", alt=SY_CASES),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total"],
          "沭阳 2025 不予公开里面 三安全一稳定 和 保护第三方 加起来 多少？",
          P + "sum of 2 withheld sub-rows"),
        S("en", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                       "r.withheld.security_stability.total", "r.withheld.third_party.total",
                       "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                       "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
          "Shuyang 2025, if you add all 8 reasons for not disclosing (不予公开 1-8) what do you get?",
          P + "sum of 8 withheld sub-rows"),
        S("en", "hz23", ["c.punishment.decisions", "c.coercion.decisions",
                         "c.licensing.decisions"],
          "Hongze 2023 — penalties + coercion + licensing decisions, how many all together?",
          P + "sum of 3 decision counts"),
        S("en", "jx", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Jianxi 2020 — direct lawsuits plus lawsuits after review, how many together?",
          P + "sum of 2 lawsuit totals"),
        S("zh", "sh19", ["c.regulations.published", "c.normative_docs.published"],
          "上海市府办 2019年 规章和规范性文件 本年新公开数量 合计是多少",
          P + "sum of 2 新公开 cells"),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
          "Shanghai gov office 2019: new requests from individuals plus their ones carried over "
          "from 2018, together?",
          P + "sum of 2 natural-person cells"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type plus duplicate requests, sum pls",
          P + "sum of 2 not-processed sub-rows (text rows)"),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "2025 Shanghai gen office — 'not held' plus 'would have to be newly made', combined?",
          P + "sum of 2 unable sub-rows (text rows)"),
        S("zh", "kw", ["r.received.natural_person", "r.received.commercial"],
          "上海科委 2024 自然人 和 企业 的新收申请 加在一起 多少",
          P + "sum of 2 received columns (text row)"),
        S("en", "hz24", ["a.review.total", "a.litigation_direct.total",
                         "a.litigation_after_review.total"],
          "Hongze 2024 — review cases + direct lawsuits + after-review lawsuits, added up?",
          P + "sum of 3 appeals totals (text row)"),
        S("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total",
                       "r.not_processed.publication.total", "r.not_processed.excessive.total",
                       "r.not_processed.reconfirm.total"],
          "淮安 2024 不予处理 那五小项（信访、重复、出版物、大量反复、确认或重新出具） 全加起来是几",
          P + "sum of 5 not-processed sub-rows"),
        # ---------------- differences (one body, later minus earlier)
        D("en", "hz23", "hz24", "c.licensing.decisions",
          "How much did Hongze's licensing decisions change between 2023 and 2024?",
          P + "difference 2023->2024 (text row for 2024)"),
        D("zh", "hz23", "hz24", "c.punishment.decisions",
          "洪泽区 行政处罚 24年 比 23年 多了还是少了，差多少",
          P + "difference 2023->2024, negative"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "Hongze district fee income, 2024 vs 2023 — what's the change in 万元?",
          P + "difference 2023->2024 in 万元", unit="万元"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force",
          "Hongze: normative docs in force at end of 2023 vs end of 2024, by how many did it go up?",
          P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze gov, 2023 to 2024 — change in the number of 'don't hold the info' replies?",
          P + "difference 2023->2024"),
        D("en", "sh19", "sh25", "r.received.total",
          "Shanghai General Office: new disclosure requests in 2025 compared with 2019, how many "
          "more?",
          P + "difference 2019->2025; later text states the same number", alt=SH25_RECV),
        D("zh", "sh19", "sh25", "r.carried_forward.total",
          "上海市府办 结转下年度的申请 2025年 比 2019年 多了多少",
          P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "a.review.total",
          "Shanghai General Office admin reviews: 2019 vs 2025, what's the increase?",
          P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "r.received.natural_person",
          "上海市政府办公厅 自然人新申请 19年到25年 涨了多少",
          P + "difference 2019->2025, natural persons"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "shanghai gen office — direct lawsuits in 2025 minus 2019?",
          P + "difference 2019->2025"),
    ]


def rank():
    P = "[rank] "
    return [
        R("en", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "Who got more new requests: Huaian city 2024, Shuyang county 2025 or Shanghai General "
          "Office 2019?",
          P + "desc, 3 bodies"),
        R("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
          "涧西区政府办2020、洪泽区政府2023、沭阳县政府2025 这三个 谁新收的申请最少",
          P + "asc, 3 bodies"),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "Which had the most licensing decisions: Huaian 2024, Shuyang 2025 or Hongze 2023? "
          "I'd guess Huaian but not sure",
          P + "desc, 3 bodies (the guess is wrong)"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc",
          "Among Huaian 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who had "
          "the most requests carried over from the year before?",
          P + "desc, 4 bodies, close call 36 vs 34"),
        R("zh", ["sy", "hz23", "sh19", "jx"], "a.review.upheld", "desc",
          "沭阳25年、洪泽23年、上海市府办19年、涧西20年，哪家行政复议结果维持的最多？",
          P + "desc, 4 bodies, two-digit years"),
        R("en", ["sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc",
          "Shuyang 2025 vs Shanghai gov office 2019 vs Hongze 2023: where did individuals most "
          "often hear 'we don't hold that info'?",
          P + "desc, natural-person column (sh19 总计 blank)"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "Fewest normative docs in force: Huaian 2024, Hongze 2023 or Shuyang 2025?",
          P + "asc, 3 bodies"),
        C("ranking", "en", [(
            "Which collected the most in admin fees (行政事业性收费): Huaian 2024, Hongze 2023 or "
            "Shuyang 2025? in 万元",
            ER(["ha", "hz23", "sy"], "c.fees.amount", "desc", unit="万元"))],
          P + "desc, money in 万元"),
        R("zh", ["sh19", "ha", "hz23"], "r.unable.needs_creation.natural_person", "desc",
          "上海市府办2019、淮安市政府2024、洪泽区2023，自然人申请里 需要另行制作 的 哪个最多",
          P + "desc, natural-person column"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
          "Direct lawsuits (未经复议直接起诉): Huaian 2024, Shuyang 2025, Shanghai GO 2019, Jianxi "
          "2020 — which one had the most?",
          P + "desc, 4 bodies"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
          "Of Huaian 2024, Shuyang 2025 and the Shanghai general office 2019, who carried the "
          "fewest requests into the following year?",
          P + "asc, 3 bodies"),
        R("en", ["ha", "sh19", "sy", "hz23"], "r.not_processed.petition.natural_person", "desc",
          "petition-type requests from individuals: Huaian 2024, Shanghai General Office 2019, "
          "Shuyang 2025, Hongze 2023. which is biggest?",
          P + "desc, 4 bodies, natural-person column"),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "行政强制 哪个最少：淮安 2024 / 洪泽 2023 / 沭阳 2025",
          P + "asc, 3 bodies"),
    ]


def followups():
    P = "[followup] "
    return [
        F("en", [
            ("Hongze 2023, licensing decisions (行政许可) — how many?",
             E("hz23", "c.licensing.decisions")),
            ("and for '24?", E("hz24", "c.licensing.decisions")),
        ], P + "year switch 2023 -> 2024 (text row)"),
        F("zh", [
            ("上海市府办19年一共受理了多少申请", E("sh19", "r.received.total", alt=SH19_RECV)),
            ("那25年的呢", E("sh25", "r.received.total", alt=SH25_RECV)),
        ], P + "year switch 2019 -> 2025; both texts state the same numbers"),
        F("en", [
            ("How many admin reviews did Huaian city have in 2024?",
             E("ha", "a.review.total", alt=HA_REVIEW)),
            ("what about Shuyang county, 2025?", E("sy", "a.review.total")),
            ("and Jianxi district for 2020", E("jx", "a.review.total")),
        ], P + "body switch twice"),
        F("en", [
            ("Shuyang 2025 — requests fully granted?", E("sy", "r.granted.total")),
            ("ok and partially?", E("sy", "r.partially_granted.total")),
            ("and the ones where new info would need to be made up (另行制作)?",
             E("sy", "r.unable.needs_creation.total")),
        ], P + "row switch twice"),
        F("zh", [
            ("淮安2024年 自然人新提的申请多少", E("ha", "r.received.natural_person")),
            ("企业呢", E("ha", "r.received.commercial")),
            ("那 其他组织 那一栏呢？", E("ha", "r.received.other_org")),
        ], P + "column switch twice"),
        F("en", [
            ("Shanghai gen office 2019, how many admin reviews?",
             E("sh19", "a.review.total", alt=SH19_REVIEW)),
            ("and lawsuits without review first?", E("sh19", "a.litigation_direct.total",
                                                      alt=SH19_SUIT)),
        ], P + "appeals group switch"),
        F("en", [
            ("In Hongze's 2023 disclosure report, penalty decisions — what's the figure?",
             E("hz23", "c.punishment.decisions")),
            ("same thing for 2024 pls", E("hz24", "c.punishment.decisions")),
        ], P + "year switch 2023 -> 2024 (text row)"),
        F("zh", [
            ("上海科委24年 行政许可 多少个", E("kw", "c.licensing.decisions")),
            ("换沭阳县 2025 年 看看", E("sy", "c.licensing.decisions")),
        ], P + "body switch, kw (text row) -> sy"),
        F("en", [
            ("Shanghai General Office 2025: total admin reviews?", E("sh25", "a.review.total")),
            ("how many of those still pending", E("sh25", "a.review.pending")),
            ("and for the direct lawsuits, pending?", E("sh25", "a.litigation_direct.pending")),
        ], P + "column then group switch (text rows)"),
        F("en", [
            ("Jianxi 2020 — how many government procurement projects?",
             E("jx", "c.procurement.projects")),
            ("Shanghai general office 2019 same item?", E("sh19", "c.procurement.projects")),
        ], P + "body switch, both 2019-format reports"),
        F("zh", [
            ("沭阳 2025 属于行政查询事项 不予公开的 几件", E("sy", "r.withheld.admin_query.total")),
            ("淮安 2024 这个数呢", E("ha", "r.withheld.admin_query.total")),
        ], P + "body switch"),
        F("en", [
            ("Huaian 2024: how many applications were carried over from 2023?",
             E("ha", "r.carried_over.total", alt=HA_OVER)),
            ("and how many pushed on to 2025?", E("ha", "r.carried_forward.total", alt=HA_FWD)),
        ], P + "row switch carried over -> carried forward; text agrees"),
        F("en", [
            ("Hongze 2023 normative docs currently in force?",
             E("hz23", "c.normative_docs.in_force")),
            ("ok 2024?? same district", E("hz24", "c.normative_docs.in_force")),
            ("and STCSM for 2024", E("kw", "c.normative_docs.in_force")),
        ], P + "year then body switch (text rows)"),
        F("zh", [
            ("上海市府办 19年 结转下年度继续办理 几件", E("sh19", "r.carried_forward.total",
                                                       alt=SH19_FWD)),
            ("25年的 同一项", E("sh25", "r.carried_forward.total")),
        ], P + "year switch 2019 -> 2025"),
        F("en", [
            ("Shuyang 2025 — admin reviews where the result was upheld?",
             E("sy", "a.review.upheld")),
            ("and for the lawsuits after review, upheld count?",
             E("sy", "a.litigation_after_review.upheld")),
        ], P + "appeals group switch"),
        F("en", [
            ("Huaian 2024 total number of new requests pls", E("ha", "r.received.total",
                                                             alt=HA_RECV)),
            ("Shuyang 2025, same — only newly received, not the carried-over ones",
             E("sy", "r.received.total")),
            ("hongze 2023?", E("hz23", "r.received.total", alt=HZ23_RECV)),
        ], P + "body switch twice; sy asked as 新收 713 (text 749 includes carried-over)"),
        F("zh", [
            ("淮安市政府 2024 规章 本年制发 几件", E("ha", "c.regulations.issued")),
            ("行政规范性文件 呢", E("ha", "c.normative_docs.issued")),
        ], P + "row switch"),
        F("en", [
            ("Shanghai General Office 2025, new requests from individuals?",
             E("sh25", "r.received.natural_person")),
            ("and from businesses", E("sh25", "r.received.commercial")),
        ], P + "column switch (text rows)"),
        F("en", [
            ("Hongze 2024 admin reviews?", E("hz24", "a.review.total")),
            ("direct lawsuits?", E("hz24", "a.litigation_direct.total")),
            ("after-review ones?", E("hz24", "a.litigation_after_review.total")),
        ], P + "appeals group switch twice (text row)"),
        F("zh", [
            ("涧西区 2020 于以公开 几件", E("jx", "r.granted.total")),
            ("洪泽 2023 呢", E("hz23", "r.granted.total")),
        ], P + "body switch (typo 于以)"),
        F("en", [
            ("Shuyang 2025: 'information not held' replies?", E("sy", "r.unable.not_held.total")),
            ("compare Shanghai General Office for 2025, same row?",
             E("sh25", "r.unable.not_held.total")),
        ], P + "body switch (text row)"),
        F("en", [
            ("Huaian 2024 admin fees collected, 万元?", E("ha", "c.fees.amount", unit="万元")),
            ("Hongze in 2023?", E("hz23", "c.fees.amount", unit="万元")),
            ("Shuyang 2025 too pls", E("sy", "c.fees.amount", unit="万元")),
        ], P + "body switch twice, money"),
        F("zh", [
            ("沭阳25年 上年结转过来的 几件", E("sy", "r.carried_over.total")),
            ("结转到下年度的 呢？", E("sy", "r.carried_forward.total", alt=SY_FWD)),
        ], P + "row switch"),
        F("en", [
            ("STCSM 2024, how many new info requests?", E("kw", "r.received.total", alt=KW_RECV)),
            ("and how many carried over from 2023", E("kw", "r.carried_over.total", alt=KW_OVER)),
        ], P + "row switch (text rows; text agrees)"),
        F("en", [
            ("Shanghai general office 2019: new requests from individuals?",
             E("sh19", "r.received.natural_person")),
            ("same office in 2025?", E("sh25", "r.received.natural_person")),
        ], P + "year switch 2019 -> 2025"),
        F("zh", [
            ("洪泽23年 行政强制 几个", E("hz23", "c.coercion.decisions")),
            ("那24年呢。。", E("hz24", "c.coercion.decisions")),
        ], P + "year switch 2023 -> 2024 (text row)"),
        F("en", [
            ("Huaian 2024, refused to protect third parties (保护第三方合法权益) — how many?",
             E("ha", "r.withheld.third_party.total")),
            ("and refused as internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
        ], P + "row switch"),
        F("en", [
            ("Shuyang 2025 — new requests from legal service orgs?",
             E("sy", "r.received.legal_services")),
            ("Huaian 2024 for the same column?", E("ha", "r.received.legal_services")),
        ], P + "body switch"),
        F("zh", [
            ("上海市府办25年 信访举报投诉类 多少", E("sh25", "r.not_processed.petition.total")),
            ("重复申请 那个呢", E("sh25", "r.not_processed.duplicate.total")),
        ], P + "row switch (text rows)"),
        F("en", [
            ("Jianxi 2020, normative documents newly made?", E("jx", "c.normative_docs.made")),
            ("for the Shanghai general office in 2019?", E("sh19", "c.normative_docs.made",
                                                          alt=SH19_NORM)),
        ], P + "body switch, both 2019 format"),
        F("en", [
            ("Hongze 2023: reviews upheld?", E("hz23", "a.review.upheld")),
            ("and corrected?", E("hz23", "a.review.corrected")),
        ], P + "column switch"),
        F("zh", [
            ("淮安 2024 办理结果 总计 多少件", E("ha", "r.total_processed.total", alt=HA_DONE)),
            ("沭阳 2025 呢", E("sy", "r.total_processed.total", alt=SY_DONE)),
        ], P + "body switch; texts agree"),
        F("en", [
            ("Shanghai General Office 2019: how many refusals (不予公开) in all, across applicants?",
             E("sh19", cols("withheld"), printed_total=["r.withheld.total"], alt=SH19_WITHHELD)),
            ("and 'not processed' (不予处理) in all?",
             E("sh19", cols("not_processed"), printed_total=["r.not_processed.total"],
               alt=SH19_NOTPROC)),
        ], P + "row switch; " + BLANK + "; text agrees"),
        F("en", [
            ("STCSM 2024 — requests granted in full?", E("kw", "r.granted.total", alt=KW_GRANT)),
            ("Shanghai General Office 2025, same?", E("sh25", "r.granted.total")),
        ], P + "body switch (text rows)"),
        F("zh", [
            ("沭阳县 2025 行政复议 总计", E("sy", "a.review.total")),
            ("直接起诉的呢", E("sy", "a.litigation_direct.total")),
            ("复议后起诉 的", E("sy", "a.litigation_after_review.total")),
        ], P + "appeals group switch twice"),
        F("en", [
            ("Hongze 2024, fully granted requests?", E("hz24", "r.granted.total")),
            ("and in their 2023 report?", E("hz23", "r.granted.total")),
        ], P + "year switch 2024 -> 2023"),
        F("en", [
            ("Huaian 2024: requests where info would need to be created anew?",
             E("ha", "r.unable.needs_creation.total")),
            ("and 'still unclear after correction' (补正后仍不明确)?",
             E("ha", "r.unable.unclear.total")),
        ], P + "row switch"),
        F("zh", [
            ("涧西 20年 结转下年度继续办理 几件", E("jx", "r.carried_forward.total", alt=JX_FWD)),
            ("洪泽区 2023 呢", E("hz23", "r.carried_forward.total")),
        ], P + "body switch"),
        F("en", [
            ("Shuyang 2025 new requests from companies?", E("sy", "r.received.commercial")),
            ("Huaian 2024?", E("ha", "r.received.commercial")),
            ("and Shanghai gen office 2019", E("sh19", "r.received.commercial")),
        ], P + "body switch twice"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("en", "ha", "新闻发布会 12 场", 12, "场",
          "Reporter asking: how many press conferences did Huaian city government hold in 2024, "
          "per its disclosure report?", P + "press conferences"),
        N("zh", "ha", "政务新媒体共计 95", 95, "个",
          "淮安24年报告里说 在运维的政务新媒体 有多少个",
          P + "new-media accounts"),
        N("en", "ha", "全年组织 4 次", 4, "次",
          "Huaian 2024 — how many full-coverage checks of the disclosure columns did they "
          "organise?", P + "column checks"),
        N("en", "ha", "公报》6 期", 6, "期",
          "How many issues of the Huaian government gazette (公报) came out in 2024?",
          P + "gazette issues"),
        N("zh", "ha", "3940", 3940, "元",
          "淮安市政府2024年收了多少信息处理费？ 按元算",
          P + "processing fee in 元", frm="2024 年，市政府严格"),
        N("en", "ha", "制作政策解读21", 21, "个",
          "Huaian 2024: how many policy explainers (政策解读) did they produce? thx",
          P + "policy explainers"),
        N("en", "hz23", "1136", 1136, "条",
          "In Hongze's 2023 disclosure report, how many pieces of info did they proactively post "
          "on the gov website?", P + "proactive posts"),
        N("en", "hz24", "2428", 2428, "条",
          "Hongze district 2024 — number of items published on the government website platform?",
          P + "website items"),
        N("zh", "hz24", "公开政府常务会议 7", 7, "期",
          "洪泽区24年 公开了几期政府常务会议", P + "executive meetings disclosed"),
        N("en", "hz24", "区政府办代表区政府受理", 17, "件",
          "The text of Hongze's 2024 report says the district govt office accepted some requests "
          "on behalf of the district government — how many does it say?",
          P + "text figure 17 (the table prints 95); asked with the text's own wording"),
        N("en", "sy", "4511", 4511, "条",
          "Shuyang 2025: how many items did the county website proactively publish?",
          P + "website items"),
        N("zh", "sy", "开展意见征集9期", 9, "期",
          "沭阳 25年 开展了几期意见征集", P + "consultations"),
        N("en", "sy", "专栏33个", 33, "个",
          "Shuyang's new media set up special columns like 《项目进行时》 in 2025 — how many "
          "columns?", P + "columns"),
        N("en", "sy", "短视频1113", 1113, "个",
          "how many original short videos did Shuyang county push in 2025?",
          P + "short videos"),
        N("zh", "sy", "爆款内容52", 52, "条",
          "沐阳县 2025 年 出了多少条爆款内容？", P + "viral posts (OCR spelling 沐阳)"),
        N("en", "sy", "催办提示 84", 84, "次",
          "Shuyang 2025 — how many reminder alerts did their 'countdown alarm' send out?",
          P + "reminders"),
        N("en", "sy", "办前主动沟通 49", 49, "次",
          "Shuyang 2025: how many times did staff reach out to applicants before handling "
          "(办前主动沟通)?", P + "pre-handling contacts"),
        N("zh", "sy", "化解各类争议纠纷 33", 33, "件",
          "沭阳25年 通过主动沟通 化解了几件争议纠纷", P + "disputes resolved"),
        N("zh", "sy", "失效链接43", 43, "处",
          "沭阳 2025 网站巡检 整改了多少处失效链接", P + "broken links"),
        N("en", "sy", "697", 697, "条",
          "Shuyang county 2025 — how many outdated items were cleaned up from the site?",
          P + "outdated items cleaned"),
        N("en", "sy", "64家单位", 64, "家",
          "For Shuyang 2025, how many units' annual reports were published together?",
          P + "units"),
        N("zh", "sy", "共计380元", 380, "元",
          "沭阳县 2025年 全县收了多少信息处理费", P + "processing fee in 元"),
        N("en", "kw", "1016823", 1016823, "人",
          "STCSM's WeChat account — how many followers did it have per the 2024 report?",
          P + "followers"),
        N("zh", "kw", "直播 118", 118, "场",
          "上海科委 2024 视频号 直播了多少场", P + "live streams"),
        N("en", "kw", "原创文章 294", 294, "篇",
          "Shanghai science commission 2024: how many original articles on their WeChat?",
          P + "original articles"),
        N("en", "kw", "集成式发布政策 121", 121, "条",
          "STCSM 2024 — how many policies were pushed in batch for integrated release "
          "(集成式发布)?", P + "policies pushed"),
        N("en", "kw", "政协提案 85", 85, "件",
          "In 2024, how many CPPCC proposals did the Shanghai S&T commission lead or co-handle?",
          P + "CPPCC proposals"),
        N("zh", "kw", "短视频 584", 584, "条",
          "市科委24年 视频号 发了几条短视频", P + "short videos"),
        N("en", "sh25", "新闻发布会 42", 42, "场",
          "Shanghai government 2025: how many press conferences, per the general office's report?",
          P + "press conferences"),
        N("en", "sh25", "新闻通气会 19", 19, "场",
          "How many press briefings (新闻通气会) did Shanghai hold in 2025, according to the "
          "general office's report?", P + "briefings"),
        N("zh", "sh25", "主动撤回 157", 157, "件",
          "上海市府办 2025年 申请人自己撤回的申请 有多少件", P + "withdrawn requests"),
        N("en", "sh25", "公报》24 期", 24, "期",
          "Per the Shanghai General Office 2025 report, how many issues of the city's government "
          "gazette were edited?",
          P + "gazette issues"),
        N("en", "sh25", "10 个语种", 10, "个",
          "In the 2025 report of the Shanghai gov general office, the international services "
          "portal covers how many languages?",
          P + "languages"),
        N("en", "sh25", "人事任免文件 196", 196, "件",
          "Shanghai General Office 2025: how many personnel appointment/removal documents were "
          "published?", P + "personnel documents", frm="全年主动公开"),
        N("en", "sh19", "政策解读共132", 132, "件",
          "Shanghai General Office 2019 — how many policy interpretations were posted on the "
          "portal?", P + "policy interpretations"),
        N("zh", "sh19", "70家政府网站", 70, "家",
          "上海市府办19年的年报里 每季度检查多少家政府网站", P + "websites checked"),
        N("en", "sh19", "2261", 2261, "项",
          "According to the Shanghai General Office's 2019 report, how many service items were "
          "hooked up to the unified 一网通办 platform?", P + "service items"),
        N("en", "sh19", "41条短视频", 41, "条",
          "Shanghai General Office 2019 report: during the import expo, how many short videos did "
          "上海发布 put on Douyin?",
          P + "short videos"),
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办 2020 梳理了多少项公开事项", P + "items listed", frm="梳理细化"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("en", "How many of the people who filed requests with Huaian in 2024 were women?",
          "the report has no breakdown by sex", P + "sex"),
        U("zh", "沭阳25年 申请人里 60岁以上的 有多少",
          "no breakdown by age", P + "age"),
        U("en", "Which month did the Shanghai General Office get the most requests in 2025?",
          "no monthly figures", P + "month"),
        U("en", "Hongze 2023 — how many requests came in during the third quarter?",
          "no quarterly figures", P + "quarter"),
        U("zh", "淮安2024年 网上提交的申请 和 当面交的 各多少？",
          "no breakdown by channel", P + "channel"),
        U("en", "Huaian 2024: which district of the city sent in the most requests, "
                "Qingjiangpu or Huaiyin?",
          "no breakdown by district", P + "district"),
        U("en", "STCSM 2024 — how many of the requests were about research funding?",
          "no breakdown by topic", P + "topic"),
        U("en", "For Shuyang 2025, how many requests came from real-estate developers?",
          "no breakdown by industry; only the 法人 columns", P + "industry"),
        U("zh", "上海市府办19年 外地人 提的申请 多少件",
          "no breakdown by residence", P + "residence"),
        U("en", "Of Huaian's 3119 requests in 2024, how many did the police bureau handle?",
          "no breakdown by department", P + "department"),
        U("en", "Avg response time for Shuyang's 2025 requests, in days?",
          "the report gives no response times", P + "response time"),
        U("zh", "涧西区政府办 2020 年 有几个人 专门做信息公开？",
          "the report states no staff number", P + "staff"),
        U("en", "How much did Hongze spend on running its government website in 2024?",
          "no cost figures", P + "cost"),
        U("en", "How many requests will Huaian receive in 2025? any forecast in there?",
          "no forecasts", P + "forecast"),
        U("zh", "你觉得上海科委24年的公开工作 做得好不好？",
          "an opinion, not a figure", P + "opinion"),
        U("en", "Hongze requests went way up in 2024 compared with 2023 — what reasons does the "
                "report give for that?",
          "the 2024 report states no cause for its request numbers", P + "reason not stated"),
        U("en", "Hongze district 2022 report — how many requests?",
          "no 2022 report of 洪泽区 in the corpus", P + "year not held"),
        U("zh", "沭阳县 2024年 收到多少申请",
          "no 2024 report of 沭阳县 in the corpus", P + "year not held"),
        U("en", "STCSM 2023 — number of admin reviews?",
          "no 2023 report of 上海市科委 in the corpus", P + "year not held"),
        U("zh", "涧西 2021 年 行政复议 几件",
          "no 2021 report of 涧西区 in the corpus", P + "year not held"),
        U("en", "Shanghai General Office 2022, how many new requests did it get?",
          "no 2022 report of 上海市政府办公厅 in the corpus", P + "year not held"),
        U("en", "Huaian city 2023, how many disclosure requests?",
          "no 2023 report of 淮安市 in the corpus", P + "year not held"),
        U("zh", "南京市 2024年 依申请公开 多少件",
          "南京市 not in the corpus", P + "body not held"),
        U("en", "Suqian city 2025 — how many licensing decisions?",
          "宿迁市 not in the corpus (only its county 沭阳)", P + "body not held"),
        U("en", "Pudong New Area 2019, requests received?",
          "浦东新区 not in the corpus (named only as a pilot area)", P + "body not held"),
        U("zh", "清江浦区 24年 行政处罚 多少",
          "清江浦区 not in the corpus", P + "body not held"),
        U("en", "Can u give me the name and phone number of the person who paid the 380 yuan "
                "fee in Shuyang in 2025?",
          "personal data; not in the report", P + "personal data"),
        U("en", "Xuzhou 2024 disclosure report — how many requests granted?",
          "徐州市 not in the corpus", P + "body not held"),
        U("en", "How many requests to Shanghai General Office in 2019 were from people under 30?",
          "no breakdown by age", P + "age"),
        U("zh", "淮安市 2024 年 男性申请人 占比多少",
          "no breakdown by sex", P + "sex"),
        U("en", "For STCSM 2024, how many requests came by email vs by post?",
          "no breakdown by channel", P + "channel"),
        U("en", "Shuyang 2025 — how many requests came from 沭城街道 specifically?",
          "no breakdown by township", P + "township"),
        U("zh", "洪泽 2023年 一个申请 平均 多少天 答复",
          "no response times", P + "response time"),
        U("en", "How many people work in Huaian's disclosure office in 2024?",
          "the report states no staff number", P + "staff"),
        U("en", "What did the admin reviews against the Shanghai General Office in 2025 cost in "
                "legal fees?",
          "no cost figures", P + "cost"),
        U("zh", "涧西 2020 还在办的那两件 是申请什么内容的",
          "topics of pending requests not stated", P + "topic"),
        U("zh", "上海市府办 2025年 哪个区的人 申请最多",
          "no breakdown by district", P + "district"),
        U("en", "Hongze 2024: how many requests were about land acquisition (征地)?",
          "no breakdown by topic", P + "topic"),
        U("en", "Is Shuyang's 2025 disclosure work better than Huaian's 2024? your honest opinion "
                "pls",
          "an opinion, not a figure", P + "opinion"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("en", "ha", "r.carried_over.total",
          "Huaian 2024: how many requests were brought forward FROM 2023 (上年结转) — not the "
          "ones pushed to 2025",
          P + "上年结转 34 vs 结转下年 103", alt=HA_OVER),
        T("zh", "sy", "a.litigation_after_review.total",
          "沭阳25年 先复议 后来又去法院起诉的 总共几件",
          P + "复议后起诉 10 vs 直接起诉 3"),
        T("en", "ha", "c.normative_docs.repealed",
          "How many normative documents did Huaian abolish (废止) in 2024? not issued, abolished",
          P + "废止 26 vs 制发 8 / 现行有效 66"),
        T("en", "sh19", cols("unable.needs_creation"),
          "Shanghai GO 2019, requests where the info would need to be compiled anew (另行制作) — "
          "not the 'don't hold it' ones. all applicants",
          P + "另行制作 47 vs 不掌握 265; " + BLANK,
          printed_total=["r.unable.needs_creation.total"]),
        T("en", "sy", "r.withheld.process_info.total",
          "Shuyang 2025, refused as process info (过程性信息) — careful, not internal affairs",
          P + "过程性信息 2 vs 内部事务 13"),
        T("zh", "kw", "c.normative_docs.issued",
          "上海科委 2024 规范性文件 本年制发 的件数（不是现行有效那个）",
          P + "制发 13 vs 现行有效 55; text agrees", alt=KW_ISSUED),
        T("en", "ha", "a.review.other",
          "Huaian 2024 — reviews that ended with some 'other result' (其他结果), not the corrected "
          "ones",
          P + "其他结果 178 vs 纠正 64; text agrees", alt=HA_OTHER),
        T("en", "sh19", "c.procurement.projects",
          "Shanghai general office 2019 — number of procurement projects (采购项目数量), not the "
          "money",
          P + "采购项目数 6 vs 金额 25.1"),
        T("zh", "sh19", "c.regulations.total_published",
          "上海市府办 2019 年 规章 对外公开总数量 是多少（不是本年新制作的）",
          P + "对外公开总数 524 vs 新制作 13"),
        T("en", "ha", "r.partially_granted.natural_person",
          "Huaian 2024, individuals' requests that were only partly disclosed (部分公开), not the "
          "full ones",
          P + "部分公开 447 vs 予以公开 1288 (natural persons)"),
        T("en", "sh25", "r.carried_over.legal_services",
          "Shanghai General Office 2025: carried-over requests from legal service orgs "
          "(法律服务机构) specifically — not businesses",
          P + "法律服务机构 4 vs 商业企业 15 (carried over; text row)"),
        T("zh", "hz24", "a.litigation_after_review.total",
          "洪泽 24年 复议后又起诉的 总计 几件？ 不要直接起诉的",
          P + "复议后起诉 3 vs 直接起诉 1 (text row)"),
        T("en", "sy", "a.review.other",
          "Shuyang 2025 admin reviews with an 'other outcome' — not the corrected ones",
          P + "其他结果 9 vs 纠正 10"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
