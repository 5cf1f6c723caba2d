"""Question bank of blind evaluation set 150 (evals/blind150).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while
tuning the engine.

All wordings were written new for this set. Every expected number is computed by helpers150
from corpus/gold/*.json, from printed table rows of the three reports without gold (SPECS
below: the same row specs blind6's text_cells.json names, re-parsed and re-verified here), or
from a sentence cut from the report text (narrative numbers). No number is typed by hand
except as the keyword/number pair that must occur in a cut sentence.
"""
import blindlib150 as L
from helpers150 import C, E, EN, EU, ED, ER

# printed cells of the reports without gold: (kind, label or anchor, index)
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
        "requests.granted.total": ("row", "（一）予以公开", 6),
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

# cells whose number the report text also states (text and table AGREE): the question is
# marked ambiguous and the sentence is an acceptable reading. (body, key) -> (keyword, number)
ALTS = {
    ("ha", "requests.received.total"): ("受理政府信息公开申请 3119", 3119),
    ("ha", "requests.total_processed.total"): ("答复 3050", 3050),
    ("ha", "requests.carried_over.total"): ("结转申请 34", 34),
    ("ha", "requests.carried_forward.total"): ("103 件顺延", 103),
    ("ha", "appeals.review.total"): ("行政复议 351", 351),
    ("ha", "appeals.review.upheld"): ("结果维持 72", 72),
    ("ha", "appeals.review.corrected"): ("结果纠正 64", 64),
    ("ha", "appeals.review.other"): ("其他结果 178", 178),
    ("ha", "appeals.review.pending"): ("尚未审结 37", 37),
    ("ha", "active.regulations.issued"): ("市政府规章 1 件", 1),
    ("hz23", "requests.received.total"): ("受理政府信息公开申请 21", 21),
    ("jx", "requests.received.total"): ("收到依申请公开17", 17),
    ("jx", "requests.total_processed.total"): ("办结15", 15),
    ("jx", "requests.carried_forward.total"): ("在办2", 2),
    ("sy", "requests.total_processed.total"): ("共办理 718", 718),
    ("sy", "requests.carried_forward.total"): ("结转下一年 31", 31),
    ("kw", "requests.received.total"): ("收到政府信息公开申请 34", 34),
    ("kw", "requests.carried_over.total"): ("上年结转政府信息公开申请 2", 2),
    ("kw", "requests.granted.total"): ("同意公开答复 9", 9),
    ("kw", "active.normative_docs.issued"): ("行政规范性文件 13", 13),
    ("sh25", "requests.received.total"): ("受理政府信息公开申请 1295", 1295),
    ("sh25", "requests.total_processed.total"): ("办结 1191", 1191),
    ("sh25", "requests.carried_over.total"): ("含上年结转 189", 189),
    ("sh19", "requests.received.total"): ("受理政府信息公开申请859", 859),
    ("sh19", "requests.total_processed.total"): ("答复政府信息公开申请805", 805),
    ("sh19", "requests.carried_over.total"): ("结转申请18", 18),
    ("sh19", "requests.carried_forward.total"): ("72件申请", 72),
    ("sh19", "appeals.review.total"): ("行政复议7件", 7),
    ("sh19", "appeals.litigation_direct.total"): ("诉讼9件", 9),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.normative_docs.made"): ("行政规范性文件60件", 60),
}

# cells NOT asked because text and table DISAGREE (checked in CONVERSATIONS below)
AVOID = {
    ("hz24", "requests.received.total"), ("hz24", "requests.total_processed.total"),
    ("sy", "requests.received.total"), ("sy", "requests.received.natural_person"),
    ("sy", "requests.received.legal_person"),
    ("sh19", "requests.granted.natural_person"), ("sh19", "appeals.review.upheld"),
    ("sh19", "appeals.litigation_direct.upheld"),
}

MONEY = {"active.fees.amount", "active.procurement.amount"}
PFX = {"r.": "requests.", "a.": "appeals.", "c.": "active."}


def k_(k):
    return PFX[k[:2]] + k[2:] if k[:2] in PFX else k


def ex(b, keys):
    """expect of a table value, with the text alternative where the text states the same number."""
    if isinstance(keys, str):
        keys = [keys]
    keys = [k_(k) for k in keys]
    for k in keys:
        if (b, k) in AVOID:
            raise ValueError("avoided cell %s %s" % (b, k))
    kw = {}
    if len(keys) == 1 and (b, keys[0]) in ALTS:
        kw["alt"] = ALTS[(b, keys[0])]
    if any(k in MONEY for k in keys):
        kw["unit"] = "万元"
    return E(b, keys, **kw)


def plain(lang, b, keys, q):
    return C("value", lang, [(q, ex(b, keys))], "[plain] table value in everyday wording")


def summ(lang, b, keys, q, alt=None):
    e = ex(b, keys)
    if alt is not None:
        from helpers150 import add_text_alternative
        add_text_alternative(e, b, alt, e["value"], lambda n: n)
    return C("sum", lang, [(q, e)], "[combine] sum of the listed cells of one report")


def diff(lang, b1, b2, keys, q):
    keys = [k_(k) for k in ([keys] if isinstance(keys, str) else keys)]
    kw = {"unit": "万元"} if any(k in MONEY for k in keys) else {}
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))],
             "[combine] later year minus earlier year, one body")


def rank(lang, bodies, keys, order, q):
    keys = [k_(k) for k in ([keys] if isinstance(keys, str) else keys)]
    return C("ranking", lang, [(q, ER(bodies, keys, order))],
             "[rank] ranking over bodies with gold, each in its gold year, all named")


def trap(lang, b, keys, q, what):
    return C("trap", lang, [(q, ex(b, keys))], "[neighbour] " + what)


def fol(lang, turns, what):
    return C("followup", lang, [(q, ex(b, k) if isinstance(k, (str, list)) else k)
                                 for q, b, k in turns], "[followup] " + what)


def text(lang, b, keyword, value, unit, q, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))],
             "[textonly] number stated only in the report text")


def cannot(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def PLAIN():
    z, e = "zh", "en"
    return [
        plain(z, "ha", "r.unable.not_held.total", "淮安市政府2024年有多少件申请，最后被告知市政府手头并不掌握那份信息？"),
        plain(z, "ha", "r.withheld.admin_query.total", "淮安2024年有多少申请被认定是行政查询事项、没给公开？"),
        plain(z, "ha", "r.other.overdue_correction.total", "二〇二四年淮安市政府那边，申请人过了期限不补正、按放弃处理的申请有多少？"),
        plain(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费一共收了多少钱？"),
        plain(z, "ha", "c.normative_docs.repealed", "淮安24年一共废掉了几件行政规范性文件？"),
        plain(z, "ha", "r.partially_granted.total", "淮安市人民政府2024年只公开了一部分内容的申请有几件？"),
        plain(z, "ha", "r.received.legal_services", "2024年淮安收到律所这类法律服务机构递来的新申请多少件？"),
        plain(z, "ha", "a.litigation_direct.total", "淮安市2024年没走复议、直接上法院告的信息公开官司有几件？"),
        plain(z, "ha", "r.not_processed.petition.total", "淮安2024年因为属于信访举报投诉、最后不予处理的申请有多少？"),
        plain(z, "ha", "r.withheld.prohibited_by_law.total", "淮安市政府2024年以法律行政法规禁止公开为由没给的有几件？"),
        plain(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年拿“内部事务信息”当理由不公开的有几件？"),
        plain(z, "sy", "r.other.other.total", "沭阳2025年表三里“其他”那一小项处理的申请有多少件？"),
        plain(z, "sy", "c.licensing.decisions", "沭阳县政府2025年行政许可决定一共作了多少个？"),
        plain(z, "sy", "r.granted.total", "沭阳二〇二五年直接予以公开的申请多少件？"),
        plain(z, "sy", "a.review.corrected", "沭阳2025年信息公开行政复议里结果被纠正的有几件？"),
        plain(z, "sy", "c.normative_docs.in_force", "25年沭阳现行有效的行政规范性文件还剩多少件？"),
        plain(z, "sh19", "r.received.commercial", "上海市府办2019年收到商业企业提的新申请多少件？"),
        plain(z, "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购一共花了多少钱？"),
        plain(z, "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办，个人申请里因为要另行制作、所以没法提供的有几件？"),
        plain(z, "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年自然人的申请中被当成信访举报投诉、不予处理的有多少？"),
        plain(z, "sh19", "c.regulations.total_published", "到2019年底，上海市府办对外公开的规章总共有多少件？"),
        plain(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定有多少件？"),
        plain(z, "hz23", "r.unable.not_held.total", "洪泽2023年回复“本机关不掌握”的申请有几件？"),
        plain(z, "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费金额是多少？"),
        plain(z, "hz23", "r.partially_granted.total", "洪泽2023年部分公开的申请有几件？"),
        plain(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个？"),
        plain(z, "jx", "r.granted.total", "涧西区政府办2020年直接同意公开的申请几件？"),
        plain(z, "jx", "a.review.total", "涧西区2020年因为信息公开被人申请行政复议的有几起？"),
        plain(z, "hz24", "c.coercion.decisions", "洪泽区2024年行政强制决定多少件？"),
        plain(z, "hz24", "r.unable.not_held.total", "洪泽2024年说自己不掌握相关信息的答复有多少件？"),
        plain(z, "hz24", "c.normative_docs.issued", "二〇二四年洪泽区政府新发了几件行政规范性文件？"),
        plain(z, "sh25", "r.unable.not_held.total", "上海市府办2025年以“本机关不掌握”答复的申请多少件？"),
        plain(z, "sh25", "r.carried_forward.total", "上海市政府办公厅2025年没办完、要转到下一年度接着办的申请有多少？"),
        plain(z, "sh25", "a.review.total", "上海市人民政府办公厅2025年信息公开类行政复议有多少件？"),
        plain(z, "kw", "r.received.natural_person", "上海科委2024年个人递交的新公开申请有多少件？"),
        plain(z, "kw", "c.normative_docs.issued", "市科委2024年制发的规范性文件多少件？"),
        plain(z, "kw", "c.licensing.decisions", "上海市科委2024年作出的行政许可决定有几个？"),
        # en
        plain(e, "ha", "r.granted.total", "How many requests did the Huai'an city government grant in full in 2024?"),
        plain(e, "ha", "r.unable.needs_creation.total", "In 2024, how many Huai'an requests could not be met because the information would have had to be newly compiled?"),
        plain(e, "ha", "c.coercion.decisions", "Huaian 2024: number of administrative coercion decisions?"),
        plain(e, "ha", "r.received.commercial", "How many disclosure applications did businesses send to Huai'an in 2024?"),
        plain(e, "ha", "a.litigation_after_review.total", "How many lawsuits did Huai'an face in 2024 from people who had first been through administrative review?"),
        plain(e, "ha", "r.not_processed.duplicate.total", "Huai'an FY2024: repeat applications that were not processed, how many?"),
        plain(e, "ha", "r.withheld.third_party.total", "In 2024 how many Huai'an requests were refused because releasing the information would hurt a third party's lawful rights?"),
        plain(e, "ha", "c.regulations.in_force", "How many Huai'an municipal regulations were still in force in 2024?"),
        plain(e, "sy", "r.unable.not_held.total", "Shuyang County 2025: requests answered with 'we don't hold this information'?"),
        plain(e, "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang make in 2025?"),
        plain(e, "sy", "r.partially_granted.total", "Shuyang County in 2025: how many applications got only a partial release?"),
        plain(e, "sy", "a.litigation_after_review.total", "In 2025, how many disclosure lawsuits in Shuyang were brought after a review decision?"),
        plain(e, "sy", "c.fees.amount", "How much administrative fee revenue did Shuyang record for 2025?"),
        plain(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025: how many requests were closed because the applicant didn't pay the fee in time?"),
        plain(e, "sy", "r.withheld.admin_query.total", "How many of Shuyang's 2025 requests were refused on the ground that they were administrative query matters?"),
        plain(e, "sh19", "r.received.natural_person", "How many new applications from private individuals did the Shanghai General Office receive in 2019?"),
        plain(e, "sh19", "c.procurement.projects", "Shanghai General Office, 2019: number of centralized procurement projects?"),
        plain(e, "sh19", "r.withheld.state_secret.natural_person", "In 2019, how many individuals' requests to the Shanghai General Office were refused on state-secret grounds?"),
        plain(e, "sh19", "r.unable.unclear.natural_person", "Shanghai municipal government general office 2019: individual requests that could not be answered because what they asked for was unclear?"),
        plain(e, "sh19", "c.normative_docs.total_published", "What was the total number of normative documents the Shanghai General Office had published as of 2019?"),
        plain(e, "hz23", "c.licensing.decisions", "How many administrative licensing decisions did Hongze District make in 2023?"),
        plain(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests that would have needed new information to be created?"),
        plain(e, "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?"),
        plain(e, "hz23", "r.withheld.state_secret.total", "Did Hongze District withhold anything as a state secret in 2023? How many requests?"),
        plain(e, "jx", "c.procurement.amount", "What was Jianxi District's centralized procurement total in 2020?"),
        plain(e, "jx", "r.unable.not_held.total", "Jianxi District 2020: requests where the office said it didn't have the information?"),
        plain(e, "jx", "a.litigation_direct.total", "How many lawsuits over Jianxi's disclosure went straight to court without a review in 2020?"),
        plain(e, "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions: how many?"),
        plain(e, "hz24", "r.granted.total", "In 2024 how many Hongze requests were granted in full?"),
        plain(e, "hz24", "c.fees.amount", "Hongze District's administrative fee income in 2024?"),
        plain(e, "sh25", "r.received.commercial", "How many new applications from companies did the Shanghai General Office get in 2025?"),
        plain(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: how many requests couldn't be met because the information would have to be produced from scratch?"),
        plain(e, "sh25", "a.litigation_direct.total", "Shanghai municipal general office, 2025: lawsuits filed directly over disclosure?"),
        plain(e, "kw", "r.received.commercial", "How many requests from companies did the Shanghai science commission receive in 2024?"),
        plain(e, "kw", "c.normative_docs.in_force", "STCSM 2024: how many normative documents are currently in force?"),
        plain(e, "kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission finish handling in 2024, all told?"),
    ]


def COMBINE():
    z, e = "zh", "en"
    return [
        summ(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开，一共多少件？"),
        summ(z, "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
             "淮安2024年复议、直接起诉、复议后起诉三类里结果被纠正的，加起来有几件？"),
        summ(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
             "沭阳2025年无法提供的三种情形（不掌握、需另行制作、内容不明确）合计多少件？"),
        summ(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "洪泽区2023年行政许可、行政处罚、行政强制三类决定加在一起有多少？"),
        summ(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "沭阳县2025年信息公开相关的行政复议、直接起诉和复议后起诉，总共多少件？", alt=("74 件", 74)),
        summ(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件一共多少件？"),
        summ(z, "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
             "淮安市政府2024年“不予公开”下面八种理由，各行总计加起来是多少？"),
        summ(e, "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
             "Add up the five 'not processed' rows for Huai'an 2024: what's the total?"),
        summ(e, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
             "Shuyang 2025: total of the three 'other handling' sub-items?"),
        summ(e, "ha", ["r.received.%s" % c for c in L.ORG_COLS],
             "How many of Huai'an's new 2024 applications came from organisations rather than individuals (the five legal-person columns added up)?"),
        summ(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "Hongze District 2024: licensing, penalty and coercion decisions combined?"),
        summ(e, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
             "Shanghai General Office 2019: new applications from companies, legal service agencies and other organisations together?"),
        summ(e, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
             "Huai'an 2024: across reviews, direct suits and suits after review, how many ended with the decision upheld?"),
        summ(e, "sy", ["r.granted.total", "r.partially_granted.total"], "In 2025 how many Shuyang requests were released fully or in part, combined?"),
        diff(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区2024年的行政许可决定比2023年多了多少？"),
        diff(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区答复“本机关不掌握”的申请，2024年比2023年增加了几件？"),
        diff(z, "sh19", "sh25", "r.received.total", "上海市府办2025年新收的申请比2019年多多少件？"),
        diff(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2025年比2019年多了多少件？"),
        diff(e, "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change from 2023 to 2024?"),
        diff(e, "hz23", "hz24", "c.fees.amount", "Change in Hongze's administrative fee income from 2023 to 2024?"),
        diff(e, "sh19", "sh25", "a.review.total", "How many more administrative review cases did the Shanghai General Office have in 2025 than in 2019?"),
        diff(e, "sh19", "sh25", "r.received.commercial", "Shanghai General Office: change in new company applications between 2019 and 2025?"),
    ]


def RANK():
    z, e = "zh", "en"
    return [
        rank(z, ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "desc",
             "淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年，这四家谁办结的申请最多？"),
        rank(z, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
             "淮安2024、沭阳2025、洪泽2023，现行有效的行政规范性文件哪家最少？"),
        rank(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "desc",
             "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，哪家转到下一年的申请最多？"),
        rank(z, ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "asc",
             "淮安2024年、沭阳2025年、涧西区2020年、上海市府办2019年，直接起诉的案子哪家最少？"),
        rank(z, ["sy", "hz23", "ha"], "c.coercion.decisions", "asc",
             "沭阳县2025年、洪泽区2023年、淮安市2024年比一比，行政强制决定谁最少？"),
        rank(z, ["jx", "hz23", "sy"], "r.unable.not_held.natural_person", "desc",
             "涧西区2020年、洪泽区2023年、沭阳县2025年，个人申请被答复“不掌握”最多的是哪家？"),
        rank(e, ["ha", "sy", "hz23"], "c.fees.amount", "desc",
             "Which collected the most in administrative fees: Huai'an in 2024, Shuyang in 2025 or Hongze in 2023?"),
        rank(e, ["ha", "sy", "sh19", "jx"], "a.review.total", "asc",
             "Of Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi (2020), which had the fewest disclosure reviews?"),
        rank(e, ["sy", "hz23", "jx"], "r.total_processed.natural_person", "asc",
             "Shuyang 2025, Hongze 2023, Jianxi 2020: which processed the fewest requests from individuals?"),
        rank(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
             "Rank by penalty decisions: Huai'an 2024, Shuyang 2025, Hongze 2023. Who comes first?"),
        rank(e, ["ha", "sh19", "sy", "jx"], "r.carried_over.total", "asc",
             "Among Huai'an 2024, Shanghai General Office 2019, Shuyang 2025 and Jianxi 2020, who carried over the fewest requests from the year before?"),
    ]


def NEIGHBOUR():
    z, e = "zh", "en"
    return [
        trap(z, "ha", "r.carried_over.total", "淮安市2024年从上一年转过来接着办的申请有多少？", "结转上年 vs 结转下年"),
        trap(z, "sy", "a.litigation_after_review.total", "沭阳2025年先申请复议、之后又去起诉的有多少件？", "复议后起诉 vs 直接起诉"),
        trap(z, "sy", "c.normative_docs.repealed", "沭阳2025年废止的行政规范性文件几件？", "废止 vs 制发"),
        trap(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年因为需要另外制作信息而提供不了的有几件？", "另行制作 vs 不掌握"),
        trap(z, "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不公开的有几件？", "过程性信息 vs 内部事务"),
        trap(z, "ha", "a.review.other", "淮安市2024年行政复议里“其他结果”的有多少件？", "其他结果 vs 纠正"),
        trap(e, "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai General Office newly make in 2019 (not the running total)?", "新制作 vs 对外公开总数"),
        trap(e, "sh19", "r.received.legal_services", "How many new applications came from legal service firms to the Shanghai General Office in 2019?", "法律服务机构 vs 商业企业"),
        trap(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests carried over from the year before?", "结转上年 vs 结转下年"),
        trap(e, "ha", "c.normative_docs.in_force", "How many of Huai'an's normative documents were still in force in 2024?", "现行有效 vs 制发"),
        trap(e, "hz24", "c.normative_docs.in_force", "Hongze 2024: normative documents currently valid?", "现行有效 vs 制发"),
    ]


def FOLLOWUP():
    z, e = "zh", "en"
    return [
        fol(z, [("淮安市2024年信息公开行政复议总共几件？", "ha", "a.review.total"),
                ("还没审结的呢？", "ha", "a.review.pending"),
                ("那直接起诉的里面尚未审结的有几件？", "ha", "a.litigation_direct.pending")], "switches the outcome, then the appeals group"),
        fol(z, [("洪泽区2023年行政强制决定多少件？", "hz23", "c.coercion.decisions"),
                ("那2024年的数字呢？", "hz24", "c.coercion.decisions")], "switches the year"),
        fol(z, [("沭阳2025年予以公开的申请中，自然人提的有几件？", "sy", "r.granted.natural_person"),
                ("法律服务机构的呢？", "sy", "r.granted.legal_services")], "switches the column"),
        fol(z, [("上海市府办2019年结转到下年度的申请多少件？", "sh19", "r.carried_forward.total"),
                ("到2025年变成多少了？", "sh25", "r.carried_forward.total")], "switches the year"),
        fol(z, [("淮安2024年以国家秘密为由不公开的几件？", "ha", "r.withheld.state_secret.total"),
                ("说会危及“三安全一稳定”的呢？", "ha", "r.withheld.security_stability.total"),
                ("行政执法案卷那一行呢？", "ha", "r.withheld.enforcement_files.total")], "switches the row"),
        fol(z, [("涧西区政府办2020年新收了多少申请？", "jx", "r.received.total"),
                ("洪泽区2023年这个数是多少？", "hz23", "r.received.total")], "switches the body and year"),
        fol(z, [("沭阳2025年行政复议维持原决定的有多少？", "sy", "a.review.upheld"),
                ("其他结果的呢？", "sy", "a.review.other"),
                ("还没审结的？", "sy", "a.review.pending")], "switches the outcome"),
        fol(z, [("淮安市2024年行政许可处理决定多少件？", "ha", "c.licensing.decisions"),
                ("放到沭阳县2025年看呢？", "sy", "c.licensing.decisions")], "switches the body and year"),
        fol(z, [("上海市政府办公厅2025年自然人提的新申请有多少？", "sh25", "r.received.natural_person"),
                ("商业企业的呢？", "sh25", "r.received.commercial"),
                ("上年结转里法律服务机构的有几件？", "sh25", "r.carried_over.legal_services")], "switches the column, then the row"),
        fol(z, [("上海科委2024年新收公开申请多少件？", "kw", "r.received.total"),
                ("从上一年转过来的呢？", "kw", "r.carried_over.total")], "switches the row"),
        fol(z, [("洪泽2023年因为是过程性信息而不公开的有几件？", "hz23", "r.withheld.process_info.total"),
                ("行政执法案卷的呢？", "hz23", "r.withheld.enforcement_files.total"),
                ("信访举报投诉类不予处理的呢？", "hz23", "r.not_processed.petition.total")], "switches the row"),
        fol(z, [("淮安2024年申请人逾期没交费、被视为放弃的有几件？", "ha", "r.other.overdue_fee.total"),
                ("沭阳县2025年这个数呢？", "sy", "r.other.overdue_fee.total")], "switches the body and year"),
        fol(z, [("上海市府办2019年办结的自然人申请有多少？", "sh19", "r.total_processed.natural_person"),
                ("那企业提的呢？", "sh19", "r.total_processed.commercial"),
                ("法律服务机构呢？", "sh19", "r.total_processed.legal_services")], "switches the column"),
        fol(z, [("洪泽区2024年信息公开方面的行政复议有几件？", "hz24", "a.review.total"),
                ("直接起诉的呢？", "hz24", "a.litigation_direct.total"),
                ("复议之后又起诉的呢？", "hz24", "a.litigation_after_review.total")], "switches the appeals group"),
        fol(z, [("涧西区2020年新制作的规范性文件有几件？", "jx", "c.normative_docs.made"),
                ("政府集中采购项目数呢？", "jx", "c.procurement.projects")], "switches the item"),
        fol(z, [("沭阳县2025年结转下一年的申请多少件？", "sy", "r.carried_forward.total"),
                ("淮安市2024年是多少？", "ha", "r.carried_forward.total"),
                ("上海市府办2025年又是多少？", "sh25", "r.carried_forward.total")], "switches the body and year twice"),
        # en
        fol(e, [("How many new disclosure requests did Huai'an get in 2024?", "ha", "r.received.total"),
                ("And how many of those came from individuals?", "ha", "r.received.natural_person"),
                ("And from 'other' organisations?", "ha", "r.received.other_org")], "switches the column"),
        fol(e, [("Hongze District 2023: normative documents in force?", "hz23", "c.normative_docs.in_force"),
                ("Same thing for 2024, please.", "hz24", "c.normative_docs.in_force")], "switches the year"),
        fol(e, [("Shanghai General Office, 2019: new requests received?", "sh19", "r.received.total"),
                ("Same office, 2025 figure?", "sh25", "r.received.total")], "switches the year"),
        fol(e, [("How many lawsuits were filed directly against Shuyang over disclosure in 2025?", "sy", "a.litigation_direct.total"),
                ("And of the lawsuits after review, how many were upheld?", "sy", "a.litigation_after_review.upheld"),
                ("Still pending?", "sy", "a.litigation_after_review.pending")], "switches the appeals group, then the outcome"),
        fol(e, [("Huai'an 2024: requests from individuals answered with 'information not held'?", "ha", "r.unable.not_held.natural_person"),
                ("And for companies?", "ha", "r.unable.not_held.commercial"),
                ("And legal service firms?", "ha", "r.unable.not_held.legal_services")], "switches the column"),
        fol(e, [("Shanghai science commission, 2024: administrative penalty decisions?", "kw", "c.punishment.decisions"),
                ("And licensing decisions?", "kw", "c.licensing.decisions")], "switches the item"),
        fol(e, [("How many requests did Jianxi District close in 2020?", "jx", "r.total_processed.total"),
                ("And how many were still open going into the next year?", "jx", "r.carried_forward.total")], "switches the row"),
        fol(e, [("Shanghai General Office 2025: administrative reviews still pending?", "sh25", "a.review.pending"),
                ("And direct lawsuits still pending?", "sh25", "a.litigation_direct.pending"),
                ("How many suits after review in total?", "sh25", "a.litigation_after_review.total")], "switches the appeals group"),
        fol(e, [("Hongze 2023: total requests processed?", "hz23", "r.total_processed.total"),
                ("Jianxi 2020, requests from individuals processed?", "jx", "r.total_processed.natural_person")], "switches the body, year and column"),
        fol(e, [("Shuyang 2025: administrative coercion decisions?", "sy", "c.coercion.decisions"),
                ("Now Huai'an, 2024.", "ha", "c.coercion.decisions"),
                ("Then Hongze, 2023.", "hz23", "c.coercion.decisions")], "switches the body and year twice"),
        fol(e, [("Huai'an 2024: lawsuits after review where the decision was upheld?", "ha", "a.litigation_after_review.upheld"),
                ("And the pending ones?", "ha", "a.litigation_after_review.pending")], "switches the outcome"),
        fol(e, [("Shanghai General Office 2019: regulations newly made?", "sh19", "c.regulations.made"),
                ("And the total published to the public?", "sh19", "c.regulations.total_published")], "switches the column"),
        fol(e, [("Shuyang 2025: requests refused to protect third-party rights?", "sy", "r.withheld.third_party.total"),
                ("And on grounds of law-enforcement case files?", "sy", "r.withheld.enforcement_files.total"),
                ("And the security-and-stability ground?", "sy", "r.withheld.security_stability.total")], "switches the row"),
        fol(e, [("Hongze District's licensing decisions in 2024?", "hz24", "c.licensing.decisions"),
                ("Going back to 2023, how many?", "hz23", "c.licensing.decisions")], "switches the year"),
        fol(e, [("Shanghai General Office 2025: requests fully granted?", "sh25", "r.granted.total"),
                ("And petition-type requests not processed?", "sh25", "r.not_processed.petition.total"),
                ("And duplicate applications?", "sh25", "r.not_processed.duplicate.total")], "switches the row"),
        fol(e, [("Huai'an 2024: normative documents issued?", "ha", "c.normative_docs.issued"),
                ("And municipal regulations issued?", "ha", "c.regulations.issued")], "switches the row"),
    ]


def TEXTONLY():
    z, e = "zh", "en"
    return [
        text(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
        text(z, "ha", "政务新媒体共计 95", 95, "个", "淮安市2024年在运维的政务新媒体有多少个？"),
        text(z, "ha", "组织 4 次", 4, "次", "2024年淮安组织了几次政府信息公开栏目全覆盖检查？"),
        text(z, "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费？"),
        text(z, "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？"),
        text(z, "hz24", "2428", 2428, "条", "洪泽2024年政府网站平台发布了多少条信息？"),
        text(z, "hz24", "常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议？"),
        text(z, "sy", "意见征集9期", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
        text(z, "sy", "催办提示 84", 84, "次", "沭阳2025年一共发出了多少次催办提示？"),
        text(z, "sy", "失效链接43", 43, "处", "沭阳县2025年整改了多少处失效链接？"),
        text(z, "sy", "过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息？"),
        text(z, "sy", "64家单位", 64, "家", "沭阳2025年集中公开年度报告的单位有几家？"),
        text(z, "kw", "政协提案 85", 85, "件", "上海科委2024年主办、合办的政协提案有多少件？"),
        text(z, "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年开了多少场新闻通气会？"),
        text(z, "sh25", "主动撤回 157", 157, "件", "上海市政府办公厅2025年申请人自己主动撤回的申请有多少件？"),
        text(z, "sh19", "政策解读共132", 132, "件", "上海市府办2019年在门户网站发布了多少件政策解读？"),
        text(e, "ha", "《淮安市人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette were produced in 2024?"),
        text(e, "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024?"),
        text(e, "hz24", "解读信息发布 7", 7, "条", "How many interpretation items did Hongze District publish in 2024?"),
        text(e, "sy", "爆款内容52", 52, "条", "How many viral posts did Shuyang's government new media produce in 2025?"),
        text(e, "sy", "主动沟通 49", 49, "次", "How many times did Shuyang reach out to applicants before handling their requests in 2025?"),
        text(e, "sy", "策采相关新闻稿件2606", 2606, "篇", "How many news pieces did Shuyang's new-media columns put together in 2025?"),
        text(e, "sy", "主动公开政府信息4511", 4511, "条", "How many items did the Shuyang county portal proactively publish in 2025?"),
        text(e, "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the 'Shanghai Science' WeChat account have according to the STCSM 2024 report?"),
        text(e, "kw", "直播 118", 118, "场", "How many live streams did the Shanghai science commission run in 2024?"),
        text(e, "kw", "原创文章 294", 294, "篇", "STCSM 2024: how many original WeChat articles?"),
        text(e, "sh25", "新闻发布会 42", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?"),
        text(e, "sh25", "10 个语种", 10, "个", "How many languages did the Shanghai International Services Portal cover in 2025?"),
        text(e, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "How many gazette issues did the Shanghai General Office edit in 2025?"),
        text(e, "sh19", "70家政府网站", 70, "家", "In 2019, how many government websites did Shanghai check every quarter?"),
        text(e, "jx", "601项事项", 601, "项", "How many items did Jianxi District list when it mapped power and service processes in 2020?", frm="梳理细化"),
        text(e, "sh19", "53个部门", 53, "个", "How many departments were hooked up to Shanghai's unified acceptance platform in 2019?"),
    ]


def CANNOT():
    z, e = "zh", "en"
    own, named, pdata = "one person's own request or case", "named person or named request", "personal data"
    brk = "breakdown the report does not print: "
    qty = "quantity the report does not state: "
    return [
        cannot(z, "我2024年3月给淮安市政府递了一份申请，想要我们小区拆迁补偿的明细，到现在也没回音。我那份申请现在办到哪一步了？", own),
        cannot(z, "我爸2023年向洪泽区申请公开他承包地的征收档案，被答复“不掌握”。洪泽区那10件“不掌握”里是不是就有他那件？", own + " (quotes a printed number)"),
        cannot(z, "淮安市2024年行政复议结果纠正的64件，分别是哪些部门的？", brk + "department (quotes a printed number)"),
        cannot(z, "沭阳县2025年那143件“其他”处理的申请，具体都是因为什么？", "reasons behind a count (quotes a printed number)"),
        cannot(z, "上海市府办2025年收到的1295件申请，按月份分各是多少？", brk + "month (quotes a printed number)"),
        cannot(z, "淮安2024年的申请人里，男的和女的各有多少？", brk + "sex"),
        cannot(z, "沭阳2025年申请信息公开的人里，60岁以上的老人占多少？", brk + "age"),
        cannot(z, "洪泽区2024年的申请有多少是网上提交、多少是寄信来的？", brk + "channel"),
        cannot(z, "淮安市2024年下面各个区县分别收到多少信息公开申请？", brk + "district"),
        cannot(z, "上海市政府办公厅2019年的申请里，和房屋征收有关的有多少件？", brk + "topic"),
        cannot(z, "沭阳县2025年的申请平均多少个工作日答复完？", qty + "response days"),
        cannot(z, "淮安市政府办2024年有几个人专门负责政务公开？", qty + "staff"),
        cannot(z, "洪泽区2023年政务公开工作一共花了多少经费？", qty + "cost"),
        cannot(z, "上海科委2024年政务公开工作的预算是多少钱？", qty + "budget"),
        cannot(z, "涧西区2020年群众对信息公开工作的满意率是多少？", qty + "satisfaction"),
        cannot(z, "淮安2024年政务公开咨询电话一共接了多少个？", qty + "phone calls"),
        cannot(z, "沭阳县2026年预计会收到多少件信息公开申请？", "forecast"),
        cannot(z, "洪泽区2025年打算新发多少件行政规范性文件？", "plan (no figure stated)"),
        cannot(z, "上海市府办2025年答复“不掌握”的有513件，这个数算不算多？", "opinion (quotes a printed number)"),
        cannot(z, "淮安市2024年被申请行政复议351件，是不是说明他们信息公开做得不好？", "judgement (quotes a printed number)"),
        cannot(z, "南京市2024年收到多少件政府信息公开申请？", "body not in the corpus"),
        cannot(z, "宿迁市2025年的信息公开年报里行政复议有几件？", "body not in the corpus"),
        cannot(z, "洪泽区2022年收到多少信息公开申请？", "year not in the corpus"),
        cannot(z, "沭阳县2024年予以公开了多少件申请？", "year not in the corpus"),
        cannot(z, "张建国2024年向淮安市政府申请公开的材料，最后给他公开了没有？", named),
        cannot(z, "王女士2025年向沭阳县住建局申请公开棚改安置名单，她那件是驳回了还是公开了？", named),
        cannot(z, "请把上海市府办2019年那些申请人的名字和联系电话列出来。", pdata),
        cannot(z, "沭阳2025年收了380元信息处理费，交这笔钱的人叫什么名字？", pdata + " (quotes a printed number)"),
        cannot(z, "我2024年底向上海市政府办公厅申请公开一份会议纪要，被说是过程性信息不给。像我这种情况，2025年去复议能赢吗？", own + "; forecast"),
        cannot(z, "淮安市2024年的信息公开申请为什么会有3119件这么多？", "reasons behind a count (quotes a printed number)"),
        cannot(z, "洪泽区2024年哪个乡镇递的申请最多？", brk + "township"),
        cannot(z, "上海市府办2025年的申请人里外国人有多少？", brk + "nationality"),
        cannot(z, "沭阳县2025年申请信息公开的那几家企业都是什么行业的？", brk + "industry"),
        cannot(z, "淮安2024年的申请人里有多少是外地户籍的？", brk + "residence"),
        cannot(z, "上海科委2024年那1件行政复议，是谁申请的、争的是什么事？", named + " (quotes a printed number)"),
        cannot(z, "涧西区2020年还在办的2件申请，是谁申请的、要的是什么？", named + " (quotes a printed number)"),
        cannot(z, "淮安市政府2024年第二季度收到多少件申请？", brk + "quarter"),
        cannot(z, "沭阳2025年复议被纠正的10件，具体是哪几个局的？", brk + "department (quotes a printed number)"),
        cannot(z, "我邻居老李2023年找洪泽区要他家宅基地的审批材料，后来又去法院告了。洪泽那5件复议后起诉维持的里面有他吗？", own + "; named person (quotes a printed number)"),
        cannot(z, "上海市府办2019年自然人申请里按信访处理、不予处理的148件，主要反映的是什么问题？", brk + "topic (quotes a printed number)"),
        cannot(z, "淮安2024年行政诉讼里政府被纠正的那几件，一共赔了多少钱？", qty + "compensation"),
        cannot(z, "沭阳县2025年的政务公开工作在江苏省排第几名？", "ranking the report does not state"),
        cannot(z, "洪泽区2024年予以公开的50件，都是谁申请的？", pdata + " (quotes a printed number)"),
        cannot(z, "上海市政府办公厅2025年哪个区的申请人提的申请最多？", brk + "district"),
        cannot(z, "涧西区2020年信息公开的工作人员一共加了多少小时班？", qty + "staff hours"),
        # en
        cannot(e, "I filed a request with the Huai'an city government in May 2024 for the inspection records of my apartment building. Was mine one of the 769 answered 'not held'?", own + " (quotes a printed number)"),
        cannot(e, "My mother applied to Shuyang County in 2025 for her pension file and never heard back. What is the status of her application?", own),
        cannot(e, "Which departments were behind the 64 corrected review cases in Huai'an in 2024?", brk + "department (quotes a printed number)"),
        cannot(e, "How many of the Shanghai General Office's 2025 applicants were women?", brk + "sex"),
        cannot(e, "Break down Huai'an's 2024 requests by month, please.", brk + "month"),
        cannot(e, "What share of Shuyang's 2025 applicants were under 30?", brk + "age"),
        cannot(e, "How many requests did Hongze District receive by email versus in person in 2023?", brk + "channel"),
        cannot(e, "How many information requests came from each Shanghai district to the General Office in 2025?", brk + "district"),
        cannot(e, "Of the Shanghai science commission's 2024 requests, how many were about research funding?", brk + "topic"),
        cannot(e, "What was the average response time for requests to the Shanghai General Office in 2019?", qty + "response days"),
        cannot(e, "How many staff work on information disclosure at the Huai'an city government in 2024?", qty + "staff"),
        cannot(e, "How much did Shuyang County spend on its government information disclosure work in 2025?", qty + "cost"),
        cannot(e, "What was Jianxi District's disclosure budget in 2020?", qty + "budget"),
        cannot(e, "What was the public satisfaction rate with Hongze District's disclosure work in 2024?", qty + "satisfaction"),
        cannot(e, "How many phone enquiries about disclosure did the Shanghai science commission take in 2024?", qty + "phone calls"),
        cannot(e, "How many requests will Huai'an receive in 2025?", "forecast"),
        cannot(e, "Is 351 administrative reviews in 2024 a lot for a city like Huai'an?", "opinion (quotes a printed number)"),
        cannot(e, "Did Shuyang County do a good job on disclosure in 2025?", "judgement"),
        cannot(e, "How many disclosure requests did Suzhou receive in 2024?", "body not in the corpus"),
        cannot(e, "What did Pudong New Area report for administrative reviews in 2023?", "body not in the corpus"),
        cannot(e, "How many requests did the Shanghai science commission receive in 2023?", "year not in the corpus"),
        cannot(e, "How many disclosure requests did Jianxi District handle in 2021?", "year not in the corpus"),
        cannot(e, "Why did so many of Huai'an's 2024 applicants get a 'not held' answer?", "reasons behind a count"),
        cannot(e, "What was the name of the person who paid the 380 yuan processing fee in Shuyang in 2025?", pdata + " (quotes a printed number)"),
        cannot(e, "Could you give me the phone numbers of the people who applied to Hongze District in 2024?", pdata),
        cannot(e, "Li Ming asked the Shanghai General Office for a land-use permit file in 2019. Did he get it?", named),
        cannot(e, "The 12 direct lawsuits against the Shanghai General Office in 2025: who sued, and over what?", named + " (quotes a printed number)"),
        cannot(e, "Which townships in Shuyang County sent in the most requests in 2025?", brk + "township"),
        cannot(e, "How many of the 2024 requests to Huai'an came from foreign nationals?", brk + "nationality"),
        cannot(e, "The 53 requests from businesses to Huai'an in 2024: which industries were those businesses in?", brk + "industry (quotes a printed number)"),
        cannot(e, "How many of the Shanghai General Office's 2019 applicants lived outside Shanghai?", brk + "residence"),
        cannot(e, "In which quarter of 2025 did Shuyang receive the most requests?", brk + "quarter"),
        cannot(e, "My neighbour asked Hongze District in 2023 for the demolition plan of our street and was told it was internal process information. Will he win if he sues?", own + "; forecast"),
        cannot(e, "What will the Huai'an government change in its disclosure work in 2026, and by how many percent will requests drop?", "plan and forecast"),
        cannot(e, "How many of Shuyang's 2025 requests were about housing compensation?", brk + "topic"),
        cannot(e, "How many days on average did Jianxi District take to answer a request in 2020?", qty + "response days"),
        cannot(e, "Was the Shanghai General Office too quick to say it didn't hold the information in 513 cases in 2025?", "judgement (quotes a printed number)"),
        cannot(e, "How many requests did Nanjing's city government receive in 2025?", "body not in the corpus"),
        cannot(e, "How many requests did the Shanghai General Office receive in 2022?", "year not in the corpus"),
        cannot(e, "I asked the Shanghai science commission in 2024 for the review scores of my grant application and was refused. Which of their 2 refusals was mine, and why exactly?", own + " (quotes a printed number)"),
        cannot(e, "How many of Hongze District's 2023 applicants were men?", brk + "sex"),
        cannot(e, "What did each disclosure request cost the Huai'an government to handle in 2024?", qty + "cost per request"),
        cannot(e, "Which official at Shuyang County signed off the 2025 disclosure replies, and how many did he sign?", named),
        cannot(e, "How many requests did Huai'an's Qingjiangpu District receive in 2024?", "body not in the corpus / district breakdown"),
    ]


def CONVERSATIONS():
    convs = PLAIN() + COMBINE() + RANK() + NEIGHBOUR() + FOLLOWUP() + TEXTONLY() + CANNOT()
    return convs
