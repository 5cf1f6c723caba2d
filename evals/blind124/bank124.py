"""Question bank of the 124th blind set (evals/blind124). Every wording written fresh for this set.
FROZEN like test.jsonl: holds every test question."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib124 as L  # noqa
from helpers124 import *  # noqa

# printed cells of reports without gold: the same specs blind6 verified (read from text_cells.json)
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _d in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _d["cells"].items()}

SKIPPED = []

def safe(fn, *a, **kw):
    try:
        return fn(*a, **kw)
    except Exception as ex:  # noqa
        SKIPPED.append((a[:3], str(ex)))
        return None

def CONVERSATIONS():
    P_, M_, R_, F_, X_, U_, T_ = "[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ", "[cannot] ", "[neighbour] "
    c = []
    a = c.append
    # ---- plain values
    a(safe(V, "zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请啊", P_ + "received", alt=("受理政府信息公开申请", 3119)))
    a(safe(V, "zh", "sy", "r.unable.not_held.total", "沭阳县2025年有几件是政府说自己手上没这个信息的", P_ + "not held"))
    a(safe(V, "en", "ha", "a.review.total", "how many admin reviews (行政复议) did Huai'an face over its disclosure work in 2024", P_ + "review total"))
    a(safe(V, "en", "sy", "r.granted.total", "shuyang county 2025 how many requests got fully granted", P_ + "granted"))
    a(safe(V, "zh", "hz23", "r.granted.total", "洪泽区23年申请公开的 直接全给公开了的有多少件", P_ + "granted"))
    a(safe(V, "en", "jx", "r.received.total", "Jianxi District 2020 - number of new disclosure applications received?", P_ + "received"))
    a(safe(V, "zh", "sh19", "r.carried_forward.total", "我是做课题的，上海市政府办公厅2019年报表里结转到下一年继续办理的是多少件", P_ + "carried forward"))
    a(safe(V, "en", "ha", "r.withheld.admin_query.total", "In 2024 Huaian turned away how many as administrative inquiries (行政查询事项)?", P_ + "admin query"))
    a(safe(V, "zh", "ha", "r.not_processed.petition.total", "帮来电人问一下：淮安市2024年有多少申请被当成信访举报投诉处理、没按公开申请办", P_ + "petition"))
    a(safe(V, "en", "sy", "a.litigation_direct.total", "Shuyang 2025, lawsuits filed straight to court over disclosure, no review first - how many", P_ + "lit direct"))
    a(safe(V, "zh", "hz23", "c.licensing.decisions", "洪泽区政府2023年行政许可处理决定数量是多少", P_ + "licensing"))
    a(safe(V, "en", "sh19", "r.received.total", "Shanghai General Office 2019 how many new applications did they get in total", P_ + "received"))
    a(safe(V, "zh", "ha", "c.normative_docs.repealed", "淮安2024年废掉了几件规范性文件", P_ + "repealed docs"))
    a(safe(V, "en", "hz24", "r.unable.not_held.total", "hongze district 2024: how many times did they answer 'we do not hold this info'?", P_ + "text cell not held"))
    a(safe(V, "zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年 信访举报投诉类申请 不予处理的有几件", P_ + "text cell petition"))
    a(safe(V, "en", "kw", "r.received.natural_person", "STCSM 2024 - requests from private individuals (自然人), new ones only, how many?", P_ + "text cell natural person"))
    a(safe(V, "zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件", P_ + "text cell in force"))
    a(safe(V, "en", "hz24", "c.punishment.decisions", "Hongze 2024 number of administrative penalty decisions", P_ + "text cell punishment"))
    a(safe(V, "zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额多少万元", P_ + "fees", unit="万元"))
    a(safe(V, "en", "jx", "r.total_processed.total", "jianxi district govt office 2020 total number of requests they handled (办理结果总计)", P_ + "processed"))
    a(safe(V, "zh", "ha", "r.partially_granted.total", "淮安市2024年只公开了一部分的申请几件", P_ + "partial"))
    a(safe(V, "en", "sh25", "a.review.total", "shanghai govt general office 2025, how many admin reconsiderations total", P_ + "text cell review"))
    # ---- combine
    a(safe(S, "zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", M_ + "sum 2"))
    a(safe(S, "en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: add up reviews, direct suits and suits after review - total?", M_ + "sum 3"))
    a(safe(D, "zh", "hz23", "hz24", "r.received.total", "洪泽区政府新收申请，2024年比2023年多了还是少了，差多少", M_ + "difference"))
    a(safe(D, "en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: change in requests carried into next year, 2019 vs 2025?", M_ + "difference"))
    # ---- rank
    a(safe(R, "zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023 这三家谁收到的申请最多", R_ + "rank"))
    a(safe(R, "en", ["jx", "sy", "sh19"], "a.review.total", "asc", "Of Jianxi 2020, Shuyang 2025 and Shanghai General Office 2019, which had the fewest admin reviews?", R_ + "rank"))
    # ---- followups
    e1 = safe(E, "hz23", "r.received.total"); e2 = safe(E, "hz24", "r.received.total")
    if e1 and e2:
        a(F("zh", [("洪泽区2023年新收的申请多少件", e1), ("那24年呢", e2)], F_ + "year switch"))
    e1 = safe(E, "ha", "a.litigation_direct.total"); e2 = safe(E, "sy", "a.litigation_direct.total")
    if e1 and e2:
        a(F("en", [("Huai'an 2024 direct lawsuits over disclosure?", e1), ("and Shuyang county for 2025?", e2)], F_ + "body switch"))
    # ---- text only
    a(safe(N, "zh", "sy", "意见征集", 9, "期", "沭阳县2025年报告里说开展了几期意见征集", X_ + "narrative"))
    a(safe(N, "en", "sy", "爆款", 52, "条", "Shuyang 2025 report - how many viral hits (爆款内容) did they say they had", X_ + "narrative"))
    a(safe(N, "zh", "ha", "新闻发布会", 12, "场", "淮安市2024年开了多少场新闻发布会", X_ + "narrative"))
    # ---- cannot
    U_items = [
        ("zh", "我上个月给淮安市政府交的申请到现在没回复，能帮我查下进度吗", "one person's own case"),
        ("en", "did my disclosure application to Shuyang county get approved in 2025", "one person's own case"),
        ("zh", "我告洪泽区政府的那个官司2024年判了没有", "one person's own case"),
        ("en", "Huai'an 2024: how many applications came in each month?", "no monthly breakdown"),
        ("zh", "沭阳县2025年申请人里男的女的各多少", "no sex breakdown"),
        ("en", "what will Shanghai General Office's request count be in 2026", "forecast"),
        ("zh", "淮安2024年被复议纠正64件，这个算多吗，是不是说明政府不行", "opinion"),
        ("en", "why did so many Huaian requests in 2024 end up as 'not held'", "reason not stated"),
        ("zh", "南京市2024年收到多少政府信息公开申请", "body not in corpus"),
        ("en", "Hongze District 2022 number of disclosure requests?", "year not in corpus"),
        ("zh", "帮一位老人问：他2025年向沭阳县申请查拆迁补偿的那份材料，政府给没给", "one person's own case"),
        ("en", "Shanghai science commission 2024 requests broken down by district?", "no district breakdown"),
        ("zh", "涧西区2020年申请人平均年龄多大", "no age breakdown"),
        ("en", "how many of Huai'an's 2024 requests were about housing demolition", "no topic breakdown"),
        ("zh", "沭阳25年网上申请和信函申请各占多少", "no channel breakdown"),
        ("en", "Shuyang 2025 - which county department got the most applications?", "no department breakdown"),
        ("zh", "洪泽区2024年办一件申请平均要几天", "not stated"),
        ("en", "is Shanghai General Office's 2025 disclosure performance good compared to Beijing?", "opinion / body not in corpus"),
        ("zh", "上海市府办2025年明年准备增加多少公开人员", "plan"),
        ("en", "give me the name and phone of the person who sued Jianxi District in 2020", "personal data"),
    ]
    for lang, q, why in U_items:
        a(U(lang, q, why, U_ + why))
    # ---- neighbour
    a(safe(T, "zh", "ha", "r.carried_forward.total", "淮安2024年办不完要转到下一年的申请有几件（不是上一年转来的）", T_ + "carried forward vs over"))
    a(safe(T, "en", "sy", "a.litigation_after_review.total", "Shuyang 2025 lawsuits brought after an admin review was decided - count?", T_ + "after review vs direct"))
    more(c, P_, M_, R_, F_, X_, U_, T_)
    return [x for x in c if x]


def more(c, P_, M_, R_, F_, X_, U_, T_):
    a = c.append
    for lang, b, k, q in [
        ("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的申请是多少件 不算上年结转的"),
        ("en", "hz23", "r.total_processed.total", "hongze 2023 total requests processed??"),
        ("zh", "jx", "r.granted.total", "涧西区政府办2020年同意公开的申请 几件"),
        ("en", "sh19", "r.unable.not_held.total", "Shanghai Gen Office FY2019: how often did they reply the info isn't held by them"),
        ("zh", "ha", "r.withheld.process_info.total", "我是记者，想核一个数：淮安市2024年以过程性信息为由不公开的有几件"),
        ("en", "ha", "c.punishment.decisions", "Huaian 2024 administrative punishment decisions number pls"),
        ("zh", "sy", "a.review.upheld", "沭阳县2025年行政复议结果维持的有多少"),
        ("en", "ha", "a.review.corrected", "In 2024, how many of Huai'an's admin reviews ended with the decision being corrected (结果纠正)?"),
        ("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023现行有效规范性文件数量"),
        ("en", "jx", "a.review.total", "jianxi 2020 review cases count (行政复议)"),
        ("zh", "ha", "r.unable.needs_creation.total", "淮安市2024年有多少申请是因为要另外制作信息所以没给"),
        ("en", "sy", "r.carried_forward.total", "Shuyang 2025 - how many were still open at year end and rolled over to the next year?"),
        ("zh", "sh19", "a.litigation_direct.total", "12345转办：来电人想知道上海市政府办公厅2019年被直接起诉的信息公开诉讼有几起"),
        ("en", "ha", "r.not_processed.duplicate.total", "huai an 2024 repeat applications they didn't process, how many"),
        ("zh", "sy", "c.licensing.decisions", "2025年沭阳县行政许可 处理决定多少件"),
        ("en", "ha", "c.regulations.in_force", "Huai'an municipal regulations (规章) still in force at end of 2024?"),
        ("zh", "hz23", "a.review.total", "洪泽区二〇二三年行政复议总计多少件"),
        ("en", "sh19", "r.granted.total", "in 2019 Shanghai General Office released the info in full for how many requests"),
        ("zh", "kw", "r.granted.total", "上海科委2024年予以公开的申请件数"),
        ("en", "sh25", "r.received.total", "Shanghai general office new requests in 2025, total?"),
        ("zh", "hz24", "c.licensing.decisions", "洪泽区24年行政许可决定有多少个"),
        ("en", "sh25", "r.unable.needs_creation.total", "sh gov general office 2025: refused because the info would have to be newly made - how many"),
        ("zh", "ha", "c.coercion.decisions", "淮安2024年行政强制的处理决定数"),
        ("en", "sy", "r.total_processed.total", "Shuyang County 2025 requests handled overall (办理结果总计)"),
    ]:
        a(safe(V, lang, b, k, q, P_ + "value"))
    a(safe(S, "zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024年无法提供的三类 本机关不掌握、没现成的要另做、名称不明确 加起来多少", M_ + "sum 3"))
    a(safe(S, "en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024 add all eight withholding grounds (不予公开) together - what's the total?", M_ + "sum 8"))
    a(safe(S, "zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年 给了全部或部分信息的 合计几件", M_ + "sum 2"))
    a(safe(S, "en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019 reviews plus direct lawsuits, combined number?", M_ + "sum 2"))
    a(safe(D, "zh", "hz23", "hz24", "a.review.total", "洪泽区行政复议 2023年到2024年变化了多少", M_ + "difference"))
    a(safe(D, "en", "sh19", "sh25", "r.received.total", "How much did Shanghai General Office new requests grow from 2019 to 2025?", M_ + "difference"))
    a(safe(R, "zh", ["ha", "sy", "jx", "sh19"], "r.granted.total", "desc", "淮安2024 沭阳2025 涧西2020 上海市府办2019 予以公开最多的是哪家", R_ + "rank"))
    a(safe(R, "en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "Which has the fewest normative documents in force: Huai'an 2024, Hongze 2023 or Shuyang 2025?", R_ + "rank"))
    fu = [
        ("zh", [("沭阳县2025年行政复议总计多少", "sy", "a.review.total"), ("淮安市2024年同一项呢", "ha", "a.review.total")]),
        ("en", [("Jianxi 2020 granted in full?", "jx", "r.granted.total"), ("and the partially granted ones?", "jx", "r.partially_granted.total")]),
        ("zh", [("上海市府办2019年新收申请多少", "sh19", "r.received.total"), ("25年呢？", "sh25", "r.received.total")]),
        ("en", [("hongze 2023 granted requests", "hz23", "r.granted.total"), ("what about 2024", "hz24", "r.granted.total")]),
        ("zh", [("淮安2024年直接起诉的有几件", "ha", "a.litigation_direct.total"), ("复议后再起诉的呢", "ha", "a.litigation_after_review.total"), ("那复议本身总共多少", "ha", "a.review.total")]),
        ("en", [("Shuyang 2025 fully granted?", "sy", "r.granted.total"), ("same row for Huai'an 2024", "ha", "r.granted.total")]),
        ("zh", [("市科委2024年收到的申请多少件", "kw", "r.received.total"), ("其中个人申请的呢", "kw", "r.received.natural_person")]),
        ("en", [("Shanghai General Office 2025 admin reviews total", "sh25", "a.review.total"), ("how many of those still pending?", "sh25", "a.review.pending")]),
    ]
    for lang, turns in fu:
        es = [(q, safe(E, b, k)) for q, b, k in turns]
        if all(e for _, e in es):
            a(F(lang, es, F_ + "followup"))
    for lang, b, kw, v, unit, q in [
        ("zh", "sy", "4511", 4511, "条", "沭阳县2025年门户网站主动公开了多少条信息"),
        ("en", "sy", "1113", 1113, "个", "Shuyang 2025: number of original short videos pushed out, per the report?"),
        ("zh", "sy", "专栏33个", 33, "个", "沭阳2025年开了几个专栏"),
        ("en", "ha", "公报", 6, "期", "How many issues of the Huai'an government gazette (公报) were produced in 2024?"),
        ("zh", "sy", "3044", 3044, "条", "沭阳县2025年督促县直部门发布的信息有多少条"),
        ("en", "sy", "2606", 2606, "篇", "Shuyang 2025 news articles written (新闻稿件), how many"),
    ]:
        a(safe(N, lang, b, kw, v, unit, q, X_ + "narrative"))
    U2 = [
        ("zh", "我妈2025年给沭阳县政府写过申请要低保材料 她那件算在哪一类里了"),
        ("en", "my FOI request to Huaian in March 2024 - was it one of the 'not held' ones?"),
        ("zh", "淮安市2024年每个区县各收到多少申请"),
        ("en", "Shuyang 2025 requests by age group of applicants?"),
        ("zh", "上海市府办2025年申请量为什么增长这么多"),
        ("en", "how many disclosure requests will Huai'an get in 2025, any estimate"),
        ("zh", "宿迁市2025年行政复议多少件"),
        ("en", "Jianxi District 2021 how many requests received"),
        ("zh", "上海科委2023年新收申请数"),
        ("en", "Pudong New Area 2024 disclosure applications?"),
        ("zh", "洪泽区2023年的申请里涉及征地拆迁的有几件"),
        ("en", "which Huai'an department caused the most review corrections in 2024"),
        ("zh", "沭阳县2025年第三季度收到多少申请"),
        ("en", "is 769 'not held' replies for Huai'an 2024 too many? your view"),
        ("zh", "我2024年告上海市政府办公厅那个案子 是不是算在维持里了"),
        ("en", "list the names of the people who applied to Hongze District in 2023"),
        ("zh", "清江浦区2024年政府信息公开申请数"),
        ("en", "Shanghai General Office 2019 - how many applications came by email vs in person?"),
        ("zh", "涧西区2020年办理信息公开的工作人员有几个"),
        ("en", "Huai'an 2024: how much money was spent on disclosure work overall?"),
        ("zh", "淮安市2025年打算把复议纠正数降到多少"),
        ("en", "hey did shuyang county ever answer the request my neighbor filed about the road project in 2025"),
        ("zh", "洪泽区2024年申请人里外地人占多少"),
        ("en", "Shanghai science commission 2024 applications by industry of the companies?"),
        ("zh", "沭阳2025年那52条爆款内容是谁写的"),
        ("en", "how did Shuyang 2025 compare with Nanjing on granted requests"),
        ("zh", "上海市府办2025年哪个月申请最多"),
        ("en", "what's the approval rate Huaian is targeting for 2025"),
        ("zh", "我递交给涧西区的那份申请编号多少 啥时候办结的"),
        ("en", "Hongze 2024 requests from women vs men"),
    ]
    for lang, q in U2:
        a(U(lang, q, "not held in the corpus", U_ + "not held"))
    for lang, b, kw, v, unit, q in [
        ("en", "jx", "601项", 601, "项", "jianxi 2020 report mentions a list of standard items across 21 areas - how many items in total?"),
        ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年搞政务公开标准化 说的是多少个试点领域"),
        ("en", "sy", "1775", 1775, "条", "Shuyang county 2025 picture-and-text posts (图文) pushed, number per the report"),
    ]:
        a(safe(N, lang, b, kw, v, unit, q, X_ + "narrative"))
    fu2 = [
        ("zh", [("淮安2024年行政许可决定多少", "ha", "c.licensing.decisions"), ("行政处罚呢", "ha", "c.punishment.decisions")]),
        ("en", [("shuyang 2025 repeat requests not processed?", "sy", "r.not_processed.duplicate.total"), ("huaian 2024 same thing?", "ha", "r.not_processed.duplicate.total")]),
        ("zh", [("洪泽区2024年行政复议几件", "hz24", "a.review.total"), ("直接起诉的呢", "hz24", "a.litigation_direct.total")]),
        ("en", [("Jianxi 2020 requests received", "jx", "r.received.total"), ("ok and Shuyang in 2025?", "sy", "r.received.total")]),
    ]
    for lang, turns in fu2:
        es = [(q, safe(E, b, k)) for q, b, k in turns]
        if all(e for _, e in es):
            a(F(lang, es, F_ + "followup"))
    a(safe(T, "zh", "ha", "r.carried_over.total", "淮安2024年从上一年转过来的申请有几件（不是转到下一年的）", T_ + "over vs forward", alt=("上年度结转", 34)))
    a(safe(T, "en", "ha", "c.normative_docs.in_force", "Huai'an 2024 normative docs currently valid - not the newly issued ones", T_ + "in force vs issued"))
    a(safe(T, "zh", "sy", "r.partially_granted.total", "沭阳2025年部分公开的 不是全部公开的 有几件", T_ + "partial vs granted"))
