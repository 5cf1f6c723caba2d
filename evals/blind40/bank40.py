"""Question bank of the blind40 evaluation set (evals/blind40).

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written for this set. Numbers are never typed here: helpers40 computes them from
gold/*.json, from printed table rows of reports without gold (SPECS, the cells blind6 verified,
copied from blind6's text_cells.json), or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib40 as L  # noqa: E402
from helpers40 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# text alternatives (keyword of the sentence, number it states)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351件"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH19_APP = "信息公开类行政复议7件"
SY_REQ = "全县全年共受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "所有办结的信息公开申请中同意公开答复"
SH25_REQ = "市政府共受理政府信息公开申请"
HZ23_REQ = "全区受理政府信息公开申请"


def P(lang, b, keys, q, what="", **kw):
    return V(lang, b, keys, q, "[plain] " + (what or "table value"), **kw)


def TR(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def SM(lang, b, keys, q, what="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + what, **kw)


def DF(lang, b1, b2, keys, q, what="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + what, **kw)


def RK(lang, bodies, keys, order, q, what="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def TX(lang, b, kw, v, unit, q, what="number stated only in the text", frm=None):
    return N(lang, b, kw, v, unit, q, "[textonly] " + what, frm=frm)


def NO(lang, q, why, what="not in the corpus"):
    return U(lang, q, why, "[cannot] " + what)


JX, HA, HZ23, HZ24, SY, KW, SH25, SH19 = "jx", "ha", "hz23", "hz24", "sy", "kw", "sh25", "sh19"
GOLD5 = [JX, HA, HZ23, SY, SH19]
OUT_REV = ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending"]


def plain():
    c = []
    a = c.append
    # ---- zh
    a(P("zh", HA, "r.granted.total", "淮安市政府2024年依申请直接全部公开的有几件"))
    a(P("zh", HA, "r.partially_granted.total", "淮安2024 部分公开 多少件啊"))
    a(P("zh", HA, "r.withheld.admin_query.total", "我想问一下淮安市人民政府2024年报里，因为属于行政查询事项所以没公开的申请是多少件？"))
    a(P("zh", HA, "r.unable.not_held.total", "淮安市24年有多少申请被回复说本机关不掌握这个信息"))
    a(P("zh", HA, "r.not_processed.duplicate.total", "淮安市政府2024年，同一个人重复来申请、被不予处理的有几件"))
    a(P("zh", HA, "r.other.overdue_fee.total", "帮我查下淮安2024年 申请人逾期没交信息处理费 被算作其他处理的件数"))
    a(P("zh", HA, "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构新提交了多少申请？"))
    a(P("zh", HA, "c.licensing.decisions", "淮安市人民政府2024年度行政许可处理决定数量是多少", "big number"))
    a(P("zh", HA, "c.fees.amount", "淮安2024年行政事业性收费 收了多少钱", unit="万元"))
    a(P("zh", HA, "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件"))
    a(P("zh", HA, "a.litigation_after_review.pending", "记者提问：淮安市政府2024年，经复议后又起诉、到年底还没审结的案子有几件？"))
    a(P("zh", HA, "a.review.corrected", "淮安2024年信息公开复议里被纠正的多少件", alt=(HA_APP, 64)))
    a(P("zh", HA, "r.withheld.third_party.total", "淮安市人民政府二〇二四年因为会损害第三方合法权益而不予公开的申请有几件"))
    a(P("zh", HZ23, "r.unable.not_held.total", "洪泽区2023年 回复“不掌握”的申请 几件"))
    a(P("zh", HZ23, "c.punishment.decisions", "洪泽区政府2023年行政处罚决定一共作出多少件？"))
    a(P("zh", HZ23, "c.fees.amount", "洪泽 2023 行政事业性收费金额 万元", unit="万元"))
    a(P("zh", HZ23, "r.partially_granted.total", "老师让我们查：淮安市洪泽区人民政府2023年报表格第三部分里“部分公开”那一格是多少"))
    a(P("zh", HZ23, "c.normative_docs.repealed", "洪泽区2023年清理掉（废止）的规范性文件多少件"))
    a(P("zh", HZ23, "r.received.total", "洪泽区政府2023年一共收到多少份信息公开申请", alt=(HZ23_REQ, 21)))
    a(P("zh", HZ24, "c.licensing.decisions", "洪泽区2024年 行政许可 做了多少个决定"))
    a(P("zh", HZ24, "c.coercion.decisions", "请问淮安市洪泽区人民政府2024年度行政强制的处理决定数"))
    a(P("zh", HZ24, "r.unable.not_held.total", "洪泽2024年报表里，区政府说自己不掌握相关信息的申请数是多少"))
    a(P("zh", HZ24, "c.fees.amount", "12345转来一位市民：他想知道洪泽区2024年行政事业性收费金额是多少。", unit="万元"))
    a(P("zh", SY, "r.granted.total", "沭阳县2025年有多少信息公开申请是直接给公开了的"))
    a(P("zh", SY, "r.withheld.internal_affairs.total", "沭阳县政府2025年以“内部事务信息”为由不公开的有几件"))
    a(P("zh", SY, "r.unable.not_held.total", "我2024年底帮我妈给沭阳县政府写过申请，被回说他们不掌握。想问下2025年这种“不掌握”的答复一共有多少件？"))
    a(P("zh", SY, "r.not_processed.petition.total", "沭阳2025年 申请其实是信访投诉举报的、没按信息公开处理的有多少"))
    a(P("zh", SY, "r.other.other.total", "沭阳县人民政府2025年“其他”处理那一项（不是逾期补正也不是逾期缴费）数字多少？"))
    a(P("zh", SY, "c.punishment.decisions", "沭阳县2025年行政处罚的决定数量"))
    a(P("zh", SY, "c.normative_docs.in_force", "沭阳县政府2025年底现行有效的规范性文件还有多少件"))
    a(P("zh", SY, "r.received.total", "沭阳2025年本年新收的信息公开申请，不含上一年结转，表里是多少"))
    a(P("zh", SY, "a.review.pending", "沭阳县2025年信息公开行政复议还没审结的几件"))
    a(P("zh", SH19, "r.received.natural_person", "上海市府办2019年公民个人提的信息公开申请有多少"))
    a(P("zh", SH19, "c.regulations.total_published", "上海市政府办公厅2019年报里，规章“对外公开总数量”是多少件"))
    a(P("zh", SH19, "c.procurement.amount", "上海市府办2019年政府集中采购的总金额", unit="万元"))
    a(P("zh", SH19, "r.unable.needs_creation.natural_person", "上海市府办2019年个人申请中，因需要另行制作而无法提供的有几件"))
    a(P("zh", SH19, "r.withheld.admin_query.natural_person", "上海市政府办公厅2019年，个人来申请、被认定为行政查询事项而不予公开的有几件"))
    a(P("zh", SH25, "r.unable.needs_creation.total", "上海市府办2025年回复说没有现成信息、需要另行制作的申请有多少件？"))
    a(P("zh", SH25, "r.not_processed.petition.total", "上海市政府办公厅2025年属于信访举报投诉类、被不予处理的申请数"))
    a(P("zh", SH25, "a.review.pending", "上海市府办2025年报 行政复议 尚未审结 多少"))
    a(P("zh", SH25, "r.carried_over.natural_person", "上海市府办2025年从上年结转过来的申请里，自然人的有多少件"))
    a(P("zh", KW, "c.licensing.decisions", "上海科委2024年行政许可处理决定多少件"))
    a(P("zh", KW, "c.normative_docs.in_force", "市科委2024年现行有效规范性文件数量"))
    a(P("zh", KW, "r.received.commercial", "上海市科学技术委员会2024年收到的申请里，商业企业提的有几件"))
    a(P("zh", JX, "c.procurement.projects", "涧西区政府办2020年报里，政府集中采购项目有几个"))
    a(P("zh", JX, "r.unable.not_held.total", "涧西区2020年因为本机关不掌握而没法提供的申请有几件"))
    # ---- en
    a(P("en", HA, "r.granted.total", "How many requests did Huai'an city fully grant in 2024?"))
    a(P("en", HA, "r.withheld.prohibited_by_law.total", "huaian 2024 requests refused because laws forbid disclosure - how many"))
    a(P("en", HA, "r.unable.needs_creation.total", "In 2024, how many Huai'an requests could not be met because the info would have to be newly compiled (需要另行制作)?"))
    a(P("en", HA, "r.not_processed.petition.total", "Huaian Municipal Government 2024: requests that were really complaints or petitions and so not processed — count?"))
    a(P("en", HA, "r.other.overdue_correction.total", "For Huai'an in 2024, how many applicants never came back to fix their incomplete request in time?"))
    a(P("en", HA, "c.punishment.decisions", "Huai'an 2024 number of administrative punishment decisions"))
    a(P("en", HA, "c.coercion.decisions", "what is the count of administrative coercion (行政强制) decisions for Huaian in 2024"))
    a(P("en", HA, "a.litigation_direct.total", "How many lawsuits were filed straight against Huai'an city (no prior review) over disclosure in 2024?"))
    a(P("en", HA, "a.review.pending", "Huai'an 2024, admin reviews still undecided at year end?", alt=(HA_APP, 37)))
    a(P("en", HA, "r.received.commercial", "I'm a student looking at Table 3 of Huai'an's 2024 report - the 商业企业 column of newly received requests, what's the number?"))
    a(P("en", HA, "r.carried_forward.total", "how many huai'an requests in 2024 were pushed to the following year to finish", alt=(HA_REQ, 103)))
    a(P("en", HA, "c.normative_docs.in_force", "Huai'an 2024: normative documents currently in force, how many?"))
    a(P("en", HZ23, "c.licensing.decisions", "Hongze District 2023 administrative licensing decisions number please"))
    a(P("en", HZ23, "r.unable.needs_creation.total", "Hongze 2023 — requests it could not answer since it would have had to create new information?"))
    a(P("en", HZ23, "c.coercion.decisions", "How many administrative enforcement (coercion) decisions did Hongze District make in FY2023?"))
    a(P("en", HZ23, "r.withheld.state_secret.total", "Did Hongze district in 2023 refuse any request as a state secret? how many"))
    a(P("en", HZ24, "c.punishment.decisions", "Hongze District government, 2024: administrative penalties decided, how many?"))
    a(P("en", HZ24, "c.normative_docs.issued", "How many normative documents did Hongze issue in 2024?"))
    a(P("en", HZ24, "r.granted.total", "For Hongze in 2024, what does the table give as requests granted in full (予以公开)?"))
    a(P("en", SY, "r.partially_granted.total", "Shuyang County 2025 partially granted requests"))
    a(P("en", SY, "r.withheld.enforcement_files.total", "In 2025 how many Shuyang requests were refused because they concerned administrative enforcement case files?"))
    a(P("en", SY, "r.not_processed.duplicate.total", "shuyang county 2025 how many duplicate applications not handled"))
    a(P("en", SY, "c.licensing.decisions", "Shuyang 2025: administrative licensing decisions, total count?"))
    a(P("en", SY, "c.fees.amount", "How much did Shuyang County take in from administrative fees in 2025?", unit="万元"))
    a(P("en", SY, "a.litigation_after_review.total", "Shuyang County 2025 — lawsuits filed after an administrative review, total?"))
    a(P("en", SY, "r.carried_forward.total", "Shuyang 2025, requests still open and carried into the next year?", alt=("共办理 718 件", 31)))
    a(P("en", SY, "a.review.corrected", "Shuyang 2025 disclosure reviews where the decision was corrected — number?"))
    a(P("en", SH19, "r.received.commercial", "Shanghai General Office 2019 — how many requests came from businesses?"))
    a(P("en", SH19, "c.normative_docs.total_published", "Shanghai municipal general office, 2019: total normative documents publicly available (对外公开总数量)?"))
    a(P("en", SH19, "r.unable.unclear.natural_person", "In 2019, how many individuals' requests to the Shanghai General Office were too vague to identify the info?"))
    a(P("en", SH19, "r.carried_over.total", "Shanghai General Office in 2019: requests carried over from the year before?", alt=(SH19_REQ, 18)))
    a(P("en", SH19, "r.withheld.state_secret.natural_person", "how many 2019 requests by private persons did the Shanghai General Office refuse as state secrets"))
    a(P("en", SH25, "r.carried_forward.total", "Shanghai General Office 2025: requests rolled into the next year?"))
    a(P("en", SH25, "r.not_processed.duplicate.total", "Shanghai municipal government general office 2025 repeated applications it declined to process - how many?"))
    a(P("en", SH25, "r.received.commercial", "pls tell me how many requests commercial companies sent the Shanghai General Office in 2025"))
    a(P("en", SH25, "a.litigation_direct.pending", "Shanghai General Office 2025: direct lawsuits not concluded yet?"))
    a(P("en", KW, "c.normative_docs.issued", "STCSM 2024 - how many normative documents issued?"))
    a(P("en", KW, "c.punishment.decisions", "Shanghai science commission 2024, number of administrative penalty decisions?"))
    a(P("en", KW, "r.total_processed.total", "What is the total number of requests the Shanghai science commission processed in 2024 (办理结果总计)?"))
    a(P("en", JX, "c.procurement.amount", "Jianxi District 2020 government procurement contract value?", unit="万元"))
    a(P("en", JX, "r.granted.total", "Jianxi District Government Office 2020 — requests granted in full, how many?"))
    a(P("en", JX, "a.litigation_after_review.total", "Jianxi 2020: lawsuits brought after a review had concluded — how many?"))
    return c


def traps():
    c = []
    a = c.append
    a(TR("zh", HA, "r.carried_over.total", "淮安市2024年从上一年结转进来的申请是多少（注意不是结转到下一年的）", "结转上年 vs 结转下年", alt=(HA_REQ, 34)))
    a(TR("zh", HA, "a.litigation_direct.upheld", "淮安2024年直接提起行政诉讼、结果维持的几件？没经过复议的那种", "直接起诉 vs 复议后起诉; text 25 is both together"))
    a(TR("zh", SY, "c.normative_docs.repealed", "沭阳县2025年废止的规范性文件多少件，不是新制发的", "废止 vs 制发"))
    a(TR("zh", SH19, "c.regulations.made", "上海市府办2019年本年新制作的规章多少件，不要对外公开总数", "新制作 vs 对外公开总数"))
    a(TR("zh", SH25, "r.unable.not_held.total", "上海市府办2025年表格里“本机关不掌握”这一行的总计，不是正文那个“不掌握等原因无法提供”", "不掌握 vs 无法提供合计 (text 564)"))
    a(TR("zh", HA, "r.withheld.process_info.total", "淮安市2024年因为属于过程性信息不予公开的，别跟内部事务信息搞混", "过程性信息 vs 内部事务"))
    a(TR("zh", SY, "r.partially_granted.total", "沭阳2025年“部分公开”的件数，不是全部公开", "部分公开 vs 予以公开"))
    a(TR("en", HA, "a.review.other", "Huai'an 2024 reviews: the 'other outcome' column, not the corrected one", "其他结果 vs 纠正", alt=(HA_APP, 178)))
    a(TR("en", SH19, "c.procurement.projects", "Shanghai General Office 2019: number of procurement projects (the count, not the money)", "采购项目数 vs 金额"))
    a(TR("en", HA, "a.litigation_after_review.total", "Huai'an 2024: only suits filed AFTER going through admin review, total", "复议后起诉 vs 直接起诉"))
    a(TR("en", HA, "r.unable.needs_creation.natural_person", "Huai'an 2024, individuals told the info would need to be specially created (not the 'not held' row)", "另行制作 vs 不掌握"))
    a(TR("en", HA, "r.received.legal_services", "Huai'an 2024 requests from law firms / legal service bodies — not the commercial companies column", "法律服务机构 vs 商业企业"))
    a(TR("en", KW, "c.normative_docs.in_force", "STCSM 2024 normative documents still in force at year end (not the ones newly issued)", "现行有效 vs 制发"))
    return c


def combine():
    c = []
    a = c.append
    # sums zh
    a(SM("zh", HA, ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年信息公开行政诉讼一共多少件（直接起诉加复议后起诉）", "two litigation groups; text states 46", alt=("行政诉讼 46", 46)))
    a(SM("zh", HA, ["a.review.upheld", "a.review.corrected"], "淮安2024年信息公开复议，结果是维持或者纠正的一共多少件"))
    a(SM("zh", HA, ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安市2024年无法提供的三种情况加起来多少件"))
    a(SM("zh", HA, ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "淮安2024年新收申请里，企业、法律服务机构和其他组织这三列合计多少"))
    a(SM("zh", SY, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开复议和诉讼（两种起诉）的案件加在一块是多少", "text states 74", alt=("全县共办理相关案件", 74)))
    a(SM("zh", SY, ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳2025年不予公开中，危及三安全一稳定、损害第三方权益、过程性信息、行政执法案卷这四项一共几件"))
    a(SM("zh", SH19, ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "上海市府办2019年自然人申请中，信访类和重复申请两种不予处理一共多少件"))
    a(SM("zh", HZ23, ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因国家秘密、过程性信息、执法案卷三项不公开的合计"))
    a(SM("zh", SH25, ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类+重复申请两项不予处理合起来多少"))
    a(SM("zh", HA, ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年复议、直接诉讼、复议后诉讼三块里“结果维持”的加总"))
    # sums en
    a(SM("en", HA, ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Add up all three 'other handling' sub-rows for Huai'an 2024 - what do you get?"))
    a(SM("en", SY, ["a.review.upheld", "a.review.corrected", "a.review.other"], "Shuyang 2025 concluded reviews: upheld + corrected + other outcome, together?"))
    a(SM("en", SY, ["r.granted.total", "r.partially_granted.total"], "How many Shuyang County requests in 2025 got at least some information released (full or partial)?"))
    a(SM("en", HA, ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "Huai'an 2024: state secrets, barred by law, and 'three securities one stability' refusals - combined count"))
    a(SM("en", SH19, ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "Shanghai General Office 2019 granted requests: sum the individual, business, legal-service and other-org columns"))
    a(SM("en", HA, ["a.litigation_direct.pending", "a.litigation_after_review.pending"], "Huai'an 2024, all disclosure lawsuits (both kinds) still pending at year end — total?", "text states 7", alt=("尚未审结 7", 7)))
    a(SM("en", JX, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020: reviews plus both kinds of lawsuits, how many cases in total?"))
    a(SM("en", SY, ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang 2025 — normative documents issued plus repealed, total churn?"))
    a(SM("en", HA, ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024, requests from individuals: new ones plus those carried over, total?"))
    # differences
    a(DF("zh", HZ23, HZ24, "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少"))
    a(DF("zh", HZ23, HZ24, "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2023年到2024年增加了几件"))
    a(DF("zh", SH19, SH25, "r.received.natural_person", "上海市府办自然人新收申请，2025年和2019年比差多少"))
    a(DF("zh", SH19, SH25, "a.review.total", "上海市政府办公厅信息公开行政复议，从2019年到2025年多了多少件"))
    a(DF("zh", HZ23, HZ24, "c.punishment.decisions", "洪泽区2024年的行政处罚决定比2023年变化了多少（减少用负数）"))
    a(DF("en", HZ23, HZ24, "c.coercion.decisions", "Change in Hongze's administrative coercion decisions from 2023 to 2024?"))
    a(DF("en", HZ23, HZ24, "c.fees.amount", "By how much did Hongze District's fee income change between 2023 and 2024?", unit="万元"))
    a(DF("en", SH19, SH25, "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2019 vs 2025 - what's the difference?"))
    a(DF("en", SH19, SH25, "a.litigation_direct.total", "How many more direct lawsuits did the Shanghai General Office face in 2025 than in 2019?"))
    a(DF("en", SH19, SH25, "r.received.commercial", "Shanghai General Office, requests from companies: 2025 minus 2019?"))
    a(DF("en", HZ23, HZ24, "c.normative_docs.in_force", "Hongze normative documents in force: how did the number move between 2023 and 2024?"))
    return c


def rank():
    c = []
    a = c.append
    a(RK("zh", [HA, SY, HZ23], "r.unable.not_held.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023三份年报，谁回复“不掌握”的申请最多"))
    a(RK("zh", [HA, SY, HZ23], "a.review.upheld", "asc", "复议结果维持的件数，淮安市2024年、沭阳县2025年、洪泽区2023年哪个最少", "sub-column of appeals"))
    a(RK("zh", [HA, SY, SH19], "r.received.natural_person", "desc", "个人申请量排个名：淮安2024 / 沭阳2025 / 上海市府办2019，谁第一"))
    a(RK("zh", [HA, SY], "r.withheld.internal_affairs.total", "desc", "内部事务信息不公开的，淮安市2024年和沭阳县2025年哪边多"))
    a(RK("zh", [HA, HZ23, SY], "c.normative_docs.repealed", "asc", "淮安2024、洪泽区2023、沭阳县2025三家，废止规范性文件最少的是谁"))
    a(RK("zh", [HA, SY, SH19], ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "desc", "行政诉讼结果维持（直接诉讼和复议后诉讼都算）：淮安2024、沭阳2025、上海市府办2019，哪个最多", "sum of one outcome column over two groups"))
    a(RK("zh", [JX, HZ23, SY], "r.received.total", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年，本年新收申请最少的是哪个"))
    a(RK("zh", [HA, SY, SH19], "r.carried_forward.total", "desc", "结转到下一年继续办的，淮安市2024 沭阳县2025 上海市府办2019 谁排第一"))
    a(RK("zh", [HA, HZ23, SY], "c.coercion.decisions", "asc", "行政强制决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年里最低的是哪个"))
    a(RK("en", [HA, SY, HZ23], "c.licensing.decisions", "desc", "Rank Huai'an (2024), Shuyang (2025) and Hongze (2023) by administrative licensing decisions - who is top?"))
    a(RK("en", [HA, SY, SH19], "a.review.total", "asc", "Which had the fewest disclosure admin reviews: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"))
    a(RK("en", [HA, SY, SH19], "r.unable.needs_creation.natural_person", "desc", "Among individuals' requests needing new info to be created: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019, which is highest?", "one column of a sub-item"))
    a(RK("en", [HA, SY, JX], "r.partially_granted.total", "asc", "Jianxi 2020, Huai'an 2024, Shuyang 2025: who had the lowest partially-granted count?"))
    a(RK("en", [HA, SY], ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "desc", "Corrected outcomes across reviews and both lawsuit types - Huai'an 2024 or Shuyang 2025, who had more?", "one outcome column summed over three groups"))
    a(RK("en", [HA, SY, SH19], "r.not_processed.duplicate.natural_person", "desc", "duplicate requests from individuals, not processed: which is biggest among Huai'an 2024, Shuyang 2025, Shanghai GO 2019?"))
    a(RK("en", [HA, HZ23, SY], "c.fees.amount", "asc", "Lowest administrative fee income: Huai'an 2024, Hongze 2023 or Shuyang 2025?"))
    a(RK("en", [HA, SY, SH19, JX], "a.litigation_direct.total", "desc", "Four reports - Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 - which faced the most direct lawsuits?"))
    return c


def followups():
    c = []
    a = c.append
    a(FU("zh", [("淮安市2024年不予公开里“行政查询事项”那一项多少", E(HA, "r.withheld.admin_query.total")),
                ("沭阳县2025年同一项呢", E(SY, "r.withheld.admin_query.total"))], "switch body and year"))
    a(FU("zh", [("沭阳2025 复议 维持了几件", E(SY, "a.review.upheld")),
                ("纠正的呢", E(SY, "a.review.corrected")),
                ("那其他结果", E(SY, "a.review.other"))], "switch outcome column"))
    a(FU("zh", [("上海市府办2019年直接起诉的行政诉讼总数", E(SH19, "a.litigation_direct.total", alt=(SH19_APP, 9))),
                ("2025年呢？", E(SH25, "a.litigation_direct.total"))], "switch year"))
    a(FU("zh", [("洪泽区2023年行政处罚决定数", E(HZ23, "c.punishment.decisions")),
                ("24年呢", E(HZ24, "c.punishment.decisions"))], "switch year, two-digit"))
    a(FU("zh", [("淮安市政府2024年本机关不掌握的申请多少件", E(HA, "r.unable.not_held.total")),
                ("其中自然人的是多少", E(HA, "r.unable.not_held.natural_person")),
                ("法律服务机构的呢", E(HA, "r.unable.not_held.legal_services"))], "switch column"))
    a(FU("zh", [("你好，我是12345坐席，来电人问沭阳县2025年现行有效的规范性文件有多少件", E(SY, "c.normative_docs.in_force")),
                ("他又问当年新制发了几件", E(SY, "c.normative_docs.issued"))], "switch column of active row"))
    a(FU("zh", [("涧西区政府办2020年收到的信息公开申请是多少件", E(JX, "r.received.total", alt=(JX_REQ, 17))),
                ("予以公开的呢", E(JX, "r.granted.total"))], "switch row"))
    a(FU("zh", [("上海市科委2024年新收申请里自然人的有几件", E(KW, "r.received.natural_person")),
                ("那上海市府办2025年的自然人新收呢", E(SH25, "r.received.natural_person"))], "switch body"))
    a(FU("zh", [("淮安2024年复议后又起诉的，结果维持几件", E(HA, "a.litigation_after_review.upheld")),
                ("直接起诉那组的维持呢", E(HA, "a.litigation_direct.upheld")),
                ("两组加起来", E(HA, ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], alt=("结果维持 25", 25)))], "switch appeals group, then sum"))
    a(FU("zh", [("洪泽区2024年行政许可决定多少", E(HZ24, "c.licensing.decisions")),
                ("2023年的是多少", E(HZ23, "c.licensing.decisions"))], "switch year backwards"))
    a(FU("zh", [("上海市政府办公厅2025年结转下年度继续办理的件数", E(SH25, "r.carried_forward.total")),
                ("2019年是多少", E(SH19, "r.carried_forward.total", alt=(SH19_REQ, 72)))], "switch year"))
    a(FU("zh", [("沭阳县政府2025年因为第三方权益不公开的有几件", E(SY, "r.withheld.third_party.total")),
                ("淮安市2024年同一项是多少", E(HA, "r.withheld.third_party.total"))], "switch body"))
    a(FU("zh", [("想了解下淮安市2024年行政事业性收费金额", E(HA, "c.fees.amount", unit="万元")),
                ("沭阳县2025年的呢", E(SY, "c.fees.amount", unit="万元")),
                ("洪泽区2023年", E(HZ23, "c.fees.amount", unit="万元"))], "switch body, money"))
    a(FU("zh", [("上海市府办2025年行政复议总数多少", E(SH25, "a.review.total")),
                ("其中没审结的", E(SH25, "a.review.pending"))], "switch column"))
    a(FU("zh", [("淮安2024年逾期不补正的 其他处理 多少", E(HA, "r.other.overdue_correction.total")),
                ("沭阳2025年呢", E(SY, "r.other.overdue_correction.total"))], "switch body"))
    a(FU("zh", [("洪泽区2023年需要另行制作无法提供的几件", E(HZ23, "r.unable.needs_creation.total")),
                ("不掌握的几件", E(HZ23, "r.unable.not_held.total"))], "switch row"))
    a(FU("zh", [("上海市府办2019年信访举报投诉类不予处理，自然人那列是多少", E(SH19, "r.not_processed.petition.natural_person")),
                ("商业企业那列呢", E(SH19, "r.not_processed.petition.commercial"))], "switch column"))
    a(FU("zh", [("沭阳2025年行政强制决定数", E(SY, "c.coercion.decisions")),
                ("行政许可呢", E(SY, "c.licensing.decisions"))], "switch active row"))
    a(FU("zh", [("上海科委2024年予以公开的申请是几件", E(KW, "r.granted.total", alt=(KW_OUT, 9))),
                ("上海市府办2025年同一项", E(SH25, "r.granted.total"))], "switch body"))
    a(FU("zh", [("淮安市2024年规章现行有效多少件", E(HA, "c.regulations.in_force")),
                ("规范性文件现行有效呢", E(HA, "c.normative_docs.in_force"))], "switch row"))
    # en
    a(FU("en", [("Huai'an 2024, how many admin reviews in total over disclosure?", E(HA, "a.review.total", alt=(HA_APP, 351))),
                ("and Shuyang in 2025?", E(SY, "a.review.total"))], "switch body"))
    a(FU("en", [("Shanghai General Office 2019 requests from individuals, how many?", E(SH19, "r.received.natural_person")),
                ("what about 2025", E(SH25, "r.received.natural_person"))], "switch year"))
    a(FU("en", [("Hongze 2023 normative documents repealed?", E(HZ23, "c.normative_docs.repealed")),
                ("and still in force?", E(HZ23, "c.normative_docs.in_force"))], "switch column"))
    a(FU("en", [("Shuyang County 2025: requests withheld as internal affairs?", E(SY, "r.withheld.internal_affairs.total")),
                ("ok and as process information?", E(SY, "r.withheld.process_info.total")),
                ("and as administrative inquiries", E(SY, "r.withheld.admin_query.total"))], "switch sub-row"))
    a(FU("en", [("STCSM 2024 administrative licensing decisions?", E(KW, "c.licensing.decisions")),
                ("same thing for Hongze District 2024?", E(HZ24, "c.licensing.decisions"))], "switch body"))
    a(FU("en", [("Huai'an city 2024, how many requests fully granted to individuals?", E(HA, "r.granted.natural_person")),
                ("to companies?", E(HA, "r.granted.commercial")),
                ("legal service organisations?", E(HA, "r.granted.legal_services"))], "switch column"))
    a(FU("en", [("Shanghai General Office 2025 — requests not held by the office?", E(SH25, "r.unable.not_held.total")),
                ("and needing new creation?", E(SH25, "r.unable.needs_creation.total"))], "switch sub-row"))
    a(FU("en", [("Jianxi District 2020: admin reviews filed?", E(JX, "a.review.total")),
                ("direct lawsuits?", E(JX, "a.litigation_direct.total"))], "switch appeals group"))
    a(FU("en", [("Hongze 2024 administrative coercion decisions", E(HZ24, "c.coercion.decisions")),
                ("and in 2023?", E(HZ23, "c.coercion.decisions"))], "switch year"))
    a(FU("en", [("How many normative documents did Huai'an issue in 2024?", E(HA, "c.normative_docs.issued")),
                ("Shuyang for 2025?", E(SY, "c.normative_docs.issued")),
                ("and the science commission 2024?", E(KW, "c.normative_docs.issued"))], "switch body twice"))
    a(FU("en", [("Shuyang 2025 lawsuits after review still pending?", E(SY, "a.litigation_after_review.pending")),
                ("Huai'an 2024 same?", E(HA, "a.litigation_after_review.pending"))], "switch body"))
    a(FU("en", [("Shanghai General Office 2019 procurement projects count", E(SH19, "c.procurement.projects")),
                ("and Jianxi 2020?", E(JX, "c.procurement.projects"))], "switch body"))
    a(FU("en", [("Huai'an 2024 duplicate requests not processed?", E(HA, "r.not_processed.duplicate.total")),
                ("what about requests asking to re-confirm already-public info (重新确认)?", E(HA, "r.not_processed.reconfirm.total"))], "switch sub-row"))
    a(FU("en", [("Shanghai General Office 2025, reviews total", E(SH25, "a.review.total")),
                ("and 2019", E(SH19, "a.review.total", alt=(SH19_APP, 7)))], "switch year"))
    a(FU("en", [("Shuyang 2025 new requests from individuals only, per the table (本年新收)?", E(SY, "r.received.natural_person")),
                ("and requests carried over from 2024?", E(SY, "r.carried_over.total"))], "switch row"))
    a(FU("en", [("Hongze 2023 licensing decisions?", E(HZ23, "c.licensing.decisions")),
                ("punishment decisions?", E(HZ23, "c.punishment.decisions")),
                ("coercion?", E(HZ23, "c.coercion.decisions"))], "switch active row"))
    a(FU("en", [("Huai'an in 2024: requests withheld for endangering security/stability?", E(HA, "r.withheld.security_stability.total")),
                ("and Shuyang 2025?", E(SY, "r.withheld.security_stability.total"))], "switch body"))
    a(FU("en", [("STCSM 2024 requests carried over from the prior year?", E(KW, "r.carried_over.total", alt=(KW_REQ, 2))),
                ("and the Shanghai General Office in 2025?", E(SH25, "r.carried_over.total", alt=(SH25_REQ, 189)))], "switch body"))
    a(FU("en", [("Shanghai General Office 2019 — regulations newly published?", E(SH19, "c.regulations.published")),
                ("normative documents newly published?", E(SH19, "c.normative_docs.published"))], "switch row"))
    return c


def narrative():
    c = []
    a = c.append
    a(TX("zh", HA, "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会"))
    a(TX("zh", HA, "在运维政务新媒体", 95, "个", "淮安2024年全市在运维的政务新媒体有多少个"))
    a(TX("zh", HA, "栏目全覆盖检查", 4, "次", "淮安市2024年搞了几次政府信息公开栏目全覆盖检查"))
    a(TX("zh", HZ23, "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"))
    a(TX("zh", HZ24, "主动发布各类政府信息", 2428, "条", "洪泽区2024年政府网站平台主动发布的政府信息条数"))
    a(TX("zh", HZ24, "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"))
    a(TX("zh", SY, "意见征集9期", 9, "期", "沭阳县2025年门户网站开展了几期意见征集"))
    a(TX("zh", SY, "催办提示", 84, "次", "沭阳县2025年那个“倒计时报警器”一共发了多少次催办提示"))
    a(TX("zh", SY, "失效链接43处", 43, "处", "沭阳2025年整改了多少处失效链接"))
    a(TX("zh", SY, "清理过期信息697条", 697, "条", "沭阳县政府2025年清理过期信息多少条"))
    a(TX("zh", SY, "64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有几家"))
    a(TX("zh", SY, "办前主动沟通", 49, "次", "沭阳县2025年办前主动沟通开展了多少次"))
    a(TX("zh", SY, "专栏33个", 33, "个", "沭阳县2025年政务新媒体开了几个专栏"))
    a(TX("zh", SY, "推送系列原创短视频", 1113, "个", "沭阳县2025年推送的原创短视频有多少个"))
    a(TX("zh", KW, "微信公众号共编发文章", 294, "篇", "上海科委2024年公众号原创文章多少篇"))
    a(TX("zh", KW, "直播 118 场", 118, "场", "上海市科委2024年视频号直播了几场"))
    a(TX("zh", KW, "批量推送集成式发布政策", 121, "条", "市科委2024年批量推送集成式发布的政策有多少条"))
    a(TX("zh", SH25, "新闻通气会 19 场", 19, "场", "上海市政府2025年开了多少场新闻通气会"))
    a(TX("zh", SH25, "申请人主动撤回", 157, "件", "上海市府办2025年申请人自己主动撤回的申请有多少件"))
    a(TX("zh", SH25, "编辑《上海市人民政府公报》24 期", 24, "期", "上海市政府2025年编了几期政府公报"))
    a(TX("en", SH25, "重点领域 125 项", 125, "项", "Shanghai General Office 2025: how many disclosure tasks in key sectors (education, elderly care...)?"))
    a(TX("en", SH25, "新闻发布会 42 场", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?"))
    a(TX("en", SH25, "公文公开属性审查 166", 166, "件", "Shanghai General Office 2025, documents reviewed for their disclosure attribute?"))
    a(TX("en", SH25, "16 个区全部上线数字公报", 16, "个", "In 2025 how many Shanghai districts had launched a digital gazette, per the General Office report?"))
    a(TX("en", SH19, "发布政策解读共132件", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the portal?"))
    a(TX("en", SH19, "权威发布共计38次", 38, "次", "How many times in 2019 were Shanghai executive meeting topics authoritatively released?"))
    a(TX("en", SH19, "70家政府网站", 70, "家", "Shanghai 2019 report - how many government websites were checked each quarter?"))
    a(TX("en", SH19, "统一受理平台接入53个部门", 2261, "项", "the one-stop 'yiwangtongban' platform in Shanghai's 2019 report covered how many service items?"))
    a(TX("en", SH19, "全年共编发公报24期", 24, "期", "Shanghai General Office 2019 gazette issues published in the year?"))
    a(TX("en", KW, "微信公众号目前关注人数", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account have per STCSM's 2024 report?"))
    a(TX("en", KW, "“上海科技”网站全年累计发布信息", 2139, "条", "STCSM 2024: total items posted on the Shanghai Keji website?"))
    a(TX("en", KW, "5 个高频事项", 5, "个", "science commission 2024, how many high-frequency services got policy-service linkage?"))
    a(TX("en", KW, "日常报送惠企政策", 83, "条", "Shanghai science commission, 2024 — business-support policies routinely submitted?"))
    a(TX("en", SY, "累计整改不规范描述", 83, "处", "Shuyang 2025: website errors of all kinds fixed (错误信息)?"))
    a(TX("en", SY, "化解各类争议纠纷", 33, "件", "how many disputes did Shuyang County resolve through pre-handling talks in 2025"))
    a(TX("en", SY, "县直部门在信息公开页面发布信息", 3044, "条", "Shuyang 2025, items published by county departments on their disclosure pages?"))
    a(TX("en", HA, "合格率均为", 100, "%", "Huai'an 2024, what pass rate did its new-media accounts get in the provincial checks?"))
    a(TX("en", JX, "26个试点领域", 26, "个", "Jianxi 2020 — how many pilot areas got dedicated disclosure columns?"))
    a(TX("en", HZ24, "解读信息发布", 7, "条", "Hongze District 2024, interpretation items released?"))
    return c


def cannot():
    c = []
    a = c.append
    w = NO
    # places inside a body whose own report is not in the corpus
    a(w("zh", "淮安市清江浦区2024年收到多少信息公开申请", "清江浦区 has no report; 淮安市's report does not break down by district", "district of a city"))
    a(w("zh", "淮安2024年哪个县区的依申请公开最多", "淮安市 2024 report gives no per-district figures", "ranking over districts not held"))
    a(w("zh", "沭阳县胡集镇2025年行政处罚有多少件", "township figures not in 沭阳县's report", "township of a county"))
    a(w("zh", "沭阳县2025年各乡镇的信息公开申请排个名", "no township breakdown", "ranking over townships"))
    a(w("zh", "洪泽区高良涧街道2024年政府信息公开申请数量", "street-level figures not in 洪泽区's report", "street of a district"))
    a(w("zh", "上海浦东新区2025年信息公开行政复议多少件", "浦东新区 report not in corpus; 上海市府办 report covers itself", "district of Shanghai"))
    a(w("zh", "上海市府办2025年报里，16个区谁的申请量最大", "the report names 16 districts' gazettes, no per-district request numbers", "ranking over districts"))
    a(w("zh", "洛阳市2020年政府信息公开申请总数", "洛阳市 (parent of 涧西区) not in corpus", "parent body not held"))
    a(w("zh", "涧西区某街道办2020年收到多少申请", "no street-level report", "street of a district"))
    a(w("zh", "沭阳县2024年收到多少信息公开申请", "沭阳县 2024 report not in corpus", "year not held"))
    a(w("zh", "洪泽区2022年行政许可多少件", "洪泽区 2022 not in corpus", "year not held"))
    a(w("zh", "上海市科委2023年的依申请公开数量", "上海市科委 2023 not in corpus", "year not held"))
    a(w("zh", "淮安市2024年信息公开申请里男的女的各多少", "no sex breakdown", "breakdown"))
    a(w("zh", "沭阳2025年申请人里六十岁以上的有多少人", "no age breakdown", "breakdown"))
    a(w("zh", "淮安市政府2024年每个月收到多少申请", "no monthly breakdown", "breakdown"))
    a(w("zh", "沭阳县2025年信息公开申请里关于拆迁征地的有多少", "no topic breakdown", "breakdown"))
    a(w("zh", "上海市府办2025年网上申请和信函申请各有几件", "no channel breakdown", "breakdown"))
    a(w("zh", "淮安市2026年预计会收到多少信息公开申请", "forecast", "forecast"))
    a(w("zh", "你觉得沭阳县政府2025年信息公开做得好不好", "opinion", "opinion"))
    a(w("zh", "我2025年3月给沭阳县住建局交了申请到现在没回，我的那件算在哪一栏了", "one person's own case", "own case"))
    a(w("zh", "淮安市2024年那3050件答复里，申请人的姓名和电话能给我吗", "personal data", "personal data"))
    a(w("zh", "洪泽区2023年信息公开工作有几个专职人员", "staff number not stated", "staff"))
    # en
    a(w("en", "How many disclosure requests did Huaiyin District (淮阴区) of Huai'an receive in 2024?", "淮阴区 has no report in corpus", "district of a city"))
    a(w("en", "Which township of Shuyang County had the most administrative penalties in 2025?", "no township breakdown", "ranking over townships"))
    a(w("en", "Xuhui District Shanghai 2025 — admin reviews about disclosure?", "徐汇区 not in corpus", "district of Shanghai"))
    a(w("en", "Hongze District's Jiangba town, 2023: how many requests?", "蒋坝镇 not in corpus", "town of a district"))
    a(w("en", "Rank Huai'an's counties and districts by requests received in 2024", "no per-district data", "ranking over districts"))
    a(w("en", "Nanjing city 2024 information disclosure requests received?", "南京市 not in corpus", "body not held"))
    a(w("en", "Jianxi District 2021 requests received?", "涧西 2021 not in corpus", "year not held"))
    a(w("en", "Shanghai General Office 2022: how many requests?", "上海市府办 2022 not in corpus", "year not held"))
    a(w("en", "What share of Huai'an's 2024 requesters were women?", "no sex breakdown", "breakdown"))
    a(w("en", "Shanghai science commission 2024 — how many requests came from foreigners?", "no nationality breakdown", "breakdown"))
    a(w("en", "How long on average did Huai'an take to answer a request in 2024?", "response time not stated", "response time"))
    a(w("en", "How much did Shuyang County spend on its disclosure work in 2025?", "cost not stated", "cost"))
    a(w("en", "Of Huai'an's 2024 reviews, how many were about housing demolition?", "no topic breakdown of appeals", "breakdown"))
    a(w("en", "Predict Shuyang's 2026 request count from the 2025 report", "forecast", "forecast"))
    a(w("en", "Is the Shanghai General Office being too secretive, judging by its 2025 refusals?", "opinion", "opinion"))
    a(w("en", "My neighbour filed a request with Hongze District in 2024 — was his one of those granted?", "one person's own case", "own case"))
    a(w("en", "Give me the ID numbers of people who sued Huai'an over disclosure in 2024", "personal data", "personal data"))
    a(w("en", "Which Huai'an department got the most requests in 2024?", "no department breakdown", "breakdown"))
    return c


def CONVERSATIONS():
    return plain() + traps() + combine() + rank() + followups() + narrative() + cannot()
