"""Question bank of blind evaluation set 139 (evals/blind139). ALL wordings written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations look answerable but must get no number ([cannot]).
Every number is computed by helpers139 (gold JSON, printed text cells, or report sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib139 as L  # noqa: E402
from helpers139 import C, E, ED, EN, ER, EU  # noqa: E402

# printed cells of the three reports without gold (same rows blind6 verified; re-checked by the validator)
AFTER25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
AFTER24 = "四、政府信息公开行政复议、行政诉讼情况"
L.TEXT_SPECS.update({
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AFTER24, 14),
        "appeals.litigation_direct.total": ("after", AFTER24, 9),
        "appeals.review.total": ("after", AFTER24, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", AFTER25, 14),
        "appeals.litigation_direct.pending": ("after", AFTER25, 8),
        "appeals.litigation_direct.total": ("after", AFTER25, 9),
        "appeals.review.pending": ("after", AFTER25, 3),
        "appeals.review.total": ("after", AFTER25, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
})

MONEY = {"active.fees.amount", "active.procurement.amount"}


def ex(b, keys):
    ks = [keys] if isinstance(keys, str) else keys
    kw = {"unit": "万元"} if any(k in MONEY for k in ks) else {}
    return E(b, ks, **kw)


# ------------------------------------------------------------------ [plain] (zh, en)
PLAIN = [
    ("ha", "requests.granted.total", "淮安市政府2024年收到的申请里，直接全部给公开的有几件？",
     "How many requests did Huai'an fully hand over the information for in 2024?"),
    ("ha", "requests.partially_granted.total", "24年淮安只公开了一部分内容的申请是多少件",
     "Huai'an 2024: requests answered with only part of the information released — how many?"),
    ("ha", "requests.unable.not_held.total", "二〇二四年淮安市政府说自己没有那份信息、没法提供的有多少？",
     "In 2024 how often did the Huai'an government reply that it simply doesn't hold the information?"),
    ("ha", "requests.withheld.admin_query.total", "淮安2024年把申请当成行政查询事项、不予公开的有几件",
     "Huaian, 2024: requests refused because they were really administrative look-up queries?"),
    ("ha", "requests.not_processed.petition.total", "2024年淮安市有多少申请其实是信访投诉，被不予处理了？",
     "For FY2024, how many Huai'an requests were set aside as petitions or complaints?"),
    ("ha", "requests.other.overdue_correction.total", "淮安市政府2024年申请人逾期不补正的有多少件",
     "Huai'an in 2024: applicants who never came back to fix their request in time — count?"),
    ("ha", "appeals.review.corrected", "2024年淮安信息公开的行政复议里，结果被纠正的有几起？",
     "How many of Huai'an's 2024 administrative reviews ended with the decision being corrected?"),
    ("ha", "appeals.review.total", "淮安市2024年因为信息公开被申请行政复议，一共多少件",
     "Total administrative reconsiderations over disclosure against Huai'an in 2024?"),
    ("ha", "appeals.litigation_direct.total", "淮安2024年没走复议、直接被告上法院的信息公开案子有多少？",
     "Huai'an 2024: lawsuits filed straight away without a prior review — total?"),
    ("ha", "active.normative_docs.repealed", "2024年淮安市政府废止了多少件规范性文件",
     "How many normative documents did Huai'an scrap in 2024?"),
    ("ha", "active.coercion.decisions", "淮安市2024年行政强制决定有多少",
     "Number of administrative coercion decisions for Huai'an in 2024?"),
    ("ha", "active.fees.amount", "淮安2024年行政事业性收费收了多少钱（万元）？",
     "How much did Huai'an take in from administrative fees in 2024, in 10k yuan?"),
    ("hz23", "requests.unable.not_held.total", "洪泽区政府2023年答复“本机关不掌握”的申请有几件",
     "Hongze District 2023: how many requests got a 'we don't hold it' answer?"),
    ("hz23", "requests.partially_granted.total", "2023年洪泽部分公开的申请数是多少？",
     "In 2023, how many requests did Hongze partially grant?"),
    ("hz23", "active.punishment.decisions", "洪泽区2023年作出的行政处罚决定有多少",
     "Hongze 2023 — administrative penalty decisions, how many?"),
    ("hz23", "active.fees.amount", "23年洪泽区的行政事业性收费金额是多少万元",
     "What was Hongze District's administrative fee revenue for 2023 (10k yuan)?"),
    ("hz23", "appeals.review.upheld", "洪泽区2023年行政复议维持原决定的有多少件",
     "For Hongze in 2023, how many review cases upheld the original decision?"),
    ("sy", "requests.granted.total", "沭阳县2025年全部予以公开的申请有多少件？",
     "Shuyang County 2025: requests where everything asked for was released?"),
    ("sy", "requests.withheld.internal_affairs.total", "2025年沭阳因为属于内部事务信息而不公开的有几件",
     "How many Shuyang requests in 2025 were refused as internal-affairs information?"),
    ("sy", "requests.other.other.total", "沭阳县政府2025年“其他”处理方式的申请有多少？",
     "Shuyang 2025, the catch-all 'other' handling — how many requests?"),
    ("sy", "appeals.review.total", "二〇二五年沭阳县信息公开行政复议总数",
     "Shuyang County's total disclosure-related administrative reviews in 2025?"),
    ("sy", "active.normative_docs.in_force", "沭阳2025年底现行有效的规范性文件有多少件",
     "How many of Shuyang's normative documents were still in force in 2025?"),
    ("sy", "requests.carried_forward.total", "沭阳县2025年没办完、转到下一年继续办的申请有多少",
     "Shuyang in 2025: requests rolled over to be finished the following year?"),
    ("sh19", "active.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目有几个",
     "Shanghai General Office, 2019: number of centralised procurement projects?"),
    ("sh19", "active.regulations.total_published", "2019年上海市府办对外公开的规章总数是多少件",
     "In 2019 how many rules in total had the Shanghai General Office made public?"),
    ("jx", "active.procurement.amount", "涧西区政府办2020年政府集中采购金额是多少万元？",
     "Jianxi District office: centralised procurement amount in 2020, in 10k yuan?"),
    ("jx", "requests.granted.total", "2020年涧西区政府办同意公开的申请有几件",
     "How many requests did the Jianxi District office grant in full in 2020?"),
    ("hz24", "active.licensing.decisions", "洪泽区2024年行政许可的数量是多少",
     "Hongze District's administrative licensing decisions for 2024?"),
    ("hz24", "requests.granted.total", "24年洪泽区政府予以公开的申请有几件？",
     "Hongze 2024 — how many requests were fully granted?"),
    ("hz24", "appeals.review.total", "洪泽区2024年信息公开行政复议一共几件",
     "How many disclosure review cases did Hongze face in 2024?"),
    ("kw", "active.licensing.decisions", "上海市科委2024年的行政许可有多少件",
     "STCSM's administrative licensing count for 2024?"),
    ("kw", "requests.received.natural_person", "2024年上海科委新收的申请里，个人提的有多少件",
     "Of the Shanghai science commission's new requests in 2024, how many came from private individuals?"),
    ("sh25", "requests.unable.not_held.total", "上海市政府办公厅2025年因为不掌握而无法提供的有几件？",
     "Shanghai General Office 2025: requests it could not answer because it didn't hold the information?"),
    ("sh25", "appeals.review.total", "上海市府办2025年信息公开方面的行政复议总数是多少",
     "Total administrative review cases over disclosure for the Shanghai General Office in 2025?"),
    ("sh25", "requests.not_processed.petition.total", "2025年上海市府办按信访举报投诉类不予处理的申请有多少件",
     "In 2025 how many Shanghai General Office requests were not processed because they were petitions or complaints?"),
]

# ------------------------------------------------------------------ [combine] sums / differences
SUMS = [
    ("ha", ["requests.granted.total", "requests.partially_granted.total"],
     "淮安市2024年全部公开加上部分公开，一共多少件？",
     "Huai'an 2024: fully plus partly granted requests added together?"),
    ("ha", ["appeals.review.upheld", "appeals.review.corrected", "appeals.review.other"],
     "2024年淮安的行政复议里维持、纠正、其他结果三项加起来是多少",
     "Add up Huai'an's 2024 review outcomes upheld, corrected and other — what's the total?"),
    ("sy", ["requests.unable.not_held.total", "requests.unable.needs_creation.total", "requests.unable.unclear.total"],
     "沭阳县2025年“无法提供”这一大类三种情况合计多少件",
     "Shuyang 2025: all three 'unable to provide' reasons combined?"),
    ("sy", ["active.normative_docs.issued", "active.normative_docs.repealed"],
     "沭阳2025年规范性文件新制发的和废止的加在一起有几件",
     "Shuyang in 2025, normative documents issued plus repealed — total?"),
    ("hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"],
     "洪泽区2023年行政许可、行政处罚、行政强制三项合计是多少",
     "Hongze 2023: licensing, penalty and coercion decisions summed?"),
    ("jx", ["active.procurement.projects", "requests.granted.total"],
     "涧西区政府办2020年采购项目数和同意公开的申请数加起来是多少",
     "Jianxi office 2020: procurement projects plus fully granted requests — sum?"),
    ("sh25", ["requests.unable.not_held.total", "requests.unable.needs_creation.total",
              "requests.not_processed.petition.total", "requests.not_processed.duplicate.total"],
     "上海市府办2025年不掌握、需另行制作、信访类、重复申请这四项合计多少",
     "Shanghai General Office 2025: not held + would need creating + petitions + repeat requests, summed?"),
]
DIFFS = [
    ("hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可从2023年到2024年增加了多少？",
     "By how much did Hongze's licensing decisions change from 2023 to 2024?"),
    ("hz23", "hz24", "requests.unable.not_held.total", "洪泽区“不掌握”的答复，2024年比2023年多了几件",
     "Hongze 'not held' answers: 2024 minus 2023?"),
    ("sh19", "sh25", "appeals.review.total", "上海市府办信息公开行政复议，2025年比2019年多了多少件",
     "Shanghai General Office disclosure reviews: how many more in 2025 than in 2019?"),
    ("sh19", "sh25", "requests.carried_forward.total", "上海市政府办公厅结转下年办理的申请，2019年到2025年变化了多少",
     "Shanghai General Office requests carried into the next year: change from 2019 to 2025?"),
]

# ------------------------------------------------------------------ [rank]
RANKS = [
    (["ha", "hz23", "sy"], "active.coercion.decisions", "desc",
     "淮安市2024年、洪泽区2023年、沭阳县2025年，哪个行政强制决定最多？",
     "Huai'an 2024, Hongze 2023, Shuyang 2025 — which had the most coercion decisions?"),
    (["ha", "sy", "jx", "sh19"], "appeals.litigation_direct.total", "asc",
     "直接起诉的信息公开案件，淮安2024、沭阳2025、涧西区2020、上海市府办2019里谁最少",
     "Direct lawsuits: Huai'an 2024, Shuyang 2025, Jianxi 2020, Shanghai General Office 2019 — fewest?"),
    (["ha", "hz23", "sy", "jx"], "requests.partially_granted.total", "desc",
     "部分公开的申请，淮安2024年、洪泽2023年、沭阳2025年、涧西2020年，哪家最多",
     "Partly granted requests: Huai'an 2024, Hongze 2023, Shuyang 2025, Jianxi 2020 — who leads?"),
    (["ha", "hz23", "sy"], "active.normative_docs.in_force", "asc",
     "现行有效规范性文件最少的是谁：淮安市2024、洪泽区2023、沭阳县2025？",
     "Lowest count of normative documents in force: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
    (["ha", "sy", "jx", "sh19"], "appeals.review.total", "desc",
     "行政复议总数谁最多：淮安2024年、沭阳2025年、涧西2020年、上海市府办2019年",
     "Most administrative reviews among Huai'an 2024, Shuyang 2025, Jianxi 2020 and Shanghai General Office 2019?"),
]

# ------------------------------------------------------------------ [textonly] (lang, body, keyword, value, unit, question)
TEXTS = [
    ("zh", "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年报里说基层政务公开统筹推进了多少个试点领域？"),
    ("en", "jx", "601项", 601, "项", "Jianxi's 2020 report: how many items did its standard guidelines cover?"),
    ("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市2024年一共出了几期政府公报"),
    ("en", "ha", "等新闻发布会", 12, "场", "How many press conferences does Huai'an's 2024 report say were held?"),
    ("zh", "ha", "全年组织", 4, "次", "淮安2024年组织了几次政府信息公开栏目检查？"),
    ("en", "hz23", "1136", 1136, "条", "How many items did Hongze put out through its government website platform in 2023?"),
    ("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条信息"),
    ("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024: how many interpretation items were published?"),
    ("zh", "sy", "4511", 4511, "条", "沭阳县2025年通过门户网站主动公开了多少条政府信息？"),
    ("en", "sy", "开展意见征集", 9, "期", "How many public consultation rounds did Shuyang run in 2025?"),
    ("zh", "sy", "3044", 3044, "条", "2025年沭阳督促县直部门在公开页面发了多少条信息"),
    ("en", "sy", "专栏33", 33, "个", "Shuyang 2025: how many special columns did it set up?"),
    ("zh", "sy", "2606", 2606, "篇", "沭阳县2025年策采的新闻稿件有多少篇？"),
    ("en", "sy", "1113", 1113, "个", "How many original short videos did Shuyang push out in 2025?"),
    ("zh", "sy", "爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容"),
    ("en", "sy", "697", 697, "条", "How many out-of-date items did Shuyang clean up in 2025?"),
    ("zh", "sy", "64家单位", 64, "家", "沭阳县2025年完成年报的单位有多少家？"),
    ("en", "kw", "1640", 1640, "篇", "How many articles did the STCSM WeChat account publish in 2024?"),
    ("zh", "kw", "直播 118", 118, "场", "上海市科委2024年搞了多少场直播？"),
    ("en", "kw", "惠企政策 83", 83, "条", "Shanghai science commission 2024: how many pro-business policy items did it report routinely?"),
    ("zh", "kw", "人大代表建议 50", 50, "件", "上海科委2024年主办、合办的人大代表建议有多少件"),
    ("en", "kw", "政协提案 85", 85, "件", "How many CPPCC proposals did STCSM handle replies for in 2024?"),
    ("zh", "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了多少场新闻发布会？"),
    ("en", "sh25", "新闻通气会 19", 19, "场", "How many press briefings did the Shanghai General Office's 2025 report mention?"),
    ("zh", "sh25", "125 项", 125, "项", "上海市府办2025年重点领域信息公开任务有几项"),
    ("en", "sh25", "主动撤回 157", 157, "件", "Shanghai General Office 2025: how many requests did applicants withdraw on their own?"),
    ("zh", "sh19", "政策解读共132件", 132, "件", "上海市政府办公厅2019年在门户网站发布的政策解读有多少件"),
    ("en", "sh19", "共计38次", 38, "次", "In 2019, how many times were key topics of Shanghai's municipal executive meetings given an authoritative release?"),
    ("zh", "sh19", "全年共编发公报24期", 24, "期", "2019年上海市政府公报一共编发了几期？"),
    ("en", "sh19", "2261项", 2261, "项", "How many matters were connected to Shanghai's unified intake platform in 2019?"),
    ("zh", "sh19", "刊登政府规章、规范性文件等112件", 112, "件", "上海2019年公报刊登规章和规范性文件等多少件？"),
    ("en", "sh19", "人事任免文件141件", 141, "件", "How many personnel appointment documents did the Shanghai General Office publish in 2019?"),
]

# ------------------------------------------------------------------ [neighbour] traps
TRAPS = [
    ("ha", "active.normative_docs.repealed", "淮安2024年废止的规范性文件有几件（不是新发的那些）",
     "Huai'an 2024: normative documents repealed — not the ones newly issued?", "废止 vs 制发"),
    ("sy", "appeals.litigation_after_review.total", "沭阳县2025年先复议、再起诉的案件有多少件？",
     "Shuyang 2025: lawsuits brought after a review had been decided — how many?", "复议后起诉 vs 直接起诉"),
    ("ha", "requests.unable.needs_creation.total", "淮安2024年需要另行制作信息才能答复的申请有几件",
     "Huai'an 2024: requests that would need new information to be produced?", "另行制作 vs 不掌握"),
    ("sh19", "active.procurement.amount", "上海市府办2019年政府集中采购的金额是多少万元（不是项目数）？",
     "Shanghai General Office 2019: procurement amount in 10k yuan, not the number of projects?", "采购金额 vs 项目数"),
    ("sh25", "requests.carried_over.legal_services", "上海市府办2025年从上一年结转过来的、法律服务机构提的申请有几件",
     "Shanghai General Office 2025: requests carried over from 2024 that law firms had filed?", "法律服务机构 vs 商业企业; 上年结转 vs 新收"),
]

# ------------------------------------------------------------------ [followup]
FOLLOW_ZH = [
    [("ha", "requests.unable.not_held.total", "淮安市2024年不掌握信息的申请有多少？"),
     ("sy", "requests.unable.not_held.total", "换成沭阳县2025年呢"),
     ("hz23", "requests.unable.not_held.total", "洪泽区2023年同一项呢？")],
    [("sy", "appeals.review.corrected", "沭阳2025年行政复议被纠正的有几件"),
     ("sy", "appeals.review.upheld", "那维持的呢？2025年的"),
     ("ha", "appeals.review.corrected", "淮安2024年纠正的又是多少")],
    [("hz23", "active.licensing.decisions", "洪泽区2023年行政许可多少件"),
     ("hz24", "active.licensing.decisions", "24年呢？")],
    [("ha", "active.normative_docs.in_force", "淮安市2024年现行有效的规范性文件数"),
     ("ha", "active.normative_docs.issued", "2024年新制发的呢"),
     ("sy", "active.normative_docs.issued", "沭阳2025年制发了几件")],
    [("sh25", "appeals.litigation_direct.total", "上海市府办2025年直接起诉的行政诉讼有几件"),
     ("sh25", "appeals.litigation_direct.pending", "其中2025年还没审结的呢"),
     ("sh19", "appeals.litigation_direct.total", "2019年直接起诉的总数是多少")],
    [("jx", "active.procurement.projects", "涧西区政府办2020年集中采购项目有几个"),
     ("sh19", "active.procurement.projects", "上海市政府办公厅2019年呢？")],
    [("sy", "requests.partially_granted.total", "沭阳县2025年部分公开多少件"),
     ("sy", "requests.granted.total", "全部公开的呢，还是2025年"),
     ("ha", "requests.granted.total", "淮安市2024年同一行是多少")],
    [("ha", "appeals.litigation_after_review.total", "淮安2024年复议后又起诉的案件有几件"),
     ("ha", "appeals.litigation_direct.total", "直接起诉的呢？2024年"),
     ("sy", "appeals.litigation_direct.total", "沭阳2025年直接起诉的")],
    [("hz24", "active.punishment.decisions", "洪泽区2024年行政处罚决定有多少"),
     ("hz23", "active.punishment.decisions", "2023年的呢")],
    [("kw", "active.normative_docs.issued", "上海科委2024年制发了几件规范性文件"),
     ("kw", "active.normative_docs.in_force", "2024年现行有效的有多少件？"),
     ("hz24", "active.normative_docs.in_force", "洪泽区2024年现行有效的呢")],
    [("sh25", "requests.granted.total", "上海市府办2025年予以公开多少件"),
     ("sh25", "requests.unable.needs_creation.total", "2025年需要另行制作的呢？"),
     ("ha", "requests.unable.needs_creation.total", "淮安市2024年这一项是多少")],
    [("ha", "requests.not_processed.duplicate.total", "淮安2024年重复申请有几件"),
     ("sy", "requests.not_processed.duplicate.total", "沭阳县2025年重复申请呢"),
     ("sy", "requests.not_processed.petition.total", "2025年沭阳信访举报投诉类的呢")],
    [("hz23", "active.coercion.decisions", "洪泽2023年行政强制多少件"),
     ("hz24", "active.coercion.decisions", "换成2024年")],
    [("ha", "requests.other.overdue_fee.total", "淮安市2024年申请人逾期未缴费的有几件"),
     ("sy", "requests.other.overdue_fee.total", "沭阳县2025年这一项呢？"),
     ("sy", "requests.other.overdue_correction.total", "2025年沭阳逾期不补正的呢")],
    [("sh25", "appeals.review.pending", "上海市府办2025年行政复议尚未审结的有几件"),
     ("sh25", "appeals.review.total", "2025年复议总数呢")],
    [("jx", "requests.unable.not_held.total", "涧西区2020年不掌握信息的申请有几件"),
     ("hz24", "requests.unable.not_held.total", "洪泽区2024年呢")],
]
FOLLOW_EN = [
    [("ha", "appeals.review.pending", "How many of Huai'an's 2024 reviews were still pending?"),
     ("sy", "appeals.review.pending", "And Shuyang for 2025?"),
     ("sy", "appeals.review.other", "What about Shuyang's 'other outcome' reviews in 2025?")],
    [("hz23", "active.normative_docs.repealed", "Hongze District 2023, normative documents repealed?"),
     ("hz23", "active.normative_docs.in_force", "And still in force in 2023?"),
     ("hz24", "active.normative_docs.in_force", "what about 2024")],
    [("sy", "active.licensing.decisions", "Shuyang County licensing decisions in 2025?"),
     ("ha", "active.licensing.decisions", "Huai'an 2024, same thing?")],
    [("ha", "requests.withheld.prohibited_by_law.total", "Huai'an 2024: requests refused because a law bans disclosure?"),
     ("ha", "requests.withheld.third_party.total", "And for third-party rights, 2024?"),
     ("sy", "requests.withheld.third_party.total", "Shuyang in 2025?")],
    [("sh19", "active.regulations.made", "Shanghai General Office: rules made in 2019?"),
     ("sh19", "active.normative_docs.total_published", "And the total normative documents made public in 2019?")],
    [("hz24", "appeals.litigation_after_review.total", "Hongze 2024: lawsuits filed after an administrative review?"),
     ("hz24", "appeals.litigation_direct.total", "And the ones sued directly in 2024?"),
     ("sh25", "appeals.litigation_after_review.total", "Shanghai General Office for 2025, lawsuits after review?")],
    [("kw", "requests.received.commercial", "STCSM 2024: new requests from companies?"),
     ("sh25", "requests.received.commercial", "the Shanghai General Office in 2025?")],
    [("ha", "active.punishment.decisions", "Huai'an's administrative penalty decisions in 2024?"),
     ("sy", "active.punishment.decisions", "Shuyang, 2025?"),
     ("hz23", "active.punishment.decisions", "And Hongze 2023?")],
    [("jx", "appeals.review.upheld", "Jianxi District office 2020 — review cases upheld?"),
     ("jx", "appeals.litigation_after_review.upheld", "lawsuits after review upheld in 2020?")],
    [("sy", "requests.withheld.enforcement_files.total", "Shuyang 2025: refusals for administrative enforcement files?"),
     ("ha", "requests.withheld.enforcement_files.total", "Huai'an in 2024?"),
     ("hz23", "requests.withheld.enforcement_files.total", "Hongze for 2023?")],
    [("hz23", "requests.unable.needs_creation.total", "Hongze 2023: requests that needed new information to be created?"),
     ("sy", "requests.unable.needs_creation.total", "Shuyang 2025?")],
    [("sh25", "requests.carried_forward.total", "Shanghai General Office 2025: requests still open at year end?"),
     ("sh19", "requests.carried_forward.total", "and in 2019?")],
    [("ha", "appeals.litigation_direct.upheld", "Huai'an 2024: direct lawsuits where the government won?"),
     ("ha", "appeals.litigation_direct.corrected", "And corrected ones in 2024?"),
     ("sy", "appeals.litigation_direct.upheld", "Shuyang 2025 upheld direct suits?")],
    [("hz24", "active.fees.amount", "Hongze District 2024 fee revenue in 10k yuan?"),
     ("hz23", "active.fees.amount", "2023?")],
    [("kw", "requests.total_processed.total", "How many requests did STCSM close out in 2024?"),
     ("sh25", "requests.granted.total", "And the Shanghai General Office in 2025, fully granted?")],
    [("ha", "requests.withheld.process_info.total", "Huai'an 2024 refusals for process information?"),
     ("ha", "requests.withheld.internal_affairs.total", "internal affairs in 2024?"),
     ("sy", "requests.withheld.process_info.total", "Shuyang's process-information refusals in 2025?")],
]

# ------------------------------------------------------------------ [cannot]
CANNOT_ZH = [
    ("我在2024年3月向淮安市政府申请过我家拆迁补偿的文件，一直没收到答复。我的申请现在办到哪一步了？", "one person's own request"),
    ("淮安2024年那64件复议被纠正的案子，分别是哪些部门的？", "department breakdown of a printed number not given"),
    ("淮安市2024年的政府信息公开申请，按月份分别是多少？", "month breakdown not printed"),
    ("洪泽区2023年的申请人里男的女的各有多少？", "sex not printed"),
    ("沭阳县2025年的申请里，通过网上提交的有多少件，邮寄的多少件？", "channel not printed"),
    ("沭阳2025年那111件不掌握的申请，都涉及哪些乡镇？", "township breakdown not printed"),
    ("上海市府办2025年的申请里，涉及房屋征收的有多少件？", "topic not printed"),
    ("淮安2024年答复一件申请平均要多少天？", "response days not stated"),
    ("淮安市政府办2024年有几个人专门负责信息公开？", "staff not stated"),
    ("洪泽区2023年搞信息公开一共花了多少经费？", "cost not stated"),
    ("沭阳县2026年预计会收到多少件申请？", "forecast"),
    ("淮安2024年有351件复议，这算多吗？", "opinion"),
    ("上海市府办2025年为什么申请数量涨得这么多？具体原因占比多少？", "reasons not stated"),
    ("南京市2024年政府信息公开申请有多少件？", "body not in corpus"),
    ("洪泽区2022年的行政许可数是多少", "year not in corpus"),
    ("我邻居张某在2025年向沭阳县申请公开低保名单，他那件被驳回了吗？", "named person's request"),
    ("沭阳县2025年申请人里年龄在60岁以上的有多少？", "age not printed"),
    ("淮安2024年公开申请的满意度是多少分？", "satisfaction not stated"),
    ("上海市科委2024年信息公开热线一年接了多少通电话？", "phone calls not stated"),
    ("涧西区2020年的申请按街道分，各街道多少件？", "district breakdown not printed"),
    ("宿迁市2025年的行政复议有几件？", "body not in corpus"),
    ("上海市府办2025年那513件不掌握的，按委办局分各是多少？", "department breakdown not printed"),
    ("我在2024年底给洪泽区申请了一份征地批复，到现在还没回，我能告他们吗？胜诉概率多大？", "own case, opinion"),
    ("沭阳2025年被纠正的10件复议，具体是哪几位申请人提的？", "personal data"),
    ("淮安2024年的申请人里，外地户籍的占多少？", "residence not printed"),
    ("上海市政府办公厅2025年有外国人申请信息公开吗？有几件？", "nationality not printed"),
    ("淮安市2024年一季度收到多少件申请？", "quarter not printed"),
    ("淮安2024年信息公开工作做得好不好？打几分？", "judgement"),
    ("洪泽区2024年信息公开工作的预算是多少万元？", "budget not stated"),
    ("沭阳县2025年申请最多的是哪个行业的企业？多少件？", "industry not printed"),
    ("上海科委2023年的行政许可数是多少", "year not in corpus"),
    ("浦东新区2024年主动公开了多少条信息？", "body not in corpus"),
    ("我父亲在2019年向上海市府办申请过他单位的档案，那件申请的编号是多少？", "own request, personal data"),
    ("涧西区2021年收到多少件申请？", "year not in corpus"),
    ("淮安2024年那46件行政诉讼里，原告分别是谁？", "named people not given"),
    ("洪泽区2023年的21件申请，平均几个工作日办完？", "response days not stated"),
    ("沭阳县打算在2026年再新开多少个政务新媒体专栏？", "plan not stated (2025 report prints only the 33 columns already opened)"),
    ("上海市府办2025年哪个区的人申请得最多？", "district breakdown not printed"),
    ("淮安2024年收到的申请中，涉及教育的有几件？", "topic not printed"),
    ("洪泽区2024年的申请里，12月份收了几件？", "month not printed"),
    ("清江浦区2024年的政府信息公开年报里行政处罚多少件？", "body not in corpus"),
    ("沭阳县2025年其他处理里归为“其他”的143件，各是什么原因、各多少件？", "reasons behind a printed count"),
    ("上海市府办2025年有55件复议，你觉得说明了什么问题？", "opinion on a printed count"),
]
CANNOT_EN = [
    ("I asked Huai'an in May 2024 for the zoning papers on my street and never heard back. Was my request counted as refused?", "own request"),
    ("Huai'an corrected 64 review cases in 2024 — which departments were they against?", "department breakdown of a printed number"),
    ("Break down Shuyang's 2025 requests by month, please.", "month breakdown not printed"),
    ("How many of Hongze District's 2023 applicants were women?", "sex not printed"),
    ("In 2024, how many Huai'an requests came in by post versus online?", "channel not printed"),
    ("What share of the Shanghai General Office's 2025 requests were about housing expropriation?", "topic not printed"),
    ("On average, how many days did Shuyang take to answer a request in 2025?", "response days not stated"),
    ("How many staff did the Shanghai science commission assign to disclosure work in 2024?", "staff not stated"),
    ("What did Huai'an's disclosure work cost in 2024?", "cost not stated"),
    ("How many requests will Huai'an get in 2025, based on the trend?", "forecast"),
    ("Shuyang had 61 reviews in 2025 — is that a bad result?", "opinion on a printed count"),
    ("Why did so many Huai'an requests in 2024 end up as 'information not held'?", "reason not stated"),
    ("How many disclosure requests did Nanjing receive in 2024?", "body not in corpus"),
    ("What was Shuyang County's licensing count for 2024?", "year not in corpus"),
    ("My aunt Li Hua filed a request with Hongze in 2023 about her pension. Was hers one of the 10 'not held' answers?", "named person's request"),
    ("How many Shanghai General Office applicants in 2025 were over 65?", "age not printed"),
    ("What satisfaction score did Hongze's disclosure service get in 2024?", "satisfaction not stated"),
    ("How many calls did Huai'an's disclosure hotline take in 2024?", "phone calls not stated"),
    ("Which township in Shuyang sent the most requests in 2025, and how many?", "township breakdown not printed"),
    ("Suqian City's review cases over disclosure in 2025?", "body not in corpus"),
    ("Of the Shanghai General Office's 12 direct lawsuits in 2025, which bureaus were sued?", "department breakdown of a printed number"),
    ("I was refused by Shuyang in 2025 as an 'internal affairs' case. Should I appeal, and would I win?", "own case, opinion"),
    ("Give me the names of the people behind Huai'an's 26 direct lawsuits in 2024.", "personal data"),
    ("How many of Huai'an's 2024 applicants live outside the city?", "residence not printed"),
    ("Did any foreign nationals file requests with STCSM in 2024? How many?", "nationality not printed"),
    ("How many requests did Hongze District receive in the second quarter of 2024?", "quarter not printed"),
    ("Would you say Shanghai's General Office did a good job on disclosure in 2019?", "judgement"),
    ("What was Shuyang's disclosure budget for 2025, in yuan?", "budget not stated"),
    ("Which industry filed the most company requests with Huai'an in 2024?", "industry not printed"),
    ("What were Hongze District's licensing decisions in 2022?", "year not in corpus"),
    ("How many items did Pudong New Area publish proactively in 2024?", "body not in corpus"),
    ("My case number with the Shanghai General Office from 2025 is 2025-0317 — what was the outcome?", "own request"),
    ("How many requests did the Jianxi District office get in 2021?", "year not in corpus"),
    ("Jianxi had 1 review case in 2020 — who was the applicant?", "personal data"),
    ("In 2025, how many Shanghai General Office requests came from Minhang District residents?", "district breakdown not printed"),
    ("What will Shuyang's review count be in 2026?", "forecast"),
    ("How many working days on average did Hongze need in 2023 to reply?", "response days not stated"),
    ("How many of Huai'an's 2024 requests concerned land acquisition?", "topic not printed"),
    ("How many STCSM requests arrived in March 2024?", "month not printed"),
    ("What plans does Huai'an have for its portal in 2025, and how many new columns?", "plan not stated"),
    ("Why did the Shanghai General Office carry 293 requests into 2026?", "reason behind a printed count"),
    ("Qingjiangpu District's disclosure requests for 2024?", "body not in corpus"),
    ("Is 769 'not held' answers for Huai'an in 2024 a lot compared with other cities?", "opinion on a printed count"),
]


def CONVERSATIONS():
    out = []
    for b, k, qz, qe in PLAIN:
        for lang, q in (("zh", qz), ("en", qe)):
            out.append(C("value", lang, [(q, ex(b, k))], "[plain] table value (%s %s)" % (b, k)))
    for b, ks, qz, qe in SUMS:
        for lang, q in (("zh", qz), ("en", qe)):
            out.append(C("sum", lang, [(q, ex(b, ks))], "[combine] sum of %d listed cells" % len(ks)))
    for b1, b2, k, qz, qe in DIFFS:
        kw = {"unit": "万元"} if k in MONEY else {}
        for lang, q in (("zh", qz), ("en", qe)):
            out.append(C("difference", lang, [(q, ED(b1, b2, [k], **kw))], "[combine] later year minus earlier year"))
    for bodies, k, order, qz, qe in RANKS:
        for lang, q in (("zh", qz), ("en", qe)):
            out.append(C("ranking", lang, [(q, ER(bodies, [k], order))], "[rank] ranking over gold bodies (%s)" % order))
    for lang, b, kwd, v, unit, q in TEXTS:
        out.append(C("narrative", lang, [(q, EN(b, kwd, v, unit))], "[textonly] number stated only in the report text"))
    for b, k, qz, qe, why in TRAPS:
        for lang, q in (("zh", qz), ("en", qe)):
            out.append(C("trap", lang, [(q, ex(b, k))], "[neighbour] %s" % why))
    for lang, convs in (("zh", FOLLOW_ZH), ("en", FOLLOW_EN)):
        for turns in convs:
            out.append(C("followup", lang, [(q, ex(b, k)) for b, k, q in turns],
                         "[followup] switches body/year/row"))
    for lang, items in (("zh", CANNOT_ZH), ("en", CANNOT_EN)):
        for q, why in items:
            out.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] looks answerable: %s" % why))
    return out
