"""Question bank of blind set 158 (evals/blind158). All wordings written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.

Every number is computed by helpers158 (gold JSON, printed text cells, or sentences cut from the
report text). This file names only bodies, keys, keywords and wordings.
Emphasis: follow-up conversations (~35%), 2-4 turns each.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib158 as L  # noqa: E402
from helpers158 import C, E, EN, EU, ED, ER, V, T, S, N, U, D, R, F  # noqa: E402

# printed cells of the reports without gold: the same specs as text_cells.json lists
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _r in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _r["cells"].items()}

# ------------------------------------------------------------------ names
ZB = {"ha": ["淮安市政府", "淮安市", "淮安"], "hz23": ["洪泽区政府", "洪泽区", "洪泽"],
      "hz24": ["洪泽区", "洪泽", "洪泽区政府"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
      "kw": ["上海市科委", "市科委", "上海科委"], "sh25": ["上海市府办", "上海市政府办公厅"],
      "sh19": ["上海市政府办公厅", "上海市府办"], "jx": ["涧西区政府办", "涧西区"]}
EB = {"ha": ["Huai'an city government", "Huai'an", "Huaian"], "hz23": ["Hongze District", "Hongze"],
      "hz24": ["Hongze", "Hongze District"], "sy": ["Shuyang County", "Shuyang"],
      "kw": ["the Shanghai science commission", "STCSM"],
      "sh25": ["the Shanghai General Office", "Shanghai's municipal general office"],
      "sh19": ["Shanghai's municipal general office", "the Shanghai General Office"],
      "jx": ["Jianxi District office", "Jianxi District"]}
ZY = {2019: ["2019年", "19年", "二〇一九年"], 2020: ["2020年", "二〇二〇年", "20年"],
      2023: ["2023年", "23年", "二〇二三年"], 2024: ["2024年", "24年", "二〇二四年"],
      2025: ["2025年", "二〇二五年", "25年"]}
EY = {y: ["%d" % y, "FY%d" % y, "for %d" % y] for y in ZY}


def zb(b, i):
    return ZB[b][i % len(ZB[b])]


def eb(b, i):
    return EB[b][i % len(EB[b])]


def zy(b, i):
    return ZY[L.BODIES[b][1]][i % 3]


def ey(b, i):
    return EY[L.BODIES[b][1]][i % 3]


# key -> (zh wordings, en wordings)
LAB = {
    "r.received.total": (["本年新收的公开申请", "新收到的信息公开申请", "新接到的依申请件数"],
                         ["new disclosure requests received", "fresh information requests taken in", "requests newly filed"]),
    "r.received.natural_person": (["个人（自然人）新提的申请", "老百姓个人递交的新申请"],
                                  ["new requests from private individuals", "requests filed by individual citizens"]),
    "r.received.commercial": (["企业新提的申请", "商业企业递交的新申请"],
                              ["new requests from businesses", "requests filed by commercial enterprises"]),
    "r.carried_over.total": (["从上一年结转过来的申请", "上年度转入的旧申请"],
                             ["requests carried in from the prior year", "requests brought forward from the year before"]),
    "r.granted.total": (["全部予以公开的", "完整公开给申请人的"],
                        ["requests fully granted", "requests where everything asked for was released"]),
    "r.partially_granted.total": (["只公开了一部分的", "部分公开的答复"],
                                  ["partly granted requests", "requests answered with partial disclosure"]),
    "r.unable.not_held.total": (["因为本机关不掌握而没法提供的", "政府说手里没有这条信息的"],
                                ["requests refused because the office did not hold the information", "not-held refusals"]),
    "r.unable.needs_creation.total": (["需要另行制作所以没提供的", "要重新加工制作才能给的"],
                                      ["requests that would have needed new information to be created", "needs-creation refusals"]),
    "r.not_processed.petition.total": (["按信访处理、不作信息公开处理的", "当成信访件转走的"],
                                       ["requests not processed because they were really petitions", "petition-type requests left unprocessed"]),
    "r.not_processed.duplicate.total": (["重复申请不予处理的", "因为重复提出而不处理的"],
                                        ["repeat requests left unprocessed", "duplicate applications not handled"]),
    "r.withheld.process_info.total": (["因属于过程性信息不予公开的", "以过程性信息为由拒绝的"],
                                      ["refusals because the information was process information", "withheld as deliberative/process information"]),
    "r.withheld.internal_affairs.total": (["因属于内部事务信息不予公开的", "以内部管理信息为由拒绝的"],
                                          ["refusals on internal-affairs grounds", "withheld as internal management information"]),
    "r.withheld.admin_query.total": (["属于行政查询事项不予公开的", "被当作行政查询事项拒绝的"],
                                     ["requests turned away as administrative inquiries", "admin-query refusals"]),
    "r.withheld.third_party.total": (["因涉及第三方权益不予公开的", "怕损害第三方利益而拒绝的"],
                                     ["refusals to protect third-party rights", "third-party-interest refusals"]),
    "r.total_processed.total": (["办理结果的总计", "一共办结答复的申请"],
                                ["requests answered in total", "total requests dealt with"]),
    "r.carried_forward.total": (["结转到下一年继续办理的", "留到下年度再答复的"],
                                ["requests pushed into the next year", "requests still open and rolled over to the following year"]),
    "r.carried_over.natural_person": (["个人申请中从上一年结转过来的", "自然人那列上年结转的"],
                                      ["individuals' requests carried in from the prior year", "carried-in requests from private persons"]),
    "r.unable.needs_creation.natural_person": (["自然人申请中需另行制作而无法提供的", "个人申请里要重新制作信息才能给的"],
                                               ["individuals' requests needing new information to be created", "needs-creation refusals to private persons"]),
    "r.not_processed.petition.natural_person": (["自然人申请中按信访处理不予处理的", "个人申请里被当作信访的"],
                                                ["individuals' requests treated as petitions and not processed", "private persons' petition-type requests"]),
    "r.granted.natural_person": (["自然人申请里全部公开的", "个人申请中完整公开的"],
                                 ["individuals' requests fully granted", "full grants to private persons"]),
    "r.unable.not_held.natural_person": (["自然人申请里因不掌握无法提供的", "个人申请中政府说没有该信息的"],
                                         ["individuals' requests refused as not held", "not-held answers to private persons"]),
    "a.review.total": (["信息公开行政复议总数", "被申请行政复议的案件总数"],
                       ["administrative reconsideration cases in total", "review cases filed"]),
    "a.review.upheld": (["行政复议结果维持的", "复议后原决定被维持的"],
                        ["reconsideration cases upheld", "reviews where the decision stood"]),
    "a.review.corrected": (["行政复议结果被纠正的", "复议被纠错的"],
                           ["reconsideration cases corrected", "reviews that overturned the decision"]),
    "a.review.other": (["行政复议其他结果的", "复议结果为其他情形的"],
                       ["reconsideration cases with other outcomes", "reviews ending with an 'other' result"]),
    "a.review.pending": (["行政复议尚未审结的", "还没审结的复议案"],
                         ["reconsideration cases still pending", "unfinished review cases"]),
    "a.litigation_direct.total": (["未经复议直接起诉的行政诉讼总数", "直接打官司的案件数"],
                                  ["lawsuits filed directly without reconsideration", "direct court cases"]),
    "a.litigation_direct.upheld": (["直接起诉的案件中结果维持的", "直接诉讼里政府赢了（维持）的"],
                                   ["direct lawsuits upheld", "direct court cases where the decision stood"]),
    "a.litigation_direct.pending": (["直接起诉尚未审结的", "直接诉讼中还没判完的"],
                                    ["direct lawsuits still pending", "direct court cases not yet decided"]),
    "a.review.total": (["信息公开行政复议总数", "被申请行政复议的案件总数"],
                       ["administrative reconsideration cases in total", "review cases filed"]),
    "a.litigation_after_review.total": (["复议后又起诉的案件总数", "经复议后提起诉讼的"],
                                        ["lawsuits filed after reconsideration", "court cases brought after a review"]),
    "c.normative_docs.issued": (["新制发的行政规范性文件", "本年新出台的规范性文件"],
                                ["new normative documents issued", "normative documents newly made"]),
    "c.normative_docs.repealed": (["废止的行政规范性文件", "作废的规范性文件"],
                                  ["normative documents repealed", "normative documents scrapped"]),
    "c.normative_docs.in_force": (["现行有效的行政规范性文件", "目前仍有效的规范性文件"],
                                  ["normative documents currently in force", "normative documents still valid"]),
    "c.regulations.in_force": (["现行有效的规章", "还在生效的政府规章"],
                               ["government regulations in force", "regulations still valid"]),
    "c.regulations.issued": (["新制发的规章", "新出台的政府规章"],
                             ["regulations newly issued", "new government regulations"]),
    "c.licensing.decisions": (["行政许可决定数", "作出的行政许可"],
                              ["licensing decisions", "administrative permits granted"]),
    "c.punishment.decisions": (["行政处罚决定数", "作出的行政处罚"],
                               ["penalty decisions", "administrative penalties imposed"]),
    "c.coercion.decisions": (["行政强制决定数", "作出的行政强制"],
                             ["coercive-measure decisions", "administrative enforcement actions"]),
    "c.fees.amount": (["行政事业性收费金额（万元）", "收上来的行政事业性收费（万元）"],
                      ["administrative fee revenue (in 10k yuan)", "money taken in from administrative fees (10k yuan)"]),
    "c.procurement.amount": (["政府集中采购金额（万元）", "集中采购花掉的钱（万元）"],
                             ["centralised procurement amount (10k yuan)", "money spent on government procurement (10k yuan)"]),
    "c.regulations.made": (["新制作的规章", "本年新做的规章"],
                           ["regulations newly drafted", "regulations made during the year"]),
    "c.normative_docs.made": (["新制作的规范性文件", "本年新做的规范性文件"],
                              ["normative documents newly drafted", "normative documents made during the year"]),
    "c.normative_docs.total_published": (["对外公开的规范性文件总数", "累计对外公开的规范性文件"],
                                         ["normative documents published in total (cumulative)", "total normative documents on public record"]),
    "c.procurement.projects": (["政府集中采购项目数", "集中采购了几个项目"],
                               ["centralised procurement projects", "procurement projects"]),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}


def zl(k, i):
    return LAB[k][0][i % len(LAB[k][0])]


def el(k, i):
    return LAB[k][1][i % len(LAB[k][1])]


def Ev(b, k, **kw):
    if k in MONEY:
        kw["unit"] = "万元"
    return E(b, k, **kw)


ZQ = ["{b}{y}{l}是多少？", "想问下{b}{y}{l}有几件", "{y}{b}年报里，{l}一共多少", "请问{b}在{y}的报告中{l}有多少",
      "{b}{y}，{l}？", "帮我查一下{y}{b}{l}的数字"]
EQ = ["How many {l} did {b} report {y}?", "{b}, {y}: {l}?", "In {b}'s annual report {y}, what was the figure for {l}?",
      "Can you look up {l} for {b} {y}?", "What number of {l} does {b} give {y}?", "Quick one - {l}, {b}, {y}?"]


ZQM = ["{b}{y}{l}是多少？", "{y}{b}年报里，{l}一共多少", "请问{b}在{y}的报告中{l}是多少"]
EQM = ["What was the {l} in {b}'s report {y}?", "{b}, {y}: {l}?", "Can you look up the {l} for {b} {y}?"]


def zq(b, k, i):
    t = (ZQM if k in MONEY else ZQ)
    return t[i % len(t)].format(b=zb(b, i), y=zy(b, i), l=zl(k, i)).replace("的的", "的")


def eq(b, k, i):
    y = ey(b, i)
    t = (EQM if k in MONEY else EQ)
    return t[i % len(t)].format(b=eb(b, i), y=y if y.startswith("for") else "in " + y, l=el(k, i))


# ------------------------------------------------------------------ plain values (65)
PLAIN = [
    ("ha", "r.received.total"), ("ha", "r.granted.total"), ("ha", "r.unable.not_held.total"),
    ("ha", "r.withheld.admin_query.total"), ("ha", "a.review.total"), ("ha", "a.review.corrected"),
    ("ha", "c.normative_docs.in_force"), ("ha", "c.coercion.decisions"), ("ha", "c.fees.amount"),
    ("ha", "r.not_processed.petition.total"), ("ha", "a.litigation_direct.total"),
    ("ha", "r.partially_granted.total"), ("ha", "c.regulations.in_force"),
    ("hz23", "r.received.total"), ("hz23", "r.unable.not_held.total"), ("hz23", "r.partially_granted.total"),
    ("hz23", "a.review.upheld"), ("hz23", "c.licensing.decisions"), ("hz23", "c.normative_docs.repealed"),
    ("hz23", "c.fees.amount"), ("hz23", "r.unable.needs_creation.total"),
    ("hz24", "r.granted.total"), ("hz24", "r.unable.not_held.total"), ("hz24", "c.punishment.decisions"),
    ("hz24", "c.normative_docs.in_force"), ("hz24", "a.review.total"), ("hz24", "c.licensing.decisions"),
    ("sy", "r.granted.total"), ("sy", "r.withheld.internal_affairs.total"), ("sy", "r.carried_forward.total"),
    ("sy", "a.review.total"), ("sy", "a.review.pending"), ("sy", "c.licensing.decisions"),
    ("sy", "c.normative_docs.issued"), ("sy", "r.unable.not_held.total"), ("sy", "a.litigation_after_review.total"),
    ("sy", "c.fees.amount"), ("sy", "r.withheld.admin_query.total"),
    ("kw", "r.received.total"), ("kw", "r.granted.total"), ("kw", "c.normative_docs.in_force"),
    ("kw", "c.licensing.decisions"), ("kw", "r.received.natural_person"),
    ("sh25", "r.received.total"), ("sh25", "r.unable.not_held.total"), ("sh25", "a.review.total"),
    ("sh25", "r.not_processed.petition.total"), ("sh25", "r.carried_forward.total"),
    ("sh25", "a.litigation_direct.total"), ("sh25", "r.unable.needs_creation.total"),
    ("sh19", "r.received.total"), ("sh19", "r.carried_forward.total"), ("sh19", "r.unable.needs_creation.natural_person"),
    ("sh19", "r.not_processed.petition.natural_person"), ("sh19", "c.procurement.amount"), ("sh19", "c.normative_docs.made"),
    ("sh19", "r.received.commercial"),
    ("jx", "r.received.total"), ("jx", "r.total_processed.total"), ("jx", "c.procurement.projects"),
    ("jx", "a.review.total"), ("jx", "r.granted.total"), ("jx", "c.procurement.amount"),
    ("ha", "r.withheld.third_party.total"), ("sy", "a.review.corrected"),
]

# ------------------------------------------------------------------ neighbour traps (11)
TRAPS = [
    ("ha", "r.carried_over.total", "zh", "淮安市2024年报告里，上一年转进来、本年接着办的申请有多少？（不是转到下一年的）"),
    ("ha", "a.litigation_after_review.total", "en", "Huai'an 2024: lawsuits brought only after an administrative reconsideration - not the ones filed straight in court - how many?"),
    ("ha", "c.normative_docs.repealed", "zh", "淮安2024年作废掉的规范性文件有几件？不是新发的那个数"),
    ("sy", "r.unable.needs_creation.total", "en", "For Shuyang County 2025, how many requests failed because the information would have to be newly produced (not because it wasn't held)?"),
    ("ha", "r.withheld.process_info.total", "zh", "二〇二四年淮安市以“过程性信息”为由没公开的有几件？别和内部事务那行搞混"),
    ("sy", "c.normative_docs.in_force", "en", "Shuyang 2025: how many normative documents remain in force at year end - the stock, not the ones issued that year?"),
    ("ha", "a.review.other", "zh", "淮安市政府2024年行政复议里结果算“其他”的有多少件？不是纠正的"),
    ("sh19", "c.procurement.projects", "en", "Shanghai General Office 2019 procurement: the number of projects, not the money - what is it?"),
    ("hz23", "r.carried_forward.total", "zh", "洪泽区2023年有多少申请要结转到下一年办？不是从上年转来的"),
    ("sy", "r.partially_granted.total", "en", "Shuyang County FY2025 - requests only partly released (not the fully granted ones)?"),
    ("sh19", "c.normative_docs.total_published", "zh", "上海市政府办公厅2019年对外公开的规范性文件总数是多少？不是本年新制作的数"),
]

# ------------------------------------------------------------------ sums (12)
SUMS = [
    ("zh", "ha", ["r.withheld.process_info.total", "r.withheld.internal_affairs.total"],
     "淮安2024年因为过程性信息和内部事务信息两个理由不公开的，加起来多少？"),
    ("en", "ha", ["a.review.upheld", "a.review.corrected"],
     "Huai'an 2024 reconsideration: upheld plus corrected, combined?"),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
     "沭阳县2025年因不掌握和需另行制作两类无法提供的，合计多少件？"),
    ("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
     "Shuyang 2025: add up reconsideration cases, direct lawsuits and lawsuits after reconsideration. Total?"),
    ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
     "洪泽区2023年行政许可、行政处罚、行政强制三项决定数加总是多少？"),
    ("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
     "For Huai'an in 2024, how many requests were not processed as petitions or as repeats, the two together?"),
    ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
     "上海市府办2025年信访类和重复申请两类不予处理的一共几件？"),
    ("en", "kw", ["r.received.total", "r.carried_over.total"],
     "STCSM 2024: new requests plus those carried in from the prior year - how many in all?"),
    ("zh", "hz24", ["c.normative_docs.issued", "c.normative_docs.in_force"],
     "洪泽区2024年新制发和现行有效的规范性文件两个数加起来是多少？"),
    ("en", "sh19", ["r.received.total", "r.carried_over.total"],
     "Shanghai General Office 2019 - new requests and carried-in requests added together?"),
    ("zh", "jx", ["r.granted.total", "r.unable.not_held.total", "r.carried_forward.total"],
     "涧西区2020年全部公开、不掌握无法提供、结转下年这三项之和是多少？"),
    ("en", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
                  "r.received.commercial", "a.review.pending"],
     "Odd one but humour me: Shuyang 2025 licensing decisions + penalty decisions + coercion decisions + new business requests + pending reconsiderations. Sum?"),
]

DIFFS = [
    ("zh", "hz23", "hz24", ["r.unable.not_held.total"], "洪泽区2024年比2023年，因不掌握而无法提供的申请多了多少件？"),
    ("en", "hz23", "hz24", ["c.licensing.decisions"], "Hongze's licensing decisions: 2024 figure minus 2023 figure?"),
    ("zh", "sh19", "sh25", ["r.received.total"], "上海市府办2025年新收申请比2019年增加了多少？"),
    ("en", "sh19", "sh25", ["r.carried_forward.total"], "Shanghai General Office: change in requests rolled over to the next year, 2019 to 2025?"),
    ("zh", "hz23", "hz24", ["c.coercion.decisions"], "洪泽行政强制决定数，2024年相比2023年变化了多少（后减前）？"),
    ("en", "sh19", "sh25", ["a.litigation_direct.total"], "Direct lawsuits against the Shanghai General Office: 2025 minus 2019?"),
]

RANKS = [
    ("zh", ["ha", "hz23", "jx"], "r.received.total", "desc", "淮安市2024年、洪泽区2023年、涧西区2020年，哪家新收申请最多？"),
    ("en", ["hz23", "sy", "jx"], "r.total_processed.total", "asc", "Of Hongze 2023, Shuyang 2025 and Jianxi 2020, which answered the fewest requests in total?"),
    ("zh", ["hz23", "sy", "sh19"], "r.carried_forward.total", "desc", "洪泽区2023年、沭阳县2025年、上海市府办2019年，谁结转到下年的申请最多？"),
    ("en", ["hz23", "sy", "ha", "jx"], "a.review.upheld", "desc", "Among Hongze 2023, Shuyang 2025, Huai'an 2024 and Jianxi 2020, which had the most reconsideration cases upheld?"),
    ("zh", ["sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，直接起诉的诉讼哪家最少？"),
    ("en", ["hz23", "sy", "jx", "sh19"], "r.unable.not_held.natural_person", "desc", "Rank Hongze 2023, Shuyang 2025, Jianxi 2020 and the Shanghai General Office 2019 by individuals' requests refused as not held - who is top?"),
    ("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "淮安市2024、沭阳县2025、上海市府办2019三家，企业新提的申请谁最少？"),
    ("en", ["ha", "sy", "sh19"], "a.review.pending", "desc", "Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019: most reconsideration cases still pending?"),
    ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最多？"),
    ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Which made the fewest coercive-measure decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
]

# ------------------------------------------------------------------ narrative (26)
NARR = [
    ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
    ("en", "ha", "政务新媒体共计 95", 95, "个", "How many government new-media accounts did Huai'an say it was running in its 2024 report?"),
    ("zh", "ha", "全年组织 4 次", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？"),
    ("en", "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an government gazette were produced in 2024?"),
    ("zh", "ha", "3940", 3940, "元", "二〇二四年淮安市收取的信息处理费是多少元？"),
    ("en", "hz23", "1136", 1136, "条", "Hongze District 2023: how many items did it post proactively on its government website?"),
    ("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？"),
    ("en", "hz24", "2428", 7, "期", "How many executive (standing) meeting sessions did Hongze make public in 2024?"),
    ("zh", "sy", "4511", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息？"),
    ("en", "sy", "4511", 9, "期", "Shuyang 2025: how many rounds of public opinion solicitation were run on the county portal?"),
    ("zh", "sy", "3044", 3044, "条", "沭阳2025年县直部门在信息公开页面一共发了几条信息？"),
    ("en", "sy", "爆款内容52", 52, "条", "How many viral posts did Shuyang's new-media accounts produce in 2025?"),
    ("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年度报告的单位有几家？"),
    ("en", "sy", "催办提示 84", 84, "次", "How many reminder prompts did Shuyang's countdown alarm send out in 2025?"),
    ("zh", "sy", "主动沟通 49", 49, "次", "2025年沭阳在办理申请前主动沟通了多少次？"),
    ("en", "sy", "697", 697, "条", "How many outdated items did Shuyang County clean up from its published information in 2025?"),
    ("zh", "kw", "2139", 2139, "条", "“上海科技”网站2024年全年累计发布信息多少条？"),
    ("en", "kw", "原创文章 294", 294, "篇", "STCSM 2024: how many original articles went out on the 'Shanghai Science' WeChat account?"),
    ("zh", "kw", "直播 118", 118, "场", "上海市科委2024年视频号做了多少场直播？"),
    ("en", "kw", "惠企政策 83", 83, "条", "How many business-support policies did the Shanghai science commission submit in routine reporting in 2024?"),
    ("zh", "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年召开了多少场市政府新闻发布会？（市府办年报）"),
    ("en", "sh25", "新闻通气会 19", 19, "场", "How many press briefings (新闻通气会) does the Shanghai General Office report for 2025?"),
    ("zh", "sh25", "主动撤回 157", 157, "件", "上海市府办2025年有多少件申请是申请人自己主动撤回的？"),
    ("en", "sh25", "10 个语种", 10, "个", "In how many languages was the Shanghai international services portal available, per the 2025 General Office report?"),
    ("zh", "sh19", "132件", 132, "件", "上海市政府办公厅2019年通过“中国上海”门户网站发布了多少件政策解读？"),
    ("en", "jx", "601项事项", 601, "项", "Jianxi District 2020: how many items (事项) were itemised across the 21 power and service fields?"),
]
NARR_FU = {  # extra narrative turns used inside follow-ups
    "sh19gaz": ("sh19", "共编发公报24期", 24, "期"),
    "sh25gaz": ("sh25", "公报》24 期", 24, "期"),
    "sh19web": ("sh19", "70家政府网站", 70, "家"),
    "sh19meet": ("sh19", "38次", 38, "次"),
    "sy74": ("sy", "74 件", 74, "件"),
    "jx26": ("jx", "26个试点领域", 26, "个"),
    "sh25rev": ("sh25", "公开属性审查 166", 166, "件"),
    "kwlive": ("kw", "直播 118", 118, "场"),
}

# ------------------------------------------------------------------ unanswerable (39)
UNANS = [
    ("zh", "淮安市2024年的信息公开申请里，男性和女性申请人各有多少？", "no sex breakdown"),
    ("en", "What was the average age of people who filed disclosure requests with Huai'an in 2024?", "no age data"),
    ("zh", "洪泽区2023年每个月收到几件申请？请按月列出", "no monthly breakdown"),
    ("en", "How many of Shuyang County's 2025 requests came in online versus by post?", "no channel breakdown"),
    ("zh", "沭阳县2025年各乡镇分别受理了多少件公开申请？", "no township breakdown"),
    ("en", "Which topic drew the most disclosure requests to the Shanghai General Office in 2025, and how many?", "no topic figures"),
    ("zh", "上海市科委2024年负责信息公开工作的工作人员有几个？", "no staff number"),
    ("en", "How much did Huai'an spend running its disclosure work in 2024?", "no cost figure"),
    ("zh", "预计淮安市2025年会收到多少件信息公开申请？", "forecast; 2025 Huai'an report not held"),
    ("en", "Is Hongze District's 2024 disclosure work better than Shuyang's 2025 work, in your opinion?", "opinion"),
    ("zh", "南京市2024年政府信息公开申请新收了多少件？", "body not in corpus"),
    ("en", "How many requests did Suqian city receive in 2024?", "body not in corpus"),
    ("zh", "浦东新区2025年行政复议有多少件？", "body not in corpus"),
    ("en", "Qingjiangpu District 2024 - how many requests were fully granted?", "body not in corpus"),
    ("zh", "洪泽区2022年新收了多少申请？", "year not held"),
    ("en", "How many requests did Shuyang County take in during 2024?", "year not held"),
    ("zh", "上海市科委2023年行政许可有多少？", "year not held"),
    ("en", "Jianxi District 2021: how many requests were received?", "year not held"),
    ("zh", "上海市政府办公厅2022年的行政诉讼数是多少？", "year not held"),
    ("en", "Give me the name and phone number of the person who filed the most requests with Huai'an in 2024.", "personal data"),
    ("zh", "淮安市2024年平均多少个工作日答复一件申请？", "no response time"),
    ("en", "How many Shanghai General Office 2025 requests came from residents outside Shanghai?", "no residence breakdown"),
    ("zh", "沭阳县2025年哪个县直部门收到的申请最多？具体几件？", "no department breakdown"),
    ("en", "How many of Huai'an's 2024 requests were about land acquisition and demolition?", "no topic breakdown"),
    ("zh", "洪泽区2024年为什么申请数量变化了？给出具体原因和数字", "no reason stated"),
    ("en", "What share of STCSM's 2024 requesters were companies from the biotech industry?", "no industry breakdown"),
    ("zh", "涧西区2020年第三季度收到几件申请？", "no quarter breakdown"),
    ("en", "How many hours of overtime did Shuyang staff work on disclosure requests in 2025?", "not stated"),
    ("zh", "上海市府办2025年的申请人里有多少是律师？按人头算", "persons not counted"),
    ("en", "What will the Shanghai General Office's request count be in 2026?", "forecast"),
    ("zh", "苏州市2023年信息公开年报里的行政处罚决定数是多少？", "body not in corpus"),
    ("en", "How many people visited Hongze District's disclosure reading room in 2023?", "not stated"),
    ("zh", "淮安市2024年的信息公开工作满意度打了多少分？", "not stated"),
    ("en", "Huai'an 2023: how many requests were received?", "year not held (only 2024)"),
    ("zh", "沭阳县2025年收到的申请里，60岁以上的申请人有多少？", "no age data"),
    ("en", "How many complaints about disclosure did the Shanghai science commission get by phone in 2024?", "no channel figures"),
    ("zh", "洪泽区2023年信息公开专栏的网页浏览量是多少？", "not stated"),
    ("en", "How many of Jianxi District's 2020 requests were filed by women?", "no sex breakdown"),
    ("zh", "上海市政府办公厅2019年处理一件申请平均花多少钱？", "no cost figure"),
]


# ------------------------------------------------------------------ follow-ups (91)
SEEN = set()


def fresh(make, i):
    """First template wording (from index i on) not used yet in the set."""
    for j in range(i, i + 40):
        q = make(j)
        if q not in SEEN:
            SEEN.add(q)
            return q
    raise ValueError("no fresh wording for %r" % make(i))


def fu_turns(spec, lang, i):
    """spec: list of steps; each step ('v', body, key, question or None) / ('u', question, why) /
    ('n', narrative-id, question) / ('s', body, [keys], question)."""
    out = []
    for st in spec:
        if st[0] == "v":
            _t, b, k, q = st
            out.append((q or fresh(lambda j: zq(b, k, j) if lang == "zh" else eq(b, k, j), i), Ev(b, k)))
        elif st[0] == "s":
            _t, b, ks, q = st
            out.append((q, E(b, ks)))
        elif st[0] == "u":
            out.append((st[1], EU(st[2])))
        elif st[0] == "n":
            b, kw, v, unit = NARR_FU[st[1]]
            out.append((st[2], EN(b, kw, v, unit)))
    return out


FOLLOW = [
    # --- switching year (洪泽 2023 <-> 2024, 上海市府办 2019 <-> 2025)
    ("zh", [("v", "hz23", "r.unable.not_held.total", None), ("v", "hz24", "r.unable.not_held.total", "那2024年呢？")], "year switch"),
    ("en", [("v", "hz23", "c.punishment.decisions", None), ("v", "hz24", "c.punishment.decisions", "And Hongze in 2024?")], "year switch"),
    ("zh", [("v", "hz24", "c.licensing.decisions", None), ("v", "hz23", "c.licensing.decisions", "换成2023年的呢")], "year switch"),
    ("en", [("v", "hz24", "c.coercion.decisions", None), ("v", "hz23", "c.coercion.decisions", "Same thing for 2023, please.")], "year switch"),
    ("zh", [("v", "sh19", "r.received.total", None), ("v", "sh25", "r.received.total", "上海市府办2025年这个数呢？")], "year switch"),
    ("en", [("v", "sh25", "r.carried_over.total", None), ("v", "sh19", "r.carried_over.total", "What about the 2019 report of the same office?")], "year switch"),
    ("zh", [("v", "sh19", "a.litigation_direct.total", None), ("v", "sh25", "a.litigation_direct.total", "25年的呢？"),
            ("v", "sh25", "a.litigation_direct.pending", "2025年这些里面还没判完的有几件？")], "year switch then part"),
    ("en", [("v", "hz23", "c.normative_docs.in_force", None), ("v", "hz24", "c.normative_docs.in_force", "2024?"),
            ("v", "hz24", "c.normative_docs.issued", "And how many of the 2024 ones were newly issued that year?")], "year switch then row"),
    ("zh", [("v", "hz23", "c.fees.amount", None), ("v", "hz24", "c.fees.amount", "洪泽2024年收费金额呢？也是万元")], "year switch (money)"),
    ("en", [("v", "sh25", "r.received.natural_person", None), ("v", "sh19", "r.received.natural_person", "and for 2019, the same column?")], "year switch"),
    ("zh", [("v", "hz24", "r.granted.total", None), ("v", "hz23", "r.granted.total", "二〇二三年呢？")], "year switch"),
    ("en", [("v", "sh19", "r.carried_forward.total", None), ("v", "sh25", "r.carried_forward.total", "Now the 2025 figure.")], "year switch"),
    # --- switching body
    ("zh", [("v", "ha", "r.unable.needs_creation.total", None), ("v", "hz23", "r.unable.needs_creation.total", "那洪泽2023年呢"),
            ("v", "sy", "r.unable.needs_creation.total", "沭阳2025年同一项呢？")], "body switch x2"),
    ("en", [("v", "sy", "a.review.upheld", None), ("v", "ha", "a.review.upheld", "Huai'an 2024, same item?")], "body switch"),
    ("zh", [("v", "ha", "c.punishment.decisions", None), ("v", "sy", "c.punishment.decisions", "沭阳县2025年的行政处罚呢？")], "body switch"),
    ("en", [("v", "jx", "r.carried_forward.total", None), ("v", "sh19", "r.carried_forward.total", "And the Shanghai General Office in 2019?")], "body switch"),
    ("zh", [("v", "sy", "r.not_processed.duplicate.total", None), ("v", "ha", "r.not_processed.duplicate.total", "换成淮安市2024年")], "body switch"),
    ("en", [("v", "kw", "c.normative_docs.issued", None), ("v", "hz24", "c.normative_docs.issued", "Hongze 2024?")], "body switch"),
    ("zh", [("v", "sh25", "a.review.total", None), ("v", "ha", "a.review.total", "淮安2024年复议总数呢"),
            ("v", "sy", "a.review.total", "再看沭阳2025年的")], "body switch x2"),
    ("en", [("v", "hz23", "r.withheld.process_info.total", None), ("v", "ha", "r.withheld.process_info.total", "What did Huai'an report for that in 2024?")], "body switch"),
    ("zh", [("v", "kw", "r.carried_over.total", None), ("v", "sh25", "r.carried_over.total", "上海市府办2025年从上年转来的呢？")], "body switch"),
    ("en", [("v", "ha", "c.normative_docs.issued", None), ("v", "sy", "c.normative_docs.issued", "Shuyang County 2025?"),
            ("v", "hz24", "c.normative_docs.issued", "and Hongze, 2024")], "body switch x2"),
    ("zh", [("v", "jx", "a.litigation_direct.total", None), ("v", "sy", "a.litigation_direct.total", "那沭阳县2025年呢？")], "body switch"),
    ("en", [("v", "sh25", "r.unable.needs_creation.total", None), ("v", "ha", "r.unable.needs_creation.total", "Compare: Huai'an for 2024?")], "body switch"),
    # --- switching row / column
    ("zh", [("v", "ha", "r.granted.total", None), ("v", "ha", "r.partially_granted.total", "部分公开的呢？")], "row switch"),
    ("en", [("v", "sy", "a.review.corrected", None), ("v", "sy", "a.review.other", "And the ones with some other outcome?"),
            ("v", "sy", "a.review.pending", "Still pending?")], "row switch x2"),
    ("zh", [("v", "ha", "r.granted.natural_person", None), ("v", "ha", "r.granted.commercial", "企业那一列呢？")], "column switch"),
    ("en", [("v", "sh19", "r.unable.not_held.natural_person", None), ("v", "sh19", "r.unable.needs_creation.natural_person", "And individuals' requests that would have needed new information created?")], "row switch"),
    ("zh", [("v", "sy", "c.licensing.decisions", None), ("v", "sy", "c.coercion.decisions", "行政强制呢？")], "row switch"),
    ("en", [("v", "ha", "c.normative_docs.in_force", None), ("v", "ha", "c.regulations.in_force", "And regulations in force?")], "row switch"),
    ("zh", [("v", "hz23", "a.review.upheld", None), ("v", "hz23", "a.litigation_after_review.upheld", "复议后起诉、结果维持的呢？")], "group switch"),
    ("en", [("v", "ha", "a.litigation_direct.upheld", None), ("v", "ha", "a.litigation_after_review.upheld", "And for lawsuits brought after reconsideration, upheld?")], "group switch"),
    ("zh", [("v", "sy", "r.withheld.admin_query.total", None), ("v", "sy", "r.withheld.third_party.total", "涉及第三方权益的呢？")], "row switch"),
    ("en", [("v", "sh25", "r.unable.not_held.total", None), ("v", "sh25", "r.unable.needs_creation.total", "and refused because new information would have to be made?")], "row switch"),
    ("zh", [("v", "jx", "r.granted.total", None), ("v", "jx", "r.unable.not_held.total", "不掌握无法提供的呢")], "row switch"),
    ("en", [("v", "kw", "r.received.natural_person", None), ("v", "kw", "r.received.commercial", "and from businesses?")], "column switch"),
    ("zh", [("v", "sh25", "r.carried_over.natural_person", None), ("v", "sh25", "r.carried_over.legal_services", "法律服务机构那一列呢？")], "column switch"),
    ("en", [("v", "hz24", "a.litigation_direct.total", None), ("v", "hz24", "a.litigation_after_review.total", "and after reconsideration?")], "group switch"),
    # --- part of the previous number
    ("zh", [("v", "ha", "r.received.total", None), ("v", "ha", "r.received.natural_person", "这些里面个人申请的有多少？")], "part of previous"),
    ("en", [("v", "kw", "r.received.total", None), ("v", "kw", "r.received.natural_person", "Of those, how many came from individuals?")], "part of previous"),
    ("zh", [("v", "sh25", "r.received.total", None), ("v", "sh25", "r.received.natural_person", "其中自然人提的呢？"),
            ("v", "sh25", "r.received.commercial", "企业提的又有几件？")], "part of previous x2"),
    ("en", [("v", "ha", "a.review.total", None), ("v", "ha", "a.review.upheld", "Of those, how many were upheld?"),
            ("v", "ha", "a.review.pending", "and how many were still undecided?")], "part of previous"),
    ("zh", [("v", "sy", "a.review.total", None), ("v", "sy", "a.review.upheld", "其中维持的多少？")], "part of previous"),
    ("en", [("v", "sh25", "a.review.total", None), ("v", "sh25", "a.review.pending", "How many of them were not yet closed?")], "part of previous"),
    ("zh", [("v", "ha", "a.litigation_direct.total", None), ("v", "ha", "a.litigation_direct.upheld", "这里面维持的几件？")], "part of previous"),
    ("en", [("v", "sh19", "r.received.total", None), ("v", "sh19", "r.received.commercial", "Of those, how many came from businesses?")], "part of previous"),
    ("zh", [("v", "sy", "r.unable.not_held.total", None), ("v", "sy", "r.unable.not_held.natural_person", "里面是自然人申请的有几件？")], "part of previous"),
    ("en", [("v", "ha", "r.granted.total", None), ("v", "ha", "r.granted.natural_person", "Of those grants, how many went to individuals?")], "part of previous"),
    ("zh", [("v", "sh25", "a.litigation_direct.total", None), ("v", "sh25", "a.litigation_direct.pending", "其中尚未审结的呢？")], "part of previous"),
    ("en", [("v", "hz23", "r.received.total", None), ("v", "hz23", "r.received.natural_person", "How many of these were from private persons?")], "part of previous"),
    # --- asking back about the previous answer
    ("zh", [("v", "ha", "r.carried_forward.total", None), ("v", "ha", "r.carried_forward.total", "你确定吗？再核对一下淮安市2024年结转下年度继续办理的数字")], "ask back"),
    ("en", [("v", "sy", "r.total_processed.total", None), ("v", "sy", "r.carried_over.total", "Does that include requests carried in from 2024? How many carried-in ones were there in the 2025 report?")], "ask back"),
    ("zh", [("v", "sh19", "r.total_processed.total", None), ("v", "sh19", "r.carried_over.total", "这个数含上年结转的吗？上年结转的是几件（2019年报）？")], "ask back"),
    ("en", [("v", "hz24", "r.unable.not_held.total", None), ("v", "hz24", "r.unable.not_held.total", "Sorry, was that Hongze 2024 not-held figure or the 2023 one? Give me the 2024 one again.")], "ask back"),
    ("zh", [("v", "ha", "c.fees.amount", None), ("v", "ha", "c.fees.amount", "刚才那个单位是万元还是元？淮安2024年行政事业性收费按万元再说一遍")], "ask back (unit)"),
    ("en", [("v", "jx", "c.procurement.amount", None), ("v", "jx", "c.procurement.amount", "Is that in yuan or 10k yuan? Repeat Jianxi 2020's procurement amount in 10k yuan.")], "ask back (unit)"),
    ("zh", [("v", "sy", "r.received.commercial", None), ("v", "sy", "r.received.legal_person", "那是只算商业企业吧？把所有法人或其他组织加起来是多少（沭阳2025年表格）？")], "ask back (column)"),
    # --- unanswerable in the middle of an answerable conversation
    ("zh", [("v", "ha", "r.received.total", "淮安市2024年一共新收了多少件信息公开申请？"), ("u", "其中女性申请人有多少？", "no sex breakdown"),
            ("v", "ha", "r.received.commercial", "那企业申请的有几件？")], "unanswerable mid"),
    ("en", [("v", "sy", "a.review.total", "Shuyang County 2025 - how many review cases were there?"),
            ("u", "Which township were most of them from?", "no township breakdown"),
            ("v", "sy", "a.review.corrected", "OK, then how many of them were corrected?")], "unanswerable mid"),
    ("zh", [("v", "hz23", "r.received.total", "洪泽区政府二〇二三年收了几件申请？"), ("u", "平均每件花了多少天答复？", "no response time"),
            ("v", "hz23", "r.partially_granted.total", "部分公开的有几件？")], "unanswerable mid"),
    ("en", [("v", "sh25", "r.granted.total", "Shanghai General Office 2025: fully granted requests?"),
            ("u", "How many of those were about housing?", "no topic breakdown")], "unanswerable at end"),
    ("zh", [("v", "kw", "c.licensing.decisions", "上海市科委2024年行政许可决定数是多少？"), ("u", "那2023年的呢？", "year not held"),
            ("v", "kw", "c.punishment.decisions", "那就说2024年的行政处罚吧")], "unanswerable mid (year not held)"),
    ("en", [("v", "jx", "r.received.total", "How many requests did Jianxi District receive in 2020?"),
            ("u", "And in 2021?", "year not held"), ("v", "jx", "r.carried_forward.total", "Fine - how many of the 2020 ones rolled into the next year?")], "unanswerable mid (year not held)"),
    ("zh", [("v", "sy", "c.licensing.decisions", "沭阳县2025年行政许可有多少件？"), ("u", "这些许可平均办了几天？", "no processing time")], "unanswerable at end"),
    ("en", [("v", "ha", "c.punishment.decisions", "Huai'an 2024 - penalty decisions?"), ("u", "What about Nanjing in 2024?", "body not in corpus"),
            ("v", "hz23", "c.punishment.decisions", "Hongze 2023 then?")], "unanswerable mid (body)"),
    ("zh", [("v", "sh19", "r.received.natural_person", "上海市府办2019年自然人新提申请多少？"), ("u", "按年龄段分布是怎样的？", "no age data"),
            ("v", "sh19", "r.received.commercial", "商业企业提的呢？")], "unanswerable mid"),
    ("en", [("v", "hz24", "c.fees.amount", "Hongze 2024 fee revenue in 10k yuan?"), ("u", "How much of that went to the education bureau?", "no department breakdown")], "unanswerable at end"),
    # --- unanswerable first, then answerable
    ("zh", [("u", "南京市2024年新收申请多少件？", "body not in corpus"), ("v", "ha", "r.received.total", "那淮安市2024年呢？")], "unanswerable then answerable"),
    ("en", [("u", "Shuyang County 2024 - how many review cases?", "year not held"), ("v", "sy", "a.review.total", "OK, what about Shuyang 2025?")], "unanswerable then answerable"),
    ("zh", [("u", "洪泽区2022年行政许可是多少？", "year not held"), ("v", "hz23", "c.licensing.decisions", "那2023年的呢"),
            ("v", "hz24", "c.licensing.decisions", "2024年呢")], "unanswerable then answerable x2"),
    ("en", [("u", "Pudong New Area 2025: fully granted requests?", "body not in corpus"),
            ("v", "sh25", "r.granted.total", "Then the Shanghai General Office 2025?")], "unanswerable then answerable"),
    ("zh", [("u", "上海市府办2022年新收多少申请？", "year not held"), ("v", "sh19", "r.received.total", "那就2019年的"),
            ("v", "sh25", "r.received.total", "还有2025年的")], "unanswerable then answerable x2"),
    ("en", [("u", "Which district of Huai'an filed the most requests in 2024?", "no district breakdown"),
            ("v", "ha", "r.received.total", "Fine, just Huai'an's total new requests for 2024.")], "unanswerable then answerable"),
    # --- with narrative turns
    ("zh", [("n", "sh19gaz", "上海市政府办公厅2019年编发了几期公报？"), ("n", "sh25gaz", "2025年的年报里说编了几期？")], "narrative year switch"),
    ("en", [("n", "sy74", "Shuyang 2025: how many review and litigation cases did the county handle in total, per the narrative?"),
            ("v", "sy", "a.review.total", "And how many reconsideration cases does the 2025 table show?")], "narrative then table"),
    ("zh", [("n", "sh19web", "上海市府办2019年每季度检查多少家政府网站？"), ("n", "sh19meet", "同一年对常务会议议题权威发布了几次？")], "narrative row switch"),
    ("en", [("v", "jx", "r.received.total", "Jianxi District 2020 - new requests received?"), ("n", "jx26", "And how many pilot fields did its 2020 report set up?")], "table then narrative"),
    ("zh", [("n", "sh25rev", "上海市府办2025年完成公文公开属性审查多少件？"), ("v", "sh25", "r.received.total", "那2025年新收的申请呢？")], "narrative then table"),
    ("en", [("n", "kwlive", "STCSM 2024: number of livestreams on its video channel?"), ("u", "How many viewers were under 18?", "no age data")], "narrative then unanswerable"),
    # --- ellipsis, mixed
    ("zh", [("v", "ha", "a.review.corrected", None), ("v", "hz23", "a.review.corrected", "那洪泽呢（2023年）")], "elliptical body"),
    ("en", [("v", "sh19", "c.normative_docs.made", None), ("v", "sh19", "c.regulations.made", "regulations?")], "elliptical row"),
    ("zh", [("v", "jx", "a.review.upheld", None), ("v", "sy", "a.review.upheld", "沭阳2025年呢"), ("v", "ha", "a.review.upheld", "淮安2024年的呢")], "elliptical body x2"),
    ("en", [("v", "hz24", "a.review.total", None), ("v", "sh25", "a.review.total", "Shanghai General Office, 2025?"),
            ("v", "sh25", "a.review.pending", "how many still open there?")], "body switch then part"),
    ("zh", [("v", "ha", "r.withheld.admin_query.total", None), ("v", "sy", "r.withheld.admin_query.total", "沭阳2025年的呢？")], "elliptical body"),
    ("en", [("v", "ha", "c.licensing.decisions", None), ("v", "hz23", "c.licensing.decisions", "Hongze 2023?"),
            ("v", "hz24", "c.licensing.decisions", "and the year after that - 2024?")], "body then year switch"),
    ("zh", [("v", "sh25", "r.not_processed.petition.total", None), ("v", "ha", "r.not_processed.petition.total", "淮安2024年这一项？")], "elliptical body"),
    ("en", [("v", "sy", "r.carried_forward.total", None), ("v", "jx", "r.carried_forward.total", "Jianxi 2020?")], "elliptical body"),
    ("zh", [("s", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少？"),
            ("v", "ha", "r.partially_granted.total", "其中部分公开的是几件？")], "sum then part"),
    ("en", [("s", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025: reviews upheld plus corrected?"),
            ("s", "ha", ["a.review.upheld", "a.review.corrected"], "Same sum for Huai'an 2024?")], "sum body switch"),
    ("zh", [("v", "hz23", "c.normative_docs.repealed", None), ("v", "hz24", "c.normative_docs.issued", "洪泽2024年新制发的规范性文件是几件？")], "year and row switch"),
    ("zh", [("v", "ha", "r.carried_forward.total", "淮安市2024年有多少申请顺延到下一年度答复？"),
            ("v", "sy", "r.carried_forward.total", "沭阳县2025年顺延的呢？"),
            ("u", "这些顺延的申请分别是哪些部门的？", "no department breakdown"),
            ("v", "sy", "r.carried_over.total", "那沭阳2025年从上一年接过来的有几件？")], "4 turns: body switch, unanswerable, row switch"),
    ("en", [("v", "sh25", "a.review.total", "How many administrative reconsideration cases did the Shanghai General Office face in 2025?"),
            ("v", "sh25", "a.review.pending", "How many of them were still undecided at the end of 2025?"),
            ("v", "sh19", "a.review.total", "And the total back in 2019?"),
            ("v", "sh19", "a.litigation_direct.total", "Same office, 2019: lawsuits filed directly?")], "4 turns: part, year switch, group switch"),
]


def CONVERSATIONS():
    SEEN.clear()
    for _l, spec, _n in FOLLOW:
        SEEN.update(st[3] for st in spec if st[0] in "vs" and st[3])
        SEEN.update(st[-1] for st in spec if st[0] in "un")
    out = []
    for i, (b, k) in enumerate(PLAIN):
        lang = "zh" if i % 2 == 0 else "en"
        q = fresh(lambda j: zq(b, k, j) if lang == "zh" else eq(b, k, j), i // 2)
        out.append(C("value", lang, [(q, Ev(b, k))], "[plain] table value"))
    for b, k, lang, q in TRAPS:
        out.append(C("trap", lang, [(q, Ev(b, k))], "[neighbour] neighbouring cell is the naive answer"))
    for lang, b, ks, q in SUMS:
        out.append(C("sum", lang, [(q, E(b, ks))], "[combine] sum of the listed cells"))
    for lang, b1, b2, ks, q in DIFFS:
        kw = {"unit": "万元"} if any(k in MONEY for k in ks) else {}
        out.append(C("difference", lang, [(q, ED(b1, b2, ks, **kw))], "[combine] later year minus earlier year"))
    for lang, bs, k, order, q in RANKS:
        out.append(C("ranking", lang, [(q, ER(bs, [k], order))], "[rank] ranking over gold bodies"))
    for lang, b, kw, v, unit, q in NARR:
        out.append(C("narrative", lang, [(q, EN(b, kw, v, unit))], "[textonly] number stated only in the report text"))
    for lang, q, why in UNANS:
        out.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] not in the corpus: " + why))
    for i, (lang, spec, note) in enumerate(FOLLOW):
        out.append(C("followup", lang, fu_turns(spec, lang, i), "[followup] " + note))
    return out
