"""Question bank of the nineteenth blind evaluation set (evals/blind19).

WARNING: holds the text of every test question: as frozen as test.jsonl.
Every wording here was newly written for blind19. Numbers are never typed: builders in
helpers19.py compute them from gold/*.json, from the printed cells named in SPECS (the cells
blind6 verified, same specs), or from a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib19 as L  # noqa: E402
from helpers19 import (C, D, E, ED, ER, EN, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

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

# alternatives stated by the narrative (keyword locating the sentence, number)
HA = "全市共受理政府信息公开申请"
HAAP = "政府信息公开行政复议 351件"
HZ = "全区受理政府信息公开申请"
SH19 = "代表市政府共受理政府信息公开申请"
SH19A = "主动公开规章13件"
JX = "全年共收到依申请公开17件"
KW = "全年收到政府信息公开申请 34 件"
KW9 = "同意公开答复"
SH25 = "市政府共受理政府信息公开申请 1295"
SY = "全县全年共受理政府信息公开申请"
SH19R = "信息公开类行政复议7件"
HAREG = "全年新增公开市政府规章"
KW13 = "当年发布政府信息 393"

P, CB, RK, FU, TX, CN, NB = ("[plain] ", "[combine] ", "[rank] ", "[followup] ",
                             "[textonly] ", "[cannot] ", "[neighbour] ")


def plain():
    z, e = "zh", "en"
    return [
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", P + "received, text agrees", alt=(HA, 3119)),
        V(e, "ha", "r.received.total", "how many disclosure applications did Huai'an city govt get in 2024?", P + "received, text agrees", alt=(HA, 3119)),
        V(z, "ha", "r.granted.total", "淮安2024年 申请里直接全部给公开的有几件", P + "granted"),
        V(e, "ha", "r.partially_granted.total", "Huaian 2024 - requests where they only gave out part of the info, how many", P + "partially granted"),
        V(z, "ha", "r.unable.not_held.total", "我是记者，想核实一下：淮安市人民政府2024年因为“本机关不掌握”没法提供的申请，是多少件？", P + "not held"),
        V(e, "ha", "r.withheld.admin_query.total", "In 2024 how many of Huai'an's requests were rejected because they were really just administrative inquiries (行政查询事项)?", P + "admin query"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访投诉举报，最后没按信息公开处理的", P + "petition"),
        V(e, "ha", "r.not_processed.duplicate.total", "huaian city 2024 how many ppl asked the same thing twice (重复申请)", P + "duplicate"),
        V(z, "ha", "r.other.overdue_correction.total", "2024年淮安市政府那边，申请人被要求补正材料结果过了期限也没补的，算了几件？", P + "overdue correction"),
        V(e, "ha", "r.other.overdue_fee.total", "For Huai'an in 2024: applicants who were told to pay the processing fee and then never paid within the deadline - count?", P + "overdue fee"),
        V(z, "ha", "r.carried_forward.total", "淮安24年有多少件申请没办完，挪到下一年接着办的", P + "carried forward, text agrees", alt=(HA, 103)),
        V(e, "ha", "r.carried_over.total", "Huai'an municipal government, 2024 report: requests left over from 2023 and finished in 2024?", P + "carried over, text agrees", alt=(HA, 34)),
        V(z, "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构提出的申请多少件", P + "legal services column"),
        V(e, "ha", "r.received.commercial", "how many applications came from companies (商业企业) to Huai'an govt in 2024", P + "commercial column"),
        V(z, "ha", "a.review.total", "淮安市政府2024年因为信息公开被人申请行政复议，一共多少起", P + "review total, text agrees", alt=(HAAP, 351)),
        V(e, "ha", "a.review.corrected", "Huai'an 2024: in how many information-disclosure administrative reviews was the government's decision corrected?", P + "review corrected, text agrees", alt=(HAAP, 64)),
        V(z, "ha", "a.litigation_direct.total", "淮安2024年没经过复议直接去法院告的信息公开官司有几件", P + "direct litigation"),
        V(e, "ha", "a.litigation_after_review.pending", "Huai'an 2024, lawsuits filed after a review — how many still not decided at year end?", P + "after-review pending"),
        V(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额多少万元", P + "fees amount"),
        V(e, "ha", "c.licensing.decisions", "Number of administrative licensing decisions (行政许可) Huai'an City reported for 2024?", P + "licensing"),
        V(z, "ha", "c.normative_docs.repealed", "淮安市政府2024年废止了几件行政规范性文件", P + "normative repealed"),
        V(e, "ha", "c.coercion.decisions", "huai an 2024 administrative coercion decisions how many", P + "coercion"),
        V(z, "ha", "r.withheld.third_party.total", "12345转来电：来电人问淮安市2024年有多少申请是因为会损害第三方合法权益而没公开的。", P + "third party"),
        V(z, "ha", "r.unable.needs_creation.total", "淮安2024年 要另外加工制作才能给的 所以没提供的 几件", P + "needs creation"),
        V(e, "ha", "r.withheld.state_secret.total", "Huai'an 2024 — how many requests refused because the info was a state secret?", P + "state secret"),
        V(z, "ha", "r.total_processed.natural_person", "淮安市2024年办理结果总计那一行，自然人这一列是多少", P + "total processed natural person"),
        V(z, "hz23", "r.received.total", "洪泽区政府2023年收到多少信息公开申请", P + "received, text agrees", alt=(HZ, 21)),
        V(e, "hz23", "r.unable.not_held.total", "Hongze District 2023: requests answered with 'we don't hold this info'?", P + "not held"),
        V(z, "hz23", "r.partially_granted.total", "洪泽2023年部分公开的申请几件啊", P + "partially granted"),
        V(e, "hz23", "c.punishment.decisions", "how many administrative penalty decisions did Hongze district publish for 2023", P + "punishment"),
        V(z, "hz23", "c.fees.amount", "二〇二三年洪泽区行政事业性收费金额是多少（万元）", P + "fees"),
        V(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023, requests they couldn't fill since the info would have to be newly made?", P + "needs creation"),
        V(z, "hz23", "c.normative_docs.repealed", "洪泽区2023年废止规范性文件多少件", P + "normative repealed"),
        V(e, "hz23", "c.licensing.decisions", "Hongze District Government FY2023 licensing decisions count pls", P + "licensing"),
        V(z, "hz24", "r.granted.total", "洪泽区2024年表格里予以公开那一行总计是几", P + "text cell granted"),
        V(e, "hz24", "c.punishment.decisions", "Hongze district 2024 — administrative penalties (行政处罚) decisions?", P + "text cell punishment"),
        V(z, "hz24", "r.unable.not_held.total", "想问下洪泽区2024年因为不掌握相关信息没法提供的申请有多少", P + "text cell not held"),
        V(e, "hz24", "c.fees.amount", "What did Hongze District take in from administrative fees in 2024, in 10k yuan?", P + "text cell fees"),
        V(z, "hz24", "a.review.total", "洪泽区2024年信息公开方面的行政复议总共几件", P + "text cell review total"),
        V(e, "hz24", "c.licensing.decisions", "Hongze 2024 licensing decisions number?", P + "text cell licensing"),
        V(z, "sy", "r.received.total", "沭阳县2025年表里本年新收的申请一共多少件（不算上一年结转过来的）", P + "received table (text 749 includes carry-over)"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025: how many requests were fully disclosed?", P + "granted"),
        V(z, "sy", "r.unable.not_held.total", "我2025年春天帮我妈给沭阳县政府写过申请，回复说他们不掌握这个信息。想问下2025年沭阳县这种“本机关不掌握”的一共有多少件？", P + "story, not held"),
        V(e, "sy", "r.withheld.internal_affairs.total", "shuyang 2025 how many refused as internal affairs info (内部事务信息)", P + "internal affairs"),
        V(z, "sy", "r.other.other.total", "沭阳2025年其他处理里面 最后那个“其他”是多少件", P + "other.other"),
        V(e, "sy", "r.carried_over.total", "For Shuyang County in 2025, how many applications were carried over from 2024?", P + "carried over"),
        V(z, "sy", "a.review.pending", "沭阳县2025年信息公开行政复议到年底还没审结的有几件", P + "review pending"),
        V(e, "sy", "a.review.upheld", "Shuyang 2025 admin reviews where the original decision was upheld — number?", P + "review upheld"),
        V(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可处理决定数量是多少", P + "licensing"),
        V(e, "sy", "c.normative_docs.in_force", "Shuyang 2025: normative documents currently in force?", P + "in force"),
        V(z, "sy", "r.received.legal_person", "2025年沭阳县法人或者其他组织提的申请有几件", P + "legal person, text agrees", alt=(SY, 8)),
        V(e, "sy", "r.total_processed.total", "Shuyang County government 2025, total requests handled (办理结果总计)?", P + "total processed, text agrees", alt=(SY, 718)),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳25年重复申请不予处理的几件", P + "duplicate"),
        V(e, "sy", "c.fees.amount", "shuyang county 2025 administrative fees collected (万元)?", P + "fees"),
        V(z, "sy", "a.litigation_after_review.total", "学生作业：沭阳县2025年表四“复议后起诉”的总计是多少？", P + "after review total"),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang 2025 - requests turned away as admin queries, how many?", P + "admin query"),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到多少件政府信息公开申请", P + "received, text agrees", alt=(SH19, 859)),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office 2019: how many requests were answered in total?", P + "total processed, text agrees", alt=(SH19, 805)),
        V(z, "sh19", "r.unable.not_held.natural_person", "上海市府办2019年自然人申请里 本机关不掌握的有几件", P + "not held natural person (total printed blank)"),
        V(e, "sh19", "c.procurement.amount", "How much government procurement (政府集中采购) did the Shanghai General Office report for 2019, in 10k yuan?", P + "procurement amount"),
        V(z, "sh19", "c.regulations.total_published", "2019年上海市政府办公厅规章对外公开总数量是多少", P + "regulations total published"),
        V(e, "sh19", "a.review.total", "Shanghai government general office 2019 — administrative reviews about disclosure, total?", P + "review total, text agrees", alt=(SH19R, 7)),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人提的信访举报投诉类申请不予处理的有多少", P + "petition natural person"),
        V(e, "sh19", "r.received.commercial", "In 2019 how many requests did businesses send to the Shanghai General Office?", P + "commercial"),
        V(z, "sh19", "c.normative_docs.total_published", "上海市府办19年规范性文件对外公开总数量", P + "normative total published"),
        V(e, "sh19", "r.carried_forward.total", "Shanghai General Office, 2019: requests pushed into 2020 for a reply?", P + "carried forward, text agrees", alt=(SH19, 72)),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年自然人的申请里，因为要另行制作而没提供的有几件", P + "needs creation natural person (total printed blank)"),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开几件", P + "received, text agrees", alt=(JX, 17)),
        V(e, "jx", "c.procurement.projects", "Jianxi District 2020, number of government procurement projects?", P + "procurement projects"),
        V(z, "jx", "r.granted.total", "涧西区2020年申请里予以公开的有几件", P + "granted"),
        V(e, "jx", "c.procurement.amount", "jianxi district office 2020 procurement amount in wan yuan", P + "procurement amount"),
        V(z, "jx", "r.unable.not_held.total", "洛阳涧西区政府办2020年不掌握所以没提供的申请数", P + "not held"),
        V(e, "jx", "a.litigation_after_review.upheld", "Jianxi 2020: lawsuits after review where the gov won (upheld)?", P + "after review upheld"),
        V(z, "kw", "r.received.total", "上海市科委2024年收到多少件公开申请", P + "text cell received, text agrees", alt=(KW, 34)),
        V(e, "kw", "c.licensing.decisions", "STCSM (Shanghai science commission) 2024 administrative licensing decisions?", P + "text cell licensing"),
        V(z, "kw", "r.received.natural_person", "市科委2024年个人(自然人)申请多少件", P + "text cell natural person"),
        V(e, "kw", "r.granted.total", "Shanghai Science and Technology Commission 2024: how many requests got a full 'yes, disclosed' answer?", P + "text cell granted, text agrees", alt=(KW9, 9)),
        V(z, "kw", "c.normative_docs.issued", "上海科委2024年制发了几件规范性文件", P + "text cell normative issued, text agrees", alt=(KW13, 13)),
        V(z, "sh25", "r.received.total", "上海市政府办公厅2025年新收信息公开申请多少件", P + "text cell received, text agrees", alt=(SH25, 1295)),
        V(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025 - how many requests were answered 'info not held by this office'?", P + "text cell not held"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年属于信访举报投诉类不予处理的是多少件", P + "text cell petition"),
        V(e, "sh25", "r.carried_forward.total", "shanghai general office 2025 requests rolling into 2026?", P + "text cell carried forward"),
        V(z, "sh25", "a.review.total", "2025年上海市政府办公厅信息公开行政复议一共多少件", P + "text cell review total"),
        V(e, "sh25", "r.received.commercial", "Shanghai General Office 2025, applications from commercial enterprises?", P + "text cell commercial"),
        V(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年需要另行制作所以没提供的有多少", P + "text cell needs creation"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai General Office 2025: lawsuits filed directly (no review first), total?", P + "text cell direct litigation"),
        V(z, "ha", "a.review.upheld", "淮安市2024年信息公开复议结果维持的几件", P + "review upheld, text agrees", alt=(HAAP, 72)),
        V(e, "ha", "a.review.other", "huai'an 2024 admin review 'other result' count", P + "review other, text agrees", alt=(HAAP, 178)),
        V(z, "sy", "r.carried_forward.total", "沭阳县2025年结转到下一年继续办的申请有多少", P + "carried forward, text agrees", alt=(SY, 31)),
        V(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: any request refused as a state secret? how many", P + "state secret"),
        V(z, "sh19", "c.regulations.made", "上海市政府办公厅2019年新制作规章几件", P + "regulations made, text agrees", alt=(SH19A, 13)),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", CB + "sum 2"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: all disclosure lawsuits together, direct ones plus the ones after a review?", CB + "sum 2 lawsuits, text states 46", alt=(HAAP, 46)),
        S(z, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "淮安2024年信访类、重复申请、要求确认的这三项不予处理合计几件", CB + "sum 3"),
        S(e, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024, requests from individuals: new ones plus those carried over from the year before, total?", CB + "sum 2 natural person"),
        S(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县2025年“危及三安全一稳定”“第三方权益”“内部事务”“过程性”“行政执法案卷”这五类不予公开加起来是多少", CB + "sum 5"),
        S(e, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shuyang 2025: couldn't provide because not held + because it would need to be created — add those up", CB + "sum 2 unable"),
        S(z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳2025年复议维持的和被纠正的加一块几件", CB + "sum 2 review"),
        S(e, "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "Shanghai General Office 2019: 'not held' answers to individuals, businesses and law firms combined?", CB + "sum 3 columns (total printed blank)"),
        S(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件合计几件", CB + "sum 2 active"),
        S(e, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023, withheld for state secret, process info and law-enforcement files — total of those three rows?", CB + "sum 3"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年行政复议、直接起诉、复议后起诉三个总计加起来", CB + "sum 3 appeals"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024 — add up all eight refusal reasons under 不予公开, what's the total?", CB + "sum 8"),
        S(z, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政许可、行政处罚、行政强制三项决定数量合计", CB + "sum 3 text cells"),
        S(e, "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus the ones carried over from 2023, total workload?", CB + "sum 2 text cells"),
        S(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年信访类和重复申请两项不予处理加起来多少", CB + "sum 2 text cells"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少", CB + "difference"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Hongze district penalty decisions: change from 2023 to 2024?", CB + "difference"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请 2023年到2024年增加了几件", CB + "difference"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze's administrative coercion decisions change between 2023 and 2024?", CB + "difference"),
        D(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效的行政规范性文件，24年比23年多几件", CB + "difference"),
        D(e, "sh19", "sh25", "r.received.total", "Shanghai General Office: new disclosure requests in 2025 vs 2019 — how many more?", CB + "difference"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请，2025年比2019年增加多少", CB + "difference"),
        D(e, "sh19", "sh25", "r.carried_forward.total", "shanghai general office carried-forward requests, 2019 -> 2025 difference?", CB + "difference"),
        D(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议数 2025年和2019年相比差多少", CB + "difference"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze District admin fee income: 2024 minus 2023, in 万元?", CB + "difference money"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，这三家谁收到的申请最多", RK + "received desc"),
        R(e, ["hz23", "jx", "sy"], "r.received.total", "asc", "Which got the fewest requests: Hongze 2023, Jianxi 2020 or Shuyang 2025?", RK + "received asc"),
        R(z, ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转下年度继续办理的件数比一比：涧西2020、淮安2024、沭阳2025、上海市政府办公厅2019，哪个最多？", RK + "carried forward desc"),
        R(e, ["ha", "hz23", "sy"], "c.fees.amount", "desc", "admin fee amount, who is highest — Huai'an 2024, Hongze 2023, Shuyang 2025?", RK + "fees desc"),
        R(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年 哪家第一", RK + "licensing desc"),
        R(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Of Huai'an (2024), Hongze (2023) and Shuyang (2025), which reported the smallest number of coercion decisions?", RK + "coercion asc"),
        R(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "现行有效规范性文件最少的是谁？淮安2024 洪泽2023 沭阳2025", RK + "in force asc"),
        R(e, ["jx", "ha", "sy", "sh19"], "a.review.total", "desc", "Rank by number of disclosure admin reviews: Jianxi 2020, Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — who tops it?", RK + "review desc"),
        R(z, ["jx", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼，涧西区2020年、沭阳县2025年、上海市府办2019年，哪个最少", RK + "direct asc"),
        R(e, ["ha", "sy", "sh19"], "r.carried_over.total", "asc", "carried over from the previous year: Huai'an 2024 vs Shuyang 2025 vs Shanghai GO 2019, lowest?", RK + "carried over asc"),
        R(z, ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "行政处罚决定数哪家最少：淮安市政府2024年，洪泽区政府2023年，沭阳县政府2025年", RK + "punishment asc"),
        R(e, ["sy", "sh19", "jx"], "r.total_processed.total", "desc", "Who handled the most requests overall (办理结果总计): Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", RK + "total processed desc"),
        R(z, ["ha", "sy", "sh19"], "r.received.natural_person", "asc", "自然人申请最少的：淮安2024年、沭阳2025年、上海市政府办公厅2019年", RK + "natural person asc"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")), ("换成2024年呢", E("hz24", "c.licensing.decisions"))], FU + "year switch"),
        F(e, [("Hongze District 2023 penalty decisions?", E("hz23", "c.punishment.decisions")), ("and 2024?", E("hz24", "c.punishment.decisions"))], FU + "year switch"),
        F(z, [("上海市府办2019年新收申请几件", E("sh19", "r.received.total", alt=(SH19, 859))), ("2025年呢？", E("sh25", "r.received.total", alt=(SH25, 1295)))], FU + "year switch, text agrees"),
        F(e, [("Shanghai General Office 2019 — requests carried into the next year?", E("sh19", "r.carried_forward.total", alt=(SH19, 72))), ("same for 2025 pls", E("sh25", "r.carried_forward.total"))], FU + "year switch"),
        F(z, [("淮安市2024年行政许可多少件", E("ha", "c.licensing.decisions")), ("沭阳县2025年同一项呢", E("sy", "c.licensing.decisions")), ("洪泽区2023年的呢", E("hz23", "c.licensing.decisions"))], FU + "body switch x2"),
        F(e, [("How many requests did Shuyang County reject as duplicates in 2025?", E("sy", "r.not_processed.duplicate.total")), ("ok and Huai'an city for 2024?", E("ha", "r.not_processed.duplicate.total"))], FU + "body switch"),
        F(z, [("沭阳2025年予以公开的多少", E("sy", "r.granted.total")), ("部分公开的呢", E("sy", "r.partially_granted.total"))], FU + "row switch"),
        F(e, [("Huai'an 2024, fully granted requests?", E("ha", "r.granted.total")), ("what about partly granted", E("ha", "r.partially_granted.total")), ("and 'not held'?", E("ha", "r.unable.not_held.total"))], FU + "row switch x2"),
        F(z, [("淮安2024年本年新收申请里自然人多少", E("ha", "r.received.natural_person")), ("商业企业那列呢", E("ha", "r.received.commercial"))], FU + "column switch"),
        F(e, [("Shanghai General Office 2019: new requests from individuals?", E("sh19", "r.received.natural_person")), ("and from businesses?", E("sh19", "r.received.commercial"))], FU + "column switch"),
        F(z, [("沭阳县2025年行政复议总数", E("sy", "a.review.total")), ("那直接起诉的行政诉讼呢", E("sy", "a.litigation_direct.total")), ("复议后起诉的呢", E("sy", "a.litigation_after_review.total"))], FU + "appeals group switch x2"),
        F(e, [("Huai'an 2024 administrative review total on disclosure?", E("ha", "a.review.total", alt=(HAAP, 351))), ("how many of those were corrected", E("ha", "a.review.corrected", alt=(HAAP, 64)))], FU + "outcome switch, text agrees"),
        F(z, [("上海科委2024年行政许可决定几件", E("kw", "c.licensing.decisions")), ("那行政处罚决定呢", E("kw", "c.punishment.decisions"))], FU + "row switch, text cells"),
        F(e, [("STCSM 2024 new normative documents issued?", E("kw", "c.normative_docs.issued", alt=(KW13, 13))), ("and how many in force", E("kw", "c.normative_docs.in_force"))], FU + "column switch, text cells"),
        F(z, [("洪泽区2023年本机关不掌握的申请有几件", E("hz23", "r.unable.not_held.total")), ("24年呢", E("hz24", "r.unable.not_held.total"))], FU + "year switch"),
        F(e, [("Hongze 2023 licensing?", E("hz23", "c.licensing.decisions")), ("coercion?", E("hz23", "c.coercion.decisions")), ("and coercion for 2024", E("hz24", "c.coercion.decisions"))], FU + "row then year"),
        F(z, [("涧西区政府办2020年政府集中采购项目数", E("jx", "c.procurement.projects")), ("上海市府办2019年呢", E("sh19", "c.procurement.projects"))], FU + "body + year switch"),
        F(e, [("Jianxi District 2020 procurement amount (万元)?", E("jx", "c.procurement.amount")), ("and the Shanghai General Office in 2019?", E("sh19", "c.procurement.amount"))], FU + "body + year switch"),
        F(z, [("淮安市2024年行政事业性收费金额", E("ha", "c.fees.amount")), ("沭阳县2025年的", E("sy", "c.fees.amount"))], FU + "body + year switch"),
        F(e, [("Shuyang 2025 admin fee amount?", E("sy", "c.fees.amount")), ("Hongze district 2024?", E("hz24", "c.fees.amount"))], FU + "body + year switch"),
        F(z, [("上海市政府办公厅2025年受理的申请里，上年结转的有几件", E("sh25", "r.carried_over.total", alt=(SH25, 189))), ("其中自然人呢", E("sh25", "r.carried_over.natural_person")), ("法律服务机构呢", E("sh25", "r.carried_over.legal_services"))], FU + "column switch x2, text cells"),
        F(e, [("Shanghai General Office 2025: admin reviews still pending?", E("sh25", "a.review.pending")), ("and direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], FU + "group switch, text cells"),
        F(z, [("沭阳县2025年因为是过程性信息不公开的几件", E("sy", "r.withheld.process_info.total")), ("淮安市2024年呢", E("ha", "r.withheld.process_info.total"))], FU + "body + year switch"),
        F(e, [("Huai'an 2024 overdue-fee requests?", E("ha", "r.other.overdue_fee.total")), ("Shuyang 2025 same thing?", E("sy", "r.other.overdue_fee.total"))], FU + "body + year switch"),
        F(z, [("淮安市2024年规章现行有效几件", E("ha", "c.regulations.in_force")), ("本年制发呢", E("ha", "c.regulations.issued", alt=(HAREG, 1)))], FU + "column switch, text agrees"),
        F(e, [("Shanghai GO 2019 regulations: total published to the public?", E("sh19", "c.regulations.total_published")), ("and normative documents, same column", E("sh19", "c.normative_docs.total_published"))], FU + "row switch"),
        F(z, [("洪泽2023年部分公开几件", E("hz23", "r.partially_granted.total")), ("那需要另行制作的呢", E("hz23", "r.unable.needs_creation.total"))], FU + "row switch"),
        F(e, [("Shuyang 2025, lawsuits after review still pending?", E("sy", "a.litigation_after_review.pending")), ("upheld ones?", E("sy", "a.litigation_after_review.upheld"))], FU + "outcome switch"),
        F(z, [("上海市府办2025年不掌握的申请多少件", E("sh25", "r.unable.not_held.total")), ("另行制作的呢", E("sh25", "r.unable.needs_creation.total"))], FU + "row switch, text cells"),
        F(e, [("Hongze 2024 admin reviews total?", E("hz24", "a.review.total")), ("lawsuits filed directly?", E("hz24", "a.litigation_direct.total")), ("after review?", E("hz24", "a.litigation_after_review.total"))], FU + "group switch x2, text cells"),
        F(z, [("涧西区2020年不掌握没法提供的几件", E("jx", "r.unable.not_held.total")), ("结转下年度的呢", E("jx", "r.carried_forward.total", alt=(JX, 2)))], FU + "row switch, text agrees"),
        F(e, [("Jianxi 2020, admin reviews?", E("jx", "a.review.total")), ("Shuyang County 2025?", E("sy", "a.review.total"))], FU + "body + year switch"),
        F(z, [("上海科委2024年本年新收里商业企业几件", E("kw", "r.received.commercial")), ("自然人呢", E("kw", "r.received.natural_person"))], FU + "column switch, text cells"),
        F(e, [("Huai'an 2024, requests from law firms / legal service orgs?", E("ha", "r.received.legal_services")), ("and the 'other' organisations column", E("ha", "r.received.other_org"))], FU + "column switch"),
        F(z, [("淮安市2024年行政强制决定数", E("ha", "c.coercion.decisions")), ("行政处罚呢", E("ha", "c.punishment.decisions"))], FU + "row switch"),
        F(e, [("Shuyang 2025 security-stability refusals (危及三安全一稳定)?", E("sy", "r.withheld.security_stability.total")), ("Huai'an 2024?", E("ha", "r.withheld.security_stability.total"))], FU + "body + year switch"),
        F(z, [("沭阳县2025年信访举报投诉类不予处理几件", E("sy", "r.not_processed.petition.total")), ("上海市府办2025年同一项", E("sh25", "r.not_processed.petition.total"))], FU + "body switch"),
        F(e, [("Hongze District 2024 normative documents issued?", E("hz24", "c.normative_docs.issued")), ("in force?", E("hz24", "c.normative_docs.in_force"))], FU + "column switch, text cells"),
        F(z, [("上海市政府办公厅2019年个人申请里因为本机关不掌握没提供的有几件", E("sh19", "r.unable.not_held.natural_person")), ("企业申请的呢", E("sh19", "r.unable.not_held.commercial"))], FU + "column switch (total printed blank)"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体有多少个", TX + "new-media accounts"),
        N(e, "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?", TX + "checks"),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）", TX + "fee in yuan"),
        N(e, "hz23", "主动公开政府信息 1136", 1136, "条", "Hongze District 2023: items proactively published on the government website platform?", TX + "portal items"),
        N(z, "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息", TX + "portal items"),
        N(e, "hz24", "公开政府常务会议", 7, "期", "how many executive meeting sessions (常务会议) did Hongze make public in 2024", TX + "meetings"),
        N(z, "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区2024年报告正文说区政府办代表区政府受理了多少件申请", TX + "text says 17 (table 95)"),
        N(e, "sy", "开展意见征集", 9, "期", "Shuyang County 2025: how many rounds of public comment (意见征集) were run on the portal?", TX + "consultations"),
        N(z, "sy", "发布信息3044", 3044, "条", "沭阳县2025年督促县直部门在信息公开页面发布了多少条信息", TX + "department items"),
        N(e, "sy", "专栏33个", 33, "个", "How many special columns did Shuyang's new-media matrix set up in 2025?", TX + "columns"),
        N(z, "sy", "策采相关新闻稿件", 2606, "篇", "沭阳2025年新媒体策采新闻稿件多少篇", TX + "articles"),
        N(e, "sy", "64家单位", 64, "家", "Shuyang 2025 — annual reports of how many units were published together?", TX + "units"),
        N(z, "sy", "全年累计发布解读类信息", 21, "条", "沭阳县2025年一共发了多少条政策解读类信息", TX + "interpretations"),
        N(e, "sy", "同步配套解读", 7, "次", "Shuyang 2025: how many times were executive meetings given accompanying interpretation?", TX + "interpretations of meetings"),
        N(z, "sy", "全年公开政策文件", 4, "件", "沭阳县2025年正文里说全年公开政策文件几件", TX + "policy documents per narrative"),
        N(e, "kw", "当年发布政府信息 393", 393, "件", "STCSM's website: how many government information items did it publish in 2024?", TX + "items"),
        N(z, "kw", "批量推送集成式发布政策", 121, "条", "上海市科委2024年批量推送集成式发布政策多少条", TX + "policies pushed"),
        N(e, "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024: business-support policies submitted routinely — how many?", TX + "policies"),
        N(z, "kw", "微信公众号共编发文章", 1640, "篇", "“上海科技”公众号2024年发了多少篇文章", TX + "wechat articles"),
        N(e, "kw", "原创文章", 294, "篇", "how many original articles did the Shanghai Science & Tech wechat account post in 2024", TX + "original articles"),
        N(z, "kw", "关注人数达", 1016823, "人", "上海科委的微信公众号2024年关注人数到了多少", TX + "followers"),
        N(e, "kw", "共制作并发布短视频", 584, "条", "STCSM 2024 — short videos made and posted on the video channel?", TX + "videos"),
        N(z, "kw", "网站全年累计发布信息 2139", 2139, "条", "“上海科技”网站2024年全年累计发布信息多少条", TX + "website items"),
        N(e, "sh25", "召开市政府新闻发布会", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025 per the General Office report?", TX + "press conferences"),
        N(z, "sh25", "新闻通气会", 19, "场", "上海市府办2025年报告里新闻通气会开了几场", TX + "briefings"),
        N(e, "sh25", "人事任免文件 196", 196, "件", "Shanghai General Office 2025: personnel appointment documents published?", TX + "appointments"),
        N(z, "sh25", "公开属性审查", 166, "件", "上海市政府办公厅2025年完成公文公开属性审查多少件", TX + "reviews"),
        N(e, "sh25", "发布审查 330", 330, "件", "Shanghai GO 2025: how many release reviews (发布审查) were completed?", TX + "release reviews"),
        N(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报编了几期", TX + "gazette issues"),
        N(e, "sh25", "个区全部上线数字公报", 16, "个", "How many districts of Shanghai had their digital gazette online by 2025 per the General Office report?", TX + "districts"),
        N(z, "sh25", "人事任免文件 196", 84, "件", "上海市府办2025年主动公开的“其他文件”是多少件", TX + "other documents"),
        N(e, "sh19", "统一受理平台接入", 53, "个", "Shanghai 2019 one-stop platform (一网通办): how many departments were connected?", TX + "departments"),
        N(z, "sh19", "统一受理平台接入", 2261, "项", "2019年上海“一网通办”统一受理平台接入了多少项事项", TX + "items"),
        N(e, "sh19", "权威发布共计", 38, "次", "how many authoritative releases on executive meeting topics did Shanghai make in 2019", TX + "releases"),
        N(z, "sh19", "市政府其他文件", 162, "件", "上海市府办2019年主动公开的市政府其他文件有多少件", TX + "other documents"),
        N(e, "jx", "统筹推进26个试点领域", 26, "个", "Jianxi district 2020 — how many pilot areas for grassroots openness standardisation?", TX + "pilot areas"),
        N(z, "jx", "办结率", 88.2, "%", "涧西区2020年依申请公开的办结率是多少", TX + "completion rate"),
        N(e, "hz24", "全年收取政府信息公开信息处理费", 0, "元", "Did Hongze District charge any information processing fee in 2024? how much in yuan", TX + "fee 0 yuan"),
        N(z, "ha", "政府信息公开行政复议 351件", 46, "件", "淮安市2024年报告正文里说政府信息公开行政诉讼一共多少件", TX + "text lawsuits 46 (= direct + after review)"),
    ]


def cannot():
    z, e = "zh", "en"
    out = [
        U(z, "淮安市2024年信息公开申请人里男的女的各多少", "no breakdown by sex"),
        U(e, "What's the average age of people who filed disclosure requests with Huai'an in 2024?", "no age data"),
        U(z, "沭阳县2025年每个月收到多少件申请", "no monthly breakdown"),
        U(e, "Shuyang 2025 requests in Q3 only?", "no quarterly breakdown"),
        U(z, "上海市府办2025年网上提交和信函提交的申请分别多少", "no channel breakdown"),
        U(e, "Which Huai'an district sent the most disclosure requests in 2024?", "no district breakdown"),
        U(z, "洪泽区2023年申请里涉及征地拆迁的有多少件", "no topic breakdown"),
        U(e, "How many of STCSM's 2024 requests were about research funding?", "no topic breakdown"),
        U(z, "沭阳县2025年答复一件申请平均要几天", "response time not stated"),
        U(e, "how many staff work on disclosure at the Huai'an government office (2024)?", "staff not stated"),
        U(z, "淮安市2024年搞信息公开花了多少钱经费", "costs not stated"),
        U(e, "Forecast: how many requests will Shuyang County receive in 2026?", "forecast"),
        U(z, "你觉得上海市政府办公厅2025年信息公开做得好不好", "opinion"),
        U(e, "Is Hongze's 2024 disclosure work better than Huai'an city's in 2024? your opinion", "opinion"),
        U(z, "洪泽区2022年收到多少信息公开申请", "year not in corpus"),
        U(e, "Shuyang County 2024 report — how many requests received?", "year not in corpus"),
        U(z, "上海市科委2023年行政许可多少件", "year not in corpus"),
        U(e, "Jianxi District 2021: requests received?", "year not in corpus"),
        U(z, "上海市政府办公厅2022年新收申请多少", "year not in corpus"),
        U(e, "Nanjing city government 2024 disclosure requests received?", "body not in corpus"),
        U(z, "宿迁市政府2025年收到多少申请", "body not in corpus"),
        U(e, "Pudong New Area 2024 — how many disclosure applications?", "body not in corpus"),
        U(z, "清江浦区2024年信息公开申请数", "body not in corpus"),
        U(e, "My dad applied to Shuyang County in 2025 about his land contract. Was his request granted?", "one person's own case"),
        U(z, "我2024年给淮安市政府申请过公开一份拆迁补偿文件，我那件最后算在哪一类了", "one person's own case"),
        U(e, "Give me the names and phone numbers of people who asked Shanghai General Office for info in 2025", "personal data"),
        U(z, "沭阳县2025年提起行政复议的那些人叫什么名字", "personal data"),
        U(e, "Why did Hongze get so many more requests in 2024 than in 2023? what caused it", "reason not stated"),
        U(z, "上海市府办2025年申请量增长主要是哪些领域", "topics not given"),
        U(e, "How many requests did Huai'an get from foreigners in 2024?", "no residence breakdown"),
        U(z, "淮安市2024年申请人来自哪些行业，制造业的有几家企业", "no industry breakdown"),
        U(e, "Which department of the Shuyang County government received the most requests in 2025?", "no department breakdown"),
        U(z, "涧西区政府办2020年处理信息公开的工作人员有几个", "staff not stated"),
        U(e, "STCSM 2024 - how many requests came from people living outside Shanghai?", "no residence breakdown"),
        U(z, "洪泽区2024年信息公开申请里乡镇街道各自多少件", "no township breakdown"),
        U(e, "What will the Shanghai General Office's admin review count be in 2026?", "forecast"),
        U(z, "上海市政府办公厅2019年信息公开申请平均多少天办完", "response time not stated"),
        U(e, "huaian 2024 how many requests were submitted on weekends", "no such breakdown"),
        U(z, "沭阳2025年的申请人里年龄60岁以上的有多少", "no age data"),
    ]
    for c in out:
        c["note"] = CN + c["turns"][0]["expect"]["why"]
    return out


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "sy", "r.carried_over.total", "沭阳县2025年从2024年转过来的申请多少件（不是转到下一年的）", NB + "carried over vs carried forward"),
        T(e, "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits that came AFTER an administrative review (not the direct ones) — total?", NB + "after review vs direct"),
        T(z, "sy", "c.normative_docs.repealed", "沭阳县2025年行政规范性文件废止了几件", NB + "repealed vs issued"),
        T(e, "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests not provided because a new document would have to be produced (另行制作)?", NB + "needs creation vs not held"),
        T(z, "ha", "r.withheld.process_info.total", "淮安市2024年因为属于过程性信息不公开的几件", NB + "process info vs internal affairs"),
        T(e, "ha", "c.regulations.in_force", "Huai'an 2024: municipal regulations (规章) currently in force — not the newly issued ones", NB + "in force vs issued"),
        T(z, "sy", "a.review.other", "沭阳县2025年行政复议“其他结果”的是几件", NB + "other vs corrected"),
        T(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019: number of procurement PROJECTS (not the amount)?", NB + "projects vs amount"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新制作）", NB + "total published vs made"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025 partial disclosures (部分公开) only?", NB + "partial vs granted"),
        T(z, "ha", "r.received.legal_services", "淮安2024年新收申请里法律服务机构的，不是商业企业的，多少件", NB + "legal services vs commercial"),
        T(e, "hz24", "c.normative_docs.in_force", "Hongze 2024 normative documents in force (现行有效)?", NB + "in force vs issued, text cell"),
        T(z, "jx", "r.carried_forward.total", "涧西区2020年结转到下年度继续办理的几件", NB + "carried forward vs carried over", alt=(JX, 2)),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
