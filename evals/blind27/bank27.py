"""Question bank of the 27th blind evaluation set (evals/blind27).

WARNING: holds the text of every test question: as frozen as test.jsonl. Do not read while
tuning the engine.

Every wording was newly written for this set. The bank names only bodies, keys, keywords and the
question text; every number is computed by helpers27 (gold JSON, printed text cells, sentences
cut from the report text). SPECS names the printed cells of the three reports without gold:
the same 42 cells blind6 (and blind5) verified, nothing new.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib27 as L  # noqa: E402
import helpers27 as H  # noqa: E402
from helpers27 import E, EN, EU, ED, C, V, T, S, N, U, D, R, F  # noqa: E402,F401

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

# answers the narrative states with the same number as the one table cell asked (marked
# ambiguous + acceptable_sentence by helpers27.E)
_HA = "全市共受理"
_HAR = "政府信息公开行政复议 351"
_SY = "全县全年共受理"
_S19 = "代表市政府共受理"
_S19A = "信息公开类行政复议7件"
_JX = "全年共收到依申请公开17件"
_KW = "全年收到政府信息公开申请 34"
_S25 = "市政府共受理政府信息公开申请 1295"
H.ALTS.update({
    ("ha", "requests.received.total"): (_HA, 3119),
    ("ha", "requests.total_processed.total"): (_HA, 3050),
    ("ha", "requests.carried_over.total"): (_HA, 34),
    ("ha", "requests.carried_forward.total"): (_HA, 103),
    ("ha", "appeals.review.total"): (_HAR, 351),
    ("ha", "appeals.review.upheld"): (_HAR, 72),
    ("ha", "appeals.review.corrected"): (_HAR, 64),
    ("ha", "appeals.review.other"): (_HAR, 178),
    ("ha", "appeals.review.pending"): (_HAR, 37),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
    ("hz23", "requests.received.total"): ("全区受理", 21),
    ("sy", "requests.total_processed.total"): (_SY, 718),
    ("sy", "requests.carried_forward.total"): (_SY, 31),
    ("sy", "requests.received.legal_person"): (_SY, 8),
    ("sh19", "requests.received.total"): (_S19, 859),
    ("sh19", "requests.total_processed.total"): (_S19, 805),
    ("sh19", "requests.carried_over.total"): (_S19, 18),
    ("sh19", "requests.carried_forward.total"): (_S19, 72),
    ("sh19", "appeals.review.total"): (_S19A, 7),
    ("sh19", "appeals.litigation_direct.total"): (_S19A, 9),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.normative_docs.made"): ("主动公开规章13件", 60),
    ("sh19", "active.normative_docs.published"): ("主动公开规章13件", 60),
    ("jx", "requests.received.total"): (_JX, 17),
    ("jx", "requests.total_processed.total"): (_JX, 15),
    ("jx", "requests.carried_forward.total"): (_JX, 2),
    ("kw", "requests.received.total"): (_KW, 34),
    ("kw", "requests.carried_over.total"): (_KW, 2),
    ("kw", "requests.granted.total"): ("同意公开答复 9", 9),
    ("kw", "active.normative_docs.issued"): ("当年发布政府信息 393", 13),
    ("sh25", "requests.received.total"): (_S25, 1295),
    ("sh25", "requests.total_processed.total"): (_S25, 1191),
    ("sh25", "requests.carried_over.total"): (_S25, 189),
})

M = {"unit": "万元"}


# ------------------------------------------------------------------ [plain] value (91)
PLAIN = [
    # zh
    ("zh", "ha", "r.received.natural_person", "淮安市政府2024年新收的申请里 以个人名义递交的有几件"),
    ("zh", "ha", "r.unable.not_held.total", "我是做政务公开研究的学生，表三里“本机关不掌握相关政府信息”那一格，淮安市2024年总计是多少？"),
    ("zh", "ha", "r.withheld.admin_query.total", "淮安2024 说我问的属于行政查询事项所以不给公开的 一共多少件"),
    ("zh", "ha", "r.not_processed.petition.total", "市民来电：他给淮安市政府申请公开，结果被当成信访举报投诉不予处理了。来电人想知道2024年全市这么处理的总共有多少件？"),
    ("zh", "ha", "r.other.overdue_correction.total", "淮安市2024年，申请人接到补正通知、过了期限也没补正的，统计了多少？"),
    ("zh", "ha", "a.litigation_direct.total", "淮安24年 没经过复议直接去法院告的信息公开官司 几起"),
    ("zh", "ha", "c.fees.amount", "淮安市人民政府2024年行政事业性收费金额是多少万元？", M),
    ("zh", "ha", "c.normative_docs.in_force", "截至2024年底淮安市现行有效的行政规范性文件还剩多少件"),
    ("zh", "ha", "a.review.corrected", "2024年淮安因为信息公开被申请复议，最后被纠正的有几件"),
    ("zh", "ha", "r.partially_granted.total", "二〇二四年淮安市政府给了部分公开答复的申请有多少"),
    ("zh", "ha", "c.punishment.decisions", "淮安市2024年度行政处罚决定数量"),
    ("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年，有人要的信息得另外加工制作才能给，这种情况有几件？"),
    ("zh", "hz23", "c.licensing.decisions", "洪泽23年行政许可处理决定几件啊"),
    ("zh", "hz23", "r.total_processed.total", "洪泽区2023年年报表三，办理结果那一块最下面的总计是多少"),
    ("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费一共收了多少万元（问的不是信息处理费）", M),
    ("zh", "sy", "r.granted.total", "沭阳县政府2025年直接予以公开的申请数"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 因为是内部事务信息被拒的 多少件"),
    ("zh", "sy", "r.other.other.total", "沭阳县2025年“其他处理”下面那个“其他”小项是多少件？不是逾期未补正、也不是逾期未缴费那两项"),
    ("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年度结转过来接着办的申请有多少？"),
    ("zh", "sy", "a.review.pending", "沭阳县人民政府2025年行政复议里还没审结的几件"),
    ("zh", "sy", "c.coercion.decisions", "沭阳25年行政强制决定多少"),
    ("zh", "sy", "r.unable.not_held.natural_person", "我之前帮我妈给沭阳县政府写过申请，回复说他们不掌握这个信息。想问下2025年个人申请里被答复“本机关不掌握”的一共有多少件？"),
    ("zh", "sy", "c.normative_docs.issued", "沭阳县2025年本年制发的行政规范性文件几件"),
    ("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年，个人申请被认定为信访举报投诉类、不予处理的有多少？"),
    ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量是多少"),
    ("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额多少万元", M),
    ("zh", "sh19", "r.unable.needs_creation.natural_person", "19年上海市府办 个人申请因为要另行制作所以没提供的 几件"),
    ("zh", "sh19", "r.carried_forward.total", "上海市府办2019年顺延到下一年度再答复的申请数"),
    ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购了几个项目"),
    ("zh", "jx", "r.granted.total", "涧西区2020年依申请公开里面予以公开的是几件"),
    ("zh", "jx", "a.litigation_after_review.total", "涧西区人民政府办公室2020年经复议后又起诉的行政诉讼有几件？"),
    ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定数"),
    ("zh", "hz24", "r.unable.not_held.total", "洪泽2024年表格里“本机关不掌握相关政府信息”那格多少"),
    ("zh", "hz24", "a.review.total", "洪泽区政府2024年因为政府信息公开被申请行政复议 总共几件"),
    ("zh", "hz24", "c.punishment.decisions", "2024年洪泽区作出的行政处罚决定有多少件"),
    ("zh", "kw", "r.received.natural_person", "上海科委2024年新收申请里自然人提的有几件"),
    ("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可处理决定数量是多少？"),
    ("zh", "kw", "c.normative_docs.in_force", "上海市科委24年现行有效的行政规范性文件多少件"),
    ("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年，以“本机关不掌握相关政府信息”答复的申请有多少件（按表格）？"),
    ("zh", "sh25", "a.litigation_after_review.total", "上海市府办2025年复议完了再起诉的行政诉讼总计"),
    ("zh", "sh25", "r.received.commercial", "2025年上海市政府办公厅收到商业企业的新申请多少件"),
    ("zh", "sh25", "r.not_processed.duplicate.total", "上海市府办2025 重复申请不予处理 几件"),
    ("zh", "sh25", "r.granted.total", "帮我核一下格子：上海市府办2025年表三“（一）予以公开”那一行的总计"),
    ("zh", "ha", "r.received.legal_services", "淮安2024年律所这类法律服务机构新递交了多少份申请"),
    ("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织新提出的申请合计几件"),
    ("zh", "ha", "r.granted.commercial", "淮安市2024年商业企业提的申请最后予以公开的有几件"),
    # en
    ("en", "ha", "r.total_processed.total", "How many disclosure requests did the Huai'an city government finish handling in 2024 (办理结果总计)?"),
    ("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: requests refused because the info was process information (过程性信息)?"),
    ("en", "ha", "a.review.pending", "huaian 2024 admin reviews still not concluded at year end how many"),
    ("en", "ha", "r.unable.needs_creation.total", "In FY2024, how many requests to the Huaian municipal government could not be met because the information would have to be newly produced?"),
    ("en", "ha", "c.coercion.decisions", "number of administrative coercion decisions, Huai'an, 2024"),
    ("en", "ha", "a.litigation_after_review.upheld", "For Huai'an in 2024, of the lawsuits filed after an administrative review, how many ended with the decision upheld?"),
    ("en", "ha", "r.not_processed.duplicate.total", "huai an 2024 repeat applications not processed??"),
    ("en", "ha", "c.licensing.decisions", "What's the administrative licensing decision count in Huai'an's 2024 disclosure report?"),
    ("en", "ha", "r.received.other_org", "Huai'an 2024, new requests from the 'other' type of organisation (其他)?"),
    ("en", "hz23", "r.partially_granted.total", "Hongze District 2023, how many applications were only partly disclosed?"),
    ("en", "hz23", "c.normative_docs.repealed", "I'm checking Hongze district's 2023 report: how many normative documents were abolished (本年废止件数)?"),
    ("en", "hz23", "c.punishment.decisions", "Hongze 2023 administrative penalty decisions?"),
    ("en", "hz23", "r.withheld.state_secret.total", "In 2023 did Hongze District refuse anything as a state secret? how many"),
    ("en", "sy", "r.partially_granted.total", "Shuyang County 2025 partially disclosed requests count"),
    ("en", "sy", "a.review.total", "How many administrative reviews over information disclosure did Shuyang County face in 2025?"),
    ("en", "sy", "c.fees.amount", "Shuyang County government 2025, administrative fees collected (in 万元)?", M),
    ("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: how many applicants didn't pay the processing fee in time (逾期未按收费通知要求缴纳费用)?"),
    ("en", "sy", "r.not_processed.duplicate.total", "In 2025, how many requests did Shuyang decline to process as repeat applications?"),
    ("en", "sy", "c.licensing.decisions", "licensing decisions shuyang county 2025"),
    ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025, total lawsuits brought after going through administrative review first"),
    ("en", "sy", "r.received.commercial", "Shuyang County 2025: new applications from companies?"),
    ("en", "sh19", "r.received.commercial", "Shanghai General Office, 2019: how many new requests came from businesses (商业企业)?"),
    ("en", "sh19", "c.normative_docs.total_published", "What is the total number of normative documents publicly available (对外公开总数量) for the Shanghai General Office in 2019?"),
    ("en", "sh19", "r.unable.not_held.natural_person", "In 2019, how many requests by individuals did the Shanghai municipal government general office answer with 'we don't hold this information'?"),
    ("en", "sh19", "a.litigation_direct.total", "Shanghai General Office 2019, lawsuits filed directly without a review first"),
    ("en", "sh19", "r.withheld.state_secret.natural_person", "shanghai govt general office 2019 individual requests refused as state secrets"),
    ("en", "sh19", "c.procurement.projects", "Number of centralized government procurement projects, Shanghai General Office, FY2019?"),
    ("en", "sh19", "r.unable.unclear.natural_person", "Shanghai General Office 2019: requests from individuals turned down because what they asked for was unclear?"),
    ("en", "jx", "c.procurement.amount", "Jianxi District 2020 total procurement amount, in 10k yuan", M),
    ("en", "jx", "r.unable.not_held.total", "Jianxi District gov office 2020, how many requests answered with 'information not held'?"),
    ("en", "jx", "a.review.upheld", "Jianxi 2020: administrative reviews that upheld the original decision?"),
    ("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District office newly make in 2020?"),
    ("en", "hz24", "c.coercion.decisions", "Hongze District 2024 administrative coercion decisions?"),
    ("en", "hz24", "r.granted.total", "In 2024, how many requests were fully disclosed (予以公开) by the Hongze District government according to the table?"),
    ("en", "hz24", "a.litigation_direct.total", "Hongze 2024: how many disclosure lawsuits went straight to court?"),
    ("en", "hz24", "c.normative_docs.issued", "new normative documents issued by Hongze District in 2024"),
    ("en", "kw", "r.total_processed.total", "STCSM 2024: total requests handled (办理结果总计)?"),
    ("en", "kw", "r.received.commercial", "Shanghai science commission 2024, new requests from commercial enterprises?"),
    ("en", "kw", "c.punishment.decisions", "Did the Shanghai Science and Technology Commission make any administrative penalty decisions in 2024? Number please."),
    ("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests pushed into the next year (结转下年度继续办理)?"),
    ("en", "sh25", "a.review.pending", "In 2025 how many admin reviews against the Shanghai General Office were still pending?"),
    ("en", "sh25", "r.not_processed.petition.total", "Shanghai municipal gov general office 2025, requests not handled because they were really complaints or petitions (信访举报投诉)?"),
    ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office FY2025, requests that would need new information to be made"),
    ("en", "sh25", "r.received.natural_person", "shanghai general office 2025 new requests from private persons?"),
    ("en", "ha", "r.unable.not_held.legal_services", "Huai'an 2024: how many requests from legal service firms got a 'not held' answer?"),
]

# ------------------------------------------------------------------ [neighbour] trap (13)
TRAPS = [
    ("zh", "ha", "r.carried_over.total", "淮安2024年的申请里，从2023年转过来接着办的有多少件", "carried over 34, not carried forward 103"),
    ("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请（按表格，不含上一年结转）多少件", "新收 713, not text 受理 749 (incl. carried over) nor 办理 718"),
    ("zh", "ha", "a.litigation_after_review.total", "淮安2024年先申请复议、复议完再去起诉的信息公开案件几件", "after review 20, not direct 26 nor text total 46"),
    ("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以“过程性信息”为由不予公开的几件", "process info 2, not internal affairs 13"),
    ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年一共废止了多少件行政规范性文件", "repealed 26, not issued 8 nor in force 66"),
    ("zh", "sh25", "r.carried_over.natural_person", "上海市府办2025年上年结转的申请里，自然人那一栏是多少", "natural-person column 170, not total 189"),
    ("zh", "ha", "r.unable.not_held.natural_person", "淮安2024年“不掌握相关政府信息”只看自然人那一列是几", "natural-person column 746, not total 769"),
    ("en", "sy", "r.total_processed.total", "Shuyang County 2025: not how many came in, but how many were actually dealt with (办理结果总计)?", "handled 718, not received 713"),
    ("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019: requests carried over from 2018 into 2019?", "carried over 18, not carried forward 72"),
    ("en", "ha", "a.review.other", "Huai'an 2024 admin reviews with an 'other' outcome (其他结果), so neither corrected nor upheld", "other 178, not corrected 64"),
    ("en", "sy", "r.granted.total", "Shuyang 2025: requests granted in full, just the 予以公开 row, leave partial ones out", "granted 294, not granted + partial 395"),
    ("en", "kw", "r.received.total", "STCSM 2024: newly received requests, all applicant types together rather than only individuals", "total 34, not natural person 32"),
    ("en", "ha", "a.litigation_direct.upheld", "Huai'an 2024: direct lawsuits (no prior review) where the government's decision was upheld", "direct upheld 13, not all lawsuits upheld 25 (text)"),
]

# ------------------------------------------------------------------ [combine] sum (16)
_W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
SUMS = [
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开，一共多少件", {}),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年“不掌握”和“需要另行制作”两项加起来是多少", {}),
    ("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "记者求证：淮安市2024年信息公开行政诉讼一共多少件（直接起诉的加复议后起诉的）？", {"alt": (_HAR, 46)}),
    ("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年自然人新收的加上自然人上年结转的，合计多少", {}),
    ("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025年“其他处理”三个小项加总是多少", {}),
    ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年国家秘密、过程性信息、行政执法案卷这三项不予公开合计几件", {}),
    ("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安2024年许可、处罚、强制三类决定数量加在一起多少", {}),
    ("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收的加上上年结转的 一共多少件要办", {}),
    ("en", "ha", _W8, "Add up all eight 不予公开 reasons for Huai'an 2024, what total do you get?", {}),
    ("en", "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025 new requests from companies plus those from law firms", {}),
    ("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025: reviews + direct lawsuits + lawsuits after review, all together?", {}),
    ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 total appeal cases of every kind (review and both lawsuit types)", {}),
    ("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "Shanghai General Office 2019: 'not held' answers summed over individuals, businesses and legal service agencies", {}),
    ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze 2024 licensing plus penalty decisions combined", {}),
    ("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: new requests from organisations (companies, legal services, other), summed", {}),
    ("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Shuyang 2025: how many review and court cases in total ended with the original act upheld?", {}),
]

# ------------------------------------------------------------------ [combine] difference (10)
DIFFS = [
    ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少件"),
    ("zh", "sh19", "sh25", "r.received.total", "上海市府办新收的信息公开申请，2025年比2019年增加了多少件"),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽“本机关不掌握”这一项，从2023年到2024年涨了几件"),
    ("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅被申请行政复议的数量，2019年到2025年增加了多少"),
    ("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效的规范性文件 2024年比2023年多几件"),
    ("en", "sh19", "sh25", "r.carried_forward.total", "By how much did the Shanghai General Office's carried-forward requests grow from 2019 to 2025?"),
    ("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024 (2024 minus 2023)?"),
    ("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office requests from individuals, 2019 vs 2025: how many more in 2025?"),
    ("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions, 2024 figure minus 2023 figure"),
    ("en", "sh19", "sh25", "a.litigation_direct.total", "direct lawsuits against the Shanghai General Office: 2025 count minus 2019 count"),
]

# ------------------------------------------------------------------ [rank] ranking (13)
RANKS = [
    ("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，三家谁新收的申请最多"),
    ("zh", ["jx", "hz23", "sy"], "r.received.total", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年 哪家收到的申请最少"),
    ("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "按被申请行政复议的件数排：淮安2024、沭阳2025、上海市府办2019、涧西2020，最多的是谁"),
    ("zh", ["sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，直接起诉的行政诉讼最少的是哪个"),
    ("zh", ["ha", "hz23", "sy", "sh19"], "r.carried_forward.total", "asc", "结转下年度继续办理的数量，淮安24年、洪泽23年、沭阳25年、上海市府办19年里哪个最少"),
    ("zh", ["sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "个人申请里“需另行制作”的，洪泽区2023年、沭阳县2025年、上海市府办2019年哪家最多"),
    ("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "自然人申请被当作信访举报投诉不予处理的，淮安2024/沭阳2025/上海市府办2019 谁最多"),
    ("en", ["ha", "sy", "hz23"], "r.total_processed.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Hongze District 2023, which handled the fewest requests?"),
    ("en", ["sy", "sh19", "jx"], "r.carried_over.total", "desc", "Which had the most requests carried over from the year before: Shuyang County (2025), Shanghai General Office (2019) or Jianxi District (2020)?"),
    ("en", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "Rank Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019 by individual requests refused as administrative inquiries: who's top?"),
    ("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc", "Of Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Hongze (2023), which had the fewest 'not held' answers to individuals?"),
    ("en", ["ha", "sy", "jx"], "r.granted.natural_person", "desc", "Who granted the most individual requests in full: Huai'an 2024, Shuyang 2025, or Jianxi 2020?"),
    ("en", ["sh19", "sy", "jx"], "r.received.natural_person", "asc", "lowest number of new requests from individuals, Shanghai General Office 2019 vs Shuyang 2025 vs Jianxi 2020?"),
]

# ------------------------------------------------------------------ [textonly] narrative (39)
# (lang, body, keyword, value, unit, question)
TEXTONLY = [
    ("zh", "sy", "催办提示", 84, "次", "沭阳县2025年那个“线下依申请件倒计时报警器”全年发了多少次催办提示"),
    ("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站巡检 整改了多少处失效链接"),
    ("zh", "sy", "过期信息697条", 697, "条", "沭阳县政府2025年清理了多少条过期信息"),
    ("zh", "sy", "爆款内容52条", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款"),
    ("zh", "sy", "办前主动沟通", 49, "次", "2025年沭阳办前主动跟申请人沟通了几次"),
    ("zh", "sy", "全县共办理相关案件", 74, "件", "沭阳县2025年全县复议诉讼相关案件一共办了多少件？就是正文里说的那个数"),
    ("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
    ("zh", "ha", "政策解读21", 6, "期", "淮安2024年出了几期《淮安市人民政府公报》"),
    ("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息处理费 按元算"),
    ("zh", "ha", "全覆盖检查", 4, "次", "淮安24年组织了几次政务公开栏目全覆盖检查"),
    ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站主动发布了多少条政府信息"),
    ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站平台主动公开的信息条数"),
    ("zh", "kw", "直播 118", 118, "场", "上海科委视频号2024年直播了几场"),
    ("zh", "kw", "原创文章 294", 294, "篇", "上海市科委2024年公众号原创文章多少篇"),
    ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会"),
    ("zh", "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年的申请里 申请人自己撤回的有多少件"),
    ("zh", "sh25", "新增意大利语网站", 10, "个", "“上海国际服务门户”2025年覆盖了几个语种"),
    ("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题一共权威发布了多少次"),
    ("zh", "sh19", "41条短视频", 41, "条", "2019年进博会期间“上海发布”用抖音号发了多少条短视频"),
    ("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理出来的政务公开事项一共多少项"),
    ("en", "jx", "办结率88.2%", 88.2, "%", "What completion rate for disclosure requests did Jianxi District report for 2020?"),
    ("en", "jx", "共21个领域", 21, "个", "Jianxi 2020: the itemised disclosure list it compiled covers how many areas (领域)?"),
    ("en", "ha", "政务新媒体共计 95", 95, "个", "How many government new-media accounts were running in Huai'an per its 2024 report?"),
    ("en", "ha", "政策解读21", 21, "个", "Huai'an 2024: number of policy interpretations produced (政策解读)?"),
    ("en", "sy", "意见征集9期", 9, "期", "Shuyang 2025, how many rounds of public comment (意见征集) ran through the county portal?"),
    ("en", "sy", "64家单位", 64, "家", "How many units had their annual disclosure reports published together by Shuyang County in 2025?"),
    ("en", "sy", "策采相关新闻稿件2606", 2606, "篇", "Shuyang 2025 new media: how many news articles were put together?"),
    ("en", "sy", "信息处理费共计380", 380, "元", "Total information processing fees collected across Shuyang County in 2025, in yuan?"),
    ("en", "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the 'Shanghai Science' WeChat account have according to the STCSM 2024 report?"),
    ("en", "kw", "主合办政协提案 85", 85, "件", "STCSM 2024: how many CPPCC proposals did it handle as lead or co-organiser?"),
    ("en", "kw", "惠企政策 83", 83, "条", "Shanghai science commission 2024, enterprise-support policies submitted in routine reporting: how many?"),
    ("en", "kw", "5 个高频事项", 5, "个", "How many high-frequency services of the science commission had 'read-and-apply linkage' (阅办联动) set up in 2024?"),
    ("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal government press conferences held in 2025?"),
    ("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?"),
    ("en", "sh25", "公开属性审查 166", 166, "件", "Shanghai General Office 2025, disclosure-attribute reviews of official documents completed?"),
    ("en", "sh19", "政策解读共132件", 132, "件", "How many policy interpretations did the 'China Shanghai' portal publish in 2019?"),
    ("en", "sh19", "公文主动公开率达90.2%", 90.2, "%", "2019: what share of the Shanghai government documents reviewed were proactively disclosed?"),
    ("en", "sh19", "70家政府网站", 70, "家", "Shanghai 2019 report: how many government websites get a full check every quarter?"),
    ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?"),
]

# ------------------------------------------------------------------ [cannot] unanswerable (39)
CANNOT = [
    ("zh", "淮安市2024年的3119件申请，按月份分别是多少？", "month breakdown not reported"),
    ("zh", "沭阳县2025年来申请信息公开的人里 男的女的各多少", "sex of applicants not reported"),
    ("zh", "我在12345接到个电话，来电人说他2025年向沭阳县政府申请过拆迁补偿的信息，想问他那件现在办到哪一步了", "one person's own case"),
    ("zh", "南京市政府2024年信息公开年报里受理了多少申请", "南京市 not in the corpus"),
    ("zh", "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 not in the corpus"),
    ("zh", "上海市府办2026年预计会收到多少申请？", "forecast"),
    ("zh", "淮安2024年被复议纠正的那些案子分别是哪些部门的？", "department breakdown not reported"),
    ("zh", "你觉得上海市科委2024年信息公开工作做得好不好", "opinion"),
    ("zh", "沭阳县2025年大家申请公开的信息主要是什么主题，征地拆迁的占多少？", "topic breakdown not reported"),
    ("zh", "涧西区2021年的年报里行政复议有几件", "涧西区 2021 not in the corpus"),
    ("zh", "宿迁市2025年政府信息公开申请总数", "宿迁市 not in the corpus"),
    ("zh", "淮安市2024年被不予公开的申请人都叫什么名字，电话多少", "personal data"),
    ("zh", "上海市府办2019年的申请按区分，浦东、徐汇这些各提了多少", "district breakdown not reported"),
    ("zh", "洪泽区2023年信息公开申请平均多少天答复完", "response time not reported"),
    ("zh", "为什么淮安市2024年会有那么多申请被答复本机关不掌握？原因是啥", "reasons not stated"),
    ("zh", "沭阳县2024年政府信息公开申请多少件", "沭阳县 2024 not in the corpus"),
    ("zh", "上海科委2023年新收了多少申请", "上海市科委 2023 not in the corpus"),
    ("zh", "清江浦区2024年信息公开行政复议多少件", "清江浦区 not in the corpus"),
    ("zh", "淮安市政府办2024年专门负责信息公开的有几个工作人员", "staff not reported"),
    ("zh", "洪泽区2024年的申请人里60岁以上的有多少", "age not reported"),
    ("en", "How many of Huai'an's 2024 disclosure requests came in online versus by post?", "channel not reported"),
    ("en", "Break down Shuyang County's 2025 requests by township please", "township breakdown not reported"),
    ("en", "What will Huai'an's disclosure request total be for 2025?", "forecast; 淮安 2025 not in the corpus"),
    ("en", "Pudong New Area 2024 information disclosure requests received?", "浦东新区 not in the corpus"),
    ("en", "My neighbour applied to the Hongze District government in 2024 for his land file. Was his request granted?", "one person's own case"),
    ("en", "Shanghai General Office 2022 annual report: requests received?", "上海市府办 2022 not in the corpus"),
    ("en", "In 2025 how many of the Shanghai General Office's requests arrived in the first quarter?", "quarter breakdown not reported"),
    ("en", "Which industries were the companies in that filed requests with Huai'an in 2024?", "industry breakdown not reported"),
    ("en", "Is Shuyang County's 2025 disclosure work better than other Jiangsu counties'?", "opinion / bodies not in the corpus"),
    ("en", "Why did people send requests to the Shanghai science commission in 2024, what were they asking about?", "reasons / topics not reported"),
    ("en", "What did Jianxi District spend on information disclosure work in 2020?", "costs not reported"),
    ("en", "List the names of the people who sued the Huai'an city government over disclosure in 2024.", "personal data"),
    ("en", "Hongze District 2023: how many requests came from people living outside the district?", "residence not reported"),
    ("en", "Suzhou city 2024 administrative reviews over disclosure?", "苏州市 not in the corpus"),
    ("en", "How many disclosure requests did Jianxi District get in 2019?", "涧西区 2019 not in the corpus"),
    ("en", "Average age of applicants to the Shanghai General Office in 2019?", "age not reported"),
    ("en", "Of Shuyang's 2025 requests, how many were about housing demolition?", "topic breakdown not reported"),
    ("en", "How many staff work in the STCSM disclosure office in 2024?", "staff not reported"),
    ("en", "Forecast: will reviews against the Shanghai General Office go up in 2026?", "forecast"),
]


# ------------------------------------------------------------------ [followup] (39)
def FOLLOWUPS():
    z, e = "zh", "en"
    rows = [
        (z, [("淮安市2024年自然人新收的申请有几件", E("ha", "r.received.natural_person")),
             ("那企业的呢", E("ha", "r.received.commercial")),
             ("法律服务机构呢", E("ha", "r.received.legal_services"))], "column switch"),
        (z, [("淮安2024信息公开行政复议 结果维持的几件", E("ha", "a.review.upheld")),
             ("纠正的呢", E("ha", "a.review.corrected")),
             ("还没审完的", E("ha", "a.review.pending"))], "outcome switch"),
        (z, [("淮安市政府2024年未经复议直接起诉的行政诉讼总计", E("ha", "a.litigation_direct.total")),
             ("复议后起诉的呢", E("ha", "a.litigation_after_review.total"))], "group switch"),
        (z, [("沭阳县2025年予以公开多少", E("sy", "r.granted.total")),
             ("部分公开呢", E("sy", "r.partially_granted.total")),
             ("那自然人的部分公开", E("sy", "r.partially_granted.natural_person"))], "row then column"),
        (z, [("上海市府办2019年新收申请总数", E("sh19", "r.received.total")),
             ("同一项2025年", E("sh25", "r.received.total"))], "year switch"),
        (z, [("洪泽区2023年行政许可决定几件", E("hz23", "c.licensing.decisions")),
             ("24年呢", E("hz24", "c.licensing.decisions")),
             ("那行政处罚呢", E("hz24", "c.punishment.decisions"))], "year then row"),
        (z, [("淮安2024年上年结转的申请多少", E("ha", "r.carried_over.total")),
             ("结转到下一年的呢", E("ha", "r.carried_forward.total"))], "carried over vs forward"),
        (z, [("沭阳县2025年被申请行政复议总计几件", E("sy", "a.review.total")),
             ("换成淮安市2024年", E("ha", "a.review.total"))], "body and year switch"),
        (z, [("上海市政府办公厅2025年上年结转多少件", E("sh25", "r.carried_over.total")),
             ("只算自然人的", E("sh25", "r.carried_over.natural_person")),
             ("法律服务机构那一栏", E("sh25", "r.carried_over.legal_services"))], "column switch"),
        (z, [("淮安2024 本机关不掌握 总计", E("ha", "r.unable.not_held.total")),
             ("沭阳县2025年同一项", E("sy", "r.unable.not_held.total"))], "body switch"),
        (z, [("涧西区2020年收到依申请公开几件", E("jx", "r.received.total")),
             ("办结了多少", E("jx", "r.total_processed.total")),
             ("还在办的", E("jx", "r.carried_forward.total"))], "row switch"),
        (z, [("上海科委2024年新收申请多少", E("kw", "r.received.total")),
             ("那个人的呢", E("kw", "r.received.natural_person")),
             ("企业的", E("kw", "r.received.commercial"))], "column switch"),
        (z, [("沭阳2025年内部事务信息不予公开的", E("sy", "r.withheld.internal_affairs.total")),
             ("过程性信息的呢", E("sy", "r.withheld.process_info.total")),
             ("行政查询事项呢", E("sy", "r.withheld.admin_query.total"))], "sub-item switch"),
        (z, [("洪泽区2024年行政复议几件", E("hz24", "a.review.total")),
             ("直接起诉的行政诉讼呢", E("hz24", "a.litigation_direct.total")),
             ("复议后起诉的", E("hz24", "a.litigation_after_review.total"))], "group switch"),
        (z, [("上海市府办2019年新制作的规章几件", E("sh19", "c.regulations.made")),
             ("对外公开总数呢", E("sh19", "c.regulations.total_published"))], "column switch"),
        (z, [("淮安2024年制发行政规范性文件多少件", E("ha", "c.normative_docs.issued")),
             ("废止的呢", E("ha", "c.normative_docs.repealed")),
             ("现行有效的", E("ha", "c.normative_docs.in_force"))], "column switch"),
        (z, [("沭阳2025年逾期不补正的有几件", E("sy", "r.other.overdue_correction.total")),
             ("淮安2024年同一项", E("ha", "r.other.overdue_correction.total"))], "body switch"),
        (z, [("上海市府办2025年直接起诉的诉讼总计", E("sh25", "a.litigation_direct.total")),
             ("其中还没审结的", E("sh25", "a.litigation_direct.pending"))], "outcome switch"),
        (z, [("沭阳县2025年行政事业性收费多少万元", E("sy", "c.fees.amount", **M)),
             ("洪泽区2023年的呢", E("hz23", "c.fees.amount", **M))], "body switch"),
        (z, [("淮安2024年因为会损害第三方合法权益不公开的几件", E("ha", "r.withheld.third_party.total")),
             ("危及“三安全一稳定”的呢", E("ha", "r.withheld.security_stability.total")),
             ("国家秘密", E("ha", "r.withheld.state_secret.total"))], "sub-item switch"),
        (e, [("Huai'an 2024 new requests total?", E("ha", "r.received.total")),
             ("and the ones carried over from 2023?", E("ha", "r.carried_over.total"))], "row switch"),
        (e, [("Shuyang 2025 direct lawsuits?", E("sy", "a.litigation_direct.total")),
             ("and the court ones after review?", E("sy", "a.litigation_after_review.total")),
             ("how many of those are still pending?", E("sy", "a.litigation_after_review.pending"))], "group then outcome"),
        (e, [("Shanghai General Office 2019, new requests from individuals", E("sh19", "r.received.natural_person")),
             ("what about companies", E("sh19", "r.received.commercial")),
             ("legal service agencies?", E("sh19", "r.received.legal_services"))], "column switch"),
        (e, [("Hongze 2023 'not held' answers?", E("hz23", "r.unable.not_held.total")),
             ("2024?", E("hz24", "r.unable.not_held.total"))], "year switch"),
        (e, [("Huai'an 2024 administrative fees amount (万元)?", E("ha", "c.fees.amount", **M)),
             ("and Shuyang for 2025?", E("sy", "c.fees.amount", **M))], "body switch"),
        (e, [("Shuyang County 2025, requests handled in total", E("sy", "r.total_processed.total")),
             ("how many rolled over into the next year?", E("sy", "r.carried_forward.total"))], "row switch"),
        (e, [("STCSM 2024 normative documents issued?", E("kw", "c.normative_docs.issued")),
             ("still in force?", E("kw", "c.normative_docs.in_force"))], "column switch"),
        (e, [("Shanghai General Office 2025: admin reviews total", E("sh25", "a.review.total")),
             ("same for 2019", E("sh19", "a.review.total"))], "year switch"),
        (e, [("Huai'an 2024 lawsuits after review, total", E("ha", "a.litigation_after_review.total")),
             ("how many upheld", E("ha", "a.litigation_after_review.upheld")),
             ("and corrected?", E("ha", "a.litigation_after_review.corrected"))], "outcome switch"),
        (e, [("Shuyang 2025 requests needing the info to be newly created?", E("sy", "r.unable.needs_creation.total")),
             ("Huai'an 2024?", E("ha", "r.unable.needs_creation.total")),
             ("and the Shanghai General Office in 2019, individuals only?", E("sh19", "r.unable.needs_creation.natural_person"))], "body, year and column switch"),
        (e, [("Jianxi 2020 administrative reviews?", E("jx", "a.review.total")),
             ("lawsuits filed directly?", E("jx", "a.litigation_direct.total"))], "group switch"),
        (e, [("Hongze District 2024 fees collected (万元)?", E("hz24", "c.fees.amount", **M)),
             ("and 2023?", E("hz23", "c.fees.amount", **M))], "year switch"),
        (e, [("Huai'an 2024 fully disclosed requests", E("ha", "r.granted.total")),
             ("only from individuals", E("ha", "r.granted.natural_person")),
             ("and from legal service firms?", E("ha", "r.granted.legal_services"))], "column switch"),
        (e, [("Shanghai General Office 2019 total handled", E("sh19", "r.total_processed.total")),
             ("2025?", E("sh25", "r.total_processed.total"))], "year switch"),
        (e, [("Shuyang 2025 requests treated as petitions/complaints and not processed?", E("sy", "r.not_processed.petition.total")),
             ("repeat ones?", E("sy", "r.not_processed.duplicate.total"))], "sub-item switch"),
        (e, [("Huai'an 2024 municipal regulations currently in force", E("ha", "c.regulations.in_force")),
             ("and how many were issued during 2024?", E("ha", "c.regulations.issued"))], "column switch"),
        (e, [("Hongze 2023 partially disclosed", E("hz23", "r.partially_granted.total")),
             ("Shuyang 2025?", E("sy", "r.partially_granted.total"))], "body switch"),
        (e, [("Shanghai General Office 2025 'not held' count in the table", E("sh25", "r.unable.not_held.total")),
             ("needs creating?", E("sh25", "r.unable.needs_creation.total"))], "sub-item switch"),
        (e, [("STCSM 2024 licensing decisions", E("kw", "c.licensing.decisions")),
             ("penalties?", E("kw", "c.punishment.decisions"))], "row switch"),
    ]
    return [F(lang, turns, "[followup] " + note) for lang, turns, note in rows]


def CONVERSATIONS():
    out = []
    for row in PLAIN:
        lang, b, k, q = row[:4]
        kw = row[4] if len(row) > 4 else {}
        out.append(V(lang, b, k, q, "[plain] table value", **kw))
    for lang, b, k, q, why in TRAPS:
        out.append(T(lang, b, k, q, "[neighbour] " + why))
    for lang, b, ks, q, kw in SUMS:
        out.append(S(lang, b, ks, q, "[combine] sum of the listed cells", **kw))
    for lang, b1, b2, k, q in DIFFS:
        kw = M if H.K(k) in ("active.fees.amount",) else {}
        out.append(D(lang, b1, b2, k, q, "[combine] later year minus earlier year", **kw))
    for lang, bodies, k, order, q in RANKS:
        out.append(R(lang, bodies, k, order, q, "[rank] ranking over bodies with gold, each in its gold year"))
    for lang, b, kwd, v, unit, q in TEXTONLY:
        out.append(N(lang, b, kwd, v, unit, q, "[textonly] number stated only in the report text"))
    for lang, q, why in CANNOT:
        out.append(U(lang, q, why, "[cannot] " + why))
    out.extend(FOLLOWUPS())
    return out
