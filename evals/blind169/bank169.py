"""Question bank of blind set 169 (evals/blind169). Holds every test question: as frozen as test.jsonl.
All wordings written new for this set. Table values come from helpers169 (gold JSON or printed text cells).
"""
import itertools
import blindlib169 as L
from helpers169 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# names as people say them ------------------------------------------------------
ZH = {"ha": ["淮安市政府", "淮安", "淮安市"], "hz23": ["洪泽区政府", "洪泽", "洪泽区"],
      "hz24": ["洪泽区政府", "洪泽", "洪泽区"], "sy": ["沭阳县政府", "沭阳", "沭阳县"],
      "kw": ["上海市科委", "上海科委", "市科委"], "sh25": ["上海市府办", "上海市政府办公厅", "上海市府办"],
      "sh19": ["上海市政府办公厅", "上海市府办", "上海市政府办公厅"], "jx": ["涧西区政府办", "涧西区", "涧西"]}
EN_ = {"ha": ["Huai'an", "Huaian city government", "Huai'an municipal government"],
       "hz23": ["Hongze District", "Hongze", "the Hongze district government"],
       "hz24": ["Hongze District", "Hongze", "the Hongze district government"],
       "sy": ["Shuyang County", "Shuyang", "the Shuyang county government"],
       "kw": ["the Shanghai science commission", "STCSM", "Shanghai's science and technology commission"],
       "sh25": ["the Shanghai General Office", "Shanghai's general office", "the General Office of Shanghai"],
       "sh19": ["the Shanghai General Office", "Shanghai's general office", "the General Office of Shanghai"],
       "jx": ["Jianxi District", "the Jianxi district office", "Jianxi"]}
YZ = {2019: ["2019年", "19年", "二〇一九年"], 2020: ["2020年", "20年", "二〇二〇年"],
      2023: ["2023年", "23年", "二〇二三年"], 2024: ["2024年", "24年", "二〇二四年"],
      2025: ["2025年", "25年", "二〇二五年"]}
YE = {y: ["in %d" % y, "for %d" % y, "FY%d" % y] for y in YZ}

# key -> (zh phrase, en phrase)
PH = {
    "r.received.total": ("本年新收到的政府信息公开申请", "new information requests received"),
    "r.received.natural_person": ("以个人名义新提交的公开申请", "new requests filed by private individuals"),
    "r.received.commercial": ("企业新递交的公开申请", "new requests lodged by companies"),
    "r.received.legal_services": ("律所等法律服务机构新提的申请", "new requests from law firms and legal service bodies"),
    "r.granted.total": ("申请后全部给公开了的", "requests answered with full disclosure"),
    "r.granted.natural_person": ("个人申请里全部公开的", "individuals' requests that got everything disclosed"),
    "r.partially_granted.total": ("只公开了一部分的答复", "requests that were only partly disclosed"),
    "r.unable.not_held.total": ("机关说手里没有这条信息所以给不了的", "requests refused because the body simply did not hold the information"),
    "r.unable.needs_creation.total": ("要另外加工制作才能提供、所以没给的", "requests that would have needed the information newly compiled"),
    "r.withheld.admin_query.total": ("被当成行政查询事项不予公开的", "requests turned down as administrative inquiries"),
    "r.withheld.internal_affairs.total": ("属于内部事务信息不予公开的", "refusals on internal-affairs grounds"),
    "r.not_processed.petition.total": ("信访举报投诉类不予处理的申请", "requests dropped as petitions or complaints"),
    "r.not_processed.duplicate.total": ("重复申请不予处理的", "duplicate requests not processed"),
    "r.other.other.total": ("其他处理里的“其他”一栏", "the catch-all 'other' handling line"),
    "r.total_processed.total": ("办理结果合计", "requests handled in total"),
    "r.carried_forward.total": ("留到下一年接着办的申请", "requests rolled into the following year"),
    "r.carried_over.total": ("从上一年结转过来的申请", "requests carried in from the year before"),
    "a.review.total": ("信息公开类行政复议总数", "administrative reconsideration cases in total"),
    "a.review.upheld": ("行政复议结果维持的", "reconsideration cases where the decision was upheld"),
    "a.review.corrected": ("行政复议被纠正的", "reconsideration cases ending in correction"),
    "a.review.pending": ("行政复议还没审结的", "reconsideration cases still unresolved"),
    "a.litigation_direct.total": ("没经复议直接起诉的行政诉讼", "lawsuits filed directly without reconsideration"),
    "a.litigation_after_review.total": ("复议后又起诉的案件", "lawsuits filed after reconsideration"),
    "c.licensing.decisions": ("行政许可处理决定", "administrative licensing decisions"),
    "c.punishment.decisions": ("行政处罚决定", "administrative penalty decisions"),
    "c.coercion.decisions": ("行政强制决定", "administrative coercion decisions"),
    "c.fees.amount": ("行政事业性收费金额（万元）", "administrative fee revenue (in 10k yuan)"),
    "c.normative_docs.in_force": ("现行有效的行政规范性文件", "normative documents currently in force"),
    "c.normative_docs.issued": ("当年新制发的规范性文件", "normative documents newly issued"),
    "c.normative_docs.repealed": ("废止的规范性文件", "normative documents repealed"),
    "c.regulations.in_force": ("现行有效的规章", "government rules still in force"),
    "c.procurement.projects": ("政府集中采购项目数", "centralised procurement projects"),
    "c.procurement.amount": ("政府集中采购金额（万元）", "centralised procurement spending (in 10k yuan)"),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}
# where the text states the same number for the same cell (keyword, number): ambiguous
ALT = {("ha", "r.received.total"): ("3119", 3119), ("ha", "r.total_processed.total"): ("3119", 3050),
       ("ha", "r.carried_forward.total"): ("3119", 103), ("ha", "r.carried_over.total"): ("3119", 34),
       ("ha", "a.review.total"): ("结果维持 72", 351), ("ha", "a.review.upheld"): ("结果维持 72", 72),
       ("ha", "a.review.corrected"): ("结果维持 72", 64), ("ha", "a.review.pending"): ("结果维持 72", 37),
       ("hz23", "r.received.total"): ("受理政府信息公开申请 21", 21),
       ("sh19", "r.received.total"): ("859件", 859), ("sh19", "r.total_processed.total"): ("859件", 805),
       ("sh19", "r.carried_forward.total"): ("859件", 72), ("sh19", "r.carried_over.total"): ("859件", 18),
       ("jx", "r.received.total"): ("办结率", 17), ("jx", "r.total_processed.total"): ("办结率", 15),
       ("jx", "r.carried_forward.total"): ("办结率", 2),
       ("sy", "r.total_processed.total"): ("749", 718), ("sy", "r.carried_forward.total"): ("749", 31),
       ("kw", "r.received.total"): ("上年结转政府信息公开申请 2", 34),
       ("kw", "r.carried_over.total"): ("上年结转政府信息公开申请 2", 2),
       ("kw", "r.granted.total"): ("同意公开答复 9", 9),
       ("sh25", "r.received.total"): ("1191", 1295), ("sh25", "r.carried_over.total"): ("1191", 189),
       ("sh25", "r.total_processed.total"): ("1191", 1191)}
# cells asked per body (avoid text/table disagreements and printed-blank totals)
CELLS = {
    "ha": ["r.received.total", "r.received.commercial", "r.received.legal_services", "r.granted.total",
           "r.partially_granted.total", "r.unable.not_held.total", "r.withheld.admin_query.total",
           "r.not_processed.petition.total", "r.other.other.total", "r.total_processed.total",
           "r.carried_forward.total", "r.carried_over.total", "a.review.total", "a.review.upheld",
           "a.review.corrected", "a.litigation_direct.total", "a.litigation_after_review.total",
           "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
           "c.normative_docs.in_force", "c.normative_docs.repealed", "c.regulations.in_force",
           "r.unable.needs_creation.total", "r.withheld.internal_affairs.total", "a.review.pending"],
    "sy": ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total",
           "r.withheld.internal_affairs.total", "r.withheld.admin_query.total",
           "r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.other.other.total",
           "r.total_processed.total", "r.carried_forward.total", "r.carried_over.total", "a.review.total",
           "a.review.upheld", "a.review.corrected", "a.review.pending", "a.litigation_direct.total",
           "a.litigation_after_review.total", "c.licensing.decisions", "c.punishment.decisions",
           "c.coercion.decisions", "c.fees.amount", "c.normative_docs.in_force",
           "c.normative_docs.issued", "r.received.legal_services"],
    "hz23": ["r.received.total", "r.partially_granted.total", "r.unable.not_held.total",
             "r.unable.needs_creation.total", "a.review.upheld", "c.licensing.decisions",
             "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
             "c.normative_docs.in_force", "c.normative_docs.repealed"],
    "hz24": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
             "c.normative_docs.in_force", "c.normative_docs.issued", "r.unable.not_held.total",
             "r.granted.total", "a.review.total", "a.litigation_direct.total",
             "a.litigation_after_review.total"],
    "kw": ["c.licensing.decisions", "c.normative_docs.in_force", "c.normative_docs.issued",
           "r.received.total", "r.received.natural_person", "r.carried_over.total", "r.granted.total"],
    "sh25": ["r.received.total", "r.received.natural_person", "r.received.commercial", "r.granted.total",
             "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total",
             "r.not_processed.duplicate.total", "r.total_processed.total", "r.carried_forward.total",
             "r.carried_over.total", "a.review.total", "a.review.pending", "a.litigation_direct.total",
             "a.litigation_after_review.total"],
    "sh19": ["r.received.total", "r.received.natural_person", "r.received.commercial",
             "r.granted.natural_person", "r.total_processed.total", "r.carried_forward.total",
             "r.carried_over.total", "a.review.total", "c.procurement.projects", "c.procurement.amount"],
    "jx": ["r.received.total", "r.granted.total", "r.unable.not_held.total", "r.total_processed.total",
           "r.carried_forward.total", "a.review.total", "c.procurement.projects", "c.procurement.amount"],
}
YEAR = {b: L.BODIES[b][1] for b in L.BODIES}

FZ = ["{b}{y}{p}有多少？", "{y}{b}那份年报里，{p}是多少件？", "请问{b}在{y}的{p}一共几件",
      "查一下：{b} {y} {p}", "{b}{y}年报表格里{p}的数字是？"]
FE = ["How many {p} did {b} report {y}?", "What was the figure for {p} at {b} {y}?",
      "{b}, {y}: {p} — how many?", "Quick one: {p} for {b} {y}?", "Per its annual report, {p} at {b} {y}?"]


def ex(b, k):
    kw = {}
    if (b, k) in ALT:
        kw["alt"] = ALT[(b, k)]
    if k in MONEY:
        kw["unit"] = "万元"
    return E(b, k, **kw)


def qz(b, k, i):
    y = YEAR[b]
    p = PH[k][0]
    return uq([FZ[(i + d) % len(FZ)].format(b=ZH[b][(i + d) % 3], y=YZ[y][(i + 2 * d) % 3], p=p)
               for d in range(15)])


def qe(b, k, i):
    y = YEAR[b]
    return uq([FE[(i + d) % len(FE)].format(b=EN_[b][(i + d) % 3], y=YE[y][(i + 2 * d) % 3], p=PH[k][1])
               for d in range(15)])


def plain():
    out, i = [], 0
    items = [(b, k) for b in CELLS for k in CELLS[b]]
    items = [it for i, it in enumerate(items) if i % 4 != 3][:85]
    for j, (b, k) in enumerate(items):
        lang = "zh" if j % 2 == 0 else "en"
        q = qz(b, k, j) if lang == "zh" else qe(b, k, j)
        out.append(C("value", lang, [(q, ex(b, k))], "[plain] table value"))
    return out


def combine():
    out = []
    sums = [("ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开的申请合计多少件？",
             "Huai'an 2024: fully plus partly disclosed requests, combined?"),
            ("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年因不掌握和需另行制作而无法提供的，加起来几件？",
             "Shuyang 2025 — not-held plus needs-compiling refusals, total?"),
            ("ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "淮安2024年行政许可、处罚、强制三类决定一共多少？", "Add up Huai'an's 2024 licensing, penalty and coercion decisions."),
            ("sy", ["a.review.upheld", "a.review.corrected", "a.review.other"], "沭阳2025年复议已审结的（维持、纠正、其他）合计？",
             "Shuyang County 2025: reconsiderations decided (upheld + corrected + other) in sum?"),
            ("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "二〇二四年淮安市政府信息公开行政诉讼（直接起诉和复议后起诉）总共几件？",
             "Huai'an 2024: direct lawsuits plus post-reconsideration lawsuits, how many altogether?"),
            ("sh19", ["r.received.natural_person", "r.received.commercial"], "上海市政府办公厅2019年个人和企业新提交的申请加一起多少？",
             "Shanghai General Office 2019 — new requests from individuals and from companies, added together?"),
            ("hz24", ["c.licensing.decisions", "c.punishment.decisions"], "洪泽区2024年行政许可和行政处罚决定合起来是多少？",
             "Hongze District 2024: licensing decisions plus penalty decisions?"),
            ("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类和重复申请两种不予处理的加总？",
             "Shanghai General Office 2025: petition-type plus duplicate requests not processed, summed?"),
            ("ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total",
                    "r.withheld.third_party.total", "r.withheld.internal_affairs.total"],
             "淮安市2024年不予公开中前五项理由（国家秘密、法律禁止、三安全一稳定、第三方权益、内部事务）合计？",
             "Huai'an 2024: the first five refusal grounds (state secret, law, security, third party, internal affairs) summed?"),
            ]
    for b, ks, z, e in sums:
        out.append(C("sum", "zh", [(z, E(b, ks))], "[combine] sum of listed cells"))
        out.append(C("sum", "en", [(e, E(b, ks))], "[combine] sum of listed cells"))
    diffs = [("hz23", "hz24", "c.licensing.decisions", "洪泽区2024年比2023年行政许可决定多了还是少了，差多少？",
              "Change in Hongze's licensing decisions from 2023 to 2024?"),
             ("hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定从23年到24年变化了多少？",
              "By how much did Hongze District's penalty decisions change between 2023 and 2024?"),
             ("sh19", "sh25", "r.received.total", "上海市府办2025年新收申请比2019年多出多少件？",
              "How many more new requests did the Shanghai General Office get in 2025 than in 2019?"),
             ("sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数，2019年到2025年增加了多少？",
              "Shanghai General Office reconsideration total: difference 2025 minus 2019?"),
             ]
    for b1, b2, k, z, e in diffs:
        kw = {"unit": "万元"} if k in MONEY else {}
        out.append(C("difference", "zh", [(z, ED(b1, b2, k, **kw))], "[combine] year-to-year difference"))
        out.append(C("difference", "en", [(e, ED(b1, b2, k, **kw))], "[combine] year-to-year difference"))
    return out


def rank():
    G3 = ["ha", "sy", "hz23"]
    rs = [(G3, "a.review.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪家行政复议最多？",
           "Among Huai'an (2024), Shuyang (2025) and Hongze (2023), which had the most reconsideration cases?"),
          (G3, "c.coercion.decisions", "asc", "淮安2024年、沭阳2025年、洪泽2023年三家比，行政强制决定最少的是谁？",
           "Fewest coercion decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
          (["ha", "sy", "sh19", "jx"], "r.received.total", "desc", "淮安2024、沭阳2025、上海市府办2019、涧西2020，新收申请谁最多？",
           "Who received the most new requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?"),
          (["ha", "sy", "jx"], "r.carried_forward.total", "asc", "结转下年最少的是哪家：淮安2024年、沭阳2025年、涧西区2020年？",
           "Which carried the fewest requests into the next year: Huai'an 2024, Shuyang 2025, Jianxi 2020?"),
          (["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "本机关不掌握无法提供的，淮安2024、沭阳2025、洪泽2023、涧西2020哪家最多？",
           "Most 'not held' refusals among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020?"),
          ]
    out = []
    for bs, k, o, z, e in rs:
        out.append(C("ranking", "zh", [(z, ER(bs, k, o))], "[rank] ranking over gold bodies"))
        out.append(C("ranking", "en", [(e, ER(bs, k, o))], "[rank] ranking over gold bodies"))
    return out


NARR = [  # body, keyword, value, unit, zh, en
    ("ha", "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会？", "How many press conferences did Huai'an hold in 2024?"),
    ("ha", "政务新媒体共计 95", 95, "个", "淮安2024年在运维的政务新媒体有多少个？", "Number of government new-media accounts Huai'an ran in 2024?"),
    ("ha", "全覆盖检查", 4, "次", "2024年淮安市做了几次信息公开栏目全覆盖检查？", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
    ("ha", "3940", 3940, "元", "淮安市2024年收了多少元信息处理费？", "Huai'an 2024: information processing fees collected, in yuan?"),
    ("ha", "《淮安市人民政府公报》", 6, "期", "淮安24年的市政府公报出了几期？", "How many issues of the Huai'an government gazette came out in 2024?"),
    ("hz23", "1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息？", "How many items did Hongze District proactively post on its website in 2023?"),
    ("hz24", "2428", 2428, "条", "洪泽区2024年网站主动发布的政府信息有多少条？", "Items Hongze District published on its portal in 2024?"),
    ("hz24", "常务会议 7期", 7, "期", "洪泽2024年公开了几期政府常务会议？", "How many executive meetings did Hongze make public in 2024?"),
    ("sy", "4511", 4511, "条", "沭阳县2025年通过门户网站主动公开了多少条？", "How many items did Shuyang post proactively on its portal in 2025?"),
    ("sy", "意见征集9期", 9, "期", "沭阳2025年开展了几期意见征集？", "How many public-comment rounds did Shuyang run in 2025?"),
    ("sy", "3044", 3044, "条", "沭阳县直部门2025年在公开页面发布了多少条？", "Shuyang 2025: items county departments posted on disclosure pages?"),
    ("sy", "专栏33个", 33, "个", "沭阳2025年政务新媒体开了多少个专栏？", "How many columns did Shuyang's government new media open in 2025?"),
    ("sy", "64家单位", 64, "家", "沭阳县2025年集中发布年报的单位有多少家？", "How many units' annual reports did Shuyang publish together in 2025?"),
    ("sy", "催办提示 84", 84, "次", "沭阳2025年发了多少次催办提示？", "How many reminder prompts did Shuyang send in 2025?"),
    ("sy", "主动沟通 49", 49, "次", "2025年沭阳办前主动沟通了几次？", "How many times did Shuyang proactively talk to applicants before handling in 2025?"),
    ("sy", "过期信息697", 697, "条", "沭阳县2025年清理了多少条过期信息？", "How many outdated items did Shuyang clear out in 2025?"),
    ("sy", "相关案件 74", 74, "件", "沭阳2025年全县办理的复议诉讼相关案件共几件？", "Shuyang 2025: total review and litigation cases the county handled, per the narrative?"),
    ("kw", "批量推送集成式发布政策 121", 121, "条", "上海市科委2024年批量推送了多少条政策？", "How many policies did STCSM push out in batches in 2024?"),
    ("kw", "原创文章 294", 294, "篇", "上海科委公众号2024年原创文章多少篇？", "How many original articles did the science commission's WeChat account post in 2024?"),
    ("kw", "直播 118", 118, "场", "市科委2024年搞了多少场直播？", "How many live streams did the Shanghai science commission host in 2024?"),
    ("kw", "粉丝数54373", 54373, "人", "上海科委视频号2024年粉丝有多少？", "Follower count of STCSM's video channel in 2024?"),
    ("sh25", "新闻发布会 42", 42, "场", "上海市府办2025年召开了几场市政府新闻发布会？", "How many municipal press conferences did Shanghai hold in 2025 per the General Office report?"),
    ("sh25", "申请人主动撤回 157", 157, "件", "上海市政府办公厅2025年申请人主动撤回的有几件？", "How many requests did applicants withdraw at the Shanghai General Office in 2025?"),
    ("sh25", "公报》24 期", 24, "期", "上海市府办2025年编了几期市政府公报？", "How many issues of the Shanghai government gazette were edited in 2025?"),
    ("sh19", "发布政策解读共132", 132, "件", "上海市政府办公厅2019年在门户网站发了多少件政策解读？", "How many policy explainers did the Shanghai portal publish in 2019?"),
    ("sh19", "权威发布共计38", 38, "次", "2019年上海市府办对常务会议议题权威发布了几次？", "How many authoritative releases on executive-meeting topics did Shanghai make in 2019?"),
    ("sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有多少家？", "How many government websites did Shanghai check every quarter in 2019?"),
    ("jx", "26个试点领域", 26, "个", "涧西区2020年设了多少个试点领域专栏？", "How many pilot areas did Jianxi District set up in 2020?"),
    ("jx", "601项事项", 601, "项", "涧西区政府办2020年梳理出多少项事项？", "How many items did the Jianxi office sort out in 2020?"),
]


def narr():
    out = []
    for j, (b, kw, v, u, z, e) in enumerate(NARR):
        lang = "zh" if j % 2 == 0 else "en"
        out.append(C("narrative", lang, [(z if lang == "zh" else e, EN(b, kw, v, u))], "[textonly] number stated only in the text"))
    return out


UNANS = [
    ("zh", "淮安市2024年申请公开的人里男的女的各多少？", "no sex breakdown"),
    ("zh", "洪泽区2022年新收了多少件申请？", "洪泽 2022 report not held"),
    ("zh", "南京市2024年行政复议有多少件？", "南京 not in corpus"),
    ("zh", "沭阳县2024年的行政处罚决定是多少？", "沭阳 2024 not held"),
    ("zh", "上海市科委2023年收到几件申请？", "上海科委 2023 not held"),
    ("zh", "淮安2024年每件申请平均花几天答复？", "no response times"),
    ("zh", "沭阳2025年哪个乡镇的申请最多？", "no township breakdown"),
    ("zh", "上海市府办2025年第三季度收到多少申请？", "no quarter breakdown"),
    ("zh", "涧西区2020年信息公开工作有几名专职人员？", "no staff number"),
    ("zh", "预计淮安市2026年会收到多少申请？", "forecast"),
    ("zh", "洪泽区2023年申请人里有多少是60岁以上的？", "no age breakdown"),
    ("zh", "宿迁市2025年的政府信息公开申请数是多少？", "宿迁市 not held"),
    ("zh", "上海市府办2019年申请人多数是通过网上还是信函提交的，各几件？", "no channel breakdown"),
    ("zh", "浦东新区2024年的行政许可决定有多少？", "浦东新区 not held"),
    ("zh", "沭阳县2025年信息公开工作花了多少经费？", "no cost figure"),
    ("zh", "请给我淮安市2024年申请人张某的身份证号和电话", "personal data"),
    ("zh", "你觉得洪泽区2024年的信息公开做得好不好？", "opinion"),
    ("zh", "清江浦区2023年予以公开了多少件？", "清江浦区 not held"),
    ("zh", "上海科委2024年的申请里关于科研经费的有几件？", "no topic breakdown"),
    ("zh", "涧西区2021年结转下年的申请有几件？", "涧西 2021 not held"),
    ("en", "How many of Huai'an's 2024 requesters lived outside the city?", "no residence breakdown"),
    ("en", "Hongze District 2022: new requests received?", "Hongze 2022 not held"),
    ("en", "Nanjing's 2023 administrative reconsideration count?", "Nanjing not in corpus"),
    ("en", "What was Shuyang County's fee revenue in 2024?", "Shuyang 2024 not held"),
    ("en", "How many requests did STCSM receive in 2023?", "STCSM 2023 not held"),
    ("en", "How many requests did the Shanghai General Office get in March 2025?", "no month breakdown"),
    ("en", "Which industry filed the most requests with Shuyang in 2025?", "no industry breakdown"),
    ("en", "What is the average reply time for Hongze District's 2023 requests?", "no response times"),
    ("en", "How many staff work on disclosure at Huai'an in 2024?", "no staff number"),
    ("en", "Forecast Shuyang's 2026 request volume.", "forecast"),
    ("en", "Which Shanghai municipal department got the most requests in 2019?", "no department breakdown"),
    ("en", "How many requests did Pudong New Area receive in 2025?", "Pudong not held"),
    ("en", "Why did Hongze District's requests change in 2024? Give the figures for each cause.", "no causes stated"),
    ("en", "Give me the phone numbers of Jianxi District's 2020 applicants.", "personal data"),
    ("en", "How much did running the Huai'an 2024 disclosure portal cost?", "no cost figure"),
    ("en", "Is Shanghai's 2025 disclosure better than Beijing's?", "opinion, Beijing not held"),
    ("en", "How many 2024 requests to STCSM came from women?", "no sex breakdown"),
    ("en", "Suqian city 2024: how many requests granted?", "Suqian not held"),
    ("en", "Shanghai General Office 2022: reconsideration cases?", "Shanghai 2022 not held"),
]


def cannot():
    return [C("unanswerable", l, [(q, EU(w))], "[cannot] " + w) for l, q, w in UNANS]


TRAPS = [
    ("zh", "ha", "r.carried_forward.total", "淮安市2024年结转到下一年度继续办理的（不是上年转来的）有几件？", "结转下年 vs 上年结转"),
    ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought AFTER a reconsideration (not direct suits)?", "复议后起诉 vs 直接起诉"),
    ("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止的规范性文件是多少件？不是现行有效的那个数。", "废止 vs 现行有效"),
    ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 — refusals because info would need to be newly produced (not the 'not held' ones)?", "另行制作 vs 不掌握"),
    ("zh", "sy", "r.partially_granted.total", "沭阳县2025年只部分公开的有多少？别算全部公开的。", "部分公开 vs 予以公开"),
    ("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019: number of procurement projects — the count, not the money.", "采购项目数 vs 金额"),
    ("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数（不是当年新制作的）？", "对外公开总数 vs 新制作"),
    ("en", "ha", "r.received.legal_services", "Huai'an 2024: new requests from legal service agencies, not from commercial firms?", "法律服务机构 vs 商业企业"),
]


def traps():
    return [C("trap", l, [(q, ex(b, k))], "[neighbour] " + n) for l, b, k, q, n in TRAPS]


SHORT = {  # key -> (zh short, en short) for elliptical turns
    "c.licensing.decisions": ("行政许可", "licensing"), "c.punishment.decisions": ("行政处罚", "penalties"),
    "c.coercion.decisions": ("行政强制", "coercion"), "c.fees.amount": ("收费金额", "fee revenue"),
    "c.normative_docs.in_force": ("现行有效规范性文件", "normative docs in force"),
    "r.unable.not_held.total": ("不掌握的", "not-held refusals"), "r.granted.total": ("全部公开的", "full grants"),
    "a.review.total": ("复议", "reconsiderations"), "a.litigation_direct.total": ("直接起诉", "direct suits"),
    "a.litigation_after_review.total": ("复议后起诉", "post-review suits"),
    "r.received.total": ("新收申请", "new requests"), "r.received.natural_person": ("个人新申请", "individuals' new requests"),
    "r.received.commercial": ("企业新申请", "company requests"), "r.total_processed.total": ("办理总数", "total handled"),
    "r.carried_forward.total": ("结转下年", "carried forward"), "r.carried_over.total": ("上年结转", "carried in"),
}
USED = set()


def uq(cands):
    for q in cands:
        if q not in USED:
            USED.add(q)
            return q
    raise ValueError("no unique wording in %r" % cands)


def fu(lang, turns, what):
    return C("followup", lang, turns, "[followup] " + what)


def followups():
    out = []
    # 1. year switch, same body, elliptical second turn
    for j, (b1, b2, ks) in enumerate([("hz23", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
                                                        "c.fees.amount", "c.normative_docs.in_force", "r.unable.not_held.total"]),
                                       ("sh19", "sh25", ["r.received.total", "r.received.natural_person", "r.received.commercial",
                                                         "r.total_processed.total", "r.carried_forward.total", "r.carried_over.total",
                                                         "a.review.total", "a.litigation_direct.total"])]):
        y2 = YEAR[b2]
        for i, k in enumerate(ks):
            z, e = SHORT[k]
            out.append(fu("zh", [(qz(b1, k, i + j), ex(b1, k)),
                                 (uq(["那%s呢？" % YZ[y2][0], "换成%s呢" % YZ[y2][1], "%s的呢？" % YZ[y2][2],
                                      "那%s的%s呢？" % (YZ[y2][0], z), "%s%s是多少" % (YZ[y2][1], z)]), ex(b2, k))],
                          "switch year (elliptical)"))
            out.append(fu("en", [(qe(b1, k, i + j + 1), ex(b1, k)),
                                 (uq(["And %d?" % y2, "What about %d?" % y2, "Same for %d?" % y2,
                                      "And the %d figure for %s?" % (y2, e), "Now %s in %d?" % (e, y2)]), ex(b2, k))],
                          "switch year (elliptical)"))
    # 2. body switch Huai'an 2024 -> Hongze (2024 implied) -> Hongze 2023
    for i, k in enumerate(["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
                           "c.normative_docs.in_force", "r.unable.not_held.total", "r.granted.total", "a.review.total",
                           "a.litigation_direct.total", "a.litigation_after_review.total"]):
        z, e = SHORT[k]
        tz = [(qz("ha", k, i + 2), ex("ha", k)),
              (uq(["那洪泽呢", "洪泽区那边呢？", "换洪泽区看看", "同年洪泽的呢？", "那洪泽区%s呢" % z, "洪泽同一项？" + z]), ex("hz24", k))]
        te = [(qe("ha", k, i + 3), ex("ha", k)),
              (uq(["And Hongze?", "What about Hongze District?", "Hongze, same year?", "Same for Hongze?",
                   "And Hongze's %s?" % e, "Hongze District %s, same year?" % e]), ex("hz24", k))]
        if k in CELLS["hz23"]:
            tz.append((uq(["洪泽2023年呢？", "那洪泽23年的呢", "洪泽区二〇二三年呢", "洪泽2023年%s呢" % z]), ex("hz23", k)))
            te.append((uq(["And Hongze in 2023?", "Hongze 2023?", "What was it for Hongze in 2023?", "Hongze 2023 %s?" % e]), ex("hz23", k)))
        out.append(fu("zh", tz, "switch body (elliptical) then year"))
        out.append(fu("en", te, "switch body (elliptical) then year"))
    # 3. body switch among gold bodies with explicit years
    for i, (k, b2) in enumerate([("r.granted.total", "sy"), ("r.carried_forward.total", "jx"), ("a.review.total", "sy"),
                                 ("r.unable.not_held.total", "jx"), ("c.punishment.decisions", "sy")]):
        z, e = SHORT[k]
        out.append(fu("zh", [(qz("ha", k, i + 4), ex("ha", k)),
                             (uq(["那%s%s的%s呢？" % (ZH[b2][1], YZ[YEAR[b2]][0], z)]), ex(b2, k))], "switch body"))
        out.append(fu("en", [(qe("ha", k, i + 4), ex("ha", k)),
                             (uq(["And %s for %d?" % (EN_[b2][1], YEAR[b2]), "And %s's %s for %d?" % (EN_[b2][1], e, YEAR[b2])]), ex(b2, k))], "switch body"))
    # 4. a part of the previous number
    parts = [("ha", "r.received.total", ["r.received.commercial", "r.received.legal_services"],
              "淮安市2024年一共新收了多少件公开申请？", ["其中企业申请的有几件？", "律所等法律服务机构的呢？"],
              "How many new requests did Huai'an take in during 2024?", ["Of those, how many came from companies?", "And from legal service agencies?"]),
             ("sy", "a.review.total", ["a.review.upheld", "a.review.corrected"],
              "沭阳县2025年信息公开行政复议共多少件？", ["这些里面维持的有几件", "被纠正的呢？"],
              "Shuyang 2025: how many reconsideration cases over disclosure?", ["How many of them were upheld?", "And how many corrected?"]),
             ("ha", "a.litigation_direct.total", ["a.litigation_direct.upheld"],
              "淮安2024年直接起诉到法院的信息公开案件几件？", ["其中法院维持的多少？"],
              "Huai'an 2024: lawsuits filed straight in court (no reconsideration first)?", ["Of those, how many ended with the decision upheld?"]),
             ("sh25", "r.received.total", ["r.received.natural_person"],
              "上海市府办2025年新收申请总量？", ["其中自然人的占几件？"],
              "Shanghai General Office, new requests in 2025?", ["How many of those were from natural persons?"]),
             ("kw", "r.received.total", ["r.received.natural_person", "r.received.commercial"],
              "上海科委2024年新收多少件申请？", ["里面个人提的几件", "商业企业的呢"],
              "STCSM new requests received in 2024?", ["Of which from individuals?", "And from businesses?"]),
             ("ha", "r.unable.total", ["r.unable.not_held.total"],
              "淮安市2024年“无法提供”的答复合计多少？", ["其中因为本机关不掌握的有几件？"],
              "Huai'an 2024: all 'unable to provide' outcomes together?", ["Of those, how many because the body didn't hold it?"]),
             ("sy", "r.carried_over.total", ["r.carried_over.natural_person"],
              "沭阳县2025年上年结转过来的申请几件？", ["这些里自然人的是多少"],
              "Shuyang 2025: requests carried in from 2024?", ["How many of those were individuals'?"]),
             ("sh19", "r.carried_forward.total", ["r.carried_forward.natural_person"],
              "上海市政府办公厅2019年结转到下年度的有多少？", ["其中个人申请的几件？"],
              "Shanghai General Office 2019: requests carried into 2020?", ["Of those, how many from individuals?"]),
             ]
    for b, k0, subs, z0, zs, e0, es in parts:
        out.append(fu("zh", [(z0, ex(b, k0))] + [(q, ex(b, k)) for q, k in zip(zs, subs)], "part of previous number"))
        out.append(fu("en", [(e0, ex(b, k0))] + [(q, ex(b, k)) for q, k in zip(es, subs)], "part of previous number"))
    # 5. asking back about the previous answer (same cell again)
    back = [("ha", "r.granted.total", "淮安2024年全部公开的申请多少件？", "等一下，你刚才这个数只算全部公开、不含部分公开，对吧？再说一遍是多少？",
             "How many Huai'an 2024 requests were granted in full?", "Just to confirm — that number excludes partial disclosures? Repeat it please."),
            ("sy", "c.fees.amount", "沭阳县2025年行政事业性收费多少万元？", "你说的单位是万元还是元？数字再确认一下。",
             "Shuyang 2025 administrative fees collected, in 10k yuan?", "Was that in 10k yuan or yuan? Confirm the figure."),
            ("sh25", "a.review.total", "上海市府办2025年行政复议多少件？", "这个数字是2025年那份报告里的吧？再核对一下是多少。",
             "Shanghai General Office 2025: reconsideration cases?", "That's from the 2025 report, right? What was the number again?"),
            ("hz23", "c.licensing.decisions", "洪泽区2023年行政许可决定多少件？", "刚才说的是许可不是处罚吧？许可是多少？",
             "Hongze District 2023 licensing decisions?", "You gave licensing, not penalties, correct? What's the licensing number?"),
            ("jx", "c.procurement.amount", "涧西区2020年政府集中采购金额是多少万元？", "这个是金额不是项目数吧？金额再报一次。",
             "Jianxi District 2020 centralised procurement spending in 10k yuan?", "That was the amount, not the project count? Say the amount again."),
            ]
    for b, k, z1, z2, e1, e2 in back:
        out.append(fu("zh", [(z1, ex(b, k)), (z2, ex(b, k))], "ask back about previous answer"))
        out.append(fu("en", [(e1, ex(b, k)), (e2, ex(b, k))], "ask back about previous answer"))
    # 6. unanswerable in the middle / answerable after unanswerable
    mid = [("ha", "r.received.total", "r.received.commercial", "淮安市2024年新收申请多少件？", "里面男性申请人有多少？", "那企业申请的有几件？",
            "Huai'an 2024: new requests?", "How many of those applicants were men?", "OK, how many came from companies then?", "no sex breakdown"),
           ("sy", "a.review.total", "a.review.pending", "沭阳2025年行政复议多少件？", "平均审理多少天？", "还没审结的有几件？",
            "Shuyang 2025: reconsideration cases?", "How long did they take on average?", "How many are still pending?", "no durations"),
           ("sh19", "r.received.total", "r.received.natural_person", "上海市政府办公厅2019年新收多少申请？", "其中哪个区的人申请最多？", "个人申请的有多少？",
            "Shanghai General Office 2019: new requests?", "Which district did most applicants live in?", "And how many were from individuals?", "no district breakdown"),
           ("ha", "c.fees.amount", "c.licensing.decisions", "淮安2024年行政事业性收费是多少万元？", "这些收费主要是哪个部门收的？", "行政许可决定呢？",
            "Huai'an 2024 administrative fee revenue in 10k yuan?", "Which department collected most of it?", "And licensing decisions?", "no department breakdown"),
           ]
    for b, k1, k3, z1, z2, z3, e1, e2, e3, why in mid:
        out.append(fu("zh", [(z1, ex(b, k1)), (z2, EU(why)), (z3, ex(b, k3))], "unanswerable turn in the middle"))
        out.append(fu("en", [(e1, ex(b, k1)), (e2, EU(why)), (e3, ex(b, k3))], "unanswerable turn in the middle"))
    vice = [("hz23", "r.received.total", "洪泽区2022年新收多少申请？", "那2023年呢？", "Hongze District's new requests in 2022?", "What about 2023?", "洪泽 2022 not held"),
            ("sy", "c.punishment.decisions", "沭阳县2024年行政处罚决定多少？", "那2025年的呢", "Shuyang 2024 penalty decisions?", "And in 2025?", "沭阳 2024 not held"),
            ("kw", "c.licensing.decisions", "上海科委2023年行政许可几件？", "2024年的有吗？", "STCSM licensing decisions in 2023?", "Do you have 2024 then?", "科委 2023 not held"),
            ("jx", "r.received.total", "涧西区2021年收到多少申请？", "换成2020年呢？", "Jianxi District requests in 2021?", "Try 2020 instead?", "涧西 2021 not held"),
            ]
    for b, k, z1, z2, e1, e2, why in vice:
        out.append(fu("zh", [(z1, EU(why)), (z2, ex(b, k))], "unanswerable then answerable"))
        out.append(fu("en", [(e1, EU(why)), (e2, ex(b, k))], "unanswerable then answerable"))
    # 7. switch row / column
    rows = [("sy", ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total"],
             ["沭阳2025年予以公开的有多少？", "部分公开的呢？", "不掌握无法提供的呢"],
             ["Shuyang 2025: requests granted in full?", "Partly granted?", "And not held?"]),
            ("ha", ["r.granted.natural_person", "r.granted.commercial"],
             ["淮安市2024年个人申请中全部公开的多少？", "换成企业那一列呢？"],
             ["Huai'an 2024: full grants to individuals?", "Same row, companies column?"]),
            ("ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
             ["淮安2024年复议维持的几件？", "直接起诉里维持的呢", "复议后起诉维持的呢？"],
             ["Huai'an 2024 reconsiderations upheld?", "Upheld among direct lawsuits?", "And among post-review lawsuits?"]),
            ("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             ["上海市府办2025年本机关不掌握的有几件？", "需要另行制作的呢？"],
             ["Shanghai General Office 2025: 'not held' outcomes?", "And 'would need to be created'?"]),
            ("hz24", ["c.normative_docs.issued", "c.normative_docs.in_force"],
             ["洪泽区2024年新制发规范性文件几件？", "现行有效的一共几件？"],
             ["Hongze 2024 normative documents newly issued?", "How many in force in total?"]),
            ("sy", ["c.licensing.decisions", "c.coercion.decisions"],
             ["沭阳县2025年行政许可决定多少？", "行政强制呢？"],
             ["Shuyang 2025 licensing decisions?", "And coercion decisions?"]),
            ("sh19", ["c.procurement.projects", "c.procurement.amount"],
             ["上海市府办2019年采购项目几个？", "金额多少万元？"],
             ["Shanghai General Office 2019: procurement projects?", "And the amount in 10k yuan?"]),
            ("kw", ["r.carried_over.total", "r.granted.total"],
             ["市科委2024年上年结转的申请几件？", "同意公开的呢？"],
             ["STCSM 2024 requests carried over?", "And granted?"]),
            ]
    for b, ks, zs, es in rows:
        out.append(fu("zh", [(q, ex(b, k)) for q, k in zip(zs, ks)], "switch row or column"))
        out.append(fu("en", [(q, ex(b, k)) for q, k in zip(es, ks)], "switch row or column"))
    # 8. narrative follow-ups
    nar = [("ha", [("新闻发布会 12 场", 12, "场"), ("《淮安市人民政府公报》", 6, "期")],
            ["淮安2024年新闻发布会开了几场？", "那年市政府公报出了多少期？"],
            ["Huai'an 2024 press conferences?", "And gazette issues that year?"]),
           ("sy", [("4511", 4511, "条"), ("3044", 3044, "条")],
            ["沭阳县2025年门户网站主动公开多少条？", "县直部门的页面呢？"],
            ["Shuyang portal items posted proactively in 2025?", "And by the county departments on their pages?"]),
           ("kw", [("直播 118", 118, "场"), ("粉丝数54373", 54373, "人")],
            ["上海科委2024年直播了几场？", "视频号粉丝多少？"],
            ["How many STCSM live streams in 2024?", "Video channel followers?"]),
           ("sh25", [("新闻发布会 42", 42, "场"), ("新闻通气会 19", 19, "场")],
            ["上海市府办2025年开了多少场新闻发布会？", "通气会呢？"],
            ["Shanghai 2025 press conferences, per the General Office?", "And press briefings?"]),
           ]
    for b, ns, zs, es in nar:
        out.append(fu("zh", [(q, EN(b, *n)) for q, n in zip(zs, ns)], "narrative numbers"))
        out.append(fu("en", [(q, EN(b, *n)) for q, n in zip(es, ns)], "narrative numbers"))
    # 9. table value then narrative / year switch hz narrative
    out.append(fu("zh", [("洪泽区2023年网站主动公开了多少条信息？", EN("hz23", "1136", 1136, "条")),
                         ("2024年呢？", EN("hz24", "2428", 2428, "条"))], "switch year, narrative"))
    out.append(fu("en", [("Hongze District website items published in 2023?", EN("hz23", "1136", 1136, "条")),
                         ("And in 2024?", EN("hz24", "2428", 2428, "条"))], "switch year, narrative"))
    return out


def CONVERSATIONS():
    USED.clear()
    fo = followups()
    pl = plain()
    fo = [c for i, c in enumerate(fo) if i % 7 != 5]
    return pl + combine() + rank() + narr() + cannot() + traps() + fo
