"""Question bank of blind evaluation set 201 (evals/blind201): a third of it looks answerable
but must get no number.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank names only bodies, keys, keywords and wordings; every expected number is computed by
helpers201 (gold/*.json, derived keys per spec/README.md), by blindlib201.text_cell from the
printed table rows of the three reports without gold (SPECS below: the same 42 cells blind6's
text_cells.json verified, nothing new), or cut from the report text (sentence).

Bodies: jx 涧西区人民政府办公室 2020, ha 淮安市人民政府 2024, hz23/hz24 淮安市洪泽区人民政府 2023/2024,
sy 沭阳县人民政府 2025, kw 上海市科学技术委员会 2024, sh19/sh25 上海市人民政府办公厅 2019/2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib201 as L  # noqa: E402
from helpers201 import C, D, E, EN, EU, F, N, R, S, T, U, V  # noqa: E402

# printed cells of the reports without gold: (kind, label or anchor, index) as in
# blind6/text_cells.json
_ANCHOR_HZ24 = "四、政府信息公开行政复议、行政诉讼情况"
_ANCHOR_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _ANCHOR_HZ24, 14),
        "appeals.litigation_direct.total": ("after", _ANCHOR_HZ24, 9),
        "appeals.review.total": ("after", _ANCHOR_HZ24, 4),
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
        "appeals.litigation_after_review.total": ("after", _ANCHOR_SH25, 14),
        "appeals.litigation_direct.pending": ("after", _ANCHOR_SH25, 8),
        "appeals.litigation_direct.total": ("after", _ANCHOR_SH25, 9),
        "appeals.review.pending": ("after", _ANCHOR_SH25, 3),
        "appeals.review.total": ("after", _ANCHOR_SH25, 4),
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
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


# ------------------------------------------------------------------ [plain] 70
def plain():
    P = "[plain] "
    zh = [
        V("zh", "ha", "r.received.other_org", "淮安市2024年新收的申请中，算在“其他”法人或组织名下的有几件？",
          P + "other_org column, 4"),
        V("zh", "ha", "a.review.upheld", "淮安市政府24年因为信息公开被人申请行政复议，复议下来维持原决定的一共多少件？",
          P + "text and table agree (72)", alt=("结果维持 72", 72)),
        V("zh", "ha", "c.punishment.decisions", "淮安2024年全市行政处罚决定一共作出了多少个？", P + "very large city-wide count"),
        V("zh", "ha", "r.unable.not_held.natural_person",
          "二〇二四年淮安市个人申请的件里，被市里答复“不掌握相关政府信息”的有多少件？", P + "natural_person column of not_held"),
        V("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年以“属于行政查询事项”为由不予公开的，合计几件？",
          P + "withheld admin_query"),
        V("zh", "ha", "c.fees.amount", "想问下淮安市政府2024年全年行政事业性收费收了多少钱", P + "money, 万元", unit=W),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年有多少申请是因为申请人过了期限也不补正材料、最后不再处理的？",
          P + "other: overdue correction"),
        V("zh", "ha", "a.litigation_after_review.pending", "2024年淮安市那些先复议后起诉的信息公开官司，到年底还没判下来的有几件？",
          P + "after-review lawsuits pending"),
        V("zh", "ha", "c.normative_docs.in_force", "截至2024年，淮安市现行有效的行政规范性文件一共多少件", P + "in force"),
        V("zh", "sy", "r.granted.total", "沭阳县2025年的依申请公开，最后全部公开给申请人的有几件？", P + "granted total"),
        V("zh", "sy", "a.review.total", "沭阳县政府2025年因政府信息公开被申请行政复议，总数是多少？",
          P + "review total (the text's 74 is review + both lawsuits)"),
        V("zh", "sy", "c.licensing.decisions", "沭阳25年行政许可的处理决定有多少", P + "licensing decisions"),
        V("zh", "sy", "r.other.other.total", "沭阳县2025年年报里，“其他处理”下面第3小项“其他”是多少件？", P + "other.other total"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年因为是三类内部事务信息而没公开的申请有几件",
          P + "internal affairs"),
        V("zh", "sy", "r.partially_granted.natural_person", "沭阳县2025年，自然人提的申请里最后只公开了一部分内容的有多少件？",
          P + "partially granted, natural persons"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县2025年作出的行政强制决定是多少件啊", P + "coercion decisions"),
        V("zh", "sy", "r.carried_over.total", "沭阳县2025年报表里，从2024年带过来继续办的申请有多少？",
          P + "carried over (the text's 749 includes them, 36 not stated alone)"),
        V("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年的政府集中采购项目是几个？", P + "procurement projects"),
        V("zh", "sh19", "r.received.natural_person", "上海市府办2019年新收的申请里，以个人身份提出的有多少件？", P + "received natural persons"),
        V("zh", "sh19", "r.unable.unclear.natural_person",
          "上海市政府办公厅2019年，自然人申请因为补正后内容仍然不明确而无法提供的有几件？",
          P + "natural_person column (row total printed blank)"),
        V("zh", "sh19", "a.litigation_direct.upheld", "2019年上海市政府办公厅没经过复议被直接告上法院的信息公开案子，判维持的有几件？",
          P + "direct lawsuits upheld"),
        V("zh", "sh19", "r.total_processed.total", "上海市府办2019年总共答复办理了多少件政府信息公开申请？",
          P + "text and table agree (805)", alt=("答复政府信息公开申请805件", 805)),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定数量是多少？", P + "punishment decisions"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年有几件申请是因为没有现成的、要另外制作而没能提供？",
          P + "needs creation"),
        V("zh", "hz23", "c.fees.amount", "洪泽区23年行政事业性收费金额多少万元", P + "money, 万元", unit=W),
        V("zh", "jx", "c.normative_docs.total_published", "涧西区政府办2020年规范性文件对外公开的总数是几件？",
          P + "2019 format total published"),
        V("zh", "jx", "r.granted.total", "涧西区2020年收到的依申请公开件里，予以公开的是多少件？", P + "granted total"),
        V("zh", "jx", "c.procurement.amount", "涧西区人民政府办公室2020年政府集中采购一共花了多少万元？",
          P + "procurement amount 万元", unit=W),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年一共作了多少个行政许可决定？", P + "text row, licensing"),
        V("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区政府因为本机关不掌握相关信息、没法提供的申请有多少件？",
          P + "text row, not held"),
        V("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定数量", P + "text row, licensing"),
        V("zh", "kw", "r.received.commercial", "上海科委2024年收到企业提交的公开申请有几件？", P + "text row, commercial"),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年因为“没有现成信息、需要另行制作”没能提供的有多少？",
          P + "text row, needs creation"),
        V("zh", "sh25", "a.review.total", "2025年上海市府办涉及信息公开的行政复议总共多少件？",
          P + "text row, review total (printed; the note says it includes carried-over cases)"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年有多少件申请被认定为信访举报投诉类、不予处理？",
          P + "text row, petition (the text's 80 is the whole 不予处理 row)"),
    ]
    en = [
        V("en", "ha", "r.received.commercial", "How many disclosure requests did businesses file with the Huai'an city government in 2024?",
          P + "commercial column"),
        V("en", "ha", "r.granted.total", "Huaian 2024 - in how many cases did the applicant get everything they asked for?",
          P + "granted total"),
        V("en", "ha", "c.licensing.decisions", "What number of administrative licensing decisions does Huai'an report for 2024?",
          P + "licensing decisions"),
        V("en", "ha", "r.not_processed.duplicate.total", "Huai'an, 2024: how many applications were set aside because they just repeated an earlier one?",
          P + "duplicate"),
        V("en", "ha", "a.review.corrected", "In 2024, how many disclosure-related reconsideration cases against Huai'an ended with the original decision corrected?",
          P + "text and table agree (64)", alt=("结果纠正 64", 64)),
        V("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: requests refused to protect a third party's lawful rights - count?",
          P + "withheld third party"),
        V("en", "sy", "r.received.total", "Shuyang County, 2025: how many brand-new disclosure applications arrived during the year, leaving aside ones still open from 2024?",
          P + "received 713 (the text's 749 includes 36 carried over; the question excludes them)"),
        V("en", "sy", "r.unable.not_held.total", "How many 2025 requests did Shuyang answer with 'this information is not held by us'?",
          P + "not held"),
        V("en", "sy", "c.punishment.decisions", "Shuyang county's administrative penalty decisions in 2025 - what's the figure?",
          P + "punishment decisions"),
        V("en", "sy", "a.litigation_after_review.upheld", "Shuyang 2025: of the lawsuits filed after a reconsideration, how many ended with the government's decision upheld?",
          P + "after-review lawsuits upheld"),
        V("en", "sy", "c.normative_docs.issued", "How many administrative normative documents did Shuyang County put out in 2025?",
          P + "issued"),
        V("en", "sy", "r.other.overdue_fee.total", "In Shuyang's 2025 report, how many requests were dropped because the applicant never paid the processing fee on time?",
          P + "other: overdue fee"),
        V("en", "sy", "r.total_processed.total", "How many applications did Shuyang County deal with altogether in 2025?",
          P + "text and table agree (718)", alt=("共办理 718 件", 718)),
        V("en", "sh19", "r.received.total", "Shanghai General Office, 2019 - total number of new information requests received?",
          P + "text and table agree (859)", alt=("受理政府信息公开申请859件", 859)),
        V("en", "sh19", "c.regulations.total_published", "Per its 2019 report, how many municipal regulations had the Shanghai government general office made public in total?",
          P + "2019 format total published"),
        V("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai General Office 2019: requests from individuals that were really petitions or complaints and so weren't processed - how many?",
          P + "natural_person column (row total printed blank)"),
        V("en", "sh19", "a.review.pending", "For 2019, how many reconsideration cases over the Shanghai municipal general office's disclosure decisions were still undecided at year end?",
          P + "review pending"),
        V("en", "sh19", "r.carried_forward.total", "Shanghai govt general office 2019: number of requests whose reply slipped into 2020?",
          P + "text and table agree (72)", alt=("顺延到下年度答复", 72)),
        V("en", "hz23", "r.partially_granted.total", "Hongze District 2023: how many requests got only a partial release?",
          P + "partially granted"),
        V("en", "hz23", "c.licensing.decisions", "How many licensing decisions did the Hongze district government record for 2023?",
          P + "licensing decisions"),
        V("en", "hz23", "r.withheld.state_secret.total", "Hongze, 2023 - were any requests refused on state-secret grounds? How many?",
          P + "state secret"),
        V("en", "jx", "r.unable.not_held.total", "Jianxi District (2020): how many requests couldn't be met because the office didn't have the information?",
          P + "not held"),
        V("en", "jx", "a.litigation_after_review.upheld", "Jianxi district govt office 2020 - suits brought after a reconsideration that ended upheld: how many?",
          P + "after-review lawsuits upheld"),
        V("en", "jx", "c.procurement.projects", "How many centralized government procurement projects did the Jianxi District government office list for 2020?",
          P + "procurement projects"),
        V("en", "hz24", "c.punishment.decisions", "Hongze district, 2024: number of administrative penalty decisions?",
          P + "text row, punishment"),
        V("en", "hz24", "r.granted.total", "In 2024, how many of Hongze District's disclosure requests were granted in full?",
          P + "text row, granted"),
        V("en", "hz24", "c.fees.amount", "What did Hongze District bring in from administrative fees in 2024, in units of 10,000 yuan?",
          P + "text row, money 万元", unit=W),
        V("en", "kw", "r.received.natural_person", "Shanghai Science and Technology Commission, 2024: how many new requests came from private individuals?",
          P + "text row, natural persons"),
        V("en", "kw", "c.normative_docs.in_force", "How many normative documents were currently valid at STCSM according to its 2024 annual report?",
          P + "text row, in force"),
        V("en", "kw", "r.total_processed.total", "STCSM 2024 - what's the total number of requests it handled to a result?",
          P + "text row, total processed"),
        V("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025: how many requests are being carried into 2026 unfinished?",
          P + "text row, carried forward"),
        V("en", "sh25", "r.carried_over.legal_services", "In 2025 the Shanghai General Office inherited some requests from 2024 - how many of those came from legal service institutions?",
          P + "text row, carried over legal services"),
        V("en", "sh25", "r.received.commercial", "Shanghai municipal government general office, 2025: new applications from commercial enterprises?",
          P + "text row, commercial"),
        V("en", "sh25", "a.litigation_direct.pending", "For 2025, how many lawsuits filed straight against the Shanghai General Office, with no reconsideration first, were still pending?",
          P + "text row, direct lawsuits pending"),
        V("en", "ha", "r.withheld.state_secret.total", "Did Huai'an refuse anything in 2024 because it was a state secret? If so, how many requests?",
          P + "state secret"),
    ]
    return zh + en


# ------------------------------------------------------------------ [combine] 20
def combine():
    P = "[combine] "
    return [
        S("zh", "ha", WITHHELD8, "淮安市2024年不予公开的申请，八种理由全部加在一起是多少件？",
          P + "sum of the 8 withheld sub-items"),
        S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "沭阳2025年因为是信访类或者重复申请而不予处理的，两类合计多少？", P + "sum of 2 cells"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年的行政复议，加上直接起诉和复议后起诉两种诉讼，一共几件？", P + "sum of 3 appeals totals"),
        S("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"],
          "上海市政府办公厅2019年本年新制作的规章和规范性文件加起来多少件？", P + "sum of 2 cells"),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年行政处罚决定和行政强制决定合起来一共多少？", P + "text rows, sum of 2"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "上海市府办2025年“本机关不掌握”加上“需要另行制作”这两类无法提供的，合计几件？",
          P + "text rows, sum of 2 (the text's 564 also holds 3 unclear)"),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Huai'an 2024: how many disclosure lawsuits were there in all, counting direct suits and suits after reconsideration?",
          P + "sum of 2; the text states 46 too", alt=("行政诉讼 46", 46)),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "Shuyang 2025: add up the three 'unable to provide' reasons - what do you get?", P + "sum of 3 cells"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests plus the ones brought over from 2023, combined?", P + "text rows, sum of 2"),
        S("en", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "Shanghai General Office 2019: requests from organisations - companies, legal service bodies and 'other' - all together?",
          P + "sum of 3 columns (research, public-interest printed blank)"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2023: licensing, penalty and coercion decisions added together?", P + "sum of 3 cells"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "For Huai'an in 2024, how many requests ended with at least some information handed over, full plus partial?",
          P + "sum of 2 cells"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定数，2024年比2023年多出来多少？",
          P + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收的申请，2025年跟2019年比增加了多少件？",
          P + "difference 2019->2025; 2025 text states 1295", alt=("受理政府信息公开申请 1295", 1295)),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”而无法提供的申请，从2023年到2024年变了多少？",
          P + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的件数，2025年比2019年涨了多少？",
          P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change between 2023 and 2024?",
          P + "difference 2023->2024 (negative)"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: disclosure reconsideration cases in 2025 against 2019 - what's the gap?",
          P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze's administrative fee income: 2024 minus 2023, in 10k yuan?",
          P + "difference 2023->2024, money", unit=W),
        D("en", "sh19", "sh25", "r.received.natural_person", "How many more requests from individuals did the Shanghai General Office receive in 2025 than in 2019?",
          P + "difference 2019->2025"),
    ]


# ------------------------------------------------------------------ [rank] 10
def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，这三家哪家本年新收的申请最多？", P + "desc"),
        R("zh", ["jx", "hz23", "ha", "sy"], "c.licensing.decisions", "desc",
          "行政许可决定数量比一比：涧西区政府办2020、洪泽区2023、淮安市2024、沭阳县2025，谁最多？", P + "desc, 4 bodies"),
        R("zh", ["jx", "sy", "sh19"], "r.carried_forward.total", "asc",
          "年底没办完要结转到下一年的申请，涧西区政府办（2020年）、沭阳县（2025年）、上海市府办（2019年）哪家最少？", P + "asc"),
        R("zh", ["sy", "sh19", "jx"], "a.review.total", "desc",
          "信息公开被申请行政复议的件数，沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，哪个最多？", P + "desc"),
        R("zh", ["hz23", "jx", "sy"], "r.received.natural_person", "asc",
          "洪泽区2023年、涧西区2020年、沭阳县2025年，个人新提的申请哪家最少？", P + "asc"),
        R("en", ["jx", "hz23", "sh19", "sy"], "r.total_processed.total", "desc",
          "Which handled the most requests in total: Jianxi District office (2020), Hongze District (2023), Shanghai General Office (2019) or Shuyang County (2025)?",
          P + "desc, 4 bodies"),
        R("en", ["hz23", "sy", "ha"], "c.punishment.decisions", "desc",
          "Hongze 2023, Shuyang 2025, Huai'an 2024 - whose report shows the most administrative penalty decisions?", P + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
          "Lowest number of administrative coercion decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", P + "asc"),
        R("en", ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
          "Direct lawsuits (no reconsideration first) over disclosure: Shuyang 2025, Shanghai General Office 2019, Jianxi District 2020 - which had the most?",
          P + "desc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
          "Unfinished requests inherited from earlier years: Huai'an in 2024, Shuyang in 2025, Shanghai General Office in 2019 - which inherited the most?",
          P + "desc, close values (34/36/18)"),
    ]


# ------------------------------------------------------------------ [followup] 31
def followup():
    P = "[followup] "
    c = []
    c.append(F("zh", [
        ("淮安市2024年本年新收的信息公开申请有多少件？", E("ha", "r.received.total", alt=("受理政府信息公开申请 3119", 3119))),
        ("沭阳县2025年这一项是多少？", E("sy", "r.received.total")),
    ], P + "body switch"))
    c.append(F("zh", [
        ("洪泽区2023年行政许可决定有多少？", E("hz23", "c.licensing.decisions")),
        ("到2024年变成多少了？", E("hz24", "c.licensing.decisions")),
    ], P + "year switch, text row"))
    c.append(F("zh", [
        ("上海市府办2019年新收了多少件申请", E("sh19", "r.received.total", alt=("受理政府信息公开申请859件", 859))),
        ("2025年的新收数量呢", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
    ], P + "year switch"))
    c.append(F("zh", [
        ("淮安市2024年信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ("没经复议直接去起诉的有几件？", E("ha", "a.litigation_direct.total")),
        ("复议完了再起诉的呢？", E("ha", "a.litigation_after_review.total")),
    ], P + "appeals group switch"))
    c.append(F("zh", [
        ("沭阳县2025年予以公开的申请有多少？", E("sy", "r.granted.total")),
        ("部分公开的有多少？", E("sy", "r.partially_granted.total")),
        ("部分公开里面自然人的是几件", E("sy", "r.partially_granted.natural_person")),
    ], P + "row then column switch"))
    c.append(F("zh", [
        ("涧西区政府办2020年政府集中采购了几个项目？", E("jx", "c.procurement.projects")),
        ("采购总金额是多少？", E("jx", "c.procurement.amount", unit=W)),
    ], P + "column switch, money"))
    c.append(F("zh", [
        ("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
        ("洪泽区2024年年报里这个数是多少？", E("hz24", "c.normative_docs.in_force")),
    ], P + "year switch, text row"))
    c.append(F("zh", [
        ("淮安2024年因为“本机关不掌握”无法提供的申请总共多少件？", E("ha", "r.unable.not_held.total")),
        ("其中商业企业提的占几件？", E("ha", "r.unable.not_held.commercial")),
    ], P + "column switch"))
    c.append(F("zh", [
        ("上海市政府办公厅2025年上年结转的申请有多少件？", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
        ("里面自然人的是多少？", E("sh25", "r.carried_over.natural_person")),
    ], P + "column switch, text rows"))
    c.append(F("zh", [
        ("沭阳县2025年行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
        ("结果被纠正的呢？", E("sy", "a.review.corrected")),
    ], P + "outcome switch"))
    c.append(F("zh", [
        ("上海市科委2024年行政许可处理决定是多少", E("kw", "c.licensing.decisions")),
        ("行政处罚决定有几件", E("kw", "c.punishment.decisions")),
    ], P + "row switch, text rows"))
    c.append(F("zh", [
        ("上海市府办2019年本年新制作的规章有多少件？", E("sh19", "c.regulations.made")),
        ("规章对外公开的总数量呢？", E("sh19", "c.regulations.total_published")),
    ], P + "column switch"))
    c.append(F("zh", [
        ("洪泽区2024年行政处罚决定数量是多少？", E("hz24", "c.punishment.decisions")),
        ("行政强制的呢？", E("hz24", "c.coercion.decisions")),
        ("2023年行政强制是多少？", E("hz23", "c.coercion.decisions")),
    ], P + "row then year switch"))
    c.append(F("zh", [
        ("淮安市政府2024年行政事业性收费金额是多少？", E("ha", "c.fees.amount", unit=W)),
        ("沭阳县政府2025年的呢？", E("sy", "c.fees.amount", unit=W)),
    ], P + "body switch, money"))
    c.append(F("zh", [
        ("沭阳县2025年以“属于行政查询事项”不予公开的有几件？", E("sy", "r.withheld.admin_query.total")),
        ("属于行政执法案卷的呢？", E("sy", "r.withheld.enforcement_files.total")),
    ], P + "row switch"))
    c.append(F("zh", [
        ("上海市政府办公厅2019年未经复议直接起诉的行政诉讼有几件？", E("sh19", "a.litigation_direct.total")),
        ("2025年这个数字是多少？", E("sh25", "a.litigation_direct.total")),
    ], P + "year switch"))
    c.append(F("en", [
        ("How many requests did Huai'an carry over into 2024 from 2023?",
         E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
        ("And Shuyang County in 2025?", E("sy", "r.carried_over.total")),
    ], P + "body switch"))
    c.append(F("en", [
        ("Shuyang County 2025 - how many administrative normative documents are currently in force?",
         E("sy", "c.normative_docs.in_force")),
        ("Same thing for Huai'an in 2024?", E("ha", "c.normative_docs.in_force")),
        ("How many did Huai'an repeal that year?", E("ha", "c.normative_docs.repealed")),
    ], P + "body then column switch"))
    c.append(F("en", [
        ("Hongze District, 2023: administrative penalty decisions?", E("hz23", "c.punishment.decisions")),
        ("Same figure for 2024, please.", E("hz24", "c.punishment.decisions")),
    ], P + "year switch, text row"))
    c.append(F("en", [
        ("Shanghai General Office 2019: how many requests were carried forward to be finished later?",
         E("sh19", "r.carried_forward.total", alt=("顺延到下年度答复", 72))),
        ("And at the end of 2025?", E("sh25", "r.carried_forward.total")),
    ], P + "year switch"))
    c.append(F("en", [
        ("How many disclosure requests did Jianxi District government office receive in 2020?",
         E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
        ("How many of them were granted?", E("jx", "r.granted.total")),
        ("And how many couldn't be provided because the office didn't hold the information?",
         E("jx", "r.unable.not_held.total")),
    ], P + "row switch"))
    c.append(F("en", [
        ("Huai'an 2024: total disclosure-related administrative reconsiderations?",
         E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ("How many of them are still pending?", E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
    ], P + "outcome switch"))
    c.append(F("en", [
        ("Shuyang 2025: new requests from legal service institutions?", E("sy", "r.received.legal_services")),
        ("And from commercial enterprises?", E("sy", "r.received.commercial")),
    ], P + "column switch"))
    c.append(F("en", [
        ("STCSM got how many new disclosure requests in 2024?",
         E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
        ("How many were granted in full?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
    ], P + "row switch, text rows"))
    c.append(F("en", [
        ("Shanghai General Office 2025: requests it couldn't answer because it didn't hold the information?",
         E("sh25", "r.unable.not_held.total")),
        ("For the 2019 report, the individuals' column of that same row?",
         E("sh19", "r.unable.not_held.natural_person")),
    ], P + "year and column switch"))
    c.append(F("en", [
        ("Hongze District 2024: number of administrative licensing decisions?", E("hz24", "c.licensing.decisions")),
        ("What does STCSM report for 2024?", E("kw", "c.licensing.decisions")),
    ], P + "body switch, text rows"))
    c.append(F("en", [
        ("What was the centralized procurement amount in the Shanghai General Office's 2019 report?",
         E("sh19", "c.procurement.amount", unit=W)),
        ("How many projects did that cover?", E("sh19", "c.procurement.projects")),
    ], P + "column switch, money as 251000元 -> 25.1 万元"))
    c.append(F("en", [
        ("Huai'an 2024: requests refused because they were process (deliberative) information?",
         E("ha", "r.withheld.process_info.total")),
        ("And refused as internal affairs information?", E("ha", "r.withheld.internal_affairs.total")),
    ], P + "row switch"))
    c.append(F("en", [
        ("Shuyang 2025: disclosure lawsuits filed directly, without reconsideration?", E("sy", "a.litigation_direct.total")),
        ("And those filed after a reconsideration?", E("sy", "a.litigation_after_review.total")),
        ("How many of the latter were still pending?", E("sy", "a.litigation_after_review.pending")),
    ], P + "group then outcome switch"))
    c.append(F("en", [
        ("Hongze District 2023: requests turned away as petitions or complaints?", E("hz23", "r.not_processed.petition.total")),
        ("Huai'an's 2024 number for that row?", E("ha", "r.not_processed.petition.total")),
    ], P + "body switch"))
    c.append(F("en", [
        ("Jianxi District office 2020: normative documents newly made that year?", E("jx", "c.normative_docs.made")),
        ("The Shanghai General Office in 2019?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
    ], P + "body switch"))
    return c


# ------------------------------------------------------------------ [textonly] 31
def textonly():
    P = "[textonly] "
    return [
        N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理权力运行和政务服务信息，最后细化成了多少项事项？",
          P + "601 items", frm="结合权责清单"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年一共开了几场新闻发布会？", P + "press conferences"),
        N("zh", "ha", "公报》6 期", 6, "期", "2024年《淮安市人民政府公报》一共出了几期？", P + "gazette issues"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安全市2024年还在运维的政务新媒体账号有多少个？", P + "new-media accounts"),
        N("zh", "sy", "过期信息697条", 697, "条", "沭阳县2025年清理掉的过期信息是多少条？", P + "expired items cleaned"),
        N("zh", "sy", "催办提示 84 次", 84, "次", "沭阳2025年那个倒计时报警器一共发了几次催办提示？", P + "reminders"),
        N("zh", "sy", "化解各类争议纠纷 33", 33, "件", "沭阳县2025年靠办前主动沟通化解了多少件争议纠纷？", P + "disputes resolved"),
        N("zh", "sy", "64家单位", 64, "家", "沭阳县2025年有多少家单位的信息公开年报是集中统一发布的？", P + "units"),
        N("zh", "sh19", "人事任免文件141件", 141, "件", "上海市政府办公厅2019年主动公开的人事任免文件有多少件？", P + "appointment documents"),
        N("zh", "sh19", "发布政策解读共132件", 132, "件", "2019年上海市府办通过“中国上海”门户网站发布的政策解读有多少件？",
          P + "policy interpretations"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "按上海市府办2025年的年报，市政府一年开了几场新闻通气会？", P + "press briefings"),
        N("zh", "sh25", "主动撤回 157 件", 157, "件", "上海市政府办公厅2025年的申请里，申请人自己主动撤回的有多少件？",
          P + "withdrawn requests"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海市科委2024年“上海科技”视频号一共直播了多少场？", P + "live streams"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年在政府网站平台上主动发布了多少条政府信息？",
          P + "portal items"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年通过政府网站平台主动公开的信息有多少条？",
          P + "portal items"),
        N("zh", "kw", "原创文章 294", 294, "篇", "上海科委2024年“上海科技”公众号发的原创文章有多少篇？", P + "original articles"),
        N("en", "ha", "信息处理费 3940 元", 3940, "元", "How much did Huai'an city collect in information processing fees in 2024, in yuan?",
          P + "fee in yuan"),
        N("en", "ha", "全年组织 4 次", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?",
          P + "checks"),
        N("en", "ha", "制作政策解读", 21, "个", "How many policy explainers did Huai'an produce in 2024, in text and graphics?",
          P + "policy interpretations (sentence also has a 余 figure, not asked)"),
        N("en", "sy", "失效链接43处", 43, "处", "How many broken links did Shuyang fix on its websites in 2025?", P + "broken links"),
        N("en", "sy", "原创短视频1113", 1113, "个", "How many original short videos did Shuyang County push out in 2025?",
          P + "short videos"),
        N("en", "sy", "开展意见征集9期", 9, "期", "How many rounds of public comment collection did Shuyang's county portal run in 2025?",
          P + "consultations"),
        N("en", "sh19", "41条短视频", 41, "条", "During the 2019 import expo, how many short videos did Shanghai Release post on Douyin, per the Shanghai General Office's 2019 report?",
          P + "short videos (the view count is a 超/万 figure, not asked)"),
        N("en", "sh19", "70家政府网站", 70, "家", "Per the Shanghai General Office's 2019 report, how many government websites were checked every quarter?",
          P + "websites checked"),
        N("en", "sh25", "新闻发布会 42 场", 42, "场", "According to the Shanghai General Office's 2025 report, how many city government press conferences were held?",
          P + "press conferences"),
        N("en", "sh25", "公报》24 期", 24, "期", "Shanghai General Office, 2025: how many issues of the municipal government gazette did it edit?",
          P + "gazette issues"),
        N("en", "sh25", "覆盖 10 个语种", 10, "个", "How many languages does the Shanghai International Services Portal cover, according to the 2025 General Office report?",
          P + "languages"),
        N("en", "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account have, per STCSM's 2024 report?",
          P + "followers"),
        N("en", "kw", "批量推送集成式发布政策 121", 121, "条", "STCSM 2024: how many policies were pushed in batches for integrated release?",
          P + "policies pushed"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期", "Hongze District 2024: how many executive meetings of the district government were published?",
          P + "meetings (the sentence's other 7 is the explainers)"),
        N("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas did the grassroots standardisation push cover?",
          P + "pilot areas", frm="对照省"),
    ]


# ------------------------------------------------------------------ [neighbour] 11
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市2024年年底还没办完、要转到2025年接着办的申请有多少件？",
          P + "结转下年 103 vs 上年结转 34", alt=("顺延到下年度", 103)),
        T("zh", "ha", "a.litigation_after_review.total", "淮安2024年先申请复议、复议结束后又去法院起诉的信息公开案件有几件？",
          P + "复议后起诉 20 vs 直接起诉 26"),
        T("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止掉的行政规范性文件有几件？", P + "废止 1 vs 制发 6 / 现行有效 32"),
        T("zh", "ha", "r.unable.needs_creation.total", "淮安2024年多少件申请是因为手头没有现成信息、得重新制作才没提供的？",
          P + "另行制作 11 vs 不掌握 769"),
        T("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年年报里规范性文件的对外公开总数量是多少？",
          P + "对外公开总数 368 vs 新制作 60"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为属于四类过程性信息而不予公开的有多少件？",
          P + "过程性 2 vs 内部事务 13"),
        T("en", "ha", "r.partially_granted.total", "Huai'an 2024: how many requests were only partly disclosed?",
          P + "部分公开 454 vs 予以公开 1362"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reconsideration cases with an 'other' outcome - how many?",
          P + "其他结果 178 vs 纠正 64", alt=("其他结果 178", 178)),
        T("en", "ha", "r.received.legal_services", "How many requests did law firms and other legal service institutions send Huai'an in 2024?",
          P + "法律服务机构 61 vs 商业企业 53"),
        T("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019: how many requests came into 2019 still open from 2018?",
          P + "上年结转 18 vs 结转下年 72", alt=("上年度结转申请18", 18)),
        T("en", "kw", "c.normative_docs.issued", "How many normative documents did STCSM issue during 2024?",
          P + "制发 13 vs 现行有效 55", alt=("行政规范性文件 13", 13)),
    ]


# ------------------------------------------------------------------ [cannot] 87
def cannot():
    P = "[cannot] "
    zh = [
        ("我2024年5月给淮安市政府递了个申请，要我们小区旧改的补偿方案，拖了挺久才答复。我那件到底用了多少个工作日办完的？",
         "one person's own request: reports give no per-case handling time", "story, own request"),
        ("我爸2025年在沭阳县申请公开宅基地审批材料，后来说要交费，他没交，申请就不处理了。他那张收费通知上写的是多少钱？",
         "an individual's fee notice is not reported; the report only counts 7 such requests", "story, own request"),
        ("洪泽区2023年那1件因为国家秘密不予公开的申请，是谁申请的？", "names of applicants are not in the report", "named person"),
        ("上海市政府办公厅2019年那25件补正后仍不明确的申请，能把申请人的电话发我一份吗？",
         "personal data of applicants is not in the report", "personal data"),
        ("淮安市2024年3001件自然人新申请里，男性和女性申请人各有多少？", "no breakdown by sex", "sex"),
        ("沭阳县2025年705件个人新申请，其中60岁以上的老人提了多少件？", "no breakdown by age", "age"),
        ("上海市府办2025年新收的1295件申请，哪个月最多？那个月收了多少件？", "no breakdown by month", "month"),
        ("洪泽区2024年第三季度收到了多少件政府信息公开申请？", "no breakdown by quarter", "quarter"),
        ("涧西区2020年那17件依申请公开，几件是网上提交的，几件是当面递交的？", "no breakdown by channel", "channel"),
        ("淮安市2024年受理的申请里，涉及征地拆迁的有多少件？", "no breakdown by topic", "topic"),
        ("沭阳县2025年的信息公开申请按乡镇分，哪个镇最多，有多少件？", "no breakdown by township", "township"),
        ("上海市政府办公厅2025年513件“本机关不掌握”的申请，分别应该归哪些委办局，各多少件？",
         "no breakdown by department", "department"),
        ("淮安2024年53件商业企业的申请里，房地产公司提了几件？", "no breakdown of companies by industry", "industry sub-group"),
        ("上海科委2024年公众号关注人数1016823人，其中科研人员有多少？", "followers are not broken down by kind",
         "follower kind"),
        ("2019年上海市府办821件自然人申请，申请人是外地户籍的有多少？", "no breakdown by residence", "residence"),
        ("上海市政府办公厅2025年的申请里，外国人提的有几件？", "no breakdown by nationality", "nationality"),
        ("沭阳县2025年信息公开申请平均要多少天才答复？", "response days are not stated", "response days"),
        ("洪泽区政府办2023年专门负责信息公开的工作人员有几个人？", "staff numbers are not stated", "staff"),
        ("淮安市政府2024年做政府信息公开工作一共花了多少经费？",
         "cost of the disclosure work is not stated (3940 yuan is fee income, not cost)", "cost"),
        ("上海市科委2024年政务公开工作的预算是多少万元？", "budget is not stated", "budget"),
        ("沭阳县2025年群众对政府信息公开工作的满意度是百分之多少？", "satisfaction is not measured in the report",
         "satisfaction"),
        ("上海市政府办公厅2019年办理申请时跟申请人打了多少个沟通电话？",
         "phone calls are mentioned but not counted", "phone calls"),
        ("淮安市2024年行政复议里有64件结果被纠正，主要是错在哪些方面？", "reasons for the corrections are not stated",
         "reason behind a count"),
        ("照上海市府办2025年1295件的势头，估计2026年会收到多少件申请？", "forecasts are not in the reports", "forecast"),
        ("你觉得沭阳县2025年的信息公开工作在宿迁市各县区里能排第几？", "opinion / ranking against bodies not held",
         "opinion"),
        ("沭阳县2025年有3件商业企业提的新申请，其中外资企业提了几件？", "sub-group of a printed count not stated",
         "sub-group"),
        ("上海科委2024年视频号粉丝54373个，里面上海本地的粉丝有多少？", "followers are not broken down by place",
         "follower residence"),
        ("淮安全市2024年受理了3119件申请，其中清江浦区受理的有多少件？",
         "share of a city figure attributed to a district the corpus does not hold", "share of another body"),
        ("上海市府办2025年办结的1191件里，有多少件是转给上海市科委去办的？",
         "share of one body's count attributed to another body is not stated", "share of another body"),
        ("南京市人民政府2024年收到了多少件政府信息公开申请？", "body not in the corpus", "body not held"),
        ("洪泽区2022年行政许可决定数量是多少？", "year not in the corpus (洪泽区 2023, 2024 only)", "year not held"),
        ("沭阳县2024年一共受理了多少件信息公开申请？", "year not in the corpus (沭阳 2025 only)", "year not held"),
        ("上海市科委2023年本年新收的申请是多少件？", "year not in the corpus (科委 2024 only)", "year not held"),
        ("涧西区2021年依申请公开收到几件？", "year not in the corpus (涧西 2020 only)", "year not held"),
        ("宿迁市政府2025年信息公开行政复议有多少件？", "body not in the corpus", "body not held"),
        ("浦东新区作为试点区，2019年自己收到多少件信息公开申请？",
         "浦东 is only named as a pilot district in the Shanghai report; its own figures are not held", "body not held"),
        ("淮安市政府2023年办理的信息公开申请总数是多少？", "year not in the corpus (淮安 2024 only)", "year not held"),
        ("我2023年给上海市政府办公厅交过一份申请，当时没办完被结转到了2024年，现在那件办好了吗？",
         "one person's own request in years the corpus does not hold", "story, own request"),
        ("淮安2024年有105件因为属于行政查询事项不予公开，这里面查不动产登记的有几件？",
         "sub-group of a printed count not stated", "sub-group / topic"),
        ("沭阳县2025年那52条爆款内容里，短视频占了几条？", "the 52 items are split only by views, not by form",
         "sub-group"),
        ("洪泽区2024年的申请量比2023年多出来那么多，是什么原因造成的？", "no cause is given in the reports",
         "reason behind a count"),
        ("涧西区政府办2020年那1件行政复议，申请人请的是哪位律师？", "named people are not in the report", "named person"),
        ("沭阳2025年有13件因为内部事务信息没公开，这些申请人的姓名和住址能告诉我吗？",
         "personal data is not in the report", "personal data"),
        ("淮安市2024年开的12场新闻发布会里，上半年开了几场？", "press conferences are not dated by month",
         "month sub-group"),
    ]
    en = [
        ("I asked Huai'an city government for my late father's land compensation file in October 2024 and only got part of it. Which pages did they hold back, and how many?",
         "one person's own request: no case-level data", "story, own request"),
        ("My company sent Shuyang County a disclosure request in 2025 about a road tender and they called it an 'administrative query'. How many days do they usually take to answer requests like that in 2025?",
         "response times are not stated", "story, response days"),
        ("I filed a request with the Shanghai General Office in March 2025 and later withdrew it. Is mine one of the withdrawn ones, and what was my case number?",
         "one person's own request / case numbers are not in the report", "story, own request"),
        ("Who ran disclosure work at the Hongze district government in 2024, and how many of the requests did she sign off herself?",
         "named people and per-person counts are not in the report", "named person"),
        ("Give me the names of the 32 individuals who sent STCSM disclosure requests in 2024.",
         "personal data is not in the report", "personal data"),
        ("Of the Shanghai General Office's 1,259 requests from individuals in 2025, how many were filed by women?",
         "no breakdown by sex", "sex"),
        ("How many of Jianxi District's 17 requests in 2020 came from people under 30?", "no breakdown by age", "age"),
        ("Huai'an 2024: which month saw the most disclosure requests, and how many came in that month?",
         "no breakdown by month", "month"),
        ("Shuyang County 2025 - how many requests arrived in Q4 alone?", "no breakdown by quarter", "quarter"),
        ("How many of the Shanghai General Office's 859 requests in 2019 came by post and how many online?",
         "no breakdown by channel", "channel"),
        ("Of Shuyang's 713 new applications in 2025, how many were about housing demolition?", "no breakdown by topic",
         "topic"),
        ("Of the 1,295 new requests to the Shanghai General Office in 2025, how many came from Pudong residents?",
         "no breakdown by district", "district"),
        ("Hongze District 2024: how many of its requests were answered by the district natural resources bureau?",
         "no breakdown by department", "department"),
        ("The Shanghai General Office had 36 requests from companies in 2025 - how many were from tech firms?",
         "no breakdown of companies by sector", "industry sub-group"),
        ("Among the 1,016,823 followers of STCSM's WeChat account in its 2024 report, how many are companies rather than individuals?",
         "followers are not broken down by kind", "follower kind"),
        ("How many of Huai'an's 2024 applicants live outside Jiangsu province?", "no breakdown by residence",
         "residence"),
        ("Did any foreign nationals file disclosure requests with STCSM in 2024? How many?", "no breakdown by nationality",
         "nationality"),
        ("What was the average number of working days Huai'an needed to reply to a request in 2024?",
         "response days are not stated", "response days"),
        ("How many full-time staff handled information disclosure at the Shanghai General Office in 2025?",
         "staff numbers are not stated", "staff"),
        ("How much did it cost Shuyang County to run its new-media accounts in 2025?", "costs are not stated", "cost"),
        ("What was the Jianxi District government office's 2020 budget for information disclosure?",
         "budget is not stated", "budget"),
        ("What satisfaction score did residents give Huai'an's disclosure work in 2024?",
         "satisfaction is not measured in the report", "satisfaction"),
        ("How many phone calls about disclosure did the Hongze district government office take in 2023?",
         "phone calls are not counted", "phone calls"),
        ("Why did new requests to the Shanghai General Office fall by 12.3% in 2019?",
         "the report gives the fall but no reason", "reason behind a count"),
        ("Going by its 2024 numbers, how many requests will Huai'an get in 2025?", "forecasts are not in the reports",
         "forecast"),
        ("In your view, did STCSM do a better disclosure job in 2024 than the Shanghai General Office did in 2025?",
         "opinion", "opinion"),
        ("Huai'an had 61 requests from legal service institutions in 2024 - how many came from Nanjing law firms?",
         "sub-group of a printed count not stated", "sub-group / residence"),
        ("Of the 148 individual requests the Shanghai General Office treated as petitions in 2019, how many were about pensions?",
         "no breakdown by topic", "sub-group / topic"),
        ("Shuyang's 2025 report mentions 49 proactive talks with applicants before handling - how many were face to face?",
         "the 49 talks are not split by channel", "sub-group / channel"),
        ("How many of Huai'an's 351 disclosure reconsideration cases in 2024 concerned the city public security bureau?",
         "no breakdown by department", "department"),
        ("Of the Shanghai General Office's 55 reconsideration cases in 2025, how many were about STCSM decisions?",
         "share of one body's count attributed to another body is not stated", "share of another body"),
        ("How many disclosure requests did the Suqian city government receive in 2025?", "body not in the corpus",
         "body not held"),
        ("Nanjing municipal government 2024 - administrative licensing decisions?", "body not in the corpus",
         "body not held"),
        ("Hongze District 2022: number of disclosure requests received?", "year not in the corpus", "year not held"),
        ("Shuyang County's 2024 report - how many reconsideration cases?", "year not in the corpus", "year not held"),
        ("STCSM in 2023: how many normative documents did it issue?", "year not in the corpus", "year not held"),
        ("Shanghai General Office 2022: total requests received?", "year not in the corpus", "year not held"),
        ("Jianxi District 2019: requests received?", "year not in the corpus", "year not held"),
        ("Qingjiangpu District 2024: how many requests were granted?", "body not in the corpus", "body not held"),
        ("Beijing municipal government general office, 2025 - new disclosure applications?", "body not in the corpus",
         "body not held"),
        ("Huai'an had 95 government new-media accounts running in 2024 - how many of them are on Douyin?",
         "the accounts are not broken down by platform", "sub-group"),
        ("Why did Shuyang carry 31 requests into 2026 rather than finishing them in 2025?", "no reason is given",
         "reason behind a count"),
        ("Could you give me the home address of the person behind Jianxi District's 2020 direct lawsuit?",
         "personal data is not in the report", "personal data"),
    ]
    out = [U("zh", q, why, P + note) for q, why, note in zh]
    out += [U("en", q, why, P + note) for q, why, note in en]
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
