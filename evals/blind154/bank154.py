"""Question bank of blind set 154 (evals/blind154). FROZEN like test.jsonl: holds every test question.

All wordings were written for this set. Numbers are never typed here: helpers154 computes every
value from gold/*.json, from printed rows of the three reports without gold (SPECS below, the
cells blind6 verified), or from a sentence cut from the report text.
Emphasis: follow-up conversations (~35%).
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib154 as L  # noqa: E402
from helpers154 import C, E, ED, EN, EU, ER, V, T, S, N, U, D, R, F  # noqa: E402,F401

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# body -> (zh names, en names)
NAMES = {
    "ha": (["淮安市政府", "淮安", "淮安市人民政府"], ["Huai'an", "Huai'an city government", "Huaian"]),
    "hz23": (["洪泽区", "洪泽", "洪泽区政府"], ["Hongze District", "Hongze", "Hongze district government"]),
    "hz24": (["洪泽区", "洪泽", "洪泽区政府"], ["Hongze District", "Hongze", "Hongze district government"]),
    "sy": (["沭阳县", "沭阳", "沭阳县政府"], ["Shuyang County", "Shuyang", "Shuyang county government"]),
    "sh19": (["上海市政府办公厅", "上海市府办", "上海市人民政府办公厅"], ["the Shanghai General Office", "Shanghai's government general office", "the Shanghai municipal general office"]),
    "sh25": (["上海市政府办公厅", "上海市府办", "上海市人民政府办公厅"], ["the Shanghai General Office", "Shanghai's government general office", "the Shanghai municipal general office"]),
    "kw": (["上海市科委", "上海科委", "市科委"], ["STCSM", "the Shanghai science commission", "Shanghai's science and technology commission"]),
    "jx": (["涧西区政府办", "涧西区", "涧西"], ["Jianxi District office", "Jianxi", "the Jianxi district government office"]),
}
YEAR = {b: L.BODIES[b][1] for b in L.BODIES}

# key -> (zh phrase, en phrase); every phrase written for this set
KP = {
    "r.received.total": ("本年新收的信息公开申请", "brand-new information requests that came in"),
    "r.received.natural_person": ("老百姓个人新递交的申请", "new requests lodged by private citizens"),
    "r.received.commercial": ("企业新提交的申请", "new requests from businesses"),
    "r.received.legal_services": ("律所等法律服务机构新提的申请", "new requests from law firms and other legal service providers"),
    "r.carried_over.total": ("上年结转过来还没办完的申请", "requests carried over unfinished from earlier periods"),
    "r.granted.total": ("全部予以公开的申请", "requests where everything asked for was released"),
    "r.granted.natural_person": ("个人申请里全部公开的", "individuals' requests granted in full"),
    "r.partially_granted.total": ("只公开了一部分的申请", "requests only partly released"),
    "r.unable.not_held.total": ("因为机关手里没有这份信息而无法提供的", "requests that failed because the office simply did not hold the information"),
    "r.unable.needs_creation.total": ("要另外加工制作才有、所以没给的", "requests refused because answering would mean producing new information"),
    "r.not_processed.petition.total": ("其实是信访投诉、所以不作处理的申请", "requests set aside because they were really complaints or petitions"),
    "r.not_processed.duplicate.total": ("重复提交、不予处理的申请", "repeat requests that were not processed"),
    "r.withheld.admin_query.total": ("被当成行政查询事项没公开的", "requests turned down as administrative look-up matters"),
    "r.withheld.internal_affairs.total": ("以内部事务信息为由不公开的", "requests refused as internal-affairs information"),
    "r.withheld.process_info.total": ("以过程性信息为由不公开的", "requests refused as deliberative (process) information"),
    "r.other.other.total": ("处理结果落在“其他”那一格的", "requests whose outcome sits in the catch-all 'other' box"),
    "r.total_processed.total": ("全年办结答复的申请总数", "requests answered and closed during the year"),
    "r.carried_forward.total": ("年底没办完、转到下一年度的申请", "requests still open at year end and moved into the next year"),
    "a.review.total": ("因信息公开被申请行政复议的案件", "administrative reconsideration cases over disclosure"),
    "a.review.upheld": ("复议后维持原决定的", "reconsiderations where the original decision stood"),
    "a.review.corrected": ("复议被纠正的", "reconsiderations that ended in correction"),
    "a.review.pending": ("复议还没审结的", "reconsiderations still undecided"),
    "a.litigation_direct.total": ("没经过复议直接打官司的", "lawsuits filed straight away without reconsideration"),
    "a.litigation_after_review.total": ("先复议、后又起诉的案件", "lawsuits brought after a reconsideration"),
    "c.licensing.decisions": ("行政许可决定的数量", "administrative licensing decisions"),
    "c.punishment.decisions": ("行政处罚决定数", "administrative penalty decisions"),
    "c.coercion.decisions": ("行政强制决定数", "administrative coercion decisions"),
    "c.normative_docs.in_force": ("仍然有效的行政规范性文件", "normative documents still in force"),
    "c.normative_docs.issued": ("当年新出台的行政规范性文件", "normative documents newly issued that year"),
    "c.normative_docs.repealed": ("被废止的行政规范性文件", "normative documents repealed"),
    "c.regulations.in_force": ("现行有效的政府规章", "government regulations currently in force"),
    "c.regulations.made": ("当年制作的规章", "regulations drafted/made that year"),
    "c.normative_docs.made": ("当年制作的规范性文件", "normative documents made that year"),
    "c.procurement.projects": ("政府集中采购项目数", "centralised government procurement projects"),
}
MONEYP = {
    "c.fees.amount": ("行政事业性收费金额（万元）", "administrative fees collected, in 10,000 yuan"),
    "c.procurement.amount": ("政府集中采购的总金额（万元）", "total value of centralised procurement, in 10,000 yuan"),
}

OK = {  # keys safe per report (text and table agree / printed cells)
    "ha": ["r.received.total", "r.received.natural_person", "r.received.commercial", "r.received.legal_services",
           "r.carried_over.total", "r.granted.total", "r.granted.natural_person", "r.partially_granted.total",
           "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total",
           "r.not_processed.duplicate.total", "r.withheld.admin_query.total", "r.withheld.internal_affairs.total",
           "r.withheld.process_info.total", "r.other.other.total", "r.total_processed.total",
           "r.carried_forward.total", "a.review.total", "a.review.upheld", "a.review.corrected",
           "a.review.pending", "a.litigation_direct.total", "a.litigation_after_review.total",
           "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
           "c.normative_docs.in_force", "c.normative_docs.issued", "c.normative_docs.repealed",
           "c.regulations.in_force", "c.fees.amount"],
    "hz23": ["r.received.total", "r.partially_granted.total", "r.unable.not_held.total",
             "r.unable.needs_creation.total", "r.not_processed.petition.total", "r.total_processed.total",
             "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
             "c.normative_docs.in_force", "c.normative_docs.repealed", "c.fees.amount", "r.granted.total"],
    "hz24": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
             "c.normative_docs.in_force", "c.normative_docs.issued", "c.fees.amount", "r.granted.total",
             "r.unable.not_held.total", "a.review.total", "a.litigation_direct.total",
             "a.litigation_after_review.total", "r.carried_forward.total"],
    "sy": ["r.carried_over.total", "r.granted.total", "r.granted.natural_person", "r.partially_granted.total",
           "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total",
           "r.not_processed.duplicate.total", "r.withheld.admin_query.total", "r.withheld.internal_affairs.total",
           "r.withheld.process_info.total", "r.other.other.total", "r.total_processed.total",
           "r.carried_forward.total", "a.review.total", "a.review.upheld", "a.review.corrected",
           "a.review.pending", "a.litigation_direct.total", "a.litigation_after_review.total",
           "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
           "c.normative_docs.in_force", "c.normative_docs.issued", "c.normative_docs.repealed", "c.fees.amount"],
    "sh19": ["r.received.total", "r.received.natural_person", "r.received.commercial", "r.carried_over.total",
             "r.total_processed.total", "r.carried_forward.total", "a.review.total", "a.review.upheld",
             "c.regulations.made", "c.normative_docs.made", "c.procurement.projects", "c.procurement.amount"],
    "sh25": ["r.received.total", "r.received.natural_person", "r.received.commercial", "r.carried_over.total",
             "r.total_processed.total", "r.carried_forward.total", "r.granted.total", "r.unable.not_held.total",
             "r.unable.needs_creation.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total",
             "a.review.total", "a.review.pending", "a.litigation_direct.total", "a.litigation_after_review.total"],
    "kw": ["r.received.total", "r.received.natural_person", "r.received.commercial", "r.carried_over.total",
           "r.granted.total", "r.total_processed.total", "c.licensing.decisions", "c.normative_docs.in_force",
           "c.normative_docs.issued"],
    "jx": ["r.received.total", "r.granted.total", "r.unable.not_held.total", "r.total_processed.total",
           "r.carried_forward.total", "a.review.total", "a.litigation_direct.total",
           "a.litigation_after_review.total", "c.procurement.projects", "c.procurement.amount",
           "c.normative_docs.made"],
}

ZH_T = ["{b}{y}年{k}是多少？", "{y}年{b}的年报里，{k}有几件？", "请问{b}{y}年度{k}一共多少", "{b}{y}年报：{k}？",
        "帮我查下{y}年{b}{k}的数字", "{b}在{y}年{k}有多少", "我想知道{y}年度{b}{k}总共几件"]
EN_T = ["How many {k} did {b} report for {y}?", "{b}, {y}: number of {k}?",
        "In its {y} annual report, what figure does {b} give for {k}?", "What was the count of {k} for {b} in {y}?",
        "Quick one: {k} at {b} in {y}?", "For {y}, how many {k} are listed by {b}?"]
ZH_M = ["{b}{y}年{k}是多少？", "{y}年{b}{k}一共多少？"]
EN_M = ["What did {b} report for {k} in {y}?", "{b} {y}: {k}?"]

SEEN = set()
RNG = random.Random(154)


def phrase(k, lang):
    p = KP.get(k) or MONEYP[k]
    return p[0] if lang == "zh" else p[1]


def name(b, lang, i=None):
    ns = NAMES[b][0 if lang == "zh" else 1]
    return ns[i % len(ns)] if i is not None else RNG.choice(ns)


def ask(b, k, lang, tries=40):
    money = k in MONEYP
    ts = (ZH_M if money else ZH_T) if lang == "zh" else (EN_M if money else EN_T)
    for _ in range(tries):
        q = RNG.choice(ts).format(b=name(b, lang), y=YEAR[b], k=phrase(k, lang))
        q = (q[0].upper() + q[1:]).replace("的的", "的")
        if q not in SEEN:
            SEEN.add(q)
            return q
    raise ValueError("no fresh wording %s %s" % (b, k))


def uniq(q):
    if q in SEEN:
        raise ValueError("duplicate wording %r" % q)
    SEEN.add(q)
    return q


def ev(b, k, **kw):
    if k in MONEYP:
        kw["unit"] = "万元"
    return E(b, k, **kw)


def plain():
    out = []
    pool = [(b, k) for b in OK for k in OK[b]]
    RNG.shuffle(pool)
    for i, (b, k) in enumerate(pool[:66]):
        lang = "zh" if i % 2 == 0 else "en"
        out.append(C("value", lang, [(ask(b, k, lang), ev(b, k))], "[plain] one table value"))
    return out


def combine():
    out = []
    sums = [("ha", ["r.granted.total", "r.partially_granted.total"], "全部公开和部分公开加起来", "fully plus partly released requests together"),
            ("ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "无法提供的三种情形合计", "all three 'could not provide' outcomes combined"),
            ("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "直接起诉和复议后起诉的行政诉讼合计", "lawsuits in total, direct ones plus those after reconsideration"),
            ("sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "内部事务、过程性信息、行政查询三类不公开合计", "refusals as internal affairs, process information and administrative look-ups combined"),
            ("sy", ["a.review.upheld", "a.review.corrected"], "复议维持加纠正一共", "reconsiderations upheld plus corrected"),
            ("sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "信访类和重复申请两类不予处理合计", "set-aside requests, petitions plus repeats"),
            ("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "不掌握和需另行制作两项无法提供合计", "not-held plus needs-creating refusals together"),
            ("sh19", ["r.received.total", "r.carried_over.total"], "新收和上年结转的申请加在一起", "new requests plus those carried over, together"),
            ("jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "复议、直接诉讼、复议后诉讼三项加总", "reconsiderations, direct suits and post-reconsideration suits added up"),
            ("kw", ["r.received.total", "r.carried_over.total"], "新收加上年结转的申请总量", "new plus carried-over requests in all")]
    for i, (b, ks, zh, en) in enumerate(sums):
        lang = "zh" if i % 2 == 0 else "en"
        q = ("{b}{y}年，{k}是多少？" if lang == "zh" else "For {b} in {y}, what do you get for {k}?").format(
            b=name(b, lang, i), y=YEAR[b], k=zh if lang == "zh" else en)
        out.append(C("sum", lang, [(uniq(q), E(b, ks))], "[combine] sum of the listed cells"))
    diffs = [("hz23", "hz24", "c.licensing.decisions"), ("hz23", "hz24", "c.punishment.decisions"),
             ("hz23", "hz24", "r.unable.not_held.total"), ("hz23", "hz24", "c.coercion.decisions"),
             ("sh19", "sh25", "r.received.total"), ("sh19", "sh25", "r.carried_forward.total"),
             ("sh19", "sh25", "r.total_processed.total"), ("sh19", "sh25", "a.review.total")]
    for i, (b1, b2, k) in enumerate(diffs):
        lang = "zh" if i % 2 == 1 else "en"
        q = ("{b}{y2}年的{k}比{y1}年多了（或少了）多少？" if lang == "zh" else
             "By how much did {k} at {b} change from {y1} to {y2}?").format(
            b=name(b1, lang, i), y1=YEAR[b1], y2=YEAR[b2], k=phrase(k, lang))
        out.append(C("difference", lang, [(uniq(q), ED(b1, b2, k))], "[combine] later year minus earlier year"))
    return out


def rank():
    out = []
    specs = [(["ha", "hz23", "sh19", "jx"], "r.received.total", "desc"),
             (["ha", "hz23", "sh19", "jx"], "r.received.total", "asc"),
             (["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc"),
             (["hz23", "sy", "sh19"], "r.total_processed.total", "asc"),
             (["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc"),
             (["sy", "sh19", "jx"], "r.carried_forward.total", "asc"),
             (["ha", "sy", "sh19", "jx"], "a.review.total", "desc"),
             (["ha", "sy", "jx"], "a.review.total", "asc"),
             (["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "desc"),
             (["hz23", "sy", "jx"], "r.unable.not_held.total", "asc")]
    for i, (bs, k, order) in enumerate(specs):
        lang = "zh" if i % 2 == 0 else "en"
        if lang == "zh":
            lst = "、".join("%s（%d年）" % (name(b, "zh", i), YEAR[b]) for b in bs)
            q = "%s这几家里，%s哪家%s？" % (lst, phrase(k, "zh"), "最多" if order == "desc" else "最少")
        else:
            lst = ", ".join("%s (%d)" % (name(b, "en", i), YEAR[b]) for b in bs)
            q = "Among %s, which had the %s %s?" % (lst, "most" if order == "desc" else "fewest", phrase(k, "en"))
        out.append(C("ranking", lang, [(uniq(q), ER(bs, k, order))], "[rank] ranking over gold bodies"))
    return out


def trap():
    specs = [("ha", "r.carried_over.total", "淮安2024年属于上年结转、接着办的申请有几件？（不是转到下一年的）",
              "Huai'an 2024: how many requests were carried over INTO 2024 from before (not the ones pushed on to the next year)?"),
             ("ha", "a.litigation_after_review.total", "淮安市2024年，先走了复议程序再去法院起诉的有多少件？",
              "Huai'an 2024: lawsuits that came only after a reconsideration — how many?"),
             ("ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了多少件规范性文件？不是还有效的那个数",
              "How many normative documents did Huai'an scrap in 2024 (repealed, not the in-force stock)?"),
             ("sy", "r.unable.needs_creation.total", "沭阳2025年因为需要重新制作信息而没法提供的申请是几件？",
              "Shuyang 2025: requests that could not be met because the info would have to be newly compiled?")]
    out = []
    for b, k, zh, en in specs:
        out.append(C("trap", "zh", [(uniq(zh), E(b, k))], "[neighbour] neighbouring cell is the naive answer"))
        out.append(C("trap", "en", [(uniq(en), E(b, k))], "[neighbour] neighbouring cell is the naive answer"))
    return out


# narrative: (body, keyword, value, unit, zh, en)
NARR = [
    ("jx", "设置26个试点领域", 26, "个", "涧西区2020年设置了多少个基层政务公开试点领域？", "How many pilot areas for grassroots openness did Jianxi set up in 2020?"),
    ("ha", "在运维政务新媒体共计", 95, "个", "淮安2024年报说全市还在运营的政务新媒体有多少个？", "Per Huai'an's 2024 report, how many government new-media accounts were still being run?"),
    ("ha", "全覆盖检查", 4, "次", "2024年淮安对公开栏目做了几次全覆盖检查？", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
    ("hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站上主动发了多少条信息？", "How many items did Hongze District proactively post on its website in 2024?"),
    ("hz24", "公开政府常务会议", 7, "期", "洪泽2024年公开了几期政府常务会议？", "In 2024, how many executive meetings of the Hongze government were made public?"),
    ("hz23", "1136", 1136, "条", "2023年洪泽区在网站平台主动公开了多少条政府信息？", "Hongze District's website: how many items were proactively disclosed in 2023?"),
    ("sy", "主动公开政府信息4511条", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息？", "Shuyang's county portal, 2025: number of items proactively released?"),
    ("sy", "开展意见征集", 9, "期", "沭阳2025年通过门户网站搞了几期意见征集？", "How many public-consultation rounds did Shuyang run on its portal in 2025?"),
    ("sy", "在信息公开页面发布信息", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条？", "In 2025, how many items did Shuyang's county departments post on their disclosure pages?"),
    ("sy", "64家单位", 64, "家", "沭阳2025年集中发布年度报告的单位有多少家？", "How many units' annual reports did Shuyang publish together in 2025?"),
    ("sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理掉了多少条过期信息？", "How many outdated items did Shuyang clear out in 2025?"),
    ("kw", "共编发文章", 1640, "篇", "上海科委“上海科技”公众号2024年发了多少篇文章？", "How many articles did STCSM's 'Shanghai Keji' WeChat account put out in 2024?"),
    ("kw", "其中原创文章", 294, "篇", "2024年市科委公众号里原创文章有几篇？", "Of STCSM's WeChat articles in 2024, how many were original?"),
    ("kw", "共制作并发布短视频", 584, "条", "上海科技视频号2024年发布了多少条短视频？", "Short videos released on the Shanghai Keji video channel in 2024?"),
    ("kw", "直播", 118, "场", "上海市科委2024年在视频号上做了多少场直播？", "How many livestreams did the Shanghai science commission host in 2024?"),
    ("sh19", "权威发布共计", 38, "次", "2019年上海市府办对常务会议议题权威发布了多少次？", "How many authoritative releases on executive-meeting topics did the Shanghai General Office make in 2019?"),
    ("sh19", "70家政府网站", 70, "家", "上海市政府办公厅2019年每季度检查的政府网站有几家？", "How many government websites did the Shanghai General Office inspect each quarter in 2019?"),
    ("sh19", "统一受理平台接入", 53, "个", "2019年一网通办统一受理平台接入了多少个部门？", "In 2019, how many departments were hooked into the One Network unified intake platform (Shanghai General Office report)?"),
    ("sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会？（市府办年报）", "Per the Shanghai General Office's 2025 report, how many city press conferences were held?"),
    ("sh25", "新闻通气会", 19, "场", "2025年上海市府办年报里的新闻通气会是几场？", "Shanghai General Office 2025: number of press briefings (通气会)?"),
    ("sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年《上海市人民政府公报》编了几期？", "How many issues of the Shanghai government gazette were edited in 2025?"),
    ("sh25", "16 个区全部上线数字公报", 16, "个", "上海2025年有几个区上线了数字公报？（市府办年报）", "Shanghai General Office 2025 report: how many districts launched digital gazettes?"),
    ("sh25", "公文公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查？", "How many documents got a disclosure-attribute review at the Shanghai General Office in 2025?"),
]


def narrative():
    out = []
    for i, (b, kw, v, unit, zh, en) in enumerate(NARR):
        if i % 2 == 0 or i < 6:
            out.append(C("narrative", "zh", [(uniq(zh), EN(b, kw, v, unit))], "[textonly] number stated only in the report text"))
        if i % 2 == 1 or i < 6:
            out.append(C("narrative", "en", [(uniq(en), EN(b, kw, v, unit))], "[textonly] number stated only in the report text"))
    return out


CANNOT_ZH = [
    ("淮安市2024年的信息公开申请人里女性占多少？", "sex of applicants not reported"),
    ("沭阳县2025年60岁以上老人提了多少件申请？", "age not reported"),
    ("洪泽区2023年3月份收到几件申请？", "month not reported"),
    ("上海市府办2025年第二季度受理了多少申请？", "quarter not reported"),
    ("淮安2024年通过信函方式提交的申请有几件？", "channel not reported"),
    ("沭阳2025年各乡镇分别收到多少件申请？", "township breakdown not reported"),
    ("涧西区2020年关于拆迁的申请有几件？", "topic not reported"),
    ("上海科委2024年平均多少天答复一件申请？", "response time not reported"),
    ("淮安市2024年负责信息公开的工作人员有几个？", "staff number not reported"),
    ("洪泽区2022年收到多少件信息公开申请？", "year not in corpus"),
    ("沭阳县2024年的行政复议有多少件？", "year not in corpus"),
    ("南京市2024年新收了多少信息公开申请？", "body not in corpus"),
    ("宿迁市2025年行政许可决定多少？", "body not in corpus"),
    ("浦东新区2025年政府信息公开申请数是多少？", "body not in corpus"),
    ("上海市府办预计2026年会收到多少申请？", "forecast"),
    ("你觉得淮安2024年信息公开做得好不好，打几分？", "opinion"),
    ("2024年向淮安申请公开信息的张某住在哪里？", "personal data"),
    ("上海市科委2023年收到多少件申请？", "year not in corpus"),
    ("涧西区2021年的行政诉讼有几件？", "year not in corpus"),
    ("洪泽区2024年申请人里外地户籍的有多少？", "residence not reported"),
]
CANNOT_EN = [
    ("How many of Shuyang's 2025 requests came from women?", "sex of applicants not reported"),
    ("Huai'an 2024: how many requests were filed by people under 30?", "age not reported"),
    ("In which month of 2025 did the Shanghai General Office get the most requests?", "month not reported"),
    ("How many requests did Hongze receive in Q4 2023?", "quarter not reported"),
    ("How many of Shuyang's 2025 requests were submitted online versus by post?", "channel not reported"),
    ("What did disclosure work cost Huai'an in staff salaries in 2024?", "cost not reported"),
    ("How many requests about housing did Jianxi get in 2020?", "topic not reported"),
    ("How many requests did manufacturing firms file with STCSM in 2024?", "industry not reported"),
    ("What was the average reply time for Shanghai General Office requests in 2019?", "response time not reported"),
    ("How many information requests did Nanjing receive in 2024?", "body not in corpus"),
    ("Qingjiangpu District, 2024: how many disclosure requests?", "body not in corpus"),
    ("How many requests did the Shanghai General Office handle in 2022?", "year not in corpus"),
    ("Jianxi District's disclosure requests in 2021?", "year not in corpus"),
    ("How many requests will Huai'an receive in 2026?", "forecast"),
    ("Was Shuyang's 2025 disclosure work better than Huai'an's in 2024, in your opinion?", "opinion"),
    ("What is the phone number of the applicant who sued Huai'an in 2024?", "personal data"),
    ("Why did Hongze's request numbers change in 2024?", "reason not stated"),
    ("How many of Huai'an's 2024 requests concerned land expropriation?", "topic not reported"),
    ("How many staff at STCSM worked on disclosure in 2024?", "staff number not reported"),
]


def cannot():
    out = []
    for q, why in CANNOT_ZH:
        out.append(C("unanswerable", "zh", [(uniq(q), EU(why))], "[cannot] not in the corpus"))
    for q, why in CANNOT_EN:
        out.append(C("unanswerable", "en", [(uniq(q), EU(why))], "[cannot] not in the corpus"))
    return out


# ------------------------------------------------------------------ follow-ups (~35%)
SHORT = {  # short labels for elliptical turns
    "c.licensing.decisions": ("行政许可", "licensing"), "c.punishment.decisions": ("行政处罚", "penalties"),
    "c.coercion.decisions": ("行政强制", "coercion"), "c.normative_docs.in_force": ("有效规范性文件", "documents in force"),
    "c.fees.amount": ("收费金额", "fees"), "r.granted.total": ("全部公开", "full grants"),
    "r.unable.not_held.total": ("不掌握", "not-held refusals"), "r.received.total": ("新收申请", "new requests"),
    "r.received.natural_person": ("个人申请", "citizens' requests"), "r.carried_over.total": ("上年结转", "carry-ins"),
    "r.total_processed.total": ("办结总数", "closed requests"), "r.carried_forward.total": ("结转下年", "carry-outs"),
    "a.review.total": ("复议", "reconsiderations"), "r.partially_granted.total": ("部分公开", "partial grants"),
    "r.not_processed.petition.total": ("信访类不予处理", "petition set-asides"),
    "c.normative_docs.issued": ("新发规范性文件", "new normative documents"),
}


def fresh(cands):
    for q in cands:
        if q not in SEEN:
            SEEN.add(q)
            return q
    raise ValueError("all wordings used: %r" % cands[:2])


def sk(k, lang):
    return SHORT[k][0 if lang == "zh" else 1]


def fu(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def year_switch():
    out = []
    hz = ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.normative_docs.in_force",
          "c.fees.amount", "r.unable.not_held.total", "r.granted.total"]
    sh = ["r.received.total", "r.received.natural_person", "r.carried_over.total", "r.total_processed.total",
          "r.carried_forward.total", "a.review.total"]
    pairs = [("hz23", "hz24", k) for k in hz[:5]] + [("sh19", "sh25", k) for k in sh[:4]]
    for i, (b1, b2, k) in enumerate(pairs):
        for lang in ("zh", "en"):
            first, second = (b1, b2) if (i + (lang == "en")) % 2 == 0 else (b2, b1)
            y2 = YEAR[second]
            if lang == "zh":
                q2 = fresh(["换成%d年呢？" % y2, "%d年的呢" % y2, "那%s年呢？" % str(y2)[2:], "同一项%d年是多少" % y2,
                            "%d年%s呢？" % (y2, sk(k, "zh")), "再看看%d年的%s" % (y2, sk(k, "zh"))])
            else:
                q2 = fresh(["What about %d?" % y2, "And %d?" % y2, "Same thing for %d?" % y2, "%d?" % y2,
                            "And the %d figure for %s?" % (y2, sk(k, "en")), "Now %s in %d, please." % (sk(k, "en"), y2)])
            turns = [(ask(first, k, lang), ev(first, k)), (q2, ev(second, k))]
            out.append(fu(lang, turns, "switch year %d -> %d" % (YEAR[first], y2)))
    return out


def body_switch():
    out = []
    specs = [("ha", "hz24", k) for k in ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
                                         "c.normative_docs.in_force", "r.granted.total", "r.unable.not_held.total",
                                         "c.fees.amount"][:5]]
    specs += [("ha", "kw", k) for k in ["c.licensing.decisions", "c.normative_docs.in_force"]]
    for i, (b1, b2, k) in enumerate(specs):
        for lang in ("zh", "en"):
            n2 = NAMES[b2][0 if lang == "zh" else 1]
            if lang == "zh":
                q2 = fresh(["那%s呢？" % n2[1], "%s呢" % n2[0], "换成%s看看" % n2[2], "%s那边呢？" % n2[1],
                            "同一年%s的%s呢" % (n2[0], sk(k, "zh")), "那%s的%s是多少？" % (n2[1], sk(k, "zh")),
                            "%s同一项呢？" % n2[2], "%s%s呢" % (n2[2], sk(k, "zh"))])
            else:
                q2 = fresh(["And %s?" % n2[1], "What about %s?" % n2[0], "Same for %s?" % n2[2],
                            "And %s, same year?" % n2[1], "%s's %s, then?" % (n2[0], sk(k, "en")),
                            "How about %s for %s?" % (n2[1], sk(k, "en")), "Same year, %s: %s?" % (n2[2], sk(k, "en")),
                            "Now %s, please." % n2[0]])
            out.append(fu(lang, [(ask(b1, k, lang), ev(b1, k)), (q2, ev(b2, k))],
                          "elliptical switch of body %s -> %s (same year)" % (b1, b2)))
    specs = ["a.review.total", "r.carried_forward.total", "r.total_processed.total", "r.partially_granted.total",
             "r.not_processed.petition.total"]
    for i, k in enumerate(specs):
        for lang in ("zh", "en"):
            if lang == "zh":
                c2 = ["沭阳县2025年的%s呢？" % sk(k, "zh"), "换成沭阳2025年的%s" % sk(k, "zh")]
                q2 = fresh(c2 if i % 2 == 0 else c2[::-1])
            else:
                c2 = ["And Shuyang County in 2025 (%s)?" % sk(k, "en"), "Switch to Shuyang's 2025 report: %s?" % sk(k, "en")]
                q2 = fresh(c2 if i % 2 == 0 else c2[::-1])
            out.append(fu(lang, [(ask("ha", k, lang), ev("ha", k)), (q2, ev("sy", k))],
                          "switch body and year (Huai'an 2024 -> Shuyang 2025)"))
    return out


def row_col():
    out = []
    specs = [
        ("ha", [("r.granted.total", None), ("r.partially_granted.total", ("部分公开的呢？", "And the partly released ones?")),
                ("r.unable.not_held.total", ("因不掌握没法提供的又有几件？", "And those where the office didn't hold the info?")),
                ("r.unable.needs_creation.total", ("需要另行制作的那一行呢", "And the needs-to-be-created row?"))]),
        ("sy", [("a.review.upheld", None), ("a.review.corrected", ("被纠正的呢", "How many were corrected?")),
                ("a.review.pending", ("还没审结的还有几件", "And still pending?")),
                ("a.review.other", ("结果算“其他”的呢？", "And those with an 'other' result?"))]),
        ("sh25", [("r.received.natural_person", None), ("r.received.commercial", ("那企业提的呢？", "What about ones from companies?"))]),
        ("kw", [("r.received.natural_person", None), ("r.received.commercial", ("企业那一列呢", "And the business column?"))]),
        ("ha", [("r.received.natural_person", None), ("r.received.legal_services", ("法律服务机构那一栏呢？", "And from legal service providers?"))]),
        ("sy", [("r.withheld.admin_query.total", None), ("r.withheld.internal_affairs.total", ("换成内部事务信息那一行呢", "Switch to the internal-affairs row?")),
                ("r.withheld.process_info.total", ("过程性信息那一行呢", "And the process-information row?"))]),
        ("sh25", [("a.review.total", None), ("a.litigation_direct.total", ("直接起诉的行政诉讼呢？", "Switch to lawsuits filed directly?")),
                  ("a.litigation_after_review.total", ("复议后再起诉的呢", "And suits after reconsideration?"))]),
    ]
    for b, seq in specs:
        for li, lang in enumerate(("zh", "en")):
            turns = []
            for k, w in seq:
                q = ask(b, k, lang) if w is None else uniq(w[li])
                turns.append((q, ev(b, k)))
            out.append(fu(lang, turns, "switch row or column within one report"))
    return out


def part_of():
    out = []
    specs = [("ha", "r.received.total", "r.received.natural_person", "其中个人提的有多少？", "Of those, how many came from individuals?"),
             ("sh25", "r.received.total", "r.received.natural_person", "这里面自然人占几件", "How many of them were filed by natural persons?"),
             ("sh19", "r.received.total", "r.received.commercial", "其中商业企业申请的呢？", "Of these, how many came from commercial enterprises?"),
             ("kw", "r.received.total", "r.received.natural_person", "其中多少是公民个人提交的", "And of that number, how many from private persons?"),
             ("ha", "a.review.total", "a.review.upheld", "这些复议里维持原决定的有几件？", "Of those reconsiderations, how many upheld the decision?"),
             ("sy", "a.review.total", "a.review.corrected", "其中被纠正的是多少", "Of those, how many ended in correction?"),
             ]
    for b, k1, k2, zh, en in specs:
        for li, lang in enumerate(("zh", "en")):
            out.append(fu(lang, [(ask(b, k1, lang), ev(b, k1)), (uniq((zh, en)[li]), ev(b, k2))],
                          "ask a part of the previous number"))
    return out


def ask_back():
    out = []
    specs = [("ha", "r.carried_forward.total", "你刚才说的这个数，是转到下一年度的那个对吧？具体几件再说一下", "Just to confirm — that number is the carry-forward into the next year? Repeat it please."),
             ("sy", "r.total_processed.total", "刚才那个办结总数，再核对一遍是多少？", "Can you double-check the closed total you just gave me?"),
             ("sh19", "r.carried_over.total", "你说的这个结转数是2018年底转入2019年的吗？多少件？", "Is that the number carried in from before 2019? How many exactly?"),
             ("jx", "r.granted.total", "你刚刚给的数是全部公开的那一项吧？再报一次", "The figure you gave — that's the fully-released row, right? Say it again.")]
    for b, k, zh, en in specs:
        for li, lang in enumerate(("zh", "en")):
            out.append(fu(lang, [(ask(b, k, lang), ev(b, k)), (uniq((zh, en)[li]), ev(b, k))],
                          "ask back about the previous answer (same cell)"))
    return out


def mixed():
    out = []
    specs = [("ha", "r.received.total", ("其中女性申请人有多少？", "How many of those applicants were women?"), "sex not reported",
              "r.received.commercial", ("那企业提的呢", "OK, and how many came from companies?")),
             ("sy", "a.review.total", ("这些复议平均用了几天？", "How long did those reconsiderations take on average?"), "duration not reported",
              "a.review.upheld", ("那维持的有几件？", "Fine — how many were upheld?")),
             ("sh25", "r.received.total", ("这些申请哪个月最多？", "Which month had the most of them?"), "month not reported",
              "r.carried_over.total", ("上年结转过来的呢", "And the carried-in ones?")),
             ("hz23", "c.punishment.decisions", ("处罚里罚款总额多少钱？", "What was the total fine amount behind those penalties?"), "fine amount not reported",
              "c.coercion.decisions", ("行政强制呢？", "And coercion decisions?")),
             ("kw", "r.received.total", ("其中涉及人工智能的有几件？", "How many of them were about AI?"), "topic not reported",
              "r.granted.total", ("同意公开的又有几件", "And how many were released in full?"))]
    for b, k1, mid, why, k3, last in specs:
        for li, lang in enumerate(("zh", "en")):
            out.append(fu(lang, [(ask(b, k1, lang), ev(b, k1)), (uniq(mid[li]), EU(why)), (uniq(last[li]), ev(b, k3))],
                          "unanswerable turn in the middle of an answerable conversation"))
    specs = [("南京市2024年新收了多少申请？", "How many new requests did Nanjing get in 2024?", "body not in corpus", "ha", "r.received.total",
              ("那淮安2024年呢？", "Then Huai'an in 2024?")),
             ("洪泽区2022年的行政许可有多少？", "Hongze's licensing decisions for 2022?", "year not in corpus", "hz23", "c.licensing.decisions",
              ("那2023年的呢", "OK, what about 2023 then?")),
             ("上海科委2023年收到几件申请？", "STCSM requests received in 2023?", "year not in corpus", "kw", "r.received.total",
              ("那换成2024年看看？", "Try 2024 instead.")),
             ]
    for zh1, en1, why, b, k, q2 in specs:
        for li, lang in enumerate(("zh", "en")):
            out.append(fu(lang, [(uniq((zh1, en1)[li]), EU(why)), (uniq(q2[li]), ev(b, k))],
                          "unanswerable first turn, answerable follow-up"))
    return out


def CONVERSATIONS():
    SEEN.clear()
    RNG.seed(154)
    convs = []
    for f in (plain, combine, rank, trap, narrative, cannot, year_switch, body_switch, row_col, part_of,
              ask_back, mixed):
        convs += f()
    return convs
