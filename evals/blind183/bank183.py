"""Question bank of blind evaluation set 183 (evals/blind183), emphasis: questions that look
answerable but must get no number.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers183 (gold/*.json, printed rows of the three reports without gold, sentences cut from the
report text). SPECS names the printed cells of the reports without gold: the same cell specs
blind6's text_cells.json verified, nothing new.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib183 as L  # noqa: E402
from helpers183 import C, D, E, EN, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

AP = "四、政府信息公开行政复议、行政诉讼情况"
NOTE25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AP, 14),
        "appeals.litigation_direct.total": ("after", AP, 9),
        "appeals.review.total": ("after", AP, 4),
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
        "appeals.litigation_after_review.total": ("after", NOTE25, 14),
        "appeals.litigation_direct.pending": ("after", NOTE25, 8),
        "appeals.litigation_direct.total": ("after", NOTE25, 9),
        "appeals.review.pending": ("after", NOTE25, 3),
        "appeals.review.total": ("after", NOTE25, 4),
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

# text sentences that state the same number as a table cell (keyword, number)
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_FWD = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_REV = "政府信息公开行政复议 351"
HZ23_RECV = ("2023 年全区受理政府信息公开申请", 21)
JX_RECV = ("全年共收到依申请公开17件", 17)
JX_DONE = ("全年共收到依申请公开17件", 15)
JX_FWD = ("全年共收到依申请公开17件", 2)
SH19_RECV = ("市政府办公厅代表市政府共受理", 859)
SH19_DONE = ("市政府办公厅代表市政府共受理", 805)
SH19_FWD = ("市政府办公厅代表市政府共受理", 72)
SH19_OVER = ("市政府办公厅代表市政府共受理", 18)
SH19_NORM = ("主动公开规章13件", 60)
SH19_REG = ("主动公开规章13件", 13)
SH19_SUIT = ("信息公开类行政复议7件", 9)
SH19_REVN = ("信息公开类行政复议7件", 7)
SH25_RECV = ("市政府共受理政府信息公开申请 1295 件", 1295)
SH25_DONE = ("市政府共受理政府信息公开申请 1295 件", 1191)
SH25_OVER = ("市政府共受理政府信息公开申请 1295 件", 189)
SY_DONE = ("全县全年共受理政府信息公开申请", 718)
SY_FWD = ("全县全年共受理政府信息公开申请", 31)
SY_ORG = ("全县全年共受理政府信息公开申请", 8)
KW_RECV = ("全年收到政府信息公开申请 34 件", 34)
KW_OVER = ("全年收到政府信息公开申请 34 件", 2)
KW_GRANT = ("同意公开答复 9 件", 9)


def ha_rev(n):
    return (HA_REV, n)


# ============================================================== [plain] 72
def plain():
    n = "[plain] "
    return [
        # ---- 淮安 2024 (gold)
        V("zh", "ha", "r.received.legal_services", "淮安市政府2024年新收的信息公开申请里，律师事务所这类法律服务机构递交的一共几件？",
          n + "Huai'an 2024 new requests from legal service institutions"),
        V("en", "ha", "r.withheld.admin_query.total", "For Huai'an city in 2024, how many requests got refused because what they asked for counted as an administrative query matter?",
          n + "Huai'an 2024 withheld as administrative query"),
        V("zh", "ha", "c.coercion.decisions", "淮安市人民政府2024年报告里行政强制的处理决定数量是多少",
          n + "Huai'an 2024 coercion decisions"),
        V("en", "ha", "r.other.overdue_correction.total", "Huaian 2024: number of applications dropped since the applicant never supplied the corrections asked for within the deadline?",
          n + "Huai'an 2024 other handling: no correction in time"),
        V("zh", "ha", "r.not_processed.duplicate.total", "24年淮安市政府以“重复申请”为由不予处理的有多少？",
          n + "Huai'an 2024 duplicate, not processed"),
        V("en", "ha", "r.granted.natural_person", "Looking at Huai'an's 2024 annual report — individual citizens who were given the information in full, how many cases?",
          n + "Huai'an 2024 granted, natural persons"),
        V("zh", "ha", "r.not_processed.petition.total", "淮安2024年有多少申请其实是信访、举报、投诉，所以没按信息公开处理？",
          n + "Huai'an 2024 petitions not processed"),
        V("en", "ha", "r.withheld.state_secret.total", "How many Huai'an requests in 2024 were turned down on state-secret grounds?",
          n + "Huai'an 2024 withheld: state secret"),
        V("zh", "ha", "a.review.corrected", "淮安市政府2024年因为信息公开被申请行政复议，结果被纠正的有几件？",
          n + "Huai'an 2024 review corrected; text agrees", alt=ha_rev(64)),
        V("en", "ha", "r.received.commercial", "Huai'an municipal government, calendar 2024: new disclosure applications lodged by businesses (commercial enterprises)?",
          n + "Huai'an 2024 new requests from commercial enterprises"),
        V("zh", "ha", "c.normative_docs.issued", "请问淮安市2024年当年制发的行政规范性文件有几件？",
          n + "Huai'an 2024 normative documents issued"),
        V("en", "ha", "a.litigation_after_review.pending", "In Huai'an's 2024 disclosure report, lawsuits brought after a reconsideration that were still undecided at year end — what's the count?",
          n + "Huai'an 2024 litigation after review pending"),
        V("zh", "ha", "r.withheld.third_party.total", "2024年淮安市政府为了保护第三方合法权益而没公开的申请有几件",
          n + "Huai'an 2024 withheld: third party"),
        V("en", "ha", "c.licensing.decisions", "what's the figure for administrative licensing decisions in huaian's 2024 report",
          n + "Huai'an 2024 licensing decisions"),
        # ---- 沭阳 2025 (gold)
        V("zh", "sy", "r.unable.not_held.total", "沭阳县政府2025年答复“本机关不掌握相关政府信息”的申请有多少件？",
          n + "Shuyang 2025 unable: not held"),
        V("en", "sy", "c.fees.amount", "How much did Shuyang County collect in administrative fees in 2025 according to its disclosure report?",
          n + "Shuyang 2025 fees (万元)", **WAN),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年以属于三类内部事务信息为由不予公开的，几件？",
          n + "Shuyang 2025 withheld: internal affairs"),
        V("en", "sy", "r.received.natural_person", "Shuyang County 2025 — new applications from private individuals that came in during 2025, not counting anything carried over from 2024?",
          n + "Shuyang 2025 new requests from natural persons (table row 新收, not the text's 741)"),
        V("zh", "sy", "a.review.corrected", "2025年沭阳县因政府信息公开被复议、最后结果被纠正的有多少件？",
          n + "Shuyang 2025 review corrected"),
        V("en", "sy", "a.litigation_direct.total", "Shuyang 2025: how many disclosure lawsuits went straight to court with no reconsideration first?",
          n + "Shuyang 2025 direct litigation total"),
        V("zh", "sy", "r.withheld.admin_query.total", "沭阳县2025年有几件申请因为属于行政查询事项没有公开？",
          n + "Shuyang 2025 withheld: administrative query"),
        V("en", "sy", "r.received.legal_services", "In 2025 how many fresh applications did law firms or other legal service bodies send to the Shuyang county government?",
          n + "Shuyang 2025 new requests from legal service institutions"),
        V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳2025年属于行政执法案卷所以不予公开的有几件啊",
          n + "Shuyang 2025 withheld: enforcement files"),
        V("en", "sy", "c.normative_docs.repealed", "Shuyang County, 2025: normative documents repealed during the year?",
          n + "Shuyang 2025 normative documents repealed"),
        V("zh", "sy", "r.withheld.security_stability.total", "沭阳县2025年因为公开后可能危及国家安全、公共安全、经济安全和社会稳定而不公开的是几件？",
          n + "Shuyang 2025 withheld: security/stability"),
        V("en", "sy", "a.review.total", "Total number of administrative reconsiderations over disclosure that Shuyang County reported for 2025?",
          n + "Shuyang 2025 review total (table; the text's 74 adds lawsuits)"),
        V("zh", "sy", "r.other.overdue_correction.total", "沭阳县政府2025年，申请人没正当理由逾期不补正、政府不再处理的申请有多少？",
          n + "Shuyang 2025 other: no correction in time"),
        # ---- 上海市府办 2019 (gold)
        V("zh", "sh19", "r.carried_forward.total", "上海市政府办公厅2019年有多少件申请顺延到2020年继续办？",
          n + "Shanghai GO 2019 carried forward; text agrees", alt=SH19_FWD),
        V("en", "sh19", "r.received.natural_person", "Shanghai General Office 2019 — new requests filed by individuals?",
          n + "Shanghai GO 2019 new requests, natural persons"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人提出的申请里，属于信访举报投诉类不予处理的有多少？",
          n + "Shanghai GO 2019 petitions, natural persons column (total printed blank)"),
        V("en", "sh19", "c.procurement.amount", "What was the total value of centralized government procurement reported by the Shanghai municipal general office for 2019?",
          n + "Shanghai GO 2019 procurement amount (251000元 = 25.1 万元)", **WAN),
        V("zh", "sh19", "c.normative_docs.total_published", "上海市政府办公厅2019年报里，规范性文件对外公开总数量是多少？",
          n + "Shanghai GO 2019 normative documents total published"),
        V("en", "sh19", "r.unable.unclear.natural_person", "For 2019, how many requests from individuals at the Shanghai General Office were still too vague after the applicant was asked to clarify?",
          n + "Shanghai GO 2019 unable: unclear, natural persons"),
        V("zh", "sh19", "r.withheld.admin_query.natural_person", "2019年上海市府办，自然人申请中被认定属于行政查询事项的有几件？",
          n + "Shanghai GO 2019 withheld: administrative query, natural persons"),
        V("en", "sh19", "r.carried_over.total", "How many requests did the Shanghai General Office carry into 2019 from 2018?",
          n + "Shanghai GO 2019 carried over; text agrees", alt=SH19_OVER),
        V("zh", "sh19", "r.received.legal_services", "上海市人民政府办公厅2019年新收申请中来自法律服务机构的有几件",
          n + "Shanghai GO 2019 new requests, legal service institutions"),
        # ---- 洪泽 2023 (gold)
        V("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定一共多少个？",
          n + "Hongze 2023 penalty decisions"),
        V("en", "hz23", "c.fees.amount", "Hongze District government 2023: how much was collected in administrative fees, per the disclosure report?",
          n + "Hongze 2023 fees (万元)", **WAN),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽区政府2023年回复申请人“本机关不掌握”的有几件？",
          n + "Hongze 2023 unable: not held"),
        V("en", "hz23", "c.normative_docs.repealed", "how many normative documents did hongze district abolish in 2023",
          n + "Hongze 2023 normative documents repealed"),
        V("zh", "hz23", "r.unable.needs_creation.total", "2023年洪泽区有多少申请因为没有现成信息、需要另行制作而无法提供？",
          n + "Hongze 2023 unable: needs creation"),
        V("en", "hz23", "r.withheld.state_secret.total", "Did Hongze District withhold anything as a state secret in 2023? How many?",
          n + "Hongze 2023 withheld: state secret"),
        V("zh", "hz23", "a.review.upheld", "洪泽区2023年政府信息公开行政复议结果维持的是几件？",
          n + "Hongze 2023 review upheld (printed; the printed review total is 0, not asked)"),
        V("en", "hz23", "r.withheld.enforcement_files.total", "Hongze, 2023 report — requests refused because they concerned administrative enforcement case files?",
          n + "Hongze 2023 withheld: enforcement files"),
        V("zh", "hz23", "r.not_processed.petition.total", "洪泽区2023年有几件申请被当作信访举报投诉类不予处理？",
          n + "Hongze 2023 petitions not processed"),
        # ---- 涧西 2020 (gold)
        V("zh", "jx", "r.received.total", "涧西区政府办2020年一共新收到多少件政府信息公开申请？",
          n + "Jianxi 2020 new requests; text agrees", alt=JX_RECV),
        V("en", "jx", "r.granted.total", "Jianxi District government office, 2020: how many applicants got the information disclosed in full?",
          n + "Jianxi 2020 granted"),
        V("zh", "jx", "r.unable.not_held.total", "涧西2020年因为本机关不掌握相关信息没法提供的，有几件？",
          n + "Jianxi 2020 unable: not held"),
        V("en", "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District office newly draw up in 2020?",
          n + "Jianxi 2020 normative documents made"),
        V("zh", "jx", "a.review.total", "涧西区人民政府办公室2020年政府信息公开方面的行政复议总共几件",
          n + "Jianxi 2020 review total"),
        V("en", "jx", "a.litigation_after_review.upheld", "Jianxi 2020: lawsuits filed after reconsideration where the court upheld the office — how many?",
          n + "Jianxi 2020 litigation after review upheld"),
        V("zh", "jx", "c.licensing.decisions", "涧西区政府办2020年报里行政许可的处理决定数量是多少？",
          n + "Jianxi 2020 licensing decisions (0)"),
        # ---- 洪泽 2024 (text rows)
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可一共作出多少个处理决定？",
          n + "Hongze 2024 licensing decisions (text row)"),
        V("en", "hz24", "c.fees.amount", "Hongze District's administrative fee income for 2024 — what number does the report give?",
          n + "Hongze 2024 fees (万元, text row)", **WAN),
        V("zh", "hz24", "c.coercion.decisions", "2024年洪泽区政府行政强制决定有多少",
          n + "Hongze 2024 coercion decisions (text row)"),
        V("en", "hz24", "c.normative_docs.issued", "Number of normative documents Hongze District issued in 2024?",
          n + "Hongze 2024 normative documents issued (text row)"),
        V("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年经过复议后又起诉到法院的政府信息公开案件共几件？",
          n + "Hongze 2024 litigation after review total (text row)"),
        V("en", "hz24", "a.review.total", "How many administrative reconsideration cases about disclosure did Hongze District face in 2024?",
          n + "Hongze 2024 review total (text row)"),
        V("zh", "hz24", "r.carried_forward.total", "洪泽区2024年有没有申请结转到2025年办理？有几件？",
          n + "Hongze 2024 carried forward (text row)"),
        # ---- 上海市科委 2024 (text rows)
        V("en", "kw", "c.licensing.decisions", "STCSM 2024 — administrative licensing decisions made?",
          n + "STCSM 2024 licensing decisions (text row)"),
        V("zh", "kw", "c.normative_docs.in_force", "上海市科委截至2024年底现行有效的规范性文件有多少件？",
          n + "STCSM 2024 normative documents in force (text row)"),
        V("en", "kw", "r.received.natural_person", "Of the new information requests the Shanghai Science and Technology Commission got in 2024, how many were from natural persons?",
          n + "STCSM 2024 new requests, natural persons (text row)"),
        V("zh", "kw", "r.total_processed.total", "上海科委2024年办理结果总计是多少件？",
          n + "STCSM 2024 total processed (text row)"),
        V("en", "kw", "c.punishment.decisions", "Did the Shanghai science commission hand out any administrative penalties in 2024? Give the number of decisions.",
          n + "STCSM 2024 penalty decisions (text row, 0)"),
        V("zh", "kw", "r.received.total", "市科委（上海）2024年本年新收政府信息公开申请数量？",
          n + "STCSM 2024 new requests; text agrees", alt=KW_RECV),
        # ---- 上海市府办 2025 (text rows)
        V("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office, 2025: requests it couldn't fulfil because the information would have had to be newly compiled?",
          n + "Shanghai GO 2025 unable: needs creation (text row)"),
        V("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年答复“本机关不掌握相关政府信息”的一共多少件？",
          n + "Shanghai GO 2025 unable: not held (text row)"),
        V("en", "sh25", "r.carried_forward.total", "How many applications did Shanghai's municipal general office roll over into 2026, per its 2025 report?",
          n + "Shanghai GO 2025 carried forward (text row)"),
        V("zh", "sh25", "r.carried_over.legal_services", "上海市政府办公厅2025年从上年结转过来的申请中，法律服务机构的有几件？",
          n + "Shanghai GO 2025 carried over, legal service institutions (text row)"),
        V("en", "sh25", "r.granted.total", "In 2025 how many requests did the Shanghai General Office grant in full (not partly)?",
          n + "Shanghai GO 2025 granted (text row)"),
        V("zh", "sh25", "a.litigation_direct.pending", "上海市府办2025年未经复议直接起诉、还没审结的行政诉讼有几件？",
          n + "Shanghai GO 2025 direct litigation pending (text row)"),
        V("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025 — total lawsuits filed after an administrative reconsideration?",
          n + "Shanghai GO 2025 litigation after review total (text row)"),
    ]


# ============================================================== [combine] 20
def combine():
    n = "[combine] "
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S("zh", "ha", W8, "把淮安市政府2024年“不予公开”下面8个小项全加起来，一共多少件？",
          n + "sum of the 8 withheld sub-items, Huai'an 2024"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "Add up all three 'unable to provide' reasons for Shuyang County in 2025 — what's the combined total?",
          n + "sum of the 3 unable sub-items, Shuyang 2025"),
        S("zh", "sy", ["r.received.%s" % c for c in L.ORG_COLS],
          "沭阳县2025年新收申请里，所有法人或其他组织（商业企业、科研机构、公益组织、法律服务机构、其他）加在一起有几件？",
          n + "sum of the 5 organisation columns of new requests, Shuyang 2025; text agrees", alt=SY_ORG),
        S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Huai'an 2024: reconsiderations plus both kinds of lawsuits (direct and after reconsideration) — how many cases altogether?",
          n + "review + both litigation totals, Huai'an 2024"),
        S("zh", "sh19", ["r.granted.natural_person", "r.partially_granted.natural_person"],
          "上海市府办2019年，自然人申请里全部公开的和部分公开的合起来是多少件？",
          n + "granted + partially granted, natural persons, Shanghai GO 2019"),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "For Hongze District in 2023, combine the 'we don't hold it' answers with the 'would need to be newly made' answers. Total?",
          n + "not held + needs creation, Hongze 2023"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
          "涧西区政府办2020年，予以公开的加上本机关不掌握的，一共几件？",
          n + "granted + not held, Jianxi 2020"),
        S("en", "ha", ["c.punishment.decisions", "c.coercion.decisions"],
          "Huaian 2024, penalty decisions and coercion decisions added together?",
          n + "punishment + coercion decisions, Huai'an 2024"),
        S("zh", "sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
          "沭阳2025年“不予处理”那五种情形加一块儿是多少件？",
          n + "sum of the 5 not-processed sub-items, Shuyang 2025"),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "Shanghai General Office 2025: 'not held by this office' plus 'no ready-made information' — sum of the two?",
          n + "not held + needs creation, Shanghai GO 2025 (text rows)"),
        S("zh", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "洪泽区2024年行政复议、直接起诉、复议后起诉三类案件合计多少件？",
          n + "review + both litigation totals, Hongze 2024 (text rows)"),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "Shuyang County 2025: everything under 'other handling' — late corrections, unpaid fees and the catch-all 'other' — added up?",
          n + "sum of the 3 other-handling sub-items, Shuyang 2025"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数量，2024年比2023年多了多少？",
          n + "Hongze licensing decisions 2023 -> 2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?",
          n + "Hongze penalty decisions 2023 -> 2024"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复，2023年到2024年增加了几件？",
          n + "Hongze not held 2023 -> 2024"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions: what's the change between the 2023 and 2024 reports?",
          n + "Hongze coercion decisions 2023 -> 2024"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度办理的申请，2025年和2019年相比多了多少件？",
          n + "Shanghai GO carried forward 2019 -> 2025"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: how many more disclosure reconsiderations in 2025 than in 2019?",
          n + "Shanghai GO review total 2019 -> 2025"),
        D("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请，从2019年到2025年涨了多少件？",
          n + "Shanghai GO new requests, natural persons 2019 -> 2025"),
        D("en", "sh19", "sh25", "r.total_processed.total", "Compare total requests handled by the Shanghai General Office in 2019 and 2025: what is the increase?",
          n + "Shanghai GO total processed 2019 -> 2025; 2025 text agrees", alt=SH25_DONE),
    ]


# ============================================================== [rank] 10
def rank():
    n = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
          "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年、涧西区政府办2020年，这四家谁新收的信息公开申请最多？",
          n + "most new requests of four gold bodies"),
        R("en", ["ha", "sy", "hz23"], "r.carried_forward.total", "asc",
          "Which left the fewest requests to carry forward: Huai'an (2024), Shuyang County (2025) or Hongze District (2023)?",
          n + "fewest carried forward"),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "Among Huai'an in 2024, Hongze in 2023 and Shuyang in 2025, who reported the smallest number of administrative coercion decisions?",
          n + "fewest coercion decisions"),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
          "以“三类内部事务信息”为由不公开的件数，淮安2024、沭阳2025、洪泽区2023哪个最多？",
          n + "most withheld as internal affairs"),
        R("en", ["sh19", "sy", "jx"], "r.received.commercial", "desc",
          "Commercial enterprises as applicants: did the Shanghai General Office (2019), Shuyang County (2025) or Jianxi District office (2020) receive the most new requests from them?",
          n + "most new requests from commercial enterprises"),
        R("zh", ["sh19", "sy", "jx", "hz23"], "a.litigation_direct.upheld", "desc",
          "未经复议直接起诉、结果维持的行政诉讼，上海市府办2019年、沭阳县2025年、涧西区2020年、洪泽区2023年，哪家最多？",
          n + "most direct lawsuits upheld"),
        R("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
          "Individuals told the information would have to be newly created: rank Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019 — who had the most?",
          n + "most needs-creation answers to natural persons"),
        R("zh", ["sy", "ha", "hz23"], "c.licensing.decisions", "desc",
          "行政许可处理决定数量：沭阳县2025年、淮安市2024年、洪泽区2023年，谁最多？",
          n + "most licensing decisions"),
        R("en", ["sy", "ha", "sh19", "jx"], "r.carried_over.total", "desc",
          "Requests carried over into the reporting year: which is highest — Shuyang 2025, Huai'an 2024, Shanghai General Office 2019, or Jianxi 2020?",
          n + "most carried over"),
        R("zh", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc",
          "部分公开的件数，淮安市2024年、沭阳县2025年、洪泽区2023年三家比，哪家最少？",
          n + "fewest partially granted"),
    ]


# ============================================================== [followup] 31
def followup():
    n = "[followup] "
    return [
        F("zh", [("淮安市政府2024年新收了多少件信息公开申请？", E("ha", "r.received.total", alt=HA_RECV)),
                 ("其中自然人提的有多少？", E("ha", "r.received.natural_person"))],
          n + "Huai'an 2024 received, then the natural-person column"),
        F("en", [("How many licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
                 ("What did that climb or drop to in 2024?", E("hz24", "c.licensing.decisions"))],
          n + "Hongze licensing, year switch 2023 -> 2024 (text row)"),
        F("zh", [("上海市政府办公厅2019年本年新收申请多少件", E("sh19", "r.received.total", alt=SH19_RECV)),
                 ("2025年的呢？", E("sh25", "r.received.total", alt=SH25_RECV))],
          n + "Shanghai GO received, year switch 2019 -> 2025"),
        F("en", [("Shuyang County 2025: reconsiderations that ended with the decision upheld?", E("sy", "a.review.upheld")),
                 ("How many were corrected?", E("sy", "a.review.corrected")),
                 ("And still pending at the end of 2025?", E("sy", "a.review.pending"))],
          n + "Shuyang 2025 review outcomes, three columns"),
        F("zh", [("沭阳县2025年行政处罚决定多少个？", E("sy", "c.punishment.decisions")),
                 ("行政强制呢", E("sy", "c.coercion.decisions"))],
          n + "Shuyang 2025 punishment then coercion"),
        F("en", [("Huai'an, 2024: how many times did the city say it did not hold the information requested?", E("ha", "r.unable.not_held.total")),
                 ("Same figure for Shuyang County in 2025?", E("sy", "r.unable.not_held.total"))],
          n + "not held, body switch Huai'an 2024 -> Shuyang 2025"),
        F("zh", [("涧西区政府办2020年政府集中采购有几个项目？", E("jx", "c.procurement.projects")),
                 ("采购总金额是多少", E("jx", "c.procurement.amount", **WAN))],
          n + "Jianxi 2020 procurement projects then amount"),
        F("en", [("STCSM's new disclosure requests in 2024 — total?", E("kw", "r.received.total", alt=KW_RECV)),
                 ("How many of those came from commercial enterprises?", E("kw", "r.received.commercial"))],
          n + "STCSM 2024 received then commercial column (text rows)"),
        F("zh", [("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
                 ("到2024年变成多少了", E("hz24", "c.normative_docs.in_force"))],
          n + "Hongze normative docs in force, 2023 -> 2024 (text row)"),
        F("en", [("Shanghai General Office 2025 — requests not processed because they were really petitions or complaints?", E("sh25", "r.not_processed.petition.total")),
                 ("What about duplicate applications?", E("sh25", "r.not_processed.duplicate.total"))],
          n + "Shanghai GO 2025 petitions then duplicates (text rows)"),
        F("zh", [("淮安市2024年未经复议直接起诉的政府信息公开行政诉讼总共多少件？", E("ha", "a.litigation_direct.total")),
                 ("复议后再起诉的呢？", E("ha", "a.litigation_after_review.total"))],
          n + "Huai'an 2024 direct then after-review litigation"),
        F("en", [("How many requests did Shuyang County grant in full in 2025?", E("sy", "r.granted.total")),
                 ("Only the individuals' ones?", E("sy", "r.granted.natural_person")),
                 ("And legal service institutions?", E("sy", "r.granted.legal_services"))],
          n + "Shuyang 2025 granted, total then two columns"),
        F("zh", [("上海市府办2019年新收的申请中商业企业提的有几件？", E("sh19", "r.received.commercial")),
                 ("那2025年的企业申请有几件？", E("sh25", "r.received.commercial"))],
          n + "Shanghai GO commercial new requests 2019 -> 2025 (text row)"),
        F("en", [("Jianxi District office, 2020: new requests received?", E("jx", "r.received.total", alt=JX_RECV)),
                 ("How many of them were disclosed in full?", E("jx", "r.granted.total"))],
          n + "Jianxi 2020 received then granted"),
        F("zh", [("淮安市政府2024年行政事业性收费金额多少？", E("ha", "c.fees.amount", **WAN)),
                 ("沭阳县2025年的是多少？", E("sy", "c.fees.amount", **WAN))],
          n + "fees, body switch Huai'an 2024 -> Shuyang 2025"),
        F("en", [("Hongze District, 2023: number of new disclosure requests?", E("hz23", "r.received.total", alt=HZ23_RECV)),
                 ("How many were only partly disclosed?", E("hz23", "r.partially_granted.total"))],
          n + "Hongze 2023 received then partially granted"),
        F("zh", [("沭阳县2025年上年结转过来的申请有多少？", E("sy", "r.carried_over.total")),
                 ("那结转到下一年的呢", E("sy", "r.carried_forward.total", alt=SY_FWD))],
          n + "Shuyang 2025 carried over then carried forward"),
        F("en", [("Huai'an's administrative licensing decisions in 2024?", E("ha", "c.licensing.decisions")),
                 ("Shuyang's in 2025?", E("sy", "c.licensing.decisions"))],
          n + "licensing, body switch Huai'an 2024 -> Shuyang 2025"),
        F("zh", [("上海市政府办公厅2025年政府信息公开行政复议一共多少件？", E("sh25", "a.review.total")),
                 ("其中还没审结的几件？", E("sh25", "a.review.pending")),
                 ("未经复议直接起诉的行政诉讼总数呢？", E("sh25", "a.litigation_direct.total"))],
          n + "Shanghai GO 2025 review total, pending, then direct litigation (text rows)"),
        F("en", [("Huai'an 2024 — requests granted in full, all applicants?", E("ha", "r.granted.total")),
                 ("Partly granted?", E("ha", "r.partially_granted.total"))],
          n + "Huai'an 2024 granted then partially granted"),
        F("zh", [("洪泽区2024年予以公开的申请有多少件？", E("hz24", "r.granted.total")),
                 ("因为本机关不掌握而无法提供的呢？", E("hz24", "r.unable.not_held.total"))],
          n + "Hongze 2024 granted then not held (text rows)"),
        F("en", [("For 2019, how many disclosure lawsuits filed directly (no reconsideration first) did the Shanghai General Office report?", E("sh19", "a.litigation_direct.total", alt=SH19_SUIT)),
                 ("And reconsideration cases in total?", E("sh19", "a.review.total", alt=SH19_REVN))],
          n + "Shanghai GO 2019 direct litigation then review total"),
        F("zh", [("淮安市2024年底现行有效的规章有几件？", E("ha", "c.regulations.in_force")),
                 ("行政规范性文件呢？", E("ha", "c.normative_docs.in_force"))],
          n + "Huai'an 2024 regulations in force then normative docs in force"),
        F("en", [("Shuyang County issued how many normative documents in 2025?", E("sy", "c.normative_docs.issued")),
                 ("Huai'an in 2024?", E("ha", "c.normative_docs.issued"))],
          n + "normative docs issued, body switch Shuyang 2025 -> Huai'an 2024"),
        F("zh", [("涧西区政府办2020年结转到下一年继续办的有几件？", E("jx", "r.carried_forward.total", alt=JX_FWD)),
                 ("办理结果总计多少件？", E("jx", "r.total_processed.total", alt=JX_DONE))],
          n + "Jianxi 2020 carried forward then total processed"),
        F("en", [("STCSM in 2024 — requests granted in full?", E("kw", "r.granted.total", alt=KW_GRANT)),
                 ("How many had been carried over from 2023?", E("kw", "r.carried_over.total", alt=KW_OVER))],
          n + "STCSM 2024 granted then carried over (text rows)"),
        F("zh", [("淮安市政府2024年以属于行政查询事项不予公开的有几件？", E("ha", "r.withheld.admin_query.total")),
                 ("沭阳县2025年因为这个理由没公开的是几件？", E("sy", "r.withheld.admin_query.total"))],
          n + "administrative query, body switch Huai'an 2024 -> Shuyang 2025"),
        F("en", [("Hongze District administrative coercion decisions, 2023?", E("hz23", "c.coercion.decisions")),
                 ("Then the 2024 figure for the same district?", E("hz24", "c.coercion.decisions"))],
          n + "Hongze coercion, year switch 2023 -> 2024 (text row)"),
        F("zh", [("上海市府办2025年新收申请里自然人有多少件？", E("sh25", "r.received.natural_person")),
                 ("商业企业呢？", E("sh25", "r.received.commercial"))],
          n + "Shanghai GO 2025 natural persons then commercial (text rows)"),
        F("en", [("Shuyang County 2025: requests put under 'other handling — other'?", E("sy", "r.other.other.total")),
                 ("And those dropped because the applicant didn't pay the fee on time?", E("sy", "r.other.overdue_fee.total"))],
          n + "Shuyang 2025 other handling sub-items"),
        F("zh", [("上海市政府办公厅2019年新制作的规章有几件？", E("sh19", "c.regulations.made", alt=SH19_REG)),
                 ("规范性文件新制作了多少？", E("sh19", "c.normative_docs.made", alt=SH19_NORM))],
          n + "Shanghai GO 2019 regulations made then normative docs made"),
    ]


# ============================================================== [textonly] 30
def textonly():
    n = "[textonly] "
    return [
        N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理细化出来的政务公开事项一共多少项？",
          n + "Jianxi 2020: 601 items (text)"),
        N("en", "jx", "601项事项", 21, "个", "In its 2020 report, across how many domains did the Jianxi District office sort out its disclosure items?",
          n + "Jianxi 2020: 21 domains (text)"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？",
          n + "Huai'an 2024 press conferences (text)"),
        N("en", "ha", "制作政策解读", 21, "个", "How many policy interpretation pieces did Huai'an produce in 2024 (text, graphics etc.)?",
          n + "Huai'an 2024 policy interpretations (text)"),
        N("zh", "ha", "人民政府公报》6 期", 6, "期", "2024年《淮安市人民政府公报》出了几期？",
          n + "Huai'an 2024 gazette issues (text)"),
        N("en", "ha", "信息处理费 3940 元", 3940, "元", "What did Huai'an charge in information processing fees for disclosure requests in 2024, in yuan?",
          n + "Huai'an 2024 processing fee in yuan (text)"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体账号有多少个？",
          n + "Huai'an 2024 government new-media accounts (text)"),
        N("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?",
          n + "Huai'an 2024 full-coverage checks (text)"),
        N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条政府信息？",
          n + "Hongze 2023 items published on the portal (text)"),
        N("en", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "Hongze District, 2024: items of government information proactively posted on its website platform?",
          n + "Hongze 2024 items published (text)"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？",
          n + "Hongze 2024 executive meetings published (text)"),
        N("en", "sy", "主动公开政府信息4511条", 4511, "条", "Shuyang County's own portal — how many pieces of information did it proactively publish in 2025?",
          n + "Shuyang 2025 portal items (text)"),
        N("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款内容？",
          n + "Shuyang 2025 viral posts (text)"),
        N("en", "sy", "催办提示 84 次", 84, "次", "How many reminder prompts did Shuyang's countdown alarm for pending applications send out in 2025?",
          n + "Shuyang 2025 reminders (text)"),
        N("zh", "sy", "办前主动沟通 49 次", 49, "次", "沭阳2025年办理依申请之前主动跟申请人沟通了几次？",
          n + "Shuyang 2025 pre-handling contacts (text)"),
        N("en", "sy", "累计清理过期信息697条", 697, "条", "During its 2025 clean-up, how many outdated items did Shuyang County take down?",
          n + "Shuyang 2025 outdated items cleared (text)"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接？",
          n + "Shuyang 2025 broken links fixed (text)"),
        N("en", "sy", "完成全县64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang publish together in one batch in 2025?",
          n + "Shuyang 2025 units' annual reports (text)"),
        N("zh", "kw", "微信公众号目前关注人数达", 1016823, "人", "“上海科技”微信公众号的关注人数，市科委2024年年报里写的是多少？",
          n + "STCSM 2024 WeChat followers (text)"),
        N("en", "kw", "直播 118 场", 118, "场", "How many livestreams did the Shanghai science commission's video channel run in 2024?",
          n + "STCSM 2024 livestreams (text)"),
        N("zh", "kw", "主合办政协提案 85 件", 85, "件", "上海市科委2024年主办、合办的政协提案是多少件？",
          n + "STCSM 2024 CPPCC proposals (text)"),
        N("en", "kw", "共制作并发布短视频 584 条", 584, "条", "Short videos put out on the 'Shanghai Science' video account in 2024 — how many?",
          n + "STCSM 2024 short videos (text)"),
        N("zh", "sh25", "召开市政府新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场市政府新闻发布会？",
          n + "Shanghai GO 2025 press conferences (text)"),
        N("en", "sh25", "含申请人主动撤回 157 件", 157, "件", "In 2025, how many disclosure requests to the Shanghai General Office were withdrawn by the applicants themselves?",
          n + "Shanghai GO 2025 withdrawn requests (text)"),
        N("zh", "sh25", "人事任免文件 196 件", 196, "件", "上海市政府办公厅2025年报告里说主动公开了多少件人事任免文件？",
          n + "Shanghai GO 2025 appointment documents (text)"),
        N("en", "sh25", "目前已覆盖 10 个语种", 10, "个", "Per the Shanghai General Office's 2025 report, how many languages does the Shanghai international services portal now cover?",
          n + "Shanghai GO 2025 portal languages (text)"),
        N("zh", "sh19", "发布政策解读共132件", 132, "件", "上海市府办2019年通过“中国上海”门户网站发了多少件政策解读？",
          n + "Shanghai GO 2019 policy interpretations (text)"),
        N("en", "sh19", "处于正常运行状态的70家政府网站", 70, "家", "In 2019, how many Shanghai government websites in normal operation were checked each quarter?",
          n + "Shanghai GO 2019 websites checked quarterly (text)"),
        N("zh", "sh19", "统一受理平台接入53个部门2261项事项", 2261, "项", "2019年上海“一网通办”统一受理平台接入了多少项事项？",
          n + "Shanghai GO 2019 one-stop platform items (text)"),
        N("en", "sh19", "全年共编发公报24期", 24, "期", "How many issues of the Shanghai municipal gazette came out in 2019?",
          n + "Shanghai GO 2019 gazette issues (text)"),
    ]


# ============================================================== [neighbour] 10
def neighbour():
    n = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市政府2024年接手的、从2023年转过来的申请有几件？",
          n + "carried over (34), not carried forward (103); text agrees", alt=HA_OVER),
        T("en", "sy", "a.litigation_after_review.total",
          "Shuyang County 2025: people who first went to reconsideration and then, unhappy with it, sued — how many lawsuits?",
          n + "litigation after review (10), not direct (3)"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件行政规范性文件？",
          n + "repealed (26), not issued (8) or in force (66)"),
        T("en", "hz23", "r.withheld.process_info.total",
          "Hongze District 2023: how many requests were refused as process information (deliberations, drafts and the like)?",
          n + "process information (1), not internal affairs (0)"),
        T("zh", "sy", "c.normative_docs.in_force", "沭阳县到2025年底仍然有效的行政规范性文件总共多少件？",
          n + "in force (32), not issued (6)"),
        T("en", "ha", "a.review.other", "Huai'an 2024: reconsiderations that closed with some 'other' result, i.e. neither upheld nor corrected?",
          n + "review other (178), not corrected (64); text agrees", alt=ha_rev(178)),
        T("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购了几个项目（问的是项目数）？",
          n + "procurement projects (6), not amount (25.1)"),
        T("en", "sh19", "c.regulations.total_published", "Cumulatively, how many regulations had the Shanghai General Office made public as of its 2019 report — the running total, not the new ones?",
          n + "regulations total published (524), not made this year (13)"),
        T("zh", "sy", "r.partially_granted.total", "沭阳县2025年只给申请人公开了一部分内容的申请有多少件？",
          n + "partially granted (101), not granted (294)"),
        T("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024 — requests answered with 'no ready-made information, would have to be newly produced'?",
          n + "needs creation (11), not not-held (769)"),
    ]


# ============================================================== [cannot] 87
def cannot():
    n = "[cannot] "
    U_ = U
    out = []

    def u(lang, q, why, what):
        out.append(U_(lang, q, why, n + what))

    # ---- one person's own request, told as a story
    u("zh", "我2024年3月给淮安市政府寄了申请，想查我家老房子拆迁的补偿标准，年报里说结转到2025年的有103件，我那件是不是就在里面？",
      "a single applicant's case is not in the report; the 103 carried forward are not itemised", "own request in the 103 carried forward")
    u("en", "I emailed the Shuyang county government in October 2025 asking for the tender documents of our village road project and never heard back. Was my request one of the 31 carried into 2026?",
      "the report does not list individual requests", "own request, Shuyang 2025")
    u("zh", "我妈2023年向洪泽区政府申请公开低保审批材料，被告知“本机关不掌握”，年报里那10件里有她那一件吗？她为什么会被这么答复？",
      "individual cases and reasons are not in the report", "own request among the 10 not-held, Hongze 2023")
    u("en", "My company asked the Shanghai General Office for a planning approval file in 2025 and got a 'not held' answer. Which of the 513 such answers was ours, and who signed it?",
      "individual replies are not in the report", "own company's request, Shanghai GO 2025")
    u("zh", "我2020年在涧西区申请过一次信息公开，一直没下文，是不是就是那“在办2件”之一？什么时候能办完？",
      "the report does not identify applicants or forecast completion", "own request, Jianxi 2020")
    u("en", "I filed a request with the Shanghai science commission in November 2024 about a grant I was refused. Was mine the one request carried into 2025, and what will the answer be?",
      "the report does not identify the carried-forward request or its outcome", "own request, STCSM 2024")
    u("zh", "2025年我向沭阳县政府申请一份拆迁协议，通知我交费我没交，后来就说不再处理了。年报里逾期未缴费的那7件，另外几个人申请的都是什么内容？",
      "the contents of other people's requests are not in the report", "own request among the 7 unpaid-fee cases, Shuyang 2025")
    u("en", "I applied to Huai'an in June 2024 and was told I had to pay a processing fee. Of the 3940 yuan they collected in 2024, how much came from me and can I get it back?",
      "per-payer fees are not in the report", "own fee, Huai'an 2024")
    u("zh", "我2024年向洪泽区政府申请了一份环评报告，被说是过程性信息不给公开，我想知道全区跟我一样被这么拒的人里，有几个后来去复议了？",
      "the report does not link refusals to later reconsiderations", "own refusal and follow-up, Hongze 2024")
    u("en", "My neighbour and I both applied to the Shuyang government in 2025 for the same demolition file. Were we counted as two requests or as a duplicate among the 7 duplicates?",
      "how specific requests were counted is not in the report", "own requests counted as duplicates, Shuyang 2025")

    # ---- named people
    u("zh", "淮安市政府办公室信息公开科的张科长2024年亲自经办了多少件申请？",
      "no person's workload is reported", "named official, Huai'an 2024")
    u("en", "How many of the 859 requests the Shanghai General Office received in 2019 were filed by a man named Wang Jianguo?",
      "applicants are not named in the report", "named applicant, Shanghai GO 2019")
    u("zh", "沭阳县2025年办前主动沟通了49次，都是哪几位工作人员去沟通的？每人各跑了几次？",
      "the staff involved are not named or counted in the report", "named staff behind a printed count, Shuyang 2025")
    u("en", "Which lawyer represented the applicants in Huai'an's 26 direct disclosure lawsuits in 2024, and how many of those cases did she win?",
      "lawyers and their records are not in the report", "named lawyer, Huai'an 2024")
    u("zh", "洪泽区2023年复议被维持的那10件，复议申请人里有没有叫李红梅的？她申请了几次？",
      "applicants are not named in the report", "named applicant, Hongze 2023")
    u("en", "Did Director Chen of the Shanghai science commission personally approve the 9 requests granted in 2024? How many did he sign?",
      "who signed replies is not in the report", "named official, STCSM 2024")

    # ---- personal data
    u("zh", "能把上海市府办2025年那36个商业企业申请人的名称和联系电话列给我吗？",
      "applicants' identities and contacts are personal data not in the report", "personal data of applicants, Shanghai GO 2025")
    u("en", "Give me the home addresses of the 21 people who asked Hongze District for information in 2023.",
      "personal data, not in the report", "personal data, Hongze 2023")
    u("zh", "涧西区2020年那17个申请人的身份证号码和住址能查到吗？",
      "personal data, not in the report", "personal data, Jianxi 2020")
    u("en", "Shuyang County withheld 2 requests in 2025 to protect third-party interests. What are the names and ID numbers of the people who made them?",
      "personal data, not in the report", "personal data, Shuyang 2025")

    # ---- breakdowns the reports do not print
    u("zh", "淮安市政府2024年收到的3119件申请，按月份分每个月各多少件？",
      "no monthly breakdown is printed", "month breakdown, Huai'an 2024")
    u("en", "In which month of 2025 did the Shanghai General Office get the most disclosure requests, and how many?",
      "no monthly breakdown is printed", "month breakdown, Shanghai GO 2025")
    u("zh", "沭阳县2025年12月份一个月收到了多少件政府信息公开申请？",
      "no monthly breakdown is printed", "single month, Shuyang 2025")
    u("en", "How many of Hongze District's 95 new requests in 2024 arrived in the first quarter?",
      "no quarterly breakdown is printed", "quarter breakdown, Hongze 2024")
    u("zh", "上海市科委2024年第四季度受理了几件信息公开申请？",
      "no quarterly breakdown is printed", "quarter breakdown, STCSM 2024")
    u("en", "Break down the 1362 requests Huai'an granted in 2024 by quarter, please.",
      "no quarterly breakdown is printed", "quarter breakdown of granted, Huai'an 2024")
    u("zh", "沭阳县2025年705个自然人新申请里，男的多少、女的多少？",
      "sex of applicants is not printed", "sex breakdown, Shuyang 2025")
    u("en", "Of the 821 individuals who filed new requests with the Shanghai General Office in 2019, how many were women?",
      "sex of applicants is not printed", "sex breakdown, Shanghai GO 2019")
    u("zh", "洪泽区2023年那21个自然人申请者里，60岁以上的老人有几个？",
      "age of applicants is not printed", "age breakdown, Hongze 2023")
    u("en", "What's the age profile of Huai'an's 3001 individual applicants in 2024 — how many were under 30?",
      "age of applicants is not printed", "age breakdown, Huai'an 2024")
    u("zh", "上海市府办2025年1259个自然人申请，大概多少是年轻人、多少是老年人？",
      "age of applicants is not printed", "age breakdown, Shanghai GO 2025")
    u("en", "How many of Shuyang County's 713 new applications in 2025 were submitted online versus by post?",
      "submission channel is not printed", "channel breakdown, Shuyang 2025")
    u("zh", "淮安市2024年的信息公开申请，通过网上平台提交的有多少件，当面递交的有多少件？",
      "submission channel is not printed", "channel breakdown, Huai'an 2024")
    u("en", "Of the 34 new requests at STCSM in 2024, how many came in by letter?",
      "submission channel is not printed", "channel breakdown, STCSM 2024")
    u("zh", "洪泽区2024年那95件申请里，有多少件是关于征地拆迁的？",
      "request topics are not printed", "topic breakdown, Hongze 2024")
    u("en", "How many of the Shanghai General Office's 1295 requests in 2025 were about housing or land?",
      "request topics are not printed", "topic breakdown, Shanghai GO 2025")
    u("zh", "沭阳县2025年不予公开的那32件，分别是关于房产、社保还是征地这些事情的，各有几件？",
      "topics of refused requests are not printed", "topic breakdown of withheld, Shuyang 2025")
    u("en", "Huai'an's 769 'not held' answers in 2024 — how many concerned social security records?",
      "topics are not printed", "topic sub-group of not held, Huai'an 2024")
    u("zh", "淮安市2024年447228个行政许可决定，清江浦区占了多少个？",
      "no district breakdown is printed", "district breakdown, Huai'an 2024")
    u("en", "Which township in Shuyang County produced the most of the 693957 penalty decisions in 2025, and how many?",
      "no township breakdown is printed", "township breakdown, Shuyang 2025")
    u("zh", "洪泽区2024年9487个行政许可，按乡镇（街道）分各有多少？",
      "no township breakdown is printed", "township breakdown, Hongze 2024")
    u("en", "Of the 88283 coercion decisions Huai'an reported for 2024, how many were made by the public security bureau?",
      "no department breakdown is printed", "department breakdown, Huai'an 2024")
    u("zh", "沭阳县2025年517645个行政许可里，县行政审批局作出的有几个？",
      "no department breakdown is printed", "department breakdown, Shuyang 2025")
    u("en", "How many of Hongze's 2023 penalty decisions (4119) came from the market regulation bureau?",
      "no department breakdown is printed", "department breakdown, Hongze 2023")
    u("zh", "淮安市2024年53件商业企业申请里，有多少是房地产开发企业提的？",
      "industry of the companies is not printed", "industry sub-group, Huai'an 2024")
    u("en", "Of the 35 commercial enterprises that filed with the Shanghai General Office in 2019, how many were manufacturers?",
      "industry of the companies is not printed", "industry sub-group, Shanghai GO 2019")
    u("zh", "上海市府办2025年36件企业申请，按行业分，金融企业有几件？",
      "industry of the companies is not printed", "industry sub-group, Shanghai GO 2025")
    u("en", "STCSM had 2 requests from businesses in 2024 — were they tech start-ups or large firms, and how many of each?",
      "size/sector of the companies is not printed", "sector sub-group, STCSM 2024")
    u("zh", "上海市科委2024年年报说“上海科技”公众号有1016823个关注者，这里面有多少是科研人员？",
      "kind of followers is not printed", "kind of followers, STCSM 2024")
    u("en", "The 'Shanghai Release' WeChat account in 2025 — how many of its followers live in Shanghai?",
      "followers' residence is not printed", "followers' residence, Shanghai GO 2025")
    u("zh", "“上海科技”视频号2024年54373个粉丝中，上海本地的占多少？",
      "followers' residence is not printed", "followers' residence, STCSM 2024")
    u("en", "How many of the 1259 individuals who applied to the Shanghai General Office in 2025 were foreign nationals?",
      "nationality of applicants is not printed", "nationality, Shanghai GO 2025")
    u("zh", "沭阳县2025年的自然人申请人中，外地户籍的有几个？",
      "residence of applicants is not printed", "residence, Shuyang 2025")
    u("en", "Shanghai international services portal, 2025: how many of its social-media followers are foreigners?",
      "nationality of followers is not printed", "nationality of followers, Shanghai GO 2025")

    # ---- quantities the reports do not state
    u("zh", "淮安市政府2024年平均多少个工作日答复一件信息公开申请？",
      "response time is not stated", "response days, Huai'an 2024")
    u("en", "On average, how many days did it take Hongze District to answer a request in 2023?",
      "response time is not stated", "response days, Hongze 2023")
    u("zh", "上海市府办2025年办结的1191件申请里，最快的一件用了几天？",
      "response times are not stated", "fastest response, Shanghai GO 2025")
    u("en", "How many staff did Huai'an have working on information disclosure in 2024?",
      "staff numbers are not stated (the report only mentions understaffing)", "staff, Huai'an 2024")
    u("zh", "涧西区政府办2020年专职做政务公开的有几个人？",
      "staff numbers are not stated", "staff, Jianxi 2020")
    u("en", "How many people ran the 'Shanghai Science' WeChat account in 2024?",
      "staff numbers are not stated", "staff, STCSM 2024")
    u("zh", "沭阳县2025年做那1113个原创短视频一共花了多少钱？",
      "costs are not stated", "cost, Shuyang 2025")
    u("en", "What did it cost the Shanghai General Office to add the Italian-language site to its international portal in 2025?",
      "costs are not stated", "cost, Shanghai GO 2025")
    u("zh", "洪泽区2024年政务公开工作的经费预算是多少万元？",
      "budget is not stated", "budget, Hongze 2024")
    u("en", "What was the Shanghai science commission's 2024 budget for its website and new media?",
      "budget figures are not stated", "budget, STCSM 2024")
    u("zh", "涧西区2020年群众对政府信息公开工作的满意度是百分之多少？",
      "no satisfaction figure is stated", "satisfaction, Jianxi 2020")
    u("en", "What satisfaction score did applicants give Huai'an's disclosure service in 2024?",
      "no satisfaction figure is stated", "satisfaction, Huai'an 2024")
    u("zh", "淮安市政府办公室0517-83605210这个电话，2024年接了多少个咨询电话？",
      "phone-call counts are not stated", "phone calls, Huai'an 2024")
    u("en", "How many phone calls did the Shanghai General Office make to applicants while handling requests in 2019?",
      "phone contacts are mentioned but not counted", "phone calls, Shanghai GO 2019")

    # ---- reasons, forecasts, opinions
    u("zh", "洪泽区2024年新收申请95件，比2023年的21件多了那么多，原因是什么？是不是哪个大项目引起的？",
      "the report gives no reason or breakdown for the increase", "reason for an increase, Hongze")
    u("en", "Why did Huai'an refuse 105 requests as administrative queries in 2024 — what were those people actually asking for?",
      "reasons and contents are not in the report", "reason behind a count, Huai'an 2024")
    u("zh", "上海市府办2025年有157件是申请人主动撤回的，他们为什么撤回？有多少是因为被劝撤的？",
      "reasons for withdrawal are not stated", "reason behind a count, Shanghai GO 2025")
    u("en", "How many disclosure requests will Shuyang County receive in 2026?",
      "forecast, not in any report", "forecast, Shuyang 2026")
    u("zh", "照2023、2024年的趋势，洪泽区2025年大概会收到多少件申请？",
      "forecast, not in any report", "forecast, Hongze 2025")
    u("en", "Based on its 2025 numbers, how many reconsideration cases should the Shanghai General Office expect in 2026?",
      "forecast, not in any report", "forecast, Shanghai GO 2026")
    u("zh", "你觉得沭阳县2025年驳回了那么多申请，算不算做得差？给它打个分，满分100分能得几分？",
      "an opinion/score, not a reported number", "opinion, Shuyang 2025")
    u("en", "On a scale of 1 to 10, how transparent was the Jianxi District office in 2020?",
      "an opinion, not a reported number", "opinion, Jianxi 2020")

    # ---- sub-groups of a printed count
    u("zh", "沭阳县2025年结转到下一年的31件里，有几件是因为需要征求第三方意见才延期的？",
      "the carried-forward count is not broken down by cause", "sub-group of carried forward, Shuyang 2025")
    u("en", "Shanghai General Office 2025 received 1295 requests: how many of those came from journalists?",
      "applicants' occupations are not printed", "sub-group of received, Shanghai GO 2025")
    u("zh", "淮安市2024年复议被纠正的64件，具体是被哪个复议机关纠正的，各几件？",
      "the 64 corrected cases are not broken down by reviewing body", "sub-group of corrected reviews, Huai'an 2024")
    u("en", "Of the 52 viral posts Shuyang County had in 2025, how many were about tourism?",
      "the viral posts are not broken down by topic", "sub-group of viral posts, Shuyang 2025")
    u("zh", "上海市科委2024年那294篇原创文章里，有多少篇是政策解读？",
      "the original articles are not broken down by type", "sub-group of original articles, STCSM 2024")

    # ---- shares of one body's figure attributed to another body
    u("en", "Of the 3119 requests Huai'an city received in 2024, how many were actually about Hongze District?",
      "the city report does not split its requests by district, and the Hongze report does not say its requests are part of the city's", "share attributed to another body")
    u("zh", "上海市府办2025年的1295件申请里，有多少是转给市科委办理的？",
      "no such split is printed in either report", "share attributed to another body, Shanghai")
    u("en", "How many of Shuyang County's 749 accepted requests in 2025 were forwarded to it by the Suqian city government?",
      "no such split is printed", "share attributed to another body, Shuyang 2025")

    # ---- bodies / years not in the corpus
    u("zh", "洪泽区2022年一共收到多少件政府信息公开申请？",
      "Hongze 2022 report is not held", "year not held: Hongze 2022")
    u("en", "How many disclosure reconsiderations did Shuyang County have in 2024?",
      "Shuyang 2024 report is not held", "year not held: Shuyang 2024")
    u("zh", "南京市人民政府2024年行政许可处理决定有多少？",
      "Nanjing is not in the corpus", "body not held: Nanjing 2024")
    u("en", "What did Pudong New Area report as new disclosure requests for 2025?",
      "Pudong is not in the corpus", "body not held: Pudong 2025")
    u("zh", "上海市政府办公厅2022年结转到下一年的申请有几件？",
      "Shanghai GO 2022 report is not held", "year not held: Shanghai GO 2022")
    u("en", "Huai'an city government, 2023 — how many requests were granted in full?",
      "Huai'an 2023 report is not held", "year not held: Huai'an 2023")
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
