"""Question bank of blind evaluation set 127 (evals/blind127). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers127 computes them from gold/*.json, from printed rows of
the three reports without gold (SPECS, the cells blind6 verified), or cuts the sentence from
the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib127 as L  # noqa: E402
from helpers127 import E, ED, C, V, T, S, N, U, D, R, F, cols  # noqa: E402,F401

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

PL = "[plain] "
CB = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
CN = "[cannot] "
NB = "[neighbour] "


def plain():
    z, e = "zh", "en"
    rows = [
        # ---- zh
        (z, "ha", "r.received.total", "淮安市政府2024年新收到的信息公开申请一共几件？"),
        (z, "ha", "r.granted.total", "2024年淮安市里申请信息公开、最后全部给了的有多少件"),
        (z, "ha", "r.unable.not_held.total", "淮安2024年回复“我们这儿没有这个信息”的申请有几件"),
        (z, "ha", "r.withheld.admin_query.total", "二〇二四年淮安把多少件申请当成行政查询事项没给公开？"),
        (z, "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访投诉，被认定不予处理的"),
        (z, "ha", "c.normative_docs.repealed", "淮安2024年一共废掉了多少件行政规范性文件"),
        (z, "ha", "c.coercion.decisions", "24年淮安市行政强制决定做了多少个"),
        (z, "ha", "a.litigation_direct.total", "淮安市政府2024年被人直接告上法院（没先复议）的信息公开案子有几起"),
        (z, "ha", "r.partially_granted.total", "2024年淮安只公开了一部分内容的申请有多少"),
        (z, "ha", "r.other.overdue_correction.total", "淮安市2024年申请人逾期没补正、就按处理结束了的有几件？"),
        (z, "hz23", "c.licensing.decisions", "洪泽区2023年行政许可决定数是多少"),
        (z, "hz23", "r.unable.needs_creation.total", "洪泽2023年有几件申请因为要另外制作信息而没法提供"),
        (z, "hz23", "r.partially_granted.total", "2023年洪泽区政府部分公开的申请几件？"),
        (z, "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额多少万元"),
        (z, "hz23", "c.normative_docs.in_force", "截至2023年底，洪泽区现行有效的规范性文件有几件"),
        (z, "hz24", "c.punishment.decisions", "洪泽区政府2024年作出的行政处罚决定有多少"),
        (z, "hz24", "r.unable.not_held.total", "2024年洪泽区政府说手里没有相关信息的申请有几件"),
        (z, "hz24", "a.review.total", "洪泽2024年因为信息公开被申请行政复议的一共几件"),
        (z, "hz24", "c.normative_docs.issued", "洪泽区24年新发了几份行政规范性文件？"),
        (z, "sy", "r.granted.total", "沭阳县2025年全部公开的申请有多少件"),
        (z, "sy", "r.withheld.internal_affairs.total", "沭阳2025年以内部事务信息为由不公开的有几件？"),
        (z, "sy", "c.licensing.decisions", "2025年沭阳县作出的行政许可决定一共多少"),
        (z, "sy", "r.other.other.total", "沭阳县政府2025年“其他”处理方式那一行合计多少件"),
        (z, "sy", "a.review.pending", "沭阳2025年信息公开复议还没审完的有几件"),
        (z, "sy", "c.normative_docs.issued", "二〇二五年沭阳县制发了多少件行政规范性文件"),
        (z, "sy", "r.unable.not_held.total", "沭阳县2025年因为本机关不掌握而没法给的申请数"),
        (z, "kw", "r.received.natural_person", "上海市科委2024年收到的申请里面，个人提的有多少件？"),
        (z, "kw", "c.normative_docs.in_force", "上海科委2024年现行有效的规范性文件数量"),
        (z, "kw", "r.total_processed.total", "市科委2024年办理结果总计是多少件"),
        (z, "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年答复“本机关不掌握”的申请有几件"),
        (z, "sh25", "a.review.total", "上海市府办2025年涉及信息公开的行政复议有多少件？"),
        (z, "sh25", "r.received.natural_person", "2025年上海市政府办公厅收到的公民个人申请是多少件"),
        (z, "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章对外公开总数量是多少"),
        (z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目有几个"),
        (z, "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额是多少万元？"),
        (z, "jx", "c.normative_docs.made", "涧西区2020年本年新制作的规范性文件有几件"),
        # ---- en
        (e, "ha", "r.not_processed.duplicate.total", "How many repeat requests did Huai'an turn down as duplicates in 2024?"),
        (e, "ha", "c.licensing.decisions", "Huai'an city government, 2024: number of administrative licensing decisions?"),
        (e, "ha", "c.fees.amount", "What did Huai'an collect in administrative fees in 2024, in 10,000 yuan?"),
        (e, "ha", "r.withheld.process_info.total", "In 2024, how many requests did Huaian refuse because the info was still process information?"),
        (e, "ha", "a.litigation_after_review.total", "How many disclosure lawsuits against Huai'an in 2024 came after an administrative review?"),
        (e, "ha", "r.withheld.state_secret.total", "Huai'an 2024: requests refused on state-secret grounds?"),
        (e, "ha", "c.normative_docs.in_force", "How many normative documents did Huai'an have in force at the end of 2024?"),
        (e, "ha", "r.received.legal_services", "In 2024 how many new requests reached Huai'an from law firms and other legal service bodies?"),
        (e, "ha", "a.review.corrected", "For Huai'an in 2024, in how many disclosure-related administrative reviews was the decision corrected?"),
        (e, "hz23", "c.punishment.decisions", "Hongze District 2023: how many administrative penalty decisions were made?"),
        (e, "hz23", "r.unable.not_held.total", "In 2023, how many requests did Hongze answer with 'we do not hold this information'?"),
        (e, "hz23", "r.received.total", "How many information requests did Hongze District take in during 2023?"),
        (e, "hz23", "c.coercion.decisions", "Number of administrative coercion decisions by Hongze in 2023?"),
        (e, "hz24", "c.licensing.decisions", "How many licensing decisions did the Hongze District government make in 2024?"),
        (e, "hz24", "r.granted.total", "Hongze 2024: requests granted in full?"),
        (e, "hz24", "c.fees.amount", "Administrative fee revenue for Hongze District in 2024 (10k yuan)?"),
        (e, "hz24", "a.litigation_after_review.total", "In 2024, how many lawsuits did Hongze face after a review had already been decided?"),
        (e, "sy", "r.partially_granted.total", "Shuyang County 2025: how many requests were only partly disclosed?"),
        (e, "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang issue in 2025?"),
        (e, "sy", "r.not_processed.petition.total", "In 2025, how many requests did Shuyang set aside as petitions or complaints?"),
        (e, "sy", "a.review.upheld", "Shuyang County, 2025: disclosure reviews where the original decision was upheld?"),
        (e, "sy", "c.normative_docs.in_force", "How many normative documents were still valid in Shuyang at the end of 2025?"),
        (e, "sy", "r.total_processed.total", "What is the total number of requests Shuyang County handled in 2025?"),
        (e, "sy", "a.litigation_after_review.total", "How many disclosure suits were filed against Shuyang in 2025 after an administrative review?"),
        (e, "kw", "r.received.commercial", "How many requests did STCSM receive from companies in 2024?"),
        (e, "kw", "c.licensing.decisions", "The Shanghai science commission's licensing decisions in 2024 — how many?"),
        (e, "kw", "r.received.total", "How many new disclosure requests reached the Shanghai science commission in 2024?"),
        (e, "sh25", "r.not_processed.petition.total", "Shanghai General Office, 2025: requests not processed because they were really complaints or petitions?"),
        (e, "sh25", "r.unable.needs_creation.total", "In 2025, how many requests did the Shanghai General Office decline because the answer would need to be newly compiled?"),
        (e, "sh25", "a.litigation_direct.total", "How many lawsuits went straight to court against the Shanghai General Office in 2025?"),
        (e, "sh25", "r.received.commercial", "In 2025 how many requests did the Shanghai government general office receive from commercial enterprises?"),
        (e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents disclosed to the public?"),
        (e, "sh19", "a.litigation_direct.upheld", "In 2019, in how many direct lawsuits over disclosure was the Shanghai General Office upheld?"),
        (e, "sh19", "c.procurement.amount", "What was the Shanghai General Office's government procurement amount in 2019?"),
        (e, "jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi District run in 2020?"),
        (e, "jx", "r.granted.total", "Jianxi District 2020: requests fully granted?"),
    ]
    out = []
    for lang, b, k, q in rows:
        kw = {}
        if k.startswith("c.fees.amount") or k.startswith("c.procurement.amount"):
            kw["unit"] = "万元"
        out.append(V(lang, b, k, q, PL + "one table value, everyday wording", **kw))
    return out


def combine():
    z, e = "zh", "en"
    out = [
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "淮安2024年因为国家秘密和法律行政法规禁止这两条理由不公开的，加起来几件？", CB + "sum of 2 cells"),
        S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开行政诉讼，直接起诉和复议后起诉合起来一共多少件", CB + "sum of 2 cells"),
        S(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部公开加上部分公开一共多少件", CB + "sum of 2 cells"),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "2025年沭阳无法提供的三种情形（不掌握、需另行制作、补正后仍不明确）合计多少", CB + "sum of 3 cells"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项决定数加在一起是多少", CB + "sum of 3 cells"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接诉讼、复议后诉讼三类案件总共几件", CB + "sum of 3 cells"),
        S(z, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "淮安市2024年不予处理的五种情形加总是多少件？", CB + "sum of 5 cells"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？", CB + "year-to-year difference"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2023年到2024年增加了几件", CB + "year-to-year difference"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度继续办理的申请，2025年跟2019年比差多少件", CB + "year-to-year difference"),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办信息公开复议案件从2019年到2025年增加了多少件", CB + "year-to-year difference"),
        S(e, "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: full plus partial disclosures, how many altogether?", CB + "sum of 2 cells"),
        S(e, "sy", ["a.review.upheld", "a.review.corrected"], "For Shuyang in 2025, add the upheld and the corrected review outcomes — what's the total?", CB + "sum of 2 cells"),
        S(e, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: combined count of refusals for state secrets, process information and law-enforcement files?", CB + "sum of 3 cells"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Add up Huai'an's three 'other handling' sub-rows for 2024.", CB + "sum of 3 cells"),
        S(e, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Sum all eight refusal grounds in Shuyang's 2025 table — how many requests were refused in total?", CB + "sum of 8 cells"),
        S(e, "jx", ["c.procurement.projects", "c.normative_docs.made"], "Jianxi District 2020: procurement projects plus newly made normative documents, as one number?", CB + "sum of 2 cells"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze's coercion decisions change from 2023 to 2024?", CB + "year-to-year difference"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze District fee revenue: 2024 minus 2023, in 10k yuan?", CB + "year-to-year difference", unit="万元"),
        D(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: how many more requests from private individuals in 2025 than in 2019?", CB + "year-to-year difference"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Change in direct disclosure lawsuits against the Shanghai General Office between 2019 and 2025?", CB + "year-to-year difference"),
    ]
    return out


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，哪个现行有效的规范性文件最多", RK + "3 gold bodies"),
        R(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下一年办理的申请：淮安2024、沭阳2025、上海市府办2019、涧西2020，谁最少？", RK + "4 gold bodies"),
        R(z, ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "desc", "“本机关不掌握”的申请数，淮安2024年、洪泽2023年、沭阳2025年、涧西2020年哪家最多", RK + "4 gold bodies"),
        R(z, ["hz23", "sy", "ha"], "c.coercion.decisions", "asc", "行政强制决定最少的是谁：洪泽区2023年、沭阳县2025年还是淮安市2024年？", RK + "3 gold bodies"),
        R(z, ["ha", "jx", "sy", "sh19"], "a.review.upheld", "desc", "复议维持的案件数，淮安（2024）、涧西（2020）、沭阳（2025）、上海市府办（2019）里谁最多", RK + "4 gold bodies"),
        R(e, ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Which collected the most in administrative fees: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?", RK + "3 gold bodies"),
        R(e, ["ha", "hz23", "sy", "sh19"], "r.total_processed.total", "asc", "Fewest requests handled overall: Huai'an 2024, Hongze 2023, Shuyang 2025 or Shanghai General Office 2019?", RK + "4 gold bodies"),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Among Huai'an (2024), Shuyang (2025) and Hongze (2023), who made the fewest penalty decisions?", RK + "3 gold bodies"),
        R(e, ["jx", "sh19", "ha", "hz23"], "r.received.total", "desc", "Rank by new requests received: Jianxi 2020, Shanghai General Office 2019, Huai'an 2024, Hongze 2023 — who is on top?", RK + "4 gold bodies"),
        R(e, ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "Most direct disclosure lawsuits: Huai'an 2024, Shuyang 2025 or Jianxi 2020?", RK + "3 gold bodies"),
    ]


def followups():
    z, e = "zh", "en"
    fu = []

    def add(lang, turns, note):
        fu.append(F(lang, [(q, E(b, k)) for q, b, k in turns], FU + note))

    add(z, [("洪泽区2023年行政处罚决定多少个", "hz23", "c.punishment.decisions"), ("换到2024年呢", "hz24", "c.punishment.decisions")], "year switch")
    add(z, [("洪泽2023年行政许可决定有几个？", "hz23", "c.licensing.decisions"), ("24年的数字呢？", "hz24", "c.licensing.decisions"), ("那2024年行政强制呢", "hz24", "c.coercion.decisions")], "year then row switch")
    add(z, [("上海市政府办公厅2019年结转下年度继续办理的有多少件", "sh19", "r.carried_forward.total"), ("2025年同一项是多少？", "sh25", "r.carried_forward.total")], "year switch")
    add(z, [("上海市府办2019年收到的新申请多少件", "sh19", "r.received.total"), ("2025年呢", "sh25", "r.received.total"), ("其中个人申请的有多少", "sh25", "r.received.natural_person")], "year then column switch")
    add(z, [("淮安市2024年复议结果被纠正的有多少件", "ha", "a.review.corrected"), ("沭阳县2025年这一项是多少？", "sy", "a.review.corrected")], "body switch")
    add(z, [("沭阳2025年行政处罚决定数？", "sy", "c.punishment.decisions"), ("淮安2024年的呢", "ha", "c.punishment.decisions"), ("洪泽区2023年呢？", "hz23", "c.punishment.decisions")], "body switch x2")
    add(z, [("淮安2024年因为第三方合法权益不公开的申请几件", "ha", "r.withheld.third_party.total"), ("那因为危及“三安全一稳定”的呢", "ha", "r.withheld.security_stability.total")], "row switch")
    add(z, [("沭阳县2025年信息公开行政复议总数", "sy", "a.review.total"), ("直接提起诉讼的总数呢", "sy", "a.litigation_direct.total"), ("复议后再起诉的呢", "sy", "a.litigation_after_review.total")], "appeals group switch")
    add(z, [("涧西区政府办2020年收到几件申请", "jx", "r.received.total"), ("其中全部公开了几件？", "jx", "r.granted.total")], "row switch")
    add(z, [("上海科委2024年新收申请多少", "kw", "r.received.total"), ("上年结转过来的呢", "kw", "r.carried_over.total"), ("办理结果总计呢？", "kw", "r.total_processed.total")], "row switch x2")
    add(z, [("淮安2024年行政规范性文件制发了几件", "ha", "c.normative_docs.issued"), ("废止了几件", "ha", "c.normative_docs.repealed"), ("沭阳2025年废止的呢", "sy", "c.normative_docs.repealed")], "column then body switch")
    add(z, [("上海市政府办公厅2025年的行政复议有几件", "sh25", "a.review.total"), ("还没审结的呢", "sh25", "a.review.pending")], "column switch")
    add(z, [("沭阳县2025年自然人新收申请中全部公开的有多少", "sy", "r.granted.natural_person"), ("换成法人或其他组织这一类呢", "sy", "r.granted.legal_person")], "column switch")
    add(z, [("淮安2024年商业企业提的新申请几件", "ha", "r.received.commercial"), ("法律服务机构的呢", "ha", "r.received.legal_services"), ("其他组织呢", "ha", "r.received.other_org")], "column switch x2")
    add(z, [("洪泽2024年规范性文件现行有效几件", "hz24", "c.normative_docs.in_force"), ("2023年是多少", "hz23", "c.normative_docs.in_force")], "year switch backwards")
    add(z, [("上海市府办2025年因信访举报投诉类不予处理的申请有几件", "sh25", "r.not_processed.petition.total"), ("重复申请那一行呢", "sh25", "r.not_processed.duplicate.total")], "row switch")
    add(e, [("How many requests did Hongze answer with full disclosure in 2023?", "hz23", "r.granted.total"), ("And in 2024?", "hz24", "r.granted.total")], "year switch")
    add(e, [("Shanghai General Office, direct lawsuits still pending in 2019?", "sh19", "a.litigation_direct.pending"), ("2025?", "sh25", "a.litigation_direct.pending")], "year switch")
    add(e, [("Huai'an 2024: requests carried over from the year before?", "ha", "r.carried_over.total"), ("Same figure for Shuyang in 2025?", "sy", "r.carried_over.total"), ("And the Shanghai General Office in 2025?", "sh25", "r.carried_over.total")], "body switch x2")
    add(e, [("How many licensing decisions did Shuyang make in 2025?", "sy", "c.licensing.decisions"), ("What about coercion decisions?", "sy", "c.coercion.decisions"), ("And the fee amount?", "sy", "c.fees.amount")], "row switch x2")
    add(e, [("Hongze District 2023: how many requests were refused as state secrets?", "hz23", "r.withheld.state_secret.total"), ("And as law-enforcement case files?", "hz23", "r.withheld.enforcement_files.total")], "row switch")
    add(e, [("Huai'an 2024 — lawsuits filed directly that are still pending?", "ha", "a.litigation_direct.pending"), ("And the ones filed after review that are still pending?", "ha", "a.litigation_after_review.pending")], "appeals group switch")
    add(e, [("Jianxi District 2020: how many requests were still open at year end?", "jx", "r.carried_forward.total"), ("And how many did it handle in total?", "jx", "r.total_processed.total")], "row switch")
    add(e, [("Shuyang 2025: refusals as administrative inquiries?", "sy", "r.withheld.admin_query.total"), ("Huai'an 2024, same category?", "ha", "r.withheld.admin_query.total")], "body switch")
    add(e, [("How many normative documents did Huai'an issue in 2024?", "ha", "c.normative_docs.issued"), ("Shuyang in 2025?", "sy", "c.normative_docs.issued"), ("Hongze in 2024?", "hz24", "c.normative_docs.issued")], "body switch x2")
    add(e, [("The Shanghai science commission: requests granted in full in 2024?", "kw", "r.granted.total"), ("Shanghai General Office 2025, same row?", "sh25", "r.granted.total")], "body switch")
    add(e, [("Hongze 2024: requests carried forward into the next year?", "hz24", "r.carried_forward.total"), ("And Shuyang in 2025?", "sy", "r.carried_forward.total")], "body switch")
    add(e, [("Shuyang County, 2025: requests refused to protect third-party rights?", "sy", "r.withheld.third_party.total"), ("Refused because it was process information?", "sy", "r.withheld.process_info.total"), ("Refused as law-enforcement case files?", "sy", "r.withheld.enforcement_files.total")], "row switch x2")
    add(e, [("Huai'an 2024 — disclosure reviews with 'other' outcomes?", "ha", "a.review.other"), ("And reviews still not concluded?", "ha", "a.review.pending")], "column switch")
    add(e, [("Shanghai General Office 2019: normative documents newly made?", "sh19", "c.normative_docs.made"), ("Regulations newly made?", "sh19", "c.regulations.made")], "row switch")
    add(e, [("Huai'an in 2024, requests from individuals that were granted in full?", "ha", "r.granted.natural_person"), ("From commercial companies?", "ha", "r.granted.commercial")], "column switch")
    add(e, [("Hongze 2023: how many requests ended as 'information not held'?", "hz23", "r.unable.not_held.total"), ("2024?", "hz24", "r.unable.not_held.total")], "year switch")
    return fu


def textonly():
    z, e = "zh", "en"
    n = TX + "number only the narrative states"
    return [
        N(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？", n),
        N(z, "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体有多少个", n),
        N(z, "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "2024年淮安对信息公开栏目搞了几次全覆盖检查", n),
        N(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少元信息处理费", n),
        N(z, "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安2024年出了几期市政府公报？", n),
        N(z, "sy", "开展意见征集", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集", n),
        N(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息", n),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位有多少家", n),
        N(z, "sy", "全年发出催办提示", 84, "次", "沭阳县2025年“倒计时报警器”一共发了多少次催办提示", n),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理了多少条过期信息？", n),
        N(z, "sy", "累计开展办前主动沟通", 49, "次", "二〇二五年沭阳办前主动沟通做了多少次", n),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", n),
        N(z, "hz23", "我区在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", n),
        N(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市政府2025年开了多少场新闻通气会", n),
        N(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报编了几期", n),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "How many Shanghai districts had a digital district gazette online by 2025, per the Shanghai General Office report?", n),
        N(e, "sh25", "含申请人主动撤回", 157, "件", "How many applicants withdrew their requests themselves in the Shanghai General Office's 2025 report?", n),
        N(e, "sh25", "发布审查", 330, "件", "In 2025, how many documents went through publication review at the Shanghai General Office?", n),
        N(e, "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "How many authoritative releases on executive meeting topics did the Shanghai General Office make in 2019?", n),
        N(e, "sh19", "发布政策解读共", 132, "件", "How many policy interpretations went up on the China Shanghai portal in 2019?", n),
        N(e, "sh19", "70家政府网站", 70, "家", "In 2019, how many government websites did Shanghai check each quarter?", n),
        N(e, "sh19", "统一受理平台接入", 53, "个", "How many departments were connected to Shanghai's unified acceptance platform in 2019?", n),
        N(e, "kw", "直播 118 场", 118, "场", "How many live streams did the Shanghai science commission's video channel run in 2024?", n),
        N(e, "kw", "原创文章", 294, "篇", "In 2024, how many original articles did the 'Shanghai Keji' WeChat account publish?", n),
        N(e, "kw", "日常报送惠企政策", 83, "条", "STCSM 2024: how many business-support policies were submitted routinely?", n),
        N(e, "kw", "市科委通过部门网站当年发布政府信息", 393, "件", "How many government information items did the Shanghai science commission publish on its website in 2024?", n),
        N(e, "jx", "21个领域601项事项", 601, "项", "Jianxi District 2020: how many items were listed across the 21 areas of power and services?", n),
        N(e, "sy", "成功推动化解各类争议纠纷", 33, "件", "How many disputes did Shuyang help settle through pre-handling talks in 2025?", n),
        N(e, "sy", "专栏33个", 2606, "篇", "How many news pieces did Shuyang's new-media matrix produce in 2025?", n, frm=None),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安2024年留到下一年度继续办理的申请有几件？（不是从上年结转来的）", NB + "carried forward vs carried over"),
        T(z, "sy", "a.litigation_after_review.total", "沭阳县2025年复议之后又起诉到法院的案件有几件", NB + "after review vs direct"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件本年废止多少件（不是现行有效）", NB + "repealed vs in force"),
        T(z, "ha", "r.unable.needs_creation.total", "淮安2024年因为需要另行制作所以无法提供的申请几件", NB + "needs creation vs not held"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不予公开的有几件", NB + "process info vs internal affairs"),
        T(e, "ha", "a.review.other", "Huai'an 2024: disclosure reviews ending with an 'other' outcome — not corrected ones?", NB + "other vs corrected"),
        T(e, "sh19", "c.procurement.amount", "How much money (10k yuan), not how many projects, did the Shanghai General Office spend on procurement in 2019?", NB + "amount vs projects", unit="万元"),
        T(e, "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year — not the cumulative public total?", NB + "made vs total published"),
        T(e, "ha", "r.received.legal_services", "How many requests came to Huai'an in 2024 from legal service providers (not businesses)?", NB + "legal services vs commercial"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024: partially disclosed requests only, not the fully disclosed ones?", NB + "partial vs full"),
    ]


def cannot():
    z, e = "zh", "en"
    c = CN
    rows = [
        # personal stories / own case
        (z, "我3月份给淮安市政府寄了一份申请，问我家老房子拆迁补偿标准，到现在没回音。2024年报告里能查到我那件办到哪一步了吗？", "one person's own request", "own case"),
        (z, "我是沭阳的，2025年申请过我们村的低保名单，被告知不予公开。年报里能看出我这件是因为哪条理由被拒的吗", "one person's own request outcome", "own case"),
        (z, "我父亲2023年向洪泽区政府申请过土地征收批文，后来去复议了。年报里那10件“本机关不掌握”的申请里有他那一件吗？", "individual case among printed review outcomes", "own case, quotes printed number"),
        (z, "我2024年在淮安申请了信息，被收了费。那3940元信息处理费里有多少是我交的？", "individual fee not reported", "own case, quotes printed number"),
        (z, "我朋友张伟2025年向上海市政府办公厅申请公开一份会议纪要，他的申请结果怎么样？", "named person", "named person"),
        (z, "淮安2024年那64件复议被纠正的案件，分别是哪些部门的？", "department breakdown not printed", "quotes printed number"),
        (z, "沭阳2025年那380元信息处理费是谁交的、申请的是什么内容", "personal data / request content", "quotes printed number"),
        (z, "淮安市2024年3119件申请里，男性和女性申请人各占多少？", "sex breakdown", "quotes printed number"),
        (z, "洪泽区2023年21件申请，申请人年龄分布是怎样的", "age breakdown", "quotes printed number"),
        (z, "上海市府办2025年1295件申请里，每个月分别收到多少件？", "month breakdown", "quotes printed number"),
        (z, "沭阳县2025年信息公开申请按季度分，每个季度是多少", "quarter breakdown", "breakdown"),
        (z, "淮安2024年通过网上平台、信函和当面提交的申请各有几件", "channel breakdown", "breakdown"),
        (z, "上海市政府办公厅2019年的申请，涉及拆迁征收的有多少件", "topic breakdown", "breakdown"),
        (z, "沭阳2025年的申请来自哪些乡镇，各乡镇分别几件？", "township breakdown", "breakdown"),
        (z, "淮安2024年清江浦区、淮安区各自收到多少申请", "district breakdown", "breakdown"),
        (z, "洪泽区2024年行政处罚2776件，是哪些行业被罚得最多", "industry breakdown", "quotes printed number"),
        (z, "上海科委2024年收到的申请人里，外地户籍的有多少", "residence breakdown", "breakdown"),
        (z, "上海市府办2025年有没有外国人申请信息公开？有几件", "nationality breakdown", "breakdown"),
        (z, "淮安市政府2024年平均几天答复一件申请？", "response days not stated", "quantity not stated"),
        (z, "沭阳县2025年专门负责信息公开的工作人员有几个人", "staff not stated", "quantity not stated"),
        (z, "洪泽区2023年做信息公开工作一共花了多少经费", "cost not stated", "quantity not stated"),
        (z, "上海市政府办公厅2025年信息公开工作的预算是多少", "budget not stated", "quantity not stated"),
        (z, "涧西区2020年群众对信息公开工作的满意度是多少", "satisfaction not stated", "quantity not stated"),
        (z, "淮安2024年信息公开咨询电话接了多少个", "phone calls not stated", "quantity not stated"),
        (z, "为什么淮安2024年有769件申请是本机关不掌握？是部门推诿吗", "reason behind a count", "quotes printed number, reason"),
        (z, "沭阳2025年行政复议有61件，为什么这么多人去复议", "motive not stated", "quotes printed number, reason"),
        (z, "上海市府办2025年申请数为什么比2019年多了那么多", "reason not stated", "reason"),
        (z, "预计淮安市2025年会收到多少件信息公开申请", "forecast", "forecast"),
        (z, "沭阳县2026年打算制发多少件规范性文件", "plan not stated", "forecast"),
        (z, "洪泽区2024年行政复议2件，这个数算多还是少？", "opinion", "quotes printed number, opinion"),
        (z, "你觉得上海市科委2024年信息公开工作做得好不好", "judgement", "opinion"),
        (z, "淮安2024年不予公开的比例在江苏算高吗", "comparison outside corpus", "opinion"),
        (z, "南京市政府2024年收到多少件信息公开申请？", "body not in corpus", "body not held"),
        (z, "宿迁市2025年政府信息公开行政复议有几件", "body not in corpus", "body not held"),
        (z, "洪泽区2022年新收了多少信息公开申请", "year not in corpus", "year not held"),
        (z, "沭阳县2024年行政许可决定数是多少", "year not in corpus", "year not held"),
        (z, "上海市科委2023年受理多少件申请？", "year not in corpus", "year not held"),
        (z, "涧西区2021年的集中采购金额是多少", "year not in corpus", "year not held"),
        (z, "浦东新区2025年行政处罚决定有几个", "body not in corpus", "body not held"),
        (z, "淮安2024年被纠正的那几件行政诉讼，原告叫什么名字", "personal data", "named people"),
        (z, "上海市府办2025年157件主动撤回的申请，申请人为什么撤回？", "reason not stated", "quotes printed number, reason"),
        (z, "我邻居2025年向沭阳县政府申请公开征地补偿款明细，被说信息不存在。那111件不掌握的里面有他的吗？他能不能再申请？", "own case + advice", "own case, quotes printed number"),
        (z, "沭阳2025年84次催办提示分别催的是哪些单位", "department breakdown not printed", "quotes printed number"),
        (z, "洪泽区2023年1136条主动公开信息里，关于教育的有几条", "topic breakdown", "quotes printed number"),
        # ---- en
        (e, "I filed a request with the Huai'an city government in May 2024 about my neighbour's building permit and never heard back. Does the 2024 report say what happened to my request?", "own request", "own case"),
        (e, "My mother asked Shuyang County in 2025 for her pension file and got refused. Can the 2025 report tell me which refusal ground they used for her?", "own case outcome", "own case"),
        (e, "In spring 2025 I applied to the Shanghai General Office for a meeting transcript. Is my application among the 293 carried into the next year?", "own case among printed number", "own case, quotes printed number"),
        (e, "Wang Fang sued Huai'an over a disclosure refusal in 2024. Did she win?", "named person", "named person"),
        (e, "Which departments were behind the 64 corrected review cases in Huai'an's 2024 report?", "department breakdown not printed", "quotes printed number"),
        (e, "Of Shanghai General Office's 1295 new requests in 2025, how many came from women?", "sex breakdown", "quotes printed number"),
        (e, "What was the age profile of people who filed disclosure requests with Hongze District in 2023?", "age breakdown", "breakdown"),
        (e, "How many requests did Huai'an receive in each month of 2024?", "month breakdown", "breakdown"),
        (e, "Break down Shuyang County's 2025 disclosure requests by quarter.", "quarter breakdown", "breakdown"),
        (e, "How many of the Shanghai science commission's 2024 requests arrived by email versus by post?", "channel breakdown", "breakdown"),
        (e, "In 2024, how many of Huai'an's requests concerned housing demolition?", "topic breakdown", "breakdown"),
        (e, "Which townships in Shuyang sent the most information requests in 2025?", "township breakdown", "breakdown"),
        (e, "How were Huai'an's 447228 licensing decisions in 2024 split by industry?", "industry breakdown", "quotes printed number"),
        (e, "How many foreign nationals asked the Shanghai General Office for information in 2019?", "nationality breakdown", "breakdown"),
        (e, "How many of Jianxi District's 2020 requesters live outside the district?", "residence breakdown", "breakdown"),
        (e, "On average, how many days did the Shanghai General Office take to answer a request in 2025?", "response time not stated", "quantity not stated"),
        (e, "How many staff work on information disclosure at the Hongze District government in 2024?", "staff not stated", "quantity not stated"),
        (e, "What did Shuyang County spend on its disclosure work in 2025?", "cost not stated", "quantity not stated"),
        (e, "What is the Shanghai science commission's 2024 budget for open-government work?", "budget not stated", "quantity not stated"),
        (e, "How satisfied were citizens with Huai'an's disclosure service in 2024, as a percentage?", "satisfaction not stated", "quantity not stated"),
        (e, "How many phone enquiries about disclosure did Jianxi District take in 2020?", "phone calls not stated", "quantity not stated"),
        (e, "Why did so many Huai'an requests in 2024 (105) get refused as administrative inquiries?", "reason not stated", "quotes printed number, reason"),
        (e, "What made Hongze District's licensing decisions jump between 2023 and 2024?", "reason not stated", "reason"),
        (e, "Why were 37 of Huai'an's 2024 review cases still pending — were the reviewers overloaded?", "reason not stated", "quotes printed number, reason"),
        (e, "How many disclosure requests will Shuyang County get in 2026?", "forecast", "forecast"),
        (e, "What are the Shanghai General Office's targets for disclosure requests in 2026?", "plan not stated", "forecast"),
        (e, "Is 351 administrative reviews in Huai'an in 2024 a lot for a city that size?", "opinion", "quotes printed number, opinion"),
        (e, "Did Shuyang County do a good job on transparency in 2025, in your view?", "judgement", "opinion"),
        (e, "Was the Shanghai General Office more open in 2025 than other provincial governments?", "comparison outside corpus", "opinion"),
        (e, "How many information requests did the Nanjing city government receive in 2024?", "body not in corpus", "body not held"),
        (e, "How many disclosure lawsuits did Suqian face in 2025?", "body not in corpus", "body not held"),
        (e, "How many requests did Hongze District receive in 2022?", "year not in corpus", "year not held"),
        (e, "Shuyang County's penalty decisions in 2024?", "year not in corpus", "year not held"),
        (e, "STCSM: how many requests were granted in 2023?", "year not in corpus", "year not held"),
        (e, "Jianxi District's 2021 number of new requests?", "year not in corpus", "year not held"),
        (e, "How many administrative licensing decisions did Qingjiangpu District make in 2024?", "body not in corpus", "body not held"),
        (e, "Shanghai General Office, 2022: number of new disclosure requests?", "year not in corpus", "year not held"),
        (e, "Who paid the 380 yuan processing fee in Shuyang's 2025 report, and what did they ask for?", "personal data", "quotes printed number"),
        (e, "Give me the names of the people who filed the 17 requests with Jianxi District in 2020.", "personal data", "named people, quotes printed number"),
        (e, "My brother was one of the 21 applicants to Hongze District in 2023; his request was about a road project. Was it one of the 4 partly disclosed?", "own case among printed numbers", "own case, quotes printed number"),
        (e, "The 13 regulations the Shanghai General Office made in 2019 — which ones took the longest to draft?", "not stated", "quotes printed number"),
        (e, "How many of Huai'an's 95 government new-media accounts in 2024 are run by the police?", "department breakdown not printed", "quotes printed number"),
        (e, "Per the Shanghai science commission's 2024 report, what share of requesters were satisfied with the replies?", "satisfaction not stated", "quantity not stated"),
    ]
    return [U(lang, q, why, c + note) for lang, q, why, note in rows]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + neighbour() + cannot()
