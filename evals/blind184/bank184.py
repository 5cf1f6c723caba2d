"""Question bank of blind evaluation set 184 (evals/blind184), emphasis: follow-up conversations.

FROZEN: this file holds the wording of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers184 (gold/*.json, derived keys per spec/README.md), by blindlib184.text_cell for the three
reports without gold (SPECS below: exactly the cells blind6's text_cells.json verified), or cut
from the report text (narrative sentences).

Body codes: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024 (2024 no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh19 / sh25 上海市政府办公厅 2019 / 2025 (2025 no gold).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib184 as L  # noqa: E402
from helpers184 import E, EN, EU, ED, C, V, T, S, N, U, D, R, F, cols  # noqa: E402

_A4 = "四、政府信息公开行政复议、行政诉讼情况"
_N25 = "注：行政复议、行政诉讼数量含上年度结转数量。"

# printed cells of the reports without gold: the same specs as blind6's text_cells.json
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A4, 14),
        "appeals.litigation_direct.total": ("after", _A4, 9),
        "appeals.review.total": ("after", _A4, 4),
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
        "appeals.litigation_after_review.total": ("after", _N25, 14),
        "appeals.litigation_direct.pending": ("after", _N25, 8),
        "appeals.litigation_direct.total": ("after", _N25, 9),
        "appeals.review.pending": ("after", _N25, 3),
        "appeals.review.total": ("after", _N25, 4),
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

# text sentences that state the same number as a table cell (question accepts either source)
A = {
    "ha_received": ("全市共受理政府信息公开申请 3119", 3119),
    "ha_processed": ("答复 3050", 3050),
    "ha_carried_over": ("含上年度结转申请 34", 34),
    "ha_forward": ("另有 103 件顺延", 103),
    "ha_review": ("政府信息公开行政复议 351", 351),
    "ha_rv_upheld": ("其中结果维持 72", 72),
    "ha_rv_corrected": ("结果纠正 64", 64),
    "ha_rv_other": ("其他结果 178", 178),
    "ha_rv_pending": ("尚未审结 37", 37),
    "ha_litig": ("政府信息公开行政诉讼 46", 46),
    "ha_reg": ("新增公开市政府规章 1 件", 1),
    "hz23_received": ("全区受理政府信息公开申请 21", 21),
    "sy_forward": ("结转下一年 31", 31),
    "sy_legal": ("法人或其他组织申请 8", 8),
    "sy_processed": ("共办理 718", 718),
    "sy_cases": ("全县共办理相关案件 74", 74),
    "sh19_received": ("共受理政府信息公开申请859件", 859),
    "sh19_processed": ("答复政府信息公开申请805件", 805),
    "sh19_carried_over": ("含上年度结转申请18件", 18),
    "sh19_forward": ("另有72件申请", 72),
    "sh19_reg": ("主动公开规章13件", 13),
    "sh19_norm": ("行政规范性文件60件", 60),
    "sh19_review": ("信息公开类行政复议7件", 7),
    "sh19_litig": ("诉讼9件", 9),
    "sh19_withheld": ("不予公开35件", 35),
    "sh19_not_held": ("无法提供265件", 265),
    "sh19_not_processed": ("不予处理158件", 158),
    "jx_received": ("全年共收到依申请公开17件", 17),
    "jx_done": ("办结15件", 15),
    "jx_open": ("在办2件", 2),
    "kw_received": ("全年收到政府信息公开申请 34", 34),
    "kw_carried_over": ("上年结转政府信息公开申请 2", 2),
    "kw_granted": ("同意公开答复 9", 9),
    "kw_norm": ("行政规范性文件 13 件", 13),
    "sh25_received": ("市政府共受理政府信息公开申请 1295", 1295),
    "sh25_processed": ("办结 1191", 1191),
    "sh25_carried_over": ("含上年结转 189", 189),
}

MONEY = {"unit": "万元"}


# ------------------------------------------------------------------ [plain] ~24%
def plain():
    P = "[plain] "
    zh = [
        V("zh", "ha", "r.withheld.enforcement_files.total",
          "淮安市2024年有几件申请是因为属于行政执法案卷才没给公开的？", P + "执法案卷 (不予公开理由)"),
        V("zh", "ha", "r.not_processed.reconfirm.total",
          "淮安市2024年，要求机关确认或者重新出具已经拿到手的信息，这类申请有几件？", P + "确认或重新出具 (不予处理)"),
        V("zh", "sy", "r.unable.needs_creation.total",
          "沭阳县政府2025年有多少申请是因为没有现成材料、得另外制作，最后没能提供的？", P + "另行制作 (无法提供)"),
        V("zh", "ha", "c.normative_docs.in_force",
          "截至2024年底，淮安市政府手上还有效的行政规范性文件一共几件？", P + "现行有效规范性文件"),
        V("zh", "ha", "c.coercion.decisions",
          "淮安2024年全年做出的行政强制决定有多少个", P + "行政强制决定"),
        V("zh", "sy", "r.not_processed.petition.total",
          "沭阳县2025年有多少件申请其实是信访、举报、投诉，没按信息公开来办？", P + "信访举报投诉类 (不予处理)"),
        V("zh", "sy", "r.withheld.admin_query.total",
          "沭阳2025年以“属于行政查询事项”为由不予公开的申请有几件", P + "行政查询事项"),
        V("zh", "sy", "a.review.corrected",
          "2025年涉及沭阳县政府信息公开的行政复议，结果被纠正的有几起？", P + "复议结果纠正"),
        V("zh", "sy", "c.punishment.decisions",
          "想查一下沭阳县2025年一共作出多少行政处罚决定", P + "行政处罚决定"),
        V("zh", "sy", "r.carried_forward.total",
          "沭阳县2025年底还有多少件信息公开申请没办完，要挪到下一年接着办？", P + "结转下年度 (text agrees)",
          alt=A["sy_forward"]),
        V("zh", "sh19", "r.received.commercial",
          "上海市政府办公厅2019年新收的申请里，商业企业递交的有多少件？", P + "新收 商业企业"),
        V("zh", "sh19", "a.review.pending",
          "2019年上海市府办那些信息公开类行政复议，到年底还没审结的有几件", P + "复议尚未审结"),
        V("zh", "sh19", "c.procurement.projects",
          "上海市人民政府办公厅二〇一九年政府集中采购一共几个项目？", P + "采购项目数 (2019 format)"),
        V("zh", "sh19", "c.regulations.made",
          "2019年上海市政府办公厅新制作的规章有几件？", P + "规章 新制作 (text agrees)", alt=A["sh19_reg"]),
        V("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年行政许可方面的处理决定有多少件？", P + "行政许可"),
        V("zh", "hz23", "r.partially_granted.total",
          "洪泽2023年只公开了一部分的申请有几件", P + "部分公开"),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽区政府23年因为手头没有现成信息、需要重新加工而答复无法提供的有几件？", P + "另行制作 (two-digit year)"),
        V("zh", "hz24", "a.litigation_direct.total",
          "洪泽区2024年有几起信息公开官司是没经过复议、直接告到法院的？", P + "直接起诉 (text row)"),
        V("zh", "hz24", "c.normative_docs.in_force",
          "洪泽区2024年现行有效的行政规范性文件还剩几件", P + "现行有效 (text row)"),
        V("zh", "hz24", "a.review.total",
          "2024年洪泽区政府因为信息公开被申请行政复议的有几件？", P + "复议总计 (text row)"),
        V("zh", "sh25", "r.not_processed.duplicate.total",
          "上海市府办2025年以重复申请为由不予处理的有几件？", P + "重复申请 (text row)"),
        V("zh", "sh25", "r.carried_forward.total",
          "2025年上海市政府办公厅留到下一年继续办理的申请有多少件", P + "结转下年度 (text row)"),
        V("zh", "sh25", "a.litigation_direct.total",
          "上海市人民政府办公厅2025年被人跳过复议直接起诉的案子一共多少件？", P + "直接起诉总计 (text row)"),
        V("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年政府集中采购花了多少钱？单位万元。", P + "采购总金额 (money)", **MONEY),
        V("zh", "jx", "a.litigation_after_review.upheld",
          "涧西区2020年复议之后又起诉的案子，法院维持的有几件？", P + "复议后起诉 维持"),
        V("zh", "jx", "a.review.upheld",
          "涧西区人民政府办公室2020年行政复议结果维持的有几件？", P + "复议维持"),
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年一共作了多少个行政许可决定？", P + "行政许可 (text row)"),
        V("zh", "kw", "r.received.natural_person",
          "市科委2024年新收的信息公开申请，个人提的有多少件", P + "新收 自然人 (text row)"),
        V("zh", "ha", "a.review.upheld",
          "淮安2024年政府信息公开行政复议，最后维持原决定的有多少件？", P + "复议维持 (text agrees)",
          alt=A["ha_rv_upheld"]),
        V("zh", "sy", "a.litigation_after_review.total",
          "沭阳县2025年先复议、复议完了又去起诉的行政诉讼总共几件？", P + "复议后起诉 总计"),
        V("zh", "ha", "r.withheld.security_stability.total",
          "2024年淮安市政府以危及“三安全一稳定”为由不公开的有几件", P + "三安全一稳定"),
    ]
    en = [
        V("en", "ha", "r.received.commercial",
          "How many information requests did Huai'an city government get from businesses in 2024?", P + "received, commercial"),
        V("en", "ha", "r.withheld.state_secret.total",
          "Huai'an, 2024: how many requests were turned down on state-secret grounds?", P + "withheld: state secret"),
        V("en", "ha", "c.regulations.issued",
          "How many new municipal regulations (guizhang) did Huai'an put out in 2024?", P + "regulations issued (text agrees)",
          alt=A["ha_reg"]),
        V("en", "ha", "c.fees.amount",
          "What did Huai'an bring in from administrative and institutional fees in 2024? Give it in 10,000 yuan.", P + "fees (money)", **MONEY),
        V("en", "ha", "a.litigation_after_review.upheld",
          "Of the lawsuits brought against Huai'an in 2024 after a reconsideration, how many ended with the decision upheld?", P + "litigation after review: upheld"),
        V("en", "ha", "r.partially_granted.total",
          "For Huai'an in 2024, how many requests ended up only partly disclosed?", P + "partially granted"),
        V("en", "sy", "r.withheld.process_info.total",
          "How many Shuyang County requests in 2025 were refused because the material was process information (deliberations, drafts and the like)?", P + "withheld: process info"),
        V("en", "sy", "c.licensing.decisions",
          "Number of administrative licensing decisions made in Shuyang County in 2025?", P + "licensing"),
        V("en", "sy", "r.received.legal_services",
          "Shuyang County 2025 - how many new requests were filed by law firms or other legal service providers?", P + "received, legal services"),
        V("en", "sy", "a.review.upheld",
          "In 2025, how many reconsideration cases over Shuyang's disclosure decisions were upheld?", P + "review upheld"),
        V("en", "sy", "r.other.overdue_fee.total",
          "How many Shuyang requests were dropped in 2025 because the applicant never paid the processing fee after being billed?", P + "other: overdue fee"),
        V("en", "sh19", "c.normative_docs.total_published",
          "How many normative documents had the Shanghai municipal government's general office made public in total, per its 2019 report?", P + "normative docs total published (2019 format)"),
        V("en", "sh19", "c.procurement.amount",
          "What was the centralized government procurement amount for the Shanghai General Office in 2019, in 10k yuan?", P + "procurement amount, printed 251000元 (money)", **MONEY),
        V("en", "sh19", "r.carried_forward.total",
          "Shanghai General Office, 2019: how many requests were still open at year end and pushed into 2020?", P + "carried forward (text agrees)",
          alt=A["sh19_forward"]),
        V("en", "sh19", "a.litigation_direct.upheld",
          "In 2019, how many lawsuits filed straight against the Shanghai General Office (no reconsideration first) were upheld?", P + "direct litigation upheld"),
        V("en", "hz23", "c.punishment.decisions",
          "How many administrative penalty decisions did Hongze District record in 2023?", P + "punishment"),
        V("en", "hz23", "c.normative_docs.repealed",
          "Hongze District government in 2023 - how many normative documents were abolished?", P + "normative docs repealed"),
        V("en", "hz23", "r.withheld.enforcement_files.total",
          "In 2023, how many Hongze requests were refused because the info sat in administrative enforcement case files?", P + "withheld: enforcement files"),
        V("en", "hz24", "r.granted.total",
          "How many requests did Hongze District grant in full in 2024?", P + "granted (text row)"),
        V("en", "hz24", "r.unable.not_held.total",
          "Hongze 2024: for how many requests did the district answer that it simply doesn't hold that information?", P + "not held (text row)"),
        V("en", "hz24", "a.litigation_after_review.total",
          "In 2024, how many cases went to court against Hongze after an administrative reconsideration had already been decided?", P + "litigation after review (text row)"),
        V("en", "sh25", "r.not_processed.petition.total",
          "How many requests did the Shanghai General Office set aside in 2025 as really being petitions or complaints?", P + "petition-type (text row)"),
        V("en", "sh25", "r.carried_over.total",
          "How many requests did the Shanghai General Office bring over from 2024 into 2025?", P + "carried over (text row; text agrees)",
          alt=A["sh25_carried_over"]),
        V("en", "sh25", "a.review.pending",
          "How many disclosure-related reconsideration cases involving the Shanghai General Office were still undecided in 2025?", P + "review pending (text row)"),
        V("en", "jx", "r.received.natural_person",
          "How many of the Jianxi District office's new requests in 2020 were from private individuals?", P + "received, natural person"),
        V("en", "jx", "a.litigation_direct.total",
          "How many direct lawsuits over disclosure did the Jianxi District office face in 2020?", P + "direct litigation total"),
        V("en", "jx", "c.procurement.projects",
          "How many centralized procurement projects did the Jianxi district government office run in 2020?", P + "procurement projects"),
        V("en", "kw", "r.received.total",
          "How many new disclosure requests came in to the Shanghai Science and Technology Commission in 2024?", P + "received total (text row; text agrees)",
          alt=A["kw_received"]),
        V("en", "kw", "c.normative_docs.in_force",
          "STCSM 2024: how many normative documents does it currently have in force?", P + "normative docs in force (text row)"),
        V("en", "ha", "r.not_processed.duplicate.total",
          "How many Huai'an requests in 2024 were not processed because they duplicated an earlier request?", P + "duplicate"),
        V("en", "sy", "c.normative_docs.issued",
          "How many normative documents did Shuyang County issue during 2025?", P + "normative docs issued"),
    ]
    return zh + en


# ------------------------------------------------------------------ [combine] ~7%
def combine():
    P = "[combine] "
    sums = [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市2024年全部公开的加上部分公开的，合起来有多少件？", P + "sum 2 cells"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年行政复议，加上直接起诉和复议后起诉两类诉讼，一共多少件？", P + "sum 3 appeals totals (text states 74)",
          alt=A["sy_cases"]),
        S("zh", "sh19", ["c.regulations.published", "c.normative_docs.published"],
          "上海市府办2019年新公开的规章和规范性文件加在一起多少件？", P + "sum 2 active cells (2019 format)"),
        S("zh", "hz23", ["r.withheld.%s.total" % w for w in L.WITHHELD],
          "洪泽区2023年不予公开的八种理由，逐项加起来一共几件？", P + "sum 8 withheld sub-items"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区2020年复议、直接起诉、复议后起诉，这三类案件加一块多少件", P + "sum 3 appeals totals"),
        S("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "淮安2024年许可、处罚、强制三类处理决定总数是多少？", P + "sum 3 decision counts"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"],
          "Shuyang 2025: requests granted in full plus those granted in part - what's the combined figure?", P + "sum 2 cells"),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "Huai'an 2024: can you total up the three sub-items under 'other handling'?", P + "sum 3 other sub-items"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "Shanghai General Office 2019 - reconsideration cases plus direct lawsuits, how many altogether?", P + "sum 2 appeals totals"),
        S("en", "sy", ["r.received.commercial", "r.received.legal_services"],
          "Shuyang County 2025: how many new requests came from companies and legal service organisations put together?", P + "sum 2 columns (text: 法人或其他组织 8)",
          alt=A["sy_legal"]),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "Hongze 2023: requests for info the district didn't hold, plus ones that would have needed compiling from scratch - combined?", P + "sum 2 unable sub-items"),
    ]
    diffs = [
        D("zh", "hz23", "hz24", "r.granted.total",
          "洪泽区予以公开的申请，2024年比2023年多了多少件？", P + "difference 2023->2024 (gold vs text row)"),
        D("zh", "sh19", "sh25", "r.received.total",
          "上海市政府办公厅2025年新收的申请比2019年多出多少件？", P + "difference 2019->2025 (text agrees for 2025)",
          alt=A["sh25_received"]),
        D("zh", "hz23", "hz24", "c.normative_docs.issued",
          "洪泽区2024年制发的行政规范性文件比2023年多几件", P + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "r.total_processed.total",
          "上海市府办的办理结果总计，2025年跟2019年相比多了多少？", P + "difference 2019->2025 (text agrees for 2025)",
          alt=A["sh25_processed"]),
        D("en", "hz23", "hz24", "c.coercion.decisions",
          "How did Hongze District's coercive-measure decisions change from 2023 to 2024 (2024 minus 2023)?", P + "difference 2023->2024, negative"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Direct lawsuits against the Shanghai General Office: what's the change between 2019 and 2025?", P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "Hongze District's administrative fee income in 2024 versus 2023 - what's the difference in 万元?", P + "difference 2023->2024, money",
          **MONEY),
    ]
    return sums + diffs


# ------------------------------------------------------------------ [rank] ~4%
def rank():
    P = "[rank] "
    return [
        R("zh", ["jx", "ha", "sy", "sh19"], "r.received.total", "desc",
          "涧西区2020年、淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，这四家谁新收的信息公开申请最多？", P + "4 bodies desc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "淮安2024、洪泽区2023、沭阳县2025三家比一比，现行有效的行政规范性文件哪家最少？", P + "3 bodies asc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc",
          "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，年底结转到下一年办的申请谁最多", P + "4 bodies desc"),
        R("zh", ["hz23", "sy", "ha"], "c.coercion.decisions", "asc",
          "洪泽区2023年、沭阳县2025年和淮安市2024年，哪个的行政强制决定最少？", P + "3 bodies asc"),
        R("zh", ["sy", "ha", "jx", "sh19"], "r.carried_over.total", "desc",
          "沭阳县2025、淮安市2024、涧西区2020、上海市政府办公厅2019，从上一年结转过来的申请哪家最多？", P + "4 bodies desc, close (36 vs 34)"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
          "Among Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which reported the highest administrative fee income?", P + "3 bodies desc, money"),
        R("en", ["jx", "sh19", "sy"], "a.litigation_direct.total", "asc",
          "Jianxi District office (2020), Shanghai General Office (2019), Shuyang County (2025): which one faced the fewest direct lawsuits?", P + "3 bodies asc"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.issued", "desc",
          "Which issued the most normative documents: Huai'an in 2024, Hongze in 2023, or Shuyang in 2025?", P + "3 bodies desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.legal_person", "desc",
          "Comparing Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020, who got the most new requests from organisations rather than individuals?", P + "4 bodies desc, derived legal_person"),
        R("en", ["jx", "hz23", "sy"], "r.partially_granted.total", "asc",
          "Of Jianxi (2020), Hongze (2023) and Shuyang (2025), which had the fewest partially disclosed requests?", P + "3 bodies asc"),
    ]


# ------------------------------------------------------------------ [textonly] ~9%
def textonly():
    P = "[textonly] "
    return [
        N("zh", "sy", "4511", 4511, "条",
          "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", P + "portal items"),
        N("zh", "sy", "催办提示 84", 84, "次",
          "沭阳那个“倒计时报警器”2025年一共发出多少次催办提示？", P + "reminders"),
        N("zh", "sy", "697", 697, "条",
          "沭阳县2025年清理了多少条过期的已公开信息", P + "outdated items cleaned"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场",
          "淮安市2024年组织开了几场新闻发布会？", P + "press conferences"),
        N("zh", "ha", "3940", 3940, "元",
          "2024年淮安市政府收了多少元信息处理费？", P + "processing fee in 元"),
        N("zh", "sh25", "新闻发布会 42", 42, "场",
          "上海市府办2025年的年报里说，市政府开了多少场新闻发布会", P + "press conferences"),
        N("zh", "sh25", "157 件", 157, "件",
          "上海市政府办公厅2025年的年报提到，申请人自己主动撤回的申请有多少件？", P + "withdrawn requests"),
        N("zh", "sh19", "132件", 132, "件",
          "上海市政府办公厅2019年在门户网站上发了多少件政策解读？", P + "policy interpretations"),
        N("zh", "sh19", "70家", 70, "家",
          "按上海市府办2019年的年报，每个季度全面检查的正常运行政府网站有多少家？", P + "websites checked"),
        N("zh", "kw", "直播 118", 118, "场",
          "上海市科委“上海科技”视频号2024年搞了多少场直播？", P + "live streams"),
        N("zh", "hz24", "2428", 2428, "条",
          "洪泽区2024年在政府网站平台上主动发布了多少条各类信息？", P + "website items"),
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办2020年梳理出来的公开事项一共有多少项？", P + "disclosure items", frm="对照省"),
        N("en", "sy", "64家单位", 64, "家",
          "How many units had their annual disclosure reports published together by Shuyang County in 2025?", P + "units' reports published"),
        N("en", "sy", "失效链接43", 43, "处",
          "How many dead links did Shuyang fix on its websites in 2025?", P + "broken links"),
        N("en", "ha", "共计 95", 95, "个",
          "How many government new-media accounts were being run across Huai'an, according to the 2024 report?", P + "new-media accounts"),
        N("en", "ha", "《淮安市人民政府公报》6 期", 6, "期",
          "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", P + "gazette issues"),
        N("en", "hz23", "1136", 1136, "条",
          "How many items of government information did Hongze District post proactively on its website in 2023?", P + "website items"),
        N("en", "sh25", "10 个语种", 10, "个",
          "How many languages does Shanghai's international services portal now cover, per the General Office's 2025 report?", P + "languages"),
        N("en", "sh25", "属性审查 166", 166, "件",
          "In 2025, how many documents did the Shanghai General Office review to decide whether they should be made public?", P + "disclosure-attribute reviews"),
        N("en", "sh19", "2261", 2261, "项",
          "How many service items had been hooked up to Shanghai's one-stop 'Yiwangtongban' acceptance platform, per the General Office's 2019 report?", P + "service items connected"),
        N("en", "kw", "1016823", 1016823, "人",
          "How many followers did the 'Shanghai Keji' WeChat account have, per STCSM's 2024 report?", P + "followers"),
        N("en", "kw", "人大代表建议 50", 50, "件",
          "How many NPC deputies' suggestions did the Shanghai science commission handle as lead or co-handler in 2024?", P + "deputies' suggestions"),
        N("en", "jx", "26个试点领域标准指引", 26, "个",
          "How many pilot areas' standards did the Jianxi District government office work from in its 2020 standardization effort?", P + "pilot areas", frm="对照省"),
        N("en", "hz24", "2428", 7, "期",
          "How many executive meetings did Hongze District make public in 2024?", P + "executive meetings published"),
    ]


# ------------------------------------------------------------------ [cannot] ~13%
def cannot():
    P = "[cannot] "
    zh = [
        ("淮安市2024年提交信息公开申请的人当中，男的占多少？", "sex of applicants is not reported", "sex"),
        ("沭阳县2025年哪个乡镇的信息公开申请最多？", "no township breakdown in the report", "township"),
        ("洪泽区2022年一共收到多少件政府信息公开申请？", "no 洪泽区 2022 report is held (only 2023 and 2024)", "year not held"),
        ("南京市2024年政府信息公开年报里，依申请公开的总数是多少", "南京市 reports are not in the corpus", "body not held"),
        ("上海市科委2023年收到几件信息公开申请？", "only the 2024 report of 上海市科委 is held", "year not held"),
        ("淮安市2024年平均每件信息公开申请多少天答复完？", "response times are not reported", "response time"),
        ("涧西区政府办2020年专门负责信息公开的工作人员有几个？", "staff numbers are not reported (only 人员队伍薄弱)", "staff"),
        ("上海市政府办公厅2025年的申请里，和房屋征收有关的占多少件？", "no topic breakdown of requests", "topic"),
        ("沭阳县2026年大概会收到多少件信息公开申请？", "forecasts are not in the reports", "forecast"),
        ("你个人觉得淮安市政府2024年的信息公开做得怎么样，能打几分？", "opinion/rating, not a reported fact", "opinion"),
        ("洪泽区2024年关停了多少个政务新媒体账号？", "the report mentions closing accounts but gives no number", "figure not stated"),
        ("上海市府办2019年收到的申请中，通过信函寄来的有多少件？", "submission channels are not broken down", "channel"),
        ("能不能把淮安市2024年申请行政复议的那些人的名字和电话发我？", "personal data, not in the reports", "personal data"),
        ("沭阳县2025年信息公开工作一共花了多少经费？", "costs of the work are not reported (the 380元 is a fee collected)", "cost"),
        ("宿迁市2025年政府信息公开年度报告里行政复议有多少件？", "宿迁市's report is not in the corpus", "body not held"),
        ("上海市科委2024年新收的申请按季度分，每个季度各多少件？", "no quarterly breakdown", "quarter"),
        ("涧西区2021年主动公开了多少规范性文件？", "no 涧西区 2021 report is held", "year not held"),
    ]
    en = [
        ("What share of people who filed disclosure requests with Huai'an in 2024 were over 60?", "age of applicants is not reported", "age"),
        ("Which department of Shuyang County received the most disclosure requests in 2025?", "no department breakdown of requests", "department"),
        ("How many disclosure requests did Hongze District receive in 2021?", "no Hongze 2021 report is held", "year not held"),
        ("What were Pudong New Area's disclosure request numbers for 2024?", "浦东新区 is not in the corpus", "body not held"),
        ("How many of the Shanghai General Office's 2025 requests concerned education?", "no topic breakdown of requests", "topic"),
        ("On average, how many days did the Shanghai science commission take to answer a request in 2024?", "response times are not reported", "response time"),
        ("How many full-time staff handle information disclosure at Huai'an city government in 2024?", "staff numbers are not reported", "staff"),
        ("How many requests will the Shanghai General Office receive in 2026?", "forecast, not in any report", "forecast"),
        ("How much did Hongze District spend on running its government website in 2023?", "spending is not reported", "cost"),
        ("What industries were the companies that filed requests with Huai'an in 2024 in?", "no industry breakdown", "industry"),
        ("How many of Shuyang County's 2025 applicants live outside Jiangsu province?", "applicants' residence is not reported", "residence"),
        ("What was the Shanghai General Office's number of new requests in 2022?", "no 2022 report of 上海市人民政府办公厅 is held", "year not held"),
        ("Give me the home address of the person who paid a processing fee to Shuyang's civil affairs bureau in 2025.", "personal data", "personal data"),
        ("In the Shanghai General Office's 2019 report, how many negative ratings did the 'good/bad review' system actually receive, as a count?", "only percentages (0.34% / 99.58%) are given, no counts", "figure not stated"),
        ("How many disclosure requests did Qingjiangpu District get in 2024?", "清江浦区 is not in the corpus", "body not held"),
        ("Why was Huai'an's administrative fee income so large in 2024 - what drove it?", "the report gives no reasons for the fee figure", "reason not stated"),
        ("How many requests reached the STCSM by email in 2024?", "submission channels are not broken down", "channel"),
    ]
    return [U("zh", q, why, P + what) for q, why, what in zh] + \
           [U("en", q, why, P + what) for q, why, what in en]


# ------------------------------------------------------------------ [neighbour] ~3%
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total",
          "淮安市2024年从2023年结转过来的申请有多少件？", P + "上年结转 vs 结转下年 (text agrees)",
          alt=A["ha_carried_over"]),
        T("zh", "sy", "c.normative_docs.repealed",
          "沭阳2025年行政规范性文件废止掉了几件？", P + "废止 vs 制发/现行有效"),
        T("zh", "sh19", "a.litigation_after_review.total",
          "上海市政府办公厅2019年经过复议以后再起诉的诉讼有几件？", P + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "r.unable.needs_creation.total",
          "淮安2024年因为“没有现成信息需要另行制作”而无法提供的申请有几件？", P + "另行制作 vs 不掌握"),
        T("en", "ha", "a.review.other",
          "Huai'an 2024: how many reconsideration cases ended with an 'other' result - neither upheld nor corrected?", P + "其他结果 vs 纠正 (text agrees)",
          alt=A["ha_rv_other"]),
        T("en", "sy", "r.withheld.internal_affairs.total",
          "How many Shuyang requests in 2025 were refused because they concerned internal affairs information - not process information?", P + "内部事务 vs 过程性"),
        T("en", "sh19", "c.regulations.total_published",
          "Shanghai General Office 2019: total number of regulations it had made public overall, not just the new ones?", P + "对外公开总数 vs 新制作/新公开"),
        T("en", "sy", "r.partially_granted.total",
          "Shuyang 2025: requests that were partially disclosed - not the fully disclosed ones - how many?", P + "部分公开 vs 予以公开"),
    ]


# ------------------------------------------------------------------ [followup] ~40%
def followups_zh():
    P = "[followup] "
    return [
        F("zh", [
            ("洪泽区2024年做了多少个行政强制决定？", E("hz24", "c.coercion.decisions")),
            ("那2023年的呢", E("hz23", "c.coercion.decisions")),
            ("两年比一比，哪年多，多了多少？", ED("hz23", "hz24", "c.coercion.decisions")),
        ], P + "year switch 2024->2023, then which year higher (difference)"),
        F("zh", [
            ("上海市政府办公厅2019年因为信息公开被申请行政复议的有几件？",
             E("sh19", "a.review.total", alt=A["sh19_review"])),
            ("到2025年变成多少了？", E("sh25", "a.review.total")),
            ("前后一比增加了多少件", ED("sh19", "sh25", "a.review.total")),
        ], P + "year switch 2019->2025, then compare (difference)"),
        F("zh", [
            ("淮安市2024年新收的政府信息公开申请一共多少件？", E("ha", "r.received.total", alt=A["ha_received"])),
            ("其中以个人名义提的有多少？", E("ha", "r.received.natural_person")),
            ("剩下是单位提的吧，商业企业具体几件？", E("ha", "r.received.commercial")),
            ("企业和律所那类法律服务机构，两项加一起呢？", E("ha", ["r.received.commercial", "r.received.legal_services"])),
        ], P + "of those: total -> natural person -> commercial, then add up two columns"),
        F("zh", [
            ("沭阳县2025年予以公开的申请是多少件？", E("sy", "r.granted.total")),
            ("这个数字把部分公开的也算进去了吗？部分公开的单独是多少？", E("sy", "r.partially_granted.total")),
            ("部分公开的那些里面，法律服务机构申请的有几件？", E("sy", "r.partially_granted.legal_services")),
        ], P + "check the figure (部分公开 included?) then narrow to a column"),
        F("zh", [
            ("洪泽区2024年予以公开的申请有几件？", E("hz24", "r.granted.total")),
            ("不对，我要问的是2023年那份", E("hz23", "r.granted.total")),
        ], P + "self-correction of the year"),
        F("zh", [
            ("淮安市2024年政府信息公开行政复议一共多少件？", E("ha", "a.review.total", alt=A["ha_review"])),
            ("沭阳县2025年同样口径是多少？", E("sy", "a.review.total")),
            ("沭阳那边到年底还没审结的有几起？", E("sy", "a.review.pending")),
        ], P + "body switch, then outcome"),
        F("zh", [
            ("涧西区2020年新收到的信息公开申请有几件？", E("jx", "r.received.total", alt=A["jx_received"])),
            ("办结的呢，就是办理结果总计那一行", E("jx", "r.total_processed.total", alt=A["jx_done"])),
            ("还有几件转到下一年接着办？", E("jx", "r.carried_forward.total", alt=A["jx_open"])),
        ], P + "row switch x2 (text agrees)"),
        F("zh", [
            ("上海市府办2025年新收申请中，商业企业提的有多少件？", E("sh25", "r.received.commercial")),
            ("自然人那一栏呢", E("sh25", "r.received.natural_person")),
            ("两栏加起来是多少？", E("sh25", ["r.received.natural_person", "r.received.commercial"])),
        ], P + "column switch, then add up the two cells just asked (text rows)"),
        F("zh", [
            ("淮安2024年没经过复议、直接去法院起诉的行政诉讼有几件？", E("ha", "a.litigation_direct.total")),
            ("复议完再起诉的那部分呢？", E("ha", "a.litigation_after_review.total")),
            ("两类诉讼一共是多少件？", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
                                        alt=A["ha_litig"])),
        ], P + "appeals group switch, then sum (text states 46)"),
        F("zh", [
            ("沭阳县2025年一共发布了多少条解读类信息？", EN("sy", "解读类信息 21 条", 21, "条")),
            ("那沭阳当年现行有效的行政规范性文件有几件？", E("sy", "c.normative_docs.in_force")),
        ], P + "narrative number then table number, same body"),
        F("zh", [
            ("淮安市2024年因为本机关不掌握相关信息而无法提供的申请有多少？", E("ha", "r.unable.not_held.total")),
            ("这些申请分别是市里哪些部门收到的？", EU("no breakdown of requests by receiving department")),
        ], P + "ends unanswerable: department breakdown"),
        F("zh", [
            ("上海市政府办公厅2025年从上一年结转过来的申请是多少件？",
             E("sh25", "r.carried_over.total", alt=A["sh25_carried_over"])),
            ("19年呢？", E("sh19", "r.carried_over.total", alt=A["sh19_carried_over"])),
            ("2019年那年又有多少件结转到下一年去了？", E("sh19", "r.carried_forward.total", alt=A["sh19_forward"])),
        ], P + "year switch (two-digit year) then row switch"),
        F("zh", [
            ("淮安市政府2024年不予公开的申请总共多少件？", E("ha", "r.withheld.total")),
            ("其中是为了保护第三方合法权益的有几件", E("ha", "r.withheld.third_party.total")),
            ("那“其他法律行政法规禁止公开”的呢？", E("ha", "r.withheld.prohibited_by_law.total")),
        ], P + "of those: derived withheld -> two sub-reasons"),
        F("zh", [
            ("沭阳县2025年行政强制的处理决定有多少？", E("sy", "c.coercion.decisions")),
            ("行政许可的呢？", E("sy", "c.licensing.decisions")),
            ("这两项合计多少", E("sy", ["c.coercion.decisions", "c.licensing.decisions"])),
        ], P + "row switch then add up the two just asked"),
        F("zh", [
            ("洪泽区2023年不予公开的申请有几件？", E("hz23", "r.withheld.total")),
            ("其中属于国家秘密的呢？", E("hz23", "r.withheld.state_secret.total")),
            ("这一件是谁申请的，申请的什么内容？", EU("applicants and request contents are not reported")),
        ], P + "of those, then ends unanswerable: personal data / content"),
        F("zh", [
            ("上海市政府办公厅2025年办理结果总计多少件？", E("sh25", "r.total_processed.total", alt=A["sh25_processed"])),
            ("这个办结数里含不含上一年结转来的？结转来的是多少件？",
             E("sh25", "r.carried_over.total", alt=A["sh25_carried_over"])),
        ], P + "check the figure (includes carried-over?)"),
        F("zh", [
            ("淮安2024年予以公开的申请里，法律服务机构的有几件？", E("ha", "r.granted.legal_services")),
            ("不好意思，我想看的是商业企业那列", E("ha", "r.granted.commercial")),
        ], P + "self-correction of the column"),
        F("zh", [
            ("涧西区2020年因为信息公开被申请行政复议的有几件？", E("jx", "a.review.total")),
            ("洪泽区2024年呢", E("hz24", "a.review.total")),
            ("上海市府办2025年又是多少？", E("sh25", "a.review.total")),
        ], P + "body+year switch x2"),
        F("zh", [
            ("上海市科委2024年微信公众号一共编发了多少篇文章？", EN("kw", "1640", 1640, "篇")),
            ("市科委那年新收的信息公开申请中，企业递交的有几件？", E("kw", "r.received.commercial")),
            ("这几家企业分别叫什么名字？", EU("applicant names are not reported")),
        ], P + "narrative then table, ends unanswerable"),
        F("zh", [
            ("洪泽区2023年因为本机关不掌握而无法提供的申请有几件？", E("hz23", "r.unable.not_held.total")),
            ("换到2024年看看", E("hz24", "r.unable.not_held.total")),
            ("多出来几件？", ED("hz23", "hz24", "r.unable.not_held.total")),
            ("这些无法提供的申请，申请的都是哪方面的信息？", EU("no topic breakdown of requests")),
        ], P + "year switch 2023->2024 then difference, ends unanswerable: topic"),
        F("zh", [
            ("沭阳县2025年未经复议直接起诉的行政诉讼有几件？", E("sy", "a.litigation_direct.total")),
            ("结果都是维持吗？维持的有几件", E("sy", "a.litigation_direct.upheld")),
            ("复议后起诉那一组维持了几件？", E("sy", "a.litigation_after_review.upheld")),
        ], P + "outcome then appeals group switch"),
        F("zh", [
            ("上海市政府办公厅2019年办理结果总计是多少件？", E("sh19", "r.total_processed.total", alt=A["sh19_processed"])),
            ("里面自然人的有多少？", E("sh19", "r.total_processed.natural_person")),
            ("那法人或者其他组织的加起来呢？", E("sh19", "r.total_processed.legal_person")),
            ("这些申请人的年龄分布是怎样的？", EU("age of applicants is not reported")),
        ], P + "of those: total -> natural person -> derived legal_person, ends unanswerable: age"),
        F("zh", [
            ("沭阳县2025年从上一年结转过来的申请有几件？", E("sy", "r.carried_over.total")),
            ("搞错了，我要问的是淮安市2024年的", E("ha", "r.carried_over.total", alt=A["ha_carried_over"])),
        ], P + "self-correction of the body"),
        F("zh", [
            ("上海市府办2025年编了多少期市政府公报？", EN("sh25", "公报》24 期", 24, "期")),
            ("同一年因为本机关不掌握而无法提供的申请有多少件？", E("sh25", "r.unable.not_held.total")),
            ("需要另行制作的那种呢？", E("sh25", "r.unable.needs_creation.total")),
        ], P + "narrative then table (text rows), row switch"),
        F("zh", [
            ("淮安市2024年“其他处理”一共多少件？", E("ha", "r.other.total")),
            ("其中申请人逾期不补正的有多少？", E("ha", "r.other.overdue_correction.total")),
            ("逾期不交费的呢？", E("ha", "r.other.overdue_fee.total")),
            ("剩下“其他”那一项里，商业企业有几件？", E("ha", "r.other.other.commercial")),
        ], P + "4 turns: derived other -> sub-items -> column"),
        F("zh", [
            ("上海市政府办公厅2025年复议后起诉的行政诉讼总计多少件？", E("sh25", "a.litigation_after_review.total")),
            ("2019年是多少？", E("sh19", "a.litigation_after_review.total")),
            ("那2019年直接起诉的呢？", E("sh19", "a.litigation_direct.total", alt=A["sh19_litig"])),
        ], P + "year switch then appeals group switch"),
        F("zh", [
            ("上海科委2024年“上海科技”网站全年发布了多少条信息？", EN("kw", "2139", 2139, "条")),
            ("其中政务信息占多少条？", EN("kw", "政务信息发布 393", 393, "条")),
            ("市科委那年制发的行政规范性文件有几件？", E("kw", "c.normative_docs.issued", alt=A["kw_norm"])),
        ], P + "narrative, of those (narrative), then table"),
        F("zh", [
            ("洪泽区2024年解读信息发布了几条？", EN("hz24", "解读信息发布 7", 7, "条")),
            ("那年洪泽结转到下一年度继续办理的申请还有几件？", E("hz24", "r.carried_forward.total")),
            ("洪泽那年制发的规范性文件，各自的文号是什么？", EU("document numbers of the normative documents are not printed")),
        ], P + "narrative then table, ends unanswerable"),
        F("zh", [
            ("沭阳县2025年不予处理的申请总共多少件？", E("sy", "r.not_processed.total")),
            ("其中重复申请的有几件？", E("sy", "r.not_processed.duplicate.total")),
            ("重复申请里有企业提的吗？有几件", E("sy", "r.not_processed.duplicate.commercial")),
        ], P + "of those: derived not_processed -> sub-item -> column"),
        F("zh", [
            ("涧西区2020年对外公开的规范性文件总数是多少？", E("jx", "c.normative_docs.total_published")),
            ("规章呢？", E("jx", "c.regulations.total_published")),
            ("上海市政府办公厅2019年新公开的规章有几件？", E("sh19", "c.regulations.published", alt=A["sh19_reg"])),
        ], P + "row switch then body switch (2019 format)"),
        F("zh", [
            ("上海市政府办公厅2019年新收的申请里，自然人提交的有多少件？", E("sh19", "r.received.natural_person")),
            ("2025年的呢", E("sh25", "r.received.natural_person")),
            ("哪一年更多，差了多少？", ED("sh19", "sh25", "r.received.natural_person")),
            ("这些个人申请人里，有上海户籍的占多少？", EU("applicants' residence is not reported")),
        ], P + "year switch then which year higher (difference), ends unanswerable: residence"),
        F("zh", [
            ("淮安市2024年制发了几件行政规范性文件？", E("ha", "c.normative_docs.issued")),
            ("废止的有多少件？", E("ha", "c.normative_docs.repealed")),
            ("规章现行有效的有几件？", E("ha", "c.regulations.in_force")),
        ], P + "column switch then row switch"),
        F("zh", [
            ("沭阳县2025年因为属于行政执法案卷不予公开的有几件？", E("sy", "r.withheld.enforcement_files.total")),
            ("危及“三安全一稳定”的呢？", E("sy", "r.withheld.security_stability.total")),
            ("这些不予公开的决定后来有被复议推翻的吗？各有几件？",
             EU("appeals are not linked to refusal grounds in the report")),
        ], P + "row switch, ends unanswerable"),
        F("zh", [
            ("洪泽区2023年收的行政事业性收费是多少万元？", E("hz23", "c.fees.amount", **MONEY)),
            ("淮安市2024年呢？", E("ha", "c.fees.amount", **MONEY)),
            ("沭阳县2025年的又是多少", E("sy", "c.fees.amount", **MONEY)),
        ], P + "body switch x2, money"),
        F("zh", [
            ("淮安2024年法人或其他组织新提交的申请一共多少件？", E("ha", "r.received.legal_person")),
            ("这个包含律师事务所那类吗？法律服务机构单独是多少？", E("ha", "r.received.legal_services")),
            ("其他组织那一列呢？", E("ha", "r.received.other_org")),
        ], P + "check the figure (律所 included?) then narrow, column switch"),
        F("zh", [
            ("上海市政府办公厅2019年因为不掌握相关信息而无法提供的，各类申请人加起来一共几件？",
             E("sh19", cols("unable.not_held"), alt=A["sh19_not_held"])),
            ("其中自然人有几件？", E("sh19", "r.unable.not_held.natural_person")),
            ("需要另行制作的那类，各类申请人合计几件？", E("sh19", cols("unable.needs_creation"))),
        ], P + "printed-blank totals asked by columns; of those; row switch"),
        F("zh", [
            ("洪泽区2024年行政许可决定有多少件？", E("hz24", "c.licensing.decisions")),
            ("23年的呢？", E("hz23", "c.licensing.decisions")),
            ("哪年多？多出多少？", ED("hz23", "hz24", "c.licensing.decisions")),
        ], P + "year switch (two-digit) then difference"),
        F("zh", [
            ("上海科委2024年办理结果总计多少件？", E("kw", "r.total_processed.total")),
            ("里面予以公开的多少件？", E("kw", "r.granted.total", alt=A["kw_granted"])),
            ("上一年结转过来的有几件？", E("kw", "r.carried_over.total", alt=A["kw_carried_over"])),
        ], P + "of those, then row switch (text rows)"),
        F("zh", [
            ("上海市政府办公厅2019年主动公开的人事任免文件有多少件？", EN("sh19", "人事任免文件141件", 141, "件")),
            ("那年新制作的规范性文件有多少件？", E("sh19", "c.normative_docs.made", alt=A["sh19_norm"])),
        ], P + "narrative then table"),
        F("zh", [
            ("沭阳县2025年涌现的爆款内容有多少条？", EN("sy", "爆款内容52条", 52, "条")),
            ("其中播放破百万的有几条？", EN("sy", "爆款内容52条", 49, "条")),
            ("这些爆款分别是什么题材、发在哪个平台？", EU("topics and platforms of the viral posts are not reported")),
        ], P + "narrative, of those (narrative), ends unanswerable"),
        F("zh", [
            ("淮安市2024年行政复议结果被纠正的有几件？", E("ha", "a.review.corrected", alt=A["ha_rv_corrected"])),
            ("直接起诉那组被纠正的呢？", E("ha", "a.litigation_direct.corrected")),
            ("复议后起诉那组？", E("ha", "a.litigation_after_review.corrected")),
            ("三组纠正的加起来多少？", E("ha", ["a.review.corrected", "a.litigation_direct.corrected",
                                           "a.litigation_after_review.corrected"])),
        ], P + "4 turns: appeals group switch x2 then sum of the three"),
        F("zh", [
            ("沭阳县2025年年报表格里新收申请的总计是多少？不含上年结转的。", E("sy", "r.received.total")),
            ("商业企业提的有几件？", E("sy", "r.received.commercial")),
            ("这几家企业分别是做什么行业的？", EU("no industry breakdown of applicants")),
        ], P + "table received (text 749 includes carry-over) -> column, ends unanswerable"),
        F("zh", [
            ("2025年上海市政府办公厅上年结转的申请里，法律服务机构的有几件？", E("sh25", "r.carried_over.legal_services")),
            ("自然人的呢？", E("sh25", "r.carried_over.natural_person")),
            ("换成2019年，自然人结转过来的是多少？", E("sh19", "r.carried_over.natural_person")),
        ], P + "column switch then year switch"),
        F("zh", [
            ("涧西区政府办2020年新收的申请里，法人或其他组织提的有几件？", E("jx", "r.received.legal_person")),
            ("沭阳县2025年呢？", E("sy", "r.received.legal_person", alt=A["sy_legal"])),
        ], P + "body switch, derived legal_person"),
        F("zh", [
            ("淮安2024年因为属于四类过程性信息而不予公开的有几件？", E("ha", "r.withheld.process_info.total")),
            ("哦不对，我想问的是三类内部事务信息", E("ha", "r.withheld.internal_affairs.total")),
            ("内部事务信息这类里，有商业企业的申请吗？几件？", E("ha", "r.withheld.internal_affairs.commercial")),
        ], P + "self-correction of the row, then column"),
        F("zh", [
            ("洪泽区2023年全区受理的政府信息公开申请有多少件？", E("hz23", "r.received.total", alt=A["hz23_received"])),
            ("因为属于四类过程性信息不予公开的有几件？", E("hz23", "r.withheld.process_info.total")),
            ("被当作信访举报投诉类不予处理的呢？", E("hz23", "r.not_processed.petition.total")),
        ], P + "row switch x2"),
        F("zh", [
            ("上海市府办2019年直接起诉的诉讼里还没审结的有几件？", E("sh19", "a.litigation_direct.pending")),
            ("2025年同一项呢？", E("sh25", "a.litigation_direct.pending")),
            ("增加了几件？", ED("sh19", "sh25", "a.litigation_direct.pending")),
        ], P + "year switch then difference"),
        F("zh", [
            ("沭阳县2025年整改了多少处不规范描述？", EN("sy", "不规范描述22处", 22, "处")),
            ("各类错误信息又整改了多少处？", EN("sy", "不规范描述22处", 83, "处")),
            ("那年沭阳的行政复议总数是多少？", E("sy", "a.review.total")),
        ], P + "narrative x2 then table"),
        F("zh", [
            ("淮安市2024年通过文字、图片等形式做了多少个政策解读？", EN("ha", "形式制作政策解读", 21, "个")),
            ("那年的行政许可决定有多少？", E("ha", "c.licensing.decisions")),
        ], P + "narrative then table"),
        F("zh", [
            ("上海市科委2024年的行政处罚决定有几件？", E("kw", "c.punishment.decisions")),
            ("洪泽区2024年的行政处罚决定数呢？", E("hz24", "c.punishment.decisions")),
            ("淮安市2024年的呢？", E("ha", "c.punishment.decisions")),
        ], P + "body switch x2 (text rows then gold)"),
        F("zh", [
            ("上海市政府办公厅2019年作为信访举报投诉类不予处理的，各类申请人合计多少件？",
             E("sh19", cols("not_processed.petition"))),
            ("重复申请的呢？", E("sh19", cols("not_processed.duplicate"))),
            ("这两类合起来多少？", E("sh19", cols("not_processed.petition") + cols("not_processed.duplicate"),
                                   alt=A["sh19_not_processed"])),
        ], P + "printed-blank totals by columns; row switch; add up (text states 158)"),
        F("zh", [
            ("淮安市2024年顺延到下一年度再答复的申请有多少件？", E("ha", "r.carried_forward.total", alt=A["ha_forward"])),
            ("这些都是个人提的吗？商业企业的有没有？", E("ha", "r.carried_forward.commercial")),
            ("这些顺延的申请预计什么时候能全部答复完？", EU("no forecast of completion dates")),
        ], P + "check the figure, then ends unanswerable: forecast"),
    ]


def followups_en():
    P = "[followup] "
    return [
        F("en", [
            ("How many administrative penalty decisions did Hongze District record in 2024?", E("hz24", "c.punishment.decisions")),
            ("And in 2023?", E("hz23", "c.punishment.decisions")),
            ("Which year was higher, and by how much?", ED("hz23", "hz24", "c.punishment.decisions")),
        ], P + "year switch 2024->2023 then which year higher (difference)"),
        F("en", [
            ("How many requests did the Shanghai municipal general office carry forward into the next year in 2025?",
             E("sh25", "r.carried_forward.total")),
            ("What was the 2019 figure for the same thing?", E("sh19", "r.carried_forward.total", alt=A["sh19_forward"])),
            ("So how much bigger is the 2025 number?", ED("sh19", "sh25", "r.carried_forward.total")),
        ], P + "year switch 2025->2019 then difference"),
        F("en", [
            ("How many requests did Shuyang County process in total in 2025?", E("sy", "r.total_processed.total", alt=A["sy_processed"])),
            ("Of those, how many came from individuals?", E("sy", "r.total_processed.natural_person")),
            ("And how many from legal service organisations?", E("sy", "r.total_processed.legal_services")),
            ("What are the names of those legal service organisations?", EU("applicant names are not reported")),
        ], P + "of those: total -> natural person -> legal services, ends unanswerable: names"),
        F("en", [
            ("How many new requests did the Shanghai General Office receive from organisations (legal persons) in 2019?",
             E("sh19", "r.received.legal_person")),
            ("Does that include law firms? How many came from legal service institutions?", E("sh19", "r.received.legal_services")),
            ("And from the 'other organisations' column?", E("sh19", "r.received.other_org")),
        ], P + "check the figure (law firms included?) then narrow, column switch"),
        F("en", [
            ("Shanghai General Office, 2025: how many requests were granted in full?", E("sh25", "r.granted.total")),
            ("Sorry, wrong year - I need 2019, and only the ones from companies that were granted.",
             E("sh19", "r.granted.commercial")),
        ], P + "self-correction of year and column"),
        F("en", [
            ("How many Huai'an requests in 2024 could not be answered because the request was still unclear after the applicant had been asked to supplement it?",
             E("ha", "r.unable.unclear.total")),
            ("What was that number for Shuyang in 2025?", E("sy", "r.unable.unclear.total")),
            ("And for the Shanghai General Office in 2019, adding up all applicant types?", E("sh19", cols("unable.unclear"))),
        ], P + "body switch x2 (last by columns, printed-blank total)"),
        F("en", [
            ("In 2020, how many requests did the Jianxi District government office grant in full?", E("jx", "r.granted.total")),
            ("How many did it say it didn't have the information for?", E("jx", "r.unable.not_held.total")),
            ("Add those two together?", E("jx", ["r.granted.total", "r.unable.not_held.total"])),
        ], P + "row switch then add up the two just asked"),
        F("en", [
            ("Huai'an 2024: how many requests from individuals were granted in full?", E("ha", "r.granted.natural_person")),
            ("And from commercial enterprises?", E("ha", "r.granted.commercial")),
            ("What about the 'other' organisations column?", E("ha", "r.granted.other_org")),
        ], P + "column switch x2"),
        F("en", [
            ("In 2025, how many of Shuyang's reconsideration cases ended with an 'other' outcome?", E("sy", "a.review.other")),
            ("And among lawsuits filed after reconsideration?", E("sy", "a.litigation_after_review.other")),
            ("How many of those post-review lawsuits are still pending?", E("sy", "a.litigation_after_review.pending")),
        ], P + "appeals group switch then outcome switch"),
        F("en", [
            ("How many press briefings (新闻通气会) did the Shanghai government hold in 2025, per the General Office's report?",
             EN("sh25", "新闻通气会 19", 19, "场")),
            ("And how many disclosure requests did the General Office get from companies that year?", E("sh25", "r.received.commercial")),
        ], P + "narrative then table (text row)"),
        F("en", [
            ("How many requests did Huai'an refuse in 2024 because they were really administrative query matters?",
             E("ha", "r.withheld.admin_query.total")),
            ("What kinds of records were people trying to look up in those cases?", EU("the contents of the query requests are not reported")),
        ], P + "ends unanswerable: request contents"),
        F("en", [
            ("In 2019, how many lawsuits were filed directly against the Shanghai General Office?",
             E("sh19", "a.litigation_direct.total", alt=A["sh19_litig"])),
            ("What about 2025?", E("sh25", "a.litigation_direct.total")),
            ("How many of the 2025 ones were still open?", E("sh25", "a.litigation_direct.pending")),
        ], P + "year switch then outcome (text rows)"),
        F("en", [
            ("How many requests did Shuyang County refuse to disclose in 2025, all grounds together?", E("sy", "r.withheld.total")),
            ("How many of those were about protecting a third party's rights?", E("sy", "r.withheld.third_party.total")),
            ("And how many were administrative query matters?", E("sy", "r.withheld.admin_query.total")),
            ("Add those last two up.", E("sy", ["r.withheld.third_party.total", "r.withheld.admin_query.total"])),
        ], P + "of those: derived withheld -> sub-reasons, then add up the last two"),
        F("en", [
            ("Shuyang 2025: how many individuals' requests were granted in full?", E("sy", "r.granted.natural_person")),
            ("And individuals' requests granted only in part?", E("sy", "r.partially_granted.natural_person")),
            ("Add the two up for me.", E("sy", ["r.granted.natural_person", "r.partially_granted.natural_person"])),
        ], P + "row switch then add up the two just asked"),
        F("en", [
            ("How much did Hongze District take in from administrative fees in 2024, in 万元?", E("hz24", "c.fees.amount", **MONEY)),
            ("Can you break that down by type of fee?", EU("no breakdown of fee income by type")),
        ], P + "text row then ends unanswerable: breakdown"),
        F("en", [
            ("Huai'an 2024 - what was the total number of requests handled (the processed total)?",
             E("ha", "r.total_processed.total", alt=A["ha_processed"])),
            ("Does that include the ones carried over from 2023? How many were carried over?",
             E("ha", "r.carried_over.total", alt=A["ha_carried_over"])),
            ("And how many rolled on into 2025?", E("ha", "r.carried_forward.total", alt=A["ha_forward"])),
        ], P + "check the figure (carry-over included?) then row switch"),
        F("en", [
            ("Huai'an 2024: petition- or complaint-type requests set aside - how many came from individuals?",
             E("ha", "r.not_processed.petition.natural_person")),
            ("Sorry, I meant the commercial companies column.", E("ha", "r.not_processed.petition.commercial")),
        ], P + "self-correction of the column"),
        F("en", [
            ("Shanghai General Office 2019: requests refused as internal affairs information, all applicants together?",
             E("sh19", cols("withheld.internal_affairs"))),
            ("What about Huai'an in 2024?", E("ha", "r.withheld.internal_affairs.total")),
            ("And Shuyang in 2025?", E("sy", "r.withheld.internal_affairs.total")),
        ], P + "body switch x2 (first by columns, printed-blank total)"),
        F("en", [
            ("How many short videos did STCSM's 'Shanghai Keji' video channel put out in 2024?", EN("kw", "584", 584, "条")),
            ("And how many disclosure requests did the commission grant in full that year?", E("kw", "r.granted.total", alt=A["kw_granted"])),
            ("What were those granted requests about?", EU("subjects of the granted requests are not reported")),
        ], P + "narrative then table, ends unanswerable"),
        F("en", [
            ("How many normative documents were in force in Hongze District in 2023?", E("hz23", "c.normative_docs.in_force")),
            ("And in 2024?", E("hz24", "c.normative_docs.in_force")),
            ("Up or down, and by how much?", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], P + "year switch 2023->2024 then difference"),
        F("en", [
            ("How many reconsideration cases involving Huai'an were still pending at the end of 2024?",
             E("ha", "a.review.pending", alt=A["ha_rv_pending"])),
            ("And among direct lawsuits?", E("ha", "a.litigation_direct.pending")),
            ("And lawsuits that followed a reconsideration?", E("ha", "a.litigation_after_review.pending")),
            ("Put all three pending figures together?", E("ha", ["a.review.pending", "a.litigation_direct.pending",
                                                                  "a.litigation_after_review.pending"])),
        ], P + "appeals group switch x2, then add up the three"),
        F("en", [
            ("How many new requests came in to the Shanghai General Office in 2025?", E("sh25", "r.received.total", alt=A["sh25_received"])),
            ("How many of them were from private individuals?", E("sh25", "r.received.natural_person")),
            ("And the rest from companies - how many was that?", E("sh25", "r.received.commercial")),
        ], P + "of those (text rows)"),
        F("en", [
            ("How many disclosure requests did Hongze District receive in 2023?", E("hz23", "r.received.total", alt=A["hz23_received"])),
            ("Oops, I meant the Jianxi District office in 2020.", E("jx", "r.received.total", alt=A["jx_received"])),
        ], P + "self-correction of body and year"),
        F("en", [
            ("How many issues of the municipal gazette did the Shanghai General Office put out in 2019?", EN("sh19", "公报24期", 24, "期")),
            ("And how many departmental normative documents did those issues carry?", EN("sh19", "部门规范性文件45件", 45, "件")),
            ("That year, how many requests were withheld as process information, all applicant types together?",
             E("sh19", cols("withheld.process_info"))),
        ], P + "narrative x2 then table by columns"),
        F("en", [
            ("Shuyang 2025 - how many requests fell under 'other handling' overall?", E("sy", "r.other.total")),
            ("Of those, how many because the applicant missed the deadline to supplement the request?", E("sy", "r.other.overdue_correction.total")),
            ("And for 'other' reasons?", E("sy", "r.other.other.total")),
            ("Of that last group, how many were individuals?", E("sy", "r.other.other.natural_person")),
        ], P + "4 turns: derived other -> sub-items -> column"),
        F("en", [
            ("How many reconsideration cases against the Shanghai General Office were still unresolved in 2019?", E("sh19", "a.review.pending")),
            ("No wait, I wanted 2025.", E("sh25", "a.review.pending")),
            ("And how many reconsideration cases in total in 2025?", E("sh25", "a.review.total")),
        ], P + "self-correction of the year then outcome switch"),
        F("en", [
            ("How many policies did STCSM push out through the integrated release channel in 2024?", EN("kw", "121 条", 121, "条")),
            ("And how many enterprise-support policies did it submit in routine reporting?", EN("kw", "121 条", 83, "条")),
            ("How many administrative licensing decisions did STCSM make in 2024?", E("kw", "c.licensing.decisions")),
        ], P + "narrative x2 then table"),
        F("en", [
            ("According to Hongze District's 2024 report, how many requests did the district government office accept on the district government's behalf?",
             EN("hz24", "受理政府信息公开申请 17 件", 17, "件")),
            ("But the statistics table shows a bigger figure for new requests - what is it?", E("hz24", "r.received.total")),
            ("Why do the two numbers differ?", EU("the report does not explain the difference")),
        ], P + "narrative vs table number, ends unanswerable: reason"),
        F("en", [
            ("How many Shuyang requests were set aside without processing in 2025, all types combined?", E("sy", "r.not_processed.total")),
            ("How many of those were petition-type?", E("sy", "r.not_processed.petition.total")),
            ("Any that just asked for published materials?", E("sy", "r.not_processed.publication.total")),
        ], P + "of those: derived not_processed -> sub-items"),
        F("en", [
            ("Jianxi District office 2020: how many lawsuits came after a reconsideration?", E("jx", "a.litigation_after_review.total")),
            ("What was the outcome - how many were upheld?", E("jx", "a.litigation_after_review.upheld")),
            ("And direct suits upheld?", E("jx", "a.litigation_direct.upheld")),
        ], P + "outcome then appeals group switch"),
        F("en", [
            ("New requests from companies at the Shanghai General Office in 2019?", E("sh19", "r.received.commercial")),
            ("And in 2025?", E("sh25", "r.received.commercial")),
            ("Which year had more, and by how many?", ED("sh19", "sh25", "r.received.commercial")),
        ], P + "year switch then which year higher (difference)"),
        F("en", [
            ("How many administrative penalty decisions did Huai'an report for 2024?", E("ha", "c.punishment.decisions")),
            ("And coercive measures?", E("ha", "c.coercion.decisions")),
            ("Penalties and coercion together?", E("ha", ["c.punishment.decisions", "c.coercion.decisions"])),
        ], P + "row switch then add up the two just asked"),
        F("en", [
            ("How many Shuyang requests in 2025 couldn't be answered because the county didn't hold the information?",
             E("sy", "r.unable.not_held.total")),
            ("How many of those were from companies?", E("sy", "r.unable.not_held.commercial")),
            ("Which agencies should those applicants have asked instead?", EU("the report does not say which agencies hold the information")),
        ], P + "of those, ends unanswerable"),
        F("en", [
            ("Shuyang County, 2025: administrative penalty decisions?", E("sy", "c.punishment.decisions")),
            ("Hongze District, 2023 - same thing?", E("hz23", "c.punishment.decisions")),
            ("And Hongze in 2024?", E("hz24", "c.punishment.decisions")),
        ], P + "body switch then year switch"),
        F("en", [
            ("How many requests did Shuyang get from organisations rather than individuals in 2025?",
             E("sy", "r.received.legal_person", alt=A["sy_legal"])),
            ("Is that mostly legal-aid firms? How many came from legal service institutions?", E("sy", "r.received.legal_services")),
            ("And the rest from businesses?", E("sy", "r.received.commercial")),
        ], P + "check the figure (legal firms?) then narrow"),
        F("en", [
            ("Shanghai General Office 2019: how many requests were granted in full, counting every applicant type?",
             E("sh19", cols("granted"))),
            ("How many of those were from businesses?", E("sh19", "r.granted.commercial")),
            ("And from 'other' organisations?", E("sh19", "r.granted.other_org")),
        ], P + "printed-blank total by columns, then columns"),
        F("en", [
            ("How many normative documents did Hongze District issue in 2023?", E("hz23", "c.normative_docs.issued")),
            ("And 2024?", E("hz24", "c.normative_docs.issued")),
            ("How many were still in force at the end of 2024?", E("hz24", "c.normative_docs.in_force")),
        ], P + "year switch then column switch (text rows)"),
        F("en", [
            ("How many requests did STCSM carry over from 2023 into 2024?", E("kw", "r.carried_over.total", alt=A["kw_carried_over"])),
            ("Sorry, I meant how many it processed in total in 2024.", E("kw", "r.total_processed.total")),
        ], P + "self-correction of the row (text rows)"),
        F("en", [
            ("Per the Shanghai General Office's 2019 report, how many times were the topics of municipal executive meetings given an authoritative release?",
             EN("sh19", "38次", 38, "次")),
            ("And how many disclosure requests did the General Office take in that year?", E("sh19", "r.received.total", alt=A["sh19_received"])),
        ], P + "narrative then table"),
        F("en", [
            ("How many times did Shuyang staff reach out to applicants before handling their requests in 2025?",
             EN("sy", "办前主动沟通 49", 49, "次")),
            ("And how many disputes did that help resolve?", EN("sy", "办前主动沟通 49", 33, "件")),
            ("How many of the resolved disputes were about land or housing?", EU("no topic breakdown of the disputes")),
        ], P + "narrative x2, ends unanswerable"),
        F("en", [
            ("Huai'an 2024: how many reconsideration cases in total?", E("ha", "a.review.total", alt=A["ha_review"])),
            ("How many were upheld?", E("ha", "a.review.upheld", alt=A["ha_rv_upheld"])),
            ("And among direct lawsuits, how many upheld?", E("ha", "a.litigation_direct.upheld")),
            ("Add the two upheld figures.", E("ha", ["a.review.upheld", "a.litigation_direct.upheld"])),
        ], P + "4 turns: outcome, group switch, add up"),
        F("en", [
            ("In Shuyang County's 2025 table, how many new requests came from individuals (not counting carry-over)?",
             E("sy", "r.received.natural_person")),
            ("What share of them were women?", EU("sex of applicants is not reported")),
        ], P + "table value (text 741 includes carry-over), ends unanswerable: sex"),
        F("en", [
            ("Shanghai General Office 2025: requests carried over from 2024 that came from individuals?",
             E("sh25", "r.carried_over.natural_person")),
            ("And from legal service organisations?", E("sh25", "r.carried_over.legal_services")),
            ("What was the total carry-over?", E("sh25", "r.carried_over.total", alt=A["sh25_carried_over"])),
        ], P + "column switch then total (text rows)"),
        F("en", [
            ("How many of the Jianxi District office's 2020 requests were still open at year end?",
             E("jx", "r.carried_forward.total", alt=A["jx_open"])),
            ("What about Hongze District in 2023?", E("hz23", "r.carried_forward.total")),
            ("And Shuyang County for 2025?", E("sy", "r.carried_forward.total", alt=A["sy_forward"])),
            ("Of Shuyang's, how many belonged to individual applicants?", E("sy", "r.carried_forward.natural_person")),
        ], P + "body switch x2, then of those (column)"),
        F("en", [
            ("Huai'an 2024: how many requests were refused because other laws or regulations prohibit disclosure?",
             E("ha", "r.withheld.prohibited_by_law.total")),
            ("My mistake - I meant refusals on state-secret grounds.", E("ha", "r.withheld.state_secret.total")),
            ("Both together?", E("ha", ["r.withheld.prohibited_by_law.total", "r.withheld.state_secret.total"])),
        ], P + "self-correction of the row, then add up"),
        F("en", [
            ("How much did Hongze District collect in information processing fees in 2023?", EN("hz23", "信息处理费 0 元", 0, "元")),
            ("And its administrative fee income that year, in 万元?", E("hz23", "c.fees.amount", **MONEY)),
        ], P + "narrative (0 元) then table money"),
        F("en", [
            ("Lawsuits after reconsideration against the Shanghai General Office in 2025?", E("sh25", "a.litigation_after_review.total")),
            ("And 2019?", E("sh19", "a.litigation_after_review.total")),
            ("What's the difference between the two years?", ED("sh19", "sh25", "a.litigation_after_review.total")),
        ], P + "year switch then difference"),
        F("en", [
            ("How many items did Shuyang's county departments post on their disclosure pages in 2025?", EN("sy", "3044", 3044, "条")),
            ("How many rounds of public comment did the county portal run that year?", EN("sy", "4511", 9, "期")),
            ("How many normative documents were repealed in Shuyang that year?", E("sy", "c.normative_docs.repealed")),
        ], P + "narrative x2 then table"),
        F("en", [
            ("How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?",
             EN("ha", "4 次政府信息公开栏目", 4, "次")),
            ("How many requests that year were refused as process information?", E("ha", "r.withheld.process_info.total")),
        ], P + "narrative then table"),
        F("en", [
            ("How many administrative penalty decisions did STCSM make in 2024?", E("kw", "c.punishment.decisions")),
            ("And licensing decisions?", E("kw", "c.licensing.decisions")),
            ("How many new requests did STCSM get from companies?", E("kw", "r.received.commercial")),
        ], P + "row switch x2 (text rows)"),
        F("en", [
            ("Shanghai General Office 2019: requests refused as state secrets, summed across applicant types?",
             E("sh19", cols("withheld.state_secret"))),
            ("And refused as administrative query matters?", E("sh19", cols("withheld.admin_query"))),
            ("How many refusals altogether, all grounds?", E("sh19", ["requests.withheld.%s" % c for c in L.COLS[:-1]],
                                                              alt=A["sh19_withheld"])),
        ], P + "printed-blank totals by columns; row switch; derived withheld (text states 35)"),
        F("en", [
            ("How many policy documents did the Huai'an government and its general office publish in 2024, going by the narrative?",
             EN("ha", "政策性文件 11 件", 11, "件")),
            ("And how many administrative normative documents does the table list as issued?", E("ha", "c.normative_docs.issued")),
            ("Which departments drafted them?", EU("drafting departments are not reported")),
        ], P + "narrative vs table concept, ends unanswerable"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followups_zh() + followups_en()
