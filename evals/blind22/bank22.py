"""Question bank of the 22nd blind evaluation set (evals/blind22).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was newly written for blind22. The bank only names keys, bodies, keywords
and the question wording; every expected number is computed by helpers22 (gold JSON, the printed
cells below, or a sentence cut from the report text).

SPECS: the printed cells of the three reports without gold (005 洪泽区 2024, 007 上海市科委 2024,
008 上海市府办 2025) -- the same 42 cells blind5/blind6 verified (taken from
evals/blind6/text_cells.json), nothing new.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib22 as L  # noqa: E402
from helpers22 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

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

PL, CB, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                              "[cannot]", "[neighbour]")


def p(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, PL + " " + what, **kw)


def plain():
    zh = [
        ("ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", "received total; text states 3119 too", {"alt": ("3119", 3119)}),
        ("ha", "r.granted.total", "我在淮安上班，想看看2024年市政府依申请直接给公开了的有几件", "granted total", {}),
        ("ha", "r.partially_granted.natural_person", "淮安市人民政府2024年报 部分公开那行 自然人那一格是多少", "partially granted, natural persons", {}),
        ("ha", "r.withheld.admin_query.total", "24年淮安市政府以“属于行政查询事项”为由不公开的申请有多少", "withheld: admin query", {}),
        ("ha", "r.unable.not_held.total", "淮安2024 政府说自己手上没有这个信息的 一共几件？", "unable: not held", {}),
        ("ha", "r.not_processed.petition.total", "帮一位来电人问下：2024年淮安市政府把多少件申请当成信访举报投诉类不予处理了", "not processed: petition", {}),
        ("ha", "r.other.overdue_correction.total", "淮安市政府二〇二四年，申请人让补正却一直没补、最后不再处理的有多少件", "other: overdue correction", {}),
        ("ha", "a.review.pending", "2024年淮安市政府信息公开方面的行政复议，到年底还没审结的有几件", "review pending; text states 37 too", {"alt": ("尚未审结 37", 37)}),
        ("ha", "a.litigation_direct.upheld", "淮安市2024年没经过复议、直接去法院告的那些案子，法院维持的有几件", "direct litigation upheld", {}),
        ("ha", "c.fees.amount", "2024年淮安市行政事业性收费金额多少万元", "fees amount (万元)", {"unit": "万元"}),
        ("ha", "c.normative_docs.in_force", "淮安市政府2024年底现行有效的行政规范性文件还有多少件", "normative docs in force", {}),
        ("ha", "r.received.legal_services", "做律所的同事好奇：2024年淮安市政府收到律师事务所这类法律服务机构提的申请有多少", "received legal services", {}),
        ("hz23", "r.received.natural_person", "洪泽区2023年老百姓个人提的政府信息公开申请有几件", "received natural persons", {}),
        ("hz23", "c.punishment.decisions", "洪泽区政府23年行政处罚决定数量是多少", "punishment decisions", {}),
        ("hz23", "r.unable.needs_creation.total", "2023年洪泽区，没有现成信息、要另外制作才能给的申请有几件", "unable: needs creation", {}),
        ("hz23", "a.review.upheld", "洪泽2023年信息公开行政复议结果维持了几件", "review upheld", {}),
        ("hz23", "c.fees.amount", "请问淮安市洪泽区人民政府2023年度行政事业性收费金额（万元）", "fees amount", {"unit": "万元"}),
        ("hz24", "r.unable.not_held.total", "洪泽区2024年答复“本机关不掌握相关政府信息”的有多少件", "text cell: not held", {}),
        ("hz24", "c.licensing.decisions", "洪泽24年行政许可处理了多少个决定", "text cell: licensing", {}),
        ("hz24", "r.granted.total", "我爸2024年也在洪泽区申请过公开，想知道那年区政府一共予以公开了多少件", "text cell: granted", {}),
        ("sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请，不算上一年结转过来的，是多少件", "received total (table 713; text 749 includes carried over)", {}),
        ("sy", "r.granted.natural_person", "沭阳2025年个人申请里被予以公开的有多少", "granted natural persons", {}),
        ("sy", "r.withheld.internal_affairs.total", "2025年沭阳县政府因为属于三类内部事务信息不予公开的有几件", "withheld: internal affairs", {}),
        ("sy", "r.other.other.total", "沭阳县人民政府2025年其他处理下面“3.其他”那一行总计", "other: other", {}),
        ("sy", "a.review.corrected", "沭阳县2025年信息公开行政复议被纠正的有几件", "review corrected", {}),
        ("sy", "c.licensing.decisions", "记者求证：沭阳县2025年年报里行政许可本年处理决定数量是多少", "licensing decisions", {}),
        ("sy", "c.normative_docs.issued", "沭阳县政府2025年本年制发了几件行政规范性文件", "normative docs issued", {}),
        ("sy", "r.carried_forward.total", "2025年沭阳县有多少件申请要结转到下一年继续办", "carried forward; text states 31 too", {"alt": ("结转下一年 31 件", 31)}),
        ("sy", "r.not_processed.duplicate.total", "沭阳2025 重复申请不予处理 几件", "not processed: duplicate", {}),
        ("sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的申请里自然人提的有多少件", "received natural persons", {}),
        ("sh19", "c.procurement.amount", "2019年上海市府办政府集中采购总金额是多少万元", "procurement amount (251000元 = 25.1万元)", {"unit": "万元"}),
        ("sh19", "r.withheld.state_secret.natural_person", "2019年上海市政府办公厅，个人申请因为涉及国家秘密被拒的有几件", "withheld state secret, natural persons (row total printed blank)", {}),
        ("sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量是多少", "regulations total published", {}),
        ("sh19", "r.not_processed.duplicate.commercial", "2019年上海市政府办公厅，企业重复申请、被不予处理的有几件", "duplicate, commercial (row total printed blank)", {}),
        ("sh19", "r.unable.unclear.natural_person", "上海市人民政府办公厅2019年补正后申请内容仍不明确的（自然人）有几件", "unable unclear, natural persons", {}),
        ("sh25", "r.not_processed.petition.total", "同事让我核对个格子：上海市府办2025年表三里“1.信访举报投诉类申请”那行总计是多少", "text cell: petition", {}),
        ("sh25", "r.received.commercial", "2025年上海市政府办公厅收到企业（商业企业）提的新申请有多少", "text cell: received commercial", {}),
        ("sh25", "a.litigation_direct.pending", "上海市府办2025年未经复议直接起诉的案子里还没审结的有几件", "text cell: direct litigation pending", {}),
        ("kw", "c.licensing.decisions", "上海科委2024年行政许可本年处理决定数量", "text cell: licensing", {}),
        ("kw", "r.received.natural_person", "市科委2024年个人提交的信息公开申请有多少件", "text cell: received natural persons", {}),
        ("jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个", "procurement projects", {}),
        ("jx", "r.granted.total", "涧西区2020年予以公开的申请有几件", "granted total", {}),
        ("jx", "c.normative_docs.made", "涧西区人民政府办公室2020年本年新制作的规范性文件几件", "normative docs made", {}),
        ("jx", "a.review.upheld", "2020年涧西区政府办信息公开行政复议结果维持几件", "review upheld", {}),
        ("ha", "r.withheld.third_party.total", "淮安24年为保护第三方合法权益没公开的有多少", "withheld third party", {}),
        ("sy", "r.unable.not_held.total", "12345转：市民问沭阳县政府2025年答复“本机关不掌握”的申请有多少件", "unable not held", {}),
    ]
    en = [
        ("ha", "r.received.total", "How many new disclosure requests did Huai'an city government take in during 2024?", "received total; text states 3119", {"alt": ("3119", 3119)}),
        ("ha", "r.total_processed.total", "Huaian 2024: total number of requests handled (the （七）总计 row, total column)?", "total processed; text states 3050", {"alt": ("3119", 3050)}),
        ("ha", "r.withheld.process_info.total", "In 2024 how many requests did Huai'an refuse because the info was process / deliberative information (过程性信息)?", "withheld process info", {}),
        ("ha", "r.unable.needs_creation.total", "huaian 2024 requests where the info didnt exist and would have had to be newly made - how many", "unable needs creation", {}),
        ("ha", "r.not_processed.duplicate.total", "For Huai'an in 2024, how many applications were not processed for being duplicates?", "not processed duplicate", {}),
        ("ha", "r.other.overdue_fee.total", "Huai'an 2024 - applicants who never paid the processing fee so the request was dropped: how many?", "other overdue fee", {}),
        ("ha", "a.review.corrected", "Journalist here. Huai'an municipal government, 2024: in how many info-disclosure administrative reconsiderations was the decision corrected (结果纠正)?", "review corrected; text states 64", {"alt": ("结果纠正 64", 64)}),
        ("ha", "a.litigation_after_review.pending", "Huaian 2024, lawsuits filed after reconsideration that were still pending at year end?", "litigation after review pending", {}),
        ("ha", "c.punishment.decisions", "What was the number of administrative penalty decisions Huai'an reported for 2024?", "punishment decisions", {}),
        ("ha", "c.regulations.in_force", "How many municipal regulations (规章) were still in force for Huai'an at the end of 2024?", "regulations in force", {}),
        ("ha", "r.received.commercial", "Huai'an FY2024 - how many new requests came from businesses (商业企业)?", "received commercial", {}),
        ("ha", "r.granted.legal_services", "in 2024 huai an granted how many requests from legal service firms", "granted legal services", {}),
        ("hz23", "r.received.total", "Hongze District 2023, total new information requests?", "received total; text states 21", {"alt": ("21 件", 21)}),
        ("hz23", "c.coercion.decisions", "please tell me Hongze district 2023 the administrative coercion decision is how many", "coercion decisions", {}),
        ("hz23", "r.unable.not_held.natural_person", "Hongze 2023: requests from individuals answered with 'we do not hold this information'?", "not held natural persons", {}),
        ("hz23", "c.normative_docs.repealed", "Hongze district government 2023, normative documents repealed - number please", "normative docs repealed", {}),
        ("hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions - how many?", "text cell: punishment", {}),
        ("hz24", "c.fees.amount", "What did Hongze District collect in administrative fees in 2024 (in 10,000 yuan)?", "text cell: fees", {"unit": "万元"}),
        ("hz24", "r.total_processed.total", "Hongze (District) 2024 - the total of handled requests in table 3?", "text cell: total processed", {}),
        ("sy", "r.received.natural_person", "Shuyang County 2025, new requests from private individuals only, not counting ones carried over from the year before?", "received natural persons (table 705; text 741 includes carried over)", {}),
        ("sy", "r.partially_granted.total", "How many requests did Shuyang County partly grant in 2025?", "partially granted", {}),
        ("sy", "r.withheld.admin_query.total", "shuyang 2025 how many were turned away as administrative inquiries (行政查询事项)", "withheld admin query", {}),
        ("sy", "r.other.overdue_correction.total", "For Shuyang in 2025: requests closed because the applicant failed to supplement them in time?", "other overdue correction", {}),
        ("sy", "a.review.total", "Shuyang County government 2025 - total administrative reconsiderations about info disclosure?", "review total", {}),
        ("sy", "a.litigation_after_review.upheld", "Shuyang 2025: suits after reconsideration where the court upheld the government?", "litigation after review upheld", {}),
        ("sy", "c.fees.amount", "Administrative fees collected by Shuyang County in 2025, in wan yuan?", "fees amount", {"unit": "万元"}),
        ("sy", "c.coercion.decisions", "Shuyang 2025 administrative enforcement (行政强制) decisions count", "coercion decisions", {}),
        ("sh19", "r.received.total", "How many requests did the Shanghai General Office receive in 2019?", "received total; text states 859", {"alt": ("859", 859)}),
        ("sh19", "r.not_processed.petition.natural_person", "Shanghai municipal general office 2019 - individuals' requests rejected as petitions/complaints?", "petition natural persons (row total printed blank)", {}),
        ("sh19", "c.normative_docs.made", "Shanghai General Office, 2019: normative documents made (本年新制作数量)?", "normative docs made; text states 60", {"alt": ("行政规范性文件60件", 60)}),
        ("sh19", "r.unable.needs_creation.natural_person", "In 2019, Shanghai Gen. Office - individual requests where the info would need to be newly created?", "needs creation natural persons", {}),
        ("sh19", "r.granted.commercial", "Shanghai General Office 2019 - granted requests that came from commercial enterprises?", "granted commercial (row total printed blank)", {}),
        ("sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 - requests answered 'no ready-made info, would need to be produced'?", "text cell: needs creation", {}),
        ("sh25", "r.carried_forward.total", "How many requests did the Shanghai municipal government general office carry into the following year at the end of 2025?", "text cell: carried forward", {}),
        ("sh25", "a.review.total", "Shanghai General Office 2025: total info-disclosure reconsideration cases in the appeals table?", "text cell: review total", {}),
        ("kw", "r.total_processed.total", "STCSM 2024: total requests handled per the table?", "text cell: total processed", {}),
        ("kw", "c.normative_docs.in_force", "Shanghai science commission - normative documents currently in force in 2024 (现行有效件数)?", "text cell: normative docs in force", {}),
        ("kw", "r.received.commercial", "My cousin's startup asked STCSM for some documents in 2024. Curious - how many new requests came from companies in total that year?", "text cell: received commercial", {}),
        ("jx", "c.procurement.amount", "Jianxi District 2020: centralized government procurement total amount in 10k yuan?", "procurement amount", {"unit": "万元"}),
        ("jx", "r.unable.not_held.total", "jianxi district 2020 - requests where the office said it didnt hold the info?", "unable not held", {}),
        ("jx", "a.litigation_direct.total", "Jianxi District office 2020, number of lawsuits filed directly without reconsideration?", "direct litigation total", {}),
        ("jx", "c.normative_docs.total_published", "Jianxi 2020: normative documents, total published (对外公开总数量)?", "normative docs total published", {}),
        ("ha", "a.litigation_after_review.upheld", "Huai'an 2024, lawsuits after reconsideration: how many ended with the decision upheld?", "litigation after review upheld", {}),
        ("sy", "r.granted.legal_services", "Shuyang County 2025 - requests from law firms that were granted in full?", "granted legal services", {}),
        ("kw", "r.carried_over.total", "Shanghai science commission 2024 report, how many applications were carried over from 2023?", "text cell: carried over; text states 2", {"alt": ("上年结转政府信息公开申请 2 件", 2)}),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for b, k, q, what, kw in rows:
            out.append(p(lang, b, k, q, what, **kw))
    return out


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
OT = ["r.other.%s.total" % s for s in L.OTHER21]


def combine():
    c = CB + " "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市政府2024年全部公开加部分公开，加起来一共多少件？", c + "granted + partially granted"),
        S("zh", "ha", WH, "我是写论文的学生，想统计淮安市2024年“不予公开”下面8个小项合计是多少", c + "withheld: all 8 sub-rows"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安2024年信息公开行政诉讼总共多少件（直接起诉和复议后起诉都算）", c + "direct + after-review litigation; text states 46",
          alt=("行政诉讼 46 件", 46)),
        S("zh", "sy", ["r.received.total", "r.carried_over.total"],
          "沭阳县2025年本年新收的加上上年结转的申请，一共是多少件", c + "received + carried over; text states 749",
          alt=("749", 749)),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳2025年行政复议、直接起诉、复议后起诉三项加在一起几件", c + "all appeals; text states 74",
          alt=("全县共办理相关案件 74 件", 74)),
        S("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年行政许可、行政处罚、行政强制三类决定数量合计多少", c + "text cells: three decision counts"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "上海市府办2025年“本机关不掌握”和“需要另行制作”两项一共多少件", c + "text cells: not held + needs creation"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
          "涧西区政府办2020年予以公开的和本机关不掌握的，合起来几件", c + "granted + not held"),
        S("en", "ha", NP, "Huai'an 2024: add up all five 'not processed' (不予处理) sub-rows - what's the total?", c + "not processed: 5 sub-rows"),
        S("en", "ha", OT, "For Huai'an in 2024, what do the three 'other handling' sub-items sum to?", c + "other handling: 3 sub-items"),
        S("en", "sy", UN, "Shuyang County 2025 - sum of the three 'unable to provide' rows?", c + "unable: 3 sub-rows"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"],
          "How many requests did Shuyang fully or partially disclose in 2025, combined?", c + "granted + partially granted"),
        S("en", "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"],
          "Shanghai General Office 2019: the granted (予以公开) row has a blank total - what do its applicant columns add up to?",
          c + "granted columns of 009 (printed total blank)"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests plus the ones carried over from the year before - how many in all?", c + "text cells: received + carried over"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025, petitions plus duplicate applications that were not processed - combined number?",
          c + "text cells: petition + duplicate"),
        S("en", "hz23", ["a.review.upheld", "a.review.corrected"],
          "Hongze District 2023 reconsiderations: upheld plus corrected, what's the sum of those two cells?", c + "review upheld + corrected (printed total 0)"),
        # differences
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年多了还是少了？差多少", c + "difference hz 2023->2024"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复从2023年到2024年变化了多少件", c + "difference hz 2023->2024"),
        D("zh", "hz23", "hz24", "c.fees.amount", "洪泽行政事业性收费金额，24年减23年是多少万元", c + "difference of fees (万元)", unit="万元"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的件数，2025年比2019年增加了多少", c + "difference sh 2019->2025"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议总数，2019年到2025年涨了多少件", c + "difference sh 2019->2025"),
        D("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze District's licensing decisions change from 2023 to 2024?", c + "difference hz 2023->2024"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force: 2024 figure minus 2023 figure?", c + "difference hz 2023->2024"),
        D("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests: how many more in 2025 than in 2019?", c + "difference sh 2019->2025"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office - change between 2019 and 2025?", c + "difference sh 2019->2025"),
        D("en", "sh19", "sh25", "r.carried_over.total", "How did the number of requests carried over from the prior year change for the Shanghai General Office, 2019 vs 2025?", c + "difference sh 2019->2025"),
    ]


def rank():
    c = RK + " "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "asc",
          "淮安市2024年、沭阳县2025年、上海市府办2019年，这三家谁收到的新申请最少", c + "received, fewest"),
        R("zh", ["ha", "sy", "hz23", "sh19"], "r.carried_over.total", "desc",
          "上年结转的申请，淮安2024、沭阳2025、洪泽2023、上海市府办2019哪个最多", c + "carried over, most"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "行政许可决定数量：淮安市2024年 vs 沭阳县2025年 vs 洪泽区2023年，谁最多？", c + "licensing, most"),
        R("zh", ["sh19", "sy", "jx"], "r.carried_forward.total", "asc",
          "结转下年度继续办理的件数，上海市政府办公厅2019、沭阳2025、涧西区2020，哪家最少", c + "carried forward, fewest"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.repealed", "desc",
          "比一比：淮安2024年、洪泽区2023年、沭阳县2025年，哪家废止的行政规范性文件最多", c + "normative docs repealed, most"),
        R("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
          "未经复议直接起诉的案件，淮安市政府2024、沭阳县政府2025、上海市府办2019、涧西区政府办2020 谁最少", c + "direct litigation, fewest"),
        R("zh", ["hz23", "sy", "ha"], "c.fees.amount", "asc",
          "行政事业性收费金额哪家最低：洪泽区2023年、沭阳县2025年、淮安市2024年", c + "fees, lowest"),
        R("en", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc",
          "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which turned away the most individual requests as administrative inquiries?",
          c + "admin query (natural persons), most"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc",
          "Which body said 'we don't hold it' to the most individual applicants: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) or Hongze (2023)?",
          c + "not held (natural persons), most"),
        R("en", ["sy", "hz23", "ha"], "c.normative_docs.in_force", "asc",
          "Fewest normative documents in force - Shuyang 2025, Hongze 2023 or Huai'an 2024?", c + "normative docs in force, fewest"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc",
          "Rank Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 by new requests from companies - who is on top?", c + "received commercial, most"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
          "Which had the fewest administrative coercion decisions: Huai'an in 2024, Shuyang in 2025, Hongze in 2023?", c + "coercion, fewest"),
        R("en", ["sh19", "sy", "jx", "hz23"], "r.granted.natural_person", "desc",
          "Granted requests from individuals - which is highest: Shanghai Gen Office 2019, Shuyang 2025, Jianxi 2020, Hongze 2023?", c + "granted natural persons, most"),
    ]


def textonly():
    c = TX + " "
    rows = [
        # (lang, body, keyword, value, unit, question, what)
        ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", "press conferences"),
        ("zh", "ha", "95个", 95, "个", "2024年淮安全市在运维的政务新媒体有多少个", "new-media accounts in operation"),
        ("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？", "full-coverage checks"),
        ("zh", "ha", "3940", 3940, "元", "我想知道淮安市政府2024年收了多少信息处理费（元）", "processing fees in 元"),
        ("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items"),
        ("zh", "hz24", "2428", 2428, "条", "洪泽区2024年政府网站平台主动发布了多少条政府信息", "portal items"),
        ("zh", "hz24", "政府常务会议 7期", 7, "期", "2024年洪泽区公开了几期政府常务会议", "executive meetings published"),
        ("zh", "sy", "4511", 4511, "条", "沭阳县政府门户网站2025年主动公开政府信息多少条", "portal items"),
        ("zh", "sy", "意见征集9期", 9, "期", "沭阳2025年在网站上开展了几期意见征集", "consultations"),
        ("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开了多少个专栏", "new-media columns"),
        ("zh", "sy", "1113", 1113, "个", "2025年沭阳推送了多少个原创短视频", "short videos"),
        ("zh", "sy", "年度涌现爆款内容52条", 52, "条", "听说沭阳县2025年政务新媒体出了不少爆款，一共多少条", "viral posts"),
        ("zh", "sy", "催办提示 84 次", 84, "次", "沭阳2025年“倒计时报警器”发了多少次催办提示", "reminders"),
        ("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接", "broken links fixed"),
        ("zh", "sy", "697条", 697, "条", "2025年沭阳县清理过期信息多少条", "outdated items removed"),
        ("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位一共有几家", "units publishing annual reports"),
        ("zh", "kw", "原创文章 294", 294, "篇", "上海科委“上海科技”公众号2024年原创文章有多少篇", "original WeChat articles"),
        ("zh", "kw", "直播 118 场", 118, "场", "市科委2024年做了几场直播", "live streams"),
        ("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年开了几场新闻通气会", "press briefings"),
        ("zh", "sh25", "主动撤回 157 件", 157, "件", "2025年上海市政府办公厅收到的申请里，申请人自己主动撤回的有多少件", "withdrawn requests"),
        ("en", "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?", "gazette issues"),
        ("en", "ha", "政策解读21", 21, "个", "Huai'an 2024: number of policy interpretations produced (text, images etc.)?", "policy interpretations"),
        ("en", "hz24", "解读信息发布 7 条", 7, "条", "How many policy-interpretation items did Hongze District publish in 2024?", "interpretation items"),
        ("en", "sy", "3044", 3044, "条", "Shuyang 2025: how many items did county departments post on their disclosure pages?", "department items"),
        ("en", "sy", "办前主动沟通 49 次", 49, "次", "How many times did Shuyang reach out to applicants before handling their requests in 2025?", "pre-handling consultations"),
        ("en", "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "Shuyang County 2025 - disputes resolved through that early communication?", "disputes resolved"),
        ("en", "sy", "错误信息83处", 83, "处", "In 2025 how many erroneous items did Shuyang correct on its website?", "errors corrected"),
        ("en", "kw", "1016823", 1016823, "人", "STCSM's WeChat account - how many followers did the 2024 report give?", "WeChat followers"),
        ("en", "kw", "集成式发布政策 121", 121, "条", "Shanghai science commission 2024: policies pushed in batches to the integrated release platform?", "policies pushed"),
        ("en", "kw", "主合办政协提案 85 件", 85, "件", "How many CPPCC proposals did STCSM handle (lead or co-handle) according to its 2024 report?", "CPPCC proposals"),
        ("en", "kw", "584", 584, "条", "Shanghai Science & Technology Commission 2024: short videos posted on its video channel?", "short videos"),
        ("en", "sh25", "新闻发布会 42 场", 42, "场", "How many press conferences did Shanghai municipal government hold in 2025 per the General Office report?", "press conferences"),
        ("en", "sh25", "10 个语种", 10, "个", "Shanghai General Office 2025: the international services portal now covers how many languages?", "languages"),
        ("en", "sh25", "发布审查 330 件", 330, "件", "Shanghai General Office 2025 - documents that went through release review?", "release reviews"),
        ("en", "sh19", "政策解读共132件", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the China Shanghai portal?", "policy interpretations"),
        ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?", "websites checked"),
        ("en", "sh19", "2261", 2261, "项", "Shanghai 2019 One Netcom: how many service items were connected to the unified acceptance platform?", "service items"),
        ("en", "jx", "601项事项", 601, "项", "FRM:梳理细化权力运行", "Jianxi District 2020 - how many matters were listed after sorting out government information across 21 fields?", "matters listed"),
        ("en", "jx", "办结率", 88.2, "%", "What completion rate for disclosure requests did Jianxi District report in 2020?", "completion rate (printed %)"),
    ]
    out = []
    for r in rows:
        frm = None
        if r[5].startswith("FRM:"):
            frm, r = r[5][4:], r[:5] + r[6:]
        lang, b, kwd, v, u, q, what = r
        out.append(N(lang, b, kwd, v, u, q, c + what, frm=frm))
    return out


def followup():
    c = FU + " "
    f = []
    f.append(F("zh", [("淮安市政府2024年予以公开的申请有多少件", E("ha", "r.granted.total")),
                      ("那部分公开呢", E("ha", "r.partially_granted.total"))], c + "row switch granted -> partially granted"))
    f.append(F("zh", [("洪泽区2023年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
                      ("24年呢？", E("hz24", "c.licensing.decisions"))], c + "year switch hz 2023 -> 2024 (text cell)"))
    f.append(F("zh", [("上海市府办2019年本年新收申请多少件", E("sh19", "r.received.total", alt=("859", 859))),
                      ("换成2025年呢", E("sh25", "r.received.total", alt=("1295", 1295)))],
               c + "year switch sh 2019 -> 2025; both texts state the number"))
    f.append(F("zh", [("沭阳县2025年信息公开行政复议一共多少件", E("sy", "a.review.total")),
                      ("其中维持的呢", E("sy", "a.review.upheld")),
                      ("还没审结的有几件", E("sy", "a.review.pending"))], c + "appeals outcome switches"))
    f.append(F("zh", [("我在查淮安市2024年的年报，结转下年度继续办理的是多少", E("ha", "r.carried_forward.total", alt=("顺延", 103))),
                      ("同一项沭阳县2025年是多少", E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31)))],
               c + "body switch ha -> sy; both texts state the number"))
    f.append(F("zh", [("涧西区政府办2020年收到几件申请", E("jx", "r.received.total", alt=("办结率", 17))),
                      ("办结了几件", E("jx", "r.total_processed.total", alt=("办结率", 15))),
                      ("没办完转到下一年的呢", E("jx", "r.carried_forward.total", alt=("办结率", 2)))],
               c + "row switches; text states all three"))
    f.append(F("zh", [("洪泽区2023年行政处罚决定数是多少", E("hz23", "c.punishment.decisions")),
                      ("淮安市2024年同一项呢", E("ha", "c.punishment.decisions"))], c + "body switch hz23 -> ha"))
    f.append(F("zh", [("上海市政府办公厅2025年上年结转过来的申请有多少件", E("sh25", "r.carried_over.total", alt=("含上年结转 189 件", 189))),
                      ("其中自然人的呢", E("sh25", "r.carried_over.natural_person")),
                      ("法律服务机构那一栏呢", E("sh25", "r.carried_over.legal_services"))],
               c + "column switches (text cells)"))
    f.append(F("zh", [("沭阳2025年因为“三安全一稳定”不予公开的有几件", E("sy", "r.withheld.security_stability.total")),
                      ("保护第三方合法权益的呢", E("sy", "r.withheld.third_party.total"))], c + "row switch within withheld"))
    f.append(F("zh", [("淮安2024年行政诉讼里复议后起诉的总共几件", E("ha", "a.litigation_after_review.total")),
                      ("直接起诉的呢", E("ha", "a.litigation_direct.total"))], c + "appeals group switch"))
    f.append(F("zh", [("市科委2024年新收申请多少件", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
                      ("予以公开了几件", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9)))],
               c + "row switch (text cells, text states both)"))
    f.append(F("zh", [("上海市府办2019年规章本年新公开数量多少", E("sh19", "c.regulations.published", alt=("主动公开规章13件", 13))),
                      ("规范性文件呢", E("sh19", "c.normative_docs.published", alt=("行政规范性文件60件", 60)))], c + "row switch in 2019-format table 二"))
    f.append(F("zh", [("沭阳县2025年商业企业提的新申请有几件", E("sy", "r.received.commercial")),
                      ("淮安市2024年呢", E("ha", "r.received.commercial"))], c + "body switch sy -> ha"))
    f.append(F("zh", [("洪泽区2024年行政事业性收费多少万元", E("hz24", "c.fees.amount", unit="万元")),
                      ("2023年呢", E("hz23", "c.fees.amount", unit="万元")),
                      ("那2023年信息处理费收了多少元", EN("hz23", "信息处理费 0 元", 0, "元"))],
               c + "year switch then a text number"))
    f.append(F("zh", [("淮安市2024年政府信息公开行政复议总数", E("ha", "a.review.total", alt=("行政复议 351", 351))),
                      ("其他结果的有几件", E("ha", "a.review.other", alt=("其他结果 178", 178)))],
               c + "outcome switch; text states both"))
    f.append(F("zh", [("涧西区2020年政府集中采购金额多少万元", E("jx", "c.procurement.amount", unit="万元")),
                      ("上海市府办2019年同一项是多少", E("sh19", "c.procurement.amount", unit="万元"))], c + "body switch jx -> sh19"))
    f.append(F("zh", [("沭阳2025年申请人逾期不缴费、不再处理的申请有几件", E("sy", "r.other.overdue_fee.total")),
                      ("淮安2024年呢", E("ha", "r.other.overdue_fee.total"))], c + "body switch sy -> ha"))
    f.append(F("zh", [("洪泽区2023年受理了多少件信息公开申请", E("hz23", "r.received.total", alt=("21 件", 21))),
                      ("这些申请的申请人都是谁、住在哪个乡镇？", EU("the report gives no applicant identities or residences"))],
               c + "value then personal data"))
    f.append(F("zh", [("上海市府办2025年因为重复申请不予处理的有几件", E("sh25", "r.not_processed.duplicate.total")),
                      ("信访举报投诉类的呢", E("sh25", "r.not_processed.petition.total"))], c + "row switch (text cells)"))
    f.append(F("zh", [("沭阳县2025年现行有效的行政规范性文件多少件", E("sy", "c.normative_docs.in_force")),
                      ("本年废止了几件", E("sy", "c.normative_docs.repealed"))], c + "column switch in table 二"))
    f.append(F("en", [("Huai'an 2024 - requests not processed because they were petitions?", E("ha", "r.not_processed.petition.total")),
                      ("and for Shuyang in 2025?", E("sy", "r.not_processed.petition.total"))], c + "body switch ha -> sy"))
    f.append(F("en", [("Hongze District, new requests received in 2023?", E("hz23", "r.received.total", alt=("21 件", 21))),
                      ("what about the granted total in 2024?", E("hz24", "r.granted.total"))], c + "year + row switch hz23 -> hz24"))
    f.append(F("en", [("How many reconsideration cases did the Shanghai General Office have in 2019?", E("sh19", "a.review.total", alt=("零败诉", 7))),
                      ("and in 2025?", E("sh25", "a.review.total"))], c + "year switch sh 2019 -> 2025"))
    f.append(F("en", [("Shuyang 2025: partially granted requests from individuals?", E("sy", "r.partially_granted.natural_person")),
                      ("and from legal service institutions?", E("sy", "r.partially_granted.legal_services"))], c + "column switch"))
    f.append(F("en", [("Jianxi District 2020 procurement - how many projects?", E("jx", "c.procurement.projects")),
                      ("and the total amount?", E("jx", "c.procurement.amount", unit="万元"))], c + "column switch procurement"))
    f.append(F("en", [("Huai'an 2024 requests carried over from the previous year?", E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
                      ("Shuyang 2025, same thing?", E("sy", "r.carried_over.total"))], c + "body switch ha -> sy"))
    f.append(F("en", [("STCSM 2024 - administrative licensing decisions?", E("kw", "c.licensing.decisions")),
                      ("penalty decisions?", E("kw", "c.punishment.decisions"))], c + "row switch (text cells)"))
    f.append(F("en", [("Shanghai General Office 2025, requests withheld? no - I mean requests answered 'not held by this office'?", E("sh25", "r.unable.not_held.total")),
                      ("same row for Huai'an 2024?", E("ha", "r.unable.not_held.total"))], c + "body switch sh25 -> ha"))
    f.append(F("en", [("Hongze District 2023 - administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
                      ("2024?", E("hz24", "c.coercion.decisions"))], c + "year switch hz 2023 -> 2024"))
    f.append(F("en", [("Huai'an 2024: normative documents issued in the year?", E("ha", "c.normative_docs.issued")),
                      ("and how many were repealed?", E("ha", "c.normative_docs.repealed")),
                      ("still in force?", E("ha", "c.normative_docs.in_force"))], c + "column switches in table 二"))
    f.append(F("en", [("Shuyang County 2025, lawsuits filed directly, total?", E("sy", "a.litigation_direct.total")),
                      ("after reconsideration?", E("sy", "a.litigation_after_review.total")),
                      ("and how many of those after-review suits were still pending?", E("sy", "a.litigation_after_review.pending"))],
               c + "appeals group and outcome switches"))
    f.append(F("en", [("Shanghai General Office 2019 - how many requests carried into the next year?", E("sh19", "r.carried_forward.total", alt=("顺延", 72))),
                      ("and 2025?", E("sh25", "r.carried_forward.total"))], c + "year switch sh 2019 -> 2025"))
    f.append(F("en", [("Huai'an city 2024: requests from individuals that were granted?", E("ha", "r.granted.natural_person")),
                      ("from companies?", E("ha", "r.granted.commercial"))], c + "column switch"))
    f.append(F("en", [("Shuyang 2025: how many short videos did the county push?", EN("sy", "1113", 1113, "个")),
                      ("and how many image-text posts?", EN("sy", "图文1775条", 1775, "条"))], c + "two text numbers"))
    f.append(F("en", [("Hongze District 2024: requests answered 'info not held'?", E("hz24", "r.unable.not_held.total")),
                      ("and for 2023?", E("hz23", "r.unable.not_held.total"))], c + "year switch hz 2024 -> 2023"))
    f.append(F("en", [("Jianxi 2020 - requests withheld as admin query?", E("jx", "r.withheld.admin_query.total")),
                      ("Huai'an 2024 for the same row?", E("ha", "r.withheld.admin_query.total"))], c + "body switch jx -> ha"))
    f.append(F("en", [("Shanghai science commission 2024 - normative documents issued?", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13 件", 13))),
                      ("Shanghai General Office 2019, normative documents made?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))],
               c + "body + template switch kw -> sh19"))
    f.append(F("en", [("Huai'an 2024 total requests handled?", E("ha", "r.total_processed.total", alt=("3119", 3050))),
                      ("and what will Huai'an's total be in 2026?", EU("forecast; no report for 2026"))], c + "value then forecast"))
    f.append(F("en", [("Hongze 2023 reconsiderations where the decision was corrected?", E("hz23", "a.review.corrected")),
                      ("and lawsuits after reconsideration that were upheld?", E("hz23", "a.litigation_after_review.upheld"))],
               c + "appeals group switch"))
    return f


def cannot():
    c = CN + " "
    zh = [
        ("淮安市政府2024年的信息公开申请里，男的女的各多少", "no sex breakdown in the report", "sex"),
        ("沭阳县2025年申请人平均年龄多大", "no age data", "age"),
        ("洪泽区2023年几月份申请最多？", "no monthly breakdown", "month"),
        ("上海市府办2025年第三季度收到多少申请", "no quarterly breakdown", "quarter"),
        ("淮安2024年通过网上提交和信函提交的申请分别多少件", "no channel breakdown", "channel"),
        ("沭阳县2025年各乡镇分别有多少人申请信息公开", "no township breakdown", "township"),
        ("上海市政府办公厅2019年申请涉及征地拆迁的有多少件", "no topic breakdown", "topic"),
        ("淮安市政府办公室2024年有几个人专门负责信息公开", "staff numbers not stated", "staff"),
        ("沭阳2025年平均多少个工作日答复一件申请", "response times not stated", "response time"),
        ("南京市政府2024年收到多少信息公开申请", "南京市 not in the corpus", "body not held"),
        ("洪泽区2022年新收申请几件", "洪泽 2022 report not in the corpus", "year not held"),
        ("沭阳县2024年的予以公开数是多少", "沭阳 2024 report not in the corpus", "year not held"),
        ("上海科委2023年收到多少件申请", "上海市科委 2023 report not in the corpus", "year not held"),
        ("2025年春天我帮我妈给沭阳县政府写过一份申请，一直没回音，想问下我妈那件到底办了没有", "one person's own case", "own case"),
        ("你觉得淮安市政府2024年信息公开做得好不好", "opinion", "opinion"),
        ("预测一下上海市府办2027年会收到多少件申请", "forecast", "forecast"),
        ("浦东新区2025年信息公开年报里行政复议多少件", "浦东新区 not in the corpus", "body not held"),
        ("帮我查一下2024年淮安市是谁申请了公开他家拆迁补偿的信息，手机号多少", "personal data", "personal data"),
        ("洪泽区2024年申请数量为什么比2023年多那么多，原因是啥", "reason not stated in the report", "reason"),
        ("涧西区政府办2021年年报里办结率是多少", "涧西 2021 report not in the corpus", "year not held"),
    ]
    en = [
        ("How many of Shuyang's 2025 applicants were women?", "no sex breakdown", "sex"),
        ("Huai'an 2024: how many requests came from people living outside the city?", "no residence breakdown", "residence"),
        ("Which Huai'an city department got the most disclosure requests in 2024?", "no department breakdown", "department"),
        ("shanghai general office 2025 requests from the real estate industry how many", "no industry breakdown", "industry"),
        ("How many requests did Hongze District receive in January 2024?", "no monthly breakdown", "month"),
        ("What did it cost Shanghai's General Office in staff salaries to run disclosure work in 2019?", "costs not stated", "cost"),
        ("Average days to answer a request at the Shanghai science commission in 2024?", "response time not stated", "response time"),
        ("Suqian city government 2025 annual report - new requests?", "宿迁市 not in the corpus", "body not held"),
        ("Qingjiangpu District 2024, how many requests were granted?", "清江浦区 not in the corpus", "body not held"),
        ("Shanghai General Office 2022 reconsideration cases?", "上海市府办 2022 report not in the corpus", "year not held"),
        ("Huai'an 2023 annual report: total requests received?", "淮安 2023 report not in the corpus", "year not held"),
        ("Will Shuyang get more requests in 2026 than in 2025?", "forecast", "forecast"),
        ("Is Hongze District's 2023 disclosure work better than Huai'an city's in 2024, in your opinion?", "opinion", "opinion"),
        ("I applied to Huai'an in 2024 about my neighbour's building permit - was my request one of the granted ones?", "one person's own case", "own case"),
        ("Give me the names of the people who sued the Shanghai General Office in 2025.", "personal data", "personal data"),
        ("Jianxi District 2020 - how many requests were about demolition and relocation (征迁)?", "no topic breakdown", "topic"),
        ("Huai'an 2024: how many of the requests were submitted online vs by post?", "no channel breakdown", "channel"),
        ("Why did the Shanghai General Office's request count fall in 2019 - what reasons does it give?", "no reason is given for the 12.3% fall", "reason"),
        ("How many staff does Hongze District have in its open-government office in 2023?", "staff not stated", "staff"),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for q, why, what in rows:
            out.append(U(lang, q, why, c + what))
    return out


def neighbour():
    c = NB + " "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年从上一年结转过来接着办的申请有几件（不是结转到下一年的）",
          c + "carried over (34) vs carried forward (103)", alt=("上年度结转申请 34", 34)),
        T("zh", "ha", "a.litigation_after_review.total", "淮安市2024年先复议、复议完再去起诉的行政诉讼总计几件", c + "after review (20) vs direct (26)"),
        T("zh", "ha", "c.normative_docs.repealed", "2024年淮安废止了几件行政规范性文件（废止，不是制发）", c + "repealed (26) vs issued (8)"),
        T("zh", "sy", "r.partially_granted.total", "沭阳县2025年只公开了一部分的申请有几件", c + "partially granted (101) vs granted (294)"),
        T("zh", "sy", "r.received.legal_services", "沭阳2025年法律服务机构提的新申请几件（不是商业企业）", c + "legal services (5) vs commercial (3)"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购了几个项目（问的是项目数不是金额）", c + "procurement projects (6) vs amount"),
        T("zh", "sh25", "r.carried_forward.total", "上海市政府办公厅2025年年底没办完、要结转到下一年度的申请多少件", c + "carried forward (293) vs carried over (189)"),
        T("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 - requests where the info would have to be newly produced (另行制作), not the 'not held' ones?", c + "needs creation (11) vs not held (769)"),
        T("en", "ha", "r.withheld.process_info.natural_person", "Huai'an 2024, individuals refused because it was process information - not internal affairs?", c + "process info (12) vs internal affairs (7)"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations with an 'other' outcome (其他结果), not corrected ones?", c + "review other (178) vs corrected (64)", alt=("其他结果 178", 178)),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 - normative documents, total published to date, not the number made in 2019?", c + "total published (368) vs made (60)"),
        T("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: dropped because the fee wasn't paid - not the ones dropped for failing to supplement?", c + "overdue fee (7) vs overdue correction (9)"),
        T("en", "hz23", "a.litigation_after_review.upheld", "Hongze 2023: suits filed after reconsideration and upheld - not the reconsiderations themselves?", c + "after-review upheld (5) vs review upheld (10)"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + followup() + cannot() + neighbour()
