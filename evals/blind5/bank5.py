"""Question bank of the fifth blind evaluation set (evals/blind5): everyday traffic.

WARNING: this file holds the text of every TEST question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers5.py from corpus/gold/*.json, from printed table rows of the reports without gold
(TEXT_SPECS below, re-checked by the validator through text_cells.json), or from a sentence cut
from the report text.

Body ids (blindlib5.BODIES): jx 涧西区 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024,
sy 沭阳县 2025, kw 上海市科委 2024, sh19 / sh25 上海市府办 2019 / 2025.

Tags (first word of every note): [plain] value, [combine] sum/difference, [rank] ranking,
[followup] 2-3 turn follow-ups, [textonly] narrative numbers, [cannot] unanswerable,
[neighbour] trap where the neighbouring cell is the naive answer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib5 as L  # noqa: E402
from helpers5 import C, E, EN, EU, ER, ED  # noqa: E402,F401

# ---------------------------------------------------------------- printed cells, reports without gold
_REQ = "一、本年新收政府信息公开申请数量"
_OVER = "二、上年结转政府信息公开申请数量"
_HZ24_APPEALS = "四、政府信息公开行政复议、行政诉讼情况"
_SH25_APPEALS = "注：行政复议、行政诉讼数量含上年度结转数量。"

L.TEXT_SPECS["hz24"] = {
    "requests.received.total": ("row", _REQ, 6),
    "requests.granted.total": ("row", "（一）予以公开", 6),
    "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
    "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    "requests.total_processed.total": ("row", "（七）总计", 6),
    "active.licensing.decisions": ("row", "行政许可", 0),
    "active.punishment.decisions": ("row", "行政处罚", 0),
    "active.coercion.decisions": ("row", "行政强制", 0),
    "active.fees.amount": ("row", "行政事业性收费", 0),
    "active.normative_docs.issued": ("row", "行政规范性文件", 0),
    "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
    "appeals.review.total": ("after", _HZ24_APPEALS, 4),
    "appeals.litigation_direct.total": ("after", _HZ24_APPEALS, 9),
    "appeals.litigation_after_review.total": ("after", _HZ24_APPEALS, 14),
}
L.TEXT_SPECS["sh25"] = {
    "requests.received.total": ("row", _REQ, 6),
    "requests.received.natural_person": ("row", _REQ, 0),
    "requests.received.commercial": ("row", _REQ, 1),
    "requests.carried_over.total": ("row", _OVER, 6),
    "requests.carried_over.natural_person": ("row", _OVER, 0),
    "requests.carried_over.legal_services": ("row", _OVER, 4),
    "requests.granted.total": ("row", "（一）予以公开", 6),
    "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
    "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
    "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
    "requests.total_processed.total": ("row", "（七）总计", 6),
    "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
    "appeals.review.pending": ("after", _SH25_APPEALS, 3),
    "appeals.review.total": ("after", _SH25_APPEALS, 4),
    "appeals.litigation_direct.pending": ("after", _SH25_APPEALS, 8),
    "appeals.litigation_direct.total": ("after", _SH25_APPEALS, 9),
    "appeals.litigation_after_review.total": ("after", _SH25_APPEALS, 14),
}
L.TEXT_SPECS["kw"] = {
    "requests.received.total": ("row", _REQ, 6),
    "requests.received.natural_person": ("row", _REQ, 0),
    "requests.received.commercial": ("row", _REQ, 1),
    "requests.carried_over.total": ("row", _OVER, 6),
    "requests.total_processed.total": ("row", "（七）总计", 6),
    "active.licensing.decisions": ("row", "行政许可", 0),
    "active.punishment.decisions": ("row", "行政处罚", 0),
    "active.normative_docs.issued": ("row", "规范性文件", 0),
    "active.normative_docs.in_force": ("row", "规范性文件", 2),
    "requests.granted.total": ("row", "三、（一）予以公开", 6),
}

WAN = {"unit": "万元"}
LP = ["r.received.commercial", "r.received.research", "r.received.public_interest",
      "r.received.legal_services", "r.received.other_org"]


def one(kind, lang, q, e, note):
    return C(kind, lang, [(q, e)], note)


def conv_value():
    P = "[plain] everyday wording of a table value"
    PT = "[plain] table value; the report text states the same number (both readings accepted)"
    z = [
        ("jx", "r.received.total", "涧西区政府办2020年一共收到了几件信息公开申请？", ("全年共收到依申请公开", 17)),
        ("jx", "r.carried_forward.total", "涧西区2020年度有几件申请没办完、转到下一年继续办的", ("在办2件", 2)),
        ("jx", "c.procurement.amount", "二〇二〇年涧西区人民政府办公室政府集中采购花了多少钱", None),
        ("jx", "c.normative_docs.made", "涧西区2020年新制作的规范性文件有几件", None),
        ("jx", "a.review.total", "涧西区政府办公室2020年被申请行政复议几次？", None),
        ("ha", "c.licensing.decisions", "淮安市政府2024年行政许可决定有多少个", None),
        ("ha", "r.unable.not_held.total", "淮安2024年因为“本机关不掌握”没法提供信息的有多少件？", None),
        ("ha", "c.fees.amount", "淮安市2024年行政事业性收费收了多少万元", None),
        ("ha", "r.not_processed.petition.total", "2024年淮安市政府收到的申请里，被认定为信访举报投诉类、不予处理的有多少？", None),
        ("ha", "r.partially_granted.total", "淮安市人民政府２０２４年部分公开了多少件", None),
        ("ha", "c.regulations.in_force", "淮安市政府现行有效的规章有几件？看2024年的年报", None),
        ("ha", "a.review.corrected", "淮安2024年政府信息公开的行政复议，结果被纠正的有几件", ("结果纠正 64", 64)),
        ("ha", "r.withheld.total", "淮安市政府2024年没公开的（决定不予公开的）一共多少件", None),
        ("ha", "r.withheld.admin_query.total", "淮安市2024年有多少申请因为属于行政查询事项被拒绝公开", None),
        ("ha", "r.received.legal_services", "淮安市政府2024年律所这类法律服务机构提了多少申请", None),
        ("hz23", "c.punishment.decisions", "洪泽2023年行政处罚决定多少件", None),
        ("hz23", "c.normative_docs.repealed", "洪泽区2023年废止了几件行政规范性文件？", None),
        ("hz23", "c.fees.amount", "洪泽区政府2023年度行政事业性收费金额是多少", None),
        ("hz23", "r.received.natural_person", "洪泽2023年以个人身份申请政府信息公开的有多少人次", None),
        ("hz23", "r.unable.needs_creation.total", "2023年洪泽区有几件申请是因为没有现成信息、需要另行制作而无法提供的", None),
        ("hz24", "c.licensing.decisions", "洪泽区2024年行政许可办了多少件决定", None),
        ("hz24", "r.granted.total", "洪泽区2024年全部予以公开的申请有多少件", None),
        ("hz24", "c.coercion.decisions", "二〇二四年洪泽区行政强制决定数量是多少", None),
        ("hz24", "c.normative_docs.in_force", "洪泽区2024年底现行有效的行政规范性文件还有几件", None),
        ("hz24", "a.review.total", "洪泽区政府2024年因为信息公开被申请行政复议了几件", None),
        ("sy", "c.punishment.decisions", "沭阳县2025年行政处罚决定数量", None),
        ("sy", "r.other.overdue_correction.total", "沭阳2025年有几件申请因为申请人逾期不补正就不再处理了", None),
        ("sy", "a.review.upheld", "沭阳县2025年行政复议结果维持的有多少件？", None),
        ("sy", "a.review.pending", "沭阳2025年度还没审结的行政复议有多少", None),
        ("sy", "r.carried_over.total", "沭阳县政府2025年从上年结转过来的申请有多少件", None),
        ("sy", "r.granted.total", "沭阳县2025年予以公开的申请件数", None),
        ("sy", "r.withheld.internal_affairs.total", "沭阳2025年因为属于三类内部事务信息不予公开的有几件", None),
        ("sy", "c.normative_docs.issued", "沭阳2025年行政规范性文件制发了几件", None),
        ("sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目有几个", None),
        ("sh19", "r.received.natural_person", "上海市政府办公厅2019年新收的申请里，自然人提的有多少", None),
        ("sh19", "a.review.upheld", "2019年上海市政府办公厅的行政复议维持了几件", ("均获维持", 7)),
        ("sh19", "c.regulations.total_published", "上海市府办2019年报里对外公开的规章总数是多少", None),
        ("sh19", "r.carried_forward.total", "上海市政府办公厅2019年有多少申请要顺延到下一年处理", ("顺延到下年度答复", 72)),
        ("sh25", "r.received.total", "上海市府办2025年新收了多少信息公开申请", ("共受理政府信息公开申请 1295", 1295)),
        ("sh25", "r.unable.not_held.total", "上海市政府办公厅2025年答复“本机关不掌握相关政府信息”的有多少件", None),
        ("sh25", "r.carried_forward.total", "2025年上海市府办结转到下一年继续办理的申请数", None),
        ("sh25", "a.litigation_after_review.total", "上海市人民政府办公厅２０２５年经过复议后又起诉的行政诉讼一共多少件", None),
        ("kw", "c.licensing.decisions", "上海科委2024年行政许可处理决定有多少", None),
        ("kw", "c.normative_docs.in_force", "上海市科委2024年现行有效的规范性文件有几件", None),
        ("kw", "r.total_processed.total", "上海科委2024年办理结果总计是多少件", None),
        ("sy", "r.received.total", "沭阳县2025年受理了多少件政府信息公开申请？", ("749", 749)),
        ("hz24", "r.received.total", "洪泽区２０２４年一共收到多少政府信息公开申请", ("代表区政府受理", 17)),
    ]
    e = [
        ("ha", "r.received.total", "How many information disclosure requests did the Huai'an municipal government receive in 2024?", ("3119", 3119)),
        ("ha", "c.punishment.decisions", "In Huaian's 2024 report, how many administrative penalty decisions are listed?", None),
        ("ha", "r.granted.total", "Huai'an 2024: how many requests got the information released in full?", None),
        ("ha", "r.received.commercial", "How many of Huai'an's 2024 requests came from businesses?", None),
        ("ha", "c.normative_docs.repealed", "How many normative documents did Huai'an city government repeal in 2024?", None),
        ("ha", "r.carried_forward.total", "Huaian city, 2024 - requests still open and pushed into the next year?", ("103 件顺延", 103)),
        ("ha", "c.coercion.decisions", "how many administrative coercion decisions did huaian report for 2024", None),
        ("ha", "a.litigation_direct.total", "For Huai'an in 2024, how many lawsuits went straight to court without an administrative review first?", None),
        ("ha", "r.carried_over.natural_person", "How many applications from private individuals did Huai'an's city government carry over from 2023 into 2024?", None),
        ("hz23", "c.licensing.decisions", "How many administrative licensing decisions did Hongze District make in 2023?", None),
        ("hz23", "r.partially_granted.total", "Hongze District 2023: how many requests were only partly disclosed?", None),
        ("hz23", "r.unable.not_held.total", "How many requests did Hongze answer with 'we don't hold that information' in 2023?", None),
        ("hz23", "c.coercion.decisions", "Hongze District government, 2023 - number of administrative coercion decisions?", None),
        ("hz23", "r.withheld.state_secret.total", "Hongze District 2023: how many requests were refused because they touched state secrets?", None),
        ("hz24", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District report for 2024?", None),
        ("hz24", "c.fees.amount", "How much did Hongze District collect in administrative fees in 2024 (in 10,000 yuan)?", None),
        ("hz24", "c.normative_docs.issued", "How many new normative documents did Hongze District issue in 2024?", None),
        ("hz24", "r.unable.not_held.total", "Hongze District 2024: requests where the district said it did not hold the information?", None),
        ("hz24", "r.total_processed.total", "How many applications did Hongze District finish handling in 2024, all outcomes together?", ("代表区政府受理", 17)),
        ("sy", "c.licensing.decisions", "How many administrative licensing decisions did Shuyang County make in 2025?", None),
        ("sy", "r.withheld.enforcement_files.total", "Shuyang County 2025: how many requests were refused because they asked for administrative enforcement case files?", None),
        ("sy", "r.other.overdue_fee.total", "In 2025, how many of Shuyang's requests were dropped because the applicant didn't pay the fee in time?", None),
        ("sy", "r.carried_forward.total", "How many requests did Shuyang County carry forward into 2026, per its 2025 report?", ("结转下一年 31", 31)),
        ("sy", "c.fees.amount", "What was Shuyang County's administrative fee income in 2025, in 10k yuan?", None),
        ("sy", "r.not_processed.duplicate.total", "How many duplicate requests did Shuyang County decline to handle in 2025?", None),
        ("sy", "a.litigation_after_review.total", "Shuyang County 2025: lawsuits filed after an administrative review - how many?", None),
        ("sy", "c.normative_docs.in_force", "How many normative documents were still in force in Shuyang County according to the 2025 report?", None),
        ("sh19", "c.regulations.made", "How many new regulations did the Shanghai General Office draw up in 2019?", None),
        ("sh19", "r.total_processed.total", "Shanghai Municipal Government General Office, 2019: how many requests were dealt with in total?", ("答复政府信息公开申请805件", 805)),
        ("sh19", "r.not_processed.petition.natural_person", "How many requests from individuals did Shanghai's General Office set aside as petition or complaint matters in 2019?", None),
        ("sh19", "c.procurement.amount", "What was the total amount of centralized procurement reported by the Shanghai General Office for 2019?", None),
        ("sh19", "a.litigation_direct.total", "shanghai general office 2019, lawsuits filed directly - total?", ("均获维持", 9)),
        ("sh19", "c.normative_docs.total_published", "How many normative documents had the Shanghai General Office published in total as of its 2019 report?", None),
        ("sh25", "r.carried_over.total", "How many information requests did the Shanghai General Office bring over from 2024 into its 2025 workload?", ("含上年结转 189", 189)),
        ("sh25", "r.granted.total", "In 2025, how many requests did the Shanghai General Office grant in full?", None),
        ("sh25", "a.review.total", "Shanghai General Office 2025: administrative reviews in total?", None),
        ("sh25", "r.received.commercial", "How many requests did Shanghai's General Office get from commercial enterprises in 2025?", None),
        ("sh25", "r.not_processed.duplicate.total", "How many requests did the Shanghai General Office reject in 2025 for being repeat requests?", None),
        ("sh25", "a.review.pending", "What's the number of administrative review cases still pending for the Shanghai General Office in 2025?", None),
        ("kw", "r.received.total", "How many information disclosure requests did the Shanghai Municipal Science and Technology Commission receive in 2024?", ("全年收到政府信息公开", 34)),
        ("kw", "c.normative_docs.issued", "Shanghai science commission 2024: how many normative documents did it issue?", ("行政规范性文件 13", 13)),
        ("jx", "r.granted.total", "How many requests did Jianxi District's government office grant in 2020?", None),
        ("jx", "r.unable.not_held.total", "Jianxi District 2020: how many requests were answered 'information not held by this office'?", None),
        ("jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi District report for 2020?", None),
        ("sy", "r.received.legal_services", "Shuyang County, 2025: how many new requests came from legal service firms?", None),
        ("ha", "a.review.upheld", "Huai'an 2024: in how many administrative review cases was the government's decision upheld?", ("结果维持 72", 72)),
        ("kw", "r.granted.total", "Shanghai science commission, 2024: how many requests were granted in full?", ("同意公开答复 9", 9)),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b, k, q, alt in rows:
            kw = dict(WAN) if k in ("c.fees.amount", "c.procurement.amount") else {}
            out.append(one("value", lang, q, E(b, k, alt=alt, **kw), PT if alt else P))
    # "turned down": refused to disclose (不予公开), or every outcome that gave no information
    # (不予公开 + 无法提供 + 不予处理); both readings accepted.
    out.append(one("value", "en", "How many requests did Shuyang County turn down in 2025?",
                   E("sy", "r.withheld.total",
                     acceptable_keys=[["r.withheld.total", "r.unable.total", "r.not_processed.total"]]),
                   "[plain] negation wording; ambiguous: 不予公开 only, or 不予公开+无法提供+不予处理"))
    return out


def conv_sum():
    P = "[combine] sum of the listed cells"
    PT = "[combine] sum of the listed cells; the report text states the same total"
    z = [
        ("ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开和部分公开加起来多少件", None),
        ("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年行政诉讼总共多少件？直接起诉的和复议后起诉的都算上", ("政府信息公开行政诉讼 46", 46)),
        ("hz23", ["r.withheld.total", "r.unable.total"], "洪泽区2023年不予公开和无法提供的一共有多少件", None),
        ("sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年行政复议加上行政诉讼一共多少件", ("全县共办理相关案件 74", 74)),
        ("sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳2025年行政许可、行政处罚、行政强制三类决定加在一起有多少", None),
        ("sh19", ["c.regulations.published", "c.normative_docs.published"], "上海市政府办公厅2019年新公开的规章和规范性文件合计多少件", None),
        ("jx", ["a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年行政诉讼（直接起诉+复议后起诉）共几件", None),
        ("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年因为信访举报类和重复申请而不予处理的，两项加起来多少", None),
        ("hz24", ["c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政处罚和行政强制决定合计多少件", None),
    ]
    e = [
        ("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Huai'an 2024: add up the requests set aside as petition-type and as duplicate requests.", None),
        ("sy", LP, "Shuyang County 2025: how many new requests came from legal persons and other organisations, all five kinds combined?", ("法人或其他组织申请 8", 8)),
        ("hz23", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze District 2023: licensing decisions plus penalty decisions, what's the total?", None),
        ("sh19", ["r.received.total", "r.carried_over.total"], "For the Shanghai General Office in 2019, how many requests were there to handle - new ones plus those carried over from 2018?", None),
        ("ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an city 2024: how many requests in total ended as 'information cannot be provided', counting all three reasons?", None),
        ("sh25", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025: lawsuits filed directly plus lawsuits after review, total?", None),
        ("kw", ["r.received.total", "r.carried_over.total"], "Shanghai Science and Technology Commission 2024: new requests plus those carried over, how many in all?", None),
        ("jx", ["c.regulations.made", "c.normative_docs.made"], "Jianxi District 2020: regulations plus normative documents newly made, together?", None),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b, ks, q, alt in rows:
            out.append(one("sum", lang, q, E(b, ks, alt=alt), PT if alt else P))
    return out


def conv_difference():
    P = "[combine] year-to-year difference, later minus earlier"
    z = [
        ("hz23", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定比2023年多了多少", {}),
        ("hz23", "hz24", "c.punishment.decisions", "洪泽区的行政处罚决定，2024年跟2023年比变化了多少？", {}),
        ("sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收的申请比2019年增加了多少件", {}),
        ("hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费2024年比2023年少了多少万元", WAN),
        ("sh19", "sh25", "r.carried_forward.total", "上海市府办结转到下年度的申请，2025年比2019年多多少", {}),
    ]
    e = [
        ("hz23", "hz24", "r.granted.total", "By how much did the number of fully granted requests in Hongze District change from 2023 to 2024?", {}),
        ("hz23", "hz24", "c.normative_docs.in_force", "Change in Hongze's normative documents in force between 2023 and 2024?", {}),
        ("sh19", "sh25", "a.review.total", "How many more administrative reviews did the Shanghai General Office face in 2025 than in 2019?", {}),
        ("hz23", "hz24", "c.coercion.decisions", "Hongze District administrative coercion decisions, 2024 vs 2023 - what's the difference?", {}),
        ("sh19", "sh25", "r.received.natural_person", "Shanghai General Office: new requests from individuals in 2019 versus 2025 - how much did that grow?", {}),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b1, b2, k, q, kw in rows:
            out.append(one("difference", lang, q, ED(b1, b2, k, **kw), P))
    return out


def conv_ranking():
    P = "[rank] ranking over gold bodies, each in the year of its gold report"
    z = [
        (["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "淮安市政府2024年、洪泽区2023年、沭阳县2025年，这三家哪家行政许可决定最多？", {}),
        (["ha", "sy", "sh19"], "r.carried_over.total", "desc", "比一比：淮安市2024年、沭阳县2025年、上海市府办2019年，谁从上年结转过来的申请最多", {}),
        (["ha", "hz23", "sy"], "c.fees.amount", "asc", "行政事业性收费金额最少的是哪个：淮安市政府（2024）、洪泽区（2023）还是沭阳县（2025）？", WAN),
        (["jx", "hz23", "sy", "sh19"], "r.received.total", "asc", "涧西区2020、洪泽区2023、沭阳县2025、上海市政府办公厅2019这四个报告里，哪个新收申请最少", {}),
        (["ha", "hz23", "sy"], "c.normative_docs.repealed", "desc", "淮安市2024年、洪泽区2023年和沭阳县2025年，谁废止的行政规范性文件最多", {}),
        (["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "行政复议案件谁最多？淮安市政府2024年、沭阳县2025年、上海市府办2019年、涧西区2020年", {}),
    ]
    e = [
        (["ha", "sy", "sh19"], "r.received.legal_services", "desc", "Which got the most requests from legal service institutions: Huai'an (2024), Shuyang County (2025) or the Shanghai General Office (2019)?", {}),
        (["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "Among Jianxi District 2020, Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, which had the fewest lawsuits filed directly?", {}),
        (["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "Rank Huai'an city (2024), Hongze District (2023) and Shuyang County (2025) by administrative penalty decisions - who's on top?", {}),
        (["hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "Hongze 2023, Shuyang 2025, Shanghai General Office 2019: which one told the most individual applicants it didn't hold the information?", {}),
        (["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "Which has the fewest normative documents in force: Huaian city 2024, Hongze District 2023 or Shuyang County 2025?", {}),
        (["jx", "hz23", "sh19"], "r.partially_granted.natural_person", "desc", "Jianxi 2020, Hongze 2023 and the Shanghai General Office 2019 - which partly disclosed the most requests from individuals?", {}),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for bs, k, order, q, kw in rows:
            out.append(one("ranking", lang, q, ER(bs, k, order, **kw), P))
    return out


def conv_trap():
    P = "[neighbour] the neighbouring cell is the naive answer: "
    z = [
        ("sy", "r.carried_forward.total", "沭阳2025年转入下一年度继续办理的申请有多少", "carried_over 36", ("结转下一年 31", 31)),
        ("ha", "a.litigation_after_review.total", "淮安市政府2024年先复议、后来又起诉的行政诉讼有几件", "direct 26"),
        ("ha", "c.normative_docs.issued", "淮安市政府2024年新制发的行政规范性文件有几件", "repealed 26 / in force 66"),
        ("sh19", "r.carried_over.total", "上海市政府办公厅2019年从2018年结转过来的申请有多少", "carried_forward 72", ("含上年度结转申请18件", 18)),
        ("hz23", "r.not_processed.total", "洪泽区2023年不予处理的申请有几件", "withheld 3"),
        ("sy", "r.received.other_org", "沭阳县2025年法人或其他组织里“其他”这一类新收了多少件申请", "legal_services 5"),
        ("ha", "r.unable.unclear.total", "淮安市政府2024年因为补正后申请内容仍不明确而无法提供的有几件", "needs_creation 11"),
    ]
    e = [
        ("ha", "a.review.other", "How many of Huai'an's 2024 administrative review cases ended with an 'other' result?", "corrected 64 / upheld 72", ("其他结果 178", 178)),
        ("sy", "r.partially_granted.total", "How many requests did Shuyang County partially disclose in 2025?", "granted 294"),
        ("sh25", "a.litigation_direct.pending", "Shanghai General Office 2025: lawsuits filed directly that are still undecided?", "after-review pending 7"),
        ("sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019: how many requests from companies couldn't be met because the information would have had to be newly created?", "not_held.commercial 12"),
        ("ha", "r.withheld.process_info.total", "Huai'an 2024 - requests refused as internal process information (the 'four kinds of process information')?", "enforcement 9 / internal affairs 8"),
        ("sy", "a.review.corrected", "Shuyang 2025: administrative reviews where the result was corrected?", "other 9"),
        ("kw", "r.received.commercial", "Of the requests the Shanghai Science and Technology Commission received in 2024, how many came from companies?", "natural persons 32"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for row in rows:
            b, k, q, why = row[:4]
            alt = row[4] if len(row) > 4 else None
            note = P + why + ("; the report text states the same number" if alt else "")
            out.append(one("trap", lang, q, E(b, k, alt=alt), note))
    return out


def conv_narrative():
    P = "[textonly] number only the report text states"
    z = [
        ("ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
        ("ha", "3940", 3940, "元", "淮安市2024年收了多少信息处理费"),
        ("ha", "公报》6 期", 6, "期", "2024年《淮安市人民政府公报》出了几期"),
        ("ha", "共计 95", 95, "个", "淮安全市在运维的政务新媒体有多少个？（2024年报告）"),
        ("hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息"),
        ("hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        ("hz23", "1136", 1136, "条", "洪泽2023年网站平台主动公开了多少条政府信息？"),
        ("sy", "4511", 4511, "条", "沭阳县2025年门户网站一共主动公开了多少条信息"),
        ("sy", "催办提示 84", 84, "次", "沭阳县2025年发了多少次催办提示"),
        ("sy", "697", 697, "条", "沭阳2025年清理了多少条过期信息"),
        ("sy", "64家", 64, "家", "沭阳县2025年有多少家单位的年报是集中公开的"),
        ("sy", "380元", 380, "元", "沭阳县2025年全县收取的信息处理费一共多少钱？"),
        ("kw", "当年发布政府信息 393", 393, "件", "上海科委2024年通过部门网站发布了多少件政府信息"),
        ("kw", "政协提案 85", 85, "件", "市科委（上海）2024年主办、合办的政协提案有多少件"),
        ("sh25", "主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件"),
        ("sh25", "新闻发布会 42", 42, "场", "上海市政府办公厅2025年年报说市政府新闻发布会开了几场"),
        ("sh25", "公报》24", 24, "期", "上海市政府办公厅二〇二五年编了几期市政府公报"),
        ("sh19", "政策解读共132件", 132, "件", "上海市府办2019年在“中国上海”门户网站发布了多少件政策解读"),
        ("jx", "601项", 601, "项", "涧西区2020年梳理出了多少项政务公开事项"),
        ("sh19", "共编发公报24期", 24, "期", "上海市府办2019年全年编发了几期政府公报"),
    ]
    e = [
        ("ha", "5500", 21, "个", "How many policy interpretations did Huai'an's city government produce in 2024?"),
        ("ha", "全年组织 4 次", 4, "次", "How many full-coverage inspections of disclosure columns did Huai'an organize in 2024?"),
        ("hz24", "代表区政府受理", 17, "件", "How many disclosure requests did the Hongze District government office accept on behalf of the district government in 2024?"),
        ("hz24", "解读信息发布 7", 7, "条", "How many policy-interpretation items did Hongze District put out in 2024?"),
        ("sy", "爆款内容52条", 52, "条", "How many viral posts did Shuyang County have in 2025?"),
        ("sy", "办前主动沟通 49", 49, "次", "How many times did Shuyang County reach out to applicants before handling their requests in 2025?"),
        ("sy", "化解各类争议纠纷 33", 33, "件", "How many disputes did Shuyang County manage to resolve through that early contact with applicants in 2025?"),
        ("sy", "失效链接43处", 43, "处", "How many broken links did Shuyang County fix on its website in 2025?"),
        ("sy", "开展意见征集9期", 9, "期", "How many public consultation rounds did Shuyang's government portal run in 2025?"),
        ("kw", "1016823", 1016823, "人", "How many followers did the Shanghai Science and Technology WeChat account have, according to the science commission's 2024 report?"),
        ("kw", "直播 118", 118, "场", "How many livestreams did the Shanghai Science and Technology Commission run in 2024?"),
        ("kw", "集成式发布政策 121", 121, "条", "How many policies did the Shanghai science commission push to the integrated policy release in 2024?"),
        ("kw", "代表建议 50", 50, "件", "How many NPC deputies' suggestions did the Shanghai Science and Technology Commission handle as lead or co-handler in 2024?"),
        ("sh25", "人事任免文件 196", 196, "件", "How many personnel appointment and removal documents did the Shanghai General Office publish in 2025?"),
        ("sh25", "发布审查 330", 330, "件", "How many documents went through pre-publication review at the Shanghai General Office in 2025?"),
        ("sh25", "覆盖 10 个语种", 10, "个", "How many languages does the Shanghai International Services Portal cover, per the General Office's 2025 report?"),
        ("sh19", "权威发布共计38次", 38, "次", "How many times did the Shanghai General Office put out authoritative releases on executive meeting topics in 2019?"),
        ("sh19", "90.2%", 90.2, "%", "What share of municipal government documents was proactively disclosed in 2019, according to the Shanghai General Office?"),
        ("jx", "办结率88.2%", 88.2, "%", "What completion rate for disclosure requests did Jianxi District report for 2020?"),
        ("sy", "整改不规范描述22处", 22, "处", "How many badly worded descriptions did Shuyang County correct on its websites in 2025?"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b, kw, v, unit, q in rows:
            out.append(one("narrative", lang, q, EN(b, kw, v, unit), P))
    return out


def conv_unanswerable():
    P = "[cannot] "
    z = [
        ("淮安市政府2024年的信息公开申请里，男性申请人有多少？", "no breakdown by sex"),
        ("洪泽区2023年每个月各收到几件信息公开申请？", "no monthly breakdown"),
        ("沭阳县2024年收到多少信息公开申请", "沭阳县 2024 report not in the corpus (only 2025)"),
        ("南京市政府2024年年报里行政复议有多少件", "南京市 not in the corpus"),
        ("上海科委2023年的依申请公开数量是多少", "上海市科委 2023 report not in the corpus"),
        ("帮我预测一下淮安市2025年会收到多少信息公开申请", "forecast"),
        ("你觉得洪泽区政务公开做得好不好？给打个分吧", "opinion"),
        ("涧西区2020年那两件还在办的申请，申请人叫什么、电话多少？", "personal data"),
        ("淮安2024年答复一件申请平均用了几天", "no response-time figure"),
        ("沭阳县2025年通过网上平台提交的申请占多少比例", "no breakdown by channel"),
        ("上海市政府办公厅2019年的申请里，外省市的人申请了多少件", "no breakdown by residence"),
        ("洪泽区2024年政务公开工作一共花了多少经费", "costs not reported"),
        ("淮安市政府2024年专职做信息公开的工作人员有几个", "staff numbers not reported"),
        ("上海市科委2024年那件行政复议是谁申请的", "personal data"),
        ("涧西区2021年的年度报告里行政许可有多少件", "涧西区 2021 report not in the corpus"),
        ("沭阳县2025年哪个乡镇的信息公开申请最多", "no breakdown by township"),
        ("淮安市清江浦区2024年收到多少政府信息公开申请", "清江浦区 not in the corpus"),
        ("洪泽区2023年的申请为什么比2024年少那么多", "reason not stated"),
        ("上海市府办2025年第三季度收到多少件申请？", "no quarterly breakdown"),
        ("沭阳县2025年那380元信息处理费是哪位申请人交的", "personal data"),
    ]
    e = [
        ("How many of Huai'an's 2024 disclosure requests were filed by women?", "no breakdown by sex"),
        ("What was the average age of people who applied to Shuyang County in 2025?", "no age breakdown"),
        ("How many requests did the Shanghai General Office receive in 2022?", "上海市府办 2022 report not in the corpus"),
        ("How many disclosure requests did the Suqian city government receive in 2025?", "宿迁市 not in the corpus"),
        ("Which Huai'an city department got the most disclosure requests in 2024?", "no breakdown by department"),
        ("Will Hongze District's requests keep rising in 2025? Give me your estimate.", "forecast"),
        ("Is the Shanghai science commission more transparent than Huai'an, in your opinion?", "opinion"),
        ("What specific reason did Shuyang County give for each request it refused as internal affairs information in 2025?", "case-level reasons not stated"),
        ("How many disclosure requests did Jianxi District receive in January 2020?", "no monthly breakdown"),
        ("Give me the names and phone numbers of the people who asked Hongze District for information in 2024.", "personal data"),
        ("How many requests did the Shanghai General Office receive by post and how many online in 2019?", "no breakdown by channel"),
        ("How many of Huai'an's 2024 lawsuits were brought by lawyers from outside Jiangsu?", "no breakdown by origin of plaintiffs"),
        ("How many disclosure requests did Pudong New Area handle in 2019?", "浦东新区 not in the corpus"),
        ("How long on average did the Shanghai Science and Technology Commission take to answer a request in 2024?", "no response-time figure"),
        ("How much did Shuyang County spend on staff for information disclosure work in 2025?", "costs not reported"),
        ("What's Hongze District's 2022 figure for administrative licensing decisions?", "洪泽区 2022 report not in the corpus"),
        ("How many disclosure requests will the Shanghai General Office get in 2026?", "forecast"),
        ("Which industries were the companies that sent requests to Huai'an in 2024 in?", "no breakdown by industry"),
        ("Why did Hongze District collect less in administrative fees in 2024 than in 2023?", "reason not stated"),
        ("What share of Hongze District's 2024 requests came from people over 60?", "no age breakdown"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for q, why in rows:
            out.append(one("unanswerable", lang, q, EU(why), P + why))
    return out


def conv_followup():
    P = "[followup] "
    A = lambda b, k, alt=None, **kw: E(b, k, alt=alt, **kw)  # noqa: E731
    z = [
        ([("淮安市政府2024年收到多少件信息公开申请？", A("ha", "r.received.total", ("3119", 3119))),
          ("那上一年结转过来的呢？", A("ha", "r.carried_over.total", ("上年度结转申请 34", 34)))], "row switch"),
        ([("洪泽区2023年行政许可决定有多少", A("hz23", "c.licensing.decisions")),
          ("那2024年呢", A("hz24", "c.licensing.decisions"))], "year switch"),
        ([("沭阳县2025年予以公开的有多少件", A("sy", "r.granted.total")),
          ("部分公开的呢", A("sy", "r.partially_granted.total")),
          ("那不予公开的一共多少", A("sy", "r.withheld.total"))], "row switches"),
        ([("上海市政府办公厅2019年受理了多少件信息公开申请", A("sh19", "r.received.total", ("共受理政府信息公开申请859件", 859))),
          ("那2025年呢？", A("sh25", "r.received.total", ("共受理政府信息公开申请 1295", 1295)))], "year switch"),
        ([("淮安市2024年信息公开行政复议有多少件", A("ha", "a.review.total", ("政府信息公开行政复议 351", 351))),
          ("沭阳县2025年呢", A("sy", "a.review.total"))], "body switch"),
        ([("洪泽区2023年的行政处罚决定数", A("hz23", "c.punishment.decisions")),
          ("2024年呢？", A("hz24", "c.punishment.decisions")),
          ("行政强制呢", A("hz24", "c.coercion.decisions"))], "year then row switch"),
        ([("涧西区政府办2020年收到几件依申请公开", A("jx", "r.received.total", ("全年共收到依申请公开", 17))),
          ("其中予以公开的多少", A("jx", "r.granted.total"))], "row switch"),
        ([("沭阳县2025年行政事业性收费多少万元", A("sy", "c.fees.amount", **WAN)),
          ("淮安市2024年的呢", A("ha", "c.fees.amount", **WAN))], "body and year switch"),
        ([("上海市府办2025年因为本机关不掌握而无法提供的有多少件", A("sh25", "r.unable.not_held.total")),
          ("没有现成信息、需要另行制作的呢", A("sh25", "r.unable.needs_creation.total"))], "row switch"),
        ([("上海科委2024年新收了多少件信息公开申请", A("kw", "r.received.total", ("全年收到政府信息公开", 34))),
          ("其中自然人申请的有多少", A("kw", "r.received.natural_person"))], "column switch"),
        ([("淮安2024年未经复议直接起诉的行政诉讼有几件", A("ha", "a.litigation_direct.total")),
          ("那复议之后才起诉的呢", A("ha", "a.litigation_after_review.total"))], "group switch"),
        ([("洪泽区2023年现行有效的行政规范性文件有几件", A("hz23", "c.normative_docs.in_force")),
          ("二〇二四年呢", A("hz24", "c.normative_docs.in_force"))], "year switch"),
        ([("沭阳县2025年法律服务机构新提了几件申请", A("sy", "r.received.legal_services")),
          ("那商业企业呢", A("sy", "r.received.commercial"))], "column switch"),
        ([("上海市政府办公厅2019年结转到下年度的申请有多少", A("sh19", "r.carried_forward.total", ("顺延到下年度答复", 72))),
          ("2025年年报里这个数是多少", A("sh25", "r.carried_forward.total"))], "year switch"),
        ([("淮安市政府2024年因为保护第三方合法权益不予公开的有几件", A("ha", "r.withheld.third_party.total")),
          ("危及“三安全一稳定”的呢", A("ha", "r.withheld.security_stability.total"))], "row switch"),
        ([("洪泽区2024年予以公开多少件", A("hz24", "r.granted.total")),
          ("那2023年洪泽予以公开的是多少", A("hz23", "r.granted.total"))], "year switch"),
        ([("沭阳县2025年行政复议维持了多少件", A("sy", "a.review.upheld")),
          ("直接起诉的行政诉讼里维持的呢", A("sy", "a.litigation_direct.upheld"))], "group switch"),
        ([("上海市府办2025年被申请行政复议多少件", A("sh25", "a.review.total")),
          ("直接起诉的行政诉讼呢", A("sh25", "a.litigation_direct.total")),
          ("复议后起诉的呢", A("sh25", "a.litigation_after_review.total"))], "group switches"),
        ([("涧西区2020年政府集中采购总金额多少", A("jx", "c.procurement.amount", **WAN)),
          ("上海市府办2019年的呢", A("sh19", "c.procurement.amount", **WAN))], "body and year switch"),
        ([("淮安市政府2024年行政许可决定多少", A("ha", "c.licensing.decisions")),
          ("行政处罚呢", A("ha", "c.punishment.decisions")),
          ("那沭阳县2025年的行政处罚呢", A("sy", "c.punishment.decisions"))], "row then body switch"),
        ([("上海市政府办公厅2025年重复申请不予处理的有多少件", A("sh25", "r.not_processed.duplicate.total")),
          ("信访举报投诉类的呢", A("sh25", "r.not_processed.petition.total")),
          ("二〇一九年信访举报投诉类的，自然人提的有几件", A("sh19", "r.not_processed.petition.natural_person"))], "row then year and column switch"),
    ]
    e = [
        ([("How many requests did individuals send to the Huai'an city government in 2024?", A("ha", "r.received.natural_person")),
          ("and for legal persons?", A("ha", LP))], "column switch (five organisation columns)"),
        ([("Shuyang County 2025: administrative licensing decisions?", A("sy", "c.licensing.decisions")),
          ("what about Huai'an in 2024?", A("ha", "c.licensing.decisions"))], "body and year switch"),
        ([("How many requests did Hongze District say it did not hold the information for, in 2023?", A("hz23", "r.unable.not_held.total")),
          ("and in 2024?", A("hz24", "r.unable.not_held.total"))], "year switch"),
        ([("Shanghai General Office 2019: administrative reviews upheld?", A("sh19", "a.review.upheld", ("均获维持", 7))),
          ("and still pending?", A("sh19", "a.review.pending"))], "outcome switch"),
        ([("How many requests did Shuyang County carry over from 2024 into 2025?", A("sy", "r.carried_over.total")),
          ("and how many did it carry forward into 2026?", A("sy", "r.carried_forward.total", ("结转下一年 31", 31)))], "row switch"),
        ([("How many normative documents were in force for the Huai'an city government in 2024?", A("ha", "c.normative_docs.in_force")),
          ("And Shuyang County in 2025?", A("sy", "c.normative_docs.in_force")),
          ("What about Hongze in 2023?", A("hz23", "c.normative_docs.in_force"))], "body switches"),
        ([("Shanghai General Office, 2025: how many new requests?", A("sh25", "r.received.total", ("共受理政府信息公开申请 1295", 1295))),
          ("how many of those came from individuals?", A("sh25", "r.received.natural_person"))], "column switch"),
        ([("Hongze District 2024, administrative coercion decisions?", A("hz24", "c.coercion.decisions")),
          ("what about 2023?", A("hz23", "c.coercion.decisions"))], "year switch"),
        ([("Jianxi District 2020: how many requests were carried forward to the next year?", A("jx", "r.carried_forward.total", ("在办2件", 2))),
          ("And the Shanghai General Office in 2019?", A("sh19", "r.carried_forward.total", ("顺延到下年度答复", 72)))], "body and year switch"),
        ([("How many administrative licensing decisions did the Shanghai science commission make in 2024?", A("kw", "c.licensing.decisions")),
          ("and administrative penalties?", A("kw", "c.punishment.decisions"))], "row switch"),
        ([("Huai'an 2024: requests set aside as petitions or complaints?", A("ha", "r.not_processed.petition.total")),
          ("And Shuyang in 2025?", A("sy", "r.not_processed.petition.total"))], "body and year switch"),
        ([("Shuyang County 2025: requests refused because they were administrative query matters?", A("sy", "r.withheld.admin_query.total")),
          ("and Huai'an in 2024?", A("ha", "r.withheld.admin_query.total"))], "body and year switch"),
        ([("How many requests did the Shanghai General Office receive from commercial enterprises in 2019?", A("sh19", "r.received.commercial")),
          ("and from legal service institutions?", A("sh19", "r.received.legal_services"))], "column switch"),
        ([("Hongze District's administrative fee income in 2023, in 10,000 yuan?", A("hz23", "c.fees.amount", **WAN)),
          ("and 2024?", A("hz24", "c.fees.amount", **WAN))], "year switch"),
        ([("Shuyang County 2025: lawsuits filed directly?", A("sy", "a.litigation_direct.total")),
          ("and after administrative review?", A("sy", "a.litigation_after_review.total")),
          ("how many of those after-review cases were upheld?", A("sy", "a.litigation_after_review.upheld"))], "group then outcome switch"),
        ([("How many requests from legal service institutions did Huai'an grant in full in 2024?", A("ha", "r.granted.legal_services")),
          ("and from commercial enterprises?", A("ha", "r.granted.commercial"))], "column switch"),
        ([("How many requests from legal service institutions did the Shanghai General Office carry over into 2025?", A("sh25", "r.carried_over.legal_services")),
          ("and from individuals?", A("sh25", "r.carried_over.natural_person"))], "column switch"),
        ([("Hongze District 2024: lawsuits filed after administrative review?", A("hz24", "a.litigation_after_review.total")),
          ("and lawsuits filed directly?", A("hz24", "a.litigation_direct.total"))], "group switch"),
        ([("Jianxi District 2020: administrative reviews that were upheld?", A("jx", "a.review.upheld")),
          ("what about Shuyang County in 2025?", A("sy", "a.review.upheld"))], "body and year switch"),
        ([("Shuyang County 2025, new requests from individuals?", A("sy", "r.received.natural_person", ("自然人申请 741", 741))),
          ("and from businesses?", A("sy", "r.received.commercial")),
          ("and the Huaian city government in 2024?", A("ha", "r.received.commercial"))], "column then body switch"),
        ([("Hongze District 2024: how many requests were carried forward to 2025?", A("hz24", "r.carried_forward.total")),
          ("and how many were processed in total that year?", A("hz24", "r.total_processed.total", ("代表区政府受理", 17))),
          ("and in 2023?", A("hz23", "r.total_processed.total"))], "row then year switch"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for turns, note in rows:
            out.append(C("followup", lang, turns, P + note))
    return out


def CONVERSATIONS():
    return (conv_value() + conv_sum() + conv_difference() + conv_ranking() + conv_trap()
            + conv_narrative() + conv_unanswerable() + conv_followup())
