"""Question bank of blind evaluation set 299 (evals/blind299): about a third must get no number.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

The bank only writes wordings and names bodies, keys and keywords; every expected number is
computed by helpers299.py (from corpus/gold/*.json, from the printed rows named in SPECS for
the three reports without gold, or from a sentence cut from the report text).

SPECS are the printed cells of 005 洪泽区 2024, 007 上海市科委 2024 and 008 上海市府办 2025,
exactly the cell specs blind6's text_cells.json verified (nothing new).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib299 as L  # noqa: E402
from helpers299 import C, D, E, ED, EN, EU, F, N, R, S, T, U, V  # noqa: E402,F401

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


# tagged shorthands ------------------------------------------------------------------
def plain(lang, b, keys, q, what="", **kw):
    return V(lang, b, keys, q, "[plain] " + (what or "table value"), **kw)


def summ(lang, b, keys, q, what="", **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells" + (": " + what if what else ""), **kw)


def diff(lang, b1, b2, keys, q, what="", **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year" + (": " + what if what else ""), **kw)


def rank(lang, bodies, keys, order, q, what=""):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies, each in its gold year" + (": " + what if what else ""))


def trap(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def text(lang, b, keyword, value, unit, q, what="", frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] number stated only in the report text" + (": " + what if what else ""), frm=frm)


def cannot(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


def follow(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


# ------------------------------------------------------------------------------------
def PLAIN():
    return [
        # 淮安市 2024
        plain("zh", "ha", "r.granted.total", "淮安市政府2024年收到的信息公开申请，最后全部公开、一点没删的有多少件？"),
        plain("en", "ha", "r.partially_granted.total", "Huai'an city government, 2024 — how many applicants got the documents back with some parts held back?"),
        plain("zh", "ha", "r.withheld.state_secret.total", "2024年淮安有几件申请是因为碰到国家秘密被拒了？"),
        plain("en", "ha", "r.withheld.admin_query.total", "In Huai'an's 2024 report, how many refusals were on the ground that the request was really an administrative query (行政查询事项)?"),
        plain("zh", "ha", "r.withheld.total", "淮安市人民政府2024年不予公开的申请，八种情形加在一起有多少件？", "derived withheld total"),
        plain("en", "ha", "r.received.legal_services", "How many new disclosure applications did law firms and other legal service bodies send Huai'an city in 2024?"),
        plain("zh", "ha", "a.review.corrected", "淮安2024年的政府信息公开行政复议，复议机关给纠正了的有多少件？",
              alt=("结果纠正 64 件", 64)),
        plain("en", "ha", "c.punishment.decisions", "What is the count of administrative penalty decisions in Huai'an's disclosure report for 2024?"),
        plain("zh", "ha", "c.fees.amount", "二〇二四年淮安市行政事业性收费金额填的是多少万元？", **MONEY),
        plain("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024: how many requests were dropped because the applicant never came back with the corrections asked for?"),
        plain("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少件申请其实是信访、举报、投诉，所以没按信息公开处理？"),
        plain("en", "ha", "a.litigation_direct.pending", "Of the lawsuits brought straight to court against Huai'an city in 2024 (no review first), how many had no judgment yet?"),
        plain("zh", "ha", "r.received.legal_person", "淮安2024年，单位（法人或其他组织）新递交的公开申请一共几件？", "derived legal_person"),
        plain("en", "ha", "c.coercion.decisions", "I need the administrative coercion (行政强制) figure from Huai'an's FY2024 disclosure report."),
        # 沭阳县 2025
        plain("zh", "sy", "r.received.natural_person", "按沭阳县2025年年报表三，本年新收的申请里个人（自然人）提交的是多少件？",
              "table row 本年新收 (the text's 741 includes carried-over requests)"),
        plain("en", "sy", "r.granted.total", "For Shuyang County in 2025, how many requests ended with the information handed over in full?"),
        plain("zh", "sy", "r.withheld.third_party.total", "沭阳县2025年因为要保护第三方合法权益而没公开的有几件？"),
        plain("en", "sy", "r.withheld.internal_affairs.total", "Shuyang, 2025: requests refused because what was asked for counted as internal affairs information — how many?"),
        plain("zh", "sy", "a.review.total", "沭阳2025年因为信息公开被申请行政复议的，一共多少件？"),
        plain("en", "sy", "a.review.pending", "How many of Shuyang County's 2025 disclosure review cases were still open when the year closed?"),
        plain("zh", "sy", "c.licensing.decisions", "沭阳县二〇二五年行政许可的处理决定是多少个？"),
        plain("en", "sy", "c.fees.amount", "What administrative fee income (in 10,000 yuan) does Shuyang County's 2025 report show?", **MONEY),
        plain("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年有多少件申请是因为人家没按通知交费，就不再处理了？"),
        plain("en", "sy", "r.other.other.total", "Shuyang County 2025, 'other handling' sub-item 3 (其他): what's the total?"),
        plain("zh", "sy", "r.not_processed.duplicate.total", "2025年沭阳县属于重复申请、没有处理的有多少件？"),
        plain("en", "sy", "r.unable.not_held.total", "How often in 2025 did Shuyang County have to tell applicants it simply didn't hold the information?"),
        plain("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年先复议、后起诉的那些官司，法院维持的有几件？"),
        plain("en", "sy", "r.received.legal_services", "Shuyang 2025: how many new requests came from legal service institutions?"),
        # 上海市府办 2019
        plain("zh", "sh19", "r.received.total", "上海市政府办公厅2019年一共新收了多少件政府信息公开申请？",
              alt=("受理政府信息公开申请859件", 859)),
        plain("en", "sh19", "r.carried_forward.total", "How many requests did the Shanghai municipal government's general office roll over into 2020, unfinished at the end of 2019?",
              alt=("另有72件", 72)),
        plain("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市府办，个人申请的里面因为本机关不掌握而给不了的有几件？"),
        plain("en", "sh19", "r.total_processed.commercial", "In 2019, how many applications from commercial enterprises did the Shanghai general office finish handling in total?"),
        plain("zh", "sh19", "c.procurement.projects", "上海市人民政府办公厅2019年政府集中采购做了几个项目？"),
        plain("en", "sh19", "c.procurement.amount", "How much money went into centralised government procurement at the Shanghai general office in 2019? Give it in 万元.", **MONEY),
        plain("zh", "sh19", "c.regulations.total_published", "2019年上海市府办规章的对外公开总数量是多少件？"),
        plain("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai general office, 2019: how many individuals' requests were set aside as petitions, reports or complaints?"),
        plain("zh", "sh19", "r.unable.needs_creation.commercial", "上海市政府办公厅2019年，企业申请中因为需要另行制作、没有现成信息而无法提供的有几件？"),
        plain("en", "sh19", "a.litigation_direct.pending", "In 2019, how many of the Shanghai general office's direct lawsuits over disclosure were still awaiting a ruling?"),
        # 洪泽区 2023
        plain("zh", "hz23", "c.punishment.decisions", "洪泽区2023年年报里行政处罚决定有多少？"),
        plain("en", "hz23", "c.licensing.decisions", "How many licensing decisions are on record for Hongze District in 2023?"),
        plain("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年有几件申请是部分公开的？"),
        plain("en", "hz23", "r.unable.needs_creation.total", "Hongze District, 2023: how many requests failed because the information would have had to be put together from scratch?"),
        plain("zh", "hz23", "c.fees.amount", "2023年洪泽区行政事业性收费金额是多少（万元）？", **MONEY),
        plain("en", "hz23", "a.review.upheld", "How many of Hongze District's 2023 disclosure reviews ended with the original decision upheld?"),
        plain("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区2023年有几件申请因为属于行政执法案卷没给公开？"),
        plain("en", "hz23", "c.normative_docs.in_force", "How many administrative normative documents did Hongze District count as currently valid in its 2023 report?"),
        # 洪泽区 2024 (printed rows)
        plain("zh", "hz24", "c.licensing.decisions", "洪泽区2024年作出了多少个行政许可决定？"),
        plain("en", "hz24", "c.coercion.decisions", "Hongze District in 2024: number of administrative coercion decisions?"),
        plain("zh", "hz24", "r.granted.total", "2024年洪泽区政府的信息公开申请，予以公开的有多少件？"),
        plain("en", "hz24", "r.unable.not_held.total", "In 2024, how many times did Hongze District answer a request with 'this office does not hold that information'?"),
        plain("zh", "hz24", "r.received.total", "洪泽区2024年年报表三第一行“本年新收政府信息公开申请数量”的总计是多少？",
              "table row (the text's 17 is the office's own count)"),
        plain("en", "hz24", "c.fees.amount", "What did Hongze District report as administrative fee revenue for 2024, in 10k yuan?", **MONEY),
        plain("zh", "hz24", "a.review.total", "洪泽区2024年涉及信息公开的行政复议一共几件？"),
        # 涧西区 2020
        plain("zh", "jx", "r.granted.total", "涧西区政府办2020年同意公开的申请有几件？"),
        plain("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District government office newly draw up in 2020?"),
        plain("zh", "jx", "c.procurement.amount", "2020年涧西区政府办政府集中采购的总金额是多少万元？", **MONEY),
        plain("en", "jx", "r.unable.not_held.total", "Jianxi District office, 2020 — how many requests were closed because the office didn't have the information?"),
        plain("zh", "jx", "a.litigation_after_review.total", "涧西区2020年经过复议之后又打官司的有几件？"),
        plain("en", "jx", "r.total_processed.total", "Across all outcomes, how many requests did the Jianxi District government office deal with in 2020?",
              alt=("办结15件", 15)),
        # 上海市科委 2024 (printed rows)
        plain("zh", "kw", "c.licensing.decisions", "上海市科委2024年的行政许可处理决定数量是多少？"),
        plain("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai Science and Technology Commission issue in 2024?",
              alt=("行政规范性文件 13 件", 13)),
        plain("zh", "kw", "r.received.commercial", "市科委2024年新收的申请里，商业企业交来的有几件？"),
        plain("en", "kw", "r.granted.total", "STCSM 2024: how many requests were answered with full disclosure?",
              alt=("同意公开答复 9 件", 9)),
        plain("zh", "kw", "r.total_processed.total", "2024年上海市科委表三里办理结果总计是多少件？"),
        plain("en", "kw", "c.punishment.decisions", "Did the Shanghai science commission make any administrative penalty decisions in 2024? How many?"),
        # 上海市府办 2025 (printed rows)
        plain("zh", "sh25", "r.received.natural_person", "上海市政府办公厅2025年新收的申请，个人名义提交的有多少件？"),
        plain("en", "sh25", "r.carried_over.total", "Going into 2025, how many requests did the Shanghai general office still have on hand from 2024?",
              alt=("上年结转 189 件", 189)),
        plain("zh", "sh25", "r.unable.not_held.total", "2025年上海市府办有多少件申请因为本机关不掌握相关信息而没法提供？"),
        plain("en", "sh25", "r.not_processed.duplicate.total", "In 2025, how many requests to Shanghai's general office were not processed because they repeated an earlier request?"),
        plain("zh", "sh25", "a.review.total", "上海市人民政府办公厅2025年信息公开行政复议总共有几件（按表四）？"),
        plain("en", "sh25", "r.unable.needs_creation.total", "Shanghai general office, 2025: requests it couldn't meet because answering would mean producing new information — how many?"),
        plain("zh", "sh25", "a.litigation_after_review.total", "上海市府办2025年复议之后再起诉的行政诉讼有多少件？"),
    ]


def COMBINE():
    withheld8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    org5 = ["r.received.%s" % c for c in L.ORG_COLS]
    return [
        summ("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
             "淮安市2024年全部公开加上部分公开，一共有多少件申请拿到了信息？"),
        summ("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
             "Add up Shuyang's 2025 refusals for internal-affairs information and for process information. What do you get?"),
        summ("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "淮安2024年因为信息公开被告上法院的，直接起诉和复议后起诉合起来多少件？",
             alt=("行政诉讼 46 件", 46)),
        summ("en", "jx", ["r.received.total", "r.carried_over.total"],
             "Jianxi District office 2020: new requests plus those carried in from 2019 — what's the combined caseload?"),
        summ("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "洪泽区2023年“本机关不掌握”和“需要另行制作”这两种无法提供的情况，加一起几件？"),
        summ("en", "sh19", ["r.received.natural_person", "r.received.commercial"],
             "For the Shanghai general office in 2019, how many new requests came from private individuals and businesses combined?"),
        summ("zh", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
             "沭阳县2025年行政复议维持、直接起诉维持、复议后起诉维持，三项加起来多少？"),
        summ("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "Total up Huai'an's 2024 licensing, penalty and coercion decisions for me."),
        summ("zh", "sy", org5,
             "沭阳县2025年本年新收申请中，商业企业、科研机构、社会公益组织、法律服务机构和其他组织五栏合计是多少？",
             "5 cells", alt=("法人或其他组织申请 8 件", 8)),
        summ("en", "ha", withheld8,
             "Sum every refusal category (all eight grounds under 不予公开) in Huai'an's 2024 table.", "8 cells"),
        summ("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "上海市府办2025年“本机关不掌握”与“需另行制作”两类无法提供的申请，一共多少件？"),
        summ("en", "kw", ["r.received.total", "r.carried_over.total"],
             "The Shanghai science commission in 2024: new requests plus the ones carried over from 2023, all together?"),
        diff("zh", "hz23", "hz24", ["c.licensing.decisions"],
             "洪泽区行政许可决定数，2024年比2023年多了多少？"),
        diff("en", "hz23", "hz24", ["c.punishment.decisions"],
             "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?"),
        diff("zh", "hz23", "hz24", ["c.fees.amount"],
             "洪泽区行政事业性收费金额从2023年到2024年变化了多少万元？", **MONEY),
        diff("en", "hz23", "hz24", ["r.unable.not_held.total"],
             "Hongze District: change in 'information not held' answers between 2023 and 2024?"),
        diff("zh", "sh19", "sh25", ["r.received.total"],
             "上海市政府办公厅本年新收申请数，2025年跟2019年比差了多少件？"),
        diff("en", "sh19", "sh25", ["r.carried_forward.total"],
             "Compare the Shanghai general office's requests carried into the next year: 2019 versus 2025 — what's the difference?"),
        diff("zh", "sh19", "sh25", ["a.review.total"],
             "上海市府办信息公开类行政复议总数，从2019年到2025年增加了多少件？"),
        diff("en", "sh19", "sh25", ["a.litigation_direct.total"],
             "How did the number of direct lawsuits against the Shanghai general office move between 2019 and 2025?"),
    ]


def RANK():
    return [
        rank("zh", ["ha", "sy", "sh19", "jx"], ["r.received.total"], "desc",
             "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区政府办2020年，哪家新收的申请最多？"),
        rank("en", ["hz23", "jx", "sy"], ["r.received.total"], "asc",
             "Between Hongze District (2023), the Jianxi District office (2020) and Shuyang County (2025), who received the fewest new requests?"),
        rank("zh", ["sy", "sh19", "jx"], ["r.carried_forward.total"], "desc",
             "沭阳县2025年、上海市政府办公厅2019年和涧西区2020年，谁转到下一年继续办的申请最多？"),
        rank("en", ["sy", "hz23", "sh19"], ["r.unable.not_held.natural_person"], "desc",
             "Among individual applicants, which body said 'not held' most often: Shuyang 2025, Hongze 2023 or the Shanghai general office 2019?"),
        rank("zh", ["ha", "sy", "sh19", "hz23"], ["a.review.upheld"], "desc",
             "行政复议结果维持的件数，淮安2024、沭阳2025、上海市府办2019、洪泽区2023，哪个最多？"),
        rank("en", ["sy", "sh19", "jx"], ["a.litigation_direct.total"], "asc",
             "Shuyang County 2025, Shanghai general office 2019, Jianxi District office 2020: which had the fewest lawsuits filed without a prior review?"),
        rank("zh", ["ha", "sy", "hz23"], ["c.punishment.decisions"], "desc",
             "行政处罚决定数量：淮安市2024年、沭阳县2025年、洪泽区2023年，谁排第一？"),
        rank("en", ["hz23", "sy", "ha"], ["c.licensing.decisions"], "asc",
             "Which reported the smallest number of licensing decisions — Hongze District in 2023, Shuyang County in 2025, or Huai'an in 2024?"),
        rank("zh", ["sy", "sh19", "hz23"], ["a.review.corrected"], "desc",
             "沭阳县2025年、上海市府办2019年、洪泽区2023年的信息公开行政复议中，被纠正最多的是哪家？"),
        rank("en", ["ha", "sy", "sh19"], ["r.carried_over.total"], "asc",
             "Which started its year with the fewest requests carried over: Huai'an 2024, Shuyang 2025 or the Shanghai general office 2019?"),
    ]


def TRAPS():
    return [
        trap("zh", "ha", "r.carried_forward.total",
             "淮安市2024年没办完、要留到2025年接着办的申请有多少件？",
             "结转下年度 103 vs 上年结转 34", alt=("103 件顺延", 103)),
        trap("en", "sy", "a.litigation_after_review.total",
             "How many lawsuits did Shuyang County face in 2025 that were filed after an administrative review had run its course?",
             "复议后起诉 10 vs 未经复议直接起诉 3"),
        trap("zh", "ha", "c.normative_docs.repealed",
             "淮安市2024年废止掉的行政规范性文件是多少件？",
             "本年废止 26 vs 制发 8 / 现行有效 66"),
        trap("en", "sy", "r.unable.needs_creation.total",
             "Shuyang, 2025: how many requests fell through because no ready-made record existed and one would have had to be compiled?",
             "另行制作 2 vs 不掌握 111"),
        trap("zh", "ha", "r.withheld.process_info.total",
             "2024年淮安市以“四类过程性信息”为由不公开的申请有几件？",
             "过程性信息 12 vs 内部事务 8"),
        trap("en", "sy", "c.normative_docs.in_force",
             "At the end of 2025, how many of Shuyang County's administrative normative documents were still in effect?",
             "现行有效 32 vs 制发 6"),
        trap("zh", "ha", "a.review.other",
             "淮安市2024年信息公开行政复议里，结果算“其他结果”的有几件？",
             "其他结果 178 vs 结果纠正 64", alt=("其他结果 178 件", 178)),
        trap("en", "jx", "c.procurement.projects",
             "Jianxi District office, 2020: I mean the count of centralised procurement projects, not the amount spent. How many?",
             "采购项目数 8 vs 采购总金额 28.6232"),
        trap("zh", "sh19", "c.normative_docs.total_published",
             "上海市府办2019年规范性文件的对外公开总数量是多少？",
             "对外公开总数量 368 vs 本年新制作 60"),
        trap("en", "sy", "r.partially_granted.total",
             "How many Shuyang requests in 2025 were only partly disclosed?",
             "部分公开 101 vs 予以公开 294"),
    ]


def TEXTONLY():
    return [
        text("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
        text("en", "ha", "政策解读21 个", 21, "个", "How many policy interpretation pieces did Huai'an produce in 2024?"),
        text("zh", "ha", "公报》6 期", 6, "期", "2024年《淮安市人民政府公报》出了几期？"),
        text("en", "ha", "共计 95", 95, "个", "How many government new-media accounts was Huai'an running according to its 2024 report?"),
        text("zh", "ha", "处理费 3940 元", 3940, "元", "淮安市政府2024年一共收了多少元信息处理费？"),
        text("en", "hz23", "1136 条", 1136, "条", "How many items of government information did Hongze District post proactively on its website platform in 2023?"),
        text("zh", "hz24", "2428 条", 2428, "条", "洪泽区2024年在政府网站平台上主动发布了多少条政府信息？"),
        text("en", "hz24", "常务会议 7", 7, "期", "Hongze District, 2024: how many executive meetings of the district government were made public?"),
        text("zh", "sy", "4511条", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息？"),
        text("en", "sy", "意见征集9期", 9, "期", "How many rounds of public comment collection did Shuyang County run on its portal in 2025?"),
        text("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年在政务新媒体上开了多少个专栏？"),
        text("en", "sy", "短视频1113个", 1113, "个", "Shuyang County's new-media team pushed out how many original short videos in 2025?"),
        text("zh", "sy", "爆款内容52条", 52, "条", "沭阳2025年出了多少条爆款内容？"),
        text("en", "sy", "催办提示 84 次", 84, "次", "How many reminder notices did Shuyang's countdown alarm system send out in 2025?"),
        text("zh", "sy", "主动沟通 49 次", 49, "次", "2025年沭阳县在办理申请之前主动和申请人沟通了多少次？"),
        text("en", "sy", "失效链接43处", 43, "处", "How many dead links did Shuyang County fix on its website during 2025?"),
        text("zh", "sy", "过期信息697条", 697, "条", "沭阳县2025年清理了多少条过期信息？"),
        text("en", "sy", "相关案件 74 件", 74, "件", "Shuyang County says it handled how many review and litigation cases altogether in 2025?"),
        text("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家？"),
        text("en", "kw", "1016823", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account of the Shanghai science commission have, per its 2024 report?"),
        text("zh", "kw", "直播 118 场", 118, "场", "上海市科委的视频号2024年做了多少场直播？"),
        text("en", "kw", "政协提案 85 件", 85, "件", "For how many CPPCC proposals did the Shanghai science commission publish its replies in 2024 (lead or co-handled)?",
             frm="及主合办"),
        text("zh", "kw", "政策 121 条", 121, "条", "2024年上海市科委批量推送集成式发布的政策有多少条？"),
        text("en", "sh25", "新闻发布会 42 场", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025, according to the general office's report?"),
        text("zh", "sh25", "撤回 157 件", 157, "件", "2025年上海市政府办公厅的申请里，申请人自己主动撤回的有多少件？"),
        text("en", "sh25", "公报》24 期", 24, "期", "How many issues of the Shanghai Municipal People's Government Gazette did the general office edit in 2025?"),
        text("zh", "sh25", "10 个语种", 10, "个", "截至2025年，“上海国际服务门户”覆盖了几个语种？"),
        text("en", "sh19", "政策解读共132件", 132, "件", "In 2019, how many policy interpretations did the Shanghai general office release on the 'China Shanghai' portal?"),
        text("zh", "sh19", "70家政府网站", 70, "家", "上海市政府办公厅2019年年报里说，每个季度全面检查的正常运行政府网站有多少家？"),
        text("en", "jx", "601项事项", 601, "项", "In its 2020 report, how many disclosure items did the Jianxi District office list after sorting out every step of power and service?",
             frm="梳理细化"),
    ]


def FOLLOWUPS():
    return [
        follow("zh", [("洪泽区2023年行政许可决定是多少件？", E("hz23", "c.licensing.decisions")),
                      ("到了2024年变成多少了？", E("hz24", "c.licensing.decisions"))], "year switch 2023 -> 2024"),
        follow("en", [("How many new requests did the Shanghai general office log in 2019?", E("sh19", "r.received.total", alt=("受理政府信息公开申请859件", 859))),
                      ("And the same count for 2025?", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295)))], "year switch 2019 -> 2025"),
        follow("zh", [("淮安市2024年本年新收的信息公开申请有多少？", E("ha", "r.received.total", alt=("受理政府信息公开申请 3119 件", 3119))),
                      ("沭阳县2025年这个数是多少？", E("sy", "r.received.total"))], "body switch"),
        follow("en", [("Shuyang County, 2025: total administrative reviews over disclosure?", E("sy", "a.review.total")),
                      ("How many of them were corrected?", E("sy", "a.review.corrected")),
                      ("And how many upheld?", E("sy", "a.review.upheld"))], "outcome switch within reviews"),
        follow("zh", [("上海市政府办公厅2025年因为本机关不掌握而无法提供的申请有多少件？", E("sh25", "r.unable.not_held.total")),
                      ("那需要另行制作的呢？", E("sh25", "r.unable.needs_creation.total"))], "row switch"),
        follow("en", [("How many individuals filed new requests with Huai'an in 2024?", E("ha", "r.received.natural_person")),
                      ("What about commercial enterprises?", E("ha", "r.received.commercial"))], "column switch"),
        follow("zh", [("涧西区政府办2020年信息公开行政复议有几件？", E("jx", "a.review.total")),
                      ("直接起诉的行政诉讼呢？", E("jx", "a.litigation_direct.total")),
                      ("复议后再起诉的又有几件？", E("jx", "a.litigation_after_review.total"))], "appeals group switch"),
        follow("en", [("What was Hongze District's count of administrative penalty decisions in 2023?", E("hz23", "c.punishment.decisions")),
                      ("Same figure in the 2024 report?", E("hz24", "c.punishment.decisions")),
                      ("And coercion decisions in 2024?", E("hz24", "c.coercion.decisions"))], "year then row switch"),
        follow("zh", [("上海市科委2024年新收了多少件申请？", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
                      ("其中个人提的有几件？", E("kw", "r.received.natural_person")),
                      ("企业提的呢？", E("kw", "r.received.commercial"))], "column switch"),
        follow("en", [("How many requests did the Shanghai general office carry forward at the end of 2019?", E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
                      ("And at the end of 2025?", E("sh25", "r.carried_forward.total"))], "year switch"),
        follow("zh", [("沭阳县2025年予以公开的申请有多少件？", E("sy", "r.granted.total")),
                      ("部分公开的有多少？", E("sy", "r.partially_granted.total"))], "row switch"),
        follow("en", [("What fee income did Huai'an report in its 2024 table (万元)?", E("ha", "c.fees.amount", **MONEY)),
                      ("Hongze District's figure for 2023?", E("hz23", "c.fees.amount", **MONEY)),
                      ("And Shuyang County for 2025?", E("sy", "c.fees.amount", **MONEY))], "body switch, money"),
        follow("zh", [("洪泽区2024年予以公开了多少件申请？", E("hz24", "r.granted.total")),
                      ("回复“本机关不掌握”的有多少件？", E("hz24", "r.unable.not_held.total"))], "row switch"),
        follow("en", [("How many disclosure review cases did the Shanghai general office report for 2025?", E("sh25", "a.review.total")),
                      ("How many of those were still pending?", E("sh25", "a.review.pending")),
                      ("And among direct lawsuits, how many pending?", E("sh25", "a.litigation_direct.pending"))], "outcome and group switch"),
        follow("zh", [("沭阳县2025年不予公开的申请总共多少件？", E("sy", "r.withheld.total")),
                      ("无法提供的一共多少件？", E("sy", "r.unable.total"))], "row switch, derived keys"),
        follow("en", [("How many normative documents did the Jianxi District office newly make in 2020?", E("jx", "c.normative_docs.made")),
                      ("And how many did the Shanghai general office make in 2019?", E("sh19", "c.normative_docs.made"))], "body and year switch (2019 format)"),
        follow("zh", [("淮安市2024年因本机关不掌握而无法提供的申请有多少件？", E("ha", "r.unable.not_held.total")),
                      ("上海市府办2025年对应的数是多少？", E("sh25", "r.unable.not_held.total"))], "body and year switch"),
        follow("en", [("How many centralised procurement projects did the Shanghai general office run in 2019?", E("sh19", "c.procurement.projects")),
                      ("What did they cost in total, in 万元?", E("sh19", "c.procurement.amount", **MONEY)),
                      ("How many projects did the Jianxi District office have in 2020?", E("jx", "c.procurement.projects"))], "column then body switch"),
        follow("zh", [("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
                      ("2024年年报里是几件？", E("hz24", "c.normative_docs.in_force"))], "year switch"),
        follow("en", [("Huai'an 2024: how many lawsuits were filed after a review?", E("ha", "a.litigation_after_review.total")),
                      ("What's that number for Shuyang in 2025?", E("sy", "a.litigation_after_review.total"))], "body switch"),
        follow("zh", [("沭阳县2025年本年新收申请有多少件？", E("sy", "r.received.total")),
                      ("上年结转过来的有几件？", E("sy", "r.carried_over.total")),
                      ("办理结果总计是多少？", E("sy", "r.total_processed.total", alt=("共办理 718 件", 718)))], "row switch"),
        follow("en", [("How many administrative reviews did Hongze District have in 2024?", E("hz24", "a.review.total")),
                      ("Lawsuits filed directly?", E("hz24", "a.litigation_direct.total")),
                      ("And lawsuits after review?", E("hz24", "a.litigation_after_review.total"))], "appeals group switch"),
        follow("zh", [("上海市政府办公厅2019年自然人新收申请多少件？", E("sh19", "r.received.natural_person")),
                      ("2025年自然人新收又是多少？", E("sh25", "r.received.natural_person"))], "year switch"),
        follow("en", [("How many normative documents did the Shanghai science commission issue in 2024?", E("kw", "c.normative_docs.issued")),
                      ("How many are currently valid?", E("kw", "c.normative_docs.in_force"))], "column switch"),
        follow("zh", [("淮安市2024年因申请人逾期不补正而不再处理的有多少件？", E("ha", "r.other.overdue_correction.total")),
                      ("沭阳县2025年同样情形有几件？", E("sy", "r.other.overdue_correction.total"))], "body switch"),
        follow("en", [("Shanghai general office, 2025: new requests from commercial enterprises?", E("sh25", "r.received.commercial")),
                      ("Now the 2019 number, please.", E("sh19", "r.received.commercial"))], "year switch backwards"),
        follow("zh", [("洪泽区2023年本年新收申请有多少件？", E("hz23", "r.received.total", alt=("21 件", 21))),
                      ("涧西区政府办2020年呢？", E("jx", "r.received.total", alt=("收到依申请公开17件", 17)))], "body switch"),
        follow("en", [("How many Huai'an requests were refused in 2024 to protect third parties' lawful rights?", E("ha", "r.withheld.third_party.total")),
                      ("And how many because disclosure would endanger security or stability?", E("ha", "r.withheld.security_stability.total"))], "row switch"),
        follow("zh", [("沭阳县2025年行政许可决定多少件？", E("sy", "c.licensing.decisions")),
                      ("淮安市2024年的行政许可决定呢？", E("ha", "c.licensing.decisions"))], "body switch"),
        follow("en", [("Shanghai general office 2025: how many requests were turned away as petitions or complaints?", E("sh25", "r.not_processed.petition.total")),
                      ("How many as duplicates?", E("sh25", "r.not_processed.duplicate.total"))], "row switch"),
        follow("zh", [("洪泽区2024年制发了几件行政规范性文件？", E("hz24", "c.normative_docs.issued")),
                      ("2023年制发了几件？", E("hz23", "c.normative_docs.issued"))], "year switch backwards"),
    ]


def CANNOT():
    W_IND = "the report gives only totals; individual requests and applicants are not identified"
    W_BRK = "the report does not print this breakdown"
    W_QTY = "the report does not state this quantity"
    W_WHY = "the report states the count but not its reasons"
    W_FUT = "a forecast; the reports only describe past years"
    W_OPN = "an opinion; the reports give no basis for a number"
    W_SUB = "the report prints the count but not this sub-group"
    W_OTH = "the report does not attribute its figure to another body"
    W_NOT = "this body/year is not in the corpus"
    W_PER = "personal data; the reports hold none"
    return [
        # one person's own request
        cannot("zh", "我2024年3月给淮安市政府递了个申请，想要我们小区拆迁补偿方案，回复说不掌握。我这件是不是就算在那769件里？后来到底是谁经办的？", W_IND, "own request as a story"),
        cannot("en", "I sent Shuyang County a request in May 2025 about the road works by my village and never heard back. Is mine one of the 31 carried over, and when will I get my answer?", W_IND, "own request as a story"),
        cannot("zh", "我爸2023年找洪泽区政府要土地征收的批复，被拒了。他那件是按国家秘密、过程性信息还是执法案卷拒的？", W_IND, "own request as a story"),
        cannot("en", "My firm asked the Shanghai general office for a tender file in 2019 and was refused. Which of the refusals was ours, and which official signed it?", W_IND, "own request as a story"),
        cannot("zh", "我2025年向上海市政府办公厅申请我家老房子的动迁档案，到现在还没消息，是不是在那293件结转的里面？大概哪天能答复我？", W_IND, "own request as a story"),
        cannot("en", "In 2020 I asked the Jianxi District office for the repair budget of our street and they said they didn't have it. Was mine one of those two, and which department actually holds it?", W_IND, "own request as a story"),
        cannot("zh", "我2024年给上海市科委要过一个项目的评审意见，说是过程性信息不给。那次评审的专家都有谁？", W_IND, "own request as a story"),
        cannot("en", "Huai'an partly released my file in 2024 — I'm one of the 454. Which pages did they black out, and why?", W_IND, "own request as a story"),
        cannot("zh", "2025年我在沭阳申请信息被收了钱，这个信息处理费是按页算还是按件算？一页多少钱？", W_QTY, "own request as a story; fee schedule not stated"),
        cannot("en", "My neighbour and I each sent Hongze District a request in 2024. How many days did they take to answer ours?", W_QTY, "own request as a story; response days"),
        # named people
        cannot("zh", "淮安市2024年的申请里，李建国提的那件最后是公开了还是没公开？", W_IND, "named person"),
        cannot("en", "Did a Ms Wang Fang file one of the requests the Shanghai science commission received in 2024?", W_IND, "named person"),
        cannot("zh", "沭阳县2025年那61件行政复议里，有没有一个叫陈海涛的申请人？他的案子被纠正了吗？", W_IND, "named person"),
        cannot("en", "Who were the plaintiffs in the 12 direct lawsuits against the Shanghai general office in 2025?", W_PER, "named people from a printed count"),
        cannot("zh", "涧西区政府办2020年被复议的那1件，申请人叫什么，代理律师是谁？", W_PER, "named people"),
        # personal data
        cannot("en", "Can you send me the phone numbers of the 705 individuals who applied to Shuyang County in 2025?", W_PER, "personal data"),
        cannot("zh", "洪泽区2024年那95件申请的申请人，身份证号和住址能给我一份吗？", W_PER, "personal data"),
        cannot("en", "List the email addresses of the companies that sent requests to Huai'an city in 2024.", W_PER, "personal data"),
        cannot("zh", "上海市政府办公厅2019年821个自然人申请人，能把名单和联系方式整理给我吗？", W_PER, "personal data"),
        cannot("en", "What home addresses did the applicants behind the Jianxi District office's two unfinished 2020 requests give?", W_PER, "personal data"),
        # month / quarter
        cannot("zh", "淮安市2024年新收的3119件申请，每个月各是多少件？", W_BRK, "month breakdown"),
        cannot("en", "How many of Shuyang County's 713 new requests in 2025 arrived in the first quarter?", W_BRK, "quarter breakdown"),
        cannot("zh", "上海市政府办公厅2025年新收1295件，其中12月份收到多少件？", W_BRK, "month breakdown"),
        cannot("en", "Hongze District 2023: which month brought in most of the 21 applications, and how many?", W_BRK, "month breakdown"),
        cannot("zh", "上海市科委2024年那34件申请，上半年和下半年各有几件？", W_BRK, "half-year breakdown"),
        # sex / age
        cannot("en", "Of the 3001 individuals who applied to Huai'an in 2024, how many were women?", W_BRK, "sex breakdown"),
        cannot("zh", "沭阳县2025年705个自然人申请人里，60岁以上的有多少？", W_BRK, "age breakdown"),
        cannot("en", "What was the average age of people filing disclosure requests with the Shanghai general office in 2019?", W_BRK, "age"),
        # channel
        cannot("zh", "淮安市2024年这些申请里，网上提交的多少件，当面或者邮寄的多少件？", W_BRK, "channel breakdown"),
        cannot("en", "How many of the 1295 requests the Shanghai general office got in 2025 came through the online portal rather than by post?", W_BRK, "channel breakdown"),
        cannot("zh", "沭阳县2025年的信息公开申请，有几件是从12345热线转过来的？", W_BRK, "channel breakdown"),
        cannot("en", "Jianxi District office, 2020: of the 17 requests, how many were handed in at the counter and how many sent by letter?", W_BRK, "channel breakdown"),
        # topic
        cannot("en", "How many of Huai'an's 2024 disclosure requests were about land requisition or demolition compensation?", W_BRK, "topic breakdown"),
        cannot("zh", "洪泽区2024年95件申请主要集中在哪些领域？每个领域几件？", W_BRK, "topic breakdown"),
        cannot("en", "Of the 713 new applications Shuyang received in 2025, how many were about housing?", W_BRK, "topic breakdown"),
        cannot("zh", "2024年上海市科委收到的申请中，问科研经费的有几件？", W_BRK, "topic breakdown"),
        # township / district
        cannot("zh", "淮安市2024年的3119件申请里，清江浦区的申请人提了多少件？", W_BRK, "district breakdown"),
        cannot("en", "Break down Shuyang County's 2025 requests by township — how many came from Shucheng subdistrict?", W_BRK, "township breakdown"),
        cannot("zh", "上海市府办2019年那859件申请，按区来分，浦东新区占多少件？", W_BRK, "district breakdown"),
        cannot("en", "Which Shanghai district sent the most applicants to the general office in 2025?", W_BRK, "district breakdown"),
        # department
        cannot("en", "Of Huai'an's 769 'not held' answers in 2024, how many were given by the natural resources bureau?", W_BRK, "department breakdown"),
        cannot("zh", "沭阳县2025年办理的718件申请，县自然资源局办了多少件？", W_BRK, "department breakdown"),
        cannot("en", "Which department of the Hongze District government handled the most disclosure requests in 2024?", W_BRK, "department breakdown"),
        cannot("zh", "沭阳县2025年发出的84次催办提示，各发给了哪些单位，每家几次？", W_BRK, "department breakdown of a printed count"),
        # sector of the companies (sub-groups)
        cannot("en", "Huai'an got 53 requests from commercial enterprises in 2024. How many of those companies were manufacturers?", W_SUB, "industry of companies"),
        cannot("zh", "上海市政府办公厅2025年商业企业新收36件，这些企业里外资企业有几家？", W_SUB, "ownership of companies"),
        cannot("en", "The Shanghai science commission had 2 requests from businesses in 2024 — which industries were those firms in?", W_SUB, "industry of companies"),
        cannot("en", "Of the 35 new requests from companies to the Shanghai general office in 2019, how many came from property developers?", W_SUB, "industry of companies"),
        # kinds of followers / users / readers
        cannot("zh", "上海市科委微信公众号2024年关注人数1016823人，其中上海本地的有多少？", W_SUB, "kind of followers"),
        cannot("en", "'Shanghai Fabu' passed 5.5 million WeChat users in 2019 — how many of them are under 30?", W_SUB, "kind of users"),
        cannot("zh", "上海科委视频号2024年粉丝54373个，机构号和个人号各占多少？", W_SUB, "kind of followers"),
        cannot("en", "Of the 1924252 views on the science commission's video channel in 2024, how many were on mobile phones?", W_SUB, "kind of viewers"),
        cannot("zh", "沭阳县2025年那条播放量破亿的短视频，看的人里外地观众占多少？", W_SUB, "kind of viewers"),
        # residence / nationality
        cannot("en", "How many of the individuals who asked Huai'an's city government for information in 2024 live outside Jiangsu?", W_SUB, "residence"),
        cannot("zh", "上海市政府办公厅2025年的申请人里，外国国籍的有几位？", W_SUB, "nationality"),
        cannot("en", "Did any foreign nationals apply to the Shanghai general office in 2019? How many?", W_SUB, "nationality"),
        cannot("zh", "沭阳县2025年自然人申请741件，本县户籍的占多少？", W_SUB, "residence"),
        # quantities not stated
        cannot("zh", "淮安市政府2024年答复一件信息公开申请平均花了几天？", W_QTY, "response days"),
        cannot("en", "How many staff work on information disclosure at the Shuyang County government in 2025?", W_QTY, "staff"),
        cannot("zh", "上海市政府办公厅2019年政务公开工作一共花了多少经费？", W_QTY, "cost"),
        cannot("en", "What was Hongze District's 2024 budget for running its government website?", W_QTY, "budget"),
        cannot("zh", "涧西区2020年群众对政府信息公开工作的满意度是多少？", W_QTY, "satisfaction"),
        cannot("en", "How many calls did Huai'an's disclosure contact line (0517-83605210) take in 2024?", W_QTY, "phone calls"),
        cannot("zh", "上海市科委2024年那118场直播总共花了多少钱？", W_QTY, "cost of a printed count"),
        cannot("en", "On average, how long did the Shanghai general office take in 2025 to close each of its 1191 requests?", W_QTY, "response days"),
        cannot("en", "What did Shuyang County spend in 2025 to produce its 1113 original short videos?", W_QTY, "cost of a printed count"),
        cannot("zh", "上海市政府2025年那42场新闻发布会，平均每场来了多少家媒体？", W_QTY, "attendance not stated"),
        # reasons
        cannot("en", "Why did disclosure-related administrative reviews in Huai'an reach 351 in 2024? What drove that?", W_WHY, "reason behind a count"),
        cannot("zh", "洪泽区2024年新收申请95件，比2023年的21件多出一大截，主要是什么原因？", W_WHY, "reason behind a count"),
        cannot("en", "Why did 157 applicants withdraw their requests to the Shanghai general office in 2025?", W_WHY, "reason behind a count"),
        cannot("zh", "沭阳县2025年有13件因属于内部事务信息没公开，具体是哪些事、凭什么认定为内部事务？", W_WHY, "reason behind a count"),
        # forecasts
        cannot("zh", "照这个势头，淮安市2025年会收到多少件政府信息公开申请？", W_FUT, "forecast"),
        cannot("en", "Predict how many disclosure requests Shuyang County will get in 2026.", W_FUT, "forecast"),
        cannot("zh", "上海市政府办公厅2025年结转了293件，2026年上半年能办完多少件？", W_FUT, "forecast"),
        # opinions
        cannot("en", "In your view, did Huai'an handle disclosure better in 2024 than Shuyang did in 2025? Score them out of 10.", W_OPN, "opinion"),
        cannot("zh", "你觉得上海市科委2024年政务公开做得怎么样？满分100给几分？", W_OPN, "opinion"),
        # shares of one body's figure attributed to another
        cannot("en", "Of the 55 administrative reviews the Shanghai general office reported for 2025, how many were about decisions of the Shanghai science commission?", W_OTH, "share attributed to another body"),
        cannot("zh", "上海市府办2019年新收859件申请中，有多少件转给了市科委办理？", W_OTH, "share attributed to another body"),
        cannot("en", "How many of Shuyang County's 61 administrative reviews in 2025 were decided by the Suqian city government?", W_OTH, "share attributed to another body"),
        # bodies / years not in the corpus
        cannot("zh", "洪泽区2022年新收了多少件政府信息公开申请？", W_NOT, "year not held"),
        cannot("en", "How many requests did Shuyang County receive in 2024?", W_NOT, "year not held"),
        cannot("zh", "淮安市政府2023年涉及信息公开的行政复议有几件？", W_NOT, "year not held"),
        cannot("en", "What was the Shanghai science commission's count of new requests for 2023?", W_NOT, "year not held"),
        cannot("zh", "涧西区政府办2021年制作了几件规范性文件？", W_NOT, "year not held"),
        cannot("en", "How many disclosure requests did the Nanjing municipal government receive in 2024?", W_NOT, "body not held"),
        cannot("zh", "宿迁市政府2025年行政许可决定有多少件？", W_NOT, "body not held"),
        cannot("en", "Pudong New Area, 2025: how many requests were carried into 2026?", W_NOT, "body not held"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TRAPS() + TEXTONLY() + FOLLOWUPS() + CANNOT()
