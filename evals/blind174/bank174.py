"""Question bank of blind evaluation set 174 (evals/blind174): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Every wording here was written for this set. The bank names bodies, keys, keywords and the
question text only; every number in an `expect` is computed by helpers174.py from
/work/shared/corpus/gold/*.json or, for the three reports without gold, parsed from the printed
table row named in SPECS (the same cell specs blind6's text_cells.json verified).

Body ids: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024 (no gold), sh19 / sh25 上海市府办 2019 / 2025 (2025: no gold).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib174 as L  # noqa: E402
from helpers174 import C, E, ED, EN2, ER2, ES, EU, cols  # noqa: E402

# Printed cells of the reports without gold: (row label | anchor, index). Identical to the
# specs stored in evals/blind6/text_cells.json; nothing new.
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

MONEY = {"unit": "万元"}


# ---------------------------------------------------------------- one-turn shapes
def plain(lang, b, key, q, note, **kw):
    return C("value", lang, [(q, E(b, key, **kw))], "[plain] " + note)


def trap(lang, b, key, q, note, **kw):
    return C("trap", lang, [(q, E(b, key, **kw))], "[neighbour] " + note)


def ssum(lang, b, keys, q, note, **kw):
    return C("sum", lang, [(q, ES(b, keys, **kw))], "[combine] sum: " + note)


def diff(lang, b1, b2, key, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, key, **kw))], "[combine] difference: " + note)


def rank(lang, bodies, key, order, q, note):
    return C("ranking", lang, [(q, ER2(bodies, key, order))], "[rank] " + note)


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN2(b, keyword, value, unit, frm))], "[textonly] " + note)


def cannot(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def fu(lang, turns, note):
    if not 2 <= len(turns) <= 4:
        raise ValueError("follow-up needs 2-4 turns: %s" % note)
    return C("followup", lang, turns, "[followup] " + note)


# ================================================================ [plain] 60
def plain_zh():
    return [
        plain("zh", "ha", "r.received.commercial",
              "淮安市政府2024年新收的信息公开申请中，商业企业递交的有多少件？",
              "received, commercial column"),
        plain("zh", "ha", "c.regulations.in_force",
              "截至2024年底，淮安市现行有效的市政府规章一共几件？",
              "regulations in force"),
        plain("zh", "ha", "r.withheld.admin_query.total",
              "淮安2024年有多少申请因为属于行政查询事项没有给公开？",
              "withheld as administrative inquiry"),
        plain("zh", "ha", "r.other.overdue_correction.total",
              "2024年淮安市政府那边，申请人一直不补正、机关最后不再处理的申请有几件？",
              "other handling: no correction in time"),
        plain("zh", "ha", "a.litigation_after_review.pending",
              "淮安市人民政府2024年度报告里，先复议再起诉、到年底还没判下来的官司有几起？",
              "appeals: after-review lawsuits pending"),
        plain("zh", "hz23", "c.normative_docs.repealed",
              "洪泽区2023年废止了几件行政规范性文件？",
              "normative documents repealed"),
        plain("zh", "hz23", "r.unable.needs_creation.total",
              "洪泽区政府2023年，因为没有现成的信息、得另外制作而没能提供的申请是几件？",
              "unable: needs creation"),
        plain("zh", "hz23", "r.partially_granted.total",
              "二〇二三年洪泽区收到的政府信息公开申请里，最后部分公开的有几件？",
              "partially granted; year in Chinese numerals"),
        plain("zh", "hz24", "r.carried_forward.total",
              "洪泽2024年有没有留到下一年继续办的申请？有的话几件？",
              "text cell: carried forward total (0)"),
        plain("zh", "hz24", "r.unable.not_held.total",
              "24年洪泽区有多少件申请，区里答复是本机关不掌握相关信息？",
              "text cell: not held; two-digit year"),
        plain("zh", "sy", "c.coercion.decisions",
              "沭阳县2025年行政强制的处理决定有多少个？",
              "coercion decisions"),
        plain("zh", "sy", "r.withheld.internal_affairs.total",
              "沭阳县政府2025年以“属于三类内部事务信息”为由不公开的申请有多少件？",
              "withheld: internal affairs"),
        plain("zh", "sy", "a.review.pending",
              "沭阳2025年跟政府信息公开有关的行政复议，到统计截止还没审结的有几件？",
              "appeals: review pending"),
        plain("zh", "sy", "r.other.other.total",
              "沭阳县2025年年报表三“其他处理”下面第3小项“其他”填的是多少件？",
              "other handling: sub-item 3 (row printed under a wrong header)"),
        plain("zh", "sy", "r.not_processed.petition.total",
              "2025年沭阳县有多少件申请被认定为信访举报投诉类、没有按信息公开来处理？",
              "not processed: petitions"),
        plain("zh", "kw", "c.normative_docs.in_force",
              "上海市科委截至2024年现行有效的规范性文件有多少件？",
              "text cell: normative documents in force"),
        plain("zh", "kw", "r.total_processed.total",
              "市科委2024年度办理结果总计是多少件申请？",
              "text cell: total processed"),
        plain("zh", "sh25", "r.unable.needs_creation.total",
              "上海市政府办公厅2025年因为需要另行制作而无法提供的申请有几件？",
              "text cell: unable, needs creation"),
        plain("zh", "sh25", "r.not_processed.duplicate.total",
              "2025年上海市府办以重复申请为由不予处理的有多少？",
              "text cell: duplicate"),
        plain("zh", "sh25", "a.litigation_direct.total",
              "上海市人民政府办公厅2025年没走复议、直接被告到法院的信息公开案件有多少件？",
              "text cell: direct lawsuits total"),
        plain("zh", "sh19", "c.procurement.amount",
              "上海市政府办公厅2019年政府集中采购的总金额是多少万元？",
              "procurement amount (printed 251000元)", **MONEY),
        plain("zh", "sh19", "r.unable.needs_creation.natural_person",
              "2019年上海市府办收到的个人申请里，有多少因为要另行制作信息而没法提供？",
              "unable: needs creation, natural persons"),
        plain("zh", "sh19", "r.received.commercial",
              "上海市政府办公厅二〇一九年新收的申请里，商业企业的有几件？",
              "received, commercial"),
        plain("zh", "jx", "c.procurement.amount",
              "涧西区政府办2020年政府集中采购一共花了多少钱？",
              "procurement amount in 万元", **MONEY),
        plain("zh", "jx", "r.unable.not_held.total",
              "涧西区2020年有几件申请是因为本机关不掌握相关信息而无法提供的？",
              "unable: not held"),
        plain("zh", "ha", "c.fees.amount",
              "淮安市2024年行政事业性收费金额是多少？",
              "fees amount in 万元", **MONEY),
        plain("zh", "sy", "r.partially_granted.legal_services",
              "沭阳县2025年法律服务机构提的申请里，部分公开的有几件？",
              "partially granted, legal services column"),
        plain("zh", "ha", "r.not_processed.duplicate.total",
              "淮安24年因为是重复申请而不予处理的有多少件？",
              "not processed: duplicate; two-digit year"),
        plain("zh", "sh25", "a.review.pending",
              "上海市府办2025年的信息公开行政复议案件里，有多少件还在审？",
              "text cell: review pending"),
        plain("zh", "hz24", "r.granted.total",
              "洪泽区人民政府2024年予以公开的申请有多少件？",
              "text cell: granted total"),
    ]


def plain_en():
    return [
        plain("en", "ha", "a.review.upheld",
              "In how many of Huai'an's 2024 disclosure reconsideration cases was the original decision upheld?",
              "appeals: review upheld (text agrees)", alt=("结果维持 72", 72)),
        plain("en", "ha", "r.received.other_org",
              "In 2024, how many new requests did Huai'an receive from organisations filed under 'other'?",
              "received, other organisations"),
        plain("en", "ha", "r.withheld.process_info.total",
              "Huaian 2024: how many requests were refused because the information was still at the deliberation / process stage?",
              "withheld: process information"),
        plain("en", "ha", "r.unable.unclear.total",
              "How many of Huai'an's 2024 requests couldn't be answered because they were still unclear even after the applicant amended them?",
              "unable: unclear after correction"),
        plain("en", "ha", "r.not_processed.reconfirm.total",
              "How many Huai'an requests in 2024 went unprocessed because the applicant just wanted the office to confirm or re-issue information they already had?",
              "not processed: reconfirm"),
        plain("en", "hz23", "c.licensing.decisions",
              "Hongze District, 2023 — how many administrative licensing decisions?",
              "licensing decisions"),
        plain("en", "hz23", "r.unable.not_held.total",
              "For Hongze in 2023, how many applicants were told the district simply didn't hold the information?",
              "unable: not held"),
        plain("en", "hz23", "a.review.upheld",
              "In its 2023 report, how many reconsideration cases did Hongze District see upheld?",
              "appeals: review upheld (the printed review total is 0; not asked)"),
        plain("en", "hz24", "c.licensing.decisions",
              "Hongze District licensing decisions in 2024?",
              "text cell: licensing"),
        plain("en", "hz24", "a.litigation_after_review.total",
              "How many lawsuits did Hongze District face in 2024 that were filed after a reconsideration?",
              "text cell: after-review lawsuits"),
        plain("en", "sy", "r.received.legal_services",
              "Shuyang County, 2025: how many new requests came from law firms or other legal service providers?",
              "received, legal services"),
        plain("en", "sy", "c.fees.amount",
              "What did Shuyang County collect in administrative fees in 2025, in units of 10,000 yuan?",
              "fees amount", **MONEY),
        plain("en", "sy", "r.withheld.admin_query.total",
              "How many requests did Shuyang County decline in 2025 on the ground that they were really administrative look-up matters?",
              "withheld: administrative inquiry"),
        plain("en", "sy", "a.litigation_after_review.upheld",
              "Shuyang 2025: lawsuits brought after reconsideration where the court backed the county — how many?",
              "appeals: after-review upheld"),
        plain("en", "sy", "r.carried_forward.total",
              "How many Shuyang County requests were still open at the end of 2025 and rolled into the next year?",
              "carried forward (text agrees)", alt=("结转下一年 31 件", 31)),
        plain("en", "kw", "c.normative_docs.issued",
              "How many normative documents did the Shanghai Science and Technology Commission issue in 2024?",
              "text cell: normative documents issued (text agrees)", alt=("行政规范性文件 13 件", 13)),
        plain("en", "kw", "r.received.natural_person",
              "STCSM in 2024: how many new disclosure requests were filed by private individuals?",
              "text cell: received, natural persons"),
        plain("en", "sh25", "r.carried_forward.total",
              "How many of the Shanghai Municipal Government General Office's 2025 requests were left for the following year?",
              "text cell: carried forward"),
        plain("en", "sh25", "r.not_processed.petition.total",
              "For 2025, how many requests did the Shanghai government's General Office set aside as complaints or petitions rather than disclosure requests?",
              "text cell: petitions"),
        plain("en", "sh25", "r.unable.not_held.total",
              "Shanghai General Office, FY2025: requests answered with 'this office does not hold that information'?",
              "text cell: not held"),
        plain("en", "sh25", "a.litigation_after_review.total",
              "In 2025, how many post-reconsideration lawsuits involved the Shanghai Municipal People's Government General Office?",
              "text cell: after-review lawsuits (note: includes carried-over cases; printed number)"),
        plain("en", "sh19", "r.not_processed.petition.natural_person",
              "In 2019, how many individuals' requests did Shanghai's General Office not process because they were complaints or petitions?",
              "not processed: petitions, natural persons"),
        plain("en", "sh19", "r.unable.unclear.natural_person",
              "Shanghai General Office 2019: individual requests that stayed unclear even after being amended?",
              "unable: unclear, natural persons (row total printed blank)"),
        plain("en", "sh19", "a.litigation_direct.pending",
              "As of the 2019 report, how many direct lawsuits against the Shanghai General Office were still undecided?",
              "appeals: direct pending"),
        plain("en", "sh19", "c.normative_docs.total_published",
              "What's the cumulative number of normative documents the Shanghai General Office had made public, per its 2019 report?",
              "2019 format: total published"),
        plain("en", "jx", "a.review.upheld",
              "Jianxi District government office, 2020: in how many reconsideration cases was its decision upheld?",
              "appeals: review upheld"),
        plain("en", "jx", "c.normative_docs.made",
              "How many normative documents did Jianxi District's government office draw up in 2020?",
              "2019 format: made"),
        plain("en", "jx", "a.litigation_after_review.upheld",
              "Jianxi 2020 — lawsuits after reconsideration that ended with the decision upheld?",
              "appeals: after-review upheld"),
        plain("en", "ha", "r.granted.legal_services",
              "In 2024, how many requests from legal service organisations did Huai'an grant in full?",
              "granted, legal services"),
        plain("en", "hz24", "c.punishment.decisions",
              "Number of administrative penalty decisions reported by Hongze District for 2024?",
              "text cell: penalties"),
    ]


# ================================================================ [neighbour] 9
def traps():
    return [
        trap("zh", "ha", "r.carried_over.total",
             "淮安市政府2024年报里，从上一年接着办过来的申请有几件？",
             "carried over (34), not carried forward (103)", alt=("上年度结转申请 34", 34)),
        trap("zh", "sy", "a.litigation_after_review.total",
             "沭阳县2025年经过行政复议以后又去法院起诉的案子有几件？",
             "after-review lawsuits (10), not direct (3)"),
        trap("zh", "ha", "c.normative_docs.repealed",
             "淮安市2024年废止了多少件行政规范性文件？",
             "repealed (26), not issued (8) or in force (66)"),
        trap("zh", "sy", "r.unable.needs_creation.total",
             "沭阳2025年有几件申请是因为要重新加工制作信息才没法提供的？",
             "needs creation (2), not not-held (111)"),
        trap("zh", "sh19", "c.regulations.total_published",
             "上海市府办2019年报表里，规章的对外公开总数量是多少？",
             "total published (524), not made (13)"),
        trap("en", "ha", "a.review.other",
             "Huai'an 2024: reconsideration cases that ended with an 'other' outcome — how many?",
             "review other (178), not corrected (64)"),
        trap("en", "jx", "c.procurement.projects",
             "How many centralized procurement projects did Jianxi's government office report for 2020?",
             "projects (8), not amount (28.6232)"),
        trap("en", "ha", "r.other.overdue_fee.total",
             "For Huai'an in 2024, how many requests were dropped because applicants didn't pay the processing fee on time?",
             "overdue fee (6), not overdue correction (71)"),
        trap("en", "sy", "r.withheld.process_info.total",
             "How many Shuyang County requests in 2025 were withheld because they concerned process (deliberative) information?",
             "process information (2), not internal affairs (13)"),
    ]


# ================================================================ [rank] 9
def ranks():
    return [
        rank("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
             "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年、涧西区政府办2020年，这四家谁新收的申请最多？",
             "received total, desc, 4 bodies"),
        rank("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
             "淮安(2024)、沭阳(2025)和上海市政府办公厅(2019)三家里，哪家结转到下一年继续办的申请最少？",
             "carried forward, asc, 3 bodies"),
        rank("zh", ["hz23", "sy", "sh19", "jx"], "a.review.upheld", "desc",
             "比一比复议结果维持的件数：洪泽区2023、沭阳县2025、上海市府办2019、涧西区2020，哪个最多？",
             "review upheld, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
             "行政处罚决定数排一下：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最高？",
             "penalty decisions, desc"),
        rank("zh", ["ha", "sy", "sh19", "hz23"], "r.withheld.process_info.natural_person", "asc",
             "个人申请因属于过程性信息被拒的件数，淮安2024、沭阳2025、上海市府办2019、洪泽区2023里谁最少？",
             "withheld process info, natural persons, asc"),
        rank("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
             "Among Huai'an (2024), Shuyang County (2025) and the Shanghai General Office (2019), which turned away the most individual requests as petitions or complaints?",
             "petitions, natural persons, desc"),
        rank("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
             "Which had the fewest direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi District 2020?",
             "direct lawsuits, asc"),
        rank("en", ["hz23", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc",
             "Rank Hongze 2023, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020 by individual requests answered 'information not held' — who tops it?",
             "not held, natural persons, desc (sh19 row total printed blank)"),
        rank("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "Who made the most licensing decisions: Huai'an in 2024, Hongze District in 2023 or Shuyang County in 2025?",
             "licensing decisions, desc"),
    ]


# ================================================================ [combine] 18
def combines():
    return [
        ssum("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "沭阳县2025年信息公开相关的行政复议和行政诉讼（直接起诉加复议后起诉）合计有多少件？",
             "3 appeals totals (text states 74)", alt=("74 件", 74)),
        ssum("zh", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
             "淮安市2024年不予公开的8种情形加起来一共多少件？",
             "the 8 withheld sub-items"),
        ssum("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                            "r.withheld.enforcement_files.total"],
             "洪泽区2023年因国家秘密、过程性信息、行政执法案卷这三种理由不公开的合计几件？",
             "3 withheld sub-items"),
        ssum("zh", "sy", ["r.other.%s.total" % s for s in L.OTHER21],
             "沭阳县2025年“其他处理”下面三个小项合起来是多少件？",
             "3 other-handling sub-items"),
        ssum("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
             "洪泽区2024年行政处罚和行政强制的决定数加在一起是多少？",
             "text cells: penalties + coercion"),
        ssum("zh", "sh25", ["r.carried_over.natural_person", "r.carried_over.legal_services"],
             "上海市府办2025年上年结转过来的申请里，自然人和法律服务机构两栏合计多少件？",
             "text cells: carried over, 2 columns"),
        ssum("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "How many disclosure lawsuits in total — direct ones and those after reconsideration — did Huai'an have in 2024?",
             "2 lawsuit totals (text states 46)", alt=("行政诉讼 46", 46)),
        ssum("en", "sh19", cols("granted"),
             "The Shanghai General Office's 2019 table leaves the total blank for requests granted in full. Adding up the applicant columns, how many were granted?",
             "granted: 6 columns, printed total blank", printed_total=["r.granted.total"]),
        ssum("en", "hz24", ["r.granted.total", "r.unable.not_held.total"],
             "For Hongze District in 2024, granted requests plus the ones answered 'not held' — what's the total?",
             "text cells: granted + not held"),
        ssum("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "Counting reconsiderations and both kinds of lawsuits, how many disclosure appeals did Jianxi District's government office have in 2020?",
             "3 appeals totals"),
        ssum("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial",
                            "r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"],
             "How many requests did Shanghai's General Office decline to process in 2019 — petitions plus repeat requests, individuals and companies together?",
             "4 cells, row totals printed blank (text states 158)", alt=("不予处理158件", 158)),
        diff("zh", "hz23", "hz24", "c.licensing.decisions",
             "洪泽区行政许可决定数从2023年到2024年增加了多少？",
             "hz 2023 -> 2024 licensing"),
        diff("zh", "hz23", "hz24", "r.unable.not_held.total",
             "洪泽区答复“本机关不掌握”的申请，2024年比2023年多了几件？",
             "hz 2023 -> 2024 not held"),
        diff("zh", "sh19", "sh25", "r.received.total",
             "上海市政府办公厅新收的申请，2025年比2019年多多少件？",
             "sh 2019 -> 2025 received"),
        diff("zh", "sh19", "sh25", "r.carried_forward.total",
             "上海市府办结转到下年度的申请，2019年和2025年比起来变了多少？",
             "sh 2019 -> 2025 carried forward"),
        diff("en", "sh19", "sh25", "r.total_processed.total",
             "How did the number of requests the Shanghai General Office finished handling change from 2019 to 2025?",
             "sh 2019 -> 2025 total processed"),
        diff("en", "hz23", "hz24", "c.punishment.decisions",
             "Hongze District penalty decisions, 2023 against 2024 — what's the change?",
             "hz 2023 -> 2024 penalties"),
        diff("en", "sh19", "sh25", "a.review.total",
             "By how much did reconsideration cases involving the Shanghai General Office go up between 2019 and 2025?",
             "sh 2019 -> 2025 review total"),
    ]


# ================================================================ [textonly] 26
def texts():
    return [
        text("zh", "ha", "新闻发布会 12 场", 12, "场",
             "淮安市政府2024年一共开了多少场新闻发布会？", "press conferences"),
        text("zh", "ha", "合格率", 100, "%",
             "淮安市2024年四个季度政务新媒体检查抽查，合格率是多少？", "pass rate of new-media checks"),
        text("zh", "sy", "专栏33个", 33, "个",
             "沭阳县2025年在政务新媒体上开了多少个专栏？", "new-media columns"),
        text("zh", "hz23", "1136", 1136, "条",
             "洪泽区2023年在政府网站上主动公开了多少条信息？", "items published on the portal"),
        text("zh", "hz24", "常务会议 7", 7, "期",
             "洪泽区2024年公开了几期政府常务会议？", "executive meetings published"),
        text("zh", "sy", "过期信息697条", 697, "条",
             "沭阳县2025年清理掉的过期信息有多少条？", "outdated items cleared"),
        text("zh", "sy", "催办提示 84 次", 84, "次",
             "沭阳2025年那个依申请“倒计时报警器”一共发了多少次催办提示？", "reminders sent"),
        text("zh", "sy", "64家单位", 64, "家",
             "2025年沭阳县集中公开了多少家单位的信息公开年报？", "annual reports published together"),
        text("zh", "kw", "政协提案 85 件", 85, "件",
             "上海市科委2024年主办、合办的政协提案有多少件？", "CPPCC proposals handled"),
        text("zh", "kw", "短视频 584 条", 584, "条",
             "市科委“上海科技”视频号2024年一共发了多少条短视频？", "short videos"),
        text("zh", "sh25", "新闻通气会 19 场", 19, "场",
             "上海市府办2025年年报里说，市政府新闻通气会开了几场？", "press briefings"),
        text("zh", "sh25", "人事任免文件 196 件", 196, "件",
             "2025年上海市政府办公厅主动公开的人事任免文件有多少件？", "personnel documents published",
             frm="全年主动公开"),
        text("zh", "sh19", "政策解读共132件", 132, "件",
             "2019年上海市政府办公厅在“中国上海”门户网站上发了多少件政策解读？", "policy interpretations"),
        text("en", "ha", "公报》6 期", 6, "期",
             "How many issues of the Huai'an Municipal People's Government Gazette came out in 2024?", "gazette issues"),
        text("en", "ha", "21 个", 21, "个",
             "How many policy interpretations did Huai'an put together in 2024, per its report?", "policy interpretations"),
        text("en", "ha", "4 次", 4, "次",
             "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?", "inspections"),
        text("en", "hz24", "2428", 2428, "条",
             "How many pieces of government information did Hongze District release on its website platform in 2024?", "items released"),
        text("en", "sy", "意见征集9期", 9, "期",
             "In 2025, how many rounds of public comment did Shuyang County open on its government website?", "consultations"),
        text("en", "sy", "争议纠纷 33 件", 33, "件",
             "How many disputes did Shuyang County manage to settle in 2025 by talking to applicants before handling their requests?", "disputes resolved"),
        text("en", "sy", "失效链接43处", 43, "处",
             "How many dead links did Shuyang County fix on its site in 2025?", "broken links fixed"),
        text("en", "kw", "原创文章 294", 294, "篇",
             "How many original articles did the Shanghai Science and Technology Commission's WeChat account put out in 2024?", "original articles"),
        text("en", "kw", "惠企政策 83 条", 83, "条",
             "In 2024, how many business-support policies did STCSM send in through its routine reporting?", "business policies reported"),
        text("en", "sh25", "公报》24 期", 24, "期",
             "How many issues of the Shanghai Municipal People's Government Gazette did the General Office edit in 2025?", "gazette issues"),
        text("en", "sh25", "10 个语种", 10, "个",
             "How many languages does the Shanghai International Service Portal cover, according to the General Office's 2025 report?", "languages"),
        text("en", "sh19", "人事任免文件141件", 141, "件",
             "How many personnel appointment and removal documents did the Shanghai General Office publish in 2019?", "personnel documents",
             frm="2019年，通过"),
        text("en", "jx", "601项事项", 601, "项",
             "Jianxi District's 2020 report says it sorted out the matters in each domain — how many items in all?", "matters listed",
             frm="梳理细化"),
    ]


# ================================================================ [cannot] 34
def cannots():
    return [
        cannot("zh", "淮安市2024年提出信息公开申请的人里，男性和女性各有多少？",
               "the reports do not break applicants down by sex", "sex"),
        cannot("zh", "沭阳县2025年的政府信息公开申请，平均多少个工作日答复完？",
               "no average response time is reported (only 'within the legal time limit')", "response time"),
        cannot("zh", "洪泽区2022年的政府信息公开年报里，新收申请有多少件？",
               "the corpus holds Hongze District's 2023 and 2024 reports only", "year not held"),
        cannot("zh", "苏州市2024年政府信息公开行政复议一共多少件？",
               "no report of 苏州市 in the corpus", "body not held"),
        cannot("zh", "上海市政府办公厅2025年收到的申请里，涉及征收拆迁的有多少件？",
               "requests are not broken down by topic", "topic"),
        cannot("zh", "涧西区政府办2020年有多少申请是通过网上平台提交的？",
               "no breakdown by submission channel", "channel"),
        cannot("zh", "淮安市2024年政务公开工作一共花了多少经费？",
               "the report states no cost or budget of disclosure work", "cost"),
        cannot("zh", "洪泽区2024年负责政务公开的专职工作人员有几名？",
               "no staff numbers are reported", "staff"),
        cannot("zh", "你觉得沭阳县2025年的政务公开工作做得怎么样，能打几分？",
               "an opinion / rating, not a reported figure", "opinion"),
        cannot("zh", "上海市科委2023年作出的行政许可决定有多少？",
               "the corpus holds the commission's 2024 report only", "year not held"),
        cannot("zh", "淮安市2024年提起行政诉讼的申请人都叫什么名字？",
               "personal data; not in the reports", "personal data"),
        cannot("zh", "预计沭阳县2026年会收到多少件信息公开申请？",
               "a forecast; no report states it", "forecast"),
        cannot("zh", "上海市府办2019年的申请人里，60岁以上的有多少？",
               "no age breakdown", "age"),
        cannot("zh", "洪泽区2023年那4119个行政处罚决定，罚款金额一共是多少？",
               "fine amounts are not reported", "amount not printed"),
        cannot("zh", "淮阴区2024年依申请公开的数量是多少？",
               "no report of 淮阴区 in the corpus", "body not held"),
        cannot("zh", "淮安市2024年第三季度收到了多少件申请？",
               "no quarterly breakdown", "quarter"),
        cannot("zh", "上海市政府办公厅2021年被申请行政复议多少件？",
               "the corpus holds the General Office's 2019 and 2025 reports only", "year not held"),
        cannot("en", "How many of the people who sent Huai'an disclosure requests in 2024 lived outside Jiangsu province?",
               "no breakdown by residence", "residence"),
        cannot("en", "Which month of 2025 brought Shuyang County the most disclosure requests?",
               "no monthly breakdown", "month"),
        cannot("en", "What were Xuhui District's disclosure request figures for 2024?",
               "no report of 徐汇区 in the corpus", "body not held"),
        cannot("en", "How many disclosure requests did Hongze District get in 2025?",
               "the corpus holds Hongze District's 2023 and 2024 reports only", "year not held"),
        cannot("en", "How many staff members handle information disclosure at the Shanghai General Office, per its 2025 report?",
               "no staff numbers are reported", "staff"),
        cannot("en", "What was the budget of Jianxi District's government office for disclosure work in 2020?",
               "no budget or cost of disclosure work is reported", "cost"),
        cannot("en", "Which industries were the companies that filed requests with Shuyang County in 2025 in?",
               "no breakdown by industry", "industry"),
        cannot("en", "How many of Huai'an's 2024 disclosure lawsuits were heard by the intermediate people's court?",
               "no breakdown by court", "court"),
        cannot("en", "How many requests is STCSM going to receive in 2025?",
               "a forecast; the corpus holds the commission's 2024 report only", "forecast"),
        cannot("en", "Was the Shanghai General Office's disclosure work in 2019 better than Beijing's?",
               "an opinion, and no Beijing report is held", "opinion"),
        cannot("en", "How many requests did Jianxi District's government office receive in 2021?",
               "the corpus holds Jianxi's 2020 report only", "year not held"),
        cannot("en", "How many of Hongze District's 2024 requests came from foreign nationals?",
               "no breakdown by nationality", "nationality"),
        cannot("en", "On average, how long did STCSM take to answer a disclosure request in 2024?",
               "no response times are reported", "response time"),
        cannot("en", "How many Weibo followers did the Shanghai Science and Technology Commission have, per its 2024 report?",
               "the report gives WeChat and video-channel figures only, no Weibo", "figure not stated"),
        cannot("en", "How many calls did Shuyang County's 12345 hotline take in 2025?",
               "the hotline is mentioned without any figure", "figure not stated"),
        cannot("en", "Which county or district of Huai'an sent in the most disclosure requests in 2024?",
               "no breakdown by district", "district"),
        cannot("en", "What is the home address of the person who filed a reconsideration against Jianxi District's government office in 2020?",
               "personal data; not in the reports", "personal data"),
    ]


# ================================================================ [followup] 104
def followups_zh():
    out = []
    a = out.append
    a(fu("zh", [
        ("洪泽区2023年行政强制决定有多少个？", E("hz23", "c.coercion.decisions")),
        ("2024年的呢？", E("hz24", "c.coercion.decisions")),
        ("2024年比2023年是多了还是少了，差多少？", ED("hz23", "hz24", "c.coercion.decisions")),
    ], "switch year, then difference of the two years"))
    a(fu("zh", [
        ("上海市政府办公厅2019年收到的个人申请有多少件？", E("sh19", "r.received.natural_person")),
        ("2025年个人申请数量是多少？", E("sh25", "r.received.natural_person")),
        ("两个年份比，增加了多少件？", ED("sh19", "sh25", "r.received.natural_person")),
    ], "switch year, then difference"))
    a(fu("zh", [
        ("沭阳县2025年行政复议一共多少件？", E("sy", "a.review.total")),
        ("复议完又起诉到法院的呢？", E("sy", "a.litigation_after_review.total")),
        ("这些里面法院维持的几件？", E("sy", "a.litigation_after_review.upheld")),
    ], "switch appeals group, then of those"))
    a(fu("zh", [
        ("淮安市2024年本年新收的申请总数是多少？", E("ha", "r.received.total", alt=("3119", 3119))),
        ("其中自然人提交的有多少？", E("ha", "r.received.natural_person")),
        ("这3001件里男女各占多少？", EU("no breakdown by sex")),
    ], "of those; ends with an unprinted breakdown"))
    a(fu("zh", [
        ("上海市府办2019年结转到下一年继续办理的申请有几件？", E("sh19", "r.carried_forward.total", alt=("72件申请", 72))),
        ("哦我看错了，应该是2025年那份报告", E("sh25", "r.carried_forward.total")),
    ], "self-correction of the year"))
    a(fu("zh", [
        ("淮安市2024年予以公开的申请有多少？", E("ha", "r.granted.total")),
        ("这个数里算不算部分公开的？部分公开单独是多少？", E("ha", "r.partially_granted.total")),
        ("部分公开里企业申请的有几件？", E("ha", "r.partially_granted.commercial")),
    ], "check the figure, then narrow"))
    a(fu("zh", [
        ("沭阳县2025年全年办前主动沟通了多少次？", EN2("sy", "办前主动沟通 49 次", 49, "次")),
        ("那一年本机关不掌握相关信息的申请有多少件？", E("sy", "r.unable.not_held.total")),
    ], "narrative number, then table number of the same body"))
    a(fu("zh", [
        ("涧西区政府办2020年行政复议有几件？", E("jx", "a.review.total")),
        ("上海市府办2019年呢？", E("sh19", "a.review.total", alt=("行政复议7件", 7))),
        ("上海那几件里维持的有几件？", E("sh19", "a.review.upheld")),
    ], "switch body, then of those"))
    a(fu("zh", [
        ("沭阳县2025年以保护第三方合法权益为由不予公开的有几件？", E("sy", "r.withheld.third_party.total")),
        ("行政执法案卷那一项呢？", E("sy", "r.withheld.enforcement_files.total")),
        ("两项合计是多少？", ES("sy", ["r.withheld.third_party.total", "r.withheld.enforcement_files.total"])),
    ], "switch row, then add the two"))
    a(fu("zh", [
        ("淮安2024年本机关不掌握相关政府信息的申请中，自然人有多少？", E("ha", "r.unable.not_held.natural_person")),
        ("商业企业那栏是多少？", E("ha", "r.unable.not_held.commercial")),
        ("法律服务机构那栏？", E("ha", "r.unable.not_held.legal_services")),
    ], "switch column twice"))
    a(fu("zh", [
        ("上海市府办2025年新收申请多少件？", E("sh25", "r.received.total", alt=("1295", 1295))),
        ("里面企业申请的有多少？", E("sh25", "r.received.commercial")),
        ("这36家企业分别是哪些行业的？", EU("no breakdown by industry")),
    ], "of those; ends unanswerable (industry)"))
    a(fu("zh", [
        ("沭阳县2025年予以公开的有多少件？", E("sy", "r.granted.total")),
        ("不予公开的总共呢？", E("sy", "r.withheld.total")),
        ("无法提供的总共呢？", E("sy", "r.unable.total")),
    ], "switch row (derived totals)"))
    a(fu("zh", [
        ("洪泽区2023年现行有效的行政规范性文件有多少件？", E("hz23", "c.normative_docs.in_force")),
        ("到2024年底呢？", E("hz24", "c.normative_docs.in_force")),
        ("2024年新增的那几件规范性文件都叫什么名字？", EU("document titles are not listed")),
    ], "switch year; ends unanswerable (titles)"))
    a(fu("zh", [
        ("2019年上海市政府办公厅在公报上刊登了多少件部门规范性文件？", EN2("sh19", "部门规范性文件45件", 45, "件")),
        ("那年市府办自己新制作的规范性文件是多少件？", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
    ], "narrative then table, same body"))
    a(fu("zh", [
        ("淮安市2024年未经复议直接起诉的行政诉讼总共几件？", E("ha", "a.litigation_direct.total")),
        ("沭阳县2025年呢？", E("sy", "a.litigation_direct.total")),
        ("洪泽区2023年的呢？", E("hz23", "a.litigation_direct.total")),
    ], "switch body twice"))
    a(fu("zh", [
        ("淮安市2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ("结果被纠正的有几件？", E("ha", "a.review.corrected")),
        ("纠正的这些主要是因为什么问题被纠正的？", EU("reasons for correction are not stated")),
    ], "of those; ends unanswerable (reasons)"))
    a(fu("zh", [
        ("沭阳县2025年新收申请中商业企业有几件？", E("sy", "r.received.commercial")),
        ("噢不对，我想问的是法律服务机构", E("sy", "r.received.legal_services")),
    ], "self-correction of the column"))
    a(fu("zh", [
        ("上海市府办2025年因信访举报投诉类不予处理的有多少？", E("sh25", "r.not_processed.petition.total")),
        ("重复申请的呢？", E("sh25", "r.not_processed.duplicate.total")),
        ("这两类合起来多少件？", ES("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
    ], "switch row, then add the two"))
    a(fu("zh", [
        ("淮安市2024年法人或其他组织新提交的申请一共多少件？", E("ha", "r.received.legal_person")),
        ("这里面包含律师事务所那类吗？单算法律服务机构是多少？", E("ha", "r.received.legal_services")),
    ], "check the figure, then narrow"))
    a(fu("zh", [
        ("洪泽区2024年发布了多少条解读信息？", EN2("hz24", "解读信息发布 7 条", 7, "条")),
        ("那一年行政规范性文件制发了几件？", E("hz24", "c.normative_docs.issued")),
    ], "narrative then table (text cell), same body"))
    a(fu("zh", [
        ("洪泽区2024年予以公开的申请有多少件？", E("hz24", "r.granted.total")),
        ("2023年是多少？", E("hz23", "r.granted.total")),
        ("2023年部分公开的有几件？", E("hz23", "r.partially_granted.total")),
    ], "switch year, then row"))
    a(fu("zh", [
        ("上海市政府办公厅2025年行政复议尚未审结的有几件？", E("sh25", "a.review.pending")),
        ("2019年的时候呢？", E("sh19", "a.review.pending")),
        ("所以2025年比2019年多出几件？", ED("sh19", "sh25", "a.review.pending")),
    ], "switch year, then difference"))
    a(fu("zh", [
        ("涧西区政府办2020年报告说梳理了多少个领域？", EN2("jx", "21个领域", 21, "个", frm="梳理细化")),
        ("那一年收到了多少件依申请公开？", E("jx", "r.received.total", alt=("依申请公开17件", 17))),
        ("还在办的有几件？", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
    ], "narrative then table numbers, same body"))
    a(fu("zh", [
        ("淮安市2024年不予公开的申请一共有多少件？", E("ha", "r.withheld.total")),
        ("其中因为危及“三安全一稳定”的呢？", E("ha", "r.withheld.security_stability.total")),
        ("保护第三方合法权益的呢？", E("ha", "r.withheld.third_party.total")),
    ], "of those, then switch sub-row"))
    a(fu("zh", [
        ("上海市科委2024年予以公开的申请有几件？", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
        ("同样这一项，上海市政府办公厅2025年是多少？", E("sh25", "r.granted.total")),
    ], "switch body (two reports without gold)"))
    a(fu("zh", [
        ("沭阳县2025年行政处罚决定有多少？", E("sy", "c.punishment.decisions")),
        ("能按月份拆一下吗？哪个月最多？", EU("no monthly breakdown")),
    ], "ends unanswerable (month)"))
    a(fu("zh", [
        ("洪泽区2023年行政事业性收费金额是多少万元？", E("hz23", "c.fees.amount", **MONEY)),
        ("搞错了，我要的是2024年洪泽的", E("hz24", "c.fees.amount", **MONEY)),
        ("两年相差多少万元？", ED("hz23", "hz24", "c.fees.amount", **MONEY)),
    ], "self-correction of the year, then difference (money)"))
    a(fu("zh", [
        ("淮安市2024年行政规范性文件本年制发了多少件？", E("ha", "c.normative_docs.issued")),
        ("现行有效的有多少？", E("ha", "c.normative_docs.in_force")),
        ("沭阳县2025年现行有效的呢？", E("sy", "c.normative_docs.in_force")),
        ("沭阳那年废止了几件？", E("sy", "c.normative_docs.repealed")),
    ], "switch column, body, column"))
    a(fu("zh", [
        ("沭阳县2025年办理结果总计是多少件？", E("sy", "r.total_processed.total", alt=("共办理 718 件", 718))),
        ("这718件里包括从2024年结转过来的吗？上年结转的有多少件？", E("sy", "r.carried_over.total")),
        ("结转过来的这些里自然人那栏是多少？", E("sy", "r.carried_over.natural_person")),
    ], "check the figure, then narrow"))
    a(fu("zh", [
        ("上海市府办2025年未经复议直接起诉的行政诉讼有多少？", E("sh25", "a.litigation_direct.total")),
        ("其中还没审结的？", E("sh25", "a.litigation_direct.pending")),
        ("复议后起诉的总数呢？", E("sh25", "a.litigation_after_review.total")),
    ], "of those, then switch appeals group"))
    a(fu("zh", [
        ("上海市科委2024年“上海科技”网站全年发布了多少条信息？", EN2("kw", "2139 条", 2139, "条")),
        ("市科委当年新收的信息公开申请有多少？", E("kw", "r.received.total", alt=("申请 34 件", 34))),
    ], "narrative then table (text cell), same body"))
    a(fu("zh", [
        ("上海市政府办公厅2019年本机关不掌握相关信息的申请，自然人的有多少？", E("sh19", "r.unable.not_held.natural_person")),
        ("商业企业的呢？", E("sh19", "r.unable.not_held.commercial")),
        ("把这两栏加起来是多少？", ES("sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial"])),
    ], "switch column, then add (row total printed blank)"))
    a(fu("zh", [
        ("洪泽区2024年报表格里，办理结果总计是多少件？", E("hz24", "r.total_processed.total")),
        ("这些申请主要问的是哪方面？比如征地拆迁的有几件？", EU("no breakdown by topic")),
    ], "ends unanswerable (topic)"))
    a(fu("zh", [
        ("涧西区2020年予以公开几件？", E("jx", "r.granted.total")),
        ("那办理结果总计呢？", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
    ], "switch row"))
    a(fu("zh", [
        ("上海市府办2025年予以公开的有多少件？", E("sh25", "r.granted.total")),
        ("本机关不掌握的呢？", E("sh25", "r.unable.not_held.total")),
        ("需要另行制作的？", E("sh25", "r.unable.needs_creation.total")),
        ("后两项加起来是多少？", ES("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
    ], "switch row twice, then add the last two"))
    a(fu("zh", [
        ("淮安市2024年收了多少政府信息公开信息处理费？", EN2("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
        ("这跟行政事业性收费是一回事吗？表里行政事业性收费金额是多少？", E("ha", "c.fees.amount", **MONEY)),
    ], "narrative, then check against a table number"))
    a(fu("zh", [
        ("上海市政府办公厅2019年上年结转的申请有多少件？", E("sh19", "r.carried_over.total", alt=("结转申请18件", 18))),
        ("2025年报里这个数是多少？", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
        ("增加了多少？", ED("sh19", "sh25", "r.carried_over.total")),
    ], "switch year, then difference"))
    a(fu("zh", [
        ("涧西区政府办2020年新收申请多少件？", E("jx", "r.received.total", alt=("依申请公开17件", 17))),
        ("办这些申请的专职工作人员有几个人？", EU("no staff numbers")),
    ], "ends unanswerable (staff)"))
    a(fu("zh", [
        ("沭阳县2025年行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
        ("被纠正的呢？", E("sy", "a.review.corrected")),
        ("其他结果？", E("sy", "a.review.other")),
        ("还没审结的？", E("sy", "a.review.pending")),
    ], "switch outcome three times"))
    a(fu("zh", [
        ("淮安市2024年（六）其他处理一共多少件？", E("ha", "r.other.total")),
        ("里面“其他”那一小项是多少？", E("ha", "r.other.other.total")),
        ("申请人逾期不补正的呢？", E("ha", "r.other.overdue_correction.total")),
    ], "of those, then switch sub-row (derived total)"))
    a(fu("zh", [
        ("洪泽区2023年收取了多少信息处理费？", EN2("hz23", "信息处理费 0 元", 0, "元", frm="2023 年，区政府")),
        ("那行政事业性收费是多少万元？", E("hz23", "c.fees.amount", **MONEY)),
    ], "narrative then table, same body"))
    a(fu("zh", [
        ("沭阳县2025年全年累计整改了多少处错误信息？", EN2("sy", "各类错误信息83处", 83, "处")),
        ("当年部分公开的申请有几件？", E("sy", "r.partially_granted.total")),
    ], "narrative then table, same body"))
    a(fu("zh", [
        ("上海市科委2024年行政处罚决定是多少？", E("kw", "c.punishment.decisions")),
        ("说错了，我想问的是行政许可", E("kw", "c.licensing.decisions")),
    ], "self-correction of the row"))
    a(fu("zh", [
        ("上海市政府办公厅2025年完成公文公开属性审查多少件？", EN2("sh25", "公开属性审查 166 件", 166, "件", frm="全年完成")),
        ("发布审查呢？", EN2("sh25", "发布审查 330 件", 330, "件", frm="全年完成")),
        ("当年新收的信息公开申请里，个人申请有多少？", E("sh25", "r.received.natural_person")),
    ], "two narrative numbers, then a table number"))
    a(fu("zh", [
        ("洪泽区2024年行政复议有几件？", E("hz24", "a.review.total")),
        ("直接起诉的行政诉讼呢？", E("hz24", "a.litigation_direct.total")),
        ("复议后起诉的？", E("hz24", "a.litigation_after_review.total")),
    ], "switch appeals group twice (text cells)"))
    a(fu("zh", [
        ("涧西区人民政府办公室2020年政府集中采购项目有几个？", E("jx", "c.procurement.projects")),
        ("总金额多少万元？", E("jx", "c.procurement.amount", **MONEY)),
        ("这些采购都是哪家供应商中的标？", EU("suppliers are not named")),
    ], "switch column; ends unanswerable"))
    a(fu("zh", [
        ("淮安市政府2024年年报说全年新增公开市政府及市政府办政策性文件多少件？", EN2("ha", "政策性文件 11 件", 11, "件")),
        ("表里行政规范性文件的本年制发件数又是多少？", E("ha", "c.normative_docs.issued")),
    ], "narrative then a different table concept"))
    a(fu("zh", [
        ("沭阳县2025年报告正文说全年共受理多少件申请？", EN2("sy", "749", 749, "件")),
        ("可是统计表第一行新收申请的总计好像不是这个数，是多少？", E("sy", "r.received.total")),
        ("差出来的那部分是不是上年结转的？结转过来多少件？", E("sy", "r.carried_over.total")),
    ], "narrative vs table (749 = 713 + 36), then check"))
    a(fu("zh", [
        ("洪泽区2024年制发了几件行政规范性文件？", E("hz24", "c.normative_docs.issued")),
        ("那前一年，也就是2023年？", E("hz23", "c.normative_docs.issued")),
    ], "switch year"))
    a(fu("zh", [
        ("沭阳县2025年法人或其他组织新提出的申请共几件？", E("sy", "r.received.legal_person", alt=("法人或其他组织申请 8 件", 8))),
        ("其中企业几件？", E("sy", "r.received.commercial")),
    ], "of those (derived legal_person)"))
    a(fu("zh", [
        ("上海市科委2024年从上一年结转过来的申请有几件？", E("kw", "r.carried_over.total", alt=("申请 2 件", 2))),
        ("这两件是谁申请的、申请的什么内容？", EU("personal data / request contents not reported")),
    ], "ends unanswerable (personal data)"))
    a(fu("zh", [
        ("淮安市2024年复议后起诉的行政诉讼有几件？", E("ha", "a.litigation_after_review.total")),
        ("法院维持的有几件？", E("ha", "a.litigation_after_review.upheld")),
        ("那直接起诉的里面维持的呢？", E("ha", "a.litigation_direct.upheld")),
        ("两类维持的加起来？", ES("ha", ["a.litigation_after_review.upheld", "a.litigation_direct.upheld"],
                              alt=("结果维持 25", 25))),
    ], "of those, switch group, add the two (text states 25)"))
    return out


def followups_en():
    out = []
    a = out.append
    a(fu("en", [
        ("How many lawsuits filed directly, without a reconsideration first, did Hongze District have in 2023?", E("hz23", "a.litigation_direct.total")),
        ("And in 2024?", E("hz24", "a.litigation_direct.total")),
    ], "switch year"))
    a(fu("en", [
        ("How many new requests from businesses did the Shanghai General Office receive in 2019?", E("sh19", "r.received.commercial")),
        ("What does the 2025 report show for that?", E("sh25", "r.received.commercial")),
        ("So how big is the change between those two years?", ED("sh19", "sh25", "r.received.commercial")),
    ], "switch year, then difference"))
    a(fu("en", [
        ("Huai'an, 2024: how many requests ended as 'unable to provide' overall?", E("ha", "r.unable.total")),
        ("Of those, how many because the government didn't hold the information?", E("ha", "r.unable.not_held.total")),
        ("And among those 769, how many were from individuals?", E("ha", "r.unable.not_held.natural_person")),
    ], "of those, twice"))
    a(fu("en", [
        ("For Huai'an in 2024, how many requests from individuals were partially granted?", E("ha", "r.partially_granted.natural_person")),
        ("Hang on, I meant businesses, not individuals.", E("ha", "r.partially_granted.commercial")),
    ], "self-correction of the column"))
    a(fu("en", [
        ("Huai'an 2024: how many requests from organisations, not individuals, were granted in full?", E("ha", "r.granted.legal_person")),
        ("Does that figure include legal service firms? How many of the granted ones were theirs?", E("ha", "r.granted.legal_services")),
    ], "check the figure, then narrow (derived legal_person)"))
    a(fu("en", [
        ("How many press conferences did Shanghai's municipal government hold in 2025, according to the General Office's report?", EN2("sh25", "新闻发布会 42 场", 42, "场")),
        ("And how many disclosure requests did the General Office receive that year?", E("sh25", "r.received.total", alt=("1295", 1295))),
    ], "narrative then table, same body"))
    a(fu("en", [
        ("What was Shuyang County's number of licensing decisions in 2025?", E("sy", "c.licensing.decisions")),
        ("And Huai'an's for 2024?", E("ha", "c.licensing.decisions")),
        ("Hongze District for 2023?", E("hz23", "c.licensing.decisions")),
    ], "switch body twice"))
    a(fu("en", [
        ("How many requests did the Shanghai General Office handle in 2019 in total?", E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805件", 805))),
        ("How many of those were answered online and how many by post?", EU("no breakdown by channel")),
    ], "ends unanswerable (channel)"))
    a(fu("en", [
        ("In 2024, how many of Huai'an's disclosure reconsideration cases were still pending?", E("ha", "a.review.pending")),
        ("And for direct lawsuits, how many pending?", E("ha", "a.litigation_direct.pending")),
        ("What about lawsuits after reconsideration?", E("ha", "a.litigation_after_review.pending")),
    ], "switch appeals group twice"))
    a(fu("en", [
        ("Shuyang County 2025: how many requests did it grant in full?", E("sy", "r.granted.total")),
        ("And partially?", E("sy", "r.partially_granted.total")),
        ("Add the two together for me.", ES("sy", ["r.granted.total", "r.partially_granted.total"])),
    ], "switch row, then add the two"))
    a(fu("en", [
        ("How many direct lawsuits did the Shanghai General Office face in 2019?", E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
        ("and in 2025?", E("sh25", "a.litigation_direct.total")),
        ("Which of the two years had more, and by how many?", ED("sh19", "sh25", "a.litigation_direct.total")),
    ], "switch year, then compare"))
    a(fu("en", [
        ("How many followers did the 'Shanghai Keji' WeChat account have, per STCSM's 2024 report?", EN2("kw", "1016823", 1016823, "人")),
        ("How many licensing decisions did the commission make that year?", E("kw", "c.licensing.decisions")),
        ("What share of those licences were for laboratory animal use?", EU("licensing decisions are not broken down by matter")),
    ], "narrative, table, then unanswerable"))
    a(fu("en", [
        ("How many requests did Hongze District refuse to disclose in 2023, all grounds combined?", E("hz23", "r.withheld.total")),
        ("How many of them were about process information?", E("hz23", "r.withheld.process_info.total")),
        ("And how many were classified as state secrets?", E("hz23", "r.withheld.state_secret.total")),
    ], "of those, then switch sub-row"))
    a(fu("en", [
        ("What was Jianxi District's total of requests carried forward to the next year in 2020?", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
        ("Oops, wrong office — I meant the Shanghai General Office in 2019.", E("sh19", "r.carried_forward.total", alt=("72件申请", 72))),
    ], "self-correction of the body"))
    a(fu("en", [
        ("How many short videos did Shuyang County push out through its new-media channels in 2025?", EN2("sy", "短视频1113个", 1113, "个")),
        ("And how many requests did it turn down because the applicant had already asked the same thing?", E("sy", "r.not_processed.duplicate.total")),
    ], "narrative then table, same body"))
    a(fu("en", [
        ("In the Shanghai General Office's 2025 report, how many carried-over requests came from individuals?", E("sh25", "r.carried_over.natural_person")),
        ("And from legal service providers?", E("sh25", "r.carried_over.legal_services")),
        ("How many were carried over altogether?", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
    ], "switch column, then the total"))
    a(fu("en", [
        ("How many requests did Huai'an grant in full in 2024?", E("ha", "r.granted.total")),
        ("Which policy areas were most of those about?", EU("no breakdown by topic")),
    ], "ends unanswerable (topic)"))
    a(fu("en", [
        ("Hongze District's 2024 table: how many requests were handled in total?", E("hz24", "r.total_processed.total")),
        ("And the same total in the 2023 table?", E("hz23", "r.total_processed.total")),
    ], "switch year (table wording; the 2024 text states 17 for the district office alone)"))
    a(fu("en", [
        ("STCSM 2024: total requests handled according to the table?", E("kw", "r.total_processed.total")),
        ("How many new ones came from companies?", E("kw", "r.received.commercial")),
    ], "switch row and column (text cells)"))
    a(fu("en", [
        ("How much did the Shanghai General Office spend on centralized procurement in 2019?", E("sh19", "c.procurement.amount", **MONEY)),
        ("How many projects was that spread over?", E("sh19", "c.procurement.projects")),
        ("What was the biggest single contract?", EU("individual contracts are not reported")),
    ], "switch column; ends unanswerable"))
    a(fu("en", [
        ("Huai'an 2024: how many requests did it decline to process altogether?", E("ha", "r.not_processed.total")),
        ("How many of those were petitions or complaints?", E("ha", "r.not_processed.petition.total")),
        ("And duplicate requests?", E("ha", "r.not_processed.duplicate.total")),
        ("How many of the petitions came from businesses?", E("ha", "r.not_processed.petition.commercial")),
    ], "of those, switch sub-row, narrow to a column"))
    a(fu("en", [
        ("Shanghai General Office 2019: how many individual requests were withheld as internal affairs information?", E("sh19", "r.withheld.internal_affairs.natural_person")),
        ("And as process information (individuals)?", E("sh19", "r.withheld.process_info.natural_person")),
        ("Same process-information row, but businesses?", E("sh19", "r.withheld.process_info.commercial")),
    ], "switch sub-row, then column (row totals printed blank)"))
    a(fu("en", [
        ("Did Jianxi District's government office face any reconsideration cases in 2020? How many?", E("jx", "a.review.total")),
        ("And lawsuits filed directly?", E("jx", "a.litigation_direct.total")),
        ("Were any of the direct lawsuits lost — how many had the decision corrected?", E("jx", "a.litigation_direct.corrected")),
    ], "switch appeals group, then outcome"))
    a(fu("en", [
        ("How many government new-media accounts was Huai'an running, per its 2024 report?", EN2("ha", "共计 95", 95, "个")),
        ("How many disclosure reconsideration cases did it have that year?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
    ], "narrative then table, same body"))
    a(fu("en", [
        ("Did Hongze District charge any information processing fees in 2024? How much?", EN2("hz24", "信息处理费 0 元", 0, "元", frm="2024 年，区政府")),
        ("What was the administrative fee amount in its 2024 table?", E("hz24", "c.fees.amount", **MONEY)),
    ], "narrative then table (text cell, money)"))
    a(fu("en", [
        ("How many individual requests were refused as state secrets in the Shanghai General Office's 2019 report?", E("sh19", "r.withheld.state_secret.natural_person")),
        ("And how many individual requests were administrative inquiry matters?", E("sh19", "r.withheld.admin_query.natural_person")),
        ("Add those two.", ES("sh19", ["r.withheld.state_secret.natural_person", "r.withheld.admin_query.natural_person"])),
    ], "switch sub-row, then add"))
    a(fu("en", [
        ("How many of Shuyang County's 2025 reconsideration cases ended with the decision corrected?", E("sy", "a.review.corrected")),
        ("And for Huai'an in 2024?", E("ha", "a.review.corrected")),
    ], "switch body"))
    a(fu("en", [
        ("How many live streams did the 'Shanghai Keji' video channel run in 2024, per STCSM's report?", EN2("kw", "直播 118 场", 118, "场")),
        ("How many requests did the commission grant that year?", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
    ], "narrative then table (text cell)"))
    a(fu("en", [
        ("Shanghai General Office, 2019: carried-over requests from individuals?", E("sh19", "r.carried_over.natural_person")),
        ("In 2025?", E("sh25", "r.carried_over.natural_person")),
        ("What's the difference?", ED("sh19", "sh25", "r.carried_over.natural_person")),
    ], "switch year, then difference"))
    a(fu("en", [
        ("How many municipal regulations did Huai'an issue in 2024?", E("ha", "c.regulations.issued", alt=("规章 1 件", 1))),
        ("And how many are currently in force?", E("ha", "c.regulations.in_force")),
        ("Did it repeal any regulations?", E("ha", "c.regulations.repealed")),
    ], "switch column twice"))
    a(fu("en", [
        ("How many requests did Shuyang County receive from individuals in 2025 — new ones only, not carried over?", E("sy", "r.received.natural_person")),
        ("Which township did most of them come from?", EU("no breakdown by township")),
    ], "ends unanswerable (township)"))
    a(fu("en", [
        ("In 2024, how many requests did Huai'an withhold because other laws or regulations forbid disclosure?", E("ha", "r.withheld.prohibited_by_law.total")),
        ("How many of those were from companies?", E("ha", "r.withheld.prohibited_by_law.commercial")),
    ], "of those"))
    a(fu("en", [
        ("Hongze District 2023: reconsideration cases where the decision was corrected?", E("hz23", "a.review.corrected")),
        ("And lawsuits after reconsideration that were upheld?", E("hz23", "a.litigation_after_review.upheld")),
    ], "switch appeals group (printed totals avoided)"))
    a(fu("en", [
        ("How many applicants withdrew their own requests in 2025, per the Shanghai General Office?", EN2("sh25", "主动撤回 157 件", 157, "件")),
        ("How many requests were granted in full that year?", E("sh25", "r.granted.total")),
        ("How long on average did it take to answer them?", EU("no response times are reported")),
    ], "narrative, table, then unanswerable"))
    a(fu("en", [
        ("Jianxi's government office in 2020: how many requests were granted?", E("jx", "r.granted.total")),
        ("Same question for Huai'an 2024.", E("ha", "r.granted.total")),
        ("And Shuyang County 2025?", E("sy", "r.granted.total")),
    ], "switch body twice"))
    a(fu("en", [
        ("How many direct lawsuits were still pending for the Shanghai General Office in 2025?", E("sh25", "a.litigation_direct.pending")),
        ("And back in 2019?", E("sh19", "a.litigation_direct.pending")),
        ("How much higher is the 2025 figure?", ED("sh19", "sh25", "a.litigation_direct.pending")),
    ], "switch year, then difference"))
    a(fu("en", [
        ("What was Hongze District's number of administrative penalty decisions in 2023?", E("hz23", "c.punishment.decisions")),
        ("My mistake — I wanted coercion, not penalties.", E("hz23", "c.coercion.decisions")),
    ], "self-correction of the row"))
    a(fu("en", [
        ("How many government-information items did Shuyang County publish on its portal in 2025?", EN2("sy", "4511条", 4511, "条")),
        ("And how many new disclosure requests does the table show?", E("sy", "r.received.total")),
        ("How many of those applicants were over 60?", EU("no age breakdown")),
    ], "narrative, table, then unanswerable"))
    a(fu("en", [
        ("How many of Huai'an's 2024 requests rolled over to the next year?", E("ha", "r.carried_forward.total", alt=("103 件顺延", 103))),
        ("And how many had been carried over into 2024?", E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
        ("For Shuyang County 2025, the rolled-over number?", E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31))),
        ("And carried over from 2024 into its 2025 caseload?", E("sy", "r.carried_over.total")),
    ], "switch row, body, row"))
    a(fu("en", [
        ("How many new requests did STCSM receive from individuals in 2024?", E("kw", "r.received.natural_person")),
        ("And from businesses?", E("kw", "r.received.commercial")),
    ], "switch column (text cells)"))
    a(fu("en", [
        ("How many regulations did the Shanghai General Office newly make in 2019?", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
        ("And how many normative documents did it newly publish that year?", E("sh19", "c.normative_docs.published", alt=("行政规范性文件60件", 60))),
    ], "switch row and column (2019 format)"))
    a(fu("en", [
        ("In Hongze District's 2024 table, how many new requests were received?", E("hz24", "r.received.total")),
        ("How many of them were granted in full?", E("hz24", "r.granted.total")),
        ("And how many got a 'we don't hold it' answer?", E("hz24", "r.unable.not_held.total")),
    ], "of those, then switch row (text cells)"))
    a(fu("en", [
        ("Shuyang County 2025: how many lawsuits went straight to court without reconsideration?", E("sy", "a.litigation_direct.total")),
        ("How many of those did the county win, with the decision upheld?", E("sy", "a.litigation_direct.upheld")),
    ], "of those"))
    a(fu("en", [
        ("How many administrative penalty decisions did Huai'an make in 2024?", E("ha", "c.punishment.decisions")),
        ("And coercion decisions?", E("ha", "c.coercion.decisions")),
    ], "switch row"))
    a(fu("en", [
        ("How many reconsideration cases did the Shanghai General Office have in 2025?", E("sh25", "a.review.total")),
        ("The note says that includes carried-over cases. Either way, how many were still pending?", E("sh25", "a.review.pending")),
        ("How many disclosure reconsiderations were there in 2019, for comparison?", E("sh19", "a.review.total", alt=("行政复议7件", 7))),
    ], "of those, then switch year"))
    a(fu("en", [
        ("How many pilot areas does Jianxi's 2020 report mention for standardising grassroots openness?", EN2("jx", "26个试点领域标准指引", 26, "个", frm="对照")),
        ("How many normative documents had it published externally in total, per the table?", E("jx", "c.normative_docs.total_published")),
    ], "narrative then table, same body"))
    a(fu("en", [
        ("The Shanghai General Office's 2019 narrative gives a number of requests not disclosed. What is it?", EN2("sh19", "不予公开35件", 35, "件")),
        ("Of the withheld ones, how many individual requests were state secrets?", E("sh19", "r.withheld.state_secret.natural_person")),
    ], "narrative then table, same body"))
    a(fu("en", [
        ("Huai'an 2024: how many requests were withheld as internal affairs information?", E("ha", "r.withheld.internal_affairs.total")),
        ("And as administrative enforcement files?", E("ha", "r.withheld.enforcement_files.total")),
        ("Together?", ES("ha", ["r.withheld.internal_affairs.total", "r.withheld.enforcement_files.total"])),
    ], "switch sub-row, then add"))
    a(fu("en", [
        ("How many requests did Shuyang County decline to process in 2025?", E("sy", "r.not_processed.total")),
        ("How many were repeat applications?", E("sy", "r.not_processed.duplicate.total")),
        ("And how many of the repeat ones came from companies?", E("sy", "r.not_processed.duplicate.commercial")),
        ("What was that company called?", EU("applicants are not named")),
    ], "of those twice; ends unanswerable"))
    a(fu("en", [
        ("How many requests did Hongze District say it couldn't provide in 2023 because new information would have to be created?", E("hz23", "r.unable.needs_creation.total")),
        ("What about Huai'an in 2024?", E("ha", "r.unable.needs_creation.total")),
    ], "switch body"))
    a(fu("en", [
        ("The Shanghai General Office's 2025 report says 208 requests were granted or partly granted. How many were granted fully per the table?", E("sh25", "r.granted.total")),
        ("How many did it finish handling in total that year?", E("sh25", "r.total_processed.total", alt=("办结 1191", 1191))),
    ], "check a narrative figure against the table, then switch row"))
    a(fu("en", [
        ("How many requests to Huai'an in 2024 were dropped because the applicant wanted a formal publication?", E("ha", "r.not_processed.publication.total")),
        ("And for excessive repeated requests?", E("ha", "r.not_processed.excessive.total")),
        ("How many applicants were blacklisted for abusing the system?", EU("nothing of the kind is reported")),
    ], "switch sub-row; ends unanswerable"))
    return out


def CONVERSATIONS():
    convs = (plain_zh() + plain_en() + traps() + ranks() + combines() + texts() + cannots()
             + followups_zh() + followups_en())
    return convs
