"""Question bank of blind evaluation set 315 (evals/blind315): follow-up conversations first.

WARNING: this file holds the text of EVERY test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every expected number is computed
by helpers315 (gold JSON, printed text rows, sentences cut from the report text).
Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.

Follow-up notes name their patterns after the tag (validate_blind315.PATTERNS).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib315 as L  # noqa: E402
from helpers315 import (C, D, E, ED, EN, ER, EU, F, N, S, T, U, V, cols)  # noqa: E402,F401

# Cells of the three reports without gold: exactly the row specs blind6 verified
# (evals/blind6/text_cells.json); the numbers are parsed from the printed rows at build time.
_Q4 = "四、政府信息公开行政复议、行政诉讼情况"
_NOTE25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _Q4, 14),
        "appeals.litigation_direct.total": ("after", _Q4, 9),
        "appeals.review.total": ("after", _Q4, 4),
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
        "appeals.litigation_after_review.total": ("after", _NOTE25, 14),
        "appeals.litigation_direct.pending": ("after", _NOTE25, 8),
        "appeals.litigation_direct.total": ("after", _NOTE25, 9),
        "appeals.review.pending": ("after", _NOTE25, 3),
        "appeals.review.total": ("after", _NOTE25, 4),
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

WAN = "万元"


def M(b, keys, **kw):
    """expect of a money cell (万元)."""
    return E(b, keys, unit=WAN, **kw)


# ============================================================== follow-ups (zh)
def followups_zh():
    return [
        F("zh", [
            ("洪泽区2023年行政许可一共作出了多少个处理决定？", E("hz23", "c.licensing.decisions")),
            ("2024年那份报告里这个数是多少？", E("hz24", "c.licensing.decisions")),
            ("两年比下来哪年多？多出来多少？", ED("hz23", "hz24", "c.licensing.decisions")),
            ("涨这么多是因为哪些审批事项增加了？报告里有分项数字吗？", EU("报告只给行政许可决定总数，不分事项，也不解释原因")),
        ], "[followup] year-switch compare-years ends-unanswerable: 洪泽区 行政许可 2023 -> 2024 -> difference -> 分事项"),
        F("zh", [
            ("上海市政府办公厅2019年新收到的信息公开申请有多少件？",
             E("sh19", "r.received.total", alt=("受理政府信息公开申请859件", 859))),
            ("到了2025年新收的变成多少了？",
             E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
            ("前后差了多少件？", ED("sh19", "sh25", "r.received.total")),
            ("2025年新收的这些里面，自然人占了多少件？", E("sh25", "r.received.natural_person")),
        ], "[followup] year-switch compare-years of-those: 上海市府办 新收 2019 -> 2025 -> difference -> 2025 自然人"),
        F("zh", [
            ("淮安市政府2024年不予公开的申请总共有几件？", E("ha", "r.withheld.total")),
            ("这里头以“属于行政查询事项”为理由的占了多少？", E("ha", "r.withheld.admin_query.total")),
            ("行政查询事项这一类里，商业企业提的有吗？几件？", E("ha", "r.withheld.admin_query.commercial")),
            ("再看不予公开里属于国家秘密的，一共几件？", E("ha", "r.withheld.state_secret.total")),
        ], "[followup] of-those column-switch row-switch: 淮安 不予公开 -> 行政查询事项 -> 商业企业 -> 国家秘密"),
        F("zh", [
            ("洪泽区2024年的行政处罚决定是多少件？", E("hz24", "c.punishment.decisions")),
            ("哦不好意思，我要的其实是2023年那份报告里的", E("hz23", "c.punishment.decisions")),
        ], "[followup] self-correction year-switch: 洪泽区 行政处罚 2024 -> 2023"),
        F("zh", [
            ("沭阳县2025年予以公开的申请有多少件？", E("sy", "r.granted.total")),
            ("这个数含部分公开吗？要是把部分公开也加上，一共是多少？",
             E("sy", ["r.granted.total", "r.partially_granted.total"])),
            ("单看部分公开，自然人那一栏是多少？", E("sy", "r.partially_granted.natural_person")),
            ("这些部分公开的申请，具体都是要哪方面的信息？", EU("报告不按申请内容分类")),
        ], "[followup] check-then-narrow add-up ends-unanswerable: 沭阳 予以公开 -> +部分公开 -> 部分公开 自然人 -> 内容"),
        F("zh", [
            ("沭阳县政府门户网站2025年主动公开了多少条政府信息？", EN("sy", "4511条", 4511, "条")),
            ("同一年报告表格里，现行有效的行政规范性文件有几件？", E("sy", "c.normative_docs.in_force")),
        ], "[followup] narrative-then-table: 沭阳 门户网站 4511 条 -> 规范性文件 现行有效"),
        F("zh", [
            ("2024年淮安市政府收到的政府信息公开申请中，个人（自然人）提交的有多少件？",
             E("ha", "r.received.natural_person")),
            ("这些申请人里男女各有多少？", EU("申请人不按性别统计，报告没有这个拆分")),
        ], "[followup] ends-unanswerable: 淮安 自然人新收 -> 按性别拆分（报告不印）"),
        F("zh", [
            ("沭阳县2025年的政府信息公开行政复议，结果被纠正的有几件？", E("sy", "a.review.corrected")),
            ("复议之后又去法院起诉的那部分，被纠正的有几件？", E("sy", "a.litigation_after_review.corrected")),
            ("没走复议直接起诉的一共几件？", E("sy", "a.litigation_direct.total")),
        ], "[followup] group-switch: 沭阳 复议 纠正 -> 复议后起诉 纠正 -> 直接起诉 总计"),
        F("zh", [
            ("淮安2024年律师事务所这类法律服务机构新提了多少件信息公开申请？", E("ha", "r.received.legal_services")),
            ("那商业企业这一栏呢？", E("ha", "r.received.commercial")),
            ("两类凑一起是多少件？", E("ha", ["r.received.legal_services", "r.received.commercial"])),
        ], "[followup] column-switch add-up: 淮安 新收 法律服务机构 -> 商业企业 -> 两者之和"),
        F("zh", [
            ("涧西区政府办2020年有几件申请要结转到下一年接着办？",
             E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
            ("淮安市政府2024年结转到下年度的有多少？",
             E("ha", "r.carried_forward.total", alt=("103 件顺延", 103))),
            ("沭阳县2025年又是多少？", E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
        ], "[followup] body-switch: 结转下年度 涧西 2020 -> 淮安 2024 -> 沭阳 2025"),
        F("zh", [
            ("2019年上海市府办因为“本机关不掌握”而没法提供的申请里，自然人的有多少件？",
             E("sh19", "r.unable.not_held.natural_person")),
            ("企业那一栏是几件？", E("sh19", "r.unable.not_held.commercial")),
            ("法律服务机构的呢？", E("sh19", "r.unable.not_held.legal_services")),
        ], "[followup] column-switch: 上海市府办 2019 不掌握 自然人 -> 商业企业 -> 法律服务机构"),
        F("zh", [
            ("上海市科委2024年新收的申请里有多少件是自然人提的？", E("kw", "r.received.natural_person")),
            ("商业企业提了几件？", E("kw", "r.received.commercial")),
            ("那全年一共新收了多少件？",
             E("kw", "r.received.total", alt=("收到政府信息公开申请 34", 34))),
        ], "[followup] column-switch: 上海市科委 新收 自然人 -> 商业企业 -> 总计"),
        F("zh", [
            ("上海市政府办公厅2025年被申请行政复议的一共多少件？", E("sh25", "a.review.total")),
            ("其中到年底还没审结的有几件？", E("sh25", "a.review.pending")),
            ("未经复议直接起诉的行政诉讼里，没审结的又有多少？", E("sh25", "a.litigation_direct.pending")),
            ("复议后再起诉的，总数是多少件？", E("sh25", "a.litigation_after_review.total")),
        ], "[followup] of-those group-switch: 上海市府办 2025 复议总计 -> 复议未审结 -> 直接起诉未审结 -> 复议后起诉"),
        F("zh", [
            ("洪泽区2024年现行有效的行政规范性文件有几件？", E("hz24", "c.normative_docs.in_force")),
            ("2023年那份年报里呢？", E("hz23", "c.normative_docs.in_force")),
            ("算下来多了几件？", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], "[followup] year-switch compare-years: 洪泽区 规范性文件 现行有效 2024 -> 2023 -> difference"),
        F("zh", [
            ("淮安市2024年属于信访举报投诉类、不予处理的申请有几件？", E("ha", "r.not_processed.petition.total")),
            ("重复申请被不予处理的有多少？", E("ha", "r.not_processed.duplicate.total")),
            ("不予处理这一大类合计是多少？", E("ha", "r.not_processed.total")),
        ], "[followup] row-switch: 淮安 不予处理 信访 -> 重复申请 -> 不予处理合计"),
        F("zh", [
            ("涧西区政府办2020年梳理出来的政务公开事项一共多少项？", EN("jx", "601项事项", 601, "项", frm="对照")),
            ("这一年它的政府集中采购项目有几个？", E("jx", "c.procurement.projects")),
            ("采购总金额是多少万元？", M("jx", "c.procurement.amount")),
        ], "[followup] narrative-then-table row-switch: 涧西 601 项事项 -> 集中采购 项目数 -> 金额"),
        F("zh", [
            ("上海市府办2019年从上一年结转过来的申请有多少件？",
             E("sh19", "r.carried_over.total", alt=("含上年度结转申请18件", 18))),
            ("换到2025年那份，上年结转的是多少？",
             E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
            ("两份报告差了多少件？", ED("sh19", "sh25", "r.carried_over.total")),
        ], "[followup] year-switch compare-years: 上海市府办 上年结转 2019 -> 2025 -> difference"),
        F("zh", [
            ("沭阳县2025年因为本机关不掌握相关信息而无法提供的有多少件？", E("sy", "r.unable.not_held.total")),
            ("这些申请主要集中在哪几个乡镇？", EU("报告不按乡镇拆分申请")),
        ], "[followup] ends-unanswerable: 沭阳 不掌握 -> 按乡镇拆分（报告不印）"),
        F("zh", [
            ("淮安市2024年部分公开的申请里，自然人占几件？", E("ha", "r.partially_granted.natural_person")),
            ("哎我看错列了，想问的是商业企业那一列", E("ha", "r.partially_granted.commercial")),
        ], "[followup] self-correction column-switch: 淮安 部分公开 自然人 -> 商业企业"),
        F("zh", [
            ("洪泽区2023年不予公开的申请一共几件？", E("hz23", "r.withheld.total")),
            ("这里面算不算“无法提供”的？那一类单独是多少？", E("hz23", "r.unable.total")),
            ("无法提供里，需要另行制作的是几件？", E("hz23", "r.unable.needs_creation.total")),
        ], "[followup] check-then-narrow row-switch: 洪泽区 2023 不予公开 -> 无法提供 -> 另行制作"),
        F("zh", [
            ("上海市政府办公厅2025年召开了几场市政府新闻发布会？", EN("sh25", "新闻发布会 42", 42, "场")),
            ("新闻通气会开了多少场？", EN("sh25", "新闻通气会 19", 19, "场")),
            ("同年表格里予以公开的申请是多少件？", E("sh25", "r.granted.total")),
        ], "[followup] narrative-then-table: 上海市府办 2025 发布会 -> 通气会 -> 予以公开"),
        F("zh", [
            ("上海市科委的“上海科技”微信公众号2024年一共编发了多少篇文章？",
             EN("kw", "共编发文章 1640", 1640, "篇")),
            ("其中原创的有多少篇？", EN("kw", "原创文章 294", 294, "篇")),
            ("那年市科委作出的行政许可决定有多少件？", E("kw", "c.licensing.decisions")),
        ], "[followup] narrative-then-table: 上海市科委 公众号文章 -> 原创 -> 行政许可"),
        F("zh", [
            ("沭阳县2025年行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
            ("复议后起诉、法院维持的呢？", E("sy", "a.litigation_after_review.upheld")),
            ("这两个数加一块儿是多少？", E("sy", ["a.review.upheld", "a.litigation_after_review.upheld"])),
        ], "[followup] group-switch add-up: 沭阳 复议维持 -> 复议后起诉维持 -> 之和"),
        F("zh", [
            ("淮安市政府2024年一共办理（答复）了多少件申请？",
             E("ha", "r.total_processed.total", alt=("3050", 3050))),
            ("这里面包括从上一年结转过来的吗？结转过来的是几件？",
             E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
            ("最后还有多少件要顺延到下一年去办？",
             E("ha", "r.carried_forward.total", alt=("另有 103", 103))),
        ], "[followup] check-then-narrow row-switch: 淮安 办理总计 -> 上年结转 -> 结转下年"),
        F("zh", [
            ("洪泽区2024年行政强制的处理决定有几件？", E("hz24", "c.coercion.decisions")),
            ("这些强制措施分别是哪些部门作出的，各多少？", EU("报告只给全区行政强制决定总数，不按部门拆分")),
        ], "[followup] ends-unanswerable: 洪泽区 2024 行政强制 -> 按部门拆分（报告不印）"),
        F("zh", [
            ("涧西区政府办2020年被申请行政复议了几次？", E("jx", "a.review.total")),
            ("行政诉讼里未经复议直接起诉的有几件？", E("jx", "a.litigation_direct.total")),
            ("复议后起诉的案子，结果维持的有几件？", E("jx", "a.litigation_after_review.upheld")),
        ], "[followup] group-switch: 涧西 复议 -> 直接起诉 -> 复议后起诉 维持"),
        F("zh", [
            ("2019年上海市府办因属于国家秘密而不予公开的，自然人提的有几件？",
             E("sh19", "r.withheld.state_secret.natural_person")),
            ("因为属于三类内部事务信息的呢？", E("sh19", "r.withheld.internal_affairs.natural_person")),
            ("四类过程性信息那一行，自然人和企业合起来是多少？",
             E("sh19", ["r.withheld.process_info.natural_person", "r.withheld.process_info.commercial"])),
        ], "[followup] row-switch add-up: 上海市府办 2019 国家秘密 -> 内部事务 -> 过程性信息 两列之和"),
        F("zh", [
            ("沭阳县2025年新制发的行政规范性文件有几件？", E("sy", "c.normative_docs.issued")),
            ("淮安市政府2024年制发了多少件？", E("ha", "c.normative_docs.issued")),
            ("洪泽区2024年制发的是几件？", E("hz24", "c.normative_docs.issued")),
        ], "[followup] body-switch: 规范性文件 制发 沭阳 2025 -> 淮安 2024 -> 洪泽区 2024"),
        F("zh", [
            ("淮安市2024年行政事业性收费金额是多少？", M("ha", "c.fees.amount")),
            ("沭阳县2025年的收费金额又是多少？", M("sy", "c.fees.amount")),
            ("沭阳县那年收的信息处理费是多少钱？", EN("sy", "共计380元", 380, "元")),
        ], "[followup] body-switch: 收费金额 淮安 2024 -> 沭阳 2025 -> 沭阳 信息处理费 (text)"),
        F("zh", [
            ("洪泽区2023年在政府网站平台上主动公开了多少条政府信息？", EN("hz23", "1136", 1136, "条")),
            ("当年行政许可的处理决定有多少？", E("hz23", "c.licensing.decisions")),
            ("这些许可里，企业和个人各拿了多少？", EU("报告不按申请对象拆分行政许可决定")),
        ], "[followup] narrative-then-table ends-unanswerable: 洪泽区 2023 1136 条 -> 行政许可 -> 按对象拆分"),
        F("zh", [
            ("上海市府办2025年因为本机关不掌握相关政府信息而无法提供的有多少件？", E("sh25", "r.unable.not_held.total")),
            ("没有现成信息、需要另行制作的那种有多少？", E("sh25", "r.unable.needs_creation.total")),
            ("这两种原因合计多少件？",
             E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "[followup] row-switch add-up: 上海市府办 2025 不掌握 -> 另行制作 -> 之和"),
        F("zh", [
            ("沭阳县2025年“其他处理”下面那个“其他”小项有多少件？", E("sy", "r.other.other.total")),
            ("逾期不补正、不再处理的那种呢？", E("sy", "r.other.overdue_correction.total")),
            ("没按收费通知交钱的有几件？", E("sy", "r.other.overdue_fee.total")),
            ("这三个小项合在一起是多少？",
             E("sy", ["r.other.other.total", "r.other.overdue_correction.total", "r.other.overdue_fee.total"])),
        ], "[followup] row-switch add-up: 沭阳 其他处理 其他 -> 逾期不补正 -> 逾期未缴费 -> 三项之和"),
        F("zh", [
            ("淮安市2024年信息公开行政复议里结果被纠正的有几件？",
             E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
            ("其他结果的呢？", E("ha", "a.review.other", alt=("其他结果 178", 178))),
            ("复议总共多少件？", E("ha", "a.review.total", alt=("行政复议 351", 351))),
        ], "[followup] of-those row-switch: 淮安 复议 纠正 -> 其他结果 -> 总计"),
        F("zh", [
            ("淮安市2024年来自法人或其他组织的新申请一共多少件？", E("ha", "r.received.legal_person")),
            ("这里面律所等法律服务机构占多少？", E("ha", "r.received.legal_services")),
            ("把它们去掉，只看商业企业是几件？", E("ha", "r.received.commercial")),
        ], "[followup] check-then-narrow of-those: 淮安 法人或其他组织 -> 法律服务机构 -> 商业企业"),
        F("zh", [
            ("洪泽区2023年行政事业性收费金额是多少万元？", M("hz23", "c.fees.amount")),
            ("2024年收了多少？", M("hz24", "c.fees.amount")),
            ("和2023年相比变化了多少万元？", ED("hz23", "hz24", "c.fees.amount", unit=WAN)),
        ], "[followup] year-switch compare-years: 洪泽区 收费金额 2023 -> 2024 -> difference"),
        F("zh", [
            ("涧西区政府办2020年一共收到几件依申请公开？",
             E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
            ("有没有单位或企业来申请的？法人或其他组织提了几件？", E("jx", "r.received.legal_person")),
            ("最后予以公开的是几件？", E("jx", "r.granted.total")),
        ], "[followup] check-then-narrow row-switch: 涧西 新收 -> 法人或其他组织 -> 予以公开"),
        F("zh", [
            ("沭阳县2025年开展了多少次办前主动沟通？", EN("sy", "办前主动沟通 49", 49, "次")),
            ("同年因属于信访举报投诉类而不予处理的申请有几件？", E("sy", "r.not_processed.petition.total")),
        ], "[followup] narrative-then-table: 沭阳 办前沟通 -> 信访类不予处理"),
        F("zh", [
            ("上海市府办2019年的规章，对外公开总数量是多少件？", E("sh19", "c.regulations.total_published")),
            ("规范性文件对外公开的总数呢？", E("sh19", "c.normative_docs.total_published")),
            ("那年新制作的规范性文件有几件？",
             E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
        ], "[followup] row-switch column-switch: 上海市府办 2019 规章 总数 -> 规范性文件 总数 -> 新制作"),
        F("zh", [
            ("上海市科委2024年作出的行政处罚决定有几件？", E("kw", "c.punishment.decisions")),
            ("行政许可呢？", E("kw", "c.licensing.decisions")),
            ("这些许可平均多少天办完？", EU("报告不写办理时长")),
        ], "[followup] row-switch ends-unanswerable: 上海市科委 行政处罚 -> 行政许可 -> 平均办理天数"),
        F("zh", [
            ("上海市府办2025年因为重复申请而不予处理的有几件？", E("sh25", "r.not_processed.duplicate.total")),
            ("问错了，我想问的是信访举报投诉类的", E("sh25", "r.not_processed.petition.total")),
        ], "[followup] self-correction row-switch: 上海市府办 2025 重复申请 -> 信访举报投诉类"),
        F("zh", [
            ("淮安市2024年经过复议以后又提起行政诉讼的有多少件？", E("ha", "a.litigation_after_review.total")),
            ("未经复议直接起诉的呢？", E("ha", "a.litigation_direct.total")),
            ("两种诉讼加起来一共多少？",
             E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               alt=("行政诉讼 46", 46))),
        ], "[followup] group-switch add-up: 淮安 复议后起诉 -> 直接起诉 -> 诉讼合计"),
        F("zh", [
            ("洪泽区2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
            ("因为属于行政执法案卷不予公开的呢？", E("hz23", "r.withheld.enforcement_files.total")),
            ("本机关不掌握的有多少？", E("hz23", "r.unable.not_held.total")),
        ], "[followup] row-switch: 洪泽区 2023 部分公开 -> 执法案卷 -> 不掌握"),
        F("zh", [
            ("沭阳县2025年法律服务机构的申请予以公开了几件？", E("sy", "r.granted.legal_services")),
            ("不对，我想看部分公开那一行的", E("sy", "r.partially_granted.legal_services")),
        ], "[followup] self-correction row-switch: 沭阳 法律服务机构 予以公开 -> 部分公开"),
        F("zh", [
            ("上海市府办2019年政府集中采购了几个项目？", E("sh19", "c.procurement.projects")),
            ("采购总金额折合多少万元？", M("sh19", "c.procurement.amount")),
            ("这些项目分别给了哪些供应商？", EU("报告只给项目数和总金额，不列供应商")),
        ], "[followup] column-switch ends-unanswerable: 上海市府办 2019 集中采购 项目数 -> 金额 -> 供应商"),
        F("zh", [
            ("上海市政府办公厅2019年政府信息公开行政复议共几件？",
             E("sh19", "a.review.total", alt=("行政复议7件", 7))),
            ("2025年的复议有多少件？", E("sh25", "a.review.total")),
            ("增加了多少件？", ED("sh19", "sh25", "a.review.total")),
        ], "[followup] year-switch compare-years: 上海市府办 复议 2019 -> 2025 -> difference"),
        F("zh", [
            ("淮安市政府2024年出了几期政府公报？", EN("ha", "公报》6", 6, "期")),
            ("全市在运维的政务新媒体有多少个？", EN("ha", "政务新媒体共计", 95, "个")),
            ("同年现行有效的市政府规章有几件？", E("ha", "c.regulations.in_force")),
        ], "[followup] narrative-then-table: 淮安 公报 -> 政务新媒体 -> 规章 现行有效"),
        F("zh", [
            ("沭阳县2025年行政处罚决定有多少件？", E("sy", "c.punishment.decisions")),
            ("行政强制有几件？", E("sy", "c.coercion.decisions")),
            ("处罚和强制加在一起是多少？",
             E("sy", ["c.punishment.decisions", "c.coercion.decisions"])),
        ], "[followup] row-switch add-up: 沭阳 行政处罚 -> 行政强制 -> 之和"),
        F("zh", [
            ("涧西区政府办2020年因本机关不掌握而无法提供的申请有几件？", E("jx", "r.unable.not_held.total")),
            ("这2件都是谁申请的，名字能告诉我吗？", EU("申请人身份属个人信息，报告也不列")),
        ], "[followup] ends-unanswerable: 涧西 不掌握 -> 申请人姓名（个人信息）"),
        F("zh", [
            ("洪泽区2024年的行政诉讼，复议后起诉的共几件？", E("hz24", "a.litigation_after_review.total")),
            ("直接去法院起诉的有几件？", E("hz24", "a.litigation_direct.total")),
            ("行政复议本身有几件？", E("hz24", "a.review.total")),
        ], "[followup] group-switch: 洪泽区 2024 复议后起诉 -> 直接起诉 -> 复议"),
        F("zh", [
            ("上海市府办2025年新收的申请中自然人提交了多少件？", E("sh25", "r.received.natural_person")),
            ("这个数算上年结转的吗？上年结转过来的自然人申请是多少？", E("sh25", "r.carried_over.natural_person")),
            ("结转过来的里面，法律服务机构的有几件？", E("sh25", "r.carried_over.legal_services")),
        ], "[followup] check-then-narrow column-switch: 上海市府办 2025 新收自然人 -> 上年结转自然人 -> 法律服务机构"),
        F("zh", [
            ("沭阳县2025年本年新收的申请中，商业企业提了几件？", E("sy", "r.received.commercial")),
            ("不是这一行，我说的是结转到下一年继续办的，商业企业有几件？", E("sy", "r.carried_forward.commercial")),
            ("那结转下年度的一共多少件？", E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
        ], "[followup] self-correction row-switch: 沭阳 新收 商业企业 -> 结转下年 商业企业 -> 结转下年 总计"),
        F("zh", [
            ("沭阳县2025年没有现成信息、需要另外制作所以无法提供的有几件？", E("sy", "r.unable.needs_creation.total")),
            ("淮安市2024年这一项是多少？", E("ha", "r.unable.needs_creation.total")),
            ("洪泽区2023年呢？", E("hz23", "r.unable.needs_creation.total")),
            ("上海市府办2025年的呢？", E("sh25", "r.unable.needs_creation.total")),
        ], "[followup] body-switch: 另行制作 沭阳 2025 -> 淮安 2024 -> 洪泽区 2023 -> 上海市府办 2025"),
    ]


# ============================================================== follow-ups (en)
def followups_en():
    return [
        F("en", [
            ("How many new disclosure requests did Shuyang County log in 2025 according to its table (new ones only)?",
             E("sy", "r.received.total")),
            ("And how many were carried over into 2025 from the previous report period?", E("sy", "r.carried_over.total")),
            ("So both together?", E("sy", ["r.received.total", "r.carried_over.total"],
                                    alt=("共受理政府信息公开申请 749", 749))),
            ("And how many of all that were still open when 2025 ended?",
             E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
        ], "[followup] row-switch add-up: 沭阳 新收 -> 上年结转 -> 之和 (= text 749) -> 结转下年"),
        F("en", [
            ("In 2024, how many administrative licensing decisions did the Huai'an city government report?",
             E("ha", "c.licensing.decisions")),
            ("What about administrative penalties?", E("ha", "c.punishment.decisions")),
            ("And coercive measures?", E("ha", "c.coercion.decisions")),
        ], "[followup] row-switch: 淮安 行政许可 -> 行政处罚 -> 行政强制"),
        F("en", [
            ("Hongze District, 2024: how many requests ended with 'we don't hold that information'?",
             E("hz24", "r.unable.not_held.total")),
            ("Same category for 2023?", E("hz23", "r.unable.not_held.total")),
            ("Which of the two years had more of those, and by how many?",
             ED("hz23", "hz24", "r.unable.not_held.total")),
        ], "[followup] year-switch compare-years: 洪泽区 不掌握 2024 -> 2023 -> difference"),
        F("en", [
            ("For the Shanghai municipal government's General Office in 2025, how many requests were carried forward into the next year?",
             E("sh25", "r.carried_forward.total")),
            ("And in its 2019 report?", E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
            ("How much did that grow between the two reports?", ED("sh19", "sh25", "r.carried_forward.total")),
        ], "[followup] year-switch compare-years: 上海市府办 结转下年 2025 -> 2019 -> difference"),
        F("en", [
            ("How many requests did Huai'an's city government partially grant in 2024?",
             E("ha", "r.partially_granted.total")),
            ("Of those, how many came from businesses?", E("ha", "r.partially_granted.commercial")),
            ("And from private individuals?", E("ha", "r.partially_granted.natural_person")),
            ("Put the businesses and the individuals together?",
             E("ha", ["r.partially_granted.commercial", "r.partially_granted.natural_person"])),
        ], "[followup] of-those column-switch add-up: 淮安 部分公开 -> 商业企业 -> 自然人 -> 之和"),
        F("en", [
            ("In 2019, how many requests did the Shanghai General Office get from organisations rather than individuals?",
             E("sh19", "r.received.legal_person")),
            ("Does that count legal-aid or law firms? How many came from them?", E("sh19", "r.received.legal_services")),
            ("Then just the companies?", E("sh19", "r.received.commercial")),
        ], "[followup] check-then-narrow of-those: 上海市府办 2019 法人或其他组织 -> 法律服务机构 -> 商业企业"),
        F("en", [
            ("How many normative documents did Shuyang County repeal in 2025?", E("sy", "c.normative_docs.repealed")),
            ("Sorry, I meant the ones still in force.", E("sy", "c.normative_docs.in_force")),
        ], "[followup] self-correction column-switch: 沭阳 规范性文件 废止 -> 现行有效"),
        F("en", [
            ("Huai'an 2024: among lawsuits filed straight to court with no reconsideration first, how many ended with the decision upheld?",
             E("ha", "a.litigation_direct.upheld")),
            ("And among suits filed after a reconsideration?", E("ha", "a.litigation_after_review.upheld")),
            ("Add those two up for me.", E("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
                                           alt=("结果维持 25", 25))),
        ], "[followup] group-switch add-up: 淮安 直接起诉维持 -> 复议后起诉维持 -> 之和 (= text 25)"),
        F("en", [
            ("How many press conferences did the Huai'an city government hold in 2024?",
             EN("ha", "新闻发布会 12", 12, "场")),
            ("And how many policy interpretations did it produce?", EN("ha", "政策解读21", 21, "个")),
            ("In that year's table, how many requests were withheld as process (deliberative) information?",
             E("ha", "r.withheld.process_info.total")),
        ], "[followup] narrative-then-table: 淮安 发布会 -> 政策解读 -> 过程性信息"),
        F("en", [
            ("How many requests did Hongze District grant in full in 2024?", E("hz24", "r.granted.total")),
            ("What share of those concerned land acquisition or demolition?",
             EU("the report does not break requests down by topic")),
        ], "[followup] ends-unanswerable: 洪泽区 2024 予以公开 -> by topic"),
        F("en", [
            ("How many disclosure-related administrative reconsideration cases did Shuyang County have in 2025?",
             E("sy", "a.review.total")),
            ("What about Huai'an in 2024?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
            ("And the Jianxi District government office in 2020?", E("jx", "a.review.total")),
        ], "[followup] body-switch: 复议总计 沭阳 2025 -> 淮安 2024 -> 涧西 2020"),
        F("en", [
            ("How many new requests did the Shanghai Science and Technology Commission receive in 2024?",
             E("kw", "r.received.total", alt=("收到政府信息公开申请 34", 34))),
            ("How many were carried over from 2023?",
             E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
            ("And how many did it handle overall?", E("kw", "r.total_processed.total")),
        ], "[followup] row-switch: 上海市科委 新收 -> 上年结转 -> 办理总计"),
        F("en", [
            ("The Jianxi District office's 2020 report mentions pilot areas for standardising grassroots disclosure. How many?",
             EN("jx", "26个试点领域标准指引", 26, "个", frm="对照")),
            ("Into how many fields did it sort the listed matters?", EN("jx", "共21个领域", 21, "个", frm="对照")),
            ("Per its table, how many normative documents were newly made in 2020?", E("jx", "c.normative_docs.made")),
        ], "[followup] narrative-then-table: 涧西 26 试点领域 -> 21 领域 -> 规范性文件 新制作"),
        F("en", [
            ("How many policy interpretations did the Shanghai General Office publish on its portal in 2019?",
             EN("sh19", "政策解读共132件", 132, "件")),
            ("How many issues of the municipal gazette came out that year?", EN("sh19", "共编发公报24期", 24, "期")),
            ("And how many regulations were newly made, per the table?",
             E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
        ], "[followup] narrative-then-table: 上海市府办 2019 解读 132 -> 公报 24 期 -> 规章 新制作"),
        F("en", [
            ("Did Hongze District grant any requests in full in 2023? How many?", E("hz23", "r.granted.total")),
            ("And in 2024?", E("hz24", "r.granted.total")),
            ("How big was the jump?", ED("hz23", "hz24", "r.granted.total")),
        ], "[followup] year-switch compare-years: 洪泽区 予以公开 2023 -> 2024 -> difference"),
        F("en", [
            ("How many petition-or-complaint type requests did the Shanghai General Office decline to process in 2025?",
             E("sh25", "r.not_processed.petition.total")),
            ("And repeat requests?", E("sh25", "r.not_processed.duplicate.total")),
            ("Both together?", E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ], "[followup] row-switch add-up: 上海市府办 2025 信访类 -> 重复申请 -> 之和"),
        F("en", [
            ("In Huai'an's 2024 report, how many requests got the answer that the government doesn't hold the information?",
             E("ha", "r.unable.not_held.total")),
            ("How many of those came from law firms or other legal service providers?",
             E("ha", "r.unable.not_held.legal_services")),
            ("And from companies?", E("ha", "r.unable.not_held.commercial")),
        ], "[followup] of-those column-switch: 淮安 不掌握 -> 法律服务机构 -> 商业企业"),
        F("en", [
            ("How many of Shuyang County's 2025 requests were refused disclosure (不予公开) altogether?",
             E("sy", "r.withheld.total")),
            ("Does that include the ones where the county simply didn't have the information? If not, how many were those?",
             E("sy", "r.unable.not_held.total")),
            ("Back to the refusals: how many were internal-affairs information?",
             E("sy", "r.withheld.internal_affairs.total")),
        ], "[followup] check-then-narrow row-switch: 沭阳 不予公开 -> 不掌握 -> 内部事务"),
        F("en", [
            ("Shanghai General Office, 2019: duplicate requests it declined to process, from companies?",
             E("sh19", "r.not_processed.duplicate.commercial")),
            ("My mistake, I meant from individuals.", E("sh19", "r.not_processed.duplicate.natural_person")),
        ], "[followup] self-correction column-switch: 上海市府办 2019 重复申请 商业企业 -> 自然人"),
        F("en", [
            ("How many disclosure-related reconsideration cases did the Shanghai General Office face in 2025?",
             E("sh25", "a.review.total")),
            ("How many of them were brought by lawyers acting for clients?",
             EU("the appeals table does not break cases down by who filed them")),
        ], "[followup] ends-unanswerable: 上海市府办 2025 复议 -> by filer"),
        F("en", [
            ("Hongze District's administrative coercion decisions in 2023?", E("hz23", "c.coercion.decisions")),
            ("How about in 2024?", E("hz24", "c.coercion.decisions")),
            ("Which year was higher, and by how much did it change?", ED("hz23", "hz24", "c.coercion.decisions")),
            ("Which township had the most coercion decisions in 2024?",
             EU("the report gives a district-wide count only")),
        ], "[followup] year-switch compare-years ends-unanswerable: 洪泽区 行政强制 2023 -> 2024 -> difference -> by township"),
        F("en", [
            ("How many original short videos did Shuyang County push out in 2025?", EN("sy", "短视频1113个", 1113, "个")),
            ("And how many news pieces did it put together?", EN("sy", "新闻稿件2606", 2606, "篇")),
            ("Per the table, how many administrative licensing decisions were made that year?",
             E("sy", "c.licensing.decisions")),
        ], "[followup] narrative-then-table: 沭阳 短视频 -> 新闻稿件 -> 行政许可"),
        F("en", [
            ("How many Huai'an requests in 2024 were closed under 'other handling'?", E("ha", "r.other.total")),
            ("How many of those were because the applicant never supplied the missing details in time?",
             E("ha", "r.other.overdue_correction.total")),
            ("And because the fee wasn't paid?", E("ha", "r.other.overdue_fee.total")),
            ("What's left in the catch-all 'other' sub-item?", E("ha", "r.other.other.total")),
        ], "[followup] of-those row-switch: 淮安 其他处理 -> 逾期不补正 -> 逾期未缴费 -> 其他"),
        F("en", [
            ("Did the Shanghai Science and Technology Commission face any disclosure-related administrative reconsideration in 2024? How many?",
             EN("kw", "1 件涉及", 1, "件")),
            ("And lawsuits?", EN("kw", "涉及的行政诉讼数为", 0, "件")),
            ("How many normative documents did it issue?",
             E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
        ], "[followup] narrative-then-table: 上海市科委 复议 1 -> 诉讼 0 -> 规范性文件 制发"),
        F("en", [
            ("How many applications did the Jianxi District government office finish in 2020?",
             E("jx", "r.total_processed.total", alt=("办结15件", 15))),
            ("Does that include the ones still being worked on? How many were open at year end?",
             E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
            ("Of the finished ones, how many were granted?", E("jx", "r.granted.total")),
        ], "[followup] check-then-narrow row-switch: 涧西 办结 -> 在办 -> 予以公开"),
        F("en", [
            ("Shanghai General Office 2019: how many lawsuits went straight to court without reconsideration?",
             E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
            ("How many of those were upheld?", E("sh19", "a.litigation_direct.upheld")),
            ("And how many reconsiderations were still pending?", E("sh19", "a.review.pending")),
        ], "[followup] of-those group-switch: 上海市府办 2019 直接起诉 -> 维持 -> 复议未审结"),
        F("en", [
            ("How much did Hongze District collect in administrative fees in 2024, in 10,000 yuan?",
             M("hz24", "c.fees.amount")),
            ("And the Huai'an city government in 2024?", M("ha", "c.fees.amount")),
            ("Shuyang County in 2025?", M("sy", "c.fees.amount")),
        ], "[followup] body-switch: 收费金额 洪泽区 2024 -> 淮安 2024 -> 沭阳 2025"),
        F("en", [
            ("Hongze District 2023: how many administrative reconsiderations were upheld?", E("hz23", "a.review.upheld")),
            ("How many were corrected?", E("hz23", "a.review.corrected")),
            ("Any suits filed after reconsideration that were upheld?", E("hz23", "a.litigation_after_review.upheld")),
        ], "[followup] row-switch group-switch: 洪泽区 2023 复议维持 -> 纠正 -> 复议后起诉维持"),
        F("en", [
            ("How many requests did Shuyang County carry forward at the end of 2025?",
             E("sy", "r.carried_forward.total", alt=("结转下一年 31", 31))),
            ("And how many had come in as carry-overs at the start of 2025?", E("sy", "r.carried_over.total")),
            ("How many did it handle overall that year?", E("sy", "r.total_processed.total", alt=("共办理 718", 718))),
        ], "[followup] row-switch: 沭阳 结转下年 -> 上年结转 -> 办理总计"),
        F("en", [
            ("Per the Shanghai General Office's 2025 report, how many languages does the Shanghai international services portal cover?",
             EN("sh25", "10 个语种", 10, "个")),
            ("How many applicants withdrew their requests?", EN("sh25", "主动撤回 157", 157, "件")),
            ("And how many requests were granted in full, per the table?", E("sh25", "r.granted.total")),
        ], "[followup] narrative-then-table: 上海市府办 2025 语种 -> 撤回 -> 予以公开"),
        F("en", [
            ("How many requests did Huai'an's government refuse in 2024 because disclosure would endanger security or stability?",
             E("ha", "r.withheld.security_stability.total")),
            ("Which specific projects were those about?", EU("the report gives counts only, not the subjects of requests")),
        ], "[followup] ends-unanswerable: 淮安 三安全一稳定 -> subjects"),
        F("en", [
            ("Shanghai General Office 2019: requests from individuals that couldn't be met because the information would have to be newly created?",
             E("sh19", "r.unable.needs_creation.natural_person")),
            ("And individuals' requests still unclear after correction?", E("sh19", "r.unable.unclear.natural_person")),
            ("Add them up?", E("sh19", ["r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"])),
        ], "[followup] row-switch add-up: 上海市府办 2019 另行制作 -> 补正后不明确 -> 之和"),
        F("en", [
            ("How many followers did the STCSM WeChat account have, according to the commission's 2024 report?",
             EN("kw", "1016823", 1016823, "人")),
            ("How many livestreams did it run?", EN("kw", "直播 118", 118, "场")),
            ("And how many requests were granted, per its 2024 table?",
             E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
        ], "[followup] narrative-then-table: 上海市科委 关注人数 -> 直播 -> 予以公开"),
        F("en", [
            ("How many normative documents did Hongze District issue in 2024?", E("hz24", "c.normative_docs.issued")),
            ("And in 2023?", E("hz23", "c.normative_docs.issued")),
            ("What's the difference between those two years?", ED("hz23", "hz24", "c.normative_docs.issued")),
        ], "[followup] year-switch compare-years: 洪泽区 规范性文件 制发 2024 -> 2023 -> difference"),
        F("en", [
            ("For Shuyang County in 2025, how many reconsiderations were still pending?", E("sy", "a.review.pending")),
            ("And suits filed after reconsideration that were still pending?",
             E("sy", "a.litigation_after_review.pending")),
            ("Combined?", E("sy", ["a.review.pending", "a.litigation_after_review.pending"])),
        ], "[followup] group-switch add-up: 沭阳 复议未审结 -> 复议后起诉未审结 -> 之和"),
        F("en", [
            ("Huai'an 2024: how many requests were granted fully or partly, taken together?",
             E("ha", ["r.granted.total", "r.partially_granted.total"])),
            ("Hang on, does that first figure already include partial grants? Give me the full grants only.",
             E("ha", "r.granted.total")),
            ("Of the full grants, how many went to legal service institutions?", E("ha", "r.granted.legal_services")),
        ], "[followup] check-then-narrow of-those: 淮安 予以公开+部分公开 -> 予以公开 -> 法律服务机构"),
        F("en", [
            ("How many requests carried over from earlier did the Shanghai General Office have in 2025?",
             E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
            ("And Shuyang County in 2025?", E("sy", "r.carried_over.total")),
            ("Huai'an city in 2024?", E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
        ], "[followup] body-switch: 上年结转 上海市府办 2025 -> 沭阳 2025 -> 淮安 2024"),
        F("en", [
            ("How many requests did individuals file with the Jianxi District office in 2020?",
             E("jx", "r.received.natural_person")),
            ("How many of those were submitted online versus on paper?",
             EU("the report does not split requests by channel")),
        ], "[followup] ends-unanswerable: 涧西 自然人新收 -> by channel"),
        F("en", [
            ("Shanghai General Office, 2019: reconsiderations still pending?", E("sh19", "a.review.pending")),
            ("In 2025?", E("sh25", "a.review.pending")),
            ("How did it change between those years?", ED("sh19", "sh25", "a.review.pending")),
        ], "[followup] year-switch compare-years: 上海市府办 复议未审结 2019 -> 2025 -> difference"),
        F("en", [
            ("Shuyang 2025: how many requests were withheld to protect third-party rights?",
             E("sy", "r.withheld.third_party.total")),
            ("And because they were administrative enforcement files?", E("sy", "r.withheld.enforcement_files.total")),
            ("And because they were administrative-query matters?", E("sy", "r.withheld.admin_query.total")),
            ("Add those three grounds up.", E("sy", ["r.withheld.third_party.total", "r.withheld.enforcement_files.total",
                                                     "r.withheld.admin_query.total"])),
        ], "[followup] row-switch add-up: 沭阳 第三方 -> 执法案卷 -> 行政查询 -> 三项之和"),
        F("en", [
            ("How many executive meetings did Hongze District make public in 2024?", EN("hz24", "常务会议 7", 7, "期")),
            ("And how many interpretation items were released?", EN("hz24", "解读信息发布 7", 7, "条")),
            ("Table-wise, how many licensing decisions were there?", E("hz24", "c.licensing.decisions")),
        ], "[followup] narrative-then-table: 洪泽区 2024 常务会议 -> 解读 -> 行政许可"),
        F("en", [
            ("How many requests did organisations in the 'other' column file with Huai'an in 2024?",
             E("ha", "r.received.other_org")),
            ("Oops, I meant the legal-services column.", E("ha", "r.received.legal_services")),
        ], "[followup] self-correction column-switch: 淮安 新收 其他 -> 法律服务机构"),
        F("en", [
            ("What share of municipal government documents did the Shanghai General Office proactively disclose in 2019?",
             EN("sh19", "90.2%", 90.2, "%")),
            ("How does that compare with other provinces?",
             EU("the report gives no figures for other provinces")),
        ], "[followup] ends-unanswerable: 上海市府办 2019 主动公开率 -> other provinces"),
        F("en", [
            ("STCSM 2024: how many normative documents were in force?", E("kw", "c.normative_docs.in_force")),
            ("And how many licensing decisions did it make?", E("kw", "c.licensing.decisions")),
            ("Any penalty decisions?", E("kw", "c.punishment.decisions")),
        ], "[followup] row-switch: 上海市科委 规范性文件 现行有效 -> 行政许可 -> 行政处罚"),
        F("en", [
            ("How many requests did Shuyang County handle in total in 2025?",
             E("sy", "r.total_processed.total", alt=("共办理 718", 718))),
            ("Of those, how many were from individuals?", E("sy", "r.total_processed.natural_person")),
            ("And from legal service institutions?", E("sy", "r.total_processed.legal_services")),
        ], "[followup] of-those column-switch: 沭阳 办理总计 -> 自然人 -> 法律服务机构"),
        F("en", [
            ("How many municipal regulations did Huai'an issue in 2024?",
             E("ha", "c.regulations.issued", alt=("规章 1 件", 1))),
            ("How many are currently in force?", E("ha", "c.regulations.in_force")),
            ("And how many normative documents were repealed?", E("ha", "c.normative_docs.repealed")),
        ], "[followup] column-switch row-switch: 淮安 规章 制发 -> 现行有效 -> 规范性文件 废止"),
        F("en", [
            ("How many requests from private individuals did Hongze District receive in 2023?",
             E("hz23", "r.received.natural_person")),
            ("How many of those applicants were over 60?", EU("the report does not give applicants' ages")),
        ], "[followup] ends-unanswerable: 洪泽区 2023 自然人新收 -> by age"),
        F("en", [
            ("Shanghai General Office 2025: how many requests were granted in full?", E("sh25", "r.granted.total")),
            ("How many hit 'we don't hold it'?", E("sh25", "r.unable.not_held.total")),
            ("And how many would have needed new documents to be created?", E("sh25", "r.unable.needs_creation.total")),
        ], "[followup] row-switch: 上海市府办 2025 予以公开 -> 不掌握 -> 另行制作"),
        F("en", [
            ("Jianxi District office, 2020: cumulative number of normative documents published?",
             E("jx", "c.normative_docs.total_published")),
            ("How about its centralized procurement amount, in 10,000 yuan?", M("jx", "c.procurement.amount")),
            ("And how many procurement projects were there?", E("jx", "c.procurement.projects")),
        ], "[followup] row-switch column-switch: 涧西 规范性文件 总数 -> 采购金额 -> 采购项目"),
        F("en", [
            ("Huai'an 2024: how many reconsiderations were still pending at year end?",
             E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
            ("And direct lawsuits still pending?", E("ha", "a.litigation_direct.pending")),
            ("Lawsuits after reconsideration still pending?", E("ha", "a.litigation_after_review.pending")),
        ], "[followup] group-switch: 淮安 未审结 复议 -> 直接起诉 -> 复议后起诉"),
        F("en", [
            ("How many outdated items did Shuyang County clear from its sites in 2025?",
             EN("sy", "过期信息697", 697, "条")),
            ("How many broken links did it fix?", EN("sy", "失效链接43", 43, "处")),
            ("Which websites had the most broken links?", EU("the report gives only the total, not a per-site breakdown")),
        ], "[followup] ends-unanswerable: 沭阳 过期信息 (text) -> 失效链接 (text) -> per site"),
        F("en", [
            ("Hongze District's administrative penalty decisions in 2023?", E("hz23", "c.punishment.decisions")),
            ("Now the 2024 report?", E("hz24", "c.punishment.decisions")),
            ("What's the change from 2023 to 2024?", ED("hz23", "hz24", "c.punishment.decisions")),
        ], "[followup] year-switch compare-years: 洪泽区 行政处罚 2023 -> 2024 -> difference"),
    ]


# ============================================================== plain values
def plain():
    z, e = "zh", "en"
    return [
        V(z, "ha", "r.withheld.state_secret.total", "淮安市政府24年有几件申请因为涉及国家秘密被拒绝公开？", "[plain] 国家秘密"),
        V(z, "ha", "r.withheld.prohibited_by_law.total", "淮安市人民政府2024年以“其他法律行政法规禁止公开”为由不公开的有多少件？", "[plain] 法律法规禁止"),
        V(z, "ha", "r.withheld.third_party.total", "淮安2024年为了保护第三方合法权益而没公开的申请是几件？", "[plain] 第三方"),
        V(z, "ha", "r.withheld.enforcement_files.total", "2024年淮安市政府有几件申请因为要的是行政执法案卷被拒了？", "[plain] 执法案卷"),
        V(z, "ha", "r.unable.unclear.total", "淮安市2024年有没有申请补正以后还是说不清要什么、最后没法提供的？几件？", "[plain] 补正后仍不明确"),
        V(z, "ha", "r.not_processed.reconfirm.total", "淮安市政府2024年，要求确认或者重新出具已经拿到的信息、因此不予处理的有几件？", "[plain] 要求确认或重新出具"),
        V(z, "ha", "c.normative_docs.in_force", "截至2024年底，淮安市现行有效的行政规范性文件还有多少件？", "[plain] 规范性文件 现行有效"),
        V(z, "ha", "r.total_processed.natural_person", "淮安市政府2024年办完的申请里，个人申请的一共多少件？", "[plain] 办理总计 自然人"),
        V(z, "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费收了多少（万元）？", "[plain] 收费金额", unit=WAN),
        V(z, "hz23", "r.not_processed.petition.total", "洪泽2023年有几件申请被认定是信访举报投诉类、没作处理？", "[plain] 信访类不予处理"),
        V(z, "hz23", "c.normative_docs.repealed", "洪泽区2023年废止了几件行政规范性文件？", "[plain] 规范性文件 废止"),
        V(z, "hz24", "c.coercion.decisions", "二〇二四年洪泽区作出的行政强制决定一共几件？", "[plain] 行政强制 (text row)"),
        V(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可处理决定有多少件？", "[plain] 行政许可"),
        V(z, "sy", "r.withheld.security_stability.total", "沭阳2025年因为可能危及“三安全一稳定”而不公开的有几件？", "[plain] 三安全一稳定"),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳县政府2025年重复申请、不予处理的有多少件？", "[plain] 重复申请"),
        V(z, "sy", "r.received.legal_services", "2025年沭阳县收到的申请里，律所等法律服务机构提的有几件？", "[plain] 新收 法律服务机构"),
        V(z, "sy", "c.normative_docs.repealed", "沭阳县2025年废止的行政规范性文件几件？", "[plain] 规范性文件 废止"),
        V(z, "sy", "a.litigation_after_review.total", "沭阳县2025年先复议、后起诉的行政诉讼案件有多少件？", "[plain] 复议后起诉 总计"),
        V(z, "sh19", "r.received.natural_person", "2019年给上海市政府办公厅递信息公开申请的自然人有多少件？", "[plain] 新收 自然人"),
        V(z, "sh19", "r.withheld.admin_query.natural_person", "上海市府办2019年，自然人申请中因属于行政查询事项不予公开的有几件？", "[plain] 行政查询 自然人"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年有多少件个人申请被当成信访举报投诉类不予处理？", "[plain] 信访类 自然人"),
        V(z, "sh19", "r.total_processed.commercial", "2019年上海市府办办结的申请中，商业企业提的有几件？", "[plain] 办理总计 商业企业"),
        V(z, "sh25", "r.received.commercial", "上海市政府办公厅2025年收到企业提交的信息公开申请多少件？", "[plain] 新收 商业企业 (text row)"),
        V(z, "sh25", "a.litigation_after_review.total", "上海市府办2025年经复议后被起诉的案件一共几件？", "[plain] 复议后起诉 (text row)"),
        V(z, "sh25", "r.total_processed.total", "上海市政府办公厅2025年全年办结了多少件申请？", "[plain] 办理总计 (text row)",
          alt=("办结 1191", 1191)),
        V(z, "kw", "c.normative_docs.in_force", "上海科委到2024年底还有效的规范性文件有多少件？", "[plain] 规范性文件 现行有效 (text row)"),
        V(z, "kw", "r.total_processed.total", "市科委2024年一共办理了多少件信息公开申请（表格里的总计）？", "[plain] 办理总计 (text row)"),
        V(z, "jx", "r.granted.natural_person", "涧西区政府办2020年给个人申请予以公开的有几件？", "[plain] 予以公开 自然人"),
        V(z, "jx", "a.litigation_after_review.total", "涧西区政府办2020年复议后被起诉的案子有几件？", "[plain] 复议后起诉"),
        V(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目数是多少？", "[plain] 采购项目数"),
        V(e, "ha", "r.granted.commercial", "How many requests from businesses did the Huai'an city government grant in full in 2024?", "[plain] granted commercial"),
        V(e, "ha", "r.withheld.internal_affairs.total", "In 2024, how many requests did Huai'an turn down as internal-affairs information?", "[plain] internal affairs"),
        V(e, "ha", "r.unable.needs_creation.total", "Huai'an, 2024: how many requests couldn't be met because the data would have had to be compiled from scratch?", "[plain] needs creation"),
        V(e, "ha", "r.not_processed.duplicate.total", "How many repeat applications did Huai'an's municipal government decline to handle in 2024?", "[plain] duplicate"),
        V(e, "ha", "r.other.overdue_fee.total", "In 2024, how many Huai'an requests were dropped because the applicant didn't pay the processing fee on time?", "[plain] overdue fee"),
        V(e, "ha", "a.review.upheld", "How many disclosure reconsideration cases against Huai'an ended with the original decision upheld in 2024?", "[plain] review upheld",
          alt=("结果维持 72", 72)),
        V(e, "ha", "c.coercion.decisions", "Number of administrative coercion decisions reported by Huai'an for 2024?", "[plain] coercion"),
        V(e, "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze District make in 2023?", "[plain] licensing"),
        V(e, "hz23", "r.unable.needs_creation.total", "Hongze District 2023: requests it couldn't fulfil because the info didn't exist in ready form?", "[plain] needs creation"),
        V(e, "hz23", "r.withheld.process_info.total", "In 2023, how many of Hongze District's requests were refused as deliberative/process information?", "[plain] process info"),
        V(e, "hz24", "c.fees.amount", "What administrative fee revenue (in 10,000 yuan) did Hongze District report for 2024?", "[plain] fees (text row)", unit=WAN),
        V(e, "hz24", "a.litigation_direct.total", "Hongze District, FY2024: number of lawsuits filed directly without reconsideration?", "[plain] direct litigation (text row)"),
        V(e, "sy", "c.fees.amount", "How much did Shuyang County take in from administrative fees in 2025 (10,000-yuan units)?", "[plain] fees", unit=WAN),
        V(e, "sy", "r.granted.natural_person", "How many requests from individuals did Shuyang County grant in full in 2025?", "[plain] granted natural person"),
        V(e, "sy", "r.other.overdue_correction.total", "Shuyang 2025: how many requests lapsed because applicants didn't supply corrections in time?", "[plain] overdue correction"),
        V(e, "sy", "a.review.other", "In 2025, how many of Shuyang County's disclosure reconsiderations ended with an 'other' outcome?", "[plain] review other"),
        V(e, "sy", "r.withheld.admin_query.total", "How many of Shuyang's 2025 requests were refused as administrative-query matters?", "[plain] admin query"),
        V(e, "sy", "c.punishment.decisions", "What's Shuyang County's count of administrative penalty decisions for 2025?", "[plain] penalties"),
        V(e, "sh19", "r.received.commercial", "How many requests did companies send the Shanghai General Office in 2019?", "[plain] received commercial"),
        V(e, "sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019: company requests it couldn't meet because the info would need to be created?", "[plain] needs creation commercial"),
        V(e, "sh19", "c.procurement.amount", "How much did the Shanghai General Office spend on centralized procurement in 2019, in units of 10,000 yuan?", "[plain] procurement amount", unit=WAN),
        V(e, "sh19", "a.litigation_direct.upheld", "In 2019, how many direct lawsuits over disclosure at the Shanghai General Office ended with the decision upheld?", "[plain] direct litigation upheld"),
        V(e, "sh25", "r.carried_over.natural_person", "How many individuals' requests had the Shanghai General Office carried over into 2025?", "[plain] carried over natural person (text row)"),
        V(e, "sh25", "r.unable.not_held.total", "In 2025, how often did the Shanghai General Office reply that it does not hold the requested information?", "[plain] not held (text row)"),
        V(e, "sh25", "r.not_processed.petition.total", "Shanghai General Office, 2025: requests set aside as petitions or complaints?", "[plain] petition (text row)"),
        V(e, "kw", "r.received.natural_person", "How many requests did private individuals send the Shanghai Science and Technology Commission in 2024?", "[plain] received natural person (text row)"),
        V(e, "kw", "c.normative_docs.issued", "How many normative documents did STCSM put out in 2024?", "[plain] normative issued (text row)",
          alt=("行政规范性文件 13", 13)),
        V(e, "jx", "r.unable.not_held.natural_person", "Jianxi District office, 2020: individuals' requests answered with 'we don't hold this'?", "[plain] not held natural person"),
        V(e, "jx", "c.normative_docs.published", "How many normative documents did the Jianxi District government office newly publish in 2020?", "[plain] normative published"),
        V(e, "jx", "a.review.upheld", "In 2020, how many reconsideration cases against the Jianxi District office were upheld?", "[plain] review upheld"),
    ]


# ============================================================== sums and differences
def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total"],
          "淮安2024年因法律法规禁止、危及“三安全一稳定”、保护第三方权益这三种理由不予公开的，合计多少件？",
          "[combine] sum of 3 withheld rows"),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "沭阳县2025年信访举报投诉类和重复申请这两类不予处理的，加起来几件？", "[combine] sum of 2 rows"),
        S(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "把洪泽区2023年无法提供的三种情形（不掌握、需另行制作、补正后仍不明确）加总是多少？", "[combine] sum of 3 rows"),
        S(z, "sh19", cols("not_processed"),
          "上海市政府办公厅2019年不予处理的申请，把所有类型的申请人都算上一共多少件？",
          "[combine] sum of the six columns (printed 总计 blank)",
          printed_total=["r.not_processed.total"], alt=("不予处理158件", 158)),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年复议、直接起诉、复议后起诉三类案件总共几件？", "[combine] sum of 3 appeals groups"),
        S(z, "sy", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                    "r.received.legal_services", "r.received.other_org"],
          "沭阳县2025年新收申请里，商业企业、科研机构、社会公益组织、法律服务机构和其他组织这五栏合计是多少？",
          "[combine] sum of 5 organisation columns", alt=("法人或其他组织申请 8", 8)),
        S(e, "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Add up Huai'an's 2024 licensing, penalty and coercion decisions: what's the total?", "[combine] sum of 3 active rows"),
        S(e, "sh25", ["r.received.total", "r.carried_over.total"],
          "For the Shanghai General Office in 2025, new requests plus those carried over: what's the combined caseload?",
          "[combine] sum of 2 rows (text rows)"),
        S(e, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total",
                    "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                    "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
          "Summing all eight refusal grounds, how many of Shuyang County's 2025 requests were withheld?", "[combine] sum of 8 withheld rows"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Hongze District 2024: reconsiderations, direct lawsuits and post-reconsideration lawsuits, all added together?",
          "[combine] sum of 3 appeals groups (text row)"),
        S(e, "sh19", cols("granted"),
          "Shanghai General Office 2019: full grants across every applicant type, added up?",
          "[combine] sum of the six columns (printed 总计 blank)", printed_total=["r.granted.total"]),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定，2024年比2023年变化了多少件？", "[combine] difference 2023 -> 2024"),
        D(z, "hz23", "hz24", "a.litigation_direct.total", "洪泽区直接起诉的行政诉讼，2024年跟2023年比差几件？", "[combine] difference 2023 -> 2024"),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请，2025年比2019年多了多少件？", "[combine] difference 2019 -> 2025"),
        D(z, "sh19", "sh25", "r.total_processed.total", "上海市政府办公厅2019年和2025年办理总计相差多少件？", "[combine] difference 2019 -> 2025"),
        D(e, "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze District's licensing decisions change from 2023 to 2024?", "[combine] difference 2023 -> 2024"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "How did the number of direct lawsuits against the Shanghai General Office change between 2019 and 2025?", "[combine] difference 2019 -> 2025"),
        D(e, "sh19", "sh25", "r.received.commercial", "Requests from companies to the Shanghai General Office: 2025 versus 2019, what's the change?", "[combine] difference 2019 -> 2025"),
    ]


# ============================================================== rankings
def rankings():
    z, e = "zh", "en"
    return [
        C("ranking", z, [("淮安市政府2024年、沭阳县2025年、上海市府办2019年、涧西区政府办2020年，哪家新收的信息公开申请最多？",
                          ER(["ha", "sy", "sh19", "jx"], "r.received.total", "desc"))], "[rank] received desc"),
        C("ranking", z, [("淮安市2024年、沭阳县2025年、涧西区政府办2020年，结转下年度继续办理的申请谁最少？",
                          ER(["ha", "sy", "jx"], "r.carried_forward.total", "asc"))], "[rank] carried forward asc"),
        C("ranking", z, [("淮安市2024年、洪泽区2023年和沭阳县2025年三家，行政处罚决定数哪个最多？",
                          ER(["ha", "hz23", "sy"], "c.punishment.decisions", "desc"))], "[rank] penalties desc"),
        C("ranking", z, [("比一比淮安市2024年、洪泽区2023年、沭阳县2025年的行政事业性收费金额，哪个最低？",
                          ER(["ha", "hz23", "sy"], "c.fees.amount", "asc", unit=WAN))], "[rank] fees asc"),
        C("ranking", z, [("未经复议直接起诉的案件，淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年哪家最多？",
                          ER(["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc"))], "[rank] direct litigation desc"),
        C("ranking", e, [("Among Shuyang County (2025), the Shanghai General Office (2019) and Hongze District (2023), who handled the most requests in total?",
                          ER(["sy", "sh19", "hz23"], "r.total_processed.total", "desc"))], "[rank] total processed desc"),
        C("ranking", e, [("Which had the fewest licensing decisions: Huai'an (2024), Hongze District (2023) or Shuyang County (2025)?",
                          ER(["ha", "hz23", "sy"], "c.licensing.decisions", "asc"))], "[rank] licensing asc"),
        C("ranking", e, [("Rank Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Hongze District 2023 by individuals' requests answered with 'not held': who's on top?",
                          ER(["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc"))], "[rank] not held natural person desc"),
        C("ranking", e, [("Who carried over the most requests from the year before: Huai'an in 2024, Shuyang in 2025, the Shanghai General Office in 2019, or the Jianxi District office in 2020?",
                          ER(["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc"))], "[rank] carried over desc"),
    ]


# ============================================================== narrative numbers
def textonly():
    z, e = "zh", "en"
    return [
        N(z, "sy", "意见征集9期", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？", "[textonly] 意见征集"),
        N(z, "sy", "3044条", 3044, "条", "2025年沭阳县直部门在信息公开页面上发了多少条信息？", "[textonly] 县直部门 发布"),
        N(z, "sy", "专栏33个", 33, "个", "沭阳县2025年在政务新媒体上开了多少个专栏？", "[textonly] 专栏"),
        N(z, "sy", "爆款内容52条", 52, "条", "沭阳2025年政务新媒体出了多少条爆款？", "[textonly] 爆款"),
        N(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的信息公开年报？", "[textonly] 年报单位"),
        N(z, "sy", "催办提示 84", 84, "次", "沭阳县的“倒计时报警器”2025年一共发了多少次催办提示？", "[textonly] 催办提示"),
        N(z, "sy", "化解各类争议纠纷 33", 33, "件", "沭阳县2025年通过办前沟通化解了多少件争议纠纷？", "[textonly] 化解纠纷"),
        N(z, "ha", "3940 元", 3940, "元", "淮安市政府2024年收了多少政府信息公开信息处理费？", "[textonly] 信息处理费 元"),
        N(z, "ha", "全年组织 4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", "[textonly] 全覆盖检查"),
        N(z, "sh25", "人事任免文件 196", 196, "件", "上海市政府办公厅2025年主动公开的人事任免文件有多少件？", "[textonly] 人事任免文件"),
        N(z, "sh25", "公报》24 期", 24, "期", "2025年上海市府办编了几期《上海市人民政府公报》？", "[textonly] 公报期数"),
        N(z, "sh19", "2261项事项", 2261, "项", "上海市政府办公厅2019年的年报里说，“一网通办”统一受理平台接入了多少项事项？", "[textonly] 一网通办 事项"),
        N(z, "kw", "人大代表建议 50", 50, "件", "上海市科委2024年主合办的人大代表建议有多少件？", "[textonly] 人大代表建议"),
        N(e, "jx", "办结率88.2%", 88.2, "%", "What completion rate for requests did the Jianxi District office report for 2020?", "[textonly] completion rate"),
        N(e, "sy", "不规范描述22处", 22, "处", "How many non-standard wordings did Shuyang County correct on its sites in 2025?", "[textonly] wording fixes"),
        N(e, "sy", "错误信息83处", 83, "处", "In 2025, how many erroneous items of various kinds did Shuyang fix on its website?", "[textonly] error fixes"),
        N(e, "sy", "全年公开政策文件4件", 4, "件", "How many policy documents did Shuyang County publish over 2025, per its overview?", "[textonly] policy documents"),
        N(e, "ha", "合格率均", 100, "%", "What pass rate did Huai'an's government new-media accounts get in the province's 2024 quarterly spot checks?", "[textonly] pass rate"),
        N(e, "hz24", "2428", 2428, "条", "How many pieces of government information did Hongze District post on its website platform in 2024?", "[textonly] items posted"),
        N(e, "hz23", "信息处理费 0 元", 0, "元", "How much did Hongze District collect in information-processing fees for disclosure requests in 2023?", "[textonly] processing fee 0"),
        N(e, "sh25", "公开属性审查 166", 166, "件", "How many documents went through disclosure-attribute review at the Shanghai General Office in 2025?", "[textonly] attribute review"),
        N(e, "sh25", "发布审查 330", 330, "件", "In 2025, how many release reviews did the Shanghai General Office complete?", "[textonly] release review"),
        N(e, "sh25", "办事服务指引 403", 403, "项", "How many service guides did Shanghai's international services portal publish, per the General Office's 2025 report?", "[textonly] service guides"),
        N(e, "sh19", "市政府其他文件162件", 162, "件", "Besides regulations and normative documents, how many other municipal government documents did the Shanghai General Office proactively release in 2019?", "[textonly] other documents"),
        N(e, "sh19", "权威发布共计38次", 38, "次", "How many times did the Shanghai General Office issue authoritative releases on executive-meeting topics in 2019?", "[textonly] meeting releases"),
        N(e, "kw", "集成式发布政策 121", 121, "条", "How many policies did STCSM push for integrated release in 2024?", "[textonly] integrated release"),
    ]


# ============================================================== cannot be answered
def cannot():
    z, e = "zh", "en"
    return [
        U(z, "南京市政府2024年收到了多少件政府信息公开申请？", "南京市的报告不在资料里", "[cannot] body not held"),
        U(z, "淮安市政府2023年的政府信息公开行政复议有多少件？", "只有淮安市2024年的报告", "[cannot] year not held"),
        U(z, "沭阳县2024年门户网站主动公开了多少条信息？", "只有沭阳县2025年的报告", "[cannot] year not held"),
        U(z, "洪泽区2024年收到的申请里，女性申请人有多少？", "报告不按性别统计申请人", "[cannot] sex breakdown"),
        U(z, "上海市科委2024年的申请大多涉及哪个科研领域？各多少件？", "报告不按主题拆分申请", "[cannot] topic breakdown"),
        U(z, "涧西区政府办2020年答复一件申请平均要多少天？", "报告不写答复时长", "[cannot] response time"),
        U(z, "淮安市政府2024年搞政务公开花了多少工作经费？", "报告不写工作经费", "[cannot] costs"),
        U(z, "上海市府办2025年哪个月收到的申请最多？", "报告不按月份统计", "[cannot] month breakdown"),
        U(z, "沭阳县2025年哪个乡镇的信息公开申请最多？", "报告不按乡镇拆分", "[cannot] township breakdown"),
        U(z, "上海市政府办公厅2019年专门负责信息公开的工作人员有几个人？", "报告不写人员数", "[cannot] staff"),
        U(z, "帮我估计一下淮安市2025年会收到多少件信息公开申请？", "预测，报告里没有", "[cannot] forecast"),
        U(z, "你个人觉得洪泽区2023年的信息公开工作做得怎么样？打个分吧", "主观评价，报告里没有分数", "[cannot] opinion"),
        U(z, "清江浦区2024年的行政处罚决定有多少件？", "清江浦区的报告不在资料里", "[cannot] body not held"),
        U(z, "沭阳县2025年有个姓张的申请人，他的申请结果是什么？", "个人信息，报告不列申请人", "[cannot] personal data"),
        U(z, "上海市政府办公厅2022年新收了多少件信息公开申请？", "没有上海市府办2022年的报告", "[cannot] year not held"),
        U(z, "涧西区政府办2021年被申请行政复议几件？", "只有涧西区2020年的报告", "[cannot] year not held"),
        U(z, "洪泽区2023年通过信函寄来的申请有几件？", "报告不按提交渠道统计", "[cannot] channel"),
        U(e, "How many disclosure requests did the Suzhou city government receive in 2024?", "no Suzhou report in the corpus", "[cannot] body not held"),
        U(e, "How many disclosure requests did Hongze District receive in 2022?", "only Hongze's 2023 and 2024 reports are held", "[cannot] year not held"),
        U(e, "What was the Shanghai Science and Technology Commission's request count for 2023?", "only the commission's 2024 report is held", "[cannot] year not held"),
        U(e, "For Huai'an in 2024, how many requests concerned housing and demolition?", "no topic breakdown in the report", "[cannot] topic breakdown"),
        U(e, "How many of Shuyang County's 2025 applicants were over 65?", "no age breakdown", "[cannot] age breakdown"),
        U(e, "How many people staff the disclosure desk at the Shanghai General Office in 2025?", "staff numbers are not reported", "[cannot] staff"),
        U(e, "In which month of 2024 did Huai'an receive the most requests?", "no monthly figures", "[cannot] month breakdown"),
        U(e, "How many administrative penalty decisions did Pudong New Area report for 2025?", "no Pudong report in the corpus", "[cannot] body not held"),
        U(e, "Will Shuyang County get more requests in 2026 than it did in 2025?", "a forecast; the report has none", "[cannot] forecast"),
        U(e, "What was the average response time, in days, for requests to the Jianxi District office in 2020?", "response times are not reported", "[cannot] response time"),
        U(e, "How much did the Shanghai General Office spend running its portal website in 2019?", "the report gives no website costs", "[cannot] costs"),
        U(e, "Give me the names of the people whose requests Hongze District refused in 2024.", "personal data; not in the report", "[cannot] personal data"),
        U(e, "How many requests did the Shanghai General Office receive in 2021?", "no 2021 report of the office is held", "[cannot] year not held"),
        U(e, "Which department of the Huai'an city government received the most disclosure requests in 2024?", "no department breakdown", "[cannot] department breakdown"),
        U(e, "For Shuyang County in 2025, how many requests came through the online portal versus by post?", "no channel breakdown", "[cannot] channel"),
        U(e, "What administrative fee revenue did Hangzhou report for 2024?", "no Hangzhou report in the corpus", "[cannot] body not held"),
        U(e, "How many of the STCSM's 2024 requests came from foreign nationals?", "no nationality breakdown", "[cannot] nationality"),
    ]


# ============================================================== neighbouring-cell traps
def neighbours():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年从上一年转过来、在这一年接着办的申请有多少件？",
          "[neighbour] 上年结转 (not 结转下年 103)", alt=("上年度结转申请 34", 34)),
        T(z, "sy", "a.litigation_direct.total", "沭阳县2025年没先申请复议、直接去法院打官司的有几件？",
          "[neighbour] 直接起诉 (not 复议后起诉 10)"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年作废了多少件行政规范性文件？",
          "[neighbour] 废止 (not 制发 8 / 现行有效 66)"),
        T(z, "sh19", "c.normative_docs.total_published", "截至2019年，上海市府办累计对外公开的规范性文件总数是多少？",
          "[neighbour] 对外公开总数量 (not 新制作 60)"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年因为要另外加工制作才能提供、所以没给的有几件？",
          "[neighbour] 另行制作 (not 不掌握 111)"),
        T(e, "ha", "a.review.other", "Huai'an 2024: reconsiderations that ended neither upheld nor corrected, i.e. some other result?",
          "[neighbour] 其他结果 (not 纠正 64)", alt=("其他结果 178", 178)),
        T(e, "sh19", "c.procurement.projects", "How many centralized procurement projects (the count, not the money) did the Shanghai General Office have in 2019?",
          "[neighbour] 采购项目数 (not 金额 25.1)"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: how many requests got only part of what they asked for?",
          "[neighbour] 部分公开 (not 予以公开 294)"),
        T(e, "ha", "r.withheld.process_info.total", "How many Huai'an 2024 requests were refused because the material was still deliberative, process-stage information?",
          "[neighbour] 过程性信息 (not 内部事务 8)"),
    ]


def CONVERSATIONS():
    return (followups_zh() + followups_en() + plain() + combine() + rankings() + textonly()
            + cannot() + neighbours())
