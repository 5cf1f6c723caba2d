"""Question bank of the 112th blind evaluation set (evals/blind112).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording was written for this set. Numbers are never typed here for table values: the
builders in helpers112 compute them from gold/*.json or from printed rows (TEXT_SPECS, the same
cells blind6 verified). Narrative numbers are checked against a sentence cut from the report.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib112 as L  # noqa: E402
from helpers112 import E, C, cols, EU  # noqa: E402
import helpers112 as H  # noqa: E402

A = "四、政府信息公开行政复议、行政诉讼情况"
Z = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A, 14),
        "appeals.litigation_direct.total": ("after", A, 9),
        "appeals.review.total": ("after", A, 4),
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
        "appeals.litigation_after_review.total": ("after", Z, 14),
        "appeals.litigation_direct.pending": ("after", Z, 8),
        "appeals.litigation_direct.total": ("after", Z, 9),
        "appeals.review.pending": ("after", Z, 3),
        "appeals.review.total": ("after", Z, 4),
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
ALT = {
    ("ha", "r.received.total"): ("全市共受理政府信息公开申请 3119", 3119),
    ("ha", "r.total_processed.total"): ("全市共受理政府信息公开申请 3119", 3050),
    ("ha", "r.carried_over.total"): ("全市共受理政府信息公开申请 3119", 34),
    ("ha", "r.carried_forward.total"): ("全市共受理政府信息公开申请 3119", 103),
    ("ha", "a.review.total"): ("政府信息公开行政复议 351", 351),
    ("ha", "a.review.upheld"): ("政府信息公开行政复议 351", 72),
    ("ha", "a.review.corrected"): ("政府信息公开行政复议 351", 64),
    ("ha", "a.review.other"): ("政府信息公开行政复议 351", 178),
    ("ha", "a.review.pending"): ("政府信息公开行政复议 351", 37),
    ("hz23", "r.received.total"): ("全区受理政府信息公开申请 21", 21),
    ("sh19", "r.received.total"): ("共受理政府信息公开申请859", 859),
    ("sh19", "r.total_processed.total"): ("共受理政府信息公开申请859", 805),
    ("sh19", "r.carried_over.total"): ("共受理政府信息公开申请859", 18),
    ("sh19", "r.carried_forward.total"): ("共受理政府信息公开申请859", 72),
    ("sh19", "c.normative_docs.made"): ("主动公开规章13件", 60),
    ("sh19", "c.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "c.regulations.published"): ("主动公开规章13件", 13),
    ("jx", "r.received.total"): ("全年共收到依申请公开17件", 17),
    ("jx", "r.total_processed.total"): ("全年共收到依申请公开17件", 15),
    ("jx", "r.carried_forward.total"): ("全年共收到依申请公开17件", 2),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请 34", 34),
    ("kw", "r.carried_over.total"): ("全年收到政府信息公开申请 34", 2),
    ("kw", "r.granted.total"): ("同意公开答复 9", 9),
    ("sh25", "r.received.total"): ("市政府共受理政府信息公开申请 1295", 1295),
    ("sh25", "r.total_processed.total"): ("市政府共受理政府信息公开申请 1295", 1191),
    ("sh25", "r.carried_over.total"): ("市政府共受理政府信息公开申请 1295", 189),
    ("sy", "r.total_processed.total"): ("共办理 718", 718),
    ("sy", "r.carried_forward.total"): ("共办理 718", 31),
    ("sy", "r.received.legal_person"): ("法人或其他组织申请 8", 8),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}


def e(b, keys, **kw):
    """expect with the text alternative and money unit applied automatically."""
    ks = [keys] if isinstance(keys, str) else list(keys)
    if len(ks) == 1 and (b, ks[0]) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    return E(b, keys, **kw)


def v(lang, b, keys, q, note="everyday wording", **kw):
    return C("value", lang, [(q, e(b, keys, **kw))], "[plain] " + note)


def t(lang, b, keys, q, note):
    return C("trap", lang, [(q, e(b, keys))], "[neighbour] " + note)


def s(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, e(b, keys, **kw))], "[combine] " + note)


def d(lang, b1, b2, keys, q, note="later year minus earlier year"):
    kw = {}
    k = keys if isinstance(keys, str) else None
    if k in MONEY:
        kw["unit"] = "万元"
    return C("difference", lang, [(q, H.ED(b1, b2, keys, **kw))], "[combine] " + note)


def r(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    kw = {}
    if keys in MONEY:
        kw["unit"] = "万元"
    return C("ranking", lang, [(q, H.ER(bodies, keys, order, **kw))], "[rank] " + note)


def n(lang, b, keyword, value, unit, q, note="number only the text states"):
    return C("narrative", lang, [(q, H.EN(b, keyword, value, unit))], "[textonly] " + note)


def u(lang, q, why, note="not in the corpus"):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def f(lang, turns, note):
    return C("followup", lang, [(q, e(*x) if isinstance(x, tuple) else x) for q, x in turns],
             "[followup] " + note)


def CONVERSATIONS():
    out = []
    out += values_zh() + values_en() + combos() + ranks() + narratives() + cannots() \
        + traps() + followups()
    return out


def values_zh():
    z = "zh"
    return [
        v(z, "ha", "r.withheld.state_secret.total", "淮安市2024年有几件申请是因为涉及国家秘密没给公开的"),
        v(z, "ha", "r.withheld.security_stability.total", "我想了解下 淮安2024年 怕影响社会稳定、公共安全啥的就不公开的 一共几件", "colloquial 三安全一稳定"),
        v(z, "ha", "r.withheld.third_party.total", "24年淮安市政府以会损害别人(第三方)利益为由拒绝公开的申请有几个"),
        v(z, "ha", "r.withheld.enforcement_files.total", "淮安2024 年 因为是执法卷宗材料所以不给看的 多少件"),
        v(z, "ha", "r.withheld.admin_query.total", "帮来电群众问一下：淮安市政府2024年把申请当成“查询事项”让去别的渠道查、没按公开办的，有多少件？", "12345 operator"),
        v(z, "ha", "r.withheld.prohibited_by_law.commercial", "2024年淮安 公司企业申请的里面 因为别的法律法规禁止公开被拒的有几件"),
        v(z, "ha", "r.unable.unclear.total", "淮安市2024年 让补正了但申请人写的还是说不清楚要啥 最后没法提供的 几件", "colloquial 补正后仍不明确"),
        v(z, "ha", "r.unable.needs_creation.total", "我之前帮我妈给淮安市写过申请，人家说没有现成的要重新做才有，想问2024年这种情况总共多少件"),
        v(z, "ha", "r.not_processed.reconfirm.total", "淮安2024年有人要政府把已经拿到过的信息再确认一遍或重新开一份，这类不予处理几件"),
        v(z, "ha", "r.other.overdue_fee.total", "淮安市二〇二四年 通知交钱了结果过期没交的 那种申请有多少"),
        v(z, "ha", "r.other.overdue_correction.legal_services", "淮安24年律所那一类申请人 叫补材料不补 逾期了的 有几件"),
        v(z, "ha", "r.not_processed.petition.commercial", "2024年淮安企业递的申请 其实是投诉信访性质 被不予处理的有几件"),
        v(z, "ha", "r.granted.legal_services", "淮安2024律师事务所那些申请 全部给公开的几件"),
        v(z, "ha", "a.litigation_direct.corrected", "淮安市政府2024年信息公开官司 没先复议直接起诉的 法院判政府错了要改的有几起"),
        v(z, "ha", "a.litigation_after_review.pending", "2024年淮安 复议完了又去法院告的 到年底还没判下来的几件"),
        v(z, "ha", "c.coercion.decisions", "我是区里办公室的，核一下淮安市2024年报表二里“行政强制”那一行的处理决定数量是多少"),
        v(z, "ha", "c.normative_docs.repealed", "2024淮安市废止了多少件规范性文件"),
        v(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱(万元)"),
        v(z, "ha", "r.carried_over.total", "淮安市2024年从2023年拖过来接着办的申请有多少件"),
        v(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以属于内部事务为由不公开的有几件"),
        v(z, "sy", "r.withheld.admin_query.total", "沭阳25年 叫人自己去查询渠道查 不按信息公开给的 有几件"),
        v(z, "sy", "r.other.other.commercial", "沭阳县政府2025年企业申请人那列 最后是“其他”处理的有几件"),
        v(z, "sy", "r.not_processed.duplicate.total", "沭阳25年 同一个事反复重复来申请被不予处理的有多少件啊"),
        v(z, "sy", "r.partially_granted.legal_services", "沭阳2025年律师所申请 给了一部分没全给的 几件"),
        v(z, "sy", "r.unable.not_held.total", "沭阳县25年 政府说这信息我们手上没有 这种回复多少件"),
        v(z, "sy", "a.review.corrected", "2025年沭阳县信息公开复议 被复议机关纠正的有多少"),
        v(z, "sy", "a.litigation_after_review.other", "沭阳2025复议后再起诉的官司 结果既不是维持也不是纠正的 有几件"),
        v(z, "sy", "c.licensing.decisions", "记者想核实一个数：沭阳县政府2025年信息公开年报里，行政许可处理决定数量是多少？"),
        v(z, "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效规范性文件是几件"),
        v(z, "sy", "r.carried_forward.total", "沭阳县2025年没办完转到2026年的有几件"),
        v(z, "sy", "r.received.legal_person", "沭阳25年单位(法人和其他组织)交的申请几件 按本年新收算"),
        v(z, "hz23", "r.withheld.state_secret.total", "洪泽区2023年 说涉密不公开的申请 几件"),
        v(z, "hz23", "r.withheld.enforcement_files.total", "洪泽23年 因为是行政执法案卷不公开的有吗 几件"),
        v(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年 要重新加工制作才能给、所以没提供的 多少件"),
        v(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年年报 行政处罚 决定数量 多少"),
        v(z, "hz23", "r.received.total", "洪泽区2023年一年收到多少信息公开申请"),
        v(z, "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 个人申请的内容写得不明确 没办法提供的 有多少"),
        v(z, "sh19", "r.withheld.state_secret.natural_person", "上海市府办2019年 老百性个人申请的 因为是国家秘蜜不给公开的 几件"),
        v(z, "sh19", "r.not_processed.duplicate.commercial", "19年上海市府办 企业重复申请 不予处理的有几件"),
        v(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目几个"),
        v(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 个人拿信访投诉的事来申请公开 结果不予处理的 有几件"),
        v(z, "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额多少万元"),
        v(z, "jx", "r.unable.not_held.total", "我是做毕业论文的，看涧西区政府办2020年年报表三“（四）无法提供 1.本机关不掌握相关政府信息”那一格，合计是几？"),
        v(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可数量"),
        v(z, "kw", "r.received.commercial", "上海市科委2024年 公司来申请公开的有几家次(本年新收)"),
        v(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 需要另外制作所以没法提供的 几件"),
    ]


def values_en():
    x = "en"
    return [
        v(x, "ha", "r.unable.not_held.legal_services", "Huai'an 2024: requests from law firms where the city said it simply doesn't have that info - how many?"),
        v(x, "ha", "r.withheld.process_info.total", "In 2024 how many Huai'an requests got refused because the stuff was still an internal draft / in-process document?"),
        v(x, "ha", "r.withheld.internal_affairs.commercial", "huaian 2024 company applicants refused bc its internal affairs of govt, number?"),
        v(x, "ha", "r.not_processed.duplicate.total", "How many times in 2024 did Huai'an decline to handle a request because somebody had asked the very same thing before?"),
        v(x, "ha", "r.other.other.commercial", "For businesses filing to Huai'an in 2024, how many requests ended up in the 'other' handling bucket (其他)?"),
        v(x, "ha", "r.partially_granted.commercial", "Huai'an 2024, companies that got only part of what they asked for: count?"),
        v(x, "ha", "a.litigation_direct.other", "Lawsuits filed straight in court against Huai'an in 2024 (no prior review) that ended some other way than upheld or overturned - how many?"),
        v(x, "ha", "a.litigation_after_review.corrected", "Huai'an 2024: cases that went to review first and then to court, where the court sided against the government - number?"),
        v(x, "ha", "a.review.pending", "How many Huai'an 2024 disclosure appeals (administrative reconsideration) were still undecided at year end?"),
        v(x, "ha", "c.licensing.decisions", "What was the number of administrative licensing decisions (行政许可) for Huai'an in 2024?"),
        v(x, "ha", "c.regulations.issued", "How many new municipal rules (规章) did Huai'an issue in 2024?"),
        v(x, "ha", "r.received.other_org", "In 2024 Huai'an received how many requests from 'other organisations' (其他)?"),
        v(x, "ha", "r.total_processed.total", "Total requests Huai'an finished handling in 2024?"),
        v(x, "ha", "r.not_processed.publication.total", "Huaian 2024 - requests turned away because the person wanted a published book or gazette: how many?"),
        v(x, "sy", "r.other.overdue_correction.total", "Shuyang County 2025: applicants who were told to fix their request but never came back in time - how many?"),
        v(x, "sy", "r.withheld.third_party.total", "In 2025, how many requests did Shuyang refuse to protect a third person's rights?"),
        v(x, "sy", "r.withheld.security_stability.total", "Shuyang 2025 refusals on the ground that disclosure could endanger security or social stability, count pls"),
        v(x, "sy", "r.not_processed.petition.total", "In 2025 Shuyang got requests that were actually complaints or petitions and didn't process them as disclosure. How many?"),
        v(x, "sy", "r.other.overdue_fee.total", "shuyang county FY2025 requests dropped because the fee notice was ignored past the deadline?"),
        v(x, "sy", "r.granted.commercial", "How many fully-granted requests came from businesses in Shuyang in 2025?"),
        v(x, "sy", "a.review.pending", "Shuyang 2025: administrative reviews about disclosure not yet concluded?"),
        v(x, "sy", "a.litigation_direct.upheld", "In 2025, in how many direct lawsuits did the court back Shuyang County government?"),
        v(x, "sy", "c.coercion.decisions", "Shuyang County 2025 administrative coercion decisions (行政强制) - number?"),
        v(x, "sy", "c.fees.amount", "How much administrative fee income (行政事业性收费) did Shuyang report for 2025, in 10k yuan?"),
        v(x, "sy", "r.received.natural_person", "Shuyang 2025, new requests from private individuals (the table's newly-received row, not counting carry-over)?"),
        v(x, "sy", "r.total_processed.total", "Number of requests Shuyang County dealt with in total in 2025?"),
        v(x, "hz23", "r.withheld.process_info.total", "Hongze District 2023 - refused because information was process-stage (过程性信息)?"),
        v(x, "hz23", "r.not_processed.petition.total", "Hongze 2023: how many requests were really complaints and so not handled?"),
        v(x, "hz23", "r.partially_granted.total", "How many Hongze District requests were only partly released in 2023?"),
        v(x, "hz23", "c.licensing.decisions", "Hongze district administrative licences decided in 2023?"),
        v(x, "hz23", "c.fees.amount", "Hongze 2023 administrative fees collected, in 万元?"),
        v(x, "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office 2019, business applicants sent off as an administrative query matter: how many?"),
        v(x, "sh19", "r.unable.needs_creation.commercial", "2019 Shanghai government general office: company requests it couldn't meet since the data would have to be newly compiled?"),
        v(x, "sh19", "r.received.legal_services", "In 2019 how many requests did law firms file with the Shanghai General Office?"),
        v(x, "sh19", "c.regulations.total_published", "Shanghai General Office 2019, total regulations publicly available (对外公开总数)?"),
        v(x, "sh19", "c.procurement.amount", "What did the Shanghai General Office spend on government procurement in 2019 (万元)?"),
        v(x, "sh19", "r.unable.not_held.legal_services", "Shanghai General Office 2019, law-firm requests answered with 'this office doesn't have it'?"),
        v(x, "jx", "c.procurement.projects", "Im student, in Jianxi District 2020 report the table part 第二十条第（九）项 政府集中采购, how many project it have?"),
        v(x, "jx", "a.litigation_after_review.upheld", "Jianxi District Government Office 2020: after-review lawsuits the government won?"),
        v(x, "hz24", "c.punishment.decisions", "Journalist here, fact-checking a draft: Hongze District's 2024 disclosure report lists how many administrative penalty decisions (行政处罚)?"),
        v(x, "hz24", "r.unable.not_held.total", "Hongze 2024: replies of 'we don't hold this information'?"),
        v(x, "kw", "c.normative_docs.in_force", "Shanghai science commission 2024, normative documents (规范性文件) still valid, the 现行有效件数 column?"),
        v(x, "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025: how many requests were set aside as petitions/complaints?"),
        v(x, "sh25", "a.review.pending", "Shanghai General Office 2025, reconsideration cases still open?"),
        v(x, "sh25", "r.carried_forward.total", "How many Shanghai General Office requests rolled over into 2026 (from the 2025 report)?"),
    ]


def combos():
    z, x = "zh", "en"
    W = ["r.withheld.%s.total" % k for k in L.WITHHELD]
    return [
        s(z, "ha", W, "淮安市2024年所有不予公开的理由加起来 一共多少件（八个小项合计）", "sum of 8 withheld sub-items"),
        s(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "2024年淮安 没法提供的三种情况合在一起是多少"),
        s(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年 全给公开的加上给了一部分的 一共多少件"),
        s(z, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳25年信息公开行政诉讼 直接起诉和复议后起诉 合计几件"),
        s(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 不掌握的加上要另外制作的 共几件"),
        s(z, "sh19", cols("granted"), "上海市政府办公厅2019年予以公开的，把各类申请人那几栏加起来是多少"),
        s(z, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "淮安2024年 企业、律所和其他组织这三类新收申请加一起"),
        s(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年其他处理那三小项总共多少"),
        s(x, "ha", ["a.review.upheld", "a.review.corrected"], "Huai'an 2024 reviews: upheld plus overturned, combined?"),
        s(x, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Add up all five 'not processed' reasons for Huai'an in 2024."),
        s(x, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "Shuyang 2025: internal-affairs, process-info and admin-query refusals put together?"),
        s(x, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Shanghai General Office 2019: requests filed by companies, law firms and other organisations, in total?"),
        s(x, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020 - granted in full plus 'not held', sum?"),
        s(x, "sy", ["c.licensing.decisions", "c.punishment.decisions"], "Shuyang County 2025, licensing decisions and penalty decisions added together?"),
        s(x, "ha", ["a.litigation_direct.pending", "a.litigation_after_review.pending"], "How many Huai'an 2024 disclosure lawsuits, direct or after review, were still pending in total?",
          "sum; the text states the same 7 (尚未审结 7 件)", alt=("政府信息公开行政复议 351", 7)),
        s(x, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"], "Shanghai General Office 2019 - complaint-type requests not handled, individuals plus companies?"),
        d(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少"),
        d(z, "hz23", "hz24", "c.punishment.decisions", "洪泽的行政处罚数，2023到2024年变化了多少(后减前)"),
        d(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复 2024年比2023年增加几件"),
        d(z, "sh19", "sh25", "r.received.natural_person", "上海市府办个人新收申请 2025年相比2019年差多少"),
        d(z, "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的行政诉讼 2019年到2025年多了几件"),
        d(x, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions: change from 2023 to 2024?"),
        d(x, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fees (万元) change between 2023 and 2024?"),
        d(x, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office, requests pushed into the next year: 2025 vs 2019, the difference?"),
        d(x, "sh19", "sh25", "a.review.total", "How much did disclosure reconsiderations against the Shanghai General Office grow from 2019 to 2025?"),
        d(x, "sh19", "sh25", "r.received.commercial", "Shanghai General Office business requests (newly received), 2025 minus 2019?"),
    ]


def ranks():
    z, x = "zh", "en"
    return [
        r(z, ["ha", "sy", "hz23", "jx"], "r.received.total", "desc", "淮安2024、沭阳2025、洪泽2023、涧西2020 这四家谁收的申请最多"),
        r(z, ["sh19", "sy", "jx"], "r.received.total", "asc", "上海市府办2019年、沭阳县2025年、涧西区2020年，哪个新收申请最少"),
        r(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可数量：淮安市2024、洪泽区2023、沭阳县2025，谁最多？"),
        r(z, ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "淮安2024年 洪泽2023年 沭阳2025年 行政处罚谁最少"),
        r(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转到下一年的申请，淮安2024、沭阳2025、上海市政府办公厅2019哪家最少"),
        r(z, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "个人交的信访投诉类申请被不予处理的：淮安市2024年、沭阳县2025年、上海市府办2019年 哪个最多"),
        r(z, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制最少的是哪个：淮安(2024)、洪泽(2023)、沭阳(2025)"),
        r(x, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "Which has the most normative documents still valid: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        r(x, ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc", "Among Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Jianxi (2020), who told individuals 'we don't have it' most often?"),
        r(x, ["ha", "sy", "sh19"], "a.review.total", "desc", "Most disclosure reconsiderations: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        r(x, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "Fewest direct lawsuits - Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?"),
        r(x, ["ha", "hz23", "sy"], "c.fees.amount", "asc", "Lowest administrative fee take: Huai'an 2024, Hongze 2023, Shuyang 2025?"),
        r(x, ["sy", "sh19", "jx", "hz23"], "r.total_processed.total", "desc", "Rank by requests handled in total - Shuyang 2025, Shanghai General Office 2019, Jianxi 2020, Hongze 2023 - who is top?"),
    ]


def narratives():
    z, x = "zh", "en"
    return [
        n(z, "jx", "26个试点领域", 26, "个", "涧西区政府办2020年的年报里 基层政务公开标准化规范化是在多少个试点领域推的"),
        n(z, "ha", "在运维政务新媒体", 95, "个", "淮安市2024年在运营的政务新媒体账号有多少个"),
        n(z, "ha", "全覆盖检查", 4, "次", "淮安2024年政府信息公开栏目全覆盖检查搞了几次"),
        n(z, "ha", "3940", 3940, "元", "淮安市政府2024年收了多少信息处理费 元"),
        n(z, "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        n(z, "hz24", "2428", 2428, "条", "洪泽24年网站主动发布政府信息几条"),
        n(z, "sy", "4511", 4511, "条", "沭阳县2025年门户网站主动公开政府信息多少条"),
        n(z, "sy", "3044", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条"),
        n(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        n(z, "sy", "办前主动沟通", 49, "次", "沭阳25年办件前主动跟申请人沟通了几次"),
        n(z, "sy", "相关案件 74", 74, "件", "沭阳县2025年全县办理的复议诉讼相关案件一共多少件（报告正文说的）"),
        n(z, "sy", "380元", 380, "元", "2025年沭阳全县收的信息处理费是多少元"),
        n(z, "kw", "惠企政策 83", 83, "条", "上海科委2024年日常报送惠企政策多少条"),
        n(z, "kw", "原创文章 294", 294, "篇", "市科委2024年微信公众号原创文章几篇"),
        n(z, "kw", "5 个高频事项", 5, "个", "上海市科委2024年报告里提到几个高频事项"),
        n(z, "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了几场新闻发布会"),
        n(z, "sh25", "公开属性审查 166", 166, "件", "上海市府办2025年公文公开属性审查完成多少件"),
        n(z, "sh25", "16 个区", 16, "个", "2025年上海有几个区上线了数字公报"),
        n(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次"),
        n(z, "sh19", "70家政府网站", 70, "家", "2019年上海每季度检查的政府网站是多少家"),
        n(x, "jx", "办结率", 88.2, "%", "What share of Jianxi District's 2020 requests got wrapped up, as a percentage?"),
        n(x, "hz24", "公开政府常务会议", 7, "期", "How many executive-meeting sessions did Hongze District make public online in 2024?"),
        n(x, "sy", "意见征集9期", 9, "期", "How many rounds of public comment did Shuyang run via its county website in 2025?"),
        n(x, "sy", "专栏33个", 33, "个", "How many themed columns did Shuyang's government social-media accounts open in 2025?"),
        n(x, "sy", "解读类信息 21", 21, "条", "How many policy-explainer items did Shuyang County put out during 2025?"),
        n(x, "sy", "同步配套解读 7", 7, "次", "In 2025, how many times did Shuyang release an explainer alongside an executive meeting?"),
        n(x, "sy", "成功推动化解", 33, "件", "How many disputes did Shuyang manage to settle by talking to applicants up front in 2025?"),
        n(x, "sy", "全年公开政策文件4件", 4, "件", "Number of policy papers Shuyang County released over 2025 according to the narrative?"),
        n(x, "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed out in bulk through the integrated release channel?"),
        n(x, "kw", "关注人数", 1016823, "人", "How many people follow the Shanghai science commission's WeChat account per its 2024 report?"),
        n(x, "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "Total posts on the 'Shanghai Keji' website during 2024?"),
        n(x, "sh25", "新闻通气会 19", 19, "场", "How many background press briefings did the Shanghai municipal government hold in 2025?"),
        n(x, "sh25", "人事任免文件 196", 196, "件", "Shanghai General Office 2025: appointment-and-removal papers made public, how many?"),
        n(x, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "How many gazette issues did Shanghai's government bring out in 2025?"),
        n(x, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025: documents vetted before release (publication review)?"),
        n(x, "sh19", "统一受理平台接入53个部门", 53, "个", "How many departments were plugged into Shanghai's one-stop intake platform per the 2019 report?"),
        n(x, "sh19", "政策解读83件", 83, "件", "In 2019 how many policy explainers ran in the Shanghai government gazette?"),
        n(x, "sh19", "公文主动公开率", 90.2, "%", "What proportion of Shanghai municipal documents checked by the openness office were proactively released in 2019?"),
        n(x, "sh19", "部门规范性文件45件", 45, "件", "Shanghai 2019 gazette: how many departmental rule documents were carried?"),
    ]


def traps():
    z, x = "zh", "en"
    return [
        t(z, "ha", "r.carried_over.total", "淮安市2024年 上一年没办完、接到这一年来办的申请有几件（不是转去下一年的）", "上年结转 vs 结转下年"),
        t(z, "sy", "a.litigation_after_review.total", "沭阳县2025年 先申请复议、对复议不服又去法院告的 多少件", "复议后起诉 vs 直接起诉"),
        t(z, "ha", "c.normative_docs.repealed", "淮安2024 作废掉的规范性文件几件 不是新发的", "废止 vs 制发"),
        t(z, "sy", "r.unable.needs_creation.total", "沭阳2025 说没有现成的 得另外整理才有 所以没给的 几件", "另行制作 vs 不掌握"),
        t(z, "sy", "r.withheld.process_info.total", "沭阳县25年 因为还在讨论研究、属于过程中的材料不给公开的有几件", "过程性信息 vs 内部事务"),
        t(z, "ha", "a.review.other", "淮安2024年信息公开复议 结果既不算维持也不算纠正的那些 有多少", "其他结果 vs 纠正"),
        t(z, "sh19", "c.procurement.projects", "上海市府办2019年政府采购 是几个项目 我问的是项目个数不是钱", "采购项目数 vs 金额"),
        t(x, "ha", "c.normative_docs.in_force", "Huai'an 2024 - normative documents that are valid right now (not the ones newly issued that year)?", "现行有效 vs 制发"),
        t(x, "ha", "r.partially_granted.total", "Huai'an 2024: requests where they handed over only some of it, blacking out the rest?", "部分公开 vs 予以公开"),
        t(x, "ha", "r.received.legal_services", "How many requests did lawyers' offices (not companies) send Huai'an in 2024?", "法律服务机构 vs 商业企业"),
        t(x, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: all normative documents available to the public overall, not just the ones made that year?", "对外公开总数 vs 新制作"),
        t(x, "ha", "a.litigation_after_review.upheld", "In Huai'an 2024, lawsuits brought after a review had already been decided, where the court upheld the government?", "复议后起诉 维持 vs 直接起诉 维持"),
        t(x, "hz24", "c.normative_docs.in_force", "Hongze District 2024, normative documents in force at year end (not the number newly made)?", "现行有效 vs 制发"),
    ]


def cannots():
    z, x = "zh", "en"
    return [
        u(z, "淮安市2024年信息公开申请里男的女的各多少", "no sex breakdown"),
        u(z, "沭阳2025年申请人里六十岁以上的老人有多少", "no age breakdown"),
        u(z, "洪泽区2023年哪个月份收到的申请最多", "no month breakdown"),
        u(z, "淮安2024年第三季度收到多少申请", "no quarter breakdown"),
        u(z, "沭阳县2025年通过网上申请的有几件 当面递交的有几件", "no channel breakdown"),
        u(z, "淮安市2024年清江浦区收到多少政府信息公开申请", "清江浦区 not in corpus"),
        u(z, "宿迁市2025年政府信息公开年报里依申请公开多少件", "宿迁市 not in corpus"),
        u(z, "洪泽区2022年主动公开了多少条信息", "洪泽 2022 not in corpus"),
        u(z, "沭阳县2024年受理了多少信息公开申请", "沭阳 2024 not in corpus"),
        u(z, "上海市科委2023年收到多少信息公开申请", "上海科委 2023 not in corpus"),
        u(z, "淮安市2026年预计会收到多少申请", "forecast"),
        u(z, "你觉得沭阳县政府2025年信息公开做得好不好", "opinion"),
        u(z, "我爸2025年向沭阳县申请过他家拆迁补偿的材料，后来到底公开了没有", "one person's own case"),
        u(z, "淮安2024年申请公开的那些人叫什么名字 电话多少", "personal data"),
        u(z, "沭阳2025年不掌握相关信息的111件里 涉及拆迁的有多少", "no topic breakdown"),
        u(z, "淮安市2024年信息公开申请平均多少天答复完", "no response time stated"),
        u(z, "洪泽区2024年政府信息公开工作有几个专职人员", "no staff number"),
        u(z, "上海市府办2025年申请最多的是哪个行业的企业", "no industry breakdown"),
        u(z, "淮安2024年被纠正的64件复议分别是哪些部门的", "no department breakdown"),
        u(z, "南京市2024年信息公开行政复议多少件", "南京市 not in corpus"),
        u(x, "How many Huai'an 2024 requesters were women?", "no sex breakdown"),
        u(x, "Shuyang 2025: how many requests came in by post versus online?", "no channel breakdown"),
        u(x, "Which township in Shuyang County sent the most requests in 2025?", "no township breakdown"),
        u(x, "For the Shanghai General Office in 2025, how many requesters lived outside Shanghai?", "no residence breakdown"),
        u(x, "What did the Shanghai science commission spend on disclosure staff in 2024?", "no cost stated"),
        u(x, "How many disclosure requests will Hongze District get in 2027?", "forecast"),
        u(x, "Pudong New Area 2024 - how many disclosure requests?", "浦东新区 not in corpus"),
        u(x, "Jianxi District 2021 number of requests received?", "涧西 2021 not in corpus"),
        u(x, "Shanghai General Office 2022 disclosure requests received?", "上海市府办 2022 not in corpus"),
        u(x, "Was Huai'an right to refuse those 105 'administrative query' requests in 2024, in your view?", "opinion"),
        u(x, "I filed a request with Huai'an in March 2024 about my neighbour's building permit - was mine one of the ones granted?", "one person's own case"),
        u(x, "Give me the names and ID numbers of people who sued Shuyang County in 2025.", "personal data"),
        u(x, "How many of Huai'an's 2024 requests were about housing demolition?", "no topic breakdown"),
        u(x, "In 2024 how many requests did the Shanghai science commission get in January?", "no month breakdown"),
        u(x, "Average reply time for Shanghai General Office requests in 2019?", "no response time stated"),
        u(x, "Why did Hongze District's 2024 request count jump compared with 2023, per the report?", "reason not stated"),
        u(x, "How many of Shuyang's 2025 applicants were under 30 years old?", "no age breakdown"),
        u(x, "Which Huai'an department had the most disclosure lawsuits in 2024?", "no department breakdown"),
        u(x, "Suqian City 2025 total disclosure requests?", "宿迁市 not in corpus"),
    ]


def followups():
    z, x = "zh", "en"
    return [
        f(z, [("淮安市2024年因为是内部事务信息不给公开的有几件", ("ha", "r.withheld.internal_affairs.total")),
              ("那还在讨论阶段的过程性材料呢", ("ha", "r.withheld.process_info.total"))], "switch withheld sub-item"),
        f(z, [("沭阳县2025年复议结果维持的多少", ("sy", "a.review.upheld")),
              ("被纠正的呢", ("sy", "a.review.corrected")),
              ("还没审完的", ("sy", "a.review.pending"))], "switch outcome column, 3 turns"),
        f(z, [("淮安2024年 直接去法院告、没走复议的 一共几件", ("ha", "a.litigation_direct.total")),
              ("其中法院维持政府决定的呢", ("ha", "a.litigation_direct.upheld"))], "total then outcome column"),
        f(z, [("洪泽区2023年因为不掌握所以没法提供的几件", ("hz23", "r.unable.not_held.total")),
              ("换成淮安市2024年呢", ("ha", "r.unable.not_held.total"))], "switch body and year"),
        f(z, [("沭阳2025 说是信访投诉 不按公开处理的几件", ("sy", "r.not_processed.petition.total")),
              ("淮安市2024年呢", ("ha", "r.not_processed.petition.total"))], "switch body"),
        f(z, [("淮安市24年行政处罚决定数量", ("ha", "c.punishment.decisions")),
              ("行政强制呢", ("ha", "c.coercion.decisions")),
              ("行政许可呢", ("ha", "c.licensing.decisions"))], "switch row, 3 turns"),
        f(z, [("沭阳县2025年 交了申请但叫补正一直不补的 几件", ("sy", "r.other.overdue_correction.total")),
              ("没按通知交费的呢", ("sy", "r.other.overdue_fee.total"))], "switch 其他处理 sub-item"),
        f(z, [("上海市府办2019年个人申请 被认定为行政查询事项的有几件", ("sh19", "r.withheld.admin_query.natural_person")),
              ("企业那栏呢", ("sh19", "r.withheld.admin_query.commercial"))], "switch column"),
        f(z, [("淮安2024年律所申请的 说政府手上没有的几件", ("ha", "r.unable.not_held.legal_services")),
              ("换成企业呢", ("ha", "r.unable.not_held.commercial")),
              ("个人的呢", ("ha", "r.unable.not_held.natural_person"))], "switch applicant column, 3 turns"),
        f(z, [("涧西区2020年收到多少信息公开申请", ("jx", "r.received.total")),
              ("办完了几件", ("jx", "r.total_processed.total"))], "switch row"),
        f(z, [("沭阳县2025年规范性文件新制发几件", ("sy", "c.normative_docs.issued")),
              ("废止了几件", ("sy", "c.normative_docs.repealed"))], "switch column"),
        f(z, [("洪泽区2023年行政许可多少", ("hz23", "c.licensing.decisions")),
              ("24年呢", ("hz24", "c.licensing.decisions"))], "switch year"),
        f(z, [("淮安市政府2024年信息公开行政复议一共多少件", ("ha", "a.review.total")),
              ("复议完再起诉的官司多少", ("ha", "a.litigation_after_review.total"))], "switch appeals group"),
        f(z, [("沭阳25年因为会危及安全稳定不公开的几件", ("sy", "r.withheld.security_stability.total")),
              ("怕侵犯第三方权益不公开的呢", ("sy", "r.withheld.third_party.total")),
              ("执法案卷的呢", ("sy", "r.withheld.enforcement_files.total"))], "switch withheld sub-item, 3 turns"),
        f(z, [("上海市政府办公厅2019年新收申请中自然人多少", ("sh19", "r.received.natural_person")),
              ("企业多少", ("sh19", "r.received.commercial"))], "switch column"),
        f(z, [("淮安2024年 不予处理里 重复申请的有几件", ("ha", "r.not_processed.duplicate.total")),
              ("那种无正当理由大量反复申请的呢", ("ha", "r.not_processed.excessive.total"))], "switch 不予处理 sub-item"),
        f(z, [("上海科委2024年受理多少申请", ("kw", "r.received.total")),
              ("自然人占多少", ("kw", "r.received.natural_person"))], "switch column"),
        f(z, [("上海市府办2025年结转下一年继续办的几件", ("sh25", "r.carried_forward.total")),
              ("上一年结转过来的呢", ("sh25", "r.carried_over.total"))], "switch row"),
        f(z, [("沭阳县2025年 部分公开的几件", ("sy", "r.partially_granted.total")),
              ("全部公开的呢", ("sy", "r.granted.total"))], "switch row"),
        f(z, [("洪泽区2024年行政复议几件", ("hz24", "a.review.total")),
              ("直接起诉的呢", ("hz24", "a.litigation_direct.total"))], "switch appeals group"),
        f(x, [("Huai'an 2024: requests refused because releasing would break some other law - how many?", ("ha", "r.withheld.prohibited_by_law.total")),
              ("and the ones refused as state secrets?", ("ha", "r.withheld.state_secret.total"))], "switch withheld sub-item"),
        f(x, [("Shuyang 2025, lawsuits after review that the court upheld?", ("sy", "a.litigation_after_review.upheld")),
              ("still pending?", ("sy", "a.litigation_after_review.pending"))], "switch outcome column"),
        f(x, [("How many disclosure reconsiderations did Huai'an face in 2024 where the decision got overturned?", ("ha", "a.review.corrected")),
              ("What about Shuyang in 2025?", ("sy", "a.review.corrected"))], "switch body and year"),
        f(x, [("Huai'an 2024 requests left unanswered because the applicant never said clearly what they wanted after being asked to clarify?", ("ha", "r.unable.unclear.total")),
              ("and the ones where the info would have to be created from scratch?", ("ha", "r.unable.needs_creation.total"))], "switch 无法提供 sub-item"),
        f(x, [("Shanghai General Office 2019 - how many requests from individuals did it answer in total?", ("sh19", "r.total_processed.natural_person")),
              ("from companies?", ("sh19", "r.total_processed.commercial")),
              ("and law firms?", ("sh19", "r.total_processed.legal_services"))], "switch applicant column, 3 turns"),
        f(x, [("Shuyang County 2025 administrative penalties?", ("sy", "c.punishment.decisions")),
              ("and in Huai'an for 2024?", ("ha", "c.punishment.decisions"))], "switch body"),
        f(x, [("How many Huai'an 2024 applicants were told to pay a fee and didn't?", ("ha", "r.other.overdue_fee.total")),
              ("what about those who didn't supply missing details in time?", ("ha", "r.other.overdue_correction.total")),
              ("and the plain 'other' pile?", ("ha", "r.other.other.total"))], "switch 其他处理 sub-item, 3 turns"),
        f(x, [("Hongze 2024 - new requests received?", ("hz24", "r.received.total")),
              ("and fully granted?", ("hz24", "r.granted.total"))], "switch row"),
        f(x, [("STCSM 2024 licensing decisions?", ("kw", "c.licensing.decisions")),
              ("penalties?", ("kw", "c.punishment.decisions"))], "switch row"),
        f(x, [("Shanghai General Office 2025: direct lawsuits in total?", ("sh25", "a.litigation_direct.total")),
              ("how many of them are still pending?", ("sh25", "a.litigation_direct.pending"))], "switch outcome column"),
        f(x, [("Jianxi District 2020: direct lawsuits upheld?", ("jx", "a.litigation_direct.upheld")),
              ("and reconsiderations upheld?", ("jx", "a.review.upheld"))], "switch appeals group"),
        f(x, [("Shuyang 2025 requests not processed because they were repeats?", ("sy", "r.not_processed.duplicate.total")),
              ("only the ones from businesses?", ("sy", "r.not_processed.duplicate.commercial"))], "switch column"),
        f(x, [("Huai'an 2024: individuals' requests fully granted?", ("ha", "r.granted.natural_person")),
              ("partly granted?", ("ha", "r.partially_granted.natural_person"))], "switch row"),
        f(x, [("Shanghai General Office 2019: regulations made that year?", ("sh19", "c.regulations.made")),
              ("and normative documents made?", ("sh19", "c.normative_docs.made"))], "switch row"),
        f(x, [("Shuyang 2025 admin fee revenue in 万元?", ("sy", "c.fees.amount")),
              ("Hongze 2023?", ("hz23", "c.fees.amount"))], "switch body and year"),
        f(x, [("Huai'an 2024 companies: how many requests did they file?", ("ha", "r.received.commercial")),
              ("and how many company requests did the city get through in total that year (the 办理结果 总计 row, 商业企业 column)?", ("ha", "r.total_processed.commercial"))], "switch row"),
        f(x, [("Shanghai General Office 2025, requests where the office didn't hold the info?", ("sh25", "r.unable.not_held.total")),
              ("and where it would have needed to make new material?", ("sh25", "r.unable.needs_creation.total"))], "switch 无法提供 sub-item"),
        f(x, [("Hongze District 2023, normative docs in force?", ("hz23", "c.normative_docs.in_force")),
              ("how many were scrapped?", ("hz23", "c.normative_docs.repealed"))], "switch column"),
        f(x, [("Huai'an 2024 - requests the city refused as law-enforcement case files?", ("ha", "r.withheld.enforcement_files.total")),
              ("and refused because they were administrative queries?", ("ha", "r.withheld.admin_query.total"))], "switch withheld sub-item"),
    ]
