"""Question bank of blind evaluation set 252 (evals/blind252): emphasis on follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank names only bodies, keys, keywords and the wording; every expected number is computed
by helpers252 (gold/*.json, derived keys of spec/README.md; printed rows of the three reports
without gold through SPECS below, the same cells blind6's text_cells.json verified; narrative
sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024,
sy 沭阳县 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from helpers252 import (E, EN, ED, ER, EU, C, V, S, N, U, D, R, F, cols,  # noqa: E402
                        L)

# printed cells of the reports without gold: (row label | anchor, index) -- the same 42 cells
# blind6 verified (its text_cells.json); nothing new.
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

WY = "万元"
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]

# text alternatives (keyword, number) where the narrative states the same figure as the table
A_HA_RECEIVED = ("受理政府信息公开申请 3119", 3119)
A_HA_ANSWERED = ("答复 3050", 3050)
A_HA_CARRIED_OVER = ("含上年度结转申请 34", 34)
A_HA_DEFERRED = ("另有 103 件顺延", 103)
A_HA_REVIEW = ("行政复议 351", 351)
A_HA_UPHELD = ("结果维持 72", 72)
A_HA_CORRECTED = ("结果纠正 64", 64)
A_HA_OTHER = ("其他结果 178", 178)
A_HA_LIT = ("行政诉讼 46", 46)
A_HA_LIT_UPHELD = ("结果维持 25", 25)
A_HA_LIT_CORRECTED = ("结果纠正 5", 5)
A_HZ23_RECEIVED = ("全区受理政府信息公开申请 21", 21)
A_SY_CARRIED_FORWARD = ("结转下一年 31", 31)
A_SY_PROCESSED = ("共办理 718", 718)
A_SY_ORG = ("法人或其他组织申请 8", 8)
A_SY_749 = ("共受理政府信息公开申请 749", 749)
A_SY_CASES = ("共办理相关案件 74", 74)
A_JX_RECEIVED = ("全年共收到依申请公开17件", 17)
A_JX_DONE = ("办结15件", 15)
A_JX_OPEN = ("在办2件", 2)
A_SH19_RECEIVED = ("受理政府信息公开申请859件", 859)
A_SH19_ANSWERED = ("答复政府信息公开申请805件", 805)
A_SH19_CARRIED_OVER = ("含上年度结转申请18件", 18)
A_SH19_DEFERRED = ("另有72件申请", 72)
A_SH19_REVIEW = ("行政复议7件", 7)
A_SH19_LIT = ("诉讼9件", 9)
A_SH19_WITHHELD = ("不予公开35件", 35)
A_SH19_NORMATIVE = ("行政规范性文件60件", 60)
A_SH25_RECEIVED = ("共受理政府信息公开申请 1295", 1295)
A_SH25_DONE = ("办结 1191", 1191)
A_SH25_CARRIED_OVER = ("上年结转 189", 189)
A_KW_RECEIVED = ("全年收到政府信息公开申请 34", 34)
A_KW_CARRIED_OVER = ("上年结转政府信息公开申请 2", 2)
A_KW_GRANTED = ("同意公开答复 9", 9)


def plain(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[plain] " + what, **kw)


def combine_sum(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def combine_diff(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference, later minus earlier: " + what, **kw)


def rank(lang, bodies, keys, order, q, what):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def textonly(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what, frm=frm)


def cannot(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


def neighbour(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[neighbour] " + what, kind="trap", **kw)


def follow(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


# ------------------------------------------------------------------------------ [plain]
def PLAIN():
    return [
        # 淮安市政府 2024
        plain("zh", "ha", "r.received.total", "淮安市政府2024年一整年新收到的信息公开申请有多少件？",
              "new requests; the narrative's 受理 3119 is the same figure", alt=A_HA_RECEIVED),
        plain("en", "ha", "r.withheld.admin_query.total",
              "How many disclosure requests did Huai'an's city government turn down in 2024 on the ground that they were really administrative look-up matters?",
              "withheld as 行政查询事项"),
        plain("zh", "ha", "r.other.overdue_correction.total",
              "2024年淮安有几件申请是因为申请人过了期限也不补正材料，市政府就不再处理了？",
              "other handling 1 (逾期不补正)"),
        plain("en", "ha", "c.punishment.decisions",
              "In its 2024 disclosure report, how many administrative penalty decisions does the Huai'an municipal government list?",
              "active table, penalties"),
        plain("zh", "ha", "r.received.legal_services", "淮安2024年律所这类法律服务机构一共递了多少份公开申请？",
              "new requests, legal-service column"),
        plain("en", "ha", "r.unable.not_held.total",
              "Huai'an 2024: for how many applications did the city have to reply that it simply doesn't hold that information?",
              "unable: not held"),
        plain("zh", "ha", "c.regulations.in_force", "二〇二四年淮安市政府现行有效的规章有几部？",
              "regulations in force; Chinese-numeral year"),
        plain("en", "ha", "c.fees.amount",
              "What did administrative fees bring in for Huaian in 2024, going by the disclosure report?",
              "fees amount in 万元", unit=WY),
        plain("zh", "ha", "a.review.corrected", "淮安2024年涉及政府信息公开的行政复议，被纠正的有多少件？",
              "review corrected; narrative states the same 64", alt=A_HA_CORRECTED),
        plain("en", "ha", "r.not_processed.petition.total",
              "How many of the requests Huai'an dealt with in 2024 were set aside because they were really complaints, tip-offs or petitions?",
              "not processed: petition-type"),
        plain("zh", "ha", "r.withheld.third_party.total", "24年淮安市政府以保护第三方合法权益为由不公开的申请有几个？",
              "withheld: third-party rights; two-digit year"),
        plain("en", "ha", "r.partially_granted.commercial",
              "For Huai'an in 2024, how many requests filed by companies got only partial disclosure?",
              "partially granted, commercial column"),
        # 沭阳县 2025
        plain("en", "sy", "c.licensing.decisions",
              "How many administrative licensing decisions did Shuyang County record for 2025?", "licensing"),
        plain("zh", "sy", "r.granted.total", "沭阳县2025年依申请公开里，最后予以公开的一共多少件？", "granted total"),
        plain("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年有多少申请被认定为三类内部事务信息所以没公开？",
              "withheld: internal affairs"),
        plain("en", "sy", "c.coercion.decisions", "Shuyang County, 2025 — number of administrative coercion decisions?",
              "coercion"),
        plain("zh", "sy", "a.review.pending", "2025年沭阳县的信息公开行政复议，到年底还没审结的有几件？", "review pending"),
        plain("en", "sy", "r.other.other.total",
              "In 2025, how many of Shuyang's requests landed in the catch-all 'other' line under other handling?",
              "other handling 3 (其他)"),
        plain("zh", "sy", "c.fees.amount", "沭阳县2025年的行政事业性收费金额是多少万元？", "fees in 万元", unit=WY),
        plain("en", "sy", "r.not_processed.duplicate.total",
              "How many repeat applications did Shuyang County decline to deal with in 2025?", "not processed: duplicate"),
        plain("zh", "sy", "r.received.legal_services", "沭阳县2025年本年新收的申请中，法律服务机构提交的有多少？",
              "new requests, legal-service column"),
        plain("en", "sy", "a.litigation_direct.total",
              "What's the number of lawsuits over disclosure that went straight to court, skipping reconsideration, for Shuyang in 2025?",
              "direct litigation total"),
        plain("zh", "sy", "r.carried_forward.total", "沭阳2025年没办完、转到下一年接着办的申请有多少？",
              "carried forward; narrative 结转下一年 31 agrees", alt=A_SY_CARRIED_FORWARD),
        # 上海市政府办公厅 2019
        plain("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购花了多少钱？", "procurement amount, 251000元 = 25.1 万元",
              unit=WY),
        plain("en", "sh19", "r.received.natural_person",
              "How many new disclosure applications from private individuals reached the Shanghai Municipal Government General Office in 2019?",
              "new requests, natural persons"),
        plain("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅的规章，对外公开总数量是多少件？",
              "2019 format: regulations total published"),
        plain("en", "sh19", "r.withheld.state_secret.natural_person",
              "Shanghai General Office, 2019: how many applications from individuals were refused as state secrets?",
              "state secret, natural-person column (row total printed blank)"),
        plain("zh", "sh19", "r.unable.unclear.natural_person",
              "上海市府办公厅2019年报里，自然人申请中有几件因为补正以后内容还是说不清而无法提供？",
              "unable: unclear, natural-person column (row total printed blank)"),
        plain("en", "sh19", "r.carried_forward.total",
              "At the close of 2019, how many requests did Shanghai's General Office still have open and roll into 2020?",
              "carried forward; narrative's 72 顺延 agrees", alt=A_SH19_DEFERRED),
        plain("zh", "sh19", "r.total_processed.total", "上海市府办2019年的信息公开申请，办理结果总计是多少件？",
              "total processed; narrative 答复 805 agrees", alt=A_SH19_ANSWERED),
        plain("en", "sh19", "a.review.pending",
              "How many disclosure-related reconsideration cases were still undecided for the Shanghai General Office in 2019?",
              "review pending"),
        # 洪泽区 2023
        plain("zh", "hz23", "c.punishment.decisions", "洪泽区2023年作出的行政处罚决定有多少个？", "penalties"),
        plain("en", "hz23", "r.partially_granted.total",
              "In 2023, how many of Hongze District's disclosure requests were granted only in part?", "partially granted"),
        plain("zh", "hz23", "c.normative_docs.repealed", "2023年洪泽区政府废止了多少件行政规范性文件？", "normative docs repealed"),
        plain("en", "hz23", "r.unable.needs_creation.total",
              "Hongze District 2023 — number of requests it couldn't meet because answering would have meant compiling new information?",
              "unable: needs creation"),
        plain("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区2023年以属于行政执法案卷为由不公开的申请几件？",
              "withheld: enforcement files"),
        plain("en", "hz23", "c.fees.amount",
              "How much did Hongze District take in from administrative fees in 2023 (in units of 10,000 yuan)?",
              "fees in 万元", unit=WY),
        plain("zh", "hz23", "a.litigation_after_review.upheld", "洪泽2023年经过复议后又起诉、法院维持的行政诉讼有几件？",
              "after-review litigation upheld (the group's printed 总计 is 0, not asked)"),
        # 涧西区政府办 2020
        plain("en", "jx", "c.procurement.projects",
              "How many projects did the Jianxi District Government Office put through centralized government procurement in 2020?",
              "procurement projects"),
        plain("zh", "jx", "r.granted.total", "涧西区政府办2020年同意公开的申请有几件？", "granted"),
        plain("en", "jx", "c.normative_docs.total_published",
              "Jianxi District Government Office, 2020: how many normative documents were publicly available in total (the cumulative column)?",
              "2019 format: normative docs total published"),
        plain("zh", "jx", "a.review.upheld", "2020年涧西区政府办公室被申请行政复议、结果维持的有几件？", "review upheld"),
        plain("en", "jx", "r.unable.not_held.total",
              "In 2020, for how many requests did the Jianxi office report that it didn't have the information?",
              "unable: not held"),
        # 洪泽区 2024 (text rows)
        plain("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定数量是多少？", "licensing (text row)"),
        plain("en", "hz24", "c.normative_docs.issued", "How many normative documents did Hongze District put out in 2024?",
              "normative docs issued (text row)"),
        plain("zh", "hz24", "a.review.total", "2024年洪泽区因为政府信息公开被申请行政复议的一共几件？", "review total (text row)"),
        plain("en", "hz24", "r.granted.total",
              "Hongze District's 2024 report: how many disclosure requests were granted in full?", "granted (text row)"),
        plain("zh", "hz24", "r.unable.not_held.total", "淮安市洪泽区2024年因为本机关不掌握信息而没法提供的有多少件？",
              "unable: not held (text row)"),
        plain("en", "hz24", "c.coercion.decisions",
              "What total for administrative coercion decisions appears in Hongze's 2024 annual report?", "coercion (text row)"),
        # 上海市科委 2024 (text rows)
        plain("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件有多少件？", "normative docs in force (text row)"),
        plain("en", "kw", "c.licensing.decisions",
              "How many administrative licensing decisions did the Shanghai Science and Technology Commission make in 2024?",
              "licensing (text row)"),
        plain("zh", "kw", "r.received.commercial", "2024年上海科委收到的新申请里，公司企业交的有几件？",
              "new requests, commercial (text row)"),
        plain("en", "kw", "r.granted.total", "STCSM in 2024: how many information requests were approved in full?",
              "granted (text row); narrative 同意公开答复 9 agrees", alt=A_KW_GRANTED),
        plain("zh", "kw", "r.total_processed.total", "上海市科学技术委员会2024年一共办理了多少件公开申请？看表三的总计",
              "total processed (text row)"),
        # 上海市政府办公厅 2025 (text rows)
        plain("en", "sh25", "r.received.commercial",
              "How many new applications did the Shanghai General Office get from businesses in 2025?",
              "new requests, commercial (text row)"),
        plain("zh", "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅有多少申请因为得另行制作信息而无法提供？",
              "unable: needs creation (text row)"),
        plain("en", "sh25", "r.not_processed.duplicate.total",
              "In 2025, how many disclosure requests did Shanghai's General Office reject as duplicates of earlier ones?",
              "not processed: duplicate (text row)"),
        plain("zh", "sh25", "a.review.total", "上海市府办2025年涉及政府信息公开的行政复议一共多少件？", "review total (text row)"),
        plain("en", "sh25", "r.carried_forward.total",
              "Shanghai General Office, 2025: how many requests were rolled over into 2026?", "carried forward (text row)"),
        plain("zh", "sh25", "a.litigation_after_review.total", "2025年上海市政府办公厅先复议后起诉的行政诉讼有多少件？",
              "after-review litigation total (text row)"),
        plain("en", "sh25", "r.carried_over.natural_person",
              "How many applications from individuals were carried from 2024 into the Shanghai General Office's 2025 workload?",
              "carried over, natural persons (text row)"),
    ]


# ------------------------------------------------------------------------------ [combine]
def COMBINE():
    return [
        combine_sum("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
                    "淮安市政府2024年，予以公开和部分公开合起来一共多少件？", "granted + partially granted"),
        combine_sum("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
                    "Add up Shuyang County's 2025 reconsideration cases and both kinds of lawsuits — what's the total?",
                    "three appeals totals; narrative 共办理相关案件 74 agrees", alt=A_SY_CASES),
        combine_sum("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
                    "2025年上海市府办因为不掌握信息和需要另行制作这两种情况无法提供的，加起来多少？",
                    "two unable sub-items (text rows)"),
        combine_sum("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
                    "Hongze District 2024: penalty decisions plus coercion decisions, together?", "two active rows (text rows)"),
        combine_sum("zh", "kw", ["r.received.total", "r.carried_over.total"],
                    "市科委2024年新收的加上从上一年结转来的，合计多少件申请？", "received + carried over (text rows)"),
        combine_sum("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
                    "For Huai'an's 2024 report, total up the three 'other handling' sub-items for me.",
                    "three sub-items of （六）"),
        combine_sum("zh", "sh19", cols("granted"),
                    "上海市政府办公厅2019年予以公开的申请，把自然人、企业等各类申请人加起来一共多少？表里这一行的总计格是空的",
                    "six columns of 予以公开; the printed 总计 is blank", printed_total=["r.granted.total"]),
        combine_sum("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                                   "r.withheld.enforcement_files.total"],
                    "Hongze District, 2023: how many requests were refused on state-secret, deliberative-process and enforcement-file grounds combined?",
                    "three withheld sub-items"),
        combine_sum("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total"],
                    "沭阳县2025年，不予公开里“危及三安全一稳定”和“保护第三方合法权益”两项加起来是几件？",
                    "two withheld sub-items"),
        combine_sum("en", "ha", WITHHELD8,
                    "Huai'an 2024 — add up all eight reasons for withholding in the requests table.",
                    "eight withheld sub-items"),
        combine_diff("zh", "hz23", "hz24", "c.punishment.decisions",
                     "洪泽区的行政处罚决定数，2024年比2023年是多了还是少了，差多少？", "penalties 2023→2024"),
        combine_diff("en", "hz23", "hz24", "c.licensing.decisions",
                     "How did Hongze District's administrative licensing decisions change from 2023 to 2024?",
                     "licensing 2023→2024"),
        combine_diff("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多了多少件？",
                     "received 2019→2025; 2025 narrative 受理 1295 agrees", alt=A_SH25_RECEIVED),
        combine_diff("en", "sh19", "sh25", "a.review.total",
                     "Between 2019 and 2025, by how much did the Shanghai General Office's disclosure reconsideration cases grow?",
                     "review total 2019→2025"),
        combine_diff("zh", "hz23", "hz24", "c.normative_docs.in_force",
                     "洪泽区行政规范性文件的现行有效件数，从2023年到2024年变了多少？", "normative docs in force 2023→2024"),
        combine_diff("en", "sh19", "sh25", "r.carried_forward.total",
                     "Shanghai General Office: how does the number carried forward to the following year compare, 2019 versus 2025?",
                     "carried forward 2019→2025"),
        combine_diff("zh", "hz23", "hz24", "r.unable.not_held.total",
                     "2023年到2024年，洪泽区因本机关不掌握而无法提供的申请增加了几件？", "not held 2023→2024"),
    ]


# ------------------------------------------------------------------------------ [rank]
def RANK():
    return [
        rank("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
             "淮安市政府2024年、沭阳县2025年、上海市府办2019年、涧西区政府办2020年，这四家谁新收的申请最多？",
             "received, desc"),
        rank("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
             "Which carried over the most requests from the year before: Huai'an (2024), Shuyang County (2025) or the Shanghai General Office (2019)?",
             "carried over, desc (34 / 36 / 18)"),
        rank("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc",
             "淮安市2024年、洪泽区2023年、沭阳县2025年三家比一比，行政许可决定数量哪家最少？", "licensing, asc"),
        rank("en", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "desc",
             "Among Huai'an 2024, Shuyang 2025, Hongze District 2023 and the Jianxi office 2020, whose disclosure reconsiderations were upheld most often?",
             "review upheld, desc"),
        rank("zh", ["jx", "sy", "sh19"], "a.litigation_direct.total", "asc",
             "涧西区政府办2020年、沭阳县2025年和上海市政府办公厅2019年，未经复议直接起诉的行政诉讼哪家最少？",
             "direct litigation, asc"),
        rank("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "Of Huai'an in 2024, Hongze District in 2023 and Shuyang County in 2025, which collected the least in administrative fees?",
             "fees, asc"),
        rank("zh", ["sy", "hz23", "sh19"], "r.unable.not_held.natural_person", "desc",
             "沭阳县2025年、洪泽区2023年、上海市政府办公厅2019年，自然人申请里因“本机关不掌握”无法提供的，哪家最多？",
             "not held, natural persons (sh19 row total printed blank), desc"),
        rank("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
             "Who had the most normative documents in force: Huai'an (2024), Hongze District (2023) or Shuyang County (2025)?",
             "normative docs in force, desc"),
        rank("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc",
             "结转到下一年继续办理的申请，淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区政府办2020年里哪家最少？",
             "carried forward, asc"),
    ]


# ------------------------------------------------------------------------------ [textonly]
def TEXTONLY():
    return [
        textonly("zh", "jx", "26个试点领域标准指引", 26, "个",
                 "涧西区2020年基层政务公开标准化规范化，对照了多少个试点领域的标准指引？", "pilot areas",
                 frm="我办积极落实"),
        textonly("en", "jx", "601项事项", 601, "项",
                 "In 2020, how many individual matters did the Jianxi District Government Office list when it mapped the information produced by power operation and government services?",
                 "matters listed", frm="我办积极落实"),
        textonly("zh", "jx", "办结率88.2%", 88.2, "%", "涧西区政府办2020年依申请公开的办结率是多少？",
                 "completion rate, a printed percentage"),
        textonly("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年一共开了几场新闻发布会？", "press conferences"),
        textonly("en", "ha", "公报》6 期", 6, "期",
                 "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", "gazette issues"),
        textonly("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少政府信息公开信息处理费？",
                 "processing fee in 元", frm="2024 年，市政府严格"),
        textonly("en", "ha", "共计 95", 95, "个",
                 "How many government new-media accounts was Huai'an running, according to its 2024 report?",
                 "new-media accounts"),
        textonly("zh", "ha", "组织 4 次", 4, "次", "2024年淮安全年搞了几次政府信息公开栏目全覆盖检查？", "full-coverage checks"),
        textonly("en", "hz23", "信息 1136", 1136, "条",
                 "How many items of government information did Hongze District proactively publish on its website platform in 2023?",
                 "items published"),
        textonly("zh", "hz24", "政府信息 2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？",
                 "items published"),
        textonly("en", "hz24", "公开政府常务会议 7", 7, "期",
                 "How many executive meetings of the district government did Hongze make public in 2024?",
                 "executive meetings made public"),
        textonly("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？",
                 "items published on the portal"),
        textonly("en", "sy", "催办提示 84", 84, "次",
                 "Shuyang's 2025 report describes a countdown alarm for offline requests — how many reminder prompts did it send out?",
                 "reminders"),
        textonly("zh", "sy", "过期信息697", 697, "条", "沭阳2025年一共清理了多少条过期信息？", "expired items cleaned"),
        textonly("en", "sy", "失效链接43", 43, "处",
                 "How many broken links did Shuyang County fix on its websites in 2025?", "broken links"),
        textonly("zh", "sy", "64家单位", 64, "家", "沭阳县2025年年报集中公开，一共涉及全县多少家单位？", "units publishing reports"),
        textonly("en", "sy", "办前主动沟通 49", 49, "次",
                 "In 2025, how many times did Shuyang proactively talk to applicants before handling their requests?",
                 "pre-handling contacts"),
        textonly("zh", "kw", "直播 118", 118, "场", "上海市科委2024年“上海科技”视频号一共直播了多少场？", "live streams"),
        textonly("en", "kw", "原创文章 294", 294, "篇",
                 "How many original articles did the 'Shanghai Keji' WeChat account run in 2024, per the science commission's report?",
                 "original articles"),
        textonly("en", "kw", "政协提案 85", 85, "件",
                 "How many CPPCC proposals did the Shanghai science commission handle as lead or co-handler in 2024?",
                 "CPPCC proposals"),
        textonly("en", "kw", "集成式发布政策 121", 121, "条",
                 "How many policies did the Shanghai Science and Technology Commission push out through integrated policy release in 2024?",
                 "policies pushed"),
        textonly("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府办公厅2025年开了多少场新闻通气会？", "press briefings"),
        textonly("en", "sh25", "主动撤回 157", 157, "件",
                 "In 2025, how many requests to the Shanghai General Office were withdrawn by the applicants themselves?",
                 "withdrawn requests"),
        textonly("zh", "sh25", "覆盖 10 个语种", 10, "个", "上海市政府办公厅2025年报里说，“上海国际服务门户”覆盖了几个语种？",
                 "languages"),
        textonly("en", "sh19", "政策解读共132", 132, "件",
                 "How many policy interpretations did the Shanghai General Office post on the 'China Shanghai' portal in 2019?",
                 "policy interpretations"),
        textonly("zh", "sh19", "权威发布共计38", 38, "次", "2019年上海市府办对市政府常务会议重要议题权威发布了多少次？",
                 "authoritative releases"),
    ]


# ------------------------------------------------------------------------------ [cannot]
def CANNOT():
    return [
        cannot("zh", "淮安市政府2024年的信息公开申请里，男性申请人占多少？", "the reports do not break applicants down by sex",
               "sex breakdown"),
        cannot("en", "How many of Shuyang County's 2025 disclosure requests came in during March?",
               "no monthly breakdown is printed", "month breakdown"),
        cannot("zh", "洪泽区2022年收到了多少政府信息公开申请？", "洪泽区's 2022 report is not in the corpus (2023 and 2024 only)",
               "year not held"),
        cannot("en", "What was the number of new disclosure requests for the Nanjing municipal government in 2024?",
               "南京市 is not in the corpus", "body not held"),
        cannot("zh", "上海市政府办公厅2025年平均多少天答复一件申请？", "response times are not reported",
               "response time"),
        cannot("en", "How many staff work on government information disclosure at the Jianxi District Government Office in 2020?",
               "the report names weak staffing but gives no number", "staff"),
        cannot("zh", "沭阳县2024年的政府信息公开年报里，行政复议有多少件？", "沭阳县's 2024 report is not in the corpus (2025 only)",
               "year not held"),
        cannot("en", "Which township in Hongze District sent the most disclosure requests in 2023?",
               "no township breakdown is printed", "township breakdown"),
        cannot("zh", "上海市科委2023年收到多少件信息公开申请？", "上海市科委's 2023 report is not in the corpus (2024 only)",
               "year not held"),
        cannot("en", "Predict how many disclosure requests Huai'an will receive in 2026.",
               "forecasts are not in the reports", "forecast"),
        cannot("zh", "宿迁市政府2025年行政处罚决定有多少？", "宿迁市 is not in the corpus", "body not held"),
        cannot("en", "How many of the Shanghai General Office's 2019 applications were submitted online and how many by post?",
               "no breakdown by channel is printed", "channel breakdown"),
        cannot("zh", "涧西区2021年依申请公开办结了多少件？", "涧西区's 2021 report is not in the corpus (2020 only)",
               "year not held"),
        cannot("en", "In your view, did Huai'an handle its 2024 disclosure requests well?",
               "an opinion, not a reported figure", "opinion"),
        cannot("zh", "沭阳县2025年依申请公开中，有多少件涉及房屋征收？", "no topic breakdown is printed", "topic breakdown"),
        cannot("en", "How much did it cost the Hongze District government to run its disclosure work in 2024?",
               "running costs are not reported (only the processing fee)", "cost"),
        cannot("zh", "上海市府办2022年新收了多少政府信息公开申请？", "上海市政府办公厅's 2022 report is not in the corpus (2019 and 2025 only)",
               "year not held"),
        cannot("en", "What share of Shuyang County's 2025 applicants were over 60?", "no age breakdown is printed",
               "age breakdown"),
        cannot("zh", "浦东新区2024年的信息公开行政复议纠正了几件？", "浦东新区 is not in the corpus", "body not held"),
        cannot("en", "How many of the Shanghai science commission's 2024 requests came from people living outside Shanghai?",
               "no breakdown by residence is printed", "residence breakdown"),
        cannot("zh", "淮安市下面各县区2024年分别收到多少信息公开申请？",
               "the city report prints city totals only; no county/district breakdown", "district breakdown"),
        cannot("en", "Which Huai'an department received the most disclosure requests in 2024?",
               "no department breakdown is printed", "department breakdown"),
        cannot("zh", "洪泽区2024年的信息公开申请，哪个季度收到的最多？", "no quarterly breakdown is printed",
               "quarter breakdown"),
        cannot("en", "What was the Huai'an municipal government's disclosure request count for 2023?",
               "淮安市政府's 2023 report is not in the corpus (2024 only)", "year not held"),
        cannot("zh", "清江浦区2023年政府信息公开申请数量是多少？", "清江浦区 is not in the corpus", "body not held"),
        cannot("en", "How many of the requesters in the Shanghai General Office's 2025 report were journalists?",
               "applicants are split only into individuals and organisation types", "occupation breakdown"),
        cannot("zh", "上海市科委2024年答复每件申请平均用了几个工作日？", "response times are not reported", "response time"),
        cannot("en", "How many of Jianxi District's 2020 applicants were women?", "no breakdown by sex is printed",
               "sex breakdown"),
        cannot("zh", "涧西区政府办2020年政府信息公开工作经费花了多少钱？", "spending on disclosure work is not reported", "cost"),
        cannot("en", "Which industries were the companies that applied to Shuyang County in 2025 in?",
               "no industry breakdown is printed", "industry breakdown"),
        cannot("zh", "沭阳2025年交了信息处理费的那位申请人叫什么名字？", "personal data; the report names no applicant",
               "personal data"),
        cannot("en", "Give me Hongze District's projected number of disclosure requests for 2025.",
               "forecasts are not in the reports; 洪泽区 2025 is not held", "forecast"),
        cannot("zh", "苏州市2024年主动公开了多少条政府信息？", "苏州市 is not in the corpus", "body not held"),
        cannot("en", "Why did Hongze District's request numbers change so much between 2023 and 2024?",
               "the reports give no reason for the change", "reason not stated"),
    ]


# ------------------------------------------------------------------------------ [neighbour]
def NEIGHBOUR():
    return [
        neighbour("zh", "ha", "r.carried_forward.total", "淮安市政府2024年底还没办完、要挪到2025年接着办的申请有多少件？",
                  "结转下年 103, not 上年结转 34; narrative 顺延 103 agrees", alt=A_HA_DEFERRED),
        neighbour("en", "sy", "a.litigation_after_review.total",
                  "In 2025, how many Shuyang disclosure lawsuits were brought only after the plaintiff had first tried administrative reconsideration?",
                  "复议后起诉 10, not 直接起诉 3"),
        neighbour("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止了几件行政规范性文件？", "废止 26, not 制发 8"),
        neighbour("en", "sh19", "c.normative_docs.total_published",
                  "For the Shanghai General Office in 2019, how many normative documents had been published overall, cumulatively?",
                  "对外公开总数 368, not 新制作 60"),
        neighbour("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为属于四类过程性信息而不予公开的有几件？",
                  "过程性信息 2, not 内部事务 13"),
        neighbour("en", "ha", "a.review.other",
                  "Huai'an 2024 reconsiderations on disclosure: how many ended with an 'other' outcome?",
                  "其他结果 178, not 结果纠正 64; narrative agrees", alt=A_HA_OTHER),
        neighbour("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购了几个项目？",
                  "采购项目数 6, not 金额 25.1"),
        neighbour("en", "sy", "c.normative_docs.in_force",
                  "How many normative documents were still valid for Shuyang County in 2025?", "现行有效 32, not 制发 6"),
        neighbour("zh", "jx", "r.partially_granted.total", "涧西区政府办2020年部分公开的申请有几件？", "部分公开 0, not 予以公开 13"),
    ]


# ------------------------------------------------------------------------------ [followup]
def FOLLOW():
    u = EU
    return [
        # ---- year switches, then compare the two years
        follow("zh", [
            ("洪泽区2023年行政强制决定有多少个？", E("hz23", "c.coercion.decisions")),
            ("那2024年呢？", E("hz24", "c.coercion.decisions")),
            ("两年比一比，哪年多、差几个？", ED("hz23", "hz24", "c.coercion.decisions")),
        ], "year switch 2023→2024, then compare"),
        follow("en", [
            ("What were Hongze District's administrative fee receipts in 2024?", E("hz24", "c.fees.amount", unit=WY)),
            ("And for 2023?", E("hz23", "c.fees.amount", unit=WY)),
            ("Which of the two years was higher, and by how much?", ED("hz23", "hz24", "c.fees.amount", unit=WY)),
        ], "year switch 2024→2023, then compare (money)"),
        follow("zh", [
            ("上海市政府办公厅2019年新收的政府信息公开申请是多少件？", E("sh19", "r.received.total", alt=A_SH19_RECEIVED)),
            ("2025年的呢？", E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
            ("这两年一对比，2025年多出来多少？", ED("sh19", "sh25", "r.received.total")),
        ], "year switch 2019→2025, then compare"),
        follow("en", [
            ("How many disclosure-related administrative reconsideration cases did the Shanghai General Office face in 2025?",
             E("sh25", "a.review.total")),
            ("What was the 2019 figure?", E("sh19", "a.review.total", alt=A_SH19_REVIEW)),
            ("So how much bigger was 2025?", ED("sh19", "sh25", "a.review.total")),
        ], "year switch 2025→2019, then compare"),
        follow("zh", [
            ("2024年洪泽区本机关不掌握相关信息的申请有多少？", E("hz24", "r.unable.not_held.total")),
            ("不对，我要的是2023年的", E("hz23", "r.unable.not_held.total")),
        ], "self-correction of the year"),
        follow("en", [
            ("Hongze District, 2023: how many normative documents were in force?", E("hz23", "c.normative_docs.in_force")),
            ("Same thing for 2024?", E("hz24", "c.normative_docs.in_force")),
            ("Did that go up or down between the two years, and by how many?",
             ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], "year switch, then compare"),
        follow("zh", [
            ("上海市府办2025年结转下年度继续办理的申请多少件？", E("sh25", "r.carried_forward.total")),
            ("2019年年底结转的是多少？", E("sh19", "r.carried_forward.total", alt=A_SH19_DEFERRED)),
            ("两年差了多少件？", ED("sh19", "sh25", "r.carried_forward.total")),
        ], "year switch 2025→2019, then compare"),
        follow("en", [
            ("How many requests did the Shanghai General Office carry over from 2018 into 2019?",
             E("sh19", "r.carried_over.total", alt=A_SH19_CARRIED_OVER)),
            ("And how many did it bring forward into 2025?", E("sh25", "r.carried_over.total", alt=A_SH25_CARRIED_OVER)),
            ("How many of those 189 were from individuals?", E("sh25", "r.carried_over.natural_person")),
            ("And from legal service firms?", E("sh25", "r.carried_over.legal_services")),
        ], "year switch, then of-those and column switch (4 turns)"),
        follow("zh", [
            ("洪泽区2023年予以公开的申请有几件？", E("hz23", "r.granted.total")),
            ("2024年是多少？", E("hz24", "r.granted.total")),
            ("这50件里男性申请人有多少？", u("no breakdown by sex is printed")),
        ], "year switch, ends unanswerable (sex breakdown)"),
        follow("en", [
            ("How many lawsuits were filed directly in court, without prior reconsideration, against Hongze District in 2024?",
             E("hz24", "a.litigation_direct.total")),
            ("And in 2023?", E("hz23", "a.litigation_direct.total")),
            ("What's the change from 2023 to 2024?", ED("hz23", "hz24", "a.litigation_direct.total")),
        ], "year switch, then compare"),
        follow("zh", [
            ("上海市政府办公厅2019年直接起诉的信息公开行政诉讼有几件？", E("sh19", "a.litigation_direct.total", alt=A_SH19_LIT)),
            ("2025年呢，还是未经复议直接起诉那一栏", E("sh25", "a.litigation_direct.total")),
            ("2025年这些里面还没审结的有几件？", E("sh25", "a.litigation_direct.pending")),
        ], "year switch, then of-those"),
        follow("en", [
            ("How many licensing decisions did Hongze District report in 2023?", E("hz23", "c.licensing.decisions")),
            ("Sorry, I meant penalties, not licensing.", E("hz23", "c.punishment.decisions")),
            ("And the penalty figure for 2024?", E("hz24", "c.punishment.decisions")),
        ], "self-correction of the row, then year switch"),
        follow("en", [
            ("Shanghai General Office, 2025: how many disclosure lawsuits were filed directly, without reconsideration?",
             E("sh25", "a.litigation_direct.total")),
            ("How many of them were still pending?", E("sh25", "a.litigation_direct.pending")),
            ("What was the 2019 total for that same kind of lawsuit?", E("sh19", "a.litigation_direct.total", alt=A_SH19_LIT)),
            ("Compare the two totals: how many more in 2025?", ED("sh19", "sh25", "a.litigation_direct.total")),
        ], "of-those, year switch, then compare (4 turns)"),
        # ---- body switches
        follow("zh", [
            ("淮安市政府2024年收到的申请里，商业企业提交了多少？", E("ha", "r.received.commercial")),
            ("沭阳县2025年这个数是多少？", E("sy", "r.received.commercial")),
            ("上海市政府办公厅2025年的呢？", E("sh25", "r.received.commercial")),
        ], "body switches"),
        follow("en", [
            ("How many normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
            ("What about Huai'an's city government in 2024?", E("ha", "c.normative_docs.issued")),
            ("And Hongze District in 2024?", E("hz24", "c.normative_docs.issued")),
        ], "body switches"),
        follow("zh", [
            ("沭阳县2025年行政复议结果维持的有多少件？", E("sy", "a.review.upheld")),
            ("换成淮安市政府，2024年的维持数呢？", E("ha", "a.review.upheld", alt=A_HA_UPHELD)),
        ], "body switch"),
        follow("en", [
            ("How many disclosure applications did the Shanghai Science and Technology Commission take in during 2024?",
             E("kw", "r.received.total", alt=A_KW_RECEIVED)),
            ("What about the Shanghai General Office that same year, 2024?",
             u("上海市政府办公厅's 2024 report is not in the corpus (2019 and 2025 only)")),
        ], "body switch to a year not held, ends unanswerable"),
        follow("zh", [
            ("涧西区政府办2020年收到多少件依申请公开？", E("jx", "r.received.total", alt=A_JX_RECEIVED)),
            ("洪泽区2023年呢？", E("hz23", "r.received.total", alt=A_HZ23_RECEIVED)),
            ("洪泽区2023年这些申请里，部分公开的有几件？", E("hz23", "r.partially_granted.total")),
        ], "body switch, then row"),
        follow("en", [
            ("How many requests did Shuyang County refuse to process as petitions or complaints in 2025?",
             E("sy", "r.not_processed.petition.total")),
            ("Same row for the Shanghai General Office in 2025?", E("sh25", "r.not_processed.petition.total")),
            ("And for Huai'an in 2024?", E("ha", "r.not_processed.petition.total")),
        ], "body switches"),
        follow("zh", [
            ("上海市科委2024年行政许可决定有多少？", E("kw", "c.licensing.decisions")),
            ("洪泽区2024年的行政许可呢？", E("hz24", "c.licensing.decisions")),
            ("同一年洪泽区的行政强制有多少？", E("hz24", "c.coercion.decisions")),
        ], "body switch, then row"),
        follow("en", [
            ("What was the Jianxi District Government Office's centralized procurement spending in 2020?",
             E("jx", "c.procurement.amount", unit=WY)),
            ("And the Shanghai General Office in 2019?", E("sh19", "c.procurement.amount", unit=WY)),
            ("How many procurement projects did Shanghai have that year?", E("sh19", "c.procurement.projects")),
        ], "body switch, then column (2019 format)"),
        follow("zh", [
            ("沭阳县2025年行政处罚决定多少件？", E("sy", "c.punishment.decisions")),
            ("淮安市政府2024年的呢？", E("ha", "c.punishment.decisions")),
            ("淮安这些处罚里针对企业的有多少？", u("penalty decisions are not broken down by who was penalised")),
        ], "body switch, ends unanswerable (breakdown)"),
        # ---- row switches
        follow("en", [
            ("For Huai'an in 2024, how many requests were refused because they involved state secrets?",
             E("ha", "r.withheld.state_secret.total")),
            ("What about the third-party-rights reason?", E("ha", "r.withheld.third_party.total")),
            ("And deliberative process information?", E("ha", "r.withheld.process_info.total")),
        ], "row switches"),
        follow("zh", [
            ("沭阳县2025年予以公开的申请里，自然人有多少？", E("sy", "r.granted.natural_person")),
            ("部分公开的自然人呢？", E("sy", "r.partially_granted.natural_person")),
            ("两项加一起多少？", E("sy", ["r.granted.natural_person", "r.partially_granted.natural_person"])),
        ], "row switch, then add the two"),
        follow("en", [
            ("Shanghai General Office 2025 — how many requests were turned down because the office did not hold the information?",
             E("sh25", "r.unable.not_held.total")),
            ("How about duplicate applications?", E("sh25", "r.not_processed.duplicate.total")),
        ], "row switch"),
        follow("zh", [
            ("淮安2024年行政规范性文件本年制发了几件？", E("ha", "c.normative_docs.issued")),
            ("规章呢？", E("ha", "c.regulations.issued")),
            ("现行有效的规章有多少？", E("ha", "c.regulations.in_force")),
        ], "row switch, then column"),
        follow("en", [
            ("In Shuyang County's 2025 report, how many applications were dropped because the applicant didn't pay the fee on time?",
             E("sy", "r.other.overdue_fee.total")),
            ("How about those where the applicant never supplied the requested corrections?",
             E("sy", "r.other.overdue_correction.total")),
            ("Add those two together for me.", E("sy", ["r.other.overdue_fee.total", "r.other.overdue_correction.total"])),
        ], "row switch, then add the two"),
        follow("zh", [
            ("上海市政府办公厅2019年自然人申请中，因信访举报投诉类不予处理的有多少？",
             E("sh19", "r.not_processed.petition.natural_person")),
            ("重复申请的自然人呢？", E("sh19", "r.not_processed.duplicate.natural_person")),
            ("那重复申请里商业企业有几件？", E("sh19", "r.not_processed.duplicate.commercial")),
        ], "row switch, then column (sh19 row totals printed blank)"),
        follow("en", [
            ("How many disclosure requests did Jianxi District's office handle in total in 2020?",
             E("jx", "r.total_processed.total", alt=A_JX_DONE)),
            ("How many were still in progress and carried into the next year?",
             E("jx", "r.carried_forward.total", alt=A_JX_OPEN)),
            ("What completion rate did the office report?", EN("jx", "办结率88.2%", 88.2, "%")),
        ], "row switch, then a narrative number"),
        # ---- column switches
        follow("zh", [
            ("淮安市2024年本机关不掌握相关政府信息的申请，自然人提的有多少？", E("ha", "r.unable.not_held.natural_person")),
            ("商业企业的呢？", E("ha", "r.unable.not_held.commercial")),
            ("法律服务机构呢？", E("ha", "r.unable.not_held.legal_services")),
        ], "column switches"),
        follow("en", [
            ("For the Shanghai General Office in 2019, how many applications from individuals were granted in full?",
             E("sh19", "r.granted.natural_person")),
            ("Sorry, I meant the business column.", E("sh19", "r.granted.commercial")),
            ("And partially granted for businesses?", E("sh19", "r.partially_granted.commercial")),
        ], "self-correction of the column, then row"),
        follow("zh", [
            ("上海市府办2025年新收申请中，自然人的有多少？", E("sh25", "r.received.natural_person")),
            ("企业的呢？", E("sh25", "r.received.commercial")),
            ("那新收总数是多少？", E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
        ], "column switches"),
        follow("en", [
            ("How many of Shuyang's new requests in 2025 came from legal service institutions?",
             E("sy", "r.received.legal_services")),
            ("How many legal-service requests did Shuyang grant in full that year?", E("sy", "r.granted.legal_services")),
            ("And how many got partial disclosure?", E("sy", "r.partially_granted.legal_services")),
        ], "column, then row switches"),
        follow("zh", [
            ("淮安市2024年予以公开的申请中，法律服务机构的有几件？", E("ha", "r.granted.legal_services")),
            ("说错了，是“其他”组织那一栏", E("ha", "r.granted.other_org")),
        ], "self-correction of the column"),
        follow("en", [
            ("Huai'an, 2024: how many of the applications handled came from companies?", E("ha", "r.total_processed.commercial")),
            ("What about individuals?", E("ha", "r.total_processed.natural_person")),
            ("And the overall number handled?", E("ha", "r.total_processed.total", alt=A_HA_ANSWERED)),
        ], "column switches"),
        # ---- appeals groups
        follow("zh", [
            ("淮安市政府2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=A_HA_REVIEW)),
            ("未经复议直接起诉的行政诉讼呢？", E("ha", "a.litigation_direct.total")),
            ("复议后起诉的呢？", E("ha", "a.litigation_after_review.total")),
            ("那两类诉讼合计是多少？", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
                                 alt=A_HA_LIT)),
        ], "appeals group switches, then add (4 turns)"),
        follow("en", [
            ("How many reconsideration cases concerning disclosure did Shuyang County have in 2025?", E("sy", "a.review.total")),
            ("Switch to lawsuits filed after reconsideration — how many?", E("sy", "a.litigation_after_review.total")),
            ("How many of those were upheld?", E("sy", "a.litigation_after_review.upheld")),
        ], "appeals group switch, then of-those"),
        follow("zh", [
            ("沭阳县2025年直接起诉的行政诉讼里，结果维持的有几件？", E("sy", "a.litigation_direct.upheld")),
            ("换成行政复议，维持的是多少？", E("sy", "a.review.upheld")),
            ("复议里被纠正的呢？", E("sy", "a.review.corrected")),
        ], "appeals group switch, then outcome"),
        follow("en", [
            ("In the Jianxi District Government Office's 2020 report, how many administrative reconsiderations were there?",
             E("jx", "a.review.total")),
            ("And lawsuits filed after a reconsideration?", E("jx", "a.litigation_after_review.total")),
            ("How did those turn out — how many were upheld?", E("jx", "a.litigation_after_review.upheld")),
        ], "appeals group switch, then outcome"),
        follow("zh", [
            ("上海市政府办公厅2025年复议后起诉的案件有多少？", E("sh25", "a.litigation_after_review.total")),
            ("行政复议总计是多少？", E("sh25", "a.review.total")),
            ("其中尚未审结的有几件？", E("sh25", "a.review.pending")),
            ("这些复议申请人里有多少是律师？", u("reconsideration applicants are not broken down by occupation")),
        ], "appeals group switch, of-those, ends unanswerable (4 turns)"),
        follow("en", [
            ("For Hongze District in 2024, how many lawsuits came after reconsideration?",
             E("hz24", "a.litigation_after_review.total")),
            ("What about reconsiderations themselves?", E("hz24", "a.review.total")),
            ("Which months were they filed in?", u("no monthly breakdown of appeals is printed")),
        ], "appeals group switch, ends unanswerable (month)"),
        # ---- "of those, how many"
        follow("zh", [
            ("沭阳县2025年新收了多少件信息公开申请？以表三为准", E("sy", "r.received.total")),
            ("其中自然人是多少？", E("sy", "r.received.natural_person")),
            ("剩下的法人或其他组织一共多少？", E("sy", "r.received.legal_person", alt=A_SY_ORG)),
        ], "of-those (derived legal_person)"),
        follow("en", [
            ("How many disclosure requests did Huai'an's city government withhold, for whatever reason, in 2024?",
             E("ha", "r.withheld.total")),
            ("Of those, how many were administrative query matters?", E("ha", "r.withheld.admin_query.total")),
            ("And how many were held back as internal-affairs information?", E("ha", "r.withheld.internal_affairs.total")),
        ], "of-those (derived withheld)"),
        follow("zh", [
            ("上海市政府办公厅2025年一共办结了多少件申请？", E("sh25", "r.total_processed.total", alt=A_SH25_DONE)),
            ("这里面予以公开的有多少？", E("sh25", "r.granted.total")),
            ("按申请人性别分，男女各多少？", u("no breakdown by sex is printed")),
        ], "of-those, ends unanswerable (sex)"),
        follow("en", [
            ("How many requests did Shuyang County leave unprocessed in 2025 (the 'not processed' category)?",
             E("sy", "r.not_processed.total")),
            ("How many of those were repeat applications?", E("sy", "r.not_processed.duplicate.total")),
            ("And of the repeats, how many came from companies?", E("sy", "r.not_processed.duplicate.commercial")),
        ], "of-those twice (derived not_processed)"),
        follow("zh", [
            ("淮安2024年无法提供的申请一共有多少件？", E("ha", "r.unable.total")),
            ("其中需要另行制作的有几件？", E("ha", "r.unable.needs_creation.total")),
            ("补正后仍不明确的呢？", E("ha", "r.unable.unclear.total")),
        ], "of-those (derived unable)"),
        follow("en", [
            ("How many applications did Hongze District withhold in 2023 in total?", E("hz23", "r.withheld.total")),
            ("Of those, how many involved state secrets?", E("hz23", "r.withheld.state_secret.total")),
            ("Who was the applicant in that case?", u("personal data; the report names no applicant")),
        ], "of-those, ends unanswerable (personal data)"),
        follow("zh", [
            ("上海市政府办公厅2019年新收的申请中，法人或其他组织的一共多少件？", E("sh19", "r.received.legal_person")),
            ("其中商业企业有几件？", E("sh19", "r.received.commercial")),
            ("法律服务机构提交的呢？", E("sh19", "r.received.legal_services")),
        ], "of-those (derived legal_person)"),
        follow("en", [
            ("Shuyang County, 2025: how many applications were processed in total?",
             E("sy", "r.total_processed.total", alt=A_SY_PROCESSED)),
            ("Of those, how many were granted in full?", E("sy", "r.granted.total")),
            ("And how many ended under 'other handling', all three sub-items together?", E("sy", "r.other.total")),
        ], "of-those (derived other, 2021 format)"),
        follow("zh", [
            ("洪泽区2024年办理总计多少件申请？", E("hz24", "r.total_processed.total")),
            ("其中予以公开的多少？", E("hz24", "r.granted.total")),
            ("因为不掌握信息而无法提供的呢？", E("hz24", "r.unable.not_held.total")),
            ("剩下那些申请都是问什么内容的？", u("no topic breakdown is printed")),
        ], "of-those, ends unanswerable (topic) (4 turns)"),
        follow("en", [
            ("How many requests did Huai'an grant in full in 2024?", E("ha", "r.granted.total")),
            ("How many of them came from individuals?", E("ha", "r.granted.natural_person")),
            ("And how many from commercial enterprises?", E("ha", "r.granted.commercial")),
        ], "of-those, then column"),
        follow("zh", [
            ("上海市科委2024年新收申请有多少件？", E("kw", "r.received.total", alt=A_KW_RECEIVED)),
            ("其中自然人提交的多少？", E("kw", "r.received.natural_person")),
            ("这32件里有多少是上海本地居民？", u("no breakdown by residence is printed")),
        ], "of-those, ends unanswerable (residence)"),
        follow("en", [
            ("How many requests from natural persons did the Jianxi office receive in 2020?", E("jx", "r.received.natural_person")),
            ("How many of the requests it dealt with were granted?", E("jx", "r.granted.total")),
            ("How many of those applicants were under 30?", u("no age breakdown is printed")),
        ], "row switch, ends unanswerable (age)"),
        # ---- add up the two just asked
        follow("zh", [
            ("淮安2024年因为信访举报投诉类而不予处理的有多少件？", E("ha", "r.not_processed.petition.total")),
            ("重复申请的呢？", E("ha", "r.not_processed.duplicate.total")),
            ("两类加起来多少？", E("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ], "row switch, then add the two"),
        follow("en", [
            ("Shuyang County 2025: how many requests were withheld as administrative query matters?",
             E("sy", "r.withheld.admin_query.total")),
            ("And as law-enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
            ("Combine the two for me.", E("sy", ["r.withheld.admin_query.total", "r.withheld.enforcement_files.total"])),
        ], "row switch, then add the two"),
        follow("zh", [
            ("上海市政府办公厅2025年信访举报投诉类不予处理的有几件？", E("sh25", "r.not_processed.petition.total")),
            ("重复申请的有多少？", E("sh25", "r.not_processed.duplicate.total")),
            ("那这两类合计？", E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ], "row switch, then add the two (text rows)"),
        follow("en", [
            ("How many administrative licensing decisions did Huai'an report for 2024?", E("ha", "c.licensing.decisions")),
            ("And administrative coercion decisions?", E("ha", "c.coercion.decisions")),
            ("Add them up.", E("ha", ["c.licensing.decisions", "c.coercion.decisions"])),
        ], "row switch, then add the two"),
        follow("zh", [
            ("上海市府办2019年规章本年新制作了几件？", E("sh19", "c.regulations.made")),
            ("规范性文件呢？", E("sh19", "c.normative_docs.made")),
            ("两者一共多少？", E("sh19", ["c.regulations.made", "c.normative_docs.made"])),
        ], "row switch, then add the two (2019 format)"),
        follow("en", [
            ("In 2023, how many of Hongze's requests were turned away because the district didn't hold the information?",
             E("hz23", "r.unable.not_held.total")),
            ("And because the information would need to be newly produced?", E("hz23", "r.unable.needs_creation.total")),
            ("So in total, how many couldn't be provided for those two reasons?",
             E("hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "row switch, then add the two"),
        # ---- self-corrections
        follow("zh", [
            ("沭阳县2025年行政复议结果纠正的有多少件？", E("sy", "a.review.corrected")),
            ("哦不对，我想问的是“其他结果”", E("sy", "a.review.other")),
        ], "self-correction of the outcome column"),
        follow("en", [
            ("Huai'an 2024: how many requests were withheld because disclosure might endanger security or stability?",
             E("ha", "r.withheld.security_stability.total")),
            ("Sorry — I meant the ones prohibited by other laws and regulations.", E("ha", "r.withheld.prohibited_by_law.total")),
            ("Did any of those 31 come from a company? How many?", E("ha", "r.withheld.prohibited_by_law.commercial")),
        ], "self-correction of the row, then column"),
        follow("zh", [
            ("上海市科委2024年规范性文件本年制发件数是多少？", E("kw", "c.normative_docs.issued")),
            ("搞错了，我问的是现行有效件数", E("kw", "c.normative_docs.in_force")),
        ], "self-correction of the column (text rows)"),
        follow("en", [
            ("How many requests did the Shanghai General Office grant in full in 2025?", E("sh25", "r.granted.total")),
            ("Wait, I meant 2019 — and individuals only.", E("sh19", "r.granted.natural_person")),
        ], "self-correction of the year and column"),
        follow("zh", [
            ("涧西区政府办2020年规范性文件本年新公开了几件？", E("jx", "c.normative_docs.published")),
            ("不对，我问的是政府集中采购的项目数", E("jx", "c.procurement.projects")),
            ("采购总金额呢？", E("jx", "c.procurement.amount", unit=WY)),
        ], "self-correction of the row, then column (money)"),
        follow("en", [
            ("What number of applications did Huai'an carry over from 2023 into 2024?",
             E("ha", "r.carried_over.total", alt=A_HA_CARRIED_OVER)),
            ("Sorry, I meant the ones pushed on into 2025.", E("ha", "r.carried_forward.total", alt=A_HA_DEFERRED)),
        ], "self-correction: carried over vs carried forward"),
        follow("zh", [
            ("淮安市政府2024年行政复议结果维持的有几件？", E("ha", "a.review.upheld", alt=A_HA_UPHELD)),
            ("说错了，应该是直接起诉的行政诉讼里结果维持的", E("ha", "a.litigation_direct.upheld")),
            ("那复议后起诉维持的呢？", E("ha", "a.litigation_after_review.upheld")),
            ("两个诉讼维持数加起来？", E("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
                                  alt=A_HA_LIT_UPHELD)),
        ], "self-correction of the group, switch, then add (4 turns)"),
        follow("en", [
            ("How many of Hongze's 2023 requests came from companies?", E("hz23", "r.received.commercial")),
            ("Oops, I meant individuals.", E("hz23", "r.received.natural_person")),
        ], "self-correction of the column"),
        follow("zh", [
            ("上海市府办2025年因需要另行制作而无法提供的有多少？", E("sh25", "r.unable.needs_creation.total")),
            ("我说错了，是本机关不掌握的那一项", E("sh25", "r.unable.not_held.total")),
            ("这513件分别涉及哪些部门的信息？", u("no breakdown by department or topic is printed")),
        ], "self-correction of the row, ends unanswerable"),
        # ---- check the figure, then narrow
        follow("zh", [
            ("淮安市政府2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
            ("这个数包不包括部分公开的？部分公开另外有多少？", E("ha", "r.partially_granted.total")),
            ("部分公开里自然人占几件？", E("ha", "r.partially_granted.natural_person")),
        ], "check (部分公开 is separate), then narrow"),
        follow("en", [
            ("How many applications did legal persons or other organisations file with Huai'an in 2024?",
             E("ha", "r.received.legal_person")),
            ("Does that figure count law firms and other legal-service providers? How many were from them?",
             E("ha", "r.received.legal_services")),
            ("And from businesses alone?", E("ha", "r.received.commercial")),
        ], "check (legal services included), then narrow"),
        follow("zh", [
            ("沭阳县2025年统计表中“本年新收”申请是多少件？", E("sy", "r.received.total")),
            ("这个数里有没有包含从2024年转过来的？那部分有多少件？", E("sy", "r.carried_over.total")),
            ("两个加起来呢？", E("sy", ["r.received.total", "r.carried_over.total"], alt=A_SY_749)),
        ], "check (carried over excluded), then add"),
        follow("en", [
            ("How many disclosure requests did the Shanghai General Office answer in 2019?",
             E("sh19", "r.total_processed.total", alt=A_SH19_ANSWERED)),
            ("Does that include requests carried over from 2018? How many were those?",
             E("sh19", "r.carried_over.total", alt=A_SH19_CARRIED_OVER)),
            ("And how many of the new ones came from individuals?", E("sh19", "r.received.natural_person")),
        ], "check (carried over included), then narrow"),
        follow("zh", [
            ("上海市科委2024年办理总计是多少件？", E("kw", "r.total_processed.total")),
            ("这里面含不含上年结转的？上年结转了几件？", E("kw", "r.carried_over.total", alt=A_KW_CARRIED_OVER)),
            ("本年新收的又是多少？", E("kw", "r.received.total", alt=A_KW_RECEIVED)),
        ], "check, then narrow (text rows)"),
        follow("en", [
            ("How many requests did Hongze District handle in 2024, all told?", E("hz24", "r.total_processed.total")),
            ("Are requests still open at year end counted there? How many were carried forward to 2025?",
             E("hz24", "r.carried_forward.total")),
            ("How many were fully granted?", E("hz24", "r.granted.total")),
        ], "check, then narrow (text rows)"),
        follow("zh", [
            ("淮安2024年行政复议结果纠正的有几件？", E("ha", "a.review.corrected", alt=A_HA_CORRECTED)),
            ("这里面算不算行政诉讼被纠正的？诉讼纠正的两类加起来几件？",
             E("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"], alt=A_HA_LIT_CORRECTED)),
        ], "check (lawsuits separate), then add"),
        follow("en", [
            ("What did Shuyang County collect in administrative fees in 2025?", E("sy", "c.fees.amount", unit=WY)),
            ("Is that the information-processing fee? How much processing fee was actually collected?",
             EN("sy", "共计380元", 380, "元")),
        ], "check (fees vs processing fee), narrative number"),
        follow("zh", [
            ("洪泽区2023年收到多少件政府信息公开申请？", E("hz23", "r.received.total", alt=A_HZ23_RECEIVED)),
            ("这些都是自然人交的吗？自然人是多少？", E("hz23", "r.received.natural_person")),
            ("最后部分公开的有几件？", E("hz23", "r.partially_granted.total")),
        ], "check, then narrow"),
        follow("en", [
            ("For the Shanghai General Office in 2019, how many requests were withheld in all? The total column is blank, so add across the applicant types.",
             E("sh19", cols("withheld"), printed_total=["r.withheld.total"], alt=A_SH19_WITHHELD)),
            ("Of those, how many were state-secret cases?", E("sh19", cols("withheld.state_secret"),
                                                             printed_total=["r.withheld.state_secret.total"])),
            ("And administrative query matters?", E("sh19", cols("withheld.admin_query"),
                                                    printed_total=["r.withheld.admin_query.total"])),
        ], "of-those over columns (sh19 row totals printed blank)"),
        # ---- narrative number, then a table number about the same body
        follow("zh", [
            ("淮安市2024年通过文字、图片等形式制作了多少个政策解读？", EN("ha", "政策解读21", 21, "个")),
            ("同一年淮安行政规范性文件本年制发了多少件？", E("ha", "c.normative_docs.issued")),
        ], "narrative, then table"),
        follow("en", [
            ("How many press conferences did the Shanghai General Office hold in 2025?", EN("sh25", "新闻发布会 42", 42, "场")),
            ("And how many new disclosure requests did it receive that year?", E("sh25", "r.received.total", alt=A_SH25_RECEIVED)),
        ], "narrative, then table (text row)"),
        follow("zh", [
            ("沭阳县2025年政务新媒体开设了多少个专栏？", EN("sy", "专栏33个", 33, "个")),
            ("同年沭阳县的行政强制决定有多少？", E("sy", "c.coercion.decisions")),
        ], "narrative, then table"),
        follow("en", [
            ("According to Hongze District's 2024 report, how many policy interpretation items were released?",
             EN("hz24", "解读信息发布 7", 7, "条")),
            ("And how many normative documents were still in force that year?", E("hz24", "c.normative_docs.in_force")),
        ], "narrative, then table (text row)"),
        follow("zh", [
            ("上海市科委2024年“上海科技”网站全年发布了多少条信息？", EN("kw", "累计发布信息 2139", 2139, "条")),
            ("那一年科委本年新收的申请里，自然人的有多少？", E("kw", "r.received.natural_person")),
        ], "narrative, then table (text row)"),
        follow("en", [
            ("How many issues of the Shanghai Municipal Government Gazette did the General Office put out in 2019?",
             EN("sh19", "共编发公报24期", 24, "期")),
            ("How many regulations did it make that year?", E("sh19", "c.regulations.made")),
        ], "narrative, then table"),
        follow("zh", [
            ("洪泽区2023年收了多少政府信息公开信息处理费？", EN("hz23", "信息处理费 0 元", 0, "元", frm="2023 年，区政府")),
            ("那行政事业性收费金额呢？", E("hz23", "c.fees.amount", unit=WY)),
        ], "narrative (0 元), then table (money)"),
        follow("en", [
            ("In its 2019 report, what proactive disclosure rate did the Shanghai General Office give for the municipal documents it reviewed?",
             EN("sh19", "主动公开率达90.2%", 90.2, "%")),
            ("And how many normative documents did it newly publish that year?",
             E("sh19", "c.normative_docs.published", alt=A_SH19_NORMATIVE)),
        ], "narrative percentage, then table"),
        follow("zh", [
            ("涧西区2020年梳理政务公开事项，一共涉及多少个领域？", EN("jx", "共21个领域", 21, "个", frm="我办积极落实")),
            ("那年涧西区政府办收到的申请中，无法提供的有几件？", E("jx", "r.unable.total")),
        ], "narrative, then table (derived unable)"),
        follow("en", [
            ("How many disputes did Shuyang manage to resolve through talking to applicants in 2025?",
             EN("sy", "化解各类争议纠纷 33", 33, "件")),
            ("How many requests did Shuyang carry forward to 2026?", E("sy", "r.carried_forward.total", alt=A_SY_CARRIED_FORWARD)),
        ], "narrative, then table"),
        # ---- more mixes
        follow("zh", [
            ("上海市府办2025年主动公开的人事任免文件有多少件？", EN("sh25", "人事任免文件 196", 196, "件", frm="全年主动公开")),
            ("其他文件呢？", EN("sh25", "其他文件 84", 84, "件", frm="全年主动公开")),
            ("那2019年公开的人事任免文件是多少件？", EN("sh19", "人事任免文件141", 141, "件", frm="2019年，通过")),
        ], "narrative row switch, then year switch (narrative)"),
        follow("en", [
            ("How many new disclosure requests did Huai'an's government receive from individuals in 2024?",
             E("ha", "r.received.natural_person")),
            ("Same for Shuyang in 2025?", E("sy", "r.received.natural_person")),
            ("How many of Shuyang's came from rural residents?", u("no breakdown by residence is printed")),
        ], "body switch, ends unanswerable (residence)"),
        follow("zh", [
            ("2024年淮安市政府不予处理里“要求确认或重新出具已获取信息”的有几件？", E("ha", "r.not_processed.reconfirm.total")),
            ("要求提供公开出版物的呢？", E("ha", "r.not_processed.publication.total")),
            ("无正当理由大量反复申请的呢？", E("ha", "r.not_processed.excessive.total")),
        ], "row switches (small and zero cells)"),
        follow("en", [
            ("How many policy documents of the city government and its office did Huai'an publish in 2024, going by the narrative?",
             EN("ha", "政策性文件 11", 11, "件")),
            ("And per the table, how many normative documents were repealed that year?", E("ha", "c.normative_docs.repealed")),
            ("How many were in force at the end of the year?", E("ha", "c.normative_docs.in_force")),
        ], "narrative, then table rows"),
        follow("zh", [
            ("沭阳县2025年不予公开的申请总共多少件？", E("sy", "r.withheld.total")),
            ("其中属于行政查询事项的有几件？", E("sy", "r.withheld.admin_query.total")),
            ("这9件分别是哪个月收到的？", u("no monthly breakdown is printed")),
        ], "of-those, ends unanswerable (month)"),
        follow("en", [
            ("Jianxi District Government Office, 2020 — how many requests were carried forward into the following year?",
             E("jx", "r.carried_forward.total", alt=A_JX_OPEN)),
            ("And what about the Shanghai General Office in 2019?", E("sh19", "r.carried_forward.total", alt=A_SH19_DEFERRED)),
            ("How many staff did the Shanghai office have working on those requests?", u("staff numbers are not reported")),
        ], "body switch, ends unanswerable (staff)"),
        follow("zh", [
            ("上海市府办2019年市政府其他文件主动公开了多少件？", EN("sh19", "市政府其他文件162", 162, "件", frm="2019年，通过")),
            ("同年不予处理的信访举报投诉类申请里，企业提的有几件？", E("sh19", "r.not_processed.petition.commercial")),
        ], "narrative, then table"),
        follow("en", [
            ("How many disclosure lawsuits filed directly in court did Huai'an face in 2024?", E("ha", "a.litigation_direct.total")),
            ("How many of them went against the government (corrected)?", E("ha", "a.litigation_direct.corrected")),
            ("And how many were still undecided?", E("ha", "a.litigation_direct.pending")),
        ], "of-those outcomes"),
        follow("zh", [
            ("洪泽区2024年行政处罚决定数量是多少？", E("hz24", "c.punishment.decisions")),
            ("2023年是多少？", E("hz23", "c.punishment.decisions")),
            ("2023年这些处罚一共罚了多少钱？", u("fine amounts are not reported")),
        ], "year switch, ends unanswerable (amounts)"),
        follow("en", [
            ("How many requests did Shuyang County turn down in 2025 because the information wasn't held?",
             E("sy", "r.unable.not_held.total")),
            ("And because the information would have had to be newly compiled?", E("sy", "r.unable.needs_creation.total")),
            ("How many of the not-held ones came from individuals?", E("sy", "r.unable.not_held.natural_person")),
        ], "row switch, then column"),
        follow("zh", [
            ("上海市政府办公厅2025年编了多少期《上海市人民政府公报》？", EN("sh25", "公报》24 期", 24, "期")),
            ("2019年编了多少期？", EN("sh19", "共编发公报24期", 24, "期")),
            ("2019年这些公报刊登了多少件部门规范性文件？", EN("sh19", "部门规范性文件45件", 45, "件")),
        ], "narrative year switch, then narrative row"),
        follow("en", [
            ("In the Shanghai science commission's 2024 report, how many administrative penalty decisions are listed?",
             E("kw", "c.punishment.decisions")),
            ("And licensing decisions?", E("kw", "c.licensing.decisions")),
            ("How many of those licences were for laboratory animal use?",
             u("the report names lab-animal licensing as a frequent item but gives no count")),
        ], "row switch, ends unanswerable (breakdown)"),
        follow("zh", [
            ("涧西区政府办2020年收到的申请里有没有企业提交的？有几件？", E("jx", "r.received.commercial")),
            ("那自然人的呢？", E("jx", "r.received.natural_person")),
            ("这些申请人里有多少是本区居民？", u("no breakdown by residence is printed")),
        ], "column switch, ends unanswerable (residence)"),
        follow("en", [
            ("What was the total number of applications from companies handled by the Shanghai General Office in 2019?",
             E("sh19", "r.total_processed.commercial")),
            ("And from individuals?", E("sh19", "r.total_processed.natural_person")),
            ("Add the two together.", E("sh19", ["r.total_processed.commercial", "r.total_processed.natural_person"])),
        ], "column switch, then add the two"),
        follow("zh", [
            ("沭阳县2025年行政规范性文件废止了几件？", E("sy", "c.normative_docs.repealed")),
            ("现行有效的呢？", E("sy", "c.normative_docs.in_force")),
            ("淮安市2024年现行有效的是多少？", E("ha", "c.normative_docs.in_force")),
        ], "column switch, then body switch"),
        follow("en", [
            ("Huai'an 2024 — how many requests ended up in the catch-all 'other' line under other handling (item 3)?",
             E("ha", "r.other.other.total")),
            ("And how many of them were from companies?", E("ha", "r.other.other.commercial")),
            ("Why were those requests closed that way?", u("the report gives no reasons for individual requests")),
        ], "of-those, ends unanswerable (reasons)"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + FOLLOW() + TEXTONLY() + CANNOT() + NEIGHBOUR()
