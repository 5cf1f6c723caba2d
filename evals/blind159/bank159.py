"""Question bank of blind evaluation set 159 (everyday traffic, phone-style wording).

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written new for this set. Numbers are never typed here: helpers159 computes them
from gold/*.json, from printed rows of the three reports without gold (SPECS, the cells blind6
had verified; re-checked by validate_blind159), or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib159 as L  # noqa: E402
from helpers159 import C, D, E, F, N, R, S, T, U, V  # noqa: E402,F401

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

P, CB, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                             "[cannot]", "[neighbour]")

PLAIN = [
    # (lang, body, keys, question)
    ("zh", "ha", "r.granted.total", "淮安市政府24年 依申请 直接全部公开的 有几件"),
    ("zh", "ha", "r.partially_granted.total", "问下 淮安2024年部分公开的申请多少件？？"),
    ("zh", "ha", "r.unable.not_held.total", "淮安市2024年 回复说本机关不掌握的  有多少"),
    ("zh", "ha", "r.not_processed.petition.total", "淮安2024年把信访举报投诉类的申请不予处理 一共几件"),
    ("zh", "ha", "r.withheld.admin_query.total", "帮我看下淮安市政府2024年  属于行政查询事项没给公开的是多少件"),
    ("zh", "ha", "a.litigation_direct.total", "淮安市政府2024年因为信息公开被直接告上法院的有几起，"),
    ("zh", "ha", "a.review.corrected", "淮安2024年 信息公开行政复议 被纠正的多少件"),
    ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了几件规范性文件"),
    ("zh", "ha", "c.licensing.decisions", "我在写论文，想知道淮安市2024年行政许可决定一共多少件？"),
    ("zh", "ha", "r.received.legal_services", "淮安24年 律所这类法律服务机构 提了多少件公开申请"),
    ("zh", "ha", "r.other.overdue_correction.total", "淮安市政府2024年 申请人逾期不补正、当撤回处理的 几件"),
    ("zh", "ha", "r.unable.needs_creation.total", "淮安2024年需要另行制作所以没提供的申请数？"),
    ("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年 不掌握相关信息的答复有多少件"),
    ("zh", "hz23", "r.partially_granted.total", "洪泽2023年部分公开 几件啊"),
    ("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定数量是多少，"),
    ("zh", "hz23", "c.coercion.decisions", "洪泽 二〇二三年 行政强制 多少件"),
    ("zh", "hz23", "a.review.upheld", "洪泽区2023年行政复议结果维持的有几件"),
    ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可 数量多少？"),
    ("zh", "hz24", "r.granted.total", "洪泽24年予以公开的申请 总共几件"),
    ("zh", "hz24", "a.review.total", "洪泽区政府2024年被申请信息公开行政复议 合计几件"),
    ("zh", "sy", "r.granted.total", "沭阳县2025年 同意公开(予以公开)的申请多少件"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年以内部事务信息为由不公开的有几件？"),
    ("zh", "sy", "a.review.total", "沭阳县政府2025年 信息公开行政复议总数"),
    ("zh", "sy", "c.normative_docs.in_force", "沭阳25年 现行有效的规范性文件 还有多少件"),
    ("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请 不予处理的  几件"),
    ("zh", "sy", "c.coercion.decisions", "沭阳2025年行政强制决定多少件？"),
    ("zh", "sy", "r.received.legal_services", "沭阳县2025年法律服务机构提出的新申请几件"),
    ("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 复议完又去打官司的 行政诉讼几件"),
    ("zh", "kw", "c.normative_docs.issued", "上海科委2024年制发的规范性文件有几件"),
    ("zh", "kw", "c.licensing.decisions", "市科委 2024年 行政许可数量？"),
    ("zh", "kw", "r.received.natural_person", "上海市科委2024年 个人(自然人)提的新申请有多少件"),
    ("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类申请不予处理的多少件"),
    ("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 要另行制作的、无法提供的 几件"),
    ("zh", "sh25", "a.review.total", "上海市府办25年 行政复议总共多少件"),
    ("zh", "sh25", "r.received.commercial", "上海市政府办公厅2025年商业企业提的申请 多少"),
    ("zh", "sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的案子 还没审结的几件"),
    ("zh", "sh19", "c.regulations.made", "上海市府办2019年 制作了多少件规章"),
    ("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数 几个"),
    ("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年 自然人申请里 需要另行制作的有几件"),
    ("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 自然人申请 补正后还是不明确的 几件"),
    ("zh", "jx", "r.granted.total", "涧西区2020年 依申请予以公开几件？"),
    ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年采购项目数是多少"),
    ("zh", "jx", "r.carried_forward.total", "涧西区2020年结转到下一年继续办的申请几件"),
    ("zh", "jx", "c.normative_docs.made", "涧西区2020年 制作规范性文件多少件"),
    ("en", "ha", "r.granted.total", "hi, how many request Huaian city gov fully disclose in 2024?"),
    ("en", "ha", "r.partially_granted.total", "Huai'an 2024 - partly disclosed requests (部分公开), what number pls"),
    ("en", "ha", "r.unable.not_held.total", "in 2024 how many times Huaian govt answer they dont have the info"),
    ("en", "ha", "r.withheld.state_secret.total", "Huaian 2024, refused because state secret (国家秘密) how many?"),
    ("en", "ha", "a.review.pending", "Huai'an 2024 admin review cases still not closed, how many"),
    ("en", "ha", "c.regulations.in_force", "how many municipal rules (规章) are currently valid for Huaian city in 2024?"),
    ("en", "ha", "c.coercion.decisions", "Huaian FY2024 administrative coercion (行政强制) decisions count?"),
    ("en", "ha", "r.received.commercial", "my boss ask: in 2024 how many disclosure requests companies sent to Huaian city government?"),
    ("en", "ha", "r.not_processed.duplicate.total", "Huaian 2024 repeat applications they did not process - number?"),
    ("en", "ha", "a.litigation_after_review.upheld", "Huaian 2024, lawsuits after admin review where court upheld the gov, how many"),
    ("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: withheld because 3rd party rights, how many"),
    ("en", "ha", "c.normative_docs.issued", "how many normative docs Huaian city issue in 2024"),
    ("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023 - how many requests needed new info to be made (需另行制作)?"),
    ("en", "hz23", "c.licensing.decisions", "Hongze 2023 admin licensing decisions, number please"),
    ("en", "hz23", "c.normative_docs.in_force", "Hongze district gov 2023 how many normative documents still in force"),
    ("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023 any request refused for state secret? how many"),
    ("en", "hz23", "a.litigation_after_review.upheld", "in 2023 Hongze: lawsuits after review, upheld count?"),
    ("en", "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions how many"),
    ("en", "hz24", "r.unable.not_held.total", "Hongze 2024 how many answered 'we dont hold this info' (不掌握)"),
    ("en", "hz24", "a.litigation_direct.total", "Hongze 2024, direct lawsuits about info disclosure = ?"),
    ("en", "hz24", "c.normative_docs.issued", "in 2024 how many normative documents Hongze district issued"),
    ("en", "sy", "r.partially_granted.total", "Shuyang County 2025 partial disclosure count?"),
    ("en", "sy", "r.unable.not_held.total", "Shuyang 2025 requests where govt say info not held, how many"),
    ("en", "sy", "a.review.upheld", "Shuyang county gov 2025 - admin reviews upheld?"),
    ("en", "sy", "c.normative_docs.issued", "how many normative docs did Shuyang issue in 2025"),
    ("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025, rejected as administrative query (行政查询事项) how many"),
    ("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: applicant didnt pay the fee in time, how many requests"),
    ("en", "sy", "a.review.pending", "Shuyang 2025 reviews pending at year end?"),
    ("en", "sy", "c.licensing.decisions", "Shuyang County FY2025 licensing decisions number"),
    ("en", "kw", "c.normative_docs.in_force", "STCSM 2024 - normative documents in force, how many?"),
    ("en", "kw", "r.received.commercial", "Shanghai science commission 2024 new requests from companies?"),
    ("en", "kw", "c.punishment.decisions", "Shanghai sci & tech commission 2024 admin penalties count"),
    ("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025 - not held (不掌握) replies how many"),
    ("en", "sh25", "r.granted.total", "Shanghai gov general office 2025, requests fully disclosed?"),
    ("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025 lawsuits after reconsideration total"),
    ("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: carried over from 2024 from law firms, how many"),
    ("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025 duplicate requests not processed"),
    ("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019, normative docs made?"),
    ("en", "sh19", "r.received.commercial", "in 2019 how many requests Shanghai General Office got from enterprises"),
    ("en", "sh19", "r.not_processed.petition.natural_person", "Shanghai General Office 2019, petition-type requests from individuals not processed"),
    ("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai gen office 2019 individuals refused due to state secret, count"),
    ("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019 total rules currently published (规章 总数)?"),
    ("en", "jx", "r.unable.not_held.total", "Jianxi District 2020 how many requests info not held"),
    ("en", "jx", "a.review.total", "Jianxi 2020 administrative review total?"),
    ("en", "jx", "c.normative_docs.total_published", "Jianxi district office 2020 - normative docs total published so far"),
]

MONEY_PLAIN = [
    ("zh", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费金额 多少万元"),
    ("en", "sy", "c.fees.amount", "Shuyang 2025 administrative fees collected (行政事业性收费), in 万元?"),
    ("zh", "jx", "c.procurement.amount", "涧西区2020年 政府集中采购总金额 多少万"),
    ("en", "sh19", "c.procurement.amount", "Shanghai General Office 2019 procurement amount in 10k yuan?"),
]

SUMS = [
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年 予以公开+部分公开 加起来多少件"),
    ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huaian 2024 all lawsuits together, direct plus after review?"),
    ("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安市2024年 无法提供的三种情况合计 多少件（不掌握、另行制作、不明确）"),
    ("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 disclosed fully + partly, total?"),
    ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年 复议 直接诉讼 复议后诉讼 三个总数加一起是多少"),
    ("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025 petition-type + duplicate requests not processed, sum"),
    ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三类不予公开 一共几件"),
    ("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023 not held + needs creating, add them up"),
    ("zh", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "洪泽区2024年 复议和两类诉讼 总共几件"),
    ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2024 licensing + penalty + coercion decisions all together?"),
    ("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握+需另行制作 合计"),
    ("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025: reviews + direct suits + suits after review, add together?"),
    ("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年 规章和规范性文件 制作数量加一起"),
    ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 review + both kinds of lawsuit, how many in all"),
    ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开 八种理由全部加起来 多少件"),
    ("en", "kw", ["c.normative_docs.issued", "c.normative_docs.in_force"], "STCSM 2024 normative docs issued plus in force, sum pls"),
]

DIFFS = [
    ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少"),
    ("en", "hz23", "hz24", "c.punishment.decisions", "Hongze penalty decisions: change from 2023 to 2024?"),
    ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽 行政强制 2023到2024 变化多少"),
    ("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative docs in force 2024 vs 2023, difference?"),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 不掌握的申请 2024年比2023年增加几件"),
    ("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests, how much more in 2025 than 2019?"),
    ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办 结转下年度的申请 2025年相比2019年 差多少"),
    ("en", "sh19", "sh25", "a.review.total", "Shanghai General Office admin reviews 2019 -> 2025 change"),
    ("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅 自然人新申请 2019年到2025年 涨了多少"),
    ("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2025 minus 2019?"),
]

GOLD5 = ["jx", "ha", "hz23", "sy", "sh19"]
RANKS = [
    ("zh", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "淮安2024、沭阳2025、上海市府办2019 哪个办结(总计)的申请最多"),
    ("en", ["ha", "sy", "jx"], "r.granted.total", "asc", "Huaian 2024, Shuyang 2025, Jianxi 2020: who fully disclosed the fewest requests?"),
    ("zh", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "淮安市2024年 洪泽区2023年 沭阳县2025年 行政事业性收费哪家最高"),
    ("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "which has least normative docs in force: Huaian 2024, Hongze 2023 or Shuyang 2025?"),
    ("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转下年的申请 淮安2024/沭阳2025/上海市府办2019/涧西2020 谁最少"),
    ("en", ["ha", "sy", "jx", "sh19"], "a.review.total", "desc", "admin reviews: Huaian 2024, Shuyang 2025, Jianxi 2020, Shanghai General Office 2019 - which most?"),
    ("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "淮安2024年、洪泽2023年、沭阳2025年 行政处罚哪个最少？"),
    ("en", ["ha", "hz23", "sy"], "r.partially_granted.total", "desc", "partly disclosed: Huaian 2024 / Hongze 2023 / Shuyang 2025 who is top"),
    ("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc", "本机关不掌握的答复 淮安2024、洪泽2023、沭阳2025、涧西2020 哪个最少"),
    ("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "licensing decisions Huaian 2024 vs Hongze 2023 vs Shuyang 2025, biggest one?"),
    ("zh", ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼 沭阳2025 上海市府办2019 涧西2020 谁最多"),
    ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "coercion decisions, smallest among Huaian 2024, Hongze 2023, Shuyang 2025?"),
    ("zh", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "商业企业提的新申请 淮安2024 沭阳2025 上海市府办2019 哪个最多"),
]

NARR = [
    # (lang, body, keyword, value, unit, question)
    ("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息"),
    ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze 2024 how many executive meetings (常务会议) did they publish"),
    ("zh", "kw", "批量推送集成式发布政策", 121, "条", "上海科委2024年 批量推送集成式发布政策 多少条"),
    ("en", "kw", "日常报送惠企政策", 83, "条", "STCSM 2024, pro-business policies sent day to day, how many?"),
    ("zh", "kw", "全年累计发布信息 2139", 2139, "条", "“上海科技”网站2024年全年发了多少条信息"),
    ("en", "kw", "编发文章", 1640, "篇", "Shanghai science commission wechat account 2024 - articles posted?"),
    ("zh", "kw", "原创文章", 294, "篇", "市科委公众号2024年原创文章 几篇"),
    ("en", "kw", "关注人数", 1016823, "人", "how many followers the 上海科技 wechat have in 2024 report of STCSM"),
    ("zh", "sh25", "人事任免文件", 196, "件", "上海市府办2025年主动公开的人事任免文件 多少件"),
    ("en", "sh25", "新闻发布会", 42, "场", "Shanghai General Office 2025, how many press conferences of the city gov held?"),
    ("zh", "sh25", "新闻通气会", 19, "场", "上海市政府办公厅2025年 新闻通气会开了几场"),
    ("en", "sh25", "公开属性审查", 166, "件", "Shanghai General Office 2025: documents checked for disclosure attribute (公开属性审查)?"),
    ("zh", "sh25", "发布审查", 330, "件", "上海市府办2025年发布审查 做了多少件"),
    ("en", "sh25", "人民政府公报》24", 24, "期", "Shanghai gov gazette 2025 - how many issues edited, per General Office report"),
    ("zh", "sh25", "全部上线数字公报", 16, "个", "上海2025年 几个区上线了数字公报（市府办年报）"),
    ("en", "sy", "主动公开政府信息4511", 4511, "条", "Shuyang 2025 county portal proactively published items?"),
    ("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年 门户网站开展意见征集 几期"),
    ("en", "sy", "发布信息3044", 3044, "条", "Shuyang 2025 county departments posted how many items on disclosure pages"),
    ("zh", "sy", "64家单位", 64, "家", "沭阳2025年 有多少家单位的年度报告集中公开了"),
    ("en", "sy", "全县共办理相关案件", 74, "件", "Shuyang 2025 total related review/lawsuit cases handled county-wide (narrative)?"),
    ("zh", "sy", "其中民政局1件", 380, "元", "沭阳县2025年 全县收了多少信息处理费"),
    ("en", "sy", "累计发布解读类信息", 21, "条", "Shuyang 2025 policy interpretation items released in year?"),
    ("zh", "sy", "意见征集并公开征集结果", 3, "件", "沭阳2025年 对几件政策性文件搞了意见征集"),
    ("en", "ha", "信息处理费 3940", 3940, "元", "Huaian city 2024 info processing fee collected, in yuan?"),
    ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年 在运维的政务新媒体有几个"),
    ("en", "ha", "全覆盖检查", 4, "次", "Huai'an 2024 how many full checks of disclosure columns they organised"),
    ("zh", "hz23", "1136", 1136, "条", "洪泽区2023年 政府网站主动公开多少条信息？"),
    ("en", "hz23", "信息处理费 0 元", 0, "元", "Hongze district 2023 processing fee charged total yuan?"),
    ("zh", "jx", "601项事项", 601, "项", "涧西区2020年 梳理了多少项事项", "梳理细化"),
    ("en", "jx", "等26个试点领域", 26, "个", "Jianxi 2020 the pilot areas (试点领域) standards, how many areas?", "对照省"),
    ("zh", "jx", "办结率88.2%", 88.2, "%", "涧西区2020年依申请公开 办结率是多少"),
    ("en", "sh19", "90.2%", 90.2, "%", "Shanghai General Office 2019 disclosure rate of city gov documents reviewed?"),
    ("zh", "sh19", "回落12.3%", 12.3, "%", "上海市府办2019年申请量 比2018年下降了百分之几"),
    ("en", "kw", "5 个高频事项", 5, "个", "STCSM 2024 how many high-frequency services mentioned"),
    ("zh", "kw", "当年发布政府信息 393", 393, "件", "上海市科委2024年 部门网站当年发布政府信息多少件"),
    ("en", "kw", "动态类信息发布", 1744, "条", "STCSM website 2024 news-type items count"),
    ("zh", "hz24", "解读信息发布", 7, "条", "洪泽2024年 解读信息发了几条"),
    ("en", "sy", "常务会议同步配套解读", 7, "次", "Shuyang 2025 executive meeting interpretations done in sync, number?"),
    ("zh", "jx", "共21个领域", 21, "个", "涧西区2020年 梳理的信息涉及几个领域", "梳理细化"),
]

CANNOT = [
    ("zh", "淮安2024年信息公开申请人里男的女的各多少", "no sex breakdown"),
    ("zh", "沭阳2025年哪个乡镇申请信息公开最多？", "no township breakdown"),
    ("zh", "上海市府办2025年 平均多少天答复一件申请", "no response time"),
    ("zh", "洪泽区2022年收到多少公开申请", "洪泽 2022 not held"),
    ("zh", "南京市2024年依申请公开总数？", "南京市 not in corpus"),
    ("zh", "涧西区2020年 负责信息公开的工作人员 有几个", "no staff number"),
    ("zh", "淮安市2024年 3月份收到几件申请", "no month breakdown"),
    ("zh", "沭阳县2024年行政复议多少件", "沭阳 2024 not held"),
    ("zh", "上海科委2023年 新收申请多少", "上海市科委 2023 not held"),
    ("zh", "宿迁市2025年政府信息公开年报里 予以公开几件", "宿迁市 not held"),
    ("zh", "淮安2025年 申请量会不会超过4000件 预测一下", "forecast"),
    ("zh", "洪泽2024年申请人里 年龄最大的多大", "no age data"),
    ("zh", "上海市府办2019年 网上申请和信函申请各几件", "no channel breakdown"),
    ("zh", "沭阳2025年 哪个部门收到的申请最多", "no department breakdown"),
    ("zh", "帮我查下张三2024年在淮安申请的那件 办到哪了", "personal data"),
    ("zh", "浦东新区2024年 信息公开行政诉讼几件", "浦东新区 not held"),
    ("zh", "上海市科委2024年 信息公开工作花了多少经费", "no cost"),
    ("zh", "涧西区2021年 不予公开几件", "涧西 2021 not held"),
    ("zh", "清江浦区2024年 政府网站发布信息多少条", "清江浦区 not held"),
    ("zh", "淮安2024年 申请最多的是哪个行业的人", "no industry breakdown"),
    ("en", "Huaian 2024 how many applicants were women?", "no sex breakdown"),
    ("en", "Shuyang 2025 what topic people ask about most, land or housing? numbers pls", "no topic breakdown"),
    ("en", "Shanghai General Office 2022 new requests count?", "上海市府办 2022 not held"),
    ("en", "Nanjing city 2024 disclosure requests received", "南京市 not held"),
    ("en", "Hongze 2024 how many requests came in the 3rd quarter", "no quarter breakdown"),
    ("en", "STCSM 2024 how many staff work on info disclosure", "no staff number"),
    ("en", "Huai'an 2024 average days to answer one request?", "no response time"),
    ("en", "Jianxi District 2021 requests received?", "涧西 2021 not held"),
    ("en", "Shuyang 2024 admin reviews number", "沭阳 2024 not held"),
    ("en", "Suqian city 2025 partly disclosed requests?", "宿迁市 not held"),
    ("en", "Shanghai General Office 2025 how many requesters live outside Shanghai", "no residence breakdown"),
    ("en", "is Huaian 2024 disclosure work good or bad in your opinion, give score out of 100", "opinion"),
    ("en", "Hongze 2023 why so few requests? what reason report give with numbers", "reason not stated"),
    ("en", "Pudong new area 2024 disclosure lawsuits?", "浦东新区 not held"),
    ("en", "Shanghai science commission 2023 fully disclosed requests", "上海市科委 2023 not held"),
    ("en", "Huaian 2026 how many requests will they get? estimate", "forecast"),
    ("en", "Shuyang 2025 how much money the disclosure office budget was", "no cost"),
    ("en", "Hongze 2022 admin licensing decisions?", "洪泽 2022 not held"),
    ("en", "Shanghai General Office 2019, requests by email vs by post, how many each", "no channel breakdown"),
]

TRAPS = [
    ("zh", "ha", "r.carried_over.total", "淮安2024年 从上一年结转过来的申请（不是结转到下年的）几件", "结转上年 vs 下年", dict(alt=("含上年度结转申请", 34))),
    ("en", "ha", "a.litigation_after_review.total", "Huaian 2024 lawsuits filed AFTER admin review (not the direct ones), total?", "复议后起诉 vs 直接起诉", {}),
    ("zh", "ha", "c.normative_docs.in_force", "淮安市2024年规范性文件 现行有效的是多少（不是废止的）", "现行有效 vs 废止", {}),
    ("en", "sy", "r.withheld.process_info.total", "Shuyang 2025 withheld as process info (过程性信息), not internal affairs, how many", "过程性信息 vs 内部事务", {}),
    ("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年需要另行制作的(不是不掌握的) 几件", "另行制作 vs 不掌握", {}),
    ("en", "ha", "a.review.corrected", "Huaian 2024 reviews where result was corrected - not the 'other result' ones", "纠正 vs 其他结果", {}),
    ("zh", "sh19", "c.procurement.projects", "上海市府办2019年 采购项目数（问的是个数不是金额）", "采购项目数 vs 金额", {}),
    ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 normative docs - total published to date, not the newly made", "对外公开总数 vs 新制作", {}),
    ("zh", "sy", "r.partially_granted.total", "沭阳县2025年 部分公开的（注意不是全部公开）多少件", "部分公开 vs 予以公开", {}),
    ("en", "ha", "r.received.legal_services", "Huaian 2024 requests from legal service orgs (法律服务机构), not companies", "法律服务机构 vs 商业企业", {}),
    ("zh", "sh25", "r.carried_forward.total", "上海市府办2025年 结转到下一年度继续办理的 多少件（不是上年结转来的）", "结转下年 vs 上年", {}),
    ("en", "hz24", "c.normative_docs.in_force", "Hongze 2024 normative docs currently valid (现行有效) - not the number issued", "现行有效 vs 制发", {}),
    ("zh", "sy", "a.litigation_direct.total", "沭阳2025年 没经过复议、直接起诉的 几件", "直接起诉 vs 复议后起诉", {}),
]

FOLLOW = [
    ("zh", [("ha", "r.granted.total", "我上个月刚在淮安申请过公开，好奇一下 淮安市政府2024年予以公开的有多少件"),
            ("sy", "r.granted.total", "那沭阳县2025年呢")], "body switch"),
    ("zh", [("hz23", "c.licensing.decisions", "洪泽区2023年 行政许可多少"),
            ("hz24", "c.licensing.decisions", "24年呢？")], "year switch"),
    ("zh", [("ha", "a.review.total", "淮安2024年信息公开被申请行政复议 总数多少"),
            ("ha", "a.review.upheld", "其中维持的呢", dict(alt=("结果维持", 72))),
            ("ha", "a.review.pending", "还没审结的 几件")], "column switch"),
    ("zh", [("sh19", "r.carried_forward.total", "上海市府办2019年结转下年度办理的申请 多少件"),
            ("sh25", "r.carried_forward.total", "换成2025年的 上海市府办")], "year switch"),
    ("zh", [("sy", "r.unable.not_held.total", "沭阳2025年不掌握相关信息 多少件"),
            ("sy", "r.unable.needs_creation.total", "那需要另行制作的呢")], "row switch"),
    ("zh", [("ha", "c.licensing.decisions", "做个对比表，先问淮安2024年行政许可多少"),
            ("hz23", "c.licensing.decisions", "洪泽区2023年的同一项"),
            ("sy", "c.licensing.decisions", "再来个沭阳2025年的")], "body switch"),
    ("zh", [("jx", "a.review.total", "涧西区2020年 行政复议 几件"),
            ("jx", "a.litigation_direct.total", "直接起诉的呢")], "appeals group switch"),
    ("zh", [("sh25", "a.review.total", "上海市府办2025年 行政复议多少件"),
            ("sh25", "a.review.pending", "里面尚未审结的 几件")], "column switch"),
    ("zh", [("hz24", "c.punishment.decisions", "洪泽区2024年 行政处罚 决定多少件"),
            ("hz23", "c.punishment.decisions", "那2023年的呢")], "year switch"),
    ("zh", [("ha", "r.withheld.prohibited_by_law.total", "淮安2024年 因为法律行政法规禁止公开的 不予公开几件"),
            ("ha", "r.withheld.enforcement_files.total", "行政执法案卷那条呢")], "row switch"),
    ("zh", [("sy", "a.review.corrected", "我是沭阳的律师，想了解一下沭阳县政府2025年复议被纠正的有几件"),
            ("sy", "a.review.other", "其他结果的呢"),
            ("ha", "a.review.corrected", "淮安市2024年被纠正的 多少件")], "column + body switch"),
    ("zh", [("kw", "c.normative_docs.in_force", "上海科委2024年现行有效的规范性文件几件"),
            ("hz24", "c.normative_docs.in_force", "洪泽区2024年的呢")], "body switch"),
    ("zh", [("sh19", "r.received.natural_person", "上海市府办2019年 自然人新提的申请多少件"),
            ("sh25", "r.received.natural_person", "2025年 同一个数")], "year switch"),
    ("zh", [("ha", "c.fees.amount", "淮安2024年行政事业性收费 多少万元"),
            ("hz23", "c.fees.amount", "洪泽区2023年呢")], "body switch (money)"),
    ("zh", [("jx", "r.unable.not_held.total", "涧西区2020年 不掌握信息的答复 几件"),
            ("ha", "r.unable.not_held.total", "淮安市2024年 同一项"),
            ("hz23", "r.unable.not_held.total", "洪泽2023年呢")], "body switch"),
    ("zh", [("sy", "r.other.other.total", "沭阳2025年 办理结果里'其他'那一行 多少件"),
            ("sy", "r.other.overdue_correction.total", "逾期不补正那行呢")], "row switch"),
    ("zh", [("hz24", "a.litigation_after_review.total", "洪泽2024年复议后起诉的 几件"),
            ("hz24", "a.litigation_direct.total", "那直接起诉的")], "appeals group switch"),
    ("zh", [("ha", "r.received.commercial", "朋友在企业上班，问我企业能不能申请公开 我想看看淮安2024年商业企业申请了多少件"),
            ("sy", "r.received.commercial", "沭阳县2025年企业提了多少")], "body switch"),
    ("zh", [("sh25", "r.unable.not_held.total", "上海市政府办公厅2025年不掌握的答复 几件"),
            ("sh25", "r.granted.total", "予以公开的呢")], "row switch"),
    ("zh", [("ha", "c.normative_docs.issued", "淮安2024年 制发规范性文件几件"),
            ("sy", "c.normative_docs.issued", "沭阳2025年？"),
            ("hz24", "c.normative_docs.issued", "洪泽2024年？")], "body switch"),
    ("en", [("ha", "r.granted.total", "im a student doing report on open gov. Huaian 2024 fully disclosed requests?"),
            ("ha", "r.partially_granted.total", "and partly disclosed?")], "row switch"),
    ("en", [("hz23", "c.punishment.decisions", "Hongze 2023 admin penalty decisions?"),
            ("hz24", "c.punishment.decisions", "what about 2024")], "year switch"),
    ("en", [("sh19", "r.received.total", "Shanghai General Office 2019 new requests received?", dict(alt=("代表市政府共受理", 859))),
            ("sh25", "r.received.total", "and 2025?", dict(alt=("市政府共受理", 1295)))], "year switch"),
    ("en", [("sy", "a.review.total", "Shuyang 2025 admin reviews total"),
            ("sy", "a.litigation_direct.total", "direct lawsuits?"),
            ("sy", "a.litigation_after_review.total", "and lawsuits after the review?")], "appeals group switch"),
    ("en", [("ha", "c.coercion.decisions", "Huaian 2024 coercion decisions"),
            ("sy", "c.coercion.decisions", "same for Shuyang 2025?")], "body switch"),
    ("en", [("kw", "c.licensing.decisions", "STCSM 2024 licensing decisions number?"),
            ("kw", "c.normative_docs.issued", "and normative docs they issued?")], "row switch"),
    ("en", [("jx", "r.granted.total", "Jianxi 2020 disclosed requests?"),
            ("jx", "r.carried_forward.total", "how many carried to next year then")], "row switch"),
    ("en", [("sh25", "a.litigation_direct.total", "Shanghai General Office 2025 direct lawsuits total"),
            ("sh25", "a.litigation_direct.pending", "how many still pending?")], "column switch"),
    ("en", [("hz23", "r.unable.needs_creation.total", "Hongze 2023 needs-creation (另行制作) replies?"),
            ("sy", "r.unable.needs_creation.total", "Shuyang 2025?"),
            ("ha", "r.unable.needs_creation.total", "ok and Huaian city 2024?")], "body switch"),
    ("en", [("ha", "a.litigation_direct.upheld", "journalist here. Huaian 2024 direct lawsuits where gov side upheld?"),
            ("ha", "a.litigation_direct.corrected", "and corrected ones?")], "column switch"),
    ("en", [("sh19", "c.regulations.made", "Shanghai General Office 2019 rules made (规章 制作)?"),
            ("sh19", "c.normative_docs.made", "normative docs made, same year?")], "row switch"),
    ("en", [("hz24", "c.fees.amount", "Hongze 2024 admin fees in 万元"),
            ("hz23", "c.fees.amount", "in 2023?")], "year switch (money)"),
    ("en", [("sy", "r.withheld.internal_affairs.total", "Shuyang 2025 internal affairs withheld?"),
            ("ha", "r.withheld.internal_affairs.total", "Huaian 2024 the same item?")], "body switch"),
    ("en", [("sh25", "r.carried_over.natural_person", "Shanghai General Office 2025 carried over from previous year by individuals?"),
            ("sh25", "r.carried_over.legal_services", "from law firms?")], "column switch"),
    ("en", [("ha", "c.normative_docs.repealed", "Huaian 2024 normative docs repealed (废止)?"),
            ("hz23", "c.normative_docs.repealed", "Hongze 2023?"),
            ("sy", "c.normative_docs.repealed", "Shuyang county 2025 then?")], "body switch"),
    ("en", [("hz24", "r.granted.total", "Hongze 2024 how many requests disclosed"),
            ("hz24", "r.unable.not_held.total", "how many they didnt hold")], "row switch"),
    ("en", [("sy", "r.not_processed.petition.total", "Shuyang 2025 petition-type (信访) requests not processed?"),
            ("ha", "r.not_processed.petition.total", "in Huaian 2024?")], "body switch"),
    ("en", [("ha", "a.litigation_after_review.pending", "Huaian 2024 after-review lawsuits still pending"),
            ("ha", "a.litigation_direct.pending", "direct ones pending?")], "appeals group switch"),
    ("en", [("jx", "c.procurement.projects", "Jianxi 2020 procurement projects count"),
            ("sh19", "c.procurement.projects", "Shanghai General Office 2019 same?")], "body switch"),
]

MONEY = {"active.fees.amount", "active.procurement.amount"}

# cells (or whole sums) whose number the report text also states, the same: both readings pass
ALT = {
    ("ha", ("appeals.review.total",)): ("政府信息公开行政复议 351", 351),
    ("ha", ("appeals.review.corrected",)): ("结果纠正 64", 64),
    ("ha", ("appeals.review.pending",)): ("尚未审结 37", 37),
    ("ha", ("appeals.litigation_direct.total", "appeals.litigation_after_review.total")):
        ("政府信息公开行政诉讼 46", 46),
    ("jx", ("requests.carried_forward.total",)): ("在办2件", 2),
    ("kw", ("active.normative_docs.issued",)): ("当年发布政府信息 393", 13),
}


def _e(b, k, kw=None):
    kw = dict(kw or {})
    ks = k if isinstance(k, list) else [k]
    from helpers159 import KS
    if any(x in MONEY for x in KS(ks)):
        kw.setdefault("unit", "万元")
    if (b, tuple(KS(ks))) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, tuple(KS(ks)))]
    return E(b, ks, **kw)


def CONVERSATIONS():
    out = []
    for lang, b, k, q in PLAIN + MONEY_PLAIN:
        out.append(C("value", lang, [(q, _e(b, k))], P + " table value"))
    for lang, b, ks, q in SUMS:
        out.append(C("sum", lang, [(q, _e(b, ks))], CB + " sum of %d cells" % len(ks)))
    for lang, b1, b2, k, q in DIFFS:
        kw = {"unit": "万元"} if k in MONEY else {}
        out.append(D(lang, b1, b2, k, q, note=CB + " later year minus earlier year", **kw))
    for lang, bs, k, order, q in RANKS:
        out.append(R(lang, bs, k, order, q, note=RK + " ranking over gold bodies, " + order))
    for lang, turns, why in FOLLOW:
        ts = [(t[2], _e(t[0], t[1], t[3] if len(t) > 3 else None)) for t in turns]
        out.append(C("followup", lang, ts, FU + " " + why))
    for row in NARR:
        lang, b, kwd, v, unit, q = row[:6]
        frm = row[6] if len(row) > 6 else None
        out.append(N(lang, b, kwd, v, unit, q, note=TX + " number stated only in the report text",
                     frm=frm))
    for lang, q, why in CANNOT:
        out.append(U(lang, q, why, note=CN + " " + why))
    for lang, b, k, q, what, kw in TRAPS:
        out.append(C("trap", lang, [(q, _e(b, k, kw))], NB + " " + what))
    return out
