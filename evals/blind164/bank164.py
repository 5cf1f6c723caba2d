"""Question bank of blind evaluation set 164 (evals/blind164). Holds every test question:
as frozen as test.jsonl. All wordings written for this set. Emphasis: follow-up conversations
(about 35%). Values are never typed: helpers164 computes them from gold/*.json, from the
printed cells in text_cells.json (specs as verified there), or from report sentences."""
import json
import os

import blindlib164 as L
from helpers164 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _r in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _r["cells"].items()}

ZH = {"ha": ["淮安市政府", "淮安", "淮安市"], "hz23": ["洪泽区政府", "洪泽", "洪泽区"],
      "hz24": ["洪泽区政府", "洪泽", "洪泽区"], "sy": ["沭阳县政府", "沭阳", "沭阳县"],
      "kw": ["上海市科委", "上海科委", "市科委"], "sh25": ["上海市府办", "上海市政府办公厅", "上海市府办"],
      "sh19": ["上海市政府办公厅", "上海市府办", "上海市政府办公厅"], "jx": ["涧西区政府办", "涧西区", "涧西"]}
EN_ = {"ha": ["Huai'an city government", "Huaian", "Huai'an"], "hz23": ["Hongze District", "Hongze", "the Hongze district government"],
       "hz24": ["Hongze District", "Hongze", "the Hongze district government"], "sy": ["Shuyang County", "Shuyang", "the Shuyang county government"],
       "kw": ["the Shanghai science commission", "STCSM", "Shanghai's science and technology commission"],
       "sh25": ["the Shanghai General Office", "Shanghai's municipal general office", "the Shanghai government general office"],
       "sh19": ["the Shanghai General Office", "Shanghai's municipal general office", "the Shanghai government general office"],
       "jx": ["Jianxi District", "the Jianxi district office", "Jianxi"]}
YZH = {2019: ["2019年", "19年", "二〇一九年"], 2020: ["2020年", "20年", "二〇二〇年"], 2023: ["2023年", "23年", "二〇二三年"],
       2024: ["2024年", "24年", "二〇二四年"], 2025: ["2025年", "25年", "二〇二五年"]}
YEN = {y: ["in %d" % y, "for %d" % y, "FY%d" % y] for y in YZH}

# key -> (zh phrases, en phrases); all written for this set
KP = {
    "r.received.total": (["新接到多少份信息公开申请", "一共新收了几件依申请公开", "新进来的公开申请有多少件"],
                         ["how many new disclosure requests came in", "how many fresh information requests were filed", "what was the number of newly lodged applications"]),
    "r.granted.total": (["有多少件申请是全部公开给申请人的", "整件都公开了的答复有几件", "完全满足公开的申请多少件"],
                        ["how many requests ended with everything released", "how many applications were answered with full disclosure", "how many requests got the whole record handed over"]),
    "r.partially_granted.total": (["只公开了一部分的有几件", "部分公开的答复多少件", "公开一半留一半的申请有多少"],
                                  ["how many requests were only partly released", "how many answers disclosed part of the record", "how many got a partial release"]),
    "r.unable.not_held.total": (["因为机关自己没有这份信息而答复不了的有多少件", "回复“本机关不掌握”的有几件", "手上没有所以给不了的申请多少件"],
                                ["how many requests failed because the office did not hold the information", "how many times did it answer that it had no such record", "how many were turned down as information not held"]),
    "r.total_processed.total": (["全年答复处理完的申请总共多少件", "办完的申请合计多少", "处理结果总计是多少件"],
                                ["how many requests were dealt with in total", "how many applications were closed out altogether", "what was the total of requests answered"]),
    "r.carried_forward.total": (["有多少件申请拖到下一年才办", "结转到下一年度继续办理的有几件", "年底还没办完、转入下年的申请多少件"],
                                ["how many requests were rolled into the next year", "how many applications were still open and pushed to the following year", "how many were carried forward to the next year"]),
    "r.carried_over.total": (["从上一年带过来的申请有几件", "上年结转过来的申请多少件", "承接上一年度未办完的申请有多少"],
                             ["how many requests were inherited from the year before", "how many applications were carried over into the year", "how many open requests came over from the prior year"]),
    "a.review.total": (["因信息公开被申请行政复议一共多少起", "信息公开方面的行政复议总数", "被人申请复议的信息公开案子有几个"],
                       ["how many administrative reconsiderations about disclosure were there in total", "what was the total count of review cases over disclosure", "how many people took disclosure decisions to administrative review"]),
    "a.litigation_direct.total": (["没经过复议直接起诉的行政诉讼有几起", "直接打官司的信息公开案件多少件", "未经复议直接诉讼的总数"],
                                  ["how many lawsuits were filed straight away without review first", "how many disclosure cases went directly to court", "how many direct lawsuits were there in total"]),
    "c.licensing.decisions": (["行政许可决定做了多少件", "许可类的处理决定有多少", "作出的行政许可数量是多少"],
                              ["how many administrative licensing decisions were made", "how many permits decisions were issued", "what was the number of licensing decisions"]),
    "c.punishment.decisions": (["行政处罚决定有多少件", "处罚决定一共作出多少", "罚了多少件（行政处罚决定数）"],
                               ["how many administrative penalty decisions were made", "how many penalties were decided", "what was the count of punishment decisions"]),
    "c.coercion.decisions": (["行政强制的决定有几件", "采取行政强制的处理决定多少", "行政强制决定数量"],
                             ["how many administrative coercion decisions were taken", "how many enforcement-measure decisions were recorded", "what was the number of coercive measures decided"]),
    "c.normative_docs.issued": (["新发了几件行政规范性文件", "当年制发的规范性文件有多少", "新出台的行政规范性文件几件"],
                                ["how many new normative documents were issued", "how many administrative normative documents were newly put out", "how many normative documents did it issue"]),
    "c.normative_docs.in_force": (["现在还有效的行政规范性文件多少件", "现行有效的规范性文件一共几件", "仍在生效的行政规范性文件数量"],
                                  ["how many normative documents are still in force", "how many valid normative documents were on the books", "how many normative documents remained in effect"]),
    "r.not_processed.petition.total": (["被当成信访、投诉、举报处理的申请几件", "属于信访举报投诉类而没按公开申请办的有多少", "信访类申请不予处理了多少件"],
                                       ["how many requests were really complaints or petitions and not handled as disclosure", "how many were set aside as petition-type matters", "how many applications were treated as complaints instead"]),
}


def keys_ok(b, k):
    from helpers164 import K, val, check_blank_totals
    kk = K(k)
    try:
        check_blank_totals(b, [kk])
        v = val(b, kk)
    except Exception:
        return False
    return v is not None


AVOID = {("sy", "r.received.total"), ("hz24", "r.received.total"), ("hz24", "r.total_processed.total"),
         ("hz23", "a.review.total"), ("sh19", "r.granted.total"), ("sh19", "r.partially_granted.total"),
         ("sh19", "c.licensing.decisions"), ("sh19", "c.punishment.decisions"), ("sh19", "c.coercion.decisions"),
         ("jx", "c.licensing.decisions"), ("jx", "c.punishment.decisions"), ("jx", "c.coercion.decisions"),
         ("sh19", "r.carried_over.total"), ("sh19", "r.received.total"), ("sh19", "r.total_processed.total"),
         ("sh19", "r.carried_forward.total"), ("ha", "r.received.total"), ("ha", "r.total_processed.total"),
         ("ha", "r.carried_over.total"), ("ha", "r.carried_forward.total"), ("ha", "a.review.upheld"),
         ("jx", "r.received.total"), ("kw", "r.received.total"), ("kw", "r.granted.total"), ("kw", "r.carried_over.total"),
         ("sh25", "r.received.total"), ("sh25", "r.carried_over.total"), ("sy", "r.total_processed.total"),
         ("sy", "r.carried_forward.total"), ("sh19", "a.review.total"), ("sh19", "a.litigation_direct.total")}
MONEY = {"c.fees.amount"}


def ok(b, k):
    return (b, k) not in AVOID and keys_ok(b, k)


def qzh(b, k, i):
    n, y, p = ZH[b][i % 3], YZH[L.BODIES[b][1]][i % 3], KP[k][0][i % 3]
    forms = ["%s%s%s？", "请问%s%s的年报里，%s？", "%s在%s，%s"]
    return forms[i % 3] % (n, y, p)


def qen(b, k, i):
    n, y, p = EN_[b][i % 3], YEN[L.BODIES[b][1]][i % 3], KP[k][1][i % 3]
    forms = ["For %s %s: %s?", "%s, %s — %s?", "Quick one: %s %s, %s?"]
    out = forms[i % 3] % (n, y, p)
    return out[0].upper() + out[1:]


def q(lang, b, k, i):
    return qzh(b, k, i) if lang == "zh" else qen(b, k, i)


BODIES = ["ha", "hz23", "hz24", "sy", "kw", "sh25", "sh19", "jx"]


def plain():
    out, i = [], 0
    for k in KP:
        for b in BODIES:
            if not ok(b, k):
                continue
            lang = "zh" if i % 2 == 0 else "en"
            out.append(V(lang, b, k, q(lang, b, k, i + (i // 2)), "[plain] table value, everyday wording"))
            i += 1
    # fees in 万元
    fz = {"ha": "淮安市政府2024年行政事业性收费金额是多少万元？", "hz23": "洪泽区二〇二三年收了多少行政事业性收费（万元）？",
          "sy": "沭阳25年行政事业性收费总额多少？"}
    fe = {"hz24": "How much did Hongze District take in from administrative fees in 2024 (in 10k yuan)?",
          "ha": "What did Huai'an collect in administrative and institutional fees for FY2024?"}
    for b, qq in fz.items():
        out.append(V("zh", b, "c.fees.amount", qq, "[plain] fee amount in 万元", unit="万元"))
    for b, qq in fe.items():
        out.append(V("en", b, "c.fees.amount", qq, "[plain] fee amount in 万元", unit="万元"))
    return out


# ------------------------------------------------------------------ follow-ups
SWITCH_BODY_ZH = ["那%s呢？", "换成%s同一项呢", "%s的这个数是多少？", "那%s那边呢"]
SWITCH_BODY_EN = ["And %s?", "Same figure for %s?", "What about %s?", "How does %s compare on that?"]


def fu_body_switch():
    out, i = [], 0
    pairs = [("ha", "hz24"), ("ha", "kw"), ("hz24", "kw"), ("sy", "sh25"), ("ha", "sy"), ("hz24", "ha"), ("kw", "hz24"), ("sh25", "sy"), ("sy", "ha")]
    for b1, b2 in pairs:
        for k in KP:
            if not (ok(b1, k) and ok(b2, k)) or L.BODIES[b1][1] != L.BODIES[b2][1]:
                continue
            lang = "zh" if i % 2 == 0 else "en"
            if lang == "zh":
                t2 = SWITCH_BODY_ZH[i % 4] % ZH[b2][(i + 1) % 3]
            else:
                t2 = SWITCH_BODY_EN[i % 4] % EN_[b2][(i + 1) % 3]
            out.append(F(lang, [(q(lang, b1, k, i + 1), E(b1, k)), (t2, E(b2, k))],
                         "[followup] elliptical body switch, same year"))
            i += 1
    return out[::2][:16]


def fu_year_switch():
    out, i = [], 0
    for b1, b2 in [("hz23", "hz24"), ("hz24", "hz23"), ("sh19", "sh25"), ("sh25", "sh19")]:
        for k in list(KP) + ["r.received.natural_person", "a.review.total"]:
            if k not in KP or not (ok(b1, k) and ok(b2, k)):
                continue
            y2 = L.BODIES[b2][1]
            lang = "zh" if i % 2 == 0 else "en"
            t2 = (["换成%s呢？" % YZH[y2][0], "%s的呢" % YZH[y2][1], "那%s是多少" % YZH[y2][0]][i % 3] if lang == "zh"
                  else ["And in %d?" % y2, "What about the %d report?" % y2, "%d?" % y2][i % 3])
            turns = [(q(lang, b1, k, i), E(b1, k)), (t2, E(b2, k))]
            if i % 3 == 0 and b1 in ("hz23", "hz24") and b2 in ("hz23", "hz24"):
                lo, hi = sorted([b1, b2], key=lambda b: L.BODIES[b][1])
                t3 = ("两年相比变化了多少（2024减2023）？" if lang == "zh" else "So what is the change from 2023 to 2024?")
                turns.append((t3, ED(lo, hi, k)))
            out.append(F(lang, turns, "[followup] switch year with explicit year"))
            i += 1
    return out


PARTS = [  # (body, parent key, child key, zh follow, en follow)
    ("ha", "r.received.total", "r.received.natural_person", "其中个人（自然人）提的有几件？", "Of those, how many came from private individuals?"),
    ("ha", "r.received.total", "r.received.legal_person", "这里面企业和其他组织提的加起来多少？", "And how many of them were filed by companies and other organisations together?"),
    ("ha", "r.withheld.total", "r.withheld.admin_query.total", "其中算作行政查询事项的有几件？", "Of those, how many were refused as administrative inquiries?"),
    ("sy", "r.withheld.total", "r.withheld.process_info.total", "里面属于过程性信息的多少？", "How many of those were process information?"),
    ("ha", "r.unable.total", "r.unable.not_held.total", "其中本机关不掌握的占几件？", "Of those, how many because the info was not held?"),
    ("sy", "r.unable.total", "r.unable.not_held.total", "当中“不掌握”的有多少？", "How many of those were 'not held'?"),
    ("sy", "a.review.total", "a.review.corrected", "其中被纠正的几件？", "Of those, how many ended with the decision corrected?"),
    ("ha", "a.review.total", "a.review.corrected", "结果被纠错的有几起？", "How many of the reviews corrected the decision?"),
    ("ha", "a.litigation_direct.total", "a.litigation_direct.upheld", "其中法院维持的几起？", "And how many of those lawsuits were upheld?"),
    ("sy", "a.litigation_after_review.total", "a.litigation_after_review.upheld", "这里面维持的有几件？", "Of those, how many upheld?"),
    ("ha", "r.not_processed.total", "r.not_processed.petition.total", "其中信访举报投诉类的几件？", "How many of those were complaint or petition matters?"),
    ("sy", "r.received.legal_person", "r.received.commercial", "其中商业企业提的多少？", "Of those, how many from commercial enterprises?"),
    ("jx", "r.granted.total", "r.granted.natural_person", "其中自然人申请的几件？", "How many of those came from individuals?"),
    ("hz23", "r.partially_granted.total", "r.partially_granted.natural_person", "其中个人申请的有几件？", "Of those, how many from private persons?"),
]
PARENT = {"r.received.total": ("收到的新申请总共多少件", "how many new requests arrived in total"),
          "r.withheld.total": ("不予公开的申请一共多少件", "how many requests were refused disclosure altogether"),
          "r.unable.total": ("无法提供的申请合计几件", "how many requests could not be provided in total"),
          "a.review.total": ("信息公开行政复议总共多少起", "how many disclosure review cases were there"),
          "a.litigation_direct.total": ("直接起诉的行政诉讼一共几起", "how many direct lawsuits over disclosure were there"),
          "a.litigation_after_review.total": ("复议后又起诉的有多少件", "how many cases went to court after review"),
          "r.not_processed.total": ("不予处理的申请总数多少", "how many requests were not processed at all"),
          "r.received.legal_person": ("法人或其他组织新提交的申请有几件", "how many new requests came from legal persons and organisations"),
          "r.granted.total": ("予以公开的申请有几件", "how many requests were granted in full"),
          "r.partially_granted.total": ("部分公开的有几件", "how many were partially granted")}


def fu_parts():
    out = []
    for i, (b, pk, ck, fz, fe) in enumerate(PARTS):
        for lang in ("zh", "en"):
            if lang == "zh":
                t1 = "%s%s%s？" % (ZH[b][i % 3], YZH[L.BODIES[b][1]][0], PARENT[pk][0])
                turns = [(t1, E(b, pk)), (fz, E(b, ck))]
            else:
                t1 = "%s %s: %s?" % (EN_[b][i % 3], YEN[L.BODIES[b][1]][0], PARENT[pk][1])
                turns = [(t1, E(b, pk)), (fe, E(b, ck))]
            out.append(F(lang, turns, "[followup] part of the previous number"))
    return out


MID_U = [("那这些申请人里男女各占多少？", "And how many of those applicants were women?", "sex breakdown not reported"),
         ("这些申请平均用了几天答复？", "What was the average reply time for them?", "response times not reported"),
         ("其中哪个乡镇的人申请最多？", "Which township did most of the applicants live in?", "no township breakdown"),
         ("按月份分，哪个月最多？", "Which month had the most?", "no monthly breakdown")]


def fu_unans_mid():
    out, i = [], 0
    for b1, b2, k in [("hz23", "hz24", "r.granted.total"), ("ha", "sy", "r.partially_granted.total"),
                      ("sy", "sh25", "r.unable.not_held.total"), ("ha", "kw", "c.normative_docs.issued"),
                      ("hz24", "hz23", "r.unable.not_held.total"), ("sy", "ha", "r.granted.total"),
                      ("sh25", "sy", "r.not_processed.petition.total"), ("kw", "ha", "c.normative_docs.in_force")]:
        for lang in ("zh", "en"):
            mu = MID_U[i % 4]
            y2 = L.BODIES[b2][1]
            if lang == "zh":
                t3 = "好的，那%s%s的这一项呢？" % (ZH[b2][i % 3], YZH[y2][0])
            else:
                t3 = "OK, then the same line for %s %s?" % (EN_[b2][i % 3], YEN[y2][0])
            turns = [(q(lang, b1, k, i + 2), E(b1, k)), (mu[0] if lang == "zh" else mu[1], EU(mu[2])), (t3, E(b2, k))]
            out.append(F(lang, turns, "[followup] unanswerable turn in the middle"))
            i += 1
    return out


def fu_unans_first():
    out = []
    items = [("涧西区2020年的申请人年龄分布是怎样的？", "那涧西区2020年一共新收了多少件申请？", "jx", "r.received.total", "age not reported"),
             ("Did Shuyang County publish a 2024 report in this collection?", "Then give me Shuyang's 2025 count of partially released requests.", "sy", "r.partially_granted.total", "沭阳 2024 not held"),
             ("上海科委2024年信息公开工作花了多少经费？", "那它2024年制发的行政规范性文件有几件？", "kw", "c.normative_docs.issued", "costs not reported"),
             ("How many staff handled disclosure requests at Huai'an in 2024?", "Fine. How many requests did Huai'an refuse in 2024 as not held?", "ha", "r.unable.not_held.total", "staff not reported"),
             ("洪泽区2022年收到多少申请？", "那洪泽区2023年呢，新收多少？", "hz23", "r.received.total", "洪泽 2022 not held"),
             ("What share of Shanghai General Office's 2025 requests concerned housing?", "Then what was its 2025 total of requests not held?", "sh25", "r.unable.not_held.total", "topic breakdown not reported")]
    for j, (a, b_, body, k, why) in enumerate(items):
        lang = "en" if a[0].isascii() else "zh"
        out.append(F(lang, [(a, EU(why)), (b_, E(body, k))], "[followup] unanswerable first, then answerable"))
    return out


def fu_askback():
    out = []
    items = [("sy", "r.granted.total", "你刚才说的是全部公开的那一栏吧？再报一遍沭阳2025年的数字。", "Just to be sure — that was the fully-granted line for Shuyang in 2025? Repeat the number."),
             ("ha", "r.unable.needs_creation.total", "等一下，这个是“需要另行制作”那一项吗？淮安2024年到底几件？", "Wait, is that the 'would need to be created' line? Confirm Huai'an's 2024 figure."),
             ("hz23", "r.partially_granted.total", "确认下，洪泽2023年部分公开就是这个数？", "Confirm: Hongze's 2023 partial-release count is that number?"),
             ("kw", "c.licensing.decisions", "这是许可决定数不是处罚吧？市科委2024年再确认一下。", "That's licensing, not penalties, right? Confirm STCSM's 2024 number."),
             ("sh25", "r.not_processed.duplicate.total", "你说的是重复申请那一行吗？上海市府办2025年是多少来着？", "Is that the repeated-request line? What was the 2025 Shanghai General Office figure again?")]
    for i, (b, k, z, e) in enumerate(items):
        first_z = {"r.unable.needs_creation.total": "淮安2024年有几件申请因为要另行制作而没法提供？",
                   "r.not_processed.duplicate.total": "上海市府办2025年重复申请不予处理的多少件？"}
        first_e = {"r.unable.needs_creation.total": "Huai'an 2024: how many requests could not be met because the record would have to be newly made?",
                   "r.not_processed.duplicate.total": "Shanghai General Office 2025: how many repeat requests were not processed?"}
        tz = first_z.get(k) or q("zh", b, k, i + 1)
        te = first_e.get(k) or q("en", b, k, i + 2)
        out.append(F("zh", [(tz, E(b, k)), (z, E(b, k))], "[followup] asking back about the previous answer"))
        out.append(F("en", [(te, E(b, k)), (e, E(b, k))], "[followup] asking back about the previous answer"))
    return out


def fu_rowcol():
    out = []
    items = [("ha", "r.granted.total", "r.partially_granted.total", "那部分公开呢？", "And partly released?"),
             ("sy", "r.granted.total", "r.partially_granted.total", "部分公开那行呢？", "And the partial line?"),
             ("ha", "c.normative_docs.issued", "c.normative_docs.repealed", "废止了几件？", "How many were repealed?"),
             ("sy", "c.normative_docs.issued", "c.normative_docs.in_force", "现行有效的一共多少？", "And how many in force?"),
             ("hz23", "c.licensing.decisions", "c.punishment.decisions", "处罚决定呢？", "Penalty decisions?"),
             ("ha", "a.review.total", "a.litigation_direct.total", "直接起诉的呢？", "And lawsuits filed directly?"),
             ("sy", "r.received.natural_person", "r.received.legal_person", "法人组织那一列呢？", "And the organisations' column?"),
             ("ha", "r.granted.natural_person", "r.granted.commercial", "商业企业那列呢？", "And the commercial-enterprise column?")]
    for i, (b, k1, k2, z, e) in enumerate(items):
        y = L.BODIES[b][1]
        z1 = {"r.received.natural_person": "沭阳2025年自然人新提交的申请多少件？", "r.granted.natural_person": "淮安2024年予以公开的申请里自然人的有多少？"}.get(k1) or q("zh", b, k1, i)
        e1 = {"r.received.natural_person": "Shuyang 2025: new requests from individuals?", "r.granted.natural_person": "Huai'an 2024: fully granted requests from natural persons?"}.get(k1) or q("en", b, k1, i + 1)
        tz, te = [(z1, E(b, k1)), (z, E(b, k2))], [(e1, E(b, k1)), (e, E(b, k2))]
        other = {"ha": "sy", "sy": "ha"}.get(b)
        if other and i < 6 and ok(other, k2):
            yo = L.BODIES[other][1]
            tz.append(("%s%s这一项是多少？" % (ZH[other][0], YZH[yo][0]), E(other, k2)))
            te.append(("And that line for %s in %d?" % (EN_[other][0], yo), E(other, k2)))
            if i < 3:
                tz.append(("这些里面有多少是通过网上提交的？", EU("channel breakdown not reported")))
                te.append(("How many of those were submitted online?", EU("channel breakdown not reported")))
        out.append(F("zh", tz, "[followup] switch row or column"))
        out.append(F("en", te, "[followup] switch row or column"))
    return out


# ------------------------------------------------------------------ combine, rank, trap
def combine():
    out = []
    sums = [("ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开和部分公开加起来多少件？", "Huai'an 2024: fully plus partly released requests combined?"),
            ("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳2025年三类无法提供的合计多少？", "Shuyang 2025: sum of the three 'cannot provide' lines?"),
            ("hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定加总是多少？", "Hongze 2023: licensing, penalty and coercion decisions added up?"),
            ("ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年复议、直接起诉和复议后起诉一共多少起？", "Huai'an 2024: reviews, direct suits and suits after review in total?"),
            ("jx", ["a.review.total", "a.litigation_direct.total"], "涧西区2020年复议加直接诉讼合计几起？", "Jianxi 2020: review cases plus direct lawsuits?")]
    for b, ks, z, e in sums:
        out.append(S("zh", b, ks, z, "[combine] sum of listed cells"))
        out.append(S("en", b, ks, e, "[combine] sum of listed cells"))
    diffs = [("c.licensing.decisions", "洪泽区2024年的行政许可决定比2023年多了还是少了，差多少？", "By how much did Hongze's licensing decisions change from 2023 to 2024?"),
             ("c.punishment.decisions", "洪泽区行政处罚决定2024年相对2023年变化多少？", "Change in Hongze penalty decisions, 2024 vs 2023?"),
             ("r.unable.not_held.total", "洪泽区“不掌握”答复从2023年到2024年增减了几件？", "Hongze: how did 'not held' answers move from 2023 to 2024?"),
             ("c.normative_docs.in_force", "洪泽区现行有效规范性文件2024年比2023年多几件？", "Hongze normative documents in force: 2024 minus 2023?")]
    for k, z, e in diffs:
        out.append(D("zh", "hz23", "hz24", k, z, "[combine] year-to-year difference"))
        out.append(D("en", "hz23", "hz24", k, e, "[combine] year-to-year difference"))
    return out


def rank():
    out = []
    items = [(["ha", "hz23", "sy"], "r.partially_granted.total", "desc", "淮安2024、洪泽2023、沭阳2025这三家，哪家部分公开的申请最多？", "Among Huai'an 2024, Hongze 2023 and Shuyang 2025, which had the most partial releases?"),
             (["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "淮安2024年、洪泽2023年、沭阳2025年里，行政强制决定最少的是哪个？", "Which had the fewest coercion decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
             (["ha", "sy", "jx"], "r.granted.total", "desc", "淮安2024、沭阳2025、涧西2020，谁全部公开的最多？", "Huai'an 2024, Shuyang 2025, Jianxi 2020 — which granted the most requests in full?"),
             (["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "现行有效规范性文件：淮安2024、沭阳2025、洪泽2023哪个最多？", "Normative documents in force: Huai'an 2024, Shuyang 2025 or Hongze 2023 — which is highest?"),
             (["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "淮安2024、沭阳2025、上海市府办2019、涧西2020四家，直接起诉最少的是哪家？", "Of Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020, which had the fewest direct lawsuits?")]
    for bs, k, o, z, e in items:
        out.append(R("zh", bs, k, o, z, "[rank] ranking over gold bodies"))
        out.append(R("en", bs, k, o, e, "[rank] ranking over gold bodies"))
    return out


def traps():
    out = []
    items = [("ha", "r.carried_forward.total", "淮安2024年留到下一年再答复的申请有几件？（不是从上年转来的）", "Huai'an 2024: how many requests were pushed into the next year (not the ones inherited)?", "结转下年 vs 上年结转"),
             ("sy", "a.litigation_after_review.total", "沭阳2025年先复议后又起诉的案件多少件？", "Shuyang 2025: cases that went to court after a review first?", "复议后起诉 vs 直接起诉"),
             ("ha", "c.normative_docs.repealed", "淮安2024年废止的行政规范性文件几件？", "Huai'an 2024: how many normative documents were scrapped?", "废止 vs 制发"),
             ("ha", "r.unable.needs_creation.total", "淮安2024年因需另行制作而没给的有几件？", "Huai'an 2024: requests not met because new records would have had to be compiled?", "另行制作 vs 不掌握"),
             ("sy", "r.withheld.internal_affairs.total", "沭阳2025年以内部事务信息为由不公开的几件？", "Shuyang 2025: refusals as internal-affairs information?", "内部事务 vs 过程性信息")]
    for b, k, z, e, why in items:
        out.append(T("zh", b, k, z, "[neighbour] " + why))
        out.append(T("en", b, k, e, "[neighbour] " + why))
    return out


# ------------------------------------------------------------------ narrative
NARR = [("ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）？", "How many yuan in information processing fees did Huai'an charge in 2024?"),
        ("ha", "公报》6", 6, "期", "淮安2024年出了几期政府公报？", "How many issues of the Huai'an government gazette came out in 2024?"),
        ("ha", "政策解读21", 21, "个", "淮安2024年做了多少个政策解读？", "How many policy explainers did Huai'an produce in 2024?"),
        ("hz23", "政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", "How many items did Hongze post proactively on its website in 2023?"),
        ("hz24", "2428", 2428, "条", "洪泽区2024年网站平台发布了多少条政府信息？", "How many government items did Hongze publish on its web platform in 2024?"),
        ("hz24", "常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？", "How many executive meeting sessions did Hongze make public in 2024?"),
        ("sy", "相关案件 74", 74, "件", "沭阳县2025年办理的复议诉讼应诉案件共多少件？", "How many review and litigation cases did Shuyang County handle in 2025 per the text?"),
        ("sy", "380元", 380, "元", "沭阳2025年收取信息处理费一共多少元？", "What total information processing fee did Shuyang collect in 2025, in yuan?"),
        ("sy", "4511", 4511, "条", "沭阳县2025年通过门户网站主动公开了多少条信息？", "How many items did Shuyang proactively disclose via its portal in 2025?"),
        ("sy", "催办提示", 84, "次", "沭阳2025年发出多少次催办提示？", "How many reminder notices did Shuyang send in 2025?"),
        ("sy", "清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息？", "How many outdated items did Shuyang clean up in 2025?"),
        ("sy", "64家", 64, "家", "沭阳2025年有多少家单位的年报集中公开？", "How many units' annual reports did Shuyang publish together in 2025?"),
        ("kw", "2139", 2139, "条", "上海科委2024年“上海科技”网站发布了多少条信息？", "How many items did STCSM's website publish in 2024?"),
        ("kw", "1640", 1640, "篇", "市科委2024年微信公众号编发了多少篇文章？", "How many articles did the science commission's WeChat account put out in 2024?"),
        ("kw", "直播 118", 118, "场", "上海科委2024年做了多少场直播？", "How many live streams did STCSM run in 2024?"),
        ("sh25", "新闻发布会 42", 42, "场", "上海市府办2025年开了多少场市政府新闻发布会？", "How many municipal press conferences did Shanghai hold in 2025 per the general office report?"),
        ("sh25", "新闻通气会 19", 19, "场", "上海市政府办公厅2025年新闻通气会开了几场？", "How many press briefings did the Shanghai General Office report for 2025?"),
        ("sh25", "公报》24", 24, "期", "上海市府办2025年编了几期市政府公报？", "How many issues of the Shanghai government gazette were edited in 2025?"),
        ("sh25", "10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种？", "How many languages did Shanghai's international service portal cover in 2025?"),
        ("jx", "601项", 601, "项", "涧西区2020年梳理出多少项事项？", "How many items did Jianxi District's 2020 review list?"),
        ("jx", "26个试点领域", 26, "个", "涧西区2020年对照了几个试点领域？", "How many pilot areas did Jianxi refer to in 2020?"),
        ("sh19", "90.2%", 90.2, "%", "上海市政府办公厅2019年市政府公文主动公开率是多少？", "What was the proactive disclosure rate of municipal documents in Shanghai's 2019 report?")]


def narrative():
    out = []
    for i, (b, kw_, v, u, z, e) in enumerate(NARR):
        out.append(N("zh", b, kw_, v, u, z, "[textonly] number stated only in the text"))
        if i % 2 == 0 or i < 10:
            out.append(N("en", b, kw_, v, u, e, "[textonly] number stated only in the text"))
    return out


UNZ = ["淮安市2024年信息公开申请人里女性有多少？", "洪泽区2023年申请人的平均年龄是多少？", "沭阳县2025年哪个乡镇的申请最多？",
       "上海市府办2025年第三季度收到多少申请？", "涧西区2021年新收了多少件公开申请？", "南京市2024年主动公开了多少条信息？",
       "宿迁市2025年行政复议有多少起？", "浦东新区2024年申请数量是多少？", "上海科委2023年现行有效规范性文件几件？",
       "淮安市2024年答复一件申请平均要多少天？", "沭阳县2026年预计会收到多少申请？", "洪泽区2024年信息公开专职人员有几个？",
       "上海市府办2019年申请最多的是哪个话题？", "淮安2024年申请人里住在外地的有多少？", "清江浦区2024年信息公开申请多少件？",
       "沭阳2025年信息公开工作做得好不好？", "涧西区2020年通过信函提交的申请多少件？", "上海市政府办公厅2022年新收申请多少？",
       "洪泽区2023年的申请里来自制造业企业的有几件？", "淮安市2024年哪个局被申请得最多？",
       "上海科委2024年的申请是哪几天集中收到的？", "沭阳县2025年信息公开工作预算是多少钱？", "洪泽区2023年申请人里农民占多少？"]
UNE = ["How many of Huai'an's 2024 applicants were over sixty?", "What did Hongze spend on disclosure work in 2024?",
       "How many requests did Shuyang County receive in 2024?", "How many requests reached the Shanghai General Office in 2022?",
       "How many requests were filed online versus by post with Huai'an in 2024?", "What will Shanghai's 2026 request volume be?",
       "Which district of Shanghai sent the most requests to the general office in 2025?", "How many disclosure requests did Nanjing get in 2024?",
       "What was STCSM's 2023 count of new normative documents?", "Was Jianxi District's 2020 disclosure work satisfactory?",
       "How many staff work on disclosure in the Shuyang county government in 2025?", "How many of Hongze's 2023 requests were about land?",
       "In which month of 2024 did Huai'an receive most requests?", "How many requests did Suqian city handle in 2025?",
       "What is the phone number of the applicant who sued Huai'an in 2024?", "How many Jianxi 2021 requests were granted?",
       "How long did the Shanghai General Office take on average to answer in 2025?", "How many foreigners applied to STCSM in 2024?",
       "What caused Hongze's 2024 request numbers to change?",
       "Which Huai'an 2024 applicant filed the most requests, and what is their name?",
       "How many disclosure requests did Pudong New Area receive in 2025?",
       "How many Shuyang 2025 applicants were students?"]
WHY = "not stated in the corpus (breakdown, year, body, forecast, opinion or personal data not held)"


def unanswerable():
    out = [U("zh", qq, WHY, "[cannot] not in the corpus") for qq in UNZ]
    out += [U("en", qq, WHY, "[cannot] not in the corpus") for qq in UNE]
    return out


LEAD_ZH = ["好，", "嗯，", "那", "行，", "明白了。", "谢谢。", "收到，", "OK，", "再问下，", "顺便问下，"]
LEAD_EN = ["OK. ", "Right. ", "Thanks. ", "Got it. ", "Hmm, ", "Alright — ", "Cool. ", "Noted. ", "Sure. ", "Next: "]


def _vary(text, seen):
    """Same wording already used in another conversation: put a short conversational lead-in
    in front (deterministic), so every question text is unique."""
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    leads = LEAD_ZH if zh else LEAD_EN
    n = 0
    cand = text
    while cand in seen:
        lead = leads[n % len(leads)] + (leads[(n // len(leads)) - 1] if n >= len(leads) else "")
        body = text
        cand = lead + body
        n += 1
    return cand


def CONVERSATIONS():
    convs = []
    for f in (plain, fu_body_switch, fu_year_switch, fu_parts, fu_unans_mid, fu_unans_first, fu_askback,
              fu_rowcol, combine, rank, traps, narrative, unanswerable):
        convs += f()
    seen = set()
    for c in convs:
        for t in c["turns"]:
            t["question"] = _vary(t["question"], seen)
            seen.add(t["question"])
    return convs
