"""Question bank of blind evaluation set 341 (evals/blind341), prefix lw.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Emphasis: about a third of the conversations look answerable but must get no number
([cannot]); the rest keeps blind6's proportions. All wordings were newly written for this set.
The bank only names bodies, keys, keywords and the wording; every number in an `expect` is
computed by helpers341 (gold JSON, printed text rows, sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib341 as L  # noqa: E402
from helpers341 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# Printed cells of the three reports without gold: the same 42 specs blind6's text_cells.json
# verified (005 洪泽区 2024, 007 上海市科委 2024, 008 上海市府办 2025). Nothing new.
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

WM = "万元"
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


# ---------------------------------------------------------------- [plain] value
def plain():
    P = "[plain] "
    return [
        # 淮安市 2024 (gold)
        V("zh", "ha", "c.punishment.decisions", "淮安市政府2024年的年报里，行政处罚决定一共做了多少个？", P + "punishment decisions"),
        V("en", "ha", "r.partially_granted.total", "In Huai'an's 2024 disclosure report, how many requests were answered with only part of the information released?", P + "partially granted"),
        V("zh", "ha", "r.withheld.admin_query.total", "24年淮安那边以“属于行政查询事项”为由没给公开的申请有几件", P + "withheld: admin query"),
        V("en", "ha", "c.fees.amount", "How much did Huai'an collect in administrative and institutional fees in 2024, going by its disclosure report?", P + "fees in 万元", unit=WM),
        V("zh", "ha", "r.received.legal_services", "淮安2024年，律所之类的法律服务机构新递交的公开申请有多少？", P + "received, legal services column"),
        V("en", "ha", "c.licensing.decisions", "huai'an city 2024 - number of administrative licensing decisions in the report?", P + "licensing decisions"),
        V("zh", "ha", "r.other.overdue_correction.total", "二〇二四年淮安市政府收到的申请中，因为申请人一直没补正材料、最后不再处理的有几件？", P + "other handling: no correction"),
        V("en", "ha", "r.not_processed.petition.total", "For Huai'an in 2024, how many applications were set aside because they were really complaints or petitions (信访举报)?", P + "not processed: petition"),
        V("zh", "ha", "c.normative_docs.in_force", "淮安市到2024年底还有效的行政规范性文件是多少件？", P + "normative docs in force"),
        V("en", "ha", "r.unable.not_held.total", "How many Huai'an requests in 2024 got the answer that the government simply doesn't have that information?", P + "unable: not held"),
        V("zh", "ha", "r.withheld.third_party.total", "2024年淮安市政府因为会损害第三方合法权益而不公开的，有几件？", P + "withheld: third party"),
        V("en", "ha", "a.litigation_direct.total", "In 2024 how many disclosure lawsuits did Huai'an face that went straight to court, with no administrative review first?", P + "direct lawsuits total"),
        V("zh", "ha", "a.review.corrected", "淮安市2024年的政府信息公开行政复议，最后被纠正的有多少件？", P + "review corrected; text agrees", alt=("结果纠正 64", 64)),
        V("en", "ha", "r.received.natural_person", "Huai'an 2024: new requests filed by private individuals — how many?", P + "received, natural persons"),
        V("zh", "ha", "c.coercion.decisions", "淮安24年行政强制决定数是多少", P + "coercion decisions"),
        V("en", "ha", "r.withheld.state_secret.total", "How many of Huai'an's 2024 requests were refused on state-secret grounds?", P + "withheld: state secret"),
        # 沭阳县 2025 (gold)
        V("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可决定数量是多少？", P + "licensing decisions"),
        V("en", "sy", "r.granted.total", "Shuyang County's 2025 report — how many requests had the information released in full?", P + "granted in full"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年因为属于三类内部事务信息没公开的有几件？", P + "withheld: internal affairs"),
        V("en", "sy", "a.review.total", "In its 2025 report, how many administrative review cases over disclosure does Shuyang list altogether?", P + "review total"),
        V("zh", "sy", "c.fees.amount", "沭阳县政府2025年行政事业性收费金额是多少万元？", P + "fees in 万元", unit=WM),
        V("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: how many requests were dropped because the applicant never paid the processing fee they were billed?", P + "other handling: fee unpaid"),
        V("zh", "sy", "r.not_processed.duplicate.total", "2025年沭阳被认定为重复申请、不予处理的有几件", P + "not processed: duplicate"),
        V("en", "sy", "r.carried_forward.total", "How many applications still open at the end of 2025 did Shuyang move over to the next year's workload?", P + "carried forward; text agrees", alt=("结转下一年 31", 31)),
        V("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年现行有效的行政规范性文件有多少件？", P + "normative docs in force"),
        V("en", "sy", "a.review.pending", "Shuyang County 2025: how many administrative review cases were still undecided at year end?", P + "review pending"),
        V("zh", "sy", "r.granted.legal_services", "沭阳2025年法律服务机构提出的申请，予以公开的有几件？", P + "granted, legal services column"),
        V("en", "sy", "r.other.other.total", "In 2025, how many Shuyang requests fell under the catch-all '3. other' line of the other-handling block?", P + "other handling: other"),
        V("zh", "sy", "c.punishment.decisions", "沭阳县2025年一共作出了多少个行政处罚决定", P + "punishment decisions"),
        V("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: number of requests where the county said it would have had to compile the information from scratch?", P + "unable: needs creation"),
        # 上海市府办 2019 (gold)
        V("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅对外公开的规章总数量是多少？", P + "regulations total published"),
        V("en", "sh19", "c.procurement.projects", "How many centralized government procurement projects did the Shanghai government general office report for 2019?", P + "procurement projects"),
        V("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的总金额是多少万元？", P + "procurement amount 万元 (251000元 printed)", unit=WM),
        V("en", "sh19", "r.received.commercial", "Shanghai General Office 2019: how many new disclosure applications came from businesses?", P + "received, commercial"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅收到的个人申请里，有多少件因为属于信访举报投诉类被不予处理？", P + "petition, natural persons"),
        V("en", "sh19", "r.carried_forward.total", "In 2019, how many requests did the Shanghai General Office push into the following year because they weren't done yet?", P + "carried forward; text agrees", alt=("72件申请按照", 72)),
        V("zh", "sh19", "c.regulations.published", "上海市府办2019年本年新公开的规章有多少件", P + "regulations newly published; text agrees", alt=("规章13件", 13)),
        V("en", "sh19", "c.normative_docs.made", "Shanghai municipal government general office, 2019 report: how many normative documents were newly drawn up?", P + "normative docs made; text agrees", alt=("行政规范性文件60件", 60)),
        V("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅，自然人申请中因为没有现成信息、需要另行制作而无法提供的有多少？", P + "needs creation, natural persons"),
        V("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年个人申请里，补正以后内容还是不明确的有几件？", P + "unclear, natural persons"),
        # 洪泽区 2023 (gold)
        V("zh", "hz23", "c.licensing.decisions", "洪泽区2023年行政许可的处理决定数", P + "licensing decisions"),
        V("en", "hz23", "c.normative_docs.repealed", "Hongze District, 2023: how many normative documents were repealed?", P + "normative docs repealed"),
        V("zh", "hz23", "r.unable.not_held.total", "2023年洪泽区政府因为本机关不掌握、没法提供的申请有多少件？", P + "unable: not held"),
        V("en", "hz23", "a.review.upheld", "How many administrative review cases in Hongze's 2023 disclosure report ended with the original decision upheld?", P + "review upheld (printed total 0 avoided)"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年的行政事业性收费金额", P + "fees in 万元", unit=WM),
        V("en", "hz23", "r.partially_granted.total", "hongze 2023 — requests that were partly disclosed?", P + "partially granted"),
        V("zh", "hz23", "r.withheld.enforcement_files.total", "23年洪泽因为是行政执法案卷而不公开的有几件", P + "withheld: enforcement files"),
        V("en", "hz23", "r.withheld.process_info.total", "In 2023, how many applications to Hongze District were refused because they touched on process information (过程性信息)?", P + "withheld: process info"),
        V("zh", "hz23", "c.coercion.decisions", "洪泽区2023年行政强制决定的数量？", P + "coercion decisions"),
        # 涧西区 2020 (gold)
        V("zh", "jx", "c.normative_docs.made", "涧西区政府办2020年规范性文件本年新制作了几件？", P + "normative docs made (2019 format)"),
        V("en", "jx", "r.granted.total", "Jianxi District government office 2020: how many requests were disclosed in full?", P + "granted"),
        V("zh", "jx", "r.carried_forward.total", "涧西区政府办2020年年底还没办完、要结转下年度继续办的申请有几件？", P + "carried forward; text agrees", alt=("在办2件", 2)),
        V("en", "jx", "c.procurement.amount", "How much money did centralized procurement come to for Jianxi's government office in 2020, in units of 10,000 yuan?", P + "procurement amount 万元", unit=WM),
        V("zh", "jx", "r.unable.not_held.total", "2020年涧西区政府办有多少件申请是因为手上没有相关信息所以没法提供的？", P + "unable: not held"),
        V("en", "jx", "a.review.total", "Jianxi 2020: how many administrative review cases were there about disclosure?", P + "review total"),
        V("zh", "jx", "r.received.natural_person", "涧西区政府办2020年新收的申请中，来自个人的有几件", P + "received, natural persons"),
        # 上海市府办 2025 (text rows)
        V("zh", "sh25", "r.received.commercial", "上海市政府办公厅2025年，商业企业新提交的信息公开申请有多少件？", P + "received, commercial (text row)"),
        V("en", "sh25", "a.litigation_direct.pending", "Of the Shanghai General Office's 2025 lawsuits filed without a prior review, how many were still undecided?", P + "direct lawsuits pending (text row)"),
        V("zh", "sh25", "r.unable.not_held.total", "2025年上海市府办因“本机关不掌握相关政府信息”无法提供的有多少件？", P + "unable: not held (text row)"),
        V("en", "sh25", "a.review.total", "In 2025, how many disclosure-related administrative reviews did the Shanghai government general office have in total?", P + "review total (text row; includes carried-over cases as printed)"),
        V("zh", "sh25", "a.litigation_after_review.total", "上海市府办2025年先复议、后起诉的行政诉讼总共几件", P + "after-review lawsuits (text row)"),
        V("en", "sh25", "r.carried_forward.total", "How many of the Shanghai General Office's 2025 requests were unfinished and rolled into the next year?", P + "carried forward (text row)"),
        V("zh", "sh25", "r.granted.total", "2025年上海市政府办公厅予以公开的申请一共有多少件", P + "granted (text row)"),
        # 洪泽区 2024 (text rows)
        V("en", "hz24", "c.punishment.decisions", "Hongze District 2024, administrative penalty decisions — how many?", P + "punishment decisions (text row)"),
        V("zh", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费收了多少万元", P + "fees in 万元 (text row)", unit=WM),
        V("en", "hz24", "r.granted.total", "How many requests did Hongze District grant in full in 2024?", P + "granted (text row)"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽2024年因为本机关不掌握相关信息而无法提供的申请有几件？", P + "unable: not held (text row)"),
        V("en", "hz24", "c.normative_docs.issued", "Hongze, 2024: how many normative documents were newly issued?", P + "normative docs issued (text row)"),
        # 上海市科委 2024 (text rows)
        V("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定有多少", P + "licensing decisions (text row)"),
        V("en", "kw", "c.normative_docs.in_force", "STCSM 2024: how many normative documents were still in force?", P + "normative docs in force (text row)"),
        V("en", "kw", "r.received.natural_person", "Shanghai science commission, 2024 — how many of the new requests were sent in by individuals?", P + "received, natural persons (text row)"),
        V("zh", "kw", "r.total_processed.total", "上海市科学技术委员会2024年办理结果的总计是多少件？", P + "total processed (text row)"),
    ]


# ---------------------------------------------------------------- [combine] sum / difference
def combine():
    P = "[combine] "
    return [
        S("zh", "ha", WITHHELD8, "淮安市2024年不予公开的申请合计多少件？把八种不予公开的理由都加起来。", P + "sum of the 8 withheld sub-items"),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "Huai'an 2024: add up all the requests that ended as 'unable to provide', across its three reasons.", P + "sum of the 3 unable sub-items"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安2024年政府信息公开行政诉讼总共多少件？直接起诉和复议后起诉合在一起算。", P + "direct + after-review lawsuits; text states 46", alt=("行政诉讼 46", 46)),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"],
          "Shuyang 2025: how many requests ended up with the information released either fully or in part?", P + "granted + partially granted"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年行政复议加上两类行政诉讼，一共是多少件？", P + "review + both lawsuit totals; text states 74", alt=("74 件", 74)),
        S("en", "sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
          "For Shuyang in 2025, what do the five 'not processed' reasons add up to?", P + "sum of the 5 not-processed sub-items"),
        S("zh", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "2019年上海市府办的行政复议和直接起诉的行政诉讼加起来有多少件？", P + "review + direct lawsuits"),
        S("en", "sh19", ["r.received.total", "r.carried_over.total"],
          "Shanghai General Office 2019: new requests plus the ones carried in from the year before — what's the combined figure?", P + "received + carried over"),
        S("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2023年行政处罚和行政强制的处理决定合计多少个", P + "punishment + coercion"),
        S("en", "jx", ["r.total_processed.total", "r.carried_forward.total"],
          "Jianxi District government office 2020: requests finished plus those still being handled at year end, added together?", P + "total processed + carried forward"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市府办2025年信访举报投诉类和重复申请这两种不予处理的，合计几件？", P + "petition + duplicate (text rows)"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new applications plus those carried over — what's the total workload?", P + "received + carried over (text rows)"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "淮安2024年“其他处理”下面三个小项加起来是多少？", P + "sum of the 3 other-handling sub-items"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定数，2024年比2023年多了多少？", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "How did Hongze's administrative penalty decisions change from 2023 to 2024? Give me the difference.", P + "difference 2023->2024 (negative)"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效的行政规范性文件，从2023年到2024年增加了几件？", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze District fee income: 2024 compared with 2023, what's the difference in 万元?", P + "difference 2023->2024 in 万元", unit=WM),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收的申请数，2025年比2019年多出多少件？", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: how much bigger was the pile of requests carried into the next year in 2025 than in 2019?", P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办的行政复议总数，2019年和2025年相差几件？", P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District, requests it couldn't fulfil because it didn't hold the information — change from 2023 to 2024?", P + "difference 2023->2024"),
    ]


# ---------------------------------------------------------------- [rank]
def rank():
    P = "[rank] "
    return [
        R("zh", ["jx", "ha", "sy"], "r.received.total", "asc",
          "涧西区政府办2020年、淮安市政府2024年、沭阳县政府2025年，谁新收的申请最少？", P + "received, fewest"),
        R("en", ["ha", "sy", "sh19"], "a.review.total", "desc",
          "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which reported the most administrative reviews over disclosure?", P + "review total, most"),
        R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
          "淮安2024、洪泽2023、沭阳2025这三家，行政事业性收费金额谁最高？", P + "fees, highest"),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.carried_over.total", "desc",
          "Rank Jianxi (2020), Hongze (2023), Shuyang (2025) and the Shanghai General Office (2019) by applications carried over from the previous reporting year — who had the most?", P + "carried over, most"),
        R("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
          "比一比：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，自然人的信访举报投诉类申请哪家最多？", P + "petition natural persons, most"),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "Which had the fewest administrative coercion decisions: Huai'an in 2024, Hongze in 2023, or Shuyang in 2025?", P + "coercion, fewest"),
        R("zh", ["jx", "hz23", "sy", "sh19"], "r.carried_forward.total", "desc",
          "涧西2020、洪泽2023、沭阳2025、上海市府办2019，这四家年底结转到下一年度的申请，谁最多？", P + "carried forward, most"),
        R("en", ["ha", "hz23", "sy"], "r.partially_granted.total", "desc",
          "Between Huai'an 2024, Hongze 2023 and Shuyang 2025, who had the most requests where the information was only partly released?", P + "partially granted, most"),
        R("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc",
          "淮安2024年、沭阳2025年、上海市府办2019年，商业企业新提交的申请哪家最少？", P + "received commercial, fewest"),
        R("en", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "Of Jianxi District (2020), Shuyang County (2025) and the Shanghai General Office (2019), which had the most lawsuits filed directly without a review first?", P + "direct lawsuits, most"),
    ]


# ---------------------------------------------------------------- [followup]
def followup():
    P = "[followup] "
    return [
        F("zh", [("洪泽区2023年行政许可处理决定有多少？", E("hz23", "c.licensing.decisions")),
                 ("换到2024年这个数变成多少了？", E("hz24", "c.licensing.decisions"))], P + "year switch"),
        F("en", [("How many disclosure applications did the Shanghai General Office newly receive in 2025?",
                  E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
                 ("And going back to 2019, how many were there?",
                  E("sh19", "r.received.total", alt=("共受理政府信息公开申请859件", 859)))], P + "year switch; texts agree"),
        F("zh", [("沭阳县2025年行政复议里结果维持的有几件？", E("sy", "a.review.upheld")),
                 ("淮安市2024年按同样口径是多少？", E("ha", "a.review.upheld", alt=("结果维持 72", 72)))], P + "body switch"),
        F("en", [("Huai'an 2024: how many new applications came from commercial enterprises?", E("ha", "r.received.commercial")),
                 ("And from legal service organisations?", E("ha", "r.received.legal_services")),
                 ("Plus the 'other organisations' column on its own?", E("ha", "r.received.other_org"))], P + "column switch, 3 turns"),
        F("zh", [("淮安市2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
                 ("部分公开的又是多少？", E("ha", "r.partially_granted.total"))], P + "row switch"),
        F("en", [("In Shuyang's 2025 report, how many lawsuits filed directly (no prior review) ended with the decision upheld?", E("sy", "a.litigation_direct.upheld")),
                 ("And for suits filed after a review?", E("sy", "a.litigation_after_review.upheld"))], P + "appeals group switch"),
        F("zh", [("上海市科委2024年新收了多少件信息公开申请？", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
                 ("这34件里男性和女性各占多少？", EU("sex of applicants is not reported"))], P + "then a breakdown the report does not print (sex)"),
        F("en", [("How many requests did Jianxi District's government office receive in 2020?", E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
                 ("Which months did they come in?", EU("no monthly breakdown in the report"))], P + "then a breakdown the report does not print (month)"),
        F("zh", [("洪泽区2023年予以公开的申请有几件？", E("hz23", "r.granted.total")),
                 ("到了2024年是多少件？", E("hz24", "r.granted.total"))], P + "year switch"),
        F("en", [("How many administrative penalty decisions did Shuyang County record in 2025?", E("sy", "c.punishment.decisions")),
                 ("What about Hongze District in its 2024 report?", E("hz24", "c.punishment.decisions"))], P + "body and year switch"),
        F("zh", [("沭阳2025年因为本机关不掌握相关信息而无法提供的有多少件？", E("sy", "r.unable.not_held.total")),
                 ("需要另行制作的呢？", E("sy", "r.unable.needs_creation.total")),
                 ("补正后申请内容仍不明确的有几件？", E("sy", "r.unable.unclear.total"))], P + "row switch, 3 turns"),
        F("en", [("Shanghai General Office 2019 — how many disclosure lawsuits were filed directly, without going through review first?",
                  E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
                 ("How many in the 2025 report?", E("sh25", "a.litigation_direct.total"))], P + "year switch"),
        F("zh", [("上海市政府办公厅2025年从上年结转过来的申请里，自然人有多少件？", E("sh25", "r.carried_over.natural_person")),
                 ("法律服务机构那一栏呢？", E("sh25", "r.carried_over.legal_services")),
                 ("所有申请人合计是多少？", E("sh25", "r.carried_over.total", alt=("含上年结转 189", 189)))], P + "column switch, 3 turns"),
        F("en", [("Huai'an's 2024 report: how many administrative reviews about disclosure were still pending at year end?",
                  E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
                 ("Which government departments were those 37 reviews brought against?", EU("no breakdown by department"))],
          P + "then a breakdown the report does not print (department)"),
        F("zh", [("淮安市2024年行政规范性文件废止了多少件？", E("ha", "c.normative_docs.repealed")),
                 ("沭阳县2025年废止的有几件？", E("sy", "c.normative_docs.repealed"))], P + "body switch"),
        F("en", [("How many normative documents were in force in Hongze District in 2023?", E("hz23", "c.normative_docs.in_force")),
                 ("And what does Hongze's 2024 report give for the same thing?", E("hz24", "c.normative_docs.in_force"))], P + "year switch"),
        F("zh", [("洪泽区2023年行政复议结果纠正的有几件？", E("hz23", "a.review.corrected")),
                 ("复议后起诉的行政诉讼里结果维持的有几件？", E("hz23", "a.litigation_after_review.upheld"))], P + "appeals group switch"),
        F("en", [("Shuyang County 2025 — requests refused because disclosure would endanger the 'three securities and one stability'?", E("sy", "r.withheld.security_stability.total")),
                 ("And how many were refused as administrative enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], P + "row switch"),
        F("zh", [("沭阳县2025年行政许可处理决定有多少？", E("sy", "c.licensing.decisions")),
                 ("这些许可按乡镇分别是多少？", EU("no breakdown by township"))], P + "then a breakdown the report does not print (township)"),
        F("en", [("What was Hongze District's administrative fee income in 2023?", E("hz23", "c.fees.amount", unit=WM)),
                 ("Huai'an city's figure for 2024, please?", E("ha", "c.fees.amount", unit=WM)),
                 ("And Shuyang, 2025?", E("sy", "c.fees.amount", unit=WM))], P + "body switch, 3 turns"),
        F("zh", [("上海市府办2019年结转到下年度继续办理的申请有多少件？", E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
                 ("2025年的年报里这一项是多少？", E("sh25", "r.carried_forward.total"))], P + "year switch"),
        F("en", [("STCSM 2024: how many new requests came from individuals?", E("kw", "r.received.natural_person")),
                 ("And from companies?", E("kw", "r.received.commercial"))], P + "column switch"),
        F("zh", [("淮安市2024年一共收了多少政府信息公开信息处理费？", EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
                 ("这3940元分别是哪几位申请人交的？", EU("names of fee payers are personal data and not in the report"))],
          P + "narrative number, then personal data"),
        F("en", [("Huai'an 2024: how many applications did the city decline as repeat applications?", E("ha", "r.not_processed.duplicate.total")),
                 ("And ones asking the government to confirm or re-issue information the applicant already has?", E("ha", "r.not_processed.reconfirm.total"))], P + "row switch"),
        F("zh", [("洪泽区2023年未经复议直接起诉的行政诉讼有几件？", E("hz23", "a.litigation_direct.total")),
                 ("那2024年的年报里是几件？", E("hz24", "a.litigation_direct.total"))], P + "year switch"),
        F("en", [("How many followers does the 'Shanghai Science and Technology' WeChat account have according to STCSM's 2024 report?",
                  EN("kw", "1016823", 1016823, "人")),
                 ("How many of those followers live outside Shanghai?", EU("no breakdown of followers by residence"))],
          P + "narrative number, then a sub-group the report does not print"),
        F("zh", [("上海市政府办公厅2019年新收申请里来自商业企业的有多少？", E("sh19", "r.received.commercial")),
                 ("上海市府办2025年的对应数字呢？", E("sh25", "r.received.commercial"))], P + "year switch"),
        F("en", [("Shanghai General Office 2025: how many requests were turned away as complaints or petitions?", E("sh25", "r.not_processed.petition.total")),
                 ("And how many were thrown out as duplicates?", E("sh25", "r.not_processed.duplicate.total"))], P + "row switch (text rows)"),
        F("zh", [("沭阳县2025年本年新收的政府信息公开申请有多少件（表格里新收那一项）？", E("sy", "r.received.total")),
                 ("其中涉及征地拆迁的有多少件？", EU("no breakdown by topic"))], P + "then a breakdown the report does not print (topic)"),
        F("en", [("Hongze District 2023: administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
                 ("Same figure from Hongze's 2024 report?", E("hz24", "c.coercion.decisions"))], P + "year switch"),
        F("zh", [("涧西区政府办2020年规章的对外公开总数是多少？", E("jx", "c.regulations.total_published")),
                 ("规范性文件的对外公开总数呢？", E("jx", "c.normative_docs.total_published"))], P + "row switch"),
    ]


# ---------------------------------------------------------------- [textonly] narrative
def textonly():
    P = "[textonly] "
    return [
        N("zh", "jx", "等26个试点领域", 26, "个", "涧西区政府办2020年对照了多少个试点领域的标准指引和目录？", P + "pilot areas", frm="对照省"),
        N("en", "jx", "601项事项", 601, "项", "Jianxi's 2020 report says its disclosure items were sorted into 21 domains — how many items in total?", P + "items in the list", frm="对照省"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年一共开了多少场新闻发布会？", P + "press conferences"),
        N("en", "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an Municipal People's Government Gazette came out in 2024?", P + "gazette issues"),
        N("zh", "ha", "共计 95", 95, "个", "淮安2024年全市还在运维的政务新媒体有多少个？", P + "new-media accounts"),
        N("zh", "ha", "4 次政府信息公开栏目", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", P + "full-coverage checks"),
        N("en", "hz23", "1136", 1136, "条", "According to Hongze District's 2023 report, how many pieces of government information went up on the government website platform?", P + "portal items"),
        N("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？", P + "portal items"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期", "How many executive meetings of the district government did Hongze make public in 2024?", P + "executive meetings published"),
        N("zh", "sy", "4511条", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", P + "portal items"),
        N("en", "sy", "爆款内容52条", 52, "条", "How many pieces of content went viral (爆款) in Shuyang's 2025 new-media work?", P + "viral posts"),
        N("zh", "sy", "催办提示 84", 84, "次", "沭阳2025年那个“倒计时报警器”一共发出了多少次催办提示？", P + "reminders sent"),
        N("en", "sy", "过期信息697", 697, "条", "How many outdated items did Shuyang clear out of its published information in 2025?", P + "outdated items cleared"),
        N("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年在办理之前主动跟申请人沟通了多少次？", P + "pre-handling consultations"),
        N("en", "sy", "失效链接43处", 43, "处", "How many dead links did Shuyang fix on its website in 2025?", P + "broken links fixed"),
        N("zh", "sy", "64家单位", 64, "家", "2025年沭阳全县集中公开年度报告的单位一共有多少家？", P + "units publishing annual reports"),
        N("en", "sy", "原创短视频1113", 1113, "个", "Shuyang's 2025 report: how many original short videos did the county push out?", P + "short videos"),
        N("zh", "kw", "短视频 584", 584, "条", "“上海科技”视频号2024年发布了多少条短视频？（市科委年报）", P + "short videos"),
        N("en", "kw", "直播 118", 118, "场", "How many live streams did the Shanghai science commission run in 2024?", P + "live streams"),
        N("zh", "kw", "政协提案 85", 85, "件", "市科委2024年主办和合办的政协提案有多少件？", P + "CPPCC proposals handled"),
        N("en", "kw", "编发文章 1640", 1640, "篇", "STCSM 2024: how many articles did the 'Shanghai Science and Technology' WeChat account put out?", P + "WeChat articles"),
        N("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府办公厅2025年开了多少场新闻通气会？", P + "press briefings"),
        N("en", "sh25", "主动撤回 157", 157, "件", "In 2025, how many requests to the Shanghai General Office were withdrawn by the applicants themselves?", P + "withdrawn requests"),
        N("zh", "sh25", "10 个语种", 10, "个", "2025年“上海国际服务门户”已经覆盖了几个语种？", P + "languages"),
        N("en", "sh25", "公报》24 期", 24, "期", "How many issues of the Shanghai Municipal People's Government Gazette did the General Office edit in 2025?", P + "gazette issues"),
        N("zh", "sh19", "政策解读共132件", 132, "件", "2019年上海市政府办公厅通过门户网站发布的政策解读一共多少件？", P + "policy interpretations"),
        N("en", "sh19", "共计38次", 38, "次", "In 2019, how many times did the Shanghai General Office put out authoritative releases on key items from executive meetings?", P + "executive-meeting releases"),
        N("zh", "sh19", "70家政府网站", 70, "家", "2019年上海每个季度全面检查的正常运行政府网站有多少家？", P + "websites checked"),
        N("en", "sh19", "人事任免文件141件", 141, "件", "How many personnel appointment and removal documents did the Shanghai General Office publish proactively in 2019?", P + "personnel documents", frm="2019年，通过"),
        N("en", "ha", "3940", 3940, "元", "What did Huai'an city charge in information-processing fees across 2024, in yuan?", P + "processing fee in 元", frm="2024 年，市政府严格"),
    ]


# ---------------------------------------------------------------- [neighbour] trap
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年接手过来、之前还没办完的申请有几件？", P + "上年结转 34 vs 结转下年 103"),
        T("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed only after the applicant had gone through administrative review first — how many?", P + "复议后起诉 10 vs 直接起诉 3"),
        T("zh", "hz23", "c.normative_docs.issued", "洪泽区2023年行政规范性文件本年新制发了几件？", P + "制发 0 vs 废止 5 / 现行有效 5"),
        T("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: requests refused as internal-affairs information (三类内部事务信息)?", P + "内部事务 8 vs 过程性信息 12"),
        T("zh", "sh19", "c.normative_docs.total_published", "2019年上海市府办对外公开的规范性文件总数是多少？", P + "对外公开总数 368 vs 新制作 60"),
        T("en", "jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi's office run in 2020 — the count, not the money?", P + "采购项目数 8 vs 金额 28.6232"),
        T("zh", "sy", "r.other.overdue_correction.total", "沭阳县2025年的申请里，因为申请人无正当理由逾期不补正而不再处理的有多少？", P + "逾期不补正 9 vs 逾期未缴费 7"),
        T("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: how many requests couldn't be met because the information would have had to be newly produced?", P + "另行制作 48 vs 不掌握 513"),
        T("zh", "ha", "a.review.other", "淮安2024年行政复议中结果为“其他结果”的有多少件？", P + "其他结果 178 vs 纠正 64; text agrees", alt=("其他结果 178", 178)),
        T("en", "kw", "c.normative_docs.issued", "STCSM 2024 normative documents: how many were newly issued that year (not the number in force)?", P + "制发 13 vs 现行有效 55"),
    ]


# ---------------------------------------------------------------- [cannot] unanswerable
def cannot():
    P = "[cannot] "
    zh = [
        ("我2024年3月给淮安市政府申请公开我家老房子的拆迁补偿协议，到现在也没收到答复。淮安2024年的年报能查到我这件办到哪一步了吗？",
         "one person's own request: the report gives only aggregate counts", "own request told as a story"),
        ("淮安市2024年那3119件申请里，女性申请人提交的有多少件？", "no breakdown by sex", "sex (quotes 3119)"),
        ("沭阳县2025年自然人新收的705件申请，按年龄段是怎么分布的？", "no breakdown by age", "age (quotes 705)"),
        ("洪泽区2024年的2776个行政处罚决定，哪个月份最多？", "no monthly breakdown", "month (quotes 2776)"),
        ("上海市府办2025年新收的1295件申请，第一季度收了多少件？", "no quarterly breakdown", "quarter (quotes 1295)"),
        ("淮安2024年的政府信息公开申请里，网上提交的有多少，写信寄过来的有多少？", "no breakdown by channel", "channel"),
        ("沭阳县2025年那111件“本机关不掌握”的申请，主要是哪些乡镇的事？", "no breakdown by township", "township (quotes 111)"),
        ("上海市政府办公厅2019年的859件申请中，关于旧区改造、房屋征收的有多少件？", "no breakdown by topic", "topic (quotes 859)"),
        ("淮安2024年商业企业提交的53件申请，都是哪些行业的企业？制造业的有几家？", "no breakdown by industry", "industry sub-group (quotes 53)"),
        ("洪泽区2023年的550个行政许可决定，分别是哪几个部门作出的？", "no breakdown by department", "department (quotes 550)"),
        ("上海市科委2024年新收的34件申请，申请人里有几个是外籍人士？", "no breakdown by nationality", "nationality (quotes 34)"),
        ("沭阳县2025年答复一件信息公开申请平均要用多少个工作日？", "response time not stated", "response days"),
        ("淮安市政府办公室专门做政务公开的工作人员有几个？2024年年报里写了吗？", "staff numbers not stated", "staff"),
        ("涧西区政府办2020年做政府信息公开一共花了多少经费？", "costs not stated", "cost"),
        ("上海市府办2025年政务公开工作的预算是多少钱？", "budget not stated", "budget"),
        ("洪泽区2024年群众对依申请公开答复的满意度是百分之多少？", "satisfaction not measured in the report", "satisfaction"),
        ("淮安2024年政务公开咨询电话一共接了多少个？", "phone calls not counted", "phone calls"),
        ("沭阳县2025年行政复议被纠正了10件，这10件各是因为什么被纠正的？", "reasons behind the count not given", "reasons (quotes 10)"),
        ("上海市府办2025年新收了1295件申请，年报里有没有说具体是哪些原因让申请量涨上去的？各占多少？", "causes of the increase not given", "reasons (quotes 1295)"),
        ("照淮安2024年的情况推算，淮安2025年大概会收到多少件信息公开申请？", "forecast; the report states no projection", "forecast"),
        ("你个人觉得沭阳县2025年的政务公开做得怎么样？满分十分能打几分？", "opinion, not a reported figure", "opinion"),
        ("“上海科技”公众号2024年有1016823个关注者，其中上海本地的有多少？", "followers are not broken down by residence", "followers sub-group (quotes 1016823)"),
        ("沭阳2025年的52条爆款内容里，哪个专栏出的最多，出了几条？", "viral posts not broken down by column", "sub-group (quotes 52)"),
        ("淮安市2024年的3119件申请里，洪泽区占了多少件？", "the Huai'an report does not attribute its count to districts", "share attributed to another body"),
        ("洪泽区2024年的2776个行政处罚，占淮安市2024年3985758个行政处罚的几成？年报里有这个说法吗？", "neither report attributes one body's figure to the other", "share attributed to another body"),
        ("南京市2024年政府信息公开年报里新收申请有多少件？", "南京市 is not in the corpus", "body not held"),
        ("淮安市2023年新收的政府信息公开申请有多少件？", "淮安市 2023 report is not in the corpus", "year not held"),
        ("沭阳县2024年行政处罚决定数是多少？", "沭阳县 2024 report is not in the corpus", "year not held"),
        ("上海市科委2025年的行政许可决定有多少个？", "上海市科委 2025 report is not in the corpus", "year not held"),
        ("涧西区政府办2021年收到了多少件依申请公开？", "涧西区 2021 report is not in the corpus", "year not held"),
        ("洛阳市政府2020年的信息公开年报里予以公开了多少件？", "洛阳市 is not in the corpus", "body not held"),
        ("上海市教委2024年新收了多少件政府信息公开申请？", "上海市教委 is not in the corpus", "body not held"),
        ("我是沭阳的一个老人，2025年申请看村里的低保名单，被答复不予公开。年报里那13件内部事务信息是不是就有我这件？",
         "one person's own request: the report gives only aggregate counts", "own request told as a story (quotes 13)"),
        ("淮安市2024年年报里，张建国提交的那几件申请最后是什么结果？", "named people are not in the report", "named person"),
        ("上海市府办2019年那148件信访类申请，申请人的电话和住址能发给我吗？", "personal data, not in the report", "personal data (quotes 148)"),
        ("沭阳2025年民政局收的那380元信息处理费，申请人要的是什么信息？为什么要收这么多？", "the report names only the department, not the request or its reason", "reasons / not stated (quotes 380)"),
        ("洪泽区2023年政府信息公开工作人员跟班学习，一共有多少人次？", "not stated", "quantity not stated"),
        ("上海市政府办公厅2025年的政策解读短视频里，播放量最高的是哪一条，播了多少次？", "not stated", "quantity not stated"),
        ("涧西区2020年那601项公开事项里，教育领域的有几项？", "items are not broken down by domain", "sub-group (quotes 601)"),
        ("淮安2024年开的12场新闻发布会，平均每场有多少家媒体到场？", "not stated", "quantity not stated (quotes 12)"),
        ("沭阳2025年结转下一年的31件申请，分别在哪几个部门手上？", "no breakdown by department", "department (quotes 31)"),
        ("上海市科委2024年那1件行政复议，申请人是个人还是企业？叫什么名字？", "appeals are not broken down by applicant; names are personal data", "personal / sub-group"),
        ("洪泽区2024年新收的95件申请里，有多少件是外地户籍的人申请的？", "no breakdown by residence", "residence (quotes 95)"),
    ]
    en = [
        ("I asked the Hongze District government in May 2024 for the planning permit of the factory next to my house and was told they don't hold it. Is my request one of the 31 'not held' cases in Hongze's 2024 report, and can I see how they decided?",
         "one person's own request: the report gives only aggregate counts", "own request told as a story (quotes 31)"),
        ("Of the 3001 requests private individuals sent to Huai'an in 2024, how many were filed by women?", "no breakdown by sex", "sex (quotes 3001)"),
        ("How old were the people behind the 32 individual requests STCSM got in 2024?", "no breakdown by age", "age (quotes 32)"),
        ("In 2025, in which month did the Shanghai General Office receive the most disclosure applications?", "no monthly breakdown", "month"),
        ("Shuyang 2025: how many of the 713 new applications arrived in the fourth quarter?", "no quarterly breakdown", "quarter (quotes 713)"),
        ("How many of Jianxi District's 17 requests in 2020 were submitted online rather than in person?", "no breakdown by channel", "channel (quotes 17)"),
        ("Which district of Shanghai sent the most disclosure requests to the Shanghai General Office in 2019?", "no breakdown by district", "district"),
        ("How many of Huai'an's 2024 disclosure requests were about land expropriation or housing demolition?", "no breakdown by topic", "topic"),
        ("Of the 36 requests businesses sent the Shanghai General Office in 2025, how many came from real estate developers?", "no breakdown by industry", "industry sub-group (quotes 36)"),
        ("Which Shuyang county departments issued the 693957 administrative penalty decisions in 2025, and how many did each issue?", "no breakdown by department", "department (quotes 693957)"),
        ("How many of the people who applied to the Shanghai General Office in 2025 were foreign nationals?", "no breakdown by nationality", "nationality"),
        ("On average, how many days did Huai'an take to answer a disclosure request in 2024?", "response time not stated", "response days"),
        ("How many staff does the Shanghai science commission have working on information disclosure, per its 2024 report?", "staff numbers not stated", "staff"),
        ("What did Hongze District spend on running its government website in 2023?", "costs not stated", "cost"),
        ("What budget did Shuyang County set aside for open-government work in 2025?", "budget not stated", "budget"),
        ("What satisfaction score did residents give Jianxi District's disclosure work in 2020?", "satisfaction not measured in the report", "satisfaction"),
        ("How many phone calls did the Huai'an government office's disclosure line take in 2024?", "phone calls not counted", "phone calls"),
        ("Why did 178 of Huai'an's 2024 administrative review cases end with an 'other' outcome? What were the reasons?", "reasons behind the count not given", "reasons (quotes 178)"),
        ("Shuyang had 61 administrative review cases in 2025 — what were the applicants mainly unhappy about, and how many complained about each thing?", "reasons behind the count not given", "reasons (quotes 61)"),
        ("Based on the 2023 and 2024 reports, how many applications will Hongze District get in 2025?", "forecast; the reports state no projection", "forecast"),
        ("Do you think the Shanghai General Office handled its 2025 requests well? I'd like your honest opinion.", "opinion, not a reported figure", "opinion"),
        ("The Shanghai science commission's video channel had 54373 followers in 2024 — how many of them are university students?", "followers are not broken down by kind", "followers sub-group (quotes 54373)"),
        ("Of the 157 requests applicants withdrew from the Shanghai General Office in 2025, why did they withdraw, and how many pulled out within a week?", "reasons and timing not given", "reasons / sub-group (quotes 157)"),
        ("What share of Huai'an's 2024 administrative penalty decisions were issued by Hongze District?", "the Huai'an report does not attribute its count to districts", "share attributed to another body"),
        ("Suqian City's 2025 disclosure report: how many requests were received?", "宿迁市 is not in the corpus", "body not held"),
        ("How many requests did Hongze District receive in 2022?", "洪泽区 2022 report is not in the corpus", "year not held"),
        ("What did the Shanghai General Office report for new applications in 2022?", "上海市府办 2022 report is not in the corpus", "year not held"),
        ("Huai'an city government, 2025 annual report — how many licensing decisions?", "淮安市 2025 report is not in the corpus", "year not held"),
        ("How many disclosure requests did the Shanghai Municipal Health Commission get in 2024?", "上海市卫健委 is not in the corpus", "body not held"),
        ("Beijing municipal government general office, 2019: how many requests were received?", "北京市 is not in the corpus", "body not held"),
        ("How many requests did the Huaiyin District government of Huai'an receive in 2024?", "淮阴区 is not in the corpus", "body not held"),
        ("Did Li Ming's 2024 application to Huai'an for his demolition compensation records get approved?", "named people are not in the report", "named person"),
        ("Can you give me the names and ID numbers of the people who sued the Shanghai General Office in 2019?", "personal data, not in the report", "personal data"),
        ("My company asked Shuyang County in 2025 for the bid documents of a road project and was told to pay a fee, which we never paid. Were we one of the 7 cases closed for unpaid fees, and how much did they want from us?",
         "one person's own request: the report gives only aggregate counts", "own request told as a story (quotes 7)"),
        ("Of the 95 government new-media accounts Huai'an was running in 2024, how many are on Douyin?", "accounts are not broken down by platform", "sub-group (quotes 95)"),
        ("In STCSM's 2024 report, how many of the 118 live streams were about the Zhangjiang high-tech zone?", "live streams are not broken down by topic", "sub-group (quotes 118)"),
        ("What was the gender split among the 1259 individuals who applied to the Shanghai General Office in 2025?", "no breakdown by sex", "sex (quotes 1259)"),
        ("How many of Shuyang's 52 viral posts in 2025 were made by township governments?", "viral posts are not broken down by author", "sub-group (quotes 52)"),
        ("How many of the 12 press conferences Huai'an held in 2024 did the mayor attend in person?", "not stated", "quantity not stated (quotes 12)"),
        ("Hongze District 2024: how many of the 9487 licensing decisions went to food-industry companies?", "no breakdown by industry", "industry (quotes 9487)"),
        ("Which township in Hongze District filed the most disclosure applications in 2023?", "no breakdown by township", "township"),
        ("Among the 26 lawsuits filed directly against Huai'an in 2024, how many plaintiffs were lawyers?", "lawsuits are not broken down by plaintiff", "sub-group (quotes 26)"),
        ("How long on average did the Shanghai General Office take to close a disclosure request in 2019?", "response time not stated", "response days"),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for q, why, what in rows:
            out.append(U(lang, q, why, P + what))
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
