"""Question bank of blind evaluation set 236 (evals/blind236): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every expected number is computed by
helpers236 (gold/*.json, derived keys per spec/README.md), parsed from a printed table row of a
report without gold (SPECS below: the same cells evals/blind6/text_cells.json verified), or cut
from the report text (narrative sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib236 as L  # noqa: E402
from helpers236 import C, D, E, F, N, R, S, T, U, V, cols  # noqa: E402,F401

# printed cells of the three reports without gold (spec = ("row", label, idx) or
# ("after", anchor, idx), see blindlib236.text_cell); identical to blind6's text_cells.json specs
_A05 = "四、政府信息公开行政复议、行政诉讼情况"
_A08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
_R1 = "一、本年新收政府信息公开申请数量"
_R2 = "二、上年结转政府信息公开申请数量"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A05, 14),
        "appeals.litigation_direct.total": ("after", _A05, 9),
        "appeals.review.total": ("after", _A05, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", _R2, 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", _R1, 1),
        "requests.received.natural_person": ("row", _R1, 0),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _A08, 14),
        "appeals.litigation_direct.pending": ("after", _A08, 8),
        "appeals.litigation_direct.total": ("after", _A08, 9),
        "appeals.review.pending": ("after", _A08, 3),
        "appeals.review.total": ("after", _A08, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", _R2, 4),
        "requests.carried_over.natural_person": ("row", _R2, 0),
        "requests.carried_over.total": ("row", _R2, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", _R1, 1),
        "requests.received.natural_person": ("row", _R1, 0),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

M = "万元"
# text statements that agree with a table cell (question marked ambiguous, sentence acceptable)
HA_RECV = ("3119", 3119)
HA_CO = ("上年度结转申请 34", 34)
HA_CF = ("103 件顺延", 103)
HA_REV = ("行政复议 351", 351)
HA_UP = ("结果维持 72", 72)
HA_COR = ("结果纠正 64", 64)
HA_OTH = ("其他结果 178", 178)
HA_PEN = ("尚未审结 37", 37)
HZ23_RECV = ("受理政府信息公开申请 21", 21)
SH19_RECV = ("859", 859)
SH19_DONE = ("答复政府信息公开申请805", 805)
SH19_CO = ("结转申请18", 18)
SH19_CF = ("72件申请", 72)
SH19_NORM = ("行政规范性文件60件", 60)
SH19_REG = ("规章13件", 13)
JX_RECV = ("收到依申请公开17", 17)
JX_DONE = ("办结15件", 15)
JX_CF = ("在办2件", 2)
KW_RECV = ("全年收到政府信息公开申请 34", 34)
KW_GR = ("同意公开答复 9", 9)
KW_CO = ("上年结转政府信息公开申请 2", 2)
KW_NORM = ("行政规范性文件 13 件", 13)
SH25_RECV = ("1295", 1295)
SH25_CO = ("含上年结转 189", 189)
SH25_DONE = ("办结 1191", 1191)
SY_DONE = ("共办理 718", 718)
SY_CF = ("结转下一年 31", 31)
SY_LP = ("法人或其他组织申请 8", 8)


def plain():
    P = "[plain] table value, everyday wording"
    out = [
        # ---------------------------------------------------------------- zh (30)
        V("zh", "ha", "r.received.total", "淮安市2024年一共新收了多少条政府信息公开申请？？",
          P, alt=HA_RECV),
        V("zh", "ha", "r.unable.not_held.total",
          "我在写毕业论文。。想问下淮安24年 因为“本机关不掌握”没法提供的申请有几件", P),
        V("zh", "ha", "a.review.corrected", "淮安市府 24年信息公开的行政复义里 被纠正的有多少件", P + "; homophone typo 复义",
          alt=HA_COR),
        V("zh", "ha", "c.fees.amount", "淮安 2024 行政事业性收费一年收了多少 单位应该是万元吧", P, unit=M),
        V("zh", "hz23", "c.licensing.decisions", "洪泽区23年行政许可处理决定几个啊", P),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽 2023年  没有现成信息、要另外制作所以给不了的申请 多少件", P),
        V("zh", "hz23", "a.review.upheld", "帮同事问一下：洪泽2023年 行政复议里结果维持的 有几件？谢啦", P),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年 以三类内部事务信息为由不给公开的 有几件呀", P),
        V("zh", "sy", "c.licensing.decisions", "沭阳县 2025年 行政许可的处理决定数 是多少！！", P),
        V("zh", "sy", "r.other.overdue_fee.total",
          "术阳县2025年的报告里 申请人没按收费通知交钱、后来不再处理的 几件", P + "; homophone typo 术阳"),
        V("zh", "sy", "a.litigation_after_review.total", "沭阳 25年 先复议后又去法院起诉的 总共几件", P),
        V("zh", "sy", "r.received.legal_services", "沭阳县政府2025 本年新收申请里 律所这类法律服务机构提的有几件", P),
        V("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购 项目数多少个", P),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "市府办19年 个人提的信访举报投诉类申请 不予处理了多少", P),
        V("zh", "sh19", "r.received.commercial", "我们公司以前也给上海市政府办公厅递过申请。。2019年 商业企业新提交的一共几件啊", P),
        V("zh", "sh19", "r.carried_forward.total", "上海市府办2019 留到下一年度继续办理的 有多少件", P,
          alt=SH19_CF),
        V("zh", "jx", "c.procurement.amount", "涧西区政府办2020年 政府集中采购总金额是多少 万元", P, unit=M),
        V("zh", "jx", "r.unable.not_held.total", "涧西 2020年 本机关不掌握的 几件？", P),
        V("zh", "jx", "a.litigation_direct.total", "涧西区 20年 没经过复议直接告到法院的 有几起", P),
        V("zh", "kw", "c.licensing.decisions", "上海科委24年 行政许可 处理决定 多少", P),
        V("zh", "kw", "r.received.commercial", "市科委2024年新收到的申请里面 商业企业申请的几件", P),
        V("zh", "sh25", "r.unable.needs_creation.total",
          "市府办 2025年 因为没有现成信息要另行制作而无法提供的 多少件", P),
        V("zh", "sh25", "a.review.pending", "上海市政府办公厅25年的行政复议 还没审结的几件", P),
        V("zh", "sh25", "r.carried_over.natural_person",
          "上海市府办2025年 自然人申请里从上一年接转过来的有多少", P + "; homophone typo 接转"),
        V("zh", "hz24", "c.punishment.decisions", "洪泽区2024 行政处发决定 多少个", P + "; homophone typo 处发"),
        V("zh", "hz24", "r.unable.not_held.total", "那份24年洪泽的报告里 本机关不掌握相关信息的 几件", P),
        V("zh", "ha", "r.not_processed.duplicate.total", "那份24年淮安的报告里 重复申请不予处理的 几件。。", P),
        V("zh", "ha", "c.normative_docs.in_force", "淮安24年底 现行有效的行政规范性文件 还剩几件", P),
        V("zh", "sy", "r.withheld.admin_query.total", "请问一下 沭阳县2025年 属于行政查询事项不公开的有多少件 谢谢", P),
        V("zh", "hz23", "c.fees.amount", "洪泽区 二〇二三年 行政事业性收费金额多少（万元）", P, unit=M),
        # ---------------------------------------------------------------- en (61)
        V("en", "ha", "r.received.legal_services",
          "My law firm sent a couple of disclosure requests to Huaian city gov in 2024. How many came "
          "from law firms / legal service orgs (法律服务机构) altogether?", P),
        V("en", "ha", "r.withheld.admin_query.total",
          "how many requests did Huai'an refuse in 2024 cuz they were administrative inquiry matters "
          "(行政查询事项)? thx", P),
        V("en", "ha", "a.litigation_direct.total",
          "Huaian 2024 - lawsuits taken straight to court w/o going thru admin review first, how many?", P),
        V("en", "ha", "r.partially_granted.total",
          "For Huai'an's 2024 report, number of applications that were only partly disclosed pls", P),
        V("en", "ha", "c.licensing.decisions", "Hello, I want know Huaian city 2024 administrative licensing (行政许可) decisions how many. thank you very much", P),
        V("en", "ha", "r.carried_forward.total",
          "how many of Huaian's 2024 requests got pushed into 2025 to be finished?", P, alt=HA_CF),
        V("en", "ha", "a.review.pending",
          "Reporter here, doing a piece on Huai'an. In 2024, how many admin reviews about info "
          "disclosure were still undecided when the report was written?", P, alt=HA_PEN),
        V("en", "ha", "r.other.overdue_correction.total",
          "Huaian 2024: requests dropped because the applicant never supplemented them in time "
          "(逾期不补正) - how many?", P),
        V("en", "ha", "c.coercion.decisions", "whats the administrative coercion (行政强制) decision number for Huai'an in FY2024", P),
        V("en", "ha", "r.received.commercial",
          "I'm a clerk at a small logistics company in Huaian. Just curious, how many info requests did "
          "businesses like us send the city government in 2024?", P),
        V("en", "ha", "r.withheld.prohibited_by_law.total",
          "Huaian '24, requests withheld because other laws and administrative regulations forbid "
          "disclosure, number?", P + "; two-digit year '24"),
        V("en", "ha", "r.not_processed.petition.total",
          "in huaian's 2024 disclosure report, how many applications were really complaints or petitions "
          "(信访举报投诉) and so not processed?", P),
        V("en", "hz23", "r.partially_granted.total", "Hongze District 2023 - how many partial disclosures? Thanks in advance!!", P),
        V("en", "hz23", "c.punishment.decisions",
          "hi, in Hongze's 2023 disclosure report what is the administrative penalty decisions figure", P),
        V("en", "hz23", "r.unable.not_held.total",
          "Hongze 2023, number of requests where the district said it doesn't hold that info", P),
        V("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?", P),
        V("en", "hz23", "a.litigation_after_review.upheld",
          "Hongze 2023: lawsuits brought after an admin review where the government's decision was upheld - how many", P),
        V("en", "sy", "r.granted.total", "my neighbour keeps saying Shuyang never gives anything out. so in 2025 how many requests did the county actually grant in full? just curious", P),
        V("en", "sy", "r.unable.not_held.total",
          "In 2025 how often did Shuyang county gov reply 'we don't have that info'? number of cases pls", P),
        V("en", "sy", "a.review.total",
          "student here, writing a term paper on Shuyang. total admin reconsideration cases about "
          "disclosure in 2025?", P),
        V("en", "sy", "c.punishment.decisions", "Shuyang 2025 admin penalty decisions - how many? seems huge lol", P),
        V("en", "sy", "c.fees.amount",
          "How much did Shuyang take in from administrative fees (行政事业性收费) in 2025, in 10k yuan?", P, unit=M),
        V("en", "sy", "r.not_processed.duplicate.total", "Shuyang county, 2025: repeat applications that were not processed?", P),
        V("en", "sy", "a.review.corrected",
          "how many of Shuyang's 2025 admin reviews ended with the decision corrected (结果纠正)?", P),
        V("en", "sy", "r.partially_granted.natural_person",
          "individual applicants in Shuyang 2025 who got only part of what they asked for - how many?", P),
        V("en", "sy", "c.normative_docs.issued",
          "Shuyang county put out how many normative documents (行政规范性文件) in 2025?", P),
        V("en", "sy", "r.carried_over.total",
          "Shuyang 2025 report: applications still open from 2024 that rolled into 2025, how many?", P),
        V("en", "sh19", "r.received.natural_person",
          "Shanghai General Office (市府办) 2019, new requests coming from private persons, how many is it?", P),
        V("en", "sh19", "r.withheld.state_secret.natural_person",
          "Shanghai General Office, 2019: how many requests from individuals were refused as state secrets?", P),
        V("en", "sh19", "c.regulations.total_published",
          "How many regulations (规章) had the Shanghai govt general office published in total "
          "(对外公开总数量) as of its 2019 report?", P),
        V("en", "sh19", "c.procurement.amount",
          "what was the total centralized procurement amount for Shanghai General Office in 2019? in wan yuan", P, unit=M),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "2019 Shanghai general office: individuals' requests that couldn't be met because the info "
          "would have had to be newly compiled - how many?", P),
        V("en", "sh19", "r.withheld.admin_query.commercial",
          "companies' requests the Shanghai General Office turned down in 2019 as administrative "
          "query matters (行政查询事项) - count?", P),
        V("en", "sh19", "r.received.legal_services", "sh general office 2019: new requests from legal service orgs?", P),
        V("en", "jx", "r.granted.total", "Im a student in Luoyang doing homework about Jianxi district. In 2020 how many requests did the district govt office disclose fully?", P),
        V("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi district office newly make in 2020?", P),
        V("en", "jx", "a.review.upheld", "Jianxi 2020 admin review with result upheld - number?", P),
        V("en", "jx", "c.procurement.projects", "how many centralized procurement projects did Jianxi have in 2020?", P),
        V("en", "kw", "r.carried_over.total",
          "STCSM (上海科委) 2024: how many requests were carried over from 2023?", P, alt=KW_CO),
        V("en", "kw", "c.normative_docs.in_force",
          "How many normative documents of the Shanghai Science and Technology Commission were still in force in 2024?", P),
        V("en", "kw", "r.total_processed.total", "STCSM 2024 - total requests handled (办理结果总计)?", P),
        V("en", "kw", "r.received.natural_person", "Shanghai sci-tech commission 2024, new applications from individual citizens", P),
        V("en", "kw", "c.punishment.decisions", "did STCSM hand out any administrative penalties in 2024? how many?", P),
        V("en", "sh25", "r.not_processed.petition.total",
          "Shanghai General Office 2025 - petition/complaint-type applications not processed?", P),
        V("en", "sh25", "r.unable.not_held.total",
          "worried citizen here, I asked the Shanghai General Office something in 2025 and they said they dont have it (本机关不掌握). how many requests got that answer in 2025?", P),
        V("en", "sh25", "a.litigation_direct.total", "Shanghai gov general office 2025, direct lawsuits total?", P),
        V("en", "sh25", "r.received.commercial", "2025, Shanghai General Office - new applications by companies (商业企业)?", P),
        V("en", "sh25", "r.granted.total", "sh general office FY2025 fully disclosed count", P),
        V("en", "sh25", "r.carried_forward.total",
          "How many of the Shanghai General Office's 2025 requests were rolled over into 2026?", P),
        V("en", "sh25", "a.litigation_after_review.total",
          "Shanghai General Office, 2025, lawsuits after review (复议后起诉) total pls", P),
        V("en", "hz24", "c.licensing.decisions", "Hongze 2024 administrative licensing decisions?? sorry if dumb question", P),
        V("en", "hz24", "c.normative_docs.issued",
          "in Hongze's 2024 disclosure report, how many normative docs were issued?", P),
        V("en", "hz24", "r.granted.total", "Hongze district 2024: applications disclosed in full?", P),
        V("en", "hz24", "a.review.total", "Hongze 2024 - how many admin reviews in total?", P),
        V("en", "hz24", "c.fees.amount", "What did Hongze report for administrative fees in 2024 (万元)?", P, unit=M),
        V("en", "hz24", "c.coercion.decisions", "hongze district 2024 coercion decisions (行政强制) pls, need it for a slide tomorrow", P),
        V("en", "ha", "r.unable.unclear.total",
          "Huaian 2024, requests still unclear even after the applicant corrected them (补正后仍不明确)?", P),
        V("en", "sy", "r.withheld.enforcement_files.total",
          "Shuyang 2025: how many withheld because they're administrative enforcement case files?", P),
        V("en", "hz23", "r.withheld.state_secret.total", "Hongze '23 state secret refusals?", P + "; two-digit year '23"),
        V("en", "sy", "a.litigation_direct.upheld",
          "Shuyang 2025: lawsuits filed directly (no review first) where the county's decision was upheld?", P),
        V("en", "jx", "r.carried_forward.total",
          "Jianxi district 2020 - requests still being worked on at year end and moved to 2021?", P, alt=JX_CF),
    ]
    return out


def combine():
    SM = "[combine] sum of the listed cells"
    DF = "[combine] later year minus earlier year"
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        # sums: zh 5, en 11
        S("zh", "ha", W8, "淮安24年 不予公开的 八种情形 加起来一共多少件", SM + " (8 withheld sub-items)"),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"],
          "沭阳2025年 全部公开加上部分公开 合计几件？", SM),
        S("zh", "hz23", ["r.unable.%s.total" % s for s in L.UNABLE],
          "洪泽区2023 无法提供的 三种情况 加一块多少", SM),
        S("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
          "上海市府办19年 自然人 新收的+上年结转的 一共多少", SM),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区2020年 复议、直接起诉、复议后起诉 三个总计加起来是几", SM),
        S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Adding up Huaian's 2024 admin reviews and both kinds of lawsuits, what's the grand total?", SM),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "Huai'an 2024: new requests from companies + legal service orgs + 'other' orgs, combined?", SM),
        S("en", "ha", ["r.other.%s.total" % s for s in L.OTHER21],
          "huaian 2024, all three kinds of 'other handling' (其他处理) added together?", SM),
        S("en", "sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
          "Shuyang 2025 - total of the five 'not processed' (不予处理) sub-rows?", SM),
        S("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "For Shuyang in 2025, how many review + lawsuit cases in all ended with the original decision upheld?", SM),
        S("en", "sh19", ["r.withheld.%s.natural_person" % s for s in L.WITHHELD],
          "Shanghai General Office 2019: individuals' requests refused on any of the 8 withholding grounds, summed up?",
          SM + " (natural-person column; printed totals blank)"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type plus duplicate applications, together how many?", SM),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "sh general office 2025 - 'don't hold it' and 'would need to create it' cases added up?", SM),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024 - new applications plus those carried in from 2023, total to deal with?", SM),
        S("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2024: penalty decisions and coercion decisions combined?", SM),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "hongze 2023 licensing + penalty + coercion decisions, add them up for me please", SM),
        # differences: zh 3, en 7
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2023年到2024年 多了多少", DF),
        D("zh", "sh19", "sh25", "r.carried_forward.total",
          "上海市府办 结转下年度继续办理的申请 2025年比2019年多多少", DF),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽 行政处罚决定 24年比23年 变化了多少个", DF),
        D("en", "sh19", "sh25", "r.received.total",
          "By how much did new requests to the Shanghai General Office change between 2019 and 2025?", DF,
          alt=SH25_RECV),
        D("en", "hz23", "hz24", "c.fees.amount",
          "Hongze's administrative fee income: change from 2023 to 2024 (in 万元)?", DF, unit=M),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze: 'info not held' replies, 2024 vs 2023 - how many more or fewer?", DF),
        D("en", "sh19", "sh25", "a.review.total",
          "Shanghai General Office admin reviews, 2019 -> 2025, what's the difference?", DF),
        D("en", "hz23", "hz24", "c.coercion.decisions",
          "How did Hongze's coercion decisions change from 2023 to 2024? give me the difference", DF),
        D("en", "sh19", "sh25", "r.total_processed.total",
          "Shanghai General Office: requests handled in 2025 minus requests handled in 2019?", DF, alt=SH25_DONE),
        D("en", "hz23", "hz24", "c.normative_docs.in_force",
          "hongze normative documents in force - 2023 vs 2024, by how many did it change?", DF),
    ]


def rank():
    RK = "[rank] ranking over gold bodies, each in its report year"
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安24年、沭阳25年、上海市府办19年 这三家 谁本年新收的申请最多", RK),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
          "上年结转过来的申请 淮安(2024) 沭阳(2025) 市府办(2019) 哪个最多？", RK),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "行政强制决定 淮安2024、洪泽2023、沭阳2025 里面哪个最少", RK),
        R("zh", ["jx", "hz23", "sy"], "a.review.upheld", "desc",
          "涧西20年 洪泽23年 沭阳25年 行政复议结果维持的 谁最多", RK),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Of Huaian (2024), Hongze (2023) and Shuyang (2025), which collected the least in administrative fees?", RK),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
          "Jianxi 2020, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 - which one told the most "
          "individual applicants 'we don't hold this info'?", RK),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
          "who has the most normative docs in force: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?", RK),
        R("en", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "Direct lawsuits (no review first): Jianxi 2020 vs Shuyang 2025 vs Shanghai General Office 2019 - which is highest?", RK),
        R("en", ["ha", "sy", "sh19"], "r.received.legal_services", "desc",
          "Which got the most new requests from legal service organisations - Huaian 2024, Shuyang 2025 or Shanghai General Office 2019?", RK),
        R("en", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc",
          "Among Huaian 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who carried the fewest requests forward into the next year?", RK),
        R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
          "penalty decisions - biggest number among Huaian (2024), Hongze (2023), Shuyang (2025)?", RK),
        R("en", ["ha", "sy", "sh19"], "r.granted.natural_person", "asc",
          "Fully granted requests from individuals: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019. Which is lowest?", RK),
        R("en", ["hz23", "sy", "sh19"], "r.partially_granted.natural_person", "desc",
          "Comparing Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019: who partially disclosed the most requests from individuals?", RK),
    ]


def followups():
    FU = "[followup] "
    return [
        # ---------------------------------------------------------------- zh (13)
        F("zh", [("淮安2024年 预以公开的申请 几件", E("ha", "r.granted.total")),
                 ("那部分公开的呢", E("ha", "r.partially_granted.total"))], FU + "row switch; homophone typo 预以"),
        F("zh", [("洪泽区2023年 行政许可决定有多少个", E("hz23", "c.licensing.decisions")),
                 ("那24年的呢 同一项", E("hz24", "c.licensing.decisions"))], FU + "year switch"),
        F("zh", [("沭阳2025年 行政复议总共几件", E("sy", "a.review.total")),
                 ("直接起诉的呢", E("sy", "a.litigation_direct.total")),
                 ("复议完再起诉的", E("sy", "a.litigation_after_review.total"))], FU + "appeals group switch"),
        F("zh", [("上海市府办2019年新收的信息公开申清多少", E("sh19", "r.received.total", alt=SH19_RECV)),
                 ("2025年呢？？", E("sh25", "r.received.total", alt=SH25_RECV))], FU + "year switch; typo 申清"),
        F("zh", [("涧西区政府办 2020年 收到几件依申请", E("jx", "r.received.total", alt=JX_RECV)),
                 ("办结了几件", E("jx", "r.total_processed.total", alt=JX_DONE))], FU + "row switch"),
        F("zh", [("上海科委 2024年 新制发规范性文件几件", E("kw", "c.normative_docs.issued", alt=KW_NORM)),
                 ("现行有效的一共多少", E("kw", "c.normative_docs.in_force"))], FU + "column switch"),
        F("zh", [("淮安市2024年行政处罚决定数量是多少", E("ha", "c.punishment.decisions")),
                 ("沭阳25年同样这个数呢", E("sy", "c.punishment.decisions"))], FU + "body switch"),
        F("zh", [("沭阳2025 信访举报投诉类的不予处理 几件", E("sy", "r.not_processed.petition.total")),
                 ("重复申请那行呢", E("sy", "r.not_processed.duplicate.total"))], FU + "row switch"),
        F("zh", [("洪泽区23年复议 维持了几件", E("hz23", "a.review.upheld")),
                 ("纠正的有几件", E("hz23", "a.review.corrected"))], FU + "outcome switch"),
        F("zh", [("市府办2025年 本机关不掌握 无法提供的 多少件", E("sh25", "r.unable.not_held.total")),
                 ("那19年呢 只看自然人那一列就行", E("sh19", "r.unable.not_held.natural_person"))],
          FU + "year and column switch (2019 totals printed blank)"),
        F("zh", [("淮安24年 自然人新提的申请多少件", E("ha", "r.received.natural_person")),
                 ("“其他”组织那一栏呢", E("ha", "r.received.other_org"))], FU + "column switch"),
        F("zh", [("洪泽2024 现行有效的行政规范性文件 几件", E("hz24", "c.normative_docs.in_force")),
                 ("23年呢 也是现行有效", E("hz23", "c.normative_docs.in_force"))], FU + "year switch"),
        F("zh", [("沭阳县2025年行政强制决定多少", E("sy", "c.coercion.decisions")),
                 ("淮安24年的呢", E("ha", "c.coercion.decisions")),
                 ("再看一下洪泽23年", E("hz23", "c.coercion.decisions"))], FU + "body switch x2"),
        # ---------------------------------------------------------------- en (26)
        F("en", [("hey quick one - in the 2024 Huaian disclosure report how many admin reviews (行政复议) were there??", E("ha", "a.review.total", alt=HA_REV)),
                 ("and how many of those were upheld?", E("ha", "a.review.upheld", alt=HA_UP))], FU + "outcome switch"),
        F("en", [("im a retired teacher in Shanghai and sent the 市府办 a request in 2025. how many new ones came from individuals like me in 2025?", E("sh25", "r.received.natural_person")),
                 ("ok and from companies?", E("sh25", "r.received.commercial"))], FU + "column switch"),
        F("en", [("Hongze 2024: direct lawsuits total?", E("hz24", "a.litigation_direct.total")),
                 ("what about the after-review ones", E("hz24", "a.litigation_after_review.total"))], FU + "appeals group switch"),
        F("en", [("Shuyang 2025 partially disclosed requests?", E("sy", "r.partially_granted.total")),
                 ("and Huaian in 2024?", E("ha", "r.partially_granted.total"))], FU + "body switch"),
        F("en", [("Shanghai General Office 2019: normative documents newly made?", E("sh19", "c.normative_docs.made", alt=SH19_NORM)),
                 ("and regulations (规章)?", E("sh19", "c.regulations.made", alt=SH19_REG))], FU + "row switch"),
        F("en", [("for my accounting class: Jianxi 2020, how many govt centralized procurement projects (政府集中采购)?", E("jx", "c.procurement.projects")),
                 ("and the money involved, in 万元?", E("jx", "c.procurement.amount", unit=M)),
                 ("Shanghai General Office 2019 - same thing, the amount?", E("sh19", "c.procurement.amount", unit=M))],
          FU + "column then body switch"),
        F("en", [("STCSM 2024 - requests granted in full?", E("kw", "r.granted.total", alt=KW_GR)),
                 ("and how many did they process overall?", E("kw", "r.total_processed.total"))], FU + "row switch"),
        F("en", [("Huai'an 2024: withheld to protect third parties' rights?", E("ha", "r.withheld.third_party.total")),
                 ("and for being process information (过程性信息)?", E("ha", "r.withheld.process_info.total"))], FU + "row switch"),
        F("en", [("in Hongze's 2023 disclosure report how many new applications were received? thx a lot", E("hz23", "r.received.total", alt=HZ23_RECV)),
                 ("same for Shuyang 2025 please, only the newly received ones", E("sy", "r.received.total"))],
          FU + "body switch; 沭阳 text 749 includes carry-over, question says newly received"),
        F("en", [("Shuyang 2025: lawsuits after review that were upheld?", E("sy", "a.litigation_after_review.upheld")),
                 ("and still pending?", E("sy", "a.litigation_after_review.pending"))], FU + "outcome switch"),
        F("en", [("Shanghai General Office 2025 total admin reviews?", E("sh25", "a.review.total")),
                 ("how many not concluded yet?", E("sh25", "a.review.pending"))], FU + "outcome switch"),
        F("en", [("Huaian 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
                 ("how many repealed tho?", E("ha", "c.normative_docs.repealed"))], FU + "column switch"),
        F("en", [("Shanghai General Office 2019: requests carried over from 2018?", E("sh19", "r.carried_over.total", alt=SH19_CO)),
                 ("and in 2025?", E("sh25", "r.carried_over.total", alt=SH25_CO))], FU + "year switch"),
        F("en", [("Shuyang 2025 newly received requests from individuals (not counting carry-overs)?",
                  E("sy", "r.received.natural_person")),
                 ("and from legal persons / organisations, all five org columns together?",
                  E("sy", "r.received.legal_person", alt=SY_LP))], FU + "column switch (derived legal_person)"),
        F("en", [("Hongze 2024: info not held, how many?", E("hz24", "r.unable.not_held.total")),
                 ("2023?", E("hz23", "r.unable.not_held.total"))], FU + "year switch"),
        F("en", [("Jianxi 2020 admin reviews total?", E("jx", "a.review.total")),
                 ("Shuyang 2025?", E("sy", "a.review.total")),
                 ("and Huaian for 2024", E("ha", "a.review.total", alt=HA_REV))], FU + "body switch x2"),
        F("en", [("Huaian 2024: requests closed under '3. other' in other handling?", E("ha", "r.other.other.total")),
                 ("and the ones dropped because fees weren't paid?", E("ha", "r.other.overdue_fee.total"))], FU + "row switch"),
        F("en", [("STCSM 2024 licensing decisions?", E("kw", "c.licensing.decisions")),
                 ("penalties?", E("kw", "c.punishment.decisions"))], FU + "row switch"),
        F("en", [("Shanghai General Office 2025: carried over from legal service orgs?", E("sh25", "r.carried_over.legal_services")),
                 ("what about individuals?", E("sh25", "r.carried_over.natural_person"))], FU + "column switch"),
        F("en", [("Shuyang admin fees 2025 in 万元?", E("sy", "c.fees.amount", unit=M)),
                 ("and Hongze 2023?", E("hz23", "c.fees.amount", unit=M)),
                 ("Hongze 2024?", E("hz24", "c.fees.amount", unit=M))], FU + "body then year switch"),
        F("en", [("Huaian 2024 - how many requests were carried over from 2023?", E("ha", "r.carried_over.total", alt=HA_CO)),
                 ("and carried forward to 2025?", E("ha", "r.carried_forward.total", alt=HA_CF))], FU + "row switch"),
        F("en", [("Shanghai General Office 2019, total requests handled?", E("sh19", "r.total_processed.total", alt=SH19_DONE)),
                 ("how many of them were from companies?", E("sh19", "r.total_processed.commercial"))], FU + "column switch"),
        F("en", [("Hongze 2023: refused as process information?", E("hz23", "r.withheld.process_info.total")),
                 ("and as internal affairs info?", E("hz23", "r.withheld.internal_affairs.total"))], FU + "row switch"),
        F("en", [("Shuyang 2025, 'other' under other handling (其他处理 3.其他)?", E("sy", "r.other.other.total")),
                 ("only individuals?", E("sy", "r.other.other.natural_person"))], FU + "column switch"),
        F("en", [("Jianxi 2020: normative docs published in total (对外公开总数量)?", E("jx", "c.normative_docs.total_published")),
                 ("and regulations?", E("jx", "c.regulations.total_published"))], FU + "row switch"),
        F("en", [("Shanghai General Office 2025: duplicate applications?", E("sh25", "r.not_processed.duplicate.total")),
                 ("Huaian 2024?", E("ha", "r.not_processed.duplicate.total")),
                 ("and Shuyang 2025", E("sy", "r.not_processed.duplicate.total"))], FU + "body switch x2"),
    ]


def textonly():
    TX = "[textonly] number stated only in the report text"
    return [
        # ---------------------------------------------------------------- zh (13)
        N("zh", "sy", "催办提示", 84, "次", "沭阳县那个倒计时报警器 25年一共发了几次催办提醒", TX),
        N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025清理了多少条过期信息啊", TX),
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府 2024 开了几场新闻发布会", TX),
        N("zh", "ha", "在运维政务新媒体", 95, "个", "淮安24年在运维的政务新媒体账号 一共几个", TX),
        N("zh", "sh25", "新闻通气会", 19, "场", "上海市府办2025年 开了几场新闻通气会", TX),
        N("zh", "sh25", "主动撤回", 157, "件", "市府办25年 申请人自己撤回的申请有几件", TX),
        N("zh", "kw", "直播 118", 118, "场", "上海科委24年视频号直播了多少场", TX),
        N("zh", "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年 对市政府常务会议重要议题权威发布了几次", TX),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区24年公开了几期政府常务会议", TX),
        N("zh", "jx", "601项事项", 601, "项", "涧西2020年梳理了多少项事项", TX, frm="梳理细化"),
        N("zh", "sy", "化解各类争议纠纷", 33, "件", "沭阳25年 办前沟通以后化解的争议纠纷 几件", TX),
        N("zh", "sh19", "政策解读共132件", 132, "件", "市府办2019 门户网站上发的政策解读一共多少件", TX),
        N("zh", "kw", "原创文章", 294, "篇", "上海科委24年公众号原创文章几篇？？ 想学习下他们怎么运营的", TX),
        # ---------------------------------------------------------------- en (26)
        N("en", "sy", "爆款内容", 52, "条", "my cousin works at the Shuyang media center lol. how many viral hits (爆款) did the county put out in 2025?", TX),
        N("en", "sy", "失效链接", 43, "处", "Shuyang 2025 - how many broken links on the site got fixed?", TX),
        N("en", "sy", "专栏33个", 33, "个", "how many columns (专栏) did Shuyang's new media run in 2025", TX),
        N("en", "sy", "办前主动沟通", 49, "次", "I applied for info in Shuyang in 2025 and they called me before answering. "
          "How many of those pre-handling talks did they do that year in total?", TX),
        N("en", "sy", "64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang publish together in its 2025 report?", TX),
        N("en", "sy", "意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public opinion solicitation on the county website?", TX),
        N("en", "ha", "公报》6", 6, "期", "how many issues of the Huai'an municipal gazette came out in 2024?", TX),
        N("en", "ha", "政策解读", 21, "个", "policy explainers (政策解读) Huaian made in 2024 - how many?", TX),
        N("en", "ha", "全覆盖检查", 4, "次", "how many full-coverage checks of disclosure columns did Huai'an organize in 2024?", TX),
        N("en", "ha", "信息处理费 3940", 3940, "元",
          "Did Huai'an charge info processing fees in 2024? how much in yuan? (asking for my dad, he got a fee notice)", TX),
        N("en", "sh25", "新闻发布会 42", 42, "场", "Reporter, Shanghai beat: how many municipal govt press conferences were held in 2025 per the General Office report? need it asap", TX),
        N("en", "sh25", "人事任免文件 196", 196, "件", "personnel appointment documents published by the Shanghai General Office in 2025?", TX),
        N("en", "sh25", "公文公开属性审查 166", 166, "件",
          "2025, Shanghai General Office - how many official documents got a disclosure-attribute review?", TX),
        N("en", "sh25", "公报》24", 24, "期", "How many issues of the Shanghai municipal gazette did they edit in 2025?", TX),
        N("en", "sh25", "10 个语种", 10, "个", "how many languages does the Shanghai International Services Portal cover per the 2025 report?", TX),
        N("en", "sh25", "办事服务指引 403", 403, "项", "Shanghai 2025 report: service guides published on the international portal?", TX),
        N("en", "kw", "集成式发布政策 121", 121, "条", "STCSM 2024, policies pushed to the integrated release platform?", TX),
        N("en", "kw", "关注人数", 1016823, "人",
          "my professor says the Shanghai Science WeChat account is huge - how many followers did STCSM report for 2024?", TX),
        N("en", "kw", "代表建议 50", 50, "件", "how many NPC deputies' suggestions did STCSM handle in 2024 (主合办)?", TX),
        N("en", "kw", "短视频 584", 584, "条", "STCSM's video channel in 2024: short videos posted?", TX),
        N("en", "sh19", "2261项事项", 2261, "项",
          "In the Shanghai General Office 2019 report, how many service items were hooked up to the one-stop (一网通办) acceptance platform?", TX),
        N("en", "sh19", "70家政府网站", 70, "家", "How many Shanghai government websites were checked every quarter in 2019?", TX),
        N("en", "sh19", "部门规范性文件45件", 45, "件",
          "2019 Shanghai gazette: how many departmental normative documents did it carry?", TX),
        N("en", "hz24", "2428", 2428, "条", "Hongze 2024 - how many items did the district publish on its gov website?", TX),
        N("en", "hz23", "1136", 1136, "条", "in Hongze's 2023 disclosure report, how many pieces of info were proactively published online?", TX),
        N("en", "jx", "办结率88.2%", 88.2, "%", "Jianxi 2020 completion rate for disclosure requests?", TX),
    ]


def cannot():
    CN = "[cannot] "
    return [
        # ---------------------------------------------------------------- zh (13)
        U("zh", "淮安24年的申请人里 男的女的各多少？", "申请人性别不在报告中", CN + "sex breakdown"),
        U("zh", "洪泽区2022年收到多少信息公开申请", "语料中没有洪泽区2022年报告", CN + "year not held"),
        U("zh", "沭阳2024年的行政复议有几件 急", "语料中没有沭阳县2024年报告", CN + "year not held"),
        U("zh", "南京市2024年依申请公开一共多少件", "语料中没有南京市的报告", CN + "body not held"),
        U("zh", "上海科委2024年那些申请 平均多少天答复的", "报告未给出答复天数", CN + "response time"),
        U("zh", "涧西区2020年 专门搞信息公开的工作人员有几个人", "报告未给出人员数量", CN + "staff"),
        U("zh", "市府办2025年 哪个区的人申请最多", "报告没有按区的申请人分布", CN + "district breakdown"),
        U("zh", "淮安市25年的年报 新收申请多少", "语料中没有淮安市2025年报告", CN + "year not held"),
        U("zh", "沭阳25年 申请里 关于拆迁征收的有几件", "报告没有按主题分类的申请数", CN + "topic breakdown"),
        U("zh", "宿迁市2025年主动公开了多少条信息", "语料中没有宿迁市的报告", CN + "body not held"),
        U("zh", "洪泽区23年那21个申请人都是谁 能告诉我名字吗", "个人信息，报告不含", CN + "personal data"),
        U("zh", "你觉得上海市府办2019年的信息公开做得好不好？", "评价性问题，报告无此数据", CN + "opinion"),
        U("zh", "淮安 2026年 预计会收到多少申请", "预测，报告不含", CN + "forecast"),
        # ---------------------------------------------------------------- en (26)
        U("en", "Huaian 2024 requests by month? which month was busiest?", "no monthly breakdown in the report", CN + "month"),
        U("en", "How many disclosure requests did Hongze get in 2022?", "no Hongze 2022 report in the corpus", CN + "year not held"),
        U("en", "Shuyang 2024 admin reviews - number?", "no Shuyang 2024 report in the corpus", CN + "year not held"),
        U("en", "STCSM 2023 new applications? my boss wants the 2023 number, not 2024", "no STCSM 2023 report in the corpus", CN + "year not held"),
        U("en", "Jianxi 2021: how many requests received?", "no Jianxi 2021 report in the corpus", CN + "year not held"),
        U("en", "Shanghai General Office 2022 total requests?", "no 2022 report of the office in the corpus", CN + "year not held"),
        U("en", "Pudong New Area 2024, how many disclosure requests?", "no Pudong report in the corpus", CN + "body not held"),
        U("en", "Qingjiangpu District (清江浦区) 2024 info disclosure applications?", "no Qingjiangpu report in the corpus",
          CN + "body not held"),
        U("en", "What share of Shuyang's 2025 applicants were women?", "no sex breakdown in the report", CN + "sex"),
        U("en", "Age breakdown of people who asked Huai'an for info in 2024?", "no age breakdown", CN + "age"),
        U("en", "How long on average did the Shanghai General Office take to answer a request in 2025?",
          "response times not reported", CN + "response time"),
        U("en", "How many staff work on info disclosure at Hongze district in 2024?", "staff numbers not reported", CN + "staff"),
        U("en", "How much did Huai'an spend running its government website in 2024?", "costs not reported", CN + "cost"),
        U("en", "Which industries were the companies that asked STCSM for info in 2024 in?", "no industry breakdown",
          CN + "industry"),
        U("en", "Shuyang 2025: how many requests came in online vs by mail?", "no channel breakdown", CN + "channel"),
        U("en", "Which township in Hongze filed the most requests in 2023?", "no township breakdown", CN + "township"),
        U("en", "Why did requests to the Shanghai General Office drop in 2019? what was the reason?",
          "the report states the fall but no reason", CN + "reason not stated"),
        U("en", "Will Shuyang get more disclosure requests in 2026, you think?", "forecast", CN + "forecast"),
        U("en", "Which Huai'an city department got the most disclosure requests in 2024?", "no department breakdown",
          CN + "department"),
        U("en", "Can you give me the names of the people who sued Huaian over disclosure in 2024?", "personal data",
          CN + "personal data"),
        U("en", "How many disclosure requests did Huaiyin District (淮阴区) handle in 2024?", "no Huaiyin report in the corpus",
          CN + "body not held"),
        U("en", "Jianxi 2020: how many requests were about demolition compensation?", "no topic breakdown", CN + "topic"),
        U("en", "Was STCSM's 2024 disclosure work better than Beijing's science commission?", "opinion; body not held",
          CN + "opinion"),
        U("en", "Shanghai General Office 2025: how many requests came from foreigners or overseas residents?",
          "no residence breakdown", CN + "residence"),
        U("en", "Hongze 2024 applications per quarter? Q1 Q2 etc", "no quarterly breakdown", CN + "quarter"),
        U("en", "Shuyang 2023 info processing fees collected?", "no Shuyang 2023 report in the corpus", CN + "year not held"),
    ]


def neighbour():
    NB = "[neighbour] the neighbouring cell is the naive answer: "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024 从上一年结过来的申请 几件（不是转到下一年的那个）",
          NB + "结转上年 vs 下年", alt=HA_CO),
        T("zh", "sy", "a.litigation_direct.total", "沭阳25年 没有先复议 就直接去法院起诉的 几件", NB + "直接起诉 vs 复议后起诉"),
        T("zh", "hz23", "c.normative_docs.issued", "洪泽区23年 新制发的行政规范性文件几件？ 不是废止的", NB + "制发 vs 废止"),
        T("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年 规范性文件对外公开总数量是多少 不要本年新制作的",
          NB + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.unable.needs_creation.total",
          "Huaian 2024: 'no ready-made info, would have to be created' - how many? not the 'we don't hold it' row", NB + "另行制作 vs 不掌握"),
        T("en", "ha", "r.withheld.process_info.total",
          "Huai'an 2024, withheld as process information - I mean the 四类过程性信息 line, not internal affairs", NB + "过程性信息 vs 内部事务"),
        T("en", "ha", "a.review.other", "Huaian 2024 admin reviews that ended with 'other result' (其他结果), not the corrected ones",
          NB + "其他结果 vs 纠正", alt=HA_OTH),
        T("en", "sy", "r.partially_granted.total", "Shuyang 2025: partial disclosures only, not the full ones", NB + "部分公开 vs 予以公开"),
        T("en", "sh25", "r.carried_over.total",
          "Shanghai General Office 2025: requests inherited from 2024 (carry-in, not carry-out)", NB + "结转上年 vs 下年", alt=SH25_CO),
        T("en", "sy", "r.received.commercial",
          "Shuyang 2025 newly received requests from commercial enterprises - not law firms", NB + "商业企业 vs 法律服务机构"),
        T("en", "sy", "r.other.overdue_correction.total",
          "Shuyang 2025: dropped because the applicant didn't supplement in time - not the unpaid-fee ones",
          NB + "逾期不补正 vs 逾期未缴费"),
        T("en", "sh19", "r.not_processed.duplicate.commercial",
          "Shanghai General Office 2019: duplicate applications from companies (not the petition ones)", NB + "重复申请 vs 信访"),
        T("en", "sy", "a.review.other", "Shuyang 2025 admin reviews with an 'other' result - not the corrected ones",
          NB + "其他结果 vs 纠正"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
