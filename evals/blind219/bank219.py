"""Question bank of blind evaluation set 219 (evals/blind219), prefix he-.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Emphasis: about a third of the conversations look answerable but must get no number.
The bank names keys, bodies, keywords and the wording only; every expected number is computed
by helpers219 (gold JSON, printed text rows, sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib219 as L  # noqa: E402
from helpers219 import (E, EU, F, N, R, S, T, U, V, D, cols)  # noqa: E402,F401

# Printed cells of the three reports without gold: the same specs blind6's text_cells.json
# verified (label or anchor line, index of the number); no new cell.
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

WAN = {"unit": "万元"}
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UNABLE3 = ["r.unable.%s.total" % s for s in L.UNABLE]
NOTPROC5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]


# ------------------------------------------------------------------ [plain]
def plain():
    P = "[plain] "
    return [
        # 淮安市人民政府 2024
        V("zh", "ha", "r.received.legal_services",
          "淮安市政府2024年收到的新申请里，律所这类法律服务机构递交的有几件？",
          P + "legal-services column, 'law firms' as people say it"),
        V("en", "ha", "r.withheld.process_info.total",
          "In 2024 how many requests did the Huai'an city government refuse because the material was "
          "still 'process' information (drafts, internal deliberations)?",
          P + "withheld: process information"),
        V("zh", "ha", "r.other.overdue_correction.total",
          "24年淮安那边，申请人被要求补正却一直没补、政府最后就不再处理的，一共多少件？",
          P + "other handling, sub-item 1"),
        V("en", "ha", "a.review.upheld",
          "Huaian, 2024: in how many disclosure-related administrative reviews did the reviewing body "
          "back the city government's original decision?",
          P + "review upheld; the narrative states the same 72",
          alt=("结果维持 72", 72)),
        V("zh", "ha", "c.punishment.decisions",
          "二〇二四年淮安市行政处罚的处理决定一共是多少个？",
          P + "very large city-wide count, Chinese-numeral year"),
        V("en", "ha", "c.fees.amount",
          "What did Huai'an report as administrative and institutional fees collected in 2024? The "
          "table gives it in units of 10,000 yuan, that figure is fine.",
          P + "fees in 万元", **WAN),
        V("en", "ha", "r.not_processed.petition.total",
          "How many of the requests Huai'an's city government got in 2024 were really complaints or "
          "letters-and-visits matters, and so were not handled as disclosure requests?",
          P + "not processed: petition"),
        V("en", "ha", "c.normative_docs.repealed",
          "Huai'an 2024 - how many normative documents got scrapped over the year?",
          P + "normative documents repealed"),
        V("zh", "ha", "r.granted.commercial",
          "淮安2024年企业（商业企业）提的申请，最后全部公开给他们的有几件？",
          P + "granted, commercial column"),
        V("en", "ha", "r.unable.not_held.total",
          "For 2024, how many applications to Huai'an's municipal government got the reply that the "
          "government simply doesn't hold that information?",
          P + "unable: not held"),
        V("zh", "ha", "a.litigation_direct.total",
          "淮安市政府2024年因为信息公开被人直接告上法院、没先走复议的，总共几起？",
          P + "direct litigation total"),
        V("en", "ha", "r.partially_granted.total",
          "Huai'an, 2024: number of requests where only part of the information was handed over?",
          P + "partially granted"),
        V("zh", "ha", "r.withheld.admin_query.total",
          "2024年淮安市政府收到的申请中，因为属于行政查询事项而没公开的有多少件？",
          P + "withheld: administrative query"),
        V("en", "ha", "r.received.natural_person",
          "How many brand-new requests did private individuals (not companies or organisations) send "
          "the Huai'an city government in 2024?",
          P + "received, natural persons"),
        V("zh", "ha", "r.received.legal_person",
          "淮安市2024年新收的申请中，法人或其他组织加在一起提交了多少件？",
          P + "derived key: the five organisation columns"),
        # 沭阳县人民政府 2025
        V("zh", "sy", "c.licensing.decisions",
          "沭阳县2025年一共作出多少个行政许可决定？",
          P + "licensing decisions"),
        V("en", "sy", "r.granted.total",
          "Shuyang County in 2025 - how many information requests were answered by releasing "
          "everything that was asked for?",
          P + "granted in full"),
        V("zh", "sy", "r.other.overdue_fee.total",
          "沭阳25年有几件申请，是因为申请人收到收费通知后逾期没交钱，县里就不再处理了？",
          P + "other handling: overdue fee"),
        V("en", "sy", "r.withheld.internal_affairs.total",
          "How many of the requests Shuyang dealt with in 2025 were refused on the ground that they "
          "concerned the county's internal affairs?",
          P + "withheld: internal affairs"),
        V("zh", "sy", "a.review.corrected",
          "2025年沭阳县政府信息公开方面的行政复议，被复议机关纠正的有几件？",
          P + "review corrected"),
        V("en", "sy", "c.normative_docs.in_force",
          "At the end of 2025, how many normative documents were still valid in Shuyang County?",
          P + "normative documents in force"),
        V("en", "sy", "c.coercion.decisions",
          "Number of administrative coercion decisions made by the Shuyang County government in 2025?",
          P + "coercion decisions"),
        V("en", "sy", "r.not_processed.duplicate.total",
          "Shuyang, 2025: how many applications were set aside as repeats of earlier requests?",
          P + "not processed: duplicate"),
        V("zh", "sy", "r.received.legal_services",
          "二〇二五年沭阳县新收的信息公开申请里，法律服务机构提了几件？",
          P + "received, legal services"),
        V("en", "sy", "c.fees.amount",
          "What was Shuyang County's administrative fee income for 2025, expressed in 万元?",
          P + "fees in 万元", **WAN),
        V("zh", "sy", "a.litigation_after_review.total",
          "沭阳县2025年先申请复议、之后又去法院起诉的信息公开案子一共几件？",
          P + "litigation after review total"),
        V("en", "sy", "r.other.other.total",
          "In Shuyang's 2025 report, how many requests ended up in the catch-all 'other' line under "
          "other handling?",
          P + "other handling: other"),
        V("zh", "sy", "r.received.legal_person",
          "沭阳县2025年新收申请中，企业和各类组织（法人或其他组织）合计多少件？",
          P + "derived legal_person; narrative '法人或其他组织申请 8 件' agrees",
          alt=("法人或其他组织申请 8", 8)),
        # 上海市人民政府办公厅 2019
        V("zh", "sh19", "r.received.total",
          "上海市政府办公厅2019年一共新收了多少件政府信息公开申请？",
          P + "received total; narrative agrees", alt=("859", 859)),
        V("en", "sh19", "r.withheld.state_secret.natural_person",
          "Shanghai General Office, 2019: how many requests from private individuals were refused "
          "as state secrets?",
          P + "natural-person column (the row total is printed blank)"),
        V("zh", "sh19", "c.regulations.total_published",
          "2019年上海市府办的规章，对外公开的累计总数是多少？",
          P + "2019 format: total published"),
        V("en", "sh19", "c.procurement.projects",
          "How many centralised government procurement projects did Shanghai's municipal general "
          "office list for 2019?",
          P + "2019 format: procurement projects"),
        V("zh", "sh19", "r.unable.unclear.natural_person",
          "上海市政府办公厅2019年，个人申请补正以后内容还是不明确、所以没法提供的有多少件？",
          P + "natural-person column (row total printed blank)"),
        V("en", "sh19", "a.litigation_direct.pending",
          "In 2019, how many disclosure lawsuits filed straight in court against the Shanghai "
          "General Office were still undecided?",
          P + "direct litigation pending"),
        V("zh", "sh19", "r.received.commercial",
          "19年上海市府办新收的申请里，商业企业提的有多少？",
          P + "two-digit year; received commercial"),
        V("en", "sh19", "r.not_processed.petition.natural_person",
          "Shanghai General Office FY2019 - complaint or petition-type requests from individuals "
          "that were not handled as disclosure requests: how many?",
          P + "natural-person column (row total printed blank)"),
        V("zh", "sh19", "c.procurement.amount",
          "2019年上海市政府办公厅政府集中采购的总金额，折合多少万元？",
          P + "251000元 printed, 25.1 万元", **WAN),
        # 淮安市洪泽区人民政府 2023
        V("zh", "hz23", "c.punishment.decisions",
          "洪泽区2023年作出的行政处罚决定有多少件？",
          P + "punishment decisions"),
        V("en", "hz23", "r.partially_granted.total",
          "Hongze District 2023: how many applications were partly granted?",
          P + "partially granted"),
        V("zh", "hz23", "r.withheld.state_secret.total",
          "2023年洪泽区政府因为涉及国家秘密没有公开的申请有几件？",
          P + "withheld: state secret"),
        V("en", "hz23", "c.fees.amount",
          "How much did Hongze District bring in from administrative fees in 2023? Give the table "
          "figure in 万元.",
          P + "fees in 万元", **WAN),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽23年有多少件申请，因为手里没有现成信息、得另外制作，最后没提供？",
          P + "unable: needs creation, two-digit year"),
        V("en", "hz23", "c.licensing.decisions",
          "In 2023, how many administrative licensing decisions did the Hongze District government "
          "record?",
          P + "licensing decisions"),
        V("en", "hz23", "c.normative_docs.repealed",
          "How many normative documents did Hongze District repeal in 2023?",
          P + "normative documents repealed"),
        V("en", "hz23", "r.received.total",
          "Hongze District received how many new disclosure requests during 2023?",
          P + "received total; narrative agrees", alt=("21 件", 21)),
        # 涧西区人民政府办公室 2020
        V("zh", "jx", "c.normative_docs.made",
          "涧西区政府办2020年新制作了几件规范性文件？",
          P + "2019 format: made"),
        V("en", "jx", "r.granted.total",
          "Jianxi District government office, 2020: how many applications were granted in full?",
          P + "granted"),
        V("zh", "jx", "c.procurement.projects",
          "2020年涧西区政府办搞了几个政府集中采购项目？",
          P + "procurement projects"),
        V("en", "jx", "c.procurement.amount",
          "What was the total value of centralised procurement reported by Jianxi District's "
          "government office for 2020 (in 10k yuan)?",
          P + "procurement amount in 万元", **WAN),
        V("zh", "jx", "r.unable.not_held.total",
          "涧西2020年有几件申请，是因为政府办自己不掌握这个信息所以给不了？",
          P + "unable: not held"),
        V("en", "jx", "a.review.total",
          "How many administrative review cases about information disclosure did the Jianxi "
          "District office face in 2020?",
          P + "review total"),
        V("zh", "jx", "a.litigation_after_review.upheld",
          "涧西区政府办2020年经过复议后又被起诉的案件里，法院维持的有几件？",
          P + "litigation after review upheld"),
        # 淮安市洪泽区人民政府 2024 (printed rows, no gold)
        V("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年行政许可的决定数量是多少？",
          P + "text row (no gold)"),
        V("en", "hz24", "r.granted.total",
          "Hongze District, 2024: how many information requests were met in full?",
          P + "text row (no gold)"),
        V("zh", "hz24", "r.unable.not_held.total",
          "2024年洪泽区政府有几件申请是因为不掌握相关信息、没办法提供的？",
          P + "text row (no gold)"),
        V("en", "hz24", "c.punishment.decisions",
          "How many administrative penalty decisions did Hongze report for 2024?",
          P + "text row (no gold)"),
        V("zh", "hz24", "a.review.total",
          "洪泽区2024年因政府信息公开被申请行政复议的有多少件？",
          P + "text row (no gold)"),
        V("en", "hz24", "a.litigation_after_review.total",
          "Hongze 2024 - lawsuits filed after an administrative review had already been decided: "
          "what's the total?",
          P + "text row (no gold)"),
        # 上海市人民政府办公厅 2025 (printed rows, no gold)
        V("zh", "sh25", "r.received.natural_person",
          "上海市政府办公厅2025年新收的申请里，个人提交的有多少件？",
          P + "text row (no gold)"),
        V("en", "sh25", "r.granted.total",
          "Shanghai General Office 2025: in how many cases did it release all of the requested "
          "information?",
          P + "text row (no gold)"),
        V("zh", "sh25", "r.unable.not_held.total",
          "2025年上海市府办以“本机关不掌握”为由无法提供的申请，表里是多少件？",
          P + "text row (no gold)"),
        V("en", "sh25", "a.review.total",
          "How many disclosure-related administrative reviews does the Shanghai municipal "
          "government general office's 2025 table show?",
          P + "text row (no gold); the table note says it includes cases carried over"),
        V("zh", "sh25", "r.carried_forward.total",
          "25年上海市府办没办完、转到下一年度接着办的申请有多少？",
          P + "text row (no gold), two-digit year"),
        V("en", "sh25", "r.not_processed.duplicate.total",
          "In 2025, how many requests to the Shanghai General Office were turned away as duplicate "
          "applications?",
          P + "text row (no gold)"),
        V("zh", "sh25", "r.unable.needs_creation.total",
          "上海市政府办公厅2025年，有几件申请因为没有现成信息、需要另行制作而没有提供？",
          P + "text row (no gold)"),
        # 上海市科学技术委员会 2024 (printed rows, no gold)
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年行政许可处理决定有多少件？",
          P + "text row (no gold)"),
        V("en", "kw", "c.normative_docs.in_force",
          "STCSM in 2024: how many normative documents were in force at year end?",
          P + "text row (no gold)"),
        V("zh", "kw", "r.received.commercial",
          "市科委2024年新收到的申请中，商业企业提出的有几件？",
          P + "text row (no gold)"),
        V("en", "kw", "r.total_processed.total",
          "How many requests did the Shanghai science commission finish handling in 2024, going by "
          "the total line of its table?",
          P + "text row (no gold)"),
        V("zh", "kw", "c.punishment.decisions",
          "上海科委24年行政处罚决定有几件？",
          P + "text row (no gold), value 0"),
    ]


# ------------------------------------------------------------------ [neighbour]
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total",
          "淮安市政府2024年没能在年内办完、要留到下一年继续办理的申请有多少件？",
          P + "结转下年 103, not 上年结转 34; narrative agrees", alt=("103", 103)),
        T("en", "sy", "a.litigation_after_review.upheld",
          "Shuyang 2025: of the lawsuits brought after an administrative review, how many ended "
          "with the government's decision upheld?",
          P + "after-review upheld 8, not direct upheld 3"),
        T("zh", "sy", "c.normative_docs.repealed",
          "沭阳县2025年当年废止的行政规范性文件有几件？",
          P + "repealed 1, not issued 6 / in force 32"),
        T("en", "ha", "r.unable.needs_creation.total",
          "Huai'an 2024: how many requests couldn't be met because no ready-made information "
          "existed and it would have had to be compiled?",
          P + "needs creation 11, not 'not held' 769"),
        T("zh", "sy", "r.withheld.process_info.total",
          "沭阳县2025年因为属于四类过程性信息而不予公开的有几件？",
          P + "process info 2, not internal affairs 13"),
        T("en", "sh19", "c.regulations.made",
          "How many regulations did the Shanghai General Office newly make in 2019?",
          P + "made 13, not total published 524"),
        T("zh", "ha", "a.review.corrected",
          "淮安2024年政府信息公开行政复议中，结果被纠正的有几件？",
          P + "corrected 64, not other results 178"),
        T("en", "sy", "r.partially_granted.total",
          "In 2025, how many applications did Shuyang County release only in part?",
          P + "partially granted 101, not granted 294"),
        T("zh", "kw", "c.normative_docs.issued",
          "上海市科委2024年本年制发的规范性文件有几件？",
          P + "issued 13, not in force 55"),
        T("en", "sh25", "r.carried_over.total",
          "Shanghai General Office, 2025 table: how many requests were brought into 2025 from the "
          "year before it?",
          P + "上年结转 189, not 结转下年 293; narrative agrees", alt=("上年结转 189", 189)),
        T("zh", "ha", "r.granted.legal_services",
          "淮安市2024年法律服务机构提的申请里，予以公开的有多少件？",
          P + "legal services 50, not commercial 21"),
        T("en", "hz24", "a.litigation_direct.total",
          "Hongze District 2024: disclosure lawsuits filed directly, with no administrative review "
          "beforehand - how many in total?",
          P + "direct 1, not after-review 3"),
        T("zh", "sh19", "c.normative_docs.total_published",
          "上海市府办2019年规范性文件的对外公开总数量是多少？",
          P + "total published 368, not made 60"),
    ]


# ------------------------------------------------------------------ [combine]
def combine():
    P = "[combine] "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市政府2024年全部公开加部分公开的申请，合计多少件？",
          P + "sum of 2 cells"),
        S("en", "ha", WITHHELD8,
          "Add up every refusal category for Huai'an in 2024 (state secret, other laws, the "
          "'three securities and one stability', third-party rights, internal affairs, process "
          "info, enforcement files, administrative queries). What's the total?",
          P + "sum of the 8 withheld sub-items"),
        S("zh", "ha", UNABLE3,
          "淮安市2024年“无法提供”这一大类（不掌握、需另行制作、补正后仍不明确）加起来多少件？",
          P + "sum of the 3 unable sub-items"),
        S("en", "ha", NOTPROC5,
          "For Huai'an's 2024 report, what do the five 'not processed' lines add up to?",
          P + "sum of the 5 not-processed sub-items"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年行政复议、直接起诉和复议后起诉三类案件加起来一共多少件？",
          P + "sum of 3 appeals totals; narrative '74 件' agrees", alt=("74 件", 74)),
        S("en", "sy", ["r.received.total", "r.carried_over.total"],
          "Shuyang 2025: new requests plus the ones carried over from 2024 - what's the combined "
          "number?",
          P + "sum of 2 cells; narrative 749 agrees", alt=("749", 749)),
        S("zh", "sh19", cols("granted"),
          "上海市政府办公厅2019年予以公开的申请，把自然人和各类法人组织的数字加起来是多少？",
          P + "sum of the six columns; the printed 总计 is blank",
          printed_total=["r.granted.total"]),
        S("en", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2023: penalty decisions plus coercion decisions, together?",
          P + "sum of 2 cells"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
          "涧西区政府办2020年予以公开的和因不掌握而无法提供的，两项合计几件？",
          P + "sum of 2 cells"),
        S("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
          "In 2019, how many regulations and normative documents did the Shanghai General Office "
          "newly make, taken together?",
          P + "sum of 2 cells"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "上海市府办2025年“不掌握”和“需另行制作”这两类无法提供的申请，加在一起多少？",
          P + "sum of 2 text rows"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type requests plus duplicate requests, combined?",
          P + "sum of 2 text rows"),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions", "c.licensing.decisions"],
          "洪泽区2024年行政许可、行政处罚、行政强制三项处理决定加总是多少？",
          P + "sum of 3 text rows"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests plus requests carried over from 2023, how many altogether?",
          P + "sum of 2 text rows"),
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区的行政许可决定数，2024年比2023年多了多少？",
          P + "difference 2023 -> 2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "By how much did Hongze District's administrative penalty decisions change between 2023 "
          "and 2024?",
          P + "difference 2023 -> 2024 (negative)"),
        D("zh", "hz23", "hz24", "r.granted.total",
          "洪泽区予以公开的申请数，从2023年到2024年增加了几件？",
          P + "difference 2023 -> 2024"),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze: how much did 'information not held' replies go up from 2023 to 2024?",
          P + "difference 2023 -> 2024"),
        D("zh", "sh19", "sh25", "r.received.total",
          "上海市政府办公厅2025年新收申请比2019年多出多少件？",
          P + "difference 2019 -> 2025"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: change in requests carried forward to the next year, 2019 "
          "versus 2025?",
          P + "difference 2019 -> 2025"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市府办信息公开行政复议的数量，2025年和2019年相比增加了多少？",
          P + "difference 2019 -> 2025"),
        D("en", "sh19", "sh25", "r.received.natural_person",
          "How many more new requests from individuals did the Shanghai General Office get in 2025 "
          "than in 2019?",
          P + "difference 2019 -> 2025"),
    ]


# ------------------------------------------------------------------ [rank]
def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
          "淮安市政府2024年、沭阳县2025年、上海市府办2019年和涧西区政府办2020年，哪家新收的信息公开申请最多？",
          P + "4 bodies, desc"),
        R("en", ["hz23", "jx", "sy"], "r.received.total", "asc",
          "Among Hongze District (2023), Jianxi District office (2020) and Shuyang County (2025), "
          "which received the fewest new requests?",
          P + "3 bodies, asc"),
        R("zh", ["sy", "sh19", "jx"], "a.review.total", "desc",
          "沭阳县2025年、上海市政府办公厅2019年、涧西区2020年这三家，谁的信息公开行政复议案件最多？",
          P + "3 bodies, desc"),
        R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
          "Which issued the fewest administrative penalty decisions: Huai'an in 2024, Hongze in 2023 "
          "or Shuyang in 2025?",
          P + "3 bodies, asc"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "行政许可决定数量，淮安市2024年、沭阳县2025年、洪泽区2023年谁最多？",
          P + "3 bodies, desc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which took in the "
          "least in administrative fees?",
          P + "3 bodies, asc (万元)"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc",
          "结转到下一年继续办的申请，淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年哪家最多？",
          P + "4 bodies, desc"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "Which had the fewest normative documents in force: Huai'an 2024, Hongze 2023 or Shuyang "
          "2025?",
          P + "3 bodies, asc"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc",
          "淮安市2024年、洪泽区2023年、沭阳县2025年、涧西区2020年，因“本机关不掌握”无法提供的申请哪家最少？",
          P + "4 bodies, asc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.legal_person", "desc",
          "Counting all organisations together (companies, research bodies, NGOs, law firms, "
          "others), who got the most new requests from them: Huai'an 2024, Shuyang 2025, the "
          "Shanghai General Office 2019 or Jianxi District office 2020?",
          P + "4 bodies, derived legal_person, desc"),
    ]


# ------------------------------------------------------------------ [followup]
def followup():
    P = "[followup] "
    return [
        F("zh", [("淮安市政府2024年一共新收多少件信息公开申请？", E("ha", "r.received.total", alt=("3119", 3119))),
                 ("那洪泽区2023年呢？", E("hz23", "r.received.total", alt=("21 件", 21)))],
          P + "body and year switch"),
        F("en", [("How many disclosure-related administrative reviews did Shuyang County have in 2025?",
                  E("sy", "a.review.total")),
                 ("And how many of them hadn't been decided yet?", E("sy", "a.review.pending")),
                 ("What about lawsuits filed directly in court that were still pending?",
                  E("sy", "a.litigation_direct.pending"))],
          P + "outcome then group switch"),
        F("zh", [("上海市府办2019年新收申请多少件？", E("sh19", "r.received.total", alt=("859", 859))),
                 ("换成2025年呢？", E("sh25", "r.received.total", alt=("1295", 1295)))],
          P + "year switch, 2025 from the printed row"),
        F("en", [("Huai'an's licensing decisions in 2024 - how many?", E("ha", "c.licensing.decisions")),
                 ("Same thing for Shuyang County in 2025?", E("sy", "c.licensing.decisions"))],
          P + "body switch"),
        F("zh", [("洪泽区2023年行政处罚决定多少件？", E("hz23", "c.punishment.decisions")),
                 ("24年呢？", E("hz24", "c.punishment.decisions")),
                 ("那一年的行政强制呢？", E("hz24", "c.coercion.decisions"))],
          P + "year then row switch"),
        F("en", [("Jianxi District office, 2020: how many requests rolled over into the next year?",
                  E("jx", "r.carried_forward.total")),
                 ("And for Huai'an in 2024?", E("ha", "r.carried_forward.total", alt=("103", 103)))],
          P + "body and year switch"),
        F("zh", [("沭阳县2025年因为不掌握信息无法提供的申请有多少？", E("sy", "r.unable.not_held.total")),
                 ("需要另行制作的呢？", E("sy", "r.unable.needs_creation.total")),
                 ("补正后仍然不明确的呢？", E("sy", "r.unable.unclear.total"))],
          P + "row switch within 无法提供"),
        F("en", [("How many new disclosure requests did STCSM receive in 2024?",
                  E("kw", "r.received.total", alt=("34 件", 34))),
                 ("How many of those were from individuals?", E("kw", "r.received.natural_person")),
                 ("And how many of those individuals actually live in Shanghai?",
                  EU("the report does not break applicants down by residence"))],
          P + "column switch, then a residence breakdown that is not printed"),
        F("zh", [("淮安市2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=("复议 351", 351))),
                 ("其中还没审结的有几件？", E("ha", "a.review.pending", alt=("尚未审结 37", 37)))],
          P + "outcome switch; narrative agrees"),
        F("en", [("Shanghai General Office, 2025: how many administrative reviews over disclosure?",
                  E("sh25", "a.review.total")),
                 ("How many were still pending?", E("sh25", "a.review.pending")),
                 ("And direct lawsuits in total?", E("sh25", "a.litigation_direct.total"))],
          P + "outcome then group switch, printed row"),
        F("zh", [("沭阳县2025年商业企业新提交的申请有几件？", E("sy", "r.received.commercial")),
                 ("这几家企业里有几家是做制造业的？", EU("the report does not give the industry of applicant companies"))],
          P + "then a sub-group of a printed count (industry) that is not printed"),
        F("en", [("Hongze District's administrative fee income in 2023, in 万元?", E("hz23", "c.fees.amount", **WAN)),
                 ("And in 2024?", E("hz24", "c.fees.amount", **WAN))],
          P + "year switch (万元)"),
        F("zh", [("涧西区政府办2020年一共收到几件依申请公开？", E("jx", "r.received.total", alt=("17件", 17))),
                 ("其中予以公开的几件？", E("jx", "r.granted.total")),
                 ("那上海市府办2019年自然人申请里予以公开的有多少？", E("sh19", "r.granted.natural_person"))],
          P + "row then body switch; sh19 by column"),
        F("en", [("How many normative documents were in force in Huai'an at the end of 2024?",
                  E("ha", "c.normative_docs.in_force")),
                 ("What about regulations still in force?", E("ha", "c.regulations.in_force")),
                 ("And regulations in force for Shuyang in 2025?", E("sy", "c.regulations.in_force"))],
          P + "row then body switch"),
        F("zh", [("上海市政府办公厅2019年未经复议直接被起诉的信息公开案件有几件？",
                  E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
                 ("2025年呢？", E("sh25", "a.litigation_direct.total"))],
          P + "year switch"),
        F("en", [("What were Shuyang County's administrative fees in 2025 (万元)?", E("sy", "c.fees.amount", **WAN)),
                 ("Huai'an for 2024?", E("ha", "c.fees.amount", **WAN)),
                 ("And Hongze District in 2023?", E("hz23", "c.fees.amount", **WAN))],
          P + "body switches (万元)"),
        F("zh", [("洪泽区2024年本年制发了几件行政规范性文件？", E("hz24", "c.normative_docs.issued")),
                 ("现行有效的呢？", E("hz24", "c.normative_docs.in_force")),
                 ("2023年洪泽区现行有效的又是多少？", E("hz23", "c.normative_docs.in_force"))],
          P + "column then year switch"),
        F("en", [("How many new requests from commercial companies did the Shanghai General Office get in 2025?",
                  E("sh25", "r.received.commercial")),
                 ("And in 2019?", E("sh19", "r.received.commercial"))],
          P + "year switch"),
        F("zh", [("淮安市2024年其他处理里面“其他”那一项是多少件？", E("ha", "r.other.other.total")),
                 ("沭阳县2025年同一项呢？", E("sy", "r.other.other.total"))],
          P + "body switch"),
        F("en", [("Jianxi District office's total procurement amount for 2020, in 万元?",
                  E("jx", "c.procurement.amount", **WAN)),
                 ("And the Shanghai General Office in 2019?", E("sh19", "c.procurement.amount", **WAN))],
          P + "body switch (万元)"),
        F("zh", [("沭阳县2025年结转到下一年继续办理的申请有多少件？",
                  E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
                 ("这31件里面跟征地拆迁有关的有几件？", EU("the report gives no topic breakdown of carried-forward requests"))],
          P + "then a topic sub-group that is not printed"),
        F("en", [("How many requests from individuals did Huai'an grant in full in 2024?",
                  E("ha", "r.granted.natural_person")),
                 ("How many of those 1288 applicants were women?", EU("the report has no breakdown by sex"))],
          P + "then a sex breakdown that is not printed"),
        F("zh", [("洪泽区2023年因为不掌握相关信息无法提供的申请有几件？", E("hz23", "r.unable.not_held.total")),
                 ("2024年呢？", E("hz24", "r.unable.not_held.total"))],
          P + "year switch"),
        F("en", [("Shanghai General Office 2019: how many requests were carried over from 2018?",
                  E("sh19", "r.carried_over.total", alt=("上年度结转申请18件", 18))),
                 ("And carried over into 2025?", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189)))],
          P + "year switch; narratives agree"),
        F("zh", [("上海市科委2024年行政许可决定多少件？", E("kw", "c.licensing.decisions")),
                 ("行政处罚呢？", E("kw", "c.punishment.decisions")),
                 ("那97件许可里哪个月办得最多？", EU("the report gives no monthly breakdown"))],
          P + "row switch, then a month breakdown that is not printed"),
        F("en", [("Shuyang 2025: how many requests were withheld because disclosure would endanger the "
                  "'three securities and one stability'?", E("sy", "r.withheld.security_stability.total")),
                 ("And how many were administrative-query items?", E("sy", "r.withheld.admin_query.total"))],
          P + "row switch"),
        F("zh", [("淮安市政府2024年复议后又被起诉的案件总共几件？", E("ha", "a.litigation_after_review.total")),
                 ("其中维持的？", E("ha", "a.litigation_after_review.upheld")),
                 ("被纠正的呢？", E("ha", "a.litigation_after_review.corrected"))],
          P + "outcome switches"),
        F("en", [("Hongze District's administrative fees for 2024 in 万元?", E("hz24", "c.fees.amount", **WAN)),
                 ("How much of that was collected by the district public security bureau?",
                  EU("the report gives no department breakdown of fee income"))],
          P + "then a department share that is not printed"),
        F("zh", [("上海市府办2025年上年结转的申请中，自然人的有多少件？", E("sh25", "r.carried_over.natural_person")),
                 ("法律服务机构上年结转的呢？", E("sh25", "r.carried_over.legal_services"))],
          P + "column switch"),
        F("en", [("Jianxi District office, 2020: requests from individuals granted in full?",
                  E("jx", "r.granted.natural_person")),
                 ("Same column for Shuyang County in 2025?", E("sy", "r.granted.natural_person"))],
          P + "body and year switch"),
        F("zh", [("沭阳县2025年行政处罚决定有多少？", E("sy", "c.punishment.decisions")),
                 ("淮安市2024年是多少？", E("ha", "c.punishment.decisions")),
                 ("淮安这些处罚里针对企业的占多少？", EU("the report does not split penalty decisions by who was penalised"))],
          P + "body switch, then a sub-group that is not printed"),
    ]


# ------------------------------------------------------------------ [textonly]
def textonly():
    P = "[textonly] "
    return [
        N("zh", "jx", "26个试点领域", 26, "个",
          "涧西区政府办2020年推进基层政务公开标准化规范化，涉及多少个试点领域？",
          P + "pilot areas", frm="对照省、市"),
        N("en", "jx", "601项", 601, "项",
          "Jianxi District office's 2020 report: how many disclosure items did it identify when it "
          "mapped out the public-service and power-exercise processes?",
          P + "items listed", frm="梳理细化"),
        N("zh", "ha", "政策性文件 11", 11, "件",
          "按淮安市2024年年报正文的说法，市政府及市政府办新增公开的政策性文件有几件？",
          P + "narrative concept, not the table's 制发 8"),
        N("en", "ha", "政策解读", 21, "个",
          "How many policy interpretations did Huai'an produce in 2024, according to the report text?",
          P + "policy interpretations"),
        N("zh", "ha", "新闻发布会 12", 12, "场",
          "淮安市2024年开了多少场新闻发布会？",
          P + "press conferences"),
        N("en", "ha", "共计 95", 95, "个",
          "How many government new-media accounts were being run across Huai'an in 2024?",
          P + "new-media accounts"),
        N("zh", "ha", "4 次", 4, "次",
          "2024年淮安组织了几次政府信息公开栏目的全覆盖检查？",
          P + "inspections"),
        N("en", "ha", "3940", 3940, "元",
          "What did the Huai'an city government collect in information-processing fees for "
          "disclosure requests in 2024?",
          P + "processing fee in 元", frm="2024 年，市政府严格"),
        N("zh", "hz23", "1136", 1136, "条",
          "洪泽区2023年在政府网站上主动公开了多少条政府信息？",
          P + "items published"),
        N("en", "hz24", "2428", 2428, "条",
          "How many pieces of government information did Hongze District post on its website in "
          "2024?",
          P + "items published"),
        N("zh", "hz24", "17 件", 17, "件",
          "洪泽区2024年年报里说，区政府办代表区政府受理了多少件信息公开申请？",
          P + "the office's own count as the text states it (the table prints 95)"),
        N("en", "sy", "意见征集9期", 9, "期",
          "How many rounds of public consultation did Shuyang County run through its portal in "
          "2025?",
          P + "consultation rounds"),
        N("zh", "sy", "专栏33个", 33, "个",
          "沭阳县2025年政务新媒体开了多少个专栏？",
          P + "columns"),
        N("en", "sy", "爆款内容52条", 52, "条",
          "Shuyang 2025: how many pieces of content went viral, per the annual report?",
          P + "viral posts"),
        N("zh", "sy", "64家单位", 64, "家",
          "2025年沭阳县集中公开了多少家单位的政府信息公开年度报告？",
          P + "units whose reports were published"),
        N("en", "sy", "催办提示 84", 84, "次",
          "How many reminder alerts did Shuyang's countdown alarm system send out in 2025?",
          P + "reminders"),
        N("zh", "sy", "主动沟通 49", 49, "次",
          "沭阳县2025年在办理申请前主动和申请人沟通了多少次？",
          P + "pre-handling contacts"),
        N("en", "sy", "失效链接43处", 43, "处",
          "In 2025, how many broken links did Shuyang County fix on its website?",
          P + "broken links"),
        N("zh", "sy", "697条", 697, "条",
          "沭阳县2025年清理了多少条过期信息？",
          P + "expired items cleaned"),
        N("en", "sy", "380元", 380, "元",
          "What was the total information-processing fee charged by Shuyang County's agencies for "
          "2025 requests?",
          P + "fee in 元"),
        N("zh", "kw", "建议 50", 50, "件",
          "上海市科委2024年主办、合办的人大代表建议有多少件？",
          P + "deputies' suggestions"),
        N("en", "kw", "121 条", 121, "条",
          "How many policies did STCSM push out through integrated policy release in 2024?",
          P + "policies pushed"),
        N("zh", "kw", "直播 118", 118, "场",
          "“上海科技”视频号2024年做了多少场直播？",
          P + "live streams"),
        N("en", "kw", "54373", 54373, "人",
          "How many followers did the 'Shanghai Science and Technology' WeChat video channel have "
          "in the science commission's 2024 report?",
          P + "followers of the video channel"),
        N("zh", "sh25", "人事任免文件 196", 196, "件",
          "上海市政府办公厅2025年主动公开的人事任免文件有多少件？",
          P + "appointment documents"),
        N("en", "sh25", "新闻发布会 42", 42, "场",
          "How many municipal government press conferences did Shanghai hold in 2025, according to "
          "the general office's report?",
          P + "press conferences"),
        N("zh", "sh25", "157 件", 157, "件",
          "2025年向上海市府办提出申请后又主动撤回的有多少件？",
          P + "withdrawn requests"),
        N("en", "sh25", "10 个语种", 10, "个",
          "In how many languages was the Shanghai International Services Portal available by 2025?",
          P + "languages"),
        N("zh", "sh19", "132件", 132, "件",
          "上海市政府办公厅2019年通过“中国上海”门户网站发布了多少件政策解读？",
          P + "policy interpretations"),
        N("en", "sh19", "38次", 38, "次",
          "How many times did the Shanghai General Office put out authoritative releases on key "
          "topics of the executive meetings in 2019?",
          P + "authoritative releases"),
        N("zh", "sh19", "70家", 70, "家",
          "2019年上海每季度全面检查的政府网站有多少家？",
          P + "websites checked"),
    ]


# ------------------------------------------------------------------ [cannot]
def cannot():
    P = "[cannot] "
    out = []

    def u(lang, q, why, tag):
        out.append(U(lang, q, why, P + tag))

    # one person's own request, told as a short story
    u("zh", "我2024年5月向淮安市政府申请公开我们小区旧改的补偿标准，回复说不掌握。年报里那769件不掌握的，里面有没有我这一件？我的申请编号是多少？",
      "the report does not list individual applications", "own request as a story")
    u("en", "My neighbour and I each filed a request with Shuyang County in 2025 about the road-widening "
      "plan near our village. Were both of ours among the 294 that were granted?",
      "individual applications are not identified in the report", "own request as a story")
    u("zh", "我2023年在洪泽区申请过一件，被告知涉及国家秘密。表上那1件国家秘密的是不是就是我的？当时是哪个部门定的密？",
      "the report does not identify individual cases or departments", "own request as a story")
    u("en", "I asked the Shanghai General Office for a meeting transcript in 2025 and then gave up and "
      "withdrew it. How long did my request sit in their system before the withdrawal was recorded?",
      "no processing times for individual requests", "own request as a story")
    u("zh", "我是律师，2024年替当事人向淮安市政府递了3份申请。这3份分别是什么处理结果？",
      "individual outcomes are not in the report", "own request as a story")
    u("en", "My dad applied to Shuyang in 2025 for the approval file on his homestead and hasn't heard "
      "back. Is his among the 31 carried into the next year, and when will he get an answer?",
      "no individual cases or deadlines in the report", "own request as a story")
    u("zh", "我2024年给淮安市政府写了封投诉信，结果被当成信访类不予处理。他们用了几天才告诉我的？",
      "the report states no response times", "own request as a story")
    u("en", "Back in 2019 I asked the Shanghai General Office something and was told it was an "
      "'administrative query' matter. Of those cases, which one was mine and what did the others ask?",
      "individual cases are not described", "own request as a story")
    u("zh", "我们公司2024年向上海市科委申请过信息公开，应该就是那2家企业之一。另一家是谁？",
      "applicants are not named", "own request as a story")
    u("en", "I'm one of the two people in Jianxi District whose 2020 request was still open at year "
      "end. On what date will mine be finished?",
      "no dates or individual cases in the report", "own request as a story")
    # named people
    u("zh", "王建国2024年向淮安市政府申请了几次信息公开？",
      "applicants are not named in the report", "named person")
    u("en", "How many disclosure requests did Zhang Wei submit to the Shanghai General Office in 2025?",
      "applicants are not named", "named person")
    u("zh", "沭阳县2025年61件行政复议里，李秀英提的那件最后是维持还是纠正？",
      "individual review cases are not named", "named person")
    u("en", "How many of Hongze District's 21 requests in 2023 did office director Chen handle personally?",
      "no staff names or per-person workload", "named person")
    u("zh", "涧西区政府办2020年负责信息公开的科长叫什么？他一个人办了几件申请？",
      "no staff names or per-person counts", "named person")
    # personal data
    u("zh", "能把淮安市2024年那1件“补正后申请内容仍不明确”的申请人电话发给我吗？",
      "personal data are not published", "personal data")
    u("en", "Give me the names and ID numbers of the 32 individuals who sent requests to STCSM in 2024.",
      "personal data are not published", "personal data")
    u("zh", "上海市府办2019年那9起诉讼的原告分别住在哪个区？",
      "plaintiffs' addresses are not published", "personal data")
    u("en", "What are the home addresses of the people behind Shuyang's 12 petition-type requests in 2025?",
      "personal data are not published", "personal data")
    # breakdowns the reports do not print
    u("zh", "淮安市2024年的3119件申请，按季度分别是多少件？",
      "no quarterly breakdown", "quarter breakdown")
    u("en", "Which month of 2023 brought Hongze District the most of its 21 requests?",
      "no monthly breakdown", "month breakdown")
    u("zh", "沭阳县2025年新收的713件申请里，男性申请人有多少？",
      "no breakdown by sex", "sex breakdown")
    u("en", "Of the 1259 requests individuals sent the Shanghai General Office in 2025, how many came "
      "from people over 60?",
      "no breakdown by age", "age breakdown")
    u("zh", "涧西区政府办2020年收到的17件申请中，有几件是在网上提交的、几件是当面递交的？",
      "no breakdown by channel", "channel breakdown")
    u("en", "How many of Huai'an's 2024 requests were sent by post rather than online?",
      "no breakdown by channel", "channel breakdown")
    u("zh", "淮安市2024年3119件申请里，涉及征地拆迁的有多少件？",
      "no topic breakdown", "topic breakdown")
    u("en", "How many of the Shanghai General Office's 859 new requests in 2019 were about housing?",
      "no topic breakdown", "topic breakdown")
    u("zh", "沭阳县2025年的申请，各个乡镇分别有多少件？",
      "no township breakdown", "township breakdown")
    u("en", "Break down Huai'an's 769 'not held' replies in 2024 by district - how many for Qingjiangpu?",
      "no district breakdown", "district breakdown")
    u("zh", "淮安2024年3985758件行政处罚决定中，市场监管局作出的有多少？",
      "no department breakdown", "department breakdown")
    u("en", "How many of Shuyang's 517645 licensing decisions in 2025 were issued by the natural "
      "resources bureau?",
      "no department breakdown", "department breakdown")
    u("zh", "上海市府办2025年那36件企业新申请，企业都来自哪些行业？金融业几家？",
      "no industry breakdown of applicant companies", "industry breakdown")
    u("en", "Huai'an got 53 new requests from companies in 2024. How many of those firms were in "
      "construction or real estate?",
      "no industry breakdown", "industry / sub-group")
    u("zh", "“上海科技”微信公众号2024年的1016823个关注者里，有多少是科研人员？",
      "the report does not describe its followers", "kind of followers")
    u("en", "Of the 54373 fans of STCSM's video channel in 2024, how many are university students?",
      "no breakdown of followers", "kind of followers")
    u("zh", "沭阳县2025年那条播放量破亿的视频，观众里本县人占多少？",
      "no audience breakdown", "kind of viewers / residence")
    u("en", "How many of the 749 requests Shuyang handled in 2025 came from people living outside the county?",
      "no breakdown by residence", "residence breakdown")
    u("zh", "上海市府办2019年的859件申请中，外省市居民提交的有多少？",
      "no breakdown by residence", "residence breakdown")
    u("en", "How many foreign nationals filed disclosure requests with the Shanghai General Office in 2025?",
      "no breakdown by nationality", "nationality breakdown")
    u("zh", "“上海科技”视频号2024年的54373个粉丝里，外国人有多少？",
      "no breakdown by nationality", "nationality breakdown")
    u("en", "Huai'an ran 95 government new-media accounts in 2024. How many of their followers are "
      "businesses and how many are ordinary residents?",
      "no audience breakdown", "kind of readers")
    # quantities the reports do not state
    u("zh", "上海市政府办公厅2025年平均用多少个工作日答复一件申请？",
      "response times are not stated", "response days")
    u("en", "On average, how many days did Huai'an take to answer a disclosure request in 2024?",
      "response times are not stated", "response days")
    u("zh", "沭阳县2025年专门做政府信息公开的工作人员有几个？",
      "staff numbers are not stated", "staff")
    u("en", "How many people worked on information disclosure at the Hongze District office in 2024?",
      "staff numbers are not stated", "staff")
    u("zh", "淮安市2024年运维那95个政务新媒体一共花了多少钱？",
      "costs are not stated", "cost")
    u("en", "What did the Shanghai General Office spend on adding the Italian-language site to its "
      "international portal in 2025?",
      "costs are not stated", "cost")
    u("zh", "上海市科委2024年政务公开工作的预算是多少万元？",
      "no budget figure for disclosure work", "budget")
    u("en", "What was Jianxi District office's budget for information disclosure in 2020?",
      "no budget figure", "budget")
    u("zh", "洪泽区2024年群众对政府信息公开工作的满意度是多少？",
      "no satisfaction figure", "satisfaction")
    u("en", "What satisfaction rate did applicants give Shuyang County's disclosure service in 2025?",
      "no satisfaction figure", "satisfaction")
    u("zh", "淮安市政府办2024年接到多少个关于信息公开的咨询电话？",
      "phone calls are not counted", "phone calls")
    u("en", "How many phone calls about disclosure requests did the Shanghai General Office make to "
      "applicants in 2019?",
      "the report mentions phone contact but gives no count", "phone calls")
    u("en", "How many calls did Shuyang's 12345 hotline take in 2025?",
      "hotline calls are not counted", "phone calls")
    u("en", "How many of Huai'an's 21 policy interpretations in 2024 were videos?",
      "no breakdown by form", "sub-group not printed")
    # reasons behind a count
    u("zh", "为什么淮安市2024年的政府信息公开行政复议会有351件这么多？",
      "the report gives no reason for the number", "reason")
    u("en", "Why did Hongze District's licensing decisions jump from 550 in 2023 to 9487 in 2024?",
      "no reason is given", "reason")
    u("zh", "沭阳县2025年为什么有143件申请被归到“其他”处理？",
      "no reason is given", "reason")
    u("en", "What made the Shanghai General Office's 'information not held' replies reach 513 in 2025?",
      "no reason is given", "reason")
    u("zh", "洪泽区2024年为什么新收了95件申请，而2023年只有21件？",
      "no reason is given", "reason")
    # forecasts
    u("zh", "照这个势头，上海市府办2026年会收到多少件信息公开申请？",
      "forecasts are not in the reports", "forecast")
    u("en", "Will Huai'an receive more than 3,500 disclosure requests in 2025?",
      "forecasts are not in the reports; 淮安 2025 is not held", "forecast")
    u("zh", "沭阳县2026年的行政复议估计会有多少件？",
      "forecasts are not in the reports", "forecast")
    u("en", "How many administrative penalty decisions should we expect from Hongze District in 2025?",
      "forecasts are not in the reports", "forecast")
    # opinions
    u("zh", "你觉得淮安市2024年收了96171.6万元行政事业性收费，这个数算不算高？",
      "an opinion, not a reported figure", "opinion")
    u("en", "Honestly, was Shuyang County's disclosure work in 2025 better than Huai'an's in 2024? "
      "Score them out of ten.",
      "an opinion; no score in the reports", "opinion")
    u("zh", "上海市科委2024年才收到34件申请，是不是说明大家不关心科技政策？",
      "an opinion, not a reported figure", "opinion")
    # sub-groups of a printed count
    u("en", "Of the 61 requests law firms filed with Huai'an in 2024, how many came from the same firm?",
      "no sub-group of the printed count", "sub-group")
    u("zh", "上海市府办2025年主动撤回的157件里面，有多少是企业撤回的？",
      "the text gives no split of the 157", "sub-group")
    u("en", "Of the 52 viral posts Shuyang had in 2025, how many were about rural revitalisation?",
      "only a split by views is printed, none by topic", "sub-group")
    u("zh", "洪泽区2024年那31件不掌握的申请里，有几件其实应该去问淮安市里？",
      "no sub-group of the printed count", "sub-group")
    u("en", "Of the 351 administrative reviews concerning Huai'an in 2024, how many were heard by the "
      "Jiangsu provincial government?",
      "no sub-group of the printed count", "sub-group")
    u("zh", "涧西区2020年那13件予以公开的申请，有几件是关于养老服务的？",
      "no topic sub-group", "sub-group")
    # shares of one body's figure attributed to another body
    u("en", "How many of the Shanghai General Office's 1295 requests in 2025 were actually passed on "
      "to the science commission to answer?",
      "the reports do not attribute requests across bodies", "share attributed to another body")
    u("zh", "淮安市2024年全市3119件申请里，有多少件是涟水县政府受理的？",
      "no split by county in the city report", "share attributed to another body")
    u("en", "What part of Huai'an's 96171.6 (10k yuan) fee income in 2024 was collected by the Xuyi "
      "county government?",
      "no split by county", "share attributed to another body")
    u("zh", "上海市府办2019年那7件行政复议里，有几件是针对上海市科委的？",
      "no attribution to other bodies", "share attributed to another body")
    # bodies and years not in the corpus
    u("zh", "洪泽区2022年新收了多少件政府信息公开申请？",
      "洪泽区 2022 is not in the corpus", "year not held")
    u("en", "How many new disclosure requests did Shuyang County receive in 2024?",
      "沭阳县 2024 is not in the corpus", "year not held")
    u("zh", "上海市科委2023年的行政许可决定有多少件？",
      "上海市科委 2023 is not in the corpus", "year not held")
    u("en", "Jianxi District office's 2021 report - how many requests were granted?",
      "涧西区 2021 is not in the corpus", "year not held")
    u("zh", "上海市政府办公厅2022年新收申请多少件？",
      "上海市府办 2022 is not in the corpus", "year not held")
    u("en", "What were Huai'an's administrative penalty decisions in 2023?",
      "淮安市 2023 is not in the corpus", "year not held")
    u("zh", "南京市政府2024年收到多少件信息公开申请？",
      "南京市 is not in the corpus", "body not held")
    u("en", "How many administrative reviews did Suqian city have in 2025 over disclosure?",
      "宿迁市 is not in the corpus", "body not held")
    u("zh", "盱眙县2024年行政规范性文件现行有效多少件？",
      "盱眙县 is not in the corpus", "body not held")
    u("en", "How many requests did Pudong New Area receive in 2019?",
      "浦东新区 is not in the corpus", "body not held")
    u("zh", "淮阴区政府2023年的行政处罚决定数量是多少？",
      "淮阴区 is not in the corpus", "body not held")
    return out


def CONVERSATIONS():
    return plain() + neighbour() + combine() + rank() + followup() + textonly() + cannot()
