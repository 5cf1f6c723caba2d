"""Question bank of blind evaluation set 222 (evals/blind222), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was newly written for this set. The bank names only bodies, keys,
keywords and wordings; every expected number is computed by helpers222 (gold/*.json, or the
printed rows of the three reports without gold through SPECS, or a sentence cut from the text).

Bodies: jx 涧西区人民政府办公室 2020, ha 淮安市人民政府 2024, hz23 / hz24 淮安市洪泽区人民政府
2023 / 2024, sy 沭阳县人民政府 2025, kw 上海市科学技术委员会 2024, sh19 / sh25 上海市人民政府办公厅
2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib222 as L  # noqa: E402
from helpers222 import C, E, ED, EN, ER, EU, F, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: exactly the specs blind6's text_cells.json
# verified (same label or anchor, same column index), nothing new.
_AN24 = "四、政府信息公开行政复议、行政诉讼情况"
_AN25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AN24, 14),
        "appeals.litigation_direct.total": ("after", _AN24, 9),
        "appeals.review.total": ("after", _AN24, 4),
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
        "appeals.litigation_after_review.total": ("after", _AN25, 14),
        "appeals.litigation_direct.pending": ("after", _AN25, 8),
        "appeals.litigation_direct.total": ("after", _AN25, 9),
        "appeals.review.pending": ("after", _AN25, 3),
        "appeals.review.total": ("after", _AN25, 4),
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


def Em(b, keys, **kw):
    """A money cell (万元)."""
    return E(b, keys, unit=W, **kw)


# ============================================================================ [plain]
def plain():
    P = []

    def v(lang, b, keys, q, what, **kw):
        P.append(C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + what))

    def vm(lang, b, keys, q, what, **kw):
        P.append(C("value", lang, [(q, Em(b, keys, **kw))], "[plain] " + what))

    # --- zh
    v("zh", "ha", "r.received.legal_services",
      "淮安市政府2024年那份年报里，律师事务所这类法律服务机构一共递了多少份新的公开申请？",
      "法律服务机构 column of 新收")
    v("zh", "ha", "r.withheld.process_info.total",
      "2024年淮安因为申请的内容属于过程性信息、最后没给公开的有几件",
      "不予公开 6.过程性信息")
    v("zh", "ha", "r.other.overdue_fee.total",
      "淮安24年有多少申请，是申请人过了期限还没交费，市里就不再处理了的？",
      "其他处理 2.逾期未缴费")
    v("zh", "ha", "c.coercion.decisions",
      "我想查一下淮安市2024年一共作出了多少个行政强制决定",
      "行政强制 decisions")
    v("zh", "ha", "a.litigation_after_review.pending",
      "二〇二四年淮安市信息公开的案子里，先走复议、后来又告到法院的，到年底还没判下来的有几起？",
      "复议后起诉 尚未审结")
    v("zh", "sy", "r.partially_granted.total",
      "沭阳县2025年只公开了一部分内容的申请是多少件？",
      "部分公开 total")
    v("zh", "sy", "r.withheld.internal_affairs.total",
      "沭阳2025年以属于三类内部事务信息为理由拒绝公开的申请有多少？",
      "不予公开 5.内部事务")
    v("zh", "sy", "c.normative_docs.in_force",
      "到2025年底，沭阳县还在有效期内的行政规范性文件一共几件？",
      "行政规范性文件 现行有效")
    v("zh", "sy", "a.review.pending",
      "沭阳县政府2025年因为信息公开被申请行政复议的，年底时还有多少件没审完？",
      "复议 尚未审结")
    v("zh", "sy", "r.not_processed.duplicate.total",
      "2025年沭阳有几件申请被认定是重复申请而不予处理",
      "不予处理 2.重复申请")
    vm("zh", "sy", "c.fees.amount",
       "沭阳2025年行政事业性收费的金额是多少万元？",
       "fees in 万元 (printed 4068.208)")
    v("zh", "hz23", "r.unable.needs_creation.total",
      "洪泽区2023年有几件申请因为手头没有现成的信息、得重新制作，所以没法提供？",
      "无法提供 2.需另行制作")
    v("zh", "hz23", "c.punishment.decisions",
      "洪泽区政府2023年作出的行政处罚决定有多少个",
      "行政处罚 decisions")
    v("zh", "hz23", "c.normative_docs.repealed",
      "2023年洪泽一共废止了几件行政规范性文件？",
      "行政规范性文件 废止")
    v("zh", "hz24", "c.licensing.decisions",
      "洪泽区2024年的行政许可处理决定一共有多少件？",
      "text cell: 行政许可 (005, no gold)")
    v("zh", "hz24", "r.unable.not_held.total",
      "洪泽2024年回复“本机关不掌握相关政府信息”的申请有多少件？",
      "text cell: 无法提供 1.不掌握 (005, no gold)")
    v("zh", "jx", "c.procurement.projects",
      "涧西区政府办2020年做了几个政府集中采购项目？",
      "2019 format 第（九）项 项目数")
    v("zh", "jx", "r.granted.total",
      "涧西区政府办公室2020年答复予以公开的申请有多少件",
      "予以公开 total")
    v("zh", "jx", "r.unable.not_held.total",
      "2020年涧西区政府办有几件申请最后答复的是本机关不掌握该信息？",
      "无法提供 1.不掌握")
    v("zh", "sh19", "c.regulations.total_published",
      "上海市政府办公厅2019年的年报里，规章的对外公开总数量是多少件？",
      "2019 format 对外公开总数量 of 规章")
    v("zh", "sh19", "r.received.commercial",
      "2019年上海市府办新收的申请当中，由商业企业提出来的有多少件？",
      "商业企业 column of 新收 (printed)")
    v("zh", "sh19", "r.not_processed.petition.natural_person",
      "上海市政府办公厅2019年个人提交的申请里，被当成信访举报投诉类而不予处理的有多少件？",
      "自然人 column of 不予处理 1 (总计 printed blank, so the column)")
    v("zh", "sh25", "r.unable.needs_creation.total",
      "上海市政府办公厅2025年有多少件申请因为需要另行制作信息而无法提供？",
      "text cell: 无法提供 2 (008, no gold)")
    v("zh", "sh25", "r.carried_forward.total",
      "上海市府办2025年年底还没办完、要留到下一年接着办的申请有多少件",
      "text cell: 结转下年度 (008, no gold)")
    v("zh", "kw", "c.normative_docs.issued",
      "上海市科委2024年新制发了几件规范性文件？",
      "text cell: 规范性文件 制发 (007, no gold); the text's 行政规范性文件 13 件 agrees",
      alt=("行政规范性文件 13", 13))
    v("zh", "kw", "c.licensing.decisions",
      "市科委2024年一共作出多少个行政许可决定",
      "text cell: 行政许可 (007, no gold)")
    v("zh", "ha", "c.normative_docs.repealed",
      "淮安市政府2024年清理废止的行政规范性文件有多少件",
      "行政规范性文件 废止")
    v("zh", "ha", "r.unable.unclear.total",
      "淮安2024年有没有申请是补正以后内容还是说不清楚、所以没法提供的？有几件",
      "无法提供 3.补正后仍不明确")
    v("zh", "sy", "a.litigation_after_review.upheld",
      "沭阳县2025年那些复议之后又起诉到法院的案子，法院维持原结果的有几件",
      "复议后起诉 维持")
    v("zh", "hz23", "r.withheld.enforcement_files.natural_person",
      "洪泽区2023年个人申请的信息因为属于行政执法案卷而没被公开的，有几件？",
      "自然人 column of 不予公开 7")

    # --- en
    v("en", "ha", "r.withheld.third_party.total",
      "How many Huai'an requests in 2024 were refused because disclosure would have hurt a third party's lawful rights?",
      "不予公开 4.第三方")
    v("en", "ha", "r.not_processed.petition.total",
      "Huai'an, 2024: how many applications did the city decline to handle because they were really petitions, tip-offs or complaints?",
      "不予处理 1.信访举报投诉")
    v("en", "ha", "a.review.corrected",
      "In Huai'an's 2024 report, how many information-disclosure reconsideration cases ended with the original decision being corrected?",
      "复议 纠正; the text states the same 64",
      alt=("结果纠正 64", 64))
    vm("en", "ha", "c.fees.amount",
       "What figure did the Huai'an municipal government give for administrative fees collected in 2024? Units of 10,000 yuan are fine.",
       "fees in 万元")
    v("en", "ha", "r.partially_granted.commercial",
      "For 2024, how many requests from businesses did Huai'an grant only in part?",
      "部分公开 商业企业")
    v("en", "ha", "r.carried_forward.total",
      "How many of Huai'an's 2024 applications were still open at year end and rolled into the following year?",
      "结转下年度; the text's 103 件顺延 agrees",
      alt=("103 件顺延", 103))
    v("en", "sy", "r.withheld.admin_query.total",
      "Shuyang County 2025 - how many requests got a refusal on the ground that they were administrative query matters?",
      "不予公开 8.行政查询事项")
    v("en", "sy", "r.unable.not_held.total",
      "In 2025, how often did Shuyang County answer that it simply didn't hold the information asked for?",
      "无法提供 1.不掌握")
    v("en", "sy", "c.punishment.decisions",
      "Number of administrative penalty decisions Shuyang County reported for 2025?",
      "行政处罚 decisions")
    v("en", "sy", "r.other.overdue_correction.total",
      "How many Shuyang applications in 2025 were dropped because the applicant never supplied the requested corrections in time?",
      "其他处理 1.逾期不补正")
    v("en", "sy", "a.litigation_direct.total",
      "How many lawsuits did people bring straight to court against Shuyang County over disclosure in 2025, skipping reconsideration?",
      "直接起诉 total")
    v("en", "sy", "r.granted.legal_services",
      "Of the requests Shuyang County fully granted in 2025, how many had been filed by law firms or other legal service providers?",
      "予以公开 法律服务机构")
    v("en", "hz23", "r.withheld.state_secret.total",
      "Did Hongze District turn down any 2023 request on state-secret grounds? How many?",
      "不予公开 1.国家秘密")
    v("en", "hz23", "c.licensing.decisions",
      "Hongze District government, 2023: total administrative licensing decisions?",
      "行政许可 decisions")
    v("en", "hz23", "r.partially_granted.total",
      "How many of Hongze District's 2023 requests ended in partial disclosure?",
      "部分公开 total")
    v("en", "hz24", "c.coercion.decisions",
      "I'm looking for the count of administrative enforcement (coercive measure) decisions in Hongze District's 2024 report.",
      "text cell: 行政强制 (005, no gold)")
    v("en", "hz24", "a.litigation_after_review.total",
      "In 2024, how many disclosure lawsuits against Hongze District came after a reconsideration decision?",
      "text cell: 复议后起诉 总计 (005, no gold)")
    vm("en", "hz24", "c.fees.amount",
       "What's the administrative fee amount in Hongze District's 2024 annual report (in 10,000 yuan)?",
       "text cell: fees (005, no gold)")
    v("en", "jx", "c.normative_docs.made",
      "How many normative documents did the Jianxi District Government Office newly draw up in 2020?",
      "2019 format 本年新制作数量")
    v("en", "jx", "a.litigation_direct.total",
      "Jianxi District office, 2020: how many disclosure lawsuits were filed directly without reconsideration first?",
      "直接起诉 total")
    v("en", "jx", "r.carried_forward.total",
      "For Jianxi District in 2020, how many requests were left pending at year end?",
      "结转下年度; text 在办2件 agrees",
      alt=("在办2件", 2))
    vm("en", "sh19", "c.procurement.amount",
       "How much money went through centralised government procurement at the Shanghai Municipal General Office in 2019? Give it in 10k yuan.",
       "printed 251000元 = 25.1 万元")
    v("en", "sh19", "r.carried_forward.total",
      "How many requests did the Shanghai government's General Office push into the next year at the end of 2019?",
      "结转下年度; the text's 另有72件 agrees",
      alt=("另有72件", 72))
    v("en", "sh19", "r.unable.unclear.natural_person",
      "Shanghai General Office 2019: among requests from private individuals, how many stayed unclear even after the applicant amended them?",
      "自然人 column of 无法提供 3 (总计 printed blank)")
    v("en", "sh19", "c.normative_docs.total_published",
      "What was the cumulative number of normative documents published by the Shanghai General Office as of its 2019 report?",
      "2019 format 对外公开总数量 of 规范性文件")
    v("en", "sh25", "r.not_processed.petition.total",
      "Shanghai General Office, 2025: how many applications were set aside as petition or complaint matters?",
      "text cell: 不予处理 1 (008, no gold)")
    v("en", "sh25", "r.carried_over.legal_services",
      "How many of the requests the Shanghai General Office carried into 2025 had come from legal service organisations?",
      "text cell: 上年结转 法律服务机构 (008, no gold)")
    v("en", "sh25", "a.review.total",
      "Total administrative reconsideration cases over disclosure for the Shanghai General Office in 2025?",
      "text cell: 复议 总计 (008, no gold; note: includes carried-over cases)")
    v("en", "kw", "r.received.natural_person",
      "How many new requests did individual citizens send to the Shanghai Science and Technology Commission in 2024?",
      "text cell: 新收 自然人 (007, no gold)")
    v("en", "kw", "r.carried_over.total",
      "STCSM's 2024 report: how many requests were inherited from the prior year?",
      "text cell: 上年结转 (007, no gold); the text's 2 件 agrees",
      alt=("申请 2 件", 2))
    return P


# ============================================================================ [combine]
def combine():
    P = []

    def s(lang, b, keys, q, what, **kw):
        P.append(C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + what))

    def d(lang, b1, b2, keys, q, what, **kw):
        P.append(C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + what))

    s("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
      "淮安市2024年被当作信访投诉类或者重复申请而不予处理的，两类合起来一共几件？",
      "不予处理 1 + 2")
    s("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
      "淮安2024年信息公开方面的行政诉讼，直接起诉和复议后起诉加在一起有多少件？",
      "诉讼 two groups; the text's 行政诉讼 46 件 agrees",
      alt=("行政诉讼 46", 46))
    s("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
      "沭阳县2025年因为不掌握信息或者需要另行制作而没能提供的，合计多少件",
      "无法提供 1 + 2")
    s("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                     "r.withheld.enforcement_files.total"],
      "洪泽区2023年因为国家秘密、过程性信息、行政执法案卷这三种理由不予公开的，一共多少件？",
      "不予公开 1 + 6 + 7")
    s("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
      "涧西区政府办2020年予以公开的和答复本机关不掌握的，两项相加是多少？",
      "予以公开 + 不掌握")
    s("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
      "上海市府办2025年信访举报投诉类申请和重复申请，这两项不予处理的件数加起来是多少？",
      "text cells 不予处理 1 + 2 (008)")
    s("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "Adding reconsideration cases, direct lawsuits and lawsuits after reconsideration together, what's Shuyang County's 2025 total?",
      "three appeals totals; the text's 共办理相关案件 74 件 agrees",
      alt=("共办理相关案件 74", 74))
    s("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
      "Sum up the three 'other handling' lines of Huai'an's 2024 requests table for me.",
      "其他处理 1 + 2 + 3 (2021 format)")
    s("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
      "Licensing, penalty and coercive-measure decisions combined: what total does Hongze District's 2024 report give?",
      "text cells 行政许可 + 行政处罚 + 行政强制 (005)")
    s("en", "sy", ["r.granted.total", "r.partially_granted.total"],
      "In 2025, how many Shuyang County requests were disclosed either in full or in part, all told?",
      "予以公开 + 部分公开")
    s("en", "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"],
      "Huai'an 2024: refusals on state-secret grounds plus refusals because disclosure would endanger security and stability - what's the combined count?",
      "不予公开 1 + 3")

    d("zh", "hz23", "hz24", "c.normative_docs.in_force",
      "洪泽区现行有效的行政规范性文件，2024年比2023年多了几件？",
      "洪泽 2023→2024 现行有效 (2024 from text cell)")
    d("zh", "sh19", "sh25", "r.carried_over.total",
      "上海市政府办公厅从上一年结转过来的申请，2025年和2019年相比差了多少件？",
      "上海市府办 2019→2025 上年结转; the 2025 text's 上年结转 189 件 agrees",
      alt=("上年结转 189", 189))
    d("zh", "sh19", "sh25", "r.received.natural_person",
      "上海市府办收到的个人申请，2019年到2025年增加了多少件？",
      "上海市府办 2019→2025 新收 自然人")
    d("zh", "sh19", "sh25", "a.review.pending",
      "2019年和2025年比，上海市政府办公厅年底尚未审结的行政复议案件多了还是少了？相差几件",
      "上海市府办 2019→2025 复议 尚未审结")
    d("en", "sh19", "sh25", "r.total_processed.total",
      "By how much did the number of requests the Shanghai General Office finished handling change between 2019 and 2025?",
      "上海市府办 2019→2025 办理总计; the 2025 text's 办结 1191 件 agrees",
      alt=("办结 1191", 1191))
    d("en", "sh19", "sh25", "a.litigation_direct.pending",
      "Comparing 2019 with 2025, how did the Shanghai General Office's count of unresolved direct lawsuits move?",
      "上海市府办 2019→2025 直接起诉 尚未审结")
    d("en", "sh19", "sh25", "r.received.commercial",
      "Did businesses file more requests with the Shanghai General Office in 2025 than in 2019? What's the difference?",
      "上海市府办 2019→2025 新收 商业企业")
    return P


# ============================================================================ [rank]
def rank():
    P = []

    def r(lang, bodies, keys, order, q, what):
        P.append(C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + what))

    r("zh", ["ha", "sy", "hz23", "jx"], "r.received.total", "desc",
      "淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区政府办2020年，这四家谁本年新收的申请最多？",
      "新收 total, desc")
    r("zh", ["jx", "hz23", "sy"], "r.carried_forward.total", "asc",
      "涧西区政府办（2020年）、洪泽区（2023年）和沭阳县（2025年）比较，哪家结转到下一年的申请最少？",
      "结转下年度, asc")
    r("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
      "淮安市2024、沭阳县2025、洪泽区2023三份年报里，哪家的行政强制决定数最少？",
      "行政强制, asc")
    r("zh", ["ha", "sy", "jx", "sh19"], "a.review.total", "desc",
      "信息公开行政复议总数，淮安市2024年、沭阳县2025年、涧西区2020年、上海市政府办公厅2019年，哪个最多？",
      "复议 total, desc (洪泽 2023 left out: its printed total is 0)")
    r("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
      "现行有效的行政规范性文件数量，淮安市2024年、洪泽区2023年、沭阳县2025年谁排第一？",
      "现行有效, desc (2021-format reports only)")
    r("en", ["sy", "hz23", "sh19", "jx"], "r.unable.not_held.natural_person", "desc",
      "Among individual applicants, which body told the most people it didn't hold the information: Shuyang County (2025), Hongze District (2023), the Shanghai General Office (2019) or Jianxi District office (2020)?",
      "不掌握 自然人, desc (sh19 总计 blank, so the column)")
    r("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc",
      "Which had the fewest partial disclosures: Huai'an in 2024, Shuyang County in 2025, or Hongze District in 2023?",
      "部分公开 total, asc")
    r("en", ["ha", "sy", "sh19"], "r.received.legal_person", "desc",
      "Counting only organisations (not individuals) as applicants, who received the most new requests - Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?",
      "新收 legal_person (derived), desc")
    r("en", ["jx", "hz23", "sy", "sh19"], "r.total_processed.total", "asc",
      "Rank by requests handled during the year and tell me the lowest: Jianxi District office 2020, Hongze District 2023, Shuyang County 2025, Shanghai General Office 2019.",
      "办理总计, asc")
    return P


# ============================================================================ [textonly]
def textonly():
    P = []

    def n(lang, b, kw, value, unit, q, what, frm=None):
        P.append(C("narrative", lang, [(q, EN(b, kw, value, unit, frm))], "[textonly] " + what))

    n("zh", "sy", "催办提示 84", 84, "次",
      "沭阳县2025年那个依申请件倒计时报警器，全年一共发了多少次催办提醒？", "催办提示 84 次")
    n("zh", "sy", "过期信息697", 697, "条",
      "沭阳2025年做已公开信息清理，清掉了多少条过期的？", "清理过期信息 697 条")
    n("zh", "sy", "爆款内容52", 52, "条",
      "沭阳县2025年政务新媒体出了多少条爆款内容？", "爆款内容 52 条")
    n("zh", "ha", "新闻发布会 12", 12, "场",
      "淮安市政府2024年开了几场新闻发布会？", "新闻发布会 12 场")
    n("zh", "ha", "人民政府公报》6", 6, "期",
      "2024年淮安市政府公报出了几期", "政府公报 6 期")
    n("zh", "sh25", "新闻通气会 19", 19, "场",
      "按上海市政府办公厅2025年的年报，市政府那一年开了多少场新闻通气会？", "新闻通气会 19 场")
    n("zh", "sh25", "人事任免文件 196", 196, "件",
      "上海市政府办公厅2025年主动公开的人事任免文件有多少件", "人事任免文件 196 件")
    n("zh", "sh19", "发布政策解读共132", 132, "件",
      "上海市政府办公厅2019年的年报说，通过“中国上海”门户网站发布的政策解读一共多少件？", "政策解读 132 件")
    n("zh", "sh19", "70家政府网站", 70, "家",
      "上海市府办2019年每季度检查的正常运行政府网站有多少家？", "政府网站 70 家")
    n("zh", "kw", "直播 118", 118, "场",
      "上海市科委2024年“上海科技”视频号一共做了多少场直播？", "直播 118 场")
    n("zh", "kw", "原创文章 294", 294, "篇",
      "市科委的“上海科技”公众号2024年发的原创文章有多少篇", "原创文章 294 篇")
    n("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条",
      "洪泽区2024年在政府网站上主动发布了多少条政府信息？", "主动发布 2428 条")
    n("zh", "jx", "601项事项", 601, "项",
      "涧西区政府办2020年梳理出来的政务公开事项一共多少项？", "21个领域601项事项", frm="梳理细化")
    n("en", "sy", "64家单位", 64, "家",
      "How many units' annual disclosure reports did Shuyang County publish together in one batch in 2025?", "64 家单位")
    n("en", "sy", "失效链接43处", 43, "处",
      "In its 2025 report, how many broken links does Shuyang County say it fixed on its website?", "失效链接 43 处")
    n("en", "sy", "办前主动沟通 49", 49, "次",
      "How many times in 2025 did Shuyang County reach out to applicants before processing their requests?", "办前主动沟通 49 次")
    n("en", "ha", "在运维政务新媒体共计 95", 95, "个",
      "How many government new-media accounts was Huai'an running according to its 2024 report?", "政务新媒体 95 个")
    n("en", "ha", "合格率均为 100", 100, "%",
      "What pass rate did Huai'an's government new-media accounts get in the provincial quarterly checks of 2024?", "合格率 100%")
    n("en", "ha", "制作政策解读21", 21, "个",
      "How many policy explainers did the Huai'an city government produce in 2024?", "政策解读 21 个")
    n("en", "sh25", "覆盖 10 个语种", 10, "个",
      "How many languages does the Shanghai international services portal cover, according to the General Office's 2025 report?", "10 个语种")
    n("en", "sh25", "人民政府公报》24", 24, "期",
      "How many issues of the Shanghai Municipal Government Gazette did the General Office edit in 2025?", "公报 24 期")
    n("en", "sh25", "主动撤回 157", 157, "件",
      "Shanghai General Office 2025: how many requests did applicants withdraw of their own accord?", "主动撤回 157 件")
    n("en", "sh19", "2261项事项", 2261, "项",
      "According to the Shanghai General Office's 2019 report, how many service items were hooked up to the unified 'One Network' intake platform?", "2261 项事项")
    n("en", "sh19", "权威发布共计38次", 38, "次",
      "Per the Shanghai General Office's 2019 report, how many times were key topics of the city government's executive meetings officially published?", "权威发布 38 次")
    n("en", "kw", "人大代表建议 50", 50, "件",
      "For how many people's congress deputies' proposals did the Shanghai science commission publish its replies in 2024?", "人大代表建议 50 件")
    n("en", "hz23", "主动公开政府信息 1136", 1136, "条",
      "How many items of government information did Hongze District proactively post on its website in 2023?", "主动公开 1136 条")
    return P


# ============================================================================ [cannot]
def cannot():
    P = []

    def u(lang, q, why):
        P.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why))

    u("zh", "淮安市2024年的政府信息公开申请人里，男的和女的各有多少？",
      "no breakdown by sex")
    u("zh", "沭阳县2025年哪个乡镇的人递交信息公开申请最多？",
      "no breakdown by township")
    u("zh", "南京市2024年一共收到多少件政府信息公开申请？",
      "body not held (南京市)")
    u("zh", "洪泽区2022年作出了多少个行政处罚决定？",
      "year not held (洪泽 2022)")
    u("zh", "上海市政府办公厅2025年答复一件申请平均要用几天？",
      "response times not stated")
    u("zh", "涧西区政府办2020年专门做信息公开的工作人员有几个？",
      "staff numbers not stated")
    u("zh", "帮我预测一下淮安2025年会收到多少信息公开申请",
      "forecast")
    u("zh", "上海市科委2024年哪位申请人提交的申请最多？叫什么名字",
      "personal data, not in the report")
    u("zh", "沭阳县2025年通过邮寄信函提交的信息公开申请有多少件？",
      "no breakdown by channel")
    u("zh", "宿迁市2025年政府信息公开行政复议一共有多少件？",
      "body not held (宿迁市)")
    u("zh", "洪泽区2024年的申请里，和征地拆迁有关的有几件？",
      "no breakdown by topic")
    u("zh", "上海市府办2019年每个季度分别收到多少件申请？",
      "no breakdown by quarter")
    u("zh", "淮安市2024年在信息公开工作上一共花了多少经费？",
      "costs not stated")
    u("zh", "涧西区2021年予以公开的申请有多少件？",
      "year not held (涧西 2021)")
    u("zh", "你个人觉得沭阳县2025年的信息公开工作做得怎么样，打几分？",
      "opinion")
    u("zh", "上海市浦东新区2025年收到了多少件政府信息公开申请？",
      "body not held (浦东新区)")
    u("zh", "淮安市2024年复议被纠正的那些案件，分别是哪些部门作出的答复？",
      "no breakdown by department")
    u("en", "How many of the people who filed disclosure requests with Huai'an in 2024 were over 60?",
      "no breakdown by age")
    u("en", "In which month of 2025 did Shuyang County get the largest number of requests?",
      "no breakdown by month")
    u("en", "What did Suzhou's municipal government report for disclosure requests in 2024?",
      "body not held (苏州市)")
    u("en", "How many disclosure requests did the Shanghai General Office receive in 2022?",
      "year not held (上海市府办 2022)")
    u("en", "How many staff did Hongze District have working on information disclosure in 2023?",
      "staff numbers not stated")
    u("en", "How many requests came in to the Shanghai science commission in 2023?",
      "year not held (上海市科委 2023)")
    u("en", "What was the average turnaround time for Jianxi District's disclosure requests in 2020?",
      "response times not stated")
    u("en", "How many of Huai'an's 2024 requests were filed online and how many on paper?",
      "no breakdown by channel")
    u("en", "Which industries were the companies that applied to Shuyang County in 2025 from?",
      "no breakdown by industry")
    u("en", "Will Hongze District make more licensing decisions in 2025 than in 2024, do you think?",
      "forecast")
    u("en", "Can you give me the name and address of the person who sued Jianxi District over disclosure in 2020?",
      "personal data, not in the report")
    u("en", "How many requests did the Qingjiangpu District government receive in 2024?",
      "body not held (清江浦区)")
    u("en", "How many of the Shanghai General Office's 2025 requests were about housing?",
      "no breakdown by topic")
    u("en", "How much did Huai'an spend running its government website in 2024?",
      "costs not stated")
    u("en", "How many of Shuyang County's refused requests in 2025 later ended up in court?",
      "link between outcomes and lawsuits not stated")
    u("en", "Break down Hongze District's 2024 applications by township for me, please.",
      "no breakdown by township")
    u("en", "How many requests did Shuyang County receive in 2024?",
      "year not held (沭阳 2024)")
    return P


# ============================================================================ [neighbour]
def neighbour():
    P = []

    def t(lang, b, keys, q, what, **kw):
        P.append(C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + what))

    t("zh", "ha", "r.carried_over.total",
      "淮安2024年有多少申请是从前一年转过来、在本年接着办的？",
      "上年结转 (34), not 结转下年度 (103); the text's 上年度结转申请 34 件 agrees",
      alt=("上年度结转申请 34", 34))
    t("zh", "sy", "a.litigation_after_review.total",
      "沭阳2025年先申请了复议、对结果不服又去打官司的有几件？",
      "复议后起诉 (10), not 直接起诉 (3)")
    t("zh", "ha", "c.normative_docs.in_force",
      "截至2024年底，淮安市还在生效的行政规范性文件有多少件？不是当年新发的",
      "现行有效 (66), not 制发 (8)")
    t("zh", "sh19", "c.regulations.made",
      "上海市府办2019年新制作的规章有几件？我要的不是累计对外公开的那个数",
      "本年新制作 (13), not 对外公开总数量 (524); the text's 规章13件 agrees",
      alt=("主动公开规章13件", 13))
    t("zh", "hz23", "r.withheld.process_info.total",
      "洪泽区2023年以属于四类过程性信息为由不予公开的有几件？",
      "过程性信息 (1), not 内部事务 (0)")
    t("en", "ha", "r.unable.needs_creation.total",
      "How many Huai'an requests in 2024 failed because the information would have had to be newly put together - not the cases where the city just didn't have it?",
      "另行制作 (11), not 不掌握 (769)")
    t("en", "sy", "a.review.other",
      "Shuyang County 2025: reconsideration cases with some other outcome - I don't mean the corrected ones. How many?",
      "复议 其他结果 (9), not 纠正 (10)")
    t("en", "sh19", "c.procurement.projects",
      "How many centralised procurement projects did the Shanghai General Office run in 2019? The number of projects, not the amount.",
      "采购项目数 (6), not 金额")
    t("en", "jx", "r.total_processed.total",
      "How many requests did the Jianxi District office actually get through in 2020 - not the number that came in?",
      "办理总计 (15), not 新收 (17); the text's 办结15件 agrees",
      alt=("办结15件", 15))
    return P


# ============================================================================ [followup]
def followup():
    P = []

    def f(lang, turns, what):
        P.append(F(lang, turns, "[followup] " + what))

    U = EU
    # ------------------------------------------------------------------ zh
    f("zh", [
        ("洪泽区2023年行政许可决定有多少个？", E("hz23", "c.licensing.decisions")),
        ("2024年的呢", E("hz24", "c.licensing.decisions")),
        ("哪一年多？多出来多少个", ED("hz23", "hz24", "c.licensing.decisions")),
    ], "switch year (洪泽 2023→2024), then compare the two years")
    f("zh", [
        ("上海市政府办公厅2019年新收了多少件信息公开申请？",
         E("sh19", "r.received.total", alt=("代表市政府共受理政府信息公开申请859", 859))),
        ("那2025年新收的是多少件",
         E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
        ("两年之间差了多少件？",
         ED("sh19", "sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
    ], "switch year (上海市府办 2019→2025), then difference")
    f("zh", [
        ("洪泽区2024年现行有效的行政规范性文件有几件", E("hz24", "c.normative_docs.in_force")),
        ("不对，我要问的是2023年那份", E("hz23", "c.normative_docs.in_force")),
    ], "self-correction of the year")
    f("zh", [
        ("沭阳县2025年政府信息公开行政复议一共多少件", E("sy", "a.review.total")),
        ("哦我搞错地方了，想问的是淮安市2024年的", E("ha", "a.review.total", alt=("行政复议 351", 351))),
    ], "self-correction of the body")
    f("zh", [
        ("淮安市2024年不予公开的申请总共多少件？", E("ha", "r.withheld.total")),
        ("其中因为属于行政查询事项的有多少", E("ha", "r.withheld.admin_query.total")),
        ("那涉及国家秘密的呢？", E("ha", "r.withheld.state_secret.total")),
    ], "derived 不予公开 total, then 'of those' sub-items")
    f("zh", [
        ("沭阳县2025年予以公开的申请里，自然人提的有几件", E("sy", "r.granted.natural_person")),
        ("法律服务机构那一栏呢", E("sy", "r.granted.legal_services")),
        ("商业企业呢？", E("sy", "r.granted.commercial")),
    ], "switch column twice")
    f("zh", [
        ("淮安市2024年信息公开行政复议，结果维持的有多少件？",
         E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
        ("没经过复议直接起诉的那些官司里，维持的呢", E("ha", "a.litigation_direct.upheld")),
        ("复议以后再起诉的，维持的又是多少", E("ha", "a.litigation_after_review.upheld")),
        ("这三个数加一起呢？", E("ha", ["a.review.upheld", "a.litigation_direct.upheld",
                                  "a.litigation_after_review.upheld"])),
    ], "switch appeals group twice, then add up")
    f("zh", [
        ("沭阳2025年通过办前沟通，成功化解了多少件争议纠纷？", EN("sy", "化解各类争议纠纷 33", 33, "件")),
        ("同一年里，因为属于信访举报投诉类被不予处理的申请有几件", E("sy", "r.not_processed.petition.total")),
    ], "narrative number, then a table number of the same body")
    f("zh", [
        ("淮安2024年答复本机关不掌握相关政府信息的申请有多少件", E("ha", "r.unable.not_held.total")),
        ("这些申请分别是问哪些部门的、各有多少件？", U("no breakdown by department")),
    ], "table value, then a breakdown the report does not print")
    f("zh", [
        ("涧西区政府办2020年新收了多少件申请？",
         E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
        ("这些都是个人申请的吗？自然人有几件", E("jx", "r.received.natural_person")),
        ("那2021年他们收到多少件？", U("year not held (涧西 2021)")),
    ], "check the figure by column; end with a year not held")
    f("zh", [
        ("上海市政府办公厅2025年新收的申请里，企业提的有多少", E("sh25", "r.received.commercial")),
        ("个人提的呢", E("sh25", "r.received.natural_person")),
        ("把这两个加起来是多少？", E("sh25", ["r.received.natural_person", "r.received.commercial"])),
    ], "switch column, add up (text cells of 008)")
    f("zh", [
        ("洪泽区2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
        ("这个数算在予以公开里面吗？予以公开本身是几件", E("hz23", "r.granted.total")),
        ("2024年予以公开的有多少", E("hz24", "r.granted.total")),
    ], "check the figure, then switch year")
    f("zh", [
        ("沭阳县2025年行政复议的总数是多少件", E("sy", "a.review.total")),
        ("其中结果被纠正的有几件", E("sy", "a.review.corrected")),
        ("还没审结的呢？", E("sy", "a.review.pending")),
    ], "'of those' twice")
    f("zh", [
        ("淮安市2024年本年新收的信息公开申请一共多少件？",
         E("ha", "r.received.total", alt=("3119", 3119))),
        ("这里面有法律服务机构提的吗？有的话几件", E("ha", "r.received.legal_services")),
        ("把法律服务机构去掉，剩下的是多少", E("ha", ["r.received.natural_person", "r.received.commercial",
                                            "r.received.research", "r.received.public_interest",
                                            "r.received.other_org"])),
    ], "check whether legal-service firms are in it, then narrow (sum of the other five columns)")
    f("zh", [
        ("上海市科委2024年批量推送了多少条集成式发布政策？", EN("kw", "批量推送集成式发布政策 121", 121, "条")),
        ("那一年科委予以公开的信息公开申请有几件", E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
    ], "narrative then table, same body (text cell of 007)")
    f("zh", [
        ("上海市府办2019年未经复议直接被起诉的信息公开案件有几件",
         E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
        ("2025年呢？", E("sh25", "a.litigation_direct.total")),
        ("相比之下差几件", ED("sh19", "sh25", "a.litigation_direct.total")),
    ], "switch year (上海市府办 2019→2025), difference")
    f("zh", [
        ("洪泽区2024年信息公开行政复议有几件", E("hz24", "a.review.total")),
        ("直接起诉的行政诉讼呢", E("hz24", "a.litigation_direct.total")),
        ("复议后起诉的呢", E("hz24", "a.litigation_after_review.total")),
        ("这些官司的原告都是谁？", U("personal data, not in the report")),
    ], "appeals groups of 005 (text cells); end unanswerable")
    f("zh", [
        ("淮安2024年制发了几件规章？", E("ha", "c.regulations.issued", alt=("市政府规章 1 件", 1))),
        ("现行有效的规章有多少件", E("ha", "c.regulations.in_force")),
        ("换成行政规范性文件，现行有效的是多少", E("ha", "c.normative_docs.in_force")),
    ], "switch column, then row")
    f("zh", [
        ("沭阳县2025年行政事业性收费金额是多少？", Em("sy", "c.fees.amount")),
        ("那依申请公开收的信息处理费是多少钱", EN("sy", "380元", 380, "元")),
    ], "table money, then the narrative fee (元) of the same body")
    f("zh", [
        ("沭阳2025年因为本机关不掌握而无法提供的申请有几件", E("sy", "r.unable.not_held.total")),
        ("需要另行制作的呢", E("sy", "r.unable.needs_creation.total")),
        ("无法提供的一共多少件？", E("sy", "r.unable.total")),
    ], "switch row, then the derived 无法提供 total")
    f("zh", [
        ("淮安市2024年其他处理里的“其他”那一项有多少件？", E("ha", "r.other.other.total")),
        ("这一项具体都是些什么情况？", U("reasons not stated")),
    ], "table value, then reasons the report does not give")
    f("zh", [
        ("涧西区政府办2020年有几件信息公开行政复议", E("jx", "a.review.total")),
        ("结果是维持吗？维持了几件", E("jx", "a.review.upheld")),
        ("直接起诉的诉讼又有几件？", E("jx", "a.litigation_direct.total")),
    ], "'of those', then switch group")
    f("zh", [
        ("上海市政府办公厅2025年需要另行制作才能提供的申请有多少件", E("sh25", "r.unable.needs_creation.total")),
        ("本机关不掌握的呢", E("sh25", "r.unable.not_held.total")),
        ("这两项一共多少？", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
    ], "switch row, add up (text cells of 008)")
    f("zh", [
        ("沭阳县2025年推送了多少个原创短视频", EN("sy", "短视频1113", 1113, "个")),
        ("同年沭阳的行政强制决定是多少个？", E("sy", "c.coercion.decisions")),
    ], "narrative then table, same body")
    f("zh", [
        ("淮安市行政事业性收费2024年是多少万元", Em("ha", "c.fees.amount")),
        ("信息处理费收了多少元？", EN("ha", "信息处理费 3940", 3940, "元")),
        ("这笔处理费是向哪些申请人收的？", U("personal data, not in the report")),
    ], "table money, narrative fee, end unanswerable")
    f("zh", [
        ("上海市府办2019年的政府集中采购总金额是多少万元？", Em("sh19", "c.procurement.amount")),
        ("一共几个项目", E("sh19", "c.procurement.projects")),
        ("这几个项目分别买的是什么东西？", U("procurement items not listed")),
    ], "switch column of 第（九）项, end unanswerable")
    f("zh", [
        ("洪泽区2023年行政事业性收费金额多少", Em("hz23", "c.fees.amount")),
        ("2024年的是多少", Em("hz24", "c.fees.amount")),
        ("两年相差多少万元？", ED("hz23", "hz24", "c.fees.amount", unit=W)),
    ], "switch year (money), difference")
    f("zh", [
        ("沭阳县2025年上年结转过来的申请是几件", E("sy", "r.carried_over.total")),
        ("年底结转到下一年的呢", E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
        ("那这些结转件到2026年都办完了吗？", U("later year not held")),
    ], "switch row, end with a later year not held")
    f("zh", [
        ("淮安2024年个人申请里部分公开的有多少件", E("ha", "r.partially_granted.natural_person")),
        ("商业企业部分公开的呢", E("ha", "r.partially_granted.commercial")),
        ("两个合计一下", E("ha", ["r.partially_granted.natural_person", "r.partially_granted.commercial"])),
    ], "switch column, add up")
    f("zh", [
        ("上海市政府办公厅2025年行政复议多少件？", E("sh25", "a.review.total")),
        ("其中还没审结的几件", E("sh25", "a.review.pending")),
        ("直接起诉的诉讼里没审结的呢", E("sh25", "a.litigation_direct.pending")),
    ], "'of those', switch group (text cells of 008)")
    f("zh", [
        ("上海市科委2024年本年新收申请多少件？",
         E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
        ("其中企业申请的有几件", E("kw", "r.received.commercial")),
        ("个人呢", E("kw", "r.received.natural_person")),
    ], "'of those' by column (text cells of 007)")
    f("zh", [
        ("涧西区政府办2020年对照了多少个试点领域的标准指引？", EN("jx", "公共资源交易等26个试点领域", 26, "个", frm="对照省")),
        ("那年政府集中采购金额是多少？", Em("jx", "c.procurement.amount")),
    ], "narrative then table money, same body")
    f("zh", [
        ("沭阳县2025年因为保护第三方合法权益不予公开的有几件", E("sy", "r.withheld.third_party.total")),
        ("改问属于行政执法案卷的", E("sy", "r.withheld.enforcement_files.total")),
        ("不予公开加起来总共多少件？", E("sy", "r.withheld.total")),
    ], "switch row, then the derived 不予公开 total")
    f("zh", [
        ("洪泽区2024年行政处罚决定有多少", E("hz24", "c.punishment.decisions")),
        ("换成2023年看看", E("hz23", "c.punishment.decisions")),
        ("两年差距是多少", ED("hz23", "hz24", "c.punishment.decisions")),
    ], "switch year backwards, difference")
    f("zh", [
        ("淮安市2024年直接起诉的信息公开行政诉讼有几件？", E("ha", "a.litigation_direct.total")),
        ("这26件里判决纠正的有几件", E("ha", "a.litigation_direct.corrected")),
        ("复议后起诉那边被纠正的呢", E("ha", "a.litigation_after_review.corrected")),
    ], "'of those', switch group")
    f("zh", [
        ("上海市府办2019年个人申请的本年新收是多少件？", E("sh19", "r.received.natural_person")),
        ("个人从上一年结转过来的有几件", E("sh19", "r.carried_over.natural_person")),
        ("这两项相加是多少？", E("sh19", ["r.received.natural_person", "r.carried_over.natural_person"])),
    ], "switch row, add up")
    f("zh", [
        ("洪泽区2023年因为涉及国家秘密不予公开的有几件", E("hz23", "r.withheld.state_secret.total")),
        ("说错了，我想问属于行政执法案卷的那一类", E("hz23", "r.withheld.enforcement_files.total")),
    ], "self-correction of the row")
    f("zh", [
        ("淮安2024年办理总计是多少件？", E("ha", "r.total_processed.total", alt=("答复 3050", 3050))),
        ("其中自然人的", E("ha", "r.total_processed.natural_person")),
        ("法律服务机构的有多少", E("ha", "r.total_processed.legal_services")),
    ], "'of those' by column")
    f("zh", [
        ("沭阳县2025年的年报正文说全年一共受理了多少件申请（连上年结转的一起算）？",
         EN("sy", "共受理政府信息公开申请 749", 749, "件")),
        ("那表三里“本年新收”那一栏的总计是多少", E("sy", "r.received.total")),
    ], "narrative 749 (includes 上年结转), then the table's new-requests cell (713)")
    f("zh", [
        ("上海市政府办公厅2025年完成了多少件公文公开属性审查？", EN("sh25", "公开属性审查 166", 166, "件")),
        ("那一年予以公开的申请有几件", E("sh25", "r.granted.total")),
    ], "narrative then table, same body (text cell of 008)")
    f("zh", [
        ("上海科委2024年现行有效的规范性文件有多少件", E("kw", "c.normative_docs.in_force")),
        ("本年制发的呢", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
        ("这13件分别是科委哪个处室起草的？", U("drafting divisions not stated")),
    ], "switch column; end unanswerable")
    f("zh", [
        ("洪泽区2024年行政强制决定有多少个", E("hz24", "c.coercion.decisions")),
        ("2023年的呢？", E("hz23", "c.coercion.decisions")),
        ("哪年多，差多少", ED("hz23", "hz24", "c.coercion.decisions")),
    ], "switch year backwards, compare")
    f("zh", [
        ("上海市政府办公厅2019年个人申请中答复本机关不掌握的有多少件", E("sh19", "r.unable.not_held.natural_person")),
        ("商业企业的呢", E("sh19", "r.unable.not_held.commercial")),
        ("法律服务机构呢", E("sh19", "r.unable.not_held.legal_services")),
    ], "switch column twice (总计 printed blank)")
    f("zh", [
        ("淮安市2024年因为其他法律行政法规禁止公开而没给的有多少件？", E("ha", "r.withheld.prohibited_by_law.total")),
        ("其中企业申请的几件", E("ha", "r.withheld.prohibited_by_law.commercial")),
        ("个人的呢", E("ha", "r.withheld.prohibited_by_law.natural_person")),
    ], "'of those' by column")
    f("zh", [
        ("沭阳县2025年信访举报投诉类不予处理的有几件", E("sy", "r.not_processed.petition.total")),
        ("重复申请的呢", E("sy", "r.not_processed.duplicate.total")),
        ("不予处理一共多少", E("sy", "r.not_processed.total")),
    ], "switch row, derived 不予处理 total")
    f("zh", [
        ("上海市府办2025年从上一年结转的申请多少件", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
        ("其中律师事务所之类法律服务机构的有几件", E("sh25", "r.carried_over.legal_services")),
        ("自然人的呢？", E("sh25", "r.carried_over.natural_person")),
    ], "'of those' by column (text cells of 008)")
    f("zh", [
        ("淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", EN("ha", "全年组织 4", 4, "次")),
        ("同年信息公开行政复议还没审结的有几件", E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
    ], "narrative then table, same body")
    f("zh", [
        ("涧西区政府办2020年结转到下一年的申请有几件", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
        ("从上一年转过来的有没有？几件", E("jx", "r.carried_over.total")),
        ("那结转的2件后来怎么处理的？", U("later outcome not in the report")),
    ], "switch row; end unanswerable")
    f("zh", [
        ("沭阳县2025年复议后起诉的案件有几件", E("sy", "a.litigation_after_review.total")),
        ("其中其他结果的呢", E("sy", "a.litigation_after_review.other")),
        ("尚未审结的有几件", E("sy", "a.litigation_after_review.pending")),
    ], "'of those' twice")
    f("zh", [
        ("洪泽区2023年答复本机关不掌握的申请有几件", E("hz23", "r.unable.not_held.total")),
        ("这10件里有企业申请的吗", E("hz23", "r.unable.not_held.commercial")),
        ("按乡镇分的话各是多少？", U("no breakdown by township")),
    ], "'of those' by column; end unanswerable")
    f("zh", [
        ("我想对比洪泽区2023年和2024年回复“本机关不掌握”的申请数，先说2023年有几件",
         E("hz23", "r.unable.not_held.total")),
        ("换到2024年看，有几件", E("hz24", "r.unable.not_held.total")),
        ("2024年比2023年多几件？", ED("hz23", "hz24", "r.unable.not_held.total")),
    ], "two years of 洪泽, compare")
    f("zh", [
        ("上海市政府办公厅2019年一共处理完了多少件申请", E("sh19", "r.total_processed.total",
                                                alt=("答复政府信息公开申请805", 805))),
        ("其中个人申请的有多少件", E("sh19", "r.total_processed.natural_person")),
        ("商业企业的呢？", E("sh19", "r.total_processed.commercial")),
    ], "'of those' by column")

    # ------------------------------------------------------------------ en
    f("en", [
        ("How many normative documents did Hongze District issue in 2023?", E("hz23", "c.normative_docs.issued")),
        ("And the 2024 count?", E("hz24", "c.normative_docs.issued")),
        ("Which of the two years saw more, and by how many?", ED("hz23", "hz24", "c.normative_docs.issued")),
    ], "switch year (洪泽), compare")
    f("en", [
        ("How many requests did the Shanghai General Office roll over into the next year at the end of 2019?",
         E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
        ("Same thing for 2025?", E("sh25", "r.carried_forward.total")),
        ("So how big is the gap between the two years?", ED("sh19", "sh25", "r.carried_forward.total")),
    ], "switch year (上海市府办), difference")
    f("en", [
        ("How many requests did Huai'an grant in full in 2024?", E("ha", "r.granted.total")),
        ("Does that figure include the partly granted ones? If not, how many were partly granted?",
         E("ha", "r.partially_granted.total")),
        ("Add the two together for me.", E("ha", ["r.granted.total", "r.partially_granted.total"])),
    ], "check the figure, narrow, add up")
    f("en", [
        ("How many new requests did law firms and other legal service providers file with Shuyang County in 2025?",
         E("sy", "r.received.legal_services")),
        ("Sorry, wrong column - I wanted the commercial enterprises.", E("sy", "r.received.commercial")),
    ], "self-correction of the column")
    f("en", [
        ("What's the total number of disclosure-related reconsideration cases for Huai'an in 2024?",
         E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ("How many of them were still undecided at year end?", E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
        ("And among the direct lawsuits, how many were still pending?", E("ha", "a.litigation_direct.pending")),
    ], "'of those', switch group")
    f("en", [
        ("How many licensing decisions are in the Shanghai science commission's 2024 report?",
         E("kw", "c.licensing.decisions")),
        ("And penalty decisions?", E("kw", "c.punishment.decisions")),
        ("What about the commission's licensing decisions for 2023?", U("year not held (上海市科委 2023)")),
    ], "switch row (text cells of 007); end with a year not held")
    f("en", [
        ("How many new requests came in to the Jianxi District Government Office in 2020?",
         E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
        ("How many of those were granted?", E("jx", "r.granted.total")),
        ("And how many got the reply that the office didn't hold the information?", E("jx", "r.unable.not_held.total")),
        ("So how many were handled in total that year?", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
    ], "'of those' and switch row, four turns")
    f("en", [
        ("According to Shuyang County's 2025 report, how many pieces of erroneous information were corrected on its websites?",
         EN("sy", "各类错误信息83", 83, "处")),
        ("And in the requests table, how many requests couldn't be met because the information would have to be newly produced?",
         E("sy", "r.unable.needs_creation.total")),
    ], "narrative then table, same body")
    f("en", [
        ("How many of the Shanghai General Office's 2025 carried-over requests came from individuals?",
         E("sh25", "r.carried_over.natural_person")),
        ("And from legal service organisations?", E("sh25", "r.carried_over.legal_services")),
        ("Give me those two combined.", E("sh25", ["r.carried_over.natural_person", "r.carried_over.legal_services"])),
    ], "switch column, add up (text cells of 008)")
    f("en", [
        ("How many coercive-measure decisions did Huai'an report for 2024?", E("ha", "c.coercion.decisions")),
        ("Oops, I meant Shuyang County, 2025.", E("sy", "c.coercion.decisions")),
    ], "self-correction of the body")
    f("en", [
        ("What's the administrative fee figure in Hongze District's 2024 report?", Em("hz24", "c.fees.amount")),
        ("And how much did the district collect that year in information processing fees for disclosure requests?",
         EN("hz24", "信息处理费 0 元", 0, "元")),
    ], "table money (text cell), then the narrative 0 元")
    f("en", [
        ("How many Huai'an 2024 requests couldn't be met because the information would need to be newly created?",
         E("ha", "r.unable.needs_creation.total")),
        ("What about those that were still unclear after the applicant corrected them?", E("ha", "r.unable.unclear.total")),
        ("And where the city didn't hold the information?", E("ha", "r.unable.not_held.total")),
        ("How many of those concerned land expropriation?", U("no breakdown by topic")),
    ], "switch row twice; end unanswerable")
    f("en", [
        ("How many partial disclosures did Shuyang County give to individual applicants in 2025?",
         E("sy", "r.partially_granted.natural_person")),
        ("And to legal service organisations?", E("sy", "r.partially_granted.legal_services")),
        ("How many of those partial disclosures were later challenged in reconsideration?",
         U("link between outcomes and appeals not stated")),
    ], "switch column; end unanswerable")
    f("en", [
        ("How many regulations did the Shanghai General Office newly make in 2019?",
         E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
        ("And normative documents?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
        ("What's the cumulative published total for normative documents?", E("sh19", "c.normative_docs.total_published")),
    ], "switch row, switch column (2019 format)")
    f("en", [
        ("How many Hongze District requests were withheld in 2023 as internal affairs information?",
         E("hz23", "r.withheld.internal_affairs.total")),
        ("Hmm, I meant process (deliberative) information.", E("hz23", "r.withheld.process_info.total")),
        ("And administrative enforcement case files?", E("hz23", "r.withheld.enforcement_files.total")),
    ], "self-correction of the row, then switch row")
    f("en", [
        ("How many new requests did businesses send to Huai'an in 2024?", E("ha", "r.received.commercial")),
        ("Research institutions?", E("ha", "r.received.research")),
        ("Public-interest organisations?", E("ha", "r.received.public_interest")),
        ("And the 'other' organisations column?", E("ha", "r.received.other_org")),
    ], "switch column three times")
    f("en", [
        ("Shuyang County 2025: how many lawsuits filed directly in court ended with the decision upheld?",
         E("sy", "a.litigation_direct.upheld")),
        ("And for lawsuits after reconsideration?", E("sy", "a.litigation_after_review.upheld")),
        ("And reconsiderations themselves?", E("sy", "a.review.upheld")),
        ("Total those three upheld counts.", E("sy", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld",
                                                     "a.review.upheld"])),
    ], "switch appeals group twice, add up")
    f("en", [
        ("How many followers does the 'Shanghai Keji' WeChat account of the Shanghai science commission have per its 2024 report?",
         EN("kw", "关注人数达 1016823", 1016823, "人")),
        ("And how many of the commission's 2024 new requests came from companies?", E("kw", "r.received.commercial")),
    ], "narrative then table (text cell of 007)")
    f("en", [
        ("In the Shanghai General Office's 2025 report, how many city government press conferences were held?",
         EN("sh25", "新闻发布会 42", 42, "场")),
        ("And how many lawsuits after reconsideration did the General Office face that year?",
         E("sh25", "a.litigation_after_review.total")),
    ], "narrative then table (text cell of 008)")
    f("en", [
        ("How many requests carried over from 2023 did Huai'an handle in its 2024 report?",
         E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
        ("And how many requests from individuals did it handle in total in 2024?", E("ha", "r.total_processed.natural_person")),
        ("Which districts of the city did those individuals live in?", U("no breakdown by residence")),
    ], "switch row and column; end unanswerable")
    f("en", [
        ("Jianxi District office 2020: what was the centralised procurement amount in 10k yuan?",
         Em("jx", "c.procurement.amount")),
        ("How many projects was that?", E("jx", "c.procurement.projects")),
        ("Which suppliers won those contracts?", U("suppliers not listed")),
    ], "switch column; end unanswerable")
    f("en", [
        ("How many disclosure reconsiderations did Hongze District have in 2024?", E("hz24", "a.review.total")),
        ("Direct lawsuits?", E("hz24", "a.litigation_direct.total")),
        ("Lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
        ("Add all three up.", E("hz24", ["a.review.total", "a.litigation_direct.total",
                                         "a.litigation_after_review.total"])),
    ], "switch group twice, add up (text cells of 005)")
    f("en", [
        ("How many requests did Shuyang County handle in 2025?",
         E("sy", "r.total_processed.total", alt=("共办理 718", 718))),
        ("How many were carried forward to 2026?", E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
        ("And how many were newly received during 2025 - the table's new-requests row, not the narrative figure that includes carry-overs?",
         E("sy", "r.received.total")),
    ], "switch row; the last turn names the table row (713, not the text's 749)")
    f("en", [
        ("How many disclosure reconsideration cases did the Shanghai General Office have in 2019?",
         E("sh19", "a.review.total", alt=("行政复议7件", 7))),
        ("And in 2025?", E("sh25", "a.review.total")),
        ("Which of those two years came out ahead, and by what margin?", ED("sh19", "sh25", "a.review.total")),
    ], "switch year (上海市府办), compare")
    f("en", [
        ("How many Huai'an applications in 2024 were dropped because the applicant didn't correct them in time?",
         E("ha", "r.other.overdue_correction.total")),
        ("Of those, how many came from individuals?", E("ha", "r.other.overdue_correction.natural_person")),
        ("And from legal service firms?", E("ha", "r.other.overdue_correction.legal_services")),
    ], "'of those' by column")
    f("en", [
        ("Per Shuyang County's 2025 narrative, how many reconsideration and litigation cases did the county handle?",
         EN("sy", "共办理相关案件 74", 74, "件")),
        ("And how many of those were reconsiderations, per the table?", E("sy", "a.review.total")),
        ("Of the reconsiderations, how many were corrected?", E("sy", "a.review.corrected")),
    ], "narrative then table, then 'of those'")
    f("en", [
        ("How many normative documents did the Shanghai science commission issue in 2024?",
         E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
        ("How many were in force?", E("kw", "c.normative_docs.in_force")),
        ("How many did it repeal in 2023?", U("year not held (上海市科委 2023)")),
    ], "switch column (text cells of 007); end with a year not held")
    f("en", [
        ("How many requests did Hongze District fully grant in 2023?", E("hz23", "r.granted.total")),
        ("Now the 2024 figure, please.", E("hz24", "r.granted.total")),
        ("What's the change from 2023 to 2024?", ED("hz23", "hz24", "r.granted.total")),
    ], "switch year (洪泽), difference")
    f("en", [
        ("How many requests did the Shanghai General Office fully grant in 2025?", E("sh25", "r.granted.total")),
        ("Sorry, I actually meant the ones carried forward to the next year.", E("sh25", "r.carried_forward.total")),
        ("And the ones carried into 2025 from before?", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
    ], "self-correction of the row, then switch row (text cells of 008)")
    f("en", [
        ("How many licensing decisions did Huai'an make in 2024?", E("ha", "c.licensing.decisions")),
        ("What about administrative penalty decisions that year?", E("ha", "c.punishment.decisions")),
        ("How many of those penalties were fines above 10,000 yuan?", U("no breakdown of penalties")),
    ], "switch row; end unanswerable")
    f("en", [
        ("How many requests did the Jianxi District office grant in 2020?", E("jx", "r.granted.total")),
        ("Is that including partial grants? How many partial ones were there?", E("jx", "r.partially_granted.total")),
        ("Hmm, let me ask about Hongze District in 2023 instead - partial grants there?", E("hz23", "r.partially_granted.total")),
    ], "check the figure, then switch body")
    f("en", [
        ("How many Shuyang County 2025 requests were withheld because they'd endanger security and stability?",
         E("sy", "r.withheld.security_stability.total")),
        ("And to protect a third party?", E("sy", "r.withheld.third_party.total")),
        ("So what's the total refused on all eight grounds?", E("sy", "r.withheld.total")),
    ], "switch row, derived 不予公开 total")
    f("en", [
        ("How many new requests did legal service organisations file with the Shanghai General Office in 2019?",
         E("sh19", "r.received.legal_services")),
        ("And the 'other organisations' column?", E("sh19", "r.received.other_org")),
        ("Add those two up.", E("sh19", ["r.received.legal_services", "r.received.other_org"])),
    ], "switch column, add up")
    f("en", [
        ("In its 2024 narrative, how many policy documents of the city government and its office does Huai'an say it published?",
         EN("ha", "政策性文件 11", 11, "件")),
        ("And how many normative documents does the table say were issued that year?", E("ha", "c.normative_docs.issued")),
    ], "narrative (11 政策性文件) vs table 制发 (8): different concepts")
    f("en", [
        ("How many normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
        ("How many did it repeal?", E("sy", "c.normative_docs.repealed")),
        ("And how many remain in force?", E("sy", "c.normative_docs.in_force")),
    ], "switch column twice")
    f("en", [
        ("How many direct lawsuits over disclosure did the Shanghai General Office face in 2025?",
         E("sh25", "a.litigation_direct.total")),
        ("How many of them were undecided at year end?", E("sh25", "a.litigation_direct.pending")),
        ("What were the plaintiffs' main complaints?", U("reasons not stated")),
    ], "'of those' (text cells of 008); end unanswerable")
    f("en", [
        ("How many normative documents did Hongze District issue in 2024?", E("hz24", "c.normative_docs.issued")),
        ("And how many were in force?", E("hz24", "c.normative_docs.in_force")),
        ("What was the in-force number in 2023?", E("hz23", "c.normative_docs.in_force")),
    ], "switch column, then year")
    f("en", [
        ("How many Huai'an requests were withheld as internal affairs information in 2024?",
         E("ha", "r.withheld.internal_affairs.total")),
        ("How many of those came from businesses?", E("ha", "r.withheld.internal_affairs.commercial")),
        ("Actually, I meant administrative enforcement files, total.", E("ha", "r.withheld.enforcement_files.total")),
    ], "'of those', then self-correction of the row")
    f("en", [
        ("How many new requests did individuals file with Shuyang County in 2025 - the table's new-requests row only?",
         E("sy", "r.received.natural_person")),
        ("And legal service firms?", E("sy", "r.received.legal_services")),
        ("So how many came from organisations of any kind?",
         E("sy", "r.received.legal_person", alt=("法人或其他组织申请 8", 8))),
    ], "switch column, derived legal_person (text's 8 agrees)")
    f("en", [
        ("How many requests did the Shanghai science commission handle in 2024, per the table?",
         E("kw", "r.total_processed.total")),
        ("How many came over from the year before?", E("kw", "r.carried_over.total", alt=("申请 2 件", 2))),
        ("Were both of those carried-over requests granted?", U("outcomes of carried-over requests not stated")),
    ], "switch row (text cells of 007); end unanswerable")
    f("en", [
        ("How many lawsuits after reconsideration did the Jianxi District office have in 2020?",
         E("jx", "a.litigation_after_review.total")),
        ("How many were upheld?", E("jx", "a.litigation_after_review.upheld")),
        ("Which court heard it?", U("court not named")),
    ], "'of those'; end unanswerable")
    f("en", [
        ("How many duplicate requests from individuals did the Shanghai General Office decline to process in 2019?",
         E("sh19", "r.not_processed.duplicate.natural_person")),
        ("And from businesses?", E("sh19", "r.not_processed.duplicate.commercial")),
        ("Combined?", E("sh19", ["r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"])),
    ], "switch column, add up (总计 printed blank)")
    f("en", [
        ("Hongze District 2023 versus 2024: first, how many licensing decisions were there in 2023?",
         E("hz23", "c.licensing.decisions")),
        ("And how many times did the district publish its executive meetings in 2024?",
         EN("hz24", "公开政府常务会议 7", 7, "期")),
        ("And the 2024 penalty decisions?", E("hz24", "c.punishment.decisions")),
    ], "switch year and from table to narrative and back")
    f("en", [
        ("How many requests from legal service firms did Huai'an fully grant in 2024?", E("ha", "r.granted.legal_services")),
        ("And partially grant?", E("ha", "r.partially_granted.legal_services")),
        ("And answer that the city didn't hold the information?", E("ha", "r.unable.not_held.legal_services")),
    ], "switch row within one column")
    f("en", [
        ("How many Shuyang County reconsideration cases in 2025 ended with the decision corrected?",
         E("sy", "a.review.corrected")),
        ("Sorry, I meant lawsuits after reconsideration - corrected?", E("sy", "a.litigation_after_review.corrected")),
        ("And pending in that group?", E("sy", "a.litigation_after_review.pending")),
    ], "self-correction of the group, then switch column")
    f("en", [
        ("How many items did the Shanghai international services portal publish according to the General Office's 2025 report?",
         EN("sh25", "共发布各类信息 13528", 13528, "条")),
        ("And how many new disclosure requests came from companies that year?", E("sh25", "r.received.commercial")),
    ], "narrative then table (text cell of 008)")
    f("en", [
        ("How many Huai'an requests from individuals were carried forward at the end of 2024?",
         E("ha", "r.carried_forward.natural_person")),
        ("Any from legal service firms in that number?", E("ha", "r.carried_forward.legal_services")),
        ("How many of those carried-forward requests were eventually granted in 2025?", U("later year not held")),
    ], "switch column; end with a later year not held")
    f("en", [
        ("How many licensing decisions did Shuyang County report for 2025?", E("sy", "c.licensing.decisions")),
        ("Actually I wanted Huai'an's figure for 2024.", E("ha", "c.licensing.decisions")),
        ("And Hongze District's for 2023?", E("hz23", "c.licensing.decisions")),
    ], "self-correction of the body, then switch body")
    f("en", [
        ("How many requests did the Shanghai General Office finish handling in 2019?",
         E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805", 805))),
        ("How many of them were from individuals?", E("sh19", "r.total_processed.natural_person")),
        ("What about law firms and similar legal service providers?", E("sh19", "r.total_processed.legal_services")),
    ], "'of those' by column")
    f("en", [
        ("In the Jianxi District office's 2020 report, how many decisions on other external management services are listed?",
         E("jx", "c.other_services.decisions")),
        ("And licensing decisions?", E("jx", "c.licensing.decisions")),
        ("What was the average processing time for those licences?", U("processing times not stated")),
    ], "switch row (2019 format); end unanswerable")
    f("en", [
        ("How many Huai'an reconsideration cases in 2024 ended with some other outcome?",
         E("ha", "a.review.other", alt=("其他结果 178", 178))),
        ("And in direct lawsuits?", E("ha", "a.litigation_direct.other")),
        ("And in lawsuits after reconsideration?", E("ha", "a.litigation_after_review.other")),
        ("What do these 'other outcomes' mostly consist of?", U("reasons not stated")),
    ], "switch group twice; end unanswerable")
    f("en", [
        ("What's the total number of Huai'an requests still open at the end of 2024 and moved on to the next year?",
         E("ha", "r.carried_forward.total", alt=("103 件顺延", 103))),
        ("Are any of those from companies? How many?", E("ha", "r.carried_forward.commercial")),
        ("And the same total for Shuyang County at the end of 2025?",
         E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
    ], "check the figure by column, then switch body")
    return P


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followup()
