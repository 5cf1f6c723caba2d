"""Question bank of blind set 103 (evals/blind103): every wording newly written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers103 computes them from gold/*.json or from
the printed rows named in SPECS (the same cells blind6 verified, read from its text_cells.json
spec list). Narrative numbers are checked by helpers103.EN against a sentence cut from the text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib103 as L  # noqa: E402
from helpers103 import C, D, E, F, N, R, S, T, U, V  # noqa: E402

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

M = {"unit": "万元"}
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_FWD = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_UPH = ("结果维持 72", 72)
HA_OTH = ("结果维持 72", 178)
HA_COR = ("结果维持 72", 64)
HA_PEND = ("结果维持 72", 37)
HA_REV = ("结果维持 72", 351)
SH19_REV = ("信息公开类行政复议7件", 7)
SH19_DIR = ("信息公开类行政复议7件", 9)
SH19_REG = ("主动公开规章13件", 13)
SH19_ND = ("主动公开规章13件", 60)
JX_DONE = ("全年共收到依申请公开17件", 15)
JX_FWD = ("全年共收到依申请公开17件", 2)
KW_ND = ("发布政府信息 393", 13)
HZ23_RECV = ("全区受理政府信息公开申请", 21)
SH19_RECV = ("代表市政府共受理", 859)
SH19_DONE = ("代表市政府共受理", 805)
JX_RECV = ("全年共收到依申请公开", 17)
KW_RECV = ("全年收到政府信息公开申请 34", 34)
KW_OVER = ("全年收到政府信息公开申请 34", 2)
SH25_RECV = ("市政府共受理政府信息公开申请", 1295)
SH25_OVER = ("市政府共受理政府信息公开申请", 189)


def PLAIN():
    p = "[plain] "
    return [
        # ---- zh
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", p + "received, text agrees", alt=HA_RECV),
        V("zh", "ha", "r.granted.total", "淮安24年依申请直接给公开了的有几件", p + "granted"),
        V("zh", "ha", "r.partially_granted.total", "我在写论文，想确认一下淮安市人民政府2024年度报告里“部分公开”那一格是多少？", p + "partially granted"),
        V("zh", "ha", "r.unable.not_held.total", "淮安市2024年有多少申请 政府说自己手里根本没这个信息", p + "not held"),
        V("zh", "ha", "r.withheld.admin_query.total", "2024年淮安市 不予公开里面 属于行政查询事项的 多少件", p + "admin query"),
        V("zh", "ha", "r.not_processed.petition.total", "淮安2024年有几件申请被认定是信访举报投诉类 没有按信息公开处理", p + "petition"),
        V("zh", "ha", "r.other.overdue_correction.total", "二〇二四年淮安市政府那份年报，申请人逾期不补正、被视为放弃申请的是多少件？", p + "overdue correction"),
        V("zh", "ha", "a.review.corrected", "淮安市人民政府2024年信息公开行政复议里 结果被纠正的有几件啊", p + "review corrected, text agrees", alt=HA_COR),
        V("zh", "ha", "a.litigation_direct.total", "请问淮安市2024年未经复议直接向法院起诉的信息公开行政诉讼一共多少件？", p + "direct litigation total"),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废止了多少件行政规范性文件", p + "repealed"),
        V("zh", "ha", "c.licensing.decisions", "您好，这边是12345热线，来电人想知道淮安市2024年行政许可处理决定的数量，麻烦查一下", p + "licensing"),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元", p + "fees amount", **M),
        V("zh", "ha", "r.received.legal_services", "2024年淮安市收到的申请里，律师事务所这类法律服务机构申请了几件？", p + "received legal services column"),
        V("zh", "ha", "r.unable.needs_creation.total", "淮安24年 要求政府另外做一份新信息的 被答复无法提供 几件", p + "needs creation"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安市人民政府2024 因为法律行政法规禁止公开而不给的 是多少", p + "prohibited by law"),
        V("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请有多少件？不算上年结转的", p + "received new only (text 749 incl. carried over)"),
        V("zh", "sy", "r.granted.total", "沭阳2025年予以公开几件", p + "granted"),
        V("zh", "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，回复说他们不掌握这个信息。想问下2025年全县像这样“本机关不掌握”的一共多少件？", p + "not held, story"),
        V("zh", "sy", "r.carried_forward.total", "沭阳县人民政府2025年结转到下一年度继续办理的申请数", p + "carried forward, text agrees", alt=("共办理 718 件", 31)),
        V("zh", "sy", "r.withheld.internal_affairs.total", "2025年沭阳县 以内部事务信息为由不公开的有几件", p + "internal affairs"),
        V("zh", "sy", "r.other.other.total", "沭阳县2025年 依申请公开结果里“其他”那一小项是多少", p + "other.other"),
        V("zh", "sy", "a.review.upheld", "沭阳2025年政府信息公开行政复议 维持原决定的多少件", p + "review upheld"),
        V("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 复议以后又去法院起诉的案子总共几件", p + "litigation after review"),
        V("zh", "sy", "c.normative_docs.in_force", "沭阳县政府2025年底现行有效的行政规范性文件有多少件", p + "in force"),
        V("zh", "sy", "c.punishment.decisions", "沭阳县2025年行政处罚决定数量是多少", p + "punishment"),
        V("zh", "sy", "r.received.legal_person", "2025年沭阳县 法人或者其他组织提交的信息公开申请（新收）是几件", p + "legal_person derived, text agrees", alt=("其中自然人申请 741 件", 8)),
        V("zh", "sy", "r.not_processed.duplicate.total", "沭阳县25年重复申请被不予处理的有几件", p + "duplicate"),
        V("zh", "hz23", "r.received.total", "洪泽区2023年收到几件信息公开申请", p + "received, text agrees", alt=HZ23_RECV),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽2023年 无法提供 本机关不掌握 这一行是多少", p + "not held"),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区人民政府2023年的行政处罚决定有多少件", p + "punishment"),
        V("zh", "hz23", "r.partially_granted.total", "你好 洪泽区2023年部分公开的申请几件", p + "partially granted"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费一共收了多少万元", p + "fees", **M),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年年报里行政许可那一行数字是多少", p + "text cell licensing"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽24年 本机关不掌握相关政府信息的 有几件", p + "text cell not held"),
        V("zh", "hz24", "c.normative_docs.issued", "洪泽区政府2024年新制发行政规范性文件几件", p + "text cell issued"),
        V("zh", "sh19", "r.received.total", "上海市府办2019年受理了多少件政府信息公开申请", p + "received, text agrees", alt=SH19_RECV),
        V("zh", "sh19", "r.received.commercial", "2019年上海市政府办公厅收到的申请中 商业企业提的有多少", p + "received commercial"),
        V("zh", "sh19", "c.regulations.total_published", "上海市人民政府办公厅2019年报告里 规章“对外公开总数量”是多少件", p + "regulations total published"),
        V("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办 自然人要求另行制作信息被答复无法提供的 几件", p + "needs creation natural person"),
        V("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 个人申请里因为内容不明确没法提供的有几件？", p + "unclear natural person"),
        V("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有几件", p + "granted"),
        V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量是多少", p + "procurement projects"),
        V("zh", "kw", "r.received.natural_person", "上海市科委2024年 个人（自然人）提的新申请几件", p + "text cell natural person"),
        V("zh", "kw", "c.normative_docs.in_force", "市科委2024年 现行有效规范性文件多少件", p + "text cell in force"),
        V("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年因为本机关不掌握而无法提供的申请是多少件", p + "text cell not held"),
        V("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅 信访举报投诉类申请不予处理 几件", p + "text cell petition"),
        # ---- en
        V("en", "ha", "r.total_processed.total", "How many information disclosure requests did Huai'an city government finish handling in 2024 (办理结果总计)?", p + "total processed, text agrees", alt=HA_DONE),
        V("en", "ha", "r.carried_over.total", "huaian 2024 how many requests were carried over from the year before", p + "carried over, text agrees", alt=HA_OVER),
        V("en", "ha", "r.withheld.third_party.total", "In 2024, how many Huai'an requests were refused because disclosure could hurt a third party's legitimate rights?", p + "third party"),
        V("en", "ha", "r.unable.unclear.total", "Huai'an 2024: number of requests where the info asked for was too unclear to provide?", p + "unclear"),
        V("en", "ha", "a.review.pending", "For Huai'an in 2024, how many administrative reconsideration cases about disclosure were still not concluded at year end?", p + "review pending, text agrees", alt=HA_PEND),
        V("en", "ha", "a.litigation_after_review.upheld", "Huaian FY2024 - lawsuits filed after reconsideration, how many ended with the decision upheld?", p + "after review upheld"),
        V("en", "ha", "c.punishment.decisions", "I'm a journalist. What was the number of administrative penalty decisions Huai'an reported for 2024?", p + "punishment"),
        V("en", "ha", "c.regulations.in_force", "how many municipal government rules (规章) of Huai'an were in force at end of 2024", p + "regulations in force"),
        V("en", "ha", "c.coercion.decisions", "Huai'an 2024 administrative coercion (行政强制) decisions count?", p + "coercion"),
        V("en", "ha", "r.received.natural_person", "Of the new requests Huai'an got in 2024, how many came from private individuals?", p + "received natural person"),
        V("en", "ha", "r.other.overdue_fee.total", "Huai'an in 2024: how many requests were closed because the applicant didn't pay the processing fee on time?", p + "overdue fee"),
        V("en", "ha", "r.not_processed.duplicate.total", "huai an 2024 repeated requests not processed how many", p + "duplicate"),
        V("en", "sy", "r.partially_granted.total", "Shuyang County 2025, how many requests got partial disclosure?", p + "partially granted"),
        V("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025 - requests turned down as being administrative inquiries rather than info requests: how many?", p + "admin query"),
        V("en", "sy", "a.review.total", "How many administrative reconsiderations concerning information disclosure did Shuyang County Government have in 2025?", p + "review total"),
        V("en", "sy", "c.licensing.decisions", "What was Shuyang's number of administrative licensing decisions in 2025?", p + "licensing"),
        V("en", "sy", "r.total_processed.total", "Shuyang county in 2025, total requests handled (办理结果总计) please", p + "total processed, text agrees", alt=("共办理 718 件", 718)),
        V("en", "sy", "c.normative_docs.issued", "sorry my english not good. Shuyang 2025 new normative document made how many", p + "issued"),
        V("en", "sy", "r.other.overdue_correction.total", "In Shuyang's 2025 report, how many applicants failed to supplement their request in time?", p + "overdue correction"),
        V("en", "sy", "a.review.pending", "Shuyang 2025: disclosure reconsideration cases not yet closed?", p + "review pending"),
        V("en", "sy", "r.carried_over.total", "For Shuyang County in 2025, how many requests were brought forward from the previous year's backlog?", p + "carried over"),
        V("en", "sy", "c.fees.amount", "Shuyang County 2025 administrative fees collected, in 10k yuan?", p + "fees", **M),
        V("en", "hz23", "c.licensing.decisions", "Hongze District 2023, administrative licensing decisions - what number?", p + "licensing"),
        V("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests where the district would have had to create new information, so it could not provide it?", p + "needs creation"),
        V("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?", p + "repealed"),
        V("en", "hz23", "c.coercion.decisions", "Hongze district government 2023 coercion decisions?", p + "coercion"),
        V("en", "hz24", "r.granted.total", "Hongze District, 2024: how many requests were fully granted (予以公开)?", p + "text cell granted"),
        V("en", "hz24", "c.punishment.decisions", "What's the administrative penalty figure in Hongze's 2024 annual report?", p + "text cell punishment"),
        V("en", "hz24", "c.fees.amount", "hongze 2024 fees collected (行政事业性收费) in wan yuan", p + "text cell fees", **M),
        V("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019 - how many normative documents were newly made?", p + "normative made, text agrees", alt=SH19_ND),
        V("en", "sh19", "r.carried_forward.total", "How many of the Shanghai General Office's 2019 requests rolled into 2020 to be finished?", p + "carried forward, text agrees", alt=SH19_DONE[:1] + (72,)),
        V("en", "sh19", "c.procurement.amount", "Shanghai municipal govt general office 2019 government procurement amount (万元)?", p + "procurement amount", **M),
        V("en", "sh19", "r.unable.not_held.commercial", "In 2019, how many requests from companies did the Shanghai General Office answer with 'we don't hold this info'?", p + "not held commercial"),
        V("en", "sh19", "r.received.legal_services", "Shanghai General Office 2019: requests filed by law firms / legal service agencies?", p + "received legal services"),
        V("en", "jx", "r.total_processed.total", "Jianxi District office 2020 — total requests processed?", p + "total processed, text agrees", alt=JX_DONE),
        V("en", "jx", "c.procurement.amount", "Jianxi District 2020: how much was spent on government procurement, in 10,000 yuan?", p + "procurement amount", **M),
        V("en", "jx", "a.litigation_after_review.total", "Jianxi 2020, any lawsuits after reconsideration? how many", p + "after review"),
        V("en", "kw", "r.granted.total", "STCSM 2024: number of requests where info was disclosed in full?", p + "text cell granted, text agrees", alt=("同意公开答复 9", 9)),
        V("en", "kw", "c.licensing.decisions", "Shanghai science commission 2024 administrative licensing decisions count?", p + "text cell licensing"),
        V("en", "sh25", "r.received.commercial", "Shanghai General Office 2025: how many new requests came from businesses (商业企业)?", p + "text cell received commercial"),
        V("en", "sh25", "a.review.total", "Shanghai General Office in 2025, total administrative reconsiderations on disclosure?", p + "text cell review total"),
        V("en", "sh25", "r.unable.needs_creation.total", "For 2025 the Shanghai municipal general office - requests that would need new info made up, number?", p + "text cell needs creation"),
        V("en", "ha", "r.carried_forward.natural_person", "Huai'an 2024 - requests by individuals still open and moved on to the next year, how many?", p + "carried forward natural person, text agrees", alt=HA_FWD),
        V("en", "sy", "a.litigation_direct.upheld", "Shuyang County (2025) lawsuits brought straight to court without reconsideration - how many did the government win, i.e. upheld?", p + "direct upheld"),
        V("en", "sh25", "r.carried_over.natural_person", "Shanghai General Office 2025, individuals' requests left over from 2024 and carried in?", p + "text cell carried over natural person"),
    ]


def COMBINE():
    p = "[combine] "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开加上部分公开 合起来一共多少件", p + "granted + partial"),
        S("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"], "淮安2024年信息公开行政复议已经审结的（维持+纠正+其他结果）加一起是多少？", p + "review concluded"),
        S("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年跟信息公开有关的行政诉讼，直接起诉和复议后起诉加起来几件", p + "all lawsuits"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳2025年 不予公开里 三安全一稳定、第三方权益、内部事务、过程性信息、行政执法案卷 这五项加总多少", p + "five withheld rows"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 无法提供的（不掌握+需另行制作）共几件", p + "unable two rows"),
        S("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办2019年 自然人和商业企业新收申请合计", p + "two columns"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年 复议、直接诉讼、复议后诉讼 三个总计加起来", p + "appeals three totals"),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "学生作业：淮安市2024年表三“不予公开”下面8个小项全部加起来是多少？", p + "eight withheld rows"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Huai'an 2024: petitions plus duplicate requests that were not processed, combined?", p + "two not-processed rows"),
        S("en", "ha", ["c.normative_docs.issued", "c.regulations.issued"], "How many rules and normative documents together did Huai'an newly issue in 2024?", p + "issued two rows"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 - granted in full + granted in part, total?", p + "granted + partial"),
        S("en", "sy", ["a.review.corrected", "a.litigation_after_review.upheld"], "For Shuyang County 2025, add reconsiderations that were corrected and post-reconsideration suits that were upheld.", p + "two appeal cells"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019 reconsiderations plus direct lawsuits = ?", p + "review + direct suits"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2023: licensing, penalty and coercion decisions summed", p + "three active rows"),
        S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020 requests granted plus those where the office didn't hold the info?", p + "two rows"),
        S("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze 2024: total disclosure appeal cases (reconsideration + both kinds of lawsuits)?", p + "text cells three totals"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定 2024年比2023年多了还是少了 差多少", p + "difference punishment"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽现行有效规范性文件，2023年到2024年增加了几件", p + "difference in force"),
        D("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费 2024年减2023年 差额多少万元", p + "difference fees", **M),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请数 2025年跟2019年比 增加多少件", p + "difference received"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办直接起诉的行政诉讼 2019年和2025年相比变化了多少", p + "difference direct suits"),
        D("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze's licensing decisions change from 2023 to 2024?", p + "difference licensing"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze 'not held' answers: 2024 minus 2023?", p + "difference not held"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Change in Hongze District coercion decisions between 2023 and 2024?", p + "difference coercion"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2025 vs 2019 - what is the difference?", p + "difference carried forward"),
        D("en", "sh19", "sh25", "a.review.total", "How much did reconsiderations on disclosure at the Shanghai General Office grow from 2019 to 2025?", p + "difference review"),
    ]


def RANK():
    p = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，谁新收申请最多", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["ha", "sy", "hz23"], "a.review.total", "asc", "比较一下信息公开行政复议数：淮安2024、沭阳2025、洪泽2023，哪个最少？", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "沭阳县2025年、上海市政府办公厅2019年、涧西区2020年 结转下年度最多的是哪家", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "行政处罚决定数 淮安市2024 洪泽区2023 沭阳县2025 谁最少", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "asc", "淮安2024、沭阳2025、上海市府办2019、涧西区2020这四份年报，办理总数最少的是？", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["ha", "sy", "hz23"], "r.unable.not_held.total", "desc", "“本机关不掌握”这项 淮安市2024年 沭阳县2025年 洪泽区2023年 哪个最高", p + "ranking over gold bodies, each in its gold year"),
        R("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "直接提起行政诉讼的数量，淮安2024、沭阳2025、上海市府办2019 排第一的是谁", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["sy", "sh19", "jx"], "r.received.total", "asc", "Among Shuyang (2025), Shanghai General Office (2019) and Jianxi District (2020), who received the fewest new requests?", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Most requests carried over from the prior year - Huai'an 2024, Shuyang 2025, or the Shanghai General Office 2019?", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Lowest administrative fees collected: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023?", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["ha", "sy", "jx", "sh19"], "a.review.total", "desc", "Rank by disclosure reconsiderations and tell me the top one: Huai'an 2024, Shuyang 2025, Jianxi 2020, Shanghai General Office 2019.", p + "ranking over gold bodies, each in its gold year"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "Fewest normative documents in force - Huai'an (2024), Shuyang (2025), Hongze (2023)?", p + "ranking over gold bodies, each in its gold year"),
    ]


def TRAPS():
    p = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市2024年 转到下一年度接着办的申请有几件（不是上年结转来的）", p + "结转下年 vs 上年结转", alt=HA_FWD),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 先复议、复议完再起诉的行政诉讼 总计几件", p + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安2024年规范性文件 废止的（不是新制发的）多少件", p + "废止 vs 制发"),
        T("zh", "sh19", "r.unable.needs_creation.commercial", "上海市府办2019年 商业企业申请中需要另行制作的（不是不掌握的）是几件", p + "另行制作 vs 不掌握"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年 因为属于过程性信息不公开的有几件，别看成内部事务那行", p + "过程性 vs 内部事务"),
        T("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购 是项目数量 不是金额 多少个", p + "采购项目数 vs 金额"),
        T("zh", "ha", "a.review.other", "淮安市2024年行政复议 “其他结果”那一列 不是纠正", p + "其他结果 vs 纠正", alt=HA_OTH),
        T("en", "ha", "r.received.legal_services", "Huai'an 2024, requests from legal service agencies (not commercial companies) - how many?", p + "法律服务机构 vs 商业企业"),
        T("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: the total number of rules publicly available, not just newly made ones?", p + "对外公开总数 vs 新制作"),
        T("en", "sy", "r.partially_granted.total", "Shuyang 2025 — partially disclosed only, not fully disclosed: how many?", p + "部分公开 vs 予以公开"),
        T("en", "ha", "c.regulations.in_force", "Huai'an 2024: municipal rules currently valid - not the newly issued ones.", p + "现行有效 vs 制发"),
        T("en", "sy", "r.carried_over.total", "Shuyang 2025 requests carried over INTO 2025 from 2024 (not the ones pushed to 2026)?", p + "上年结转 vs 结转下年"),
        T("en", "ha", "a.litigation_direct.corrected", "Huai'an 2024 direct lawsuits (no reconsideration first) where the result was corrected?", p + "直接起诉 vs 复议后起诉"),
    ]


def NARR():
    p = "[textonly] "
    return [
        N("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年年报里说设置了多少个试点领域的公开专栏", p + "pilot areas"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体有多少个", p + "new media accounts"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？", p + "checks"),
        N("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费 单位元", p + "fee in yuan"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条政府信息", p + "portal items"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽24年政府网站主动发布信息多少条", p + "portal items"),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站2025年全年主动公开了几条信息", p + "portal items"),
        N("zh", "sy", "页面发布信息3044", 3044, "条", "沭阳2025年县直部门在信息公开页面发布的信息有多少条", p + "department items"),
        N("zh", "sy", "策采相关新闻稿件2606", 2606, "篇", "2025年沭阳政务新媒体策采了多少篇新闻稿件？", p + "news pieces"),
        N("zh", "sy", "催办提示 84", 84, "次", "沭阳县那个“倒计时报警器”2025年一共发了多少次催办提示", p + "reminders"),
        N("zh", "sy", "清理过期信息697", 697, "条", "沭阳县2025年清理过期信息清理了多少条", p + "expired items"),
        N("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办理申请前主动跟申请人沟通了几次", p + "consultations"),
        N("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中公开年度报告的单位有多少家", p + "units"),
        N("zh", "kw", "原创文章 294", 294, "篇", "上海科技公众号2024年原创文章多少篇（上海市科委年报）", p + "original articles"),
        N("zh", "kw", "短视频 584", 584, "条", "市科委2024年 上海科技视频号发了多少条短视频", p + "short videos"),
        N("zh", "kw", "批量推送集成式发布政策 121", 121, "条", "上海市科委2024年批量推送集成式发布的政策有几条", p + "policies pushed"),
        N("zh", "sh25", "新闻发布会 42", 42, "场", "2025年上海市政府开了多少场新闻发布会（市府办年报）", p + "press conferences"),
        N("zh", "sh25", "公开属性审查 166", 166, "件", "上海市府办2025年做了多少件公文公开属性审查", p + "attribute reviews"),
        N("zh", "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次", p + "releases"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海2019年市府办年报里每季度检查的政府网站有多少家", p + "websites checked"),
        N("en", "jx", "办结率88.2%", 88.2, "%", "What completion rate for requests did Jianxi District report for 2020?", p + "completion rate"),
        N("en", "hz24", "公开政府常务会议 7期", 7, "期", "Hongze 2024: how many executive meetings of the district government were made public?", p + "meetings"),
        N("en", "sy", "开设《项目进行时》", 33, "个", "Shuyang's new-media matrix in 2025 opened how many special columns?", p + "columns"),
        N("en", "sy", "解读类信息 21", 21, "条", "How many policy-interpretation items did Shuyang County publish in 2025?", p + "interpretations"),
        N("en", "sy", "化解各类争议纠纷 33", 33, "件", "Shuyang 2025: disputes successfully resolved through pre-handling communication?", p + "disputes"),
        N("en", "sy", "整改不规范描述22处", 22, "处", "Shuyang 2025 website inspections: how many non-standard wordings were corrected?", p + "corrections"),
        N("en", "sy", "3份清单", 3, "份", "Shuyang 2025 updated how many standard disclosure catalogues (清单)?", p + "catalogues"),
        N("en", "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account have per the science commission's 2024 report?", p + "followers"),
        N("en", "kw", "全年累计发布信息 2139", 2139, "条", "STCSM 2024: total items published on the Shanghai Keji website during the year?", p + "website items"),
        N("en", "kw", "惠企政策 83", 83, "条", "Shanghai science commission in 2024 routinely reported how many business-support policies?", p + "business policies"),
        N("en", "kw", "编发文章 1640", 1640, "篇", "how many articles did the STCSM wechat account put out in 2024", p + "articles"),
        N("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai 2025 general office report: number of press briefings (新闻通气会)?", p + "briefings"),
        N("en", "sh25", "人事任免文件 196", 196, "件", "How many personnel appointment documents did the Shanghai General Office proactively publish in 2025?", p + "appointment documents"),
        N("en", "sh25", "16 个区全部上线数字公报", 16, "个", "In the Shanghai General Office's 2025 report, how many districts put their gazette online digitally?", p + "districts"),
        N("en", "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025 — release reviews of documents, count?", p + "release reviews"),
        N("en", "sh19", "接入53个部门", 53, "个", "In 2019, how many departments were connected to Shanghai's unified 'one-network' intake platform, per the general office report?", p + "departments"),
        N("en", "sh19", "全年共编发公报24期", 24, "期", "Shanghai General Office 2019: how many issues of the municipal gazette were published?", p + "gazette issues"),
        N("en", "sh19", "主动公开率达90.2%", 90.2, "%", "What proactive disclosure rate for municipal documents did the Shanghai General Office cite for 2019?", p + "disclosure rate"),
        N("en", "hz24", "区政府办代表区政府受理", 17, "件", "Hongze 2024 narrative: how many requests did the district office accept on behalf of the district government?", p + "text-only 17 (table 95 differs)"),
    ]


def FOLLOW():
    p = "[followup] "
    return [
        F("zh", [("洪泽区2023年行政许可决定多少件", E("hz23", "c.licensing.decisions")),
                 ("那2024年的呢", E("hz24", "c.licensing.decisions"))], p + "switch year"),
        F("zh", [("淮安市2024年予以公开几件", E("ha", "r.granted.total")),
                 ("部分公开呢", E("ha", "r.partially_granted.total")),
                 ("不掌握的呢", E("ha", "r.unable.not_held.total"))], p + "switch row twice"),
        F("zh", [("沭阳县2025年行政复议总共多少", E("sy", "a.review.total")),
                 ("其中被纠正的？", E("sy", "a.review.corrected"))], p + "switch column"),
        F("zh", [("上海市府办2019年新收申请多少件", E("sh19", "r.received.total", alt=SH19_RECV)),
                 ("2025年的", E("sh25", "r.received.total", alt=SH25_RECV))], p + "switch year, text agrees both"),
        F("zh", [("涧西区政府办2020年 直接起诉的行政诉讼几件", E("jx", "a.litigation_direct.total")),
                 ("复议的呢", E("jx", "a.review.total"))], p + "switch appeals group"),
        F("zh", [("淮安2024年行政处罚决定数", E("ha", "c.punishment.decisions")),
                 ("沭阳县2025年同一项呢", E("sy", "c.punishment.decisions"))], p + "switch body"),
        F("zh", [("洪泽区2023年不掌握相关信息的申请几件", E("hz23", "r.unable.not_held.total")),
                 ("换成24年", E("hz24", "r.unable.not_held.total"))], p + "switch year"),
        F("zh", [("上海市科委2024年新收申请几件", E("kw", "r.received.total", alt=KW_RECV)),
                 ("上年结转过来的呢", E("kw", "r.carried_over.total", alt=KW_OVER))], p + "switch row"),
        F("zh", [("沭阳2025年 本机关不掌握 多少", E("sy", "r.unable.not_held.total")),
                 ("需要另行制作的呢", E("sy", "r.unable.needs_creation.total")),
                 ("淮安市2024年这一项呢", E("ha", "r.unable.needs_creation.total"))], p + "row then body"),
        F("zh", [("淮安市2024年复议后起诉 尚未审结几件", E("ha", "a.litigation_after_review.pending")),
                 ("直接起诉的尚未审结呢", E("ha", "a.litigation_direct.pending"))], p + "switch group"),
        F("zh", [("上海市政府办公厅2025年 行政复议总数", E("sh25", "a.review.total")),
                 ("2025年直接起诉的诉讼呢", E("sh25", "a.litigation_direct.total"))], p + "switch group, text cells"),
        F("zh", [("洪泽区政府2023年现行有效规范性文件几件", E("hz23", "c.normative_docs.in_force")),
                 ("2024年呢？", E("hz24", "c.normative_docs.in_force"))], p + "switch year"),
        F("zh", [("沭阳县2025年 商业企业新收申请几件", E("sy", "r.received.commercial")),
                 ("法律服务机构呢", E("sy", "r.received.legal_services")),
                 ("自然人呢", E("sy", "r.received.natural_person"))], p + "switch column twice"),
        F("zh", [("淮安2024年行政强制决定多少", E("ha", "c.coercion.decisions")),
                 ("洪泽区2023年的", E("hz23", "c.coercion.decisions"))], p + "switch body and year"),
        F("zh", [("上海市府办2019年结转下年度的申请几件", E("sh19", "r.carried_forward.total", alt=("代表市政府共受理", 72))),
                 ("上海市府办2025年呢", E("sh25", "r.carried_forward.total"))], p + "switch year"),
        F("zh", [("涧西区2020年新收申请几件", E("jx", "r.received.total", alt=JX_RECV)),
                 ("其中予以公开几件", E("jx", "r.granted.total"))], p + "switch row"),
        F("zh", [("沭阳县2025年行政规范性文件新制发几件", E("sy", "c.normative_docs.issued")),
                 ("废止的呢", E("sy", "c.normative_docs.repealed")),
                 ("现行有效的呢", E("sy", "c.normative_docs.in_force"))], p + "switch column twice"),
        F("zh", [("淮安2024年行政复议维持几件", E("ha", "a.review.upheld", alt=HA_UPH)),
                 ("沭阳县2025年呢", E("sy", "a.review.upheld"))], p + "switch body, first text agrees"),
        F("zh", [("洪泽区2024年新收申请总数", E("hz24", "r.received.total")),
                 ("予以公开的呢", E("hz24", "r.granted.total"))], p + "text cells switch row"),
        F("zh", [("上海市府办2019年行政复议总数多少", E("sh19", "a.review.total", alt=SH19_REV)),
                 ("直接起诉的行政诉讼呢", E("sh19", "a.litigation_direct.total", alt=SH19_DIR))], p + "switch group, text agrees both"),
        F("en", [("Huai'an 2024 fees collected in 10k yuan?", E("ha", "c.fees.amount", **M)),
                 ("and Hongze District in 2023?", E("hz23", "c.fees.amount", **M))], p + "switch body/year, money"),
        F("en", [("How many new requests did Shuyang County get in 2025 (table, new only)?", E("sy", "r.received.total")),
                 ("and of those new ones, how many came from individuals?", E("sy", "r.received.natural_person"))], p + "switch column"),
        F("en", [("Shanghai General Office 2019 reconsiderations total?", E("sh19", "a.review.total", alt=SH19_REV)),
                 ("what about 2025", E("sh25", "a.review.total"))], p + "switch year"),
        F("en", [("Jianxi District 2020 - requests carried forward to the next year?", E("jx", "r.carried_forward.total", alt=JX_FWD)),
                 ("and requests where the info wasn't held?", E("jx", "r.unable.not_held.total"))], p + "switch row"),
        F("en", [("Huai'an 2024, reconsiderations total?", E("ha", "a.review.total", alt=HA_REV)),
                 ("direct lawsuits?", E("ha", "a.litigation_direct.total")),
                 ("and after reconsideration?", E("ha", "a.litigation_after_review.total"))], p + "switch group twice"),
        F("en", [("Hongze 2023 penalty decisions", E("hz23", "c.punishment.decisions")),
                 ("2024?", E("hz24", "c.punishment.decisions"))], p + "switch year"),
        F("en", [("STCSM 2024: total requests processed?", E("kw", "r.total_processed.total")),
                 ("how many came from companies?", E("kw", "r.received.commercial"))], p + "text cells switch row"),
        F("en", [("Shuyang 2025, requests not processed because they were petitions/complaints?", E("sy", "r.not_processed.petition.total")),
                 ("Same thing for Huai'an in 2024?", E("ha", "r.not_processed.petition.total")),
                 ("And for the Shanghai General Office in 2025?", E("sh25", "r.not_processed.petition.total"))], p + "switch body twice"),
        F("en", [("Shanghai General Office 2019 new regulations made?", E("sh19", "c.regulations.made", alt=SH19_REG)),
                 ("and normative documents made?", E("sh19", "c.normative_docs.made", alt=SH19_ND))], p + "switch row, text agrees both"),
        F("en", [("What did Huai'an report for normative documents in force in 2024?", E("ha", "c.normative_docs.in_force")),
                 ("and Shuyang for 2025?", E("sy", "c.normative_docs.in_force"))], p + "switch body"),
        F("en", [("Hongze District 2024 direct lawsuits?", E("hz24", "a.litigation_direct.total")),
                 ("after reconsideration?", E("hz24", "a.litigation_after_review.total"))], p + "text cells switch group"),
        F("en", [("Shuyang 2025 requests refused as third-party rights (第三方合法权益)?", E("sy", "r.withheld.third_party.total")),
                 ("security and stability?", E("sy", "r.withheld.security_stability.total"))], p + "switch row"),
        F("en", [("Huai'an 2024, requests from businesses that got fully disclosed?", E("ha", "r.granted.commercial")),
                 ("from legal service agencies?", E("ha", "r.granted.legal_services"))], p + "switch column"),
        F("en", [("Shanghai science commission 2024 normative documents newly issued?", E("kw", "c.normative_docs.issued", alt=KW_ND)),
                 ("and how many administrative penalties did it decide?", E("kw", "c.punishment.decisions"))], p + "text cells switch row"),
        F("en", [("Shanghai General Office 2019 - individuals' new requests?", E("sh19", "r.received.natural_person")),
                 ("in 2025?", E("sh25", "r.received.natural_person"))], p + "switch year"),
        F("en", [("Hongze 2023 processing total (办理结果总计)?", E("hz23", "r.total_processed.total")),
                 ("2024 then", E("hz24", "r.total_processed.total"))], p + "switch year"),
        F("en", [("Huai'an FY2024 carried over from prior year?", E("ha", "r.carried_over.total", alt=HA_OVER)),
                 ("Shuyang FY2025?", E("sy", "r.carried_over.total"))], p + "switch body"),
        F("en", [("Shuyang County 2025 overdue-fee closures (逾期未缴纳信息处理费)?", E("sy", "r.other.overdue_fee.total")),
                 ("and Huai'an 2024?", E("ha", "r.other.overdue_fee.total"))], p + "switch body"),
        F("en", [("Jianxi 2020 normative documents made?", E("jx", "c.normative_docs.made")),
                 ("and procurement projects?", E("jx", "c.procurement.projects"))], p + "switch row"),
    ]


def CANNOT():
    p = "[cannot] "
    return [
        U("zh", "淮安市2024年申请信息公开的人里 男的女的各多少", "no sex breakdown", p + "sex"),
        U("zh", "沭阳县2025年信息公开申请 每个月分别收到多少件", "no monthly breakdown", p + "month"),
        U("zh", "洪泽区2023年的申请都是哪个乡镇的人提的 各多少", "no township breakdown", p + "township"),
        U("zh", "淮安2024年的信息公开申请里 征地拆迁方面的占多少件", "no topic breakdown", p + "topic"),
        U("zh", "上海市府办2025年的申请平均多少天答复", "no response times", p + "response time"),
        U("zh", "沭阳县政府2025年负责信息公开的工作人员有几个", "no staff number", p + "staff"),
        U("zh", "南京市2024年政府信息公开申请收了多少件", "body not in corpus", p + "body 南京"),
        U("zh", "洪泽区2022年予以公开了几件", "year not in corpus", p + "year 洪泽 2022"),
        U("zh", "沭阳县2024年年报里 行政复议多少件", "year not in corpus", p + "year 沭阳 2024"),
        U("zh", "预测一下淮安市2026年会收到多少信息公开申请", "forecast", p + "forecast"),
        U("zh", "你觉得上海市政府办公厅2019年信息公开做得好不好", "opinion", p + "opinion"),
        U("zh", "我叫王建国，2025年给沭阳县申请过宅基地审批材料，我的申请结果是什么", "one person's own case", p + "own case"),
        U("zh", "帮我查下2024年给淮安市政府提申请的那个张女士的电话号码", "personal data", p + "personal data"),
        U("zh", "宿迁市2025年依申请公开总数是多少", "body not in corpus", p + "body 宿迁"),
        U("zh", "涧西区2021年新收申请几件", "year not in corpus", p + "year 涧西 2021"),
        U("zh", "上海市科委2023年主动公开了多少条信息", "year not in corpus", p + "year 科委 2023"),
        U("zh", "淮安市2024年信息公开工作花了多少经费", "no costs stated", p + "cost"),
        U("zh", "沭阳2025年申请人里 企业分别是哪些行业的", "no industry breakdown", p + "industry"),
        U("zh", "清江浦区2024年信息公开年报里的行政复议数", "body not in corpus", p + "body 清江浦"),
        U("zh", "洪泽区2024年的申请为什么一下子多了那么多 原因是啥 具体数字呢", "cause not stated", p + "reason"),
        U("en", "How many of Huai'an's 2024 requesters were over 60 years old?", "no age breakdown", p + "age"),
        U("en", "Shuyang 2025: how many requests came in online vs by letter?", "no channel breakdown", p + "channel"),
        U("en", "Which Shanghai district sent the most requests to the General Office in 2025?", "no district breakdown", p + "district"),
        U("en", "Hongze 2023 - requests in the second quarter only?", "no quarter breakdown", p + "quarter"),
        U("en", "How many requests did Pudong New Area receive in 2024?", "body not in corpus", p + "body 浦东"),
        U("en", "Shanghai General Office 2022 disclosure requests total?", "year not in corpus", p + "year 上海市府办 2022"),
        U("en", "What will the Shanghai science commission's request count be in 2027?", "forecast", p + "forecast"),
        U("en", "Is Shuyang County's 2025 disclosure performance better than Huai'an's 2024? your opinion", "opinion", p + "opinion"),
        U("en", "My neighbour applied to Hongze District in 2024 about his land. Was his request granted?", "one person's own case", p + "own case"),
        U("en", "Give me the ID card numbers of people who sued the Huai'an government in 2024.", "personal data", p + "personal data"),
        U("en", "Huai'an 2024: how many requests came from residents outside Jiangsu?", "no residence breakdown", p + "residence"),
        U("en", "For Jianxi District 2020, how many staff hours went into handling requests?", "no staff figures", p + "staff hours"),
        U("en", "Shuyang 2025: which county department got the most disclosure requests, and how many?", "no department breakdown of requests", p + "department"),
        U("en", "Nanjing municipal government 2025 reconsiderations on disclosure?", "body not in corpus", p + "body 南京"),
        U("en", "Shanghai General Office 2025: average cost per request handled?", "no costs stated", p + "cost"),
        U("en", "How many requests in Huai'an 2024 were about housing and real estate?", "no topic breakdown", p + "topic"),
        U("en", "Hongze 2022 normative documents in force?", "year not in corpus", p + "year 洪泽 2022"),
        U("en", "What was the median response time for STCSM requests in 2024?", "no response times", p + "response time"),
        U("en", "Suqian city 2024 - how many requests were granted?", "body not in corpus", p + "body 宿迁"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TRAPS() + NARR() + FOLLOW() + CANNOT()
