"""Question bank of the forty-third blind evaluation set (evals/blind43).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording was written from scratch for this set. Numbers are never typed here: the builders
of helpers43 compute them from gold/*.json, from printed table rows (SPECS, the cells blind6
verified) or from a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib43 as L  # noqa: E402
from helpers43 import (C, E, ED, EN, ER, EU, D, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

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

A_HA = ("全市共受理政府信息公开申请", 3119)
A_HA_DONE = ("全市共受理政府信息公开申请", 3050)
A_HA_FWD = ("全市共受理政府信息公开申请", 103)
A_HA_OVER = ("全市共受理政府信息公开申请", 34)
A_HA_REV = ("政府信息公开行政复议 351", 351)
A_HA_LIT = ("政府信息公开行政复议 351", 46)
A_HZ = ("全区受理政府信息公开申请", 21)
A_JX = ("全年共收到依申请公开", 17)
A_JX_PEND = ("全年共收到依申请公开", 2)
A_SH19 = ("代表市政府共受理", 859)
A_SH19_DONE = ("代表市政府共受理", 805)
A_SH19_FWD = ("代表市政府共受理", 72)
A_SH19_OVER = ("代表市政府共受理", 18)
A_SH25 = ("市政府共受理政府信息公开申请", 1295)
A_SH25_DONE = ("市政府共受理政府信息公开申请", 1191)
A_SH25_OVER = ("市政府共受理政府信息公开申请", 189)
A_KW = ("全年收到政府信息公开申请", 34)
A_KW_OVER = ("全年收到政府信息公开申请", 2)
A_KW_OK = ("所有办结的信息公开申请中同意公开", 9)
A_SY_DONE = ("全县全年共受理", 718)
A_SY_FWD = ("全县全年共受理", 31)

P = "[plain] "
W = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
NO = "[cannot] "
NB = "[neighbour] "


def plain():
    v = []
    a = v.append
    # ---- zh
    a(V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", P + "new requests", alt=A_HA))
    a(V("zh", "ha", "r.unable.not_held.total", "淮安2024 政府回复说自己手上没这个信息的 有几件", P + "not held"))
    a(V("zh", "ha", "r.withheld.third_party.total", "我是做法律的，想确认下淮安市2024年报表里因为怕损害第三方合法权益而不公开的是几件？", P + "third party"))
    a(V("zh", "ha", "r.other.overdue_fee.total", "淮安24年 申请人不交信息处理费 被当作其他处理的 多少", P + "overdue fee"))
    a(V("zh", "ha", "a.review.corrected", "请问二〇二四年淮安市政府信息公开行政复议，复议机关给纠正了的有多少件？", P + "review corrected", alt=("政府信息公开行政复议 351", 64)))
    a(V("zh", "ha", "a.litigation_direct.pending", "淮安市2024年直接去法院起诉、到年底还没判下来的案子几件", P + "direct lit pending"))
    a(V("zh", "ha", "c.coercion.decisions", "记者核实：淮安市人民政府2024年度报告中行政强制决定数是多少？", P + "coercion"))
    a(V("zh", "ha", "r.granted.legal_services", "淮安2024年律所这类法律服务机构申请、最后全部公开的几件", P + "granted legal services column"))
    a(V("zh", "ha", "r.withheld.admin_query.total", "来电人问：淮安市2024年有多少申请因为其实是行政查询事项被挡回去了？我这边帮他查一下", P + "admin query"))
    a(V("zh", "ha", "r.partially_granted.total", "淮安市政府 2024 部分公开 件数", P + "partial"))
    a(V("zh", "ha", "c.normative_docs.repealed", "2024年淮安市废止了多少件行政规范性文件啊", P + "repealed"))
    a(V("zh", "ha", "r.received.commercial", "2024年淮安市收到的申请里面，公司企业（商业企业）交的有多少份", P + "commercial column"))
    a(V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年 要另外做才能给的 没有现成信息那种 几件", P + "needs creation"))
    a(V("zh", "hz23", "c.licensing.decisions", "洪泽23年行政许可处理决定数量是多少", P + "licensing"))
    a(V("zh", "hz23", "r.partially_granted.total", "2023年洪泽区政府部分公开了几个申请？", P + "partial"))
    a(V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额多少万元", P + "fees", unit="万元"))
    a(V("zh", "hz23", "r.received.total", "我2023年底帮邻居给洪泽区政府递过一份公开申请，想知道那一年全区总共收了多少份这种申请", P + "received", alt=A_HZ))
    a(V("zh", "hz23", "r.not_processed.petition.total", "洪泽区2023年有几件申请因为其实是信访投诉举报没处理", P + "petition"))
    a(V("zh", "sy", "r.received.total", "沭阳县政府2025年表格里本年新收的申请是几件（不包括上一年转过来的）", P + "received new only"))
    a(V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 属于内部事务信息不给公开的 多少件", P + "internal affairs"))
    a(V("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可一共作出了多少个决定？数字大概很大吧", P + "licensing"))
    a(V("zh", "sy", "a.review.pending", "12345转：市民问沭阳县2025年因为信息公开被申请复议、还没审完的有几件", P + "review pending"))
    a(V("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年“其他处理”里那个“其他”小项是多少", P + "other other"))
    a(V("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新发了几件规范性文件", P + "normative issued"))
    a(V("zh", "sy", "r.granted.total", "2025年沭阳县政府直接同意给公开的申请多少件", P + "granted"))
    a(V("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先复议 不服再去告的行政诉讼 总共几件", P + "lit after review"))
    a(V("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额（万元）", P + "fees", unit="万元"))
    a(V("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年 同一个人重复申请、政府没再处理的有几件", P + "duplicate"))
    a(V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少政府信息公开申请", P + "received", alt=A_SH19))
    a(V("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数量是几个", P + "procurement projects"))
    a(V("zh", "sh19", cols("unable.unclear"), "2019年上海市政府办公厅：申请内容写不清楚、没法提供信息的，一共几件？", P + "unclear, by columns"))
    a(V("zh", "sh19", "a.review.pending", "上海市府办2019年信息公开行政复议还有几件没审结", P + "review pending"))
    a(V("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅报告里，规章对外公开总数量是多少", P + "regs total published"))
    a(V("zh", "sh19", cols("withheld.state_secret"), "上海市政府办公厅19年因为涉及国家秘密不予公开的有多少件", P + "state secret, by columns"))
    a(V("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的件数是多少", P + "granted"))
    a(V("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万元", P + "procurement amount", unit="万元"))
    a(V("zh", "jx", "r.unable.not_held.total", "2020年涧西区政府办，本机关不掌握相关信息的情况几件", P + "not held"))
    a(V("zh", "jx", "a.review.upheld", "涧西区2020年政府信息公开行政复议被维持的有几件", P + "review upheld"))
    a(V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定数量多少", P + "text-row punishment"))
    a(V("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年以不掌握为由无法提供的申请 数一下多少件", P + "text-row not held"))
    a(V("zh", "hz24", "active.normative_docs.in_force", "洪泽2024年现行有效的规范性文件有几件", P + "text-row in force"))
    a(V("zh", "kw", "c.licensing.decisions", "上海科委2024年行政许可决定多少件", P + "text-row licensing"))
    a(V("zh", "kw", "r.total_processed.total", "市科委2024年 答复总计（办理总数）一栏是多少", P + "text-row total processed"))
    a(V("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为没有现成信息、需要另行制作而没提供的 多少", P + "text-row needs creation"))
    a(V("zh", "sh25", "a.review.total", "2025年上海市政府办公厅因为信息公开被申请行政复议的总数", P + "text-row review total"))
    a(V("zh", "sh25", "r.received.natural_person", "上海市府办2025 本年新收申请里 个人（自然人）提的有多少", P + "text-row natural person"))
    # ---- en
    a(V("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: how many requests couldn't be met because the info would have to be newly compiled (需要另行制作)?", P + "needs creation"))
    a(V("en", "ha", "c.licensing.decisions", "how many administrative licensing decisions did Huaian city make in 2024", P + "licensing"))
    a(V("en", "ha", "r.withheld.prohibited_by_law.total", "In 2024, Huai'an refused how many requests because other laws forbid disclosing it?", P + "prohibited by law"))
    a(V("en", "ha", "a.litigation_after_review.pending", "huaian 2024 lawsuits filed after an admin review, still not decided at year end - number?", P + "lit after review pending"))
    a(V("en", "ha", "r.not_processed.petition.total", "For Huai'an in 2024, how many applications were really complaints or petitions and so were not processed as disclosure requests?", P + "petition"))
    a(V("en", "ha", "c.regulations.in_force", "Huai'an municipal government, FY2024 — number of government rules (规章) currently in force?", P + "regs in force"))
    a(V("en", "ha", "r.received.legal_services", "Huaian 2024, requests sent in by law firms and other legal service bodies?", P + "legal services column"))
    a(V("en", "ha", "r.withheld.security_stability.total", "I'm a student writing on Huai'an. 2024 table: 危及“三安全一稳定” refusals — how many?", P + "security stability"))
    a(V("en", "ha", "a.review.pending", "Huai'an 2024 admin reviews over disclosure that were still pending?", P + "review pending", alt=("政府信息公开行政复议 351", 37)))
    a(V("en", "ha", "c.fees.amount", "Huai'an 2024 administrative fees collected (行政事业性收费), in 10k yuan?", P + "fees", unit="万元"))
    a(V("en", "ha", "r.other.overdue_correction.total", "how many Huaian 2024 applicants never came back to fix or clarify their request after being asked to? (other handling)", P + "overdue correction"))
    a(V("en", "ha", "r.granted.total", "Huai'an city, 2024: requests answered with full disclosure — how many?", P + "granted"))
    a(V("en", "hz23", "c.punishment.decisions", "Hongze District 2023 administrative penalty decisions count", P + "punishment"))
    a(V("en", "hz23", "r.unable.not_held.total", "Hongze district govt, 2023 — how many times did they say they don't hold the info?", P + "not held"))
    a(V("en", "hz23", "c.coercion.decisions", "Number of administrative coercion decisions, Hongze, 2023?", P + "coercion"))
    a(V("en", "hz23", "c.normative_docs.repealed", "hongze 2023 how many normative documents scrapped", P + "repealed"))
    a(V("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023: requests withheld as state secrets?", P + "state secret"))
    a(V("en", "sy", "r.unable.not_held.total", "Shuyang County 2025 — requests where the county said the information is not held by it?", P + "not held"))
    a(V("en", "sy", "a.review.upheld", "In 2025 how many admin reviews about Shuyang's disclosure ended with the decision upheld?", P + "review upheld"))
    a(V("en", "sy", "r.partially_granted.total", "shuyang county 2025 partly disclosed requests", P + "partial"))
    a(V("en", "sy", "c.punishment.decisions", "Shuyang, 2025: administrative penalty decisions made?", P + "punishment"))
    a(V("en", "sy", "r.other.overdue_correction.total", "Shuyang 2025 — requests closed because the applicant didn't supplement/correct in time (逾期不补正)?", P + "overdue correction"))
    a(V("en", "sy", "a.litigation_direct.upheld", "For Shuyang County in 2025, how many lawsuits brought straight to court ended with the government upheld?", P + "direct upheld"))
    a(V("en", "sy", "c.normative_docs.in_force", "Shuyang County normative documents still valid at end of 2025?", P + "in force"))
    a(V("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025: how many were turned away as really being administrative lookups (行政查询事项)?", P + "admin query"))
    a(V("en", "sy", "r.received.legal_services", "Shuyang 2025, new requests from legal service agencies?", P + "legal services"))
    a(V("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests pushed to the next year for reply?", P + "carried forward", alt=A_SH19_FWD))
    a(V("en", "sh19", "c.procurement.amount", "What was the Shanghai General Office's centralised procurement amount in 2019 (万元)?", P + "procurement amount", unit="万元"))
    a(V("en", "sh19", "a.litigation_direct.pending", "Shanghai municipal general office 2019 - direct lawsuits still open at year end?", P + "direct pending"))
    a(V("en", "sh19", cols("unable.not_held"), "2019, Shanghai General Office: requests it couldn't answer because it does not hold the info — how many in all?", P + "not held, by columns"))
    a(V("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, normative documents: total number publicly released (对外公开总数量)?", P + "normative total published"))
    a(V("en", "sh19", "r.received.commercial", "in 2019 how many requests did companies file with the Shanghai General Office", P + "commercial"))
    a(V("en", "jx", "r.received.total", "Jianxi District 2020, how many disclosure requests came in?", P + "received", alt=A_JX))
    a(V("en", "jx", "a.litigation_direct.total", "Jianxi District government office 2020: direct lawsuits on disclosure, total?", P + "direct total"))
    a(V("en", "jx", "c.procurement.projects", "jianxi 2020 number of procurement projects", P + "procurement projects"))
    a(V("en", "hz24", "c.licensing.decisions", "Hongze District 2024 — administrative licensing decisions (行政许可)?", P + "text-row licensing"))
    a(V("en", "hz24", "r.granted.total", "How many requests did Hongze fully disclose in 2024?", P + "text-row granted"))
    a(V("en", "hz24", "c.coercion.decisions", "Hongze 2024 admin coercion decisions?", P + "text-row coercion"))
    a(V("en", "kw", "r.received.commercial", "Shanghai science commission (STCSM) 2024: new requests from businesses?", P + "text-row commercial"))
    a(V("en", "kw", "c.normative_docs.in_force", "STCSM 2024, normative docs currently effective — count?", P + "text-row in force"))
    a(V("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025: how many applications were complaints/petitions and not processed?", P + "text-row petition"))
    a(V("en", "sh25", "r.carried_forward.total", "Shanghai General Office, 2025 — requests rolled over into the next year?", P + "text-row carried forward"))
    a(V("en", "sh25", "a.litigation_direct.pending", "2025 Shanghai General Office direct lawsuits not yet concluded?", P + "text-row direct pending"))
    a(V("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025 — carried-over requests from legal service agencies?", P + "text-row carried over legal services"))
    a(V("zh", "hz23", "a.review.upheld", "淮安市下面的洪泽区，2023年它自己年报里信息公开行政复议维持了几件", P + "district with its own report (answerable)"))
    a(V("en", "hz24", "r.total_processed.total", "Hongze (the district under Huai'an city), own 2024 report: total requests handled (办理总计 in the table)?", P + "district with its own report, text-row"))
    return [x for x in v if x is not None]


def combine():
    v = []
    a = v.append
    # ---- sums
    a(S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"],
        "淮安市2024年不予公开里面，国家秘密、法律行政法规禁止公开、危及三安全一稳定这三项加起来一共多少件", W + "sum of 3 withheld sub-items"))
    a(S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
        "淮安2024年信息公开行政诉讼 直接起诉的加上复议后起诉的 合计几件", W + "two litigation groups", alt=A_HA_LIT))
    a(S("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"],
        "我是写稿的，淮安市2024年行政复议已经审结的（维持、纠正、其他结果三栏相加）是多少件？", W + "3 outcome columns of review"))
    a(S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
        "沭阳2025年无法提供的里面 不掌握的和要另行制作的 加一起多少", W + "2 unable sub-items"))
    a(S("zh", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
        "沭阳县2025年因为内部事务、过程性信息、行政执法案卷、行政查询这四种理由不公开的，总共多少件？", W + "4 withheld sub-items"))
    a(S("zh", "sy", ["a.litigation_after_review.upheld", "a.litigation_after_review.other", "a.litigation_after_review.pending"],
        "沭阳县2025年复议后起诉那部分，维持+其他结果+尚未审结 三格相加", W + "3 columns of lit after review"))
    a(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
        "洪泽区2023年 国家秘密 过程性信息 执法案卷 这三类不公开 加起来几件", W + "3 withheld sub-items"))
    a(S("zh", "sh19", cols("granted")[:2],
        "上海市府办2019年予以公开的，自然人那栏和商业企业那栏加起来是多少", W + "2 applicant columns (row total printed blank)"))
    a(S("zh", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
        "洪泽区2024年行政复议总数、直接起诉总数、复议后起诉总数，三个加总是多少", W + "3 appeals totals, text-row"))
    a(S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
        "上海市政府办公厅2025年表里 信访举报投诉类 和 重复申请 两行加一起多少件", W + "2 not-processed rows, text-row"))
    a(S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
        "Huai'an 2024: add up new requests from businesses, legal service agencies and other organisations — total?", W + "3 applicant columns"))
    a(S("en", "ha", ["c.normative_docs.issued", "c.regulations.issued"],
        "How many rules plus normative documents did Huai'an newly issue in 2024, together?", W + "2 active rows"))
    a(S("en", "sy", ["a.review.corrected", "a.review.other"],
        "For Shuyang 2025 admin reviews, sum the 'corrected' and 'other outcome' columns please", W + "2 review columns"))
    a(S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"],
        "Shuyang County 2025 — requests dropped because applicants didn't correct in time or didn't pay the fee: combined number?", W + "2 other sub-items"))
    a(S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
        "hongze 2023 not held + needs to be newly made, total of the two?", W + "2 unable sub-items"))
    a(S("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
        "Shanghai General Office 2019: admin reviews plus direct lawsuits over disclosure, how many cases overall?", W + "review + direct lit"))
    a(S("en", "jx", ["r.granted.total", "r.unable.not_held.total"],
        "Jianxi District 2020, granted requests plus 'not held' answers — sum?", W + "2 rows"))
    a(S("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
        "Shanghai General Office 2025 — reviews, direct suits and suits after review: what do the three totals add up to?", W + "3 appeals totals, text-row"))
    # ---- differences (later minus earlier, one body)
    a(D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数，2024年比2023年多了还是少了，差多少", W + "hz 2023->2024"))
    a(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府“本机关不掌握”的件数从2023年到2024年变化了多少", W + "hz 2023->2024"))
    a(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽24年行政许可决定比23年增加多少个", W + "hz 2023->2024"))
    a(D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转到下一年办理的申请，2025年和2019年相比差了多少件", W + "sh 2019->2025"))
    a(D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议总数 2019年→2025年 增加了几件", W + "sh 2019->2025"))
    a(D("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's administrative penalty decisions from 2023 to 2024?", W + "hz 2023->2024"))
    a(D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024 (万元)?", W + "hz 2023->2024", unit="万元"))
    a(D("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze normative docs in force: 2024 vs 2023, difference", W + "hz 2023->2024"))
    a(D("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new disclosure requests, 2025 minus 2019?", W + "sh 2019->2025", alt=A_SH25))
    a(D("en", "sh19", "sh25", "a.litigation_direct.total", "How many more direct disclosure lawsuits did the Shanghai General Office face in 2025 than in 2019?", W + "sh 2019->2025"))
    return v


def rank():
    v = []
    a = v.append
    a(R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023这三家，哪家新收的信息公开申请最多？", RK + "received"))
    a(R("zh", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "只看自然人那一栏：淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，谁“不掌握相关信息”最多", RK + "sub-item, one applicant column"))
    a(R("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "内部事务信息不予公开这一项，淮安2024 沭阳2025 洪泽2023 哪个最高", RK + "withheld sub-item"))
    a(R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "行政处罚决定数谁最少？比较淮安市（2024年）、沭阳县（2025年）、洪泽区（2023年）", RK + "punishment asc"))
    a(R("zh", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "asc", "结转下年度继续办理的件数，淮安2024、沭阳2025、涧西区2020、上海市府办2019 四家里哪家最少", RK + "carried forward asc"))
    a(R("zh", ["ha", "sy", "sh19"], "a.review.upheld", "asc", "行政复议结果是“维持”的件数，按淮安市2024年、沭阳县2025年、上海市政府办公厅2019年比，最少的是谁", RK + "one outcome column"))
    a(R("zh", ["ha", "sy", "hz23"], "a.review.corrected", "asc", "复议被纠正的，淮安24年、沭阳25年、洪泽23年，哪个最少", RK + "one outcome column"))
    a(R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which made the most licensing decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", RK + "licensing"))
    a(R("en", ["ha", "sy", "sh19"], "a.review.total", "asc", "Rank Huai'an 2024, Shuyang County 2025 and Shanghai General Office 2019 by number of admin reviews on disclosure — who is at the bottom?", RK + "review total asc"))
    a(R("en", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "Among Huaian 2024, Shuyang 2025 and Jianxi 2020, which had the fewest direct lawsuits?", RK + "direct lit asc"))
    a(R("en", ["ha", "sy", "hz23"], "r.withheld.process_info.total", "desc", "Withheld as process information (过程性信息) — which body tops that line: Huai'an 2024, Shuyang 2025, Hongze 2023?", RK + "withheld sub-item"))
    a(R("en", ["ha", "sy", "hz23", "sh19"], "r.partially_granted.natural_person", "asc", "Partial disclosures to individuals only (natural-person column): Huai'an 2024, Shuyang 2025, Hongze 2023, Shanghai General Office 2019 — lowest?", RK + "one applicant column"))
    a(R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Petition-type requests from individuals: which is top among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019?", RK + "sub-item, one column"))
    a(R("en", ["ha", "sy", "hz23"], "a.litigation_after_review.upheld", "asc", "lawsuits after review that were upheld - huaian 2024 vs shuyang 2025 vs hongze 2023, which is lowest", RK + "one outcome column"))
    return v


def followup():
    v = []
    a = v.append
    # ---- zh
    a(F("zh", [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
               ("24年呢", E("hz24", "c.punishment.decisions"))], FU + "year switch hz"))
    a(F("zh", [("淮安市2024年行政复议一共多少件", E("ha", "a.review.total", alt=A_HA_REV)),
               ("其中结果被纠正的呢", E("ha", "a.review.corrected", alt=("政府信息公开行政复议 351", 64))),
               ("那还没审结的", E("ha", "a.review.pending", alt=("政府信息公开行政复议 351", 37)))], FU + "column switch in review"))
    a(F("zh", [("沭阳县2025年不予公开里 第三方合法权益那项几件", E("sy", "r.withheld.third_party.total")),
               ("淮安市2024年同一项是多少", E("ha", "r.withheld.third_party.total"))], FU + "body switch"))
    a(F("zh", [("上海市府办2019年结转到下年继续办理的有多少件", E("sh19", "r.carried_forward.total", alt=A_SH19_FWD)),
               ("换成2025年呢", E("sh25", "r.carried_forward.total"))], FU + "year switch sh"))
    a(F("zh", [("帮我查下沭阳县2025年行政诉讼，直接起诉的总数", E("sy", "a.litigation_direct.total")),
               ("复议后再起诉的总数呢", E("sy", "a.litigation_after_review.total"))], FU + "appeals group switch"))
    a(F("zh", [("涧西区2020年结转下年度继续办理几件", E("jx", "r.carried_forward.total", alt=A_JX_PEND)),
               ("予以公开的呢", E("jx", "r.granted.total"))], FU + "row switch"))
    a(F("zh", [("洪泽2023年本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
               ("那2024年", E("hz24", "r.unable.not_held.total")),
               ("同一年行政许可决定数", E("hz24", "c.licensing.decisions"))], FU + "year then row switch"))
    a(F("zh", [("淮安2024 行政处罚决定数", E("ha", "c.punishment.decisions")),
               ("沭阳县2025年的呢？", E("sy", "c.punishment.decisions"))], FU + "body and year switch"))
    a(F("zh", [("上海市政府办公厅2019年直接起诉的行政诉讼几件", E("sh19", "a.litigation_direct.total", alt=("信息公开类行政复议7件", 9))),
               ("2025年的直接起诉总数", E("sh25", "a.litigation_direct.total")),
               ("2025年复议后起诉的总数", E("sh25", "a.litigation_after_review.total"))], FU + "year then group switch"))
    a(F("zh", [("沭阳县2025年部分公开多少件", E("sy", "r.partially_granted.total")),
               ("其中法律服务机构那一栏呢", E("sy", "r.partially_granted.legal_services"))], FU + "column switch"))
    a(F("zh", [("淮安市人民政府2024年现行有效的规范性文件有几件", E("ha", "c.normative_docs.in_force")),
               ("当年新制发的呢", E("ha", "c.normative_docs.issued")),
               ("废止的", E("ha", "c.normative_docs.repealed"))], FU + "column switch active"))
    a(F("zh", [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount", unit="万元")),
               ("2024年呢？", E("hz24", "c.fees.amount", unit="万元"))], FU + "year switch money"))
    a(F("zh", [("上海科委2024年予以公开几件", E("kw", "r.granted.total", alt=A_KW_OK)),
               ("上海市府办2025年予以公开几件", E("sh25", "r.granted.total"))], FU + "body switch text-row"))
    a(F("zh", [("沭阳2025年行政复议维持的几件", E("sy", "a.review.upheld")),
               ("纠正的", E("sy", "a.review.corrected")),
               ("其他结果", E("sy", "a.review.other"))], FU + "outcome column switch"))
    a(F("zh", [("淮安市2024年 因为申请人逾期不交费而其他处理的", E("ha", "r.other.overdue_fee.total")),
               ("沭阳县2025年同样情况几件", E("sy", "r.other.overdue_fee.total"))], FU + "body switch"))
    a(F("zh", [("上海市府办2025年本机关不掌握相关政府信息的有多少件", E("sh25", "r.unable.not_held.total")),
               ("2019年那份报告里，自然人那一栏的同一项是多少", E("sh19", "r.unable.not_held.natural_person"))], FU + "year switch by column"))
    a(F("zh", [("洪泽区2024年新收申请（表格里）多少件", E("hz24", "r.received.total")),
               ("当年办理总计呢", E("hz24", "r.total_processed.total"))], FU + "row switch text-row"))
    a(F("zh", [("沭阳县2025年上年结转过来的申请几件", E("sy", "r.carried_over.total")),
               ("淮安市2024年呢", E("ha", "r.carried_over.total", alt=A_HA_OVER))], FU + "body switch"))
    a(F("zh", [("涧西区政府办2020年直接起诉的行政诉讼 维持了几件", E("jx", "a.litigation_direct.upheld")),
               ("复议后起诉的维持数", E("jx", "a.litigation_after_review.upheld"))], FU + "group switch"))
    a(F("zh", [("沭阳县2025年行政强制决定数是多少", E("sy", "c.coercion.decisions")),
               ("淮安市2024年的", E("ha", "c.coercion.decisions"))], FU + "body switch"))
    # ---- en
    a(F("en", [("Hongze District 2023 — admin coercion decisions?", E("hz23", "c.coercion.decisions")),
               ("and 2024?", E("hz24", "c.coercion.decisions"))], FU + "year switch hz"))
    a(F("en", [("How many disclosure requests did Huai'an not process because they were duplicates in 2024?", E("ha", "r.not_processed.duplicate.total")),
               ("what about Shuyang 2025", E("sy", "r.not_processed.duplicate.total"))], FU + "body switch"))
    a(F("en", [("Shanghai General Office 2019 admin reviews on disclosure - total?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
               ("same for 2025", E("sh25", "a.review.total")),
               ("and how many of the 2025 ones were still pending", E("sh25", "a.review.pending"))], FU + "year then column"))
    a(F("en", [("Shuyang County 2025, requests withheld as internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
               ("and as process information?", E("sy", "r.withheld.process_info.total"))], FU + "row switch"))
    a(F("en", [("Huai'an 2024 direct lawsuits — how many upheld?", E("ha", "a.litigation_direct.upheld")),
               ("corrected?", E("ha", "a.litigation_direct.corrected")),
               ("other outcome?", E("ha", "a.litigation_direct.other"))], FU + "outcome column switch"))
    a(F("en", [("STCSM 2024 new requests from individuals?", E("kw", "r.received.natural_person")),
               ("Shanghai General Office 2025 — same column?", E("sh25", "r.received.natural_person"))], FU + "body switch text-row"))
    a(F("en", [("Hongze 2023 licensing decisions", E("hz23", "c.licensing.decisions")),
               ("Shuyang County in 2025?", E("sy", "c.licensing.decisions"))], FU + "body switch"))
    a(F("en", [("Jianxi District 2020, admin reviews on disclosure?", E("jx", "a.review.total")),
               ("how about direct lawsuits the same year", E("jx", "a.litigation_direct.total"))], FU + "group switch"))
    a(F("en", [("Huai'an 2024: requests where the applicant's description was too unclear (申请内容不明确)?", E("ha", "r.unable.unclear.total")),
               ("and needing to be newly made?", E("ha", "r.unable.needs_creation.total"))], FU + "row switch"))
    a(F("en", [("Shanghai General Office 2019, requests carried over from the previous year?", E("sh19", "r.carried_over.total", alt=A_SH19_OVER)),
               ("2025?", E("sh25", "r.carried_over.total", alt=A_SH25_OVER))], FU + "year switch sh"))
    a(F("en", [("Shuyang 2025 — lawsuits after review still pending?", E("sy", "a.litigation_after_review.pending")),
               ("Huai'an 2024, same cell", E("ha", "a.litigation_after_review.pending"))], FU + "body switch"))
    a(F("en", [("Hongze District 2024 — requests the district said it does not hold?", E("hz24", "r.unable.not_held.total")),
               ("fully disclosed ones that year?", E("hz24", "r.granted.total"))], FU + "row switch text-row"))
    a(F("en", [("Huai'an 2024 requests from individuals (newly received in 2024)?", E("ha", "r.received.natural_person")),
               ("from companies?", E("ha", "r.received.commercial")),
               ("from law firms / legal services?", E("ha", "r.received.legal_services"))], FU + "column switch"))
    a(F("en", [("Shuyang County 2025 administrative fees in 10k yuan?", E("sy", "c.fees.amount", unit="万元")),
               ("Huai'an 2024?", E("ha", "c.fees.amount", unit="万元"))], FU + "body switch money"))
    a(F("en", [("Shanghai General Office 2019 — government rules made that year (制作数)?", E("sh19", "c.regulations.made")),
               ("and the total rules publicly released?", E("sh19", "c.regulations.total_published"))], FU + "column switch"))
    a(F("en", [("Hongze 2023 normative docs in force?", E("hz23", "c.normative_docs.in_force")),
               ("2024 then?", E("hz24", "c.normative_docs.in_force"))], FU + "year switch"))
    a(F("en", [("Shuyang 2025: total requests handled (办理总计)?", E("sy", "r.total_processed.total", alt=A_SY_DONE)),
               ("carried forward to next year?", E("sy", "r.carried_forward.total", alt=A_SY_FWD))], FU + "row switch"))
    a(F("en", [("Huai'an 2024 requests refused as enforcement case files (行政执法案卷)?", E("ha", "r.withheld.enforcement_files.total")),
               ("Shuyang 2025?", E("sy", "r.withheld.enforcement_files.total")),
               ("Hongze 2023?", E("hz23", "r.withheld.enforcement_files.total"))], FU + "body switch x2"))
    a(F("en", [("STCSM 2024, normative documents issued?", E("kw", "c.normative_docs.issued")),
               ("Hongze 2024, same?", E("hz24", "c.normative_docs.issued"))], FU + "body switch text-row"))
    return v


def narrative():
    v = []
    a = v.append
    # ---- zh
    a(N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？", TX + "press conferences"))
    a(N("zh", "ha", "全市在运维政务新媒体", 95, "个", "截至淮安2024年报，全市还在运维的政务新媒体账号有多少个", TX + "new-media accounts"))
    a(N("zh", "ha", "全年组织 4 次", 4, "次", "淮安2024 政府信息公开栏目全覆盖检查 搞了几次", TX + "checks"))
    a(N("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "我帮我爸申请过淮安市的信息，被收过钱，想问2024年淮安市全年一共收了多少信息处理费（元）", TX + "fees in yuan"))
    a(N("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年在门户网站搞了几期意见征集", TX + "consultations"))
    a(N("zh", "sy", "督促县直部门", 3044, "条", "沭阳2025 县直部门在信息公开页面发了多少条信息", TX + "department items"))
    a(N("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年政务新媒体策采的新闻稿件有多少篇？", TX + "news drafts"))
    a(N("zh", "sy", "年度涌现爆款内容", 52, "条", "沭阳县政府2025年报告说出了多少条爆款内容", TX + "viral posts"))
    a(N("zh", "sy", "全年发出催办提示", 84, "次", "沭阳那个“倒计时报警器”2025年一共发了多少次催办提醒", TX + "reminders"))
    a(N("zh", "sy", "成功推动化解各类争议纠纷", 33, "件", "2025年沭阳县办前主动沟通之后，化解了多少件争议纠纷", TX + "disputes resolved"))
    a(N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理掉的过期信息有多少条", TX + "outdated items"))
    a(N("zh", "sy", "完成全县", 64, "家", "沭阳2025年集中公开年度报告的单位一共几家", TX + "units"))
    a(N("zh", "sy", "全县共办理相关案件", 74, "件", "学生提问：沭阳县2025年报告的文字部分说全县办理的复议诉讼相关案件是多少件？", TX + "cases stated in text"))
    a(N("zh", "hz24", "公开政府常务会议", 2428, "条", "洪泽区2024年在政府网站主动发了多少条政府信息", TX + "portal items"))
    a(N("zh", "hz23", "我区在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年政府网站平台主动公开信息条数", TX + "portal items"))
    a(N("zh", "kw", "今年累计批量推送集成式发布政策", 121, "条", "上海市科委2024年集成式批量推送了多少条政策", TX + "policies pushed"))
    a(N("zh", "kw", "微信公众号共编发文章", 294, "篇", "“上海科技”公众号2024年原创文章有几篇（市科委年报）", TX + "original articles", frm=None))
    a(N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了多少场", TX + "live streams"))
    a(N("zh", "sh25", "召开市政府新闻发布会", 19, "场", "上海市政府2025年开了几场新闻通气会（市府办年报）", TX + "briefings"))
    a(N("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市府办编了多少期市政府公报", TX + "gazette issues"))
    a(N("zh", "sh19", "统一受理平台接入", 2261, "项", "上海市政府办公厅2019年报告里，一网通办统一受理平台接入了多少项事项", TX + "items on platform"))
    a(N("zh", "sh19", "每季度对本市处于正常运行状态的", 70, "家", "2019年上海每季度检查的正常运行政府网站有几家（市府办年报）", TX + "websites checked"))
    # ---- en
    a(N("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "How many issues of the Huai'an municipal gazette were produced in 2024?", TX + "gazette issues"))
    a(N("en", "ha", "通过文字、图片等形式制作政策解读", 21, "个", "Huai'an 2024 — number of policy interpretations made (text, images etc.)?", TX + "interpretations"))
    a(N("en", "sy", "推送系列原创短视频", 1113, "个", "Shuyang County's new-media accounts in 2025: how many original short videos were pushed?", TX + "short videos"))
    a(N("en", "sy", "全年累计整改不规范描述", 43, "处", "shuyang 2025 broken links fixed on the website - how many", TX + "broken links"))
    a(N("en", "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "Shuyang County portal, 2025: items of government information proactively published?", TX + "portal items"))
    a(N("en", "sy", "开设《项目进行时》", 33, "个", "How many themed columns did Shuyang open across its new-media matrix in 2025?", TX + "columns"))
    a(N("en", "sy", "累计开展办前主动沟通", 49, "次", "Shuyang 2025 — how many times did staff reach out to applicants before handling (办前主动沟通)?", TX + "pre-handling contacts"))
    a(N("en", "kw", "直播 118 场", 54373, "人", "STCSM's video channel in 2024 — how many followers (粉丝数) did it have?", TX + "followers"))
    a(N("en", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "Shanghai science commission 2024: total items posted on the 'Shanghai Science & Technology' website?", TX + "website items"))
    a(N("en", "kw", "市科委 5 个高频事项", 5, "个", "STCSM 2024 — how many high-frequency services got the read-and-handle linkage (阅办联动)?", TX + "services"))
    a(N("en", "sh25", "其中，予以公开及部分公开", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their requests themselves?", TX + "withdrawn requests"))
    a(N("en", "sh25", "目前已覆盖", 10, "个", "By the 2025 report of the Shanghai General Office, how many languages does the international services portal cover?", TX + "languages"))
    a(N("en", "sh25", "全面推进区政府公报数字化改革", 16, "个", "In 2025, how many Shanghai districts had put their district gazette online in digital form?", TX + "districts"))
    a(N("en", "sh25", "全年完成市政府及市政府办公厅公文公开属性审查", 330, "件", "Shanghai General Office 2025 — number of release reviews (发布审查) completed?", TX + "release reviews"))
    a(N("en", "sh19", "通过“中国上海”门户网站发布政策解读共", 132, "件", "Shanghai General Office 2019: how many policy interpretations were published on the China Shanghai portal?", TX + "interpretations"))
    a(N("en", "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "In 2019 how many authoritative releases on executive meeting topics did Shanghai's General Office make?", TX + "releases"))
    a(N("en", "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020 — how many pilot areas for standardised grassroots openness?", TX + "pilot areas"))
    return v


def cannot():
    v = []
    a = v.append
    # ---- zh: places inside a body whose own report is not in the corpus
    a(U("zh", "淮安市清江浦区2024年收到多少件政府信息公开申请", "清江浦区 is a district of 淮安市; only the city's report (and 洪泽区's) is in the corpus", NO + "district inside city, no own report"))
    a(U("zh", "我在淮阴区住，想问2024年淮阴区政府依申请公开不予公开了几件", "淮阴区 has no report in the corpus; 淮安市's table is not broken down by district", NO + "district inside city"))
    a(U("zh", "沭阳县胡集镇2025年政府信息公开申请收了几件？", "township figures are not in 沭阳县's report", NO + "township inside county"))
    a(U("zh", "洪泽区高良涧街道2024年主动公开了多少条信息", "street-level figures are not in 洪泽区's reports", NO + "street inside district"))
    a(U("zh", "上海浦东新区政府2025年信息公开行政复议多少件", "浦东新区 has no report in the corpus; the General Office report covers only itself", NO + "district inside municipality"))
    a(U("zh", "涟水县2024年行政处罚决定数是多少", "涟水县 (a county of 淮安市) has no report in the corpus", NO + "county inside city"))
    # ---- zh: years and bodies not held
    a(U("zh", "淮安市政府2023年新收的信息公开申请是多少", "淮安市 2023 report not in the corpus", NO + "year not held"))
    a(U("zh", "沭阳县2024年行政复议一共几件", "沭阳县 2024 report not in the corpus", NO + "year not held"))
    a(U("zh", "上海科委2023年予以公开多少件", "上海市科委 2023 report not in the corpus", NO + "year not held"))
    a(U("zh", "宿迁市政府2025年收到的信息公开申请总数", "宿迁市 has no report in the corpus", NO + "body not held"))
    # ---- zh: breakdowns, forecasts, opinions, own case, personal data
    a(U("zh", "淮安市2024年的信息公开申请里，男的女的各多少", "no breakdown by sex", NO + "sex breakdown"))
    a(U("zh", "沭阳2025年信息公开申请 每个月分别收了多少件", "no monthly breakdown", NO + "month breakdown"))
    a(U("zh", "12345来电：市民问洪泽区2023年申请里关于征地拆迁的占多少件，麻烦查一下", "no topic breakdown", NO + "topic breakdown"))
    a(U("zh", "上海市府办2025年申请是网上提交的多还是信函多，各多少件", "no channel breakdown", NO + "channel breakdown"))
    a(U("zh", "我2025年3月给沭阳县政府写过申请问我家宅基地的事，到现在有没有答复？", "one applicant's own case; the report has no individual cases", NO + "own case"))
    a(U("zh", "淮安市2026年预计会收到多少信息公开申请", "forecast", NO + "forecast"))
    a(U("zh", "你觉得沭阳县2025年信息公开做得好不好，跟淮安市2024年比哪个更透明", "opinion", NO + "opinion"))
    a(U("zh", "淮安市2024年那34件上年结转申请分别是谁申请的，能给名单吗", "personal data of applicants", NO + "personal data"))
    a(U("zh", "涧西区政府办2020年信息公开工作配了几个专职人员", "the report states no staff number", NO + "staff"))
    a(U("zh", "洪泽区2024年平均几天答复一件信息公开申请", "no response-time figures", NO + "response time"))
    # ---- en
    a(U("en", "How many disclosure requests did Huai'an District (淮安区) receive in 2024?", "淮安区 is a district of 淮安市 with no own report in the corpus", NO + "district inside city"))
    a(U("en", "Xuhui District Shanghai, 2025 — admin reviews on information disclosure?", "徐汇区 has no report in the corpus", NO + "district inside municipality"))
    a(U("en", "Hongze district 2023, how many requests came from Chahe town (岔河镇) residents?", "no breakdown by township / residence", NO + "town inside district"))
    a(U("en", "Shuyang County 2025: number of requests received by the county's education bureau?", "no department breakdown", NO + "department inside county"))
    a(U("en", "Jianxi District 2021 report: how many requests were granted?", "涧西区 2021 report not in the corpus", NO + "year not held"))
    a(U("en", "Shanghai General Office 2022, how many disclosure requests did it get?", "上海市府办 2022 report not in the corpus", NO + "year not held"))
    a(U("en", "Hongze District 2022 administrative penalty decisions?", "洪泽区 2022 report not in the corpus", NO + "year not held"))
    a(U("en", "Nanjing municipal government 2024 — new disclosure requests?", "南京市 has no report in the corpus", NO + "body not held"))
    a(U("en", "what share of Huai'an's 2024 requesters were over 60 years old", "no age breakdown", NO + "age breakdown"))
    a(U("en", "Shanghai General Office 2019 — how many requests came from foreigners living in Shanghai?", "no nationality/residence breakdown", NO + "residence breakdown"))
    a(U("en", "Which industries did the companies that asked STCSM for information in 2024 belong to, and how many each?", "no industry breakdown", NO + "industry breakdown"))
    a(U("en", "Huai'an 2024: how much did it cost the city to run its disclosure office?", "no cost figure", NO + "cost"))
    a(U("en", "Will Shuyang County receive more requests in 2026 than in 2025? give a number", "forecast", NO + "forecast"))
    a(U("en", "In your view was the Shanghai General Office 2025 too slow with disclosure requests?", "opinion", NO + "opinion"))
    a(U("en", "My neighbour sued Huai'an city in 2024 over a disclosure refusal — did he win his case?", "one person's own case", NO + "own case"))
    a(U("en", "Give me the phone numbers of the applicants whose Shuyang 2025 requests were refused", "personal data", NO + "personal data"))
    a(U("en", "Hongze 2024 — how many requests per quarter (Q1-Q4)?", "no quarterly breakdown", NO + "quarter breakdown"))
    a(U("en", "Why did the Shanghai science commission get more requests in 2024 than before? what are the reasons and figures", "no reasons or earlier figures stated", NO + "reason not stated"))
    a(U("en", "Huaian 2024 — average number of working days to reply to a request?", "no response-time figures", NO + "response time"))
    return v


def traps():
    v = []
    a = v.append
    a(T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年转过来接着办的申请有多少（不是转到下一年的）", NB + "carried over vs forward", alt=A_HA_OVER))
    a(T("zh", "ha", "a.litigation_after_review.total", "淮安2024 经过复议以后才去法院起诉的 一共几件", NB + "after review vs direct"))
    a(T("zh", "ha", "c.regulations.issued", "淮安市政府2024年本年新制发的规章几件（不是现行有效数）", NB + "issued vs in force", alt=("全年新增公开市政府规章", 1)))
    a(T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年无法提供里 没有现成信息要另行制作的那行", NB + "needs creation vs not held"))
    a(T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年属于过程性信息不予公开的几件", NB + "process info vs internal affairs"))
    a(T("zh", "sh19", "c.normative_docs.made", "上海市府办2019年规范性文件本年制作了多少件（不是对外公开总数）", NB + "made vs total published", alt=("主动公开规章13件", 60)))
    a(T("zh", "sy", "r.granted.legal_services", "沭阳2025年法律服务机构提的申请，最后是予以公开（全部公开）的几件", NB + "granted vs partially granted"))
    a(T("en", "ha", "r.unable.not_held.legal_services", "Huai'an 2024, 'not held' answers given to legal service agencies (not to businesses)?", NB + "legal services vs commercial"))
    a(T("en", "ha", "a.litigation_after_review.corrected", "Huai'an 2024 — lawsuits filed after an admin review that ended with the government corrected?", NB + "after review vs direct corrected"))
    a(T("en", "ha", "a.review.other", "Huai'an 2024 admin reviews closed with an 'other' outcome — not the corrected ones", NB + "other vs corrected", alt=("政府信息公开行政复议 351", 178)))
    a(T("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests brought over from the previous year into 2025 (not those pushed on to the next)?", NB + "carried over vs forward", alt=A_SH25_OVER))
    a(T("en", "kw", "r.carried_over.total", "STCSM 2024, carried-over requests from the year before — just that row, not the new ones", NB + "carried over vs received", alt=A_KW_OVER))
    a(T("en", "hz24", "c.normative_docs.issued", "Hongze 2024 normative docs newly issued that year, not the number in force", NB + "issued vs in force"))
    return v


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + narrative() + cannot() + traps()
