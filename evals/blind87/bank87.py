"""Question bank of blind set 87 (evals/blind87). Every wording written from scratch for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.

Numbers are never typed here: table values come from gold/*.json through helpers87, cells of the
three reports without gold from their printed row (SPECS: the same cells blind6 verified), and
narrative numbers from a sentence cut from the report text (helpers87.EN checks the number).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib87 as L  # noqa: E402
from helpers87 import E, EN, EU, ED, ER, C, K  # noqa: E402

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

# cells the narrative also states with the same number: ambiguous + acceptable_sentence
ALT = {
    ("ha", "r.received.total"): ("全市共受理政府信息公开申请", 3119),
    ("ha", "r.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "r.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "r.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "a.review.total"): ("其中结果维持", 351),
    ("ha", "a.review.upheld"): ("其中结果维持", 72),
    ("ha", "a.review.corrected"): ("其中结果维持", 64),
    ("ha", "a.review.other"): ("其中结果维持", 178),
    ("ha", "a.review.pending"): ("其中结果维持", 37),
    ("hz23", "r.received.total"): ("全区受理政府信息公开申请", 21),
    ("sh19", "r.received.total"): ("代表市政府共受理", 859),
    ("sh19", "r.total_processed.total"): ("代表市政府共受理", 805),
    ("sh19", "r.carried_forward.total"): ("代表市政府共受理", 72),
    ("sh19", "r.carried_over.total"): ("代表市政府共受理", 18),
    ("sh19", "c.normative_docs.published"): ("主动公开规章13件", 60),
    ("sh19", "c.regulations.published"): ("主动公开规章13件", 13),
    ("jx", "r.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "r.total_processed.total"): ("全年共收到依申请公开", 15),
    ("jx", "r.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "r.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "r.granted.total"): ("同意公开答复", 9),
    ("sh25", "r.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "r.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sh25", "r.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sy", "r.received.legal_person"): ("全县全年共受理政府信息公开申请", 8),
    ("sy", "r.total_processed.total"): ("全县全年共受理政府信息公开申请", 718),
    ("sy", "r.carried_forward.total"): ("全县全年共受理政府信息公开申请", 31),
    ("ha", "c.regulations.issued"): ("全年新增公开市政府规章", 1),
    ("kw", "c.normative_docs.issued"): ("市科委通过部门网站当年发布政府信息", 13),
    ("sh19", "a.review.total"): ("信息公开类行政复议", 7),
    ("sh19", "a.litigation_direct.total"): ("信息公开类行政复议", 9),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}


def X(b, k):
    """expect of one table cell, marked ambiguous where the narrative states the same number."""
    kw = {}
    if k in MONEY:
        kw["unit"] = "万元"
    if isinstance(k, str) and (b, k) in ALT:
        kw["alt"] = ALT[(b, k)]
    return E(b, k, **kw)


def XS(b, keys, alt=None):
    kw = {"unit": "万元"} if any(k in MONEY for k in keys) else {}
    if alt is not None:  # the narrative states the same total
        kw["alt"] = alt
    return E(b, keys, **kw)


def XD(b1, b2, k):
    kw = {"unit": "万元"} if k in MONEY else {}
    if (b2, k) in ALT:
        kw["alt"] = ALT[(b2, k)]
    return ED(b1, b2, k, **kw)


OUT = []


def v(lang, b, k, q, note="everyday wording"):
    OUT.append(C("value", lang, [(q, X(b, k))], "[plain] " + note))


def t(lang, b, k, q, note):
    OUT.append(C("trap", lang, [(q, X(b, k))], "[neighbour] " + note))


def s(lang, b, keys, q, note="sum of the listed cells", alt=None):
    OUT.append(C("sum", lang, [(q, XS(b, keys, alt))], "[combine] " + note))


def d(lang, b1, b2, k, q, note="later year minus earlier year"):
    OUT.append(C("difference", lang, [(q, XD(b1, b2, k))], "[combine] " + note))


def r(lang, bodies, k, order, q, note="ranking over gold bodies"):
    OUT.append(C("ranking", lang, [(q, ER(bodies, k, order))], "[rank] " + note))


def n(lang, b, keyword, value, unit, q, note="number stated only in the narrative"):
    OUT.append(C("narrative", lang, [(q, EN(b, keyword, value, unit))], "[textonly] " + note))


def u(lang, q, why):
    OUT.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why))


def f(lang, turns, note):
    """turns: [(question, (b, key))] or [(question, expect)]"""
    tt = []
    for q, x in turns:
        if isinstance(x, tuple):
            x = X(*x) if isinstance(x[1], str) else XS(*x)
        tt.append((q, x))
    OUT.append(C("followup", lang, tt, "[followup] " + note))


def PLAIN():
    # ---------------- zh
    v("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请")
    v("zh", "ha", "r.granted.total", "淮安24年申请里百分百公开、一点没删的有几件啊")
    v("zh", "ha", "r.partially_granted.total", "我想了解下淮安市人民政府2024年部分公开的申请有多少件？")
    v("zh", "ha", "r.unable.not_held.total", "淮安2024 回复说查无此信息、本机关没有的 一共几件")
    v("zh", "ha", "r.withheld.admin_query.total", "2024年淮安市有多少申请被认定为行政查询事项没给公开？")
    v("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了多少件行政规范性文件")
    v("zh", "ha", "c.licensing.decisions", "同事让我核一下：淮安市2024年报里行政许可处理决定数量是多少")
    v("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额多少万元")
    v("zh", "ha", "r.received.legal_services", "律所去找淮安市政府申请公开的，2024年有几件？")
    v("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请因为其实是信访举报投诉被不予处理")
    v("zh", "ha", "a.review.corrected", "2024年淮安市政府信息公开行政复议里被纠正的有多少件")
    v("zh", "ha", "r.other.overdue_correction.total", "淮安2024年申请人逾期不补正、被视为放弃的申请有几件")
    v("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年有几件申请是区里说不掌握相关信息的")
    v("zh", "hz23", "c.punishment.decisions", "洪泽23年行政处罚决定做了多少件")
    v("zh", "hz23", "c.fees.amount", "我在写论文，需要洪泽区人民政府2023年年报表二里行政事业性收费的金额（万元）")
    v("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请几件")
    v("zh", "hz23", "a.review.upheld", "洪泽区2023年的信息公开行政复议，结果维持的是多少件")
    v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可办了多少件啊，年报上写的")
    v("zh", "hz24", "r.granted.total", "洪泽2024年依申请公开里面予以公开的数量")
    v("zh", "hz24", "c.normative_docs.in_force", "截至2024年底洪泽区现行有效的行政规范性文件还有几件")
    v("zh", "sy", "r.received.total", "沭阳县2025年表格里本年新收的申请是多少件（上年结转的不要算进去）")
    v("zh", "sy", "r.carried_over.total", "沭阳县政府2025年从上一年结转过来的申请有多少")
    v("zh", "sy", "r.unable.not_held.total", "我前阵子帮我妈给沭阳县政府写过申请，回复说本机关不掌握。想问下2025年这种不掌握的一共多少件")
    v("zh", "sy", "r.other.other.total", "沭阳2025 其他处理里面那个“其他”小项 是多少")
    v("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定数量？")
    v("zh", "sy", "c.normative_docs.issued", "沭阳县人民政府二〇二五年制发了几件行政规范性文件")
    v("zh", "sy", "a.review.total", "12345转来一位市民的问题：沭阳县2025年因为信息公开被申请行政复议总共多少件")
    v("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年以内部事务信息为由不予公开的申请数")
    v("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请不予处理的有几件")
    v("zh", "sy", "c.fees.amount", "沭阳县2025年年报中行政事业性收费是多少万元")
    v("zh", "sh19", "r.received.commercial", "上海市府办2019年收到企业提的公开申请多少件")
    v("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市政府办公厅答复老百姓“本机关不掌握”的有多少件（自然人那一列）")
    v("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额是多少万元")
    v("zh", "sh19", "a.litigation_direct.total", "上海市府办2019年政府信息公开被直接告到法院的有几件")
    v("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅报告里规章对外公开总数量是多少")
    v("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年自然人的申请里按信访举报投诉类不予处理的有多少")
    v("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个")
    v("zh", "jx", "r.granted.total", "涧西区2020年依申请公开里面予以公开的件数")
    v("zh", "jx", "a.review.total", "涧西2020年被申请行政复议几件")
    v("zh", "kw", "r.received.natural_person", "上海科委2024年个人提交的新申请有多少")
    v("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件")
    v("zh", "kw", "r.total_processed.total", "上海市科学技术委员会2024年办理结果总计是多少件")
    v("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年表里“本机关不掌握相关政府信息”那一小项是多少件")
    v("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅有多少申请被当成信访举报投诉类不予处理")
    v("zh", "sh25", "appeals.review.total", "上海市政府办公厅2025年信息公开行政复议总数")
    v("zh", "sh25", "r.carried_forward.total", "上海市府办2025年结转到下一年继续办的申请数")
    # ---------------- en
    v("en", "ha", "r.received.natural_person", "How many disclosure requests did private individuals file with Huai'an city government in 2024?")
    v("en", "ha", "r.total_processed.total", "huaian 2024 total requests processed")
    v("en", "ha", "r.unable.needs_creation.total", "In 2024, how often did Huai'an say the info would have to be newly compiled (另行制作) so it could not give it?")
    v("en", "ha", "c.punishment.decisions", "Huai'an municipal government 2024 annual report: number of administrative penalty decisions?")
    v("en", "ha", "c.regulations.in_force", "How many municipal regulations (规章) were still in force for Huai'an at the end of 2024?")
    v("en", "ha", "r.withheld.prohibited_by_law.total", "For Huai'an 2024, how many requests were refused because laws or administrative regulations forbid disclosure?")
    v("en", "ha", "a.litigation_after_review.total", "Huaian 2024 - lawsuits filed after an administrative review was done first, total?")
    v("en", "ha", "r.received.commercial", "how many requests did businesses send huai an govt in 2024")
    v("en", "ha", "a.review.pending", "Huai'an 2024: information disclosure reviews still not concluded at year end?")
    v("en", "ha", "r.other.overdue_fee.total", "In 2024 how many Huai'an applicants failed to pay the processing fee in time, so the request was closed?")
    v("en", "ha", "c.coercion.decisions", "Number of administrative enforcement (行政强制) decisions, Huai'an, 2024?")
    v("en", "hz23", "r.received.total", "How many information requests did the Hongze District government take in during 2023?")
    v("en", "hz23", "c.licensing.decisions", "hongze district 2023 licensing decisions how many")
    v("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests that could not be met because the data would need to be created from scratch?")
    v("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?")
    v("en", "hz24", "c.punishment.decisions", "Hongze District, 2024 report: administrative penalties decided, how many?")
    v("en", "hz24", "r.unable.not_held.total", "In 2024 how many times did Hongze District answer that it simply does not hold the requested info?")
    v("en", "hz24", "c.fees.amount", "How much did Hongze District collect in administrative fees in 2024 (in 10k yuan)?")
    v("en", "sy", "r.granted.total", "Shuyang County 2024? no sorry, 2025 - how many requests were fully disclosed?")
    v("en", "sy", "r.partially_granted.total", "Shuyang County government, 2025: requests answered with partial disclosure?")
    v("en", "sy", "c.licensing.decisions", "Shuyang 2025 administrative licensing decisions number pls")
    v("en", "sy", "r.withheld.admin_query.total", "How many Shuyang requests in 2025 were refused on the ground that they were really 行政查询 (administrative queries)?")
    v("en", "sy", "a.litigation_after_review.total", "Shuyang County in 2025: lawsuits brought after administrative review, total count?")
    v("en", "sy", "r.not_processed.petition.total", "For 2025, how many of Shuyang's requests were really complaints/petitions and therefore not processed?")
    v("en", "sy", "r.other.overdue_fee.total", "shuyang county 2025 how many requests ended because the fee wasn't paid on time")
    v("en", "sy", "c.normative_docs.in_force", "Shuyang County (沭阳县) normative documents currently in force per the 2025 report?")
    v("en", "sh19", "r.received.natural_person", "Shanghai General Office 2019: number of new requests from individuals?")
    v("en", "sh19", "c.procurement.projects", "How many centralized government procurement projects did the Shanghai General Office report for 2019?")
    v("en", "sh19", "c.regulations.published", "How many rules (规章) did the Shanghai municipal government general office newly publish in 2019?")
    v("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office, 2019: requests from individuals refused as state secrets?")
    v("en", "sh19", "a.review.total", "In 2019, administrative reviews over info disclosure against the Shanghai General Office - how many in total?")
    v("en", "sh19", "r.unable.needs_creation.natural_person", "shanghai general office 2019 individuals' requests needing new compilation (另行制作), count")
    v("en", "jx", "r.received.total", "Jianxi District, 2020: how many disclosure applications came in?")
    v("en", "jx", "c.procurement.amount", "What was the total amount of centralized procurement for Jianxi District in 2020, in 10k yuan?")
    v("en", "jx", "r.unable.not_held.total", "Jianxi District gov office 2020: requests where the office did not hold the info?")
    v("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District government office newly make in 2020?")
    v("en", "kw", "r.received.total", "STCSM in 2024 - how many information disclosure applications received?")
    v("en", "kw", "c.licensing.decisions", "How many administrative licensing decisions did the Shanghai science commission make in 2024?")
    v("en", "kw", "r.received.commercial", "Shanghai Science and Technology Commission 2024: new requests from companies?")
    v("en", "kw", "c.normative_docs.issued", "How many normative documents did STCSM issue in 2024?")
    v("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025, individuals' new requests count?")
    v("en", "sh25", "r.unable.needs_creation.total", "In 2025 how many Shanghai General Office requests were declined because the info would have to be produced anew?")
    v("en", "sh25", "a.litigation_direct.total", "2025 Shanghai municipal general office: direct lawsuits (未经复议直接起诉) total?")
    v("en", "sh25", "r.not_processed.duplicate.total", "How many repeat requests did the Shanghai General Office not handle in 2025?")
    v("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office, 2025: requests from law firms carried over from the year before?")


def COMBINE():
    s("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开一共多少件")
    s("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安24年无法提供的三种情况加起来是几件？不掌握、要另行制作、内容不明确")
    s("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions"], "沭阳县2025年行政许可和行政处罚两项决定数量合计")
    s("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "记者问：沭阳县2025年行政复议、直接起诉、复议后起诉三类案件按表格加总是多少",
      alt=("全县共办理相关案件", 74))
    s("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年不予公开的（国家秘密、过程性信息、行政执法案卷）合计几件")
    s("zh", "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org", "r.partially_granted.natural_person"], "上海市府办2019年表里予以公开四列（自然人、商业企业、法律服务机构、其他）加上自然人部分公开，合计多少")
    s("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "2025年上海市政府办公厅“不掌握”和“需要另行制作”两种无法提供加在一起")
    s("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和不掌握两行加起来多少件")
    s("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "Huai'an 2024: petition-type, duplicate and reconfirmation requests not processed, added together?")
    s("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "For Huai'an in 2024, individuals' new requests plus individuals' requests carried over - what is the sum?")
    s("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: sum of the three 'other handling' sub-rows (no correction, no fee, other)")
    s("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "Add up all eight refusal grounds (不予公开) for Shuyang County 2025, row by row.")
    s("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2024: licensing + penalty + enforcement decisions combined?")
    s("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024, new requests plus those carried over from 2023 - total workload?")
    s("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019, reviews plus direct lawsuits over disclosure, together?")
    s("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "In 2025, Shanghai General Office petition-type plus duplicate requests that were not processed: how many in all?")
    d("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数量2024年比2023年多了多少")
    d("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023到2024年，行政处罚决定数变化了多少（24年减23年）")
    d("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年和2023年相比增加几件")
    d("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收申请2025年比2019年多出多少件")
    d("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议总数，2025年较2019年增加了多少")
    d("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze District's administrative fee income change from 2023 to 2024 (10k yuan)?")
    d("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District enforcement decisions: 2024 minus 2023?")
    d("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests rolled into the next year: how much higher in 2025 than in 2019?")
    d("en", "sh19", "sh25", "r.received.natural_person", "Change in individuals' new requests at the Shanghai General Office between 2019 and 2025?")
    d("en", "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office, 2019 vs 2025: difference?")


def RANK():
    A = ["ha", "sy", "sh19", "jx"]
    r("zh", ["ha", "hz23", "sy", "jx"], "r.received.total", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年、涧西区2020年，哪家新收申请最多")
    r("zh", A, "r.carried_forward.total", "asc", "淮安2024、沭阳2025、上海市府办2019、涧西2020，结转下年度的申请哪个最少")
    r("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年三家的行政处罚决定谁最多")
    r("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "比一下淮安市2024、沭阳县2025、上海市府办2019：自然人信访举报投诉类不予处理，哪家最多？")
    r("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "淮安2024年、洪泽2023年、沭阳2025年，行政事业性收费金额最低的是哪个")
    r("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "自然人申请里“需另行制作”的，淮安24年、沭阳25年、上海市府办19年、洪泽23年，谁最多")
    r("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "商业企业提的新申请，淮安市2024年、沭阳县2025年、上海市府办2019年里哪个最少")
    r("en", A, "a.litigation_direct.total", "desc", "Which had the most direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?")
    r("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), who made the fewest enforcement decisions?")
    r("en", ["ha", "sy", "sh19", "hz23"], "r.partially_granted.natural_person", "desc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Hongze 2023 by partial disclosures to individuals - who is top?")
    r("en", ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "asc", "Lowest count of 'not held' answers to individuals among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020?")
    r("en", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "asc", "Huai'an 2024 / Shuyang 2025 / Shanghai General Office 2019 - which refused the fewest individuals' requests as administrative inquiries?")
    r("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "Who issued more licensing decisions: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?")


def NEIGHBOUR():
    t("zh", "ha", "r.carried_over.total", "淮安市2024年从2023年转过来接着办的申请有几件", "上年结转 vs 结转下年")
    t("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年那种先申请复议、对复议结果不服再去起诉的有多少件", "复议后起诉 vs 直接起诉")
    t("zh", "sy", "c.normative_docs.repealed", "沭阳2025年行政规范性文件废止了几件（不是制发的）", "废止 vs 制发")
    t("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年无法提供的申请中，因为没有现成信息、要另外制作的有多少", "另行制作 vs 不掌握")
    t("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不公开的申请", "过程性信息 vs 内部事务")
    t("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新制作的）", "对外公开总数 vs 新制作")
    t("zh", "sh25", "r.carried_over.total", "上海市政府办公厅2025年表里，从2024年结转过来的申请是多少", "上年结转 vs 结转下年")
    t("en", "ha", "c.regulations.issued", "How many municipal regulations did Huai'an newly issue in 2024 (issued, not those in force)?", "制发 vs 现行有效")
    t("en", "sy", "a.review.other", "Shuyang 2025 reviews: how many ended with an 'other' outcome, not corrected?", "其他结果 vs 纠正")
    t("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement: the number of projects, not the money", "采购项目数 vs 金额")
    t("en", "ha", "r.partially_granted.natural_person", "In 2024, Huai'an requests from individuals that were only partly disclosed?", "部分公开 vs 予以公开")
    t("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service providers (法律服务机构), not companies", "法律服务机构 vs 商业企业")
    t("en", "hz24", "c.normative_docs.issued", "Hongze District 2024: normative documents issued that year (not the stock in force)?", "制发 vs 现行有效")


def TEXTONLY():
    n("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会")
    n("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "截至2024年淮安全市在运维的政务新媒体有多少个")
    n("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少元信息处理费")
    n("zh", "ha", "政府信息公开栏目全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目组织过几次全覆盖检查")
    n("zh", "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条信息")
    n("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开政府常务会议几期")
    n("zh", "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区2024年报告正文说区政府办代表区政府受理了多少件申请")
    n("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年在县政府门户网站开展意见征集几期")
    n("zh", "sy", "年度涌现爆款内容", 52, "条", "沭阳2025年政务新媒体出了多少条爆款")
    n("zh", "sy", "全年发出催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发了几次催办提示")
    n("zh", "sy", "失效链接", 43, "处", "沭阳25年整改了多少处失效链接")
    n("zh", "sy", "累计清理过期信息", 697, "条", "2025年沭阳县清理过期信息多少条")
    n("zh", "sy", "成功推动化解各类争议纠纷", 33, "件", "沭阳县2025年通过办前主动沟通化解了几件争议纠纷")
    n("zh", "sy", "完成全县", 64, "家", "沭阳县2025年集中公开年报的单位有几家")
    n("zh", "kw", "直播", 118, "场", "上海科委2024年视频号直播了几场")
    n("zh", "kw", "原创文章", 294, "篇", "市科委2024年微信公众号原创文章多少篇")
    n("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了多少场新闻通气会")
    n("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件")
    n("zh", "sh19", "权威发布共计", 38, "次", "上海市政府办公厅2019年对市政府常务会议重要议题权威发布了几次")
    n("zh", "jx", "试点领域", 26, "个", "涧西区2020年设置了多少个试点领域")
    n("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "How many issues of the Huai'an Municipal Government Gazette were produced in 2024?")
    n("en", "ha", "制作政策解读", 21, "个", "Huai'an 2024: number of policy interpretations made (text, pictures etc.)?")
    n("en", "hz24", "在政府网站平台主动发布各类政府信息", 2428, "条", "How many items did Hongze District post proactively on its government website in 2024?")
    n("en", "hz24", "解读信息发布", 7, "条", "Hongze 2024 - how many policy interpretation items were published?")
    n("en", "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "Shuyang County portal, 2025: items proactively published?")
    n("en", "sy", "推送系列原创短视频", 1113, "个", "how many original short videos did shuyang push out in 2025")
    n("en", "sy", "全县共办理相关案件", 74, "件", "The Shuyang 2025 narrative gives a count of review and lawsuit cases handled county-wide - what is it?")
    n("en", "sy", "收取信息处理费共计", 380, "元", "Total information processing fees charged across Shuyang County in 2025, in yuan?")
    n("en", "sy", "整改不规范描述", 22, "处", "Shuyang 2025 website inspections: how many non-standard wordings were fixed?")
    n("en", "kw", "粉丝数", 54373, "人", "How many followers did the 'Shanghai Science' video channel have according to the STCSM 2024 report?")
    n("en", "kw", "今年累计批量推送集成式发布政策", 121, "条", "STCSM 2024: policies pushed in batches for integrated release?")
    n("en", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "Total items published on the 'Shanghai Science' website in 2024?")
    n("en", "sh25", "召开市政府新闻发布会", 42, "场", "Number of municipal government press conferences held by Shanghai in 2025?")
    n("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "Shanghai General Office 2025 - how many gazette issues were edited?")
    n("en", "sh25", "目前已覆盖", 10, "个", "How many languages does the Shanghai International Services Portal cover, per the 2025 report?")
    n("en", "sh19", "统一受理平台接入", 53, "个", "In 2019, how many departments were connected to Shanghai's unified acceptance platform?")
    n("en", "sh19", "政策解读共", 132, "件", "How many policy interpretations did the 'China Shanghai' portal publish in 2019?")
    n("en", "sh19", "全年共编发公报", 24, "期", "Shanghai General Office 2019, gazette issues compiled over the year?")
    n("en", "sh19", "开展全面检查", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?")


def CANNOT():
    u("zh", "淮安市2024年提申请的人里男的女的各有多少", "sex breakdown not reported")
    u("zh", "沭阳县2025年3月份收到多少信息公开申请", "month breakdown not reported")
    u("zh", "洪泽区2023年各个乡镇分别收到多少申请", "township breakdown not reported")
    u("zh", "南京市2024年政府信息公开申请数量是多少", "body not in the corpus (南京市)")
    u("zh", "宿迁市政府2025年年报里行政复议多少件", "body not in the corpus (宿迁市)")
    u("zh", "沭阳县2024年新收了多少申请", "year not in the corpus (沭阳 2024)")
    u("zh", "洪泽区2022年行政许可决定有多少", "year not in the corpus (洪泽 2022)")
    u("zh", "预计淮安市2026年会收到多少信息公开申请", "forecast")
    u("zh", "我2025年5月给沭阳县住建局申请公开拆迁补偿方案，到现在没回，我那件最后是怎么处理的", "one person's own case")
    u("zh", "能把淮安2024年申请信息公开的人的名单和电话发我吗", "personal data")
    u("zh", "上海市府办2025年的申请平均多少天答复", "response time not reported")
    u("zh", "淮安市政府2024年专门做信息公开的工作人员有几个", "staff not reported")
    u("zh", "你觉得沭阳县2025年信息公开工作做得怎么样，打几分", "opinion")
    u("zh", "浦东新区2024年依申请公开收到多少件", "body not in the corpus (浦东新区)")
    u("zh", "上海科委2023年收到几件申请", "year not in the corpus (上海科委 2023)")
    u("zh", "涧西区2021年新收申请多少件", "year not in the corpus (涧西 2021)")
    u("zh", "上海市政府办公厅2025年的申请里跟征地拆迁有关的有多少件", "topic breakdown not reported")
    u("zh", "沭阳县2025年通过网上平台提交的申请有多少件，当面递交的有多少", "channel breakdown not reported")
    u("zh", "洪泽区2024年申请为什么比2023年多了那么多，报告里说原因了吗，具体是哪几类事项", "reasons/figures not stated")
    u("zh", "清江浦区2024年行政处罚决定数", "body not in the corpus (清江浦区)")
    u("en", "What was the age breakdown of people filing requests with Huai'an in 2024?", "age breakdown not reported")
    u("en", "Which quarter of 2025 brought Shuyang County the most requests?", "quarter breakdown not reported")
    u("en", "Shanghai General Office 2019 - how many requests came by email and how many in person?", "channel breakdown not reported")
    u("en", "Nanjing municipal government 2024, number of disclosure requests?", "body not in the corpus (南京市)")
    u("en", "How many disclosure requests did Hongze District get in 2022?", "year not in the corpus (洪泽 2022)")
    u("en", "STCSM 2023 number of requests received", "year not in the corpus (上海科委 2023)")
    u("en", "Will the Shanghai General Office get over 2000 requests in 2026?", "forecast")
    u("en", "How much money did Huai'an spend running its disclosure office in 2024?", "costs not reported")
    u("en", "I'm a foreigner living in Shanghai. In 2025, how many requests to the General Office came from non-Chinese nationals?", "residence/nationality breakdown not reported")
    u("en", "Which Shuyang county department received the most disclosure requests in 2025?", "department breakdown not reported")
    u("en", "Was Jianxi's 2020 disclosure work better than the Henan average, in your opinion?", "opinion")
    u("en", "Give me the name and ID number of whoever sued Huai'an over disclosure in 2024.", "personal data")
    u("en", "Suqian city 2025 report - disclosure lawsuits count?", "body not in the corpus (宿迁市)")
    u("en", "jianxi district 2021 requests received?", "year not in the corpus (涧西 2021)")
    u("en", "How many of Hongze District's 2023 requests were about land expropriation?", "topic breakdown not reported")
    u("en", "Break down Huai'an's 2024 business requesters by industry please", "industry breakdown not reported")
    u("en", "On average, how many working days did STCSM take to answer a request in 2024?", "response time not reported")
    u("en", "My own request to Shuyang County in 2025 was refused - was that lawful?", "one person's own case")
    u("en", "Pudong New Area 2025: how many disclosure requests?", "body not in the corpus (浦东新区)")


def FOLLOWUP():
    # ---------------- zh
    f("zh", [("淮安2024年申请里全部公开的多少件", ("ha", "r.granted.total")),
             ("部分公开的呢", ("ha", "r.partially_granted.total")),
             ("那沭阳县2025年部分公开是多少", ("sy", "r.partially_granted.total"))], "row, then body")
    f("zh", [("洪泽区2023年行政许可决定多少件", ("hz23", "c.licensing.decisions")),
             ("那24年的数字", ("hz24", "c.licensing.decisions"))], "year switch")
    f("zh", [("帮我查下洪泽区政府2023年的行政处罚决定数", ("hz23", "c.punishment.decisions")),
             ("改查2024年", ("hz24", "c.punishment.decisions")),
             ("同一年行政强制呢", ("hz24", "c.coercion.decisions"))], "year, then row")
    f("zh", [("上海市府办2019年本年新收的申请有多少", ("sh19", "r.received.total")),
             ("2025年的呢", ("sh25", "r.received.total"))], "year switch")
    f("zh", [("上海市政府办公厅2019年结转到下年度继续办理的有几件", ("sh19", "r.carried_forward.total")),
             ("二〇二五年这个数是多少", ("sh25", "r.carried_forward.total"))], "year switch")
    f("zh", [("沭阳县2025年信息公开行政复议一共多少件", ("sy", "a.review.total")),
             ("其中维持原决定的呢", ("sy", "a.review.upheld")),
             ("被纠正的几件", ("sy", "a.review.corrected"))], "outcome switch")
    f("zh", [("淮安市2024年行政复议结果维持的有多少", ("ha", "a.review.upheld")),
             ("那行政诉讼里没经过复议直接起诉、结果维持的呢", ("ha", "a.litigation_direct.upheld"))], "appeals group switch")
    f("zh", [("涧西区2020年新收申请多少", ("jx", "r.received.total")),
             ("其中予以公开几件", ("jx", "r.granted.total")),
             ("还有几件结转到下一年", ("jx", "r.carried_forward.total"))], "row switch")
    f("zh", [("沭阳县2025年表里自然人那一列本年新收的申请是多少，不含上年结转", ("sy", "r.received.natural_person")),
             ("商业企业那列呢", ("sy", "r.received.commercial")),
             ("法律服务机构呢", ("sy", "r.received.legal_services"))], "column switch")
    f("zh", [("淮安2024年因为属于国家秘密不予公开的有几件", ("ha", "r.withheld.state_secret.total")),
             ("会损害第三方合法权益的呢", ("ha", "r.withheld.third_party.total"))], "row switch")
    f("zh", [("上海科委2024年本年新收的申请多少件", ("kw", "r.received.total")),
             ("上一年结转过来的几件", ("kw", "r.carried_over.total")),
             ("淮安市2024年的上年结转是多少", ("ha", "r.carried_over.total"))], "row, then body")
    f("zh", [("洪泽区2023年答复本机关不掌握的申请几件", ("hz23", "r.unable.not_held.total")),
             ("2024年洪泽这一项呢", ("hz24", "r.unable.not_held.total"))], "year switch")
    f("zh", [("沭阳2025年行政许可决定数量", ("sy", "c.licensing.decisions")),
             ("换淮安市看看，2024年这个数", ("ha", "c.licensing.decisions"))], "body switch")
    f("zh", [("淮安市2024年现行有效的行政规范性文件几件", ("ha", "c.normative_docs.in_force")),
             ("沭阳2025年呢", ("sy", "c.normative_docs.in_force")),
             ("洪泽23年的", ("hz23", "c.normative_docs.in_force"))], "body switches")
    f("zh", [("2025年上海市府办的表里，无法提供下面“本机关不掌握”那一小项几件", ("sh25", "r.unable.not_held.total")),
             ("要另行制作的呢", ("sh25", "r.unable.needs_creation.total"))], "row switch")
    f("zh", [("上海市政府办公厅2019年个人提的新申请有多少", ("sh19", "r.received.natural_person")),
             ("25年的个人申请呢", ("sh25", "r.received.natural_person"))], "year switch")
    f("zh", [("淮安2024年信访举报投诉类的申请不予处理几件", ("ha", "r.not_processed.petition.total")),
             ("重复申请呢", ("ha", "r.not_processed.duplicate.total"))], "row switch")
    f("zh", [("洪泽区2023年行政事业性收费金额（万元）", ("hz23", "c.fees.amount")),
             ("2024年的收费金额呢", ("hz24", "c.fees.amount"))], "year switch, money")
    f("zh", [("沭阳县2025年申请人逾期未按收费通知缴费的有几件", ("sy", "r.other.overdue_fee.total")),
             ("无正当理由逾期不补正的呢", ("sy", "r.other.overdue_correction.total"))], "row switch")
    f("zh", [("上海市府办2019年政府信息公开直接起诉的行政诉讼多少件", ("sh19", "a.litigation_direct.total")),
             ("行政复议呢", ("sh19", "a.review.total")),
             ("2025年的行政复议总数呢", ("sh25", "a.review.total"))], "group, then year")
    # ---------------- en
    f("en", [("Huai'an 2024: new requests from individuals?", ("ha", "r.received.natural_person")),
             ("and from businesses?", ("ha", "r.received.commercial")),
             ("law firms?", ("ha", "r.received.legal_services"))], "column switch")
    f("en", [("Shuyang County 2025 administrative reviews, total?", ("sy", "a.review.total")),
             ("What about Huai'an for 2024?", ("ha", "a.review.total"))], "body switch")
    f("en", [("Hongze District normative documents in force, 2023?", ("hz23", "c.normative_docs.in_force")),
             ("and for 2024 then?", ("hz24", "c.normative_docs.in_force"))], "year switch")
    f("en", [("How many new requests did the Shanghai General Office get in 2019?", ("sh19", "r.received.total")),
             ("how about the 2025 report", ("sh25", "r.received.total"))], "year switch")
    f("en", [("Jianxi District 2020 - administrative reviews over disclosure?", ("jx", "a.review.total")),
             ("Direct lawsuits?", ("jx", "a.litigation_direct.total")),
             ("And lawsuits after a review?", ("jx", "a.litigation_after_review.total"))], "appeals group switch")
    f("en", [("Huai'an's administrative penalty decisions in 2024?", ("ha", "c.punishment.decisions")),
             ("Shuyang County in 2025?", ("sy", "c.punishment.decisions")),
             ("and Hongze District for 2023", ("hz23", "c.punishment.decisions"))], "body switches")
    f("en", [("STCSM normative documents issued in 2024?", ("kw", "c.normative_docs.issued")),
             ("How many are in force?", ("kw", "c.normative_docs.in_force"))], "column switch")
    f("en", [("Shanghai General Office 2025: petition/complaint-type requests not processed?", ("sh25", "r.not_processed.petition.total")),
             ("duplicates?", ("sh25", "r.not_processed.duplicate.total"))], "row switch")
    f("en", [("Huai'an 2024, refusals because it was process information (过程性信息)?", ("ha", "r.withheld.process_info.total")),
             ("and internal affairs info?", ("ha", "r.withheld.internal_affairs.total"))], "row switch")
    f("en", [("Shuyang 2025 - requests answered 'we don't hold this info'?", ("sy", "r.unable.not_held.total")),
             ("ok and the ones needing new compilation", ("sy", "r.unable.needs_creation.total"))], "row switch")
    f("en", [("Hongze District enforcement (行政强制) decisions in 2023?", ("hz23", "c.coercion.decisions")),
             ("Same for 2024 please", ("hz24", "c.coercion.decisions"))], "year switch")
    f("en", [("Shanghai General Office, requests carried over from the year before, 2019 report?", ("sh19", "r.carried_over.total")),
             ("And in the 2025 report?", ("sh25", "r.carried_over.total"))], "year switch")
    f("en", [("Huai'an 2024 lawsuits after administrative review, total?", ("ha", "a.litigation_after_review.total")),
             ("how many of those were upheld", ("ha", "a.litigation_after_review.upheld"))], "outcome switch")
    f("en", [("Shuyang 2025, fully disclosed requests from individuals?", ("sy", "r.granted.natural_person")),
             ("the legal services column?", ("sy", "r.granted.legal_services"))], "column switch")
    f("en", [("Hongze 2023 administrative reviews upheld?", ("hz23", "a.review.upheld")),
             ("and upheld among lawsuits after review?", ("hz23", "a.litigation_after_review.upheld"))], "appeals group switch")
    f("en", [("Shanghai science commission: licensing decisions in 2024?", ("kw", "c.licensing.decisions")),
             ("penalties?", ("kw", "c.punishment.decisions"))], "row switch")
    f("en", [("Huai'an administrative fees 2024 (万元)?", ("ha", "c.fees.amount")),
             ("Shuyang County, 2025?", ("sy", "c.fees.amount"))], "body switch, money")
    f("en", [("Shanghai General Office centralized procurement amount in 2019?", ("sh19", "c.procurement.amount")),
             ("Jianxi District 2020?", ("jx", "c.procurement.amount"))], "body switch, money")
    f("en", [("Shuyang County 2025, requests newly received in the table (not counting carry-overs)?", ("sy", "r.received.total")),
             ("carried over from 2024?", ("sy", "r.carried_over.total")),
             ("total processed?", ("sy", "r.total_processed.total"))], "row switches")


def CONVERSATIONS():
    del OUT[:]
    PLAIN()
    COMBINE()
    RANK()
    NEIGHBOUR()
    TEXTONLY()
    CANNOT()
    FOLLOWUP()
    return list(OUT)
