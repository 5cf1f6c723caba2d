"""Question bank of blind evaluation set 192 (evals/blind192), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is computed
by helpers192.py (gold JSON, or printed rows re-parsed from the text for the three reports
without gold, or a sentence cut from the report text).

Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold), sy 沭阳县 2025,
kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib192 as L  # noqa: E402
from helpers192 import (E, EN, EU, ED, ER, F, V, S, N, U, D, R, T, cols)  # noqa: E402,F401

# Printed cells of the reports without gold: exactly the cells blind6's text_cells.json verified
# (same specs, re-parsed from the printed rows by blindlib192.text_cell at build time).
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


# Narrative sentences that state the same number as a table cell (keyword, number[, cut from]):
def HA_REQ(n):
    return ("3119", n)


def HA_APP(n):
    return ("行政复议 351", n)


def HA_ACT(n):
    return ("公报》6", n)


def SH25_REQ(n):
    return ("办结 1191", n, "市政府共受理")


def SH19_REQ(n):
    return ("回落12.3%", n)


def SH19_APP(n):
    return ("零败诉", n)


def SH19_ACT(n):
    return ("主动公开规章13件", n, "2019年，通过")


def SH19_OUT(n):
    return ("不予公开35件", n)


def KW_REQ(n):
    return ("全年收到政府信息公开申请 34", n, "全年收到")


def KW_OUT(n):
    return ("同意公开答复 9", n)


def JX_REQ(n):
    return ("办结率88.2%", n, "全年共收到")


def HZ23_REQ(n):
    return ("21 件", n)


def SY_REQ(n):
    return ("749", n)


MONEY = {"unit": "万元"}


def fu(lang, note, *turns):
    return F(lang, list(turns), "[followup] " + note)


def pl(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def tr(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def sm(lang, b, keys, q, note, **kw):
    if len(keys) < 2:
        raise ValueError("a sum lists at least two keys")
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def df(lang, b1, b2, keys, q, note, **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def rk(lang, bodies, keys, order, q, note):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def tx(lang, b, keyword, value, unit, q, note, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def un(lang, q, why, note):
    return U(lang, q, why, "[cannot] " + note)


# ============================================================ follow-ups (zh)
def followups_zh():
    c = []
    c.append(fu("zh", "year switch then compare (洪泽 2023→2024)",
        ("洪泽区2023年一共作出了多少个行政许可决定？", E("hz23", "c.licensing.decisions")),
        ("换到2024年看看是多少", E("hz24", "c.licensing.decisions")),
        ("这两年哪年多？多出来多少个", ED("hz23", "hz24", "c.licensing.decisions"))))
    c.append(fu("zh", "year switch then compare (上海市府办 2019→2025)",
        ("上海市政府办公厅2019年新收的申请当中，个人（自然人）提交的有多少件？", E("sh19", "r.received.natural_person")),
        ("2025年这个数字变成多少了", E("sh25", "r.received.natural_person")),
        ("2025年比2019年多了多少件？", ED("sh19", "sh25", "r.received.natural_person"))))
    c.append(fu("zh", "body switch, ends unanswerable (penalty types not printed)",
        ("沭阳县2025年行政处罚的决定数量是多少", E("sy", "c.punishment.decisions")),
        ("淮安市政府2024年这一栏填的是多少？", E("ha", "c.punishment.decisions")),
        ("淮安这些处罚决定里罚款的有多少，警告的有多少？", EU("table 二 prints only the number of penalty decisions; no breakdown by type of penalty"))))
    c.append(fu("zh", "of those: columns of the received row (淮安 2024)",
        ("淮安市2024年本年新收的政府信息公开申请一共有多少件？", E("ha", "r.received.total", alt=HA_REQ(3119))),
        ("这里头法律服务机构递交的是几件", E("ha", "r.received.legal_services")),
        ("商业企业递交的又是多少？", E("ha", "r.received.commercial"))))
    c.append(fu("zh", "self-correction: appeals group (复议 → 复议后起诉)",
        ("淮安2024年因政府信息公开被申请行政复议，结果被纠正的有几件？", E("ha", "a.review.corrected", alt=HA_APP(64))),
        ("哎我说错了，我想问的是经过复议以后又去法院起诉的那部分，纠正了几件", E("ha", "a.litigation_after_review.corrected"))))
    c.append(fu("zh", "check the figure (部分公开 separate) then narrow to a column",
        ("沭阳县2025年的申请里予以公开的有多少件？", E("sy", "r.granted.total")),
        ("这个数里算没算部分公开的？部分公开单独是多少件", E("sy", "r.partially_granted.total")),
        ("部分公开那些里面，法律服务机构申请的占几件？", E("sy", "r.partially_granted.legal_services"))))
    c.append(fu("zh", "narrative number then table number, same body",
        ("沭阳县2025年一共发出了多少次催办提示？", EN("sy", "催办提示", 84, "次")),
        ("同一年沭阳以“三类内部事务信息”为由不予公开的申请有几件？", E("sy", "r.withheld.internal_affairs.total"))))
    c.append(fu("zh", "row switch, add up, ends unanswerable (department breakdown)",
        ("上海市府办2025年因为本机关不掌握相关信息、无法提供的申请有多少？", E("sh25", "r.unable.not_held.total")),
        ("因为没有现成信息、需要另外制作的呢", E("sh25", "r.unable.needs_creation.total")),
        ("把这两类合在一起算是多少件？", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ("这些无法提供的申请分别是哪些委办局经手的？", EU("the report does not break requests down by handling department"))))
    c.append(fu("zh", "appeals group switch (复议 → 复议后起诉), pending",
        ("沭阳2025年信息公开类的行政复议，到年底还没审结的有几件？", E("sy", "a.review.pending")),
        ("那复议之后又起诉的官司里，还没审结的有几件", E("sy", "a.litigation_after_review.pending"))))
    c.append(fu("zh", "column switch then add the two columns",
        ("淮安市政府2024年予以公开的申请中，自然人的有几件？", E("ha", "r.granted.natural_person")),
        ("换成法律服务机构那一列看看", E("ha", "r.granted.legal_services")),
        ("这两列合计是多少", E("ha", ["r.granted.natural_person", "r.granted.legal_services"])),
        ("再把商业企业那一列也加进去呢？", E("ha", ["r.granted.natural_person", "r.granted.legal_services", "r.granted.commercial"]))))
    c.append(fu("zh", "year switch then which year higher (上海市府办 结转下年)",
        ("上海市人民政府办公厅2019年有多少件申请结转到下一年继续办？", E("sh19", "r.carried_forward.total", alt=SH19_REQ(72))),
        ("它2025年的年报里这个数是多少？", E("sh25", "r.carried_forward.total")),
        ("哪一年结转下去的更多，相差几件？", ED("sh19", "sh25", "r.carried_forward.total"))))
    c.append(fu("zh", "self-correction year (洪泽 2024 → 2023), then column switch",
        ("洪泽区2024年现行有效的行政规范性文件有几件？", E("hz24", "c.normative_docs.in_force")),
        ("不好意思，我要看的是2023年的", E("hz23", "c.normative_docs.in_force")),
        ("2023年废止掉的有几件？", E("hz23", "c.normative_docs.repealed"))))
    c.append(fu("zh", "of those (不掌握 → 自然人), ends unanswerable (lawyers as individuals)",
        ("淮安市2024年因为本机关不掌握相关政府信息而没法提供的申请有多少件？", E("ha", "r.unable.not_held.total")),
        ("其中自然人申请的占多少件", E("ha", "r.unable.not_held.natural_person")),
        ("这些自然人里有多少其实是律师用个人名义申请的？", EU("the table counts natural persons only; it does not say how many were lawyers applying privately"))))
    c.append(fu("zh", "narrative number then table number (上海市科委 2024)",
        ("上海市科委2024年“上海科技”公众号发了多少篇原创文章？", EN("kw", "原创文章 294", 294, "篇")),
        ("同一年科委本年新收的申请里，商业企业交了几件？", E("kw", "r.received.commercial"))))
    c.append(fu("zh", "body switch then row switch (规章 → 规范性文件)",
        ("淮安市政府2024年现行有效的规章有多少件？", E("ha", "c.regulations.in_force")),
        ("沭阳县2025年的现行有效规章是多少", E("sy", "c.regulations.in_force")),
        ("那沭阳的行政规范性文件现行有效的有多少件", E("sy", "c.normative_docs.in_force"))))
    c.append(fu("zh", "check the figure (含上年结转?) then narrow to a column",
        ("上海市府办2025年办理结果总计是多少件？", E("sh25", "r.total_processed.total", alt=SH25_REQ(1191))),
        ("这里面有没有包含上年结转过来的？结转过来的是多少件", E("sh25", "r.carried_over.total", alt=SH25_REQ(189))),
        ("结转过来的当中，法律服务机构的有几件？", E("sh25", "r.carried_over.legal_services"))))
    c.append(fu("zh", "narrative fee in 元, then table fee amount in 万元",
        ("淮安市政府2024年收了多少政府信息公开信息处理费？", EN("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
        ("那行政事业性收费金额是多少万元？", E("ha", "c.fees.amount", **MONEY))))
    c.append(fu("zh", "row switch, ends unanswerable (topics of the two requests)",
        ("涧西区人民政府办公室2020年予以公开了几件申请？", E("jx", "r.granted.total")),
        ("无法提供的总共有几件", E("jx", "r.unable.total")),
        ("这几件没能提供的分别是申请什么信息的？", EU("the report prints counts only, not the subject of each request"))))
    c.append(fu("zh", "appeals outcome switch then group switch (洪泽 2023, printed cells only)",
        ("洪泽区2023年行政复议中结果维持的有多少件？", E("hz23", "a.review.upheld")),
        ("被纠正的有几件？", E("hz23", "a.review.corrected")),
        ("复议之后起诉到法院、结果维持的又有几件", E("hz23", "a.litigation_after_review.upheld"))))
    c.append(fu("zh", "column switch (采购项目数 → 金额) then body switch",
        ("上海市政府办公厅2019年政府集中采购做了几个项目？", E("sh19", "c.procurement.projects")),
        ("采购总金额是多少万元", E("sh19", "c.procurement.amount", **MONEY)),
        ("涧西区政府办2020年的采购总金额呢？", E("jx", "c.procurement.amount", **MONEY))))
    c.append(fu("zh", "self-correction column (总计 → 商业企业)",
        ("沭阳县2025年属于重复申请、不予处理的有几件？", E("sy", "r.not_processed.duplicate.total")),
        ("我说的是商业企业那一栏，不是总数", E("sy", "r.not_processed.duplicate.commercial"))))
    c.append(fu("zh", "printed-blank total asked by columns (上海市府办 2019 予以公开/部分公开)",
        ("上海市府办2019年予以公开的申请里，自然人有多少件？", E("sh19", "r.granted.natural_person")),
        ("各类申请人全部算上的话，予以公开一共多少件？", E("sh19", cols("granted"))),
        ("部分公开的呢，也是所有申请人加起来", E("sh19", cols("partially_granted")))))
    c.append(fu("zh", "row switch then year switch (洪泽 2024 → 2023)",
        ("洪泽区2024年表格里予以公开的申请是多少件？", E("hz24", "r.granted.total")),
        ("因为本机关不掌握、没法提供的有多少件", E("hz24", "r.unable.not_held.total")),
        ("2023年这一项是几件？", E("hz23", "r.unable.not_held.total"))))
    c.append(fu("zh", "appeals group switch then add up (沭阳 2025 诉讼)",
        ("沭阳县2025年没经过复议、直接起诉的行政诉讼有几件？", E("sy", "a.litigation_direct.total")),
        ("先复议后起诉的有几件", E("sy", "a.litigation_after_review.total")),
        ("两种诉讼一共多少件？", E("sy", ["a.litigation_direct.total", "a.litigation_after_review.total"]))))
    c.append(fu("zh", "body switch (上海市府办 2025 → 上海市科委 2024) then column switch",
        ("上海市府办2025年新收的申请中商业企业提交的有多少件？", E("sh25", "r.received.commercial")),
        ("上海市科委2024年是多少", E("kw", "r.received.commercial")),
        ("科委那一年自然人新提交的有几件", E("kw", "r.received.natural_person"))))
    c.append(fu("zh", "narrative then table, ends unanswerable (coercion types)",
        ("淮安市2024年一共开了几场新闻发布会？", EN("ha", "新闻发布会 12", 12, "场", frm="组织召开了")),
        ("同一年淮安市政府作出的行政强制决定有多少个", E("ha", "c.coercion.decisions")),
        ("这些行政强制里查封扣押的有多少个？", EU("table 二 gives only the total of coercion decisions, not by measure"))))
    c.append(fu("zh", "self-correction year (上海市府办 2025 → 2019), then of those",
        ("上海市政府办公厅2025年行政复议一共多少件", E("sh25", "a.review.total")),
        ("等一下，我要的其实是2019年的数", E("sh19", "a.review.total", alt=SH19_APP(7))),
        ("2019年那些复议里还没审结的有几件？", E("sh19", "a.review.pending"))))
    c.append(fu("zh", "of those (收到 → 办结) then narrative rate (涧西 2020)",
        ("涧西区2020年一共收到了多少件依申请公开？", E("jx", "r.received.total", alt=JX_REQ(17))),
        ("其中办结了多少件？", E("jx", "r.total_processed.total", alt=JX_REQ(15))),
        ("办结率是多少？", EN("jx", "办结率88.2%", 88.2, "%", frm="全年共收到"))))
    c.append(fu("zh", "row switch within 不予公开, then derived row total (淮安 2024)",
        ("淮安2024年属于行政查询事项、不予公开的有几件？", E("ha", "r.withheld.admin_query.total")),
        ("属于四类过程性信息的又是几件", E("ha", "r.withheld.process_info.total")),
        ("不予公开的各种情形加起来一共多少件？", E("ha", "r.withheld.total"))))
    c.append(fu("zh", "year switch then compare, money (洪泽 收费)",
        ("洪泽区2023年行政事业性收费金额是多少？", E("hz23", "c.fees.amount", **MONEY)),
        ("那2024年收了多少", E("hz24", "c.fees.amount", **MONEY)),
        ("两年比起来是涨了还是降了，差多少万元？", ED("hz23", "hz24", "c.fees.amount", **MONEY))))
    c.append(fu("zh", "row switch within 其他处理, derived total, ends unanswerable (withdrawals)",
        ("沭阳县2025年因为申请人逾期不补正、不再处理的申请有几件？", E("sy", "r.other.overdue_correction.total")),
        ("逾期不交费被停办的呢？", E("sy", "r.other.overdue_fee.total")),
        ("其他处理这一大项总共多少件", E("sy", "r.other.total")),
        ("其他处理里有多少是申请人自己撤回的？", EU("沭阳's report does not state withdrawals; the table has no such row"))))
    c.append(fu("zh", "row switch (信访 → 重复)",
        ("上海市政府办公厅2025年信访举报投诉类申请、不予处理的有多少件？", E("sh25", "r.not_processed.petition.total")),
        ("重复申请那一类有多少", E("sh25", "r.not_processed.duplicate.total"))))
    c.append(fu("zh", "check the figure (includes organisations?) then narrow",
        ("沭阳县2025年表格里本年新收的申请一共多少件？", E("sy", "r.received.total")),
        ("这个数里有企业、机构这些法人或其他组织的吗？它们合起来有几件", E("sy", "r.received.legal_person", alt=SY_REQ(8))),
        ("其中法律服务机构是几件？", E("sy", "r.received.legal_services"))))
    c.append(fu("zh", "row switch in 2019-format active table (涧西 2020)",
        ("涧西区政府办2020年规范性文件本年新制作了几件？", E("jx", "c.normative_docs.made")),
        ("政府集中采购的项目数量是多少", E("jx", "c.procurement.projects"))))
    c.append(fu("zh", "of those (outcome columns), ends unanswerable (which court)",
        ("淮安市2024年未经复议直接起诉的行政诉讼一共多少件？", E("ha", "a.litigation_direct.total")),
        ("其中结果维持的有几件", E("ha", "a.litigation_direct.upheld")),
        ("还在审理没结案的呢？", E("ha", "a.litigation_direct.pending")),
        ("这些案子分别在哪个法院审的？", EU("the report does not name courts"))))
    c.append(fu("zh", "self-correction column (对外公开总数 → 本年新公开), then row switch",
        ("上海市政府办公厅2019年规章对外公开总数量是多少？", E("sh19", "c.regulations.total_published")),
        ("不是总数，我要的是本年新公开的数量", E("sh19", "c.regulations.published", alt=SH19_ACT(13))),
        ("规范性文件本年新公开了多少件", E("sh19", "c.normative_docs.published", alt=SH19_ACT(60)))))
    c.append(fu("zh", "appeals group switch (洪泽 2024, three groups)",
        ("洪泽区2024年行政复议总数是几件？", E("hz24", "a.review.total")),
        ("行政诉讼里没经过复议直接告的有几件", E("hz24", "a.litigation_direct.total")),
        ("复议后再起诉的有几件？", E("hz24", "a.litigation_after_review.total"))))
    c.append(fu("zh", "narrative then table, then column switch (沭阳 2025)",
        ("沭阳县2025年清理掉多少条过期信息？", EN("sy", "过期信息697", 697, "条")),
        ("那一年沭阳的行政规范性文件本年制发了几件", E("sy", "c.normative_docs.issued")),
        ("废止的有几件？", E("sy", "c.normative_docs.repealed"))))
    c.append(fu("zh", "derived total, check the figure then narrow (淮安 其他处理)",
        ("淮安市政府2024年作其他处理的申请一共多少件？", E("ha", "r.other.total")),
        ("这里面包括申请人逾期不补正的吗？那部分有多少件", E("ha", "r.other.overdue_correction.total")),
        ("只看法律服务机构的话是几件", E("ha", "r.other.overdue_correction.legal_services"))))
    c.append(fu("zh", "appeals group switch, ends unanswerable (forecast)",
        ("上海市府办2025年直接起诉的行政诉讼里，尚未审结的有几件？", E("sh25", "a.litigation_direct.pending")),
        ("行政复议尚未审结的有几件", E("sh25", "a.review.pending")),
        ("这些没审结的案子估计什么时候能有结果？", EU("forecast; the report gives no dates or expectations"))))
    c.append(fu("zh", "body switch (上海市科委 2024 → 上海市府办 2025)",
        ("上海市科委2024年予以公开的申请有几件？", E("kw", "r.granted.total", alt=KW_OUT(9))),
        ("同样的问题，上海市政府办公厅2025年是多少件", E("sh25", "r.granted.total"))))
    c.append(fu("zh", "column switch then all columns (printed-blank total, 上海市府办 2019)",
        ("上海市人民政府办公厅2019年因本机关不掌握而无法提供的申请，自然人有几件？", E("sh19", "r.unable.not_held.natural_person")),
        ("商业企业那一列是多少", E("sh19", "r.unable.not_held.commercial")),
        ("所有申请人加在一起是多少？", E("sh19", cols("unable.not_held"), alt=("无法提供265件", 265)))))
    c.append(fu("zh", "narrative then table, then year switch (洪泽 2023 → 2024)",
        ("洪泽区2023年在政府网站上主动公开了多少条政府信息？", EN("hz23", "1136", 1136, "条")),
        ("同一年行政强制决定有多少个", E("hz23", "c.coercion.decisions")),
        ("那2024年行政强制决定数是多少？", E("hz24", "c.coercion.decisions")),
        ("2024年比2023年少了多少个？", ED("hz23", "hz24", "c.coercion.decisions"))))
    c.append(fu("zh", "column switch in active table (淮安 行政规范性文件)",
        ("淮安市2024年行政规范性文件本年废止了多少件？", E("ha", "c.normative_docs.repealed")),
        ("本年制发的是几件", E("ha", "c.normative_docs.issued")),
        ("目前现行有效的一共多少件？", E("ha", "c.normative_docs.in_force"))))
    c.append(fu("zh", "add up two rows of one column (沭阳 自然人)",
        ("沭阳县2025年部分公开的申请中，自然人提出的有几件？", E("sy", "r.partially_granted.natural_person")),
        ("再加上予以公开的自然人申请，一共多少件", E("sy", ["r.partially_granted.natural_person", "r.granted.natural_person"]))))
    c.append(fu("zh", "check the figure (含上年结转?) then switch row (上海市科委 2024)",
        ("上海市科委2024年办理结果总计是多少件？", E("kw", "r.total_processed.total")),
        ("这35件是不是也包括上年结转的？结转过来的有几件", E("kw", "r.carried_over.total", alt=KW_REQ(2))),
        ("那2024年本年新收了多少件", E("kw", "r.received.total", alt=KW_REQ(34)))))
    c.append(fu("zh", "derived row total then of those (洪泽 2023 不予公开)",
        ("洪泽区2023年不予公开的申请总共几件？", E("hz23", "r.withheld.total")),
        ("其中因为属于国家秘密的有几件", E("hz23", "r.withheld.state_secret.total")),
        ("这些不予公开的都是自然人提的吗？自然人有几件", E("hz23", "r.withheld.natural_person"))))
    c.append(fu("zh", "appeals group switch within outcome 其他结果 (淮安 2024)",
        ("淮安市政府2024年行政复议中“其他结果”的有多少件", E("ha", "a.review.other", alt=HA_APP(178))),
        ("复议后起诉的行政诉讼里“其他结果”是几件", E("ha", "a.litigation_after_review.other")),
        ("直接起诉的那部分呢", E("ha", "a.litigation_direct.other"))))
    c.append(fu("zh", "narrative then table (上海市府办 2025)",
        ("上海市府办2025年开了多少场新闻通气会？", EN("sh25", "新闻通气会 19", 19, "场")),
        ("同年因为没有现成信息、需要另行制作而无法提供的申请有多少件", E("sh25", "r.unable.needs_creation.total"))))
    c.append(fu("zh", "body switch (涧西 2020 → 洪泽 2023), appeals",
        ("涧西区政府办2020年复议后起诉的行政诉讼有几件", E("jx", "a.litigation_after_review.total")),
        ("洪泽区2023年复议后起诉、结果维持的是几件？", E("hz23", "a.litigation_after_review.upheld"))))
    c.append(fu("zh", "table then narrative that states a different scope (洪泽 2024: 95 vs 17)",
        ("洪泽区2024年报告的表格里，本年新收申请是多少件？", E("hz24", "r.received.total")),
        ("正文里说区政府办代表区政府受理了几件？", EN("hz24", "代表区政府受理", 17, "件")),
        ("表里结转到下年度继续办理的有几件", E("hz24", "r.carried_forward.total"))))
    c.append(fu("zh", "outcome switch, ends unanswerable (which units were corrected)",
        ("沭阳县2025年政府信息公开行政复议总共多少件？", E("sy", "a.review.total")),
        ("结果被纠正的有几件", E("sy", "a.review.corrected")),
        ("被纠正的那几件分别是哪些单位的？", EU("the report gives no respondent units for reconsideration cases"))))
    return c


# ============================================================ follow-ups (en)
def followups_en():
    c = []
    c.append(fu("en", "year switch then compare (Hongze normative docs issued)",
        ("How many administrative normative documents did the Hongze District government issue in 2024?", E("hz24", "c.normative_docs.issued")),
        ("And back in 2023?", E("hz23", "c.normative_docs.issued")),
        ("So which of the two years had more, and by how many?", ED("hz23", "hz24", "c.normative_docs.issued"))))
    c.append(fu("en", "year switch then change (Shanghai General Office reconsiderations)",
        ("Shanghai General Office, 2019: how many administrative reconsideration cases were there over information disclosure?", E("sh19", "a.review.total", alt=SH19_APP(7))),
        ("Same count for 2025, please.", E("sh25", "a.review.total")),
        ("How much did it change from 2019 to 2025?", ED("sh19", "sh25", "a.review.total"))))
    c.append(fu("en", "body switch twice (granted in full)",
        ("In 2024, how many disclosure requests did Huai'an's city government grant in full?", E("ha", "r.granted.total")),
        ("How about Shuyang County in 2025?", E("sy", "r.granted.total")),
        ("And the Jianxi District government office in 2020?", E("jx", "r.granted.total")),
        ("Last one: Hongze District, 2023?", E("hz23", "r.granted.total"))))
    c.append(fu("en", "of those, ends unanswerable (gender)",
        ("Shuyang County 2025: how many disclosure requests were partially granted?", E("sy", "r.partially_granted.total")),
        ("Of those, how many came from private individuals?", E("sy", "r.partially_granted.natural_person")),
        ("Can you split those individuals into men and women?", EU("applicants are not broken down by sex"))))
    c.append(fu("en", "self-correction column (individuals → business enterprises)",
        ("For Huai'an in 2024, how many requests were refused because other laws or administrative regulations forbid disclosure, counting individuals only?", E("ha", "r.withheld.prohibited_by_law.natural_person")),
        ("Oops, I meant the business enterprises column.", E("ha", "r.withheld.prohibited_by_law.commercial"))))
    c.append(fu("en", "check the figure (includes carry-overs?) then narrow",
        ("How many new disclosure requests did Shanghai's General Office receive in 2025?", E("sh25", "r.received.total", alt=SH25_REQ(1295))),
        ("Does that figure include requests left over from 2024? How many were carried over?", E("sh25", "r.carried_over.total", alt=SH25_REQ(189))),
        ("Of the carried-over ones, how many had been filed by individuals?", E("sh25", "r.carried_over.natural_person"))))
    c.append(fu("en", "narrative number then table number (Huai'an 2024)",
        ("How many issues of the Huai'an Municipal Government Gazette came out in 2024?", EN("ha", "公报》6", 6, "期")),
        ("And how many municipal regulations were in force at that point, per the table?", E("ha", "c.regulations.in_force"))))
    c.append(fu("en", "row switch then add up (petition / duplicate)",
        ("Huai'an 2024: how many applications weren't processed because they were really petitions, reports or complaints?", E("ha", "r.not_processed.petition.total")),
        ("How about ones rejected as repeat applications?", E("ha", "r.not_processed.duplicate.total")),
        ("Give me those two combined.", E("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]))))
    c.append(fu("en", "appeals group switch, outcome upheld (Shuyang 2025)",
        ("Shuyang County 2025 — in how many reconsideration cases was the original decision upheld?", E("sy", "a.review.upheld")),
        ("And among lawsuits brought after a reconsideration, how many upheld?", E("sy", "a.litigation_after_review.upheld")),
        ("What about suits filed straight in court?", E("sy", "a.litigation_direct.upheld"))))
    c.append(fu("en", "column switch (carried over: individuals → legal services)",
        ("Shanghai General Office 2025: how many of the requests carried over from the prior year were from individuals?", E("sh25", "r.carried_over.natural_person")),
        ("And from legal service institutions?", E("sh25", "r.carried_over.legal_services"))))
    c.append(fu("en", "year switch then increase (Hongze granted)",
        ("How many requests did Hongze District grant in full in 2023?", E("hz23", "r.granted.total")),
        ("Did that change in 2024? What was the number then?", E("hz24", "r.granted.total")),
        ("So how big was the increase from 2023 to 2024?", ED("hz23", "hz24", "r.granted.total"))))
    c.append(fu("en", "self-correction year (2025 → 2019) then compare",
        ("What was the Shanghai General Office's count of new requests from businesses in 2025?", E("sh25", "r.received.commercial")),
        ("No wait, I need the 2019 number.", E("sh19", "r.received.commercial")),
        ("Which year was higher, and by how much?", ED("sh19", "sh25", "r.received.commercial"))))
    c.append(fu("en", "of those (handled → columns) (Huai'an 2024)",
        ("How many disclosure requests did Huai'an finish handling in 2024?", E("ha", "r.total_processed.total", alt=HA_REQ(3050))),
        ("How many of those were from legal service institutions?", E("ha", "r.total_processed.legal_services")),
        ("And from the 'other organisations' category?", E("ha", "r.total_processed.other_org")),
        ("How many of the 3050 were answered within ten working days?", EU("the report only says all were answered within the statutory limit; no breakdown by time taken"))))
    c.append(fu("en", "narrative number then table number (Shuyang 2025)",
        ("How many posts went viral for the Shuyang County government in 2025?", EN("sy", "爆款内容52", 52, "条")),
        ("In that same year, how many requests did Shuyang refuse because the information was an administrative query matter?", E("sy", "r.withheld.admin_query.total"))))
    c.append(fu("en", "body switch (Shuyang 2025 → Hongze 2024), coercion",
        ("How many administrative coercion decisions did Shuyang County report for 2025?", E("sy", "c.coercion.decisions")),
        ("What was Hongze District's figure for 2024?", E("hz24", "c.coercion.decisions"))))
    c.append(fu("en", "check then switch row, ends unanswerable (staff)",
        ("Jianxi District government office, 2020: how many requests were still being handled at year end and carried forward?", E("jx", "r.carried_forward.total", alt=JX_REQ(2))),
        ("And how many could not be provided because the office didn't hold the information?", E("jx", "r.unable.not_held.total")),
        ("How many people work on disclosure in that office?", EU("the report states no staff numbers"))))
    c.append(fu("en", "body switch, money, ends unanswerable (fee items)",
        ("What did Huai'an collect in administrative fees in 2024, in units of 10,000 yuan?", E("ha", "c.fees.amount", **MONEY)),
        ("And Shuyang in 2025?", E("sy", "c.fees.amount", **MONEY)),
        ("Which specific fee items made up Shuyang's total?", EU("table 二 prints only the total amount; no list of fee items"))))
    c.append(fu("en", "row switch, then all columns (printed-blank total, Shanghai 2019)",
        ("Shanghai General Office in 2019 — how many requests from individuals were refused as state secrets?", E("sh19", "r.withheld.state_secret.natural_person")),
        ("How about refusals for internal affairs information, individuals again?", E("sh19", "r.withheld.internal_affairs.natural_person")),
        ("And for process information, across all applicant types?", E("sh19", cols("withheld.process_info")))))
    c.append(fu("en", "row switch, ends unanswerable (topics)",
        ("Hongze District 2023: how many requests couldn't be met because the information would have to be newly compiled?", E("hz23", "r.unable.needs_creation.total")),
        ("And because the district didn't have the information at all?", E("hz23", "r.unable.not_held.total")),
        ("What were those requests about?", EU("request topics are not reported"))))
    c.append(fu("en", "column/row switch in the active table (STCSM 2024)",
        ("How many normative documents did STCSM issue in 2024?", E("kw", "c.normative_docs.issued")),
        ("And how many are in effect now, according to that report?", E("kw", "c.normative_docs.in_force")),
        ("How many administrative licensing decisions did it make that year?", E("kw", "c.licensing.decisions"))))
    c.append(fu("en", "row switch within other handling, ends unanswerable (fee amounts)",
        ("Huai'an 2024: how many applications were dropped because the applicant never supplied the missing details in time?", E("ha", "r.other.overdue_correction.total")),
        ("And because the applicant didn't pay the fee by the deadline?", E("ha", "r.other.overdue_fee.total")),
        ("How much money did those unpaid fee notices add up to?", EU("the report does not give the amounts of unpaid fee notices"))))
    c.append(fu("en", "self-correction body (Hongze 2023 → Shuyang 2025)",
        ("How many administrative licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
        ("Hmm, actually I wanted Shuyang County for 2025.", E("sy", "c.licensing.decisions"))))
    c.append(fu("en", "check the figure (counts law firms?) then narrow (Huai'an 2024)",
        ("How many new requests did Huai'an receive in 2024 from organisations rather than individuals?", E("ha", "r.received.legal_person")),
        ("Are law firms and legal aid bodies in that? How many came from them?", E("ha", "r.received.legal_services")),
        ("Leave them out then — how many organisation requests are left?", E("ha", ["r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.other_org"]))))
    c.append(fu("en", "row switch, ends unanswerable (12345 hotline)",
        ("In 2025, how many requests to Shanghai's General Office were not processed as duplicates?", E("sh25", "r.not_processed.duplicate.total")),
        ("And as petitions or complaints?", E("sh25", "r.not_processed.petition.total")),
        ("How many of the petition-type ones were later resubmitted through the 12345 hotline?", EU("not reported"))))
    c.append(fu("en", "sum of two groups (text agrees) then of those (Huai'an lawsuits)",
        ("According to the Huai'an 2024 report, how many disclosure-related administrative lawsuits were there in total?", E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], alt=HA_APP(46))),
        ("How many of them were filed only after a reconsideration?", E("ha", "a.litigation_after_review.total")),
        ("And of that group, how many were still undecided?", E("ha", "a.litigation_after_review.pending"))))
    c.append(fu("en", "year switch (Shanghai lawsuits after reconsideration 2025 → 2019)",
        ("How many lawsuits filed after reconsideration did the Shanghai General Office face in 2025?", E("sh25", "a.litigation_after_review.total")),
        ("And for 2019, the same count?", E("sh19", "a.litigation_after_review.total"))))
    c.append(fu("en", "narrative then table (Jianxi 2020)",
        ("Jianxi District, 2020: how many pilot areas did the standardisation work follow guidelines for?", EN("jx", "公共资源交易等26个", 26, "个", frm="对照省、市各部门")),
        ("How many projects did the office buy through centralised government procurement that year?", E("jx", "c.procurement.projects"))))
    c.append(fu("en", "of those, columns (Shuyang other handling: other)",
        ("Shuyang 2025: how many requests were counted under 'other' in the other-handling section?", E("sy", "r.other.other.total")),
        ("Just the individuals?", E("sy", "r.other.other.natural_person")),
        ("And businesses?", E("sy", "r.other.other.commercial")),
        ("What kinds of 'other' outcomes were those, exactly?", EU("the row 3.其他 is not itemised"))))
    c.append(fu("en", "year switch then drop (Hongze penalties)",
        ("Hongze District 2024: how many administrative penalty decisions were made?", E("hz24", "c.punishment.decisions")),
        ("What was it in 2023?", E("hz23", "c.punishment.decisions")),
        ("So how large was the fall from 2023 to 2024?", ED("hz23", "hz24", "c.punishment.decisions"))))
    c.append(fu("en", "table then narrative (STCSM 2024)",
        ("How many requests did the Shanghai science commission carry over from 2023 into 2024?", E("kw", "r.carried_over.total", alt=KW_REQ(2))),
        ("How many followers did its WeChat account have, according to the 2024 report?", EN("kw", "1016823", 1016823, "人"))))
    c.append(fu("en", "narrative then table (Shanghai 2019)",
        ("How many policy interpretations did the Shanghai General Office publish on its portal in 2019?", EN("sh19", "政策解读共132件", 132, "件", frm="严格落实解读材料")),
        ("And how many normative documents had it made public in total by then?", E("sh19", "c.normative_docs.total_published"))))
    c.append(fu("en", "row switch x3 within withheld, ends unanswerable",
        ("For Huai'an in 2024, how many requests were refused because they involved administrative enforcement files?", E("ha", "r.withheld.enforcement_files.total")),
        ("And how many because disclosure would endanger security or stability?", E("ha", "r.withheld.security_stability.total")),
        ("State secrets?", E("ha", "r.withheld.state_secret.total")),
        ("What sort of secrets were involved?", EU("the report gives counts only"))))
    c.append(fu("en", "carried forward then carried over (Shuyang)",
        ("How many Shuyang County requests from 2025 were still open and carried into 2026?", E("sy", "r.carried_forward.total", alt=SY_REQ(31))),
        ("And how many had come in as carry-overs from 2024?", E("sy", "r.carried_over.total"))))
    c.append(fu("en", "self-correction row (not held → granted) (Hongze 2024)",
        ("Hongze District 2024: how many requests got the answer that the information isn't held?", E("hz24", "r.unable.not_held.total")),
        ("Sorry, I meant how many were granted in full.", E("hz24", "r.granted.total"))))
    c.append(fu("en", "appeals group then combined lawsuits (Shanghai 2025)",
        ("How many direct lawsuits (no reconsideration first) did Shanghai's General Office have in 2025?", E("sh25", "a.litigation_direct.total")),
        ("Plus the ones filed after reconsideration — what's the combined lawsuit count?", E("sh25", ["a.litigation_direct.total", "a.litigation_after_review.total"]))))
    c.append(fu("en", "2019-format active table, row switch (Jianxi 2020)",
        ("How many regulations did the Jianxi District government office produce in 2020?", E("jx", "c.regulations.made")),
        ("And newly produced normative documents?", E("jx", "c.normative_docs.made"))))
    c.append(fu("en", "of those then carried forward (Huai'an 2024)",
        ("How many applications did Huai'an carry over from 2023 into its 2024 workload?", E("ha", "r.carried_over.total", alt=HA_REQ(34))),
        ("Were any of them from companies? How many?", E("ha", "r.carried_over.commercial")),
        ("And how many ended up being pushed into 2025?", E("ha", "r.carried_forward.total", alt=HA_REQ(103)))))
    c.append(fu("en", "narrative then table, ends unanswerable (third parties)",
        ("Shuyang County 2025: how many times did staff talk to applicants before handling their requests?", EN("sy", "办前主动沟通 49", 49, "次")),
        ("How many requests were refused there that year to protect third-party rights?", E("sy", "r.withheld.third_party.total")),
        ("Who were the third parties?", EU("not stated"))))
    c.append(fu("en", "narrative fee (元) then table fee (万元) (Hongze 2023)",
        ("What did Hongze District collect in information-processing fees in 2023?", EN("hz23", "信息处理费 0 元", 0, "元", frm="2023 年，区政府严格")),
        ("And its administrative fee income that year, in 10,000 yuan?", E("hz23", "c.fees.amount", **MONEY))))
    c.append(fu("en", "printed-blank totals asked by columns, derived row total (Shanghai 2019)",
        ("How many 2019 requests did the Shanghai General Office decline to process as petitions or complaints, counting every applicant type?", E("sh19", cols("not_processed.petition"))),
        ("How many were duplicates, again across all applicant types?", E("sh19", cols("not_processed.duplicate"))),
        ("What's the total it declined to process that year?", E("sh19", cols("not_processed"), alt=SH19_OUT(158)))))
    c.append(fu("en", "column then total then row switch (STCSM 2024)",
        ("How many new requests did STCSM get from individuals in 2024?", E("kw", "r.received.natural_person")),
        ("And overall, businesses included?", E("kw", "r.received.total", alt=KW_REQ(34))),
        ("How many did it finish handling in total?", E("kw", "r.total_processed.total"))))
    c.append(fu("en", "two narrative numbers then a table number (Huai'an 2024)",
        ("How many government new-media accounts was Huai'an running, per its 2024 report?", EN("ha", "共计 95", 95, "个")),
        ("How many policy interpretation pieces did it produce that year?", EN("ha", "形式制作政策解读", 21, "个")),
        ("And how many administrative licensing decisions were made?", E("ha", "c.licensing.decisions"))))
    c.append(fu("en", "check the figure (partial included?) → narrative combined figure (Shanghai 2025)",
        ("Shanghai General Office 2025: how many requests were granted in full?", E("sh25", "r.granted.total")),
        ("Does that include partial disclosures? What's the figure for full and partial together?", EN("sh25", "予以公开及部分公开", 208, "件", frm="其中，予以公开"))))
    c.append(fu("en", "table money then narrative fee (Hongze 2024)",
        ("How much did Hongze District bring in from administrative fees in 2024?", E("hz24", "c.fees.amount", **MONEY)),
        ("And information-processing fees that year, in yuan?", EN("hz24", "信息处理费 0", 0, "元", frm="2024 年，区政府严格"))))
    c.append(fu("en", "outcome switch then add up (Shuyang reconsideration)",
        ("Shuyang County 2025: how many reconsideration cases ended with some other outcome?", E("sy", "a.review.other")),
        ("And how many were still pending at year end?", E("sy", "a.review.pending")),
        ("Combine the two for me.", E("sy", ["a.review.other", "a.review.pending"]))))
    c.append(fu("en", "derived legal_person then of those (Shanghai 2019)",
        ("In 2019, how many new requests did the Shanghai General Office receive from organisations rather than individuals?", E("sh19", "r.received.legal_person")),
        ("How many of those were from legal service firms?", E("sh19", "r.received.legal_services"))))
    c.append(fu("en", "body switch (Jianxi 2020 → Hongze 2023), outcome switch",
        ("How many reconsideration cases did Jianxi District's government office have in 2020?", E("jx", "a.review.total")),
        ("Hongze District in 2023 — how many reconsiderations ended with the decision corrected?", E("hz23", "a.review.corrected"))))
    c.append(fu("en", "year switch then compare (Hongze direct lawsuits)",
        ("How many lawsuits filed directly, without reconsideration, did Hongze District have in 2024?", E("hz24", "a.litigation_direct.total")),
        ("What was that number in 2023?", E("hz23", "a.litigation_direct.total")),
        ("Which year had more, and by how much?", ED("hz23", "hz24", "a.litigation_direct.total"))))
    c.append(fu("en", "row switch then derived row total (Huai'an unable)",
        ("Huai'an, 2024: how many requests couldn't be answered because the info would have had to be newly created?", E("ha", "r.unable.needs_creation.total")),
        ("And how many because the request was still unclear after correction?", E("ha", "r.unable.unclear.total")),
        ("What's the total for 'unable to provide' then?", E("ha", "r.unable.total"))))
    c.append(fu("en", "narrative then table (Shuyang policy documents vs normative docs)",
        ("How many policy documents did Shuyang County publish in 2025, going by the narrative?", EN("sy", "公开政策文件4件", 4, "件")),
        ("And how many administrative normative documents were issued according to the table?", E("sy", "c.normative_docs.issued"))))
    c.append(fu("en", "body switch (Shanghai 2025 → Hongze 2024), carried forward",
        ("Of the Shanghai General Office's 2025 requests, how many were carried forward to the next year?", E("sh25", "r.carried_forward.total")),
        ("What was the Hongze District figure for 2024?", E("hz24", "r.carried_forward.total"))))
    c.append(fu("en", "of those (pending), ends unanswerable (respondents)",
        ("How many disclosure-related administrative reconsiderations did Huai'an deal with in 2024?", E("ha", "a.review.total", alt=HA_APP(351))),
        ("How many of them were still unresolved at year end?", E("ha", "a.review.pending", alt=HA_APP(37))),
        ("Which agencies were the respondents in those pending cases?", EU("respondent agencies are not listed"))))
    return c


# ============================================================ plain values
def plain():
    c = []
    z = "zh"
    c.append(pl(z, "hz24", "c.punishment.decisions", "想问一下，洪泽区政府2024年作出了多少个行政处罚决定？", "penalty decisions (text row)"))
    c.append(pl(z, "sy", "r.not_processed.publication.total", "沭阳县2025年有没有因为要求提供公开出版物而不予处理的申请？有几件", "zero cell"))
    c.append(pl(z, "ha", "r.not_processed.reconfirm.total", "淮安2024年要求行政机关确认或者重新出具已经拿到的信息、结果被不予处理的有几件", "row 5.要求确认或重新出具"))
    c.append(pl(z, "kw", "c.punishment.decisions", "上海市科委24年行政处罚决定有几个？", "two-digit year, text row"))
    c.append(pl(z, "jx", "c.licensing.decisions", "涧西区政府办2020年行政许可处理决定数量是多少", "2019-format active table"))
    c.append(pl(z, "sy", "r.withheld.security_stability.total", "沭阳2025年因为可能危及“三安全一稳定”而没公开的申请有几件？", "withheld sub-row"))
    c.append(pl(z, "sh25", "r.received.total", "上海市政府办公厅2025年新收到多少件信息公开申请？", "text row; text agrees", alt=SH25_REQ(1295)))
    c.append(pl(z, "ha", "r.received.other_org", "二〇二四年淮安市人民政府新收的申请里，“其他”类法人或组织（不是企业、科研、公益和法律服务机构）提了几件？", "Chinese-numeral year; other_org column"))
    c.append(pl(z, "hz23", "r.carried_over.total", "洪泽区2023年有没有从上一年结转过来的申请，几件？", "carried over, zero"))
    c.append(pl(z, "sy", "r.total_processed.total", "沭阳县2025年办理结果的总计是多少件？", "text says 共办理 718 too", alt=SY_REQ(718)))
    c.append(pl(z, "sh19", "c.licensing.decisions", "上海市府办2019年行政许可处理决定数量是多少", "2019-format zero"))
    c.append(pl(z, "ha", "r.withheld.internal_affairs.total", "淮安市2024年以属于三类内部事务信息为由不予公开的有多少件？", "withheld sub-row"))
    c.append(pl(z, "hz24", "r.total_processed.total", "洪泽区2024年表里的办理结果总计是多少件？", "text row (table, not the text's 17)"))
    c.append(pl(z, "kw", "c.normative_docs.in_force", "市科委（上海）2024年规范性文件现行有效的是多少件", "text row"))
    c.append(pl(z, "jx", "a.review.upheld", "涧西区2020年行政复议里维持原决定的有几件", "appeals"))
    c.append(pl(z, "sy", "r.not_processed.petition.total", "沭阳县2025年被当作信访举报投诉类、不予处理的申请多少件", "not processed: petition"))
    c.append(pl(z, "ha", "r.unable.needs_creation.natural_person", "淮安市2024年自然人申请里，因为没有现成信息要另行制作而无法提供的有几件", "column natural_person"))
    c.append(pl(z, "sh19", "r.unable.unclear.natural_person", "上海市府办2019年补正以后申请内容还是不明确的，自然人有几件？", "2019 report, individuals column"))
    c.append(pl(z, "hz23", "r.withheld.process_info.total", "洪泽区2023年属于四类过程性信息、不予公开的有几件？", "withheld sub-row"))
    c.append(pl(z, "sh25", "r.received.natural_person", "2025年上海市政府办公厅收到的新申请里个人提的有多少件", "text row"))
    c.append(pl(z, "sy", "c.coercion.decisions", "沭阳县政府2025年行政强制的处理决定数量", "active table"))
    c.append(pl(z, "ha", "a.review.upheld", "淮安市政府2024年行政复议结果维持的有多少件？", "text agrees", alt=HA_APP(72)))
    c.append(pl(z, "hz24", "c.normative_docs.in_force", "洪泽2024年行政规范性文件现行有效的有几件", "text row"))
    c.append(pl(z, "jx", "r.unable.not_held.total", "涧西区政府办2020年因为本机关不掌握相关信息而无法提供的有几件", "unable: not held"))
    c.append(pl(z, "sy", "r.withheld.enforcement_files.total", "沭阳县2025年不予公开的申请中，属于行政执法案卷的有几件？", "withheld sub-row"))
    c.append(pl(z, "sh19", "r.received.total", "上海市政府办公厅2019年新收的政府信息公开申请一共多少件？", "text agrees", alt=SH19_REQ(859)))
    c.append(pl(z, "ha", "r.partially_granted.commercial", "淮安市2024年部分公开的申请里，商业企业的有几件？", "column commercial"))
    c.append(pl(z, "hz23", "r.received.natural_person", "2023年洪泽区自然人新提交的政府信息公开申请有几件", "column natural_person"))
    c.append(pl(z, "sy", "r.granted.commercial", "沭阳县2025年予以公开的申请里，商业企业提出的有几件？", "column commercial"))
    e = "en"
    c.append(pl(e, "ha", "c.licensing.decisions", "How many administrative licensing decisions did Huai'an's city government make in 2024?", "active table"))
    c.append(pl(e, "sh19", "c.punishment.decisions", "What's the number of administrative penalty decisions the Shanghai General Office reported for 2019?", "2019-format zero"))
    c.append(pl(e, "sy", "r.withheld.process_info.total", "How many Shuyang County requests in 2025 were refused as process or deliberative information?", "withheld sub-row"))
    c.append(pl(e, "jx", "r.carried_over.total", "How many applications did Jianxi District's office carry over from 2019 into 2020?", "carried over, zero"))
    c.append(pl(e, "hz24", "c.licensing.decisions", "Hongze District, 2024: how many licensing decisions?", "text row"))
    c.append(pl(e, "ha", "r.withheld.prohibited_by_law.total", "How many requests did Huai'an refuse in 2024 because other laws and administrative regulations forbid disclosure?", "withheld sub-row"))
    c.append(pl(e, "sh19", "r.withheld.admin_query.natural_person", "How many 2019 requests to the Shanghai General Office were refused as administrative query matters, counting individuals only?", "2019, individuals column"))
    c.append(pl(e, "sy", "r.withheld.total", "All told, how many requests did Shuyang County refuse to disclose in 2025?", "derived withheld total"))
    c.append(pl(e, "hz23", "r.not_processed.petition.total", "Hongze District 2023: how many requests were not processed because they were petitions or complaints?", "not processed: petition"))
    c.append(pl(e, "ha", "c.regulations.issued", "How many new municipal regulations did Huai'an issue in 2024?", "text says 新增公开市政府规章 1 件", alt=HA_ACT(1)))
    c.append(pl(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: how many requests couldn't be provided because the office didn't hold the information?", "text row"))
    c.append(pl(e, "kw", "r.received.commercial", "How many disclosure requests did STCSM receive from businesses in 2024?", "text row"))
    c.append(pl(e, "jx", "a.litigation_direct.total", "In 2020, how many direct lawsuits (no reconsideration first) did Jianxi District's government office face?", "appeals"))
    c.append(pl(e, "hz24", "r.carried_forward.total", "Hongze 2024 — how many requests were carried forward to 2025?", "text row, zero"))
    c.append(pl(e, "ha", "r.partially_granted.total", "How many requests did Huai'an partially grant in 2024?", "partially granted"))
    c.append(pl(e, "sy", "r.unable.not_held.total", "How many Shuyang County requests in 2025 got the reply that the county doesn't hold the information?", "unable: not held"))
    c.append(pl(e, "sh19", "c.normative_docs.made", "Shanghai General Office, 2019: how many normative documents were newly made?", "text agrees", alt=SH19_ACT(60)))
    c.append(pl(e, "ha", "a.litigation_after_review.upheld", "Of Huai'an's 2024 lawsuits brought after reconsideration, how many ended with the decision upheld?", "appeals"))
    c.append(pl(e, "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023: how many requests were withheld because they were administrative enforcement files?", "withheld sub-row"))
    c.append(pl(e, "sy", "r.granted.legal_services", "Shuyang 2025: how many requests from legal service institutions were granted in full?", "column legal_services"))
    c.append(pl(e, "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai Science and Technology Commission put out in FY2024?", "FY year, text row"))
    c.append(pl(e, "ha", "r.granted.commercial", "In 2024 how many requests from businesses did Huai'an grant in full?", "column commercial"))
    c.append(pl(e, "sh25", "a.litigation_after_review.total", "For 2025, how many suits did the Shanghai General Office face that were filed after a reconsideration decision?", "text row"))
    c.append(pl(e, "jx", "c.regulations.total_published", "How many regulations had Jianxi District's government office published in total by 2020?", "2019-format total_published, zero"))
    c.append(pl(e, "hz23", "r.not_processed.duplicate.total", "How many requests did Hongze District treat as duplicates in 2023?", "zero cell"))
    c.append(pl(e, "ha", "r.total_processed.natural_person", "How many requests from individuals did Huai'an handle to completion in 2024?", "column natural_person"))
    c.append(pl(e, "sy", "r.withheld.state_secret.total", "Shuyang 2025: how many requests were refused as state secrets?", "zero cell"))
    c.append(pl(e, "sy", "r.received.commercial", "Shuyang County, 2025: how many new requests were filed by companies?", "column commercial"))
    c.append(pl(e, "sh19", "r.total_processed.natural_person", "How many individual applicants' requests did Shanghai's General Office finish handling in 2019?", "column natural_person"))
    return c


# ============================================================ combine: sums and differences
def combine():
    c = []
    c.append(sm("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年予以公开和部分公开合起来有多少件？", "2 cells"))
    c.append(sm("zh", "sy", ["c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年行政处罚和行政强制决定加在一起是多少？", "2 cells"))
    c.append(sm("zh", "sh19", ["c.regulations.published", "c.normative_docs.published"], "上海市府办2019年规章和规范性文件本年新公开的一共多少件", "2 cells, 2019 format"))
    c.append(sm("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年不予公开当中，国家秘密、过程性信息、行政执法案卷这三类加起来几件？", "3 cells"))
    c.append(sm("zh", "ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "淮安2024年行政诉讼（直接起诉和复议后起诉都算）结果纠正的一共几件？", "2 cells; text states 5", alt=HA_APP(5)))
    c.append(sm("zh", "sh25", ["r.received.total", "r.carried_over.total"], "2025年上海市府办新收的加上上年结转的，总共要处理多少件申请？", "2 text cells"))
    c.append(sm("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "How many licensing, penalty and coercion decisions did Hongze District make altogether in 2024?", "3 text cells"))
    c.append(sm("en", "sy", ["r.granted.total", "r.partially_granted.total", "r.withheld.total"], "Shuyang 2025: add up the requests granted in full, those partially granted, and those refused on any ground.", "3 keys (one derived)"))
    c.append(sm("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District office 2020: how many appeals in all — reconsiderations plus both kinds of lawsuit?", "3 cells"))
    c.append(sm("en", "ha", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "For Huai'an in 2024, what's the sum of 'not held', 'would need creating' and 'still unclear after correction' for individual applicants?", "3 cells"))
    c.append(sm("en", "sh19", cols("withheld"), "Shanghai General Office 2019: summed over every applicant type, how many requests were refused disclosure?", "6 derived column keys (printed totals blank); text states 35", alt=SH19_OUT(35)))
    c.append(df("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区行政规范性文件现行有效件数，2024年比2023年多了几件？", "洪泽 2023→2024"))
    c.append(df("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收的申请，从2019年到2025年增加了多少件？", "上海市府办 2019→2025; 2025 text agrees", alt=SH25_REQ(1295)))
    c.append(df("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅未经复议直接起诉的行政诉讼，2025年比2019年多几件？", "上海市府办 2019→2025"))
    c.append(df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区因本机关不掌握而无法提供的申请，2023年到2024年变化了多少？", "洪泽 2023→2024"))
    c.append(df("en", "sh19", "sh25", "r.total_processed.total", "How did the number of requests the Shanghai General Office finished handling change between 2019 and 2025?", "上海市府办 2019→2025; 2025 text agrees", alt=SH25_REQ(1191)))
    c.append(df("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze District's administrative coercion decisions fall from 2023 to 2024?", "洪泽 2023→2024"))
    c.append(df("en", "sh19", "sh25", "r.carried_over.total", "Compare the carried-over-from-the-prior-year figures in the Shanghai General Office's 2019 and 2025 reports: what's the difference?", "上海市府办 2019→2025", alt=SH25_REQ(189)))
    return c


# ============================================================ rankings
def rankings():
    c = []
    c.append(rk("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，这三家谁的行政强制决定最多？", "3 bodies, desc"))
    c.append(rk("zh", ["jx", "hz23", "sh19", "sy"], "r.received.total", "asc", "涧西区政府办2020年、洪泽区2023年、上海市府办2019年、沭阳县2025年，本年新收申请数哪家最少？", "4 bodies, asc"))
    c.append(rk("zh", ["ha", "sy", "sh19"], "a.review.total", "desc", "行政复议总数方面，淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年谁最多？", "3 bodies, desc"))
    c.append(rk("zh", ["hz23", "jx", "sy"], "r.unable.not_held.total", "asc", "比一比洪泽区2023年、涧西区政府办2020年、沭阳县2025年因本机关不掌握而无法提供的申请，哪家最少？", "3 bodies, asc"))
    c.append(rk("zh", ["sy", "ha", "hz23"], "c.normative_docs.in_force", "desc", "沭阳县2025年、淮安市2024年、洪泽区2023年里，行政规范性文件现行有效件数最多的是谁？", "3 bodies, desc"))
    c.append(rk("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "Among Huai'an (2024), Shuyang County (2025) and Hongze District (2023), which made the fewest licensing decisions?", "3 bodies, asc"))
    c.append(rk("en", ["jx", "sh19", "ha", "sy"], "r.carried_forward.total", "desc", "Which of these carried the most requests forward into the following year: Jianxi District office in 2020, the Shanghai General Office in 2019, Huai'an in 2024, or Shuyang County in 2025?", "4 bodies, desc"))
    c.append(rk("en", ["sy", "ha", "sh19"], "r.received.commercial", "desc", "Between Shuyang County in 2025, Huai'an in 2024 and the Shanghai General Office in 2019, who got the most new requests from businesses?", "3 bodies, desc"))
    c.append(rk("en", ["hz23", "sy", "ha"], "r.withheld.admin_query.total", "asc", "Of Hongze District 2023, Shuyang County 2025 and Huai'an 2024, which refused the fewest requests on the ground that they were administrative query matters?", "3 bodies, asc"))
    return c


# ============================================================ narrative-only numbers
def textonly():
    c = []
    z, e = "zh", "en"
    c.append(tx(z, "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", "portal items"))
    c.append(tx(z, "sy", "专栏33个", 33, "个", "沭阳2025年在政务新媒体上一共开了多少个专栏？", "new-media columns"))
    c.append(tx(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的信息公开年报？", "units whose reports were published"))
    c.append(tx(z, "ha", "组织 4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", "checks"))
    c.append(tx(z, "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开的人事任免文件有多少件？", "personnel documents", frm="全年主动公开"))
    c.append(tx(z, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "2025年上海市政府办公厅编了多少期《上海市人民政府公报》？", "gazette issues"))
    c.append(tx(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对市政府常务会议的重要议题做了几次权威发布？", "executive-meeting releases"))
    c.append(tx(z, "kw", "直播 118", 118, "场", "上海市科委2024年“上海科技”视频号一共直播了多少场？", "live streams"))
    c.append(tx(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年在网站上公开了几期政府常务会议？", "executive meetings published"))
    c.append(tx(z, "jx", "601项事项", 601, "项", "涧西区2020年一共梳理出多少项政务公开事项？", "items listed", frm="对照省、市各部门"))
    c.append(tx(z, "sy", "化解各类争议纠纷 33", 33, "件", "沭阳县2025年通过办前沟通化解了多少件争议纠纷？", "disputes resolved"))
    c.append(tx(z, "sh25", "10 个语种", 10, "个", "按上海市府办2025年的年报，“上海国际服务门户”现在覆盖几个语种？", "languages"))
    c.append(tx(z, "kw", "政协提案 85", 85, "件", "上海市科委2024年主办和合办的政协提案有多少件？", "CPPCC proposals", frm="截至 2024 年"))
    c.append(tx(z, "sh19", "接入53个部门", 53, "个", "上海市府办2019年报告说，“一网通办”统一受理平台接入了多少个部门？", "departments on the platform"))
    c.append(tx(e, "sh25", "新闻发布会 42", 42, "场", "How many municipal press conferences were held in 2025, according to the Shanghai General Office's report?", "press conferences"))
    c.append(tx(e, "sh25", "主动撤回 157", 157, "件", "In its 2025 report, how many requests does the Shanghai General Office say the applicants withdrew themselves?", "withdrawn requests", frm="其中，予以公开"))
    c.append(tx(e, "sy", "短视频1113", 1113, "个", "How many original short videos did Shuyang County push out in 2025?", "short videos"))
    c.append(tx(e, "sy", "失效链接43", 43, "处", "How many dead links did Shuyang fix on its website in 2025?", "broken links"))
    c.append(tx(e, "kw", "累计发布信息 2139", 2139, "条", "How many items did STCSM's 'Shanghai Science' website publish in 2024?", "website items"))
    c.append(tx(e, "kw", "短视频 584", 584, "条", "How many short videos did the Shanghai science commission's video channel release in 2024?", "short videos"))
    c.append(tx(e, "ha", "政策性文件 11", 11, "件", "Going by the narrative, how many policy documents of the city government and its general office did Huai'an newly publish in 2024?", "policy documents (not the table's 制发 8)"))
    c.append(tx(e, "hz24", "2428", 2428, "条", "How many items of government information did Hongze District post on its website in 2024?", "portal items"))
    c.append(tx(e, "sh19", "90.2%", 90.2, "%", "What was the proactive disclosure rate for municipal government documents in Shanghai in 2019, per the General Office?", "percentage"))
    c.append(tx(e, "sh19", "70家政府网站", 70, "家", "According to the Shanghai General Office's 2019 report, how many government websites were checked every quarter?", "websites inspected"))
    c.append(tx(e, "jx", "21个领域", 21, "个", "Jianxi District's 2020 disclosure item list spans how many areas?", "areas", frm="对照省、市各部门"))
    c.append(tx(e, "sy", "意见征集9期", 9, "期", "How many rounds of public comment did Shuyang County run on its portal in 2025?", "consultations"))
    c.append(tx(e, "sh25", "16 个区", 16, "个", "By 2025, how many districts had their government gazette online in digital form, per the Shanghai General Office?", "districts with digital gazettes"))
    c.append(tx(e, "sh19", "编发公报24期", 24, "期", "How many issues of the municipal government gazette did Shanghai put out in 2019?", "gazette issues", frm="按时编辑出版"))
    return c


# ============================================================ unanswerable
def cannot():
    c = []
    z, e = "zh", "en"
    c.append(un(z, "淮安市2024年的信息公开申请人里，男的女的各有多少？", "applicants are not broken down by sex", "sex"))
    c.append(un(z, "沭阳县2024年收到多少件政府信息公开申请？", "only 沭阳's 2025 report is held", "year not held"))
    c.append(un(z, "南京市2024年政府信息公开行政复议有几件？", "南京市 is not in the corpus", "body not held"))
    c.append(un(z, "上海市科委2024年办一件信息公开申请平均要花多少天？", "response times are not reported", "response time"))
    c.append(un(z, "洪泽区2022年作出了多少个行政许可决定？", "洪泽区 reports held: 2023 and 2024 only", "year not held"))
    c.append(un(z, "涧西区政府办2020年的依申请公开主要集中在哪些领域，每个领域各几件？", "request topics are not reported", "topic breakdown"))
    c.append(un(z, "上海市政府办公厅2025年的申请人中住在浦东新区的有多少？", "applicants' residence is not reported", "residence"))
    c.append(un(z, "淮安市政府2024年在政务公开上花了多少经费？", "costs are not reported", "cost"))
    c.append(un(z, "你觉得沭阳县2025年的政府信息公开工作做得怎么样，算好吗？", "opinion; the assistant reports figures only", "opinion"))
    c.append(un(z, "上海市府办2022年本年新收的申请有多少件？", "上海市府办 reports held: 2019 and 2025 only", "year not held"))
    c.append(un(z, "洪泽区2023年每个月分别收到多少件申请？", "no monthly figures", "month"))
    c.append(un(z, "宿迁市2025年政府信息公开年报里予以公开的有多少件？", "宿迁市 is not in the corpus (沭阳县 is a county of it, reported separately)", "body not held"))
    c.append(un(z, "淮安市2024年申请人里60岁以上的老人有多少？", "applicants' ages are not reported", "age"))
    c.append(un(z, "帮我预测一下上海市科委2025年会收到多少件申请", "forecast", "forecast"))
    c.append(un(z, "沭阳县2025年网上提交的申请和寄信提交的申请各有多少？", "submission channels are not reported", "channel"))
    c.append(un(z, "清江浦区2024年行政处罚决定数是多少？", "清江浦区 is not in the corpus", "body not held"))
    c.append(un(z, "把洪泽区2024年提信息公开申请的人的名单和电话发我", "personal data; not in the reports", "personal data"))
    c.append(un(e, "How many disclosure requests did Jianxi District's office receive in 2021?", "only the 2020 report of 涧西区 is held", "year not held"))
    c.append(un(e, "What share of Huai'an's 2024 applicants were women?", "applicants are not broken down by sex", "sex"))
    c.append(un(e, "How many staff work full-time on information disclosure at Shuyang County in 2025?", "staff numbers are not reported", "staff"))
    c.append(un(e, "How many of the Shanghai General Office's 2025 requests were about housing demolition?", "request topics are not reported", "topic"))
    c.append(un(e, "What were Pudong New Area's disclosure request numbers for 2024?", "浦东新区 is not in the corpus", "body not held"))
    c.append(un(e, "How many requests did the Shanghai science commission get in 2023?", "only the 2024 report of 上海市科委 is held", "year not held"))
    c.append(un(e, "In 2023, which township in Hongze District generated the most disclosure requests?", "no township breakdown", "township"))
    c.append(un(e, "How many of Huai'an's 2024 requests were sent by post versus submitted online?", "submission channels are not reported", "channel"))
    c.append(un(e, "Will Shuyang County get more disclosure requests in 2026 than it did in 2025?", "forecast", "forecast"))
    c.append(un(e, "What was the average response time for a request to the Shanghai General Office in 2019?", "response times are not reported (only 'within the statutory limit')", "response time"))
    c.append(un(e, "How many of Huai'an's 2024 requests concerned land acquisition and compensation?", "request topics are not reported", "topic"))
    c.append(un(e, "Which industries did the businesses that filed requests with Shuyang County in 2025 belong to?", "industry of applicants is not reported", "industry"))
    c.append(un(e, "How many requests did Suzhou's city government receive in 2024?", "苏州市 is not in the corpus", "body not held"))
    c.append(un(e, "Is the Hongze District government doing a better job on disclosure in 2024 than in 2023, in your view?", "opinion", "opinion"))
    c.append(un(e, "How much did the Shanghai General Office spend on running its disclosure portal in 2025?", "costs are not reported", "cost"))
    c.append(un(e, "In 2024, how many of STCSM's disclosure requests came from applicants living outside Shanghai?", "residence is not reported", "residence"))
    c.append(un(e, "How many disclosure requests did Huai'an receive in the first quarter of 2024?", "no quarterly figures", "quarter"))
    return c


# ============================================================ neighbouring-cell traps
def traps():
    c = []
    c.append(tr("zh", "ha", "r.carried_forward.total", "淮安市2024年结转到下年度继续办理的申请有多少件？注意不是从上年结转过来的那个数", "结转下年 vs 上年结转 (34); text agrees", alt=HA_REQ(103)))
    c.append(tr("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年的行政诉讼中，复议后才起诉的一共几件？", "复议后起诉 vs 直接起诉 (3)"))
    c.append(tr("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章的对外公开总数量是多少件？", "对外公开总数 vs 新制作 (13)"))
    c.append(tr("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年因为没有现成信息、需要另行制作而无法提供的有几件？", "另行制作 vs 不掌握 (111)"))
    c.append(tr("zh", "hz23", "r.partially_granted.total", "洪泽区2023年部分公开（区分处理的）的申请有几件？", "部分公开 vs 予以公开 (0)"))
    c.append(tr("en", "ha", "r.received.legal_services", "How many of Huai'an's new 2024 requests came from legal service institutions — not from commercial enterprises?", "法律服务机构 vs 商业企业 (53)"))
    c.append(tr("en", "ha", "a.review.other", "Huai'an 2024: how many reconsiderations ended with an 'other' outcome — I don't mean the corrected ones?", "其他结果 vs 纠正 (64); text agrees", alt=HA_APP(178)))
    c.append(tr("en", "sh19", "c.procurement.amount", "For the Shanghai General Office in 2019, what was the centralised procurement amount (the money, not the number of projects)?", "采购金额 vs 项目数 (6)", unit="万元"))
    c.append(tr("en", "sy", "r.withheld.internal_affairs.total", "Shuyang 2025: how many requests were refused as internal affairs information? Not the process-information row.", "内部事务 vs 过程性信息 (2)"))
    return c


def CONVERSATIONS():
    out = []
    for part in (followups_zh, followups_en, plain, combine, rankings, textonly, cannot, traps):
        out.extend(part())
    return out
