"""Question bank of blind evaluation set 225 (evals/blind225).

WARNING: this file holds the text of EVERY test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Emphasis of this set: about a third of the conversations look answerable but must get no
number (personal stories, named people, personal data, breakdowns the reports do not print,
quantities not stated, reasons, forecasts, opinions, sub-groups of a printed count, one body's
figure attributed to another, bodies and years not in the corpus). The rest keeps blind6's
proportions.

The bank only names bodies, keys, keywords and wordings; every number is computed by
helpers225 (gold JSON, printed rows of the three reports without gold, sentences cut from the
report text). Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib225 as L  # noqa: E402
from helpers225 import C, D, E, EN, EU, F, N, R, S, T, U, V  # noqa: E402

# Printed cells of the three reports without gold: the same specs blind6's text_cells.json
# verified (nothing new).
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

W = "万元"


# ----------------------------------------------------------------------------- [plain]
def plain():
    P = "[plain] "
    return [
        # 淮安 2024
        V("zh", "ha", "c.licensing.decisions",
          "淮安市政府2024年的年报里，行政许可一共作出了多少个处理决定？",
          P + "licensing decisions, city-wide count as printed"),
        V("en", "ha", "c.punishment.decisions",
          "What's the number of administrative penalty decisions Huai'an put in its 2024 report?",
          P + "penalty decisions"),
        V("zh", "ha", "c.fees.amount",
          "想核对一下淮安2024年行政事业性收费，年报表格里写的是多少万元？",
          P + "fees in 万元", unit=W),
        V("en", "ha", "r.withheld.enforcement_files.total",
          "For Huai'an's 2024 report, how many applications were refused because what was asked for sat in administrative enforcement case files?",
          P + "withheld: enforcement files"),
        V("zh", "ha", "r.other.overdue_correction.total",
          "淮安2024年依申请那块，让申请人补正材料、结果人家过期也没补、最后不再处理的，一共几件？",
          P + "other handling: no correction in time"),
        V("en", "ha", "r.received.legal_services",
          "In Huai'an's 2024 figures, how many of the new requests were filed by law firms and similar legal service providers?",
          P + "received: legal service institutions"),
        V("zh", "ha", "r.withheld.admin_query.total",
          "2024年淮安市政府有多少件申请被认定属于行政查询事项，所以没给公开？",
          P + "withheld: administrative query"),
        V("en", "ha", "r.unable.not_held.total",
          "How many 2024 requests to Huai'an hit a dead end because the city government simply didn't have the records in question?",
          P + "unable: not held"),
        V("zh", "ha", "a.review.corrected",
          "淮安市二〇二四年的政府信息公开行政复议，结果被纠正的有多少件？",
          P + "review corrected; narrative states the same 64", alt=("结果纠正 64", 64)),
        V("en", "ha", "r.withheld.internal_affairs.total",
          "Huai'an, 2024: number of requests kept back on the ground that they were one of the three kinds of internal-affairs information?",
          P + "withheld: internal affairs"),
        V("zh", "ha", "r.granted.commercial",
          "淮安2024年商业企业提的申请，最后全部公开、一点没保留的有几件？",
          P + "granted, commercial column"),
        V("en", "ha", "r.not_processed.petition.total",
          "In 2024 how many of the information requests sent to Huai'an were really complaints or petitions, and so weren't processed as disclosure requests?",
          P + "not processed: petitions"),
        V("zh", "ha", "c.normative_docs.in_force",
          "截至2024年年报，淮安市现行有效的行政规范性文件还有多少件？",
          P + "normative docs in force"),
        V("en", "ha", "c.coercion.decisions",
          "Huai'an 2024 — according to the proactive-disclosure table, how many administrative coercion decisions were there?",
          P + "coercion decisions"),
        V("zh", "ha", "r.received.natural_person",
          "淮安市政府2024年，老百姓个人新递交的公开申请有多少件？",
          P + "received, natural persons"),
        # 沭阳 2025
        V("zh", "sy", "c.punishment.decisions",
          "沭阳县2025年全年的行政处罚决定数是多少？",
          P + "penalty decisions"),
        V("en", "sy", "r.partially_granted.total",
          "Shuyang County 2025: how many applications got a partial release?",
          P + "partially granted"),
        V("zh", "sy", "r.other.overdue_fee.total",
          "沭阳25年有几件申请是因为申请人没按收费通知交钱，政府就不再处理了？",
          P + "other handling: fee not paid; two-digit year"),
        V("en", "sy", "r.other.other.total",
          "How many of Shuyang's 2025 requests ended up in the catch-all 'other' line under other handling?",
          P + "other handling: other"),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县政府2025年有几件申请是因为属于三类内部事务信息才没公开的？",
          P + "withheld: internal affairs"),
        V("en", "sy", "c.licensing.decisions",
          "What licensing decision count did Shuyang County publish for 2025?",
          P + "licensing decisions"),
        V("zh", "sy", "c.normative_docs.repealed",
          "2025年沭阳县废掉了几件行政规范性文件？",
          P + "normative docs repealed"),
        V("en", "sy", "a.review.pending",
          "Shuyang 2025: how many disclosure-related reconsideration cases were still open, not yet decided, by the end of the reporting period?",
          P + "review pending"),
        V("zh", "sy", "a.litigation_after_review.total",
          "沭阳县2025年，先复议、后来又去法院告的案子一共几件？",
          P + "litigation after review, total"),
        V("en", "sy", "r.received.legal_services",
          "In Shuyang's 2025 disclosure table, what number of new applications came from legal service institutions?",
          P + "received: legal services"),
        V("zh", "sy", "c.fees.amount",
          "沭阳2025年行政事业性收费金额，表里填的是多少万元？",
          P + "fees in 万元", unit=W),
        V("en", "sy", "r.withheld.security_stability.total",
          "How many applications did Shuyang turn down in 2025 on the ground that release would endanger the 'three securities and one stability'?",
          P + "withheld: security/stability"),
        V("zh", "sy", "r.unable.needs_creation.total",
          "2025年沭阳县有多少件申请，是因为手头没有现成信息、得重新加工制作才给不了的？",
          P + "unable: needs creation"),
        V("en", "sy", "r.withheld.third_party.total",
          "Shuyang 2025: how many requests were refused to protect the lawful rights of third parties?",
          P + "withheld: third party"),
        # 上海市府办 2019
        V("zh", "sh19", "c.procurement.projects",
          "上海市政府办公厅2019年政府集中采购项目有几个？",
          P + "procurement projects (2019 format)"),
        V("en", "sh19", "c.procurement.amount",
          "Shanghai General Office, 2019: what was the total centralised government procurement amount, expressed in units of 10,000 yuan?",
          P + "procurement amount; printed 251000元 = 25.1 万元", unit=W),
        V("zh", "sh19", "c.regulations.made",
          "2019年上海市府办新制作的规章有几件？",
          P + "regulations made (2019 format)"),
        V("en", "sh19", "r.received.commercial",
          "How many applications did the Shanghai municipal government's general office receive from companies in 2019?",
          P + "received: commercial"),
        V("zh", "sh19", "r.withheld.state_secret.natural_person",
          "上海市人民政府办公厅2019年，自然人申请里因为涉及国家秘密而不予公开的有多少件？",
          P + "withheld state secret, natural persons (row total printed blank)"),
        V("en", "sh19", "r.carried_forward.total",
          "In 2019, how many requests at the Shanghai General Office were left unfinished and rolled into the following year?",
          P + "carried forward; narrative states 72", alt=("另有72件", 72)),
        V("zh", "sh19", "r.unable.not_held.natural_person",
          "19年上海市府办，个人申请人的申请里有多少件是本机关不掌握相关信息的？",
          P + "not held, natural persons; two-digit year"),
        V("en", "sh19", "c.normative_docs.made",
          "How many normative documents did the Shanghai General Office newly draw up in 2019?",
          P + "normative docs made; narrative states 60", alt=("行政规范性文件60件", 60)),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "上海市政府办公厅2019年，自然人的申请中被归为信访举报投诉类、不予处理的有多少件？",
          P + "petitions, natural persons"),
        # 洪泽 2023
        V("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年行政许可处理决定一共多少个？",
          P + "licensing decisions"),
        V("en", "hz23", "c.punishment.decisions",
          "Hongze District 2023 — penalty decisions, how many?",
          P + "penalty decisions"),
        V("zh", "hz23", "c.fees.amount",
          "洪泽区政府2023年行政事业性收费收了多少万元？",
          P + "fees in 万元", unit=W),
        V("en", "hz23", "r.withheld.process_info.total",
          "How many of Hongze's 2023 applications were rejected because the material was process information?",
          P + "withheld: process info"),
        V("zh", "hz23", "r.unable.not_held.total",
          "2023年洪泽区的依申请公开里，本机关不掌握相关信息的有几件？",
          P + "unable: not held"),
        V("en", "hz23", "r.partially_granted.total",
          "For Hongze District in 2023, how many applications were only partly released?",
          P + "partially granted"),
        V("zh", "hz23", "c.coercion.decisions",
          "洪泽区23年的年报，行政强制决定数是多少？",
          P + "coercion decisions; two-digit year"),
        V("en", "hz23", "c.normative_docs.in_force",
          "How many normative documents were currently valid according to Hongze District's 2023 report?",
          P + "normative docs in force"),
        # 涧西 2020
        V("zh", "jx", "r.unable.not_held.total",
          "涧西区2020年有几件申请因为本机关不掌握相关信息而没法提供？",
          P + "unable: not held"),
        V("en", "jx", "r.granted.total",
          "Jianxi District office, 2020: how many requests were granted in full?",
          P + "granted"),
        V("zh", "jx", "c.normative_docs.made",
          "涧西区2020年规范性文件本年新制作了几件？",
          P + "normative docs made (2019 format)"),
        V("en", "jx", "r.received.total",
          "How many fresh information-disclosure applications reached the Jianxi District office during 2020?",
          P + "received; narrative states 17", alt=("全年共收到依申请公开17件", 17)),
        V("zh", "jx", "a.litigation_after_review.total",
          "2020年涧西区政府办复议之后又被起诉的行政诉讼有几件？",
          P + "litigation after review"),
        V("en", "jx", "c.procurement.projects",
          "How many centralised procurement projects did Jianxi list for 2020?",
          P + "procurement projects"),
        # 洪泽 2024 (printed rows, no gold)
        V("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年行政许可作出了多少处理决定？",
          P + "text cell: licensing"),
        V("en", "hz24", "c.fees.amount",
          "Hongze District's 2024 administrative fee income, in 10,000 yuan?",
          P + "text cell: fees", unit=W),
        V("zh", "hz24", "c.coercion.decisions",
          "2024年洪泽区行政强制的处理决定数有多少？",
          P + "text cell: coercion"),
        V("en", "hz24", "a.review.total",
          "How many administrative reconsideration cases over disclosure did Hongze face in 2024?",
          P + "text cell: review total"),
        V("zh", "hz24", "r.unable.not_held.total",
          "洪泽区2024年依申请里，有多少件是因为政府自己不掌握这些信息而没法提供的？",
          P + "text cell: not held"),
        V("en", "hz24", "a.litigation_direct.total",
          "Hongze 2024: number of lawsuits filed straight in court, without a reconsideration first?",
          P + "text cell: direct litigation"),
        V("zh", "hz24", "c.normative_docs.issued",
          "洪泽区2024年新发了几件行政规范性文件？",
          P + "text cell: normative issued"),
        # 上海市科委 2024 (printed rows, no gold)
        V("en", "kw", "c.licensing.decisions",
          "How many administrative licensing decisions did the Shanghai Science and Technology Commission make in 2024?",
          P + "text cell: licensing"),
        V("zh", "kw", "c.normative_docs.in_force",
          "上海市科委2024年现行有效的规范性文件有多少件？",
          P + "text cell: normative in force"),
        V("en", "kw", "r.received.natural_person",
          "STCSM 2024: how many new information requests came from individuals?",
          P + "text cell: received natural persons"),
        V("zh", "kw", "r.granted.total",
          "市科委2024年的依申请，全部予以公开的有几件？",
          P + "text cell: granted; narrative 同意公开答复 9", alt=("同意公开答复", 9)),
        V("en", "kw", "r.total_processed.total",
          "For the Shanghai science commission in 2024, what is the grand total of requests handled (the total row of the handling results)?",
          P + "text cell: total processed"),
        # 上海市府办 2025 (printed rows, no gold)
        V("zh", "sh25", "r.not_processed.duplicate.total",
          "上海市政府办公厅2025年，属于重复申请、不予处理的有几件？",
          P + "text cell: duplicate"),
        V("en", "sh25", "a.review.pending",
          "In 2025, how many reconsideration cases involving Shanghai's General Office were still awaiting a decision?",
          P + "text cell: review pending"),
        V("zh", "sh25", "r.carried_over.legal_services",
          "2025年上海市府办从上一年转过来的申请里，法律服务机构提的有几件？",
          P + "text cell: carried over, legal services"),
        V("en", "sh25", "r.received.commercial",
          "How many 2025 applications to the Shanghai General Office came from commercial enterprises?",
          P + "text cell: received commercial"),
        V("zh", "sh25", "r.carried_forward.total",
          "上海市府办2025年没办完、要转到下一年接着办的有多少件？",
          P + "text cell: carried forward"),
        V("en", "sh25", "r.granted.total",
          "Shanghai General Office 2025: how many requests were granted in full?",
          P + "text cell: granted"),
        V("zh", "sh25", "a.litigation_after_review.total",
          "上海市政府办公厅2025年复议后起诉的行政诉讼共几件？",
          P + "text cell: litigation after review"),
        V("en", "sh25", "r.carried_over.natural_person",
          "Of the applications the Shanghai General Office brought over into its 2025 workload, how many had been filed by private individuals?",
          P + "text cell: carried over, natural persons"),
    ]


# ----------------------------------------------------------------------------- [combine]
def combine():
    P = "[combine] "
    wh = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    np5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
    org = ["r.received.%s" % c for c in L.ORG_COLS]
    apl = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
    dec = ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"]
    return [
        S("zh", "ha", apl,
          "淮安2024年政府信息公开方面的行政复议和行政诉讼加起来一共多少件？",
          P + "sum of 3 appeals totals"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "Add up Huai'an's 2024 full and partial disclosures — what's the combined figure?",
          P + "granted + partially granted"),
        S("zh", "sy", np5,
          "沭阳县2025年“不予处理”底下五种情形逐项加起来是多少？",
          P + "sum of the 5 not-processed sub-items"),
        S("en", "sy", org,
          "Shuyang 2025 — how many new requests came from organisations rather than individuals, all five organisation types combined?",
          P + "5 organisation columns of received; narrative 法人或其他组织申请 8 件",
          alt=("法人或其他组织申请 8", 8)),
        S("zh", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "上海市府办2019年行政复议和未经复议直接起诉的诉讼，合起来多少件？",
          P + "review + direct litigation"),
        S("en", "jx", apl,
          "For Jianxi in 2020, what do the three appeal totals (reconsideration, direct suits, suits after reconsideration) come to together?",
          P + "sum of 3 appeals totals"),
        S("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2023年行政处罚和行政强制的决定数合计多少？",
          P + "penalty + coercion"),
        S("en", "ha", ["r.withheld.process_info.total", "r.withheld.internal_affairs.total"],
          "In Huai'an's 2024 table, how many applications were withheld as process information or as internal-affairs information, both reasons together?",
          P + "two withheld sub-items"),
        S("zh", "sy", dec,
          "沭阳县2025年行政许可、行政处罚、行政强制三类处理决定一共有多少？",
          P + "3 decision counts"),
        S("en", "hz24", dec,
          "Hongze 2024: licensing plus penalty plus coercion decisions, all lumped together?",
          P + "3 decision counts, text cells"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市府办2025年信访举报投诉类和重复申请这两种不予处理的，加在一起是多少？",
          P + "petition + duplicate, text cells"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new applications plus those still pending from 2023 — how many did it have on its desk in all?",
          P + "received + carried over, text cells"),
        S("zh", "ha", wh,
          "淮安2024年不予公开的八种理由，一项一项加起来总数是多少？",
          P + "sum of the 8 withheld sub-items"),
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区的行政许可处理决定数，2024年比2023年多出来多少？",
          P + "2024 minus 2023"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "By how much did Hongze's administrative penalty decisions change between 2023 and 2024?",
          P + "2024 minus 2023 (negative)"),
        D("zh", "hz23", "hz24", "c.fees.amount",
          "洪泽区行政事业性收费金额，2024年跟2023年相比差了多少万元？",
          P + "2024 minus 2023, 万元", unit=W),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze District: how much did the count of 'information not held' answers grow from 2023 to 2024?",
          P + "2024 minus 2023"),
        D("zh", "sh19", "sh25", "r.received.total",
          "上海市府办新收的公开申请，2025年比2019年多了多少件？",
          P + "2025 minus 2019; 2025 narrative states 1295", alt=("共受理政府信息公开申请 1295", 1295)),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: how many more applications were carried forward at the end of 2025 than at the end of 2019?",
          P + "2025 minus 2019"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市政府办公厅涉及信息公开的行政复议，2019年到2025年增加了多少件？",
          P + "2025 minus 2019"),
        D("en", "sh19", "sh25", "r.received.natural_person",
          "Comparing 2019 with 2025, by how much did new requests from natural persons to the Shanghai General Office rise?",
          P + "2025 minus 2019"),
    ]


# ----------------------------------------------------------------------------- [rank]
def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
          "淮安市2024年、沭阳县2025年、洪泽区2023年这三家，谁的行政处罚决定数最多？",
          P + "desc"),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.received.total", "asc",
          "Among Jianxi 2020, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, which took in the fewest new applications?",
          P + "asc, 4 bodies"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
          "按上年结转过来的申请数比，淮安2024、沭阳2025、上海市府办2019哪个最多？",
          P + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
          "Rank Huai'an (2024), Shuyang (2025) and Hongze (2023) by normative documents currently in force — which sits at the bottom?",
          P + "asc"),
        R("zh", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "desc",
          "淮安2024、沭阳2025、涧西2020、上海市府办2019这四个里面，谁结转到下年度的申请最多？",
          P + "desc, 4 bodies"),
        R("en", ["ha", "sy", "hz23"], "a.review.upheld", "desc",
          "Which had the most reconsideration decisions upheld: Huai'an 2024, Shuyang 2025 or Hongze 2023?",
          P + "desc"),
        R("zh", ["sy", "hz23", "ha"], "c.fees.amount", "asc",
          "沭阳县2025、洪泽区2023、淮安市2024，行政事业性收费金额最少的是哪个？",
          P + "asc, money"),
        R("en", ["sh19", "ha", "sy", "hz23"], "r.partially_granted.natural_person", "asc",
          "Of the Shanghai General Office 2019, Huai'an 2024, Shuyang 2025 and Hongze 2023, which partially disclosed the fewest applications from private individuals?",
          P + "asc, natural-person column (sh19 row total printed blank)"),
        R("zh", ["jx", "hz23", "sh19"], "a.review.upheld", "asc",
          "涧西2020、洪泽2023、上海市府办2019三家的行政复议结果维持数，哪家最少？",
          P + "asc"),
        R("en", ["sy", "hz23", "sh19"], "r.received.natural_person", "asc",
          "Which received the fewest requests from private individuals: Shuyang in 2025, Hongze in 2023, or the Shanghai General Office in 2019?",
          P + "asc"),
    ]


# ----------------------------------------------------------------------------- [followup]
def followup():
    P = "[followup] "
    return [
        F("zh", [("洪泽区2023年行政规范性文件废止了几件？", E("hz23", "c.normative_docs.repealed")),
                 ("到了2024年，现行有效的还剩几件？", E("hz24", "c.normative_docs.in_force"))],
          P + "year and column switch (2024 text cell)"),
        F("en", [("Shanghai General Office 2019 — how many new applications arrived in total?",
                  E("sh19", "r.received.total", alt=("共受理政府信息公开申请859件", 859))),
                 ("And for 2025?", E("sh25", "r.received.total", alt=("共受理政府信息公开申请 1295", 1295)))],
          P + "year switch; both narratives agree"),
        F("zh", [("淮安市2024年政府信息公开行政复议有多少件？",
                  E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
                 ("其中还没审结的呢？", E("ha", "a.review.pending")),
                 ("那复议后起诉的诉讼里，尚未审结的有几件？", E("ha", "a.litigation_after_review.pending"))],
          P + "column then appeals group"),
        F("en", [("Shuyang 2025: in how many reconsideration cases was the original decision upheld?",
                  E("sy", "a.review.upheld")),
                 ("And how many were corrected?", E("sy", "a.review.corrected"))],
          P + "appeals column switch"),
        F("zh", [("沭阳县2025年予以公开的申请有多少件？", E("sy", "r.granted.total")),
                 ("这里面法律服务机构申请的占几件？", E("sy", "r.granted.legal_services"))],
          P + "column switch"),
        F("en", [("How many administrative licensing decisions did Hongze District make in 2023?",
                  E("hz23", "c.licensing.decisions")),
                 ("What does its 2024 report show for the same thing?", E("hz24", "c.licensing.decisions"))],
          P + "year switch (2024 text cell)"),
        F("zh", [("上海市科委2024年新收了多少件公开申请？",
                  E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
                 ("其中企业提的有几件？", E("kw", "r.received.commercial"))],
          P + "column switch (text cells)"),
        F("en", [("Jianxi District 2020: how many requests were still in progress and moved on to the next year?",
                  E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
                 ("And how many did it finish handling in 2020?",
                  E("jx", "r.total_processed.total", alt=("办结15件", 15)))],
          P + "row switch"),
        F("zh", [("上海市府办2025年本机关不掌握相关政府信息的有多少件？", E("sh25", "r.unable.not_held.total")),
                 ("那要另行制作才能提供的呢？", E("sh25", "r.unable.needs_creation.total"))],
          P + "row switch (text cells)"),
        F("en", [("In Huai'an's 2024 report, how many requests were set aside as duplicate applications?",
                  E("ha", "r.not_processed.duplicate.total")),
                 ("And the ones where the applicant wanted the authority to confirm or re-issue information they already had?",
                  E("ha", "r.not_processed.reconfirm.total"))],
          P + "row switch"),
        F("zh", [("沭阳2025年行政强制决定有多少个？", E("sy", "c.coercion.decisions")),
                 ("换个地方，淮安市政府2024年年报里这个数字是多少？", E("ha", "c.coercion.decisions"))],
          P + "body switch"),
        F("en", [("Hongze District 2024: how many requests were granted in full?", E("hz24", "r.granted.total")),
                 ("And back in 2023?", E("hz23", "r.granted.total"))],
          P + "year switch; 2023 value is 0"),
        F("zh", [("涧西区政府办2020年行政复议结果维持的有几件？", E("jx", "a.review.upheld")),
                 ("没经过复议直接起诉、结果维持的呢？", E("jx", "a.litigation_direct.upheld"))],
          P + "appeals group switch"),
        F("en", [("Shanghai General Office 2025: how many lawsuits were brought directly, without reconsideration?",
                  E("sh25", "a.litigation_direct.total")),
                 ("How many of them were still undecided?", E("sh25", "a.litigation_direct.pending"))],
          P + "column switch (text cells)"),
        F("zh", [("淮安2024年新收申请里，商业企业提的有多少？", E("ha", "r.received.commercial")),
                 ("“其他”那一列的法人或组织呢？", E("ha", "r.received.other_org"))],
          P + "column switch"),
        F("en", [("For Shuyang in 2025, how many new applications came in from natural persons — fresh ones only?",
                  E("sy", "r.received.natural_person")),
                 ("And how many natural-person applications had been carried over from 2024?",
                  E("sy", "r.carried_over.natural_person"))],
          P + "row switch; narrative 741 = 705 + 36 is not asked"),
        F("zh", [("上海市府办2019年收到的个人申请有多少？", E("sh19", "r.received.natural_person")),
                 ("到2025年，个人申请涨到多少了？", E("sh25", "r.received.natural_person"))],
          P + "year switch"),
        F("en", [("Huai'an 2024: how many normative documents were issued?", E("ha", "c.normative_docs.issued")),
                 ("And how many were repealed?", E("ha", "c.normative_docs.repealed")),
                 ("What about regulations still in force?", E("ha", "c.regulations.in_force"))],
          P + "column then row switch"),
        F("zh", [("洪泽区2023年因为属于信访举报投诉类而不予处理的申请有几件？",
                  E("hz23", "r.not_processed.petition.total")),
                 ("沭阳县2025年这一类有多少？", E("sy", "r.not_processed.petition.total"))],
          P + "body switch"),
        F("en", [("How many applications did Shanghai's science commission carry over from 2023 into its 2024 workload?",
                  E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
                 ("And how many did the Shanghai General Office carry over into 2025?",
                  E("sh25", "r.carried_over.total", alt=("含上年结转 189", 189)))],
          P + "body switch (text cells)"),
        F("zh", [("淮安市2024年行政诉讼里，没经过复议直接起诉的有多少件？", E("ha", "a.litigation_direct.total")),
                 ("其中结果被纠正的有几件？", E("ha", "a.litigation_direct.corrected"))],
          P + "column switch"),
        F("en", [("Shanghai General Office 2019: how many regulations did it newly publish?",
                  E("sh19", "c.regulations.published")),
                 ("And how many normative documents were newly published?",
                  E("sh19", "c.normative_docs.published", alt=("行政规范性文件60件", 60)))],
          P + "row switch (2019 format)"),
        F("zh", [("沭阳县2025年结转到下一年度继续办理的有多少件？",
                  E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
                 ("淮安市2024年要转到下一年度的又是多少？",
                  E("ha", "r.carried_forward.total", alt=("另有 103 件顺延", 103)))],
          P + "body switch"),
        F("en", [("Hongze 2024: going by the table's total row, how many applications were handled altogether?",
                  E("hz24", "r.total_processed.total")),
                 ("And how many of them were carried forward into 2025?", E("hz24", "r.carried_forward.total"))],
          P + "row switch; asks the table row explicitly (text says 17 received by the office)"),
        F("zh", [("上海市府办2025年行政复议总共多少件？", E("sh25", "a.review.total")),
                 ("尚未审结的是几件？", E("sh25", "a.review.pending")),
                 ("2019年它的行政复议总数是多少？",
                  E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7)))],
          P + "column then year switch"),
        F("en", [("Jianxi 2020: how many normative documents are in the running total of published ones?",
                  E("jx", "c.normative_docs.total_published")),
                 ("How about the Shanghai General Office in 2019?", E("sh19", "c.normative_docs.total_published"))],
          P + "body switch (2019 format)"),
        F("zh", [("沭阳县2025年新收的申请里，法律服务机构提的有几件？", E("sy", "r.received.legal_services")),
                 ("这几件分别是哪几家律所提的？",
                  EU("the report prints only the count per applicant type, never who the applicants are"))],
          P + "value then a turn that must get no number (names of applicants)"),
        F("en", [("How many penalty decisions did Hongze District make in 2024?", E("hz24", "c.punishment.decisions")),
                 ("How many of those were against restaurants?",
                  EU("penalty decisions are printed as one count; no industry breakdown"))],
          P + "value then a turn that must get no number (industry)"),
        F("zh", [("淮安市2024年因为没按收费通知缴费而不再处理的申请有几件？", E("ha", "r.other.overdue_fee.total")),
                 ("这几个申请人每人被通知要交多少钱？",
                  EU("the fee amount per applicant is not printed; only the total processing fee collected"))],
          P + "value then a turn that must get no number (personal amounts)"),
        F("en", [("Shanghai General Office 2025: how many requests were turned down as petitions, reports or complaints?",
                  E("sh25", "r.not_processed.petition.total")),
                 ("Which districts of Shanghai did those come from?",
                  EU("no district breakdown of applicants is printed"))],
          P + "value then a turn that must get no number (district)"),
    ]


# ----------------------------------------------------------------------------- [textonly]
def textonly():
    P = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12 场", 12, "场",
          "淮安市2024年全年开了几场新闻发布会？", P + "press conferences"),
        N("en", "ha", "人民政府公报》6 期", 6, "期",
          "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", P + "gazette issues"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个",
          "淮安2024年全市还在运维的政务新媒体账号有多少个？", P + "new-media accounts"),
        N("en", "ha", "全年组织 4 次", 4, "次",
          "How many full-coverage checks of the disclosure columns did Huai'an organise during 2024?", P + "checks"),
        N("zh", "ha", "信息处理费 3940", 3940, "元",
          "淮安市政府2024年一共收了多少政府信息公开信息处理费？", P + "processing fee in 元",
          frm="2024 年，市政府严格"),
        N("en", "hz23", "主动公开政府信息 1136", 1136, "条",
          "How many items of government information did Hongze District proactively put out on its website platform in 2023?",
          P + "items published"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条",
          "洪泽区2024年在政府网站平台上主动发布了多少条各类政府信息？", P + "items published"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期",
          "How many sessions of the Hongze government's executive meeting were made public in 2024?", P + "executive meetings"),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条",
          "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", P + "items published"),
        N("en", "sy", "原创短视频1113", 1113, "个",
          "How many original short videos did Shuyang's government new-media accounts push out in 2025?", P + "short videos"),
        N("zh", "sy", "催办提示 84", 84, "次",
          "沭阳2025年那个倒计时报警器一共发出了多少次催办提示？", P + "reminders"),
        N("en", "sy", "办前主动沟通 49", 49, "次",
          "In 2025, how many times did Shuyang reach out to applicants before handling their requests?", P + "pre-handling contacts"),
        N("zh", "sy", "累计清理过期信息697", 697, "条",
          "沭阳县2025年清理掉的过期信息有多少条？", P + "outdated items removed"),
        N("en", "sy", "失效链接43处", 43, "处",
          "How many dead links on its sites did Shuyang get fixed in 2025?", P + "dead links"),
        N("zh", "sy", "完成全县64家单位", 64, "家",
          "沭阳县2025年集中公开年报，一共涉及多少家单位？", P + "units whose annual reports were published"),
        N("en", "sy", "等专栏33个", 33, "个",
          "How many themed columns did Shuyang's new-media matrix open in 2025?", P + "columns"),
        N("zh", "kw", "其中原创文章 294", 294, "篇",
          "上海市科委“上海科技”微信公众号2024年发了多少篇原创文章？", P + "original articles"),
        N("en", "kw", "直播 118", 118, "场",
          "How many live streams did the Shanghai science commission's video channel run in 2024?", P + "live streams"),
        N("zh", "kw", "主合办政协提案 85", 85, "件",
          "市科委2024年主办、合办的政协提案有多少件？", P + "CPPCC proposals handled"),
        N("en", "kw", "批量推送集成式发布政策 121", 121, "条",
          "How many policies did STCSM push through the integrated policy release channel in 2024?", P + "policies pushed"),
        N("zh", "sh25", "市政府新闻发布会 42", 42, "场",
          "上海市府办2025年的年报里，市政府新闻发布会一共开了多少场？", P + "press conferences"),
        N("en", "sh25", "已覆盖 10 个语种", 10, "个",
          "According to the Shanghai General Office's 2025 report, how many languages does the Shanghai International Services Portal now cover?",
          P + "languages"),
        N("zh", "sh25", "主动撤回 157", 157, "件",
          "上海市府办2025年的公开申请里，申请人自己主动撤回的有多少件？", P + "withdrawn requests"),
        N("en", "sh25", "人民政府公报》24 期", 24, "期",
          "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?", P + "gazette issues"),
        N("zh", "sh19", "政策解读共132件", 132, "件",
          "上海市府办2019年通过“中国上海”门户网站发布的政策解读有多少件？", P + "policy interpretations"),
        N("en", "sh19", "70家政府网站", 70, "家",
          "Per the General Office's 2019 report, how many government websites in Shanghai were checked every quarter?",
          P + "websites inspected"),
        N("zh", "sh19", "权威发布共计38次", 38, "次",
          "2019年上海市府办对市政府常务会议的重要议题做了多少次权威发布？", P + "releases on executive meetings"),
        N("en", "jx", "601项事项", 601, "项",
          "How many disclosure items did the Jianxi District office sort out in 2020 across its fields?", P + "items listed",
          frm="结合权责清单"),
        N("zh", "jx", "共21个领域", 21, "个",
          "涧西区政府办2020年梳理出来的政务公开事项，覆盖了多少个领域？", P + "fields",
          frm="结合权责清单"),
        N("en", "sh19", "41条短视频", 41, "条",
          "During the second CIIE, how many short videos did Shanghai Fabu post on Douyin, per the General Office's 2019 report?",
          P + "short videos"),
    ]


# ----------------------------------------------------------------------------- [neighbour]
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total",
          "淮安2024年结转到2025年继续办理的申请有几件？",
          P + "carried forward 103, not carried over 34", alt=("另有 103 件顺延", 103)),
        T("en", "sy", "a.litigation_after_review.total",
          "Shuyang 2025: lawsuits filed after a reconsideration had already been decided — how many?",
          P + "after review 10, not direct 3"),
        T("zh", "ha", "c.normative_docs.repealed",
          "淮安市2024年废止了多少件行政规范性文件？",
          P + "repealed 26, not issued 8 / in force 66"),
        T("en", "sh19", "c.regulations.total_published",
          "In its 2019 report, how many regulations had the Shanghai General Office published in total to date — not just the new ones?",
          P + "total published 524, not made/published 13"),
        T("zh", "sy", "a.review.other",
          "沭阳县2025年行政复议里“其他结果”的有几件？",
          P + "other outcome 9, not corrected 10"),
        T("en", "ha", "r.unable.needs_creation.total",
          "Huai'an 2024: applications that couldn't be met because the information would have had to be compiled from scratch?",
          P + "needs creation 11, not 'not held' 769"),
        T("zh", "sh25", "r.carried_over.total",
          "2025年上海市府办，从上一年度结转过来的申请有多少件？",
          P + "carried over 189, not carried forward 293", alt=("含上年结转 189", 189)),
        T("en", "ha", "r.withheld.process_info.total",
          "Huai'an 2024: how many requests were withheld as process information (the four kinds)?",
          P + "process info 12, not internal affairs 8"),
        T("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年政府集中采购花了多少钱？",
          P + "amount 28.6232 万元, not 8 projects", unit=W),
        T("en", "kw", "c.normative_docs.issued",
          "How many normative documents did the Shanghai science commission issue in 2024 — newly issued ones, not those still valid?",
          P + "issued 13, not in force 55"),
    ]


# ----------------------------------------------------------------------------- [cannot]
def cannot():
    P = "[cannot] "
    c = []

    def u(lang, q, why, what):
        c.append(U(lang, q, why, P + what))

    # one person's own request, told as a story
    u("zh", "我2024年3月给淮安市政府申请公开我家拆迁补偿的文件，到现在都没回音，我这件算在那3119件里面吗？现在办到哪一步了？",
      "the report gives totals only; the status of one person's request is not in it", "personal story, quotes 3119")
    u("en", "I asked the Shuyang county government in May 2025 for my late father's pension file and got a letter saying they don't hold it. Was mine one of the 111 'not held' cases, and who signed that letter?",
      "individual cases and signatories are not in the report", "personal story, quotes 111")
    u("zh", "我是洪泽的，2024年申请了一份征地批复，政府回复说要另行制作，那我这份到底哪天能拿到？",
      "the report does not follow individual requests or give dates for them", "personal story")
    u("en", "My company asked the Shanghai science commission for a project evaluation report in 2024 and was refused. Which of the 2 refusals was ours, and what exact reason did they put in our letter?",
      "the report counts refusals; it does not identify applicants or quote their letters", "personal story, quotes 2")
    u("zh", "2019年我在上海市政府网站上提过一次公开申请，后来自己撤回了，年报里能查到我那份申请的编号吗？",
      "no application numbers or individual records in the report", "personal story")
    u("en", "My neighbour and I both applied to the Jianxi District office in 2020 — one of us got the documents and one didn't. Which of us was among the 2 it said it didn't hold?",
      "individual applicants are not identified", "personal story, quotes 2")
    u("zh", "我2025年4月向上海市府办申请公开小区规划，被告知属于信访类不予处理，我想知道同样情况的那62件里有没有我邻居的？",
      "individual applicants are not identified", "personal story, quotes 62")
    # named people
    u("zh", "淮安市政府办公室2024年负责信息公开的那位科长叫什么名字？",
      "the report gives the office's address, phone and e-mail, no staff names", "named person")
    u("en", "Who at the Hongze District government signed off on the 2023 annual report — what's the official's name?",
      "no signatory is named in the report", "named person")
    u("zh", "沭阳县2025年成功化解的那33件争议纠纷，当事人都是谁？",
      "the parties of the disputes are not named", "named people, quotes 33")
    u("en", "Which Shanghai officials spoke at the 42 press conferences the city held in 2025? I need their names.",
      "speakers are not named in the report", "named people, quotes 42")
    u("zh", "上海市科委2024年那1件行政复议，提出复议的人叫什么？",
      "the applicant for reconsideration is not named", "named person, quotes 1")
    u("en", "Was the journalist Wang Lei one of the people who asked Huai'an for information in 2024?",
      "applicants are not named in the report", "named person")
    # personal data
    u("en", "Can you give me the phone numbers of the 32 individuals who applied to STCSM in 2024?",
      "personal data of applicants is not in the report (and would not be given)", "personal data, quotes 32")
    u("zh", "把淮安市2024年申请行政复议的那351个人的名单发我一份。",
      "no personal data of applicants in the report", "personal data, quotes 351")
    u("en", "What are the home addresses of the people who sued the Huai'an government over disclosure in 2024?",
      "no personal data in the report", "personal data")
    u("zh", "沭阳县2025年交了380元信息处理费的那位申请人是谁？电话多少？",
      "the report names the 民政局 and the amount, not the applicant", "personal data, quotes 380")
    # breakdowns not printed: month / quarter
    u("zh", "淮安市2024年那3119件申请，每个月分别收了多少件？",
      "no monthly breakdown is printed", "month breakdown, quotes 3119")
    u("en", "How many of the Shanghai General Office's 1295 new applications in 2025 arrived in the fourth quarter?",
      "no quarterly breakdown is printed", "quarter breakdown, quotes 1295")
    u("zh", "洪泽区2023年的21件申请，上半年和下半年各是多少？",
      "no half-year breakdown is printed", "half-year breakdown, quotes 21")
    u("en", "In which month of 2025 did the Shuyang county government receive the most disclosure requests?",
      "no monthly figures are printed", "month")
    # sex / age
    u("zh", "沭阳2025年自然人新申请705件，男的女的各占多少？",
      "applicants are not broken down by sex", "sex breakdown, quotes 705")
    u("en", "Of the 3001 applications from individuals that Huai'an received in 2024, how many came from people over 60?",
      "no age breakdown is printed", "age breakdown, quotes 3001")
    u("zh", "上海市府办2019年那821件个人申请里，女性申请人有多少？",
      "no breakdown by sex is printed", "sex breakdown, quotes 821")
    # channel
    u("en", "How many of Hongze District's 95 requests in 2024 were submitted online, and how many by post?",
      "no breakdown by submission channel is printed", "channel, quotes 95")
    u("zh", "涧西区2020年那17件申请，有几件是本人当面到窗口交的？",
      "no breakdown by channel is printed", "channel, quotes 17")
    u("en", "Shanghai General Office 2019: how many of the 859 applications came through the online portal rather than by letter?",
      "the report mentions a unified online entry but gives no counts by channel", "channel, quotes 859")
    # topic
    u("zh", "淮安2024年的申请里，跟房屋征收拆迁有关的有多少件？",
      "requests are not broken down by topic", "topic")
    u("en", "How many of Shuyang's 713 new requests in 2025 were about land acquisition?",
      "no topic breakdown is printed", "topic, quotes 713")
    u("zh", "上海市科委2024年收到的34件申请，分别问的是哪些科研项目？各有几件？",
      "no topic breakdown is printed", "topic, quotes 34")
    # township / district
    u("en", "Break down Huai'an's 447228 licensing decisions in 2024 by county and district, please.",
      "only the city-wide count is printed", "district breakdown, quotes 447228")
    u("zh", "沭阳县2025年那693957个行政处罚决定，各个乡镇分别是多少？",
      "no township breakdown is printed", "township breakdown, quotes 693957")
    # residence
    u("en", "How many of the 1259 individual applications to the Shanghai General Office in 2025 came from Pudong residents?",
      "applicants' residence is not printed", "residence, quotes 1259")
    # department
    u("zh", "洪泽区2023年那4119件行政处罚，分别是哪些部门作出的？",
      "no department breakdown is printed", "department breakdown, quotes 4119")
    u("en", "Of Shuyang's 111 'information not held' replies in 2025, how many concerned the county natural resources bureau?",
      "no department breakdown is printed", "department, quotes 111")
    # industry / sector of the companies, nationality
    u("zh", "淮安2024年商业企业提的53件申请里，有几家是制造业企业？",
      "the kind of company is not printed", "industry of companies, quotes 53")
    u("en", "The Shanghai General Office got 36 new applications from businesses in 2025 — how many of those firms were foreign-invested?",
      "no breakdown of companies by ownership is printed", "companies' ownership, quotes 36")
    u("zh", "上海市府办2019年企业提的35件申请，房地产公司占了几件？",
      "the sector of the companies is not printed", "industry of companies, quotes 35")
    u("en", "How many foreign nationals filed information requests with the Shanghai General Office in 2025?",
      "applicants' nationality is not printed", "nationality")
    u("zh", "2025年上海国际服务门户的浏览量里，来自美国的有多少？",
      "the report says 47% came from overseas, with no breakdown by country", "nationality/country of visitors")
    # which kind of followers / users / readers
    u("en", "Of the 1016823 people following STCSM's WeChat account in 2024, how many are based in Shanghai?",
      "followers are not broken down by location", "followers' location, quotes 1016823")
    u("zh", "上海市科委视频号2024年那54373个粉丝里，搞科研的有多少人？",
      "followers are not broken down by occupation", "followers' kind, quotes 54373")
    u("en", "Of the 303855 views of STCSM's live streams in 2024, how many were by university students?",
      "viewers are not broken down", "viewers' kind, quotes 303855")
    u("zh", "沭阳县2025年推送的1775条图文里，阅读量最高的是哪一条，有多少人看过？",
      "readership of single posts is not printed", "readers, quotes 1775")
    # quantities not stated: response days, staff, cost, budget, satisfaction, phone calls
    u("en", "On average, how many working days did Huai'an take to answer a disclosure request in 2024?",
      "response times are not printed (only 'within the legal time limit')", "response days")
    u("zh", "上海市府办2025年答复一件公开申请平均要几天？",
      "response times are not printed", "response days")
    u("en", "How many staff work on information disclosure at the Hongze District government in 2024?",
      "no staff number is given", "staff")
    u("zh", "沭阳县2025年全县有多少名专职的政务公开工作人员？",
      "no staff number is given", "staff")
    u("en", "What did the Shanghai General Office spend on running the government portal in 2025?",
      "no costs are printed", "cost")
    u("en", "What was the public satisfaction rate with Shuyang's disclosure work in 2025?",
      "satisfaction is mentioned as an aim, no rate is printed", "satisfaction")
    u("zh", "涧西区2020年群众对政府信息公开的满意度是百分之多少？",
      "no satisfaction rate is printed", "satisfaction")
    u("en", "How many phone enquiries about disclosure did the Huai'an municipal office answer in 2024?",
      "the report gives a contact number but no call count", "phone calls")
    u("zh", "沭阳县2025年12345热线接到了多少个跟信息公开有关的电话？",
      "the hotline is named as a channel, no call count is printed", "phone calls")
    # reasons behind a count
    u("en", "Why did Hongze's new applications jump from 21 in 2023 to 95 in 2024?",
      "the 2024 report gives no cause for its request numbers", "reason, quotes 21 and 95")
    u("zh", "上海市府办2025年为什么有293件要结转到下一年？是因为人手不够吗？",
      "the report gives no reason for the carry-over count", "reason, quotes 293")
    u("en", "What went wrong in the 64 reconsideration cases where Huai'an's decision was corrected in 2024?",
      "the report does not explain the corrected cases", "reason, quotes 64")
    u("zh", "淮安市2024年为什么一下子废止了26件行政规范性文件？",
      "no reason for the repeals is given", "reason, quotes 26")
    # forecasts
    u("en", "How many applications will the Shanghai General Office receive in 2026?",
      "forecasts are not in the reports", "forecast")
    u("zh", "照这个趋势，沭阳县2026年的行政复议会有多少件？",
      "forecasts are not in the reports", "forecast")
    u("en", "Give me your estimate of Huai'an's administrative fee income for 2025.",
      "no 2025 Huai'an figures; estimates are not in the reports", "forecast")
    # opinions
    u("zh", "你觉得淮安2024年的政府信息公开做得好不好？比沭阳2025年强吗？",
      "an opinion, not a figure from the reports", "opinion")
    u("en", "Is a 17.46% disclosure rate for the Shanghai General Office in 2025 too low, in your view?",
      "an opinion, not a figure from the reports", "opinion, quotes 17.46%")
    u("zh", "上海市科委2024年一年才全部公开了9件，这算不算不作为？",
      "an opinion, not a figure from the reports", "opinion, quotes 9")
    # sub-groups of a printed count
    u("en", "Of the 49 Shuyang posts that passed a million views in 2025, how many were about local food?",
      "the posts are not broken down by subject", "sub-group, quotes 49")
    u("zh", "淮安2024年全市那95个政务新媒体里，抖音号有几个？",
      "the accounts are not broken down by platform", "sub-group, quotes 95")
    u("en", "Shanghai General Office 2025: of the 157 withdrawn applications, how many were withdrawn after staff phoned the applicant?",
      "the reason or manner of withdrawal is not printed", "sub-group, quotes 157")
    u("zh", "上海市府办2025年公报刊登的243件文件里，市政府部门的行政规范性文件有几件？",
      "the 243 are not broken down by kind", "sub-group, quotes 243")
    u("en", "Of Hongze's 2776 penalty decisions in 2024, how many involved fines above 10,000 yuan?",
      "no breakdown by fine size is printed", "sub-group, quotes 2776")
    u("zh", "涧西区2020年那8个政府集中采购项目里，最贵的是哪一个，花了多少？",
      "only the project count and the total amount are printed", "sub-group, quotes 8")
    u("en", "Shuyang collected 380 yuan in processing fees in 2025 — how much of that was for photocopying?",
      "the fee is not broken down by item", "sub-group, quotes 380")
    u("zh", "淮安2024年部分公开的454件里，有多少件是因为涉及个人隐私才删减的？",
      "partial releases are not broken down by reason", "sub-group, quotes 454")
    # one body's figure attributed to another body
    u("zh", "淮安市2024年那3119件申请里，洪泽区政府占了多少件？",
      "the Huai'an report does not attribute its count to districts", "attribution to another body, quotes 3119")
    u("en", "How many of the Shanghai General Office's 55 reconsideration cases in 2025 concerned the science commission?",
      "the cases are not attributed to other bodies", "attribution, quotes 55")
    u("zh", "上海市府办2025年的1295件申请里，有多少件是转给市科委去办的？",
      "transfers to other bodies are not counted", "attribution, quotes 1295")
    u("en", "What share of Huai'an's 2024 administrative penalty decisions was made by Hongze District?",
      "neither report attributes the city figure to a district", "share attributed to another body")
    # bodies / years not in the corpus
    u("zh", "淮安市政府2023年一共收到了多少件信息公开申请？",
      "淮安市 2023 report is not in the corpus", "year not held")
    u("en", "How many applications did Hongze District receive in 2022?",
      "洪泽区 2022 report is not in the corpus", "year not held")
    u("zh", "沭阳县2024年的行政复议有多少件？",
      "沭阳县 2024 report is not in the corpus", "year not held")
    u("en", "Shanghai science commission, 2023: how many administrative licensing decisions?",
      "上海市科委 2023 report is not in the corpus", "year not held")
    u("zh", "涧西区2021年政府集中采购金额是多少？",
      "涧西区 2021 report is not in the corpus", "year not held")
    u("en", "What did the Shanghai General Office report for new applications in 2022?",
      "上海市府办 2022 report is not in the corpus", "year not held")
    u("zh", "宿迁市政府2025年新收了多少件公开申请？",
      "宿迁市 is not in the corpus", "body not held")
    u("en", "How many disclosure requests did Nanjing's municipal government get in 2024?",
      "南京市 is not in the corpus", "body not held")
    u("zh", "淮阴区2024年的行政处罚决定有多少？",
      "淮阴区 is not in the corpus", "body not held")
    u("en", "Luoyang city, 2020: how many disclosure requests were granted?",
      "洛阳市 is not in the corpus (only 涧西区人民政府办公室)", "body not held")
    u("zh", "上海市浦东新区2025年依申请公开收了多少件？",
      "浦东新区 is not in the corpus", "body not held")
    u("en", "Jiangsu province as a whole in 2024 — how many information requests were filed across the province?",
      "江苏省 is not in the corpus", "body not held")
    return c


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
