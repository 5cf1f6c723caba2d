"""Question bank of blind evaluation set 333 (evals/blind333): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written for this set. The bank names only bodies, keys, keywords and
the question text; every expected number is computed by helpers333 (gold/*.json, derived keys
per spec/README.md), by blindlib333.text_cell from the printed rows named in SPECS (the cells
blind6's text_cells.json verified, nothing new) or cut from the report text (sentence).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib333 as L  # noqa: E402
from helpers333 import C, E, EN, EU, ED, ER, cols  # noqa: E402

# printed cells of the three reports without gold (same specs as blind6/blind5 verified)
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

M = "万元"
# text alternatives: (keyword locating the sentence, number the sentence states)
ALT = {
    ("ha", "r.received.total"): ("3119", 3119),
    ("ha", "r.total_processed.total"): ("3119", 3050),
    ("ha", "r.carried_over.total"): ("3119", 34),
    ("ha", "r.carried_forward.total"): ("3119", 103),
    ("ha", "a.review.total"): ("行政复议 351", 351),
    ("ha", "a.review.upheld"): ("行政复议 351", 72),
    ("ha", "a.review.corrected"): ("行政复议 351", 64),
    ("ha", "a.review.other"): ("行政复议 351", 178),
    ("ha", "a.review.pending"): ("行政复议 351", 37),
    ("hz23", "r.received.total"): ("21 件", 21),
    ("jx", "r.received.total"): ("办结率88.2%", 17),
    ("jx", "r.total_processed.total"): ("办结率88.2%", 15),
    ("jx", "r.carried_forward.total"): ("办结率88.2%", 2),
    ("sh19", "r.received.total"): ("859件", 859),
    ("sh19", "r.total_processed.total"): ("859件", 805),
    ("sh19", "r.carried_over.total"): ("859件", 18),
    ("sh19", "r.carried_forward.total"): ("859件", 72),
    ("sh19", "a.review.total"): ("零败诉", 7),
    ("sh19", "a.litigation_direct.total"): ("零败诉", 9),
    ("sh19", "c.regulations.published"): ("主动公开规章13件", 13),
    ("sh19", "c.normative_docs.published"): ("主动公开规章13件", 60),
    ("sy", "r.total_processed.total"): ("749", 718),
    ("sy", "r.carried_forward.total"): ("749", 31),
    ("sy", "r.received.legal_person"): ("749", 8),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请 34", 34),
    ("kw", "r.carried_over.total"): ("全年收到政府信息公开申请 34", 2),
    ("kw", "r.granted.total"): ("同意公开答复 9", 9),
    ("kw", "c.normative_docs.issued"): ("行政规范性文件 13 件", 13),
    ("sh25", "r.received.total"): ("受理政府信息公开申请 1295", 1295),
    ("sh25", "r.total_processed.total"): ("受理政府信息公开申请 1295", 1191),
    ("sh25", "r.carried_over.total"): ("受理政府信息公开申请 1295", 189),
}
SUM_ALT = {
    ("ha", ("a.litigation_direct.total", "a.litigation_after_review.total")): ("行政诉讼 46", 46),
    ("sy", ("a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total")):
        ("74 件", 74),
}


def X(b, keys, **kw):
    """expect of a table value; adds the text alternative where the narrative states it too."""
    ks = tuple([keys] if isinstance(keys, str) else keys)
    alt = ALT.get((b, ks[0])) if len(ks) == 1 else SUM_ALT.get((b, ks))
    if alt is not None and "alt" not in kw:
        kw["alt"] = alt
    if any(k.startswith("c.fees.") or k.startswith("c.procurement.amount") for k in ks):
        kw.setdefault("unit", M)
    return E(b, list(ks), **kw)


def NN(b, keyword, value, unit, frm=None):
    return EN(b, keyword, value, unit, frm)


def XD(b1, b2, keys, **kw):
    ks = [keys] if isinstance(keys, str) else keys
    if any(k.startswith("c.fees.") for k in ks):
        kw.setdefault("unit", M)
    return ED(b1, b2, ks, **kw)


def src(b):
    return "gold" if L.BODIES[b][2] else "printed row"


def plain(lang, b, key, q, why=""):
    return C("value", lang, [(q, X(b, key))],
             "[plain] %s %d %s (%s)%s" % (L.BODIES[b][0], L.BODIES[b][1], key, src(b),
                                           "; " + why if why else ""))


def trap(lang, b, key, q, neighbour):
    return C("trap", lang, [(q, X(b, key))],
             "[neighbour] %s %d %s; naive neighbour: %s" % (L.BODIES[b][0], L.BODIES[b][1], key,
                                                             neighbour))


def total(lang, b, keys, q, why="", **kw):
    return C("sum", lang, [(q, X(b, keys, **kw))],
             "[combine] sum of %d cells, %s %d%s" % (len(keys), L.BODIES[b][0], L.BODIES[b][1],
                                                    "; " + why if why else ""))


def diff(lang, b1, b2, keys, q, **kw):
    return C("difference", lang, [(q, XD(b1, b2, keys, **kw))],
             "[combine] later minus earlier, %s %d->%d %s" % (
                 L.BODIES[b1][0], L.BODIES[b1][1], L.BODIES[b2][1], keys))


def rank(lang, bodies, keys, order, q, **kw):
    ks = [keys] if isinstance(keys, str) else keys
    return C("ranking", lang, [(q, ER(bodies, ks, order, **kw))],
             "[rank] %s %s over %s" % (order, ks, ", ".join(bodies)))


def text(lang, b, keyword, value, unit, q, frm=None, why=""):
    return C("narrative", lang, [(q, NN(b, keyword, value, unit, frm))],
             "[textonly] %s %d: %s %s stated only in the text%s" % (
                 L.BODIES[b][0], L.BODIES[b][1], value, unit, "; " + why if why else ""))


def cannot(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def fu(lang, turns, what):
    return C("followup", lang, turns, "[followup] " + what)


# ====================================================================== [plain]
def PLAIN():
    z, e = "zh", "en"
    return [
        plain(z, "ha", "r.granted.total", "淮安市政府2024年收到的公开申请，最后全部公开给申请人的一共多少件？"),
        plain(z, "ha", "c.licensing.decisions", "24年淮安全市作出的行政许可决定有多少个？"),
        plain(z, "ha", "r.withheld.admin_query.total", "淮安2024年有多少申请因为属于行政查询事项被拒了？"),
        plain(z, "ha", "r.not_processed.petition.total",
              "淮安市人民政府2024年度报告里，被当作信访举报投诉类、不予处理的申请有几件？"),
        plain(z, "ha", "a.litigation_direct.total", "2024年淮安市政府因信息公开被人直接起诉、没先走复议的案子有几起？"),
        plain(z, "ha", "r.unable.unclear.total", "淮安市2024年补正以后申请内容还是不明确、最终没法提供的有几件？"),
        plain(z, "sy", "c.punishment.decisions", "沭阳县2025年一共作出多少个行政处罚决定？"),
        plain(z, "sy", "r.other.other.total", "沭阳县政府2025年报，其他处理下面“3.其他”那一项总计是多少？"),
        plain(z, "sy", "a.review.corrected", "2025年沭阳县信息公开类行政复议，结果被纠正的有几件？"),
        plain(z, "sy", "r.unable.not_held.total", "沭阳2025年有多少申请是因为县里不掌握相关信息而没法提供的？"),
        plain(z, "sy", "r.carried_over.total", "沭阳县2025年的办理量里，有多少件是上年结转过来的申请？"),
        plain(z, "sy", "c.fees.amount", "沭阳县二〇二五年行政事业性收费金额是多少万元？"),
        plain(z, "sy", "r.received.total", "沭阳县2025年报表中“本年新收政府信息公开申请数量”的总计是多少？",
              "table 新收 713; the text's 749 includes 36 carried over"),
        plain(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定数量是多少？"),
        plain(z, "hz23", "r.unable.not_held.total", "洪泽区2023年答复“本机关不掌握”的申请一共几件？"),
        plain(z, "hz23", "r.partially_granted.total", "2023年洪泽区有几件申请只公开了一部分？"),
        plain(z, "hz23", "a.review.upheld", "洪泽区2023年涉及信息公开的行政复议，维持原处理的有几件？",
              "review.total printed 0 but upheld 10 is printed"),
        plain(z, "hz23", "c.licensing.decisions", "洪泽区二〇二三年行政许可决定作了多少个？"),
        plain(z, "jx", "c.normative_docs.made", "涧西区政府办2020年新制作了几件规范性文件？"),
        plain(z, "jx", "r.unable.not_held.total", "涧西区2020年因为手里没有相关信息、答复无法提供的申请是几件？"),
        plain(z, "jx", "a.review.total", "涧西区人民政府办公室2020年因为信息公开被申请行政复议了几次？"),
        plain(z, "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购花了多少万元？"),
        plain(z, "sh19", "r.received.commercial", "2019年上海市府办收到的申请里，商业企业交的有几件？"),
        plain(z, "sh19", "a.litigation_direct.upheld", "上海市政府办公厅2019年没经过复议直接打官司的，判维持的有几件？"),
        plain(z, "sh19", "r.carried_forward.total", "上海市府办2019年有多少申请要转到下一年度继续办？"),
        plain(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定有多少件？"),
        plain(z, "hz24", "r.unable.not_held.total", "洪泽区政府2024年回复“本机关不掌握”的申请是多少件？"),
        plain(z, "kw", "c.normative_docs.issued", "上海市科委2024年一共制发了多少件规范性文件？"),
        plain(z, "kw", "r.received.natural_person", "市科委2024年新收的申请里，以个人名义提的有多少件？"),
        plain(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年被归到信访举报投诉类、没有处理的申请有多少？"),
        plain(z, "sh25", "a.review.total", "上海市府办2025年涉及信息公开的行政复议总共几件？"),
        # ---- en
        plain(e, "ha", "r.partially_granted.total", "How many requests did the Huai'an city government grant only in part in 2024?"),
        plain(e, "ha", "c.coercion.decisions", "What was Huai'an's count of administrative coercion decisions for 2024?"),
        plain(e, "ha", "r.other.overdue_correction.total",
              "In Huai'an's 2024 report, how many applications were dropped because the applicant never sent the corrections that were asked for?"),
        plain(e, "ha", "a.review.pending", "Huai'an, 2024: how many disclosure-related reconsideration cases were still undecided when the year closed?"),
        plain(e, "ha", "r.not_processed.duplicate.total", "How many repeat applications did Huai'an decline to process in FY2024?"),
        plain(e, "ha", "a.litigation_after_review.upheld", "Huai'an 2024 — lawsuits brought after a reconsideration where the court backed the government: how many?"),
        plain(e, "sy", "a.litigation_direct.upheld",
              "Shuyang County, 2025: of the suits filed straight in court without reconsideration, how many ended with the decision upheld?"),
        plain(e, "sy", "r.partially_granted.total", "What number of Shuyang's 2025 requests got a partial release?"),
        plain(e, "sy", "r.withheld.internal_affairs.total", "In 2025, how many applications did Shuyang County refuse because they concerned internal affairs information?"),
        plain(e, "sy", "c.licensing.decisions", "How many administrative licensing decisions does Shuyang County report for 2025?"),
        plain(e, "sy", "r.other.overdue_fee.total", "Shuyang County 2025: how many requests were closed because the applicant didn't pay the fee notice on time?"),
        plain(e, "sy", "r.carried_forward.total", "How many of Shuyang's 2025 applications were still open and got rolled into 2026?"),
        plain(e, "hz23", "r.withheld.state_secret.total", "Hongze District, 2023: were any requests refused on state-secret grounds? How many?"),
        plain(e, "hz23", "c.fees.amount", "How much administrative fee revenue did Hongze District report for 2023, in units of 10,000 yuan?"),
        plain(e, "hz23", "r.received.total", "How many new disclosure requests reached the Hongze District government in 2023?"),
        plain(e, "hz23", "a.litigation_after_review.upheld", "Hongze 2023: suits brought after a reconsideration — how many ended with the decision upheld?"),
        plain(e, "jx", "c.procurement.amount", "How much did Jianxi District's government office spend through centralised government procurement in 2020 (10k yuan)?"),
        plain(e, "jx", "r.granted.total", "In 2020, how many requests did the Jianxi District government office grant in full?"),
        plain(e, "jx", "r.carried_forward.total", "How many of Jianxi's 2020 requests were still being worked on going into 2021?"),
        plain(e, "sh19", "r.received.total", "Total new disclosure applications received by the Shanghai municipal General Office in 2019?"),
        plain(e, "sh19", "r.unable.unclear.natural_person",
              "In 2019, how many individuals' requests to the Shanghai General Office were still unclear even after they were asked to clarify?"),
        plain(e, "sh19", "c.normative_docs.total_published", "By the end of 2019, how many normative documents had the Shanghai General Office made public in total?"),
        plain(e, "sh19", "r.withheld.admin_query.natural_person",
              "In 2019, how many requests from private individuals did the Shanghai General Office reject as administrative query matters?"),
        plain(e, "hz24", "c.punishment.decisions", "Hongze District's administrative penalty decisions in 2024 — what's the figure?"),
        plain(e, "hz24", "a.review.total", "How many reconsideration cases over information disclosure did Hongze District face in 2024?"),
        plain(e, "kw", "c.licensing.decisions", "How many licensing decisions did STCSM make in 2024?"),
        plain(e, "kw", "r.total_processed.total", "The Shanghai Science and Technology Commission: total requests it dealt with in 2024?"),
        plain(e, "sh25", "r.received.commercial", "How many applications from businesses did the Shanghai General Office receive over 2025?"),
        plain(e, "sh25", "a.litigation_after_review.total", "2025, Shanghai General Office: how many lawsuits came after an administrative reconsideration?"),
        plain(e, "sh25", "r.carried_forward.total", "Shanghai General Office: how many of its 2025 requests were carried over into 2026?"),
    ]


# ====================================================================== [textonly]
def TEXTONLY():
    z, e = "zh", "en"
    return [
        text(z, "sy", "697", 697, "条", "沭阳县2025年清理了多少条过期信息？"),
        text(z, "sy", "64家", 64, "家", "沭阳2025年把年度报告集中公开、统一发布的单位有多少家？"),
        text(z, "sy", "催办提示 84", 84, "次", "沭阳县2025年那个依申请件“倒计时报警器”一共发出了几次催办提示？"),
        text(z, "sy", "失效链接43处", 43, "处", "2025年沭阳县网站巡检整改了多少处失效链接？"),
        text(z, "kw", "政协提案 85", 85, "件", "上海市科委2024年主办、合办的政协提案有多少件？"),
        text(z, "kw", "直播 118", 118, "场", "上海市科委的“上海科技”视频号2024年做了多少场直播？"),
        text(z, "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年报告里说市政府开了几场新闻通气会？"),
        text(z, "sh25", "发布审查 330", 330, "件", "2025年上海市政府办公厅完成了多少件公文发布审查？"),
        text(z, "sh19", "人事任免文件141件", 141, "件", "上海市政府办公厅2019年主动公开的人事任免文件有多少件？"),
        text(z, "sh19", "70家政府网站", 70, "家", "按上海市府办2019年的年报，每季度检查的政府网站有多少家？"),
        text(z, "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了多少场新闻发布会？"),
        text(z, "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站平台上主动发布了多少条信息？"),
        text(z, "jx", "601项事项", 601, "项", "涧西区政府办2020年一共梳理出多少项政务公开事项？", frm="梳理细化"),
        # ---- en
        text(e, "sy", "2606", 2606, "篇", "How many news pieces did Shuyang County's new-media accounts put together in 2025?"),
        text(e, "sy", "争议纠纷 33", 33, "件", "How many disputes did Shuyang say it resolved in 2025 by talking to applicants before replying?"),
        text(e, "kw", "原创文章 294", 294, "篇", "How many original articles did STCSM's WeChat account run in 2024?"),
        text(e, "kw", "集成式发布政策 121", 121, "条", "In 2024, how many policies did the Shanghai science commission push out through integrated policy release?"),
        text(e, "sh25", "人事任免文件 196", 196, "件", "How many personnel appointment and removal documents did the Shanghai General Office publish in 2025?"),
        text(e, "sh25", "主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their requests themselves?"),
        text(e, "sh25", "16 个区", 16, "个", "Per the Shanghai General Office's 2025 report, how many districts now have a digital gazette online?"),
        text(e, "sh19", "政策解读共132件", 132, "件", "How many policy interpretations did the Shanghai General Office post on its portal in 2019?"),
        text(e, "sh19", "2261项事项", 2261, "项", "In 2019, how many service items had been plugged into Shanghai's unified One Network intake platform?"),
        text(e, "ha", "政务新媒体共计 95", 95, "个", "How many government new-media accounts did Huai'an have in operation according to its 2024 report?"),
        text(e, "ha", "5500", 21, "个", "How many policy explainers did the Huai'an city government produce in 2024?"),
        text(e, "hz24", "2428", 7, "期", "How many executive meeting sessions did Hongze District make public in 2024?",
             why="the same sentence also states 7 interpretation items"),
        text(e, "hz23", "1136", 1136, "条", "How many items of government information did Hongze District proactively post on its website in 2023?"),
    ]


# ====================================================================== [cannot]
def CANNOT():
    z, e = "zh", "en"
    return [
        cannot(z, "淮安市政府2024年的公开申请里，男性和女性申请人各占多少？",
               "applicants are counted by type (natural person / organisations), never by sex"),
        cannot(z, "洪泽区2022年政府信息公开申请收到了多少件？", "the corpus holds 洪泽区 2023 and 2024 only"),
        cannot(z, "南京市2024年政府信息公开年报里依申请公开有多少件？", "no report of 南京市 in the corpus"),
        cannot(z, "沭阳县2025年哪个月收到的申请最多？", "no monthly breakdown of requests is printed"),
        cannot(z, "上海市科委2024年负责信息公开的工作人员有几个？", "staff numbers are not stated in the report"),
        cannot(z, "涧西区2020年那17件申请，分别是哪些街道的居民提的？", "no breakdown by residence or street"),
        cannot(z, "上海市府办2025年办理一件申请平均要多少天？", "no response-time statistics in the report"),
        cannot(z, "淮安2024年依申请公开的件数里，涉及征地拆迁的有多少？", "requests are not broken down by topic"),
        cannot(z, "预计沭阳县2026年会收到多少政府信息公开申请？", "a forecast; the reports hold no projections"),
        cannot(z, "洪泽区政府2024年的信息公开工作做得好不好，你怎么看？", "asks for an opinion, not a reported figure"),
        cannot(z, "清江浦区2024年信息公开行政复议有多少件？", "no report of 清江浦区 in the corpus"),
        cannot(z, "上海市政府办公厅2022年报里的行政诉讼数量是多少？", "the corpus holds 上海市府办 2019 and 2025 only"),
        cannot(z, "沭阳县2025年的申请是网上提交的多还是当面递交的多，各多少？", "no breakdown by submission channel"),
        cannot(z, "淮安2024年政府信息公开工作一共花了多少经费？", "costs of disclosure work are not reported (only fees collected)"),
        cannot(z, "涧西区2020年申请公开的人当中，60岁以上的有多少？", "no breakdown by applicant age"),
        cannot(z, "上海市科委2024年那1件行政复议是谁申请的？", "personal data; the report does not name applicants"),
        cannot(z, "淮安市2023年收到的政府信息公开申请有多少件？", "the corpus holds the 淮安市 2024 report only"),
        # ---- en
        cannot(e, "How many of Shuyang County's 2025 disclosure requests were sent by email?", "no breakdown by submission channel"),
        cannot(e, "What share of Huai'an's 2024 applicants were women?", "no breakdown of applicants by sex"),
        cannot(e, "How many disclosure requests did Suqian city receive in 2024?", "no report of 宿迁市 in the corpus"),
        cannot(e, "How many requests did Hongze District receive in 2025?", "the corpus holds 洪泽区 2023 and 2024 only"),
        cannot(e, "Which department of the Shuyang County government got the most information requests in 2025?",
               "requests are not broken down by department"),
        cannot(e, "How many people work on information disclosure at the Shanghai General Office, per its 2025 report?",
               "staff numbers are not stated"),
        cannot(e, "What was the average time Jianxi District took to answer a request in 2020?", "no response-time statistics"),
        cannot(e, "How many requests did Pudong New Area handle in 2024?", "no report of 浦东新区 in the corpus"),
        cannot(e, "In Huai'an's 2024 report, how many requests came in during the fourth quarter?", "no quarterly breakdown of requests"),
        cannot(e, "What's the name of the person who sued the Hongze District government in 2024?", "personal data; not in the report"),
        cannot(e, "How many disclosure requests will the Shanghai science commission get in 2025?", "a forecast; the corpus holds STCSM 2024 only"),
        cannot(e, "Was Shuyang County's handling of requests in 2025 better than its neighbours'?",
               "an opinion / comparison with bodies not in the corpus"),
        cannot(e, "How many STCSM requests in 2024 were about research funding?", "requests are not broken down by topic"),
        cannot(e, "What did the Shanghai General Office's 2023 annual report say about requests received?",
               "the corpus holds 上海市府办 2019 and 2025 only"),
        cannot(e, "How many of Huai'an's 2024 reconsideration cases were about land acquisition?", "appeals are not broken down by topic"),
        cannot(e, "How much did Hongze District spend running its government website in 2023?", "costs are not reported"),
        cannot(e, "In 2020, how many requests did Jianxi District get from applicants living outside Luoyang?", "no breakdown by residence"),
    ]


# ====================================================================== [combine]
def COMBINE():
    z, e = "zh", "en"
    return [
        total(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开和部分公开的申请合在一起是多少件？"),
        total(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
              "沭阳县2025年信息公开引发的行政复议，加上两类行政诉讼，一共多少件？", "the text states 74 as well"),
        total(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
              "上海市府办2025年“本机关不掌握”和“没有现成信息需另行制作”这两种情形加起来有多少件？"),
        total(z, "hz23", ["r.withheld.%s.total" % s for s in L.WITHHELD],
              "洪泽区2023年八类不予公开理由下的申请，全部加起来是多少件？"),
        total(z, "kw", ["r.received.total", "r.carried_over.total"], "上海市科委2024年新收的申请再加上上年结转的，总共要办多少件？"),
        total(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
              "Add up both kinds of lawsuits Huai'an faced over disclosure in 2024: direct suits plus suits after reconsideration.",
              "the text states 46 as well"),
        total(e, "sy", ["r.unable.%s.total" % s for s in L.UNABLE],
              "Shuyang 2025: across the three 'unable to provide' grounds, how many requests in total?"),
        total(e, "sh19", cols("granted"),
              "For the Shanghai General Office in 2019, how many requests were granted in full, all applicant types together?",
              "the printed 总计 cell is blank; asked by the six columns", printed_total="r.granted.total"),
        total(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
              "Hongze District 2024: licensing, penalty and coercion decisions combined?"),
        total(e, "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
              "In Huai'an's 2024 figures, sum all five 'not processed' categories for me."),
        diff(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定，2024年比2023年多了多少个？"),
        diff(z, "sh19", "sh25", "r.received.total", "上海市府办2025年新收的申请比2019年增加了多少件？",
             alt=("受理政府信息公开申请 1295", 1295)),
        diff(z, "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费从2023年到2024年变化了多少万元？"),
        diff(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议的数量，2025年和2019年比多了多少？"),
        diff(e, "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?"),
        diff(e, "sh19", "sh25", "r.carried_forward.total",
             "Shanghai General Office: how many more requests were rolled into the following year at the end of 2025 than at the end of 2019?"),
        diff(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze District's normative documents in force: what was the change between 2023 and 2024?"),
    ]


# ====================================================================== [rank]
def RANK():
    z, e = "zh", "en"
    return [
        rank(z, ["ha", "sy", "sh19"], "r.received.total", "desc",
             "淮安市政府2024年、沭阳县2025年、上海市府办2019年，哪家新收的公开申请最多？"),
        rank(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "行政许可决定数量：淮安2024年、洪泽区2023年、沭阳县2025年，谁最多？"),
        rank(z, ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
             "比一比上年结转的申请：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，哪个最多？"),
        rank(z, ["jx", "ha", "hz23", "sy"], "r.not_processed.petition.total", "asc",
             "涧西区2020年、淮安2024年、洪泽区2023年、沭阳2025年这四家，信访举报投诉类不予处理的申请谁最少？"),
        rank(z, ["jx", "hz23", "sy", "sh19"], "a.review.upheld", "desc",
             "行政复议结果维持的件数，涧西区2020、洪泽区2023、沭阳县2025、上海市府办2019里哪家最多？"),
        rank(e, ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "Administrative fee income: Huai'an 2024, Hongze District 2023 or Shuyang County 2025 — which took in the least?",
             unit=M),
        rank(e, ["jx", "hz23", "sy", "sh19"], "a.litigation_direct.total", "desc",
             "Direct lawsuits over disclosure: which had the most — Jianxi District 2020, Hongze District 2023, Shuyang County 2025 or the Shanghai General Office 2019?"),
        rank(e, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
             "Normative documents in force at year end: Huai'an (2024), Hongze (2023), Shuyang (2025). Who has the most?"),
        rank(e, ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "asc",
             "Which body carried the fewest requests forward at year end: Jianxi 2020, Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
    ]


# ====================================================================== [neighbour]
def NEIGHBOUR():
    z, e = "zh", "en"
    return [
        trap(z, "ha", "r.carried_over.total", "淮安市政府2024年答复的申请里，有多少件是2023年收到、拖到2024年接着办的？",
             "carried_forward 103 (转入下年)"),
        trap(z, "sy", "a.litigation_after_review.total", "沭阳县2025年先申请复议、对复议结果不服再去法院起诉的案子有多少？",
             "litigation_direct.total 3"),
        trap(z, "ha", "c.normative_docs.repealed", "淮安市政府2024年废止了多少件行政规范性文件？", "issued 8 / in_force 66"),
        trap(z, "sy", "r.withheld.process_info.total",
             "沭阳2025年因为属于讨论稿、请示报告这类过程性信息而不公开的申请有几件？", "internal_affairs 13"),
        trap(z, "hz24", "c.normative_docs.in_force", "洪泽区2024年底仍然有效的行政规范性文件一共几件？", "issued 3"),
        trap(e, "ha", "a.review.other",
             "Huai'an 2024 reconsiderations that ended some other way — neither upheld nor overturned: how many?", "corrected 64"),
        trap(e, "jx", "c.procurement.projects", "How many centralised procurement projects did the Jianxi District government office run in 2020?",
             "amount 28.6232 万元"),
        trap(e, "sh19", "c.regulations.total_published",
             "In 2019, what was the Shanghai General Office's cumulative count of regulations made public — the running total, not the new ones?",
             "made/published 13"),
        trap(e, "ha", "r.received.legal_services", "How many of Huai'an's 2024 new requests came from law firms and other legal service providers?",
             "commercial 53"),
    ]


# ====================================================================== [followup]
def FOLLOWUP():
    z, e = "zh", "en"
    U = EU
    out = []
    # ---------- A: switch year, then compare the two years
    out += [
        fu(z, [("洪泽区2023年行政强制决定有多少个？", X("hz23", "c.coercion.decisions")),
               ("那2024年的呢", X("hz24", "c.coercion.decisions")),
               ("哪一年多？多出几个？", XD("hz23", "hz24", "c.coercion.decisions"))],
           "switch year, then compare the two years (difference)"),
        fu(z, [("上海市府办2019年收到的申请里，自然人提的有多少件？", X("sh19", "r.received.natural_person")),
               ("换成2025年，个人申请是多少", X("sh25", "r.received.natural_person")),
               ("涨了多少件？", XD("sh19", "sh25", "r.received.natural_person"))],
           "switch year, then compare"),
        fu(z, [("洪泽区2023年予以公开的申请有几件？", X("hz23", "r.granted.total")),
               ("那24年是多少件", X("hz24", "r.granted.total")),
               ("这两年差了多少件", XD("hz23", "hz24", "r.granted.total"))],
           "switch year, then compare"),
        fu(z, [("上海市政府办公厅2019年上年结转过来的申请是多少件？", X("sh19", "r.carried_over.total")),
               ("2025年报里这个数是多少", X("sh25", "r.carried_over.total")),
               ("2025年比2019年多出多少", XD("sh19", "sh25", "r.carried_over.total"))],
           "switch year, then compare"),
        fu(z, [("洪泽区政府2023年答复本机关不掌握的申请有几件？", X("hz23", "r.unable.not_held.total")),
               ("2024年这一项呢", X("hz24", "r.unable.not_held.total")),
               ("增加了几件？", XD("hz23", "hz24", "r.unable.not_held.total")),
               ("这些不掌握的申请主要是问哪方面内容的？", U("requests are not broken down by topic"))],
           "switch year, compare, end unanswerable (topic)"),
        fu(z, [("上海市府办2019年信息公开类行政复议有几件？", X("sh19", "a.review.total")),
               ("那2025年是多少件", X("sh25", "a.review.total")),
               ("2025年那些复议都是哪些人申请的？", U("personal data; applicants are not named"))],
           "switch year, end unanswerable (personal data)"),
        fu(e, [("How many lawsuits did people file directly against the Shanghai General Office over disclosure in 2019?",
                X("sh19", "a.litigation_direct.total")),
               ("And in 2025?", X("sh25", "a.litigation_direct.total")),
               ("Which year had more, and by how many?", XD("sh19", "sh25", "a.litigation_direct.total"))],
           "switch year, then compare"),
        fu(e, [("How many normative documents did Hongze District issue in 2023?", X("hz23", "c.normative_docs.issued")),
               ("And for 2024, how many?", X("hz24", "c.normative_docs.issued")),
               ("And how many were in force at the end of 2024?", X("hz24", "c.normative_docs.in_force"))],
           "switch year, then column"),
        fu(e, [("How many new requests did the Shanghai General Office receive in 2019?", X("sh19", "r.received.total")),
               ("Now the 2025 report — same measure?", X("sh25", "r.received.total")),
               ("So which year saw more new requests, and what's the gap?",
                XD("sh19", "sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295)))],
           "switch year, then compare"),
        fu(e, [("Shanghai General Office, 2019: reconsideration cases still pending at year end?", X("sh19", "a.review.pending")),
               ("Same question for 2025.", X("sh25", "a.review.pending")),
               ("And the 2025 reconsideration total?", X("sh25", "a.review.total")),
               ("How many of those 2025 reconsiderations were brought by companies?",
                U("appeals are not broken down by applicant type"))],
           "switch year, then column, end unanswerable"),
        fu(e, [("Hongze District in 2024 — how many disclosure suits went straight to court?", X("hz24", "a.litigation_direct.total")),
               ("And for 2023?", X("hz23", "a.litigation_direct.total")),
               ("Back to 2024: how many suits came after a reconsideration?", X("hz24", "a.litigation_after_review.total"))],
           "switch year and back, then appeals group"),
        fu(e, [("How many requests did the Shanghai General Office wrap up in 2025?", X("sh25", "r.total_processed.total")),
               ("What was that figure in 2019?", X("sh19", "r.total_processed.total")),
               ("How much higher was 2025?", XD("sh19", "sh25", "r.total_processed.total"))],
           "switch year, then compare"),
    ]
    # ---------- B: switch body
    out += [
        fu(z, [("淮安2024年因为保护第三方合法权益不予公开的有几件？", X("ha", "r.withheld.third_party.total")),
               ("沭阳县2025年这一项呢？", X("sy", "r.withheld.third_party.total")),
               ("洪泽区2023年的呢", X("hz23", "r.withheld.third_party.total"))],
           "switch body twice"),
        fu(z, [("沭阳县2025年信息公开行政复议总共几件？", X("sy", "a.review.total")),
               ("淮安市政府2024年的复议数是多少", X("ha", "a.review.total")),
               ("回到沭阳，复议里还没审结的有几件", X("sy", "a.review.pending"))],
           "switch body and back, then column"),
        fu(z, [("涧西区2020年一共收到几件公开申请？", X("jx", "r.received.total")),
               ("洪泽区2023年呢", X("hz23", "r.received.total")),
               ("洪泽这21件里有几件是用信函寄来的？", U("no breakdown by submission channel"))],
           "switch body, end unanswerable (channel)"),
        fu(z, [("淮安市2024年现行有效的行政规范性文件有多少件？", X("ha", "c.normative_docs.in_force")),
               ("沭阳2025年现行有效的有几件", X("sy", "c.normative_docs.in_force")),
               ("上海市科委2024年呢", X("kw", "c.normative_docs.in_force"))],
           "switch body twice (text row for 上海市科委)"),
        fu(z, [("上海市府办2025年因为本机关不掌握而无法提供的申请是多少？", X("sh25", "r.unable.not_held.total")),
               ("淮安2024年不掌握的是多少？", X("ha", "r.unable.not_held.total")),
               ("淮安那些里面企业申请的占几件", X("ha", "r.unable.not_held.commercial"))],
           "switch body, then column"),
        fu(z, [("上海市科委2024年予以公开的申请有几件？", X("kw", "r.granted.total")),
               ("上海市府办2025年予以公开的呢", X("sh25", "r.granted.total")),
               ("这206件平均几天答复完的？", U("no response-time statistics"))],
           "switch body, end unanswerable (response time)"),
        fu(e, [("What did Huai'an collect in administrative fees in 2024, in 10k yuan?", X("ha", "c.fees.amount")),
               ("Shuyang, 2025?", X("sy", "c.fees.amount")),
               ("And Hongze for 2024?", X("hz24", "c.fees.amount"))],
           "switch body twice (money, 万元)"),
        fu(e, [("How many repeat applications did Shuyang County set aside in 2025?", X("sy", "r.not_processed.duplicate.total")),
               ("Same thing for Huai'an in 2024?", X("ha", "r.not_processed.duplicate.total")),
               ("How many of Huai'an's came from businesses?", X("ha", "r.not_processed.duplicate.commercial"))],
           "switch body, then column"),
        fu(e, [("Jianxi District government office, 2020: how many direct lawsuits over disclosure?", X("jx", "a.litigation_direct.total")),
               ("Shuyang County in 2025?", X("sy", "a.litigation_direct.total")),
               ("How many of Shuyang's ended with the decision upheld?", X("sy", "a.litigation_direct.upheld"))],
           "switch body, then column"),
        fu(e, [("Hongze District 2023: how many requests were refused as process information?", X("hz23", "r.withheld.process_info.total")),
               ("What about Shuyang in 2025?", X("sy", "r.withheld.process_info.total")),
               ("And Huai'an, 2024?", X("ha", "r.withheld.process_info.total"))],
           "switch body twice"),
        fu(e, [("How many regulations did the Shanghai General Office newly publish in 2019?", X("sh19", "c.regulations.published")),
               ("How many did Huai'an issue in 2024?", X("ha", "c.regulations.issued")),
               ("How many public comments did Huai'an's regulation attract?", U("public comments on regulations are not reported"))],
           "switch body (2019 vs 2021 template column), end unanswerable"),
        fu(e, [("How many licensing decisions did the Shanghai science commission make in 2024?", X("kw", "c.licensing.decisions")),
               ("And Hongze District in 2024?", X("hz24", "c.licensing.decisions")),
               ("Jianxi for 2020?", X("jx", "c.licensing.decisions"))],
           "switch body twice"),
    ]
    # ---------- C: "of those, how many"
    out += [
        fu(z, [("淮安市政府2024年新收了多少件公开申请？", X("ha", "r.received.total")),
               ("其中个人提的有多少？", X("ha", "r.received.natural_person")),
               ("剩下法人或其他组织提的一共多少", X("ha", "r.received.legal_person")),
               ("这些单位里国有企业有几家？", U("organisations are counted by five types only; no ownership breakdown"))],
           "drill down, end unanswerable"),
        fu(z, [("沭阳县2025年不予公开的申请一共多少件？", X("sy", "r.withheld.total")),
               ("其中属于行政查询事项的有几件", X("sy", "r.withheld.admin_query.total")),
               ("保护第三方合法权益的呢", X("sy", "r.withheld.third_party.total"))],
           "drill down (derived withheld total), then row"),
        fu(z, [("上海市府办2025年新收公开申请多少件？", X("sh25", "r.received.total")),
               ("当中有多少来自商业企业", X("sh25", "r.received.commercial")),
               ("自然人的呢", X("sh25", "r.received.natural_person"))],
           "drill down by column"),
        fu(z, [("淮安2024年因为信息公开被申请行政复议多少件？", X("ha", "a.review.total")),
               ("被纠正的有多少", X("ha", "a.review.corrected")),
               ("维持原结果的呢", X("ha", "a.review.upheld"))],
           "drill down in appeals"),
        fu(z, [("洪泽区2023年办结的申请总计多少件？", X("hz23", "r.total_processed.total")),
               ("其中部分公开几件", X("hz23", "r.partially_granted.total")),
               ("无法提供的加起来几件", X("hz23", "r.unable.total"))],
           "drill down (derived unable total)"),
        fu(z, [("涧西区政府办2020年办结了多少件申请？", X("jx", "r.total_processed.total")),
               ("其中予以公开的有几件", X("jx", "r.granted.total")),
               ("这13件公开的内容主要涉及哪些方面？", U("requests are not broken down by topic"))],
           "drill down, end unanswerable (topic)"),
        fu(z, [("上海市政府办公厅2019年答复了多少件申请（办理总计）？", X("sh19", "r.total_processed.total")),
               ("其中法律服务机构的有几件", X("sh19", "r.total_processed.legal_services")),
               ("商业企业的呢", X("sh19", "r.total_processed.commercial"))],
           "drill down by column"),
        fu(e, [("How many requests did Shuyang County finish handling in 2025?", X("sy", "r.total_processed.total")),
               ("Of those, how many came from individuals?", X("sy", "r.total_processed.natural_person")),
               ("And from legal service firms?", X("sy", "r.total_processed.legal_services"))],
           "drill down by column"),
        fu(e, [("Huai'an 2024: how many requests could not be answered because of the 'unable to provide' reasons, all three together?",
                X("ha", "r.unable.total")),
               ("Of those, how many because the information would have had to be newly compiled?", X("ha", "r.unable.needs_creation.total")),
               ("And how many of the whole 'unable' group were filed by companies?", X("ha", "r.unable.commercial"))],
           "drill down (derived unable total and column)"),
        fu(e, [("How many new requests did STCSM receive in 2024?", X("kw", "r.received.total")),
               ("Of the 34, how many came from companies?", X("kw", "r.received.commercial")),
               ("Which companies were they?", U("the report does not name applicants"))],
           "drill down, end unanswerable"),
        fu(e, [("Shanghai General Office, 2025: how many direct lawsuits over disclosure?", X("sh25", "a.litigation_direct.total")),
               ("How many of those were still pending at year end?", X("sh25", "a.litigation_direct.pending")),
               ("And on the reconsideration side, how many were pending?", X("sh25", "a.review.pending"))],
           "drill down, then appeals group"),
        fu(e, [("How many requests did Huai'an decline to process at all in 2024 (the 'not processed' block)?",
                X("ha", "r.not_processed.total")),
               ("Of those, how many were really complaints or petitions?", X("ha", "r.not_processed.petition.total")),
               ("How many of the petition-type ones came from organisations rather than individuals?",
                X("ha", "r.not_processed.petition.legal_person"))],
           "drill down (derived total, derived legal_person)"),
        fu(e, [("How many requests did Hongze get from individuals in 2023?", X("hz23", "r.received.natural_person")),
               ("And from organisations of any kind?", X("hz23", "r.received.legal_person")),
               ("How many of those individuals had applied before in earlier years?", U("repeat applicants are not counted"))],
           "drill down, end unanswerable"),
        fu(e, [("Shuyang 2025: how many requests landed in the 'other handling' block, all three sub-items?", X("sy", "r.other.total")),
               ("Of those, how many were the catch-all 'other'?", X("sy", "r.other.other.total")),
               ("And how many because applicants never completed their corrections?", X("sy", "r.other.overdue_correction.total"))],
           "drill down (derived other total)"),
    ]
    # ---------- D: add up rows just asked
    out += [
        fu(z, [("沭阳县2025年予以公开的申请是多少？", X("sy", "r.granted.total")),
               ("部分公开的呢", X("sy", "r.partially_granted.total")),
               ("这两项合计多少", X("sy", ["r.granted.total", "r.partially_granted.total"]))],
           "two rows, then their sum"),
        fu(z, [("淮安市2024年本机关不掌握的申请有多少？", X("ha", "r.unable.not_held.total")),
               ("需要另行制作的呢", X("ha", "r.unable.needs_creation.total")),
               ("两者加起来是多少", X("ha", ["r.unable.not_held.total", "r.unable.needs_creation.total"]))],
           "two rows, then their sum"),
        fu(z, [("洪泽区2024年信息公开行政复议几件？", X("hz24", "a.review.total")),
               ("直接起诉的有几件", X("hz24", "a.litigation_direct.total")),
               ("复议后起诉的呢", X("hz24", "a.litigation_after_review.total")),
               ("这三类加一起是多少", X("hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]))],
           "three appeals groups, then their sum (printed rows)"),
        fu(z, [("上海市府办2025年信访举报投诉类不予处理的有多少件？", X("sh25", "r.not_processed.petition.total")),
               ("重复申请的有多少", X("sh25", "r.not_processed.duplicate.total")),
               ("合起来呢", X("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
               ("这78件分别来自上海哪些区？", U("no breakdown by district"))],
           "two rows, sum, end unanswerable"),
        fu(e, [("Jianxi District government office in 2020 — how many requests were granted in full?", X("jx", "r.granted.total")),
               ("And how many were answered 'information not held'?", X("jx", "r.unable.not_held.total")),
               ("Add those two together.", X("jx", ["r.granted.total", "r.unable.not_held.total"]))],
           "two rows, then their sum"),
        fu(e, [("Huai'an 2024: requests dropped because applicants never supplied corrections?", X("ha", "r.other.overdue_correction.total")),
               ("And ones dropped because the processing fee wasn't paid?", X("ha", "r.other.overdue_fee.total")),
               ("Total of the two?", X("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"]))],
           "two rows, then their sum"),
        fu(e, [("In 2025, how many Shuyang reconsideration cases were upheld?", X("sy", "a.review.upheld")),
               ("And how many corrected?", X("sy", "a.review.corrected")),
               ("So upheld plus corrected comes to?", X("sy", ["a.review.upheld", "a.review.corrected"]))],
           "two cells, then their sum"),
        fu(e, [("How many normative documents did the Shanghai science commission issue in 2024?", X("kw", "c.normative_docs.issued")),
               ("How many were in force at the end of 2024?", X("kw", "c.normative_docs.in_force")),
               ("How many of the 55 are due to expire in 2025?", U("a forecast; expiry dates are not reported"))],
           "column switch, end unanswerable"),
    ]
    # ---------- E: self-corrections
    out += [
        fu(z, [("洪泽区2024年行政许可决定有多少？", X("hz24", "c.licensing.decisions")),
               ("不对，我是说2023年的", X("hz23", "c.licensing.decisions"))],
           "self-correction: year"),
        fu(z, [("淮安市政府2024年法律服务机构提的新申请有多少？", X("ha", "r.received.legal_services")),
               ("说错了，我想问的是商业企业那一列", X("ha", "r.received.commercial"))],
           "self-correction: column"),
        fu(z, [("沭阳县2025年未经复议直接起诉的有几件？", X("sy", "a.litigation_direct.total")),
               ("哦不，我要的是复议以后再起诉的那类", X("sy", "a.litigation_after_review.total")),
               ("那类里面维持的几件", X("sy", "a.litigation_after_review.upheld"))],
           "self-correction: appeals group, then drill down"),
        fu(z, [("上海市府办2025年上年结转的申请多少件？", X("sh25", "r.carried_over.total")),
               ("等一下，我其实想问结转到下一年继续办的", X("sh25", "r.carried_forward.total"))],
           "self-correction: carried over vs carried forward"),
        fu(z, [("洪泽区2023年予以公开的申请几件？", X("hz23", "r.granted.total")),
               ("打错了，我想问的是淮安市政府2024年的", X("ha", "r.granted.total"))],
           "self-correction: body and year"),
        fu(z, [("上海市科委2024年自然人提交的新申请有几件？", X("kw", "r.received.natural_person")),
               ("搞错了，应该问上年结转的总数", X("kw", "r.carried_over.total"))],
           "self-correction: row"),
        fu(z, [("淮安2024年复议后又起诉的有几件？", X("ha", "a.litigation_after_review.total")),
               ("不对，要的是行政复议那块的总数", X("ha", "a.review.total")),
               ("这些复议里因为不予公开引起的有几件？", U("appeals are not broken down by the decision appealed"))],
           "self-correction: appeals group, end unanswerable"),
        fu(e, [("How many procurement projects did the Shanghai General Office run in 2019?", X("sh19", "c.procurement.projects")),
               ("Sorry, I meant the amount spent, not the number of projects.", X("sh19", "c.procurement.amount"))],
           "self-correction: column (money)"),
        fu(e, [("Shuyang County, 2025: new requests from businesses?", X("sy", "r.received.commercial")),
               ("sorry, I meant the legal services column", X("sy", "r.received.legal_services"))],
           "self-correction: column"),
        fu(e, [("Hongze District's administrative penalty decisions in 2023?", X("hz23", "c.punishment.decisions")),
               ("Oops, I meant 2024.", X("hz24", "c.punishment.decisions"))],
           "self-correction: year"),
        fu(e, [("Huai'an 2024 — requests refused as state secrets?", X("ha", "r.withheld.state_secret.total")),
               ("My mistake, I was after the row for information other laws and regulations forbid disclosing.",
                X("ha", "r.withheld.prohibited_by_law.total")),
               ("How many of those came from individuals?", X("ha", "r.withheld.prohibited_by_law.natural_person"))],
           "self-correction: row, then column"),
        fu(e, [("Shanghai General Office 2025: reconsideration cases in total?", X("sh25", "a.review.total")),
               ("Wait, I meant lawsuits filed directly, without reconsideration first.", X("sh25", "a.litigation_direct.total"))],
           "self-correction: appeals group"),
        fu(e, [("Jianxi District government office 2020: how many normative documents were newly made?", X("jx", "c.normative_docs.made")),
               ("No, I meant procurement projects.", X("jx", "c.procurement.projects")),
               ("Which suppliers won those contracts?", U("suppliers are not named in the report"))],
           "self-correction: row, end unanswerable"),
        fu(e, [("How many normative documents did Shuyang County issue in 2025?", X("sy", "c.normative_docs.issued")),
               ("Actually I wanted the number repealed.", X("sy", "c.normative_docs.repealed"))],
           "self-correction: column"),
    ]
    # ---------- F: check the figure, then narrow
    out += [
        fu(z, [("沭阳县2025年同意公开的申请有多少件？", X("sy", "r.granted.total")),
               ("这个数包不包括部分公开？部分公开另外是多少？", X("sy", "r.partially_granted.total"))],
           "check the figure, then narrow"),
        fu(z, [("淮安2024年法人或其他组织提的新申请一共几件？", X("ha", "r.received.legal_person")),
               ("这里头算不算律师事务所这类法律服务机构？它们有几件？", X("ha", "r.received.legal_services"))],
           "check the figure (derived legal_person), then narrow"),
        fu(z, [("上海市政府办公厅2019年新收多少件申请？", X("sh19", "r.received.total")),
               ("这859件含不含上年结转的？结转过来的是多少？", X("sh19", "r.carried_over.total"))],
           "check the figure, then narrow"),
        fu(z, [("淮安市2024年不予公开的申请一共多少？", X("ha", "r.withheld.total")),
               ("这个数里有没有算行政查询事项？那一项单独是多少？", X("ha", "r.withheld.admin_query.total")),
               ("那105件行政查询主要查的是什么？", U("the content of requests is not reported"))],
           "check the figure (derived), narrow, end unanswerable"),
        fu(z, [("沭阳2025年信息公开类行政复议是多少件？", X("sy", "a.review.total")),
               ("61件里是不是也算了还没审结的？没审结的有几件？", X("sy", "a.review.pending"))],
           "check the figure, then narrow"),
        fu(e, [("How many requests did organisations, not private individuals, file with Shuyang County in 2025?",
                X("sy", "r.received.legal_person")),
               ("Does that count legal-aid firms? How many were from those?", X("sy", "r.received.legal_services"))],
           "check the figure (derived legal_person), then narrow"),
        fu(e, [("How many requests did the Huai'an city government finish in 2024?", X("ha", "r.total_processed.total")),
               ("Does that include the ones carried over from 2023, and how many of those were there?", X("ha", "r.carried_over.total"))],
           "check the figure, then narrow"),
        fu(e, [("Shanghai General Office, 2025: how many new requests came in?", X("sh25", "r.received.total")),
               ("Does that figure include the ones carried over from 2024? How many of those were there?", X("sh25", "r.carried_over.total"))],
           "check the figure, then narrow"),
        fu(e, [("How many reconsideration cases did Huai'an have over disclosure in 2024?", X("ha", "a.review.total")),
               ("Does that include cases not yet decided? How many were?", X("ha", "a.review.pending")),
               ("And of the decided ones, how many went against the city?", X("ha", "a.review.corrected"))],
           "check the figure, narrow, then row"),
        fu(e, [("Jianxi District government office, 2020: how many requests were received?", X("jx", "r.received.total")),
               ("Is that just individuals, or organisations too? How many were from individuals?", X("jx", "r.received.natural_person")),
               ("How many of them were submitted online?", U("no breakdown by submission channel"))],
           "check the figure, narrow, end unanswerable"),
    ]
    # ---------- G: narrative number, then a table number of the same body
    out += [
        fu(z, [("淮安市政府2024年出了几期《淮安市人民政府公报》？", NN("ha", "5500", 6, "期")),
               ("那淮安2024年行政处罚决定数量是多少", X("ha", "c.punishment.decisions"))],
           "narrative, then table (same body)"),
        fu(z, [("沭阳县2025年通过县政府门户网站开展了几期意见征集？", NN("sy", "4511", 9, "期")),
               ("沭阳县2025年现行有效的行政规范性文件有几件", X("sy", "c.normative_docs.in_force"))],
           "narrative, then table"),
        fu(z, [("上海市科委2024年主办、合办的人大代表建议有多少件？", NN("kw", "人大代表建议 50", 50, "件")),
               ("市科委2024年行政许可决定多少个", X("kw", "c.licensing.decisions"))],
           "narrative, then table (printed row)"),
        fu(z, [("上海市府办2025年编辑了多少期市政府公报？", NN("sh25", "公报》24", 24, "期")),
               ("那2025年上海市府办被申请行政复议的有多少件", X("sh25", "a.review.total"))],
           "narrative, then table (printed row)"),
        fu(z, [("洪泽区2024年发布了几条解读信息？", NN("hz24", "2428", 7, "条")),
               ("洪泽区2024年行政强制决定数量是多少", X("hz24", "c.coercion.decisions"))],
           "narrative, then table (printed row)"),
        fu(z, [("涧西区2020年推进标准化规范化的试点领域有多少个？", NN("jx", "公共资源交易等26个试点领域", 26, "个", frm="对照省")),
               ("涧西2020年政府集中采购金额是多少万元", X("jx", "c.procurement.amount"))],
           "narrative, then table (money)"),
        fu(z, [("上海市府办2019年的市政府公报一共刊登了多少件政府规章、规范性文件等？", NN("sh19", "全年共编发公报24期", 112, "件")),
               ("当年新公开的规章有多少件", X("sh19", "c.regulations.published"))],
           "narrative, then table"),
        fu(e, [("How many viral posts did Shuyang County's new media produce in 2025?", NN("sy", "爆款内容52条", 52, "条")),
               ("And Shuyang's administrative coercion decisions that year?", X("sy", "c.coercion.decisions"))],
           "narrative, then table"),
        fu(e, [("How many full-coverage checks of disclosure columns did Huai'an organise in 2024?", NN("ha", "全覆盖检查", 4, "次")),
               ("How much did it collect in information processing fees that year, in yuan?", NN("ha", "3940", 3940, "元")),
               ("And administrative fees per the table, in 10k yuan?", X("ha", "c.fees.amount"))],
           "narrative, narrative, then table (money)"),
        fu(e, [("How many followers did STCSM's WeChat account have according to its 2024 report?", NN("kw", "1016823", 1016823, "人")),
               ("How many requests did STCSM carry over from 2023?", X("kw", "r.carried_over.total"))],
           "narrative, then table (printed row)"),
        fu(e, [("How many press conferences did Shanghai's municipal government hold in 2025, per the General Office report?",
                NN("sh25", "新闻发布会 42", 42, "场")),
               ("And how many new disclosure requests did the office receive that year?", X("sh25", "r.received.total"))],
           "narrative, then table (printed row)"),
        fu(e, [("Into how many areas did Jianxi's government office sort its disclosure matters in 2020?",
                NN("jx", "601项事项", 21, "个", frm="梳理细化")),
               ("And how many disclosure requests did it receive that year?", X("jx", "r.received.total"))],
           "narrative, then table"),
        fu(e, [("How many times did the Shanghai General Office publish key items from executive meetings in 2019?", NN("sh19", "38次", 38, "次")),
               ("How many reconsideration cases did the office have in 2019 per the table?", X("sh19", "a.review.total"))],
           "narrative, then table"),
    ]
    # ---------- I: switch appeals group
    out += [
        fu(z, [("淮安2024年行政复议被纠正的有几件？", X("ha", "a.review.corrected")),
               ("直接起诉的官司里被纠正的有几件", X("ha", "a.litigation_direct.corrected")),
               ("那复议后再起诉的案子呢", X("ha", "a.litigation_after_review.corrected"))],
           "switch appeals group twice"),
        fu(z, [("沭阳县2025年复议后起诉、还没审结的有几件？", X("sy", "a.litigation_after_review.pending")),
               ("行政复议那边还没审完的有几件", X("sy", "a.review.pending")),
               ("直接起诉那边呢", X("sy", "a.litigation_direct.pending"))],
           "switch appeals group twice"),
        fu(z, [("上海市府办2019年年报表格里，行政复议“结果维持”那一栏是几件？", X("sh19", "a.review.upheld")),
               ("直接起诉那一块的结果维持呢", X("sh19", "a.litigation_direct.upheld")),
               ("这些官司分别是哪个法院判的？", U("courts are not named in the report"))],
           "switch appeals group, end unanswerable"),
        fu(e, [("Jianxi District 2020: how many suits came after a reconsideration?", X("jx", "a.litigation_after_review.total")),
               ("And direct suits?", X("jx", "a.litigation_direct.total")),
               ("And reconsiderations themselves?", X("jx", "a.review.total"))],
           "switch appeals group twice"),
        fu(e, [("Huai'an 2024: direct lawsuits that ended with some other outcome?", X("ha", "a.litigation_direct.other")),
               ("What about suits after reconsideration with another outcome?", X("ha", "a.litigation_after_review.other")),
               ("And reconsiderations with other outcomes?", X("ha", "a.review.other"))],
           "switch appeals group twice"),
        fu(e, [("Shanghai General Office, 2025: reconsiderations still pending?", X("sh25", "a.review.pending")),
               ("And the total of lawsuits that followed a reconsideration?", X("sh25", "a.litigation_after_review.total")),
               ("How much did the office spend on lawyers for those cases?", U("legal costs are not reported"))],
           "switch appeals group, end unanswerable"),
    ]
    # ---------- J: switch row / column
    out += [
        fu(z, [("沭阳县2025年因为危及“三安全一稳定”不予公开的有几件？", X("sy", "r.withheld.security_stability.total")),
               ("第三方合法权益那一行呢", X("sy", "r.withheld.third_party.total")),
               ("内部事务信息那行", X("sy", "r.withheld.internal_affairs.total"))],
           "switch row twice"),
        fu(z, [("洪泽区2023年新收申请几件？", X("hz23", "r.received.total")),
               ("结转下年度继续办的有几件", X("hz23", "r.carried_forward.total")),
               ("本年度办理结果的总计是多少", X("hz23", "r.total_processed.total"))],
           "switch row twice"),
        fu(z, [("淮安2024年予以公开的申请里，法律服务机构的有几件？", X("ha", "r.granted.legal_services")),
               ("商业企业那列呢", X("ha", "r.granted.commercial")),
               ("其他组织那一列", X("ha", "r.granted.other_org"))],
           "switch column twice"),
        fu(e, [("Shanghai General Office, 2019: petition-type requests from individuals that were not processed?",
                X("sh19", "r.not_processed.petition.natural_person")),
               ("And from businesses?", X("sh19", "r.not_processed.petition.commercial")),
               ("What were those petitions about?", U("requests are not broken down by topic"))],
           "switch column, end unanswerable"),
        fu(e, [("Shuyang 2025, the catch-all 'other' handling row: how many from individuals?", X("sy", "r.other.other.natural_person")),
               ("And the total for that row?", X("sy", "r.other.other.total")),
               ("The carried-forward row total?", X("sy", "r.carried_forward.total"))],
           "switch column, then row"),
        fu(e, [("Huai'an 2024: how many requests from individuals were carried forward into 2025?", X("ha", "r.carried_forward.natural_person")),
               ("And in the legal services column?", X("ha", "r.carried_forward.legal_services")),
               ("Same column, but the row for new requests received?", X("ha", "r.received.legal_services"))],
           "switch column, then row"),
    ]
    # ---------- X: more mixes
    out += [
        fu(z, [("洪泽区2024年行政事业性收费多少万元？", X("hz24", "c.fees.amount")),
               ("2023年是多少", X("hz23", "c.fees.amount")),
               ("哪年收得多，差多少万元", XD("hz23", "hz24", "c.fees.amount"))],
           "switch year, then compare (money)"),
        fu(z, [("沭阳县2025年全县收取的信息处理费一共多少元？", NN("sy", "380元", 380, "元")),
               ("沭阳2025年因为逾期不缴费而不再处理的申请有几件", X("sy", "r.other.overdue_fee.total"))],
           "narrative, then table"),
        fu(z, [("按上海市府办2025年报告，上海国际服务门户已经覆盖多少个语种？", NN("sh25", "10 个语种", 10, "个")),
               ("2025年上海市府办因为重复申请不予处理的有多少", X("sh25", "r.not_processed.duplicate.total"))],
           "narrative, then table (printed row)"),
        fu(z, [("淮安市政府2024年新增公开的市政府及市政府办政策性文件有多少件？", NN("ha", "5500", 11, "件")),
               ("那表里2024年本年制发的行政规范性文件是几件", X("ha", "c.normative_docs.issued")),
               ("废止了多少", X("ha", "c.normative_docs.repealed"))],
           "narrative (政策性文件 11, a different concept), then table columns"),
        fu(e, [("STCSM 2024: how many requests were granted in full?", X("kw", "r.granted.total")),
               ("And the total it processed?", X("kw", "r.total_processed.total")),
               ("How long did STCSM take on average to reply?", U("no response-time statistics"))],
           "row switch, end unanswerable"),
        fu(e, [("Shuyang County 2025: reconsiderations that ended with another outcome?", X("sy", "a.review.other")),
               ("Switch to Huai'an for 2024.", X("ha", "a.review.other")),
               ("And Huai'an's corrected ones?", X("ha", "a.review.corrected"))],
           "switch body, then column"),
        fu(e, [("How many normative documents did the Shanghai General Office newly publish in 2019?", X("sh19", "c.normative_docs.published")),
               ("And the cumulative total of regulations published by then?", X("sh19", "c.regulations.total_published"))],
           "switch row and column"),
        fu(e, [("Hongze 2023: reconsideration cases that were corrected?", X("hz23", "a.review.corrected")),
               ("And the number upheld?", X("hz23", "a.review.upheld")),
               ("Was anything still pending?", X("hz23", "a.review.pending"))],
           "switch column twice (review.total printed 0 is avoided)"),
        fu(e, [("Huai'an 2024: how many requests fell under 'other handling', all three sub-items together?", X("ha", "r.other.total")),
               ("How many of those were the catch-all 'other'?", X("ha", "r.other.other.total")),
               ("What reasons are behind those 110?", U("the reasons inside 'other' are not stated"))],
           "drill down (derived other total), end unanswerable"),
    ]
    return out


def CONVERSATIONS():
    return PLAIN() + TEXTONLY() + CANNOT() + COMBINE() + RANK() + NEIGHBOUR() + FOLLOWUP()
