"""Question bank of blind evaluation set 176 (evals/blind176): a third of it must get no number.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every expected number is computed
by helpers176 (gold/*.json, or the printed rows of the three reports without gold, or a
sentence cut from the report text). Wordings were written new for this set.

Body ids (blindlib176.BODIES): jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023,
hz24 洪泽区 2024 (no gold), sy 沭阳县 2025, kw 上海市科委 2024 (no gold),
sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib176 as L  # noqa: E402
from helpers176 import C, D, E, ED, EN, ER, EU, F, N, S, T, U, V, cols  # noqa: E402

# Printed cells of the three reports without gold: exactly the specs blind6's text_cells.json
# verified (row label or anchor line, index of the number on that printed line).
ANCHOR_HZ24 = "四、政府信息公开行政复议、行政诉讼情况"
ANCHOR_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", ANCHOR_HZ24, 14),
        "appeals.litigation_direct.total": ("after", ANCHOR_HZ24, 9),
        "appeals.review.total": ("after", ANCHOR_HZ24, 4),
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
        "appeals.litigation_after_review.total": ("after", ANCHOR_SH25, 14),
        "appeals.litigation_direct.pending": ("after", ANCHOR_SH25, 8),
        "appeals.litigation_direct.total": ("after", ANCHOR_SH25, 9),
        "appeals.review.pending": ("after", ANCHOR_SH25, 3),
        "appeals.review.total": ("after", ANCHOR_SH25, 4),
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

WAN = "万元"

# Narrative sentences that state the same number as a table cell (both readings accepted).
HA_REQ = "受理政府信息公开申请 3119"          # 3119 / 3050 / 34 / 103
HA_APPEAL = "其他结果 178"                   # 351 / 72 / 64 / 178 / 37 ; 46 litigation
SH19_REQ = "受理政府信息公开申请859"          # 859 / 805 / 18 / 72
SH25_REQ = "受理政府信息公开申请 1295"        # 1295 / 1191 / 189
KW_REQ = "全年收到政府信息公开申请"            # 34 / 2
KW_OUT = "同意公开答复"                      # 9
JX_REQ = "收到依申请公开17"                   # 17 / 15 / 2
SY_REQ = "共受理政府信息公开申请 749"          # 749 / 741 / 8 / 718 / 31
SY_APPEAL = "全县共办理相关案件"               # 74
SH19_OUT = "无法提供265"                      # 258 / 35 / 265 / 158


def pv(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[plain] " + what, **kw)


def tr(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def sm(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def df(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference (later minus earlier): " + what, **kw)


def rk(lang, bodies, keys, order, q, what, **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + what)


def nr(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what, frm=frm)


def fu(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def un(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


# =============================================================================== [plain]
def PLAIN():
    return [
        # ---------------------------------------------------------------- English
        pv("en", "ha", "r.granted.total",
           "Huai'an city government, 2024 — in how many information requests did the applicant get "
           "everything they had asked for?", "granted in full, total"),
        pv("en", "ha", "r.unable.not_held.total",
           "for huaian in 2024, how many requests ended with the city saying it just doesn't have "
           "the information on file?", "not held by this agency, total"),
        pv("en", "ha", "c.fees.amount",
           "What did Huai'an report as income from administrative and institutional fees for 2024? "
           "Use the unit the table uses.", "fees amount in 万元", unit=WAN),
        pv("en", "ha", "a.review.upheld",
           "How many disclosure-related reconsideration cases did Huai'an come out of with its "
           "original decision confirmed, 2024?", "reconsideration upheld (text agrees)",
           alt=(HA_APPEAL, 72)),
        pv("en", "ha", "r.withheld.admin_query.total",
           "In Huai'an's 2024 figures, how many requests were refused because what the person "
           "wanted was really a records look-up handled through a separate query service?",
           "withheld as administrative query, total"),
        pv("en", "ha", "r.not_processed.petition.total",
           "Huai'an 2024 report: how many applications were really complaints or petitions and so "
           "weren't handled as disclosure requests at all?", "not processed: petition, total"),
        pv("en", "ha", "c.coercion.decisions",
           "Number of administrative coercion decisions Huai'an listed for 2024?",
           "coercion decisions"),
        pv("en", "ha", "c.normative_docs.in_force",
           "How many of the Huai'an city government's normative documents were still valid at the "
           "end of 2024?", "normative documents in force"),
        pv("en", "ha", "r.other.overdue_correction.total",
           "2024, Huai'an: applications dropped because the applicant never sent back the "
           "corrections they were asked for — how many?", "other: overdue correction, total"),
        pv("en", "ha", "a.litigation_after_review.total",
           "Looking at Huai'an for 2024 — how many disclosure lawsuits came from people who had "
           "already been through administrative reconsideration?",
           "litigation after reconsideration, total"),
        pv("en", "ha", "r.received.other_org",
           "Huai'an 2024: new requests from organisations that aren't companies, research bodies, "
           "charities or legal-service firms — the 'other' column. How many?",
           "received, other organisations"),
        pv("en", "ha", "a.litigation_direct.corrected",
           "Of the lawsuits filed straight against Huai'an in 2024 without reconsideration first, "
           "how many ended with the government's decision being corrected?",
           "direct litigation corrected"),
        pv("en", "sy", "r.received.total",
           "Shuyang County, 2025: how many disclosure requests were newly received during the year? "
           "I only want the fresh ones, not those already pending from 2024.",
           "received (new) total; the text's 749 includes carry-over, not asked"),
        pv("en", "sy", "c.punishment.decisions",
           "What's the count of administrative penalty decisions in Shuyang County's 2025 report?",
           "punishment decisions"),
        pv("en", "sy", "r.withheld.internal_affairs.total",
           "How many of Shuyang's 2025 requests were refused because the material concerned the "
           "agency's own internal housekeeping (staffing, logistics, internal procedures)?",
           "withheld: internal affairs, total"),
        pv("en", "sy", "a.review.total",
           "Shuyang County 2025 — total number of administrative reconsideration cases over "
           "information disclosure?", "reconsideration total"),
        pv("en", "sy", "r.other.other.total",
           "In 2025 how many Shuyang requests ended up on the catch-all 'other' line under other "
           "handling?", "other: other, total"),
        pv("en", "sy", "c.fees.amount",
           "How much did Shuyang County report in administrative and institutional fees for 2025, "
           "in 10k yuan?", "fees amount in 万元", unit=WAN),
        pv("en", "sy", "r.partially_granted.total",
           "shuyang 2025 partial disclosures - number?", "partially granted total"),
        pv("en", "sy", "a.litigation_after_review.upheld",
           "For Shuyang in 2025, in how many lawsuits filed after a reconsideration did the court "
           "side with the government?", "litigation after reconsideration, upheld"),
        pv("en", "sy", "c.normative_docs.repealed",
           "Shuyang County, 2025: normative documents repealed during the year?",
           "normative documents repealed"),
        pv("en", "sh19", "r.received.natural_person",
           "How many private individuals filed new disclosure requests with the Shanghai municipal "
           "government's general office in 2019?", "received, natural persons"),
        pv("en", "sh19", "c.procurement.amount",
           "What was the total value of centralised government procurement in the Shanghai General "
           "Office's 2019 report, in 万元?",
           "procurement amount (printed 251000元 = 25.1 万元)", unit=WAN),
        pv("en", "sh19", "c.regulations.total_published",
           "By the end of 2019, how many rules (规章) had the Shanghai government general office "
           "made public altogether, old and new?", "regulations total published"),
        pv("en", "sh19", "r.unable.needs_creation.natural_person",
           "In 2019, how many individual applicants to the Shanghai city government's general office were told the "
           "information would have to be produced from scratch?",
           "needs creation, natural persons (row total printed blank)"),
        pv("en", "sh19", "r.withheld.state_secret.natural_person",
           "General Office of the Shanghai Municipal People's Government, 2019: how many requests from individuals were refused on "
           "state-secret grounds?", "withheld: state secret, natural persons (row total blank)"),
        pv("en", "sh19", "r.carried_forward.total",
           "How many 2019 requests at the Shanghai government office were pushed into 2020 for an "
           "answer?", "carried forward (text agrees)", alt=(SH19_REQ, 72)),
        pv("en", "sh19", "r.received.commercial",
           "Shanghai gov general office, 2019 — requests filed by businesses?",
           "received, commercial enterprises"),
        pv("en", "hz23", "c.punishment.decisions",
           "Hongze District's administrative penalty decisions in 2023?", "punishment decisions"),
        pv("en", "hz23", "r.unable.not_held.total",
           "In Hongze District's 2023 report, how many requests got the reply that the district "
           "doesn't hold that information?", "not held, total"),
        pv("en", "hz23", "c.fees.amount",
           "Administrative fee revenue for Hongze in 2023, in ten-thousand yuan?",
           "fees amount in 万元", unit=WAN),
        pv("en", "hz23", "r.partially_granted.total",
           "How many applications did Hongze District partly disclose in 2023?",
           "partially granted, total"),
        pv("en", "hz23", "a.review.upheld",
           "Hongze 2023: reconsideration decisions that left the district's original response in "
           "place?", "reconsideration upheld (review total printed 0, not asked)"),
        pv("en", "jx", "c.procurement.projects",
           "Jianxi District government office, 2020 — how many centralised procurement projects?",
           "procurement projects"),
        pv("en", "jx", "r.granted.total",
           "How many requests did the Jianxi District government office disclose in full in 2020?",
           "granted, total"),
        pv("en", "jx", "a.litigation_after_review.total",
           "Jianxi 2020: were there lawsuits brought after an administrative reconsideration? How "
           "many?", "litigation after reconsideration, total"),
        pv("en", "hz24", "c.licensing.decisions",
           "How many administrative licensing decisions did Hongze District make in 2024?",
           "licensing decisions (printed row)"),
        pv("en", "hz24", "r.unable.not_held.total",
           "Hongze District 2024 — requests answered with 'this office doesn't hold that "
           "information'?", "not held, total (printed row)"),
        pv("en", "hz24", "a.litigation_direct.total",
           "Did anyone sue Hongze District directly, skipping reconsideration, over disclosure in "
           "2024? How many cases?", "direct litigation total (printed row)"),
        pv("en", "kw", "c.licensing.decisions",
           "STCSM's 2024 annual report: number of administrative licensing decisions?",
           "licensing decisions (printed row)"),
        pv("en", "kw", "r.received.commercial",
           "How many new requests from businesses did the Shanghai Science and Technology "
           "Commission get in 2024?", "received, commercial (printed row)"),
        pv("en", "sh25", "r.carried_forward.total",
           "Shanghai General Office 2025: requests still open at year end and rolled into 2026?",
           "carried forward (printed row)"),
        pv("en", "sh25", "a.review.total",
           "How many administrative reconsideration cases tied to disclosure did the Shanghai "
           "municipal government office report for 2025?",
           "reconsideration total (printed row; note: includes carry-over, printed number is gold)"),
        pv("en", "sh25", "r.unable.not_held.total",
           "For 2025, how many times did Shanghai's municipal general office answer that it doesn't hold "
           "the information (just that reason, not the other can't-provide ones)?",
           "not held, total (printed row); text's 564 is all three unable rows"),
        pv("en", "sh25", "r.received.natural_person",
           "In 2025, new requests to the Shanghai government general office from ordinary "
           "citizens?", "received, natural persons (printed row)"),
        # ---------------------------------------------------------------- Chinese
        pv("zh", "ha", "r.received.legal_services",
           "淮安市2024年律所这类法律服务机构一共递了多少件新申请？", "received, legal services"),
        pv("zh", "ha", "c.licensing.decisions",
           "淮安市政府2024年报里，行政许可的处理决定数写的是多少？", "licensing decisions"),
        pv("zh", "ha", "r.withheld.third_party.total",
           "2024年淮安市因为公开了会损害第三方合法权益、最后没给公开的申请有几件？",
           "withheld: third party, total"),
        pv("zh", "ha", "r.unable.needs_creation.total",
           "淮安2024年有多少申请是因为得重新加工制作才拿不出来的？", "needs creation, total"),
        pv("zh", "ha", "c.punishment.decisions",
           "淮安2024年全年的行政处罚决定数有多少？", "punishment decisions"),
        pv("zh", "sy", "r.carried_forward.total",
           "沭阳县2025年度没办完、要留到2026年接着办的申请一共多少件？",
           "carried forward (text agrees)", alt=(SY_REQ, 31)),
        pv("zh", "sy", "c.licensing.decisions",
           "沭阳2025年行政许可的处理决定数量是多少？", "licensing decisions"),
        pv("zh", "sy", "r.withheld.admin_query.total",
           "二〇二五年沭阳县政府有几件申请被认定为行政查询事项，所以没有公开？",
           "withheld: administrative query, total"),
        pv("zh", "sy", "a.review.corrected",
           "沭阳县2025年跟信息公开有关的行政复议，结果被纠正的有几件？", "reconsideration corrected"),
        pv("zh", "sy", "r.received.legal_services",
           "2025年沭阳县新收到的申请里，法律服务机构提交的有几件？", "received, legal services"),
        pv("zh", "sh19", "r.not_processed.petition.natural_person",
           "上海市府办2019年个人提的申请里，按信访举报投诉类不予处理的有多少件？",
           "not processed: petition, natural persons (row total printed blank)"),
        pv("zh", "sh19", "c.normative_docs.made",
           "2019年上海市政府办公厅本年新制作的规范性文件有几件？",
           "normative docs made (text agrees)", alt=("行政规范性文件60", 60)),
        pv("zh", "sh19", "r.carried_over.total",
           "上海市人民政府办公厅2019年从2018年结转过来的申请有多少件？",
           "carried over (text agrees)", alt=(SH19_REQ, 18)),
        pv("zh", "hz23", "c.licensing.decisions",
           "洪泽区2023年行政许可一共作了多少个处理决定？", "licensing decisions"),
        pv("zh", "hz23", "c.normative_docs.repealed",
           "23年洪泽区政府废止了几件行政规范性文件？", "normative docs repealed"),
        pv("zh", "hz23", "r.withheld.state_secret.total",
           "洪泽区2023年因为涉及国家秘密而不予公开的申请有几件？", "withheld: state secret, total"),
        pv("zh", "jx", "r.unable.not_held.total",
           "涧西区政府办2020年回复“本机关不掌握”的申请是几件？", "not held, total"),
        pv("zh", "jx", "c.procurement.amount",
           "涧西区2020年政府集中采购的总金额是多少万元？", "procurement amount in 万元", unit=WAN),
        pv("zh", "hz24", "c.punishment.decisions",
           "洪泽区2024年行政处罚决定有多少件？", "punishment decisions (printed row)"),
        pv("zh", "hz24", "r.granted.total",
           "洪泽区政府2024年年报表格里，予以公开的申请是多少件？", "granted total (printed row)"),
        pv("zh", "kw", "r.received.natural_person",
           "上海市科委2024年收到的新申请里，以个人名义提的有多少？",
           "received, natural persons (printed row)"),
        pv("zh", "sh25", "r.not_processed.petition.total",
           "上海市府办2025年有多少件申请被当成信访举报投诉类、没按信息公开处理？",
           "not processed: petition, total (printed row)"),
        pv("zh", "sh25", "r.carried_over.legal_services",
           "2025年上海市政府办公厅的上年结转申请中，法律服务机构提交的有几件？",
           "carried over, legal services (printed row)"),
    ]


# =========================================================================== [neighbour]
def TRAPS():
    return [
        tr("en", "ha", "r.carried_forward.total",
           "Huai'an 2024: how many requests were still unfinished when the year closed and got "
           "passed on into 2025?", "carried forward 103, not carried over 34 (text agrees)",
           alt=("顺延到下年度", 103)),
        tr("en", "sy", "a.litigation_after_review.total",
           "Shuyang 2025 — how many disclosure lawsuits were filed by people who had first tried "
           "administrative reconsideration?", "after-review litigation 10, not direct 3"),
        tr("en", "ha", "c.normative_docs.repealed",
           "How many normative documents did Huai'an abolish in 2024?",
           "repealed 26, not issued 8 / in force 66"),
        tr("en", "ha", "r.withheld.process_info.total",
           "Huai'an 2024: refusals because the requested material was still deliberative, "
           "work-in-progress information?", "process information 12, not internal affairs 8"),
        tr("en", "sh19", "c.normative_docs.total_published",
           "Total number of normative documents the Shanghai General Office had out in the open as "
           "of 2019 — cumulative, not just the new ones?", "total published 368, not made 60"),
        tr("en", "ha", "a.review.other",
           "Huai'an 2024 reconsideration cases that ended some other way — neither upheld nor "
           "corrected?", "review other 178, not corrected 64 (text agrees)", alt=(HA_APPEAL, 178)),
        tr("en", "kw", "c.normative_docs.in_force",
           "How many normative documents of the Shanghai science commission were in force in "
           "2024?", "in force 55, not issued 13 (printed row)"),
        tr("en", "sh25", "a.litigation_direct.pending",
           "The Shanghai municipal general office in 2025: direct lawsuits still waiting for a judgment?",
           "direct litigation pending 6, not review pending 5 (printed row)"),
        tr("en", "ha", "r.partially_granted.total",
           "In 2024 how many Huai'an requests were granted only in part?",
           "partially granted 454, not granted 1362"),
        tr("zh", "sy", "r.carried_over.total",
           "沭阳县2025年表格里从2024年结转过来的申请有几件？", "carried over 36, not carried forward 31"),
        tr("zh", "sy", "r.unable.needs_creation.total",
           "沭阳2025年因为没有现成信息、要另外制作而无法提供的有几件？",
           "needs creation 2, not not-held 111"),
        tr("zh", "hz24", "c.normative_docs.issued",
           "洪泽区2024年当年新制发的行政规范性文件是多少件（不要现行有效的数）？",
           "issued 3, not in force 8 (printed row)"),
        tr("zh", "ha", "r.received.commercial",
           "淮安市2024年商业企业新提交的信息公开申请有多少？", "commercial 53, not legal services 61"),
    ]


# ============================================================================= [combine]
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def SUMS():
    return [
        sm("en", "ha", WITHHELD8,
           "Add up every refusal ground in Huai'an's 2024 table, from state secrets down to "
           "administrative queries. How many refusals in all?", "8 withheld sub-rows, totals"),
        sm("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "How many disclosure lawsuits did Huai'an face in 2024 counting both kinds — filed "
           "directly and filed after reconsideration?", "two litigation totals (text states 46)",
           alt=("行政诉讼 46", 46)),
        sm("en", "sy", ["r.received.total", "r.carried_over.total"],
           "Shuyang 2025: new requests plus the ones carried over from 2024 — what was the full "
           "caseload?", "received + carried over (text states 749)", alt=(SY_REQ, 749)),
        sm("en", "sh19", cols("unable.not_held"),
           "Shanghai General Office, 2019: across all applicant types, how many requests were "
           "answered 'not held by this office'?",
           "six columns of a row whose 总计 is printed blank (text states 265)",
           alt=(SH19_OUT, 265)),
        sm("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "Huai'an 2024 — licensing, penalty and coercion decisions put together?",
           "three decision counts"),
        sm("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions",
                          "c.coercion.decisions"],
           "Hongze 2024: add the licensing, penalty and enforcement-measure decision counts.",
           "three decision counts (printed rows)"),
        sm("en", "kw", ["r.received.total", "r.carried_over.total"],
           "STCSM 2024: how many requests did it have on its plate overall, new ones plus those "
           "carried over from 2023?", "received + carried over (printed rows)"),
        sm("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shanghai city general office, 2025: petition-type requests plus repeat requests, how many "
           "altogether?", "petition + duplicate (printed rows)"),
        sm("en", "sy", ["r.granted.total", "r.partially_granted.total"],
           "How many Shuyang requests in 2025 ended with at least some information released, "
           "either fully or partly?", "granted + partially granted"),
        sm("zh", "sy", ["a.review.total", "a.litigation_direct.total",
                        "a.litigation_after_review.total"],
           "沭阳县2025年信息公开相关的行政复议，加上两类行政诉讼，总共多少件？",
           "three appeals totals (text states 74)", alt=(SY_APPEAL, 74)),
        sm("zh", "sh19", ["requests.withheld.%s" % c for c in L.COLS[:-1]],
           "上海市府办2019年各种理由不予公开的申请，所有申请人类型加在一起是多少件？",
           "derived withheld per column, six columns (row totals printed blank; text states 35)",
           alt=("不予公开35", 35)),
        sm("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "洪泽区2023年“本机关不掌握”和“需要另行制作”这两项合计几件？", "two unable sub-rows"),
        sm("zh", "ha", ["r.granted.natural_person", "r.partially_granted.natural_person"],
           "淮安市2024年自然人的申请里，全部公开加部分公开一共有多少件？",
           "granted + partially granted, natural persons"),
    ]


def DIFFS():
    return [
        df("en", "hz23", "hz24", "c.licensing.decisions",
           "How much did Hongze District's licensing decisions change from 2023 to 2024?",
           "licensing decisions 550 -> 9487"),
        df("en", "hz23", "hz24", "c.fees.amount",
           "Hongze's administrative fee income: the 2024 figure minus the 2023 figure, in 万元?",
           "fees 7730.28 -> 7545", unit=WAN),
        df("en", "sh19", "sh25", "r.received.total",
           "By how many did new disclosure requests to the Shanghai General Office grow between "
           "2019 and 2025?", "received 859 -> 1295 (2025 text agrees)", alt=(SH25_REQ, 1295)),
        df("en", "sh19", "sh25", "a.review.total",
           "Shanghai government office, reconsideration cases in 2019 versus 2025 — what's the "
           "increase?", "review total 7 -> 55"),
        df("en", "hz23", "hz24", "r.unable.not_held.total",
           "From 2023 to 2024, how did the number of 'information not held' replies change at "
           "Hongze District?", "not held 10 -> 31"),
        df("zh", "hz23", "hz24", "c.coercion.decisions",
           "洪泽区的行政强制决定数，2024年比2023年少了多少？", "coercion 195 -> 84"),
        df("zh", "sh19", "sh25", "r.carried_forward.total",
           "上海市府办结转下年度继续办理的申请，2025年跟2019年比多了多少件？",
           "carried forward 72 -> 293"),
        df("zh", "sh19", "sh25", "a.litigation_direct.total",
           "上海市政府办公厅未经复议直接起诉的行政诉讼，从2019年到2025年变化了多少？",
           "direct litigation total 9 -> 12"),
    ]


# ================================================================================ [rank]
def RANKS():
    return [
        rk("en", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which one "
           "took in the most new disclosure requests?", "received total, desc"),
        rk("en", ["jx", "hz23", "sy"], "r.received.total", "asc",
           "Jianxi District office in 2020, Hongze in 2023, Shuyang in 2025: who received the "
           "fewest new requests?", "received total, asc"),
        rk("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
           "Which reported more licensing decisions: Huai'an in 2024, Hongze in 2023 or Shuyang "
           "County in 2025?", "licensing decisions, desc (county beats city)"),
        rk("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
           "Rank Huai'an 2024, Hongze 2023 and Shuyang 2025 by administrative fee revenue — which "
           "one is lowest?", "fees amount, asc", unit=WAN),
        rk("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
           "Of Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi "
           "(2020), who faced the most lawsuits filed without going through reconsideration?",
           "direct litigation total, desc"),
        rk("en", ["sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc",
           "Which body had the biggest pile of requests still open at year end: Shuyang County "
           "2025, the Shanghai General Office 2019, Jianxi 2020 or Hongze 2023?",
           "carried forward total, desc"),
        rk("en", ["ha", "sy", "sh19"], "r.carried_over.total", "asc",
           "Requests already waiting when the reporting year began — Huai'an 2024, Shuyang 2025, "
           "Shanghai General Office 2019: which started with the fewest?", "carried over total, asc"),
        rk("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
           "淮安市2024年、洪泽区2023年、沭阳县2025年，现行有效的行政规范性文件哪家最少？",
           "normative docs in force, asc"),
        rk("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
           "比较一下淮安2024年、沭阳2025年和上海市府办2019年，个人提的信访举报投诉类申请谁最多？",
           "petition, natural persons, desc (sh19 row total printed blank, column used)"),
        rk("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
           "行政强制决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最少？",
           "coercion decisions, asc"),
    ]


# ============================================================================ [textonly]
def NARRATIVE():
    return [
        nr("en", "ha", "新闻发布会 12", 12, "场",
           "How many press conferences did Huai'an city hold in 2024, going by its disclosure "
           "report?", "press conferences"),
        nr("en", "ha", "公报》6", 6, "期",
           "How many issues of the Huai'an municipal government gazette came out in 2024?",
           "gazette issues"),
        nr("en", "ha", "制作政策解读", 21, "个",
           "Huai'an 2024 — how many policy explainers did the city put together, in text or "
           "graphics?", "policy interpretations"),
        nr("en", "ha", "共计 95", 95, "个",
           "How many government new-media accounts was Huai'an running according to its 2024 "
           "report?", "new-media accounts"),
        nr("en", "ha", "信息处理费 3940", 3940, "元",
           "What did Huai'an collect in information-processing fees from applicants in 2024, in "
           "yuan?", "information processing fees in 元"),
        nr("en", "ha", "全覆盖检查", 4, "次",
           "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?",
           "full-coverage inspections"),
        nr("en", "sy", "催办提示", 84, "次",
           "How many reminder alerts did Shuyang's deadline countdown system send out in 2025?",
           "reminders"),
        nr("en", "sy", "累计清理过期信息", 697, "条",
           "How many outdated items did Shuyang clean off its sites in 2025?", "expired items cleaned"),
        nr("en", "sy", "失效链接43", 43, "处",
           "Broken links fixed by Shuyang County during 2025?", "dead links fixed"),
        nr("en", "sy", "办前主动沟通", 49, "次",
           "In 2025, how many times did Shuyang reach out to applicants before handling their "
           "requests?", "pre-handling contacts"),
        nr("en", "sy", "64家", 64, "家",
           "How many units had their annual disclosure reports released together by Shuyang "
           "County in 2025?", "units whose annual reports were published"),
        nr("en", "sy", "4511", 4511, "条",
           "How many items did the Shuyang County portal proactively publish in 2025?",
           "portal items"),
        nr("en", "kw", "1016823", 1016823, "人",
           "How many followers did the 'Shanghai Keji' WeChat account have per the science "
           "commission's 2024 report?", "WeChat followers"),
        nr("en", "kw", "直播 118", 118, "场",
           "How many livestreams did the Shanghai science commission's video channel run in 2024?",
           "live streams"),
        nr("en", "kw", "原创文章", 294, "篇",
           "Of the WeChat articles STCSM published in 2024, how many were original?",
           "original articles"),
        nr("en", "kw", "主合办政协提案", 85, "件",
           "How many CPPCC proposals did STCSM lead or co-handle in 2024, with replies published?",
           "CPPCC proposals handled"),
        nr("en", "sh25", "新闻通气会", 19, "场",
           "How many press briefings (通气会, not full press conferences) did the Shanghai "
           "municipal government hold in 2025?", "press briefings"),
        nr("en", "sh25", "主动撤回", 157, "件",
           "In 2025, how many applicants withdrew their own requests to the Shanghai General "
           "Office?", "withdrawn requests"),
        nr("en", "sh25", "语种", 10, "个",
           "How many languages does Shanghai's international services portal cover, per the 2025 "
           "report?", "languages"),
        nr("en", "sh19", "政策解读共132", 132, "件",
           "How many policy interpretations went up on the 'China Shanghai' portal in 2019?",
           "policy interpretations"),
        nr("en", "sh19", "70家", 70, "家",
           "In 2019, how many government websites did Shanghai inspect each quarter?",
           "websites checked"),
        nr("zh", "sy", "爆款内容", 52, "条",
           "沭阳县2025年政务新媒体一共出了多少条爆款？", "viral posts"),
        nr("zh", "sy", "专栏33", 33, "个",
           "沭阳县2025年在政务新媒体上开了多少个专栏？", "new-media columns"),
        nr("zh", "sy", "化解各类争议纠纷", 33, "件",
           "2025年沭阳通过办前沟通，成功化解了多少件争议纠纷？", "disputes resolved"),
        nr("zh", "hz23", "1136", 1136, "条",
           "洪泽区2023年在政府网站上主动公开了多少条政府信息？", "portal items"),
        nr("zh", "hz24", "2428", 2428, "条",
           "洪泽区2024年在政府网站平台主动发布的信息有多少条？", "portal items"),
        nr("zh", "hz24", "受理政府信息公开申请 17", 17, "件",
           "洪泽区2024年年报总体情况那段文字里，说区政府办受理了多少件信息公开申请？",
           "text-only 17 (the table prints 95 new requests; the question names the text's wording)"),
        nr("zh", "sh25", "新闻发布会 42", 42, "场",
           "上海市政府2025年开了多少场新闻发布会？", "press conferences"),
        nr("zh", "sh25", "公报》24", 24, "期",
           "2025年《上海市人民政府公报》一共编了几期？", "gazette issues"),
        nr("zh", "jx", "601项", 601, "项",
           "涧西区政府办2020年梳理出来的公开事项一共有多少项？", "items catalogued",
           frm="梳理细化"),
        nr("zh", "sh19", "38次", 38, "次",
           "2019年上海市政府常务会议的重要议题，一共权威发布了多少次？",
           "executive meeting releases"),
    ]


# ============================================================================ [followup]
def FOLLOWUPS():
    return [
        fu("en", [
            ("How many administrative penalty decisions did Hongze District report for 2023?",
             E("hz23", "c.punishment.decisions")),
            ("And for 2024?", E("hz24", "c.punishment.decisions")),
        ], "year switch, Hongze punishment decisions"),
        fu("en", [
            ("Shanghai General Office, 2019: how many new disclosure requests came in?",
             E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("Same office in 2025?", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
            ("And of the 2025 cases, how many were granted in full?",
             E("sh25", "r.granted.total")),
        ], "year switch then row switch, Shanghai General Office"),
        fu("en", [
            ("Huai'an's count of requests answered 'information not held' in 2024?",
             E("ha", "r.unable.not_held.total")),
            ("How about Shuyang County for 2025?", E("sy", "r.unable.not_held.total")),
        ], "body switch, not held"),
        fu("en", [
            ("How many new requests from individuals did Huai'an get in 2024?",
             E("ha", "r.received.natural_person")),
            ("And from commercial firms?", E("ha", "r.received.commercial")),
            ("what about research institutions?", E("ha", "r.received.research")),
        ], "column switch, Huai'an received"),
        fu("en", [
            ("Shuyang 2025: how many administrative reconsideration cases were still pending at "
             "year end?", E("sy", "a.review.pending")),
            ("And lawsuits filed directly — how many in total?",
             E("sy", "a.litigation_direct.total")),
        ], "appeals group switch, Shuyang"),
        fu("en", [
            ("Jianxi District office 2020: how many new requests?",
             E("jx", "r.received.total", alt=(JX_REQ, 17))),
            ("How many of the requests were still in progress when 2020 ended?",
             E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
        ], "row switch, Jianxi"),
        fu("en", [
            ("Hongze District in 2023 — how many normative documents were in force?",
             E("hz23", "c.normative_docs.in_force")),
            ("and in 2024?", E("hz24", "c.normative_docs.in_force")),
        ], "year switch, normative docs in force"),
        fu("en", [
            ("How many normative documents did Shuyang County issue in 2025?",
             E("sy", "c.normative_docs.issued")),
            ("Now STCSM, for 2024?",
             E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
        ], "body switch, normative docs issued"),
        fu("en", [
            ("Huai'an 2024: requests disclosed in full?", E("ha", "r.granted.total")),
            ("Partially?", E("ha", "r.partially_granted.total")),
            ("and refused as state secrets?", E("ha", "r.withheld.state_secret.total")),
        ], "row switches, Huai'an outcomes"),
        fu("en", [
            ("How many disclosure reconsideration cases did Shanghai's government general office have in "
             "2019?", E("sh19", "a.review.total", alt=("零败诉", 7))),
            ("What did it look like in 2025?", E("sh25", "a.review.total")),
        ], "year switch, Shanghai reconsideration"),
        fu("en", [
            ("Licensing decisions, Hongze District, 2024?", E("hz24", "c.licensing.decisions")),
            ("Huai'an city for the same year?", E("ha", "c.licensing.decisions")),
        ], "body switch, licensing decisions"),
        fu("en", [
            ("Shanghai science commission, 2024: how many new requests did it receive?",
             E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("And how many were granted in full?", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
        ], "row switch, STCSM"),
        fu("en", [
            ("Shanghai General Office 2025 — requests carried over from individuals?",
             E("sh25", "r.carried_over.natural_person")),
            ("And the carried-over total, all applicants?",
             E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], "column switch, Shanghai 2025 carried over"),
        fu("en", [
            ("Huai'an 2024: lawsuits after reconsideration that were still pending?",
             E("ha", "a.litigation_after_review.pending")),
            ("And reconsideration cases still pending?",
             E("ha", "a.review.pending", alt=(HA_APPEAL, 37))),
        ], "appeals group switch, Huai'an pending"),
        fu("en", [
            ("How many duplicate requests did Shuyang receive in 2025?",
             E("sy", "r.not_processed.duplicate.total")),
            ("Add the petition-type ones to that — what's the combined figure?",
             E("sy", ["r.not_processed.duplicate.total", "r.not_processed.petition.total"])),
        ], "value then sum, Shuyang not processed"),
        fu("en", [
            ("How many new requests from businesses did the Shanghai General Office receive in "
             "2025?", E("sh25", "r.received.commercial")),
            ("And in 2019?", E("sh19", "r.received.commercial")),
        ], "year switch backwards, commercial received"),
        fu("en", [
            ("Jianxi District 2020 — direct lawsuits where the government's decision was upheld?",
             E("jx", "a.litigation_direct.upheld")),
            ("Shuyang County 2025, same category?", E("sy", "a.litigation_direct.upheld")),
        ], "body switch, direct litigation upheld"),
        fu("en", [
            ("Shanghai municipal general office, 2019: 'not held' replies to individual applicants?",
             E("sh19", "r.unable.not_held.natural_person")),
            ("and to commercial applicants?", E("sh19", "r.unable.not_held.commercial")),
        ], "column switch, sh19 not held"),
        fu("en", [
            ("Hongze 2023: requests refused because they involved process information?",
             E("hz23", "r.withheld.process_info.total")),
            ("and ones that couldn't be provided because the info would need to be newly "
             "compiled?", E("hz23", "r.unable.needs_creation.total")),
        ], "row switch, Hongze 2023"),
        fu("en", [
            ("Hongze's administrative fee amount for 2024?", E("hz24", "c.fees.amount", unit=WAN)),
            ("And for 2023?", E("hz23", "c.fees.amount", unit=WAN)),
        ], "year switch backwards, fees"),
        fu("en", [
            ("Huai'an: how many requests did it carry forward into 2025 (2024 report)?",
             E("ha", "r.carried_forward.total", alt=("顺延到下年度", 103))),
            ("And Shuyang's, carried into 2026?",
             E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
        ], "body switch, carried forward"),
        # ---------------------------------------------------------------- Chinese
        fu("zh", [
            ("洪泽区2023年行政强制决定有多少？", E("hz23", "c.coercion.decisions")),
            ("那2024年是多少？", E("hz24", "c.coercion.decisions")),
        ], "year switch, coercion"),
        fu("zh", [
            ("沭阳县2025年行政处罚决定多少件？", E("sy", "c.punishment.decisions")),
            ("淮安市2024年的行政处罚决定又是多少件？", E("ha", "c.punishment.decisions")),
        ], "body switch, punishment decisions"),
        fu("zh", [
            ("上海市府办2019年新收申请里商业企业提的有几件？", E("sh19", "r.received.commercial")),
            ("法律服务机构的呢？", E("sh19", "r.received.legal_services")),
            ("其他组织的有几件？", E("sh19", "r.received.other_org")),
        ], "column switches, sh19 received"),
        fu("zh", [
            ("淮安市2024年因危及“三安全一稳定”不予公开的有几件？",
             E("ha", "r.withheld.security_stability.total")),
            ("属于行政执法案卷的呢？", E("ha", "r.withheld.enforcement_files.total")),
        ], "row switch, Huai'an withheld"),
        fu("zh", [
            ("沭阳县2025年行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
            ("其他结果的呢？", E("sy", "a.review.other")),
            ("直接起诉的行政诉讼里结果维持的有几件？", E("sy", "a.litigation_direct.upheld")),
        ], "outcome and group switch, Shuyang appeals"),
        fu("zh", [
            ("上海市政府办公厅2019年自然人新提出的申请多少件？",
             E("sh19", "r.received.natural_person")),
            ("到了2025年变成多少了？", E("sh25", "r.received.natural_person")),
        ], "year switch, natural persons received"),
        fu("zh", [
            ("洪泽区2024年“本机关不掌握”的申请有多少？", E("hz24", "r.unable.not_held.total")),
            ("那上海市府办2025年呢，同样答复不掌握的有多少？", E("sh25", "r.unable.not_held.total")),
        ], "body switch, not held (printed rows)"),
        fu("zh", [
            ("沭阳县2025年申请人逾期不补正、不再处理的申请有几件？",
             E("sy", "r.other.overdue_correction.total")),
            ("逾期不交费的呢？", E("sy", "r.other.overdue_fee.total")),
        ], "row switch, Shuyang other handling"),
        fu("zh", [
            ("淮安市2024年重复申请有多少件？", E("ha", "r.not_processed.duplicate.total")),
            ("再把信访举报投诉类的加进去，一共多少？",
             E("ha", ["r.not_processed.duplicate.total", "r.not_processed.petition.total"])),
        ], "value then sum, Huai'an not processed"),
        fu("zh", [
            ("上海市科委2024年办理结果总计是多少件？", E("kw", "r.total_processed.total")),
            ("上海市府办2025年的办理总计呢？",
             E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
        ], "body switch, total processed (printed rows)"),
    ]


# ============================================================================== [cannot]
def CANNOT():
    return [
        # ---------------------------------------------------------------- English
        un("en", "I asked Huai'an city hall in 2024 for the compensation file on my family's old "
           "house and got a letter saying they don't hold it. Was mine one of the 769, and who "
           "signed that letter?",
           "one person's own request: the report prints only aggregate counts, no individual cases "
           "or signatories", "personal story, quotes printed 769"),
        un("en", "Did Zhang Wei's request to Shuyang County in 2025 get granted? He says he filed "
           "it in June.", "named private person; the report has no individual cases",
           "named person"),
        un("en", "Can you list the names of the companies behind the 35 business requests the "
           "Shanghai General Office received in 2019?",
           "applicant identities are personal/company data not in the report",
           "applicant identities, quotes printed 35"),
        un("en", "Of Huai'an's 3119 requests in 2024, how many came in during December?",
           "no monthly breakdown is printed", "month breakdown, quotes 3119"),
        un("en", "How many new disclosure requests did Shuyang County receive in the third quarter "
           "of 2025?", "no quarterly breakdown is printed", "quarter breakdown"),
        un("en", "Of the 821 individuals who applied to the Shanghai General Office in 2019, how "
           "many were women?", "applicants' sex is not reported", "sex breakdown, quotes 821"),
        un("en", "How many of Hongze District's 2024 requests came from people over 60?",
           "applicants' age is not reported", "age breakdown"),
        un("en", "Of the 1295 requests Shanghai's general office took in during 2025, how many "
           "were filed online and how many by post?", "submission channel is not reported",
           "channel breakdown, quotes 1295"),
        un("en", "How many of Huai'an's 2024 disclosure requests were about land acquisition and "
           "demolition?", "request topics are not counted in the report", "topic breakdown"),
        un("en", "Which township in Shuyang County generated the most disclosure requests in 2025?",
           "no township breakdown is printed", "township breakdown"),
        un("en", "How many of the 1259 requests from individuals to the Shanghai General Office in "
           "2025 came from Pudong residents?", "no district/residence breakdown",
           "district of applicants, quotes 1259"),
        un("en", "Of the 769 'not held' answers in Huai'an's 2024 report, how many were issued by "
           "the natural resources bureau?", "no department breakdown is printed",
           "department breakdown, quotes 769"),
        un("en", "Of the 53 requests from businesses to Huai'an in 2024, how many came from "
           "real-estate developers?", "the industry of applicant companies is not reported",
           "industry of companies, quotes 53"),
        un("en", "The 'Shanghai Keji' WeChat account had 1016823 followers in 2024 — how many of "
           "them are researchers or scientists?", "the kind of followers is not reported",
           "kind of followers, quotes 1016823"),
        un("en", "How many of Shuyang's 705 new requests from individuals in 2025 were from people "
           "living outside the county?", "residence of applicants is not reported",
           "residence, quotes 705"),
        un("en", "Did any foreign nationals file disclosure requests with the Shanghai General "
           "Office in 2019? How many?", "nationality of applicants is not reported",
           "nationality"),
        un("en", "What was the average number of days Huai'an took to answer a disclosure request "
           "in 2024?", "response times are not stated (only 'within the legal time limit')",
           "response days"),
        un("en", "How many staff does the Jianxi District government office have working on "
           "information disclosure in 2020?",
           "staff numbers are not stated (the report only calls the team thin)", "staff"),
        un("en", "How much did Shuyang County spend making its 1113 short videos in 2025?",
           "costs are not reported", "cost, quotes 1113"),
        un("en", "What was STCSM's budget for open-government work in 2024?",
           "no budget figure for disclosure work is stated", "budget"),
        un("en", "What satisfaction score did applicants give Hongze District's disclosure service "
           "in 2023?", "no satisfaction figure is reported", "satisfaction"),
        un("en", "How many phone calls about disclosure questions did the Huai'an city government "
           "office take in 2024?", "phone-call counts are not reported (only a contact number)",
           "phone calls"),
        un("en", "Why did Hongze District's new requests jump from 21 in 2023 to 95 in 2024?",
           "the reports give no reason for the change", "reason behind a count, quotes 21 and 95"),
        un("en", "Why were 143 of Shuyang's 2025 requests handled as 'other', and what were they "
           "about?", "no reasons or contents are given for the 'other' row",
           "reason behind a count, quotes 143"),
        un("en", "Based on the 2024 numbers, how many disclosure requests will Huai'an receive in "
           "2025?", "forecast; the corpus holds no 2025 Huai'an report", "forecast"),
        un("en", "Will the Shanghai General Office's backlog keep growing after 2025? Give me your "
           "number for the end of 2026.", "forecast", "forecast"),
        un("en", "Honestly, did Shuyang County do disclosure better in 2025 than Huai'an did in "
           "2024? Which one is better?", "opinion, no measure of quality in the reports",
           "opinion"),
        un("en", "Is 105 refusals for 'administrative query' matters too many for Huai'an in 2024? "
           "Should they be embarrassed?", "opinion", "opinion, quotes 105"),
        un("en", "Of the 3 companies that applied to Shuyang in 2025, how many were "
           "manufacturers?", "sub-group of a printed count; sector not reported",
           "sub-group of printed 3"),
        un("en", "Of the 95 new-media accounts Huai'an was running in 2024, how many are on "
           "Douyin?", "platform breakdown of the accounts is not reported", "sub-group of 95"),
        un("en", "Of Shuyang's 52 viral posts in 2025, how many were about food or tourism?",
           "topics of the viral posts are not reported", "sub-group of 52"),
        un("en", "How many of the 157 withdrawn requests at the Shanghai municipal general office in 2025 "
           "were withdrawn after staff phoned the applicant?",
           "reasons for withdrawal are not reported", "sub-group of 157"),
        un("en", "Of the 42 press conferences the Shanghai municipal government held in 2025, how "
           "many were about the economy?", "topics of press conferences are not counted",
           "sub-group of 42"),
        un("en", "Of the 447228 licensing decisions in Huai'an's 2024 report, how many were made by "
           "Hongze District?",
           "the city report has no district breakdown; Hongze's own figure cannot be assumed to be "
           "part of it", "share of one body's figure attributed to another, quotes 447228"),
        un("en", "How many of Huai'an's 3119 requests in 2024 were handled by Hongze District?",
           "the city report does not split its count by district",
           "share attributed to another body, quotes 3119"),
        un("en", "How many of the Shanghai General Office's 55 reconsideration cases in 2025 were "
           "about the science commission?", "no breakdown by department or subject",
           "share attributed to another body, quotes 55"),
        un("en", "How many disclosure requests did Nanjing receive in 2024?",
           "Nanjing has no report in the corpus", "body not in corpus"),
        un("en", "What were Hongze District's request numbers for 2022?",
           "Hongze's 2022 report is not in the corpus", "year not in corpus"),
        un("en", "In Shuyang County's 2024 report, how many requests were granted?",
           "Shuyang's 2024 report is not in the corpus (only 2025)", "year not in corpus"),
        un("en", "How many normative documents did the Shanghai science commission issue in 2023?",
           "the science commission's 2023 report is not in the corpus", "year not in corpus"),
        un("en", "What was the Jianxi District office's procurement total for 2021?",
           "Jianxi's 2021 report is not in the corpus", "year not in corpus"),
        un("en", "Shanghai city government general office, 2022: how many administrative reconsiderations?",
           "the 2022 report is not in the corpus", "year not in corpus"),
        un("en", "How many disclosure requests did Pudong New Area get in 2024?",
           "Pudong has no report in the corpus", "body not in corpus"),
        un("en", "Suqian city's licensing decisions in 2025?", "Suqian city has no report in the "
           "corpus (Shuyang is a county under it, not the city)", "body not in corpus"),
        un("en", "Of the 26 direct lawsuits Huai'an faced in 2024, how many were brought by law "
           "firms?", "plaintiffs' type is not reported for lawsuits", "sub-group of 26"),
        un("en", "My mum asked the Shanghai city general office in 2019 for her old work unit's housing "
           "allocation records and was turned down on secrecy grounds. Was she one of the 14?",
           "one person's own request; only aggregate counts", "personal story, quotes 14"),
        un("en", "What exactly was the single request that Hongze refused on state-secret grounds "
           "in 2023 about?", "contents of individual requests are not reported",
           "content of a counted request"),
        un("en", "Which official at the Jianxi District government office handled the 2 requests "
           "still open at the end of 2020?", "staff names are not in the report",
           "named officials, quotes 2"),
        un("en", "In which month of 2025 did Shuyang's video with over 100 million plays go out?",
           "dates of individual posts are not reported", "month"),
        un("en", "What's the age breakdown of the 54373 followers of the science commission's "
           "video channel in 2024?", "follower ages are not reported", "age, quotes 54373"),
        un("en", "How much did it cost Huai'an to print the 6 gazette issues of 2024?",
           "printing costs are not reported", "cost, quotes 6"),
        un("en", "Which Shuyang County departments were the respondents in the 61 reconsideration "
           "cases of 2025?", "no department breakdown of the cases", "department, quotes 61"),
        un("en", "Of the 36 business requests to the general office of the Shanghai government in 2025, how many came "
           "from foreign-invested firms?", "ownership of applicant companies is not reported",
           "sector of companies, quotes 36"),
        un("en", "How long on average did the science commission take to answer each of its 34 "
           "requests in 2024?", "response times are not reported", "response days, quotes 34"),
        un("en", "How many people work in the Shanghai General Office's disclosure team as of "
           "2025?", "staff numbers are not stated", "staff"),
        un("en", "How many of Shuyang County's 693957 penalty decisions in 2025 were issued by the "
           "traffic police?", "no department breakdown of penalty decisions",
           "department, quotes 693957"),
        un("en", "Of the 1016823 people following 'Shanghai Keji' on WeChat (2024 report), how many "
           "live overseas?", "follower residence is not reported", "residence, quotes 1016823"),
        # ---------------------------------------------------------------- Chinese
        un("zh", "我2025年5月向沭阳县政府申请公开我们村的土地征收补偿方案，到现在还没结果，我那件是不是算在"
           "结转下一年的31件里？", "one person's own request; only aggregate counts",
           "personal story, quotes 31"),
        un("zh", "洪泽区2024年那31件“本机关不掌握”的申请里，有没有李建国提交的？",
           "named private person; no individual cases", "named person, quotes 31"),
        un("zh", "淮安市2024年提起行政复议的那些人，能把名字和电话发我一份吗？",
           "personal data of appellants is not in the report", "personal data"),
        un("zh", "上海市府办2019年那859件申请，每个月分别收到多少？", "no monthly breakdown",
           "month, quotes 859"),
        un("zh", "淮安市2024年第一季度作出了多少个行政处罚决定？", "no quarterly breakdown",
           "quarter"),
        un("zh", "沭阳县2025年705件自然人新申请里，男的女的各多少？", "sex of applicants not reported",
           "sex, quotes 705"),
        un("zh", "涧西区2020年那17件申请，申请人都是多大年纪的？", "age of applicants not reported",
           "age, quotes 17"),
        un("zh", "洪泽区2023年的21件申请，有多少是在政府网站上在线提交的？",
           "submission channel not reported", "channel, quotes 21"),
        un("zh", "上海市科委2024年收到的34件申请主要涉及哪些科技项目，各有多少件？",
           "request topics not reported", "topic, quotes 34"),
        un("zh", "洪泽区2024年各个镇街分别收到多少件信息公开申请？", "no township breakdown",
           "township"),
        un("zh", "淮安市2024年因属于行政查询事项不予公开的105件，分别是哪些部门办的？",
           "no department breakdown", "department, quotes 105"),
        un("zh", "上海市府办2019年35件商业企业申请里，房地产公司占几件？",
           "industry of applicant companies not reported", "industry, quotes 35"),
        un("zh", "“上海科技”视频号2024年的54373个粉丝里，有多少是大学生？",
           "kind of followers not reported", "kind of followers, quotes 54373"),
        un("zh", "淮安市2024年3001件自然人申请中，外地户籍的人提交了多少件？",
           "residence of applicants not reported", "residence, quotes 3001"),
        un("zh", "沭阳县2025年依申请公开平均几个工作日办结？", "response times not reported",
           "response days"),
        un("zh", "洪泽区政府办2024年专门做政务公开的有几个人？", "staff numbers not stated", "staff"),
        un("zh", "淮安市2024年政务公开工作经费预算是多少万元？", "no budget figure stated", "budget"),
        un("zh", "上海市科委2024年申请人对答复的满意率是多少？", "no satisfaction figure", "satisfaction"),
        un("zh", "沭阳县2025年12345热线接到多少个关于信息公开的电话？",
           "hotline call counts not reported", "phone calls"),
        un("zh", "淮安市2024年为什么有71件申请的申请人逾期不补正？", "reasons not reported",
           "reason behind a count, quotes 71"),
        un("zh", "沭阳县2026年的行政复议案件预计会有多少件？", "forecast", "forecast"),
        un("zh", "洪泽区2023年全年才21件申请，你觉得是不是说明老百姓不关心政务公开？", "opinion",
           "opinion, quotes 21"),
        un("zh", "淮安市2024年法律服务机构那61件申请，有几件是同一家律所交的？",
           "sub-group of a printed count; applicants not identified", "sub-group of 61"),
        un("zh", "沭阳2025年那2606篇新闻稿件里，原创的有多少篇？",
           "originality of news articles not counted (only the short videos are called original)",
           "sub-group of 2606"),
        un("zh", "淮安市2024年的3985758件行政处罚里，洪泽区占了多少件？",
           "no district breakdown in the city report; Hongze's own figure cannot be assumed to be "
           "part of it", "share attributed to another body, quotes 3985758"),
        un("zh", "上海市府办2025年的1295件申请中，有多少件是从上海市科委转过来的？",
           "no breakdown by referring body", "share attributed to another body, quotes 1295"),
        un("zh", "淮安市2023年政府信息公开申请一共收了多少件？", "Huai'an's 2023 report is not in the corpus",
           "year not in corpus"),
        un("zh", "清江浦区2024年行政复议有几件？", "清江浦区 has no report in the corpus",
           "body not in corpus"),
        un("zh", "上海市政府办公厅2024年新收的申请有多少件？",
           "the 2024 report of the Shanghai General Office is not in the corpus",
           "year not in corpus"),
    ]


def CONVERSATIONS():
    return PLAIN() + TRAPS() + SUMS() + DIFFS() + RANKS() + NARRATIVE() + FOLLOWUPS() + CANNOT()
