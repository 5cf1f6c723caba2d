"""Question bank of the thirty-second blind set (evals/blind32). Every wording written for this set.

FROZEN like test.jsonl: it holds the text of every test question. Do not read while tuning.
Numbers are never typed here: helpers32 computes them from gold/*.json, from the printed cells
named in SPECS (the same cells blind6 verified), or checks them against a sentence cut from the
report text (narrative).
"""
import blindlib32 as L
from helpers32 import E, EN, EU, C, V, T, S, N, U, D, R, F, cols

SPECS = {
 'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)},
 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)},
 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)},
}
L.TEXT_SPECS.update(SPECS)

# text sentences that state the same number as a table cell (ambiguous + acceptable_sentence)
HA = "全市共受理政府信息公开申请"
HAAP = "政府信息公开行政复议 351件"
SY = "全县全年共受理政府信息公开申请"
S19 = "市政府办公厅代表市政府共受理"
S25 = "市政府共受理政府信息公开申请"
JX = "全年共收到依申请公开"
KW = "全年收到政府信息公开申请"
S19R = "信息公开类行政复议7件"
HZ = "全区受理政府信息公开申请"
M = {"unit": "万元"}


def plain():
    P = "[plain] "
    out = []
    a = out.append
    # ---------------- zh
    a(V("zh", "ha", "r.granted.total", "淮安市政府2024年依申请公开里面 直接给公开了的有几件", P + "予以公开 total"))
    a(V("zh", "ha", "r.partially_granted.total", "想问下淮安2024年申请信息公开，只公开了一部分的那种一共多少件？", P + "部分公开 total"))
    a(V("zh", "ha", "r.unable.not_held.natural_person", "淮安市政府24年 老百姓个人申请的里面，政府说自己手上没有这个信息的有多少", P + "不掌握 自然人 column, not total"))
    a(V("zh", "ha", "r.withheld.admin_query.total", "2024年淮安市政府把申请当成行政查询事项不予公开的，一共几件", P + "行政查询 row"))
    a(V("zh", "ha", "r.not_processed.petition.commercial", "淮安市政府2024年报表，信访举报投诉类申请那一行，商业企业那一列是多少", P + "one column of a row"))
    a(V("zh", "ha", "r.other.overdue_correction.total", "我是做法律的，想核一下：淮安市人民政府2024年申请人逾期未按要求补正、被视为放弃的，共多少件", P + "逾期未补正"))
    a(V("zh", "ha", "c.normative_docs.repealed", "淮安2024年废掉的规范性文件有多少件", P + "废止 (not 制发/现行有效)"))
    a(V("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费收了多少钱（万元）", P + "money", **M))
    a(V("zh", "ha", "a.litigation_direct.corrected", "淮安市政府2024年 没经过复议直接去法院告的 判政府要纠正的有几件", P + "直接起诉 纠正"))
    a(V("zh", "ha", "a.review.pending", "老师让我们看淮安市人民政府2024年报的第四部分，行政复议“尚未审结”是多少？", P + "复议 尚未审结"))
    a(V("zh", "ha", "r.received.legal_services", "淮安2024年律所这类法律服务机构新递交的申请有几件", P + "法律服务机构 column"))
    a(V("zh", "ha", "r.withheld.prohibited_by_law.total", "二〇二四年淮安市政府以法律行政法规禁止公开为由拒绝的申请数", P + "法律法规禁止"))
    a(V("zh", "ha", "r.carried_forward.total", "淮安市政府2024年没办完、挪到下一年接着办的申请有多少", P + "结转下年", alt=(HA, 103)))
    a(V("zh", "sy", "r.received.total", "沭阳县政府2025年表格里本年新收的申请是多少？不含上年结转的", P + "新收 713 (text 749 includes 结转)"))
    a(V("zh", "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，结果回复说不掌握这个信息。想问下2025年像这样回复本机关不掌握的一共多少件", P + "story + 不掌握"))
    a(V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 内部事务信息不给公开的 几件", P + "内部事务"))
    a(V("zh", "sy", "r.other.other.total", "沭阳县人民政府2025年“其他”处理那一栏（不是逾期补正、不是逾期缴费的那两个）是多少", P + "其他 sub-row"))
    a(V("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可办了多少件", P + "licensing"))
    a(V("zh", "sy", "c.fees.amount", "沭阳2025年行政事业性收费金额多少万元", P + "money", **M))
    a(V("zh", "sy", "a.review.corrected", "沭阳县政府2025年因为信息公开被申请复议，结果被纠正的有多少件", P + "复议 纠正"))
    a(V("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 先复议、不服再去起诉的案子 一共几件", P + "复议后起诉 total"))
    a(V("zh", "sy", "r.partially_granted.legal_services", "沭阳2025年部分公开的申请里，法律服务机构申请的占几件", P + "one column"))
    a(V("zh", "sy", "r.other.overdue_fee.total", "沭阳县政府2025年 申请人超期不交信息处理费的 有几件", P + "逾期未缴费"))
    a(V("zh", "sy", "r.carried_over.total", "市民来电问：沭阳县政府2025年从上一年转过来继续办的申请多少件。请帮忙查一下", P + "上年结转 (helpdesk)"))
    a(V("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025年同一个人重复申请被不予处理的，有多少", P + "重复申请 total"))
    a(V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请是因为要另外制作信息所以没法提供的", P + "另行制作"))
    a(V("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定数量", P + "punishment"))
    a(V("zh", "hz23", "r.partially_granted.total", "洪泽 2023 部分公开几件啊", P + "部分公开"))
    a(V("zh", "hz23", "c.fees.amount", "2023年洪泽区收的行政事业性收费一共多少万元？", P + "money", **M))
    a(V("zh", "hz24", "requests.unable.not_held.total", "洪泽区2024年回复“本机关不掌握”的申请数", P + "text cell"))
    a(V("zh", "hz24", "c.coercion.decisions", "洪泽区人民政府2024年行政强制做了多少件", P + "text cell"))
    a(V("zh", "hz24", "requests.received.total", "洪泽区2024年报表一、本年新收政府信息公开申请数量 总计那一格填的是多少", P + "text cell 95 (text's 17 is a different wording)"))
    a(V("zh", "kw", "requests.received.natural_person", "上海市科委2024年收到的申请里 个人（自然人）递交的多少件", P + "text cell 自然人"))
    a(V("zh", "kw", "active.normative_docs.in_force", "市科委2024年现在还有效的规范性文件一共几件", P + "现行有效"))
    a(V("zh", "sh25", "requests.not_processed.petition.total", "上海市政府办公厅2025年把申请认定为信访举报投诉、不予处理的有多少件", P + "text cell"))
    a(V("zh", "sh25", "requests.unable.needs_creation.total", "25年上海市府办 需要另行制作所以无法提供的件数", P + "text cell 另行制作"))
    a(V("zh", "sh25", "appeals.review.pending", "上海市府办2025年信息公开行政复议还没审结的有几件", P + "text cell"))
    a(V("zh", "sh25", "requests.carried_over.natural_person", "2025年上海市政府办公厅上年结转的申请里，自然人的是多少", P + "自然人 column of 结转"))
    a(V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年 个人提的申请被当作信访举报投诉处理（不予处理）的有几件", P + "2019 template"))
    a(V("zh", "sh19", "c.procurement.projects", "2019年上海市府办政府集中采购项目有几个", P + "采购项目数"))
    a(V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年表里“对外公开总数量”规章那一格是多少", P + "规章 对外公开总数"))
    a(V("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办，自然人申请里面因为需要另行制作而没提供的", P + "2019 另行制作 自然人"))
    a(V("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额多少万元", P + "money 2019 template", **M))
    a(V("zh", "jx", "r.granted.natural_person", "涧西区2020年个人申请里直接予以公开的有几件", P + "予以公开 自然人"))
    a(V("zh", "jx", "c.normative_docs.total_published", "涧西区人民政府办公室2020年规范性文件对外公开总数", P + "对外公开总数"))
    # ---------------- en
    a(V("en", "ha", "r.withheld.third_party.total", "Huai'an city government 2024: how many requests were refused because disclosure would harm a third party's rights?", P + "third party"))
    a(V("en", "ha", "r.unable.not_held.total", "huaian 2024 how many times did the govt say it doesnt hold the info", P + "不掌握 total"))
    a(V("en", "ha", "c.regulations.in_force", "How many municipal regulations (规章) of Huai'an were still in force in 2024?", P + "规章 现行有效"))
    a(V("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions (行政强制) by Huai'an in 2024?", P + "coercion"))
    a(V("en", "ha", "r.granted.legal_services", "In 2024 how many requests from legal service firms did Huai'an fully grant?", P + "one column"))
    a(V("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024, lawsuits filed after an administrative review: how many were still undecided at year end?", P + "after review pending"))
    a(V("en", "ha", "r.not_processed.duplicate.total", "For FY2024, Huai'an municipal government – repeat requests that were not processed, how many?", P + "重复申请"))
    a(V("en", "ha", "r.withheld.process_info.total", "huai an 2024 requests refused as process information (过程性信息)?", P + "process info"))
    a(V("en", "ha", "a.review.corrected", "I'm writing a piece on Huai'an. In 2024, in how many information-disclosure reviews was the government's decision corrected?", P + "journalist"))
    a(V("en", "ha", "r.received.other_org", "Huai'an 2024: new requests filed by 'other organisations' – just that column please", P + "other_org column"))
    a(V("en", "sy", "r.granted.total", "Shuyang County 2025, how many info requests got fully disclosed?", P + "granted"))
    a(V("en", "sy", "r.withheld.admin_query.total", "shuyang 2025 requests turned away bc they were really administrative inquiries", P + "admin query"))
    a(V("en", "sy", "c.normative_docs.in_force", "How many normative documents did Shuyang County have in force as of 2025?", P + "in force"))
    a(V("en", "sy", "c.punishment.decisions", "Shuyang County government, 2025 – administrative penalty decisions count?", P + "punishment"))
    a(V("en", "sy", "a.review.pending", "Shuyang 2025: administrative reviews over disclosure not concluded yet – number?", P + "review pending"))
    a(V("en", "sy", "r.received.natural_person", "In 2025 how many brand-new requests did Shuyang County get from private individuals, not counting ones carried over?", P + "新收 自然人 705 (text 741 includes carried over)"))
    a(V("en", "sy", "r.total_processed.total", "Shuyang County 2025 – total requests handled (办理总计)?", P + "total processed", alt=(SY, 718)))
    a(V("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025: refusals because the info was an administrative enforcement case file?", P + "enforcement files"))
    a(V("en", "hz23", "r.unable.not_held.total", "Hongze District 2023 — how many requests where the office said it did not hold the information?", P + "not held"))
    a(V("en", "hz23", "c.licensing.decisions", "hongze district govt 2023 admin licensing decisions number pls", P + "licensing"))
    a(V("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District scrap in 2023?", P + "repealed"))
    a(V("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023, were any requests refused as state secrets? how many", P + "state secret"))
    a(V("en", "hz24", "requests.granted.total", "Hongze District 2024: requests fully disclosed (予以公开)?", P + "text cell"))
    a(V("en", "hz24", "active.punishment.decisions", "Administrative penalties imposed by Hongze District in 2024?", P + "text cell"))
    a(V("en", "hz24", "appeals.review.total", "How many administrative reviews about disclosure did Hongze District face in 2024?", P + "text cell"))
    a(V("en", "kw", "requests.received.commercial", "STCSM 2024, new requests from companies (商业企业) – how many?", P + "text cell"))
    a(V("en", "kw", "active.licensing.decisions", "Shanghai science commission 2024 – administrative licensing decisions?", P + "text cell"))
    a(V("en", "kw", "requests.total_processed.total", "Science and Technology Commission of Shanghai Municipality, 2024: total requests closed out (总计)?", P + "text cell 35"))
    a(V("en", "sh25", "requests.received.commercial", "Shanghai General Office 2025 – new requests from businesses?", P + "text cell"))
    a(V("en", "sh25", "appeals.litigation_direct.total", "Shanghai municipal government general office 2025: lawsuits brought directly (not after a review), total?", P + "text cell direct"))
    a(V("en", "sh25", "requests.granted.total", "In 2025 the Shanghai General Office fully disclosed how many requested items?", P + "text cell"))
    a(V("en", "sh25", "requests.not_processed.duplicate.total", "shanghai gen office 2025 duplicate requests not processed??", P + "text cell"))
    a(V("en", "sh19", "r.received.commercial", "Shanghai General Office in 2019: new applications from commercial enterprises?", P + "2019 commercial"))
    a(V("en", "sh19", "c.normative_docs.total_published", "2019 Shanghai General Office: total normative documents publicly available (对外公开总数量)?", P + "对外公开总数"))
    a(V("en", "sh19", "c.procurement.amount", "What was the total centralised procurement amount of the Shanghai General Office in 2019?", P + "money", **M))
    a(V("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019 – individuals' requests answered with 'we do not hold this information'?", P + "不掌握 自然人"))
    a(V("en", "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office 2019: requests from companies refused because they were really administrative queries?", P + "admin query, commercial column"))
    a(V("en", "jx", "r.unable.not_held.total", "Jianxi District 2020, requests where the info wasn't held by the office?", P + "jx not held"))
    a(V("en", "jx", "c.procurement.projects", "Jianxi district office in 2020: how many centralised procurement projects?", P + "projects"))
    a(V("en", "jx", "a.review.upheld", "Jianxi 2020 — disclosure reviews where the office's decision was upheld?", P + "upheld"))
    a(V("en", "hz24", "active.fees.amount", "Hongze District 2024 admin fees collected, in 10k yuan?", P + "text cell money", **M))
    a(V("en", "ha", "r.withheld.security_stability.total", "Huaian 2024 requests denied on 'three safeties one stability' grounds (security/stability)?", P + "security stability"))
    a(V("en", "ha", "r.unable.unclear.total", "Huai'an, 2024: how many requests were too vague to identify the info sought?", P + "unclear"))
    a(V("zh", "ha", "r.total_processed.natural_person", "淮安市政府2024年办理结果总计那行，只要自然人那一列的数", P + "总计 row, 自然人 column (not 3050)"))
    a(V("zh", "sh25", "requests.carried_over.legal_services", "上海市府办2025年上年结转的申请中 法律服务机构的有几件", P + "one column of 结转"))
    a(V("en", "sy", "r.received.legal_services", "Shuyang 2025 — of the new requests, how many came from legal service firms (not all organisations)?", P + "legal services 5 vs 法人 8"))
    a(V("en", "ha", "a.review.total", "Huai'an 2024: administrative reviews over disclosure, how many in total? only reviews, not lawsuits", P + "review total", alt=(HAAP, 351)))
    return out


def combine():
    P = "[combine] "
    out = []
    a = out.append
    a(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开加上部分公开，合计多少件", P + "sum of 2"))
    a(S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议、直接起诉、复议后起诉三类案件加起来多少", P + "sum of 3 (text's 74)"))
    a(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因为国家秘密、过程性信息、行政执法案卷三个理由不予公开的，合起来几件", P + "sum of 3"))
    a(S("zh", "sh19", cols("granted"), "上海市府办2019年予以公开那一行，各类申请人加总是多少（表里总计那格空着）", P + "sum of the six columns; 总计 printed blank"))
    a(S("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024无法提供的三小项加一起", P + "sum of 3 unable"))
    a(S("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县政府2025年“其他处理”三种情况加起来是多少件", P + "sum of 3 other"))
    a(S("zh", "kw", ["requests.received.total", "requests.carried_over.total"], "上海市科委2024年新收的加上上年结转的，一共要处理多少件", P + "sum text cells"))
    a(S("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.normative_docs.issued", "c.regulations.issued"], "淮安2024年行政许可、行政处罚、行政强制，再加上新制发的规范性文件和规章，五个数加起来", P + "sum of 5"))
    a(S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: add up the new requests from companies, legal service firms and other organisations", P + "sum of 3 columns"))
    a(S("en", "sy", ["r.granted.natural_person", "r.partially_granted.natural_person"], "Shuyang 2025 individuals' requests that got full or partial disclosure, combined?", P + "sum of 2"))
    a(S("en", "sh25", ["requests.unable.not_held.total", "requests.unable.needs_creation.total"], "Shanghai General Office 2025: 'not held' plus 'would have to be newly made' requests, together?", P + "sum text cells"))
    a(S("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Huai'an 2024 — total cases (reviews, direct suits, suits after review) where the government was upheld?", P + "sum of 3"))
    a(S("en", "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"], "Shanghai General Office 2019, individuals' requests refused: state secret + internal affairs + process info + admin query, summed", P + "sum of 4"))
    a(S("en", "hz24", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], "Hongze 2024 total disclosure disputes: reviews plus both kinds of lawsuits?", P + "sum text cells"))
    a(S("en", "jx", ["c.procurement.projects", "c.normative_docs.made"], "Jianxi 2020: procurement projects plus normative documents made – sum?", P + "sum of 2"))
    a(S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: total of all eight 'not disclosed' (不予公开) reasons", P + "sum of 8"))
    # differences
    a(D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚2024年比2023年多了还是少了，差多少", P + "2024 minus 2023"))
    a(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年比2023年增加了几件", P + "2024 minus 2023"))
    a(D("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收申请 2025年和2019年比 变化多少件", P + "2025 minus 2019", alt=(S25, 1295)))
    a(D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2019年到2025年增加了多少", P + "2025 minus 2019"))
    a(D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件 2023年到2024年 变了多少", P + "2024 minus 2023"))
    a(D("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze District's licensing decisions change from 2023 to 2024?", P + "2024 minus 2023"))
    a(D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: change in disclosure reviews between 2019 and 2025?", P + "2025 minus 2019"))
    a(D("en", "hz23", "hz24", "c.coercion.decisions", "hongze coercion decisions 2023 vs 2024 difference", P + "2024 minus 2023"))
    a(D("en", "sh19", "sh25", "r.received.natural_person", "How many more new requests from individuals did the Shanghai General Office receive in 2025 than in 2019?", P + "2025 minus 2019"))
    a(D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fee income: 2024 minus 2023, in 万元?", P + "money difference", unit="万元"))
    return out


def rank():
    P = "[rank] "
    out = []
    a = out.append
    B4 = ["ha", "sy", "hz23", "sh19"]
    a(R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，这三家谁新收的申请最多", P + "desc"))
    a(R("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "比较一下淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，结转下年的申请哪家最少", P + "asc"))
    a(R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "行政处罚数量：淮安(2024)、沭阳(2025)、洪泽区(2023)，最少的是谁", P + "asc"))
    a(R("zh", ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "desc", "直接提起行政诉讼的件数，淮安2024年、沭阳2025年、涧西区2020年、上海市府办2019年 四个里哪个最多", P + "desc over 4"))
    a(R("zh", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "asc", "需要另行制作的申请：淮安市2024 沭阳县2025 洪泽区2023 谁最少", P + "asc"))
    a(R("zh", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "收费金额比一下：淮安2024、沭阳2025、洪泽2023，哪个行政事业性收费最高", P + "desc money"))
    a(R("zh", ["jx", "sh19", "sy"], "r.received.natural_person", "asc", "自然人新收申请：涧西区政府办2020年、上海市府办2019年、沭阳县2025年，谁最少", P + "asc"))
    a(R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an (2024), Shuyang County (2025) or Hongze District (2023)?", P + "desc"))
    a(R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "Rank by disclosure reviews received: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 – who's top?", P + "desc"))
    a(R("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "Fewest partial disclosures among Huai'an 2024, Shuyang 2025 and Hongze 2023?", P + "asc"))
    a(R("en", ["ha", "sy", "jx"], "r.received.total", "asc", "Of Huai'an (2024), Shuyang (2025) and Jianxi District (2020), which received the fewest new requests?", P + "asc"))
    a(R("en", ["ha", "sy", "hz23"], "r.not_processed.duplicate.total", "desc", "duplicate requests not processed — huaian 2024 vs shuyang 2025 vs hongze 2023, highest?", P + "desc"))
    a(R("en", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "Among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, who said 'not held' most often?", P + "desc over 4"))
    return out


def narrative():
    P = "[textonly] "
    out = []
    a = out.append
    a(N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", P + "press conferences"))
    a(N("zh", "ha", "制作《淮安市人民政府公报》6 期", 6, "期", "2024年淮安市人民政府公报出了几期", P + "gazette"))
    a(N("zh", "ha", "全市在运维政务新媒体共计 95个", 95, "个", "淮安全市在运维的政务新媒体账号有多少个（2024年报告里说的）", P + "new media"))
    a(N("zh", "ha", "全年组织 4 次", 4, "次", "淮安2024年信息公开栏目全覆盖检查搞了几次", P + "checks"))
    a(N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", P + "portal items"))
    a(N("zh", "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议", P + "meetings"))
    a(N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县政府网站2025年搞了几期意见征集", P + "consultations"))
    a(N("zh", "sy", "爆款内容52条", 52, "条", "沭阳2025年出了多少条爆款内容", P + "viral posts"))
    a(N("zh", "sy", "49条破百万", 49, "条", "沭阳县2025年政务新媒体播放量破百万的有几条（只算破百万那档）", P + "viral tier"))
    a(N("zh", "sy", "累计清理过期信息697条", 697, "条", "听说沭阳2025年清理了一批过期信息，清了多少条", P + "cleanup"))
    a(N("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年年报集中发布涉及多少家单位", P + "units"))
    a(N("zh", "sy", "收取信息处理费共计380元", 380, "元", "沭阳县2025年收信息处理费一共收了多少钱", P + "fee in 元"))
    a(N("zh", "sy", "全县共办理相关案件 74 件", 74, "件", "沭阳县2025年报告正文说全县办理复议诉讼相关案件多少件", P + "text number 74 (= 61+3+10)"))
    a(N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号搞了多少场直播", P + "live streams"))
    a(N("zh", "kw", "原创文章 294篇", 294, "篇", "“上海科技”公众号2024年原创文章多少篇（市科委年报）", P + "original articles"))
    a(N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了多少场新闻通气会？不是发布会哦", P + "briefings not conferences"))
    a(N("zh", "sh25", "含申请人主动撤回 157 件", 157, "件", "上海市府办2025年有多少申请是申请人自己撤回的", P + "withdrawn"))
    a(N("zh", "sh25", "已覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种", P + "languages"))
    a(N("zh", "sh19", "政策解读共132件", 132, "件", "2019年上海市政府门户网站发了多少篇政策解读", P + "interpretations"))
    a(N("zh", "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年对常务会议议题做了几次权威发布", P + "releases"))
    # en
    a(N("en", "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024?", P + "interpretations"))
    a(N("en", "ha", "政策性文件 11 件", 11, "件", "Per the narrative of Huai'an's 2024 report, how many policy documents did the city and its office newly publish?", P + "narrative 11, not table 制发 8"))
    a(N("en", "hz24", "解读信息发布 7 条", 7, "条", "Hongze District 2024: how many interpretation items were released?", P + "interpretations"))
    a(N("en", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "How many pieces of info did Hongze District post proactively on its portal in 2024?", P + "portal items"))
    a(N("en", "sy", "主动公开政府信息4511条", 4511, "条", "Shuyang County portal 2025: number of government info items proactively published?", P + "portal"))
    a(N("en", "sy", "专栏33个", 33, "个", "how many columns did shuyang set up on its new media in 2025", P + "columns"))
    a(N("en", "sy", "推送系列原创短视频1113个", 1113, "个", "Shuyang 2025: original short videos pushed out?", P + "videos"))
    a(N("en", "sy", "对3件主动公开政策性文件进行意见征集", 3, "件", "For how many policy documents did Shuyang County run public comment in 2025?", P + "consultations"))
    a(N("en", "kw", "粉丝数54373", 54373, "人", "Shanghai science commission's video channel follower count, per its 2024 report?", P + "followers"))
    a(N("en", "kw", "共编发文章 1640 篇", 1640, "篇", "STCSM 2024 – how many articles did the 'Shanghai Keji' WeChat account put out?", P + "articles"))
    a(N("en", "sh25", "新闻发布会 42 场", 42, "场", "Shanghai municipal government press conferences held in 2025?", P + "press conferences"))
    a(N("en", "sh25", "公文公开属性审查 166 件", 166, "件", "Shanghai General Office 2025: documents reviewed for disclosure attribute?", P + "reviews"))
    a(N("en", "sh25", "16 个区全部上线数字公报", 16, "个", "How many districts of Shanghai had a digital gazette online by 2025?", P + "districts count"))
    a(N("en", "sh25", "直接办事服务 19 项", 19, "项", "Shanghai international services portal 2025, how many direct service guides?", P + "guides"))
    a(N("en", "sh19", "全年共编发公报24期", 24, "期", "How many gazette issues did Shanghai put out in 2019?", P + "gazette 2019"))
    a(N("en", "sh19", "70家政府网站", 70, "家", "Shanghai General Office 2019: how many government websites were checked every quarter?", P + "websites"))
    a(N("en", "sh19", "41条短视频", 41, "条", "During the 2019 import expo, how many Douyin short videos did 'Shanghai Fabu' post?", P + "videos"))
    a(N("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020 — how many pilot areas for grassroots openness?", P + "pilot areas"))
    a(N("en", "jx", "共21个领域601项", 601, "项", "jianxi 2020 number of itemised disclosure matters across the 21 areas", P + "matters"))
    return out


def followup():
    P = "[followup] "
    out = []
    a = out.append
    a(F("zh", [("淮安市政府2024年行政复议结果维持的有多少件", E("ha", "a.review.upheld", alt=(HAAP, 72))),
               ("那直接起诉的呢", E("ha", "a.litigation_direct.upheld")),
               ("复议后起诉的呢", E("ha", "a.litigation_after_review.upheld"))], P + "switch appeals group, same outcome"))
    a(F("zh", [("沭阳2025年不掌握信息的申请多少件", E("sy", "r.unable.not_held.total")),
               ("同一项淮安市2024年", E("ha", "r.unable.not_held.total"))], P + "switch body"))
    a(F("zh", [("淮安2024年本年新收申请里商业企业的有多少", E("ha", "r.received.commercial")),
               ("那个人的呢", E("ha", "r.received.natural_person"))], P + "switch column to 自然人"))
    a(F("zh", [("洪泽区2023年行政许可多少件", E("hz23", "c.licensing.decisions")),
               ("2024年呢", E("hz24", "active.licensing.decisions"))], P + "switch year to text cell"))
    a(F("zh", [("上海市府办2019年结转下年度继续办理的有多少", E("sh19", "r.carried_forward.total", alt=(S19, 72))),
               ("换成2025年", E("sh25", "requests.carried_forward.total")),
               ("那上年结转过来的呢，2025年", E("sh25", "requests.carried_over.total", alt=(S25, 189)))], P + "year then carried over vs forward"))
    a(F("zh", [("沭阳县2025年复议被纠正的", E("sy", "a.review.corrected")),
               ("还没审完的呢", E("sy", "a.review.pending"))], P + "switch outcome"))
    a(F("zh", [("淮安2024 部分公开 多少", E("ha", "r.partially_granted.total")),
               ("其中企业申请的", E("ha", "r.partially_granted.commercial"))], P + "switch column"))
    a(F("zh", [("涧西区政府办2020年本年新收申请几件", E("jx", "r.received.total", alt=(JX, 17))),
               ("予以公开呢", E("jx", "r.granted.total")),
               ("结转到下一年的呢", E("jx", "r.carried_forward.total"))], P + "switch row"))
    a(F("zh", [("上海市科委2024年规范性文件制发了几件", E("kw", "active.normative_docs.issued")),
               ("现行有效的呢", E("kw", "active.normative_docs.in_force"))], P + "制发 -> 现行有效"))
    a(F("zh", [("淮安市2024年规范性文件现行有效多少件", E("ha", "c.normative_docs.in_force")),
               ("规章呢", E("ha", "c.regulations.in_force"))], P + "switch row, same column"))
    a(F("zh", [("沭阳县2025年行政处罚决定多少件", E("sy", "c.punishment.decisions")),
               ("行政强制呢", E("sy", "c.coercion.decisions")),
               ("洪泽区2024年的行政强制", E("hz24", "active.coercion.decisions"))], P + "row then body+year"))
    a(F("zh", [("上海市府办2025年直接起诉的行政诉讼有几件", E("sh25", "appeals.litigation_direct.total")),
               ("其中还没审结的", E("sh25", "appeals.litigation_direct.pending"))], P + "total -> pending"))
    a(F("zh", [("淮安2024年因为重复申请不予处理的多少", E("ha", "r.not_processed.duplicate.total")),
               ("信访类的呢", E("ha", "r.not_processed.petition.total"))], P + "sub-row switch"))
    a(F("zh", [("我在12345接到电话，来电人问沭阳县2025年信息公开申请共办理了多少件", E("sy", "r.total_processed.total", alt=(SY, 718))),
               ("他又问结转到下一年的有多少", E("sy", "r.carried_forward.total", alt=(SY, 31)))], P + "helpdesk, total processed then forward"))
    a(F("zh", [("洪泽区2023年部分公开几件", E("hz23", "r.partially_granted.total")),
               ("同一项沭阳2025年", E("sy", "r.partially_granted.total"))], P + "switch body"))
    a(F("zh", [("上海市府办2019年自然人新收申请多少件", E("sh19", "r.received.natural_person")),
               ("2025年的自然人呢", E("sh25", "requests.received.natural_person")),
               ("那公司的呢", E("sh25", "requests.received.commercial"))], P + "year then column"))
    a(F("zh", [("淮安2024年法律服务机构新收几件", E("ha", "r.received.legal_services")),
               ("沭阳2025年呢", E("sy", "r.received.legal_services"))], P + "switch body"))
    a(F("zh", [("沭阳县2025年因为过程性信息不公开的", E("sy", "r.withheld.process_info.total")),
               ("行政执法案卷的呢", E("sy", "r.withheld.enforcement_files.total"))], P + "sub-row switch"))
    a(F("zh", [("洪泽区2024年行政复议几件", E("hz24", "appeals.review.total")),
               ("复议后又去起诉的呢", E("hz24", "appeals.litigation_after_review.total")),
               ("直接起诉的", E("hz24", "appeals.litigation_direct.total"))], P + "appeals groups"))
    a(F("zh", [("淮安市政府2024年新制发的规范性文件", E("ha", "c.normative_docs.issued")),
               ("废止的呢", E("ha", "c.normative_docs.repealed"))], P + "column switch"))
    # en
    a(F("en", [("Huai'an 2024: direct lawsuits, total?", E("ha", "a.litigation_direct.total")),
               ("and the ones after review?", E("ha", "a.litigation_after_review.total"))], P + "direct -> after review"))
    a(F("en", [("Shuyang County 2025 reviews over disclosure – total?", E("sy", "a.review.total")),
               ("and the court ones, direct?", E("sy", "a.litigation_direct.total"))], P + "review -> direct lawsuits"))
    a(F("en", [("Huai'an 2024 new requests from individuals?", E("ha", "r.received.natural_person")),
               ("what about companies", E("ha", "r.received.commercial")),
               ("and legal service firms", E("ha", "r.received.legal_services"))], P + "column switches"))
    a(F("en", [("Shanghai General Office 2025, requests answered 'not held'?", E("sh25", "requests.unable.not_held.total")),
               ("2019?", E("sh19", cols("unable.not_held")))], P + "year switch; 2019 total printed blank -> columns"))
    a(F("en", [("Hongze 2023 normative documents in force?", E("hz23", "c.normative_docs.in_force")),
               ("same for 2024", E("hz24", "active.normative_docs.in_force"))], P + "year switch"))
    a(F("en", [("Jianxi District 2020 direct lawsuits?", E("jx", "a.litigation_direct.total")),
               ("upheld ones among them?", E("jx", "a.litigation_direct.upheld"))], P + "total -> upheld"))
    a(F("en", [("STCSM 2024 requests fully granted?", E("kw", "requests.granted.total")),
               ("and how many came over from 2023 still open?", E("kw", "requests.carried_over.total", alt=(KW, 2)))], P + "granted -> carried over"))
    a(F("en", [("Shuyang 2025 new requests from individuals, table figure?", E("sy", "r.received.natural_person")),
               ("and carried over from 2024, individuals?", E("sy", "r.carried_over.natural_person"))], P + "received -> carried over"))
    a(F("en", [("Huai'an 2024 administrative penalties?", E("ha", "c.punishment.decisions")),
               ("Hongze 2024?", E("hz24", "active.punishment.decisions"))], P + "body+year"))
    a(F("en", [("Shanghai General Office 2019 – review cases total?", E("sh19", "a.review.total", alt=(S19R, 7))),
               ("and direct lawsuits?", E("sh19", "a.litigation_direct.total", alt=(S19R, 9))),
               ("2025 reviews total?", E("sh25", "appeals.review.total"))], P + "group then year (2019 text: 复议7件，诉讼9件)"))
    a(F("en", [("Huai'an 2024 refusals for internal affairs info", E("ha", "r.withheld.internal_affairs.total")),
               ("companies only", E("ha", "r.withheld.internal_affairs.commercial"))], P + "total -> column"))
    a(F("en", [("Shuyang 2025, requests from individuals partly disclosed?", E("sy", "r.partially_granted.natural_person")),
               ("fully disclosed?", E("sy", "r.granted.natural_person"))], P + "row switch"))
    a(F("en", [("Hongze District 2024 total requests processed?", E("hz24", "requests.total_processed.total")),
               ("carried into 2025?", E("hz24", "requests.carried_forward.total"))], P + "row switch"))
    a(F("en", [("Jianxi 2020 normative documents made?", E("jx", "c.normative_docs.made")),
               ("2019 Shanghai General Office?", E("sh19", "c.normative_docs.made"))], P + "body+year"))
    a(F("en", [("Huai'an 2024, overdue-correction cases?", E("ha", "r.other.overdue_correction.total")),
               ("and fee not paid on time?", E("ha", "r.other.overdue_fee.total")),
               ("same as the first, Shuyang 2025", E("sy", "r.other.overdue_correction.total"))], P + "row then body"))
    a(F("en", [("Shanghai General Office 2025 petition-type requests not processed", E("sh25", "requests.not_processed.petition.total")),
               ("duplicates?", E("sh25", "requests.not_processed.duplicate.total"))], P + "sub-row"))
    a(F("en", [("Hongze 2023 admin coercion decisions", E("hz23", "c.coercion.decisions")),
               ("fees collected, in 万元", E("hz23", "c.fees.amount", unit="万元"))], P + "row switch money"))
    a(F("en", [("Shanghai science commission 2024, new requests from individuals?", E("kw", "requests.received.natural_person")),
               ("and from companies", E("kw", "requests.received.commercial"))], P + "column switch"))
    a(F("en", [("Huai'an 2024 review cases with other outcomes (其他结果)?", E("ha", "a.review.other", alt=(HAAP, 178))),
               ("after-review lawsuits with other outcomes?", E("ha", "a.litigation_after_review.other"))], P + "group switch"))
    return out


def cannot():
    P = "[cannot] "
    out = []
    a = out.append
    W = "the reports hold no such breakdown"
    a(U("zh", "淮安市政府2024年收到的3119件申请，每个月各多少件", W, P + "month"))
    a(U("zh", "沭阳县2025年信息公开申请里 男的女的各多少", W, P + "sex"))
    a(U("zh", "我叔叔2025年向沭阳县政府申请过拆迁补偿的信息，他那件是怎么答复的", "one person's own case", P + "own case"))
    a(U("zh", "淮安2024年各个区县分别收到多少信息公开申请", W, P + "district"))
    a(U("zh", "上海市府办2025年申请人年龄段分布是怎样", W, P + "age"))
    a(U("zh", "南京市政府2024年信息公开申请收了多少", "body not in the corpus", P + "body not held"))
    a(U("zh", "洪泽区2022年行政处罚决定有多少件", "year not in the corpus", P + "year not held"))
    a(U("zh", "沭阳县2026年预计会收到多少信息公开申请", "forecast", P + "forecast"))
    a(U("zh", "淮安2024年为什么有769件说不掌握？是谁的责任", "reasons not stated", P + "reasons"))
    a(U("zh", "上海市科委2024年申请内容都是关于什么主题的，各主题多少件", W, P + "topic"))
    a(U("zh", "涧西区2021年收到几件申请", "year not in the corpus", P + "year"))
    a(U("zh", "你觉得沭阳县2025年信息公开做得好不好", "opinion", P + "opinion"))
    a(U("zh", "帮我查一下淮安市2024年申请信息公开的那个张某的电话", "personal data", P + "personal data"))
    a(U("zh", "洪泽区2023年信息公开工作有几个专职工作人员", "staff not stated", P + "staff"))
    a(U("zh", "上海市府办2025年网上申请和信函申请各多少件", W, P + "channel"))
    a(U("zh", "宿迁市政府2025年复议被纠正几件", "body not in the corpus", P + "body"))
    a(U("zh", "沭阳县2025年平均多少个工作日答复一个申请", "response time not stated", P + "response time"))
    a(U("zh", "淮安2024年的行政处罚里 交通类的有多少", W, P + "topic of punishment"))
    a(U("zh", "上海市科委2023年予以公开多少件", "year not in the corpus", P + "year"))
    a(U("zh", "清江浦区2024年本年新收申请多少", "body not in the corpus", P + "body"))
    # en
    a(U("en", "Huai'an 2024: how many of the disclosure requests came from women?", W, P + "sex"))
    a(U("en", "Shuyang 2025 requests broken down by township please", W, P + "township"))
    a(U("en", "My neighbour filed a request to Hongze District in 2024 about a land case – was his granted?", "one person's own case", P + "own case"))
    a(U("en", "How many requests will the Shanghai General Office receive in 2026?", "forecast", P + "forecast"))
    a(U("en", "Pudong New Area 2025 information disclosure requests received?", "body not in the corpus", P + "body"))
    a(U("en", "Shanghai General Office 2022 – review cases?", "year not in the corpus", P + "year"))
    a(U("en", "Why did the Shanghai General Office carry 293 requests into the next year in 2025?", "reasons not stated", P + "reasons"))
    a(U("en", "Which month of 2024 did Huai'an get the most administrative review cases?", W, P + "month"))
    a(U("en", "Jianxi District 2020 — how many requests were about land expropriation?", W, P + "topic"))
    a(U("en", "What did the information-disclosure work cost Shuyang County in 2025?", "costs not stated", P + "cost"))
    a(U("en", "Huai'an 2024 licensing decisions split by industry?", W, P + "industry"))
    a(U("en", "Is Shuyang's 2025 disclosure better than Huai'an's 2024? your view", "opinion", P + "opinion"))
    a(U("en", "Give me the names of the people who sued Huai'an over disclosure in 2024", "personal data", P + "personal data"))
    a(U("en", "STCSM 2024: how many requests were filed by people living outside Shanghai?", W, P + "residence"))
    a(U("en", "Hongze District 2023 – how many requests came in during the second quarter?", W, P + "quarter"))
    a(U("en", "Shuyang County 2024 new requests total?", "year not in the corpus", P + "year"))
    a(U("en", "Shanghai General Office 2025: which city department generated the most requests?", W, P + "department"))
    a(U("en", "Huai'an 2024 – how many of the 72 upheld reviews were about housing?", W, P + "topic of reviews"))
    a(U("en", "Hongze 2024 why so many 'not held' replies?", "reasons not stated", P + "reasons"))
    return out


def neighbour():
    P = "[neighbour] "
    out = []
    a = out.append
    a(T("zh", "ha", "r.carried_over.total", "淮安市政府2024年从上一年结转过来的申请是几件（不是结转到下一年的）", P + "上年结转 34 vs 结转下年 103", alt=(HA, 34)))
    a(T("zh", "sy", "a.litigation_direct.total", "沭阳县2025年没走复议、直接起诉的行政诉讼多少件", P + "直接起诉 3 vs 复议后起诉 10"))
    a(T("zh", "ha", "r.withheld.process_info.total", "淮安2024年属于过程性信息不予公开的是多少（别看内部事务那行）", P + "过程性 12 vs 内部事务 8"))
    a(T("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额（不是项目数）", P + "amount vs projects", unit="万元"))
    a(T("zh", "ha", "r.received.legal_services", "淮安2024年新收的申请里法律服务机构的多少，不是商业企业", P + "法律服务 61 vs 商业 53"))
    a(T("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年复议后再起诉的案件里，判维持的有几件（不是直接起诉那组）", P + "after review upheld 8 vs direct upheld 3"))
    a(T("zh", "hz24", "active.normative_docs.issued", "洪泽区2024年新制发的规范性文件几件？不是现行有效的数", P + "制发 3 vs 现行有效 8"))
    a(T("en", "ha", "a.litigation_direct.total", "Huai'an 2024: lawsuits filed straight in court without a prior review – just those", P + "direct 26 vs text's 46 all lawsuits"))
    a(T("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 requests that could not be met because the info would have to be newly compiled – not the 'not held' ones", P + "needs creation 11 vs not held 769"))
    a(T("en", "sh25", "requests.carried_over.total", "Shanghai General Office 2025: requests carried OVER from 2024 (not the ones carried forward into 2026)", P + "189 vs 293", alt=(S25, 189)))
    a(T("en", "sy", "r.received.legal_person", "Shuyang County 2025 – new requests from legal persons and other organisations combined (法人或其他组织), table figure", P + "legal_person 8 vs total 713", alt=(SY, 8)))
    a(T("en", "ha", "a.review.other", "In Huai'an's 2024 review cases, how many ended with an 'other' outcome – not corrected, not upheld?", P + "other 178 vs corrected 64", alt=(HAAP, 178)))
    a(T("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year – not the total publicly available", P + "made 13 vs total 524"))
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + narrative() + followup() + cannot() + neighbour()
