"""Question bank of blind set 151 (evals/blind151). All wordings written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations look answerable but must get no number.
The bank names keys, bodies, keywords and wordings only; every number is computed by
helpers151 (gold JSON, printed text rows, or sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib151 as L  # noqa: E402
from helpers151 import (C, E, EN, EU, ED, ER, V, T, S, N, U, D, R, F)  # noqa: E402,F401

# printed cells of the three reports without gold (same cells blind6 verified; specs from its
# text_cells.json); parsed from the printed line by blindlib151.text_cell
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
M = {"unit": "万元"}


def PL(lang, b, keys, q, note="", **kw):
    return V(lang, b, keys, q, "[plain] " + (note or "table value"), **kw)


def TR(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def SM(lang, b, keys, q, note="sum of listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def DF(lang, b1, b2, keys, q, note="later minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def RK(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies")


def TX(lang, b, kw_, value, unit, q, note="number stated only in the text", frm=None):
    return N(lang, b, kw_, value, unit, q, "[textonly] " + note, frm=frm)


def NO(lang, q, why, note):
    return U(lang, q, why, "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def plain():
    z, e = "zh", "en"
    return [
        # ---- zh (35)
        PL(z, "ha", "r.granted.total", "淮安市政府2024年收到的公开申请里，最后全部公开给申请人的一共多少件？"),
        PL(z, "ha", "r.partially_granted.total", "淮安2024年有多少件申请只公开了一部分？"),
        PL(z, "ha", "r.unable.not_held.total", "二〇二四年淮安市政府答复“本机关不掌握该信息”的申请有几件？"),
        PL(z, "ha", "r.withheld.admin_query.total", "24年淮安市政府以“属于行政查询事项”为由没公开的是多少件？"),
        PL(z, "ha", "r.not_processed.petition.total", "淮安市2024年把申请当信访、投诉、举报处理、不予处理的有多少？"),
        PL(z, "ha", "a.review.corrected", "2024年淮安市政府信息公开行政复议里，被纠正的有几件？"),
        PL(z, "ha", "a.litigation_direct.total", "淮安市政府2024年没经过复议、直接被告上法院的信息公开案子一共几件？"),
        PL(z, "ha", "c.normative_docs.repealed", "淮安市2024年废掉了多少件行政规范性文件？"),
        PL(z, "ha", "r.carried_forward.total", "淮安市政府2024年没办完、要挪到2025年接着办的申请有多少件？"),
        PL(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱？", **M),
        PL(z, "hz23", "c.punishment.decisions", "洪泽区2023年一共作出多少个行政处罚决定？"),
        PL(z, "hz23", "r.unable.not_held.total", "2023年洪泽区政府回复申请人说“我们这里没有这个信息”的有几件？"),
        PL(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年因为需要另外制作信息而没法提供的申请是几件？"),
        PL(z, "hz23", "c.licensing.decisions", "23年洪泽区行政许可决定数是多少？"),
        PL(z, "hz23", "r.partially_granted.total", "洪泽2023年部分公开的申请有多少件？"),
        PL(z, "hz24", "c.licensing.decisions", "洪泽区政府2024年本年处理的行政许可决定有多少个？"),
        PL(z, "hz24", "a.review.total", "洪泽区政府2024年在信息公开方面被申请行政复议的有几件？"),
        PL(z, "hz24", "c.normative_docs.in_force", "截至2024年底，洪泽区现行有效的行政规范性文件还有多少件？"),
        PL(z, "sy", "r.granted.total", "沭阳县政府2025年依申请予以公开的一共多少件？"),
        PL(z, "sy", "r.other.other.total", "沭阳县2025年申请处理结果里归到“其他”那一栏的有几件？"),
        PL(z, "sy", "a.review.total", "2025年沭阳县政府因为信息公开被申请行政复议，一共多少件？"),
        PL(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以“属于内部事务信息”为由不公开的有几件？"),
        PL(z, "sy", "c.punishment.decisions", "二〇二五年沭阳县作出的行政处罚决定有多少个？"),
        PL(z, "sy", "r.carried_over.total", "沭阳2025年表里从2024年结转过来的申请有多少件？"),
        PL(z, "sy", "r.not_processed.duplicate.total", "2025年沭阳县因为重复申请而不予处理的有几件？"),
        PL(z, "kw", "c.licensing.decisions", "上海市科委2024年作出了多少个行政许可处理决定？"),
        PL(z, "kw", "c.normative_docs.in_force", "市科委到2024年现行有效的规范性文件有多少件？"),
        PL(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为要另行制作而没法提供的申请是多少件？"),
        PL(z, "sh25", "a.review.total", "2025年上海市政府办公厅涉及政府信息公开的行政复议有几件？"),
        PL(z, "sh25", "r.carried_forward.total", "上海市政府办公厅2025年有多少件申请结转到下一年继续办？"),
        PL(z, "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开的总数量是多少？"),
        PL(z, "sh19", "r.total_processed.natural_person", "上海市府办2019年办结的申请里，自然人提出的有多少件？"),
        PL(z, "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额是多少？", **M),
        PL(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个？"),
        PL(z, "jx", "r.granted.total", "2020年涧西区政府办予以公开的申请是多少件？"),
        # ---- en (35)
        PL(e, "ha", "r.withheld.third_party.total", "In 2024, how many requests did Huai'an's city government refuse because disclosure would hurt a third party's rights?"),
        PL(e, "ha", "r.unable.needs_creation.total", "How many 2024 requests did Huaian turn down because the information would have had to be newly compiled?"),
        PL(e, "ha", "a.review.pending", "How many of Huai'an's 2024 information-disclosure administrative reviews were still undecided at year end?"),
        PL(e, "ha", "a.litigation_after_review.total", "In 2024, how many disclosure lawsuits against Huai'an city government came after an administrative review?"),
        PL(e, "ha", "c.licensing.decisions", "How many administrative licensing decisions did Huai'an make in 2024?"),
        PL(e, "ha", "c.normative_docs.in_force", "How many normative documents of Huai'an were in force as of 2024?"),
        PL(e, "ha", "r.other.overdue_correction.total", "For Huai'an in 2024, how many requests were closed because the applicant never supplemented or corrected them in time?"),
        PL(e, "ha", "r.received.natural_person", "How many new disclosure requests did private individuals file with Huai'an city government in 2024?"),
        PL(e, "ha", "r.withheld.process_info.total", "In 2024, how many Huai'an requests were refused as process information?"),
        PL(e, "hz23", "c.fees.amount", "What did Hongze District collect in administrative fees in 2023?", **M),
        PL(e, "hz23", "c.coercion.decisions", "How many administrative coercion decisions did Hongze District take in 2023?"),
        PL(e, "hz23", "r.received.total", "How many new disclosure requests reached Hongze District government in 2023?"),
        PL(e, "hz23", "r.withheld.state_secret.total", "In 2023, how many Hongze requests were refused as state secrets?"),
        PL(e, "hz24", "c.punishment.decisions", "Hongze District, 2024: number of administrative penalty decisions?"),
        PL(e, "hz24", "a.litigation_after_review.total", "How many disclosure lawsuits were brought against Hongze District in 2024 after an administrative review?"),
        PL(e, "hz24", "c.normative_docs.issued", "How many normative documents did Hongze District issue in 2024?"),
        PL(e, "sy", "r.partially_granted.total", "How many of Shuyang County's 2025 requests ended in partial disclosure?"),
        PL(e, "sy", "r.unable.not_held.total", "In 2025, how many times did Shuyang County reply that it did not hold the requested information?"),
        PL(e, "sy", "a.review.corrected", "How many of Shuyang's 2025 disclosure reviews ended with the decision corrected?"),
        PL(e, "sy", "c.licensing.decisions", "Shuyang County government, FY2025: administrative licensing decisions made?"),
        PL(e, "sy", "r.total_processed.total", "How many disclosure requests did Shuyang County close out in 2025 in total?"),
        PL(e, "sy", "a.litigation_after_review.total", "How many lawsuits were filed against Shuyang County in 2025 after a review had been decided?"),
        PL(e, "sy", "c.fees.amount", "How much did Shuyang County take in from administrative fees in 2025?", **M),
        PL(e, "kw", "r.received.natural_person", "How many requests did individuals send to the Shanghai science commission in 2024?"),
        PL(e, "kw", "r.total_processed.total", "How many requests did STCSM finish handling in 2024?"),
        PL(e, "kw", "c.normative_docs.issued", "How many normative documents did STCSM issue in 2024?"),
        PL(e, "sh25", "r.not_processed.petition.total", "In 2025, how many requests did the Shanghai General Office decline to process as petitions or complaints?"),
        PL(e, "sh25", "r.received.commercial", "How many new 2025 requests to the Shanghai General Office came from commercial enterprises?"),
        PL(e, "sh25", "a.litigation_direct.total", "How many disclosure lawsuits went straight to court against the Shanghai General Office in 2025?"),
        PL(e, "sh19", "c.normative_docs.total_published", "What was the total number of normative documents the Shanghai General Office had published, per its 2019 table?"),
        PL(e, "sh19", "r.received.natural_person", "How many of the Shanghai General Office's new 2019 requests came from private individuals?"),
        PL(e, "sh19", "r.carried_forward.total", "How many requests did the Shanghai General Office carry into 2020 from 2019?"),
        PL(e, "sh19", "c.procurement.projects", "How many centralized procurement projects did the Shanghai General Office run in 2019?"),
        PL(e, "jx", "c.procurement.amount", "What was Jianxi District's centralized government procurement amount in 2020?", **M),
        PL(e, "jx", "r.unable.not_held.total", "In 2020, how many Jianxi District requests could not be answered because the office did not hold the information?"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        SM(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开和部分公开加在一起有多少件？"),
        SM(z, "ha", ["a.review.upheld", "a.review.corrected"], "2024年淮安市复议案件里维持的和纠正的合计几件？"),
        SM(z, "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年行政许可、行政处罚、行政强制三类决定加总是多少个？"),
        SM(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县2025年因“三安全一稳定”、第三方权益、内部事务、过程性信息、行政执法案卷这五类理由不公开的合计多少件？"),
        SM(z, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县政府2025年信息公开行政诉讼，直接起诉的和复议后起诉的加起来几件？"),
        SM(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件一共多少件？"),
        SM(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年“不掌握”和“需另行制作”两种无法提供的合计多少件？"),
        SM(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Add up Huai'an's 2024 'other handling' outcomes: overdue corrections, unpaid fees and the rest. What total?"),
        SM(e, "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "How many of Huai'an's 2024 disclosure lawsuits were upheld, direct and post-review suits together?"),
        SM(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County 2025: full grants plus partial grants, combined?"),
        SM(e, "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"], "For Shuyang in 2025, how many review cases were concluded (upheld, corrected or other result combined)?"),
        SM(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020: reviews, direct lawsuits and post-review lawsuits, all together?"),
        SM(e, "sy", ["r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang 2025: requests withheld as administrative enforcement files plus those withheld as administrative inquiries?"),
        DF(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？"),
        DF(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数从2023年到2024年变化了多少？"),
        DF(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请数，2025年比2019年增加了多少件？"),
        DF(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议，从2019年到2025年增加了几件？"),
        DF(e, "hz23", "hz24", "c.punishment.decisions", "How did Hongze District's administrative penalty decisions change from 2023 to 2024?"),
        DF(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024?", unit="万元"),
        DF(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2019 versus 2025 — what's the change?"),
        DF(e, "sh19", "sh25", "r.received.natural_person", "How many more new requests from individuals did the Shanghai General Office get in 2025 than in 2019?"),
    ]


def rank():
    z, e = "zh", "en"
    G3 = ["ha", "hz23", "sy"]
    return [
        RK(z, G3, "c.licensing.decisions", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，哪一家行政许可决定最多？"),
        RK(z, ["ha", "hz23", "sh19", "jx"], "r.received.total", "asc", "淮安市2024、洪泽区2023、上海市府办2019、涧西区2020，谁新收申请最少？"),
        RK(z, G3, "c.fees.amount", "asc", "淮安2024年、洪泽区2023年、沭阳2025年，行政事业性收费金额谁最低？"),
        RK(z, ["ha", "sy", "sh19"], "a.review.total", "desc", "2024年的淮安市、2025年的沭阳县、2019年的上海市府办，哪家信息公开行政复议最多？"),
        RK(z, ["ha", "hz23", "sy", "jx"], "r.unable.not_held.natural_person", "desc", "自然人申请中“本机关不掌握”的件数：淮安2024、洪泽2023、沭阳2025、涧西2020，哪家最多？"),
        RK(e, G3, "c.coercion.decisions", "asc", "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which made the fewest administrative coercion decisions?"),
        RK(e, G3, "c.normative_docs.in_force", "desc", "Which had the most normative documents in force: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?"),
        RK(e, ["sh19", "jx"], "c.procurement.projects", "desc", "Shanghai General Office in 2019 or Jianxi District in 2020: which ran more centralized procurement projects?"),
        RK(e, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020 by requests carried into the next year: which has the fewest?"),
        RK(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Who issued the most penalty decisions — Huai'an (2024), Hongze (2023), or Shuyang (2025)?"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        TR(z, "ha", "r.carried_over.total", "淮安市2024年表里“上年结转”的申请是多少件？注意不是结转到下年的。", "结转上年 vs 结转下年"),
        TR(z, "sy", "a.litigation_after_review.total", "沭阳县2025年经复议后再起诉的行政诉讼总数是多少？", "复议后起诉 vs 直接起诉"),
        TR(z, "ha", "c.normative_docs.issued", "淮安市政府2024年本年制发的规范性文件是几件？不是废止的，也不是现行有效的。", "制发 vs 废止/现行有效"),
        TR(z, "ha", "r.unable.needs_creation.natural_person", "2024年淮安自然人申请中“没有现成信息、需要另行制作”的有几件？", "另行制作 vs 不掌握"),
        TR(z, "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不予公开的是几件？", "过程性信息 vs 内部事务"),
        TR(e, "sh19", "c.regulations.published", "How many regulations did the Shanghai General Office newly publish in 2019 (not the cumulative total)?", "新公开 vs 对外公开总数"),
        TR(e, "ha", "a.review.other", "Huai'an 2024 reviews: how many ended with an 'other result' — not corrected, not upheld?", "其他结果 vs 纠正"),
        TR(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019: the number of procurement projects, not the money amount?", "采购项目数 vs 金额"),
        TR(e, "sy", "r.partially_granted.natural_person", "Shuyang 2025: requests from individuals that were only partly disclosed?", "部分公开 vs 予以公开"),
        TR(e, "ha", "a.litigation_direct.corrected", "How many direct (no prior review) disclosure lawsuits against Huai'an were decided against the government (corrected) in 2024?", "直接起诉纠正 vs 复议后"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        TX(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会？"),
        TX(z, "ha", "全市在运维政务新媒体共计", 95, "个", "截至2024年报告发布时，淮安全市还在运维的政务新媒体有多少个？"),
        TX(z, "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？"),
        TX(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？"),
        TX(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集？"),
        TX(z, "sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开设了多少个专栏？"),
        TX(z, "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理掉的过期信息有多少条？"),
        TX(z, "sy", "完成全县64家单位", 64, "家", "2025年沭阳全县集中发布年报的单位有多少家？"),
        TX(z, "kw", "直播 118 场", 118, "场", "上海市科委“上海科技”视频号2024年做了多少场直播？"),
        TX(z, "kw", "主合办政协提案 85 件", 85, "件", "市科委2024年主办、合办的政协提案有多少件？"),
        TX(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会？"),
        TX(z, "sh25", "16 个区全部上线数字公报", 16, "个", "到2025年上海有多少个区上线了数字公报？"),
        TX(z, "sh25", "含申请人主动撤回 157 件", 157, "件", "上海市府办2025年的申请里，申请人自己撤回的有多少件？"),
        TX(z, "sh19", "发布政策解读共132件", 132, "件", "上海市政府2019年通过“中国上海”门户网站发布了多少件政策解读？"),
        TX(z, "sh19", "权威发布共计38次", 38, "次", "2019年上海对市政府常务会议重要议题做了几次权威发布？"),
        TX(e, "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"),
        TX(e, "hz24", "我区在政府网站平台主动发布各类政府信息", 2428, "条", "How many items of government information did Hongze District post on its website in 2024?"),
        TX(e, "hz24", "解读信息发布", 7, "条", "How many policy-interpretation items did Hongze District release in 2024?", frm=None),
        TX(e, "sy", "全年通过县政府门户网站主动公开政府信息4511条", 4511, "条", "How many items did Shuyang County proactively publish on its government portal in 2025?"),
        TX(e, "sy", "推送系列原创短视频1113个", 1113, "个", "How many original short videos did Shuyang's government new-media accounts push out in 2025?"),
        TX(e, "sy", "收取380元", 380, "元", "How much in information-processing fees did Shuyang County's agencies charge in 2025, in yuan?"),
        TX(e, "sy", "年度涌现爆款内容52条", 52, "条", "How many viral posts did Shuyang's official accounts produce in 2025?"),
        TX(e, "kw", "原创文章 294篇", 294, "篇", "How many original articles did the Shanghai Tech WeChat account of STCSM publish in 2024?"),
        TX(e, "kw", "累计批量推送集成式发布政策 121 条", 121, "条", "In 2024, how many policies did the Shanghai science commission push out in batch integrated releases?"),
        TX(e, "kw", "“上海科技”网站全年累计发布信息 2139 条", 2139, "条", "How many items did the Shanghai Tech website of STCSM publish in 2024 altogether?"),
        TX(e, "sh25", "召开市政府新闻发布会 42 场", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?"),
        TX(e, "sh25", "重点领域 125 项信息公开任务", 125, "项", "How many disclosure tasks in key areas did Shanghai push forward in 2025?"),
        TX(e, "sh25", "发布各类办事服务指引 403 项", 403, "项", "How many service guides did the Shanghai General Office publish in 2025?", frm="发布各类办事服务指引"),
        TX(e, "sh19", "全年共编发公报24期", 24, "期", "How many issues of the Shanghai Municipal Government Gazette came out in 2019?"),
        TX(e, "jx", "26个试点领域", 26, "个", "In its 2020 report, how many pilot areas did Jianxi District set up for standardised grassroots disclosure?"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安市政府2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
               ("那部分公开的呢？", E("ha", "r.partially_granted.total")),
               ("不予处理里算作信访举报的呢？", E("ha", "r.not_processed.petition.total"))], "switch row twice"),
        FU(z, [("沭阳县2025年信息公开行政复议一共几件？", E("sy", "a.review.total")),
               ("行政诉讼里直接起诉的呢？", E("sy", "a.litigation_direct.total"))], "switch appeals group"),
        FU(z, [("洪泽区2023年行政处罚决定多少个？", E("hz23", "c.punishment.decisions")),
               ("24年呢？", E("hz24", "c.punishment.decisions")),
               ("同一年的行政强制呢？", E("hz24", "c.coercion.decisions"))], "switch year then row"),
        FU(z, [("淮安2024年现行有效的规范性文件有多少件？", E("ha", "c.normative_docs.in_force")),
               ("沭阳县2025年同一项是多少？", E("sy", "c.normative_docs.in_force"))], "switch body and year"),
        FU(z, [("上海市府办2019年上年结转过来的申请是多少件？", E("sh19", "r.carried_over.total")),
               ("换成2025年呢？", E("sh25", "r.carried_over.total")),
               ("2025年其中自然人的有几件？", E("sh25", "r.carried_over.natural_person"))], "switch year then column"),
        FU(z, [("涧西区政府办2020年新收申请多少件？", E("jx", "r.received.total")),
               ("最后办结的总计是多少？", E("jx", "r.total_processed.total"))], "switch row"),
        FU(z, [("淮安市2024年行政复议结果维持的有几件？", E("ha", "a.review.upheld")),
               ("沭阳2025年呢？", E("sy", "a.review.upheld")),
               ("沭阳那年尚未审结的复议呢？", E("sy", "a.review.pending"))], "switch body, then column"),
        FU(z, [("市科委2024年新收的信息公开申请有多少件？", E("kw", "r.received.total")),
               ("其中商业企业提的有几件？", E("kw", "r.received.commercial"))], "switch column"),
        FU(z, [("沭阳县2025年因为行政查询事项不公开的有几件？", E("sy", "r.withheld.admin_query.total")),
               ("淮安市2024年同一项呢？", E("ha", "r.withheld.admin_query.total"))], "switch body"),
        FU(z, [("洪泽区2023年行政事业性收费金额是多少？", E("hz23", "c.fees.amount", unit="万元")),
               ("二〇二四年呢？", E("hz24", "c.fees.amount", unit="万元"))], "switch year"),
        FU(z, [("上海市政府办公厅2025年受理的复议里还没审结的有几件？", E("sh25", "a.review.pending")),
               ("诉讼里直接起诉尚未审结的呢？", E("sh25", "a.litigation_direct.pending")),
               ("复议后起诉的总数呢？", E("sh25", "a.litigation_after_review.total"))], "switch appeals group"),
        FU(z, [("淮安2024年因逾期未补正而终止的申请几件？", E("ha", "r.other.overdue_correction.total")),
               ("逾期不缴费的呢？", E("ha", "r.other.overdue_fee.total"))], "switch row"),
        FU(z, [("沭阳县2025年结转到下年度继续办理的申请是多少？", E("sy", "r.carried_forward.total")),
               ("淮安2024年呢？", E("ha", "r.carried_forward.total")),
               ("上海市府办2019年呢？", E("sh19", "r.carried_forward.total"))], "switch body twice"),
        FU(z, [("上海市府办2019年新制作的规范性文件有多少件？", E("sh19", "c.normative_docs.made")),
               ("规范性文件对外公开总数呢？", E("sh19", "c.normative_docs.total_published"))], "switch column"),
        FU(z, [("洪泽区2024年本年制发的规范性文件有几件？", E("hz24", "c.normative_docs.issued")),
               ("市科委2024年呢？", E("kw", "c.normative_docs.issued")),
               ("市科委那年现行有效的呢？", E("kw", "c.normative_docs.in_force"))], "switch body then column"),
        FU(z, [("涧西区2020年复议后又起诉的案子有几件？", E("jx", "a.litigation_after_review.total")),
               ("淮安市2024年呢？", E("ha", "a.litigation_after_review.total"))], "switch body"),
        FU(e, [("How many requests did Huai'an city government close out in 2024?", E("ha", "r.total_processed.total")),
               ("And how many of those came from individuals?", E("ha", "r.total_processed.natural_person")),
               ("Shuyang County in 2025, same figure for individuals?", E("sy", "r.total_processed.natural_person"))], "switch column then body"),
        FU(e, [("How many administrative coercion decisions did Shuyang make in 2025?", E("sy", "c.coercion.decisions")),
               ("What about Huai'an in 2024?", E("ha", "c.coercion.decisions"))], "switch body"),
        FU(e, [("Hongze District 2023: how many normative documents were currently in force?", E("hz23", "c.normative_docs.in_force")),
               ("2024?", E("hz24", "c.normative_docs.in_force"))], "switch year"),
        FU(e, [("How many disclosure reviews did the Shanghai General Office face in 2019?", E("sh19", "a.review.total")),
               ("And in 2025?", E("sh25", "a.review.total")),
               ("How many 2025 direct lawsuits?", E("sh25", "a.litigation_direct.total"))], "switch year then group"),
        FU(e, [("In 2024, how many requests did Huai'an withhold as internal affairs information?", E("ha", "r.withheld.internal_affairs.total")),
               ("And as administrative enforcement files?", E("ha", "r.withheld.enforcement_files.total"))], "switch row"),
        FU(e, [("How many new requests did the Shanghai science commission receive in 2024?", E("kw", "r.received.total")),
               ("How many were carried over into 2024?", E("kw", "r.carried_over.total")),
               ("How many did it grant?", E("kw", "r.granted.total"))], "switch row twice"),
        FU(e, [("How much did Huai'an collect in administrative fees in 2024?", E("ha", "c.fees.amount", unit="万元")),
               ("And Shuyang in 2025?", E("sy", "c.fees.amount", unit="万元"))], "switch body"),
        FU(e, [("Jianxi District 2020: how many normative documents were made?", E("jx", "c.normative_docs.made")),
               ("And the total ever published?", E("jx", "c.normative_docs.total_published"))], "switch column"),
        FU(e, [("Shuyang County 2025: how many requests were turned away as administrative inquiries?", E("sy", "r.withheld.admin_query.total")),
               ("And how many because disclosure could endanger security or stability?", E("sy", "r.withheld.security_stability.total")),
               ("And to protect a third party?", E("sy", "r.withheld.third_party.total"))], "switch row twice"),
        FU(e, [("How many licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
               ("what about 2024", E("hz24", "c.licensing.decisions"))], "switch year"),
        FU(e, [("How many 2025 requests did the Shanghai General Office answer by saying it did not hold the information?", E("sh25", "r.unable.not_held.total")),
               ("And how many were declined as duplicates that year?", E("sh25", "r.not_processed.duplicate.total")),
               ("And how many were closed in total?", E("sh25", "r.total_processed.total"))], "switch row twice"),
        FU(e, [("How many post-review lawsuits did Huai'an face in 2024 that were still pending?", E("ha", "a.litigation_after_review.pending")),
               ("And for Shuyang in 2025?", E("sy", "a.litigation_after_review.pending"))], "switch body"),
        FU(e, [("Shanghai General Office, 2019: regulations newly made?", E("sh19", "c.regulations.made")),
               ("And the cumulative total of regulations published?", E("sh19", "c.regulations.total_published"))], "switch column"),
        FU(e, [("How many requests did Huai'an refuse as state secrets in 2024?", E("ha", "r.withheld.state_secret.total")),
               ("And as prohibited by other laws?", E("ha", "r.withheld.prohibited_by_law.total")),
               ("And how many of those prohibited-by-law ones came from individuals?", E("ha", "r.withheld.prohibited_by_law.natural_person"))], "switch row then column"),
        FU(e, [("How many penalty decisions did the science commission make in 2024?", E("kw", "c.punishment.decisions")),
               ("And licensing decisions?", E("kw", "c.licensing.decisions"))], "switch row"),
    ]


def cannot():
    z, e = "zh", "en"
    P, B, NP, Q, R_, FC, OP, OUT = ("personal case", "breakdown not printed", "named person / request",
                                   "quantity not stated", "reason not stated", "forecast or plan",
                                   "opinion or judgement", "body or year not in the corpus")
    return [
        # ---- zh (43)
        NO(z, "我2024年3月给淮安市政府寄了一份申请，想要我们小区拆迁补偿的文件，到现在没收到回复。我那份申请现在办到哪一步了？", "one applicant's own request is not in the report", P),
        NO(z, "我爸2025年在沭阳县申请公开宅基地审批材料，被答复“不予公开”。他那件算在哪一类理由里？", "individual cases are not itemised", P),
        NO(z, "2023年我在洪泽区申请过一次信息公开，被说“本机关不掌握”。那10件不掌握里面有我那件吗？", "individual requests are not itemised", P),
        NO(z, "淮安市2024年复议结果被纠正的64件，分别是哪些部门的？", "corrected reviews are not broken down by department", B),
        NO(z, "淮安2024年新收的3119件申请，每个月各收了多少？", "no monthly breakdown", B),
        NO(z, "沭阳县2025年的申请人里男的女的各有多少？", "no breakdown by sex", B),
        NO(z, "上海市府办2025年1295件申请里，网上提交的和信函寄来的各占多少？", "no breakdown by channel", B),
        NO(z, "洪泽区2024年的申请，各个乡镇分别有多少件？", "no township breakdown", B),
        NO(z, "淮安市2024年申请人的年龄分布是怎样的？六十岁以上的有多少？", "no age breakdown", B),
        NO(z, "沭阳县2025年第三季度收到了多少件政府信息公开申请？", "no quarterly breakdown", B),
        NO(z, "上海市政府办公厅2019年的申请中，关于房屋征收的有多少件？", "no topic breakdown", B),
        NO(z, "淮安市2024年从外地来的申请人有多少？本地户籍的又有多少？", "no residence breakdown", B),
        NO(z, "沭阳2025年的行政处罚693957个决定里，交通方面占多少？", "penalties are not broken down by field", B),
        NO(z, "洪泽区2023年平均答复一件申请用了几个工作日？", "response time not stated", Q),
        NO(z, "淮安市政府2024年专门做信息公开工作的人员有几个？", "staff number not stated", Q),
        NO(z, "上海市府办2025年办理申请一共花了多少经费？", "cost not stated", Q),
        NO(z, "沭阳县2025年政务公开工作的预算是多少钱？", "budget not stated", Q),
        NO(z, "涧西区政府办2020年群众对信息公开工作的满意度是多少？", "satisfaction not stated", Q),
        NO(z, "淮安市2024年信息公开咨询电话一共接了多少个？", "phone calls not stated", Q),
        NO(z, "为什么淮安市2024年会有769件申请答复“不掌握”？", "reason not stated", R_),
        NO(z, "上海市政府办公厅2025年受理的复议涨到55件，是什么原因造成的？", "cause not stated", R_),
        NO(z, "洪泽区2024年为什么行政许可一下子到了9487个？", "cause not stated", R_),
        NO(z, "预计淮安市2025年会收到多少件信息公开申请？", "forecast not in any report", FC),
        NO(z, "沭阳县打算2026年制发多少件规范性文件？", "plan figures not stated", FC),
        NO(z, "上海市科委2025年计划开多少场直播？", "plan figures not stated", FC),
        NO(z, "淮安2024年有351件复议，这个数算多吗？", "opinion, not a reported number", OP),
        NO(z, "沭阳县2025年的信息公开工作做得好不好？给打个分。", "judgement, not in the report", OP),
        NO(z, "上海市府办2025年结转了293件到下年，这说明他们效率低吗？", "judgement, not a reported number", OP),
        NO(z, "南京市2024年收到多少件政府信息公开申请？", "南京市 not in the corpus", OUT),
        NO(z, "洪泽区2022年行政处罚决定有多少个？", "洪泽区 2022 not held", OUT),
        NO(z, "沭阳县2024年予以公开的申请是多少件？", "沭阳县 2024 not held", OUT),
        NO(z, "上海市科委2023年新收了多少件申请？", "上海市科委 2023 not held", OUT),
        NO(z, "涧西区2021年政府集中采购金额是多少？", "涧西区 2021 not held", OUT),
        NO(z, "淮安市2023年行政复议有多少件？", "淮安市 2023 not held", OUT),
        NO(z, "宿迁市2025年行政事业性收费是多少？", "宿迁市 not in the corpus", OUT),
        NO(z, "张建国2024年向淮安市政府申请的那件征地批文公开了没有？", "named person's request not in the report", NP),
        NO(z, "沭阳县2025年复议结果被纠正的那10件，申请人都是谁？", "applicants are not named", NP),
        NO(z, "上海市府办2025年申请人主动撤回的157件，都是哪些人撤回的，撤回的理由是什么？", "names and reasons not stated", NP),
        NO(z, "请把上海市政府办公厅2019年申请人的姓名和联系电话列出来。", "personal data, not in the report", NP),
        NO(z, "我邻居2025年在沭阳县交了380元信息处理费，他申请的是什么内容？", "one person's request not described", P),
        NO(z, "洪泽区2024年那2件行政复议，具体是告哪个部门的？", "not broken down by department", B),
        NO(z, "上海市科委2024年34件新收申请，每件平均多少天答复完？", "response days not stated", Q),
        NO(z, "淮安市2024年行政处罚3985758个决定里，涉及哪些行业最多？", "not broken down by industry", B),
        # ---- en (43)
        NO(e, "I sent Huai'an city government a request in June 2024 about the flood-control plan for my village and I'm still waiting. Where does my request stand?", "one applicant's request is not in the report", P),
        NO(e, "My mother applied to Shuyang County in 2025 for her pension file and was told the county did not hold it. Which official handled her case?", "individual cases are not itemised", P),
        NO(e, "Back in 2019 I asked the Shanghai General Office for the minutes of a 2018 meeting and was refused. Was my request one of the 35 withheld?", "individual requests are not itemised", P),
        NO(e, "Huai'an had 64 review cases corrected in 2024 — which departments did they involve?", "corrected reviews not broken down by department", B),
        NO(e, "Of the 1295 new requests the Shanghai General Office got in 2025, how many arrived in December?", "no monthly breakdown", B),
        NO(e, "How many of Shuyang County's 2025 applicants were women?", "no breakdown by sex", B),
        NO(e, "How many of Huai'an's 2024 requests were submitted online versus by post?", "no channel breakdown", B),
        NO(e, "Which district of Huai'an sent the most disclosure requests in 2024?", "no district breakdown", B),
        NO(e, "How many 2025 requests to the Shanghai General Office were about housing?", "no topic breakdown", B),
        NO(e, "In the second quarter of 2024, how many requests did Hongze District receive?", "no quarterly breakdown", B),
        NO(e, "How many foreign nationals filed disclosure requests with the Shanghai General Office in 2025?", "no nationality breakdown", B),
        NO(e, "How many of the 2024 applicants to STCSM were under 30 years old?", "no age breakdown", B),
        NO(e, "Break down Huai'an's 447228 licensing decisions in 2024 by industry.", "no industry breakdown", B),
        NO(e, "What was the average number of days Huai'an took to answer a disclosure request in 2024?", "response time not stated", Q),
        NO(e, "How many staff did Shuyang County have working on information disclosure in 2025?", "staff not stated", Q),
        NO(e, "How much did it cost the Shanghai General Office to run its disclosure work in 2019?", "cost not stated", Q),
        NO(e, "What was Hongze District's 2024 budget for government transparency?", "budget not stated", Q),
        NO(e, "What satisfaction rate did Huai'an applicants give the city's disclosure service in 2024?", "satisfaction not stated", Q),
        NO(e, "How many phone enquiries about disclosure did Jianxi District handle in 2020?", "phone calls not stated", Q),
        NO(e, "How many hours did the science commission spend on disclosure requests in 2024?", "effort not stated", Q),
        NO(e, "Why did the Shanghai General Office carry 293 requests into the following year from 2025?", "reason not stated", R_),
        NO(e, "What drove Shuyang's 143 'other' outcomes in 2025 — what were those applicants after?", "motives not stated", R_),
        NO(e, "Why did Hongze District's penalty decisions fall between 2023 and 2024?", "cause not stated", R_),
        NO(e, "How many disclosure requests will Huai'an receive in 2026?", "forecast", FC),
        NO(e, "How many press conferences does the Shanghai government plan for 2026?", "plan not stated", FC),
        NO(e, "What target has Shuyang set for proactive disclosures in 2026?", "plan not stated", FC),
        NO(e, "Huai'an collected 96171.6 (10,000 yuan) in fees in 2024 — is that too much?", "opinion", OP),
        NO(e, "Did Hongze District do a good job on disclosure in 2023?", "judgement", OP),
        NO(e, "Is 26 direct lawsuits in 2024 a worrying number for Huai'an?", "opinion", OP),
        NO(e, "Which of the 2025 reports is the best written, Shanghai's or Shuyang's?", "judgement", OP),
        NO(e, "How many disclosure requests did Nanjing receive in 2024?", "Nanjing not in the corpus", OUT),
        NO(e, "How many requests did Pudong New Area grant in 2025?", "Pudong not in the corpus", OUT),
        NO(e, "What were Shuyang County's administrative penalty decisions in 2024?", "Shuyang 2024 not held", OUT),
        NO(e, "How many reviews did the Shanghai General Office face in 2022?", "Shanghai General Office 2022 not held", OUT),
        NO(e, "How many requests did Jianxi District receive in 2021?", "Jianxi 2021 not held", OUT),
        NO(e, "What did Qingjiangpu District collect in administrative fees in 2024?", "Qingjiangpu not in the corpus", OUT),
        NO(e, "What licensing decisions did Hongze District make in 2022?", "Hongze 2022 not held", OUT),
        NO(e, "Did Ms. Li Hua's 2025 request to the Shanghai General Office about school zoning get answered?", "named person's request not in the report", NP),
        NO(e, "Give me the names of the applicants behind Huai'an's 105 administrative-query refusals in 2024.", "personal data, not in the report", NP),
        NO(e, "Who filed the single direct lawsuit against Hongze District in 2024, and what was it about?", "litigant not named", NP),
        NO(e, "My neighbour says Shuyang charged him a processing fee in 2025. Was the 380 yuan his payment?", "one person's payment not identified", P),
        NO(e, "I run a small company and asked the science commission for a grant list in 2024. Was my firm one of the 2 commercial applicants?", "applicants not identified", P),
        NO(e, "Of the 55 reviews the Shanghai General Office faced in 2025, how many were brought by lawyers?", "no breakdown of review applicants", B),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + neighbour() + textonly() + followups() + cannot()
