"""Question bank of blind set 144 (all wordings newly written for this set).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations look answerable but must get no number.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib144 as L  # noqa: E402
from helpers144 import C, E, EN, EU, ED, ER, V, T, S, N, U, D, R, F, val  # noqa: E402,F401

# printed cells of the three reports without gold (row label / anchor, index)
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
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
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

ZH = {"ha": ("淮安市政府", "淮安"), "hz23": ("洪泽区政府", "洪泽"), "hz24": ("洪泽区政府", "洪泽"),
      "sy": ("沭阳县政府", "沭阳"), "kw": ("上海市科委", "上海科委"), "sh25": ("上海市府办", "上海市政府办公厅"),
      "sh19": ("上海市政府办公厅", "上海市府办"), "jx": ("涧西区政府办", "涧西区")}
EN_ = {"ha": ("Huai'an city government", "Huaian"), "hz23": ("Hongze District", "Hongze"),
       "hz24": ("Hongze District", "Hongze"), "sy": ("Shuyang County", "Shuyang"),
       "kw": ("the Shanghai science commission", "STCSM"), "sh25": ("the Shanghai General Office", "Shanghai's general office"),
       "sh19": ("the Shanghai General Office", "Shanghai's general office"), "jx": ("Jianxi District", "the Jianxi district office")}


def y(b):
    return L.BODIES[b][1]


def zh(b, i=0):
    return ZH[b][i]


def en(b, i=0):
    return EN_[b][i]


# ---------------------------------------------------------------- [plain]
# (key, zh wording with {b}{y}, en wording with {b}{y}, bodies)
PLAIN = [
    ("r.received.total", "{b}{y}年一共新接到多少份信息公开申请？", "How many fresh disclosure requests reached {b} in {y}?",
     ["ha", "hz23", "jx", "sh19", "sh25"]),
    ("r.granted.total", "{y}年{b}把申请的信息全部给出去的有几件？", "In {y}, how many requests did {b} answer by handing over everything asked for?",
     ["ha", "sy", "jx", "hz24", "sh25"]),
    ("r.unable.not_held.total", "{b}{y}年答复“我们没有这份信息”的申请有多少？", "How many times in {y} did {b} reply that it simply did not hold the information?",
     ["ha", "sy", "hz23", "hz24", "sh25"]),
    ("r.carried_forward.total", "{b}{y}年没办完、留到下一年接着办的申请有几件？", "How many requests did {b} leave unfinished at the end of {y}, to be handled the next year?",
     ["ha", "sy", "sh19", "sh25"]),
    ("a.review.total", "{y}年针对{b}信息公开的行政复议一共多少起？", "Total administrative reconsideration cases over {b}'s disclosure work in {y}?",
     ["ha", "sy", "sh19", "jx", "sh25"]),
    ("c.licensing.decisions", "{b}{y}年行政许可作了多少个决定？", "How many licensing decisions did {b} make in {y}?",
     ["ha", "hz23", "sy", "hz24", "kw"]),
    ("c.punishment.decisions", "{y}年{b}的行政处罚决定数是多少？", "Number of administrative penalty decisions recorded by {b} for {y}?",
     ["ha", "hz23", "sy", "hz24"]),
    ("r.partially_granted.total", "{b}{y}年只公开了一部分内容的申请有几件？", "How many requests did {b} answer only in part in {y}?",
     ["ha", "hz23", "sy"]),
    ("r.total_processed.total", "{b}{y}年答复办结的申请总共多少件？", "All told, how many requests did {b} finish answering in {y}?",
     ["ha", "sy", "jx", "sh19", "kw"]),
    ("r.carried_over.total", "{b}{y}年从上一年接过来的旧申请有多少？", "How many older requests did {b} inherit from the year before {y}?",
     ["ha", "sy", "sh19", "sh25"]),
    ("a.litigation_direct.total", "{y}年有多少人没走复议、直接把{b}告上法院（信息公开类）？", "In {y}, how many disclosure lawsuits went straight to court against {b} without reconsideration first?",
     ["ha", "sy", "sh19", "sh25"]),
    ("r.not_processed.petition.total", "{b}{y}年有几件申请被认定是信访投诉类、没按信息公开处理？", "How many filings did {b} treat as petitions or complaints rather than disclosure requests in {y}?",
     ["ha", "sy", "sh25"]),
    ("r.unable.needs_creation.total", "{b}{y}年因为要重新另做材料而没提供的有几件？", "How many requests in {y} did {b} decline because the information would have had to be newly compiled?",
     ["ha", "hz23", "sh25"]),
    ("c.normative_docs.in_force", "截至{y}年底{b}还在生效的规范性文件有多少件？", "How many normative documents of {b} were still in force at the end of {y}?",
     ["ha", "sy", "hz24", "kw"]),
    ("r.withheld.admin_query.total", "{b}{y}年把多少件申请当成“行政查询事项”不予公开？", "How many requests did {b} refuse in {y} as administrative look-up matters?",
     ["ha", "sy"]),
]
MONEY_PLAIN = [
    ("c.fees.amount", "{b}{y}年行政事业性收费金额是多少（万元）？", "What did {b} take in from administrative fees in {y}, in 10,000 yuan?",
     ["ha", "hz23", "sy", "hz24"]),
    ("c.procurement.amount", "{b}{y}年政府集中采购的金额是多少万元？", "How much did {b} spend through centralized procurement in {y} (10k yuan)?",
     ["jx", "sh19"]),
]


def plain():
    out = []
    i = 0
    for key, qz, qe, bodies in PLAIN + MONEY_PLAIN:
        kw = {"unit": "万元"} if "amount" in key else {}
        for b in bodies:
            i += 1
            lang = "zh" if i % 2 else "en"
            if lang == "zh":
                q = qz.format(b=zh(b, (i // 2) % 2), y=y(b))
            else:
                q = qe.format(b=en(b, (i // 2) % 2), y=y(b))
            out.append(V(lang, b, key, q, "[plain] table value, everyday wording", **kw))
    return out


# ---------------------------------------------------------------- [combine]
def combine():
    o = []
    o.append(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开加部分公开，合起来多少件？", "[combine] sum of 2 cells"))
    o.append(S("en", "ha", ["r.granted.total", "r.partially_granted.total"], "For Huai'an in 2024, add up the requests released in full and those released in part.", "[combine] sum of 2 cells"))
    o.append(S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年“无法提供”三种情形加在一起是多少？", "[combine] sum of 3 cells"))
    o.append(S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Shuyang County 2025: total requests it could not provide for, across the three reasons listed?", "[combine] sum of 3 cells"))
    o.append(S("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "2024年淮安复议、直接诉讼、复议后诉讼三类案子加起来多少？", "[combine] sum of 3 cells"))
    o.append(S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: reconsiderations plus both kinds of lawsuits, combined?", "[combine] sum of 3 cells"))
    o.append(S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定数合计？", "[combine] sum of 3 cells"))
    o.append(S("en", "ha", ["c.licensing.decisions", "c.coercion.decisions"], "Huai'an 2024: licensing decisions plus coercive-measure decisions, together?", "[combine] sum of 2 cells"))
    o.append(S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县政府2025年信访类和重复申请这两种不予处理的，一共几件？", "[combine] sum of 2 cells"))
    o.append(S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: sum every one of the eight refusal grounds.", "[combine] sum of 8 cells"))
    o.append(S("zh", "jx", ["r.received.total", "r.carried_over.total"], "涧西区政府办2020年新收申请加上年结转，一共要处理多少件？", "[combine] sum of 2 cells"))
    o.append(S("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019: reconsiderations plus direct lawsuits, how many together?", "[combine] sum of 2 cells"))
    o.append(S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total"], "淮安市2024年逾期不补正、逾期不缴费、其他处理、信访类、重复申请这五项加总是多少？", "[combine] sum of 5 cells"))
    o.append(D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定，2024年比2023年多了还是少了多少？（用2024减2023）", "[combine] 2024 minus 2023"))
    o.append(D("en", "hz23", "hz24", "c.licensing.decisions", "Hongze's licensing decisions: change from 2023 to 2024 (2024 minus 2023)?", "[combine] 2024 minus 2023"))
    o.append(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复数，2024年相对2023年变化了多少？", "[combine] 2024 minus 2023"))
    o.append(D("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze District's coercive-measure decisions change between 2023 and 2024?", "[combine] 2024 minus 2023"))
    o.append(D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅本年新收申请，2025年比2019年增加了多少件？", "[combine] 2025 minus 2019"))
    o.append(D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office, requests carried into the next year: 2025 figure minus 2019 figure?", "[combine] 2025 minus 2019"))
    o.append(D("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议，2019年到2025年增加了几件？", "[combine] 2025 minus 2019"))
    o.append(D("en", "hz23", "hz24", "c.fees.amount", "Hongze District's administrative fee income: 2024 minus 2023, in 10,000 yuan?", "[combine] 2024 minus 2023", unit="万元"))
    return o


# ---------------------------------------------------------------- [rank]
def rank():
    o = []
    o.append(R("zh", ["ha", "sy", "jx"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、涧西区2020年，哪家新收申请最多？", "[rank] desc"))
    o.append(R("en", ["hz23", "sy", "sh19"], "r.received.total", "asc", "Fewest new requests: Hongze 2023, Shuyang 2025 or the Shanghai General Office 2019?", "[rank] asc"))
    o.append(R("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc", "淮安2024、洪泽2023、沭阳2025、涧西2020，“本机关不掌握”最少的是哪个？", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "Which saw the most reconsideration cases: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转到下一年的申请，淮安市2024年、沭阳县2025年、上海市府办2019年谁最少？", "[rank] asc"))
    o.append(R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Most penalty decisions among Huai'an (2024), Hongze (2023) and Shuyang (2025)?", "[rank] desc"))
    o.append(R("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc", "行政许可决定数，淮安2024年、洪泽2023年、沭阳2025年哪个最少？", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "jx", "sh19"], "r.total_processed.total", "desc", "Rank by requests closed: Huai'an 2024, Shuyang 2025, Jianxi 2020, Shanghai General Office 2019 — who tops it?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转申请，淮安2024、沭阳2025、上海市府办2019哪个最多？", "[rank] desc"))
    o.append(R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Fewest coercive-measure decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?", "[rank] asc"))
    return o


# ---------------------------------------------------------------- [followup]
def followup():
    o = []
    yr = [("zh", "c.licensing.decisions", "洪泽区2023年行政许可决定多少个？", "那2024年这个数变成多少了？"),
          ("en", "c.punishment.decisions", "Hongze District penalty decisions in 2023?", "And for 2024?"),
          ("zh", "r.unable.not_held.total", "洪泽2023年答复不掌握信息的有几件？", "到了24年是多少？"),
          ("en", "c.coercion.decisions", "Coercive-measure decisions, Hongze, 2023?", "Same thing, 2024?"),
          ("zh", "c.normative_docs.in_force", "洪泽区政府2023年现行有效的规范性文件几件？", "那2024年的呢？"),
          ("en", "c.fees.amount", "Hongze's administrative fee total for 2023, in 10,000 yuan?", "Now give me 2024.")]
    for lang, k, q1, q2 in yr:
        kw = {"unit": "万元"} if "amount" in k else {}
        o.append(F(lang, [(q1, E("hz23", k, **kw)), (q2, E("hz24", k, **kw))], "[followup] year switch"))
    yr2 = [("zh", "r.received.total", "上海市府办2019年新收了多少申请？", "2025年呢？"),
           ("en", "r.carried_forward.total", "Shanghai General Office, requests carried forward at the end of 2019?", "Same for 2025, please."),
           ("zh", "a.review.total", "上海市政府办公厅2019年被申请复议几次？", "换成2025年看看"),
           ("en", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office in 2019?", "How about 2025?"),
           ("zh", "r.carried_over.total", "上海市府办2019年上年结转的申请几件？", "二〇二五年的呢？")]
    for lang, k, q1, q2 in yr2:
        o.append(F(lang, [(q1, E("sh19", k)), (q2, E("sh25", k))], "[followup] year switch"))
    body = [("zh", "r.granted.total", "ha", "sy", "淮安市2024年予以公开的申请多少件？", "沭阳县2025年这一栏是多少？"),
            ("en", "r.unable.not_held.total", "sy", "ha", "Shuyang 2025: 'information not held' replies?", "Huai'an 2024, same row?"),
            ("zh", "c.licensing.decisions", "ha", "kw", "淮安2024年行政许可决定数？", "上海科委2024年呢？"),
            ("en", "c.normative_docs.in_force", "sy", "kw", "Shuyang 2025 normative documents in force?", "Switch to STCSM, 2024."),
            ("zh", "r.received.total", "jx", "hz23", "涧西区2020年新收申请几件？", "洪泽区2023年呢？"),
            ("en", "a.review.total", "ha", "sh25", "Huai'an's reconsideration cases in 2024?", "The Shanghai General Office in 2025?"),
            ("zh", "r.carried_forward.total", "sy", "sh25", "沭阳2025年结转下年度的申请几件？", "上海市府办2025年呢？"),
            ("en", "c.punishment.decisions", "ha", "sy", "Penalty decisions, Huai'an 2024?", "Shuyang in 2025?")]
    third = {0: ("jx", "涧西区2020年的同一行呢？"), 1: ("jx", "Jianxi District office, 2020?"),
             2: ("sy", "再看沭阳县2025年的。"), 4: ("sy", "沭阳县2025年呢？"),
             5: ("sy", "And Shuyang County for 2025?"), 6: ("ha", "淮安市2024年的呢？"),
             7: ("hz23", "Hongze District, 2023?")}
    for n, (lang, k, b1, b2, q1, q2) in enumerate(body):
        turns = [(q1, E(b1, k)), (q2, E(b2, k))]
        if n in third:
            b3, q3 = third[n]
            turns.append((q3, E(b3, k)))
        o.append(F(lang, turns, "[followup] body switch"))
    rows = [("zh", "ha", ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total"],
             ["淮安市2024年予以公开的有多少件？", "部分公开的呢？", "不掌握信息的呢？"]),
            ("en", "sy", ["r.granted.total", "r.withheld.internal_affairs.total"],
             ["Shuyang 2025, requests granted in full?", "And refused as internal affairs?"]),
            ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             ["沭阳县2025年行政复议多少件？", "直接起诉的呢？", "复议后又起诉的呢？"]),
            ("en", "ha", ["c.regulations.in_force", "c.normative_docs.in_force"],
             ["Huai'an 2024: municipal regulations in force?", "And normative documents in force?"]),
            ("zh", "hz23", ["r.partially_granted.total", "r.unable.needs_creation.total"],
             ["洪泽区2023年部分公开的几件？", "需要另行制作的呢？"]),
            ("en", "jx", ["r.granted.total", "r.unable.not_held.total", "r.carried_forward.total"],
             ["Jianxi District office 2020, requests granted in full?", "Not held?", "Carried into the next year?"]),
            ("zh", "sh25", ["r.received.total", "r.not_processed.petition.total"],
             ["上海市府办2025年新收申请多少？", "其中按信访举报投诉类不予处理的呢？"]),
            ("en", "kw", ["r.received.natural_person", "r.received.commercial"],
             ["STCSM 2024: new requests from private individuals?", "From businesses?"]),
            ("zh", "ha", ["r.received.natural_person", "r.received.legal_services"],
             ["淮安2024年自然人新提的申请多少件？", "律所等法律服务机构的呢？"]),
            ("en", "sy", ["c.licensing.decisions", "c.coercion.decisions"],
             ["Shuyang County 2025 licensing decisions?", "Coercion decisions?"]),
            ("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"],
             ["上海市政府办公厅2019年制作规章几件？", "规范性文件呢？"]),
            ("en", "ha", ["a.review.upheld", "a.review.corrected"],
             ["Huai'an 2024: reconsiderations where the decision was upheld?", "And corrected?"])]
    for lang, b, keys, qs in rows:
        o.append(F(lang, [(q, E(b, k)) for q, k in zip(qs, keys)], "[followup] row/column switch"))
    return o


# ---------------------------------------------------------------- [textonly]
NARR = [
    ("ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市政府2024年出了几期政府公报？", None),
    ("ha", "新闻发布会 12", 12, "场", None, "How many press conferences did the Huai'an city government hold in 2024?"),
    ("ha", "在运维政务新媒体", 95, "个", "截至2024年，淮安全市在运维的政务新媒体有多少个？", None),
    ("ha", "组织 4 次", 4, "次", None, "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"),
    ("ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少元信息处理费？", None),
    ("ha", "政策解读21", 21, "个", None, "How many policy explainers did Huai'an produce in 2024?"),
    ("hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息？", None),
    ("hz24", "主动发布各类政府信息 2428", 2428, "条", None, "How many items did Hongze District post proactively on its website in 2024?"),
    ("hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？", None),
    ("sy", "主动公开政府信息4511", 4511, "条", None, "How many items did Shuyang County publish on its portal in 2025?"),
    ("sy", "开展意见征集9", 9, "期", "沭阳县政府网站2025年开展了几期意见征集？", None),
    ("sy", "发布信息3044", 3044, "条", None, "How many items did Shuyang's county departments post on their disclosure pages in 2025?"),
    ("sy", "专栏33", 33, "个", "沭阳2025年政务新媒体开设了多少个专栏？", None),
    ("sy", "策采相关新闻稿件2606", 2606, "篇", None, "How many news pieces did Shuyang's new-media accounts write in 2025?"),
    ("sy", "涌现爆款内容52", 52, "条", "2025年沭阳有多少条爆款内容？", None),
    ("sy", "64家单位", 64, "家", None, "How many units' annual disclosure reports did Shuyang publish together in 2025?"),
    ("sy", "催办提示 84", 84, "次", "沭阳县2025年发出过多少次催办提示？", None),
    ("sy", "办前主动沟通 49", 49, "次", None, "How many times did Shuyang reach out to applicants before answering in 2025?"),
    ("sy", "清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息？", None),
    ("sy", "共办理相关案件 74", 74, "件", None, "How many review and lawsuit cases did Shuyang County handle in total in 2025, per the narrative?"),
    ("kw", "集成式发布政策 121", 121, "条", "上海市科委2024年集成式发布了多少条政策？", None),
    ("kw", "日常报送惠企政策 83", 83, "条", None, "How many business-support policies did the Shanghai science commission report routinely in 2024?"),
    ("kw", "全年累计发布信息 2139", 2139, "条", "“上海科技”网站2024年一共发布多少条信息？", None),
    ("kw", "直播 118", 118, "场", None, "How many live streams did STCSM run in 2024?"),
    ("sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会？", None),
    ("sh25", "新闻发布会 42", 42, "场", None, "How many municipal press conferences were held in Shanghai in 2025 according to the general office report?"),
    ("sh25", "编辑《上海市人民政府公报》24", 24, "期", "上海市府办2025年编了多少期市政府公报？", None),
    ("sh25", "覆盖 10 个语种", 10, "个", None, "How many languages did the Shanghai international services portal cover in 2025?"),
    ("sh25", "申请人主动撤回 157", 157, "件", "上海市政府办公厅2025年有多少件申请是申请人自己撤回的？", None),
    ("jx", "设置26个试点领域", 26, "个", None, "How many pilot areas did Jianxi District set up in 2020?"),
]


def textonly():
    o = []
    for b, kw, v, unit, qz, qe in NARR:
        if qz:
            o.append(N("zh", b, kw, v, unit, qz, "[textonly] number stated only in the narrative"))
        else:
            o.append(N("en", b, kw, v, unit, qe, "[textonly] number stated only in the narrative"))
    return o


# ---------------------------------------------------------------- [neighbour]
def neighbour():
    o = []
    o.append(T("zh", "ha", "r.carried_forward.total", "淮安2024年转到下一年继续办的申请几件？（不是从上年转来的）", "[neighbour] 结转下年 vs 上年结转"))
    o.append(T("en", "sy", "r.carried_over.total", "Shuyang 2025: requests brought in from the previous year (not the ones pushed to the next)?", "[neighbour] 上年结转 vs 结转下年"))
    o.append(T("zh", "ha", "a.litigation_after_review.total", "淮安市2024年先复议、再起诉的信息公开诉讼有几件？", "[neighbour] 复议后起诉 vs 直接起诉"))
    o.append(T("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an abolish in 2024 (abolished, not newly issued)?", "[neighbour] 废止 vs 制发"))
    o.append(T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年需要另行制作而无法提供的几件？不是不掌握的那行。", "[neighbour] 另行制作 vs 不掌握"))
    o.append(T("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: refusals because the material was still process information (not internal affairs)?", "[neighbour] 过程性信息 vs 内部事务"))
    o.append(T("zh", "ha", "r.partially_granted.total", "淮安2024年部分公开的，不是全部公开的，几件？", "[neighbour] 部分公开 vs 予以公开"))
    o.append(T("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019: number of procurement projects (the count, not the money)?", "[neighbour] 采购项目数 vs 金额"))
    o.append(T("zh", "ha", "r.received.legal_services", "淮安市2024年法律服务机构提出的新申请几件（不是商业企业）？", "[neighbour] 法律服务机构 vs 商业企业"))
    o.append(T("en", "sy", "c.normative_docs.issued", "Shuyang County 2025: normative documents newly issued that year, not those in force?", "[neighbour] 制发 vs 现行有效"))
    return o


# ---------------------------------------------------------------- [cannot]
def cannot():
    o = []
    W = "[cannot] looks answerable; the reports hold no such number"
    # stories about one person's own request
    stories_zh = [
        "我2024年3月向淮安市政府申请公开我家拆迁补偿的材料，到现在没回音。我的那件申请办到哪一步了？",
        "我叔叔2023年给洪泽区政府写信要过土地征收的批文，被拒了。他那件是按哪一条被拒的？",
        "我2025年在沭阳县递交过一份关于学校食堂的申请，答复说不掌握。能查到我的答复编号吗？",
        "2019年我向上海市政府办公厅申请过一份会议纪要，后来去复议了。我那件复议结果是什么？",
        "我邻居张建国2024年向淮安市政府申请过信息公开，他收了多少信息处理费？",
        "涧西区2020年有个叫李桂芳的人申请了低保名单，她拿到了吗？",
        "我公司2025年向上海市府办申请过招投标资料，被算进“其他处理”了吗？",
        "2024年我在上海市科委申请过项目评审专家名单，那件答复用了几天？",
        "我2025年在沭阳县被收了信息处理费，那380元是不是就是我交的？我叫王磊。",
        "淮安2024年复议纠正的那64件里，有没有我丈夫陈明的那件？",
        "我2023年在洪泽区申请的事被答复“不掌握”，那10件不掌握里具体是哪10个人？",
        "沭阳县2025年播放量过亿的那条短视频，作者是谁、拍的是哪个村？",
    ]
    stories_en = [
        "I asked Huai'an for my late father's land-compensation file in June 2024 and got nothing. Where is my request now?",
        "My sister filed a request with Hongze District in 2023 about a road project and was refused. Which ground did they use for hers?",
        "I run a small shop and asked Shuyang County in 2025 for inspection records. Was my request among the 294 granted?",
        "In 2019 I sued the Shanghai General Office over a refused request. Was mine one of the 9 direct lawsuits, and did I lose?",
        "Mr. Zhou Hua asked the Shanghai science commission for grant data in 2024. What answer did he get?",
        "Of the 3940 yuan Huai'an collected in processing fees in 2024, how much did I, Liu Yang, pay?",
        "Among the 157 requests withdrawn at the Shanghai General Office in 2025, which applicants withdrew and why?",
        "A journalist named Wang Fang filed with Jianxi District in 2020. Is hers one of the 2 still being handled?",
        "My neighbour's request to Hongze District in 2024 was refused — what was its file number?",
        "Huai'an 2024: the 26 direct lawsuits — who were the plaintiffs?",
        "I applied to Shuyang County in 2025 about my hukou records; what's the home address on file for me?",
        "Could you give me the phone numbers of the people who filed the 17 requests with Jianxi District in 2020?",
    ]
    for q in stories_zh:
        o.append(U("zh", q, "one person's own request/case or personal data: not in any report", W))
    for q in stories_en:
        o.append(U("en", q, "one person's own request/case or personal data: not in any report", W))
    # breakdowns not printed; several quote a real printed number
    br_zh = [
        ("淮安市2024年收到的{v}件新申请，按月份分别是多少？", "ha", "r.received.total"),
        ("沭阳县2025年予以公开的{v}件里，男性申请人和女性申请人各多少？", "sy", "r.granted.total"),
        ("淮安2024年复议纠正的{v}件，分别是哪些部门的？", "ha", "a.review.corrected"),
        ("上海市府办2019年新收的{v}件申请，每个季度各多少？", "sh19", "r.received.total"),
        ("洪泽区2023年{v}件新申请里，通过网上平台提交的有几件，信函的有几件？", "hz23", "r.received.total"),
        ("沭阳县2025年{v}件行政处罚决定，按乡镇分是多少？", "sy", "c.punishment.decisions"),
        ("淮安市2024年{v}件不掌握信息的答复，各县区分别占多少？", "ha", "r.unable.not_held.total"),
        ("涧西区2020年{v}件申请里，60岁以上的申请人有几个？", "jx", "r.received.total"),
        ("淮安2024年行政许可{v}件，按行业分是怎样的？", "ha", "c.licensing.decisions"),
        ("沭阳2025年行政复议{v}件，涉及征地拆迁的有多少件？", "sy", "a.review.total"),
        ("上海市府办2019年{v}件复议里，按申请人户籍是本市还是外地分各几件？", "sh19", "a.review.total"),
        ("淮安市2024年自然人提出的{v}件申请中，外籍人士有多少？", "ha", "r.received.natural_person"),
        ("洪泽区2023年行政处罚{v}件，是哪几个部门作出的，各多少？", "hz23", "c.punishment.decisions"),
        ("沭阳县2025年结转下一年的{v}件申请，分别卡在哪个局？", "sy", "r.carried_forward.total"),
    ]
    br_en = [
        ("Huai'an 2024: break the {v} reconsideration cases down by month.", "ha", "a.review.total"),
        ("Shuyang 2025 granted {v} requests in full — how many of those came from women?", "sy", "r.granted.total"),
        ("Of the {v} new requests the Shanghai General Office got in 2019, how many arrived by post versus online?", "sh19", "r.received.total"),
        ("Hongze District's {v} penalty decisions in 2023: how many per township?", "hz23", "c.punishment.decisions"),
        ("Jianxi District 2020 received {v} requests — what topics were they about, topic by topic?", "jx", "r.received.total"),
        ("Huai'an 2024 had {v} requests from legal services firms; which law firms filed the most?", "ha", "r.received.legal_services"),
        ("Split Shuyang's {v} 'not held' answers in 2025 by department, please.", "sy", "r.unable.not_held.total"),
        ("Huai'an issued {v} coercive-measure decisions in 2024; how many were in the catering industry?", "ha", "c.coercion.decisions"),
        ("Of the {v} requests Huai'an closed in 2024, how many applicants were aged under 30?", "ha", "r.total_processed.total"),
        ("The Shanghai General Office carried {v} requests into the next year after 2019: which quarter were they filed in?", "sh19", "r.carried_forward.total"),
        ("Shuyang 2025: of the {v} partial releases, how many applicants lived outside the county?", "sy", "r.partially_granted.total"),
        ("Huai'an 2024's {v} penalty decisions — how many per district?", "ha", "c.punishment.decisions"),
        ("Hongze District 2023 answered {v} requests in part; what nationality were those applicants?", "hz23", "r.partially_granted.total"),
    ]
    for q, b, k in br_zh:
        o.append(U("zh", q.format(v=val(b, k)), "breakdown not printed in the report (quotes a real printed number)", W))
    for q, b, k in br_en:
        o.append(U("en", q.format(v=val(b, k)), "breakdown not printed in the report (quotes a real printed number)", W))
    # quantities not stated, reasons, forecasts, opinions
    misc_zh = [
        "淮安市政府2024年答复一件信息公开申请平均用几天？",
        "沭阳县2025年负责信息公开的工作人员有几个？",
        "洪泽区政府2023年信息公开工作花了多少经费？",
        "上海市府办2025年信息公开工作的预算是多少万元？",
        "涧西区2020年群众对信息公开的满意度是百分之几？",
        "淮安2024年信息公开热线接了多少个电话？",
        "上海市科委2024年为什么只收到34件申请？",
        "沭阳县2025年复议案件为什么这么多，原因是什么？",
        "洪泽区2024年申请量为什么变了？请说明原因。",
        "预计淮安市2025年会收到多少件信息公开申请？",
        "上海市府办2026年打算开多少场新闻发布会？",
        "沭阳县2025年受理749件申请，这算多吗？",
        "淮安市2024年信息公开做得好不好？给打个分。",
        "上海市政府办公厅2025年办结1191件，效率算高吗？",
        "南京市2024年收到多少件政府信息公开申请？",
        "洪泽区2022年行政许可决定有多少件？",
        "沭阳县2024年予以公开的申请多少件？",
        "浦东新区2025年行政复议有几件？",
        "涧西区2021年新收申请多少件？",
        "清江浦区2024年信息处理费收了多少元？",
        "宿迁市2025年政务新媒体有多少个？",
        "上海市科委2023年行政许可决定数是多少？",
    ]
    misc_en = [
        "How many days on average did Shuyang County take to answer a request in 2025?",
        "How many staff worked on disclosure at the Huai'an city government in 2024?",
        "What did Hongze District spend on its disclosure work in 2024, in yuan?",
        "What was the Shanghai science commission's 2024 budget for information disclosure?",
        "What satisfaction score did citizens give Shuyang County's disclosure work in 2025?",
        "How many hotline calls about disclosure did Jianxi District take in 2020?",
        "Why did Huai'an get so many reconsideration cases in 2024?",
        "What motivated the 157 applicants who withdrew their requests at the Shanghai General Office in 2025?",
        "How many requests will Hongze District receive in 2025?",
        "What is Shuyang County's target for press conferences in 2026?",
        "Huai'an had 351 reconsiderations in 2024 — is that a lot for a city its size?",
        "Did the Shanghai General Office do a good job in 2025, in your opinion?",
        "Was Jianxi District's 2020 completion rate good or bad compared with other districts?",
        "How many disclosure requests did Nanjing receive in 2024?",
        "What were Hongze District's licensing decisions in 2022?",
        "How many requests did the Shanghai General Office receive in 2022?",
        "Suqian city, 2025: how many reconsideration cases over disclosure?",
        "How many new requests did Shuyang County take in for 2024?",
        "Pudong New Area's penalty decisions in 2024?",
        "Jianxi District's 2021 requests carried over?",
        "Qingjiangpu District 2023: how many requests were granted?",
    ]
    for q in misc_zh:
        o.append(U("zh", q, "quantity, reason, forecast, opinion, or body/year not in the corpus", W))
    for q in misc_en:
        o.append(U("en", q, "quantity, reason, forecast, opinion, or body/year not in the corpus", W))
    return o


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
