"""Question bank of blind set 109 (evals/blind109). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: builders in helpers109.py compute them from gold/*.json, from the
printed rows named in SPECS (the cells blind6 verified), or from sentences cut from the texts.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib109 as L  # noqa: E402
from helpers109 import E, EN, EU, ED, V, T, S, N, U, D, R, F  # noqa: E402,F401

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

# text alternatives (text and table state the same number)
KW13 = ("当年发布政府信息 393", 13)
SH1191 = ("办结 1191", 1191)
SH1295 = ("办结 1191", 1295)
SH189 = ("办结 1191", 189)
KW34 = ("全年收到政府信息公开申请 34", 34)
KW2 = ("全年收到政府信息公开申请 34", 2)
KW9 = ("同意公开答复 9", 9)
HA_REV = ("政府信息公开行政复议 351", 351)

WHY_OWN = "one person's own request or case; annual reports hold only aggregate counts"
WHY_BREAK = "breakdown not printed in the report"
WHY_REASON = "reasons or motives behind a count are not stated"
WHY_FUTURE = "forecast / plan for a future year; no report holds it"
WHY_OUT = "body or year not in the corpus"
WHY_OPINION = "opinion / judgement; the reports state no such assessment"
WHY_NOTSTATED = "quantity not stated in the report"
WHY_PERSONAL = "personal data; not in any report"


def plain():
    P = "[plain] "
    z, e = "zh", "en"
    return [
        # ---- zh
        V(z, "ha", "r.granted.total", "淮安市政府2024年依申请直接给公开了的有几件", P + "予以公开 total"),
        V(z, "ha", "r.partially_granted.total", "我是记者，想核一下淮安2024年部分公开那一格的总数", P + "部分公开 total"),
        V(z, "ha", "r.unable.not_held.natural_person", "淮安24年 老百姓申请的里面 政府说自己没这个信息的 有多少", P + "不掌握 自然人"),
        V(z, "ha", "r.withheld.admin_query.total", "2024年淮安市政府因为属于行政查询事项而不予公开的一共几件？", P + "行政查询"),
        V(z, "ha", "c.licensing.decisions", "淮安市二〇二四年行政许可决定数量是多少", P + "行政许可"),
        V(z, "ha", "a.review.corrected", "淮安2024年信息公开复议被纠正的有多少件啊", P + "复议 纠正 (64 also in text)", alt=("政府信息公开行政复议 351", 64)),
        V(z, "ha", "a.litigation_direct.upheld", "帮同事问一下，淮安市政府2024年没经过复议直接打官司、结果维持的几件", P + "直接起诉 维持"),
        V(z, "ha", "r.not_processed.duplicate.total", "淮安 2024 重复申请不予处理多少", P + "重复申请"),
        V(z, "ha", "c.normative_docs.in_force", "淮安市2024年底现行有效的规范性文件有多少件", P + "规范性文件 现行有效"),
        V(z, "ha", "r.other.overdue_correction.total", "2024年淮安有多少申请因为申请人逾期不补正被算作其他处理", P + "逾期不补正"),
        V(z, "sy", "r.granted.total", "沭阳县2025年予以公开多少件", P + "予以公开"),
        V(z, "sy", "r.received.total", "沭阳25年本年新收的政府信息公开申请是多少（不算上年结转的）", P + "本年新收 (text states 749 incl. 结转; question excludes it)"),
        V(z, "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，人家回复说不掌握。想问下2025年像这样答复不掌握的一共有多少件", P + "不掌握 (story opener)"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以内部事务信息为由没公开的有几件", P + "内部事务"),
        V(z, "sy", "c.punishment.decisions", "沭阳2025行政处罚决定多少个", P + "行政处罚"),
        V(z, "sy", "a.review.pending", "沭阳县2025年的信息公开行政复议里还没审结的是几件", P + "复议 尚未审结"),
        V(z, "sy", "r.other.other.total", "12345转来的：市民问沭阳县政府2025年其他处理下面最后那个“其他”小项有多少件", P + "其他 (其他处理)"),
        V(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额是多少", P + "收费金额", unit="万元"),
        V(z, "sy", "r.carried_forward.total", "沭阳2025年有几件申请要挪到下一年接着办", P + "结转下年 (31 also in text)", alt=("结转下一年 31", 31)),
        V(z, "hz23", "r.partially_granted.total", "洪泽区2023年部分公开的申请多少件", P + "部分公开"),
        V(z, "hz23", "c.punishment.decisions", "洪泽2023年行政处罚的决定数是多少", P + "行政处罚"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府二〇二三年需要另行制作所以没法提供的有几件", P + "另行制作"),
        V(z, "hz23", "c.normative_docs.repealed", "23年洪泽区废止了多少件规范性文件", P + "废止"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可办了多少", P + "text-row 行政许可"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽2024年因为本机关不掌握没提供的 几件", P + "text-row 不掌握"),
        V(z, "hz24", "c.fees.amount", "洪泽区政府2024年行政事业性收费多少万元", P + "text-row 收费", unit="万元"),
        V(z, "sh19", "r.received.natural_person", "上海市府办2019年收到的申请里，个人（自然人）提的有多少", P + "新收 自然人"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅把多少件个人申请当成信访举报投诉类不予处理", P + "信访 自然人"),
        V(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少", P + "采购金额", unit="万元"),
        V(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年需要另行制作而无法提供的申请有几件", P + "text-row 另行制作"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办25年信访举报投诉类申请不予处理的多少", P + "text-row 信访"),
        V(z, "sh25", "a.review.total", "2025年上海市政府办公厅因为信息公开被申请行政复议的总数", P + "text-row 复议总计"),
        V(z, "kw", "r.received.natural_person", "上海科委2024年 个人提的公开申请 几件", P + "text-row 新收 自然人"),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件", P + "text-row 现行有效"),
        V(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个", P + "采购项目"),
        # ---- en
        V(e, "ha", "r.withheld.process_info.total", "Huai'an city 2024 - how many requests refused because the info was still process / deliberation stuff", P + "过程性信息"),
        V(e, "ha", "c.coercion.decisions", "number of administrative coercion decisions Huaian 2024?", P + "行政强制"),
        V(e, "ha", "a.review.pending", "Huai'an 2024 admin reviews over info disclosure still undecided at year end = ?", P + "复议 尚未审结 (37 also in text)", alt=("政府信息公开行政复议 351", 37)),
        V(e, "ha", "r.unable.needs_creation.total", "In 2024, how many times did Huai'an say it would have to create new info to answer (没有现成信息需要另行制作)?", P + "另行制作"),
        V(e, "ha", "r.not_processed.petition.total", "Huaian 2024: requests dismissed as really being petitions/complaints, total?", P + "信访"),
        V(e, "ha", "a.litigation_after_review.pending", "pls check Huai'an 2024 lawsuits filed after a review that were not yet concluded", P + "复议后起诉 尚未审结"),
        V(e, "ha", "r.withheld.third_party.total", "How many Huai'an 2024 requests were turned down to protect third-party rights?", P + "第三方合法权益"),
        V(e, "ha", "c.regulations.issued", "Huai'an municipal government, FY2024: new government rules (规章) issued?", P + "规章 制发 (1 also in text)", alt=("新增公开市政府规章 1", 1)),
        V(e, "sy", "r.partially_granted.total", "shuyang county 2025 partial disclosure count", P + "部分公开"),
        V(e, "sy", "a.review.upheld", "For Shuyang County in 2025, in how many admin reviews was the government's decision upheld?", P + "复议 维持"),
        V(e, "sy", "c.licensing.decisions", "Shuyang 2025 licensing decisions (行政许可) total number", P + "行政许可"),
        V(e, "sy", "r.withheld.enforcement_files.total", "I'm a law student. Shuyang 2025 table part 3 - withheld because they were administrative enforcement case files: how many?", P + "行政执法案卷"),
        V(e, "sy", "r.not_processed.petition.total", "Shuyang County gov 2025, requests not handled since they were petitions - number?", P + "信访"),
        V(e, "sy", "a.litigation_after_review.upheld", "Shuyang 2025: suits brought after administrative review, upheld by the court - how many", P + "复议后起诉 维持"),
        V(e, "sy", "c.normative_docs.issued", "how many normative documents did Shuyang county put out in 2025", P + "规范性文件 制发"),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025 - applicants who didn't pay the fee in time, how many requests ended that way?", P + "逾期未缴费"),
        V(e, "hz23", "c.licensing.decisions", "Hongze District 2023 administrative licensing decisions?", P + "行政许可"),
        V(e, "hz23", "r.unable.not_held.total", "Hongze 2023 'we don't hold this info' replies — count", P + "不掌握"),
        V(e, "hz23", "c.fees.amount", "Hongze district gov, 2023, admin fees collected (in 10k yuan)?", P + "收费", unit="万元"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalties (行政处罚) decided", P + "text-row 行政处罚"),
        V(e, "hz24", "r.granted.total", "Hongze 2024, requests answered with full disclosure?", P + "text-row 予以公开"),
        V(e, "hz24", "a.litigation_after_review.total", "In 2024 how many lawsuits did Hongze District face after a review decision, in total?", P + "text-row 复议后起诉"),
        V(e, "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019: requests from individuals where the office didn't hold the info", P + "不掌握 自然人"),
        V(e, "sh19", "r.withheld.admin_query.natural_person", "Shanghai municipal general office 2019 - individuals' requests refused as administrative inquiries (行政查询事项)?", P + "行政查询 自然人"),
        V(e, "sh19", "c.regulations.total_published", "Shanghai gov general office 2019 table: total regulations currently published (对外公开总数)?", P + "规章 对外公开总数"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "how many individual requests did Shanghai General Office refuse on state-secret grounds in 2019", P + "国家秘密 自然人"),
        V(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests pushed into the following year", P + "text-row 结转下年"),
        V(e, "sh25", "r.unable.not_held.total", "Shanghai gov general office 2025, 'info not held by this agency' count from the table", P + "text-row 不掌握 (text 564 is a wider sum)"),
        V(e, "sh25", "a.litigation_direct.total", "In 2025 how many direct lawsuits (no prior review) did the Shanghai General Office get?", P + "text-row 直接起诉"),
        V(e, "kw", "c.licensing.decisions", "STCSM 2024 administrative licensing decisions - number?", P + "text-row 行政许可"),
        V(e, "kw", "r.total_processed.total", "Shanghai Science and Technology Commission, 2024: total requests handled (办理结果总计)?", P + "text-row 办理总计"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳县政府2025年 属于行政查询事项 不予公开 几件", P + "行政查询"),
        V(e, "ha", "r.other.other.total", "Huai'an 2024, table part 3 'other' handling under 其他处理 - the plain 'other' row only", P + "其他处理 其他"),
        V(e, "sh25", "r.received.natural_person", "Shanghai General Office 2025 — new requests from private citizens this reporting year?", P + "text-row 新收 自然人"),
        V(e, "jx", "r.unable.not_held.total", "Jianxi District 2020 — requests where the office said it does not hold the info?", P + "不掌握"),
    ]


def combine():
    P = "[combine] "
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", P + "sum 2"),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年无法提供那三小项合起来是多少", P + "sum 3 无法提供"),
        S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年行政诉讼 直接起诉的和复议后起诉的加一起多少", P + "sum 2 诉讼 (text 46 equals it)", alt=("政府信息公开行政诉讼 46", 46)),
        S(z, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "帮我算下沭阳2025年许可、处罚、强制三类决定总共多少", P + "sum 3 行政决定"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三种不公开的加总", P + "sum 3"),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年不予处理里 信访举报投诉类加重复申请 合计几件", P + "sum 2 不予处理"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: add up all eight 'not disclosed' reasons, what's the total?", P + "sum 8 不予公开"),
        S(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 fully + partly disclosed, together?", P + "sum 2"),
        S(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "Huaian 2024 petitions + duplicates + reconfirmation requests that were not processed - combined", P + "sum 3 不予处理"),
        S(e, "sy", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.total"], "Shuyang 2025 - sum the four review outcome columns plus the direct lawsuits total, please", P + "sum 5"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 reviews plus both kinds of lawsuits, all together", P + "sum 3 appeals"),
        S(e, "hz23", ["c.licensing.decisions", "c.coercion.decisions"], "Hongze 2023 licensing plus coercion decisions combined?", P + "sum 2"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少", P + "difference hz 2023->2024"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚 2023年到2024年变化了多少（24年减23年）", P + "difference"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市府办个人新提的申请，2025年比2019年增加几件", P + "difference 新收 自然人"),
        D(z, "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的行政诉讼 2019年和2025年差多少", P + "difference 直接起诉"),
        D(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件2024年比2023年多几件", P + "difference 现行有效"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions: change from 2023 to 2024 (2024 minus 2023)?", P + "difference"),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze District 'info not held' replies went from 2023 to 2024 by how much", P + "difference 不掌握"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office info-disclosure reviews, 2025 vs 2019 - how many more?", P + "difference 复议总计"),
        D(e, "hz23", "hz24", "c.fees.amount", "by how much did Hongze's administrative fee income change between 2023 and 2024", P + "difference 收费", unit="万元"),
    ]


def rank():
    P = "[rank] "
    z, e = "zh", "en"
    G4 = ["ha", "sy", "sh19", "jx"]
    return [
        R(z, ["ha", "hz23", "sy", "sh19"], "r.received.natural_person", "desc", "淮安2024、洪泽2023、沭阳2025、上海市府办2019，这四家谁收到的个人申请最多", P + "desc"),
        R(z, G4, "a.litigation_direct.total", "asc", "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，直接被起诉最少的是哪个", P + "asc"),
        R(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转到下一年的申请：淮安(2024)、沭阳(2025)、上海市政府办公厅(2019) 哪家最多？", P + "desc"),
        R(z, ["hz23", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "asc", "比一下洪泽区2023、沭阳县2025、上海市府办2019、涧西2020 个人申请被答复不掌握的，哪个最少", P + "asc"),
        R(z, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "信访类不予处理（自然人）哪个最多：淮安2024年 沭阳2025年 上海市府办2019年", P + "desc"),
        R(e, ["sy", "sh19", "jx"], "a.review.total", "desc", "Which had the most info-disclosure admin reviews: Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?", P + "desc (淮安 left out: text states its total)"),
        R(e, ["ha", "hz23", "sy", "jx"], "r.granted.natural_person", "asc", "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and Jianxi 2020, who fully disclosed the fewest individual requests?", P + "asc"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "smallest number carried into next year — Huaian 2024 / Shuyang 2025 / Shanghai General Office 2019 / Jianxi 2020?", P + "asc"),
        R(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "desc", "Rank by administrative coercion decisions: Huai'an 2024, Hongze 2023, Shuyang 2025 — who's top?", P + "desc"),
        R(e, ["hz23", "sy", "jx"], "r.received.natural_person", "asc", "Hongze 2023, Shuyang 2025, Jianxi 2020: which got the fewest requests from individuals?", P + "asc"),
    ]


def neighbour():
    P = "[neighbour] "
    z, e = "zh", "en"
    return [
        T(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年接过来的申请有多少件", P + "上年结转 (not 结转下年)"),
        T(z, "sy", "a.litigation_after_review.total", "沭阳2025年先复议、复议完了又去法院告的，一共几件", P + "复议后起诉 (not 直接起诉)"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件废止了几件（不是新发的）", P + "废止 vs 制发"),
        T(z, "ha", "r.unable.needs_creation.total", "淮安2024年因为没有现成信息、需要另外制作而没提供的", P + "另行制作 vs 不掌握"),
        T(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目数（不是金额）", P + "采购项目数 vs 金额"),
        T(z, "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请被不予处理的有几件", P + "重复 vs 信访"),
        T(z, "ha", "r.withheld.internal_affairs.total", "淮安2024年以内部事务信息为由不公开的多少件", P + "内部事务 vs 过程性信息"),
        T(e, "sy", "a.review.other", "Shuyang 2025 reviews with an 'other' outcome (其他结果), not the corrected ones", P + "其他结果 vs 纠正"),
        T(e, "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year, not the total published", P + "制作数 vs 对外公开总数 (13 also in text)", alt=("主动公开规章13", 13)),
        T(e, "ha", "c.regulations.in_force", "Huai'an 2024 government rules still in force (not the ones issued that year)", P + "现行有效 vs 制发"),
        T(e, "sy", "r.partially_granted.natural_person", "Shuyang 2025, individuals' requests that were only PARTLY disclosed", P + "部分公开 vs 予以公开"),
        T(e, "ha", "a.litigation_direct.total", "Huai'an 2024 lawsuits filed straight away without going to review first, total", P + "直接起诉 vs 复议后起诉"),
        T(e, "sy", "r.unable.needs_creation.total", "Shuyang 2025 — 'no ready-made info, would need to be created', count (not the 'not held' one)", P + "另行制作 vs 不掌握"),
    ]


def textonly():
    P = "[textonly] "
    z, e = "zh", "en"
    return [
        N(z, "ha", "栏目全覆盖检查", 4, "次", "淮安市政府2024年组织了几次信息公开栏目全覆盖检查", P + "检查次数"),
        N(z, "ha", "在运维政务新媒体", 95, "个", "淮安全市在运维的政务新媒体 2024年报告里说有多少个", P + "政务新媒体"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", P + "网站公开条数"),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", P + "常务会议期数"),
        N(z, "sy", "意见征集9期", 9, "期", "沭阳2025年县政府网站开展意见征集几期", P + "意见征集"),
        N(z, "sy", "爆款内容52条", 52, "条", "听说沭阳县2025年出了不少爆款视频 一共多少条爆款", P + "爆款内容"),
        N(z, "sy", "集中公开、统一发布", 64, "家", "沭阳县2025年集中公开年度报告的单位有多少家", P + "年报单位"),
        N(z, "sy", "累计清理过期信息", 697, "条", "2025年沭阳清理了多少条过期信息？", P + "清理过期信息"),
        N(z, "sh19", "编发公报24期", 24, "期", "上海市政府公报2019年一共出了几期", P + "公报期数"),
        N(z, "sh19", "权威发布共计38次", 38, "次", "2019年上海市府办对市政府常务会议重要议题做了几次权威发布", P + "权威发布"),
        N(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会", P + "新闻通气会"),
        N(z, "sh25", "16 个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报", P + "数字公报"),
        N(z, "kw", "日常报送惠企政策", 83, "条", "上海科委2024年日常报送的惠企政策有多少条", P + "惠企政策"),
        N(z, "kw", "视频号共制作并发布短视频", 584, "条", "市科委“上海科技”视频号2024年发了多少条短视频", P + "短视频"),
        N(z, "jx", "设置26个试点领域", 26, "个", "涧西区2020年年报里说设了多少个试点领域的专栏", P + "试点领域"),
        N(e, "ha", "信息处理费 3940", 3940, "元", "How much did Huai'an charge in info processing fees in 2024 (yuan)?", P + "信息处理费 元"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024: items of government information posted on its website?", P + "网站发布条数"),
        N(e, "sy", "门户网站主动公开政府信息4511", 4511, "条", "Shuyang county portal 2025 — pieces of info proactively published?", P + "门户网站条数"),
        N(e, "sy", "策采相关新闻稿件2606", 2606, "篇", "how many news articles did Shuyang's new-media matrix produce in 2025", P + "新闻稿件"),
        N(e, "sy", "收取380元", 380, "元", "Shuyang 2025: total information processing fee actually charged, in yuan?", P + "信息处理费"),
        N(e, "sy", "在信息公开页面发布信息3044", 3044, "条", "In 2025 how many items did Shuyang's county departments post on their disclosure pages?", P + "县直部门"),
        N(e, "sh19", "统一受理平台接入53个部门", 53, "个", "Shanghai 2019 one-stop ('一网通办') unified intake platform: how many departments connected?", P + "接入部门"),
        N(e, "sh19", "每季度对本市处于正常运行状态的70家", 70, "家", "Shanghai General Office 2019 report - how many government websites were inspected each quarter?", P + "网站检查"),
        N(e, "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai city government press conferences held in 2025?", P + "新闻发布会"),
        N(e, "sh25", "已覆盖 10 个语种", 10, "个", "how many languages does the Shanghai international services portal cover per the 2025 report", P + "语种"),
        N(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025: number of release reviews (发布审查) completed?", P + "发布审查"),
        N(e, "kw", "微信公众号共编发文章 1640", 1640, "篇", "STCSM's WeChat account, 2024 — articles published?", P + "微信文章"),
        N(e, "kw", "批量推送集成式发布政策 121", 121, "条", "Shanghai science commission 2024: policies pushed in batch / integrated release — how many?", P + "集成式发布"),
        N(e, "kw", "部门网站当年发布政府信息 393", 393, "件", "STCSM 2024, govt information items released via its department website up to Dec 31?", P + "部门网站"),
    ]


def followup():
    P = "[followup] "
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年予以公开的申请多少件", E("ha", "r.granted.total")),
              ("那沭阳县2025年呢", E("sy", "r.granted.total")),
              ("沭阳这些里面有多少是企业申请的拆迁类信息", EU(WHY_BREAK))], P + "body switch, then a breakdown not printed"),
        F(z, [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
              ("24年呢？", E("hz24", "c.licensing.decisions")),
              ("为什么24年涨了这么多", EU(WHY_REASON))], P + "year switch (text-row 2024), then a reason"),
        F(z, [("沭阳2025年复议 结果维持几件", E("sy", "a.review.upheld")),
              ("纠正的呢", E("sy", "a.review.corrected")),
              ("尚未审结的", E("sy", "a.review.pending"))], P + "column switch x2"),
        F(z, [("上海市府办2019年信访类不予处理的自然人申请多少", E("sh19", "r.not_processed.petition.natural_person")),
              ("2025年同一项（总计）是多少", E("sh25", "r.not_processed.petition.total"))], P + "year switch; 2025 total (text-row)"),
        F(z, [("淮安2024年行政处罚决定数", E("ha", "c.punishment.decisions")),
              ("行政强制呢", E("ha", "c.coercion.decisions")),
              ("许可呢", E("ha", "c.licensing.decisions"))], P + "row switch x2"),
        F(z, [("我在写论文，想问沭阳县2025年本年新收申请里自然人提的有多少（不含上年结转）", E("sy", "r.received.natural_person")),
              ("结转到下年继续办的呢", E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31)))], P + "row switch"),
        F(z, [("涧西区政府办2020年政府集中采购金额是多少", E("jx", "c.procurement.amount", unit="万元")),
              ("上海市府办2019年呢", E("sh19", "c.procurement.amount", unit="万元"))], P + "body switch, money"),
        F(z, [("洪泽2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
              ("换成淮安市2024年", E("ha", "c.punishment.decisions")),
              ("沭阳2025年呢", E("sy", "c.punishment.decisions"))], P + "body switch x2"),
        F(z, [("市科委2024年行政许可多少", E("kw", "c.licensing.decisions")),
              ("行政处罚呢", E("kw", "c.punishment.decisions"))], P + "row switch (text-row)"),
        F(z, [("上海市政府办公厅2025年直接提起行政诉讼的一共几件", E("sh25", "a.litigation_direct.total")),
              ("其中还没审结的呢", E("sh25", "a.litigation_direct.pending"))], P + "column switch (text-row)"),
        F(z, [("淮安2024年不予公开里“危及三安全一稳定”的有几件", E("ha", "r.withheld.security_stability.total")),
              ("法律行政法规禁止公开的呢", E("ha", "r.withheld.prohibited_by_law.total"))], P + "row switch"),
        F(z, [("沭阳县2025年规范性文件现行有效多少件", E("sy", "c.normative_docs.in_force")),
              ("废止了几件", E("sy", "c.normative_docs.repealed")),
              ("淮安市2024年废止的呢", E("ha", "c.normative_docs.repealed"))], P + "column + body switch"),
        F(z, [("洪泽区2024年复议几件", E("hz24", "a.review.total")),
              ("直接起诉的呢", E("hz24", "a.litigation_direct.total")),
              ("复议后再起诉的", E("hz24", "a.litigation_after_review.total"))], P + "appeals group switch x2 (text-row)"),
        F(z, [("上海市府办2019年个人申请中因无法提供而答复需另行制作的有几件", E("sh19", "r.unable.needs_creation.natural_person")),
              ("信息内容不明确的呢", E("sh19", "r.unable.unclear.natural_person"))], P + "row switch"),
        F(z, [("淮安市2024年复议后又起诉、结果维持的几件", E("ha", "a.litigation_after_review.upheld")),
              ("沭阳县2025年同一格呢", E("sy", "a.litigation_after_review.upheld"))], P + "body switch"),
        F(z, [("涧西区2020年予以公开的申请有几件", E("jx", "r.granted.total")),
              ("结转下年的呢", E("jx", "r.carried_forward.total", alt=("在办2件", 2)))], P + "row switch"),
        F(e, [("Huai'an 2024 - requests where they didn't hold the info?", E("ha", "r.unable.not_held.total")),
              ("and Shuyang 2025?", E("sy", "r.unable.not_held.total")),
              ("which Shuyang departments were those 'not held' replies from?", EU(WHY_BREAK))], P + "body switch, then a department breakdown"),
        F(e, [("Shanghai General Office 2025, full disclosure count from the table", E("sh25", "r.granted.total")),
              ("and requests handled in total?", E("sh25", "r.total_processed.total", alt=SH1191))], P + "row switch (text-row; 1191 also in text)"),
        F(e, [("Hongze District 2023 coercion decisions", E("hz23", "c.coercion.decisions")),
              ("what about 2024", E("hz24", "c.coercion.decisions"))], P + "year switch"),
        F(e, [("How many normative docs did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
              ("and how many were in force?", E("ha", "c.normative_docs.in_force")),
              ("Shuyang 2025, same thing - in force?", E("sy", "c.normative_docs.in_force"))], P + "column + body switch"),
        F(e, [("Shuyang County 2025 direct lawsuits total", E("sy", "a.litigation_direct.total")),
              ("ok and Huaian for 2024", E("ha", "a.litigation_direct.total")),
              ("how many of those did Huai'an win", E("ha", "a.litigation_direct.upheld"))], P + "body switch, then column"),
        F(e, [("Jianxi 2020: normative documents made (制作数)?", E("jx", "c.normative_docs.made")),
              ("Shanghai General Office 2019?", E("sh19", "c.normative_docs.made", alt=("主动公开规章13", 60)))], P + "body switch (2019 template)"),
        F(e, [("STCSM 2024 requests from companies (商业企业)?", E("kw", "r.received.commercial")),
              ("and Shanghai General Office 2025?", E("sh25", "r.received.commercial"))], P + "body switch (text-row)"),
        F(e, [("Huai'an 2024: requests refused because they fell under law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total")),
              ("Shuyang 2025?", E("sy", "r.withheld.enforcement_files.total")),
              ("Hongze 2023?", E("hz23", "r.withheld.enforcement_files.total"))], P + "body switch x2"),
        F(e, [("Shanghai General Office 2019, lawsuits filed directly, total?", E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
              ("how many still pending?", E("sh19", "a.litigation_direct.pending"))], P + "column switch; 9 also in text"),
        F(e, [("Hongze 2024 normative documents issued", E("hz24", "c.normative_docs.issued")),
              ("in force?", E("hz24", "c.normative_docs.in_force"))], P + "column switch (text-row)"),
        F(e, [("Shuyang 2025 admin reviews in total", E("sy", "a.review.total")),
              ("and lawsuits after review, total", E("sy", "a.litigation_after_review.total"))], P + "group switch"),
        F(e, [("Huai'an 2024 requests dismissed for needing reconfirmation (要求行政机关确认或重新出具已获取信息)?", E("ha", "r.not_processed.reconfirm.total")),
              ("duplicates?", E("ha", "r.not_processed.duplicate.total"))], P + "row switch"),
        F(e, [("Shanghai General Office 2025: carried over from the year before, individuals only", E("sh25", "r.carried_over.natural_person")),
              ("and from legal service firms?", E("sh25", "r.carried_over.legal_services"))], P + "column switch (text-row)"),
        F(e, [("Hongze 2023 partly disclosed requests", E("hz23", "r.partially_granted.total")),
              ("Jianxi 2020?", E("jx", "r.partially_granted.total")),
              ("Huai'an 2024?", E("ha", "r.partially_granted.total"))], P + "body switch x2"),
        F(e, [("Shanghai science commission 2024: normative documents issued?", E("kw", "c.normative_docs.issued", alt=KW13)),
              ("in force at year end?", E("kw", "c.normative_docs.in_force"))], P + "column switch; 13 also in text"),
    ]


def cannot():
    P = "[cannot] "
    z, e = "zh", "en"
    return [
        # one person's own case
        U(z, "我上个月给沭阳县政府申请公开拆迁补偿的文件，怎么到现在还没回复", WHY_OWN, P + "own request"),
        U(z, "我2025年3月在淮安市政府网站提交的申请，受理编号能查到吗", WHY_OWN, P + "own request number"),
        U(z, "我告洪泽区政府不公开信息的那个官司，2024年判了没有", WHY_OWN, P + "own lawsuit"),
        U(z, "帮我查一下我爸2024年申请的宅基地审批材料，淮安给公开了没", WHY_OWN, P + "relative's request"),
        U(z, "沭阳县2025年我那件被说是重复申请 到底重复了哪一件", WHY_OWN, P + "own case detail"),
        U(z, "12345来电：市民说2025年向上海市政府办公厅申请的信息被答复不掌握，他想知道该找哪个部门要", WHY_OWN, P + "caller's own case"),
        U(z, "我复议申请是2024年11月交给淮安市政府的，结果出来没", WHY_OWN, P + "own review"),
        U(z, "上海科委2024年那件被驳回的申请是谁提的", WHY_PERSONAL, P + "applicant identity"),
        U(z, "淮安2024年被复议纠正的那64件里，有没有张某某的那件", WHY_PERSONAL, P + "named person"),
        U(z, "沭阳县2025年交了380元信息处理费的那个人叫什么", WHY_PERSONAL, P + "personal data"),
        # named requests / cases
        U(z, "洪泽区2023年那件涉及国家秘密的申请具体申请的是什么内容", WHY_NOTSTATED, P + "content of a single request"),
        U(z, "上海市府办2019年那9件行政诉讼分别是哪家法院审的", WHY_NOTSTATED, P + "courts of cases"),
        # reasons
        U(z, "为啥洪泽区2024年的依申请数量比2023年多这么多", WHY_REASON, P + "reason"),
        U(z, "淮安市2024年复议被纠正64件，主要是哪些地方做错了", WHY_REASON, P + "reasons of corrections"),
        U(z, "沭阳2025年有143件其他处理，都是些什么原因", WHY_REASON, P + "reasons"),
        # breakdowns
        U(z, "淮安市2024年的信息公开申请按月份分，哪个月最多", WHY_BREAK, P + "by month"),
        U(z, "沭阳县2025年申请人里男的女的各多少", WHY_BREAK, P + "by sex"),
        U(z, "洪泽区2023年的21件申请分别是哪几个乡镇的人提的", WHY_BREAK, P + "by township"),
        U(z, "上海市府办2019年收到的申请里 关于征地拆迁的占多少", WHY_BREAK, P + "by topic"),
        U(z, "淮安2024年通过网上提交和信函提交的申请各是多少件", WHY_BREAK, P + "by channel"),
        U(z, "沭阳县2025年60岁以上老人提的申请有几件", WHY_BREAK, P + "by age"),
        U(z, "淮安市2024年各县区分别收到多少信息公开申请", WHY_BREAK, P + "by district"),
        U(z, "上海科委2024年申请按处室分，哪个处室收得最多", WHY_BREAK, P + "by department"),
        U(z, "涧西区2020年第三季度收到几件申请", WHY_BREAK, P + "by quarter"),
        # forecasts
        U(z, "沭阳县2026年预计会收到多少信息公开申请", WHY_FUTURE, P + "forecast"),
        U(z, "淮安市政府2025年计划制发多少件规范性文件", WHY_FUTURE, P + "plan"),
        U(z, "上海市府办2026年的复议数会不会下降", WHY_FUTURE, P + "forecast"),
        # bodies / years not in corpus
        U(z, "淮安市2023年予以公开多少件", WHY_OUT, P + "year not held"),
        U(z, "沭阳县2024年的行政处罚决定数是多少", WHY_OUT, P + "year not held"),
        U(z, "南京市2024年收到多少政府信息公开申请", WHY_OUT, P + "body not held"),
        U(z, "宿迁市政府2025年复议被纠正几件", WHY_OUT, P + "body not held"),
        U(z, "洪泽区2022年的行政许可是多少", WHY_OUT, P + "year not held"),
        U(z, "上海市科委2023年收到几件申请", WHY_OUT, P + "year not held"),
        U(z, "浦东新区2025年不予公开的有多少", WHY_OUT, P + "body not held"),
        U(z, "涧西区2021年的依申请公开数量", WHY_OUT, P + "year not held"),
        # opinions
        U(z, "淮安市2024年复议纠正了64件，这个算多吗？说明政府工作做得不好吧", WHY_OPINION, P + "opinion"),
        U(z, "你觉得沭阳县2025年的信息公开工作做得怎么样，打几分", WHY_OPINION, P + "opinion"),
        U(z, "上海市府办2025年和2019年比，哪年的信息公开更透明", WHY_OPINION, P + "opinion"),
        # not stated quantities
        U(z, "淮安市政府2024年负责信息公开的工作人员有几个", WHY_NOTSTATED, P + "staff"),
        U(z, "沭阳2025年办一件申请平均要多少天", WHY_NOTSTATED, P + "response time"),
        U(z, "洪泽区2024年信息公开工作花了多少经费", WHY_NOTSTATED, P + "cost"),
        U(z, "上海市政府办公厅2025年有多少申请人是外国人", WHY_BREAK, P + "by nationality"),
        U(z, "涧西区2020年申请人满意度是多少", WHY_NOTSTATED, P + "satisfaction"),
        # ---- en
        U(e, "did my application to Huai'an city get approved? sent it in May 2024", WHY_OWN, P + "own request"),
        U(e, "I asked Shuyang county for my land contract file in 2025, why no answer yet", WHY_OWN, P + "own request"),
        U(e, "My lawyer sued the Shanghai General Office in 2025 over a refusal — has the court ruled?", WHY_OWN, P + "own lawsuit"),
        U(e, "calling on behalf of a resident: her 2024 request to Hongze District came back 'not held', can she appeal and will she win?", WHY_OWN, P + "caller's own case"),
        U(e, "what's the tracking status of request no. 2025-0317 at Shuyang county government", WHY_OWN, P + "named request"),
        U(e, "I filed an admin review against Huai'an in 2024. Was mine one of the 64 corrected?", WHY_OWN, P + "own review"),
        U(e, "Who were the applicants whose requests STCSM refused in 2024? names pls", WHY_PERSONAL, P + "personal data"),
        U(e, "Give me the phone number of the person who paid the 380 yuan fee in Shuyang 2025", WHY_PERSONAL, P + "personal data"),
        U(e, "Which company filed the most requests to the Shanghai General Office in 2025?", WHY_PERSONAL, P + "named applicant"),
        U(e, "What exactly was asked in the one Huai'an 2024 request dismissed for re-confirmation?", WHY_NOTSTATED, P + "content of a single request"),
        U(e, "In the Jianxi 2020 lawsuit, what was the plaintiff's complaint about?", WHY_NOTSTATED, P + "named case"),
        U(e, "why did so many Huai'an 2024 requests end up as 'info not held'?", WHY_REASON, P + "reason"),
        U(e, "Hongze 2023 got just 21 requests — why so few people bother to ask?", WHY_REASON, P + "reason"),
        U(e, "What made Shuyang 2025 applicants go to court after review? motives?", WHY_REASON, P + "motives"),
        U(e, "what were the two requests STCSM turned down in 2024 actually asking for?", WHY_NOTSTATED, P + "content of single requests"),
        U(e, "Huai'an 2024 requests broken down by month please", WHY_BREAK, P + "by month"),
        U(e, "Shuyang 2025: how many requesters were women?", WHY_BREAK, P + "by sex"),
        U(e, "how many of Shanghai General Office's 2025 requests were about housing?", WHY_BREAK, P + "by topic"),
        U(e, "Hongze District 2024 requests by township (乡镇) — which township sent most", WHY_BREAK, P + "by township"),
        U(e, "Huai'an 2024: requests submitted by email vs in person?", WHY_BREAK, P + "by channel"),
        U(e, "STCSM 2024, requests by age group of applicants", WHY_BREAK, P + "by age"),
        U(e, "Shanghai General Office 2019 — how many requests came in each quarter?", WHY_BREAK, P + "by quarter"),
        U(e, "Which Shuyang county bureau got the most disclosure requests in 2025?", WHY_BREAK, P + "by department"),
        U(e, "how many Huai'an 2024 applicants were not local residents", WHY_BREAK, P + "by residence"),
        U(e, "What will Huai'an's request count be in 2025, roughly?", WHY_FUTURE, P + "forecast"),
        U(e, "Does Shuyang plan to cut its admin reviews in 2026? target number?", WHY_FUTURE, P + "plan"),
        U(e, "predict Shanghai General Office requests for 2026", WHY_FUTURE, P + "forecast"),
        U(e, "How many requests did Suzhou city government receive in 2024?", WHY_OUT, P + "body not held"),
        U(e, "Hangzhou 2025 info disclosure admin reviews?", WHY_OUT, P + "body not held"),
        U(e, "Shuyang County 2024 full disclosures", WHY_OUT, P + "year not held"),
        U(e, "Hongze District 2022 lawsuits over info disclosure?", WHY_OUT, P + "year not held"),
        U(e, "Shanghai General Office 2022 requests received", WHY_OUT, P + "year not held"),
        U(e, "Xuhui District (徐汇区) 2025 granted requests count", WHY_OUT, P + "body not held"),
        U(e, "Huai'an 2023 administrative penalty decisions", WHY_OUT, P + "year not held"),
        U(e, "compare Huai'an 2024 with Nanjing 2024 on admin reviews", WHY_OUT, P + "comparison with body not held"),
        U(e, "is 351 admin reviews for Huai'an in 2024 a lot? good or bad?", WHY_OPINION, P + "opinion"),
        U(e, "Was Shanghai General Office's 2025 disclosure work better than Shuyang's 2025? your view", WHY_OPINION, P + "opinion"),
        U(e, "Should Hongze District be worried about its 2024 lawsuits? opinion pls", WHY_OPINION, P + "opinion"),
        U(e, "How many staff handle info disclosure at STCSM in 2024?", WHY_NOTSTATED, P + "staff"),
        U(e, "average days to reply to a request at Huai'an city gov in 2024?", WHY_NOTSTATED, P + "response time"),
        U(e, "what did Shuyang county spend on disclosure work in 2025 (budget)?", WHY_NOTSTATED, P + "cost"),
        U(e, "Jianxi District 2020: how many applicants were satisfied with the replies?", WHY_NOTSTATED, P + "satisfaction"),
        U(e, "Shanghai General Office 2025: how many requesters were foreigners?", WHY_BREAK, P + "by nationality"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + neighbour() + textonly() + followup() + cannot()
