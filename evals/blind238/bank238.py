"""Question bank of blind evaluation set 238 (evals/blind238): follow-up conversations first.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank names only bodies, keys, keywords and the wording; every number in an `expect` is
computed by helpers238 (gold/*.json, derived keys per spec/README.md), by the printed rows of the
three reports without gold (SPECS below: the same cells blind6's text_cells.json verified), or
cut from the report text (narrative sentences).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib238 as L  # noqa: E402
from helpers238 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the reports without gold: the same specs as blind6/text_cells.json
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
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
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
APPEALS3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
DECISIONS3 = ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"]

# text statements that give the same number as the table cell (both readings accepted)
HA_REQ = "3119"          # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "行政复议 351"   # 复议 351: 维持 72, 纠正 64, 其他 178, 尚未审结 37
SH19_REQ = "859"         # 受理 859 / 答复 805 / 上年度结转 18 / 顺延 72
SH19_ACT = "主动公开规章13件"
SH19_APP = "零败诉"       # 行政复议7件，诉讼9件
SH25_REQ = "市政府共受理政府信息公开申请"  # 1295 / 办结 1191 / 上年结转 189
KW_REQ = "全年收到政府信息公开申请"       # 34 / 上年结转 2
KW_OUT = "同意公开答复"                  # 同意公开 9
SY_REQ = "749"          # 办理 718 / 结转下一年 31 / 法人或其他组织 8
JX_REQ = "办结率"        # 收到 17 / 办结 15 / 在办 2


def q(question, expect):
    return (question, expect)


def plain():
    P = "[plain] "
    return [
        # ---------------- zh
        V("zh", "ha", "c.coercion.decisions", "淮安市政府2024年的年报里，行政强制一共作出了多少个处理决定？",
          P + "active table, 2021 format"),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县2025年有几件申请，是以“属于三类内部事务信息”为理由没公开的？", P + "withheld sub-row total"),
        V("zh", "sh19", "c.procurement.projects", "想知道2019年上海市府办政府集中采购一共做了几个项目",
          P + "2019 format procurement item count"),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区二〇二三年行政处罚的处理决定是多少个？",
          P + "Chinese-numeral year"),
        V("zh", "kw", "c.licensing.decisions", "上海科委2024年行政许可处理决定有多少？",
          P + "text cell of a report without gold"),
        V("zh", "sh25", "r.unable.needs_creation.total",
          "上海市政府办公厅2025年有多少申请因为“没有现成信息、需要另行制作”最后没能提供？",
          P + "text cell, unable sub-row"),
        V("zh", "hz24", "c.coercion.decisions", "24年洪泽区政府行政强制决定有几个", P + "two-digit year, text cell"),
        V("zh", "ha", "r.other.overdue_fee.total",
          "淮安2024年有多少件申请，是申请人没按收费通知交钱、政府就不再处理了的？",
          P + "2021 other-handling sub-item"),
        V("zh", "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效的行政规范性文件还剩多少件？",
          P + "in force column"),
        V("zh", "sh19", "c.regulations.total_published", "上海市人民政府办公厅2019年报里，规章对外公开的总数是多少件？",
          P + "2019 format cumulative column"),
        V("zh", "ha", "r.not_processed.petition.total",
          "2024年淮安市收到的申请里，被当成信访举报投诉类、不予处理的有几件？", P + "not processed sub-row"),
        V("zh", "sy", "a.review.pending", "2025年沭阳县的政府信息公开行政复议案件里还有几件没审结？",
          P + "appeals pending"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少（万元）？", P + "money in 万元",
          unit="万元"),
        V("zh", "sh25", "r.not_processed.duplicate.total", "请问2025年上海市府办碰到重复申请、没有处理的有几件？",
          P + "text cell"),
        V("zh", "jx", "a.litigation_after_review.total", "涧西区2020年先复议、后来又起诉到法院的案子有几起？",
          P + "appeals, litigation after review"),
        V("zh", "ha", "r.partially_granted.natural_person", "淮安市2024年部分公开的申请，光看自然人那一栏是多少？",
          P + "natural person column"),
        V("zh", "sy", "r.not_processed.publication.total", "沭阳县2025年有没有因为“要求提供公开出版物”被不予处理的申请？有几件？",
          P + "zero cell"),
        V("zh", "sh19", "r.withheld.state_secret.natural_person", "上海市府办2019年以涉及国家秘密为由拒绝公开的自然人申请有几件？",
          P + "2019 format, printed natural-person cell (its 总计 is blank)"),
        V("zh", "ha", "a.litigation_direct.corrected", "2024年淮安市政府没经过复议直接起诉的官司中，结果被纠正的有几件？",
          P + "appeals direct litigation corrected"),
        V("zh", "hz24", "c.normative_docs.issued", "洪泽区2024年一共制发了几件行政规范性文件？", P + "text cell"),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织新交上来的申请一共多少件？",
          P + "derived legal_person column; text's 8 agrees", alt=(SY_REQ, 8)),
        V("zh", "kw", "r.received.commercial", "上海市科委2024年新收的申请里，有几件是企业提的？", P + "text cell"),
        V("zh", "sh25", "r.carried_over.legal_services", "2025年上海市政府办公厅从上一年转过来的申请中，法律服务机构的有几件？",
          P + "text cell, carried-over column"),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止的行政规范性文件有多少件？", P + "repealed column"),
        V("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区政府23年有几件申请是以属于行政执法案卷为由不公开的？",
          P + "two-digit year"),
        V("zh", "sh19", "a.litigation_direct.pending", "上海市府办2019年那些没经过复议直接告到法院的行政诉讼，有几件还没判下来？",
          P + "appeals direct pending"),
        V("zh", "jx", "r.received.natural_person", "涧西区政府办公室2020年新收到的申请里，个人提交的有几件？",
          P + "text agrees (收到 17)", alt=(JX_REQ, 17)),
        V("zh", "sy", "r.other.overdue_correction.total", "2025年沭阳县因为申请人过了期限还不补正、县里就不再处理的申请有几件？",
          P + "other-handling sub-item"),
        V("zh", "ha", "a.review.total", "淮安市政府2024年政府信息公开方面的行政复议一共多少件？",
          P + "text agrees (复议 351)", alt=(HA_APP, 351)),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年把多少件申请认定为信访举报投诉类而不予处理？",
          P + "text cell"),
        V("zh", "hz23", "r.unable.needs_creation.natural_person", "洪泽区2023年个人申请中需要另行制作、因而没法提供的有几件？",
          P + "natural person column"),
        # ---------------- en
        V("en", "ha", "c.licensing.decisions",
          "How many administrative licensing decisions did Huai'an's city government report for 2024?",
          P + "active table, large count"),
        V("en", "sy", "r.withheld.process_info.total",
          "For Shuyang County in 2025, how many requests were refused because the material was internal "
          "deliberation (process information)?", P + "withheld sub-row"),
        V("en", "sh19", "c.procurement.amount",
          "What was the total value of centralized government procurement in the Shanghai Municipal Government "
          "General Office's 2019 report, in 10,000 yuan?", P + "money printed as 251000元", unit="万元"),
        V("en", "hz23", "r.unable.not_held.total",
          "Hongze District, 2023: in how many cases did the district reply that it simply didn't have the "
          "information?", P + "unable: not held"),
        V("en", "jx", "c.normative_docs.published",
          "How many normative documents did the Jianxi District government office newly publish in 2020?",
          P + "2019 format published column"),
        V("en", "kw", "c.normative_docs.in_force",
          "How many normative documents were still in force at the Shanghai Science and Technology Commission "
          "according to its 2024 report?", P + "text cell"),
        V("en", "sh25", "a.review.pending",
          "Shanghai General Office 2025 - how many administrative reconsideration cases were still undecided?",
          P + "text cell, appeals"),
        V("en", "hz24", "c.fees.amount",
          "What did Hongze District bring in from administrative fees in 2024? Give it in 万元.",
          P + "text cell, money", unit="万元"),
        V("en", "ha", "r.partially_granted.total",
          "In Huai'an's 2024 disclosure report, how many applications were only partly granted, all applicant "
          "types together?", P + "partially granted total"),
        V("en", "sy", "a.litigation_after_review.total",
          "Shuyang County 2025: how many lawsuits came after an administrative reconsideration?",
          P + "appeals, litigation after review"),
        V("en", "sh19", "r.received.commercial",
          "How many new disclosure applications did Shanghai's general office get from commercial companies "
          "in 2019?", P + "company column"),
        V("en", "ha", "r.withheld.admin_query.total",
          "How many Huai'an requests in 2024 were refused on the ground that they were really administrative "
          "query matters?", P + "withheld sub-row"),
        V("en", "sy", "c.punishment.decisions",
          "How many administrative penalty decisions appear in Shuyang County's report for 2025?",
          P + "active table, large count"),
        V("en", "hz23", "r.partially_granted.total",
          "In 2023, how many of Hongze District's requests were disclosed in part?", P + "partially granted"),
        V("en", "sh25", "r.received.natural_person",
          "How many new requests from private individuals reached the Shanghai government's general office in "
          "2025?", P + "text cell"),
        V("en", "jx", "c.procurement.amount",
          "What did the Jianxi District government office spend on centralized procurement in 2020, in units "
          "of 10,000 yuan?", P + "money already in 万元", unit="万元"),
        V("en", "ha", "r.other.overdue_correction.total",
          "Huai'an 2024: in how many cases did the applicant fail to fix the application within the deadline, "
          "so the city stopped processing it?", P + "other-handling sub-item"),
        V("en", "kw", "r.received.natural_person",
          "How many new disclosure applications did individuals file with the Shanghai science commission in "
          "2024?", P + "text cell"),
        V("en", "sy", "r.unable.unclear.total",
          "Shuyang County, 2025: how many requests were still too vague to act on even after the applicant "
          "corrected them?", P + "zero cell"),
        V("en", "sh19", "c.normative_docs.total_published",
          "By the 2019 report, how many normative documents had the Shanghai General Office made public in "
          "total (the cumulative column)?", P + "2019 format cumulative column"),
        V("en", "hz24", "a.review.total",
          "How many administrative reconsideration cases did Hongze District have in 2024?", P + "text cell"),
        V("en", "ha", "r.received.legal_services",
          "How many applications did law firms and other legal service organisations file with Huai'an in "
          "2024?", P + "legal services column"),
        V("en", "sy", "c.normative_docs.repealed",
          "How many normative documents did Shuyang County repeal in 2025?", P + "repealed column"),
        V("en", "sh25", "r.carried_over.total",
          "How many applications were still open from before and got carried into 2025 at the Shanghai "
          "General Office?", P + "text cell; text agrees (上年结转 189)", alt=(SH25_REQ, 189)),
        V("en", "hz23", "c.coercion.decisions",
          "What number of administrative coercion decisions did Hongze District report for 2023?",
          P + "active table"),
        V("en", "jx", "a.litigation_direct.total",
          "Jianxi District 2020: how many lawsuits went straight to court without a reconsideration first?",
          P + "appeals direct"),
        V("en", "ha", "r.withheld.security_stability.total",
          "Huai'an 2024: how many applications were refused because disclosure would endanger national "
          "security, public safety, economic security or social stability?", P + "withheld sub-row"),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "Shanghai General Office 2019: how many requests from individuals couldn't be met because the "
          "information would have had to be compiled from scratch?",
          P + "printed natural-person cell (its 总计 is blank)"),
        V("en", "sy", "r.not_processed.duplicate.total",
          "How many repeat applications did Shuyang County decline to process in 2025?", P + "duplicate"),
        V("en", "kw", "c.normative_docs.issued",
          "How many normative documents did the Shanghai science commission issue in 2024?",
          P + "text cell; text agrees (行政规范性文件 13 件)", alt=("行政规范性文件 13 件", 13)),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年有多少申请没办完、要转到2025年继续办？",
          P + "结转下年 103 vs 上年结转 34; text agrees", alt=(HA_REQ, 103)),
        T("zh", "sy", "a.litigation_after_review.upheld",
          "沭阳县2025年复议以后才起诉的那类行政诉讼（不是直接起诉），结果维持了几件？",
          P + "复议后起诉 维持 8 vs 直接起诉 维持 3"),
        T("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件累计对外公开了多少件？不是新制作的那个数",
          P + "对外公开总数 368 vs 新制作 60"),
        T("zh", "ha", "a.review.other", "淮安市2024年行政复议里，结果算“其他”的有几件？",
          P + "其他结果 178 vs 纠正 64; text agrees", alt=(HA_APP, 178)),
        T("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购的项目有几个？（问的是项目数量不是金额）",
          P + "采购项目数 8 vs 金额 28.6232"),
        T("en", "ha", "r.unable.needs_creation.total",
          "Huai'an 2024: how many requests failed because there was no ready-made information and it would "
          "have to be produced - not the 'agency doesn't hold it' ones?", P + "另行制作 11 vs 不掌握 769"),
        T("en", "sy", "r.partially_granted.total",
          "In Shuyang County's 2025 table, how many requests were partially granted (total column)?",
          P + "部分公开 101 vs 予以公开 294"),
        T("en", "ha", "r.received.commercial",
          "In 2024, how many applications did Huai'an get from commercial enterprises? Not legal service firms, "
          "just businesses.", P + "商业企业 53 vs 法律服务机构 61"),
        T("en", "sh25", "a.litigation_direct.total",
          "Shanghai General Office 2025: lawsuits filed directly, without going through reconsideration "
          "first - what's the total?", P + "直接起诉 12 vs 复议后起诉 22"),
    ]


def combine():
    P = "[combine] "
    return [
        # sums (one report, >= 2 cells listed)
        S("zh", "ha", WITHHELD8, "淮安2024年“不予公开”下面那八种情形，合计一共多少件？", P + "sum of the 8 withheld sub-rows"),
        S("zh", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "沭阳县2025年行政复议、直接起诉、复议后起诉三块里，结果维持的加在一起是多少？", P + "sum of 3 upheld cells"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市政府办公厅2025年信访举报投诉类和重复申请这两类不予处理的，合起来多少件？", P + "sum of 2 text cells"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "洪泽区2023年“本机关不掌握”和“需要另行制作”两种无法提供的情况，一共几件？", P + "sum of 2 cells"),
        S("zh", "jx", APPEALS3, "涧西区政府办2020年行政复议加上两类行政诉讼，总共有几件？", P + "sum of 3 appeals totals"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "For Huai'an in 2024, how many requests got at least some information released - full plus partial "
          "disclosure?", P + "sum of 2 cells"),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
          "Shanghai General Office 2019: individuals' new requests plus individuals' requests carried over - "
          "what's the combined figure?", P + "sum of 2 natural-person cells"),
        S("en", "sy", DECISIONS3,
          "Add up Shuyang County's 2025 licensing, penalty and coercion decisions - what's the total?",
          P + "sum of 3 active cells"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "In 2019, how many reconsiderations and direct lawsuits did the Shanghai General Office face "
          "altogether?", P + "sum of 2 appeals totals; text states 7 and 9 separately"),
        S("en", "sh25", ["r.carried_over.natural_person", "r.carried_over.legal_services"],
          "Shanghai General Office 2025: carried-over requests from individuals and from legal service "
          "organisations, added together?", P + "sum of 2 text cells"),
        # differences (one body, later year minus earlier year)
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定数，2024年比2023年多了多少？",
          P + "洪泽区 2023 -> 2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收的政府信息公开申请，2025年和2019年比增加了多少件？",
          P + "上海市府办 2019 -> 2025"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握相关政府信息”的件数，从2023年到2024年变了多少？",
          P + "洪泽区 2023 -> 2024"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅未经复议直接被起诉的案件，2019年到2025年增加了几件？",
          P + "上海市府办 2019 -> 2025"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "How did Hongze District's count of administrative penalty decisions change from 2023 to 2024?",
          P + "洪泽区 2023 -> 2024, negative"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "By how much did the Shanghai General Office's backlog carried into the following year grow between "
          "the 2019 and the 2025 reports?", P + "上海市府办 2019 -> 2025"),
        D("en", "hz23", "hz24", "c.normative_docs.issued",
          "Hongze District issued how many more normative documents in 2024 than in 2023?",
          P + "洪泽区 2023 -> 2024"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["jx", "hz23", "sy", "sh19"], "r.received.total", "desc",
          "涧西区政府办2020年、洪泽区2023年、沭阳县2025年、上海市府办2019年，哪家新收的信息公开申请最多？",
          P + "4 gold bodies, desc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "a.review.upheld", "desc",
          "比一比：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、洪泽区2023年，行政复议结果维持最多的是谁？",
          P + "4 gold bodies, desc"),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "淮安市（2024年）、洪泽区（2023年）和沭阳县（2025年）三家里，行政强制决定最少的是哪家？",
          P + "3 gold bodies, asc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc",
          "结转到下一年继续办的申请，淮安2024、沭阳2025、上海市府办2019、涧西区2020这四个里面谁最少？",
          P + "4 gold bodies, asc"),
        R("zh", ["ha", "hz23", "sh19"], "r.unable.needs_creation.natural_person", "desc",
          "自然人申请里因“需要另行制作”没法提供的，淮安市2024年、洪泽区2023年、上海市府办2019年哪个最多？",
          P + "3 gold bodies, natural-person column, desc"),
        R("en", ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "Of Jianxi District (2020), Huai'an (2024), Shuyang County (2025) and the Shanghai General Office "
          "(2019), which had the most lawsuits filed directly without reconsideration?",
          P + "4 gold bodies, desc"),
        R("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
          "Which made the most administrative licensing decisions: Huai'an in 2024, Hongze District in 2023, "
          "or Shuyang County in 2025?", P + "3 gold bodies, desc"),
        R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
          "Looking only at individuals' applications treated as petitions or complaints, which is highest: "
          "Huai'an 2024, Shuyang County 2025 or the Shanghai General Office 2019?",
          P + "3 gold bodies, natural-person column, desc"),
        R("en", ["ha", "sy", "hz23", "sh19"], "r.withheld.process_info.natural_person", "asc",
          "Among Huai'an (2024), Shuyang (2025), Hongze District (2023) and the Shanghai General Office (2019), "
          "who withheld the fewest individuals' requests as process information?",
          P + "4 gold bodies, natural-person column, asc"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年围绕就业、营商环境这些主题开了多少场新闻发布会？",
          P + "press conferences"),
        N("zh", "sy", "催办提示", 84, "次", "沭阳县2025年那个“倒计时报警器”一年发了多少次催办提示？",
          P + "reminders"),
        N("zh", "sh25", "新闻通气会", 19, "场", "2025年上海市政府开了几场新闻通气会？", P + "press briefings"),
        N("zh", "sh19", "政策解读共132", 132, "件", "上海市府办2019年在“中国上海”门户网站上发了多少件政策解读？",
          P + "policy interpretations"),
        N("zh", "kw", "直播 118", 118, "场", "“上海科技”视频号2024年做了多少场直播？", P + "live streams"),
        N("zh", "hz24", "常务会议 7", 7, "期", "洪泽区2024年在网站上公开了几期政府常务会议？", P + "executive meetings"),
        N("zh", "jx", "601项", 601, "项", "涧西区政府办2020年梳理出来的公开事项一共有多少项？",
          P + "catalogue items", frm="梳理细化权力运行"),
        N("zh", "sy", "697", 697, "条", "沭阳县2025年清理过期信息清理了多少条？", P + "outdated items removed"),
        N("zh", "sh25", "人事任免文件 196", 196, "件", "上海市政府办公厅2025年主动公开的人事任免文件有多少件？",
          P + "appointment documents", frm="全年主动公开"),
        N("zh", "hz23", "1136", 1136, "条", "洪泽区2023年通过政府网站主动公开了多少条政府信息？", P + "portal items"),
        N("zh", "ha", "共计 95", 95, "个", "淮安市2024年年报里说，全市在运维的政务新媒体有多少个？",
          P + "new-media accounts"),
        N("zh", "sy", "64家", 64, "家", "沭阳县2025年集中公开年度报告的单位有几家？", P + "units publishing reports"),
        N("zh", "sh19", "70家", 70, "家", "上海2019年每个季度要全面检查的正常运行政府网站有多少家？", P + "websites checked"),
        N("en", "ha", "政策解读", 21, "个",
          "How many policy explainers did Huai'an produce in 2024, in text or graphics?", P + "policy explainers"),
        N("en", "sy", "化解各类争议纠纷", 33, "件",
          "In 2025, how many disputes did Shuyang County manage to settle by talking to applicants before "
          "handling their requests?", P + "disputes resolved"),
        N("en", "sh25", "10 个语种", 10, "个",
          "How many languages did the Shanghai International Services Portal cover by the 2025 report?",
          P + "languages"),
        N("en", "kw", "原创文章 294", 294, "篇",
          "How many original articles did the 'Shanghai Keji' WeChat account publish in 2024?",
          P + "original articles"),
        N("en", "sh19", "112件", 112, "件",
          "In 2019, how many regulations, normative documents and similar texts were printed in the Shanghai "
          "government gazette?", P + "gazette contents"),
        N("en", "sy", "失效链接43", 43, "处",
          "How many broken links did Shuyang County fix on its website in 2025?", P + "broken links"),
        N("en", "ha", "组织 4 次", 4, "次",
          "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?",
          P + "inspections"),
        N("en", "sh25", "主动撤回 157", 157, "件",
          "How many applicants withdrew their own requests at the Shanghai General Office in 2025?",
          P + "withdrawn requests"),
        N("en", "kw", "集成式发布政策 121", 121, "条",
          "How many policies did the Shanghai science commission push out in batches for integrated release in "
          "2024?", P + "policies pushed"),
        N("en", "sh19", "53个部门", 53, "个",
          "How many departments were connected to the unified 'Yiwangtongban' intake platform per Shanghai's "
          "2019 report?", P + "departments connected"),
        N("en", "sy", "爆款内容52", 52, "条",
          "How many viral hits did Shuyang County's government media produce in 2025?", P + "viral posts"),
        N("en", "hz24", "2428", 2428, "条",
          "How many items of government information did Hongze District post on its website in 2024?",
          P + "portal items; differs from 2023's 1136"),
        N("en", "sh25", "公开属性审查 166", 166, "件",
          "In 2025, how many government documents went through a disclosure-attribute review at the Shanghai "
          "General Office?", P + "documents reviewed", frm="全年完成"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市2024年的申请人里男的女的各有多少？", "the report does not break applicants down by sex",
          P + "sex"),
        U("zh", "洪泽区2022年一共收到多少件政府信息公开申请？", "no 2022 report of 洪泽区 in the corpus",
          P + "year not held"),
        U("zh", "南京市政府2024年信息公开年报里的行政复议是多少件？", "南京市 is not in the corpus", P + "body not held"),
        U("zh", "沭阳县2025年每个季度分别收了多少件申请？", "no quarterly breakdown is printed", P + "quarter"),
        U("zh", "上海市府办2025年答复一件信息公开申请平均要花几天？",
          "the report only says replies were within the legal time limit; no average time", P + "response time"),
        U("zh", "涧西区政府办2020年专门做信息公开的工作人员有几个人？",
          "the report mentions staffing weakness but gives no number", P + "staff"),
        U("zh", "你估计淮安市2025年会收到多少件政府信息公开申请？", "a forecast, not in any report", P + "forecast"),
        U("zh", "上海科委2023年的年报里行政许可是多少？", "no 2023 report of 上海市科委 in the corpus",
          P + "year not held"),
        U("zh", "浦东新区2024年予以公开的申请有多少件？", "浦东新区 is not in the corpus", P + "body not held"),
        U("zh", "宿迁市政府2025年的行政处罚决定有多少个？", "宿迁市 is not in the corpus (only 沭阳县)",
          P + "body not held"),
        U("zh", "沭阳县2025年的申请里，跟征地拆迁有关的有多少件？", "requests are not broken down by topic",
          P + "topic"),
        U("zh", "洪泽区2024年用信函寄过来的申请有多少件？", "no breakdown by channel", P + "channel"),
        U("zh", "上海市府办2019年的申请人里60岁以上的老人有多少？", "no age breakdown", P + "age"),
        U("zh", "淮安市2024年哪个市级部门收到的信息公开申请最多？收了多少？",
          "the city report gives city-wide totals only, no department breakdown", P + "department"),
        U("zh", "把沭阳县2025年交了380元信息处理费的那个申请人的姓名和电话发我一下",
          "personal data; the report names no applicant", P + "personal data"),
        U("zh", "你觉得洪泽区2023年的政务公开做得怎么样？打个分吧", "an opinion, not a reported figure",
          P + "opinion"),
        U("zh", "上海市政府办公厅2022年度报告里新收的申请有多少件？", "no 2022 report of 上海市府办 in the corpus",
          P + "year not held"),
        U("en", "How many disclosure applications did Huai'an receive in March 2024?",
          "no monthly breakdown", P + "month"),
        U("en", "What was the Jianxi District government office's number of disclosure requests in 2021?",
          "no 2021 report of 涧西区 in the corpus", P + "year not held"),
        U("en", "How many disclosure applications did Qingjiangpu District receive in 2024?",
          "清江浦区 is not in the corpus", P + "body not held"),
        U("en", "How much money did Shuyang County spend on its information disclosure work in 2025?",
          "no cost or budget figure (the 380 元 is a fee collected, not a cost)", P + "cost"),
        U("en", "How many of the people who filed requests with the Shanghai General Office in 2025 lived "
          "outside Shanghai?", "no breakdown by residence (the 47% in the report is about portal views)",
          P + "residence"),
        U("en", "Break down Hongze District's 2024 disclosure requests by township for me.",
          "no township breakdown", P + "district/township"),
        U("en", "How many staff handled information disclosure at the Shanghai science commission in 2024?",
          "no staff number in the report", P + "staff"),
        U("en", "What will Shuyang County's number of administrative penalty decisions be in 2026?",
          "a forecast", P + "forecast"),
        U("en", "Which industries were the companies that applied to Huai'an in 2024 from?",
          "no industry breakdown", P + "industry"),
        U("en", "Based on their 2025 reports, is the Shanghai General Office more transparent than Beijing's?",
          "an opinion, and Beijing is not in the corpus", P + "opinion / body not held"),
        U("en", "How many reconsideration cases did Shuyang County have in 2024?",
          "no 2024 report of 沭阳县 in the corpus", P + "year not held"),
        U("en", "How many applications did Nanjing's city government receive in 2023?",
          "南京市 is not in the corpus", P + "body not held"),
        U("en", "Of the requests Huai'an answered in 2024, how many were answered within 10 working days?",
          "no response-time breakdown", P + "response time"),
        U("en", "Which topics did applicants to the Jianxi District government office ask about most in 2020?",
          "requests are not broken down by topic", P + "topic"),
        U("en", "What is the home address of the person who sued Hongze District in 2024?",
          "personal data, not in the report", P + "personal data"),
        U("en", "How many of the Shanghai General Office's 2019 applicants were women?",
          "no breakdown by sex", P + "sex"),
        U("en", "How many disclosure requests did Huai'an's Huaiyin District handle in 2024?",
          "the city report has no district breakdown and 淮阴区 has no report in the corpus",
          P + "district not held"),
    ]


def followups_zh():
    P = "[followup] "
    return [
        F("zh", [
            q("洪泽区2023年行政规范性文件现行有效的有几件？", E("hz23", "c.normative_docs.in_force")),
            q("那到了2024年的报告里是多少？", E("hz24", "c.normative_docs.in_force")),
            q("两年对比，多了几件？", ED("hz23", "hz24", "c.normative_docs.in_force")),
            q("顺便问下，2023年洪泽区废止了几件？", E("hz23", "c.normative_docs.repealed")),
        ], P + "switch year, compare the two years (difference), then switch column"),
        F("zh", [
            q("上海市府办2025年结转到下一年度继续办理的申请有多少件", E("sh25", "r.carried_forward.total")),
            q("2019年那份年报里这个数是多少？", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
        ], P + "switch year (2025 -> 2019)"),
        F("zh", [
            q("淮安市2024年行政处罚决定有多少？", E("ha", "c.punishment.decisions")),
            q("沭阳县2025年的行政处罚决定呢？", E("sy", "c.punishment.decisions")),
            q("再看下洪泽区2023年的", E("hz23", "c.punishment.decisions")),
            q("淮安2024、沭阳2025、洪泽2023这三家比，行政处罚决定最多的是哪家？",
              ER(["ha", "sy", "hz23"], "c.punishment.decisions", "desc")),
        ], P + "switch body twice, then rank the three (all named)"),
        F("zh", [
            q("淮安2024年因为属于四类过程性信息不予公开的有几件？", E("ha", "r.withheld.process_info.total")),
            q("三类内部事务信息那一行呢？", E("ha", "r.withheld.internal_affairs.total")),
            q("这两项加起来是多少？", E("ha", ["r.withheld.process_info.total", "r.withheld.internal_affairs.total"])),
        ], P + "switch row, then add the two cells"),
        F("zh", [
            q("沭阳县2025年予以公开的申请里，法律服务机构提出的有几件？", E("sy", "r.granted.legal_services")),
            q("商业企业那一列是多少？", E("sy", "r.granted.commercial")),
        ], P + "switch column"),
        F("zh", [
            q("沭阳县2025年行政复议结果被纠正的有几件？", E("sy", "a.review.corrected")),
            q("换成直接起诉的行政诉讼，纠正了几件？", E("sy", "a.litigation_direct.corrected")),
            q("复议后起诉那一组呢？", E("sy", "a.litigation_after_review.corrected")),
        ], P + "switch appeals group twice"),
        F("zh", [
            q("淮安市2024年一共新收了多少政府信息公开申请？", E("ha", "r.received.total", alt=(HA_REQ, 3119))),
            q("其中自然人交的有多少？", E("ha", "r.received.natural_person")),
            q("剩下那些法人或其他组织合计是多少？", E("ha", "r.received.legal_person")),
            q("这些法人组织都是什么行业的？各多少家？", EU("no breakdown by industry")),
        ], P + "of those: narrow to a column, the derived legal-person column, then unanswerable"),
        F("zh", [
            q("上海市政府办公厅2019年行政复议还没审结的有几件？", E("sh19", "a.review.pending")),
            q("2025年的年报里呢", E("sh25", "a.review.pending")),
            q("哪一年多？多出几件？", ED("sh19", "sh25", "a.review.pending")),
        ], P + "switch year, then which year was higher (difference)"),
        F("zh", [
            q("洪泽区2024年行政许可决定有多少？", E("hz24", "c.licensing.decisions")),
            q("不对，我要看的是2023年的。", E("hz23", "c.licensing.decisions")),
        ], P + "self-correction of the year"),
        F("zh", [
            q("淮安2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
            q("这个数里算没算部分公开的？部分公开单独是多少？", E("ha", "r.partially_granted.total")),
        ], P + "check the figure, then the neighbouring row"),
        F("zh", [
            q("沭阳县2025年全年办前主动沟通做了多少次？", EN("sy", "办前主动沟通 49", 49, "次")),
            q("那沭阳县2025年政府信息公开行政复议一共多少件？", E("sy", "a.review.total")),
        ], P + "narrative number, then a table number of the same body"),
        F("zh", [
            q("淮安市2024年因为本机关不掌握相关政府信息而无法提供的申请有几件？", E("ha", "r.unable.not_held.total")),
            q("这些里面哪个县区最多？", EU("the report gives no breakdown by county or district")),
        ], P + "ends with an unanswerable breakdown"),
        F("zh", [
            q("上海市科委2024年予以公开的申请总共有几件？", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
            q("同样的口径，上海市府办2025年是多少？", E("sh25", "r.granted.total")),
        ], P + "switch body (text cells)"),
        F("zh", [
            q("上海市政府办公厅2025年上年结转的申请里，自然人的有多少？", E("sh25", "r.carried_over.natural_person")),
            q("说错了，我其实想问法律服务机构那一栏。", E("sh25", "r.carried_over.legal_services")),
        ], P + "self-correction of the column"),
        F("zh", [
            q("2024年淮安市政府信息公开行政诉讼中，复议后起诉的有多少件？", E("ha", "a.litigation_after_review.total")),
            q("里面还没审结的有几件？", E("ha", "a.litigation_after_review.pending")),
            q("直接起诉那边还没审结的呢？", E("ha", "a.litigation_direct.pending")),
        ], P + "of those, then switch appeals group"),
        F("zh", [
            q("涧西区政府办2020年结转到下年度继续办理的申请有几件？",
              E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
            q("上一年结转过来的有几件？", E("jx", "r.carried_over.total")),
        ], P + "switch row (carried forward -> carried over)"),
        F("zh", [
            q("沭阳县2025年无法提供的申请一共多少件？", E("sy", "r.unable.total")),
            q("其中是因为本机关不掌握的有多少？", E("sy", "r.unable.not_held.total")),
            q("这些申请人是男是女，各占多少？", EU("no breakdown of applicants by sex")),
        ], P + "derived row total, of those, then unanswerable"),
        F("zh", [
            q("2025年上海市政府新闻发布会开了几场？", EN("sh25", "新闻发布会 42", 42, "场")),
            q("同一年上海市府办直接起诉的行政诉讼还没审结的有几件？", E("sh25", "a.litigation_direct.pending")),
        ], P + "narrative then table, same body"),
        F("zh", [
            q("上海市府办2019年本年新收的自然人申请多少件？", E("sh19", "r.received.natural_person")),
            q("哦不，我是想问2025年的。", E("sh25", "r.received.natural_person")),
        ], P + "self-correction of the year"),
        F("zh", [
            q("洪泽区23年行政强制的决定有多少个？", E("hz23", "c.coercion.decisions")),
            q("24年的数字是多少", E("hz24", "c.coercion.decisions")),
            q("跟23年比变化了多少？", ED("hz23", "hz24", "c.coercion.decisions")),
        ], P + "two-digit years, switch year, difference"),
        F("zh", [
            q("涧西区2020年政府信息公开行政复议有几件？", E("jx", "a.review.total")),
            q("淮安市2024年复议总数有多少？", E("ha", "a.review.total", alt=(HA_APP, 351))),
            q("淮安这些复议里结果维持的有多少？", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
        ], P + "switch body, then of those"),
        F("zh", [
            q("沭阳县2025年不予公开的申请一共有多少？", E("sy", "r.withheld.total")),
            q("这里面把行政查询事项也算进去了吗？不算那一类的话是多少？",
              E("sy", [k for k in WITHHELD8 if "admin_query" not in k])),
        ], P + "check the figure, then narrow (7-cell sum)"),
        F("zh", [
            q("上海市府办2019年因为重复申请而不予处理的，自然人有几件？", E("sh19", "r.not_processed.duplicate.natural_person")),
            q("商业企业呢？", E("sh19", "r.not_processed.duplicate.commercial")),
            q("这些重复申请分别是哪几个月交的？", EU("no monthly breakdown")),
        ], P + "switch column, then unanswerable"),
        F("zh", [
            q("洪泽区2024年予以公开的申请有多少件？", E("hz24", "r.granted.total")),
            q("本机关不掌握的又有多少？", E("hz24", "r.unable.not_held.total")),
            q("这两类合起来多少？", E("hz24", ["r.granted.total", "r.unable.not_held.total"])),
        ], P + "switch row, add up (text cells)"),
        F("zh", [
            q("淮安市政府公报2024年一共出了几期？", EN("ha", "公报》6", 6, "期")),
            q("那淮安市2024年规章现行有效的有几件？", E("ha", "c.regulations.in_force")),
        ], P + "narrative then table, same body"),
        F("zh", [
            q("淮安2024年本机关不掌握相关信息的申请，自然人那栏是多少？", E("ha", "r.unable.not_held.natural_person")),
            q("不对不对，我要的是商业企业那一栏", E("ha", "r.unable.not_held.commercial")),
        ], P + "self-correction of the column"),
        F("zh", [
            q("洪泽区2024年未经复议直接起诉的行政诉讼有几件？", E("hz24", "a.litigation_direct.total")),
            q("2023年那份报告里是多少？", E("hz23", "a.litigation_direct.total")),
        ], P + "switch year (appeals, consistent zero row in 2023)"),
        F("zh", [
            q("沭阳县2025年的申请一共办理了多少件（办理结果总计）？",
              E("sy", "r.total_processed.total", alt=(SY_REQ, 718))),
            q("这些里面予以公开的有多少件？", E("sy", "r.granted.total")),
            q("予以公开的里头有多少是自然人申请的？", E("sy", "r.granted.natural_person")),
            q("不对，我想看的是部分公开那一行的自然人", E("sy", "r.partially_granted.natural_person")),
        ], P + "of those, twice, then self-correction of the row"),
        F("zh", [
            q("沭阳县2025年因为保护第三方合法权益不公开的有几件？", E("sy", "r.withheld.third_party.total")),
            q("危及“三安全一稳定”的呢？", E("sy", "r.withheld.security_stability.total")),
            q("这几件具体涉及哪些事情？", EU("the report gives no case details")),
        ], P + "switch row, then unanswerable"),
        F("zh", [
            q("涧西区政府办2020年直接起诉的行政诉讼结果维持几件？", E("jx", "a.litigation_direct.upheld")),
            q("复议那边结果纠正的有几件？", E("jx", "a.review.corrected")),
        ], P + "switch appeals group and outcome"),
        F("zh", [
            q("上海市府办2019年新制作的规章有多少件？", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
            q("规范性文件新制作了几件？", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60))),
            q("涧西区2020年规范性文件新制作的是几件？", E("jx", "c.normative_docs.made")),
        ], P + "switch row, then switch body (2019 format)"),
        F("zh", [
            q("上海市科委2024年上年结转的申请有几件？", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            q("那市科委2024年办理结果的总计是多少？", E("kw", "r.total_processed.total")),
            q("这些申请平均多少天答复完？", EU("no response times in the report")),
        ], P + "switch row, then unanswerable"),
        F("zh", [
            q("2019年上海市府办上年结转的自然人申请有几件？", E("sh19", "r.carried_over.natural_person")),
            q("换成2025年的报告看看", E("sh25", "r.carried_over.natural_person")),
            q("两年相差多少？", ED("sh19", "sh25", "r.carried_over.natural_person")),
        ], P + "switch year, difference"),
        F("zh", [
            q("上海市政府办公厅2025年新收申请里商业企业交了多少？", E("sh25", "r.received.commercial")),
            q("自然人交了多少？", E("sh25", "r.received.natural_person")),
            q("两者加起来呢？", E("sh25", ["r.received.natural_person", "r.received.commercial"])),
        ], P + "switch column, add up"),
        F("zh", [
            q("洪泽区2023年需要另行制作而没法提供的申请几件？", E("hz23", "r.unable.needs_creation.total")),
            q("噢，我其实想问的是信访举报投诉类那一行。", E("hz23", "r.not_processed.petition.total")),
        ], P + "self-correction of the row"),
        F("zh", [
            q("“上海科技”视频号2024年发了多少条短视频？", EN("kw", "584 条", 584, "条")),
            q("那2024年市科委新收的政府信息公开申请有多少件？", E("kw", "r.received.total", alt=(KW_REQ, 34))),
        ], P + "narrative then table, same body"),
        F("zh", [
            q("洪泽区2024年行政处罚决定数是多少？", E("hz24", "c.punishment.decisions")),
            q("按执法部门分的话，市场监管局占了多少？", EU("no breakdown by department")),
        ], P + "ends with an unanswerable breakdown"),
        F("zh", [
            q("沭阳县2025年行政强制决定多少个？", E("sy", "c.coercion.decisions")),
            q("放到淮安市2024年看呢？", E("ha", "c.coercion.decisions")),
        ], P + "switch body"),
        F("zh", [
            q("淮安市2024年行政复议尚未审结的有多少？", E("ha", "a.review.pending", alt=(HA_APP, 37))),
            q("行政诉讼里直接起诉的总数是多少？", E("ha", "a.litigation_direct.total")),
        ], P + "switch appeals group"),
        F("zh", [
            q("上海市府办2025年因本机关不掌握无法提供的有多少件？", E("sh25", "r.unable.not_held.total")),
            q("这些按申请内容分，涉及房屋征收的有多少？", EU("no breakdown by topic")),
        ], P + "ends with an unanswerable breakdown"),
        F("zh", [
            q("洪泽区2023年有多少申请是全部予以公开的？", E("hz23", "r.granted.total")),
            q("2024年那份怎么样？", E("hz24", "r.granted.total")),
            q("所以增加了多少件？", ED("hz23", "hz24", "r.granted.total")),
        ], P + "switch year, difference"),
        F("zh", [
            q("沭阳县2025年直接起诉的行政诉讼总数是几件？", E("sy", "a.litigation_direct.total")),
            q("不是，我指的是复议后起诉那一类，结果维持的有几件？", E("sy", "a.litigation_after_review.upheld")),
        ], P + "self-correction of the appeals group"),
        F("zh", [
            q("淮安市2024年政府信息公开行政诉讼一共多少件？", EN("ha", "行政诉讼 46", 46, "件")),
            q("这46件包括复议后再起诉的吗？只看未经复议直接起诉的是多少？", E("ha", "a.litigation_direct.total")),
        ], P + "narrative total, check it, then narrow to a table cell"),
        F("zh", [
            q("涧西区2020年依申请公开的办结率是多少？", EN("jx", "办结率88.2%", 88.2, "%")),
            q("其中哪件申请拖得最久？用了几天？", EU("no per-request durations")),
        ], P + "narrative, then unanswerable"),
        F("zh", [
            q("2019年上海市政府常务会议的重要议题权威发布了几次？", EN("sh19", "权威发布共计38次", 38, "次")),
            q("上海市府办2019年信访举报投诉类不予处理的，自然人占几件？",
              E("sh19", "r.not_processed.petition.natural_person")),
        ], P + "narrative then table, same body"),
        F("zh", [
            q("沭阳县2025年因逾期未缴费不再处理的申请有几件？", E("sy", "r.other.overdue_fee.total")),
            q("“其他处理”下面“其他”那一小项呢？", E("sy", "r.other.other.total")),
            q("其他处理三个小项一共多少？", E("sy", OTHER3)),
        ], P + "switch row, then add the three sub-items"),
        F("zh", [
            q("淮安2024年予以公开的申请中法律服务机构的有几件？", E("ha", "r.granted.legal_services")),
            q("商业企业的呢？", E("ha", "r.granted.commercial")),
            q("两个加起来是多少", E("ha", ["r.granted.legal_services", "r.granted.commercial"])),
        ], P + "switch column, add up"),
        F("zh", [
            q("洪泽区2023年因国家秘密不予公开的有几件？", E("hz23", "r.withheld.state_secret.total")),
            q("属于四类过程性信息的呢？", E("hz23", "r.withheld.process_info.total")),
            q("这些被拒绝的申请人都是谁？", EU("personal data; the report names no applicant")),
        ], P + "switch row, then unanswerable"),
        F("zh", [
            q("上海市府办2025年复议后起诉的行政诉讼有多少件？", E("sh25", "a.litigation_after_review.total")),
            q("那行政复议总共有多少？", E("sh25", "a.review.total")),
        ], P + "switch appeals group (text cells)"),
        F("zh", [
            q("上海市科委2024年本年新收申请中自然人有几件？", E("kw", "r.received.natural_person")),
            q("上海市府办2025年自然人新收的有多少？", E("sh25", "r.received.natural_person")),
        ], P + "switch body"),
        F("zh", [
            q("沭阳县2025年行政许可处理决定数量多少？", E("sy", "c.licensing.decisions")),
            q("这里面网上办的占多少？", EU("no breakdown by channel")),
        ], P + "ends with an unanswerable breakdown"),
        F("zh", [
            q("淮安市政府2024年收了多少政府信息公开信息处理费？", EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
            q("那2024年行政事业性收费金额是多少万元？", E("ha", "c.fees.amount", unit="万元")),
        ], P + "narrative fee in 元, then the table fee in 万元"),
    ]


def followups_en():
    P = "[followup] "
    return [
        F("en", [
            q("How much did Hongze District collect in administrative fees in 2023 (in 万元)?",
              E("hz23", "c.fees.amount", unit="万元")),
            q("And in the 2024 report?", E("hz24", "c.fees.amount", unit="万元")),
            q("Which year was higher, and by how much?", ED("hz23", "hz24", "c.fees.amount", unit="万元")),
        ], P + "switch year, which year was higher (difference, money)"),
        F("en", [
            q("How many requests did the Shanghai General Office finish handling in 2019?",
              E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
            q("Same figure for 2025, please.", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
            q("What's the change from 2019 to 2025?", ED("sh19", "sh25", "r.total_processed.total")),
            q("What drove that increase?", EU("the reports state no cause for the change")),
        ], P + "switch year, difference, then unanswerable reason"),
        F("en", [
            q("How many normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
            q("And Huai'an, for 2024?", E("ha", "c.normative_docs.issued")),
            q("Hongze District in 2024?", E("hz24", "c.normative_docs.issued")),
        ], P + "switch body twice"),
        F("en", [
            q("In 2025, how many requests did Shanghai's general office decline because they were really "
              "petitions or complaints?", E("sh25", "r.not_processed.petition.total")),
            q("How about duplicate applications?", E("sh25", "r.not_processed.duplicate.total")),
            q("What were the most common complaint topics among them?", EU("no breakdown by topic")),
        ], P + "switch row, then unanswerable"),
        F("en", [
            q("Huai'an 2024: partially granted requests from businesses - how many?",
              E("ha", "r.partially_granted.commercial")),
            q("Sorry, I meant the natural persons column.", E("ha", "r.partially_granted.natural_person")),
        ], P + "self-correction of the column"),
        F("en", [
            q("In 2020, how many administrative reconsiderations involving the Jianxi District government office "
              "were upheld?", E("jx", "a.review.upheld")),
            q("And for lawsuits brought after reconsideration?", E("jx", "a.litigation_after_review.upheld")),
        ], P + "switch appeals group"),
        F("en", [
            q("How many new disclosure requests did the Shanghai General Office receive in 2019?",
              E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            q("Of those, how many came from organisations rather than individuals?",
              E("sh19", "r.received.legal_person")),
            q("And how many of those organisations were legal service firms?",
              E("sh19", "r.received.legal_services")),
            q("What about commercial companies among them?", E("sh19", "r.received.commercial")),
        ], P + "of those, twice, then switch column"),
        F("en", [
            q("Shanghai General Office, 2019: how many direct lawsuits were still pending at year end?",
              E("sh19", "a.litigation_direct.pending")),
            q("And in the 2025 report?", E("sh25", "a.litigation_direct.pending")),
            q("So how many more in 2025 than in 2019?", ED("sh19", "sh25", "a.litigation_direct.pending")),
        ], P + "switch year, difference"),
        F("en", [
            q("Hongze District 2024 - requests where the district said it didn't hold the information?",
              E("hz24", "r.unable.not_held.total")),
            q("Oops, I meant 2023.", E("hz23", "r.unable.not_held.total")),
        ], P + "self-correction of the year"),
        F("en", [
            q("How many new applications did the Shanghai General Office receive in 2025?",
              E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
            q("Does that include the ones carried over from 2024? If not, how many were carried over?",
              E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], P + "check the figure, then the neighbouring row"),
        F("en", [
            q("How many original short videos did Shuyang County put out in 2025?",
              EN("sy", "1113", 1113, "个")),
            q("And how many requests did the county refuse as administrative query matters that year?",
              E("sy", "r.withheld.admin_query.total")),
        ], P + "narrative then table, same body"),
        F("en", [
            q("How many disclosure requests did the Shanghai government general office still have open at the "
              "end of 2025, to be carried forward?", E("sh25", "r.carried_forward.total")),
            q("How many of those came from Pudong residents?", EU("no breakdown by residence or district")),
        ], P + "ends with an unanswerable breakdown"),
        F("en", [
            q("How many licensing decisions did the Shanghai science commission make in 2024?",
              E("kw", "c.licensing.decisions")),
            q("And Hongze District, same year?", E("hz24", "c.licensing.decisions")),
        ], P + "switch body (text cells)"),
        F("en", [
            q("In Shuyang County's 2025 report, how many new requests did legal service organisations file?",
              E("sy", "r.received.legal_services")),
            q("And commercial enterprises?", E("sy", "r.received.commercial")),
            q("Add those two together for me.", E("sy", ["r.received.legal_services", "r.received.commercial"])),
        ], P + "switch column, add up"),
        F("en", [
            q("In the Shanghai General Office's 2019 appeals table, how many reconsideration cases were upheld?",
              E("sh19", "a.review.upheld")),
            q("And how many does the table show as still pending?", E("sh19", "a.review.pending")),
            q("Same table, direct lawsuits: how many upheld?", E("sh19", "a.litigation_direct.upheld")),
            q("Add the upheld reconsiderations and the upheld direct lawsuits together.",
              E("sh19", ["a.review.upheld", "a.litigation_direct.upheld"])),
        ], P + "switch outcome, then appeals group, then add up (table cells; the text's 均获维持 is not used)"),
        F("en", [
            q("How many requests did Huai'an withhold in 2024, counting every ground for non-disclosure?",
              E("ha", "r.withheld.total")),
            q("Of those, how many were administrative query matters?", E("ha", "r.withheld.admin_query.total")),
            q("Which government departments were those query requests sent to?",
              EU("no breakdown by department")),
        ], P + "derived row total, of those, then unanswerable"),
        F("en", [
            q("Hongze District 2023: how many requests were carried forward into the following year?",
              E("hz23", "r.carried_forward.total")),
            q("And at the end of 2024?", E("hz24", "r.carried_forward.total")),
            q("Any difference between the two years?", ED("hz23", "hz24", "r.carried_forward.total")),
        ], P + "switch year, zero difference"),
        F("en", [
            q("Huai'an 2024: how many 'information not held' cases came from legal service firms?",
              E("ha", "r.unable.not_held.legal_services")),
            q("My mistake - the 'other organisations' column.", E("ha", "r.unable.not_held.other_org")),
        ], P + "self-correction of the column"),
        F("en", [
            q("How many administrative reconsiderations did Shuyang County have in 2025?",
              E("sy", "a.review.total")),
            q("Does that include the ones that went to court afterwards? How many went to court after "
              "reconsideration?", E("sy", "a.litigation_after_review.total")),
        ], P + "check the figure, then the neighbouring group"),
        F("en", [
            q("How many followers did the 'Shanghai Keji' video channel have according to the science "
              "commission's 2024 report?", EN("kw", "粉丝数", 54373, "个")),
            q("And how many requests did the commission grant in full that year?",
              E("kw", "r.granted.total", alt=(KW_OUT, 9))),
        ], P + "narrative then table, same body"),
        F("en", [
            q("How many disclosure applications did the Jianxi District government office receive in 2020?",
              E("jx", "r.received.total", alt=(JX_REQ, 17))),
            q("How many of them came in through the online portal?", EU("no breakdown by channel")),
        ], P + "ends with an unanswerable breakdown"),
        F("en", [
            q("How many centralized procurement projects did the Shanghai General Office run in 2019?",
              E("sh19", "c.procurement.projects")),
            q("And Jianxi District's office in 2020?", E("jx", "c.procurement.projects")),
            q("What was Jianxi's procurement amount, in 万元?", E("jx", "c.procurement.amount", unit="万元")),
        ], P + "switch body, then switch column (money)"),
        F("en", [
            q("Shuyang County 2025: how many requests concerned information the county didn't hold?",
              E("sy", "r.unable.not_held.total")),
            q("What about requests that would have required creating new information?",
              E("sy", "r.unable.needs_creation.total")),
            q("How many of those involved rural land?", EU("no breakdown by topic")),
        ], P + "switch row, then unanswerable"),
        F("en", [
            q("Shanghai General Office 2019, 'does not hold the information': how many from individuals?",
              E("sh19", "r.unable.not_held.natural_person")),
            q("And from companies?", E("sh19", "r.unable.not_held.commercial")),
            q("What does that come to across all applicant types?",
              E("sh19", cols("unable.not_held"), printed_total="r.unable.not_held.total",
                alt=("无法提供265件", 265))),
        ], P + "switch column, then all six columns (printed 总计 blank)"),
        F("en", [
            q("How many lawsuits after reconsideration did Hongze District have in 2024?",
              E("hz24", "a.litigation_after_review.total")),
            q("And lawsuits filed directly?", E("hz24", "a.litigation_direct.total")),
            q("Add those to the reconsideration cases - what's the total?", E("hz24", APPEALS3)),
        ], P + "switch appeals group, add up three"),
        F("en", [
            q("How many applications did Huai'an carry over into 2024?",
              E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
            q("How many of those were from private individuals?", E("ha", "r.carried_over.natural_person")),
            q("And how many of the 2024 applications rolled on into 2025?",
              E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
        ], P + "of those, then switch row"),
        F("en", [
            q("In 2019, did the Shanghai General Office have any carried-over requests from legal service firms? "
              "How many?", E("sh19", "r.carried_over.legal_services")),
            q("How about in 2025?", E("sh25", "r.carried_over.legal_services")),
            q("Which year had more, and by how many?", ED("sh19", "sh25", "r.carried_over.legal_services")),
        ], P + "switch year, which year was higher (difference)"),
        F("en", [
            q("How many reconsideration cases did the Shanghai General Office face in 2025?",
              E("sh25", "a.review.total")),
            q("No wait, I need the 2019 number.", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
        ], P + "self-correction of the year"),
        F("en", [
            q("How many new disclosure applications were logged in Shuyang County's 2025 table?",
              E("sy", "r.received.total")),
            q("Does that include the 36 carried over? And how many of the new ones came from individuals?",
              E("sy", "r.received.natural_person")),
        ], P + "check the figure (table 713, not the text's 749), then narrow"),
        F("en", [
            q("How many personnel appointment and removal documents did the Shanghai General Office publish in "
              "2019?", EN("sh19", "人事任免文件141", 141, "件", frm="2019年，通过")),
            q("And how many regulations had it published in total by then, per its table?",
              E("sh19", "c.regulations.total_published")),
        ], P + "narrative then table, same body"),
        F("en", [
            q("Hongze District 2023: how many requests were rejected as petitions or complaints?",
              E("hz23", "r.not_processed.petition.total")),
            q("What was that petition about?", EU("no case details")),
        ], P + "ends with an unanswerable detail"),
        F("en", [
            q("How many reconsideration cases were still open at the end of 2025 for Shuyang County?",
              E("sy", "a.review.pending")),
            q("And for Huai'an at the end of 2024?", E("ha", "a.review.pending", alt=(HA_APP, 37))),
        ], P + "switch body"),
        F("en", [
            q("How many new requests did the Shanghai science commission get in 2024?",
              E("kw", "r.received.total", alt=(KW_REQ, 34))),
            q("And how many had been carried over into 2024 from before?",
              E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            q("Add those up.", E("kw", ["r.received.total", "r.carried_over.total"])),
        ], P + "switch row, add up (text cells)"),
        F("en", [
            q("Huai'an 2024: requests dropped because the applicant never supplied the missing details - how "
              "many from individuals?", E("ha", "r.other.overdue_correction.natural_person")),
            q("And from legal service organisations?", E("ha", "r.other.overdue_correction.legal_services")),
        ], P + "switch column"),
        F("en", [
            q("Shuyang County, 2025: how many direct lawsuits ended with the decision upheld?",
              E("sy", "a.litigation_direct.upheld")),
            q("And reconsiderations that ended with some 'other' result?", E("sy", "a.review.other")),
        ], P + "switch appeals group and outcome"),
        F("en", [
            q("How many requests did Huai'an put under 'other handling' in 2024, all three sub-items together?",
              E("ha", OTHER3)),
            q("Of those, how many were because the fee wasn't paid on time?", E("ha", "r.other.overdue_fee.total")),
        ], P + "sum of three sub-items, then of those"),
        F("en", [
            q("Business applicants at the Shanghai General Office in 2019 - how many new requests?",
              E("sh19", "r.received.commercial")),
            q("And in 2025?", E("sh25", "r.received.commercial")),
            q("How much did that change?", ED("sh19", "sh25", "r.received.commercial")),
        ], P + "switch year, difference"),
        F("en", [
            q("How many administrative reconsiderations in Huai'an's 2024 report ended with the decision "
              "corrected?", E("ha", "a.review.corrected", alt=(HA_APP, 64))),
            q("Actually I wanted litigation after reconsideration - how many corrected there?",
              E("ha", "a.litigation_after_review.corrected")),
        ], P + "self-correction of the appeals group"),
        F("en", [
            q("How many requests did the Jianxi District government office finish in 2020?",
              E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
            q("Does that include the ones still in progress? And how many were granted in full?",
              E("jx", "r.granted.total")),
        ], P + "check the figure, then narrow"),
        F("en", [
            q("How many issues of the Shanghai government gazette were edited in 2025?",
              EN("sh25", "公报》24", 24, "期")),
            q("And how many direct lawsuits did the General Office face that year?",
              E("sh25", "a.litigation_direct.total")),
        ], P + "narrative then table, same body"),
        F("en", [
            q("How many requests did Shuyang County refuse in 2025 because they concerned law-enforcement case "
              "files?", E("sy", "r.withheld.enforcement_files.total")),
            q("Which county departments issued those refusals?", EU("no breakdown by department")),
        ], P + "ends with an unanswerable breakdown"),
        F("en", [
            q("How many 'information not held' replies did Hongze District give individuals in 2023?",
              E("hz23", "r.unable.not_held.natural_person")),
            q("And the Jianxi District office in 2020?", E("jx", "r.unable.not_held.natural_person")),
            q("And Shuyang County in 2025?", E("sy", "r.unable.not_held.natural_person")),
            q("So of Hongze District 2023, the Jianxi office 2020 and Shuyang County 2025, which one is highest?",
              ER(["hz23", "jx", "sy"], "r.unable.not_held.natural_person", "desc")),
        ], P + "switch body twice, then rank the three (all named)"),
        F("en", [
            q("How many normative documents had the Jianxi District office published in total by 2020?",
              E("jx", "c.normative_docs.total_published")),
            q("And how many regulations did it make?", E("jx", "c.regulations.made")),
        ], P + "switch row (2019 format)"),
        F("en", [
            q("How many individuals filed new requests with the Shanghai General Office in 2019?",
              E("sh19", "r.received.natural_person")),
            q("And the 'other' organisations column?", E("sh19", "r.received.other_org")),
        ], P + "switch column"),
        F("en", [
            q("How many requests did Shuyang County partially grant in 2025?", E("sy", "r.partially_granted.total")),
            q("How many of those came from legal service institutions?",
              E("sy", "r.partially_granted.legal_services")),
            q("What share of the partial grants related to land expropriation?", EU("no breakdown by topic")),
        ], P + "of those, then unanswerable"),
        F("en", [
            q("Shanghai General Office: new requests from individuals in 2025?",
              E("sh25", "r.received.natural_person")),
            q("And back in 2019?", E("sh19", "r.received.natural_person")),
            q("Which year had more, and how many more?", ED("sh19", "sh25", "r.received.natural_person")),
        ], P + "switch year, which year was higher (difference)"),
        F("en", [
            q("How many coercion decisions did Huai'an record in 2024?", E("ha", "c.coercion.decisions")),
            q("Sorry, wrong place - I meant Shuyang County, 2025.", E("sy", "c.coercion.decisions")),
        ], P + "self-correction of the body"),
        F("en", [
            q("How many requests did the Shanghai General Office close in 2025?",
              E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
            q("Is that only new requests, or carried-over ones too? Anyway, how many were granted in full?",
              E("sh25", "r.granted.total")),
        ], P + "check the figure, then narrow (table 206, not the text's 208 with partial)"),
        F("en", [
            q("How many policy interpretation items did Hongze District publish in 2024?",
              EN("hz24", "解读信息发布 7", 7, "条")),
            q("And how many requests were granted in its 2024 table?", E("hz24", "r.granted.total")),
        ], P + "narrative then table, same body"),
        F("en", [
            q("What did Huai'an collect in administrative fees in 2024 (万元)?",
              E("ha", "c.fees.amount", unit="万元")),
            q("How much of that came from education-related fees?", EU("no breakdown of fees by sector")),
        ], P + "ends with an unanswerable breakdown"),
        F("en", [
            q("How many Huai'an requests in 2024 were not processed because the applicant asked the city to "
              "confirm or reissue information they already had?", E("ha", "r.not_processed.reconfirm.total")),
            q("And requests for public publications?", E("ha", "r.not_processed.publication.total")),
        ], P + "switch row"),
        F("en", [
            q("How many 2025 requests to the Shanghai General Office couldn't be met because the office didn't "
              "hold the information?", E("sh25", "r.unable.not_held.total")),
            q("And how many because it would have had to be newly created?",
              E("sh25", "r.unable.needs_creation.total")),
            q("Together?", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], P + "switch row, add up (text cells)"),
    ]


def CONVERSATIONS():
    return (plain() + neighbour() + combine() + rank() + textonly() + cannot()
            + followups_zh() + followups_en())
