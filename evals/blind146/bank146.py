"""Question bank of blind set 146 (evals/blind146). All wordings written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.

Only names bodies, keys, keywords and wordings; every number is computed by helpers146
(gold JSON, printed text rows, or sentences cut from the report text).
Emphasis: follow-up conversations (~35%).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib146 as L  # noqa: E402
import helpers146 as H  # noqa: E402

# printed cells of the three reports without gold (same cells blind6 verified; re-parsed here)
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

# table cells the narrative also states with the same number: marked ambiguous, sentence accepted
ALT = {
    ("ha", "requests.received.total"): ("3119", 3119),
    ("ha", "requests.total_processed.total"): ("答复 3050", 3050),
    ("ha", "requests.carried_over.total"): ("含上年度结转申请 34", 34),
    ("ha", "requests.carried_forward.total"): ("103 件顺延", 103),
    ("ha", "appeals.review.total"): ("行政复议 351", 351),
    ("ha", "appeals.review.upheld"): ("行政复议 351", 72),
    ("ha", "appeals.review.corrected"): ("行政复议 351", 64),
    ("ha", "appeals.review.other"): ("行政复议 351", 178),
    ("ha", "appeals.review.pending"): ("行政复议 351", 37),
    ("jx", "requests.received.total"): ("收到依申请公开17件", 17),
    ("jx", "requests.total_processed.total"): ("办结15件", 15),
    ("jx", "requests.carried_forward.total"): ("在办2件", 2),
    ("sy", "requests.total_processed.total"): ("共办理 718", 718),
    ("sy", "requests.carried_forward.total"): ("结转下一年 31", 31),
    ("sh19", "requests.received.total"): ("受理政府信息公开申请859件", 859),
    ("sh19", "requests.total_processed.total"): ("答复政府信息公开申请805件", 805),
    ("sh19", "requests.carried_over.total"): ("含上年度结转申请18件", 18),
    ("sh19", "requests.carried_forward.total"): ("另有72件", 72),
    ("sh19", "appeals.review.total"): ("行政复议7件", 7),
    ("sh19", "appeals.litigation_direct.total"): ("行政复议7件", 9),
    ("hz23", "requests.received.total"): ("受理政府信息公开申请 21 件", 21),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请 34 件", 34),
    ("kw", "requests.carried_over.total"): ("上年结转政府信息公开申请 2 件", 2),
    ("kw", "requests.granted.total"): ("同意公开答复 9 件", 9),
    ("sh25", "requests.received.total"): ("受理政府信息公开申请 1295", 1295),
    ("sh25", "requests.total_processed.total"): ("办结 1191", 1191),
    ("sh25", "requests.carried_over.total"): ("含上年结转 189", 189),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def E(b, keys, **kw):
    ks = H.KS(keys)
    if len(ks) == 1 and (b, ks[0]) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return H.E(b, ks, **kw)


def cols(b, row):
    """a requests row whose printed 总计 is blank (上海市府办 2019): the six columns."""
    return H.cols(row)


N_ = H.EN   # narrative expect
U_ = H.EU   # unanswerable expect


def D_(b1, b2, keys, **kw):
    ks = H.KS(keys)
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return H.ED(b1, b2, ks, **kw)


def PL(lang, b, keys, q, note="table value", **kw):
    return H.C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def SM(lang, b, keys, q, note="sum of the listed cells"):
    assert len(H.KS(keys)) >= 2
    return H.C("sum", lang, [(q, E(b, keys))], "[combine] " + note)


def DF(lang, b1, b2, keys, q, note="later year minus earlier year"):
    return H.C("difference", lang, [(q, D_(b1, b2, keys))], "[combine] " + note)


def RK(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return H.C("ranking", lang, [(q, H.ER(bodies, keys, order))], "[rank] " + note)


def TX(lang, b, kw, v, unit, q, note="number stated only in the narrative", frm=None):
    return H.C("narrative", lang, [(q, H.EN(b, kw, v, unit, frm))], "[textonly] " + note)


def UN(lang, q, why, note="not in the corpus"):
    return H.C("unanswerable", lang, [(q, H.EU(why))], "[cannot] " + note)


def NB(lang, b, keys, q, note):
    return H.C("trap", lang, [(q, E(b, keys))], "[neighbour] " + note)


def FU(lang, turns, note):
    return H.C("followup", lang, turns, "[followup] " + note)


def plain():
    z, e = "zh", "en"
    return [
        PL(z, "ha", "r.granted.total", "淮安市政府2024年收到的信息公开申请里，直接全部公开给申请人的有几件？"),
        PL(z, "ha", "r.partially_granted.total", "淮安2024年只公开了一部分内容的申请是多少件"),
        PL(z, "ha", "r.unable.not_held.total", "2024年淮安市政府因为手上根本没有这份信息而答复不了的申请有多少"),
        PL(z, "ha", "a.litigation_direct.total", "二〇二四年淮安市政府因信息公开被人直接告上法院的案子有几起？"),
        PL(z, "ha", "c.licensing.decisions", "淮安市人民政府2024年报里行政许可处理决定一共多少个"),
        PL(z, "ha", "c.fees.amount", "淮安市2024年的行政事业性收费金额是多少万元？"),
        PL(z, "ha", "r.not_processed.petition.total", "24年淮安那边被当成信访举报投诉而不予处理的申请数"),
        PL(z, "sy", "r.granted.total", "沭阳县政府2025年一共同意公开了多少件申请（全部公开那种）？"),
        PL(z, "sy", "a.review.total", "2025年沭阳因为政府信息公开被申请行政复议的总数是多少"),
        PL(z, "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的行政规范性文件还有几件？"),
        PL(z, "sy", "r.withheld.internal_affairs.total", "沭阳2025年以属于内部事务信息为由不公开的有几件"),
        PL(z, "sy", "r.other.other.total", "沭阳县人民政府2025年“其他处理”里第三小项“其他”有多少件？"),
        PL(z, "sy", "c.punishment.decisions", "2025年沭阳县作出的行政处罚决定数量"),
        PL(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请是因为要另外制作信息才没法提供的"),
        PL(z, "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费收了多少万元？"),
        PL(z, "hz23", "r.partially_granted.total", "2023年洪泽区部分公开的申请有几件"),
        PL(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定是多少件？"),
        PL(z, "hz24", "r.granted.total", "洪泽24年予以公开的申请一共多少"),
        PL(z, "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购花了多少万元"),
        PL(z, "jx", "r.unable.not_held.total", "涧西区2020年有几件申请是本机关不掌握相关信息的？"),
        PL(z, "sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数量是多少"),
        PL(z, "sh19", cols("sh19", "unable.not_held"), "上海市府办2019年因为不掌握信息没法提供的申请，各类申请人加起来一共几件？"),
        PL(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年作为信访举报投诉类申请不予处理的有多少件"),
        PL(z, "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因为需要另行制作而无法提供的申请数是多少？"),
        PL(z, "kw", "c.licensing.decisions", "上海科委2024年行政许可的处理决定有多少"),
        PL(z, "kw", "r.received.natural_person", "市科委2024年新收的申请里个人（自然人）提的有几件？"),
        PL(z, "sy", "r.received.legal_services", "2025年沭阳县收到律师事务所这类法律服务机构提出的新申请几件"),
        PL(z, "ha", "r.withheld.admin_query.total", "淮安市2024年把申请当作行政查询事项而不予公开的有多少件？"),
        PL(z, "hz23", "c.punishment.decisions", "洪泽区人民政府2023年度行政处罚决定数是多少"),
        PL(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年集中采购的项目有几个？"),
        PL(z, "kw", "r.total_processed.total", "上海科委2024年办理结果那栏的总计是多少件？"),
        PL(z, "sh25", "a.litigation_direct.total", "上海市府办2025年未经复议直接被起诉的信息公开案件总计多少"),
        PL(z, "ha", "r.other.overdue_correction.total", "淮安2024年申请人逾期没有补正、机关不再处理的申请是几件"),
        # English
        PL(e, "ha", "r.granted.total", "How many requests did Huai'an city government fully release in 2024?"),
        PL(e, "ha", "r.withheld.state_secret.total", "In 2024, how many Huai'an requests were refused as state secrets?"),
        PL(e, "ha", "a.review.corrected", "Huaian 2024: number of administrative reconsiderations where the decision was corrected?"),
        PL(e, "ha", "c.punishment.decisions", "How many administrative penalty decisions does the Huai'an 2024 report list?"),
        PL(e, "ha", "r.received.legal_services", "How many new 2024 requests to Huai'an came from law firms or other legal service bodies?"),
        PL(e, "sy", "r.partially_granted.total", "Shuyang County, 2025: how many requests got only a partial release?"),
        PL(e, "sy", "r.unable.not_held.total", "In 2025 how many Shuyang requests failed because the county simply didn't hold the information?"),
        PL(e, "sy", "a.litigation_after_review.total", "Shuyang 2025 - lawsuits filed after an administrative reconsideration, total?"),
        PL(e, "sy", "c.coercion.decisions", "What's the number of administrative coercion decisions for Shuyang County in FY2025?"),
        PL(e, "sy", "c.fees.amount", "How much did Shuyang take in from administrative fees in 2025, in 10,000 yuan?"),
        PL(e, "sy", "r.not_processed.duplicate.total", "Shuyang County 2025: repeat applications that were not processed?"),
        PL(e, "hz23", "r.unable.not_held.total", "Hongze District 2023 — requests answered 'we don't hold this information'?"),
        PL(e, "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze District make in 2023?"),
        PL(e, "hz23", "r.withheld.state_secret.total", "Hongze 2023: requests withheld because they involved state secrets?"),
        PL(e, "hz24", "c.punishment.decisions", "Number of administrative penalty decisions in the Hongze District 2024 report?"),
        PL(e, "hz24", "r.unable.not_held.total", "Hongze 2024: how many requests could not be met because the government did not hold the info?"),
        PL(e, "jx", "c.normative_docs.made", "How many normative documents did Jianxi District office newly make in 2020?"),
        PL(e, "jx", "r.granted.total", "Jianxi District, 2020: requests that were fully granted?"),
        PL(e, "jx", "c.procurement.projects", "How many centralized procurement projects does Jianxi's 2020 report show?"),
        PL(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total number of normative documents published to the public?"),
        PL(e, "sh19", cols("sh19", "unable.needs_creation"), "For the Shanghai General Office in 2019, how many requests couldn't be met because the info would have to be newly created (all applicant columns together)?"),
        PL(e, "sh19", "r.received.commercial", "How many new requests did the Shanghai municipal general office get from businesses in 2019?"),
        PL(e, "sh25", "r.granted.total", "Shanghai General Office 2025 — requests where the information was released in full?"),
        PL(e, "sh25", "r.not_processed.duplicate.total", "How many duplicate requests did the Shanghai government general office decline to handle in 2025?"),
        PL(e, "sh25", "r.carried_over.natural_person", "Shanghai General Office 2025: requests from individuals carried over from 2024 (as the 2025 table prints it)?"),
        PL(e, "kw", "c.normative_docs.in_force", "STCSM in 2024: how many normative documents are currently in force?"),
        PL(e, "kw", "r.received.commercial", "How many new 2024 requests did the Shanghai science commission receive from companies?"),
        PL(e, "ha", "c.coercion.decisions", "Huai'an FY2024: administrative coercion decisions?"),
        PL(e, "sy", "r.withheld.admin_query.total", "How many Shuyang 2025 requests were turned away as administrative inquiries?"),
        PL(e, "hz23", "r.not_processed.petition.total", "Hongze 2023: requests set aside as petitions or complaints rather than disclosure requests?"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        SM(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "淮安市2024年“无法提供”的三小项加起来是多少件？"),
        SM(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年全部公开和部分公开合计多少件"),
        SM(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
           "洪泽区2023年因国家秘密、过程性信息、行政执法案卷不予公开的，三项一共几件？"),
        SM(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年信息公开行政诉讼（直接起诉加复议后起诉）总共多少件？"),
        SM(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件加一起多少件"),
        SM(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "Add up the three 'other handling' sub-rows for Huai'an 2024: what's the total?"),
        SM(e, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "Shuyang 2025: how many reconsiderations and lawsuits in all ended with the decision upheld?"),
        SM(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi 2020: reconsiderations plus both kinds of lawsuits, combined?"),
        SM(e, "ha", ["r.granted.total", "r.partially_granted.total"], "Huaian 2024, full plus partial releases together?"),
        SM(e, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "For Shuyang 2025, petitions-type plus repeat requests that weren't processed — sum?"),
        SM(z, "ha", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                     "r.received.legal_services", "r.received.other_org"],
           "淮安2024年新收申请中，五类法人或其他组织加起来提了多少件"),
        DF(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区2024年比2023年，本机关不掌握信息的申请多了几件？"),
        DF(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年相对2023年变化了多少"),
        DF(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请数，2025年比2019年增加了多少件？"),
        DF(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽现行有效的行政规范性文件，2024年和2023年比差几件"),
        DF(e, "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District penalty decisions from 2023 to 2024?"),
        DF(e, "sh19", "sh25", "a.review.total", "Shanghai General Office: how much did the reconsideration total move between 2019 and 2025?"),
        DF(e, "hz23", "hz24", "r.granted.total", "Hongze: fully granted requests, 2024 minus 2023?"),
    ]


def rank():
    z, e = "zh", "en"
    G4 = ["ha", "sy", "hz23", "jx"]
    return [
        RK(z, G4, "r.carried_forward.total", "desc",
           "淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年，哪家结转到下一年继续办的申请最多？"),
        RK(z, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
           "淮安2024、沭阳2025、洪泽2023三家里，谁的行政强制决定最少？"),
        RK(z, ["ha", "sy", "jx"], "r.unable.needs_creation.total", "desc",
           "需要另行制作而无法提供的申请：淮安市2024年、沭阳县2025年、涧西区2020年，哪个最多"),
        RK(z, ["sy", "hz23", "jx"], "r.partially_granted.total", "desc",
           "沭阳2025年、洪泽区2023年、涧西区2020年比一比，部分公开件数最多的是谁？"),
        RK(z, ["ha", "sy", "sh19"], "r.carried_over.total", "asc",
           "上年结转过来的申请，淮安2024年、沭阳2025年、上海市府办2019年哪家最少"),
        RK(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "asc",
           "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which had the fewest penalty decisions?"),
        RK(e, ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "desc",
           "Which had the most direct lawsuits: Huai'an in 2024, Shuyang in 2025, Jianxi in 2020, or the Shanghai General Office in 2019?"),
        RK(e, ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
           "Internal-affairs refusals — Huaian 2024 vs Shuyang 2025 vs Hongze 2023: who had the most?"),
        RK(e, ["ha", "hz23", "jx"], "r.received.total", "asc",
           "Of Huai'an (2024), Hongze (2023) and Jianxi (2020), which received the fewest new requests?"),
        RK(e, ["ha", "sy", "hz23"], "c.fees.amount", "desc",
           "Which collected the most administrative fees: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        TX(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会？"),
        TX(z, "ha", "政务新媒体共计 95", 95, "个", "淮安2024年报里说全市在运维的政务新媒体有多少个"),
        TX(z, "sy", "催办提示 84 次", 84, "次", "沭阳县2025年的倒计时报警器一共发出过多少次催办提醒？"),
        TX(z, "sy", "过期信息697条", 697, "条", "沭阳2025年清理掉的过期信息有多少条"),
        TX(z, "sy", "失效链接43处", 43, "处", "2025年沭阳整改了几处失效链接？"),
        TX(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        TX(z, "hz24", "2428 条", 2428, "条", "洪泽区2024年在政府网站上主动发布的政府信息有多少条？"),
        TX(z, "kw", "直播 118 场", 118, "场", "上海科委2024年做了多少场直播"),
        TX(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年开了几场新闻通气会？"),
        TX(z, "sh25", "申请人主动撤回 157 件", 157, "件", "2025年上海市政府办公厅有多少件申请是申请人自己撤回的", frm="其他处理"),
        TX(z, "sh19", "政策解读共132件", 132, "件", "2019年上海市政府办公厅在中国上海门户网站发了多少件政策解读"),
        TX(z, "jx", "601项事项", 601, "项", "涧西区2020年梳理细化出多少项事项？"),
        TX(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年报提到每季度检查多少家政府网站"),
        TX(e, "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an municipal gazette were produced in 2024?"),
        TX(e, "ha", "4 次政府信息公开栏目", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
        TX(e, "sy", "爆款内容52条", 52, "条", "Shuyang 2025: how many viral posts did the county's new media produce?"),
        TX(e, "sy", "办前主动沟通 49 次", 49, "次", "How many times did Shuyang proactively talk with applicants before handling requests in 2025?"),
        TX(e, "hz23", "1136 条", 1136, "条", "How many items did Hongze District proactively publish on its government website in 2023?"),
        TX(e, "kw", "原创文章 294", 294, "篇", "STCSM 2024: how many original articles on its WeChat account?"),
        TX(e, "kw", "粉丝数54373", 54373, "人", "How many followers did the Shanghai science commission's video channel have per its 2024 report?"),
        TX(e, "sh25", "10 个语种", 10, "个", "How many languages does the Shanghai international services portal cover, according to the 2025 General Office report?"),
        TX(e, "sh25", "公报》24 期", 24, "期", "Shanghai General Office 2025: how many gazette issues were edited?"),
        TX(e, "sh19", "2261项事项", 2261, "项", "In 2019, how many service items were connected to Shanghai's unified intake platform?"),
        TX(e, "jx", "21个领域", 21, "个", "Jianxi 2020: across how many fields were the 601 items sorted?"),
        TX(e, "sh19", "41条短视频", 41, "条", "How many Douyin short videos about the Import Expo did Shanghai's General Office report mention for 2019?"),
        TX(e, "ha", "信息处理费 3940 元", 3940, "元", "How much in information processing fees, in yuan, did Huai'an collect in 2024?"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        UN(z, "淮安市2024年的信息公开申请里男女各占多少？", "no breakdown by sex"),
        UN(z, "沭阳县2025年哪个乡镇的申请人最多", "no township breakdown"),
        UN(z, "洪泽区2022年收到多少件信息公开申请？", "洪泽 2022 report not held"),
        UN(z, "南京市2024年政府信息公开申请受理了多少件", "南京市 not held"),
        UN(z, "上海市府办2025年平均多少天答复一件申请？", "response time not stated"),
        UN(z, "淮安2024年信息公开工作一共花了多少经费", "cost not stated"),
        UN(z, "涧西区2021年年报里的行政复议有几件？", "涧西 2021 not held"),
        UN(z, "沭阳县2026年预计会收到多少申请", "forecast"),
        UN(z, "你觉得淮安市2024年的信息公开做得好不好", "opinion"),
        UN(z, "上海科委2023年部分公开的申请多少件", "上海科委 2023 not held"),
        UN(z, "洪泽区2023年申请人里年龄最大的是几岁", "no age data"),
        UN(z, "宿迁市2025年行政处罚决定有多少", "宿迁市 not held"),
        UN(z, "上海市府办2019年的申请里，网上提交的占多少？", "channel breakdown not stated"),
        UN(z, "淮安市2024年第三季度收到的申请有几件", "no quarter breakdown"),
        UN(z, "沭阳县2025年负责信息公开的工作人员有几个人？", "staff not stated"),
        UN(z, "清江浦区2024年予以公开的申请有多少件", "清江浦区 not held"),
        UN(z, "帮我查一下2024年向淮安市政府申请公开的张某的住址", "personal data"),
        UN(z, "上海市府办2025年涉及房屋征收的申请有几件", "topic breakdown not stated"),
        UN(z, "洪泽区2024年3月份收到多少申请", "no month breakdown"),
        UN(e, "How many Huai'an requesters in 2024 were women?", "no breakdown by sex"),
        UN(e, "Which Shuyang department received the most requests in 2025?", "no department breakdown"),
        UN(e, "What did Shuyang County report for requests in 2024?", "沭阳 2024 not held"),
        UN(e, "How many disclosure requests did Pudong New Area get in 2024?", "浦东新区 not held"),
        UN(e, "What was the average reply time for Hongze District requests in 2023?", "response time not stated"),
        UN(e, "Shanghai General Office 2022: how many requests were received?", "上海市府办 2022 not held"),
        UN(e, "How many staff work on disclosure at the Huai'an city government per its 2024 report?", "staff not stated"),
        UN(e, "Will Huai'an get more requests in 2025 than in 2024?", "forecast"),
        UN(e, "Is Jianxi District's 2020 disclosure performance better than the national average?", "opinion / no national figure"),
        UN(e, "Which industry filed the most requests to Shuyang in 2025?", "industry breakdown not stated"),
        UN(e, "How many of Huai'an's 2024 applicants live outside Jiangsu?", "residence not stated"),
        UN(e, "In which month of 2019 did the Shanghai General Office receive the most requests?", "no month breakdown"),
        UN(e, "What did Nanjing report for fee revenue in 2024?", "南京市 not held"),
        UN(e, "Why did Hongze District's request numbers change in 2024?", "reasons not stated"),
        UN(e, "Give me the phone number of the person who filed the most requests with Shuyang in 2025.", "personal data"),
        UN(e, "How much did the Shanghai science commission spend on its disclosure portal in 2024?", "cost not stated"),
        UN(e, "How many requests did Suqian city receive in 2025?", "宿迁市 not held"),
        UN(e, "How old was the typical requester in Shanghai General Office's 2025 report?", "age not stated"),
        UN(e, "Which Huai'an county had the most reconsiderations in 2024?", "no county breakdown"),
        UN(z, "上海科委2024年的信息公开申请，哪个区的企业提得最多？", "district breakdown not stated"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        NB(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来接着办的申请是几件？（不是结转到下一年的）", "carried_over 34 vs carried_forward 103"),
        NB(z, "sy", "a.litigation_after_review.total", "沭阳2025年先复议、复议后又起诉的案件一共几件", "after-review 10 vs direct 3"),
        NB(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止掉的行政规范性文件有多少件？", "repealed 26 vs issued 8 / in force 66"),
        NB(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年需要另行制作才能提供、因而没提供的申请几件", "needs_creation 2 vs not_held 111"),
        NB(z, "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不予公开的是多少？", "process_info 12 vs internal_affairs 8"),
        NB(z, "jx", "r.carried_over.total", "涧西区2020年从2019年结转过来的申请有几件？（问的是转进来的，不是转出去的）", "carried_over 0 vs carried_forward 2"),
        NB(e, "sh19", "c.procurement.amount", "Shanghai General Office 2019: the total amount of centralized procurement (not the number of projects)?", "amount 25.1 vs projects 6"),
        NB(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations: how many ended with an 'other' result (not corrected)?", "other 178 vs corrected 64"),
        NB(e, "sy", "c.normative_docs.issued", "How many normative documents did Shuyang issue in 2025 (issued, not currently in force)?", "issued 6 vs in force 32"),
        NB(e, "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service institutions (not commercial enterprises)?", "legal_services 61 vs commercial 53"),
        NB(e, "sy", "r.partially_granted.total", "Shuyang 2025: partially released requests — not the fully released ones?", "partial 101 vs granted 294"),
    ]


def followup():
    z, e = "zh", "en"
    F = FU
    return [
        # --- switching the year
        F(z, [("洪泽区2023年行政强制决定有几件？", E("hz23", "c.coercion.decisions")),
              ("换成2024年呢", E("hz24", "c.coercion.decisions"))], "switch year"),
        F(z, [("洪泽区2024年行政规范性文件制发了几件", E("hz24", "c.normative_docs.issued")),
              ("2023年是多少？", E("hz23", "c.normative_docs.issued")),
              ("那2023年现行有效的有几件", E("hz23", "c.normative_docs.in_force"))], "switch year, then column"),
        F(z, [("上海市政府办公厅2019年新收多少件申请", E("sh19", "r.received.total")),
              ("2025年的呢？", E("sh25", "r.received.total")),
              ("2025年比2019年多了多少件", D_("sh19", "sh25", "r.received.total"))], "switch year then difference"),
        F(z, [("上海市府办2025年行政复议总共几件？", E("sh25", "a.review.total")),
              ("19年那份年报里是几件", E("sh19", "a.review.total"))], "switch year (two-digit)"),
        F(z, [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount")),
              ("二〇二四年呢", E("hz24", "c.fees.amount"))], "switch year, money"),
        F(e, [("Hongze District 2024: administrative penalty decisions?", E("hz24", "c.punishment.decisions")),
              ("and for 2023?", E("hz23", "c.punishment.decisions"))], "switch year"),
        F(e, [("How many requests did the Shanghai General Office carry over into 2019 from 2018?", E("sh19", "r.carried_over.total")),
              ("Same figure in the 2025 report?", E("sh25", "r.carried_over.total"))], "switch year"),
        F(e, [("Hongze 2023, how many requests were fully granted?", E("hz23", "r.granted.total")),
              ("2024?", E("hz24", "r.granted.total")),
              ("What's the change from 2023 to 2024?", D_("hz23", "hz24", "r.granted.total"))], "switch year, difference"),
        F(e, [("Shanghai General Office, direct lawsuits in 2019?", E("sh19", "a.litigation_direct.total")),
              ("What about in 2025?", E("sh25", "a.litigation_direct.total"))], "switch year"),
        F(e, [("Hongze District's licensing decisions for 2024?", E("hz24", "c.licensing.decisions")),
              ("Go back to 2023 for me", E("hz23", "c.licensing.decisions"))], "switch year"),
        F(z, [("洪泽区2023年因为不掌握信息没法提供的有几件", E("hz23", "r.unable.not_held.total")),
              ("2024年那份报告里呢", E("hz24", "r.unable.not_held.total"))], "switch year"),
        F(e, [("Shanghai General Office 2025: requests still open and carried into the next year?", E("sh25", "r.carried_forward.total")),
              ("And in the 2019 report?", E("sh19", "r.carried_forward.total"))], "switch year"),
        # --- switching the body
        F(z, [("淮安市2024年行政复议一共多少件？", E("ha", "a.review.total")),
              ("那洪泽呢", E("hz24", "a.review.total"))], "elliptical body switch, same year 2024"),
        F(z, [("沭阳县2025年结转到下一年继续办理的有几件", E("sy", "r.carried_forward.total")),
              ("上海市府办同一年呢？", E("sh25", "r.carried_forward.total"))], "body switch, same year 2025"),
        F(z, [("淮安2024年现行有效的行政规范性文件多少件", E("ha", "c.normative_docs.in_force")),
              ("上海科委2024年呢", E("kw", "c.normative_docs.in_force")),
              ("洪泽区2024年又是多少", E("hz24", "c.normative_docs.in_force"))], "body switch x2"),
        F(z, [("沭阳2025年予以公开多少件", E("sy", "r.granted.total")),
              ("换成上海市政府办公厅", E("sh25", "r.granted.total"))], "body switch"),
        F(z, [("洪泽区2023年复议后又起诉的案件里，判决维持的有几件？", E("hz23", "a.litigation_after_review.upheld")),
              ("淮安市政府2024年同一格是多少", E("ha", "a.litigation_after_review.upheld"))], "body switch, same cell"),
        F(z, [("淮安2024年行政许可决定多少", E("ha", "c.licensing.decisions")),
              ("沭阳2025年的呢", E("sy", "c.licensing.decisions"))], "body+year switch"),
        F(e, [("Huai'an 2024: requests carried forward into the next year?", E("ha", "r.carried_forward.total")),
              ("And Hongze for the same year?", E("hz24", "r.carried_forward.total"))], "body switch"),
        F(e, [("How many requests did Shuyang receive from companies in 2025?", E("sy", "r.received.commercial")),
              ("Shanghai science commission, 2024?", E("kw", "r.received.commercial")),
              ("Shanghai General Office, 2025?", E("sh25", "r.received.commercial"))], "body switch x2"),
        F(e, [("Shuyang 2025 penalty decisions?", E("sy", "c.punishment.decisions")),
              ("Huaian in 2024?", E("ha", "c.punishment.decisions"))], "body switch"),
        F(e, [("STCSM 2024, new normative documents issued?", E("kw", "c.normative_docs.issued")),
              ("Same for Huai'an, also 2024", E("ha", "c.normative_docs.issued"))], "body switch"),
        F(e, [("Jianxi District 2020: how many new requests from individuals?", E("jx", "r.received.natural_person")),
              ("And the Shanghai General Office in 2019 — how many new requests from individuals?", E("sh19", "r.received.natural_person"))],
          "body switch"),
        # --- switching row or column
        F(z, [("淮安市2024年新收申请里自然人提的有多少", E("ha", "r.received.natural_person")),
              ("商业企业呢", E("ha", "r.received.commercial")),
              ("科研机构呢？", E("ha", "r.received.research"))], "switch column"),
        F(z, [("沭阳县2025年行政复议结果维持的有几件", E("sy", "a.review.upheld")),
              ("被纠正的呢", E("sy", "a.review.corrected")),
              ("还没审结的？", E("sy", "a.review.pending"))], "switch outcome column"),
        F(z, [("沭阳2025年直接起诉的行政诉讼总计几件", E("sy", "a.litigation_direct.total")),
              ("复议后起诉的总计呢", E("sy", "a.litigation_after_review.total"))], "switch appeals group"),
        F(z, [("淮安2024年行政规范性文件本年制发几件", E("ha", "c.normative_docs.issued")),
              ("规章呢", E("ha", "c.regulations.issued")),
              ("规章现行有效的有多少件", E("ha", "c.regulations.in_force"))], "switch row then column"),
        F(z, [("上海市府办2025年因不掌握信息无法提供的有多少件", E("sh25", "r.unable.not_held.total")),
              ("重复申请不予处理的呢", E("sh25", "r.not_processed.duplicate.total"))], "switch row"),
        F(z, [("洪泽区2023年行政处罚决定几件", E("hz23", "c.punishment.decisions")),
              ("行政强制的呢", E("hz23", "c.coercion.decisions"))], "switch row"),
        F(e, [("Huai'an 2024: how many requests were refused because a third party's rights were involved?", E("ha", "r.withheld.third_party.total")),
              ("what about those refused as law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], "switch row"),
        F(e, [("Shuyang 2025: reconsiderations still pending?", E("sy", "a.review.pending")),
              ("And pending direct lawsuits?", E("sy", "a.litigation_direct.pending")),
              ("Pending lawsuits after reconsideration?", E("sy", "a.litigation_after_review.pending"))], "switch group"),
        F(e, [("Jianxi 2020, regulations newly made?", E("jx", "c.regulations.made")),
              ("and normative documents newly published?", E("jx", "c.normative_docs.published"))], "switch row+column"),
        F(e, [("Shanghai General Office 2019, regulations newly published that year?", E("sh19", "c.regulations.published")),
              ("And normative documents newly published?", E("sh19", "c.normative_docs.published"))], "switch row"),
        F(e, [("Huai'an 2024 direct lawsuits where the government lost and had to correct?", E("ha", "a.litigation_direct.corrected")),
              ("how many were upheld instead?", E("ha", "a.litigation_direct.upheld"))], "switch outcome"),
        F(e, [("Shanghai General Office 2025: how many reconsiderations are still undecided?", E("sh25", "a.review.pending")),
              ("and direct lawsuits still undecided?", E("sh25", "a.litigation_direct.pending"))], "switch group"),
        # --- a part of the previous number
        F(z, [("淮安市2024年一共新收了多少件申请", E("ha", "r.received.total")),
              ("其中自然人提的占几件？", E("ha", "r.received.natural_person"))], "part of previous"),
        F(z, [("淮安2024年行政复议多少件", E("ha", "a.review.total")),
              ("这里面结果被纠正的有几件", E("ha", "a.review.corrected"))], "part of previous"),
        F(z, [("上海市政府办公厅2025年新收申请多少件", E("sh25", "r.received.total")),
              ("这些当中企业申请的有几件", E("sh25", "r.received.commercial"))], "part of previous"),
        F(z, [("沭阳县2025年不予公开的国家秘密、法律禁止、三安全一稳定、第三方权益四项合计多少",
               E("sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                        "r.withheld.security_stability.total", "r.withheld.third_party.total"])),
              ("其中因为危及“三安全一稳定”的是几件？", E("sy", "r.withheld.security_stability.total"))], "part of previous sum"),
        F(z, [("上海科委2024年新收申请多少件", E("kw", "r.received.total")),
              ("其中自然人的呢", E("kw", "r.received.natural_person"))], "part of previous"),
        F(z, [("沭阳2025年行政复议后又起诉的有几件", E("sy", "a.litigation_after_review.total")),
              ("这些案子里维持原决定的几件", E("sy", "a.litigation_after_review.upheld"))], "part of previous"),
        F(e, [("How many requests did the Shanghai General Office receive in 2019?", E("sh19", "r.received.total")),
              ("Of those, how many came from individuals?", E("sh19", "r.received.natural_person"))], "part of previous"),
        F(e, [("Huai'an 2024: total direct lawsuits?", E("ha", "a.litigation_direct.total")),
              ("Of those, how many are still pending?", E("ha", "a.litigation_direct.pending"))], "part of previous"),
        F(e, [("Shuyang 2025: requests carried over from 2024?", E("sy", "r.carried_over.total")),
              ("How many of them were from natural persons?", E("sy", "r.carried_over.natural_person"))], "part of previous"),
        F(e, [("Shanghai General Office 2025, requests carried over from 2024?", E("sh25", "r.carried_over.total")),
              ("Of these, how many from individuals?", E("sh25", "r.carried_over.natural_person")),
              ("and from legal service institutions?", E("sh25", "r.carried_over.legal_services"))], "part of previous, then column"),
        F(e, [("Shuyang 2025 reconsideration total?", E("sy", "a.review.total")),
              ("of those, how many ended with the decision corrected?", E("sy", "a.review.corrected"))], "part of previous"),
        F(e, [("Huai'an 2024: total requests handled (the processed total)?", E("ha", "r.total_processed.total")),
              ("Out of that, how many were given in full?", E("ha", "r.granted.total"))], "part of previous"),
        # --- asking back about the previous answer
        F(z, [("淮安市2024年结转到下一年继续办的申请有多少", E("ha", "r.carried_forward.total")),
              ("等一下，这个是转到下一年的，对吧？那从上一年转进来的是几件", E("ha", "r.carried_over.total"))], "ask back, then neighbour"),
        F(z, [("沭阳2025年办理结果总计多少件", E("sy", "r.total_processed.total")),
              ("你说的这个数包括上一年结转过来的吗？结转过来的是多少件", E("sy", "r.carried_over.total"))], "ask back"),
        F(z, [("上海市府办2025年行政复议后又起诉的总计多少件", E("sh25", "a.litigation_after_review.total")),
              ("你确定？我问的是复议后起诉，不是直接起诉。再说一遍数字", E("sh25", "a.litigation_after_review.total")),
              ("那直接起诉的是多少", E("sh25", "a.litigation_direct.total"))], "ask back, confirm, switch"),
        F(z, [("洪泽区2024年复议后起诉的总计几件", E("hz24", "a.litigation_after_review.total")),
              ("这数字是表格里的还是正文里写的？顺便告诉我直接起诉几件", E("hz24", "a.litigation_direct.total"))], "ask back"),
        F(z, [("涧西区2020年办理结果总计是多少", E("jx", "r.total_processed.total")),
              ("和收到的申请数对不上啊，那年新收了几件？", E("jx", "r.received.total")),
              ("差的那几件是结转到下一年的吗，有几件", E("jx", "r.carried_forward.total"))], "ask back about a mismatch"),
        F(e, [("Huai'an 2024, requests carried over from 2023?", E("ha", "r.carried_over.total")),
              ("Hm, is that the carried-over or the carried-forward row? Give me the carried-forward one too.", E("ha", "r.carried_forward.total"))], "ask back"),
        F(e, [("Shanghai science commission 2024: total requests processed?", E("kw", "r.total_processed.total")),
              ("Why is that higher than its new requests? How many were carried over?", E("kw", "r.carried_over.total"))], "ask back"),
        F(e, [("Shanghai General Office 2019: requests processed in total?", E("sh19", "r.total_processed.total")),
              ("Does that include the carry-over from 2018? How many was that?", E("sh19", "r.carried_over.total"))], "ask back"),
        F(e, [("Hongze District 2023: partially released requests?", E("hz23", "r.partially_granted.total")),
              ("Just to be sure — that's partial, not full release? What was the full-release count?", E("hz23", "r.granted.total"))], "ask back, neighbour"),
        F(e, [("Shuyang 2025 fee revenue in 10,000 yuan?", E("sy", "c.fees.amount")),
              ("Is that the administrative fee line? The report also mentions a processing fee in yuan — how much?",
               H.EN("sy", "380元", 380, "元"))], "ask back, narrative"),
        # --- an unanswerable turn in the middle (and vice versa)
        F(z, [("淮安市2024年不予公开里涉及国家秘密的有几件", E("ha", "r.withheld.state_secret.total")),
              ("这几件分别是哪个部门的？", H.EU("no department breakdown")),
              ("那因为法律法规禁止公开的呢", E("ha", "r.withheld.prohibited_by_law.total"))], "unanswerable middle turn"),
        F(z, [("沭阳县2025年予以公开的申请里自然人的有几件", E("sy", "r.granted.natural_person")),
              ("这些申请人男的多还是女的多", H.EU("no sex breakdown")),
              ("商业企业的予以公开有几件", E("sy", "r.granted.commercial"))], "unanswerable middle turn"),
        F(z, [("洪泽区2023年行政复议结果维持的几件", E("hz23", "a.review.upheld")),
              ("复议平均用了多少天", H.EU("duration not stated")),
              ("结果纠正的呢", E("hz23", "a.review.corrected"))], "unanswerable middle turn"),
        F(z, [("上海市府办2019年新收申请里企业提的几件", E("sh19", "r.received.commercial")),
              ("这些企业主要是哪些行业的", H.EU("industry breakdown not stated"))], "answerable then unanswerable"),
        F(z, [("上海科委2024年一共搞了几场直播？", H.EN("kw", "直播 118 场", 118, "场")),
              ("直播里哪一场观看最多？", H.EU("per-stream figures not stated")),
              ("视频号发布了多少条短视频", H.EN("kw", "短视频 584 条", 584, "条"))], "narrative, unanswerable, narrative"),
        F(z, [("宿迁市2025年的依申请公开有多少件", H.EU("宿迁市 not held")),
              ("那沭阳县2025年新收的申请里法律服务机构提了几件", E("sy", "r.received.legal_services"))], "unanswerable then answerable"),
        F(z, [("淮安市2023年的行政复议有多少件", H.EU("淮安 2023 report not held")),
              ("那就看2024年的", E("ha", "a.review.total"))], "unanswerable then answerable"),
        F(e, [("Huai'an 2024: requests refused because they concern internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
              ("Who were the applicants for those?", H.EU("personal data / not stated")),
              ("And the number refused as process information?", E("ha", "r.withheld.process_info.total"))], "unanswerable middle turn"),
        F(e, [("Shuyang 2025: new requests from legal service institutions?", E("sy", "r.received.legal_services")),
              ("Which law firms filed them?", H.EU("names not stated")),
              ("How many of the 2025 requests from legal service institutions were fully granted?", E("sy", "r.granted.legal_services"))], "unanswerable middle turn"),
        F(e, [("Shanghai General Office 2025: petition-type requests not processed?", E("sh25", "r.not_processed.petition.total")),
              ("What were they mostly complaining about?", H.EU("topics not stated"))], "answerable then unanswerable"),
        F(e, [("How many requests did Hongze District get in 2022?", H.EU("洪泽 2022 not held")),
              ("OK, then 2023: how many new requests?", E("hz23", "r.received.total"))], "unanswerable then answerable"),
        F(e, [("Pudong New Area 2025 — how many disclosure requests?", H.EU("浦东新区 not held")),
              ("Fine, the Shanghai General Office in 2025 then: how many new requests from individuals?", E("sh25", "r.received.natural_person"))], "unanswerable then answerable"),
        F(e, [("Jianxi District 2020: procurement amount in 10,000 yuan?", E("jx", "c.procurement.amount")),
              ("Which suppliers won those contracts?", H.EU("suppliers not stated")),
              ("How many procurement projects were there?", E("jx", "c.procurement.projects"))], "unanswerable middle turn"),
        F(e, [("Shanghai science commission 2024: how many followers does its WeChat account have?", H.EN("kw", "关注人数达 1016823", 1016823, "人")),
              ("How many of those followers are outside Shanghai?", H.EU("not stated"))], "narrative then unanswerable"),
        # --- short elliptical turns
        F(z, [("沭阳县2025年行政强制决定几件", E("sy", "c.coercion.decisions")),
              ("淮安2024的呢", E("ha", "c.coercion.decisions")),
              ("洪泽2024呢？", E("hz24", "c.coercion.decisions"))], "elliptical"),
        F(z, [("上海市府办2025年予以公开几件", E("sh25", "r.granted.total")),
              ("沭阳同年呢", E("sy", "r.granted.total"))], "elliptical body switch"),
        F(z, [("淮安2024年因为重复申请不予处理的多少", E("ha", "r.not_processed.duplicate.total")),
              ("沭阳2025？", E("sy", "r.not_processed.duplicate.total")),
              ("上海市府办2025？", E("sh25", "r.not_processed.duplicate.total"))], "elliptical"),
        F(z, [("洪泽区2024年行政处罚多少件", E("hz24", "c.punishment.decisions")),
              ("许可呢", E("hz24", "c.licensing.decisions")),
              ("强制？", E("hz24", "c.coercion.decisions"))], "elliptical rows"),
        F(z, [("沭阳县2025年新收申请里商业企业提了几件", E("sy", "r.received.commercial")),
              ("上海市府办2025年呢", E("sh25", "r.received.commercial"))], "elliptical"),
        F(z, [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
              ("维持的呢", E("jx", "a.review.upheld"))], "elliptical outcome"),
        F(e, [("Huai'an 2024, regulations currently in force?", E("ha", "c.regulations.in_force")),
              ("repealed?", E("ha", "c.regulations.repealed"))], "elliptical column"),
        F(e, [("Shanghai General Office 2025: requests needing new creation, so not provided?", E("sh25", "r.unable.needs_creation.total")),
              ("not held?", E("sh25", "r.unable.not_held.total"))], "elliptical row"),
        F(e, [("Hongze 2024, reconsiderations total?", E("hz24", "a.review.total")),
              ("direct suits?", E("hz24", "a.litigation_direct.total"))], "elliptical group"),
        F(e, [("Shuyang in 2025: how many requests got a not-held answer?", E("sy", "r.unable.not_held.total")),
              ("Huai'an, 2024?", E("ha", "r.unable.not_held.total")),
              ("Hongze, 2023?", E("hz23", "r.unable.not_held.total"))], "elliptical body switches"),
        F(e, [("STCSM 2024 licensing decisions?", E("kw", "c.licensing.decisions")),
              ("penalties?", E("kw", "c.punishment.decisions"))], "elliptical row"),
        F(e, [("Shanghai General Office in 2019: normative documents made?", E("sh19", "c.normative_docs.made")),
              ("regulations made?", E("sh19", "c.regulations.made")),
              ("in total, regulations published to date?", E("sh19", "c.regulations.total_published"))], "elliptical rows/columns"),
        # --- mixed: narrative, sums and differences in follow-ups
        F(z, [("淮安市2024年制作了几期政府公报", H.EN("ha", "制作《淮安市人民政府公报》6 期", 6, "期")),
              ("新闻发布会开了几场", H.EN("ha", "新闻发布会 12 场", 12, "场"))], "narrative follow-up"),
        F(z, [("上海市府办2025年召开市政府新闻发布会多少场", H.EN("sh25", "新闻发布会 42 场", 42, "场")),
              ("那2019年那份报告里对常务会议议题做了几次权威发布", H.EN("sh19", "权威发布共计38次", 38, "次"))], "narrative, switch year"),
        F(z, [("沭阳县2025年纠错整改了多少处不规范描述", H.EN("sy", "不规范描述22处", 22, "处")),
              ("错误信息呢", H.EN("sy", "错误信息83处", 83, "处"))], "narrative follow-up"),
        F(z, [("洪泽区2024年公开了几期政府常务会议", H.EN("hz24", "常务会议 7期", 7, "期")),
              ("同年行政复议有几件", E("hz24", "a.review.total"))], "narrative then table"),
        F(z, [("淮安2024年复议后起诉的总计多少", E("ha", "a.litigation_after_review.total")),
              ("加上直接起诉的一共多少", E("ha", ["a.litigation_after_review.total", "a.litigation_direct.total"]))], "sum follow-up"),
        F(e, [("Hongze 2023 normative documents repealed?", E("hz23", "c.normative_docs.repealed")),
              ("Hongze 2024 normative documents issued?", E("hz24", "c.normative_docs.issued")),
              ("How did the number in force change from 2023 to 2024?", D_("hz23", "hz24", "c.normative_docs.in_force"))], "switch year + difference"),
        F(e, [("Shuyang 2025: how many original short videos were pushed?", H.EN("sy", "短视频1113个", 1113, "个")),
              ("and image-text posts?", H.EN("sy", "图文1775条", 1775, "条"))], "narrative follow-up"),
        F(e, [("Shanghai General Office 2019: how many gazette issues?", H.EN("sh19", "全年共编发公报24期", 24, "期")),
              ("and how many department normative documents did those issues carry?", H.EN("sh19", "部门规范性文件45件", 45, "件"))], "narrative follow-up"),
        F(e, [("Huai'an 2024 requests withheld as administrative inquiries?", E("ha", "r.withheld.admin_query.total")),
              ("together with the third-party ones?", E("ha", ["r.withheld.admin_query.total", "r.withheld.third_party.total"]))], "sum follow-up"),
        F(e, [("Shanghai General Office 2025: reconsideration cases?", E("sh25", "a.review.total")),
              ("and in 2019?", E("sh19", "a.review.total")),
              ("So the change 2019 to 2025 is?", D_("sh19", "sh25", "a.review.total"))], "switch year + difference"),
        # --- four-turn conversations
        F(z, [("沭阳县2025年行政复议总数多少", E("sy", "a.review.total")),
              ("其中结果维持的呢", E("sy", "a.review.upheld")),
              ("淮安2024年维持的是几件", E("ha", "a.review.upheld")),
              ("淮安2024年尚未审结的复议有几件", E("ha", "a.review.pending"))], "part of previous, body switch, column switch"),
        F(e, [("Huai'an 2024: new requests from commercial enterprises?", E("ha", "r.received.commercial")),
              ("And how many requests from businesses were granted in full that year?", E("ha", "r.granted.commercial")),
              ("Which companies were they?", H.EU("names not stated")),
              ("Same fully-granted-to-businesses figure for Shuyang in 2025?", E("sy", "r.granted.commercial"))], "row switch, unanswerable, body switch"),
    ]


def _fix(convs):
    return convs


def CONVERSATIONS():
    return _fix(plain() + combine() + rank() + textonly() + cannot() + neighbour() + followup())
