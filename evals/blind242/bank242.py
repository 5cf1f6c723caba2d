"""Question bank of blind set 242 (evals/blind242): everyday traffic typed on a phone.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is
computed by helpers242 (gold JSON, printed text rows, sentences cut from the report text).
Body codes: jx 涧西区 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市府办 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib242 as L  # noqa: E402
from helpers242 import (C, D, E, ED, EN, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# Printed cells of the three reports without gold: exactly the specs blind6 verified
# (evals/blind6/text_cells.json); nothing new.
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
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
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

M = {"unit": "万元"}  # money cells

# text alternatives: (keyword that finds the sentence, number it states)
HA_3119 = ("3119", 3119)
HA_3050 = ("3119", 3050)
HA_34 = ("3119", 34)
HA_103 = ("3119", 103)
HA_REV = ("行政复议 351", None)  # number filled per use
SY_718 = ("749", 718)
SY_31 = ("749", 31)
SY_74 = ("74 件", 74)
JX_17 = ("办结率", 17)
JX_15 = ("办结率", 15)
JX_2 = ("办结率", 2)
HZ23_21 = ("受理政府信息公开申请 21 件", 21)
SH19_859 = ("859件", 859)
SH19_805 = ("859件", 805)
SH19_72 = ("859件", 72)
SH19_13 = ("主动公开规章13件", 13)
SH19_60 = ("主动公开规章13件", 60)
SH25_1295 = ("1295", 1295)
SH25_1191 = ("1295", 1191)
SH25_189 = ("1295", 189)
KW_34 = ("全年收到政府信息公开申请", 34)
KW_2 = ("全年收到政府信息公开申请", 2)
KW_9 = ("同意公开答复", 9)
KW_13 = ("当年发布政府信息 393 件", 13)


def hrev(n):
    return ("行政复议 351", n)


# ------------------------------------------------------------------ [plain] value
def plain():
    P = "[plain] "
    z = "zh"
    e = "en"
    return [
        # ---- zh (30)
        V(z, "ha", "r.received.total", "淮安市政府 24年 新收的信息公开申请 一共几件？？在线等", P + "received, city named short, 24年",
          alt=HA_3119),
        V(z, "ha", "r.unable.not_held.total", "帮我看下那份24年淮安的报告，回复“本机关不掌握”的 有多少件啊", P + "not held, report named loosely"),
        V(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费 收了多少钱？？单位万元就行 谢谢", P + "fees in 万元, doubled ？", **M),
        V(z, "ha", "r.not_processed.petition.total",
          "我在街道信访办上班，想问下 淮安24年 信息公开申请里头 被归到信访举报投诉类、没处理的 有几件", P + "story + petition-type not processed"),
        V(z, "ha", "a.litigation_after_review.total", "淮安市政府2024年 先复意 后来又去法院告的 一共多少起", P + "typo 复意 for 复议; after-review lawsuits"),
        V(z, "sy", "r.received.natural_person", "沭阳25年 自然人那一栏 新收申请是多少？只要当年新来的 哈", P + "natural persons, new only"),
        V(z, "sy", "c.licensing.decisions", "沭阳县 2025年 行政许可 处理决定 多少个。。", P + "doubled 。; licensing decisions"),
        V(z, "sy", "r.withheld.total", "沭阳县政府2025年 不于公开的申请 一共多少件 麻烦了", P + "typo 不于 for 不予; withheld (derived)"),
        V(z, "sy", "a.review.corrected", "25年 沭阳 行政复议 被纠正了几次？", P + "review corrected"),
        V(z, "sy", "r.other.overdue_fee.total", "沭阳 2025年 申请人不交费 最后就不给处理了的 几件？", P + "overdue fee"),
        V(z, "hz23", "c.punishment.decisions", "洪择区 23年 行政处罚 决定 数量多少", P + "typo 洪择; penalties"),
        V(z, "hz23", "r.unable.needs_creation.total", "请问 洪泽区政府2023年 要另外做才能给、所以没提供的 有几件", P + "needs creation, colloquial"),
        V(z, "hz23", "c.normative_docs.repealed", "洪泽23年废止了几件规范行文件啊", P + "repealed"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区 2024 年 行政许可 一共作了多少件决定？谢谢", P + "text row, licensing"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽24年  本机关不掌握 的 有多少", P + "text row, not held, stray spaces"),
        V(z, "jx", "r.received.total", "间西区 2020年 收到的以申请公开 多少件", P + "typos 间西 / 以申请; received", alt=JX_17),
        V(z, "jx", "c.procurement.projects", "涧西区政府办20年 政府集中采购 项目有几个，，", P + "procurement projects (2019 format)"),
        V(z, "jx", "r.unable.not_held.natural_person", "涧西 2020年 个人申请的 因为不掌握而提供不了的 几件？", P + "column natural person"),
        V(z, "sh19", "r.received.natural_person", "我是大三学生 写论文用。上海市府办 2019年 自然人 新收的申请 多少件", P + "sh19 natural persons received"),
        V(z, "sh19", "c.normative_docs.made", "19年上海市政府办公厅 新制作的规范性文件 是多少件。。", P + "made (2019 format)",
          alt=SH19_60),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 自然人提的 信访举报投诉类 不予处理 几件 ？？谢谢啦",
          P + "column cell (total printed blank)"),
        V(z, "sh25", "r.received.total", "上海市府办 25年 新收申请 多少件 ？", P + "text row, received", alt=SH25_1295),
        V(z, "sh25", "r.unable.not_held.total", "市府办（上海）2025年 因为不掌握信息 没法提供 的 有几件啊", P + "text row, not held"),
        V(z, "kw", "c.licensing.decisions", "上海 市科委 2024年 行政许可决定 多少个？", P + "text row, licensing"),
        V(z, "kw", "r.received.commercial", "我们公司24年也给上海科委递过申请，想知道 那年 企业提的申请 一共几件", P + "text row, commercial"),
        V(z, "ha", "a.review.pending", "淮安24年的行政复议 到年底还没审完的 有多少件", P + "review pending", alt=hrev(37)),
        V(z, "ha", "r.withheld.admin_query.total", "淮安市政府2024年 属于行政查询事项 不予公开的有几件", P + "admin query"),
        V(z, "sy", "r.carried_over.total", "沭阳县 2025 年 从上年结转过来的申请 多少件", P + "carried over"),
        V(z, "hz23", "c.fees.amount", "洪泽区2023年 行政事业性收费金额 是多少 万元", P + "fees", **M),
        V(z, "sh19", "c.procurement.amount", "上海市政府办公厅 2019年 政府集中采购 总金额 多少（换算成万元）", P + "raw 251000元 -> 万元",
          **M),
        # ---- en (61)
        V(e, "ha", "r.received.natural_person",
          "Hi, I'm a student writing a paper on Huai'an. In 2024 how many applications came from individuals (自然人), new ones only? thanks!!",
          P + "story + natural persons"),
        V(e, "ha", "r.granted.total", "huaian 2024 - how many request got fully disclosed (予以公开)?? need it for my homework", P + "granted"),
        V(e, "ha", "r.partially_granted.total", "In Huaian's 2024 disclosure report, how many got only partly released?",
          P + "partially granted, report named loosely"),
        V(e, "ha", "c.licensing.decisions", "Huai'an city gov 2024, number of administrative licensing decisions pls", P + "licensing"),
        V(e, "ha", "c.punishment.decisions", "my boss ask me to check how many penalty decisions Huaian city made in 2024, can you help",
          P + "clerk story, penalties"),
        V(e, "ha", "c.normative_docs.in_force",
          "How many normative docs (行政规范性文件) does Huaian have still valid according to the 2024 report?", P + "in force"),
        V(e, "ha", "a.litigation_direct.total",
          "Huaian 2024: lawsuits filed straight to the court without going thru reconsideration first — total?", P + "direct lawsuits"),
        V(e, "ha", "a.review.total", "Reporter here, on deadline. Total admin reconsideration cases about info disclosure for Huai'an in 2024?",
          P + "review total", alt=hrev(351)),
        V(e, "ha", "r.received.legal_person",
          "For Huaian 2024, how many new applications came from companies and other organisations put together (法人或其他组织)?",
          P + "legal persons (derived)"),
        V(e, "ha", "r.unable.needs_creation.total",
          "huaian 2024 how many requests where they said the info doesnt exist ready-made and would have to be produced new",
          P + "needs creation"),
        V(e, "ha", "r.not_processed.duplicate.total", "Repeat applications (重复申请) that Huaian didn't process in 2024 — how many? ty",
          P + "duplicate"),
        V(e, "ha", "c.coercion.decisions", "hello, what was Huai'an's count of administrative coercion (行政强制) decisions in 2024? thanks in advance",
          P + "coercion"),
        V(e, "ha", "r.total_processed.natural_person",
          "Out of all request Huaian finished handling in 2024, how many was from private persons (自然人)? thank you very much", P + "processed, natural persons"),
        V(e, "ha", "a.litigation_direct.corrected",
          "Huaian 2024 — direct lawsuits (no reconsideration before) where the result was corrected against the govt, how many?",
          P + "direct lawsuits corrected"),
        V(e, "ha", "r.withheld.third_party.total",
          "Our firm once had a request refused for third-party reasons, so I wonder: in Huaian 2024 how many were refused because releasing would hurt a third party's legit rights?", P + "third party"),
        V(e, "ha", "r.other.overdue_correction.total",
          "Huaian 2024: how many applications were dropped because the applicant never fixed/supplemented them in time?",
          P + "overdue correction"),
        V(e, "sy", "r.received.total",
          "Shuyang county 2025 — applications newly received during 2025 (the table row, not counting carry-over from 2024)?",
          P + "received 713 (text 749 includes carried over)"),
        V(e, "sy", "r.granted.total", "shuyang 2025 how many requests answered with full disclosure", P + "granted"),
        V(e, "sy", "r.withheld.internal_affairs.total",
          "In Shuyang's 2025 report, how many refusals were for internal affairs info (内部事务信息)?", P + "internal affairs"),
        V(e, "sy", "c.punishment.decisions", "our company got fined once so im curious, how many penalty decisions (行政处罚) Shuyang County made in 2025?", P + "penalties"),
        V(e, "sy", "c.fees.amount", "Sorry my english not good. Shuyang 2025 administrative fees collected, how much (万元)?",
          P + "fees", **M),
        V(e, "sy", "a.litigation_direct.total", "How many cases went straight to court against Shuyang County govt in 2025 over disclosure (no reconsideration first)?",
          P + "direct lawsuits"),
        V(e, "sy", "r.unable.not_held.total",
          "Shuyang 2025: how many times they answer 'we dont have this info' (本机关不掌握)?? just the number pls", P + "not held"),
        V(e, "sy", "r.total_processed.total", "Shuyang 2025 total number of applications handled (办理总计)?", P + "processed",
          alt=SY_718),
        V(e, "sy", "c.normative_docs.issued", "how many new normative documents did Shuyang issue in 2025", P + "issued"),
        V(e, "sy", "r.not_processed.petition.total",
          "For Shuyang 2025, requests treated as complaints/petitions (信访举报投诉类) and not processed?", P + "petition"),
        V(e, "sy", "r.received.legal_services", "I'm a paralegal, just curious — Shuyang 2025 new applications filed by law firms / legal service orgs?",
          P + "legal services column"),
        V(e, "hz23", "c.licensing.decisions", "Hongze District 2023 admin licensing decisions, how many?", P + "licensing"),
        V(e, "hz23", "r.partially_granted.total", "in Hongze's 2023 disclosure report, how many partly disclosed?",
          P + "partially granted, report named loosely"),
        V(e, "hz23", "r.received.total", "Hongze 2023 - new info disclosure aplications total??", P + "received",
          alt=HZ23_21),
        V(e, "hz23", "c.coercion.decisions", "How many administrative coercion (行政强制) decisions did Hongze make in 2023?",
          P + "coercion"),
        V(e, "hz23", "a.litigation_after_review.upheld",
          "Hongze district 2023, lawsuits after reconsideration where the govt was upheld — how many? (the total box looks odd)",
          P + "after-review upheld (printed total is 0)"),
        V(e, "hz23", "r.withheld.state_secret.total", "Hongze 2023: any refused as state secrets? how many", P + "state secret"),
        V(e, "hz24", "c.punishment.decisions", "Hongze 2024 penalty decisions number please", P + "text row, penalties"),
        V(e, "hz24", "c.fees.amount", "How much did Hongze District collect in administrative fees in 2024? answer in 万元 plz", P + "text row, fees",
          **M),
        V(e, "hz24", "r.granted.total", "in Hongze's 2024 disclosure report how many requests were granted in full?",
          P + "text row, granted"),
        V(e, "hz24", "a.review.total", "Hongze 2024, how many admin reconsiderations about disclosure in total?", P + "text row, review"),
        V(e, "hz24", "c.normative_docs.in_force", "Hongze '24: normative documents currently in force?", P + "text row, in force, '24"),
        V(e, "jx", "r.total_processed.total", "Jianxi District (涧西) 2020 — how many applications were completed? thx", P + "processed",
          alt=JX_15),
        V(e, "jx", "r.carried_forward.total", "Jianxi 2020: how many requests were still open and moved on to 2021?",
          P + "carried forward", alt=JX_2),
        V(e, "jx", "a.review.upheld", "Jianxi district govt office 2020, reconsideration cases where original decision upheld?",
          P + "review upheld"),
        V(e, "jx", "c.normative_docs.published", "Jianxi 2020 normative documents newly published (本年新公开数量)?",
          P + "published (2019 format)"),
        V(e, "jx", "r.granted.total", "hey quick q, in 2020 how many requests did Jianxi fully grant?", P + "granted"),
        V(e, "sh19", "r.received.total", "Shanghai General Office 2019, total new disclosure requests?", P + "received",
          alt=SH19_859),
        V(e, "sh19", "r.carried_forward.total", "Shanghai gov general office 2019: requests rolled over into 2020?",
          P + "carried forward", alt=SH19_72),
        V(e, "sh19", "c.regulations.made", "How many regulations (规章) did the Shanghai General Office make in 2019?",
          P + "regulations made", alt=SH19_13),
        V(e, "sh19", "r.withheld.admin_query.natural_person",
          "Shanghai General Office 2019 — individuals' requests refused as administrative queries (行政查询事项)?",
          P + "column cell (total printed blank)"),
        V(e, "sh19", "r.unable.needs_creation.natural_person",
          "Shanghai General Office 2019: individuals' requests it could not meet because the info needed to be newly made?",
          P + "column cell (total printed blank)"),
        V(e, "sh19", "r.received.commercial", "how many applications from business (商业企业) did the Shanghai General Office recieve in 2019",
          P + "commercial"),
        V(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019 government centralized procurement: number of projects?",
          P + "procurement projects"),
        V(e, "sh25", "r.total_processed.total", "Shanghai General Office 2025, how many requests did they finish handling altogether (办结)?",
          P + "text row, processed", alt=SH25_1191),
        V(e, "sh25", "r.carried_forward.total", "STILL open at end of 2025 and carried into 2026 — Shanghai General Office, how many?",
          P + "text row, carried forward"),
        V(e, "sh25", "r.granted.total", "Shanghai General Office, 2025: requests fully disclosed (予以公开)?", P + "text row, granted"),
        V(e, "sh25", "a.review.total", "shanghai general office 2025 admin reconsideration total count?", P + "text row, review"),
        V(e, "sh25", "r.not_processed.petition.total",
          "Shanghai gov general office 2025: disclosure applications it treated as petitions / complaints and didn't process?",
          P + "text row, petition"),
        V(e, "sh25", "r.received.natural_person", "My dad sent a request to 市府办 in Shanghai in 2025 lol. How many new applications from individual citizens did they get that year?",
          P + "text row, natural persons"),
        V(e, "kw", "r.received.total", "STCSM 2024 how many disclosure applications received? thx", P + "text row, received",
          alt=KW_34),
        V(e, "kw", "c.normative_docs.issued", "Shanghai science commission (上海科委) 2024: normative documents issued?",
          P + "text row, issued", alt=KW_13),
        V(e, "kw", "r.total_processed.total", "Shanghai's science & technology commission, 2024 — total requests dealt with, carry-over included?",
          P + "text row, processed"),
        V(e, "kw", "r.granted.total", "STCSM FY24 — fully granted requests?", P + "text row, granted", alt=KW_9),
        V(e, "kw", "c.punishment.decisions", "Did the Shanghai science & tech commission make any penalty decisions in 2024? how many",
          P + "text row, penalties 0"),
    ]


# ------------------------------------------------------------------ [combine] sum / difference
def combine():
    P = "[combine] "
    z, e = "zh", "en"
    return [
        # sums zh (5)
        S(z, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
          "沭阳 2025年 内部事务 加上 过程性信息 不予公开的 合起来几件", P + "sum of 2"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区23年 行政许可+行政处罚+行政强制 决定数 加一起 多少", P + "sum of 3"),
        S(z, "sh25", ["r.unable.needs_creation.total", "r.unable.not_held.total"],
          "上海市府办2025年 不掌握的 和 需要另行制作的 两项加起来是多少？？", P + "sum of 2 text cells"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区2020年 复议 直接起诉 复议后起诉 三个总计 加一块 几件", P + "sum of 3 appeals totals"),
        S(z, "ha", ["r.received.total", "r.carried_over.total"],
          "淮安 24年 新收的 加上 上年结转的 申请 一共多少件", P + "sum of 2"),
        # sums en (11)
        S(e, "ha", ["r.granted.total", "r.partially_granted.total"],
          "Huaian 2024: fully + partly disclosed together, how many requests?", P + "sum of 2"),
        S(e, "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
          "For Huai'an 2024, add up every case where the result was corrected — reconsideration, direct suits and suits after reconsideration",
          P + "sum of 3 corrected"),
        S(e, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Shuyang 2025: reconsiderations plus both kinds of lawsuits, all totals added?", P + "sum of 3; text states 74",
          alt=SY_74),
        S(e, "jx", ["r.granted.total", "r.unable.not_held.total"],
          "Jianxi 2020, granted in full plus 'agency doesn't hold it' — combined number?", P + "sum of 2"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "Huaian 2024 other handling (其他处理): the three sub-rows summed?", P + "sum of 3 sub-items"),
        S(e, "sh19", cols("granted"),
          "Shanghai General Office 2019 — total fully disclosed across all applicant types? the total box is empty so add the columns",
          P + "sum of 6 columns (printed total blank)"),
        S(e, "sh19", cols("unable.not_held"),
          "for the Shanghai General Office in 2019, 'not held by this agency' answers over all applicant columns together?",
          P + "sum of 6 columns (printed total blank); text states 265", alt=("265件", 265)),
        S(e, "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests + ones carried over from 2023, how many overall?", P + "sum of 2 text cells"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type plus duplicate applications not processed, sum?", P + "sum of 2 text cells"),
        S(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze 2024, licensing + penalty + coercion decisions all together?", P + "sum of 3 text cells"),
        S(e, "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
          "Quick one: Huaian 2024, add all eight 'not disclosed' (不予公开) reasons together — what's the total?",
          P + "sum of 8"),
        # differences zh (4)
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区 行政处罚决定 2024年比2023年 多了还是少了 差多少",
          P + "difference, decrease"),
        D(z, "hz23", "hz24", "r.granted.total", "洪泽 予以公开的件数 从23年到24年 变化了多少", P + "difference, text row 2024"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办 结转下年度的申请 2025年比2019年 增加了多少件",
          P + "difference across templates"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪择区 行政强制决定 24年 比 23年 少了多少。", P + "difference, typo 洪择"),
        # differences en (6)
        D(e, "hz23", "hz24", "c.licensing.decisions",
          "Hongze licensing decisions jumped a lot between 2023 and 2024 right? by how much exactly", P + "difference, increase"),
        D(e, "hz23", "hz24", "c.fees.amount", "Change in Hongze's admin fee income from 2023 to 2024, in 万元?",
          P + "difference of money", **M),
        D(e, "hz23", "hz24", "r.unable.not_held.total",
          "Hongze District: 'not held' answers, 2024 minus 2023?", P + "difference"),
        D(e, "sh19", "sh25", "r.received.total",
          "I'm comparing: Shanghai General Office new requests 2019 vs 2025 — how much higher is 2025?", P + "difference"),
        D(e, "sh19", "sh25", "a.review.total",
          "Shanghai General Office admin reconsiderations, 2025 compared with 2019 — difference?", P + "difference, appeals"),
        D(e, "sh19", "sh25", "r.received.natural_person",
          "Individuals' new requests to the Shanghai General Office: from 2019 to 2025 how many more?", P + "difference, column"),
    ]


# ------------------------------------------------------------------ [rank] ranking
def rank():
    P = "[rank] "
    z, e = "zh", "en"
    return [
        R(z, ["jx", "hz23", "sy"], "r.received.total", "asc",
          "涧西2020年、洪泽2023年、沭阳2025年 这三家 谁新收的申请最少", P + "asc, 3 bodies"),
        R(z, ["jx", "sy", "sh19"], "a.review.total", "desc",
          "涧西区20年，沭阳县25年，上海市府办19年 行政复议总数 哪家最多？", P + "desc, 3 bodies"),
        R(z, ["ha", "hz23", "sy"], "c.coercion.decisions", "desc",
          "淮安2024 洪泽2023 沭阳2025 行政强制决定 谁最多", P + "desc, 3 bodies"),
        R(z, ["ha", "sy", "sh19", "jx"], "r.granted.natural_person", "desc",
          "予以公开里 自然人那栏：淮安24年、沭阳25年、上海市府办19年、涧西20年 哪个最大", P + "desc, 4 bodies, column"),
        R(e, ["ha", "sy", "sh19"], "r.received.total", "desc",
          "Which got the most new requests: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?", P + "desc"),
        R(e, ["jx", "ha", "hz23", "sh19"], "r.carried_forward.total", "desc",
          "Among Jianxi 2020, Huaian 2024, Hongze 2023 and Shanghai General Office 2019, who carried the most requests into the next year?",
          P + "desc, 4 bodies"),
        R(e, ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "direct lawsuits — Jianxi (2020), Shuyang (2025), Shanghai General Office (2019): which one had most?", P + "desc"),
        R(e, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
          "Licensing decisions: Huaian 2024 vs Hongze 2023 vs Shuyang 2025, who's on top?", P + "desc, close call"),
        R(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
          "Of Huai'an 2024, Hongze 2023 and Shuyang 2025, which made the fewest penalty decisions?", P + "asc"),
        R(e, ["jx", "ha", "sy", "sh19"], "r.received.commercial", "desc",
          "Most applications from companies: Jianxi 2020, Huaian 2024, Shuyang 2025 or Shanghai General Office 2019?",
          P + "desc, 4 bodies, column"),
        R(e, ["jx", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
          "'not held' answers to private persons — Jianxi 2020, Hongze 2023, Shuyang 2025, Shanghai General Office 2019. biggest?",
          P + "desc, 4 bodies, column"),
        R(e, ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
          "Carry-over from the year before: Huaian (2024 report), Shuyang (2025 report), Shanghai General Office (2019 report) — which is highest?",
          P + "desc, close values"),
        R(e, ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Smallest admin fee income (万元) among Huaian 2024, Hongze 2023 and Shuyang 2025?", P + "asc, money"),
    ]


# ------------------------------------------------------------------ [followup]
def followup():
    P = "[followup] "
    z, e = "zh", "en"
    return [
        # zh (13)
        F(z, [("洪泽区23年 行政强制 决定多少个", E("hz23", "c.coercion.decisions")),
              ("那24年的报告里 这个数变成多少了", E("hz24", "c.coercion.decisions"))], P + "year switch hz23 -> hz24"),
        F(z, [("淮安市 2024年 部分公开 的有多少", E("ha", "r.partially_granted.total")),
              ("沭阳县2025年的同一个数呢", E("sy", "r.partially_granted.total"))], P + "body switch"),
        F(z, [("上海市府办 2019 结转到下一年 继续办理的 多少件", E("sh19", "r.carried_forward.total", alt=("859件", 72))),
              ("2025年那份呢？", E("sh25", "r.carried_forward.total"))], P + "year switch sh19 -> sh25"),
        F(z, [("术阳25年 行政复议 总共多少件", E("sy", "a.review.total")),
              ("其中维持原结果的呢", E("sy", "a.review.upheld")),
              ("还没审结的？？", E("sy", "a.review.pending"))], P + "typo 术阳; column switch within appeals"),
        F(z, [("淮安24年 本机关不掌握 的申请 自然人那栏多少", E("ha", "r.unable.not_held.natural_person")),
              ("商业企业那栏呢", E("ha", "r.unable.not_held.commercial"))], P + "column switch"),
        F(z, [("涧西区20年 行政复议 几件", E("jx", "a.review.total")),
              ("那没复议直接去法院起诉的呢", E("jx", "a.litigation_direct.total"))], P + "appeals group switch"),
        F(z, [("洪泽区政府 2023年 本机关不掌握 有几件", E("hz23", "r.unable.not_held.total")),
              ("2024年 那份 呢？？", E("hz24", "r.unable.not_held.total"))], P + "year switch"),
        F(z, [("上海科委24年 收到新申请 多少件", E("kw", "r.received.total", alt=KW_34)),
              ("自然人占了多少件", E("kw", "r.received.natural_person")),
              ("上年结转过来的 又是多少", E("kw", "r.carried_over.total", alt=KW_2))], P + "column then row switch, text rows"),
        F(z, [("沭阳县 25年 行政处法决定 多少个", E("sy", "c.punishment.decisions")),
              ("行政强制呢", E("sy", "c.coercion.decisions"))], P + "row switch"),
        F(z, [("淮安2024年 重复申请 有几件", E("ha", "r.not_processed.duplicate.total")),
              ("上海市府办2025年 重复申请 呢", E("sh25", "r.not_processed.duplicate.total"))], P + "body + year switch"),
        F(z, [("上海市政府办公厅 19年 行政复议 多少件", E("sh19", "a.review.total", alt=("零败诉", 7))),
              ("2025年的 复议 总数 是多少", E("sh25", "a.review.total"))], P + "year switch across templates"),
        F(z, [("洪泽 2024 年 行政规范性文件 制发了几件", E("hz24", "c.normative_docs.issued")),
              ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], P + "column switch, text rows"),
        F(z, [("沭阳 2025 年 于以公开 几件", E("sy", "r.granted.total")),
              ("换淮安 24年 看看？", E("ha", "r.granted.total"))], P + "body switch"),
        # en (26)
        F(e, [("Journalism student here. Huaian 2024, admin reconsideration (行政复议) — how many upheld?", E("ha", "a.review.upheld", alt=hrev(72))),
              ("and how many got corrected?", E("ha", "a.review.corrected", alt=hrev(64))),
              ("pending ones?", E("ha", "a.review.pending", alt=hrev(37)))], P + "column switch within appeals"),
        F(e, [("Hongze District 2023 administrative penalty decisions?", E("hz23", "c.punishment.decisions")),
              ("same thing for 2024 please", E("hz24", "c.punishment.decisions"))], P + "year switch"),
        F(e, [("How many disclosure requests did the Shanghai General Office get in 2019?", E("sh19", "r.received.total", alt=SH19_859)),
              ("ok and in 2025?", E("sh25", "r.received.total", alt=SH25_1295))], P + "year switch"),
        F(e, [("Shuyang 2025 normative documents currently valid?", E("sy", "c.normative_docs.in_force")),
              ("Huai'an 2024 how many?", E("ha", "c.normative_docs.in_force")),
              ("and Hongze 2023?", E("hz23", "c.normative_docs.in_force"))], P + "body switch x2"),
        F(e, [("Huaian 2024, requests granted in full for law firms / legal service orgs (法律服务机构)?", E("ha", "r.granted.legal_services")),
              ("for businesses?", E("ha", "r.granted.commercial"))], P + "column switch"),
        F(e, [("Jianxi district 2020 — how many requests were granted in full?", E("jx", "r.granted.total")),
              ("how many could not be provided because the office didn't have the info?", E("jx", "r.unable.not_held.total"))],
          P + "row switch"),
        F(e, [("STCSM 2024 admin licensing decisions?", E("kw", "c.licensing.decisions")),
              ("and penalties?", E("kw", "c.punishment.decisions"))], P + "row switch, text rows"),
        F(e, [("Shanghai gov general office 2025, direct lawsuits total?", E("sh25", "a.litigation_direct.total")),
              ("how many of those still pending?", E("sh25", "a.litigation_direct.pending"))], P + "column switch, text rows"),
        F(e, [("Shuyang 2025 — requests withheld as process info (过程性信息)?", E("sy", "r.withheld.process_info.total")),
              ("and as internal affairs info?", E("sy", "r.withheld.internal_affairs.total"))], P + "row switch"),
        F(e, [("What did Hongze collect in admin fees in 2023 (万元)?", E("hz23", "c.fees.amount", **M)),
              ("and for 2024?", E("hz24", "c.fees.amount", **M))], P + "year switch, money"),
        F(e, [("How many applications did Huai'an carry forward into 2025 at the end of 2024?",
               E("ha", "r.carried_forward.total", alt=HA_103)),
              ("Shuyang's 2025 report, same figure?", E("sy", "r.carried_forward.total", alt=SY_31))], P + "body switch"),
        F(e, [("Shanghai General Office 2019, 'not held' refusals to natural persons?", E("sh19", "r.unable.not_held.natural_person")),
              ("to companies?", E("sh19", "r.unable.not_held.commercial"))], P + "column switch"),
        F(e, [("Shuyang 2025 lawsuits after reconsideration, total?", E("sy", "a.litigation_after_review.total")),
              ("how many upheld", E("sy", "a.litigation_after_review.upheld"))], P + "column switch"),
        F(e, [("Hongze 2024 admin coercion decisions", E("hz24", "c.coercion.decisions")),
              ("and licensing?", E("hz24", "c.licensing.decisions"))], P + "row switch, text rows"),
        F(e, [("Huaian 2024 fee revenue 行政事业性收费 in 万元?", E("ha", "c.fees.amount", **M)),
              ("Shuyang 2025?", E("sy", "c.fees.amount", **M))], P + "body switch, money"),
        F(e, [("Jianxi 2020 admin penalty decisions", E("jx", "c.punishment.decisions")),
              ("normative documents total published (对外公开总数量)?", E("jx", "c.normative_docs.total_published"))],
          P + "row switch"),
        F(e, [("Shanghai General Office 2025 how many applications carried over from 2024?", E("sh25", "r.carried_over.total", alt=SH25_189)),
              ("from individuals only?", E("sh25", "r.carried_over.natural_person")),
              ("from legal service orgs?", E("sh25", "r.carried_over.legal_services"))], P + "column switch, text rows"),
        F(e, [("Huaian 2024 withheld because state secret?", E("ha", "r.withheld.state_secret.total")),
              ("because other laws prohibit disclosure?", E("ha", "r.withheld.prohibited_by_law.total"))], P + "row switch"),
        F(e, [("Hongze 2023 new applications by natural persons?", E("hz23", "r.received.natural_person")),
              ("Jianxi 2020 same?", E("jx", "r.received.natural_person"))], P + "body switch"),
        F(e, [("Shuyang 2025 requests not processed as petitions/complaints", E("sy", "r.not_processed.petition.total")),
              ("duplicates?", E("sy", "r.not_processed.duplicate.total"))], P + "row switch"),
        F(e, [("In the Shanghai General Office's 2019 report how many direct lawsuits?", E("sh19", "a.litigation_direct.total", alt=("零败诉", 9))),
              ("2025 report?", E("sh25", "a.litigation_direct.total"))], P + "year switch"),
        F(e, [("Shanghai science commission 2024 how many requests granted in full?", E("kw", "r.granted.total", alt=KW_9)),
              ("and the Shanghai General Office in 2025?", E("sh25", "r.granted.total"))], P + "body switch, text rows"),
        F(e, [("Huaian 2024 after-review lawsuits upheld?", E("ha", "a.litigation_after_review.upheld")),
              ("and direct lawsuits upheld?", E("ha", "a.litigation_direct.upheld"))], P + "appeals group switch"),
        F(e, [("Hongze's 2024 report: applications where the info wasn't held by the agency?", E("hz24", "r.unable.not_held.total")),
              ("fully disclosed?", E("hz24", "r.granted.total"))], P + "row switch, text rows"),
        F(e, [("Shuyang 2025 admin coercion decisions", E("sy", "c.coercion.decisions")),
              ("Huaian 2024?", E("ha", "c.coercion.decisions"))], P + "body switch"),
        F(e, [("Shanghai General Office 2019 central procurement projects", E("sh19", "c.procurement.projects")),
              ("and the amount? in 万元", E("sh19", "c.procurement.amount", **M))], P + "column switch, money"),
    ]


# ------------------------------------------------------------------ [textonly] narrative
def textonly():
    P = "[textonly] "
    z, e = "zh", "en"
    return [
        # zh (13)
        N(z, "jx", "26个试点领域", 26, "个", "涧西区政府办2020年 的报告里 说统筹推进了多少个试点领域？", P + "pilot areas"),
        N(z, "ha", "《淮安市人民政府公报》", 6, "期", "淮安市政府 2024年 出了几期 政府公报", P + "gazette issues"),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安24年 政府信息公开栏目 全覆盖检查 搞了几次", P + "checks"),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区 2024年 公开了几期 政府常务会议", P + "executive meetings"),
        N(z, "sy", "开展意见征集", 9, "期", "术阳县 25年 开展了几期意见征集？", P + "consultations, typo 术阳"),
        N(z, "sy", "爆款内容", 52, "条", "沭阳2025年的报告里说爆款内容有多少条啊 好奇", P + "viral posts"),
        N(z, "sy", "办前主动沟通", 49, "次", "沭阳县 2025年 办前主动沟通 开展了多少次", P + "pre-handling contacts"),
        N(z, "sy", "清理过期信息", 697, "条", "沭阳 2025 清理了多少条过期信息。。", P + "expired items"),
        N(z, "kw", "主合办政协提案", 85, "件", "上海市科委 2024年 主合办的政协提案 多少件", P + "CPPCC proposals"),
        N(z, "kw", "直播 118 场", 118, "场", "上海科委24年 视频号 直播 搞了几场", P + "live streams"),
        N(z, "sh25", "新闻通气会", 19, "场", "上海市府办 2025年 开了几场新闻通气会", P + "briefings"),
        N(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅 2019年 对常务会议重要议题 权威发布 了几次", P + "releases"),
        N(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "上海 市府办 25年 编了多少期 市政府公报", P + "gazette issues"),
        # en (26)
        N(e, "jx", "601项事项", 601, "项",
          "Jianxi 2020 report says they sorted out a bunch of disclosure items (事项) — how many items exactly?", P + "items"),
        N(e, "jx", "601项事项", 21, "个",
          "Jianxi district's 2020 report — the disclosure items they listed fall into how many fields (领域)?", P + "fields"),
        N(e, "ha", "新闻发布会 12 场", 12, "场", "How many press conferences did Huai'an hold in 2024 according to their report?",
          P + "press conferences"),
        N(e, "ha", "政策解读21 个", 21, "个", "huaian 2024 — number of policy interpretations (政策解读) they produced?",
          P + "interpretations"),
        N(e, "ha", "政务新媒体共计 95", 95, "个",
          "I'm doing a project on gov social media. How many government new-media accounts was Huaian running per its 2024 report?",
          P + "new-media accounts"),
        N(e, "ha", "信息处理费 3940", 3940, "元",
          "Huaian 2024: how much did they charge in information processing fees (信息处理费)? in yuan", P + "fees in 元"),
        N(e, "hz23", "1136", 1136, "条", "Hongze 2023 — how many pieces of info were proactively published on the govt website?",
          P + "website items"),
        N(e, "hz24", "2428", 2428, "条", "In Hongze's 2024 disclosure report, how many info items did the district post on its website?",
          P + "website items"),
        N(e, "sy", "4511", 4511, "条", "Shuyang county 2025: items proactively published through the county portal?", P + "portal items"),
        N(e, "sy", "专栏33个", 33, "个", "shuyang 2025 how many special columns (专栏) did they open on new media", P + "columns"),
        N(e, "sy", "原创短视频1113个", 1113, "个", "Shuyang 2025 — how many original short videos were pushed out?", P + "short videos"),
        N(e, "sy", "64家单位", 64, "家",
          "Shuyang 2025 says they published annual reports of many units together — how many units?", P + "units"),
        N(e, "sy", "催办提示 84 次", 84, "次", "How many reminder notices (催办提示) did Shuyang send out in 2025?", P + "reminders"),
        N(e, "sy", "化解各类争议纠纷 33 件", 33, "件",
          "Shuyang 2025: how many disputes did they manage to resolve through talking to applicants first?", P + "disputes resolved"),
        N(e, "sy", "失效链接43处", 43, "处", "In 2025 how many broken links did Shuyang fix on its site?", P + "broken links"),
        N(e, "sy", "收取信息处理费共计380元", 380, "元",
          "Worried citizen here, I may need to pay a fee. How much processing fee did Shuyang's agencies collect in 2025 in total?",
          P + "fees in 元"),
        N(e, "kw", "主合办人大代表建议 50 件", 50, "件",
          "STCSM 2024 — how many NPC deputies' suggestions (人大代表建议) did it handle as lead or co-handler?", P + "NPC suggestions"),
        N(e, "kw", "集成式发布政策 121 条", 121, "条", "Shanghai science commission 2024: policies pushed to the integrated release platform?",
          P + "policies pushed"),
        N(e, "kw", "关注人数达 1016823", 1016823, "人",
          "How many followers did the '上海科技' WeChat account have per STCSM's 2024 report?", P + "followers"),
        N(e, "kw", "原创文章 294", 294, "篇", "STCSM 2024, how many original articles on WeChat?", P + "original articles"),
        N(e, "sh25", "新闻发布会 42 场", 42, "场", "Shanghai General Office 2025 — how many municipal press conferences?",
          P + "press conferences"),
        N(e, "sh25", "主动撤回 157 件", 157, "件",
          "Shanghai General Office 2025: how many applicants withdrew their request themselves?", P + "withdrawn requests"),
        N(e, "sh25", "人事任免文件 196 件", 196, "件",
          "Shanghai gov general office, 2025: personnel appointment/removal documents made public — count?", P + "personnel documents"),
        N(e, "sh25", "个语种", 10, "个", "How many languages does the Shanghai international services portal cover per the 2025 report?",
          P + "languages"),
        N(e, "sh19", "发布政策解读共132件", 132, "件",
          "Shanghai General Office 2019: policy interpretations released on the 'China Shanghai' portal?", P + "interpretations"),
        N(e, "sh19", "70家政府网站", 70, "家",
          "How many government websites did Shanghai check every quarter in 2019 (General Office report)?", P + "websites checked"),
    ]


# ------------------------------------------------------------------ [cannot] unanswerable
def cannot():
    P = "[cannot] "
    z, e = "zh", "en"
    return [
        # zh (13)
        U(z, "淮安 24年 的申请人里 女的有多少个？", "no breakdown by sex in the 淮安 2024 report", P + "sex"),
        U(z, "沭阳县 2024年 受理了多少申请", "沭阳县 2024 report not in the corpus (only 2025)", P + "year not held"),
        U(z, "宿迁市政府 2025年 的依申请公开 数量是多少", "宿迁市 report not in the corpus", P + "body not held"),
        U(z, "上海市府办 2025年 申请人 年龄 分布 能给一下吗", "no age breakdown in the report", P + "age"),
        U(z, "涧西区2020年 那个告政府的人 叫什么名字 电话多少", "personal data of an applicant is not in the report", P + "personal data"),
        U(z, "浦东新区 2024年 政府信息公开 年报 里 新收申请多少", "浦东新区 report not in the corpus", P + "body not held"),
        U(z, "沭阳 2025年 哪个乡镇 申请最多", "no township breakdown in the 沭阳 2025 report", P + "township"),
        U(z, "淮安24年 行政诉讼 被纠正的 是哪几个部门的案子", "the report gives no department for corrected cases", P + "department"),
        U(z, "上海科委 2024年 提申请的 是哪几家企业 ？", "applicant names are not in the report", P + "names"),
        U(z, "清江浦区 2024年 行政复议 多少件", "清江浦区 report not in the corpus", P + "body not held"),
        U(z, "涧西 2020年 复议 的申请人 是男是女", "no applicant sex in the report", P + "sex"),
        U(z, "上海市政府办公厅 2019年 做信息公开的 工作人员 有几个人", "the report states no staff number", P + "staff"),
        U(z, "淮安 2024年 的申请 是网上交的多 还是 线下交的多", "no channel breakdown in the 淮安 2024 report", P + "channel"),
        # en (26)
        U(e, "Huaian 2024 applications per month? need the monthly numbers for a chart", "no monthly breakdown in the report",
          P + "month"),
        U(e, "Hongze District 2022 how many disclosure applications received?", "洪泽区 2022 report not in the corpus",
          P + "year not held"),
        U(e, "Nanjing city 2024 info disclosure applications, total?", "南京市 report not in the corpus", P + "body not held"),
        U(e, "STCSM 2023 number of disclosure requests?", "上海市科委 2023 report not in the corpus (only 2024)", P + "year not held"),
        U(e, "Jianxi district 2021 report — how many applications?", "涧西区 2021 report not in the corpus", P + "year not held"),
        U(e, "Shanghai General Office 2022, total requests received please", "上海市府办 2022 report not in the corpus",
          P + "year not held"),
        U(e, "How many staff work on info disclosure at Huaian city govt (2024)?", "the 淮安 report mentions staffing problems but gives no number",
          P + "staff"),
        U(e, "Shuyang 2025 average days to answer an application?", "no response time stated in the report", P + "response time"),
        U(e, "What topic were most of Huaian's 2024 disclosure requests about? housing? land?",
          "the report names no request topics", P + "topic"),
        U(e, "How many disclosure applications will Hongze get in 2025, any forecast?", "forecasts are not in any report",
          P + "forecast"),
        U(e, "Honestly, is Shuyang (2025) doing a better job on transparency than Huaian (2024)? your opinion pls",
          "an opinion, not a figure in the reports", P + "opinion"),
        U(e, "Hangzhou 2023 disclosure report, requests received?", "杭州市 report not in the corpus", P + "body not held"),
        U(e, "Hongze 2023: requests broken down by township (镇/街道)?", "no township breakdown in the report", P + "township"),
        U(e, "How much money did Huai'an spend on running its government website in 2024?",
          "no website cost stated (the 3940 元 are fees collected)", P + "cost"),
        U(e, "STCSM 2024 — how many applications came in by email vs in person?", "no channel breakdown in the report",
          P + "channel"),
        U(e, "Of Shanghai General Office's 859 requests in 2019, how many were about housing demolition?",
          "the report gives no topic breakdown", P + "topic"),
        U(e, "Hongze 2024 — which department received the most applications?", "no department breakdown in the report",
          P + "department"),
        U(e, "Jianxi 2020, what's the name of the official in charge of disclosure?", "no names of officials in the report",
          P + "personal data"),
        U(e, "Shuyang 2025, applications in Q4 (Oct–Dec) only?", "no quarterly breakdown in the report", P + "quarter"),
        U(e, "Huaian's 2025 disclosure report — new requests?", "淮安市 2025 report not in the corpus (only 2024)",
          P + "year not held"),
        U(e, "Shanghai General Office 2025: how many applicants were foreigners?",
          "the report gives no nationality of applicants (its 47% figure is about website visits)", P + "residence"),
        U(e, "Hongze 2023 — how many people visited the district government website?", "no visitor numbers in the report",
          P + "visits"),
        U(e, "Shuyang 2025, why did applications go up compared with 2024? what reason did they give",
          "the report states no such reason and has no 2024 figure", P + "reason"),
        U(e, "Huaian 2024 published 5500-something items — how many of them were videos?", "no breakdown by media type",
          P + "media type"),
        U(e, "Suzhou 2024 information processing fees collected?", "苏州市 report not in the corpus", P + "body not held"),
        U(e, "STCSM 2024 budget spent on disclosure work, in yuan?", "no budget for disclosure work stated", P + "cost"),
    ]


# ------------------------------------------------------------------ [neighbour] trap
def neighbour():
    P = "[neighbour] "
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安 2024年 从上一年接转过来的申请 有几件？不是转到下一年的那个",
          P + "carried over (34) vs carried forward (103); typo 接转", alt=HA_34),
        T(z, "ha", "r.withheld.process_info.total", "淮安24年 因为属于过程性信息 不于公开的 几件", P + "process info (12) vs internal affairs (8)"),
        T(z, "sy", "r.partially_granted.total", "沭阳25年 部分公开 的件数 是多少（不是全部公开那个）", P + "partially (101) vs granted (294)"),
        T(z, "sy", "r.carried_forward.total", "沭阳 2025年 转到下一年 接着办的 几件", P + "carried forward (31) vs carried over (36)",
          alt=SY_31),
        T(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits that came AFTER an admin review (复议后起诉), total?",
          P + "after review (10) vs direct (3)"),
        T(e, "ha", "c.normative_docs.repealed",
          "How many normative documents did Huai'an repeal in 2024 (废止 — not the newly issued ones)?", P + "repealed (26) vs issued (8)"),
        T(e, "sh25", "r.unable.needs_creation.total",
          "Shanghai General Office 2025: requests it couldn't meet because the info would have to be newly compiled — not the 'we don't hold it' ones",
          P + "needs creation (48) vs not held (513)"),
        T(e, "jx", "c.procurement.amount", "Jianxi 2020 centralized procurement — the money amount, not the number of projects",
          P + "amount (28.6232 万元) vs projects (8)", **M),
        T(e, "sh19", "c.regulations.total_published",
          "Shanghai General Office 2019: total regulations open to the public overall (对外公开总数量), not just the new ones",
          P + "total published (524) vs made (13)"),
        T(e, "ha", "r.received.legal_services",
          "Huaian 2024: new applications from legal service institutions (法律服务机构) — careful, not the businesses column",
          P + "legal services (61) vs commercial (53)"),
        T(e, "ha", "a.review.other", "Huaian 2024 reconsiderations that ended with 'other result' (其他结果)?",
          P + "other (178) vs corrected (64)", alt=hrev(178)),
        T(e, "kw", "c.normative_docs.in_force", "STCSM 2024 — normative documents in force in total, not the ones issued in 2024",
          P + "in force (55) vs issued (13)"),
        T(e, "hz24", "a.litigation_after_review.total",
          "Hongze 2024: suits filed after reconsideration (复议后起诉) — how many? not direct suits", P + "after review (3) vs direct (1)"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
