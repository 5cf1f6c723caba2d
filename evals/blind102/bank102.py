"""Question bank of blind set blind102 (every wording written for this set).

WARNING: holds the text of every test question: as frozen as test.jsonl.
Numbers are never typed here: helpers102 computes them from gold/*.json, from the printed rows
of the three reports without gold (SPECS: the same cells blind6 verified), or checks them in a
sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib102 as L  # noqa: E402
from helpers102 import C, D, E, EN, EU, F, N, R, S, T, U, V  # noqa: E402,F401

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

# text alternatives (keyword in the report, number) where text and table state the same figure
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351件"
SH19_REQ = "代表市政府共受理"
SH19_ACT = "主动公开规章13件"
SY_REQ = "全县全年共受理"
KW_REQ = "全年收到政府信息公开申请"
KW_RES = "同意公开答复"
SH25_REQ = "市政府共受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
HZ23_REQ = "全区受理政府信息公开申请"
WAN = {"unit": "万元"}


def CONVERSATIONS():
    c = []
    a = c.append
    P = "[plain] "
    # ------------------------------------------------------------------ [plain] value
    a(V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收到多少份信息公开申请", P + "received total; text agrees", alt=(HA_REQ, 3119)))
    a(V("zh", "ha", "r.granted.total", "淮安2024年申请了直接全给公开的有几件", P + "granted total"))
    a(V("en", "ha", "r.partially_granted.total", "huaian 2024 how many requests only got part of the info released", P + "partially granted"))
    a(V("zh", "ha", "r.unable.not_held.total", "2024年淮安市政府答复说本机关不掌握的申请有多少", P + "not held"))
    a(V("en", "ha", "r.withheld.admin_query.total", "In 2024, how many of Huai'an's requests were refused as being really administrative queries (行政查询事项)?", P + "withheld admin query"))
    a(V("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访举报投诉所以没处理", P + "petition"))
    a(V("en", "ha", "r.other.overdue_correction.natural_person", "Huaian city 2024: individuals who never fixed their application after being asked to — how many were dropped?", P + "overdue correction, natural person column"))
    a(V("zh", "ha", "a.review.total", "我是记者，想核实一下淮安市2024年政府信息公开方面的行政复议一共多少件", P + "review total; text agrees", alt=(HA_APP, 351)))
    a(V("en", "ha", "a.review.pending", "Huai'an municipal gov 2024 — info-disclosure reconsideration cases not concluded yet by year end?", P + "review pending; text agrees", alt=(HA_APP, 37)))
    a(V("zh", "ha", "a.litigation_after_review.total", "淮安2024年先复议、对复议不服又去起诉的官司一共几件", P + "litigation after review total"))
    a(V("en", "ha", "c.normative_docs.in_force", "How many normative documents (行政规范性文件) does Huai'an have in force as of its 2024 report?", P + "normative docs in force"))
    a(V("zh", "ha", "c.punishment.decisions", "淮安市二〇二四年行政处罚处理决定数量", P + "punishment decisions"))
    a(V("en", "ha", "c.fees.amount", "what did Huaian take in from administrative fees in 2024? in 万元 pls", P + "fees amount", **WAN))
    a(V("zh", "ha", "r.received.legal_person", "淮安市政府24年新收申请里，法人或者其他组织合起来交了多少", P + "received legal person (derived 53+61+4)"))
    a(V("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: requests refused because disclosure would harm a third party's rights?", P + "withheld third party"))
    a(V("zh", "ha", "r.not_processed.duplicate.total", "同一个人重复申请、淮安市2024年不予处理的有几件", P + "duplicate"))
    a(V("en", "ha", "r.withheld.enforcement_files.total", "huai an 2024 info requests refused bcz they were administrative enforcement case files, number?", P + "withheld enforcement files"))
    a(V("zh", "ha", "r.granted.legal_services", "淮安市2024年律师事务所这类法律服务机构申请后被予以公开的有多少件", P + "granted legal services"))
    a(V("en", "ha", "c.licensing.decisions", "Number of administrative licensing decisions Huai'an City made in FY2024?", P + "licensing decisions"))
    a(V("zh", "ha", "c.regulations.in_force", "淮安市现行有效的政府规章有几件（2024年报）", P + "regulations in force"))
    a(V("en", "ha", "r.withheld.prohibited_by_law.natural_person", "Huai'an 2024, individuals refused because a law or regulation forbids disclosure — how many?", P + "prohibited by law, natural person"))
    a(V("zh", "ha", "a.litigation_direct.pending", "淮安市2024年没经过复议直接去法院告的，到年底还没判完的有几起", P + "litigation direct pending"))
    # 沭阳
    a(V("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的申请多少件（不算上一年转过来的）", P + "new received (table 713; text 749 includes carry-over)"))
    a(V("zh", "sy", "r.granted.total", "我2025年春天帮我妈给沭阳县政府写过申请，最后给公开了。想问下2025年沭阳一共有多少件是予以公开的", P + "granted total; story"))
    a(V("en", "sy", "r.unable.not_held.total", "Shuyang county 2025 — how many times did the govt reply it simply didn't have the info?", P + "not held"))
    a(V("en", "sy", "r.other.other.total", "Shuyang County 2025, under 'other handling', the plain 'other' line (3.其他) total?", P + "other.other"))
    a(V("zh", "sy", "r.withheld.internal_affairs.natural_person", "沭阳2025年个人申请的因为属于内部事务信息没公开的几件", P + "internal affairs natural person"))
    a(V("en", "sy", "r.other.overdue_fee.total", "shuyang 2025 how many requests closed out because applicant didnt pay the fee on time", P + "overdue fee"))
    a(V("zh", "sy", "a.review.total", "沭阳县2025年涉及政府信息公开的行政复议总数", P + "review total"))
    a(V("en", "sy", "a.litigation_direct.total", "How many info-disclosure lawsuits went straight to court against Shuyang County in 2025, without reconsideration first?", P + "litigation direct"))
    a(V("zh", "sy", "c.normative_docs.issued", "沭阳县2025年本年制发的行政规范性文件几件", P + "normative issued"))
    a(V("en", "sy", "c.coercion.decisions", "Shuyang 2025 administrative coercion (行政强制) decisions count?", P + "coercion decisions"))
    a(V("zh", "sy", "c.licensing.decisions", "25年沭阳行政许可的处理决定有多少", P + "licensing decisions"))
    a(V("en", "sy", "r.carried_over.total", "Shuyang 2025: applications brought forward from 2024 into 2025 (上年结转)?", P + "carried over"))
    a(V("zh", "sy", "r.partially_granted.natural_person", "沭阳县政府二〇二五年自然人申请中部分公开的数量", P + "partially granted natural person"))
    a(V("en", "sy", "r.not_processed.duplicate.commercial", "Shuyang 2025, duplicate applications from companies that weren't processed?", P + "duplicate commercial"))
    a(V("zh", "sy", "r.received.legal_person", "2025年沭阳县法人或其他组织新提交的申请一共几件", P + "received legal person; text agrees", alt=("法人或其他组织申请", 8)))
    a(V("en", "sy", "a.litigation_after_review.upheld", "Shuyang 2025 — lawsuits brought after a reconsideration, how many ended upheld (结果维持)?", P + "after review upheld"))
    a(V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025年属于行政执法案卷所以不予公开的", P + "enforcement files"))
    a(V("en", "sy", "r.total_processed.natural_person", "Shuyang 2025, of all requests handled, how many were from individuals?", P + "total processed natural person"))
    # 上海市府办 2019
    a(V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请总数", P + "received total; text agrees", alt=(SH19_REQ, 859)))
    a(V("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019: individuals told 'we don't hold this info' — count?", P + "not held natural person (row total printed blank)"))
    a(V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人的申请被认定为信访举报投诉类不予处理的", P + "petition natural person"))
    a(V("en", "sh19", "r.withheld.admin_query.natural_person", "shanghai govt general office 2019 individuals refused as admin inquiries, how many", P + "admin query natural person"))
    a(V("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购总金额多少万元", P + "procurement amount", **WAN))
    a(V("en", "sh19", "c.regulations.total_published", "As of the 2019 report, how many regulations had the Shanghai General Office published in total (对外公开总数量)?", P + "regulations total published"))
    a(V("zh", "sh19", "a.litigation_direct.total", "2019年上海市政府办公厅被直接起诉的政府信息公开行政诉讼有几件", P + "litigation direct total; text 诉讼9件 agrees", alt=("诉讼9件", 9)))
    a(V("en", "sh19", "r.unable.unclear.natural_person", "Shanghai Municipal General Office 2019, requests from individuals that were too unclear to answer (申请内容不明确)?", P + "unclear natural person"))
    a(V("zh", "sh19", "r.total_processed.commercial", "2019年上海市府办办理完的商业企业申请有多少", P + "total processed commercial"))
    a(V("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office in 2019: how many individuals were refused on state-secret grounds?", P + "state secret natural person"))
    a(V("zh", "sh19", "c.normative_docs.published", "上海市人民政府办公厅2019年本年新公开的规范性文件几件", P + "normative published; text 60 agrees", alt=(SH19_ACT, 60)))
    # 洪泽 2023
    a(V("zh", "hz23", "r.received.total", "洪泽区2023年一共收到几件政府信息公开申请", P + "received; text agrees", alt=(HZ23_REQ, 21)))
    a(V("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023 — requests it couldn't meet because the info would have to be newly compiled?", P + "needs creation"))
    a(V("zh", "hz23", "c.fees.amount", "洪泽区2023行政事业性收费金额（万元）", P + "fees amount", **WAN))
    a(V("en", "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions number", P + "licensing"))
    a(V("zh", "hz23", "r.withheld.state_secret.total", "洪泽区2023年以属于国家秘密为由不予公开的", P + "state secret"))
    a(V("en", "hz23", "c.normative_docs.repealed", "Hongze District gov 2023, normative documents repealed during the year?", P + "normative repealed"))
    a(V("zh", "hz23", "r.not_processed.petition.total", "洪泽2023年信访类申请不予处理几件", P + "petition"))
    a(V("en", "hz23", "r.total_processed.total", "Hongze District 2023: total requests handled (办理结果总计)?", P + "total processed"))
    # 涧西 2020
    a(V("zh", "jx", "r.granted.total", "涧西区政府办2020年依申请予以公开了几件", P + "granted"))
    a(V("en", "jx", "r.received.total", "Jianxi District 2020 — new info requests received in total?", P + "received; text agrees", alt=(JX_REQ, 17)))
    a(V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量", P + "procurement projects"))
    a(V("en", "jx", "c.normative_docs.total_published", "Jianxi district office 2020 normative docs total published (对外公开总数量)?", P + "normative total published"))
    a(V("zh", "jx", "a.review.upheld", "涧西区2020年行政复议结果维持的几件", P + "review upheld"))
    a(V("en", "jx", "r.carried_forward.total", "How many Jianxi District 2020 requests were carried into 2021 (结转下年度)?", P + "carried forward; text 在办2件 agrees", alt=(JX_REQ, 2)))
    # 洪泽 2024 (text rows)
    a(V("zh", "hz24", "c.fees.amount", "洪泽区2024年收了多少行政事业性收费，单位万元", P + "fees, text row", **WAN))
    a(V("en", "hz24", "c.licensing.decisions", "Hongze District 2024: administrative licensing decisions?", P + "licensing, text row"))
    a(V("zh", "hz24", "c.normative_docs.issued", "洪泽区政府24年新制发行政规范性文件几件", P + "normative issued, text row"))
    a(V("en", "hz24", "r.carried_forward.total", "hongze 2024 any requests left over for 2025? how many", P + "carried forward, text row"))
    a(V("zh", "hz24", "a.review.total", "洪泽区2024年关于信息公开的行政复议有几件", P + "review total, text row"))
    a(V("en", "hz24", "c.punishment.decisions", "In 2024, how many administrative penalty decisions did Hongze District report (行政处罚)?", P + "punishment, text row"))
    # 上海科委 2024
    a(V("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件多少件", P + "normative in force, text row"))
    a(V("en", "kw", "r.total_processed.total", "STCSM 2024, total requests handled in the year (办理结果总计)?", P + "total processed, text row"))
    a(V("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定有多少个", P + "licensing, text row"))
    a(V("en", "kw", "r.received.commercial", "Shanghai science commission 2024 — new requests filed by businesses?", P + "received commercial, text row"))
    a(V("zh", "kw", "r.granted.total", "上海科委2024年同意公开（予以公开）几件", P + "granted; text agrees", alt=(KW_RES, 9)))
    # 上海市府办 2025 (text rows)
    a(V("zh", "sh25", "r.received.total", "上海市府办2025年新收的政府信息公开申请", P + "received; text agrees", alt=(SH25_REQ, 1295)))
    a(V("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: how many requests got 'this office does not hold the information'?", P + "not held, text row"))
    a(V("zh", "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因为没有现成信息、需要另行制作而没法提供的", P + "needs creation, text row"))
    a(V("en", "sh25", "r.received.natural_person", "Shanghai Municipal Government General Office 2025 new applications by private citizens?", P + "received natural person, text row"))
    a(V("zh", "sh25", "a.litigation_after_review.total", "上海市府办2025年复议后又起诉的行政诉讼总计", P + "after review, text row"))
    a(V("en", "sh25", "r.total_processed.total", "Shanghai General Office 2025 — total applications dealt with (办结)?", P + "total processed; text agrees", alt=(SH25_REQ, 1191)))
    a(V("zh", "sh25", "a.review.pending", "2025年上海市政府办公厅还没审结的行政复议几件", P + "review pending, text row"))
    a(V("en", "sh25", "r.carried_over.natural_person", "For 2025, Shanghai General Office requests from individuals carried over from 2024?", P + "carried over natural person, text row"))
    # extra plain, phone / operator voices
    a(V("zh", "ha", "r.unable.unclear.total", "12345这边有市民问：淮安市2024年因为申请内容不明确没法提供信息的，有几件？", P + "unclear; operator"))
    a(V("en", "ha", "r.carried_over.natural_person", "Student here, table row 二 上年结转 for Huai'an 2024, natural person column — what number?", P + "carried over natural person; text agrees", alt=(HA_REQ, 34)))
    a(V("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费本年收费金额 是多少万元", P + "fees", **WAN))
    a(V("en", "sh19", "r.received.commercial", "Shanghai General Office FY2019 new requests from commercial enterprises?", P + "received commercial"))
    a(V("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年因为是过程性信息所以没公开的申请", P + "process info"))
    a(V("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests where the info didn't exist and would need to be created?", P + "needs creation"))
    a(V("zh", "ha", "a.litigation_direct.upheld", "淮安市2024年直接起诉的政府信息公开诉讼，法院维持的有几件", P + "litigation direct upheld"))

    # ------------------------------------------------------------------ [combine]
    K = "[combine] "
    a(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", K + "granted + partial"))
    a(S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 — full plus partial disclosures combined?", K + "granted + partial"))
    a(S("zh", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD], "淮安市2024年不予公开的八个小项加起来一共多少件", K + "withheld, 8 rows"))
    a(S("en", "sy", ["r.withheld.%s.total" % s for s in L.WITHHELD], "Add up all eight 'not disclosed' (不予公开) reasons for Shuyang County 2025 — total?", K + "withheld, 8 rows"))
    a(S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年政府信息公开行政诉讼总共几件，直接起诉和复议后起诉都算上", K + "all litigation; text 46 agrees", alt=(HA_APP, 46)))
    a(S("en", "sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED], "Shuyang 2025: the five 不予处理 rows summed?", K + "not processed, 5 rows"))
    a(S("zh", "ha", ["r.other.%s.total" % s for s in L.OTHER21], "淮安市2024年其他处理三项合计", K + "other handling, 3 rows"))
    a(S("en", "sy", ["r.other.%s.total" % s for s in L.OTHER21], "Shuyang 2025, 'other handling' — the three sub-rows added together?", K + "other handling, 3 rows"))
    a(S("zh", "ha", ["r.unable.%s.total" % s for s in L.UNABLE], "2024年淮安市无法提供的三种情况加一起是多少", K + "unable, 3 rows"))
    a(S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: granted requests plus 'not held' requests, together?", K + "granted + not held"))
    a(S("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年本年新收加上年结转，一共要办多少件", K + "received + carried over; text 受理749 agrees", alt=(SY_REQ, 749)))
    a(S("en", "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019, new requests from individuals and companies combined?", K + "received natural + commercial"))
    a(S("zh", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "淮安市2024年复议和两类诉讼里结果被纠正的加起来几件", K + "corrected across 3 groups"))
    a(S("en", "hz23", ["r.withheld.%s.total" % s for s in L.WITHHELD], "Hongze 2023 — total of all withheld (不予公开) rows?", K + "withheld, 8 rows"))
    a(S("zh", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "沭阳2025年复议、直接诉讼、复议后诉讼三块结果维持的合计", K + "upheld across 3 groups"))
    a(S("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED], "Huai'an 2024: everything filed under 不予处理 (all five reasons) — how many in total?", K + "not processed, 5 rows"))
    a(D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定2024年比2023年多了还是少了，差多少", K + "difference 2023->2024"))
    a(D("en", "hz23", "hz24", "c.licensing.decisions", "Hongze District licensing decisions: change from 2023 to 2024?", K + "difference"))
    a(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复数，2024年相比2023年变化多少", K + "difference"))
    a(D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024 (万元)?", K + "difference, money", **WAN))
    a(D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请从2019年到2025年增加了多少件", K + "difference; 2025 text agrees", alt=(SH25_REQ, 1295)))
    a(D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office, requests carried into the next year: 2025 figure minus 2019 figure?", K + "difference"))
    a(D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议件数，2025年比2019年多几件", K + "difference"))
    a(D("en", "sh19", "sh25", "r.received.commercial", "Shanghai Gen Office new requests from companies, 2019 vs 2025 — what's the difference?", K + "difference"))
    a(D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数2023到2024差了多少", K + "difference"))
    a(D("en", "sh19", "sh25", "a.litigation_direct.total", "How did Shanghai General Office's direct info-disclosure lawsuits change from 2019 to 2025?", K + "difference"))

    # ------------------------------------------------------------------ [rank]
    RK = "[rank] "
    a(R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪个新收申请最多", RK + "received"))
    a(R("en", ["jx", "hz23", "sy"], "r.received.total", "asc", "Which got the fewest new requests: Jianxi 2020, Hongze 2023 or Shuyang 2025?", RK + "received asc"))
    a(R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转过来的申请，淮安2024、沭阳2025、上海市政府办公厅2019谁最多", RK + "carried over (sy wins)"))
    a(R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Petition-type requests from individuals not processed: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019 — which is highest?", RK + "petition natural person"))
    a(R("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "需要另行制作没法提供的（个人申请），淮安2024、沭阳2025、上海市府办2019、洪泽2023哪家最多", RK + "needs creation natural"))
    a(R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Lowest number of administrative coercion decisions among Huai'an 2024, Shuyang 2025 and Hongze 2023?", RK + "coercion asc"))
    a(R("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "行政复议最少的是哪个：淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年", RK + "review total asc"))
    a(R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Business applicants: which received the most new requests from companies — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", RK + "received commercial"))
    a(R("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "现行有效规范性文件，淮安2024、沭阳2025、洪泽2023谁最多", RK + "normative in force"))
    a(R("en", ["sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc", "Carried forward to the following year: Shuyang 2025, Shanghai General Office 2019, Jianxi 2020, Hongze 2023 — who has the most?", RK + "carried forward"))
    a(R("zh", ["sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼哪个最少：沭阳2025、上海市府办2019、涧西2020", RK + "litigation direct asc"))
    a(R("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "smallest fee income (万元): Huai'an 2024, Shuyang 2025 or Hongze 2023?", RK + "fees asc"))
    a(R("zh", ["ha", "sh19", "sy", "jx"], "r.granted.natural_person", "desc", "个人申请予以公开最多的是谁：淮安2024、上海市府办2019、沭阳2025、涧西2020", RK + "granted natural"))

    # ------------------------------------------------------------------ [followup]
    FU = "[followup] "
    a(F("zh", [("淮安市2024年政府信息公开申请里，商业企业新交的申请有多少件", E("ha", "r.received.commercial")),
               ("那个人的呢", E("ha", "r.received.natural_person")),
               ("律所那类呢", E("ha", "r.received.legal_services"))], FU + "switch column"))
    a(F("en", [("Huai'an 2024: how many info-disclosure reconsiderations (行政复议) ended upheld?", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
               ("and the court ones? filed straight to court, upheld", E("ha", "a.litigation_direct.upheld")),
               ("after review?", E("ha", "a.litigation_after_review.upheld"))], FU + "switch appeals group"))
    a(F("zh", [("沭阳县2025年不予公开里属于内部事务信息的有几件", E("sy", "r.withheld.internal_affairs.total")),
               ("过程性信息呢", E("sy", "r.withheld.process_info.total")),
               ("行政查询事项那项", E("sy", "r.withheld.admin_query.total"))], FU + "switch row"))
    a(F("en", [("Shanghai General Office 2019, new requests from individuals?", E("sh19", "r.received.natural_person")),
               ("2025?", E("sh25", "r.received.natural_person")),
               ("what about companies", E("sh25", "r.received.commercial"))], FU + "switch year then column"))
    a(F("zh", [("洪泽区2023年行政处罚决定数量是多少", E("hz23", "c.punishment.decisions")),
               ("24年呢", E("hz24", "c.punishment.decisions")),
               ("行政强制呢", E("hz24", "c.coercion.decisions"))], FU + "switch year then row"))
    a(F("en", [("Jianxi District 2020: requests not answered because the office didn't hold the info?", E("jx", "r.unable.not_held.total")),
               ("how many were granted in full", E("jx", "r.granted.total"))], FU + "switch row"))
    a(F("zh", [("上海市科委2024年新收申请一共几件", E("kw", "r.received.total", alt=(KW_REQ, 34))),
               ("其中企业的", E("kw", "r.received.commercial")),
               ("上年结转过来的呢", E("kw", "r.carried_over.total", alt=(KW_REQ, 2)))], FU + "switch column then row"))
    a(F("zh", [("淮安2024年结转到下一年继续办的有多少", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
               ("同一项沭阳2025年", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], FU + "switch body and year"))
    a(F("en", [("Shuyang County 2025 — admin reconsiderations still pending at year end?", E("sy", "a.review.pending")),
               ("and how many got corrected", E("sy", "a.review.corrected")),
               ("the lawsuits after reconsideration, total?", E("sy", "a.litigation_after_review.total"))], FU + "switch outcome then group"))
    a(F("zh", [("上海市府办2025年行政复议总共多少件", E("sh25", "a.review.total")),
               ("直接起诉的呢", E("sh25", "a.litigation_direct.total")),
               ("还没审结的直接诉讼", E("sh25", "a.litigation_direct.pending"))], FU + "switch group then outcome"))
    a(F("en", [("Hongze District 2023, applications partly disclosed (部分公开)?", E("hz23", "r.partially_granted.total")),
               ("not held by the office?", E("hz23", "r.unable.not_held.total")),
               ("2024?", E("hz24", "r.unable.not_held.total"))], FU + "switch row then year"))
    a(F("zh", [("淮安市2024年行政许可处理决定数", E("ha", "c.licensing.decisions")),
               ("洪泽区同年呢", E("hz24", "c.licensing.decisions")),
               ("市科委", E("kw", "c.licensing.decisions"))], FU + "switch body, same year"))
    a(F("en", [("How much did Shuyang collect in administrative fees in 2025 (行政事业性收费, 万元)?", E("sy", "c.fees.amount", **WAN)),
               ("Huai'an 2024?", E("ha", "c.fees.amount", **WAN))], FU + "switch body and year, money"))
    a(F("zh", [("沭阳25年不予处理里信访举报投诉类的", E("sy", "r.not_processed.petition.total")),
               ("重复申请的呢", E("sy", "r.not_processed.duplicate.total")),
               ("上海市府办同年的重复申请", E("sh25", "r.not_processed.duplicate.total"))], FU + "switch row then body"))
    a(F("en", [("STCSM 2024 — normative documents newly issued (本年制发)?", E("kw", "c.normative_docs.issued")),
               ("still in force?", E("kw", "c.normative_docs.in_force")),
               ("Hongze same year?", E("hz24", "c.normative_docs.in_force"))], FU + "switch column then body"))
    a(F("zh", [("上海市政府办公厅2019年因为没有现成信息要另行制作所以没给的，自然人有几件", E("sh19", "r.unable.needs_creation.natural_person")),
               ("企业呢", E("sh19", "r.unable.needs_creation.commercial"))], FU + "switch column"))
    a(F("en", [("How many requests did Huai'an city drop in 2024 because the applicant never supplied the corrections in time?", E("ha", "r.other.overdue_correction.total")),
               ("and for not paying the fee", E("ha", "r.other.overdue_fee.total")),
               ("the 'other' line under other handling", E("ha", "r.other.other.total"))], FU + "switch sub-row"))
    a(F("zh", [("涧西区2020年政府集中采购项目几个", E("jx", "c.procurement.projects")),
               ("金额呢", E("jx", "c.procurement.amount", **WAN))], FU + "switch column, money"))
    a(F("en", [("Shanghai General Office 2019 — requests carried forward into 2020?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
               ("same item 2025", E("sh25", "r.carried_forward.total"))], FU + "switch year"))
    a(F("zh", [("淮安市2024年行政复议结果纠正的几件", E("ha", "a.review.corrected", alt=(HA_APP, 64))),
               ("诉讼那边直接起诉的纠正", E("ha", "a.litigation_direct.corrected"))], FU + "switch group"))
    a(F("en", [("Shuyang 2025, new requests from natural persons, table figure please (本年新收, not counting carry-over)", E("sy", "r.received.natural_person")),
               ("and the total handled (办理结果总计)?", E("sy", "r.total_processed.total", alt=(SY_REQ, 718)))], FU + "switch row and column"))
    a(F("zh", [("洪泽2023年主动公开里行政规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
               ("那行政强制决定有几个", E("hz23", "c.coercion.decisions"))], FU + "switch row"))
    a(F("en", [("Huai'an 2024 applications withheld as state secrets?", E("ha", "r.withheld.state_secret.total")),
               ("Shuyang 2025 same row?", E("sy", "r.withheld.state_secret.total"))], FU + "switch body"))
    a(F("zh", [("上海市府办2019年新收申请中商业企业的", E("sh19", "r.received.commercial")),
               ("法律服务机构的呢", E("sh19", "r.received.legal_services")),
               ("2025年企业的", E("sh25", "r.received.commercial"))], FU + "switch column then year"))
    a(F("en", [("Jianxi district govt office 2020, how many requests were handled in total (办理结果总计)?", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
               ("how many of them were from individuals", E("jx", "r.total_processed.natural_person"))], FU + "switch column"))
    a(F("zh", [("我在公益组织工作，想看看淮安2024年“其他”法人组织新收了多少申请", E("ha", "r.received.other_org")),
               ("那法律服务机构的办理总计呢", E("ha", "r.total_processed.legal_services"))], FU + "switch column and row"))
    a(F("en", [("Hongze 2024 administrative reconsiderations involving info disclosure, how many?", E("hz24", "a.review.total")),
               ("and sued directly without review?", E("hz24", "a.litigation_direct.total")),
               ("how about ones after review", E("hz24", "a.litigation_after_review.total"))], FU + "switch group"))
    a(F("zh", [("沭阳县2025年予以公开的自然人申请多少件", E("sy", "r.granted.natural_person")),
               ("法律服务机构呢", E("sy", "r.granted.legal_services")),
               ("部分公开的法律服务机构", E("sy", "r.partially_granted.legal_services"))], FU + "switch column then row"))
    a(F("en", [("Shanghai General Office 2019: normative documents newly made (本年新制作)?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60))),
               ("regulations?", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13)))], FU + "switch row"))
    a(F("zh", [("市科委2024年行政处罚几件", E("kw", "c.punishment.decisions")),
               ("行政许可呢", E("kw", "c.licensing.decisions"))], FU + "switch row"))
    a(F("en", [("Shanghai General Office 2025 — requests set aside as petitions/complaints (信访举报投诉类)?", E("sh25", "r.not_processed.petition.total")),
               ("and 2019, individuals only", E("sh19", "r.not_processed.petition.natural_person"))], FU + "switch year and column"))
    a(F("zh", [("淮安2024不予公开里危及“三安全一稳定”的", E("ha", "r.withheld.security_stability.total")),
               ("沭阳2025呢", E("sy", "r.withheld.security_stability.total"))], FU + "switch body and year"))
    a(F("en", [("Huai'an 2024 total requests handled (办理结果总计)?", E("ha", "r.total_processed.total", alt=(HA_REQ, 3050))),
               ("how many of those came from individuals", E("ha", "r.total_processed.natural_person"))], FU + "switch column"))
    a(F("zh", [("洪泽区2024年予以公开的申请", E("hz24", "r.granted.total")),
               ("不掌握的呢", E("hz24", "r.unable.not_held.total"))], FU + "switch row, text rows"))
    a(F("en", [("Shuyang 2025 reconsideration upheld?", E("sy", "a.review.upheld")),
               ("and Huai'an in 2024", E("ha", "a.review.upheld", alt=(HA_APP, 72)))], FU + "switch body and year"))
    a(F("zh", [("上海市府办2025年结转下年度继续办理的", E("sh25", "r.carried_forward.total")),
               ("上年结转的", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
               ("其中法律服务机构", E("sh25", "r.carried_over.legal_services"))], FU + "forward vs over, then column"))
    a(F("en", [("Jianxi 2020 lawsuits filed directly, upheld?", E("jx", "a.litigation_direct.upheld")),
               ("Shanghai General Office 2019 same?", E("sh19", "a.litigation_direct.upheld"))], FU + "switch body and year"))
    a(F("zh", [("淮安市2024年因为申请内容不明确没法提供的有几件", E("ha", "r.unable.unclear.total")),
               ("要另行制作的", E("ha", "r.unable.needs_creation.total")),
               ("沭阳2025年同一项", E("sy", "r.unable.needs_creation.total"))], FU + "switch row then body"))

    # ------------------------------------------------------------------ [textonly] narrative
    TX = "[textonly] "
    a(N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会", TX + "press conferences"))
    a(N("en", "ha", "淮安市人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?", TX + "gazette issues"))
    a(N("zh", "ha", "政策解读21", 21, "个", "淮安2024年做了多少个政策解读", TX + "interpretations"))
    a(N("en", "ha", "政务新媒体共计 95", 95, "个", "huaian 2024 how many govt new media accounts are being run?", TX + "new-media accounts"))
    a(N("zh", "ha", "全年组织 4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目的全覆盖检查", TX + "checks"))
    a(N("en", "ha", "信息处理费 3940", 3940, "元", "Huai'an 2024 — info processing fees collected, in yuan?", TX + "fees in yuan"))
    a(N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息", TX + "portal items"))
    a(N("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024: how many items were posted on the government website?", TX + "portal items"))
    a(N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX + "executive meetings"))
    a(N("en", "hz24", "区政府办代表区政府受理", 17, "件", "Per the narrative of Hongze's 2024 report, how many requests did the district office accept on behalf of the district government?", TX + "text number (table differs)"))
    a(N("zh", "sy", "县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年门户网站主动公开了多少条", TX + "portal items"))
    a(N("en", "sy", "开展意见征集9", 9, "期", "Shuyang 2025 — how many rounds of public opinion solicitation?", TX + "consultations"))
    a(N("zh", "sy", "县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条信息", TX + "department items"))
    a(N("en", "sy", "策采相关新闻稿件", 2606, "篇", "how many news pieces did Shuyang's new media put together in 2025", TX + "news pieces"))
    a(N("zh", "sy", "爆款内容52", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款", TX + "viral posts"))
    a(N("en", "sy", "64家单位", 64, "家", "In Shuyang's 2025 report, how many units had their annual reports published together?", TX + "units"))
    a(N("zh", "sy", "清理过期信息697", 697, "条", "2025年沭阳清理了多少条过期信息", TX + "cleaned items"))
    a(N("en", "sy", "催办提示 84", 84, "次", "Shuyang 2025: how many reminder alerts did the countdown system send?", TX + "reminders"))
    a(N("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办理申请前主动沟通了几次", TX + "pre-contact"))
    a(N("en", "sy", "全县共办理相关案件 74", 74, "件", "Shuyang County 2025 — review and litigation cases the county handled overall, per the text?", TX + "cases county-wide"))
    a(N("zh", "kw", "通过部门网站当年发布政府信息 393", 393, "件", "上海市科委2024年通过部门网站发布了多少件政府信息", TX + "website items", frm="市科委通过部门网站"))
    a(N("en", "kw", "批量推送集成式发布政策 121", 121, "条", "STCSM 2024: policies pushed in batches through integrated release?", TX + "policies pushed"))
    a(N("zh", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "“上海科技”网站2024年一共发了多少条信息", TX + "site items"))
    a(N("en", "kw", "原创文章 294", 294, "篇", "Shanghai science commission WeChat account 2024 — original articles?", TX + "original articles"))
    a(N("zh", "kw", "直播 118", 118, "场", "上海科委2024年搞了多少场直播", TX + "live streams"))
    a(N("en", "kw", "主合办人大代表建议 50", 50, "件", "How many NPC deputies' suggestions did STCSM lead or co-handle in 2024?", TX + "suggestions", frm="重大行政决策事项"))
    a(N("zh", "sh25", "召开市政府新闻发布会 42", 42, "场", "上海市政府2025年开了多少场新闻发布会", TX + "press conferences"))
    a(N("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai 2025 — how many press briefings (新闻通气会)?", TX + "briefings"))
    a(N("zh", "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开了多少件人事任免文件", TX + "appointment documents"))
    a(N("en", "sh25", "含申请人主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their own requests?", TX + "withdrawn"))
    a(N("zh", "sh25", "已覆盖 10 个语种", 10, "个", "2025年上海国际服务门户覆盖几个语种", TX + "languages"))
    a(N("en", "sh25", "公开属性审查 166", 166, "件", "Shanghai General Office 2025 — disclosure-attribute reviews of documents completed?", TX + "attribute reviews"))
    a(N("zh", "sh19", "市政府其他文件162", 162, "件", "2019年上海市政府主动公开的其他文件有多少件", TX + "other documents", frm="2019年"))
    a(N("en", "sh19", "发布政策解读共132", 132, "件", "Shanghai 2019: policy interpretations posted on the China Shanghai portal?", TX + "interpretations"))
    a(N("zh", "sh19", "权威发布共计38", 38, "次", "上海市府办2019年对常务会议议题做了多少次权威发布", TX + "releases"))
    a(N("en", "sh19", "正常运行状态的70", 70, "家", "How many government websites did Shanghai check each quarter in 2019?", TX + "websites"))
    a(N("zh", "jx", "共21个领域601", 601, "项", "涧西区2020年梳理细化了多少项事项", TX + "items"))
    a(N("en", "jx", "四是深化重点领域信息公开", 26, "个", "Jianxi District 2020 — how many pilot areas got a dedicated column?", TX + "pilot areas"))

    # ------------------------------------------------------------------ [cannot] unanswerable
    CN = "[cannot] "
    a(U("zh", "淮安市2024年的信息公开申请按月份分别是多少件", "no monthly breakdown in the report", CN + "month"))
    a(U("en", "Huai'an 2024 info requests broken down by topic — how many were about land acquisition?", "no topic breakdown", CN + "topic"))
    a(U("zh", "沭阳县2025年各个乡镇分别收到多少信息公开申请", "no township breakdown", CN + "township"))
    a(U("en", "Shuyang 2025 — how many applicants were over 60 years old?", "no age breakdown", CN + "age"))
    a(U("zh", "我2025年3月给沭阳县自然资源局交的那份申请，结果是予以公开还是不予公开", "one person's own case", CN + "own case"))
    a(U("en", "My dad filed a request with the Huai'an government in 2024 about his pension. Was his one of the 'not held' ones?", "one person's own case", CN + "own case"))
    a(U("zh", "淮安市2024年那些不予公开的申请人叫什么名字、电话多少", "personal data", CN + "personal data"))
    a(U("en", "Give me the names of the people who sued the Shanghai General Office in 2025", "personal data", CN + "personal data"))
    a(U("zh", "南京市2024年政府信息公开申请收了多少件", "body not in corpus", CN + "body"))
    a(U("en", "How many new requests did Suqian city get in 2024?", "body not in corpus", CN + "body"))
    a(U("zh", "洪泽区2022年行政复议有几件", "year not in corpus", CN + "year"))
    a(U("en", "Shuyang County 2024 — new information requests received?", "year not in corpus", CN + "year"))
    a(U("zh", "上海市科委2023年予以公开多少件", "year not in corpus", CN + "year"))
    a(U("en", "Pudong New Area 2025 reconsideration cases?", "body not in corpus", CN + "body"))
    a(U("zh", "预计淮安市2026年会收到多少信息公开申请", "forecast", CN + "forecast"))
    a(U("en", "Will Shanghai General Office get more than 1500 requests in 2026?", "forecast", CN + "forecast"))
    a(U("zh", "为什么沭阳县2025年信访类不予处理的有那么多", "reasons behind a count not stated", CN + "reason"))
    a(U("en", "Why did Hongze's 2024 not-held replies go up compared with 2023?", "reasons not stated", CN + "reason"))
    a(U("zh", "你觉得淮安市2024年政务公开做得好不好", "opinion", CN + "opinion"))
    a(U("en", "Is the Shanghai science commission's 2024 disclosure work better than Huai'an's in 2024? your view", "opinion", CN + "opinion"))
    a(U("zh", "上海市府办2025年的申请里男的女的各多少", "no sex breakdown", CN + "sex"))
    a(U("en", "Shanghai General Office 2019: how many requests came in online versus by post?", "no channel breakdown", CN + "channel"))
    a(U("zh", "淮安市2024年各县区分别有多少行政复议", "no district breakdown", CN + "district"))
    a(U("en", "Huai'an 2024, which municipal department got the most info requests?", "no department breakdown", CN + "department"))
    a(U("zh", "沭阳县2025年答复一件申请平均要多少天", "response time not stated", CN + "response time"))
    a(U("en", "How many staff work on information disclosure at the Huai'an government in 2024?", "staff not stated", CN + "staff"))
    a(U("zh", "涧西区2021年信息公开申请有多少", "year not in corpus", CN + "year"))
    a(U("en", "Qingjiangpu District 2024 — partially granted requests?", "body not in corpus", CN + "body"))
    a(U("zh", "上海市府办2022年行政诉讼几件", "year not in corpus", CN + "year"))
    a(U("en", "Shuyang 2025 not-held replies — how many were in the first quarter?", "no quarterly breakdown", CN + "quarter"))
    a(U("zh", "洪泽区2024年予以公开的50件里面，涉及拆迁征收的占几件", "no topic breakdown", CN + "topic"))
    a(U("en", "Of Huai'an's 2024 reconsideration cases, how many were filed by lawyers on behalf of clients?", "no such breakdown", CN + "breakdown"))
    a(U("zh", "邻居说他2024年向淮安市政府申请过拆迁补偿文件被拒了，他那件是按哪一条拒的", "someone's own case", CN + "own case"))
    a(U("en", "What did Shanghai's science commission spend on info-disclosure work in 2024, in yuan?", "cost not stated", CN + "cost"))
    a(U("zh", "沭阳县2025年行政诉讼里原告是企业的有几起", "no plaintiff breakdown", CN + "breakdown"))
    a(U("en", "Hongze 2023 applicants from outside Jiangsu — how many?", "no residence breakdown", CN + "residence"))
    a(U("zh", "上海市政府办公厅2025年被撤回的申请都是因为什么撤回的", "reasons not stated", CN + "reason"))
    a(U("en", "Based on Shuyang's 2025 report, what share of its requests will be granted in 2026?", "forecast", CN + "forecast"))

    # ------------------------------------------------------------------ [neighbour] trap
    NB = "[neighbour] "
    a(T("zh", "ha", "a.litigation_direct.total", "淮安市2024年未经复议直接起诉的信息公开诉讼有几件？只要直接起诉的", NB + "direct only 26, not all litigation 46"))
    a(T("en", "sh25", "r.granted.total", "Shanghai General Office 2025: requests granted in full (予以公开) only — not counting partial disclosure", NB + "206 not text's 208 (incl. partial)"))
    a(T("zh", "sy", "r.carried_over.total", "沭阳县2025年是从上一年转进来的申请有多少（不是转到下一年的）", NB + "carried over 36 vs forward 31"))
    a(T("en", "ha", "c.normative_docs.repealed", "Huai'an 2024: normative documents scrapped during the year — not the ones issued, not the ones in force", NB + "repealed 26 vs issued 8 / in force 66"))
    a(T("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年无法提供里面，是因为要另外制作信息的那种，几件", NB + "needs creation 2 vs not held 111"))
    a(T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 lawsuits filed only after a reconsideration decision (复议后起诉) — how many?", NB + "after review 20 vs direct 26"))
    a(T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购了几个项目（问的是项目个数不是金额）", NB + "projects vs amount"))
    a(T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, normative documents — total ever published (对外公开总数量), not just the new ones", NB + "total published vs made 60"))
    a(T("zh", "ha", "r.received.legal_services", "淮安2024年法律服务机构新交的申请（不是商业企业）", NB + "legal services 61 vs commercial 53"))
    a(T("en", "sy", "r.partially_granted.total", "Shuyang 2025 partial disclosures (部分公开) — the partial row, not 予以公开", NB + "partial 101 vs granted 294"))
    a(T("zh", "kw", "r.received.natural_person", "上海市科委2024年本年新收申请里自然人那一栏，不是总计", NB + "natural person 32 vs total 34"))
    a(T("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: withheld because it was process information (过程性信息) — not internal affairs", NB + "process info 12 vs internal affairs 8"))
    a(T("zh", "ha", "a.review.other", "淮安市2024年行政复议里“其他结果”的有几件，不是纠正的", NB + "other 178 vs corrected 64; text agrees", alt=(HA_APP, 178)))
    return c
