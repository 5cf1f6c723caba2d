"""Question bank of the blind65 evaluation set (evals/blind65).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while
tuning the engine.

Every wording here was newly written for blind65. The bank only names bodies, keys, keywords
and wordings; every number is computed by helpers65 (gold JSON, printed text cells, sentences
cut from the report text).

Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib65 as L  # noqa: E402
from helpers65 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V  # noqa: E402,F401

# Printed cells of the three reports without gold: the same 42 cells blind5/blind6 verified
# (row label or anchor + column index; the number is parsed from the printed line).
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

# Sentences where the narrative states the same number as a table cell (keyword locating them).
HA_REQ = '全市共受理政府信息公开申请'      # 3119 / 3050 / 34 / 103
HA_APP = '政府信息公开行政复议'            # 351 / 72 / 64 / 178 / 37 / 行政诉讼 46
HA_REG = '新增公开市政府规章'              # 规章 1 件
HZ23_REQ = '全区受理政府信息公开申请'      # 21
SY_REQ = '全县全年共受理'                  # 718 / 31 / 法人或其他组织 8
SY_APP = '全县共办理相关案件'              # 74
SH19_REQ = '市政府办公厅代表市政府共受理'  # 859 / 805 / 18 / 72
SH19_APP = '信息公开类行政复议'            # 7 / 9
SH19_ACT = '主动公开规章13件'              # 13 / 60
JX_REQ = '全年共收到依申请公开'            # 17 / 15 / 2
KW_REQ = '全年收到政府信息公开申请'        # 34 / 2 / 9
KW_DOC = '行政规范性文件 13 件'            # 13
SH25_REQ = '市政府共受理政府信息公开申请'  # 1295 / 1191 / 189

W = "万元"


def PV(lang, b, keys, q, what="", **kw):
    """[plain] one table value."""
    src = "printed cell (text row)" if L.gold(b) is None else "gold"
    return V(lang, b, keys, q, "[plain] %s; %s" % (what or "table value", src), **kw)


def PT(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def PS(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def PD(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference, later minus earlier: " + what, **kw)


def PR(lang, bodies, keys, order, q, what):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def PN(lang, b, keyword, value, unit, q, what):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what)


def PU(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


# ----------------------------------------------------------------------------- [plain]
def plain():
    out = []
    z = lambda *a, **k: out.append(PV("zh", *a, **k))  # noqa: E731
    e = lambda *a, **k: out.append(PV("en", *a, **k))  # noqa: E731
    # --- zh
    z("ha", "r.received.total", "淮安市2024年一共收到多少政府信息公开申请啊", "received total; text states 3119 too",
      alt=(HA_REQ, 3119))
    z("ha", "r.unable.not_held.total", "我问淮安市政府要个文件 人家说他们手里没有这个信息 想知道2024年像这样答复“没有”的一共多少件",
      "unable: not held, total")
    z("ha", "r.granted.total", "淮安2024年依申请公开里头 全部给公开了的有几件", "granted total")
    z("ha", "r.withheld.admin_query.total", "帮我看下淮安市政府2024年报告表三，不予公开里“属于行政查询事项”那格总计是多少",
      "withheld: admin query, total")
    z("ha", "a.litigation_direct.total", "淮安市2024年有多少人没走复议直接去法院告的（信息公开类案子）", "direct litigation total")
    z("ha", "c.normative_docs.repealed", "2024年淮安市废掉了几件行政规范性文件", "normative docs repealed")
    z("ha", "c.fees.amount", "淮安市二〇二四年行政事业性收费收了多少钱", "fees amount", unit=W)
    z("ha", "r.other.overdue_correction.total",
      "淮安2024 申请人被要求补正材料结果过了期限也不补 政府就不再处理了 这种有多少", "other: overdue correction")
    z("ha", "r.received.legal_services", "律师事务所这类法律服务机构2024年向淮安市政府申请公开的有多少件",
      "received, legal services column")
    z("ha", "r.not_processed.petition.total",
      "12345这边转个来电：市民想知道淮安市政府2024年有多少申请因为其实是信访举报投诉，被不予处理了", "not processed: petition")
    z("hz23", "r.unable.needs_creation.total", "洪泽区2023年因为没有现成信息、要另外制作，所以提供不了的申请有几件",
      "unable: needs creation")
    z("hz23", "c.punishment.decisions", "洪泽区政府2023年作出的行政处罚决定数量是多少", "penalty decisions")
    z("hz23", "r.partially_granted.total", "洪泽23年部分公开的有几个", "partially granted total")
    z("hz23", "c.fees.amount", "洪泽区2023年度行政事业性收费金额是多少万元", "fees amount", unit=W)
    z("hz23", "r.received.total", "我家在洪泽，想了解下2023年区里一共受理了多少个信息公开申请",
      "received total; text states 21 too", alt=(HZ23_REQ, 21))
    z("sy", "r.received.total", "沭阳县2025年报告表格里本年新收的申请是多少件，不含上一年转过来的",
      "received total (table 713; text 749 includes carried-over, excluded by the wording)")
    z("sy", "r.other.other.total", "沭阳2025年（六）其他处理下面第3小项“其他”总计多少", "other: other")
    z("sy", "r.withheld.internal_affairs.total",
      "2025年初我帮我妈给沭阳县政府写过申请，被说是内部事务信息不给公开。想问下2025年全县像这种属于三类内部事务信息不予公开的一共几件",
      "withheld: internal affairs")
    z("sy", "c.licensing.decisions", "沭阳县政府2025年行政许可处理决定有多少个", "licensing decisions")
    z("sy", "a.review.total", "2025年沭阳县因为信息公开被人申请行政复议的总共几件", "review total (text 74 is review + litigation)")
    z("sy", "r.unable.not_held.natural_person", "沭阳2025 个人申请的里面 政府回复本机关不掌握的有多少",
      "unable: not held, natural persons")
    z("sy", "r.other.overdue_fee.total", "沭阳县2025年有几件申请是因为申请人没按收费通知交钱，最后就不再处理了",
      "other: overdue fee")
    z("sy", "r.carried_over.total", "沭阳县2025年从上一年转过来接着办的申请有多少", "carried over total")
    z("sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的公开申请里，以个人名义申请的有多少",
      "received natural persons")
    z("sh19", "c.procurement.projects", "上海市府办19年政府集中采购项目数量", "procurement projects (Shanghai 2019)")
    z("sh19", "c.procurement.amount", "上海市政府办公厅2019年集中采购总金额是多少？", "procurement amount", unit=W)
    z("sh19", "r.unable.not_held.natural_person", "2019年上海市府办表格中，自然人那一列“本机关不掌握相关政府信息”是多少",
      "unable: not held, natural persons")
    z("sh19", "c.normative_docs.total_published", "上海市政府办公厅2019年规范性文件对外公开总数量是多少",
      "normative docs total published")
    z("sh19", "a.review.total", "2019年上海市政府办公厅被申请信息公开行政复议的有几起",
      "review total; text states 7 too", alt=(SH19_APP, 7))
    z("sh19", "r.carried_forward.total", "上海市府办2019年有多少申请顺延到下一年继续办",
      "carried forward; text states 72 too", alt=(SH19_REQ, 72))
    z("jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购花了多少万元", "procurement amount", unit=W)
    z("jx", "r.unable.not_held.total", "涧西区2020年有几件申请是因为本机关不掌握相关信息没法提供的", "unable: not held")
    z("jx", "r.granted.total", "涧西区人民政府办公室2020年依申请予以公开了多少件", "granted total")
    z("jx", "c.normative_docs.made", "涧西区政府办二〇二〇年新制作规范性文件几件", "normative docs made")
    z("hz24", "c.licensing.decisions", "洪泽区2024年行政许可作出了多少个处理决定", "licensing decisions")
    z("hz24", "r.unable.not_held.total", "洪泽区政府2024年回复“本机关不掌握相关政府信息”的申请有几件", "unable: not held")
    z("hz24", "c.coercion.decisions", "洪泽24年 行政强制 decisions 多少个", "coercion decisions")
    z("kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定多少件", "licensing decisions")
    z("kw", "c.normative_docs.in_force", "市科委2024年底现行有效的规范性文件还剩多少件", "normative docs in force")
    z("kw", "r.received.natural_person", "上海科委2024 new申请里 个人(natural person)的有几件", "received natural persons")
    z("sh25", "r.not_processed.petition.total", "上海市府办2025年有多少申请被认定为信访举报投诉类然后不予处理",
      "not processed: petition")
    z("sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因需另行制作而无法提供的申请数",
      "unable: needs creation")
    z("sh25", "r.carried_forward.total", "上海市政府办公厅2025年办不完要结转到下一年度的申请有多少件", "carried forward")
    z("sh25", "a.review.total", "2025年上海市府办信息公开方面的行政复议总计多少件（就要表里含上年度结转的那个数）",
      "review total (as printed, includes carried-over cases)")
    z("sh25", "r.received.commercial", "上海市政府办公厅2025年收到企业（商业企业）提的申请多少件", "received commercial")
    z("ha", "r.withheld.third_party.total", "为了保护第三方合法权益，淮安市2024年不予公开的申请有几件", "withheld: third party")
    # --- en
    e("ha", "r.partially_granted.total", "How many requests did Huai'an city gov partly release in 2024", "partially granted")
    e("ha", "a.review.pending", "Huaian 2024: admin reconsideration cases still not concluded at year end?",
      "review pending; text states 37 too", alt=(HA_APP, 37))
    e("ha", "c.licensing.decisions", "what's the number of administrative licensing decisions Huai'an made in 2024",
      "licensing decisions")
    e("ha", "r.withheld.state_secret.total",
      "In 2024 how many information requests did Huaian refuse because the info was a state secret (属于国家秘密)?",
      "withheld: state secret")
    e("ha", "r.not_processed.duplicate.total", "huaian 2024 duplicate applications not processed - how many",
      "not processed: duplicate")
    e("ha", "r.received.commercial",
      "Number of new disclosure requests from businesses to the Huai'an municipal government in FY2024?",
      "received commercial")
    e("ha", "c.punishment.decisions", "Administrative penalty decisions, Huai'an, 2024 — total count please",
      "penalty decisions")
    e("ha", "a.litigation_after_review.total",
      "For Huai'an 2024, how many lawsuits were filed after the applicant had first gone through reconsideration?",
      "litigation after review total")
    e("ha", "r.carried_forward.total",
      "In its 2024 report, how many requests did Huai'an push into the following year for a reply?",
      "carried forward; text states 103 too", alt=(HA_REQ, 103))
    e("hz23", "r.withheld.state_secret.total", "Hongze District 2023 - requests withheld as state secrets?",
      "withheld: state secret")
    e("hz23", "c.licensing.decisions",
      "I'm a student writing about Hongze District. In 2023, how many administrative licensing decisions did the district government make?",
      "licensing decisions")
    e("hz23", "c.normative_docs.repealed", "hongze 2023 year, normative document abolish how many pcs?",
      "normative docs repealed")
    e("hz23", "r.unable.not_held.total",
      "In the 2023 Hongze report, how many applications got the answer that the government does not hold the info?",
      "unable: not held")
    e("sy", "r.granted.total", "Shuyang County 2025: how many applications were answered with full disclosure?",
      "granted total")
    e("sy", "r.partially_granted.natural_person",
      "shuyang county 2025 partial disclosure for individual applicants how many", "partially granted, natural persons")
    e("sy", "c.punishment.decisions", "Shuyang 2025 administrative penalty decisions number", "penalty decisions")
    e("sy", "c.fees.amount", "What did Shuyang County take in from administrative fees in 2025 (in 10k yuan)?",
      "fees amount", unit=W)
    e("sy", "r.withheld.admin_query.total",
      "Shuyang 2025, requests turned down because they were actually administrative inquiries (属于行政查询事项)",
      "withheld: admin query")
    e("sy", "a.litigation_after_review.upheld",
      "Of Shuyang's 2025 lawsuits brought after reconsideration, how many ended with the government's decision upheld?",
      "litigation after review upheld")
    e("sy", "r.not_processed.duplicate.total", "please tell shuyang county 2025 year how many application is repeat one and they not handle it",
      "not processed: duplicate")
    e("sy", "r.carried_forward.total", "How many Shuyang applications were still open and rolled over at the end of 2025?",
      "carried forward; text states 31 too", alt=(SY_REQ, 31))
    e("sh19", "r.received.commercial", "Shanghai General Office 2019, new requests filed by companies?",
      "received commercial")
    e("sh19", "r.unable.unclear.natural_person",
      "Shanghai General Office 2019 — applications that stayed unclear even after correction, individuals column?",
      "unable: unclear, natural persons")
    e("sh19", "r.not_processed.petition.natural_person",
      "How many individual requests did the Shanghai General Office set aside in 2019 as petitions or complaints?",
      "not processed: petition, natural persons")
    e("sh19", "r.total_processed.natural_person",
      "Shanghai General Office 2019 – how many individual applicants' requests were dealt with in total?",
      "total processed, natural persons")
    e("sh19", "r.withheld.admin_query.commercial",
      "2019 Shanghai General Office: company requests refused as administrative queries", "withheld: admin query, commercial")
    e("sh19", "r.received.total", "total public info requests received by Shanghai's General Office in 2019?",
      "received total; text states 859 too", alt=(SH19_REQ, 859))
    e("jx", "r.received.total", "Jianxi District, 2020: how many disclosure requests came in?",
      "received total; text states 17 too", alt=(JX_REQ, 17))
    e("jx", "a.review.upheld", "I am help desk, caller ask: jianxi district office 2020 reconsideration result upheld is how many", "review upheld")
    e("jx", "c.procurement.projects",
      "How many centralized procurement projects did Jianxi District's general office list for 2020?",
      "procurement projects")
    e("hz24", "c.punishment.decisions", "Hongze District, 2024 — administrative penalty decisions?", "penalty decisions")
    e("hz24", "c.fees.amount", "hongze district 2024 admin fees amount 万元", "fees amount", unit=W)
    e("hz24", "r.granted.total", "For 2024, how many of Hongze's requests were granted in full according to the table?",
      "granted total")
    e("kw", "r.total_processed.total", "STCSM 2024 total requests handled (（七）总计)?", "total processed")
    e("kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?",
      "normative docs issued; text states 13 too", alt=(KW_DOC, 13))
    e("kw", "r.received.commercial",
      "Shanghai Science and Technology Commission 2024: new requests from commercial enterprises?", "received commercial")
    e("sh25", "r.unable.not_held.total",
      "Shanghai General Office, 2025: requests where the office said it did not hold the information?", "unable: not held")
    e("sh25", "r.received.natural_person",
      "In 2025, how many new applications to the Shanghai municipal general office came from private individuals?",
      "received natural persons")
    e("sh25", "a.litigation_direct.pending", "Shanghai General Office 2025 direct lawsuits still pending (尚未审结)?",
      "direct litigation pending")
    e("sh25", "r.granted.total", "shanghai general office fy2025 how many requests fully granted", "granted total")
    e("sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025, duplicate requests not handled?",
      "not processed: duplicate")
    e("ha", "r.unable.needs_creation.total",
      "Huai'an 2024 — how many requests could not be met because the info would have to be newly compiled?",
      "unable: needs creation")
    e("ha", "c.coercion.decisions", "Huai'an municipal government, administrative coercion decisions for 2024?",
      "coercion decisions")
    e("sy", "c.normative_docs.in_force",
      "As of the 2025 report, how many normative documents does Shuyang County have in force?", "normative docs in force")
    e("hz23", "r.withheld.process_info.total", "hongze 2023: requests withheld as process information (过程性信息)?",
      "withheld: process info")
    return out


# ----------------------------------------------------------------------------- [combine]
WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def combine():
    out = []
    a = out.append
    # sums, zh
    a(PS("zh", "ha", WH, "淮安市2024年不予公开的八种情形加起来一共多少件", "8 withheld rows, totals"))
    a(PS("zh", "sy", ["r.unable.%s.total" % s for s in L.UNABLE], "沭阳县2025年无法提供的三个小项合计是多少",
         "3 unable rows"))
    a(PS("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年予以公开和部分公开加一起是多少",
         "granted + partially granted"))
    a(PS("zh", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"],
         "上海市府办2019年自然人申请里，信访举报类和重复申请两种不予处理的合计几件", "petition + duplicate, natural persons"))
    a(PS("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "沭阳县2025年行政复议和两类行政诉讼加起来一共多少件", "review + both litigation totals; text states 74",
         alt=(SY_APP, 74)))
    a(PS("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "涧西区2020年复议、直接起诉、复议后起诉这三项的总计加起来多少", "three appeals totals"))
    a(PS("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                        "r.withheld.enforcement_files.total"],
         "洪泽区2023年因国家秘密、过程性信息、行政执法案卷这三种理由不公开的合计", "3 withheld rows"))
    a(PS("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
         "上海市府办2025年信访举报类加上重复申请，不予处理的一共多少", "petition + duplicate (printed cells)"))
    # sums, en
    a(PS("en", "ha", ["r.other.%s.total" % s for s in L.OTHER21],
         "Add up the three 'other handling' sub-items for Huai'an 2024", "3 other-handling sub-items"))
    a(PS("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
         "Huai'an 2024: lawsuits in total, the direct ones plus those after reconsideration?",
         "direct + after review; text states 46", alt=('政府信息公开行政诉讼', 46)))
    a(PS("en", "sy", WH, "Shuyang 2025 — sum of all eight 'withheld' reasons?", "8 withheld rows"))
    a(PS("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
         "Shanghai General Office 2019: new individual requests plus individual ones carried over from 2018, together?",
         "received + carried over, natural persons"))
    a(PS("en", "kw", ["r.received.total", "r.carried_over.total"],
         "STCSM 2024: new requests plus carried-over ones, combined", "received + carried over (printed cells)"))
    a(PS("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
         "Shanghai General Office 2025 — not-held plus needs-to-be-created, combined count",
         "not held + needs creation (printed cells)"))
    a(PS("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "Hongze District 2024: reconsiderations plus both kinds of lawsuits, what's the total?",
         "three appeals totals (printed cells)"))
    a(PS("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
         "Huai'an 2024: cases where the government was upheld, across reconsideration, direct suits and post-reconsideration suits",
         "upheld across the three groups"))
    # differences
    a(PD("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定2024年比2023年多了多少", "licensing"))
    a(PD("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请数，2024年跟2023年比变化了多少",
         "not held"))
    a(PD("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请量2025年比2019年增加了多少件", "received total"))
    a(PD("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议数从2019年到2025年变了多少", "review total"))
    a(PD("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费金额24年比23年差了多少万元", "fees amount", unit=W))
    a(PD("en", "hz23", "hz24", "c.punishment.decisions",
         "By how much did Hongze's administrative penalty decisions change from 2023 to 2024?", "penalty decisions"))
    a(PD("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force: 2024 minus 2023?",
         "normative docs in force"))
    a(PD("en", "sh19", "sh25", "r.carried_forward.total",
         "Shanghai General Office requests carried into the next year — 2025 versus 2019, what's the difference?",
         "carried forward"))
    a(PD("en", "sh19", "sh25", "r.received.natural_person",
         "How many more individual requests did the Shanghai General Office get in 2025 than in 2019?",
         "received natural persons"))
    a(PD("en", "sh19", "sh25", "a.litigation_direct.total",
         "Shanghai General Office direct lawsuits went up or down by how many between 2019 and 2025?",
         "direct litigation total"))
    return out


# ----------------------------------------------------------------------------- [rank]
def rank():
    out = []
    a = out.append
    a(PR("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
         "淮安市2024、沭阳县2025、上海市府办2019、涧西区2020这四家，谁收到的新申请最多", "received total"))
    a(PR("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
         "行政许可决定数：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最多", "licensing decisions"))
    a(PR("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
         "淮安2024、洪泽2023、沭阳2025三份报告里行政事业性收费哪家收得最少", "fees amount"))
    a(PR("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
         "上年结转过来的申请，淮安2024年、沭阳2025年、上海市政府办公厅2019年比一比谁最多", "carried over total"))
    a(PR("zh", ["ha", "sy", "hz23", "sh19"], "r.not_processed.petition.natural_person", "desc",
         "个人申请因信访举报投诉被不予处理的：淮安市2024年、沭阳县2025年、洪泽区2023年、上海市府办2019年，哪家最多？",
         "petition, natural persons"))
    a(PR("zh", ["jx", "ha", "sy", "sh19"], "a.review.total", "asc",
         "行政复议总数最少的是谁：涧西区2020年、淮安市2024年、沭阳县2025年、上海市政府办公厅2019年", "review total"))
    a(PR("zh", ["ha", "hz23", "sy", "sh19"], "r.partially_granted.natural_person", "asc",
         "自然人部分公开最少的是哪个：淮安2024、洪泽2023、沭阳2025、上海市府办2019", "partially granted, natural persons"))
    a(PR("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
         "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, who had the most individual requests that would have required creating new information?",
         "needs creation, natural persons"))
    a(PR("en", ["ha", "sy", "sh19"], "r.withheld.internal_affairs.natural_person", "desc",
         "Internal-affairs refusals for individuals: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) — which is highest?",
         "internal affairs, natural persons"))
    a(PR("en", ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "asc",
         "Rank Jianxi 2020, Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 by requests carried forward — which is lowest?",
         "carried forward"))
    a(PR("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
         "fewest penalty decisions: huaian 2024 or hongze 2023 or shuyang 2025?", "penalty decisions"))
    a(PR("en", ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
         "Which of these saw the most direct lawsuits: Jianxi 2020, Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?",
         "direct litigation total"))
    a(PR("en", ["ha", "sy", "sh19"], "r.received.legal_services", "desc",
         "Law firms as applicants — did Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019 get the most from them?",
         "received, legal services"))
    return out


# ----------------------------------------------------------------------------- [textonly]
def textonly():
    out = []
    z = lambda *a: out.append(PN("zh", *a))  # noqa: E731
    e = lambda *a: out.append(PN("en", *a))  # noqa: E731
    z("ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会", "press conferences")
    z("ha", "在运维政务新媒体", 95, "个", "淮安全市2024年在运维的政务新媒体有多少个", "new-media accounts")
    z("ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息公开的信息处理费", "processing fee in yuan")
    z("ha", "人民政府公报》6", 6, "期", "淮安市政府公报2024年一共出了几期", "gazette issues")
    z("hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", "executive meetings disclosed")
    z("hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items")
    z("sy", "催办提示", 84, "次", "沭阳县2025年给办理单位发了多少次催办提示", "reminders")
    z("sy", "累计清理过期信息", 697, "条", "沭阳2025年清理掉多少条过期信息", "outdated items cleaned")
    z("sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了几处失效链接", "broken links fixed")
    z("sy", "年度涌现爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容", "viral posts")
    z("sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的信息公开年报", "units' annual reports")
    z("sy", "办前主动沟通", 49, "次", "2025年沭阳县在办理申请之前主动和申请人沟通了多少次", "pre-handling talks")
    z("sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集", "consultations")
    z("kw", "其中原创文章", 294, "篇", "上海市科委2024年报里“上海科技”公众号原创文章有几篇", "original articles")
    z("kw", "直播 118", 118, "场", "市科委2024年视频号直播了多少场", "live streams")
    z("sh25", "新闻通气会 19", 19, "场", "上海市府办2025年报告里说的新闻通气会开了几场", "press briefings")
    z("sh25", "上海市人民政府公报》24", 24, "期", "上海市府办2025年编的《上海市人民政府公报》有几期", "gazette issues")
    z("sh25", "主动撤回 157", 157, "件", "上海市政府办公厅2025年有多少申请是申请人自己主动撤回的", "withdrawn requests")
    z("sh19", "政策解读共132", 132, "件", "2019年上海市府办通过门户网站发了多少件政策解读", "policy explainers")
    z("jx", "601项事项", 601, "项", "涧西区2020年一共梳理出多少项政务公开事项", "items catalogued")
    e("ha", "制作政策解读", 21, "个", "How many policy explainers did Huai'an produce in 2024?", "policy explainers")
    e("ha", "栏目全覆盖检查", 4, "次",
      "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?", "checks")
    e("hz24", "主动发布各类政府信息 2428", 2428, "条",
      "Hongze District 2024: how many items did it post on the government website platform?", "portal items")
    e("sy", "推送系列原创短视频", 1113, "个", "Shuyang County 2025 — how many original short videos were pushed out?",
      "short videos")
    e("sy", "不规范描述22处", 22, "处", "How many improper descriptions did Shuyang fix on its website in 2025?",
      "improper descriptions fixed")
    e("sy", "3份清单", 3, "份", "How many standard disclosure catalogues did Shuyang update in 2025?", "catalogues updated")
    e("sy", "成功推动化解各类争议纠纷", 33, "件",
      "In 2025 how many disputes did Shuyang manage to settle by talking to applicants early?", "disputes resolved")
    e("sy", "专栏33个", 33, "个", "How many themed columns did Shuyang run on its government new media in 2025?",
      "new-media columns")
    e("kw", "关注人数", 1016823, "人",
      "How many followers does the 'Shanghai Science' WeChat account have per STCSM's 2024 report?", "followers")
    e("kw", "累计批量推送集成式发布政策", 121, "条",
      "STCSM 2024: how many policies were pushed in batches for integrated release?", "policies pushed")
    e("kw", "办政协提案", 85, "件",
      "How many CPPCC proposals did the Shanghai science commission handle as lead or co-handler in 2024?",
      "CPPCC proposals")
    e("kw", "个高频事项", 5, "个",
      "In its 2024 report, how many high-frequency services did the Shanghai science commission link up with policies (阅办联动)?",
      "high-frequency services")
    e("sh25", "新闻发布会 42", 42, "场",
      "How many press conferences did the Shanghai municipal government hold in 2025, according to the General Office report?",
      "press conferences")
    e("sh25", "个语种", 10, "个",
      "Shanghai International Services Portal covers how many languages as of the 2025 General Office report?", "languages")
    e("sh25", "人事任免文件 196", 196, "件",
      "Shanghai General Office 2025: personnel appointment documents proactively disclosed?", "appointment documents")
    e("sh25", "个区全部上线数字公报", 16, "个",
      "How many Shanghai districts had put their gazette online in digital form in 2025 (General Office report)?",
      "districts with digital gazette")
    e("sh19", "70家政府网站", 70, "家",
      "Shanghai General Office 2019 — how many government websites did it check every quarter?", "websites checked")
    e("sh19", "2261项事项", 2261, "项",
      "In 2019 how many service items were connected to Shanghai's unified acceptance platform?", "service items")
    e("jx", "26个试点领域", 26, "个",
      "Jianxi District 2020: how many pilot areas did the grassroots standardization work cover?", "pilot areas")
    return out


# ----------------------------------------------------------------------------- [cannot]
def cannot():
    out = []
    z = lambda q, w: out.append(PU("zh", q, w))  # noqa: E731
    e = lambda q, w: out.append(PU("en", q, w))  # noqa: E731
    z("淮安市2024年申请信息公开的人里男的女的各多少", "applicants by sex are not reported")
    z("沭阳县2025年信息公开申请按乡镇分，哪个镇最多", "no township breakdown")
    z("洪泽区2022年收到多少信息公开申请", "Hongze 2022 report not in the corpus")
    z("南京市2024年政府信息公开申请受理了多少件", "Nanjing not in the corpus")
    z("上海市府办2025年的申请大多是关于哪些方面的？拆迁类的占几件", "no topic breakdown of requests")
    z("预测一下淮安市2025年会收到多少申请", "forecast")
    z("我2025年3月给沭阳县住建局申请过一次，编号SY0312，现在办到哪一步了", "one person's own case")
    z("淮安市2024年做信息公开工作的人员有几个人", "staff numbers not stated")
    z("涧西区2021年的年报里行政复议有几件", "Jianxi 2021 report not in the corpus")
    z("上海市科委2023年收到几件信息公开申请", "STCSM 2023 report not in the corpus")
    z("你觉得洪泽区2024年政府信息公开做得好不好", "opinion")
    z("宿迁市2025年行政许可决定多少个", "Suqian not in the corpus")
    z("沭阳县2025年信息公开申请平均多少天答复完", "response times not reported")
    z("淮安市2024年每个月收到的申请数能列一下吗", "no monthly breakdown")
    z("上海市政府办公厅2019年的申请人里有多少是外地户籍的", "applicants by residence not reported")
    z("把淮安2024年申请了信息公开的人的名字和电话发我一份", "personal data")
    z("洪泽区2023年信息公开工作一共花了多少经费", "costs not reported")
    z("浦东新区2024年信息公开申请有几件", "Pudong not in the corpus")
    z("沭阳县2025年第三季度收到多少件申请", "no quarterly breakdown")
    z("涧西区2020年收到的17件申请分别是哪些部门办的", "no department breakdown")
    e("How many of Huai'an's 2024 applicants were over 60?", "applicants by age are not reported")
    e("Shanghai General Office 2022 requests received?", "Shanghai General Office 2022 report not in the corpus")
    e("What was Hongze District's 2024 disclosure request count broken down by industry?", "no industry breakdown")
    e("how many requests did Suqian city get in 2024", "Suqian not in the corpus")
    e("Will Shuyang County receive more requests in 2026 than in 2025?", "forecast")
    e("Is the Shanghai science commission's 2024 disclosure work better than Huai'an's? your honest opinion", "opinion")
    e("Shuyang 2025: how many requests were submitted online vs by post?", "no channel breakdown")
    e("How long did Huai'an take on average to answer a request in 2024?", "response times not reported")
    e("Give me the ID number of the person who sued the Shanghai General Office in 2019", "personal data")
    e("Why did Hongze District receive 95 requests in 2024? what drove the number", "reasons not stated")
    e("Jianxi District 2021 annual report — how many requests?", "Jianxi 2021 report not in the corpus")
    e("Qingjiangpu District 2024 disclosure requests?", "Qingjiangpu not in the corpus")
    e("I applied to the Shanghai General Office in June 2025 for my housing relocation file — was mine granted?",
      "one person's own case")
    e("How many staff in the Shanghai science commission work on information disclosure (2024)?",
      "staff numbers not stated")
    e("Huai'an 2024 disclosure requests about land acquisition — how many?", "no topic breakdown")
    e("What share of Shuyang County's 2025 applicants were women?", "applicants by sex are not reported")
    e("How much did the Shanghai General Office spend on running its portal in 2025?", "costs not reported")
    e("Hongze 2023: how many requests came from each township?", "no township breakdown")
    e("What will Huai'an's administrative fee income be in 2025?", "forecast")
    return out


# ----------------------------------------------------------------------------- [neighbour]
def neighbour():
    out = []
    a = out.append
    a(PT("zh", "ha", "r.carried_over.total", "淮安2024年从2023年结转过来的申请有多少（注意不是结转到下一年的那个）",
         "结转上年 vs 结转下年; text states 34 too", alt=(HA_REQ, 34)))
    a(PT("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年先复议、复议完了又去起诉的案件有几件",
         "复议后起诉 vs 直接起诉"))
    a(PT("zh", "ha", "c.normative_docs.in_force", "淮安市2024年现在还有效的行政规范性文件有多少件（不是当年新发的）",
         "现行有效 vs 制发"))
    a(PT("zh", "sh19", "r.withheld.process_info.natural_person",
         "上海市府办2019年自然人申请里，因属于四类过程性信息不予公开的有几件", "过程性信息 vs 内部事务"))
    a(PT("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年因为要另行制作信息才没法提供的有几件？别跟本机关不掌握搞混",
         "另行制作 vs 不掌握"))
    a(PT("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购的项目个数（不是金额）", "采购项目数 vs 金额"))
    a(PT("zh", "ha", "a.review.other", "淮安市2024年行政复议结果算“其他结果”的有几件",
         "其他结果 vs 纠正; text states 178 too", alt=(HA_APP, 178)))
    a(PT("en", "ha", "r.partially_granted.natural_person",
         "Huai'an 2024: individuals' requests that were only PARTLY disclosed (部分公开)", "部分公开 vs 予以公开"))
    a(PT("en", "sh25", "r.carried_over.legal_services",
         "Shanghai General Office 2025 — requests carried over from 2024 that came from legal service organisations (法律服务机构), not companies",
         "法律服务机构 vs 商业企业"))
    a(PT("en", "hz24", "c.normative_docs.in_force",
         "Hongze District 2024: normative documents currently valid (现行有效), not the newly issued ones", "现行有效 vs 制发"))
    a(PT("en", "sh19", "c.regulations.total_published",
         "Shanghai General Office 2019: regulations published to the public overall (对外公开总数量), not the ones made that year",
         "对外公开总数 vs 新制作"))
    a(PT("en", "kw", "r.carried_over.total",
         "Shanghai science commission 2024: how many requests were left over from 2023 (上年结转), not the new ones?",
         "上年结转 vs 新收; text states 2 too", alt=(KW_REQ, 2)))
    a(PT("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024, lawsuits after reconsideration that are still pending",
         "复议后起诉 尚未审结 vs 直接起诉"))
    return out


# ----------------------------------------------------------------------------- [followup]
def followup():
    out = []
    z = lambda turns, w: out.append(FU("zh", turns, w))  # noqa: E731
    e = lambda turns, w: out.append(FU("en", turns, w))  # noqa: E731
    z([("淮安市2024年依申请部分公开了多少", E("ha", "r.partially_granted.total")),
       ("沭阳县2025年同一项呢", E("sy", "r.partially_granted.total"))], "body switch")
    z([("洪泽区2023年行政强制决定是多少个", E("hz23", "c.coercion.decisions")),
       ("换成2024年呢", E("hz24", "c.coercion.decisions"))], "year switch (2024 printed cell)")
    z([("上海市府办2019年新收申请总数", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
       ("25年呢？", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch, two-digit year")
    z([("沭阳2025年行政复议结果维持的有几件", E("sy", "a.review.upheld")),
       ("纠正的呢", E("sy", "a.review.corrected")),
       ("还没审结的呢", E("sy", "a.review.pending"))], "column switch in appeals")
    z([("淮安市政府2024年不予公开里因为属于行政执法案卷的有几件", E("ha", "r.withheld.enforcement_files.total")),
       ("那过程性信息那一类呢", E("ha", "r.withheld.process_info.total"))], "row switch")
    z([("涧西区2020年还在办、要转到下一年的申请有几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
       ("办结了多少件", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], "row switch; text states both")
    z([("洪泽区2023年规范性文件现行有效的有几件", E("hz23", "c.normative_docs.in_force")),
       ("2024年的呢", E("hz24", "c.normative_docs.in_force"))], "year switch")
    z([("上海市政府办公厅2025年未经复议直接起诉的行政诉讼有几件", E("sh25", "a.litigation_direct.total")),
       ("那复议后再起诉的呢", E("sh25", "a.litigation_after_review.total")),
       ("行政复议总计呢", E("sh25", "a.review.total"))], "appeals group switch (printed cells)")
    z([("淮安2024年自然人申请里不予处理中属于重复申请的有几件", E("ha", "r.not_processed.duplicate.natural_person")),
       ("商业企业那一列呢", E("ha", "r.not_processed.duplicate.commercial"))], "column switch")
    z([("沭阳县2025年行政事业性收费多少万元", E("sy", "c.fees.amount", unit=W)),
       ("淮安市2024年呢", E("ha", "c.fees.amount", unit=W)),
       ("洪泽区2023年呢", E("hz23", "c.fees.amount", unit=W))], "body and year switch")
    z([("我是跑新闻的，想核实一下淮安市2024年信息公开行政复议一共多少件", E("ha", "a.review.total", alt=(HA_APP, 351))),
       ("其中维持的呢", E("ha", "a.review.upheld", alt=(HA_APP, 72)))], "column switch; text states both")
    z([("沭阳2025年本年办理结果（七）总计是多少", E("sy", "r.total_processed.total", alt=(SY_REQ, 718))),
       ("结转下年度继续办理的呢", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "row switch; text states both")
    z([("上海科委2024年予以公开多少件", E("kw", "r.granted.total", alt=('同意公开答复', 9))),
       ("新收申请总数呢", E("kw", "r.received.total", alt=(KW_REQ, 34)))], "row switch (printed cells); text states both")
    z([("洪泽区2024年表里予以公开的申请几件", E("hz24", "r.granted.total")),
       ("23年呢", E("hz23", "r.granted.total"))], "year switch, two-digit year")
    z([("淮安市2024年行政处罚决定有多少", E("ha", "c.punishment.decisions")),
       ("沭阳县2025年的呢", E("sy", "c.punishment.decisions"))], "body switch")
    z([("上海市府办2019年因为本机关不掌握而无法提供的，商业企业申请有几件", E("sh19", "r.unable.not_held.commercial")),
       ("自然人的呢", E("sh19", "r.unable.not_held.natural_person"))], "column switch")
    z([("沭阳县2025年自然人新收的申请多少件（不算上年结转）", E("sy", "r.received.natural_person")),
       ("法律服务机构的呢", E("sy", "r.received.legal_services"))], "column switch")
    z([("淮安2024年不予处理里“要求行政机关确认或重新出具已获取信息”的有几件",
        E("ha", "r.not_processed.reconfirm.total")),
       ("沭阳2025年同一行呢", E("sy", "r.not_processed.reconfirm.total"))], "body switch")
    z([("洪泽区2023年结转下年度继续办理的有几件", E("hz23", "r.carried_forward.total")),
       ("2024年呢？", E("hz24", "r.carried_forward.total"))], "year switch")
    z([("上海市政府办公厅2025年本年办理总计是多少", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
       ("上年结转的有多少", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
       ("其中自然人结转的呢", E("sh25", "r.carried_over.natural_person"))], "row and column switch (printed cells)")
    # en
    e([("Huai'an 2024 — how many requests were withheld for endangering the 'three securities and one stability'?",
        E("ha", "r.withheld.security_stability.total")),
       ("and for being prohibited by other laws?", E("ha", "r.withheld.prohibited_by_law.total"))], "row switch")
    e([("Shuyang 2025 direct lawsuits total?", E("sy", "a.litigation_direct.total")),
       ("what about Huai'an 2024?", E("ha", "a.litigation_direct.total"))], "body switch")
    e([("How many requests did the Shanghai General Office carry forward at the end of 2019?",
        E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
       ("And at the end of 2025?", E("sh25", "r.carried_forward.total"))], "year switch")
    e([("Hongze District 2024 licensing decisions?", E("hz24", "c.licensing.decisions")),
       ("2023?", E("hz23", "c.licensing.decisions"))], "year switch, bare year")
    e([("Jianxi District 2020, normative documents newly published (本年新公开数量)?", E("jx", "c.normative_docs.published")),
       ("and total published?", E("jx", "c.normative_docs.total_published")),
       ("Shanghai General Office 2019, newly published?", E("sh19", "c.normative_docs.published", alt=(SH19_ACT, 60)))],
      "column then body switch")
    e([("STCSM 2024, how many new requests came in from individuals?", E("kw", "r.received.natural_person")),
       ("and from companies?", E("kw", "r.received.commercial"))], "column switch (printed cells)")
    e([("Shuyang County 2025, number of administrative coercion decisions?", E("sy", "c.coercion.decisions")),
       ("Same for Huai'an 2024?", E("ha", "c.coercion.decisions")),
       ("And Hongze 2023?", E("hz23", "c.coercion.decisions"))], "body switch twice")
    e([("Huai'an 2024: requests that remained unclear after the applicant was asked to clarify",
        E("ha", "r.unable.unclear.total")),
       ("ok and the ones needing new compilation?", E("ha", "r.unable.needs_creation.total"))], "row switch")
    e([("In 2025 at the Shanghai General Office, reconsideration cases still pending?", E("sh25", "a.review.pending")),
       ("and how many reconsiderations in total?", E("sh25", "a.review.total"))], "column switch (printed cells)")
    e([("Shuyang 2025: requests from legal service institutions that were partly disclosed?",
        E("sy", "r.partially_granted.legal_services")),
       ("fully disclosed?", E("sy", "r.granted.legal_services"))], "row switch")
    e([("Hongze 2023 reconsideration upheld?", E("hz23", "a.review.upheld")),
       ("corrected?", E("hz23", "a.review.corrected"))], "column switch")
    e([("Huai'an 2024 normative documents issued that year?", E("ha", "c.normative_docs.issued")),
       ("and regulations issued?", E("ha", "c.regulations.issued", alt=(HA_REG, 1)))], "row switch")
    e([("Shanghai General Office 2019: regulations newly made (本年新制作数量)",
        E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
       ("what's the overall published total for regulations?", E("sh19", "c.regulations.total_published"))],
      "column switch")
    e([("Jianxi District 2020 — requests fully disclosed to individuals?", E("jx", "r.granted.natural_person")),
       ("and how many did Hongze District disclose to individuals in full in 2023?", E("hz23", "r.granted.natural_person"))],
      "body and year switch")
    e([("Shanghai General Office 2025 new applications total?", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
       ("how about 2019?", E("sh19", "r.received.total", alt=(SH19_REQ, 859)))], "year switch")
    e([("Huai'an 2024 total handled (办理结果总计)?", E("ha", "r.total_processed.total", alt=(HA_REQ, 3050))),
       ("Shuyang 2025?", E("sy", "r.total_processed.total", alt=(SY_REQ, 718)))], "body switch")
    e([("Hongze District 2024 — reconsideration cases in the appeals table?", E("hz24", "a.review.total")),
       ("direct lawsuits?", E("hz24", "a.litigation_direct.total")),
       ("after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "appeals group switch (printed cells)")
    e([("Shuyang 2025 newly received requests from organisations (法人或其他组织)?",
        E("sy", "r.received.legal_person", alt=(SY_REQ, 8))),
       ("and the newly received ones from individuals?", E("sy", "r.received.natural_person"))],
      "column switch; text 法人或其他组织 8 agrees, text 自然人 741 includes carried-over")
    e([("Shanghai General Office 2019 — withheld as internal affairs, individuals?",
        E("sh19", "r.withheld.internal_affairs.natural_person")),
       ("and state secrets, individuals?", E("sh19", "r.withheld.state_secret.natural_person"))], "row switch")
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followup()
