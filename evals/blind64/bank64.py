"""Question bank of the blind64 evaluation set (evals/blind64). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: table values come from gold JSON via helpers64, cells of reports
without gold from printed rows (SPECS, the cells blind6 verified), narrative numbers from a
sentence cut from the report text (the value given here is re-checked against that sentence).
Body codes: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib64 as L  # noqa: E402
from helpers64 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

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

PL, CB, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                              "[cannot]", "[neighbour]")

# text and table state the same number: (keyword of the sentence, number)
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_REV = ("其中结果维持", 351)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH19_REC = ("代表市政府共受理政府信息公开申请", 859)
SH19_DONE = ("代表市政府共受理政府信息公开申请", 805)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_CO = ("上年结转政府信息公开申请", 2)
KW_GR = ("同意公开答复", 9)
HZ23_REC = ("全区受理政府信息公开申请", 21)


def plain():
    P = []
    def v(lang, b, k, q, note="", **kw):
        P.append(V(lang, b, k, q, PL + " " + (note or "table value"), **kw))
    # ---- zh
    v("zh", "ha", "r.received.total", "淮安市2024年一共收到多少政府信息公开申请", alt=HA_REC)
    v("zh", "ha", "r.received.natural_person", "淮安24年老百姓个人提的公开申请有几件？不要企业的")
    v("zh", "ha", "r.received.legal_services", "2024年淮安市政府那边律所之类法律服务机构递的申请多少个")
    v("zh", "ha", "r.granted.total", "淮安市政府2024年直接全部给公开了的申请有多少")
    v("zh", "ha", "r.unable.not_held.total", "我在做课题，想问2024年淮安市政府以“本机关不掌握相关政府信息”为由没法提供的一共几件")
    v("zh", "ha", "r.withheld.admin_query.total", "淮安2024 被当成行政查询事项不予公开的有多少件啊")
    v("zh", "ha", "r.not_processed.petition.total", "2024年淮安市有多少申请因为其实是信访举报投诉就没按公开申请处理")
    v("zh", "ha", "r.other.overdue_correction.total", "淮安市政府二〇二四年 申请人逾期不补正、行政机关不再处理的 数字")
    v("zh", "ha", "a.litigation_direct.total", "记者求证：淮安市2024年政府信息公开方面直接打官司(未经复议直接起诉)的有几起")
    v("zh", "ha", "a.review.corrected", "淮安2024年信息公开行政复议里被纠正的多少件")
    v("zh", "ha", "c.normative_docs.repealed", "24年淮安市政府废止了多少件行政规范性文件")
    v("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制决定数量是多少")
    v("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额多少万元", unit="万元")
    v("zh", "ha", "r.carried_forward.total", "淮安市24年办不完要拖到下一年再答复的申请有几件", alt=("顺延到下年度答复", 103))
    v("zh", "sy", "r.received.total", "沭阳县2025年本年新收的公开申请是多少？只要表里本年新收那行，不算上年结转的")
    v("zh", "sy", "r.unable.not_held.total", "帮我妈问的：沭阳县政府2025年回复“没有这个信息”的申请一共几件")
    v("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 属于内部事务信息不予公开的 多少")
    v("zh", "sy", "r.other.other.total", "2025年沭阳县“其他”处理结果那一格（其他，不是逾期的）是多少")
    v("zh", "sy", "r.partially_granted.total", "沭阳县25年部分公开的申请数")
    v("zh", "sy", "a.review.pending", "12345转来电：市民问沭阳县政府2025年信息公开行政复议还有多少件没审结")
    v("zh", "sy", "a.review.total", "沭阳县2025年因为信息公开被申请行政复议的总数")
    v("zh", "sy", "c.punishment.decisions", "沭阳县二〇二五年行政处罚决定一共多少件")
    v("zh", "sy", "c.normative_docs.in_force", "沭阳2025年底现行有效的规范性文件有几件")
    v("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请不予处理的有几件")
    v("zh", "sy", "r.received.legal_services", "沭阳县2025年律师事务所这类法律服务机构提交的新申请几件")
    v("zh", "hz23", "r.received.total", "洪泽区2023年受理多少件公开申请", alt=HZ23_REC)
    v("zh", "hz23", "r.unable.not_held.total", "洪泽23年 因为不掌握信息无法提供的有几件")
    v("zh", "hz23", "c.licensing.decisions", "洪泽区政府2023年行政许可处理决定数量")
    v("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请是因为要另行制作才给不了的")
    v("zh", "hz23", "c.fees.amount", "请问洪泽区2023年行政事业性收费是多少万元", unit="万元")
    v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定数是多少")
    v("zh", "hz24", "r.unable.not_held.total", "洪泽区2024年本机关不掌握、无法提供的申请数")
    v("zh", "hz24", "a.review.total", "洪泽2024年信息公开方面被提起行政复议的共计多少件")
    v("zh", "kw", "r.received.natural_person", "上海科委2024年自然人新收申请多少件")
    v("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件几件")
    v("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年表里“本机关不掌握相关政府信息”这一格是多少")
    v("zh", "sh25", "r.carried_over.natural_person", "上海市政府办公厅2025年从上一年结转来的个人申请有多少")
    v("zh", "sh25", "a.review.pending", "上海市府办2025年信息公开复议尚未审结几件")
    v("zh", "sh25", "r.received.commercial", "2025年上海市政府办公厅收到企业(商业企业)的新申请多少")
    v("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请总数", alt=SH19_REC)
    v("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年个人申请里因为不掌握信息没能提供的有几件")
    v("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数（不是当年新制作）")
    v("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办，个人提的申请里有多少被认定为信访举报投诉")
    v("zh", "jx", "r.received.total", "涧西区政府办2020年收到几件依申请公开")
    v("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购金额是多少万元", unit="万元")
    v("zh", "jx", "r.granted.total", "涧西区2020年予以公开了几件申请")
    # ---- en
    v("en", "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government close out in 2024?", alt=HA_DONE)
    v("en", "ha", "r.received.commercial", "huaian 2024 how many requests came from companies")
    v("en", "ha", "r.partially_granted.total", "In 2024, Huai'an: number of requests answered with partial disclosure (部分公开)?")
    v("en", "ha", "r.withheld.process_info.total", "Huaian FY2024 — refusals because the info was process information (过程性信息), how many?")
    v("en", "ha", "r.unable.needs_creation.total", "How many Huai'an 2024 requests couldn't be met since the info would have to be newly made?")
    v("en", "ha", "a.review.total", "Total administrative reconsiderations over disclosure against Huai'an in 2024?", alt=HA_REV)
    v("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024: lawsuits filed after reconsideration that are still pending — how many?")
    v("en", "ha", "c.licensing.decisions", "number of administrative licensing decisions huaian 2024")
    v("en", "ha", "c.regulations.in_force", "Huai'an in 2024 — government rules (规章) currently in force, how many?")
    v("en", "ha", "r.not_processed.duplicate.total", "I'm a journalist. In 2024 how many Huai'an requests were dropped as repeat applications?")
    v("en", "ha", "r.other.overdue_fee.total", "Huai'an 2024, requests where the applicant didn't pay the fee in time — count?")
    v("en", "ha", "r.withheld.third_party.total", "huai an 2024 requests refused bc it would hurt third party rights")
    v("en", "sy", "r.received.natural_person", "Shuyang County 2025: newly received requests from individuals, table row only (not incl. carried over)")
    v("en", "sy", "r.granted.total", "How many requests did Shuyang County fully disclose in 2025?")
    v("en", "sy", "r.carried_forward.total", "Shuyang 2025 — requests carried forward into the next year?")
    v("en", "sy", "a.litigation_after_review.total", "In 2025, how many lawsuits were filed against Shuyang County after a reconsideration decision?")
    v("en", "sy", "c.licensing.decisions", "Shuyang County administrative licensing decisions 2025")
    v("en", "sy", "c.fees.amount", "Shuyang 2025 administrative fees collected, in 10k yuan", unit="万元")
    v("en", "sy", "r.withheld.admin_query.total", "Shuyang County in 2025 turned away how many requests as administrative inquiries?")
    v("en", "sy", "r.total_processed.total", "total requests handled (办理结果总计) by Shuyang County gov in 2025?")
    v("en", "sy", "a.review.upheld", "Shuyang 2025: disclosure reconsiderations where the decision was upheld?")
    v("en", "sy", "r.other.overdue_correction.total", "shuyang 2025 how many requests closed because applicant never supplemented the application")
    v("en", "hz23", "r.partially_granted.total", "Hongze District 2023 partial disclosures count?")
    v("en", "hz23", "c.punishment.decisions", "What was Hongze District's number of administrative penalty decisions in 2023?")
    v("en", "hz23", "a.review.upheld", "Hongze 2023 - disclosure reconsiderations upheld?")
    v("en", "hz23", "c.normative_docs.repealed", "Hongze District government 2023: normative documents repealed?")
    v("en", "hz24", "c.punishment.decisions", "Hongze District 2024, administrative penalties decided?")
    v("en", "hz24", "r.granted.total", "In 2024 how many requests did Hongze District grant in full?")
    v("en", "hz24", "c.normative_docs.issued", "how many normative docs did hongze district issue in 2024")
    v("en", "kw", "r.total_processed.total", "STCSM 2024: total requests processed?")
    v("en", "kw", "c.licensing.decisions", "Shanghai science commission administrative licensing decisions in 2024?")
    v("en", "kw", "r.received.commercial", "Shanghai Science & Technology Commission 2024, new requests from businesses?")
    v("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025: how many new requests from natural persons?")
    v("en", "sh25", "r.not_processed.petition.total", "Shanghai municipal general office 2025 — requests treated as petitions/complaints, not processed?")
    v("en", "sh25", "r.unable.needs_creation.total", "In 2025 the Shanghai General Office couldn't provide how many because it would need new compilation?")
    v("en", "sh25", "a.litigation_direct.total", "Shanghai General Office, 2025: lawsuits brought directly without reconsideration?")
    v("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office carry forward to the next year from 2025?")
    v("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019 total requests processed?", alt=SH19_DONE)
    v("en", "sh19", "a.litigation_direct.total", "2019 Shanghai general office: how many disclosure lawsuits (direct)?")
    v("en", "sh19", "c.normative_docs.made", "Shanghai General Office in 2019 newly made normative documents - number?")
    v("en", "sh19", "r.unable.needs_creation.natural_person", "In 2019, individual requests to the Shanghai General Office refused because info would need creating?")
    v("en", "jx", "r.total_processed.total", "Jianxi District 2020: requests handled in total?")
    v("en", "jx", "c.procurement.projects", "Jianxi District office 2020 — how many government procurement projects?")
    v("en", "jx", "a.review.total", "jianxi 2020 admin reconsideration on disclosure count")
    v("en", "sy", "r.withheld.enforcement_files.total", "Shuyang County, 2025: how many requests were refused as law-enforcement case files?")
    return P


def combine():
    P = []
    def s(lang, b, ks, q, **kw):
        P.append(S(lang, b, ks, q, CB + " sum of the listed cells", **kw))
    def d(lang, b1, b2, ks, q, **kw):
        P.append(D(lang, b1, b2, ks, q, CB + " later year minus earlier year", **kw))
    s("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件")
    s("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年本年新收加上年结转，表里两格合起来是多少")
    s("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年复议、直接起诉、复议后起诉三项加总")
    s("zh", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "沭阳县2025年内部事务信息和过程性信息两类不予公开合计几件")
    s("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年不掌握和需另行制作这两种无法提供的加起来")
    s("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年自然人本年新收加上年结转是多少")
    s("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年许可、处罚、强制三类决定一共多少件")
    s("zh", "sy", ["r.received.commercial", "r.received.legal_services"], "沭阳2025年企业和法律服务机构新递交的申请合起来几件")
    s("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up the three 'unable to provide' lines (not held + needs creation + unclear)")
    s("en", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025 reconsiderations: upheld plus corrected?")
    s("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024, requests from all organisations combined (companies, legal services, others)?")
    s("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020 granted plus not-held requests, total?")
    s("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: regulations made plus normative documents made?")
    s("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "For Huai'an in 2024, sum petition-type, duplicate and reconfirm non-processed requests")
    s("en", "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang County 2025 normative docs issued + repealed = ?")
    s("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "huai'an 2024 all the 'other handling' rows together")
    d("zh", "hz23", "hz24", ["c.licensing.decisions"], "洪泽区行政许可决定数2024年比2023年多了多少")
    d("zh", "hz23", "hz24", ["c.punishment.decisions"], "洪泽区2023到2024年行政处罚决定数变化多少（后减前）")
    d("zh", "sh19", "sh25", ["r.received.total"], "上海市府办2025年新收申请比2019年多了多少件")
    d("zh", "sh19", "sh25", ["a.review.total"], "上海市政府办公厅信息公开行政复议，2025年比2019年增加几件")
    d("zh", "hz23", "hz24", ["c.coercion.decisions"], "洪泽区行政强制2024年较2023年增减多少")
    d("en", "hz23", "hz24", ["c.normative_docs.in_force"], "Hongze District normative docs in force: change from 2023 to 2024?")
    d("en", "sh19", "sh25", ["r.carried_forward.total"], "Shanghai General Office: requests carried to next year, 2025 minus 2019?")
    d("en", "sh19", "sh25", ["r.received.natural_person"], "By how much did individual new requests to the Shanghai General Office grow from 2019 to 2025?")
    d("en", "hz23", "hz24", ["c.fees.amount"], "Hongze fees collected 2024 vs 2023, difference in 万元?", unit="万元")
    d("en", "sh19", "sh25", ["a.litigation_direct.total"], "Shanghai General Office direct lawsuits: 2025 minus 2019")
    return P


def rank():
    P = []
    def r(lang, bs, ks, o, q):
        P.append(R(lang, bs, ks, o, q, RK + " ranking over bodies with gold"))
    r("zh", ["ha", "sy", "sh19"], ["r.received.total"], "desc", "淮安市2024、沭阳县2025、上海市府办2019，哪家新收申请最多")
    r("zh", ["jx", "hz23", "sy"], ["r.received.total"], "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年比一比，谁收到的申请最少")
    r("zh", ["ha", "sy", "hz23"], ["a.review.upheld"], "desc", "复议维持数：淮安2024年 洪泽2023年 沭阳2025年 谁最多")
    r("zh", ["ha", "sy", "hz23"], ["c.punishment.decisions"], "asc", "行政处罚决定最少的是哪个：淮安市2024年、沭阳县2025年、洪泽区2023年")
    r("zh", ["ha", "sy", "sh19", "jx"], ["r.carried_forward.total"], "desc", "结转下年度继续办理的，淮安2024、沭阳2025、上海市府办2019、涧西2020里哪个最多")
    r("zh", ["ha", "sy", "sh19"], ["r.received.commercial"], "asc", "企业申请数量最少的：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年")
    r("zh", ["ha", "sy", "hz23"], ["c.fees.amount"], "desc", "行政事业性收费金额，淮安2024年、沭阳2025年、洪泽2023年哪个最高")
    r("en", ["ha", "sy", "sh19"], ["a.litigation_direct.total"], "desc", "Which had the most direct disclosure lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?")
    r("en", ["ha", "sy", "hz23", "jx"], ["r.unable.not_held.total"], "asc", "Fewest 'info not held' replies — Huai'an 2024, Shuyang 2025, Hongze 2023 or Jianxi 2020?")
    r("en", ["ha", "sy", "hz23"], ["c.licensing.decisions"], "desc", "Rank by licensing decisions, who's top: Huai'an 2024, Shuyang 2025, Hongze District 2023")
    r("en", ["ha", "sy", "sh19"], ["r.total_processed.total"], "asc", "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which processed the fewest requests?")
    r("en", ["ha", "sy", "jx"], ["a.review.total"], "asc", "Lowest reconsideration total: Huaian 2024, Shuyang 2025, Jianxi 2020?")
    r("en", ["ha", "sy", "sh19"], ["r.carried_over.total"], "desc", "Carried over from the prior year — biggest among Huai'an 2024, Shuyang County 2025, Shanghai General Office 2019?")
    return P


def textonly():
    P = []
    def n(lang, b, kw, val, unit, q, frm=None):
        P.append(N(lang, b, kw, val, unit, q, TX + " number stated only in the report text", frm=frm))
    n("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会")
    n("zh", "ha", "人民政府公报", 6, "期", "淮安24年政府公报出了几期")
    n("zh", "ha", "政策解读", 21, "个", "淮安市2024年做了多少个政策解读（文字图片形式的）")
    n("zh", "sy", "意见征集", 9, "期", "沭阳县2025年开展了几期意见征集")
    n("zh", "sy", "新闻稿件", 2606, "篇", "2025年沭阳那边策采的新闻稿件多少篇")
    n("zh", "sy", "爆款内容", 52, "条", "听说沭阳县2025年出了不少爆款，一共多少条")
    n("zh", "sy", "清理过期信息", 697, "条", "沭阳县2025年累计清理了多少条过期信息")
    n("zh", "sy", "64家单位", 64, "家", "沭阳2025年完成年报的单位有多少家")
    n("zh", "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年政府网站平台主动公开了多少条信息")
    n("zh", "hz24", "政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议")
    n("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽2024年网站主动发布各类政府信息多少条")
    n("zh", "kw", "部门网站当年发布政府信息", 393, "件", "上海市科委2024年通过部门网站发布了多少件政府信息")
    n("zh", "kw", "政协提案", 85, "件", "市科委2024年主合办的政协提案有多少件")
    n("zh", "sh25", "新闻发布会", 42, "场", "上海市政府2025年召开了多少场新闻发布会")
    n("zh", "sh25", "主动撤回", 157, "件", "上海市府办2025年有多少申请是申请人自己主动撤回的")
    n("zh", "sh19", "政策解读共", 132, "件", "2019年上海市府办在中国上海门户网站发了多少件政策解读")
    n("zh", "sh19", "权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次")
    n("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开试点领域有多少个")
    n("zh", "sy", "原创短视频", 1113, "个", "沭阳县2025年推送原创短视频多少个")
    n("zh", "sh19", "编发公报", 24, "期", "上海市府办2019年全年编发公报几期")
    n("en", "ha", "政策性文件", 11, "件", "Per the Huai'an 2024 narrative, how many policy documents (政策性文件) were newly published?")
    n("en", "sy", "专栏", 33, "个", "How many special columns did Shuyang run in 2025 (like 项目进行时)?")
    n("en", "sy", "原创短视频", 1775, "条", "Shuyang 2025 — image-and-text posts pushed, how many?", frm=None)
    n("en", "sy", "破百万", 49, "条", "In 2025 how many Shuyang posts passed a million views?")
    n("en", "sy", "主动公开政府信息", 4511, "条", "How many items did Shuyang County proactively publish through its portal in 2025?")
    n("en", "sy", "信息公开页面发布信息", 3044, "条", "Shuyang 2025: items county departments were pushed to post on their disclosure pages?")
    n("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024 - policy interpretation items released?")
    n("en", "hz23", "信息处理费", 0, "元", "Did Hongze District charge disclosure processing fees in 2023? how much in yuan")
    n("en", "kw", "人大代表建议", 50, "件", "STCSM 2024: NPC deputies' suggestions handled (主合办)?")
    n("en", "kw", "规划计划文件", 2, "件", "Shanghai science commission 2024, planning documents published on its site?")
    n("en", "sh25", "重点领域", 125, "项", "Shanghai 2025: how many disclosure tasks in key areas like healthcare?")
    n("en", "sh25", "公文公开属性审查", 166, "件", "Shanghai General Office 2025 - official documents reviewed for disclosure attribute?")
    n("en", "sh25", "主动公开市政府规章", 22, "件", "How many municipal rules did Shanghai proactively publish in 2025 per the report text?")
    n("en", "sh19", "统一受理平台接入", 53, "个", "Shanghai 2019: how many departments were linked to the unified request platform?")
    n("en", "sh19", "编发公报", 112, "件", "Shanghai General Office 2019: items carried in the gazette (rules, normative docs etc.)?")
    n("en", "jx", "601项事项", 601, "项", "Jianxi 2020 — number of matters covered in the 21 areas?")
    n("en", "ha", "新闻发布会", 12, "场", "Huai'an city 2024, press conferences held?")
    n("en", "hz24", "代表区政府受理", 17, "件", "Hongze 2024 narrative: requests the district office accepted on behalf of the district government?")
    n("en", "sy", "破千万", 2, "条", "Shuyang 2025, items over ten million plays?")
    return P


def followups():
    P = []
    def f(lang, turns, note):
        P.append(F(lang, turns, FU + " " + note))
    f("zh", [("沭阳县2025年不予公开里面的内部事务信息是几件", E("sy", "r.withheld.internal_affairs.total")),
             ("那过程性信息呢", E("sy", "r.withheld.process_info.total"))], "switch row")
    f("zh", [("淮安市2024年收到个人申请多少件", E("ha", "r.received.natural_person")),
             ("企业的呢", E("ha", "r.received.commercial")),
             ("法律服务机构的呢", E("ha", "r.received.legal_services"))], "switch column twice")
    f("zh", [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
             ("2024年呢", E("hz24", "c.punishment.decisions"))], "switch year to a report without gold")
    f("zh", [("上海市府办2019年新收申请多少件", E("sh19", "r.received.total", alt=SH19_REC)),
             ("同一项2025年", E("sh25", "r.received.total", alt=SH25_REC))], "switch year")
    f("zh", [("淮安2024年信息公开行政复议结果维持几件", E("ha", "a.review.upheld")),
             ("那打官司的呢，直接起诉维持的", E("ha", "a.litigation_direct.upheld"))], "switch appeals group")
    f("zh", [("沭阳县2025年复议纠正了几件", E("sy", "a.review.corrected")),
             ("淮安市2024年同一项", E("ha", "a.review.corrected"))], "switch body")
    f("zh", [("淮安市2024年上年结转过来的申请多少", E("ha", "r.carried_over.total", alt=("上年度结转申请", 34))),
             ("结转到下年的呢", E("ha", "r.carried_forward.total", alt=("顺延到下年度答复", 103)))], "carried over -> forward")
    f("zh", [("沭阳2025年行政许可决定数", E("sy", "c.licensing.decisions")),
             ("处罚呢", E("sy", "c.punishment.decisions")),
             ("强制", E("sy", "c.coercion.decisions"))], "switch row, very short turns")
    f("zh", [("涧西区2020年收到申请几件", E("jx", "r.received.total")),
             ("办结了几件", E("jx", "r.total_processed.total"))], "received -> handled")
    f("zh", [("上海科委2024年新收申请几件", E("kw", "r.received.total", alt=KW_REC)),
             ("那个人的呢", E("kw", "r.received.natural_person"))], "total -> individuals")
    f("zh", [("上海市政府办公厅2025年复议几件", E("sh25", "a.review.total")),
             ("诉讼呢，直接起诉的", E("sh25", "a.litigation_direct.total")),
             ("复议后再起诉的", E("sh25", "a.litigation_after_review.total"))], "switch appeals group")
    f("zh", [("洪泽区2024年行政强制决定多少", E("hz24", "c.coercion.decisions")),
             ("2023年的", E("hz23", "c.coercion.decisions"))], "switch year backwards")
    f("zh", [("淮安市2024年规范性文件现行有效多少件", E("ha", "c.normative_docs.in_force")),
             ("当年制发的呢", E("ha", "c.normative_docs.issued"))], "in force -> issued")
    f("zh", [("沭阳县2025年不掌握信息无法提供的多少件", E("sy", "r.unable.not_held.total")),
             ("洪泽区2023年呢", E("hz23", "r.unable.not_held.total"))], "switch body and year")
    f("zh", [("上海市府办2019年自然人办结多少件", E("sh19", "r.total_processed.natural_person")),
             ("商业企业的", E("sh19", "r.total_processed.commercial"))], "switch column")
    f("zh", [("淮安2024年复议尚未审结的多少", E("ha", "a.review.pending")),
             ("复议后起诉还没审结的呢", E("ha", "a.litigation_after_review.pending"))], "switch appeals group, same outcome")
    f("zh", [("沭阳县2025年行政事业性收费多少万元", E("sy", "c.fees.amount", unit="万元")),
             ("淮安市2024年", E("ha", "c.fees.amount", unit="万元"))], "switch body")
    f("zh", [("洪泽区2023年部分公开多少件", E("hz23", "r.partially_granted.total")),
             ("沭阳县2025年的呢", E("sy", "r.partially_granted.total"))], "switch body")
    f("zh", [("淮安市2024年信访举报投诉类不予处理的有多少", E("ha", "r.not_processed.petition.total")),
             ("里面企业提的有几件", E("ha", "r.not_processed.petition.commercial"))], "total -> one column")
    f("zh", [("上海市府办2025年结转下年度的申请有多少", E("sh25", "r.carried_forward.total")),
             ("2019年那份报告里同一格", E("sh19", "r.carried_forward.total"))], "switch year")
    f("en", [("Huai'an 2024, requests fully disclosed?", E("ha", "r.granted.total")),
             ("and partially?", E("ha", "r.partially_granted.total"))], "switch row")
    f("en", [("Shuyang 2025 direct lawsuits total?", E("sy", "a.litigation_direct.total")),
             ("and the ones after review?", E("sy", "a.litigation_after_review.total"))], "direct -> after review")
    f("en", [("How many disclosure reconsiderations did Huai'an face in 2024?", E("ha", "a.review.total", alt=HA_REV)),
             ("and the court ones? direct suits only", E("ha", "a.litigation_direct.total"))], "review -> direct lawsuits")
    f("en", [("Hongze District 2024 licensing decisions?", E("hz24", "c.licensing.decisions")),
             ("what about 2023", E("hz23", "c.licensing.decisions"))], "switch year")
    f("en", [("Individuals' new requests to Shuyang in 2025 (table)?", E("sy", "r.received.natural_person")),
             ("what about companies", E("sy", "r.received.commercial"))], "switch column")
    f("en", [("Shanghai General Office 2019: reconsiderations?", E("sh19", "a.review.total")),
             ("2025?", E("sh25", "a.review.total"))], "switch year")
    f("en", [("STCSM 2024 requests granted in full?", E("kw", "r.granted.total", alt=KW_GR)),
             ("carried over from the year before?", E("kw", "r.carried_over.total", alt=KW_CO))], "switch row")
    f("en", [("Jianxi District 2020 reconsiderations upheld?", E("jx", "a.review.upheld")),
             ("lawsuits after reconsideration, upheld?", E("jx", "a.litigation_after_review.upheld"))], "switch appeals group")
    f("en", [("Huai'an 2024 - admin penalty decisions?", E("ha", "c.punishment.decisions")),
             ("Shuyang 2025 same thing", E("sy", "c.punishment.decisions")),
             ("and Hongze 2023", E("hz23", "c.punishment.decisions"))], "switch body twice")
    f("en", [("Shuyang 2025 requests refused for third-party rights?", E("sy", "r.withheld.third_party.total")),
             ("security/stability ones?", E("sy", "r.withheld.security_stability.total"))], "switch row")
    f("en", [("Huai'an 2024, reconsideration cases with 'other' outcome?", E("ha", "a.review.other")),
             ("corrected ones?", E("ha", "a.review.corrected"))], "switch outcome")
    f("en", [("Shanghai General Office 2025 - requests the office couldn't give because not held?", E("sh25", "r.unable.not_held.total")),
             ("and because it would need creating?", E("sh25", "r.unable.needs_creation.total"))], "switch row")
    f("en", [("Hongze 2023, normative docs in force at year end?", E("hz23", "c.normative_docs.in_force")),
             ("same for 2024", E("hz24", "c.normative_docs.in_force"))], "switch year")
    f("en", [("Huai'an 2024 other-org requests received?", E("ha", "r.received.other_org")),
             ("and how many of those were fully granted?", E("ha", "r.granted.other_org"))], "switch row, same column")
    f("en", [("Shuyang 2025 carried over from 2024?", E("sy", "r.carried_over.total")),
             ("carried forward to 2026?", E("sy", "r.carried_forward.total"))], "carried over -> forward")
    f("en", [("Shanghai General Office 2019, new requests from companies?", E("sh19", "r.received.commercial")),
             ("Shanghai 2025 same column", E("sh25", "r.received.commercial"))], "switch year")
    f("en", [("Hongze 2024 direct lawsuits?", E("hz24", "a.litigation_direct.total")),
             ("after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "direct -> after review")
    f("en", [("Jianxi 2020 procurement projects count?", E("jx", "c.procurement.projects")),
             ("and the amount?", E("jx", "c.procurement.amount", unit="万元"))], "count -> amount")
    f("en", [("Huai'an 2024: duplicate requests not processed?", E("ha", "r.not_processed.duplicate.total")),
             ("Shuyang 2025?", E("sy", "r.not_processed.duplicate.total"))], "switch body")
    return P


def cannot():
    P = []
    def u(lang, q, why):
        P.append(U(lang, q, why, CN + " not in the corpus"))
    u("zh", "淮安市2024年的公开申请里男女各多少", "no breakdown by sex")
    u("zh", "沭阳县2025年每个月收到多少申请，哪个月最多", "no monthly breakdown")
    u("zh", "洪泽区2023年申请人里60岁以上的老人有几个", "no age breakdown")
    u("zh", "淮安2024年的申请按区县分，清江浦区多少件", "no district breakdown")
    u("zh", "我2024年底帮我妈给沭阳县政府写过申请问拆迁补偿，想问下2025年我们家那件办完没有", "one person's own case")
    u("zh", "上海市府办2025年申请里关于住房的有多少件", "no topic breakdown")
    u("zh", "南京市2024年收到多少政府信息公开申请", "body not in the corpus")
    u("zh", "洪泽区2022年行政许可决定多少件", "year not in the corpus")
    u("zh", "沭阳县2026年预计会收到多少申请", "forecast")
    u("zh", "你觉得淮安市2024年的信息公开工作做得好不好", "opinion")
    u("zh", "上海市科委2023年新收申请多少件", "year not in the corpus")
    u("zh", "淮安市2024年为什么有那么多申请被认定为行政查询事项", "reasons not stated")
    u("zh", "12345来电：市民问沭阳县2025年信息公开申请平均多少天答复", "response time not stated")
    u("zh", "涧西区2020年负责信息公开的工作人员有几个", "staff not stated")
    u("zh", "宿迁市2025年复议被纠正多少件", "body not in the corpus")
    u("zh", "洪泽区2024年申请人里住在高良涧街道的有多少", "no residence breakdown")
    u("zh", "上海市府办2019年申请信息公开的人里张三的那件结果是什么", "personal case / personal data")
    u("zh", "淮安2024年网上申请和信函申请各多少", "no channel breakdown")
    u("zh", "沭阳县2025年第二季度行政处罚多少件", "no quarterly breakdown")
    u("zh", "浦东新区2019年受理多少政府信息公开申请", "body not in the corpus")
    u("en", "How many of Huai'an's 2024 disclosure requests came from women?", "no breakdown by sex")
    u("en", "Shuyang County 2025 requests per township?", "no township breakdown")
    u("en", "What share of Shanghai General Office 2025 requests were about land acquisition?", "no topic breakdown")
    u("en", "Hongze District 2022 penalty decisions?", "year not in the corpus")
    u("en", "Jianxi District 2021 requests received?", "year not in the corpus")
    u("en", "Nanjing city 2024 disclosure requests?", "body not in the corpus")
    u("en", "predict Huai'an's reconsideration count for 2025", "forecast")
    u("en", "My neighbour asked Hongze District for his land file in 2023 - was his request among the refused ones?", "one person's own case")
    u("en", "Why did Shuyang's 2025 reconsiderations get corrected - what went wrong?", "reasons not stated")
    u("en", "How much did it cost Huai'an in 2024 to run the disclosure office?", "costs not stated")
    u("en", "Shanghai science commission 2024 requests by month please", "no monthly breakdown")
    u("en", "Which industries did the companies requesting info from Huai'an in 2024 belong to?", "no industry breakdown")
    u("en", "Is the Shanghai General Office 2025 disclosure performance better than Beijing's?", "opinion / body not in corpus")
    u("en", "Give me the names and phone numbers of the applicants Shuyang refused in 2025", "personal data")
    u("en", "Shanghai General Office 2022 requests received?", "year not in the corpus")
    u("en", "How many Shuyang 2025 requests were handled by the county civil affairs bureau versus other departments?", "no department breakdown")
    u("en", "Hongze 2024: applicants aged under 30?", "no age breakdown")
    u("en", "Suqian city 2025 lawsuits over disclosure?", "body not in the corpus")
    u("en", "Qingjiangpu District 2024 proactive disclosures?", "body not in the corpus")
    return P


def neighbour():
    P = []
    def t(lang, b, k, q, note, **kw):
        P.append(T(lang, b, k, q, NB + " " + note, **kw))
    t("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年转过来接着办的申请有几件（不是转到下一年的）", "结转上年 36 vs 结转下年 31")
    t("zh", "ha", "a.litigation_after_review.total", "淮安市2024年经过复议以后又去法院起诉的，一共几件", "复议后起诉 20 vs 直接起诉 26")
    t("zh", "ha", "r.withheld.process_info.total", "淮安2024年不予公开里“属于过程性信息”那一小项是多少，不要整个不予公开", "sub-item vs group")
    t("zh", "sh19", "c.normative_docs.made", "上海市府办2019年新制作的规范性文件几件，不是累计对外公开的总数", "新制作 vs 对外公开总数")
    t("zh", "sy", "r.received.natural_person", "沭阳县2025年自然人那一栏新收多少，不是总计", "one column vs total")
    t("zh", "ha", "r.total_processed.total", "淮安市2024年办理结果总计多少，注意不是受理数", "handled vs received", alt=HA_DONE)
    t("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数是几个（问的是个数不是金额）", "采购项目数 vs 金额")
    t("en", "ha", "r.withheld.admin_query.total", "Huai'an 2024: only the 'administrative inquiry' sub-item of the refusals, not all refusals", "sub-item vs group")
    t("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed straight to court, NOT those after reconsideration", "direct vs after review")
    t("en", "ha", "r.received.legal_services", "Huai'an 2024 requests from legal service providers (not companies)?", "法律服务机构 vs 商业企业")
    t("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025 — carried over INTO 2025 from the prior year (not carried forward)?", "结转上年 vs 下年", alt=("含上年结转", 189))
    t("en", "ha", "c.normative_docs.repealed", "Huai'an 2024 normative documents repealed (not issued, not in force)?", "废止 vs 制发/现行有效")
    t("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025 'needs to be newly created' refusals - not the not-held ones", "另行制作 vs 不掌握")
    return P


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + followups() + cannot() + neighbour()
