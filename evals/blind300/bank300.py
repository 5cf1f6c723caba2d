"""Question bank of blind evaluation set 300 (evals/blind300): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

All wordings were written for this set. The bank names only bodies, keys, keywords and the
question wording; every expected number is computed by helpers300 (gold JSON, derived keys, the
printed rows of the three reports without gold, sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市府办 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib300 as L  # noqa: E402
from helpers300 import E, EN, EU, ED, ER, C, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: the same specs blind6's text_cells.json
# verified (row label / anchor line, index of the number after it). Nothing new.
AFTER_HZ24 = "四、政府信息公开行政复议、行政诉讼情况"
AFTER_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AFTER_HZ24, 14),
        "appeals.litigation_direct.total": ("after", AFTER_HZ24, 9),
        "appeals.review.total": ("after", AFTER_HZ24, 4),
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
        "appeals.litigation_after_review.total": ("after", AFTER_SH25, 14),
        "appeals.litigation_direct.pending": ("after", AFTER_SH25, 8),
        "appeals.litigation_direct.total": ("after", AFTER_SH25, 9),
        "appeals.review.pending": ("after", AFTER_SH25, 3),
        "appeals.review.total": ("after", AFTER_SH25, 4),
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

W = ["r.withheld.%s.total" % s for s in L.WITHHELD]
MONEY = {"unit": "万元"}

# Text sentences that state the same number as a table cell: (keyword, number).
T_HA_RECV = ("3119", 3119)
T_HA_OVER = ("上年度结转申请 34", 34)
T_HA_FWD = ("103 件顺延", 103)
T_HA_REVIEW = ("行政复议 351", 351)
T_HA_SUITS = ("行政诉讼 46", 46)
T_HA_SUIT_CORR = ("结果纠正 5 件", 5)
T_HA_REG = ("市政府规章 1 件", 1)
T_SY_749 = ("749", 749)
T_SY_ORG = ("法人或其他组织申请 8", 8)
T_SY_DONE = ("共办理 718", 718)
T_SY_FWD = ("结转下一年 31", 31)
T_SY_CASES = ("共办理相关案件 74", 74)
T_SH19_RECV = ("受理政府信息公开申请859", 859)
T_SH19_DONE = ("答复政府信息公开申请805", 805)
T_SH19_OVER = ("上年度结转申请18", 18)
T_SH19_FWD = ("另有72件", 72)
T_SH19_REVIEW = ("行政复议7件", 7)
T_SH19_SUITS = ("诉讼9件", 9)
T_SH19_REG = ("规章13件", 13)
T_SH19_NOTPROC = ("不予处理158件", 158)
T_SH25_RECV = ("受理政府信息公开申请 1295", 1295, "市政府共受理")
T_SH25_DONE = ("办结 1191", 1191, "市政府共受理")
T_SH25_OVER = ("上年结转 189", 189, "市政府共受理")
T_KW_RECV = ("收到政府信息公开申请 34", 34, "全年收到")
T_KW_OVER = ("上年结转政府信息公开申请 2", 2, "全年收到")
T_KW_GRANT = ("同意公开答复 9", 9)
T_KW_NORM = ("行政规范性文件 13 件", 13)
T_JX_RECV = ("共收到依申请公开17件", 17)
T_JX_DONE = ("办结15件", 15)
T_JX_FWD = ("在办2件", 2)
T_HZ23_RECV = ("受理政府信息公开申请 21", 21)


def P(lang, b, keys, q, what, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + what)


def SUM(lang, b, keys, q, what, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + what)


def DIFF(lang, b1, b2, keys, q, what, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + what)


def RANK(lang, bodies, keys, order, q, what, **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + what)


def TXT(lang, b, keyword, value, unit, q, what, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + what)


def NO(lang, q, why, what):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + what)


def TRAP(lang, b, keys, q, what, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + what)


def FU(lang, turns, what):
    return C("followup", lang, turns, "[followup] " + what)


# ------------------------------------------------------------------ [plain]
def plain():
    return [
        # zh
        P("zh", "ha", "r.received.legal_services",
          "淮安市政府2024年那份年报里，律师事务所这类法律服务机构一共递了几件公开申请？",
          "legal-service column of new requests, named as 律师事务所这类"),
        P("zh", "ha", "r.withheld.admin_query.total",
          "24年淮安市政府以“属于行政查询事项”为由没给公开的申请有多少件",
          "withheld: administrative query, two-digit year"),
        P("zh", "ha", "r.other.overdue_correction.total",
          "淮安2024年，申请人过了期限也不补正材料、政府干脆不再处理的，一共几件？",
          "other processing: no correction in time, colloquial"),
        P("zh", "ha", "c.coercion.decisions",
          "二〇二四年淮安全市的行政强制处理决定数是多少？",
          "active table, year in Chinese numerals"),
        P("zh", "ha", "a.litigation_after_review.pending",
          "淮安市政府2024年报里，先走复议再去法院打官司的案子，到年底还有几件没判下来？",
          "appeals: after-review lawsuits pending, colloquial"),
        P("zh", "ha", "r.carried_forward.natural_person",
          "淮安市人民政府2024年个人提的申请里，有多少要挪到下一年接着办？",
          "carried forward, natural-person column"),
        P("zh", "ha", "r.withheld.third_party.total",
          "淮安市2024年以保护第三方合法权益为理由拒绝公开的有几件？",
          "withheld: third party"),
        P("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县政府2025年因为是三类内部事务信息所以不公开的，有几件？",
          "withheld: internal affairs"),
        P("zh", "sy", "r.partially_granted.legal_services",
          "沭阳25年法律服务机构提出的申请，最后部分公开的有几件",
          "partial disclosure, legal-service column, 25年"),
        P("zh", "sy", "c.normative_docs.in_force",
          "截至2025年底，沭阳县现行有效的行政规范性文件还剩多少件？",
          "normative documents in force"),
        P("zh", "sy", "c.fees.amount",
          "沭阳县2025年行政事业性收费一共收了多少钱", "fee amount in 万元", **MONEY),
        P("zh", "sy", "a.review.pending",
          "沭阳县政府2025年度信息公开类行政复议，到年底还没审结的有多少？",
          "appeals: review pending"),
        P("zh", "sy", "r.other.overdue_fee.total",
          "2025年沭阳有几件申请是因为申请人没按收费通知交钱、被终止处理的？",
          "other processing: unpaid fee"),
        P("zh", "sh19", "c.procurement.amount",
          "上海市政府办公厅2019年政府集中采购花了多少钱？",
          "procurement amount (printed 251000元 = 25.1 万元)", **MONEY),
        P("zh", "sh19", "r.unable.not_held.commercial",
          "2019年上海市府办收到的企业申请里，因为本机关不掌握、没法提供的有几件？",
          "not held, commercial column (row total printed blank; one column asked)"),
        P("zh", "sh19", "r.not_processed.duplicate.commercial",
          "19年上海市政府办公厅：企业提交的重复申请、被不予处理的有多少件？",
          "duplicate requests, commercial column, 19年"),
        P("zh", "sh19", "r.received.legal_person",
          "上海市人民政府办公厅2019年新收申请中，法人或其他组织加起来一共多少件？",
          "derived legal_person of new requests"),
        P("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年行政许可一共作出了多少个处理决定", "licensing decisions"),
        P("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽2023年有几件申请因为没有现成的信息、得另外制作而没法提供？",
          "unable: needs creation"),
        P("zh", "hz23", "r.withheld.total",
          "2023年洪泽区政府不予公开的申请，各种理由合在一起几件", "derived withheld total"),
        P("zh", "hz23", "c.normative_docs.repealed",
          "洪泽区政府2023年废止了多少件行政规范性文件？", "normative documents repealed"),
        P("zh", "hz24", "c.fees.amount",
          "洪泽区2024年行政事业性收费金额是多少万元？", "fee amount (text row)", **MONEY),
        P("zh", "hz24", "r.unable.not_held.total",
          "2024年洪泽区政府答复“本机关不掌握”的申请有几件？", "not held (text row)"),
        P("zh", "hz24", "c.punishment.decisions",
          "24年洪泽区行政处罚决定作了多少个", "penalty decisions (text row), 24年"),
        P("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年政府集中采购了几个项目？", "procurement projects"),
        P("zh", "jx", "r.unable.not_held.total",
          "涧西区人民政府办公室2020年因为手里没有这条信息而无法提供的申请有多少？",
          "not held, colloquial"),
        P("zh", "kw", "r.received.commercial",
          "上海科委2024年收到企业提的信息公开申请有几件？", "commercial column (text row)"),
        P("zh", "kw", "c.licensing.decisions",
          "市科委2024年行政许可处理决定数量是多少", "licensing decisions (text row)"),
        P("zh", "sh25", "r.unable.not_held.total",
          "上海市政府办公厅2025年以“本机关不掌握相关政府信息”答复的有多少件？",
          "not held (text row)"),
        P("zh", "sh25", "a.review.pending",
          "2025年上海市府办的行政复议案子里，还有几件没结？", "review pending (text row)"),
        P("zh", "sh25", "r.carried_over.legal_services",
          "上海市府办2025年报：从上一年结转过来的申请里，法律服务机构的有几件？",
          "carried over, legal-service column (text row)"),
        # en
        P("en", "ha", "r.received.commercial",
          "How many disclosure requests did businesses file with the Huai'an city government in 2024?",
          "commercial column of new requests"),
        P("en", "ha", "r.granted.legal_services",
          "For Huai'an in 2024, how many requests from legal service firms ended up fully disclosed?",
          "granted, legal-service column"),
        P("en", "ha", "r.not_processed.petition.total",
          "Huaian 2024: how many applications were set aside because they were really complaints or petitions?",
          "not processed: petition-type"),
        P("en", "ha", "c.normative_docs.in_force",
          "How many normative documents did Huai'an have in effect according to its 2024 report?",
          "normative documents in force"),
        P("en", "ha", "a.review.corrected",
          "In 2024, in how many administrative reconsideration cases over Huai'an's disclosure decisions was the decision corrected?",
          "appeals: review corrected"),
        P("en", "ha", "r.withheld.process_info.total",
          "Huai'an city government, 2024 -- how many requests were refused because the material was internal process information, like drafts and deliberations?",
          "withheld: process information, paraphrased"),
        P("en", "sy", "r.received.natural_person",
          "Shuyang County, 2025: how many brand-new requests came from private individuals? Don't count anything carried over.",
          "new requests from natural persons; the text's 741 includes carried-over ones, the question excludes them"),
        P("en", "sy", "r.not_processed.duplicate.total",
          "How many repeat applications did Shuyang County decline to handle in 2025?",
          "not processed: duplicates"),
        P("en", "sy", "c.licensing.decisions",
          "What was Shuyang's count of administrative licensing decisions for 2025?",
          "licensing decisions"),
        P("en", "sy", "a.litigation_after_review.upheld",
          "Shuyang County 2025 -- lawsuits filed after a reconsideration where the government's decision was upheld?",
          "appeals: after-review upheld"),
        P("en", "sy", "r.withheld.admin_query.total",
          "How many of Shuyang County's 2025 requests got a refusal on the ground that they were 'administrative query matters'?",
          "withheld: administrative query"),
        P("en", "sy", "r.unable.not_held.total",
          "FY2025 Shuyang: count of requests where the county said it simply didn't hold the information.",
          "not held, FY wording"),
        P("en", "sh19", "r.received.commercial",
          "How many requests from commercial enterprises did the Shanghai municipal government's general office receive in 2019?",
          "commercial column of new requests"),
        P("en", "sh19", "r.withheld.state_secret.natural_person",
          "In 2019, how many individual requests did the Shanghai General Office refuse on state-secret grounds?",
          "withheld: state secret, natural-person column (row total printed blank)"),
        P("en", "sh19", "a.litigation_direct.upheld",
          "In 2019, how many direct lawsuits (no reconsideration first) against the Shanghai General Office ended with the decision upheld?",
          "appeals: direct lawsuits upheld"),
        P("en", "sh19", "r.not_processed.petition.natural_person",
          "Shanghai General Office, 2019: requests from individuals that were rejected as complaint- or petition-type?",
          "not processed: petition, natural-person column"),
        P("en", "hz23", "c.punishment.decisions",
          "How many administrative penalty decisions did Hongze District report for 2023?",
          "penalty decisions"),
        P("en", "hz23", "r.partially_granted.total",
          "Hongze District 2023 -- requests that were answered with a partial disclosure?",
          "partially granted"),
        P("en", "hz23", "a.review.upheld",
          "For Hongze in 2023, how many reconsideration cases upheld the district's decision?",
          "appeals: review upheld (the printed review total is 0, not asked)"),
        P("en", "hz24", "c.licensing.decisions",
          "Hongze District government's 2024 report: number of administrative licensing decisions?",
          "licensing decisions (text row)"),
        P("en", "hz24", "r.granted.total",
          "How many 2024 requests did Hongze District grant in full?", "granted (text row)"),
        P("en", "hz24", "a.litigation_after_review.total",
          "Lawsuits brought after reconsideration against Hongze District in 2024 -- how many altogether?",
          "after-review lawsuits (text row)"),
        P("en", "jx", "a.review.total",
          "How many administrative reconsiderations over information disclosure did the Jianxi District government office face in 2020?",
          "appeals: review total"),
        P("en", "jx", "r.granted.total",
          "Jianxi District office, 2020: how many applications were granted in full?", "granted"),
        P("en", "jx", "c.normative_docs.made",
          "How many normative documents did Jianxi District's government office newly draw up in 2020?",
          "2019-format active table: made"),
        P("en", "kw", "r.carried_over.total",
          "Shanghai science commission: how many requests were left over from before and brought into 2024?",
          "carried over (text row); the text states the same 2", alt=T_KW_OVER),
        P("en", "kw", "c.normative_docs.in_force",
          "How many normative documents did STCSM have in force in 2024?",
          "normative documents in force (text row)"),
        P("en", "sh25", "r.unable.needs_creation.total",
          "Shanghai General Office 2025: how many requests couldn't be met because the data would have to be compiled from scratch?",
          "unable: needs creation (text row)"),
        P("en", "sh25", "a.litigation_direct.total",
          "In 2025, how many lawsuits went straight to court against the Shanghai municipal government's general office?",
          "direct lawsuits (text row)"),
        P("en", "sh25", "r.received.commercial",
          "Number of requests from companies to the Shanghai General Office in 2025?",
          "commercial column (text row)"),
    ]


# ------------------------------------------------------------------ [combine]
def combine():
    return [
        SUM("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"],
            "淮安市政府2024年因为涉及国家秘密、或者法律法规明令禁止而不公开的，合计几件？",
            "2 withheld items"),
        SUM("zh", "sy", ["a.review.corrected", "a.litigation_direct.corrected",
                         "a.litigation_after_review.corrected"],
            "沭阳2025年的复议和两类诉讼里，结果被纠正的一共有多少？", "3 corrected cells"),
        SUM("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
            "洪泽区2023年“不掌握”和“需要另行制作”这两种无法提供的情况，加一起多少件",
            "2 unable items"),
        SUM("zh", "jx", ["a.review.total", "a.litigation_direct.total",
                         "a.litigation_after_review.total"],
            "涧西区政府办2020年复议、直接起诉、复议后起诉，总共涉及几件案子？",
            "3 appeals totals"),
        SUM("zh", "sh19", ["r.not_processed.petition.natural_person",
                           "r.not_processed.petition.commercial",
                           "r.not_processed.duplicate.natural_person",
                           "r.not_processed.duplicate.commercial"],
            "2019年上海市府办因为信访举报投诉类和重复申请被不予处理的，个人和企业的都算上，一共有多少？",
            "4 cells (row totals printed blank); the text's 不予处理158件 states the same number",
            alt=T_SH19_NOTPROC),
        SUM("en", "ha", W,
            "Add up every refusal ground for Huai'an in 2024 -- state secrets all the way down to administrative queries. How many requests were withheld in total?",
            "8 withheld items"),
        SUM("en", "sy", ["r.granted.total", "r.partially_granted.total"],
            "Shuyang 2025: full disclosures plus partial disclosures, combined?", "2 rows"),
        SUM("en", "kw", ["r.received.total", "r.carried_over.total"],
            "STCSM 2024 -- new requests plus the ones carried in from before: what's the combined caseload?",
            "2 text rows"),
        SUM("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
            "Shanghai General Office 2025: petition-type requests plus duplicate requests that were set aside -- how many together?",
            "2 text rows"),
        SUM("en", "hz24", ["r.granted.total", "r.unable.not_held.total"],
            "Hongze District 2024: fully granted requests plus 'information not held' replies, combined?",
            "2 text rows"),
        DIFF("zh", "hz23", "hz24", "c.fees.amount",
             "洪泽区的行政事业性收费金额，2024年跟2023年比差了多少万元？",
             "fee amount 2023->2024", **MONEY),
        DIFF("zh", "sh19", "sh25", "a.litigation_direct.total",
             "上海市府办未经复议直接起诉的行政诉讼，2019年到2025年增加了几件？",
             "direct lawsuits 2019->2025"),
        DIFF("zh", "hz23", "hz24", "r.granted.total",
             "洪泽区予以公开的申请数，2023年和2024年相比变化了多少？",
             "granted 2023->2024"),
        DIFF("zh", "sh19", "sh25", "a.review.total",
             "上海市政府办公厅的信息公开行政复议，2025年比2019年多了多少件？",
             "review total 2019->2025"),
        DIFF("en", "hz23", "hz24", "c.punishment.decisions",
             "By how much did Hongze's administrative penalty decisions change between 2023 and 2024?",
             "penalty decisions 2023->2024"),
        DIFF("en", "sh19", "sh25", "r.total_processed.total",
             "How many more requests did the Shanghai General Office finish handling in 2025 than in 2019 (table grand total)?",
             "total processed 2019->2025"),
        DIFF("en", "hz23", "hz24", "c.coercion.decisions",
             "Hongze District's administrative coercion decisions: what's the change from 2023 to 2024?",
             "coercion decisions 2023->2024"),
    ]


# ------------------------------------------------------------------ [rank]
def rank():
    return [
        RANK("zh", ["jx", "hz23", "sy"], "r.received.total", "desc",
             "2020年的涧西区政府办、2023年的洪泽区、2025年的沭阳县，哪家新收的申请最多？",
             "new requests, 3 bodies"),
        RANK("zh", ["jx", "hz23", "sh19"], "a.review.upheld", "desc",
             "比一比：涧西区政府办2020年、洪泽区2023年、上海市府办2019年，复议结果维持的哪个最多？",
             "review upheld, 3 bodies"),
        RANK("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "淮安市2024年、洪泽区2023年、沭阳县2025年，这三份年报里谁的行政许可处理决定数最高？",
             "licensing decisions, 3 bodies (county above city)"),
        RANK("zh", ["jx", "ha", "hz23", "sy"], "r.carried_forward.total", "asc",
             "涧西区2020、淮安市2024、洪泽区2023、沭阳县2025这四个里，结转到下一年的申请哪个最少？",
             "carried forward, 4 bodies, ascending"),
        RANK("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
             "个人提的信访举报投诉类申请被不予处理的，淮安2024年、沭阳2025年、上海市府办2019年谁最多？",
             "petition-type, natural-person column, 3 bodies"),
        RANK("en", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
             "Which had the most direct lawsuits: Jianxi District office in 2020, Shuyang County in 2025, or the Shanghai General Office in 2019?",
             "direct lawsuits, 3 bodies"),
        RANK("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which reported the smallest administrative fee revenue?",
             "fee amount, 3 bodies, ascending", **MONEY),
        RANK("en", ["jx", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
             "Looking at 'information not held' answers to individuals: Jianxi District office 2020, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 -- which is highest?",
             "not held, natural-person column, 4 bodies"),
        RANK("en", ["hz23", "sy", "sh19"], "r.received.legal_person", "desc",
             "Which received the most new requests from organisations (legal persons): Hongze District in 2023, Shuyang County in 2025 or the Shanghai General Office in 2019?",
             "derived legal_person, 3 bodies"),
    ]


# ------------------------------------------------------------------ [textonly]
def textonly():
    return [
        TXT("zh", "ha", "新闻发布会 12 场", 12, "场",
            "淮安市政府2024年一共开了几场新闻发布会？", "press conferences"),
        TXT("zh", "ha", "公报》6 期", 6, "期",
            "2024年《淮安市人民政府公报》出了几期？", "gazette issues"),
        TXT("zh", "sy", "催办提示 84", 84, "次",
            "沭阳县2025年的“倒计时报警器”一共发了多少次催办提示？", "reminders sent"),
        TXT("zh", "sy", "清理过期信息697", 697, "条",
            "沭阳2025年清理掉的过期信息有多少条", "outdated items removed"),
        TXT("zh", "sy", "爆款内容52", 52, "条",
            "沭阳县政府2025年的新媒体出了多少条爆款？", "viral posts"),
        TXT("zh", "sh25", "人事任免文件 196", 196, "件",
            "上海市府办2025年主动公开的人事任免文件有多少件？", "personnel appointment documents",
            frm="全年主动公开"),
        TXT("zh", "sh25", "主动撤回 157", 157, "件",
            "2025年向上海市政府办公厅申请公开、后来申请人自己撤回的有几件？", "withdrawn requests"),
        TXT("zh", "sh19", "权威发布共计38次", 38, "次",
            "上海市政府2019年对常务会议重要议题做了多少次权威发布？", "executive-meeting releases"),
        TXT("zh", "sh19", "70家政府网站", 70, "家",
            "2019年上海每季度全面检查的政府网站有多少家？（市府办年报里的数）", "websites checked"),
        TXT("zh", "kw", "直播 118 场", 118, "场",
            "上海科委的视频号2024年做了多少场直播？", "live streams"),
        TXT("zh", "hz24", "公开政府常务会议 7", 7, "期",
            "洪泽区2024年公开了几期政府常务会议？", "executive meetings published"),
        TXT("zh", "jx", "601项事项", 601, "项",
            "涧西区政府办2020年梳理出的政务公开事项一共多少项？", "catalogued items", frm="梳理细化"),
        TXT("zh", "hz23", "信息处理费 0 元", 0, "元",
            "洪泽区2023年收了多少政府信息公开信息处理费？", "processing fee 0 yuan",
            frm="2023 年，区政府"),
        TXT("en", "ha", "政策解读21", 21, "个",
            "How many policy explainers did the Huai'an government produce in 2024?", "policy explainers"),
        TXT("en", "ha", "全年组织 4 次", 4, "次",
            "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?",
            "inspections"),
        TXT("en", "sy", "办前主动沟通 49", 49, "次",
            "In 2025, how many times did Shuyang County proactively contact applicants before handling their requests?",
            "pre-handling contacts"),
        TXT("en", "sy", "失效链接43", 43, "处",
            "How many broken links did Shuyang fix on its website during 2025?", "broken links"),
        TXT("en", "sy", "64家单位", 64, "家",
            "For 2025, how many units' disclosure annual reports did Shuyang County publish together in one batch?",
            "units' annual reports"),
        TXT("en", "sh25", "新闻通气会 19", 19, "场",
            "How many press briefings (not full press conferences) did the Shanghai municipal government hold in 2025?",
            "press briefings"),
        TXT("en", "sh25", "办事服务指引 403", 403, "项",
            "According to the Shanghai General Office's 2025 report, how many service guides has the international services portal published?",
            "service guides"),
        TXT("en", "sh25", "公报》24 期", 24, "期",
            "How many issues of the Shanghai municipal gazette were edited in 2025?", "gazette issues"),
        TXT("en", "sh19", "人事任免文件141", 141, "件",
            "How many personnel appointment and removal documents did the Shanghai General Office release proactively in 2019?",
            "personnel documents", frm="2019年，通过"),
        TXT("en", "sh19", "政策解读共132", 132, "件",
            "In 2019, how many policy interpretations were posted on the 'China Shanghai' portal?",
            "policy interpretations"),
        TXT("en", "kw", "原创文章 294", 294, "篇",
            "How many original articles did the 'Shanghai Keji' WeChat account put out in 2024?",
            "original WeChat articles"),
        TXT("en", "kw", "集成式发布政策 121", 121, "条",
            "How many policies did the Shanghai science commission push to the integrated policy release in 2024?",
            "integrated policy releases"),
        TXT("en", "hz24", "解读信息发布 7", 7, "条",
            "How many policy interpretation posts did Hongze District put out in 2024?",
            "interpretation posts"),
    ]


# ------------------------------------------------------------------ [cannot]
def cannot():
    return [
        NO("zh", "淮安市政府2024年的申请人里，男女比例大概是多少？",
           "the report does not break applicants down by sex", "sex breakdown"),
        NO("zh", "沭阳县2025年信息公开申请中，涉及征地拆迁的有多少件？",
           "no topic breakdown of requests is printed", "topic breakdown"),
        NO("zh", "洪泽区2022年收到了几件政府信息公开申请？",
           "the 洪泽区 2022 report is not in the corpus", "year not held"),
        NO("zh", "南京市2024年政府信息公开申请数量是多少？",
           "no report of 南京市 is held", "body not held"),
        NO("zh", "上海市府办2025年哪个月份收到的申请最多？",
           "no monthly figures are printed", "month breakdown"),
        NO("zh", "涧西区政府办2020年负责信息公开的工作人员有几个人？",
           "the report names no staff number (only says the team is weak)", "staff"),
        NO("zh", "照这个趋势，沭阳县2026年会收到多少件申请？",
           "a forecast; no report states it", "forecast"),
        NO("zh", "你觉得淮安市政府2024年信息公开工作做得怎么样，能打几分？",
           "an opinion, not a reported figure", "opinion"),
        NO("zh", "上海科委2024年申请信息公开的那些人都叫什么名字？",
           "personal data; not in the report", "personal data"),
        NO("zh", "洪泽区2024年通过信函方式提交的申请有几件？",
           "no breakdown by submission channel", "channel"),
        NO("zh", "淮安市2024年下面各个县区分别收到多少申请？",
           "the city report gives no per-county/district figures", "district breakdown"),
        NO("zh", "上海市政府办公厅2019年办一件依申请公开平均花多少钱？",
           "no cost per request is reported", "cost"),
        NO("zh", "沭阳县2024年行政复议有几件？",
           "only the 2025 沭阳 report is held", "year not held"),
        NO("zh", "浦东新区2025年信息公开年报里不予公开多少件？",
           "no 浦东新区 report is held", "body not held"),
        NO("zh", "涧西区2021年的依申请公开数量是多少？",
           "only the 2020 涧西 report is held", "year not held"),
        NO("zh", "上海市府办2025年的申请人中60岁以上的有多少？",
           "no age breakdown is printed", "age"),
        NO("zh", "洪泽区2023年每件申请平均用了几个工作日答复？",
           "no response times are reported (only that all were answered in time)",
           "response time"),
        NO("en", "How many of the people who sent Huai'an requests in 2024 lived outside the city?",
           "no residence breakdown", "residence"),
        NO("en", "What share of Shuyang County's 2025 requests were about housing?",
           "no topic breakdown", "topic"),
        NO("en", "How many disclosure requests did Suqian city receive in 2024?",
           "no 宿迁市 report is held", "body not held"),
        NO("en", "What were the Shanghai science commission's request numbers for 2023?",
           "only the commission's 2024 report is held", "year not held"),
        NO("en", "In which quarter of 2025 did the Shanghai General Office get the most requests?",
           "no quarterly figures", "quarter"),
        NO("en", "How many staff work on open government at Hongze District, per its 2024 report?",
           "no staff number in the report", "staff"),
        NO("en", "What was Huai'an city government's budget for disclosure work in 2024?",
           "no budget or cost figure is reported", "cost"),
        NO("en", "How many requests is Shuyang going to receive in 2026?",
           "a forecast", "forecast"),
        NO("en", "Did the Jianxi District office do a better job in 2020 than other districts in Luoyang?",
           "an opinion / comparison with bodies not held", "opinion"),
        NO("en", "Give me the phone number of whoever filed the most requests with the Shanghai General Office in 2025.",
           "personal data; not in the report", "personal data"),
        NO("en", "How many of Huai'an's 2024 disclosure requests arrived by email?",
           "no breakdown by channel", "channel"),
        NO("en", "Which industries were the companies that applied to Shuyang in 2025 from?",
           "no industry breakdown", "industry"),
        NO("en", "How many requests did Qingjiangpu District handle in 2024?",
           "no 清江浦区 report is held", "body not held"),
        NO("en", "What was the Shanghai General Office's number of disclosure requests in 2022?",
           "only its 2019 and 2025 reports are held", "year not held"),
        NO("en", "For Hongze District in 2023, how many requests came from people under 30?",
           "no age breakdown", "age"),
        NO("en", "How many days on average did the Shanghai science commission take to answer a request in 2024?",
           "no response times are reported", "response time"),
        NO("en", "In 2024 Huai'an withheld 105 requests as administrative queries -- what were those requests actually about?",
           "the report gives no content or topics for that row", "reason/topic not stated"),
    ]


# ------------------------------------------------------------------ [neighbour]
def neighbour():
    return [
        TRAP("zh", "sy", "r.carried_over.total",
             "沭阳县2025年从上一年结转过来的申请有几件？",
             "上年结转 36 vs 结转下年 31"),
        TRAP("zh", "sy", "a.litigation_after_review.total",
             "沭阳县2025年是先复议、之后又起诉到法院的行政诉讼，有几件？",
             "复议后起诉 10 vs 直接起诉 3"),
        TRAP("zh", "ha", "c.normative_docs.repealed",
             "淮安市2024年废止掉的行政规范性文件有多少件？",
             "废止 26 vs 制发 8 / 现行有效 66"),
        TRAP("zh", "sy", "r.unable.needs_creation.total",
             "沭阳县2025年因为得重新制作、手头没有现成信息而无法提供的申请有几件？",
             "另行制作 2 vs 不掌握 111"),
        TRAP("zh", "sh19", "r.withheld.process_info.natural_person",
             "上海市府办2019年个人申请中，以四类过程性信息为由不公开的有几件？",
             "过程性信息 3 vs 内部事务 5 (natural-person column)"),
        TRAP("en", "ha", "r.partially_granted.total",
             "How many Huai'an requests in 2024 got only a partial disclosure?",
             "部分公开 454 vs 予以公开 1362"),
        TRAP("en", "ha", "r.unable.not_held.legal_services",
             "Huai'an 2024 -- how many requests from legal service institutions (not companies) got an 'information not held' answer?",
             "法律服务机构 10 vs 商业企业 12"),
        TRAP("en", "jx", "c.procurement.amount",
             "What was the total value of Jianxi District office's centralized procurement in 2020?",
             "采购金额 28.6232 万元 vs 项目数 8", **MONEY),
        TRAP("en", "sh19", "c.normative_docs.total_published",
             "Shanghai General Office 2019: how many normative documents had been published in total, cumulatively, not just that year?",
             "对外公开总数 368 vs 新制作 60"),
    ]


# ------------------------------------------------------------------ [followup]
def followup_zh():
    return [
        FU("zh", [
            ("洪泽区2023年行政强制决定有多少个？", E("hz23", "c.coercion.decisions")),
            ("24年的呢", E("hz24", "c.coercion.decisions")),
            ("两年一比，少了多少？", ED("hz23", "hz24", "c.coercion.decisions")),
            ("2024年行政处罚决定又是多少个", E("hz24", "c.punishment.decisions")),
        ], "switch year, compare the two years, then switch row"),
        FU("zh", [
            ("上海市府办2019年新收了多少件信息公开申请", E("sh19", "r.received.total", alt=T_SH19_RECV)),
            ("换成2025年看看", E("sh25", "r.received.total", alt=T_SH25_RECV)),
            ("那2025年比2019年多出多少件？", ED("sh19", "sh25", "r.received.total")),
        ], "switch year, then difference"),
        FU("zh", [
            ("淮安市2024年行政处罚决定有多少个", E("ha", "c.punishment.decisions")),
            ("不对，我想问的是行政许可", E("ha", "c.licensing.decisions")),
        ], "self-correction: row"),
        FU("zh", [
            ("沭阳县2025年不予公开的申请总共几件？", E("sy", "r.withheld.total")),
            ("这里面属于行政执法案卷的有几件", E("sy", "r.withheld.enforcement_files.total")),
            ("属于三类内部事务信息的呢", E("sy", "r.withheld.internal_affairs.total")),
            ("这些分别是县里哪些部门办的？", EU("no department breakdown is printed")),
        ], "of those, switch sub-row; ends unanswerable (department breakdown)"),
        FU("zh", [
            ("淮安2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
            ("这个数包括部分公开的吗？部分公开单独是多少？", E("ha", "r.partially_granted.total")),
            ("部分公开的里面，企业申请的占几件？", E("ha", "r.partially_granted.commercial")),
        ], "check the figure, then narrow"),
        FU("zh", [
            ("沭阳县2025年通过政府门户网站主动公开了多少条信息？", EN("sy", "4511", 4511, "条")),
            ("同一年他们制发了几件行政规范性文件？", E("sy", "c.normative_docs.issued")),
        ], "narrative number, then table number, same body"),
        FU("zh", [
            ("2024年淮安市政府收到的申请里，“本机关不掌握”的有多少？", E("ha", "r.unable.not_held.total")),
            ("洪泽区同一年呢？", E("hz24", "r.unable.not_held.total")),
            ("淮安那些里面，法律服务机构提的有几件", E("ha", "r.unable.not_held.legal_services")),
        ], "switch body, then back and narrow column"),
        FU("zh", [
            ("沭阳县2025年本年新收的政府信息公开申请是多少件（就看表里那一行）？", E("sy", "r.received.total")),
            ("上年结转过来的有几件", E("sy", "r.carried_over.total")),
            ("这两项加起来呢", E("sy", ["r.received.total", "r.carried_over.total"], alt=T_SY_749)),
        ], "add up the two rows just asked (the text's 受理749 states the sum)"),
        FU("zh", [
            ("淮安市2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=T_HA_REVIEW)),
            ("行政诉讼里没经过复议、直接起诉的有多少", E("ha", "a.litigation_direct.total")),
            ("复议后起诉的呢", E("ha", "a.litigation_after_review.total")),
            ("这两类诉讼合计多少？", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
                                    alt=T_HA_SUITS)),
        ], "switch appeals group twice, then add up"),
        FU("zh", [
            ("洪泽区2024年现行有效的行政规范性文件有几件？", E("hz24", "c.normative_docs.in_force")),
            ("2022年的时候是多少？", EU("the 洪泽区 2022 report is not held")),
        ], "switch to a year not held"),
        FU("zh", [
            ("上海市府办2025年上年结转的申请里，自然人有多少？", E("sh25", "r.carried_over.natural_person")),
            ("法律服务机构那一栏呢", E("sh25", "r.carried_over.legal_services")),
            ("总计是多少", E("sh25", "r.carried_over.total", alt=T_SH25_OVER)),
            ("结转到下一年继续办的总计呢", E("sh25", "r.carried_forward.total")),
        ], "switch column twice, then row"),
        FU("zh", [
            ("上海科委2024年新收了多少件申请？", E("kw", "r.received.total", alt=T_KW_RECV)),
            ("其中个人申请的有多少？", E("kw", "r.received.natural_person")),
            ("企业的呢", E("kw", "r.received.commercial")),
            ("个人申请者里男的女的各多少？", EU("no sex breakdown")),
        ], "of those, switch column; ends unanswerable (sex)"),
        FU("zh", [
            ("上海市政府办公厅2019年复议案件总共几件？", E("sh19", "a.review.total", alt=T_SH19_REVIEW)),
            ("不对，我说的是2025年的", E("sh25", "a.review.total")),
            ("这55件里面还没审结的有几件", E("sh25", "a.review.pending")),
        ], "self-correction: year; then of those"),
        FU("zh", [
            ("淮安市政府2024年收了多少政府信息公开信息处理费？", EN("ha", "3940", 3940, "元", "2024 年，市政府严格")),
            ("那一年行政事业性收费金额又是多少？", E("ha", "c.fees.amount", **MONEY)),
            ("其中交通罚没收入占多少？", EU("the fee amount is not broken down")),
        ], "narrative then table; ends unanswerable"),
        FU("zh", [
            ("洪泽区2023年因为信访举报投诉类不予处理的申请几件", E("hz23", "r.not_processed.petition.total")),
            ("重复申请的有几件", E("hz23", "r.not_processed.duplicate.total")),
            ("那“不予处理”这一大类总共呢？", E("hz23", "r.not_processed.total")),
        ], "switch row, then the parent row (derived)"),
        FU("zh", [
            ("沭阳县2025年行政处罚决定有多少个？", E("sy", "c.punishment.decisions")),
            ("宿迁市本级同一年的数字呢？", EU("no 宿迁市 report is held")),
        ], "switch to a body not held"),
        FU("zh", [
            ("市科委2024年作出的行政许可决定有几个？", E("kw", "c.licensing.decisions")),
            ("行政处罚呢", E("kw", "c.punishment.decisions")),
            ("2023年的行政许可又是多少", EU("only the commission's 2024 report is held")),
        ], "switch row, then a year not held"),
        FU("zh", [
            ("淮安2024年新收申请中商业企业有多少？", E("ha", "r.received.commercial")),
            ("法律服务机构呢？", E("ha", "r.received.legal_services")),
            ("那这两类加一块", E("ha", ["r.received.commercial", "r.received.legal_services"])),
        ], "switch column, then add up"),
        FU("zh", [
            ("沭阳县2025年复议后起诉的案件一共多少？", E("sy", "a.litigation_after_review.total")),
            ("这个数包括还没判的吗？尚未审结的是几件", E("sy", "a.litigation_after_review.pending")),
            ("结果维持的呢", E("sy", "a.litigation_after_review.upheld")),
        ], "check the figure, then narrow"),
        FU("zh", [
            ("19年上海市政府办公厅结转到下一年继续办的申请有几件？", E("sh19", "r.carried_forward.total", alt=T_SH19_FWD)),
            ("换成2025年呢", E("sh25", "r.carried_forward.total")),
            ("增加了多少", ED("sh19", "sh25", "r.carried_forward.total")),
        ], "switch year, then difference"),
        FU("zh", [
            ("洪泽区2024年在政府网站上主动发布了多少条信息？", EN("hz24", "2428", 2428, "条")),
            ("这一年他们的行政许可决定数呢？", E("hz24", "c.licensing.decisions")),
            ("跟2023年比多了多少", ED("hz23", "hz24", "c.licensing.decisions")),
        ], "narrative then table, then compare years"),
        FU("zh", [
            ("涧西区2020年行政复议结果维持的有几件", E("jx", "a.review.upheld")),
            ("直接起诉、结果维持的呢", E("jx", "a.litigation_direct.upheld")),
            ("复议被纠正的有没有？几件", E("jx", "a.review.corrected")),
        ], "switch appeals group and outcome"),
        FU("zh", [
            ("淮安市2024年新收政府信息公开申请多少件？", E("ha", "r.received.total", alt=T_HA_RECV)),
            ("这里面算不算律所那种法律服务机构？它们有多少件", E("ha", "r.received.legal_services")),
            ("只看自然人呢", E("ha", "r.received.natural_person")),
        ], "check the figure (legal-aid firms), then narrow"),
        FU("zh", [
            ("沭阳县2025年办理完成的申请（总计那行）是多少件？", E("sy", "r.total_processed.total", alt=T_SY_DONE)),
            ("结转到下一年的有几件", E("sy", "r.carried_forward.total", alt=T_SY_FWD)),
            ("平均每件答复用了几天？", EU("no response times are reported")),
        ], "switch row; ends unanswerable (response time)"),
        FU("zh", [
            ("淮安市2024年行政复议结果被纠正的有多少件", E("ha", "a.review.corrected")),
            ("沭阳县2025年呢", E("sy", "a.review.corrected")),
            ("再算上洪泽区2023年，三家里谁最多？", ER(["ha", "sy", "hz23"], "a.review.corrected", "desc")),
        ], "switch body, then rank the three"),
        FU("zh", [
            ("上海市政府办公厅2019年新制作的规章有多少件？", E("sh19", "c.regulations.made", alt=T_SH19_REG)),
            ("对外公开总数量是多少", E("sh19", "c.regulations.total_published")),
            ("规范性文件的总数量呢", E("sh19", "c.normative_docs.total_published")),
        ], "switch column, then row (2019-format active table)"),
        FU("zh", [
            ("沭阳2025年予以公开的自然人申请有几件", E("sy", "r.granted.natural_person")),
            ("抱歉，我是想问法律服务机构那一栏", E("sy", "r.granted.legal_services")),
        ], "self-correction: column"),
        FU("zh", [
            ("洪泽区2024年结转到下年度继续办理的有几件？", E("hz24", "r.carried_forward.total")),
            ("那予以公开的呢", E("hz24", "r.granted.total")),
            ("这50件主要涉及哪些领域，征地拆迁的占多少？", EU("no topic breakdown")),
        ], "switch row; ends unanswerable (topic)"),
        FU("zh", [
            ("洪泽区2023年新制发了几件行政规范性文件？", E("hz23", "c.normative_docs.issued")),
            ("二〇二四年呢？", E("hz24", "c.normative_docs.issued")),
            ("后一年多了几件", ED("hz23", "hz24", "c.normative_docs.issued")),
        ], "switch year (Chinese numerals), then compare"),
        FU("zh", [
            ("淮安2024年“其他处理”里，申请人逾期不缴费的有几件？", E("ha", "r.other.overdue_fee.total")),
            ("“其他”那一小项是多少", E("ha", "r.other.other.total")),
            ("其他处理三项一共多少", E("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total",
                                        "r.other.other.total"])),
        ], "switch sub-row, then add up the three"),
        FU("zh", [
            ("上海市政府办公厅2025年开了多少场新闻发布会？", EN("sh25", "新闻发布会 42", 42, "场")),
            ("那年它收到的申请里被当成信访举报投诉类、不予处理的有几件？", E("sh25", "r.not_processed.petition.total")),
            ("重复申请呢", E("sh25", "r.not_processed.duplicate.total")),
        ], "narrative then table, then switch row"),
        FU("zh", [
            ("沭阳县2025年行政复议多少件？", E("sy", "a.review.total")),
            ("直接起诉的行政诉讼呢", E("sy", "a.litigation_direct.total")),
            ("复议后起诉的有几件", E("sy", "a.litigation_after_review.total")),
            ("复议加上两类诉讼，总共多少案件？", E("sy", ["a.review.total", "a.litigation_direct.total",
                                                "a.litigation_after_review.total"], alt=T_SY_CASES)),
        ], "switch appeals group twice, then add up all three (text: 74 件)"),
        FU("zh", [
            ("上海科委2024年微信公众号的关注人数是多少？", EN("kw", "1016823", 1016823, "人")),
            ("那它那年办理的申请总计有多少？", E("kw", "r.total_processed.total")),
            ("转到下一年度再答复的有几件", EN("kw", "办理答复的有 1", 1, "件")),
        ], "narrative, table, narrative (same body)"),
        FU("zh", [
            ("涧西区政府办2020年办结了多少件申请？", E("jx", "r.total_processed.total", alt=T_JX_DONE)),
            ("这15件里有部分公开的吗？", E("jx", "r.partially_granted.total")),
            ("还在办的有几件", E("jx", "r.carried_forward.total", alt=T_JX_FWD)),
        ], "check the figure, then switch row"),
        FU("zh", [
            ("2025年上海市政府办公厅直接起诉的行政诉讼中，尚未审结的有几件", E("sh25", "a.litigation_direct.pending")),
            ("沭阳县同年呢", E("sy", "a.litigation_direct.pending")),
            ("沭阳那边直接起诉里维持原决定的几件", E("sy", "a.litigation_direct.upheld")),
        ], "switch body, then outcome"),
        FU("zh", [
            ("淮安2024年行政强制决定多少", E("ha", "c.coercion.decisions")),
            ("说错了，是沭阳县2025年的", E("sy", "c.coercion.decisions")),
        ], "self-correction: body and year"),
        FU("zh", [
            ("洪泽区2023年不予公开的申请里，属于国家秘密的有几件", E("hz23", "r.withheld.state_secret.total")),
            ("过程性信息的呢", E("hz23", "r.withheld.process_info.total")),
            ("这几件具体申请的是什么内容，能说说吗？", EU("request contents are not in the report")),
        ], "switch row; ends unanswerable (contents)"),
        FU("zh", [
            ("上海市府办2019年本年新收的申请中，自然人提交了多少？", E("sh19", "r.received.natural_person")),
            ("这个数字含不含上年结转的？结转过来的个人申请有几件", E("sh19", "r.carried_over.natural_person")),
            ("新收里法律服务机构的呢", E("sh19", "r.received.legal_services")),
        ], "check the figure, then switch row and column"),
        FU("zh", [
            ("沭阳县2025年一共推送了多少个原创短视频？", EN("sy", "短视频1113", 1113, "个")),
            ("其中播放量破千万的有几条？", EN("sy", "2条破千万", 2, "条")),
            ("这些视频总的播放量是多少？", EU("only counts above thresholds are stated, no total views")),
        ], "narrative, narrower narrative; ends unanswerable"),
        FU("zh", [
            ("洪泽区2024年政府信息公开行政复议有几件", E("hz24", "a.review.total")),
            ("没经过复议直接去法院告的呢", E("hz24", "a.litigation_direct.total")),
            ("复议以后才起诉的", E("hz24", "a.litigation_after_review.total")),
            ("三项加在一起是多少", E("hz24", ["a.review.total", "a.litigation_direct.total",
                                          "a.litigation_after_review.total"])),
        ], "switch appeals group twice, then add up (text rows)"),
        FU("zh", [
            ("2025年上海市政府办公厅编了几期政府公报？", EN("sh25", "编辑《上海市人民政府公报》24", 24, "期")),
            ("同一年予以公开的申请是多少件", E("sh25", "r.granted.total")),
            ("予以公开加上部分公开一共多少", EN("sh25", "部分公开 208", 208, "件")),
        ], "narrative, table, narrative sum the text states"),
        FU("zh", [
            ("淮安2024年上年结转过来的申请有几件", E("ha", "r.carried_over.total", alt=T_HA_OVER)),
            ("那转到2025年继续办的呢", E("ha", "r.carried_forward.total", alt=T_HA_FWD)),
            ("这103件里企业申请有几件", E("ha", "r.carried_forward.commercial")),
        ], "switch row (neighbour rows), then of those"),
        FU("zh", [
            ("上海市府办2019年个人申请中，“没有现成信息需要另行制作”的有几件？", E("sh19", "r.unable.needs_creation.natural_person")),
            ("补正后还是不明确的呢", E("sh19", "r.unable.unclear.natural_person")),
            ("两个加起来多少", E("sh19", ["r.unable.needs_creation.natural_person",
                                     "r.unable.unclear.natural_person"])),
        ], "switch row, then add up"),
        FU("zh", [
            ("上海市科委2024年因为信息公开被申请行政复议了几次？", EN("kw", "有 1 件涉及", 1, "件")),
            ("行政诉讼呢", EN("kw", "行政诉讼数为", 0, "件")),
            ("复议申请人是谁？", EU("personal data; not in the report")),
        ], "narrative appeals numbers; ends unanswerable (personal data)"),
        FU("zh", [
            ("淮安市2024年因“危及三安全一稳定”不予公开的有几件？", E("ha", "r.withheld.security_stability.total")),
            ("哦不，我要的是三类内部事务信息", E("ha", "r.withheld.internal_affairs.total")),
            ("其中商业企业的几件", E("ha", "r.withheld.internal_affairs.commercial")),
        ], "self-correction: row, then of those"),
        FU("zh", [
            ("洪泽区2023年在政府网站平台主动公开了多少条政府信息？", EN("hz23", "1136", 1136, "条")),
            ("2024年这个数是多少", EN("hz24", "2428", 2428, "条")),
            ("2024年他们开了几场新闻发布会？", EU("the 洪泽区 2024 report states no press conferences")),
        ], "narrative, switch year; ends unanswerable (not stated)"),
        FU("zh", [
            ("淮安市2024年直接起诉的行政诉讼中，结果被纠正的有几件？", E("ha", "a.litigation_direct.corrected")),
            ("复议后起诉的纠正了几件", E("ha", "a.litigation_after_review.corrected")),
            ("两类加起来", E("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
                           alt=T_HA_SUIT_CORR)),
        ], "switch appeals group, then add up (text: 结果纠正 5 件)"),
        FU("zh", [
            ("涧西区2020年予以公开的申请有几件", E("jx", "r.granted.total")),
            ("不予公开的呢", E("jx", "r.withheld.total")),
            ("申请人主要是哪个街道的居民？", EU("no residence breakdown")),
        ], "switch row; ends unanswerable (residence)"),
        FU("zh", [
            ("沭阳2025年新收申请中商业企业提了几件", E("sy", "r.received.commercial")),
            ("法律服务机构呢", E("sy", "r.received.legal_services")),
            ("法人或其他组织合计呢", E("sy", "r.received.legal_person", alt=T_SY_ORG)),
        ], "switch column, then the derived legal_person column"),
        FU("zh", [
            ("上海市府办2019年上年结转的申请有几件", E("sh19", "r.carried_over.total", alt=T_SH19_OVER)),
            ("2025年从上年结转的呢", E("sh25", "r.carried_over.total")),
            ("变化了多少件", ED("sh19", "sh25", "r.carried_over.total")),
        ], "switch year, then difference"),
        FU("zh", [
            ("淮安市2024年新制发的规章有几件？", E("ha", "c.regulations.issued", alt=T_HA_REG)),
            ("现行有效的规章有多少", E("ha", "c.regulations.in_force")),
            ("行政规范性文件现行有效的呢", E("ha", "c.normative_docs.in_force")),
        ], "switch column, then row"),
        FU("zh", [
            ("洪泽区2023年新收申请中自然人有几件", E("hz23", "r.received.natural_person")),
            ("其中多少最后是部分公开", E("hz23", "r.partially_granted.natural_person")),
            ("这些申请人年龄分布呢？", EU("no age breakdown")),
        ], "of those; ends unanswerable (age)"),
    ]


def followup_en():
    return [
        FU("en", [
            ("How many 'information not held' replies did Hongze District give in 2023?", E("hz23", "r.unable.not_held.total")),
            ("And in 2024?", E("hz24", "r.unable.not_held.total")),
            ("So how much did that go up?", ED("hz23", "hz24", "r.unable.not_held.total")),
        ], "switch year, then compare"),
        FU("en", [
            ("Shanghai General Office, 2019: how many requests from individuals were newly received?", E("sh19", "r.received.natural_person")),
            ("What about 2025?", E("sh25", "r.received.natural_person")),
            ("Which year was higher, and by how many?", ED("sh19", "sh25", "r.received.natural_person")),
            ("And companies in 2025?", E("sh25", "r.received.commercial")),
        ], "switch year, which year was higher, then switch column"),
        FU("en", [
            ("What was Huai'an's total for administrative licensing decisions in 2024?", E("ha", "c.licensing.decisions")),
            ("Sorry, I meant penalties, not licensing.", E("ha", "c.punishment.decisions")),
        ], "self-correction: row"),
        FU("en", [
            ("How many requests did Huai'an refuse to disclose in 2024 altogether?", E("ha", "r.withheld.total")),
            ("Of those, how many were refused as state secrets?", E("ha", "r.withheld.state_secret.total")),
            ("Whose secrets were they -- which departments?", EU("no department breakdown")),
        ], "of those; ends unanswerable"),
        FU("en", [
            ("How many new requests did the Shuyang County government receive in 2025? Only the ones that came in that year.", E("sy", "r.received.total")),
            ("Does that include law firms and other organisations? How many came from organisations?", E("sy", "r.received.legal_person", alt=T_SY_ORG)),
            ("And just the legal service institutions?", E("sy", "r.received.legal_services")),
        ], "check the figure, then narrow"),
        FU("en", [
            ("In 2025, how many documents did the Shanghai General Office review for their disclosure status?", EN("sh25", "公开属性审查 166", 166, "件", "全年完成")),
            ("And how many requests did it close that year, per the table?", E("sh25", "r.total_processed.total", alt=T_SH25_DONE)),
        ], "narrative number, then table number"),
        FU("en", [
            ("How many applications did Huai'an fully disclose in 2024?", E("ha", "r.granted.total")),
            ("Same question for Hongze District, same year.", E("hz24", "r.granted.total")),
            ("And the Shanghai science commission?", E("kw", "r.granted.total", alt=T_KW_GRANT)),
        ], "switch body twice (all 2024)"),
        FU("en", [
            ("Jianxi District office 2020 -- new requests received?", E("jx", "r.received.total", alt=T_JX_RECV)),
            ("How many were granted?", E("jx", "r.granted.total")),
            ("And how many were 'not held'?", E("jx", "r.unable.not_held.total")),
            ("Add those last two together for me.", E("jx", ["r.granted.total", "r.unable.not_held.total"])),
        ], "switch rows, then add up the last two"),
        FU("en", [
            ("Shuyang 2025: how many reconsideration cases ended with the decision upheld?", E("sy", "a.review.upheld")),
            ("How many were corrected?", E("sy", "a.review.corrected")),
            ("And among the direct lawsuits, how many upheld?", E("sy", "a.litigation_direct.upheld")),
            ("Any direct lawsuits still undecided?", E("sy", "a.litigation_direct.pending")),
        ], "switch outcome, then appeals group, then outcome"),
        FU("en", [
            ("Shuyang County's 2025 report: how many administrative penalty decisions?", E("sy", "c.punishment.decisions")),
            ("What was that figure in 2024?", EU("only the 2025 沭阳 report is held")),
        ], "switch to a year not held"),
        FU("en", [
            ("How many 'we don't hold this information' answers did the Shanghai General Office give in 2025?", E("sh25", "r.unable.not_held.total")),
            ("How about 'would need to create new information'?", E("sh25", "r.unable.needs_creation.total")),
            ("Add those two up.", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "switch row, then add up"),
        FU("en", [
            ("How many requests did the Shanghai science commission process in total in 2024?", E("kw", "r.total_processed.total")),
            ("Of the new ones that year, how many came from companies?", E("kw", "r.received.commercial")),
            ("What were those companies asking about?", EU("no topic breakdown")),
        ], "switch row; ends unanswerable (topic)"),
        FU("en", [
            ("How many direct lawsuits did the Shanghai General Office face in 2025?", E("sh25", "a.litigation_direct.total")),
            ("Oops, I meant 2019.", E("sh19", "a.litigation_direct.total", alt=T_SH19_SUITS)),
            ("How many of those were still pending at year end?", E("sh19", "a.litigation_direct.pending")),
        ], "self-correction: year, then of those"),
        FU("en", [
            ("How much did Shuyang County collect in information processing fees for 2025?", EN("sy", "380元", 380, "元")),
            ("And the administrative fees line in the table?", E("sy", "c.fees.amount", **MONEY)),
            ("How much of that came from the education bureau?", EU("the fee amount is not broken down by department")),
        ], "narrative then table; ends unanswerable"),
        FU("en", [
            ("Hongze 2023 -- how many requests were declined because they were law-enforcement case files?", E("hz23", "r.withheld.enforcement_files.total")),
            ("What about the ones held back as process information?", E("hz23", "r.withheld.process_info.total")),
            ("Total withheld across all grounds?", E("hz23", "r.withheld.total")),
        ], "switch row, then parent row (derived)"),
        FU("en", [
            ("How many administrative coercion decisions did Huai'an report for 2024?", E("ha", "c.coercion.decisions")),
            ("And Nanjing, same year?", EU("no 南京市 report is held")),
        ], "switch to a body not held"),
        FU("en", [
            ("How many normative documents did the Shanghai science commission issue in 2024?", E("kw", "c.normative_docs.issued", alt=T_KW_NORM)),
            ("And how many are in force?", E("kw", "c.normative_docs.in_force")),
            ("Do you have the commission's 2025 numbers too?", EU("only the commission's 2024 report is held")),
        ], "switch column; ends with a year not held"),
        FU("en", [
            ("Huai'an, 2024 -- how many requests from individuals were answered with 'information not held'?", E("ha", "r.unable.not_held.natural_person")),
            ("And from businesses?", E("ha", "r.unable.not_held.commercial")),
            ("Combine those two.", E("ha", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial"])),
        ], "switch column, then add up"),
        FU("en", [
            ("Shanghai General Office 2019, reconsideration cases in total?", E("sh19", "a.review.total", alt=T_SH19_REVIEW)),
            ("Does that include ones still open? How many were pending?", E("sh19", "a.review.pending")),
            ("So how many were upheld?", E("sh19", "a.review.upheld")),
        ], "check the figure, then narrow"),
        FU("en", [
            ("How many requests did the Shanghai General Office carry into 2020, per its 2019 report?", E("sh19", "r.carried_forward.total", alt=T_SH19_FWD)),
            ("And at the end of 2025?", E("sh25", "r.carried_forward.total")),
            ("How long has the oldest of those been waiting?", EU("no ages or dates of pending requests are reported")),
        ], "switch year; ends unanswerable (waiting time)"),
        FU("en", [
            ("How many policy interpretation pieces did Hongze District release in 2024?", EN("hz24", "解读信息发布 7", 7, "条")),
            ("And how many normative documents did it issue that year?", E("hz24", "c.normative_docs.issued")),
            ("How many did it issue in 2023?", E("hz23", "c.normative_docs.issued")),
        ], "narrative then table, then switch year"),
        FU("en", [
            ("Jianxi District, 2020: lawsuits filed directly without a reconsideration?", E("jx", "a.litigation_direct.total")),
            ("And those filed after a reconsideration?", E("jx", "a.litigation_after_review.total")),
            ("In how many of the after-reconsideration suits was the office's decision upheld?", E("jx", "a.litigation_after_review.upheld")),
        ], "switch appeals group, then outcome"),
        FU("en", [
            ("How many new disclosure requests did the Shanghai General Office get in 2019?", E("sh19", "r.received.total", alt=T_SH19_RECV)),
            ("Does that count legal-aid firms? How many came from legal service institutions?", E("sh19", "r.received.legal_services")),
            ("And from research institutions?", E("sh19", "r.received.research")),
        ], "check the figure (legal-aid firms), then switch column"),
        FU("en", [
            ("Shuyang 2025 -- how many requests were partially disclosed?", E("sy", "r.partially_granted.total")),
            ("How many of those came from individuals?", E("sy", "r.partially_granted.natural_person")),
            ("How many of those individuals were women?", EU("no sex breakdown")),
        ], "of those; ends unanswerable (sex)"),
        FU("en", [
            ("What was Huai'an's 2024 count of new requests from legal service institutions?", E("ha", "r.received.legal_services")),
            ("Shuyang's in 2025?", E("sy", "r.received.legal_services")),
            ("Between Huai'an 2024, Shuyang 2025 and the Shanghai General Office in 2019, who had the most?",
             ER(["ha", "sy", "sh19"], "r.received.legal_services", "desc")),
        ], "switch body, then rank three"),
        FU("en", [
            ("How many centralized procurement projects did the Shanghai General Office list for 2019?", E("sh19", "c.procurement.projects")),
            ("And what did those projects cost?", E("sh19", "c.procurement.amount", **MONEY)),
            ("How many new regulations did it publish that year?", E("sh19", "c.regulations.published", alt=T_SH19_REG)),
        ], "switch column, then row"),
        FU("en", [
            ("Huai'an 2024: granted in full, natural persons?", E("ha", "r.granted.natural_person")),
            ("Sorry, I meant the companies column.", E("ha", "r.granted.commercial")),
        ], "self-correction: column"),
        FU("en", [
            ("How many requests did Hongze District process in total in 2024, going by the table?", E("hz24", "r.total_processed.total")),
            ("How many of them were fully granted?", E("hz24", "r.granted.total")),
            ("Which township did most of them come from?", EU("no township breakdown")),
        ], "of those; ends unanswerable (township). The text's 17 is the office's own count; the question says table"),
        FU("en", [
            ("Hongze 2023 -- normative documents currently in force?", E("hz23", "c.normative_docs.in_force")),
            ("And a year later, in 2024?", E("hz24", "c.normative_docs.in_force")),
            ("What's the difference?", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], "switch year, then difference"),
        FU("en", [
            ("Huai'an 2024: requests dropped because applicants didn't supplement their materials in time?", E("ha", "r.other.overdue_correction.total")),
            ("How many of those were from legal service institutions?", E("ha", "r.other.overdue_correction.legal_services")),
            ("And how many from companies?", E("ha", "r.other.overdue_correction.commercial")),
        ], "of those, switch column"),
        FU("en", [
            ("How many requests did applicants withdraw from the Shanghai General Office in 2025?", EN("sh25", "主动撤回 157", 157, "件")),
            ("What was the office's total of reconsideration cases that year?", E("sh25", "a.review.total")),
            ("And how many lawsuits came after reconsideration?", E("sh25", "a.litigation_after_review.total")),
        ], "narrative then table, then appeals group"),
        FU("en", [
            ("How many lawsuits after reconsideration did Shuyang have in 2025?", E("sy", "a.litigation_after_review.total")),
            ("And lawsuits without reconsideration?", E("sy", "a.litigation_direct.total")),
            ("Total lawsuits, then?", E("sy", ["a.litigation_after_review.total", "a.litigation_direct.total"])),
        ], "switch appeals group, then add up"),
        FU("en", [
            ("How many short videos did the 'Shanghai Keji' video account publish in 2024?", EN("kw", "短视频 584", 584, "条")),
            ("Switching to the disclosure table -- how many requests did individuals file with the commission that year?", E("kw", "r.received.natural_person")),
            ("How many were granted in full?", E("kw", "r.granted.total", alt=T_KW_GRANT)),
            ("What about requests carried over from earlier?", E("kw", "r.carried_over.total", alt=T_KW_OVER)),
        ], "narrative then table, then switch rows"),
        FU("en", [
            ("Jianxi District office 2020: requests carried forward into the next year?", E("jx", "r.carried_forward.total", alt=T_JX_FWD)),
            ("And how many were brought in from 2019?", E("jx", "r.carried_over.total")),
            ("How many items did the office catalogue in its standardisation work?", EN("jx", "601项事项", 601, "项", "梳理细化")),
        ], "switch row, then narrative"),
        FU("en", [
            ("How many requests were turned away as duplicates by the Shanghai General Office in 2025?", E("sh25", "r.not_processed.duplicate.total")),
            ("Shuyang County in the same year?", E("sy", "r.not_processed.duplicate.total")),
            ("How many of Shuyang's came from companies?", E("sy", "r.not_processed.duplicate.commercial")),
        ], "switch body, then of those"),
        FU("en", [
            ("What were Hongze District's 2023 administrative fee receipts?", E("hz23", "c.fees.amount", **MONEY)),
            ("No wait -- I need Shuyang's 2025 figure.", E("sy", "c.fees.amount", **MONEY)),
        ], "self-correction: body and year"),
        FU("en", [
            ("How many requests did Hongze District handle in total in 2023 (table total)?", E("hz23", "r.total_processed.total")),
            ("How many of those got partial disclosure?", E("hz23", "r.partially_granted.total")),
            ("What was redacted in those partial disclosures?", EU("no reasons/contents of redactions are given")),
        ], "of those; ends unanswerable"),
        FU("en", [
            ("Shanghai General Office 2019: requests handled in total (the grand-total row)?", E("sh19", "r.total_processed.total", alt=T_SH19_DONE)),
            ("How many of those came from companies?", E("sh19", "r.total_processed.commercial")),
            ("And from 'other' organisations?", E("sh19", "r.total_processed.other_org")),
            ("Which company filed the most of them?", EU("applicants are not named")),
        ], "of those, switch column; ends unanswerable (applicant identity)"),
        FU("en", [
            ("How many government new-media accounts were running in Huai'an as of its 2024 report?", EN("ha", "政务新媒体共计 95", 95, "个")),
            ("How many followers do they have combined?", EU("no follower total is stated")),
        ], "narrative; ends unanswerable"),
        FU("en", [
            ("Hongze District 2024 -- administrative lawsuits filed directly?", E("hz24", "a.litigation_direct.total")),
            ("Lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
            ("Now add the reconsiderations themselves to those two.", E("hz24", ["a.review.total", "a.litigation_direct.total",
                                                                         "a.litigation_after_review.total"])),
        ], "switch appeals group, then add up three"),
        FU("en", [
            ("How many languages does Shanghai's international services portal cover, per the General Office's 2025 report?", EN("sh25", "10 个语种", 10, "个")),
            ("How many disclosure requests did the office receive that year?", E("sh25", "r.received.total", alt=T_SH25_RECV)),
            ("And of those, the business applicants?", E("sh25", "r.received.commercial")),
        ], "narrative then table, then of those"),
        FU("en", [
            ("Huai'an 2024: requests brought forward from 2023?", E("ha", "r.carried_over.total", alt=T_HA_OVER)),
            ("And deferred into 2025?", E("ha", "r.carried_forward.total", alt=T_HA_FWD)),
            ("How many of the deferred ones were from individuals?", E("ha", "r.carried_forward.natural_person")),
        ], "switch row (neighbour rows), then of those"),
        FU("en", [
            ("Shanghai General Office 2019: individual requests withheld because they were internal affairs?", E("sh19", "r.withheld.internal_affairs.natural_person")),
            ("And as process information?", E("sh19", "r.withheld.process_info.natural_person")),
            ("Sum of the two?", E("sh19", ["r.withheld.internal_affairs.natural_person",
                                          "r.withheld.process_info.natural_person"])),
        ], "switch row, then add up"),
        FU("en", [
            ("How many NPC deputies' suggestions did the Shanghai science commission answer in 2024?", EN("kw", "人大代表建议 50", 50, "件")),
            ("And CPPCC proposals?", EN("kw", "政协提案 85", 85, "件")),
            ("Which of those proposals were adopted?", EU("the report does not say which were adopted")),
        ], "narrative, narrative; ends unanswerable"),
        FU("en", [
            ("Huai'an 2024: requests not processed because applicants asked for public publications?", E("ha", "r.not_processed.publication.total")),
            ("My mistake -- I meant repeat requests.", E("ha", "r.not_processed.duplicate.total")),
            ("Were any of the repeats from companies?", E("ha", "r.not_processed.duplicate.commercial")),
        ], "self-correction: row, then column"),
        FU("en", [
            ("How much did Hongze District charge in information processing fees for 2023?", EN("hz23", "信息处理费 0 元", 0, "元", "2023 年，区政府")),
            ("And its administrative fee revenue in the table?", E("hz23", "c.fees.amount", **MONEY)),
            ("And the 2024 figure for that?", E("hz24", "c.fees.amount", **MONEY)),
        ], "narrative then table, then switch year"),
        FU("en", [
            ("Huai'an 2024 -- direct lawsuits, how many?", E("ha", "a.litigation_direct.total")),
            ("Of those, upheld?", E("ha", "a.litigation_direct.upheld")),
            ("Other outcomes?", E("ha", "a.litigation_direct.other")),
            ("And still pending?", E("ha", "a.litigation_direct.pending")),
        ], "of those, switch outcome twice"),
        FU("en", [
            ("How many requests did Jianxi District's government office receive from individuals in 2020?", E("jx", "r.received.natural_person")),
            ("How many did businesses submit?", E("jx", "r.received.commercial")),
            ("How many staff handle disclosure at the office?", EU("no staff number")),
        ], "switch column; ends unanswerable (staff)"),
        FU("en", [
            ("Shuyang 2025: 'not held' answers given to individuals?", E("sy", "r.unable.not_held.natural_person")),
            ("How about 'still unclear after correction', all applicants?", E("sy", "r.unable.unclear.total")),
            ("And 'would have to be newly created'?", E("sy", "r.unable.needs_creation.total")),
        ], "switch row and column"),
        FU("en", [
            ("How many reconsideration cases were still pending for the Shanghai General Office at the end of 2019?", E("sh19", "a.review.pending")),
            ("And in 2025?", E("sh25", "a.review.pending")),
            ("Change between the two years?", ED("sh19", "sh25", "a.review.pending")),
            ("And how many reconsiderations did the office have in total in 2025?", E("sh25", "a.review.total")),
        ], "switch year, difference, then switch outcome"),
        FU("en", [
            ("Huai'an 2024: how many normative documents were repealed?", E("ha", "c.normative_docs.repealed")),
            ("And issued?", E("ha", "c.normative_docs.issued")),
            ("What about regulations repealed?", E("ha", "c.regulations.repealed")),
        ], "switch column, then row"),
        FU("en", [
            ("How many new requests did Hongze District receive in 2023?", E("hz23", "r.received.total", alt=T_HZ23_RECV)),
            ("Any from companies?", E("hz23", "r.received.commercial")),
            ("How many were submitted online versus by post?", EU("no breakdown by channel")),
        ], "switch column; ends unanswerable (channel)"),
    ]


def CONVERSATIONS():
    return (plain() + combine() + rank() + textonly() + cannot() + neighbour()
            + followup_zh() + followup_en())
