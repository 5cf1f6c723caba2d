"""Question bank of blind evaluation set 214 (evals/blind214): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, narrative keywords and the wording; every number in an
`expect` is computed by helpers214 (gold/*.json, derived keys per spec/README.md; for the three
reports without gold, printed table rows named in SPECS — the same cells blind6's
text_cells.json verified; narrative sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib214 as L  # noqa: E402
from helpers214 import C, E, ED, EN, ER, EU, F, N, R, S, T, U, V, D, cols  # noqa: E402,F401

# Printed cells of the reports without gold: exactly the specs of blind6's text_cells.json.
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

M = "万元"


def _tag(tag, note):
    return "%s %s" % (tag, note)


# ============================================================== [plain] one table value
def plain():
    t = "[plain]"
    out = []
    z = [
        ("ha", "r.granted.total", "淮安市政府2024年依申请公开那块，申请人要的信息全部给公开了的有多少件？", {}),
        ("ha", "r.received.legal_services", "2024年淮安，律师事务所这类法律服务机构递过来的公开申请有几件", {}),
        ("sy", "c.licensing.decisions", "沭阳县2025年一年下来行政许可一共作了多少个处理决定？", {}),
        ("sy", "r.unable.not_held.total", "沭阳25年有多少申请是因为县里压根没有这份信息，最后没法提供的？", {}),
        ("hz23", "c.punishment.decisions", "想查下洪泽区2023年的行政处罚决定数", {}),
        ("hz23", "r.partially_granted.total", "洪泽2023年只公开了一部分的申请有几件？", {}),
        ("jx", "c.procurement.projects", "涧西区政府办2020年搞了几个政府集中采购项目？", {}),
        ("sh19", "r.received.commercial", "上海市政府办公厅2019年收到的信息公开申请里，公司企业提的有多少", {}),
        ("sh19", "c.regulations.total_published", "截至2019年，上海市府办对外公开的规章累计有多少件？", {}),
        ("hz24", "c.licensing.decisions", "洪泽区政府2024年行政许可处理了多少件决定", {}),
        ("kw", "r.granted.total", "市科委2024年的申请里最后同意公开的是几件？", {"alt": ("同意公开答复", 9)}),
        ("sh25", "r.unable.not_held.total", "上海市政府办公厅2025年，因为本机关不掌握相关信息而答复无法提供的是多少件？", {}),
        ("ha", "c.fees.amount", "淮安2024年行政事业性收费一共收了多少钱", {"unit": M}),
        ("sy", "a.review.total", "沭阳县2025年因为政府信息公开被人申请行政复议的，总共多少件", {}),
        ("ha", "r.withheld.admin_query.total", "淮安市2024年有多少申请被认定是行政查询事项，所以没给公开", {}),
        ("sy", "r.other.other.total", "沭阳2025年“其他处理”下面第3小项“其他”是多少件？", {}),
        ("sh19", "c.procurement.amount", "上海市府办2019年政府集中采购总金额多少？", {"unit": M}),
        ("ha", "a.litigation_after_review.total", "淮安市2024年先复议、复议完又告到法院的信息公开案子有几件", {}),
        ("hz23", "c.fees.amount", "洪泽区二〇二三年行政事业性收费金额是多少万元", {"unit": M}),
        ("sy", "r.carried_over.total", "沭阳县2025年报表里上年结转下来的申请有几件", {}),
        ("jx", "r.granted.total", "涧西区政府办2020年同意公开的申请有几件？", {}),
        ("sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年有多少申请其实属于信访举报投诉，被不予处理了？", {}),
        ("hz24", "c.normative_docs.issued", "洪泽区2024年新出了几份行政规范性文件", {}),
        ("ha", "r.not_processed.duplicate.total", "淮安2024年属于重复申请不予处理的有多少件？", {}),
        ("sy", "r.withheld.internal_affairs.total", "沭阳县2025年以“三类内部事务信息”为由不公开的申请几件", {}),
        ("sh19", cols("not_processed.petition"), "2019年上海市政府办公厅，信访举报投诉类申请不予处理的一共多少件（各类申请人合计）",
         {"printed_total": ["r.not_processed.petition.total"]}),
        ("kw", "r.carried_over.total", "上海科委2024年有几件申请是从2023年结转过来的？", {"alt": ("34 件", 2)}),
        ("ha", "r.carried_forward.total", "淮安市2024年底还没办完、转到2025年接着办的申请有多少？", {"alt": ("3119", 103)}),
        ("sy", "c.normative_docs.in_force", "到2025年底，沭阳县现行有效的行政规范性文件有几件", {}),
    ]
    e = [
        ("ha", "r.received.total", "How many information disclosure requests did the Huai'an city government receive in 2024?", {"alt": ("3119", 3119)}),
        ("sy", "r.granted.total", "Shuyang County 2025: how many requests ended with the information released in full?", {}),
        ("hz23", "r.unable.not_held.total", "In 2023, how many Hongze applications got the answer that the government simply doesn't hold that information?", {}),
        ("jx", "c.procurement.amount", "What was the total value of centralized government procurement in Jianxi District's 2020 report?", {"unit": M}),
        ("sh19", "c.normative_docs.made", "How many normative documents did Shanghai's municipal government general office produce in 2019?", {"alt": ("规章13件", 60)}),
        ("ha", "a.review.other", "For Huai'an in 2024, how many disclosure-related reconsideration cases ended with an 'other' outcome?", {"alt": ("其他结果 178", 178)}),
        ("sy", "r.received.natural_person", "How many brand-new requests from private citizens did Shuyang County log in 2025? Leave out anything carried over.", {}),
        ("kw", "r.total_processed.total", "STCSM, 2024 - total number of requests processed according to the statistics table?", {}),
        ("sh25", "r.received.commercial", "How many requests from businesses reached the Shanghai General Office in 2025?", {}),
        ("hz24", "c.punishment.decisions", "Hongze District, 2024: number of administrative penalty decisions?", {}),
        ("ha", "c.coercion.decisions", "Huaian 2024 administrative coercion decisions - what's the figure?", {}),
        ("sy", "a.litigation_after_review.total", "How many lawsuits were brought against Shuyang County in 2025 after a reconsideration had already been decided?", {}),
        ("sh19", "r.carried_forward.total", "How many of the Shanghai General Office's 2019 requests rolled over to be finished in 2020?", {"alt": ("859件", 72)}),
        ("hz23", "c.coercion.decisions", "Number of administrative enforcement (coercion) decisions in Hongze District for 2023?", {}),
        ("jx", "r.unable.not_held.total", "Jianxi District govt office, 2020: requests where the office said it didn't have the information?", {}),
        ("ha", "r.other.overdue_correction.total", "In 2024, how many Huai'an applications were dropped because the applicant never sent the requested corrections?", {}),
        ("sy", "c.punishment.decisions", "Shuyang 2025, administrative penalty decisions - how many?", {}),
        ("sh25", "a.review.total", "How many administrative reconsideration cases does the Shanghai General Office report for 2025?", {}),
        ("hz24", "r.unable.not_held.total", "Hongze District 2024: requests turned down because the office holds no such information?", {}),
        ("kw", "c.licensing.decisions", "Shanghai Science and Technology Commission, 2024: how many administrative licensing decisions?", {}),
        ("ha", "r.partially_granted.natural_person", "How many requests from individuals got only partial disclosure in Huai'an in 2024?", {}),
        ("sy", "c.fees.amount", "Administrative fees collected in Shuyang County in 2025, in units of 10,000 yuan?", {"unit": M}),
        ("sh19", "a.litigation_direct.upheld", "In 2019, how many lawsuits filed straight in court (no reconsideration first) against the Shanghai General Office ended with the decision upheld?", {}),
        ("ha", "r.withheld.third_party.total", "Huai'an 2024: requests refused to protect a third party's lawful rights?", {}),
        ("hz23", "a.review.upheld", "Hongze 2023 - reconsideration cases where the original decision was upheld?", {}),
        ("sh25", "r.carried_over.natural_person", "How many individuals' requests did the Shanghai General Office carry into 2025 from 2024?", {}),
        ("jx", "a.litigation_after_review.total", "Jianxi District, 2020: lawsuits filed after reconsideration - how many?", {}),
        ("sy", "r.not_processed.duplicate.total", "Shuyang 2025: how many duplicate applications were not processed?", {}),
    ]
    for lang, rows in (("zh", z), ("en", e)):
        for b, k, q, kw in rows:
            kw = dict(kw)
            note = "table value"
            if "alt" in kw:
                note = "table value; the text states the same number (sentence acceptable)"
            if "printed_total" in kw:
                note = "table value asked over the six applicant columns (printed 总计 blank)"
            out.append(V(lang, b, k, q, _tag(t, note), **kw))
    return out


# ============================================================== [combine] sums and differences
def combine():
    t = "[combine]"
    out = [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安2024年全部公开和部分公开的申请加在一起有多少？", _tag(t, "sum of 2 cells")),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "Add up all three 'unable to provide' reasons for Shuyang County in 2025 - what's the total?", _tag(t, "sum of 3 cells")),
        S("zh", "sh19", ["r.received.natural_person", "r.received.commercial"],
          "上海市政府办公厅2019年新收申请里，个人的加上商业企业的，一共多少件", _tag(t, "sum of 2 cells")),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "For Hongze in 2023, what do licensing, penalty and coercion decisions come to when added together?", _tag(t, "sum of 3 cells")),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年复议加上两类行政诉讼，跟信息公开有关的案件合计多少件？", _tag(t, "sum of 3 appeals totals; the text states 74"),
          alt=("74 件", 74)),
        S("en", "sh19", ["r.withheld.%s.natural_person" % w for w in L.WITHHELD],
          "Shanghai General Office 2019: counting only requests from individuals, how many were withheld in total across the eight refusal grounds?",
          _tag(t, "sum of 8 cells (the 总计 column is printed blank)")),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年行政复议和行政诉讼（两种起诉都算）合起来有几件", _tag(t, "sum of 3 appeals totals")),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office, 2025: petition-type plus duplicate requests that were not processed - combined number?", _tag(t, "sum of 2 text-row cells")),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年行政处罚和行政强制的决定数合计是多少", _tag(t, "sum of 2 text-row cells")),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "Huai'an 2024: new requests from companies, law-service firms and 'other' organisations - give me the combined count.", _tag(t, "sum of 3 cells")),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "In Shuyang's 2025 report, what's the total of the three 'other handling' sub-items?", _tag(t, "sum of 3 cells")),
        D("zh", "hz23", "hz24", "r.unable.not_held.total",
          "洪泽区因为“本机关不掌握”而无法提供的申请，2024年比2023年多了几件？", _tag(t, "difference 2023->2024")),
        D("zh", "sh19", "sh25", "r.carried_forward.total",
          "上海市政府办公厅结转下年度继续办理的申请，2025年和2019年相比差多少？", _tag(t, "difference 2019->2025")),
        D("zh", "sh19", "sh25", "a.review.pending",
          "上海市府办行政复议尚未审结的件数，从2019年到2025年变化了多少？", _tag(t, "difference 2019->2025")),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force",
          "洪泽区现行有效的行政规范性文件，2024年比2023年增加了几件", _tag(t, "difference 2023->2024")),
        D("en", "hz23", "hz24", "r.total_processed.total",
          "By the statistics table (row 'total' of the handling results), how many more requests did Hongze District handle in 2024 than in 2023?",
          _tag(t, "difference 2023->2024; table rows, not the text's 17")),
        D("en", "sh19", "sh25", "a.litigation_after_review.total",
          "Lawsuits filed after reconsideration against the Shanghai General Office: how did the count change between 2019 and 2025?", _tag(t, "difference 2019->2025")),
        D("en", "sh19", "sh25", "a.litigation_direct.pending",
          "Between 2019 and 2025, by how much did the number of unresolved direct lawsuits against the Shanghai General Office change?", _tag(t, "difference 2019->2025")),
    ]
    return out


# ============================================================== [rank]
def rank():
    t = "[rank]"
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc",
          "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家新收的公开申请最多？", _tag(t, "3 bodies, desc")),
        R("en", ["sh19", "sy", "jx", "hz23"], "r.granted.natural_person", "desc",
          "Among Shanghai General Office (2019), Shuyang County (2025), Jianxi District (2020) and Hongze District (2023), which granted the most requests from individuals in full?",
          _tag(t, "4 bodies, desc")),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "比一比现行有效的行政规范性文件：淮安2024年、洪泽2023年、沭阳2025年，谁最少", _tag(t, "3 bodies, asc")),
        R("en", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "asc",
          "Which carried the fewest requests forward: Huai'an (2024), Shuyang (2025), Jianxi (2020) or the Shanghai General Office (2019)?",
          _tag(t, "4 bodies, asc")),
        C("ranking", "zh", [("淮安2024年、沭阳2025年、洪泽2023年、上海市府办2019年这四家，行政复议结果维持最多的是哪家？",
                             ER(["ha", "sy", "hz23", "sh19"], "a.review.upheld", "desc"))],
          _tag(t, "4 bodies, desc")),
        R("en", ["sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc",
          "Of Shanghai General Office 2019, Shuyang 2025 and Hongze 2023, who told the most individual applicants it didn't hold the information?",
          _tag(t, "3 bodies, desc")),
        R("zh", ["sh19", "sy", "jx"], "a.litigation_direct.total", "asc",
          "上海市政府办公厅2019年、沭阳县2025年、涧西区2020年，未经复议直接起诉的行政诉讼哪家最少", _tag(t, "3 bodies, asc")),
        C("ranking", "en", [("Which collected the least in administrative fees: Huai'an in 2024, Hongze in 2023, or Shuyang in 2025?",
                             ER(["ha", "hz23", "sy"], "c.fees.amount", "asc", unit=M))],
          _tag(t, "3 bodies, asc, money")),
        R("zh", ["ha", "sh19", "sy", "jx"], "r.received.commercial", "desc",
          "商业企业提的申请，淮安市2024年、上海市府办2019年、沭阳县2025年、涧西区2020年里哪个收到的最多", _tag(t, "4 bodies, desc")),
        R("en", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "asc",
          "Requests from individuals refused as administrative inquiry matters: which had the fewest - Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?",
          _tag(t, "3 bodies, asc")),
    ]


# ============================================================== [textonly] narrative numbers
def textonly():
    t = "[textonly]"
    nt = "number stated only in the narrative"
    return [
        N("zh", "ha", "公报》6 期", 6, "期", "淮安市2024年出了几期《淮安市人民政府公报》？", _tag(t, nt)),
        N("zh", "ha", "政策解读", 21, "个", "淮安市政府2024年一共做了多少个政策解读？", _tag(t, nt)),
        N("zh", "sy", "催办提示", 84, "次", "沭阳县2025年给各单位发了多少次催办提示？", _tag(t, nt)),
        N("zh", "sy", "失效链接", 43, "处", "沭阳2025年网站巡检整改了多少处失效链接", _tag(t, nt)),
        N("zh", "sy", "过期信息697", 697, "条", "沭阳县2025年清理了多少条过期的政府信息", _tag(t, nt)),
        N("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息？", _tag(t, nt)),
        N("zh", "hz24", "解读信息发布", 7, "条", "洪泽区2024年发布的解读信息有几条", _tag(t, nt)),
        N("zh", "kw", "原创文章", 294, "篇", "“上海科技”公众号2024年发的原创文章有多少篇？", _tag(t, nt)),
        N("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会？（市政府办公厅年报里的数）", _tag(t, nt)),
        N("zh", "sh25", "主动撤回", 157, "件", "上海市政府办公厅2025年的申请里，申请人自己主动撤回的有多少件？", _tag(t, nt)),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年年报说每季度检查多少家政府网站", _tag(t, nt)),
        N("zh", "jx", "601项", 601, "项", "涧西区2020年梳理出来的公开事项一共多少项？", _tag(t, nt), frm="梳理细化"),
        N("zh", "sh19", "38次", 38, "次", "2019年上海市政府常务会议的重要议题，一共权威发布了多少次", _tag(t, nt)),
        N("en", "ha", "政策性文件 11 件", 11, "件",
          "According to the overview text, how many policy documents did the Huai'an city government and its office newly publish in 2024?", _tag(t, nt + " (not the table's 8 normative documents)")),
        N("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure sections did Huai'an organise in 2024?", _tag(t, nt)),
        N("en", "sy", "化解各类争议纠纷", 33, "件", "In 2025, how many disputes did Shuyang County manage to resolve through talking with applicants before handling their requests?", _tag(t, nt)),
        N("en", "sy", "64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang County publish together for 2025?", _tag(t, nt)),
        N("en", "sy", "爆款内容", 52, "条", "How many pieces of Shuyang County's 2025 new-media content went viral?", _tag(t, nt)),
        N("en", "hz24", "2428", 7, "期", "How many executive meetings of the district government did Hongze make public in 2024?", _tag(t, nt)),
        N("en", "kw", "584", 584, "条", "How many short videos did the Shanghai science commission's video channel put out in 2024?", _tag(t, nt)),
        N("en", "kw", "1016823", 1016823, "人", "What follower count did the science commission's WeChat account report in its 2024 disclosure report?", _tag(t, nt)),
        N("en", "sh25", "24 期", 24, "期", "According to the Shanghai General Office's 2025 report, how many issues of the municipal government gazette were edited that year?", _tag(t, nt)),
        N("en", "sh25", "10 个语种", 10, "个", "Per the Shanghai General Office's 2025 report, how many languages does the city's international services portal cover?", _tag(t, nt)),
        N("en", "sh19", "2261", 2261, "项", "The Shanghai General Office's 2019 report: how many service items were connected to the unified 'one-stop online' acceptance platform?", _tag(t, nt)),
        N("en", "sh19", "41条短视频", 41, "条", "In the Shanghai General Office's 2019 report, how many short videos did 'Shanghai Release' post on Douyin during the import expo?", _tag(t, nt)),
        N("en", "jx", "21个领域", 21, "个", "Jianxi District's 2020 report sorted its disclosure items into how many fields?", _tag(t, nt), frm="梳理细化"),
    ]


# ============================================================== [cannot] unanswerable
def cannot():
    t = "[cannot]"
    z = [
        ("淮安2024年的申请人里男的女的各有多少？", "no sex breakdown of applicants is printed", "sex"),
        ("沭阳县2025年哪个月收到的公开申请最多？", "the report gives no monthly figures", "month"),
        ("洪泽区2022年收到了多少政府信息公开申请", "洪泽区's 2022 report is not in the corpus", "year not held"),
        ("南京市2024年一共收到多少件政府信息公开申请？", "南京市 is not in the corpus", "body not held"),
        ("上海市政府办公厅2025年办一件申请平均要多少天？", "no processing time is reported", "response time"),
        ("淮安2024年依申请公开这块配了多少专职工作人员？", "the report gives no staff number", "staff"),
        ("涧西区政府办2021年的行政复议有几件", "涧西区's 2021 report is not in the corpus", "year not held"),
        ("沭阳县2025年的申请人里60岁以上的占多少", "no age breakdown is printed", "age"),
        ("按现在的趋势，淮安2026年大概会收到多少件申请？", "forecasts are not in any report", "forecast"),
        ("上海市科委2024年哪个处室接到的公开申请最多？", "no breakdown by internal division is printed", "department"),
        ("宿迁市政府2025年年报里行政诉讼有几件？", "宿迁市's report is not in the corpus (沭阳县 is a county, not the city)", "body not held"),
        ("洪泽区2023年的公开申请里征地拆迁类的有多少件", "no topic breakdown is printed", "topic"),
        ("2019年上海市政府办公厅收到的申请里，写信寄过来的有多少件？", "no breakdown by submission channel is printed", "channel"),
        ("淮安市2024年清江浦区收到多少件公开申请", "district-level figures are not in the city report", "district"),
        ("沭阳2025年交了380元处理费的那个申请人叫什么名字？", "personal data; the report names no applicant", "personal data"),
        ("涧西区政府办2020年信息公开工作一共花了多少经费", "no cost figure is reported", "cost"),
        ("上海市政府办公厅2022年予以公开了多少件申请？", "the 2022 report of 上海市政府办公厅 is not in the corpus", "year not held"),
    ]
    e = [
        ("For Huai'an in 2024, how many requests came in online versus in person?", "no breakdown by submission channel is printed", "channel"),
        ("How many disclosure requests did Shuyang County receive in 2024?", "Shuyang's 2024 report is not in the corpus", "year not held"),
        ("How many information disclosure requests did Pudong New Area get in 2024?", "Pudong New Area is not in the corpus", "body not held"),
        ("What share of Hongze District's applicants in 2024 were women?", "no sex breakdown is printed", "sex"),
        ("How many requests did the Shanghai science commission receive in 2023?", "the commission's 2023 report is not in the corpus", "year not held"),
        ("On average, how many working days did Huai'an take to answer a request in 2024?", "no processing time is reported", "response time"),
        ("Which township in Shuyang County generated the most requests in 2025?", "no township breakdown is printed", "township"),
        ("How many of the Shanghai General Office's 2025 requests were about old-neighbourhood redevelopment?", "no topic breakdown is printed", "topic"),
        ("How many staff did Jianxi District's government office assign to disclosure work in 2020?", "the report gives no staff number", "staff"),
        ("Give me your prediction for the Shanghai General Office's request volume in 2026.", "forecasts are not in any report", "forecast"),
        ("In 2023, how many Hongze applicants lived outside Huai'an?", "no residence breakdown is printed", "residence"),
        ("Which industries did the 53 commercial-enterprise applicants to Huai'an in 2024 belong to?", "no industry breakdown is printed", "industry"),
        ("How many reconsideration cases about disclosure did Wuxi report for 2024?", "Wuxi is not in the corpus", "body not held"),
        ("How many requests did the Shanghai General Office receive in March 2019?", "no monthly figures are printed", "month"),
        ("How much did Shuyang County spend running its government portal in 2025?", "no cost figure is reported", "cost"),
        ("Break down Huai'an's 2024 individual applicants by age group.", "no age breakdown is printed", "age"),
        ("What's the phone number of the person who signed the Shanghai science commission's 2024 report?", "personal data; no signatory is named", "personal data"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for q, why, what in rows:
            out.append(U(lang, q, why, _tag(t, what)))
    return out


# ============================================================== [neighbour] traps
def neighbour():
    t = "[neighbour]"
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年从2023年结转过来的申请是多少？我问的是转进来的，不是转出去的",
          _tag(t, "结转上年 (34) vs 结转下年 (103)"), alt=("3119", 34)),
        T("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits that went straight to court, skipping reconsideration?",
          _tag(t, "直接起诉 (3) vs 复议后起诉 (10)")),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止的行政规范性文件有几件",
          _tag(t, "废止 (26) vs 制发 (8) / 现行有效 (66)")),
        T("en", "sh19", "c.normative_docs.total_published",
          "As of its 2019 report, what's the total number of normative documents the Shanghai General Office has ever made public?",
          _tag(t, "对外公开总数量 (368) vs 本年新制作 (60)")),
        T("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年因为没有现成信息、需要另外制作而没提供的有几件",
          _tag(t, "另行制作 (2) vs 不掌握 (111)")),
        T("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: how many requests were withheld as process information?",
          _tag(t, "过程性信息 (12) vs 内部事务 (8)")),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目有几个？问的是个数，不是金额",
          _tag(t, "采购项目数 (6) vs 金额 (25.1 万元)")),
        T("en", "sy", "a.review.other", "Shuyang 2025: reconsideration cases that ended with an 'other' result?",
          _tag(t, "其他结果 (9) vs 结果纠正 (10)")),
        T("zh", "ha", "r.partially_granted.total", "淮安市2024年部分公开的申请总计多少件",
          _tag(t, "部分公开 (454) vs 予以公开 (1362)")),
        T("en", "ha", "r.unable.not_held.legal_services",
          "Huai'an 2024: requests from legal service institutions that ended with 'information not held'?",
          _tag(t, "法律服务机构 (10) vs 商业企业 (12)")),
        T("zh", "sh19", "a.review.pending", "上海市府办2019年的行政复议里，还没审结的有几件？",
          _tag(t, "尚未审结 (2) vs 结果维持 (5); the text's 均获维持 is the naive reading")),
    ]


# ============================================================== [followup] the emphasis
def followup_zh():
    t = "[followup]"
    L_ = "zh"
    c = []
    c.append(F(L_, [("洪泽区2023年行政许可决定是多少件？", E("hz23", "c.licensing.decisions")),
                    ("那2024年的呢？", E("hz24", "c.licensing.decisions")),
                    ("哪年多？多出来多少", ED("hz23", "hz24", "c.licensing.decisions")),
                    ("多出来的这些许可主要是哪一类事项？", EU("no breakdown of licensing decisions by type is printed"))],
               _tag(t, "year switch, then compare the two years, then an unanswerable breakdown")))
    c.append(F(L_, [("上海市政府办公厅2025年新收了多少件申请", E("sh25", "r.received.total", alt=("1295", 1295))),
                    ("换到2019年看看", E("sh19", "r.received.total", alt=("859件", 859))),
                    ("两年差了多少件", ED("sh19", "sh25", "r.received.total"))],
               _tag(t, "year switch, then difference")))
    c.append(F(L_, [("淮安2024年不予公开的里面，属于国家秘密的有几件", E("ha", "r.withheld.state_secret.total")),
                    ("那属于行政执法案卷的呢", E("ha", "r.withheld.enforcement_files.total")),
                    ("行政查询事项那一条呢？", E("ha", "r.withheld.admin_query.total"))],
               _tag(t, "row switch x2")))
    c.append(F(L_, [("沭阳县2025年予以公开的申请中，自然人的有多少", E("sy", "r.granted.natural_person")),
                    ("法律服务机构呢", E("sy", "r.granted.legal_services")),
                    ("商业企业那一列是多少", E("sy", "r.granted.commercial"))],
               _tag(t, "column switch x2")))
    c.append(F(L_, [("淮安市2024年行政复议结果维持的有多少件", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
                    ("没经过复议直接起诉的那些官司里，维持的呢", E("ha", "a.litigation_direct.upheld")),
                    ("复议以后再起诉的呢", E("ha", "a.litigation_after_review.upheld"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("淮安2024年本年新收的申请有多少", E("ha", "r.received.total", alt=("3119", 3119))),
                    ("其中法人或者其他组织提的有多少件？", E("ha", "r.received.legal_person")),
                    ("这些里面法律服务机构占几件", E("ha", "r.received.legal_services")),
                    ("律所这些申请最后全部公开的有几件", E("ha", "r.granted.legal_services"))],
               _tag(t, "drill-down: of those, how many (derived legal_person), then row switch")))
    c.append(F(L_, [("沭阳2025年不予处理里，信访举报投诉类的有几件", E("sy", "r.not_processed.petition.total")),
                    ("重复申请的呢", E("sy", "r.not_processed.duplicate.total")),
                    ("这两项加起来多少", E("sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]))],
               _tag(t, "row switch, then add the two up")))
    c.append(F(L_, [("洪泽区2024年行政强制的决定数是多少", E("hz24", "c.coercion.decisions")),
                    ("不对，我要的是2023年的", E("hz23", "c.coercion.decisions"))],
               _tag(t, "self-correction of the year")))
    c.append(F(L_, [("淮安市2024年行政许可处理决定的数量", E("ha", "c.licensing.decisions")),
                    ("哦搞错了，我想问的是沭阳县，2025年的", E("sy", "c.licensing.decisions"))],
               _tag(t, "self-correction of the body")))
    c.append(F(L_, [("淮安2024年予以公开的有多少件？", E("ha", "r.granted.total")),
                    ("这个数包括部分公开的吗？部分公开的单独有几件", E("ha", "r.partially_granted.total")),
                    ("部分公开里企业提的有几件", E("ha", "r.partially_granted.commercial")),
                    ("那全部公开和部分公开加在一块是多少件？", E("ha", ["r.granted.total", "r.partially_granted.total"]))],
               _tag(t, "check the figure (部分公开 not included), then narrow to a column, then add up")))
    c.append(F(L_, [("沭阳县2025年办前主动沟通开展了几次", EN("sy", "办前主动沟通", 49, "次")),
                    ("那一年有多少申请是因为申请人逾期不补正、县里就不再处理了？", E("sy", "r.other.overdue_correction.total"))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("涧西区政府办2020年收到了多少件公开申请", E("jx", "r.received.total", alt=("办结率", 17))),
                    ("这些申请都是什么内容？涉及征迁的有几件", EU("no topic breakdown is printed"))],
               _tag(t, "table value, then an unanswerable breakdown")))
    c.append(F(L_, [("上海市府办2019年办理结果总计是多少件", E("sh19", "r.total_processed.total", alt=("859件", 805))),
                    ("2025年的办结数呢", E("sh25", "r.total_processed.total", alt=("1295", 1191))),
                    ("哪一年更多，多多少？", ED("sh19", "sh25", "r.total_processed.total"))],
               _tag(t, "year switch, then which year was higher")))
    c.append(F(L_, [("沭阳2025年行政复议还没审结的有几件", E("sy", "a.review.pending")),
                    ("那直接去法院起诉的，还没判下来的几件", E("sy", "a.litigation_direct.pending")),
                    ("复议后起诉尚未审结的呢", E("sy", "a.litigation_after_review.pending"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("洪泽2023年因为本机关不掌握无法提供的有多少", E("hz23", "r.unable.not_held.total")),
                    ("需要另行制作的呢", E("hz23", "r.unable.needs_creation.total")),
                    ("补正以后内容还是不明确的有吗", E("hz23", "r.unable.unclear.total"))],
               _tag(t, "row switch x2")))
    c.append(F(L_, [("上海市府办2019年新收的申请里自然人有多少", E("sh19", "r.received.natural_person")),
                    ("商业企业呢？", E("sh19", "r.received.commercial")),
                    ("法律服务机构那一栏", E("sh19", "r.received.legal_services"))],
               _tag(t, "column switch x2")))
    c.append(F(L_, [("上海市政府办公厅2025年无法提供的申请里，本机关不掌握的有几件", E("sh25", "r.unable.not_held.total")),
                    ("要另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
                    ("这两项合计是多少", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"]))],
               _tag(t, "row switch, then add up (text rows)")))
    c.append(F(L_, [("沭阳县2025年本年新收申请总计多少件", E("sy", "r.received.total")),
                    ("这个包括2024年结转过来的吗？结转过来的有几件", E("sy", "r.carried_over.total")),
                    ("两个加起来是多少", E("sy", ["r.received.total", "r.carried_over.total"], alt=("749", 749)))],
               _tag(t, "check the figure (结转 not included), then add up; the text's 749 is this sum")))
    c.append(F(L_, [("淮安2024年一年收了多少政府信息公开信息处理费", EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
                    ("同一年行政事业性收费金额是多少", E("ha", "c.fees.amount", unit=M))],
               _tag(t, "narrative number (元), then a table number (万元) of the same body")))
    c.append(F(L_, [("上海市政府办公厅2025年行政诉讼里，没经过复议直接起诉的有几件", E("sh25", "a.litigation_direct.total")),
                    ("其中还没审结的呢", E("sh25", "a.litigation_direct.pending")),
                    ("这几件分别是哪个法院受理的？", EU("courts are not named in the report"))],
               _tag(t, "drill-down, then an unanswerable detail")))
    c.append(F(L_, [("淮安2024年本机关不掌握相关信息的，自然人有多少件", E("ha", "r.unable.not_held.natural_person")),
                    ("说错了，我问的是商业企业那一列", E("ha", "r.unable.not_held.commercial"))],
               _tag(t, "self-correction of the column")))
    c.append(F(L_, [("洪泽区2023年行政规范性文件现行有效多少件", E("hz23", "c.normative_docs.in_force")),
                    ("24年呢？", E("hz24", "c.normative_docs.in_force")),
                    ("2024年当年新制发了几件", E("hz24", "c.normative_docs.issued"))],
               _tag(t, "year switch (two-digit year), then column switch")))
    c.append(F(L_, [("沭阳县2025年行政处罚决定有多少", E("sy", "c.punishment.decisions")),
                    ("洪泽区2023年的行政处罚呢", E("hz23", "c.punishment.decisions")),
                    ("淮安2024年的呢", E("ha", "c.punishment.decisions")),
                    ("沭阳、洪泽、淮安这三家里哪家最多？", ER(["sy", "hz23", "ha"], "c.punishment.decisions", "desc"))],
               _tag(t, "body switch x2, then a ranking of the three")))
    c.append(F(L_, [("上海市府办2019年办理总计多少件", E("sh19", "r.total_processed.total", alt=("859件", 805))),
                    ("其中自然人的有多少", E("sh19", "r.total_processed.natural_person")),
                    ("法人或其他组织合计是多少", E("sh19", "r.total_processed.legal_person"))],
               _tag(t, "drill-down by applicant (derived legal_person)")))
    c.append(F(L_, [("洪泽区2023年予以公开多少件", E("hz23", "r.granted.total")),
                    ("2024年呢", E("hz24", "r.granted.total")),
                    ("增加了多少？", ED("hz23", "hz24", "r.granted.total"))],
               _tag(t, "year switch, then difference")))
    c.append(F(L_, [("上海市科委2024年新收的申请里商业企业提了几件", E("kw", "r.received.commercial")),
                    ("是哪两家企业？", EU("applicants are not named (personal/identifying data)"))],
               _tag(t, "table value (text row), then an unanswerable identity question")))
    c.append(F(L_, [("洪泽区2023年行政复议结果纠正的有几件", E("hz23", "a.review.corrected")),
                    ("复议后起诉、结果维持的有几件", E("hz23", "a.litigation_after_review.upheld")),
                    ("那直接起诉的总数呢", E("hz23", "a.litigation_direct.total"))],
               _tag(t, "appeals group switch x2 (printed totals 0 of review/after-review avoided)")))
    c.append(F(L_, [("上海市政府办公厅2025年开了多少场市政府新闻发布会？", EN("sh25", "新闻通气会", 42, "场")),
                    ("那年行政复议的案件总数是多少", E("sh25", "a.review.total"))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("淮安2024年行政复议总共多少件", E("ha", "a.review.total", alt=("结果维持 72", 351))),
                    ("这个数里有还没审结的吗？尚未审结多少", E("ha", "a.review.pending")),
                    ("已经有结果的里面被纠正的有几件", E("ha", "a.review.corrected")),
                    ("复议之后又去起诉的有几件？", E("ha", "a.litigation_after_review.total"))],
               _tag(t, "check the figure (includes pending), then narrow, then appeals group switch")))
    c.append(F(L_, [("涧西区政府办2020年规范性文件新制作了几件", E("jx", "c.normative_docs.made")),
                    ("规章呢", E("jx", "c.regulations.made")),
                    ("政府集中采购金额多少", E("jx", "c.procurement.amount", unit=M))],
               _tag(t, "row switch x2 (2019 format)")))
    c.append(F(L_, [("按表格算，洪泽区2024年本年新收的申请有多少件", E("hz24", "r.received.total")),
                    ("其中有几件是在网上提交的？", EU("no breakdown by submission channel is printed"))],
               _tag(t, "table value (text row), then an unanswerable breakdown")))
    c.append(F(L_, [("上海市政府办公厅2019年从上年结转过来的申请有多少", E("sh19", "r.carried_over.total", alt=("859件", 18))),
                    ("2025年呢", E("sh25", "r.carried_over.total", alt=("1295", 189))),
                    ("2025年这些里面自然人的是多少", E("sh25", "r.carried_over.natural_person")),
                    ("这些自然人都是谁？给我名单", EU("personal data; applicants are not named"))],
               _tag(t, "year switch, then of those, how many, then unanswerable personal data")))
    c.append(F(L_, [("淮安2024年办理结果总计里，法律服务机构有多少", E("ha", "r.total_processed.legal_services")),
                    ("“其他”组织那一列呢", E("ha", "r.total_processed.other_org")),
                    ("科研机构呢", E("ha", "r.total_processed.research"))],
               _tag(t, "column switch x2")))
    c.append(F(L_, [("沭阳2025年不予公开的申请一共多少件", E("sy", "r.withheld.total")),
                    ("其中属于三类内部事务的", E("sy", "r.withheld.internal_affairs.total")),
                    ("属于行政查询事项的呢", E("sy", "r.withheld.admin_query.total"))],
               _tag(t, "drill-down of a derived row")))
    c.append(F(L_, [("上海市政府办公厅2019年复议后起诉的行政诉讼有几件", E("sh19", "a.litigation_after_review.total")),
                    ("不好意思，我是说直接起诉的，不是复议后的", E("sh19", "a.litigation_direct.total", alt=("零败诉", 9)))],
               _tag(t, "self-correction of the appeals group")))
    c.append(F(L_, [("洪泽区2023年行政许可决定几件", E("hz23", "c.licensing.decisions")),
                    ("行政强制呢", E("hz23", "c.coercion.decisions")),
                    ("两个加一起多少", E("hz23", ["c.licensing.decisions", "c.coercion.decisions"]))],
               _tag(t, "row switch, then add up")))
    c.append(F(L_, [("洪泽区2023年在政府网站上主动公开了多少条信息", EN("hz23", "1136", 1136, "条")),
                    ("当年部分公开的申请是几件", E("hz23", "r.partially_granted.total"))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("沭阳2025年行政复议结果纠正的有几件", E("sy", "a.review.corrected")),
                    ("被纠正的这些主要是哪些部门的案子？", EU("no breakdown by department is printed"))],
               _tag(t, "table value, then an unanswerable department breakdown")))
    c.append(F(L_, [("上海市科委2024年行政许可处理决定多少", E("kw", "c.licensing.decisions")),
                    ("淮安2024年呢", E("ha", "c.licensing.decisions"))],
               _tag(t, "body switch (text row -> gold)")))
    c.append(F(L_, [("涧西区政府办2020年办结了多少件申请？按表里办理结果总计算", E("jx", "r.total_processed.total", alt=("办结率", 15))),
                    ("其中同意公开的", E("jx", "r.granted.total")),
                    ("剩下的呢，因为本机关不掌握没法提供的有几件", E("jx", "r.unable.not_held.total"))],
               _tag(t, "drill-down: of those, how many")))
    c.append(F(L_, [("上海市政府办公厅2019年行政复议有几件", E("sh19", "a.review.total", alt=("零败诉", 7))),
                    ("2025年呢？", E("sh25", "a.review.total")),
                    ("多了多少件", ED("sh19", "sh25", "a.review.total"))],
               _tag(t, "year switch, then difference")))
    c.append(F(L_, [("沭阳县2025年部分公开的有几件，只算自然人", E("sy", "r.partially_granted.natural_person")),
                    ("我看错行了，想问的是法律服务机构的", E("sy", "r.partially_granted.legal_services"))],
               _tag(t, "self-correction of the column")))
    c.append(F(L_, [("上海市科委2024年通过部门网站当年发布了多少件政府信息", EN("kw", "393 件", 393, "件")),
                    ("当年现行有效的规范性文件是多少件", E("kw", "c.normative_docs.in_force"))],
               _tag(t, "narrative number, then a table number (text row) of the same body")))
    c.append(F(L_, [("淮安2024年在运维的政务新媒体有多少个", EN("ha", "政务新媒体共计", 95, "个")),
                    ("这些账号粉丝加起来有多少？", EU("follower numbers are not reported"))],
               _tag(t, "narrative number, then an unanswerable follow-up")))
    c.append(F(L_, [("上海市府办2019年不予公开里属于国家秘密的有多少？按自然人那列", E("sh19", "r.withheld.state_secret.natural_person")),
                    ("内部事务的呢", E("sh19", "r.withheld.internal_affairs.natural_person")),
                    ("行政查询事项的", E("sh19", "r.withheld.admin_query.natural_person"))],
               _tag(t, "row switch x2 (column fixed, 总计 printed blank)")))
    c.append(F(L_, [("上海市政府办公厅2025年行政复议尚未审结的有几件", E("sh25", "a.review.pending")),
                    ("直接起诉的诉讼还没审结的呢", E("sh25", "a.litigation_direct.pending")),
                    ("复议后起诉的诉讼一共多少件", E("sh25", "a.litigation_after_review.total"))],
               _tag(t, "appeals group switch x2 (text row)")))
    c.append(F(L_, [("淮安2024年其他处理里，申请人逾期不补正的有多少件", E("ha", "r.other.overdue_correction.total")),
                    ("逾期不交费的呢", E("ha", "r.other.overdue_fee.total")),
                    ("再加上“其他”那一项，三项一共多少", E("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"])),
                    ("这三项里法律服务机构的加起来有几件", E("ha", ["r.other.overdue_correction.legal_services", "r.other.overdue_fee.legal_services", "r.other.other.legal_services"]))],
               _tag(t, "row switch, then add up three, then the same sum for one column")))
    c.append(F(L_, [("洪泽区2024年办理结果总计多少件", E("hz24", "r.total_processed.total")),
                    ("这个包不包括转到2025年再办的？结转的有几件", E("hz24", "r.carried_forward.total")),
                    ("那予以公开的有多少", E("hz24", "r.granted.total"))],
               _tag(t, "check the figure, then narrow (text rows)")))
    c.append(F(L_, [("上海市府办2025年结转下年度继续办理的申请有多少", E("sh25", "r.carried_forward.total")),
                    ("啊不对，我要2019年的", E("sh19", "r.carried_forward.total", alt=("859件", 72)))],
               _tag(t, "self-correction of the year")))
    c.append(F(L_, [("上海市政府办公厅2019年通过门户网站发了多少件政策解读", EN("sh19", "132件", 132, "件")),
                    ("同一年规章新公开了几件", E("sh19", "c.regulations.published", alt=("规章13件", 13)))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("洪泽区2023年属于国家秘密不予公开的有几件", E("hz23", "r.withheld.state_secret.total")),
                    ("是哪个部门的什么文件？", EU("the report does not say which documents were withheld"))],
               _tag(t, "table value, then an unanswerable detail")))
    c.append(F(L_, [("涧西区政府办2020年上年结转的申请有多少", E("jx", "r.carried_over.total")),
                    ("那淮安市2024年的是多少", E("ha", "r.carried_over.total", alt=("3119", 34))),
                    ("沭阳县2025年的呢", E("sy", "r.carried_over.total"))],
               _tag(t, "body switch x2")))
    return c


def followup_en():
    t = "[followup]"
    L_ = "en"
    c = []
    c.append(F(L_, [("What were Hongze District's administrative penalty decisions in 2023?", E("hz23", "c.punishment.decisions")),
                    ("And for 2024?", E("hz24", "c.punishment.decisions")),
                    ("So which year had more, and by how much?", ED("hz23", "hz24", "c.punishment.decisions"))],
               _tag(t, "year switch, then which year was higher")))
    c.append(F(L_, [("How many requests did the Shanghai General Office get from individuals in 2019?", E("sh19", "r.received.natural_person")),
                    ("And in 2025?", E("sh25", "r.received.natural_person")),
                    ("What's the gap between the two years?", ED("sh19", "sh25", "r.received.natural_person"))],
               _tag(t, "year switch, then difference")))
    c.append(F(L_, [("Huai'an, 2024: how many requests were not processed because they were really petitions, reports or complaints?", E("ha", "r.not_processed.petition.total")),
                    ("What about duplicate requests?", E("ha", "r.not_processed.duplicate.total")),
                    ("And people asking for published materials?", E("ha", "r.not_processed.publication.total")),
                    ("Last one: requests to confirm or reissue information the applicant already had?", E("ha", "r.not_processed.reconfirm.total"))],
               _tag(t, "row switch x3")))
    c.append(F(L_, [("In Huai'an's 2024 report, how many new requests came from commercial enterprises?", E("ha", "r.received.commercial")),
                    ("And from the 'other' organisations column?", E("ha", "r.received.other_org")),
                    ("Research institutions?", E("ha", "r.received.research"))],
               _tag(t, "column switch x2")))
    c.append(F(L_, [("In 2025, how many reconsideration cases over Shuyang County's disclosure decisions were upheld?", E("sy", "a.review.upheld")),
                    ("For lawsuits filed after reconsideration, how many upheld?", E("sy", "a.litigation_after_review.upheld")),
                    ("And direct lawsuits upheld?", E("sy", "a.litigation_direct.upheld"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("How many 2019 requests did the Shanghai General Office say it couldn't provide because it didn't hold the information? All applicant types together.",
                     E("sh19", cols("unable.not_held"), printed_total=["r.unable.not_held.total"], alt=("无法提供265件", 265))),
                    ("Of those, how many were from individuals?", E("sh19", "r.unable.not_held.natural_person")),
                    ("And from companies?", E("sh19", "r.unable.not_held.commercial"))],
               _tag(t, "drill-down; first turn over the six columns (总计 printed blank), text agrees")))
    c.append(F(L_, [("Hongze District 2024 - how many requests were granted in full?", E("hz24", "r.granted.total")),
                    ("How many couldn't be provided because the office doesn't hold the info?", E("hz24", "r.unable.not_held.total")),
                    ("Add those two together for me.", E("hz24", ["r.granted.total", "r.unable.not_held.total"]))],
               _tag(t, "row switch, then add up (text rows)")))
    c.append(F(L_, [("Shanghai General Office, 2019: new requests from businesses?", E("sh19", "r.received.commercial")),
                    ("Sorry, I meant 2025.", E("sh25", "r.received.commercial"))],
               _tag(t, "self-correction of the year")))
    c.append(F(L_, [("How many normative documents did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
                    ("Oops, I meant Shuyang County, for 2025.", E("sy", "c.normative_docs.issued"))],
               _tag(t, "self-correction of the body")))
    c.append(F(L_, [("How many requests did Shuyang County handle in total in 2025, per the table?", E("sy", "r.total_processed.total", alt=("749", 718))),
                    ("Does that include the ones pushed into 2026? How many were carried forward?", E("sy", "r.carried_forward.total", alt=("749", 31))),
                    ("Of the ones handled, how many came from individuals?", E("sy", "r.total_processed.natural_person")),
                    ("And how many individuals got everything they asked for?", E("sy", "r.granted.natural_person"))],
               _tag(t, "check the figure, then narrow twice")))
    c.append(F(L_, [("How many press conferences did the Huai'an city government hold in 2024?", EN("ha", "新闻发布会 12 场", 12, "场")),
                    ("And how many administrative licensing decisions were reported for that year?", E("ha", "c.licensing.decisions"))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("How many applications did Hongze District receive in 2023?", E("hz23", "r.received.total", alt=("21 件", 21))),
                    ("How many of those applicants were over 60?", EU("no age breakdown is printed"))],
               _tag(t, "table value, then an unanswerable age breakdown")))
    c.append(F(L_, [("Hongze's administrative coercion decisions in 2023?", E("hz23", "c.coercion.decisions")),
                    ("2024?", E("hz24", "c.coercion.decisions")),
                    ("Which year was higher?", ED("hz23", "hz24", "c.coercion.decisions"))],
               _tag(t, "year switch (bare year), then which year was higher")))
    c.append(F(L_, [("For Huai'an 2024, how many reconsideration cases were still pending?", E("ha", "a.review.pending", alt=("结果维持 72", 37))),
                    ("And direct lawsuits still pending?", E("ha", "a.litigation_direct.pending")),
                    ("Lawsuits after reconsideration still pending?", E("ha", "a.litigation_after_review.pending"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("Shuyang 2025: how many requests were withheld as process information?", E("sy", "r.withheld.process_info.total")),
                    ("And as law-enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
                    ("Protecting third-party rights?", E("sy", "r.withheld.third_party.total"))],
               _tag(t, "row switch x2")))
    c.append(F(L_, [("Shanghai General Office 2025: total requests carried over from 2024?", E("sh25", "r.carried_over.total", alt=("1295", 189))),
                    ("How many of those came from legal service institutions?", E("sh25", "r.carried_over.legal_services")),
                    ("And from individuals?", E("sh25", "r.carried_over.natural_person"))],
               _tag(t, "column switch (text rows)")))
    c.append(F(L_, [("How many requests did Shuyang County partially grant in 2025?", E("sy", "r.partially_granted.total")),
                    ("How many of these were from individuals?", E("sy", "r.partially_granted.natural_person")),
                    ("And the rest - how many from legal service institutions?", E("sy", "r.partially_granted.legal_services"))],
               _tag(t, "drill-down: of those, how many")))
    c.append(F(L_, [("How many Huai'an 2024 requests were turned down as state secrets?", E("ha", "r.withheld.state_secret.total")),
                    ("And as endangering security or stability?", E("ha", "r.withheld.security_stability.total")),
                    ("Sum of both?", E("ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"]))],
               _tag(t, "row switch, then add up")))
    c.append(F(L_, [("How many requests did Huai'an receive from legal service institutions in 2024?", E("ha", "r.received.legal_services")),
                    ("Does that include ones carried over from 2023? How many legal-service requests were carried over?", E("ha", "r.carried_over.legal_services")),
                    ("Then how many of the legal-service requests were granted in full?", E("ha", "r.granted.legal_services"))],
               _tag(t, "check the figure, then narrow")))
    c.append(F(L_, [("How many policy documents did Shuyang County publish in 2025, going by the overview section?", EN("sy", "公开政策文件4件", 4, "件")),
                    ("And how many administrative normative documents were in force at the end of 2025?", E("sy", "c.normative_docs.in_force"))],
               _tag(t, "narrative number, then a table number of the same body")))
    c.append(F(L_, [("In 2019, how many requests did the Shanghai General Office withhold as process information, adding up all applicant types?",
                     E("sh19", cols("withheld.process_info"), printed_total=["r.withheld.process_info.total"])),
                    ("What were those documents about?", EU("the report does not describe the withheld documents"))],
               _tag(t, "table value over the six columns (总计 printed blank), then unanswerable")))
    c.append(F(L_, [("Hongze 2023: how much in administrative fees, in 10,000 yuan?", E("hz23", "c.fees.amount", unit=M)),
                    ("What about 2024?", E("hz24", "c.fees.amount", unit=M)),
                    ("How big is the change?", ED("hz23", "hz24", "c.fees.amount", unit=M))],
               _tag(t, "year switch, then difference (money)")))
    c.append(F(L_, [("Jianxi District government office 2020: how many requests were granted?", E("jx", "r.granted.total")),
                    ("How about Hongze District in 2023?", E("hz23", "r.granted.total")),
                    ("And the Shanghai General Office in 2019, counting every applicant column?",
                     E("sh19", cols("granted"), printed_total=["r.granted.total"]))],
               _tag(t, "body switch x2; Shanghai over the six columns (总计 printed blank)")))
    c.append(F(L_, [("Huai'an 2024: how many requests were withheld in total, all reasons together?", E("ha", "r.withheld.total")),
                    ("How many of those were administrative inquiry matters?", E("ha", "r.withheld.admin_query.total")),
                    ("And internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
                    ("Which city departments refused the most?", EU("no breakdown by department is printed"))],
               _tag(t, "drill-down of a derived row, then an unanswerable department breakdown")))
    c.append(F(L_, [("Shanghai General Office - direct lawsuits in 2019?", E("sh19", "a.litigation_direct.total", alt=("零败诉", 9))),
                    ("and in 2025?", E("sh25", "a.litigation_direct.total")),
                    ("Which of the two years had more?", ED("sh19", "sh25", "a.litigation_direct.total"))],
               _tag(t, "year switch, then which year was higher")))
    c.append(F(L_, [("Jianxi 2020: how many administrative reconsideration cases were there?", E("jx", "a.review.total")),
                    ("Who filed it?", EU("personal data; applicants are not named"))],
               _tag(t, "table value, then an unanswerable personal-data question")))
    c.append(F(L_, [("Shanghai General Office 2019: direct lawsuits still pending?", E("sh19", "a.litigation_direct.pending")),
                    ("Reconsideration cases pending?", E("sh19", "a.review.pending")),
                    ("Lawsuits after reconsideration, total?", E("sh19", "a.litigation_after_review.total"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("How many livestreams did the Shanghai science commission run in 2024?", EN("kw", "直播 118", 118, "场")),
                    ("And how many disclosure requests did it receive that year?", E("kw", "r.received.total", alt=("34 件", 34)))],
               _tag(t, "narrative number, then a table number (text row) of the same body")))
    c.append(F(L_, [("Hongze 2023: requests given partial disclosure?", E("hz23", "r.partially_granted.total")),
                    ("Is that part of the granted figure? How many were granted in full?", E("hz23", "r.granted.total")),
                    ("OK - how many could not be provided at all, all three reasons?", E("hz23", "r.unable.total"))],
               _tag(t, "check the figure, then a derived row")))
    c.append(F(L_, [("Shanghai General Office 2019: 'not held' requests from legal service institutions?", E("sh19", "r.unable.not_held.legal_services")),
                    ("Sorry, I meant the companies column.", E("sh19", "r.unable.not_held.commercial"))],
               _tag(t, "self-correction of the column")))
    c.append(F(L_, [("How many administrative normative documents did Hongze issue in 2023?", E("hz23", "c.normative_docs.issued")),
                    ("And in 2024?", E("hz24", "c.normative_docs.issued")),
                    ("How many were in force at the end of 2024?", E("hz24", "c.normative_docs.in_force"))],
               _tag(t, "year switch, then column switch (text rows)")))
    c.append(F(L_, [("How many requests did the Shanghai General Office receive in 2025?", E("sh25", "r.received.total", alt=("1295", 1295))),
                    ("Break that down by district for me.", EU("no district breakdown is printed"))],
               _tag(t, "table value, then an unanswerable district breakdown")))
    c.append(F(L_, [("Shuyang 2025: reconsideration cases where the decision was corrected?", E("sy", "a.review.corrected")),
                    ("Other outcome?", E("sy", "a.review.other")),
                    ("Together?", E("sy", ["a.review.corrected", "a.review.other"]))],
               _tag(t, "outcome switch, then add up")))
    c.append(F(L_, [("How many requests did the Shanghai science commission handle in total in 2024?", E("kw", "r.total_processed.total")),
                    ("How many of those were granted?", E("kw", "r.granted.total", alt=("同意公开答复", 9))),
                    ("And how many were left to be answered in 2025?", EN("kw", "转下一年度", 1, "件"))],
               _tag(t, "drill-down, then a narrative number (the table's carried-forward total is printed blank)")))
    c.append(F(L_, [("Shuyang 2025, the 'other' sub-item of other handling - requests from individuals?", E("sy", "r.other.other.natural_person")),
                    ("commercial enterprises?", E("sy", "r.other.other.commercial")),
                    ("and that sub-item's total?", E("sy", "r.other.other.total"))],
               _tag(t, "column switch x2")))
    c.append(F(L_, [("How many municipal regulations did Shanghai make public in 2025, according to the overview section of the general office's report?",
                     EN("sh25", "规章 22 件", 22, "件", frm="全年主动公开")),
                    ("How many requests were not processed as duplicate applications that year?", E("sh25", "r.not_processed.duplicate.total"))],
               _tag(t, "narrative number, then a table number (text row) of the same body")))
    c.append(F(L_, [("Huai'an 2024: requests that needed new information to be created?", E("ha", "r.unable.needs_creation.total")),
                    ("What about Shuyang in 2025?", E("sy", "r.unable.needs_creation.total")),
                    ("And the Shanghai General Office in 2025?", E("sh25", "r.unable.needs_creation.total")),
                    ("Same office in 2019, adding up the applicant columns?", E("sh19", cols("unable.needs_creation"), printed_total=["r.unable.needs_creation.total"]))],
               _tag(t, "body switch x2, then year switch (2019 over the six columns, 总计 printed blank)")))
    c.append(F(L_, [("Huai'an 2024: how many lawsuits were filed directly without reconsideration?", E("ha", "a.litigation_direct.total")),
                    ("How much compensation was paid out in those cases?", EU("no compensation figures are reported"))],
               _tag(t, "table value, then an unanswerable cost question")))
    c.append(F(L_, [("Shanghai General Office 2025: total requests handled?", E("sh25", "r.total_processed.total", alt=("1295", 1191))),
                    ("Does that include the carried-over ones? How many came over from 2024?", E("sh25", "r.carried_over.total")),
                    ("How many were still open at the end of 2025?", E("sh25", "r.carried_forward.total")),
                    ("How long had the oldest of those been waiting?", EU("no waiting times are reported"))],
               _tag(t, "check the figure, then the carried-forward row (text rows), then unanswerable")))
    c.append(F(L_, [("Hongze 2024, how many requests hit 'information not held'?", E("hz24", "r.unable.not_held.total")),
                    ("Actually, make that 2023.", E("hz23", "r.unable.not_held.total"))],
               _tag(t, "self-correction of the year")))
    c.append(F(L_, [("Huai'an 2024, 'other handling': how many fell under the plain 'other' sub-item?", E("ha", "r.other.other.total")),
                    ("How many of those came from companies?", E("ha", "r.other.other.commercial")),
                    ("What were the reasons in those cases?", EU("the report gives no reasons for the 'other' cases"))],
               _tag(t, "drill-down, then unanswerable reasons")))
    c.append(F(L_, [("Shanghai General Office 2025: requests granted in full?", E("sh25", "r.granted.total")),
                    ("Petition-type requests that were not processed?", E("sh25", "r.not_processed.petition.total")),
                    ("Duplicates?", E("sh25", "r.not_processed.duplicate.total"))],
               _tag(t, "row switch x2 (text rows)")))
    c.append(F(L_, [("Shanghai General Office: requests carried over from 2018 into its 2019 workload?", E("sh19", "r.carried_over.total", alt=("859件", 18))),
                    ("And carried over into 2025?", E("sh25", "r.carried_over.total", alt=("1295", 189))),
                    ("How many more in 2025?", ED("sh19", "sh25", "r.carried_over.total"))],
               _tag(t, "year switch, then difference")))
    c.append(F(L_, [("What share of Shanghai government documents were proactively disclosed in 2019, per the general office's report?", EN("sh19", "90.2%", 90.2, "%")),
                    ("How many normative documents were made that year according to the table?", E("sh19", "c.normative_docs.made", alt=("规章13件", 60)))],
               _tag(t, "narrative percentage, then a table number of the same body")))
    c.append(F(L_, [("Shuyang 2025: requests dropped because the applicant didn't pay the fee in time?", E("sy", "r.other.overdue_fee.total")),
                    ("Which months were those requests filed in?", EU("no monthly figures are printed"))],
               _tag(t, "table value, then an unanswerable month breakdown")))
    c.append(F(L_, [("Jianxi 2020: reconsideration cases upheld?", E("jx", "a.review.upheld")),
                    ("Direct lawsuits, total?", E("jx", "a.litigation_direct.total")),
                    ("After-reconsideration lawsuits where the decision was corrected?", E("jx", "a.litigation_after_review.corrected"))],
               _tag(t, "appeals group switch x2")))
    c.append(F(L_, [("Shanghai General Office 2019: petition-type requests from individuals that weren't processed?", E("sh19", "r.not_processed.petition.natural_person")),
                    ("Same row, companies?", E("sh19", "r.not_processed.petition.commercial")),
                    ("Add them.", E("sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"]))],
               _tag(t, "column switch, then add up")))
    c.append(F(L_, [("Shanghai science commission 2024: new requests from individuals?", E("kw", "r.received.natural_person")),
                    ("and from companies?", E("kw", "r.received.commercial")),
                    ("So what's the total new requests that year?", E("kw", "r.received.total"))],
               _tag(t, "column switch x2 (text rows)")))
    c.append(F(L_, [("Huai'an 2024: lawsuits after reconsideration where the outcome was corrected?", E("ha", "a.litigation_after_review.corrected")),
                    ("Sorry, I meant the reconsideration cases themselves, not lawsuits.", E("ha", "a.review.corrected", alt=("结果维持 72", 64)))],
               _tag(t, "self-correction of the appeals group")))
    c.append(F(L_, [("Hongze 2024: how many administrative reconsideration cases in total?", E("hz24", "a.review.total")),
                    ("Does that count lawsuits too? How many lawsuits came after reconsideration?", E("hz24", "a.litigation_after_review.total")),
                    ("And direct lawsuits?", E("hz24", "a.litigation_direct.total"))],
               _tag(t, "check the figure, then appeals groups (text row)")))
    c.append(F(L_, [("What completion rate did Jianxi District report for disclosure requests in 2020?", EN("jx", "办结率", 88.2, "%")),
                    ("How many requests were carried forward?", E("jx", "r.carried_forward.total", alt=("办结率", 2))),
                    ("When will those be finished?", EU("forecast; the report gives no completion date"))],
               _tag(t, "narrative percentage, then table value, then unanswerable")))
    c.append(F(L_, [("Hongze 2023: requests withheld as process information?", E("hz23", "r.withheld.process_info.total")),
                    ("As law-enforcement files?", E("hz23", "r.withheld.enforcement_files.total")),
                    ("As administrative inquiries?", E("hz23", "r.withheld.admin_query.total"))],
               _tag(t, "row switch x2")))
    return c


def CONVERSATIONS():
    out = []
    for part in (plain, combine, rank, textonly, cannot, neighbour, followup_zh, followup_en):
        out += part()
    return out
