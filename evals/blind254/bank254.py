"""Question bank of blind evaluation set 254 (evals/blind254): everyday traffic typed on phones.

WARNING: this file holds the text of EVERY test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

All wordings were newly written for this set (short Chinese with stray spaces and homophone
slips, doubled punctuation, two-digit years, colloquial non-native English with Chinese labels in
brackets, a short story before the question, polite fillers after it, everyday short names of the
bodies, reports named loosely). No number is typed here: every expected value is computed by
helpers254 from corpus/gold/*.json, from a printed table row of a report without gold (SPECS
below: the same cells blind6's text_cells.json verified), or cut from the report text as a
sentence that holds the number.

Report ids: jx 涧西区人民政府办公室 2020, ha 淮安市人民政府 2024, hz23 / hz24 淮安市洪泽区人民政府
2023 / 2024, sy 沭阳县人民政府 2025, kw 上海市科学技术委员会 2024, sh25 / sh19 上海市人民政府办公厅
2025 / 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from helpers254 import (C, D, E, ED, EN, ER, EU, F, L, N, R, S, T, U, V, cols)  # noqa: E402,F401

# Printed cells of the three reports without gold: (row label, column index) or (anchor, index).
# Exactly the specs of evals/blind6/text_cells.json (verified there); nothing new.
A08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
A05 = "四、政府信息公开行政复议、行政诉讼情况"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A05, 14),
        "appeals.litigation_direct.total": ("after", A05, 9),
        "appeals.review.total": ("after", A05, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", A08, 14),
        "appeals.litigation_direct.pending": ("after", A08, 8),
        "appeals.litigation_direct.total": ("after", A08, 9),
        "appeals.review.pending": ("after", A08, 3),
        "appeals.review.total": ("after", A08, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
        "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UNABLE3 = ["r.unable.%s.total" % s for s in L.UNABLE]
WAN = "万元"


def plain(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


# ============================================================== [plain] one table value
def PLAIN():
    out = []
    a = out.append
    # ---- 淮安市人民政府 2024 (gold 001)
    a(plain("en", "ha", "r.received.total",
            "my cousin sent a request to the Huaian city government in 2024, now im curious... "
            "how many new requests did they get in total that year [本年新收]? thx",
            "received total; text states 受理 3119 too", alt=("3119", 3119)))
    a(plain("zh", "ha", "r.received.natural_person",
            "淮安市政府 24年 个人(自然人)新收的申情有几件？？",
            "received, natural persons; 申情 typo"))
    a(plain("en", "ha", "r.received.legal_services",
            "teacher here, preparing a civics class. In the Huai'an 2024 report how many requests came "
            "in from law firms (法律服务机构)? thank you so much",
            "received, legal service institutions"))
    a(plain("en", "ha", "r.unable.not_held.total",
            "so in 2024 how many times did Huaian city gov basically say 'we dont have that info'?? "
            "the 本机关不掌握 line, total pls",
            "unable: not held, total"))
    a(plain("zh", "ha", "r.granted.total",
            "请问 淮安市2024年的年报里  予以公开 的一共多少件呀，，谢谢",
            "granted total"))
    a(plain("en", "ha", "a.review.total",
            "Reporter here, deadline tonight. Huai'an municipal government, 2024: total number of "
            "disclosure-related administrative reconsiderations (行政复议)?",
            "appeals review total; text states 351 too", alt=("行政复议 351", 351)))
    a(plain("en", "ha", "c.fees.amount",
            "my uncle says Huaian city charges too many fees lol. how much admin fee money "
            "(行政事业性收费) they took in during 2024? 万元 figure is fine",
            "fees amount 万元", unit=WAN))
    a(plain("zh", "ha", "c.punishment.decisions",
            "淮安 2024  行政处法 决定数量 是多少",
            "punishment decisions; 处法 homophone"))
    a(plain("en", "ha", "r.not_processed.reconfirm.total",
            "Huaian 2024: people who asked the government to confirm or re-issue info they already "
            "had (确认或重新出具) - how many of those requests were simply not processed?",
            "not processed: reconfirm, total"))
    a(plain("zh", "ha", "r.received.commercial",
            "我在公司做行政，老板让我查下：淮安市人民政府2024年 商业企业 新提交的信息公开申请 有多少件？",
            "received, commercial; company clerk story"))
    a(plain("en", "ha", "r.withheld.admin_query.total",
            "hi, for Huai'an 2024 how many were refused because its an 'administrative query' "
            "matter (行政查询事项)? sorry my english",
            "withheld: admin query, total"))
    a(plain("zh", "ha", "r.not_processed.petition.total",
            "淮安市政府2024年 信访举报投诉类的申请 不于处理 的有多少",
            "not processed: petition, total; 不于 typo"))
    a(plain("en", "ha", "a.litigation_direct.total",
            "pls help, Huaian govt 2024 - lawsuits that went straight to court w/o reconsideration "
            "first, how many in total? cheers",
            "litigation direct total"))
    a(plain("en", "ha", "c.normative_docs.issued",
            "intern at a law firm here. How many normative documents did Huaian city put out in "
            "2024? (行政规范性文件, 本年制发) need it for a memo",
            "normative docs issued"))
    a(plain("en", "ha", "r.total_processed.total",
            "Huaian '24 - total requests they dealt with, the [（七）总计] row, all applicants. thx!!",
            "total processed; text states 答复 3050 too", alt=("3119", 3050)))
    a(plain("zh", "ha", "r.other.overdue_correction.total",
            "淮安24年 申请人逾期不补正、政府就不再处理的 有几个？",
            "other handling: overdue correction, total"))
    a(plain("en", "ha", "c.coercion.decisions",
            "what is number of administrative coercion (行政强制) decisions for Huai'an in 2024? ty",
            "coercion decisions"))
    a(plain("en", "ha", "a.review.corrected",
            "In the Huaian 2024 disclosure report, in how many reconsiderations did the reviewing "
            "body correct the city (结果纠正)?",
            "review corrected"))
    a(plain("zh", "ha", "r.withheld.security_stability.total",
            "淮安市 2024  危及三安全一稳定 不予公开的 几件。。",
            "withheld: security/stability, total"))
    a(plain("en", "ha", "r.not_processed.duplicate.total",
            "i keep sending the same request again and again haha. in Huaian's 2024 disclosure "
            "report, how many got no processing because they were repeat applications?",
            "not processed: duplicate, total"))
    # ---- 沭阳县人民政府 2025 (gold 006)
    a(plain("zh", "sy", "r.received.total",
            "沭阳县25年 本年新收的申请 总共多少件（不算上年结转过来的）",
            "received total; text 749 includes carried over, question excludes it"))
    a(plain("en", "sy", "r.withheld.internal_affairs.total",
            "Shuyang county, 2025 - how many disclosure requests they refused as internal affairs "
            "info (三类内部事务信息)? sorry if dumb question",
            "withheld: internal affairs, total"))
    a(plain("en", "sy", "a.review.upheld",
            "I'm a law student writing on info disclosure disputes. Shuyang 2025 - how many "
            "reconsideration cases ended with the decision upheld (结果维持)?",
            "review upheld; student story"))
    a(plain("zh", "sy", "c.licensing.decisions",
            "沐阳县2025 行政许可 处理决定 多少个",
            "licensing decisions; 沐阳 slip"))
    a(plain("en", "sy", "c.fees.amount",
            "small business owner in Shuyang. total admin fees the county collected in 2025? the "
            "number in 万元 please",
            "fees amount 万元", unit=WAN))
    a(plain("en", "sy", "r.unable.needs_creation.total",
            "Shuyang County gov 2025: requests they couldnt provide because it would mean making new "
            "info (需要另行制作) - total?",
            "unable: needs creation, total"))
    a(plain("zh", "sy", "r.granted.natural_person",
            "沭阳 2025年 予以公开  自然人那一栏 是多少啊",
            "granted, natural persons"))
    a(plain("zh", "sy", "a.review.pending",
            "沭阳县政府2025年度 行政复意 到年底还没审结的 有几个。。",
            "review pending; 复意 homophone"))
    a(plain("en", "sy", "c.punishment.decisions",
            "for Shuyang County 2025 what is the number of administrative penalty decisions? "
            "just the figure, no explanation needed",
            "punishment decisions"))
    a(plain("en", "sy", "r.other.other.total",
            "the Shuyang annual report for 2025, under other handling there is a plain 'other' line "
            "(（六）3.其他) - total count?",
            "other handling: other, total"))
    a(plain("zh", "sy", "r.carried_forward.total",
            "沭阳县政府2025年 结转下年度继续办理 多少件 谢谢！",
            "carried forward total; text states 31 too", alt=("749", 31)))
    a(plain("en", "sy", "a.litigation_after_review.total",
            "Shuyang '25: lawsuits filed after a reconsideration (复议后起诉), total number?",
            "litigation after review total"))
    a(plain("en", "sy", "r.withheld.third_party.total",
            "quick one - Shuyang county 2025, requests refused to protect a third party's rights, "
            "all applicants? thanks in advance",
            "withheld: third party, total"))
    a(plain("en", "sy", "r.received.legal_services",
            "how many applications Shuyang get from legal service firms, new ones in 2025?",
            "received, legal services"))
    a(plain("zh", "sy", "r.withheld.enforcement_files.total",
            "沭阳 2025 因为属于行政执法案卷 不予公开的 有几件？？",
            "withheld: enforcement files, total"))
    a(plain("en", "sy", "c.normative_docs.in_force",
            "Shuyang 2025 - how many normative docs are currently valid (现行有效件数)? appreciate it",
            "normative docs in force"))
    a(plain("en", "sy", "a.litigation_direct.upheld",
            "Shuyang county 2025: of the lawsuits filed directly (no reconsideration before), in "
            "how many did the court uphold the county?",
            "litigation direct upheld"))
    a(plain("en", "sy", "r.other.overdue_fee.total",
            "Shuyang 2025: applicant didnt pay the fee on time so the request was dropped - "
            "how many times that happened?",
            "other handling: overdue fee, total"))
    # ---- 上海市人民政府办公厅 2019 (gold 009)
    a(plain("en", "sh19", "r.received.total",
            "Writing a piece on Shanghai for a school magazine. Shanghai general office 2019, new "
            "requests received in total? (本年新收)",
            "received total; text states 859 too", alt=("回落12.3%", 859)))
    a(plain("zh", "sh19", "r.withheld.admin_query.natural_person",
            "上海市府办 2019年 自然人申请里 属于行政查询事项 不予公开的 几件",
            "withheld: admin query, natural persons"))
    a(plain("en", "sh19", "c.procurement.amount",
            "that 2019 Shanghai GO report - centralized procurement (政府集中采购) total amount, in 万元?",
            "procurement amount 万元 (printed 251000元)", unit=WAN))
    a(plain("en", "sh19", "c.regulations.total_published",
            "2019 Shanghai municipal govt general office: how many regulations published in total "
            "so far (对外公开总数量)? thx a lot",
            "regulations total published"))
    a(plain("zh", "sh19", "r.unable.not_held.natural_person",
            "上海市政府办公厅19年 自然人申请 因为本机关不掌握 无法提供 的有几件",
            "unable: not held, natural persons (row total printed blank)"))
    a(plain("en", "sh19", "r.not_processed.petition.natural_person",
            "Shanghai 2019 (市府办): petition / complaint type requests from individuals that "
            "were not processed - how many?",
            "not processed: petition, natural persons"))
    a(plain("en", "sh19", "r.unable.needs_creation.natural_person",
            "Shanghai general office 2019 - requests from individuals that couldnt be met because "
            "the info would have to be newly made (另行制作)? no rush",
            "unable: needs creation, natural persons (row total printed blank)"))
    a(plain("zh", "sh19", "r.carried_forward.total",
            "帮忙看下 上海市府办2019年 结转到下一年继续办的 有多少件",
            "carried forward total; text states 72 顺延 too", alt=("回落12.3%", 72)))
    a(plain("en", "sh19", "r.unable.unclear.natural_person",
            "In 2019 how many individuals' requests did Shanghai's general office mark as still "
            "unclear even after correction?",
            "unable: unclear, natural persons"))
    a(plain("zh", "sh19", "r.withheld.state_secret.natural_person",
            "请问 上海市府办2019年报里 自然人申请 属于国家秘密 不予公开 是多少",
            "withheld: state secret, natural persons"))
    a(plain("en", "sh19", "r.received.commercial",
            "Shanghai GO 2019, companies (商业企业) - how many new requests they sent?",
            "received, commercial"))
    # ---- 淮安市洪泽区人民政府 2023 (gold 004)
    a(plain("zh", "hz23", "c.licensing.decisions",
            "洪泽区 23年 行政许可 决定数  麻烦了",
            "licensing decisions"))
    a(plain("en", "hz23", "c.fees.amount",
            "Hongze district 2023 - how much in admin fees did they collect? in 万元 pls",
            "fees amount 万元", unit=WAN))
    a(plain("en", "hz23", "c.normative_docs.repealed",
            "Hongze 2023, how many normative documents got scrapped?",
            "normative docs repealed"))
    a(plain("zh", "hz23", "r.unable.not_held.total",
            "洪泽区2023年报 里面 回复 本机关不掌握 的一共几件？",
            "unable: not held, total"))
    a(plain("zh", "hz23", "r.partially_granted.total",
            "洪泽区政府2023年  部分公开的申请数 是多少",
            "partially granted total"))
    a(plain("en", "hz23", "c.coercion.decisions",
            "Hongze 2023: administrative coercion decisions, what number do they report?",
            "coercion decisions"))
    a(plain("en", "hz23", "r.withheld.state_secret.total",
            "in Hongze's 2023 disclosure report, how many requests were withheld as state secrets "
            "(国家秘密)?",
            "withheld: state secret, total"))
    a(plain("en", "hz23", "a.review.upheld",
            "Hongze 2023 - in how many reconsideration cases was the district's decision upheld (维持)?",
            "review upheld (printed total 0 not used)"))
    a(plain("zh", "hz23", "c.punishment.decisions",
            "洪泽 2023 年 行政处罚 多少个啊",
            "punishment decisions"))
    a(plain("en", "hz23", "r.received.total",
            "Hongze district gov 2023: new requests received in the year, total [本年新收]?",
            "received total; text states 21 too", alt=("21 件", 21)))
    # ---- 上海市人民政府办公厅 2025 (no gold: text cells)
    a(plain("en", "sh25", "a.review.total",
            "Shanghai general office 2025 - reconsiderations total? (the table note says carried-over "
            "cases are included, thats fine)",
            "review total (text cell)"))
    a(plain("zh", "sh25", "r.received.natural_person",
            "上海市府办 2025  本年新收申情 自然人 几件",
            "received, natural persons (text cell)"))
    a(plain("en", "sh25", "r.granted.total",
            "PhD student here, comparing provincial-level offices. Shanghai GO 2025, requests "
            "granted in full (予以公开) total?",
            "granted total (text cell)"))
    a(plain("en", "sh25", "r.unable.not_held.total",
            "2025 Shanghai municipal gov general office: how many requests got 'not held by this "
            "agency'? thanks!",
            "unable: not held, total (text cell)"))
    a(plain("en", "sh25", "r.not_processed.duplicate.total",
            "Shanghai 2025 (市府办): how many duplicate applications were not processed?",
            "not processed: duplicate, total (text cell)"))
    a(plain("zh", "sh25", "a.review.pending",
            "2025年上海市政府办公厅 行政复议 尚未审结的 有几件？？",
            "review pending (text cell)"))
    a(plain("en", "sh25", "a.litigation_direct.total",
            "Shanghai general office 2025: lawsuits filed directly in court (未经复议直接起诉), total?",
            "litigation direct total (text cell)"))
    a(plain("en", "sh25", "a.litigation_direct.pending",
            "Shanghai GO 2025 - how many direct lawsuits not yet concluded at year end?",
            "litigation direct pending (text cell)"))
    a(plain("en", "sh25", "r.received.commercial",
            "Company clerk, my manager asked: Shanghai govt office 2025, new requests from "
            "commercial enterprises?",
            "received, commercial (text cell)"))
    # ---- 淮安市洪泽区人民政府 2024 (no gold: text cells)
    a(plain("en", "hz24", "c.licensing.decisions",
            "in Hongze's 2024 disclosure report, licensing decisions (行政许可)?",
            "licensing decisions (text cell)"))
    a(plain("zh", "hz24", "c.fees.amount",
            "洪泽区 2024 行政事业性收费 金额 多少万元？",
            "fees amount 万元 (text cell)", unit=WAN))
    a(plain("en", "hz24", "r.granted.total",
            "Hongze District 2024: how many requests were disclosed in full? thank u",
            "granted total (text cell)"))
    a(plain("en", "hz24", "a.review.total",
            "Hongze 2024 - administrative reconsideration (行政复议) total pls",
            "review total (text cell)"))
    a(plain("zh", "hz24", "c.normative_docs.in_force",
            "洪泽24年 行政规范姓文件 现行有效 几件",
            "normative docs in force (text cell); 姓 homophone"))
    a(plain("en", "hz24", "a.litigation_after_review.total",
            "Hongze district 2024, how many lawsuits came after reconsideration - total number?",
            "litigation after review total (text cell)"))
    a(plain("en", "hz24", "c.punishment.decisions",
            "Hongze '24 - how many administrative penalties decided?",
            "punishment decisions (text cell)"))
    a(plain("en", "hz24", "r.unable.not_held.total",
            "Hongze 2024: 'not held by this agency' (本机关不掌握) total? my request was one of them i think",
            "unable: not held, total (text cell)"))
    # ---- 涧西区人民政府办公室 2020 (gold seed)
    a(plain("zh", "jx", "c.procurement.amount",
            "涧西区 2020年 政府集中采购 金额 多少万？？",
            "procurement amount 万元", unit=WAN))
    a(plain("en", "jx", "r.granted.total",
            "Jianxi district office 2020: how many requests were granted? (予以公开)",
            "granted total"))
    a(plain("en", "jx", "c.normative_docs.made",
            "Jianxi 2020, how many normative documents they newly drafted?",
            "normative docs made (2019 format)"))
    a(plain("en", "jx", "a.review.total",
            "retired teacher, just curious - Jianxi district 2020: reconsideration cases in total?",
            "review total"))
    a(plain("zh", "jx", "r.unable.not_held.total",
            "涧西区政府办2020年 本机关不掌握 无法提供的 几件？",
            "unable: not held, total"))
    a(plain("en", "jx", "c.procurement.projects",
            "Jianxi 2020 centralized procurement - number of projects? thanks",
            "procurement projects"))
    a(plain("en", "jx", "r.carried_forward.total",
            "Jianxi district office 2020, requests still open and carried to the next year?",
            "carried forward total; text states 在办2件 too", alt=("办结率88.2%", 2)))
    # ---- 上海市科学技术委员会 2024 (no gold: text cells)
    a(plain("zh", "kw", "r.received.total",
            "上海市科委 2024年 一共新收了多少信息公开申请？",
            "received total (text cell); text states 34 too", alt=("34 件", 34)))
    a(plain("zh", "kw", "c.licensing.decisions",
            "上海科委 2024年 行政许可 决定 多少 谢谢",
            "licensing decisions (text cell)"))
    a(plain("en", "kw", "c.normative_docs.in_force",
            "Shanghai science commission 2024, how many normative docs in force?",
            "normative docs in force (text cell)"))
    a(plain("en", "kw", "r.received.natural_person",
            "STCSM '24, new requests from private individuals (自然人)?",
            "received, natural persons (text cell)"))
    a(plain("zh", "kw", "r.granted.total",
            "市科委24年 同意公开(予以公开)的有几件",
            "granted total (text cell); text states 同意公开 9 too", alt=("同意公开答复", 9)))
    a(plain("en", "kw", "r.total_processed.total",
            "Shanghai Science and Technology Commission 2024: total requests handled ((七)总计)?",
            "total processed (text cell)"))
    a(plain("en", "kw", "c.punishment.decisions",
            "startup founder here, STCSM 2024 how many admin penalty decisions did they make?",
            "punishment decisions (text cell)"))
    a(plain("en", "kw", "r.received.commercial",
            "Shanghai sci-tech commission 2024: new requests from companies (商业企业)?",
            "received, commercial (text cell)"))
    return out


# ============================================================== [combine] sums and differences
def COMBINE():
    out = []
    a = out.append
    s = "[combine] "
    # ---- sums (all cells listed explicitly)
    a(S("en", "ha", WITHHELD8,
        "Doing a chart for my NGO. For Huaian 2024 can you add up every 不予公开 reason (the 8 "
        "sub-rows: state secret, other laws, 三安全一稳定, third party, internal affairs, process "
        "info, enforcement files, admin query)? one number pls",
        s + "sum of the 8 withheld sub-rows, total column"))
    a(S("zh", "ha", ["r.received.total", "r.carried_over.total"],
        "淮安24年 本年新收 加上 上年节转 合起来 多少件？",
        s + "received + carried over, totals"))
    a(S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
        "local reporter. Huaian city 2024 - all disclosure lawsuits together, the direct ones "
        "plus the ones after reconsideration?",
        s + "litigation direct + after review totals; text states 46 too",
        alt=("行政诉讼 46", 46)))
    a(S("en", "sy", UNABLE3,
        "Shuyang 2025, the whole 'unable to provide' block (无法提供: not held + needs creating + "
        "still unclear) summed up?",
        s + "sum of the 3 unable sub-rows"))
    a(S("en", "sy", ["r.granted.total", "r.partially_granted.total"],
        "For Shuyang county 2025 how many requests got at least something released - fully "
        "disclosed plus partly disclosed? thx",
        s + "granted + partially granted totals"))
    a(S("zh", "sy", ["a.review.total", "a.litigation_direct.total",
                     "a.litigation_after_review.total"],
        "沭阳县 2025 行政复议+直接起诉+复议后起诉 三个总计 加一起是多少件",
        s + "three appeals totals; text states 74 相关案件 too", alt=("74 件", 74)))
    a(S("en", "sh19", cols("not_processed.petition") + cols("not_processed.duplicate"),
        "Shanghai GO 2019: requests not processed as petitions plus duplicates, all applicant "
        "types together? (the total column is empty in that table so maybe add the columns)",
        s + "12 cells: petition + duplicate rows by column (printed totals blank); text states "
            "不予处理158件 too", alt=("不予处理158件", 158)))
    a(S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
        "Shanghai general office 2019 - individuals only: new requests plus those carried over "
        "from 2018, how many altogether?",
        s + "received + carried over, natural persons"))
    a(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                       "r.withheld.enforcement_files.total"],
        "洪泽区2023  国家秘密、过程性信息、行政执法案卷 这三种不予公开 一共几件",
        s + "3 withheld sub-rows"))
    a(S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions",
                       "c.coercion.decisions"],
        "Hongze 2023: licensing + penalty + coercion decisions all added together, what do I get?",
        s + "three active decision counts"))
    a(S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
        "上海市府办2025年 信访举报类 和 重复申请 这两项不予处理 加起来多少？？",
        s + "petition + duplicate totals (text cells)"))
    a(S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
        "Shanghai general office 2025 - 'not held' plus 'would need to be newly made', "
        "combined? for my thesis table",
        s + "not held + needs creation totals (text cells)"))
    a(S("en", "kw", ["r.received.total", "r.carried_over.total"],
        "STCSM 2024: new requests + the ones carried over from 2023, sum pls",
        s + "received + carried over totals (text cells)"))
    a(S("en", "jx", ["a.review.total", "a.litigation_direct.total",
                     "a.litigation_after_review.total"],
        "Jianxi district 2020, reconsideration + both kinds of lawsuit, how many cases overall?",
        s + "three appeals totals"))
    a(S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
        "洪泽 24年 行政处罚 和 行政强制 决定数 合计一下  谢谢",
        s + "punishment + coercion (text cells)"))
    a(S("en", "ha", ["r.received.%s" % c for c in L.ORG_COLS],
        "Huaian 2024: new requests from all organisations (法人或其他组织) - add the five org "
        "columns for me please",
        s + "5 organisation columns of received"))
    # ---- differences: later year minus earlier year, one body
    a(D("en", "hz23", "hz24", "c.licensing.decisions",
        "Hongze district licensing decisions, 2024 vs 2023 - by how much did it change? "
        "seems like a big jump",
        s + "difference 2024-2023 (2024 text cell)"))
    a(D("zh", "hz23", "hz24", "c.punishment.decisions",
        "洪泽区 行政处罚决定 24年比23年 多了还是少了 差多少？",
        s + "difference 2024-2023 (2024 text cell)"))
    a(D("en", "hz23", "hz24", "c.fees.amount",
        "Hongze admin fee revenue: whats the change from 2023 to 2024 in 万元?",
        s + "difference 2024-2023 in 万元 (2024 text cell)", unit=WAN))
    a(D("en", "hz23", "hz24", "r.granted.total",
        "i compare Hongze 2023 and 2024 reports: requests fully disclosed went up by how many?",
        s + "difference 2024-2023 (2024 text cell)"))
    a(D("en", "hz23", "hz24", "r.unable.not_held.total",
        "Hongze, 'not held by this agency' answers: 2024 minus 2023?",
        s + "difference 2024-2023 (2024 text cell)"))
    a(D("zh", "hz23", "hz24", "c.normative_docs.issued",
        "洪泽 行政规范性文件 本年制发件数 2024年比2023年 增加几件",
        s + "difference 2024-2023 (2024 text cell)"))
    a(D("en", "sh19", "sh25", "r.received.total",
        "Shanghai general office: new requests in 2025 compared with 2019, how many more did "
        "they get?",
        s + "difference 2025-2019 (2025 text cell); 2025 text states 1295 too",
        alt=("1295", 1295)))
    a(D("en", "sh19", "sh25", "r.carried_forward.total",
        "For the Shanghai GO, carried-forward requests at end of 2019 vs end of 2025 - what's the "
        "difference?",
        s + "difference 2025-2019 (2025 text cell)"))
    a(D("en", "sh19", "sh25", "a.review.total",
        "Shanghai general office reconsiderations total, 2025 minus 2019? (for a trend slide)",
        s + "difference 2025-2019 (2025 text cell)"))
    a(D("zh", "sh19", "sh25", "r.received.natural_person",
        "上海市府办 自然人新收申请 2025年 比 2019年 多出多少。。",
        s + "difference 2025-2019, natural persons (2025 text cell)"))
    return out


# ============================================================== [rank] rankings over gold bodies
def RANK():
    out = []
    a = out.append
    s = "[rank] "
    a(R("en", ["ha", "sy", "hz23", "jx"], "r.received.total", "desc",
        "which one got the most new requests: Huaian 2024, Shuyang 2025, Hongze 2023 or Jianxi "
        "2020? for a quiz at our office lol", s + "received total, desc"))
    a(R("zh", ["sh19", "sy", "jx"], "r.received.total", "asc",
        "上海市府办2019、沭阳2025、涧西2020 这三个 谁的新收申请最少？", s + "received total, asc"))
    a(R("en", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc",
        "Between Shuyang 2025, Shanghai GO 2019 and Jianxi 2020, who carried the most requests "
        "over into the next year?", s + "carried forward total, desc"))
    a(R("en", ["sy", "sh19", "hz23"], "r.carried_forward.total", "asc",
        "Shuyang (2025), Shanghai general office (2019), Hongze (2023): which had the fewest "
        "requests left to carry forward?", s + "carried forward total, asc"))
    a(R("en", ["sh19", "sy", "jx"], "a.litigation_direct.total", "asc",
        "lowest number of direct lawsuits - Shanghai GO 2019, Shuyang 2025 or Jianxi district "
        "2020?", s + "litigation direct total, asc"))
    a(R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
        "Most licensing decisions (行政许可) - Huaian 2024, Shuyang 2025 or Hongze 2023? just "
        "the winner", s + "licensing decisions, desc"))
    a(R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc",
        "淮安2024、沭阳2025、洪泽2023  行政处罚决定 哪家最少？？", s + "punishment decisions, asc"))
    a(C("ranking", "en", [(
        "Which collected the most admin fees: Huaian in 2024, Hongze in 2023, or Shuyang in "
        "2025? (行政事业性收费)",
        ER(["ha", "hz23", "sy"], "c.fees.amount", "desc", unit=WAN))],
        s + "fees amount (万元), desc"))
    a(R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
        "fewest normative docs still in force: Huai'an 2024 / Hongze 2023 / Shuyang 2025?",
        s + "normative docs in force, asc"))
    a(R("en", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "asc",
        "Of Huaian 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, who answered 'not held' "
        "the least often?", s + "unable not held total, asc"))
    a(R("zh", ["sy", "ha", "hz23"], "r.withheld.internal_affairs.total", "desc",
        "写论文用：内部事务信息 不予公开 最多的是哪个，沭阳25年、淮安24年、洪泽23年", s + "withheld internal affairs, desc"))
    a(R("en", ["sy", "jx", "hz23"], "a.review.upheld", "desc",
        "Reconsiderations upheld - who has the highest: Shuyang 2025, Jianxi district 2020, "
        "Hongze 2023?", s + "review upheld, desc"))
    a(R("zh", ["sy", "ha", "sh19"], "r.carried_over.total", "desc",
        "上年结转过来的申请 哪家最多？沭阳2025 淮安2024 上海市府办2019 比一下", s + "carried over total, desc"))
    return out


# ============================================================== [followup] 2-3 turns
def FOLLOWUP():
    out = []
    a = out.append

    def f(lang, turns, note):
        a(F(lang, turns, "[followup] " + note))

    f("en", [("in Hongze's 2023 disclosure report how many requests were disclosed in full?", E("hz23", "r.granted.total")),
             ("ok and 2024?", E("hz24", "r.granted.total"))],
      "year switch 2023 -> 2024 (2024 text cell)")
    f("zh", [("上海市府办 2019年  本年新收申请 总计多少", E("sh19", "r.received.total")),
             ("25年呢？？", E("sh25", "r.received.total"))],
      "year switch 2019 -> 2025 (2025 text cell)")
    f("en", [("doing homework on Jiangsu cities. Huaian city 2024, total new requests?", E("ha", "r.received.total")),
             ("how many of those from individuals", E("ha", "r.received.natural_person")),
             ("and companies (商业企业)?", E("ha", "r.received.commercial"))],
      "column switch total -> natural person -> commercial")
    f("en", [("Shuyang county 2025 reconsideration (行政复议) total? thx", E("sy", "a.review.total")),
             ("what about lawsuits filed directly", E("sy", "a.litigation_direct.total")),
             ("and the after-reconsideration ones?", E("sy", "a.litigation_after_review.total"))],
      "appeals group switch")
    f("zh", [("淮安 2024 行政许可 处理决定 多少 ？", E("ha", "c.licensing.decisions")),
             ("沭阳25年的呢", E("sy", "c.licensing.decisions"))],
      "body + year switch")
    f("en", [("Jianxi district 2020 - centralized procurement amount (万元)?", E("jx", "c.procurement.amount", unit=WAN)),
             ("and Shanghai general office in 2019?", E("sh19", "c.procurement.amount", unit=WAN))],
      "body + year switch, 万元")
    f("en", [("Shanghai GO 2019: individuals' requests that got 'not held by this agency'?",
              E("sh19", "r.unable.not_held.natural_person")),
             ("and in 2025 for everyone (total)?", E("sh25", "r.unable.not_held.total"))],
      "year + column switch (2025 text cell)")
    f("en", [("Hongze 2023 admin penalty decisions??", E("hz23", "c.punishment.decisions")),
             ("2024 pls", E("hz24", "c.punishment.decisions"))],
      "year switch (2024 text cell)")
    f("zh", [("沭阳2025年 部分公开 总共多少件", E("sy", "r.partially_granted.total")),
             ("那 予以公开 的呢", E("sy", "r.granted.total"))],
      "row switch")
    f("en", [("hey, STCSM 2024 - new requests total?", E("kw", "r.received.total", alt=("34 件", 34))),
             ("and how many were carried over from 2023", E("kw", "r.carried_over.total")),
             ("total handled then?", E("kw", "r.total_processed.total"))],
      "row switch (text cells)")
    f("en", [("journalist, quick check: Huai'an 2024 - disclosure reconsiderations, total number", E("ha", "a.review.total")),
             ("how many of them upheld", E("ha", "a.review.upheld")),
             ("and still pending at year end?", E("ha", "a.review.pending"))],
      "column switch in appeals")
    f("zh", [("洪泽区24年 行政复议 总计几件", E("hz24", "a.review.total")),
             ("直接起诉的呢", E("hz24", "a.litigation_direct.total"))],
      "appeals group switch (text cells)")
    f("zh", [("上海市府办 2019 行政复议 总计", E("sh19", "a.review.total", alt=("零败诉", 7))),
             ("2025年的呢 也是总计", E("sh25", "a.review.total"))],
      "year switch (2025 text cell)")
    f("en", [("Shuyang 2025 admin fee amount (万元)? pls", E("sy", "c.fees.amount", unit=WAN)),
             ("same item for Huaian 2024?", E("ha", "c.fees.amount", unit=WAN))],
      "body + year switch, 万元")
    f("en", [("Jianxi district office 2020, how many requests granted?", E("jx", "r.granted.total")),
             ("Hongze 2023?", E("hz23", "r.granted.total")),
             ("and Hongze 2024", E("hz24", "r.granted.total"))],
      "body + year switches")
    f("zh", [("淮安24年  本机关不掌握 无法提供 总计", E("ha", "r.unable.not_held.total")),
             ("另行制作的呢", E("ha", "r.unable.needs_creation.total")),
             ("补正后仍不明确 的 又是几件", E("ha", "r.unable.unclear.total"))],
      "row switch within unable")
    f("en", [("Shanghai general office 2025 total new requests? ty", E("sh25", "r.received.total", alt=("1295", 1295))),
             ("how many were from individuals", E("sh25", "r.received.natural_person"))],
      "column switch (text cells)")
    f("en", [("Shuyang 2025: requests carried over into 2025 from before, total?", E("sy", "r.carried_over.total")),
             ("and how many carried forward at the end of 2025?",
              E("sy", "r.carried_forward.total", alt=("749", 31)))],
      "row switch carried over -> carried forward")
    f("zh", [("上海科委 24年 行政许可 多少", E("kw", "c.licensing.decisions")),
             ("处罚呢", E("kw", "c.punishment.decisions"))],
      "row switch (text cells)")
    f("en", [("Huaian 2024 normative documents issued? (行政规范性文件)", E("ha", "c.normative_docs.issued")),
             ("repealed?", E("ha", "c.normative_docs.repealed")),
             ("in force?", E("ha", "c.normative_docs.in_force"))],
      "column switch in active table")
    f("en", [("Hongze 2023 licensing decisions pls", E("hz23", "c.licensing.decisions")),
             ("what about '24", E("hz24", "c.licensing.decisions"))],
      "year switch with '24 (2024 text cell)")
    f("zh", [("上海市府办19年 规章 本年新制作 几件", E("sh19", "c.regulations.made")),
             ("规范性文件呢", E("sh19", "c.normative_docs.made"))],
      "row switch (2019 format)")
    f("en", [("Shuyang county 2025, how many petition-type requests not processed (信访举报投诉类)?", E("sy", "r.not_processed.petition.total")),
             ("and duplicates?", E("sy", "r.not_processed.duplicate.total"))],
      "row switch within not processed")
    f("en", [("Huaian 2024: new requests from legal service institutions? thanks", E("ha", "r.received.legal_services")),
             ("Shuyang 2025 same thing?", E("sy", "r.received.legal_services"))],
      "body + year switch")
    f("zh", [("洪泽23年 行政强制 多少个", E("hz23", "c.coercion.decisions")),
             ("24年呢", E("hz24", "c.coercion.decisions"))],
      "year switch (2024 text cell)")
    f("en", [("Shanghai GO 2025 - carried over from 2024, individuals?", E("sh25", "r.carried_over.natural_person")),
             ("legal service orgs?", E("sh25", "r.carried_over.legal_services")),
             ("and the carried-forward total at the end of 2025?", E("sh25", "r.carried_forward.total"))],
      "column + row switch (text cells)")
    f("en", [("Jianxi 2020 - new requests received?", E("jx", "r.received.total", alt=("办结率88.2%", 17))),
             ("and how many got finished that year ((七)总计)?", E("jx", "r.total_processed.total", alt=("办结率88.2%", 15)))],
      "row switch; text states 17 / 15 too")
    f("en", [("Shuyang 2025, withheld as admin query matters (行政查询事项)?", E("sy", "r.withheld.admin_query.total")),
             ("Huaian 2024?", E("ha", "r.withheld.admin_query.total"))],
      "body + year switch")
    f("zh", [("沭阳25年 复议后起诉 结果维持 几件", E("sy", "a.litigation_after_review.upheld")),
             ("其他结果呢", E("sy", "a.litigation_after_review.other"))],
      "column switch in appeals")
    f("en", [("Hongze 2024 admin fees in 万元? my boss needs it", E("hz24", "c.fees.amount", unit=WAN)),
             ("and back in 2023?", E("hz23", "c.fees.amount", unit=WAN))],
      "year switch backwards (2024 text cell)")
    f("en", [("Huaian 2024: carried forward to next year (结转下年度), total?", E("ha", "r.carried_forward.total")),
             ("Shanghai general office 2019?", E("sh19", "r.carried_forward.total"))],
      "body + year switch")
    f("en", [("Shanghai GO 2019 centralized procurement, how many projects?", E("sh19", "c.procurement.projects")),
             ("and Jianxi 2020?", E("jx", "c.procurement.projects"))],
      "body + year switch")
    f("zh", [("淮安24年 复议后起诉 总计", E("ha", "a.litigation_after_review.total")),
             ("那直接起诉的呢", E("ha", "a.litigation_direct.total"))],
      "appeals group switch")
    f("en", [("Shuyang 2025 new requests from companies?", E("sy", "r.received.commercial")),
             ("what about Huaian in 2024?", E("ha", "r.received.commercial"))],
      "body + year switch")
    f("en", [("STCSM 2024 normative docs in force?", E("kw", "c.normative_docs.in_force")),
             ("how many issued in 2024?", E("kw", "c.normative_docs.issued"))],
      "column switch (text cells)")
    f("zh", [("上海市府办2025 予以公开 总计", E("sh25", "r.granted.total")),
             ("信访举报类 不予处理 呢", E("sh25", "r.not_processed.petition.total"))],
      "row switch (text cells)")
    f("en", [("Hongze 2023 - 'not held' answers, how many?", E("hz23", "r.unable.not_held.total")),
             ("and the 'needs to be newly made' ones", E("hz23", "r.unable.needs_creation.total"))],
      "row switch within unable")
    f("zh", [("上海市府办2019 属于过程性信息 不予公开的 自然人几件", E("sh19", "r.withheld.process_info.natural_person")),
             ("商业企业呢", E("sh19", "r.withheld.process_info.commercial"))],
      "column switch (row total printed blank)")
    f("en", [("Huaian 2024: didn't pay the fee in time so not processed - how many?", E("ha", "r.other.overdue_fee.total")),
             ("Shuyang 2025?", E("sy", "r.other.overdue_fee.total"))],
      "body + year switch")
    return out


# ============================================================== [textonly] numbers only the narrative states
def TEXTONLY():
    out = []
    a = out.append

    def n(lang, b, keyword, value, unit, q, note, frm=None):
        a(N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm))

    # 淮安市 2024
    n("en", "ha", "新闻发布会 12 场", 12, "场",
      "Huaian city 2024 - how many press conferences (新闻发布会) did they hold? "
      "asking for journalism class", "press conferences")
    n("zh", "ha", "公报》6 期", 6, "期",
      "淮安市政府24年 出了几期 政府公报？？", "gazette issues")
    n("en", "ha", "共计 95", 95, "个",
      "In Huai'an's 2024 report, how many government new-media accounts (政务新媒体) are still "
      "being run?", "new-media accounts in operation")
    n("en", "ha", "3940", 3940, "元",
      "Huaian 2024, the info-processing fee (信息处理费) they collected, in yuan?",
      "processing fee in 元", frm="2024 年，市政府严格")
    n("zh", "ha", "全覆盖检查", 4, "次",
      "那份24年淮安的报告里 说全年搞了几次 公开栏目全覆盖检查", "full-coverage checks")
    n("en", "ha", "政策解读", 21, "个",
      "Huaian 2024, how many policy interpretations (政策解读) did they produce?",
      "policy interpretations")
    # 沭阳县 2025
    n("en", "sy", "4511", 4511, "条",
      "Shuyang 2025 - number of items proactively published on the county portal website? ty",
      "portal items")
    n("zh", "sy", "意见征集9期", 9, "期",
      "沭阳县 2025 门户网站 开展意见征集 几期", "consultations")
    n("en", "sy", "专栏33个", 33, "个",
      "I follow Shuyang's accounts on Douyin. county 2025 report - how many columns (专栏) "
      "did they open on their new media?",
      "new-media columns")
    n("en", "sy", "爆款内容52条", 52, "条",
      "Shuyang 2025, the report brags about viral posts (爆款) - how many in total?",
      "viral posts")
    n("zh", "sy", "催办提示 84", 84, "次",
      "沭阳 25年 那个倒计时报警器 全年发了多少次 催办提示？", "reminders sent")
    n("en", "sy", "办前主动沟通 49", 49, "次",
      "Shuyang county 2025: how many times did they proactively talk to applicants before "
      "handling (办前主动沟通)?", "pre-handling contacts")
    n("en", "sy", "失效链接43处", 43, "处",
      "Shuyang 2025 - how many broken links they fixed on the website?", "broken links fixed")
    n("zh", "sy", "过期信息697条", 697, "条",
      "沭阳县2025年 清理了多少条过期信息", "outdated items cleaned")
    n("en", "sy", "64家单位", 64, "家",
      "In Shuyang's 2025 report, annual reports of how many units were published together?",
      "units whose annual reports were published")
    # 上海市府办 2019
    n("en", "sh19", "市政府其他文件162件", 162, "件",
      "Shanghai general office 2019: how many 'other municipal government documents' were "
      "proactively disclosed?", "other documents disclosed", frm="2019年，通过")
    n("zh", "sh19", "人事任免文件141件", 141, "件",
      "上海市府办2019 主动公开的 人事任免文件 几件", "personnel appointment documents", frm="2019年，通过")
    n("en", "sh19", "政策解读共132件", 132, "件",
      "Shanghai GO 2019 - policy interpretations released on the 'China Shanghai' portal, how "
      "many? (政策解读)", "policy interpretations on the portal")
    n("en", "sh19", "共计38次", 38, "次",
      "In 2019, how many times did the Shanghai general office put out the key topics of "
      "municipal executive meetings (常务会议)?", "executive-meeting releases")
    n("en", "sh19", "90.2%", 90.2, "%",
      "Shanghai general office 2019: the proactive disclosure rate of municipal government "
      "documents (公文主动公开率)?", "disclosure rate %")
    n("zh", "sh19", "70家政府网站", 70, "家",
      "上海市府办19年 每季度检查的 政府网站 有多少家？", "websites checked each quarter")
    # 上海市府办 2025
    n("en", "sh25", "人事任免文件 196", 196, "件",
      "Shanghai general office 2025 - how many personnel appointment documents (人事任免) were "
      "published?",
      "personnel documents", frm="全年主动公开")
    n("en", "sh25", "新闻发布会 42", 42, "场",
      "How many municipal government press conferences did Shanghai hold in 2025? sorry for "
      "my english",
      "press conferences")
    n("zh", "sh25", "新闻通气会 19", 19, "场",
      "上海 2025年 市政府 新闻通气会 开了几场啊", "press briefings")
    n("zh", "sh25", "主动撤回 157", 157, "件",
      "上海市府办2025年 申请人自己主动撤回的 有多少件",
      "withdrawn requests")
    n("en", "sh25", "10 个语种", 10, "个",
      "Shanghai International Services Portal per the 2025 general office report - how many "
      "languages does it cover now?", "languages")
    n("zh", "sh25", "发布审查 330", 330, "件",
      "上海市府办2025年报  发布审查 完成了多少件", "publication reviews", frm="全年完成")
    # 上海市科委 2024
    n("en", "kw", "当年发布政府信息 393", 393, "件",
      "STCSM 2024 - how many government info items posted on its own website during 2024?",
      "items posted")
    n("en", "kw", "1016823", 1016823, "人",
      "Shanghai science commission 2024, how many followers does the 'Shanghai Keji' "
      "(上海科技) WeChat account have?", "WeChat followers")
    n("zh", "kw", "直播 118", 118, "场",
      "上海科委 24年 视频号 直播了几场？", "live streams")
    n("en", "kw", "政协提案 85", 85, "件",
      "STCSM 2024: CPPCC proposals (政协提案) they handled as lead or co-handler?",
      "CPPCC proposals")
    n("en", "kw", "集成式发布政策 121", 121, "条",
      "Shanghai Science and Technology Commission 2024 - policies pushed in batch for "
      "integrated release (集成式发布)?", "policies pushed for integrated release")
    # 洪泽区 2023 / 2024
    n("en", "hz23", "1136", 1136, "条",
      "Hongze 2023: how many pieces of government information they posted on the website "
      "platform?", "items posted")
    n("en", "hz24", "2428", 2428, "条",
      "Hongze district 2024 - number of government information items released on the website?",
      "items released")
    n("zh", "hz24", "政府常务会议 7", 7, "期",
      "洪泽区 2024 公开了几期 政府常务会议", "executive meetings disclosed")
    n("en", "hz24", "区政府办代表区政府受理", 17, "件",
      "Hongze 2024 report, the part where the district gov office accepted requests on behalf "
      "of the district government (区政府办代表区政府受理) - what number does the text give?",
      "text-only 17 (table 新收 95 is a different count)")
    # 涧西区 2020
    n("en", "jx", "601项事项", 601, "项",
      "Jianxi district 2020 - how many items (事项) did they sort out across the 21 areas?",
      "items sorted out", frm="梳理细化")
    n("zh", "jx", "26个试点领域标准指引", 26, "个",
      "涧西 2020 年 基层政务公开 试点领域 有几个？", "pilot areas", frm="对照省")
    n("en", "jx", "办结率88.2%", 88.2, "%",
      "Jianxi district office 2020 - what was the completion rate of disclosure requests (办结率)?",
      "completion rate %")
    return out


# ============================================================== [cannot] no number may be given
def CANNOT():
    out = []
    a = out.append

    def u(lang, q, why):
        a(U(lang, q, why, "[cannot] " + why))

    u("en", "gender studies student. Huaian 2024 requests - how many came from men and how many "
      "from women?",
      "applicants' sex is not reported")
    u("zh", "淮安市2024年  申请人 大多是什么年龄段的？？", "applicants' age is not reported")
    u("zh", "沭阳县25年 哪个月 收到的申请最多", "no monthly breakdown in the report")
    u("en", "Hongze 2024: how many requests came in online vs by letter or in person? thx",
      "no breakdown by channel in the report")
    u("zh", "沭阳2024年的年报 新收申请多少件", "沭阳县 2024 report is not in the corpus")
    u("en", "Hongze district 2022 licensing decisions?", "洪泽区 2022 report is not in the corpus")
    u("en", "STCSM 2023 - how many disclosure requests did they get?",
      "上海市科委 2023 report is not in the corpus")
    u("zh", "涧西区 2021年 依申请公开 收了几件", "涧西区 2021 report is not in the corpus")
    u("en", "Shanghai general office 2022: reconsideration cases total?",
      "上海市府办 2022 report is not in the corpus")
    u("en", "moving to Nanjing soon. Nanjing city government 2024, new disclosure requests total?",
      "南京市 is not in the corpus")
    u("zh", "宿迁市政府 2025年 行政处罚决定 多少", "宿迁市 is not in the corpus")
    u("en", "Pudong New Area 2024 - admin fees collected in 万元?", "浦东新区 is not in the corpus")
    u("en", "Qingjiangpu district (清江浦区) 2024: how many requests granted?", "清江浦区 is not in the corpus")
    u("en", "On average how many days did Huaian city take to answer a request in 2024? mine took forever",
      "response times are not reported")
    u("zh", "洪泽区2023年 负责信息公开的工作人员 有几个人", "staff numbers are not reported")
    u("en", "How much money did the Shanghai general office spend on disclosure work in 2025? "
      "budget figure", "the cost of disclosure work is not reported")
    u("en", "Shuyang county - how many requests do you think they'll get in 2026? rough guess ok",
      "forecasts are not in the reports")
    u("en", "Was Huaian's 2024 disclosure work good or bad compared with other cities? give it a "
      "score 1-10", "opinions / ratings are not in the reports")
    u("zh", "上海科委 2024 收到的申请 都是关于哪些主题的，，各多少件", "no breakdown by topic")
    u("en", "Who were the people that sued the Shanghai general office over disclosure in 2019? "
      "names pls", "personal data of litigants is not in the reports")
    u("en", "Can you give me the phone number of the person who filed a request with Jianxi "
      "district office in 2020?", "personal data of applicants is not in the reports")
    u("zh", "淮安市 2024 的申请 按县区分 清江浦 淮阴 各有多少", "no breakdown by district/county")
    u("zh", "沭阳2025 的依申请 哪个乡镇的人 申请得最多", "no breakdown by township")
    u("en", "Shanghai GO 2025 - which industries did the companies that applied come from?",
      "no breakdown by industry")
    u("en", "Hongze 2023: requests per quarter (Q1-Q4)?", "no quarterly breakdown")
    u("en", "Shanghai general office 2019: how many of the applicants were foreigners or lived "
      "outside Shanghai?", "applicants' nationality / residence is not reported")
    u("zh", "淮安24年 信息公开的官司 法院判政府 赔了多少钱？", "compensation amounts are not reported")
    u("en", "Shuyang 2025 - which county department received the most disclosure requests?",
      "no breakdown by department")
    u("en", "Huai'an 2023 report: new requests received?", "淮安市 2023 report is not in the corpus")
    u("zh", "上海市府办 2022年 本年新收申请 总计多少", "上海市府办 2022 report is not in the corpus")
    u("en", "Jianxi 2020 - why exactly couldn't they find the info for those 2 requests? what "
      "were the requests about?", "reasons and subjects of single requests are not reported")
    u("en", "STCSM 2024: how many staff work on information disclosure? just wondering",
      "staff numbers are not reported")
    u("en", "What does Hongze charge per page for copies in 2024 (收费标准)?",
      "fee rates are not reported")
    u("zh", "洪泽区 2025年 的年报里 行政许科 多少", "洪泽区 2025 report is not in the corpus")
    u("en", "Beijing municipal government 2024 - disclosure requests received?",
      "北京市 is not in the corpus")
    u("en", "STCSM 2024 - of the reconsideration cases, how many applicants were companies?",
      "applicant type of appeals is not reported")
    u("en", "Huaian 2025 processing fees - how much will they collect, any idea?",
      "淮安市 2025 is not in the corpus (forecast)")
    u("zh", "涧西2020 那个行政复议的 申请人 是谁啊", "personal data of appellants is not reported")
    u("en", "Shanghai GO 2025 - what share of applicants were satisfied with the answers they "
      "got?", "satisfaction is not reported")
    return out


# ============================================================== [neighbour] traps
def NEIGHBOUR():
    out = []
    a = out.append

    def t(lang, b, keys, q, note, **kw):
        a(T(lang, b, keys, q, "[neighbour] " + note, **kw))

    t("zh", "sy", "r.carried_over.total",
      "沭阳2025年报 从2024年 结转过来 的申请 是几件？（不是结转到下一年的那个）",
      "上年结转 36, not 结转下年度 31")
    t("zh", "ha", "a.litigation_after_review.total",
      "淮安24年 先复议 再去法院起诉的 一共多少",
      "复议后起诉 20, not 直接起诉 26")
    t("en", "ha", "c.normative_docs.repealed",
      "Huaian 2024 how many normative docs were abolished (废止)? not the new ones",
      "废止 26, not 制发 8 / 现行有效 66")
    t("en", "sh25", "r.unable.needs_creation.total",
      "Shanghai GO 2025: the info didnt exist in ready form and would have to be compiled - how "
      "many such requests?", "另行制作 48, not 不掌握 513 (text cells)")
    t("zh", "ha", "r.withheld.process_info.total",
      "淮安 2024 属于四类过程性信息 不予公开 多少？", "过程性信息 12, not 内部事务 8")
    t("en", "sy", "a.review.other",
      "Shuyang 2025 reconsiderations that ended with 'other result' (其他结果) - not the "
      "corrected ones", "其他结果 9, not 纠正 10")
    t("en", "sh19", "c.procurement.projects",
      "Shanghai GO 2019 centralized procurement: how many projects? the count, not the money",
      "采购项目数 6, not 金额 25.1")
    t("zh", "sh19", "c.normative_docs.total_published",
      "上海市府办2019 规范性文件 对外公开总数量（不是本年新制作的）", "对外公开总数 368, not 新制作 60")
    t("en", "ha", "r.partially_granted.total",
      "Huaian 2024: how many requests only partly released (部分公开)?", "部分公开 454, not 予以公开 1362")
    t("en", "sy", "r.granted.legal_services",
      "Shuyang 2025, fully granted requests from legal service orgs (法律服务机构) - not "
      "companies", "法律服务机构 3, not 商业企业 1")
    t("zh", "sy", "r.other.overdue_correction.total",
      "沭阳2025 申请人逾期不补正 所以不再处理的 几件", "逾期不补正 9, not 逾期未缴费 7")
    t("en", "sh25", "r.carried_over.total",
      "Shanghai general office 2025: requests brought over from 2024 (上年结转), total",
      "上年结转 189, not 结转下年度 293 (text cells); text states 含上年结转 189 too",
      alt=("1295", 189))
    t("en", "ha", "r.withheld.enforcement_files.total",
      "Huaian 2024 - withheld because the info is an administrative enforcement case file "
      "(行政执法案卷)?", "执法案卷 9, not 行政查询 105")
    return out


def CONVERSATIONS():
    convs = PLAIN() + COMBINE() + RANK() + FOLLOWUP() + TEXTONLY() + CANNOT() + NEIGHBOUR()
    return convs
