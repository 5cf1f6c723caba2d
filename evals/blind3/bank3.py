"""Question bank of the third blind evaluation set (evals/blind3).

WARNING: this file holds the text of every question of dev.jsonl AND test.jsonl. It is as
frozen as test.jsonl: do not read it while tuning the engine.

No table value is typed here: the bank names bodies, keys, keywords and wordings; helpers3.py
computes every number from corpus/gold/*.json or from a printed line of a report without gold
(blindlib3.text_cell, specs below). Emphasis of this set:

- [naming]: bodies named the way people name them (short names, nicknames, OCR spelling,
  pinyin variants, English office names), at the start, middle or end of the question, and
  follow-ups that switch body; plus bodies the corpus does not hold (unanswerable).
- [cannot]: questions the reports cannot answer (breakdowns the tables lack, forecasts,
  opinions, causes not stated, years not held) and template columns that do not exist (na).
- [mix]: the normal blind2-style mix in fresh wordings.
The tag opens each conversation's note.
"""
import random

import blindlib3 as L
from helpers3 import (C, D, E, ED, EN, ENA, EP, ER, EU, F, N, NA, P, R, S, T, U, V, cols)

# ---------------------------------------------------------------- cells of reports without gold
_AP05 = "四、政府信息公开行政复议、行政诉讼情况"
_AP07 = "三、政府信息公开行政复议、行政诉讼情况"
_AP08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
L.TEXT_SPECS.update({
    "hz24": {"requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
             "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.total_processed.total": ("row", "（七）总计", 6),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "active.licensing.decisions": ("row", "行政许可", 0),
             "active.punishment.decisions": ("row", "行政处罚", 0),
             "appeals.review.total": ("after", _AP05, 4),
             "appeals.review.corrected": ("after", _AP05, 1),
             "appeals.litigation_direct.total": ("after", _AP05, 9)},
    "kw": {"requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
           "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
           "requests.granted.total": ("row", "三、（一）予以公开", 6),
           "requests.total_processed.total": ("row", "（七）总计", 6),
           "appeals.review.total": ("after", _AP07, 4),
           "appeals.litigation_direct.total": ("after", _AP07, 9)},
    "sh25": {"requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
             "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
             "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.total_processed.total": ("row", "（七）总计", 6),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "appeals.review.total": ("after", _AP08, 4),
             "appeals.litigation_direct.total": ("after", _AP08, 9),
             "appeals.litigation_after_review.total": ("after", _AP08, 14)},
})

HZ24_TEXT = ("代表区政府受理", 17)   # 005: text says the office accepted 17 "代表区政府"; table 95

# ---------------------------------------------------------------- everyday names of the bodies
# (body, alias, lang, year_needed). Multi-year bodies (洪泽, 上海市府办) always carry a year.
ALIASES = {
    "jx": {"zh": ["涧西区府办", "涧西区政府办", "涧西", "洛阳涧西区政府办公室", "涧西区政府",
                  "涧西区办公室"],
           "en": ["Jianxi", "Jian'xi district office", "Jianxi District Government Office",
                  "jianxi qu govt office", "the Jian Xi district general office"]},
    "ha": {"zh": ["淮安市政府", "淮安市府", "淮安", "淮安市府办", "淮安市政府办", "淮安市人民政府办公室"],
           "en": ["Huai'an", "Huaian", "Huai An city", "Huai-an municipal government",
                  "General Office of the Huai'an Municipal Government", "huaian city gov"]},
    "hz": {"zh": ["洪泽区政府", "洪泽区府办", "洪泽", "淮安洪泽区", "淮安市洪泽区", "洪泽区政府办"],
           "en": ["Hongze", "Hong Ze district", "Hongze district government",
                  "Huai'an's Hongze District", "hongze qu office"]},
    "sy": {"zh": ["沭阳县政府", "沭阳", "沐阳县", "沭阳县府办", "宿迁沭阳"],
           "en": ["Shuyang", "Shu Yang county", "Shuyang County Government", "shuyang xian"]},
    "kw": {"zh": ["上海科委", "市科委", "上海市科委", "沪科委", "上海市科技委员会"],
           "en": ["STCSM", "Science and Technology Commission of Shanghai Municipality",
                  "the Shanghai Science and Technology Commission", "Shanghai S&T commission"]},
    "sh": {"zh": ["上海市府办公厅", "上海市政府办公厅", "沪府办", "上海府办", "市府办公厅", "上海市政府"],
           "en": ["General Office of the Shanghai Municipal Government", "Shanghai general office",
                  "Shanghai govt general office",
                  "Shanghai municipal government"]},
}

# ---------------------------------------------------------------- quantity wordings
# key -> (zh frames, en frames); {n} = the body's name, {y} = year phrase
Q = {
    "r.received.total": (
        ["{n}{y}一共新收到多少件政府信息公开申请？", "{y}新收的依申请公开件数，{n}是多少",
         "请问{y}新收信息公开申请有几件（{n}）", "想了解下{n}{y}本年新收申请的总数"],
        ["How many new disclosure requests did {n} get{y}?",
         "{y_}, how many information requests came in to {n}?",
         "new FOI applications received{y} — what's the figure for {n}?"]),
    "r.granted.total": (
        ["{n}{y}予以公开的申请多少件", "{y}全部公开答复了几件？我问的是{n}", "{y}{n}同意公开的有多少"],
        ["How many requests were fully granted by {n}{y}?",
         "{y_} {n} disclosed the information in full in how many cases?"]),
    "r.total_processed.total": (
        ["{n}{y}办结的申请总计多少件？", "{y}处理完毕的申请（七）总计，{n}的数字"],
        ["Total number of requests {n} dealt with{y}?",
         "How many applications did {n} close out{y}, all outcomes together?"]),
    "r.carried_forward.total": (
        ["{n}{y}有多少申请结转到下年度继续办理", "{y}没办完、转到下一年的申请，{n}有几件"],
        ["How many requests did {n} carry forward into the next year{y}?",
         "{y_} how many applications were still open at year end for {n}?"]),
    "r.carried_over.total": (
        ["{n}{y}从上年结转过来的申请有几件？", "上年结转的申请数，{n}{y}是多少"],
        ["How many requests did {n} carry over from the previous year{y}?"]),
    "a.review.total": (
        ["{n}{y}因信息公开被申请行政复议多少件", "{y}涉及政府信息公开的行政复议，{n}一共几起？"],
        ["How many administrative reconsiderations over disclosure did {n} face{y}?",
         "{y_}, number of admin review cases on info disclosure against {n}?"]),
    "a.litigation_direct.total": (
        ["{n}{y}未经复议直接起诉的行政诉讼总计几件", "{y}直接被告上法院（没经过复议）的信息公开案子，{n}有几个"],
        ["How many lawsuits went straight to court without reconsideration against {n}{y}?"]),
    "r.partially_granted.total": (
        ["{n}{y}部分公开的申请有多少", "{y}区分处理、部分公开的件数，{n}"],
        ["How many requests did {n} grant only in part{y}?"]),
    "r.unable.not_held.total": (
        ["{n}{y}因本机关不掌握相关信息而无法提供的有几件"],
        ["In how many cases{y} did {n} say it does not hold the information?"]),
    "c.licensing.decisions": (
        ["{n}{y}行政许可处理决定数量是多少", "{y}{n}作出的行政许可决定有多少个"],
        ["How many administrative licensing decisions did {n} make{y}?"]),
    "c.punishment.decisions": (
        ["{n}{y}行政处罚决定数是多少？", "{y}行政处罚本年处理决定数量（{n}）"],
        ["Number of administrative penalty decisions by {n}{y}?"]),
    "r.received.natural_person": (
        ["{n}{y}新收申请里自然人提出的有多少件"],
        ["How many of the new requests to {n}{y} came from private individuals?"]),
    "r.withheld.total": (
        ["{n}{y}不予公开的申请一共多少件", "{y}{n}拒绝公开了几件"],
        ["How many requests did {n} refuse to disclose{y}?"]),
}

# keys each body can answer (text-cell bodies only what TEXT_SPECS holds; 009 only rows whose
# 总计 is printed)
BODY_KEYS = {
    "jx": ["r.received.total", "r.granted.total", "r.total_processed.total",
           "r.carried_forward.total", "a.review.total", "a.litigation_direct.total",
           "r.unable.not_held.total", "r.received.natural_person"],
    "ha": ["r.received.total", "r.granted.total", "r.partially_granted.total", "a.review.total",
           "c.licensing.decisions", "r.carried_forward.total", "r.withheld.total",
           "a.litigation_direct.total", "c.punishment.decisions", "r.unable.not_held.total"],
    "hz23": ["r.received.total", "r.partially_granted.total", "r.unable.not_held.total",
             "c.licensing.decisions", "c.punishment.decisions", "r.withheld.total"],
    "hz24": ["r.granted.total", "c.licensing.decisions", "a.review.total",
             "c.punishment.decisions", "r.total_processed.total"],
    "sy": ["r.received.total", "r.granted.total", "a.review.total", "r.carried_over.total",
           "r.withheld.total", "r.partially_granted.total", "r.carried_forward.total",
           "c.licensing.decisions"],
    "kw": ["r.received.total", "r.granted.total", "r.carried_over.total",
           "r.total_processed.total", "a.review.total"],
    "sh19": ["r.received.total", "r.carried_forward.total", "r.received.natural_person",
             "a.litigation_direct.total", "r.total_processed.total"],
    "sh25": ["r.received.total", "r.granted.total", "r.carried_forward.total",
             "r.carried_over.total", "a.litigation_direct.total"],
}


def yz(b, show=True):
    return ("%d年" % L.BODIES[b][1]) if show else ""


def ye(b, show=True):
    return (" in %d" % L.BODIES[b][1]) if show else ""


def frame(rng, key, lang, b, name, show_year):
    zh, en = Q[key]
    f = rng.choice(zh if lang == "zh" else en)
    show_year = show_year or "{y_}" in f  # frames opening with the year always show it
    y = yz(b, show_year) if lang == "zh" else ye(b, show_year)
    q = f.format(n=name, y=y, y_="In %d" % L.BODIES[b][1])
    q = q.replace("  ", " ").replace(" ?", "?").replace(" ,", ",")
    return (q[0].upper() + q[1:] if lang == "en" else q), show_year


def expect_value(b, key):
    if b == "sy" and key == "r.received.total":
        return E(b, key)  # wordings say 新收/new: the table's 713 (text 受理 749 counts 结转)
    if b == "hz24" and key == "r.received.total":
        return E(b, key, alt=HZ24_TEXT)
    return E(b, key)


def naming_values(rng):
    """One value question per everyday name of every body."""
    out = []
    for grp, langs in ALIASES.items():
        bodies = {"hz": ["hz23", "hz24"], "sh": ["sh19", "sh25"]}.get(grp, [grp])
        for lang in ("zh", "en"):
            for i, name in enumerate(langs[lang]):
                b = bodies[i % len(bodies)]
                keys = BODY_KEYS[b]
                key = keys[(i + (3 if lang == "en" else 0)) % len(keys)]
                multi = len(bodies) > 1
                show = multi or (i % 3 != 2)
                q, show = frame(rng, key, lang, b, name, show)
                e = expect_value(b, key)
                note = "[naming] %r names %s%s" % (name, L.BODIES[b][0],
                                                   "" if show else " (its only report, no year asked)")
                if grp == "jx" and ("政府" in name and "办" not in name):
                    note += "; 涧西区政府 is read as the 区政府办公室 report, the only 涧西 body held"
                if name == "沐阳县":
                    note += "; 沐阳 is the OCR spelling printed in the report itself"
                if name in ("上海市政府", "Shanghai municipal government"):
                    note += "; the 办公厅 reports 代表市政府, the only Shanghai government body held"
                if name in ("淮安市府办", "淮安市政府办", "淮安市人民政府办公室",
                            "General Office of the Huai'an Municipal Government"):
                    note += "; 淮安市人民政府办公室 compiles the 淮安市人民政府 report"
                if name in ("洛阳涧西区政府办公室", "宿迁沭阳"):
                    note += "; the city name is not printed in the report (real-world geography)"
                if b == "sh25" and key.startswith("a."):
                    note += "; 008 counts cases carried over from the year before (table note)"
                out.append(C("value", lang, [(q, e)], note))
    return out


def CONVERSATIONS():
    rng = random.Random(20261201)
    convs = naming_values(rng)

    # ------------------------------------------------------------ [naming] traps
    nt = [
        ("zh", "sy", "r.partially_granted.total", "沐阳那个年报里，部分公开（不是全部公开）的申请是多少件？",
         "neighbour: 予以公开 294; 沐阳 = OCR spelling of 沭阳"),
        ("zh", "ha", "r.carried_over.total", "淮安市府办2024年报：上年结转过来的申请几件？不是结转到下年的那个",
         "neighbour: 结转下年度 103; 市府办 compiles the 市政府 report"),
        ("zh", "hz23", "a.review.corrected", "2023年洪泽区政府办的复议结果里，被纠正的有几件",
         "neighbour: 结果维持 10"),
        ("zh", "jx", "a.litigation_after_review.total", "复议后又起诉的行政诉讼，涧西区府办2020年有几件？",
         "neighbour: 未经复议直接起诉 (also 1) — the key is 复议后起诉"),
        ("zh", "sy", "c.normative_docs.repealed", "沭阳县府办2025年废止了几件行政规范性文件？别跟制发的搞混",
         "neighbour: 本年制发 6, 现行有效 32"),
        ("zh", "ha", "r.unable.needs_creation.total", "淮安市政府2024年报告里，因为“没有现成信息需要另行制作”而无法提供的有多少",
         "neighbour: 本机关不掌握 769"),
        ("en", "ha", "r.other.overdue_correction.total",
         "For Huaian city 2024: requests where the applicant didn't correct the application in time — how many?",
         "neighbour: overdue fee / 3.其他"),
        ("en", "sy", "a.litigation_after_review.total",
         "Shuyang county: lawsuits filed after an administrative review, 2025 — count?",
         "neighbour: direct lawsuits 3"),
        ("en", "sh19", "active.normative_docs.total_published",
         "Shanghai general office 2019: total number of normative documents published to date (not just this year)?",
         "neighbour: 本年新公开 60"),
        ("en", "hz23", "c.normative_docs.in_force",
         "How many normative documents are currently in force according to Hongze's 2023 report?",
         "neighbour: 本年废止 5 (same number), 本年制发 0"),
    ]
    for lang, b, k, q, why in nt:
        convs.append(T(lang, b, k, q, "[naming] trap: " + why))

    # ------------------------------------------------------------ [naming] sums
    ns = [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
         "淮安市府2024年全部公开加部分公开一共多少件？"),
        ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "信息公开复议和诉讼案件加起来多少件？说的是宿迁沭阳2025年"),
        ("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
         "涧西区政府办2020年，予以公开的和本机关不掌握的合计几件"),
        ("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
         "行政处罚加行政强制的处理决定一共多少？淮安市洪泽区2023年"),
        ("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "Huai-an municipal government 2024: reviews plus all lawsuits over disclosure, in total?"),
        ("en", "sy", ["r.granted.total", "r.partially_granted.total"],
         "Shu Yang county 2025 — fully plus partly granted requests, combined?"),
        ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "Jian'xi district office 2020: all review and court cases on disclosure added up?"),
        ("en", "sh19", ["r.received.total", "r.carried_over.total"],
         "Shanghai govt general office, 2019: new requests plus those carried over from 2018, together?"),
    ]
    for lang, b, ks, q in ns:
        convs.append(S(lang, b, ks, q, "[naming] sum of the listed cells"))

    # ------------------------------------------------------------ [naming] differences
    nd = [
        ("zh", "hz23", "hz24", "r.granted.total", "洪泽区府办予以公开的件数，2024年比2023年多了多少？", {}),
        ("zh", "sh19", "sh25", "r.carried_forward.total", "沪府办结转下年度办理的申请，2025年跟2019年比差多少", {}),
        ("zh", "hz23", "hz24", "c.licensing.decisions", "淮安洪泽区行政许可决定2023到2024年变化了多少？", {}),
        ("en", "sh19", "sh25", "r.received.total",
         "By how much did new requests to the Shanghai municipal government office change from 2019 to 2025?", {}),
        ("en", "hz23", "hz24", "c.punishment.decisions",
         "Hong Ze district: change in administrative penalty decisions between 2023 and 2024?", {}),
        ("en", "sh19", "sh25", "r.total_processed.total",
         "Shanghai general office — requests handled in 2025 versus 2019, what's the difference?", {}),
    ]
    for lang, b1, b2, k, q, kw in nd:
        convs.append(D(lang, b1, b2, k, q, "[naming] later year minus earlier year", **kw))

    # ------------------------------------------------------------ [naming] follow-ups switching body
    fz = [
        ("zh", [("淮安市府办2024年新收申请多少件？", "ha", "r.received.total"),
                ("那洪泽区政府呢", "hz24", "r.received.total"),
                ("上海科委同年呢？", "kw", "r.received.total")]),
        ("zh", [("沭阳县2025年予以公开多少件", "sy", "r.granted.total"),
                ("换成上海市府办公厅呢，同一年", "sh25", "r.granted.total")]),
        ("zh", [("市科委2024年行政复议几件？", "kw", "a.review.total"),
                ("淮安呢？", "ha", "a.review.total"),
                ("其中纠正了几件", "ha", "a.review.corrected")]),
        ("zh", [("涧西区府办2020年新收申请多少", "jx", "r.received.total"),
                ("结转到下一年的呢", "jx", "r.carried_forward.total"),
                ("那上海府办2019年结转下年的是多少", "sh19", "r.carried_forward.total")]),
        ("zh", [("洪泽2023年行政处罚决定多少个？", "hz23", "c.punishment.decisions"),
                ("沭阳县府办2025年的呢", "sy", "c.punishment.decisions")]),
        ("zh", [("上海市政府办公厅2025年办结多少申请", "sh25", "r.total_processed.total"),
                ("沐阳呢", "sy", "r.total_processed.total")]),
        ("zh", [("淮安市政府2024年行政许可决定数？", "ha", "c.licensing.decisions"),
                ("洪泽区府办同年多少", "hz24", "c.licensing.decisions")]),
        ("zh", [("2019年沪府办公厅未经复议直接起诉的诉讼几件", "sh19", "a.litigation_direct.total"),
                ("2025年呢", "sh25", "a.litigation_direct.total"),
                ("换涧西区政府办2020年看看", "jx", "a.litigation_direct.total")]),
        ("zh", [("淮安市政府2024年办结多少件申请", "ha", "r.total_processed.total"),
                ("市科委同年呢", "kw", "r.total_processed.total")]),
        ("en", [("How many requests did Huaian receive in 2024?", "ha", "r.received.total"),
                ("and STCSM the same year?", "kw", "r.received.total")]),
        ("en", [("Shuyang county 2025: how many admin reviews over disclosure?", "sy", "a.review.total"),
                ("What about the Shanghai general office that year?", "sh25", "a.review.total")]),
        ("en", [("Hongze district government, 2024: requests granted in full?", "hz24", "r.granted.total"),
                ("and Huai'an city itself?", "ha", "r.granted.total"),
                ("how many did the city grant only partly?", "ha", "r.partially_granted.total")]),
        ("en", [("Jianxi district general office 2020 — how many requests were carried forward?", "jx",
                 "r.carried_forward.total"),
                ("Now the Shanghai municipal government office for 2019, same figure", "sh19",
                 "r.carried_forward.total")]),
        ("en", [("STCSM 2024: how many requests were carried over from 2023?", "kw", "r.carried_over.total"),
                ("And for Huai-an?", "ha", "r.carried_over.total")]),
        ("en", [("Shuyang xian 2025, requests withheld?", "sy", "r.withheld.total"),
                ("Huai'an's figure for 2024?", "ha", "r.withheld.total")]),
        ("en", [("How many penalty decisions did Hongze report for 2024?", "hz24", "c.punishment.decisions"),
                ("And a year earlier?", "hz23", "c.punishment.decisions")]),
    ]
    for lang, turns in fz:
        convs.append(F(lang, [(q, expect_value(b, k)) for q, b, k in turns],
                       "[naming] follow-ups switch body (and keep the quantity); a bare switch "
                       "keeps the year when the new body holds it"))

    # ------------------------------------------------------------ [naming] bodies not held
    nh = [
        ("zh", "淮安区政府2024年收到多少信息公开申请？", "淮安区 (a district of 淮安) is not in the corpus; 淮安市 is"),
        ("zh", "清江浦区府办2024年的不予公开件数是多少", "清江浦区 not in the corpus"),
        ("zh", "洪泽隔壁的金湖县2024年行政复议几件", "金湖县 not in the corpus"),
        ("zh", "宿迁市政府2025年新收申请多少件？", "宿迁市 not in the corpus (only 沭阳县)"),
        ("zh", "泗阳县2025年依申请公开收了几件", "泗阳县 not in the corpus"),
        ("zh", "洛阳市府办2020年政府信息公开申请数量", "洛阳市 not in the corpus (only 涧西区政府办)"),
        ("zh", "上海市浦东新区2025年受理了多少申请？", "浦东新区 not in the corpus"),
        ("en", "How many disclosure requests did the Nanjing municipal government office get in 2024?",
         "Nanjing not in the corpus"),
        ("en", "Xigong district office (Luoyang), 2020 — number of new requests?",
         "西工区 not in the corpus"),
        ("en", "How many admin reviews did Huaiyin district face in 2024?", "淮阴区 not in the corpus"),
        ("en", "Shanghai Education Commission 2024: requests received?",
         "上海市教委 not in the corpus (only 科委)"),
        ("en", "Suqian city government 2025, how many requests were granted?", "宿迁市 not in the corpus"),
    ]
    for lang, q, why in nh:
        convs.append(U(lang, q, why, "[naming] body not held: no other body's number may be given"))

    # ------------------------------------------------------------ [cannot] unanswerable
    cu = [
        ("zh", "淮安市2024年的信息公开申请人里男女各占多少？", "applicant sex is not reported"),
        ("zh", "沭阳县2025年申请人的年龄分布是怎样的，60岁以上的有几个", "applicant age not reported"),
        ("zh", "上海市府办公厅2025年通过电子邮件提交的申请有多少件", "channel (email) not reported"),
        ("zh", "洪泽区2024年当面递交的信息公开申请有几件？", "channel (in person) not reported"),
        ("zh", "淮安市政府2024年每个月收到多少件申请", "monthly breakdown not reported"),
        ("zh", "沭阳县2025年第三季度新收了几件申请？", "quarterly breakdown not reported"),
        ("zh", "淮安市公安局2024年收到多少件信息公开申请", "per-department figures are not in the city report"),
        ("zh", "预计淮安市2025年会收到多少件信息公开申请？", "forecast for a future year"),
        ("zh", "沭阳县2026年计划办结多少件申请", "plan for a future year, no number in the report"),
        ("zh", "你觉得上海市科委的信息公开工作打几分？", "opinion/rating, not in the report"),
        ("zh", "淮安市2023年收到多少信息公开申请？", "year not held (only 2024)"),
        ("zh", "涧西区府办2021年不予公开了几件", "year not held (only 2020)"),
        ("zh", "洪泽区2022年新收申请多少件", "year not held (2023, 2024 only)"),
        ("zh", "沭阳县2025年的行政复议案件被纠正主要是什么原因？", "cause not stated in the report"),
        ("zh", "淮安市2024年提出信息公开申请的企业都是哪些行业的，各多少家？", "industry of applicants not reported"),
        ("zh", "上海市科委2024年的申请里，通过网上平台提交的有几件？", "channel (online) not reported"),
        ("en", "How many of Shuyang's 2025 requesters were women?", "applicant sex not reported"),
        ("en", "How many requests reached the Shanghai general office by post in 2025?",
         "channel (letter) not reported"),
        ("en", "Huai'an 2024: how many applications were filed online versus on paper?",
         "channel not reported"),
        ("en", "What was STCSM's busiest month for information requests in 2024?",
         "monthly breakdown not reported"),
        ("en", "How many requests will Hongze receive in 2025?", "forecast; no 2025 Hongze report"),
        ("en", "Is Huai'an's disclosure work better than Shuyang's, in your view?",
         "opinion, not a fact of the reports"),
        ("en", "How many requests did the Shanghai general office receive in 2022?",
         "year not held (2019, 2025 only)"),
        ("en", "STCSM's 2023 figure for requests received?", "year not held (only 2024)"),
        ("en", "Which Huai'an city bureau received the most disclosure requests in 2024?",
         "per-department breakdown not in the report"),
        ("en", "Why did Jianxi carry two requests into 2021 — what were they about?",
         "cause/content not stated"),
        ("en", "How many people work on information disclosure in Shuyang County?",
         "staffing not reported"),
    ]
    for lang, q, why in cu:
        convs.append(U(lang, q, why, "[cannot] the reports do not hold this; no number may be given"))

    # ------------------------------------------------------------ [cannot] na (template lacks it)
    na = [
        ("zh", "ha", ["c.procurement.amount"], "淮安市政府2024年政府集中采购总金额多少万元？",
         ["c.fees.amount"]),
        ("zh", "jx", ["c.fees.amount"], "涧西区府办2020年行政事业性收费本年收费金额是多少", ["c.fees.prev_year_items"]),
        ("zh", "hz23", ["r.other.overdue_fee.total"], "洪泽区2023年申请人逾期未按收费通知要求缴纳费用的有几件",
         ["r.other.total"]),
        ("zh", "sh19", ["c.normative_docs.in_force"], "上海市府办公厅2019年现行有效的规范性文件多少件",
         ["c.normative_docs.total_published"]),
        ("en", "sy", ["c.licensing.prev_year_items"],
         "Shuyang 2025: number of licensing items in the previous year (上一年项目数量)?",
         ["c.licensing.decisions"]),
        ("en", "sh19", ["c.normative_docs.repealed"],
         "How many normative documents did the Shanghai general office repeal in 2019?",
         ["c.normative_docs.made"]),
        ("en", "hz23", ["c.procurement.projects"],
         "Hongze 2023: how many centralized government procurement projects?", []),
        ("en", "jx", ["r.other.overdue_correction.total"],
         "Jianxi 2020 — requests dropped because the applicant didn't correct them in time?",
         ["r.other.total"]),
    ]
    for lang, b, ks, q, rel in na:
        convs.append(NA(lang, b, ks, q, rel, "[cannot] na: not printed in this template version"))

    # ------------------------------------------------------------ [mix] values (staff wording)
    mv = [
        ("zh", "ha", "r.withheld.third_party.total", "淮安市人民政府2024年报表三（三）4.保护第三方合法权益 总计"),
        ("zh", "sy", "r.not_processed.duplicate.total", "沭阳县人民政府2025年度 不予处理-重复申请 的总计数"),
        ("zh", "ha", "r.received.legal_person", "淮安市人民政府2024年新收申请中法人或其他组织合计多少"),
        ("zh", "sh19", "c.procurement.amount", "上海市人民政府办公厅2019年第二十条第（九）项政府集中采购总金额"),
        ("zh", "jx", "c.procurement.projects", "涧西区人民政府办公室2020年政府集中采购项目数量"),
        ("zh", "sy", "c.fees.amount", "沭阳县人民政府2025年行政事业性收费本年收费金额（万元）"),
        ("zh", "ha", "a.litigation_after_review.pending", "淮安市人民政府2024年复议后起诉、尚未审结的有几件"),
        ("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年（六）其他处理 3.其他 总计"),
        ("zh", "hz23", "c.fees.amount", "淮安市洪泽区人民政府2023年行政事业性收费金额是多少万元"),
        ("zh", "sh19", "c.regulations.made", "上海市人民政府办公厅2019年本年新制作规章多少件"),
        ("zh", "ha", "c.coercion.decisions", "淮安市人民政府2024年行政强制本年处理决定数量"),
        ("zh", "sy", "r.unable.needs_creation.total", "沭阳县人民政府2025年，没有现成信息需要另行制作而无法提供的有几件"),
        ("zh", "ha", "a.review.other", "淮安市人民政府2024年信息公开行政复议“其他结果”有几件"),
        ("en", "ha", "r.unable.unclear.total",
         "Huai'an Municipal People's Government 2024: requests where the content requested was unclear (补正后申请内容仍不明确)?"),
        ("en", "sy", "c.normative_docs.in_force",
         "Shuyang County People's Government 2025: administrative normative documents currently in force?"),
        ("en", "ha", "c.fees.amount",
         "Huai'an Municipal People's Government 2024: administrative fees collected (table 2)?"),
        ("en", "sy", "a.review.pending", "Shuyang County People's Government 2025: reviews still pending at year end?"),
        ("en", "jx", "c.normative_docs.published",
         "Jianxi District Government Office 2020: normative documents newly published this year?"),
        ("en", "ha", "r.not_processed.petition.total",
         "Huai'an Municipal People's Government 2024: requests not processed because they were really petitions (信访)?"),
        ("en", "sh19", "a.review.pending",
         "Shanghai Municipal People's Government General Office 2019: reconsiderations not yet concluded?"),
        ("en", "sy", "r.received.commercial",
         "Shuyang County People's Government 2025: new requests from commercial enterprises?"),
        ("en", "hz23", "r.withheld.internal_affairs.total",
         "Hongze District People's Government 2023: requests withheld as internal affairs (三类内部事务)?"),
    ]
    for lang, b, k, q in mv:
        kw = {"unit": "万元"} if k in ("c.procurement.amount", "c.fees.amount") else {}
        convs.append(V(lang, b, k, q, "[mix] table value from gold", **kw))

    # ------------------------------------------------------------ [mix] traps
    mt = [
        ("zh", "sy", "r.received.total", "沭阳县2025年表格里“本年新收”申请是多少？（别算上年结转的）",
         "text says 受理 749 (incl. 结转 36); the question asks 新收 = 713"),
        ("zh", "sh19", "a.review.total", "上海市府办公厅2019年信息公开行政复议一共几件，是不是都维持了？",
         "text says 均获维持, table shows 2 尚未审结; total 7"),
        ("zh", "ha", "a.litigation_direct.total", "淮安2024年未经复议直接起诉的行政诉讼有几件",
         "text's 行政诉讼 46 = direct 26 + after review 20; asks direct only"),
        ("zh", "jx", "c.normative_docs.made", "涧西区政府办2020年本年制发的规范性文件几件", "2021 column name asked of a 2019 report: 本年新制作数量"),
        ("zh", "ha", "c.normative_docs.issued", "淮安市2024年本年新制作的行政规范性文件多少件",
         "2019 column name asked of a 2021 report: 本年制发件数 8 (text says 政策性文件 11)"),
        ("zh", "ha", "r.unable.not_held.total", "淮安市2024年“本机关不掌握相关政府信息”无法提供的，总计多少",
         "neighbour rows 没有现成信息 / 补正后不明确"),
        ("zh", "sy", "a.review.total", "沭阳县2025年因信息公开被申请行政复议几件（不含诉讼）",
         "text 相关案件 74 = reviews + lawsuits; reviews alone 61"),
        ("en", "ha", "r.partially_granted.total",
         "Huai'an 2024: partially granted requests only, not the full grants — how many?", "neighbour granted 1362"),
        ("en", "sh19", "r.carried_over.total",
         "Shanghai general office 2019: requests carried over FROM 2018 (not into 2020)?",
         "neighbour carried forward 72"),
        ("en", "sy", "a.litigation_direct.total",
         "Shuyang 2025: lawsuits filed directly, without a prior review?", "neighbour after-review 10"),
        ("en", "ha", "a.review.upheld", "Huai'an 2024: reviews where the decision was upheld?",
         "neighbour corrected 64"),
        ("en", "jx", "r.carried_forward.total",
         "Jianxi 2020: the number of requests still being handled at year end?",
         "text: 在办2件 = 结转 2; neighbour carried over 0"),
        ("en", "hz23", "r.unable.not_held.total",
         "Hongze 2023: how many requests could not be answered because the office doesn't hold the info?",
         "neighbour 没有现成信息"),
        ("en", "sy", "c.normative_docs.issued",
         "Shuyang 2025: normative documents issued this year (not the ones in force)?", "neighbour in force 32"),
    ]
    for lang, b, k, q, why in mt:
        convs.append(T(lang, b, k, q, "[mix] trap: " + why))
    # printed-blank / inconsistent totals: value = sum of the printed cells, printed_total given
    convs.append(V("zh", "sh19", cols("granted"), "上海市人民政府办公厅2019年予以公开的申请有多少件？",
                   "[mix] 009 leaves the （一）予以公开 总计 cell blank: value = sum of the six "
                   "columns; text says 予以公开及部分公开 258 (disagrees)", printed_total=["r.granted.total"]))
    convs.append(T("zh", "hz23", ["a.review.upheld", "a.review.corrected", "a.review.other",
                                  "a.review.pending"], "洪泽区2023年信息公开行政复议总共几件？",
                   "[mix] trap: 004 prints 0 as 复议总计 while its outcome cells add up; value = sum "
                   "of the outcome cells, printed_total 0", printed_total=["a.review.total"]))

    # ------------------------------------------------------------ [mix] sums
    ms = [
        ("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"],
         "沭阳县2025年逾期未补正和逾期未缴费的申请合计多少件"),
        ("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
         "淮安市2024年无法提供的申请三项加起来一共几件"),
        ("zh", "jx", ["c.normative_docs.made", "c.regulations.made"], "涧西区府办2020年新制作的规章和规范性文件一共几件"),
        ("zh", "sh19", ["a.review.total", "a.litigation_direct.total"], "上海市府办公厅2019年信息公开复议和直接起诉的诉讼加起来多少"),
        ("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
         "Huai'an 2024: licensing, penalty and coercion decisions added together?"),
        ("en", "sy", ["r.received.total", "r.carried_over.total"],
         "Shuyang 2025: new requests plus carried-over ones — the total on the left side of the table's rule?"),
        ("en", "hz23", ["r.granted.total", "r.partially_granted.total"],
         "Hongze 2023: requests granted fully or partly, combined?"),
        ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
         "Huai'an 2024: all disclosure lawsuits, direct and after review, in total?"),
    ]
    for lang, b, ks, q in ms:
        convs.append(S(lang, b, ks, q, "[mix] sum of the listed cells"))

    # ------------------------------------------------------------ [mix] differences
    md = [
        ("zh", "sh19", "sh25", "a.review.total", "上海市人民政府办公厅信息公开行政复议数量，2025年较2019年增加了多少？",
         "2025 counts carried-over cases (table note)"),
        ("zh", "hz23", "hz24", "r.total_processed.total", "洪泽区办结的申请总数，2024年和2023年相比变化多少", ""),
        ("en", "sh19", "sh25", "r.carried_over.total",
         "Shanghai Municipal People's Government General Office: requests carried over at the start of 2025 vs 2019, difference?", ""),
        ("en", "hz23", "hz24", "r.carried_forward.total",
         "Hongze District: requests carried into the next year, 2024 minus 2023?", ""),
    ]
    for lang, b1, b2, k, q, why in md:
        convs.append(D(lang, b1, b2, k, q, "[mix] later year minus earlier year" + ("; " + why if why else "")))

    # ------------------------------------------------------------ [mix] rankings (gold bodies)
    ALL = ["jx", "ha", "hz23", "sy", "sh19"]
    mr = [
        ("zh", ALL, "r.received.total", "desc", "涧西2020、淮安2024、洪泽2023、沭阳2025、上海府办2019这五家，谁新收的申请最多？"),
        ("zh", ["ha", "sy", "hz23", "jx"], "r.carried_over.total", "desc", "淮安、沭阳、洪泽2023、涧西这几家，上年结转申请谁最多"),
        ("zh", ALL, "r.received.total", "asc", "新收申请最少的是哪家：涧西区府办2020、淮安市2024、洪泽区2023、沭阳县2025、上海市府办公厅2019"),
        ("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "淮安市、沭阳县、洪泽区（2023）谁的行政许可决定最多？"),
        ("zh", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "行政事业性收费金额哪家最高：淮安2024、沭阳2025、洪泽2023"),
        ("zh", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "asc", "结转下年度办理的申请，淮安、沭阳、涧西、上海府办2019里谁最少"),
        ("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc",
         "Among Huai'an, Shuyang, Shanghai's general office (2019) and Jianxi, who faced the most disclosure reviews?"),
        ("en", ["sy", "sh19", "jx", "hz23"], "a.litigation_direct.total", "desc",
         "Which of Shuyang, Shanghai general office 2019, Jianxi and Hongze 2023 had the most direct lawsuits?"),
        ("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "desc",
         "Huai'an, Shuyang or Hongze 2023 — which granted the most requests in part?"),
        ("en", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "asc",
         "Of Huai'an, Shuyang, Hongze 2023 and Jianxi, which had the fewest 'information not held' replies?"),
    ]
    for lang, bodies, k, order, q in mr:
        e = ER(bodies, k, order, **({"unit": "万元"} if k == "c.fees.amount" else {}))
        convs.append(C("ranking", lang, [(q, e)], "[mix] ranking over bodies with gold"))

    # ------------------------------------------------------------ [mix] narrative
    mn = [
        ("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？"),
        ("zh", "kw", "当年发布政府信息 393 件", 393, "件", "上海市科委2024年通过部门网站发布政府信息多少件"),
        ("zh", "sh25", "新闻发布会 42 场", 42, "场", "上海市政府办公厅2025年召开了几场市政府新闻发布会"),
        ("zh", "sh25", "主动撤回 157 件", 157, "件", "2025年上海市政府受理的申请中，申请人主动撤回的有多少件"),
        ("zh", "sy", "4511条", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息"),
        ("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的信息公开年报？"),
        ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年组织召开了多少场新闻发布会"),
        ("zh", "jx", "601项事项", 601, "项", "涧西区府办2020年梳理细化了多少项政务公开事项", "梳理细化权力运行"),
        ("zh", "sh19", "90.2%", 90.2, "%", "上海市府办公厅2019年市政府公文主动公开率是多少"),
        ("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站平台主动公开政府信息多少条"),
        ("en", "kw", "121 条", 121, "条", "How many policies did STCSM push out through integrated release in 2024?"),
        ("en", "ha", "3940", 3940, "元", "How much did Huai'an collect in information processing fees in 2024 (yuan)?"),
        ("en", "sh25", "13528", 13528, "条", "How many items has the 'Shanghai International Services Portal' published, per the 2025 report?"),
        ("en", "sy", "380元", 380, "元", "Shuyang 2025: total information processing fees charged across the county?"),
        ("en", "jx", "办结率88.2%", 88.2, "%", "What completion rate for requests did Jianxi report for 2020?"),
        ("en", "sh19", "132件", 132, "件", "How many policy interpretations did the Shanghai general office publish on its portal in 2019?"),
        ("en", "ha", "95个", 95, "个", "How many government new-media accounts was Huai'an running at the time of its 2024 report?"),
        ("en", "kw", "2139 条", 2139, "条",
         "How many items did the 'Shanghai Science and Technology' website publish over 2024?"),
        ("en", "sh19", "2261项", 2261, "项",
         "How many service items were connected to the unified 'one-network' intake platform per Shanghai's 2019 general office report?"),
        ("en", "hz24", "代表区政府受理", 17, "件",
         "According to the narrative of Hongze's 2024 report, how many requests did the district office accept on behalf of the district government?"),
    ]
    for item in mn:
        lang, b, kw, v, unit, q = item[:6]
        frm = item[6] if len(item) > 6 else None
        convs.append(N(lang, b, kw, v, unit, q, "[mix] number stated only in the report text",
                       frm=frm))

    # ------------------------------------------------------------ [mix] passages
    mp = [
        ("zh", "hz24", ["复杂申请件的研判能力不足"], 5, "洪泽区2024年报里说工作存在哪些不足？"),
        ("zh", "sh25", ["政策信息分散于多个平台"], 5, "上海市政府办公厅2025年自己承认的主要问题是什么"),
        ("zh", "sy", ["政策解读多样性需进一步加强"], 5, "沭阳县2025年政府信息公开存在哪些短板？"),
        ("zh", "jx", ["人员队伍薄弱"], 5, "涧西区府办2020年报告中提到的存在问题有哪些"),
        ("zh", "ha", ["0517-83605210"], 0, "对淮安市2024年年报有疑问，打哪个电话？"),
        ("zh", "kw", ["机构改革"], 5, "上海科委2024年报告的主要问题是什么？"),
        ("en", "ha", ["人员配备不足"], 5, "What weaknesses did Huai'an admit in its 2024 report?"),
        ("en", "hz23", ["跟班学习制度"], 5, "What did Hongze plan in its 2023 report to improve staff skills?"),
        ("en", "sh19", ["政府网站集约化建设"], 5, "What problems did the Shanghai general office list in its 2019 report?"),
        ("en", "hz24", ["洪泽湖大道 90号"], 0, "What is the postal address for questions on Hongze's 2024 report?"),
        ("en", "kw", ["stcsm.sh.gov.cn"], 0, "Where can the electronic version of STCSM's 2024 report be downloaded?"),
        ("en", "sh25", ["未收取信息公开处理费"], 6, "Did the Shanghai general office charge any processing fees in 2025?"),
    ]
    for lang, b, words, sec, q in mp:
        convs.append(P(lang, b, words, sec, q, "[mix] passage: answer must quote or paraphrase"))

    return convs
