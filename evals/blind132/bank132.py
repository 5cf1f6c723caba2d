"""Question bank of the 132nd blind set (evals/blind132). All wordings written new for this set.

WARNING: holds every test question; as frozen as test.jsonl. Every number is computed by
helpers132 from gold/*.json, from printed text cells (SPECS, the cells blind6 verified), or
from a sentence cut from the report text. The bank names only keys, bodies, keywords, wordings.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib132 as L  # noqa: E402
from helpers132 import (E, EN, ED, ER, EU, C, F)  # noqa: E402

SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.granted.total": ("row", "（一）予以公开", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
    },
}
L.TEXT_SPECS.update(SPECS)

W = "万元"


def P(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def T(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def S(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def D(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def R(lang, bodies, keys, order, q):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] ranking over gold bodies")


def N(lang, b, kw, v, unit, q, note="number only in the narrative"):
    return C("narrative", lang, [(q, EN(b, kw, v, unit))], "[textonly] " + note)


def U(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def plain():
    z, e = "zh", "en"
    return [
        P(z, "ha", "r.received.natural_person", "淮安市政府2024年个人（自然人）新递交的公开申请有几件？", "natural person new"),
        P(z, "ha", "r.granted.total", "2024年淮安市政府对申请直接答复全部公开的有多少件", "granted"),
        P(z, "ha", "r.unable.not_held.total", "淮安2024年回复“本机关不掌握”这类的共多少件？", "not held"),
        P(z, "ha", "r.not_processed.petition.total", "二〇二四年淮安市把多少件申请当作信访举报投诉类不予处理？", "petition"),
        P(z, "ha", "c.punishment.decisions", "淮安市2024年行政处罚决定数量是多少", "punishment"),
        P(z, "ha", "c.fees.amount", "淮安市政府2024年行政事业性收费金额多少万元？", "fees", unit=W),
        P(z, "ha", "a.review.corrected", "24年淮安因信息公开被行政复议后被纠错的有几件", "review corrected"),
        P(z, "ha", "a.litigation_direct.total", "淮安市2024年直接被起诉（未经复议）的信息公开行政诉讼共几件？", "direct litigation"),
        P(z, "ha", "r.withheld.admin_query.total", "淮安市政府2024年以“行政查询事项”为由不予公开的有多少？", "admin query"),
        P(z, "ha", "r.other.overdue_correction.total", "2024年淮安有多少申请人逾期没补正，申请就结了？", "overdue correction"),
        P(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚做了多少件决定？", "punishment"),
        P(z, "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请是几件", "partial"),
        P(z, "hz23", "r.unable.not_held.total", "洪泽2023年说自己没有这个信息的申请一共几件？", "not held"),
        P(z, "hz23", "c.licensing.decisions", "2023年洪泽区作出的行政许可有几件？", "licensing"),
        P(z, "hz23", "a.review.upheld", "洪泽区2023年信息公开复议里维持原决定的有几件", "review upheld"),
        P(z, "sy", "r.granted.total", "沭阳县政府2025年同意全部公开的申请有多少", "granted"),
        P(z, "sy", "r.withheld.internal_affairs.total", "2025年沭阳以内部事务信息为由不公开的几件？", "internal affairs"),
        P(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可决定数？", "licensing"),
        P(z, "sy", "a.review.total", "沭阳县2025年政府信息公开方面的行政复议总共有多少件", "review total"),
        P(z, "sy", "r.carried_forward.total", "沭阳2025年底还没办完、转到下一年继续办的申请有几件", "carried forward"),
        P(z, "sy", "c.normative_docs.in_force", "截至2025年沭阳县现行有效的行政规范性文件有多少件？", "normative in force"),
        P(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到的新申请一共多少件？", "received", alt=("共受理政府信息公开申请859", 859)),
        P(z, "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少", "regulations total published"),
        P(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅把个人申请当信访举报投诉处理的有多少件？", "petition np"),
        P(z, "sh19", "c.procurement.amount", "2019年上海市府办政府集中采购总金额多少万元", "procurement amount", unit=W),
        P(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有几件？", "granted"),
        P(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有多少个", "procurement projects"),
        P(z, "hz24", "active.licensing.decisions", "洪泽区2024年的行政许可决定有多少件？", "text cell licensing"),
        P(z, "hz24", "active.coercion.decisions", "2024年洪泽区政府行政强制一共几件", "text cell coercion"),
        P(z, "kw", "active.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件有几件", "text cell in force"),
        P(z, "sh25", "requests.unable.not_held.total", "上海市政府办公厅2025年以本机关不掌握答复的有多少件？", "text cell not held"),
        P(z, "sh25", "requests.not_processed.duplicate.total", "2025年上海市府办认定为重复申请的有几件", "text cell duplicate"),
        P(z, "ha", "r.withheld.third_party.total", "淮安市2024年因为会损害第三方合法权益而没公开的有几件", "third party"),
        P(z, "sy", "r.unable.not_held.natural_person", "沭阳县2025年个人申请中答复不掌握的有多少？", "not held np"),
        P(z, "ha", "a.litigation_after_review.pending", "淮安2024年复议后又起诉、年底还没审结的有几件？", "after review pending"),
        P(e, "ha", "r.partially_granted.total", "How many requests did Huai'an city partly release in 2024?", "partial"),
        P(e, "ha", "r.unable.needs_creation.total", "In 2024, how many Huai'an requests failed because the info would have to be newly compiled?", "needs creation"),
        P(e, "ha", "c.licensing.decisions", "Number of administrative licensing decisions made by Huai'an in 2024?", "licensing"),
        P(e, "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?", "normative repealed"),
        P(e, "ha", "a.review.pending", "Huai'an 2024: how many disclosure reviews were still undecided at year end?", "review pending"),
        P(e, "ha", "r.not_processed.duplicate.total", "How many duplicate applications did Huaian set aside in 2024?", "duplicate"),
        P(e, "ha", "r.withheld.state_secret.total", "How many Huai'an requests in FY2024 were refused as state secrets?", "state secret"),
        P(e, "ha", "c.coercion.decisions", "Huai'an's count of administrative coercion decisions in 2024, please.", "coercion"),
        P(e, "ha", "a.litigation_direct.upheld", "Of the lawsuits filed straight against Huai'an in 2024, how many did the city win (upheld)?", "direct upheld"),
        P(e, "hz23", "c.fees.amount", "What did Hongze District collect in administrative fees in 2023 (in 10k yuan)?", "fees", unit=W),
        P(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests that would have needed new documents made?", "needs creation"),
        P(e, "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?", "repealed"),
        P(e, "hz23", "a.litigation_after_review.upheld", "Hongze District 2023: lawsuits after review in which the government was upheld?", "after review upheld"),
        P(e, "hz23", "c.coercion.decisions", "Administrative coercion decisions by the Hongze government in 2023?", "coercion"),
        P(e, "sy", "r.partially_granted.total", "Shuyang County in 2025 — how many requests got a partial release?", "partial"),
        P(e, "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang issue in 2025?", "punishment"),
        P(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests closed because the applicant did not pay the fee in time?", "overdue fee"),
        P(e, "sy", "a.litigation_after_review.total", "In 2025 how many suits reached court against Shuyang County after an administrative review?", "after review total"),
        P(e, "sy", "c.fees.amount", "Shuyang County's administrative fee income in 2025, in 10,000 yuan?", "fees", unit=W),
        P(e, "sy", "r.not_processed.petition.total", "How many Shuyang requests in 2025 were treated as complaints/petitions and not processed?", "petition"),
        P(e, "sh19", "r.carried_forward.total", "How many requests did the Shanghai General Office roll into the next year at the end of 2019?", "carried forward"),
        P(e, "sh19", "c.normative_docs.made", "Normative documents newly made by the Shanghai municipal government general office in 2019?", "normative made"),
        P(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals' requests that would need new information produced?", "needs creation np"),
        P(e, "sh19", "a.litigation_direct.total", "How many disclosure lawsuits were filed directly against the Shanghai General Office in 2019?", "direct total", alt=("诉讼9件", 9)),
        P(e, "jx", "c.procurement.amount", "Jianxi District's 2020 central procurement total, in 10k yuan?", "procurement amount", unit=W),
        P(e, "jx", "r.unable.not_held.total", "Jianxi District 2020: how many requests did they say they did not hold?", "not held"),
        P(e, "jx", "c.normative_docs.total_published", "Total normative documents Jianxi District had published as of 2020?", "normative total published"),
        P(e, "hz24", "active.punishment.decisions", "Hongze District administrative penalties in 2024?", "text cell punishment"),
        P(e, "hz24", "active.normative_docs.issued", "How many normative documents did Hongze issue in 2024?", "text cell normative issued"),
        P(e, "kw", "active.licensing.decisions", "How many licensing decisions did the Shanghai science commission make in 2024?", "text cell licensing"),
        P(e, "sh25", "requests.unable.needs_creation.total", "Shanghai General Office 2025 — requests refused because new information would need creating?", "text cell needs creation"),
        P(e, "sh25", "requests.not_processed.petition.total", "In 2025 how many Shanghai General Office requests were set aside as petition-type complaints?", "text cell petition"),
        P(e, "sh25", "requests.received.commercial", "How many new 2025 requests to the Shanghai General Office came from businesses?", "text cell commercial"),
        P(e, "ha", "r.other.other.total", "Huai'an 2024: requests closed with an 'other' handling result (not overdue correction, not overdue fee)?", "other other"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开一共多少件？"),
        S(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total"], "沭阳县2025年因三安全一稳定、第三方权益、过程性信息不公开的合计几件"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年国家秘密、过程性信息和行政执法案卷这三类不予公开加起来是多少"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区政府办2020年行政复议、直接起诉、复议后起诉三项总数合计？"),
        S(z, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年复议维持、直接诉讼维持和复议后诉讼维持加总是多少？"),
        S(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件合计多少件"),
        S(z, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳2025年行政许可、行政处罚、行政强制三类决定加起来一共多少件？"),
        S(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Add up all three 'unable to provide' reasons for Huai'an in 2024."),
        S(e, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: total of requests with an 'other' type outcome (all three sub-rows)?"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "How many disclosure lawsuits in total did Huai'an face in 2024, direct plus after review?"),
        S(e, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: granted requests plus 'not held' replies, combined?"),
        S(e, "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person", "r.withheld.prohibited_by_law.natural_person"], "Shanghai General Office 2019, individuals' requests only: sum of the five refusal grounds state secret, other-law ban, internal affairs, process info and administrative query?"),
        S(e, "hz23", ["r.received.total", "r.carried_over.total"], "Hongze 2023: new requests plus those carried in from 2022, in total?"),
        D(z, "hz23", "hz24", "active.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年变化了多少？"),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区2024年行政许可比2023年多了几件？"),
        D(z, "sh19", "sh25", "requests.received.natural_person", "上海市府办自然人新收申请，2025年相对2019年增加了多少件？"),
        D(z, "sh19", "sh25", "requests.carried_forward.total", "上海市政府办公厅结转下年的申请，2025年比2019年多出多少？"),
        D(e, "hz23", "hz24", "active.coercion.decisions", "Change in Hongze District's administrative coercion decisions from 2023 to 2024?"),
        D(e, "hz23", "hz24", "active.normative_docs.in_force", "How did Hongze's count of normative documents in force move between 2023 and 2024?"),
        D(e, "sh19", "sh25", "requests.received.total", "By how much did new requests to the Shanghai General Office grow from 2019 to 2025?", alt=("共受理政府信息公开申请 1295", 1295)),
        D(e, "sh19", "sh25", "appeals.review.total", "Shanghai General Office disclosure reviews: 2025 figure minus the 2019 figure?"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，哪个行政许可最多？"),
        R(z, ["jx", "hz23", "sh19"], "r.received.natural_person", "asc", "涧西区2020年、洪泽区2023年、上海市府办2019年，谁收到的自然人新申请最少？"),
        R(z, ["ha", "sy", "jx"], "a.review.total", "desc", "比较淮安2024、沭阳2025、涧西2020的信息公开复议总数，谁最多？"),
        R(z, ["ha", "sy", "hz23", "sh19"], "r.unable.needs_creation.natural_person", "desc", "淮安2024、沭阳2025、洪泽2023、上海市府办2019，个人申请里需要另行制作的谁最多？"),
        R(z, ["sy", "hz23", "ha"], "c.fees.amount", "asc", "行政事业性收费金额：沭阳2025、洪泽2023、淮安2024，哪家最低？"),
        R(e, ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which carried the fewest requests into the next year?"),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Who issued the most penalty decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?"),
        R(e, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Direct disclosure lawsuits: Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which had the most?"),
        R(e, ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023 by individuals' 'not held' replies: who had the fewest?"),
        R(e, ["jx", "sh19"], "c.procurement.amount", "desc", "Procurement spend: Jianxi 2020 vs the Shanghai General Office 2019 — which is larger?"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安市2024年结转到2025年继续办理的申请几件？（不是从2023年转来的）", "转下年 vs 上年结转"),
        T(z, "sy", "a.litigation_after_review.total", "沭阳2025年先复议、后来又打官司的有几件？", "复议后起诉 vs 直接起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件（不是新制发）", "废止 vs 制发"),
        T(z, "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年个人申请中，因为需要另行制作而无法提供的有几件（不是不掌握）？", "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息不公开的有几件（不是内部事务）", "过程性 vs 内部事务"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reviews ending with an 'other' outcome — not the corrected ones — how many?", "other vs corrected"),
        T(e, "jx", "c.procurement.projects", "Jianxi 2020: number of procurement projects (the count, not the money)?", "projects vs amount"),
        T(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total regulations published to date, not just those newly made?", "total published vs made"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024 requests released only in part (not fully released)?", "partial vs granted"),
        T(e, "sy", "r.received.legal_services", "Shuyang 2025 new requests from legal service agencies (not from companies)?", "legal services vs commercial"),
        T(e, "ha", "c.regulations.in_force", "How many Huai'an municipal regulations were in force in 2024 (not how many were newly issued)?", "in force vs issued"),
    ]


def narratives():
    z, e = "zh", "en"
    return [
        N(z, "ha", "《淮安市人民政府公报》", 6, "期", "淮安市2024年编发了几期《淮安市人民政府公报》？"),
        N(z, "ha", "新闻发布会 12 场", 12, "场", "2024年淮安市开了多少场新闻发布会？"),
        N(z, "ha", "全年组织 4 次", 4, "次", "淮安市政府2024年组织过几次信息公开栏目全覆盖检查"),
        N(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府2025年在门户网站开展了几期意见征集？"),
        N(z, "sy", "催办提示 84 次", 84, "次", "沭阳2025年系统一共发了多少次催办提示？"),
        N(z, "sy", "失效链接43处", 43, "处", "沭阳县2025年整改的失效链接有多少处？"),
        N(z, "sy", "清理过期信息697条", 697, "条", "2025年沭阳清理掉的过期信息有多少条"),
        N(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家？"),
        N(z, "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
        N(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议？"),
        N(z, "kw", "微信公众号共编发文章 1640", 1640, "篇", "上海市科委的“上海科技”公众号2024年编发了多少篇文章？"),
        N(z, "kw", "短视频 584", 584, "条", "上海科委2024年视频号发布了多少条短视频"),
        N(z, "sh19", "共编发公报24期", 24, "期", "上海市政府办公厅2019年编发了几期公报？"),
        N(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年开了几场新闻通气会？"),
        N(z, "sh25", "共发布各类信息 13528 条", 13528, "条", "据上海市政府办公厅2025年报告，“上海国际服务门户”共发布了多少条各类信息？"),
        N(z, "jx", "21个领域601项事项", 601, "项", "涧西区2020年梳理细化了多少项事项？"),
        N(e, "ha", "新闻发布会 12 场", 12, "press conferences", "How many press conferences did Huai'an hold in 2024 per its report?"),
        N(e, "sy", "解读类信息 21 条", 21, "items", "How many policy-interpretation items did Shuyang publish in 2025?"),
        N(e, "sy", "错误信息83处", 83, "places", "How many errors of various kinds did Shuyang's site checks fix in 2025?"),
        N(e, "sy", "不规范描述22处", 22, "places", "Shuyang 2025: number of non-standard wordings corrected on the website?"),
        N(e, "sy", "发布信息3044条", 3044, "items", "In 2025, how many items did Shuyang's county departments post on their disclosure pages?"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "items", "How many government information items did Hongze proactively post on its website in 2024?"),
        N(e, "kw", "原创文章 294", 294, "articles", "How many original articles did the STCSM WeChat account publish in 2024?"),
        N(e, "kw", "日常报送惠企政策 83", 83, "policies", "Shanghai science commission 2024: business-support policies reported routinely?"),
        N(e, "kw", "主合办政协提案 85", 85, "proposals", "How many CPPCC proposals did the science commission handle as lead or co-lead in 2024?"),
        N(e, "sh19", "重要议题进行权威发布共计38", 38, "times", "How many authoritative releases on executive-meeting topics did the Shanghai General Office make in 2019?"),
        N(e, "sh19", "70家政府网站", 70, "websites", "How many Shanghai government websites were checked every quarter in 2019?"),
        N(e, "sh25", "召开市政府新闻发布会 42 场", 42, "press conferences", "Shanghai General Office 2025: number of municipal press conferences held?"),
        N(e, "sh25", "覆盖 10 个语种", 10, "languages", "How many languages did Shanghai's multilingual service cover per the 2025 General Office report?"),
        N(e, "sh25", "直接办事服务 19 项", 19, "items", "Of the service guides the Shanghai General Office posted in 2025, how many were direct online services?"),
        N(e, "jx", "26个试点领域", 26, "pilot areas", "How many pilot areas did Jianxi District cover in its 2020 standardisation work?"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安市2024年行政复议结果被维持的有几件？", E("ha", "a.review.upheld")),
               ("被纠正的呢", E("ha", "a.review.corrected")),
               ("还没审结的呢？", E("ha", "a.review.pending"))], "switch column"),
        FU(z, [("沭阳县2025年予以公开多少件", E("sy", "r.granted.total")),
               ("部分公开的呢？", E("sy", "r.partially_granted.total"))], "switch row"),
        FU(z, [("洪泽区2023年行政处罚决定几件？", E("hz23", "c.punishment.decisions")),
               ("那2024年呢", E("hz24", "active.punishment.decisions"))], "switch year"),
        FU(z, [("洪泽2023年行政许可数量多少", E("hz23", "c.licensing.decisions")),
               ("24年呢？", E("hz24", "active.licensing.decisions")),
               ("2024年行政强制呢", E("hz24", "active.coercion.decisions"))], "switch year then row"),
        FU(z, [("上海市府办2019年自然人新收申请多少件", E("sh19", "r.received.natural_person")),
               ("换成2025年呢？", E("sh25", "requests.received.natural_person"))], "switch year"),
        FU(z, [("淮安2024年行政许可多少件", E("ha", "c.licensing.decisions")),
               ("沭阳县2025年同一项是多少？", E("sy", "c.licensing.decisions"))], "switch body"),
        FU(z, [("涧西区2020年复议几件", E("jx", "a.review.total")),
               ("直接起诉的呢", E("jx", "a.litigation_direct.total"))], "switch appeals group"),
        FU(z, [("沭阳2025年直接起诉的行政诉讼有几件", E("sy", "a.litigation_direct.total")),
               ("复议后起诉的呢？", E("sy", "a.litigation_after_review.total")),
               ("其中维持的？", E("sy", "a.litigation_after_review.upheld"))], "switch group and column"),
        FU(z, [("淮安市2024年因为重复申请不予处理的几件", E("ha", "r.not_processed.duplicate.total")),
               ("其中自然人的呢", E("ha", "r.not_processed.duplicate.natural_person"))], "switch column"),
        FU(z, [("上海市科委2024年新制发的规范性文件多少件", E("kw", "active.normative_docs.issued")),
               ("现行有效的有几件？", E("kw", "active.normative_docs.in_force"))], "switch column"),
        FU(z, [("淮安2024年行政事业性收费多少万元", E("ha", "c.fees.amount", unit=W)),
               ("洪泽区2023年呢？", E("hz23", "c.fees.amount", unit=W)),
               ("沭阳2025年呢", E("sy", "c.fees.amount", unit=W))], "switch body"),
        FU(z, [("沭阳2025年上年结转过来的申请几件？", E("sy", "r.carried_over.total")),
               ("结转到下一年的呢？", E("sy", "r.carried_forward.total"))], "switch row"),
        FU(z, [("上海市府办2025年予以公开几件", E("sh25", "requests.granted.total")),
               ("不掌握的呢", E("sh25", "requests.unable.not_held.total"))], "switch row"),
        FU(z, [("涧西区2020年自然人新收申请几件", E("jx", "r.received.natural_person")),
               ("洪泽区2023年的呢？", E("hz23", "r.received.natural_person"))], "switch body"),
        FU(z, [("淮安市2024年规范性文件新制发几件", E("ha", "c.normative_docs.issued")),
               ("现行有效多少件", E("ha", "c.normative_docs.in_force")),
               ("规章现行有效呢", E("ha", "c.regulations.in_force"))], "switch column then row"),
        FU(z, [("上海市政府办公厅2019年政府集中采购项目几个", E("sh19", "c.procurement.projects")),
               ("金额多少万元？", E("sh19", "c.procurement.amount", unit=W))], "switch column"),
        FU(e, [("How many requests did Huai'an refuse as process information in 2024?", E("ha", "r.withheld.process_info.total")),
               ("And as law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], "switch row"),
        FU(e, [("Shuyang 2025 reviews that were upheld?", E("sy", "a.review.upheld")),
               ("corrected?", E("sy", "a.review.corrected")),
               ("and still pending?", E("sy", "a.review.pending"))], "switch column"),
        FU(e, [("Hongze's normative documents in force in 2023?", E("hz23", "c.normative_docs.in_force")),
               ("what about 2024", E("hz24", "active.normative_docs.in_force"))], "switch year"),
        FU(e, [("Hongze District fees collected in 2023, 10k yuan?", E("hz23", "c.fees.amount", unit=W)),
               ("2024?", E("hz24", "active.fees.amount", unit=W))], "switch year"),
        FU(e, [("Shanghai General Office carried-forward requests at the end of 2019?", E("sh19", "r.carried_forward.total")),
               ("And at the end of 2025?", E("sh25", "requests.carried_forward.total"))], "switch year"),
        FU(e, [("Huai'an 2024 requests from companies (new)?", E("ha", "r.received.commercial")),
               ("from research institutions?", E("ha", "r.received.research")),
               ("from public-interest groups?", E("ha", "r.received.public_interest"))], "switch column"),
        FU(e, [("Shuyang 2025 penalty decisions?", E("sy", "c.punishment.decisions")),
               ("And Huai'an for 2024?", E("ha", "c.punishment.decisions"))], "switch body"),
        FU(e, [("How many requests did the Jianxi District office close in total in 2020?", E("jx", "r.total_processed.total")),
               ("How many were still carried into 2021?", E("jx", "r.carried_forward.total"))], "switch row"),
        FU(e, [("Shanghai General Office 2019: new regulations made?", E("sh19", "c.regulations.made")),
               ("and normative documents published?", E("sh19", "c.normative_docs.published"))], "switch row"),
        FU(e, [("Huai'an 2024 lawsuits after review that were upheld?", E("ha", "a.litigation_after_review.upheld")),
               ("and direct lawsuits corrected?", E("ha", "a.litigation_direct.corrected"))], "switch group"),
        FU(e, [("STCSM new requests from individuals in 2024?", E("kw", "requests.received.natural_person")),
               ("from companies?", E("kw", "requests.received.commercial"))], "switch column"),
        FU(e, [("Shuyang 2025: requests refused as administrative inquiries?", E("sy", "r.withheld.admin_query.total")),
               ("and as threatening security and stability?", E("sy", "r.withheld.security_stability.total"))], "switch row"),
        FU(e, [("Hongze 2023 reviews where the decision was corrected?", E("hz23", "a.review.corrected")),
               ("And Huai'an 2024, same item?", E("ha", "a.review.corrected"))], "switch body"),
        FU(e, [("Shanghai General Office 2025 duplicate requests set aside?", E("sh25", "requests.not_processed.duplicate.total")),
               ("and petition-type ones?", E("sh25", "requests.not_processed.petition.total")),
               ("and requests it closed in total that year?", E("sh25", "requests.total_processed.total"))], "switch row"),
        FU(e, [("Huai'an 2024 'unclear request' replies?", E("ha", "r.unable.unclear.total")),
               ("Shuyang 2025, the same?", E("sy", "r.unable.unclear.total"))], "switch body"),
        FU(e, [("Jianxi District 2020 administrative reviews upheld?", E("jx", "a.review.upheld")),
               ("Same item for Shuyang County in 2025?", E("sy", "a.review.upheld")),
               ("and Shuyang's reviews still pending that year?", E("sy", "a.review.pending"))], "switch body then column"),
        FU(z, [("洪泽区2023年以过程性信息为由不公开的有几件", E("hz23", "r.withheld.process_info.total")),
               ("以行政执法案卷为由的呢？", E("hz23", "r.withheld.enforcement_files.total")),
               ("因信访举报投诉不予处理的呢", E("hz23", "r.not_processed.petition.total"))], "switch row"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        # one person's own request / case, told as a story
        U(z, "我2024年三月给淮安市政府寄了一份申请，想要我们小区拆迁补偿的文件，到现在都没回音。我的那件申请算在2024年的3119件里了吗？现在办到哪一步了？", "individual case status is not in any report", "own case story, quotes 3119"),
        U(z, "我妈2025年向沭阳县政府申请公开宅基地审批材料，被告知“不掌握”。沭阳那111件不掌握里有她的那件吗？她该找谁？", "individual case not in report", "own case story, quotes 111"),
        U(z, "我在2023年向洪泽区政府申请过征地补偿标准，后来申请了行政复议。我的复议是维持还是纠正了？", "individual review outcome not in report", "own case story"),
        U(z, "我父亲2019年给上海市政府办公厅交了一份申请，说是需要另行制作所以没给。能告诉我具体是哪位工作人员经办的吗？", "named staff not in report", "own case story, staff name"),
        U(z, "我公司2024年向淮安市政府申请公开一个招标项目的评标记录，被部分公开了。被遮掉的是哪几页？", "content of an individual reply not in report", "own case story, partial release"),
        U(z, "邻居2025年向沭阳县政府申请公开他家那片的征收补偿方案，后来收到了答复。他那件从递交到答复用了几天？", "one case's response time not in report", "own case story, days"),
        U(z, "我2024年起诉了淮安市政府信息公开不作为，法院还没判。淮安那1件直接诉讼未审结的是不是我的案子？", "identifying a case not in report", "own case story, quotes pending 1"),
        U(z, "我叔叔在涧西区2020年申请过一份规划图纸，那2件在办的申请里有他的吗？什么时候能办完？", "individual case not in report", "own case story, quotes 2"),
        U(z, "张建国2024年向淮安市政府提出过几次信息公开申请？", "named person's requests not in report", "named person"),
        U(z, "沭阳县2025年有没有一个叫李秀英的人申请公开低保名单？结果怎样？", "named person's request not in report", "named person"),
        U(z, "上海市科委2024年那2件转来的申请，申请人是谁、住在哪里？", "personal data of applicants not in report", "personal data, quotes 2"),
        U(z, "洪泽区2023年那21件申请的申请人电话能给我一份吗？", "personal data", "personal data, quotes 21"),
        # breakdowns not printed
        U(z, "淮安市2024年收到的3119件申请，按月份分别是多少？", "no monthly breakdown", "month breakdown, quotes 3119"),
        U(z, "沭阳县2025年第三季度新收了多少件信息公开申请？", "no quarterly breakdown", "quarter breakdown"),
        U(z, "上海市府办2019年的申请人里男的和女的各多少？", "no sex breakdown", "sex breakdown"),
        U(z, "淮安2024年自然人申请人中60岁以上的有多少人？", "no age breakdown", "age breakdown"),
        U(z, "沭阳2025年的申请里通过网上平台提交的有多少、信函寄来的有多少？", "no channel breakdown", "channel breakdown"),
        U(z, "淮安市2024年那64件被纠正的复议案件分别涉及哪些部门？", "no department breakdown", "department breakdown, quotes 64"),
        U(z, "洪泽区2024年的行政处罚2776件，各乡镇分别多少？", "no township breakdown", "township breakdown, quotes 2776"),
        U(z, "淮安市2024年769件不掌握的申请，主要是关于征地拆迁的有多少件？", "no topic breakdown", "topic breakdown, quotes 769"),
        U(z, "沭阳2025年行政许可517645件里，餐饮行业占多少？", "no industry breakdown", "industry breakdown, quotes 517645"),
        U(z, "上海市政府办公厅2025年的申请人中外省市户籍的占多少？", "no residence breakdown", "residence breakdown"),
        U(z, "上海市科委2024年有没有外国人申请信息公开？有几件？", "no nationality breakdown", "nationality breakdown"),
        U(z, "涧西区2020年的17件申请分别是哪个街道的居民提出的？", "no district breakdown", "street breakdown, quotes 17"),
        # quantities not stated
        U(z, "淮安市政府2024年答复一件信息公开申请平均用了几天？", "response time not stated", "response days"),
        U(z, "沭阳县负责政府信息公开的工作人员2025年有几个人？", "staff not stated", "staff"),
        U(z, "上海市府办2019年信息公开工作花了多少经费？", "cost not stated", "cost"),
        U(z, "洪泽区2024年信息公开工作的预算是多少万元？", "budget not stated", "budget"),
        U(z, "淮安2024年群众对信息公开答复的满意率是多少？", "satisfaction not stated", "satisfaction"),
        U(z, "沭阳县政府2025年接到多少个咨询信息公开的电话？", "phone calls not stated", "phone calls"),
        # reasons, forecasts, opinions
        U(z, "为什么淮安市2024年有178件复议是“其他结果”？具体原因是什么？", "reasons not stated", "reason, quotes 178"),
        U(z, "沭阳2025年那143件“其他处理”的申请人为什么要申请？", "motives not stated", "motive, quotes 143"),
        U(z, "你估计淮安市2025年会收到多少件信息公开申请？", "forecast", "forecast"),
        U(z, "上海市府办2026年打算召开多少场新闻发布会？", "plan figure not stated", "plan"),
        U(z, "沭阳2025年复议61件，这个数字算多吗？", "opinion", "opinion, quotes 61"),
        U(z, "你觉得洪泽区2023年的信息公开工作做得好不好？打几分？", "judgement", "opinion"),
        # bodies / years not in corpus
        U(z, "洪泽区2022年收到多少件政府信息公开申请？", "year not in corpus", "year not held"),
        U(z, "沭阳县2024年行政处罚决定多少件？", "year not in corpus", "year not held"),
        U(z, "南京市政府2024年信息公开申请受理了多少件？", "body not in corpus", "body not held"),
        U(z, "宿迁市2025年的行政复议有多少件？", "body not in corpus", "body not held"),
        U(z, "上海市政府办公厅2022年予以公开了多少件？", "year not in corpus", "year not held"),
        U(z, "淮安市清江浦区2024年的行政许可有多少件？", "body not in corpus", "body not held"),
        U(z, "上海市科委2023年收到几件申请？", "year not in corpus", "year not held"),
        # English
        U(e, "Back in 2024 I emailed Huai'an city asking for the environmental assessment of a factory near my home, and I never heard back. Is my request one of the 103 carried into 2025, and when will I get an answer?", "individual case not in report", "own case story, quotes 103"),
        U(e, "My landlord applied to Shuyang County in 2025 for the zoning file on our street and got a 'not held' reply. Which office made that decision?", "individual case", "own case story"),
        U(e, "I asked the Shanghai General Office for meeting minutes in 2019 and the request was rejected as process information. Was mine one of the 3 process-information refusals?", "individual case not identifiable", "own case story, quotes 3"),
        U(e, "My brother won his disclosure review against Huai'an in 2024. Was his case one of the 64 corrected ones, and what exactly did the reviewer order?", "individual case", "own case story, quotes 64"),
        U(e, "I filed a request with Hongze District in 2023 and then a lawsuit. What did the judge say in my case?", "individual case", "own case story"),
        U(e, "My mother applied to the Shanghai science commission in 2024 for a grant file. Was her request among the 9 granted ones?", "individual case", "own case story, quotes 9"),
        U(e, "A journalist friend sent Jianxi District a request in 2020 about demolition payments. What did they answer him?", "individual reply content", "own case story"),
        U(e, "Did a person named Wang Lei file any disclosure request with Shuyang County in 2025?", "named person", "named person"),
        U(e, "Which law firm filed the 5 Shuyang 2025 requests from legal service agencies?", "names of applicants not in report", "named applicants, quotes 5"),
        U(e, "Give me the home addresses of the individuals behind Huai'an's 2024 requests.", "personal data", "personal data"),
        U(e, "Who was the applicant in the 1 Hongze 2023 request treated as a petition?", "personal data", "personal data, quotes 1"),
        U(e, "Can you list the ID numbers of people who asked the Shanghai General Office for information in 2025?", "personal data", "personal data"),
        U(e, "How many of Huai'an's 2024 requests arrived in December?", "no monthly breakdown", "month breakdown"),
        U(e, "Shanghai General Office 2025: how many new requests came in during the first quarter?", "no quarterly breakdown", "quarter breakdown"),
        U(e, "What share of Shuyang's 705 individual applicants in 2025 were women?", "no sex breakdown", "sex breakdown, quotes 705"),
        U(e, "How many of the Shanghai General Office's 2019 applicants were under 30?", "no age breakdown", "age breakdown"),
        U(e, "How many Huai'an requests in 2024 were submitted by post rather than online?", "no channel breakdown", "channel breakdown"),
        U(e, "Of the 351 disclosure reviews against Huai'an in 2024, how many concerned land acquisition?", "no topic breakdown", "topic breakdown, quotes 351"),
        U(e, "Which Huai'an district sent the most requests in 2024?", "no district breakdown", "district breakdown"),
        U(e, "Of Shuyang's 693957 penalty decisions in 2025, how many were issued by the market regulator?", "no department breakdown", "department breakdown, quotes 693957"),
        U(e, "Hongze District 2024: how many of the 9487 licences went to construction firms?", "no industry breakdown", "industry breakdown, quotes 9487"),
        U(e, "How many of the Shanghai science commission's 2024 applicants live outside Shanghai?", "no residence breakdown", "residence breakdown"),
        U(e, "How many foreign nationals asked the Shanghai General Office for information in 2025?", "no nationality breakdown", "nationality breakdown"),
        U(e, "On average, how many working days did Shuyang County take to answer a request in 2025?", "response time not stated", "response days"),
        U(e, "How many staff work on information disclosure at the Huai'an government in 2024?", "staff not stated", "staff"),
        U(e, "What did Jianxi District spend on disclosure work in 2020?", "cost not stated", "cost"),
        U(e, "What was the Shanghai General Office's 2025 budget for its disclosure portal?", "budget not stated", "budget"),
        U(e, "What satisfaction rate did applicants give Hongze District in 2023?", "satisfaction not stated", "satisfaction"),
        U(e, "How many phone enquiries about disclosure did the Shanghai General Office take in 2019?", "phone calls not stated", "phone calls"),
        U(e, "Why did Shanghai General Office requests treated as petitions reach 148 in 2019 — what drove people to file them?", "motives not stated", "reason, quotes 148"),
        U(e, "Why did 26 people sue Huai'an directly in 2024 instead of seeking a review first?", "reasons not stated", "reason, quotes 26"),
        U(e, "How many requests will Shuyang County receive in 2026, roughly?", "forecast", "forecast"),
        U(e, "How many normative documents does Huai'an plan to issue in 2025?", "plan not stated", "plan"),
        U(e, "Huai'an handled 3050 requests in 2024 — is that good performance compared with other cities?", "opinion", "opinion, quotes 3050"),
        U(e, "Did the Shanghai science commission do a good job on disclosure in 2024, in your view?", "judgement", "opinion"),
        U(e, "Is 61 reviews a worrying number for Shuyang County in 2025?", "opinion", "opinion, quotes 61"),
        U(e, "How many disclosure requests did Hongze District receive in 2022?", "year not in corpus", "year not held"),
        U(e, "Shuyang County 2024: how many requests were granted?", "year not in corpus", "year not held"),
        U(e, "How many requests did Jianxi District receive in 2021?", "year not in corpus", "year not held"),
        U(e, "What was Nanjing's count of disclosure reviews in 2024?", "body not in corpus", "body not held"),
        U(e, "How many licensing decisions did Pudong New Area make in 2025?", "body not in corpus", "body not held"),
        U(e, "Huai'an city 2023: how many requests were received?", "year not in corpus", "year not held"),
        U(e, "I run a small shop in Shuyang. In 2025 I asked the county for the inspection report on my premises and it was withheld as enforcement files. Was my case one of the 4 such refusals, and can I still appeal?", "individual case", "own case story, quotes 4"),
        U(z, "淮安市2024年行政处罚3985758件，其中罚款金额总共多少钱？", "penalty amounts not stated", "quantity not stated, quotes 3985758"),
        U(z, "上海市政府办公厅2025年办结的1191件申请里，有多少件是超过法定期限才答复的？具体拖了几天？", "not stated", "quantity not stated, quotes 1191"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + traps() + narratives() + followups() + cannot()
