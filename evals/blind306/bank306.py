"""Question bank of blind evaluation set 306 (evals/blind306): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number is computed by
helpers306 (gold JSON, printed text rows of the three reports without gold, sentences cut
from the report text). All wordings were written for this set.

Body codes (blindlib306.BODIES): jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 /
2024, sy 沭阳县 2025, kw 上海市科委 2024, sh25 / sh19 上海市政府办公厅 2025 / 2019.
Key shorthand: r.x = requests.x, a.x = appeals.x, c.x = active.x.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib306 as L  # noqa: E402
from helpers306 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# Printed cells of the three reports without gold: the same 42 cell specs blind6 verified
# (evals/blind6/text_cells.json); nothing new.
_H = "四、政府信息公开行政复议、行政诉讼情况"
_N8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _H, 14),
        "appeals.litigation_direct.total": ("after", _H, 9),
        "appeals.review.total": ("after", _H, 4),
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
        "appeals.litigation_after_review.total": ("after", _N8, 14),
        "appeals.litigation_direct.pending": ("after", _N8, 8),
        "appeals.litigation_direct.total": ("after", _N8, 9),
        "appeals.review.pending": ("after", _N8, 3),
        "appeals.review.total": ("after", _N8, 4),
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

M = "万元"  # unit of money cells

# Narrative statements that repeat a table cell (text and table agree): (keyword, number).
# A question on such a cell accepts both the cell and the sentence (marked ambiguous).
A_HA_RECEIVED = ("全市共受理政府信息公开申请 3119", 3119)
A_HA_PROCESSED = ("答复 3050", 3050)
A_HA_CARRIED_OVER = ("上年度结转申请 34", 34)
A_HA_FORWARD = ("103 件顺延", 103)
A_HA_REVIEW = ("政府信息公开行政复议 351", 351)
A_HA_REV_UPHELD = ("结果维持 72", 72)
A_HA_REV_CORRECTED = ("结果纠正 64", 64)
A_HA_REV_OTHER = ("其他结果 178", 178)
A_HA_REV_PENDING = ("尚未审结 37", 37)
A_HA_LITIGATION = ("政府信息公开行政诉讼 46", 46)
A_HZ_RECEIVED = ("全区受理政府信息公开申请 21", 21)
A_JX_RECEIVED = ("全年共收到依申请公开17件", 17)
A_JX_DONE = ("办结15件", 15)
A_JX_OPEN = ("在办2件", 2)
A_SY_DONE = ("共办理 718", 718)
A_SY_FORWARD = ("结转下一年 31", 31)
A_SY_ALL = ("共受理政府信息公开申请 749", 749)
A_SY_PERSONS = ("自然人申请 741", 741)
A_SY_CASES = ("全县共办理相关案件 74", 74)
A_KW_RECEIVED = ("全年收到政府信息公开申请 34", 34)
A_KW_CARRIED = ("申请 2 件", 2)
A_KW_GRANTED = ("同意公开答复 9", 9)
A_KW_NORMATIVE = ("行政规范性文件 13 件", 13)
A_SH25_RECEIVED = ("受理政府信息公开申请 1295", 1295)
A_SH25_DONE = ("办结 1191", 1191)
A_SH25_CARRIED = ("上年结转 189", 189)
A_SH19_RECEIVED = ("共受理政府信息公开申请859", 859)
A_SH19_DONE = ("答复政府信息公开申请805", 805)
A_SH19_CARRIED = ("上年度结转申请18", 18)
A_SH19_FORWARD = ("另有72件", 72)
A_SH19_REVIEW = ("行政复议7件", 7)
A_SH19_SUITS = ("诉讼9件", 9)
A_SH19_NORMATIVE = ("行政规范性文件60件", 60)


# ------------------------------------------------------------------ [plain]
def plain():
    P = "[plain] "
    c = []
    z, e = "zh", "en"
    # zh
    c.append(V(z, "ha", "r.unable.not_held.total",
               "淮安市政府2024年的年报里，因为“本机关不掌握”而没能提供信息的申请有几件？",
               P + "无法提供 / 本机关不掌握, 总计"))
    c.append(V(z, "sy", "r.withheld.internal_affairs.total",
               "沭阳县2025年以属于三类内部事务信息为由拒绝公开的，一共多少件",
               P + "不予公开 / 内部事务信息"))
    c.append(V(z, "hz23", "c.punishment.decisions",
               "洪泽区23年一共作出了多少个行政处罚决定？",
               P + "two-digit year; 行政处罚 处理决定数量"))
    c.append(V(z, "jx", "c.procurement.projects",
               "涧西区政府办2020年政府集中采购搞了几个项目",
               P + "2019 format 第（九）项 采购项目数量"))
    c.append(V(z, "sh19", "r.received.natural_person",
               "2019年上海市政府办公厅新收到的信息公开申请中，老百姓个人递交的有多少？",
               P + "新收 / 自然人"))
    c.append(V(z, "ha", "a.review.corrected",
               "淮安2024年因为信息公开被申请行政复议的案子里，复议机关纠正了多少件？",
               P + "复议 结果纠正; text states the same number", alt=A_HA_REV_CORRECTED))
    c.append(V(z, "sy", "c.licensing.decisions",
               "二〇二五年沭阳县作出的行政许可决定数量是多少？",
               P + "year in Chinese numerals; 行政许可"))
    c.append(V(z, "hz24", "c.fees.amount",
               "洪泽区2024年的行政事业性收费一共收了多少钱？", P + "money in 万元 (text row)",
               unit=M))
    c.append(V(z, "kw", "r.received.natural_person",
               "上海市科委2024年新收的公开申请里，以个人名义来申请的有几件？",
               P + "新收 / 自然人 (text row)"))
    c.append(V(z, "sh25", "r.not_processed.petition.total",
               "上海市政府办公厅2025年有多少件申请被认定成信访举报投诉类、没有按信息公开处理？",
               P + "不予处理 / 信访举报投诉类 (text row)"))
    c.append(V(z, "ha", "r.other.overdue_correction.total",
               "淮安市2024年有多少申请是因为申请人过了期限还不补正材料，政府就不再处理的？",
               P + "其他处理 / 逾期不补正"))
    c.append(V(z, "sy", "r.not_processed.duplicate.total",
               "沭阳2025年的依申请公开里，重复申请被不予处理的有几件",
               P + "不予处理 / 重复申请"))
    c.append(V(z, "jx", "r.granted.total",
               "涧西区政府办公室2020年依申请公开的件子里，最后同意公开的有多少件？",
               P + "予以公开 总计"))
    c.append(V(z, "ha", "r.received.legal_services",
               "2024年淮安市政府收到律所这类法律服务机构提的公开申请有多少件？",
               P + "新收 / 法律服务机构"))
    c.append(V(z, "sh19", "c.regulations.total_published",
               "上海市政府办公厅2019年报里，规章的对外公开总数量是多少？",
               P + "2019 format 对外公开总数量 (not 本年新公开)"))
    c.append(V(z, "hz23", "r.unable.needs_creation.total",
               "洪泽区政府2023年有几件申请因为没有现成信息、得另行制作而没给？",
               P + "无法提供 / 需另行制作"))
    c.append(V(z, "sy", "a.review.pending",
               "沭阳县2025年涉及政府信息公开的行政复议，到年底还没审结的有多少件",
               P + "复议 尚未审结"))
    c.append(V(z, "ha", "c.normative_docs.repealed",
               "淮安市2024年一年里废止了几件行政规范性文件？", P + "本年废止件数"))
    c.append(V(z, "hz24", "c.licensing.decisions",
               "24年洪泽区行政许可的处理决定有多少件", P + "two-digit year; text row"))
    c.append(V(z, "sy", "r.other.other.total",
               "沭阳县2025年报表里“其他处理”下面第3小项“其他”是多少件？",
               P + "（六）其他处理 3.其他 (row under a wrong header in the text)"))
    c.append(V(z, "ha", "c.coercion.decisions",
               "淮安2024年全市行政强制的决定数量是多少", P + "行政强制"))
    c.append(V(z, "sh19", "r.not_processed.duplicate.commercial",
               "上海市政府办公厅2019年企业递交的重复申请、被不予处理的有几件？",
               P + "重复申请 / 商业企业 (the row's 总计 is printed blank, so a column is asked)"))
    c.append(V(z, "kw", "c.normative_docs.in_force",
               "截至2024年底上海市科委现行有效的规范性文件还有多少件", P + "现行有效件数 (text row)"))
    c.append(V(z, "sy", "r.received.legal_services",
               "沭阳2025年有没有法律服务机构来申请公开？有的话几件", P + "新收 / 法律服务机构"))
    c.append(V(z, "ha", "r.withheld.admin_query.total",
               "淮安市政府2024年以“属于行政查询事项”为由不予公开的有多少件",
               P + "不予公开 / 行政查询事项"))
    c.append(V(z, "sh25", "a.review.total",
               "2025年上海市人民政府办公厅因为信息公开被申请行政复议，一共多少件？",
               P + "复议 总计 (text row; the report notes it includes carried-over cases)"))
    c.append(V(z, "hz23", "c.fees.amount",
               "洪泽区2023年行政事业性收费金额是多少万元", P + "money in 万元", unit=M))
    c.append(V(z, "sy", "r.partially_granted.total",
               "沭阳县政府2025年答复申请时，只公开了一部分的有多少件？", P + "部分公开 总计"))
    c.append(V(z, "jx", "r.unable.not_held.legal_person",
               "涧西区2020年因为本机关不掌握而没提供信息的申请里，企业和其他组织提的合计几件？",
               P + "derived legal_person (0)"))
    c.append(V(z, "sh25", "r.unable.needs_creation.total",
               "2025年上海市府办公厅有多少件申请是因为要另行制作信息才没法提供的？",
               P + "无法提供 / 需另行制作 (text row)"))
    # en
    c.append(V(e, "ha", "r.partially_granted.natural_person",
               "For the Huai'an city government in 2024, how many requests from private individuals "
               "ended up only partly disclosed?", P + "部分公开 / 自然人"))
    c.append(V(e, "sy", "c.punishment.decisions",
               "Shuyang County issued how many administrative penalty decisions in 2025?",
               P + "行政处罚"))
    c.append(V(e, "hz23", "r.withheld.state_secret.total",
               "Did Hongze District refuse anything on state-secret grounds in 2023, and if so how many?",
               P + "不予公开 / 国家秘密"))
    c.append(V(e, "jx", "a.review.upheld",
               "Jianxi District government office, 2020: in how many disclosure-related "
               "reconsideration cases was the office's decision upheld?", P + "复议 结果维持"))
    c.append(V(e, "sh19", "c.procurement.amount",
               "What was the total value of centralized government procurement that the Shanghai "
               "General Office reported for 2019?", P + "251000元 printed = 25.1 万元", unit=M))
    c.append(V(e, "kw", "r.granted.total",
               "How many information requests did the Shanghai science and technology commission "
               "grant in full in 2024?", P + "予以公开 (text row; text states the same number)",
               alt=A_KW_GRANTED))
    c.append(V(e, "sh25", "r.carried_forward.total",
               "How many of the Shanghai municipal General Office's 2025 applications were still "
               "open at year end and rolled into the next year?", P + "结转下年度 (text row)"))
    c.append(V(e, "ha", "a.litigation_after_review.total",
               "In 2024, how many disclosure lawsuits did Huai'an's city government face from people "
               "who had been through administrative reconsideration first?", P + "复议后起诉 总计"))
    c.append(V(e, "sy", "r.withheld.admin_query.total",
               "Shuyang 2025 report: how many requests were turned down as administrative query "
               "matters rather than disclosure requests?", P + "不予公开 / 行政查询事项"))
    c.append(V(e, "hz24", "c.punishment.decisions",
               "Number of administrative penalty decisions made in Hongze District during 2024?",
               P + "行政处罚 (text row)"))
    c.append(V(e, "sh19", "r.unable.needs_creation.natural_person",
               "In the Shanghai General Office's 2019 report, how many requests by individuals "
               "could not be met because the information would have had to be compiled from scratch?",
               P + "需另行制作 / 自然人 (the row's 总计 is printed blank, so a column is asked)"))
    c.append(V(e, "ha", "c.fees.amount",
               "How much did Huai'an bring in from administrative fees in 2024, in units of "
               "10,000 yuan?", P + "money 万元", unit=M))
    c.append(V(e, "sy", "r.carried_over.total",
               "How many applications did Shuyang County have left over from 2024 that it still "
               "had to deal with in 2025?", P + "上年结转 (text's 749 includes these)"))
    c.append(V(e, "jx", "c.normative_docs.made",
               "How many normative documents did Jianxi District's government office draw up in 2020?",
               P + "2019 format 本年新制作数量"))
    c.append(V(e, "kw", "c.licensing.decisions",
               "STCSM's administrative licensing decisions for 2024 — what's the count?",
               P + "行政许可 (text row)"))
    c.append(V(e, "sh25", "r.granted.total",
               "Shanghai General Office, 2025: how many requests got the information released in full?",
               P + "予以公开 (text row); the text's 208 adds 部分公开"))
    c.append(V(e, "ha", "r.not_processed.petition.total",
               "Huai'an 2024: how many so-called disclosure requests were really complaints or "
               "petitions and so weren't processed?", P + "不予处理 / 信访举报投诉"))
    c.append(V(e, "hz23", "r.partially_granted.total",
               "For Hongze District in 2023, what number of requests received a partial disclosure?",
               P + "部分公开"))
    c.append(V(e, "sy", "a.litigation_after_review.total",
               "How many lawsuits over information disclosure did Shuyang see in 2025 after the "
               "applicant had already tried reconsideration?", P + "复议后起诉 总计"))
    c.append(V(e, "sh19", "r.not_processed.petition.natural_person",
               "Looking at individual applicants only, how many of their 2019 requests to the "
               "Shanghai General Office were set aside as petition or complaint matters?",
               P + "信访举报投诉 / 自然人 (总计 printed blank)"))
    c.append(V(e, "ha", "r.received.commercial",
               "How many brand-new disclosure applications did businesses send Huai'an's municipal "
               "government in 2024?", P + "新收 / 商业企业"))
    c.append(V(e, "sy", "c.normative_docs.in_force",
               "How many administrative normative documents did Shuyang County have in force at "
               "the end of 2025?", P + "现行有效件数"))
    c.append(V(e, "hz24", "a.review.total",
               "Hongze District 2024 — number of administrative reconsideration cases about "
               "information disclosure?", P + "复议 总计 (text row)"))
    c.append(V(e, "sh25", "r.unable.not_held.total",
               "In 2025 the Shanghai General Office said it didn't hold the requested information "
               "in how many cases?", P + "本机关不掌握 (text row); text's 564 is all of 无法提供"))
    c.append(V(e, "jx", "r.unable.not_held.total",
               "Jianxi 2020: requests answered with 'we don't have that information' — how many?",
               P + "本机关不掌握"))
    c.append(V(e, "ha", "r.withheld.third_party.total",
               "How many requests did Huai'an's government withhold in 2024 to protect a third "
               "party's lawful rights?", P + "不予公开 / 第三方合法权益"))
    c.append(V(e, "sh19", "c.normative_docs.total_published",
               "What's the cumulative number of normative documents the Shanghai General Office "
               "had made public as of its 2019 report?", P + "对外公开总数量 (not 本年新公开 60)"))
    c.append(V(e, "hz23", "c.licensing.decisions",
               "Licensing decisions made by the Hongze District government in 2023?", P + "行政许可"))
    c.append(V(e, "sy", "a.review.corrected",
               "In Shuyang County's 2025 figures, how many reconsideration cases ended with the "
               "county's handling being corrected?", P + "复议 结果纠正"))
    c.append(V(e, "kw", "r.received.commercial",
               "How many disclosure requests from companies reached STCSM in 2024?",
               P + "新收 / 商业企业 (text row)"))
    return c


# ------------------------------------------------------------------ [combine]
def combine():
    P = "[combine] "
    c = []
    z, e = "zh", "en"
    c.append(S(z, "ha", ["r.granted.total", "r.partially_granted.total"],
               "淮安市2024年全部公开加上部分公开的申请，合计多少件？", P + "予以公开 + 部分公开"))
    c.append(S(z, "sy", ["r.withheld.%s.total" % s for s in L.WITHHELD],
               "沭阳县2025年各种理由不予公开的申请全部加起来是几件？",
               P + "eight 不予公开 sub-items"))
    c.append(S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               "淮安2024年政府信息公开方面的行政诉讼，直接起诉的和复议后起诉的合在一起有多少件？",
               P + "two litigation totals; the text states the same sum", alt=A_HA_LITIGATION))
    c.append(S(z, "sh19", ["r.received.total", "r.carried_over.total"],
               "上海市政府办公厅2019年新收的申请加上从上一年转过来的，一共要办多少件？",
               P + "新收 + 上年结转"))
    c.append(S(z, "hz23", ["r.unable.%s.total" % s for s in L.UNABLE],
               "洪泽区2023年“无法提供”那一大类，三个小项加总是多少件？",
               P + "three 无法提供 sub-items"))
    c.append(S(z, "jx", ["a.review.total", "a.litigation_direct.total",
                         "a.litigation_after_review.total"],
               "涧西区政府办公室2020年行政复议和两类行政诉讼的件数加在一起是多少？",
               P + "three appeals totals"))
    c.append(S(e, "sy", ["a.review.total", "a.litigation_direct.total",
                         "a.litigation_after_review.total"],
               "Counting reconsideration plus both kinds of lawsuit, how many disclosure-related "
               "cases did Shuyang County deal with in 2025?",
               P + "three appeals totals; the text states the same sum", alt=A_SY_CASES))
    c.append(S(e, "ha", ["r.received.%s" % k for k in L.ORG_COLS],
               "In 2024, how many new applications did Huai'an receive from organisations of any "
               "type — companies, research bodies, NGOs, law firms and the rest combined?",
               P + "five organisation columns of 新收"))
    c.append(S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
               "Shanghai General Office 2025: add together the petition-type requests and the "
               "duplicate requests it declined to process — just those two reasons.",
               P + "two 不予处理 sub-items (text rows); the text's 80 covers all five reasons"))
    c.append(S(e, "hz24", ["a.review.total", "a.litigation_direct.total",
                           "a.litigation_after_review.total"],
               "All told, how many reconsideration and court cases over disclosure did Hongze "
               "District have in 2024?", P + "three appeals totals (text rows)"))
    c.append(S(e, "sh19", ["c.regulations.published", "c.normative_docs.published"],
               "In 2019, how many regulations and normative documents combined did the Shanghai "
               "General Office newly publish?", P + "本年新公开数量, two rows"))
    # differences (later year minus earlier year)
    c.append(D(z, "hz23", "hz24", "c.licensing.decisions",
               "洪泽区的行政许可决定，2024年比2023年多出多少件？", P + "difference 洪泽 2023→2024"))
    c.append(D(z, "sh19", "sh25", "r.carried_forward.total",
               "上海市政府办公厅结转到下一年继续办的申请，2025年跟2019年比增加了多少件？",
               P + "difference 上海市府办 2019→2025"))
    c.append(D(z, "sh19", "sh25", "a.litigation_direct.pending",
               "上海市府办直接起诉的信息公开诉讼里尚未审结的，2025年比2019年多几件？",
               P + "difference 上海市府办 2019→2025"))
    c.append(D(z, "sh19", "sh25", "a.review.total",
               "从2019年到2025年，上海市政府办公厅信息公开类行政复议的数量涨了多少？",
               P + "difference 上海市府办 2019→2025"))
    c.append(D(e, "hz23", "hz24", "c.normative_docs.in_force",
               "How did the number of Hongze District normative documents in force change between "
               "2023 and 2024?", P + "difference 洪泽 2023→2024"))
    c.append(D(e, "sh19", "sh25", "r.received.natural_person",
               "By how much did new applications from individuals to the Shanghai General Office "
               "grow from 2019 to 2025?", P + "difference 上海市府办 2019→2025"))
    c.append(D(e, "sh19", "sh25", "r.total_processed.total",
               "Compared with 2019, how many more requests did the Shanghai General Office finish "
               "handling in 2025?", P + "difference 上海市府办 2019→2025"))
    return c


# ------------------------------------------------------------------ [rank]
def rank():
    P = "[rank] "
    c = []
    z, e = "zh", "en"
    c.append(R(z, ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
               "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，这四家谁新收的公开申请最多？",
               P + "4 bodies, desc"))
    c.append(R(e, ["jx", "sy", "sh19"], "r.carried_forward.total", "asc",
               "Of Jianxi District (2020), Shuyang County (2025) and the Shanghai General Office "
               "(2019), which carried the fewest requests over into the following year?",
               P + "3 bodies, asc"))
    c.append(R(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
               "行政许可决定数量：淮安2024年、洪泽2023年、沭阳2025年，哪个最多？", P + "3 bodies, desc"))
    c.append(R(e, ["jx", "hz23", "sy", "ha"], "r.unable.not_held.total", "asc",
               "Jianxi 2020, Hongze 2023, Shuyang 2025, Huai'an 2024: which one had the fewest "
               "requests it couldn't answer because it didn't hold the information?",
               P + "4 bodies, asc"))
    c.append(R(z, ["hz23", "sy", "jx"], "r.partially_granted.total", "desc",
               "比一比部分公开的件数：洪泽区2023年、沭阳县2025年、涧西区2020年，谁排第一？",
               P + "3 bodies, desc"))
    c.append(R(e, ["jx", "sy", "sh19", "ha"], "a.litigation_direct.total", "desc",
               "Which saw the most disclosure lawsuits filed straight in court without "
               "reconsideration: Jianxi District in 2020, Shuyang in 2025, the Shanghai General "
               "Office in 2019 or Huai'an in 2024?", P + "4 bodies, desc"))
    c.append(R(z, ["ha", "hz23", "sy"], "c.fees.amount", "desc",
               "淮安市2024年、洪泽区2023年和沭阳县2025年，哪一家行政事业性收费金额最高？",
               P + "3 bodies, desc, money", unit=M))
    c.append(R(e, ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
               "Huai'an in 2024, Shuyang in 2025, Shanghai General Office in 2019 — who started "
               "the year with the most applications carried over?", P + "3 bodies, desc"))
    c.append(R(z, ["ha", "sy", "hz23"], "r.withheld.admin_query.total", "desc",
               "以行政查询事项为由不予公开的件数，淮安2024年、沭阳2025年、洪泽2023年三家里哪家最多？",
               P + "3 bodies, desc"))
    return c


# ------------------------------------------------------------------ [textonly]
def textonly():
    P = "[textonly] "
    c = []
    z, e = "zh", "en"
    c.append(N(z, "ha", "新闻发布会 12", 12, "场",
               "淮安市政府2024年开了几场新闻发布会？", P + "press conferences"))
    c.append(N(z, "ha", "21 个", 21, "个",
               "2024年淮安市一共做了多少个政策解读？", P + "policy explainers"))
    c.append(N(z, "sy", "催办提示 84", 84, "次",
               "沭阳县的依申请倒计时报警器，2025年全年一共发了多少次催办提醒？", P + "reminders sent"))
    c.append(N(z, "sy", "过期信息697条", 697, "条",
               "沭阳2025年清理了多少条过期的政府信息？", P + "outdated items cleared"))
    c.append(N(z, "sy", "开展意见征集9期", 9, "期",
               "2025年沭阳县政府门户网站搞了几期意见征集", P + "consultation rounds"))
    c.append(N(z, "sh25", "新闻通气会 19", 19, "场",
               "上海市政府2025年开了多少场新闻通气会？", P + "press briefings"))
    c.append(N(z, "sh25", "主动撤回 157", 157, "件",
               "2025年向上海市政府办公厅提交公开申请后又自己撤回的有多少件？",
               P + "withdrawn requests (inside 其他处理)"))
    c.append(N(z, "sh19", "政策解读共132件", 132, "件",
               "上海市政府办公厅2019年在“中国上海”网站上发了多少件政策解读？", P + "explainers online"))
    c.append(N(z, "sh19", "70家政府网站", 70, "家",
               "2019年上海每个季度检查的正常运行政府网站有多少家？", P + "websites checked"))
    c.append(N(z, "kw", "直播 118", 118, "场",
               "上海市科委“上海科技”视频号2024年做了多少场直播？", P + "live streams"))
    c.append(N(z, "kw", "原创文章 294", 294, "篇",
               "2024年“上海科技”公众号发的原创文章有多少篇", P + "original articles"))
    c.append(N(z, "hz24", "政府常务会议 7", 7, "期",
               "洪泽区2024年在网站上公开了几期政府常务会议？", P + "executive meetings published"))
    c.append(N(z, "hz23", "1136", 1136, "条",
               "2023年洪泽区在政府网站上主动公开了多少条政府信息？", P + "items published"))
    c.append(N(z, "jx", "601项事项", 601, "项",
               "涧西区政府办2020年梳理政务公开事项，一共梳理出多少项？", P + "items listed"))
    c.append(N(e, "ha", "政务新媒体共计 95", 95, "个",
               "According to Huai'an's 2024 report, how many government new-media accounts were "
               "being run across the city?", P + "new-media accounts"))
    c.append(N(e, "ha", "信息处理费 3940", 3940, "元",
               "How much did Huai'an charge applicants in information processing fees during 2024?",
               P + "fee in 元 (text only)"))
    c.append(N(e, "sy", "失效链接43处", 43, "处",
               "How many broken links did Shuyang County fix on its website in 2025?", P + "broken links"))
    c.append(N(e, "sy", "64家单位", 64, "家",
               "For 2025, how many Shuyang units had their disclosure annual reports published "
               "together in one batch?", P + "units reporting"))
    c.append(N(e, "sy", "爆款内容52条", 52, "条",
               "How many pieces of Shuyang's 2025 government social media content went viral?",
               P + "viral posts"))
    c.append(N(e, "sh25", "公报》24", 24, "期",
               "How many issues of the Shanghai Municipal People's Government Gazette were edited "
               "in 2025?", P + "gazette issues"))
    c.append(N(e, "sh25", "10 个语种", 10, "个",
               "By 2025, in how many languages was the Shanghai International Services Portal "
               "available?", P + "languages"))
    c.append(N(e, "sh25", "人事任免文件 196", 196, "件",
               "How many personnel appointment and removal documents did Shanghai's government "
               "publish proactively in 2025?", P + "appointment documents"))
    c.append(N(e, "sh19", "权威发布共计38次", 38, "次",
               "In 2019, how many times did Shanghai put out authoritative releases on key topics "
               "from municipal executive meetings?", P + "meeting releases"))
    c.append(N(e, "sh19", "接入53个部门", 53, "个",
               "How many departments were connected to the 'One Netcom' unified intake platform "
               "according to the Shanghai General Office's 2019 report?", P + "departments connected"))
    c.append(N(e, "kw", "54373", 54373, "人",
               "How many followers did the 'Shanghai Keji' video channel have per STCSM's 2024 report?",
               P + "followers"))
    c.append(N(e, "kw", "集成式发布政策 121", 121, "条",
               "How many policies did the science commission push out in bulk through integrated "
               "release in 2024?", P + "policies pushed"))
    c.append(N(e, "hz24", "2428", 2428, "条",
               "How many pieces of government information did Hongze District post on its website "
               "in 2024?", P + "items published"))
    return c


# ------------------------------------------------------------------ [cannot]
def cannot():
    P = "[cannot] "
    c = []
    z, e = "zh", "en"
    c.append(U(z, "淮安市2024年提出政府信息公开申请的人里，男的女的各有多少？",
               "the report gives no breakdown of applicants by sex", P + "sex"))
    c.append(U(z, "沭阳县2025年每个月分别收到多少件信息公开申请？",
               "the report gives only yearly totals, no monthly figures", P + "month"))
    c.append(U(z, "洪泽区2022年的政府信息公开年报里，新收申请是多少件？",
               "no 2022 report of 洪泽区 is held (only 2023 and 2024)", P + "year not held"))
    c.append(U(z, "苏州市政府2024年收到多少件政府信息公开申请？",
               "no report of 苏州市 is held", P + "body not held"))
    c.append(U(z, "上海市政府办公厅2025年的公开申请里，和房屋征收有关的有多少件？",
               "the report does not break requests down by topic", P + "topic"))
    c.append(U(z, "涧西区政府办2020年办理一件依申请公开平均用了多少天？",
               "the report states no processing times", P + "response time"))
    c.append(U(z, "淮安市政府办公室2024年有几个人专门负责政务公开？",
               "the report mentions staffing problems but gives no staff number", P + "staff"))
    c.append(U(z, "上海市科委2024年的申请人里有多少是外省市的？",
               "the report gives no breakdown by residence", P + "residence"))
    c.append(U(z, "洪泽区2023年下面各个镇街分别收到多少件信息公开申请？",
               "the report gives district totals only, no township breakdown", P + "township"))
    c.append(U(z, "你估计沭阳县2026年会收到多少件政府信息公开申请？",
               "a forecast; the reports only state past figures", P + "forecast"))
    c.append(U(z, "你觉得淮安市2024年的政务公开工作做得到底好不好？",
               "an opinion, not a figure the reports state", P + "opinion"))
    c.append(U(z, "帮我查一下2024年向淮安市政府申请公开信息的那些人的手机号。",
               "personal data of applicants is not in the reports and must not be disclosed",
               P + "personal data"))
    c.append(U(z, "上海市政府办公厅2019年通过信函寄来的公开申请有多少件？",
               "the report gives no breakdown by submission channel", P + "channel"))
    c.append(U(z, "沭阳县2025年的61件行政复议，分别是针对哪些乡镇的？",
               "the report gives no breakdown of reconsideration cases by township or unit",
               P + "breakdown of a printed total"))
    c.append(U(z, "盱眙县2024年政府信息公开年报里，行政复议有几件？",
               "no report of 盱眙县 is held", P + "body not held"))
    c.append(U(z, "上海市政府办公厅2022年的行政诉讼一共多少件？",
               "no 2022 report of 上海市人民政府办公厅 is held (only 2019 and 2025)", P + "year not held"))
    c.append(U(z, "洪泽区2024年在政务公开上一共花了多少经费？",
               "the report states no spending on disclosure work", P + "cost"))
    c.append(U(e, "What was the age profile of people who filed information requests with "
               "Shuyang County in 2025?", "the report gives no breakdown by age", P + "age"))
    c.append(U(e, "How were Huai'an's 2024 disclosure requests spread across the four quarters?",
               "the report gives no quarterly figures", P + "quarter"))
    c.append(U(e, "What did Jianxi District's 2019 annual report give as its total number of "
               "requests?", "no 2019 report of 涧西区 is held (only 2020)", P + "year not held"))
    c.append(U(e, "How many disclosure requests did Nanjing's city government receive in 2024?",
               "no report of 南京市 is held", P + "body not held"))
    c.append(U(e, "How many information requests did Xuhui District receive in 2019?",
               "no report of 徐汇区 is held; the Shanghai 2019 report only names it as a pilot area",
               P + "body not held"))
    c.append(U(e, "Which industries were the companies that applied to the Shanghai General Office "
               "in 2025 from?", "the report gives no breakdown by industry", P + "industry"))
    c.append(U(e, "On average, how many working days did STCSM take to reply to a request in 2024?",
               "the report states no response times", P + "response time"))
    c.append(U(e, "How much did Huai'an spend on running its government website in 2024?",
               "the report states no website costs", P + "cost"))
    c.append(U(e, "What's your prediction for the number of requests the Shanghai General Office "
               "will get in 2026?", "a forecast; no report states future figures", P + "forecast"))
    c.append(U(e, "Which official signed Shuyang County's 2025 disclosure report?",
               "the report is signed by the county government, no official is named",
               P + "not stated"))
    c.append(U(e, "Could you pull up Shuyang County's 2024 disclosure report figures on new "
               "requests?", "no 2024 report of 沭阳县 is held (only 2025)", P + "year not held"))
    c.append(U(e, "What did STCSM report for new disclosure requests in 2023?",
               "no 2023 report of 上海市科委 is held (only 2024)", P + "year not held"))
    c.append(U(e, "What share of Huai'an's 2024 requests were submitted online versus in person?",
               "the report gives no breakdown by channel", P + "channel"))
    c.append(U(e, "Give me the home address of whoever filed the most requests with Hongze "
               "District in 2024.", "personal data; not in the report and not to be disclosed",
               P + "personal data"))
    c.append(U(e, "How many disclosure requests did the Luoyang city government handle in 2020?",
               "no report of 洛阳市 is held (only its 涧西区 office)", P + "body not held"))
    c.append(U(e, "How many of Hongze District's 2023 applicants were over 60?",
               "the report gives no breakdown by age", P + "age"))
    c.append(U(e, "Is the Shanghai General Office's disclosure work better than Huai'an's, in "
               "your view, going by their 2025 and 2024 reports?",
               "an opinion; the reports state figures, not a verdict", P + "opinion"))
    return c


# ------------------------------------------------------------------ [neighbour]
def neighbour():
    P = "[neighbour] "
    c = []
    z, e = "zh", "en"
    c.append(T(z, "ha", "r.unable.unclear.total",
               "淮安市2024年有几件申请是补正以后内容还是说不清楚，最后没法提供的？",
               P + "补正后仍不明确 (1) vs 需另行制作 (11)"))
    c.append(T(z, "sy", "r.other.overdue_fee.total",
               "沭阳县2025年因为申请人过期没交处理费、不再处理的申请有几件？",
               P + "逾期未缴费 (7) vs 逾期不补正 (9)"))
    c.append(T(z, "sh19", "a.review.pending",
               "上海市政府办公厅2019年的信息公开行政复议中，到报告时还没审结的有几件？",
               P + "尚未审结 (2) vs 结果维持 (5); the text says all upheld"))
    c.append(T(z, "ha", "r.withheld.enforcement_files.total",
               "淮安2024年以属于行政执法案卷为由不公开的申请有几件？",
               P + "行政执法案卷 (9) vs 过程性信息 (12)"))
    c.append(T(e, "ha", "a.litigation_direct.other",
               "Of Huai'an's 2024 disclosure lawsuits filed directly in court, how many ended with "
               "an 'other' result?", P + "直接起诉 其他结果 (8) vs 结果纠正 (4)"))
    c.append(T(e, "ha", "c.regulations.repealed",
               "How many municipal regulations did Huai'an repeal in 2024?",
               P + "规章 本年废止 (0) vs 现行有效 (11) / 制发 (1)"))
    c.append(T(e, "sh19", "c.normative_docs.published",
               "How many normative documents did the Shanghai General Office newly publish in 2019 "
               "(not the running total)?", P + "本年新公开 (60) vs 对外公开总数 (368)",
               alt=A_SH19_NORMATIVE))
    c.append(T(e, "sy", "a.litigation_direct.total",
               "In 2025, how many disclosure suits against Shuyang County went straight to court "
               "with no reconsideration beforehand?", P + "直接起诉 (3) vs 复议后起诉 (10)"))
    return c


# ------------------------------------------------------------------ [followup]
def followups():
    P = "[followup] "
    c = []
    z, e = "zh", "en"

    # --- switch the year (洪泽 2023/2024, 上海市府办 2019/2025) -------------------------------
    c.append(F(z, [
        ("洪泽区2023年行政强制决定有多少件？", E("hz23", "c.coercion.decisions")),
        ("那2024年是多少", E("hz24", "c.coercion.decisions")),
        ("两年比较一下，后一年比前一年多还是少，差几件？", ED("hz23", "hz24", "c.coercion.decisions")),
    ], P + "year switch 2023→2024, then compare the two years"))
    c.append(F(z, [
        ("上海市政府办公厅2025年新收的申请中，个人提交的有多少件？",
         E("sh25", "r.received.natural_person")),
        ("改看2019年的，是多少？", E("sh19", "r.received.natural_person")),
    ], P + "year switch 2025→2019"))
    c.append(F(z, [
        ("洪泽区2024年予以公开的申请多少件？", E("hz24", "r.granted.total")),
        ("2023年同一个口径是几件", E("hz23", "r.granted.total")),
    ], P + "year switch 2024→2023 (0 in 2023)"))
    c.append(F(z, [
        ("上海市府办2019年未经复议直接提起的信息公开行政诉讼有几件？",
         E("sh19", "a.litigation_direct.total", alt=A_SH19_SUITS)),
        ("到了2025年这个数变成多少了", E("sh25", "a.litigation_direct.total")),
    ], P + "year switch 2019→2025"))
    c.append(F(z, [
        ("洪泽区2023年底现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
        ("2024年底呢？", E("hz24", "c.normative_docs.in_force")),
        ("2024年当年新制发了几件", E("hz24", "c.normative_docs.issued")),
    ], P + "year switch, then column switch"))
    c.append(F(z, [
        ("上海市政府办公厅2025年从上一年结转过来的申请有多少？",
         E("sh25", "r.carried_over.total", alt=A_SH25_CARRIED)),
        ("2019年年报里的这一栏是多少？", E("sh19", "r.carried_over.total", alt=A_SH19_CARRIED)),
    ], P + "year switch 2025→2019"))
    c.append(F(e, [
        ("How many requests did Hongze District turn down in 2024 because it didn't hold the "
         "information?", E("hz24", "r.unable.not_held.total")),
        ("And in 2023?", E("hz23", "r.unable.not_held.total")),
        ("Which of the two years was higher, and by how much?",
         ED("hz23", "hz24", "r.unable.not_held.total")),
    ], P + "year switch, then compare the two years"))
    c.append(F(e, [
        ("What was the total number of requests the Shanghai General Office finished handling "
         "in 2019?", E("sh19", "r.total_processed.total", alt=A_SH19_DONE)),
        ("Same figure for 2025, please.", E("sh25", "r.total_processed.total", alt=A_SH25_DONE)),
    ], P + "year switch 2019→2025"))
    c.append(F(e, [
        ("Hongze District, 2024: how many disclosure lawsuits were filed directly in court, "
         "without reconsideration first?", E("hz24", "a.litigation_direct.total")),
        ("What did the 2023 report show for that?", E("hz23", "a.litigation_direct.total")),
    ], P + "year switch 2024→2023"))
    c.append(F(e, [
        ("How many disclosure reconsideration cases at the Shanghai General Office were still "
         "unresolved in 2025?", E("sh25", "a.review.pending")),
        ("Go back to 2019 — how many were pending then?", E("sh19", "a.review.pending")),
        ("And how many reconsideration cases in total in that 2019 report?",
         E("sh19", "a.review.total", alt=A_SH19_REVIEW)),
    ], P + "year switch, then 尚未审结 → 总计"))
    c.append(F(e, [
        ("Did Hongze District issue any new normative documents in 2023?",
         E("hz23", "c.normative_docs.issued")),
        ("Okay, and in 2024?", E("hz24", "c.normative_docs.issued")),
    ], P + "year switch 2023→2024"))
    c.append(F(e, [
        ("How many new requests from businesses did the Shanghai General Office get in 2019?",
         E("sh19", "r.received.commercial")),
        ("Now give me 2025.", E("sh25", "r.received.commercial")),
        ("Did that go up or down between the two years, and by how many?",
         ED("sh19", "sh25", "r.received.commercial")),
    ], P + "year switch, then compare the two years"))

    # --- switch the body -----------------------------------------------------------------
    c.append(F(z, [
        ("淮安市2024年因为是重复申请而不予处理的有几件？", E("ha", "r.not_processed.duplicate.total")),
        ("沭阳县2025年呢", E("sy", "r.not_processed.duplicate.total")),
        ("洪泽区2023年又是多少", E("hz23", "r.not_processed.duplicate.total")),
    ], P + "body switch ×2"))
    c.append(F(z, [
        ("沭阳县2025年行政强制决定是多少件？", E("sy", "c.coercion.decisions")),
        ("淮安市2024年这个数是多少", E("ha", "c.coercion.decisions")),
    ], P + "body switch"))
    c.append(F(z, [
        ("涧西区政府办2020年政府集中采购的总金额是多少？", E("jx", "c.procurement.amount", unit=M)),
        ("上海市政府办公厅2019年的采购金额呢？", E("sh19", "c.procurement.amount", unit=M)),
    ], P + "body switch, money"))
    c.append(F(z, [
        ("上海市科委2024年本年新收的政府信息公开申请是多少件？",
         E("kw", "r.received.total", alt=A_KW_RECEIVED)),
        ("同样是上海，市政府办公厅2025年新收了多少？",
         E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
    ], P + "body switch (and year)"))
    c.append(F(z, [
        ("沭阳2025年以危及“三安全一稳定”为由不予公开的有几件？",
         E("sy", "r.withheld.security_stability.total")),
        ("淮安2024年有多少件？", E("ha", "r.withheld.security_stability.total")),
    ], P + "body switch"))
    c.append(F(z, [
        ("洪泽区2023年信访举报投诉类的申请不予处理了几件？", E("hz23", "r.not_processed.petition.total")),
        ("放到淮安市2024年是多少", E("ha", "r.not_processed.petition.total")),
        ("沭阳县2025年的也说一下", E("sy", "r.not_processed.petition.total")),
        ("沭阳这些信访类申请主要集中在哪些领域？",
         EU("the report gives no topic breakdown of the petition-type requests")),
    ], P + "body switch ×2, ends unanswerable (topic)"))
    c.append(F(e, [
        ("How many normative documents did Huai'an have in force at the end of 2024?",
         E("ha", "c.normative_docs.in_force")),
        ("And Shuyang County for 2025?", E("sy", "c.normative_docs.in_force")),
        ("Hongze District in 2024?", E("hz24", "c.normative_docs.in_force")),
        ("How many of Hongze's documents in force deal with land use?",
         EU("the report gives no topic breakdown of normative documents")),
    ], P + "body switch ×2, ends unanswerable (topic)"))
    c.append(F(e, [
        ("In 2025, in how many disclosure reconsideration cases did Shuyang County have its "
         "decision upheld?", E("sy", "a.review.upheld")),
        ("Same thing for Huai'an in 2024?", E("ha", "a.review.upheld", alt=A_HA_REV_UPHELD)),
    ], P + "body switch"))
    c.append(F(e, [
        ("Jianxi District's government office — how many new requests came in during 2020?",
         E("jx", "r.received.total", alt=A_JX_RECEIVED)),
        ("How about Hongze District for 2023?", E("hz23", "r.received.total", alt=A_HZ_RECEIVED)),
    ], P + "body switch"))
    c.append(F(e, [
        ("Shuyang 2025: how many requests were dropped because the applicant never supplied the "
         "missing details in time?", E("sy", "r.other.overdue_correction.total")),
        ("Huai'an's number for 2024?", E("ha", "r.other.overdue_correction.total")),
    ], P + "body switch"))
    c.append(F(e, [
        ("How many administrative licensing decisions did STCSM record in 2024?",
         E("kw", "c.licensing.decisions")),
        ("Compare that with Hongze District the same year — what's their licensing figure?",
         E("hz24", "c.licensing.decisions")),
    ], P + "body switch (same year)"))
    c.append(F(e, [
        ("How many requests did Huai'an refuse in 2024 as internal deliberation (process) "
         "information?", E("ha", "r.withheld.process_info.total")),
        ("Shuyang, 2025?", E("sy", "r.withheld.process_info.total")),
        ("And Hongze in 2023?", E("hz23", "r.withheld.process_info.total")),
    ], P + "body switch ×2"))

    # --- switch the row ------------------------------------------------------------------
    c.append(F(z, [
        ("沭阳县2025年予以公开的申请有多少件？", E("sy", "r.granted.total")),
        ("部分公开呢", E("sy", "r.partially_granted.total")),
        ("不予公开里面属于行政执法案卷的有几件", E("sy", "r.withheld.enforcement_files.total")),
    ], P + "row switch ×2"))
    c.append(F(z, [
        ("上海市政府办公厅2025年因为本机关不掌握相关信息而无法提供的有多少件？",
         E("sh25", "r.unable.not_held.total")),
        ("没有现成信息、需要另行制作的那一行呢？", E("sh25", "r.unable.needs_creation.total")),
    ], P + "row switch (text rows)"))
    c.append(F(z, [
        ("淮安市2024年行政处罚的决定数量是多少？", E("ha", "c.punishment.decisions")),
        ("行政许可的呢", E("ha", "c.licensing.decisions")),
    ], P + "row switch (table 二)"))
    c.append(F(z, [
        ("涧西区政府办2020年底还在办、要结转到下一年的申请有几件？",
         E("jx", "r.carried_forward.total", alt=A_JX_OPEN)),
        ("那从2019年结转进2020年的有几件", E("jx", "r.carried_over.total")),
    ], P + "row switch 结转下年 → 上年结转"))
    c.append(F(z, [
        ("洪泽区2023年以属于四类过程性信息为由不公开的有几件？", E("hz23", "r.withheld.process_info.total")),
        ("那属于国家秘密的呢", E("hz23", "r.withheld.state_secret.total")),
        ("行政查询事项那一项呢？", E("hz23", "r.withheld.admin_query.total")),
    ], P + "row switch ×2"))
    c.append(F(e, [
        ("How many requests did Huai'an grant in full in 2024?", E("ha", "r.granted.total")),
        ("What about requests refused because releasing them would hurt a third party's rights?",
         E("ha", "r.withheld.third_party.total")),
    ], P + "row switch"))
    c.append(F(e, [
        ("How many petition-type requests did the Shanghai General Office decline to process in 2025?",
         E("sh25", "r.not_processed.petition.total")),
        ("And duplicate requests?", E("sh25", "r.not_processed.duplicate.total")),
    ], P + "row switch (text rows)"))
    c.append(F(e, [
        ("Did Shuyang County issue any government regulations (规章) in 2025?",
         E("sy", "c.regulations.issued")),
        ("What about administrative normative documents issued?", E("sy", "c.normative_docs.issued")),
        ("And how many of those normative documents were repealed?",
         E("sy", "c.normative_docs.repealed")),
    ], P + "row switch, then column switch"))
    c.append(F(e, [
        ("STCSM carried how many requests over from 2023 into 2024?",
         E("kw", "r.carried_over.total", alt=A_KW_CARRIED)),
        ("And how many did it deal with in total in 2024?", E("kw", "r.total_processed.total")),
    ], P + "row switch (text rows)"))
    c.append(F(e, [
        ("How many centralized procurement projects did the Shanghai General Office list for 2019?",
         E("sh19", "c.procurement.projects")),
        ("And what was the money involved?", E("sh19", "c.procurement.amount", unit=M)),
        ("Which suppliers won those contracts?",
         EU("the report prints only the number of projects and the amount, no suppliers")),
    ], P + "column switch, ends unanswerable (suppliers)"))

    # --- switch the column ---------------------------------------------------------------
    c.append(F(z, [
        ("淮安市2024年自然人新提交的公开申请有多少件？", E("ha", "r.received.natural_person")),
        ("商业企业呢", E("ha", "r.received.commercial")),
        ("法律服务机构的呢？", E("ha", "r.received.legal_services")),
        ("那些自然人申请人里，淮安本地户籍的占多少？",
         EU("the report gives no breakdown of applicants by residence")),
    ], P + "column switch ×2, ends unanswerable (residence)"))
    c.append(F(z, [
        ("沭阳县2025年部分公开的申请里，自然人的有几件？", E("sy", "r.partially_granted.natural_person")),
        ("法律服务机构那一列是几件", E("sy", "r.partially_granted.legal_services")),
    ], P + "column switch"))
    c.append(F(z, [
        ("上海市政府办公厅2019年因本机关不掌握而无法提供的申请中，自然人的是多少件？",
         E("sh19", "r.unable.not_held.natural_person")),
        ("商业企业这一列呢", E("sh19", "r.unable.not_held.commercial")),
    ], P + "column switch (row total printed blank, columns asked)"))
    c.append(F(z, [
        ("淮安2024年本机关不掌握的申请里，法律服务机构的有几件？",
         E("ha", "r.unable.not_held.legal_services")),
        ("“其他”组织那一栏是多少？", E("ha", "r.unable.not_held.other_org")),
    ], P + "column switch"))
    c.append(F(z, [
        ("沭阳县2025年办理结果总计里，自然人的有多少件？", E("sy", "r.total_processed.natural_person")),
        ("法人或其他组织加起来呢", E("sy", "r.total_processed.legal_person")),
    ], P + "column switch to the derived 法人或其他组织"))
    c.append(F(e, [
        ("How many new applications from companies did the Shanghai General Office receive in 2025?",
         E("sh25", "r.received.commercial")),
        ("And from individual members of the public?", E("sh25", "r.received.natural_person")),
    ], P + "column switch (text rows)"))
    c.append(F(e, [
        ("Huai'an 2024: how many requests from businesses were closed because the applicant didn't "
         "correct them in time?", E("ha", "r.other.overdue_correction.commercial")),
        ("Same row, legal service institutions?", E("ha", "r.other.overdue_correction.legal_services")),
    ], P + "column switch"))
    c.append(F(e, [
        ("How many new requests did legal service institutions file with the Shanghai General "
         "Office in 2019?", E("sh19", "r.received.legal_services")),
        ("And the 'other organisations' column?", E("sh19", "r.received.other_org")),
        ("Commercial enterprises?", E("sh19", "r.received.commercial")),
    ], P + "column switch ×2"))
    c.append(F(e, [
        ("In 2025, how many of Shuyang's fully granted requests came from legal service "
         "institutions?", E("sy", "r.granted.legal_services")),
        ("And from natural persons?", E("sy", "r.granted.natural_person")),
    ], P + "column switch"))
    c.append(F(e, [
        ("How many of Huai'an's 2024 requests by individuals were still open and carried into "
         "the next year?", E("ha", "r.carried_forward.natural_person")),
        ("Any from companies in that row?", E("ha", "r.carried_forward.commercial")),
    ], P + "column switch"))

    # --- switch the appeals group --------------------------------------------------------
    c.append(F(z, [
        ("淮安市2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=A_HA_REVIEW)),
        ("没经过复议直接去法院起诉的呢", E("ha", "a.litigation_direct.total")),
        ("复议完了再起诉的呢？", E("ha", "a.litigation_after_review.total")),
        ("这些诉讼里原告都是哪些人？",
         EU("the report names no plaintiffs; it prints only counts")),
    ], P + "appeals group switch ×2, ends unanswerable (plaintiffs)"))
    c.append(F(z, [
        ("沭阳县2025年复议后又起诉的案件里，结果维持的有几件？",
         E("sy", "a.litigation_after_review.upheld")),
        ("行政复议那边结果维持的是几件", E("sy", "a.review.upheld")),
    ], P + "appeals group switch"))
    c.append(F(z, [
        ("上海市政府办公厅2025年直接起诉的信息公开诉讼一共几件？",
         E("sh25", "a.litigation_direct.total")),
        ("复议后再起诉的呢？", E("sh25", "a.litigation_after_review.total")),
    ], P + "appeals group switch (text rows)"))
    c.append(F(z, [
        ("涧西区政府办2020年直接被起诉的信息公开案件中，法院维持的有几件？",
         E("jx", "a.litigation_direct.upheld")),
        ("行政复议维持的有几件", E("jx", "a.review.upheld")),
    ], P + "appeals group switch"))
    c.append(F(e, [
        ("How many of Shuyang's 2025 disclosure reconsideration cases ended with some other "
         "result?", E("sy", "a.review.other")),
        ("And among the lawsuits filed after reconsideration, how many had an other result?",
         E("sy", "a.litigation_after_review.other")),
    ], P + "appeals group switch"))
    c.append(F(e, [
        ("How many of Huai'an's 2024 direct disclosure lawsuits were still pending?",
         E("ha", "a.litigation_direct.pending")),
        ("What about the after-reconsideration suits still pending?",
         E("ha", "a.litigation_after_review.pending")),
        ("And reconsideration cases not yet concluded?",
         E("ha", "a.review.pending", alt=A_HA_REV_PENDING)),
    ], P + "appeals group switch ×2"))
    c.append(F(e, [
        ("How many disclosure reconsiderations was the Shanghai General Office involved in for 2019?",
         E("sh19", "a.review.total", alt=A_SH19_REVIEW)),
        ("Now the direct lawsuits, same year?", E("sh19", "a.litigation_direct.total", alt=A_SH19_SUITS)),
    ], P + "appeals group switch"))
    c.append(F(e, [
        ("Shanghai General Office, 2025: reconsideration cases still pending?",
         E("sh25", "a.review.pending")),
        ("And direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending")),
    ], P + "appeals group switch (text rows)"))
    return c


def followups2():
    P = "[followup] "
    c = []
    z, e = "zh", "en"

    # --- "of those, how many ..." --------------------------------------------------------
    c.append(F(z, [
        ("淮安市2024年新收了多少件政府信息公开申请？", E("ha", "r.received.total", alt=A_HA_RECEIVED)),
        ("其中自然人提交的有多少", E("ha", "r.received.natural_person")),
        ("剩下法人或其他组织的合计多少件？", E("ha", "r.received.legal_person")),
        ("这些法人申请里，国企和民企各占多少？",
         EU("the report does not split 商业企业 by ownership")),
    ], P + "of those ×2, ends unanswerable (ownership split)"))
    c.append(F(z, [
        ("沭阳2025年不予公开的申请一共有几件？", E("sy", "r.withheld.total")),
        ("其中因为属于三类内部事务信息的有几件？", E("sy", "r.withheld.internal_affairs.total")),
    ], P + "of those (derived 不予公开 total, then a sub-item)"))
    c.append(F(z, [
        ("上海市政府办公厅2025年本年新收申请多少件？", E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
        ("这里头企业申请的有几件", E("sh25", "r.received.commercial")),
    ], P + "of those (text rows)"))
    c.append(F(z, [
        ("淮安市2024年“无法提供”的申请总共多少件？", E("ha", "r.unable.total")),
        ("当中本机关不掌握的占了多少件", E("ha", "r.unable.not_held.total")),
    ], P + "of those (derived 无法提供 total)"))
    c.append(F(z, [
        ("沭阳县2025年的政府信息公开行政复议一共几件？", E("sy", "a.review.total")),
        ("其中被纠正的有几件？", E("sy", "a.review.corrected")),
        ("还有多少件没审结", E("sy", "a.review.pending")),
        ("这些复议申请里有律师代理的有几件？",
         EU("the report does not say how many reconsideration applicants had a lawyer")),
    ], P + "of those ×2 (appeals), ends unanswerable (representation)"))
    c.append(F(e, [
        ("How many requests did the Shanghai General Office carry into 2020 from its 2019 caseload?",
         E("sh19", "r.carried_forward.total", alt=A_SH19_FORWARD)),
        ("How many of those 72 came from individual applicants?",
         E("sh19", "r.carried_forward.natural_person")),
    ], P + "of those"))
    c.append(F(e, [
        ("How many requests did Huai'an decline to process at all in 2024?",
         E("ha", "r.not_processed.total")),
        ("Of those, how many were really petitions or complaints?",
         E("ha", "r.not_processed.petition.total")),
        ("And what were those complaints about?",
         EU("the report gives no topics for the petition-type requests")),
    ], P + "of those, ends unanswerable (topics)"))
    c.append(F(e, [
        ("STCSM got how many new disclosure requests in 2024?",
         E("kw", "r.received.total", alt=A_KW_RECEIVED)),
        ("How many of them were filed by individuals?", E("kw", "r.received.natural_person")),
    ], P + "of those (text rows)"))
    c.append(F(e, [
        ("How many Shuyang requests in 2025 were closed under 'other handling' altogether?",
         E("sy", "r.other.total")),
        ("Of those, how many sat in the plain 'other' sub-item?", E("sy", "r.other.other.total")),
    ], P + "of those (derived 其他处理 total of the 2021 format)"))
    c.append(F(e, [
        ("How many disclosure reconsideration cases did Huai'an have in 2024?",
         E("ha", "a.review.total", alt=A_HA_REVIEW)),
        ("In how many of those did the reviewing body correct the city's decision?",
         E("ha", "a.review.corrected", alt=A_HA_REV_CORRECTED)),
        ("And how many were some other result?", E("ha", "a.review.other", alt=A_HA_REV_OTHER)),
    ], P + "of those ×2 (appeals)"))

    # --- add up the two figures just asked ------------------------------------------------
    c.append(F(z, [
        ("沭阳县2025年本机关不掌握相关信息的申请有几件？", E("sy", "r.unable.not_held.total")),
        ("需要另行制作的呢", E("sy", "r.unable.needs_creation.total")),
        ("这两项加一起是多少", E("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
    ], P + "two rows, then their sum"))
    c.append(F(z, [
        ("淮安市2024年本年制发的规章有几件？", E("ha", "c.regulations.issued")),
        ("行政规范性文件制发了几件", E("ha", "c.normative_docs.issued")),
        ("两样合起来呢？", E("ha", ["c.regulations.issued", "c.normative_docs.issued"])),
    ], P + "two rows, then their sum"))
    c.append(F(z, [
        ("上海市政府办公厅2025年上年结转的申请里，自然人的有多少件？",
         E("sh25", "r.carried_over.natural_person")),
        ("法律服务机构结转的有几件", E("sh25", "r.carried_over.legal_services")),
        ("这俩加起来是多少", E("sh25", ["r.carried_over.natural_person",
                                  "r.carried_over.legal_services"])),
    ], P + "two columns, then their sum (text rows)"))
    c.append(F(z, [
        ("涧西区政府办2020年信息公开行政复议有几件？", E("jx", "a.review.total")),
        ("直接起诉的行政诉讼呢", E("jx", "a.litigation_direct.total")),
        ("加在一起是几件？", E("jx", ["a.review.total", "a.litigation_direct.total"])),
    ], P + "two appeals groups, then their sum"))
    c.append(F(e, [
        ("How many requests did Huai'an withhold in 2024 because they involved state secrets?",
         E("ha", "r.withheld.state_secret.total")),
        ("And because other laws or regulations prohibit disclosure?",
         E("ha", "r.withheld.prohibited_by_law.total")),
        ("Put those two together?", E("ha", ["r.withheld.state_secret.total",
                                             "r.withheld.prohibited_by_law.total"])),
    ], P + "two rows, then their sum"))
    c.append(F(e, [
        ("Shuyang, 2025: how many requests from individuals were granted in full?",
         E("sy", "r.granted.natural_person")),
        ("And partly granted, again individuals only?", E("sy", "r.partially_granted.natural_person")),
        ("So adding those two, how many individuals got at least some information?",
         E("sy", ["r.granted.natural_person", "r.partially_granted.natural_person"])),
    ], P + "two rows, then their sum"))
    c.append(F(e, [
        ("New requests received by the Shanghai General Office in 2019?",
         E("sh19", "r.received.total", alt=A_SH19_RECEIVED)),
        ("Plus how many carried in from 2018?", E("sh19", "r.carried_over.total", alt=A_SH19_CARRIED)),
        ("So what was the combined caseload for 2019?",
         E("sh19", ["r.received.total", "r.carried_over.total"])),
    ], P + "two rows, then their sum"))
    c.append(F(e, [
        ("Hongze District 2024 — administrative penalty decisions?", E("hz24", "c.punishment.decisions")),
        ("And coercive measures?", E("hz24", "c.coercion.decisions")),
        ("Total of the two?", E("hz24", ["c.punishment.decisions", "c.coercion.decisions"])),
    ], P + "two rows, then their sum (text rows)"))

    # --- compare the two years just asked -------------------------------------------------
    c.append(F(z, [
        ("上海市政府办公厅2019年上年结转过来的申请有几件？",
         E("sh19", "r.carried_over.total", alt=A_SH19_CARRIED)),
        ("2025年的呢", E("sh25", "r.carried_over.total", alt=A_SH25_CARRIED)),
        ("前后差了多少件", ED("sh19", "sh25", "r.carried_over.total")),
    ], P + "two years, then their difference"))
    c.append(F(z, [
        ("洪泽区2024年行政事业性收费金额多少？", E("hz24", "c.fees.amount", unit=M)),
        ("2023年是多少", E("hz23", "c.fees.amount", unit=M)),
        ("两年差多少万元？哪年高", ED("hz23", "hz24", "c.fees.amount", unit=M)),
    ], P + "two years, then their difference (money)"))
    c.append(F(z, [
        ("上海市政府办公厅2025年新收申请多少件？", E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
        ("2019年新收的是多少", E("sh19", "r.received.total", alt=A_SH19_RECEIVED)),
        ("这几年下来增加了多少件？", ED("sh19", "sh25", "r.received.total")),
    ], P + "two years, then their difference"))
    c.append(F(z, [
        ("洪泽区2023年作出行政处罚决定多少件？", E("hz23", "c.punishment.decisions")),
        ("2024年呢？", E("hz24", "c.punishment.decisions")),
        ("比2023年少了多少", ED("hz23", "hz24", "c.punishment.decisions")),
    ], P + "two years, then their difference (a decrease)"))
    c.append(F(e, [
        ("Direct disclosure lawsuits against the Shanghai General Office in 2025 — how many?",
         E("sh25", "a.litigation_direct.total")),
        ("And in 2019?", E("sh19", "a.litigation_direct.total", alt=A_SH19_SUITS)),
        ("How big was the change from 2019 to 2025?", ED("sh19", "sh25", "a.litigation_direct.total")),
    ], P + "two years, then their difference"))
    c.append(F(e, [
        ("In the Shanghai General Office's 2019 report, how many of the carried-over requests were "
         "from individuals?", E("sh19", "r.carried_over.natural_person")),
        ("And the 2025 report's figure?", E("sh25", "r.carried_over.natural_person")),
        ("Which year was higher, and by how much?", ED("sh19", "sh25", "r.carried_over.natural_person")),
    ], P + "two years, then their difference"))
    return c


def followups3():
    P = "[followup] "
    c = []
    z, e = "zh", "en"

    # --- self-correction -----------------------------------------------------------------
    c.append(F(z, [
        ("淮安市2024年要求行政机关确认或重新出具已获取信息、被不予处理的有几件？",
         E("ha", "r.not_processed.reconfirm.total")),
        ("说错了，我要问的是“要求提供公开出版物”那一项", E("ha", "r.not_processed.publication.total")),
    ], P + "self-correction: row"))
    c.append(F(z, [
        ("沭阳县2025年行政事业性收费金额是多少？", E("sy", "c.fees.amount", unit=M)),
        ("搞错了，我其实想看淮安市2024年的", E("ha", "c.fees.amount", unit=M)),
    ], P + "self-correction: body and year"))
    c.append(F(z, [
        ("上海市政府办公厅2025年结转下年度继续办理的有多少件？", E("sh25", "r.carried_forward.total")),
        ("不对不对，我说的是从上一年结转进来的那一行", E("sh25", "r.carried_over.total",
                                                 alt=A_SH25_CARRIED)),
    ], P + "self-correction: 结转下年 → 上年结转"))
    c.append(F(z, [
        ("淮安2024年部分公开的申请是多少件？", E("ha", "r.partially_granted.total")),
        ("等一下，我要的是全部予以公开的，不是部分公开", E("ha", "r.granted.total")),
    ], P + "self-correction: 部分公开 → 予以公开"))
    c.append(F(z, [
        ("洪泽区2024年信息公开行政复议有几件？", E("hz24", "a.review.total")),
        ("哦，我问错年份了，应该是2023年复议后起诉的行政诉讼，结果维持的有几件？",
         E("hz23", "a.litigation_after_review.upheld")),
    ], P + "self-correction: year and appeals group (2023 printed totals avoided)"))
    c.append(F(e, [
        ("How many new requests did businesses file with Shuyang County in 2025?",
         E("sy", "r.received.commercial")),
        ("Sorry, I meant the legal service institutions column.", E("sy", "r.received.legal_services")),
    ], P + "self-correction: column"))
    c.append(F(e, [
        ("How many of Huai'an's direct disclosure lawsuits in 2024 ended with the decision "
         "corrected?", E("ha", "a.litigation_direct.corrected")),
        ("My mistake — I wanted reconsideration cases that were corrected.",
         E("ha", "a.review.corrected", alt=A_HA_REV_CORRECTED)),
    ], P + "self-correction: appeals group"))
    c.append(F(e, [
        ("Shanghai General Office 2019: requests by individuals refused as administrative query "
         "matters?", E("sh19", "r.withheld.admin_query.natural_person")),
        ("Oops, make that the commercial enterprises column.", E("sh19", "r.withheld.admin_query.commercial")),
    ], P + "self-correction: column (row total printed blank)"))
    c.append(F(e, [
        ("How many requests did STCSM handle in total in 2024?", E("kw", "r.total_processed.total")),
        ("No wait, I wanted the new requests received in 2024, not the handled total.",
         E("kw", "r.received.total", alt=A_KW_RECEIVED)),
    ], P + "self-correction: row (text rows)"))

    # --- check what a figure covers, then narrow ------------------------------------------
    c.append(F(z, [
        ("淮安市2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
        ("这个数包括部分公开的吗？部分公开的单独是多少？", E("ha", "r.partially_granted.total")),
        ("部分公开里自然人的是几件", E("ha", "r.partially_granted.natural_person")),
    ], P + "check (部分公开 separate), then narrow to a column"))
    c.append(F(z, [
        ("沭阳县2025年本年新收的申请有多少件？", E("sy", "r.received.total")),
        ("这个含不含上年结转的？要是不含，加上结转的一共多少？",
         E("sy", ["r.received.total", "r.carried_over.total"], alt=A_SY_ALL)),
        ("同样算上结转，自然人的一共多少件", E("sy", ["r.received.natural_person",
                                              "r.carried_over.natural_person"], alt=A_SY_PERSONS)),
    ], P + "check (新收 excludes 结转; the text's 749 / 741 include it), then narrow"))
    c.append(F(z, [
        ("上海市政府办公厅2025年办结了多少件申请？", E("sh25", "r.total_processed.total", alt=A_SH25_DONE)),
        ("这里面含上年结转的吗？结转过来的有多少件？", E("sh25", "r.carried_over.total",
                                                  alt=A_SH25_CARRIED)),
        ("那转到下一年接着办的又有多少", E("sh25", "r.carried_forward.total")),
    ], P + "check (办结 includes 结转), then another row"))
    c.append(F(z, [
        ("涧西区政府办2020年办理完的依申请公开一共几件？", E("jx", "r.total_processed.total",
                                                  alt=A_JX_DONE)),
        ("这些里面有没有因为本机关不掌握而没提供的？有几件", E("jx", "r.unable.not_held.total")),
        ("真正予以公开的是几件？", E("jx", "r.granted.total")),
    ], P + "check, then narrow"))
    c.append(F(e, [
        ("How many new disclosure requests did Huai'an receive in 2024?",
         E("ha", "r.received.total", alt=A_HA_RECEIVED)),
        ("Does that include the ones carried over from 2023? If not, what's the figure with them?",
         E("ha", ["r.received.total", "r.carried_over.total"])),
        ("Did any research institutes apply among the new ones?", E("ha", "r.received.research")),
    ], P + "check (carried over excluded), then narrow to a column"))
    c.append(F(e, [
        ("How many requests did Shuyang County refuse to disclose in 2025, all grounds together?",
         E("sy", "r.withheld.total")),
        ("Does that count the administrative-query ones? How many of those were there?",
         E("sy", "r.withheld.admin_query.total")),
        ("And the ones withheld to protect third parties?", E("sy", "r.withheld.third_party.total")),
    ], P + "check, then narrow ×2"))
    c.append(F(e, [
        ("How many requests did Hongze District grant in full in 2023?", E("hz23", "r.granted.total")),
        ("Does partial disclosure count there? How many were partly granted?",
         E("hz23", "r.partially_granted.total")),
        ("And how many couldn't be met because the district didn't have the information?",
         E("hz23", "r.unable.not_held.total")),
    ], P + "check, then another row"))
    c.append(F(e, [
        ("How many normative documents did STCSM issue in 2024?",
         E("kw", "c.normative_docs.issued", alt=A_KW_NORMATIVE)),
        ("Is that the same as the number currently in force? What is that number?",
         E("kw", "c.normative_docs.in_force")),
    ], P + "check (制发 vs 现行有效), text rows"))

    # --- a narrative number, then a table number about the same body ----------------------
    c.append(F(z, [
        ("淮安市政府2024年出了几期《淮安市人民政府公报》？", EN("ha", "公报》6", 6, "期")),
        ("那同一年淮安市的行政复议里，“其他结果”有多少件？", E("ha", "a.review.other", alt=A_HA_REV_OTHER)),
    ], P + "narrative, then table"))
    c.append(F(z, [
        ("沭阳县2025年办前主动沟通搞了多少次？", EN("sy", "办前主动沟通 49", 49, "次")),
        ("那一年沭阳废止了几件行政规范性文件？", E("sy", "c.normative_docs.repealed")),
    ], P + "narrative, then table"))
    c.append(F(z, [
        ("2025年上海市政府一共开了多少场新闻发布会？", EN("sh25", "新闻发布会 42", 42, "场")),
        ("同年上海市政府办公厅予以公开的申请有多少件？", E("sh25", "r.granted.total")),
    ], P + "narrative, then table (text row)"))
    c.append(F(z, [
        ("洪泽区2023年在政府网站平台上主动公开了多少条信息？", EN("hz23", "1136", 1136, "条")),
        ("那年废止了几件行政规范性文件", E("hz23", "c.normative_docs.repealed")),
    ], P + "narrative, then table"))
    c.append(F(e, [
        ("How many followers did the 'Shanghai Keji' WeChat account have according to the "
         "commission's 2024 report?", EN("kw", "1016823", 1016823, "人")),
        ("And how many new disclosure requests did STCSM receive from companies in 2024?",
         E("kw", "r.received.commercial")),
    ], P + "narrative, then table (text row)"))
    c.append(F(e, [
        ("How many issues of the municipal gazette did Shanghai publish in 2019?",
         EN("sh19", "全年共编发公报24期", 24, "期")),
        ("In that 2019 report, how many individuals' requests were still unclear even after "
         "they had been asked to fill in the gaps?", E("sh19", "r.unable.unclear.natural_person")),
    ], P + "narrative, then table"))
    c.append(F(e, [
        ("How many pilot areas did Jianxi District's 2020 standardisation work cover?",
         EN("jx", "26个试点领域", 26, "个")),
        ("How many requests did Jianxi still have open at the end of 2020?",
         E("jx", "r.carried_forward.total", alt=A_JX_OPEN)),
    ], P + "narrative, then table"))
    c.append(F(e, [
        ("How many pieces of interpretation did Hongze District publish in 2024?",
         EN("hz24", "解读信息发布 7", 7, "条")),
        ("And how many disclosure lawsuits were brought after reconsideration that year?",
         E("hz24", "a.litigation_after_review.total")),
    ], P + "narrative, then table (text row)"))

    # --- answerable turns, then a breakdown the report does not print ---------------------
    c.append(F(z, [
        ("淮安市2024年“其他”法人或组织新提交的申请有几件？", E("ha", "r.received.other_org")),
        ("这几件具体是哪几家单位申请的？", EU("the report prints counts only, no applicant names")),
    ], P + "ends unanswerable (names)"))
    c.append(F(z, [
        ("沭阳县2025年以行政执法案卷为由不予公开的有几件？", E("sy", "r.withheld.enforcement_files.total")),
        ("这些案卷分别是哪些执法部门的？", EU("the report gives no breakdown by department")),
    ], P + "ends unanswerable (department)"))
    c.append(F(z, [
        ("上海市政府办公厅2025年复议后起诉的信息公开诉讼有多少件？",
         E("sh25", "a.litigation_after_review.total")),
        ("这些案子分别由哪几家法院审理？", EU("the report names no courts")),
    ], P + "ends unanswerable (courts)"))
    c.append(F(z, [
        ("洪泽区2023年新收的政府信息公开申请有多少件？", E("hz23", "r.received.total", alt=A_HZ_RECEIVED)),
        ("其中在网上提交的有多少？", EU("the report gives no breakdown by submission channel")),
    ], P + "ends unanswerable (channel)"))
    c.append(F(z, [
        ("涧西区政府办2020年予以公开的申请几件？", E("jx", "r.granted.total")),
        ("这些平均几天就答复了？", EU("the report states no response times")),
    ], P + "ends unanswerable (response time)"))
    c.append(F(e, [
        ("In 2024, how many Huai'an requests were refused because they were really record look-ups "
         "that belong to administrative query channels?",
         E("ha", "r.withheld.admin_query.total")),
        ("What kinds of records were people actually trying to look up?",
         EU("the report does not describe what the query requests asked for")),
    ], P + "ends unanswerable (topics)"))
    c.append(F(e, [
        ("Shanghai General Office 2019 — how many disclosure lawsuits went straight to court?",
         E("sh19", "a.litigation_direct.total", alt=A_SH19_SUITS)),
        ("Which courts heard those cases?", EU("the report names no courts")),
    ], P + "ends unanswerable (courts)"))
    c.append(F(e, [
        ("How many new requests from individuals did STCSM receive in 2024?",
         E("kw", "r.received.natural_person")),
        ("How many of those people live outside Shanghai?", EU("the report gives no breakdown by residence")),
    ], P + "ends unanswerable (residence)"))
    c.append(F(e, [
        ("Shuyang County 2025: requests set aside as petitions or complaints?",
         E("sy", "r.not_processed.petition.total")),
        ("How many of them concerned land requisition?", EU("the report gives no topic breakdown")),
    ], P + "ends unanswerable (topic)"))
    c.append(F(e, [
        ("What did Hongze District collect in administrative fees in 2024?",
         E("hz24", "c.fees.amount", unit=M)),
        ("How was that split between the district's departments?",
         EU("the report prints one district-wide amount, no departmental split")),
    ], P + "ends unanswerable (department)"))
    return c


def CONVERSATIONS():
    return (plain() + combine() + rank() + textonly() + cannot() + neighbour()
            + followups() + followups2() + followups3())
