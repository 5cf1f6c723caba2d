"""Question bank of blind set 141 (everyday traffic, typed as people type). All wordings written
for this set. Values are never typed here: helpers141 computes them from gold/*.json, from
printed text cells (SPECS below, the same cells blind6 verified) or from cut sentences.
WARNING: holds every test question; as frozen as test.jsonl."""
import itertools
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib141 as L  # noqa: E402
from helpers141 import (C, E, ED, EN, EU, ER, V, T, S, N, U, D, R, F)  # noqa: E402,F401

SPECS = {
    "hz24": {"active.coercion.decisions": ("row", "行政强制", 0), "active.fees.amount": ("row", "行政事业性收费", 0),
             "active.licensing.decisions": ("row", "行政许可", 0), "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
             "active.normative_docs.issued": ("row", "行政规范性文件", 0), "active.punishment.decisions": ("row", "行政处罚", 0),
             "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
             "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
             "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6)},
    "kw": {"active.licensing.decisions": ("row", "行政许可", 0), "active.normative_docs.in_force": ("row", "规范性文件", 2),
           "active.normative_docs.issued": ("row", "规范性文件", 0), "active.punishment.decisions": ("row", "行政处罚", 0),
           "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1)},
    "sh25": {"appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
             "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
             "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
             "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
             "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
             "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
             "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
             "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
             "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
             "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
             "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6)},
}
L.TEXT_SPECS.update(SPECS)

# body names as people type them; year forms
ZHN = {"ha": ["淮安", "淮安市政府", "淮安市"], "hz23": ["洪泽", "洪泽区政府", "洪泽区"], "hz24": ["洪泽区", "洪泽", "洪泽区政府"],
       "sy": ["沭阳", "沭阳县", "沭阳县政府"], "sh19": ["上海市府办", "上海市政府办公厅", "市府办(上海)"],
       "sh25": ["上海市府办", "上海市政府办公厅", "上海市政府办"], "jx": ["涧西区", "涧西区政府办", "涧西"],
       "kw": ["上海科委", "市科委", "上海市科委"]}
ENN = {"ha": ["Huai'an", "Huaian city", "Huaian gov"], "hz23": ["Hongze", "Hongze District", "Hongze distr."],
       "hz24": ["Hongze District", "Hongze", "Hongze distr."], "sy": ["Shuyang", "Shuyang County", "Shuyang county gov"],
       "sh19": ["Shanghai General Office", "Shanghai gov general office", "Shanghai GO"],
       "sh25": ["Shanghai General Office", "Shanghai GO", "Shanghai gov general office"],
       "jx": ["Jianxi District", "Jianxi", "Jianxi district office"], "kw": ["STCSM", "Shanghai science commission", "Shanghai sci-tech commission"]}
CNY = {2019: "二〇一九年", 2020: "二〇二〇年", 2023: "二〇二三年", 2024: "二〇二四年", 2025: "二〇二五年"}


def zy(b, i):
    y = L.BODIES[b][1]
    return [str(y) + "年", str(y)[2:] + "年", str(y) + " 年", CNY[y]][i % 4]


def ey(b, i):
    y = L.BODIES[b][1]
    return ["in %d" % y, "%d" % y, "FY%d" % y, "for year %d" % y][i % 4]


# key -> (zh phrases, en phrases); colloquial
KP = {
    "r.granted.total": (["直接给公开了的", "全部公开的申请", "答应公开的"], ["fully disclosed", "requests they just gave out in full", "granted (予以公开) ones"]),
    "r.partially_granted.total": (["只公开一部分的", "部分公开"], ["partly disclosed", "partial disclosure (部分公开) cases"]),
    "r.unable.not_held.total": (["政府说自己手里没有这信息的", "本机关不掌握 的申请"], ["they said we don't hold this info", "not held by the agency (不掌握)"]),
    "r.unable.needs_creation.total": (["要另外做才有的，没现成的", "需要另行制作的"], ["no ready info, would need to make new", "need to create new info"]),
    "r.withheld.process_info.total": (["因为是过程性信息不公开的", "过程性信息 不给的"], ["refused because process info", "process information (过程性信息) refusals"]),
    "r.withheld.internal_affairs.total": (["内部事务信息不公开的", "因为属于内部事务被拒的"], ["refused as internal affairs", "internal affairs info refused"]),
    "r.withheld.admin_query.total": (["被当成行政查询事项不公开的", "属于行政查询的"], ["turned down as admin inquiry", "administrative query (行政查询) refusals"]),
    "r.withheld.third_party.total": (["涉及第三方权益不公开的"], ["refused for third party rights"]),
    "r.not_processed.petition.total": (["信访投诉类不处理的", "其实是信访举报 所以没处理的"], ["petition/complaint type not processed", "not handled because its a petition (信访)"]),
    "r.not_processed.duplicate.total": (["重复申请的", "同一个人重复申请不处理的"], ["duplicate requests", "repeat applications not processed"]),
    "r.carried_forward.total": (["转到下一年接着办的", "结转下年度的"], ["pushed to next year to finish", "carried forward into next year"]),
    "r.granted.natural_person": (["老百姓个人申请后直接公开的", "自然人申请里予以公开的"], ["ordinary people requests fully granted", "natural person (自然人) granted"]),
    "c.licensing.decisions": (["行政许可 决定数量", "行政许可办了多少"], ["admin licensing decisions", "licensing (行政许可) decisions"]),
    "c.punishment.decisions": (["行政处罚决定", "罚了多少次 行政处罚"], ["admin penalty decisions", "penalties (行政处罚) handed out"]),
    "c.coercion.decisions": (["行政强制 决定", "行政强制数"], ["administrative coercion decisions", "coercion (行政强制) count"]),
    "c.normative_docs.issued": (["当年新发的规范性文件", "规范性文件 本年制发"], ["normative documents issued that year", "new normative docs (规范性文件)"]),
    "c.normative_docs.in_force": (["现在还有效的规范性文件", "现行有效规范性文件"], ["normative docs still valid", "normative docs in force"]),
    "c.normative_docs.repealed": (["废止的规范性文件", "规范性文件 废了几件"], ["normative docs repealed", "how many normative docs they scrap"]),
    "c.regulations.in_force": (["现行有效的规章"], ["rules (规章) still in force"]),
    "c.fees.amount": (["行政事业性收费金额", "收费总额（万元）"], ["fee revenue (行政事业性收费)", "money take in from admin fees"]),
    "c.procurement.projects": (["政府集中采购 项目数", "集中采购几个项目"], ["central procurement projects count", "how many procurement projects"]),
    "c.procurement.amount": (["政府集中采购的金额", "集中采购花了多少钱"], ["procurement amount", "money on central procurement (政府集中采购)"]),
    "c.regulations.total_published": (["规章对外公开总数", "规章累计对外公开了多少"], ["total rules published so far", "regulations total published (对外公开总数)"]),
    "c.normative_docs.total_published": (["规范性文件对外公开总数"], ["normative docs total published"]),
    "a.review.total": (["行政复议总数", "被申请复议的总数"], ["admin reconsideration total", "reconsideration (行政复议) cases total"]),
    "a.review.upheld": (["复议维持的", "复议结果维持"], ["reconsideration upheld", "review result kept (维持)"]),
    "a.review.corrected": (["复议被纠正的"], ["reconsideration corrected"]),
    "a.review.pending": (["复议还没审完的", "复议尚未审结"], ["reconsiderations still pending", "review not closed yet"]),
    "a.litigation_direct.total": (["直接去法院起诉的 总数", "未经复议直接起诉"], ["lawsuits filed directly", "direct lawsuits (未经复议直接起诉)"]),
    "a.litigation_direct.pending": (["直接起诉里还没判的"], ["direct lawsuits still pending"]),
    "a.litigation_after_review.total": (["复议完了又去告的", "复议后起诉 总计"], ["sued after reconsideration", "lawsuits after review (复议后起诉)"]),
    "r.received.commercial": (["企业新提的申请", "商业企业申请 新收"], ["new requests from companies", "commercial enterprise (商业企业) new requests"]),
    "r.carried_over.legal_services": (["律所那类上年结转过来的"], ["carried over from law firms"]),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}
# per body: keys usable (avoiding cells the narrative also states, printed-blank totals,
# and cells where text and table disagree)
USE = {
    "ha": ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total",
           "r.withheld.process_info.total", "r.withheld.internal_affairs.total", "r.withheld.admin_query.total",
           "r.withheld.third_party.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total",
           "r.granted.natural_person", "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
           "c.normative_docs.in_force", "c.normative_docs.repealed", "c.fees.amount"],
    "hz23": ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total",
             "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.normative_docs.repealed",
             "c.normative_docs.in_force", "c.fees.amount", "r.not_processed.petition.total"],
    "sy": ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total", "r.withheld.internal_affairs.total",
           "r.withheld.admin_query.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total",
           "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.normative_docs.issued",
           "c.normative_docs.in_force", "c.fees.amount", "r.granted.natural_person", "a.review.total", "a.review.upheld",
           "a.review.pending", "a.litigation_after_review.total"],
    "sh19": ["c.regulations.total_published", "c.normative_docs.total_published", "c.procurement.projects",
             "c.procurement.amount", "a.review.pending", "a.litigation_direct.pending"],
    "jx": ["r.granted.total", "r.unable.not_held.total", "c.procurement.projects", "c.procurement.amount",
           "c.normative_docs.total_published", "a.review.total"],
    "hz24": ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
             "c.normative_docs.issued", "c.normative_docs.in_force", "r.granted.total", "r.unable.not_held.total",
             "a.review.total", "a.litigation_direct.total"],
    "kw": ["c.licensing.decisions", "c.normative_docs.in_force", "c.normative_docs.issued", "r.received.commercial"],
    "sh25": ["r.granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total",
             "r.not_processed.duplicate.total", "r.carried_forward.total", "a.review.total", "a.review.pending",
             "a.litigation_direct.total", "a.litigation_after_review.total", "r.received.commercial"],
}

ZT = ["{b}{y}{k}多少？？", "问下 {b} {y}{k} 是几个", "我在写论文要引用年报数据，{b}{y}的{k}有多少", "{y}{b}，{k}，多少",
      "请问{b}{y}度年报里 {k}有几个啊", "帮忙查下：{b} {y} {k}", "{b}{y}年报{k}  多少呀", "同事让我核一下数，{b}{y}{k}是多少。。",
      "{b}  {y}  {k}？", "刚看到新闻说政务公开，好奇{b}{y}{k}一共多少",
      "我们村有人去申请信息公开被拒了，想对比一下，{b}{y}{k}有多少", "老师布置作业 查{b}{y}年报，{k}是多少，谢谢"]
ET = ["hi, how many {k} {b} had {y}?", "I am journalist write about open government. {b} {y}, what is number of {k}?",
      "{b} {y} - {k} how much pls", "pls tell me {k} for {b} {y}", "my boss ask me check {b} report {y}: {k}?",
      "quick q: {k}, {b}, {y}?", "Doing homework on china gov transparency... {b} {y} {k} = ?",
      "hello!! need the figure of {k} at {b} {y}, thx", "what was {b}'s {k} {y}", "friend says {b} is very open. {y} {k} how many?",
      "My neighbour applied for info and got nothing, so I wonder: {b} {y}, {k}?", "sorry my chinese not good. {b} annual report {y}, {k} pls"]


def money_kw(k):
    return {"unit": "万元"} if k in MONEY else {}


def plain():
    out = []
    i = 0
    for b in ["ha", "sy", "hz23", "sh25", "hz24", "jx", "sh19", "kw"]:
        for k in USE[b]:
            zp, ep = KP[k]
            zq = ZT[i % len(ZT)].format(b=ZHN[b][i % 3], y=zy(b, i), k=zp[i % len(zp)])
            eq = ET[i % len(ET)].format(b=ENN[b][i % 3], y=ey(b, i), k=ep[i % len(ep)])
            if k in MONEY:  # money is asked as an amount, never "how many"
                zq = zq.replace("有几个啊", "是多少").replace("是几个", "是多少")
            # one language per cell, both languages for the first nine cells (91 in all)
            if i < 9 or i % 2 == 0:
                out.append(V("zh", b, k, zq, "[plain] zh everyday wording, %s" % k, **money_kw(k)))
            if i < 9 or i % 2 == 1:
                out.append(V("en", b, k, eq, "[plain] en non-native wording, %s" % k, **money_kw(k)))
            i += 1
    return out


def combine():
    out = []
    sums = [("ha", ["r.granted.total", "r.partially_granted.total"], "{b}{y}全部公开加部分公开 一共多少件", "{b} {y}: fully + partly disclosed together?"),
            ("sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "{b}{y} 信访类和重复申请不处理的 加起来几件", "{b} {y} petition-type plus duplicate (not processed), sum pls"),
            ("ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "{b}{y}许可、处罚、强制三个决定数加一起多少", "add up licensing + penalty + coercion decisions of {b} {y}"),
            ("sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "{b}{y}内部事务、过程性信息、行政查询 这三种不公开的合计", "{b} {y}: internal affairs + process info + admin query refusals total?"),
            ("hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "{b}{y}不掌握+需要另行制作，总共几件", "{b} {y} not-held plus need-to-create, how many together"),
            ("jx", ["c.procurement.projects", "a.review.total", "r.granted.total"], "{b}{y}采购项目数、复议数、予以公开数 三个加起来", "{b} {y} procurement projects + reconsiderations + granted requests, total number?"),
            ("ha", ["r.withheld.state_secret", "r.withheld.prohibited_by_law", "r.withheld.security_stability", "r.withheld.third_party", "r.withheld.enforcement_files"], None, None),
            ("sy", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.total", "a.litigation_after_review.upheld", "a.litigation_after_review.other", "a.litigation_after_review.pending"], None, None),
            ]
    i = 0
    for b, ks, zq, eq in sums:
        ks = [k + ".total" if k.count(".") == 2 and k.startswith("r.withheld") else k for k in ks]
        if zq is None:
            if b == "ha":
                zq = "{b}{y}不予公开里 国家秘密、法律禁止、三安全一稳定、第三方权益、行政执法案卷 这5类加总"
                eq = "{b} {y}, sum of 5 refusal reasons: state secret, law prohibit, security/stability, third party, enforcement files"
            else:
                zq = "{b}{y} 复议维持+纠正+其他+未审结，再加直接起诉总数，再加复议后起诉的维持、其他、未审结，这8个数一共多少"
                eq = "{b} {y}: add review upheld, corrected, other, pending, direct lawsuits total, and after-review suits upheld/other/pending (8 numbers)"
        out.append(S("zh", b, ks, zq.format(b=ZHN[b][i % 3], y=zy(b, i)), "[combine] sum of %d cells" % len(ks)))
        out.append(S("en", b, ks, eq.format(b=ENN[b][i % 3], y=ey(b, i + 1)), "[combine] sum of %d cells" % len(ks)))
        i += 1
    diffs = [("hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2023到2024年 多了还是少了，差多少", "Hongze licensing decisions, change from 2023 to 2024 (2024 minus 2023)?"),
             ("hz23", "hz24", "c.punishment.decisions", "洪泽 行政处罚决定数 24年比23年变化多少", "Hongze District penalties 2024 vs 2023, difference?"),
             ("hz23", "hz24", "c.coercion.decisions", "洪泽区2024年行政强制比2023年增减多少", "how much coercion decisions went up or down in Hongze, 2023 -> 2024"),
             ("hz23", "hz24", "c.fees.amount", "洪泽行政事业性收费 2024年减2023年是多少万元", "Hongze admin fee money: 2024 minus 2023, in 万元?"),
             ("hz23", "hz24", "r.unable.not_held.total", "洪泽区“不掌握相关信息”的申请 2023→2024 增加了多少", "Hongze not-held (不掌握) answers grew how much from 2023 to 2024?")]
    for b1, b2, k, zq, eq in diffs:
        out.append(D("zh", b1, b2, k, zq, "[combine] difference %s" % k, **money_kw(k)))
        out.append(D("en", b1, b2, k, eq, "[combine] difference %s" % k, **money_kw(k)))
    return out


def rank():
    out = []
    rs = [(["ha", "hz23", "sy"], "r.unable.not_held.total", "desc", "淮安2024、洪泽2023、沭阳2025 三家里，哪家回复“不掌握”最多", "Among Huai'an 2024, Hongze 2023, Shuyang 2025, who answered 'not held' most?"),
          (["ha", "sy", "jx"], "r.granted.total", "asc", "淮安市24年、沭阳县25年、涧西区20年，予以公开最少的是哪个", "Huaian (2024), Shuyang (2025), Jianxi (2020): which one granted the fewest?"),
          (["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制决定：淮安2024 洪泽2023 沭阳2025 谁最少", "coercion decisions lowest among Huai'an 2024 / Hongze 2023 / Shuyang 2025?"),
          (["ha", "hz23", "sy"], "c.fees.amount", "desc", "收费金额排个序，淮安2024年、洪泽2023年、沭阳2025年 谁第一", "which collected most admin fees: Huai'an 2024, Hongze 2023 or Shuyang 2025"),
          (["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "现行有效规范性文件 淮安2024 vs 沭阳2025 vs 洪泽2023 哪个最多", "most normative docs in force: Huaian 2024, Shuyang 2025, Hongze 2023?"),
          (["ha", "hz23", "sy", "jx"], "r.unable.needs_creation.total", "desc", "需要另行制作的，淮安2024、洪泽2023、沭阳2025、涧西2020 四家谁最多", None),
          (["ha", "sy", "hz23"], "c.licensing.decisions", "asc", None, "smallest licensing number: Huai'an 2024, Shuyang 2025, Hongze 2023?"),
          (["jx", "sh19"], "c.procurement.projects", "desc", "涧西区2020和上海市府办2019，谁的集中采购项目多", "procurement projects: Jianxi 2020 or Shanghai General Office 2019, which more?")]
    for bs, k, o, zq, eq in rs:
        if zq:
            out.append(R("zh", bs, k, o, zq, "[rank] %s %s" % (k, o)))
        if eq:
            out.append(R("en", bs, k, o, eq, "[rank] %s %s" % (k, o)))
    return out


def followup():
    out = []
    fz = [("ha", "r.granted.total", [("sy", "那沭阳25年呢"), ("hz23", "洪泽23年的呢?")]),
          ("hz23", "c.licensing.decisions", [("hz24", "换成2024年呢")]),
          ("hz23", "c.punishment.decisions", [("hz24", "24年呢？")]),
          ("hz23", "c.fees.amount", [("hz24", "那2024 年的呢，也是万元吧")]),
          ("sy", "r.unable.not_held.total", [("ha", "淮安市2024年同一项是多少")]),
          ("ha", "c.coercion.decisions", [("sy", "沭阳县2025年的 对比下")]),
          ("sy", "a.review.total", [("sy:a.review.upheld", "其中维持的几件"), ("sy:a.review.corrected", "纠正的呢")]),
          ("ha", "r.unable.not_held.total", [("ha:r.unable.needs_creation.total", "那需要另行制作的呢")]),
          ("sh25", "r.unable.not_held.total", [("sh25:r.unable.needs_creation.total", "另行制作那行呢")]),
          ("hz24", "c.licensing.decisions", [("hz24:c.punishment.decisions", "处罚呢"), ("hz24:c.coercion.decisions", "强制呢")]),
          ("sy", "c.normative_docs.issued", [("sy:c.normative_docs.in_force", "现行有效一共多少")]),
          ("jx", "c.procurement.projects", [("jx:c.procurement.amount", "金额多少万")]),
          ("ha", "r.partially_granted.total", [("sy", "沭阳2025的呢")]),
          ("hz23", "c.coercion.decisions", [("hz24", "2024年的呢")]),
          ("sy", "r.withheld.internal_affairs.total", [("ha", "淮安2024年呢")]),
          ("sh25", "a.review.total", [("sh25:a.litigation_direct.total", "直接起诉的呢"), ("sh25:a.litigation_after_review.total", "复议后又起诉的")]),
          ("kw", "c.normative_docs.issued", [("kw:c.normative_docs.in_force", "现行有效的呢")]),
          ("sy", "r.not_processed.petition.total", [("ha", "同样的，淮安市2024年")]),
          ("hz23", "r.unable.not_held.total", [("hz24", "2024年呢？")]),
          ("sy", "c.licensing.decisions", [("ha", "那淮安市2024年的呢？")])]
    fe = [("ha", "r.granted.total", [("sy", "what about Shuyang 2025"), ("hz23", "and Hongze, 2023?")]),
          ("hz23", "c.licensing.decisions", [("hz24", "what about 2024")]),
          ("hz23", "c.punishment.decisions", [("hz24", "2024?")]),
          ("hz23", "c.fees.amount", [("hz24", "and in 2024 pls")]),
          ("sy", "r.unable.not_held.total", [("ha", "same thing for Huai'an 2024?")]),
          ("ha", "c.coercion.decisions", [("sy", "ok and Shuyang county 2025")]),
          ("sy", "a.review.total", [("sy:a.review.upheld", "how many of them upheld"), ("sy:a.review.pending", "and still pending?")]),
          ("ha", "r.unable.not_held.total", [("ha:r.unable.needs_creation.total", "and the 'need to create new info' ones?")]),
          ("sh25", "r.unable.not_held.total", [("sh25:r.unable.needs_creation.total", "and ones needing new info made?")]),
          ("hz24", "c.licensing.decisions", [("hz24:c.punishment.decisions", "penalties?"), ("hz24:c.coercion.decisions", "coercion?")]),
          ("sy", "c.normative_docs.issued", [("sy:c.normative_docs.repealed", "how many they repealed")]),
          ("jx", "c.procurement.projects", [("jx:c.procurement.amount", "amount in 万元?")]),
          ("ha", "r.partially_granted.total", [("sy", "Shuyang 2025 then?")]),
          ("hz23", "c.coercion.decisions", [("hz24", "for 2024?")]),
          ("sy", "r.withheld.internal_affairs.total", [("ha", "Huai'an 2024 same row?")]),
          ("sh25", "a.review.total", [("sh25:a.review.pending", "how many not finished yet")]),
          ("kw", "c.normative_docs.issued", [("kw:c.licensing.decisions", "licensing decisions also pls")]),
          ("sy", "r.not_processed.duplicate.total", [("ha", "Huai'an for 2024?")]),
          ("hz23", "r.unable.not_held.total", [("hz24", "in 2024?")])]
    zfirst = ["{b}{y} {k}多少", "问个数：{b}{y}{k}", "{b}{y}年报 {k} 几件？", "我查{b}{y}的年报，{k}是多少啊"]
    efirst = ["{b} {y} {k}?", "can you tell {k} of {b} {y}", "hi, {k} for {b} {y} how many", "need {b} {y} {k} number"]
    for lang, fl, tmpl, names, yf in (("zh", fz, zfirst, ZHN, zy), ("en", fe, efirst, ENN, ey)):
        for i, (b, k, nxt) in enumerate(fl):
            ph = KP[k][0 if lang == "zh" else 1]
            q1 = tmpl[i % 4].format(b=names[b][i % 3], y=yf(b, i), k=ph[i % len(ph)])
            turns = [(q1, E(b, k, **money_kw(k)))]
            for spec, q in nxt:
                if ":" in spec:
                    b2, k2 = spec.split(":")
                else:
                    b2, k2 = spec, k
                turns.append((q, E(b2, k2, **money_kw(k2))))
            out.append(F(lang, turns, "[followup] %d turns, %s" % (len(turns), k)))
    return out


NARR = [  # (body, keyword, value, unit, frm, zh question, en question)
    ("ha", "制作《淮安市人民政府公报》", 6, "期", "制作《淮安", "淮安2024年出了几期政府公报", "How many issues of city gazette Huai'an made in 2024?"),
    ("ha", "新闻发布会 12 场", 12, "场", None, "淮安市24年开了几场新闻发布会", None),
    ("ha", "在运维政务新媒体", 95, "个", None, None, "Huaian 2024, how many gov new-media accounts (政务新媒体) running?"),
    ("ha", "全覆盖检查", 4, "次", None, "淮安2024年 栏目全覆盖检查搞了几次", None),
    ("ha", "信息处理费 3940", 3940, "元", None, None, "Huai'an in 2024 collected how much info processing fee, in yuan?"),
    ("hz23", "在政府网站平台主动公开政府信息", 1136, "条", None, "洪泽区2023年网站上主动公开了多少条信息", None),
    ("hz24", "主动发布各类政府信息", 2428, "条", None, None, "Hongze District posted how many info items on website in 2024?"),
    ("hz24", "公开政府常务会议", 7, "期", None, "洪泽 2024年 公开了几期政府常务会议", None),
    ("sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", None, "沭阳2025年县门户网站主动公开多少条", None),
    ("sy", "开展意见征集", 9, "期", None, None, "Shuyang 2025 - how many rounds of public opinion collection (意见征集)?"),
    ("sy", "督促县直部门", 3044, "条", None, "沭阳县25年 县直部门发了多少条信息", None),
    ("sy", "策采相关新闻稿件", 2606, "篇", None, None, "Shuyang County 2025: news articles written for new media, how many?"),
    ("sy", "年度涌现爆款内容", 52, "条", None, "沭阳2025年爆款内容有几条", None),
    ("sy", "完成全县64家单位", 64, "家", None, None, "in 2025 Shuyang published annual reports of how many units together?"),
    ("sy", "全年发出催办提示", 84, "次", None, "沭阳 2025 催办提示发了几次？", None),
    ("sy", "累计开展办前主动沟通", 49, "次", None, None, "Shuyang 2025, how many times they talk with applicant before handling (办前主动沟通)?"),
    ("sy", "累计清理过期信息", 697, "条", None, "沭阳县2025年清理了多少条过期信息", None),
    ("sy", "成功推动化解各类争议纠纷", 33, "件", None, None, "Shuyang in 2025 solved how many disputes by talking first?"),
    ("kw", "批量推送集成式发布政策", 121, "条", None, "上海科委2024年批量推送了多少条政策", None),
    ("kw", "日常报送惠企政策", 83, "条", None, None, "STCSM 2024, number of business-support policies reported daily (惠企政策)?"),
    ("kw", "网站全年累计发布信息", 2139, "条", None, "市科委“上海科技”网站2024年一共发了多少条信息", None),
    ("kw", "共编发文章", 1640, "篇", None, None, "Shanghai science commission wechat 2024: how many articles?"),
    ("kw", "直播 118 场", 118, "场", None, "上海科委2024年 直播了几场", None),
    ("kw", "视频号共制作并发布短视频", 584, "条", None, None, "STCSM video channel 2024, how many short videos posted?"),
    ("sh25", "召开市政府新闻发布会", 42, "场", None, "上海市府办2025年 市政府新闻发布会开了几场", "Shanghai General Office 2025, how many press conferences of city gov?"),
    ("sh25", "新闻通气会 19", 19, "场", "有效增强", None, None),
    ("sh25", "公文公开属性审查", 166, "件", None, "上海市政府办公厅2025年公开属性审查多少件", None),
    ("sh25", "编辑《上海市人民政府公报》", 24, "期", None, None, "Shanghai GO in 2025 edited how many gazette issues?"),
    ("sh25", "16 个区全部上线数字公报", 16, "个", None, "上海2025年 有几个区上线了数字公报（市府办年报里说的）", None),
    ("sh25", "已覆盖 10 个语种", 10, "个", None, None, "Shanghai international service portal covers how many languages, per General Office 2025 report?"),
    ("sh25", "含申请人主动撤回", 157, "件", None, "上海市府办2025年 申请人主动撤回的有几件", None),
    ("sh19", "统一受理平台接入", 53, "个", None, None, "Shanghai General Office 2019: unified platform connected how many departments?"),
    ("sh19", "发布政策解读共", 132, "件", None, "上海市府办2019年 门户网站发了多少件政策解读", None),
    ("sh19", "进行权威发布共计", 38, "次", None, None, "Shanghai GO 2019, authoritative releases on executive meeting topics, how many times?"),
    ("sh19", "部门规范性文件45件", 45, "件", None, "上海市政府办公厅2019年 公报刊登部门规范性文件多少件", None),
    ("sh19", "70家政府网站", 70, "家", None, None, "Shanghai 2019 (General Office report): how many gov websites checked each quarter?"),
    ("jx", "设置26个试点领域", 26, "个", None, "涧西区2020年 设了几个试点领域", "Jianxi District 2020 set up how many pilot areas?"),
    ("hz23", "信息处理费 0 元", 0, "元", None, None, None),
]


def textonly():
    out = []
    for b, kw, v, u, frm, zq, eq in NARR:
        if zq:
            out.append(N("zh", b, kw, v, u, zq, "[textonly] number stated only in the narrative", frm=frm))
        if eq:
            out.append(N("en", b, kw, v, u, eq, "[textonly] number stated only in the narrative", frm=frm))
    return out


UZ = [("淮安2024年申请政府信息公开的人里 男的女的各多少", "sex"), ("沭阳2025年申请人里60岁以上的有几个", "age"),
      ("洪泽区2023年几月份申请最多", "month"), ("上海市府办2025年第三季度收到多少申请", "quarter"),
      ("淮安市2024年 网上申请和信函申请分别几件", "channel"), ("沭阳县2025年各乡镇的申请数 分别多少", "township"),
      ("涧西区2020年申请最多的是哪个话题", "topic"), ("淮安2024年答复一件申请平均要几天", "response time"),
      ("沭阳25年政务公开办 有几个工作人员", "staff"), ("洪泽区2022年的年报里 新收申请多少", "year not held"),
      ("沭阳2024年行政许可多少", "year not held"), ("南京市2024年收到多少公开申请", "body not held"),
      ("宿迁市2025年予以公开多少件", "body not held"), ("浦东新区2024年 复议几件", "body not held"),
      ("清江浦区2023年的申请数", "body not held"), ("预测一下淮安2026年会收到多少申请", "forecast"),
      ("你觉得沭阳2025年公开工作做得好不好，打几分", "opinion"), ("上海科委2023年收到多少申请", "year not held"),
      ("淮安市2024年申请人张某某的电话是多少", "personal data"), ("上海市府办2025年 每件申请花了多少钱成本", "costs")]
UE = [("Huai'an 2024, how many applicants were women?", "sex"), ("Shuyang 2025 requests from people under 30, how many?", "age"),
      ("Which month in 2023 did Hongze get most requests?", "month"), ("Shanghai General Office 2025 Q1 requests count?", "quarter"),
      ("how many requests came by email to Huaian in 2024?", "channel"), ("Jianxi District 2020 requests from which street (街道) most?", "district"),
      ("Shuyang 2025: how many requests were about land expropriation?", "topic"), ("avg days to reply in Shanghai GO 2019?", "response time"),
      ("how many staff work on disclosure at Huai'an gov in 2024?", "staff"), ("Shanghai General Office 2022 report - new requests?", "year not held"),
      ("Jianxi 2021 how many requests?", "year not held"), ("Nanjing city 2024 disclosure requests number?", "body not held"),
      ("Suqian 2025, how many requests granted?", "body not held"), ("Pudong New Area 2024 reconsiderations?", "body not held"),
      ("what will Shuyang receive in 2026, guess pls", "forecast"), ("Is Hongze District 2024 better than Huai'an 2024 in transparency? your opinion", "opinion"),
      ("STCSM 2023 requests received?", "year not held"), ("name of the person who sued Huai'an gov in 2024?", "personal data"),
      ("Shuyang 2025 requests from manufacturing companies vs service companies?", "industry")]


def cannot():
    return [U("zh", q, w, "[cannot] %s" % w) for q, w in UZ] + [U("en", q, w, "[cannot] %s" % w) for q, w in UE]


def neighbour():
    out = []
    tz = [("sh25", "r.carried_forward.total", "上海市府办2025年 结转到下一年继续办的有几件（不是上年转过来的）", "结转下年 vs 上年结转"),
          ("ha", "c.normative_docs.repealed", "淮安2024年 规范性文件 废止了几件，不是新发的", "废止 vs 制发/现行有效"),
          ("ha", "r.unable.needs_creation.total", "淮安24年 因为要另行制作没给的 几件（别给我不掌握的数）", "另行制作 vs 不掌握"),
          ("sy", "r.withheld.process_info.total", "沭阳2025 不公开的里面 属于过程性信息的几件", "过程性信息 vs 内部事务"),
          ("sy", "a.litigation_after_review.total", "沭阳县2025年 复议以后才起诉的 总数", "复议后起诉 vs 直接起诉"),
          ("sh19", "c.procurement.projects", "上海市府办2019年集中采购 项目数 (不是金额)", "采购项目数 vs 金额"),
          ("ha", "r.partially_granted.total", "淮安2024年 部分公开 几件？不是全部公开的", "部分公开 vs 予以公开")]
    te = [("sh25", "r.carried_over.legal_services", "Shanghai General Office 2025, carried over from previous year by law firms (法律服务机构), not companies?", "法律服务机构 vs 商业企业"),
          ("sy", "c.normative_docs.repealed", "Shuyang 2025 normative docs repealed (废止) - not the in-force number", "废止 vs 现行有效"),
          ("sy", "r.unable.needs_creation.total", "Shuyang 2025: how many need new info made (另行制作), not the 'not held' ones", "另行制作 vs 不掌握"),
          ("ha", "a.review.corrected", "Huai'an 2024 reconsideration results corrected (纠正), not 'other results'", "纠正 vs 其他结果"),
          ("jx", "c.procurement.amount", "Jianxi 2020 central procurement amount in 万元 (amount, not project count)", "采购金额 vs 项目数"),
          ("sh19", "c.regulations.total_published", "Shanghai GO 2019: total regulations published (对外公开总数), not new made", "对外公开总数 vs 新制作")]
    for b, k, q, n in tz:
        out.append(T("zh", b, k, q, "[neighbour] %s" % n, **money_kw(k)))
    for b, k, q, n in te:
        out.append(T("en", b, k, q, "[neighbour] %s" % n, **money_kw(k)))
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
