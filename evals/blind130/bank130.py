"""Question bank of the 130th blind evaluation set (evals/blind130).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while
tuning the engine. All wordings were written new for this set.

Only keys, bodies, keywords and wordings are named here; every number in an expect is computed
by helpers130 (gold JSON, printed text rows, or a sentence cut from the report text).
Body codes: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib130 as L  # noqa: E402
from helpers130 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V  # noqa: E402,F401

# printed cells of the three reports without gold: the same specs blind6 verified
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

M = "万元"
# text statements that agree with a table cell: (keyword, number)
A_HA_REC = ("全市共受理政府信息公开申请", 3119)
A_SH19_REC = ("代表市政府共受理政府信息公开申请", 859)
A_SH25_REC = ("市政府共受理政府信息公开申请", 1295)
A_JX_REC = ("全年共收到依申请公开", 17)
A_KW_REC = ("全年收到政府信息公开申请", 34)
A_HZ23_REC = ("全区受理政府信息公开申请", 21)


def PLAIN():
    P = "[plain] table value in everyday wording"
    zh = [
        ("ha", "r.granted.total", "淮安市政府2024年对申请人全部给了公开的有多少件？", {}),
        ("ha", "r.partially_granted.total", "24年淮安答应公开一部分的申请是多少件", {}),
        ("ha", "r.withheld.admin_query.total", "淮安2024年因为属于行政查询事项而不予公开的有几件？", {}),
        ("ha", "r.unable.not_held.total", "二〇二四年淮安市政府说自己没掌握、没法提供的申请数是多少", {}),
        ("ha", "r.not_processed.petition.total", "淮安2024年有多少申请被当作信访举报投诉类没予处理", {}),
        ("ha", "a.review.corrected", "2024年淮安市的信息公开行政复议里，结果被纠正的有几件", {}),
        ("ha", "c.normative_docs.repealed", "淮安市政府2024年废止了几件规范性文件", {}),
        ("hz23", "c.licensing.decisions", "洪泽区2023年行政许可决定一共做了多少件", {}),
        ("hz23", "r.unable.not_held.total", "洪泽2023年答复“本机关不掌握”的申请有几件", {}),
        ("hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费金额是多少万元", {"unit": M}),
        ("hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定数量", {}),
        ("hz24", "r.granted.total", "24年洪泽区政府同意公开的申请多少件", {}),
        ("sy", "r.withheld.internal_affairs.total", "沭阳县2025年以内部事务信息为由没公开的有多少", {}),
        ("sy", "r.other.other.total", "沭阳2025年申请处理结果归到“其他”那一小项的有多少件", {}),
        ("sy", "a.review.pending", "沭阳县政府2025年行政复议还没审结的有几件", {}),
        ("sy", "c.coercion.decisions", "2025年沭阳的行政强制决定有多少件", {}),
        ("sy", "r.carried_forward.total", "沭阳县2025年没办完、留到下一年继续办的申请有几件", {}),
        ("sh19", "r.carried_forward.total", "上海市政府办公厅2019年有多少申请顺延到下一年度答复", {"alt": ("顺延到下", 72)}),
        ("sh19", "c.normative_docs.made", "2019年上海市府办制发的规范性文件有多少件", {"alt": ("行政规范性文件60件", 60)}),
        ("sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目有几个", {}),
        ("sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办，个人申请里因为需要另行制作而无法提供的有多少", {}),
        ("sh25", "r.unable.not_held.total", "上海市政府办公厅2025年表里“本机关不掌握相关政府信息”那一项是多少件", {}),
        ("sh25", "r.not_processed.petition.total", "2025年上海市府办把多少件申请归为信访举报投诉、不予处理", {}),
        ("sh25", "a.review.total", "上海市政府办公厅2025年涉及信息公开的行政复议总共多少件", {}),
        ("kw", "c.normative_docs.in_force", "上海科委2024年现行有效的规范性文件有多少件", {}),
        ("kw", "r.received.natural_person", "市科委2024年由个人提出的信息公开申请有多少", {}),
        ("jx", "r.granted.total", "涧西区政府办2020年予以公开的申请件数", {}),
        ("jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额是多少万元", {"unit": M}),
        ("jx", "r.unable.not_held.total", "涧西2020年有几件申请是因为本机关不掌握而无法提供", {}),
        ("ha", "c.coercion.decisions", "淮安市2024年行政强制决定数是多少？", {}),
        ("sy", "r.withheld.enforcement_files.total", "沭阳2025年因属于行政执法案卷而不予公开的申请有几件", {}),
    ]
    en = [
        ("ha", "r.withheld.prohibited_by_law.total", "How many Huai'an requests in 2024 were refused because another law bars disclosure?", {}),
        ("ha", "r.unable.needs_creation.total", "In 2024, how many requests did Huaian turn down because answering would mean compiling new information?", {}),
        ("ha", "r.not_processed.duplicate.total", "Huai'an 2024: requests rejected as repeat applications?", {}),
        ("ha", "r.other.overdue_correction.total", "How many Huai'an applicants in 2024 never fixed their request within the deadline after being asked to correct it?", {}),
        ("ha", "a.litigation_direct.upheld", "For Huai'an in 2024, how many lawsuits filed straight to court (no review first) ended with the government upheld?", {}),
        ("ha", "c.licensing.decisions", "Number of administrative licensing decisions by Huai'an in 2024?", {}),
        ("ha", "c.fees.amount", "What amount of administrative fees did Huai'an collect in 2024, in 10,000 yuan?", {"unit": M}),
        ("hz23", "r.partially_granted.total", "Hongze District 2023 - requests that got partial disclosure?", {}),
        ("hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze make in 2023?", {}),
        ("hz23", "r.unable.needs_creation.total", "Hongze District, 2023: how many requests couldn't be met because the information would have to be newly produced?", {}),
        ("hz24", "c.licensing.decisions", "How many licensing decisions did the Hongze District government report for 2024?", {}),
        ("hz24", "r.unable.not_held.total", "In 2024, how often did Hongze answer that it didn't hold the requested information?", {}),
        ("hz24", "c.normative_docs.issued", "Normative documents newly issued by Hongze District in 2024?", {}),
        ("sy", "r.granted.total", "Shuyang County 2025: requests where the information was fully released?", {}),
        ("sy", "r.partially_granted.total", "How many Shuyang requests in 2025 were answered with partial disclosure?", {}),
        ("sy", "r.unable.not_held.total", "Shuyang County government, 2025: requests answered with 'we do not have this information'?", {}),
        ("sy", "a.litigation_after_review.total", "How many disclosure lawsuits against Shuyang in 2025 came after an administrative review?", {}),
        ("sy", "c.normative_docs.in_force", "How many normative documents were in force for Shuyang County in 2025?", {}),
        ("sy", "c.licensing.decisions", "Shuyang's count of licensing decisions in 2025?", {}),
        ("sh19", "r.received.natural_person", "How many disclosure requests from private individuals did the Shanghai General Office receive in 2019?", {}),
        ("sh19", "a.litigation_direct.total", "Shanghai municipal government general office, 2019: number of disclosure lawsuits filed directly in court?", {"alt": ("诉讼9件", 9)}),
        ("sh19", "c.regulations.made", "How many government regulations did the Shanghai General Office produce in 2019?", {"alt": ("主动公开规章13件", 13)}),
        ("sh19", "r.not_processed.petition.natural_person", "In 2019, how many individuals' requests did the Shanghai General Office set aside as petitions or complaints?", {}),
        ("sh25", "r.granted.total", "Shanghai General Office 2025: requests granted in full?", {}),
        ("sh25", "r.unable.needs_creation.total", "For 2025, how many requests to the Shanghai General Office would have required creating new information?", {}),
        ("sh25", "a.litigation_direct.pending", "How many direct lawsuits against the Shanghai General Office were still undecided in 2025?", {}),
        ("kw", "r.total_processed.total", "How many requests did STCSM finish handling in 2024?", {}),
        ("kw", "c.licensing.decisions", "Shanghai science commission, 2024: licensing decisions?", {}),
        ("jx", "r.carried_forward.total", "Jianxi District 2020: how many requests were still open at year end and carried into 2021?", {"alt": ("在办2件", 2)}),
        ("jx", "c.normative_docs.made", "How many normative documents did the Jianxi District government office make in 2020?", {}),
        ("hz24", "c.coercion.decisions", "Administrative coercion decisions by Hongze District in FY2024?", {}),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for b, k, q, kw in rows:
            out.append(V(lang, b, k, q, P, **kw))
    return out


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
APP = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]


def COMBINE():
    P = "[combine] sum of the listed cells"
    Q = "[combine] later year minus earlier year"
    out = [
        S("zh", "ha", WH, "淮安2024年各种理由不予公开的加起来一共多少件（八类理由合计）", P),
        S("zh", "sy", UN, "沭阳2025年“无法提供”的三种情形加在一起是多少件", P),
        S("zh", "hz23", ["r.granted.total", "r.partially_granted.total"], "洪泽2023年全部公开的和部分公开的合起来有几件", P),
        S("zh", "sh25", ["r.received.total", "r.carried_over.total"], "上海市府办2025年本年新收的申请加上上年结转的，一共多少件", P),
        S("zh", "jx", APP, "涧西区2020年信息公开的复议、直接起诉、复议后起诉三项加总是多少", P),
        S("en", "ha", APP, "Huai'an 2024: administrative reviews plus both kinds of lawsuits, added together?", P),
        S("en", "sy", NP, "Add up all five 'not processed' reasons for Shuyang County in 2025 - what's the total?", P),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office 2019: requests from individuals, new ones plus those carried over from 2018, combined?", P),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: newly received requests plus the ones carried over, in total?", P),
        S("en", "hz24", APP, "For Hongze District in 2024, reviews and lawsuits (direct and after review) together come to how many?", P),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少件", Q),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件数，2024年比2023年变化了多少", Q),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2025年比2019年增加了多少件", Q),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议件数，从2019年到2025年增加了多少", Q),
        D("en", "hz23", "hz24", "c.punishment.decisions", "How did Hongze's penalty decisions change from 2023 to 2024 (2024 minus 2023)?", Q),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District: 'information not held' answers in 2024 versus 2023 - what's the difference?", Q),
        D("en", "sh19", "sh25", "r.received.natural_person", "By how much did new requests from individuals to the Shanghai General Office grow between 2019 and 2025?", Q),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits: 2025 count minus 2019 count?", Q),
    ]
    return out


def RANK():
    P = "[rank] ranking over bodies with gold"
    G3 = ["ha", "hz23", "sy"]
    return [
        R("zh", G3, "c.licensing.decisions", "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，哪家行政许可决定最多？", P),
        R("zh", G3, "c.normative_docs.in_force", "asc", "比较淮安2024、洪泽2023、沭阳2025三份年报，现行有效规范性文件最少的是谁", P),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "淮安市（2024年）、沭阳县（2025年）、上海市府办（2019年）、涧西区（2020年）中，结转下年度申请最多的是哪个", P),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.natural_person", "asc", "自然人申请中“本机关不掌握”件数：淮安2024、洪泽2023、沭阳2025、涧西2020，谁最少？", P),
        R("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "淮安2024年、沭阳2025年和上海市府办2019年，直接提起的信息公开行政诉讼哪家最少", P),
        R("en", G3, "c.punishment.decisions", "asc", "Among Huai'an (2024), Hongze (2023) and Shuyang (2025), which issued the fewest penalty decisions?", P),
        R("en", G3, "c.coercion.decisions", "desc", "Which made the most coercion decisions: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?", P),
        R("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "asc", "Of Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020, who closed the fewest requests?", P),
        R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "Rank Huai'an (2024), Shuyang (2025) and Shanghai General Office (2019) by disclosure reviews - who's on top?", P),
        R("en", ["ha", "hz23", "sy", "jx"], "r.partially_granted.total", "asc", "Partial disclosures: Huai'an 2024, Hongze 2023, Shuyang 2025, Jianxi 2020 - which body had the fewest?", P),
    ]


def TRAP():
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年从2023年结转过来的申请有多少件（上年结转那行）", "[neighbour] 上年结转 34 vs 结转下年 103", alt=("含上年度结转申请", 34)),
        T("zh", "ha", "a.litigation_after_review.total", "淮安2024年先申请复议、之后又去法院起诉的案件多少件", "[neighbour] 复议后起诉 20 vs 直接起诉 26"),
        T("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止的规范性文件有几件（不是新制发的）", "[neighbour] 废止 1 vs 制发 6"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不公开的有几件", "[neighbour] 过程性信息 2 vs 内部事务 13"),
        T("en", "ha", "c.normative_docs.in_force", "How many normative documents were currently valid for Huai'an in 2024 (not the newly issued ones)?", "[neighbour] 现行有效 66 vs 制发 8"),
        T("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests that couldn't be met because the information would need to be created anew (not the 'not held' ones)?", "[neighbour] 另行制作 2 vs 不掌握 111"),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents published to date (the cumulative figure, not the ones made that year)?", "[neighbour] 对外公开总数 368 vs 制作 60"),
        T("en", "sy", "a.litigation_direct.total", "How many disclosure lawsuits were filed against Shuyang in 2025 directly, without a prior review?", "[neighbour] 直接起诉 3 vs 复议后起诉 10"),
    ]


def TEXTONLY():
    P = "[textonly] number stated only in the report text"
    zh = [
        ("ha", "在运维政务新媒体", 95, "个", "淮安市2024年在运维的政务新媒体一共多少个？", None),
        ("ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市政府2024年收了多少元信息处理费", None),
        ("hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条政府信息", None),
        ("hz24", "主动发布各类政府信息", 2428, "条", "洪泽2024年政府网站平台主动发布的政府信息有多少条", None),
        ("sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息", None),
        ("sy", "催办提示", 84, "次", "沭阳2025年“倒计时报警器”一共发出多少次催办提示", None),
        ("sy", "清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息", None),
        ("sy", "失效链接", 43, "处", "2025年沭阳整改了多少处失效链接", None),
        ("kw", "编发文章", 1640, "篇", "上海科委的微信公众号2024年一共编发了几篇文章", None),
        ("kw", "批量推送集成式发布政策", 121, "条", "市科委2024年批量推送集成式发布的政策有多少条", None),
        ("sh25", "新闻发布会", 42, "场", "上海市政府2025年开了多少场市政府新闻发布会（市府办年报）", None),
        ("sh25", "公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查", None),
        ("sh19", "2261项事项", 2261, "项", "2019年上海“一网通办”统一受理平台接入了多少项事项（市府办年报）", None),
        ("jx", "试点领域", 26, "个", "涧西区政府办2020年年报里设置了多少个试点领域", None),
    ]
    en = [
        ("ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure sections did Huai'an organise in 2024?", None),
        ("hz24", "公开政府常务会议", 7, "期", "How many executive meetings of the government did Hongze District make public in 2024?", None),
        ("sy", "开展意见征集", 9, "期", "How many rounds of public consultation did Shuyang County run on its portal in 2025?", None),
        ("sy", "专栏33", 33, "个", "How many themed columns did Shuyang's government new-media accounts open in 2025?", None),
        ("sy", "年度报告集中公开", 64, "家", "In 2025, how many Shuyang units had their annual disclosure reports published together?", None),
        ("sy", "办前主动沟通", 49, "次", "How many times did Shuyang proactively talk to applicants before handling their requests in 2025?", None),
        ("sy", "收取信息处理费共计", 380, "元", "What did Shuyang's administrative bodies charge in information-processing fees in 2025, in yuan?", None),
        ("kw", "关注人数", 1016823, "人", "How many followers did the 'Shanghai Science & Technology' WeChat account have per the science commission's 2024 report?", None),
        ("kw", "视频号共制作并发布短视频", 584, "条", "How many short videos did STCSM's channel publish in 2024?", None),
        ("kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024: how many business-support policies were submitted routinely?", None),
        ("sh25", "新闻通气会", 19, "场", "How many press briefings (新闻通气会) did the Shanghai municipal government hold in 2025, per the General Office's report?", None),
        ("sh25", "上线数字公报", 16, "个", "In 2025, how many Shanghai districts had launched a digital gazette?", None),
        ("sh19", "权威发布共计", 38, "次", "How many authoritative releases on executive-meeting topics did the Shanghai General Office make in 2019?", None),
        ("sh19", "政府网站开展全面检查", 70, "家", "How many government websites did Shanghai check each quarter, according to the General Office's 2019 report?", None),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for b, kw, v, unit, q, frm in rows:
            out.append(N(lang, b, kw, v, unit, q, P, frm))
    return out


def CANNOT():
    P = "[cannot] no number may be given"
    zh = [
        ("淮安市2024年提信息公开申请的人里男的多少、女的多少？", "sex breakdown not reported"),
        ("沭阳县2025年每个月分别收到多少件信息公开申请", "monthly breakdown not reported"),
        ("洪泽区2022年受理了多少信息公开申请", "year not in the corpus"),
        ("南京市2024年政府信息公开申请有多少件", "body not in the corpus"),
        ("上海科委2023年收到几件信息公开申请", "year not in the corpus"),
        ("涧西区2021年予以公开的申请有几件", "year not in the corpus"),
        ("淮安市政府2024年负责政务公开的工作人员有几个人", "staff not reported"),
        ("沭阳2025年哪个乡镇的居民提申请最多，有多少件", "township breakdown not reported"),
        ("上海市府办2025年关于征地拆迁的申请有多少件", "topic breakdown not reported"),
        ("淮安市2026年预计会收到多少件信息公开申请", "forecast"),
        ("洪泽区2024年申请人的平均年龄是多少岁", "age not reported"),
        ("淮安2024年通过邮寄信函提交的申请有多少件", "channel breakdown not reported"),
        ("上海市政府办公厅2019年第三季度收到多少件申请", "quarter breakdown not reported"),
        ("宿迁市政府2025年信息公开申请受理量是多少", "body not in the corpus"),
        ("沭阳县2024年的行政复议有几件", "year not in the corpus"),
        ("涧西区2020年平均每件申请多少天办完", "response time not reported"),
        ("浦东新区2025年的信息公开申请数是多少", "body not in the corpus"),
        ("洪泽区2023年办理信息公开工作花了多少经费", "cost not reported"),
        ("上海市府办2022年受理了多少信息公开申请", "year not in the corpus"),
    ]
    en = [
        ("How many of the people who filed disclosure requests with Huai'an in 2024 were women?", "sex breakdown not reported"),
        ("Which month of 2025 brought Shuyang County the most disclosure requests, and how many?", "monthly breakdown not reported"),
        ("How many disclosure requests did Hongze District receive in 2022?", "year not in the corpus"),
        ("How many information-disclosure requests did Nanjing handle in 2024?", "body not in the corpus"),
        ("STCSM disclosure requests in 2023?", "year not in the corpus"),
        ("Jianxi District, 2021: how many disclosure requests were received?", "year not in the corpus"),
        ("How many staff work on government transparency at the Shanghai General Office in 2025?", "staff not reported"),
        ("How many Huai'an requests in 2024 came from people living outside the city?", "residence not reported"),
        ("In 2024, how many requests to Huaian concerned housing demolition?", "topic breakdown not reported"),
        ("How many disclosure requests will Shuyang County receive in 2026?", "forecast"),
        ("What was the average age of applicants to the Shanghai General Office in 2019?", "age not reported"),
        ("How many requests reached Hongze District by email in 2024?", "channel breakdown not reported"),
        ("How many disclosure requests did Huai'an receive in the second quarter of 2024?", "quarter breakdown not reported"),
        ("How many disclosure requests did Suqian city receive in 2025?", "body not in the corpus"),
        ("Shuyang County 2024 - number of requests received?", "year not in the corpus"),
        ("What was the average response time, in days, for Huai'an disclosure requests in 2024?", "response time not reported"),
        ("How many disclosure requests did Qingjiangpu District receive in 2024?", "body not in the corpus"),
        ("How much did Shuyang County spend on disclosure work in 2025?", "cost not reported"),
        ("Was the Shanghai science commission's 2024 disclosure work good or bad, and how many points would you give it?", "opinion"),
    ]
    out = []
    for lang, rows in (("zh", zh), ("en", en)):
        for q, why in rows:
            out.append(U(lang, q, why, P))
    return out


def FOLLOWUP():
    def f(lang, note, *turns):
        return F(lang, list(turns), "[followup] " + note)
    u = EU
    zh = [
        # switching year
        f("zh", "switch year", ("洪泽区2023年行政许可决定多少件？", E("hz23", "c.licensing.decisions")),
          ("2024年的呢", E("hz24", "c.licensing.decisions"))),
        f("zh", "switch year, elliptical", ("洪泽区政府2024年行政处罚决定有多少", E("hz24", "c.punishment.decisions")),
          ("换成2023年是多少", E("hz23", "c.punishment.decisions"))),
        f("zh", "switch year", ("上海市政府办公厅2019年新收的申请里自然人有多少件", E("sh19", "r.received.natural_person")),
          ("同一项，2025年呢？", E("sh25", "r.received.natural_person"))),
        f("zh", "switch year, three turns", ("上海市府办2025年结转到下一年度的申请几件", E("sh25", "r.carried_forward.total")),
          ("2019年那份年报里是多少", E("sh19", "r.carried_forward.total", alt=("顺延到下", 72))),
          ("那2019年从上一年结转过来的呢", E("sh19", "r.carried_over.total"))),
        f("zh", "switch year", ("洪泽2023年现行有效的规范性文件几件", E("hz23", "c.normative_docs.in_force")),
          ("24年的报告呢？", E("hz24", "c.normative_docs.in_force"))),
        f("zh", "switch year", ("上海市政府办公厅2025年行政复议尚未审结的有几件", E("sh25", "a.review.pending")),
          ("2019年这个数是多少", E("sh19", "a.review.pending"))),
        f("zh", "switch year then row", ("洪泽区2024年行政强制决定多少件", E("hz24", "c.coercion.decisions")),
          ("2023年呢", E("hz23", "c.coercion.decisions")),
          ("那2023年的行政事业性收费金额是多少万元", E("hz23", "c.fees.amount", unit=M))),
        f("zh", "switch year", ("2019年上海市府办直接提起的行政诉讼有几件", E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
          ("改问2025年的", E("sh25", "a.litigation_direct.total"))),
        # switching body
        f("zh", "switch body", ("淮安市2024年行政许可决定多少件", E("ha", "c.licensing.decisions")),
          ("沭阳县2025年的呢", E("sy", "c.licensing.decisions"))),
        f("zh", "switch body, elliptical", ("沭阳2025年规范性文件现行有效多少件", E("sy", "c.normative_docs.in_force")),
          ("那洪泽2023年呢", E("hz23", "c.normative_docs.in_force"))),
        f("zh", "switch body", ("淮安2024年行政复议结果维持的有几件", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
          ("换成沭阳县2025年", E("sy", "a.review.upheld"))),
        f("zh", "switch body", ("上海市科委2024年同意公开的申请几件", E("kw", "r.granted.total", alt=("同意公开答复", 9))),
          ("上海市府办2025年同一项呢", E("sh25", "r.granted.total"))),
        f("zh", "switch body, three turns", ("涧西区2020年行政复议几件", E("jx", "a.review.total")),
          ("淮安市2024年呢", E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
          ("沭阳2025年呢", E("sy", "a.review.total"))),
        f("zh", "switch body", ("洪泽区2024年因不掌握无法提供的有多少件", E("hz24", "r.unable.not_held.total")),
          ("上海市府办2025年这个数是多少？", E("sh25", "r.unable.not_held.total"))),
        f("zh", "switch body", ("沭阳县2025年结转下年度的申请数", E("sy", "r.carried_forward.total")),
          ("淮安2024年的对应数字", E("ha", "r.carried_forward.total", alt=("顺延到下年度答复", 103)))),
        f("zh", "switch body", ("市科委2024年行政许可决定几件", E("kw", "c.licensing.decisions")),
          ("那洪泽区2024年", E("hz24", "c.licensing.decisions"))),
        # switching row / column
        f("zh", "switch column", ("淮安2024年予以公开的申请里，自然人提的有多少", E("ha", "r.granted.natural_person")),
          ("全部申请人合计呢", E("ha", "r.granted.total"))),
        f("zh", "switch row", ("沭阳县2025年行政复议结果被纠正的几件", E("sy", "a.review.corrected")),
          ("结果维持的呢？", E("sy", "a.review.upheld"))),
        f("zh", "switch appeals group", ("淮安2024年直接起诉的行政诉讼结果纠正的有几件", E("ha", "a.litigation_direct.corrected")),
          ("复议后起诉的那组呢", E("ha", "a.litigation_after_review.corrected"))),
        f("zh", "switch row", ("上海市府办2025年因重复申请不予处理的有几件", E("sh25", "r.not_processed.duplicate.total")),
          ("那信访举报投诉类的呢", E("sh25", "r.not_processed.petition.total"))),
        f("zh", "switch row, three turns", ("洪泽区2023年部分公开的有几件", E("hz23", "r.partially_granted.total")),
          ("不掌握无法提供的呢", E("hz23", "r.unable.not_held.total")),
          ("需要另行制作的呢", E("hz23", "r.unable.needs_creation.total"))),
        f("zh", "switch column", ("市科委2024年新收的申请中，企业提出的有几件", E("kw", "r.received.commercial")),
          ("个人提出的呢", E("kw", "r.received.natural_person"))),
        f("zh", "switch row", ("涧西区2020年制发的规范性文件几件", E("jx", "c.normative_docs.made")),
          ("政府集中采购项目数呢", E("jx", "c.procurement.projects"))),
        # part of the previous number
        f("zh", "part of previous", ("淮安市2024年不予公开的申请里因为是行政查询事项的有多少", E("ha", "r.withheld.admin_query.total")),
          ("其中自然人提的是多少", E("ha", "r.withheld.admin_query.natural_person"))),
        f("zh", "part of previous", ("沭阳2025年的行政复议一共多少件", E("sy", "a.review.total")),
          ("这些里面还没审结的有几件", E("sy", "a.review.pending"))),
        f("zh", "part of previous", ("淮安2024年复议后又起诉的有多少件", E("ha", "a.litigation_after_review.total")),
          ("其中结果维持的几件？", E("ha", "a.litigation_after_review.upheld"))),
        f("zh", "part of previous", ("上海市府办2025年新收申请多少件", E("sh25", "r.received.total", alt=A_SH25_REC)),
          ("里面有多少是企业提的", E("sh25", "r.received.commercial"))),
        f("zh", "part of previous", ("上海市政府办公厅2025年上年结转过来的申请有多少件", E("sh25", "r.carried_over.total", alt=("含上年结转", 189))),
          ("其中自然人的是多少", E("sh25", "r.carried_over.natural_person"))),
        f("zh", "part of previous", ("沭阳县2025年不予处理中属于重复申请的有几件", E("sy", "r.not_processed.duplicate.total")),
          ("这里面自然人占几件", E("sy", "r.not_processed.duplicate.natural_person"))),
        # asking back about the previous answer
        f("zh", "ask back", ("淮安市2024年受理了多少件信息公开申请", E("ha", "r.received.total", alt=A_HA_REC)),
          ("你说的这个数，其中自然人申请是多少？", E("ha", "r.received.natural_person"))),
        f("zh", "ask back", ("洪泽区2023年办结了多少件申请", E("hz23", "r.total_processed.total")),
          ("确认一下，刚才那个数是2023年办理结果总计对吧？再说一遍是多少", E("hz23", "r.total_processed.total"))),
        f("zh", "ask back", ("涧西区2020年收到多少件依申请公开", E("jx", "r.received.total", alt=A_JX_REC)),
          ("这里面办完了的是多少件", E("jx", "r.total_processed.total", alt=("办结15件", 15)))),
        f("zh", "ask back", ("上海科委2024年办结了多少件申请", E("kw", "r.total_processed.total")),
          ("这个数比新收的还多？新收是多少件", E("kw", "r.received.total", alt=A_KW_REC))),
        f("zh", "ask back", ("上海市府办2019年受理申请多少件", E("sh19", "r.received.total", alt=A_SH19_REC)),
          ("刚才那个数是全部申请人的吧？自然人单独是多少", E("sh19", "r.received.natural_person"))),
        # unanswerable turn in the middle / vice versa
        f("zh", "unanswerable in the middle", ("沭阳县2025年予以公开的申请有多少件", E("sy", "r.granted.total")),
          ("这些申请人里男女比例是多少", u("sex breakdown not reported")),
          ("那部分公开的有几件", E("sy", "r.partially_granted.total"))),
        f("zh", "unanswerable in the middle", ("淮安2024年行政复议共几件", E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
          ("分别是哪些县区的", u("district breakdown not reported")),
          ("尚未审结的几件", E("ha", "a.review.pending", alt=("尚未审结 37", 37)))),
        f("zh", "unanswerable then answerable", ("洪泽区2022年行政许可决定多少件", u("year not in the corpus")),
          ("那2023年呢", E("hz23", "c.licensing.decisions"))),
        f("zh", "unanswerable then answerable", ("宿迁市2025年收到多少申请", u("body not in the corpus")),
          ("那沭阳县2025年新收的呢（表里本年新收那一行）", E("sy", "r.received.total"))),
        f("zh", "answerable then unanswerable", ("上海市府办2025年行政复议多少件", E("sh25", "a.review.total")),
          ("2026年会有多少件", u("forecast"))),
        f("zh", "unanswerable in the middle", ("涧西区2020年政府集中采购总金额多少万元", E("jx", "c.procurement.amount", unit=M)),
          ("采购的都是什么东西，各花了多少", u("procurement items not reported")),
          ("采购项目数量是多少", E("jx", "c.procurement.projects"))),
        # elliptical short turns
        f("zh", "elliptical body switch", ("淮安2024年行政强制决定多少", E("ha", "c.coercion.decisions")),
          ("洪泽23年呢", E("hz23", "c.coercion.decisions"))),
        f("zh", "elliptical row switch", ("沭阳2025年因第三方合法权益不予公开几件", E("sy", "r.withheld.third_party.total")),
          ("危及“三安全一稳定”的呢", E("sy", "r.withheld.security_stability.total"))),
        f("zh", "elliptical, narrative then table", ("沭阳县2025年催办提示发了多少次", EN("sy", "催办提示", 84, "次")),
          ("那2025年逾期未补正的申请呢", E("sy", "r.other.overdue_correction.total"))),
        f("zh", "elliptical narrative switch", ("上海市府办2025年新闻发布会开了几场", EN("sh25", "新闻发布会", 42, "场")),
          ("通气会呢", EN("sh25", "新闻通气会", 19, "场"))),
    ]
    en = [
        # switching year
        f("en", "switch year", ("How many licensing decisions did Hongze District make in 2024?", E("hz24", "c.licensing.decisions")),
          ("And in 2023?", E("hz23", "c.licensing.decisions"))),
        f("en", "switch year", ("Hongze 2023: number of penalty decisions?", E("hz23", "c.punishment.decisions")),
          ("Same for 2024?", E("hz24", "c.punishment.decisions"))),
        f("en", "switch year", ("Shanghai General Office, 2025: requests carried over from 2024?", E("sh25", "r.carried_over.total", alt=("含上年结转", 189))),
          ("What about the 2019 report?", E("sh19", "r.carried_over.total"))),
        f("en", "switch year, three turns", ("How many disclosure reviews did the Shanghai General Office face in 2019?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
          ("2025?", E("sh25", "a.review.total")),
          ("And how many of the 2025 ones were still pending?", E("sh25", "a.review.pending"))),
        f("en", "switch year", ("Newly issued normative documents, Hongze District 2023?", E("hz23", "c.normative_docs.issued")),
          ("and for 2024", E("hz24", "c.normative_docs.issued"))),
        f("en", "switch year", ("How many requests did the Shanghai General Office close in 2025?", E("sh25", "r.total_processed.total", alt=("办结 1191", 1191))),
          ("Now the 2019 figure, please.", E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805", 805)))),
        f("en", "switch year then row", ("Hongze District fees collected in 2024, in 10,000 yuan?", E("hz24", "c.fees.amount", unit=M)),
          ("Switch to 2023.", E("hz23", "c.fees.amount", unit=M)),
          ("And coercion decisions in 2023?", E("hz23", "c.coercion.decisions"))),
        f("en", "switch year", ("Shanghai General Office: direct lawsuits still pending in 2025?", E("sh25", "a.litigation_direct.pending")),
          ("What was it in 2019?", E("sh19", "a.litigation_direct.pending"))),
        # switching body
        f("en", "switch body", ("Huai'an 2024: penalty decisions?", E("ha", "c.punishment.decisions")),
          ("And Shuyang in 2025?", E("sy", "c.punishment.decisions"))),
        f("en", "switch body", ("How many requests did Shuyang County carry over from 2024 into 2025?", E("sy", "r.carried_over.total")),
          ("Same thing for the science commission in 2024?", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2)))),
        f("en", "switch body", ("Jianxi District 2020: requests fully disclosed?", E("jx", "r.granted.total")),
          ("Hongze District 2023?", E("hz23", "r.granted.total"))),
        f("en", "switch body, three turns", ("Huai'an 2024: how many requests were not held by the government?", E("ha", "r.unable.not_held.total")),
          ("Shuyang 2025?", E("sy", "r.unable.not_held.total")),
          ("Jianxi, 2020?", E("jx", "r.unable.not_held.total"))),
        f("en", "switch body", ("Coercion decisions by Shuyang County in 2025?", E("sy", "c.coercion.decisions")),
          ("What about Hongze in 2024?", E("hz24", "c.coercion.decisions"))),
        f("en", "switch body", ("Normative documents still in force at the science commission in 2024?", E("kw", "c.normative_docs.in_force")),
          ("And Huai'an's for 2024?", E("ha", "c.normative_docs.in_force"))),
        f("en", "switch body", ("Shanghai General Office 2019, procurement projects?", E("sh19", "c.procurement.projects")),
          ("Jianxi District 2020 - same item?", E("jx", "c.procurement.projects"))),
        f("en", "switch body", ("How many lawsuits after review did Shuyang see in 2025?", E("sy", "a.litigation_after_review.total")),
          ("and the Shanghai General Office in 2025?", E("sh25", "a.litigation_after_review.total"))),
        # switching row / column
        f("en", "switch column", ("Huai'an 2024: partial disclosures to individuals?", E("ha", "r.partially_granted.natural_person")),
          ("And for all applicants together?", E("ha", "r.partially_granted.total"))),
        f("en", "switch row", ("Shuyang 2025: review cases upheld?", E("sy", "a.review.upheld")),
          ("And those with other outcomes?", E("sy", "a.review.other"))),
        f("en", "switch appeals group", ("Huai'an 2024: direct lawsuits still pending?", E("ha", "a.litigation_direct.pending")),
          ("The after-review group?", E("ha", "a.litigation_after_review.pending"))),
        f("en", "switch row", ("Shanghai General Office 2025: requests needing newly created information?", E("sh25", "r.unable.needs_creation.total")),
          ("And those where the office didn't hold the information?", E("sh25", "r.unable.not_held.total"))),
        f("en", "switch row, three turns", ("Huai'an 2024: refusals because the information is a state secret?", E("ha", "r.withheld.state_secret.total")),
          ("Third-party rights?", E("ha", "r.withheld.third_party.total")),
          ("Internal affairs?", E("ha", "r.withheld.internal_affairs.total"))),
        f("en", "switch column", ("Shanghai General Office 2025: new requests from companies?", E("sh25", "r.received.commercial")),
          ("From private individuals?", E("sh25", "r.received.natural_person"))),
        f("en", "switch row", ("Shuyang 2025: regulations issued?", E("sy", "c.regulations.issued")),
          ("Normative documents issued?", E("sy", "c.normative_docs.issued"))),
        # part of the previous number
        f("en", "part of previous", ("How many requests did Huai'an have left to carry into 2025, per its 2024 report?", E("ha", "r.carried_forward.total", alt=("顺延到下年度答复", 103))),
          ("Of those, how many were from individuals?", E("ha", "r.carried_forward.natural_person"))),
        f("en", "part of previous", ("Total disclosure reviews against Shuyang in 2025?", E("sy", "a.review.total")),
          ("Of those, how many ended with a correction?", E("sy", "a.review.corrected"))),
        f("en", "part of previous", ("Huai'an 2024, direct lawsuits in total?", E("ha", "a.litigation_direct.total")),
          ("How many of them had an 'other' outcome?", E("ha", "a.litigation_direct.other"))),
        f("en", "part of previous", ("How many requests did STCSM receive in 2024?", E("kw", "r.received.total", alt=A_KW_REC)),
          ("Of those, how many came from companies?", E("kw", "r.received.commercial"))),
        f("en", "part of previous", ("Shanghai General Office 2025: requests carried into the next year?", E("sh25", "r.carried_forward.total")),
          ("And of the 2025 new requests, how many were from individuals?", E("sh25", "r.received.natural_person"))),
        f("en", "part of previous", ("Huai'an 2024: requests closed because the applicant failed to pay fees on time?", E("ha", "r.other.overdue_fee.total")),
          ("How many of those were individuals?", E("ha", "r.other.overdue_fee.natural_person"))),
        # asking back about the previous answer
        f("en", "ask back", ("How many disclosure requests did Huai'an receive in 2024?", E("ha", "r.received.total", alt=A_HA_REC)),
          ("Does that figure include carry-over? How many were carried over from 2023?", E("ha", "r.carried_over.total", alt=("含上年度结转申请", 34)))),
        f("en", "ask back", ("Shuyang 2025: requests handled in total (the table's total processed)?", E("sy", "r.total_processed.total", alt=("共办理", 718))),
          ("Sorry, can you repeat that number for 2025?", E("sy", "r.total_processed.total", alt=("共办理", 718)))),
        f("en", "ask back", ("Hongze 2023, how many requests were accepted?", E("hz23", "r.received.total", alt=A_HZ23_REC)),
          ("Was any of that carried over from 2022? How many?", E("hz23", "r.carried_over.total"))),
        f("en", "ask back", ("Jianxi 2020 - review cases upheld?", E("jx", "a.review.upheld")),
          ("Is that the same as the total reviews? What's the total?", E("jx", "a.review.total"))),
        f("en", "ask back", ("Shanghai General Office 2019: requests from individuals carried over from 2018?", E("sh19", "r.carried_over.natural_person")),
          ("You said that was individuals only; what's the figure across all applicants?", E("sh19", "r.carried_over.total"))),
        # unanswerable in the middle / vice versa
        f("en", "unanswerable in the middle", ("Huai'an 2024: requests rejected as repeats?", E("ha", "r.not_processed.duplicate.total")),
          ("Which topics were they about?", u("topic breakdown not reported")),
          ("And how many were sent away as petitions or complaints?", E("ha", "r.not_processed.petition.total"))),
        f("en", "unanswerable in the middle", ("Shuyang 2025: how many lawsuits were filed directly?", E("sy", "a.litigation_direct.total")),
          ("Who were the plaintiffs?", u("personal data")),
          ("How many of those direct suits were upheld?", E("sy", "a.litigation_direct.upheld"))),
        f("en", "unanswerable then answerable", ("How many requests did Jianxi District receive in 2021?", u("year not in the corpus")),
          ("Then give me the 2020 figure.", E("jx", "r.received.total", alt=A_JX_REC))),
        f("en", "unanswerable then answerable", ("How many reviews did Pudong New Area face in 2025?", u("body not in the corpus")),
          ("OK, the Shanghai General Office in 2025 then?", E("sh25", "a.review.total"))),
        f("en", "answerable then unanswerable", ("Hongze 2024: reviews over disclosure?", E("hz24", "a.review.total")),
          ("How long did each review take?", u("durations not reported"))),
        f("en", "unanswerable in the middle", ("STCSM 2024: normative documents issued?", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
          ("Which departments drafted them?", u("department breakdown not reported")),
          ("And how many are in force?", E("kw", "c.normative_docs.in_force"))),
        # elliptical
        f("en", "elliptical body switch", ("Huai'an 2024 partial disclosures?", E("ha", "r.partially_granted.total")),
          ("Shuyang, 2025?", E("sy", "r.partially_granted.total"))),
        f("en", "elliptical row switch", ("Shanghai General Office 2019, individuals' requests that the office did not hold?", E("sh19", "r.unable.not_held.natural_person")),
          ("unclear requests?", E("sh19", "r.unable.unclear.natural_person"))),
        f("en", "elliptical, narrative then narrative", ("How many WeChat articles did STCSM publish in 2024?", EN("kw", "编发文章", 1640, "篇")),
          ("original ones?", EN("kw", "其中原创文章", 294, "篇"))),
        f("en", "elliptical narrative switch", ("How many gazette issues did the Shanghai General Office edit in 2025?", EN("sh25", "编辑《上海市人民政府公报》", 24, "期")),
          ("and in 2019?", EN("sh19", "全年共编发公报", 24, "期"))),
    ]
    return zh + en


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TRAP() + TEXTONLY() + CANNOT() + FOLLOWUP()
