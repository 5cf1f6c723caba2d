"""Question bank of blind set 136 (follow-up heavy). Holds every test question: as frozen as test.jsonl.

All wordings written for this set. Every number is computed by helpers136 (gold JSON or printed
text cells, specs = the cells blind6 verified, listed in SPECS) or cut from the report text.
"""
import random
import blindlib136 as L
from helpers136 import (E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F, agency, year)

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# body names as people write them, per language
NZ = {"ha": ["淮安市政府", "淮安", "淮安市"], "hz23": ["洪泽区政府", "洪泽", "洪泽区"],
      "hz24": ["洪泽区政府", "洪泽", "洪泽区"], "sy": ["沭阳县政府", "沭阳", "沭阳县"],
      "kw": ["上海市科委", "市科委", "上海科委"], "sh25": ["上海市府办", "上海市政府办公厅", "上海市府办"],
      "sh19": ["上海市政府办公厅", "上海市府办", "上海市政府办公厅"], "jx": ["涧西区政府办", "涧西区", "涧西"]}
NE = {"ha": ["Huai'an city government", "Huaian", "Huai'an"], "hz23": ["Hongze District", "Hongze", "the Hongze district government"],
      "hz24": ["Hongze District", "Hongze", "the Hongze district government"], "sy": ["Shuyang County", "Shuyang", "the Shuyang county government"],
      "kw": ["the Shanghai science commission", "STCSM", "Shanghai's science and technology commission"],
      "sh25": ["the Shanghai General Office", "Shanghai's municipal general office", "the Shanghai government general office"],
      "sh19": ["the Shanghai General Office", "Shanghai's municipal general office", "the Shanghai government general office"],
      "jx": ["Jianxi District", "the Jianxi district office", "Jianxi"]}
YZ = {2019: ["2019年", "19年", "二〇一九年"], 2020: ["2020年", "20年", "二〇二〇年"], 2023: ["2023年", "23年", "二〇二三年"],
      2024: ["2024年", "24年", "二〇二四年"], 2025: ["2025年", "25年", "二〇二五年"]}
YE = {y: ["in %d" % y, "for %d" % y, "FY%d" % y] for y in (2019, 2020, 2023, 2024, 2025)}

# key -> (zh phrase, en phrase)
P = {
 "r.granted.total": ("申请里全部给公开了的", "requests fully granted"),
 "r.partially_granted.total": ("只公开了一部分的申请", "requests only partly granted"),
 "r.unable.not_held.total": ("答复说本机关手上没有这份信息的", "requests answered 'we do not hold this information'"),
 "r.unable.needs_creation.total": ("因为要另外制作才能提供而没给的", "requests turned down because the data would have to be newly compiled"),
 "r.unable.unclear.total": ("申请内容说不清楚没法提供的", "requests too vague to be answered"),
 "r.not_processed.petition.total": ("被当作信访举报投诉、不按公开申请处理的", "requests treated as petitions or complaints and not processed"),
 "r.not_processed.duplicate.total": ("重复申请不予处理的", "repeat requests that were not processed"),
 "r.withheld.admin_query.total": ("属于行政查询事项、没有公开的", "requests refused as administrative inquiries"),
 "r.withheld.third_party.total": ("怕损害第三方权益而不公开的", "requests refused to protect third parties"),
 "r.withheld.process_info.total": ("属于过程性信息不公开的", "requests refused as deliberative (process) information"),
 "r.withheld.internal_affairs.total": ("属于内部事务信息不公开的", "requests refused as internal-affairs information"),
 "r.withheld.prohibited_by_law.total": ("法律法规禁止公开的", "requests refused because a law forbids disclosure"),
 "r.other.overdue_correction.total": ("申请人逾期没补正、按撤回处理的", "requests closed because the applicant never supplied the missing details"),
 "r.received.natural_person": ("普通个人当年新提的申请", "new requests filed by private individuals"),
 "r.received.legal_person": ("单位（法人或其他组织）当年新提的申请", "new requests filed by companies and other organisations"),
 "r.received.commercial": ("企业当年新提的申请", "new requests filed by businesses"),
 "r.carried_forward.total": ("没办完、转到下一年接着办的", "requests still open and rolled into the next year"),
 "r.total_processed.total": ("办理结果一栏的总计", "the total of the outcomes column"),
 "r.granted.natural_person": ("个人申请里全部公开了的", "requests from individuals granted in full"),
 "r.unable.not_held.natural_person": ("个人申请里答复不掌握信息的", "requests from individuals answered 'information not held'"),
 "r.not_processed.petition.natural_person": ("个人申请里被当成信访投诉不处理的", "requests from individuals treated as petitions and not processed"),
 "r.unable.needs_creation.natural_person": ("个人申请里因需另行制作没提供的", "requests from individuals refused because the data would need compiling"),
 "r.withheld.state_secret.natural_person": ("个人申请里因涉及国家秘密不公开的", "requests from individuals refused as state secrets"),
 "r.total_processed.natural_person": ("个人申请的办理结果合计", "outcomes in total for requests from individuals"),
 "r.carried_over.natural_person": ("个人申请里从上一年结转过来的", "requests from individuals carried in from the previous year"),
 "a.review.total": ("因为信息公开被申请行政复议的案件总数", "administrative reconsideration cases over disclosure, in total"),
 "a.review.corrected": ("复议结果被纠正的", "reconsideration cases where the decision was corrected"),
 "a.review.pending": ("复议还没审结的", "reconsideration cases not yet concluded"),
 "a.litigation_direct.total": ("没经过复议直接打官司的", "lawsuits filed directly, without reconsideration first"),
 "a.litigation_direct.upheld": ("直接起诉后结果维持的", "direct lawsuits where the agency's decision was upheld"),
 "a.litigation_direct.pending": ("直接起诉里还没审结的", "direct lawsuits still pending"),
 "a.litigation_after_review.total": ("先复议、后又起诉的", "lawsuits filed after reconsideration"),
 "a.litigation_after_review.upheld": ("复议后起诉、结果维持的", "post-reconsideration lawsuits where the decision stood"),
 "c.licensing.decisions": ("行政许可的处理决定数", "administrative licensing decisions"),
 "c.punishment.decisions": ("行政处罚决定数", "administrative penalty decisions"),
 "c.coercion.decisions": ("行政强制的决定数", "administrative coercion decisions"),
 "c.fees.amount": ("行政事业性收费金额（万元）", "administrative fees collected (in 10,000 yuan)"),
 "c.normative_docs.issued": ("当年新制发的规范性文件", "normative documents newly issued"),
 "c.normative_docs.in_force": ("现行有效的规范性文件", "normative documents currently in force"),
 "c.normative_docs.repealed": ("被废止的规范性文件", "normative documents repealed"),
 "c.regulations.in_force": ("现行有效的规章", "government rules (规章) in force"),
 "c.normative_docs.made": ("当年制作的规范性文件", "normative documents drafted that year"),
 "c.normative_docs.total_published": ("对外公开的规范性文件总数", "normative documents published in total"),
 "c.regulations.made": ("当年制作的规章", "government rules drafted that year"),
 "c.regulations.total_published": ("对外公开的规章总数", "government rules published in total"),
 "c.procurement.projects": ("政府集中采购的项目数", "centralised government procurement projects"),
 "c.procurement.amount": ("政府集中采购金额（万元）", "centralised procurement spending (10,000 yuan)"),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}

REQ21 = ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total",
         "r.unable.needs_creation.total", "r.not_processed.petition.total",
         "r.not_processed.duplicate.total", "r.withheld.admin_query.total", "r.withheld.third_party.total",
         "r.withheld.process_info.total", "r.other.overdue_correction.total"]
# keys asked per report (cells where text and table disagree or merely repeat are left out)
OK = {
 "ha": REQ21 + ["r.received.natural_person", "r.received.legal_person", "r.withheld.internal_affairs.total",
        "a.review.total", "a.review.corrected", "a.review.pending", "a.litigation_direct.total",
        "a.litigation_direct.upheld", "a.litigation_after_review.total", "c.licensing.decisions",
        "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount", "c.normative_docs.issued",
        "c.normative_docs.in_force", "c.normative_docs.repealed", "c.regulations.in_force"],
 "hz23": REQ21 + ["r.received.natural_person", "r.carried_forward.total", "r.total_processed.total",
        "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount",
        "c.normative_docs.issued", "c.normative_docs.in_force", "a.litigation_direct.total"],
 "sy": REQ21 + ["a.review.total", "a.litigation_direct.total", "c.licensing.decisions",
        "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount", "c.normative_docs.issued",
        "c.normative_docs.in_force"],
 "sh19": ["r.granted.natural_person", "r.unable.not_held.natural_person", "r.not_processed.petition.natural_person",
        "r.unable.needs_creation.natural_person", "r.withheld.state_secret.natural_person",
        "r.received.natural_person", "a.review.pending", "a.litigation_direct.pending",
        "c.normative_docs.total_published", "c.regulations.made", "c.regulations.total_published",
        "c.procurement.projects", "c.procurement.amount"],
 "jx": ["r.granted.total", "r.unable.not_held.total", "a.review.total", "a.litigation_direct.total",
        "a.litigation_after_review.total", "c.normative_docs.made", "c.procurement.projects", "c.procurement.amount"],
 "hz24": ["r.granted.total", "r.unable.not_held.total", "r.carried_forward.total", "c.licensing.decisions",
        "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount", "c.normative_docs.issued",
        "c.normative_docs.in_force", "a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
 "kw": ["c.licensing.decisions", "c.normative_docs.in_force", "c.normative_docs.issued", "c.punishment.decisions",
        "r.received.natural_person", "r.received.commercial", "r.total_processed.total"],
 "sh25": ["a.litigation_after_review.total", "a.litigation_direct.pending", "a.litigation_direct.total",
        "a.review.pending", "a.review.total", "r.carried_forward.total", "r.carried_over.natural_person",
        "r.granted.total", "r.not_processed.duplicate.total", "r.not_processed.petition.total",
        "r.received.commercial", "r.received.natural_person", "r.total_processed.total",
        "r.unable.needs_creation.total", "r.unable.not_held.total"],
}
# text-and-table agreeing or disagreeing cells are avoided (see README)
SKIP = {("hz23", "r.total_processed.total"), ("sy", "r.total_processed.total"), ("sy", "r.carried_forward.total"), ("hz23", "r.received.natural_person")}

rng = random.Random(136)


def ch(x):
    return rng.choice(x)


# cells whose number the report text also states (text and table agree): both readings pass
ALT = {("ha", "a.review.total"): ("行政复议 351件", 351), ("ha", "a.review.corrected"): ("结果纠正 64 件", 64),
       ("ha", "a.review.pending"): ("尚未审结 37 件", 37)}


def ex(b, k):
    kw = {"unit": "万元"} if k in MONEY else {}
    if (b, k) in ALT:
        kw["alt"] = ALT[(b, k)]
    return E(b, k, **kw)


def usable(b, k):
    try:
        ex(b, k)
        return True
    except Exception:
        return False


for _b in OK:
    OK[_b] = [k for k in OK[_b] if usable(_b, k) and (_b, k) not in SKIP]

ZQ = ["{b}{y}{p}有多少件？", "请问{y}{b}{p}一共几件？", "{b}的{y}年报里，{p}是多少？", "查一下{y}{b}：{p}的数量",
      "{y}{b}{p}，数字是多少", "想知道{b}{y}{p}有几件", "{b}{y}公开年报中{p}是多少"]
EQ = ["How many {p} did {b} report {y}?", "{b}, {y}: what was the number of {p}?",
      "In the annual disclosure report of {b} {y}, how many {p} are there?",
      "Can you give me the count of {p} for {b} {y}?", "What figure does {b} give for {p} {y}?",
      "{y}, {b} - number of {p}?"]
MZ = ["{b}{y}{p}是多少？", "{y}{b}的{p}有多少"]
ME = ["What was {b}'s figure for {p} {y}?", "{b} {y}: how much in {p}?"]


def qz(b, k, tpl=None):
    z = P[k][0]
    t = tpl or ch(MZ if k in MONEY else ZQ)
    y = ch(YZ[year(b)])
    return t.format(b=ch(NZ[b]), y=y, p=z).replace("年年", "年").replace("的的", "的")


def qe(b, k, tpl=None):
    e = P[k][1]
    t = tpl or ch(ME if k in MONEY else EQ)
    q = t.format(b=ch(NE[b]), y=ch(YE[year(b)]), p=e)
    return q[0].upper() + q[1:]


def plain():
    out = []
    for b in OK:
        ks = OK[b][:]
        rng.shuffle(ks)
        for i, k in enumerate(ks[:8]):
            lang = "zh" if i % 2 == 0 else "en"
            q = qz(b, k) if lang == "zh" else qe(b, k)
            out.append(C("value", lang, [(q, ex(b, k))], "[plain] one table value, everyday wording"))
    return out


def combine():
    out = []
    sums = [("ha", ["r.withheld.admin_query.total", "r.withheld.process_info.total"], "行政查询和过程性信息两类不公开加起来", "requests refused as administrative inquiries plus those refused as process information"),
            ("ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "复议、直接起诉、复议后起诉三类案件合计", "reconsideration cases, direct lawsuits and post-reconsideration lawsuits taken together"),
            ("sy", ["r.granted.total", "r.partially_granted.total"], "全部公开加上部分公开的申请一共", "full grants plus partial grants"),
            ("sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "许可、处罚、强制三类决定总共", "licensing, penalty and coercion decisions combined"),
            ("hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "不掌握和需另行制作两种无法提供的合计", "'not held' plus 'would need compiling' refusals"),
            ("hz23", ["c.normative_docs.issued", "c.normative_docs.in_force"], "新制发和现行有效的规范性文件加总", "normative documents newly issued plus those in force"),
            ("jx", ["c.procurement.projects", "c.normative_docs.made"], "集中采购项目数和制作的规范性文件数之和", "procurement projects plus normative documents drafted"),
            ("sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person"], "个人申请中不掌握和需另行制作的合计", "individuals' requests refused as 'not held' or 'needs compiling', combined"),
            ("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "信访类和重复申请两种不予处理加起来", "petition-type plus duplicate requests not processed")]
    yz = {"ha": "2024年", "sy": "2025年", "hz23": "2023年", "jx": "2020年", "sh19": "2019年"}
    for i, (b, ks, z, e) in enumerate(sums):
        out.append(C("sum", "zh", [("%s%s%s是多少？" % (ch(NZ[b]), yz[b], z), E(b, ks))], "[combine] sum of listed cells"))
        out.append(C("sum", "en", [("For %s in %d, what do you get for %s?" % (ch(NE[b]), year(b), e), E(b, ks))], "[combine] sum of listed cells"))
    diffs = [("hz23", "hz24", "c.licensing.decisions"), ("hz23", "hz24", "c.punishment.decisions"),
             ("hz23", "hz24", "r.granted.total"), ("hz23", "hz24", "c.coercion.decisions"),
             ("sh19", "sh25", "r.received.natural_person"), ("sh19", "sh25", "a.review.pending")]
    for i, (b1, b2, k) in enumerate(diffs):
        kw = {"unit": "万元"} if k in MONEY else {}
        if i % 2 == 0:
            q = "%s%s%s比%s增加或减少了多少？" % (ch(NZ[b2]), YZ[year(b2)][0], P[k][0], YZ[year(b1)][0])
            q2 = "How did %s change for %s between %d and %d?" % (P[k][1], ch(NE[b1]), year(b1), year(b2))
        else:
            q = "%s的%s，从%d年到%d年变化了多少" % (ch(NZ[b1]), P[k][0], year(b1), year(b2))
            q2 = "By how much did %s's %s differ in %d compared with %d?" % (ch(NE[b2]), P[k][1], year(b2), year(b1))
        out.append(C("difference", "zh", [(q, ED(b1, b2, k, **kw))], "[combine] later year minus earlier year"))
        out.append(C("difference", "en", [(q2, ED(b1, b2, k, **kw))], "[combine] later year minus earlier year"))
    return out


def rank():
    out = []
    sets = [(["ha", "hz23", "sy"], "r.granted.total", "desc"), (["ha", "hz23", "sy"], "r.unable.not_held.total", "asc"),
            (["ha", "sy", "hz23"], "c.punishment.decisions", "desc"), (["sy", "hz23", "ha"], "r.not_processed.petition.total", "asc"),
            (["jx", "sh19", "ha"], "a.review.pending", "desc"), (["ha", "hz23", "sy", "jx"], "r.granted.total", "asc"),
            (["ha", "sy", "hz23"], "c.coercion.decisions", "asc"), (["jx", "sh19", "sy"], "a.litigation_direct.pending", "desc"),
            (["hz23", "sy", "ha"], "r.partially_granted.total", "desc"), (["ha", "sy", "hz23", "jx"], "a.litigation_direct.total", "asc")]
    for i, (bs, k, o) in enumerate(sets):
        try:
            e = ER(bs, k, o)
        except Exception:
            continue
        if i % 2 == 0:
            names = "、".join("%s（%d年）" % (NZ[b][0], year(b)) for b in bs)
            q = "%s这几家里，%s哪家%s？" % (names, P[k][0], "最多" if o == "desc" else "最少")
            out.append(C("ranking", "zh", [(q, e)], "[rank] ranking over gold bodies"))
        else:
            names = ", ".join("%s (%d)" % (NE[b][0], year(b)) for b in bs)
            q = "Among %s, which had the %s number of %s?" % (names, "highest" if o == "desc" else "lowest", P[k][1])
            out.append(C("ranking", "en", [(q, e)], "[rank] ranking over gold bodies"))
    return out


def neighbour():
    out = []
    tr = [("ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件？（不是现行有效的）", "How many normative documents did Huai'an repeal in 2024 (repealed, not in force)?"),
          ("ha", "a.litigation_after_review.total", "淮安2024年复议之后再起诉的诉讼有几件，不算直接起诉的", "Huai'an 2024: lawsuits brought after a reconsideration only - not the direct ones?"),
          ("ha", "r.withheld.process_info.total", "淮安市政府2024年因为过程性信息不公开的有几件（不是内部事务）？", "In 2024, how many Huai'an requests were refused as process information (not internal affairs)?"),
          ("sy", "r.unable.needs_creation.total", "沭阳2025年需要另行制作的那类无法提供有几件，不是不掌握的那类", "Shuyang 2025: requests not answerable because data would need compiling - not the 'not held' ones?"),
          ("sh25", "r.carried_forward.total", "上海市府办2025年结转到下年度继续办理的申请，注意不是上年结转来的", "Shanghai General Office 2025: requests carried forward into the next year (not carried in)?"),
          ("hz24", "a.litigation_after_review.total", "洪泽区2024年经复议后起诉的行政诉讼总数？不要直接起诉的", "Hongze 2024: total lawsuits after reconsideration, excluding direct suits?"),
          ("sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目数（问的是项目个数，不是金额）", "Shanghai General Office 2019: number of centralised procurement projects, not the amount?")]
    for b, k, z, e in tr:
        out.append(T("zh", b, k, z, "[neighbour] neighbouring cell is the naive answer"))
        out.append(T("en", b, k, e, "[neighbour] neighbouring cell is the naive answer"))
    return out


NARR = [("ha", "3940 元", 3940, "元", "淮安市政府2024年一共收了多少信息处理费（元）？", "How many yuan of information-processing fees did Huai'an collect in 2024?"),
        ("ha", "政策解读21 个", 21, "个", "淮安市2024年做了多少个政策解读？", "How many policy explainers did Huai'an produce in 2024?"),
        ("ha", "公报》6 期", 6, "期", "淮安2024年出了几期市政府公报？", "How many issues of the municipal gazette did Huai'an publish in 2024?"),
        ("hz23", "1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", "How many items did Hongze District proactively post on its website in 2023?"),
        ("hz24", "2428 条", 2428, "条", "洪泽2024年网站上主动发布了多少条政府信息", "Hongze's 2024 report: how many government information items were posted on the website?"),
        ("sy", "4511条", 4511, "条", "沭阳县2025年门户网站主动公开了多少条？", "Shuyang County 2025: how many items were proactively disclosed on the county portal?"),
        ("sy", "意见征集9期", 9, "期", "沭阳2025年开展了几期意见征集？", "How many rounds of public consultation did Shuyang run in 2025?"),
        ("sy", "爆款内容52条", 52, "条", "沭阳2025年年报说出了多少条爆款内容？", "How many viral posts does Shuyang's 2025 report mention?"),
        ("sy", "催办提示 84 次", 84, "次", "沭阳县2025年发了多少次催办提示？", "How many reminder notices did Shuyang send out in 2025?"),
        ("kw", "直播 118 场", 118, "场", "上海市科委2024年搞了多少场直播？", "How many live streams did STCSM hold in 2024?"),
        ("kw", "1640 篇", 1640, "篇", "上海科委2024年微信公众号发了多少篇文章？", "How many articles did the Shanghai science commission's WeChat account put out in 2024?"),
        ("sh25", "新闻发布会 42 场", 42, "场", "上海市府办2025年开了多少场市政府新闻发布会？", "How many municipal press conferences did the Shanghai General Office report for 2025?"),
        ("sh25", "公报》24 期", 24, "期", "上海市政府办公厅2025年编了几期市政府公报？", "How many issues of the Shanghai government gazette were edited in 2025?"),
        ("jx", "601项事项", 601, "项", "梳理细化", "涧西区2020年梳理出多少项事项？", "How many items did Jianxi District map out in its 2020 report?")]


def textonly():
    out = []
    for row in NARR:
        if len(row) == 7:
            b, kw, v, unit, frm, z, e = row
        else:
            (b, kw, v, unit, z, e), frm = row, None
        out.append(N("zh", b, kw, v, unit, z, "[textonly] number stated only in the report text", frm=frm))
        out.append(N("en", b, kw, v, unit, e, "[textonly] number stated only in the report text", frm=frm))
    return out


UZ = ["淮安市2024年的信息公开申请里女性申请人占多少？", "洪泽区2023年申请人的平均年龄是多少？",
      "沭阳县2025年每个季度分别收到多少件申请？", "上海市府办2019年3月份收到几件申请？",
      "南京市2024年政府信息公开申请有多少件？", "宿迁市2025年收了多少信息公开申请？",
      "洪泽区2022年的行政复议有几件？", "沭阳县2024年予以公开的申请有多少？",
      "淮安2024年信息公开工作有多少名专职人员？", "上海科委2023年的行政许可有多少件？",
      "涧西区2021年收到多少申请？", "淮安市2026年预计会收到多少申请？",
      "浦东新区2025年依申请公开数量是多少？", "沭阳县2025年哪个乡镇的申请最多？",
      "上海市府办2025年申请主要是关于哪些话题的，各多少件？", "洪泽区2024年申请为什么增加了？给个原因和比例",
      "淮安市2024年平均答复一件申请用几天？", "清江浦区2024年主动公开多少条？",
      "上海市府办2022年收到多少件申请？", "你觉得淮安2024年的公开工作打几分？"]
UE = ["What share of Huai'an's 2024 requesters were women?", "How many of Shuyang's 2025 requests came through the online portal versus by post?",
      "How many disclosure requests did Nanjing receive in 2024?", "What was Hongze District's number of granted requests in 2022?",
      "How many requests did the Shanghai science commission receive in 2023?", "Which department of Huai'an got the most requests in 2024?",
      "How much did Shuyang spend on its disclosure office in 2025?", "How many requests will the Shanghai General Office receive in 2026?",
      "How many requests did Jianxi District get in 2021?", "Give me the phone number of the person who filed requests to Huai'an in 2024.",
      "How many Hongze 2023 requests came from people living outside the district?", "Pudong New Area's 2024 disclosure request total?",
      "Did the Shanghai General Office's 2025 requests mostly concern housing? How many?", "How many staff handled disclosure at Shuyang in 2025?",
      "What was Suqian city's figure for lawsuits in 2024?", "Average processing time per request at STCSM in 2024?",
      "How many requests did Huai'an receive from foreign nationals in 2024?", "Is Hongze's 2024 disclosure work better than Shuyang's 2025? Your opinion.",
      "How many requests did the Shanghai General Office get in 2022?"]


def cannot():
    return ([U("zh", q, "not stated in any report of the corpus", "[cannot] not in the corpus") for q in UZ] +
            [U("en", q, "not stated in any report of the corpus", "[cannot] not in the corpus") for q in UE])


# ------------------------------------------------------------------ follow-ups
SWAPY = {"hz23": "hz24", "hz24": "hz23", "sh19": "sh25", "sh25": "sh19"}
YZFU = ["那{y}呢？", "换成{y}呢", "{y}的同一项呢？", "{y}是多少？"]
YEFU = ["And {y}?", "What about {y}?", "Same thing for {y}?", "{y} then?"]
BZFU = ["那{b}{y}呢？", "换成{b}{y}，同一个数是多少", "{b}{y}的这一项呢？"]
BEFU = ["And {b} in {y}?", "What about {b}, {y}?", "Same figure for {b} ({y})?"]
KZFU = ["那{p}呢？", "同一份报告里，{p}有多少？", "再问一下{p}"]
KEFU = ["And {p}?", "Same report: how many {p}?", "What about {p}?"]
PART = [("r.received.legal_person", "r.received.commercial", ["其中企业提的有多少？", "这些单位里，商业企业占几件？"], ["Of those, how many came from businesses?", "How many of these organisations were commercial firms?"]),
        ("a.review.total", "a.review.corrected", ["这些里面被纠正的有几件？", "复议结果纠正的是其中多少？"], ["Of those, how many ended with the decision corrected?", "And how many of them were corrected?"]),
        ("a.review.total", "a.review.pending", ["其中还没审结的呢？", "这些复议里尚未审结的有几件"], ["How many of those were still pending?", "Of these, how many had no decision yet?"]),
        ("a.litigation_direct.total", "a.litigation_direct.upheld", ["其中维持原决定的有多少？", "这些诉讼里法院维持的有几件？"], ["Of those, how many were upheld?", "How many of those suits did the agency win (upheld)?"]),
        ("a.litigation_after_review.total", "a.litigation_after_review.upheld", ["这里面结果维持的几件？", "其中维持的是多少"], ["And of those, how many upheld?", "Of these post-reconsideration suits, how many were upheld?"]),
        ("a.litigation_direct.total", "a.litigation_direct.pending", ["当中还没判的有几件？", "这些里面尚未审结的多少"], ["How many of them are still undecided?", "Of those, how many are still pending?"])]
UMID_Z = ["这个数能按月份拆开吗？每个月各多少？", "这个数里城区和乡镇各占多少？", "这个数比全国平均水平高还是低，差多少？",
          "经办这件事的工作人员叫什么名字？", "照这个趋势，下一年这个数会是多少？", "这个数是哪几个科室分别贡献的，各多少？"]
UMID_E = ["Can you split that number by month?", "How much of that was urban versus rural?",
          "How does that compare with the national average, in numbers?", "What is the name of the official who handled it?",
          "Extrapolating, what will that number be the following year?", "Which internal sections contributed how much of it?"]


def fz(b, k, first=False):
    return qz(b, k)


def followups():
    out = []
    bodies = list(OK)
    # 1. switch year (same body): hz, sh
    for b in ["hz23", "hz24", "sh19", "sh25"]:
        b2 = SWAPY[b]
        common = [k for k in OK[b] if k in OK[b2]]
        rng.shuffle(common)
        for i, k in enumerate(common[:5]):
            if i % 2 == 0:
                t = [(qz(b, k), ex(b, k)), (ch(YZFU).format(y=ch(YZ[year(b2)][:2])), ex(b2, k))]
                out.append(F("zh", t, "[followup] switch year"))
            else:
                t = [(qe(b, k), ex(b, k)), (ch(YEFU).format(y=year(b2)), ex(b2, k))]
                out.append(F("en", t, "[followup] switch year"))
    # 2. switch body (same key), sometimes 3 turns
    gold21 = ["ha", "hz23", "sy", "hz24", "sh25"]
    for i in range(26):
        b1, b2, b3 = rng.sample(gold21, 3)
        common = [k for k in OK[b1] if k in OK[b2]]
        if not common:
            continue
        k = ch(common)
        lang = "zh" if i % 2 == 0 else "en"
        if lang == "zh":
            t = [(qz(b1, k), ex(b1, k)), (ch(BZFU).format(b=ch(NZ[b2]), y=YZ[year(b2)][0]), ex(b2, k))]
            if i % 3 == 0 and k in OK[b3]:
                t.append((ch(BZFU).format(b=ch(NZ[b3]), y=ch(YZ[year(b3)])), ex(b3, k)))
                k4 = ch([x for x in OK[b3] if x != k])
                if i % 6 == 0:
                    t.append((ch(KZFU).format(p=P[k4][0]), ex(b3, k4)))
        else:
            t = [(qe(b1, k), ex(b1, k)), (ch(BEFU).format(b=ch(NE[b2]), y=year(b2)), ex(b2, k))]
            if i % 3 == 0 and k in OK[b3]:
                t.append((ch(BEFU).format(b=ch(NE[b3]), y=year(b3)), ex(b3, k)))
                k4 = ch([x for x in OK[b3] if x != k])
                if i % 6 == 3:
                    t.append((ch(KEFU).format(p=P[k4][1]), ex(b3, k4)))
        out.append(F(lang, t, "[followup] switch body"))
    # 3. switch row / column (same report)
    for i in range(18):
        b = ch(bodies)
        k1, k2, k3 = rng.sample(OK[b], 3)
        if i % 2 == 0:
            t = [(qz(b, k1), ex(b, k1)), (ch(KZFU).format(p=P[k2][0]), ex(b, k2))]
            if i % 4 == 0:
                t.append((ch(KZFU).format(p=P[k3][0]), ex(b, k3)))
            out.append(F("zh", t, "[followup] switch row"))
        else:
            t = [(qe(b, k1), ex(b, k1)), (ch(KEFU).format(p=P[k2][1]), ex(b, k2))]
            if i % 4 == 1:
                t.append((ch(KEFU).format(p=P[k3][1]), ex(b, k3)))
            out.append(F("en", t, "[followup] switch row"))
    # 4. part of the previous number
    for i in range(24):
        k1, k2, zz, ee = PART[i % len(PART)]
        z, e = zz[(i // len(PART)) % 2], ee[(i // len(PART)) % 2]
        cands = [b for b in bodies if usable(b, k1) and usable(b, k2) and (b, k1) not in SKIP and k1 in OK.get(b, []) + ["r.received.legal_person"]]
        cands = [b for b in cands if not (b == "sy" and k1.startswith("r.received"))]
        if not cands:
            continue
        b = cands[(i + i // len(PART)) % len(cands)]
        if i % 2 == 0:
            out.append(F("zh", [(qz(b, k1), ex(b, k1)), (z, ex(b, k2))], "[followup] part of the previous number"))
        else:
            out.append(F("en", [(qe(b, k1), ex(b, k1)), (e, ex(b, k2))], "[followup] part of the previous number"))
    # 5. asking back about the previous answer (same cell confirmed)
    BACKZ = ["你刚才说的这个数，是{b}{y}报告表格里的吧？再确认一下是多少", "等等，{y}{b}那个数再说一遍？"]
    BACKE = ["Just to confirm - that number is from {b}'s {y} report? Say it again?", "Sorry, repeat the {y} figure for {b}?"]
    for i in range(8):
        b = ch(bodies)
        k = ch(OK[b])
        if i % 2 == 0:
            t = [(qz(b, k), ex(b, k)), (ch(BACKZ).format(b=ch(NZ[b]), y=YZ[year(b)][0]), ex(b, k))]
            out.append(F("zh", t, "[followup] asking back about the previous answer"))
        else:
            t = [(qe(b, k), ex(b, k)), (ch(BACKE).format(b=ch(NE[b]), y=year(b)), ex(b, k))]
            out.append(F("en", t, "[followup] asking back about the previous answer"))
    # 6. unanswerable turn in the middle / answerable after unanswerable
    for i in range(12):
        b = ch(bodies)
        k1, k2 = rng.sample(OK[b], 2)
        if i % 2 == 0:
            t = [(qz(b, k1), ex(b, k1)), (UMID_Z[(i // 2) % 6], EU("breakdown not stated in the report"))]
            if i % 4 == 0:
                t.append((ch(KZFU).format(p=P[k2][0]), ex(b, k2)))
            out.append(F("zh", t, "[followup] unanswerable turn inside an answerable conversation"))
        else:
            t = [(qe(b, k1), ex(b, k1)), (UMID_E[(i // 2) % 6], EU("breakdown not stated in the report"))]
            if i % 4 == 1:
                t.append((ch(KEFU).format(p=P[k2][1]), ex(b, k2)))
            out.append(F("en", t, "[followup] unanswerable turn inside an answerable conversation"))
    UFIRST = [("zh", "南京市2024年予以公开的申请多少？", "hz24", "那洪泽2024年呢？"),
              ("zh", "沭阳县2024年收到的复议有几件？", "sy", "那2025年的呢"),
              ("zh", "上海科委2023年行政许可多少？", "kw", "24年的呢？"),
              ("en", "How many requests did Hongze District grant in 2022?", "hz23", "OK, and in 2023?"),
              ("en", "Shanghai General Office, 2022: how many direct lawsuits?", "sh25", "Then 2025?"),
              ("en", "Jianxi District 2021: how many requests were granted?", "jx", "And 2020?")]
    ukeys = {"hz24": "r.granted.total", "sy": "a.review.total", "kw": "c.licensing.decisions",
             "hz23": "r.granted.total", "sh25": "a.litigation_direct.total", "jx": "r.granted.total"}
    for lang, q1, b, q2 in UFIRST:
        out.append(F(lang, [(q1, EU("year or body not held in the corpus")), (q2, ex(b, ukeys[b]))],
                     "[followup] unanswerable turn, then an answerable one"))
    # 7. elliptical body switch ("那洪泽呢" with explicit year)
    ELL = [("ha", "hz24", "淮安2024年予以公开多少件？", "那洪泽呢，也是24年", "r.granted.total"),
           ("ha", "hz24", "淮安市二〇二四年行政许可数？", "洪泽区的呢（2024年）", "c.licensing.decisions"),
           ("sy", "ha", "沭阳县25年不掌握信息的答复有几件", "淮安2024年呢？", "r.unable.not_held.total"),
           ("hz23", "ha", "洪泽2023年行政处罚多少？", "淮安24年的？", "c.punishment.decisions")]
    for b1, b2, q1, q2, k in ELL:
        out.append(F("zh", [(q1, ex(b1, k)), (q2, ex(b2, k))], "[followup] short elliptical turn"))
    ELLE = [("ha", "hz24", "Huai'an 2024, administrative coercion decisions?", "Hongze, same year?", "c.coercion.decisions"),
            ("hz23", "hz24", "Hongze 2023 normative documents in force?", "and in the 2024 report?", "c.normative_docs.in_force"),
            ("sy", "hz23", "Shuyang 2025 duplicate requests not processed?", "Hongze, 2023?", "r.not_processed.duplicate.total"),
            ("sh25", "sh19", "Shanghai General Office 2025: pending reconsideration cases?", "and the 2019 report?", "a.review.pending")]
    for b1, b2, q1, q2, k in ELLE:
        out.append(F("en", [(q1, ex(b1, k)), (q2, ex(b2, k))], "[followup] short elliptical turn"))
    return out


def CONVERSATIONS():
    convs = plain() + combine() + rank() + neighbour() + textonly() + cannot() + followups()
    seen, out = set(), []
    for c in convs:
        qs = [t["question"] for t in c["turns"]]
        if any(q in seen for q in qs) or len(set(qs)) != len(qs):
            continue
        seen.update(qs)
        out.append(c)
    return out
