"""Question bank of the sixth blind evaluation set (evals/blind6).

WARNING: holds the text of every test question. As frozen as test.jsonl: do not read while
tuning the engine.

Every number is computed by helpers6 (gold JSON, printed text cells, or sentences cut from the
report text); this file only names bodies, keys, keywords and wordings.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib6 as L  # noqa: E402
from helpers6 import (C, E, ED, EN, ER, EU, V, N, U, D, R, F)  # noqa: E402,F401

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

W = "万元"


def PV(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[plain] table value in everyday wording", **kw)


def TR(lang, b, keys, q, why, **kw):
    return V(lang, b, keys, q, "[neighbour] " + why, kind="trap", **kw)


def SU(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[combine] sum of the listed cells", kind="sum", **kw)


def DF(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year", **kw)


def RK(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies, each in its gold year")


def NR(lang, b, keyword, value, unit, q, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] number stated only in the report text", frm)


def UN(lang, q, why):
    return U(lang, q, why, "[cannot] no number may be given")


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def PLAIN():
    return [
        # ---- zh (46)
        PV("zh", "ha", "r.received.total", "24年淮安市政府那边新接到的政府信息公开申请有几件？",
           alt=("全市共受理政府信息公开申请", 3119)),
        PV("zh", "ha", "r.granted.total", "淮安2024年的申请里，直接给公开了的有多少件"),
        PV("zh", "ha", "r.partially_granted.total", "2024年淮安市政府只公开了一部分内容的申请是多少件？"),
        PV("zh", "ha", "r.withheld.admin_query.total", "淮安市政府2024年因为属于行政查询事项而没公开的，有几件"),
        PV("zh", "ha", "r.unable.not_held.natural_person", "2024年淮安市民个人递的申请里，政府回复说自己手里没有这条信息的有多少件"),
        PV("zh", "ha", "c.licensing.decisions", "淮安2024年全年一共作出了多少个行政许可决定？"),
        PV("zh", "ha", "c.fees.amount", "二〇二四年淮安市政府的行政事业性收费一共收了多少钱", unit=W),
        PV("zh", "ha", "c.normative_docs.in_force", "到2024年底，淮安市政府手上还有效的行政规范性文件剩几件？"),
        PV("zh", "ha", "a.review.pending", "淮安2024年跟信息公开有关的行政复议，还没审完的有几件"),
        PV("zh", "ha", "a.litigation_direct.total", "2024年有多少人没走复议、直接把淮安市政府告上法院（信息公开类）？"),
        PV("zh", "ha", "r.received.legal_services", "24年淮安律所这类法律服务机构一共递了多少份公开申请"),
        PV("zh", "ha", "r.not_processed.petition.total", "淮安2024年有多少申请被当成信访举报投诉类、不予处理？"),
        PV("zh", "ha", "r.other.overdue_correction.total", "2024年淮安市政府那边，申请人过了期限也不补正材料的情况有多少件"),
        PV("zh", "hz23", "r.received.total", "洪泽区政府2023年收到的公开申请总共多少",
           alt=("全区受理政府信息公开申请", 21)),
        PV("zh", "hz23", "r.unable.not_held.total", "洪泽2023年以“本机关不掌握”为由答复无法提供的有几件？"),
        PV("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定一共作了多少个"),
        PV("zh", "hz23", "c.fees.amount", "2023年洪泽区的行政事业性收费金额是多少万元？", unit=W),
        PV("zh", "hz23", "r.partially_granted.total", "洪泽23年部分公开的申请有几件"),
        PV("zh", "hz23", "c.normative_docs.repealed", "2023年洪泽区政府废止掉的行政规范性文件有几件？"),
        PV("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件"),
        PV("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区政府回复“不掌握相关信息”的申请一共有多少？"),
        PV("zh", "hz24", "r.granted.total", "洪泽2024年同意公开的申请一共是几件"),
        PV("zh", "sy", "r.received.total", "沭阳县2025年本年新收的政府信息公开申请是多少件？不算上一年结转过来的"),
        PV("zh", "sy", "r.granted.total", "沭阳25年予以公开的申请有几件"),
        PV("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年拿“内部事务信息”当理由不公开的有几件？"),
        PV("zh", "sy", "r.unable.not_held.total", "2025年沭阳有多少申请因为县里不掌握这个信息所以没法提供"),
        PV("zh", "sy", "a.review.total", "沭阳县2025年因为政府信息公开被申请行政复议的，一共多少件？"),
        PV("zh", "sy", "c.coercion.decisions", "沭阳县2025年作出的行政强制决定有多少个"),
        PV("zh", "sy", "c.fees.amount", "2025年沭阳县行政事业性收费总额是多少？", unit=W),
        PV("zh", "sy", "r.carried_over.total", "沭阳2025年从上一年转过来、接着办的申请有多少件"),
        PV("zh", "sy", "r.withheld.security_stability.total", "沭阳县2025年因为担心危及“三安全一稳定”而不公开的申请几件？"),
        PV("zh", "sh19", "r.received.total", "上海市府办2019年受理了多少件信息公开申请",
           alt=("代表市政府共受理政府信息公开申请", 859)),
        PV("zh", "sh19", "r.received.commercial", "2019年上海市政府办公厅收到企业提的公开申请多少件？"),
        PV("zh", "sh19", "r.unable.not_held.natural_person", "上海市政府办公厅2019年对个人申请答复“本机关不掌握”的有多少件"),
        PV("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办把多少件自然人的申请归为信访举报投诉类不予处理？"),
        PV("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购的总金额是多少", unit=W),
        PV("zh", "sh19", "c.normative_docs.made", "上海市府办2019年新制作的规范性文件有多少件？",
           alt=("行政规范性文件60件", 60)),
        PV("zh", "sh19", "r.carried_forward.total", "2019年上海市府办有多少件申请要顺延到下一年度办理",
           alt=("另有72件申请", 72)),
        PV("zh", "jx", "r.received.total", "涧西区政府办2020年收到的依申请公开有几件？",
           alt=("全年共收到依申请公开", 17)),
        PV("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购的项目有几个"),
        PV("zh", "jx", "r.carried_forward.total", "2020年涧西区政府办结转到下一年继续办理的申请有几件？",
           alt=("在办2件", 2)),
        PV("zh", "kw", "r.received.total", "上海科委2024年新收的信息公开申请多少件",
           alt=("全年收到政府信息公开申请", 34)),
        PV("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件一共几件？"),
        PV("zh", "sh25", "r.received.total", "上海市府办2025年一共受理了多少件公开申请？",
           alt=("市政府共受理政府信息公开申请", 1295)),
        PV("zh", "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因为没有现成信息、要另外制作而没提供的有几件"),
        PV("zh", "sh25", "a.review.total", "上海市府办2025年因信息公开被申请行政复议的案件总数是多少？"),
        # ---- en (45)
        PV("en", "ha", "r.received.commercial", "How many disclosure requests did businesses file with the Huai'an city government in 2024?"),
        PV("en", "ha", "r.total_processed.total", "In 2024, how many applications did Huaian actually finish handling?",
           alt=("答复 3050", 3050)),
        PV("en", "ha", "r.carried_forward.total", "How many of Huai'an's requests were still open at the end of 2024 and rolled over?",
           alt=("另有 103 件顺延", 103)),
        PV("en", "ha", "r.withheld.prohibited_by_law.total", "For Huai'an in 2024, how many requests got refused because a law or regulation bars disclosure?"),
        PV("en", "ha", "r.unable.needs_creation.total", "Huaian FY2024: number of requests that couldn't be met because the info would have had to be newly compiled?"),
        PV("en", "ha", "c.punishment.decisions", "What's the count of administrative penalty decisions Huai'an reported for 2024?"),
        PV("en", "ha", "c.coercion.decisions", "Huai'an, 2024 - how many administrative coercion decisions were there?"),
        PV("en", "ha", "a.review.upheld", "Of Huai'an's 2024 disclosure-related administrative reviews, how many ended with the original decision upheld?",
           alt=("政府信息公开行政复议 351件", 72)),
        PV("en", "ha", "c.regulations.in_force", "How many municipal government regulations were still in force in Huai'an in 2024?"),
        PV("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?"),
        PV("en", "ha", "a.litigation_after_review.total", "In 2024 how many disclosure lawsuits against Huai'an were filed after the plaintiff had first gone through administrative review?"),
        PV("en", "ha", "r.received.other_org", "How many requests from 'other' organisations did Huai'an receive in 2024?"),
        PV("en", "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze District make in 2023?"),
        PV("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023: were any requests withheld as state secrets, and how many?"),
        PV("en", "hz23", "r.total_processed.total", "In 2023, how many requests did the Hongze District government close out altogether?"),
        PV("en", "hz23", "c.coercion.decisions", "Hongze, 2023: count of administrative coercion decisions?"),
        PV("en", "hz24", "c.punishment.decisions", "Number of administrative penalty decisions issued by Hongze District in 2024?"),
        PV("en", "hz24", "c.fees.amount", "What did Hongze District take in from administrative fees in 2024?", unit=W),
        PV("en", "hz24", "c.normative_docs.issued", "How many new normative documents did the Hongze District government put out in 2024?"),
        PV("en", "sy", "r.partially_granted.total", "Shuyang County, 2025: how many requests were only partly disclosed?"),
        PV("en", "sy", "c.punishment.decisions", "How many penalty decisions did Shuyang County report for 2025?"),
        PV("en", "sy", "c.licensing.decisions", "Shuyang 2025 - licensing decisions, what's the number?"),
        PV("en", "sy", "r.not_processed.duplicate.total", "How many repeat applications did Shuyang County decline to process in 2025?"),
        PV("en", "sy", "r.received.legal_services", "In 2025, how many applications to Shuyang came from law firms or other legal service providers?"),
        PV("en", "sy", "a.review.corrected", "How many administrative reviews of Shuyang County's disclosure decisions in 2025 ended with the decision being corrected?"),
        PV("en", "sy", "c.normative_docs.in_force", "How many normative documents did Shuyang County have in effect in 2025?"),
        PV("en", "sy", "r.withheld.admin_query.total", "Shuyang County 2025: requests turned away as administrative inquiries rather than disclosure requests - how many?"),
        PV("en", "sh19", "r.received.natural_person", "In 2019, how many requests did private individuals send the Shanghai General Office?"),
        PV("en", "sh19", "c.normative_docs.total_published", "How many normative documents had the Shanghai General Office made public in total as of 2019?"),
        PV("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: requests from individuals that failed because the information would need to be newly produced?"),
        PV("en", "sh19", "r.total_processed.total", "How many disclosure requests did the Shanghai General Office answer in 2019?",
           alt=("答复政府信息公开申请805", 805)),
        PV("en", "sh19", "a.litigation_direct.total", "How many disclosure lawsuits were brought straight to court against the Shanghai General Office in 2019?",
           alt=("信息公开类行政复议7件", 9)),
        PV("en", "sh19", "c.procurement.projects", "How many centralized government procurement projects did the Shanghai General Office list for 2019?"),
        PV("en", "jx", "r.granted.total", "How many requests did Jianxi District grant in 2020?"),
        PV("en", "jx", "c.procurement.amount", "Jianxi District, 2020: total amount of centralized procurement?", unit=W),
        PV("en", "jx", "a.review.total", "Jianxi District government office in 2020 - number of administrative reviews over disclosure?"),
        PV("en", "jx", "c.normative_docs.total_published", "How many normative documents had Jianxi District published in total by 2020?"),
        PV("en", "kw", "r.granted.total", "In 2024, how many requests did the Shanghai science commission grant in full?",
           alt=("同意公开答复 9", 9)),
        PV("en", "kw", "c.licensing.decisions", "STCSM licensing decisions in 2024?"),
        PV("en", "kw", "r.carried_over.total", "How many requests did STCSM carry into 2024 from the year before?",
           alt=("上年结转政府信息公开申请 2", 2)),
        PV("en", "sh25", "r.not_processed.petition.total", "How many requests in 2025 did the Shanghai General Office treat as petitions or complaints and not process?"),
        PV("en", "sh25", "r.carried_forward.total", "Shanghai General Office: how many requests were still pending at the end of 2025, to be handled the next year?"),
        PV("en", "sh25", "a.litigation_direct.total", "How many lawsuits over disclosure went directly to court against the Shanghai General Office in 2025?"),
        PV("en", "sh25", "r.received.natural_person", "In 2025, how many new requests did the Shanghai General Office get from individuals?"),
        PV("en", "sh25", "r.granted.total", "How many requests did the Shanghai General Office fully grant in 2025?"),
    ]


def COMBINE():
    return [
        SU("zh", "ha", WH, "淮安市政府2024年各种理由不予公开的，加起来一共多少件？"),
        SU("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "沭阳2025年“无法提供”这一大类合计是多少件"),
        SU("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "2024年淮安因信息公开引起的行政复议和行政诉讼，全部加在一起多少件？"),
        SU("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部公开加部分公开，合计几件"),
        SU("zh", "hz23", WH, "洪泽区2023年所有不予公开的申请加总是多少？"),
        SU("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "上海市府办2025年信访类和重复申请这两类不予处理的，一共多少件"),
        SU("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "淮安2024年行政许可、行政处罚、行政强制三项决定数量加起来是多少？"),
        SU("zh", "sy", ["r.received.%s" % c for c in L.ORG_COLS], "沭阳2025年企业、法律服务机构这些单位一共新提交了几份申请",
           alt=("法人或其他组织申请", 8)),
        SU("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"],
           "Huai'an 2024: requests from individuals, new ones plus those carried over from the year before - total?"),
        SU("en", "sh19", ["r.received.%s" % c for c in L.ORG_COLS], "Adding up all organisations (companies, law firms, others), how many requests did the Shanghai General Office receive in 2019?"),
        SU("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "Across reviews and both kinds of lawsuits, how many Shuyang County disclosure cases in 2025 ended upheld?"),
        SU("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Hongze District 2024: reviews plus lawsuits over information disclosure, combined?"),
        SU("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Shanghai General Office, 2025: 'not held' plus 'would need to be newly made' requests - how many together?"),
        SU("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
           "How many Huai'an requests in 2024 were left unprocessed for any reason, all sub-types summed?"),
        SU("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi District 2020: total disclosure disputes, counting reviews and lawsuits?"),
        SU("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "Shuyang 2025: sum of everything under 'other handling'?"),
        DF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？"),
        DF("zh", "hz23", "hz24", "c.fees.amount", "洪泽2024年的行政事业性收费跟2023年比差了多少万元", unit=W),
        DF("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请，2025年比2019年增加了多少件？"),
        DF("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2019年到2025年变化了多少"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复，2024年相比2023年增减了几件？"),
        DF("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change from 2023 to 2024?"),
        DF("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions: 2024 figure minus 2023 figure?"),
        DF("en", "sh19", "sh25", "a.review.total", "How many more disclosure-related administrative reviews did the Shanghai General Office face in 2025 than in 2019?"),
        DF("en", "sh19", "sh25", "r.received.natural_person", "Change in requests from individuals to the Shanghai General Office between 2019 and 2025?"),
        DF("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze District normative documents in force: how did 2024 compare with 2023, as a difference?"),
    ]


def RANK():
    G = ["ha", "sy", "sh19", "hz23"]
    return [
        RK("zh", G, "r.received.total", "desc", "淮安市政府2024年、沭阳县2025年、上海市府办2019年、洪泽区2023年，哪家新收的申请最多？"),
        RK("zh", ["jx", "hz23", "sy"], "r.received.total", "asc", "涧西区2020年、洪泽区2023年和沭阳县2025年比一比，谁收到的公开申请最少"),
        RK("zh", ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc",
           "个人申请被答复“不掌握”的件数，淮安2024、沭阳2025、上海市府办2019、涧西2020里哪个最高？"),
        RK("zh", ["ha", "sy", "sh19", "hz23"], "r.carried_forward.total", "asc",
           "结转下年度的申请，淮安（2024年）、沭阳（2025年）、上海市府办（2019年）、洪泽（2023年）谁最少？"),
        RK("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可决定数：淮安2024年、沭阳2025年、洪泽2023年，哪个排第一"),
        RK("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "淮安市2024年、沭阳县2025年、洪泽区2023年中，行政处罚决定最少的是哪个？"),
        RK("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "信息公开行政复议案件数，淮安2024年、沭阳2025年、上海市府办2019年、涧西区2020年谁最多"),
        RK("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Which collected the least in administrative fees: Huai'an in 2024, Shuyang County in 2025 or Hongze District in 2023?"),
        RK("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Among Huai'an (2024), Shuyang (2025) and Hongze (2023), who had the most normative documents in force?"),
        RK("en", ["sy", "sh19", "jx", "hz23"], "r.received.natural_person", "desc", "Requests from individuals: Shuyang County 2025, Shanghai General Office 2019, Jianxi District 2020, Hongze District 2023 - which got the most?"),
        RK("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "Fewest direct disclosure lawsuits (no prior review): Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?"),
        RK("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Who dismissed the most individuals' requests as petition-type complaints: Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?"),
        RK("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by coercion decisions - which is lowest?"),
    ]


def FOLLOW():
    return [
        FU("zh", [("洪泽区2023年的行政许可决定有多少？", E("hz23", "c.licensing.decisions")),
                  ("换成2024年呢", E("hz24", "c.licensing.decisions"))], "switch year"),
        FU("zh", [("二〇二三年洪泽区政府作了多少行政处罚决定", E("hz23", "c.punishment.decisions")),
                  ("2024年的数字是多少？", E("hz24", "c.punishment.decisions"))], "switch year"),
        FU("zh", [("上海市府办2019年新收的申请是多少件？", E("sh19", "r.received.total")),
                  ("那2025年的呢", E("sh25", "r.received.total"))], "switch year"),
        FU("zh", [("淮安市政府2024年予以公开的申请几件", E("ha", "r.granted.total")),
                  ("部分公开的呢？", E("ha", "r.partially_granted.total")),
                  ("因为是过程性信息而不公开的又有几件", E("ha", "r.withheld.process_info.total"))], "switch row"),
        FU("zh", [("沭阳县2025年信息公开方面的行政复议有多少件？", E("sy", "a.review.total")),
                  ("没经过复议直接去法院起诉的呢", E("sy", "a.litigation_direct.total"))], "switch appeals group"),
        FU("zh", [("淮安2024年自然人新提交的申请有多少", E("ha", "r.received.natural_person")),
                  ("商业企业提交的呢？", E("ha", "r.received.commercial"))], "switch column"),
        FU("zh", [("沭阳2025年“本机关不掌握”的申请有几件？", E("sy", "r.unable.not_held.total")),
                  ("淮安市2024年同一项是多少", E("ha", "r.unable.not_held.total"))], "switch body and year"),
        FU("zh", [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount", unit=W)),
                  ("24年呢？", E("hz24", "c.fees.amount", unit=W))], "switch year"),
        FU("zh", [("上海市政府办公厅2019年结转到下一年的申请几件？", E("sh19", "r.carried_forward.total")),
                  ("2025年又是多少", E("sh25", "r.carried_forward.total"))], "switch year"),
        FU("zh", [("涧西区2020年一共收到几件公开申请", E("jx", "r.received.total")),
                  ("其中批准公开的有几件？", E("jx", "r.granted.total"))], "switch row"),
        FU("zh", [("淮安2024年行政许可决定多少个？", E("ha", "c.licensing.decisions")),
                  ("行政处罚呢", E("ha", "c.punishment.decisions")),
                  ("行政强制呢？", E("ha", "c.coercion.decisions"))], "switch row"),
        FU("zh", [("沭阳县2025年新制发了几件行政规范性文件", E("sy", "c.normative_docs.issued")),
                  ("废止了几件？", E("sy", "c.normative_docs.repealed")),
                  ("现在还有效的一共多少", E("sy", "c.normative_docs.in_force"))], "switch column"),
        FU("zh", [("上海科委2024年新收到几件信息公开申请？", E("kw", "r.received.total")),
                  ("上海市府办2025年呢", E("sh25", "r.received.total"))], "switch body and year"),
        FU("zh", [("淮安2024年信息公开行政复议里被纠正的有几件", E("ha", "a.review.corrected")),
                  ("沭阳县2025年呢？", E("sy", "a.review.corrected"))], "switch body and year"),
        FU("zh", [("洪泽区2024年信息公开被申请行政复议几件？", E("hz24", "a.review.total")),
                  ("复议完了又去起诉的呢", E("hz24", "a.litigation_after_review.total"))], "switch appeals group"),
        FU("zh", [("上海市府办2025年答复“本机关不掌握”的有多少件", E("sh25", "r.unable.not_held.total")),
                  ("需要另行制作的那类呢？", E("sh25", "r.unable.needs_creation.total"))], "switch row"),
        FU("zh", [("淮安市政府2024年因为涉及第三方合法权益不公开的有几件？", E("ha", "r.withheld.third_party.total")),
                  ("属于国家秘密的呢", E("ha", "r.withheld.state_secret.total"))], "switch row"),
        FU("zh", [("沭阳2025年自然人新收的申请有多少件（表里本年新收那一行）", E("sy", "r.received.natural_person")),
                  ("法律服务机构那一栏呢？", E("sy", "r.received.legal_services"))], "switch column"),
        FU("zh", [("洪泽2023年“本机关不掌握相关政府信息”的有几件", E("hz23", "r.unable.not_held.total")),
                  ("到了2024年是多少？", E("hz24", "r.unable.not_held.total"))], "switch year"),
        FU("zh", [("上海市府办2019年商业企业提的申请有多少件？", E("sh19", "r.received.commercial")),
                  ("个人提的呢", E("sh19", "r.received.natural_person"))], "switch column"),
        FU("en", [("What did Huai'an collect in administrative fees in 2024?", E("ha", "c.fees.amount", unit=W)),
                  ("And Shuyang County in 2025?", E("sy", "c.fees.amount", unit=W))], "switch body and year"),
        FU("en", [("Hongze District coercion decisions in 2023?", E("hz23", "c.coercion.decisions")),
                  ("what about 2024", E("hz24", "c.coercion.decisions"))], "switch year"),
        FU("en", [("How many disclosure-related administrative reviews did the Shanghai General Office have in 2019?", E("sh19", "a.review.total")),
                  ("And in 2025?", E("sh25", "a.review.total"))], "switch year"),
        FU("en", [("Shuyang 2025: how many requests from individuals were granted in full?", E("sy", "r.granted.natural_person")),
                  ("and from legal service firms?", E("sy", "r.granted.legal_services"))], "switch column"),
        FU("en", [("How many requests did Huai'an carry over from 2023 into 2024?", E("ha", "r.carried_over.total")),
                  ("And how many did it push on past 2024?", E("ha", "r.carried_forward.total"))], "switch row"),
        FU("en", [("How many requests did the Shanghai General Office receive in 2025?", E("sh25", "r.received.total")),
                  ("same office, 2019?", E("sh19", "r.received.total"))], "switch year"),
        FU("en", [("Huaian 2024: duplicate requests that weren't processed?", E("ha", "r.not_processed.duplicate.total")),
                  ("Shuyang County for 2025?", E("sy", "r.not_processed.duplicate.total"))], "switch body and year"),
        FU("en", [("Jianxi District 2020, number of administrative reviews?", E("jx", "a.review.total")),
                  ("direct lawsuits?", E("jx", "a.litigation_direct.total")),
                  ("and lawsuits after a review?", E("jx", "a.litigation_after_review.total"))], "switch appeals group"),
        FU("en", [("How many normative documents did STCSM issue in 2024?", E("kw", "c.normative_docs.issued")),
                  ("and how many are currently valid?", E("kw", "c.normative_docs.in_force"))], "switch column"),
        FU("en", [("Shuyang County 2025: lawsuits filed after administrative review?", E("sy", "a.litigation_after_review.total")),
                  ("how many of those were still undecided?", E("sy", "a.litigation_after_review.pending"))], "switch column"),
        FU("en", [("Total disclosure-related reviews against Huai'an in 2024?", E("ha", "a.review.total")),
                  ("How many had an 'other' outcome?", E("ha", "a.review.other"))], "switch column"),
        FU("en", [("Hongze District 2024, requests granted?", E("hz24", "r.granted.total")),
                  ("and ones where the district said it didn't hold the info?", E("hz24", "r.unable.not_held.total"))], "switch row"),
        FU("en", [("Shanghai General Office 2025: requests carried over from the previous year?", E("sh25", "r.carried_over.total")),
                  ("just from individuals?", E("sh25", "r.carried_over.natural_person"))], "switch column"),
        FU("en", [("Huai'an 2024: how many companies' requests were answered with 'we don't hold it'?", E("ha", "r.unable.not_held.commercial")),
                  ("legal service organisations?", E("ha", "r.unable.not_held.legal_services"))], "switch column"),
        FU("en", [("How many Shuyang requests were carried forward beyond 2025?", E("sy", "r.carried_forward.total")),
                  ("And Huai'an's at the end of 2024?", E("ha", "r.carried_forward.total"))], "switch body and year"),
        FU("en", [("Hongze District normative documents in force, 2023?", E("hz23", "c.normative_docs.in_force")),
                  ("2024?", E("hz24", "c.normative_docs.in_force"))], "switch year"),
        FU("en", [("How many regulations did the Shanghai General Office newly make in 2019?", E("sh19", "c.regulations.made")),
                  ("normative documents?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))], "switch row"),
        FU("en", [("Huai'an in 2024 - individuals' requests partly granted?", E("ha", "r.partially_granted.natural_person")),
                  ("Shuyang, 2025?", E("sy", "r.partially_granted.natural_person"))], "switch body and year"),
        FU("en", [("Shanghai General Office 2025, requests fully granted?", E("sh25", "r.granted.total")),
                  ("the science commission for 2024?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9)))], "switch body and year"),
    ]


def TEXTONLY():
    return [
        NR("zh", "ha", "淮安市人民政府公报", 6, "期", "淮安市政府2024年出了几期政府公报？"),
        NR("zh", "ha", "新闻发布会 12", 12, "场", "24年淮安开了多少场新闻发布会"),
        NR("zh", "ha", "在运维政务新媒体", 95, "个", "淮安全市在运维的政务新媒体有多少个（2024年报告）？"),
        NR("zh", "ha", "全覆盖检查", 4, "次", "2024年淮安对政府信息公开栏目做了几次全覆盖检查"),
        NR("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费？"),
        NR("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        NR("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽2024年政府网站主动发了多少条政府信息？"),
        NR("zh", "hz24", "区政府办代表区政府受理", 17, "件", "2024年洪泽区政府办代表区政府受理的申请是几件"),
        NR("zh", "jx", "办结率", 88.2, "%", "涧西区政府办2020年依申请公开的办结率是多少？"),
        NR("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理细化出多少项公开事项"),
        NR("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息？"),
        NR("zh", "sy", "爆款内容52", 52, "条", "沭阳2025年政务新媒体出了多少条爆款"),
        NR("zh", "sy", "全县64家单位", 64, "家", "2025年沭阳有多少家单位的年报是集中统一发布的？"),
        NR("zh", "sy", "发出催办提示 84", 84, "次", "沭阳县2025年一共发了几次催办提示"),
        NR("zh", "sy", "清理过期信息697", 697, "条", "2025年沭阳清理掉的过期信息有多少条？"),
        NR("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办理申请前主动跟申请人沟通了几次"),
        NR("zh", "kw", "微信公众号目前关注人数", 1016823, "人", "“上海科技”公众号有多少人关注？按市科委2024年报告说的"),
        NR("zh", "kw", "直播 118", 118, "场", "上海科委2024年搞了多少场直播"),
        NR("zh", "sh25", "新闻发布会 42", 42, "场", "2025年上海市政府开了多少场新闻发布会？"),
        NR("zh", "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", frm="其他处理"),
        NR("en", "ha", "政策性文件 11", 11, "件", "How many policy documents did the Huai'an government and its office newly publish in 2024, per the narrative?"),
        NR("en", "hz24", "公开政府常务会议 7", 7, "期", "How many executive meetings of the Hongze District government were made public in 2024?"),
        NR("en", "jx", "统筹推进26个试点领域", 26, "个", "Jianxi District's 2020 report talks about standardising grassroots disclosure - across how many pilot areas?"),
        NR("en", "sy", "开展意见征集9", 9, "期", "How many rounds of public consultation did Shuyang County run on its portal in 2025?"),
        NR("en", "sy", "发布信息3044", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025?"),
        NR("en", "sy", "策采相关新闻稿件2606", 2606, "篇", "In 2025, how many news stories did Shuyang's new-media accounts produce?"),
        NR("en", "sy", "失效链接43", 43, "处", "How many broken links did Shuyang County fix on its site in 2025?"),
        NR("en", "sy", "信息处理费共计380", 380, "元", "What was the total information processing fee collected by Shuyang County agencies for 2025 requests?"),
        NR("en", "kw", "集成式发布政策 121", 121, "条", "How many policies did the Shanghai science commission push through integrated release in 2024?"),
        NR("en", "kw", "主合办政协提案 85", 85, "件", "STCSM 2024: how many CPPCC proposals did it handle as lead or co-lead?"),
        NR("en", "kw", "网站全年累计发布信息 2139", 2139, "条", "How many items did the 'Shanghai Science & Technology' website publish over 2024?"),
        NR("en", "sh25", "新闻通气会 19", 19, "场", "How many press briefings (not full press conferences) did the Shanghai municipal government hold in 2025?"),
        NR("en", "sh25", "刊登市政府规章", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?"),
        NR("en", "sh25", "覆盖 10 个语种", 10, "个", "How many languages did the Shanghai International Services Portal cover per the 2025 report?"),
        NR("en", "sh25", "公文公开属性审查 166", 166, "件", "In 2025, how many documents had their disclosure status reviewed by the Shanghai General Office?"),
        NR("en", "sh19", "发布政策解读共132", 132, "件", "How many policy interpretations went up on the 'China Shanghai' portal in 2019?"),
        NR("en", "sh19", "权威发布共计38", 38, "次", "How many authoritative releases on executive meeting topics did the Shanghai General Office make in 2019?"),
        NR("en", "sh19", "全年共编发公报24", 24, "期", "How many gazette issues did the Shanghai government put out in 2019?"),
        NR("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check each quarter in 2019?"),
    ]


def CANNOT():
    return [
        UN("zh", "淮安市政府2024年的公开申请里，男的和女的各占多少？", "applicants' sex not reported"),
        UN("zh", "沭阳县2025年哪个月收到的信息公开申请最多", "no monthly breakdown"),
        UN("zh", "洪泽区2023年提交申请的人平均多大年纪？", "no age data"),
        UN("zh", "上海市府办2025年的申请里，网上提交和信函提交各是多少件", "no channel breakdown"),
        UN("zh", "淮安2024年各个县区分别收到了多少公开申请？", "report gives city totals only, no district split"),
        UN("zh", "沭阳2025年关于征地拆迁的信息公开申请有多少件", "no topic breakdown"),
        UN("zh", "南京市2024年收到多少件政府信息公开申请？", "body not in the corpus"),
        UN("zh", "洪泽区2022年行政处罚决定多少个", "year not in the corpus for this body"),
        UN("zh", "沭阳县2024年新收了多少件申请？", "year not in the corpus for this body"),
        UN("zh", "上海科委2023年的行政许可有多少？", "year not in the corpus for this body"),
        UN("zh", "你估计淮安市政府2025年会收到多少公开申请", "forecast"),
        UN("zh", "洪泽区2024年政府信息公开工作做得好不好，给打个分？", "opinion, no score in the report"),
        UN("zh", "沭阳2025年那1条播放破亿的视频是谁拍的，叫什么名字", "not stated in the report"),
        UN("zh", "帮我查一下2024年向淮安市政府申请公开的张某的电话号码", "personal data"),
        UN("zh", "上海市府办2019年一件申请平均花几天答复完", "response times not reported"),
        UN("zh", "涧西区政府办2020年搞信息公开一共花了多少钱？", "costs not reported"),
        UN("zh", "淮安2024年信息公开工作配了多少专职人员", "staff number not stated"),
        UN("zh", "宿迁市2025年的行政复议件数是多少？", "body not in the corpus"),
        UN("zh", "沭阳县2025年不予公开的申请里，各乡镇分别有几件", "no township breakdown"),
        UN("zh", "上海市府办2025年说申请量持续增长，是哪些领域涨得最多、各涨了多少件？", "no topic breakdown or growth figures stated"),
        UN("en", "How many of Huai'an's 2024 requesters were women?", "sex not reported"),
        UN("en", "In which quarter of 2025 did Shuyang County get the most disclosure requests?", "no quarterly breakdown"),
        UN("en", "What share of requests to the Shanghai General Office in 2025 came from people under 30?", "no age data"),
        UN("en", "How many 2024 requests to Huai'an were submitted by email versus in person?", "no channel breakdown"),
        UN("en", "Which industries did the companies that filed requests with Shuyang in 2025 belong to?", "no industry breakdown"),
        UN("en", "How many disclosure requests did Pudong New Area receive in 2024?", "body not in the corpus"),
        UN("en", "How many requests did Jianxi District receive in 2021?", "year not in the corpus for this body"),
        UN("en", "What were the Shanghai General Office's licensing numbers for 2022?", "year not in the corpus"),
        UN("en", "Can you predict how many lawsuits Huai'an will face over disclosure in 2026?", "forecast"),
        UN("en", "Was the Shanghai science commission's disclosure work in 2024 better than Hongze's? Give me your opinion.", "opinion"),
        UN("en", "Why exactly did the number of requests to Hongze District jump in 2024? What's the stated cause with figures?", "reasons not stated"),
        UN("en", "Give me the names of the people who sued Shuyang County over disclosure in 2025.", "personal data"),
        UN("en", "How many days on average did Huai'an take to answer a request in 2024?", "response times not reported"),
        UN("en", "How much of Shuyang County's 2025 administrative fee income came from the education bureau?", "no department breakdown"),
        UN("en", "How many disclosure requests did Qingjiangpu District handle in 2024?", "body not in the corpus"),
        UN("en", "How many of the Shanghai General Office's 2019 requests came from residents outside Shanghai?", "no residence breakdown"),
        UN("en", "In 2024, how many STCSM requests were about research funding specifically?", "no topic breakdown"),
        UN("en", "What budget did Hongze District spend on its government website in 2023?", "costs not reported"),
        UN("en", "How many staff at the Huai'an government office worked on disclosure requests in 2024?", "staff number not stated"),
    ]


def NEIGHBOUR():
    return [
        TR("zh", "ha", "r.carried_over.total", "淮安2024年从2023年结转过来的申请有几件？（不是转到2025年的）",
           "结转上年 34 vs 结转下年 103", alt=("含上年度结转申请", 34)),
        TR("zh", "sy", "a.litigation_after_review.total", "沭阳2025年先申请复议、复议后再起诉的官司有几件",
           "复议后起诉 10 vs 直接起诉 3"),
        TR("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止（注意不是新发）的行政规范性文件几件？",
           "废止 26 vs 制发 8 / 现行有效 66"),
        TR("zh", "sh25", "r.carried_over.total", "上海市府办2025年表里“上年结转”的申请是多少件",
           "上年结转 189 vs 结转下年度 293", alt=("含上年结转", 189)),
        TR("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年“没有现成信息需要另行制作”的有几件？",
           "另行制作 3 vs 不掌握 10"),
        TR("zh", "sy", "r.withheld.process_info.total", "沭阳2025年属于过程性信息而不予公开的有几件",
           "过程性信息 2 vs 内部事务 13"),
        TR("zh", "kw", "c.normative_docs.in_force", "上海科委2024年的规范性文件，现行有效的是多少件（问的不是当年制发数）？",
           "现行有效 55 vs 制发 13"),
        TR("en", "ha", "a.review.other", "Huai'an 2024 administrative reviews: how many ended with an 'other' result - not the corrected ones?",
           "其他结果 178 vs 纠正 64", alt=("政府信息公开行政复议 351件", 178)),
        TR("en", "jx", "c.procurement.projects", "Jianxi District 2020: how many procurement projects were there (the count, not the money)?",
           "采购项目数量 8 vs 采购总金额 28.6232"),
        TR("en", "sh19", "c.regulations.total_published", "How many government regulations were publicly available in total from the Shanghai General Office in 2019, not just the new ones?",
           "对外公开总数量 524 vs 本年新制作 13"),
        TR("en", "sy", "r.partially_granted.natural_person", "Shuyang 2025: individuals' requests that were partly granted - not fully?",
           "部分公开 99 vs 予以公开 290"),
        TR("en", "ha", "r.granted.legal_services", "Huai'an 2024: requests from legal service organisations that were granted - not businesses?",
           "法律服务机构 50 vs 商业企业 21"),
        TR("en", "hz24", "a.litigation_direct.total", "Hongze District 2024: lawsuits filed directly without a prior review - just those?",
           "直接起诉 1 vs 复议后起诉 3"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + FOLLOW() + TEXTONLY() + CANNOT() + NEIGHBOUR()
