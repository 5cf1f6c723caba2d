"""Question bank of the eighteenth blind evaluation set (evals/blind18).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Every wording was written for this set. Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024,
hz23 / hz24 洪泽区政府 2023 / 2024, sy 沭阳县政府 2025, kw 上海市科委 2024, sh25 / sh19
上海市政府办公厅 2025 / 2019. The bank names keys, bodies, keywords and wordings only; every
number is computed by helpers18 (gold JSON, printed text rows, or sentences cut from the text).
SPECS: the printed cells of the three reports without gold, the same cells blind6 verified.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib18 as L  # noqa: E402
from helpers18 import C, D, E, ED, EN, EU, ER, F, N, R, S, T, U, V  # noqa: E402,F401

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


def pv(lang, b, keys, q, what="", **kw):
    return V(lang, b, keys, q, "[plain] " + (what or "table value"), **kw)


def sm(lang, b, keys, q, what=""):
    return S(lang, b, keys, q, "[combine] sum: " + (what or "listed cells"))


def df(lang, b1, b2, keys, q, what="", **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference: " + (what or "later minus earlier"), **kw)


def rk(lang, bodies, keys, order, q, what=""):
    return R(lang, bodies, keys, order, q, "[rank] " + (what or "ranking over gold bodies"))


def fu(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def tx(lang, b, keyword, value, unit, q, what="", frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + (what or "number only the narrative states"), frm=frm)


def un(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def tr(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def PLAIN():
    c = []
    # ---------------- zh
    c += [
        pv("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请",
           "received total; text states it too", alt=("全市共受理政府信息公开申请", 3119)),
        pv("zh", "ha", "r.granted.total", "淮安24年依申请公开的 直接给公开了的有几件"),
        pv("zh", "ha", "r.unable.not_held.total", "我前阵子给淮安市政府申请材料，回复说他们手里没有这个信息。想知道2024年像这样答复“本机关不掌握”的总共多少件？"),
        pv("zh", "ha", "r.withheld.admin_query.total", "淮安市人民政府2024年度报告里，不予公开那块“属于行政查询事项”是多少"),
        pv("zh", "ha", "r.other.overdue_correction.total", "淮安2024 申请人一直不补正材料、最后不再处理的 多少件啊"),
        pv("zh", "ha", "c.coercion.decisions", "淮安2024 行政强制 decisions 有多少个"),
        pv("zh", "ha", "r.received.legal_services", "2024年淮安市政府收到的申请里，律师事务所这类法律服务机构提的有多少"),
        pv("zh", "ha", "a.litigation_direct.total", "淮安2024年 没走复议直接去法院告的 信息公开官司一共几起"),
        pv("zh", "ha", "r.carried_forward.total", "12345转接：市民问淮安市政府2024年还有多少件申请没办完、要挪到下一年继续办",
           "carried forward; text states 顺延 103", alt=("全市共受理政府信息公开申请", 103)),
        pv("zh", "ha", "c.normative_docs.repealed", "淮安市 2024年 废止了几个行政规范性文件"),
        pv("zh", "ha", "r.partially_granted.natural_person", "个人申请人在淮安2024年拿到“部分公开”答复的有多少件？"),
        pv("zh", "ha", "a.review.pending", "淮安市政府2024年信息公开相关的行政复议，到年底还没审完的几件",
           "review pending; text states 37", alt=("其中结果维持 72 件", 37)),
        pv("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年 因为要另外制作信息所以没法提供的 有几件"),
        pv("zh", "hz23", "c.punishment.decisions", "我在写论文，引用洪泽区2023年报表二第二十条第（六）项“行政处罚”本年处理决定数量，请核对一下数字"),
        pv("zh", "hz23", "r.received.total", "洪泽2023年新收的政府信息公开申请数是多少",
           "received; text states 21", alt=("全区受理政府信息公开申请", 21)),
        pv("zh", "hz23", "c.licensing.decisions", "洪泽区二〇二三年行政许可办了多少件（处理决定数）"),
        pv("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请件数"),
        pv("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定数量是多少", "text cell"),
        pv("zh", "hz24", "r.unable.not_held.total", "同事让我核一下：洪泽区人民政府2024年报表三“本机关不掌握相关政府信息”总计那格是几？", "text cell"),
        pv("zh", "hz24", "c.normative_docs.in_force", "洪泽24年 现行有效的规范性文件 几件", "text cell"),
        pv("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的申请是多少？表里本年新收那一行，别把上一年结转的算进去", "table row only"),
        pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 以属于三类内部事务信息为由不予公开的有几件"),
        pv("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可 处理决定有多少"),
        pv("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年的“其他处理”里第3小项“其他”有多少件"),
        pv("zh", "sy", "a.review.corrected", "帮我妈问的：她2025年春天对沭阳县政府的答复不服，申请了复议。想知道2025年沭阳信息公开复议里被纠正的总共有几件？"),
        pv("zh", "sy", "r.received.legal_person", "沭阳2025年由企业、律所这些单位（法人或其他组织）提的新申请合计几件", "derived legal_person; text states 8",
           alt=("全县全年共受理政府信息公开申请", 8)),
        pv("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额多少万元", unit="万元"),
        pv("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年转过来接着办的申请有几件"),
        pv("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年 重复申请 不予处理 几件"),
        pv("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请总共多少件",
           "received; text states 859", alt=("代表市政府共受理政府信息公开申请", 859)),
        pv("zh", "sh19", "active.procurement.amount", "上海市府办2019年政府集中采购总金额多少（万元）", unit="万元"),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办，个人提的申请里被认定为信访举报投诉类不予处理的有多少"),
        pv("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章对外公开总数量"),
        pv("zh", "sh19", "a.litigation_direct.total", "上海市府办2019年没经过复议、直接去法院起诉的信息公开案子一共几件", "direct lawsuits; text states 9",
           alt=("信息公开类行政复议7件", 9)),
        pv("zh", "sh25", "r.received.commercial", "上海市府办2025年 公司企业来申请的 new requests 几件", "text cell"),
        pv("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年因为属于信访举报投诉类而不予处理的申请多少件", "text cell"),
        pv("zh", "sh25", "a.review.total", "2025年上海市府办因信息公开被申请行政复议的总数", "text cell"),
        pv("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年“没有现成信息需要另行制作”那行总计是多少", "text cell"),
        pv("zh", "kw", "r.received.natural_person", "上海科委2024年个人提交的新申请有几件", "text cell"),
        pv("zh", "kw", "c.licensing.decisions", "市科委 2024 行政许可处理决定数量", "text cell"),
        pv("zh", "kw", "r.total_processed.total", "上海市科学技术委员会2024年办理结果总计是多少件", "text cell"),
        pv("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开多少件"),
        pv("zh", "jx", "active.procurement.projects", "涧西区2020年政府集中采购的项目有几个"),
        pv("zh", "jx", "r.received.total", "洛阳涧西区政府办公室2020年一共收到几件依申请公开",
           "received; text states 17", alt=("全年共收到依申请公开", 17)),
        pv("zh", "jx", "c.normative_docs.total_published", "涧西区人民政府办公室2020年规范性文件对外公开总数量是多少"),
        pv("zh", "ha", "c.fees.amount", "淮安2024年收费金额（行政事业性收费）是多少万元", unit="万元"),
    ]
    # ---------------- en
    c += [
        pv("en", "ha", "r.received.total", "How many information disclosure requests did Huai'an city government receive in 2024?",
           "received; text states 3119", alt=("全市共受理政府信息公开申请", 3119)),
        pv("en", "ha", "r.withheld.prohibited_by_law.total", "huaian 2024 how many requests refused because other laws or regulations prohibit disclosure"),
        pv("en", "ha", "r.not_processed.petition.total", "In 2024, how many of Huai'an's requests were set aside because they were really complaints or petitions (信访举报投诉类)?"),
        pv("en", "ha", "c.licensing.decisions", "Huaian FY2024 number of administrative licensing decisions?"),
        pv("en", "ha", "a.review.corrected", "For Huai'an in 2024, in how many administrative reconsideration cases about disclosure was the original decision corrected?",
           "review corrected; text states 64", alt=("其中结果维持 72 件", 64)),
        pv("en", "ha", "r.granted.commercial", "Huai'an 2024: how many requests from companies (商业企业) got full disclosure?"),
        pv("en", "ha", "a.litigation_after_review.total", "I'm a law student. Huai'an municipal government 2024 - lawsuits filed after reconsideration, the total please."),
        pv("en", "ha", "r.unable.unclear.total", "Huaian 2024, requests still unclear even after the applicant amended them - how many?"),
        pv("en", "ha", "r.total_processed.total", "What is the total number of requests Huai'an government handled (办理结果总计) in 2024?",
           "total processed; text states 3050", alt=("全市共受理政府信息公开申请", 3050)),
        pv("en", "ha", "c.regulations.issued", "Did Huai'an issue any new government rules (规章) in 2024? how many", "rules issued; text states 1",
           alt=("新增公开市政府规章", 1)),
        pv("en", "ha", "r.withheld.third_party.total", "huai an 2024 requests refused to protect a third party's lawful rights, count?"),
        pv("en", "hz23", "r.unable.not_held.total", "Hongze District 2023: how many times did the government say it doesn't hold the info?"),
        pv("en", "hz23", "c.fees.amount", "How much administrative fee revenue did Hongze District report for 2023 (in 10k yuan)?", unit="万元"),
        pv("en", "hz23", "c.coercion.decisions", "Please tell the number of administrative coercion (行政强制) decision of Hongze district in year 2023"),
        pv("en", "hz23", "r.withheld.process_info.total", "In 2023, how many Hongze requests were refused as process information (过程性信息)?"),
        pv("en", "hz24", "c.punishment.decisions", "Hongze District government, 2024: number of administrative penalty decisions?", "text cell"),
        pv("en", "hz24", "r.granted.total", "hongze district 2024 how many requests fully disclosed", "text cell"),
        pv("en", "hz24", "c.fees.amount", "Hongze 2024 admin fees collected, in 万元?", "text cell", unit="万元"),
        pv("en", "hz24", "c.normative_docs.issued", "How many normative documents did Hongze District issue in 2024?", "text cell"),
        pv("en", "sy", "r.granted.total", "hello i want know Shuyang county 2025 how many request they give full disclosure"),
        pv("en", "sy", "r.unable.not_held.total", "For Shuyang county government in 2025, how many requests got 'we don't have this information'?"),
        pv("en", "sy", "c.punishment.decisions", "shuyang 2025 administrative penalties decided, total number"),
        pv("en", "sy", "a.review.total", "How many administrative reconsiderations about information disclosure did Shuyang County face in 2025?"),
        pv("en", "sy", "r.carried_forward.total", "Shuyang 2025: how many requests were still open at year end and rolled over into the next year?",
           "carried forward; text states 31", alt=("全县全年共受理政府信息公开申请", 31)),
        pv("en", "sy", "r.withheld.admin_query.total", "My mom applied to Shuyang County for some records and was told it was an administrative inquiry matter. How many such refusals did Shuyang have in 2025?"),
        pv("en", "sy", "c.normative_docs.in_force", "Shuyang County (沭阳县) 2025 normative documents still in force - how many?"),
        pv("en", "sy", "r.other.overdue_fee.total", "In 2025, how many Shuyang requests were dropped because the applicant didn't pay the fee on time?"),
        pv("en", "sy", "a.litigation_after_review.total", "Shuyang 2025, lawsuits after administrative reconsideration: total?"),
        pv("en", "sy", "r.granted.legal_services", "Shuyang County 2025: full disclosures to law firms / legal service organisations?"),
        pv("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019, requests carried forward to the next year?",
           "carried forward; text states 72", alt=("代表市政府共受理政府信息公开申请", 72)),
        pv("en", "sh19", "r.received.commercial", "Shanghai municipal government general office in 2019: new requests from businesses?"),
        pv("en", "sh19", "active.procurement.projects", "How many centralised government procurement projects did the Shanghai General Office list for 2019?"),
        pv("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019 - individuals told the info would have to be newly created, how many?"),
        pv("en", "sh19", "a.review.total", "2019 Shanghai government general office: total admin reconsideration cases on disclosure?", "review total; text states 7",
           alt=("信息公开类行政复议7件", 7)),
        pv("en", "sh19", "c.normative_docs.made", "how many normative documents newly made by Shanghai General Office in 2019",
           "normative made; text states 60", alt=("行政规范性文件60件", 60)),
        pv("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025 - requests carried over into 2026?", "text cell"),
        pv("en", "sh25", "r.unable.not_held.total", "For the Shanghai municipal general office in 2025, how many requests were answered 'information not held by this agency'?", "text cell"),
        pv("en", "sh25", "a.litigation_direct.total", "Shanghai General Office 2025: lawsuits filed directly without reconsideration, total?", "text cell"),
        pv("en", "sh25", "r.received.natural_person", "How many new requests from private individuals did the Shanghai General Office get in 2025?", "text cell"),
        pv("en", "kw", "c.normative_docs.in_force", "STCSM 2024: normative documents currently in force?", "text cell"),
        pv("en", "kw", "r.carried_over.total", "Shanghai science commission 2024, requests carried over from the previous year?", "text cell",
           alt=("上年结转政府信息公开申请 2 件", 2)),
        pv("en", "kw", "r.received.commercial", "Shanghai Science and Technology Commission, 2024: requests from commercial enterprises?", "text cell"),
        pv("en", "jx", "r.unable.not_held.total", "Jianxi District 2020, requests where the office did not hold the information?"),
        pv("en", "jx", "active.procurement.amount", "Jianxi district govt office 2020 centralized procurement amount (万元)?", unit="万元"),
        pv("en", "jx", "a.review.upheld", "Jianxi District (涧西区) 2020: reconsideration cases upheld?"),
    ]
    return c


def COMBINE():
    c = []
    c += [
        sm("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开加部分公开 一共多少件"),
        sm("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访类和重复申请这两种不予处理的，加起来几件？"),
        sm("zh", "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "淮安2024年复议、直接起诉、复议后起诉三块里“尚未审结”的合计多少"),
        sm("zh", "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "上海市府办2019年予以公开那一行，自然人、商业企业、法律服务机构、其他四格加起来是多少？（总计格是空的）"),
        sm("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳2025 行政许可+行政处罚+行政强制 处理决定一共多少"),
        sm("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年国家秘密、过程性信息、行政执法案卷三项不予公开合计"),
        sm("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安市政府2024年不予公开的八个小项全部加总是多少"),
        sm("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开行政诉讼（直接起诉和复议后起诉）一共几件"),
        sm("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' reasons - total?"),
        sm("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025, full plus partial disclosure combined?"),
        sm("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office 2019: requests from individuals, new ones plus those carried over from the year before, together?"),
        sm("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huaian 2024 'other handling' (其他处理), sum of its three sub-items please"),
        sm("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze 2023 licensing decisions plus penalty decisions, combined"),
        sm("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Journalist here. In 2024, how many Huai'an disclosure appeals ended with the decision upheld, counting reconsideration and both kinds of lawsuit?"),
        sm("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020: reconsiderations + direct lawsuits + lawsuits after reconsideration, total number of cases?"),
        sm("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total"], "shuyang 2025 refusals for 'three securities one stability' and for third-party rights - sum of the two"),
    ]
    c += [
        df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可处理决定，2024年比2023年多了多少"),
        df("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数 2023年到2024年变化了多少（24减23）"),
        df("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多多少件"),
        df("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2019年和2025年相比增加了多少"),
        df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽2023→2024，“本机关不掌握”的答复多了几件"),
        df("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze District's administrative fee amount change from 2023 to 2024 (万元)?", unit="万元"),
        df("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions: 2024 minus 2023?"),
        df("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: how many more disclosure reconsideration cases in 2025 than in 2019?"),
        df("en", "sh19", "sh25", "r.received.natural_person", "Change in new requests from individuals at the Shanghai General Office between 2019 and 2025?"),
        df("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits (not via reconsideration): 2025 vs 2019, what's the difference?"),
    ]
    return c


G5 = ["ha", "hz23", "sy", "sh19", "jx"]


def RANK():
    return [
        rk("zh", ["ha", "sy", "jx"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、涧西区2020年，哪家新收的信息公开申请最多？"),
        rk("zh", ["hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "比一比：洪泽区2023、沭阳县2025、上海市府办2019，自然人申请里答复“不掌握”最多的是谁"),
        rk("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可处理决定数量，淮安2024年、洪泽2023年、沭阳2025年哪个最高"),
        rk("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "淮安市2024、沭阳2025、上海市府办2019、涧西区2020四家里，信息公开行政复议最少的是哪家"),
        rk("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "个人提的信访举报投诉类申请被不予处理：淮安2024年、沭阳2025年、上海市政府办公厅2019年，谁最多"),
        rk("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "行政事业性收费金额哪家最少：淮安2024，洪泽区2023，沭阳县2025"),
        rk("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下一年继续办的申请，淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年哪家最少"),
        rk("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Which got the most requests from companies: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?"),
        rk("en", ["ha", "hz23", "sy", "jx"], "r.total_processed.total", "asc", "Among Huai'an (2024), Hongze (2023), Shuyang (2025) and Jianxi (2020), who handled the fewest requests in total?"),
        rk("en", ["ha", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "Rank Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 by individual requests refused because the info would need to be newly made - which is highest?"),
        rk("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Administrative penalty decisions - Huaian 2024 vs Hongze 2023 vs Shuyang 2025, which is largest?"),
        rk("en", ["ha", "sy", "sh19"], "a.review.upheld", "asc", "Of Huai'an 2024, Shuyang County 2025 and Shanghai General Office 2019, which had the fewest reconsiderations that upheld the original decision?"),
        rk("en", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "desc", "which one had the most new requests from private persons: huaian 2024, shuyang 2025, shanghai general office 2019, jianxi 2020?"),
    ]


def FOLLOW():
    c = []
    c += [
        fu("zh", [("淮安市政府2024年予以公开的申请多少件", E("ha", "r.granted.total")),
                  ("那沭阳2025年呢", E("sy", "r.granted.total"))], "body switch"),
        fu("zh", [("洪泽区2023年行政处罚决定数量", E("hz23", "c.punishment.decisions")),
                  ("24年的呢？", E("hz24", "c.punishment.decisions"))], "year switch to a text-cell report"),
        fu("zh", [("上海市府办2019年新收申请里自然人有多少", E("sh19", "r.received.natural_person")),
                  ("换成2025年", E("sh25", "r.received.natural_person"))], "year switch"),
        fu("zh", [("沭阳县2025年不予公开里“属于行政执法案卷”几件", E("sy", "r.withheld.enforcement_files.total")),
                  ("“属于四类过程性信息”呢", E("sy", "r.withheld.process_info.total")),
                  ("行政查询事项那项呢", E("sy", "r.withheld.admin_query.total"))], "row switch, three turns"),
        fu("zh", [("淮安2024年行政复议结果维持的几件", E("ha", "a.review.upheld", alt=("其中结果维持 72 件", 72))),
                  ("直接起诉的官司里维持的呢", E("ha", "a.litigation_direct.upheld"))], "appeals group switch"),
        fu("zh", [("涧西区政府办2020年本年新收几件申请", E("jx", "r.received.total", alt=("全年共收到依申请公开", 17))),
                  ("结转下年度继续办理的呢", E("jx", "r.carried_forward.total", alt=("全年共收到依申请公开", 2)))], "row switch; text states both"),
        fu("zh", [("我是县政务办的，核一下沭阳2025年表三新收申请里商业企业那格", E("sy", "r.received.commercial")),
                  ("法律服务机构那格呢", E("sy", "r.received.legal_services"))], "column switch"),
        fu("zh", [("洪泽区2023年现行有效的行政规范性文件有几件", E("hz23", "c.normative_docs.in_force")),
                  ("那2024年呢", E("hz24", "c.normative_docs.in_force"))], "year switch"),
        fu("zh", [("淮安市2024年行政许可处理决定多少", E("ha", "c.licensing.decisions")),
                  ("行政处罚呢", E("ha", "c.punishment.decisions")),
                  ("行政强制", E("ha", "c.coercion.decisions"))], "row switch, three turns"),
        fu("zh", [("上海市政府办公厅2025年予以公开几件", E("sh25", "r.granted.total")),
                  ("上海科委2024年同一项呢", E("kw", "r.granted.total", alt=("同意公开答复", 9)))], "body switch; kw text states 9"),
        fu("zh", [("沭阳县2025年行政复议尚未审结的有几件", E("sy", "a.review.pending")),
                  ("复议后起诉里尚未审结的呢", E("sy", "a.litigation_after_review.pending"))], "appeals group switch"),
        fu("zh", [("淮安2024年个人申请被当成重复申请不处理的有多少", E("ha", "r.not_processed.duplicate.natural_person")),
                  ("沭阳2025年的呢", E("sy", "r.not_processed.duplicate.natural_person"))], "body switch"),
        fu("zh", [("洪泽区2024年复议后起诉的总数", E("hz24", "a.litigation_after_review.total")),
                  ("直接起诉的总数呢", E("hz24", "a.litigation_direct.total"))], "appeals group switch, text cells"),
        fu("zh", [("上海市府办2019年结转下年度继续办理多少件", E("sh19", "r.carried_forward.total", alt=("代表市政府共受理政府信息公开申请", 72))),
                  ("2025年这个数呢", E("sh25", "r.carried_forward.total"))], "year switch"),
        fu("zh", [("淮安市2024年行政规范性文件制发了几件", E("ha", "c.normative_docs.issued")),
                  ("现行有效的呢", E("ha", "c.normative_docs.in_force"))], "column switch"),
        fu("zh", [("沭阳县2025年本年度办理结果总计多少件", E("sy", "r.total_processed.total", alt=("共办理 718 件", 718))),
                  ("其中自然人那一列是多少", E("sy", "r.total_processed.natural_person"))], "column switch; text states 718"),
        fu("zh", [("上海科委2024年本年新收申请总计", E("kw", "r.received.total", alt=("全年收到政府信息公开申请", 34))),
                  ("上一年结转过来的呢", E("kw", "r.carried_over.total", alt=("全年收到政府信息公开申请", 2)))], "row switch; kw text states both"),
        fu("zh", [("淮安市政府2024年复议后再起诉的案件里法院维持了几件", E("ha", "a.litigation_after_review.upheld")),
                  ("纠正的呢", E("ha", "a.litigation_after_review.corrected"))], "column switch"),
        fu("zh", [("洪泽区2023年信访举报投诉类不予处理几件", E("hz23", "r.not_processed.petition.total")),
                  ("淮安市2024年呢", E("ha", "r.not_processed.petition.total")),
                  ("沭阳2025年", E("sy", "r.not_processed.petition.total"))], "body switch, three turns"),
        fu("zh", [("上海市府办2025年上年结转申请几件", E("sh25", "r.carried_over.total", alt=("办结 1191 件", 189))),
                  ("其中法律服务机构的呢", E("sh25", "r.carried_over.legal_services"))], "column switch"),
    ]
    c += [
        fu("en", [("How many requests did Shuyang County receive in 2025 (new ones in the table)?", E("sy", "r.received.total")),
                  ("and Huai'an in 2024?", E("ha", "r.received.total", alt=("全市共受理政府信息公开申请", 3119)))], "body switch"),
        fu("en", [("Hongze District 2023 admin coercion decisions?", E("hz23", "c.coercion.decisions")),
                  ("what about 2024", E("hz24", "c.coercion.decisions"))], "year switch"),
        fu("en", [("Shanghai General Office 2019: new requests in total?", E("sh19", "r.received.total", alt=("代表市政府共受理政府信息公开申请", 859))),
                  ("2025?", E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请", 1295)))], "year switch; both texts state it"),
        fu("en", [("Huai'an 2024: requests refused as state secrets?", E("ha", "r.withheld.state_secret.total")),
                  ("and as internal affairs info?", E("ha", "r.withheld.internal_affairs.total")),
                  ("and as law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], "row switch, three turns"),
        fu("en", [("Shuyang 2025 reconsiderations where the decision was upheld?", E("sy", "a.review.upheld")),
                  ("same for direct lawsuits", E("sy", "a.litigation_direct.upheld"))], "appeals group switch"),
        fu("en", [("Jianxi District office 2020, requests fully disclosed?", E("jx", "r.granted.total")),
                  ("and Hongze District for 2023?", E("hz23", "r.granted.total"))], "body switch"),
        fu("en", [("Huai'an 2024 new requests from commercial enterprises?", E("ha", "r.received.commercial")),
                  ("from 'other' organisations?", E("ha", "r.received.other_org"))], "column switch"),
        fu("en", [("Shanghai General Office 2025 - requests refused because the info doesn't exist and would have to be created?", E("sh25", "r.unable.needs_creation.total")),
                  ("how about the ones where they just don't hold it?", E("sh25", "r.unable.not_held.total"))], "row switch, text cells"),
        fu("en", [("the science commission for 2024, how many admin licensing decisions?", E("kw", "c.licensing.decisions")),
                  ("and penalty decisions?", E("kw", "c.punishment.decisions"))], "row switch, text cells"),
        fu("en", [("Huai'an 2024 normative documents in force?", E("ha", "c.normative_docs.in_force")),
                  ("Shuyang for 2025?", E("sy", "c.normative_docs.in_force")),
                  ("Hongze 2023?", E("hz23", "c.normative_docs.in_force"))], "body switch, three turns"),
        fu("en", [("Shanghai General Office, 2019, new requests that came from businesses?", E("sh19", "r.received.commercial")),
                  ("and in 2025?", E("sh25", "r.received.commercial"))], "year switch"),
        fu("en", [("In 2025 how many Shuyang requests were closed as 'other handling - other'?", E("sy", "r.other.other.total")),
                  ("and because applicants didn't supplement in time?", E("sy", "r.other.overdue_correction.total"))], "row switch"),
        fu("en", [("Huaian 2024, direct lawsuits still pending?", E("ha", "a.litigation_direct.pending")),
                  ("ones where the court corrected the decision?", E("ha", "a.litigation_direct.corrected"))], "column switch"),
        fu("en", [("Hongze 2023: requests carried over from the previous year?", E("hz23", "r.carried_over.total")),
                  ("Shuyang 2025 for the same row?", E("sy", "r.carried_over.total"))], "body switch"),
        fu("en", [("STCSM 2024 normative documents issued", E("kw", "c.normative_docs.issued")),
                  ("Hongze District same year (2024)?", E("hz24", "c.normative_docs.issued"))], "body switch, text cells"),
        fu("en", [("Shanghai General Office 2019 rules (规章) newly made?", E("sh19", "c.regulations.made")),
                  ("normative documents total published to date?", E("sh19", "c.normative_docs.total_published"))], "row/column switch"),
        fu("en", [("Huai'an 2024: requests carried over from 2023?", E("ha", "r.carried_over.total", alt=("全市共受理政府信息公开申请", 34))),
                  ("and ones carried forward to 2025?", E("ha", "r.carried_forward.total", alt=("全市共受理政府信息公开申请", 103)))], "row switch; text states both"),
        fu("en", [("Shuyang County 2025: partial disclosures?", E("sy", "r.partially_granted.total")),
                  ("how many of those went to individuals?", E("sy", "r.partially_granted.natural_person")),
                  ("and to legal service organisations?", E("sy", "r.partially_granted.legal_services"))], "column switch, three turns"),
        fu("en", [("Shanghai General Office 2025, direct lawsuits pending?", E("sh25", "a.litigation_direct.pending")),
                  ("and lawsuits after reconsideration, total?", E("sh25", "a.litigation_after_review.total"))], "appeals group switch, text cells"),
        fu("en", [("Jianxi 2020 procurement projects?", E("jx", "active.procurement.projects")),
                  ("Shanghai General Office 2019?", E("sh19", "active.procurement.projects"))], "body switch"),
    ]
    return c


def TEXTONLY():
    c = []
    c += [
        tx("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        tx("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安2024年市政府公报出了几期"),
        tx("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "我听说淮安市政府办信息公开是要收钱的？2024年他们一共收了多少信息处理费（元）"),
        tx("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体有多少个"),
        tx("zh", "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "淮安市2024年对信息公开栏目搞了几次全覆盖检查"),
        tx("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理掉的过期信息有多少条"),
        tx("zh", "sy", "全年发出催办提示", 84, "次", "沭阳县那个“倒计时报警器”，2025年一共发了多少次催办提示"),
        tx("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳县2025年办理申请之前主动跟申请人沟通了几次"),
        tx("zh", "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接"),
        tx("zh", "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中发布年报的单位有多少家"),
        tx("zh", "sy", "策采相关新闻稿件", 1113, "个", "沭阳县2025年政务新媒体推送的原创短视频有多少个"),
        tx("zh", "sh25", "召开市政府新闻发布会 42 场", 19, "场", "上海市政府办公厅2025年开了几场新闻通气会（不是发布会）"),
        tx("zh", "sh25", "其他处理 319 件", 157, "件", "上海市府办2025年有多少申请是申请人自己主动撤回的"),
        tx("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "上海市政府公报2025年编了多少期？"),
        tx("zh", "sh25", "新增意大利语网站", 10, "个", "上海国际服务门户到2025年覆盖几个语种"),
        tx("zh", "sh19", "通过“中国上海”门户网站发布政策解读共", 132, "件", "上海市府办2019年在中国上海门户网站发了多少件政策解读"),
        tx("zh", "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "2019年上海市政府常务会议议题权威发布了几次"),
        tx("zh", "sh19", "每季度对本市处于正常运行状态的", 70, "家", "上海2019年每季度检查的正常运行政府网站有多少家"),
        tx("zh", "kw", "微信公众号共编发文章", 294, "篇", "“上海科技”公众号2024年原创文章多少篇（市科委的年报）"),
        tx("zh", "kw", "今年累计批量推送集成式发布政策", 121, "条", "市科委2024年批量推送的集成式发布政策一共多少条"),
    ]
    c += [
        tx("en", "ha", "通过文字、图片等形式制作政策解读", 21, "个", "How many policy interpretation pieces did Huai'an produce in 2024?"),
        tx("en", "ha", "市政府及市政府办政策性文件", 11, "件", "Per the narrative of Huai'an's 2024 report, how many policy documents of the city government and its office were newly published?"),
        tx("en", "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "Shuyang County 2025: how many items were proactively published on the county government portal?"),
        tx("en", "sy", "年度涌现爆款内容", 52, "条", "How many viral posts did Shuyang's government new-media accounts have in 2025?"),
        tx("en", "sy", "成功推动化解各类争议纠纷", 33, "件", "In 2025 Shuyang says pre-handling talks helped resolve disputes - how many disputes?"),
        tx("en", "sy", "全县行政机关在办理2025年度信息公开申请中收取信息处理费共计", 380, "元", "What was the total information processing fee collected by Shuyang's agencies in 2025, in yuan?"),
        tx("en", "sy", "全年累计发布解读类信息", 21, "条", "Shuyang 2025 - number of policy-interpretation items released over the year?"),
        tx("en", "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "Hongze District 2023: how many pieces of government info were proactively posted on the government website?"),
        tx("en", "hz24", "主动发布各类政府信息", 2428, "条", "How many government information items did Hongze District publish on its website platform in 2024?"),
        tx("en", "hz24", "主动发布各类政府信息", 7, "期", "Hongze 2024: how many executive meetings of the district government were made public?"),
        tx("en", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "STCSM's 'Shanghai Science & Technology' website - total items posted in 2024?"),
        tx("en", "kw", "直播 118 场", 118, "场", "How many livestreams did the Shanghai science commission run in 2024?"),
        tx("en", "kw", "主合办人大代表建议", 85, "件", "Shanghai science commission 2024, number of CPPCC proposals it handled (lead or co-handled)?"),
        tx("en", "kw", "市科委 5 个高频事项", 5, "个", "The science commission's 2024 report mentions high-frequency services linked with policy documents - how many?"),
        tx("en", "sh25", "市政府规章 22 件", 196, "件", "How many personnel appointment and removal documents did the Shanghai General Office make public in 2025?"),
        tx("en", "sh25", "全年完成市政府及市政府办公厅公文公开属性审查", 330, "件", "Shanghai General Office 2025: number of documents that went through release review (发布审查)?"),
        tx("en", "sh25", "全面推进区政府公报数字化改革", 16, "个", "In 2025, how many Shanghai districts had digital gazettes online?"),
        tx("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai 2019: how many service items were connected to the unified 'one-network' intake platform?"),
        tx("en", "sh19", "41条短视频", 41, "条", "How many short videos did Shanghai Release post on Douyin about the CIIE in 2019?"),
        tx("en", "jx", "统筹推进26个试点领域", 601, "项", "Jianxi District 2020: how many matters were sorted out in the standardisation catalogue?", frm="结合权责清单"),
    ]
    return c


def CANNOT():
    c = []
    c += [
        un("zh", "淮安市2024年的信息公开申请里，男的女的各占多少", "applicant sex breakdown not reported"),
        un("zh", "沭阳县2025年申请人里60岁以上的老人有多少个", "applicant age not reported"),
        un("zh", "洪泽区2023年哪个月收到的申请最多", "monthly breakdown not reported"),
        un("zh", "上海市府办2025年第三季度收到多少件申请", "quarterly breakdown not reported"),
        un("zh", "淮安2024年网上申请和信函申请各多少件", "channel breakdown not reported"),
        un("zh", "沭阳县2025年各个乡镇分别收到多少申请", "township breakdown not reported"),
        un("zh", "上海市政府办公厅2019年关于拆迁征收的申请有多少件", "topic breakdown not reported"),
        un("zh", "淮安市政府2024年答复一件申请平均用了几天", "response times not reported"),
        un("zh", "沭阳县政府办负责信息公开的工作人员有几个人，2025年", "staff numbers not reported"),
        un("zh", "南京市政府2024年收到多少信息公开申请", "body not in the corpus (南京市)"),
        un("zh", "洪泽区2022年政府信息公开年报里新收申请多少", "year not in the corpus (洪泽 2022)"),
        un("zh", "沭阳县2024年行政许可有多少件", "year not in the corpus (沭阳 2024)"),
        un("zh", "你预测一下淮安市2026年会收到多少信息公开申请", "forecast"),
        un("zh", "你觉得上海市府办2025年信息公开工作做得好不好，打几分", "opinion"),
        un("zh", "我2025年3月给沭阳县政府交过一份申请，编号我忘了，能帮我查下办到哪一步了吗", "one person's own case"),
        un("zh", "淮安市2024年申请信息公开的人里有没有叫王建国的，他的电话多少", "personal data"),
        un("zh", "上海科委2023年收到多少件信息公开申请", "year not in the corpus (上海科委 2023)"),
        un("zh", "宿迁市政府2025年的行政复议有多少件", "body not in the corpus (宿迁市)"),
        un("zh", "涧西区2021年的年报，予以公开多少件", "year not in the corpus (涧西 2021)"),
        un("zh", "洪泽区2024年为什么申请一下子变多了，报告里说原因了吗，具体是哪些事", "reasons not stated in the report"),
    ]
    c += [
        un("en", "Huai'an 2024 disclosure requests - how many came from people living outside Jiangsu?", "applicant residence not reported"),
        un("en", "Which industries did the companies that applied to Shuyang County in 2025 belong to?", "industry breakdown not reported"),
        un("en", "Shanghai General Office 2025: how many requests were about housing?", "topic breakdown not reported"),
        un("en", "What was the budget of Huai'an's information disclosure office in 2024?", "costs not reported"),
        un("en", "Pudong New Area 2024 how many information disclosure requests", "body not in the corpus (浦东新区)"),
        un("en", "Qingjiangpu District government 2024 - admin reconsideration total?", "body not in the corpus (清江浦区)"),
        un("en", "Shanghai General Office 2022 number of requests received?", "year not in the corpus (上海市府办 2022)"),
        un("en", "Will Hongze District get more than 100 requests in 2025? your best guess", "forecast"),
        un("en", "Is Shuyang County more transparent than Huai'an? just your opinion based on 2025 and 2024", "opinion"),
        un("en", "I filed a request with Huaian city govt in May 2024 about my land compensation. Was mine one of the ones disclosed?", "one person's own case"),
        un("en", "Give me the names and ID numbers of the people who sued the Shanghai General Office in 2025", "personal data"),
        un("en", "Shuyang County 2025: how many of the requests were handled by each county department, e.g. the housing bureau?", "department breakdown not reported"),
        un("en", "How many requests did Huai'an receive from women aged 30 to 40 in 2024?", "sex and age breakdown not reported"),
        un("en", "Hongze District 2023, how many requests arrived in December?", "monthly breakdown not reported"),
        un("en", "STCSM 2024 - average number of working days to answer a disclosure request?", "response times not reported"),
        un("en", "What share of Jianxi District's 2020 requests came via WeChat versus in person?", "channel breakdown not reported"),
        un("en", "Shanghai science commission 2024, how many staff work on information disclosure?", "staff numbers not reported"),
        un("en", "Huai'an 2024 lawsuits: how many were filed by companies vs individuals?", "appeals by applicant type not reported"),
        un("en", "Suqian city 2025 information disclosure annual report - fees collected?", "body not in the corpus (宿迁市)"),
        un("en", "Jianxi District 2021: number of requests fully disclosed?", "year not in the corpus (涧西 2021)"),
    ]
    return c


def NEIGHBOUR():
    return [
        tr("zh", "ha", "r.carried_over.total", "淮安市2024年“上年结转”过来的申请几件？注意不是结转到下年的", "结转上年 vs 结转下年",
           alt=("全市共受理政府信息公开申请", 34)),
        tr("zh", "sy", "a.litigation_after_review.total", "沭阳2025年先复议、复议完了又去起诉的案子总共几件（别和直接起诉搞混）", "复议后起诉 vs 直接起诉"),
        tr("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年行政规范性文件废止了多少件（不是现行有效）", "废止 vs 现行有效"),
        tr("zh", "ha", "r.unable.needs_creation.total", "淮安2024年因为需要另行制作而无法提供的申请有几件", "另行制作 vs 不掌握"),
        tr("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以“四类过程性信息”不予公开的有几件", "过程性信息 vs 内部事务"),
        tr("zh", "sh19", "active.procurement.projects", "上海市府办2019年政府集中采购项目数量（个数，不是金额）", "采购项目数 vs 金额"),
        tr("zh", "ha", "r.partially_granted.total", "淮安2024年部分公开的是多少，只要部分公开", "部分公开 vs 予以公开"),
        tr("en", "sy", "r.received.legal_services", "Shuyang 2025 new requests from legal service agencies (not businesses)?", "法律服务机构 vs 商业企业"),
        tr("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations closed with an 'other result' - not corrected, not upheld?", "其他结果 vs 纠正",
           alt=("其中结果维持 72 件", 178)),
        tr("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: rules (规章) published in total to date (对外公开总数量), not the ones newly made in 2019", "对外公开总数 vs 新制作"),
        tr("en", "ha", "c.regulations.in_force", "How many Huai'an municipal rules (规章) were currently in force in 2024 - the in-force column, not newly issued?", "现行有效 vs 制发"),
        tr("en", "sy", "r.not_processed.duplicate.total", "Shuyang County 2025: requests not processed because they were repeat requests (重复申请), not the petition-type ones", "重复申请 vs 信访"),
        tr("en", "ha", "r.withheld.enforcement_files.total", "Huai'an 2024 - refused as administrative law-enforcement case files (行政执法案卷); not the admin-inquiry row", "执法案卷 vs 行政查询"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + FOLLOW() + TEXTONLY() + CANNOT() + NEIGHBOUR()
