"""Question bank of blind evaluation set 312 (evals/blind312): follow-up conversations first.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

The bank names bodies, keys, keywords and wordings only; every expected number is computed
by helpers312 (gold/*.json, derived keys per spec/README.md), by blindlib312.text_cell for the
three reports without gold (SPECS below: the same 42 cells blind6's text_cells.json verified,
nothing new), or cut from the report text (narrative sentences).

Report ids: jx 涧西区 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市人民政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib312 as L  # noqa: E402
from helpers312 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V,  # noqa: E402,F401
                        cols)

SPECS = {
    "hz24": {
        "active.coercion.decisions": ('row', '行政强制', 0),
        "active.fees.amount": ('row', '行政事业性收费', 0),
        "active.licensing.decisions": ('row', '行政许可', 0),
        "active.normative_docs.in_force": ('row', '行政规范性文件', 2),
        "active.normative_docs.issued": ('row', '行政规范性文件', 0),
        "active.punishment.decisions": ('row', '行政处罚', 0),
        "appeals.litigation_after_review.total": ('after', '四、政府信息公开行政复议、行政诉讼情况', 14),
        "appeals.litigation_direct.total": ('after', '四、政府信息公开行政复议、行政诉讼情况', 9),
        "appeals.review.total": ('after', '四、政府信息公开行政复议、行政诉讼情况', 4),
        "requests.carried_forward.total": ('row', '四、结转下年度继续办理', 6),
        "requests.granted.total": ('row', '（一）予以公开', 6),
        "requests.received.total": ('row', '一、本年新收政府信息公开申请数量', 6),
        "requests.total_processed.total": ('row', '（七）总计', 6),
        "requests.unable.not_held.total": ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6),
    },
    "kw": {
        "active.licensing.decisions": ('row', '行政许可', 0),
        "active.normative_docs.in_force": ('row', '规范性文件', 2),
        "active.normative_docs.issued": ('row', '规范性文件', 0),
        "active.punishment.decisions": ('row', '行政处罚', 0),
        "requests.carried_over.total": ('row', '二、上年结转政府信息公开申请数量', 6),
        "requests.granted.total": ('row', '三、（一）予以公开', 6),
        "requests.received.commercial": ('row', '一、本年新收政府信息公开申请数量', 1),
        "requests.received.natural_person": ('row', '一、本年新收政府信息公开申请数量', 0),
        "requests.received.total": ('row', '一、本年新收政府信息公开申请数量', 6),
        "requests.total_processed.total": ('row', '（七）总计', 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14),
        "appeals.litigation_direct.pending": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8),
        "appeals.litigation_direct.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9),
        "appeals.review.pending": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3),
        "appeals.review.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4),
        "requests.carried_forward.total": ('row', '四、结转下年度继续办理', 6),
        "requests.carried_over.legal_services": ('row', '二、上年结转政府信息公开申请数量', 4),
        "requests.carried_over.natural_person": ('row', '二、上年结转政府信息公开申请数量', 0),
        "requests.carried_over.total": ('row', '二、上年结转政府信息公开申请数量', 6),
        "requests.granted.total": ('row', '（一）予以公开', 6),
        "requests.not_processed.duplicate.total": ('row', '2.重复申请', 6),
        "requests.not_processed.petition.total": ('row', '1.信访举报投诉类申请', 6),
        "requests.received.commercial": ('row', '一、本年新收政府信息公开申请数量', 1),
        "requests.received.natural_person": ('row', '一、本年新收政府信息公开申请数量', 0),
        "requests.received.total": ('row', '一、本年新收政府信息公开申请数量', 6),
        "requests.total_processed.total": ('row', '（七）总计', 6),
        "requests.unable.needs_creation.total": ('row', '2.没有现成信息需要另行制作', 6),
        "requests.unable.not_held.total": ('row', '1.本机关不掌握相关政府信息', 6),
    },
}

L.TEXT_SPECS.update(SPECS)

TAG = {"value": "[plain]", "sum": "[combine]", "difference": "[combine]", "ranking": "[rank]",
       "followup": "[followup]", "narrative": "[textonly]", "unanswerable": "[cannot]",
       "trap": "[neighbour]"}


def tagged(c):
    c["note"] = TAG[c["kind"]] + " " + c["note"]
    return c


# ------------------------------------------------------------------ [plain] one table value
def plain():
    out = []
    P = out.append
    # zh
    P(V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收到多少件信息公开申请？",
        "received total; text 受理 3119 agrees", alt=("受理政府信息公开申请 3119", 3119)))
    P(V("zh", "ha", "c.normative_docs.repealed", "淮安2024年废掉了几件行政规范性文件？",
        "normative documents repealed"))
    P(V("zh", "ha", "r.withheld.admin_query.total",
        "2024年淮安市因为属于行政查询事项、没给公开的申请有几件", "withheld: administrative query"))
    P(V("zh", "ha", "a.litigation_direct.corrected",
        "淮安市人民政府二〇二四年度，没经过复议直接去法院告、最后判了纠正的案子有几起？",
        "direct lawsuits corrected; year in Chinese numerals"))
    P(V("zh", "ha", "r.not_processed.duplicate.total", "24年淮安因为重复申请不予处理的是多少件",
        "not processed: duplicate; two-digit year"))
    P(V("zh", "sy", "r.unable.not_held.total",
        "沭阳县2025年有多少申请是因为政府那边压根不掌握这个信息、所以没法提供的？",
        "unable: not held"))
    P(V("zh", "sy", "c.coercion.decisions", "沭阳2025年行政强制的处理决定一共做了多少个",
        "coercion decisions"))
    P(V("zh", "sy", "r.other.overdue_fee.total",
        "2025年沭阳县有几件申请是申请人没按收费通知交钱，最后就不再处理了的？",
        "other handling: fee not paid"))
    P(V("zh", "sy", "a.review.corrected", "沭阳县二〇二五年因为信息公开引起的行政复议里，被纠正的有多少件？",
        "review corrected"))
    P(V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年以“三类内部事务信息”为理由不公开的申请数",
        "withheld: internal affairs"))
    P(V("zh", "sh19", "r.received.natural_person",
        "2019年上海市政府办公厅收到的新申请中，老百姓个人提交的有几件？", "received, natural persons"))
    P(V("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报里，规章对外公开的总数是多少件？",
        "regulations total published (2019 format)"))
    P(V("zh", "sh19", "c.procurement.amount", "2019年上海市人民政府办公厅政府集中采购一共花了多少钱？",
        "procurement amount, printed 251000元 = 25.1 万元", unit="万元"))
    P(V("zh", "sh19", "a.litigation_direct.pending",
        "上海市政府办公厅2019年被直接起诉的信息公开官司，到年底还没审完的有几件？", "direct lawsuits pending"))
    P(V("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定做了多少", "penalty decisions"))
    P(V("zh", "hz23", "r.unable.needs_creation.total",
        "洪泽区政府2023年，有几件申请是因为没有现成信息、得另外制作才没法提供的？", "unable: needs creation"))
    P(V("zh", "hz23", "c.fees.amount", "2023年洪泽区的行政事业性收费收了多少万元？", "fees amount",
        unit="万元"))
    P(V("zh", "jx", "r.granted.total", "涧西区政府办2020年依申请全部公开的有几件？", "granted total"))
    P(V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个", "procurement projects"))
    P(V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可方面作出了多少个处理决定？",
        "licensing decisions (text row)"))
    P(V("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区因为本机关不掌握、无法提供的申请有多少",
        "unable: not held (text row)"))
    P(V("zh", "kw", "c.normative_docs.issued", "市科委2024年新制发的规范性文件有多少件？",
        "normative documents issued; text 行政规范性文件 13 件 agrees", alt=("行政规范性文件 13 件", 13)))
    P(V("zh", "kw", "r.received.commercial", "上海科委2024年新收的信息公开申请里，来自商业企业的有几件？",
        "received, commercial (text row)"))
    P(V("zh", "sh25", "r.unable.needs_creation.total",
        "上海市府办2025年因为需要另行制作信息而无法提供的申请是多少件？", "unable: needs creation (text row)"))
    P(V("zh", "sh25", "r.not_processed.petition.total",
        "2025年上海市政府办公厅收到的申请里，属于信访举报投诉类、没予处理的有多少", "not processed: petition"))
    P(V("zh", "sh25", "a.review.pending", "上海市政府办公厅2025年信息公开行政复议里还悬着没审结的有几件",
        "review pending (text row)"))
    P(V("zh", "ha", "c.coercion.decisions", "淮安市2024年全年的行政强制决定数量是多少", "coercion decisions"))
    P(V("zh", "ha", "r.carried_forward.total", "淮安市政府2024年没办完、要挪到下一年继续办的申请有多少件？",
        "carried forward; text 顺延 103 agrees", alt=("另有 103 件顺延", 103)))
    P(V("zh", "sy", "r.partially_granted.total", "沭阳县2025年只公开了一部分的申请有几件", "partially granted"))
    P(V("zh", "sh19", "r.carried_forward.total", "2019年上海市府办有多少件申请要转到下一年度接着办？",
        "carried forward; text 顺延 72 agrees", alt=("另有72件", 72)))
    P(V("zh", "hz23", "r.partially_granted.total", "洪泽区二〇二三年部分公开了几件申请？", "partially granted"))
    # en
    P(V("en", "ha", "c.regulations.issued",
        "How many municipal regulations did Huai'an issue in 2024, going by the proactive disclosure table?",
        "regulations issued; text 新增公开市政府规章 1 件 agrees", alt=("新增公开市政府规章 1 件", 1)))
    P(V("en", "ha", "r.unable.not_held.total",
        "For Huai'an in 2024, how many requests got the answer 'we don't hold that information'?",
        "unable: not held"))
    P(V("en", "ha", "a.review.pending",
        "How many of Huai'an's 2024 disclosure-related administrative reviews were still undecided at the end of the year?",
        "review pending; text 尚未审结 37 agrees", alt=("尚未审结 37", 37)))
    P(V("en", "ha", "r.withheld.process_info.total",
        "Huai'an 2024: number of requests refused because the material was process information (drafts, internal deliberations)?",
        "withheld: process information"))
    P(V("en", "ha", "c.fees.amount", "What did Huai'an bring in from administrative fees in 2024, in 10,000 yuan?",
        "fees amount", unit="万元"))
    P(V("en", "sy", "r.received.natural_person",
        "In Shuyang County's 2025 table, how many brand-new requests came from private individuals, leaving out carry-overs?",
        "received, natural persons (table 705; text 741 includes carry-over)"))
    P(V("en", "sy", "a.litigation_after_review.total",
        "How many disclosure lawsuits filed after an administrative review did Shuyang County face in 2025?",
        "lawsuits after review total"))
    P(V("en", "sy", "c.normative_docs.in_force", "How many normative documents did Shuyang have in force as of 2025?",
        "normative documents in force"))
    P(V("en", "sy", "r.not_processed.petition.total",
        "Shuyang 2025 - requests set aside because they were really complaints or petitions: how many?",
        "not processed: petition"))
    P(V("en", "sy", "r.withheld.admin_query.total",
        "For FY2025, how many Shuyang requests did the county decline as administrative query matters?",
        "withheld: administrative query"))
    P(V("en", "sh19", "r.received.commercial",
        "How many disclosure requests did companies file with the Shanghai General Office in 2019?",
        "received, commercial"))
    P(V("en", "sh19", "c.regulations.made",
        "How many regulations did the Shanghai municipal government's General Office newly produce in 2019?",
        "regulations made; text 主动公开规章13件 agrees", alt=("主动公开规章13件", 13)))
    P(V("en", "sh19", "c.normative_docs.total_published",
        "What was the cumulative count of normative documents the Shanghai General Office had made public, per its 2019 report?",
        "normative documents total published"))
    P(V("en", "sh19", "r.carried_over.total",
        "How many requests did the Shanghai General Office bring into 2019 from the year before?",
        "carried over; text 上年度结转 18 agrees", alt=("含上年度结转申请18件", 18)))
    P(V("en", "hz23", "c.licensing.decisions", "Hongze District, 2023: how many administrative licensing decisions?",
        "licensing decisions"))
    P(V("en", "hz23", "r.withheld.state_secret.total",
        "Did Hongze withhold anything as a state secret in 2023? How many requests?", "withheld: state secret"))
    P(V("en", "hz23", "r.unable.not_held.total",
        "In 2023 how many of Hongze District's requests ran into 'information not held by this agency'?",
        "unable: not held"))
    P(V("en", "jx", "a.review.total",
        "How many administrative reviews over information disclosure did Jianxi District's government office have in 2020?",
        "review total"))
    P(V("en", "jx", "r.unable.not_held.total",
        "Jianxi 2020: how many applications went unanswered because the office simply didn't have the information?",
        "unable: not held"))
    P(V("en", "jx", "c.normative_docs.total_published",
        "Jianxi District government office, 2020: how many normative documents had it published in total?",
        "normative documents total published"))
    P(V("en", "hz24", "c.punishment.decisions",
        "What's the number of administrative penalty decisions for Hongze District in 2024?", "penalty decisions (text row)"))
    P(V("en", "hz24", "a.review.total",
        "How many administrative reviews concerning disclosure did Hongze District have in 2024?", "review total (text row)"))
    P(V("en", "hz24", "c.fees.amount", "Hongze District's administrative fee income for 2024, in units of 10,000 yuan?",
        "fees amount (text row)", unit="万元"))
    P(V("en", "kw", "c.licensing.decisions",
        "How many licensing decisions did the Shanghai science commission make in 2024?", "licensing decisions (text row)"))
    P(V("en", "kw", "r.received.natural_person", "STCSM in 2024: how many new requests were from individuals?",
        "received, natural persons (text row)"))
    P(V("en", "sh25", "r.carried_over.natural_person",
        "Shanghai General Office 2025: how many requests from individuals were still open from the prior year when 2025 began?",
        "carried over, natural persons (text row)"))
    P(V("en", "sh25", "a.litigation_direct.total",
        "Number of disclosure lawsuits brought straight to court (no review first) against the Shanghai General Office in 2025?",
        "direct lawsuits total (text row)"))
    P(V("en", "sh25", "r.granted.total", "How many requests did the Shanghai General Office grant in full in 2025?",
        "granted total (text row)"))
    P(V("en", "ha", "a.litigation_after_review.upheld",
        "Of Huai'an's 2024 lawsuits that came after an administrative review, how many ended with the decision upheld?",
        "lawsuits after review upheld"))
    P(V("en", "sy", "r.carried_forward.total",
        "How many of Shuyang's 2025 requests were still open and rolled over to the next year?",
        "carried forward; text 结转下一年 31 agrees", alt=("结转下一年 31 件", 31)))
    return out


# ------------------------------------------------------------------ [neighbour] traps
def neighbour():
    out = []
    P = out.append
    P(T("zh", "ha", "r.carried_over.total", "淮安市2024年是从上一年结转过来的申请有多少？别跟结转到下年的弄混了。",
        "carried over vs carried forward (103); text 上年度结转 34 agrees",
        alt=("含上年度结转申请 34", 34)))
    P(T("zh", "sy", "a.litigation_direct.total", "沭阳县2025年没走复议程序、直接就起诉的行政诉讼有几件？",
        "direct lawsuits vs after review (10)"))
    P(T("zh", "ha", "c.normative_docs.in_force", "到2024年底，淮安市现行有效的行政规范性文件还有多少件？",
        "in force vs issued (8) / repealed (26)"))
    P(T("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年是因为要另行制作才给不了的申请有几件？",
        "needs creation vs not held (111)"))
    P(T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目数量（不是金额）是多少？",
        "procurement projects vs amount"))
    P(T("en", "ha", "r.withheld.internal_affairs.total",
        "Huai'an 2024: requests withheld as internal-affairs information - not the process-information ones - how many?",
        "internal affairs vs process information (12)"))
    P(T("en", "sy", "r.partially_granted.legal_services",
        "Shuyang 2025: how many partial disclosures went to legal services firms specifically?",
        "legal services vs commercial column (0) / natural persons (99)"))
    P(T("en", "sy", "a.review.other",
        "Shuyang County 2025 administrative reviews that ended with an 'other' outcome rather than being corrected?",
        "review other vs corrected (10)"))
    P(T("en", "sh19", "c.normative_docs.made",
        "For the Shanghai General Office in 2019, how many normative documents were newly made that year (not the running total)?",
        "made vs total published (368); text 行政规范性文件60件 agrees", alt=("行政规范性文件60件", 60)))
    return out


# ------------------------------------------------------------------ [combine] sums, differences
def combine():
    out = []
    P = out.append
    P(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年予以公开加上部分公开，一共多少件？"))
    P(S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
        "沭阳县2025年信息公开方面的复议和诉讼（直接起诉加复议后起诉）合在一起有多少件？",
        "review + both lawsuit groups; text 相关案件 74 agrees", alt=("共办理相关案件 74", 74)))
    P(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                       "r.withheld.enforcement_files.total"],
        "洪泽区2023年不予公开里的国家秘密、过程性信息、行政执法案卷这三类，合计几件？"))
    P(S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
        "上海市府办2025年信访类和重复申请这两项不予处理的，加一起是多少？"))
    P(S("zh", "ha", ["r.withheld.%s.total" % w for w in L.WITHHELD], "淮安2024年不予公开的八种情形全加起来是多少件？",
        "all eight withheld sub-rows"))
    P(S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
        "涧西区政府办2020年复议、直接起诉、复议后起诉三项总共几件？"))
    P(S("en", "ha", ["r.received.commercial", "r.received.legal_services"],
        "Huai'an 2024: new requests from businesses plus those from legal services firms, combined?"))
    P(S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions"],
        "Shuyang 2025 licensing decisions and penalty decisions taken together - what's the total?"))
    P(S("en", "kw", ["r.received.total", "r.carried_over.total"],
        "STCSM 2024: new requests plus the ones carried over - what was the combined caseload?",
        "text cells; the text states both parts, not the sum"))
    P(S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial",
                       "r.unable.not_held.legal_services"],
        "Shanghai General Office 2019: add up the 'information not held' outcomes for individuals, companies and legal services firms.",
        "columns (printed 总计 blank); text 无法提供265件 agrees", alt=("无法提供265件", 265)))
    P(S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
        "Huai'an 2024: what do the three 'other handling' sub-rows come to in total?"))
    P(D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年是多了还是少了，差多少？"))
    P(D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅本年新收的申请，2025年比2019年多出多少件？"))
    P(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定从2023年到2024年变化了多少？"))
    P(D("en", "sh19", "sh25", "r.carried_forward.total",
        "By how much did the Shanghai General Office's year-end carry-forward grow between 2019 and 2025?"))
    P(D("en", "hz23", "hz24", "c.fees.amount",
        "Hongze's administrative fee revenue: what was the change from 2023 to 2024, in 10,000 yuan?", unit="万元"))
    P(D("en", "sh19", "sh25", "a.review.total",
        "How did the number of administrative reviews facing the Shanghai General Office change between 2019 and 2025?"))
    return out


# ------------------------------------------------------------------ [rank] rankings over gold bodies
def rank():
    out = []
    P = out.append
    P(R("zh", ["jx", "ha", "sy", "sh19"], "r.received.natural_person", "desc",
        "涧西区2020年、淮安市2024年、沭阳县2025年、上海市府办2019年，哪家收到的自然人申请最多？"))
    P(R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
        "淮安市2024年、洪泽区2023年、沭阳县2025年，谁现行有效的行政规范性文件最少？"))
    P(R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc",
        "上年结转过来的申请数，淮安2024、沭阳2025、上海市府办2019、涧西2020，哪个最多？"))
    P(R("zh", ["hz23", "sy", "ha"], "c.fees.amount", "asc",
        "行政事业性收费金额，洪泽区2023年、沭阳县2025年、淮安市2024年三家里谁最低？"))
    P(R("zh", ["sy", "hz23", "jx"], "r.unable.needs_creation.total", "desc",
        "因需另行制作而无法提供的申请：沭阳2025年、洪泽2023年、涧西2020年，哪个最多？"))
    P(R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
        "Among Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi District (2020), which had the fewest direct disclosure lawsuits?"))
    P(R("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
        "Which made the most licensing decisions: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?"))
    P(R("en", ["sy", "sh19", "jx", "hz23"], "r.total_processed.total", "desc",
        "Of Shuyang 2025, the Shanghai General Office 2019, Jianxi 2020 and Hongze 2023, which closed the most requests?"))
    P(R("en", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "asc",
        "Fewest administrative reviews ending with the decision upheld - Huai'an 2024, Shuyang 2025, Hongze 2023 or Jianxi 2020?"))
    return out


# ------------------------------------------------------------------ [textonly] narrative numbers
def textonly():
    out = []
    P = out.append
    P(N("zh", "sy", "催办提示 84 次", 84, "次", "沭阳县2025年那个“倒计时报警器”一共发出了多少次催办提示？"))
    P(N("zh", "sy", "过期信息697条", 697, "条", "沭阳2025年清理掉多少条过期信息？"))
    P(N("zh", "sy", "开展意见征集9期", 9, "期", "2025年沭阳县政府门户网站开展了几期意见征集？"))
    P(N("zh", "sy", "64家单位", 64, "家", "沭阳县2025年一共有多少家单位的信息公开年报是集中统一发布的？"))
    P(N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年组织开了几场新闻发布会？"))
    P(N("zh", "ha", "政务新媒体共计 95", 95, "个", "淮安2024年全市还在运维的政务新媒体账号有多少个？"))
    P(N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？"))
    P(N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？"))
    P(N("zh", "sh25", "人事任免文件 196 件", 196, "件", "上海市政府办公厅2025年主动公开的人事任免文件有多少件？",
        frm="全年主动公开"))
    P(N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年年报里提到的新闻通气会开了几场？"))
    P(N("zh", "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年就市政府常务会议重要议题做了多少次权威发布？"))
    P(N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理出来的政务公开事项一共有多少项？",
        frm="我办积极落实"))
    P(N("zh", "kw", "直播 118 场", 118, "场", "上海市科委2024年视频号搞了多少场直播？"))
    P(N("en", "ha", "《淮安市人民政府公报》6 期", 6, "期", "How many issues of the Huai'an municipal gazette came out in 2024?"))
    P(N("en", "ha", "信息处理费 3940 元", 3940, "元",
        "What did Huai'an charge in information processing fees in 2024, in yuan?", frm="2024 年，市政府严格"))
    P(N("en", "sy", "失效链接43处", 43, "处", "How many broken links did Shuyang fix on its websites in 2025?"))
    P(N("en", "sy", "办前主动沟通 49 次", 49, "次",
        "In 2025, how many times did Shuyang reach out to applicants before handling their requests?"))
    P(N("en", "sy", "原创短视频1113个", 1113, "个", "How many original short videos did Shuyang County put out in 2025?"))
    P(N("en", "sh25", "《上海市人民政府公报》24 期", 24, "期",
        "How many issues of the Shanghai municipal gazette were edited in 2025, according to the General Office?"))
    P(N("en", "sh25", "共发布各类信息 13528 条", 13528, "条",
        "How many items has the Shanghai International Services Portal published, per the General Office's 2025 report?"))
    P(N("en", "sh25", "发布审查 330 件", 330, "件",
        "How many documents went through release review at the Shanghai General Office in 2025?",
        frm="全年完成"))
    P(N("en", "sh19", "政策解读共132件", 132, "件",
        "How many policy interpretations did the Shanghai General Office post on its portal in 2019?"))
    P(N("en", "sh19", "70家政府网站", 70, "家",
        "How many government websites were checked every quarter, per the Shanghai General Office's 2019 report?"))
    P(N("en", "kw", "关注人数达 1016823 人", 1016823, "人",
        "How many followers did STCSM's WeChat account have, according to its 2024 report?"))
    P(N("en", "kw", "主合办政协提案 85 件", 85, "件",
        "How many CPPCC proposals did the science commission handle as lead or co-lead in 2024?"))
    P(N("en", "hz24", "主动发布各类政府信息 2428 条", 2428, "条",
        "How many items did Hongze District publish on its government website in 2024?"))
    return out


# ------------------------------------------------------------------ [cannot] no number may be given
def cannot():
    out = []
    P = out.append
    NOT_SEX = "the reports do not break applicants down by sex"
    P(U("zh", "淮安市2024年的信息公开申请人里男的女的各占多少？", NOT_SEX, "sex breakdown"))
    P(U("zh", "沭阳县2024年收到多少件信息公开申请？", "only the 2025 report of 沭阳县 is held",
        "year not held (沭阳 2024)"))
    P(U("zh", "南京市2024年政府信息公开申请有多少件？", "no report of 南京市 is held", "body not held"))
    P(U("zh", "洪泽区2022年作出的行政许可决定有多少个？", "only the 2023 and 2024 reports of 洪泽区 are held",
        "year not held (洪泽 2022)"))
    P(U("zh", "上海市府办2025年的申请，每个月分别收到多少件？", "no monthly figures are printed",
        "month breakdown"))
    P(U("zh", "涧西区2020年办一件依申请公开平均要花多少天？", "response times are not reported",
        "response time"))
    P(U("zh", "淮安市政府2024年专门做信息公开的工作人员有几个人？",
        "the report names staffing problems but gives no staff number", "staff count"))
    P(U("zh", "沭阳县2025年信息公开申请最多的是哪个乡镇，有多少件？", "no township breakdown is printed",
        "township breakdown"))
    P(U("zh", "宿迁市2025年的信息公开年报里行政复议有几件？", "no report of 宿迁市 is held (only 沭阳县, a county)",
        "body not held"))
    P(U("zh", "上海市科委2023年收到了多少信息公开申请？", "only the 2024 report of 上海市科委 is held",
        "year not held (科委 2023)"))
    P(U("zh", "洪泽区2024年的信息公开申请里，征地拆迁类的占多少件？", "no topic breakdown is printed",
        "topic breakdown"))
    P(U("zh", "2024年向淮安市政府申请公开信息最多的那个人叫什么、住哪儿？", "personal data; not in the report",
        "personal data"))
    P(U("zh", "上海市府办2019年通过信函寄来的申请有多少件？", "no breakdown by submission channel",
        "channel breakdown"))
    P(U("zh", "你觉得沭阳县2025年的信息公开工作做得怎么样，打几分？", "an opinion, not a reported figure",
        "opinion"))
    P(U("zh", "预计洪泽区2025年会收到多少件信息公开申请？", "a forecast; no report states it", "forecast"))
    P(U("zh", "浦东新区2024年予以公开的申请有多少件？", "no report of 浦东新区 is held", "body not held"))
    P(U("zh", "涧西区2021年的政府信息公开年报里行政处罚决定有多少？", "only the 2020 report of 涧西区 is held",
        "year not held (涧西 2021)"))
    P(U("en", "How many of Shuyang County's 2025 requests were filed online versus in person?",
        "no breakdown by submission channel", "channel breakdown"))
    P(U("en", "What was the age breakdown of people who asked the Shanghai General Office for information in 2025?",
        "applicant ages are not reported", "age breakdown"))
    P(U("en", "How many disclosure requests did Xuzhou receive in 2024?", "no report of 徐州市 is held",
        "body not held"))
    P(U("en", "What did the Shanghai General Office's 2022 annual report say about new requests received?",
        "only the 2019 and 2025 reports of 上海市人民政府办公厅 are held", "year not held (上海市府办 2022)"))
    P(U("en", "How many requests did Huai'an get in the first quarter of 2024?", "no quarterly figures are printed",
        "quarter breakdown"))
    P(U("en", "Which Huai'an city department received the most disclosure requests in 2024?",
        "no department breakdown is printed", "department breakdown"))
    P(U("en", "On average, how long did Hongze District take to answer a disclosure request in 2023?",
        "response times are not reported", "response time"))
    P(U("en", "How much did Jianxi District's government office spend on running its disclosure work in 2020?",
        "the cost of disclosure work is not reported (the procurement row is not that)", "cost"))
    P(U("en", "How many requests is the Shanghai science commission likely to receive in 2025?",
        "a forecast; no report states it", "forecast"))
    P(U("en", "What industries were the companies that filed requests with Shuyang in 2025 in?",
        "no industry breakdown is printed", "industry breakdown"))
    P(U("en", "How many of the Shanghai General Office's 2019 applicants were foreign nationals?",
        "no nationality or residence breakdown", "residence breakdown"))
    P(U("en", "How many staff did Hongze District have working on information disclosure in 2024?",
        "no staff number is reported", "staff count"))
    P(U("en", "What was Huai'an's count of fully granted requests in 2023?", "only the 2024 report of 淮安市 is held",
        "year not held (淮安 2023)"))
    P(U("en", "Give me the phone number of whoever filed the most requests with Huai'an in 2024.",
        "personal data; not in the report", "personal data"))
    P(U("en", "How many disclosure requests did Qingjiangpu District handle in 2024?", "no report of 清江浦区 is held",
        "body not held"))
    P(U("en", "Why did the Shanghai science commission get fewer requests in 2024 than in 2023?",
        "no 2023 report is held and the 2024 report gives no reason", "reason not stated"))
    P(U("en", "How many of Jianxi's 17 requests in 2020 came from residents over 60?", "applicant ages are not reported",
        "age breakdown; the 17 is in the question"))
    return out


# ------------------------------------------------------------------ [followup] 2-4 turns
def FU(lang, note, *turns):
    return F(lang, list(turns), note)


def followup_zh():
    out = []
    P = out.append
    P(FU("zh", "year switch then difference (洪泽 coercion)",
         ("洪泽区2023年行政强制决定有多少？", E("hz23", "c.coercion.decisions")),
         ("那2024年的呢", E("hz24", "c.coercion.decisions")),
         ("跟2023年比，2024年少了多少？", ED("hz23", "hz24", "c.coercion.decisions"))))
    P(FU("zh", "year switch then difference (上海市府办 received)",
         ("上海市政府办公厅2019年新收了多少件公开申请？",
          E("sh19", "r.received.total", alt=("共受理政府信息公开申请859件", 859))),
         ("2025年的数字是多少？", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
         ("这些年下来涨了多少件？", ED("sh19", "sh25", "r.received.total"))))
    P(FU("zh", "body switch (penalties)",
         ("沭阳县2025年行政处罚决定是多少？", E("sy", "c.punishment.decisions")),
         ("淮安市2024年这个数呢？", E("ha", "c.punishment.decisions"))))
    P(FU("zh", "row switch then add the two",
         ("淮安2024年信访举报投诉类不予处理的有几件？", E("ha", "r.not_processed.petition.total")),
         ("重复申请那一行呢？", E("ha", "r.not_processed.duplicate.total")),
         ("这两类一共多少？", E("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]))))
    P(FU("zh", "column switch then the organisations together",
         ("沭阳县2025年新收申请里法律服务机构提的有几件？", E("sy", "r.received.legal_services")),
         ("商业企业呢？", E("sy", "r.received.commercial")),
         ("那法人或其他组织一共是多少？",
          E("sy", "r.received.legal_person", alt=("法人或其他组织申请 8 件", 8)))))
    P(FU("zh", "appeals group switch (upheld)",
         ("淮安市2024年信息公开行政复议结果维持的有多少？", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
         ("未经复议直接起诉的行政诉讼里维持的呢？", E("ha", "a.litigation_direct.upheld")),
         ("复议后起诉那一组维持了几件？", E("ha", "a.litigation_after_review.upheld"))))
    P(FU("zh", "of those, then a breakdown not printed",
         ("上海市政府办公厅2025年新收申请是多少件？", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
         ("其中自然人提的有多少？", E("sh25", "r.received.natural_person")),
         ("企业提的又是多少？", E("sh25", "r.received.commercial")),
         ("这些企业申请分别是哪些行业的？", EU("no industry breakdown is printed"))))
    P(FU("zh", "self-correction: year and column",
         ("洪泽区2023年行政规范性文件废止了几件？", E("hz23", "c.normative_docs.repealed")),
         ("不好意思问错了，我想知道的是2024年本年制发的件数。", E("hz24", "c.normative_docs.issued"))))
    P(FU("zh", "check the figure, then the part, then both",
         ("淮安市2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
         ("这个数里算没算部分公开？部分公开单独是多少？", E("ha", "r.partially_granted.total")),
         ("那两项合到一起呢？", E("ha", ["r.granted.total", "r.partially_granted.total"]))))
    P(FU("zh", "narrative number then a table number, same body",
         ("沭阳县2025年累计开展了多少次办前主动沟通？", EN("sy", "办前主动沟通 49 次", 49, "次")),
         ("同一年沭阳县政府信息公开行政复议总共多少件？", E("sy", "a.review.total"))))
    P(FU("zh", "received, carried forward, then personal data",
         ("涧西区2020年新收的依申请公开有几件？", E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
         ("结转到下一年的有几件？", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
         ("这两件分别是谁申请的？", EU("applicants are not named; personal data"))))
    P(FU("zh", "year switch then difference (洪泽 granted)",
         ("洪泽区2023年予以公开的有几件？", E("hz23", "r.granted.total")),
         ("换到2024年是多少？", E("hz24", "r.granted.total")),
         ("2024年比2023年多出多少件？", ED("hz23", "hz24", "r.granted.total"))))
    P(FU("zh", "year switch within a column, then the row total",
         ("上海市府办2019年上年结转的申请里，自然人的有几件？", E("sh19", "r.carried_over.natural_person")),
         ("2025年自然人结转过来的是多少？", E("sh25", "r.carried_over.natural_person")),
         ("2025年上年结转的总数呢？", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189)))))
    P(FU("zh", "body switch then outcome (lawsuits after review)",
         ("沭阳县2025年复议后起诉的案件有几件？", E("sy", "a.litigation_after_review.total")),
         ("淮安市2024年这一栏是多少？", E("ha", "a.litigation_after_review.total")),
         ("那淮安这一组里尚未审结的有几件？", E("ha", "a.litigation_after_review.pending"))))
    P(FU("zh", "row switch in the active table",
         ("淮安市2024年行政许可处理决定多少？", E("ha", "c.licensing.decisions")),
         ("行政处罚那一项是多少？", E("ha", "c.punishment.decisions")),
         ("再看行政强制，多少个？", E("ha", "c.coercion.decisions"))))
    P(FU("zh", "two narrative numbers then the fee table cell",
         ("淮安市2024年制作了多少个政策解读？", EN("ha", "制作政策解读", 21, "个")),
         ("那一年淮安收了多少信息处理费？", EN("ha", "信息处理费 3940 元", 3940, "元", frm="2024 年，市政府严格")),
         ("表格里的行政事业性收费金额又是多少？", E("ha", "c.fees.amount", unit="万元"))))
    P(FU("zh", "withheld total, then of those",
         ("沭阳2025年不予公开的申请一共多少件？", E("sy", "r.withheld.total")),
         ("其中属于三类内部事务信息的有几件？", E("sy", "r.withheld.internal_affairs.total")),
         ("因为是行政执法案卷的呢？", E("sy", "r.withheld.enforcement_files.total"))))
    P(FU("zh", "self-correction: row, then add",
         ("上海市政府办公厅2025年因本机关不掌握而无法提供的有多少？", E("sh25", "r.unable.not_held.total")),
         ("哦不对，我要的是没有现成信息、需要另行制作那一项。", E("sh25", "r.unable.needs_creation.total")),
         ("这两项加起来是多少？", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"]))))
    P(FU("zh", "appeals groups, then plaintiffs (not printed)",
         ("洪泽区2024年政府信息公开行政复议有几件？", E("hz24", "a.review.total")),
         ("直接起诉的行政诉讼呢？", E("hz24", "a.litigation_direct.total")),
         ("复议以后又去起诉的呢？", E("hz24", "a.litigation_after_review.total")),
         ("这些官司的原告都是什么人？", EU("plaintiffs are not named or described"))))
    P(FU("zh", "received, of those, then carried over (科委)",
         ("上海市科委2024年新收了多少件信息公开申请？",
          E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
         ("其中自然人占几件？", E("kw", "r.received.natural_person")),
         ("上年结转过来的有几件？", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2 件", 2)))))
    P(FU("zh", "year switch to a year not held",
         ("沭阳县2025年行政规范性文件本年制发几件？", E("sy", "c.normative_docs.issued")),
         ("沭阳2024年制发了多少？", EU("only the 2025 report of 沭阳县 is held"))))
    P(FU("zh", "year switch then difference (洪泽 fees)",
         ("洪泽区2023年行政事业性收费金额是多少？", E("hz23", "c.fees.amount", unit="万元")),
         ("到了2024年是多少万元？", E("hz24", "c.fees.amount", unit="万元")),
         ("降了多少？", ED("hz23", "hz24", "c.fees.amount", unit="万元"))))
    P(FU("zh", "body and appeals group switch",
         ("涧西区政府办2020年复议后起诉的案件几件？", E("jx", "a.litigation_after_review.total")),
         ("上海市府办2019年未经复议直接起诉的有几件？",
          E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9)))))
    P(FU("zh", "review total, of those corrected, then a district breakdown",
         ("淮安市2024年行政复议一共多少件？", E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
         ("其中结果纠正的多少？", E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
         ("被纠正的这些主要是哪几个县区的？", EU("no district breakdown of reviews is printed"))))
    P(FU("zh", "narrative number then a table number (上海市府办 2025)",
         ("上海市府办2025年申请人主动撤回的有多少件？", EN("sh25", "主动撤回 157 件", 157, "件")),
         ("同年表里重复申请不予处理的是多少？", E("sh25", "r.not_processed.duplicate.total"))))
    P(FU("zh", "two rows then add",
         ("沭阳2025年予以公开多少件？", E("sy", "r.granted.total")),
         ("部分公开呢？", E("sy", "r.partially_granted.total")),
         ("二者一共多少？", E("sy", ["r.granted.total", "r.partially_granted.total"]))))
    P(FU("zh", "year switch then which is higher (carry-forward)",
         ("上海市政府办公厅2019年结转到下年度的申请有多少件？",
          E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
         ("到2025年底结转下年度的是多少？", E("sh25", "r.carried_forward.total")),
         ("哪一年更多，多多少？", ED("sh19", "sh25", "r.carried_forward.total"))))
    P(FU("zh", "table received vs the narrative's own count (洪泽 2024)",
         ("按年报第三部分的统计表，洪泽区2024年本年新收申请总计是多少？", E("hz24", "r.received.total")),
         ("正文里说区政府办代表区政府受理了多少件？", EN("hz24", "区政府办代表区政府受理", 17, "件"))))
    P(FU("zh", "check the figure then narrow (appeals)",
         ("沭阳县2025年行政复议是61件对吧？其中尚未审结的有几件？", E("sy", "a.review.pending")),
         ("那结果维持的呢？", E("sy", "a.review.upheld"))))
    P(FU("zh", "row switch (2019 format active table)",
         ("涧西区2020年对外公开的规范性文件总数是多少？", E("jx", "c.normative_docs.total_published")),
         ("规章呢？", E("jx", "c.regulations.total_published"))))
    P(FU("zh", "self-correction: year and row",
         ("上海市府办2025年予以公开的有多少件？", E("sh25", "r.granted.total")),
         ("说错了，我要问的是2019年新收的企业申请数。", E("sh19", "r.received.commercial"))))
    P(FU("zh", "unable total, then of those",
         ("淮安市2024年无法提供的申请总共多少件？", E("ha", "r.unable.total")),
         ("其中补正后申请内容仍不明确的几件？", E("ha", "r.unable.unclear.total")),
         ("那本机关不掌握的有多少？", E("ha", "r.unable.not_held.total"))))
    P(FU("zh", "narrative number then a table number (上海市府办 2019)",
         ("上海市府办2019年全年编发了多少期公报？", EN("sh19", "全年共编发公报24期", 24, "期")),
         ("同一年政府集中采购项目有几个？", E("sh19", "c.procurement.projects"))))
    P(FU("zh", "value then what the request was about",
         ("洪泽区2023年因信访举报投诉不予处理的有几件？", E("hz23", "r.not_processed.petition.total")),
         ("这件信访具体反映的是什么事？", EU("the content of requests is not reported"))))
    P(FU("zh", "column switch (上海市府办 2019 received)",
         ("上海市政府办公厅2019年本年新收申请中法律服务机构的几件？", E("sh19", "r.received.legal_services")),
         ("那“其他”法人组织呢？", E("sh19", "r.received.other_org")),
         ("商业企业的有多少？", E("sh19", "r.received.commercial"))))
    P(FU("zh", "body switch three times (natural persons)",
         ("淮安市2024年新收的申请里自然人有多少？", E("ha", "r.received.natural_person")),
         ("沭阳县2025年呢？", E("sy", "r.received.natural_person")),
         ("上海市府办2019年的是多少？", E("sh19", "r.received.natural_person"))))
    P(FU("zh", "new only, then new plus carried over",
         ("沭阳县2025年本年新收的申请有多少件（不含上年结转）？", E("sy", "r.received.total")),
         ("加上上年结转的一共是多少？", E("sy", ["r.received.total", "r.carried_over.total"],
                                            alt=("共受理政府信息公开申请 749 件", 749)))))
    P(FU("zh", "appeals group switch then add all three",
         ("上海市府办2025年行政复议总计多少件？", E("sh25", "a.review.total")),
         ("直接起诉的行政诉讼总计呢？", E("sh25", "a.litigation_direct.total")),
         ("复议后起诉的总计？", E("sh25", "a.litigation_after_review.total")),
         ("这三项合计是多少？", E("sh25", ["a.review.total", "a.litigation_direct.total",
                                         "a.litigation_after_review.total"]))))
    P(FU("zh", "narrative number then a table number (科委)",
         ("上海科委2024年视频号发布了多少条短视频？", EN("kw", "短视频 584 条", 584, "条")),
         ("那年市科委的行政许可决定有多少？", E("kw", "c.licensing.decisions"))))
    P(FU("zh", "processed, of those granted, then a department breakdown",
         ("涧西区2020年一共办结了多少件申请？", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
         ("其中予以公开的是几件？", E("jx", "r.granted.total")),
         ("这13件分别涉及哪些部门的信息？", EU("no department breakdown is printed"))))
    P(FU("zh", "self-correction: row and column",
         ("淮安市2024年部分公开里商业企业是几件？", E("ha", "r.partially_granted.commercial")),
         ("我看串行了，应该是法律服务机构那列的予以公开。", E("ha", "r.granted.legal_services"))))
    P(FU("zh", "year switch then difference (reviews pending)",
         ("上海市政府办公厅2019年行政复议尚未审结的有几件？", E("sh19", "a.review.pending")),
         ("2025年还没审结的复议是多少？", E("sh25", "a.review.pending")),
         ("两年相差多少？", ED("sh19", "sh25", "a.review.pending"))))
    P(FU("zh", "unable total then of those (洪泽 2023)",
         ("洪泽区2023年无法提供的一共多少件？", E("hz23", "r.unable.total")),
         ("其中本机关不掌握的几件？", E("hz23", "r.unable.not_held.total"))))
    P(FU("zh", "body and year switch (normative documents in force)",
         ("沭阳县2025年现行有效的行政规范性文件有几件？", E("sy", "c.normative_docs.in_force")),
         ("洪泽区2023年的呢？", E("hz23", "c.normative_docs.in_force")),
         ("洪泽区2024年是多少？", E("hz24", "c.normative_docs.in_force"))))
    P(FU("zh", "narrative number then a breakdown not printed",
         ("沭阳县2025年爆款内容一共多少条？", EN("sy", "爆款内容52条", 52, "条")),
         ("这些爆款各发在哪个平台、各自播放多少？", EU("platforms and per-item views are not reported"))))
    P(FU("zh", "two columns then add (上海市府办 2019)",
         ("上海市府办2019年因为属于行政查询事项不予公开的，自然人的有几件？",
          E("sh19", "r.withheld.admin_query.natural_person")),
         ("商业企业同一项呢？", E("sh19", "r.withheld.admin_query.commercial")),
         ("两个加起来？", E("sh19", ["r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"]))))
    P(FU("zh", "check the figure (carried over?) then new plus carried",
         ("淮安2024年收到的申请3119件，这个含不含上年结转的？上年结转的是多少？",
          E("ha", "r.carried_over.total", alt=("含上年度结转申请 34", 34))),
         ("那上年结转加本年新收一共多少？", E("ha", ["r.received.total", "r.carried_over.total"]))))
    P(FU("zh", "year switch then difference (not held)",
         ("洪泽区2023年本机关不掌握相关信息的申请有几件？", E("hz23", "r.unable.not_held.total")),
         ("2024年对应的数是多少？", E("hz24", "r.unable.not_held.total")),
         ("增长了多少件？", ED("hz23", "hz24", "r.unable.not_held.total"))))
    P(FU("zh", "body switch (outcome totals)",
         ("上海科委2024年办理结果总计多少件？", E("kw", "r.total_processed.total")),
         ("上海市政府办公厅2025年办理结果总计呢？",
          E("sh25", "r.total_processed.total", alt=("办结 1191 件", 1191)))))
    P(FU("zh", "other-handling sub-rows then their total",
         ("沭阳县2025年其他处理里“其他”那一小项有多少件？", E("sy", "r.other.other.total")),
         ("逾期不补正、不再处理的呢？", E("sy", "r.other.overdue_correction.total")),
         ("其他处理三项合计？", E("sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total",
                                     "r.other.other.total"]))))
    P(FU("zh", "narrative number then a table number (涧西)",
         ("涧西区2020年统筹推进基层政务公开标准化规范化的试点领域有几个？",
          EN("jx", "26个试点领域标准指引", 26, "个", frm="我办积极落实")),
         ("那一年涧西区政府办的政府集中采购金额是多少万元？", E("jx", "c.procurement.amount", unit="万元"))))
    P(FU("zh", "column value then personal data",
         ("上海市府办2025年上年结转的申请中法律服务机构有几件？", E("sh25", "r.carried_over.legal_services")),
         ("提这4件申请的律所分别叫什么？", EU("applicants are not named; personal data"))))
    return out


def followup_en():
    out = []
    P = out.append
    P(FU("en", "year switch then difference (Hongze penalties)",
         ("How many administrative penalty decisions did Hongze District record in 2023?", E("hz23", "c.punishment.decisions")),
         ("And in 2024?", E("hz24", "c.punishment.decisions")),
         ("So how big was the drop?", ED("hz23", "hz24", "c.punishment.decisions"))))
    P(FU("en", "year switch then which year was busier (processed)",
         ("How many requests did the Shanghai General Office finish handling in 2019?",
          E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805件", 805))),
         ("What about for 2025?", E("sh25", "r.total_processed.total", alt=("办结 1191 件", 1191))),
         ("Which of the two years was busier, and by how many requests?", ED("sh19", "sh25", "r.total_processed.total"))))
    P(FU("en", "body switch (duplicates)",
         ("How many requests did Shuyang County turn down as duplicates in 2025?", E("sy", "r.not_processed.duplicate.total")),
         ("Same row for Huai'an in 2024?", E("ha", "r.not_processed.duplicate.total"))))
    P(FU("en", "row switch then add",
         ("Huai'an 2024: requests refused because disclosure would endanger security or stability?",
          E("ha", "r.withheld.security_stability.total")),
         ("And the ones refused to protect a third party's rights?", E("ha", "r.withheld.third_party.total")),
         ("Add those two together for me.", E("ha", ["r.withheld.security_stability.total",
                                                     "r.withheld.third_party.total"]))))
    P(FU("en", "column switch (not held)",
         ("In Huai'an's 2024 table, how many 'information not held' outcomes were for individuals?",
          E("ha", "r.unable.not_held.natural_person")),
         ("And for companies?", E("ha", "r.unable.not_held.commercial")),
         ("Legal services firms?", E("ha", "r.unable.not_held.legal_services"))))
    P(FU("en", "appeals group switch (pending)",
         ("Shuyang County 2025: how many disclosure-related administrative reviews were still pending at year-end?",
          E("sy", "a.review.pending")),
         ("How about lawsuits filed after review - any still pending?", E("sy", "a.litigation_after_review.pending")),
         ("And direct lawsuits still waiting for judgment?", E("sy", "a.litigation_direct.pending"))))
    P(FU("en", "received, then of those by column",
         ("How many new requests did Huai'an receive in 2024?",
          E("ha", "r.received.total", alt=("受理政府信息公开申请 3119", 3119))),
         ("Of those, how many were filed by individuals?", E("ha", "r.received.natural_person")),
         ("And by companies?", E("ha", "r.received.commercial"))))
    P(FU("en", "self-correction: column of the active table",
         ("How many normative documents did Shuyang repeal in 2025?", E("sy", "c.normative_docs.repealed")),
         ("Sorry, I meant how many it issued in 2025, not repealed.", E("sy", "c.normative_docs.issued"))))
    P(FU("en", "unable total, check a sub-row, then another",
         ("Shuyang 2025: how many requests ended up as 'unable to provide'?", E("sy", "r.unable.total")),
         ("Does that include cases where the request was still unclear after correction? How many of those?",
          E("sy", "r.unable.unclear.total")),
         ("And how many needed the information to be compiled from scratch?", E("sy", "r.unable.needs_creation.total"))))
    P(FU("en", "narrative number then a table number (STCSM)",
         ("How many articles did the 'Shanghai Science' WeChat account publish in 2024?",
          EN("kw", "共编发文章 1640 篇", 1640, "篇")),
         ("And in the disclosure table, how many requests did the commission grant in full that year?",
          E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9)))))
    P(FU("en", "received, partial, then topics (not printed)",
         ("How many requests did Hongze District take in during 2023?",
          E("hz23", "r.received.total", alt=("受理政府信息公开申请 21 件", 21))),
         ("How many were partially disclosed?", E("hz23", "r.partially_granted.total")),
         ("What were those four requests about?", EU("the content of requests is not reported"))))
    P(FU("en", "body switch three times (coercion)",
         ("How many administrative coercion decisions did Hongze District make in 2024?", E("hz24", "c.coercion.decisions")),
         ("Shuyang County in 2025?", E("sy", "c.coercion.decisions")),
         ("And Huai'an for 2024?", E("ha", "c.coercion.decisions"))))
    P(FU("en", "year switch then increase (direct lawsuits)",
         ("How many direct lawsuits over disclosure did the Shanghai General Office face in 2019?",
          E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
         ("Jump to 2025 - same figure?", E("sh25", "a.litigation_direct.total")),
         ("What's the increase between them?", ED("sh19", "sh25", "a.litigation_direct.total"))))
    P(FU("en", "narrative number then a table number (Shanghai GO 2025)",
         ("How many press conferences did the Shanghai municipal government hold in 2025, per the General Office report?",
          EN("sh25", "新闻发布会 42 场", 42, "场")),
         ("And how many requests did the General Office carry forward to the next year?",
          E("sh25", "r.carried_forward.total"))))
    P(FU("en", "review total, of those other outcome, then a breakdown not printed",
         ("How many disclosure-related administrative reviews did Huai'an have in 2024?",
          E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
         ("Of those, how many had an 'other' outcome?", E("ha", "a.review.other", alt=("其他结果 178", 178))),
         ("Can you break those 178 down by the reason each review was closed?",
          EU("no breakdown of review outcomes by reason is printed"))))
    P(FU("en", "two rows then combined",
         ("Shanghai General Office 2025: how many complaint-type requests (petitions, reports) were not processed?",
          E("sh25", "r.not_processed.petition.total")),
         ("And repeat requests?", E("sh25", "r.not_processed.duplicate.total")),
         ("Combined total of those two?", E("sh25", ["r.not_processed.petition.total",
                                                      "r.not_processed.duplicate.total"]))))
    P(FU("en", "self-correction: column, then another column",
         ("Shuyang 2025 - how many fully granted requests came from companies?", E("sy", "r.granted.commercial")),
         ("Sorry, I meant legal services firms, not companies.", E("sy", "r.granted.legal_services")),
         ("And from individuals?", E("sy", "r.granted.natural_person"))))
    P(FU("en", "year switch then difference (normative documents issued)",
         ("How many normative documents did Hongze District issue in 2024?", E("hz24", "c.normative_docs.issued")),
         ("And back in 2023?", E("hz23", "c.normative_docs.issued")),
         ("What's the difference between the two years?", ED("hz23", "hz24", "c.normative_docs.issued"))))
    P(FU("en", "body switch three times (lawsuits after review)",
         ("How many lawsuits filed after a review did Jianxi District's government office face in 2020?",
          E("jx", "a.litigation_after_review.total")),
         ("What about Huai'an in 2024?", E("ha", "a.litigation_after_review.total")),
         ("And Shuyang County in 2025?", E("sy", "a.litigation_after_review.total"))))
    P(FU("en", "check the figure then narrow (carried over)",
         ("STCSM's 2024 report: total requests handled in the outcome table?", E("kw", "r.total_processed.total")),
         ("Does that include the two carried over from the prior year? How many were carried over exactly?",
          E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2 件", 2)))))
    P(FU("en", "group total, of those upheld, then plaintiffs (not printed)",
         ("Shuyang 2025: how many direct lawsuits over disclosure?", E("sy", "a.litigation_direct.total")),
         ("How many of them were upheld?", E("sy", "a.litigation_direct.upheld")),
         ("Who were the plaintiffs?", EU("plaintiffs are not named; personal data"))))
    P(FU("en", "narrative number then a table number (Huai'an)",
         ("How many press conferences did Huai'an organise in 2024?", EN("ha", "新闻发布会 12 场", 12, "场")),
         ("In the same report, how many municipal regulations were still in force?", E("ha", "c.regulations.in_force"))))
    P(FU("en", "received then a channel breakdown (not printed)",
         ("In 2019, how many requests did the Shanghai General Office receive in total?",
          E("sh19", "r.received.total", alt=("共受理政府信息公开申请859件", 859))),
         ("How many came through the online portal and how many by post?",
          EU("no breakdown by submission channel"))))
    P(FU("en", "row and column switch in the active table (Hongze 2023)",
         ("Hongze District 2023: how many regulations in force?", E("hz23", "c.regulations.in_force")),
         ("And normative documents in force?", E("hz23", "c.normative_docs.in_force")),
         ("How many normative documents were repealed that year?", E("hz23", "c.normative_docs.repealed"))))
    P(FU("en", "two narrative numbers then a table number (Shuyang)",
         ("How many policy interpretation pieces did Shuyang County publish in 2025?",
          EN("sy", "累计发布解读类信息 21 条", 21, "条")),
         ("How many of them were graphic or video products?", EN("sy", "图文及视频类产品共 17 篇", 17, "篇")),
         ("And how many administrative licensing decisions did Shuyang make that year?",
          E("sy", "c.licensing.decisions"))))
    P(FU("en", "two withheld rows then the withheld total",
         ("For Hongze District in 2023, how many requests were refused as process information?",
          E("hz23", "r.withheld.process_info.total")),
         ("And as law-enforcement case files?", E("hz23", "r.withheld.enforcement_files.total")),
         ("What's the total withheld for any reason?", E("hz23", "r.withheld.total"))))
    P(FU("en", "appeals group switch (Shuyang upheld / other)",
         ("Shuyang 2025: reviews where the original decision was upheld?", E("sy", "a.review.upheld")),
         ("And lawsuits after review that were upheld?", E("sy", "a.litigation_after_review.upheld")),
         ("What about the 'other outcome' lawsuits after review?", E("sy", "a.litigation_after_review.other"))))
    P(FU("en", "year switch within a column (legal services carried over)",
         ("How many requests from legal services firms did the Shanghai General Office carry over into 2025?",
          E("sh25", "r.carried_over.legal_services")),
         ("What was the equivalent figure in the 2019 report?", E("sh19", "r.carried_over.legal_services"))))
    P(FU("en", "value then a district breakdown (not printed)",
         ("Shanghai General Office 2025: how many requests were closed as 'not held by this office'?",
          E("sh25", "r.unable.not_held.total")),
         ("Which districts did those requests concern?", EU("no district breakdown is printed"))))
    P(FU("en", "self-correction: year",
         ("Hongze District granted how many requests in full in 2024?", E("hz24", "r.granted.total")),
         ("Oops - I meant 2023.", E("hz23", "r.granted.total"))))
    P(FU("en", "organisations total, check one kind, then narrow",
         ("How many new requests from organisations (legal persons) did Huai'an receive in 2024?",
          E("ha", "r.received.legal_person")),
         ("Does that count legal services firms? How many were theirs?", E("ha", "r.received.legal_services"))))
    P(FU("en", "narrative number then a table number (Hongze 2024)",
         ("How many policy interpretation items did Hongze District release in 2024?",
          EN("hz24", "解读信息发布 7 条", 7, "条")),
         ("And how many requests that year were turned down because the district didn't hold the information?",
          E("hz24", "r.unable.not_held.total"))))
    P(FU("en", "body switch three times (fees)",
         ("How much did Shuyang County collect in administrative fees in 2025 (10,000 yuan)?",
          E("sy", "c.fees.amount", unit="万元")),
         ("Hongze in 2023?", E("hz23", "c.fees.amount", unit="万元")),
         ("And Huai'an in 2024?", E("ha", "c.fees.amount", unit="万元"))))
    P(FU("en", "column switch in the active table (STCSM)",
         ("How many normative documents were in force at the Shanghai science commission in 2024?",
          E("kw", "c.normative_docs.in_force")),
         ("And how many were newly issued?", E("kw", "c.normative_docs.issued",
                                                 alt=("行政规范性文件 13 件", 13)))))
    P(FU("en", "row switch (Jianxi)",
         ("How many requests did Jianxi's government office carry forward from 2020 into 2021?",
          E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
         ("How many did it grant in full in 2020?", E("jx", "r.granted.total"))))
    P(FU("en", "narrative number then a table number (Shanghai GO 2019)",
         ("How many departments were connected to the unified acceptance platform of 'One Netcom' in 2019, per the Shanghai General Office report?",
          EN("sh19", "53个部门", 53, "个")),
         ("And how many regulations did the Office newly publish that year, per the table?",
          E("sh19", "c.regulations.published", alt=("主动公开规章13件", 13)))))
    P(FU("en", "processed, carried forward, then response time (not printed)",
         ("How many requests did Hongze District finish processing in 2024, per the table?",
          E("hz24", "r.total_processed.total")),
         ("How many were carried into 2025?", E("hz24", "r.carried_forward.total")),
         ("How many days on average did those 95 take?", EU("response times are not reported"))))
    P(FU("en", "other handling total then of those",
         ("Shuyang 2025: total 'other handling' outcomes?", E("sy", "r.other.total")),
         ("Of those, how many because the applicant didn't pay the fee on time?", E("sy", "r.other.overdue_fee.total"))))
    P(FU("en", "two lawsuit groups then their sum",
         ("How many direct lawsuits did Huai'an face in 2024?", E("ha", "a.litigation_direct.total")),
         ("And how many after review?", E("ha", "a.litigation_after_review.total")),
         ("Total of the two?", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
                                 alt=("政府信息公开行政诉讼 46", 46)))))
    P(FU("en", "year switch then change (companies)",
         ("How many new requests did companies file with the Shanghai General Office in 2025?",
          E("sh25", "r.received.commercial")),
         ("And in 2019?", E("sh19", "r.received.commercial")),
         ("So what's the change from 2019 to 2025?", ED("sh19", "sh25", "r.received.commercial"))))
    P(FU("en", "self-correction: withheld ground",
         ("Shuyang County 2025: requests refused to protect third-party rights?", E("sy", "r.withheld.third_party.total")),
         ("No wait, scratch that - the law-enforcement case file ground.", E("sy", "r.withheld.enforcement_files.total"))))
    P(FU("en", "narrative number then a table number (Shanghai GO 2025 languages)",
         ("How many languages does the Shanghai International Services Portal cover, per the 2025 report?",
          EN("sh25", "覆盖 10 个语种", 10, "个")),
         ("How many administrative reviews did the General Office face that year?", E("sh25", "a.review.total"))))
    P(FU("en", "row switch then an item breakdown (not printed)",
         ("Did the science commission issue any administrative penalty decisions in 2024?", E("kw", "c.punishment.decisions")),
         ("And licensing decisions?", E("kw", "c.licensing.decisions")),
         ("Which licensing items account for most of them?", EU("no per-item licensing figures are printed"))))
    P(FU("en", "outcome switch then what the case was (not printed)",
         ("Hongze District 2023: administrative reviews where the decision was upheld?", E("hz23", "a.review.upheld")),
         ("And corrected?", E("hz23", "a.review.corrected")),
         ("What did the corrected case involve?", EU("case details are not reported"))))
    P(FU("en", "two columns then add (Shanghai GO 2019)",
         ("Shanghai General Office 2019: requests not processed as petitions or complaints - how many from individuals?",
          E("sh19", "r.not_processed.petition.natural_person")),
         ("And from companies?", E("sh19", "r.not_processed.petition.commercial")),
         ("Add them up.", E("sh19", ["r.not_processed.petition.natural_person",
                                     "r.not_processed.petition.commercial"]))))
    P(FU("en", "column and row switch in the active table (Huai'an)",
         ("How many normative documents did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
         ("And how many did it repeal?", E("ha", "c.normative_docs.repealed")),
         ("How many regulations did it repeal?", E("ha", "c.regulations.repealed"))))
    P(FU("en", "narrative number then a breakdown not printed",
         ("How many erroneous information items did Shuyang correct in 2025?", EN("sy", "各类错误信息83处", 83, "处")),
         ("And how many of those were on township websites?", EU("no breakdown by website or township"))))
    P(FU("en", "two narrative numbers (STCSM website)",
         ("How many items did the 'Shanghai Science' website publish in 2024?", EN("kw", "累计发布信息 2139 条", 2139, "条")),
         ("Of those, how many were interpretation pieces?", EN("kw", "解读类信息发布 21 条", 21, "条"))))
    P(FU("en", "column switch (Jianxi received)",
         ("Jianxi District government office 2020: new requests from businesses?", E("jx", "r.received.commercial")),
         ("What about private individuals?", E("jx", "r.received.natural_person"))))
    P(FU("en", "appeals group switch (Hongze 2024)",
         ("Hongze District 2024: lawsuits filed directly in court over disclosure?", E("hz24", "a.litigation_direct.total")),
         ("And those filed after a review?", E("hz24", "a.litigation_after_review.total")),
         ("How many administrative reviews were there in 2024?", E("hz24", "a.review.total"))))
    P(FU("en", "self-correction: row, then all three sub-rows",
         ("Huai'an 2024: requests dropped because the applicant didn't supplement them in time?",
          E("ha", "r.other.overdue_correction.total")),
         ("Correction - I meant the 'other' sub-row of other handling.", E("ha", "r.other.other.total")),
         ("And the three sub-rows combined?", E("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total",
                                                       "r.other.other.total"]))))
    P(FU("en", "value then a year not held",
         ("Shuyang County 2025: number of requests carried over from 2024?", E("sy", "r.carried_over.total")),
         ("What was Shuyang's full-grant count in its 2024 report?", EU("only the 2025 report of 沭阳县 is held"))))
    return out


def CONVERSATIONS():
    convs = []
    for part in (plain, neighbour, combine, rank, textonly, cannot, followup_zh, followup_en):
        convs.extend(part())
    return [tagged(c) for c in convs]
