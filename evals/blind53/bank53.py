"""Question bank of blind set 53 (evals/blind53). Every wording written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers53 computes them from gold/*.json or
from the printed rows named in SPECS (the cells blind6 verified). Narrative numbers are checked
against a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib53 as L  # noqa: E402
import helpers53 as H  # noqa: E402
from helpers53 import C, E, EN, EU, ED, ER  # noqa: E402

SPECS = {
    'hz24': {
        'active.coercion.decisions': ('row', '行政强制', 0),
        'active.fees.amount': ('row', '行政事业性收费', 0),
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '行政规范性文件', 2),
        'active.normative_docs.issued': ('row', '行政规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14),
        'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9),
        'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6),
    },
    'kw': {
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '规范性文件', 2),
        'active.normative_docs.issued': ('row', '规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '三、（一）予以公开', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
    },
    'sh25': {
        'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14),
        'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8),
        'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9),
        'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3),
        'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4),
        'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6),
        'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6),
        'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6),
    },
}
L.TEXT_SPECS.update(SPECS)

CS = []


def tag(t, c):
    c["note"] = t + " " + c["note"]
    CS.append(c)


def v(lang, b, keys, q, note="table value", **kw):
    tag("[plain]", C("value", lang, [(q, EE(b, keys, **kw))], note))


def tr(lang, b, keys, q, note, **kw):
    tag("[neighbour]", C("trap", lang, [(q, EE(b, keys, **kw))], note))


def sm(lang, b, keys, q, note="sum of the listed cells", **kw):
    tag("[combine]", C("sum", lang, [(q, E(b, keys, **kw))], note))


def df(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    tag("[combine]", C("difference", lang, [(q, ED(b1, b2, keys, **kw))], note))


def rk(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    tag("[rank]", C("ranking", lang, [(q, ER(bodies, keys, order))], note))


def nr(lang, b, kw, val, unit, q, note="number stated only in the text"):
    tag("[textonly]", C("narrative", lang, [(q, EN(b, kw, val, unit))], note))


def un(lang, q, why):
    tag("[cannot]", C("unanswerable", lang, [(q, EU(why))], "no answer in the corpus"))


def fu(lang, turns, note):
    tag("[followup]", C("followup", lang, turns, note))


WAN = {"unit": "万元"}
HA_REC = ("全市共受理政府信息公开申请", 3119)
SH19_REC = ("代表市政府共受理政府信息公开申请", 859)
SH19_FWD = ("顺延到下", 72)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
HA_APP = "政府信息公开行政复议"
# (body, key) -> (keyword, number): text and table both state the number (ambiguous, both pass)
ALTS = {
    ("ha", "requests.received.total"): HA_REC,
    ("ha", "requests.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "requests.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "requests.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "appeals.review.total"): (HA_APP, 351),
    ("ha", "appeals.review.upheld"): (HA_APP, 72),
    ("ha", "appeals.review.corrected"): (HA_APP, 64),
    ("ha", "appeals.review.other"): (HA_APP, 178),
    ("ha", "appeals.review.pending"): (HA_APP, 37),
    ("sh19", "requests.received.total"): SH19_REC,
    ("sh19", "requests.carried_forward.total"): SH19_FWD,
    ("sh25", "requests.received.total"): SH25_REC,
    ("sy", "requests.total_processed.total"): ("共办理", 718),
    ("sy", "requests.carried_forward.total"): ("共办理", 31),
    ("kw", "requests.received.total"): ("上年结转政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("上年结转政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("hz23", "requests.received.total"): ("全区受理政府信息公开申请", 21),
    ("jx", "requests.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "requests.total_processed.total"): ("全年共收到依申请公开", 15),
}


def EE(b, keys, **kw):
    """E, adding the text alternative of ALTS for a single key (unless alt is given)."""
    if isinstance(keys, str) and "alt" not in kw:
        a = ALTS.get((b, H.K(keys)))
        if a is not None:
            kw["alt"] = a
    if kw.get("alt", 1) is None:
        kw.pop("alt")
    return E(b, keys, **kw)


def build():
    # ---------------------------------------------------------------- [plain] value (91)
    v("zh", "ha", "r.received.total", "淮安市2024年一共收到多少份政府信息公开申请")
    v("zh", "ha", "r.total_processed.total", "我是淮安的 想知道2024年市政府到底办完了几件依申请公开")
    v("zh", "ha", "r.carried_forward.total", "淮安2024年没办完要拖到下一年继续办的申请有多少件")
    v("zh", "ha", "r.granted.total", "24年淮安市政府直接同意给公开的申请是多少")
    v("zh", "ha", "r.partially_granted.total", "淮安市人民政府2024年度报告里，只给了一部分信息的申请几件？")
    v("zh", "ha", "r.unable.not_held.total", "淮安2024 政府说自己手里没有这个信息 回了多少次")
    v("zh", "ha", "r.withheld.admin_query.total", "帮来电人问一下：2024年淮安市把申请当成行政查询事项、不予公开的有几件？")
    v("zh", "ha", "r.not_processed.petition.total", "二〇二四年淮安市，因为属于信访举报投诉被不予处理的申请有多少")
    v("zh", "ha", "r.other.overdue_correction.total", "淮安市2024年 申请人没按时补正材料那种 其他处理 多少件")
    v("zh", "ha", "a.review.total", "2024年淮安市因为信息公开被申请行政复议一共多少起", alt=None)
    v("zh", "ha", "a.litigation_direct.upheld", "淮安市2024，没经过复议直接去法院告的案子里，法院维持的有几件")
    v("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了多少件规范性文件")
    v("zh", "ha", "c.licensing.decisions", "淮安2024年行政许可决定做了多少个（表格那栏的数）")
    v("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费收了多少钱", **WAN)
    v("zh", "ha", "r.received.legal_services", "2024年淮安 律所这类法律服务机构递的申请有多少")
    v("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请是多少件？不算上一年结转过来的")
    v("zh", "sy", "r.granted.total", "我2024年帮我妈给沭阳县政府写过申请，最后给公开了。想问下2025年沭阳一共多少件是予以公开的")
    v("zh", "sy", "r.unable.not_held.total", "沭阳2025 本机关不掌握的 几件")
    v("zh", "sy", "r.withheld.internal_affairs.total", "2025年沭阳县以内部事务信息为由不公开的申请数？")
    v("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年报表里 其他处理 下面那个“其他”有多少件")
    v("zh", "sy", "r.carried_forward.total", "沭阳县2025年结转到下一年度接着办的有几件")
    v("zh", "sy", "a.review.pending", "25年沭阳县的行政复议还没审完的有多少")
    v("zh", "sy", "a.litigation_after_review.total", "沭阳2025年先复议、复议完又去起诉的行政诉讼总共几件")
    v("zh", "sy", "c.punishment.decisions", "沭阳县2025年行政处罚决定数量")
    v("zh", "sy", "c.normative_docs.in_force", "沭阳县政府截至2025年底现行有效的规范性文件有多少件")
    v("zh", "sy", "r.not_processed.duplicate.total", "2025年沭阳县 重复申请被不予处理的 是几件啊")
    v("zh", "hz23", "r.received.total", "洪泽区2023年收到几件依申请公开？")
    v("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年，因为要另外制作才能给、最后没提供的申请有几件")
    v("zh", "hz23", "c.punishment.decisions", "洪泽2023年行政处罚做了多少个决定")
    v("zh", "hz23", "a.review.upheld", "2023年洪泽区的信息公开行政复议里结果维持的有多少件")
    v("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023年末现行有效规范性文件几件")
    v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可的处理决定数量是多少")
    v("zh", "hz24", "r.granted.total", "你好 洪泽2024年予以公开的申请多少件")
    v("zh", "hz24", "a.review.total", "洪泽区人民政府2024年被申请行政复议的总数")
    v("zh", "hz24", "c.coercion.decisions", "2024年洪泽区行政强制决定有几个")
    v("zh", "kw", "r.received.natural_person", "上海市科委2024年收到的申请里自然人提的有几件")
    v("zh", "kw", "c.normative_docs.in_force", "市科委24年底现行有效规范性文件数量？")
    v("zh", "kw", "r.total_processed.total", "上海科委2024年度办理结果总计是多少")
    v("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年“本机关不掌握”无法提供的有多少件")
    v("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类不予处理的申请数")
    v("zh", "sh25", "a.review.total", "2025年上海市政府办公厅的信息公开行政复议有几件")
    v("zh", "sh25", "r.carried_forward.total", "上海市府办2025年结转下年度继续办理的是多少")
    v("zh", "sh19", "c.regulations.made", "上海市政府办公厅2019年本年新制作的规章有几件")
    v("zh", "sh19", "c.procurement.amount", "2019年上海市府办政府集中采购项目的总金额", **WAN)
    v("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年 自然人申请里需要另行制作所以没给的 有多少")
    v("zh", "jx", "r.received.total", "涧西区政府办2020年的报告里，收到申请数是多少")
    v("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个")
    v("en", "ha", "r.received.natural_person", "How many disclosure requests did private individuals send Huai'an city government in 2024?")
    v("en", "ha", "r.withheld.process_info.total", "Huaian 2024: requests refused because the info was process information (过程性信息)?")
    v("en", "ha", "r.unable.needs_creation.total", "In 2024, how many times did Huai'an say the info would have to be newly produced so couldn't give it")
    v("en", "ha", "r.withheld.state_secret.total", "huaian 2024 state secret refusals how many")
    v("en", "ha", "a.review.corrected", "For Huai'an in 2024, how many administrative reconsideration cases ended with the decision corrected (纠正)?")
    v("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024 — lawsuits filed after reconsideration that were still not concluded at year end?")
    v("en", "ha", "c.punishment.decisions", "I'm a journalist writing on enforcement. How many administrative penalty decisions does Huai'an's 2024 report list?")
    v("en", "ha", "c.regulations.in_force", "How many municipal regulations (规章) of Huai'an were still in force in 2024?")
    v("en", "ha", "c.coercion.decisions", "number of administrative compulsion decisions Huaian FY2024")
    v("en", "ha", "r.received.commercial", "Huai'an 2024, requests coming from companies (商业企业)?")
    v("en", "ha", "r.other.overdue_fee.total", "In 2024 how many Huai'an requests were closed because the applicant didn't pay the fee on time?")
    v("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024 repeat requests that got no processing — what's the count?")
    v("en", "sy", "r.received.natural_person", "Shuyang County 2025 — new requests from individual citizens in 2025, not counting ones carried over")
    v("en", "sy", "r.partially_granted.total", "How many requests did Shuyang County partly disclose in 2025?")
    v("en", "sy", "r.total_processed.total", "Shuyang county government, 2025: total requests handled (办理结果总计)?")
    v("en", "sy", "r.withheld.admin_query.total", "shuyang 2025 how many requests turned away as administrative inquiries")
    v("en", "sy", "a.review.corrected", "For Shuyang in 2025, reconsideration cases where the original decision was corrected?")
    v("en", "sy", "c.licensing.decisions", "Shuyang County administrative licensing decisions in 2025, please")
    v("en", "sy", "c.fees.amount", "What did Shuyang take in from administrative fees in 2025 (行政事业性收费)?", **WAN)
    v("en", "sy", "r.carried_over.total", "Shuyang 2025, how many requests were left over from the year before and carried into 2025?")
    v("en", "sy", "c.normative_docs.issued", "How many new normative documents did Shuyang County issue in 2025?")
    v("en", "sy", "a.litigation_direct.total", "Shuyang 2025 lawsuits filed directly, without reconsideration first — total?")
    v("en", "hz23", "r.partially_granted.total", "Hongze District 2023 partial disclosures count")
    v("en", "hz23", "c.licensing.decisions", "How many administrative licences did Hongze District decide in 2023?")
    v("en", "hz23", "c.fees.amount", "Hongze 2023 administrative fee revenue in the report?", **WAN)
    v("en", "hz23", "r.unable.not_held.total", "In 2023, how often did Hongze District answer that it did not hold the requested info?")
    v("en", "hz24", "c.punishment.decisions", "Hongze District, 2024: administrative penalty decisions?")
    v("en", "hz24", "r.unable.not_held.total", "Hongze 2024 — requests where the district said it does not have the info")
    v("en", "hz24", "a.litigation_direct.total", "How many direct lawsuits (直接起诉) did Hongze District face in 2024?")
    v("en", "kw", "c.licensing.decisions", "Shanghai science commission 2024 — how many licensing decisions?")
    v("en", "kw", "r.granted.total", "STCSM in 2024: how many requests were fully granted (予以公开)?")
    v("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai Science and Technology Commission issue in 2024?")
    v("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025, requests from natural persons")
    v("en", "sh25", "r.unable.needs_creation.total", "In 2025, how many requests did the Shanghai municipal government general office decline because the info would need to be created?")
    v("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025: direct lawsuits not yet concluded?")
    v("en", "sh25", "r.granted.total", "how many shanghai general office requests got full disclosure in 2025")
    v("en", "sh19", "r.received.total", "Shanghai General Office 2019 — total disclosure requests received?")
    v("en", "sh19", "c.normative_docs.total_published", "For 2019, what is the total number of normative documents published by the Shanghai General Office (对外公开总数量)?")
    v("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai 2019 general office: individuals' requests not processed as they were petitions/complaints")
    v("en", "sh19", "a.litigation_direct.total", "Shanghai General Office 2019 direct administrative lawsuits, total")
    v("en", "jx", "c.procurement.amount", "Jianxi District 2020 — total amount of centralized government procurement?", **WAN)
    v("en", "jx", "r.granted.total", "Jianxi District government office 2020: requests granted in full?")
    # ---------------------------------------------------------------- [neighbour] trap (13)
    tr("zh", "ha", "r.carried_over.total", "淮安市2024年 从上一年结转过来的申请有多少（不是转到下一年的）", "结转上年 vs 结转下年")
    tr("zh", "ha", "a.litigation_after_review.total", "淮安2024年经过复议以后又起诉的行政诉讼合计几件", "复议后起诉 vs 直接起诉")
    tr("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止的规范性文件（不是新制发的）几件", "废止 vs 制发")
    tr("zh", "ha", "r.unable.needs_creation.total", "淮安2024 需要另行制作的无法提供 多少件 别和不掌握的搞混", "另行制作 vs 不掌握")
    tr("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不予公开的是几件", "过程性信息 vs 内部事务")
    tr("zh", "sh19", "c.procurement.projects", "上海市府办2019年采购项目数是多少个（问的是个数不是金额）", "采购项目数 vs 金额")
    tr("zh", "ha", "r.received.legal_services", "淮安市2024年法律服务机构提交的申请数，不要商业企业的", "法律服务机构 vs 商业企业")
    tr("en", "ha", "c.normative_docs.in_force", "Huai'an 2024 normative documents currently in force (not the ones issued that year)?", "现行有效 vs 制发")
    tr("en", "ha", "a.review.other", "Huai'an 2024 reconsideration: how many had 'other outcome', not corrected?", "其他结果 vs 纠正")
    tr("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019: normative documents newly made that year — not the cumulative published total", "新制作 vs 对外公开总数")
    tr("en", "sy", "r.partially_granted.total", "Shuyang 2025 partial disclosure only — not the fully granted ones", "部分公开 vs 予以公开")
    tr("en", "sy", "r.carried_over.total", "Shuyang County 2025: carried in from the previous year (上年结转), not carried forward", "结转上年 vs 结转下年")
    tr("en", "ha", "a.litigation_direct.total", "Huai'an 2024 lawsuits brought straight to court, excluding ones after reconsideration", "直接起诉 vs 复议后起诉")
    # ---------------------------------------------------------------- [combine] sum (16)
    sm("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件")
    sm("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"], "淮安2024年行政复议已经审结的（维持+纠正+其他结果）合起来几件")
    sm("zh", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县2025年 内部事务、过程性信息、行政执法案卷 三种不公开加一起是多少")
    sm("zh", "sy", ["r.received.commercial", "r.received.legal_services"], "2025年沭阳县企业和法律服务机构新递交的申请合计", alt=("共办理", 8))
    sm("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开行政诉讼，直接起诉和复议后起诉加起来多少件", alt=(HA_APP, 46))
    sm("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025 信访类+重复申请 两种不予处理 一共几件")
    sm("zh", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "上海市府办2019年，企业、法律服务机构、其他组织三类申请人提交的申请总和")
    sm("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "学生作业：淮安市2024年报告第二部分，许可、处罚、强制三栏的决定数加总是多少")
    sm("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' sub-rows")
    sm("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending"], "Shuyang 2025, sum the reconsideration columns upheld, corrected, other and pending")
    sm("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024 — total of requests from companies, legal service bodies and other organisations")
    sm("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Shuyang 2025: requests dropped because applicants missed the correction deadline or the fee deadline, combined")
    sm("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze District 2023: state secret + process info + enforcement case files refusals together")
    sm("en", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Huaian 2024, how many lawsuits upheld in total counting both direct and after-reconsideration suits", alt=(HA_APP, 25))
    sm("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "Shanghai General Office 2019: 'not held' answers across individuals, companies and legal service firms, summed")
    sm("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "Huai'an 2024 refusals: state secrets, banned by law, security/stability, third-party rights, internal affairs — total of those five?")
    # ---------------------------------------------------------------- [combine] difference (10)
    df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少")
    df("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023到2024年行政处罚决定数变化了多少（24减23）")
    df("zh", "hz23", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费比2023年差多少万元", **WAN)
    df("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年收到的申请比2019年多多少件")
    df("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议 2019年和2025年相比增加了几件")
    df("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze District's administrative compulsion decisions change from 2023 to 2024?")
    df("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force: 2024 minus 2023?")
    df("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: change in requests carried forward to next year, 2019 vs 2025")
    df("en", "sh19", "sh25", "r.received.natural_person", "How many more requests from individuals did the Shanghai General Office get in 2025 than in 2019?")
    df("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2025 compared with 2019 — difference?")
    # ---------------------------------------------------------------- [rank] (13)
    rk("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪家收到的申请最多")
    rk("zh", ["ha", "sy", "hz23"], "a.review.upheld", "asc", "复议结果维持这一栏，淮安2024、沭阳2025、洪泽区2023三家谁最少")
    rk("zh", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "只看自然人那一列“本机关不掌握”：淮安市2024年、沭阳县2025年、上海市府办2019年，排第一的是谁")
    rk("zh", ["sy", "hz23", "jx"], "r.received.natural_person", "asc", "沭阳县2025、洪泽区2023、涧西区2020 按自然人申请数排，最少的是哪个")
    rk("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.upheld", "desc", "直接起诉后法院维持的案件，淮安2024、沭阳2025、上海市府办2019、涧西2020 哪家最多")
    rk("zh", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，谁废止的规范性文件最多")
    rk("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "行政处罚决定数 淮安2024 沭阳2025 洪泽2023 倒数第一是谁")
    rk("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Rank Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 by requests from companies — who's top?")
    rk("en", ["ha", "sy", "hz23"], "a.review.corrected", "asc", "Among Huai'an (2024), Shuyang (2025) and Hongze District (2023), which had the fewest reconsideration decisions corrected?")
    rk("en", ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "asc", "Which body closed the fewest requests: Huai'an 2024, Shuyang 2025, Hongze 2023 or Jianxi 2020?")
    rk("en", ["ha", "sy", "sh19"], "r.carried_forward.natural_person", "desc", "individuals' requests carried forward — biggest among Huai'an 2024, Shuyang 2025, Shanghai GO 2019?")
    rk("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Top licensing decisions: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023")
    rk("en", ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "From individuals' requests refused because the info needed to be newly made: rank Huai'an 2024, Shuyang 2025, Shanghai GO 2019, Hongze 2023 — highest?")
    # ---------------------------------------------------------------- [textonly] narrative (39)
    nr("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年报告说在运维的政务新媒体有几个")
    nr("zh", "ha", "形式制作政策解读", 21, "个", "淮安2024年做了多少个政策解读")
    nr("zh", "ha", "人民政府公报》", 6, "期", "淮安市人民政府公报2024年出了几期")
    nr("zh", "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息")
    nr("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年网站平台主动发布的政府信息条数")
    nr("zh", "hz24", "代表区政府受理", 17, "件", "洪泽区2024年报告正文里说区政府办代表区政府受理申请多少件")
    nr("zh", "sy", "门户网站主动公开政府信息", 4511, "条", "沭阳县2025年县政府门户网站主动公开信息多少条")
    nr("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025清理了多少条过期信息")
    nr("zh", "sy", "信息处理费共计", 380, "元", "沭阳县2025年收了多少信息处理费")
    nr("zh", "sy", "集中公开", 64, "家", "沭阳2025年多少家单位的年报是集中公开的")
    nr("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年专栏策采新闻稿件几篇")
    nr("zh", "kw", "共编发文章", 1640, "篇", "上海科委的微信公众号2024年发了多少篇文章")
    nr("zh", "sh25", "新闻发布会", 42, "场", "上海市政府2025年开了几场新闻发布会")
    nr("zh", "sh25", "人民政府公报》", 24, "期", "2025年上海市政府公报编了多少期")
    nr("zh", "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有几件")
    nr("zh", "sh19", "权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议议题权威发布了几次")
    nr("zh", "sh19", "发布政策解读共", 132, "件", "2019年上海市府办门户网站发布政策解读多少件")
    nr("zh", "jx", "领域601项", 601, "项", "涧西区2020年梳理了多少项事项")
    nr("zh", "jx", "统筹推进26个", 26, "个", "涧西区政府办2020年推进了几个试点领域的标准化")
    nr("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展意见征集几期")
    nr("en", "ha", "新闻发布会", 12, "场", "How many press conferences did Huai'an hold in 2024 according to its report?")
    nr("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?")
    nr("en", "sy", "县直部门在信息公开页面发布信息", 3044, "条", "Shuyang 2025, items posted by county departments on their disclosure pages?")
    nr("en", "sy", "专栏", 33, "个", "How many special columns did Shuyang County open in 2025?")
    nr("en", "sy", "原创短视频", 1113, "个", "Shuyang 2025 original short videos pushed — how many?")
    nr("en", "sy", "全年公开政策文件", 4, "件", "Shuyang County 2025: number of policy documents made public per the narrative")
    nr("en", "kw", "原创文章", 294, "篇", "STCSM 2024 — how many original articles on its WeChat account?")
    nr("en", "kw", "关注人数达", 1016823, "人", "How many followers did the Shanghai science commission's WeChat account have in 2024?")
    nr("en", "sh25", "新闻通气会", 19, "场", "Shanghai 2025: how many press briefings (新闻通气会) did the city government hold?")
    nr("en", "sh25", "重点领域", 125, "项", "Shanghai General Office 2025 — how many disclosure tasks in key areas?")
    nr("en", "sh25", "人事任免文件", 196, "件", "In 2025, how many personnel appointment documents did Shanghai publish?")
    nr("en", "sh19", "人事任免文件", 141, "件", "Shanghai General Office 2019, personnel appointment and removal documents published?")
    nr("en", "sh19", "其他文件", 162, "件", "2019 Shanghai: 'other municipal government documents' made public — count?")
    nr("en", "sh19", "接入", 53, "个", "Shanghai's unified request platform in 2019 connected how many departments?")
    nr("en", "sh19", "2261项", 2261, "项", "How many matters were on the Shanghai unified acceptance platform in 2019?")
    nr("en", "jx", "共21个领域", 21, "个", "Jianxi District 2020: across how many fields were the power and service items sorted?")
    nr("en", "sy", "图文", 1775, "条", "Shuyang 2025 — how many picture-and-text posts?")
    nr("en", "hz24", "解读信息发布", 7, "条", "Hongze 2024: policy interpretation items released?")
    nr("en", "sy", "进行意见征集并公开征集", 3, "件", "Shuyang County 2025 — on how many policy documents did it seek public comment?")
    # ---------------------------------------------------------------- [cannot] unanswerable (39)
    Z = [
        ("淮安市清江浦区2024年收到多少信息公开申请", "district inside Huai'an; no 清江浦区 report"),
        ("淮阴区2024年依申请公开多少件", "district of Huai'an; no own report"),
        ("沭阳县沭城街道2025年收到几件申请", "township of Shuyang; only the county report"),
        ("洪泽区高良涧街道2024年行政复议几件", "street inside Hongze; no own report"),
        ("上海浦东新区2025年信息公开申请量", "district of Shanghai not in corpus"),
        ("洛阳市2020年的依申请公开数", "parent city of 涧西 not in corpus"),
        ("沭阳县2024年收到的申请数是多少", "year not held"),
        ("洪泽区2022年予以公开多少件", "year not held"),
        ("南京市2024年行政复议几件", "body not in corpus"),
        ("淮安市2024年申请人里女的有多少", "sex breakdown not reported"),
        ("淮安2024年哪个月申请最多", "month breakdown not reported"),
        ("沭阳县2025年网上申请和信函申请分别多少", "channel breakdown not reported"),
        ("沭阳2025年关于拆迁征地的申请有多少件", "topic breakdown not reported"),
        ("上海市府办2025年平均多少天答复一个申请", "response time not reported"),
        ("淮安市2026年预计会收到多少申请", "forecast"),
        ("你觉得沭阳县政府信息公开做得好不好", "opinion"),
        ("我2025年给沭阳县政府申请过拆迁补偿的信息，我那件是怎么答复的", "one person's own case"),
        ("上海科委2024年提申请的人叫什么名字 电话多少", "personal data"),
        ("洪泽区2024年负责信息公开的工作人员有几个", "staff not reported"),
        ("12345转来电：市民问淮安市2024年各县区分别收到多少申请", "district breakdown not reported"),
    ]
    for q, why in Z:
        un("zh", q, why)
    EN_ = [
        ("How many requests did Qingjiangpu District (清江浦区) of Huai'an receive in 2024?", "district inside Huai'an; no own report"),
        ("Shuyang County 2025 — how many requests came from Xinhe town (新河镇)?", "township breakdown not reported"),
        ("Pudong New Area 2025 disclosure requests?", "body not in corpus"),
        ("Huai'an 2023 requests received", "year not held"),
        ("Shanghai science commission 2023 licensing decisions", "year not held"),
        ("Jianxi District 2021 requests?", "year not held"),
        ("Suqian city 2025 total requests?", "body not in corpus"),
        ("How many Huai'an applicants in 2024 were over 60 years old?", "age breakdown not reported"),
        ("Shuyang 2025 requests by quarter please", "quarter breakdown not reported"),
        ("Which Shanghai municipal department got the most requests in 2025?", "department breakdown not reported"),
        ("How much did Huai'an spend on running its disclosure work in 2024?", "cost not reported"),
        ("Predict the number of requests Hongze District will get in 2025", "forecast"),
        ("Was Shanghai General Office's 2019 disclosure performance good or bad in your view?", "opinion"),
        ("My neighbour applied to Huai'an in 2024 about his land — was his request granted?", "one person's own case"),
        ("List the names of people who filed reconsideration against Shuyang in 2025", "personal data"),
        ("How many requests to Huai'an in 2024 came from people living outside Jiangsu?", "residence breakdown not reported"),
        ("Hongze District 2024 requests about the environment (生态环境) — how many?", "topic breakdown not reported"),
        ("In 2025 how many requests did the Shanghai General Office get by email versus in person?", "channel breakdown not reported"),
        ("Why did Hongze District receive more requests in 2024 than in 2023? Give the reason stated.", "reason not stated"),
    ]
    for q, why in EN_:
        un("en", q, why)
    # ---------------------------------------------------------------- [followup] (39)
    FZ = [
        [("洪泽区2023年行政许可决定多少个", "hz23", "c.licensing.decisions"), ("24年呢", "hz24", "c.licensing.decisions")],
        [("洪泽区2023年行政处罚几个", "hz23", "c.punishment.decisions"), ("换成2024年呢", "hz24", "c.punishment.decisions"), ("那行政强制2024年呢", "hz24", "c.coercion.decisions")],
        [("上海市府办2019年收到多少申请", "sh19", "r.received.total"), ("2025年的呢", "sh25", "r.received.total")],
        [("淮安2024年予以公开多少件", "ha", "r.granted.total"), ("部分公开呢", "ha", "r.partially_granted.total")],
        [("沭阳县2025年行政复议总数", "sy", "a.review.total"), ("其中维持的呢", "sy", "a.review.upheld"), ("纠正的呢", "sy", "a.review.corrected")],
        [("淮安市2024年本机关不掌握的有几件", "ha", "r.unable.not_held.total"), ("沭阳县2025年同一项是多少", "sy", "r.unable.not_held.total")],
        [("沭阳2025年直接起诉的行政诉讼几件", "sy", "a.litigation_direct.total"), ("复议后起诉的呢", "sy", "a.litigation_after_review.total")],
        [("淮安2024年规范性文件制发了几件", "ha", "c.normative_docs.issued"), ("现行有效的有多少", "ha", "c.normative_docs.in_force")],
        [("上海市府办2019年结转下年度的申请", "sh19", "r.carried_forward.total"), ("2025年呢", "sh25", "r.carried_forward.total")],
        [("洪泽区2023年不掌握的信息几件", "hz23", "r.unable.not_held.total"), ("2024年的呢", "hz24", "r.unable.not_held.total")],
        [("沭阳县2025年表里本年新收那行，自然人申请多少", "sy", "r.received.natural_person"), ("淮安市2024年同一项呢", "ha", "r.received.natural_person"), ("上海市府办2019年呢", "sh19", "r.received.natural_person")],
        [("淮安2024年信访举报类不予处理几件", "ha", "r.not_processed.petition.total"), ("重复申请的呢", "ha", "r.not_processed.duplicate.total")],
        [("涧西区2020年收到申请多少", "jx", "r.received.total"), ("办结多少", "jx", "r.total_processed.total")],
        [("沭阳县2025年行政许可多少", "sy", "c.licensing.decisions"), ("处罚呢", "sy", "c.punishment.decisions"), ("强制呢", "sy", "c.coercion.decisions")],
        [("上海市府办2025年信访类不予处理几件", "sh25", "r.not_processed.petition.total"), ("重复申请呢", "sh25", "r.not_processed.duplicate.total")],
        [("上海科委2024年受理多少申请", "kw", "r.received.total"), ("上年结转过来的呢", "kw", "r.carried_over.total")],
        [("淮安市2024年复议纠正多少", "ha", "a.review.corrected"), ("沭阳县2025年呢", "sy", "a.review.corrected")],
        [("洪泽区2023年部分公开几件", "hz23", "r.partially_granted.total"), ("需要另行制作的呢", "hz23", "r.unable.needs_creation.total")],
        [("淮安市2024年行政诉讼直接起诉几件", "ha", "a.litigation_direct.total"), ("其中尚未审结的呢", "ha", "a.litigation_direct.pending")],
        [("沭阳县2025年其他处理里逾期未补正的几件", "sy", "r.other.overdue_correction.total"), ("逾期未交费的呢", "sy", "r.other.overdue_fee.total")],
    ]
    for turns in FZ:
        fu("zh", [(q, EE(b, k)) for q, b, k in turns], "each turn a full expect")
    FE = [
        [("Hongze District licensing decisions in 2023?", "hz23", "c.licensing.decisions"), ("what about 2024", "hz24", "c.licensing.decisions")],
        [("Shanghai General Office 2019 reconsideration cases, total?", "sh19", "a.review.total"), ("and 2025?", "sh25", "a.review.total")],
        [("Huai'an 2024 requests received from individuals", "ha", "r.received.natural_person"), ("from companies?", "ha", "r.received.commercial"), ("and legal service firms?", "ha", "r.received.legal_services")],
        [("Shuyang 2025 requests granted in full", "sy", "r.granted.total"), ("Huai'an 2024?", "ha", "r.granted.total")],
        [("Huai'an 2024 reconsideration upheld", "ha", "a.review.upheld"), ("still pending?", "ha", "a.review.pending")],
        [("Hongze 2023 administrative penalty decisions", "hz23", "c.punishment.decisions"), ("2024?", "hz24", "c.punishment.decisions")],
        [("Shuyang 2025 requests carried forward to next year", "sy", "r.carried_forward.total"), ("and Huai'an for 2024?", "ha", "r.carried_forward.total")],
        [("Shanghai General Office 2019 direct lawsuits", "sh19", "a.litigation_direct.total"), ("same thing in 2025?", "sh25", "a.litigation_direct.total"), ("how many of the 2025 ones still pending", "sh25", "a.litigation_direct.pending")],
        [("the science commission of Shanghai, 2024 licensing decisions", "kw", "c.licensing.decisions"), ("penalty decisions?", "kw", "c.punishment.decisions")],
        [("Huai'an 2024 requests refused as internal affairs", "ha", "r.withheld.internal_affairs.total"), ("as process information?", "ha", "r.withheld.process_info.total")],
        [("Shuyang County 2025 normative documents in force", "sy", "c.normative_docs.in_force"), ("and for Huaian, 2024 report?", "ha", "c.normative_docs.in_force")],
        [("Jianxi 2020 requests granted", "jx", "r.granted.total"), ("carried forward to next year?", "jx", "r.carried_forward.total")],
        [("Hongze District 2024 review cases", "hz24", "a.review.total"), ("lawsuits after review?", "hz24", "a.litigation_after_review.total")],
        [("Huai'an 2024 lawsuits after reconsideration, upheld", "ha", "a.litigation_after_review.upheld"), ("corrected?", "ha", "a.litigation_after_review.corrected")],
        [("Shanghai 2025 general office: requests not held", "sh25", "r.unable.not_held.total"), ("needs creation?", "sh25", "r.unable.needs_creation.total")],
        [("Shuyang 2025 state of requests: total processed", "sy", "r.total_processed.total"), ("Huai'an 2024 same row?", "ha", "r.total_processed.total")],
        [("Huai'an 2024 fee revenue (行政事业性收费)", "ha", "c.fees.amount"), ("Shuyang 2025?", "sy", "c.fees.amount")],
        [("Shanghai GO 2019 regulations made", "sh19", "c.regulations.made"), ("normative documents made?", "sh19", "c.normative_docs.made")],
        [("Shuyang 2025 duplicate requests not processed", "sy", "r.not_processed.duplicate.total"), ("petition-type ones?", "sy", "r.not_processed.petition.total")],
    ]
    for turns in FE:
        fu("en", [(q, EE(b, k, **(WAN if "fees" in k else {}))) for q, b, k in turns], "each turn a full expect")
    return CS


def CONVERSATIONS():
    del CS[:]
    return build()
