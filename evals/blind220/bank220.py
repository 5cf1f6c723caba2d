"""Question bank of blind evaluation set 220 (evals/blind220): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every number in an `expect` is
computed by helpers220 (gold/*.json, derived keys per spec/README.md; printed rows of the three
reports without gold through SPECS below; sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib220 as L  # noqa: E402
from helpers220 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: exactly the specs blind6's text_cells.json
# verified (same label / anchor and column index), nothing new.
ANCHOR_HZ24 = "四、政府信息公开行政复议、行政诉讼情况"
ANCHOR_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", ANCHOR_HZ24, 14),
        "appeals.litigation_direct.total": ("after", ANCHOR_HZ24, 9),
        "appeals.review.total": ("after", ANCHOR_HZ24, 4),
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
        "appeals.litigation_after_review.total": ("after", ANCHOR_SH25, 14),
        "appeals.litigation_direct.pending": ("after", ANCHOR_SH25, 8),
        "appeals.litigation_direct.total": ("after", ANCHOR_SH25, 9),
        "appeals.review.pending": ("after", ANCHOR_SH25, 3),
        "appeals.review.total": ("after", ANCHOR_SH25, 4),
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
ORGS4 = ["r.received.commercial", "r.received.research", "r.received.public_interest",
         "r.received.other_org"]


def W(b, keys, **kw):
    """money cell: unit 万元"""
    return E(b, keys, unit="万元", **kw)


def WD(b1, b2, keys):
    return ED(b1, b2, keys, unit="万元")


# ====================================================================== follow-ups
def followups():
    out = []

    def f(lang, note, *turns):
        out.append(F(lang, list(turns), "[followup] " + note))

    # ---------------------------------------------------------------- zh
    f("zh", "year switch, then compare the two years",
      ("洪泽区2023年行政许可一共作出了多少个处理决定？", E("hz23", "c.licensing.decisions")),
      ("2024年这个数变成多少了？", E("hz24", "c.licensing.decisions")),
      ("两年一比，多出来多少个？", ED("hz23", "hz24", "c.licensing.decisions")))
    f("zh", "year switch (2019 -> 2025), then compare",
      ("上海市政府办公厅2019年一共新收了多少件信息公开申请？",
       E("sh19", "r.received.total", alt=("受理政府信息公开申请859件", 859))),
      ("到了2025年是多少？", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295))),
      ("2025年比2019年多出几件？", ED("sh19", "sh25", "r.received.total")))
    f("zh", "self-correction of the year",
      ("洪泽区2024年行政处罚决定有多少？", E("hz24", "c.punishment.decisions")),
      ("哦不好意思，我想问的是2023年那份报告里的", E("hz23", "c.punishment.decisions")))
    f("zh", "of those: unable -> not held -> natural persons",
      ("淮安市政府2024年一共有多少申请的答复是无法提供？", E("ha", "r.unable.total")),
      ("这里面因为政府自己没掌握这条信息的占多少？", E("ha", "r.unable.not_held.total")),
      ("其中个人申请的有几件？", E("ha", "r.unable.not_held.natural_person")),
      ("律所之类的法律服务机构呢？", E("ha", "r.unable.not_held.legal_services")))
    f("zh", "check the figure (includes partial?), then add the two",
      ("沭阳县2025年依申请予以公开的有多少件？", E("sy", "r.granted.total")),
      ("这个数字把部分公开的也算进去了吗？部分公开单独是多少？", E("sy", "r.partially_granted.total")),
      ("那全部公开和部分公开合在一起一共多少？", E("sy", ["r.granted.total", "r.partially_granted.total"])))
    f("zh", "appeals group switch: review -> direct suit -> suit after review (upheld)",
      ("淮安2024年因为信息公开被申请行政复议的，结果维持了多少件？", E("ha", "a.review.upheld")),
      ("没走复议、直接去法院起诉的那一类，维持的有几件？", E("ha", "a.litigation_direct.upheld")),
      ("先复议完了再起诉的呢？", E("ha", "a.litigation_after_review.upheld")))
    f("zh", "body switch (year restated)",
      ("沭阳县2025年行政强制决定数量是多少？", E("sy", "c.coercion.decisions")),
      ("淮安市政府2024年的这个数呢？", E("ha", "c.coercion.decisions")))
    f("zh", "column switch within one row",
      ("上海市政府办公厅2019年新收的申请里，商业企业递交了多少件？", E("sh19", "r.received.commercial")),
      ("法律服务机构递交的呢？", E("sh19", "r.received.legal_services")),
      ("个人，也就是自然人呢？", E("sh19", "r.received.natural_person")),
      ("“其他”组织那一栏有几件？", E("sh19", "r.received.other_org")))
    f("zh", "narrative number, then a table number about the same body",
      ("沭阳2025年那个“倒计时报警器”一共发了多少次催办提示？", EN("sy", "催办提示", 84, "次")),
      ("那一年县里有多少件申请因为申请人超期不补正而不再处理？",
       E("sy", "r.other.overdue_correction.total")))
    f("zh", "table value, then a breakdown the report does not print",
      ("涧西区政府办2020年新收了多少件信息公开申请？",
       E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
      ("这17件分别是几月份收到的？", EU("the report gives no monthly breakdown of requests")))
    f("zh", "row switch, then add the two rows",
      ("淮安市政府2024年有多少申请被当作信访、举报、投诉类而不予处理？",
       E("ha", "r.not_processed.petition.total")),
      ("重复申请那一行是多少？", E("ha", "r.not_processed.duplicate.total")),
      ("这两行加一块儿是多少？",
       E("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])))
    f("zh", "year switch (2025 -> 2019), then compare",
      ("上海市府办2025年结转到下一年继续办理的申请有多少？", E("sh25", "r.carried_forward.total")),
      ("2019年年报里这一项是多少？",
       E("sh19", "r.carried_forward.total", alt=("另有72件申请", 72))),
      ("相比之下2025年多了几件？", ED("sh19", "sh25", "r.carried_forward.total")))
    f("zh", "of those: withheld -> state secret",
      ("2023年洪泽区不予公开的申请一共有几件？", E("hz23", "r.withheld.total")),
      ("其中因为属于国家秘密的是几件？", E("hz23", "r.withheld.state_secret.total")))
    f("zh", "check the figure (includes carried-over?), then add",
      ("上海市科委2024年收到的新申请总共多少件？",
       E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
      ("这个数包括从上一年转过来的吗？转过来的有几件？",
       E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2 件", 2))),
      ("两项合起来要处理的一共多少件？", E("kw", ["r.received.total", "r.carried_over.total"])))
    f("zh", "appeals group switch (pending)",
      ("沭阳县2025年的行政复议里有多少件到年底还没审结？", E("sy", "a.review.pending")),
      ("复议后又起诉的那些案子中，还没审结的有几件？", E("sy", "a.litigation_after_review.pending")))
    f("zh", "body switch twice (each year restated)",
      ("淮安市政府2024年行政规范性文件现行有效的有几件？", E("ha", "c.normative_docs.in_force")),
      ("洪泽区2023年呢？", E("hz23", "c.normative_docs.in_force")),
      ("沭阳县2025年的呢？", E("sy", "c.normative_docs.in_force")),
      ("再看看上海市科委2024年的", E("kw", "c.normative_docs.in_force")))
    f("zh", "self-correction of the column",
      ("淮安2024年新收的申请中，科研机构提了多少？", E("ha", "r.received.research")),
      ("说岔了，我本来想问的是商业企业", E("ha", "r.received.commercial")))
    f("zh", "table value, then a residence breakdown the report does not print",
      ("上海市政府办公厅2025年新收申请总数是多少？",
       E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295))),
      ("其中申请人户籍不在上海的有多少？", EU("the report does not break requests down by applicants' residence")))
    f("zh", "narrative number, then a table number about the same body",
      ("上海市政府办公厅2025年开了多少场市政府新闻发布会？",
       EN("sh25", "新闻发布会 42 场", 42, "场")),
      ("那一年他们办结的申请一共多少件？",
       E("sh25", "r.total_processed.total", alt=("办结 1191 件", 1191))))
    f("zh", "of those: procurement projects -> their amount",
      ("涧西区2020年的政府集中采购有几个项目？", E("jx", "c.procurement.projects")),
      ("这几个项目加起来金额是多少万元？", W("jx", "c.procurement.amount")))
    f("zh", "row switch, then add",
      ("2024年洪泽区予以公开的申请有几件？", E("hz24", "r.granted.total")),
      ("同年因为本机关不掌握相关信息而无法提供的有多少？", E("hz24", "r.unable.not_held.total")),
      ("这两项合计多少？", E("hz24", ["r.granted.total", "r.unable.not_held.total"])))
    f("zh", "year switch on reconsideration, then narrow to pending",
      ("二〇一九年上海市府办涉及信息公开的行政复议一共多少件？",
       E("sh19", "a.review.total", alt=("行政复议7件", 7))),
      ("2025年复议总数又是多少？", E("sh25", "a.review.total")),
      ("2025年那批里面还没审结的有几件？", E("sh25", "a.review.pending")))
    f("zh", "row switch inside 不予公开",
      ("沭阳县2025年因为属于三类内部事务信息而不公开的有几件？", E("sy", "r.withheld.internal_affairs.total")),
      ("四类过程性信息那一项呢？", E("sy", "r.withheld.process_info.total")),
      ("行政查询事项呢？", E("sy", "r.withheld.admin_query.total")),
      ("危及“三安全一稳定”的有几件？", E("sy", "r.withheld.security_stability.total")))
    f("zh", "table value, then a breakdown the report does not print",
      ("淮安2024年行政许可处理决定有多少？", E("ha", "c.licensing.decisions")),
      ("这些许可里面办给企业的和办给个人的各是多少？",
       EU("the report prints one licensing total, no split by applicant type")))
    f("zh", "check the figure (law firms inside?), then narrow",
      ("沭阳县2025年新收的申请里，法人或者其他组织提的一共多少件？",
       E("sy", "r.received.legal_person", alt=("法人或其他组织申请 8 件", 8))),
      ("这里面有律师事务所这类法律服务机构吗？有几件？", E("sy", "r.received.legal_services")),
      ("把它们除开，剩下的组织申请是几件？", E("sy", ORGS4)))
    f("zh", "body switch (STCSM -> Hongze)",
      ("上海市科委2024年作出了多少个行政许可决定？", E("kw", "c.licensing.decisions")),
      ("洪泽区2024年的行政许可决定呢？", E("hz24", "c.licensing.decisions")))
    f("zh", "money: year switch, then which year higher and by how much",
      ("洪泽区2023年收取的行政事业性收费是多少万元？", W("hz23", "c.fees.amount")),
      ("2024年收了多少？", W("hz24", "c.fees.amount")),
      ("2024年比2023年是多了还是少了，差多少？", WD("hz23", "hz24", "c.fees.amount")))
    f("zh", "of those: not processed -> reconfirm",
      ("淮安2024年有多少件申请最终不予处理？", E("ha", "r.not_processed.total")),
      ("这88件里，要求行政机关确认或重新出具已获取信息的有几件？",
       E("ha", "r.not_processed.reconfirm.total")))
    f("zh", "self-correction of the appeals group",
      ("沭阳2025年复议后起诉的行政诉讼一共几件？", E("sy", "a.litigation_after_review.total")),
      ("等等，我要问的其实是没经过复议直接起诉的", E("sy", "a.litigation_direct.total")))
    f("zh", "appeals: direct suit -> pending -> suit after review",
      ("上海市府办2025年直接起诉的行政诉讼有多少件？", E("sh25", "a.litigation_direct.total")),
      ("其中还没审结的呢？", E("sh25", "a.litigation_direct.pending")),
      ("经过复议后再起诉的总数是多少？", E("sh25", "a.litigation_after_review.total")))
    f("zh", "narrative number, then a table number about the same body",
      ("淮安市2024年全年开了多少场新闻发布会？", EN("ha", "新闻发布会 12 场", 12, "场")),
      ("同一年市政府废止了几件行政规范性文件？", E("ha", "c.normative_docs.repealed")))
    f("zh", "table value, then response time the report does not state",
      ("洪泽区2023年的信息公开申请里，有几件被认定为没有现成信息、需要另行制作？",
       E("hz23", "r.unable.needs_creation.total")),
      ("办理每件申请平均花了多少天？", EU("the report states no handling times")))
    f("zh", "column switch in carried-over requests",
      ("上海市府办2025年从上年结转过来的申请里，自然人有多少？", E("sh25", "r.carried_over.natural_person")),
      ("法律服务机构的呢？", E("sh25", "r.carried_over.legal_services")))
    f("zh", "row switch inside 无法提供 (natural-person column, 2019 total blank)",
      ("上海市府办2019年因为本机关不掌握而无法提供的，自然人有多少？",
       E("sh19", "r.unable.not_held.natural_person")),
      ("需要另行制作的那一项，自然人的数字是？", E("sh19", "r.unable.needs_creation.natural_person")),
      ("补正后仍不明确的个人申请呢？", E("sh19", "r.unable.unclear.natural_person")))
    f("zh", "year switch on carried-over, then difference",
      ("上海市政府办公厅2019年从上年结转过来的申请有几件？",
       E("sh19", "r.carried_over.total", alt=("含上年度结转申请18件", 18))),
      ("2025年报告中的上年结转又是多少？",
       E("sh25", "r.carried_over.total", alt=("含上年结转 189 件", 189))),
      ("前后差了多少？", ED("sh19", "sh25", "r.carried_over.total")))
    f("zh", "of those: reconsideration -> corrected",
      ("淮安市2024年信息公开类行政复议总共多少件？",
       E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351))),
      ("其中被纠正的有多少件？", E("ha", "a.review.corrected")))
    f("zh", "check the figure (includes carried forward?), then narrow",
      ("涧西区2020年的申请办结了多少件？",
       E("jx", "r.total_processed.total", alt=("办结15件", 15))),
      ("这里头算不算还在办的？还在办、要转到下一年的是几件？",
       E("jx", "r.carried_forward.total", alt=("在办2件", 2))))
    f("zh", "body switch, then a breakdown the report does not print",
      ("沭阳县2025年行政处罚决定数量有多少？", E("sy", "c.punishment.decisions")),
      ("洪泽区2023年的行政处罚决定呢？", E("hz23", "c.punishment.decisions")),
      ("这些处罚分别是哪些执法部门作出的？", EU("no breakdown of penalty decisions by department is printed")))
    f("zh", "row switch (granted -> handled total)",
      ("上海市科委2024年有多少申请予以公开？",
       E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
      ("那这一年办理结果总计是多少件？", E("kw", "r.total_processed.total")))
    f("zh", "self-correction of the year",
      ("上海市府办2019年办理结果总计一共是多少件？",
       E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805件", 805))),
      ("搞错了，应该问2025年的", E("sh25", "r.total_processed.total", alt=("办结 1191 件", 1191))))
    f("zh", "narrative number, then a table number about the same body",
      ("洪泽区2024年在政府网站平台主动发布了多少条政府信息？", EN("hz24", "2428", 2428, "条")),
      ("同一年区里的行政强制决定是多少？", E("hz24", "c.coercion.decisions")))
    f("zh", "of those: withheld -> third party",
      ("沭阳县2025年不予公开的申请合计多少？", E("sy", "r.withheld.total")),
      ("其中涉及保护第三方合法权益的有几件？", E("sy", "r.withheld.third_party.total")))
    f("zh", "reconsideration then the two kinds of lawsuits added",
      ("涧西区2020年的行政复议有几件？", E("jx", "a.review.total")),
      ("行政诉讼呢？直接起诉和复议后起诉一起算", E("jx", ["a.litigation_direct.total",
                                                 "a.litigation_after_review.total"])))
    f("zh", "column switch, then an industry breakdown not printed",
      ("淮安市2024年部分公开的申请有多少件是自然人提的？", E("ha", "r.partially_granted.natural_person")),
      ("商业企业的呢？", E("ha", "r.partially_granted.commercial")),
      ("提这7件申请的企业分别属于什么行业？", EU("the report does not say which industries the companies belong to")))
    f("zh", "appeals groups of Hongze 2024 (text cells)",
      ("洪泽区2024年行政复议总数是多少？", E("hz24", "a.review.total")),
      ("直接提起行政诉讼的有几件？", E("hz24", "a.litigation_direct.total")),
      ("复议以后再打官司的呢？", E("hz24", "a.litigation_after_review.total")))
    f("zh", "year switch on documents in force, then difference",
      ("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
      ("2024年的年报写的是多少？", E("hz24", "c.normative_docs.in_force")),
      ("增加了几件？", ED("hz23", "hz24", "c.normative_docs.in_force")))
    f("zh", "of those: other handling -> fee not paid",
      ("淮安2024年“其他处理”一共多少件？", E("ha", "r.other.total")),
      ("其中因为逾期不缴费被终止的有几件？", E("ha", "r.other.overdue_fee.total")))
    f("zh", "body switch on duplicate requests",
      ("上海市府办2025年因为重复申请不予处理的有几件？", E("sh25", "r.not_processed.duplicate.total")),
      ("淮安市政府2024年因为同样原因不处理的有多少？", E("ha", "r.not_processed.duplicate.total")))
    f("zh", "narrative vs table (749 vs 713), then the carried-over gap",
      ("沭阳县2025年年报的总体情况里说全年共受理了多少件申请？", EN("sy", "749", 749, "件")),
      ("可表格里本年新收是多少？", E("sy", "r.received.total")),
      ("差出来的那部分是上年结转的吧？结转了几件？", E("sy", "r.carried_over.total")),
      ("年底又转到下一年去的有多少？", E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31))))
    f("zh", "table value, then a topic breakdown not printed",
      ("上海市科委2024年现行有效的规范性文件有多少件？", E("kw", "c.normative_docs.in_force")),
      ("这些文件里有多少是讲科技金融的？", EU("the report gives no topic breakdown of normative documents")))
    f("zh", "column switch in the regulations row",
      ("淮安市政府2024年规章制发了几件？",
       E("ha", "c.regulations.issued", alt=("新增公开市政府规章 1 件", 1))),
      ("现行有效的规章有多少件？", E("ha", "c.regulations.in_force")))
    f("zh", "year switch on direct lawsuits, then which year more",
      ("上海市府办2019年直接提起的行政诉讼多少件？",
       E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
      ("到2025年这个数字呢？", E("sh25", "a.litigation_direct.total")),
      ("两份年报比较，哪年多、多几件？", ED("sh19", "sh25", "a.litigation_direct.total")))

    # ---------------------------------------------------------------- en
    f("en", "year switch, then how much it fell",
      ("How many administrative penalty decisions did Hongze District report for 2023?",
       E("hz23", "c.punishment.decisions")),
      ("And in its 2024 report?", E("hz24", "c.punishment.decisions")),
      ("So by how much did that number drop between the two years?",
       ED("hz23", "hz24", "c.punishment.decisions")))
    f("en", "of those: withheld -> admin query -> state secret",
      ("Huai'an, 2024: how many requests were withheld altogether?", E("ha", "r.withheld.total")),
      ("How many of them were refused as administrative query matters?",
       E("ha", "r.withheld.admin_query.total")),
      ("And how many on state-secret grounds?", E("ha", "r.withheld.state_secret.total")),
      ("To protect third parties' rights?", E("ha", "r.withheld.third_party.total")))
    f("en", "self-correction of the column",
      ("For Shuyang County in 2025, how many newly received requests came from companies?",
       E("sy", "r.received.commercial")),
      ("Hang on, I got the column wrong. Law firms and other legal-service providers, please.",
       E("sy", "r.received.legal_services")))
    f("en", "check the figure (includes legal-service institutions?), then narrow",
      ("Shanghai General Office, 2019: how many new requests came from legal persons and other organisations?",
       E("sh19", "r.received.legal_person")),
      ("Is the legal-services column part of that number? How many were from them?",
       E("sh19", "r.received.legal_services")),
      ("Then leave them out. What's left?", E("sh19", ORGS4)))
    f("en", "money: body switch twice",
      ("What did Huai'an collect in administrative fees in 2024, in units of 10,000 yuan?",
       W("ha", "c.fees.amount")),
      ("And Shuyang County for 2025?", W("sy", "c.fees.amount")),
      ("Hongze District for 2023?", W("hz23", "c.fees.amount")),
      ("And Hongze's 2024 report?", W("hz24", "c.fees.amount")))
    f("en", "appeals group switch (text cells)",
      ("In 2025, how many administrative reconsideration cases did the Shanghai General Office report in total?",
       E("sh25", "a.review.total")),
      ("What about lawsuits filed straight in court, with no reconsideration first?",
       E("sh25", "a.litigation_direct.total")),
      ("And lawsuits brought after a reconsideration?", E("sh25", "a.litigation_after_review.total")),
      ("Going back to the direct suits: how many were unresolved at the end of 2025?",
       E("sh25", "a.litigation_direct.pending")))
    f("en", "narrative number, then a table number about the same body",
      ("According to Shuyang County's 2025 report, how many outdated items were removed in the clean-up of published information?",
       EN("sy", "697条", 697, "条")),
      ("And in the table, how many requests did the county answer with 'we don't hold this information'?",
       E("sy", "r.unable.not_held.total")))
    f("en", "table value, then a sex breakdown not printed",
      ("How many requests to Jianxi District's government office in 2020 ended with the information disclosed?",
       E("jx", "r.granted.total")),
      ("How many of those applicants were women?", EU("the report does not record applicants' sex")))
    f("en", "column switch in the normative-documents row",
      ("For STCSM, the Shanghai science commission, how many normative documents were issued in 2024?",
       E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13 件", 13))),
      ("How many are currently in force?", E("kw", "c.normative_docs.in_force")))
    f("en", "year switch on natural persons, then the difference",
      ("Shanghai General Office 2025: new requests from natural persons?", E("sh25", "r.received.natural_person")),
      ("And the same column in 2019?", E("sh19", "r.received.natural_person")),
      ("What's the gap between the two?", ED("sh19", "sh25", "r.received.natural_person")))
    f("en", "of those: other handling -> 'other' sub-item -> individuals",
      ("Shuyang County 2025: how many requests ended up under 'other handling'?", E("sy", "r.other.total")),
      ("Within that, how many sit under the catch-all 'other' line?", E("sy", "r.other.other.total")),
      ("And how many of the 143 were filed by individuals?", E("sy", "r.other.other.natural_person")))
    f("en", "self-correction of the year",
      ("What was Hongze District's number of administrative licensing decisions in 2024?",
       E("hz24", "c.licensing.decisions")),
      ("Wait, I actually wanted 2023.", E("hz23", "c.licensing.decisions")))
    f("en", "column switch in the handled-total row",
      ("Huai'an 2024: how many requests from natural persons were handled in total?",
       E("ha", "r.total_processed.natural_person")),
      ("And from commercial enterprises?", E("ha", "r.total_processed.commercial")),
      ("Legal service institutions?", E("ha", "r.total_processed.legal_services")),
      ("Any from research institutes at all?", E("ha", "r.total_processed.research")))
    f("en", "row switch inside other handling, then add the two",
      ("For Huai'an in 2024, how many requests were dropped because the applicant never supplied the corrections asked for?",
       E("ha", "r.other.overdue_correction.total")),
      ("And how many were dropped because the applicant didn't pay the fee in time?",
       E("ha", "r.other.overdue_fee.total")),
      ("Add those two together?", E("ha", ["r.other.overdue_correction.total",
                                           "r.other.overdue_fee.total"])))
    f("en", "table value, then a reason the report does not give",
      ("STCSM in 2024: how many administrative penalty decisions?", E("kw", "c.punishment.decisions")),
      ("Why didn't they issue any?", EU("the report gives no reason")))
    f("en", "outcome switch within reconsideration",
      ("Shuyang County, 2025: in how many reconsideration cases was the original decision upheld?",
       E("sy", "a.review.upheld")),
      ("How many were corrected?", E("sy", "a.review.corrected")),
      ("And the ones with some other outcome?", E("sy", "a.review.other")))
    f("en", "body switch twice on granted requests",
      ("How many requests did Hongze District grant in full in 2024?", E("hz24", "r.granted.total")),
      ("And Huai'an in 2024?", E("ha", "r.granted.total")),
      ("What about Shuyang in 2025?", E("sy", "r.granted.total")))
    f("en", "narrative number, then a table number about the same body",
      ("How many articles did STCSM's 'Shanghai Science' WeChat account publish in 2024?",
       EN("kw", "1640", 1640, "篇")),
      ("And how many requests did STCSM carry over from the prior year into 2024?",
       E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2 件", 2))))
    f("en", "year switch, then which year had more",
      ("Hongze District 2023: requests turned down because the district didn't hold the information?",
       E("hz23", "r.unable.not_held.total")),
      ("Same row in 2024?", E("hz24", "r.unable.not_held.total")),
      ("Which of the two years had more, and by how many?", ED("hz23", "hz24", "r.unable.not_held.total")))
    f("en", "check the figure (includes partial?), then narrow",
      ("For Huai'an in 2024, how many requests got full disclosure?", E("ha", "r.granted.total")),
      ("Is partial disclosure counted in there? If not, how many were partial?",
       E("ha", "r.partially_granted.total")),
      ("OK, and of the partial ones, how many came from companies?", E("ha", "r.partially_granted.commercial")))
    f("en", "narrative number, then a platform breakdown not printed",
      ("How many government new-media accounts was Huai'an running according to its 2024 report?",
       EN("ha", "95个", 95, "个")),
      ("How many of those are on Douyin?", EU("the report gives no breakdown of the accounts by platform")))
    f("en", "row switch, then add (text cells)",
      ("Shanghai General Office 2025: how many requests were treated as petitions or complaints and not processed?",
       E("sh25", "r.not_processed.petition.total")),
      ("And repeat applications?", E("sh25", "r.not_processed.duplicate.total")),
      ("Both together?", E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])))
    f("en", "column switch in the 2019 normative-documents row",
      ("Jianxi District government office, 2020: how many normative documents did it newly make?",
       E("jx", "c.normative_docs.made")),
      ("And how many had it published in total?", E("jx", "c.normative_docs.total_published")))
    f("en", "body switch on carried forward",
      ("How many requests did the Shanghai General Office push into the following year in 2019?",
       E("sh19", "r.carried_forward.total", alt=("另有72件申请", 72))),
      ("Same thing for Jianxi District in 2020?", E("jx", "r.carried_forward.total")))
    f("en", "sum of both lawsuit groups, then of those pending",
      ("Huai'an 2024: how many information-disclosure lawsuits were there in total, both kinds together?",
       E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
         alt=("政府信息公开行政诉讼 46", 46))),
      ("Of these, how many were still pending at year end?",
       E("ha", ["a.litigation_direct.pending", "a.litigation_after_review.pending"],
         alt=("政府信息公开行政诉讼 46", 7))))
    f("en", "self-correction of the body",
      ("How many administrative coercion decisions did Huai'an make in 2024?", E("ha", "c.coercion.decisions")),
      ("Oops, I meant Hongze District, 2023.", E("hz23", "c.coercion.decisions")))
    f("en", "year switch on carried-over individuals, then the difference",
      ("Shanghai General Office, 2019: requests carried over from the year before, natural persons only?",
       E("sh19", "r.carried_over.natural_person")),
      ("And in 2025?", E("sh25", "r.carried_over.natural_person")),
      ("How much bigger is the 2025 figure?", ED("sh19", "sh25", "r.carried_over.natural_person")))
    f("en", "narrative number, then a table number about the same body",
      ("Hongze District, 2024: how many issues of executive meetings did the district make public?",
       EN("hz24", "常务会议 7", 7, "期")),
      ("How many normative documents did it issue that year?", E("hz24", "c.normative_docs.issued")))
    f("en", "row switch inside withheld",
      ("Shuyang 2025: how many requests were refused as state secrets?", E("sy", "r.withheld.state_secret.total")),
      ("Endangering security or stability?", E("sy", "r.withheld.security_stability.total")),
      ("Administrative enforcement case files?", E("sy", "r.withheld.enforcement_files.total")))
    f("en", "of those: direct lawsuits -> corrected",
      ("Huai'an 2024: how many lawsuits did people file directly, without going through reconsideration?",
       E("ha", "a.litigation_direct.total")),
      ("In how many of those did the court correct the government?", E("ha", "a.litigation_direct.corrected")))
    f("en", "narrative number, then a topic breakdown not printed",
      ("Shanghai General Office 2025: how many requests were withdrawn by the applicants themselves?",
       EN("sh25", "撤回 157", 157, "件")),
      ("Which topics did those withdrawn requests concern?", EU("the report does not describe the withdrawn requests")))
    f("en", "of those: duplicates -> companies",
      ("Shuyang County 2025: how many requests did it decline to process as repeat applications?",
       E("sy", "r.not_processed.duplicate.total")),
      ("And how many of those came from businesses?", E("sy", "r.not_processed.duplicate.commercial")))
    f("en", "check the figure (includes businesses?), then narrow",
      ("STCSM 2024: how many new requests came in?", E("kw", "r.received.total")),
      ("Does that include the ones from businesses? How many were those?", E("kw", "r.received.commercial")),
      ("So just private individuals?", E("kw", "r.received.natural_person")))
    f("en", "year switch on coercion, then the change",
      ("Hongze District 2023: administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
      ("And 2024?", E("hz24", "c.coercion.decisions")),
      ("What's the change from one year to the other?", ED("hz23", "hz24", "c.coercion.decisions")))
    f("en", "row switch inside withheld (2019 columns)",
      ("Shanghai General Office 2019: how many requests from individuals were withheld as internal affairs information?",
       E("sh19", "r.withheld.internal_affairs.natural_person")),
      ("And what about process information, companies only?", E("sh19", "r.withheld.process_info.commercial")))
    f("en", "column switch across the normative-documents row",
      ("Shuyang 2025: normative documents issued?", E("sy", "c.normative_docs.issued")),
      ("Repealed?", E("sy", "c.normative_docs.repealed")),
      ("Still valid at the end of 2025?", E("sy", "c.normative_docs.in_force")))
    f("en", "table value, then a waiting time not printed",
      ("How many requests did Huai'an carry over from 2023 into its 2024 workload?",
       E("ha", "r.carried_over.total", alt=("含上年度结转申请 34 件", 34))),
      ("How long had those been waiting on average?", EU("the report gives no waiting or handling times")))
    f("en", "outcome switch in suits after review",
      ("Jianxi District 2020: lawsuits filed after reconsideration, how many?",
       E("jx", "a.litigation_after_review.total")),
      ("And how many were upheld?", E("jx", "a.litigation_after_review.upheld")))
    f("en", "two narrative numbers, then a table number about the same body",
      ("Shuyang 2025: how many times did the county talk to applicants before handling their requests?",
       EN("sy", "办前主动沟通 49", 49, "次")),
      ("And how many disputes did that help settle?", EN("sy", "化解各类争议纠纷 33 件", 33, "件")),
      ("In the table, how many requests were answered with partial disclosure?",
       E("sy", "r.partially_granted.total")))
    f("en", "self-correction of the row",
      ("How many requests did the Shanghai General Office refuse in 2025 because answering would have meant creating new information?",
       E("sh25", "r.unable.needs_creation.total")),
      ("My mistake, I was after the ones where the office doesn't hold the information.",
       E("sh25", "r.unable.not_held.total")))
    f("en", "year switch on direct-suit pending, then the difference",
      ("Shanghai General Office 2019: how many direct lawsuits were still unresolved?",
       E("sh19", "a.litigation_direct.pending")),
      ("2025?", E("sh25", "a.litigation_direct.pending")),
      ("Difference?", ED("sh19", "sh25", "a.litigation_direct.pending")))
    f("en", "body switch, then personal data",
      ("Huai'an 2024: how many requests did the city refuse because the information would have had to be newly created?",
       E("ha", "r.unable.needs_creation.total")),
      ("Shuyang 2025, same category?", E("sy", "r.unable.needs_creation.total")),
      ("Can you give me the names of the people who filed those two?", EU("personal data; not in any report")))
    f("en", "of those: suits after review -> pending",
      ("Huai'an 2024: lawsuits brought after reconsideration, total?", E("ha", "a.litigation_after_review.total")),
      ("How many of them were still unresolved when the year ended?",
       E("ha", "a.litigation_after_review.pending")))
    f("en", "year switch on companies, then any increase",
      ("Shanghai General Office 2025: how many new requests came from commercial enterprises?",
       E("sh25", "r.received.commercial")),
      ("And in 2019?", E("sh19", "r.received.commercial")),
      ("Was there any increase?", ED("sh19", "sh25", "r.received.commercial")))
    f("en", "row switch (not held -> carried forward)",
      ("Jianxi District 2020: how many requests were refused because the office didn't hold the information?",
       E("jx", "r.unable.not_held.total")),
      ("How many were carried into 2021?", E("jx", "r.carried_forward.total")))
    f("en", "narrative number, then a topic breakdown not printed",
      ("How many information items did Hongze District publish proactively on its website in 2023?",
       EN("hz23", "1136", 1136, "条")),
      ("How many of those were about rural revitalisation?", EU("the report gives no topic breakdown")))
    f("en", "year switch on direct lawsuits, then which had more",
      ("Hongze District 2024: how many direct lawsuits?", E("hz24", "a.litigation_direct.total")),
      ("In 2023?", E("hz23", "a.litigation_direct.total")),
      ("Which year had more?", ED("hz23", "hz24", "a.litigation_direct.total")))
    f("en", "check the figure (all individuals?), then carried in",
      ("Shuyang 2025: how many requests were still being worked on when the year closed?",
       E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31))),
      ("Are those all from individuals?", E("sy", "r.carried_forward.natural_person")),
      ("And how many did the county bring in from 2024?", E("sy", "r.carried_over.total")))
    f("en", "narrative number, then a table number about the same body",
      ("Shanghai General Office 2019: how many policy interpretations went up on the 'China Shanghai' portal?",
       EN("sh19", "政策解读共132件", 132, "件")),
      ("How many normative documents did it newly make that year?",
       E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))))
    f("en", "body switch (Shanghai GO -> STCSM)",
      ("Shanghai General Office 2025: requests granted in full?", E("sh25", "r.granted.total")),
      ("And STCSM, 2024?", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))))
    f("en", "outcome switch, then add the two",
      ("Huai'an 2024: how many reconsideration cases ended with an 'other' outcome?", E("ha", "a.review.other")),
      ("How many still pending?", E("ha", "a.review.pending")),
      ("Those two together?", E("ha", ["a.review.other", "a.review.pending"])))
    f("en", "self-correction of the item, then a township breakdown not printed",
      ("Shuyang 2025: administrative licensing decisions?", E("sy", "c.licensing.decisions")),
      ("No wait, administrative coercion is what I need.", E("sy", "c.coercion.decisions")),
      ("Which townships did they take place in?", EU("no township breakdown is printed")))
    return out


# ====================================================================== plain values
def plain():
    p = "[plain] "
    return [
        # zh
        V("zh", "ha", "r.received.natural_person", "2024年淮安市老百姓个人提交的政府信息公开申请有多少件？", p + "natural persons, new"),
        V("zh", "sy", "c.licensing.decisions", "沭阳县2025年一年办了多少件行政许可？", p + "licensing decisions"),
        V("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请有几件？", p + "partially granted"),
        V("zh", "sh19", "c.normative_docs.published", "上海市政府办公厅2019年新公开的规范性文件有多少件？",
          p + "2019 format: newly published (text agrees)", alt=("行政规范性文件60件", 60)),
        V("zh", "jx", "c.normative_docs.published", "涧西区政府办2020年新公开了几份规范性文件？", p + "2019 format: newly published"),
        V("zh", "kw", "r.received.natural_person", "2024年市科委收到的申请中，以个人名义提出的有多少？", p + "text cell"),
        V("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请有多少件？", p + "carried over"),
        V("zh", "ha", "r.withheld.enforcement_files.total", "淮安市2024年有几件申请因为属于行政执法案卷没公开？", p + "withheld: enforcement files"),
        V("zh", "hz24", "c.fees.amount", "洪泽区二〇二四年行政事业性收费金额是多少万元？", p + "money, text cell", unit="万元"),
        V("zh", "sh25", "r.granted.total", "上海市政府办公厅2025年予以公开的申请有多少件？", p + "text cell"),
        V("zh", "ha", "c.punishment.decisions", "淮安2024年全市行政处罚决定一共多少个？", p + "penalties"),
        V("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年复议后又打官司的案件中，法院维持的有几件？", p + "suit after review, upheld"),
        V("zh", "ha", "r.withheld.security_stability.total", "淮安市政府2024年以危及“三安全一稳定”为由不公开的申请有几件？", p + "withheld: security"),
        V("zh", "hz23", "r.not_processed.petition.total", "洪泽区2023年有没有信访举报投诉类的申请被不予处理？有几件？", p + "petition"),
        V("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额是多少？", p + "money: 251000元 = 25.1 万元", unit="万元"),
        V("zh", "jx", "a.review.upheld", "涧西区政府办2020年的行政复议结果维持了几件？", p + "review upheld"),
        V("zh", "sy", "r.granted.natural_person", "沭阳县2025年个人申请里得到全部公开答复的有多少件？", p + "granted, natural persons"),
        V("zh", "ha", "r.received.legal_services", "2024年淮安市收到的申请中，律师事务所等法律服务机构提交了多少件？", p + "legal services, new"),
        V("zh", "kw", "r.total_processed.total", "市科委2024年全年办结的信息公开申请总数是多少？", p + "text cell"),
        V("zh", "hz24", "r.carried_forward.total", "洪泽区2024年有没有留到下一年办理的申请？", p + "text cell, zero"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办因为属于信访举报投诉而不予处理的个人申请有多少？",
          p + "2019 natural-person column (total blank)"),
        V("zh", "ha", "a.litigation_after_review.other", "淮安2024年复议后起诉的诉讼中，其他结果的有几件？", p + "suit after review, other"),
        V("zh", "sy", "r.total_processed.natural_person", "沭阳县2025年办理结果总计里自然人那一栏是多少？", p + "handled, natural persons"),
        V("zh", "ha", "r.unable.unclear.total", "淮安市政府2024年有几件申请补正以后内容仍然说不清楚？", p + "unclear after correction"),
        V("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年废止了几件行政规范性文件？", p + "repealed"),
        V("zh", "sh25", "a.review.pending", "2025年上海市政府办公厅涉及信息公开的行政复议中尚未审结的有几件？", p + "text cell"),
        V("zh", "jx", "r.received.natural_person", "涧西区2020年自然人提交的申请有几件？", p + "natural persons, new"),
        V("zh", "ha", "r.granted.commercial", "淮安2024年企业提的申请里，予以公开的有多少？", p + "granted, companies"),
        V("zh", "sy", "r.received.research", "沭阳县2025年有科研机构申请过政府信息公开吗？", p + "zero cell"),
        V("zh", "sh19", "r.total_processed.commercial", "上海市府办2019年办理结果总计中，商业企业是多少件？", p + "handled, companies"),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年以过程性信息为由不公开的有几件？", p + "withheld: process info"),
        # en
        V("en", "ha", "c.regulations.in_force", "How many municipal regulations does Huai'an have in force according to its 2024 report?", p + "regulations in force"),
        V("en", "sy", "c.punishment.decisions", "Shuyang County 2025, number of administrative penalty decisions?", p + "penalties"),
        V("en", "hz23", "r.received.total", "How many information requests did Hongze District receive in 2023?",
          p + "text agrees", alt=("受理政府信息公开申请 21 件", 21)),
        V("en", "kw", "c.licensing.decisions", "How many licensing decisions did the Shanghai science commission make in 2024?", p + "text cell"),
        V("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office still have open at the end of 2025?", p + "text cell"),
        V("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: requests refused because they concerned internal affairs information?", p + "withheld: internal affairs"),
        V("en", "jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi District's government office list for 2020?", p + "procurement projects"),
        V("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: how many applications were closed because the applicant never paid the processing fee on time?", p + "overdue fee"),
        V("en", "sh19", "c.normative_docs.total_published", "What's the cumulative number of normative documents the Shanghai General Office had made public by 2019?", p + "2019 format: total published"),
        V("en", "ha", "r.total_processed.legal_services", "How many requests from legal-service institutions did Huai'an finish handling in 2024?", p + "handled, legal services"),
        V("en", "hz24", "a.review.total", "Hongze District, 2024: how many reconsideration applications were about information disclosure?", p + "text cell"),
        V("en", "kw", "c.normative_docs.in_force", "How many normative documents did STCSM have in force at the end of 2024?", p + "text cell"),
        V("en", "sy", "a.review.total", "Total reconsideration cases over information disclosure for Shuyang County in 2025?", p + "review total"),
        V("en", "ha", "r.granted.legal_services", "For Huai'an in 2024, how many requests from law firms were granted in full?", p + "granted, legal services"),
        V("en", "sh19", "c.procurement.projects", "How many centralized procurement projects did the Shanghai General Office report for 2019?", p + "procurement projects"),
        V("en", "jx", "c.regulations.made", "Jianxi District 2020: how many regulations were made?", p + "2019 format, zero"),
        V("en", "sy", "r.partially_granted.natural_person", "Shuyang County 2025: partial disclosures to individual applicants?", p + "partial, natural persons"),
        V("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: requests withheld because other laws or administrative regulations forbid disclosure?", p + "withheld: prohibited by law"),
        V("en", "hz24", "a.litigation_after_review.total", "Hongze District in 2024: lawsuits brought after an administrative reconsideration?", p + "text cell"),
        V("en", "sh25", "r.total_processed.total", "How many requests did the Shanghai General Office complete in 2025?",
          p + "text agrees", alt=("办结 1191 件", 1191)),
        V("en", "ha", "a.review.pending", "How many of Huai'an's 2024 reconsideration cases were still undecided at year end?", p + "review pending"),
        V("en", "sy", "r.received.natural_person", "Shuyang County: how many new requests from individuals in 2025, leaving aside ones carried in?", p + "natural persons, new (text 741 includes carried over)"),
        V("en", "sh19", "r.not_processed.duplicate.commercial", "Shanghai General Office 2019: how many duplicate requests from commercial enterprises went unprocessed?", p + "duplicate, companies"),
        V("en", "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023: requests withheld as administrative enforcement case files?", p + "withheld: enforcement files"),
        V("en", "ha", "r.granted.natural_person", "How many requests from individuals in Huai'an got full disclosure in 2024?", p + "granted, natural persons"),
        V("en", "kw", "r.received.total", "How many new information requests did individuals and businesses file with STCSM in 2024?",
          p + "text cell, text agrees", alt=("全年收到政府信息公开申请 34 件", 34)),
        V("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025: direct lawsuits in which the court upheld the county?", p + "direct suit upheld"),
        V("en", "ha", "r.received.public_interest", "Did any public-interest organisations file requests with Huai'an in 2024?", p + "zero cell"),
        V("en", "jx", "c.licensing.decisions", "Jianxi District's 2020 report: number of administrative licensing decisions?", p + "2019 format, zero"),
        V("en", "sh19", "c.regulations.made", "How many regulations did the Shanghai General Office newly make in 2019?",
          p + "text agrees", alt=("主动公开规章13件", 13)),
    ]


# ====================================================================== narrative numbers
def textonly():
    t = "[textonly] "
    return [
        N("zh", "ha", "公报》6 期", 6, "期", "淮安市政府2024年编了几期《淮安市人民政府公报》？", t + "gazette issues"),
        N("zh", "sy", "爆款内容52条", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款内容？", t + "viral posts"),
        N("zh", "sh25", "人事任免文件 196", 196, "件", "上海市政府办公厅2025年主动公开了多少件人事任免文件？", t + "appointment documents",
          frm="全年主动公开"),
        N("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理细化出了多少项政务公开事项？", t + "items listed",
          frm="梳理细化权力运行"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海市科委的“上海科技”视频号2024年做了多少场直播？", t + "live streams"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年网站巡检一共整改了多少处失效链接？", t + "broken links"),
        N("zh", "sh19", "编发公报24期", 24, "期", "上海市政府办公厅2019年一共编发了几期政府公报？", t + "gazette issues"),
        N("zh", "ha", "3940 元", 3940, "元", "淮安市政府2024年收了多少钱的信息处理费？", t + "processing fee in 元",
          frm="2024 年，市政府严格"),
        N("zh", "hz24", "解读信息发布 7 条", 7, "条", "洪泽区2024年发布了几条解读信息？", t + "interpretations"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "按上海市政府办公厅2025年的年报，市政府开了几场新闻通气会？", t + "press briefings"),
        N("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的信息公开年报？", t + "units' annual reports"),
        N("zh", "kw", "政协提案 85 件", 85, "件", "上海市科委2024年主办、合办的政协提案有多少件？", t + "CPPCC proposals",
          frm="《上海市科委 2024 年度代表建议"),
        N("zh", "sh19", "2261项事项", 2261, "项", "上海市政府办公厅2019年年报里，“一网通办”统一受理平台接入了多少项事项？", t + "one-stop service items"),
        N("en", "sy", "4511条", 4511, "条", "How many items did Shuyang County post on its government portal in 2025?", t + "portal items"),
        N("en", "sh25", "10 个语种", 10, "个", "How many languages did Shanghai's international services portal cover according to the General Office's 2025 report?", t + "languages"),
        N("en", "kw", "1016823", 1016823, "人", "How many followers did STCSM's WeChat account have according to its 2024 report?", t + "followers"),
        N("en", "ha", "政策解读", 21, "个", "How many policy explainers did Huai'an produce in 2024?", t + "policy interpretations"),
        N("en", "sh19", "权威发布共计38次", 38, "次", "How many times did the Shanghai General Office put out authoritative releases on executive-meeting topics in 2019?", t + "meeting releases"),
        N("en", "jx", "21个领域", 21, "个", "Jianxi District 2020: across how many fields were the disclosure items sorted?", t + "fields",
          frm="梳理细化权力运行"),
        N("en", "sy", "短视频1113个", 1113, "个", "How many original short videos did Shuyang County push out in 2025?", t + "short videos"),
        N("en", "sh25", "属性审查 166 件", 166, "件", "How many official documents did the Shanghai General Office review for disclosure status in 2025?", t + "documents reviewed",
          frm="全年完成"),
        N("en", "kw", "集成式发布政策 121 条", 121, "条", "STCSM 2024: how many policies were pushed in batches to the integrated release platform?", t + "policies pushed"),
        N("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect every quarter, per the General Office's 2019 report?", t + "websites checked"),
        N("en", "ha", "4 次政府信息公开栏目", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?", t + "checks"),
        N("en", "sh25", "16 个区", 16, "个", "In the Shanghai General Office's 2025 report, how many districts have put their gazette online in digital form?", t + "districts"),
        N("en", "kw", "短视频 584 条", 584, "条", "How many short videos did STCSM's 'Shanghai Science' video channel release in 2024?", t + "short videos"),
    ]


# ====================================================================== combine: sums and differences
def combine():
    c = "[combine] "
    return [
        S("zh", "ha", ["r.withheld.total", "r.unable.total"], "淮安市政府2024年不予公开和无法提供的申请加在一起有多少件？", c + "sum of 2 derived rows"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年复议加上两类行政诉讼，一共多少件？", c + "sum of 3 (text: 相关案件 74 件)", alt=("74 件", 74)),
        S("zh", "sh19", ["r.withheld.%s.natural_person" % s for s in L.WITHHELD],
          "上海市府办2019年个人申请被不予公开的，八种理由加起来一共几件？", c + "sum of 8 natural-person cells (2019 totals blank)"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "洪泽区2023年无法提供的三种情形合计多少件？", c + "sum of 3"),
        S("zh", "sh25", ["r.received.total", "r.carried_over.total"],
          "上海市政府办公厅2025年新收的加上上年结转的，一共有多少件申请？", c + "sum of 2 text cells"),
        S("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
          "Add up all five 'not processed' categories for Huai'an in 2024. What do you get?", c + "sum of 5"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Jianxi District 2020: reconsiderations plus both kinds of lawsuits, how many in all?", c + "sum of 3"),
        S("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Hongze District 2024: total of reconsideration cases and lawsuits of both types?", c + "sum of 3 text cells"),
        S("en", "sy", ["r.granted.natural_person", "r.partially_granted.natural_person"],
          "Shuyang 2025: how many individuals got either full or partial disclosure?", c + "sum of 2"),
        S("en", "sh19", ["r.unable.%s.natural_person" % s for s in L.UNABLE],
          "Shanghai General Office 2019: individual requests that couldn't be provided, all three reasons combined?",
          c + "sum of 3 natural-person cells (2019 totals blank)"),
        D("zh", "hz23", "hz24", "c.normative_docs.issued", "洪泽区新制发的行政规范性文件，2024年比2023年多了几件？", c + "difference hz 2023->2024"),
        D("zh", "sh19", "sh25", "r.total_processed.total", "上海市政府办公厅的办理总数，2025年相比2019年增加了多少件？",
          c + "difference sh 2019->2025"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办涉及信息公开的行政复议，从2019年到2025年增加了多少件？", c + "difference sh 2019->2025"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区的行政处罚决定数，2024年和2023年比变化了多少？", c + "difference hz 2023->2024 (negative)"),
        D("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze District's licensing decisions grow from 2023 to 2024?", c + "difference hz 2023->2024"),
        D("en", "sh19", "sh25", "r.received.total", "How many more new requests did the Shanghai General Office get in 2025 than in 2019?",
          c + "difference sh 2019->2025", alt=("受理政府信息公开申请 1295 件", 1295)),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: change in requests carried forward to the next year, 2019 versus 2025?",
          c + "difference sh 2019->2025"),
    ]


# ====================================================================== rankings
def rank():
    r = "[rank] "
    return [
        R("zh", ["jx", "hz23", "sy", "sh19"], "r.received.total", "desc",
          "涧西区政府办2020年、洪泽区2023年、沭阳县2025年、上海市政府办公厅2019年，这四家谁新收的申请最多？", r + "received, desc"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "行政许可决定数量：淮安市2024年、沭阳县2025年、洪泽区2023年，哪家最多？", r + "licensing, desc"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.carried_forward.total", "asc",
          "淮安市2024年、洪泽区2023年、沭阳县2025年、涧西区2020年，哪家结转到下一年的申请最少？", r + "carried forward, asc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "现行有效的行政规范性文件，淮安2024年、洪泽2023年、沭阳2025年三家里谁最少？", r + "in force, asc"),
        R("zh", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "未经复议直接起诉的案件，涧西区2020年、沭阳县2025年、上海市府办2019年哪个最多？", r + "direct suits, desc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Of Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which collected the least in administrative fees?", r + "fees, asc"),
        R("en", ["jx", "hz23", "sh19", "sy"], "r.unable.not_held.natural_person", "desc",
          "Requests from individuals refused because the body didn't hold the information: Jianxi 2020, Hongze 2023, Shanghai General Office 2019 or Shuyang 2025, which had the most?",
          r + "not held (natural persons), desc"),
        R("en", ["ha", "sy", "sh19"], "r.received.legal_person", "desc",
          "Which received the most new requests from organisations: Huai'an in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?",
          r + "legal persons (derived), desc"),
        R("en", ["jx", "hz23", "sh19"], "r.total_processed.total", "asc",
          "Jianxi District (2020), Hongze District (2023), Shanghai General Office (2019): who handled the fewest requests?", r + "handled, asc"),
    ]


# ====================================================================== neighbouring-cell traps
def neighbour():
    n = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市政府2024年的申请里，有多少件留到下一年继续办？",
          n + "结转下年 103, not 上年结转 34", alt=("103 件顺延", 103)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年先申请复议、复议完又去起诉的行政诉讼有几件？",
          n + "复议后起诉 10, not 直接起诉 3"),
        T("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅到2019年为止对外公开的规章累计有多少件？",
          n + "对外公开总数量 524, not 新制作 13"),
        T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年因为没有现成信息、需要另外制作才没法提供的申请有几件？",
          n + "另行制作 2, not 不掌握 111"),
        T("zh", "ha", "a.review.other", "淮安市2024年行政复议结果既不是维持也不是纠正的有多少件？",
          n + "其他结果 178, not 纠正 64"),
        T("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an repeal in 2024?",
          n + "废止 26, not 制发 8"),
        T("en", "jx", "c.procurement.amount", "What was the total value of Jianxi District's centralized procurement in 2020, in 10,000 yuan?",
          n + "amount 28.6232 万元, not 8 projects", unit="万元"),
        T("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: requests withheld as process (deliberative) information?",
          n + "过程性信息 12, not 内部事务 8"),
        T("en", "sy", "c.normative_docs.in_force", "How many normative documents were in effect in Shuyang County at the end of 2025?",
          n + "现行有效 32, not 制发 6"),
    ]


# ====================================================================== unanswerable
def cannot():
    u = "[cannot] "
    return [
        U("zh", "淮安市2024年提交信息公开申请的人里男女各占多少？", "applicants' sex is not recorded", u + "sex"),
        U("zh", "沭阳县2025年的信息公开申请按月份是怎么分布的？", "no monthly breakdown", u + "month"),
        U("zh", "南京市2024年收到了多少件政府信息公开申请？", "南京市 is not in the corpus", u + "body not held"),
        U("zh", "洪泽区2022年作出了多少个行政处罚决定？", "洪泽区 2022 report not held", u + "year not held"),
        U("zh", "上海市政府办公厅2025年答复一件申请平均要几个工作日？", "no response times stated", u + "response time"),
        U("zh", "涧西区2021年予以公开的申请有多少？", "涧西区 2021 report not held", u + "year not held"),
        U("zh", "淮安市2024年下面各个县区的申请量分别是多少？", "no breakdown by county/district", u + "district breakdown"),
        U("zh", "沭阳县2025年负责政务公开的工作人员有几名？", "staff numbers not stated", u + "staff"),
        U("zh", "上海市科委2025年预计会收到多少件申请？", "forecast; 2025 report of 市科委 not held", u + "forecast"),
        U("zh", "宿迁市2025年的信息公开行政复议有多少件？", "宿迁市 is not in the corpus", u + "body not held"),
        U("zh", "洪泽区2024年的申请人里60岁以上的老人有多少？", "applicants' age not recorded", u + "age"),
        U("zh", "上海市府办2019年的申请里，网上提交的占多少？", "no breakdown by channel", u + "channel"),
        U("zh", "淮安市2024年做政府信息公开工作一共花了多少经费？", "costs of the work are not reported", u + "cost"),
        U("zh", "你觉得沭阳县2025年的信息公开工作做得怎么样？", "opinion, not a reported fact", u + "opinion"),
        U("zh", "上海市政府办公厅2022年新收了多少件申请？", "2022 report not held", u + "year not held"),
        U("zh", "浦东新区2025年政府信息公开申请有多少件？", "浦东新区 is not in the corpus", u + "body not held"),
        U("zh", "淮安市2024年提申请最多的那个人叫什么名字？", "personal data, not in the report", u + "personal data"),
        U("en", "How many of Huai'an's 2024 applicants were under 30?", "applicants' age not recorded", u + "age"),
        U("en", "How many requests did Shuyang County get in the second quarter of 2025?", "no quarterly breakdown", u + "quarter"),
        U("en", "How many disclosure requests did Qingjiangpu District receive in 2024?", "清江浦区 is not in the corpus", u + "body not held"),
        U("en", "How many administrative penalty decisions did Hongze District make in 2025?", "洪泽区 2025 report not held", u + "year not held"),
        U("en", "Which topic drew the most requests to the Shanghai General Office in 2025?", "no topic breakdown", u + "topic"),
        U("en", "How many staff did STCSM assign to disclosure work in 2024?", "staff numbers not stated", u + "staff"),
        U("en", "How many requests did Jianxi District's government office receive in 2019?", "涧西区 2019 report not held", u + "year not held"),
        U("en", "What share of Huai'an's 2024 requests came in by post rather than online?", "no breakdown by channel", u + "channel"),
        U("en", "How many information-disclosure requests did Luoyang city handle in 2020?", "洛阳市 is not in the corpus", u + "body not held"),
        U("en", "How many requests will the Shanghai General Office receive in 2026?", "forecast", u + "forecast"),
        U("en", "What was Hongze District's average response time to requests in 2023?", "no response times stated", u + "response time"),
        U("en", "How many of Shuyang County's 2025 requests were about land acquisition or demolition?", "no topic breakdown", u + "topic"),
        U("en", "How many requests did the Shanghai Municipal Education Commission receive in 2024?", "body not in the corpus", u + "body not held"),
        U("en", "Which Huai'an city departments received the most requests in 2024?", "no department breakdown", u + "department"),
        U("en", "Why did Hongze District's request numbers go up so much in 2024?", "the 2024 report states no cause", u + "reason not stated"),
        U("en", "How many information requests did Huai'an receive in 2023?", "淮安市 2023 report not held", u + "year not held"),
        U("en", "Give me the home address of the person who sued Shuyang County in 2025.", "personal data", u + "personal data"),
    ]


def CONVERSATIONS():
    return followups() + plain() + textonly() + combine() + rank() + neighbour() + cannot()
