"""Question bank of the thirty-ninth blind evaluation set (evals/blind39).

WARNING: holds the text of every test question; as frozen as test.jsonl. Every wording was
written from scratch for this set. Numbers are never typed here: the builders in helpers39.py
compute them from gold/*.json, from printed rows (SPECS, the cells blind6 verified) or from a
sentence cut from the report text (only the narrative numbers are named, and each is verified).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib39 as L  # noqa: E402
from helpers39 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

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

P_ = "[plain] "
HA_IN = ("全市共受理政府信息公开申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_REV = ("政府信息公开行政复议 351", None)
SY_ORG = ("法人或其他组织申请 8", 8)
SY_DONE = ("共办理 718", 718)
SY_FWD = ("结转下一年 31", 31)
SH19_IN = ("共受理政府信息公开申请859", 859)
SH19_DONE = ("答复政府信息公开申请805", 805)
SH25_IN = ("市政府共受理政府信息公开申请 1295", 1295)
KW_IN = ("全年收到政府信息公开申请 34", 34)
JX_IN = ("全年共收到依申请公开17", 17)


def rev(n):
    return ("政府信息公开行政复议 351", n)


def value_convs():
    out = []
    v = lambda lang, b, keys, q, note="table value from gold", **kw: out.append(
        V(lang, b, keys, q, P_ + note, **kw))
    # ---------------- zh
    v("zh", "ha", "r.received.total", "淮安市政府2024年一共新收到多少件信息公开申请", alt=HA_IN)
    v("zh", "ha", "r.withheld.admin_query.total",
      "我是记者，想核一下：淮安2024年因为申请内容属于行政查询事项而没给公开的，表里是几件？")
    v("zh", "ha", "r.unable.needs_creation.total", "淮安24年 要另外制作才能给的 所以没提供的有几个")
    v("zh", "ha", "r.not_processed.duplicate.total",
      "帮居民问一下，淮安市人民政府2024年报里，重复申请不予处理的是多少件？")
    v("zh", "ha", "r.other.overdue_fee.natural_person",
      "淮安2024 自然人那一列 申请人逾期没交信息处理费的 有多少")
    v("zh", "ha", "a.litigation_after_review.pending",
      "淮安市2024年先复议再去法院起诉、到年底还没判下来的官司有几起？")
    v("zh", "ha", "c.regulations.in_force", "淮安市政府2024年底现行有效的规章有几件")
    v("zh", "ha", "c.coercion.decisions", "二〇二四年淮安市行政强制决定的数量是多少？")
    v("zh", "ha", "r.withheld.third_party.total",
      "我之前申请过别人公司的资料被拒了，说是涉及第三方合法权益。淮安2024年这样被拒的一共几件？")
    v("zh", "ha", "r.granted.legal_services", "淮安2024年律所这类法律服务机构申请、最后予以公开的有几件")
    v("zh", "sy", "r.received.total",
      "沭阳县2025年本年新收的信息公开申请有多少？表里那行，不含上一年结转过来的")
    v("zh", "sy", "r.withheld.internal_affairs.total",
      "12345这边有个市民问，沭阳县政府2025年以“内部事务信息”为由不公开的有多少件")
    v("zh", "sy", "r.unable.not_held.total", "沭阳25年 回复说本机关不掌握的 几件啊")
    v("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年度表格里“其他”这一项（逾期不补正、不交费以外的其他）是多少")
    v("zh", "sy", "c.licensing.decisions", "沭阳2025年全年作出行政许可决定多少件")
    v("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额是多少万元？", unit="万元")
    v("zh", "sy", "a.review.corrected", "沭阳县政府2025年因信息公开被申请复议，结果被纠正的有几件")
    v("zh", "sy", "r.received.legal_person",
      "我们是一家企业，想了解2025年沭阳县收到的申请里，法人或者其他组织提的有多少", alt=SY_ORG)
    v("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年法律服务机构申请后部分公开的有几件？")
    v("zh", "sy", "r.total_processed.total", "2025年沭阳县政府办理完的申请总计多少件", alt=SY_DONE)
    v("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年申请了但政府说手里没有这个信息的，有多少件")
    v("zh", "hz23", "c.punishment.decisions", "洪泽2023行政处罚决定数 多少")
    v("zh", "hz23", "r.received.total", "请问洪泽区人民政府2023年受理了几件依申请公开？", alt=("全区受理政府信息公开申请 21", 21))
    v("zh", "hz23", "a.review.upheld", "洪泽区2023年信息公开行政复议里，维持原决定的有几件")
    v("zh", "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费是多少万元", unit="万元")
    v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年作出的行政许可有多少件", note="printed row, no gold")
    v("zh", "hz24", "r.unable.not_held.total", "洪泽2024年 因为本机关不掌握 没法提供的申请 有几件",
      note="printed row, no gold")
    v("zh", "hz24", "a.litigation_direct.total", "洪泽区24年有人没走复议直接起诉政府信息公开的，一共几件", note="printed row, no gold")
    v("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到自然人提出的申请多少件")
    v("zh", "sh19", "r.not_processed.petition.natural_person",
      "上海市府办2019年，个人申请中属于信访举报投诉类、不予处理的有几件")
    v("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目有几个")
    v("zh", "sh19", "r.unable.needs_creation.commercial", "19年上海市府办 商业企业申请的信息需要另行制作的 有几件")
    v("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少件")
    v("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年，没有现成信息、需要另外制作的有多少件",
      note="printed row, no gold")
    v("zh", "sh25", "r.received.commercial", "2025年上海市府办收到的申请里，商业企业提的有几件", note="printed row, no gold")
    v("zh", "sh25", "a.review.total", "上海市政府办公厅二〇二五年因为信息公开被申请行政复议的总数", note="printed row, no gold")
    v("zh", "kw", "r.received.natural_person", "上海科委2024年新收的申请里面自然人有多少件", note="printed row, no gold")
    v("zh", "kw", "c.normative_docs.in_force", "市科委2024年 现行有效的规范性文件 多少件", note="printed row, no gold")
    v("zh", "jx", "r.received.total", "涧西区政府办2020年一共收到了多少依申请公开", alt=JX_IN)
    v("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购的总金额是多少万元", unit="万元")
    v("zh", "jx", "r.granted.total", "涧西区人民政府办公室2020年予以公开的申请有几件")
    v("zh", "ha", "a.review.pending", "淮安2024年信息公开类行政复议 到统计截止还没审结的 有几件", alt=rev(37))
    v("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年经过复议后又起诉的案件里，法院维持的有多少件")
    v("zh", "ha", "r.carried_forward.total", "淮安市2024年办不完、要结转到下一年继续办理的申请有几件",
      alt=("另有 103 件顺延", 103))
    # ---------------- en
    v("en", "ha", "r.received.commercial", "How many requests did Huai'an city government get from companies in 2024?")
    v("en", "ha", "r.unable.not_held.total",
      "Huaian 2024: number of requests where the government said it simply doesn't hold the info")
    v("en", "ha", "r.withheld.prohibited_by_law.total",
      "In 2024, how many Huai'an requests were refused because laws and regulations prohibit disclosure (法律行政法规禁止公开)?")
    v("en", "ha", "r.not_processed.petition.commercial",
      "huaian 2024 businesses filing what were really complaints/petitions, not processed, how many")
    v("en", "ha", "a.litigation_direct.upheld",
      "For Huai'an in 2024, lawsuits filed straight in court without review first: how many did the government win (upheld)?")
    v("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huaian scrap in 2024?")
    v("en", "ha", "c.licensing.decisions", "Huai'an FY2024 administrative licensing decisions, total count?")
    v("en", "ha", "r.partially_granted.total", "Huai'an 2024 — requests answered with only part of the info released?")
    v("en", "ha", "r.other.overdue_correction.total",
      "In 2024 how many Huai'an applicants never fixed their application after being asked to, so it was closed out?")
    v("en", "ha", "a.review.corrected", "Huai'an 2024 administrative reviews over disclosure: how many ended with the decision corrected?",
      alt=rev(64))
    v("en", "ha", "c.fees.amount", "Huaian's 2024 administrative fees take, in 万元?", unit="万元")
    v("en", "sy", "r.carried_over.total",
      "Shuyang County 2025, requests carried over into the year from the year before (上年结转)?")
    v("en", "sy", "r.granted.total", "How many requests did Shuyang grant in full in 2025?")
    v("en", "sy", "r.withheld.admin_query.total",
      "shuyang 2025 requests turned away as administrative inquiries how many")
    v("en", "sy", "r.not_processed.duplicate.total", "Repeat applications Shuyang County refused to handle in 2025?")
    v("en", "sy", "c.punishment.decisions", "Number of administrative penalty decisions, Shuyang County, year 2025?")
    v("en", "sy", "a.review.total", "My colleague and I disagree on Shuyang's 2025 administrative reviews over disclosure: what's the total in the table?")
    v("en", "sy", "c.normative_docs.in_force", "Shuyang county gov 2025: normative docs still in force at year end?")
    v("en", "sy", "r.carried_forward.total", "Shuyang 2025, how many requests rolled over to be finished next year?", alt=SY_FWD)
    v("en", "sy", "r.received.commercial", "in 2025 how many info requests to Shuyang came from commercial enterprises")
    v("en", "hz23", "r.unable.needs_creation.total",
      "Hongze District 2023: requests it could not meet because the info would have to be newly made?")
    v("en", "hz23", "c.coercion.decisions", "Hongze 2023 administrative coercion decisions — the number please")
    v("en", "hz23", "r.partially_granted.total", "In 2023 did Hongze partly disclose anything? how many requests")
    v("en", "hz23", "a.litigation_after_review.upheld",
      "Hongze district 2023, suits brought after an administrative review where the court upheld the government?")
    v("en", "hz24", "c.punishment.decisions", "Hongze District 2024 penalty decisions (行政处罚)?", note="printed row, no gold")
    v("en", "hz24", "r.granted.total", "How many applicants got the info in full from Hongze in 2024?", note="printed row, no gold")
    v("en", "hz24", "c.normative_docs.issued", "new normative documents Hongze issued in 2024", note="printed row, no gold")
    v("en", "sh19", "r.carried_forward.total",
      "Shanghai General Office 2019 — requests carried forward to the next year?", alt=("另有72件", 72))
    v("en", "sh19", "r.withheld.state_secret.natural_person",
      "2019 Shanghai municipal general office: individuals refused because the info was a state secret?")
    v("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai General Office make in 2019?")
    v("en", "sh19", "r.received.commercial", "Shanghai General Office, FY2019, requests from businesses?")
    v("en", "sh19", "a.litigation_direct.pending", "Shanghai gen office 2019 direct lawsuits still pending at year end?")
    v("en", "sh19", "c.procurement.amount", "What was the Shanghai General Office's 2019 centralized procurement amount (万元)?", unit="万元")
    v("en", "sh25", "r.not_processed.petition.total",
      "Shanghai General Office 2025: requests that were really petitions/complaints and not processed?", note="printed row, no gold")
    v("en", "sh25", "r.granted.total", "In 2025, how many requests did the Shanghai municipal general office fully disclose?", note="printed row, no gold")
    v("en", "sh25", "a.litigation_after_review.total",
      "Shanghai General Office 2025 lawsuits after administrative review, total?", note="printed row, no gold")
    v("en", "sh25", "r.carried_over.natural_person",
      "For 2025, how many individuals' requests did the Shanghai General Office carry over from the previous year?",
      note="printed row, no gold")
    v("en", "kw", "c.normative_docs.issued", "STCSM 2024, how many normative documents were issued?", note="printed row, no gold")
    v("en", "kw", "r.total_processed.total", "Shanghai science commission 2024 total requests handled (办理结果总计)?",
      note="printed row, no gold")
    v("en", "kw", "c.licensing.decisions", "Shanghai Science and Technology Commission licensing decisions in 2024", note="printed row, no gold")
    v("en", "jx", "r.carried_forward.total", "Jianxi District 2020: requests still being worked on, carried into next year?",
      alt=("在办2件", 2))
    v("en", "jx", "a.litigation_after_review.upheld", "Jianxi 2020 — lawsuits after review, upheld?")
    v("en", "jx", "r.unable.not_held.total", "jianxi district office 2020 how many requests did it not hold the info for")
    v("en", "ha", "r.received.legal_services", "How many 2024 requests to Huai'an came from law firms and other legal service agencies?")
    return out


def combine_convs():
    out = []
    s = lambda lang, b, keys, q, note="sum of the listed cells", **kw: out.append(
        S(lang, b, keys, q, "[combine] " + note, **kw))
    d = lambda lang, b1, b2, keys, q, note="later year minus earlier year", **kw: out.append(
        D(lang, b1, b2, keys, q, "[combine] " + note, **kw))
    s("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
      "淮安2024年全部公开加上部分公开，合起来有多少件？")
    s("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "沭阳县2025年复议、直接起诉、复议后起诉三类案件加一起多少件")
    s("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                   "r.withheld.security_stability.total", "r.withheld.third_party.total",
                   "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                   "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
      "做课题统计：淮安市2024年“不予公开”下面八个小项全部加总是多少件")
    s("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳25年新收的加上从上一年转过来的，总数多少")
    s("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
      "洪泽区2023年行政许可、行政处罚、行政强制三项决定数加起来是多少")
    s("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial",
                     "r.unable.not_held.legal_services"],
      "上海市府办2019年本机关不掌握这一行，自然人、商业企业、法律服务机构三列相加是多少")
    s("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "涧西区2020年信息公开引起的复议和诉讼（含复议后起诉）一共几件")
    s("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
      "淮安2024“无法提供”三种情形合计")
    s("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
      "Add up Huai'an's 2024 disclosure lawsuits: direct ones plus those after review.")
    s("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
      "Shuyang 2025: petition-type plus duplicate requests left unprocessed, combined?")
    s("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
      "Sum of the three 'other handling' lines for Huai'an in 2024?")
    s("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
      "Shanghai General Office 2019, individuals: new requests plus carried over, total?")
    s("en", "sy", ["c.licensing.decisions", "c.punishment.decisions"],
      "Shuyang County 2025 licensing plus penalty decisions — combined figure?")
    s("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "Hongze 2024: total of reviews, direct suits and suits after review", note="sum of printed cells, no gold")
    s("en", "ha", ["a.review.upheld", "a.review.corrected"],
      "Huai'an administrative reviews in 2024 — upheld plus corrected, how many?")
    s("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
      "Shanghai General Office 2025, 'not held' plus 'needs to be newly created' requests together",
      note="sum of printed cells, no gold")
    d("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少")
    d("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023到2024年行政处罚决定变化了多少（24减23）")
    d("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅本年新收申请，2025年比2019年增加了多少件")
    d("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度办理的申请，2025年和2019年相比差多少")
    d("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件2024年比2023年多几件")
    d("en", "hz23", "hz24", "c.coercion.decisions", "Change in Hongze's coercion decisions from 2023 to 2024?")
    d("en", "sh19", "sh25", "r.received.natural_person",
      "Shanghai General Office: individuals' new requests, 2025 vs 2019, difference?")
    d("en", "sh19", "sh25", "a.review.total", "How much did Shanghai General Office administrative reviews grow between 2019 and 2025?")
    d("en", "hz23", "hz24", "c.fees.amount", "Hongze fee revenue: 2024 minus 2023, in 万元", unit="万元")
    d("en", "sh19", "sh25", "a.litigation_direct.total",
      "Direct lawsuits against the Shanghai General Office, 2019 to 2025 — by how many did they change?")
    return out


def rank_convs():
    out = []
    r = lambda lang, bodies, keys, order, q: out.append(
        R(lang, bodies, keys, order, q, "[rank] ranking over bodies with gold"))
    r("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
      "淮安市2024、沭阳县2025、上海市府办2019，哪家新收申请最多")
    r("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
      "涧西区2020年、洪泽区2023年、沭阳县2025年这三个里谁收到的申请最少")
    r("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
      "行政许可决定数：淮安2024、洪泽2023、沭阳2025，谁最多？")
    r("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
      "比一下淮安市2024年、洪泽区2023年和沭阳县2025年的行政强制决定，哪个最少")
    r("zh", ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
      "涧西2020、淮安2024、沭阳2025、上海市府办2019四家，直接起诉的行政诉讼哪家最多")
    r("zh", ["jx", "ha", "sy"], "r.granted.total", "asc", "予以公开件数 涧西20年 淮安24年 沭阳25年 最少的是哪个")
    r("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc",
      "结转到下一年办的申请，淮安市2024年、沭阳县2025年、上海市府办2019年哪个最多？")
    r("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
      "Which issued the most penalty decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?")
    r("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
      "Lowest administrative fee revenue among Huai'an (2024), Hongze (2023) and Shuyang (2025)?")
    r("en", ["jx", "ha", "hz23", "sh19"], "r.total_processed.total", "asc",
      "Jianxi 2020, Huai'an 2024, Hongze 2023, Shanghai General Office 2019 — who handled the fewest requests in total?")
    r("en", ["ha", "sy", "sh19"], "r.received.natural_person", "asc",
      "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which got the fewest requests from individuals?")
    r("en", ["ha", "hz23", "sy"], "r.unable.not_held.total", "desc",
      "rank huaian 2024 / hongze 2023 / shuyang 2025 by 'info not held' replies, who's top")
    r("en", ["jx", "ha", "sy"], "a.review.total", "desc",
      "Most administrative reviews over disclosure: Jianxi 2020, Huai'an 2024, or Shuyang 2025?")
    return out


def trap_convs():
    out = []
    t = lambda lang, b, keys, q, note, **kw: out.append(T(lang, b, keys, q, "[neighbour] " + note, **kw))
    t("zh", "ha", "r.carried_over.total", "淮安2024年表里“上年结转”过来的申请是多少件（不是结转下年那行）",
      "neighbour: 结转下年 103", alt=("含上年度结转申请 34", 34))
    t("zh", "ha", "a.litigation_after_review.total", "淮安市2024年复议以后又打官司的有几件？直接起诉的不要",
      "neighbour: 直接起诉 26; text 诉讼 46 is both")
    t("zh", "ha", "r.unable.not_held.total", "淮安2024年无法提供里面，只算“本机关不掌握”那一小项",
      "sub-item vs group (无法提供 781)")
    t("zh", "sy", "r.received.natural_person", "沭阳2025年新收申请中只算自然人那一列，不是总计",
      "one column vs total 713; text 741 includes carried over")
    t("zh", "sy", "a.review.upheld", "沭阳县2025年行政复议结果维持的件数，不要总计",
      "row part vs total 61")
    t("zh", "sh19", "r.total_processed.total", "上海市府办2019年办理结果的总计，是处理完的不是收到的",
      "received 859 vs handled", alt=SH19_DONE)
    t("zh", "sy", "r.withheld.process_info.total", "沭阳县2025不予公开里面属于过程性信息的有几件（内部事务那行别看错）",
      "neighbour: 内部事务 13")
    t("en", "ha", "r.unable.total", "Huai'an 2024: ALL 'unable to provide' requests (the whole group, not just 'not held')",
      "group vs its sub-item 769")
    t("en", "ha", "c.normative_docs.in_force", "Huai'an 2024 normative documents currently in force — not the repealed ones",
      "neighbour: 废止 26, 制发 8")
    t("en", "ha", "r.granted.commercial", "In 2024 how many Huai'an requests from commercial enterprises were granted in full? (not law firms)",
      "neighbour column: legal services 50")
    t("en", "sy", "r.carried_forward.total", "Shuyang 2025: carried FORWARD to next year (not carried over from the prior year)",
      "carried over 36 vs forward 31", alt=SY_FWD)
    t("en", "sh19", "a.litigation_direct.total",
      "Shanghai General Office 2019 lawsuits filed directly, without a prior review — total?",
      "text '诉讼9件' same; after-review printed blank", alt=("诉讼9件", 9))
    t("en", "jx", "r.total_processed.total", "Jianxi District office 2020: requests actually handled (not received)",
      "received 17 vs handled 15")
    return out


def followup_convs():
    out = []
    f = lambda lang, turns, note: out.append(F(lang, turns, "[followup] " + note))
    f("zh", [("沭阳县2025年自然人新收的申请有多少件", E("sy", "r.received.natural_person")),
             ("那商业企业的呢", E("sy", "r.received.commercial")),
             ("法律服务机构的", E("sy", "r.received.legal_services"))], "switch column")
    f("zh", [("淮安2024年行政复议总共多少件", E("ha", "a.review.total", alt=rev(351))),
             ("那打官司的呢 直接起诉那种", E("ha", "a.litigation_direct.total"))], "switch group")
    f("zh", [("洪泽区2023年行政处罚多少件", E("hz23", "c.punishment.decisions")),
             ("同一项2024年", E("hz24", "c.punishment.decisions"))], "switch year (2024 printed row)")
    f("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=SH19_IN)),
             ("2025年呢", E("sh25", "r.received.total", alt=SH25_IN))], "switch year")
    f("zh", [("淮安市2024年予以公开的有多少件", E("ha", "r.granted.total")),
             ("那个人的呢", E("ha", "r.granted.natural_person")),
             ("企业的", E("ha", "r.granted.commercial"))], "switch column")
    f("zh", [("沭阳2025年行政复议结果被纠正的多少", E("sy", "a.review.corrected")),
             ("还没审结的呢", E("sy", "a.review.pending"))], "switch outcome")
    f("zh", [("沭阳县2025年行政许可决定数", E("sy", "c.licensing.decisions")),
             ("淮安市2024年同一项是多少", E("ha", "c.licensing.decisions"))], "switch body and year")
    f("zh", [("涧西区2020年依申请公开收到多少件", E("jx", "r.received.total", alt=JX_IN)),
             ("办完了几件", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
             ("结转到下一年的", E("jx", "r.carried_forward.total", alt=("在办2件", 2)))], "switch row")
    f("zh", [("淮安2024年因为信访举报投诉不予处理的有几件", E("ha", "r.not_processed.petition.total")),
             ("换成沭阳县2025年", E("sy", "r.not_processed.petition.total"))], "switch body")
    f("zh", [("上海科委2024年新收申请多少件", E("kw", "r.received.total", alt=KW_IN)),
             ("上年结转的呢", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2)))], "switch row")
    f("zh", [("洪泽区2024年行政复议几件", E("hz24", "a.review.total")),
             ("复议后起诉的呢", E("hz24", "a.litigation_after_review.total"))], "switch group, printed row")
    f("zh", [("淮安2024年复议后起诉的案件里法院维持的有几件", E("ha", "a.litigation_after_review.upheld")),
             ("那直接起诉的维持了几件", E("ha", "a.litigation_direct.upheld")),
             ("直接起诉被纠正的呢", E("ha", "a.litigation_direct.corrected"))], "switch group then outcome")
    f("zh", [("沭阳县政府2025年行政强制决定有多少", E("sy", "c.coercion.decisions")),
             ("洪泽区2023年的", E("hz23", "c.coercion.decisions")),
             ("2024年洪泽", E("hz24", "c.coercion.decisions"))], "switch body then year")
    f("zh", [("上海市府办2019年不予处理里面重复申请的，自然人几件", E("sh19", "r.not_processed.duplicate.natural_person")),
             ("商业企业那列", E("sh19", "r.not_processed.duplicate.commercial"))], "switch column")
    f("zh", [("淮安市2024年规范性文件制发了几件", E("ha", "c.normative_docs.issued")),
             ("废止的呢", E("ha", "c.normative_docs.repealed")),
             ("现在还有效的", E("ha", "c.normative_docs.in_force"))], "switch column of one row")
    f("zh", [("沭阳县2025年不予公开中属于危及三安全一稳定的有几件", E("sy", "r.withheld.security_stability.total")),
             ("行政执法案卷的呢", E("sy", "r.withheld.enforcement_files.total"))], "switch row")
    f("zh", [("上海市政府办公厅2025年结转下年度继续办理的有多少", E("sh25", "r.carried_forward.total")),
             ("2019年同一项", E("sh19", "r.carried_forward.total", alt=("另有72件", 72)))], "switch year")
    f("zh", [("洪泽区2023年行政复议结果纠正的有几件", E("hz23", "a.review.corrected")),
             ("维持的", E("hz23", "a.review.upheld"))], "switch outcome (printed total 0 avoided)")
    f("zh", [("淮安2024年收取行政事业性收费多少万元", E("ha", "c.fees.amount", unit="万元")),
             ("沭阳2025年呢", E("sy", "c.fees.amount", unit="万元"))], "switch body and year")
    f("zh", [("沭阳2025年其他处理里申请人逾期不补正的有几件", E("sy", "r.other.overdue_correction.total")),
             ("逾期不缴费的", E("sy", "r.other.overdue_fee.total"))], "switch row")
    f("en", [("How many requests did Huai'an receive from individuals in 2024?", E("ha", "r.received.natural_person")),
             ("what about companies", E("ha", "r.received.commercial")),
             ("and law firms?", E("ha", "r.received.legal_services"))], "switch column")
    f("en", [("Shuyang 2025 administrative reviews, total?", E("sy", "a.review.total")),
             ("and the court ones? direct suits only", E("sy", "a.litigation_direct.total"))], "switch group")
    f("en", [("Hongze District 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
             ("2024?", E("hz24", "c.licensing.decisions"))], "switch year (printed row)")
    f("en", [("Shanghai General Office 2019: requests it could not provide because it didn't hold the info, individuals only?",
              E("sh19", "r.unable.not_held.natural_person")),
             ("same row, businesses", E("sh19", "r.unable.not_held.commercial"))], "switch column")
    f("en", [("Huai'an 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
             ("Shuyang 2025, same thing", E("sy", "c.normative_docs.issued")),
             ("and Hongze 2024", E("hz24", "c.normative_docs.issued"))], "switch body and year")
    f("en", [("Shuyang County 2025, requests withheld as internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
             ("and process information?", E("sy", "r.withheld.process_info.total")),
             ("Huai'an 2024 for that one", E("ha", "r.withheld.process_info.total"))], "switch row then body")
    f("en", [("Jianxi District 2020 administrative reviews?", E("jx", "a.review.total")),
             ("direct lawsuits?", E("jx", "a.litigation_direct.total"))], "switch group")
    f("en", [("How many requests did the Shanghai General Office handle in total in 2025?", E("sh25", "r.total_processed.total",
              alt=("办结 1191", 1191))),
             ("and in 2019?", E("sh19", "r.total_processed.total", alt=SH19_DONE))], "switch year")
    f("en", [("Huai'an 2024 reviews where the result was 'other'?", E("ha", "a.review.other", alt=rev(178))),
             ("still pending?", E("ha", "a.review.pending", alt=rev(37)))], "switch outcome")
    f("en", [("STCSM received how many requests in 2024?", E("kw", "r.received.total", alt=KW_IN)),
             ("granted in full?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9)))], "switch row")
    f("en", [("Shuyang 2025 penalty decisions", E("sy", "c.punishment.decisions")),
             ("Hongze 2023 same", E("hz23", "c.punishment.decisions"))], "switch body")
    f("en", [("Huai'an 2024, info not held, total?", E("ha", "r.unable.not_held.total")),
             ("just individuals", E("ha", "r.unable.not_held.natural_person")),
             ("and law firms", E("ha", "r.unable.not_held.legal_services"))], "switch column")
    f("en", [("Shanghai General Office 2025 administrative reviews pending?", E("sh25", "a.review.pending")),
             ("direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], "switch group")
    f("en", [("Hongze 2024 new requests (本年新收)?", E("hz24", "r.received.total")),
             ("how many could not be given because not held", E("hz24", "r.unable.not_held.total"))], "switch row")
    f("en", [("Shuyang 2025 requests closed because the applicant never paid the fee?", E("sy", "r.other.overdue_fee.total")),
             ("Huai'an 2024?", E("ha", "r.other.overdue_fee.total"))], "switch body and year")
    f("en", [("Shanghai General Office 2019, regulations made?", E("sh19", "c.regulations.made")),
             ("normative documents total published", E("sh19", "c.normative_docs.total_published"))], "switch row")
    f("en", [("Huai'an 2024 applications carried over from the previous year?", E("ha", "r.carried_over.total",
              alt=("含上年度结转申请 34", 34))),
             ("Shuyang 2025?", E("sy", "r.carried_over.total"))], "switch body and year")
    f("en", [("Shanghai science commission 2024 normative documents in force", E("kw", "c.normative_docs.in_force")),
             ("and Hongze District 2024", E("hz24", "c.normative_docs.in_force"))], "switch body (printed rows)")
    f("zh", [("沭阳县2025年重复申请不予处理的有几件", E("sy", "r.not_processed.duplicate.total")),
             ("其中商业企业那列", E("sy", "r.not_processed.duplicate.commercial"))], "switch column")
    return out


def narrative_convs():
    out = []
    n = lambda lang, b, kw_, val, unit, q, frm=None: out.append(
        N(lang, b, kw_, val, unit, q, "[textonly] number stated only in the report text", frm=frm))
    n("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会")
    n("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安那边在运维的政务新媒体账号有多少个？2024年的年报")
    n("zh", "ha", "全覆盖检查", 4, "次", "2024年淮安对信息公开栏目做了几次全覆盖检查")
    n("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少元信息处理费")
    n("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息")
    n("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽2024年网站平台发布的政府信息一共几条")
    n("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集")
    n("zh", "sy", "推送系列原创短视频1113", 1113, "个", "我刷到过沭阳的政务短视频，2025年他们一共推了多少个原创短视频")
    n("zh", "sy", "年度涌现爆款内容52", 52, "条", "沭阳县2025年有多少条爆款内容")
    n("zh", "sy", "催办提示 84", 84, "次", "沭阳那个倒计时报警器，2025年发了几次催办提示")
    n("zh", "sy", "累计开展办前主动沟通 49", 49, "次", "沭阳县2025年办前主动沟通搞了多少次")
    n("zh", "sy", "累计清理过期信息697", 697, "条", "2025年沭阳清理掉的过期信息有多少条")
    n("zh", "sy", "失效链接43", 43, "处", "沭阳县政府网站2025年整改了几处失效链接")
    n("zh", "kw", "直播 118", 118, "场", "上海科委2024年视频号做了多少场直播")
    n("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会")
    n("zh", "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有几件")
    n("zh", "sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户到2025年覆盖几种语言")
    n("zh", "sh19", "政策解读共132", 132, "件", "2019年上海市府办在中国上海门户网站发了多少件政策解读")
    n("zh", "sh19", "70家政府网站", 70, "家", "上海市2019年每季度检查的政府网站有多少家")
    n("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?")
    n("en", "hz24", "公开政府常务会议 7", 7, "期", "Hongze 2024: how many executive meetings of the district government were made public?")
    n("en", "sy", "专栏33", 33, "个", "Shuyang 2025 — number of special columns opened on its new-media accounts?")
    n("en", "sy", "策采相关新闻稿件2606", 2606, "篇", "How many news pieces did Shuyang's new-media matrix produce in 2025?")
    n("en", "sy", "完成全县64", 64, "家", "In 2025, how many Shuyang units had their annual disclosure reports published together?")
    n("en", "sy", "成功推动化解各类争议纠纷 33", 33, "件", "Shuyang 2025, disputes resolved through talking to applicants before answering?")
    n("en", "sy", "错误信息83", 83, "处", "how many errors did shuyang fix on its website in 2025 (各类错误信息)")
    n("en", "sy", "同步配套解读 7", 7, "次", "Shuyang 2025: interpretations released alongside executive meetings, how many times?")
    n("en", "kw", "原创文章 294", 294, "篇", "STCSM's WeChat account, 2024: how many original articles?")
    n("en", "kw", "发布短视频 584", 584, "条", "Shanghai science commission 2024 short videos on its channel — count?")
    n("en", "kw", "日常报送惠企政策 83", 83, "条", "How many business-support policies did the Shanghai science commission submit routinely in 2024?")
    n("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal government press conferences in 2025?")
    n("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "Shanghai government gazette issues edited in 2025?")
    n("en", "sh25", "16 个区全部上线数字公报", 16, "个", "How many Shanghai districts had a digital gazette online by 2025?")
    n("en", "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025 release reviews of documents — how many?")
    n("en", "sh19", "接入53", 53, "个", "In 2019, how many departments were connected to Shanghai's unified acceptance platform?")
    n("en", "sh19", "全年共编发公报24", 24, "期", "Shanghai gazette 2019: number of issues")
    n("en", "sh19", "市政府其他文件162", 162, "件", "Shanghai General Office 2019: 'other municipal government documents' proactively published?")
    n("en", "jx", "设置26", 26, "个", "Jianxi District 2020 — how many pilot areas got standardized disclosure columns?")
    return out


def cannot_convs():
    out = []
    u = lambda lang, q, why: out.append(U(lang, q, why, "[cannot] not in the corpus"))
    u("zh", "淮安市2024年信息公开申请按月份分别是多少件", "no monthly breakdown in the report")
    u("zh", "沭阳县2025年申请人里男的女的各多少", "no breakdown by sex")
    u("zh", "我2025年初帮我妈给沭阳县政府写过申请，问拆迁补偿的，想问下2025年那件最后给公开了没有", "one person's own case")
    u("zh", "洪泽区2023年各个乡镇分别收到多少申请", "no township breakdown")
    u("zh", "南京市2024年政府信息公开申请收了多少", "body not in the corpus")
    u("zh", "淮安市2026年预计会收到多少申请", "forecast")
    u("zh", "上海市府办2025年申请量为什么涨这么多，具体原因是啥", "reason not stated")
    u("zh", "沭阳县2024年行政复议多少件", "沭阳 2024 not in the corpus")
    u("zh", "淮安市2024年申请里涉及征地拆迁的有多少件", "no topic breakdown")
    u("zh", "洪泽区政府信息公开办公室有几个工作人员（2024年）", "staff not stated")
    u("zh", "帮我查下2024年在淮安申请信息公开的王某某的身份证号和电话", "personal data")
    u("zh", "上海科委2023年新收申请多少件", "上海市科委 2023 not in the corpus")
    u("zh", "你觉得沭阳县2025年的信息公开工作做得好不好", "opinion")
    u("zh", "涧西区2021年依申请公开收了多少", "涧西 2021 not in the corpus")
    u("zh", "淮安市2024年通过网上平台提交的申请和信函提交的各多少", "no channel breakdown")
    u("zh", "上海市政府办公厅2019年平均多少天答复一件申请", "response time not stated")
    u("zh", "宿迁市2025年行政复议被纠正了几件", "body not in the corpus")
    u("zh", "沭阳2025年那74件复议诉讼里，败诉的具体是哪些部门", "department breakdown not stated")
    u("zh", "洪泽区2024年为什么结转下年是0，是不是全都办完了原因是什么", "reason not stated")
    u("en", "How many of Huai'an's 2024 requests were filed by people over 60?", "no age breakdown")
    u("en", "Shuyang 2025 requests broken down by quarter please", "no quarterly breakdown")
    u("en", "I applied to Huai'an in 2024 about my neighbour's building permit. Was my request one of the granted ones?",
      "one person's own case")
    u("en", "Pudong New Area 2024 disclosure requests received?", "body not in the corpus")
    u("en", "What will the Shanghai General Office's request count be in 2026?", "forecast")
    u("en", "Hongze District 2022 requests received?", "洪泽 2022 not in the corpus")
    u("en", "Which industries did the companies applying to Shuyang in 2025 come from?", "no industry breakdown")
    u("en", "How much did it cost Huai'an to run its disclosure office in 2024?", "cost not stated")
    u("en", "Shanghai General Office 2022 administrative reviews?", "上海市府办 2022 not in the corpus")
    u("en", "Why were so many Huai'an requests in 2024 answered with 'not held'?", "reason not stated")
    u("en", "Huai'an 2024 requests by district (清江浦区, 淮阴区 ...)?", "no district breakdown")
    u("en", "Is the Shanghai science commission's disclosure work in 2024 better than Huai'an's?", "opinion")
    u("en", "Qingjiangpu District 2024 — how many requests did it grant?", "body not in the corpus")
    u("en", "Give me the names and addresses of the people who sued the Shanghai General Office in 2019", "personal data")
    u("en", "Shuyang 2025: how many requests came from residents outside the county?", "no residence breakdown")
    u("en", "Of Hongze's 2023 requests, how many were about land acquisition?", "no topic breakdown")
    u("en", "Jianxi District 2020: how many requests were answered within 10 working days?", "response time not stated")
    u("en", "Huai'an 2024 lawsuits — how many were filed in the second half of the year?", "no half-year breakdown")
    u("en", "What did Shuyang County's 2025 applicants think of the answers they got (satisfaction rate)?", "not stated")
    return out


def CONVERSATIONS():
    return (value_convs() + combine_convs() + rank_convs() + followup_convs() + narrative_convs()
            + cannot_convs() + trap_convs())
