"""Question bank of blind evaluation set 318 (evals/blind318): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

All wordings were written for this set. The bank only names bodies, keys, keywords and the
question text; every number in an `expect` is computed by helpers318 (gold JSON, the printed
rows of the three reports without gold, or a sentence cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib318 as L  # noqa: E402
from helpers318 import (E, EN, ED, ER, EU, C, F, V, T, S, N, U, D, R, cols)  # noqa: E402,F401

# Printed cells of the reports without gold: the same 42 specs that blind6's text_cells.json
# verified (row label or anchor line + position); nothing new.
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

W = "万元"

# Text alternatives (keyword, number[, cut-from]): the narrative states the same number as the
# table cell, so citing either passes (marked ambiguous, as in blind6).
HA_RECV = ("申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_OVER = ("结转申请 34", 34)
HA_FWD = ("103 件顺延", 103)
HA_REV = ("行政复议 351", 351)
HA_REV_UP = ("结果维持 72", 72)
HA_REV_COR = ("结果纠正 64", 64)
HA_REV_OTH = ("其他结果 178", 178)
HA_REV_PEND = ("尚未审结 37", 37)
HA_LIT = ("行政诉讼 46", 46)
HA_REG = ("新增公开市政府规章 1", 1)
HZ_RECV = ("受理政府信息公开申请 21", 21)
SY_DONE = ("共办理 718", 718)
SY_FWD = ("结转下一年 31", 31)
SY_ORG = ("法人或其他组织申请 8", 8)
SH19_RECV = ("申请859件", 859)
SH19_DONE = ("答复政府信息公开申请805件", 805)
SH19_OVER = ("结转申请18件", 18)
SH19_FWD = ("另有72件", 72)
SH19_REV = ("行政复议7件", 7)
SH19_LIT = ("诉讼9件", 9)
SH19_REG = ("主动公开规章13件", 13, "2019年，通过")
SH19_NORM = ("行政规范性文件60件", 60, "2019年，通过")
SH25_RECV = ("申请 1295", 1295, "市政府共受理")
SH25_DONE = ("办结 1191", 1191, "市政府共受理")
SH25_OVER = ("上年结转 189", 189, "市政府共受理")
KW_RECV = ("全年收到政府信息公开申请 34", 34, "全年收到")
KW_OVER = ("申请 2 件", 2, "全年收到")
KW_GRANT = ("同意公开答复 9", 9)
KW_NORM = ("行政规范性文件 13", 13)
JX = "办结率88.2%"
JX_RECV = (JX, 17)
JX_DONE = (JX, 15)
JX_FWD = (JX, 2)


def plain():
    P = "[plain] "
    return [
        # ---------------------------------------------------------------- zh (31)
        V("zh", "ha", "r.granted.total", "淮安市政府2024年收到的公开申请里，最后决定全部公开的有几件？", P + "予以公开 总计"),
        V("zh", "ha", "r.withheld.admin_query.total", "2024年淮安市以“属于行政查询事项”为由没给公开的申请有多少？", P + "不予公开/行政查询事项"),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费一共收了多少万元？", P + "收费金额 万元", unit=W),
        V("zh", "ha", "r.other.overdue_correction.total", "二〇二四年淮安市政府有多少申请因为申请人逾期不补正就不再处理了？", P + "其他处理/逾期不补正"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市2024年复议以后又打官司的，还有几件没判完？", P + "复议后起诉 尚未审结"),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年有多少申请是区里说根本不掌握这个信息的？", P + "无法提供/不掌握"),
        V("zh", "hz23", "c.punishment.decisions", "23年洪泽区行政处罚一共作出了多少个处理决定？", P + "行政处罚 决定数, two-digit year"),
        V("zh", "hz23", "c.normative_docs.repealed", "洪泽区政府2023年废止了几件行政规范性文件？", P + "规范性文件 废止"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年全年行政许可决定数量是多少？", P + "行政许可 (text row)"),
        V("zh", "hz24", "r.granted.total", "2024年洪泽区依申请予以公开的有多少件？", P + "予以公开 总计 (text row)"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息不公开的申请有几件？", P + "不予公开/内部事务"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定一共多少件？", P + "行政强制"),
        V("zh", "sy", "a.review.corrected", "25年沭阳县政府被申请行政复议的案子里，结果被纠正的有几个？", P + "复议 纠正, two-digit year"),
        V("zh", "sy", "r.other.other.total", "沭阳2025年“其他处理”下面第三小项“其他”，那一行的总数是多少？", P + "其他处理/其他"),
        V("zh", "sy", "r.unable.not_held.natural_person", "2025年沭阳县个人递交的申请里，有多少因为县里不掌握信息而没法提供？", P + "不掌握 自然人"),
        V("zh", "sy", "c.normative_docs.in_force", "到2025年底沭阳县现行有效的行政规范性文件还有几件？", P + "规范性文件 现行有效"),
        V("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目有几个？", P + "采购项目数 (2019 format)"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办收到的个人申请中，被当作信访举报投诉类不予处理的有多少？", P + "信访举报 自然人"),
        V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年报里，规章的对外公开总数量是多少？", P + "规章 对外公开总数"),
        V("zh", "sh19", "a.litigation_direct.upheld", "2019年上海市政府办公厅没经过复议就被直接起诉的官司，维持了几件？", P + "直接起诉 维持"),
        V("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年因为重复申请不予处理的有多少件？", P + "重复申请 (text row)"),
        V("zh", "sh25", "r.carried_forward.total", "2025年上海市府办有多少申请要拖到下一年接着办？", P + "结转下年度 (text row)"),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市人民政府办公厅2025年因为没有现成信息、得另外制作而没法提供的申请有多少？", P + "另行制作 (text row)"),
        V("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定有多少？", P + "行政许可 (text row)"),
        V("zh", "kw", "c.normative_docs.issued", "上海科委24年新制发了多少件规范性文件？", P + "规范性文件 制发 (text row), text agrees",
          alt=KW_NORM),
        V("zh", "jx", "c.regulations.total_published", "涧西区政府办2020年规章对外公开总数是多少？", P + "规章 对外公开总数 (2019 format), 0"),
        V("zh", "jx", "r.unable.not_held.total", "涧西区人民政府办公室2020年有几件申请答复的是本机关不掌握？", P + "不掌握"),
        V("zh", "jx", "a.litigation_after_review.upheld", "2020年涧西区政府办复议后被起诉的案子，维持了几件？", P + "复议后起诉 维持"),
        V("zh", "ha", "r.withheld.third_party.total", "淮安市2024年为保护第三方合法权益而不公开的申请有几件？", P + "不予公开/第三方"),
        V("zh", "hz23", "r.not_processed.petition.total", "洪泽区2023年有几件申请被认定为信访举报投诉类，不予处理？", P + "信访举报"),
        V("zh", "ha", "r.not_processed.duplicate.total", "淮安市2024年因为重复申请而没有处理的有多少件？", P + "重复申请"),
        # ---------------------------------------------------------------- en (30)
        V("en", "ha", "r.partially_granted.total", "How many requests did Huai'an's city government partly release in 2024?", P + "部分公开 总计"),
        V("en", "ha", "c.coercion.decisions", "Huai'an 2024: number of administrative coercion decisions?", P + "行政强制"),
        V("en", "ha", "r.withheld.prohibited_by_law.total", "In 2024, how many Huai'an applications were refused because some other law or regulation bars disclosure?", P + "不予公开/其他法律法规禁止"),
        V("en", "ha", "a.review.pending", "How many of Huai'an's 2024 administrative reconsideration cases were still undecided when the year closed?", P + "复议 尚未审结, text agrees", alt=HA_REV_PEND),
        V("en", "ha", "r.received.commercial", "How many information requests from businesses did Huai'an receive in 2024?", P + "新收 商业企业"),
        V("en", "hz23", "r.partially_granted.total", "For Hongze District in 2023, how many applications got partial disclosure?", P + "部分公开"),
        V("en", "hz23", "c.coercion.decisions", "What was Hongze District's count of administrative coercion (enforcement) decisions in 2023?", P + "行政强制"),
        V("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023 - requests that couldn't be met because the information would have had to be compiled from scratch?", P + "另行制作"),
        V("en", "hz24", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District make in 2024?", P + "行政处罚 (text row)"),
        V("en", "hz24", "a.litigation_after_review.total", "Hongze District 2024: how many lawsuits were filed after a reconsideration had already been decided?", P + "复议后起诉 总计 (text row)"),
        V("en", "sy", "r.received.legal_services", "How many requests did law firms and other legal service providers file with Shuyang County in 2025?", P + "新收 法律服务机构"),
        V("en", "sy", "c.licensing.decisions", "Shuyang County's administrative licensing decisions in 2025 - what's the figure?", P + "行政许可"),
        V("en", "sy", "r.not_processed.petition.total", "In 2025, how many Shuyang applications were really complaints or petitions and so weren't handled as disclosure requests?", P + "信访举报"),
        V("en", "sy", "a.litigation_after_review.upheld", "Of Shuyang County's 2025 lawsuits brought after reconsideration, how many ended with the decision upheld?", P + "复议后起诉 维持"),
        V("en", "sy", "c.fees.amount", "How much did Shuyang County collect in administrative fees in 2025, in units of 10,000 yuan?", P + "收费金额", unit=W),
        V("en", "sy", "r.withheld.security_stability.total", "Shuyang 2025: requests refused because disclosure could endanger national, public or economic security or social stability?", P + "三安全一稳定"),
        V("en", "sh19", "r.withheld.admin_query.natural_person", "How many of the Shanghai General Office's 2019 requests from individuals were refused on the ground that they were really administrative queries?", P + "行政查询事项 自然人 (total printed blank)"),
        V("en", "sh19", "r.received.commercial", "How many disclosure requests came from companies to the General Office of the Shanghai Municipal Government in 2019?", P + "新收 商业企业"),
        V("en", "sh19", "a.litigation_direct.total", "How many lawsuits were brought directly, with no reconsideration first, against the Shanghai General Office in 2019?", P + "直接起诉 总计, text 诉讼9件 agrees", alt=SH19_LIT),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office, 2019: requests from individuals refused because the information didn't exist and would need to be created?", P + "另行制作 自然人"),
        V("en", "sh25", "r.unable.not_held.total", "In 2025 how many requests did the Shanghai municipal government's General Office answer with 'we don't hold this information'?", P + "不掌握 (text row)"),
        V("en", "sh25", "a.litigation_direct.total", "How many lawsuits went straight to court against the Shanghai General Office in 2025, skipping reconsideration?", P + "直接起诉 (text row)"),
        V("en", "sh25", "r.received.commercial", "2025, Shanghai General Office - new requests from commercial enterprises?", P + "新收 商业企业 (text row)"),
        V("en", "kw", "r.received.natural_person", "How many requests from private individuals did the Shanghai Science and Technology Commission receive in 2024?", P + "新收 自然人 (text row)"),
        V("en", "kw", "c.normative_docs.in_force", "STCSM: how many normative documents were in force at the end of 2024?", P + "规范性文件 现行有效 (text row)"),
        V("en", "jx", "r.granted.total", "How many applications did the Jianxi District government office grant in full in 2020?", P + "予以公开"),
        V("en", "jx", "c.normative_docs.made", "In 2020, how many normative documents did Jianxi District's government office newly draw up?", P + "规范性文件 新制作 (2019 format)"),
        V("en", "jx", "a.litigation_direct.upheld", "In 2020, how many direct lawsuits against the Jianxi District office ended with the action upheld?", P + "直接起诉 维持"),
        V("en", "ha", "c.normative_docs.repealed", "How many administrative normative documents did Huai'an repeal during 2024?", P + "规范性文件 废止"),
        V("en", "sy", "r.partially_granted.legal_services", "Shuyang County, FY2025: partial disclosures made to legal service institutions?", P + "部分公开 法律服务机构"),
    ]


def combine():
    P = "[combine] "
    return [
        # sums, zh (5)
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开和部分公开的加在一起有多少件？", P + "sum of 2"),
        S("zh", "sy", ["r.withheld.%s.total" % x for x in L.WITHHELD], "沭阳县2025年不予公开的八种情形，每一种都算上，合计多少件？", P + "sum of 8"),
        S("zh", "hz23", ["a.review.upheld", "a.review.corrected"], "洪泽区2023年行政复议里维持的和纠正的合起来几件？", P + "sum of 2 (the printed 复议总计 is 0, not used)"),
        S("zh", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"], "上海市府办2019年被当作信访举报投诉类不予处理的申请，个人和企业加起来是多少？", P + "sum of 2 columns (row total printed blank)"),
        S("zh", "jx", ["r.received.total", "r.carried_over.total"], "涧西区政府办2020年新收的加上上年结转的申请，一共多少件？", P + "sum of 2, text agrees", alt=JX_RECV),
        # sums, en (5)
        S("en", "ha", ["r.received.%s" % c for c in L.ORG_COLS], "Add up every organisation column (companies, research bodies, public-interest groups, legal services, others) for new requests Huai'an received in 2024.", P + "sum of 5 = derived legal_person"),
        S("en", "ha", ["r.not_processed.%s.total" % x for x in L.NOT_PROCESSED], "Huai'an 2024: how many requests were left unprocessed for any of the five listed reasons, all combined?", P + "sum of 5"),
        S("en", "hz23", ["r.unable.%s.total" % x for x in L.UNABLE], "For Hongze in 2023, what do the three 'unable to provide' reasons add up to?", P + "sum of 3"),
        S("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "How many regulations and normative documents combined did the Shanghai General Office newly produce in 2019?", P + "sum of 2 (2019 format)"),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Counting both kinds of lawsuit, how many disclosure suits did Huai'an face in 2024?", P + "sum of 2, text 行政诉讼46 agrees", alt=HA_LIT),
        # differences, zh (4)
        D("zh", "hz23", "hz24", "r.granted.total", "洪泽区予以公开的申请，2024年比2023年多了多少件？", P + "difference 2023->2024"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区2024年答复“本机关不掌握”的申请比2023年多了几件？", P + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办未经复议直接被起诉的行政诉讼，2025年比2019年多几件？", P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅被申请行政复议的数量，从2019年到2025年增加了多少？", P + "difference 2019->2025"),
        # differences, en (3)
        D("en", "hz23", "hz24", "c.normative_docs.issued", "How many more normative documents did Hongze issue in 2024 than in 2023?", P + "difference 2023->2024"),
        D("en", "sh19", "sh25", "r.total_processed.total", "How many more requests did the Shanghai General Office finish handling in 2025 compared with 2019?", P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze's administrative coercion decisions: what do you get if you take the 2024 figure minus the 2023 one?", P + "difference 2023->2024, negative"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "2024年的淮安市、2025年的沭阳县、2023年的洪泽区，哪家新收的公开申请最多？", P + "desc"),
        R("zh", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "asc", "结转到下年度继续办理的申请，淮安市（2024年）、沭阳县（2025年）、涧西区政府办（2020年）、上海市府办（2019年）中哪个最少？", P + "asc, 4 bodies"),
        R("zh", ["sy", "jx", "sh19"], "a.review.total", "desc", "行政复议总数比一比：沭阳2025年、涧西区2020年、上海市政府办公厅2019年，谁最多？", P + "desc (洪泽2023 left out: printed 0)"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可处理决定数量，淮安2024、沭阳2025、洪泽2023三家里哪个最高？", P + "desc"),
        R("zh", ["hz23", "jx", "sh19"], "r.received.natural_person", "asc", "2023年的洪泽区、2020年的涧西区政府办、2019年的上海市政府办公厅，自然人新提的申请哪家最少？", P + "asc"),
        R("en", ["hz23", "jx", "sh19"], "r.total_processed.total", "desc", "Which handled the most requests overall: Hongze District in 2023, the Jianxi District government office in 2020, or the Shanghai General Office in 2019?", P + "desc"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Lowest number of administrative coercion decisions - Huai'an in 2024, Shuyang in 2025 or Hongze in 2023?", P + "asc"),
        R("en", ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "desc", "Among Huai'an (2024), Shuyang County (2025), the Jianxi District office (2020) and the Shanghai General Office (2019), which faced the most lawsuits filed directly without reconsideration?", P + "desc, 4 bodies"),
        R("en", ["sy", "ha", "hz23"], "r.carried_over.total", "desc", "Which started its year with the most requests still open from before: Shuyang (2025), Huai'an (2024) or Hongze (2023)?", P + "desc"),
    ]


def textonly():
    P = "[textonly] "
    return [
        # zh (13)
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年一共开了多少场新闻发布会？", P + "press conferences"),
        N("zh", "ha", "政策解读21", 21, "个", "淮安市政府2024年做了多少个政策解读？", P + "policy interpretations"),
        N("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", P + "portal items"),
        N("zh", "hz24", "常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议？", P + "executive meetings published"),
        N("zh", "sy", "意见征集9期", 9, "期", "沭阳县2025年通过县政府门户网站搞了几期意见征集？", P + "consultations"),
        N("zh", "sy", "失效链接43处", 43, "处", "2025年沭阳县整改了多少处失效链接？", P + "dead links fixed"),
        N("zh", "sy", "697条", 697, "条", "沭阳县2025年清理掉的过期信息有多少条？", P + "outdated items cleared"),
        N("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中公开年报的单位一共有多少家？", P + "units whose reports were published together"),
        N("zh", "sh19", "人事任免文件141件", 141, "件", "上海市政府办公厅2019年主动公开了多少件人事任免文件？", P + "personnel documents", frm="2019年，通过"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年的年报说，每个季度要全面检查多少家政府网站？", P + "websites checked quarterly"),
        N("zh", "sh25", "公报》24 期", 24, "期", "上海市人民政府办公厅2025年编辑了多少期《上海市人民政府公报》？", P + "gazette issues"),
        N("zh", "kw", "原创文章 294", 294, "篇", "上海市科委的微信公众号2024年发了多少篇原创文章？", P + "original WeChat articles"),
        N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理细化出了多少项公开事项？", P + "items itemised", frm="我办积极落实"),
        # en (13)
        N("en", "ha", "共计 95", 95, "个", "How many government new-media accounts were being run across Huai'an, according to its 2024 report?", P + "new-media accounts"),
        N("en", "ha", "4 次", 4, "次", "How many full-coverage inspections of the disclosure columns did Huai'an organise in 2024?", P + "inspections"),
        N("en", "hz24", "2428", 2428, "条", "How many items of government information did Hongze District put out on its website platform in 2024?", P + "portal items"),
        N("en", "sy", "84 次", 84, "次", "How many reminder notices did Shuyang's request-deadline countdown alarm send out in 2025?", P + "reminders"),
        N("en", "sy", "3044条", 3044, "条", "How many items did Shuyang's county-level departments post on their disclosure pages in 2025?", P + "department items"),
        N("en", "sy", "短视频1113个", 1113, "个", "How many original short videos did Shuyang County push out in 2025?", P + "short videos"),
        N("en", "sh19", "政策解读共132件", 132, "件", "How many policy interpretation pieces did the Shanghai General Office publish on its portal in 2019?", P + "interpretations"),
        N("en", "sh19", "共计38次", 38, "次", "In 2019, how many times did Shanghai make authoritative releases on key topics of the municipal executive meetings?", P + "executive-meeting releases"),
        N("en", "sh25", "新闻通气会 19", 19, "场", "How many press briefings (新闻通气会, not full press conferences) did Shanghai's General Office hold in 2025?", P + "briefings", frm="召开市政府"),
        N("en", "sh25", "撤回 157", 157, "件", "How many applicants withdrew their own requests at the Shanghai General Office in 2025?", P + "withdrawn requests", frm="其中，予以公开"),
        N("en", "sh25", "403 项", 403, "项", "How many service guides did the Shanghai International Services Portal publish, per the 2025 report?", P + "service guides"),
        N("en", "kw", "直播 118", 118, "场", "How many livestreams did STCSM's video channel run in 2024?", P + "livestreams"),
        N("en", "kw", "人大代表建议 50", 50, "件", "How many replies to NPC deputies' suggestions (led or co-handled) did the Shanghai Science and Technology Commission publish in 2024?", P + "deputies' suggestions"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市2024年转到下一年度继续办的申请有几件？", P + "结转下年 vs 上年结转 34; text agrees", alt=HA_FWD),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议之后才起诉的行政诉讼一共几件？", P + "复议后起诉 10 vs 直接起诉 3"),
        T("zh", "ha", "c.normative_docs.in_force", "淮安2024年眼下还有效的行政规范性文件有多少件？", P + "现行有效 66 vs 制发 8 / 废止 26"),
        T("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购花了多少钱？", P + "采购金额 25.1万元 vs 项目数 6 (printed 251000元)", unit=W),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年因属于过程性信息而不予公开的有几件？", P + "过程性信息 2 vs 内部事务 13"),
        T("en", "ha", "r.unable.needs_creation.total", "How many Huai'an requests in 2024 could not be met because no ready-made information existed and it would have to be produced?", P + "另行制作 11 vs 不掌握 769"),
        T("en", "jx", "c.procurement.projects", "How many centralised procurement projects did Jianxi District's government office have in 2020?", P + "采购项目数 8 vs 金额 28.6232"),
        T("en", "ha", "a.review.other", "How many of Huai'an's 2024 reconsideration cases ended with an 'other' outcome - neither upheld nor corrected?", P + "其他结果 178 vs 纠正 64; text agrees", alt=HA_REV_OTH),
        T("en", "sy", "r.partially_granted.total", "How many Shuyang requests in 2025 were only partly disclosed?", P + "部分公开 101 vs 予以公开 294"),
    ]


def cannot():
    P = "[cannot] "
    return [
        # zh (17)
        U("zh", "淮安市2024年提交公开申请的人里男女各占多少？", "applicants' sex is not reported", P + "sex"),
        U("zh", "洪泽区2023年每个月分别收到多少件申请？", "no monthly breakdown is printed", P + "month"),
        U("zh", "沭阳县2025年网上提交的申请和到窗口递交的申请各有多少件？", "no breakdown by channel", P + "channel"),
        U("zh", "上海市政府办公厅2019年处理一件公开申请平均要几天？", "no response times are reported (only 'within the legal deadline')", P + "response time"),
        U("zh", "涧西区2019年收到了多少件政府信息公开申请？", "no 2019 report of 涧西区 in the corpus", P + "year not held"),
        U("zh", "南京市2024年政府信息公开申请受理了多少件？", "南京市 is not in the corpus", P + "body not held"),
        U("zh", "上海市科委2023年行政许可决定有多少？", "no 2023 report of 上海市科委 in the corpus", P + "year not held"),
        U("zh", "淮安市2025年会收到多少件申请？帮我预测一下。", "forecast; the reports hold no forecast", P + "forecast"),
        U("zh", "沭阳县2025年干政府信息公开的专职人员有几个？", "staff numbers are not reported", P + "staff"),
        U("zh", "洪泽区2024年的公开申请主要涉及哪些拆迁项目，各有多少件？", "no breakdown by topic or project", P + "topic"),
        U("zh", "2025年上海市府办那157件自己撤回的申请都是谁提的？能给个名单吗？", "personal data; no applicant names", P + "personal data"),
        U("zh", "淮安市政府2024年搞信息公开工作一共花了多少经费？", "costs of the work are not reported (only the 3940 元 fee collected)", P + "costs"),
        U("zh", "你觉得沭阳县2025年的信息公开工作比淮安市做得好吗？", "opinion, not a reported figure", P + "opinion"),
        U("zh", "涧西区政府办2020年收到的17件申请分别来自哪些街道？", "no breakdown by sub-district", P + "sub-district"),
        U("zh", "苏州市2023年政府信息公开行政复议纠正了几件？", "苏州市 is not in the corpus", P + "body not held"),
        U("zh", "洪泽区2022年行政处罚决定数是多少？", "no 2022 report of 洪泽区 in the corpus", P + "year not held"),
        U("zh", "上海市政府办公厅2021年新收了多少件公开申请？", "no 2021 report of 上海市政府办公厅 in the corpus", P + "year not held"),
        # en (17)
        U("en", "What share of the people who applied to Huai'an in 2024 were over 60?", "applicants' age is not reported", P + "age"),
        U("en", "How many requests did Shuyang County get by email versus by post in 2025?", "no breakdown by channel", P + "channel"),
        U("en", "In which quarter of 2024 did the Shanghai Science and Technology Commission receive the most requests?", "no quarterly breakdown", P + "quarter"),
        U("en", "How many disclosure requests did Hangzhou's city government get in 2024?", "Hangzhou is not in the corpus", P + "body not held"),
        U("en", "What did Hongze District's 2023 disclosure work cost in staff salaries?", "costs and salaries are not reported", P + "costs"),
        U("en", "How many requests did Jianxi District get in 2022?", "no 2022 report of 涧西区 in the corpus", P + "year not held"),
        U("en", "Which industries did the businesses that applied to Huai'an in 2024 come from, and how many from each?", "no breakdown by industry", P + "industry"),
        U("en", "How long on average did the Shanghai General Office take to answer a request in 2025?", "no response times are reported", P + "response time"),
        U("en", "Will Shuyang County's request numbers go up in 2026?", "forecast; the reports hold no forecast", P + "forecast"),
        U("en", "How many of Shuyang's 2025 applicants lived outside the county?", "no breakdown by residence", P + "residence"),
        U("en", "What were the names of the people who sued Huai'an's government over disclosure in 2024?", "personal data; not in the report", P + "personal data"),
        U("en", "How many staff at the Shanghai General Office worked on information disclosure in 2019?", "staff numbers are not reported", P + "staff"),
        U("en", "How many disclosure requests did Pudong New Area receive in 2025?", "浦东新区 is not in the corpus", P + "body not held"),
        U("en", "In 2023, how many requests did Shuyang County receive?", "no 2023 report of 沭阳县 in the corpus", P + "year not held"),
        U("en", "Was Hongze District right to refuse that state-secret request in 2023?", "opinion / legal judgement, not a reported figure", P + "opinion"),
        U("en", "Which department of the Huai'an government received the most applications in 2024?", "no breakdown by department", P + "department"),
        U("en", "How many of the Shanghai science commission's 2024 requests were about research funding?", "no breakdown by topic", P + "topic"),
    ]


def followup_zh():
    P = "[followup] "
    return [
        F("zh", [
            ("洪泽区2024年行政强制决定有多少？", E("hz24", "c.coercion.decisions")),
            ("不对不对，我要看的是2023年那份年报里的", E("hz23", "c.coercion.decisions")),
        ], P + "self-correction of the year"),
        F("zh", [
            ("上海市府办2019年新收了多少件公开申请？", E("sh19", "r.received.total", alt=SH19_RECV)),
            ("2025年的呢？", E("sh25", "r.received.total", alt=SH25_RECV)),
            ("两年差了多少？", ED("sh19", "sh25", "r.received.total")),
        ], P + "switch year, then compare the two years (difference)"),
        F("zh", [
            ("淮安市2024年不予公开的申请一共多少件？", E("ha", "r.withheld.total")),
            ("其中属于行政查询事项的占几件？", E("ha", "r.withheld.admin_query.total")),
            ("这些不予公开的里面有企业申请的吗？有几件？", E("ha", "r.withheld.commercial")),
        ], P + "of those (sub-item), then narrow to a column of the derived row"),
        F("zh", [
            ("沭阳县2025年予以公开的申请中，自然人的有多少件？", E("sy", "r.granted.natural_person")),
            ("哦不，我其实想问法律服务机构那一栏", E("sy", "r.granted.legal_services")),
        ], P + "self-correction of the column"),
        F("zh", [
            ("淮安市政府2024年行政复议维持了几件？", E("ha", "a.review.upheld", alt=HA_REV_UP)),
            ("直接起诉的行政诉讼里维持的呢？", E("ha", "a.litigation_direct.upheld")),
            ("复议后再起诉的那一类呢？", E("ha", "a.litigation_after_review.upheld")),
        ], P + "switch appeals group twice"),
        F("zh", [
            ("沭阳县2025年年报里说全县办理了多少件行政复议、诉讼相关案件？", EN("sy", "74 件", 74, "件")),
            ("那表里行政复议的总计是多少？", E("sy", "a.review.total")),
            ("两类行政诉讼加起来呢？", E("sy", ["a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], P + "narrative number, then table value and a sum of the same body"),
        F("zh", [
            ("洪泽区2023年部分公开的有几件？", E("hz23", "r.partially_granted.total")),
            ("这4件分别是哪些部门答复的？", EU("no breakdown by answering department")),
        ], P + "ends unanswerable (department breakdown)"),
        F("zh", [
            ("2025年沭阳县因为重复申请不予处理的有多少件？", E("sy", "r.not_processed.duplicate.total")),
            ("上海市政府办公厅同一年这一项是多少？", E("sh25", "r.not_processed.duplicate.total")),
        ], P + "switch body (same year)"),
        F("zh", [
            ("淮安市2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
            ("这个数里算了部分公开的吗？把部分公开的也加进去一共是多少？", E("ha", ["r.granted.total", "r.partially_granted.total"])),
        ], P + "check the figure, then widen it (sum)"),
        F("zh", [
            ("洪泽区2023年行政处罚决定是多少？", E("hz23", "c.punishment.decisions")),
            ("24年的数字呢？", E("hz24", "c.punishment.decisions")),
            ("减少了多少？", ED("hz23", "hz24", "c.punishment.decisions")),
        ], P + "switch year, then difference (negative)"),
        F("zh", [
            ("沭阳县2025年无法提供的申请有多少件？", E("sy", "r.unable.total")),
            ("其中是因为本机关不掌握的有几件？", E("sy", "r.unable.not_held.total")),
        ], P + "of those"),
        F("zh", [
            ("上海市府办2019年本年新收申请中，商业企业有多少？", E("sh19", "r.received.commercial")),
            ("说错了，我想看的是法律服务机构", E("sh19", "r.received.legal_services")),
            ("那“其他”组织呢？", E("sh19", "r.received.other_org")),
        ], P + "self-correction of the column, then another column"),
        F("zh", [
            ("上海市科委2024年“上海科技”网站全年发布了多少条信息？", EN("kw", "2139", 2139, "条")),
            ("它那年收到多少件政府信息公开申请？", E("kw", "r.received.total", alt=KW_RECV)),
        ], P + "narrative number, then table value of the same body"),
        F("zh", [
            ("涧西区政府办2020年结转到下年度的有几件？", E("jx", "r.carried_forward.total", alt=JX_FWD)),
            ("那办理结果总计是多少？", E("jx", "r.total_processed.total", alt=JX_DONE)),
            ("这两件没办完的是什么原因拖着的？", EU("reasons for the pending requests are not stated")),
        ], P + "switch row, ends unanswerable (reasons)"),
        F("zh", [
            ("洪泽区2024年有多少件申请答复为本机关不掌握？", E("hz24", "r.unable.not_held.total")),
            ("同一年全部公开的有多少件？", E("hz24", "r.granted.total")),
        ], P + "switch row (text rows)"),
        F("zh", [
            ("上海市人民政府办公厅2025年行政复议一共多少件？", E("sh25", "a.review.total")),
            ("行政诉讼中未经复议直接起诉的呢？", E("sh25", "a.litigation_direct.total")),
            ("直接起诉的那些里面还没审结的有几件？", E("sh25", "a.litigation_direct.pending")),
        ], P + "switch appeals group, then of those"),
        F("zh", [
            ("淮安市2024年因为信访举报投诉类不予处理的有多少件？", E("ha", "r.not_processed.petition.total")),
            ("重复申请的呢？", E("ha", "r.not_processed.duplicate.total")),
            ("这两项合起来多少？", E("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ], P + "switch row, then add the two just asked"),
        F("zh", [
            ("沭阳县2025年本年新收的申请总计多少？表里那个数。", E("sy", "r.received.total")),
            ("这里面有法人或者其他组织的申请吗？一共几件？", E("sy", "r.received.legal_person", alt=SY_ORG)),
            ("其中商业企业是几件？", E("sy", "r.received.commercial")),
        ], P + "check the figure, then narrow twice (text 749 includes carry-over: table asked)"),
        F("zh", [
            ("涧西区政府办2020年行政复议总共几件？", E("jx", "a.review.total")),
            ("搞错了，我要问的是沭阳县2025年的", E("sy", "a.review.total")),
        ], P + "self-correction of the body and year"),
        F("zh", [
            ("2024年淮安市行政处罚决定有多少？", E("ha", "c.punishment.decisions")),
            ("沭阳县2025年呢？", E("sy", "c.punishment.decisions")),
            ("再加上洪泽区2023年，三个里面谁最少？", ER(["ha", "sy", "hz23"], "c.punishment.decisions", "asc")),
        ], P + "switch body, then ranking over the bodies asked"),
        F("zh", [
            ("洪泽区2024年在政府网站平台发布了几条解读信息？", EN("hz24", "解读信息发布 7", 7, "条")),
            ("那一年区里新制发了几件行政规范性文件？", E("hz24", "c.normative_docs.issued")),
            ("现行有效的有多少？", E("hz24", "c.normative_docs.in_force")),
        ], P + "narrative number, then table values of the same body"),
        F("zh", [
            ("2019年上海市府办依申请予以公开的一共多少件？", E("sh19", cols("granted"), printed_total=["r.granted.total"])),
            ("其中企业申请的有几件？", E("sh19", "r.granted.commercial")),
        ], P + "of those (row total printed blank: sum of the columns)"),
        F("zh", [
            ("淮安市政府2024年收了多少信息处理费？", EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
            ("行政事业性收费金额呢？", E("ha", "c.fees.amount", unit=W)),
        ], P + "narrative fee (元), then table fee (万元)"),
        F("zh", [
            ("上海市科委2024年予以公开的申请有几件？", E("kw", "r.granted.total", alt=KW_GRANT)),
            ("上年结转过来的申请有多少？", E("kw", "r.carried_over.total", alt=KW_OVER)),
            ("这两件结转的申请是哪个处室办的？", EU("no breakdown by internal division")),
        ], P + "switch row, ends unanswerable (division)"),
        F("zh", [
            ("沭阳2025年复议后又起诉的行政诉讼有几件？", E("sy", "a.litigation_after_review.total")),
            ("这些里有几件还没审结？", E("sy", "a.litigation_after_review.pending")),
            ("那被纠正的呢？", E("sy", "a.litigation_after_review.corrected")),
        ], P + "of those, then switch outcome"),
        F("zh", [
            ("上海市政府办公厅2019年结转下年度继续办理的申请有多少？", E("sh19", "r.carried_forward.total", alt=SH19_FWD)),
            ("2025年这个数变成多少了？", E("sh25", "r.carried_forward.total")),
            ("哪一年更多，多出多少？", ED("sh19", "sh25", "r.carried_forward.total")),
        ], P + "switch year, then compare the two years"),
        F("zh", [
            ("洪泽区2023年不予公开的有几件？", E("hz23", "r.withheld.total")),
            ("其中属于国家秘密的有几件？", E("hz23", "r.withheld.state_secret.total")),
            ("那属于行政执法案卷的呢？", E("hz23", "r.withheld.enforcement_files.total")),
        ], P + "of those, then switch sub-item"),
        F("zh", [
            ("淮安市2024年本年新收的申请一共有多少？", E("ha", "r.received.total", alt=HA_RECV)),
            ("这个总数把律师事务所之类的也算进去了吧？它们是多少件？", E("ha", "r.received.legal_services")),
            ("去掉法律服务机构，剩下的是多少？", E("ha", ["r.received.natural_person", "r.received.commercial", "r.received.research",
                                                  "r.received.public_interest", "r.received.other_org"])),
        ], P + "check the figure (legal services), then narrow it (sum of the other five columns)"),
        F("zh", [
            ("沭阳县2025年开设了多少个新媒体专栏？", EN("sy", "专栏33个", 33, "个")),
            ("当年因为申请人逾期不补正而不再处理的申请有几件？", E("sy", "r.other.overdue_correction.total")),
        ], P + "narrative number, then table value of the same body"),
        F("zh", [
            ("涧西区政府办2020年予以公开的申请有几件？", E("jx", "r.granted.total")),
            ("这个有没有把部分公开的算进去？部分公开单独是几件？", E("jx", "r.partially_granted.total")),
        ], P + "check the figure (partial disclosure), then narrow it"),
        F("zh", [
            ("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
            ("我记错年份了，应该是2024年", E("hz24", "c.normative_docs.in_force")),
            ("两年比较，增加了几件？", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], P + "self-correction of the year, then difference"),
        F("zh", [
            ("2025年上海市府办因为信访举报投诉类不予处理的申请有多少？", E("sh25", "r.not_processed.petition.total")),
            ("这些申请里反映最多的是什么问题？", EU("no breakdown by topic")),
        ], P + "ends unanswerable (topic)"),
        F("zh", [
            ("淮安市2024年被提起的行政复议有多少件？", E("ha", "a.review.total", alt=HA_REV)),
            ("其中结果被纠正的有几件？", E("ha", "a.review.corrected", alt=HA_REV_COR)),
        ], P + "of those (appeals outcome)"),
        F("zh", [
            ("沭阳县2025年属于行政查询事项不予公开的有几件？", E("sy", "r.withheld.admin_query.total")),
            ("行政执法案卷的呢？", E("sy", "r.withheld.enforcement_files.total")),
            ("两项加起来是多少？", E("sy", ["r.withheld.admin_query.total", "r.withheld.enforcement_files.total"])),
        ], P + "switch row, then add the two just asked"),
        F("zh", [
            ("上海科委2024年行政处罚决定有几件？", E("kw", "c.punishment.decisions")),
            ("洪泽区同一年做了多少个行政处罚决定？", E("hz24", "c.punishment.decisions")),
        ], P + "switch body (same year, text rows)"),
        F("zh", [
            ("上海市政府办公厅2019年新制作的规章有几件？", E("sh19", "c.regulations.made", alt=SH19_REG)),
            ("规范性文件对外公开总数量是多少？", E("sh19", "c.normative_docs.total_published")),
            ("那新公开的规范性文件有几件？", E("sh19", "c.normative_docs.published", alt=SH19_NORM)),
        ], P + "switch row and column (2019 format)"),
        F("zh", [
            ("洪泽区2024年行政复议有几件？", E("hz24", "a.review.total")),
            ("未经复议直接起诉的呢？", E("hz24", "a.litigation_direct.total")),
            ("那这些诉讼的原告都是谁？", EU("personal data; plaintiffs are not named")),
        ], P + "switch appeals group, ends unanswerable (personal data)"),
        F("zh", [
            ("淮安2024年无法提供的申请一共几件？", E("ha", "r.unable.total")),
            ("因为补正后申请内容仍不明确的有几件？", E("ha", "r.unable.unclear.total")),
        ], P + "of those"),
        F("zh", [
            ("沭阳县2025年从上一年结转过来的申请有几件？", E("sy", "r.carried_over.total")),
            ("那转到2026年继续办的呢？", E("sy", "r.carried_forward.total", alt=SY_FWD)),
        ], P + "switch row (carried over -> carried forward)"),
        F("zh", [
            ("涧西区政府办2020年未经复议直接起诉的行政诉讼有几件？", E("jx", "a.litigation_direct.total")),
            ("复议后起诉的那类呢？", E("jx", "a.litigation_after_review.total")),
            ("加上行政复议，三类一共几件？", E("jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], P + "switch appeals group, then sum of 3"),
        F("zh", [
            ("上海市府办2025年本年新收申请里自然人有多少？", E("sh25", "r.received.natural_person")),
            ("说反了，我是想问商业企业的", E("sh25", "r.received.commercial")),
        ], P + "self-correction of the column (text rows)"),
        F("zh", [
            ("洪泽区2023年收取的信息处理费是多少元？", EN("hz23", "信息处理费 0 元", 0, "元", frm="2023 年，区政府")),
            ("那行政事业性收费金额呢？", E("hz23", "c.fees.amount", unit=W)),
        ], P + "narrative fee (0 元), then table fee (万元)"),
        F("zh", [
            ("淮安市2024年本年制发的规章有几件？", E("ha", "c.regulations.issued", alt=HA_REG)),
            ("不对，我想问的是现行有效的规章", E("ha", "c.regulations.in_force")),
        ], P + "self-correction of the column"),
        F("zh", [
            ("沭阳县2025年累计开展了多少次办前主动沟通？", EN("sy", "主动沟通 49", 49, "次")),
            ("推动化解了多少件争议纠纷？", EN("sy", "纠纷 33", 33, "件")),
            ("这些纠纷每件涉及多少金额？", EU("amounts of the disputes are not reported")),
        ], P + "two narrative numbers, ends unanswerable"),
        F("zh", [
            ("淮安市2024年其他处理一共多少件？", E("ha", "r.other.total")),
            ("其中申请人逾期没交费的有几件？", E("ha", "r.other.overdue_fee.total")),
        ], P + "of those (derived 其他处理 = 3 sub-items)"),
        F("zh", [
            ("上海市科学技术委员会2024年办理结果总计多少件？", E("kw", "r.total_processed.total")),
            ("上海市政府办公厅2025年的办理总计呢？", E("sh25", "r.total_processed.total", alt=SH25_DONE)),
        ], P + "switch body and year (text rows)"),
        F("zh", [
            ("洪泽区2023年本年新收申请有多少件？", E("hz23", "r.received.total", alt=HZ_RECV)),
            ("其中无法提供的有几件？", E("hz23", "r.unable.total")),
            ("这些无法提供的申请人里有多少是外地人？", EU("no breakdown by residence")),
        ], P + "switch row, ends unanswerable (residence)"),
        F("zh", [
            ("沭阳县2025年“其他处理”这一大类总共有多少件？", E("sy", "r.other.total")),
            ("这个数包括逾期未缴费的吗？单看逾期未缴费是几件？", E("sy", "r.other.overdue_fee.total")),
        ], P + "check the figure, then narrow it"),
        F("zh", [
            ("上海市府办2019年从上一年结转过来的申请有几件？", E("sh19", "r.carried_over.total", alt=SH19_OVER)),
            ("噢我是想问结转到2020年继续办理的", E("sh19", "r.carried_forward.total", alt=SH19_FWD)),
        ], P + "self-correction of the row"),
        F("zh", [
            ("淮安市2024年行政许可处理决定数量是多少？", E("ha", "c.licensing.decisions")),
            ("沭阳县2025年的这个数呢？", E("sy", "c.licensing.decisions")),
        ], P + "switch body"),
        F("zh", [
            ("涧西区政府办2020年年报里提到多少个试点领域？", EN("jx", "26个试点领域标准", 26, "个", frm="我办积极落实")),
            ("那年新收的依申请公开有多少件？", E("jx", "r.received.total", alt=JX_RECV)),
        ], P + "narrative number, then table value of the same body"),
        F("zh", [
            ("2024年洪泽区行政事业性收费金额多少万元？", E("hz24", "c.fees.amount", unit=W)),
            ("2023年是多少？", E("hz23", "c.fees.amount", unit=W)),
            ("两年之间变化了多少？", ED("hz23", "hz24", "c.fees.amount", unit=W)),
        ], P + "switch year, then difference (money)"),
    ]


def followup_en():
    P = "[followup] "
    return [
        F("en", [
            ("How many new requests from individuals did the Shanghai General Office log in 2025?", E("sh25", "r.received.natural_person")),
            ("And back in 2019?", E("sh19", "r.received.natural_person")),
            ("So how big is the gap between those two years?", ED("sh19", "sh25", "r.received.natural_person")),
        ], P + "switch year, then compare the two years"),
        F("en", [
            ("How many requests did Huai'an refuse to disclose in 2024, across all the grounds?", E("ha", "r.withheld.total")),
            ("Of those, how many were refused because they were process (deliberative) information?", E("ha", "r.withheld.process_info.total")),
            ("And how many because they were law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total")),
        ], P + "of those, then switch sub-item"),
        F("en", [
            ("Hongze District, 2024: how many requests were granted in full?", E("hz24", "r.granted.total")),
            ("Oops, I meant the 2023 report.", E("hz23", "r.granted.total")),
        ], P + "self-correction of the year"),
        F("en", [
            ("How many of Huai'an's 2024 partial disclosures went to individual applicants?", E("ha", "r.partially_granted.natural_person")),
            ("Sorry, I was after the business column - commercial enterprises.", E("ha", "r.partially_granted.commercial")),
        ], P + "self-correction of the column"),
        F("en", [
            ("How many administrative reconsideration cases did Shuyang County have in 2025?", E("sy", "a.review.total")),
            ("What about lawsuits filed directly without reconsideration?", E("sy", "a.litigation_direct.total")),
            ("Going back to the reconsiderations, how many were still pending at year end?", E("sy", "a.review.pending")),
        ], P + "switch appeals group and back"),
        F("en", [
            ("How many issues of the Huai'an Municipal Government Gazette were produced in 2024?", EN("ha", "人民政府公报》6", 6, "期")),
            ("And how many normative documents did the city issue that year, going by the table?", E("ha", "c.normative_docs.issued")),
            ("How many of those documents are in force now?", E("ha", "c.normative_docs.in_force")),
        ], P + "narrative number, then table values of the same body"),
        F("en", [
            ("How many reconsideration cases did the Shanghai General Office face in 2019?", E("sh19", "a.review.total", alt=SH19_REV)),
            ("And how many of those were brought by companies rather than individuals?", EU("appeals are not broken down by applicant type")),
        ], P + "ends unanswerable (appeals by applicant type)"),
        F("en", [
            ("How many still-pending requests did the Jianxi District government office bring into 2020 from earlier?", E("jx", "r.carried_over.total")),
            ("And Huai'an's city government for 2024?", E("ha", "r.carried_over.total", alt=HA_OVER)),
        ], P + "switch body and year"),
        F("en", [
            ("What is the number of requests carried over into 2025 at the Shanghai General Office?", E("sh25", "r.carried_over.total", alt=SH25_OVER)),
            ("Are legal service firms part of that? How many of them?", E("sh25", "r.carried_over.legal_services")),
            ("And from individuals?", E("sh25", "r.carried_over.natural_person")),
        ], P + "check the figure (legal services), then switch column"),
        F("en", [
            ("How many requests did Hongze District's government receive in 2023?", E("hz23", "r.received.total", alt=HZ_RECV)),
            ("And Jianxi District's government office in 2020?", E("jx", "r.received.total", alt=JX_RECV)),
            ("Add Huai'an for 2024 - which of the three had the fewest?", ER(["hz23", "jx", "ha"], "r.received.total", "asc")),
        ], P + "switch body, then ranking over the bodies asked"),
        F("en", [
            ("How many lawsuits against Huai'an's government in 2024 came after a reconsideration?", E("ha", "a.litigation_after_review.total")),
            ("How many of them ended with the decision corrected?", E("ha", "a.litigation_after_review.corrected")),
            ("And for the direct lawsuits, how many corrected?", E("ha", "a.litigation_direct.corrected")),
        ], P + "of those, then switch appeals group"),
        F("en", [
            ("How many explanatory (policy interpretation) items did Shuyang County release in 2025?", EN("sy", "解读类信息 21", 21, "条")),
            ("How many administrative normative documents did it issue that year?", E("sy", "c.normative_docs.issued")),
            ("And repeal?", E("sy", "c.normative_docs.repealed")),
        ], P + "narrative number, then table values of the same body"),
        F("en", [
            ("How many new disclosure requests did the Shanghai science commission receive in 2024?", E("kw", "r.received.total", alt=KW_RECV)),
            ("Were any of those from companies? How many?", E("kw", "r.received.commercial")),
            ("What were the companies asking about?", EU("no breakdown by topic")),
        ], P + "check then narrow, ends unanswerable (topic)"),
        F("en", [
            ("In 2019, how many requests did the Shanghai General Office refuse as state secrets?", E("sh19", cols("withheld.state_secret"), printed_total=["r.withheld.state_secret.total"])),
            ("And as internal affairs information?", E("sh19", cols("withheld.internal_affairs"), printed_total=["r.withheld.internal_affairs.total"])),
        ], P + "switch row (row totals printed blank: sum of the columns)"),
        F("en", [
            ("In its 2024 report, how many requests did Hongze District carry forward to the next year?", E("hz24", "r.carried_forward.total")),
            ("How many reconsideration cases did it face in 2024?", E("hz24", "a.review.total")),
        ], P + "switch table (text rows)"),
        F("en", [
            ("How many Huai'an requests in 2024 were dropped because the applicant never supplied the missing details in time?", E("ha", "r.other.overdue_correction.total")),
            ("And how many under the catch-all 'other' sub-item?", E("ha", "r.other.other.total")),
            ("Put those two together?", E("ha", ["r.other.overdue_correction.total", "r.other.other.total"])),
        ], P + "switch row, then add the two just asked"),
        F("en", [
            ("How many administrative coercion decisions did Shuyang County make in 2025?", E("sy", "c.coercion.decisions")),
            ("No wait, I meant Huai'an in 2024.", E("ha", "c.coercion.decisions")),
        ], P + "self-correction of the body and year"),
        F("en", [
            ("How many municipal government press conferences did Shanghai hold in 2025?", EN("sh25", "新闻发布会 42", 42, "场", frm="召开市政府")),
            ("And how many requests did the General Office still have open at the end of 2025, to carry forward?", E("sh25", "r.carried_forward.total")),
        ], P + "narrative number, then table value of the same body"),
        F("en", [
            ("How much did the Jianxi District government office spend on centralised procurement in 2020?", E("jx", "c.procurement.amount", unit=W)),
            ("Which suppliers won those contracts?", EU("suppliers are not named")),
        ], P + "ends unanswerable (suppliers)"),
        F("en", [
            ("How many Shuyang requests in 2025 were not processed at all, counting every 'not processed' reason?", E("sy", "r.not_processed.total")),
            ("Of those, how many were duplicate applications?", E("sy", "r.not_processed.duplicate.total")),
        ], P + "of those"),
        F("en", [
            ("How many reconsideration cases were still undecided at the Shanghai General Office in 2025?", E("sh25", "a.review.pending")),
            ("And in 2019?", E("sh19", "a.review.pending")),
            ("How much did that number change between the two years?", ED("sh19", "sh25", "a.review.pending")),
        ], P + "switch year, then difference"),
        F("en", [
            ("How many followers did STCSM's WeChat account have, according to its 2024 report?", EN("kw", "1016823", 1016823, "人")),
            ("How many requests did the commission grant in full in 2024?", E("kw", "r.granted.total", alt=KW_GRANT)),
        ], P + "narrative number, then table value of the same body"),
        F("en", [
            ("How many Hongze District requests in 2023 were refused as process information?", E("hz23", "r.withheld.process_info.total")),
            ("And how many were set aside because they were really petitions or complaints?", E("hz23", "r.not_processed.petition.total")),
            ("How long did it take them to reply to each of those?", EU("no response times are reported")),
        ], P + "switch row, ends unanswerable (response time)"),
        F("en", [
            ("How many Huai'an applications in 2024 came from 'other' organisations - not companies, research bodies, charities or law firms?", E("ha", "r.received.other_org")),
            ("And from research institutions?", E("ha", "r.received.research")),
        ], P + "switch column"),
        F("en", [
            ("How many requests did Shuyang County grant in full in 2025?", E("sy", "r.granted.total")),
            ("Does that figure include partial disclosures? If not, what's the number with them added?", E("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], P + "check the figure, then widen it (sum)"),
        F("en", [
            ("How many requests had been carried over into 2019 at the Shanghai General Office?", E("sh19", "r.carried_over.total", alt=SH19_OVER)),
            ("And into 2025?", E("sh25", "r.carried_over.total", alt=SH25_OVER)),
            ("What's the increase?", ED("sh19", "sh25", "r.carried_over.total", alt=SH25_OVER)),
        ], P + "switch year, then compare the two years"),
        F("en", [
            ("What did Hongze District collect in information processing fees in 2024?", EN("hz24", "信息处理费 0 元", 0, "元", frm="2024 年，区政府")),
            ("And its administrative fees in 2024, in 10,000 yuan?", E("hz24", "c.fees.amount", unit=W)),
        ], P + "narrative fee (0 元), then table fee (万元)"),
        F("en", [
            ("Jianxi District government office, 2020: how many reconsideration cases were corrected?", E("jx", "a.review.corrected")),
            ("Sorry, I meant upheld.", E("jx", "a.review.upheld")),
        ], P + "self-correction of the outcome column"),
        F("en", [
            ("How many Huai'an requests in 2024 were answered with 'not held by this agency'?", E("ha", "r.unable.not_held.total")),
            ("Does that count requests from legal service firms too? How many of them?", E("ha", "r.unable.not_held.legal_services")),
        ], P + "check the figure (legal services), then narrow it"),
        F("en", [
            ("How many requests did Shuyang County have left over from 2024 going into 2025?", E("sy", "r.carried_over.total")),
            ("How many did it finish handling in 2025 in total?", E("sy", "r.total_processed.total", alt=SY_DONE)),
            ("And how many went on to the next year?", E("sy", "r.carried_forward.total", alt=SY_FWD)),
            ("How many of the 31 were from individuals?", E("sy", "r.carried_forward.natural_person")),
        ], P + "four turns: switch row twice, then narrow to a column"),
        F("en", [
            ("How many requests from individuals did the Shanghai General Office say it could not provide in 2019, across all three reasons?", E("sh19", "r.unable.natural_person")),
            ("Of those, how many because the office didn't hold the information?", E("sh19", "r.unable.not_held.natural_person")),
            ("And for businesses - how many of their requests couldn't be provided?", E("sh19", "r.unable.commercial")),
        ], P + "of those, then switch column (derived rows per column; totals printed blank)"),
        F("en", [
            ("How many administrative licensing decisions did the Shanghai science commission make in 2024?", E("kw", "c.licensing.decisions")),
            ("Compare with Hongze District in the same year - how many there?", E("hz24", "c.licensing.decisions")),
        ], P + "switch body (text rows)"),
        F("en", [
            ("According to the narrative, how many policy documents did Huai'an's government and its office newly publish in 2024?", EN("ha", "政策性文件 11", 11, "件")),
            ("And in the active-disclosure table, how many regulations were in force?", E("ha", "c.regulations.in_force")),
        ], P + "narrative number, then table value of the same body"),
        F("en", [
            ("For Hongze District in 2023, how many reconsideration cases were upheld?", E("hz23", "a.review.upheld")),
            ("And how many lawsuits after reconsideration were upheld?", E("hz23", "a.litigation_after_review.upheld")),
            ("Add the two together.", E("hz23", ["a.review.upheld", "a.litigation_after_review.upheld"])),
        ], P + "switch appeals group, then add the two just asked"),
        F("en", [
            ("How many requests were fully granted by the Shanghai General Office in 2025?", E("sh25", "r.granted.total")),
            ("And how many were turned down because the office would have had to create the information?", E("sh25", "r.unable.needs_creation.total")),
        ], P + "switch row (text rows)"),
        F("en", [
            ("How many requests did the Jianxi District government office say it didn't hold the information for in 2020?", E("jx", "r.unable.not_held.total")),
            ("Same question for Hongze District in 2023.", E("hz23", "r.unable.not_held.total")),
            ("Throw in Shuyang County for 2025: which of the three has the highest figure?", ER(["jx", "hz23", "sy"], "r.unable.not_held.total", "desc")),
        ], P + "switch body, then ranking"),
        F("en", [
            ("How many disclosure-related lawsuits filed directly in court did Huai'an's government face in 2024?", E("ha", "a.litigation_direct.total")),
            ("How many of those were upheld?", E("ha", "a.litigation_direct.upheld")),
            ("And how many were still pending?", E("ha", "a.litigation_direct.pending")),
            ("Who brought the pending one?", EU("personal data; plaintiffs are not named")),
        ], P + "four turns: of those twice, ends unanswerable"),
        F("en", [
            ("How many requests did Shuyang County receive in 2024?", EU("no 2024 report of 沭阳县 in the corpus")),
            ("OK, then 2025 - how many brand-new requests does the table show?", E("sy", "r.received.total")),
        ], P + "unanswerable year first, then the year held (table 新收 713, not text 749)"),
        F("en", [
            ("How many regulations did the Shanghai General Office newly publish in 2019?", E("sh19", "c.regulations.published", alt=SH19_REG)),
            ("And what's the cumulative total of regulations published?", E("sh19", "c.regulations.total_published")),
        ], P + "switch column (2019 format)"),
        F("en", [
            ("How many normative documents did Hongze District issue in 2024?", E("hz24", "c.normative_docs.issued")),
            ("What about the Shanghai Science and Technology Commission in the same year?", E("kw", "c.normative_docs.issued", alt=KW_NORM)),
        ], P + "switch body (text rows)"),
        F("en", [
            ("How many Huai'an requests in 2024 were refused because disclosure would endanger security or stability?", E("ha", "r.withheld.security_stability.total")),
            ("And because they concerned internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
        ], P + "switch row"),
        F("en", [
            ("How many requests did Shuyang County decline to disclose in 2025 in total?", E("sy", "r.withheld.total")),
            ("Of those, how many were internal affairs information?", E("sy", "r.withheld.internal_affairs.total")),
            ("And how many concerned third-party rights?", E("sy", "r.withheld.third_party.total")),
            ("Which township governments were those requests sent to?", EU("no breakdown by township")),
        ], P + "four turns: of those, switch sub-item, ends unanswerable"),
        F("en", [
            ("How many issues of the Shanghai Municipal Government Gazette were put out in 2019?", EN("sh19", "共编发公报24期", 24, "期")),
            ("How many centralised procurement projects did the General Office run that year?", E("sh19", "c.procurement.projects")),
        ], P + "narrative number, then table value of the same body"),
        F("en", [
            ("How many administrative licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
            ("And in 2024?", E("hz24", "c.licensing.decisions")),
            ("How much higher is the later year?", ED("hz23", "hz24", "c.licensing.decisions")),
        ], P + "switch year, then compare the two years"),
        F("en", [
            ("How many administrative penalty decisions did Shuyang County make in 2025?", E("sy", "c.punishment.decisions")),
            ("And coercion decisions?", E("sy", "c.coercion.decisions")),
            ("Add both up for me.", E("sy", ["c.punishment.decisions", "c.coercion.decisions"])),
        ], P + "switch row, then add the two just asked"),
        F("en", [
            ("How many lawsuits after reconsideration did the Shanghai General Office have in 2025?", E("sh25", "a.litigation_after_review.total")),
            ("And the direct ones?", E("sh25", "a.litigation_direct.total")),
            ("Combined, how many lawsuits is that?", E("sh25", ["a.litigation_after_review.total", "a.litigation_direct.total"])),
        ], P + "switch appeals group, then add the two just asked"),
        F("en", [
            ("How many requests did STCSM finish processing in 2024?", E("kw", "r.total_processed.total")),
            ("How many were handled within 10 working days?", EU("no response times are reported")),
        ], P + "ends unanswerable (response time)"),
        F("en", [
            ("How many normative documents had Jianxi District's office published in total by 2020?", E("jx", "c.normative_docs.total_published")),
            ("And how many regulations did it make in 2020?", E("jx", "c.regulations.made")),
        ], P + "switch row and column (2019 format)"),
        F("en", [
            ("Hongze District 2023: how many requests from individuals were partially disclosed?", E("hz23", "r.partially_granted.natural_person")),
            ("Actually, I meant from commercial enterprises.", E("hz23", "r.partially_granted.commercial")),
        ], P + "self-correction of the column"),
        F("en", [
            ("How many requests did Huai'an finish handling in 2024?", E("ha", "r.total_processed.total", alt=HA_DONE)),
            ("Does that figure include the requests carried over from 2023? How many were those?", E("ha", "r.carried_over.total", alt=HA_OVER)),
            ("And how many came in new in 2024?", E("ha", "r.received.total", alt=HA_RECV)),
        ], P + "check the figure (carry-over), then switch row"),
        F("en", [
            ("How many reconsideration cases did Jianxi District's government office have in 2020?", E("jx", "a.review.total")),
            ("And Huai'an in 2024?", E("ha", "a.review.total", alt=HA_REV)),
            ("Bring in Shuyang for 2025 - which of the three has the fewest?", ER(["jx", "ha", "sy"], "a.review.total", "asc")),
        ], P + "switch body, then ranking"),
        F("en", [
            ("How many requests from individuals did the Shanghai General Office decline to process as duplicates in 2019?", E("sh19", "r.not_processed.duplicate.natural_person")),
            ("And from businesses?", E("sh19", "r.not_processed.duplicate.commercial")),
            ("How many of those repeat applications came from the same person?", EU("no breakdown by individual applicant")),
        ], P + "switch column, ends unanswerable"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + neighbour() + cannot() + followup_zh() + followup_en()
