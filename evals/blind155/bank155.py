"""Question bank of blind evaluation set 155 (staff and journalist traffic).

WARNING: holds the text of every test question; as frozen as test.jsonl.

All wordings written for this set. Values are never typed here: helpers155 computes them from
gold/*.json, from printed rows of the reports without gold (SPECS, the cells listed in
blind6's text_cells.json, re-parsed from the text) or from sentences cut from the text.
Template combinations are drawn with a fixed seed, so the bank is deterministic.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib155 as L  # noqa: E402
from helpers155 import (E, ED, ER, EU, C, V, T, S, N, U, D, R, F)  # noqa: E402,F401

# printed cells of reports without gold: the same specs blind6 verified (row label or anchor +
# index); the builder re-parses each from the report text and stores the evidence line.
SPECS = {
    "hz24": {
        "active.coercion.decisions": ('row', '行政强制', 0),
        "active.fees.amount": ('row', '行政事业性收费', 0),
        "active.licensing.decisions": ('row', '行政许可', 0),
        "active.normative_docs.in_force": ('row', '行政规范性文件', 2),
        "active.normative_docs.issued": ('row', '行政规范性文件', 0),
        "active.punishment.decisions": ('row', '行政处罚', 0),
        "requests.granted.total": ('row', '（一）予以公开', 6),
        "requests.unable.not_held.total": ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6),
        "requests.carried_forward.total": ('row', '四、结转下年度继续办理', 6),
    },
    "kw": {
        "active.licensing.decisions": ('row', '行政许可', 0),
        "active.normative_docs.in_force": ('row', '规范性文件', 2),
        "active.normative_docs.issued": ('row', '规范性文件', 0),
        "requests.received.commercial": ('row', '一、本年新收政府信息公开申请数量', 1),
        "requests.received.natural_person": ('row', '一、本年新收政府信息公开申请数量', 0),
        "requests.granted.total": ('row', '三、（一）予以公开', 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14),
        "appeals.litigation_direct.pending": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8),
        "appeals.litigation_direct.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9),
        "appeals.review.pending": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3),
        "appeals.review.total": ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4),
        "requests.carried_forward.total": ('row', '四、结转下年度继续办理', 6),
        "requests.carried_over.natural_person": ('row', '二、上年结转政府信息公开申请数量', 0),
        "requests.carried_over.total": ('row', '二、上年结转政府信息公开申请数量', 6),
        "requests.not_processed.duplicate.total": ('row', '2.重复申请', 6),
        "requests.not_processed.petition.total": ('row', '1.信访举报投诉类申请', 6),
        "requests.received.commercial": ('row', '一、本年新收政府信息公开申请数量', 1),
        "requests.received.natural_person": ('row', '一、本年新收政府信息公开申请数量', 0),
        "requests.received.total": ('row', '一、本年新收政府信息公开申请数量', 6),
        "requests.total_processed.total": ('row', '（七）总计', 6),
        "requests.unable.needs_creation.total": ('row', '2.没有现成信息需要另行制作', 6),
    },
}
L.TEXT_SPECS.update(SPECS)

# ------------------------------------------------------------------ names
NAMES = {
    "ha": (["淮安市政府", "淮安", "淮安市人民政府"], ["the Huai'an city government", "Huaian", "Huai'an"]),
    "sy": (["沭阳县", "沭阳县政府", "沭阳"], ["Shuyang County", "the Shuyang county government", "Shuyang"]),
    "sh19": (["上海市政府办公厅", "上海市府办"], ["the Shanghai General Office", "Shanghai's municipal general office"]),
    "hz23": (["洪泽区", "洪泽区政府"], ["Hongze District", "Hongze"]),
    "hz24": (["洪泽区", "洪泽区政府"], ["Hongze District", "Hongze"]),
    "jx": (["涧西区政府办", "涧西区"], ["the Jianxi District office", "Jianxi"]),
    "kw": (["上海市科委", "市科委"], ["the Shanghai science commission", "STCSM"]),
    "sh25": (["上海市政府办公厅", "上海市府办"], ["the Shanghai General Office", "Shanghai's municipal general office"]),
}


def yz(b, i):
    y = L.BODIES[b][1]
    cn = str(y).translate(str.maketrans("0123456789", "〇一二三四五六七八九"))
    return ["%d年" % y, "%s年" % cn, "%d年" % y, "%02d年" % (y % 100)][i % 4]


def ye(b, i):
    y = L.BODIES[b][1]
    return ["in %d" % y, "for %d" % y, "FY%d" % y, "in calendar %d" % y][i % 4]


def nz(b, i):
    return NAMES[b][0][i % len(NAMES[b][0])]


def ne(b, i):
    return NAMES[b][1][i % len(NAMES[b][1])]


ROWS = {  # requests rows: zh, en
    "granted": ("被原样全部公开", "released in full"),
    "partially_granted": ("只放出了一部分内容（部分公开）", "released only in part"),
    "withheld.state_secret": ("以属于国家秘密为由拒绝公开", "refused on state-secret grounds"),
    "withheld.prohibited_by_law": ("因法律、行政法规明令禁止而不公开", "refused because a statute bars release"),
    "withheld.security_stability": ("以可能危及“三安全一稳定”为由不公开", "refused over 'three securities and one stability' risks"),
    "withheld.third_party": ("为保护第三方权益而不公开", "refused to protect a third party's rights"),
    "withheld.internal_affairs": ("被认定为机关内部事务信息而不公开", "refused as internal-affairs information"),
    "withheld.process_info": ("被认定为过程性信息而不公开", "refused as process (deliberative) information"),
    "withheld.enforcement_files": ("被认定为行政执法案卷而不公开", "refused as enforcement case files"),
    "withheld.admin_query": ("被归为行政查询事项而不公开", "refused as administrative-query matters"),
    "unable.not_held": ("因本机关手里没有这条信息而给不了", "unanswerable because the office did not hold the information"),
    "unable.needs_creation": ("因需要另行制作而没提供", "not supplied because the data would have had to be compiled anew"),
    "unable.unclear": ("因申请内容写得不明确而没法提供", "not supplied because the request was too vague"),
    "not_processed.petition": ("因实为信访、投诉、举报而不予处理", "set aside as petitions, complaints or tip-offs"),
    "not_processed.duplicate": ("因属重复申请而不予处理", "set aside as repeat requests"),
    "not_processed.reconfirm": ("因要求确认或重新出具已获取信息而不予处理", "set aside as asks to re-confirm or re-issue information already obtained"),
    "other.overdue_correction": ("因申请人逾期不补正而视为放弃", "treated as abandoned because the applicant never completed the correction"),
    "other.overdue_fee": ("因申请人逾期没交信息处理费而终止", "closed because the applicant did not pay the processing fee in time"),
    "other.other": ("落在“其他处理—其他”那一小项", "logged under the residual 'other' sub-line of other handling"),
    "withheld": ("以各种理由被拒绝公开（八类理由合计）", "refused on any ground (all eight grounds together)"),
    "not_processed": ("被不予处理（五个小项合计）", "set aside without processing (all five sub-items)"),
}
COLS = {
    "natural_person": ("个人（自然人）", "private individuals"),
    "commercial": ("企业（商业企业）", "businesses"),
    "legal_services": ("律所等法律服务机构", "law firms and other legal-service providers"),
    "other_org": ("“其他”类组织", "the 'other organisations' column"),
    "total": ("所有申请人合计", "all applicants together"),
    "legal_person": ("各类法人和其他组织加起来", "all organisations combined (not individuals)"),
}

ZH_PLAIN = [
    "{B}{Y}的年报里，{C}提出、最后{R}的申请有几件？",
    "核个数：{Y}{B}，{C}那一栏里“{R}”是多少件？",
    "帮我查一下{B}{Y}：{C}的申请中{R}的数量。",
    "{B}在{Y}的依申请表格里，{R}、申请人为{C}的，填的是几？",
]
EN_PLAIN = [
    "How many requests from {C} did {B} log as {R} {Y}?",
    "For a story: {B}, {Y} — requests {R}, counting {C} only?",
    "In {B}'s annual disclosure report {Y}, what number sits under {C} for requests {R}?",
    "Checking a figure: {Y}, {B}, requests {R} — {C} column?",
]

EXCLUDE = {  # cells whose text states a different or competing number, or printed blank
    ("sy", "requests.received.total"), ("sy", "requests.received.natural_person"),
    ("sh19", "requests.granted.natural_person"),
}


def request_cells(b):
    g = L.gold(b)
    out = []
    for r in ROWS:
        for c in COLS:
            k = "requests.%s.%s" % (r, c)
            if (b, k) in EXCLUDE or k in g.get("blank_cells", []):
                continue
            if b == "sh19" and (c in ("total", "legal_person") or r in ("withheld", "not_processed")):
                continue
            try:
                v = L.value(b, k)
                E(b, k)
            except (KeyError, ValueError):
                continue
            out.append((r, c, k, v))
    return out


def plain(rng):
    convs = []
    cand = []
    for b in ("ha", "sy", "sh19", "hz23", "jx"):
        cells = request_cells(b)
        nz_ = [x for x in cells if x[3]]
        z = [x for x in cells if not x[3]]
        rng.shuffle(nz_)
        rng.shuffle(z)
        quota = {"ha": 18, "sy": 16, "sh19": 10, "hz23": 6, "jx": 3}[b]
        pick = nz_[:quota] + z[:max(1, quota // 6)]
        cand += [(b,) + x for x in pick]
    rng.shuffle(cand)
    for i, (b, r, c, k, v) in enumerate(cand):
        lang = "zh" if i % 2 == 0 else "en"
        if lang == "zh":
            q = ZH_PLAIN[i // 2 % 4].format(B=nz(b, i), Y=yz(b, i), C=COLS[c][0], R=ROWS[r][0])
        else:
            q = EN_PLAIN[i // 2 % 4].format(B=ne(b, i), Y=ye(b, i), C=COLS[c][1], R=ROWS[r][1])
        convs.append(V(lang, b, k, q, "[plain] requests cell %s, wording of row %s / column %s" % (k, r, c)))
    # appeals outcome columns and table 二 measures
    act = [
        ("zh", "ha", "a.review.corrected", "淮安市政府2024年被行政复议机关纠错的信息公开案子有几件？"),
        ("en", "ha", "a.review.pending", "Huai'an 2024: how many information-disclosure reviews were still undecided at the year's close?"),
        ("zh", "ha", "a.litigation_direct.other", "淮安2024年没经过复议、直接打官司的那些案件里，结果既不是维持也不是纠正的有几件？"),
        ("en", "ha", "a.litigation_after_review.pending", "For 2024, how many of Huai'an's lawsuits filed after an administrative review were still open?"),
        ("zh", "ha", "a.litigation_after_review.corrected", "二〇二四年淮安“复议后起诉”那组，法院判纠正的有几件？"),
        ("en", "ha", "a.litigation_direct.upheld", "How many of the Huai'an city government's direct (no prior review) lawsuits ended with the action upheld in 2024?"),
        ("zh", "sy", "a.review.corrected", "沭阳县2025年信息公开类行政复议被纠错的件数？"),
        ("en", "sy", "a.review.pending", "Shuyang County FY2025: disclosure reviews not yet concluded?"),
        ("zh", "sy", "a.litigation_after_review.upheld", "沭阳25年经复议后又起诉的案件，维持原行为的有几件？"),
        ("en", "sy", "a.review.other", "In 2025, how many of Shuyang's information-disclosure reviews closed with an 'other' outcome?"),
        ("zh", "jx", "a.litigation_after_review.total", "涧西区政府办2020年复议后再起诉的行政诉讼一共几件？"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年一年里废掉了多少件行政规范性文件？"),
        ("en", "ha", "c.regulations.in_force", "How many municipal rules did Huai'an count as currently valid in its 2024 report?"),
        ("zh", "sy", "c.coercion.decisions", "沭阳县2025年作出的行政强制决定有多少？"),
        ("en", "sy", "c.normative_docs.in_force", "Shuyang County, 2025: normative documents still in effect at the year's close?"),
        ("zh", "hz23", "c.licensing.decisions", "洪泽区2023年行政许可处理决定数是多少？"),
        ("en", "hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District report for 2023?"),
        ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报里，规章的对外公开总数量是多少？"),
        ("en", "jx", "c.procurement.projects", "How many government procurement projects did the Jianxi District office list for 2020?"),
        ("zh", "hz24", "c.coercion.decisions", "洪泽区2024年行政强制决定的数量？"),
        ("en", "kw", "c.licensing.decisions", "How many licensing decisions did STCSM record in 2024?"),
    ]
    for lang, b, k, q in act:
        kw = {"unit": "万元"} if k.endswith("amount") else {}
        convs.append(V(lang, b, k, q, "[plain] appeals outcome / table 二 measure %s" % k, **kw))
    return convs


# ------------------------------------------------------------------ combine
def combine():
    c = []
    s = [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年，申请人至少拿到了一部分信息的（全部公开加部分公开）一共几件？"),
        ("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: how many requests got at least some information released, full or partial releases together?"),
        ("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部公开和部分公开合在一起是多少件？"),
        ("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shuyang 2025: add the 'we don't hold it' answers to the 'would need compiling' answers — what total?"),
        ("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年信息公开引发的复议和两类诉讼，加总一共多少件？"),
        ("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "All disclosure disputes at Shuyang County in 2025 — reviews plus both kinds of lawsuits — how many in all?"),
        ("zh", "ha", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "淮安市政府2024年以“内部事务”和“过程性信息”两个理由拒绝公开的，合计多少件？"),
        ("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Huai'an 2024: requests dropped because the applicant went quiet — no correction or no fee paid — combined?"),
        ("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025年“其他处理”的三个小项加起来是多少？"),
        ("en", "ha", ["r.received.commercial", "r.received.legal_services"], "How many new requests did businesses and legal-service providers file with Huai'an in 2024, taken together?"),
        ("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年因信访类和重复申请被不予处理的加一块儿几件？"),
        ("en", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Across reviews and both lawsuit groups, how many times was the Huai'an government corrected in 2024?"),
        ("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial"], "上海市府办2019年，个人和企业两栏里“本机关不掌握”的加起来？"),
        ("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: rules plus normative documents newly made, together?"),
        ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年涉密、过程性信息、执法案卷三类不予公开一共几件？"),
        ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District office 2020: reviews plus lawsuits of both kinds, total?"),
        ("zh", "ha", ["c.licensing.decisions", "c.coercion.decisions"], "淮安市2024年行政许可和行政强制两类决定加起来多少？"),
        ("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.admin_query.total"], "Shuyang FY2025: refusals on internal-affairs grounds plus those filed as administrative queries — sum?"),
        ("zh", "sy", ["r.carried_over.total", "r.carried_forward.total"], "沭阳县2025年从上一年接手的和留给下一年的申请，两个数加起来是多少？"),
        ("en", "ha", ["r.unable.not_held.legal_services", "r.granted.legal_services"], "Huai'an 2024, legal-service providers only: requests released in full plus those the city said it didn't hold?"),
    ]
    for lang, b, keys, q in s:
        c.append(S(lang, b, keys, q, "[combine] sum of %d cells worded indirectly" % len(keys)))
    d = [
        ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区2024年的行政许可决定比2023年多了多少（少了记负数）？"),
        ("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change from 2023 to 2024?"),
        ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“不掌握所以无法提供”的申请，2024年相对2023年变化了几件？"),
        ("en", "hz23", "hz24", "c.coercion.decisions", "Hongze: coercion decisions in 2024 minus those in 2023?"),
        ("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费金额，2024年比2023年增减了多少万元？"),
        ("en", "hz23", "hz24", "c.normative_docs.in_force", "Change in Hongze District's normative documents in force, 2023 to 2024?"),
        ("zh", "sh19", "sh25", "a.review.total", "上海市府办涉及信息公开的行政复议，2025年比2019年多出多少件？"),
        ("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests pushed into the following year — 2025 figure minus 2019 figure?"),
        ("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅收到的个人新申请，二〇二五年相比二〇一九年增加了几件？"),
        ("en", "sh19", "sh25", "r.carried_over.natural_person", "How much did individuals' requests inherited from the prior year grow at the Shanghai General Office between 2019 and 2025?"),
        ("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办直接起诉的信息公开官司，2019年到2025年变化了多少件？"),
    ]
    for lang, b1, b2, k, q in d:
        kw = {"unit": "万元"} if k.endswith("amount") else {}
        c.append(D(lang, b1, b2, k, q, "[combine] year-to-year difference of one body", **kw))
    return c


# ------------------------------------------------------------------ rank
def rank():
    c = []
    G3 = ["ha", "sy", "sh19"]
    G4 = ["ha", "sy", "sh19", "hz23"]
    G21 = ["ha", "sy", "hz23"]
    r = [
        ("zh", G3, "r.unable.not_held.natural_person", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年三份年报比一比，哪家对个人申请回复“本机关不掌握”最多？"),
        ("en", G3, "r.unable.not_held.natural_person", "asc", "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which told the fewest individuals it did not hold the information?"),
        ("zh", G3, "r.not_processed.petition.natural_person", "desc", "淮安2024、沭阳2025、上海市府办2019，谁把最多的个人申请当成信访投诉不予处理？"),
        ("en", G3, "r.received.commercial", "asc", "Of Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, which drew the fewest new requests from businesses?"),
        ("zh", G4, "r.unable.needs_creation.natural_person", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年、洪泽区2023年，四家里哪家以“需另行制作”为由没提供的个人申请最多？"),
        ("en", G4, "r.carried_over.natural_person", "desc", "Which of these carried the most individual requests in from the prior year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Hongze 2023?"),
        ("zh", G21, "c.normative_docs.in_force", "asc", "淮安市2024年、沭阳县2025年、洪泽区2023年，现行有效的行政规范性文件哪家最少？"),
        ("en", G21, "c.coercion.decisions", "desc", "Huai'an 2024, Shuyang 2025 or Hongze 2023 — which reported the most administrative coercion decisions?"),
        ("zh", G21, "c.fees.amount", "asc", "淮安2024年、沭阳2025年、洪泽区2023年三家，行政事业性收费金额谁最低？"),
        ("en", G21, "c.punishment.decisions", "asc", "Fewest penalty decisions among Huai'an (2024), Shuyang (2025) and Hongze District (2023)?"),
        ("zh", ["ha", "sy", "jx"], "a.review.total", "asc", "淮安市2024年、沭阳县2025年、涧西区政府办2020年，信息公开行政复议哪家最少？"),
        ("en", ["ha", "sy", "jx"], "a.litigation_after_review.total", "desc", "Which had the most review-then-sue lawsuits: Huai'an 2024, Shuyang 2025 or the Jianxi District office 2020?"),
        ("zh", G3, "r.withheld.admin_query.natural_person", "asc", "按个人申请里“行政查询事项”拒绝公开的件数排，淮安2024、沭阳2025、上海市府办2019谁垫底？"),
        ("en", G4, "r.partially_granted.natural_person", "desc", "Ranking Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023 by partial releases to individuals: who is on top?"),
        ("zh", ["ha", "sy"], "a.review.corrected", "desc", "淮安市2024年和沭阳县2025年，信息公开复议被纠错次数谁更多？"),
        ("en", ["ha", "sy", "jx"], "r.granted.natural_person", "asc", "Huai'an 2024, Shuyang 2025, Jianxi office 2020: who released the fewest requests in full to individuals?"),
    ]
    for lang, bodies, k, order, q in r:
        c.append(R(lang, bodies, k, order, q, "[rank] ranking over gold bodies, %s" % order))
    return c


# ------------------------------------------------------------------ followups
def followup():
    c = []
    fz = [
        [("ha", "r.withheld.process_info.total", "淮安市政府2024年因过程性信息拒绝公开的有几件？"),
         ("sy", "r.withheld.process_info.total", "沭阳县2025年同一项呢？"),
         ("sy", "r.withheld.internal_affairs.total", "那内部事务那一项呢？")],
        [("sy", "r.unable.not_held.natural_person", "沭阳2025年个人申请里，回复不掌握的几件？"),
         ("ha", "r.unable.not_held.natural_person", "淮安2024年呢？"),
         ("ha", "r.unable.not_held.commercial", "企业那栏呢？")],
        [("ha", "a.review.upheld", "淮安市2024年信息公开行政复议维持了几件？"),
         ("ha", "a.litigation_direct.upheld", "直接起诉那组的维持数呢？"),
         ("ha", "a.litigation_after_review.upheld", "复议后起诉那组呢？")],
        [("sy", "a.review.total", "沭阳县2025年信息公开复议总数？"),
         ("ha", "a.review.total", "换成淮安2024年呢？")],
        [("hz23", "r.unable.not_held.total", "洪泽区2023年“不掌握”无法提供的有几件？"),
         ("hz24", "r.unable.not_held.total", "24年呢？")],
        [("ha", "r.not_processed.petition.total", "淮安2024年按信访投诉不予处理了几件？"),
         ("ha", "r.not_processed.duplicate.total", "重复申请的呢？"),
         ("sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请是多少？")],
        [("sh19", "r.withheld.state_secret.natural_person", "上海市府办2019年个人申请中因国家秘密不公开的有几件？"),
         ("ha", "r.withheld.state_secret.natural_person", "淮安市2024年同一项是多少？")],
        [("sy", "c.normative_docs.issued", "沭阳县2025年制发了几件行政规范性文件？"),
         ("sy", "c.normative_docs.repealed", "废止的呢？"),
         ("ha", "c.normative_docs.repealed", "淮安2024年废止了几件？")],
        [("ha", "r.other.overdue_fee.total", "淮安2024年逾期未交费被终止的申请有几件？"),
         ("sy", "r.other.overdue_fee.total", "沭阳2025年呢？")],
        [("jx", "r.granted.total", "涧西区政府办2020年予以公开了几件？"),
         ("jx", "r.unable.not_held.total", "不掌握没法提供的呢？")],
        [("ha", "r.granted.legal_services", "淮安市政府2024年，律所等法律服务机构的申请全部公开了几件？"),
         ("ha", "r.granted.commercial", "企业的呢？"),
         ("ha", "r.granted.other_org", "“其他”组织呢？")],
        [("sy", "a.litigation_after_review.pending", "沭阳县2025年复议后起诉的官司还没审结的有几件？"),
         ("sy", "a.review.pending", "复议那边没审完的呢？"),
         ("ha", "a.review.pending", "淮安2024年复议没审完的呢？")],
        [("hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额多少万元？"),
         ("hz24", "c.fees.amount", "2024年呢？")],
        [("sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额是多少？"),
         ("jx", "c.procurement.amount", "涧西区政府办2020年呢？")],
        [("ha", "r.withheld.admin_query.natural_person", "淮安2024年个人申请里被当作行政查询事项不公开的有几件？"),
         ("sy", "r.withheld.admin_query.natural_person", "沭阳县2025年呢？")],
    ]
    fe = [
        [("ha", "r.withheld.third_party.total", "How many Huai'an requests were refused in 2024 to protect third parties?"),
         ("sy", "r.withheld.third_party.total", "And Shuyang in 2025?"),
         ("sy", "r.withheld.security_stability.total", "What about the 'three securities, one stability' ground there?")],
        [("sy", "r.partially_granted.legal_services", "Shuyang 2025: partial releases to legal-service providers?"),
         ("sy", "r.partially_granted.natural_person", "And to private individuals?")],
        [("ha", "a.litigation_direct.corrected", "Huai'an 2024: direct lawsuits where the court corrected the government?"),
         ("ha", "a.litigation_direct.pending", "How many of those direct suits were still pending?"),
         ("ha", "a.litigation_direct.total", "And the total of direct suits?")],
        [("sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals' requests declined because the data would need compiling?"),
         ("sh19", "r.unable.unclear.natural_person", "And the ones too vague to answer?")],
        [("hz24", "c.licensing.decisions", "Hongze District's licensing decisions for 2024?"),
         ("hz23", "c.licensing.decisions", "What about 2023?")],
        [("ha", "r.other.other.total", "Huai'an 2024: how many requests sit in the residual 'other' line of other handling?"),
         ("sy", "r.other.other.total", "Same line for Shuyang, 2025?"),
         ("sy", "r.other.overdue_correction.total", "And the overdue-correction line?")],
        [("ha", "r.carried_forward.natural_person", "How many individuals' requests did Huai'an push into the following year at the end of 2024?"),
         ("sy", "r.carried_forward.natural_person", "Shuyang at the end of 2025?")],
        [("sy", "c.licensing.decisions", "Shuyang County licensing decisions in 2025?"),
         ("sy", "c.punishment.decisions", "Penalty decisions?"),
         ("ha", "c.punishment.decisions", "Huai'an's penalty decisions for 2024?")],
        [("ha", "a.review.other", "Huai'an 2024: reviews closed with an 'other' result?"),
         ("sy", "a.review.other", "What about Shuyang in 2025?")],
        [("sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents published to date?"),
         ("sh19", "c.regulations.published", "And rules newly published?")],
        [("hz23", "r.withheld.state_secret.total", "Hongze 2023: refusals on state-secret grounds?"),
         ("hz23", "r.not_processed.petition.total", "Requests set aside as petitions?")],
        [("sy", "r.received.commercial", "How many new requests did businesses file with Shuyang County in 2025?"),
         ("ha", "r.received.commercial", "And with Huai'an in 2024?"),
         ("ha", "r.received.other_org", "From 'other organisations'?")],
        [("sh25", "a.review.pending", "Shanghai General Office 2025: disclosure reviews still pending?"),
         ("sh25", "a.litigation_direct.pending", "Direct lawsuits still pending?")],
        [("ha", "r.unable.needs_creation.total", "Huai'an 2024: requests not supplied because the data would need compiling?"),
         ("sy", "r.unable.needs_creation.total", "Same for Shuyang County in 2025?")],
    ]
    for lang, group in (("zh", fz), ("en", fe)):
        for conv in group:
            turns = []
            for b, k, q in conv:
                kw = {"unit": "万元"} if k.endswith("amount") else {}
                turns.append((q, E(b, k, **kw)))
            c.append(F(lang, turns, "[followup] %d turns switching body/row/column/year" % len(turns)))
    return c


# ------------------------------------------------------------------ narrative
def textonly():
    n = [
        ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年年报里说设置了多少个试点领域的专栏？"),
        ("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?"),
        ("zh", "ha", "全覆盖检查", 4, "次", "淮安市2024年组织了几次信息公开栏目的全覆盖检查？"),
        ("en", "ha", "信息处理费 3940", 3940, "元", "How much in processing fees, in yuan, did Huai'an collect from disclosure applicants in 2024?"),
        ("zh", "ha", "新闻发布会 12", 12, "场", "淮安2024年开了几场新闻发布会？"),
        ("en", "ha", "人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?"),
        ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条信息？"),
        ("en", "hz24", "2428", 2428, "条", "How many items did Hongze District post proactively on its government web platform in 2024?"),
        ("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年门户网站开展了几期意见征集？"),
        ("en", "sy", "专栏33", 33, "个", "How many new-media columns did Shuyang County run in 2025?"),
        ("zh", "sy", "爆款内容52", 52, "条", "沭阳2025年出了多少条爆款内容？"),
        ("en", "sy", "催办提示 84", 84, "次", "How many reminder alerts did Shuyang's countdown alarm send in 2025?"),
        ("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办理前主动沟通了多少次？"),
        ("en", "sy", "失效链接43", 43, "处", "How many broken links did Shuyang fix on its sites in 2025?"),
        ("zh", "sy", "过期信息697", 697, "条", "沭阳县2025年清理了多少条过期信息？"),
        ("en", "sy", "64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang publish together for 2025?"),
        ("zh", "kw", "原创文章 294", 294, "篇", "上海市科委2024年微信公众号原创文章有多少篇？"),
        ("en", "kw", "直播 118", 118, "场", "How many live streams did the Shanghai science commission's video account hold in 2024?"),
        ("zh", "kw", "惠企政策 83", 83, "条", "市科委2024年日常报送了多少条惠企政策？"),
        ("en", "sh25", "新闻通气会 19", 19, "场", "How many press briefings (not full press conferences) did the Shanghai municipal government hold in 2025?"),
        ("zh", "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了多少场新闻发布会？"),
        ("en", "sh25", "申请人主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their requests themselves?"),
        ("zh", "sh25", "覆盖 10 个语种", 10, "个", "“上海国际服务门户”到2025年覆盖了几个语种？"),
        ("en", "sh25", "125 项信息公开任务", 125, "项", "How many key-area disclosure tasks did the Shanghai General Office's 2025 report mention?"),
        ("zh", "sh19", "政策解读共132", 132, "件", "上海市府办2019年在门户网站发布了多少件政策解读？"),
        ("en", "sh19", "权威发布共计38", 38, "次", "How many times did the Shanghai General Office issue authoritative releases on executive-meeting topics in 2019?"),
        ("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年每季度检查多少家政府网站？"),
        ("en", "sh19", "接入53个部门", 53, "个", "In 2019, how many departments were connected to Shanghai's unified request-intake platform?"),
        ("zh", "sy", "专项解读", 7, "次", "沭阳县2025年政府常务会议同步配套解读做了几次？"),
    ]
    c = []
    for lang, b, kwd, v, unit, q in n:
        c.append(N(lang, b, kwd, v, unit, q, "[textonly] number stated only in the narrative"))
    return c


# ------------------------------------------------------------------ unanswerable
def cannot():
    zh = [
        ("淮安市2024年的信息公开申请里，女性申请人占多少？", "no sex breakdown"),
        ("沭阳县2025年申请人的平均年龄是多少？", "no age data"),
        ("淮安2024年每万人口有多少件信息公开申请？", "per-capita rate needs population, not in reports"),
        ("南京市2024年收到多少信息公开申请？", "body not held"),
        ("宿迁市政府2025年行政复议纠错了几件？", "body not held"),
        ("洪泽区2022年的年报里，不予公开有几件？", "year not held"),
        ("沭阳县2024年的行政许可决定有多少？", "year not held"),
        ("上海市科委2023年受理了多少件申请？", "year not held"),
        ("淮安市政府2024年被纠错的复议案件，主要是什么原因被纠错的，能逐件说说吗？", "reasons per case not stated"),
        ("沭阳县2025年的申请主要集中在哪些乡镇？", "no township breakdown"),
        ("淮安2024年拒绝公开的申请里，涉及征地拆迁的有多少？", "no topic breakdown"),
        ("你觉得淮安市政府2024年的信息公开工作做得好不好？", "opinion"),
        ("上海市府办2019年办理一件申请平均要多少天？", "response time not stated"),
        ("沭阳县2025年负责信息公开的工作人员有几个？", "staff not stated"),
        ("淮安市2024年的信息公开工作花了多少经费？", "cost not stated"),
        ("预计淮安2025年会收到多少件信息公开申请？", "forecast"),
        ("浦东新区2024年的依申请公开数据是多少？", "body not held"),
        ("沭阳县2025年3月份收到几件申请？", "no month breakdown"),
        ("淮安2024年的申请有多少是通过网上平台提交的？", "no channel breakdown"),
        ("洪泽区和全国平均水平比，2023年的申请量算高还是低？", "national average not in corpus"),
        ("上海市府办2019年的信息公开申请里，有多少是外国人提交的？", "no nationality breakdown"),
        ("能告诉我沭阳县2025年那个缴了380元处理费的申请人叫什么吗？", "personal data"),
        ("淮安2024年被行政复议的案子分别是哪些部门的？", "department breakdown not given"),
        ("涧西区政府办2021年的年报数据有吗？申请多少件？", "year not held"),
        ("清江浦区2024年信息公开申请数是多少？", "body not held"),
        ("上海市科委2024年驳回的申请里外地申请人占几成？", "no residence breakdown"),
    ]
    en = [
        ("What share of Huai'an's 2024 disclosure applicants were women?", "no sex breakdown"),
        ("How many requests per 10,000 residents did Shuyang County receive in 2025?", "per-capita rate needs population"),
        ("How does Huai'an's 2024 refusal rate compare with Suzhou's?", "body not held"),
        ("How many disclosure requests did Nanjing receive in 2024?", "body not held"),
        ("What did Hongze District report for 2022 on request handling?", "year not held"),
        ("Shuyang County licensing decisions for 2024?", "year not held"),
        ("STCSM's disclosure requests in 2023?", "year not held"),
        ("Why exactly did the review bodies correct Huai'an 64 times in 2024?", "reasons per case not stated"),
        ("Which townships of Shuyang generated the most requests in 2025?", "no township breakdown"),
        ("How many of Huai'an's 2024 refusals concerned land requisition?", "no topic breakdown"),
        ("Is the Shanghai General Office being too secretive, judging by its 2019 report?", "opinion"),
        ("What was the average response time for requests at Shuyang County in 2025?", "response time not stated"),
        ("How many staff handled disclosure requests at the Huai'an city government in 2024?", "staff not stated"),
        ("What did disclosure work cost the Shanghai General Office in 2025?", "cost not stated"),
        ("How many requests will Shuyang County get in 2026?", "forecast"),
        ("Pudong New Area's disclosure requests for 2024?", "body not held"),
        ("How many requests did Huai'an receive in the third quarter of 2024?", "no quarter breakdown"),
        ("How many of Shuyang's 2025 requests came by post rather than online?", "no channel breakdown"),
        ("Which industries did the businesses filing requests with Huai'an in 2024 belong to?", "no industry breakdown"),
        ("Was Hongze District's 2023 request volume above the national county average?", "national average not in corpus"),
        ("Name the applicant who paid Shuyang's 380 yuan processing fee in 2025.", "personal data"),
        ("Which departments were behind the Huai'an review cases of 2024?", "department breakdown not given"),
        ("Jianxi District office figures for 2021?", "year not held"),
        ("How many of the Shanghai General Office's 2025 applicants lived outside Shanghai?", "no residence breakdown"),
        ("What were the Shanghai General Office's request numbers for 2022?", "year not held"),
        ("How many disclosure lawsuits did Suqian city lose in 2025?", "body not held"),
    ]
    c = []
    for q, why in zh:
        c.append(U("zh", q, why, "[cannot] journalist question without an answer in the corpus: " + why))
    for q, why in en:
        c.append(U("en", q, why, "[cannot] journalist question without an answer in the corpus: " + why))
    return c


# ------------------------------------------------------------------ neighbour traps
def neighbour():
    t = [
        ("zh", "sy", "r.carried_forward.total", "沭阳县2025年转到下一年继续办的申请有几件？（问的是往后结转的，不是上一年转来的）", "结转下年 vs 上年结转"),
        ("en", "sy", "r.carried_over.total", "Shuyang 2025: requests inherited from the previous year (not the ones passed on to the next)?", "上年结转 vs 结转下年"),
        ("zh", "ha", "a.litigation_after_review.total", "淮安2024年先复议、复议后才去法院起诉的信息公开官司有几件？", "复议后起诉 vs 直接起诉"),
        ("en", "ha", "a.litigation_direct.total", "Huai'an 2024: lawsuits filed straight in court, with no review first?", "直接起诉 vs 复议后起诉"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年行政规范性文件，注意是废止的件数，不是新发的，有多少？", "废止 vs 制发"),
        ("en", "sy", "c.normative_docs.in_force", "Shuyang 2025: normative documents currently valid — the stock, not the new issues?", "现行有效 vs 制发"),
        ("zh", "ha", "r.unable.needs_creation.total", "淮安2024年因“需要另行制作”而无法提供的有几件？不是“本机关不掌握”那行。", "另行制作 vs 不掌握"),
        ("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests not met because the information would have to be created — not the 'don't hold it' line?", "另行制作 vs 不掌握"),
        ("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不公开的有几件？别和内部事务搞混。", "过程性信息 vs 内部事务"),
        ("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: refusals as internal-affairs information (the line just before process information)?", "内部事务 vs 过程性信息"),
        ("zh", "ha", "a.review.other", "淮安2024年行政复议里“其他结果”是几件？不是纠正。", "其他结果 vs 纠正"),
        ("en", "sy", "a.review.corrected", "Shuyang 2025 reviews: how many were corrected — the corrected column, not 'other outcomes'?", "纠正 vs 其他结果"),
        ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购的项目数量是多少（不是金额）？", "采购项目数 vs 金额"),
        ("en", "jx", "c.procurement.amount", "Jianxi office 2020: procurement spending, in 10,000 yuan — the amount, not the number of projects?", "采购金额 vs 项目数"),
        ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开的总数量（累计那一栏，不是当年新制作）是多少？", "对外公开总数 vs 新制作"),
        ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: normative documents published in total to date, not only the year's new ones?", "对外公开总数 vs 新制作"),
        ("zh", "sy", "r.partially_granted.total", "沭阳县2025年只公开了一部分的申请有几件？不算全部公开的。", "部分公开 vs 予以公开"),
        ("en", "ha", "r.partially_granted.total", "Huai'an 2024: partial releases only, excluding full releases?", "部分公开 vs 予以公开"),
        ("zh", "ha", "r.received.legal_services", "淮安2024年律所等法律服务机构提交的新申请是几件？不是商业企业。", "法律服务机构 vs 商业企业"),
        ("en", "sy", "r.granted.legal_services", "Shuyang 2025: full releases to legal-service providers — not the business column?", "法律服务机构 vs 商业企业"),
        ("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年因逾期不缴费而终止的有几件？不是逾期不补正。", "逾期未缴费 vs 逾期不补正"),
        ("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024: requests lapsed because the applicant never fixed the form — not the unpaid-fee line?", "逾期不补正 vs 逾期未缴费"),
        ("zh", "ha", "r.not_processed.duplicate.total", "淮安市2024年属于重复申请而不予处理的几件？不是信访类。", "重复申请 vs 信访"),
        ("en", "sy", "a.litigation_after_review.pending", "Shuyang 2025: review-then-sue cases still pending — not those with an 'other' result?", "尚未审结 vs 其他结果"),
        ("zh", "ha", "c.regulations.issued", "淮安市政府2024年当年新制发的规章是几件（不要现行有效总数）？", "制发 vs 现行有效"),
        ("en", "hz23", "c.normative_docs.repealed", "Hongze District 2023: normative documents scrapped — not those still in force?", "废止 vs 现行有效"),
    ]
    c = []
    for lang, b, k, q, what in t:
        kw = {"unit": "万元"} if k.endswith("amount") else {}
        c.append(T(lang, b, k, q, "[neighbour] naive answer is the neighbouring cell: " + what, **kw))
    return c


def CONVERSATIONS():
    rng = random.Random(155)
    convs = plain(rng) + combine() + rank() + followup() + textonly() + cannot() + neighbour()
    seen, out = set(), []
    for c in convs:
        qs = tuple(t["question"] for t in c["turns"])
        if qs in seen:
            continue
        seen.add(qs)
        out.append(c)
    return out
