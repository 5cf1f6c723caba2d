"""Question bank of blind set 160 (heavy on follow-up conversations).

WARNING: holds the text of every test question: as frozen as test.jsonl.
All wordings written new for this set. Every number comes from helpers160 (gold JSON, printed
text cells named in SPECS, or sentences cut from the report text).
"""
import blindlib160 as L
from helpers160 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F, K

# printed cells of the reports without gold (the cells blind6's text_cells.json verified;
# 洪泽区 2024 新收/办理总计 left out: the text says 17, the table 95)
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
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
}
SPECS["kw"] = {
    "active.licensing.decisions": ("row", "行政许可", 0),
    "active.normative_docs.in_force": ("row", "规范性文件", 2),
    "active.normative_docs.issued": ("row", "规范性文件", 0),
    "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
    "requests.granted.total": ("row", "三、（一）予以公开", 6),
    "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
    "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
    "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
    "requests.total_processed.total": ("row", "（七）总计", 6),
}
_A8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS["sh25"] = {
    "appeals.litigation_after_review.total": ("after", _A8, 14),
    "appeals.litigation_direct.pending": ("after", _A8, 8),
    "appeals.litigation_direct.total": ("after", _A8, 9),
    "appeals.review.pending": ("after", _A8, 3),
    "appeals.review.total": ("after", _A8, 4),
    "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
    "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
    "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
    "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
    "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
    "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
    "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
    "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
    "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
    "requests.total_processed.total": ("row", "（七）总计", 6),
    "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
    "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
}
L.TEXT_SPECS.update(SPECS)

MONEY = {"active.fees.amount", "active.procurement.amount"}


def _e(b, k):
    kw = {"unit": "万元"} if K(k) in MONEY else {}
    return E(b, k, **kw)


def fu(lang, note, turns):
    """turns: (question, body, key) or (question, None, why)."""
    out = []
    for q, b, k in turns:
        out.append((q, EU(k) if b is None else _e(b, k)))
    return F(lang, out, "[followup] " + note)


def pv(lang, b, k, q):
    kw = {"unit": "万元"} if K(k) in MONEY else {}
    return V(lang, b, k, q, "[plain] table value in everyday wording", **kw)


def CONVERSATIONS():
    c = []
    # ------------------------------------------------------------ [plain] (65)
    P = [
        ("zh", "ha", "r.received.total", "淮安市政府2024年新接到多少份信息公开申请？"),
        ("zh", "ha", "r.granted.total", "2024年淮安把申请的信息全部给公开了的有几件"),
        ("zh", "ha", "r.partially_granted.total", "淮安2024年只公开了一部分内容的申请是多少件？"),
        ("zh", "ha", "r.unable.not_held.total", "24年淮安市政府回复说自己手上没这份信息的，有多少件"),
        ("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年当作行政查询事项、没予公开的申请数量"),
        ("zh", "ha", "r.not_processed.petition.total", "2024年淮安有多少申请其实是信访投诉，被不予处理了？"),
        ("zh", "ha", "r.carried_forward.total", "淮安市政府2024年没办完、要挪到2025年接着办的申请几件？"),
        ("zh", "ha", "a.review.total", "二〇二四年淮安市政府因信息公开被申请行政复议多少次"),
        ("zh", "ha", "a.litigation_direct.total", "淮安2024年没走复议、直接打官司的信息公开案子有几起？"),
        ("zh", "ha", "c.licensing.decisions", "淮安市2024年一共作出了多少件行政许可决定"),
        ("zh", "ha", "c.fees.amount", "淮安市政府2024年行政事业性收费收了多少钱？"),
        ("zh", "ha", "c.normative_docs.repealed", "2024年淮安废掉了几件规范性文件"),
        ("zh", "hz23", "r.received.total", "洪泽区2023年收到的政府信息公开申请一共几件？"),
        ("zh", "hz23", "r.unable.not_held.total", "洪泽2023年有多少申请因为区政府不掌握信息而没法提供"),
        ("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定有多少"),
        ("zh", "hz23", "c.fees.amount", "23年洪泽区行政事业性收费金额是多少"),
        ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可做了多少件？"),
        ("zh", "hz24", "r.granted.total", "2024年洪泽区政府直接予以公开的申请有几件"),
        ("zh", "hz24", "c.coercion.decisions", "洪泽2024年的行政强制决定数量"),
        ("zh", "sy", "r.received.legal_services", "沭阳县2025年新收的申请里有几件是法律服务机构提的？"),
        ("zh", "sy", "r.carried_over.total", "沭阳2025年从上一年接过来继续办的申请有多少"),
        ("zh", "sy", "r.partially_granted.total", "沭阳县政府2025年部分公开了多少件申请？"),
        ("zh", "sy", "r.withheld.internal_affairs.total", "2025年沭阳以属于内部事务信息为由不公开的有几件"),
        ("zh", "sy", "r.other.other.total", "沭阳2025年办理结果里“其他处理”中的“其他”一项有多少"),
        ("zh", "sy", "a.review.pending", "沭阳县2025年信息公开行政复议还没审完的有几件？"),
        ("zh", "sy", "c.coercion.decisions", "2025年沭阳县行政强制一共多少件"),
        ("zh", "sy", "c.normative_docs.in_force", "截至2025年底，沭阳县现行有效的规范性文件有几件？"),
        ("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到信息公开申请多少件"),
        ("zh", "sh19", "r.carried_forward.total", "2019年上海市府办有多少申请顺延到下一年再答复"),
        ("zh", "sh19", "a.litigation_direct.total", "上海市府办2019年信息公开方面被直接起诉的案件有几件？"),
        ("zh", "sh19", "c.regulations.made", "2019年上海市政府办公厅制作的规章有多少件"),
        ("zh", "sh25", "r.received.total", "上海市府办2025年本年新收的信息公开申请是多少"),
        ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅把多少申请认定为信访举报投诉类、不予处理？"),
        ("zh", "kw", "r.received.total", "上海市科委2024年一共新收到几件信息公开申请"),
        ("zh", "kw", "active.normative_docs.in_force", "市科委2024年现行有效的规范性文件数量是多少？"),
        ("zh", "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件？"),
        ("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购有几个项目"),
        ("en", "ha", "r.received.total", "How many new disclosure requests did Huai'an city government get in 2024?"),
        ("en", "ha", "r.withheld.process_info.total", "In 2024, how many Huai'an requests were refused as process information?"),
        ("en", "ha", "r.unable.needs_creation.total", "Huaian 2024: requests it couldn't meet because the information would have to be newly compiled?"),
        ("en", "ha", "a.review.corrected", "For Huai'an in 2024, how many disclosure reviews ended with the decision corrected?"),
        ("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions by Huai'an in 2024"),
        ("en", "ha", "c.regulations.in_force", "How many municipal government rules of Huai'an were in force at the end of 2024?"),
        ("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024 - how many applicants never supplied the corrections asked of them in time?"),
        ("en", "hz23", "c.licensing.decisions", "Hongze District, 2023: how many licensing decisions were made?"),
        ("en", "hz23", "r.partially_granted.total", "How many requests did Hongze partially grant in 2023?"),
        ("en", "hz23", "c.normative_docs.in_force", "Normative documents in force in Hongze District as of 2023?"),
        ("en", "hz24", "c.punishment.decisions", "Hongze District penalty decisions in 2024?"),
        ("en", "hz24", "r.unable.not_held.total", "How many times did Hongze (2024) answer that it did not hold the information requested?"),
        ("en", "hz24", "c.fees.amount", "What did Hongze District take in from administrative fees in 2024?"),
        ("en", "sy", "r.granted.total", "Shuyang County 2025: requests where the information was released in full?"),
        ("en", "sy", "r.unable.not_held.total", "How many 2025 requests did Shuyang turn down because it did not hold the information?"),
        ("en", "sy", "a.review.total", "Total administrative reviews over disclosure against Shuyang County in FY2025?"),
        ("en", "sy", "c.licensing.decisions", "How many licensing decisions did Shuyang County issue in 2025?"),
        ("en", "sy", "r.total_processed.total", "How many requests did Shuyang close out in 2025 altogether?"),
        ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed after an administrative review had been decided?"),
        ("en", "sh19", "r.total_processed.total", "How many requests did the Shanghai General Office answer in 2019?"),
        ("en", "sh19", "a.review.total", "Shanghai General Office, 2019: number of disclosure-related administrative reviews?"),
        ("en", "sh19", "c.procurement.amount", "What was the Shanghai General Office's 2019 government procurement amount?"),
        ("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office push into the following year at the end of 2025?"),
        ("en", "sh25", "a.review.total", "In 2025 how many administrative reviews did the Shanghai General Office face over disclosure?"),
        ("en", "kw", "r.granted.total", "STCSM 2024: how many requests were granted in full?"),
        ("en", "kw", "active.licensing.decisions", "How many licensing decisions did the Shanghai science commission make in 2024?"),
        ("en", "jx", "r.granted.total", "Jianxi District office, 2020: requests answered with full disclosure?"),
        ("en", "jx", "c.procurement.amount", "How much did Jianxi District's government procurement come to in 2020?"),
    ]
    for lang, b, k, q in P:
        c.append(pv(lang, b, k, q))

    # ------------------------------------------------------------ [combine] sums (11)
    SM = [
        ("zh", "ha", ["r.received.total", "r.carried_over.total"], "淮安市2024年新收的加上上年结转过来的申请，一共多少件？"),
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开和部分公开的申请合起来有几件"),
        ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开的行政复议、直接起诉和复议后起诉加在一起是多少件？"),
        ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三类决定总共多少件"),
        ("zh", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "上海市府办2019年来自企业、法律服务机构和其他组织的新收申请合计多少件？"),
        ("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "二〇二四年淮安市政府无法提供的三种情况（不掌握、要另行制作、补正后仍不明确）加起来多少件？"),
        ("en", "ha", ["a.review.upheld", "a.review.corrected"], "Huai'an 2024: reviews upheld plus reviews corrected, how many together?"),
        ("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025: add the petition-type requests and the duplicate requests that were not processed. Total?"),
        ("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office 2019: individuals' new requests plus individuals' requests carried over - the sum?"),
        ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Summing all eight refusal grounds, how many Huai'an requests were not disclosed in 2024?"),
        ("en", "sy", ["c.licensing.decisions", "c.punishment.decisions"], "Shuyang County 2025 licensing decisions plus penalty decisions: combined figure?"),
    ]
    for lang, b, ks, q in SM:
        c.append(S(lang, b, ks, q, "[combine] sum of the listed cells"))
    # ------------------------------------------------------------ [combine] differences (7)
    DF = [
        ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定从2023年到2024年增加了多少件？"),
        ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽2024年比2023年，因不掌握信息无法提供的申请多了几件"),
        ("zh", "sh19", "sh25", "r.received.total", "上海市府办2025年新收申请比2019年多多少件？"),
        ("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议，2025年和2019年相比变化了多少件"),
        ("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District penalty decisions from 2023 to 2024 (2024 minus 2023)?"),
        ("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2025 versus 2019 - what's the difference?"),
        ("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze's coercion decisions change between 2023 and 2024?"),
    ]
    for lang, b1, b2, k, q in DF:
        c.append(D(lang, b1, b2, k, q, "[combine] later year minus earlier year"))
    # ------------------------------------------------------------ [rank] (10)
    RK = [
        ("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家新收的信息公开申请最多？"),
        ("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "比较淮安2024、洪泽2023、沭阳2025现行有效规范性文件数，谁最少"),
        ("zh", ["ha", "sy", "jx"], "a.review.total", "淮安市政府（2024）、沭阳县政府（2025）、涧西区政府办（2020）三家，信息公开行政复议最多的是哪家？"),
        ("zh", ["hz23", "sy", "jx"], "r.unable.not_held.total", "洪泽区2023年、沭阳县2025年、涧西区2020年里，因不掌握信息无法提供最少的是谁"),
        ("zh", ["ha", "hz23", "sy"], "c.fees.amount", "行政事业性收费金额：淮安2024年、洪泽2023年、沭阳2025年，哪个最高？"),
        ("en", ["ha", "hz23", "sy", "jx"], "r.received.total", "asc", "Of Huai'an (2024), Hongze District (2023), Shuyang County (2025) and Jianxi District (2020), which received the fewest new requests?"),
        ("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Which issued the most penalty decisions: Huai'an in 2024, Hongze in 2023, or Shuyang in 2025?"),
        ("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 - who carried the fewest requests into the next year?"),
        ("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "Direct lawsuits over disclosure: Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 - which had the most?"),
        ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Lowest number of administrative coercion decisions among Huai'an (2024), Hongze (2023) and Shuyang (2025)?"),
    ]
    for row in RK:
        if len(row) == 5 and row[3] in ("asc", "desc"):
            lang, bs, k, order, q = row
        else:
            lang, bs, k, q = row
            order = "desc" if ("最多" in q or "最高" in q) else "asc"
        c.append(R(lang, bs, k, order, q, "[rank] ranking over bodies with gold"))

    # ------------------------------------------------------------ [textonly] (29)
    NT = [
        ("zh", "ha", "等新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
        ("zh", "ha", "人民政府公报", 6, "期", "2024年《淮安市人民政府公报》出了几期"),
        ("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目做过几次全覆盖检查？"),
        ("zh", "hz23", "平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区政府2024年网站平台主动发布的政府信息有多少条？"),
        ("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年开展了几期意见征集"),
        ("zh", "sy", "爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容？"),
        ("zh", "sy", "催办提示", 84, "次", "2025年沭阳县发出过多少次催办提示"),
        ("zh", "sy", "失效链接", 43, "处", "沭阳县2025年整改了多少处失效链接？"),
        ("zh", "sy", "清理过期信息", 697, "条", "沭阳2025年清理了多少条过期信息"),
        ("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了多少场新闻通气会？"),
        ("zh", "sh25", "语种", 10, "个", "截至2025年报告时，上海市府办提到的多语种信息覆盖了几个语种"),
        ("zh", "sh19", "权威发布共计", 38, "次", "2019年上海市府办对市政府常务会议重要议题做了多少次权威发布？"),
        ("zh", "kw", "批量推送集成式发布政策", 121, "条", "上海市科委2024年批量推送集成式发布的政策有几条"),
        ("zh", "jx", "601", 601, "项", "涧西区政府办2020年报告里，21个领域一共梳理了多少项事项？"),
        ("en", "ha", "政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running in 2024?"),
        ("en", "sy", "新闻稿件", 2606, "篇", "How many news pieces did Shuyang County put out in 2025?"),
        ("en", "sy", "办前主动沟通", 49, "次", "In 2025, how many times did Shuyang reach out to applicants before handling their requests?"),
        ("en", "sy", "成功推动化解各类争议纠纷", 33, "件", "Shuyang 2025: how many disputes were resolved through that communication?"),
        ("en", "sy", "家单位", 64, "家", "For how many units did Shuyang publish annual disclosure reports together in 2025?"),
        ("en", "sh25", "新闻发布会", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?"),
        ("en", "sh25", "主动撤回", 157, "件", "In 2025, how many requests to the Shanghai General Office were withdrawn by the applicants themselves?"),
        ("en", "sh25", "人事任免文件", 196, "件", "How many personnel appointment documents did the Shanghai General Office publish in 2025?"),
        ("en", "sh19", "人事任免文件", 141, "件", "Shanghai General Office 2019: number of appointment and removal documents made public?"),
        ("en", "sh19", "政府网站开展全面检查", 70, "家", "How many government websites did Shanghai check every quarter according to the 2019 report?"),
        ("en", "kw", "原创文章", 294, "篇", "How many original articles did STCSM's WeChat account publish in 2024?"),
        ("en", "kw", "关注人数", 1016823, "人", "Follower count of the Shanghai science commission's WeChat account in its 2024 report?"),
        ("en", "kw", "政协提案", 85, "件", "How many CPPCC proposals did the science commission handle in 2024?"),
        ("en", "jx", "试点领域", 26, "个", "How many pilot areas did Jianxi District work on in 2020?"),
    ]
    for lang, b, kw_, v, unit, q in NT:
        c.append(N(lang, b, kw_, v, unit, q, "[textonly] number stated only in the report text"))
    # ------------------------------------------------------------ [cannot] (39)
    UN = [
        ("zh", "淮安市2024年的信息公开申请人里男性和女性各占多少？", "sex breakdown not reported"),
        ("zh", "洪泽区2022年收到多少件信息公开申请？", "year not in the corpus"),
        ("zh", "沭阳县2024年行政复议有多少件", "year not in the corpus"),
        ("zh", "南京市2024年政府信息公开申请数量是多少", "body not in the corpus"),
        ("zh", "淮安2024年第三季度收到了多少件申请？", "quarter breakdown not reported"),
        ("zh", "上海市府办2025年的申请里涉及房屋征收的有多少件", "topic breakdown not reported"),
        ("zh", "涧西区政府办2020年办信息公开的工作人员有几个人？", "staff not reported"),
        ("zh", "沭阳县2025年每件申请平均多少天答复完？", "response time not reported"),
        ("zh", "预计洪泽区2025年会收到多少申请", "forecast"),
        ("zh", "上海市科委2023年收到几件信息公开申请？", "year not in the corpus"),
        ("zh", "宿迁市2025年信息公开申请多少件", "body not in the corpus"),
        ("zh", "淮安2024年通过网上申请和信函申请分别是多少件？", "channel breakdown not reported"),
        ("zh", "沭阳县2025年各乡镇的申请数是多少", "township breakdown not reported"),
        ("zh", "你觉得上海市府办2019年的信息公开做得好不好？", "opinion"),
        ("zh", "洪泽区2023年提出申请的人当中，年龄在60岁以上的有多少？", "age breakdown not reported"),
        ("zh", "能告诉我淮安2024年申请人的手机号吗", "personal data"),
        ("zh", "浦东新区2024年行政复议数量", "body not in the corpus"),
        ("zh", "上海市府办2022年新收申请多少件？", "year not in the corpus"),
        ("zh", "沭阳县2025年信息公开工作花了多少经费？", "cost not reported"),
        ("zh", "涧西区2021年依申请公开有多少件", "year not in the corpus"),
        ("en", "How many of Huai'an's 2024 requesters lived outside Jiangsu?", "residence not reported"),
        ("en", "What was Hongze District's request count for 2022?", "year not in the corpus"),
        ("en", "How many requests did Nanjing receive in 2024?", "body not in the corpus"),
        ("en", "In which month of 2025 did Shuyang get the most requests?", "month breakdown not reported"),
        ("en", "How many Shanghai General Office requests in 2025 came from the real-estate industry?", "industry breakdown not reported"),
        ("en", "How much did it cost Huai'an to run its disclosure work in 2024?", "cost not reported"),
        ("en", "Predict STCSM's number of requests for 2025.", "forecast"),
        ("en", "What share of Jianxi District's 2020 applicants were women?", "sex breakdown not reported"),
        ("en", "How many staff handled disclosure requests at the Shanghai science commission in 2024?", "staff not reported"),
        ("en", "Shuyang County 2024: administrative reviews over disclosure?", "year not in the corpus"),
        ("en", "Qingjiangpu District 2024 - how many disclosure requests?", "body not in the corpus"),
        ("en", "Which department of Huai'an received the most requests in 2024?", "department breakdown not reported"),
        ("en", "Average days Hongze took to reply to a request in 2023?", "response time not reported"),
        ("en", "Is the Shanghai General Office's 2025 disclosure performance better than Beijing's?", "opinion / body not in the corpus"),
        ("en", "Give me the names of the people who sued Shuyang over disclosure in 2025.", "personal data"),
        ("en", "Shanghai General Office, 2022: new requests received?", "year not in the corpus"),
        ("en", "How many of Huai'an's 2024 requests were sent in by post?", "channel breakdown not reported"),
        ("en", "Why did Hongze District's number of requests change in 2024?", "reason not stated"),
        ("en", "How many Suqian city disclosure requests were there in 2025?", "body not in the corpus"),
    ]
    for lang, q, why in UN:
        c.append(U(lang, q, why, "[cannot] no number may be given"))
    # ------------------------------------------------------------ [neighbour] (8)
    NB = [
        ("zh", "ha", "r.carried_forward.total", "淮安2024年结转到下一年度继续办理的申请（不是从上一年结转来的）有几件？", "[neighbour] 结转下年 103 vs 上年结转 34"),
        ("zh", "sy", "a.litigation_direct.total", "沭阳县2025年未经复议直接提起行政诉讼的有几件（复议后再起诉的不算）", "[neighbour] 直接起诉 3 vs 复议后起诉 10"),
        ("zh", "ha", "c.normative_docs.issued", "淮安2024年新制发的规范性文件几件？不是现行有效的总数", "[neighbour] 制发 8 vs 现行有效 66 / 废止 26"),
        ("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年因为没有现成信息、需要另行制作而无法提供的有多少件？", "[neighbour] 另行制作 2 vs 不掌握 111"),
        ("en", "ha", "r.partially_granted.total", "Huai'an 2024: only the partially disclosed requests, not the fully granted ones - how many?", "[neighbour] 部分公开 454 vs 予以公开 1362"),
        ("en", "sy", "a.review.corrected", "How many Shuyang 2025 reviews were corrected (not the 'other outcome' ones)?", "[neighbour] 纠正 10 vs 其他结果 9"),
        ("en", "jx", "c.procurement.projects", "Jianxi District 2020: the number of centralised procurement projects, not the amount?", "[neighbour] 采购项目数 8 vs 金额 28.6232"),
        ("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: requests withheld as internal-affairs information (not process information)?", "[neighbour] 内部事务 8 vs 过程性信息 12"),
    ]
    for lang, b, k, q, note in NB:
        c.append(T(lang, b, k, q, note))

    # ------------------------------------------------------------ [followup] (91)
    X = None  # marks an unanswerable turn: (question, X, why)
    FU = [
        # --- switch year (zh)
        ("zh", "switch year", [("洪泽区2023年行政许可决定多少件？", "hz23", "c.licensing.decisions"),
                               ("2024年的呢？", "hz24", "c.licensing.decisions")]),
        ("zh", "switch year", [("洪泽2023年行政处罚是多少件", "hz23", "c.punishment.decisions"),
                               ("换成2024年看看", "hz24", "c.punishment.decisions"),
                               ("那2024年的行政强制呢", "hz24", "c.coercion.decisions")]),
        ("zh", "switch year", [("上海市府办2019年新收了多少件信息公开申请？", "sh19", "r.received.total"),
                               ("2025年变成多少了？", "sh25", "r.received.total")]),
        ("zh", "switch year", [("上海市政府办公厅2025年结转到下年度继续办理的有多少件", "sh25", "r.carried_forward.total"),
                               ("2019年那份报告里这个数是多少？", "sh19", "r.carried_forward.total")]),
        ("zh", "switch year", [("洪泽区2024年现行有效的规范性文件几件？", "hz24", "c.normative_docs.in_force"),
                               ("往前一年，2023年呢", "hz23", "c.normative_docs.in_force")]),
        ("zh", "switch year", [("上海市府办2019年信息公开行政复议几件", "sh19", "a.review.total"),
                               ("25年呢", "sh25", "a.review.total"),
                               ("2025年里还没审结的复议有几件？", "sh25", "a.review.pending")]),
        ("zh", "switch year", [("洪泽区政府2023年行政事业性收费多少", "hz23", "c.fees.amount"),
                               ("二〇二四年的收费金额呢？", "hz24", "c.fees.amount")]),
        # --- switch year (en)
        ("en", "switch year", [("Hongze District licensing decisions in 2024?", "hz24", "c.licensing.decisions"),
                               ("And in 2023?", "hz23", "c.licensing.decisions")]),
        ("en", "switch year", [("How many new requests did the Shanghai General Office log in 2025?", "sh25", "r.received.total"),
                               ("and the 2019 report?", "sh19", "r.received.total"),
                               ("In 2019, how many of those came from individuals?", "sh19", "r.received.natural_person")]),
        ("en", "switch year", [("Shanghai General Office direct lawsuits over disclosure, 2019?", "sh19", "a.litigation_direct.total"),
                               ("What about 2025?", "sh25", "a.litigation_direct.total")]),
        ("en", "switch year", [("Hongze's \"information not held\" replies in 2023?", "hz23", "r.unable.not_held.total"),
                               ("same thing for 2024", "hz24", "r.unable.not_held.total")]),
        ("en", "switch year", [("What were Hongze District's fee revenues in 2024?", "hz24", "c.fees.amount"),
                               ("Back to 2023 - the fee figure?", "hz23", "c.fees.amount")]),
        ("en", "switch year", [("Shanghai General Office 2019: requests carried over from 2018?", "sh19", "r.carried_over.total"),
                               ("and carried over into 2025 from 2024, per the 2025 report?", "sh25", "r.carried_over.total")]),
        ("en", "switch year", [("Hongze District coercion decisions, 2024", "hz24", "c.coercion.decisions"),
                               ("2023 then?", "hz23", "c.coercion.decisions")]),
        # --- switch body (zh)
        ("zh", "switch body", [("淮安市2024年行政许可决定多少件？", "ha", "c.licensing.decisions"),
                               ("那洪泽呢", "hz24", "c.licensing.decisions")]),
        ("zh", "switch body", [("淮安2024年行政处罚决定数量是多少", "ha", "c.punishment.decisions"),
                               ("那洪泽区呢？", "hz24", "c.punishment.decisions"),
                               ("沭阳县2025年呢", "sy", "c.punishment.decisions")]),
        ("zh", "switch body", [("沭阳县2025年信息公开行政复议多少件？", "sy", "a.review.total"),
                               ("淮安市2024年同一项是多少？", "ha", "a.review.total")]),
        ("zh", "switch body", [("淮安2024年新收申请多少件", "ha", "r.received.total"),
                               ("上海科委呢？", "kw", "r.received.total"),
                               ("上海市科委2024年其中自然人提的有几件", "kw", "r.received.natural_person")]),
        ("zh", "switch body", [("涧西区政府办2020年予以公开的申请几件？", "jx", "r.granted.total"),
                               ("换成上海市府办2019年，自然人申请里因不掌握信息而无法提供的有多少？", "sh19", "r.unable.not_held.natural_person")]),
        ("zh", "switch body", [("沭阳县2025年因不掌握信息无法提供的申请多少件", "sy", "r.unable.not_held.total"),
                               ("那淮安市2024年是多少？", "ha", "r.unable.not_held.total"),
                               ("洪泽区2023年呢", "hz23", "r.unable.not_held.total")]),
        ("zh", "switch body", [("上海市科委2024年行政许可多少件？", "kw", "active.licensing.decisions"),
                               ("洪泽区同年呢？", "hz24", "c.licensing.decisions")]),
        ("zh", "switch body", [("淮安2024年复议后又起诉的案件有几件", "ha", "a.litigation_after_review.total"),
                               ("沭阳2025年的呢", "sy", "a.litigation_after_review.total")]),
        # --- switch body (en)
        ("en", "switch body", [("Huai'an 2024: how many requests were carried into 2025?", "ha", "r.carried_forward.total"),
                               ("And Shuyang County for 2025?", "sy", "r.carried_forward.total")]),
        ("en", "switch body", [("Shuyang 2025 coercion decisions?", "sy", "c.coercion.decisions"),
                               ("What about Huai'an in 2024?", "ha", "c.coercion.decisions"),
                               ("Hongze, same year as Huai'an?", "hz24", "c.coercion.decisions")]),
        ("en", "switch body", [("Requests received by the Shanghai science commission in 2024?", "kw", "r.received.total"),
                               ("and Huai'an in 2024?", "ha", "r.received.total")]),
        ("en", "switch body", [("Jianxi District 2020, requests received?", "jx", "r.received.total"),
                               ("Hongze District in 2023?", "hz23", "r.received.total")]),
        ("en", "switch body", [("How many normative documents did Huai'an issue in 2024?", "ha", "c.normative_docs.issued"),
                               ("the science commission for 2024?", "kw", "active.normative_docs.issued"),
                               ("Shuyang for 2025?", "sy", "c.normative_docs.issued")]),
        ("en", "switch body", [("Shuyang 2025: requests granted in full?", "sy", "r.granted.total"),
                               ("Same measure, Hongze District 2024?", "hz24", "r.granted.total")]),
        ("en", "switch body", [("Direct disclosure lawsuits against Huai'an in 2024?", "ha", "a.litigation_direct.total"),
                               ("How about Jianxi District in 2020?", "jx", "a.litigation_direct.total")]),
        # --- switch row / column (zh)
        ("zh", "switch row", [("淮安2024年予以公开的申请有多少件", "ha", "r.granted.total"),
                              ("部分公开的呢", "ha", "r.partially_granted.total"),
                              ("那不予公开里属于国家秘密的呢？", "ha", "r.withheld.state_secret.total"),
                              ("保护第三方合法权益那一项呢", "ha", "r.withheld.third_party.total")]),
        ("zh", "switch row", [("沭阳县2025年行政许可决定多少件", "sy", "c.licensing.decisions"),
                              ("行政强制呢", "sy", "c.coercion.decisions")]),
        ("zh", "switch column", [("淮安市2024年本年新收申请里，商业企业提的有几件？", "ha", "r.received.commercial"),
                                 ("法律服务机构呢", "ha", "r.received.legal_services"),
                                 ("其他组织的呢？", "ha", "r.received.other_org")]),
        ("zh", "switch column", [("沭阳2025年予以公开的申请中自然人有多少件", "sy", "r.granted.natural_person"),
                                 ("法律服务机构那一栏是多少", "sy", "r.granted.legal_services")]),
        ("zh", "switch row", [("上海市府办2025年信访举报投诉类不予处理的有多少？", "sh25", "r.not_processed.petition.total"),
                              ("重复申请那一项呢", "sh25", "r.not_processed.duplicate.total")]),
        ("zh", "switch row", [("沭阳县2025年复议结果维持的有几件", "sy", "a.review.upheld"),
                              ("结果被纠正的呢？", "sy", "a.review.corrected"),
                              ("尚未审结的呢", "sy", "a.review.pending")]),
        ("zh", "switch row", [("上海市科委2024年予以公开的申请几件？", "kw", "r.granted.total"),
                              ("那它2024年上年结转的申请呢", "kw", "r.carried_over.total")]),
        # --- switch row / column (en)
        ("en", "switch row", [("Huai'an 2024: review cases upheld?", "ha", "a.review.upheld"),
                              ("and still pending at year end?", "ha", "a.review.pending")]),
        ("en", "switch column", [("Shuyang County 2025: new requests from companies?", "sy", "r.received.commercial"),
                                 ("and from legal service providers?", "sy", "r.received.legal_services")]),
        ("en", "switch row", [("Shanghai General Office 2025: requests answered with 'this office does not hold the information' (that row only)?", "sh25", "r.unable.not_held.total"),
                              ("and those needing new compilation?", "sh25", "r.unable.needs_creation.total")]),
        ("en", "switch row", [("Huai'an 2024 rules (guizhang) issued during the year?", "ha", "c.regulations.issued"),
                              ("How many normative documents were still in force?", "ha", "c.normative_docs.in_force"),
                              ("and repealed?", "ha", "c.normative_docs.repealed")]),
        ("en", "switch column", [("Huai'an 2024, requests not held, individuals only?", "ha", "r.unable.not_held.natural_person"),
                                 ("companies?", "ha", "r.unable.not_held.commercial"),
                                 ("law firms and legal service bodies?", "ha", "r.unable.not_held.legal_services")]),
        ("en", "switch row", [("Jianxi District 2020: requests closed during the year?", "jx", "r.total_processed.total"),
                              ("and still open, carried into 2021?", "jx", "r.carried_forward.total")]),
        ("en", "switch row", [("Shuyang 2025 - requests refused as administrative inquiries?", "sy", "r.withheld.admin_query.total"),
                              ("As internal affairs?", "sy", "r.withheld.internal_affairs.total")]),
        # --- part of the previous number (zh)
        ("zh", "part of previous", [("淮安2024年一共有多少件信息公开行政复议？", "ha", "a.review.total"),
                                    ("其中维持原决定的有多少？", "ha", "a.review.upheld")]),
        ("zh", "part of previous", [("上海市府办2019年新收申请总数是多少", "sh19", "r.received.total"),
                                    ("这些里面企业提的有几件？", "sh19", "r.received.commercial")]),
        ("zh", "part of previous", [("沭阳县2025年直接提起行政诉讼的有多少件", "sy", "a.litigation_direct.total"),
                                    ("其中法院维持的几件", "sy", "a.litigation_direct.upheld")]),
        ("zh", "part of previous", [("淮安2024年办理结果总计多少件？", "ha", "r.total_processed.total"),
                                    ("其中自然人的占几件", "ha", "r.total_processed.natural_person"),
                                    ("商业企业的呢", "ha", "r.total_processed.commercial")]),
        ("zh", "part of previous", [("上海市府办2025年上年结转的申请多少件", "sh25", "r.carried_over.total"),
                                    ("其中自然人的有多少？", "sh25", "r.carried_over.natural_person")]),
        ("zh", "part of previous", [("涧西区2020年信息公开行政复议有几件？", "jx", "a.review.total"),
                                    ("其中结果维持的有几件", "jx", "a.review.upheld")]),
        # --- part of the previous number (en)
        ("en", "part of previous", [("Huai'an 2024: total lawsuits after review?", "ha", "a.litigation_after_review.total"),
                                    ("Of those, how many were still pending?", "ha", "a.litigation_after_review.pending")]),
        ("en", "part of previous", [("How many new requests did the Shanghai General Office receive in 2025?", "sh25", "r.received.total"),
                                    ("of those, how many were filed by companies?", "sh25", "r.received.commercial")]),
        ("en", "part of previous", [("Shuyang 2025: total disclosure lawsuits after a review?", "sy", "a.litigation_after_review.total"),
                                    ("How many of them were upheld?", "sy", "a.litigation_after_review.upheld")]),
        ("en", "part of previous", [("Huai'an 2024 requests partially granted?", "ha", "r.partially_granted.total"),
                                    ("of which from companies?", "ha", "r.partially_granted.commercial")]),
        ("en", "part of previous", [("Shanghai General Office 2019 administrative reviews over disclosure?", "sh19", "a.review.total"),
                                    ("how many of these were upheld?", "sh19", "a.review.upheld")]),
        ("en", "part of previous", [("Shanghai General Office 2025: disclosure lawsuits filed directly?", "sh25", "a.litigation_direct.total"),
                                    ("Of those, unresolved?", "sh25", "a.litigation_direct.pending")]),
        # --- asking back about the previous answer (zh)
        ("zh", "ask back", [("沭阳县2025年结转下一年度继续办理的申请有几件", "sy", "r.carried_forward.total"),
                            ("你刚说的这个是结转到2026年的，对吧？再报一下数字", "sy", "r.carried_forward.total")]),
        ("zh", "ask back", [("淮安2024年行政事业性收费金额是多少？", "ha", "c.fees.amount"),
                            ("这个数单位是万元吗？再确认一下淮安2024年的收费金额", "ha", "c.fees.amount")]),
        ("zh", "ask back", [("上海市府办2019年答复的申请一共多少件", "sh19", "r.total_processed.total"),
                            ("刚才那个数里包括上年结转的吗？上年结转的是几件", "sh19", "r.carried_over.total")]),
        ("zh", "ask back", [("洪泽区2024年信息公开行政复议几件？", "hz24", "appeals.review.total"),
                            ("你说的是复议不是诉讼吧？那洪泽2024年直接起诉的是几件", "hz24", "a.litigation_direct.total")]),
        # --- asking back (en)
        ("en", "ask back", [("Huai'an 2024, requests not processed because they were really petitions?", "ha", "r.not_processed.petition.total"),
                            ("Is that figure for 2024 only? Please repeat it.", "ha", "r.not_processed.petition.total")]),
        ("en", "ask back", [("Shuyang County penalty decisions in 2025?", "sy", "c.punishment.decisions"),
                            ("Wait, was that the penalty count and not the licensing count? Give me Shuyang's 2025 licensing number too.", "sy", "c.licensing.decisions")]),
        ("en", "ask back", [("STCSM 2024: how many requests did it close in total?", "kw", "r.total_processed.total"),
                            ("Does that include the ones carried over from 2023? How many were carried over?", "kw", "r.carried_over.total")]),
        ("en", "ask back", [("Jianxi District 2020 procurement amount?", "jx", "c.procurement.amount"),
                            ("Is that in 10,000 yuan? Repeat the 2020 amount for Jianxi.", "jx", "c.procurement.amount")]),
        # --- unanswerable turn in the middle (zh)
        ("zh", "unanswerable in the middle", [("淮安市2024年新收申请多少件？", "ha", "r.received.total"),
                                             ("其中女性申请人有多少？", X, "sex breakdown not reported"),
                                             ("那2024年淮安自然人申请一共多少件", "ha", "r.received.natural_person")]),
        ("zh", "unanswerable in the middle", [("沭阳县2025年行政复议多少件", "sy", "a.review.total"),
                                             ("这些复议是哪几个月提出的？", X, "month breakdown not reported"),
                                             ("纠正的几件？", "sy", "a.review.corrected")]),
        ("zh", "unanswerable in the middle", [("洪泽区2023年收到的申请一共几件", "hz23", "r.received.total"),
                                             ("洪泽区2022年呢？", X, "year not in the corpus"),
                                             ("好吧，洪泽2023年因不掌握而无法提供的有几件", "hz23", "r.unable.not_held.total")]),
        ("zh", "unanswerable in the middle", [("上海市府办2025年只算“本机关不掌握相关政府信息”那一项，无法提供的有多少件", "sh25", "r.unable.not_held.total"),
                                             ("这些申请都涉及什么领域？分别多少件", X, "topic breakdown not reported"),
                                             ("那需要另行制作的呢", "sh25", "r.unable.needs_creation.total")]),
        ("zh", "unanswerable in the middle", [("涧西区政府办2020年收到申请几件", "jx", "r.received.total"),
                                             ("这些申请平均几天答复完？", X, "response time not reported"),
                                             ("2020年涧西办结了多少件（按表格办理结果总计）", "jx", "r.total_processed.total")]),
        ("zh", "unanswerable in the middle", [("淮安2024年行政强制决定有多少件？", "ha", "c.coercion.decisions"),
                                             ("南京市2024年的呢", X, "body not in the corpus"),
                                             ("沭阳2025年呢", "sy", "c.coercion.decisions")]),
        # --- unanswerable in the middle (en)
        ("en", "unanswerable in the middle", [("Shuyang County 2025, how many requests were closed in total?", "sy", "r.total_processed.total"),
                                             ("How many came through the online portal?", X, "channel breakdown not reported"),
                                             ("And how many of the closed ones were individuals' requests?", "sy", "r.total_processed.natural_person")]),
        ("en", "unanswerable in the middle", [("Huai'an 2024 reviews corrected?", "ha", "a.review.corrected"),
                                             ("Which departments were those reviews against?", X, "department breakdown not reported"),
                                             ("OK, and how many Huai'an 2024 reviews ended with other outcomes?", "ha", "a.review.other")]),
        ("en", "unanswerable in the middle", [("Shanghai science commission 2024 requests received?", "kw", "r.received.total"),
                                             ("And for 2023?", X, "year not in the corpus"),
                                             ("Fine - in 2024 how many came from companies?", "kw", "r.received.commercial")]),
        ("en", "unanswerable in the middle", [("Hongze District 2024 lawsuits after review?", "hz24", "a.litigation_after_review.total"),
                                             ("Who were the plaintiffs?", X, "personal data"),
                                             ("How many reviews did Hongze have in 2024?", "hz24", "appeals.review.total")]),
        ("en", "unanswerable in the middle", [("Shanghai General Office 2019 requests withheld as state secrets from individuals?", "sh19", "r.withheld.state_secret.natural_person"),
                                             ("How many staff reviewed them?", X, "staff not reported"),
                                             ("and 2019 individual requests refused as administrative inquiries?", "sh19", "r.withheld.admin_query.natural_person")]),
        ("en", "unanswerable in the middle", [("Huai'an's 2024 fee income?", "ha", "c.fees.amount"),
                                             ("And Suqian's in 2024?", X, "body not in the corpus"),
                                             ("Shuyang's in 2025?", "sy", "c.fees.amount")]),
        # --- unanswerable first, then answerable (zh)
        ("zh", "unanswerable then answerable", [("沭阳县2024年收到多少申请", X, "year not in the corpus"),
                                               ("那沭阳2025年办理完成的申请总数是多少", "sy", "r.total_processed.total")]),
        ("zh", "unanswerable then answerable", [("浦东新区2024年行政许可多少件？", X, "body not in the corpus"),
                                               ("那淮安市2024年的行政许可呢", "ha", "c.licensing.decisions")]),
        ("zh", "unanswerable then answerable", [("上海市府办2022年行政复议多少件", X, "year not in the corpus"),
                                               ("2019年的有吗？", "sh19", "a.review.total"),
                                               ("2025年的呢", "sh25", "a.review.total")]),
        ("zh", "unanswerable then answerable", [("洪泽区2023年信息公开申请人都住在哪个镇？", X, "township breakdown not reported"),
                                               ("那洪泽2023年部分公开的有几件", "hz23", "r.partially_granted.total")]),
        # --- unanswerable first (en)
        ("en", "unanswerable then answerable", [("Jianxi District 2021 requests?", X, "year not in the corpus"),
                                               ("Then give me Jianxi's 2020 figure for requests received.", "jx", "r.received.total")]),
        ("en", "unanswerable then answerable", [("How many Huai'an 2024 applicants were over 60?", X, "age breakdown not reported"),
                                               ("Then just the number of Huai'an's 2024 requests from individuals.", "ha", "r.received.natural_person")]),
        ("en", "unanswerable then answerable", [("Qingjiangpu District 2025 review cases?", X, "body not in the corpus"),
                                               ("OK, Shuyang County 2025 then?", "sy", "a.review.total"),
                                               ("and how many of Shuyang's were upheld?", "sy", "a.review.upheld")]),
        ("en", "unanswerable then answerable", [("What will the Shanghai General Office receive in requests in 2026?", X, "forecast"),
                                               ("What did it carry over into 2025 from 2024, per its 2025 report - individuals only?", "sh25", "r.carried_over.natural_person")]),
        # --- short elliptical turns (zh)
        ("zh", "elliptical", [("淮安2024年因逾期未补正结束的申请几件？", "ha", "r.other.overdue_correction.total"),
                              ("那沭阳县2025年呢？", "sy", "r.other.overdue_correction.total")]),
        ("zh", "elliptical", [("沭阳县2025年重复申请不予处理几件", "sy", "r.not_processed.duplicate.total"),
                              ("淮安24年呢", "ha", "r.not_processed.duplicate.total"),
                              ("上海市府办25年呢", "sh25", "r.not_processed.duplicate.total")]),
        ("zh", "elliptical", [("上海市府办2019年规范性文件制作了几件？", "sh19", "c.normative_docs.made"),
                              ("涧西呢？2020年", "jx", "c.normative_docs.made")]),
        ("zh", "elliptical", [("淮安2024年逾期未缴费的有几件", "ha", "r.other.overdue_fee.total"),
                              ("沭阳2025年呢？", "sy", "r.other.overdue_fee.total")]),
        ("zh", "elliptical", [("上海市府办2019年政府集中采购项目几个？", "sh19", "c.procurement.projects"),
                              ("涧西区2020年的呢", "jx", "c.procurement.projects"),
                              ("金额呢，涧西2020年", "jx", "c.procurement.amount")]),
        ("zh", "elliptical", [("沭阳2025年废止的规范性文件几件", "sy", "c.normative_docs.repealed"),
                              ("洪泽2023年呢", "hz23", "c.normative_docs.repealed")]),
        # --- elliptical (en)
        ("en", "elliptical", [("Huai'an 2024 requests refused to protect third parties?", "ha", "r.withheld.third_party.total"),
                              ("Shuyang 2025?", "sy", "r.withheld.third_party.total")]),
        ("en", "elliptical", [("Shuyang 2025 process-information refusals?", "sy", "r.withheld.process_info.total"),
                              ("Huai'an 2024?", "ha", "r.withheld.process_info.total"),
                              ("Hongze 2023?", "hz23", "r.withheld.process_info.total"),
                              ("And the Shanghai General Office in 2019, individuals only?", "sh19", "r.withheld.process_info.natural_person")]),
        ("en", "elliptical", [("Hongze District normative documents issued in 2024?", "hz24", "c.normative_docs.issued"),
                              ("Huai'an, same year?", "ha", "c.normative_docs.issued")]),
        ("en", "elliptical", [("Shanghai General Office 2019 rules made?", "sh19", "c.regulations.made"),
                              ("and normative documents made that year?", "sh19", "c.normative_docs.made")]),
        ("en", "elliptical", [("Enforcement-file refusals, Huai'an 2024?", "ha", "r.withheld.enforcement_files.total"),
                              ("Shuyang 2025?  ", "sy", "r.withheld.enforcement_files.total")]),
        ("en", "elliptical", [("Huai'an 2024 security-and-stability refusals?", "ha", "r.withheld.security_stability.total"),
                              ("Shuyang, 2025?", "sy", "r.withheld.security_stability.total")]),
    ]
    for lang, note, turns in FU:
        c.append(fu(lang, note, turns))
    return c
