"""Question bank of blind set 111 (evals/blind111). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Bodies: jx 涧西 2020, ha 淮安 2024, hz23 洪泽 2023, hz24 洪泽 2024 (text cells), sy 沭阳 2025,
kw 上海市科委 2024 (text cells), sh25 上海市府办 2025 (text cells), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib111 as L  # noqa: E402
from helpers111 import E, EN, EU, ED, ER, C, cols  # noqa: E402

# printed cells of the reports without gold (the same cells blind6 verified)
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
        "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

# text alternatives (text and table state the same number)
A_HA_REC = ("全市共受理政府信息公开申请", 3119)
A_HA_CF = ("全市共受理政府信息公开申请", 103)
A_HA_REV = ("政府信息公开行政复议 351件", 72)
A_HA_REVO = ("政府信息公开行政复议 351件", 178)
A_HZ_REC = ("全区受理政府信息公开申请", 21)
A_SH19_REC = ("代表市政府共受理", 859)
A_JX_REC = ("全年共收到依申请公开", 17)
A_KW_REC = ("全年收到政府信息公开申请", 34)
A_KW_GR = ("同意公开答复", 9)
A_SH25_REC = ("市政府共受理政府信息公开申请", 1295)
A_SY_CF = ("全县全年共受理政府信息公开申请", 31)
A_SH19_CF = ("代表市政府共受理", 72)
A_SH19_LIT = ("信息公开类行政复议7件", 9)
A_JX_DONE = ("全年共收到依申请公开", 15)
A_JX_CF = ("全年共收到依申请公开", 2)
A_HA_COR = ("政府信息公开行政复议 351件", 64)
A_HA_PEND = ("政府信息公开行政复议 351件", 37)
A_HA_LIT = ("政府信息公开行政复议 351件", 46)


def V(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def T(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def S(lang, b, keys, q, note):
    return C("sum", lang, [(q, E(b, keys))], "[combine] sum: " + note)


def D(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + note)


def R(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def N(lang, b, kw, v, unit, q, note):
    return C("narrative", lang, [(q, EN(b, kw, v, unit))], "[textonly] " + note)


def U(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def F(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def values():
    out = []
    z, e = "zh", "en"
    out += [
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", "新收总计", alt=A_HA_REC),
        V(z, "ha", "r.unable.not_held.total", "淮安2024 政府说自己手上压根没这个信息的 有几件", "不掌握"),
        V(z, "ha", "r.withheld.admin_query.total", "我是做法律咨询的，客户问淮安市2024年有多少申请被当成行政查询事项给挡回去了？", "行政查询"),
        V(z, "ha", "a.review.corrected", "2024年淮安市因为信息公开被复议，最后被纠正的有多少件", "复议纠正", alt=A_HA_COR),
        V(z, "ha", "c.normative_docs.repealed", "淮安市政府二〇二四年废止了几件规范性文件？", "规范性文件废止"),
        V(z, "ha", "r.granted.total", "12345转来一个来电：市民想知道淮安市2024年信息公开申请里直接全部公开的有多少件", "予以公开"),
        V(z, "ha", "r.not_processed.petition.total", "淮安24年 申请被认定成信访举报投诉那类不处理的 多少", "信访类"),
        V(z, "ha", "a.litigation_direct.total", "淮安市2024年没走复议、直接去法院告的信息公开官司有几起", "直接起诉总计"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024年申请人逾期没补正、后来也没再管的申请有多少件", "逾期未补正"),
        V(z, "ha", "c.licensing.decisions", "想核对一下表格：淮安市2024年行政许可本年处理决定数量那格是多少", "许可决定"),
        V(z, "hz23", "r.received.total", "洪泽区政府2023年收到的公开申请有多少件啊", "新收", alt=A_HZ_REC),
        V(z, "hz23", "r.partially_granted.total", "洪泽2023年部分公开的申请多少件", "部分公开"),
        V(z, "hz23", "a.review.upheld", "洪泽区2023年信息公开行政复议里维持原决定的几件", "复议维持"),
        V(z, "hz23", "c.punishment.decisions", "2023年洪泽区行政处罚决定作了多少个（信息公开年报表里那个数）", "处罚"),
        V(z, "hz23", "r.unable.needs_creation.total", "帮我查下 洪泽区 2023 需要另外制作才能给的 所以没提供的 几件", "另行制作"),
        V(z, "sy", "r.received.total", "我2024年帮我妈给沭阳县政府写过申请，顺便想问下2025年沭阳本年新收的申请一共多少件？不算上一年结转的那种", "新收 713 (text 749 incl. 结转)"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息不给公开的有几件", "内部事务"),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳2025 重复申请不予处理 几个", "重复申请"),
        V(z, "sy", "a.review.pending", "沭阳县2025年信息公开行政复议还没审结的有多少", "复议未审结"),
        V(z, "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效的规范性文件有多少件", "现行有效"),
        V(z, "sy", "r.other.overdue_fee.total", "沭阳2025年有没有人因为不交信息处理费申请被终止的？多少件", "逾期未缴费"),
        V(z, "sy", "r.received.legal_services", "2025年沭阳县收到的申请里，律所这类法律服务机构提的有几件", "法律服务机构"),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年受理信息公开申请多少件", "新收", alt=A_SH19_REC),
        V(z, "sh19", "c.regulations.made", "2019年上海市府办新制作的规章有几件", "规章制作"),
        V(z, "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年个人申请里因为申请内容不明确没法提供的有多少件", "不明确 自然人"),
        V(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数是多少", "采购项目数"),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", "新收", alt=A_JX_REC),
        V(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万元", "采购金额", unit="万元"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年的行政许可决定数是多少", "text cell 许可"),
        V(z, "hz24", "r.unable.not_held.total", "2024年洪泽区政府回复说本机关不掌握的申请有多少件", "text cell 不掌握"),
        V(z, "hz24", "c.fees.amount", "洪泽2024行政事业性收费金额是多少万", "text cell 收费", unit="万元"),
        V(z, "kw", "r.received.total", "上海科委2024年一共收到多少件政府信息公开申请", "text cell 新收", alt=A_KW_REC),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年底现行有效规范性文件数是多少", "text cell 现行有效"),
        V(z, "sh25", "r.unable.not_held.total", "上海市府办2025年因为本机关不掌握而无法提供的有多少件", "text cell 不掌握"),
        V(z, "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅那边，申请被当作信访举报投诉处理、不按公开申请办的有几件", "text cell 信访类"),
        V(z, "sh25", "a.review.total", "上海市府办2025年因信息公开被申请行政复议总共多少件", "text cell 复议总计 (表注含上年结转)"),
        V(z, "sh25", "r.received.commercial", "二〇二五年上海市政府办公厅收到的申请当中 企业提的有多少", "text cell 商业企业"),
        # en
        V(e, "ha", "r.total_processed.total", "how many info disclosure requests did Huai'an city government finish handling in 2024", "办理总计 (text 答复 3050)", alt=("全市共受理政府信息公开申请", 3050)),
        V(e, "ha", "r.partially_granted.total", "Huaian 2024 partial disclosure count pls", "部分公开"),
        V(e, "ha", "r.withheld.state_secret.total", "In 2024 how many requests did Huai'an refuse because the info was a state secret?", "国家秘密"),
        V(e, "ha", "a.review.total", "journalist here. total number of administrative reconsideration cases over info disclosure against Huai'an in 2024?", "复议总计 351 (text same)", alt=("政府信息公开行政复议 351件", 351)),
        V(e, "ha", "c.fees.amount", "What did Huai'an collect in administrative fees in 2024 (行政事业性收费), in 10k yuan?", "收费金额", unit="万元"),
        V(e, "ha", "r.received.commercial", "How many requests came from companies (商业企业) to Huaian government in 2024", "商业企业"),
        V(e, "ha", "r.carried_over.total", "huaian 2024 — how many requests were left over from the year before and carried into 2024?", "上年结转 34 (text same)", alt=("全市共受理政府信息公开申请", 34)),
        V(e, "ha", "a.litigation_after_review.pending", "For Huai'an in 2024, lawsuits filed after a reconsideration: how many still had no verdict at year end?", "复议后起诉 未审结"),
        V(e, "hz23", "c.licensing.decisions", "Hongze District 2023, number of administrative licensing decisions?", "许可"),
        V(e, "hz23", "r.unable.not_held.total", "hongze 2023 how many times did they say we dont have that info", "不掌握"),
        V(e, "hz23", "c.fees.amount", "Hongze district government 2023 fee revenue from administrative charges, 万元?", "收费", unit="万元"),
        V(e, "hz23", "c.normative_docs.in_force", "How many normative documents were still in force in Hongze at end of 2023?", "现行有效"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025: number of requests where the info was fully disclosed?", "予以公开"),
        V(e, "sy", "r.unable.not_held.total", "My neighbour says Shuyang always claims it doesn't have the information. How many requests got that answer in 2025?", "不掌握"),
        V(e, "sy", "c.coercion.decisions", "shuyang county 2025 administrative coercion (行政强制) decisions number?", "强制"),
        V(e, "sy", "a.litigation_after_review.total", "In 2025, how many disclosure lawsuits against Shuyang came after the plaintiff first tried reconsideration?", "复议后起诉总计"),
        V(e, "sy", "r.carried_forward.total", "Shuyang 2025 — requests still open and pushed to the next year?", "结转下年 31 (text same)", alt=A_SY_CF),
        V(e, "sy", "r.partially_granted.legal_services", "In Shuyang's 2025 table, partial disclosures to legal service agencies — what number is there?", "部分公开 法律服务机构"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office FY2019: requests answered in total?", "办理总计 805", alt=("代表市政府共受理", 805)),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai municipal general office 2019, total normative documents currently published (对外公开总数量)?", "对外公开总数"),
        V(e, "sh19", "r.withheld.admin_query.natural_person", "In 2019, how many requests from private persons did the Shanghai General Office turn away as administrative inquiries (行政查询事项)?", "行政查询 自然人"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai govt general office 2019: individuals' requests treated as petitions/complaints and not processed?", "信访 自然人"),
        V(e, "jx", "r.unable.not_held.total", "Jianxi District 2020 — requests where they said they don't hold the info?", "不掌握"),
        V(e, "jx", "c.normative_docs.made", "how many normative docs did jianxi district office make in 2020", "规范性文件 制作"),
        V(e, "jx", "r.granted.total", "Jianxi 2020 requests granted in full?", "予以公开"),
        V(e, "hz24", "c.punishment.decisions", "Hongze 2024 administrative penalty decisions (行政处罚)?", "text cell 处罚"),
        V(e, "hz24", "r.granted.total", "Hongze District in 2024 — how many disclosure requests got a full yes?", "text cell 予以公开"),
        V(e, "hz24", "appeals.review.total", "Were there admin reconsiderations about disclosure against Hongze in 2024? how many", "text cell 复议总计"),
        V(e, "kw", "c.licensing.decisions", "STCSM 2024 number of administrative licensing decisions", "text cell 许可"),
        V(e, "kw", "r.received.natural_person", "Shanghai science commission, 2024: how many requests came from private individuals?", "text cell 自然人"),
        V(e, "kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission close out in 2024 in total (办理总计)?", "text cell 办理总计"),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests refused because answering would mean producing new info?", "text cell 另行制作"),
        V(e, "sh25", "r.granted.total", "sh general office 2025 full disclosure number", "text cell 予以公开"),
        V(e, "sh25", "r.carried_forward.total", "How many requests did the Shanghai municipal General Office carry into the next year at the end of 2025?", "text cell 结转下年"),
        V(e, "sh25", "a.litigation_direct.total", "2025 Shanghai General Office — lawsuits filed straight in court over disclosure, number?", "text cell 直接起诉 (表注含上年结转)"),
        V(e, "sh25", "r.received.total", "What was the number of new requests received by Shanghai General Office in 2025?", "text cell 新收", alt=A_SH25_REC),
    ]
    return out


def combos():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "淮安2024年 内部事务信息加上过程性信息 两类不公开一共多少", "内部事务+过程性"),
        S(z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年行政复议 维持的和纠正的加起来几件", "复议维持+纠正"),
        S(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "学生写论文：淮安市2024年报表“无法提供”下面三小项，不掌握、另行制作、不明确，合计多少", "无法提供三项"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三种不公开的合在一起是多少件", "三项不公开"),
        S(z, "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年个人新提交的加上上年结转过来的个人申请，一共多少", "自然人新收+结转"),
        S(z, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年行政许可、行政处罚、行政强制三类决定总共作了多少个", "三类决定"),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "市科委2024年新收的加上年结转的，总共要办多少件申请", "text cells 新收+结转"),
        C("sum", e, [("Huai'an 2024: add up both kinds of disclosure lawsuits (direct + after reconsideration)", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], alt=A_HA_LIT))], "[combine] sum: 两类诉讼 46 (text 行政诉讼 46 same)"),
        S(e, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.admin_query.total"], "For Shuyang 2025, total of three refusal rows: security/stability, third-party rights, admin inquiries", "三项不公开"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi district office 2020 — reconsiderations plus both lawsuit types, all together?", "复议+诉讼"),
        S(e, "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: rules made plus normative documents made, combined", "规章+规范性文件 制作"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "sh general office 2025 petitions-type plus duplicate requests not processed, total pls", "text cells 信访+重复"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an FY2024 'other handling' — sum the three sub-rows (no correction, no fee, other)", "其他处理三项"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少", "许可 2023->2024"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定 2024年跟2023年比变化多少（24减23）", "处罚 2023->2024"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请量，2025年比2019年增加了多少件", "新收 2019->2025"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年的申请，从2019年到2025年变了多少", "结转下年 2019->2025"),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze: 'we don't hold it' answers, 2024 minus 2023?", "不掌握 2023->2024"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "How much did Hongze's coercion decisions change from 2023 to 2024?", "强制 2023->2024"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office: reconsideration cases 2025 vs 2019, what's the difference?", "复议总计 2019->2025"),
        D(e, "sh19", "sh25", "r.received.natural_person", "By how much did requests from individuals to the Shanghai General Office grow between 2019 and 2025?", "自然人新收 2019->2025"),
    ]


def ranks():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪个收到的申请最多", "新收 desc"),
        R(z, ["jx", "hz23", "sy", "sh19"], "r.carried_forward.total", "asc", "涧西2020 洪泽2023 沭阳2025 上海市府办2019 谁结转到下一年的最少", "结转下年 asc"),
        R(z, ["ha", "sy", "hz23"], "c.coercion.decisions", "desc", "行政强制决定数：淮安2024年、沭阳2025年、洪泽2023年，哪家最多？", "强制 desc"),
        R(z, ["ha", "sy", "jx"], "a.review.upheld", "asc", "复议维持的件数，淮安市2024、沭阳县2025、涧西区2020里谁最少", "复议维持 asc"),
        R(z, ["sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc", "个人申请被答复不掌握的，上海市府办2019、沭阳2025、洪泽2023哪个最多", "不掌握 自然人 desc"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc", "Which handled the most requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?", "办理总计 desc"),
        R(e, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "Fewest normative docs in force — Huaian 2024, Shuyang 2025, Hongze 2023?", "现行有效 asc"),
        R(e, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "direct disclosure lawsuits: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019, who had most", "直接起诉 desc"),
        R(e, ["jx", "hz23", "sy"], "r.received.total", "asc", "Among Jianxi 2020, Hongze 2023 and Shuyang 2025, which got the fewest new requests?", "新收 asc"),
        R(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Rank by administrative penalty decisions, Huai'an 2024 / Hongze 2023 / Shuyang 2025 — which is top?", "处罚 desc"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
              ("24年呢", E("hz24", "c.licensing.decisions"))], "year switch 洪泽"),
        F(z, [("洪泽区政府2023年不掌握信息的申请有几件", E("hz23", "r.unable.not_held.total")),
              ("换成2024年", E("hz24", "r.unable.not_held.total")),
              ("那2024年全部公开的呢", E("hz24", "r.granted.total"))], "year then row 洪泽"),
        F(z, [("上海市政府办公厅2019年新收申请多少", E("sh19", "r.received.total", alt=A_SH19_REC)),
              ("2025年的呢", E("sh25", "r.received.total", alt=A_SH25_REC))], "year switch 上海市府办"),
        F(z, [("淮安2024年行政复议纠正的几件", E("ha", "a.review.corrected", alt=A_HA_COR)),
              ("沭阳县2025年同一项呢", E("sy", "a.review.corrected"))], "body switch"),
        F(z, [("沭阳县2025年表里本年新收那行，个人提的多少", E("sy", "r.received.natural_person")),
              ("企业的呢", E("sy", "r.received.commercial")),
              ("律所那类呢", E("sy", "r.received.legal_services"))], "column switch 沭阳"),
        F(z, [("淮安市2024年行政复议结果维持的有多少", E("ha", "a.review.upheld", alt=A_HA_REV)),
              ("那直接起诉的官司里维持的呢", E("ha", "a.litigation_direct.upheld"))], "appeals group switch"),
        F(z, [("涧西区2020年依申请公开收到多少件", E("jx", "r.received.total", alt=A_JX_REC)),
              ("办完了几件", E("jx", "r.total_processed.total", alt=A_JX_DONE)),
              ("剩下转到下一年的呢", E("jx", "r.carried_forward.total", alt=A_JX_CF))], "row switches 涧西"),
        F(z, [("2024年上海科委规范性文件新发了几件", E("kw", "c.normative_docs.issued")),
              ("现行有效的总数呢", E("kw", "c.normative_docs.in_force"))], "column switch 科委"),
        F(z, [("上海市府办2025年不掌握无法提供的多少", E("sh25", "r.unable.not_held.total")),
              ("需要另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
              ("沭阳县2025年另行制作那一项是多少", E("sy", "r.unable.needs_creation.total"))], "row then body switch"),
        F(z, [("沭阳县2025年行政处罚决定数", E("sy", "c.punishment.decisions")),
              ("淮安市2024年同一个指标是多少", E("ha", "c.punishment.decisions")),
              ("洪泽区2023年呢", E("hz23", "c.punishment.decisions"))], "body switches"),
        F(z, [("淮安24年结转到下一年的申请几件", E("ha", "r.carried_forward.total", alt=A_HA_CF)),
              ("上海市府办2019年呢", E("sh19", "r.carried_forward.total", alt=A_SH19_CF))], "body switch"),
        F(z, [("洪泽2023年规范性文件废止了几件", E("hz23", "c.normative_docs.repealed")),
              ("淮安市2024年废止几件", E("ha", "c.normative_docs.repealed"))], "body switch"),
        F(z, [("沭阳2025 复议后又起诉的 几件", E("sy", "a.litigation_after_review.total")),
              ("其中维持的呢", E("sy", "a.litigation_after_review.upheld"))], "column switch"),
        F(z, [("上海市科委2024年行政许可多少件", E("kw", "c.licensing.decisions")),
              ("处罚呢", E("kw", "c.punishment.decisions"))], "row switch 科委"),
        F(e, [("Hongze 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
              ("and 2024?", E("hz24", "c.punishment.decisions"))], "year switch"),
        F(e, [("Shanghai General Office 2019, requests carried into the next year?", E("sh19", "r.carried_forward.total", alt=A_SH19_CF)),
              ("what about 2025", E("sh25", "r.carried_forward.total")),
              ("and reconsiderations in 2025?", E("sh25", "a.review.total"))], "year then row"),
        F(e, [("Huai'an 2024 — requests from individuals?", E("ha", "r.received.natural_person")),
              ("from legal service agencies?", E("ha", "r.received.legal_services")),
              ("ok and from companies", E("ha", "r.received.commercial"))], "column switches"),
        F(e, [("Shuyang 2025 normative documents issued", E("sy", "c.normative_docs.issued")),
              ("repealed?", E("sy", "c.normative_docs.repealed")),
              ("and still valid at year end?", E("sy", "c.normative_docs.in_force"))], "column switches"),
        F(e, [("How many requests did Jianxi get in 2020", E("jx", "r.received.total", alt=A_JX_REC)),
              ("Hongze District in 2023?", E("hz23", "r.received.total", alt=A_HZ_REC))], "body switch"),
        F(e, [("Huaian 2024 admin reconsideration pending (尚未审结)?", E("ha", "a.review.pending", alt=A_HA_PEND)),
              ("same thing for Shuyang 2025", E("sy", "a.review.pending")),
              ("and Shanghai General Office 2025?", E("sh25", "a.review.pending"))], "body switches"),
        F(e, [("Shanghai science commission 2024, requests fully granted?", E("kw", "r.granted.total", alt=A_KW_GR)),
              ("Hongze 2024?", E("hz24", "r.granted.total"))], "body switch"),
        F(e, [("Huai'an 2024: requests not processed as duplicates", E("ha", "r.not_processed.duplicate.total")),
              ("and Shuyang 2025?", E("sy", "r.not_processed.duplicate.total"))], "body switch"),
        F(e, [("shuyang 2025 licensing decisions", E("sy", "c.licensing.decisions")),
              ("coercion?", E("sy", "c.coercion.decisions"))], "row switch"),
        F(e, [("Shanghai General Office 2019 procurement amount (万元)?", E("sh19", "c.procurement.amount", unit="万元")),
              ("and Jianxi 2020?", E("jx", "c.procurement.amount", unit="万元"))], "body switch money"),
        F(e, [("Hongze 2023 normative documents in force", E("hz23", "c.normative_docs.in_force")),
              ("2024 then?", E("hz24", "c.normative_docs.in_force")),
              ("how many new ones were issued in 2024", E("hz24", "c.normative_docs.issued"))], "year then column"),
        F(e, [("Huai'an 2024, how many requests were withheld as process information?", E("ha", "r.withheld.process_info.total")),
              ("and as law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], "row switch"),
        F(e, [("Shuyang 2025 direct lawsuits total", E("sy", "a.litigation_direct.total")),
              ("Huai'an 2024?", E("ha", "a.litigation_direct.total")),
              ("Shanghai General Office for 2019 then", E("sh19", "a.litigation_direct.total", alt=A_SH19_LIT))], "body switches"),
        F(e, [("Shanghai General Office 2025 — requests from individuals received", E("sh25", "r.received.natural_person")),
              ("from businesses?", E("sh25", "r.received.commercial"))], "column switch sh25"),
        F(e, [("STCSM 2024 new requests from individuals", E("kw", "r.received.natural_person")),
              ("from companies?", E("kw", "r.received.commercial")),
              ("so all requesters together?", E("kw", "r.received.total", alt=A_KW_REC))], "column switches kw"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请有多少件（注意不是转到下一年的）", "上年结转 vs 结转下年", alt=("全市共受理政府信息公开申请", 34)),
        T(z, "ha", "a.litigation_after_review.total", "淮安2024年先复议、复议完了不服又起诉的 有几件", "复议后起诉 vs 直接起诉"),
        T(z, "sy", "c.normative_docs.repealed", "沭阳县2025年规范性文件废止的有几件", "废止 vs 制发"),
        T(z, "ha", "r.unable.needs_creation.total", "淮安市2024年因为要另外加工制作信息才没提供的，几件", "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不公开的有多少件", "过程性 vs 内部事务"),
        T(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额是多少（不是项目数）", "金额 vs 项目数", unit="万元"),
        T(z, "ha", "r.partially_granted.total", "淮安市2024年只公开了一部分的申请是多少件", "部分公开 vs 予以公开"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations with an 'other' outcome — not corrected, not upheld — how many?", "其他结果 vs 纠正", alt=A_HA_REVO),
        T(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative docs publicly available, not the newly made ones", "对外公开总数 vs 新制作"),
        T(e, "sy", "r.carried_over.total", "Shuyang 2025: requests carried over FROM the previous year (not to the next)?", "上年结转 vs 结转下年"),
        T(e, "hz24", "appeals.litigation_after_review.total", "Hongze 2024, lawsuits filed after reconsideration — not direct suits", "复议后起诉 vs 直接起诉"),
        T(e, "ha", "c.regulations.in_force", "Huai'an 2024 government regulations currently in force (not newly issued)?", "现行有效 vs 制发"),
        T(e, "ha", "r.received.legal_services", "huai'an 2024 requests from legal service agencies, not businesses", "法律服务机构 vs 商业企业"),
    ]


def narratives():
    z, e = "zh", "en"
    return [
        N(z, "ha", "等新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会", "发布会"),
        N(z, "ha", "在运维政务新媒体", 95, "个", "淮安2024年全市在运维的政务新媒体有几个", "新媒体账号"),
        N(z, "ha", "全覆盖检查", 4, "次", "2024年淮安组织了几次信息公开栏目全覆盖检查", "检查次数"),
        N(z, "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息", "门户网站条数"),
        N(z, "sy", "开展意见征集9期", 9, "期", "2025年沭阳县开展了几期意见征集", "意见征集"),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位有多少家", "年报单位"),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息多少条", "清理"),
        N(z, "sy", "收取信息处理费共计380元", 380, "元", "沭阳县2025年收了多少信息处理费（元）", "处理费"),
        N(z, "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站主动发布了多少条信息", "网站条数"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽2023年政府网站主动公开信息条数", "网站条数"),
        N(z, "kw", "微信公众号共编发文章", 1640, "篇", "上海科技公众号2024年一共发了多少篇文章", "公众号文章"),
        N(z, "kw", "直播 118", 118, "场", "上海市科委2024年做了多少场直播", "直播"),
        N(z, "sh25", "召开市政府新闻发布会", 42, "场", "2025年上海市政府开了多少场新闻发布会", "发布会"),
        N(z, "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件", "撤回"),
        N(z, "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题权威发布了几次", "权威发布"),
        N(e, "sh19", "共编发公报24期", 24, "期", "How many issues of the Shanghai government gazette came out in 2019?", "公报期数"),
        N(e, "sh19", "70家政府网站", 70, "家", "Shanghai 2019 report: how many government websites were inspected each quarter?", "网站检查"),
        N(e, "sh19", "统一受理平台接入53个部门", 53, "个", "In 2019 how many departments were connected to Shanghai's unified acceptance platform?", "接入部门"),
        N(e, "sh25", "新闻通气会 19", 19, "场", "Shanghai General Office 2025 — number of press briefings (新闻通气会)?", "通气会"),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "How many districts in Shanghai had a digital gazette online by 2025?", "数字公报区"),
        N(e, "sh25", "发布各类办事服务指引", 403, "项", "Shanghai General Office 2025 report, the international services portal (上海国际服务门户): how many service guides were published there?", "办事指引"),
        N(e, "kw", "视频号共制作并发布短视频", 584, "条", "STCSM 2024: short videos posted on its video channel?", "短视频"),
        N(e, "kw", "主合办人大代表建议", 50, "件", "In 2024, how many NPC deputies' suggestions did the Shanghai science commission handle (as lead or co-handler)?", "代表建议"),
        N(e, "kw", "今年累计批量推送集成式发布政策", 121, "条", "Shanghai science commission 2024 — policies pushed in batches via integrated release, how many?", "政策推送"),
        N(e, "jx", "设置26个试点领域", 26, "个", "Jianxi 2020: how many pilot areas for grassroots open government?", "试点领域"),
        N(e, "jx", "办结率88.2%", 88.2, "%", "what was Jianxi district office's completion rate on requests in 2020", "办结率"),
        N(e, "ha", "全年收取政府信息公开信息处理费 3940", 3940, "元", "Huai'an 2024, how much was charged in information processing fees (yuan)?", "处理费"),
        N(e, "hz24", "公开政府常务会议 7", 7, "期", "Hongze District 2024, how many executive meetings were made public?", "常务会议"),
        N(e, "sy", "策采相关新闻稿件2606篇", 2606, "篇", "Shuyang county 2025 new media — how many news pieces were produced?", "稿件"),
    ]


def cannots():
    z, e = "zh", "en"
    W = U
    return [
        W(z, "我上个月给淮安市政府递的那件信息公开申请怎么还没回复，能帮我查下进度吗", "one person's own request"),
        W(z, "我告洪泽区政府的那个信息公开官司2024年判了没有", "one person's own case"),
        W(z, "我妈2025年向沭阳县申请公开拆迁补偿标准，被拒了，是哪个科室拒的？", "one person's own case / department"),
        W(z, "淮安市2024年的信息公开申请按月份分，几月份最多", "month breakdown not printed"),
        W(z, "沭阳县2025年申请人里男的女的各多少", "sex breakdown not printed"),
        W(z, "洪泽区2023年申请信息公开的人平均多大年纪", "age not printed"),
        W(z, "淮安2024年信息公开申请里关于征地拆迁的有多少件", "topic breakdown not printed"),
        W(z, "上海市政府办公厅2025年的申请有多少是网上提交、多少是邮寄的", "channel breakdown not printed"),
        W(z, "淮安市2024年哪个区县的人申请最多？清江浦区有多少", "district breakdown not printed"),
        W(z, "2026年沭阳县预计会收到多少件申请", "forecast"),
        W(z, "淮安市2025年的信息公开年报里新收了多少申请", "year not in corpus"),
        W(z, "南京市政府2024年收到多少件信息公开申请", "body not in corpus"),
        W(z, "宿迁市2025年信息公开行政复议多少件", "body not in corpus"),
        W(z, "洪泽区2022年的申请数是多少", "year not in corpus"),
        W(z, "上海市科委2023年收到多少申请", "year not in corpus"),
        W(z, "你觉得沭阳县2025年信息公开做得好不好", "opinion"),
        W(z, "上海市府办2025年不掌握的那么多，是不是故意推脱？", "opinion / motive"),
        W(z, "淮安市2024年为啥被复议纠正了64件，具体原因是什么", "reasons not stated"),
        W(z, "洪泽区2024年负责信息公开的工作人员有几个", "staff not stated"),
        W(z, "淮安2024年办一件信息公开申请平均要几天", "response time not stated"),
        W(z, "帮我查一下2024年向淮安市政府申请公开的张某某的手机号", "personal data"),
        W(z, "12345这边有个来电，问他2025年3月给上海市府办寄的申请有没有被受理，编号沪办公开2025第几号", "one person's request"),
        W(z, "沭阳县2025年被拒绝公开的申请里，住建局占了多少", "department breakdown not printed"),
        W(z, "浦东新区2024年信息公开申请数是多少", "body not in corpus"),
        W(z, "淮安市2024年信息公开工作花了多少经费", "cost not stated"),
        W(z, "我2023年在洪泽申请的低保名单公开那件，最后给了没有", "one person's own case"),
        W(z, "上海市科委2024年复议那一件是谁申请的", "personal data"),
        W(z, "沭阳2025年信息处理费那380元是谁交的，叫什么名字", "personal data"),
        W(z, "淮安市2024年申请人里企业老板占多少比例，是做什么行业的", "industry breakdown not printed"),
        W(z, "洪泽区2024年的申请量跟全省平均比算高还是低", "comparison outside corpus"),
        W(z, "上海市府办2025年第四季度收了多少申请", "quarter breakdown not printed"),
        W(z, "涧西区2021年的依申请公开数量是多少", "year not in corpus"),
        W(z, "沭阳县2025年的申请里有多少是外地人提的", "residence not printed"),
        W(z, "淮安2024年被起诉输掉的案子，法官是谁", "person / case detail"),
        W(z, "上海市政府办公厅2019年的申请多少是关于房屋征收的", "topic breakdown not printed"),
        W(z, "听说洪泽区2023年有个申请被拖了很久，是哪一件", "particular request"),
        W(z, "沭阳县2025年的复议案子都是关于什么事情的", "topic of cases not printed"),
        W(z, "淮安市2024年申请公开的人里面，退休老人有多少", "age / occupation not printed"),
        W(z, "上海科委2024年不予公开的那2件，具体是哪两份文件", "particular requests"),
        W(z, "2027年上海市府办信息公开会不会变少", "forecast"),
        W(z, "涧西区2020年那2件在办的申请后来办完了吗", "outcome after the report"),
        W(z, "沭阳县2025年公开申请平均每件收多少钱才合理", "opinion"),
        W(z, "洪泽2024年全区各乡镇信息公开申请分别是多少", "township breakdown not printed"),
        # en
        W(e, "did my application to Huai'an city government from March 2024 get approved?", "one person's own request"),
        W(e, "I sued Shuyang county over a refusal in 2025 — has the court decided my case yet?", "one person's own case"),
        W(e, "How many of Huai'an's 2024 disclosure requests came in during December?", "month breakdown not printed"),
        W(e, "What share of Shanghai General Office's 2025 requesters were women?", "sex breakdown not printed"),
        W(e, "Hongze 2023 — how many requests were about land acquisition?", "topic breakdown not printed"),
        W(e, "How many requests did Shuyang county receive by email vs in person in 2025?", "channel breakdown not printed"),
        W(e, "Which township in Shuyang sent the most requests in 2025?", "township breakdown not printed"),
        W(e, "What will Huai'an's request count be in 2026?", "forecast"),
        W(e, "Is 713 requests a lot for a county like Shuyang in 2025? good or bad?", "opinion"),
        W(e, "How many disclosure requests did Nanjing city get in 2024?", "body not in corpus"),
        W(e, "Shanghai General Office 2022 — requests received?", "year not in corpus"),
        W(e, "Hongze District 2021 annual report: total requests?", "year not in corpus"),
        W(e, "Why did so many Shanghai General Office requests in 2025 end in 'not held'? what's the reason", "reasons not stated"),
        W(e, "How many staff does Huai'an's open government office have in 2024?", "staff not stated"),
        W(e, "average days to answer a request at Shuyang in 2025?", "response time not stated"),
        W(e, "Can you give me the name and phone of the person who filed the 2024 reconsideration against the Shanghai science commission?", "personal data"),
        W(e, "caller on the 12345 line says she applied to Hongze in 2024 for her village's compensation list — was it released?", "one person's own request"),
        W(e, "In Huai'an 2024, which city department got the most disclosure requests?", "department breakdown not printed"),
        W(e, "How old were the people asking Jianxi district for information in 2020, on average?", "age not printed"),
        W(e, "Compare Huai'an 2024 with Suzhou 2024 on requests received", "body not in corpus"),
        W(e, "For Shanghai General Office 2025, how many requests were from foreigners?", "residence not printed"),
        W(e, "how much did it cost Huai'an to run its disclosure work in 2024", "cost not stated"),
        W(e, "Shuyang 2025 — what were the 61 reconsiderations about, by topic?", "topic not printed"),
        W(e, "my lawyer filed for the Hongze 2023 budget details, were we one of the partial disclosures?", "one person's own case"),
        W(e, "How many requests will Shanghai science commission get in 2025, roughly?", "forecast"),
        W(e, "Pudong New Area 2025 disclosure requests?", "body not in corpus"),
        W(e, "Which quarter of 2019 was busiest for Shanghai General Office requests?", "quarter breakdown not printed"),
        W(e, "Huai'an 2024: of the 26 direct lawsuits, which court heard them?", "court not stated"),
        W(e, "Is Shuyang's 2025 fee of 380 yuan fair in your view?", "opinion"),
        W(e, "Why did Hongze's request count jump in 2024? who decided that", "reasons not stated"),
        W(e, "How many requests to Huai'an in 2024 were filed by journalists?", "occupation not printed"),
        W(e, "Shanghai science commission 2024 — which industries did the company requesters work in?", "industry not printed"),
        W(e, "Jianxi District 2021: requests received?", "year not in corpus"),
        W(e, "what's the plan for Shuyang's disclosure numbers in 2026, any target?", "plan / forecast"),
        W(e, "the 2025 lawsuit against the Shanghai General Office about the Metro line 18 documents — what exactly did the plaintiff ask for?", "particular case"),
        W(e, "How many of Huai'an's 2024 requests were in English?", "language breakdown not printed"),
        W(e, "my dad's 2025 request to Shuyang on his pension — refused as internal affairs or not?", "one person's own case"),
        W(e, "give me the ID numbers of individuals who applied to Hongze in 2023", "personal data"),
        W(e, "how many requests did Shanghai General Office get per working day in 2025", "quantity not stated"),
        W(e, "Huai'an 2024 — how many requesters were repeat applicants, as people?", "quantity not stated"),
        W(e, "Was Huai'an's 2024 performance better than Xuzhou's?", "body not in corpus / opinion"),
        W(e, "Hongze 2024: the 95 requests, how many came from each village?", "village breakdown not printed"),
        W(e, "how many requests did Shuyang's 公安局 handle in 2025", "department breakdown not printed"),
    ]


def CONVERSATIONS():
    return values() + combos() + ranks() + followups() + traps() + narratives() + cannots()
