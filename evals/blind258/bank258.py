"""Question bank of blind evaluation set 258 (evals/blind258), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Only wordings, body ids, keys and keywords are written here. Every number comes from
helpers258 (gold/*.json, or printed rows of the three reports without gold named in SPECS,
the same cells blind6's text_cells.json verified; narrative sentences cut from the text).

Body ids: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib258 as L  # noqa: E402
from helpers258 import C, E, ED, EN, ER, EU, K, KS, cols  # noqa: E402

SPECS = {
    'hz24': {
        'active.coercion.decisions': ('row', '行政强制', 0),
        'active.fees.amount': ('row', '行政事业性收费', 0),
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '行政规范性文件', 2),
        'active.normative_docs.issued': ('row', '行政规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14),
        'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9),
        'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6),
    },
    'kw': {
        'active.licensing.decisions': ('row', '行政许可', 0),
        'active.normative_docs.in_force': ('row', '规范性文件', 2),
        'active.normative_docs.issued': ('row', '规范性文件', 0),
        'active.punishment.decisions': ('row', '行政处罚', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '三、（一）予以公开', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
    },
    'sh25': {
        'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14),
        'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8),
        'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9),
        'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3),
        'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4),
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6),
        'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4),
        'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0),
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6),
        'requests.granted.total': ('row', '（一）予以公开', 6),
        'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6),
        'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6),
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1),
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0),
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6),
        'requests.total_processed.total': ('row', '（七）总计', 6),
        'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6),
        'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6),
    },
}
L.TEXT_SPECS.update(SPECS)

MONEY = {"active.fees.amount", "active.procurement.amount"}

# Cells whose number the report's narrative also states for the same concept: such questions
# are marked ambiguous with the sentence as an acceptable citation (keyword, number).
TEXT_ALSO = {
    ("ha", "requests.received.total"): ("3119", 3119),
    ("ha", "requests.total_processed.total"): ("3119", 3050),
    ("ha", "requests.carried_over.total"): ("3119", 34),
    ("ha", "requests.carried_forward.total"): ("3119", 103),
    ("ha", "appeals.review.total"): ("结果维持 72", 351),
    ("ha", "appeals.review.upheld"): ("结果维持 72", 72),
    ("ha", "appeals.review.corrected"): ("结果维持 72", 64),
    ("ha", "appeals.review.other"): ("结果维持 72", 178),
    ("ha", "appeals.review.pending"): ("结果维持 72", 37),
    ("ha", "active.regulations.issued"): ("5500", 1),
    ("hz23", "requests.received.total"): ("21 件", 21),
    ("sy", "requests.total_processed.total"): ("749", 718),
    ("sy", "requests.carried_forward.total"): ("749", 31),
    ("sy", "requests.received.legal_person"): ("749", 8),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("kw", "active.normative_docs.issued"): ("393 件", 13),
    ("sh25", "requests.received.total"): ("办结 1191", 1295),
    ("sh25", "requests.total_processed.total"): ("办结 1191", 1191),
    ("sh25", "requests.carried_over.total"): ("办结 1191", 189),
    ("sh19", "requests.received.total"): ("回落12.3%", 859),
    ("sh19", "requests.total_processed.total"): ("回落12.3%", 805),
    ("sh19", "requests.carried_over.total"): ("回落12.3%", 18),
    ("sh19", "requests.carried_forward.total"): ("回落12.3%", 72),
    ("sh19", "appeals.review.total"): ("零败诉", 7),
    ("sh19", "appeals.litigation_direct.total"): ("零败诉", 9),
    ("sh19", "active.regulations.made"): ("162件", 13),
    ("sh19", "active.regulations.published"): ("162件", 13),
    ("sh19", "active.normative_docs.made"): ("162件", 60),
    ("sh19", "active.normative_docs.published"): ("162件", 60),
    ("jx", "requests.received.total"): ("办结率88.2%", 17),
    ("jx", "requests.total_processed.total"): ("办结率88.2%", 15),
    ("jx", "requests.carried_forward.total"): ("办结率88.2%", 2),
}


def v(b, keys, **kw):
    """A table value / sum turn."""
    keys = KS(keys)
    if len(keys) == 1 and "alt" not in kw and (b, keys[0]) in TEXT_ALSO:
        kw["alt"] = TEXT_ALSO[(b, keys[0])]
    if any(k in MONEY for k in keys):
        kw["unit"] = "万元"
    return E(b, keys, **kw)


def d(b1, b2, keys, **kw):
    """Later year minus earlier year of one body."""
    if any(k in MONEY for k in KS(keys)):
        kw["unit"] = "万元"
    return ED(b1, b2, keys, **kw)


def n(b, keyword, value, unit, frm=None):
    return EN(b, keyword, value, unit, frm)


def u(why):
    return EU(why)


def F(lang, pattern, what, turns):
    return C("followup", lang, turns, "[followup] pattern: %s; %s" % (pattern, what))


def one(kind, tag, lang, q, e, what):
    return C(kind, lang, [(q, e)], "%s %s" % (tag, what))


def CONVERSATIONS():
    out = []
    out += followups_zh()
    out += followups_en()
    out += plain()
    out += combine()
    out += rank()
    out += textonly()
    out += cannot()
    out += neighbour()
    return out


# ====================================================================== follow-ups, zh
def followups_zh():
    NOT_HELD = "the corpus holds no %s report for this body"
    return [
        F("zh", "year-switch, compare-years", "洪泽区 行政处罚 2023→2024", [
            ("洪泽区2023年一共作出了多少个行政处罚决定？", v("hz23", "c.punishment.decisions")),
            ("那到了2024年是多少？", v("hz24", "c.punishment.decisions")),
            ("两年比一下，哪年多，多出几个？", d("hz23", "hz24", "c.punishment.decisions")),
        ]),
        F("zh", "year-switch, compare-years", "上海市府办 新收申请 2019→2025", [
            ("上海市政府办公厅2019年本年新收的政府信息公开申请有多少件？",
             v("sh19", "r.received.total")),
            ("放到2025年看，这个数是多少？", v("sh25", "r.received.total")),
            ("前后一比，增加了多少件？", d("sh19", "sh25", "r.received.total")),
        ]),
        F("zh", "row-switch, of-those, column-switch", "淮安 不掌握 → 企业 → 法律服务机构", [
            ("淮安市2024年依申请公开里，最后答复'本机关不掌握相关政府信息'的有几件？",
             v("ha", "r.unable.not_held.total")),
            ("这里头有多少是企业提的申请？", v("ha", "r.unable.not_held.commercial")),
            ("律师事务所这类法律服务机构提的呢？", v("ha", "r.unable.not_held.legal_services")),
        ]),
        F("zh", "starts-unanswerable, self-correction", "沭阳 2024 (not held) → 2025 复议总数", [
            ("沭阳县2024年信息公开方面的行政复议一共多少件？", u(NOT_HELD % "2024")),
            ("啊，我记错了，是2025年的报告，麻烦按2025年的查一下", v("sy", "a.review.total")),
        ]),
        F("zh", "check-narrow, of-those", "沭阳 公开+部分公开 → 只要予以公开 → 自然人", [
            ("沭阳县2025年依申请公开，予以公开和部分公开合起来是多少件？",
             v("sy", ["r.granted.total", "r.partially_granted.total"])),
            ("部分公开的先别算，完完整整公开的有几件？", v("sy", "r.granted.total")),
            ("这些完整公开的当中，个人申请的占几件？", v("sy", "r.granted.natural_person")),
        ]),
        F("zh", "narrative-then-table", "淮安 新闻发布会 → 行政复议", [
            ("淮安市政府2024年一共开了几场新闻发布会？", n("ha", "新闻发布会 12 场", 12, "场")),
            ("同一年，淮安跟信息公开有关的行政复议有多少件？", v("ha", "a.review.total")),
        ]),
        F("zh", "appeals-switch", "上海市府办 2025 复议未审结 → 直接起诉未审结 → 复议后起诉总数", [
            ("上海市府办2025年的信息公开行政复议，到年底还没审结的有几件？",
             v("sh25", "a.review.pending")),
            ("那没经过复议直接去法院起诉的，还没判完的有几件？",
             v("sh25", "a.litigation_direct.pending")),
            ("复议完了又去起诉的，总共有多少件？", v("sh25", "a.litigation_after_review.total")),
        ]),
        F("zh", "ends-unanswerable", "涧西 收到申请 → 网上提交多少", [
            ("涧西区政府办2020年总共收到了几件政府信息公开申请？", v("jx", "r.received.total")),
            ("这些申请里有几件是在网上提交的？", u("the report does not break requests down by channel")),
        ]),
        F("zh", "body-switch", "洪泽 2023 行政许可 → 沭阳 2025", [
            ("洪泽区2023年行政许可的处理决定是多少件？", v("hz23", "c.licensing.decisions")),
            ("沭阳县2025年报告里同样这一项是多少？", v("sy", "c.licensing.decisions")),
        ]),
        F("zh", "column-switch, add-up", "上海市府办 2019 新收 商业企业 → 法律服务机构 → 合计", [
            ("2019年上海市政府办公厅新收的申请中，商业企业提交了多少件？",
             v("sh19", "r.received.commercial")),
            ("换成法律服务机构那一栏呢？", v("sh19", "r.received.legal_services")),
            ("把这两类加一块是多少？", v("sh19", ["r.received.commercial", "r.received.legal_services"])),
        ]),
        F("zh", "year-switch, compare-years", "洪泽 行政事业性收费 2024→2023", [
            ("洪泽区2024年行政事业性收费金额是多少？", v("hz24", "c.fees.amount")),
            ("2023年那份年报上写的是多少？", v("hz23", "c.fees.amount")),
            ("两年之间差了多少万元？", d("hz23", "hz24", "c.fees.amount")),
        ]),
        F("zh", "of-those, column-switch", "上海市府办 2025 上年结转 → 自然人 → 法律服务机构", [
            ("上海市人民政府办公厅2025年从上一年结转过来的申请有多少件？",
             v("sh25", "r.carried_over.total")),
            ("结转过来的这些里，自然人的有多少？", v("sh25", "r.carried_over.natural_person")),
            ("法律服务机构的又有几件？", v("sh25", "r.carried_over.legal_services")),
        ]),
        F("zh", "self-correction", "沭阳 新收 自然人 → 法律服务机构", [
            ("沭阳2025年新收的申请里头，自然人提的有多少件？", v("sy", "r.received.natural_person")),
            ("不好意思问岔了，我想看的是法律服务机构那一栏", v("sy", "r.received.legal_services")),
        ]),
        F("zh", "narrative-then-table", "沭阳 办前主动沟通 → 信访类不予处理", [
            ("沭阳县2025年办理依申请公开前主动跟申请人沟通了多少次？", n("sy", "49 次", 49, "次")),
            ("那年沭阳有几件申请因为属于信访举报投诉类被不予处理？",
             v("sy", "r.not_processed.petition.total")),
        ]),
        F("zh", "row-switch", "淮安 行政查询 → 过程性信息 → 不予公开合计", [
            ("淮安市2024年因为属于行政查询事项而没有公开的有多少件？",
             v("ha", "r.withheld.admin_query.total")),
            ("属于四类过程性信息的那一行是多少？", v("ha", "r.withheld.process_info.total")),
            ("不予公开的所有理由加在一起一共几件？", v("ha", "r.withheld.total")),
        ]),
        F("zh", "year-switch, compare-years", "上海市府办 行政复议 2019→2025", [
            ("上海市政府办公厅2019年被申请政府信息公开行政复议的有几件？",
             v("sh19", "a.review.total")),
            ("2025年的年报里这个数字是多少？", v("sh25", "a.review.total")),
            ("2025年比2019年多了几件？", d("sh19", "sh25", "a.review.total")),
        ]),
        F("zh", "ends-unanswerable", "洪泽 2024 行政许可 → 按乡镇", [
            ("洪泽区2024年行政许可决定一共多少？", v("hz24", "c.licensing.decisions")),
            ("能不能按乡镇拆开看看，哪个镇最多？",
             u("the report prints no breakdown by township")),
        ]),
        F("zh", "check-narrow, of-those", "淮安 新收+上年结转 → 只要新收 → 法人或其他组织", [
            ("淮安市2024年收到的申请，连同从2023年转过来的一起算，总共多少件？",
             v("ha", ["r.received.total", "r.carried_over.total"])),
            ("结转的不要，光看2024年新收进来的呢？", v("ha", "r.received.total")),
            ("新收的里面把个人去掉，单位提的一共几件？", v("ha", "r.received.legal_person")),
        ]),
        F("zh", "appeals-switch", "沭阳 复议纠正 → 复议后起诉纠正 → 复议后起诉总数", [
            ("沭阳县2025年信息公开行政复议里，结果被纠正的有几件？", v("sy", "a.review.corrected")),
            ("行政诉讼那边，复议后再起诉的被纠正了几件？",
             v("sy", "a.litigation_after_review.corrected")),
            ("复议后起诉一共有几件？", v("sy", "a.litigation_after_review.total")),
        ]),
        F("zh", "of-those, ends-unanswerable", "上海市科委 新收 → 企业 → 按性别", [
            ("上海市科委2024年新收到多少件信息公开申请？", v("kw", "r.received.total")),
            ("其中是企业提的有几件？", v("kw", "r.received.commercial")),
            ("个人申请的再按男女分一下，各多少件？",
             u("the report does not break applicants down by sex")),
        ]),
        F("zh", "row-switch, ends-unanswerable", "涧西 采购项目 → 金额 → 2021", [
            ("涧西区2020年政府集中采购一共有几个项目？", v("jx", "c.procurement.projects")),
            ("采购总金额是多少？", v("jx", "c.procurement.amount")),
            ("涧西区2021年的采购总金额又是多少？", u(NOT_HELD % "2021")),
        ]),
        F("zh", "row-switch, add-up", "沭阳 不掌握 → 另行制作 → 合计", [
            ("沭阳县2025年因为'本机关不掌握相关政府信息'而无法提供的有多少件？",
             v("sy", "r.unable.not_held.total")),
            ("需要另外制作、手头没有现成信息的那种有几件？", v("sy", "r.unable.needs_creation.total")),
            ("两种情况合计多少？", v("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ]),
        F("zh", "self-correction, year-switch", "洪泽 现行有效规范性文件 2024 → 2023", [
            ("洪泽区2024年现行有效的行政规范性文件有几件？", v("hz24", "c.normative_docs.in_force")),
            ("哎，年份搞错了，我要查的是2023年", v("hz23", "c.normative_docs.in_force")),
        ]),
        F("zh", "narrative-then-table", "上海市府办 2025 公报期数 → 重复申请", [
            ("2025年上海市政府办公厅编了多少期《上海市人民政府公报》？",
             n("sh25", "24 期", 24, "期")),
            ("同一年市府办因为重复申请不予处理的有几件？", v("sh25", "r.not_processed.duplicate.total")),
        ]),
        F("zh", "of-those, ends-unanswerable", "淮安 直接起诉 → 维持 → 原告是谁", [
            ("淮安市2024年没经过复议、直接打行政诉讼的有多少件？", v("ha", "a.litigation_direct.total")),
            ("其中法院判维持的有几件？", v("ha", "a.litigation_direct.upheld")),
            ("这些案子的原告都是谁，能列一下吗？",
             u("the report names no plaintiffs (personal data, not printed)")),
        ]),
        F("zh", "year-switch, compare-years", "上海市府办 结转下年 2019→2025", [
            ("2019年上海市府办结转到下一年继续办理的申请有多少件？",
             v("sh19", "r.carried_forward.total")),
            ("二〇二五年这个数变成多少了？", v("sh25", "r.carried_forward.total")),
            ("这两年比，哪一年多，差多少？", d("sh19", "sh25", "r.carried_forward.total")),
        ]),
        F("zh", "column-switch, add-up", "淮安 予以公开 法律服务机构 → 商业企业 → 自然人 → 三类合计", [
            ("淮安市2024年予以公开的申请里，法律服务机构提的有多少件？",
             v("ha", "r.granted.legal_services")),
            ("商业企业那一列呢？", v("ha", "r.granted.commercial")),
            ("自然人的呢？", v("ha", "r.granted.natural_person")),
            ("这三类加起来一共是多少？",
             v("ha", ["r.granted.legal_services", "r.granted.commercial", "r.granted.natural_person"])),
        ]),
        F("zh", "check-narrow", "上海市府办 2019 法人或其他组织 → 去掉法律服务机构", [
            ("上海市政府办公厅2019年新收申请里，法人或者其他组织提的一共多少件？",
             v("sh19", "r.received.legal_person")),
            ("这个数包不包括法律服务机构？把法律服务机构扣掉还剩多少？",
             v("sh19", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                        "r.received.other_org"])),
        ]),
        F("zh", "appeals-switch, ends-unanswerable", "洪泽 2023 复议维持 → 纠正 → 纠正原因", [
            ("洪泽区2023年行政复议结果维持的有几件？", v("hz23", "a.review.upheld")),
            ("结果纠正的呢？", v("hz23", "a.review.corrected")),
            ("被纠正的那件具体是因为什么被纠正的？",
             u("the report states no reasons for the corrected case")),
        ]),
        F("zh", "year-switch, compare-years", "上海市府办 自然人新收 2025→2019", [
            ("上海市府办2025年新收申请里自然人提的有多少件？", v("sh25", "r.received.natural_person")),
            ("回头看2019年，自然人是多少件？", v("sh19", "r.received.natural_person")),
            ("两年相差多少件？", d("sh19", "sh25", "r.received.natural_person")),
        ]),
        F("zh", "self-correction", "沭阳 结转下年 → 上年结转", [
            ("沭阳县2025年结转到下一年度继续办理的有几件？", v("sy", "r.carried_forward.total")),
            ("说反了，我想问的是从上一年结转进来的", v("sy", "r.carried_over.total")),
        ]),
        F("zh", "narrative-then-table", "涧西 梳理事项 → 予以公开", [
            ("涧西区2020年推进基层政务公开，一共梳理出了多少项事项？",
             n("jx", "601项事项", 601, "项", frm="梳理细化")),
            ("那年涧西区政府办有几件申请是予以公开的？", v("jx", "r.granted.total")),
        ]),
        F("zh", "appeals-switch", "洪泽 2024 复议 → 直接起诉 → 复议后起诉", [
            ("洪泽区2024年政府信息公开行政复议一共几件？", v("hz24", "a.review.total")),
            ("行政诉讼里不经复议直接起诉的有几件？", v("hz24", "a.litigation_direct.total")),
            ("复议以后再起诉的又有几件？", v("hz24", "a.litigation_after_review.total")),
        ]),
        F("zh", "of-those, row-switch", "沭阳 其他处理 → 逾期不补正 → 逾期不缴费", [
            ("沭阳县2025年归到'其他处理'里的申请总共多少件？", v("sy", "r.other.total")),
            ("其中申请人逾期不补正、不再处理的有几件？", v("sy", "r.other.overdue_correction.total")),
            ("逾期没交费的那种呢？", v("sy", "r.other.overdue_fee.total")),
        ]),
        F("zh", "body-switch", "行政强制 沭阳 2025 → 淮安 2024 → 洪泽 2023", [
            ("沭阳县2025年行政强制决定有多少个？", v("sy", "c.coercion.decisions")),
            ("淮安市2024年是多少个？", v("ha", "c.coercion.decisions")),
            ("再看洪泽区2023年的", v("hz23", "c.coercion.decisions")),
        ]),
        F("zh", "ends-unanswerable", "上海市府办 2025 不掌握 → 按主题", [
            ("上海市府办2025年以'本机关不掌握'为由无法提供的申请有多少件？",
             v("sh25", "r.unable.not_held.total")),
            ("这些申请主要问的是哪方面的事？能按主题分一下吗？",
             u("the report gives no topics for these requests")),
        ]),
        F("zh", "check-narrow", "淮安 行政诉讼合计 → 只要直接起诉", [
            ("淮安市2024年政府信息公开行政诉讼一共有多少件？",
             v("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], alt=("结果维持 72", 46))),
            ("这个是不是把复议后起诉的也算进去了？我只要直接起诉的", v("ha", "a.litigation_direct.total")),
        ]),
        F("zh", "year-switch, ends-unanswerable", "上海市科委 行政许可 2024 → 2023", [
            ("上海市科委2024年作出的行政许可决定有多少件？", v("kw", "c.licensing.decisions")),
            ("那2023年的有多少？", u(NOT_HELD % "2023")),
        ]),
        F("zh", "row-switch, add-up", "淮安 逾期不补正 → 逾期不缴费 → 合计", [
            ("淮安2024年，申请人过了期限不补正、所以不再处理的申请有多少？",
             v("ha", "r.other.overdue_correction.total")),
            ("超期没交信息处理费的呢？", v("ha", "r.other.overdue_fee.total")),
            ("两项合起来几件？", v("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"])),
        ]),
        F("zh", "narrative-then-table", "洪泽 2024 常务会议期数 → 行政强制", [
            ("洪泽区2024年对外公开了几期政府常务会议？", n("hz24", "2428", 7, "期")),
            ("同一年洪泽区的行政强制决定数量是多少？", v("hz24", "c.coercion.decisions")),
        ]),
        F("zh", "column-switch", "上海市府办 2025 新收 商业企业 → 总计", [
            ("上海市政府办公厅2025年商业企业新提交的申请有几件？", v("sh25", "r.received.commercial")),
            ("那总计一共是多少件？", v("sh25", "r.received.total")),
        ]),
        F("zh", "self-correction, body-switch", "规范性文件废止 淮安 2024 → 沭阳 2025", [
            ("淮安市2024年废止了多少件行政规范性文件？", v("ha", "c.normative_docs.repealed")),
            ("哦我搞混了，应该是沭阳县2025年的", v("sy", "c.normative_docs.repealed")),
        ]),
        F("zh", "of-those", "上海市府办 2019 予以公开（总计栏空白，按列）→ 自然人 → 单位", [
            ("2019年上海市政府办公厅予以公开的申请一共有多少件？",
             v("sh19", cols("granted"), printed_total="r.granted.total")),
            ("其中自然人申请的有多少？", v("sh19", "r.granted.natural_person")),
            ("法人和其他组织的加起来呢？", v("sh19", "r.granted.legal_person")),
        ]),
        F("zh", "year-switch, compare-years", "洪泽 不掌握 2023→2024", [
            ("洪泽区2023年因为本机关不掌握而无法提供的申请有几件？", v("hz23", "r.unable.not_held.total")),
            ("2024年这个数字是多少？", v("hz24", "r.unable.not_held.total")),
            ("比2023年增加了几件？", d("hz23", "hz24", "r.unable.not_held.total")),
        ]),
        F("zh", "ends-unanswerable", "涧西 结转下年 → 申请人是谁", [
            ("涧西区2020年有几件申请要结转到下一年接着办？", v("jx", "r.carried_forward.total")),
            ("这几件的申请人分别是谁？", u("applicants' identities are personal data and not printed")),
        ]),
        F("zh", "narrative-then-table", "上海市科委 视频号短视频 → 予以公开", [
            ("上海市科委2024年视频号一共发布了多少条短视频？", n("kw", "584", 584, "条")),
            ("那年市科委的信息公开申请，同意公开的有几件？", v("kw", "r.granted.total")),
        ]),
        F("zh", "row-switch, add-up", "上海市府办 2025 信访类 → 重复申请 → 合计", [
            ("上海市府办2025年属于信访举报投诉类、被不予处理的申请有几件？",
             v("sh25", "r.not_processed.petition.total")),
            ("重复申请的那一行呢？", v("sh25", "r.not_processed.duplicate.total")),
            ("两行合计是多少？",
             v("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
        ]),
        F("zh", "check-narrow", "沭阳 部分公开 → 只算自然人", [
            ("沭阳县2025年部分公开的申请有几件？", v("sy", "r.partially_granted.total")),
            ("这里面有没有法律服务机构的？只算个人提的话是多少？", v("sy", "r.partially_granted.natural_person")),
        ]),
        F("zh", "body-switch", "直接起诉 维持 上海市府办 2019 → 沭阳 2025", [
            ("上海市府办2019年未经复议直接起诉的行政诉讼中，结果维持的有几件？",
             v("sh19", "a.litigation_direct.upheld")),
            ("沭阳县2025年这一项是几件？", v("sy", "a.litigation_direct.upheld")),
        ]),
        F("zh", "row-switch, ends-unanswerable", "淮安 规范性文件制发 → 现行有效 → 规章现行有效 → 起草部门", [
            ("淮安市政府2024年制发了几件行政规范性文件？", v("ha", "c.normative_docs.issued")),
            ("现行有效的一共多少件？", v("ha", "c.normative_docs.in_force")),
            ("规章现行有效的有几件？", v("ha", "c.regulations.in_force")),
            ("这些规章分别是哪个部门起草的？", u("the report does not say which departments drafted them")),
        ]),
        F("zh", "year-switch, compare-years", "上海市府办 直接起诉 2019→2025", [
            ("上海市政府办公厅2019年未经复议直接起诉的案件有几件？",
             v("sh19", "a.litigation_direct.total")),
            ("2025年呢，直接起诉的有几件？", v("sh25", "a.litigation_direct.total")),
            ("比一比，哪一年多？多几件？", d("sh19", "sh25", "a.litigation_direct.total")),
        ]),
        F("zh", "of-those", "洪泽 2023 不予公开 → 行政执法案卷", [
            ("洪泽区2023年不予公开的申请总共几件？", v("hz23", "r.withheld.total")),
            ("当中属于行政执法案卷的有几件？", v("hz23", "r.withheld.enforcement_files.total")),
        ]),
    ]


# ====================================================================== follow-ups, en
def followups_en():
    NOT_HELD = "the corpus holds no %s report for this body"
    return [
        F("en", "year-switch, compare-years", "Hongze licensing 2023→2024", [
            ("How many administrative licensing decisions did Hongze District report for 2023?",
             v("hz23", "c.licensing.decisions")),
            ("Same figure for 2024, please.", v("hz24", "c.licensing.decisions")),
            ("By how much did it go up between those two years?",
             d("hz23", "hz24", "c.licensing.decisions")),
        ]),
        F("en", "of-those, column-switch", "Huai'an new requests → legal services → companies", [
            ("Huai'an city government, 2024: how many new information disclosure requests came in?",
             v("ha", "r.received.total")),
            ("Of those, how many were filed by law firms or other legal service providers?",
             v("ha", "r.received.legal_services")),
            ("And how many by businesses?", v("ha", "r.received.commercial")),
        ]),
        F("en", "self-correction, year-switch", "Shanghai GO granted 2019 (blank total, by columns) → 2025", [
            ("How many requests did the Shanghai General Office grant in full in 2019?",
             v("sh19", cols("granted"), printed_total="r.granted.total")),
            ("My mistake, I was after the 2025 numbers.", v("sh25", "r.granted.total")),
        ]),
        F("en", "check-narrow", "Shuyang new requests → individuals only", [
            ("For Shuyang County in 2025, how many disclosure requests were newly received, leaving out "
             "the ones carried over?", v("sy", "r.received.total")),
            ("Is that everyone, companies and law firms included? I only want the private individuals.",
             v("sy", "r.received.natural_person")),
        ]),
        F("en", "ends-unanswerable", "Shuyang internal-affairs refusals → which departments", [
            ("How many of Shuyang County's 2025 requests were refused because the information was "
             "internal affairs of the agency?", v("sy", "r.withheld.internal_affairs.total")),
            ("Which county departments issued those refusals?",
             u("the report does not break refusals down by department")),
        ]),
        F("en", "narrative-then-table", "Shanghai GO 2019 policy interpretations → regulations made", [
            ("How many policy interpretation pieces did the Shanghai General Office put on its portal "
             "in 2019?", n("sh19", "132件", 132, "件")),
            ("Same year: how many regulations were newly made, according to the disclosure table?",
             v("sh19", "c.regulations.made")),
        ]),
        F("en", "appeals-switch, of-those", "Huai'an review upheld → after-review upheld → after-review pending", [
            ("Huai'an 2024: how many administrative reconsideration cases about disclosure ended with "
             "the original decision upheld?", v("ha", "a.review.upheld")),
            ("What about lawsuits brought after reconsideration, how many were upheld there?",
             v("ha", "a.litigation_after_review.upheld")),
            ("And how many of those post-reconsideration suits were still open at year end?",
             v("ha", "a.litigation_after_review.pending")),
        ]),
        F("en", "body-switch", "normative docs in force: STCSM 2024 → Shuyang 2025 → Hongze 2024", [
            ("How many normative documents were in force at the Shanghai science commission in 2024?",
             v("kw", "c.normative_docs.in_force")),
            ("What about Shuyang County in 2025?", v("sy", "c.normative_docs.in_force")),
            ("And Hongze District, 2024?", v("hz24", "c.normative_docs.in_force")),
        ]),
        F("en", "column-switch", "Shuyang granted legal services → businesses", [
            ("Shuyang County 2025: how many requests from legal service organisations were granted in full?",
             v("sy", "r.granted.legal_services")),
            ("And the business applicants?", v("sy", "r.granted.commercial")),
        ]),
        F("en", "year-switch, compare-years", "Shanghai GO carried over 2019→2025", [
            ("How many requests did the Shanghai General Office bring into 2019 from the year before?",
             v("sh19", "r.carried_over.total")),
            ("And how many were brought into 2025?", v("sh25", "r.carried_over.total")),
            ("Which of the two years had more, and by how much?",
             d("sh19", "sh25", "r.carried_over.total")),
        ]),
        F("en", "self-correction", "Huai'an partially granted individuals → companies", [
            ("In Huai'an's 2024 report, how many requests from individuals were partially granted?",
             v("ha", "r.partially_granted.natural_person")),
            ("Hang on, wrong column. Businesses, not individuals.", v("ha", "r.partially_granted.commercial")),
        ]),
        F("en", "ends-unanswerable", "Huai'an processing fee (text) → how many payers", [
            ("How much did Huai'an collect in information processing fees in 2024?",
             n("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
            ("How many applicants actually paid it?", u("the report gives the amount, not the number of payers")),
        ]),
        F("en", "of-those", "Shuyang review total → pending → corrected", [
            ("How many disclosure-related reconsideration cases did Shuyang County have in 2025?",
             v("sy", "a.review.total")),
            ("How many of those hadn't been decided yet?", v("sy", "a.review.pending")),
            ("And how many went against the county, i.e. were corrected?", v("sy", "a.review.corrected")),
        ]),
        F("en", "starts-unanswerable, year-switch", "Jianxi 2021 (not held) → 2020 granted", [
            ("How many requests did the Jianxi District government office grant in full in 2021?",
             u(NOT_HELD % "2021")),
            ("OK, then give me 2020 instead.", v("jx", "r.granted.total")),
        ]),
        F("en", "narrative-then-table", "Shuyang short videos → administrative query refusals", [
            ("How many original short videos did Shuyang's government push out in 2025?",
             n("sy", "1113", 1113, "个")),
            ("And how many requests did Shuyang refuse because they were really administrative "
             "look-up matters?", v("sy", "r.withheld.admin_query.total")),
        ]),
        F("en", "check-narrow, add-up", "Shanghai GO 2025 not held → needs creation → both", [
            ("How many Shanghai General Office requests in 2025 couldn't be answered because the office "
             "didn't hold the information?", v("sh25", "r.unable.not_held.total")),
            ("Does that also cover cases where the information would have to be newly compiled? Give me "
             "just those separately.", v("sh25", "r.unable.needs_creation.total")),
            ("Now add the two together.",
             v("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ]),
        F("en", "year-switch, compare-years", "Hongze coercion 2024→2023", [
            ("How many administrative coercion decisions did Hongze District publish for 2024?",
             v("hz24", "c.coercion.decisions")),
            ("Go back to 2023 for me, what was it then?", v("hz23", "c.coercion.decisions")),
            ("So how big was the drop?", d("hz23", "hz24", "c.coercion.decisions")),
        ]),
        F("en", "ends-unanswerable", "STCSM carried over → subjects", [
            ("How many disclosure requests did the Shanghai science commission carry over from 2023 "
             "into 2024?", v("kw", "r.carried_over.total")),
            ("What were those requests about?", u("the report does not describe the carried-over requests")),
        ]),
        F("en", "appeals-switch", "Shanghai GO 2019 review pending → direct lawsuits pending", [
            ("Shanghai General Office 2019: how many reconsideration cases were still pending at year end?",
             v("sh19", "a.review.pending")),
            ("And lawsuits filed straight in court, still pending?", v("sh19", "a.litigation_direct.pending")),
        ]),
        F("en", "of-those", "Huai'an petition-type → from companies", [
            ("How many Huai'an requests in 2024 weren't processed because they were really complaints "
             "or petitions?", v("ha", "r.not_processed.petition.total")),
            ("How many of them came from companies?", v("ha", "r.not_processed.petition.commercial")),
        ]),
        F("en", "year-switch, compare-years", "Hongze granted 2023→2024", [
            ("How many requests did Hongze District fully grant in 2023?", v("hz23", "r.granted.total")),
            ("What did that look like in 2024?", v("hz24", "r.granted.total")),
            ("What's the change from 2023 to 2024?", d("hz23", "hz24", "r.granted.total")),
        ]),
        F("en", "self-correction, body-switch", "fee income Huai'an 2024 → Shuyang 2025", [
            ("What was Huai'an's administrative fee income in 2024, in the disclosure table?",
             v("ha", "c.fees.amount")),
            ("Wait, I actually wanted Shuyang County for 2025.", v("sy", "c.fees.amount")),
        ]),
        F("en", "narrative-then-table", "Shanghai 2025 press conferences → company requests", [
            ("The Shanghai General Office's 2025 report: how many press conferences did the municipal government hold?",
             n("sh25", "42 场", 42, "场")),
            ("That year, how many requests did the General Office get from companies?",
             v("sh25", "r.received.commercial")),
        ]),
        F("en", "of-those, column-switch, ends-unanswerable", "Shuyang duplicates → individuals → businesses → month", [
            ("Shuyang 2025: how many requests were declined as repeat requests?",
             v("sy", "r.not_processed.duplicate.total")),
            ("How many of those came from individuals?", v("sy", "r.not_processed.duplicate.natural_person")),
            ("And from businesses?", v("sy", "r.not_processed.duplicate.commercial")),
            ("In which month were most of them filed?", u("the report has no monthly breakdown")),
        ]),
        F("en", "appeals-switch, add-up", "Jianxi 2020 review → direct → after review → all three", [
            ("Jianxi District, 2020: how many reconsideration cases were there?", v("jx", "a.review.total")),
            ("And lawsuits filed directly?", v("jx", "a.litigation_direct.total")),
            ("Lawsuits after reconsideration?", v("jx", "a.litigation_after_review.total")),
            ("Add all three up for me.",
             v("jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"])),
        ]),
        F("en", "check-narrow", "Huai'an processed → carried over from 2023", [
            ("How many requests did Huai'an finish handling in 2024?", v("ha", "r.total_processed.total")),
            ("Does that include requests left over from 2023? How many of those were there?",
             v("ha", "r.carried_over.total")),
        ]),
        F("en", "of-those, ends-unanswerable", "Shanghai GO 2025 review total → pending → duration", [
            ("How many reconsideration cases did the Shanghai General Office list for 2025?",
             v("sh25", "a.review.total")),
            ("How many of them were still undecided?", v("sh25", "a.review.pending")),
            ("On average, how long did those cases take?", u("the report states no case durations")),
        ]),
        F("en", "narrative-then-table", "Hongze 2023 website items → partially granted", [
            ("How many items did Hongze District proactively publish on its government website in 2023?",
             n("hz23", "1136", 1136, "条")),
            ("How many requests were partially granted that year?", v("hz23", "r.partially_granted.total")),
        ]),
        F("en", "year-switch, compare-years", "Shanghai GO company requests 2019→2025", [
            ("Shanghai General Office 2019: new requests from businesses?", v("sh19", "r.received.commercial")),
            ("And in 2025?", v("sh25", "r.received.commercial")),
            ("Which year is higher, and by how many?", d("sh19", "sh25", "r.received.commercial")),
        ]),
        F("en", "body-switch", "carried forward: Huai'an 2024 → Shuyang 2025 → Shanghai GO 2025", [
            ("At the end of 2024, how many Huai'an requests were still open and moved on to the next year?",
             v("ha", "r.carried_forward.total")),
            ("And Shuyang County at the end of 2025?", v("sy", "r.carried_forward.total")),
            ("What about the Shanghai General Office at the end of 2025?", v("sh25", "r.carried_forward.total")),
        ]),
        F("en", "of-those", "Huai'an prohibited by law → individuals", [
            ("How many Huai'an requests were refused in 2024 because other laws and regulations forbid "
             "disclosure?", v("ha", "r.withheld.prohibited_by_law.total")),
            ("And how many of those came from private persons?", v("ha", "r.withheld.prohibited_by_law.natural_person")),
        ]),
        F("en", "check-narrow", "Shanghai GO 2019 not held (blank total, by columns) → individuals", [
            ("Shanghai General Office 2019: how many requests couldn't be met because the office didn't "
             "hold the information?",
             v("sh19", cols("unable.not_held"), printed_total="r.unable.not_held.total",
               alt=("265件", 265))),
            ("Are businesses in that? Just individuals, please.", v("sh19", "r.unable.not_held.natural_person")),
        ]),
        F("en", "ends-unanswerable", "Hongze 2024 normative docs issued → titles", [
            ("How many normative documents did Hongze District issue in 2024?",
             v("hz24", "c.normative_docs.issued")),
            ("Can you list their titles and issue dates?", u("the report prints only the count")),
        ]),
        F("en", "narrative-then-table", "STCSM live streams → total processed", [
            ("How many live streams did the Shanghai science commission run in 2024?",
             n("kw", "118 场", 118, "场")),
            ("How many disclosure requests did it process in total that year?",
             v("kw", "r.total_processed.total")),
        ]),
        F("en", "appeals-switch, of-those", "Shuyang direct → after review → other outcomes", [
            ("In Shuyang's 2025 report, how many lawsuits went to court without reconsideration first?",
             v("sy", "a.litigation_direct.total")),
            ("What about lawsuits after reconsideration?", v("sy", "a.litigation_after_review.total")),
            ("How many of those ended with some 'other outcome'?", v("sy", "a.litigation_after_review.other")),
        ]),
        F("en", "self-correction, row-switch", "Huai'an state secret → three securities one stability", [
            ("For Huai'an in 2024, how many requests were rejected because the information was a state secret?",
             v("ha", "r.withheld.state_secret.total")),
            ("Hmm, no, I meant the reason about endangering security and social stability.",
             v("ha", "r.withheld.security_stability.total")),
        ]),
        F("en", "row-switch, ends-unanswerable", "Jianxi 2020 normative made → total published → topics", [
            ("How many new normative documents did Jianxi District produce in 2020?",
             v("jx", "c.normative_docs.made")),
            ("And the total number published externally?", v("jx", "c.normative_docs.total_published")),
            ("Are any of them about housing?", u("the report gives no topics for these documents")),
        ]),
        F("en", "of-those", "Shanghai GO 2019 petition (blank total, by columns) → companies", [
            ("In 2019, how many requests did the Shanghai General Office decline to process because they "
             "were complaints, reports or petitions?",
             v("sh19", cols("not_processed.petition"), printed_total="r.not_processed.petition.total")),
            ("And how many of those were from companies?", v("sh19", "r.not_processed.petition.commercial")),
        ]),
        F("en", "row-switch, add-up", "Hongze 2023 not held → needs creation → together", [
            ("Hongze District 2023: requests where the information simply wasn't held by the government?",
             v("hz23", "r.unable.not_held.total")),
            ("Ones where it would have had to be created from scratch?", v("hz23", "r.unable.needs_creation.total")),
            ("Together?", v("hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ]),
        F("en", "narrative-then-table", "Shanghai 2019 websites checked → procurement projects", [
            ("How many government websites did the Shanghai General Office's 2019 report say were checked every quarter?",
             n("sh19", "70家", 70, "家")),
            ("And how many centralised procurement projects did the General Office report that year?",
             v("sh19", "c.procurement.projects")),
        ]),
        F("en", "body-switch", "review pending Huai'an 2024 → Shuyang 2025", [
            ("How many reconsideration cases were still unresolved for Huai'an at the end of 2024?",
             v("ha", "a.review.pending")),
            ("And for Shuyang County at the end of 2025?", v("sy", "a.review.pending")),
        ]),
        F("en", "ends-unanswerable", "Shuyang penalties → traffic fines", [
            ("How many administrative penalty decisions did Shuyang County make in 2025?",
             v("sy", "c.punishment.decisions")),
            ("How many of those were traffic fines?", u("penalty decisions are not broken down by field")),
        ]),
        F("en", "check-narrow", "STCSM new requests → individuals", [
            ("How many disclosure requests did the Shanghai science commission receive in 2024, new ones only?",
             v("kw", "r.received.total")),
            ("Were those all from individuals? How many were?", v("kw", "r.received.natural_person")),
        ]),
        F("en", "self-correction, appeals-switch", "Shanghai GO 2025 after review → direct", [
            ("How many lawsuits filed after reconsideration did the Shanghai General Office have in 2025?",
             v("sh25", "a.litigation_after_review.total")),
            ("Sorry, scratch that: the ones filed directly, without reconsideration.",
             v("sh25", "a.litigation_direct.total")),
        ]),
        F("en", "narrative-then-table", "Huai'an new-media accounts → needs creation", [
            ("How many government new-media accounts was Huai'an running by the end of 2024?",
             n("ha", "共计 95", 95, "个")),
            ("That year, how many requests couldn't be answered because the information would have had "
             "to be produced from scratch?", v("ha", "r.unable.needs_creation.total")),
        ]),
        F("en", "of-those", "Huai'an other-handling 'other' → individuals", [
            ("Huai'an 2024: how many requests ended up in the catch-all 'other' line under other handling?",
             v("ha", "r.other.other.total")),
            ("How many of those were from individuals?", v("ha", "r.other.other.natural_person")),
        ]),
        F("en", "year-switch, compare-years", "Hongze normative docs in force 2023→2024", [
            ("How many normative documents were still in force in Hongze District at the end of 2023?",
             v("hz23", "c.normative_docs.in_force")),
            ("And at the end of 2024?", v("hz24", "c.normative_docs.in_force")),
            ("How many more is that?", d("hz23", "hz24", "c.normative_docs.in_force")),
        ]),
        F("en", "body-switch, ends-unanswerable", "processed Jianxi 2020 → Hongze 2023 → within 10 days", [
            ("How many requests did the Jianxi District office finish in 2020?", v("jx", "r.total_processed.total")),
            ("And Hongze District in 2023?", v("hz23", "r.total_processed.total")),
            ("How many of Hongze's were answered within 10 working days?",
             u("the report gives no response times")),
        ]),
        F("en", "row-switch, add-up", "Shuyang third party → process info → sum", [
            ("Shuyang 2025: refusals because disclosure would hurt a third party's lawful rights?",
             v("sy", "r.withheld.third_party.total")),
            ("And refusals because it was process information?", v("sy", "r.withheld.process_info.total")),
            ("What do those two come to together?",
             v("sy", ["r.withheld.third_party.total", "r.withheld.process_info.total"])),
        ]),
        F("en", "year-switch, compare-years", "Shanghai GO processed 2019→2025", [
            ("How many requests did the Shanghai General Office finish processing in 2019?",
             v("sh19", "r.total_processed.total")),
            ("And the 2025 count?", v("sh25", "r.total_processed.total")),
            ("How big was the increase?", d("sh19", "sh25", "r.total_processed.total")),
        ]),
        F("en", "check-narrow", "Shuyang withheld total → enforcement files", [
            ("Counting every 'not disclosed' reason together, how many Shuyang requests were refused in 2025?",
             v("sy", "r.withheld.total")),
            ("Does that include the ones about administrative enforcement case files? How many were those?",
             v("sy", "r.withheld.enforcement_files.total")),
        ]),
        F("en", "narrative-then-table, ends-unanswerable", "Shanghai 2025 appointment documents → carried over from law firms → which firms", [
            ("How many personnel appointment and removal documents does the Shanghai General Office's 2025 report say were published?",
             n("sh25", "人事任免文件 196", 196, "件")),
            ("How many of the General Office's carried-over requests that year came from legal service "
             "providers?", v("sh25", "r.carried_over.legal_services")),
            ("Which law firms were they?", u("applicants are not named in the report")),
        ]),
    ]


# ====================================================================== one-turn kinds
def plain():
    P = lambda lang, b, keys, q, what, **kw: one("value", "[plain]", lang, q, v(b, keys, **kw), what)  # noqa: E731
    return [
        # ---- zh
        P("zh", "ha", "c.regulations.issued", "淮安市政府2024年新出台了几部规章？", "淮安 规章 制发"),
        P("zh", "ha", "r.withheld.third_party.total",
          "淮安2024年以保护第三方合法权益为理由没有公开的申请有几件？", "淮安 不予公开 第三方"),
        P("zh", "ha", "r.not_processed.reconfirm.total",
          "淮安市24年有几件申请是让行政机关确认或者重新出具已经拿到手的信息，结果没受理的？", "淮安 不予处理 确认或重新出具"),
        P("zh", "ha", "r.unable.unclear.total",
          "淮安2024年有申请人补正之后，申请内容还是说不清楚的吗？有几件？", "淮安 补正后仍不明确"),
        P("zh", "ha", "c.licensing.decisions", "淮安全市2024年一共作了多少个行政许可决定？", "淮安 行政许可"),
        P("zh", "hz23", "r.withheld.state_secret.total",
          "洪泽区2023年有没有以国家秘密为由不公开的申请？有的话几件？", "洪泽 2023 国家秘密"),
        P("zh", "hz23", "r.not_processed.petition.total",
          "洪泽区二〇二三年有几件申请被认定为信访举报投诉类、没有按信息公开处理？", "洪泽 2023 信访类"),
        P("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年废止掉的行政规范性文件有多少件？",
          "洪泽 2023 规范性文件 废止"),
        P("zh", "hz24", "r.carried_forward.total", "洪泽区2024年年底还有没办完、要转到下一年的申请吗？有几件？",
          "洪泽 2024 结转下年 (0)"),
        P("zh", "hz24", "r.granted.total", "洪泽区2024年申请人要的信息全部给了的，有多少件？", "洪泽 2024 予以公开"),
        P("zh", "sy", "r.withheld.security_stability.total",
          "沭阳县2025年因为'危及三安全一稳定'不予公开的有几件？", "沭阳 三安全一稳定"),
        P("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新印发的行政规范性文件一共几件？", "沭阳 规范性文件 制发"),
        P("zh", "sy", "a.review.upheld", "沭阳县政府2025年信息公开行政复议，原来决定被维持的有多少件？", "沭阳 复议维持"),
        P("zh", "sy", "a.review.other", "沭阳25年行政复议里算作'其他结果'的有几件？", "沭阳 复议其他结果"),
        P("zh", "sy", "r.not_processed.total", "沭阳县2025年各种原因不予处理的申请加起来一共多少件？",
          "沭阳 不予处理 (derived)"),
        P("zh", "sy", "r.total_processed.natural_person",
          "沭阳县2025年办理完结的申请中，个人申请人的有多少件？", "沭阳 办理总计 自然人"),
        P("zh", "sh19", "c.normative_docs.total_published",
          "上海市政府办公厅2019年规范性文件对外公开的总数量是多少件？", "上海市府办 2019 规范性文件 对外公开总数"),
        P("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购花了多少万元？",
          "上海市府办 2019 采购金额 (251000元 = 25.1万元)"),
        P("zh", "sh19", cols("withheld.state_secret"), "上海市政府办公厅2019年以属于国家秘密为由不公开的有多少件？",
          "上海市府办 2019 国家秘密 (总计栏空白, by columns)", printed_total="r.withheld.state_secret.total"),
        P("zh", "sh19", cols("unable.unclear"), "2019年上海市府办收到的申请中，补正后内容依然不明确的有多少件？",
          "上海市府办 2019 补正后仍不明确 (by columns)", printed_total="r.unable.unclear.total"),
        P("zh", "sh25", "r.granted.total", "上海市府办2025年予以公开的申请是多少件？", "上海市府办 2025 予以公开"),
        P("zh", "kw", "c.normative_docs.issued", "上海市科委2024年制发了几件规范性文件？", "上海市科委 规范性文件 制发"),
        P("zh", "kw", "c.punishment.decisions", "市科委2024年作出过行政处罚决定吗？数量是多少？", "上海市科委 行政处罚 (0)"),
        P("zh", "jx", "a.review.upheld", "涧西区2020年信息公开行政复议中结果维持的有几件？", "涧西 复议维持"),
        P("zh", "jx", "r.unable.not_held.total", "涧西区政府办2020年因为手里没有相关信息没法提供的申请有几件？",
          "涧西 不掌握"),
        P("zh", "ha", "a.review.other", "淮安市2024年行政复议以'其他结果'结案的有多少件？", "淮安 复议其他结果"),
        P("zh", "ha", "r.received.natural_person", "淮安市2024年老百姓个人递交的信息公开申请有多少件？",
          "淮安 新收 自然人"),
        P("zh", "ha", "a.litigation_direct.corrected", "淮安2024年直接告到法院、结果被纠正的有几件？", "淮安 直接起诉 纠正"),
        P("zh", "sy", "r.received.legal_person", "沭阳县2025年本年新收的申请里，法人或其他组织提交的一共几件？",
          "沭阳 新收 法人或其他组织 (text agrees: 8)"),
        # ---- en
        P("en", "ha", "c.punishment.decisions", "How many administrative penalty decisions did Huai'an publish for 2024?",
          "Huai'an penalties"),
        P("en", "ha", "r.withheld.internal_affairs.total",
          "How many Huai'an requests in 2024 were refused as the agency's internal affairs information?",
          "Huai'an internal affairs"),
        P("en", "ha", "r.withheld.enforcement_files.total",
          "In 2024, how many times did Huai'an withhold information because it sat in an administrative "
          "enforcement case file?", "Huai'an enforcement files"),
        P("en", "ha", "r.not_processed.duplicate.total",
          "How many repeat requests did Huai'an decline to deal with in 2024?", "Huai'an duplicates"),
        P("en", "ha", "a.review.corrected",
          "Huaian 2024: in how many disclosure reconsideration cases was the government's decision corrected?",
          "Huai'an review corrected"),
        P("en", "ha", "a.litigation_after_review.other",
          "For Huai'an in 2024, how many lawsuits filed after reconsideration ended with an 'other' result?",
          "Huai'an after-review other"),
        P("en", "hz23", "r.withheld.process_info.total",
          "Did Hongze District refuse any 2023 requests as process information? How many?", "Hongze 2023 process info"),
        P("en", "hz23", "r.received.natural_person",
          "How many of Hongze District's new requests in 2023 came from private individuals?",
          "Hongze 2023 received individuals"),
        P("en", "hz24", "c.punishment.decisions", "Hongze District in 2024: number of administrative penalty decisions?",
          "Hongze 2024 penalties"),
        P("en", "hz24", "c.fees.amount",
          "What was the administrative fee amount in Hongze District's 2024 disclosure table?", "Hongze 2024 fees"),
        P("en", "sy", "a.litigation_after_review.upheld",
          "In Shuyang County's 2025 report, how many lawsuits filed after reconsideration ended with the "
          "government's decision upheld?", "Shuyang after-review upheld"),
        P("en", "sy", "r.carried_over.total",
          "How many unfinished requests did Shuyang County bring into 2025 from the year before?",
          "Shuyang carried over"),
        P("en", "sy", "c.regulations.in_force",
          "Does Shuyang County have any government regulations in force according to its 2025 report? How many?",
          "Shuyang regulations in force (0)"),
        P("en", "sy", "r.granted.total", "How many requests did Shuyang County disclose in full in 2025?",
          "Shuyang granted"),
        P("en", "sh19", "c.regulations.total_published",
          "As of its 2019 report, how many regulations had the Shanghai General Office published in total?",
          "Shanghai GO 2019 regulations total published"),
        P("en", "sh19", cols("unable.needs_creation"),
          "In 2019, how many requests to the Shanghai General Office would have needed brand-new information "
          "to be produced?", "Shanghai GO 2019 needs creation (by columns)",
          printed_total="r.unable.needs_creation.total"),
        P("en", "sh19", cols("withheld.admin_query"),
          "How many 2019 requests did Shanghai's General Office refuse as administrative query matters?",
          "Shanghai GO 2019 admin query (by columns)", printed_total="r.withheld.admin_query.total"),
        P("en", "sh19", "a.review.upheld",
          "How many of the Shanghai General Office's 2019 reconsideration cases upheld the original decision?",
          "Shanghai GO 2019 review upheld"),
        P("en", "sh19", "r.received.other_org",
          "How many 2019 requests to the Shanghai General Office came from organisations in the 'other' column?",
          "Shanghai GO 2019 received other orgs"),
        P("en", "sh25", "r.received.total",
          "How many information requests did the Shanghai General Office receive in 2025?", "Shanghai GO 2025 received"),
        P("en", "sh25", "r.not_processed.petition.total",
          "How many complaint- or petition-type requests did the Shanghai General Office set aside in 2025?",
          "Shanghai GO 2025 petition"),
        P("en", "kw", "c.licensing.decisions",
          "How many licensing decisions did STCSM make in 2024?", "STCSM licensing"),
        P("en", "jx", "r.received.natural_person",
          "How many of Jianxi District's 2020 disclosure requests were filed by individuals?", "Jianxi received individuals"),
        P("en", "jx", "a.litigation_after_review.upheld",
          "Jianxi District 2020: how many lawsuits brought after reconsideration were upheld?", "Jianxi after-review upheld"),
        P("en", "ha", "r.received.other_org",
          "Huai'an 2024 — how many new requests came from organisations classed as 'other'?", "Huai'an received other orgs"),
        P("en", "ha", "a.litigation_direct.other",
          "How many of Huai'an's 2024 direct lawsuits (no reconsideration first) ended with an 'other' outcome?",
          "Huai'an direct other"),
        P("en", "sy", "r.partially_granted.legal_services",
          "How many requests from legal service firms did Shuyang County partially grant in 2025?",
          "Shuyang partially legal services"),
        P("en", "ha", "a.litigation_after_review.corrected",
          "In 2024, how many Huai'an cases that went to court after reconsideration ended with the decision corrected?",
          "Huai'an after-review corrected"),
        P("en", "hz23", "a.litigation_after_review.upheld",
          "Hongze District 2023: lawsuits filed after reconsideration where the decision was upheld, how many?",
          "Hongze 2023 after-review upheld (row total printed 0; the cell itself is printed)"),
    ]


def combine():
    S = lambda lang, b, keys, q, what, **kw: one("sum", "[combine]", lang, q, v(b, keys, **kw), what)  # noqa: E731
    D = lambda lang, b1, b2, keys, q, what: one("difference", "[combine]", lang, q, d(b1, b2, keys), what)  # noqa: E731
    NP5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
    WH8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市2024年全部公开的和部分公开的申请加起来一共多少件？", "sum of 2: 淮安 予以公开 + 部分公开"),
        S("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年行政诉讼总共多少件？直接起诉的和复议后起诉的都算上。", "sum of 2: 沭阳 诉讼"),
        S("zh", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "上海市政府办公厅2019年新收申请中，商业企业、法律服务机构和其他组织三类加一起是多少？",
          "sum of 3: 上海市府办 2019 新收 by org columns"),
        S("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年行政许可、行政处罚、行政强制三类处理决定合计多少个？", "sum of 3: 洪泽 2024 处理决定"),
        S("zh", "ha", NP5, "淮安市2024年五类不予处理的情形，全部加起来是多少件？", "sum of 5: 淮安 不予处理"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
          "涧西区政府办2020年予以公开的和因不掌握无法提供的，两种合计几件？", "sum of 2: 涧西"),
        S("en", "ha", WH8,
          "Add up all eight refusal reasons in Huai'an's 2024 table: how many requests were withheld in total?",
          "sum of 8: Huai'an withheld"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "Shanghai General Office 2019: reconsideration cases plus direct lawsuits, what's the combined number?",
          "sum of 2: Shanghai GO 2019 appeals"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "Counting new requests and those carried over from 2023, how many requests did the Shanghai science "
          "commission have on its desk in 2024?", "sum of 2: STCSM received + carried over"),
        S("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Across reconsideration and both kinds of lawsuit, how many Shuyang County cases in 2025 ended with "
          "the decision upheld?", "sum of 3: Shuyang upheld"),
        S("en", "sh25", ["r.received.total", "r.carried_over.total"],
          "Shanghai General Office, 2025: new requests plus those carried in from 2024, how many altogether?",
          "sum of 2: Shanghai GO 2025 received + carried over"),
        D("zh", "hz23", "hz24", "c.normative_docs.issued",
          "洪泽区2024年制发的行政规范性文件比2023年多了几件？", "difference 洪泽 规范性文件 制发"),
        D("zh", "sh19", "sh25", "r.total_processed.total",
          "上海市政府办公厅2025年办结的申请比2019年多出多少件？", "difference 上海市府办 办理总计"),
        D("zh", "hz23", "hz24", "a.litigation_direct.total",
          "洪泽区直接起诉的行政诉讼，2024年和2023年相比变化了多少件？", "difference 洪泽 直接起诉"),
        D("zh", "sh19", "sh25", "a.review.pending",
          "上海市府办行政复议到年底没审结的，2025年比2019年多几件？", "difference 上海市府办 复议未审结"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "How did Hongze District's number of penalty decisions change from 2023 to 2024?",
          "difference Hongze penalties"),
        D("en", "sh19", "sh25", "r.received.total",
          "By how many did new requests to the Shanghai General Office grow between 2019 and 2025?",
          "difference Shanghai GO received"),
        D("en", "sh19", "sh25", "a.litigation_direct.pending",
          "Compare 2019 and 2025 for the Shanghai General Office: how did the number of direct lawsuits still "
          "pending change?", "difference Shanghai GO direct pending"),
    ]


def rank():
    R = lambda lang, bodies, keys, order, q, what: one("ranking", "[rank]", lang, q, ER(bodies, KS(keys), order), what)  # noqa: E731
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
          "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，这四家哪家本年新收的申请最多？",
          "4 bodies, received desc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.carried_forward.total", "asc",
          "结转到下一年继续办的申请，淮安2024年、沭阳2025年、上海市府办2019年、洪泽2023年里谁最少？",
          "4 bodies, carried forward asc"),
        R("zh", ["sh19", "sy", "jx", "hz23"], "a.litigation_direct.total", "desc",
          "未经复议直接起诉的行政诉讼，上海市府办2019年、沭阳县2025年、涧西区2020年、洪泽区2023年，哪家最多？",
          "4 bodies, direct lawsuits desc"),
        R("zh", ["sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc",
          "个人申请被答复'本机关不掌握'的，上海市政府办公厅2019年、沭阳县2025年、洪泽区2023年三家比，谁最多？",
          "3 bodies, not held (individuals) desc"),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "行政强制决定数量，淮安市2024年、洪泽区2023年、沭阳县2025年哪个最少？", "3 bodies, coercion asc"),
        R("en", ["sy", "sh19", "hz23", "jx"], "r.carried_over.total", "desc",
          "Which had the most requests carried over from the year before: Shuyang County (2025), the Shanghai "
          "General Office (2019), Hongze District (2023) or Jianxi District (2020)?", "4 bodies, carried over desc"),
        R("en", ["sh19", "hz23", "jx"], "r.partially_granted.natural_person", "desc",
          "Partial disclosures to individuals: who had the most, the Shanghai General Office in 2019, Hongze "
          "District in 2023 or Jianxi District in 2020?", "3 bodies, partially granted (individuals) desc"),
        R("en", ["sh19", "ha", "sy"], "r.not_processed.petition.natural_person", "desc",
          "Among Huai'an (2024), Shuyang County (2025) and the Shanghai General Office (2019), which set aside "
          "the most petition-type requests from individuals?", "3 bodies, petition (individuals) desc"),
        R("en", ["sy", "sh19", "jx"], "r.total_processed.total", "asc",
          "Rank Shuyang County 2025, the Shanghai General Office 2019 and Jianxi District 2020 by requests "
          "processed: which handled the fewest?", "3 bodies, processed asc"),
        R("en", ["ha", "sy", "hz23", "jx"], "a.litigation_after_review.upheld", "desc",
          "Lawsuits after reconsideration that ended upheld: which is highest among Huai'an 2024, Shuyang 2025, "
          "Hongze 2023 and Jianxi 2020?", "4 bodies, after-review upheld desc"),
    ]


def textonly():
    T = lambda lang, b, kw, val, unit, q, what, frm=None: one("narrative", "[textonly]", lang, q, n(b, kw, val, unit, frm), what)  # noqa: E731
    return [
        T("zh", "sy", "4511", 4511, "条", "沭阳县2025年在县政府门户网站上主动公开了多少条政府信息？", "沭阳 门户网站公开条数"),
        T("zh", "sy", "意见征集9期", 9, "期", "沭阳县政府网站2025年搞了几期意见征集？", "沭阳 意见征集期数"),
        T("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中发布政府信息公开年报的单位有多少家？", "沭阳 年报集中公开单位数"),
        T("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年巡检网站，整改了多少处失效链接？", "沭阳 失效链接"),
        T("zh", "sy", "697条", 697, "条", "沭阳县2025年清理掉的过期信息有多少条？", "沭阳 清理过期信息"),
        T("zh", "ha", "公报》6 期", 21, "个", "淮安市政府2024年做了多少个政策解读？", "淮安 政策解读个数"),
        T("zh", "ha", "4 次政府", 4, "次", "淮安2024年对政府信息公开栏目做了几次全覆盖检查？", "淮安 全覆盖检查次数"),
        T("zh", "sh25", "19 场", 19, "场", "按上海市政府办公厅2025年的年报，市政府开了几场新闻通气会？", "上海 2025 新闻通气会"),
        T("zh", "sh25", "157 件", 157, "件", "上海市府办2025年有多少件申请是申请人自己主动撤回的？", "上海市府办 2025 主动撤回"),
        T("zh", "sh25", "166 件", 166, "件", "上海市政府办公厅2025年做了多少件公文公开属性审查？", "上海市府办 2025 公开属性审查"),
        T("zh", "sh19", "162件", 162, "件", "上海市政府办公厅2019年主动公开的市政府其他文件有多少件？", "上海市府办 2019 其他文件"),
        T("zh", "sh19", "38次", 38, "次", "上海市府办2019年的年报里，市政府常务会议重要议题一共权威发布了几次？", "上海市府办 2019 常务会议议题发布"),
        T("zh", "kw", "50 件", 85, "件", "上海市科委2024年主办、合办的政协提案有多少件？", "上海市科委 政协提案"),
        T("en", "sy", "爆款内容52", 52, "条", "How many pieces of Shuyang's 2025 government content went viral?",
          "Shuyang viral items"),
        T("en", "sy", "催办提示 84", 84, "次", "How many reminder alerts did Shuyang's request-tracking countdown system send in 2025?",
          "Shuyang reminders"),
        T("en", "sy", "33 件", 33, "件", "How many disputes did Shuyang County manage to resolve through pre-reply contact with applicants in 2025?",
          "Shuyang disputes resolved"),
        T("en", "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an municipal government gazette came out in 2024?",
          "Huai'an gazette issues"),
        T("en", "hz24", "2428", 2428, "条", "How many items of government information did Hongze District post on its website platform in 2024?",
          "Hongze 2024 website items"),
        T("en", "hz24", "2428", 7, "条", "How many policy-interpretation items did Hongze District release in 2024?",
          "Hongze 2024 interpretation items"),
        T("en", "sh25", "10 个语种", 10, "个", "In the Shanghai General Office's 2025 report, how many languages does the international services portal cover?",
          "Shanghai 2025 portal languages"),
        T("en", "sh25", "403 项", 403, "项", "How many service guides had the international services portal published, going by the Shanghai General Office's 2025 report?",
          "Shanghai 2025 service guides"),
        T("en", "sh25", "16 个区", 16, "个", "According to the Shanghai General Office's 2025 report, how many districts had put their government gazette online in digital form?",
          "Shanghai 2025 digital district gazettes"),
        T("en", "sh19", "53个部门", 53, "个", "The Shanghai General Office's 2019 report mentions a unified 'one-stop online' intake platform. How many departments were hooked up to it?",
          "Shanghai 2019 departments on platform"),
        T("en", "sh19", "24期", 83, "件", "Per the Shanghai General Office's 2019 report, how many policy interpretations did the municipal government gazette carry that year?",
          "Shanghai 2019 gazette interpretations"),
        T("en", "kw", "1016823", 1016823, "人", "How many followers did the 'Shanghai Science' WeChat account have, per the science commission's 2024 report?",
          "STCSM WeChat followers"),
        T("en", "jx", "26个试点领域标准", 26, "个", "How many pilot areas were covered by Jianxi District's 2020 push to standardise grassroots openness?",
          "Jianxi pilot areas", frm="对照省"),
    ]


def cannot():
    X = lambda lang, q, why, what: one("unanswerable", "[cannot]", lang, q, u(why), what)  # noqa: E731
    return [
        X("zh", "淮安市2024年递交信息公开申请的人里，男的女的各占多少？", "no breakdown by sex", "sex"),
        X("zh", "沭阳县2025年的信息公开申请，哪个乡镇的人提得最多？", "no breakdown by township", "township"),
        X("zh", "洪泽区2022年一共收到多少件政府信息公开申请？", "the corpus holds no 2022 report for 洪泽区", "year not held"),
        X("zh", "南京市政府2024年信息公开行政复议有几件？", "南京市 is not in the corpus", "body not held"),
        X("zh", "上海市府办2025年答复一件申请平均用了多少天？", "the report gives no response times", "response time"),
        X("zh", "涧西区政府办2020年专门做政府信息公开的工作人员有几个？", "the report states no staff numbers", "staff"),
        X("zh", "帮我估一下淮安市2025年会收到多少件信息公开申请？", "a forecast; the reports state no future figures", "forecast"),
        X("zh", "你觉得沭阳县2025年的依申请公开工作做得怎么样？打个分吧", "an opinion, not a reported fact", "opinion"),
        X("zh", "上海市科委2024年收到的申请里，有多少是外省市的人提的？", "no breakdown by residence", "residence"),
        X("zh", "淮安市2024年第三季度收到了几件信息公开申请？", "no quarterly breakdown", "quarter"),
        X("zh", "上海市政府办公厅2019年的申请中，和房屋征收有关的有多少件？", "no breakdown by topic", "topic"),
        X("zh", "洪泽区2023年在依申请公开工作上花了多少经费？", "the report states no costs of the work", "cost"),
        X("zh", "宿迁市政府2025年不予公开的申请有几件？", "宿迁市 is not in the corpus", "body not held"),
        X("zh", "沭阳县2023年的政府信息公开行政诉讼有多少件？", "the corpus holds no 2023 report for 沭阳县", "year not held"),
        X("zh", "淮安市2024年那些行政复议的申请人叫什么名字？", "personal data, not printed", "personal data"),
        X("zh", "上海市府办2025年提申请的企业都是哪些行业的？", "no breakdown by industry", "industry"),
        X("zh", "涧西区2020年的申请有几件是写信寄过来的？", "no breakdown by channel", "channel"),
        X("en", "How many disclosure requests did Pudong New Area receive in 2024?", "Pudong New Area is not in the corpus",
          "body not held"),
        X("en", "What was the age breakdown of the people who filed requests with Huai'an in 2024?", "no breakdown by age", "age"),
        X("en", "How many requests did Hongze District receive in March 2024?", "no monthly breakdown", "month"),
        X("en", "How many staff work on disclosure at the Shanghai science commission in 2024?", "the report states no staff numbers",
          "staff"),
        X("en", "What share of Shuyang's 2025 requests were about land acquisition?", "no breakdown by topic", "topic"),
        X("en", "How many requests will the Shanghai General Office get in 2026?", "a forecast; no report states it", "forecast"),
        X("en", "Did Shuyang County handle its 2025 requests better than Hangzhou did?", "Hangzhou is not in the corpus; an opinion",
          "body not held / opinion"),
        X("en", "How many requests did the Jianxi District government office receive in 2021?",
          "the corpus holds no 2021 report for Jianxi", "year not held"),
        X("en", "How many disclosure requests did the Shanghai General Office get in 2022?",
          "the corpus holds no 2022 report for the Shanghai General Office", "year not held"),
        X("en", "Which district of Huai'an sent the most requests to the city government in 2024?",
          "no breakdown by district", "district"),
        X("en", "How long did Shuyang County take, on average, to answer a request in 2025?", "the report gives no response times",
          "response time"),
        X("en", "How many foreigners filed requests with the Shanghai science commission in 2024?", "no breakdown by nationality",
          "residence"),
        X("en", "How much did Hongze District spend on running its government website in 2023?", "the report states no costs",
          "cost"),
        X("en", "How many requests did Nanjing's city government get in 2023?", "Nanjing is not in the corpus", "body not held"),
        X("en", "Who was the most frequent applicant to Huai'an in 2024?", "personal data, not printed", "personal data"),
        X("en", "In 2020, how many of Jianxi District's requests arrived by email?", "no breakdown by channel", "channel"),
        X("en", "What reason does Hongze District give for the change in its request numbers between 2023 and 2024?", "the report states no reason for the change",
          "reason not stated"),
    ]


def neighbour():
    N = lambda lang, b, keys, q, what, **kw: one("trap", "[neighbour]", lang, q, v(b, keys, **kw), what)  # noqa: E731
    return [
        N("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年度接过来、还要继续办理的申请有几件？",
          "上年结转 vs 结转下年"),
        N("zh", "sh19", "c.regulations.published", "2019年上海市政府办公厅本年新公开的规章是多少件？",
          "本年新公开 vs 对外公开总数"),
        N("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年先申请复议、复议完又去起诉的有几件？",
          "复议后起诉 vs 直接起诉"),
        N("zh", "ha", "r.unable.needs_creation.total", "淮安2024年因为没有现成的信息、要重新制作才能提供的申请有几件？",
          "另行制作 vs 不掌握"),
        N("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购一共花了多少钱？", "采购金额 vs 项目数"),
        N("en", "ha", "c.regulations.repealed", "How many municipal regulations did Huai'an repeal in 2024?",
          "repealed (0) vs in force"),
        N("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai General Office newly produce in 2019?",
          "newly made vs total published"),
        N("en", "sy", "r.withheld.process_info.total",
          "How many Shuyang requests were refused in 2025 because the information was still in process (drafts, "
          "discussion records)?", "process info vs internal affairs"),
        N("en", "ha", "r.partially_granted.total", "Huai'an 2024: how many requests were disclosed only in part?",
          "partially granted vs granted"),
        N("en", "sh25", "r.carried_forward.total",
          "At the end of 2025, how many Shanghai General Office requests still had to be finished in the following year?",
          "carried forward vs carried over"),
    ]
