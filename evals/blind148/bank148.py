"""Question bank of blind evaluation set 148 (evals/blind148).

WARNING: holds the text of every test question; as frozen as test.jsonl.

All wordings written new for this set. Every number is computed by helpers148 (gold JSON, printed
text rows via SPECS, or sentences cut from the report text). Emphasis: follow-up conversations.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib148 as L  # noqa: E402
from helpers148 import (E, EN, EU, ED, C, V, T, S, N, U, D, R, F, cols)  # noqa: E402,F401

# printed cells of the three reports without gold (the cells blind6's text_cells.json names,
# minus 洪泽区 2024 新收 / 办理总计, whose 95 disagrees with the text's "受理 17 件")
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

W = "万元"
# text alternatives where text and table agree: keyword of the sentence that states the same value
HA_REC = "3119"
SH19_REC = "回落12.3%"
HZ23_REC = "21 件"
JX_REC = "办结率88.2%"
KW_REC = "全年收到政府信息公开申请"
SH25_REC = "市政府共受理政府信息公开申请"


def plain():
    P = "[plain] "
    return [
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共新收到多少件信息公开申请？", P + "新收总计", alt=HA_REC),
        V("zh", "ha", "r.unable.not_held.total", "24年淮安市政府答复说手上没这条信息的，有几件？", P + "本机关不掌握"),
        V("zh", "ha", "r.withheld.admin_query.total", "2024年淮安有多少申请被当成行政查询事项没给公开？", P + "行政查询事项"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安市2024年申请人逾期不补正、被视为放弃的有多少件？", P + "逾期不补正"),
        V("zh", "ha", "c.normative_docs.repealed", "二〇二四年淮安市政府废掉了几件行政规范性文件？", P + "规范性文件废止"),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额一共多少万元？", P + "收费金额", unit=W),
        V("zh", "ha", "a.review.corrected", "2024年淮安市政府信息公开行政复议里被纠正的有几件？", P + "复议纠正"),
        V("zh", "ha", "r.received.legal_services", "律师事务所这类法律服务机构2024年向淮安市政府提了多少申请？", P + "法律服务机构新收"),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽区政府2023年因为自己不掌握而没法提供的申请有几件？", P + "不掌握"),
        V("zh", "hz23", "c.punishment.decisions", "2023年洪泽区作出的行政处罚决定数量是多少？", P + "行政处罚"),
        V("zh", "hz23", "c.fees.amount", "洪泽区二〇二三年收了多少行政事业性收费（万元）？", P + "收费", unit=W),
        V("zh", "hz23", "r.partially_granted.total", "23年洪泽区政府只公开了一部分的申请有多少件？", P + "部分公开"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定数量是多少？", P + "text row 行政许可"),
        V("zh", "hz24", "r.granted.total", "2024年洪泽区政府对申请直接予以公开的是几件？", P + "text row 予以公开"),
        V("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的申请（不含上一年转过来的）有多少件？", P + "新收 713 (text 749 includes carried over)"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "2025年沭阳因为属于内部事务信息而不公开的有几件？", P + "内部事务"),
        V("zh", "sy", "r.other.other.total", "沭阳县2025年其他处理里面“其他”那一项是多少件？", P + "其他处理-其他"),
        V("zh", "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效的行政规范性文件有多少件？", P + "现行有效"),
        V("zh", "sy", "a.review.pending", "沭阳县政府2025年信息公开行政复议还没审结的有几件？", P + "复议尚未审结"),
        V("zh", "sy", "c.coercion.decisions", "2025年沭阳县行政强制决定做了多少个？", P + "行政强制"),
        V("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的申请里，个人（自然人）提的有多少？", P + "自然人新收"),
        V("zh", "sh19", "c.procurement.projects", "2019年上海市府办政府集中采购了几个项目？", P + "采购项目数"),
        V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年报告里规章对外公开总数量是多少？", P + "规章对外公开总数"),
        V("zh", "sh19", "r.carried_forward.total", "19年上海市府办有多少申请转到下一年继续办？", P + "结转下年",
          alt="回落12.3%"),
        V("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额是多少万元？", P + "采购金额", unit=W),
        V("zh", "jx", "r.granted.total", "2020年涧西区政府办给予公开的申请有几件？", P + "予以公开"),
        V("zh", "jx", "r.unable.not_held.total", "涧西区2020年回复“本机关不掌握”的申请有多少？", P + "不掌握"),
        V("zh", "kw", "c.normative_docs.issued", "上海市科委2024年新制发了几件规范性文件？", P + "text row 制发"),
        V("zh", "kw", "r.received.natural_person", "市科委2024年新收申请中老百姓个人提交的是多少件？", P + "text row 自然人"),
        V("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年因为不掌握相关信息没法提供的有多少件？", P + "text row 不掌握"),
        V("zh", "sh25", "a.review.total", "2025年上海市政府办公厅信息公开行政复议一共多少件？", P + "text row 复议总计"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年把多少申请当作信访举报投诉类不予处理？", P + "text row 信访"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市2024年复议后又起诉、目前还没审结的案件有几件？", P + "复议后起诉未审结"),
        # English
        V("en", "ha", "r.granted.total", "How many requests did the Huai'an city government fully grant in 2024?", P + "granted"),
        V("en", "ha", "r.not_processed.petition.total", "In 2024, how many Huaian requests were set aside because they were really complaints or petitions?", P + "petition"),
        V("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions Huai'an reported for 2024?", P + "coercion"),
        V("en", "ha", "a.review.total", "How many administrative reconsideration cases on disclosure did Huai'an have in FY2024?", P + "review total"),
        V("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: how many requests were refused because other laws or regulations forbid disclosure?", P + "prohibited by law"),
        V("en", "ha", "r.received.commercial", "How many disclosure requests came from businesses to the Huaian government in 2024?", P + "commercial"),
        V("en", "ha", "c.regulations.in_force", "How many municipal rules (规章) were in force for Huai'an at the end of 2024?", P + "regulations in force"),
        V("en", "hz23", "r.received.total", "How many information requests did Hongze District take in during 2023?", P + "received", alt=HZ23_REC),
        V("en", "hz23", "c.licensing.decisions", "Hongze District, 2023: number of administrative licensing decisions?", P + "licensing"),
        V("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze scrap in 2023?", P + "repealed"),
        V("en", "hz24", "c.punishment.decisions", "What was the count of administrative penalty decisions for Hongze District in 2024?", P + "text row penalty"),
        V("en", "hz24", "c.fees.amount", "How much did Hongze District collect in administrative fees in 2024 (10k yuan)?", P + "text row fees", unit=W),
        V("en", "sy", "r.granted.total", "How many requests did the Shuyang County government grant in full in 2025?", P + "granted"),
        V("en", "sy", "r.unable.not_held.total", "Shuyang 2025: how many requests got the answer that the county did not hold the information?", P + "not held"),
        V("en", "sy", "c.licensing.decisions", "How many administrative licensing decisions did Shuyang County report for 2025?", P + "licensing"),
        V("en", "sy", "r.carried_forward.total", "How many of Shuyang County's 2025 requests were still open and rolled into the next year?", P + "carried forward",
          alt="749"),
        V("en", "sy", "a.review.total", "Total administrative reconsideration cases on disclosure for Shuyang in 2025?", P + "review total"),
        V("en", "sy", "r.other.overdue_fee.total", "In 2025, how many Shuyang applicants failed to pay the processing fee in time?", P + "overdue fee"),
        V("en", "sh19", "r.received.total", "How many disclosure requests did the Shanghai General Office receive in 2019?", P + "received", alt=SH19_REC),
        V("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai municipal government's General Office newly draft in 2019?", P + "made"),
        V("en", "sh19", "c.procurement.amount", "What was the value of centralised government procurement for the Shanghai General Office in 2019, in 10k yuan?", P + "procurement amount", unit=W),
        V("en", "sh19", "a.litigation_direct.total", "How many disclosure lawsuits were filed directly against the Shanghai General Office in 2019, without going through review first?", P + "direct litigation",
          alt="零败诉"),
        V("en", "jx", "r.received.total", "How many requests did Jianxi District receive in 2020?", P + "received", alt=JX_REC),
        V("en", "jx", "c.procurement.projects", "Jianxi District 2020: how many centralised procurement projects?", P + "procurement projects"),
        V("en", "jx", "a.review.total", "How many administrative reconsideration cases did the Jianxi District office have in 2020?", P + "review"),
        V("en", "kw", "r.received.total", "How many new information requests did STCSM get in 2024?", P + "text row received", alt=KW_REC),
        V("en", "kw", "c.normative_docs.in_force", "How many normative documents of the Shanghai science commission were valid at the end of 2024?", P + "text row in force"),
        V("en", "sh25", "r.received.total", "How many new requests did the Shanghai General Office receive in 2025?", P + "text row received", alt=SH25_REC),
        V("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests turned down because the information would have had to be newly compiled?", P + "text row needs creation"),
        V("en", "sh25", "a.litigation_direct.total", "How many disclosure lawsuits went straight to court against the Shanghai General Office in 2025?", P + "text row direct litigation"),
        V("en", "ha", "r.carried_over.total", "How many Huai'an requests from 2023 were still being handled at the start of 2024 (carried over)?", P + "carried over", alt=HA_REC),
        V("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025: requests refused as administrative inquiries rather than disclosure requests?", P + "admin query"),
    ]


def combine():
    P = "[combine] "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开，合计多少件？", P + "sum 2"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "2024年淮安市政府信息公开行政诉讼（直接起诉和复议后起诉）一共多少件？", P + "sum 2 (text says 46)"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total"], "沭阳2025年因危及三安全一稳定、损害第三方权益、属于过程性信息这三种理由不公开的，加起来几件？", P + "sum 3"),
        S("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年行政许可、处罚、强制三类决定合计多少？", P + "sum 3"),
        S("zh", "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收的加上从上一年结转过来的申请，总共多少？", P + "sum 2"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年“不掌握”和“需要另行制作”两项合起来多少件？", P + "sum 2"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接起诉、复议后起诉三类案件加总是多少？", P + "sum 3"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多了多少件？", P + "difference 2019→2025"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数从2023年到2024年变化了多少？", P + "difference 2023→2024"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议数，2025年和2019年相比增加了几件？", P + "difference"),
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
          "Huai'an 2024: add up refusals for state secrets, third-party harm, internal affairs, process information and law-enforcement files.", P + "sum 5"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "For Shuyang in 2025, full grants plus partial grants comes to how many?", P + "sum 2"),
        S("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: rules plus normative documents newly made, in total?", P + "sum 2"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "In 2024, how many Huai'an requests were not processed as petitions, duplicates or requests to reconfirm, combined?", P + "sum 3"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "By how much did the Shanghai General Office's backlog carried into the next year grow between 2019 and 2025?", P + "difference"),
        D("en", "hz23", "hz24", "c.licensing.decisions", "How did Hongze District's number of licensing decisions change from 2023 to 2024?", P + "difference"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Change in requests from individuals at the Shanghai General Office, 2019 to 2025?", P + "difference"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: reconsiderations plus both kinds of lawsuits, how many cases overall?", P + "sum 3 (text 74)"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家新收申请最多？", P + "desc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "淮安2024、洪泽2023、沭阳2025三家里，现行有效规范性文件最少的是谁？", P + "asc"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.carried_forward.total", "desc", "比较淮安市（2024）、洪泽区（2023）、沭阳县（2025）、涧西区（2020）结转下年的申请数，谁最多？", P + "desc"),
        R("zh", ["ha", "hz23", "sy", "jx"], "a.review.upheld", "desc", "淮安2024年、洪泽2023年、沭阳2025年、涧西2020年，信息公开行政复议结果维持的哪家最多？", P + "desc; upheld (洪泽 2023 printed total 0 avoided)"),
        R("zh", ["ha", "sy", "jx"], "r.unable.not_held.total", "asc", "淮安市2024年、沭阳县2025年和涧西区2020年，“本机关不掌握”件数最少的是哪个？", P + "asc"),
        R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Which issued the most penalty decisions: Huai'an in 2024, Shuyang in 2025 or Hongze in 2023?", P + "desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "Among Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi (2020), who had the fewest requests from individuals?", P + "asc"),
        R("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "Partial grants: which body had the most — Huai'an 2024, Shuyang 2025 or Hongze District 2023?", P + "desc"),
        R("en", ["ha", "sy", "jx"], "a.litigation_after_review.total", "asc", "Lowest number of lawsuits after reconsideration: Huai'an 2024, Shuyang 2025 or Jianxi 2020?", P + "asc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Who collected the most administrative fees: Huai'an (2024), Hongze (2023) or Shuyang (2025)?", P + "desc"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "sy", "爆款内容52条", 52, "条", "沭阳县2025年报告说一年出了多少条爆款内容？", P + "爆款"),
        N("zh", "sy", "催办提示 84 次", 84, "次", "沭阳县政府2025年一共发出多少次催办提示？", P + "催办"),
        N("zh", "sy", "清理过期信息697", 697, "条", "2025年沭阳清理掉的过期信息有多少条？", P + "清理过期"),
        N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年在门户网站上开展了几期意见征集？", P + "意见征集"),
        N("zh", "sy", "64家单位", 64, "家", "2025年沭阳县完成了多少家单位的政府信息公开年度报告（报告里写的数）？", P + "64家"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会？", P + "发布会"),
        N("zh", "ha", "6 期", 6, "期", "二〇二四年《淮安市人民政府公报》出了几期？", P + "公报"),
        N("zh", "hz24", "2428 条", 2428, "条", "洪泽区政府2024年在网站上主动发布了多少条政府信息？", P + "2428"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年做了多少场直播？", P + "直播"),
        N("zh", "kw", "1640 篇", 1640, "篇", "市科委“上海科技”微信公众号2024年编发了多少篇文章？", P + "公众号文章"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会？", P + "通气会"),
        N("zh", "sh25", "10 个语种", 10, "个", "上海国际服务门户到2025年报告时覆盖了多少个语种？", P + "语种"),
        N("zh", "sh19", "政策解读共132件", 132, "件", "上海市府办2019年通过“中国上海”门户网站发了多少件政策解读？", P + "政策解读"),
        N("en", "sy", "办前主动沟通 49 次", 49, "次", "How many times did Shuyang reach out to applicants before handling their requests in 2025?", P + "主动沟通"),
        N("en", "sy", "4511", 4511, "条", "How many items did Shuyang County proactively publish on its portal in 2025?", P + "portal items"),
        N("en", "ha", "3940", 3940, "元", "How much did Huai'an actually collect in information processing fees in 2024, in yuan?", P + "fee in 元"),
        N("en", "ha", "全覆盖检", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?", P + "checks"),
        N("en", "hz23", "1136", 1136, "条", "How many items did Hongze District publish proactively on its website platform in 2023?", P + "1136"),
        N("en", "jx", "601项事项", 601, "项", "Jianxi District 2020: how many matters were catalogued in the power-operation and service inventory?", P + "601"),
        N("en", "kw", "短视频 584 条", 584, "条", "How many short videos did STCSM produce and post in 2024?", P + "videos"),
        N("en", "kw", "1016823", 1016823, "人", "How many followers did the Shanghai science commission's WeChat account have according to its 2024 report?", P + "followers"),
        N("en", "sh25", "新闻发布会 42 场", 42, "场", "How many municipal press conferences did Shanghai hold in 2025?", P + "press conferences"),
        N("en", "sh25", "主动撤回 157 件", 157, "件", "In 2025, how many applicants withdrew their requests to the Shanghai General Office on their own?", P + "withdrawn"),
        N("en", "sh19", "共计38次", 38, "次", "How many authoritative releases on executive meeting topics did Shanghai make in 2019?", P + "38"),
        N("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check each quarter according to the 2019 report?", P + "70 websites"),
        N("en", "jx", "办结率88.2%", 88.2, "%", "What completion rate for requests did Jianxi District report for 2020?", P + "rate"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市2024年的信息公开申请人里男的女的各多少？", "no sex breakdown", P + "sex"),
        U("zh", "沭阳县2025年哪个乡镇收到的信息公开申请最多？", "no township breakdown", P + "township"),
        U("zh", "洪泽区2022年收到多少件政府信息公开申请？", "洪泽 2022 not held", P + "year not held"),
        U("zh", "南京市政府2024年信息公开申请有多少件？", "南京 not held", P + "body not held"),
        U("zh", "上海市府办2025年平均多少天答复一件申请？", "response time not stated", P + "response time"),
        U("zh", "涧西区政府办2020年有多少人专门负责信息公开？", "staff not stated", P + "staff"),
        U("zh", "淮安2024年申请的信息公开里，关于拆迁的占几件？", "no topic breakdown", P + "topic"),
        U("zh", "预计沭阳县2026年会收到多少件申请？", "forecast", P + "forecast"),
        U("zh", "上海科委2023年的依申请公开数量是多少？", "科委 2023 not held", P + "year not held"),
        U("zh", "宿迁市2025年政府信息公开行政复议有几件？", "宿迁市 not held", P + "body not held"),
        U("zh", "你觉得淮安市政府2024年信息公开做得好不好？", "opinion", P + "opinion"),
        U("zh", "2019年上海市府办收到的申请中，有多少是通过网上平台提交的？", "channel not stated", P + "channel"),
        U("zh", "洪泽区2024年第三季度收到了多少申请？", "no quarter breakdown", P + "quarter"),
        U("zh", "沭阳县2025年申请人中60岁以上的有几位？", "age not stated", P + "age"),
        U("zh", "帮我查一下2024年向淮安市政府申请公开的张某的身份证号。", "personal data", P + "personal data"),
        U("zh", "浦东新区2025年依申请公开办结了多少件？", "浦东 not held", P + "body not held"),
        U("zh", "上海市政府办公厅2022年的行政复议数量？", "上海市府办 2022 not held", P + "year not held"),
        U("zh", "淮安市2024年信息公开工作花了多少经费？", "cost not stated", P + "cost"),
        U("en", "How many of Huai'an's 2024 requesters lived outside Jiangsu?", "residence not stated", P + "residence"),
        U("en", "Which county department got the most requests in Shuyang in 2025?", "no department breakdown", P + "department"),
        U("en", "How many disclosure requests did Jianxi District receive in 2021?", "涧西 2021 not held", P + "year not held"),
        U("en", "What was Qingjiangpu District's number of granted requests in 2024?", "清江浦 not held", P + "body not held"),
        U("en", "In which month of 2024 did the Shanghai science commission receive the most requests?", "no month breakdown", P + "month"),
        U("en", "How many staff members handled disclosure at the Shanghai General Office in 2025?", "staff not stated", P + "staff"),
        U("en", "Will Hongze District receive more requests in 2025 than in 2024?", "forecast", P + "forecast"),
        U("en", "How many of Shuyang's 2025 requests concerned land expropriation?", "no topic breakdown", P + "topic"),
        U("en", "Which industries did the businesses asking Huai'an for information in 2024 belong to?", "industry not stated", P + "industry"),
        U("en", "Why did the Shanghai General Office receive more requests in 2025 than in 2019? Give the reasons with figures.", "reasons not stated", P + "reasons"),
        U("en", "What was the average age of people requesting information from Hongze District in 2023?", "age not stated", P + "age"),
        U("en", "How many disclosure requests did Shuyang County handle in 2024?", "沭阳 2024 not held", P + "year not held"),
        U("en", "Is Huai'an's 2024 disclosure work better than Nanjing's?", "opinion / body not held", P + "opinion"),
        U("en", "Give me the phone number of the person who filed the duplicate requests in Shuyang in 2025.", "personal data", P + "personal data"),
        U("en", "How much did it cost the Shanghai science commission to run its disclosure office in 2024?", "cost not stated", P + "cost"),
        U("en", "How many requests were filed by women with the Shanghai General Office in 2019?", "no sex breakdown", P + "sex"),
        U("en", "What share of Jianxi District's 2020 requests arrived by post?", "channel not stated", P + "channel"),
        U("en", "How many information requests did Suqian city receive in 2024?", "宿迁 not held", P + "body not held"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来接着办的申请有几件？（不是结转到下一年的）", P + "结转上年 vs 下年 (103)", alt=HA_REC),
        T("zh", "ha", "a.litigation_after_review.total", "淮安2024年经过复议之后才提起诉讼的案件有多少？", P + "复议后起诉 vs 直接起诉 (26)"),
        T("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止的行政规范性文件是几件？", P + "废止 vs 制发 6 / 现行 32"),
        T("zh", "ha", "r.unable.needs_creation.total", "2024年淮安因为没有现成信息、需要另行制作而无法提供的有几件？", P + "另行制作 vs 不掌握"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不公开的有多少件？", P + "过程性 vs 内部事务 13"),
        T("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章的对外公开总数（不是本年新制作的）是多少？", P + "对外公开总数 vs 新制作 13"),
        T("en", "ha", "r.partially_granted.total", "Huai'an 2024: how many requests were only partly granted (not the fully granted ones)?", P + "部分 vs 予以公开"),
        T("en", "ha", "a.review.other", "In Huai'an's 2024 reconsiderations, how many ended with an 'other' outcome rather than corrected?", P + "其他结果 vs 纠正"),
        T("en", "jx", "c.procurement.projects", "How many procurement projects (the count, not the money) did Jianxi District report for 2020?", P + "项目数 vs 金额"),
        T("en", "ha", "r.received.legal_services", "In 2024, how many Huai'an requests came from legal service organisations, not commercial firms?", P + "法律服务 vs 商业企业 53"),
        T("en", "sy", "c.normative_docs.issued", "How many normative documents did Shuyang newly issue in 2025, as opposed to those in force?", P + "制发 vs 现行"),
        T("en", "sh19", "r.carried_over.total", "How many requests did the Shanghai General Office carry over into 2019 from the year before 2019?", P + "结转上年 vs 下年 72"),
        T("en", "sy", "a.litigation_direct.total", "How many Shuyang 2025 lawsuits went directly to court without reconsideration first?", P + "直接起诉 vs 复议后起诉 10"),
    ]


def followup():
    P = "[followup] "
    u = EU
    Z = []
    a = Z.append
    # ---------------- Chinese
    a(F("zh", [("淮安市政府2024年新收的信息公开申请有多少？", E("ha", "r.received.total", alt=HA_REC)),
               ("其中自然人提的呢？", E("ha", "r.received.natural_person")),
               ("商业企业呢？", E("ha", "r.received.commercial"))], P + "part of previous; switch column"))
    a(F("zh", [("洪泽区2023年行政处罚决定多少个？", E("hz23", "c.punishment.decisions")),
               ("2024年呢？", E("hz24", "c.punishment.decisions"))], P + "switch year (2024 text row)"))
    a(F("zh", [("2024年淮安市政府因不掌握相关信息无法提供的申请有几件？", E("ha", "r.unable.not_held.total")),
               ("那洪泽呢", E("hz24", "r.unable.not_held.total"))], P + "elliptical body switch, year 2024 kept"))
    a(F("zh", [("沭阳县2025年信息公开行政复议一共几件？", E("sy", "a.review.total")),
               ("这里面维持原决定的有几件？", E("sy", "a.review.upheld")),
               ("被纠正的呢", E("sy", "a.review.corrected"))], P + "part of previous"))
    a(F("zh", [("上海市府办2019年结转到下一年的申请有几件？", E("sh19", "r.carried_forward.total", alt="回落12.3%")),
               ("换成2025年呢？", E("sh25", "r.carried_forward.total"))], P + "switch year"))
    a(F("zh", [("淮安2024年有多少申请因为重复申请不予处理？", E("ha", "r.not_processed.duplicate.total")),
               ("这些重复申请的人都是谁？", u("applicant identities not stated")),
               ("那信访举报投诉类的不予处理有几件？", E("ha", "r.not_processed.petition.total"))], P + "unanswerable in the middle"))
    a(F("zh", [("涧西区2020年信息公开申请新收多少件？", E("jx", "r.received.total", alt=JX_REC)),
               ("办结了多少？", E("jx", "r.total_processed.total", alt=JX_REC)),
               ("还有几件没办完转到下一年？", E("jx", "r.carried_forward.total", alt=JX_REC))], P + "switch row"))
    a(F("zh", [("沭阳县2025年现行有效的行政规范性文件有几件？", E("sy", "c.normative_docs.in_force")),
               ("当年新制发的呢", E("sy", "c.normative_docs.issued")),
               ("废止的呢", E("sy", "c.normative_docs.repealed"))], P + "switch column"))
    a(F("zh", [("上海市科委2024年新收多少件申请？", E("kw", "r.received.total", alt=KW_REC)),
               ("其中企业申请的有几件？", E("kw", "r.received.commercial")),
               ("这些企业是哪几家？", u("company names not stated"))], P + "part of previous, then unanswerable"))
    a(F("zh", [("洪泽区2023年部门依申请公开里部分公开的有几件？", E("hz23", "r.partially_granted.total")),
               ("24年的予以公开有几件？", E("hz24", "r.granted.total"))], P + "switch year and row"))
    a(F("zh", [("淮安市政府2024年行政复议被纠正的有几件？", E("ha", "a.review.corrected")),
               ("沭阳县2025年同一项呢？", E("sy", "a.review.corrected"))], P + "switch body and year"))
    a(F("zh", [("2025年上海市政府办公厅新收的申请中自然人提交了多少？", E("sh25", "r.received.natural_person")),
               ("2019年的呢？", E("sh19", "r.received.natural_person"))], P + "switch year"))
    a(F("zh", [("沭阳县2024年收到多少信息公开申请？", u("沭阳 2024 not held")),
               ("那2025年的本年新收是多少？", E("sy", "r.received.total"))], P + "unanswerable then answerable"))
    a(F("zh", [("淮安市2024年行政事业性收费多少万元？", E("ha", "c.fees.amount", unit=W)),
               ("洪泽区2023年呢？", E("hz23", "c.fees.amount", unit=W)),
               ("洪泽区2024年呢？", E("hz24", "c.fees.amount", unit=W))], P + "switch body, then year"))
    a(F("zh", [("2024年淮安市政府直接起诉的信息公开行政诉讼几件？", E("ha", "a.litigation_direct.total")),
               ("这些官司里政府输了几件？也就是结果纠正的", E("ha", "a.litigation_direct.corrected"))], P + "part of previous"))
    a(F("zh", [("沭阳县2025年不予处理里重复申请的有几件？", E("sy", "r.not_processed.duplicate.total")),
               ("其中商业企业提的呢？", E("sy", "r.not_processed.duplicate.commercial"))], P + "part of previous"))
    a(F("zh", [("上海市府办2019年新收申请多少件？", E("sh19", "r.received.total", alt=SH19_REC)),
               ("你说的这个数包括上一年结转过来的吗？上一年结转过来的是几件？", E("sh19", "r.carried_over.total", alt=SH19_REC))], P + "asking back about previous answer"))
    a(F("zh", [("洪泽区2024年信息公开行政复议有几件？", E("hz24", "a.review.total")),
               ("复议后又起诉的呢？", E("hz24", "a.litigation_after_review.total")),
               ("这几件诉讼的原告分别是谁？", u("plaintiffs not stated"))], P + "switch group, then unanswerable"))
    a(F("zh", [("淮安2024年本年新收申请中法律服务机构提的有多少？", E("ha", "r.received.legal_services")),
               ("这些里面予以公开的呢？", E("ha", "r.granted.legal_services"))], P + "same column, switch row"))
    a(F("zh", [("2025年沭阳县政府有几件申请结转到下一年？", E("sy", "r.carried_forward.total", alt="749")),
               ("那上一年结转进2025年的呢？", E("sy", "r.carried_over.total"))], P + "switch row carried"))
    a(F("zh", [("上海市府办2025年信息公开行政复议总共多少件？", E("sh25", "a.review.total")),
               ("其中还没审结的有几件？", E("sh25", "a.review.pending")),
               ("2019年的复议总数是多少？", E("sh19", "a.review.total"))], P + "part, then switch year"))
    a(F("zh", [("涧西区2020年政府集中采购项目几个？", E("jx", "c.procurement.projects")),
               ("金额是多少万元？", E("jx", "c.procurement.amount", unit=W))], P + "switch column"))
    a(F("zh", [("淮安市2024年行政许可决定有多少个？", E("ha", "c.licensing.decisions")),
               ("这些许可里哪个部门办的最多？", u("no department breakdown")),
               ("行政处罚决定呢？", E("ha", "c.punishment.decisions"))], P + "unanswerable in the middle"))
    a(F("zh", [("沭阳2025年自然人申请中被认定为行政查询事项的有几件？", E("sy", "r.withheld.admin_query.natural_person")),
               ("淮安市2024年的同一项呢？", E("ha", "r.withheld.admin_query.natural_person"))], P + "switch body"))
    a(F("zh", [("上海科委2024年现行有效的规范性文件有几件？", E("kw", "c.normative_docs.in_force")),
               ("本年新制发了几件？", E("kw", "c.normative_docs.issued"))], P + "switch column"))
    a(F("zh", [("洪泽区2023年的信息公开申请全部办完了吗？结转下年的有几件？", E("hz23", "r.carried_forward.total")),
               ("2024年结转下年的呢？", E("hz24", "r.carried_forward.total"))], P + "switch year"))
    a(F("zh", [("淮安市2024年办理结果总计多少件？", E("ha", "r.total_processed.total", alt=HA_REC)),
               ("里面予以公开的有多少？", E("ha", "r.granted.total")),
               ("部分公开的呢？", E("ha", "r.partially_granted.total")),
               ("不予公开里属于国家秘密的呢？", E("ha", "r.withheld.state_secret.total"))], P + "4 turns, part of previous"))
    a(F("zh", [("2025年沭阳县行政处罚决定数量是多少？", E("sy", "c.punishment.decisions")),
               ("2024年的是多少？", u("沭阳 2024 not held"))], P + "answerable then unanswerable year"))
    a(F("zh", [("上海市政府办公厅2025年予以公开的申请有几件？", E("sh25", "r.granted.total")),
               ("因需另行制作而无法提供的呢？", E("sh25", "r.unable.needs_creation.total")),
               ("不掌握的呢？", E("sh25", "r.unable.not_held.total"))], P + "switch row"))
    a(F("zh", [("2019年上海市府办规章新制作了几件？", E("sh19", "c.regulations.made")),
               ("规范性文件呢？", E("sh19", "c.normative_docs.made"))], P + "switch row"))
    a(F("zh", [("沭阳县2025年信息公开直接起诉的诉讼几件？", E("sy", "a.litigation_direct.total")),
               ("复议后起诉呢？", E("sy", "a.litigation_after_review.total")),
               ("复议后起诉里维持的几件？", E("sy", "a.litigation_after_review.upheld"))], P + "switch group, part"))
    a(F("zh", [("淮安市2024年逾期未按收费通知缴费的申请有几件？", E("ha", "r.other.overdue_fee.total")),
               ("2025年的呢？", u("淮安 2025 not held"))], P + "answerable then year not held"))
    a(F("zh", [("涧西区2020年有几件申请因为本机关不掌握无法提供？", E("jx", "r.unable.not_held.total")),
               ("洪泽区2023年同一项呢？", E("hz23", "r.unable.not_held.total"))], P + "switch body and year"))
    a(F("zh", [("洪泽区2024年行政强制决定多少个？", E("hz24", "c.coercion.decisions")),
               ("那23年的呢？", E("hz23", "c.coercion.decisions"))], P + "switch year backwards"))
    a(F("zh", [("上海市府办2025年上一年结转过来的申请有多少？", E("sh25", "r.carried_over.total", alt=SH25_REC)),
               ("其中自然人的呢？", E("sh25", "r.carried_over.natural_person")),
               ("法律服务机构的呢？", E("sh25", "r.carried_over.legal_services"))], P + "part of previous, switch column"))
    a(F("zh", [("淮安市政府2024年予以公开的申请里，商业企业的有几件？", E("ha", "r.granted.commercial")),
               ("这些企业具体申请了什么内容？", u("topics not stated"))], P + "answerable then unanswerable"))
    a(F("zh", [("沭阳县2025年其他处理中申请人逾期未补正的有几件？", E("sy", "r.other.overdue_correction.total")),
               ("淮安2024年呢？", E("ha", "r.other.overdue_correction.total"))], P + "switch body and year"))
    a(F("zh", [("洪泽区2023年信息公开申请本年新收几件？", E("hz23", "r.received.total", alt=HZ23_REC)),
               ("其中不予公开属于国家秘密的几件？", E("hz23", "r.withheld.state_secret.total")),
               ("属于过程性信息的呢？", E("hz23", "r.withheld.process_info.total"))], P + "switch row"))
    a(F("zh", [("上海市政府办公厅2025年办理结果总计多少？", E("sh25", "r.total_processed.total")),
               ("2019年的办理总计呢？", E("sh19", "r.total_processed.total", alt=SH19_REC))], P + "switch year"))
    a(F("zh", [("2024年淮安市复议结果维持的有几件？", E("ha", "a.review.upheld")),
               ("尚未审结的呢？", E("ha", "a.review.pending"))], P + "switch column"))
    a(F("zh", [("上海科委2024年行政许可决定多少件？", E("kw", "c.licensing.decisions")),
               ("行政处罚呢？", E("kw", "c.punishment.decisions")),
               ("这些许可平均审批多少天？", u("processing time not stated"))], P + "switch row, then unanswerable"))
    a(F("zh", [("沭阳县2025年部分公开的有多少件？", E("sy", "r.partially_granted.total")),
               ("其中法律服务机构的呢？", E("sy", "r.partially_granted.legal_services"))], P + "part of previous"))
    a(F("zh", [("洪泽区2024年现行有效的规范性文件几件？", E("hz24", "c.normative_docs.in_force")),
               ("2023年呢？", E("hz23", "c.normative_docs.in_force"))], P + "switch year"))
    a(F("zh", [("淮安2024年以危及“三安全一稳定”为由不公开的有几件？", E("ha", "r.withheld.security_stability.total")),
               ("保护第三方合法权益的呢？", E("ha", "r.withheld.third_party.total"))], P + "switch row"))
    a(F("zh", [("涧西区2020年复议后起诉的有几件？", E("jx", "a.litigation_after_review.total")),
               ("涧西区2021年的呢？", u("涧西 2021 not held"))], P + "answerable then unanswerable"))
    # ---------------- English
    a(F("en", [("How many requests did Huai'an fully grant in 2024?", E("ha", "r.granted.total")),
               ("And partly granted?", E("ha", "r.partially_granted.total"))], P + "switch row"))
    a(F("en", [("How many new requests did Shuyang County receive in 2025?", E("sy", "r.received.total")),
               ("Of those, how many came from individuals?", E("sy", "r.received.natural_person")),
               ("And from legal service organisations?", E("sy", "r.received.legal_services"))], P + "part of previous"))
    a(F("en", [("Hongze District, 2024: how many administrative licensing decisions?", E("hz24", "c.licensing.decisions")),
               ("and 2023?", E("hz23", "c.licensing.decisions"))], P + "switch year"))
    a(F("en", [("How many disclosure reconsiderations did the Shanghai General Office have in 2019?", E("sh19", "a.review.total")),
               ("What about 2025?", E("sh25", "a.review.total"))], P + "switch year"))
    a(F("en", [("How many Huai'an requests in 2024 were refused as internal-affairs information?", E("ha", "r.withheld.internal_affairs.total")),
               ("Same thing for Shuyang in 2025?", E("sy", "r.withheld.internal_affairs.total"))], P + "switch body"))
    a(F("en", [("How many requests did the Jianxi District office carry forward from 2020 into 2021?", E("jx", "r.carried_forward.total", alt=JX_REC)),
               ("How many requests did Jianxi handle in 2021?", u("涧西 2021 not held"))], P + "answerable then unanswerable"))
    a(F("en", [("What were Huai'an's administrative fees in 2024, in 10k yuan?", E("ha", "c.fees.amount", unit=W)),
               ("Which department collected most of it?", u("no department breakdown")),
               ("And Shuyang's fees for 2025?", E("sy", "c.fees.amount", unit=W))], P + "unanswerable in the middle"))
    a(F("en", [("How many Shanghai General Office requests in 2025 were treated as duplicates?", E("sh25", "r.not_processed.duplicate.total")),
               ("and as petitions or complaints?", E("sh25", "r.not_processed.petition.total"))], P + "switch row"))
    a(F("en", [("How many requests from individuals did STCSM receive in 2024?", E("kw", "r.received.natural_person")),
               ("How many were granted in full, all applicants?", E("kw", "r.granted.total")),
               ("And the processing total that year?", E("kw", "r.total_processed.total"))], P + "switch row"))
    a(F("en", [("Huai'an 2024, direct lawsuits over disclosure: how many?", E("ha", "a.litigation_direct.total")),
               ("Of those, how many upheld the government?", E("ha", "a.litigation_direct.upheld")),
               ("And still pending?", E("ha", "a.litigation_direct.pending"))], P + "part of previous"))
    a(F("en", [("How many normative documents did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
               ("And how many did it repeal?", E("ha", "c.normative_docs.repealed")),
               ("How many remain in force?", E("ha", "c.normative_docs.in_force"))], P + "switch column"))
    a(F("en", [("How many requests did the Shanghai General Office carry over into 2025 from the year before?", E("sh25", "r.carried_over.total", alt=SH25_REC)),
               ("And into 2019?", E("sh19", "r.carried_over.total", alt=SH19_REC))], P + "switch year, elliptical"))
    a(F("en", [("Shuyang 2025: how many requests were refused because they were law-enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
               ("How about Huai'an in 2024?", E("ha", "r.withheld.enforcement_files.total")),
               ("And Hongze in 2023?", E("hz23", "r.withheld.enforcement_files.total"))], P + "switch body"))
    a(F("en", [("How many requests did Hongze District receive in 2022?", u("洪泽 2022 not held")),
               ("OK, then 2023?", E("hz23", "r.received.total", alt=HZ23_REC))], P + "unanswerable then answerable"))
    a(F("en", [("How many lawsuits after reconsideration did the Shanghai General Office face in 2025?", E("sh25", "a.litigation_after_review.total")),
               ("And direct lawsuits that year?", E("sh25", "a.litigation_direct.total")),
               ("How many of the direct ones are still undecided?", E("sh25", "a.litigation_direct.pending"))], P + "switch group, part"))
    a(F("en", [("How many Shuyang requests were closed with 'other' handling in 2025, all three sub-items together?", E("sy", "r.other.total")),
               ("And for Huai'an in 2024?", E("ha", "r.other.total"))], P + "switch body; derived other"))
    a(F("en", [("What was Huai'an's count of requests that needed new compilation in 2024?", E("ha", "r.unable.needs_creation.total")),
               ("And unclear requests?", E("ha", "r.unable.unclear.total"))], P + "switch row"))
    a(F("en", [("How many penalty decisions did STCSM report for 2024?", E("kw", "c.punishment.decisions")),
               ("Are you sure it's that number? Please recheck the 2024 table.", E("kw", "c.punishment.decisions"))], P + "asking back (0)"))
    a(F("en", [("How many requests did Shuyang treat as petitions or complaints in 2025?", E("sy", "r.not_processed.petition.total")),
               ("What did those petitions complain about?", u("topics not stated"))], P + "answerable then unanswerable"))
    a(F("en", [("Centralised procurement at the Shanghai General Office in 2019: number of projects?", E("sh19", "c.procurement.projects")),
               ("And the amount in 10k yuan?", E("sh19", "c.procurement.amount", unit=W)),
               ("And in 2025?", u("2021 format has no procurement item / not printed"))], P + "switch column, then not in 2025 template"))
    a(F("en", [("How many new requests did Huai'an get in 2024?", E("ha", "r.received.total", alt=HA_REC)),
               ("and Shuyang in 2025?", E("sy", "r.received.total")),
               ("and Jianxi in 2020?", E("jx", "r.received.total", alt=JX_REC))], P + "elliptical body switches"))
    a(F("en", [("Hongze District 2023: reconsideration cases upheld?", E("hz23", "a.review.upheld")),
               ("and corrected?", E("hz23", "a.review.corrected"))], P + "switch column (printed total 0 avoided)"))
    a(F("en", [("How many disclosure reconsiderations did Hongze District have in 2024?", E("hz24", "a.review.total")),
               ("And direct lawsuits?", E("hz24", "a.litigation_direct.total"))], P + "switch group"))
    a(F("en", [("How many requests did Huai'an process in total in 2024?", E("ha", "r.total_processed.total", alt=HA_REC)),
               ("Of those, how many were from individuals?", E("ha", "r.total_processed.natural_person")),
               ("How many of these individuals were repeat applicants?", u("not stated")),
               ("And how many processed requests came from businesses?", E("ha", "r.total_processed.commercial"))], P + "4 turns with unanswerable"))
    a(F("en", [("How many requests did the Shanghai General Office fully grant in 2025?", E("sh25", "r.granted.total")),
               ("Now the same for Hongze District in 2024.", E("hz24", "r.granted.total"))], P + "switch body"))
    a(F("en", [("Shuyang 2025: how many duplicate requests?", E("sy", "r.not_processed.duplicate.total")),
               ("And Huai'an 2024?", E("ha", "r.not_processed.duplicate.total"))], P + "switch body"))
    a(F("en", [("How many rules did the Shanghai General Office make in 2019?", E("sh19", "c.regulations.made")),
               ("How many rules were publicly available overall by then?", E("sh19", "c.regulations.total_published"))], P + "switch column"))
    a(F("en", [("How many Huai'an requests in 2024 came from 'other' organisations?", E("ha", "r.received.other_org")),
               ("Of those, how many were granted?", E("ha", "r.granted.other_org"))], P + "part of previous"))
    a(F("en", [("How many administrative coercion decisions did Shuyang County make in 2025?", E("sy", "c.coercion.decisions")),
               ("And Hongze District in 2024?", E("hz24", "c.coercion.decisions"))], P + "switch body"))
    a(F("en", [("How many requests did STCSM carry over from 2023 into 2024?", E("kw", "r.carried_over.total", alt="全年收到政府信息公开申请")),
               ("And how many requests did STCSM receive in 2023 itself?", u("科委 2023 not held"))], P + "answerable then unanswerable"))
    a(F("en", [("In Jianxi District's 2020 report, how many requests were granted?", E("jx", "r.granted.total")),
               ("And how many direct lawsuits?", E("jx", "a.litigation_direct.total"))], P + "switch table"))
    a(F("en", [("How many women applied to Shuyang County for information in 2025?", u("no sex breakdown")),
               ("Then just give me the individuals' total for 2025.", E("sy", "r.received.natural_person"))], P + "unanswerable then answerable"))
    a(F("en", [("How many 2024 requests did Huai'an reject as state secrets?", E("ha", "r.withheld.state_secret.total")),
               ("What about Hongze District for 2023?", E("hz23", "r.withheld.state_secret.total"))], P + "switch body and year"))
    a(F("en", [("How many requests by individuals did the Shanghai General Office leave unprocessed as petitions in 2019?", E("sh19", "r.not_processed.petition.natural_person")),
               ("And by businesses?", E("sh19", "r.not_processed.petition.commercial"))], P + "switch column"))
    a(F("en", [("Shuyang 2025: how many lawsuits after reconsideration?", E("sy", "a.litigation_after_review.total")),
               ("How many of those are still pending?", E("sy", "a.litigation_after_review.pending"))], P + "part of previous"))
    a(F("en", [("How many requests were processed by the Shanghai science commission in 2024?", E("kw", "r.total_processed.total")),
               ("And how many did it receive from businesses?", E("kw", "r.received.commercial"))], P + "switch row and column"))
    a(F("en", [("How many normative documents were in force at Hongze District at the end of 2024?", E("hz24", "c.normative_docs.in_force")),
               ("And how many did Hongze issue in 2024?", E("hz24", "c.normative_docs.issued"))], P + "switch column"))
    a(F("en", [("How many requests from businesses did the Shanghai General Office receive in 2025?", E("sh25", "r.received.commercial")),
               ("and in 2019?", E("sh19", "r.received.commercial"))], P + "switch year"))
    a(F("en", [("How many press conferences did Huai'an hold in 2024?", EN("ha", "新闻发布会 12 场", 12, "场")),
               ("And how many issues of the city gazette came out that year (2024)?", EN("ha", "6 期", 6, "期")),
               ("How many journalists attended those press conferences?", u("attendance not stated"))], P + "narrative turns, then unanswerable"))
    a(F("en", [("Shanghai General Office, 2025: how many requests were closed out in total?", E("sh25", "r.total_processed.total")),
               ("And in the 2019 report, six years before 2025?", E("sh19", "r.total_processed.total", alt=SH19_REC)),
               ("So how much higher was the 2025 figure than the 2019 one?", ED("sh19", "sh25", "r.total_processed.total"))], P + "switch year, then difference"))
    a(F("en", [("How many requests did Hongze District fully grant in 2024?", E("hz24", "r.granted.total")),
               ("And how many did it say it did not hold that year?", E("hz24", "r.unable.not_held.total")),
               ("How many of those applicants were women?", u("no sex breakdown"))], P + "switch row, then unanswerable"))
    a(F("en", [("How many times did Shuyang send reminders to departments to answer on time in 2025?", EN("sy", "催办提示 84 次", 84, "次")),
               ("And how many disputes did it help resolve in 2025?", EN("sy", "化解各类争议纠纷 33 件", 33, "件"))], P + "narrative followup"))
    a(F("en", [("How many short videos did STCSM post in 2024?", EN("kw", "短视频 584 条", 584, "条")),
               ("And how many live streams did it run in 2024?", EN("kw", "直播 118 场", 118, "场")),
               ("How many new requests did it receive in 2024?", E("kw", "r.received.total", alt=KW_REC))], P + "narrative then table"))
    a(F("en", [("How many disclosure reconsiderations did Jianxi District have in 2020?", E("jx", "a.review.total")),
               ("And Shuyang in 2025?", E("sy", "a.review.total")),
               ("Which of Shuyang's reconsideration cases in 2025 involved land?", u("topics not stated"))], P + "switch body, then unanswerable"))
    a(F("en", [("How many requests from individuals did Huai'an receive in 2024?", E("ha", "r.received.natural_person")),
               ("And the year before that report, 2023?", u("淮安 2023 not held"))], P + "answerable then year not held (explicit year)"))
    a(F("en", [("How many normative documents were in force at Shuyang at the end of 2025?", E("sy", "c.normative_docs.in_force")),
               ("Compare: at Huai'an at the end of 2024?", E("ha", "c.normative_docs.in_force"))], P + "switch body"))
    a(F("en", [("Hongze District 2023: how many requests were not processed as petitions?", E("hz23", "r.not_processed.petition.total")),
               ("And how many needed new compilation in 2023?", E("hz23", "r.unable.needs_creation.total"))], P + "switch row"))
    a(F("zh", [("上海市府办2025年上一年结转的申请有几件？我记得好像是189？", E("sh25", "r.carried_over.total", alt=SH25_REC)),
               ("那2019年报告里上年结转是几件？", E("sh19", "r.carried_over.total", alt=SH19_REC))], P + "asking back, switch year"))
    return Z


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + cannot() + neighbour() + followup()
