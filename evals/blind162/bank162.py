"""Question bank of blind evaluation set 162 (evals/blind162). FROZEN like test.jsonl.

All wordings written new for this set. Emphasis: about a third of the conversations look
answerable but must get no number ([cannot]). Printed cells of the three reports without gold
(SPECS) are the cells blind6 verified, re-parsed from the report text by blindlib162.text_cell.
"""
import json
import os

import blindlib162 as L
from helpers162 import C, D, E, EN, EU, F, N, R, S, T, U, V

HERE = os.path.dirname(os.path.abspath(__file__))

# printed cells of the reports without gold: (kind, label, index) as verified in blind6
SPECS = {}
with open(os.path.join(os.path.dirname(HERE), "blind6", "text_cells.json"), encoding="utf-8") as _f:
    for _b, _r in json.load(_f).items():
        SPECS[_b] = {k: tuple(c["spec"]) for k, c in _r["cells"].items()}
L.TEXT_SPECS.update(SPECS)

ZH = {"ha": ["淮安市政府", "淮安"], "hz23": ["洪泽区政府", "洪泽"], "hz24": ["洪泽", "洪泽区"],
      "sy": ["沭阳县政府", "沭阳"], "sh19": ["上海市府办", "上海市政府办公厅"],
      "sh25": ["上海市政府办公厅", "上海市府办"], "kw": ["上海市科委", "上海科委"],
      "jx": ["涧西区政府办", "涧西区"]}
EN_ = {"ha": ["Huai'an city government", "Huaian"], "hz23": ["Hongze District", "Hongze"],
       "hz24": ["Hongze", "Hongze District"], "sy": ["Shuyang County", "Shuyang"],
       "sh19": ["the Shanghai General Office", "Shanghai's general office"],
       "sh25": ["Shanghai's general office", "the Shanghai General Office"],
       "kw": ["the Shanghai science commission", "STCSM"], "jx": ["Jianxi District", "Jianxi"]}
YR = {"ha": 2024, "hz23": 2023, "hz24": 2024, "sy": 2025, "sh19": 2019, "sh25": 2025,
      "kw": 2024, "jx": 2020}

# key -> (zh phrase, en phrase, extra expect kwargs)
P = {
    "c.licensing.decisions": ("一共批了多少件行政许可", "how many licensing decisions did they hand down"),
    "c.punishment.decisions": ("开出的行政处罚决定有几件", "what was the count of penalty decisions"),
    "c.coercion.decisions": ("行政强制决定做了多少", "how many coercive-measure decisions were taken"),
    "c.fees.amount": ("行政事业性收费收了多少万元", "how much did administrative fees bring in (in 10,000 yuan)"),
    "c.normative_docs.in_force": ("手上还有效的行政规范性文件有几件", "how many normative documents were still valid at year end"),
    "c.normative_docs.repealed": ("当年作废的规范性文件几件", "how many normative documents got scrapped"),
    "c.normative_docs.issued": ("新发了几件规范性文件", "how many new normative documents came out"),
    "r.granted.total": ("申请里整份给公开的有多少", "how many requests were answered with full disclosure"),
    "r.partially_granted.total": ("只给了一部分信息的申请有多少", "how many requests got only part of the information"),
    "r.unable.not_held.total": ("因为机关手里没有这条信息而答复不了的", "how many requests failed because the office simply did not hold the info"),
    "r.unable.needs_creation.total": ("要重新加工制作才有、所以没提供的申请", "how many were refused because the info would have to be newly compiled"),
    "r.not_processed.petition.total": ("被认定为信访举报投诉、没按公开申请处理的", "how many were treated as complaints or petitions rather than disclosure requests"),
    "r.carried_forward.total": ("办不完留到下一年接着办的申请", "how many requests rolled over into the following year"),
    "a.review.total": ("因信息公开被申请行政复议的总数", "how many reconsideration cases over disclosure were there in total"),
    "a.litigation_direct.total": ("没走复议、直接打官司的案子", "how many lawsuits went straight to court without reconsideration"),
    "r.withheld.admin_query.total": ("当作行政查询事项不予公开的", "how many were turned down as mere administrative look-ups"),
    "r.other.other.total": ("“其他”这一小项里处理掉的申请", "how many were closed under the catch-all 'other' item"),
    "c.regulations.total_published": ("对外公开的规章总数", "the total number of rules publicly available"),
    "c.normative_docs.total_published": ("规范性文件对外公开总数", "the total number of normative documents made public"),
    "c.procurement.projects": ("政府集中采购项目有几个", "how many centralised procurement projects were there"),
    "c.procurement.amount": ("政府集中采购总金额多少万元", "what was the centralised procurement amount in 10,000 yuan"),
    "r.carried_over.total": ("从上一年接过来的申请", "how many requests were inherited from the prior year"),
    "a.review.pending": ("复议里还没审结的", "how many reconsiderations were still undecided"),
    "a.litigation_after_review.total": ("复议之后又起诉的", "how many lawsuits followed a reconsideration"),
    "r.received.natural_person": ("个人（自然人）新递交的申请", "how many new requests came from private individuals"),
    "r.received.commercial": ("企业新递交的申请", "how many new requests came from businesses"),
    "r.not_processed.duplicate.total": ("重复申请不予处理的", "how many were dropped as repeat requests"),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}

# table cells whose number the report text also states (same number): marked ambiguous with
# the sentence as an acceptable source, as blind6 did
ALT = {("sy", "r.carried_forward.total"): ("结转下一年 31", 31),
       ("sh19", "r.carried_forward.total"): ("顺延到下年度答复", 72),
       ("sh19", "a.review.total"): ("信息公开类行政复议7件", 7),
       ("ha", "a.review.total"): ("政府信息公开行政复议 351", 351),
       ("ha", "a.litigation_direct.total"): None}

PLAIN = {
    "ha": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
           "c.normative_docs.in_force", "c.normative_docs.repealed", "r.granted.total",
           "r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total",
           "r.not_processed.petition.total", "r.withheld.admin_query.total",
           "a.litigation_direct.total", "r.not_processed.duplicate.total"],
    "hz23": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
             "c.normative_docs.in_force", "r.partially_granted.total", "r.unable.not_held.total",
             "r.unable.needs_creation.total"],
    "sy": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
           "c.normative_docs.in_force", "c.normative_docs.issued", "r.granted.total",
           "r.partially_granted.total", "r.unable.not_held.total", "r.not_processed.petition.total",
           "a.review.total", "a.litigation_direct.total", "r.other.other.total",
           "r.carried_forward.total"],
    "sh19": ["c.regulations.total_published", "c.normative_docs.total_published",
             "c.procurement.projects", "c.procurement.amount", "a.review.total", "r.carried_forward.total"],
    "jx": ["c.procurement.projects", "c.procurement.amount", "r.granted.total"],
    "hz24": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
             "c.normative_docs.in_force", "r.granted.total", "r.unable.not_held.total", "a.review.total"],
    "kw": ["c.licensing.decisions", "c.normative_docs.in_force", "c.normative_docs.issued",
           "r.received.natural_person"],
    "sh25": ["a.review.total", "a.review.pending", "a.litigation_direct.total",
             "a.litigation_after_review.total", "r.carried_forward.total", "r.not_processed.petition.total",
             "r.not_processed.duplicate.total", "r.received.commercial", "r.unable.needs_creation.total"],
}

ZH_FRAMES = ["{n}{y}年{p}？", "想问下{n}在{y}年的年报里，{p}？", "{y}年{n}{p}，麻烦查一下",
             "请问{n}{y}年度{p}？"]
EN_FRAMES = ["{n}, {y}: {p}?", "In {y}, {p} at {n}?", "Quick one about {n}'s {y} report - {p}?",
             "For {y}, {p} ({n})?"]


def cnyear(y, i):
    """2024 / 2024 / 24 / 二〇二四 in turn (all read as the full year by the validator)."""
    j = i % 4
    if j == 2:
        return str(y)[2:]
    if j == 3:
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(y))
    return str(y)


def plain():
    out, i = [], 0
    for b, keys in PLAIN.items():
        for k in keys:
            zh, en = P[k]
            kw = {"unit": "万元"} if k in MONEY else {}
            if ALT.get((b, k)):
                kw["alt"] = ALT[(b, k)]
            i += 1
            if i % 2:
                y = cnyear(YR[b], i // 2)
                q = ZH_FRAMES[(i // 2) % 4].format(n=ZH[b][i % 2 == 0], y=y, p=zh)
                out.append(V("zh", b, k, q, "[plain] everyday wording", **kw))
            else:
                q = EN_FRAMES[(i // 2) % 4].format(n=EN_[b][(i // 4) % 2], y=YR[b], p=en)
                out.append(V("en", b, k, q, "[plain] everyday wording", **kw))
    return out


def combine():
    n = "[combine] sum of the listed cells"
    d = "[combine] later year minus earlier year"
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年，全部公开加部分公开的申请合起来多少件？", n),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: full plus partial disclosures, added up?", n),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年给了信息的申请（全给和给一部分）一共几件？", n),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang County in 2025 - reconsiderations, direct suits and suits after reconsideration, all together?", n),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年因信息公开被起诉的案子，直接起诉和复议后起诉加一起是几件？", n),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze District 2023: requests it could not serve because it lacked the info or would have had to compile it - combined?", n),
        S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区政府2023年许可、处罚、强制三类决定加总是多少？", n),
        S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Add up Shuyang's 2025 licensing, penalty and coercion decisions for me.", n),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县政府2025年因危及三安全一稳定、第三方权益、内部事务、过程性信息、行政执法案卷这五项不予公开的，加起来多少？", n),
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huaian 2024: sum all eight refusal grounds (state secrets through administrative look-ups).", n),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年，信访类和重复申请这两种不予处理的加起来多少？", n),
        S("en", "sh25", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2025: reconsiderations plus direct lawsuits, one number please.", n),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接诉讼、复议后诉讼总共几件？", n),
        S("en", "hz24", ["c.licensing.decisions", "c.coercion.decisions"], "Hongze 2024: licensing decisions plus coercion decisions?", n),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区2024年的行政许可决定比2023年多了多少件？", d),
        D("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change from 2023 to 2024?", d),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽2023年到2024年，行政强制决定数变化了多少？", d),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze: 'not held by us' answers in 2024 versus 2023 - what's the difference?", d),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转到下年度办理的申请，2025年比2019年增加了多少件？", d),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: change in disclosure reconsiderations between 2019 and 2025?", d),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的案件，2019年和2025年相比差了几件？", d),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze's normative documents in force: 2024 minus 2023?", d),
    ]


def rank():
    n = "[rank] ranking over bodies with gold"
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "淮安2024、沭阳2025、上海市府办2019、涧西区2020，谁的信息公开行政复议最多？", n),
        R("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, which had the fewest reconsiderations?", n),
        R("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，行政许可决定哪家最多？", n),
        R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Huaian 2024, Hongze 2023, Shuyang 2025 - who issued the most penalty decisions?", n),
        R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "淮安2024、洪泽2023、沭阳2025三家里，行政事业性收费金额最少的是哪家？", n),
        R("en", ["ha", "hz23", "sy"], "r.unable.not_held.total", "desc", "Which body said 'we don't hold it' most often: Huai'an 2024, Hongze 2023 or Shuyang 2025?", n),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年，结转下年度的申请谁最少？", n),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020 by direct lawsuits - who is top?", n),
        R("zh", ["ha", "hz23", "sy"], "r.partially_granted.total", "asc", "部分公开的申请，淮安2024、洪泽2023、沭阳2025哪个最少？", n),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Fewest coercion decisions: Huaian 2024, Hongze 2023 or Shuyang 2025?", n),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "现行有效的行政规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年谁最多？", n),
    ]


def followups():
    n = "[followup] "
    return [
        F("zh", [("淮安2024年行政许可决定多少件？", E("ha", "c.licensing.decisions")), ("沭阳2025年同一项呢？", E("sy", "c.licensing.decisions"))], n + "switch body and year"),
        F("en", [("Hongze District's penalty decisions in 2023?", E("hz23", "c.punishment.decisions")), ("And 2024?", E("hz24", "c.punishment.decisions"))], n + "switch year"),
        F("zh", [("洪泽区2023年行政强制决定几件？", E("hz23", "c.coercion.decisions")), ("换成2024年呢", E("hz24", "c.coercion.decisions")), ("淮安市2024年呢？", E("ha", "c.coercion.decisions"))], n + "year then body"),
        F("en", [("Shuyang 2025 - how many reconsideration cases?", E("sy", "a.review.total")), ("and direct lawsuits?", E("sy", "a.litigation_direct.total")), ("and suits after reconsideration?", E("sy", "a.litigation_after_review.total"))], n + "switch appeals group"),
        F("zh", [("上海市府办2025年复议总数多少？", E("sh25", "a.review.total")), ("其中还没审结的呢？", E("sh25", "a.review.pending"))], n + "switch column"),
        F("en", [("Huai'an 2024: requests fully granted?", E("ha", "r.granted.total")), ("partially?", E("ha", "r.partially_granted.total")), ("What about Shuyang in 2025, fully granted?", E("sy", "r.granted.total"))], n + "row then body"),
        F("zh", [("沭阳县2025年因不掌握而无法提供的有几件？", E("sy", "r.unable.not_held.total")), ("需要另行制作的呢？", E("sy", "r.unable.needs_creation.total"))], n + "switch row"),
        F("en", [("Hongze 2023: administrative fees in 10k yuan?", E("hz23", "c.fees.amount", unit="万元")), ("2024?", E("hz24", "c.fees.amount", unit="万元"))], n + "switch year"),
        F("zh", [("上海市政府办公厅2019年结转下年度的申请有多少？", E("sh19", "r.carried_forward.total", alt=ALT[("sh19", "r.carried_forward.total")])), ("2025年呢？", E("sh25", "r.carried_forward.total"))], n + "switch year"),
        F("en", [("How many procurement projects did Jianxi District report for 2020?", E("jx", "c.procurement.projects")), ("And the amount in 10k yuan?", E("jx", "c.procurement.amount", unit="万元"))], n + "switch measure"),
        F("zh", [("上海科委2024年行政许可多少件？", E("kw", "c.licensing.decisions")), ("现行有效的规范性文件呢？", E("kw", "c.normative_docs.in_force"))], n + "switch row"),
        F("en", [("Shanghai General Office 2025: new requests from individuals?", E("sh25", "r.received.natural_person")), ("from businesses?", E("sh25", "r.received.commercial"))], n + "switch column"),
        F("zh", [("淮安2024年作为信访举报投诉类不予处理的申请几件？", E("ha", "r.not_processed.petition.total")), ("重复申请呢？", E("ha", "r.not_processed.duplicate.total")), ("沭阳2025年的重复申请呢？", E("sy", "r.not_processed.duplicate.total"))], n + "row then body"),
        F("en", [("Hongze 2024 - normative documents newly issued?", E("hz24", "c.normative_docs.issued")), ("and still in force?", E("hz24", "c.normative_docs.in_force"))], n + "switch column"),
        F("zh", [("沭阳2025年行政处罚决定多少？", E("sy", "c.punishment.decisions")), ("淮安市2024年的呢？", E("ha", "c.punishment.decisions"))], n + "switch body"),
        F("en", [("Huaian 2024, reconsiderations over disclosure?", E("ha", "a.review.total", alt=ALT[("ha", "a.review.total")])), ("Shuyang 2025?", E("sy", "a.review.total")), ("Jianxi District 2020?", E("jx", "a.review.total"))], n + "switch body"),
        F("zh", [("涧西区政府办2020年予以公开的申请几件？", E("jx", "r.granted.total")), ("本机关不掌握的呢？", E("jx", "r.unable.not_held.total"))], n + "switch row"),
        F("en", [("STCSM 2024: how many new requests were filed by individuals?", E("kw", "r.received.natural_person")), ("And by companies?", E("kw", "r.received.commercial"))], n + "switch column"),
        F("zh", [("洪泽2023年不掌握相关信息的申请有几件？", E("hz23", "r.unable.not_held.total")), ("2024年呢？", E("hz24", "r.unable.not_held.total"))], n + "switch year"),
        F("en", [("Shanghai's general office, 2019: normative documents made that year?", E("sh19", "c.normative_docs.made")), ("and total normative documents public?", E("sh19", "c.normative_docs.total_published"))], n + "switch column"),
        F("zh", [("沭阳县政府2025年现行有效的行政规范性文件几件？", E("sy", "c.normative_docs.in_force")), ("当年废止了几件？", E("sy", "c.normative_docs.repealed"))], n + "switch column"),
        F("en", [("Huai'an 2024: how many rules (规章) remained in force?", E("ha", "c.regulations.in_force")), ("and normative documents in force?", E("ha", "c.normative_docs.in_force"))], n + "switch row"),
        F("zh", [("上海市府办2025年复议后又起诉的有几件？", E("sh25", "a.litigation_after_review.total")), ("直接起诉的呢？", E("sh25", "a.litigation_direct.total"))], n + "switch appeals group"),
        F("en", [("Shuyang 2025: requests carried over from 2024?", E("sy", "r.carried_over.total")), ("and carried forward into 2026?", E("sy", "r.carried_forward.total", alt=ALT[("sy", "r.carried_forward.total")]))], n + "switch row"),
        F("zh", [("淮安2024年属于行政查询事项不予公开的几件？", E("ha", "r.withheld.admin_query.total")), ("过程性信息的呢？", E("ha", "r.withheld.process_info.total"))], n + "switch row"),
        F("en", [("Hongze District 2024: reconsiderations?", E("hz24", "a.review.total")), ("direct lawsuits?", E("hz24", "a.litigation_direct.total"))], n + "switch appeals group"),
        F("zh", [("沭阳2025年行政事业性收费多少万元？", E("sy", "c.fees.amount", unit="万元")), ("淮安2024年呢？", E("ha", "c.fees.amount", unit="万元")), ("洪泽2023年呢？", E("hz23", "c.fees.amount", unit="万元"))], n + "switch body"),
        F("en", [("Shanghai General Office 2019 - centralised procurement projects?", E("sh19", "c.procurement.projects")), ("And Jianxi District in 2020?", E("jx", "c.procurement.projects"))], n + "switch body"),
        F("zh", [("上海市科委2024年新制发的规范性文件几件？", E("kw", "c.normative_docs.issued")), ("洪泽区2024年呢？", E("hz24", "c.normative_docs.issued"))], n + "switch body"),
        F("en", [("Huaian 2024: partial disclosures?", E("ha", "r.partially_granted.total")), ("Hongze 2023?", E("hz23", "r.partially_granted.total"))], n + "switch body"),
        F("zh", [("上海市府办2025年本机关不掌握的申请有几件？", E("sh25", "r.unable.not_held.total")), ("要另行制作的呢？", E("sh25", "r.unable.needs_creation.total"))], n + "switch row"),
        F("en", [("Shuyang County 2025 - coercion decisions?", E("sy", "c.coercion.decisions")), ("Hongze 2024?", E("hz24", "c.coercion.decisions"))], n + "switch body and year"),
    ]


def textonly():
    n = "[textonly] number stated only in the report text"
    return [
        N("zh", "ha", "政策解读21", 6, "期", "淮安市政府2024年出了几期《淮安市人民政府公报》？", n, frm=None),
        N("en", "ha", "新闻发布会 12 场", 12, "场", "How many press conferences did Huai'an city hold in 2024?", n),
        N("zh", "ha", "政策解读21", 21, "个", "淮安2024年做了多少个政策解读？", n),
        N("en", "ha", "在运维政务新媒体共计", 95, "个", "Huaian, 2024: how many government new-media accounts were being run?", n),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", n),
        N("en", "ha", "信息处理费 3940", 3940, "元", "What did Huai'an collect in information-processing fees in 2024, in yuan?", n),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", n),
        N("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "How many items did Hongze District post on its government website in 2024?", n),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府2025年门户网站主动公开了多少条政府信息？", n),
        N("en", "sy", "开展意见征集9期", 9, "期", "How many rounds of public consultation did Shuyang run on its portal in 2025?", n),
        N("zh", "sy", "发布信息3044", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条信息？", n),
        N("en", "sy", "专栏33个", 33, "个", "Shuyang 2025: how many special columns did its new-media matrix open?", n),
        N("zh", "sy", "专栏33个", 1113, "个", "沭阳县2025年推送了多少个原创短视频？", n),
        N("en", "sy", "年度涌现爆款内容52", 52, "条", "How many posts went viral for Shuyang County in 2025?", n),
        N("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中公开年报的单位有几家？", n),
        N("en", "sy", "催办提示 84", 84, "次", "In 2025, how many deadline reminders did Shuyang send to units handling requests?", n),
        N("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办前主动沟通了多少次？", n),
        N("en", "sy", "失效链接43", 43, "处", "How many broken links did Shuyang fix on its site in 2025?", n),
        N("zh", "sy", "清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息？", n),
        N("en", "kw", "今年累计批量推送集成式发布政策", 121, "条", "How many policies did the Shanghai science commission push in batch integrated releases in 2024?", n),
        N("zh", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "上海科委2024年“上海科技”网站一共发布了多少条信息？", n),
        N("en", "kw", "微信公众号共编发文章", 1640, "篇", "STCSM's WeChat account: how many articles were published in 2024?", n),
        N("zh", "kw", "微信公众号共编发文章", 118, "场", "上海市科委2024年搞了几场直播？", n),
        N("en", "sh25", "召开市政府新闻发布会", 42, "场", "How many city government press conferences did Shanghai hold in 2025, per the general office's report?", n),
        N("zh", "sh25", "召开市政府新闻发布会", 19, "场", "上海市府办2025年报告里，新闻通气会开了几场？", n),
        N("en", "sh25", "公文公开属性审查", 166, "件", "Shanghai General Office 2025: how many documents got a disclosure-attribute review?", n),
        N("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "上海市政府办公厅2025年编了几期市政府公报？", n),
        N("en", "sh25", "新增意大利语网站", 10, "个语种", "How many languages did the Shanghai International Services Portal cover in 2025?", n),
        N("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人主动撤回的申请有几件？", n),
        N("en", "sh19", "发布政策解读共", 132, "件", "How many policy interpretations did the Shanghai General Office publish on its portal in 2019?", n),
        N("zh", "sh19", "进行权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议议题权威发布了多少次？", n),
        N("en", "sh19", "正常运行状态的70家", 70, "家", "How many government websites did Shanghai check every quarter in 2019?", n),
        N("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年设置了几个试点领域？", n),
    ]


def traps():
    n = "[neighbour] neighbouring cell is the naive answer: "
    return [
        T("zh", "sy", "r.carried_over.total", "沭阳2025年，从上一年结转过来的申请有多少（不是结转到下一年的）？", n + "上年结转 vs 结转下年"),
        T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after a reconsideration - not the direct ones?", n + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废止的规范性文件几件？不要现行有效的数。", n + "废止 vs 现行有效"),
        T("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: how many requests needed the info to be newly produced (not the 'not held' ones)?", n + "另行制作 vs 不掌握"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不予公开的有几件？", n + "过程性信息 vs 内部事务"),
        T("en", "ha", "r.withheld.internal_affairs.total", "Huaian 2024 - refusals because the info was purely internal affairs?", n + "内部事务 vs 过程性信息"),
        T("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的金额（不是项目数）是多少万元？", n + "采购金额 vs 项目数", unit="万元"),
        T("en", "sy", "r.partially_granted.total", "Shuyang County 2025: partial disclosures only, not full ones?", n + "部分公开 vs 予以公开"),
        T("zh", "sh19", "c.regulations.made", "上海市政府办公厅2019年本年新制作的规章几件？不是对外公开总数。", n + "新制作 vs 对外公开总数"),
        T("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests carried over from 2024 that came from law firms / legal service bodies?", n + "法律服务机构 vs 商业企业"),
        T("zh", "sy", "c.normative_docs.issued", "沭阳县政府2025年本年制发的行政规范性文件几件？（不是现行有效的）", n + "制发 vs 现行有效"),
    ]


# ------------------------------------------------------------------ [cannot]
# (lang, question, why, note)
CANNOT = [
    # one person's own request or case, told as a story first
    ("zh", "我2024年3月给淮安市政府递了个申请，要我家那片拆迁的补偿标准，到现在也没收到回复。我的申请现在办到哪一步了？", "personal request status: the report holds only aggregate counts", "own request (story)"),
    ("zh", "我爸2025年在沭阳申请公开宅基地审批材料，结果被告知属于过程性信息不给。他这件算在表里哪一格？能查到他的办理结果吗？", "an individual's case cannot be identified in aggregate tables", "own request (story)"),
    ("zh", "2023年我向洪泽区政府申请过一份环评报告，后来又申请了行政复议。我那次复议最后是维持还是纠正？", "outcome of one person's reconsideration is not reported", "own case (story)"),
    ("zh", "我是做外卖的，2024年在淮安被罚了两百块，想知道我的那张处罚决定书编号是多少？", "individual penalty decision not in the report", "personal data (story)"),
    ("zh", "朋友说他2025年给上海市政府办公厅写了三封申请都被当成重复申请不处理了，那16件重复申请里有几件是他的？", "whose requests the duplicates were is not stated", "named requests, quotes a printed number"),
    ("zh", "我在涧西区2020年申请过一次信息公开，那年办结的申请人名单能给我看看吗？", "names of applicants are personal data, not in the report", "personal data (story)"),
    ("zh", "我2024年向上海市科委申请过科技计划项目的评审专家名单，被拒了。当时经办人是谁？", "named officials/handlers are not in the report", "named person (story)"),
    ("zh", "邻居张阿姨2025年在沭阳申请低保审核材料，交了380元处理费吗？", "which applicant paid the fee is not stated", "named person, quotes a printed number"),
    ("en", "I filed a request with Huai'an city in May 2024 asking for the budget of my street's road repair and never heard back. Was my request one of the 103 pushed into 2025?", "whether one applicant's request is among the carried-forward ones is not reported", "own request (story), quotes a printed number"),
    ("en", "My company asked Shuyang County in 2025 for a land-use permit file and got a partial disclosure. Which pages did they black out for us?", "the content of an individual reply is not in the report", "own request (story)"),
    ("en", "Back in 2019 my lawyer sued the Shanghai General Office over a refused request. Was our lawsuit one of the 9 they won?", "individual lawsuits are not identified", "own case (story), quotes a printed number"),
    ("en", "A neighbour of mine, Mr. Wang, appealed to Hongze District in 2023. What did he ask for?", "named individuals and their requests are not reported", "named person"),
    ("en", "I sent STCSM a request in late 2024 about a grant I lost. Is mine the one request carried into 2025?", "individual request identity not reported", "own request (story)"),
    ("en", "Can you give me the names and phone numbers of the applicants Jianxi District answered in 2020?", "personal data of applicants is not in the report", "personal data"),
    ("en", "My aunt was fined by Huaian in 2024 for a street stall. Is her case listed among the penalty decisions, and how much was her fine?", "individual penalty cases and amounts are not in the report", "own case (story)"),
    # breakdowns the reports do not print, several quoting a printed number
    ("zh", "淮安市2024年行政复议结果被纠正的那64件，分别是哪些部门的？", "no department breakdown of corrected reconsiderations is printed", "breakdown by department, quotes a printed number"),
    ("zh", "淮安2024年收到的3119件申请，每个月各多少件？", "no monthly breakdown is printed", "breakdown by month, quotes a printed number"),
    ("zh", "沭阳县2025年713件新收申请里，男的女的各占多少？", "no breakdown by sex is printed", "breakdown by sex, quotes a printed number"),
    ("zh", "上海市府办2025年新收的1295件申请，按季度分别是多少？", "no quarterly breakdown is printed", "breakdown by quarter, quotes a printed number"),
    ("zh", "洪泽区2023年那21件申请，是通过网上还是信函、当面递交的，各几件？", "no channel breakdown is printed", "breakdown by channel, quotes a printed number"),
    ("zh", "沭阳2025年本机关不掌握的111件，都集中在哪些乡镇？", "no township breakdown is printed", "breakdown by township, quotes a printed number"),
    ("zh", "淮安市2024年的769件不掌握信息的申请，主要涉及哪些话题，征地拆迁占几件？", "no topic breakdown is printed", "breakdown by topic, quotes a printed number"),
    ("zh", "上海市政府办公厅2019年859件申请里，60岁以上老人提的有多少？", "no age breakdown is printed", "breakdown by age, quotes a printed number"),
    ("zh", "沭阳县2025年的61件行政复议，按行业分各有多少？", "no industry breakdown is printed", "breakdown by industry, quotes a printed number"),
    ("zh", "上海科委2024年那32件个人申请里，有几件是外地户籍的人提的？", "no residence breakdown is printed", "breakdown by residence, quotes a printed number"),
    ("zh", "上海市府办2025年的1259件自然人申请，外籍人士占多少？", "no nationality breakdown is printed", "breakdown by nationality, quotes a printed number"),
    ("zh", "淮安2024年各县区分别收到多少件信息公开申请？", "no county/district breakdown is printed in the city report", "breakdown by district"),
    ("zh", "洪泽区政府2023年4119件行政处罚决定，分别是哪些局作出的？", "no department breakdown of penalty decisions is printed", "breakdown by department, quotes a printed number"),
    ("zh", "沭阳2025年的294件予以公开申请，有多少是在15个工作日内答复的？", "response-time breakdown is not printed", "breakdown by response time, quotes a printed number"),
    ("zh", "上海市政府办公厅2025年55件复议，每件是因为什么被申请复议的？", "reasons of individual reconsiderations are not reported", "reasons, quotes a printed number"),
    ("en", "Of the 3119 requests Huai'an received in 2024, how many were filed online versus by post?", "no channel breakdown is printed", "breakdown by channel, quotes a printed number"),
    ("en", "Huaian 2024 had 351 reconsideration cases - which districts did they come from?", "no district breakdown is printed", "breakdown by district, quotes a printed number"),
    ("en", "Shuyang County's 143 requests closed as 'other' in 2025 - what topics were they about?", "no topic breakdown is printed", "breakdown by topic, quotes a printed number"),
    ("en", "How many of the Shanghai General Office's 2025 requests came in during December?", "no monthly breakdown is printed", "breakdown by month"),
    ("en", "Break down Hongze District's 2023 requests by the applicants' gender, please.", "no breakdown by sex is printed", "breakdown by sex"),
    ("en", "For the 1362 requests Huai'an fully granted in 2024, what share came from applicants over 50?", "no age breakdown is printed", "breakdown by age, quotes a printed number"),
    ("en", "Shuyang 2025: in which quarter did most of the new requests arrive?", "no quarterly breakdown is printed", "breakdown by quarter"),
    ("en", "Which industries did the 36 business requests to the Shanghai General Office in 2025 come from?", "no industry breakdown is printed", "breakdown by industry, quotes a printed number"),
    ("en", "How many foreign nationals filed disclosure requests with Huaian city in 2024?", "no nationality breakdown is printed", "breakdown by nationality"),
    ("en", "Were most of STCSM's 2024 requesters Shanghai residents or from other provinces?", "no residence breakdown is printed", "breakdown by residence"),
    ("en", "Of Shuyang's 693957 penalty decisions in 2025, how many were traffic fines?", "no breakdown of penalty decisions by type is printed", "breakdown by topic, quotes a printed number"),
    ("en", "Hongze District 2024: which township produced the most disclosure requests?", "no township breakdown is printed", "breakdown by township"),
    ("en", "Which bureau in Huai'an handled the 62 requests treated as petitions in 2024?", "no department breakdown is printed", "breakdown by department, quotes a printed number"),
    ("en", "Jianxi District 2020: the 8 procurement projects - which companies won them?", "winners of procurement projects are not reported", "named parties, quotes a printed number"),
    # quantities the reports do not state
    ("zh", "淮安市政府2024年办一件信息公开申请平均用了几天？", "average response time is not stated (only 'within the legal time limit')", "response days"),
    ("zh", "洪泽区2023年负责政府信息公开的工作人员有几个？", "staff numbers are not stated", "staff"),
    ("zh", "沭阳县2025年在政务公开上花了多少钱？", "spending on disclosure work is not stated", "cost"),
    ("zh", "上海市科委2024年政务公开的预算是多少？", "budget for disclosure work is not stated", "budget"),
    ("zh", "淮安2024年群众对信息公开工作的满意度是多少？", "satisfaction is not stated", "satisfaction"),
    ("zh", "上海市府办2025年接到多少个关于信息公开的咨询电话？", "phone calls are not counted", "phone calls"),
    ("zh", "涧西区2020年办一件申请最快几天、最慢几天？", "response times are not stated", "response days"),
    ("en", "How many working days on average did Shuyang County take to answer a request in 2025?", "average response time is not stated", "response days"),
    ("en", "How many full-time staff did the Shanghai General Office assign to disclosure work in 2025?", "staff numbers are not stated", "staff"),
    ("en", "What did Hongze District spend on its government website in 2024?", "website spending is not stated", "cost"),
    ("en", "What was Huai'an's 2024 budget for the open-government office?", "budget is not stated", "budget"),
    ("en", "What satisfaction rate did Shuyang's applicants give in 2025?", "satisfaction is not stated", "satisfaction"),
    ("en", "How many hotline calls about disclosure requests did STCSM take in 2024?", "phone calls are not stated", "phone calls"),
    ("en", "How long, in days, did Jianxi District's 2 pending requests of 2020 wait before being answered?", "waiting days are not stated", "response days, quotes a printed number"),
    # reasons / motives, forecasts and plans, opinions and judgements
    ("zh", "沭阳县2025年为什么有143件申请被归为“其他处理”？具体原因是什么？", "reasons behind this count are not stated", "reason behind a count, quotes a printed number"),
    ("zh", "淮安市2024年为啥有105件被当作行政查询事项不公开？申请人都想查什么？", "reasons/contents are not stated", "reason behind a count, quotes a printed number"),
    ("zh", "你估计沭阳县2026年会收到多少件信息公开申请？", "forecasts are not in the reports", "forecast"),
    ("zh", "上海市府办2026年打算开多少场新闻发布会？", "plans with numbers are not in the reports", "plan"),
    ("zh", "淮安2024年351件行政复议，这个数算多吗？是不是说明工作没做好？", "opinion/judgement, not a reported fact", "opinion, quotes a printed number"),
    ("zh", "洪泽区2023年信息公开工作做得怎么样，能打几分？", "judgement/score not in the report", "opinion"),
    ("zh", "上海科委2024年只有34件新申请，是不是因为大家对科委不关心？", "motive behind a count is not stated", "reason/opinion, quotes a printed number"),
    ("en", "Why did the Shanghai General Office's carried-forward requests reach 293 in 2025? What caused the backlog?", "causes are not stated in the report", "reason behind a count, quotes a printed number"),
    ("en", "Is Huai'an's 2024 figure of 769 'not held' answers a sign of poor record-keeping?", "judgement, not a reported fact", "opinion, quotes a printed number"),
    ("en", "How many requests will Hongze District receive in 2026, roughly?", "forecasts are not in the reports", "forecast"),
    ("en", "What target did Shuyang County set for the number of requests it will answer in 2026?", "no numeric target is stated", "plan"),
    ("en", "Did Jianxi District do a good job on disclosure in 2020? Give it a grade.", "judgement, not a reported fact", "opinion"),
    ("en", "Was 61 reconsiderations in 2025 a lot for a county like Shuyang?", "judgement, not a reported fact", "opinion, quotes a printed number"),
    ("en", "STCSM says it faced 1 reconsideration case in 2024. Who filed it and what was the dispute about?", "the applicant and subject of the case are not stated", "named party / reason, quotes a printed number"),
    # bodies / years not in the corpus
    ("zh", "南京市政府2024年收到多少件信息公开申请？", "南京市 is not in the corpus", "body not held"),
    ("zh", "洪泽区2022年的行政复议有几件？", "洪泽区 2022 report is not in the corpus", "year not held"),
    ("zh", "沭阳县2024年予以公开的申请有多少？", "沭阳县 2024 report is not in the corpus", "year not held"),
    ("zh", "清江浦区2024年的行政许可决定多少件？", "清江浦区 is not in the corpus", "body not held"),
    ("zh", "上海市科委2023年新收了几件申请？", "上海市科委 2023 report is not in the corpus", "year not held"),
    ("zh", "宿迁市2025年收取的信息处理费是多少？", "宿迁市 is not in the corpus", "body not held"),
    ("en", "How many disclosure requests did Pudong New Area receive in 2024?", "Pudong is not in the corpus", "body not held"),
    ("en", "Jianxi District 2021: how many requests were fully granted?", "Jianxi 2021 report is not in the corpus", "year not held"),
    ("en", "What were the Shanghai General Office's reconsideration numbers for 2022?", "Shanghai General Office 2022 report is not in the corpus", "year not held"),
    ("en", "Huai'an city 2023 - how many penalty decisions?", "Huai'an 2023 report is not in the corpus", "year not held"),
    ("en", "How many requests did Suqian city take in during 2025?", "Suqian is not in the corpus", "body not held"),
    ("en", "Nanjing 2024: administrative fees collected?", "Nanjing is not in the corpus", "body not held"),
    # more personal / story cases
    ("zh", "我2025年2月在上海市府办网站上申请公开一份会议纪要，被告知要另行制作。那48件里能查到我的申请编号吗？", "individual request numbers are not in the report", "own request (story), quotes a printed number"),
    ("zh", "我们村2024年向洪泽区要过土地流转合同，答复说不掌握。洪泽那31件不掌握的里头，哪几件是我们村的？", "individual requests are not identified", "own request (story), quotes a printed number"),
    ("zh", "2025年沭阳那条播放量破亿的视频是谁拍的？", "the author is not named in the report", "named person"),
    ("en", "My husband asked Hongze in 2024 for his own social-insurance records and was told it wasn't a disclosure matter. Which row of the table holds his request, and what's his case number?", "individual case numbers are not reported", "own request (story)"),
    ("en", "In 2019 I was one of the people whose request the Shanghai General Office did not process. Can you tell me the exact reason recorded for my file?", "individual reasons are not in the report", "own request (story)"),
    ("en", "I'm the applicant behind one of Huai'an's 6 fee-overdue requests in 2024. How much was I supposed to pay?", "individual fee amounts are not reported", "own case (story), quotes a printed number"),
]


def cannot():
    return [U(lang, q, why, "[cannot] " + note) for lang, q, why, note in CANNOT]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + traps() + cannot()
