"""Question bank of blind set 319 (evals/blind319), prefix la-.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Emphasis: everyday traffic typed on a phone (short Chinese with stray spaces and homophone
typos, doubled punctuation, two-digit years, colloquial non-native English, Chinese labels in
brackets inside English, a short story before the question, fillers after it, bodies named by
their everyday short names, reports named loosely). All wordings written for this set.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is
computed by helpers319 (gold/*.json, printed text rows, sentences cut from the text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib319 as L  # noqa: E402
from helpers319 import C, E, EN, EU, ED, ER, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: the same 42 specs that blind6's
# text_cells.json verified (row label / anchor line, index of the number after it).
_AP05 = "四、政府信息公开行政复议、行政诉讼情况"
_AP08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AP05, 14),
        "appeals.litigation_direct.total": ("after", _AP05, 9),
        "appeals.review.total": ("after", _AP05, 4),
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
        "appeals.litigation_after_review.total": ("after", _AP08, 14),
        "appeals.litigation_direct.pending": ("after", _AP08, 8),
        "appeals.litigation_direct.total": ("after", _AP08, 9),
        "appeals.review.pending": ("after", _AP08, 3),
        "appeals.review.total": ("after", _AP08, 4),
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

# the eight 不予公开 sub-items (for sums that list them all)
W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


# ------------------------------------------------------------------ tagged builders
def plain(lang, b, keys, q, what, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + what)


def trap(lang, b, keys, q, what, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + what)


def add(lang, b, keys, q, what, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + what)


def diff(lang, b1, b2, keys, q, what, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + what)


def rank(lang, bodies, keys, order, q, what, **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + what)


def text(lang, b, keyword, value, unit, q, what, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + what)


def cannot(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def follow(lang, turns, what):
    return C("followup", lang, turns, "[followup] " + what)


def MONEY(**kw):
    kw["unit"] = "万元"
    return kw


# ------------------------------------------------------------------ [plain] 92
def plain_values():
    P = []
    # --- 淮安 2024
    P.append(plain("en", "ha", "r.withheld.admin_query.total",
                   "hi! student here, writing my term paper about open government in Jiangsu. in Huaian 2024 report, how "
                   "many request got refused because they are [行政查询事项]?? thanks a lot",
                   "withheld as administrative query matters"))
    P.append(plain("en", "ha", "r.received.legal_services",
                   "huai'an '24 -- how many new applications came from law firms [法律服务机构]? only new ones pls, not the carried over",
                   "new requests, legal service institutions column"))
    P.append(plain("en", "ha", "c.punishment.decisions",
                   "How many admin penalty decisions (行政处罚) Huaian city made in 2024?? i heard it is crazy big number",
                   "table 二 penalty decisions"))
    P.append(plain("en", "ha", "c.fees.amount",
                   "reporter at a local paper here, quick one: Huaian city govt 2024, how much 行政事业性收费 they collected, in 万元? deadline tonight, thx",
                   "fees collected (money, 万元)", **MONEY()))
    P.append(plain("en", "ha", "r.partially_granted.total",
                   "in that Huaian 2024 disclosure report, how many requests were answered by giving only part of info [部分公开]?",
                   "partially granted"))
    P.append(plain("en", "ha", "r.carried_forward.total",
                   "how many application Huaian could not finish and pushed into 2025, per their 2024 report?",
                   "carried forward; the text's 顺延 103 agrees", alt=("顺延到下年度", 103)))
    P.append(plain("en", "ha", "r.other.overdue_correction.total",
                   "Huaian 2024: how many times applicant just didn't fix/supplement the form in time so govt stopped handling it (逾期不补正)? just curious",
                   "other handling: no correction in time"))
    P.append(plain("en", "ha", "a.review.corrected",
                   "For Huai'an city in 2024, how many 行政复议 ended with result corrected [结果纠正]?",
                   "review corrected; text agrees", alt=("结果纠正 64 件", 64)))
    P.append(plain("en", "ha", "r.received.commercial",
                   "my boss want this for a slide tomorrow: Huaian 2024, new requests filed by companies [商业企业] how many? appreciate it",
                   "new requests, commercial column"))
    P.append(plain("en", "ha", "c.normative_docs.in_force",
                   "how many normative documents of Huaian city are still valid (现行有效), in the 2024 report",
                   "normative documents in force"))
    P.append(plain("en", "ha", "r.not_processed.petition.total",
                   "Huaian '24 how many request they refused to process bc it was actually petition/complaint (信访举报投诉类)?",
                   "not processed: petitions"))
    P.append(plain("en", "ha", "c.coercion.decisions",
                   "Huaian govt — administrative coercion [行政强制] decisions in 2024, what's the figure? cheers",
                   "coercion decisions"))
    P.append(plain("en", "ha", "r.withheld.security_stability.total",
                   "in 2024 how many Huaian requests not disclosed since it would endanger the \"三安全一稳定\"? sorry if wrong term",
                   "withheld: security and stability"))
    P.append(plain("en", "ha", "a.litigation_direct.upheld",
                   "Huaian 2024: lawsuits going straight to court w/o review first - in how many the court upheld the government (结果维持)?",
                   "direct lawsuits upheld"))
    P.append(plain("zh", "ha", "c.licensing.decisions",
                   "淮安24年行政许可决定一共多少个啊",
                   "licensing decisions"))
    P.append(plain("zh", "ha", "r.withheld.state_secret.total",
                   "那份24年淮安的报告里，因为属于国家秘密不公开的有几件？？",
                   "withheld: state secret"))
    P.append(plain("zh", "ha", "r.unable.not_held.total",
                   "淮安市政府2024年 回复说 本机关不掌握 的申情 有多少件",
                   "unable: not held (typo 申情)"))
    P.append(plain("zh", "ha", "a.review.upheld",
                   "请问一下 淮安2024年信息公开的行政复议 结果维持的是多少件 谢谢！",
                   "review upheld; text agrees", alt=("结果纠正 64 件", 72)))
    P.append(plain("zh", "ha", "r.not_processed.duplicate.total",
                   "淮安市政府24年 因为重复申请 不于处理的 几件",
                   "not processed: duplicate (typo 不于)"))
    # --- 沭阳 2025
    P.append(plain("en", "sy", "r.received.natural_person",
                   "Shuyang County 2025 - requests from individuals (自然人), only the fresh ones filed in 2025, not old leftover ones?",
                   "new requests, natural persons (the text's 741 includes carried-over; the question excludes it)"))
    P.append(plain("en", "sy", "r.withheld.internal_affairs.total",
                   "Shuyang '25: how many requests they said no because it's internal affairs info [内部事务信息]?",
                   "withheld: internal affairs"))
    P.append(plain("en", "sy", "c.fees.amount",
                   "hello, how much admin fee did Shuyang collect in 2025? in 10k yuan (万元) please. thank you!!",
                   "fees (money, 万元)", **MONEY()))
    P.append(plain("en", "sy", "c.coercion.decisions",
                   "Shuyang 2025 administrative coercion decisions count??",
                   "coercion decisions"))
    P.append(plain("en", "sy", "a.review.pending",
                   "My uncle lives in Shuyang and his 复议 from 2025 is still going on, he is quite worried. How many review cases were not concluded yet (尚未审结) at year end per the county's 2025 report?",
                   "review pending"))
    P.append(plain("en", "sy", "r.other.other.total",
                   "Shuyang county gov 2025, under 其他处理 how many fall in the plain \"3.其他\" line??",
                   "other handling: other"))
    P.append(plain("en", "sy", "c.normative_docs.issued",
                   "In 2025 how many normative documents did Shuyang put out [本年制发]? for a comparison table, thanks",
                   "normative documents issued"))
    P.append(plain("en", "sy", "a.litigation_direct.total",
                   "shuyang 2025 how many lawsuits went straight to court without a review first",
                   "direct lawsuits total"))
    P.append(plain("en", "sy", "r.not_processed.duplicate.total",
                   "Shuyang, 2025: number of requests not handled because the same person asked same thing again?",
                   "not processed: duplicate"))
    P.append(plain("en", "sy", "a.litigation_after_review.upheld",
                   "in Shuyang's 2025 disclosure report, lawsuits brought after 复议 - how many upheld (维持)?",
                   "after-review lawsuits upheld"))
    P.append(plain("en", "sy", "r.withheld.enforcement_files.total",
                   "Shuyang 2025 requests withheld as administrative enforcement case files (行政执法案卷), how many? ty",
                   "withheld: enforcement files"))
    P.append(plain("zh", "sy", "r.total_processed.total",
                   "沭阳25年一共办了多少件申请（办理结果总计那一栏）",
                   "total handled; text agrees", alt=("共办理 718 件", 718)))
    P.append(plain("zh", "sy", "r.granted.total",
                   "沭阳县2025年 于以公开的申请 有几件啊",
                   "granted (typo 于以)"))
    P.append(plain("zh", "sy", "c.punishment.decisions",
                   "沭阳2025年行政处法决定数量是多少？",
                   "penalty decisions (typo 处法)"))
    P.append(plain("zh", "sy", "r.other.overdue_fee.total",
                   "沭阳 2025 年 申请人没按时交费 所以不再处理的 有几件",
                   "other handling: fee not paid"))
    P.append(plain("zh", "sy", "r.received.legal_services",
                   "我在律所上班，想问下沐阳县25年我们这种法律服务机构新递交的申请有几件",
                   "new requests, legal services (沐阳 as printed)"))
    P.append(plain("zh", "sy", "c.licensing.decisions",
                   "沭阳县2025年 行政许可 多少",
                   "licensing decisions"))
    P.append(plain("zh", "sy", "a.review.corrected",
                   "沭阳25年行政复意结果纠正了几件",
                   "review corrected (typo 复意)"))
    # --- 上海市府办 2019
    P.append(plain("en", "sh19", "c.regulations.total_published",
                   "Shanghai General Office 2019: how many rules (规章) in total were public at the end, the 对外公开总数量 one? thx",
                   "regulations total published"))
    P.append(plain("en", "sh19", "c.regulations.published",
                   "in the 2019 Shanghai govt general office report how many regulations newly published in that year [本年新公开]?",
                   "regulations newly published; text agrees", alt=("主动公开规章13件", 13)))
    P.append(plain("en", "sh19", "c.procurement.amount",
                   "Shanghai General Office '19, total centralized procurement money in 万元? thx in advance",
                   "procurement amount (money, 万元)", **MONEY()))
    P.append(plain("en", "sh19", "r.received.commercial",
                   "im comparing cities for my master thesis. how many application from companies Shanghai's general office got in 2019?",
                   "new requests, commercial"))
    P.append(plain("en", "sh19", "r.withheld.state_secret.natural_person",
                   "Shanghai gen office 2019 - how many requests from private individuals got turned down as state secret [国家秘密]?",
                   "withheld state secret, natural persons (row total printed blank: asked by column)"))
    P.append(plain("en", "sh19", "r.carried_forward.total",
                   "2019 Shanghai General Office: how many pending applications got rolled over into 2020??",
                   "carried forward; text agrees", alt=("顺延到下年度答复", 72)))
    P.append(plain("en", "sh19", "r.received.other_org",
                   "Shanghai General Office 2019 - new requests from 'other' organisations (the 其他 column under 法人或其他组织)?",
                   "new requests, other organisations"))
    P.append(plain("en", "sh19", "r.not_processed.petition.natural_person",
                   "2019, Shanghai 市府办: petition-type requests [信访举报投诉类] from individuals that weren't processed - how many?",
                   "not processed petitions, natural persons"))
    P.append(plain("en", "sh19", "a.litigation_direct.upheld",
                   "how many direct lawsuits Shanghai gen office had in 2019 which ended upheld?",
                   "direct lawsuits upheld"))
    P.append(plain("zh", "sh19", "r.received.natural_person",
                   "上海市府办19年收到的新申请里 自然人提的有多少",
                   "new requests, natural persons"))
    P.append(plain("zh", "sh19", "a.review.total",
                   "上海市政府办公厅2019年复议案件总数几件",
                   "review total; text agrees", alt=("行政复议7件", 7)))
    P.append(plain("zh", "sh19", "r.unable.needs_creation.natural_person",
                   "19年上海的市府办，个人申请的里面 因为没有现成信息要另外制作所以没法提供的，有多少？",
                   "needs creation, natural persons (row total printed blank)"))
    P.append(plain("zh", "sh19", "c.normative_docs.made",
                   "上海市府办2019年规范性文件本年新制作了多少件。。",
                   "normative documents made; text agrees", alt=("行政规范性文件60件", 60)))
    # --- 洪泽 2023
    P.append(plain("en", "hz23", "c.licensing.decisions",
                   "Hongze district 2023, how many admin licensing decisions? working on a county comparison, ty",
                   "licensing decisions"))
    P.append(plain("en", "hz23", "r.unable.not_held.total",
                   "I asked Hongze govt for some documents once and got told they don't have it. In Hongze's 2023 disclosure report, how many requests got that answer (本机关不掌握)?",
                   "unable: not held"))
    P.append(plain("en", "hz23", "c.fees.amount",
                   "Hongze '23 fee income [行政事业性收费] in 万元 pls",
                   "fees (money, 万元)", **MONEY()))
    P.append(plain("en", "hz23", "c.normative_docs.repealed",
                   "hongze district govt 2023 - how many normative docs were abolished (废止)?",
                   "normative documents repealed"))
    P.append(plain("en", "hz23", "c.punishment.decisions",
                   "Hongze 2023 admin penalty decisions, what is count?",
                   "penalty decisions"))
    P.append(plain("en", "hz23", "r.withheld.process_info.total",
                   "Hongze District 2023: how many requests were held back as process info (过程性信息)?",
                   "withheld: process information"))
    P.append(plain("zh", "hz23", "r.partially_granted.total",
                   "帮领导查个数：洪泽区2023年部分公开的申请几件",
                   "partially granted"))
    P.append(plain("zh", "hz23", "a.review.upheld",
                   "洪泽23年的报告，行政复议里结果维持的有多少？",
                   "review upheld (the printed review total is 0; upheld is printed 10)"))
    P.append(plain("zh", "hz23", "c.coercion.decisions",
                   "红泽区2023年行政强制决定多少个？？",
                   "coercion decisions (typo 红泽)"))
    # --- 洪泽 2024 (printed rows)
    P.append(plain("en", "hz24", "c.punishment.decisions",
                   "hongze 2024 administrative penalty decisions - number? thank u",
                   "penalty decisions (printed row)"))
    P.append(plain("en", "hz24", "a.review.total",
                   "For Hongze District in 2024, how many review case (行政复议) altogether?",
                   "review total (printed row)"))
    P.append(plain("en", "hz24", "r.granted.total",
                   "Hongze '24: how many requests were granted in full (予以公开)?",
                   "granted (printed row)"))
    P.append(plain("en", "hz24", "c.normative_docs.in_force",
                   "a friend in Hongze district office says they cleaned up their rules. How many normative documents were in force there at end of 2024?",
                   "normative documents in force (printed row)"))
    P.append(plain("en", "hz24", "r.unable.not_held.total",
                   "Hongze district, 2024: requests where the office said the info just isn't with them? how many",
                   "unable: not held (printed row)"))
    P.append(plain("zh", "hz24", "r.received.total",
                   "洪泽2024年那张表里，本年新收的申请一共多少件？",
                   "new requests, table row (the text's 17 is what 区政府办 handled for 区政府; the question names the table)"))
    P.append(plain("zh", "hz24", "c.fees.amount",
                   "洪泽区24年 行政事业性收费 收了多少万元",
                   "fees (money, 万元, printed row)", **MONEY()))
    P.append(plain("zh", "hz24", "a.litigation_after_review.total",
                   "洪泽区24年复议以后又去法院起诉的官司一共几起",
                   "after-review lawsuits total (printed row)"))
    # --- 涧西 2020
    P.append(plain("en", "jx", "c.normative_docs.made",
                   "Jianxi District 2020 - how many normative docs were newly made (本年新制作)? sorry for my english",
                   "normative documents made"))
    P.append(plain("en", "jx", "c.procurement.projects",
                   "Jianxi district govt office, 2020: how many government procurement project were there? (政府集中采购)",
                   "procurement projects"))
    P.append(plain("en", "jx", "r.granted.total",
                   "jianxi 2020 how many requests were disclosed in full??",
                   "granted"))
    P.append(plain("en", "jx", "a.review.upheld",
                   "In Jianxi's 2020 report how many admin review case were upheld?",
                   "review upheld"))
    P.append(plain("en", "jx", "r.carried_forward.total",
                   "Jianxi 2020 - how many requests were still being worked on at the end of 2020 and moved on to next year?",
                   "carried forward; text 在办 2 agrees", alt=("办结15件", 2)))
    P.append(plain("zh", "jx", "c.procurement.amount",
                   "涧西区政府办2020年政府集中采购总金额多少万元",
                   "procurement amount (money, 万元)", **MONEY()))
    P.append(plain("zh", "jx", "r.unable.not_held.total",
                   "涧西2020年 因为本机关不掌我 没法提供的 有几件",
                   "unable: not held (typo 掌我)"))
    P.append(plain("zh", "jx", "r.total_processed.total",
                   "涧西区2020年办结多少件申请 急 在线等",
                   "total handled; text agrees", alt=("办结15件", 15)))
    # --- 上海市科委 2024 (printed rows)
    P.append(plain("en", "kw", "c.licensing.decisions",
                   "STCSM 2024 admin licensing decisions, how many? (行政许可)",
                   "licensing decisions (printed row)"))
    P.append(plain("en", "kw", "r.received.natural_person",
                   "Shanghai science commission, 2024: how many new requests were from individuals (自然人)? asking for a friend lol",
                   "new requests, natural persons (printed row)"))
    P.append(plain("en", "kw", "r.total_processed.total",
                   "How many requests did STCSM handle overall in 2024 (the （七）总计 row)? thanks!",
                   "total handled (printed row)"))
    P.append(plain("en", "kw", "c.normative_docs.issued",
                   "STCSM, 2024, how many normative documents issued that year? asking for my research group",
                   "normative documents issued (printed row)"))
    P.append(plain("zh", "kw", "c.normative_docs.in_force",
                   "写论文用，上海科委2024年现行有效的规范性文件有多少件？麻烦了",
                   "normative documents in force (printed row)"))
    P.append(plain("zh", "kw", "r.received.commercial",
                   "市科委24年新收申请里 企业提的有几件",
                   "new requests, commercial (printed row)"))
    P.append(plain("zh", "kw", "c.punishment.decisions",
                   "上海科委2024年行政处罚几件？",
                   "penalty decisions (printed row, 0)"))
    # --- 上海市府办 2025 (printed rows)
    P.append(plain("en", "sh25", "r.carried_forward.total",
                   "Shanghai General Office 2025, requests still open and moved to next year (结转下年度)? how many",
                   "carried forward (printed row)"))
    P.append(plain("en", "sh25", "r.not_processed.duplicate.total",
                   "In 2025, how many requests Shanghai's general office threw out as duplicate (重复申请)?",
                   "not processed: duplicate (printed row)"))
    P.append(plain("en", "sh25", "r.unable.not_held.total",
                   "my neighbour applied to the Shanghai govt general office in 2025 and was told 'this info is not held by us'. how many requests got that answer that year?",
                   "unable: not held (printed row)"))
    P.append(plain("en", "sh25", "a.litigation_after_review.total",
                   "In Shanghai 市府办's 2025 report: lawsuits after review [复议后起诉], total?",
                   "after-review lawsuits total (printed row)"))
    P.append(plain("en", "sh25", "r.received.commercial",
                   "Shanghai General Office 2025 new applications from businesses? pls",
                   "new requests, commercial (printed row)"))
    P.append(plain("en", "sh25", "a.review.pending",
                   "2025 Shanghai gen office: review cases still not decided at year end (尚未审结)?",
                   "review pending (printed row)"))
    P.append(plain("zh", "sh25", "a.review.total",
                   "上海市府办2025年行政复议一共多少件（表里的总计）。。",
                   "review total (printed row)"))
    P.append(plain("zh", "sh25", "r.granted.total",
                   "上海市政府办公厅25年予以公开多少件？ 谢谢啦",
                   "granted (printed row)"))
    P.append(plain("zh", "sh25", "r.carried_over.total",
                   "上海的市府办2025年 从上一年节转过来的申请有多少",
                   "carried over (printed row); text agrees", alt=("上年结转 189 件", 189)))
    return P


# ------------------------------------------------------------------ [combine] sums 16, differences 10
def combine():
    P = []
    P.append(add("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"],
                 "Huaian 2024 - add up requests refused as state secret and the ones banned by other laws/regs [其他法律行政法规禁止公开]. total?",
                 "2 cells"))
    P.append(add("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
                 "my editor asks me: Huai'an city 2024, all 复议 cases plus both kinds of lawsuits together, how many disputes in total? thanks in advance",
                 "3 appeal totals"))
    P.append(add("en", "sy", ["r.granted.total", "r.partially_granted.total"],
                 "Shuyang 2025 - how many requests got at least some info out, i.e. full disclosure + partial disclosure combined??",
                 "2 cells"))
    P.append(add("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"],
                 "Shanghai General Office 2019: petition-type requests not processed, individuals and companies together?",
                 "2 columns (row total printed blank)"))
    P.append(add("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
                 "In 2019 how many rules and normative docs Shanghai's general office newly made, both added up?",
                 "2 cells of table 二"))
    P.append(add("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
                 "hongze '24: penalty decisions + coercion decisions, sum pls",
                 "2 printed rows"))
    P.append(add("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
                 "Shanghai General Office 2025 - reviews plus direct lawsuits plus after-review lawsuits, what's the grand total?",
                 "3 printed appeal totals"))
    P.append(add("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
                 "Jianxi 2020, how many review + lawsuit cases in all (复议 and both type of 诉讼)?",
                 "3 appeal totals"))
    P.append(add("en", "kw", ["r.received.total", "r.carried_over.total"],
                 "STCSM 2024: new requests plus the ones carried over from 2023, together how many were on their desk?? (上年结转 incl.)",
                 "2 printed cells"))
    P.append(add("en", "ha", ["r.received.%s" % c for c in L.ORG_COLS],
                 "Huaian 2024 — new requests from all kinds of organisations (companies, research, NGOs, legal services, other), add them up for me?",
                 "5 organisation columns"))
    P.append(add("en", "sy", W8,
                 "Shuyang 2025, if you add all 8 reasons under 不予公开 together, how many withheld? thank you",
                 "8 sub-items of 不予公开"))
    P.append(add("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
                 "沭阳2025年 直接起诉的 加上 复议后起诉的 诉送 一共多少起",
                 "2 lawsuit totals (typo 诉送)"))
    P.append(add("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
                 "淮安24年 无法提供 的三种情况加起来多少件？不掌握+需要另行制作+补正后仍不明确 谢谢",
                 "3 sub-items of 无法提供"))
    P.append(add("zh", "hz23", ["r.withheld.total", "r.unable.total"],
                 "洪泽23年 不予公开的 和 无法提供的 合在一起一共几件",
                 "2 derived rows"))
    P.append(add("zh", "sh25", ["r.received.total", "r.carried_over.total"],
                 "上海市府办2025年 新收的加上上年结转的 总共多少件申请？",
                 "2 printed cells"))
    P.append(add("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
                 "涧西2020年予以公开的和不掌握无法提供的加一起是多少？？",
                 "2 cells"))
    # differences (later year minus earlier year, one body)
    P.append(diff("en", "hz23", "hz24", "c.licensing.decisions",
                  "By how much did Hongze's licensing decisions go up from 2023 to 2024?",
                  "洪泽 licensing"))
    P.append(diff("en", "hz23", "hz24", "c.punishment.decisions",
                  "Hongze penalty decisions, 2024 compared with 2023 - what's the change?",
                  "洪泽 penalties"))
    P.append(diff("en", "sh19", "sh25", "r.received.total",
                  "Shanghai General Office: new requests in 2025 vs 2019, how many more?",
                  "上海市府办 new requests"))
    P.append(diff("en", "sh19", "sh25", "r.carried_forward.total",
                  "how much did the backlog moved to the following year grow for Shanghai General Office between 2019 and 2025?",
                  "上海市府办 carried forward"))
    P.append(diff("en", "hz23", "hz24", "c.fees.amount",
                  "Hongze admin fee income, 2024 minus 2023, in 万元? did it drop?",
                  "洪泽 fees (money)", **MONEY()))
    P.append(diff("en", "sh19", "sh25", "a.review.total",
                  "Shanghai gen office review cases (行政复议 总计): 2019 vs 2025 difference?",
                  "上海市府办 review total"))
    P.append(diff("zh", "hz23", "hz24", "r.unable.not_held.total",
                  "洪泽区 本机关不掌握的 申请 2024年比2023年多了几件",
                  "洪泽 not held"))
    P.append(diff("zh", "sh19", "sh25", "r.received.natural_person",
                  "上海市府办 自然人新收申请 2025年跟2019年比 差多少",
                  "上海市府办 new requests from natural persons"))
    P.append(diff("zh", "hz23", "hz24", "c.coercion.decisions",
                  "洪泽 行政强制 24年 比 23年 变化多少？",
                  "洪泽 coercion"))
    P.append(diff("zh", "sh19", "sh25", "a.litigation_direct.total",
                  "上海市政府办公厅 未经复议直接起诉的案子，2025年比2019年多几件？我在写个小报道",
                  "上海市府办 direct lawsuits"))
    return P


# ------------------------------------------------------------------ [rank] 13
def rankings():
    P = []
    P.append(rank("en", ["ha", "sy", "sh19"], "r.received.total", "desc",
                  "who got the most new requests: Huaian in 2024, Shuyang in 2025, or Shanghai General Office in 2019?",
                  "new requests"))
    P.append(rank("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
                  "licensing decisions [行政许可], which is highest - Huai'an 2024, Hongze 2023 or Shuyang 2025?",
                  "licensing decisions (county above city)"))
    P.append(rank("en", ["jx", "hz23", "sy", "sh19"], "r.carried_forward.total", "asc",
                  "Among Jianxi 2020, Hongze 2023, Shuyang 2025 and Shanghai General Office 2019, who left the fewest requests to the next year?",
                  "carried forward, fewest"))
    P.append(rank("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
                  "Biggest 行政事业性收费 amount: Huaian (2024), Hongze (2023), Shuyang (2025)? just need the winner",
                  "fees (money)", unit="万元"))
    P.append(rank("en", ["jx", "sy", "sh19"], "a.review.total", "desc",
                  "quick compare pls - Jianxi 2020 vs Shuyang 2025 vs Shanghai General Office 2019, which had the most 复议 cases?",
                  "review totals"))
    P.append(rank("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
                  "direct lawsuits (未经复议直接起诉): Huaian 2024, Shuyang 2025, Shanghai gen office 2019, Jianxi 2020 - which one tops?",
                  "direct lawsuits"))
    P.append(rank("en", ["ha", "sy", "sh19"], "r.received.legal_person", "desc",
                  "Which got more new requests from organisations (法人或其他组织): Huaian 2024, Shuyang 2025 or Shanghai General Office 2019?",
                  "new requests from organisations (derived)"))
    P.append(rank("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
                  "lowest number of coercion decisions [行政强制] among Huai'an 2024, Hongze 2023 and Shuyang 2025?",
                  "coercion, fewest"))
    P.append(rank("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
                  "applications carried over from the year before (上年结转) - which is most: Huaian 2024, Shuyang 2025, Shanghai General Office 2019?",
                  "carried over (close: 36 vs 34)"))
    P.append(rank("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
                  "涧西2020、洪泽2023、沭阳2025 这三个里 谁本年新收的申请最少",
                  "new requests, fewest"))
    P.append(rank("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
                  "淮安24年、洪泽23年、沭阳25年，行政处罚决定谁最多？",
                  "penalty decisions"))
    P.append(rank("zh", ["ha", "hz23", "sy"], "r.withheld.total", "desc",
                  "不予公开的件数 淮安2024 洪泽2023 沭阳2025 哪家最多啊",
                  "withheld (derived)"))
    P.append(rank("zh", ["jx", "hz23", "sh19"], "r.total_processed.total", "asc",
                  "办理结果总计 最少的是哪个：涧西区2020年、洪泽区2023年、上海市府办2019年？",
                  "total handled, fewest"))
    return P


# ------------------------------------------------------------------ [textonly] 39
def narratives():
    P = []
    P.append(text("en", "ha", "新闻发布会 12 场", 12, "场",
                  "how many press conference Huaian city government held in 2024? doing a class presentation on it",
                  "press conferences"))
    P.append(text("en", "ha", "制作政策解读", 21, "个",
                  "in that Huai'an 2024 report - how many policy interpretations (政策解读) did they produce?",
                  "policy interpretations"))
    P.append(text("en", "ha", "人民政府公报》6 期", 6, "期",
                  "how many issues of the Huaian government gazette [公报] came out in 2024?",
                  "gazette issues"))
    P.append(text("en", "ha", "政务新媒体共计 95", 95, "个",
                  "Huaian 2024: how many government new-media accounts are they running (政务新媒体)?",
                  "new-media accounts"))
    P.append(text("en", "ha", "全覆盖检查", 4, "次",
                  "in Huaian's 2024 disclosure report, how many full-coverage inspections of the disclosure columns were organised?",
                  "full-coverage checks"))
    P.append(text("en", "ha", "信息处理费 3940 元", 3940, "元",
                  "Huaian 2024 - how much did the city collect in information processing fees (信息处理费), in yuan?",
                  "processing fee in 元"))
    P.append(text("en", "sy", "主动公开政府信息4511条", 4511, "条",
                  "Shuyang county portal, 2025: how many govt info items were published proactively?",
                  "portal items"))
    P.append(text("en", "sy", "短视频1113个", 1113, "个",
                  "how many original short videos did Shuyang push out in 2025?",
                  "short videos"))
    P.append(text("en", "sy", "爆款内容52条", 52, "条",
                  "Shuyang 2025 — how many of their posts went viral (爆款) in total? my cousin said one got 100 million views lol",
                  "viral posts"))
    P.append(text("en", "sy", "催办提示 84 次", 84, "次",
                  "that countdown alarm thing Shuyang have for requests (倒计时报警器), how many reminders it sent in 2025?",
                  "reminders"))
    P.append(text("en", "sy", "化解各类争议纠纷 33", 33, "件",
                  "Shuyang 2025: how many disputes did they manage to resolve by talking to applicants before handling?",
                  "disputes resolved"))
    P.append(text("en", "sy", "过期信息697条", 697, "条",
                  "how many outdated items did Shuyang clean off its site in 2025? thx",
                  "outdated items cleaned"))
    P.append(text("en", "sy", "失效链接43处", 43, "处",
                  "Shuyang 2025, number of broken links fixed on the website?",
                  "broken links"))
    P.append(text("en", "kw", "关注人数达 1016823 人", 1016823, "人",
                  "STCSM '24 report - how many followers does the 上海科技 WeChat account have?",
                  "WeChat followers"))
    P.append(text("en", "kw", "直播 118 场", 118, "场",
                  "Shanghai science commission 2024: how many live streams did they do?",
                  "live streams"))
    P.append(text("en", "kw", "集成式发布政策 121 条", 121, "条",
                  "In 2024 how many policies did STCSM push for the integrated policy release (集成式发布)?",
                  "integrated-release policies"))
    P.append(text("en", "kw", "人大代表建议 50 件", 50, "件",
                  "STCSM 2024, how many NPC deputies' suggestions (人大代表建议) did they handle and publish replies for?",
                  "NPC deputies' suggestions", frm="《上海市科委"))
    P.append(text("en", "sh25", "16 个区", 16, "个",
                  "Shanghai General Office 2025: how many districts are now live with a digital gazette?",
                  "districts with digital gazettes"))
    P.append(text("en", "sh25", "10 个语种", 10, "个",
                  "how many languages does the Shanghai international services portal cover, per the 2025 general office report?",
                  "portal languages"))
    P.append(text("en", "sh25", "主动撤回 157 件", 157, "件",
                  "Shanghai General Office 2025 - how many applicants withdrew their own requests?",
                  "withdrawn requests"))
    P.append(text("en", "sh25", "刊登市政府规章", 24, "期",
                  "How many issues of the Shanghai government gazette were edited in 2025, per the 市府办 report?",
                  "gazette issues"))
    P.append(text("en", "sh19", "政策解读共132件", 132, "件",
                  "Shanghai General Office 2019, how many policy interpretations were posted on the 中国上海 portal?",
                  "policy interpretations"))
    P.append(text("en", "sh19", "权威发布共计38次", 38, "次",
                  "2019 Shanghai gen office: how many times they did authoritative release (权威发布) on key topics of the executive meetings?",
                  "executive-meeting releases"))
    P.append(text("en", "sh19", "70家政府网站", 70, "家",
                  "how many govt websites did Shanghai check each quarter in 2019 according to the general office report?",
                  "websites checked"))
    P.append(text("en", "hz24", "主动发布各类政府信息 2428 条", 2428, "条",
                  "In Hongze's 2024 disclosure report, how many items of info did they post on the govt website?",
                  "website items"))
    P.append(text("en", "jx", "601项事项", 601, "项",
                  "Jianxi 2020 - how many matters (事项) did they sort out in the standardisation work? sorry if my question is unclear",
                  "matters", frm="梳理细化"))
    P.append(text("zh", "sy", "意见征集9期", 9, "期",
                  "我是沭阳本地人 想参加政府的意见征集，25年县政府网站上一共开展了几期啊",
                  "consultations"))
    P.append(text("zh", "sy", "专栏33个", 33, "个",
                  "沭阳2025年政务新媒体开了多少个专栏啊 比如乡村梦想家那种",
                  "columns"))
    P.append(text("zh", "sy", "64家单位", 64, "家",
                  "沭阳 2025 年报集中公开 一共有多少家单位？",
                  "units publishing annual reports"))
    P.append(text("zh", "sy", "办前主动沟通 49 次", 49, "次",
                  "沭阳25年办件前主动跟申请人沟通了几次。。",
                  "pre-handling contacts"))
    P.append(text("zh", "sy", "不规范描述22处", 22, "处",
                  "沭阳2025年网站整改了多少处不规范描述",
                  "nonstandard wording fixed"))
    P.append(text("zh", "kw", "原创文章 294", 294, "篇",
                  "上海科委那份24年的年报里 公众号原创文章多少篇",
                  "original articles"))
    P.append(text("zh", "kw", "短视频 584 条", 584, "条",
                  "市科委2024年视频号发了几条短视频？",
                  "short videos"))
    P.append(text("zh", "sh25", "刊登市政府规章", 243, "件",
                  "上海市府办2025年 公报上一共刊登了多少件文件",
                  "gazette items"))
    P.append(text("zh", "sh25", "公文公开属性审查 166 件", 166, "件",
                  "上海市政府办公厅25年做了多少件公文公开属性审查？",
                  "disclosure-attribute reviews"))
    P.append(text("zh", "sh19", "人事任免文件141件", 141, "件",
                  "上海市府办19年主动公开的人事任免文件有几件 谢谢",
                  "appointment documents"))
    P.append(text("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条",
                  "洪泽23年在政府网站上主动公开了多少条信息？？",
                  "website items"))
    P.append(text("zh", "hz24", "公开政府常务会议 7", 7, "期",
                  "洪泽区24年公开了几期政府常务会议",
                  "executive meetings published"))
    P.append(text("zh", "jx", "共21个领域", 21, "个",
                  "涧西2020年 梳理出来的那601项事项 分布在几个领域里",
                  "areas", frm="梳理细化"))
    return P


# ------------------------------------------------------------------ [neighbour] 13
def traps():
    P = []
    P.append(trap("en", "ha", "r.carried_over.total",
                  "Huaian 2024, how many requests were left over from 2023 (上年结转)?",
                  "carried over vs carried forward 103; text agrees", alt=("顺延到下年度", 34)))
    P.append(trap("en", "ha", "a.litigation_after_review.total",
                  "Huaian 2024, lawsuits filed after the review decision came out (复议后起诉) - total??",
                  "after-review 20 vs direct 26"))
    P.append(trap("en", "ha", "c.normative_docs.repealed",
                  "how many normative documents Huaian abolished during 2024?",
                  "repealed 26 vs issued 8 / in force 66"))
    P.append(trap("en", "sy", "r.withheld.process_info.total",
                  "Shuyang 2025 requests refused as process information [过程性信息]?",
                  "process info 2 vs internal affairs 13"))
    P.append(trap("en", "sy", "a.review.other",
                  "Shuyang 2025 复议 cases that ended with 'other result' (其他结果), how many?",
                  "review other 9 vs corrected 10"))
    P.append(trap("en", "sh19", "c.normative_docs.total_published",
                  "Shanghai gen office 2019 - how many normative docs were public overall (对外公开总数量)?",
                  "total published 368 vs made 60"))
    P.append(trap("en", "sh25", "r.carried_over.legal_services",
                  "Shanghai General Office 2025: carried over from 2024, how many were from legal service institutions [法律服务机构]?",
                  "legal services 4 vs commercial 15"))
    P.append(trap("en", "ha", "r.partially_granted.commercial",
                  "Huaian 2024, requests from companies that were only partly disclosed?",
                  "partially granted commercial 7 vs granted commercial 21"))
    P.append(trap("zh", "ha", "r.unable.needs_creation.total",
                  "淮安24年 没有现成信息 需要另行制作 所以无法提供的 有几件？",
                  "needs creation 11 vs not held 769"))
    P.append(trap("zh", "sy", "c.normative_docs.in_force",
                  "沭阳2025年 现行有效的行政规范性文件 多少件",
                  "in force 32 vs issued 6"))
    P.append(trap("zh", "sh19", "c.procurement.projects",
                  "上海市府办19年 政府集中采购 是几个项目？？",
                  "projects 6 vs amount 25.1"))
    P.append(trap("zh", "sh25", "a.litigation_direct.pending",
                  "上海市府办25年 直接起诉的那些诉讼 还没审结的有几件",
                  "direct pending 6 vs review pending 5"))
    P.append(trap("zh", "sy", "r.carried_forward.total",
                  "沭阳2025年 结转到下一年度继续办理的申请 有多少",
                  "carried forward 31 vs carried over 36; text agrees", alt=("结转下一年 31 件", 31)))
    return P


# ------------------------------------------------------------------ [followup] 39
def followups():
    P = []
    P.append(follow("en", [
        ("Hongze district: how many normative docs were currently valid in 2023? (现行有效)", E("hz23", "c.normative_docs.in_force")),
        ("ok and for 2024 pls", E("hz24", "c.normative_docs.in_force")),
    ], "year switch 洪泽 2023 -> 2024"))
    P.append(follow("en", [
        ("Shanghai General Office, total new requests received in 2019? doing a before/after story",
         E("sh19", "r.received.total", alt=("受理政府信息公开申请859件", 859))),
        ("and in 2025 how many", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295))),
    ], "year switch 上海市府办 2019 -> 2025"))
    P.append(follow("en", [
        ("Huaian 2024, how many 复议 case in total?", E("ha", "a.review.total", alt=("结果纠正 64 件", 351))),
        ("and lawsuits filed directly w/o review?", E("ha", "a.litigation_direct.total")),
        ("what about the ones taken to court after review", E("ha", "a.litigation_after_review.total")),
    ], "appeals group switch"))
    P.append(follow("en", [
        ("How many requests Huai'an disclosed in full in 2024 (予以公开)?", E("ha", "r.granted.total")),
        ("same thing for Shuyang county, 2025?", E("sy", "r.granted.total")),
    ], "body switch 淮安 2024 -> 沭阳 2025"))
    P.append(follow("en", [
        ("Shuyang 2025, new requests by private persons? thanks", E("sy", "r.received.natural_person")),
        ("and by businesses", E("sy", "r.received.commercial")),
        ("legal service orgs?", E("sy", "r.received.legal_services")),
    ], "column switch"))
    P.append(follow("en", [
        ("STCSM got how many new disclosure requests in 2024?", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
        ("compare: the Shanghai General Office in 2025?", E("sh25", "r.received.total")),
    ], "body + year switch 上海市科委 2024 -> 上海市府办 2025"))
    P.append(follow("en", [
        ("Jianxi 2020, how many new requests they receive?", E("jx", "r.received.total", alt=("办结15件", 17))),
        ("how many of those were disclosed in full", E("jx", "r.granted.total")),
        ("and how many said info not held", E("jx", "r.unable.not_held.total")),
    ], "row switch"))
    P.append(follow("en", [
        ("Hongze 2023, admin penalties - how many decisions?", E("hz23", "c.punishment.decisions")),
        ("now '24", E("hz24", "c.punishment.decisions")),
    ], "year switch with '24"))
    P.append(follow("en", [
        ("Shuyang County 2025 penalty decisions (行政处罚)?", E("sy", "c.punishment.decisions")),
        ("and coercion?", E("sy", "c.coercion.decisions")),
    ], "row switch"))
    P.append(follow("en", [
        ("How many requests did Shanghai General Office move on to the next year in 2019? (结转下年度)",
         E("sh19", "r.carried_forward.total", alt=("顺延到下年度答复", 72))),
        ("what about 2025's report", E("sh25", "r.carried_forward.total")),
    ], "year switch 上海市府办"))
    P.append(follow("en", [
        ("Huaian 2024 - how many 'info not held by this agency' replies? [本机关不掌握]", E("ha", "r.unable.not_held.total")),
        ("of those, how many to individual people?", E("ha", "r.unable.not_held.natural_person")),
    ], "column switch"))
    P.append(follow("en", [
        ("Shuyang 2025 review cases upheld (维持)?", E("sy", "a.review.upheld")),
        ("and still pending?", E("sy", "a.review.pending")),
    ], "outcome switch"))
    P.append(follow("en", [
        ("company clerk here, doing a fee summary. Hongze fees collected in 2023 in 万元?", E("hz23", "c.fees.amount", **MONEY())),
        ("and in 2024?", E("hz24", "c.fees.amount", **MONEY())),
    ], "year switch, money"))
    P.append(follow("en", [
        ("Huaian 2024 fee income (行政事业性收费), 万元?", E("ha", "c.fees.amount", **MONEY())),
        ("how about Shuyang for 2025", E("sy", "c.fees.amount", **MONEY())),
    ], "body switch, money"))
    P.append(follow("en", [
        ("STCSM 2024, how many requests were granted (同意公开 / 予以公开)?", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
        ("and how many were carried over from 2023?", E("kw", "r.carried_over.total", alt=("全年收到政府信息公开申请 34 件", 2))),
    ], "row switch"))
    P.append(follow("en", [
        ("Shanghai General Office 2025, requests rejected as petitions/complaints (信访举报投诉类)?",
         E("sh25", "r.not_processed.petition.total")),
        ("and the duplicates", E("sh25", "r.not_processed.duplicate.total")),
    ], "row switch"))
    P.append(follow("en", [
        ("Huaian 2024 requests withheld to protect third parties (保护第三方合法权益)? how many", E("ha", "r.withheld.third_party.total")),
        ("ok, and the internal-affairs ones?", E("ha", "r.withheld.internal_affairs.total")),
    ], "row switch"))
    P.append(follow("en", [
        ("Jianxi District 2020, how many 复议 cases? small number i guess", E("jx", "a.review.total")),
        ("what about Hongze for 2024", E("hz24", "a.review.total")),
    ], "body + year switch"))
    P.append(follow("en", [
        ("Hongze 2024 - how many requests were granted (予以公开)?", E("hz24", "r.granted.total")),
        ("and back in 2023?", E("hz23", "r.granted.total")),
    ], "year switch backwards"))
    P.append(follow("en", [
        ("Shanghai General Office 2019: new requests from companies [商业企业]?", E("sh19", "r.received.commercial")),
        ("same office, 2025?", E("sh25", "r.received.commercial")),
    ], "year switch"))
    P.append(follow("en", [
        ("Shuyang 2025 - how many requests were carried over from 2024?", E("sy", "r.carried_over.total")),
        ("what's that figure in Huaian's 2024 report?", E("ha", "r.carried_over.total", alt=("顺延到下年度", 34))),
    ], "body switch"))
    P.append(follow("en", [
        ("Huaian 2024 how many requests handled in total (办理结果总计)? thx", E("ha", "r.total_processed.total", alt=("顺延到下年度", 3050))),
        ("only natural persons?", E("ha", "r.total_processed.natural_person")),
    ], "column switch"))
    P.append(follow("en", [
        ("STCSM 2024 - how many articles did the 上海科技 WeChat account publish?", EN("kw", "编发文章 1640 篇", 1640, "篇")),
        ("how many of them original", EN("kw", "原创文章 294", 294, "篇")),
    ], "narrative follow-up"))
    P.append(follow("en", [
        ("Shanghai General Office 2025 - total 行政复议 cases in the table?", E("sh25", "a.review.total")),
        ("how many of those 55 were filed by companies?", EU("the appeals table has no applicant-type breakdown")),
    ], "value then unanswerable breakdown"))
    P.append(follow("en", [
        ("Hongze 2024 licensing decisions [行政许可]?", E("hz24", "c.licensing.decisions")),
        ("and in 2023", E("hz23", "c.licensing.decisions")),
        ("Shuyang 2025 for comparison?", E("sy", "c.licensing.decisions")),
    ], "year then body switch"))
    P.append(follow("en", [
        ("Shanghai General Office 2019: requests withheld as administrative queries [行政查询事项], individuals?",
         E("sh19", "r.withheld.admin_query.natural_person")),
        ("and companies", E("sh19", "r.withheld.admin_query.commercial")),
    ], "column switch (row total printed blank)"))
    P.append(follow("zh", [
        ("淮安2024年 本年新收的政府信息公开申请多少件", E("ha", "r.received.total", alt=("受理政府信息公开申请 3119", 3119))),
        ("那沭阳25年表里本年新收呢（不含上年结转）", E("sy", "r.received.total")),
    ], "body switch (沭阳 text 749 includes carried over; the question excludes it)"))
    P.append(follow("zh", [
        ("洪泽区2023年 本机关不掌握的 几件", E("hz23", "r.unable.not_held.total")),
        ("24年的呢", E("hz24", "r.unable.not_held.total")),
    ], "year switch"))
    P.append(follow("zh", [
        ("沭阳2025 未经复议直接起诉的行政诉讼 几件", E("sy", "a.litigation_direct.total")),
        ("复议后起诉的呢？", E("sy", "a.litigation_after_review.total")),
    ], "appeals group switch"))
    P.append(follow("zh", [
        ("上海市府办2019年上年结转的申请多少件", E("sh19", "r.carried_over.total", alt=("顺延到下年度答复", 18))),
        ("2025年呢", E("sh25", "r.carried_over.total", alt=("上年结转 189 件", 189))),
    ], "year switch"))
    P.append(follow("zh", [
        ("涧西区政府办2020年 新收申请几件", E("jx", "r.received.total", alt=("办结15件", 17))),
        ("办理结果总计是多少", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
    ], "row switch"))
    P.append(follow("zh", [
        ("淮安市2024年行政处罚决定多少", E("ha", "c.punishment.decisions")),
        ("行政强制呢？", E("ha", "c.coercion.decisions")),
    ], "row switch"))
    P.append(follow("zh", [
        ("上海科委2024年行政许可多少件", E("kw", "c.licensing.decisions")),
        ("行政处罚呢", E("kw", "c.punishment.decisions")),
    ], "row switch"))
    P.append(follow("zh", [
        ("沭阳25年 信访举报投诉类 不予处理的 有几件", E("sy", "r.not_processed.petition.total")),
        ("重复申请的呢", E("sy", "r.not_processed.duplicate.total")),
    ], "row switch"))
    P.append(follow("zh", [
        ("洪泽23年行政复议结果维持几件", E("hz23", "a.review.upheld")),
        ("纠正的呢", E("hz23", "a.review.corrected")),
    ], "outcome switch"))
    P.append(follow("zh", [
        ("上海市府办2025年 本机关不掌握的 有多少", E("sh25", "r.unable.not_held.total")),
        ("那需要另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
    ], "row switch"))
    P.append(follow("zh", [
        ("淮安2024年表里 行政规范性文件本年制发件数是多少", E("ha", "c.normative_docs.issued")),
        ("沭阳2025年的同一个数", E("sy", "c.normative_docs.issued")),
    ], "body switch (淮安 text 政策性文件 11 is another concept; the question names the table)"))
    P.append(follow("zh", [
        ("上海市府办2025年开了多少场新闻发布会", EN("sh25", "新闻发布会 42 场", 42, "场")),
        ("通气会呢", EN("sh25", "新闻通气会 19 场", 19, "场")),
    ], "narrative follow-up"))
    P.append(follow("zh", [
        ("上海市府办2019年 信息公开类行政复议几件", E("sh19", "a.review.total", alt=("行政复议7件", 7))),
        ("未经复议直接起诉的诉讼呢", E("sh19", "a.litigation_direct.total", alt=("行政复议7件", 9))),
    ], "appeals group switch; text 复议7件，诉讼9件 agrees"))
    return P


# ------------------------------------------------------------------ [cannot] 39
def unanswerables():
    P = []
    en = [
        ("Huaian 2024 - how many of the disclosure requests were filed by women vs men?",
         "sex of applicants not reported"),
        ("Shuyang County 2024 report: how many requests did they get?",
         "沭阳 2024 report not held (only 2025)"),
        ("hongze district '22 number of new requests pls",
         "洪泽 2022 report not held (only 2023, 2024)"),
        ("I'm moving to Nanjing. How many disclosure requests did Nanjing city get in 2024?",
         "南京市 not in the corpus"),
        ("STCSM 2023 - how many requests granted?",
         "上海市科委 2023 report not held (only 2024)"),
        ("Jianxi 2021 procurement amount?",
         "涧西 2021 report not held (only 2020)"),
        ("Shanghai General Office 2022: review cases total?",
         "上海市府办 2022 report not held (only 2019, 2025)"),
        ("Suqian city 2025, how many requests received? (I know Shuyang is under Suqian)",
         "宿迁市 not in the corpus"),
        ("How many information requests did Pudong New Area receive in 2019?",
         "浦东新区 not in the corpus (sh19 names it only as a pilot district)"),
        ("how many requests did Huaian get in March 2024 specifically",
         "monthly breakdown not reported"),
        ("Shuyang 2025, what was the average number of days to answer a request? I submitted one and am still waiting",
         "response times not reported"),
        ("How many staff work on information disclosure in Hongze (2023)? thinking of applying for a job there",
         "staffing numbers not reported"),
        ("can u predict how many requests Huaian will get in 2025 based on the 2024 report?",
         "forecast, not in any report"),
        ("In 沭阳's 2025 report, who was the applicant that paid the 380 yuan fee? need their name and phone",
         "personal data of an applicant; not reported"),
        ("Shuyang 2025, which township (乡镇) had the most disclosure requests?",
         "township breakdown not reported"),
        ("Huaian 2024 - how many requests were about land expropriation / demolition (征地拆迁)?",
         "topic breakdown not reported"),
        ("age breakdown of applicants for Shanghai General Office 2025?",
         "applicant age not reported"),
        ("STCSM 2024: how many requests came online vs by post?",
         "submission channel not reported"),
        ("how much money did Jianxi District spend on disclosure work in 2020?",
         "cost of disclosure work not reported"),
        ("Huaian 2024: what industries were the 53 companies that filed requests in?",
         "industry of applicants not reported"),
        ("STCSM 2024 requests per quarter? Q1 Q2 Q3 Q4 pls",
         "quarterly breakdown not reported"),
        ("Shanghai General Office 2019 - how many requests came from foreigners?",
         "nationality of applicants not reported"),
        ("Hangzhou city 2023 disclosure report - how many requests?",
         "杭州市 not in the corpus"),
        ("In Hongze's 2024 report why did the licensing decisions jump so much compared to 2023?",
         "no reason for the change is stated"),
        ("Shanghai General Office 2025: how many requests were about housing?",
         "topic breakdown not reported"),
        ("Hongze 2023 - how many of the requests were sent via WeChat?",
         "submission channel not reported"),
    ]
    zh = [
        ("我爸60多了 想申请信息公开，淮安24年申请人里 60岁以上的有多少",
         "applicant age not reported"),
        ("沭阳县2025年哪个部门收到的申请最多？？",
         "department breakdown not reported (the 380 元 fee names 民政局 only)"),
        ("涧西区2020年 女性申请人有几个",
         "sex of applicants not reported"),
        ("清江浦区2024年政府信息公开申请多少件",
         "清江浦区 not in the corpus"),
        ("洛阳市2020年的年报 收到多少申请",
         "洛阳市 not in the corpus (涧西 is one of its districts)"),
        ("上海科委24年那34件申请 有几件是浦东的居民提的",
         "applicant residence not reported"),
        ("沭阳县2026年的年报里 新收申请多少件",
         "沭阳 2026 report not held"),
        ("淮安2024年 交了那3940元处理费的 是几个申请人",
         "number of fee payers not reported"),
        ("上海市府办25年 信息公开工作人员的工资一共多少",
         "staff costs not reported"),
        ("洪泽区 2024年 政府网站一年访问量多少次",
         "website visits not reported"),
        ("淮安23年的报告里 行政复议多少件",
         "淮安 2023 report not held (only 2024)"),
        ("你觉得上海市政府办公厅2019年的公开工作做得好不好？",
         "opinion, not a reported fact"),
        ("北京市2019年政府信息公开年报 新收申请多少",
         "北京市 not in the corpus"),
    ]
    for q, why in en:
        P.append(cannot("en", q, why))
    for q, why in zh:
        P.append(cannot("zh", q, why))
    return P


def CONVERSATIONS():
    out = []
    for f in (plain_values, combine, rankings, narratives, traps, followups, unanswerables):
        out.extend(f())
    return out
