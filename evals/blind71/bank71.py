"""Question bank of the blind set blind71 (evals/blind71).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Every wording here was written from scratch for this set. The bank only names bodies, keys,
keywords and the question; every number is computed by helpers71 (gold JSON, printed text cells,
or a sentence cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib71 as L  # noqa: E402
from helpers71 import C, E, EN, ED, ER, EU  # noqa: E402

# Printed cells of the three reports without gold: the same cells blind6 (and blind5) verified,
# taken over spec for spec from evals/blind6/text_cells.json; nothing new.
_AP25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
_AP24 = "四、政府信息公开行政复议、行政诉讼情况"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AP24, 14),
        "appeals.litigation_direct.total": ("after", _AP24, 9),
        "appeals.review.total": ("after", _AP24, 4),
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
        "appeals.litigation_after_review.total": ("after", _AP25, 14),
        "appeals.litigation_direct.pending": ("after", _AP25, 8),
        "appeals.litigation_direct.total": ("after", _AP25, 9),
        "appeals.review.pending": ("after", _AP25, 3),
        "appeals.review.total": ("after", _AP25, 4),
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

# Sentences where the narrative states a number the table also holds (keyword, number).
HA = "全市共受理政府信息公开申请 3119"
HA_AP = "351件"
SY = "全县全年共受理政府信息公开申请 749"
SH19 = "共受理政府信息公开申请859件"
SH25 = "受理政府信息公开申请 1295"
JX = "办结率88.2%"
KW_IN = "全年收到政府信息公开申请 34"


def alt(kw, n):
    return (kw, n)


# tagged one-turn builders ------------------------------------------------------------
def PV(lang, b, keys, q, note="", **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + (note or "table value"))


def TR(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def SM(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def DF(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def RK(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def NR(lang, b, keyword, value, unit, q, note="number stated only in the narrative"):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit))], "[textonly] " + note)


def UN(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def FU(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


WAN = {"unit": "万元"}


def VALUES():
    z, e = "zh", "en"
    return [
        # ---------------- zh
        PV(z, "ha", "r.withheld.third_party.total", "淮安市政府2024年 因为公开了会损害别人（第三方）合法权益所以没给的 有几件", "colloquial 第三方"),
        PV(z, "ha", "r.withheld.admin_query.total", "我之前帮我爸问淮安市政府要个材料，人家回说这属于行政查询事项、不走信息公开……想问下2024年淮安像这样被挡回去的一共多少件？", "story; 行政查询事项"),
        PV(z, "ha", "r.unable.needs_creation.total", "淮安2024年 要的东西没有现成的 得重新做一份才能给 这种多少件", "colloquial 另行制作"),
        PV(z, "ha", "r.not_processed.petition.total", "淮安市政府24年收到的申请里，其实是来信访投诉举报的、最后没按信息公开处理的，有几件", "colloquial 信访举报投诉类"),
        PV(z, "ha", "r.other.overdue_fee.total", "淮安2024 通知交费了结果过期没交 然后就不再处理了的 几件啊", "colloquial 逾期未缴费"),
        PV(z, "ha", "r.other.overdue_correction.natural_person", "淮安市政府2024年，老百姓个人申请的，让补材料结果一直拖着不补、最后不再处理的，多少件", "colloquial 逾期不补正, 自然人"),
        PV(z, "ha", "a.litigation_after_review.pending", "淮安市2024年那些先复议完又去法院告的官司，到年底还没判下来的有几起", "colloquial 复议后起诉 尚未审结"),
        PV(z, "ha", "a.litigation_direct.corrected", "淮安2024年 没走复议直接起诉信息公开的案子里 法院判政府要改正的 几个", "colloquial 直接起诉 纠正"),
        PV(z, "ha", "r.received.legal_services", "二〇二四年淮安市政府收到的新申请里头 律师事务所那类单位交的有多少件", "法律服务机构 colloquial"),
        PV(z, "ha", "c.coercion.decisions", "淮安市2024年行政强制的处理决定数量是多少", "staff wording"),
        PV(z, "ha", "r.withheld.security_stability.total", "淮安24年 说一公开就会危及国家安全公共安全或者社会稳定 用这理由拒掉的有多少", "三安全一稳定"),
        PV(z, "ha", "r.withheld.enforcement_files.total", "淮安市人民政府2024年报，表三里“属于行政执法案卷”不予公开那一格是几", "student quoting the label"),
        PV(z, "ha", "r.not_processed.reconfirm.total", "淮安2024有人拿着已经到手的信息又让政府确认一遍、或者重新出一份，这种不予处理的几件", "colloquial 要求确认或重新出具"),
        PV(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年 以纯属机关内部事务为由没公开的多少件", "内部事务信息"),
        PV(z, "sy", "r.unable.not_held.total", "沭阳25年 政府说他们单位根本没管这摊事、手上没这份材料的 多少个", "colloquial 本机关不掌握"),
        PV(z, "sy", "r.other.other.total", "沭阳县2025年 其他处理下面最后那个“其他”小项 总共多少", "（六）3 其他"),
        PV(z, "sy", "r.not_processed.duplicate.commercial", "沭阳2025年公司把同一个申请又交一遍、被不予处理的有几件", "colloquial 重复申请, 商业企业"),
        PV(z, "sy", "a.review.corrected", "我之前给沭阳县政府写过申请没给，后来走了复议……想问下2025年沭阳县信息公开方面的复议里被纠正的一共有几件", "story; 复议 纠正"),
        PV(z, "sy", "a.litigation_after_review.other", "沭阳县2025 复议后又打官司的 结果既不算维持也不算纠正的那种 几件", "colloquial 其他结果"),
        PV(z, "sy", "c.fees.amount", "沭阳县政府2025年行政事业性收费收了多少钱（万元）", "money", **WAN),
        PV(z, "sy", "r.carried_over.natural_person", "沭阳2025 从上一年拖过来接着办的个人申请多少", "colloquial 上年结转, 自然人"),
        PV(z, "sy", "r.granted.legal_services", "沭阳县2025年律所来申请、全部给公开了的 几件", "法律服务机构 予以公开"),
        PV(z, "sy", "r.partially_granted.total", "沭阳2025只给了一部分内容的申请多少件", "colloquial 部分公开"),
        PV(z, "hz23", "r.withheld.enforcement_files.total", "洪泽区2023年因为是执法案卷材料所以没公开的 有没有 几件", "colloquial 执法案卷"),
        PV(z, "hz23", "r.unable.needs_creation.total", "洪泽23年 需要另外加工整理才能给、所以没提供的 多少件", "colloquial 另行制作"),
        PV(z, "hz23", "a.review.upheld", "洪泽区政府2023年信息公开行政复议 维持原来决定的有几件", "复议 维持"),
        PV(z, "hz23", "c.punishment.decisions", "洪泽2023年行政处罚一共做了多少个决定", "行政处罚"),
        PV(z, "hz23", "r.partially_granted.natural_person", "洪泽区2023年个人申请里只公开了一部分的几件", "部分公开 自然人"),
        PV(z, "jx", "r.unable.not_held.total", "涧西区政府办2020年 回复说本机关不掌握的有几件", "本机关不掌握"),
        PV(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购花了多少万", "money (2019 format)", **WAN),
        PV(z, "jx", "r.granted.total", "涧西2020年依申请的 直接同意公开的多少件", "予以公开"),
        PV(z, "jx", "a.litigation_after_review.upheld", "涧西区人民政府办公室2020年 复议完还不服又去起诉的 法院维持的几件", "复议后起诉 维持"),
        PV(z, "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年，个人来申请、结果说要另外制作所以给不了的，多少件", "另行制作 自然人"),
        PV(z, "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019 个人申请被认定为信访举报投诉、不予处理的有多少", "信访类 自然人"),
        PV(z, "sh19", "r.withheld.admin_query.commercial", "上海市府办2019年企业申请被归成行政查询事项没公开的几件", "行政查询 商业企业"),
        PV(z, "sh19", "c.procurement.projects", "2019年上海市政府办公厅政府集中采购项目有几个", "采购项目数"),
        PV(z, "sh19", "a.litigation_direct.pending", "上海市府办2019年直接去法院告、到年底还没判完的几件", "直接起诉 尚未审结"),
        PV(z, "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 申请写得稀里糊涂说不清要啥 最后没法提供的个人申请多少件", "colloquial 申请内容不明确"),
        PV(z, "hz24", "r.unable.not_held.total", "洪泽区2024年 区里说手头压根没有这信息的 多少件", "text cell; 不掌握"),
        PV(z, "hz24", "c.licensing.decisions", "洪泽24年行政许可决定数", "text cell; terse"),
        PV(z, "kw", "r.received.commercial", "上海科委2024年企业交上来的信息公开申请几件", "text cell; 商业企业"),
        PV(z, "kw", "c.licensing.decisions", "市科委2024年行政许可处理决定多少", "text cell"),
        PV(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年 没现成东西要另外做才能给、所以没提供的 多少", "text cell; 另行制作"),
        PV(z, "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025 同样的申请又交了一遍、算重复申请不予处理的多少件", "text cell; 重复申请"),
        PV(z, "sh25", "r.carried_forward.total", "上海市府办2025年还没办完、挪到下一年接着办的申请多少件", "text cell; 结转下年"),
        PV(z, "sy", "r.received.commercial", "沭阳2025年做生意的公司新递交的申请有几件", "商业企业 colloquial"),
        # ---------------- en
        PV(e, "ha", "r.withheld.prohibited_by_law.total", "Huai'an city gov 2024 — how many requests were refused because some other law or regulation forbids releasing it?", "其他法律行政法规禁止公开"),
        PV(e, "ha", "r.unable.unclear.total", "huaian 2024 requests where they couldnt even tell what the person wanted so nothing provided - how many", "申请内容不明确, phone English"),
        PV(e, "ha", "r.not_processed.duplicate.total", "In 2024, how many times did Huai'an turn somebody down just for sending in the same request again?", "重复申请 paraphrase"),
        PV(e, "ha", "r.other.other.total", "Huai'an 2024 table 3, 'other handling' -> the catch-all item 3 (其他). number?", "（六）3 其他"),
        PV(e, "ha", "a.review.pending", "how many admin reconsideration cases about disclosure were still undecided at the end of 2024 for Huai'an?", "复议 尚未审结; text states it too", alt=alt(HA_AP, 37)),
        PV(e, "ha", "a.litigation_direct.upheld", "Huaian FY2024: lawsuits filed straight in court, no reconsideration first, where the court sided with the government?", "直接起诉 维持"),
        PV(e, "ha", "r.received.commercial", "how many disclosure requests did businesses send to the Huai'an municipal government in 2024", "商业企业"),
        PV(e, "ha", "c.normative_docs.repealed", "Huai'an 2024 — how many normative documents were struck off the books that year?", "废止 paraphrase"),
        PV(e, "ha", "c.punishment.decisions", "Number of administrative penalty decisions (行政处罚) for Huai'an in 2024?", "English with Chinese label"),
        PV(e, "ha", "r.granted.legal_services", "law firms asking Huai'an gov in 2024, how many of them got everything they asked for?", "予以公开 法律服务机构"),
        PV(e, "ha", "r.withheld.state_secret.total", "In 2024 how many Huai'an requests were denied because the info was a state secret?", "国家秘密"),
        PV(e, "ha", "r.carried_forward.total", "Huai'an 2024: requests that were still open at year end and got rolled over into 2025?", "结转下年; text states it too", alt=alt(HA, 103)),
        PV(e, "sy", "r.withheld.security_stability.total", "Shuyang County 2025, requests refused because releasing them would put security or social stability at risk?", "三安全一稳定"),
        PV(e, "sy", "r.withheld.third_party.total", "Shuyang 2025 — refusals made to protect somebody else's lawful rights, how many", "第三方合法权益"),
        PV(e, "sy", "r.unable.needs_creation.total", "In 2025 Shuyang County said 'we would have to compile it from scratch' — how many requests ended like that?", "另行制作 paraphrase"),
        PV(e, "sy", "r.not_processed.petition.total", "Shuyang county govt 2025: applications that were really complaints or petitions and so not handled as disclosure requests?", "信访举报投诉类"),
        PV(e, "sy", "r.other.overdue_correction.total", "Shuyang 2025: applicant was asked to fix up the request, never did, file closed — count?", "逾期不补正"),
        PV(e, "sy", "r.other.overdue_fee.total", "Shuyang County 2025 how many requests dropped cuz the applicant didnt pay the fee in time", "逾期未缴费"),
        PV(e, "sy", "a.review.upheld", "Shuyang 2025 reconsideration cases where the original decision stood?", "复议 维持"),
        PV(e, "sy", "a.review.pending", "For Shuyang County in 2025, how many reconsideration appeals had not been concluded yet?", "复议 尚未审结"),
        PV(e, "sy", "a.litigation_after_review.upheld", "Shuyang 2025 lawsuits after reconsideration (复议后起诉) — how many did the government win?", "复议后起诉 维持"),
        PV(e, "sy", "c.normative_docs.in_force", "How many normative documents does Shuyang have in effect according to its 2025 report?", "现行有效"),
        PV(e, "sy", "r.total_processed.total", "Shuyang 2025, total requests actually dealt with and closed during the year?", "办理总计; text states 718", alt=alt(SY, 718)),
        PV(e, "sy", "r.received.legal_services", "Shuyang County 2025 - legal service agencies filed how many new requests?", "法律服务机构"),
        PV(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: were any requests refused on state-secret grounds? how many", "国家秘密"),
        PV(e, "hz23", "r.not_processed.petition.total", "Hongze 2023 — number of applications treated as letters-and-visits complaints and not processed", "信访类"),
        PV(e, "hz23", "c.fees.amount", "Hongze District gov 2023 administrative fees collected, in units of 10k yuan?", "money", **WAN),
        PV(e, "hz23", "r.unable.not_held.total", "In 2023 how often did Hongze District reply that it simply doesn't have the information?", "不掌握"),
        PV(e, "hz23", "c.normative_docs.repealed", "hongze 2023 normative documents repealed??", "废止"),
        PV(e, "jx", "r.received.total", "Jianxi District office, 2020 — how many info requests came in new that year?", "text states 17", alt=alt(JX, 17)),
        PV(e, "jx", "r.carried_forward.total", "Jianxi 2020: requests still being worked on at year end and pushed on to 2021", "text states 在办 2", alt=alt(JX, 2)),
        PV(e, "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District government office newly produce in 2020?", "本年新制作 (2019 format)"),
        PV(e, "jx", "a.review.upheld", "Jianxi district 2020 — reconsideration outcomes: how many upheld?", "复议 维持"),
        PV(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019, requests from private individuals turned down as state secrets?", "国家秘密 自然人"),
        PV(e, "sh19", "r.unable.not_held.commercial", "Shanghai municipal government general office 2019: companies told 'we don't hold that information' - how many?", "不掌握 商业企业"),
        PV(e, "sh19", "r.withheld.internal_affairs.natural_person", "In 2019, how many individuals' requests did the Shanghai General Office refuse as purely internal matters?", "内部事务 自然人"),
        PV(e, "sh19", "r.received.total", "Total new requests received by Shanghai's municipal general office in 2019?", "text states 859", alt=alt(SH19, 859)),
        PV(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total number of regulations publicly available (对外公开总数量)?", "规章 对外公开总数"),
        PV(e, "sh19", "r.not_processed.duplicate.commercial", "Shanghai Gen Office 2019 — repeat applications from businesses that were not processed?", "重复申请 商业企业"),
        PV(e, "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions count", "text cell"),
        PV(e, "hz24", "r.granted.total", "Hongze 2024 — requests where the district just released everything asked for?", "text cell; 予以公开"),
        PV(e, "kw", "r.received.natural_person", "STCSM 2024: how many new requests came from private citizens?", "text cell; 自然人"),
        PV(e, "kw", "c.normative_docs.in_force", "Shanghai science commission — normative documents currently valid per its 2024 report?", "text cell; 现行有效"),
        PV(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025, requests answered with 'this office does not hold the info'?", "text cell; 不掌握"),
        PV(e, "sh25", "r.carried_over.legal_services", "Shanghai municipal gov general office 2025 — requests from law firms carried in from 2024?", "text cell; 上年结转 法律服务机构"),
    ]


def SUMS():
    z, e = "zh", "en"
    wh = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        SM(z, "ha", wh, "淮安2024年不予公开的那八种理由 全部加起来一共多少件（按八个小项相加）", "eight 不予公开 sub-items"),
        SM(z, "sy", ["r.unable.%s.total" % s for s in L.UNABLE], "沭阳县2025年 三种没法提供的情况合计多少", "three 无法提供 sub-items"),
        SM(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开的复议 加上直接起诉和复议后起诉的官司 一共多少件", "appeals totals; text states 74", alt=alt("74 件", 74)),
        SM(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全给的加上只给了一部分的 合起来多少", "予以公开 + 部分公开"),
        SM(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 说没有这信息的和说要另外制作的 两种加一起几件", "two 无法提供 sub-items"),
        SM(z, "sh19", ["r.granted.natural_person", "r.partially_granted.natural_person"], "上海市府办2019年个人申请里 公开的和部分公开的加一起多少", "自然人 columns (totals printed blank)"),
        SM(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接诉讼、复议后诉讼三样加起来几件", "appeals totals"),
        SM(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025 信访类的加上重复申请的 这两种不予处理一共多少", "two 不予处理 sub-items"),
        SM(e, "ha", ["r.other.%s.total" % s for s in L.OTHER21], "Huai'an 2024: add up the three 'other handling' items (no correction, no fee paid, other) — total?", "three 其他处理 sub-items"),
        SM(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "how many disclosure lawsuits in total did Huai'an face in 2024, both kinds together?", "both litigation totals; text states 46", alt=alt(HA_AP, 46)),
        SM(e, "sy", ["r.received.natural_person", "r.carried_over.natural_person"], "Shuyang 2025: requests from individuals, new ones plus the ones carried in from 2024 — together?", "自然人 新收+结转; text states 741", alt=alt(SY, 741)),
        SM(e, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"], "Shanghai General Office 2019, complaint-type applications not processed: individuals plus companies combined?", "信访类 two columns"),
        SM(e, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023 — licensing, penalty and coercion decisions, all three added up?", "three 处理决定 rows"),
        SM(e, "ha", ["r.received.total", "r.carried_over.total"], "Huai'an 2024 new requests plus ones carried over from 2023, sum please", "新收 + 上年结转"),
        SM(e, "sy", wh, "Shuyang County 2025: all the withholding reasons summed (the 8 sub-rows of 不予公开)?", "eight 不予公开 sub-items"),
        SM(e, "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: newly made regulations plus newly made normative documents?", "规章 + 规范性文件 本年新制作"),
    ]


def DIFFS():
    z, e = "zh", "en"
    return [
        DF(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定 2024年比2023年多了还是少了 差多少"),
        DF(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽 说本机关不掌握的申请 24年比23年变化了多少"),
        DF(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请 2025年跟2019年比 增加了多少件", alt=alt(SH25, 1295)),
        DF(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅 结转到下一年的申请 2019年到2025年涨了多少"),
        DF(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2023年到2024年变了多少"),
        DF(e, "sh19", "sh25", "a.review.total", "Shanghai General Office reconsideration cases: change from 2019 to 2025?"),
        DF(e, "sh19", "sh25", "a.litigation_direct.total", "shanghai gen office direct lawsuits (no reconsideration first), 2025 vs 2019 difference"),
        DF(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercive-measure decisions: how much did they go up or down from 2023 to 2024?"),
        DF(e, "hz23", "hz24", "c.normative_docs.in_force", "By how many did Hongze's stock of valid normative documents change between 2023 and 2024?"),
        DF(e, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office: requests inherited from the prior year, 2025 figure minus 2019 figure?", alt=alt(SH25, 189)),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        RK(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019 这三家谁新收的申请最多"),
        RK(z, ["hz23", "jx", "sy"], "r.unable.not_held.total", "asc", "洪泽2023 涧西2020 沭阳2025 哪家回复“不掌握”的最少"),
        RK(z, ["ha", "sy", "hz23", "jx"], "a.review.upheld", "desc", "淮安2024、沭阳2025、洪泽2023、涧西2020，复议维持最多的是哪家？"),
        RK(z, ["sy", "sh19", "ha"], "r.carried_forward.total", "asc", "比一下 沭阳县2025年、上海市政府办公厅2019年、淮安市2024年 谁留到下一年的申请最少"),
        RK(z, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数：淮安2024年、洪泽2023年、沭阳2025年哪个最多"),
        RK(z, ["sh19", "sy", "hz23"], "r.received.natural_person", "asc", "上海市府办2019年 沭阳2025年 洪泽区2023年 个人新申请谁最少"),
        RK(z, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼 淮安市2024 沭阳县2025 上海市府办2019 哪家最多"),
        RK(e, ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Which collected the most in administrative fees: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        RK(e, ["sy", "ha", "sh19", "jx"], "r.carried_over.total", "desc", "Of Shuyang 2025, Huai'an 2024, Shanghai General Office 2019 and Jianxi 2020, who started the year with the biggest backlog of requests?"),
        RK(e, ["jx", "hz23", "sh19"], "a.litigation_direct.total", "asc", "fewest direct lawsuits: Jianxi 2020, Hongze 2023 or Shanghai General Office 2019?"),
        RK(e, ["sy", "ha", "hz23"], "c.coercion.decisions", "asc", "Lowest number of administrative coercion decisions among Shuyang 2025, Huai'an 2024, Hongze 2023?"),
        RK(e, ["ha", "sy", "sh19", "hz23"], "r.total_processed.total", "desc", "Rank by requests handled in the year — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Hongze 2023 — who's top?"),
        RK(e, ["sy", "hz23", "ha"], "c.normative_docs.in_force", "desc", "who has the most normative docs in force: Shuyang (2025), Hongze (2023), Huai'an (2024)?"),
    ]


def NARRATIVES():
    z, e = "zh", "en"
    return [
        NR(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年一共开了几场新闻发布会"),
        NR(z, "ha", "公报》6 期", 6, "期", "淮安市人民政府公报2024年出了几期"),
        NR(z, "ha", "政务新媒体共计 95个", 95, "个", "淮安2024年在运维的政务新媒体号有多少个"),
        NR(z, "ha", "3940", 3940, "元", "淮安市政府2024年收了多少信息处理费 按元算"),
        NR(z, "sy", "催办提示 84 次", 84, "次", "沭阳那个倒计时报警器2025年一共发了多少次催办提醒"),
        NR(z, "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年巡检 整改了多少处打不开的链接"),
        NR(z, "sy", "过期信息697条", 697, "条", "沭阳2025年清理掉的过时信息有多少条"),
        NR(z, "sy", "爆款内容52条", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款"),
        NR(z, "sy", "64家单位", 64, "家", "沭阳2025年集中发布年报的单位有几家"),
        NR(z, "sy", "开展意见征集9期", 9, "期", "沭阳县门户网站2025年搞了几期意见征集"),
        NR(z, "sy", "化解各类争议纠纷 33 件", 33, "件", "沭阳2025年通过办前沟通化解了多少件争议纠纷"),
        NR(z, "sy", "380元", 380, "元", "沭阳县2025年办申请收的信息处理费一共多少元"),
        NR(z, "kw", "直播 118 场", 118, "场", "上海科委2024年搞了多少场直播"),
        NR(z, "kw", "主合办政协提案 85 件", 85, "件", "市科委2024年主办合办的政协提案有多少件"),
        NR(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年报里写的 市政府开了几场新闻通气会"),
        NR(z, "sh25", "申请人主动撤回 157 件", 157, "件", "上海市府办2025年 申请人自己主动撤回的申请有多少"),
        NR(z, "sh25", "10 个语种", 10, "个", "上海市政府办公厅2025年报里 上海国际服务门户覆盖了几个语种"),
        NR(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年报 对市政府常务会议重要议题权威发布了多少次"),
        NR(z, "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        NR(z, "jx", "601项事项", 601, "项", "涧西区2020年梳理细化出来的公开事项一共多少项"),
        NR(e, "ha", "政策解读21 个", 21, "个", "How many policy explainers did Huai'an put out in 2024?"),
        NR(e, "ha", "4 次政府信息公开栏目", 4, "次", "Huai'an 2024: how many full sweeps of the disclosure columns were carried out?"),
        NR(e, "sy", "主动公开政府信息4511条", 4511, "条", "How many items did Shuyang's county portal push out proactively in 2025?"),
        NR(e, "sy", "短视频1113个", 1113, "个", "Shuyang 2025 - number of home-made short clips they posted?"),
        NR(e, "sy", "2606篇", 2606, "篇", "how many news write-ups did Shuyang's new-media team gather in 2025"),
        NR(e, "sy", "办前主动沟通 49 次", 49, "次", "Shuyang 2025: how many times did staff reach out to applicants before handling a request?"),
        NR(e, "sy", "各类错误信息83处", 83, "处", "In 2025, how many mistakes of various sorts did Shuyang fix on its website?"),
        NR(e, "sy", "发布信息3044条", 3044, "条", "Shuyang 2025: county departments posted how many items on their disclosure pages?"),
        NR(e, "kw", "1016823", 1016823, "人", "how many people follow the science commission's WeChat account per its 2024 report"),
        NR(e, "kw", "粉丝数54373", 54373, "人", "STCSM 2024 video channel — how many fans?"),
        NR(e, "kw", "集成式发布政策 121 条", 121, "条", "Shanghai science commission 2024: policies pushed in bulk through the integrated release — how many?"),
        NR(e, "kw", "5 个高频事项", 5, "个", "How many high-demand services did STCSM link policy docs to in 2024?"),
        NR(e, "sh25", "新闻发布会 42 场", 42, "场", "Shanghai General Office 2025 report: how many press conferences did the city government hold?"),
        NR(e, "sh25", "公报》24 期", 24, "期", "According to the Shanghai General Office 2025 report, how many issues of the city gazette came out?"),
        NR(e, "sh25", "16 个区", 16, "个", "Shanghai General Office 2025: how many districts moved their gazette onto a digital version?"),
        NR(e, "sh25", "公开属性审查 166 件", 166, "件", "Shanghai General Office 2025 — documents screened for whether they should be made public: how many?"),
        NR(e, "sh19", "接入53个部门", 53, "个", "Shanghai General Office 2019 report: how many departments were hooked up to the one-stop online service intake platform?"),
        NR(e, "sh19", "70家政府网站", 70, "家", "Shanghai General Office, 2019: how many government websites got a full check every quarter?"),
        NR(e, "sh19", "回落12.3%", 12.3, "%", "Shanghai General Office 2019 — by what percent did applications fall compared with 2018?"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安2024年信息公开复议 最后被纠正的几件", E("ha", "a.review.corrected", alt=alt(HA_AP, 64))),
               ("换沭阳县2025年看看", E("sy", "a.review.corrected"))], "switch body"),
        FU(z, [("沭阳县2025年 说是内部事务不给公开的多少件", E("sy", "r.withheld.internal_affairs.total")),
               ("淮安市2024年同样这一项是多少", E("ha", "r.withheld.internal_affairs.total"))], "switch body and year"),
        FU(z, [("淮安2024年 个人申请的 政府说没有这信息的 多少", E("ha", "r.unable.not_held.natural_person")),
               ("那企业申请的呢", E("ha", "r.unable.not_held.commercial")),
               ("律所的呢", E("ha", "r.unable.not_held.legal_services"))], "switch column twice"),
        FU(z, [("洪泽区2023年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
               ("换成24年呢", E("hz24", "c.licensing.decisions"))], "switch year (2024 text cell)"),
        FU(z, [("上海市府办2019年个人新递的申请多少件", E("sh19", "r.received.natural_person")),
               ("2025年呢？", E("sh25", "r.received.natural_person"))], "switch year (2025 text cell)"),
        FU(z, [("涧西区2020年 没经过复议直接打官司 法院维持的几件", E("jx", "a.litigation_direct.upheld")),
               ("淮安市2024年呢", E("ha", "a.litigation_direct.upheld"))], "switch body"),
        FU(z, [("沭阳2025 通知缴费过期不交、就不处理了的 几件", E("sy", "r.other.overdue_fee.total")),
               ("那让补正材料、超期不补的呢", E("sy", "r.other.overdue_correction.total"))], "switch sub-item"),
        FU(z, [("淮安市2024年 因为是过程性信息没公开的 几件", E("ha", "r.withheld.process_info.total")),
               ("沭阳县2025年呢", E("sy", "r.withheld.process_info.total")),
               ("洪泽23年呢", E("hz23", "r.withheld.process_info.total"))], "switch body twice"),
        FU(z, [("沭阳2025年办不完转到下一年的有几件", E("sy", "r.carried_forward.total", alt=alt(SY, 31))),
               ("淮安2024呢", E("ha", "r.carried_forward.total", alt=alt(HA, 103)))], "switch body; both texts state it"),
        FU(z, [("上海科委2024年依申请 同意公开的几件", E("kw", "r.granted.total", alt=alt("同意公开答复 9", 9))),
               ("上海市府办2025年呢", E("sh25", "r.granted.total"))], "switch body (text cells)"),
        FU(z, [("淮安2024年 现在还有效的行政规范性文件多少件", E("ha", "c.normative_docs.in_force")),
               ("那当年新发的几件", E("ha", "c.normative_docs.issued"))], "switch column"),
        FU(z, [("沭阳县2025年直接起诉的官司 维持的几件", E("sy", "a.litigation_direct.upheld")),
               ("复议完再起诉的那种维持呢", E("sy", "a.litigation_after_review.upheld"))], "switch appeals group"),
        FU(z, [("淮安2024年 个人重复申请被不予处理的多少", E("ha", "r.not_processed.duplicate.natural_person")),
               ("沭阳2025年同一项", E("sy", "r.not_processed.duplicate.natural_person"))], "switch body"),
        FU(z, [("上海市政府办公厅2019年 个人申请因为是过程性信息没公开的几件", E("sh19", "r.withheld.process_info.natural_person")),
               ("企业的呢", E("sh19", "r.withheld.process_info.commercial"))], "switch column"),
        FU(z, [("洪泽区2023年 申请直接全部公开的有几件", E("hz23", "r.granted.total")),
               ("24年呢", E("hz24", "r.granted.total"))], "switch year (2024 text cell)"),
        FU(z, [("沭阳县2025年行政许可处理决定多少", E("sy", "c.licensing.decisions")),
               ("行政处罚呢", E("sy", "c.punishment.decisions")),
               ("行政强制呢", E("sy", "c.coercion.decisions"))], "switch row twice"),
        FU(z, [("淮安2024年 让补正过期不补、不再处理的 一共几件", E("ha", "r.other.overdue_correction.total")),
               ("沭阳2025年呢", E("sy", "r.other.overdue_correction.total"))], "switch body"),
        FU(z, [("涧西区2020年政府集中采购项目几个", E("jx", "c.procurement.projects")),
               ("上海市府办2019年呢", E("sh19", "c.procurement.projects"))], "switch body"),
        FU(z, [("淮安2024年复议后又起诉的 被纠正的几件", E("ha", "a.litigation_after_review.corrected")),
               ("结果算其他的呢", E("ha", "a.litigation_after_review.other")),
               ("还没审完的呢", E("ha", "a.litigation_after_review.pending"))], "switch outcome column twice"),
        FU(z, [("上海市府办2025年行政复议总共多少件", E("sh25", "a.review.total")),
               ("直接起诉的呢", E("sh25", "a.litigation_direct.total")),
               ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], "switch appeals group twice (text cells)"),
        FU(e, [("Huai'an 2024: individuals told 'that's an administrative inquiry, not a disclosure request' — how many?", E("ha", "r.withheld.admin_query.natural_person")),
               ("and Shuyang 2025?", E("sy", "r.withheld.admin_query.natural_person"))], "switch body"),
        FU(e, [("Shuyang County 2025 — how many requests where the office said it has no such information?", E("sy", "r.unable.not_held.total")),
               ("Same for Huai'an in 2024?", E("ha", "r.unable.not_held.total"))], "switch body"),
        FU(e, [("Shanghai General Office 2019: requests rolled into the following year?", E("sh19", "r.carried_forward.total", alt=alt(SH19, 72))),
               ("what about 2025", E("sh25", "r.carried_forward.total"))], "switch year"),
        FU(e, [("Huai'an 2024 administrative fee revenue (万元)?", E("ha", "c.fees.amount", **WAN)),
               ("Hongze District 2023?", E("hz23", "c.fees.amount", **WAN))], "switch body (money)"),
        FU(e, [("Shuyang 2025: reconsideration cases that ended some other way, neither upheld nor corrected?", E("sy", "a.review.other")),
               ("Huai'an 2024?", E("ha", "a.review.other", alt=alt(HA_AP, 178)))], "switch body"),
        FU(e, [("Hongze District 2023 administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
               ("and for 2024", E("hz24", "c.coercion.decisions"))], "switch year (text cell)"),
        FU(e, [("STCSM 2024 — how many requests came in new during the year?", E("kw", "r.received.total", alt=alt(KW_IN, 34))),
               ("and how many were left over from 2023?", E("kw", "r.carried_over.total", alt=alt(KW_IN, 2))),
               ("total handled?", E("kw", "r.total_processed.total"))], "switch row twice (text cells)"),
        FU(e, [("Huai'an 2024: companies that got full disclosure?", E("ha", "r.granted.commercial")),
               ("and companies that only got part of it?", E("ha", "r.partially_granted.commercial"))], "switch row"),
        FU(e, [("Shuyang 2025: repeat requests that were not processed?", E("sy", "r.not_processed.duplicate.total")),
               ("how about Huaian in 2024", E("ha", "r.not_processed.duplicate.total")),
               ("Shanghai General Office 2025?", E("sh25", "r.not_processed.duplicate.total"))], "switch body twice"),
        FU(e, [("Shanghai General Office 2019, how many normative documents were publicly available in total?", E("sh19", "c.normative_docs.total_published")),
               ("and regulations?", E("sh19", "c.regulations.total_published"))], "switch row"),
        FU(e, [("Jianxi 2020: private persons whose requests were granted in full?", E("jx", "r.granted.natural_person")),
               ("Huai'an 2024 same thing", E("ha", "r.granted.natural_person"))], "switch body"),
        FU(e, [("Shuyang 2025, new requests received in the year (only the table's 本年新收, not counting carry-over)?", E("sy", "r.received.total")),
               ("and the carry-over from 2024?", E("sy", "r.carried_over.total"))], "switch row; 新收 713 vs text 749 (explicitly the table row)"),
        FU(e, [("Huai'an 2024: individuals refused because disclosure would hurt a third party?", E("ha", "r.withheld.third_party.natural_person")),
               ("same question for Shuyang, 2025", E("sy", "r.withheld.third_party.natural_person"))], "switch body"),
        FU(e, [("Shanghai General Office 2019 — direct lawsuits where the court upheld the office?", E("sh19", "a.litigation_direct.upheld")),
               ("Jianxi 2020?", E("jx", "a.litigation_direct.upheld"))], "switch body"),
        FU(e, [("Hongze District 2024: new normative documents issued?", E("hz24", "c.normative_docs.issued")),
               ("and the Shanghai science commission 2024?", E("kw", "c.normative_docs.issued", alt=alt("行政规范性文件 13 件", 13)))], "switch body (text cells)"),
        FU(e, [("Huai'an 2024 direct lawsuits still pending?", E("ha", "a.litigation_direct.pending")),
               ("and the ones filed after reconsideration?", E("ha", "a.litigation_after_review.pending"))], "switch appeals group"),
        FU(e, [("Shuyang 2025: requests granted in full?", E("sy", "r.granted.total")),
               ("partly?", E("sy", "r.partially_granted.total")),
               ("Huai'an 2024 full grants?", E("ha", "r.granted.total"))], "switch row, then body"),
        FU(e, [("Shanghai General Office 2025: applications treated as complaints/petitions and not processed?", E("sh25", "r.not_processed.petition.total")),
               ("and plain duplicates?", E("sh25", "r.not_processed.duplicate.total"))], "switch sub-item (text cells)"),
        FU(e, [("Hongze 2023: would-have-to-create-new-info refusals?", E("hz23", "r.unable.needs_creation.total")),
               ("Shuyang 2025?", E("sy", "r.unable.needs_creation.total"))], "switch body"),
    ]


def CANNOTS():
    z, e = "zh", "en"
    return [
        UN(z, "淮安2024年信息公开申请人里男的女的各多少", "sex breakdown not reported"),
        UN(z, "沭阳县2025年信息公开申请平均多少天答复完", "response times not reported"),
        UN(z, "我妈之前给沭阳县政府写过申请问拆迁补偿的事，2025年那份报告里能查到她那件办得咋样了吗", "one person's own case"),
        UN(z, "洪泽区2022年一共收到多少信息公开申请", "year not in the corpus (洪泽 2022)"),
        UN(z, "南京市政府2024年信息公开申请多少件", "body not in the corpus (南京市)"),
        UN(z, "淮安市2026年预计会收到多少申请", "forecast"),
        UN(z, "上海市府办2025年的申请主要是问啥的 比如房屋征收类占几成", "topic breakdown not reported"),
        UN(z, "沭阳2025年各个乡镇分别收到多少申请", "township breakdown not reported"),
        UN(z, "涧西区2021年年报里行政复议有几件", "year not in the corpus (涧西 2021)"),
        UN(z, "你觉得淮安2024年信息公开工作做得好不好", "opinion"),
        UN(z, "洪泽区2023年那些申请人的名字和电话能发我一份吗", "personal data"),
        UN(z, "上海科委2023年收到多少申请", "year not in the corpus (上海市科委 2023)"),
        UN(z, "淮安2024年 网上提交的申请和当面递交的各多少", "channel breakdown not reported"),
        UN(z, "沭阳2025年搞信息公开一共花了多少经费", "costs not reported"),
        UN(z, "宿迁市政府2025年主动公开了多少条信息", "body not in the corpus (宿迁市)"),
        UN(z, "上海市府办2019年第三季度收了多少申请", "quarter breakdown not reported"),
        UN(z, "淮安市政府2024年专门管信息公开的工作人员有几个人", "staff not reported"),
        UN(z, "沭阳县2025年被纠正的那些复议 分别是哪个部门的", "department breakdown not reported"),
        UN(z, "浦东新区2024年信息公开行政复议多少件", "body not in the corpus (浦东新区)"),
        UN(z, "洪泽区2024年申请人里外地户口的占多少", "residence breakdown not reported"),
        UN(e, "Huai'an 2024: how many of the applicants were over 60 years old?", "age breakdown not reported"),
        UN(e, "Shuyang 2025 requests by month — which month had the most?", "month breakdown not reported"),
        UN(e, "Shanghai General Office 2022, how many disclosure requests did it receive?", "year not in the corpus (上海市府办 2022)"),
        UN(e, "What will Shuyang County's request count be in 2027?", "forecast"),
        UN(e, "In your opinion is the Shanghai science commission doing a good job on transparency in 2024?", "opinion"),
        UN(e, "Hongze District 2023, how long on average did it take them to answer a request?", "response times not reported"),
        UN(e, "can u give me the home address of whoever filed the reconsideration against Jianxi District office in 2020", "personal data"),
        UN(e, "Huai'an 2024: how many requests were about land takings and demolition?", "topic breakdown not reported"),
        UN(e, "Qingjiangpu District 2024 number of disclosure requests?", "body not in the corpus (清江浦区)"),
        UN(e, "Shanghai General Office 2025: how many requests were filed by foreign nationals?", "nationality breakdown not reported"),
        UN(e, "How many requests did the Jianxi District office receive in 2019?", "year not in the corpus (涧西 2019)"),
        UN(e, "Shuyang 2025: how many applicants were manufacturing companies?", "industry breakdown not reported"),
        UN(e, "My neighbour applied to Huai'an city in 2024 about her pension — was hers granted?", "one person's own case"),
        UN(e, "Hongze 2024 — what did the district spend on salaries for its disclosure staff?", "costs and staff not reported"),
        UN(e, "STCSM 2024: split the requests by which Shanghai district the applicants live in", "residence breakdown not reported"),
        UN(e, "Beijing municipal government 2024 — number of disclosure requests?", "body not in the corpus (北京市)"),
        UN(e, "Shanghai General Office 2019: of the requests, how many came in by email?", "channel breakdown not reported"),
        UN(e, "Huai'an 2025 report: how many requests did the city get?", "year not in the corpus (淮安 2025)"),
        UN(e, "Shuyang 2025: which official personally handled the most requests?", "staff / personal data not reported"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        TR(z, "ha", "r.carried_over.total", "淮安2024年 上一年没办完、转到这一年来接着办的 几件", "上年结转 vs 结转下年", alt=alt(HA, 34)),
        TR(z, "sy", "a.litigation_after_review.total", "沭阳2025年 先申请复议、对复议不满意再去法院起诉的 一共几件", "复议后起诉 vs 直接起诉"),
        TR(z, "ha", "r.unable.needs_creation.natural_person", "淮安2024 个人申请的 政府说有是有但得另外整理加工才行 所以没给的 几件", "另行制作 vs 不掌握"),
        TR(z, "sy", "r.withheld.process_info.total", "沭阳2025 因为是讨论研究过程中的材料、还没定下来所以不公开的 几件", "过程性信息 vs 内部事务"),
        TR(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年 规范性文件对外公开的总数是多少 不是当年新做的那个", "对外公开总数 vs 新制作"),
        TR(z, "ha", "a.review.other", "淮安2024年复议结果既没维持也没纠正、算其他的那些 有几件", "其他结果 vs 纠正", alt=alt(HA_AP, 178)),
        TR(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购 采购了几个项目（问的是个数不是钱）", "采购项目数 vs 金额"),
        TR(e, "sy", "r.partially_granted.total", "Shuyang 2025 — requests where only part of what was asked got released; how many?", "部分公开 vs 予以公开"),
        TR(e, "ha", "r.received.legal_services", "Huai'an 2024 new requests from law firms (not ordinary companies)?", "法律服务机构 vs 商业企业"),
        TR(e, "sh19", "r.carried_over.total", "Shanghai General Office 2019: requests inherited from 2018 that were still pending when 2019 started?", "上年结转 vs 结转下年", alt=alt(SH19, 18)),
        TR(e, "sy", "c.normative_docs.repealed", "Shuyang 2025: normative documents annulled during the year (not the newly issued ones)?", "废止 vs 制发"),
        TR(e, "ha", "a.litigation_direct.total", "Huai'an 2024 court cases brought without going through reconsideration first — total?", "直接起诉 vs 复议后起诉"),
        TR(e, "sy", "r.unable.not_held.natural_person", "Shuyang 2025 individuals told the office doesn't have that info at all (not the 'would need to be created' ones)?", "不掌握 vs 另行制作"),
    ]


def CONVERSATIONS():
    return VALUES() + SUMS() + DIFFS() + RANKS() + NARRATIVES() + FOLLOWUPS() + CANNOTS() + TRAPS()
