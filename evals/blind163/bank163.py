"""Question bank of blind evaluation set 163 (all wordings written for this set).

WARNING: holds every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations look answerable but must get no number.
"""
import helpers163 as H
import blindlib163 as L
from helpers163 import C, E, EN, EU, ED, ER, U, N, V, T, S, D, R, F

# printed cells of the reports without gold (same cells and specs as blind6's text_cells.json;
# cells whose number the narrative also states are left out)
SPECS = {
    "hz24": {"active.coercion.decisions": ("row", "行政强制", 0),
             "active.fees.amount": ("row", "行政事业性收费", 0),
             "active.licensing.decisions": ("row", "行政许可", 0),
             "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
             "active.normative_docs.issued": ("row", "行政规范性文件", 0),
             "active.punishment.decisions": ("row", "行政处罚", 0),
             "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
             "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6)},
    "kw": {"active.licensing.decisions": ("row", "行政许可", 0),
           "active.normative_docs.in_force": ("row", "规范性文件", 2),
           "active.normative_docs.issued": ("row", "规范性文件", 0),
           "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1)},
    "sh25": {"appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
             "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
             "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
             "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
             "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
             "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6)},
}
L.TEXT_SPECS.update(SPECS)

ZH = {"jx": ["涧西区政府办", "涧西区"], "ha": ["淮安市政府", "淮安"], "hz23": ["洪泽区政府", "洪泽"],
      "hz24": ["洪泽区", "洪泽区政府"], "sy": ["沭阳县政府", "沭阳"], "kw": ["上海市科委", "上海科委"],
      "sh25": ["上海市政府办公厅", "上海市府办"], "sh19": ["上海市府办", "上海市政府办公厅"]}
EN_ = {"jx": ["Jianxi District office", "Jianxi"], "ha": ["Huai'an city government", "Huaian"],
       "hz23": ["Hongze District", "Hongze"], "hz24": ["Hongze", "the Hongze District government"],
       "sy": ["Shuyang County", "Shuyang"], "kw": ["the Shanghai science commission", "STCSM"],
       "sh25": ["the Shanghai General Office", "Shanghai's municipal general office"],
       "sh19": ["Shanghai's general office", "the Shanghai General Office"]}
YZH = {2019: ["2019年", "19年"], 2020: ["2020年", "二〇二〇年"], 2023: ["2023年", "23年"],
       2024: ["2024年", "二〇二四年"], 2025: ["2025年", "25年"]}
YEN = {2019: ["in 2019", "for 2019"], 2020: ["in 2020", "FY2020"], 2023: ["in 2023", "during 2023"],
       2024: ["in 2024", "for FY2024"], 2025: ["in 2025", "across 2025"]}

# key -> (zh phrase, en phrase)
KP = {
    "r.granted.total": ("申请人要的信息被完整公开给他的申请", "requests where the applicant got everything asked for"),
    "r.partially_granted.total": ("只公开了一部分的申请", "requests answered with only part of the information"),
    "r.unable.not_held.total": ("答复说本机关手里没有这份信息的", "requests answered with 'we don't hold that information'"),
    "r.unable.needs_creation.total": ("因为得重新制作、没有现成材料而没给的", "requests refused because the material would have to be newly compiled"),
    "r.not_processed.petition.total": ("被认定为信访举报投诉、没作信息公开处理的", "requests treated as complaints or petitions rather than disclosure requests"),
    "r.not_processed.duplicate.total": ("同一个人反复提交、按重复申请处理的", "requests dismissed as repeats"),
    "r.withheld.admin_query.total": ("被当成行政查询事项而不予公开的", "requests withheld because they were really administrative look-up queries"),
    "r.withheld.process_info.total": ("因为属于过程性信息被拒的", "requests turned down as process (deliberative) information"),
    "r.withheld.third_party.total": ("怕损害第三方权益而没公开的", "requests withheld to protect a third party's lawful rights"),
    "r.withheld.prohibited_by_law.total": ("因法律行政法规禁止而不予公开的", "requests refused because a law or regulation forbids disclosure"),
    "r.carried_forward.total": ("年底没办完、要挪到下一年继续办的申请", "requests still open at year end and rolled into the next year"),
    "r.received.commercial": ("企业新递交的申请", "fresh requests lodged by companies"),
    "r.received.legal_services": ("律所等法律服务机构新递交的申请", "fresh requests from law firms and other legal-service bodies"),
    "r.other.overdue_correction.total": ("申请人逾期没补正、按其他处理的", "requests closed because the applicant never supplied the missing details in time"),
    "a.review.total": ("跟信息公开有关的行政复议一共", "information-disclosure administrative reconsideration cases in all"),
    "a.review.corrected": ("复议后被纠正的", "reconsideration cases that ended with the decision corrected"),
    "a.review.upheld": ("复议维持原决定的", "reconsideration cases where the original decision stood"),
    "a.litigation_direct.total": ("没经过复议、直接去法院起诉的官司", "lawsuits brought straight to court without reconsideration first"),
    "a.litigation_after_review.total": ("先复议后又起诉的案件", "lawsuits filed after a reconsideration"),
    "c.licensing.decisions": ("作出的行政许可决定", "administrative licensing decisions issued"),
    "c.punishment.decisions": ("作出的行政处罚决定", "administrative penalty decisions made"),
    "c.coercion.decisions": ("行政强制决定", "administrative coercion decisions"),
    "c.normative_docs.issued": ("新制发的行政规范性文件", "normative documents newly issued"),
    "c.normative_docs.in_force": ("现行有效的规范性文件", "normative documents currently in force"),
}
FZH = ["{b}{y}{p}有多少件？", "想问下{y}{b}，{p}是几件", "{b}那份{y}年报里，{p}是多少", "查一下：{y}{b}{p}数量",
       "{y}，{b}{p}一共多少？", "请问{b}在{y}{p}有几件啊"]
FEN = ["How many {p} did {b} report {y}?", "{b}, {y}: number of {p}?", "Quick one - {p} at {b} {y}, how many?",
       "In the annual disclosure report of {b} {y}, what is the count of {p}?", "What figure does {b} give for {p} {y}?"]

BAD = {("ha", "a.review.upheld"), ("ha", "a.review.total"), ("sy", "r.received.legal_services"),
       ("hz23", "a.review.total"), ("hz23", "a.review.corrected"), ("hz23", "a.review.upheld"),
       ("hz23", "a.litigation_direct.total"), ("hz23", "a.litigation_after_review.total"),
       ("sh19", "a.review.total"), ("sh19", "a.litigation_direct.total"), ("sh19", "a.review.upheld"),
       ("sh19", "a.litigation_after_review.total")}


def has(b, k):
    try:
        if b == "sh19" and H.K(k).startswith("requests.") and H.K(k).endswith(".total"):
            return False
        if (b, k) in BAD:
            return False
        v = H.val(b, k)
        H.check_blank_totals(b, H.KS(k))
        return v is not None
    except Exception:
        return False


def yz(b, i):
    return YZH[H.year(b)][i % 2]


def ye(b, i):
    return YEN[H.year(b)][i % 2]


def plain():
    out = []
    i = 0
    bodies = ["ha", "sy", "hz23", "jx", "sh19", "hz24", "sh25", "kw"]
    for k in KP:
        for b in bodies:
            if not has(b, k):
                continue
            lang = "zh" if i % 2 == 0 else "en"
            if lang == "zh":
                q = FZH[i % len(FZH)].format(b=ZH[b][i % 2], y=yz(b, i), p=KP[k][0])
            else:
                q = FEN[i % len(FEN)].format(b=EN_[b][i % 2], y=ye(b, i), p=KP[k][1])
            kw = {"unit": "万元"} if k == "c.fees.amount" else {}
            out.append(V(lang, b, k, q, "[plain] table value, everyday wording", **kw))
            i += 1
    return out


def sums():
    s = [
        ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "淮安市政府2024年因为涉及国家秘密、或者法律法规明令禁止而没公开的申请，两类合起来多少件？"),
        ("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an, 2024: add the fully granted and partly granted requests together - what do you get?"),
        ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县政府2025年“无法提供”那三种情形（不掌握、需另行制作、内容不明确）合计多少件？"),
        ("en", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang County 2025: reconsiderations upheld plus reconsiderations corrected, combined?"),
        ("zh", "hz23", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "洪泽区2023年，信访类和重复申请这两种不予处理的加起来几件？"),
        ("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2023: licensing, penalty and coercion decisions added up - total?"),
        ("zh", "jx", ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total"], "涧西区2020年：予以公开、部分公开、不掌握无法提供，三项相加是多少？"),
        ("en", "jx", ["c.licensing.decisions", "c.punishment.decisions"], "Jianxi District in 2020 - licensing decisions plus penalty decisions, what's the sum?"),
        ("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市政府办公厅2019年，个人新提的申请再加上从上年转过来的个人申请，一共多少？"),
        ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "For Huai'an 2024, sum all eight 'not disclosed' grounds in the table. What total?"),
        ("zh", "sy", ["r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.legal_services", "r.received.other_org"], "沭阳县政府2025年新收申请里，五类法人或其他组织的数字加在一起是多少（按表里本年新收那一行）？"),
        ("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024: everything under 'other handling' - missed corrections, unpaid fees and the rest - added together?"),
    ]
    return [S(l, b, k, q, "[combine] sum of the listed cells") for l, b, k, q in s]


def diffs():
    d = [
        ("zh", ["r.granted.total"], "洪泽区予以公开的申请，2024年比2023年多了还是少了，差多少件？"),
        ("en", ["r.unable.not_held.total"], "Hongze District: change from 2023 to 2024 in requests answered 'information not held'?"),
        ("zh", ["c.licensing.decisions"], "洪泽区行政许可决定数，2024年减去2023年等于多少？"),
        ("en", ["c.punishment.decisions"], "By how much did Hongze's administrative penalty decisions change between 2023 and 2024?"),
        ("zh", ["c.coercion.decisions"], "洪泽区的行政强制决定，从2023年到2024年变化了多少？"),
        ("en", ["r.carried_forward.total"], "Hongze: requests carried into the next year - 2024 figure minus 2023 figure?"),
        ("zh", ["c.normative_docs.issued"], "洪泽区新制发规范性文件数，2024年相对2023年增减多少件？"),
        ("en", ["c.normative_docs.in_force"], "Normative documents in force at Hongze District: how did the 2024 number differ from 2023?"),
    ]
    return [D(l, "hz23", "hz24", k, q, "[combine] later year minus earlier year") for l, k, q in d]


def ranks():
    r = [
        ("zh", ["ha", "sy", "hz23"], "r.granted.natural_person", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年这三家，哪家对个人申请予以公开的最多？"),
        ("en", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.natural_person", "asc", "Among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, which had the fewest individual requests answered 'not held'?"),
        ("zh", ["ha", "sy", "jx"], "c.licensing.decisions", "asc", "行政许可决定数：淮安市2024年、沭阳县2025年、涧西区2020年，谁最少？"),
        ("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Which issued the most administrative penalty decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?"),
        ("zh", ["ha", "sy", "sh19"], "a.review.corrected", "desc", "复议被纠正的案件，淮安市2024年、沭阳县2025年、上海市府办2019年哪个最多？"),
        ("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "Direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 - which had the fewest?"),
        ("zh", ["ha", "sy", "hz23", "sh19"], "r.received.natural_person", "desc", "个人新提交的申请：淮安市2024年、沭阳县2025年、洪泽区2023年、上海市府办2019年，排第一的是哪家？"),
        ("en", ["ha", "hz23", "jx"], "r.not_processed.petition.natural_person", "asc", "Individual requests treated as petitions: Huai'an 2024, Hongze 2023, Jianxi 2020 - lowest?"),
        ("zh", ["ha", "sy", "hz23"], "r.carried_forward.total", "desc", "结转下年度继续办理的：淮安市2024年、沭阳县2025年、洪泽区2023年，哪个最多？"),
        ("en", ["ha", "sy", "jx"], "r.partially_granted.natural_person", "desc", "Partly granted individual requests - Huai'an 2024, Shuyang 2025 or Jianxi 2020, which tops the list?"),
        ("zh", ["ha", "sy", "jx"], "c.coercion.decisions", "asc", "行政强制决定最少的是哪家：淮安市2024年、沭阳县2025年、涧西区2020年？"),
    ]
    out = []
    for l, bs, k, o, q in r:
        try:
            out.append(R(l, bs, k, o, q, "[rank] ranking over bodies with gold"))
        except Exception as ex:
            print("skip rank", k, ex)
    return out


def traps():
    t = [
        ("zh", "ha", "r.carried_forward.total", "淮安市2024年，年底还没办完、转到2025年接着办的申请有多少？（不是从2023年转进来的）"),
        ("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed only after a reconsideration had been decided - how many (not the direct suits)?"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件？不是新发的，是废止的"),
        ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 - requests refused because new material would have to be produced (not the 'not held' ones)?"),
        ("zh", "ha", "r.withheld.process_info.total", "淮安市2024年以“过程性信息”为由不公开的有几件？别和内部事务信息搞混"),
        ("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations closed with an 'other' result - not corrected, not upheld?"),
        ("zh", "sy", "r.partially_granted.total", "沭阳县政府2025年只公开了部分内容的申请是多少？不要全部公开的那个数"),
        ("en", "ha", "r.received.legal_services", "Huai'an 2024: new requests from legal-service organisations specifically, not from businesses?"),
        ("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目数是多少个？问的是项目数，不是金额"),
        ("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total regulations published to the public (the cumulative column, not those made that year)?"),
    ]
    return [T(l, b, k, q, "[neighbour] the neighbouring cell is the naive answer") for l, b, k, q in t]


def narratives():
    n = [
        ("zh", "ha", "新闻发布会", 12, "场", "淮安市2024年一共开了几场新闻发布会？"),
        ("en", "ha", "公报》6", 6, "期", "How many issues of the Huai'an municipal gazette were produced in 2024?"),
        ("zh", "ha", "政务新媒体共计", 95, "个", "截至淮安市2024年年报，全市还在运维的政务新媒体有多少个？"),
        ("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"),
        ("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）？"),
        ("en", "ha", "政策解读21", 21, "个", "How many policy explainers did Huai'an produce in 2024 (text and image formats)?"),
        ("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？"),
        ("en", "hz24", "2428", 2428, "条", "How many items did Hongze District publish proactively on its government website in 2024?"),
        ("zh", "hz24", "常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议？"),
        ("en", "sy", "4511", 4511, "条", "Shuyang County's portal proactively published how many items in 2025?"),
        ("zh", "sy", "开展意见征集9", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
        ("en", "sy", "3044", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025?"),
        ("zh", "sy", "爆款内容52", 52, "条", "沭阳2025年出了多少条爆款内容？"),
        ("en", "sy", "64家单位", 64, "家", "How many units had their 2025 disclosure annual reports published together by Shuyang?"),
        ("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一共发出过多少次催办提示？"),
        ("en", "sy", "办前主动沟通 49", 49, "次", "In 2025, how many times did Shuyang reach out to applicants before handling their requests?"),
        ("zh", "sy", "过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息？"),
        ("en", "sy", "办理相关案件 74", 74, "件", "Per its 2025 report, how many reconsideration and litigation cases did Shuyang County handle in total?"),
        ("zh", "kw", "原创文章 294", 294, "篇", "上海市科委2024年微信公众号发了多少篇原创文章？"),
        ("en", "kw", "直播 118", 118, "场", "How many live streams did STCSM run in 2024?"),
        ("zh", "kw", "惠企政策 83", 83, "条", "上海科委2024年日常报送的惠企政策有几条？"),
        ("en", "kw", "高频事项", 5, "个", "How many high-frequency services of the Shanghai science commission had 'read-and-apply' links set up in 2024?"),
        ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会？"),
        ("en", "sh25", "人事任免文件 196", 196, "件", "How many personnel appointment and removal documents did Shanghai publish proactively in 2025?"),
        ("zh", "sh25", "主动撤回 157", 157, "件", "2025年上海市府办收到的申请里，申请人自己撤回的有多少件？"),
        ("en", "sh25", "覆盖 10 个语种", 10, "个", "How many languages did the Shanghai International Services Portal cover by its 2025 report?"),
        ("zh", "sh25", "公报》24", 24, "期", "上海市政府办公厅2025年编了几期市政府公报？"),
        ("en", "sh19", "权威发布共计38", 38, "次", "How many authoritative releases on executive-meeting topics did Shanghai's general office make in 2019?"),
        ("zh", "sh19", "政策解读共132", 132, "件", "2019年“中国上海”门户网站一共发布了多少件政策解读？"),
        ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect every quarter according to the 2019 report?"),
        ("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理出的权力运行和政务服务事项一共多少项？"),
    ]
    return [N(l, b, k, v, u, q, "[textonly] number stated only in the report text") for l, b, k, v, u, q in n]


def followups():
    f = [
        ("zh", [("hz23", "c.licensing.decisions", "洪泽区2023年作了多少个行政许可决定？"), ("hz24", "c.licensing.decisions", "换成2024年呢？")]),
        ("en", [("hz23", "c.punishment.decisions", "Hongze District, 2023: how many penalty decisions?"), ("hz24", "c.punishment.decisions", "and for 2024?")]),
        ("zh", [("hz23", "r.unable.not_held.total", "洪泽2023年因为不掌握信息没法提供的申请有几件"), ("hz24", "r.unable.not_held.total", "24年呢？")]),
        ("en", [("hz23", "r.granted.total", "Hongze 2023 - requests disclosed in full?"), ("hz24", "r.granted.total", "What about 2024?"), ("hz24", "c.coercion.decisions", "and in that 2024 report, the coercion decisions?")]),
        ("zh", [("hz23", "c.coercion.decisions", "洪泽区2023年行政强制决定多少件？"), ("hz24", "c.coercion.decisions", "二〇二四年的呢"), ("hz24", "c.normative_docs.issued", "那一年新发了几件规范性文件？")]),
        ("en", [("ha", "a.review.corrected", "Huai'an 2024: reconsideration cases where the decision was corrected?"), ("sy", "a.review.corrected", "Same thing for Shuyang County in 2025?")]),
        ("zh", [("ha", "r.unable.not_held.total", "淮安市2024年答复“本机关不掌握”的申请有多少？"), ("sy", "r.unable.not_held.total", "沭阳县2025年同一项是多少"), ("sy", "r.unable.needs_creation.total", "需要另行制作的呢？")]),
        ("en", [("sy", "r.granted.total", "Shuyang 2025: requests granted in full?"), ("sy", "r.partially_granted.total", "and partly granted?"), ("ha", "r.partially_granted.total", "Huai'an 2024 for that same row?")]),
        ("zh", [("ha", "r.not_processed.petition.total", "淮安2024年被当成信访举报投诉不予处理的申请几件？"), ("ha", "r.not_processed.duplicate.total", "重复申请那一项呢？")]),
        ("en", [("ha", "a.litigation_direct.total", "Huai'an, 2024: direct lawsuits in total?"), ("ha", "a.litigation_direct.corrected", "How many of those ended with the decision corrected?"), ("ha", "a.litigation_after_review.total", "And the lawsuits after reconsideration?")]),
        ("zh", [("sy", "a.review.total", "沭阳县政府2025年信息公开类行政复议一共多少件？"), ("sy", "a.litigation_direct.total", "直接起诉的行政诉讼呢？")]),
        ("en", [("jx", "r.granted.total", "Jianxi District 2020 - how many requests were disclosed in full?"), ("jx", "r.unable.not_held.total", "and how many got 'information not held'?")]),
        ("zh", [("jx", "c.licensing.decisions", "涧西区2020年行政许可决定有多少？"), ("jx", "c.punishment.decisions", "行政处罚的呢")]),
        ("en", [("sh19", "c.licensing.decisions", "Shanghai General Office, 2019: licensing decisions?"), ("sh19", "c.punishment.decisions", "penalty decisions?")]),
        ("zh", [("sh19", "r.received.natural_person", "上海市政府办公厅2019年个人新提的申请有多少？"), ("sh19", "r.received.commercial", "企业的呢？"), ("sh25", "r.received.commercial", "2025年企业新提的有多少？")]),
        ("en", [("sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests answered 'information not held'?"), ("sh25", "r.unable.needs_creation.total", "and 'would need to be newly created'?")]),
        ("zh", [("sh25", "r.not_processed.petition.total", "上海市府办2025年按信访投诉类不予处理的有多少件？"), ("sh25", "r.not_processed.duplicate.total", "重复申请呢？")]),
        ("en", [("sh25", "a.review.total", "How many disclosure reconsiderations did the Shanghai General Office have in 2025?"), ("sh25", "a.litigation_direct.total", "and direct lawsuits that year?")]),
        ("zh", [("hz24", "a.review.total", "洪泽区2024年行政复议有几件？"), ("hz24", "a.litigation_direct.total", "直接打官司的呢")]),
        ("en", [("kw", "c.normative_docs.issued", "STCSM 2024 - normative documents newly issued?"), ("kw", "c.normative_docs.in_force", "and how many are in force?")]),
        ("zh", [("ha", "c.normative_docs.issued", "淮安市政府2024年新制发规范性文件多少件？"), ("ha", "c.normative_docs.in_force", "现行有效的有多少？"), ("ha", "c.regulations.in_force", "规章现行有效的呢？")]),
        ("en", [("ha", "r.withheld.admin_query.total", "Huai'an 2024: requests withheld as administrative queries?"), ("ha", "r.withheld.third_party.total", "and the third-party-rights ones?")]),
        ("zh", [("sy", "c.licensing.decisions", "沭阳县2025年行政许可决定是多少？"), ("ha", "c.licensing.decisions", "淮安市2024年的呢？")]),
        ("en", [("sy", "r.carried_forward.total", "Shuyang County 2025: requests carried into the next year?"), ("ha", "r.carried_forward.total", "Huai'an for 2024?")]),
        ("zh", [("hz23", "r.partially_granted.total", "洪泽区2023年部分公开的申请有多少？"), ("hz23", "r.granted.total", "全部公开的呢？")]),
        ("en", [("ha", "r.received.commercial", "Huai'an 2024: new requests filed by businesses?"), ("ha", "r.received.legal_services", "From legal-service bodies?"), ("sy", "r.received.legal_services", "Shuyang County, 2025, same category?")]),
        ("zh", [("ha", "a.litigation_after_review.upheld", "淮安市2024年复议后又起诉、结果维持的有几件？"), ("ha", "a.litigation_after_review.pending", "还没审结的呢？")]),
        ("en", [("sy", "c.punishment.decisions", "Shuyang 2025 penalty decisions?"), ("sy", "c.coercion.decisions", "coercion decisions?")]),
        ("zh", [("jx", "r.not_processed.petition.total", "涧西区2020年被认定为信访类不予处理的有几件？"), ("ha", "r.not_processed.petition.total", "淮安市2024年呢？")]),
        ("en", [("sh19", "c.procurement.amount", "Shanghai's general office 2019: government procurement amount (in 10k yuan)?"), ("sh19", "c.procurement.projects", "and the number of projects?")]),
        ("zh", [("sy", "r.withheld.process_info.total", "沭阳县政府2025年因过程性信息不公开的有几件？"), ("sy", "r.withheld.internal_affairs.total", "内部事务信息的呢？")]),
    ]
    out = []
    for lang, turns in f:
        ts = []
        for b, k, q in turns:
            kw = {"unit": "万元"} if k in ("c.procurement.amount", "c.fees.amount") else {}
            ts.append((q, E(b, k, **kw)))
        out.append(F(lang, ts, "[followup] switches year, body, row or column"))
    return out


UZH = [
    ("我2024年3月给淮安市政府递过一份申请，问我家老房子拆迁补偿标准，到现在也没回音。我那份申请是被算进结转到2025年的103件里了吗？", "one person's own request; the report gives no per-request status"),
    ("我叫王建国，2023年向洪泽区政府申请公开村里土地流转合同，结果被告知不掌握。年报里那10件“不掌握”里有我那件吗？", "named person's own case; no per-request data"),
    ("淮安市2024年复议纠正的那64件，具体都是哪些部门的案子？", "department breakdown of corrected reviews not printed"),
    ("沭阳县2025年的申请里，男性申请人和女性申请人各占多少？", "breakdown by sex not printed"),
    ("上海市府办2025年新收的1295件申请，按月份分，哪个月最多？", "monthly breakdown not printed"),
    ("淮安市政府2024年平均多少个工作日答复一件申请？", "response days not stated"),
    ("洪泽区政府2024年负责信息公开的工作人员有几个人？", "staff number not stated"),
    ("涧西区政府办2020年做信息公开花了多少钱，预算是多少？", "cost/budget not stated"),
    ("沭阳县2025年申请人对答复的满意度是多少？", "satisfaction not measured in the report"),
    ("上海市政府办公厅2019年接到过多少个咨询信息公开的电话？", "phone calls not stated"),
    ("淮安市2024年有769件答复“本机关不掌握”，为什么这么多？原因是什么？", "reason behind the count not stated"),
    ("你觉得沭阳县2025年复议被纠正10件算多吗？", "opinion"),
    ("洪泽区政府2023年信息公开工作做得好不好？给打个分", "judgement"),
    ("预测一下淮安市2025年会收到多少件信息公开申请", "forecast"),
    ("上海市府办2026年计划主动公开多少件规章？", "plan/forecast not in the corpus"),
    ("南京市政府2024年收到了多少件信息公开申请？", "body not in the corpus"),
    ("宿迁市2025年的行政复议案件数是多少？", "body not in the corpus"),
    ("洪泽区2022年予以公开的申请有几件？", "year not in the corpus"),
    ("沭阳县政府2024年行政许可决定数量是多少？", "year not in the corpus"),
    ("浦东新区2024年政府信息公开年报里的不予公开数是多少？", "body not in the corpus"),
    ("淮安市2024年的3119件申请里，来自清江浦区的有多少？", "district breakdown not printed"),
    ("沭阳县2025年的申请，分乡镇统计各是多少件？哪个镇最多？", "township breakdown not printed"),
    ("上海市科委2024年的34件申请，主要是问什么主题的？每个主题几件？", "topic breakdown not printed"),
    ("淮安市2024年网上申请和信函申请各多少件？", "channel breakdown not printed"),
    ("我公司是一家做建材的企业，2025年在沭阳申请过招投标信息。企业申请里那几件，涉及建筑行业的是几件？", "industry breakdown not printed; own case"),
    ("上海市府办2025年申请人里外地户籍的占多少？", "residence breakdown not printed"),
    ("上海市政府办公厅2019年有多少申请人是外国人？", "nationality not printed"),
    ("淮安市2024年申请人里60岁以上的老年人有多少？", "age breakdown not printed"),
    ("我邻居李秀英2024年在洪泽区申请低保名单被拒了，她的申请为什么被拒？", "named person's case; personal data"),
    ("能告诉我淮安市2024年那13件行政诉讼维持案件的原告名字吗？", "personal data"),
    ("上海市府办2025年的申请人里，谁提交的申请最多？给个名字", "personal data"),
    ("沭阳县2025年那条播放量破亿的视频，是哪个部门拍的，拍摄花了多少钱？", "department and cost not stated"),
    ("淮安市2024年第二季度收到了多少件申请？", "quarterly breakdown not printed"),
    ("洪泽区2024年每件申请从受理到答复最长用了多少天？", "response days not stated"),
    ("上海市科委2024年的微信公众号有1016823人关注，其中上海本地用户多少？", "residence breakdown of followers not stated"),
    ("淮安市2024年收的3940元信息处理费，是从哪几个申请人那里收的？每人多少？", "per-applicant/personal data not stated"),
    ("涧西区2020年的17件申请里，有多少是关于征地拆迁的？", "topic breakdown not printed"),
    ("上海市府办2025年的申请人撤回了157件，他们为什么撤回？", "reasons not stated"),
    ("淮安市2024年的政务新媒体95个里，哪个号粉丝最多？有多少粉丝？", "not stated"),
    ("沭阳县2025年信息公开工作全省排第几名？", "ranking/judgement not in the report"),
    ("清江浦区2024年依申请公开收到多少件？", "body not in the corpus"),
    ("上海市政府办公厅2022年受理了多少件申请？", "year not in the corpus"),
    ("2020年涧西区申请人的性别比例是多少？", "sex breakdown not printed"),
    ("淮安市2024年的行政复议351件，平均每件审了多少天？", "duration not stated"),
]
UEN = [
    ("My father asked the Huai'an government in 2024 for the resettlement list of his village and got a partial answer. Was his request one of the 454 partly granted, and what was left out?", "one person's own request"),
    ("I'm Zhang Wei; I sued Shuyang County in 2025 over a refused request. Did my case count among the upheld ones, and when will it be decided?", "named person's own case"),
    ("Huai'an corrected 64 reconsideration cases in 2024 - which departments were they against?", "department breakdown not printed"),
    ("Of Shanghai General Office's 513 'not held' answers in 2025, how many came from women?", "sex breakdown not printed"),
    ("In which month of 2024 did Hongze District receive the most disclosure requests?", "monthly breakdown not printed"),
    ("What was the average response time, in days, for requests to Shuyang County in 2025?", "response days not stated"),
    ("How many staff worked on information disclosure at the Shanghai science commission in 2024?", "staff not stated"),
    ("What did Huai'an spend on its disclosure work in 2024, and what was the budget?", "cost/budget not stated"),
    ("How satisfied were applicants with Hongze District's answers in 2023 - any satisfaction score?", "satisfaction not stated"),
    ("How many phone enquiries about disclosure did Jianxi District take in 2020?", "phone calls not stated"),
    ("Why did Huai'an see 105 requests withheld as administrative queries in 2024? What caused it?", "reason not stated"),
    ("Is 1295 new requests in 2025 a lot for the Shanghai General Office? Good or bad?", "opinion"),
    ("Did Shuyang County do a good job on disclosure in 2025, in your view?", "judgement"),
    ("How many requests will Hongze District get in 2025? Give me your forecast.", "forecast"),
    ("What is Huai'an's target for proactive disclosure items in 2026?", "plan not in the corpus"),
    ("How many disclosure requests did Suzhou city receive in 2024?", "body not in the corpus"),
    ("What were the Shanghai science commission's reconsideration figures for 2023?", "year not in the corpus"),
    ("Give me Jianxi District's 2021 count of requests granted in full.", "year not in the corpus"),
    ("How many requests did the Pudong New Area government receive in 2025?", "body not in the corpus"),
    ("Break down Huai'an's 2024 requests by county or district - which one sent the most?", "district breakdown not printed"),
    ("Which township in Shuyang had the most applicants in 2025?", "township breakdown not printed"),
    ("What topics did the 95 requests Hongze handled in 2024 cover, by count?", "topic breakdown not printed"),
    ("How many of Shanghai General Office's 2019 requests were filed online versus by post?", "channel breakdown not printed"),
    ("The 36 business requests Shanghai's general office got in 2025 - which industries were they from?", "industry breakdown not printed"),
    ("How many applicants to Huai'an in 2024 lived outside Jiangsu?", "residence not printed"),
    ("Were any of Shanghai General Office's 2025 applicants foreign nationals? How many?", "nationality not printed"),
    ("How many applicants under 30 did Shuyang County have in 2025?", "age breakdown not printed"),
    ("My neighbour Chen Li applied to Hongze District in 2023 about her pension records. Can you tell me what she was told?", "personal data"),
    ("Who were the plaintiffs in Huai'an's 26 direct lawsuits of 2024?", "personal data"),
    ("Give me the name of the person who filed the most requests with the Shanghai General Office in 2019.", "personal data"),
    ("Shuyang posted 52 viral items in 2025 - which one had the most shares and how many?", "not stated"),
    ("How many requests did Huai'an receive in the fourth quarter of 2024?", "quarterly breakdown not printed"),
    ("How long did Shanghai's general office take on average to settle a reconsideration case in 2025?", "duration not stated"),
    ("Huai'an charged 3940 yuan in processing fees in 2024 - from how many applicants, and who paid the most?", "per-applicant data not stated"),
    ("Why were 31 requests at Shuyang still open at the end of 2025?", "reason not stated"),
    ("How many men and how many women applied to the Shanghai science commission in 2024?", "sex breakdown not printed"),
    ("Which department of Shanghai handled the 55 reconsiderations counted for 2025?", "department breakdown not printed"),
    ("Is Hongze's 2024 figure of 2776 penalty decisions high compared with other districts?", "opinion; other bodies not in the corpus"),
    ("What will Shuyang County's licensing decisions be in 2026?", "forecast"),
    ("How many requests did Yangzhou city's government receive in 2023?", "body not in the corpus"),
    ("How many disclosure requests reached the Huai'an government in 2022?", "year not in the corpus"),
    ("My request to Jianxi District in 2020 was still pending at year end. Was it one of the 2 still being handled, and who was the officer?", "own case; personal data"),
]


def unanswerable():
    out = [U("zh", q, w, "[cannot] looks answerable; must get no number") for q, w in UZH]
    out += [U("en", q, w, "[cannot] looks answerable; must get no number") for q, w in UEN]
    return out


def CONVERSATIONS():
    p = plain()
    keep = [c for i, c in enumerate(p) if i % 3 != 2]  # a spread of about two thirds
    return keep + sums() + diffs() + ranks() + traps() + narratives() + followups() + unanswerable()
