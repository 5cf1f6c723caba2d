"""Question bank of blind evaluation set 206 (evals/blind206): everyday phone-typed traffic.

WARNING: this file holds the text of every TEST question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Every wording here was newly written for this set. The bank only names bodies, keys, keywords
and the question text; every expected number is computed by helpers206 (gold/*.json, derived
keys per spec/README.md), by text_cell() over printed rows of the three reports without gold
(SPECS below: exactly the cells blind6's text_cells.json had verified), or cut from the report
text by sentence().
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib206 as L  # noqa: E402
from helpers206 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V,  # noqa: E402,F401
                        cols)

# Printed cells of the reports without gold: the same specs blind6 verified (text_cells.json).
_NUM6 = "一、本年新收政府信息公开申请数量"
_CO = "二、上年结转政府信息公开申请数量"
_CF = "四、结转下年度继续办理"
_AP_HZ = "四、政府信息公开行政复议、行政诉讼情况"
_AP_SH = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AP_HZ, 14),
        "appeals.litigation_direct.total": ("after", _AP_HZ, 9),
        "appeals.review.total": ("after", _AP_HZ, 4),
        "requests.carried_forward.total": ("row", _CF, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", _NUM6, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", _CO, 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", _NUM6, 1),
        "requests.received.natural_person": ("row", _NUM6, 0),
        "requests.received.total": ("row", _NUM6, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _AP_SH, 14),
        "appeals.litigation_direct.pending": ("after", _AP_SH, 8),
        "appeals.litigation_direct.total": ("after", _AP_SH, 9),
        "appeals.review.pending": ("after", _AP_SH, 3),
        "appeals.review.total": ("after", _AP_SH, 4),
        "requests.carried_forward.total": ("row", _CF, 6),
        "requests.carried_over.legal_services": ("row", _CO, 4),
        "requests.carried_over.natural_person": ("row", _CO, 0),
        "requests.carried_over.total": ("row", _CO, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", _NUM6, 1),
        "requests.received.natural_person": ("row", _NUM6, 0),
        "requests.received.total": ("row", _NUM6, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
ORG5_RECEIVED = ["r.received.%s" % c for c in L.ORG_COLS]


# ------------------------------------------------------------------ tagged builders
def plain(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def trap(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def add(lang, b, keys, q, note, **kw):
    assert len(keys) >= 2
    return S(lang, b, keys, q, "[combine] sum: " + note, **kw)


def diff(lang, b1, b2, keys, q, note, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference: " + note, **kw)


def rank(lang, bodies, keys, order, q, note, **kw):
    assert 3 <= len(bodies) <= 4
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + note)


def follow(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def cannot(lang, q, why, note):
    return U(lang, q, why, "[cannot] " + note)


# ================================================================== [plain] (91)
def plain_values():
    out = []
    P = out.append
    # ---------------- 淮安市人民政府 2024 (gold 001)
    P(plain("zh", "ha", "r.received.total",
            "淮安24年 依申请公开 一共收了多少件啊？？",
            "淮安 short name, two-digit year, doubled ？; table 新收 = text 受理 3119",
            alt=("3119", 3119)))
    P(plain("zh", "ha", "c.punishment.decisions",
            "那份24年淮安的报告里，行政处罚的决定数是多少 我看着好大一个数",
            "report named loosely; trailing remark"))
    P(plain("zh", "ha", "r.partially_granted.total",
            "淮安市政府2024年 部份公开 的有几件",
            "typo 部份 for 部分"))
    P(plain("zh", "ha", "r.not_processed.petition.total",
            "请问淮安2024年因为是信访举报投诉类被不予处理的申情有多少件。",
            "homophone typo 申情"))
    P(plain("zh", "ha", "c.normative_docs.repealed",
            "淮安 24年 行政规范性文件废止了几个",
            "stray spaces; 废止 column"))
    P(plain("zh", "ha", "a.review.corrected",
            "淮安2024 行政复议 结果纠正 几件？谢谢！！",
            "text states the same 64", alt=("结果纠正 64", 64)))
    P(plain("en", "ha", "r.granted.total",
            "hi, Huaian city 2024, how many info requests got fully disclosed (予以公开)? need it for my class thx",
            "student; Chinese label in brackets"))
    P(plain("en", "ha", "c.licensing.decisions",
            "quick one pls: Huai'an 2024 admin licensing (行政许可) decisions -- whats the number? my boss is waiting lol",
            "terse, no question mark"))
    P(plain("en", "ha", "r.received.commercial",
            "in Huaian's 2024 disclosure report, how many applications came from companies (商业企业)?",
            "report named loosely; new requests, commercial column"))
    P(plain("en", "ha", "r.withheld.state_secret.total",
            "I'm a reporter looking at Huaian. For 2024, how many requests were refused because the info was a state secret?",
            "reporter story"))
    P(plain("en", "ha", "r.unable.not_held.total",
            "Huaian 2024 -- number of requests where the government said it doesnt hold the info (本机关不掌握)? thanks in advance",
            "polite trailing filler"))
    P(plain("en", "ha", "c.fees.amount",
            "how much admin fees did Huaian collect in 2024? in 万元 is fine",
            "money in 万元", unit="万元"))
    P(plain("en", "ha", "a.litigation_direct.total",
            "Huai'an municipal gov 2024: lawsuits filed straight to court without reconsideration first - how many total?",
            "direct-lawsuit total"))
    P(plain("en", "ha", "r.received.legal_services",
            "For Huaian 2024 I need the requests from law firms / legal service orgs (法律服务机构), the new ones. ty",
            "legal services column of new requests"))
    P(plain("en", "ha", "r.carried_forward.total",
            "my professor asked me: Huaian 2024, how many requests were still not finished and pushed into the next year?",
            "text states 103 顺延 as well", alt=("顺延", 103)))
    P(plain("en", "ha", "c.coercion.decisions",
            "Huaian 2024 report... administrative coercion (行政强制) decisions, how much were there",
            "coercion decisions"))
    P(plain("en", "ha", "r.other.overdue_correction.total",
            "How many applications in Huaian 2024 were dropped cause the applicant never fixed/completed them in time (逾期不补正)?",
            "other handling, sub-item 1"))
    P(plain("en", "ha", "a.review.pending",
            "Huaian, year 2024, reconsideration cases still not concluded at the end -- number pls",
            "text states the same 37", alt=("尚未审结 37", 37)))
    P(plain("en", "ha", "r.withheld.third_party.total",
            "Sorry to bother. In Huaian 2024 how many requests was refused for protecting third party rights (保护第三方合法权益)?",
            "withheld, third party"))
    P(plain("en", "ha", "r.received.natural_person",
            "As a normal citizen im curious -- in 2024 how many requests did ordinary people (自然人) send to Huaian city government? new ones only",
            "natural persons, new requests"))
    # ---------------- 沭阳县人民政府 2025 (gold 006)
    P(plain("zh", "sy", "c.licensing.decisions",
            "沭阳25年行政许可处理决定多少个",
            "no punctuation, two-digit year"))
    P(plain("zh", "sy", "r.granted.total",
            "沭阳县政府2025年 予以公开 多少件。。",
            "doubled 。"))
    P(plain("zh", "sy", "c.normative_docs.in_force",
            "想问下 沐阳县25年的 行政规范性文件现行有效的有几件",
            "body typed with the report's own slip 沐阳"))
    P(plain("zh", "sy", "a.review.upheld",
            "沭阳2025 复义 维持了几个",
            "homophone typo 复义 for 复议"))
    P(plain("zh", "sy", "r.carried_forward.total",
            "沭阳县 2025年 结转到下一年的申请 几件?",
            "text states the same 31", alt=("结转下一年 31", 31)))
    P(plain("zh", "sy", "r.withheld.internal_affairs.total",
            "沭阳25年 因为属于三类内部事务信息所以不公开的 有多少",
            "withheld, internal affairs"))
    P(plain("en", "sy", "c.punishment.decisions",
            "Shuyang county 2025 how many admin penalty decisions? (行政处罚)",
            "label in brackets at the end"))
    P(plain("en", "sy", "r.unable.needs_creation.total",
            "in Shuyang's 2025 report, what's the number of requests they couldnt answer because they'd have to make the info from scratch (另行制作)?",
            "unable, needs creation"))
    P(plain("en", "sy", "r.not_processed.duplicate.total",
            "Shuyang 2025 - how many duplicate applications (重复申请) did they decline to handle?",
            "not processed, duplicate"))
    P(plain("en", "sy", "r.received.commercial",
            "Hi there, I work as a clerk at a small trading company near Suqian. For Shuyang County 2025, how many requests were sent by companies like ours (商业企业), new ones?",
            "company clerk story"))
    P(plain("en", "sy", "c.fees.amount",
            "Doing a budget comparison for my master thesis. Shuyang County 2025, the 行政事业性收费 amount in ten-thousand yuan? Thank you so much!",
            "money in 万元", unit="万元"))
    P(plain("en", "sy", "r.total_processed.total",
            "how many requests did Shuyang deal with altogether in 2025 - the 办理总计 figure",
            "text states the same 718", alt=("共办理 718", 718)))
    P(plain("en", "sy", "a.litigation_after_review.total",
            "shuyang county gov 2025 -- lawsuits people brought AFTER going thru reconsideration, total number??",
            "after-review lawsuits"))
    P(plain("en", "sy", "r.other.other.total",
            "For Shuyang 2025 how many requests ended up in the '3. other' line under 其他处理?",
            "other handling, sub-item 3"))
    P(plain("en", "sy", "c.normative_docs.issued",
            "Shuyang 2025, how many new normative document (规范性文件) they issued in that year?",
            "issued"))
    P(plain("en", "sy", "r.partially_granted.total",
            "Shuyang 2025 how many requests were only partly disclosed?? thanks a lot",
            "doubled ?, trailing thanks"))
    P(plain("en", "sy", "r.carried_over.total",
            "hello, for Shuyang county 2025 what is the number of requests left over from the year before (上年结转)? cheers",
            "carried over"))
    P(plain("en", "sy", "r.withheld.admin_query.total",
            "Shuyang 2025, how many of the refusals were because it counts as a 行政查询事项 (admin query)?",
            "withheld, administrative query"))
    # ---------------- 上海市人民政府办公厅 2019 (gold 009)
    P(plain("zh", "sh19", "r.received.total",
            "上海市府办2019年新收申请一共多少",
            "市府办 short name; text states the same 859", alt=("859件", 859)))
    P(plain("zh", "sh19", "c.procurement.projects",
            "市府办19年 政府集中采购 项目有几个",
            "2019 format only: procurement projects"))
    P(plain("zh", "sh19", "c.normative_docs.total_published",
            "上海市政府办公厅 2019 规范性文件 对外公开总数 是多少？",
            "total published column"))
    P(plain("zh", "sh19", "a.litigation_direct.total",
            "上海市府办2019年 没经过复议直接去法院起诉的 有几件",
            "text '诉讼9件' agrees", alt=("诉讼9件", 9)))
    P(plain("en", "sh19", "r.received.commercial",
            "my company's legal dept wants to know: Shanghai general office 2019, how many requests came from businesses (商业企业)?",
            "commercial column"))
    P(plain("en", "sh19", "r.total_processed.total",
            "Shanghai Municipal Gov General Office, 2019 report: how many requests were dealt with by year end (办理总计)?",
            "text states the same 805", alt=("805件", 805)))
    P(plain("en", "sh19", "c.procurement.amount",
            "Shanghai gen office 2019, centralised procurement total amount? in 万元 pls",
            "printed 251000元 = 25.1 万元", unit="万元"))
    P(plain("en", "sh19", "r.not_processed.petition.natural_person",
            "2019 Shanghai General Office: requests from individuals that got bounced as petition/complaint type (信访举报投诉类)?",
            "natural-person cell (row total printed blank)"))
    P(plain("en", "sh19", "c.regulations.total_published",
            "Shanghai Gen Office 2019 - regulations (规章) published in total up to then (对外公开总数量)?",
            "2019-format column"))
    P(plain("en", "sh19", "r.unable.not_held.natural_person",
            "shanghai general office, 2019: for requests from individuals, how many times did they say they dont hold it (不掌握)?",
            "natural-person cell (row total printed blank)"))
    P(plain("en", "sh19", "a.review.pending",
            "Shanghai General Office 2019, how many reconsideration still not decided by year end? (尚未审结)",
            "review pending"))
    P(plain("en", "sh19", "r.carried_over.total",
            "for the Shanghai 2019 general office report, requests carried over from 2018 (上年结转)?",
            "text states the same 18", alt=("上年度结转申请18件", 18)))
    # ---------------- 淮安市洪泽区人民政府 2023 (gold 004)
    P(plain("zh", "hz23", "c.punishment.decisions",
            "洪泽23年 行政处法决定多少",
            "homophone typo 处法 for 处罚"))
    P(plain("zh", "hz23", "c.fees.amount",
            "洪泽区政府2023年的行政事业性收费 多少万元？",
            "money in 万元", unit="万元"))
    P(plain("zh", "hz23", "r.partially_granted.total",
            "洪泽 2023 部分公开几件啊",
            "colloquial 啊"))
    P(plain("zh", "hz23", "r.unable.not_held.total",
            "在洪泽2023年那份年报里 本机关不掌握相关信息的 是几件",
            "report named loosely"))
    P(plain("en", "hz23", "c.licensing.decisions",
            "Hongze district 2023 -- admin licensing decisions count? just the number is ok",
            "licensing"))
    P(plain("en", "hz23", "r.withheld.state_secret.total",
            "In Hongze's 2023 disclosure report, how many requests were held back as state secrets?",
            "report named loosely"))
    P(plain("en", "hz23", "c.normative_docs.in_force",
            "hongze 2023 normative docs, how many still valid (现行有效)...",
            "in force"))
    P(plain("en", "hz23", "a.review.upheld",
            "Hongze District 2023: reconsideration cases where the decision was kept (结果维持)?",
            "review upheld (the printed review 总计 0 is not asked)"))
    P(plain("en", "hz23", "r.unable.needs_creation.total",
            "hongze 2023 how many requests they couldnt provide since the info would need to be newly made?",
            "lower-case body, no punctuation"))
    P(plain("en", "hz23", "c.coercion.decisions",
            "Hongze '23 coercive measures decisions (行政强制)?",
            "apostrophe year '23"))
    P(plain("en", "hz23", "r.total_processed.total",
            "Hongze 2023 -- total requests handled, the (七)总计 line?",
            "total processed"))
    # ---------------- 涧西区人民政府办公室 2020 (gold seed)
    P(plain("zh", "jx", "c.procurement.amount",
            "帮同学问一下，涧西区20年 政府集中采购 总金额多少",
            "money in 万元", unit="万元"))
    P(plain("zh", "jx", "c.normative_docs.made",
            "涧西区政府办2020年 规范性文件新制作了几件",
            "2019-format column"))
    P(plain("zh", "jx", "r.carried_forward.total",
            "涧西2020 年底还在办没办完的申请几个",
            "text '在办2件' agrees", alt=("在办2件", 2)))
    P(plain("en", "jx", "r.granted.total",
            "I'm helping my uncle who lives in Jianxi with a request. How many requests did Jianxi District grant in full in 2020?",
            "granted"))
    P(plain("en", "jx", "c.procurement.projects",
            "Jianxi 2020 - number of government procurement projects (采购项目数量)?",
            "procurement projects"))
    P(plain("en", "jx", "r.unable.not_held.total",
            "Jianxi district office 2020, how many requests got the 'info not held by this agency' answer?",
            "not held"))
    P(plain("en", "jx", "a.litigation_after_review.total",
            "jianxi 2020 -- lawsuits after review (复议后起诉), total pls",
            "after-review lawsuits"))
    P(plain("en", "jx", "r.received.total",
            "Jianxi district, 2020, new requests received -- total please",
            "text states the same 17", alt=("收到依申请公开17件", 17)))
    # ---------------- 淮安市洪泽区人民政府 2024 (no gold: printed rows)
    P(plain("zh", "hz24", "c.licensing.decisions",
            "洪泽区24年 行政许可 处理了多少。。急",
            "text cell"))
    P(plain("zh", "hz24", "c.coercion.decisions",
            "洪泽2024 行政强制决定 几个",
            "text cell"))
    P(plain("en", "hz24", "c.punishment.decisions",
            "In Hongze's 2024 annual disclosure report how many administrative penalty (行政处罚) decisions are listed?",
            "text cell"))
    P(plain("en", "hz24", "c.fees.amount",
            "Hongze District 2024 fee income (行政事业性收费), how many 万元?",
            "text cell, money", unit="万元"))
    P(plain("en", "hz24", "r.granted.total",
            "In Hongze 2024, how many requests were fully disclosed (予以公开)?",
            "text cell"))
    P(plain("en", "hz24", "r.unable.not_held.total",
            "hongze 2024, the 'agency doesnt have that info' count?",
            "text cell"))
    P(plain("en", "hz24", "a.review.total",
            "hongze 2024: reconsideration total (行政复议 总计)?? thx",
            "text cell"))
    # ---------------- 上海市科学技术委员会 2024 (no gold: printed rows)
    P(plain("zh", "kw", "c.licensing.decisions",
            "上海科委2024年 行政许可 多少个决定 谢谢啦",
            "text cell"))
    P(plain("zh", "kw", "r.received.natural_person",
            "市科委24年 个人（自然人）新提交的申请 几件",
            "text cell"))
    P(plain("en", "kw", "c.normative_docs.in_force",
            "STCSM 2024, normative documents in force right now (现行有效)?",
            "text cell"))
    P(plain("en", "kw", "r.total_processed.total",
            "Shanghai science & tech commission 2024 -- total handled requests (总计)?",
            "text cell"))
    P(plain("en", "kw", "r.received.commercial",
            "STCSM 2024 how many requests from enterprises? I'm asking for a startup incubator",
            "text cell"))
    P(plain("en", "kw", "c.punishment.decisions",
            "Shanghai Sci-Tech Commission 2024, how many admin penalties (行政处罚) did they decide?",
            "text cell, value 0"))
    P(plain("en", "kw", "r.carried_over.total",
            "STCSM 2024: requests carried in from the year before?",
            "text cell; text states the same 2", alt=("34 件", 2)))
    # ---------------- 上海市人民政府办公厅 2025 (no gold: printed rows)
    P(plain("zh", "sh25", "r.carried_forward.total",
            "我是做课题的学生，上海市府办2025 结转下年度继续办理的 多少件？",
            "text cell"))
    P(plain("zh", "sh25", "r.unable.not_held.total",
            "市府办25年 不掌握相关政府信息的 有几件？？",
            "text cell"))
    P(plain("zh", "sh25", "r.not_processed.petition.total",
            "上海市政府办公厅25年 信访举报投诉类申请 不予处理的有几见",
            "text cell"))
    P(plain("en", "sh25", "r.received.natural_person",
            "Shanghai general office 2025: new requests by individuals (自然人), how many? Thanks!!",
            "text cell"))
    P(plain("en", "sh25", "a.review.total",
            "Shanghai Gen Office 2025, admin reconsideration total?",
            "text cell (includes carried-over cases per the report's note)"))
    P(plain("en", "sh25", "r.granted.total",
            "I'm a reporter writing on Shanghai's openness. For the General Office in 2025, how many requests ended with full disclosure?",
            "text cell"))
    P(plain("en", "sh25", "a.litigation_direct.total",
            "for 2025 Shanghai gov general office, lawsuits filed directly - total?",
            "text cell"))
    P(plain("en", "sh25", "r.unable.needs_creation.total",
            "Shanghai general office 2025 how many requests where they'd have to create new information?",
            "text cell"))
    return out


# ================================================================== [neighbour] (13)
def traps():
    out = []
    P = out.append
    P(trap("zh", "ha", "r.carried_over.total",
           "淮安24年 从上一年结转过来的申请有几件（我问的不是结转到下年的那个）",
           "结转上年 34 vs 结转下年 103; text states the same 34", alt=("上年度结转申请 34", 34)))
    P(trap("zh", "sy", "a.litigation_after_review.total",
           "沭阳25年 行政诉讼里 先复议了然后再起诉的 总数多少",
           "复议后起诉 10 vs 直接起诉 3"))
    P(trap("zh", "hz23", "c.normative_docs.issued",
           "洪泽2023 行政规范性文件 当年制发 几件 ，，不要废止的也不要现行有效的",
           "制发 0 vs 废止 5 / 现行有效 5"))
    P(trap("zh", "sh19", "c.normative_docs.made",
           "上海市府办19年 规范性文件 当年新做的有几件，别给我总数",
           "新制作 60 vs 对外公开总数 368; text states the same 60", alt=("行政规范性文件60件", 60)))
    P(trap("zh", "ha", "r.withheld.process_info.total",
           "淮安2024 因为 属于四类过程性信息 不公开的有几件",
           "过程性信息 12 vs 内部事务 8"))
    P(trap("en", "ha", "a.review.other",
           "Huaian 2024 reconsiderations with an 'other outcome' (其他结果) -- not the corrected ones, the other ones",
           "其他结果 178 vs 纠正 64; text states the same 178", alt=("其他结果 178", 178)))
    P(trap("en", "sy", "r.received.legal_services",
           "Shuyang 2025: new requests from legal service agencies (法律服务机构)... not the companies column pls",
           "法律服务机构 5 vs 商业企业 3"))
    P(trap("en", "ha", "c.normative_docs.in_force",
           "Huaian 2024 normative documents: how many are currently in effect? (not how many were issued)",
           "现行有效 66 vs 制发 8 / 废止 26"))
    P(trap("en", "sy", "a.review.corrected",
           "Shuyang 2025 reconsideration results that were corrected (结果纠正), not the ones upheld",
           "纠正 10 vs 维持 27"))
    P(trap("en", "sh19", "r.carried_forward.total",
           "Shanghai Gen Office 2019 -- requests carried forward into 2020 (结转下年度), not the carried-in ones from 2018",
           "结转下年 72 vs 上年结转 18; text states the same 72", alt=("顺延", 72)))
    P(trap("en", "hz23", "a.litigation_after_review.upheld",
           "Hongze 2023: lawsuits that came after reconsideration (复议后起诉), how many were upheld?",
           "复议后起诉 维持 5 vs 直接起诉 维持 0 (printed 总计 0 not asked)"))
    P(trap("en", "kw", "c.normative_docs.issued",
           "STCSM 2024 normative docs ISSUED during 2024, not the in-force total",
           "制发 13 vs 现行有效 55 (text cell)"))
    P(trap("en", "sh25", "r.carried_over.total",
           "Shanghai General Office 2025, how many came over from 2024 (上年结转)? not the ones rolled into 2026",
           "上年结转 189 vs 结转下年 293 (text cell); text states the same 189", alt=("上年结转 189", 189)))
    return out


# ================================================================== [combine] (26)
def combos():
    out = []
    P = out.append
    # sums (16)
    P(add("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"],
          "淮安24年 不予公开里 国家秘密 加上 法律法规禁止公开 的 一共几件",
          "2 cells"))
    P(add("zh", "sy", ["r.received.total", "r.carried_over.total"],
          "沭阳25年 新收的 加上 上年结转的 一共多少件申请",
          "2 cells; = text 受理 749", alt=("749", 749)))
    P(add("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽2023 行政许可+行政处罚+行政强制 决定数加起来多少",
          "3 cells"))
    P(add("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "上海市府办25年 无法提供里面 不掌握 和 需要另行制作 的加一起 多少件",
          "2 text cells (the text's 564 also counts 补正后仍不明确)"))
    P(add("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
          "涧西2020 予以公开 加 本机关不掌握 的 一共几件呀",
          "2 cells"))
    P(add("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "doing a presentation -- Huaian 2024, fully disclosed + partly disclosed together how many?",
          "2 cells"))
    P(add("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Huaian 2024 lawsuits, direct ones plus the after-reconsideration ones, add them up for me",
          "2 cells; text states 行政诉讼 46", alt=("行政诉讼 46", 46)))
    P(add("en", "ha", ORG5_RECEIVED,
          "For Huai'an 2024, new requests from all the organisation types combined (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)?",
          "5 cells = legal_person column"))
    P(add("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "Huaian 2024 all three 'cannot provide' (无法提供) reasons put together?",
          "3 cells"))
    P(add("en", "sy", ["c.punishment.decisions", "c.coercion.decisions"],
          "Shuyang 2025 admin penalty decisions plus coercion decisions, total?",
          "2 cells"))
    P(add("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Shuyang 2025 -- reconsideration cases and both kinds of lawsuits, everything together?",
          "3 cells; text states 74 案件", alt=("74 件", 74)))
    P(add("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total",
                       "r.other.other.total"],
          "Shuyang 2025, sum of the three sub-lines under 其他处理 please",
          "3 cells"))
    P(add("en", "sh19", cols("granted"),
          "Shanghai general office 2019: fully granted (予以公开) across every applicant column, added up -- the 总计 box is empty in the table",
          "6 cells (row total printed blank)"))
    P(add("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
          "Shanghai Gen Office 2019 - regulations made plus normative documents made, combined?",
          "2 cells"))
    P(add("en", "hz23", WITHHELD8,
          "Hongze 2023 -- add up all eight 不予公开 reasons for me",
          "8 cells"))
    P(add("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze 2024, licensing + penalty + coercion decisions added together?",
          "3 text cells"))
    # differences (10)
    P(diff("zh", "hz23", "hz24", "c.licensing.decisions",
           "洪泽区 行政许可决定数 2024年比2023年多了多少！！",
           "洪泽 2023→2024 (2024 from its printed row)"))
    P(diff("zh", "sh19", "sh25", "r.received.total",
           "上海市府办 2025年新收申请 比 2019年 多几件",
           "上海市府办 2019→2025"))
    P(diff("zh", "hz23", "hz24", "r.unable.not_held.total",
           "洪泽 本机关不掌握的申请 23年到24年 变化了多少",
           "洪泽 2023→2024"))
    P(diff("zh", "sh19", "sh25", "r.carried_forward.total",
           "市府办 结转下年度继续办理 19年和25年 差多少",
           "上海市府办 2019→2025"))
    P(diff("en", "hz23", "hz24", "c.punishment.decisions",
           "Hongze admin penalty decisions (行政处罚), change from 2023 to 2024? up or down?",
           "洪泽 2023→2024 (a drop)"))
    P(diff("en", "hz23", "hz24", "c.fees.amount",
           "Hongze fee revenue 2023 vs 2024 -- by how much did it go up or down (万元)?",
           "洪泽 2023→2024, money", unit="万元"))
    P(diff("en", "sh19", "sh25", "r.total_processed.total",
           "Shanghai General Office: total requests handled in 2025 compared with 2019, whats the difference",
           "上海市府办 2019→2025"))
    P(diff("en", "sh19", "sh25", "a.review.total",
           "How many more reconsideration cases did the Shanghai general office have in 2025 than in 2019?",
           "上海市府办 2019→2025"))
    P(diff("en", "hz23", "hz24", "c.normative_docs.in_force",
           "Hongze normative documents in force: 2023 vs 2024, how much did it change",
           "洪泽 2023→2024"))
    P(diff("en", "sh19", "sh25", "a.litigation_direct.total",
           "Shanghai Gen Office direct lawsuits -- 2019 number vs 2025 number, the gap?",
           "上海市府办 2019→2025"))
    return out


# ================================================================== [rank] (13)
def ranks():
    out = []
    P = out.append
    P(rank("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "淮安2024、沭阳2025、上海市府办2019 这三个里 谁新收申请最多呀",
           "3 bodies, desc"))
    P(rank("zh", ["jx", "hz23", "sy"], "c.licensing.decisions", "desc",
           "涧西2020 洪泽2023 沭阳2025 哪个行政许可决定最多？",
           "3 bodies, desc"))
    P(rank("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
           "淮安24年 洪泽23年 沭阳25年 三家的行政强制 谁最少",
           "3 bodies, asc"))
    P(rank("zh", ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
           "涧西20年、淮安24年、沭阳25年、上海市府办19年 直接起诉的行政诉讼 哪家最少",
           "4 bodies, asc"))
    P(rank("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc",
           "Which had the most reconsideration cases: Huaian 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?",
           "4 bodies, desc"))
    P(rank("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
           "For my comparison slide: among Huaian 2024, Hongze 2023 and Shuyang 2025, who has the fewest normative docs in force (现行有效)?",
           "3 bodies, asc"))
    P(rank("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
           "Fees collected -- Huaian 2024, Hongze 2023, Shuyang 2025: which one is lowest?",
           "3 bodies, asc, money", unit="万元"))
    P(rank("en", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc",
           "Carried over from the previous year: Huaian 2024 vs Shuyang 2025 vs Shanghai Gen Office 2019 vs Jianxi 2020, which is biggest?",
           "4 bodies, desc, close values 34/36"))
    P(rank("en", ["sy", "sh19", "hz23"], "r.received.natural_person", "desc",
           "New requests from individuals: Shuyang 2025, Shanghai general office 2019, Hongze 2023 -- which is biggest?",
           "3 bodies, desc"))
    P(rank("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
           "Penalty decisions, Huaian 2024 / Hongze 2023 / Shuyang 2025 -- who's on top?",
           "3 bodies, desc"))
    P(rank("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc",
           "Individuals' requests answered with 不掌握: Huaian 2024, Shuyang 2025, Shanghai General Office 2019, Hongze 2023 -- fewest?",
           "4 bodies, asc, natural-person column"))
    P(rank("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
           "Petition-type refusals from individuals: Huaian 2024, Shuyang 2025, Shanghai general office 2019 -- who had the most?",
           "3 bodies, desc, natural-person column"))
    P(rank("en", ["ha", "sy", "jx"], "a.review.upheld", "desc",
           "Reconsiderations upheld -- Huaian 2024, Shuyang 2025, Jianxi 2020, which is highest?",
           "3 bodies, desc"))
    return out


# ================================================================== [followup] (39)
def followups():
    out = []
    P = out.append
    # ---- zh (13)
    P(follow("zh", [
        ("洪泽23年行政许可决定多少", E("hz23", "c.licensing.decisions")),
        ("那24年的数字有吗", E("hz24", "c.licensing.decisions")),
    ], "year switch 洪泽 2023→2024 (2024 from its printed row)"))
    P(follow("zh", [
        ("上海市府办2019 新收申请总共多少", E("sh19", "r.received.total", alt=("859件", 859))),
        ("2025年那份里呢", E("sh25", "r.received.total", alt=("1295", 1295))),
    ], "year switch 上海市府办 2019→2025"))
    P(follow("zh", [
        ("淮安24年 行政复议总数多少", E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ("沭阳县25年的复议总数呢", E("sy", "a.review.total")),
    ], "body switch 淮安→沭阳"))
    P(follow("zh", [
        ("沭阳2025 予以公开多少", E("sy", "r.granted.total")),
        ("部分公开呢", E("sy", "r.partially_granted.total")),
        ("不予公开里 行政执法案卷的呢", E("sy", "r.withheld.enforcement_files.total")),
    ], "row switches"))
    P(follow("zh", [
        ("淮安2024年 本机关不掌握 的申请里 自然人的有几件", E("ha", "r.unable.not_held.natural_person")),
        ("商业企业的呢", E("ha", "r.unable.not_held.commercial")),
        ("法律服务机构呢？", E("ha", "r.unable.not_held.legal_services")),
    ], "column switches"))
    P(follow("zh", [
        ("洪泽2023年 复议 维持几件", E("hz23", "a.review.upheld")),
        ("那复议后起诉的 结果维持呢", E("hz23", "a.litigation_after_review.upheld")),
    ], "appeals group switch (printed 总计 cells avoided)"))
    P(follow("zh", [
        ("涧西2020 新收申请几个", E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
        ("洪泽区23年的呢", E("hz23", "r.received.total", alt=("受理政府信息公开申请 21", 21))),
    ], "body and year switch"))
    P(follow("zh", [
        ("市府办2025年 上年结转的有多少件", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
        ("2019年那会儿呢", E("sh19", "r.carried_over.total", alt=("上年度结转申请18件", 18))),
    ], "year switch backwards 2025→2019"))
    P(follow("zh", [
        ("洪泽2023年收费金额多少万", E("hz23", "c.fees.amount", unit="万元")),
        ("2024呢？", E("hz24", "c.fees.amount", unit="万元")),
    ], "year switch, money"))
    P(follow("zh", [
        ("沭阳县25年 行政处罚决定数", E("sy", "c.punishment.decisions")),
        ("行政强制呢", E("sy", "c.coercion.decisions")),
    ], "row switch in table 二"))
    P(follow("zh", [
        ("淮安24年 其他处理里面 逾期不缴费的 几件", E("ha", "r.other.overdue_fee.total")),
        ("那“其他”那一项呢", E("ha", "r.other.other.total")),
    ], "sub-item switch"))
    P(follow("zh", [
        ("上海科委2024年 新收申请总计多少", E("kw", "r.received.total", alt=("34 件", 34))),
        ("上海市府办2025的呢", E("sh25", "r.received.total", alt=("1295", 1295))),
    ], "body switch between two reports without gold (text cells)"))
    P(follow("zh", [
        ("沭阳25年 复议 尚未审结的有几件", E("sy", "a.review.pending")),
        ("直接起诉那边尚未审结的呢", E("sy", "a.litigation_direct.pending")),
    ], "appeals group switch"))
    # ---- en (26)
    P(follow("en", [
        ("hey, Hongze 2023 how many normative docs (规范性文件) they issued?", E("hz23", "c.normative_docs.issued")),
        ("and in 2024 one?", E("hz24", "c.normative_docs.issued")),
    ], "year switch 洪泽 2023→2024"))
    P(follow("en", [
        ("Shanghai General Office 2019 report, total requests processed? (办理结果总计)", E("sh19", "r.total_processed.total", alt=("805件", 805))),
        ("same thing for 2025 pls", E("sh25", "r.total_processed.total", alt=("1191", 1191))),
    ], "year switch 上海市府办 2019→2025"))
    P(follow("en", [
        ("Huaian 2024, refused because it would endanger security/stability (三安全一稳定)?", E("ha", "r.withheld.security_stability.total")),
        ("ok and Shuyang in 2025?", E("sy", "r.withheld.security_stability.total")),
    ], "body switch"))
    P(follow("en", [
        ("Huaian 2024 -- duplicate requests (重复申请) they didnt process, how many?", E("ha", "r.not_processed.duplicate.total")),
        ("and the ones asking for public publications (公开出版物)?", E("ha", "r.not_processed.publication.total")),
        ("last one: 'confirm or reissue info already obtained'?", E("ha", "r.not_processed.reconfirm.total")),
    ], "row switches inside 不予处理"))
    P(follow("en", [
        ("Working on a legal newsletter. Huaian 2024: lawsuits filed directly, how many were upheld (维持)?", E("ha", "a.litigation_direct.upheld")),
        ("ok and the after-review ones?", E("ha", "a.litigation_after_review.upheld")),
        ("and reconsiderations upheld?", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
    ], "appeals group switches"))
    P(follow("en", [
        ("Shuyang 2025, fully granted requests from individuals, how many", E("sy", "r.granted.natural_person")),
        ("and from the legal service institutions (法律服务机构)?", E("sy", "r.granted.legal_services")),
    ], "column switch"))
    P(follow("en", [
        ("Shanghai General Office 2019 new requests from the 'other' organisations column (其他)?", E("sh19", "r.received.other_org")),
        ("and the legal service ones?", E("sh19", "r.received.legal_services")),
    ], "column switch"))
    P(follow("en", [
        ("Jianxi 2020 how many admin reconsideration total", E("jx", "a.review.total")),
        ("and Huaian 2024, same thing?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
    ], "body switch"))
    P(follow("en", [
        ("Hongze '23 normative docs repealed (废止)?", E("hz23", "c.normative_docs.repealed")),
        ("and Shuyang 2025 then?", E("sy", "c.normative_docs.repealed")),
    ], "body switch"))
    P(follow("en", [
        ("STCSM 2024 -- requests fully granted? (予以公开)", E("kw", "r.granted.total", alt=("同意公开", 9))),
        ("and how many processed overall", E("kw", "r.total_processed.total")),
    ], "row switch (text cells)"))
    P(follow("en", [
        ("Shanghai General Office 2025, repeat applications (重复申请) not processed?", E("sh25", "r.not_processed.duplicate.total")),
        ("compare with Jianxi 2020?", E("jx", "r.not_processed.duplicate.total")),
    ], "body switch"))
    P(follow("en", [
        ("Shanghai Gen Office 2025 direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending")),
        ("what about in their 2019 report", E("sh19", "a.litigation_direct.pending")),
    ], "year switch backwards"))
    P(follow("en", [
        ("Hongze 2024 direct lawsuits (未经复议直接起诉) total", E("hz24", "a.litigation_direct.total")),
        ("2023?", E("hz23", "a.litigation_direct.total")),
    ], "year switch backwards"))
    P(follow("en", [
        ("Comparing a few places for class. Huaian 2024, normative documents issued (制发)?", E("ha", "c.normative_docs.issued")),
        ("Hongze 2023 same item?", E("hz23", "c.normative_docs.issued")),
        ("Shuyang 2025?", E("sy", "c.normative_docs.issued")),
    ], "two body switches"))
    P(follow("en", [
        ("Shuyang 2025 how many refused due to third party rights, pls", E("sy", "r.withheld.third_party.total")),
        ("because it's process info (过程性信息)?", E("sy", "r.withheld.process_info.total")),
        ("enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
    ], "row switches inside 不予公开"))
    P(follow("en", [
        ("Shanghai General Office 2019: reconsideration total?", E("sh19", "a.review.total", alt=("行政复议7件", 7))),
        ("and the lawsuits filed directly?", E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
    ], "appeals group switch"))
    P(follow("en", [
        ("Huaian 2024 granted (予以公开) to individuals?", E("ha", "r.granted.natural_person")),
        ("and to companies?", E("ha", "r.granted.commercial")),
        ("and legal services (法律服务机构)?", E("ha", "r.granted.legal_services")),
    ], "column switches"))
    P(follow("en", [
        ("Jianxi 2020 how many got partial disclosure?", E("jx", "r.partially_granted.total")),
        ("and how many handled in total?", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
    ], "row switch"))
    P(follow("en", [
        ("Shuyang 2025 total handled for individuals (自然人)?", E("sy", "r.total_processed.natural_person")),
        ("Huaian 2024?", E("ha", "r.total_processed.natural_person")),
    ], "body switch"))
    P(follow("en", [
        ("Shanghai General Office 2019 company requests (商业企业), new?", E("sh19", "r.received.commercial")),
        ("and 2025?", E("sh25", "r.received.commercial")),
    ], "year switch"))
    P(follow("en", [
        ("Hongze 2023 new requests from individuals?", E("hz23", "r.received.natural_person")),
        ("carried over from before?", E("hz23", "r.carried_over.total")),
    ], "row switch"))
    P(follow("en", [
        ("Huaian 2024 city regulations (规章) issued?", E("ha", "c.regulations.issued")),
        ("repealed?", E("ha", "c.regulations.repealed")),
        ("currently valid?", E("ha", "c.regulations.in_force")),
    ], "column switches in table 二"))
    P(follow("en", [
        ("Shuyang 2025 reconsideration other outcome (其他结果)?", E("sy", "a.review.other")),
        ("and Hongze 2023?", E("hz23", "a.review.other")),
    ], "body switch"))
    P(follow("en", [
        ("STCSM 2024 normative docs in force?", E("kw", "c.normative_docs.in_force")),
        ("Hongze 2024?", E("hz24", "c.normative_docs.in_force")),
    ], "body switch (text cells)"))
    P(follow("en", [
        ("Shanghai General Office 2025 total handled?", E("sh25", "r.total_processed.total", alt=("1191", 1191))),
        ("and the science commission STCSM for 2024?", E("kw", "r.total_processed.total")),
    ], "body switch (text cells)"))
    P(follow("en", [
        ("Jianxi 2020 centralized procurement amount in 万元?", E("jx", "c.procurement.amount", unit="万元")),
        ("and Shanghai General Office 2019?", E("sh19", "c.procurement.amount", unit="万元")),
    ], "body switch, money (2019 format only)"))
    return out


# ================================================================== [textonly] (39)
def narratives():
    out = []
    P = out.append
    # ---- zh (13)
    P(text("zh", "ha", "新闻发布会", 12, "场",
           "我是记者，想核实一下：淮安24年开了几场新闻发布会？",
           "press conferences"))
    P(text("zh", "ha", "共计 95", 95, "个",
           "淮安市 2024年 在运维的政务新媒体 有多少个",
           "new-media accounts in operation"))
    P(text("zh", "hz24", "2428", 2428, "条",
           "洪泽区24年在政府网站上主动发布了多少条信息",
           "portal items"))
    P(text("zh", "sy", "84 次", 84, "次",
           "沭阳25年 那个倒计时报警器 一共发了多少次催办提示",
           "reminders"))
    P(text("zh", "sy", "697", 697, "条",
           "沭阳县2025年清理了多少条过期信息？",
           "outdated items removed"))
    P(text("zh", "sy", "意见征集9期", 9, "期",
           "沭阳25年 门户网站上搞了几期意见征集",
           "consultations"))
    P(text("zh", "sh25", "19 场", 19, "场",
           "上海市府办2025年 新闻通气会 开了几场",
           "briefings"))
    P(text("zh", "sh25", "157 件", 157, "件",
           "市府办25年 申请人自己主动撤回的申请 有多少件",
           "withdrawn requests"))
    P(text("zh", "sh19", "132件", 132, "件",
           "上海市政府办公厅2019年 在门户网站发了多少件政策解读",
           "policy explainers"))
    P(text("zh", "sh19", "70家", 70, "家",
           "上海2019年市府办的报告说每季度检查多少家政府网站",
           "websites checked"))
    P(text("zh", "kw", "118 场", 118, "场",
           "市科委2024年 视频号直播了多少场啊",
           "live streams"))
    P(text("zh", "jx", "601项", 601, "项",
           "涧西区2020年 一共梳理了多少项公开事项",
           "items sorted", frm="对照"))
    P(text("zh", "hz23", "1136", 1136, "条",
           "洪泽23年 网站平台主动公开了几条政府信息",
           "portal items"))
    # ---- en (26)
    P(text("en", "ha", "政策解读", 21, "个",
           "How many policy interpretation pieces (政策解读) did Huaian produce in 2024?",
           "policy explainers"))
    P(text("en", "ha", "公报》6", 6, "期",
           "Huaian 2024 - how many issues of the city gov gazette (政府公报) came out? I collect them haha",
           "gazette issues"))
    P(text("en", "ha", "4 次", 4, "次",
           "Huaian 2024: how many full-coverage inspections of the disclosure columns did they organise?",
           "inspections"))
    P(text("en", "ha", "3940", 3940, "元",
           "Did Huaian charge any information processing fee in 2024? how much in yuan?",
           "fee in 元 (not 万元)"))
    P(text("en", "hz24", "常务会议", 7, "期",
           "Hongze 2024 - how many executive meetings (常务会议) did they publish on the website?",
           "meetings published"))
    P(text("en", "sy", "33个", 33, "个",
           "Shuyang 2025, how many special columns (专栏) did the new-media matrix open?",
           "columns opened"))
    P(text("en", "sy", "1113", 1113, "个",
           "my little sister loves Shuyang's short videos lol -- how many original short videos did the county push out in 2025?",
           "short videos"))
    P(text("en", "sy", "64家", 64, "家",
           "Shuyang 2025: the annual reports of how many units got published all together?",
           "units' annual reports"))
    P(text("en", "sy", "49 次", 49, "次",
           "In 2025, how many times did Shuyang reach out to applicants before handling (办前主动沟通)?",
           "pre-handling contacts"))
    P(text("en", "sy", "成功推动化解", 33, "件",
           "Shuyang 2025 -- by talking to applicants early, how many disputes (争议纠纷) did they manage to settle?",
           "disputes resolved"))
    P(text("en", "sy", "43处", 43, "处",
           "Shuyang County 2025 fixed how many broken links (失效链接) on the site?",
           "broken links"))
    P(text("en", "sy", "3044", 3044, "条",
           "Shuyang 2025 -- how many items did the county departments (县直部门) post on their disclosure pages?",
           "department items"))
    P(text("en", "sy", "380元", 380, "元",
           "Worried citizen here, I dont want to pay a lot. In Shuyang 2025 how much info processing fee (信息处理费) was charged across the county, in yuan?",
           "fee in 元"))
    P(text("en", "kw", "294", 294, "篇",
           "STCSM 2024 wechat account, how many original articles (原创文章) they wrote?",
           "original articles"))
    P(text("en", "kw", "121 条", 121, "条",
           "Shanghai science commission 2024, how many policies pushed via integrated release (集成式发布)?",
           "integrated releases"))
    P(text("en", "kw", "393 件", 50, "件",
           "STCSM 2024: how many NPC deputies' suggestions (人大代表建议) did they handle as lead or co-handler?",
           "deputies' suggestions"))
    P(text("en", "kw", "54373", 54373, "人",
           "how many followers did the STCSM video channel (视频号) have in 2024?",
           "followers"))
    P(text("en", "sh25", "196 件", 196, "件",
           "hi!! Shanghai General Office 2025 -- how many personnel appointment docs (人事任免文件) were made public?",
           "appointment documents"))
    P(text("en", "sh25", "166 件", 166, "件",
           "Shanghai General Office 2025: how many documents went through the disclosure-attribute review (公开属性审查)?",
           "attribute reviews"))
    P(text("en", "sh25", "10 个语种", 10, "个",
           "I'm a foreigner living in Shanghai :) in the General Office's 2025 report, how many languages does the international services portal cover?",
           "languages"))
    P(text("en", "sh25", "直接办事服务 19", 19, "项",
           "Shanghai General Office 2025 report: of the service guides on the international portal, how many were direct services?",
           "direct services"))
    P(text("en", "sh19", "2261", 2261, "项",
           "Shanghai General Office 2019 - how many service items were connected to the one-stop (一网通办) unified platform?",
           "items connected"))
    P(text("en", "sh19", "38次", 38, "次",
           "Shanghai 2019 general office: how many times did they do authoritative releases on executive meeting topics?",
           "releases"))
    P(text("en", "sh19", "90.2%", 90.2, "%",
           "Shanghai General Office 2019, what share of city government documents were proactively disclosed?",
           "printed percentage"))
    P(text("en", "sh19", "141件", 141, "件",
           "Shanghai General Office 2019 -- personnel appointment documents (人事任免文件) disclosed, how many",
           "appointment documents"))
    P(text("en", "jx", "26个试点领域标准", 26, "个",
           "Jianxi 2020 -- how many pilot areas (试点领域) were covered for standardising grassroots disclosure?",
           "pilot areas", frm="对照"))
    return out


# ================================================================== [cannot] (39)
def unanswerables():
    out = []
    P = out.append
    # ---- zh (13)
    P(cannot("zh", "洪泽区22年的年报里 新收申请多少件",
             "洪泽区 2022 is not in the corpus (only 2023 and 2024)", "year not held"))
    P(cannot("zh", "南京市2024年政府信息公开申请有多少",
             "南京市 has no report in the corpus", "body not held"))
    P(cannot("zh", "淮安24年的申请人里 男的女的各多少",
             "the report gives no breakdown by sex", "sex breakdown"))
    P(cannot("zh", "沭阳2025年 关于征地拆迁的申请有几件？？",
             "the report gives no breakdown by topic", "topic breakdown"))
    P(cannot("zh", "宿迁市25年 行政复议几件",
             "宿迁市 has no report in the corpus (only 沭阳县 2025)", "body not held"))
    P(cannot("zh", "上海科委2023年 收到多少申请",
             "上海市科委 2023 is not in the corpus (only 2024)", "year not held"))
    P(cannot("zh", "涧西区政府办 2020年 负责信息公开的工作人员有几个人",
             "the report states no staff number", "staff"))
    P(cannot("zh", "市府办2025年 依申请平均多少天答复完",
             "the report states no response times", "response time"))
    P(cannot("zh", "洪泽2023年 关停了多少个政务新媒体账号",
             "the report mentions closing accounts but gives no number", "figure not stated"))
    P(cannot("zh", "沭阳县25年那个交了380元信息处理费的人叫什么 电话多少",
             "personal data of an applicant; not in the report", "personal data"))
    P(cannot("zh", "淮安2025年的年报出来了吗 新收申请多少",
             "淮安市 2025 is not in the corpus (only 2024)", "year not held"))
    P(cannot("zh", "清江浦区2024年 依申请公开 有多少件",
             "清江浦区 has no report in the corpus", "body not held"))
    P(cannot("zh", "你觉得淮安24年和上海市府办25年 哪个政府更透明",
             "an opinion, not a reported figure", "opinion"))
    # ---- en (26)
    P(cannot("en", "Shuyang 2024 info requests total?? need it urgently",
             "沭阳县 2024 is not in the corpus (only 2025)", "year not held"))
    P(cannot("en", "Pudong New Area 2019 disclosure requests received? (浦东新区)",
             "浦东新区 has no report in the corpus", "body not held"))
    P(cannot("en", "do u have Jianxi 2021 report? new requests number",
             "涧西区 2021 is not in the corpus (only 2020)", "year not held"))
    P(cannot("en", "Shanghai General Office 2022 reconsideration count pls, for a comparison table",
             "上海市人民政府办公厅 2022 is not in the corpus (only 2019 and 2025)", "year not held"))
    P(cannot("en", "My grandpa filed a request to Huaian in 2024... how many applicants were over 60 in 2024?",
             "the report gives no breakdown by age", "age"))
    P(cannot("en", "Huaian 2024 -- how many requests came in by email vs by post?",
             "the report gives no breakdown by channel", "channel"))
    P(cannot("en", "Shuyang 2025, which month had the most requests? I guess December?",
             "the report gives no monthly figures", "month"))
    P(cannot("en", "STCSM 2024 requests in Q3 (July-Sept)?",
             "the report gives no quarterly figures", "quarter"))
    P(cannot("en", "Shanghai General Office 2019, how many applicants lived outside Shanghai?",
             "the report gives no breakdown by residence", "residence"))
    P(cannot("en", "Huaian 2024 -- the 53 company requests, which industries were they from?",
             "the report gives no breakdown by industry", "industry"))
    P(cannot("en", "Hongze 2024 how many requests were about the Hongze Lake fishing ban?",
             "the report gives no breakdown by topic", "topic"))
    P(cannot("en", "Shuyang 2025 how much money did the county spend making the explainer videos?",
             "the report states no production costs", "costs"))
    P(cannot("en", "How many staff work in the Huaian disclosure office in 2024?",
             "the report states no staff number (only that some units are understaffed)", "staff"))
    P(cannot("en", "Can you predict how many requests the Shanghai General Office will get in 2026?",
             "a forecast; no report states it", "forecast"))
    P(cannot("en", "Jianxi 2020 how many followers does the district government wechat account have?",
             "the report states no follower numbers", "figure not stated"))
    P(cannot("en", "Shanghai General Office 2025 -- how many requests came from foreigners?",
             "the report gives no breakdown by nationality (47% overseas is website traffic)", "nationality"))
    P(cannot("en", "Hongze 2023 which department (部门) received the most requests? want to know who to ask",
             "the report gives no breakdown by department", "department"))
    P(cannot("en", "Huaian 2024 -- of the 351 reconsiderations, how many were filed by companies?",
             "the report gives no applicant breakdown of appeals", "breakdown not stated"))
    P(cannot("en", "Shanghai general office 2025: not-processed (不予处理) requests from Pudong residents?",
             "the report gives no breakdown by district", "district"))
    P(cannot("en", "Is the Shuyang 2025 report better than the Hongze 2024 one? your opinion",
             "an opinion, not a reported figure", "opinion"))
    P(cannot("en", "Xuzhou 2024 info disclosure report -- requests received?",
             "徐州市 has no report in the corpus", "body not held"))
    P(cannot("en", "I sent STCSM a request in 2024 and waited forever. what was their average days to answer a request?",
             "the report states no response times", "response time"))
    P(cannot("en", "Huaian 2024 how many applicants were university students?",
             "the report gives no breakdown by occupation", "occupation"))
    P(cannot("en", "Shanghai General Office 2019 how much did it cost to run the disclosure work?",
             "the report states no costs", "costs"))
    P(cannot("en", "Hongze 2024, can u give me the phone number of the guy who sued them?",
             "personal data; not in the report", "personal data"))
    P(cannot("en", "Shuyang 2025 what percent of citizens were satisfied with disclosure?",
             "the report states no satisfaction rate", "figure not stated"))
    return out


def CONVERSATIONS():
    convs = (plain_values() + traps() + combos() + ranks() + followups() + narratives()
             + unanswerables())
    return convs
