"""Question bank of the blind99 evaluation set (evals/blind99). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers99 computes them from gold/*.json, from printed rows of the
reports without gold (SPECS, the same cells blind6 verified) or from sentences cut from the text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib99 as L  # noqa: E402
from helpers99 import C, D, E, EN, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

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

# text and table state the same number (marked ambiguous, sentence acceptable)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351"
SY_REQ = "其中自然人申请"
SY_DONE = "共办理 718"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH25_REQ = "市政府共受理政府信息公开申请 1295"
JX_REQ = "全年共收到依申请公开17件"
KW_REQ = "全年收到政府信息公开申请 34"
HZ23_REQ = "全区受理政府信息公开申请 21"
M = "万元"


def plain():
    p = "[plain] "
    return [
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少份信息公开申请", p + "received total; text agrees", alt=(HA_REQ, 3119)),
        V("zh", "sy", "r.unable.not_held.total", "沭阳县2025年有多少申请是政府回复说他们手上根本没这个信息的", p + "not held, colloquial"),
        V("zh", "ha", "r.withheld.admin_query.total", "我想知道淮安2024年有几件被说成是“你这是查询不是申请”给挡回去的", p + "withheld admin query, described by what happened"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年因为说是单位内部的事儿所以不给公开的有几件", p + "internal affairs, colloquial"),
        V("zh", "ha", "r.withheld.third_party.total", "淮安市2024年 怕侵犯别人（第三方）权益没公开的 几件啊", p + "third party"),
        V("zh", "sy", "r.withheld.security_stability.total", "沭阳县2025年以会影响安全稳定为由不公开的有多少", p + "security stability"),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安2024年有几件申请因为涉密没给", p + "state secret"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安市政府2024年 别的法律法规不让公开的那种 有多少件", p + "prohibited by other law"),
        V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳25年 想要执法案卷结果没给的 几个", p + "enforcement files, two-digit year"),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年说材料还在讨论研究阶段、属于过程性的所以没公开，有几件", p + "process info"),
        V("zh", "ha", "r.unable.unclear.total", "淮安市2024年 让人补正了以后还是说不清要啥的 有几件", p + "unclear after correction"),
        V("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年因为要重新做一份材料才能给所以没提供的 有几件", p + "needs creation"),
        V("zh", "ha", "r.not_processed.petition.total", "我在12345接线，来电人问淮安2024年有多少申请其实是来投诉信访的、所以没按信息公开处理", p + "petition, help-desk relay"),
        V("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025年同一个人重复申请被不予处理的 多少", p + "duplicate"),
        V("zh", "ha", "r.not_processed.reconfirm.total", "淮安2024年 有人拿着已经拿到的信息让政府再确认一遍/重新出一份的 被不予处理几件", p + "reconfirm"),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年通知交信息处理费结果人家没交的，算几件", p + "overdue fee"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年让申请人补材料他一直没补的 有多少件", p + "overdue correction"),
        V("zh", "sy", "r.other.other.total", "沭阳县二〇二五年的表里“其他”那一小项（不是逾期补正也不是逾期缴费的）是多少", p + "other of other"),
        V("zh", "ha", "r.partially_granted.total", "淮安2024 只给了一部分的申请有多少", p + "partially granted"),
        V("zh", "sy", "r.granted.total", "沭阳县政府2025年全部同意公开的申请多少件", p + "granted"),
        V("zh", "ha", "r.received.legal_services", "淮安2024年律师事务所那类机构交的新申请多少", p + "legal services column"),
        V("zh", "ha", "r.received.commercial", "淮安市2024年公司企业来申请信息公开的有几件", p + "commercial column"),
        V("zh", "ha", "r.received.other_org", "淮安2024年除了企业、科研、公益、律所以外的“其他”组织申请了几件", p + "other org column"),
        V("zh", "sy", "r.received.legal_services", "沭阳县2025年律所等法律服务机构新提的申请有几件", p + "legal services sy"),
        V("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年老百姓个人提的新申请是多少", p + "natural person sh19"),
        V("zh", "ha", "a.review.corrected", "淮安2024年信息公开复议里 被复议机关改过来/纠错的 有几件", p + "review corrected; text agrees", alt=(HA_APP, 64)),
        V("zh", "sy", "a.review.pending", "沭阳县2025年复议案子到年底还没出结果的几件", p + "review pending"),
        V("zh", "ha", "a.litigation_direct.upheld", "淮安2024年没走复议直接去法院告的 法院判政府赢了（维持）的几件", p + "direct litigation upheld"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市2024年先复议然后又去起诉的案子里 还没判完的有几个", p + "after-review pending"),
        V("zh", "sy", "a.litigation_after_review.other", "沭阳2025年 复议后再起诉的 结果既不是维持也不是纠正的 几件", p + "after-review other"),
        V("zh", "ha", "a.litigation_direct.corrected", "淮安2024年直接打官司的里头政府被法院纠正了几次", p + "direct corrected"),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市2024年作废掉的规范性文件几件", p + "normative repealed"),
        V("zh", "sy", "c.normative_docs.in_force", "沭阳县政府2025年底还管用的行政规范性文件一共多少件", p + "normative in force"),
        V("zh", "hz23", "c.licensing.decisions", "洪泽2023年批了多少行政许可", p + "licensing"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定多少", p + "coercion"),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱", p + "fees", unit=M),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽区24年申请的东西区里说自己不掌握的 有几件", p + "hz24 not held text cell"),
        V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚做了多少个决定", p + "hz24 punishment"),
        V("zh", "kw", "r.received.commercial", "上海科委2024年 企业提的新申请几件", p + "kw commercial"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年 有多少申请其实是信访投诉 被不予处理", p + "sh25 petition"),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 需要另外加工制作才有的信息、因此没提供的 多少件", p + "sh25 needs creation"),
        V("zh", "sh25", "r.carried_over.legal_services", "上海市府办2025年从上一年转过来的申请里 律所提的占几件", p + "sh25 carried over legal services"),
        V("zh", "jx", "r.carried_forward.total", "涧西区政府办2020年还没办完、要留到下一年接着办的申请有几件", p + "jx carried forward; text agrees", alt=("在办2件", 2)),
        V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目几个", p + "jx procurement projects"),
        V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数是多少", p + "sh19 regs total published"),
        V("zh", "hz23", "r.unable.needs_creation.total", "俺想问哈洪泽区2023年要另外整理加工才能给的信息 没给的有几个", p + "hz23 needs creation, dialect flavour"),
        V("en", "ha", "r.withheld.admin_query.total", "huaian 2024 how many requests were refused because gov said it was just an administrative lookup not a disclosure request", p + "admin query"),
        V("en", "sy", "r.withheld.internal_affairs.total", "Shuyang County 2025: requests refused since the stuff was only about the office's own internal matters?", p + "internal affairs"),
        V("en", "ha", "r.withheld.security_stability.total", "In 2024, how many Huai'an requests were turned down because releasing them could endanger safety or social stability?", p + "security stability"),
        V("en", "sy", "r.withheld.admin_query.total", "shuyang 2025 refused as being a query service rather than info disclosure - count?", p + "sy admin query"),
        V("en", "ha", "r.withheld.enforcement_files.total", "How many times did Huaian city government in 2024 refuse to hand over law-enforcement case files?", p + "enforcement files"),
        V("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: requests not disclosed because the papers were still drafts / deliberation stage?", p + "process info"),
        V("en", "sy", "r.withheld.third_party.total", "For Shuyang in 2025, how many were withheld to protect somebody else's lawful interests?", p + "third party"),
        V("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023, how many request denied for being state secret", p + "state secret"),
        V("en", "ha", "r.unable.not_held.total", "huaian 2024 how many times did the government say 'we simply don't have that info'", p + "not held"),
        V("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 — requests it could not fulfil because the info would have to be newly compiled?", p + "needs creation"),
        V("en", "ha", "r.not_processed.duplicate.total", "How many Huaian requests in 2024 were ignored as repeat submissions of the same thing?", p + "duplicate"),
        V("en", "sy", "r.not_processed.petition.total", "Shuyang 2025: how many applications were actually complaints or petitions and so were not handled as disclosure requests?", p + "petition"),
        V("en", "sy", "r.other.overdue_correction.total", "shuyang county 2025 requests closed because applicant never sent the fix-ups asked for", p + "overdue correction"),
        V("en", "ha", "r.other.overdue_fee.total", "Huaian 2024, applicant did not pay the processing fee in time - how many cases", p + "overdue fee"),
        V("en", "ha", "r.other.other.total", "In Huai'an's 2024 report, the catch-all 'other' line under other handling (not late correction, not late fee) shows how many?", p + "other.other"),
        V("en", "sy", "r.partially_granted.total", "Shuyang 2025 how many requesters got only part of what they asked for", p + "partial"),
        V("en", "ha", "r.granted.natural_person", "Huaian 2024: requests from private individuals that were fully released?", p + "granted natural person"),
        V("en", "ha", "r.partially_granted.commercial", "Huai'an in 2024 - companies that got a partial release, how many?", p + "partial commercial"),
        V("en", "sy", "r.granted.legal_services", "Shuyang County 2025 — law firms whose requests were fully granted?", p + "granted legal services"),
        V("en", "sh19", "r.received.commercial", "Shanghai General Office FY2019, new requests filed by businesses?", p + "sh19 commercial"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai Municipal Govt General Office 2019, individuals told the info would need to be freshly made - how many?", p + "sh19 needs creation NP"),
        V("en", "sh19", "r.not_processed.petition.natural_person", "In 2019 how many individuals' applications to the Shanghai General Office were treated as complaints/petitions and not processed?", p + "sh19 petition NP"),
        V("en", "ha", "a.review.other", "Huaian 2024 admin reconsiderations that ended in some other way (neither upheld nor corrected)?", p + "review other; text agrees", alt=(HA_APP, 178)),
        V("en", "ha", "a.review.pending", "Huai'an 2024: how many reconsideration cases were still open at year end?", p + "review pending; text agrees", alt=(HA_APP, 37)),
        V("en", "sy", "a.review.upheld", "Shuyang 2025 - in how many appeals to the reconsideration body was the county's decision kept as it was?", p + "review upheld"),
        V("en", "sy", "a.review.corrected", "shuyang 2025 reconsiderations where the decision got overturned/fixed", p + "review corrected"),
        V("en", "ha", "a.litigation_direct.other", "Huaian 2024, lawsuits filed straight away without reconsideration that ended some other way?", p + "direct other"),
        V("en", "ha", "a.litigation_after_review.upheld", "Huai'an 2024: people who sued after losing reconsideration, and the court sided with the govt — how many?", p + "after review upheld"),
        V("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025 direct court cases where the government won?", p + "sy direct upheld"),
        V("en", "ha", "a.litigation_after_review.corrected", "In 2024 Huai'an: sued-after-reconsideration cases where the court corrected the government?", p + "after review corrected"),
        V("en", "hz23", "a.review.upheld", "Hongze District 2023 — reconsideration outcomes that kept the original decision (维持)?", p + "hz23 review upheld"),
        V("en", "ha", "c.regulations.in_force", "How many Huai'an municipal regulations were still valid at end of 2024?", p + "regs in force"),
        V("en", "sy", "c.normative_docs.issued", "Shuyang 2025, new normative documents put out that year?", p + "normative issued"),
        V("en", "ha", "c.licensing.decisions", "Huaian 2024 number of administrative licensing decisions", p + "licensing"),
        V("en", "sy", "c.fees.amount", "How much did Shuyang County collect in administrative fees in 2025?", p + "fees", unit=M),
        V("en", "hz23", "c.coercion.decisions", "Hongze 2023 administrative compulsion decisions (行政强制)?", p + "coercion"),
        V("en", "hz24", "c.licensing.decisions", "hongze district FY2024 how many permits (licensing decisions) were issued", p + "hz24 licensing"),
        V("en", "hz24", "r.granted.total", "Hongze 2024, requests answered with a full yes?", p + "hz24 granted"),
        V("en", "kw", "active.licensing.decisions", "Shanghai science commission 2024, licensing decisions made?", p + "kw licensing"),
        V("en", "kw", "r.received.natural_person", "STCSM in 2024: new disclosure requests from ordinary citizens?", p + "kw NP"),
        V("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025, how many were dropped as duplicates of an earlier request?", p + "sh25 duplicate"),
        V("en", "sh25", "a.review.pending", "Shanghai General Office 2025 — reconsideration cases not yet concluded?", p + "sh25 review pending"),
        V("en", "sh25", "r.received.commercial", "How many new requests did companies file with the Shanghai municipal government general office in 2025?", p + "sh25 commercial"),
        V("en", "jx", "r.granted.total", "Jianxi District 2020, how many requests were fully disclosed?", p + "jx granted"),
        V("en", "jx", "c.procurement.amount", "jianxi 2020 govt procurement total amount (采购总金额)?", p + "jx procurement amount", unit=M),
        V("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, total normative documents publicly available (对外公开总数量)?", p + "sh19 normative total published"),
    ]


def combine():
    c = "[combine] "
    return [
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "淮安2024年 涉密、法律不让公开、怕影响安全稳定 这三种不公开的加起来多少", c + "sum of 3 withheld"),
        S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访类和重复申请这两种不予处理的合计", c + "sum 2"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年直接起诉和复议后起诉两类行政诉讼加一起几件（按表里两栏相加）", c + "sum lawsuits; text 46 = same", alt=("政府信息公开行政诉讼 46", 46)),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年 全给的加上给了一部分的 一共多少", c + "granted + partial"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安2024年“其他处理”三个小项（逾期不补正、逾期不交费、其他）加总是多少", c + "other handling sum of 3"),
        S("zh", "sh19", ["r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"], "上海市府办2019年行政查询事项不予公开的，自然人加企业两栏一共多少", c + "sh19 columns sum"),
        S("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld"], "帮老师核个数：淮安2024年复议维持、纠正、其他、未审结四栏，再加上直接起诉的维持，五个数加起来", c + "sum of 5"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "沭阳2025年不予公开的八个小项全部加起来是多少", c + "sum of 8"),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huaian 2024: add up all three 'could not provide' reasons — don't have it, would need to create it, still unclear after correction", c + "unable sum"),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Shuyang 2025: requests closed for no correction plus those closed for unpaid fees, together?", c + "sum 2"),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services"], "Huai'an 2024 new requests from businesses and from law firms combined", c + "columns sum"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang County 2025, total of reconsiderations plus both kinds of lawsuits, summing the three table totals", c + "appeals sum of 3"),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "Shanghai General Office 2019, 'not held' replies to individuals, companies and legal service firms added together", c + "sh19 not held columns"),
        S("en", "ha", ["c.normative_docs.issued", "c.regulations.issued"], "Huaian 2024 new normative documents plus new regulations issued — total?", c + "active sum"),
        S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020 fully disclosed plus 'we don't hold it' replies together", c + "jx sum"),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.state_secret.total"], "Hongze 2023: sum of not-held, needs-creation, process-info, enforcement-file and state-secret cases", c + "sum of 5"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少", c + "difference hz"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 说“不掌握”的申请，2023年到2024年增加了几件", c + "difference hz not held"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办 2025年新收申请数量跟2019年比多了多少", c + "difference sh new received"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅转到下一年继续办的申请，2025年比2019年多几件", c + "difference sh carried forward"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制2024年跟2023年比，变化多少（24年减23年）", c + "difference hz coercion"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalties: change from 2023 to 2024 (2024 minus 2023)?", c + "difference hz punishment"),
        D("en", "sh19", "sh25", "a.review.total", "By how much did reconsideration cases at the Shanghai General Office grow between 2019 and 2025?", c + "difference sh review"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: new requests from individuals, 2025 vs 2019 — what's the increase?", c + "difference sh NP"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fee income 2024 minus 2023?", c + "difference hz fees", unit=M),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze district normative docs in force, how many more in 2024 than 2023", c + "difference hz in force"),
    ]


def rank():
    r = "[rank] "
    G = ["ha", "sy", "sh19", "jx"]
    return [
        R("zh", G, "r.received.total", "desc", "淮安2024、沭阳2025、上海市府办2019、涧西2020，哪家新收申请最多", r + "received desc"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转过来的申请，淮安2024年、沭阳2025年、上海市政府办公厅2019年谁最多", r + "carried over desc"),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "淮安2024 洪泽2023 沭阳2025 三个里面行政强制决定最少的是哪个", r + "coercion asc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.not_processed.petition.natural_person", "desc", "个人提交的信访投诉类申请被不予处理的：淮安2024、沭阳2025、上海市府办2019、洪泽2023，谁最多", r + "petition NP desc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下一年的申请最少的是哪个：淮安24年、沭阳25年、上海市府办19年、涧西20年", r + "carried forward asc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "现行有效规范性文件 淮安2024 洪泽2023 沭阳2025 谁最多", r + "in force desc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼最少的：淮安2024年、沭阳2025年、上海市府办2019年、涧西区2020年", r + "direct lit asc"),
        R("en", G, "r.total_processed.total", "asc", "Which handled the fewest requests in total: Huaian 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", r + "processed asc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Biggest admin fee income among Huai'an (2024), Hongze (2023) and Shuyang (2025)?", r + "fees desc"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.withheld.admin_query.natural_person", "desc", "individuals refused as admin-query matters: Huaian 2024 vs Shuyang 2025 vs Shanghai General Office 2019 vs Hongze 2023, who has most", r + "admin query NP desc"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc", "Of Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023, which told the fewest individuals it didn't hold the info?", r + "not held NP asc"),
        R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Most penalty decisions: Huaian 2024, Hongze 2023 or Shuyang 2025?", r + "punishment desc"),
        R("en", ["ha", "sy", "sh19"], "a.review.total", "asc", "Fewest admin reconsiderations: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", r + "review asc"),
    ]


def textonly():
    t = "[textonly] "
    return [
        N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年在县政府网站上搞了几期征求意见", t + "consultations"),
        N("zh", "sy", "其中1条播放量破亿", 52, "条", "沭阳2025年那种刷屏的爆款内容一共出了多少条", t + "viral posts"),
        N("zh", "sy", "全年发出催办提示", 84, "次", "我2025年春天帮我妈给沭阳县政府写过申请，等了挺久。想问下2025年他们内部一共发了多少次催办提醒", t + "reminders, story"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站上打不开的坏链接修了多少个", t + "broken links"),
        N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年把过时的旧信息清掉了多少条", t + "cleanup"),
        N("zh", "sy", "收取信息处理费共计380元", 380, "元", "沭阳2025年收申请人的信息处理费一共多少钱", t + "fee in yuan"),
        N("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳2025年办申请之前主动打电话跟申请人沟通了几次", t + "pre-contact"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会", t + "press conferences"),
        N("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安2024年市政府公报出了几期", t + "gazette"),
        N("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市2024年还在运营的政务新媒体号有多少个", t + "new media accounts"),
        N("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安2024年信息处理费收了多少元", t + "fee yuan"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开的新闻通气会（不是发布会）有几场", t + "briefings"),
        N("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年有多少申请是申请人自己撤回的", t + "withdrawn"),
        N("zh", "sh25", "目前已覆盖", 10, "个", "“上海国际服务门户”到2025年覆盖了几种语言", t + "languages"),
        N("zh", "sh19", "通过“中国上海”门户网站发布政策解读共", 132, "件", "上海市政府办公厅2019年在门户网站上发了多少篇政策解读", t + "interpretations"),
        N("zh", "sh19", "41条短视频", 41, "条", "2019年进博会期间上海发布在抖音上发了多少条短视频", t + "short videos"),
        N("zh", "hz23", "府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息", t + "hz23 portal items"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", t + "hz24 meetings"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号搞了多少场直播", t + "live streams"),
        N("zh", "jx", "共21个领域601项事项", 601, "项", "涧西区2020年梳理出来的公开事项一共多少项", t + "jx items"),
        N("en", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025 after being pushed to do so?", t + "paraphrase dept items"),
        N("en", "sy", "完成全县64家单位政府信息公开年度报告集中公开", 64, "家", "In 2025, how many Shuyang bodies had their yearly transparency reports released together in one batch?", t + "paraphrase annual reports"),
        N("en", "sy", "成功推动化解各类争议纠纷", 33, "件", "Shuyang 2025 — how many disputes were settled thanks to talking to applicants early?", t + "disputes"),
        N("en", "sy", "全县共办理相关案件", 74, "件", "How many appeal-type cases (reconsideration and court) did Shuyang County handle in 2025 according to its write-up?", t + "cases handled text"),
        N("en", "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "How often did Huai'an sweep through every disclosure section for inspection in 2024?", t + "checks"),
        N("en", "ha", "合格率均为", 100, "%", "What pass rate did Huaian's government social-media accounts get in the provincial spot checks in 2024?", t + "pass rate"),
        N("en", "sh25", "召开市政府新闻发布会", 42, "场", "How many press events did the Shanghai municipal government stage in 2025 (the formal ones, not briefings)?", t + "press conferences"),
        N("en", "sh25", "全年完成市政府及市政府办公厅公文公开属性审查", 166, "件", "Shanghai 2025: how many official papers were reviewed to decide whether they could be made public?", t + "attribute review"),
        N("en", "sh25", "16 个区全部上线数字公报", 16, "个", "By 2025, how many Shanghai districts had moved their gazette online?", t + "digital gazettes"),
        N("en", "sh25", "发布各类办事服务指引 403 项", 403, "项", "Shanghai international services portal 2025: how many how-to guides for getting things done were posted?", t + "service guides"),
        N("en", "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "In 2019, how many times did Shanghai officially announce key topics of the executive meetings of the city government?", t + "meeting releases"),
        N("en", "sh19", "每季度对本市处于正常运行状态的", 70, "家", "How many live government websites did Shanghai inspect every quarter in 2019?", t + "websites checked"),
        N("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai 2019: how many services were hooked into the one-stop intake platform?", t + "one-stop items"),
        N("en", "sh19", "经政务公开工作机构审核的市政府公文主动公开率达", 90.2, "%", "What share of Shanghai city government documents vetted by the transparency office were proactively released in 2019?", t + "rate"),
        N("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: number of pieces of info pushed out on its website?", t + "hz24 items"),
        N("en", "kw", "微信公众号目前关注人数达", 1016823, "人", "How many people follow the Shanghai science commission's WeChat account per its 2024 report?", t + "followers"),
        N("en", "kw", "今年累计批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed in bulk to the integrated release channel?", t + "policies pushed"),
        N("en", "kw", "主合办人大代表建议", 50, "件", "In 2024 how many NPC deputies' suggestions did the Shanghai science commission lead or co-handle?", t + "deputy suggestions"),
        N("en", "jx", "办结率", 88.2, "%", "Jianxi district 2020 — what share of disclosure requests had been closed out?", t + "completion rate"),
    ]


def cannot():
    c = "[cannot] "
    return [
        U("zh", "淮安2024年的信息公开申请里男的女的各多少", "no sex breakdown", c + "sex"),
        U("zh", "沭阳县2025年申请人里60岁以上的老人占多少", "no age breakdown", c + "age"),
        U("zh", "洪泽区2023年每个月收到几件申请", "no monthly breakdown", c + "month"),
        U("zh", "上海市府办2025年第三季度收了多少申请", "no quarterly breakdown", c + "quarter"),
        U("zh", "淮安2024年网上申请和当面申请分别几件", "no channel breakdown", c + "channel"),
        U("zh", "沭阳2025年 哪个乡镇的人申请最多", "no township breakdown", c + "township"),
        U("zh", "我是南京的，想问南京市政府2024年信息公开申请多少件", "body not in corpus", c + "Nanjing"),
        U("zh", "宿迁市2025年的依申请公开数量是多少", "body not in corpus", c + "Suqian"),
        U("zh", "洪泽区2022年的年报里行政许可多少", "year not in corpus", c + "hz 2022"),
        U("zh", "沭阳县2024年收了几件申请", "year not in corpus", c + "sy 2024"),
        U("zh", "预测一下淮安2026年会收到多少申请", "forecast", c + "forecast"),
        U("zh", "你觉得上海市政府办公厅2025年信息公开做得好不好", "opinion", c + "opinion"),
        U("zh", "我2025年给沭阳县政府交的那份申请到底批了没有，编号我忘了", "one person's case", c + "own case"),
        U("zh", "淮安2024年申请人里有没有叫王建国的，他电话多少", "personal data", c + "personal data"),
        U("zh", "淮安市政府2024年管信息公开的工作人员有几个", "staff not stated", c + "staff"),
        U("zh", "沭阳2025年答复一个申请平均花几天", "response time not stated", c + "response time"),
        U("zh", "上海科委2024年收的申请都是关于啥主题的，各多少", "no topic breakdown", c + "topic"),
        U("zh", "浦东新区2025年信息公开年报的复议数量", "body not in corpus", c + "Pudong"),
        U("zh", "涧西区2021年依申请公开多少件", "year not in corpus", c + "jx 2021"),
        U("zh", "洪泽区2024年信息公开工作花了多少经费", "cost not stated", c + "cost"),
        U("en", "How many Huai'an 2024 applicants were women?", "no sex breakdown", c + "sex"),
        U("en", "what share of shuyang 2025 requesters were under 30", "no age breakdown", c + "age"),
        U("en", "Shanghai General Office 2019: requests received in December alone?", "no month breakdown", c + "month"),
        U("en", "How many Huaian 2024 requests came by post vs online?", "no channel breakdown", c + "channel"),
        U("en", "Which district of Huai'an sent the most requests in 2024?", "no district breakdown", c + "district"),
        U("en", "Number of requests about land expropriation to Shuyang in 2025?", "no topic breakdown", c + "topic"),
        U("en", "Shanghai science commission 2023 requests received?", "year not in corpus", c + "kw 2023"),
        U("en", "Shanghai General Office 2022 reconsideration count?", "year not in corpus", c + "sh 2022"),
        U("en", "Qingjiangpu District 2024 disclosure requests?", "body not in corpus", c + "Qingjiangpu"),
        U("en", "What will Hongze District's request count be in 2026?", "forecast", c + "forecast"),
        U("en", "Was Huaian's 2024 disclosure work better than Shuyang's 2025? your view pls", "opinion", c + "opinion"),
        U("en", "I asked Huai'an for my father's land records in 2024 — was mine one of the refused ones?", "one person's case", c + "own case"),
        U("en", "Give me the names and ID numbers of people who sued Shuyang in 2025", "personal data", c + "personal data"),
        U("en", "How many staff handle disclosure at the Shanghai General Office in 2025?", "staff not stated", c + "staff"),
        U("en", "Average days Huai'an took to reply to a request in 2024?", "response time not stated", c + "response time"),
        U("en", "Which industries did the companies applying to Huai'an in 2024 belong to?", "no industry breakdown", c + "industry"),
        U("en", "How many of Shuyang's 2025 applicants live outside the county?", "no residence breakdown", c + "residence"),
        U("en", "Why did Hongze District's requests change so much in 2024? give the figures behind it", "reason not stated", c + "reason"),
        U("en", "Which Huai'an department got the most requests in 2024?", "no department breakdown", c + "department"),
    ]


def neighbour():
    n = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年 从前一年拖过来接着办的申请几件（不是转到下一年的）", n + "carried over vs forward; text agrees", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳2025年先复议了不服再去法院告的 一共几件", n + "after review vs direct"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件 废掉的 不是新发的 几件", n + "repealed vs issued"),
        T("zh", "ha", "r.unable.needs_creation.total", "淮安2024年 要另外做才有、所以没提供的 几件（不是“不掌握”那行）", n + "needs creation vs not held"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年 因为还是讨论稿过程性的没公开 几件 别跟内部事务搞混", n + "process vs internal"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购 项目个数（不是金额）", n + "projects vs amount"),
        T("zh", "sy", "r.other.overdue_fee.total", "沭阳2025年不交费被终止的（不是不补正的）几件", n + "fee vs correction"),
        T("en", "ha", "c.regulations.in_force", "Huai'an 2024 regulations — the number currently valid, not the ones made that year", n + "in force vs issued"),
        T("en", "ha", "a.review.other", "Huaian 2024 reconsiderations with 'other outcome', not the corrected ones", n + "other vs corrected; text agrees", alt=(HA_APP, 178)),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents open to the public overall, not just the ones newly made in 2019", n + "total published vs new"),
        T("en", "sy", "r.partially_granted.total", "Shuyang 2025 partly disclosed requests (not fully disclosed)?", n + "partial vs full"),
        T("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service organisations (not from companies)", n + "legal vs commercial"),
        T("en", "jx", "c.procurement.amount", "Jianxi 2020 procurement: the money amount, not the number of projects", n + "amount vs projects", unit=M),
    ]


def followups():
    f = "[followup] "
    return [
        F("zh", [("洪泽区2023年说不掌握信息的有几件", E("hz23", "r.unable.not_held.total")), ("换成2024年呢", E("hz24", "r.unable.not_held.total"))], f + "year switch hz"),
        F("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=(SH19_REQ, 859))), ("25年的呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], f + "year switch sh"),
        F("zh", [("淮安2024年 老百姓不服去申请复议、结果复议机关认定政府没做错的 有几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))), ("那复议机关让政府改的呢", E("ha", "a.review.corrected", alt=(HA_APP, 64))), ("还没审完的呢", E("ha", "a.review.pending", alt=(HA_APP, 37)))], f + "appeals columns"),
        F("zh", [("沭阳县2025年说是国家秘密不能给的几件", E("sy", "r.withheld.state_secret.total")), ("那危及安全稳定的呢", E("sy", "r.withheld.security_stability.total"))], f + "withheld rows incl zero"),
        F("zh", [("淮安2024年行政许可多少", E("ha", "c.licensing.decisions")), ("沭阳县2025年同一项", E("sy", "c.licensing.decisions"))], f + "body switch"),
        F("zh", [("洪泽2023年行政处罚多少", E("hz23", "c.punishment.decisions")), ("24年呢？", E("hz24", "c.punishment.decisions")), ("那行政强制24年是多少", E("hz24", "c.coercion.decisions"))], f + "year then row"),
        F("zh", [("沭阳2025年复议后又起诉的 判维持的几件", E("sy", "a.litigation_after_review.upheld")), ("那还没判的", E("sy", "a.litigation_after_review.pending"))], f + "after review columns"),
        F("zh", [("淮安市2024年 申请写成了投诉举报、没当信息公开办的 有几件", E("ha", "r.not_processed.petition.total")), ("这里面公司提的几件", E("ha", "r.not_processed.petition.commercial"))], f + "column switch"),
        F("zh", [("上海市政府办公厅2025年上年结转过来的申请多少", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))), ("其中个人的", E("sh25", "r.carried_over.natural_person"))], f + "column switch sh25"),
        F("zh", [("涧西区2020年收到几件申请", E("jx", "r.received.total", alt=(JX_REQ, 17))), ("办完了几件（表里总计）", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], f + "row switch jx"),
        F("zh", [("沭阳2025年被说是内部事务没给的几件", E("sy", "r.withheld.internal_affairs.total")), ("淮安2024年呢", E("ha", "r.withheld.internal_affairs.total"))], f + "body switch"),
        F("zh", [("上海科委2024年予以公开的申请几件", E("kw", "r.granted.total", alt=("同意公开答复", 9))), ("上年结转的有几件", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开", 2)))], f + "kw rows"),
        F("zh", [("淮安2024年 没走复议直接去法院告政府的 一共几件", E("ha", "a.litigation_direct.total")), ("先复议、不服再告的一共几件", E("ha", "a.litigation_after_review.total")), ("沭阳县2025年直接起诉的", E("sy", "a.litigation_direct.total"))], f + "group then body"),
        F("zh", [("洪泽区2023年 到年底还在生效的规范性文件有几件", E("hz23", "c.normative_docs.in_force")), ("那当年宣布作废的呢", E("hz23", "c.normative_docs.repealed"))], f + "column switch active"),
        F("zh", [("上海市府办2025年复议多少件", E("sh25", "a.review.total")), ("直接打官司的呢", E("sh25", "a.litigation_direct.total")), ("先复议再起诉的", E("sh25", "a.litigation_after_review.total"))], f + "appeals groups sh25"),
        F("zh", [("沭阳县2025年 公司企业新提的申请几件", E("sy", "r.received.commercial")), ("律所的呢", E("sy", "r.received.legal_services"))], f + "column switch"),
        F("zh", [("淮安2024年行政查询事项不公开的几件", E("ha", "r.withheld.admin_query.total")), ("里头老百姓个人申请的占几件", E("ha", "r.withheld.admin_query.natural_person"))], f + "column"),
        F("zh", [("上海市府办2019年 到年底还没弄完、挪到下一年接着办的申请几件", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))), ("2025年呢", E("sh25", "r.carried_forward.total"))], f + "year switch"),
        F("zh", [("洪泽2023年 复议下来政府原决定没变的 几件", E("hz23", "a.review.upheld")), ("复议完又去法院告、法院也站政府这边的呢", E("hz23", "a.litigation_after_review.upheld"))], f + "hz23 appeals cells"),
        F("zh", [("沭阳县2025年行政事业性收费多少", E("sy", "c.fees.amount", unit=M)), ("淮安市2024年的这个数呢", E("ha", "c.fees.amount", unit=M))], f + "money body switch"),
        F("en", [("Hongze 2023 admin licensing decisions?", E("hz23", "c.licensing.decisions")), ("and for 2024?", E("hz24", "c.licensing.decisions"))], f + "year switch"),
        F("en", [("Shanghai General Office 2019 requests handled in total?", E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))), ("what about 2025", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191)))], f + "year switch sh"),
        F("en", [("Huaian 2024 lawsuits filed directly: how many did the court uphold?", E("ha", "a.litigation_direct.upheld")), ("and still pending?", E("ha", "a.litigation_direct.pending")), ("same for suits after reconsideration", E("ha", "a.litigation_after_review.pending"))], f + "litigation columns"),
        F("en", [("Shuyang 2025 requests turned down to protect a third party?", E("sy", "r.withheld.third_party.total")), ("Huai'an 2024?", E("ha", "r.withheld.third_party.total"))], f + "body switch"),
        F("en", [("Huai'an 2024, 'we don't hold it' replies to companies?", E("ha", "r.unable.not_held.commercial")), ("to law firms?", E("ha", "r.unable.not_held.legal_services")), ("to other organisations?", E("ha", "r.unable.not_held.other_org"))], f + "applicant columns"),
        F("en", [("Shuyang 2025 processing fee not paid — how many requests ended that way?", E("sy", "r.other.overdue_fee.total")), ("and no correction submitted?", E("sy", "r.other.overdue_correction.total"))], f + "other rows"),
        F("en", [("Shanghai General Office 2025, how many so-called requests were really complaints or petitions and so got no disclosure handling?", E("sh25", "r.not_processed.petition.total")), ("and as duplicates?", E("sh25", "r.not_processed.duplicate.total"))], f + "not processed rows"),
        F("en", [("STCSM 2024 total requests processed (总计)?", E("kw", "r.total_processed.total")), ("new ones received?", E("kw", "r.received.total", alt=(KW_REQ, 34)))], f + "kw rows"),
        F("en", [("How many new rule documents (normative docs) did Huai'an put out in 2024?", E("ha", "c.normative_docs.issued")), ("Shuyang County 2025?", E("sy", "c.normative_docs.issued")), ("and Hongze District 2024?", E("hz24", "c.normative_docs.issued"))], f + "body switches"),
        F("en", [("Jianxi 2020: reconsiderations where the original answer was left standing?", E("jx", "a.review.upheld")), ("and court cases brought directly where the govt won?", E("jx", "a.litigation_direct.upheld"))], f + "jx appeals"),
        F("en", [("Shuyang 2025, how many times was the county taken to reconsideration over disclosure in total?", E("sy", "a.review.total")), ("ones that ended neither upheld nor overturned?", E("sy", "a.review.other"))], f + "review columns"),
        F("en", [("How many Huai'an 2024 requests got no answer because of unclear content even after correction?", E("ha", "r.unable.unclear.total")), ("in Shuyang 2025?", E("sy", "r.unable.unclear.total"))], f + "zero cell body switch"),
        F("en", [("Shanghai General Office 2019 regulations made that year?", E("sh19", "c.regulations.made")), ("and normative documents made?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))], f + "sh19 active"),
        F("en", [("Hongze District 2024: how many times did people take the district to administrative reconsideration over disclosure?", E("hz24", "a.review.total")), ("and how many sued it in court straight away?", E("hz24", "a.litigation_direct.total"))], f + "hz24 appeals"),
        F("en", [("Huai'an 2024: how many people got only some of what they asked for?", E("ha", "r.partially_granted.total")), ("and how many got everything?", E("ha", "r.granted.total"))], f + "row switch"),
        F("en", [("Shuyang County 2025 - requests left over from the year before that it still had to deal with?", E("sy", "r.carried_over.total")), ("and the ones it pushed on into the following year?", E("sy", "r.carried_forward.total", alt=(SY_DONE, 31)))], f + "row switch"),
        F("en", [("Shanghai General Office 2025: not held replies?", E("sh25", "r.unable.not_held.total")), ("and needs-new-compilation replies?", E("sh25", "r.unable.needs_creation.total"))], f + "unable rows sh25"),
        F("en", [("Hongze 2023 admin fees collected?", E("hz23", "c.fees.amount", unit=M)), ("2024?", E("hz24", "c.fees.amount", unit=M))], f + "money year switch"),
        F("en", [("Huaian 2024 reviews total?", E("ha", "a.review.total", alt=(HA_APP, 351))), ("Shanghai General Office 2019?", E("sh19", "a.review.total"))], f + "body switch"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followups()
