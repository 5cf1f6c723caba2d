"""Question bank of blind set 129 (evals/blind129). Holds every test question: frozen like test.jsonl.

All wordings written for this set. Emphasis: about a third of the conversations must get no
number ([cannot]). Values are computed by helpers129 (gold JSON / printed text rows / sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib129 as L  # noqa: E402
from helpers129 import E, V, T, S, N, U, D, R, F  # noqa: E402

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

PL = "[plain] "
PLAIN = [
    # zh
    ("zh", "ha", "r.granted.natural_person", "淮安市政府2024年，老百姓个人申请的里面直接给公开了多少件？"),
    ("zh", "ha", "r.partially_granted.total", "淮安2024年只公开了一部分的申请有几件？"),
    ("zh", "ha", "r.unable.not_held.total", "2024年淮安市政府回复“我们这儿没有这条信息”的申请一共多少？"),
    ("zh", "ha", "r.withheld.admin_query.total", "淮安市24年被当成行政查询事项、没给公开的有多少件？"),
    ("zh", "ha", "r.not_processed.petition.total", "2024年淮安把多少件申请认定成信访举报投诉、不予处理？"),
    ("zh", "ha", "c.normative_docs.repealed", "淮安市政府二〇二四年废止了几件行政规范性文件？"),
    ("zh", "ha", "r.received.legal_services", "2024年淮安市收到律所之类法律服务机构的新申请多少件？"),
    ("zh", "ha", "r.other.overdue_correction.total", "淮安2024年，申请人逾期没补正、按其他处理的有多少？"),
    ("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定作出了多少个？"),
    ("zh", "hz23", "r.unable.not_held.total", "洪泽2023年答复本机关不掌握的申请有几件？"),
    ("zh", "hz23", "r.partially_granted.total", "2023年洪泽区政府部分公开的申请数量是多少？"),
    ("zh", "hz23", "c.coercion.decisions", "洪泽区2023年作出的行政强制决定多少件？"),
    ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件？"),
    ("zh", "hz24", "c.punishment.decisions", "24年洪泽区政府的行政处罚决定数是多少？"),
    ("zh", "hz24", "r.granted.total", "洪泽2024年予以公开的申请总共几件？"),
    ("zh", "sy", "r.granted.total", "沭阳县2025年全部公开的申请有多少？"),
    ("zh", "sy", "r.unable.not_held.total", "2025年沭阳县政府说自己不掌握该信息的，有几件申请？"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年以内部事务信息为由不公开的申请多少件？"),
    ("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件一共多少件？"),
    ("zh", "sy", "r.other.other.total", "沭阳县政府2025年“其他处理”里除逾期补正、收费外的那一项是多少件？"),
    ("zh", "sy", "a.review.pending", "2025年沭阳还没审结的行政复议有多少件？"),
    ("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定有多少？"),
    ("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年对个人申请答复不掌握的有多少件？"),
    ("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅把自然人的多少件申请当作信访类不处理？"),
    ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量是多少？"),
    ("zh", "sh19", "a.litigation_direct.upheld", "2019年上海市政府办公厅直接被起诉、法院维持的有几件？"),
    ("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年回复不掌握相关信息的申请多少件？"),
    ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅按信访举报投诉类不处理的申请有多少？"),
    ("zh", "sh25", "r.carried_forward.total", "上海市府办2025年有多少件申请要转到下一年继续办？"),
    ("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件多少件？"),
    ("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定有几个？"),
    ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个？"),
    ("zh", "jx", "r.granted.total", "涧西区2020年予以公开的申请是多少件？"),
    ("zh", "jx", "r.unable.not_held.total", "2020年涧西区政府办答复本机关不掌握的申请几件？"),
    ("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年，个人申请中因需另行制作而无法提供的有多少件？"),
    # en
    ("en", "ha", "r.granted.total", "How many requests did Huai'an fully grant in 2024?"),
    ("en", "ha", "r.unable.needs_creation.total", "Huaian 2024: requests refused because the info would have to be newly compiled?"),
    ("en", "ha", "r.withheld.prohibited_by_law.total", "In 2024, how many Huai'an requests were withheld because a law or regulation bars disclosure?"),
    ("en", "ha", "r.not_processed.duplicate.total", "How many repeat requests did Huai'an City set aside in 2024?"),
    ("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions by Huai'an in 2024?"),
    ("en", "ha", "c.normative_docs.issued", "How many normative documents did the Huai'an government issue in 2024?"),
    ("en", "ha", "r.received.commercial", "New requests from businesses to Huai'an in 2024 — how many?"),
    ("en", "ha", "r.other.overdue_fee.total", "Huai'an, 2024: requests closed because the applicant never paid the fee in time?"),
    ("en", "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze District make in 2023?"),
    ("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023 — requests that would have needed new information produced?"),
    ("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District scrap in 2023?"),
    ("en", "hz24", "c.coercion.decisions", "Hongze District's coercive-measure decisions in 2024?"),
    ("en", "hz24", "r.unable.not_held.total", "In 2024 how many times did Hongze answer that it did not hold the requested information?"),
    ("en", "hz24", "c.normative_docs.issued", "Normative documents issued by Hongze District in 2024?"),
    ("en", "sy", "r.partially_granted.total", "How many Shuyang County requests were only partly granted in 2025?"),
    ("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025: requests turned away as administrative queries?"),
    ("en", "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang County make in 2025?"),
    ("en", "sy", "c.normative_docs.issued", "Shuyang, 2025 — normative documents issued?"),
    ("en", "sy", "r.not_processed.petition.total", "How many requests in Shuyang in 2025 were treated as complaints or petitions and not processed?"),
    ("en", "sy", "a.review.corrected", "In 2025, how many of Shuyang's information-disclosure reviews ended with the decision corrected?"),
    ("en", "sy", "r.carried_over.total", "How many requests carried over from 2024 did Shuyang County still have to handle in 2025?"),
    ("en", "sh19", "r.unable.not_held.commercial", "Shanghai General Office 2019: company requests answered with 'we don't hold it'?"),
    ("en", "sh19", "c.procurement.projects", "How many government procurement projects did the Shanghai General Office list for 2019?"),
    ("en", "sh19", "c.regulations.made", "How many regulations did the Shanghai General Office make in 2019?"),
    ("en", "sh19", "r.received.commercial", "Requests from businesses received by the Shanghai General Office in 2019?"),
    ("en", "sh25", "r.granted.total", "How many requests did the Shanghai General Office fully grant in 2025?"),
    ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office, 2025: how many requests needed information newly created?"),
    ("en", "sh25", "r.not_processed.duplicate.total", "How many duplicate requests did the Shanghai General Office set aside in 2025?"),
    ("en", "sh25", "r.received.commercial", "New requests from companies to the Shanghai General Office in 2025?"),
    ("en", "kw", "c.normative_docs.issued", "How many normative documents did STCSM issue in 2024?"),
    ("en", "kw", "r.received.commercial", "Shanghai science commission 2024: new requests from businesses?"),
    ("en", "jx", "c.normative_docs.total_published", "Jianxi District 2020: total normative documents published to the public?"),
    ("en", "jx", "a.review.upheld", "How many of Jianxi District's 2020 administrative reviews were upheld?"),
    ("en", "jx", "r.granted.natural_person", "In 2020 how many requests from individuals did Jianxi District grant in full?"),
    ("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025年因属于行政执法案卷而没公开的有几件？"),
    ("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: requests withheld to protect a third party's rights?"),
]

MONEY_PLAIN = [
    ("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少？"),
    ("en", "sy", "c.fees.amount", "What did Shuyang County collect in administrative fees in 2025?"),
]

CB = "[combine] "
SUMS = [
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件？"),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年因为不掌握或者要另行制作而没法提供的，合计几件？"),
    ("zh", "ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "淮安2024年直接起诉和复议后起诉里被纠正的加起来有多少？"),
    ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类和重复申请两类不予处理的合计多少？"),
    ("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年许可、处罚、强制三类决定加起来是多少？"),
    ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因国家秘密、过程性信息、行政执法案卷三项不公开的一共几件？"),
    ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Add up all eight withholding reasons for Huai'an in 2024 — what's the total?"),
    ("en", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025: reviews upheld plus reviews corrected?"),
    ("en", "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019: new requests from individuals plus from businesses?"),
    ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze District 2024: licensing plus penalty decisions combined?"),
    ("en", "jx", ["a.review.total", "a.litigation_direct.total"], "For Jianxi District in 2020, reviews plus direct lawsuits together?"),
    ("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025: reviews, direct suits and post-review suits all together?"),
]
DIFFS = [
    ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？", {}),
    ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区2023年到2024年，行政强制决定数变化了多少（2024减2023）？", {}),
    ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年办理的申请，2025年比2019年增加多少件？", {}),
    ("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费，2024年和2023年相比差多少万元？", {"unit": "万元"}),
    ("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District 'not held' replies: how did 2024 compare with 2023 (2024 minus 2023)?", {}),
    ("en", "sh19", "sh25", "a.review.total", "By how much did the Shanghai General Office's review cases change from 2019 to 2025?", {}),
    ("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze's penalty decisions from 2023 to 2024?", {}),
    ("en", "sh19", "sh25", "r.received.commercial", "Shanghai General Office: business requests in 2025 versus 2019 — the difference?", {}),
]

RK = "[rank] "
RANKS = [
    ("zh", ["ha", "sy", "jx", "sh19"], "a.litigation_direct.upheld", "desc", "直接起诉后被维持的件数：淮安2024年、沭阳2025年、涧西2020年、上海市府办2019年，谁最多？"),
    ("zh", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "asc", "个人申请中需另行制作的：淮安市2024、洪泽区2023、沭阳县2025、上海市府办2019，哪家最少？"),
    ("zh", ["hz23", "sy", "sh19"], "r.withheld.process_info.natural_person", "desc", "洪泽2023年、沭阳2025年、上海市府办2019年，个人申请因过程性信息被拒最多的是哪家？"),
    ("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "企业新提出的申请，淮安2024年、沭阳2025年、上海市府办2019年哪个最少？"),
    ("zh", ["ha", "hz23", "sy", "jx"], "a.review.upheld", "asc", "复议维持件数：淮安市2024年、洪泽区2023年、沭阳县2025年、涧西区2020年，最少的是谁？"),
    ("en", ["ha", "hz23", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Individual requests dismissed as petitions: Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 — who had the most?"),
    ("en", ["hz23", "sy", "jx"], "r.total_processed.natural_person", "asc", "Which handled the fewest individual requests overall: Hongze 2023, Shuyang 2025 or Jianxi 2020?"),
    ("en", ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who most often told individuals it didn't hold the info?"),
    ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Fewest coercion decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
    ("en", ["ha", "sy", "sh19"], "r.granted.commercial", "desc", "Full grants to businesses — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019: which is highest?"),
]

NB = "[neighbour] "
TRAPS = [
    ("zh", "sy", "r.carried_forward.total", "沭阳县2025年没办完、转到下一年的申请有多少？", "结转下年 vs 上年结转"),
    ("zh", "ha", "a.litigation_after_review.total", "淮安市2024年先复议、后来又去法院起诉的案子有几件？", "复议后起诉 vs 直接起诉"),
    ("zh", "sy", "c.normative_docs.repealed", "沭阳2025年废止的规范性文件几件？", "废止 vs 制发/现行有效"),
    ("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为要另外制作才能提供的申请多少件？", "另行制作 vs 不掌握"),
    ("zh", "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不公开的有多少？", "过程性信息 vs 内部事务"),
    ("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的总金额是多少？", "采购金额 vs 项目数", {"unit": "万元"}),
    ("en", "sy", "a.litigation_direct.total", "How many lawsuits went straight to court, without review first, against Shuyang in 2025?", "直接起诉 vs 复议后起诉"),
    ("en", "ha", "c.regulations.issued", "How many regulations did Huai'an newly issue in 2024 (not the number in force)?", "制发 vs 现行有效"),
    ("en", "sh19", "c.normative_docs.total_published", "Total normative documents the Shanghai General Office had published as of 2019 (the cumulative figure)?", "对外公开总数 vs 新制作"),
    ("en", "sy", "r.partially_granted.natural_person", "Shuyang 2025: individual requests granted only in part?", "部分公开 vs 予以公开"),
    ("en", "ha", "r.granted.legal_services", "Huai'an 2024: requests from law firms and legal-service bodies that were fully granted?", "法律服务机构 vs 商业企业"),
    ("en", "jx", "c.procurement.projects", "How many centralised procurement projects (a count, not money) did Jianxi have in 2020?", "项目数 vs 金额"),
]

TX = "[textonly] "
NARR = [
    ("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
    ("zh", "ha", "政策解读21", 21, "个", "2024年淮安做了多少个政策解读？"),
    ("zh", "ha", "政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体账号有多少个？"),
    ("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次信息公开栏目全覆盖检查？"),
    ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站主动公开了多少条信息？"),
    ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽2024年网站主动发布的政府信息有多少条？"),
    ("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
    ("zh", "sy", "催办提示", 84, "次", "沭阳2025年“倒计时报警器”一共发了多少次催办提示？"),
    ("zh", "sy", "失效链接", 43, "处", "2025年沭阳整改了多少处失效链接？"),
    ("zh", "sy", "清理过期信息", 697, "条", "沭阳县2025年清理掉多少条过期信息？"),
    ("zh", "sy", "年度报告集中公开", 64, "家", "2025年沭阳县集中公开年报的单位有几家？"),
    ("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年召开了多少场新闻通气会？"),
    ("zh", "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开的人事任免文件有多少件？"),
    ("zh", "sh25", "申请人主动撤回", 157, "件", "2025年上海市府办的申请里，申请人自己撤回的有多少件？"),
    ("zh", "kw", "原创文章", 294, "篇", "“上海科技”公众号2024年发了多少篇原创文章？"),
    ("en", "ha", "公报》6", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?"),
    ("en", "ha", "信息处理费 3940", 3940, "元", "How much did Huai'an collect in information-processing fees in 2024, in yuan?"),
    ("en", "hz24", "公开政府常务会议", 7, "期", "How many executive meetings did Hongze District make public in 2024?"),
    ("en", "sy", "专栏33", 33, "个", "How many special columns did Shuyang's new-media accounts run in 2025?"),
    ("en", "sy", "办前主动沟通", 49, "次", "In 2025, how many times did Shuyang reach out to applicants before handling their requests?"),
    ("en", "sy", "相关案件 74", 74, "件", "How many review and litigation cases in total did Shuyang County handle in 2025, per its narrative?"),
    ("en", "sh25", "公报》24", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?"),
    ("en", "sh25", "10 个语种", 10, "个", "How many languages did the Shanghai International Services Portal cover in 2025?"),
    ("en", "sh25", "全部上线数字公报", 16, "个", "How many Shanghai districts had digital gazettes online by 2025?"),
    ("en", "sh19", "政策解读共132", 132, "件", "How many policy interpretations did the Shanghai portal publish in 2019?"),
    ("en", "sh19", "权威发布共计38", 38, "次", "How many times in 2019 were key topics of Shanghai's municipal executive meetings given an authoritative release?"),
    ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?"),
    ("en", "kw", "直播 118", 118, "场", "How many live streams did STCSM's video channel hold in 2024?"),
    ("en", "kw", "日常报送惠企政策", 83, "条", "How many business-support policies did the Shanghai science commission submit routinely in 2024?"),
    ("en", "jx", "26个试点领域基层政务公开标准化", 26, "个", "How many pilot areas did Jianxi District cover in its 2020 standardisation work?"),
]

FU = "[followup] "
# each: (lang, [(question, body, keys), ...], note)
FOLLOW = [
    ("zh", [("洪泽区2023年行政许可决定多少件？", "hz23", "c.licensing.decisions"),
            ("换成2024年呢？", "hz24", "c.licensing.decisions")], "year switch"),
    ("zh", [("洪泽2023年行政处罚决定多少？", "hz23", "c.punishment.decisions"),
            ("24年的呢？", "hz24", "c.punishment.decisions"),
            ("那2024年行政强制呢？", "hz24", "c.coercion.decisions")], "year then row switch"),
    ("zh", [("上海市府办2019年结转到下一年的申请几件？", "sh19", "r.carried_forward.total"),
            ("2025年同一项呢？", "sh25", "r.carried_forward.total")], "year switch"),
    ("zh", [("淮安市2024年予以公开的申请多少件？", "ha", "r.granted.total"),
            ("沭阳县2025年同一项是多少？", "sy", "r.granted.total"),
            ("那洪泽区2024年呢？", "hz24", "r.granted.total")], "body switch"),
    ("zh", [("沭阳2025年本机关不掌握的申请几件？", "sy", "r.unable.not_held.total"),
            ("需要另行制作的呢？", "sy", "r.unable.needs_creation.total")], "row switch"),
    ("zh", [("淮安2024年行政复议后又起诉、结果维持的有几件？", "ha", "a.litigation_after_review.upheld"),
            ("直接起诉的维持件数呢？", "ha", "a.litigation_direct.upheld"),
            ("直接起诉还没审结的呢？", "ha", "a.litigation_direct.pending")], "appeals group then column"),
    ("zh", [("沭阳县2025年自然人申请中予以公开的多少？", "sy", "r.granted.natural_person"),
            ("法律服务机构那一列呢？", "sy", "r.granted.legal_services")], "column switch"),
    ("zh", [("上海市科委2024年行政许可决定几件？", "kw", "c.licensing.decisions"),
            ("2024年新制发的规范性文件呢？", "kw", "c.normative_docs.issued")], "row switch"),
    ("zh", [("涧西区2020年个人申请里予以公开的多少件？", "jx", "r.granted.natural_person"),
            ("不掌握的呢？", "jx", "r.unable.not_held.natural_person")], "row switch"),
    ("zh", [("上海市府办2019年直接起诉的行政诉讼一共几件？", "sh19", "a.litigation_direct.total"),
            ("换成2025年呢？", "sh25", "a.litigation_direct.total"),
            ("其中还没审结的有几件？", "sh25", "a.litigation_direct.pending")], "year then column"),
    ("zh", [("淮安市2024年现行有效的规章有几件？", "ha", "c.regulations.in_force"),
            ("现行有效的规范性文件呢？", "ha", "c.normative_docs.in_force")], "row switch"),
    ("zh", [("洪泽区2023年规范性文件现行有效多少件？", "hz23", "c.normative_docs.in_force"),
            ("到2024年呢？", "hz24", "c.normative_docs.in_force"),
            ("沭阳县2025年的现行有效数呢？", "sy", "c.normative_docs.in_force")], "year then body"),
    ("zh", [("上海市府办2025年因重复申请不处理的几件？", "sh25", "r.not_processed.duplicate.total"),
            ("淮安市2024年同一项呢？", "ha", "r.not_processed.duplicate.total")], "body switch"),
    ("zh", [("沭阳2025年复议结果维持的有几件？", "sy", "a.review.upheld"),
            ("其他结果的呢？", "sy", "a.review.other"),
            ("复议后起诉维持的呢？", "sy", "a.litigation_after_review.upheld")], "column then group"),
    ("zh", [("上海市政府办公厅2025年予以公开的申请多少件？", "sh25", "r.granted.total"),
            ("洪泽区2024年呢？", "hz24", "r.granted.total")], "body switch"),
    ("en", [("How many requests did Hongze District fully grant in 2024?", "hz24", "r.granted.total"),
            ("And the Shanghai General Office in 2025?", "sh25", "r.granted.total")], "body switch"),
    ("en", [("Hongze District, 2023: administrative coercion decisions?", "hz23", "c.coercion.decisions"),
            ("what about 2024", "hz24", "c.coercion.decisions")], "year switch"),
    ("en", [("Shanghai General Office 2019: administrative reviews in total?", "sh19", "a.review.total"),
            ("and in 2025?", "sh25", "a.review.total"),
            ("How many of those 2025 reviews were still pending?", "sh25", "a.review.pending")], "year then column"),
    ("en", [("Huai'an 2024: requests refused as state secrets?", "ha", "r.withheld.state_secret.total"),
            ("And refused on security or stability grounds?", "ha", "r.withheld.security_stability.total")], "row switch"),
    ("en", [("How many requests did Shuyang County carry forward into the following year at the end of 2025?", "sy", "r.carried_forward.total"),
            ("Huai'an for 2024, same item?", "ha", "r.carried_forward.total")], "body switch"),
    ("en", [("Shanghai science commission, 2024 — penalty decisions?", "kw", "c.punishment.decisions"),
            ("The licensing decisions for 2024?", "kw", "c.licensing.decisions")], "row switch"),
    ("en", [("Huai'an 2024: lawsuits filed directly, total?", "ha", "a.litigation_direct.total"),
            ("How many were corrected?", "ha", "a.litigation_direct.corrected"),
            ("And after a review first — total?", "ha", "a.litigation_after_review.total")], "column then group"),
    ("en", [("Shuyang 2025: individual requests closed as overdue corrections?", "sy", "r.other.overdue_correction.natural_person"),
            ("And overdue fee payments?", "sy", "r.other.overdue_fee.natural_person")], "row switch"),
    ("en", [("Jianxi District 2020: normative documents made?", "jx", "c.normative_docs.made"),
            ("procurement projects in 2020?", "jx", "c.procurement.projects")], "row switch"),
    ("en", [("Shanghai General Office 2019: individuals' requests that were petition-type?", "sh19", "r.not_processed.petition.natural_person"),
            ("Businesses, same row?", "sh19", "r.not_processed.petition.commercial")], "column switch"),
    ("en", [("Hongze 2023: requests withheld as state secrets?", "hz23", "r.withheld.state_secret.total"),
            ("Huai'an 2024, same?", "ha", "r.withheld.state_secret.total")], "body switch"),
    ("en", [("Huai'an 2024 licensing decisions?", "ha", "c.licensing.decisions"),
            ("Shuyang 2025?", "sy", "c.licensing.decisions"),
            ("Hongze District 2024?", "hz24", "c.licensing.decisions")], "body switches"),
    ("en", [("Shanghai General Office 2025: new requests from individuals?", "sh25", "r.received.natural_person"),
            ("Requests carried over from the prior period by individuals, 2025?", "sh25", "r.carried_over.natural_person")], "row switch"),
    ("en", [("Shuyang 2025: lawsuits after review, total?", "sy", "a.litigation_after_review.total"),
            ("Still pending?", "sy", "a.litigation_after_review.pending")], "column switch"),
    ("zh", [("淮安市2024年企业申请里予以公开的多少件？", "ha", "r.granted.commercial"),
            ("部分公开的企业申请呢？", "ha", "r.partially_granted.commercial"),
            ("沭阳县2025年企业予以公开的呢？", "sy", "r.granted.commercial")], "row then body"),
    ("en", [("Huai'an 2024: penalty decisions?", "ha", "c.punishment.decisions"),
            ("And coercion decisions, 2024?", "ha", "c.coercion.decisions"),
            ("Hongze District 2023, coercion?", "hz23", "c.coercion.decisions")], "row then body"),
    ("en", [("STCSM 2024: new requests from individuals?", "kw", "r.received.natural_person"),
            ("From businesses?", "kw", "r.received.commercial")], "column switch"),
]

CN = "[cannot] "
# (lang, question, why, sub-tag)
CANNOT = [
    # own case / story
    ("zh", "我2024年3月向淮安市政府申请查我家拆迁补偿的文件，到现在没回音。我的这件申请办到哪一步了？", "one person's own request; reports give only aggregates", "own case"),
    ("zh", "我父亲2025年在沭阳申请过宅基地审批材料，被答复不掌握。沭阳2025年那111件不掌握里有他那件吗？", "individual request not identifiable in aggregate counts", "own case + real number"),
    ("zh", "邻居说他2023年向洪泽区要过征地批文，后来给了部分公开。他那件是哪天答复的？", "individual case, dates of answers not reported", "own case"),
    ("zh", "我在2025年给上海市府办交过申请，后来被当成重复申请了。那16件重复申请里具体是谁申请的？", "named applicants / personal data not reported", "own case + real number"),
    ("zh", "我朋友2024年去淮安打了信息公开官司，他是那26件直接起诉里的哪一件？结果怎么样？", "individual lawsuit not identifiable", "own case + real number"),
    ("zh", "我2020年在涧西区申请的那件到底算办结还是在办？", "individual request status not reported", "own case"),
    # named people / requests
    ("zh", "2024年淮安市那64件被纠正的行政复议，分别是哪些部门的？", "no department breakdown of corrected reviews", "real number, department"),
    ("zh", "淮安2024年被纠正的那64件复议，申请人都是谁？", "personal data of applicants not reported", "real number, names"),
    ("zh", "上海市府办2025年那157件主动撤回的申请，是哪些人撤的？为什么撤？", "names and reasons not reported", "real number, names+reason"),
    ("zh", "洪泽区2024年王某某申请的那件信息公开，最后公开了没有？", "named person's request not reported", "named person"),
    ("zh", "沭阳县2025年张先生关于学区划分的申请是怎么答复的？", "named request not reported", "named request"),
    # breakdowns not printed
    ("zh", "淮安市2024年的信息公开申请，每个月各收到多少件？", "no monthly breakdown", "month"),
    ("zh", "沭阳县2025年第三季度收到多少件政府信息公开申请？", "no quarterly breakdown", "quarter"),
    ("zh", "上海市府办2025年的申请人里男性和女性各多少？", "no sex breakdown", "sex"),
    ("zh", "洪泽区2023年申请人里60岁以上的有多少？", "no age breakdown", "age"),
    ("zh", "淮安2024年通过网上提交的申请有多少，当面递交的有多少？", "no channel breakdown", "channel"),
    ("zh", "沭阳县2025年关于征地拆迁的申请有多少件？", "no topic breakdown", "topic"),
    ("zh", "淮安市2024年清江浦区和淮阴区各收到多少申请？", "no district breakdown in the city report", "district"),
    ("zh", "沭阳县2025年各乡镇分别收到多少依申请公开？", "no township breakdown", "township"),
    ("zh", "上海市科委2024年的34件申请里，来自外地的有几件？", "no residence breakdown", "real number, residence"),
    ("zh", "上海市府办2019年的申请人中有多少是外国人？", "no nationality breakdown", "nationality"),
    ("zh", "淮安2024年那53件企业申请，分别来自哪些行业？", "no industry breakdown", "real number, industry"),
    ("zh", "洪泽区2024年行政处罚2776件，其中市场监管局占多少？", "no department breakdown of decisions", "real number, department"),
    # quantities not stated
    ("zh", "淮安市2024年答复一件信息公开申请平均用几天？", "response days not reported", "response days"),
    ("zh", "洪泽区2023年专门负责政府信息公开的工作人员有几个？", "staff not reported", "staff"),
    ("zh", "沭阳县2025年政务公开工作花了多少经费？", "cost not reported", "cost"),
    ("zh", "上海市府办2025年政府信息公开的预算是多少？", "budget not reported", "budget"),
    ("zh", "涧西区2020年群众对信息公开工作的满意度是多少？", "satisfaction not reported", "satisfaction"),
    ("zh", "上海市科委2024年接了多少个咨询信息公开的电话？", "phone calls not reported", "phone calls"),
    # reasons
    ("zh", "为什么上海市府办2025年不掌握的申请高达513件？", "reasons not reported", "real number, reason"),
    ("zh", "沭阳县2025年申请人为什么那么多人申请公开？主要动机是什么？", "motives not reported", "reason"),
    # forecasts / plans
    ("zh", "预计淮安市2025年会收到多少件信息公开申请？", "forecast; no 2025 Huai'an report", "forecast"),
    ("zh", "洪泽区打算在2025年把依申请公开的件数降到多少？", "no numeric target stated", "plan"),
    ("zh", "沭阳县2026年计划开多少场新闻发布会？", "plans not in the corpus", "plan"),
    # opinions
    ("zh", "淮安2024年有769件答复不掌握，这个数算多吗？", "opinion, no number to give", "opinion + real number"),
    ("zh", "沭阳县2025年的信息公开工作做得好不好？请打个分。", "judgement, not a reported figure", "opinion"),
    # bodies / years not held
    ("zh", "南京市2024年收到多少件政府信息公开申请？", "body not in the corpus", "body"),
    ("zh", "洪泽区2022年的行政处罚决定有多少？", "year not in the corpus", "year"),
    ("zh", "宿迁市政府2025年予以公开的申请有多少件？", "body not in the corpus", "body"),
    ("zh", "上海市科委2023年收到多少件申请？", "year not in the corpus", "year"),
    ("zh", "涧西区2021年行政复议有几件？", "year not in the corpus", "year"),
    ("zh", "淮安市2024年信息公开申请人的身份证号能给我看一下吗？", "personal data", "personal data"),
    # en
    ("en", "I asked Huai'an in May 2024 for the land-use permit of the factory next door and got a partial answer. Was my request one of the 454 partly granted ones, and who decided it?", "individual case not identifiable; names not reported", "own case + real number"),
    ("en", "My aunt filed a request with Hongze District in 2024 about a road project and heard nothing. How long did her request take?", "individual case, response time not reported", "own case"),
    ("en", "In spring 2025 I sent Shuyang a request and it was rejected as internal affairs. Which official rejected it?", "named official / individual case not reported", "own case + real number"),
    ("en", "I sued the Shanghai General Office in 2025 over a refused request. Is my case one of the 12 direct lawsuits, and did I win?", "individual lawsuit not reported", "own case + real number"),
    ("en", "My request to STCSM in 2024 was the one carried into the following year. When will it be answered?", "individual case / future date", "own case"),
    ("en", "In 2019 I applied to the Shanghai General Office for my pension file. Was it granted?", "individual case", "own case"),
    ("en", "Huai'an reported 64 corrected reviews in 2024 — which departments did they involve?", "no department breakdown", "real number, department"),
    ("en", "Who were the people behind Shuyang's 12 petition-type requests in 2025?", "personal data not reported", "real number, names"),
    ("en", "Which law firms filed the 61 legal-service requests with Huai'an in 2024?", "names not reported", "real number, names"),
    ("en", "Did Mr. Li's 2023 request to Hongze District about his demolition compensation get answered?", "named person's case not reported", "named person"),
    ("en", "What happened to the 2025 Shanghai request about the Pudong metro extension?", "named request not reported", "named request"),
    ("en", "How many requests did Huai'an receive in December 2024?", "no monthly breakdown", "month"),
    ("en", "Break down Shanghai General Office's 2025 requests by quarter.", "no quarterly breakdown", "quarter"),
    ("en", "How many of Shuyang's 2025 applicants were women?", "no sex breakdown", "sex"),
    ("en", "What share of Huai'an's 2024 applicants were under 30?", "no age breakdown", "age"),
    ("en", "How many requests reached Hongze District by post versus online in 2023?", "no channel breakdown", "channel"),
    ("en", "How many of the Shanghai General Office's 2019 requests concerned housing?", "no topic breakdown", "topic"),
    ("en", "Which township in Shuyang County produced the most requests in 2025?", "no township breakdown", "township"),
    ("en", "Split Huai'an's 2024 granted requests by district, please.", "no district breakdown", "district"),
    ("en", "How many of the 1295 requests the Shanghai General Office got in 2025 came from people living outside Shanghai?", "no residence breakdown", "real number, residence"),
    ("en", "How many foreign nationals applied to STCSM for information in 2024?", "no nationality breakdown", "nationality"),
    ("en", "Which department of Shuyang County made most of its 693957 penalty decisions in 2025?", "no department breakdown", "real number, department"),
    ("en", "What industries were the 36 business applicants to the Shanghai General Office in 2025 from?", "no industry breakdown", "real number, industry"),
    ("en", "On average, how many days did Shuyang take to answer a request in 2025?", "response days not reported", "response days"),
    ("en", "How many staff work on disclosure at the Huai'an municipal government office in 2024?", "staff not reported", "staff"),
    ("en", "What did Jianxi District spend on information disclosure in 2020?", "cost not reported", "cost"),
    ("en", "What was STCSM's 2024 budget for its open-government work?", "budget not reported", "budget"),
    ("en", "What satisfaction score did Hongze District's disclosure work get in 2024?", "satisfaction not reported", "satisfaction"),
    ("en", "How many phone enquiries about disclosure did the Shanghai General Office take in 2019?", "phone calls not reported", "phone calls"),
    ("en", "Why did Huai'an withhold 105 requests as administrative queries in 2024?", "reasons for the count not reported", "real number, reason"),
    ("en", "Why did so few people (21) apply to Hongze District in 2023?", "motive not reported", "real number, reason"),
    ("en", "How many requests will the Shanghai General Office get in 2026?", "forecast", "forecast"),
    ("en", "What target has Shuyang set for its 2026 disclosure requests?", "plans not stated numerically", "plan"),
    ("en", "How many press conferences does Huai'an plan for 2025?", "plans not in the corpus", "plan"),
    ("en", "Shuyang had 111 'not held' answers in 2025 — is that a lot for a county?", "opinion", "opinion + real number"),
    ("en", "Did the Shanghai science commission do a good job on disclosure in 2024?", "judgement", "opinion"),
    ("en", "Is Huai'an's 2024 record on reviews better than average?", "judgement, no comparison data", "opinion"),
    ("en", "How many requests did Pudong New Area receive in 2024?", "body not in the corpus", "body"),
    ("en", "What were Qingjiangpu District's granted requests in 2024?", "body not in the corpus", "body"),
    ("en", "How many reviews did Hongze District face in 2022?", "year not in the corpus", "year"),
    ("en", "Shuyang County's 2024 licensing decisions?", "year not in the corpus", "year"),
    ("en", "Give me the home addresses of the 3 business applicants to Shuyang in 2025.", "personal data", "personal data + real number"),
    ("zh", "沭阳2025年那52条爆款内容分别是哪个部门做的？", "no department breakdown", "real number, department"),
    ("en", "Can you give me the names and phone numbers of Shuyang's 2025 applicants?", "personal data", "personal data"),
]


def CONVERSATIONS():
    out = []
    for lang, b, k, q in PLAIN:
        out.append(V(lang, b, k, q, PL + "table value in everyday wording"))
    for lang, b, k, q in MONEY_PLAIN:
        out.append(V(lang, b, k, q, PL + "money value (万元)", unit="万元"))
    for lang, b, ks, q in SUMS:
        out.append(S(lang, b, ks, q, CB + "sum of the listed cells of one report"))
    for lang, b1, b2, k, q, kw in DIFFS:
        out.append(D(lang, b1, b2, k, q, CB + "later year minus earlier year", **kw))
    for lang, bs, k, order, q in RANKS:
        out.append(R(lang, bs, k, order, q, RK + "ranking over gold bodies, %s" % order))
    for row in TRAPS:
        lang, b, k, q, what = row[:5]
        kw = row[5] if len(row) > 5 else {}
        out.append(T(lang, b, k, q, NB + "neighbouring-cell trap: " + what, **kw))
    for lang, b, kwd, v, unit, q in NARR:
        out.append(N(lang, b, kwd, v, unit, q, TX + "number stated only in the report text"))
    for lang, turns, what in FOLLOW:
        out.append(F(lang, [(q, E(b, k)) for q, b, k in turns], FU + what))
    for lang, q, why, sub in CANNOT:
        out.append(U(lang, q, why, CN + "must get no number: " + sub))
    return out
