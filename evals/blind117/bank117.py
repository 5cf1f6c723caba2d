"""Question bank of blind evaluation set 117 (evals/blind117). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.

Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold), sy 沭阳县 2025,
kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
Cells of reports without gold: SPECS (the same printed cells blind5/blind6 verified).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib117 as L  # noqa: E402
from helpers117 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

A4 = "四、政府信息公开行政复议、行政诉讼情况"
A25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A4, 14),
        "appeals.litigation_direct.total": ("after", A4, 9),
        "appeals.review.total": ("after", A4, 4),
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
        "appeals.litigation_after_review.total": ("after", A25, 14),
        "appeals.litigation_direct.pending": ("after", A25, 8),
        "appeals.litigation_direct.total": ("after", A25, 9),
        "appeals.review.pending": ("after", A25, 3),
        "appeals.review.total": ("after", A25, 4),
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

# text alternatives (keyword of the sentence, number it states)
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_ANS = ("全市共受理政府信息公开申请", 3050)
HA_DEFER = ("全市共受理政府信息公开申请", 103)
HA_CO = ("全市共受理政府信息公开申请", 34)
HA_REV = "结果维持 72"
SH19_SENT = "代表市政府共受理政府信息公开申请"
SH25_SENT = "市政府共受理政府信息公开申请"
KW_SENT = "全年收到政府信息公开申请"
SY_SENT = "全县全年共受理政府信息公开申请"


def plain():
    P = "[plain] "
    return [
        # 淮安 2024
        V("zh", "ha", "r.granted.total", "淮安市政府2024年依申请公开 直接全部公开的有几件", P + "予以公开 total"),
        V("en", "ha", "r.partially_granted.total", "Huai'an city govt 2024, how many requests got only part of the info released?", P + "部分公开 total"),
        V("zh", "ha", "r.unable.not_held.total", "我是做课题的学生，想引用淮安市人民政府2024年报表格里'本机关不掌握相关政府信息'那一格的总计，是多少", P + "不掌握 total"),
        V("en", "ha", "r.withheld.admin_query.total", "in 2024 Huaian turned how many requests away saying they were just asking for a consultation / admin query (行政查询事项)?", P + "行政查询 total"),
        V("zh", "ha", "r.not_processed.petition.total", "2024年淮安 被当成信访举报投诉 没按信息公开处理的申请多少个", P + "信访举报 total"),
        V("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024: requests closed because the applicant never fixed/corrected the application in time — number?", P + "逾期不补正 total"),
        V("zh", "ha", "a.review.corrected", "淮安市2024年信息公开行政复议里头 被纠正的结果有几件", P + "复议 纠正", alt=("结果纠正 64", 64)),
        V("en", "ha", "a.review.pending", "For the City of Huai'an in 2024, how many admin reconsideration cases on disclosure were still not concluded at year end?", P + "复议 尚未审结", alt=("尚未审结 37", 37)),
        V("zh", "ha", "a.litigation_direct.upheld", "麻烦查下 淮安2024 没经过复议直接去法院告的 判维持的多少", P + "直接起诉 维持"),
        V("en", "ha", "c.fees.amount", "How much did Huai'an collect in administrative fees (行政事业性收费) in 2024? in 万元 pls", P + "收费金额", unit="万元"),
        V("zh", "ha", "c.licensing.decisions", "二〇二四年淮安市行政许可决定作了多少件", P + "行政许可"),
        V("en", "ha", "c.normative_docs.repealed", "Huai'an 2024 — how many normative documents were scrapped / abolished that year?", P + "规范性文件 废止"),
        V("zh", "ha", "r.received.legal_services", "律所这种法律服务机构2024年给淮安市政府递了多少份公开申请？", P + "新收 法律服务机构"),
        V("en", "ha", "r.withheld.prohibited_by_law.total", "How many Huai'an 2024 requests were refused because another law or regulation forbids disclosure?", P + "法律法规禁止 total"),
        V("zh", "ha", "r.other.other.total", "淮安24年 其他处理里面那个'其他'一项 数字多少", P + "其他处理 其他"),
        V("en", "ha", "r.unable.needs_creation.total", "huaian 2024 requests where they said info doesnt exist in ready form and would need to be newly made, count?", P + "需另行制作 total"),
        V("zh", "ha", "r.received.total", "您好，12345转来一位市民的问题：淮安市人民政府2024年一共新收了多少件政府信息公开申请？", P + "新收 total", alt=HA_RECV),
        V("en", "ha", "r.total_processed.total", "Journalist here. Total requests Huai'an City handled/answered in 2024 (办理结果总计)?", P + "办理总计", alt=HA_ANS),
        V("zh", "ha", "r.carried_forward.total", "淮安市2024年度 有多少申请要顺延到下一年继续办", P + "结转下年", alt=HA_DEFER),
        V("en", "ha", "r.granted.natural_person", "Of the requests from ordinary individuals, how many did Huai'an fully grant in 2024?", P + "予以公开 自然人"),
        V("zh", "ha", "r.withheld.third_party.total", "淮安市政府2024年因为会损害第三方合法权益而不公开的有多少件", P + "第三方 total"),
        V("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024, lawsuits filed after a reconsideration that were still pending — how many?", P + "复议后起诉 尚未审结"),
        # 洪泽 2023 / 2024
        V("zh", "hz23", "r.partially_granted.total", "淮安市下面的洪泽区 2023年部分公开了几件申请", P + "district of 淮安 with own report; 部分公开"),
        V("en", "hz23", "c.punishment.decisions", "Hongze District (Huai'an) 2023 administrative penalty decisions — how many?", P + "行政处罚"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023 没有现成信息要另外做的 几件", P + "需另行制作"),
        V("en", "hz23", "c.fees.amount", "what did Hongze collect in admin fees for 2023, 万元?", P + "收费金额", unit="万元"),
        V("zh", "hz23", "r.received.total", "洪泽区2023年新收信息公开申请多少件", P + "新收 total", alt=("全区受理政府信息公开申请", 21)),
        V("en", "hz23", "a.review.upheld", "In 2023 how many of Hongze's disclosure reconsideration cases ended with the decision being upheld (维持)?", P + "复议 维持 (total printed 0: not asked)"),
        V("zh", "hz23", "c.coercion.decisions", "洪泽区 二〇二三年 行政强制决定数", P + "行政强制"),
        V("zh", "hz24", "r.granted.total", "请问淮安市洪泽区2024年予以公开的申请有多少", P + "予以公开 (text cell)"),
        V("en", "hz24", "c.licensing.decisions", "Hongze district government, 2024: number of administrative licensing decisions?", P + "行政许可 (text cell)"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽24年 回复说本机关不掌握的有几个", P + "不掌握 (text cell)"),
        V("en", "hz24", "c.coercion.decisions", "How many administrative coercion (行政强制) decisions did Hongze District make in 2024?", P + "行政强制 (text cell)"),
        V("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年 复议完了不服又去打官司的 一共几起", P + "复议后起诉 total (text cell)"),
        V("en", "hz24", "c.normative_docs.in_force", "Hongze 2024, normative documents currently in force — number in the table?", P + "规范性文件 现行有效 (text cell)"),
        # 沭阳 2025
        V("zh", "sy", "r.granted.total", "沭阳县政府2025年予以公开多少件啊", P + "予以公开 total"),
        V("en", "sy", "r.unable.not_held.total", "Shuyang County 2025 — how many times did they reply that they don't hold the info?", P + "不掌握 total"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 以内部事务信息为由不公开的 多少", P + "内部事务 total"),
        V("en", "sy", "a.review.total", "total number of admin reconsideration cases about info disclosure, Shuyang County Government, 2025?", P + "复议 总计"),
        V("zh", "sy", "a.litigation_after_review.upheld", "我2024年底帮我妈给沭阳县政府写过申请，后来还去复议了…想问下沭阳2025年复议后起诉、法院判维持的有几件", P + "story; 复议后起诉 维持 (year 2025 stated)"),
        V("en", "sy", "c.punishment.decisions", "Shuyang county 2025: administrative penalties decided (行政处罚), number?", P + "行政处罚"),
        V("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年现行有效的规范性文件有几件", P + "规范性文件 现行有效"),
        V("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025 how many requests dropped because the applicant didn't pay the processing fee in time?", P + "逾期未缴费"),
        V("zh", "sy", "r.received.legal_services", "2025年沭阳县 法律服务机构申请的新收件数", P + "新收 法律服务机构"),
        V("en", "sy", "r.carried_over.total", "How many requests did Shuyang carry into 2025 from the year before (上年结转)?", P + "上年结转"),
        V("zh", "sy", "r.received.natural_person", "沭阳2025年表里 自然人本年新收 那格是几？不要把上年结转的算进来", P + "新收 自然人 (table 705, text 741 includes 结转: not ambiguous)"),
        V("en", "sy", "c.fees.amount", "Shuyang County 2025 administrative fees collected (行政事业性收费), amount in 万元?", P + "收费金额", unit="万元"),
        V("zh", "sy", "r.not_processed.duplicate.total", "沭阳县人民政府2025 重复申请不予处理的多少件", P + "重复申请 total"),
        V("en", "sy", "a.review.upheld", "sir how many reconsideration for Shuyang year 2025 was result maintained", P + "复议 维持"),
        # 上海市府办 2019 / 2025, 上海科委 2024
        V("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年 个人（自然人）新提的申请有多少", P + "新收 自然人"),
        V("en", "sh19", "c.procurement.amount", "Shanghai General Office 2019 government procurement amount (政府集中采购), 万元?", P + "采购金额", unit="万元"),
        V("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019 自然人那一列 不掌握相关信息的 数字", P + "不掌握 自然人 (total printed blank)"),
        V("en", "sh19", "c.regulations.total_published", "Shanghai municipal government general office, 2019: how many rules (规章) were published in total as of year end (对外公开总数量)?", P + "规章 对外公开总数"),
        V("zh", "sh19", "a.litigation_direct.total", "上海市政府办公厅 2019年 直接起诉的行政诉讼总数", P + "直接起诉 total", alt=("诉讼9件", 9)),
        V("en", "sh19", "r.not_processed.petition.natural_person", "In 2019 how many requests by individuals did the Shanghai General Office treat as petitions/complaints and not process?", P + "信访 自然人"),
        V("zh", "sh19", "r.total_processed.total", "上海市府办2019年度 办理结果总计是多少", P + "办理总计", alt=(SH19_SENT, 805)),
        V("en", "sh19", "c.normative_docs.made", "how many normative docs did Shanghai Gen Office make in 2019", P + "规范性文件 制发", alt=("行政规范性文件60件", 60)),
        V("zh", "sh25", "r.received.total", "上海市人民政府办公厅2025年本年新收申请数量", P + "新收 (text cell)", alt=(SH25_SENT, 1295)),
        V("en", "sh25", "r.unable.not_held.total", "Shanghai General Office, FY2025: requests answered 'we do not hold this information' — how many?", P + "不掌握 (text cell)"),
        V("zh", "sh25", "a.review.total", "2025年上海市府办 涉及信息公开的行政复议一共多少件", P + "复议 total (text cell; 含结转 note not applied)"),
        V("en", "sh25", "r.not_processed.petition.total", "Shanghai gen office 2025, petition-type requests (信访举报投诉类) not processed: how many?", P + "信访 (text cell)"),
        V("zh", "sh25", "r.carried_forward.total", "上海市政府办公厅25年 结转到下一年度继续办理的有多少件", P + "结转下年 (text cell)"),
        V("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025 — direct lawsuits not yet concluded?", P + "直接起诉 尚未审结 (text cell)"),
        V("zh", "kw", "r.granted.total", "上海科委2024年予以公开的申请是几件", P + "予以公开 (text cell)", alt=("同意公开答复 9", 9)),
        V("en", "kw", "c.normative_docs.in_force", "STCSM (Shanghai science & tech commission) 2024 — normative documents in force?", P + "规范性文件 现行有效 (text cell)"),
        V("zh", "kw", "r.total_processed.total", "市科委2024年办理结果总计多少件", P + "办理总计 (text cell)"),
        V("en", "kw", "r.received.natural_person", "Shanghai Science and Technology Commission, 2024, new requests from private persons?", P + "新收 自然人 (text cell)"),
        # 涧西 2020
        V("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开多少件", P + "予以公开"),
        V("en", "jx", "c.procurement.projects", "Jianxi District 2020 — number of government procurement projects?", P + "采购项目数"),
        V("zh", "jx", "r.carried_forward.total", "涧西区2020年结转到下一年办理的申请几件", P + "结转下年", alt=("在办2件", 2)),
        V("en", "jx", "r.unable.not_held.total", "Jianxi district office 2020, how many requests for info they didn't have?", P + "不掌握"),
        V("zh", "jx", "c.procurement.amount", "涧西区人民政府办公室2020年 政府集中采购金额多少万元", P + "采购金额", unit="万元"),
        V("en", "jx", "a.litigation_after_review.total", "Jianxi 2020: lawsuits brought after a reconsideration, total?", P + "复议后起诉"),
        # more staff / operator voices
        V("zh", "ha", "c.coercion.decisions", "核对一下：淮安市2024年报 第二部分 行政强制 本年处理决定数量 是不是88283", P + "staff checking a cell"),
        V("en", "ha", "r.received.commercial", "how many requests did companies (商业企业) file with Huai'an municipal govt in 2024", P + "新收 商业企业"),
        V("zh", "sy", "r.partially_granted.natural_person", "沭阳县二〇二五年 自然人申请里部分公开的", P + "部分公开 自然人"),
        V("en", "sy", "a.litigation_direct.total", "Number of lawsuits filed straight in court without reconsideration against Shuyang County Government in 2025?", P + "直接起诉 total"),
        V("zh", "ha", "a.review.total", "帮领导准备材料：淮安市政府2024年度政府信息公开行政复议总数", P + "复议总计", alt=("政府信息公开行政复议 351", 351)),
        V("en", "sh19", "r.carried_over.total", "Shanghai general office 2019 requests carried over from 2018 into 2019 — how many?", P + "上年结转", alt=(SH19_SENT, 18)),
        V("zh", "kw", "r.carried_over.total", "市科委2024 上年结转过来的申请几件", P + "上年结转 (text cell)", alt=(KW_SENT, 2)),
        V("en", "sy", "r.other.other.total", "Shuyang County 2025, 'other' handling outcomes (the 其他 line under 其他处理)?", P + "其他处理 其他"),
        V("zh", "hz24", "c.punishment.decisions", "洪泽区 2024年 行政处罚决定 几件", P + "行政处罚 (text cell)"),
        V("en", "hz23", "r.unable.not_held.total", "Hongze 2023 — number of requests where the office didnt hold the info", P + "不掌握"),
    ]


def combine():
    P = "[combine] "
    ws = ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"]
    return [
        # sums
        S("zh", "ha", ws, "淮安市2024年 因为国家秘密、法律法规禁止、危及三安全一稳定 这三种理由不公开的，加起来多少件", P + "sum of three 不予公开 sub-items"),
        S("en", "ha", ["a.review.corrected", "a.review.other"], "Huai'an 2024 reconsideration cases that were NOT upheld but had a result (corrected + other result), combined?", P + "sum of two outcome columns"),
        S("zh", "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年复议案件里 维持的和纠正的合计", P + "sum of two outcome columns"),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "add up new 2024 requests to Huai'an from businesses, law firms and other organisations", P + "sum of three applicant columns"),
        S("zh", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"], "上海市府办2019 信访举报类不予处理的，自然人加商业企业一共多少", P + "sum of two columns (total printed blank)"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "For Shuyang 2025, how many requests fell under 'unable to provide' because info not held or would have to be created? sum both", P + "sum of two 无法提供 sub-items"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开行政诉讼总共多少起（直接起诉的加上复议后起诉的）", P + "sum; text states 46", alt=("政府信息公开行政诉讼 46", 46)),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang County 2025: total of the three 'other handling' lines (no correction in time, fee not paid, other)?", P + "sum of three 其他处理 sub-items"),
        S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023 国家秘密+过程性信息+行政执法案卷 这三项不公开的加总", P + "sum of three 不予公开 sub-items"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "Huai'an, 2024. Sum the not-processed requests: petition-type, duplicate, and the ones re-asking to confirm already-published info.", P + "sum of three 不予处理 sub-items"),
        S("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "上海市府办2019年 本机关不掌握那一行 自然人、商业企业、法律服务机构三列加起来", P + "sum of three columns (total printed blank)"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus ones carried over from 2023, all together how many to handle?", P + "sum (text cells)"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类和重复申请这两种不予处理的加一起", P + "sum (text cells)"),
        S("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025 — reconsiderations + direct suits + suits after reconsideration, total caseload?", P + "sum of three appeal totals (text cells)"),
        S("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政许可、行政处罚、行政强制 三类决定数加总是多少", P + "sum (text cells)"),
        S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions"], "shuyang 2025 licensing decisions plus penalty decisions = ?", P + "sum of two active cells"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接诉讼、复议后诉讼 三个总数合计", P + "sum of three appeal totals"),
        S("en", "ha", ["r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "Huai'an 2024 fully granted requests from organisations (companies, legal service orgs, other orgs) — total?", P + "sum of three applicant columns"),
        S("zh", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "沭阳县2025 内部事务、过程性信息、行政查询事项 三个理由不公开的共几件", P + "sum of three 不予公开 sub-items"),
        S("en", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Shanghai Gen. Office 2019: new requests from companies + legal service agencies + other orgs combined", P + "sum of three applicant columns"),
        S("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "记者问：淮安2024年信息公开诉讼 维持的一共几件？直接诉讼和复议后诉讼都算", P + "sum; text states 25", alt=("结果维持 25", 25)),
        S("en", "ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected", "a.review.corrected"], "How many times in 2024 was Huai'an corrected overall — reconsideration corrections plus court corrections in both lawsuit types?", P + "sum of corrected across three appeal groups"),
        # differences (later minus earlier, one body)
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 不掌握信息的答复 2024年比2023年多了几件", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "r.granted.total", "Hongze District fully granted requests: change from 2023 to 2024?", P + "difference 2023->2024"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2023到2024年增加了多少", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze admin penalty decisions, 2024 minus 2023?", P + "difference 2023->2024 (negative)"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区2024年和2023年比 行政强制决定数增减多少（2024减2023）", P + "difference 2023->2024 (negative)"),
        D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee revenue change between 2023 and 2024 (2024 minus 2023, 万元)?", P + "difference 2023->2024 (money)", unit="万元"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件 2024年比2023年多几件", P + "difference 2023->2024"),
        D("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests: how much higher in 2025 than in 2019?", P + "difference 2019->2025", alt=(SH25_SENT, 1295)),
        D("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办 自然人新收申请 2025年对比2019年多了多少件", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "r.carried_over.total", "Shanghai Gen Office, requests carried over from the prior year: 2025 figure minus 2019 figure?", P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅 结转下年度继续办理的 2019年到2025年涨了多少", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "a.review.total", "how many more disclosure reconsideration cases did the Shanghai General Office have in 2025 vs 2019", P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办直接起诉的行政诉讼 2025年比2019年多几件", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "r.total_processed.total", "Difference in total requests processed by Shanghai's General Office, 2019 -> 2025?", P + "difference 2019->2025", alt=("办结 1191", 1191)),
    ]


def rank():
    P = "[rank] "
    G5 = ["jx", "ha", "hz23", "sy", "sh19"]
    return [
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "淮安市2024、沭阳县2025、洪泽区2023 这三家 行政许可决定数谁最多", P + "licensing; 沭阳 beats 淮安"),
        R("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Which had the most requests carried over from the year before: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?", P + "上年结转; close 34 vs 36"),
        R("zh", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "asc", "复议结果维持的件数，淮安2024、沭阳2025、洪泽2023、涧西2020 哪个最少", P + "outcome column 维持"),
        R("en", ["ha", "sy"], "r.other.other.total", "desc", "Between Huai'an (2024) and Shuyang (2025), who had more 'other' outcomes under 其他处理?", P + "sub-item; 沭阳 beats 淮安"),
        R("zh", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "自然人申请被认定为行政查询事项的：淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，排个序，最多的是谁", P + "one column of a sub-item"),
        R("en", G5, "r.unable.not_held.natural_person", "asc", "Rank Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 by individuals' requests answered 'info not held' — who is lowest?", P + "one column, five bodies"),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "以内部事务信息为由不公开：淮安2024 沭阳2025 洪泽2023 谁最多", P + "sub-item; 沭阳 beats 淮安"),
        R("en", ["jx", "ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "Of Jianxi (2020), Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), which faced the fewest direct lawsuits?", P + "direct litigation total"),
        C("ranking", "zh", [("行政事业性收费金额 淮安市2024年/洪泽区2023年/沭阳县2025年 哪个最低", ER(["ha", "hz23", "sy"], "c.fees.amount", "asc", unit="万元"))], P + "money"),
        R("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "partial disclosure count — rank Huai'an 2024, Shuyang 2025, Hongze 2023, top one?", P + "部分公开"),
        R("zh", ["ha", "sy", "sh19"], "a.review.pending", "asc", "三家比一比：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，复议尚未审结的，谁最少", P + "outcome column 尚未审结"),
        R("en", ["jx", "ha", "hz23", "sy"], "a.litigation_after_review.upheld", "desc", "Lawsuits after reconsideration that were upheld: Jianxi 2020 vs Huai'an 2024 vs Hongze 2023 vs Shuyang 2025 — highest?", P + "outcome column 维持"),
        R("zh", G5, "r.not_processed.petition.natural_person", "desc", "自然人的申请被当作信访举报投诉不予处理：涧西2020、淮安2024、洪泽2023、沭阳2025、上海市府办2019，谁排第一", P + "one column; 上海 2019 top"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "asc", "Fewest normative documents repealed: Huai'an 2024, Shuyang 2025 or Hongze 2023?", P + "废止"),
        R("zh", ["ha", "sy"], "r.other.overdue_correction.total", "asc", "逾期不补正的，淮安2024和沭阳2025 哪个少", P + "sub-item"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "new requests from businesses: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — rank them, who is at the bottom?", P + "one applicant column"),
        R("zh", ["ha", "sy", "hz23"], "a.review.corrected", "desc", "复议被纠正的件数：淮安市2024年、沭阳县2025年、洪泽区2023年，最多的是哪个", P + "outcome column 纠正"),
        R("en", G5, "r.received.total", "asc", "Among Jianxi 2020, Huai'an 2024, Hongze 2023, Shuyang 2025 and Shanghai General Office 2019, which received the fewest new requests?", P + "新收 total, five bodies"),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.process_info.total", "asc", "过程性信息不公开的 淮安2024、沭阳2025、洪泽2023 由少到多排 最少是谁", P + "sub-item"),
        R("en", ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "desc", "Which body pushed the most requests into the next year: Jianxi 2020, Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", P + "结转下年"),
    ]


def traps():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市2024年 没办完、要转到下一年度接着办的申请", P + "结转下年 103 vs 上年结转 34"),
        T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed only after going through reconsideration first — total?", P + "复议后起诉 20 vs 直接起诉 26"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止的规范性文件（不是新制发的）几件", P + "废止 26 vs 制发 8"),
        T("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests where the info would have to be newly compiled (not the 'not held' ones)?", P + "另行制作 48 vs 不掌握 513"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年 以过程性信息为由不公开的（注意不是内部事务）", P + "过程性 2 vs 内部事务 13"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations ending with an 'other result' (其他结果), not corrected ones?", P + "其他结果 178 vs 纠正 64", alt=("其他结果 178", 178)),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019 政府集中采购 项目有几个（问的是项目数不是金额）", P + "采购项目数 6 vs 金额 25.1"),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 — total normative documents publicly available (对外公开总数量), not just those made in 2019", P + "对外公开总数 368 vs 制发 60"),
        T("zh", "ha", "r.partially_granted.total", "淮安2024 只公开了一部分的申请数（不是全部公开那个）", P + "部分公开 454 vs 予以公开 1362"),
        T("en", "sy", "r.carried_forward.total", "Shuyang 2025: requests carried forward INTO the next year (not the ones carried in)", P + "结转下年 31 vs 上年结转 36", alt=(SY_SENT, 31)),
        T("zh", "kw", "r.received.natural_person", "上海市科委2024年新收申请中只算自然人的 是多少", P + "自然人 32 vs 总计 34"),
    ]


def narrative():
    P = "[textonly] "
    return [
        N("zh", "jx", "试点领域", 26, "个", "涧西区2020年年报说设了多少个试点领域的基层政务公开专栏", P + "试点领域"),
        N("en", "jx", "办结率", 88.2, "%", "What completion rate for requests did Jianxi District report for 2020?", P + "办结率 (percentage printed)"),
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会", P + "新闻发布会"),
        N("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?", P + "政务新媒体"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年 政府信息公开栏目全覆盖检查搞了几次", P + "检查次数"),
        N("en", "ha", "信息处理费 3940", 3940, "元", "Huai'an 2024 — information processing fees charged to applicants, in yuan?", P + "信息处理费 元"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条政府信息", P + "主动公开 条数"),
        N("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: number of government info items posted proactively on the website platform?", P + "主动发布 条数"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", P + "常务会议 期数"),
        N("en", "hz24", "区政府办代表区政府受理", 17, "件", "According to the Hongze 2024 narrative, how many requests did the district office accept on behalf of the district government?", P + "text 17 (table 新收 95 differs; wording names the narrative)"),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开信息多少条", P + "门户网站 条数"),
        N("en", "sy", "开展意见征集9", 9, "期", "how many rounds of public opinion soliciting did Shuyang run on its portal in 2025", P + "意见征集 期数"),
        N("zh", "sy", "督促县直部门", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息", P + "县直部门 条数"),
        N("en", "sy", "开设《项目进行时》", 33, "个", "Shuyang 2025 new media: how many themed columns (专栏) were set up?", P + "专栏 个数"),
        N("zh", "sy", "推送系列原创短视频", 1113, "个", "沭阳县政府2025年推送原创短视频多少个", P + "短视频"),
        N("en", "sy", "完成全县64家单位", 64, "家", "How many units' annual reports did Shuyang County publish together for 2025?", P + "年报集中公开 单位数"),
        N("zh", "sy", "全年累计发布解读类信息", 21, "条", "沭阳2025年发了几条政策解读类信息", P + "解读 条数"),
        N("en", "sy", "成功推动化解各类争议纠纷", 33, "件", "Shuyang 2025 says it resolved a number of disputes through talking to applicants before handling — how many disputes?", P + "化解争议 (33 also the 专栏 count: different sentence)"),
        N("zh", "sy", "发出催办提示", 84, "次", "沭阳那个倒计时报警器 2025年一共发了多少次催办提示", P + "催办提示"),
        N("en", "sy", "办前主动沟通", 49, "次", "In 2025 how many times did Shuyang proactively contact applicants before handling (办前主动沟通)?", P + "办前沟通"),
        N("zh", "sy", "失效链接43", 43, "处", "沭阳县2025年网站巡检整改了多少处失效链接", P + "失效链接"),
        N("en", "sy", "累计清理过期信息", 697, "条", "Number of outdated info items Shuyang cleaned up in 2025?", P + "清理过期信息"),
        N("zh", "sy", "收取信息处理费共计380", 380, "元", "沭阳县2025年全县收信息处理费一共多少钱", P + "处理费 元"),
        N("en", "kw", "集成式发布政策 121", 121, "条", "STCSM 2024: how many policies were pushed in batch integrated releases?", P + "集成式发布"),
        N("zh", "kw", "微信公众号目前关注人数", 1016823, "人", "上海科技微信公众号关注人数有多少（2024年报）", P + "关注人数"),
        N("en", "kw", "直播 118", 118, "场", "how many live streams did the Shanghai science commission do in 2024", P + "直播场次"),
        N("zh", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "市科委2024年“上海科技”网站全年发布信息总共多少条", P + "网站发布 条数"),
        N("en", "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024 — how many business-support policies did it submit in routine reporting (日常报送惠企政策)?", P + "惠企政策"),
        N("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会", P + "新闻通气会"),
        N("en", "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai municipal government press conferences in 2025 (per the General Office report)?", P + "新闻发布会"),
        N("zh", "sh25", "含申请人主动撤回 157", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", P + "主动撤回"),
        N("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?", P + "公报期数"),
        N("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报", P + "数字公报 区数"),
        N("en", "sh25", "公开属性审查 166", 166, "件", "Shanghai General Office 2025 — documents reviewed for disclosure attribute (公开属性审查)?", P + "公开属性审查"),
        N("zh", "sh19", "政策解读共132", 132, "件", "上海市政府2019年在中国上海门户网站上发了多少件政策解读", P + "政策解读"),
        N("en", "sh19", "权威发布共计38", 38, "次", "2019: how many authoritative releases on key topics of the municipal executive meetings did Shanghai's General Office make?", P + "常务会议权威发布"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有几家", P + "网站检查 家数"),
        N("en", "sh19", "接入53个部门", 53, "个", "Shanghai 2019 one-stop portal: how many departments were plugged into the unified acceptance platform?", P + "一网通办 部门数"),
        N("zh", "sh19", "主动公开率达90.2", 90.2, "%", "上海市府办2019年 市政府公文主动公开率是多少", P + "主动公开率 %"),
    ]


def cannot():
    P = "[cannot] "
    W_PLACE = "a place inside a body in the corpus; only the parent's report exists, no breakdown by this place"
    return [
        # places inside a body (only the parent's report is in the corpus)
        U("zh", "淮安市清江浦区2024年收到多少件政府信息公开申请", W_PLACE, P + "清江浦区 (district of 淮安; no own report)"),
        U("en", "How many disclosure requests did Huaiyin District (淮阴区) of Huai'an receive in 2024?", W_PLACE, P + "淮阴区"),
        U("zh", "盱眙县2024年信息公开行政复议有多少件？淮安市年报里能查到吗", W_PLACE, P + "盱眙县 (county of 淮安)"),
        U("en", "Hongze District 2023 — how many requests came from Gaoliangjian subdistrict (高良涧街道) residents?", W_PLACE, P + "街道 inside 洪泽区"),
        U("zh", "洪泽区岔河镇2024年主动公开了多少条信息", W_PLACE, P + "镇 inside 洪泽区"),
        U("en", "shuyang county 2025, how many of the requests were about Shucheng subdistrict (沭城街道)?", W_PLACE, P + "街道 inside 沭阳县"),
        U("zh", "沭阳县章集镇2025年政府信息公开申请数是多少", W_PLACE, P + "镇 inside 沭阳县"),
        U("en", "Pudong New Area 2025 government information disclosure requests received?", W_PLACE, P + "浦东新区 (district of 上海)"),
        U("zh", "上海市徐汇区政府2025年予以公开了多少件", W_PLACE, P + "徐汇区"),
        U("en", "In 2020 how many requests did the Chang'an Road subdistrict (长安路街道) in Jianxi handle?", W_PLACE, P + "街道 inside 涧西区"),
        U("zh", "涟水县2024年行政许可决定数是多少", W_PLACE, P + "涟水县 (county of 淮安)"),
        U("en", "Jinhu County (金湖县, Huai'an) 2024 — number of requests answered 'info not held'?", W_PLACE, P + "金湖县"),
        U("zh", "12345转：来电人问黄浦区政府2025年复议被纠正了几件", W_PLACE, P + "黄浦区"),
        # bodies / years not in the corpus
        U("zh", "宿迁市政府2025年新收申请多少件", "宿迁市 (parent of 沭阳县) has no report in the corpus", P + "parent body not held"),
        U("en", "Luoyang city government 2020 disclosure report — how many requests received?", "洛阳市 (parent of 涧西区) not in the corpus", P + "parent body not held"),
        U("zh", "淮安市人民政府2023年予以公开多少件", "淮安市 2023 report not in the corpus", P + "year not held"),
        U("en", "Shuyang County 2024 number of requests fully granted?", "沭阳县 2024 report not in the corpus", P + "year not held"),
        U("zh", "洪泽区2025年不掌握信息的答复有多少", "洪泽区 2025 report not in the corpus", P + "year not held"),
        U("en", "Shanghai science commission 2023 new disclosure requests?", "上海市科委 2023 report not in the corpus", P + "year not held"),
        U("zh", "涧西区2021年行政复议几件", "涧西区 2021 report not in the corpus", P + "year not held"),
        U("en", "Nanjing municipal government 2024 info disclosure requests — total received?", "南京市 not in the corpus", P + "body not held"),
        U("zh", "上海市人民政府办公厅2022年新收申请数", "上海市府办 2022 report not in the corpus", P + "year not held"),
        # breakdowns the reports do not hold
        U("en", "Huai'an 2024: how many requests came from women vs men?", "the report has no sex breakdown", P + "sex breakdown"),
        U("zh", "沭阳县2025年信息公开申请人里60岁以上的老人有多少", "no age breakdown", P + "age breakdown"),
        U("en", "Which month of 2024 did Huai'an get the most disclosure requests?", "no monthly breakdown", P + "month breakdown"),
        U("zh", "淮安市2024年依申请公开 涉及征地拆迁的有多少件", "no topic breakdown of requests", P + "topic breakdown"),
        U("en", "Shanghai General Office 2025: how many requests were submitted online vs by post?", "no channel breakdown", P + "channel breakdown"),
        U("zh", "上海市府办2019年第三季度收到多少申请", "no quarterly breakdown", P + "quarter breakdown"),
        U("en", "How many staff work on information disclosure at Shuyang County government (2025 report)?", "the report states no staff number", P + "staff"),
        U("zh", "洪泽区2024年平均多少个工作日答复一件申请", "no response-time figure", P + "response time"),
        U("en", "Huai'an 2024: how much did the disclosure office's operations cost the government?", "no cost figure", P + "cost"),
        # forecasts, opinions, personal cases, personal data
        U("zh", "预测一下淮安市2026年会收到多少件信息公开申请", "forecast, not in any report", P + "forecast"),
        U("en", "will shanghai general office get more requests in 2026 than in 2025?", "forecast", P + "forecast"),
        U("zh", "你觉得沭阳县政府2025年信息公开做得好不好", "opinion, no number", P + "opinion"),
        U("en", "In your opinion was Hongze's disclosure work in 2024 better than in 2023?", "opinion", P + "opinion"),
        U("zh", "我2025年3月给沭阳县政府交的那份申请（问宅基地的）后来结果是啥？在年报里能查到吗", "one person's own case is not in the report", P + "own case"),
        U("en", "I sent Huai'an a request in May 2024 about my father's pension file — was mine one of the ones refused?", "own case", P + "own case"),
        U("zh", "淮安市2024年那几件行政诉讼的原告叫什么名字", "personal data not published", P + "personal data"),
        U("en", "Give me the phone numbers of the people who filed the 2025 requests with the Shanghai General Office", "personal data", P + "personal data"),
    ]


def followups():
    P = "[followup] "
    return [
        F("zh", [("淮安市2024年新收申请里 商业企业提的有几件", E("ha", "r.received.commercial")),
                 ("那法律服务机构呢", E("ha", "r.received.legal_services"))], P + "switch column"),
        F("en", [("Shuyang County 2025 — requests fully granted?", E("sy", "r.granted.total")),
                 ("and partially granted?", E("sy", "r.partially_granted.total")),
                 ("ok add those two together for me", E("sy", ["r.granted.total", "r.partially_granted.total"]))], P + "switch row, then sum"),
        F("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=(SH19_SENT, 859))),
                 ("2025年的呢", E("sh25", "r.received.total", alt=(SH25_SENT, 1295))),
                 ("两年差多少", ED("sh19", "sh25", "r.received.total", alt=(SH25_SENT, 1295)))], P + "switch year, then difference"),
        F("en", [("Hongze 2023 admin licensing decisions?", E("hz23", "c.licensing.decisions")),
                 ("what about 2024?", E("hz24", "c.licensing.decisions"))], P + "switch year (text cell)"),
        F("zh", [("淮安2024年复议 维持了几件", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
                 ("纠正的呢", E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
                 ("沭阳县2025年纠正的是多少", E("sy", "a.review.corrected"))], P + "switch column, then body"),
        F("en", [("How many requests did the Shanghai science commission receive in 2024?", E("kw", "r.received.total", alt=(KW_SENT, 34))),
                 ("how many of those from individuals?", E("kw", "r.received.natural_person"))], P + "switch column (text cells)"),
        F("zh", [("沭阳2025年因为不掌握而无法提供的有多少", E("sy", "r.unable.not_held.total")),
                 ("淮安市2024年同一项呢", E("ha", "r.unable.not_held.total")),
                 ("洪泽区2023年也是这个，三家里哪个最多", ER(["sy", "ha", "hz23"], "r.unable.not_held.total", "desc"))], P + "switch body, then ranking"),
        F("en", [("Jianxi district 2020 — reconsideration cases?", E("jx", "a.review.total")),
                 ("and direct lawsuits?", E("jx", "a.litigation_direct.total"))], P + "switch appeals group"),
        F("zh", [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
                 ("2024年呢", E("hz24", "c.punishment.decisions")),
                 ("2024比2023少了多少？给个2024减2023的数", ED("hz23", "hz24", "c.punishment.decisions"))], P + "switch year, then difference (negative)"),
        F("en", [("Huai'an 2024 requests carried over from the previous year?", E("ha", "r.carried_over.total", alt=HA_CO)),
                 ("And carried forward to the next one?", E("ha", "r.carried_forward.total", alt=HA_DEFER))], P + "switch row"),
        F("zh", [("上海市政府办公厅2025年复议多少件", E("sh25", "a.review.total")),
                 ("其中还没审结的", E("sh25", "a.review.pending"))], P + "switch column (text cells)"),
        F("en", [("Shuyang 2025: admin reconsideration cases upheld?", E("sy", "a.review.upheld")),
                 ("other results?", E("sy", "a.review.other")),
                 ("still pending?", E("sy", "a.review.pending"))], P + "switch outcome column twice"),
        F("zh", [("我在写新闻稿，先问淮安市2024年行政强制决定数", E("ha", "c.coercion.decisions")),
                 ("沭阳县2025年的行政强制呢", E("sy", "c.coercion.decisions"))], P + "switch body"),
        F("en", [("Shanghai General Office 2019, normative documents made that year?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
                 ("and regulations (规章) made?", E("sh19", "c.regulations.made"))], P + "switch row (2019 template)"),
        F("zh", [("洪泽区2024年新收信息公开申请 表格里是多少", E("hz24", "r.received.total")),
                 ("其中予以公开的呢", E("hz24", "r.granted.total"))], P + "switch row (text cells; table 95 not text 17)"),
        F("en", [("Huai'an 2024, how many requests were refused as admin queries?", E("ha", "r.withheld.admin_query.total")),
                 ("Same thing for Shuyang County in 2025?", E("sy", "r.withheld.admin_query.total"))], P + "switch body"),
        F("zh", [("涧西区2020年收到几件依申请公开", E("jx", "r.received.total", alt=("全年共收到依申请公开17", 17))),
                 ("办结的呢（办理结果总计）", E("jx", "r.total_processed.total"))], P + "switch row"),
        F("en", [("STCSM 2024 normative documents issued?", E("kw", "c.normative_docs.issued")),
                 ("how many still in force?", E("kw", "c.normative_docs.in_force"))], P + "switch column (text cells)"),
        F("zh", [("沭阳县2025年 直接起诉的行政诉讼维持了几件", E("sy", "a.litigation_direct.upheld")),
                 ("复议后起诉的维持呢", E("sy", "a.litigation_after_review.upheld")),
                 ("两种诉讼维持的加一起", E("sy", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"]))], P + "switch group, then sum"),
        F("en", [("Shanghai General Office 2025 direct lawsuits total?", E("sh25", "a.litigation_direct.total")),
                 ("and lawsuits after reconsideration?", E("sh25", "a.litigation_after_review.total"))], P + "switch appeals group (text cells)"),
        F("zh", [("淮安市人民政府2024年 规章现行有效的有几件", E("ha", "c.regulations.in_force")),
                 ("规范性文件现行有效呢", E("ha", "c.normative_docs.in_force"))], P + "switch row"),
        F("en", [("Hongze 2023 fee revenue (行政事业性收费), 万元?", E("hz23", "c.fees.amount", unit="万元")),
                 ("2024?", E("hz24", "c.fees.amount", unit="万元"))], P + "switch year (money)"),
        F("zh", [("上海市府办2019年结转下年度继续办理的多少件", E("sh19", "r.carried_forward.total", alt=(SH19_SENT, 72))),
                 ("2025年呢", E("sh25", "r.carried_forward.total")),
                 ("涨了多少", ED("sh19", "sh25", "r.carried_forward.total"))], P + "switch year, then difference"),
        F("en", [("In 2024 how many Huai'an requests were refused for being 过程性信息 (process info)?", E("ha", "r.withheld.process_info.total")),
                 ("and for internal affairs?", E("ha", "r.withheld.internal_affairs.total"))], P + "switch sub-item"),
        F("zh", [("沭阳2025 自然人新收多少 表格里的", E("sy", "r.received.natural_person")),
                 ("商业企业呢", E("sy", "r.received.commercial"))], P + "switch column"),
        F("en", [("Huai'an 2024 admin penalty decisions?", E("ha", "c.punishment.decisions")),
                 ("Hongze District in 2023?", E("hz23", "c.punishment.decisions")),
                 ("and Shuyang 2025 — of the three, who had the fewest?", ER(["ha", "hz23", "sy"], "c.punishment.decisions", "asc"))], P + "switch body, then ranking"),
        F("zh", [("12345帮问：上海市科委2024年办理结果总计多少", E("kw", "r.total_processed.total")),
                 ("上年结转的几件", E("kw", "r.carried_over.total", alt=(KW_SENT, 2)))], P + "switch row (text cells)"),
        F("en", [("Jianxi 2020 government procurement amount, 万元?", E("jx", "c.procurement.amount", unit="万元")),
                 ("what was it for the Shanghai General Office in 2019?", E("sh19", "c.procurement.amount", unit="万元"))], P + "switch body (2019 template)"),
        F("zh", [("淮安2024年不予处理里 重复申请几件", E("ha", "r.not_processed.duplicate.total")),
                 ("信访举报投诉类的呢", E("ha", "r.not_processed.petition.total"))], P + "switch sub-item"),
        F("en", [("Shuyang 2025 — requests closed because the applicant missed the correction deadline?", E("sy", "r.other.overdue_correction.total")),
                 ("Huai'an 2024 same line?", E("ha", "r.other.overdue_correction.total"))], P + "switch body"),
        F("zh", [("上海市府办2025年予以公开多少", E("sh25", "r.granted.total")),
                 ("不掌握相关信息的呢", E("sh25", "r.unable.not_held.total"))], P + "switch row (text cells)"),
        F("en", [("Hongze 2024 reconsiderations?", E("hz24", "a.review.total")),
                 ("direct lawsuits that year?", E("hz24", "a.litigation_direct.total"))], P + "switch appeals group (text cells)"),
        F("zh", [("淮安市2024年复议后起诉的 维持几件", E("ha", "a.litigation_after_review.upheld")),
                 ("纠正呢", E("ha", "a.litigation_after_review.corrected"))], P + "switch outcome column"),
        F("en", [("Shanghai General Office 2019 — reconsideration cases total?", E("sh19", "a.review.total")),
                 ("2025?", E("sh25", "a.review.total")),
                 ("increase between the two years?", ED("sh19", "sh25", "a.review.total"))], P + "switch year, then difference"),
        F("zh", [("沭阳县2025年规范性文件制发了几件", E("sy", "c.normative_docs.issued")),
                 ("废止了几件", E("sy", "c.normative_docs.repealed"))], P + "switch column"),
        F("en", [("Huai'an 2024: individuals' requests that got partial disclosure?", E("ha", "r.partially_granted.natural_person")),
                 ("companies?", E("ha", "r.partially_granted.commercial"))], P + "switch column"),
        F("zh", [("洪泽区2023年 因为需要另行制作无法提供的", E("hz23", "r.unable.needs_creation.total")),
                 ("沭阳县2025年呢", E("sy", "r.unable.needs_creation.total")),
                 ("再加上淮安市2024年，三家里最多的是哪个", ER(["hz23", "sy", "ha"], "r.unable.needs_creation.total", "desc"))], P + "switch body, then ranking"),
        F("en", [("Shanghai General Office 2025 new requests from companies?", E("sh25", "r.received.commercial")),
                 ("from individuals?", E("sh25", "r.received.natural_person"))], P + "switch column (text cells)"),
        F("zh", [("淮安市2024年 收费金额（行政事业性收费）多少万元", E("ha", "c.fees.amount", unit="万元")),
                 ("沭阳县2025年的收费金额呢", E("sy", "c.fees.amount", unit="万元"))], P + "switch body (money)"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + traps() + narrative() + cannot() + followups()
