"""Question bank of blind evaluation set 196 (evals/blind196): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers196 (gold/*.json, derived keys per spec/README.md; printed rows of the three reports
without gold through SPECS, the cells blind6's text_cells.json verified; narrative sentences cut
from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib196 as L  # noqa: E402
from helpers196 import C, E, ED, EN, ER, EU  # noqa: E402

# printed cells of the reports without gold: the same specs blind6's text_cells.json verified
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

# text sentences that state the same number as a table cell (question marked ambiguous)
HA_REQ = ("3119", None)            # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = ("行政复议 351", None)     # 复议 351 (72/64/178/37), 诉讼 46
SH19_REQ = ("回落12.3%", None)     # 859 / 805 / 18 / 72
SH19_APP = ("零败诉", None)        # 复议 7, 诉讼 9
SH19_DOC = ("其他文件162", None)   # 规章 13, 行政规范性文件 60
SH25_REQ = ("市政府共受理政府信息公开申请", None)  # 1295 / 1191 / 189
KW_REQ = ("全年收到政府信息公开申请", None)        # 34 / 2
KW_OUT = ("同意公开答复", None)    # 同意公开 9
KW_DOC = ("393 件", None)          # 行政规范性文件 13
JX_REQ = ("办结率", None)          # 17 / 15 / 2
SY_REQ = ("749", None)             # 718 / 31 / 法人或其他组织 8
HZ23_REQ = ("21 件", None)         # 受理 21
HA_DOC = ("政策性文件 11", None)   # 规章 1


def A(src, n):
    """Text alternative: (keyword, number)."""
    return (src[0], n)


def EA(b, keys, src, **kw):
    """Table value whose number the narrative states too (ambiguous, both readings pass)."""
    v = E(b, keys)["value"]
    return E(b, keys, alt=A(src, v), **kw)


MONEY = {"unit": "万元"}


# ------------------------------------------------------------------ conversation makers
def fu(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def plain(lang, e, q, note):
    return C("value", lang, [(q, e)], "[plain] " + note)


def summ(lang, e, q, note):
    return C("sum", lang, [(q, e)], "[combine] " + note)


def diff(lang, e, q, note):
    return C("difference", lang, [(q, e)], "[combine] " + note)


def rank(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def text(lang, e, q, note):
    return C("narrative", lang, [(q, e)], "[textonly] " + note)


def cannot(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def trap(lang, e, q, note):
    return C("trap", lang, [(q, e)], "[neighbour] " + note)


WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


# ------------------------------------------------------------------ follow-ups, Chinese
def followups_zh():
    return [
        fu("zh", [
            ("淮安市政府2024年一共新收了多少件政府信息公开申请？", EA("ha", "r.received.total", HA_REQ)),
            ("这里面以个人名义申请的有多少？", E("ha", "r.received.natural_person")),
            ("企业、律所这些单位加在一起申请了多少件？", E("ha", "r.received.legal_person")),
            ("这些单位里有多少家是外地的？", EU("the report gives no applicant residence")),
        ], "of those: new requests -> natural persons -> all organisations (derived legal_person), end on residence"),
        fu("zh", [
            ("2024年淮安市人民政府的申请里，最终决定予以公开的有几件？", E("ha", "r.granted.total")),
            ("部分公开的又是多少件？", E("ha", "r.partially_granted.total")),
            ("把这两种加起来一共多少？", E("ha", ["r.granted.total", "r.partially_granted.total"])),
            ("公开了的这些里面，有多少是关于房屋征收的？",
             EU("the report does not break requests down by topic")),
        ], "row switch, add up the two rows just given, end on a topic breakdown not printed"),
        fu("zh", [
            ("沭阳县2025年答复予以公开的申请有多少件？", E("sy", "r.granted.total")),
            ("这个数包不包括部分公开？要是不包括，部分公开单独有几件？", E("sy", "r.partially_granted.total")),
        ], "check the figure (does 予以公开 include 部分公开?) then narrow to the other row"),
        fu("zh", [
            ("洪泽区政府2023年行政许可的处理决定数量是多少？", E("hz23", "c.licensing.decisions")),
            ("2024年的年报里这个数字是多少？", E("hz24", "c.licensing.decisions")),
            ("两年相比增加了多少？", ED("hz23", "hz24", "c.licensing.decisions")),
        ], "year switch 洪泽 2023 -> 2024 (text row), then compare the two years"),
        fu("zh", [
            ("上海市人民政府办公厅2019年新收了多少件公开申请？", EA("sh19", "r.received.total", SH19_REQ)),
            ("它2025年的报告里同一个数呢？", EA("sh25", "r.received.total", SH25_REQ)),
            ("哪年更多？多了多少件？", ED("sh19", "sh25", "r.received.total")),
        ], "year switch 上海市府办 2019 -> 2025, then which year was higher and by how much"),
        fu("zh", [
            ("淮安市2024年政府信息公开方面的行政复议一共有多少件？", EA("ha", "a.review.total", HA_APP)),
            ("其中结果被纠正的有几件？", EA("ha", "a.review.corrected", HA_APP)),
            ("那未经复议直接起诉到法院的案子，纠正了几件？", E("ha", "a.litigation_direct.corrected")),
        ], "of those, then appeals group switch (review -> direct lawsuits)"),
        fu("zh", [
            ("沭阳县2025年行政复议尚未审结的有多少件？", E("sy", "a.review.pending")),
            ("复议后又起诉的那部分，还没审结的有几件？", E("sy", "a.litigation_after_review.pending")),
            ("直接起诉的呢，一共有几件？", E("sy", "a.litigation_direct.total")),
        ], "appeals group switch, then outcome column switch"),
        fu("zh", [
            ("淮安市政府2024年商业企业提交的新申请有多少？", E("ha", "r.received.commercial")),
            ("科研机构呢？", E("ha", "r.received.research")),
            ("法律服务机构是多少？", E("ha", "r.received.legal_services")),
        ], "column switch across the organisation columns"),
        fu("zh", [
            ("沭阳县2025年行政处罚作出了多少个决定？", E("sy", "c.punishment.decisions")),
            ("不对，我想问的是行政强制，不是处罚。", E("sy", "c.coercion.decisions")),
        ], "self-correction: row punishment -> coercion"),
        fu("zh", [
            ("洪泽区2024年行政处罚决定有多少？", E("hz24", "c.punishment.decisions")),
            ("哦我搞错了，要的是2023年那份。", E("hz23", "c.punishment.decisions")),
        ], "self-correction of the year (2024 text row -> 2023 gold)"),
        fu("zh", [
            ("沭阳县2025年年报正文里说全年受理了多少件申请？", EN("sy", "749", 749, "件")),
            ("可表三第一行本年新收写的是多少？", E("sy", "r.received.total")),
            ("差的那部分是不是上年结转的？结转过来的有几件？", E("sy", "r.carried_over.total")),
        ], "narrative number (749 includes carry-over) then the table rows of the same body"),
        fu("zh", [
            ("上海市科委2024年通过部门网站发布了多少件政府信息？", EN("kw", "393 件", 393, "件")),
            ("那表二里规范性文件现行有效的有多少件？", E("kw", "c.normative_docs.in_force")),
        ], "narrative number then a table number (text row) of the same body"),
        fu("zh", [
            ("淮安2024年不予公开的申请总共有多少件？", E("ha", "r.withheld.total")),
            ("其中以属于行政查询事项为由的占几件？", E("ha", "r.withheld.admin_query.total")),
            ("以涉及国家秘密为理由拒绝的呢？", E("ha", "r.withheld.state_secret.total")),
            ("这些被拒的申请人都是哪里人？", EU("the report does not give applicants' residence")),
        ], "of those (derived withheld total), row switch, end on residence not printed"),
        fu("zh", [
            ("沭阳县2025年因为各种原因无法提供信息的有多少件？", E("sy", "r.unable.total")),
            ("其中是因为县里本身不掌握这个信息的？", E("sy", "r.unable.not_held.total")),
            ("剩下的是需要另行制作的，那是几件？", E("sy", "r.unable.needs_creation.total")),
            ("补正后申请内容仍不明确的有没有？几件？", E("sy", "r.unable.unclear.total")),
        ], "of those: derived unable total -> its sub-items"),
        fu("zh", [
            ("上海市政府办公厅2025年有多少件申请因为本机关不掌握而无法提供？", E("sh25", "r.unable.not_held.total")),
            ("没有现成信息、需要另外制作的呢？", E("sh25", "r.unable.needs_creation.total")),
            ("两项合计多少？", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "row switch then add up (text rows of 008)"),
        fu("zh", [
            ("上海市府办2025年被当作信访举报投诉类不予处理的申请有几件？", E("sh25", "r.not_processed.petition.total")),
            ("重复申请的呢？", E("sh25", "r.not_processed.duplicate.total")),
            ("这两类合在一起是多少件？",
             E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ], "row switch then add up (text rows of 008; the narrative's 不予处理 80 also counts rows not asked)"),
        fu("zh", [
            ("洪泽区2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
            ("无法提供的呢？一共多少件？", E("hz23", "r.unable.total")),
            ("其中本机关不掌握的有几件？", E("hz23", "r.unable.not_held.total")),
        ], "row switch, then of those"),
        fu("zh", [
            ("涧西区政府办2020年收到了多少件依申请公开？", EA("jx", "r.received.total", JX_REQ)),
            ("最后办完的是多少件？", EA("jx", "r.total_processed.total", JX_REQ)),
            ("没办完、要转到下一年的呢？", EA("jx", "r.carried_forward.total", JX_REQ)),
        ], "row switch; text and table agree (ambiguous)"),
        fu("zh", [
            ("涧西区2020年政府集中采购了多少个项目？", E("jx", "c.procurement.projects")),
            ("采购总金额是多少万元？", E("jx", "c.procurement.amount", **MONEY)),
            ("上海市政府办公厅2019年的采购项目数是多少？", E("sh19", "c.procurement.projects")),
        ], "column switch (projects -> amount), then body and year switch"),
        fu("zh", [
            ("上海市政府办公厅2019年规章对外公开总数是多少？", E("sh19", "c.regulations.total_published")),
            ("规范性文件的对外公开总数呢？", E("sh19", "c.normative_docs.total_published")),
            ("两者一共多少？", E("sh19", ["c.regulations.total_published", "c.normative_docs.total_published"])),
        ], "row switch then add up (2019 template)"),
        fu("zh", [
            ("淮安市政府2024年本年制发的行政规范性文件有几件？", E("ha", "c.normative_docs.issued")),
            ("废止了几件？", E("ha", "c.normative_docs.repealed")),
            ("现行有效的有多少件？", E("ha", "c.normative_docs.in_force")),
            ("换成规章，现行有效的有几件？", E("ha", "c.regulations.in_force")),
        ], "column switch issued -> repealed -> in force, then row switch"),
        fu("zh", [
            ("淮安市2024年行政事业性收费金额是多少？", E("ha", "c.fees.amount", **MONEY)),
            ("沭阳县2025年的收费金额呢？", E("sy", "c.fees.amount", **MONEY)),
        ], "body and year switch, money in 万元"),
        fu("zh", [
            ("上海市府办2019年结转到下一年继续办理的申请有多少件？", EA("sh19", "r.carried_forward.total", SH19_REQ)),
            ("2025年结转下年度的又是多少？", E("sh25", "r.carried_forward.total")),
            ("增加了多少件？", ED("sh19", "sh25", "r.carried_forward.total")),
        ], "year switch then compare"),
        fu("zh", [
            ("上海市政府办公厅2025年被申请行政复议的案件总数是多少？", E("sh25", "a.review.total")),
            ("其中尚未审结的有几件？", E("sh25", "a.review.pending")),
            ("直接起诉的行政诉讼里，还没审结的有几件？", E("sh25", "a.litigation_direct.pending")),
            ("这些复议案件分别是哪些申请人提起的？", EU("the report names no applicants (personal data)")),
        ], "of those, appeals group switch, end on personal data"),
        fu("zh", [
            ("上海市政府办公厅2019年信息公开行政复议总数是多少？", EA("sh19", "a.review.total", SH19_APP)),
            ("2025年的复议总数是多少？", E("sh25", "a.review.total")),
            ("和2019年比多了几件？", ED("sh19", "sh25", "a.review.total")),
        ], "year switch then compare the appeals totals"),
        fu("zh", [
            ("上海科委2024年新收的信息公开申请有几件？", EA("kw", "r.received.total", KW_REQ)),
            ("其中是公民个人申请的有多少？", E("kw", "r.received.natural_person")),
            ("那企业申请的就是剩下的几件吧？具体几件？", E("kw", "r.received.commercial")),
        ], "of those (text rows of 007)"),
        fu("zh", [
            ("市科委2024年办理结果总计是多少件？", E("kw", "r.total_processed.total")),
            ("其中予以公开的有几件？", EA("kw", "r.granted.total", KW_OUT)),
            ("这些公开的件平均用了几个工作日答复的？", EU("the report gives no response times")),
        ], "of those, end on response time not printed"),
        fu("zh", [
            ("洪泽区2024年在政府网站上主动发布了多少条政府信息？", EN("hz24", "2428", 2428, "条")),
            ("表格里这一年行政规范性文件制发了几件？", E("hz24", "c.normative_docs.issued")),
            ("现行有效的呢？", E("hz24", "c.normative_docs.in_force")),
        ], "narrative number then table (text rows of 005), column switch"),
        fu("zh", [
            ("洪泽区2024年因信息公开被申请行政复议的有几件？", E("hz24", "a.review.total")),
            ("行政诉讼里复议后起诉的共有多少件？", E("hz24", "a.litigation_after_review.total")),
            ("那直接起诉的有几件？", E("hz24", "a.litigation_direct.total")),
        ], "appeals group switch (text row of 005)"),
        fu("zh", [
            ("淮安市政府2024年对法律服务机构的申请予以公开了几件？", E("ha", "r.granted.legal_services")),
            ("说错了，我要问的是商业企业那一栏。", E("ha", "r.granted.commercial")),
        ], "self-correction of the column"),
        fu("zh", [
            ("淮安2024年“其他处理”一共有多少件？", E("ha", "r.other.total")),
            ("其中申请人逾期不补正、机关不再处理的有几件？", E("ha", "r.other.overdue_correction.total")),
            ("逾期不交费的呢？", E("ha", "r.other.overdue_fee.total")),
            ("三个小项加起来是多少，跟总数对得上吗？",
             E("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"])),
        ], "of those: derived 2021 other total -> sub-items -> their sum"),
        fu("zh", [
            ("沭阳县2025年因申请人逾期没补正而不再处理的有几件？", E("sy", "r.other.overdue_correction.total")),
            ("归到“其他”那一小项的有多少？", E("sy", "r.other.other.total")),
            ("这一小项里有多少是申请人自己撤回的？", EU("the report does not break down the 其他 sub-item")),
        ], "row switch, end on a breakdown not printed"),
        fu("zh", [
            ("涧西区政府办2020年行政复议结果维持的有几件？", E("jx", "a.review.upheld")),
            ("淮安市政府2024年维持的是多少件？", EA("ha", "a.review.upheld", HA_APP)),
        ], "body and year switch, same cell"),
        fu("zh", [
            ("洪泽区2023年不予公开的共有几件？", E("hz23", "r.withheld.total")),
            ("其中属于行政执法案卷的有几件？", E("hz23", "r.withheld.enforcement_files.total")),
            ("过程性信息的呢？", E("hz23", "r.withheld.process_info.total")),
        ], "of those, row switch"),
        fu("zh", [
            ("沭阳县2025年部分公开的申请中，自然人的有几件？", E("sy", "r.partially_granted.natural_person")),
            ("法律服务机构的呢？", E("sy", "r.partially_granted.legal_services")),
        ], "column switch"),
        fu("zh", [
            ("上海市政府办公厅2019年商业企业提出的新申请有多少件？", E("sh19", "r.received.commercial")),
            ("法律服务机构提出的呢？", E("sh19", "r.received.legal_services")),
            ("两者合计多少？", E("sh19", ["r.received.commercial", "r.received.legal_services"])),
        ], "column switch then add up"),
        fu("zh", [
            ("上海市府办2025年商业企业新提交了多少件申请？", E("sh25", "r.received.commercial")),
            ("同一栏2019年是多少？", E("sh19", "r.received.commercial")),
            ("差了几件？", ED("sh19", "sh25", "r.received.commercial")),
        ], "year switch backwards, then compare"),
        fu("zh", [
            ("淮安市政府2024年不予处理的申请有多少件？", E("ha", "r.not_processed.total")),
            ("其中信访举报投诉类的有多少？", E("ha", "r.not_processed.petition.total")),
            ("因为重复申请被不予处理的有几件？", E("ha", "r.not_processed.duplicate.total")),
            ("这些重复申请是多少个人提的？", EU("the report counts requests, not distinct applicants")),
        ], "of those, row switch, end on a count the report does not print"),
        fu("zh", [
            ("沭阳县2025年以属于三类内部事务信息为由不予公开的有几件？", E("sy", "r.withheld.internal_affairs.total")),
            ("不予公开总共是多少件？", E("sy", "r.withheld.total")),
        ], "from a sub-item up to the derived total"),
        fu("zh", [
            ("淮安2024年从上一年结转过来的申请有多少件？", EA("ha", "r.carried_over.total", HA_REQ)),
            ("结转到下一年的又有多少件？", EA("ha", "r.carried_forward.total", HA_REQ)),
        ], "row switch carried over -> carried forward (text agrees)"),
        fu("zh", [
            ("洪泽区2024年本机关不掌握相关信息的申请有多少件？", E("hz24", "r.unable.not_held.total")),
            ("2023年这一项是多少？", E("hz23", "r.unable.not_held.total")),
            ("增加了多少？", ED("hz23", "hz24", "r.unable.not_held.total")),
        ], "year switch backwards then compare"),
        fu("zh", [
            ("洪泽区2023年行政事业性收费金额是多少？", E("hz23", "c.fees.amount", **MONEY)),
            ("2024年是多少万元？", E("hz24", "c.fees.amount", **MONEY)),
            ("是增加还是减少了？差额多少？", ED("hz23", "hz24", "c.fees.amount", **MONEY)),
        ], "year switch then compare, money in 万元"),
        fu("zh", [
            ("上海市政府办公厅2025年自然人新提交了多少件申请？", E("sh25", "r.received.natural_person")),
            ("2019年自然人的新申请是多少？", E("sh19", "r.received.natural_person")),
            ("两年相差多少件？", ED("sh19", "sh25", "r.received.natural_person")),
        ], "year switch then compare (column natural_person)"),
        fu("zh", [
            ("沭阳县2025年全年发出了多少次催办提示？", EN("sy", "84 次", 84, "次")),
            ("那这一年结转到下一年继续办理的申请有几件？", EA("sy", "r.carried_forward.total", SY_REQ)),
        ], "narrative number then a table number of the same body"),
        fu("zh", [
            ("淮安市2024年开了多少场新闻发布会？", EN("ha", "新闻发布会 12", 12, "场")),
            ("这一年复议后又起诉的行政诉讼有几件？", E("ha", "a.litigation_after_review.total")),
        ], "narrative number then a table number of the same body"),
        fu("zh", [
            ("上海市科委2024年微信公众号发了多少篇原创文章？", EN("kw", "1640 篇", 294, "篇")),
            ("这一年行政许可处理决定有多少个？", E("kw", "c.licensing.decisions")),
            ("这些许可分别是哪些企业拿到的？", EU("the report names no licence holders")),
        ], "narrative then table (text row), end on names not printed"),
        fu("zh", [
            ("沭阳县2025年行政许可处理决定一共多少个？", E("sy", "c.licensing.decisions")),
            ("分到各个乡镇各有多少？", EU("the report gives no township breakdown")),
        ], "table value then a township breakdown not printed"),
        fu("zh", [
            ("淮安市2024年没有现成信息、需要另行制作的申请有几件？", E("ha", "r.unable.needs_creation.total")),
            ("洪泽区2023年这一项是几件？", E("hz23", "r.unable.needs_creation.total")),
        ], "body and year switch, same row"),
        fu("zh", [
            ("上海市政府办公厅2019年以属于国家秘密为由不予公开、申请人是自然人的有几件？",
             E("sh19", "r.withheld.state_secret.natural_person")),
            ("属于行政查询事项的，自然人和商业企业加起来有多少？",
             E("sh19", ["r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"])),
        ], "row switch then a two-column sum (2019 outcome totals printed blank: asked by columns)"),
        fu("zh", [
            ("沭阳县2025年复议后起诉的行政诉讼有多少件？", E("sy", "a.litigation_after_review.total")),
            ("正文里说全县办理相关案件一共多少件？", EN("sy", "74 件", 74, "件")),
            ("表里复议、直接起诉、复议后起诉三项的总计相加是多少？",
             E("sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], "table, narrative, then the three-group sum that matches it"),
        fu("zh", [
            ("涧西区2020年予以公开的申请有多少件？", E("jx", "r.granted.total")),
            ("这些申请人里男女各多少？", EU("the report gives no breakdown by sex")),
        ], "table value then a sex breakdown not printed"),
        fu("zh", [
            ("洪泽区2023年在政府网站平台主动公开了多少条信息？", EN("hz23", "1136", 1136, "条")),
            ("那一年行政强制决定有多少个？", E("hz23", "c.coercion.decisions")),
            ("2024年的行政强制呢？", E("hz24", "c.coercion.decisions")),
        ], "narrative then table, then year switch"),
    ]


# ------------------------------------------------------------------ follow-ups, English
def followups_en():
    return [
        fu("en", [
            ("How many information disclosure requests did the Huai'an city government take in during 2024?",
             EA("ha", "r.received.total", HA_REQ)),
            ("And how many of those came from organisations rather than private individuals?",
             E("ha", "r.received.legal_person")),
            ("Out of that group, how many were from commercial enterprises?", E("ha", "r.received.commercial")),
        ], "of those: total -> organisations (derived) -> companies"),
        fu("en", [
            ("Shuyang County, 2025: how many requests ended in partial disclosure?", E("sy", "r.partially_granted.total")),
            ("Does that figure include the full disclosures? If not, how many were disclosed in full?",
             E("sy", "r.granted.total")),
            ("Add the two together for me.", E("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], "check the figure then the other row, then add up"),
        fu("en", [
            ("How many administrative normative documents did Hongze District list as currently valid in its 2023 report?",
             E("hz23", "c.normative_docs.in_force")),
            ("And in the 2024 report?", E("hz24", "c.normative_docs.in_force")),
            ("By how much did that change?", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], "year switch then compare"),
        fu("en", [
            ("How many requests did the Shanghai municipal government's General Office have carried over into 2019?",
             EA("sh19", "r.carried_over.total", SH19_REQ)),
            ("What was the carried-over figure in its 2025 report?", EA("sh25", "r.carried_over.total", SH25_REQ)),
            ("Which year had more, and by how many?", ED("sh19", "sh25", "r.carried_over.total")),
        ], "year switch then which year was higher"),
        fu("en", [
            ("In 2024, how many lawsuits were brought against the Huai'an municipal government over disclosure without going through administrative review first?",
             E("ha", "a.litigation_direct.total")),
            ("And the ones filed after a review decision?", E("ha", "a.litigation_after_review.total")),
            ("Put those together - what's the total number of lawsuits?",
             E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               alt=("行政复议 351", 46))),
        ], "appeals group switch then add up (the narrative states 诉讼 46 too)"),
        fu("en", [
            ("For Shuyang County in 2025, how many disclosure-related administrative review cases were there in total?",
             E("sy", "a.review.total")),
            ("How many of them had the original decision upheld?", E("sy", "a.review.upheld")),
            ("What about cases where the decision was corrected?", E("sy", "a.review.corrected")),
            ("And how many were still pending at the end of 2025?", E("sy", "a.review.pending")),
        ], "of those, outcome column switch"),
        fu("en", [
            ("How many requests from natural persons did Huai'an city finish processing in 2024?",
             E("ha", "r.total_processed.natural_person")),
            ("Sorry, wrong column - I wanted commercial enterprises, not individuals.",
             E("ha", "r.total_processed.commercial")),
        ], "self-correction of the column"),
        fu("en", [
            ("What was the total number of requests the Shanghai General Office processed in 2025?",
             EA("sh25", "r.total_processed.total", SH25_REQ)),
            ("My mistake - I need the 2019 report, not 2025.", EA("sh19", "r.total_processed.total", SH19_REQ)),
        ], "self-correction of the year"),
        fu("en", [
            ("How many followers does the Shanghai Science and Technology Commission's WeChat account have, per its 2024 report?",
             EN("kw", "1640 篇", 1016823, "人")),
            ("And how many disclosure requests did the commission carry over from 2023 into 2024?",
             EA("kw", "r.carried_over.total", KW_REQ)),
        ], "narrative number then a table number (text row)"),
        fu("en", [
            ("How many viral posts did Shuyang County's new-media accounts produce in 2025?",
             EN("sy", "爆款", 52, "条")),
            ("Switching to the request tables: how many requests did Shuyang refuse to protect third-party rights that year?",
             E("sy", "r.withheld.third_party.total")),
            ("Which companies were those third parties?", EU("the report names no third parties")),
        ], "narrative then table, end on names not printed"),
        fu("en", [
            ("Huai'an, 2024: how many requests were refused because the information was process information (drafts, deliberations and the like)?",
             E("ha", "r.withheld.process_info.total")),
            ("And refused as internal affairs information?", E("ha", "r.withheld.internal_affairs.total")),
            ("Of the internal-affairs refusals, how many were requested by businesses?",
             E("ha", "r.withheld.internal_affairs.commercial")),
        ], "row switch, then of those by column"),
        fu("en", [
            ("How many disclosure requests did Hongze District's government get through to completion in 2023?",
             E("hz23", "r.total_processed.total")),
            ("How many of those were answered within 10 working days?", EU("the report gives no response times")),
        ], "table value then response time not printed"),
        fu("en", [
            ("In 2025, how many requests did the Shanghai General Office grant in full?", E("sh25", "r.granted.total")),
            ("The narrative gives one combined figure for full and partial disclosure - what is it?",
             EN("sh25", "予以公开及部分公开", 208, "件")),
            ("How many applicants withdrew their requests themselves, according to the same passage?",
             EN("sh25", "予以公开及部分公开", 157, "件")),
        ], "table (text row) then two narrative numbers"),
        fu("en", [
            ("How many administrative licensing decisions did Huai'an report for 2024?", E("ha", "c.licensing.decisions")),
            ("And administrative penalty decisions?", E("ha", "c.punishment.decisions")),
            ("Administrative coercion?", E("ha", "c.coercion.decisions")),
            ("Sum those three up.", E("ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"])),
        ], "row switch through table 二, then add up"),
        fu("en", [
            ("How many normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
            ("How many did it repeal?", E("sy", "c.normative_docs.repealed")),
            ("What about Huai'an city in 2024 - how many did it repeal?", E("ha", "c.normative_docs.repealed")),
        ], "column switch then body and year switch"),
        fu("en", [
            ("In its 2020 report, how many requests did the Jianxi District government office say it couldn't answer because it didn't hold the information?",
             E("jx", "r.unable.not_held.total")),
            ("How many requests were granted in full that year?", E("jx", "r.granted.total")),
            ("Were any partially granted? Give me the number.", E("jx", "r.partially_granted.total")),
        ], "row switch"),
        fu("en", [
            ("For the Shanghai General Office in 2019, how many individuals' requests failed because the office didn't hold the information?",
             E("sh19", "r.unable.not_held.natural_person")),
            ("How many of the individuals' requests would have needed the information to be newly compiled?",
             E("sh19", "r.unable.needs_creation.natural_person")),
            ("And how many individual requests were still unclear even after the applicant was asked to amend them?",
             E("sh19", "r.unable.unclear.natural_person")),
            ("How many of those unclear requests came from people living outside Shanghai?",
             EU("the report gives no applicant residence")),
        ], "row switch by column (2019 totals printed blank), end on residence not printed"),
        fu("en", [
            ("How many requests did Hongze District fully grant in 2024?", E("hz24", "r.granted.total")),
            ("And how many ended with the district saying it didn't hold the information?",
             E("hz24", "r.unable.not_held.total")),
            ("How many were still open at year end and carried into 2025?", E("hz24", "r.carried_forward.total")),
        ], "row switch (text rows of 005)"),
        fu("en", [
            ("How many requests did the Shanghai Science and Technology Commission grant in full in 2024?",
             EA("kw", "r.granted.total", KW_OUT)),
            ("And the Shanghai General Office in 2025?", E("sh25", "r.granted.total")),
        ], "body and year switch (both text rows)"),
        fu("en", [
            ("How many requests did the Shanghai General Office bring forward from 2024 into its 2025 workload?",
             EA("sh25", "r.carried_over.total", SH25_REQ)),
            ("How many of those carried-over requests were from individuals?", E("sh25", "r.carried_over.natural_person")),
            ("And from legal service providers?", E("sh25", "r.carried_over.legal_services")),
        ], "of those, column switch (text row of 008)"),
        fu("en", [
            ("How much did Huai'an's municipal government collect in information processing fees in 2024?",
             EN("ha", "3940", 3940, "元", frm="2024 年")),
            ("And what does its table give for administrative fees collected, in 万元?",
             E("ha", "c.fees.amount", **MONEY)),
        ], "narrative fee in 元 then the table fee amount in 万元"),
        fu("en", [
            ("How many administrative coercion decisions did Hongze District make in 2023?", E("hz23", "c.coercion.decisions")),
            ("And in 2024?", E("hz24", "c.coercion.decisions")),
            ("How big was the drop?", ED("hz23", "hz24", "c.coercion.decisions")),
        ], "year switch then compare"),
        fu("en", [
            ("How many lawsuits filed directly, without review, did the Shanghai General Office face in 2019?",
             EA("sh19", "a.litigation_direct.total", SH19_APP)),
            ("What was the 2025 number?", E("sh25", "a.litigation_direct.total")),
            ("What's the increase?", ED("sh19", "sh25", "a.litigation_direct.total")),
        ], "year switch then compare"),
        fu("en", [
            ("How many Huai'an 2024 requests were answered with 'we don't hold this information'?",
             E("ha", "r.unable.not_held.total")),
            ("Is that just private individuals, or are law firms in there as well? How many came from legal service organisations?",
             E("ha", "r.unable.not_held.legal_services")),
            ("And how many from businesses?", E("ha", "r.unable.not_held.commercial")),
        ], "check the figure (are law firms included?) then narrow by column"),
        fu("en", [
            ("How many new requests did Shuyang County receive from businesses in 2025?", E("sy", "r.received.commercial")),
            ("And from legal service organisations?", E("sy", "r.received.legal_services")),
            ("Which industries were those businesses in?", EU("the report gives no industry breakdown")),
        ], "column switch, end on industry not printed"),
        fu("en", [
            ("How many normative documents did the Shanghai General Office newly produce in 2019?",
             EA("sh19", "c.normative_docs.made", SH19_DOC)),
            ("How many were newly published that year?", EA("sh19", "c.normative_docs.published", SH19_DOC)),
            ("And the total published to date?", E("sh19", "c.normative_docs.total_published")),
        ], "column switch through the 2019 table 二"),
        fu("en", [
            ("What was the total number of requests the Shanghai science commission processed in 2024?",
             E("kw", "r.total_processed.total")),
            ("How many new ones came in that year?", EA("kw", "r.received.total", KW_REQ)),
            ("And how many were carried over from 2023?", EA("kw", "r.carried_over.total", KW_REQ)),
        ], "row switch (text rows of 007)"),
        fu("en", [
            ("How many Huai'an 2024 requests from individuals were granted in full?", E("ha", "r.granted.natural_person")),
            ("And partially granted, again for individuals?", E("ha", "r.partially_granted.natural_person")),
            ("Total of the two?", E("ha", ["r.granted.natural_person", "r.partially_granted.natural_person"])),
            ("How many of those individuals were journalists?", EU("the report gives no applicant occupations")),
        ], "row switch then add up, end on occupation not printed"),
        fu("en", [
            ("How many requests did Shuyang County decline to process in 2025 because they were really complaints or petitions?",
             E("sy", "r.not_processed.petition.total")),
            ("How many were set aside as repeat applications?", E("sy", "r.not_processed.duplicate.total")),
            ("Of the repeat applications, how many came from a company?", E("sy", "r.not_processed.duplicate.commercial")),
        ], "row switch then of those by column"),
        fu("en", [
            ("How many administrative penalty decisions did Hongze District record in 2024?", E("hz24", "c.punishment.decisions")),
            ("Compared with 2023, what's the change?", ED("hz23", "hz24", "c.punishment.decisions")),
        ], "table (text row) then compare with the earlier year"),
        fu("en", [
            ("What did the Jianxi District government office spend on centralised government procurement in 2020, in 万元?",
             E("jx", "c.procurement.amount", **MONEY)),
            ("And the Shanghai General Office's procurement total for 2019?", E("sh19", "c.procurement.amount", **MONEY)),
            ("How many procurement projects did Shanghai have that year?", E("sh19", "c.procurement.projects")),
        ], "body and year switch, then column switch"),
        fu("en", [
            ("How many government regulations did Huai'an issue in 2024?", EA("ha", "c.regulations.issued", HA_DOC)),
            ("How many regulations are in force there?", E("ha", "c.regulations.in_force")),
        ], "column switch issued -> in force"),
        fu("en", [
            ("How many lawsuits after administrative review did the Shanghai General Office have in 2025?",
             E("sh25", "a.litigation_after_review.total")),
            ("And lawsuits filed directly?", E("sh25", "a.litigation_direct.total")),
            ("How many of the direct ones were still undecided?", E("sh25", "a.litigation_direct.pending")),
            ("Which courts heard those cases?", EU("the report does not name courts")),
        ], "appeals group switch, of those, end on courts not printed"),
        fu("en", [
            ("How many Shuyang County requests in 2025 were dropped because the applicant didn't pay the fee on time?",
             E("sy", "r.other.overdue_fee.total")),
            ("And how much did Shuyang collect in information processing fees that year?", EN("sy", "380元", 380, "元")),
        ], "table then narrative of the same body"),
        fu("en", [
            ("How many government new-media accounts were running in Huai'an, per its 2024 report?",
             EN("ha", "共计 95", 95, "个")),
            ("How many full checks of disclosure columns did the city organise that year?",
             EN("ha", "全覆盖检查", 4, "次")),
            ("On the request side, how many were not processed because the applicant wanted a public publication?",
             E("ha", "r.not_processed.publication.total")),
        ], "two narrative numbers then a table number"),
        fu("en", [
            ("In 2019, how many individuals' requests did the Shanghai General Office refuse as administrative query matters?",
             E("sh19", "r.withheld.admin_query.natural_person")),
            ("What about individuals refused on internal-affairs grounds?", E("sh19", "r.withheld.internal_affairs.natural_person")),
            ("And as process information, individuals and companies together?",
             E("sh19", ["r.withheld.process_info.natural_person", "r.withheld.process_info.commercial"])),
        ], "row switch, then a two-column sum (2019 totals printed blank)"),
        fu("en", [
            ("How many review decisions concerning Hongze District were upheld in 2023?", E("hz23", "a.review.upheld")),
            ("And how many reviews corrected the district's decision?", E("hz23", "a.review.corrected")),
            ("What were the reasons for that correction?", EU("the report states no reasons")),
        ], "outcome column switch (avoiding the printed-0 total), end on reasons not stated"),
        fu("en", [
            ("How many live streams did the Shanghai science commission run in 2024?", EN("kw", "直播 118", 118, "场")),
            ("How many short videos did its video channel put out?", EN("kw", "直播 118", 584, "条")),
            ("How many of those videos were about the Zhangjiang high-tech zone?",
             EU("the report gives no topic breakdown of videos")),
        ], "two narrative numbers, end on a breakdown not printed"),
        fu("en", [
            ("How many requests did Shuyang County process in total in 2025?", EA("sy", "r.total_processed.total", SY_REQ)),
            ("How many of those processed were from natural persons?", E("sy", "r.total_processed.natural_person")),
            ("And from organisations of any kind?", E("sy", "r.total_processed.legal_person")),
        ], "of those: natural persons, then organisations (derived)"),
        fu("en", [
            ("Huai'an city in 2024: how many review cases ended with an 'other' outcome?",
             EA("ha", "a.review.other", HA_APP)),
            ("How many were still pending at year end?", EA("ha", "a.review.pending", HA_APP)),
            ("Over on the after-review lawsuit side, how many were pending?", E("ha", "a.litigation_after_review.pending")),
        ], "outcome column switch then appeals group switch"),
        fu("en", [
            ("How many new disclosure requests did Jianxi District's government office receive in 2020?",
             EA("jx", "r.received.total", JX_REQ)),
            ("How many came from organisations?", E("jx", "r.received.legal_person")),
            ("And Shuyang County in 2025 - how many from organisations?", EA("sy", "r.received.legal_person", SY_REQ)),
        ], "of those (derived legal_person), then body and year switch"),
        fu("en", [
            ("How many new requests from individuals did the Shanghai General Office log in 2025?",
             E("sh25", "r.received.natural_person")),
            ("And from commercial enterprises?", E("sh25", "r.received.commercial")),
            ("How many of those individual requests came in through the online portal?",
             EU("the report gives no breakdown by channel")),
        ], "column switch, end on channel not printed"),
        fu("en", [
            ("What did Hongze District collect in administrative fees in 2024, in 万元?", E("hz24", "c.fees.amount", **MONEY)),
            ("How many licensing decisions did it make that year?", E("hz24", "c.licensing.decisions")),
            ("How many of those licences went to foreign-invested firms?", EU("the report gives no breakdown by firm type")),
        ], "row switch (text rows of 005), end on a breakdown not printed"),
        fu("en", [
            ("How many normative documents did Shuyang County have in force in 2025?", E("sy", "c.normative_docs.in_force")),
            ("How about Huai'an city in 2024?", E("ha", "c.normative_docs.in_force")),
        ], "body and year switch"),
        fu("en", [
            ("How many Huai'an 2024 requests were refused because other laws or regulations prohibit disclosure?",
             E("ha", "r.withheld.prohibited_by_law.total")),
            ("How many of those came from companies?", E("ha", "r.withheld.prohibited_by_law.commercial")),
            ("And refusals because disclosure would endanger security or stability?",
             E("ha", "r.withheld.security_stability.total")),
        ], "of those by column, then row switch"),
        fu("en", [
            ("How many of the Shanghai General Office's 2019 requests from individuals were not processed because they were really complaints or petitions?",
             E("sh19", "r.not_processed.petition.natural_person")),
            ("And from businesses?", E("sh19", "r.not_processed.petition.commercial")),
            ("Repeat applications from individuals?", E("sh19", "r.not_processed.duplicate.natural_person")),
        ], "column switch then row switch (2019 totals printed blank)"),
        fu("en", [
            ("How many Huai'an requests from 2024 were still open and rolled into 2025?",
             EA("ha", "r.carried_forward.total", HA_REQ)),
            ("How many of those were eventually granted in 2025?",
             EU("no 2025 report of Huai'an is held; the 2024 report cannot say")),
        ], "table value, then the outcome in a year not held"),
        fu("en", [
            ("How many items did the Shanghai science commission's 'Shanghai Science' website publish in 2024?",
             EN("kw", "2139 条", 2139, "条")),
            ("And how many of those were interpretation pieces?", EN("kw", "2139 条", 21, "条")),
            ("Per the narrative, how many requests got a refusal to disclose?", EN("kw", "同意公开答复", 2, "件")),
        ], "of those in the narrative, then a narrative request number"),
        fu("en", [
            ("How many administrative coercion decisions did Shuyang County record for 2025?", E("sy", "c.coercion.decisions")),
            ("Separately, how many outdated items did it clear off its website that year?", EN("sy", "697条", 697, "条")),
        ], "table then narrative of the same body"),
        fu("en", [
            ("How many disclosure requests did Hongze District get from individuals in 2023?",
             EA("hz23", "r.received.natural_person", HZ23_REQ)),
            ("How many of the requesters were over 60?", EU("the report gives no breakdown by age")),
        ], "table value then age not printed"),
        fu("en", [
            ("What share of municipal government documents did the Shanghai General Office proactively publish in 2019, per its report?",
             EN("sh19", "90.2%", 90.2, "%")),
            ("How many regulations did it newly make that year, according to the table?",
             EA("sh19", "c.regulations.made", SH19_DOC)),
        ], "narrative percentage then a table number"),
        fu("en", [
            ("How many Huai'an 2024 requests couldn't be answered because the information would have had to be newly created?",
             E("ha", "r.unable.needs_creation.total")),
            ("And because the request was still unclear after correction?", E("ha", "r.unable.unclear.total")),
            ("Total for those two reasons?", E("ha", ["r.unable.needs_creation.total", "r.unable.unclear.total"])),
        ], "row switch then add up"),
    ]


# ------------------------------------------------------------------ plain values
def plain_zh():
    return [
        plain("zh", EA("ha", "r.total_processed.total", HA_REQ), "2024年淮安市政府办完的依申请公开件一共多少？", "办结 = 办理结果总计"),
        plain("zh", E("ha", "c.regulations.in_force"), "淮安市2024年现行有效的规章还有几件？", "regulations in force"),
        plain("zh", E("ha", "r.withheld.third_party.total"), "淮安2024年以保护第三方合法权益为由没公开的有几件？", "withheld: third party"),
        plain("zh", E("ha", "r.withheld.enforcement_files.total"), "淮安市人民政府2024年因为属于行政执法案卷而不公开的申请有多少？", "withheld: enforcement files"),
        plain("zh", E("ha", "r.not_processed.reconfirm.total"), "2024年淮安有几件申请是要求行政机关确认或重新出具已获取信息、被不予处理的？", "not processed: reconfirm"),
        plain("zh", E("ha", "r.other.other.total"), "淮安市2024年“其他处理”下面“其他”这一小项有多少件？", "2021 other: 3.其他"),
        plain("zh", E("hz23", "r.not_processed.petition.total"), "洪泽区政府2023年以信访举报投诉为由不予处理的申请有几件？", "not processed: petition"),
        plain("zh", E("hz23", "c.normative_docs.repealed"), "洪泽2023年废止了几件行政规范性文件？", "repealed normative documents"),
        plain("zh", E("hz23", "c.punishment.decisions"), "洪泽区2023年的行政处罚决定数是多少？", "punishment decisions"),
        plain("zh", E("sy", "r.withheld.admin_query.total"), "沭阳县2025年属于行政查询事项、没有公开的有几件？", "withheld: admin query"),
        plain("zh", E("sy", "a.litigation_after_review.upheld"), "沭阳县2025年复议后起诉、法院维持原判的有几件？", "after-review lawsuits upheld"),
        plain("zh", E("sy", "r.withheld.security_stability.total"), "沭阳县2025年因危及“三安全一稳定”不予公开的申请有几件？", "withheld: security/stability"),
        plain("zh", E("sy", "r.withheld.process_info.total"), "沭阳2025年属于四类过程性信息没给公开的有多少件？", "withheld: process info"),
        plain("zh", E("sy", "c.regulations.in_force"), "沭阳县2025年现行有效的规章有几件？", "regulations in force (0)"),
        plain("zh", E("sy", "r.carried_over.natural_person"), "二〇二五年沭阳县从上年结转过来的申请里，自然人的有几件？", "year in Chinese numerals"),
        plain("zh", E("sh19", "r.granted.commercial"), "上海市政府办公厅2019年商业企业的申请被予以公开的有几件？", "granted: commercial (2019 outcome totals blank)"),
        plain("zh", E("sh19", "r.not_processed.duplicate.commercial"), "2019年上海市府办因为重复申请没处理的企业申请有多少？", "not processed duplicate: commercial"),
        plain("zh", E("sh19", "r.total_processed.natural_person"), "上海市政府办公厅2019年办结的自然人申请有多少件？", "processed: natural persons"),
        plain("zh", E("jx", "c.normative_docs.total_published"), "涧西区政府办2020年规范性文件的对外公开总数量是多少？", "2019 template column"),
        plain("zh", E("jx", "c.licensing.decisions"), "涧西区2020年行政许可处理决定数量是多少？", "licensing decisions (0)"),
        plain("zh", E("jx", "a.litigation_direct.total"), "涧西区2020年没经过复议直接打官司的有几件？", "direct lawsuits"),
        plain("zh", E("hz24", "r.total_processed.total"), "洪泽区2024年表三里办理结果的总计是多少件？", "text row of 005; asked as the table total (the text's 17 is another count)"),
        plain("zh", E("kw", "c.punishment.decisions"), "上海市科委2024年行政处罚决定有几个？", "text row of 007 (0)"),
        plain("zh", EA("kw", "c.normative_docs.issued", KW_DOC), "上海科委2024年本年制发的规范性文件有多少件？", "text row of 007; narrative agrees"),
        plain("zh", E("sh25", "a.litigation_after_review.total"), "上海市人民政府办公厅2025年复议后提起诉讼的案件有多少件？", "text row of 008"),
        plain("zh", E("ha", "r.partially_granted.commercial"), "淮安市2024年商业企业申请被部分公开的有几件？", "partially granted: commercial"),
        plain("zh", E("ha", "r.other.overdue_correction.natural_person"), "淮安2024年自然人申请因逾期不补正而不再处理的有几件？", "other: overdue correction, natural persons"),
        plain("zh", E("ha", "a.litigation_direct.other"), "淮安市政府2024年直接起诉的行政诉讼里，其他结果的有几件？", "direct lawsuits: other outcome"),
        plain("zh", E("hz23", "a.litigation_after_review.upheld"), "洪泽区2023年复议后起诉、结果维持的有几件？", "after-review upheld (its printed total is 0)"),
        plain("zh", E("sy", "r.granted.commercial"), "沭阳县2025年商业企业的申请予以公开了几件？", "granted: commercial"),
    ]


def plain_en():
    return [
        plain("en", E("ha", "r.withheld.state_secret.total"), "How many requests did Huai'an's city government refuse in 2024 because the information was a state secret?", "withheld: state secret"),
        plain("en", E("ha", "r.withheld.admin_query.total"), "How many 2024 requests did Huai'an classify as administrative query matters and so not disclose?", "withheld: admin query"),
        plain("en", E("ha", "c.normative_docs.issued"), "How many administrative normative documents did Huai'an city issue in 2024?", "issued (the narrative's 11 政策性文件 is another concept)"),
        plain("en", E("ha", "r.total_processed.other_org"), "How many of the requests Huai'an closed in 2024 came from 'other' organisations?", "processed: other organisations"),
        plain("en", E("ha", "a.litigation_after_review.corrected"), "For Huai'an in 2024, how many lawsuits filed after review ended with the government's decision corrected?", "after-review corrected"),
        plain("en", E("hz23", "r.withheld.state_secret.total"), "How many requests did Hongze District refuse in 2023 on state-secret grounds?", "withheld: state secret"),
        plain("en", E("hz23", "c.regulations.in_force"), "Hongze District 2023: how many government regulations were in force?", "regulations in force (0)"),
        plain("en", E("hz23", "r.carried_forward.total"), "How many requests did Hongze District carry into 2024 from its 2023 caseload?", "carried forward (0)"),
        plain("en", E("sy", "c.licensing.decisions"), "How many administrative licensing decisions did Shuyang County report for 2025?", "licensing decisions"),
        plain("en", E("sy", "r.total_processed.legal_services"), "In FY2025, how many requests from legal service institutions did Shuyang County process?", "processed: legal services"),
        plain("en", E("sy", "a.litigation_direct.upheld"), "How many direct lawsuits against Shuyang County in 2025 ended with the decision upheld?", "direct lawsuits upheld"),
        plain("en", E("sy", "r.granted.natural_person"), "How many natural-person requests were granted in full by Shuyang County in 2025?", "granted: natural persons"),
        plain("en", E("sy", "r.unable.not_held.natural_person"), "Counting individuals only, how many Shuyang County requests in 2025 went unanswered because the county didn't hold the information?", "not held: natural persons"),
        plain("en", E("sh19", "r.received.other_org"), "How many new requests did the Shanghai General Office get from 'other' organisations in 2019?", "received: other organisations"),
        plain("en", EA("sh19", "r.carried_forward.natural_person", SH19_REQ), "For 2019, how many requests from individuals did Shanghai's General Office carry forward into 2020?", "carried forward: natural persons; narrative's 72 agrees"),
        plain("en", E("sh19", "c.regulations.total_published"), "How many regulations had the Shanghai General Office published in total as of its 2019 report?", "2019 template: total published"),
        plain("en", E("sh19", "c.coercion.decisions"), "How many administrative coercion decisions did the Shanghai General Office report in 2019?", "coercion (0)"),
        plain("en", E("jx", "a.review.total"), "How many administrative review cases did Jianxi District's government office face in 2020?", "review total"),
        plain("en", E("jx", "c.normative_docs.made"), "How many normative documents did Jianxi District newly make in 2020?", "2019 template: made"),
        plain("en", E("jx", "r.total_processed.natural_person"), "How many requests from individuals did the Jianxi office process in 2020?", "processed: natural persons"),
        plain("en", E("hz24", "a.review.total"), "How many disclosure-related administrative review cases did Hongze District have in 2024?", "text row of 005"),
        plain("en", E("kw", "c.licensing.decisions"), "How many administrative licensing decisions did STCSM make in 2024?", "text row of 007"),
        plain("en", E("kw", "r.received.natural_person"), "How many new requests did the Shanghai Science and Technology Commission receive from natural persons in 2024?", "text row of 007"),
        plain("en", EA("sh25", "r.received.total", SH25_REQ), "How many requests did the Shanghai General Office receive in total in 2025?", "text row of 008; narrative agrees"),
        plain("en", E("sh25", "r.not_processed.duplicate.total"), "How many 2025 requests did the Shanghai General Office reject as repeat applications?", "text row of 008"),
        plain("en", E("sh25", "a.review.pending"), "How many administrative review cases were still pending for the Shanghai General Office in 2025?", "text row of 008"),
        plain("en", EA("ha", "r.carried_over.natural_person", HA_REQ), "How many requests from natural persons were carried over from 2023 into Huai'an's 2024 caseload?", "carried over: natural persons; narrative agrees"),
        plain("en", E("ha", "r.other.overdue_fee.natural_person"), "How many requests from individuals did Huai'an stop handling in 2024 because the applicant didn't pay the fee on time?", "other: overdue fee, natural persons"),
        plain("en", E("sy", "r.other.other.natural_person"), "How many 2025 Shuyang requests from individuals were handled under the catch-all 'other' sub-item?", "other: 3.其他, natural persons"),
        plain("en", E("hz23", "r.partially_granted.natural_person"), "How many requests from individuals did Hongze District partially grant in 2023?", "partially granted: natural persons"),
    ]


# ------------------------------------------------------------------ sums and differences
def combine():
    return [
        summ("zh", E("ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"]),
             "淮安市2024年行政许可、行政处罚、行政强制三类决定加在一起是多少？", "3 cells of table 二"),
        summ("zh", E("sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]),
             "沭阳县2025年不予处理里的信访举报投诉和重复申请合计多少件？", "2 rows"),
        summ("zh", E("sh19", ["r.granted.natural_person", "r.granted.commercial"]),
             "上海市政府办公厅2019年予以公开的申请，自然人和商业企业加起来多少件？", "2 columns (2019 outcome totals blank)"),
        summ("zh", E("hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                              "r.withheld.enforcement_files.total"]),
             "洪泽区2023年不予公开里，国家秘密、过程性信息和执法案卷三项合计几件？", "3 rows"),
        summ("zh", E("ha", ["a.review.upheld", "a.review.corrected"]),
             "淮安2024年行政复议里结果维持和结果纠正加起来多少件？", "2 outcome cells"),
        summ("zh", E("kw", ["r.received.total", "r.carried_over.total"]),
             "上海市科委2024年本年新收和上年结转的申请加起来一共多少件？", "2 text rows of 007"),
        summ("en", E("sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]),
             "Add up the Shanghai General Office's 2025 review cases and both kinds of lawsuits - what's the total?",
             "3 text cells of 008"),
        summ("en", E("sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"]),
             "In 2025, how many requests did Shuyang County withhold for internal-affairs or process-information reasons combined?",
             "2 rows"),
        summ("en", E("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"]),
             "Across its three sub-items, how many Huai'an 2024 requests ended up under 'other handling'?",
             "3 sub-items of （六）"),
        summ("en", E("jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]),
             "Jianxi District 2020: review cases plus lawsuits of both kinds, how many in all?", "3 appeals totals"),
        summ("en", E("sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"]),
             "How many requests did the Shanghai General Office get in 2019 from companies, law firms and other organisations combined?",
             "3 organisation columns (two more printed blank)"),
        summ("en", E("ha", WITHHELD8),
             "Summing the eight refusal grounds in Huai'an's 2024 request table, what do you get?", "8 withheld rows"),
        diff("zh", ED("hz23", "hz24", "c.normative_docs.issued"),
             "洪泽区行政规范性文件制发件数，2024年比2023年多几件？", "洪泽 2023 -> 2024"),
        diff("zh", ED("sh19", "sh25", "r.total_processed.total"),
             "上海市政府办公厅办结的申请数量从2019年到2025年增加了多少件？", "上海市府办 2019 -> 2025"),
        diff("zh", ED("hz23", "hz24", "r.granted.total"),
             "洪泽区予以公开的申请，2023年到2024年增加了几件？", "洪泽 2023 -> 2024"),
        diff("en", ED("sh19", "sh25", "r.carried_over.natural_person"),
             "Between 2019 and 2025, how much did the number of individuals' requests carried over into the Shanghai General Office's year change?",
             "上海市府办 2019 -> 2025"),
        diff("en", ED("hz23", "hz24", "a.litigation_direct.total"),
             "How did Hongze District's count of direct lawsuits change from 2023 to 2024?", "洪泽 2023 -> 2024"),
        diff("en", ED("sh19", "sh25", "a.review.pending"),
             "By how many did pending administrative reviews at the Shanghai General Office rise from 2019 to 2025?",
             "上海市府办 2019 -> 2025"),
    ]


# ------------------------------------------------------------------ rankings
def rankings():
    return [
        rank("zh", ["ha", "sy", "sh19", "hz23"], "r.received.total", "desc",
             "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、洪泽区2023年，哪家新收的信息公开申请最多？", "4 bodies desc"),
        rank("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
             "自然人的信访举报投诉类申请被不予处理的数量，淮安2024年、沭阳2025年、上海市府办2019年，谁最多？", "3 bodies desc"),
        rank("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc",
             "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年和涧西区2020年，哪个被申请行政复议的最少？", "4 bodies asc"),
        rank("zh", ["ha", "sy", "sh19"], "r.withheld.internal_affairs.natural_person", "desc",
             "以三类内部事务信息为由不予公开的自然人申请，淮安2024年、沭阳2025年和上海市府办2019年，哪家最多？", "3 bodies desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "行政事业性收费金额，淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最少？", "3 bodies asc, money"),
        rank("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
             "Which had the most individuals' requests that needed information newly compiled: Huai'an 2024, Hongze District 2023, Shuyang County 2025 or the Shanghai General Office 2019?",
             "4 bodies desc"),
        rank("en", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc",
             "Of Huai'an (2024), Shuyang County (2025), the Shanghai General Office (2019) and Jianxi District (2020), which carried the fewest requests into the following year?",
             "4 bodies asc"),
        rank("en", ["ha", "hz23", "sy"], "a.review.corrected", "desc",
             "Huai'an in 2024, Hongze District in 2023, Shuyang County in 2025: which had the most review cases where its decision was corrected?",
             "3 bodies desc"),
        rank("en", ["ha", "sy", "sh19", "hz23"], "r.partially_granted.natural_person", "asc",
             "Ranking Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023 by partial disclosures to individuals, who comes last?",
             "4 bodies asc"),
    ]


# ------------------------------------------------------------------ narrative-only numbers
def textonly():
    return [
        text("zh", EN("sy", "4511", 4511, "条"), "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", "portal items"),
        text("zh", EN("sy", "4511", 9, "期"), "沭阳2025年开展了几期意见征集？", "consultations"),
        text("zh", EN("sy", "49 次", 49, "次"), "沭阳县2025年累计开展了多少次办前主动沟通？", "pre-handling contacts"),
        text("zh", EN("sy", "64家", 64, "家"), "沭阳县2025年全县有多少家单位集中公开了政府信息公开年报？", "units publishing reports"),
        text("zh", EN("ha", "制作政策解读", 6, "期"), "淮安市2024年制作了几期《淮安市人民政府公报》？", "gazette issues"),
        text("zh", EN("ha", "合格率", 100, "%"), "淮安2024年在省办四个季度政务新媒体检查中合格率是多少？", "pass rate"),
        text("zh", EN("hz24", "2428", 7, "期"), "洪泽区2024年公开了多少期政府常务会议？", "executive meetings published"),
        text("zh", EN("sh25", "新闻通气会", 42, "场"), "上海市政府办公厅2025年召开了多少场市政府新闻发布会？", "press conferences"),
        text("zh", EN("sh25", "24 期", 24, "期"), "2025年上海市府办编了多少期市政府公报？", "gazette issues"),
        text("zh", EN("sh19", "132件", 132, "件"), "上海市政府办公厅2019年通过门户网站发布了多少件政策解读？", "interpretations"),
        text("zh", EN("sh19", "公报24期", 45, "件"), "2019年上海市人民政府公报刊登了多少件部门规范性文件？", "gazette contents"),
        text("zh", EN("kw", "1640 篇", 1924252, "次"), "上海市科委2024年视频号短视频累计观看了多少次？", "video views"),
        text("zh", EN("jx", "601项", 601, "项", frm="梳理细化"), "涧西区政府办2020年梳理出了多少项政务公开事项？", "items listed"),
        text("en", EN("sy", "1113", 1113, "个"), "How many original short videos did Shuyang County push out in 2025?", "short videos"),
        text("en", EN("sy", "49 次", 33, "件"), "How many disputes did Shuyang County help settle through talking to applicants before handling, in 2025?", "disputes settled"),
        text("en", EN("sy", "22处", 43, "处"), "How many broken links did Shuyang County fix on its website in 2025?", "broken links"),
        text("en", EN("ha", "制作政策解读", 21, "个"), "How many policy interpretation products did Huai'an make in 2024?", "interpretations"),
        text("en", EN("hz24", "2428", 7, "条"), "How many interpretation items did Hongze District publish in 2024?", "interpretations"),
        text("en", EN("sh25", "人事任免文件", 196, "件", frm="全年主动公开"), "How many personnel appointment and removal documents did the Shanghai General Office publish in 2025?", "appointment documents"),
        text("en", EN("sh25", "10 个语种", 10, "个"), "How many languages does the Shanghai International Services Portal cover, per the General Office's 2025 report?", "languages"),
        text("en", EN("sh25", "属性审查", 166, "件", frm="全年完成"), "How many documents did the Shanghai General Office review for their disclosure attribute in 2025?", "attribute reviews"),
        text("en", EN("sh19", "53个部门", 53, "个"), "How many departments were connected to Shanghai's unified 'One Network' acceptance platform, per the General Office's 2019 report?", "departments connected"),
        text("en", EN("sh19", "38次", 38, "次"), "How many times did the Shanghai General Office put out authoritative releases on executive meeting topics in 2019?", "meeting releases"),
        text("en", EN("kw", "121 条", 121, "条"), "How many policies did the Shanghai science commission push in batches through integrated release in 2024?", "policies pushed"),
        text("en", EN("kw", "5 个高频", 5, "个"), "How many high-frequency services of the Shanghai science commission had 'read-and-handle' links set up in 2024?", "services linked"),
        text("en", EN("jx", "办结率", 88.2, "%"), "What completion rate for requests did Jianxi District's government office report in 2020?", "completion rate (printed percentage)"),
    ]


# ------------------------------------------------------------------ unanswerable
def cannots():
    return [
        cannot("zh", "淮安市政府2024年的信息公开申请里，女性申请人占多少？", "the report gives no breakdown by sex", "sex"),
        cannot("zh", "沭阳县2025年每个月分别收到多少件公开申请？", "the report gives no monthly figures", "month"),
        cannot("zh", "洪泽区2022年政府信息公开年报里新收申请是多少？", "no 2022 report of 洪泽区 is held", "year not held"),
        cannot("zh", "南京市2024年政府信息公开申请一共多少件？", "no report of 南京市 is held", "body not held"),
        cannot("zh", "上海市政府办公厅2025年办理一件申请平均要多少天？", "the report gives no processing times", "response time"),
        cannot("zh", "淮安市2024年政务公开工作花了多少经费？", "the report states no budget or cost", "cost"),
        cannot("zh", "上海市科委2023年新收了多少件申请？", "no 2023 report of 上海市科委 is held", "year not held"),
        cannot("zh", "沭阳县2026年预计会收到多少件申请？", "forecasts are not in any report", "forecast"),
        cannot("zh", "涧西区2020年的申请里通过信函和网上提交的各有多少件？", "the report gives no breakdown by channel", "channel"),
        cannot("zh", "淮安2024年哪个县区的申请最多，有多少件？", "the city report gives no county/district breakdown", "district"),
        cannot("zh", "上海市政府办公厅2019年有多少申请是关于旧区改造的？", "the report gives no breakdown by topic", "topic"),
        cannot("zh", "洪泽区2024年负责信息公开的工作人员有几个人？", "the report states no staff number", "staff"),
        cannot("zh", "你觉得沭阳县2025年的信息公开工作做得好不好，能打几分？", "an opinion, not a fact in the report", "opinion"),
        cannot("zh", "苏州市2023年行政复议案件有多少件？", "no report of 苏州市 is held", "body not held"),
        cannot("zh", "浦东新区2025年收到多少件依申请公开？", "no report of 浦东新区 is held", "body not held"),
        cannot("zh", "淮安市2024年那些被不予公开的申请人叫什么名字、电话多少？", "personal data is not in the report", "personal data"),
        cannot("zh", "上海市府办2022年的年报里行政诉讼有几件？", "no 2022 report of 上海市人民政府办公厅 is held", "year not held"),
        cannot("en", "What was the average age of people requesting information from Huai'an's government in 2024?", "the report gives no ages", "age"),
        cannot("en", "How many disclosure requests did Shuyang County get in the third quarter of 2025?", "the report gives no quarterly figures", "quarter"),
        cannot("en", "How many requests did Jianxi District receive in 2021?", "no 2021 report of 涧西区 is held", "year not held"),
        cannot("en", "What was Hefei's number of disclosure requests in 2024?", "no report of 合肥市 is held", "body not held"),
        cannot("en", "How many staff work on information disclosure at the Shanghai science commission (2024)?", "the report states no staff number", "staff"),
        cannot("en", "How many of Hongze District's 2023 requests were about land acquisition?", "the report gives no breakdown by topic", "topic"),
        cannot("en", "What will the Shanghai General Office's request volume be in 2026?", "forecasts are not in any report", "forecast"),
        cannot("en", "In 2024, how many Huai'an requests were filed by people from outside Jiangsu?", "the report gives no applicant residence", "residence"),
        cannot("en", "How many of Shuyang County's 2025 requests came from the real estate sector?", "the report gives no industry breakdown", "industry"),
        cannot("en", "Why did Hongze District's licensing decisions jump so much between 2023 and 2024?", "neither report states a reason", "reason not stated"),
        cannot("en", "How many requests did the Shanghai General Office receive in 2023?", "no 2023 report of 上海市人民政府办公厅 is held", "year not held"),
        cannot("en", "How much did it cost the Jianxi District office to run its disclosure work in 2020?", "the report states no cost", "cost"),
        cannot("en", "Which Huai'an city department received the most disclosure requests in 2024?", "the report gives no department breakdown", "department"),
        cannot("en", "What is the email address of the person who filed the most requests with Shuyang County in 2025?", "personal data is not in the report", "personal data"),
        cannot("en", "How many disclosure requests did Gulou District in Nanjing get in 2025?", "no report of 鼓楼区 is held", "body not held"),
        cannot("en", "Was the Shanghai science commission's disclosure work in 2024 better than the Shanghai General Office's in 2025?", "an opinion, not a fact in the reports", "opinion"),
        cannot("en", "How many requests did Huai'an city receive in 2025?", "no 2025 report of 淮安市 is held", "year not held"),
    ]


# ------------------------------------------------------------------ neighbouring-cell traps
def traps():
    return [
        trap("zh", E("ha", "a.litigation_after_review.total"), "淮安市2024年是先复议、之后再起诉的行政诉讼有多少件？", "复议后起诉 20 vs 直接起诉 26"),
        trap("zh", E("sy", "c.normative_docs.repealed"), "沭阳县2025年废止的行政规范性文件有几件？", "废止 1 vs 制发 6 / 现行有效 32"),
        trap("zh", EA("sh19", "c.regulations.published", SH19_DOC), "上海市政府办公厅2019年规章本年新公开了多少件？", "本年新公开 13 vs 对外公开总数 524"),
        trap("zh", E("sy", "r.received.legal_services"), "沭阳县2025年法律服务机构提交的新申请有几件？", "法律服务机构 5 vs 商业企业 3"),
        trap("zh", E("sh19", "c.procurement.amount", **MONEY), "上海市政府办公厅2019年政府集中采购的总金额是多少万元？", "金额 25.1 万元 (printed 251000元) vs 项目数 6"),
        trap("en", EA("ha", "r.carried_over.total", HA_REQ), "How many requests did Huai'an bring into 2024 that were left over from before?", "结转上年 34 vs 结转下年 103"),
        trap("en", E("sy", "r.unable.needs_creation.total"), "How many Shuyang County requests in 2025 would have required the information to be newly produced?", "另行制作 2 vs 不掌握 111"),
        trap("en", E("sh25", "r.carried_over.legal_services"), "How many of the requests the Shanghai General Office carried over into 2025 were from legal service agencies?", "法律服务机构 4 vs 商业企业 15"),
        trap("en", EA("ha", "a.review.other", HA_APP), "How many of Huai'an's 2024 administrative reviews ended with an 'other' result rather than upheld or corrected?", "其他结果 178 vs 纠正 64"),
    ]


def CONVERSATIONS():
    convs = (followups_zh() + followups_en() + plain_zh() + plain_en() + combine() + rankings()
             + textonly() + cannots() + traps())
    return convs
