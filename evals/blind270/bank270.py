"""Question bank of blind evaluation set 270 (evals/blind270): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers270.py (gold JSON, derived keys per spec/README.md), by blindlib270.text_cell from the
printed rows of the three reports without gold (SPECS below: the same cells blind6's
text_cells.json verified, nothing new), or cut from the report text (narrative sentences).

Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市府办 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib270 as L  # noqa: E402
from helpers270 import (E, EN, EU, ED, V, T, S, N, U, D, R, F, cols)  # noqa: E402

# printed cells of the reports without gold: (kind, label, index) as verified by blind5/blind6
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

WAN = {"unit": "万元"}

# text alternatives (keyword, number): the report's narrative states the same number as the table
HA_RECV = ("受理政府信息公开申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_CO = ("含上年度结转申请 34", 34)
HA_CF = ("103 件顺延", 103)
HA_REV = ("行政复议 351", 351)
HA_UPH = ("结果维持 72", 72)
HA_COR = ("结果纠正 64", 64)
HA_OTH = ("其他结果 178", 178)
HA_PEND = ("尚未审结 37", 37)
HA_LIT = ("行政诉讼 46", 46)
HZ23_RECV = ("受理政府信息公开申请 21", 21)
JX_RECV = ("收到依申请公开17件", 17)
JX_DONE = ("办结15件", 15)
JX_CF = ("在办2件", 2)
SY_749 = ("共受理政府信息公开申请 749", 749)
SY_741 = ("自然人申请 741", 741)
SY_ORG = ("法人或其他组织申请 8", 8)
SY_DONE = ("共办理 718", 718)
SY_CF = ("结转下一年 31", 31)
SH19_RECV = ("共受理政府信息公开申请859", 859)
SH19_DONE = ("答复政府信息公开申请805", 805)
SH19_CO = ("上年度结转申请18", 18)
SH19_CF = ("另有72件", 72)
SH19_WH = ("不予公开35件", 35)
SH19_NP = ("不予处理158件", 158)
SH19_LIT = ("诉讼9件", 9)
SH19_REV = ("行政复议7件", 7)
SH19_REG = ("主动公开规章13件", 13)
SH19_NORM = ("行政规范性文件60件", 60)
SH25_RECV = ("受理政府信息公开申请 1295", 1295)
SH25_DONE = ("办结 1191", 1191)
SH25_CO = ("上年结转 189", 189)
KW_RECV = ("收到政府信息公开申请 34", 34)
KW_CO = ("上年结转政府信息公开申请 2", 2)
KW_GR = ("同意公开答复 9", 9)
KW_NORM = ("行政规范性文件 13 件", 13)


def fu(lang, moves, desc, *turns):
    return F(lang, list(turns), "[followup] moves: %s — %s" % (", ".join(moves), desc))


# ================================================================== follow-ups (~40%)
def followups():
    c = []
    # ---------------------------------------------------------- switch the year
    c.append(fu("zh", ["year", "compare"], "洪泽区 行政许可 2023→2024, then the change",
        ("洪泽区2023年行政许可一共作出了多少个处理决定？", E("hz23", "c.licensing.decisions")),
        ("那2024年的报告里是多少？", E("hz24", "c.licensing.decisions")),
        ("前后两年差了多少，哪年多一些？", ED("hz23", "hz24", "c.licensing.decisions"))))
    c.append(fu("en", ["year", "compare"], "Hongze penalties 2023→2024, then the change",
        ("How many administrative penalty decisions does Hongze District list for 2023?",
         E("hz23", "c.punishment.decisions")),
        ("And in its 2024 report?", E("hz24", "c.punishment.decisions")),
        ("Which of the two years was higher, and by how much?",
         ED("hz23", "hz24", "c.punishment.decisions"))))
    c.append(fu("zh", ["year", "compare"], "洪泽 行政强制 2024→2023, then the change",
        ("洪泽2024年行政强制的决定数量有多少", E("hz24", "c.coercion.decisions")),
        ("换到2023年看看呢", E("hz23", "c.coercion.decisions")),
        ("这两年比，是增加了还是减少了？变化多少？", ED("hz23", "hz24", "c.coercion.decisions"))))
    c.append(fu("en", ["year", "compare"], "Hongze fee income (万元) 2023→2024, then the change",
        ("How much administrative fee revenue did Hongze District record for 2023? Give it in the table's unit.",
         E("hz23", "c.fees.amount", **WAN)),
        ("Same figure for 2024, please.", E("hz24", "c.fees.amount", **WAN)),
        ("So did fee income go up or down between 2023 and 2024, and by how much?",
         ED("hz23", "hz24", "c.fees.amount", **WAN))))
    c.append(fu("zh", ["year", "compare"], "洪泽 现行有效规范性文件 2023→2024",
        ("洪泽区政府2023年底现行有效的行政规范性文件还有几件？", E("hz23", "c.normative_docs.in_force")),
        ("24年的年报里这个数变成多少了", E("hz24", "c.normative_docs.in_force")),
        ("也就是多了几件？", ED("hz23", "hz24", "c.normative_docs.in_force"))))
    c.append(fu("en", ["year", "end-unanswerable"], "Hongze 不掌握 2023→2024, then a department breakdown",
        ("In 2023, how many of Hongze District's requests ended with 'this office doesn't hold that information'?",
         E("hz23", "r.unable.not_held.total")),
        ("And in 2024?", E("hz24", "r.unable.not_held.total")),
        ("Which government departments were those 2024 requests actually meant for?",
         EU("the report gives no breakdown of these requests by the department concerned"))))
    c.append(fu("zh", ["year", "compare"], "洪泽 予以公开 2024→2023, then the change",
        ("洪泽区2024年依申请公开里，直接予以公开的是多少件？（按表格）", E("hz24", "r.granted.total")),
        ("那2023年这个数是多少？", E("hz23", "r.granted.total")),
        ("前后两年相差多少件", ED("hz23", "hz24", "r.granted.total"))))
    c.append(fu("en", ["year", "end-unanswerable"], "Hongze direct lawsuits 2023→2024, then who sued",
        ("Were any lawsuits filed straight against Hongze District over disclosure in 2023, without going through reconsideration first?",
         E("hz23", "a.litigation_direct.total")),
        ("Did that change in 2024?", E("hz24", "a.litigation_direct.total")),
        ("Who brought that 2024 suit, an individual or a company?",
         EU("the report does not say who filed the lawsuit"))))
    c.append(fu("zh", ["year", "compare"], "上海市府办 新收 2019→2025, then the change",
        ("上海市政府办公厅2019年新收到多少件政府信息公开申请？", E("sh19", "r.received.total", alt=SH19_RECV)),
        ("到了2025年呢？", E("sh25", "r.received.total", alt=SH25_RECV)),
        ("2025年比2019年多出来多少件？", ED("sh19", "sh25", "r.received.total"))))
    c.append(fu("en", ["year", "compare"], "Shanghai GO carried over 2025→2019, then the change",
        ("How many requests did the Shanghai General Office carry into 2025 that were still open from before?",
         E("sh25", "r.carried_over.total", alt=SH25_CO)),
        ("Same thing in its 2019 report?", E("sh19", "r.carried_over.total", alt=SH19_CO)),
        ("How big is the gap between 2019 and 2025 on that?", ED("sh19", "sh25", "r.carried_over.total"))))
    c.append(fu("zh", ["year", "compare"], "上海市府办 结转下年 2019→2025",
        ("上海市府办2019年办不完、结转到下一年继续办理的申请有几件？", E("sh19", "r.carried_forward.total", alt=SH19_CF)),
        ("2025年的呢", E("sh25", "r.carried_forward.total")),
        ("两年一比，差多少？", ED("sh19", "sh25", "r.carried_forward.total"))))
    c.append(fu("en", ["year", "of-those"], "Shanghai GO reconsiderations 2019→2025, then pending",
        ("How many administrative reconsideration cases over disclosure did the Shanghai municipal General Office have in 2019?",
         E("sh19", "a.review.total", alt=SH19_REV)),
        ("And in 2025?", E("sh25", "a.review.total")),
        ("Of the 2025 ones, how many had not been decided yet?", E("sh25", "a.review.pending"))))
    c.append(fu("zh", ["year", "of-those"], "上海市府办 直接起诉 2025→2019, then 2025 pending",
        ("上海市政府办公厅2025年未经复议直接被起诉的信息公开案件有几件？", E("sh25", "a.litigation_direct.total")),
        ("2019年那份报告里是多少？", E("sh19", "a.litigation_direct.total", alt=SH19_LIT)),
        ("回到2025年，那几件里面还没审结的有多少？", E("sh25", "a.litigation_direct.pending"))))
    c.append(fu("en", ["year", "compare"], "Shanghai GO individuals' new requests 2019→2025",
        ("In 2019, how many new disclosure requests did private individuals send to the Shanghai General Office?",
         E("sh19", "r.received.natural_person")),
        ("And individuals in 2025?", E("sh25", "r.received.natural_person")),
        ("What's the change from 2019 to 2025?", ED("sh19", "sh25", "r.received.natural_person"))))
    c.append(fu("zh", ["year", "compare"], "上海市府办 办理总计 2019→2025",
        ("上海市府办2019年一共办理（答复）了多少件申请？", E("sh19", "r.total_processed.total", alt=SH19_DONE)),
        ("2025年的办理总数是多少", E("sh25", "r.total_processed.total", alt=SH25_DONE)),
        ("哪一年办得多？多了多少件", ED("sh19", "sh25", "r.total_processed.total"))))
    c.append(fu("en", ["year", "compare"], "Shanghai GO company requests 2025→2019",
        ("How many new requests from businesses did the Shanghai General Office log in 2025?",
         E("sh25", "r.received.commercial")),
        ("What was it back in 2019?", E("sh19", "r.received.commercial")),
        ("Which year had more, then, and by how many?", ED("sh19", "sh25", "r.received.commercial"))))

    # ---------------------------------------------------------- switch the body
    c.append(fu("zh", ["body", "of-those"], "淮安→沭阳 复议总计, then 沭阳 维持",
        ("淮安市2024年因为信息公开被申请行政复议的有多少件？", E("ha", "a.review.total", alt=HA_REV)),
        ("沭阳县2025年呢？", E("sy", "a.review.total")),
        ("沭阳那些复议里，维持原处理的有多少件", E("sy", "a.review.upheld"))))
    c.append(fu("en", ["body"], "不掌握 across Huai'an, Shuyang, Hongze",
        ("In 2024, how many requests did Huai'an turn down because it didn't have the information?",
         E("ha", "r.unable.not_held.total")),
        ("Shuyang County's figure for 2025?", E("sy", "r.unable.not_held.total")),
        ("And Hongze District, 2023?", E("hz23", "r.unable.not_held.total"))))
    c.append(fu("zh", ["body"], "行政处罚 沭阳→淮安→洪泽",
        ("沭阳县2025年行政处罚决定是多少个？", E("sy", "c.punishment.decisions")),
        ("淮安市2024年的行政处罚数呢", E("ha", "c.punishment.decisions")),
        ("那洪泽区2023年的是多少？", E("hz23", "c.punishment.decisions"))))
    c.append(fu("en", ["body"], "normative docs in force: Shuyang→Huai'an→Hongze 2024",
        ("How many normative documents did Shuyang County still have in force at the end of 2025?",
         E("sy", "c.normative_docs.in_force")),
        ("How about Huai'an at the end of 2024?", E("ha", "c.normative_docs.in_force")),
        ("And Hongze District, same year as Huai'an?", E("hz24", "c.normative_docs.in_force"))))
    c.append(fu("zh", ["body", "check"], "涧西→淮安 予以公开, then 部分公开 apart",
        ("涧西区政府办2020年予以公开的申请有几件？", E("jx", "r.granted.total")),
        ("淮安市2024年这一项是多少", E("ha", "r.granted.total")),
        ("淮安这个数里算了部分公开的吗？部分公开的单独是多少？", E("ha", "r.partially_granted.total"))))
    c.append(fu("en", ["body", "column"], "procurement: Jianxi 2020 → Shanghai GO 2019, then the amount",
        ("How many centralized government procurement projects did the Jianxi District office report for 2020?",
         E("jx", "c.procurement.projects")),
        ("How many did the Shanghai General Office have in 2019?", E("sh19", "c.procurement.projects")),
        ("And how much money did Shanghai's come to, in 万元?", E("sh19", "c.procurement.amount", **WAN))))
    c.append(fu("zh", ["body"], "行政许可 市科委→洪泽2024→沭阳2025",
        ("上海市科委2024年作出的行政许可决定有多少？", E("kw", "c.licensing.decisions")),
        ("同一年洪泽区呢", E("hz24", "c.licensing.decisions")),
        ("沭阳县2025年又是多少", E("sy", "c.licensing.decisions"))))
    c.append(fu("en", ["body"], "duplicate requests: Huai'an 2024 → Shuyang 2025 → Shanghai GO 2025",
        ("How many of Huai'an's 2024 requests were set aside as repeat applications?",
         E("ha", "r.not_processed.duplicate.total")),
        ("And Shuyang County's in 2025?", E("sy", "r.not_processed.duplicate.total")),
        ("Shanghai General Office, same year as Shuyang?", E("sh25", "r.not_processed.duplicate.total"))))
    c.append(fu("zh", ["body", "row"], "信访类 沭阳→上海市府办 2025, then 重复申请",
        ("沭阳县2025年有多少申请被认定为信访举报投诉类、不予处理？", E("sy", "r.not_processed.petition.total")),
        ("上海市政府办公厅同年这一类有多少？", E("sh25", "r.not_processed.petition.total")),
        ("上海那边因为重复申请不处理的又有几件", E("sh25", "r.not_processed.duplicate.total"))))
    c.append(fu("en", ["body", "end-unanswerable"], "carried forward Shuyang → Huai'an, then reasons",
        ("How many requests did Shuyang County push into 2026 because they weren't finished in 2025?",
         E("sy", "r.carried_forward.total", alt=SY_CF)),
        ("What was Huai'an's number for requests rolled from 2024 into 2025?",
         E("ha", "r.carried_forward.total", alt=HA_CF)),
        ("Why were those Huai'an ones deferred? Is there a breakdown by reason?",
         EU("the report gives no reasons or breakdown for the requests carried into the next year"))))
    c.append(fu("zh", ["body", "of-those"], "不掌握 洪泽2023→淮安2024, then 法律服务机构",
        ("洪泽区2023年有几件申请是“本机关不掌握相关政府信息”？", E("hz23", "r.unable.not_held.total")),
        ("淮安市2024年的数字呢", E("ha", "r.unable.not_held.total")),
        ("淮安的这些里面，律所等法律服务机构申请的有几件？", E("ha", "r.unable.not_held.legal_services"))))
    c.append(fu("en", ["body", "column"], "individual requests: STCSM 2024 → Shanghai GO 2025, then companies",
        ("How many new requests did individuals file with the Shanghai Science and Technology Commission in 2024?",
         E("kw", "r.received.natural_person")),
        ("And with the Shanghai General Office in 2025?", E("sh25", "r.received.natural_person")),
        ("At the General Office, how many came from companies?", E("sh25", "r.received.commercial"))))

    # ---------------------------------------------------------- switch row / column / group
    c.append(fu("zh", ["group"], "淮安 结果纠正 复议→直接起诉→复议后起诉",
        ("淮安2024年信息公开行政复议里，结果被纠正的有几件？", E("ha", "a.review.corrected", alt=HA_COR)),
        ("直接起诉的行政诉讼呢，被纠正的几件", E("ha", "a.litigation_direct.corrected")),
        ("复议之后再起诉的呢？", E("ha", "a.litigation_after_review.corrected"))))
    c.append(fu("en", ["group"], "Shuyang upheld: review → direct suits → suits after review",
        ("In Shuyang County's 2025 report, how many reconsideration cases ended with the decision upheld?",
         E("sy", "a.review.upheld")),
        ("Same outcome for lawsuits filed directly?", E("sy", "a.litigation_direct.upheld")),
        ("And for suits brought after reconsideration?", E("sy", "a.litigation_after_review.upheld"))))
    c.append(fu("zh", ["column"], "淮安 新收 商业企业→科研机构→法律服务机构",
        ("淮安市2024年企业新提交的信息公开申请有多少？", E("ha", "r.received.commercial")),
        ("科研机构呢", E("ha", "r.received.research")),
        ("法律服务机构那一栏是多少？", E("ha", "r.received.legal_services"))))
    c.append(fu("en", ["column", "add-up"], "Huai'an granted: individuals, law firms, together",
        ("How many of Huai'an's 2024 requests from private citizens were answered with full disclosure?",
         E("ha", "r.granted.natural_person")),
        ("And how many from legal service firms got full disclosure?", E("ha", "r.granted.legal_services")),
        ("What do those two come to together?", E("ha", ["r.granted.natural_person", "r.granted.legal_services"]))))
    c.append(fu("zh", ["row", "add-up"], "沭阳 予以公开→部分公开→合计",
        ("沭阳县2025年依申请予以公开的有多少件？", E("sy", "r.granted.total")),
        ("部分公开的呢", E("sy", "r.partially_granted.total")),
        ("两项加在一起是多少件？", E("sy", ["r.granted.total", "r.partially_granted.total"]))))
    c.append(fu("en", ["column", "row"], "Huai'an regulations issued → in force → normative docs in force",
        ("How many municipal regulations did Huai'an issue in 2024?", E("ha", "c.regulations.issued")),
        ("How many regulations are currently in force there?", E("ha", "c.regulations.in_force")),
        ("And normative documents currently in force?", E("ha", "c.normative_docs.in_force"))))
    c.append(fu("zh", ["row", "add-up"], "淮安 处罚→强制→合计",
        ("淮安2024年的行政处罚决定数是多少？", E("ha", "c.punishment.decisions")),
        ("行政强制的呢？", E("ha", "c.coercion.decisions")),
        ("这两项合计多少", E("ha", ["c.punishment.decisions", "c.coercion.decisions"]))))
    c.append(fu("en", ["row", "column"], "Shanghai GO 2019 regulations total → normative docs total → normative docs made",
        ("By the end of 2019, how many regulations had the Shanghai General Office published in total?",
         E("sh19", "c.regulations.total_published")),
        ("Same measure for normative documents?", E("sh19", "c.normative_docs.total_published")),
        ("And how many normative documents were newly drafted in 2019 itself?",
         E("sh19", "c.normative_docs.made", alt=SH19_NORM))))
    c.append(fu("zh", ["row"], "沭阳 （六）三个子项",
        ("沭阳县2025年申请人逾期不补正、不再处理的申请有几件？", E("sy", "r.other.overdue_correction.total")),
        ("那逾期不交费被终止处理的呢", E("sy", "r.other.overdue_fee.total")),
        ("（六）其他处理里剩下的那个“其他”是多少？", E("sy", "r.other.other.total"))))
    c.append(fu("en", ["row", "add-up"], "Huai'an withheld: third party, internal affairs, process info, sum",
        ("For Huai'an in 2024, how many requests were refused to protect third parties' legitimate rights?",
         E("ha", "r.withheld.third_party.total")),
        ("How many were refused as internal-affairs information?", E("ha", "r.withheld.internal_affairs.total")),
        ("And process information?", E("ha", "r.withheld.process_info.total")),
        ("Add those three up for me.", E("ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                                             "r.withheld.process_info.total"]))))
    c.append(fu("zh", ["row", "add-up"], "上海市府办2025 不掌握→另行制作→合计",
        ("上海市府办2025年答复“本机关不掌握”的申请有多少件？", E("sh25", "r.unable.not_held.total")),
        ("需要另行制作、没有现成信息的呢？", E("sh25", "r.unable.needs_creation.total")),
        ("这两类加起来", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"]))))
    c.append(fu("en", ["group"], "Shanghai GO 2025: direct suits → suits after review → reconsiderations",
        ("How many lawsuits were filed directly against the Shanghai General Office in 2025 over disclosure?",
         E("sh25", "a.litigation_direct.total")),
        ("And lawsuits brought after a reconsideration?", E("sh25", "a.litigation_after_review.total")),
        ("How many reconsideration cases were there themselves?", E("sh25", "a.review.total"))))
    c.append(fu("zh", ["group"], "淮安 尚未审结 复议后起诉→直接起诉→复议",
        ("淮安2024年复议后又起诉的案子，还没审结的有几件？", E("ha", "a.litigation_after_review.pending")),
        ("直接起诉那一组没审结的呢", E("ha", "a.litigation_direct.pending")),
        ("行政复议那边还悬着没结的有多少", E("ha", "a.review.pending", alt=HA_PEND))))
    c.append(fu("en", ["row", "end-unanswerable"], "Shuyang fee income → licensing → food-business licences",
        ("What fee income did Shuyang County report for 2025, in 万元?", E("sy", "c.fees.amount", **WAN)),
        ("How many administrative licensing decisions did it make?", E("sy", "c.licensing.decisions")),
        ("How many of those licences went to food businesses?",
         EU("the report gives no breakdown of licensing decisions by industry"))))
    c.append(fu("zh", ["column", "add-up"], "上海市府办2019 新收 自然人→企业→律所+其他",
        ("上海市政府办公厅2019年自然人新提出的申请是多少件？", E("sh19", "r.received.natural_person")),
        ("商业企业呢", E("sh19", "r.received.commercial")),
        ("法律服务机构和“其他”组织各有几件？合起来算一下", E("sh19", ["r.received.legal_services", "r.received.other_org"]))))
    c.append(fu("en", ["group", "end-unanswerable"], "Jianxi 2020 review → direct suits → subject",
        ("How many disclosure-related reconsideration cases did the Jianxi District government office have in 2020?",
         E("jx", "a.review.total")),
        ("And lawsuits that skipped reconsideration?", E("jx", "a.litigation_direct.total")),
        ("What was that reconsideration case about?",
         EU("the report does not describe the subject of the case"))))

    # ---------------------------------------------------------- of those ...
    c.append(fu("zh", ["of-those"], "淮安 新收→自然人→法人或其他组织",
        ("淮安市2024年一共新收了多少件信息公开申请？", E("ha", "r.received.total", alt=HA_RECV)),
        ("其中个人提交的有多少？", E("ha", "r.received.natural_person")),
        ("那法人或其他组织合计是多少", E("ha", "r.received.legal_person"))))
    c.append(fu("en", ["of-those", "row"], "Shuyang withheld → internal affairs → enforcement files",
        ("How many requests did Shuyang County refuse to disclose in 2025, all refusal grounds together?",
         E("sy", "r.withheld.total")),
        ("How many of those were internal-affairs information?", E("sy", "r.withheld.internal_affairs.total")),
        ("And how many were administrative enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))))
    c.append(fu("zh", ["of-those", "column"], "淮安 不予公开→行政查询事项→其中企业",
        ("淮安2024年不予公开的申请总共多少件？", E("ha", "r.withheld.total")),
        ("其中属于行政查询事项的有几件", E("ha", "r.withheld.admin_query.total")),
        ("这一类里有企业申请的吗？有几件", E("ha", "r.withheld.admin_query.commercial"))))
    c.append(fu("en", ["of-those"], "Huai'an direct lawsuits → upheld → corrected",
        ("Huai'an, 2024: how many disclosure lawsuits were filed without reconsideration first?",
         E("ha", "a.litigation_direct.total")),
        ("Of those, how many went Huai'an's way (upheld)?", E("ha", "a.litigation_direct.upheld")),
        ("How many ended in the decision being corrected?", E("ha", "a.litigation_direct.corrected"))))
    c.append(fu("zh", ["of-those"], "沭阳 复议后起诉→维持→尚未审结",
        ("沭阳县2025年经过复议后又打官司的有几件？", E("sy", "a.litigation_after_review.total")),
        ("其中判维持的几件？", E("sy", "a.litigation_after_review.upheld")),
        ("还有没判完的吗", E("sy", "a.litigation_after_review.pending"))))
    c.append(fu("en", ["of-those"], "Shanghai GO 2025 new requests → individuals → companies",
        ("How many disclosure requests came in new to the Shanghai General Office in 2025?",
         E("sh25", "r.received.total", alt=SH25_RECV)),
        ("How many of them came from individuals?", E("sh25", "r.received.natural_person")),
        ("So how many were from businesses?", E("sh25", "r.received.commercial"))))
    c.append(fu("zh", ["of-those", "row"], "淮安 无法提供→不掌握→补正后仍不明确",
        ("淮安市2024年无法提供的申请一共几件？", E("ha", "r.unable.total")),
        ("这里面“本机关不掌握”占了多少件", E("ha", "r.unable.not_held.total")),
        ("补正后申请内容还是不明确的呢", E("ha", "r.unable.unclear.total"))))
    c.append(fu("en", ["of-those", "row"], "Huai'an other handling → overdue correction → unpaid fees",
        ("In Huai'an's 2024 figures, how many requests ended up under 'other handling' altogether?",
         E("ha", "r.other.total")),
        ("How many of those were dropped because the applicant never supplied the missing details in time?",
         E("ha", "r.other.overdue_correction.total")),
        ("And because the applicant didn't pay the fee notice?", E("ha", "r.other.overdue_fee.total"))))
    c.append(fu("zh", ["of-those", "column"], "沭阳 不予处理→重复申请→其中企业",
        ("沭阳县2025年不予处理的申请有多少件？", E("sy", "r.not_processed.total")),
        ("其中重复申请的是几件", E("sy", "r.not_processed.duplicate.total")),
        ("重复申请里有企业提的吗，几件？", E("sy", "r.not_processed.duplicate.commercial"))))
    c.append(fu("en", ["of-those", "row"], "Jianxi received → granted → not held",
        ("How many disclosure applications did the Jianxi District office receive in 2020?",
         E("jx", "r.received.total", alt=JX_RECV)),
        ("How many were disclosed in full?", E("jx", "r.granted.total")),
        ("And how many couldn't be provided because the office didn't hold the information?",
         E("jx", "r.unable.not_held.total"))))
    c.append(fu("zh", ["of-those", "column"], "上海市府办2019 不予处理(按列)→信访类→其中企业",
        ("上海市政府办公厅2019年不予处理的申请一共有多少？", E("sh19", cols("not_processed"), alt=SH19_NP,
                                                        printed_total=["r.not_processed.total"])),
        ("其中信访举报投诉类的有多少", E("sh19", cols("not_processed.petition"),
                                   printed_total=["r.not_processed.petition.total"])),
        ("信访类里面企业提的是几件？", E("sh19", "r.not_processed.petition.commercial"))))
    c.append(fu("en", ["of-those", "column"], "Huai'an law firms: received → granted → partially granted",
        ("How many new requests did law firms and other legal service providers file with Huai'an in 2024?",
         E("ha", "r.received.legal_services")),
        ("How many requests in that column were granted in full?", E("ha", "r.granted.legal_services")),
        ("Any partial disclosures for them?", E("ha", "r.partially_granted.legal_services"))))
    c.append(fu("zh", ["of-those"], "淮安 复议后起诉→维持→纠正",
        ("淮安市2024年经复议后提起行政诉讼的有几件", E("ha", "a.litigation_after_review.total")),
        ("其中维持的有几件？", E("ha", "a.litigation_after_review.upheld")),
        ("结果纠正的呢", E("ha", "a.litigation_after_review.corrected"))))
    c.append(fu("en", ["of-those", "column"], "Shuyang partially granted → law firms → individuals",
        ("How many requests did Shuyang County partially grant in 2025?", E("sy", "r.partially_granted.total")),
        ("How many of those were for legal service institutions?", E("sy", "r.partially_granted.legal_services")),
        ("And the individuals' share of them?", E("sy", "r.partially_granted.natural_person"))))

    # ---------------------------------------------------------- add up (same report)
    c.append(fu("zh", ["row", "add-up"], "沭阳 许可→处罚→强制→三项合计",
        ("沭阳县2025年行政许可处理决定多少件？", E("sy", "c.licensing.decisions")),
        ("行政处罚呢", E("sy", "c.punishment.decisions")),
        ("行政强制是多少", E("sy", "c.coercion.decisions")),
        ("三项加起来一共多少？", E("sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"]))))
    c.append(fu("en", ["group", "add-up"], "Hongze 2024: review → direct → after review → total",
        ("Hongze District, 2024: how many reconsideration cases about disclosure?", E("hz24", "a.review.total")),
        ("Lawsuits filed directly?", E("hz24", "a.litigation_direct.total")),
        ("And suits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
        ("What's the total across all three?", E("hz24", ["a.review.total", "a.litigation_direct.total",
                                                         "a.litigation_after_review.total"]))))
    c.append(fu("zh", ["row", "add-up"], "上海市府办2025 信访类→重复申请→合计",
        ("上海市府办2025年信访举报投诉类申请有几件没处理？", E("sh25", "r.not_processed.petition.total")),
        ("重复申请的有几件", E("sh25", "r.not_processed.duplicate.total")),
        ("加一起多少", E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]))))
    c.append(fu("en", ["row", "add-up"], "Shanghai GO 2025 new → carried over → together",
        ("How many new disclosure requests reached the Shanghai General Office in 2025?",
         E("sh25", "r.received.total")),
        ("How many were carried over into 2025 from 2024?", E("sh25", "r.carried_over.total")),
        ("Add them together, what's the workload?", E("sh25", ["r.received.total", "r.carried_over.total"]))))

    # ---------------------------------------------------------- self-correction
    c.append(fu("zh", ["correction", "column"], "洪泽 制发 2024 → 不对 2023 → 废止",
        ("洪泽区2024年制发了几件行政规范性文件？", E("hz24", "c.normative_docs.issued")),
        ("不对，我是说2023年的", E("hz23", "c.normative_docs.issued")),
        ("那2023年废止了几件？", E("hz23", "c.normative_docs.repealed"))))
    c.append(fu("en", ["correction", "group"], "Shuyang corrected: review → sorry, direct suits → after review pending",
        ("How many of Shuyang County's 2025 reconsideration cases ended with the decision corrected?",
         E("sy", "a.review.corrected")),
        ("Sorry, I meant the lawsuits filed directly, how many were corrected there?",
         E("sy", "a.litigation_direct.corrected")),
        ("OK. And of the suits filed after reconsideration, how many are still pending?",
         E("sy", "a.litigation_after_review.pending"))))
    c.append(fu("zh", ["correction", "column"], "淮安 企业新收 → 说错了 法律服务机构",
        ("淮安市2024年本年新收的申请里，企业提交了多少？", E("ha", "r.received.commercial")),
        ("说错了，我要看的是法律服务机构那一列", E("ha", "r.received.legal_services"))))
    c.append(fu("en", ["correction", "row"], "Huai'an repealed regulations → sorry, normative documents",
        ("How many regulations did Huai'an repeal in 2024?", E("ha", "c.regulations.repealed")),
        ("Sorry, I meant normative documents, not regulations.", E("ha", "c.normative_docs.repealed"))))
    c.append(fu("zh", ["correction", "year"], "上海市府办2025 上年结转 → 哦不 结转下年 → 2019",
        ("上海市政府办公厅2025年上年结转过来的申请有几件？", E("sh25", "r.carried_over.total", alt=SH25_CO)),
        ("哦不对，我想问的是结转到下一年继续办的", E("sh25", "r.carried_forward.total")),
        ("2019年这个数是多少？", E("sh19", "r.carried_forward.total", alt=SH19_CF))))
    c.append(fu("en", ["correction"], "Jianxi carried over into 2020 → sorry, carried forward into 2021",
        ("Jianxi District office: how many requests came into 2020 still open from 2019?",
         E("jx", "r.carried_over.total")),
        ("My mistake, I meant the ones it carried forward into 2021.", E("jx", "r.carried_forward.total", alt=JX_CF))))
    c.append(fu("zh", ["correction", "of-those"], "沭阳 部分公开 → 搞错了 予以公开 → 其中自然人",
        ("沭阳2025年部分公开的有多少件", E("sy", "r.partially_granted.total")),
        ("搞错了，我要的是予以公开的", E("sy", "r.granted.total")),
        ("这里面自然人的有多少？", E("sy", "r.granted.natural_person"))))
    c.append(fu("en", ["correction", "year", "compare"], "Hongze not held 2023 → make that 2024 → compare",
        ("For Hongze District in 2023, how many requests got the 'we don't hold this information' answer?",
         E("hz23", "r.unable.not_held.total")),
        ("Actually, make that 2024.", E("hz24", "r.unable.not_held.total")),
        ("Which of the two years had more, by how many?", ED("hz23", "hz24", "r.unable.not_held.total"))))
    c.append(fu("zh", ["correction", "row"], "淮安 行政许可 → 打错了 行政强制",
        ("淮安2024年行政许可的处理决定有多少？", E("ha", "c.licensing.decisions")),
        ("打错字了，我想问的是行政强制", E("ha", "c.coercion.decisions"))))
    c.append(fu("en", ["correction", "year", "end-unanswerable"], "Shanghai GO direct suits 2019 → sorry 2025 → courts",
        ("How many lawsuits were filed directly against the Shanghai General Office over disclosure in 2019?",
         E("sh19", "a.litigation_direct.total", alt=SH19_LIT)),
        ("Sorry, I meant 2025.", E("sh25", "a.litigation_direct.total")),
        ("Which courts heard those 2025 cases?", EU("the report does not name the courts"))))

    # ---------------------------------------------------------- check the figure, then narrow
    c.append(fu("zh", ["check", "add-up"], "淮安 予以公开 → 含部分公开吗 → 两者合计",
        ("淮安市政府2024年予以公开的申请是多少？", E("ha", "r.granted.total")),
        ("这个数包括部分公开的吗？不包括的话，两个加起来是多少？",
         E("ha", ["r.granted.total", "r.partially_granted.total"]))))
    c.append(fu("en", ["check", "of-those"], "Huai'an organisations' requests → does it count law firms",
        ("How many new requests did organisations (not individuals) send Huai'an in 2024?",
         E("ha", "r.received.legal_person")),
        ("Does that count legal-aid and law firms? If so, how many came from them?",
         E("ha", "r.received.legal_services"))))
    c.append(fu("zh", ["check", "add-up"], "沭阳 本年新收 → 含上年结转吗 → 加上结转",
        ("沭阳县2025年本年新收的申请是多少件？", E("sy", "r.received.total")),
        ("713里有没有算2024年没办完留下来的？连那部分也算上，总共多少件", E("sy", ["r.received.total", "r.carried_over.total"],
                                                  alt=SY_749))))
    c.append(fu("en", ["check"], "Shanghai GO 2025 handled → includes carried-over? how many",
        ("How many requests did the Shanghai General Office finish handling in 2025?",
         E("sh25", "r.total_processed.total", alt=SH25_DONE)),
        ("Does that include the ones carried over from 2024? How many of those were there?",
         E("sh25", "r.carried_over.total", alt=SH25_CO))))
    c.append(fu("zh", ["check", "add-up"], "淮安 直接起诉 → 含复议后起诉吗 → 两类合计",
        ("淮安市2024年未经复议直接起诉的行政诉讼有几件？", E("ha", "a.litigation_direct.total")),
        ("这26件算没算复议后再起诉的？复议后起诉是多少", E("ha", "a.litigation_after_review.total")),
        ("两类诉讼合计多少件", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], alt=HA_LIT))))
    c.append(fu("en", ["check", "of-those"], "Shuyang withheld → third-party included? how many",
        ("Shuyang County, 2025: total number of requests refused disclosure?", E("sy", "r.withheld.total")),
        ("Is 'protecting third-party rights' part of that? How many fell under it?",
         E("sy", "r.withheld.third_party.total"))))
    c.append(fu("zh", ["check", "add-up"], "市科委 新收 → 含上年结转吗 → 合计",
        ("上海市科委2024年新收到的信息公开申请有多少？", E("kw", "r.received.total", alt=KW_RECV)),
        ("这34件里含不含上年结转的？结转过来的是几件", E("kw", "r.carried_over.total", alt=KW_CO)),
        ("那合起来是多少件", E("kw", ["r.received.total", "r.carried_over.total"]))))
    c.append(fu("en", ["check", "of-those"], "Hongze 2023 handled → includes unable? → needs creation",
        ("How many requests did Hongze District finish handling in 2023 in total?",
         E("hz23", "r.total_processed.total")),
        ("Does that 21 include the ones it couldn't provide? How many couldn't be provided?",
         E("hz23", "r.unable.total")),
        ("Of those, how many would have needed new information to be compiled?",
         E("hz23", "r.unable.needs_creation.total"))))
    c.append(fu("zh", ["check", "of-those"], "淮安 复议其他结果 → 含尚未审结吗 → 尚未审结",
        ("淮安2024年行政复议里“其他结果”的有几件？", E("ha", "a.review.other", alt=HA_OTH)),
        ("178件里包括还没审结的吗？尚未审结的是几件", E("ha", "a.review.pending"))))
    c.append(fu("en", ["check", "of-those"], "STCSM granted → includes partial? (no cell) → carried over",
        ("How many requests did the Shanghai science commission grant in full in 2024?",
         E("kw", "r.granted.total", alt=KW_GR)),
        ("Is that out of the 34 new ones only, or were some carried over from 2023? How many were carried over?",
         E("kw", "r.carried_over.total"))))

    # ---------------------------------------------------------- narrative number, then a table number
    c.append(fu("zh", ["text-then-table"], "淮安 新闻发布会 → 新收申请",
        ("淮安市2024年开了多少场新闻发布会？", EN("ha", "新闻发布会 12", 12, "场", frm="组织召开了")),
        ("那依申请公开这块，当年新收申请多少件？", E("ha", "r.received.total", alt=HA_RECV))))
    c.append(fu("en", ["text-then-table"], "Shuyang reminders → carried forward",
        ("How many deadline reminders did Shuyang County's warning system send out in 2025?",
         EN("sy", "84 次", 84, "次")),
        ("And how many requests did the county carry forward into 2026?", E("sy", "r.carried_forward.total",
                                                                           alt=SY_CF))))
    c.append(fu("zh", ["text-then-table"], "市科委 视频号短视频 → 行政许可",
        ("上海市科委2024年“上海科技”视频号发了多少条短视频？", EN("kw", "短视频 584", 584, "条", frm="“上海科技”视频号")),
        ("市科委那年的行政许可决定是多少", E("kw", "c.licensing.decisions"))))
    c.append(fu("en", ["text-then-table", "end-unanswerable"], "Shanghai GO 2025 press conferences → received → foreigners",
        ("How many press conferences did the Shanghai municipal government hold in 2025, per the General Office report?",
         EN("sh25", "新闻发布会 42", 42, "场")),
        ("How many new disclosure requests did the General Office receive in 2025?",
         E("sh25", "r.received.total", alt=SH25_RECV)),
        ("How many of those requests were filed by foreign nationals?",
         EU("the report does not break requests down by nationality"))))
    c.append(fu("zh", ["text-then-table", "row"], "洪泽2024 网站信息 → 予以公开 → 不掌握",
        ("洪泽区2024年在政府网站上主动发布了多少条信息？", EN("hz24", "2428", 2428, "条", frm="我区")),
        ("表格里当年予以公开的申请有几件", E("hz24", "r.granted.total")),
        ("本机关不掌握的呢", E("hz24", "r.unable.not_held.total"))))
    c.append(fu("en", ["text-then-table"], "Jianxi 601 items → normative docs made",
        ("How many items did the Jianxi District office sort out when it mapped power-operation and public-service information in 2020?",
         EN("jx", "601项", 601, "项", frm="梳理细化")),
        ("And how many normative documents did it newly draft that year?", E("jx", "c.normative_docs.made"))))
    c.append(fu("zh", ["text-then-table", "column"], "上海市府办2019 政策解读 → 采购项目 → 金额",
        ("上海市政府办公厅2019年通过门户网站发布了多少件政策解读？", EN("sh19", "政策解读共132件", 132, "件", frm="通过“中国上海”")),
        ("当年政府集中采购了几个项目", E("sh19", "c.procurement.projects")),
        ("采购总金额多少万元", E("sh19", "c.procurement.amount", **WAN))))
    c.append(fu("en", ["text-then-table"], "Hongze 2023 website items → licensing",
        ("How many items of government information did Hongze District proactively post on its website in 2023?",
         EN("hz23", "1136", 1136, "条")),
        ("How many licensing decisions did it record that year?", E("hz23", "c.licensing.decisions"))))
    c.append(fu("zh", ["text-then-table", "column"], "沭阳 清理过期信息 → 现行有效规范性文件 → 废止",
        ("沭阳县2025年一共清理了多少条过期信息？", EN("sy", "697条", 697, "条", frm="组织开展")),
        ("现行有效的行政规范性文件有多少件", E("sy", "c.normative_docs.in_force")),
        ("当年废止了几件？", E("sy", "c.normative_docs.repealed"))))
    c.append(fu("en", ["text-then-table"], "Huai'an gazette issues → normative docs issued",
        ("How many issues of the Huai'an municipal government gazette came out in 2024?",
         EN("ha", "6 期", 6, "期", frm="全年新增")),
        ("How many normative documents did Huai'an issue that year, according to the table?",
         E("ha", "c.normative_docs.issued"))))
    c.append(fu("zh", ["text-then-table"], "上海市府办2025 人事任免文件 → 不掌握",
        ("上海市府办2025年主动公开了多少件人事任免文件？", EN("sh25", "196 件", 196, "件", frm="全年主动公开")),
        ("那一年收到的申请中，回复“本机关不掌握”的有多少件", E("sh25", "r.unable.not_held.total"))))
    c.append(fu("en", ["text-then-table"], "STCSM WeChat followers → company requests",
        ("How many followers did the 'Shanghai Keji' WeChat account of the science commission have, as reported for 2024?",
         EN("kw", "1016823", 1016823, "人")),
        ("How many new disclosure requests did companies send the commission in 2024?",
         E("kw", "r.received.commercial"))))

    # ---------------------------------------------------------- end with an unanswerable turn
    c.append(fu("zh", ["end-unanswerable"], "淮安 自然人新收 → 男女各多少",
        ("淮安2024年个人新提交的信息公开申请是多少件？", E("ha", "r.received.natural_person")),
        ("这些申请人里男的女的各占多少？", EU("the report gives no breakdown of applicants by sex"))))
    c.append(fu("en", ["end-unanswerable"], "Shuyang new requests → online vs post",
        ("How many brand-new disclosure requests did Shuyang County get in 2025, not counting ones carried over?",
         E("sy", "r.received.total")),
        ("How many of them came in online versus by post?",
         EU("the report does not split requests by submission channel"))))
    c.append(fu("zh", ["end-unanswerable"], "上海市府办2025 主动撤回(text) → 平均多少天",
        ("上海市政府办公厅2025年有多少件申请是申请人自己撤回的？", EN("sh25", "157 件", 157, "件", frm="其中，")),
        ("这些撤回的平均是在提交后多少天撤的？", EU("the report gives no timing of withdrawals"))))
    c.append(fu("en", ["end-unanswerable"], "Hongze 2024 normative docs issued → titles",
        ("How many normative documents did Hongze District issue in 2024?", E("hz24", "c.normative_docs.issued")),
        ("What were their titles and issue dates?", EU("the report does not list the documents"))))
    c.append(fu("zh", ["end-unanswerable"], "沭阳 复议总计 → 分乡镇",
        ("沭阳县2025年因信息公开被申请复议的案件总共几件", E("sy", "a.review.total")),
        ("这些案子分别涉及哪些乡镇？各几件", EU("the report gives no breakdown of cases by township"))))
    c.append(fu("en", ["end-unanswerable"], "Huai'an fee income → public security share",
        ("What was Huai'an's administrative fee income for 2024, in 万元?", E("ha", "c.fees.amount", **WAN)),
        ("How much of that was collected by the public security bureau?",
         EU("the report gives no breakdown of fee income by department"))))
    c.append(fu("zh", ["year", "end-unanswerable"], "涧西 2020 新收 → 2021 (not held)",
        ("涧西区政府办2020年一共收到几件依申请公开？", E("jx", "r.received.total", alt=JX_RECV)),
        ("那2021年涧西收了多少件", EU("no 2021 report of 涧西区 is in the corpus"))))
    c.append(fu("en", ["year", "end-unanswerable"], "STCSM licensing 2024 → 2023 (not held)",
        ("How many administrative licensing decisions did the Shanghai science commission make in 2024?",
         E("kw", "c.licensing.decisions")),
        ("And in 2023?", EU("no 2023 report of the Shanghai science commission is in the corpus"))))

    # ---------------------------------------------------------- mixed switches
    c.append(fu("zh", ["row", "body"], "淮安 补正后仍不明确 → 另行制作 → 上海市府办2025 另行制作",
        ("淮安市2024年补正以后申请内容仍不明确的有几件", E("ha", "r.unable.unclear.total")),
        ("需要另行制作的呢", E("ha", "r.unable.needs_creation.total")),
        ("上海市政府办公厅2025年需要另行制作的有多少", E("sh25", "r.unable.needs_creation.total"))))
    c.append(fu("en", ["body", "of-those"], "Shuyang direct suits → Huai'an → Huai'an pending",
        ("How many lawsuits went straight to court against Shuyang County in 2025 over disclosure?",
         E("sy", "a.litigation_direct.total")),
        ("What was Huai'an's count for 2024?", E("ha", "a.litigation_direct.total")),
        ("Of Huai'an's, how many are still pending?", E("ha", "a.litigation_direct.pending"))))
    c.append(fu("zh", ["row", "of-those"], "洪泽2023 部分公开 → 不予公开合计 → 其中国家秘密",
        ("洪泽区2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
        ("不予公开的一共几件？", E("hz23", "r.withheld.total")),
        ("其中因为属于国家秘密的是几件", E("hz23", "r.withheld.state_secret.total"))))
    return c


# ================================================================== single questions
def plain():
    p = "[plain] "
    c = []
    zh = [
        ("ha", "r.granted.total", "淮安市政府2024年办的申请，全部照申请内容公开出去的有几件？", {}),
        ("ha", "r.withheld.admin_query.total", "淮安2024年有多少申请因为属于行政查询事项没给公开", {}),
        ("ha", "r.withheld.security_stability.total", "2024年淮安以危及“三安全一稳定”为由拒绝公开的申请是几件？", {}),
        ("ha", "r.other.other.total", "淮安市2024年（六）其他处理里面归到“其他”的有多少件", {}),
        ("ha", "a.review.upheld", "淮安2024年信息公开类行政复议，复议机关维持原行为的有几件？", {"alt": HA_UPH}),
        ("ha", "r.received.other_org", "二〇二四年淮安市收到的新申请中，由“其他”法人或组织提出的有几件？", {}),
        ("hz23", "a.review.upheld", "洪泽区2023年信息公开行政复议，结果维持的是几件？", {}),
        ("hz23", "r.unable.needs_creation.total", "洪泽区政府2023年有几件申请因为没有现成信息、需要另行制作而无法提供？", {}),
        ("hz23", "r.withheld.process_info.total", "23年洪泽因为是过程性信息而不予公开的申请有几件", {}),
        ("hz24", "c.fees.amount", "洪泽区2024年的行政事业性收费金额是多少（万元）？", WAN),
        ("hz24", "r.granted.total", "洪泽区政府2024年年报表格里，予以公开的申请是多少件", {}),
        ("hz24", "a.litigation_after_review.total", "洪泽2024年经行政复议后又被起诉的信息公开案件有几件？", {}),
        ("sy", "r.received.natural_person", "沭阳县2025年当年新接到的个人申请有多少件（只要新收那行）", {}),
        ("sy", "r.withheld.admin_query.total", "沭阳县政府2025年因为属于行政查询事项而不予公开的申请几件", {}),
        ("sy", "r.other.other.total", "沭阳2025年其他处理里的第3小项“其他”一共多少件？", {}),
        ("sy", "c.coercion.decisions", "沭阳县2025年行政强制决定一共多少个", {}),
        ("sy", "c.normative_docs.issued", "沭阳2025年新制发的行政规范性文件有几件？", {}),
        ("sy", "a.review.pending", "沭阳县2025年的信息公开行政复议案件中，到年底还没审结的有几件", {}),
        ("sy", "r.carried_over.total", "沭阳县2025年年初手上还压着、由2024年转入的申请有几件？", {}),
        ("jx", "r.granted.total", "涧西区2020年依申请公开，同意公开的有几件", {}),
        ("jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购花了多少钱（万元）？", WAN),
        ("jx", "a.litigation_after_review.total", "涧西区2020年复议之后又被告上法院的信息公开案子有几件？", {}),
        ("sh19", "r.withheld.state_secret.natural_person", "上海市府办2019年个人的申请里，因属于国家秘密被拒绝公开的有多少件", {}),
        ("sh19", "r.unable.unclear.natural_person", "2019年上海市政府办公厅收到的个人申请中，补正后内容仍不明确的有多少？", {}),
        ("sh19", "r.carried_over.total", "上海市政府办公厅2019年表里“上年结转”一行的总计是多少", {"alt": SH19_CO}),
        ("sh19", "a.review.pending", "上海市府办2019年的信息公开行政复议，还没审结的有几件？", {}),
        ("kw", "r.received.natural_person", "上海科委2024年收到的新申请里，自然人提出的有多少件？", {}),
        ("kw", "c.normative_docs.in_force", "上海市科委到2024年底现行有效的规范性文件有几件", {}),
        ("sh25", "r.carried_over.legal_services", "上海市政府办公厅2025年上年结转的申请里，法律服务机构的有几件？", {}),
        ("sh25", "r.granted.total", "上海市府办2025年予以公开的申请有多少件（表格数）", {}),
        ("sh25", "r.unable.needs_creation.total", "2025年上海市府办因为没有现成信息、需要另外制作而没提供的申请有几件", {}),
    ]
    en = [
        ("ha", "r.partially_granted.total", "How many of Huai'an's 2024 disclosure requests got a partial release?", {}),
        ("ha", "r.withheld.prohibited_by_law.total", "In 2024, how many requests did Huai'an refuse because other laws or administrative regulations forbid disclosure?", {}),
        ("ha", "r.withheld.enforcement_files.total", "How many Huai'an requests in 2024 were refused because the material was an administrative enforcement case file?", {}),
        ("ha", "r.not_processed.reconfirm.total", "Huai'an 2024: how many requests were not processed because the applicant only wanted the government to confirm or re-issue information they already had?", {}),
        ("ha", "r.total_processed.natural_person", "How many individuals' requests did Huai'an finish handling in 2024?", {}),
        ("ha", "r.carried_over.total", "How many requests did the Huai'an city government bring into 2024 still unfinished from 2023?", {"alt": HA_CO}),
        ("ha", "a.litigation_direct.other", "Of the lawsuits filed directly against Huai'an in 2024, how many ended with some 'other' outcome?", {}),
        ("ha", "r.granted.commercial", "How many requests from companies did Huai'an grant in full in 2024?", {}),
        ("hz23", "a.review.corrected", "How many of Hongze District's 2023 disclosure reconsiderations ended with the decision corrected?", {}),
        ("hz23", "r.not_processed.petition.total", "In 2023, how many Hongze requests were treated as petitions or complaints and not processed?", {}),
        ("hz24", "r.received.total", "What figure does Hongze District's 2024 table give in the row for newly received disclosure requests?", {}),
        ("hz24", "r.carried_forward.total", "Did Hongze District carry any requests over into 2025? How many, per its 2024 report?", {}),
        ("sy", "r.received.legal_services", "How many new requests did legal service institutions file with Shuyang County in 2025?", {}),
        ("sy", "r.withheld.security_stability.total", "In 2025, how many Shuyang requests were refused on national-security, public-safety, economic-security or social-stability grounds?", {}),
        ("sy", "r.total_processed.total", "What's the total number of requests Shuyang County handled in 2025?", {"alt": SY_DONE}),
        ("sy", "c.normative_docs.repealed", "How many normative documents did Shuyang County repeal in 2025?", {}),
        ("sy", "c.licensing.decisions", "Shuyang County (2025): number of administrative licensing decisions?", {}),
        ("jx", "r.total_processed.total", "How many disclosure requests did the Jianxi District government office finish in 2020?", {"alt": JX_DONE}),
        ("jx", "c.normative_docs.total_published", "As of its 2020 report, how many normative documents had the Jianxi District office made public in total?", {}),
        ("jx", "a.review.upheld", "In 2020, how many reconsideration decisions involving the Jianxi District office were upheld?", {}),
        ("sh19", "r.received.legal_services", "How many new requests did law firms send the Shanghai General Office in 2019?", {}),
        ("sh19", "r.total_processed.commercial", "How many requests from businesses did the Shanghai General Office deal with in 2019?", {}),
        ("sh19", "r.not_processed.duplicate.commercial", "In 2019, how many company requests did the Shanghai General Office decline to process as duplicates?", {}),
        ("sh19", "r.unable.needs_creation.natural_person", "How many individuals' requests in 2019 couldn't be met by the Shanghai General Office because the information would have had to be newly created?", {}),
        ("sh19", "c.regulations.made", "How many government regulations did the Shanghai General Office newly make in 2019?", {"alt": SH19_REG}),
        ("sh19", "a.litigation_direct.upheld", "Of the lawsuits brought directly against the Shanghai General Office in 2019, how many were upheld?", {}),
        ("kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission finish handling in 2024, per its table?", {}),
        ("kw", "c.punishment.decisions", "Did STCSM make any administrative penalty decisions in 2024? How many?", {}),
        ("kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?", {"alt": KW_NORM}),
        ("sh25", "r.carried_over.natural_person", "How many individuals' requests were carried into 2025 at the Shanghai General Office from 2024?", {}),
        ("sh25", "a.litigation_after_review.total", "How many disclosure lawsuits did the Shanghai General Office face in 2025 after a reconsideration had already been decided?", {}),
    ]
    for lang, rows in (("zh", zh), ("en", en)):
        for b, k, q, kw in rows:
            c.append(V(lang, b, k, q, p + "%s %s" % (b, k), **kw))
    return c


def combine():
    c = []
    p = "[combine] "
    c.append(S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"],
               "淮安市2024年因为国家秘密和其他法律行政法规禁止公开而没公开的，两项加起来多少件？", p + "sum of 2 withheld rows"))
    c.append(S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total",
                            "r.withheld.internal_affairs.total"],
               "沭阳2025年“三安全一稳定”、保护第三方权益、三类内部事务这三种不予公开理由，合计几件？", p + "sum of 3 withheld rows"))
    c.append(S("zh", "sh19", cols("withheld"),
               "上海市政府办公厅2019年不予公开的申请一共多少件？表格总计栏是空的，请按各列加总",
               p + "sum of the 6 columns of the derived withheld row (总计 printed blank)", alt=SH19_WH,
               printed_total=["r.withheld.total"]))
    c.append(S("zh", "hz23", ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total"],
               "洪泽区2023年部分公开、本机关不掌握、需要另行制作这三项加起来是几件？", p + "sum of 3 rows"))
    c.append(S("zh", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
               "把淮安2024年不予公开的8个小项逐项加总，合计是多少", p + "sum of the 8 withheld sub-rows"))
    c.append(S("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
               "上海市府办2025年行政复议、直接起诉、复议后起诉三类案件加总多少件？", p + "sum of 3 appeals totals (text cells)"))
    c.append(S("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
               "Add up the five 'not processed' sub-rows in Huai'an's 2024 table: what's the total?", p + "sum of 5 rows"))
    c.append(S("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
               "For Shuyang County in 2025, new requests from individuals plus individuals' requests carried over: how many?",
               p + "sum of 2 cells (text states 741)", alt=SY_741))
    c.append(S("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"],
               "Shanghai General Office, 2019: individuals' requests rejected as petitions/complaints plus individuals' duplicate requests, combined?",
               p + "sum of 2 natural-person cells"))
    c.append(S("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
               "Hongze District's 2024 penalty decisions and enforcement (coercion) decisions together come to how many?",
               p + "sum of 2 text cells"))
    c.append(S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
               "How many disclosure cases in total did the Jianxi District office face in 2020 across reconsideration, direct lawsuits and lawsuits after reconsideration?",
               p + "sum of 3 appeals totals"))
    c.append(D("zh", "hz23", "hz24", "c.normative_docs.issued",
               "洪泽区2024年制发的行政规范性文件比2023年多几件？", p + "difference 2023→2024"))
    c.append(D("zh", "sh19", "sh25", "a.review.total",
               "上海市府办信息公开行政复议案件，2025年和2019年相比变化了多少？", p + "difference 2019→2025"))
    c.append(D("zh", "sh19", "sh25", "a.litigation_after_review.total",
               "复议后起诉的案件，上海市政府办公厅2025年比2019年多了几件", p + "difference 2019→2025"))
    c.append(D("zh", "hz23", "hz24", "a.litigation_direct.total",
               "洪泽区未经复议直接起诉的案件，2024年较2023年增减多少？", p + "difference 2023→2024"))
    c.append(D("en", "sh19", "sh25", "a.litigation_direct.total",
               "By how much did direct disclosure lawsuits against the Shanghai General Office change between 2019 and 2025?",
               p + "difference 2019→2025"))
    c.append(D("en", "sh19", "sh25", "r.carried_over.natural_person",
               "Individuals' requests carried over at the Shanghai General Office: how much higher was 2025 than 2019?",
               p + "difference 2019→2025"))
    c.append(D("en", "sh19", "sh25", "a.litigation_direct.pending",
               "Direct lawsuits still pending at year end for the Shanghai General Office: 2019 versus 2025, what's the difference?",
               p + "difference 2019→2025"))
    return c


def rank():
    c = []
    p = "[rank] "
    c.append(R("zh", ["jx", "hz23", "sy", "sh19"], "r.received.total", "desc",
               "涧西区2020年、洪泽区2023年、沭阳县2025年、上海市府办2019年，谁新收的信息公开申请最多？",
               p + "4 gold bodies, desc"))
    c.append(R("en", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "asc",
               "Among Huai'an (2024), Shuyang (2025), Jianxi District (2020) and the Shanghai General Office (2019), which carried the fewest requests into the following year?",
               p + "4 gold bodies, asc"))
    c.append(R("zh", ["ha", "sy", "jx", "sh19"], "a.review.total", "desc",
               "信息公开行政复议案件数：淮安2024年、沭阳2025年、涧西区2020年、上海市政府办公厅2019年，哪个最多？",
               p + "4 gold bodies, desc"))
    c.append(R("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
               "Which had the most lawsuits filed directly over disclosure: Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?",
               p + "3 gold bodies, desc"))
    c.append(R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc",
               "行政许可处理决定数，淮安市2024年、沭阳县2025年、洪泽区2023年三家里哪家最少？",
               p + "3 gold bodies, asc"))
    c.append(R("en", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc",
               "Individuals told 'we don't hold that information': which body had the most, Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Hongze 2023?",
               p + "4 gold bodies, desc (natural-person column; sh19 总计 blank)"))
    c.append(R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
               "比一比行政事业性收费金额：淮安2024年、洪泽2023年、沭阳2025年，哪个最高？",
               p + "3 gold bodies, desc, 万元", unit="万元"))
    c.append(R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
               "Of Huai'an (2024), Hongze (2023) and Shuyang (2025), which had the fewest normative documents in force?",
               p + "3 gold bodies, asc"))
    c.append(R("zh", ["jx", "hz23", "sy", "sh19"], "r.total_processed.total", "desc",
               "办理申请总数排个序：涧西区2020年、洪泽区2023年、沭阳县2025年、上海市府办2019年，排第一的是谁？",
               p + "4 gold bodies, desc"))
    return c


def textonly():
    c = []
    p = "[textonly] "
    zh = [
        ("jx", "26个试点领域", 26, "个", "涧西区2020年推进基层政务公开标准化规范化，涉及多少个试点领域？", "对照省"),
        ("ha", "4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", "全年组织"),
        ("ha", "21 个", 21, "个", "淮安2024年用文字、图片等形式做了多少个政策解读？", "全年新增"),
        ("hz24", "17 件", 17, "件", "洪泽区2024年报告正文说区政府办代表区政府受理了多少件信息公开申请？", None),
        ("sy", "2606", 2606, "篇", "沭阳县2025年政务新媒体策采了多少篇新闻稿件", "深化政务新媒体"),
        ("sy", "64家", 64, "家", "沭阳2025年集中公开年度报告的单位有多少家？", "完成全县"),
        ("sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接？", "全年累计"),
        ("kw", "393 件", 393, "件", "上海市科委2024年通过部门网站当年发布了多少件政府信息？", "市科委通过"),
        ("kw", "1640", 1640, "篇", "上海市科委的“上海科技”微信公众号2024年一共编发了多少篇文章？", None),
        ("kw", "其他处理 14", 14, "件", "上海市科委2024年年报正文里，其他处理的申请是几件？", None),
        ("sh25", "新闻通气会 19", 19, "场", "据上海市政府办公厅2025年的年报，市政府那年开了几场新闻通气会？", None),
        ("sh25", "16 个区", 16, "个", "上海市府办2025年年报里说，有多少个区全部上线了数字公报？", None),
        ("sh19", "70家", 70, "家", "上海市府办2019年每季度检查的正常运行政府网站有多少家？", None),
    ]
    en = [
        ("ha", "95个", 95, "个", "How many government new-media accounts were being run across Huai'an, per the city's 2024 report?", None),
        ("ha", "3940", 3940, "元", "How much did Huai'an collect in information-processing fees for disclosure requests in 2024, in yuan?", "2024 年"),
        ("hz24", "常务会议 7", 7, "期", "How many executive meetings of the district government did Hongze make public in 2024?", None),
        ("sy", "4511", 4511, "条", "How many items did Shuyang County proactively publish on its government portal in 2025?", None),
        ("sy", "52条", 52, "条", "How many viral ('爆款') posts did Shuyang County's government media produce in 2025?", None),
        ("sy", "49 次", 49, "次", "How many times did Shuyang officials proactively contact applicants before handling their requests in 2025?", "2025 年"),
        ("sy", "74 件", 74, "件", "How many reconsideration and litigation cases in total did Shuyang County handle in 2025, according to the narrative?", "依法做好"),
        ("kw", "121 条", 121, "条", "How many policies did the Shanghai science commission push to the integrated policy release platform in 2024?", None),
        ("kw", "直播 118", 118, "场", "How many live streams did the science commission's 'Shanghai Keji' video channel run in 2024?", None),
        ("sh25", "125 项", 125, "项", "How many disclosure tasks in key sectors such as education and elderly care did the Shanghai General Office push forward in 2025?", "全年主动公开"),
        ("sh25", "564 件", 564, "件", "According to the text of its 2025 report, how many requests could the Shanghai General Office not provide for reasons such as not holding the information?", None),
        ("sh19", "2261项", 2261, "项", "How many service items were connected to Shanghai's unified 'One Netcom' acceptance platform, per the 2019 General Office report?", None),
        ("sh19", "38次", 38, "次", "How many times in 2019 did Shanghai authoritatively release important topics from executive meetings of the municipal government?", None),
    ]
    for lang, rows in (("zh", zh), ("en", en)):
        for b, kw, v, unit, q, frm in rows:
            c.append(N(lang, b, kw, v, unit, q, p + "%s narrative %s%s" % (b, v, unit), frm=frm))
    return c


def cannot():
    c = []
    p = "[cannot] "
    zh = [
        ("淮安市2024年提出信息公开申请的人里，男性有多少？", "the report gives no breakdown of applicants by sex"),
        ("沭阳县2024年收到了多少件政府信息公开申请？", "no 2024 report of 沭阳县 is in the corpus"),
        ("南京市2024年政府信息公开申请一共多少件", "no report of 南京市 is in the corpus"),
        ("洪泽区2022年行政许可决定是多少？", "no 2022 report of 洪泽区 is in the corpus"),
        ("上海市府办2025年每个月各收到多少件申请？", "the report gives no monthly breakdown"),
        ("淮安2024年答复一件信息公开申请平均要用几天", "the report states no average response time"),
        ("沭阳县2025年哪个乡镇的居民申请最多？", "the report gives no breakdown by township"),
        ("涧西区2021年予以公开了多少件申请？", "no 2021 report of 涧西区 is in the corpus"),
        ("上海市科委2023年新收多少件申请", "no 2023 report of the Shanghai science commission is in the corpus"),
        ("淮安市2025年预计会收到多少件信息公开申请？", "forecasts are not in the reports"),
        ("洪泽区2024年负责政务公开的专职工作人员有几个人？", "the report states no staff number"),
        ("沭阳县2025年信息公开工作经费花了多少钱", "the report states no budget or cost of the disclosure work"),
        ("上海市政府办公厅2019年申请人里60岁以上的有多少？", "the report gives no breakdown by age"),
        ("宿迁市2025年政府信息公开年报里新收申请数是多少？", "no report of 宿迁市 is in the corpus"),
        ("淮安2024年的行政复议案件里，涉及征地拆迁的有多少件？", "the report gives no breakdown of cases by topic"),
        ("淮安市2024年申请次数最多的是哪位申请人？叫什么名字", "personal data; not in the report"),
        ("你觉得淮安市2024年的政务公开工作做得怎么样，算好吗？", "an opinion, not a figure in the report"),
    ]
    en = [
        ("How many of Shuyang County's 2025 requests were sent by email versus handed in at the counter?", "the report gives no breakdown by channel"),
        ("How many disclosure requests did Pudong New Area receive in 2024?", "no report of 浦东新区 is in the corpus"),
        ("How many of Hongze District's 2024 requests concerned land acquisition?", "the report gives no breakdown by topic"),
        ("What did the Shanghai General Office's 2022 report say about new requests received?", "no 2022 report of 上海市人民政府办公厅 is in the corpus"),
        ("What was the average time Huai'an took to reply to a disclosure request in 2024?", "the report states no average response time"),
        ("How many staff did the Jianxi District office have working on disclosure in 2020?", "the report states no staff number"),
        ("What budget did the Shanghai science commission spend on disclosure work in 2024?", "the report states no cost of the disclosure work"),
        ("How many requests does Shuyang County expect to get in 2026?", "forecasts are not in the reports"),
        ("How many disclosure requests did Suzhou receive in 2023?", "no report of 苏州市 is in the corpus"),
        ("Of Huai'an's 2024 applicants, how many lived outside the city?", "the report gives no breakdown by residence"),
        ("How many requests did the Shanghai General Office receive in each quarter of 2019?", "the report gives no quarterly breakdown"),
        ("Which Hongze District departments received the most requests in 2023?", "the report gives no breakdown by department"),
        ("On average, how many days did Shuyang County's 2025 disclosure reconsideration cases take to resolve?", "the report states no case durations"),
        ("Can you give me the names of the people who sued the Shanghai General Office in 2025?", "personal data; not in the report"),
        ("How many disclosure requests did Qingjiangpu District get in 2024?", "no report of 清江浦区 is in the corpus"),
        ("Was Huai'an's disclosure work in 2024 better than most Jiangsu cities, in your view?", "an opinion and a comparison the corpus cannot support"),
    ]
    for lang, rows in (("zh", zh), ("en", en)):
        for q, why in rows:
            c.append(U(lang, q, why, p + why))
    return c


def neighbour():
    c = []
    p = "[neighbour] "
    c.append(T("zh", "ha", "r.carried_forward.total", "淮安市2024年没办完、要转到2025年接着办的申请有多少件？",
               p + "结转下年 (103) vs 上年结转 (34)", alt=HA_CF))
    c.append(T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年因为要另行制作信息而无法提供的申请有几件？",
               p + "另行制作 (2) vs 不掌握 (111)"))
    c.append(T("zh", "sh19", "c.normative_docs.total_published", "上海市府办截至2019年对外公开的规范性文件总数是多少件？",
               p + "对外公开总数 (368) vs 本年新制作 (60)"))
    c.append(T("zh", "sy", "a.review.other", "沭阳县2025年信息公开行政复议中，“其他结果”的有几件？",
               p + "其他结果 (9) vs 结果纠正 (10)"))
    c.append(T("en", "ha", "a.litigation_after_review.total",
               "How many lawsuits were brought against Huai'an in 2024 only after a reconsideration had been decided?",
               p + "复议后起诉 (20) vs 直接起诉 (26)"))
    c.append(T("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an abolish in 2024?",
               p + "废止 (26) vs 制发 (8) / 现行有效 (66)"))
    c.append(T("en", "sh19", "c.procurement.projects",
               "How many projects went through centralized government procurement at the Shanghai General Office in 2019? I want the count, not the money.",
               p + "采购项目数 (6) vs 金额 (25.1)"))
    c.append(T("en", "sy", "r.withheld.process_info.total",
               "In 2025, how many Shuyang requests were refused because the information was still process (deliberative) information?",
               p + "过程性信息 (2) vs 内部事务 (13)"))
    return c


def CONVERSATIONS():
    return followups() + plain() + combine() + rank() + textonly() + cannot() + neighbour()
