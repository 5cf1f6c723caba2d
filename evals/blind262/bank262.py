"""Question bank of blind evaluation set 262 (evals/blind262): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is
computed by helpers262 (gold JSON, derived keys per spec/README.md), by blindlib262.text_cell
for the three reports without gold (SPECS below: the same cells blind6's text_cells.json
verified, nothing new), or cut from the report text (narrative sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib262 as L  # noqa: E402
import helpers262 as H  # noqa: E402
from helpers262 import E, EN, EU, ED, cols  # noqa: E402

# Printed cells of the reports without gold: row label (or anchor line) and column index.
# Identical to the specs stored in evals/blind6/text_cells.json.
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

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NOTPROC5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
APPEALS3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
WAN = "万元"


# tagged builders -------------------------------------------------------------------
def PL(lang, b, keys, q, note, **kw):
    return H.V(lang, b, keys, q, "[plain] " + note, **kw)


def TR(lang, b, keys, q, note, **kw):
    return H.T(lang, b, keys, q, "[neighbour] " + note, **kw)


def SU(lang, b, keys, q, note, **kw):
    return H.S(lang, b, keys, q, "[combine] " + note, **kw)


def DI(lang, b1, b2, keys, q, note, **kw):
    return H.D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def RK(lang, bodies, keys, order, q, note):
    return H.R(lang, bodies, keys, order, q, "[rank] " + note)


def NR(lang, b, keyword, value, unit, q, note):
    return H.N(lang, b, keyword, value, unit, q, "[textonly] " + note)


def UN(lang, q, why, note):
    return H.U(lang, q, why, "[cannot] " + note)


def FU(lang, turns, note):
    return H.F(lang, turns, "[followup] " + note)


# ===================================================================== follow-ups, zh
def followups_zh():
    return [
        FU("zh", [
            ("洪泽区政府2023年一共作出了多少个行政许可决定？", E("hz23", "c.licensing.decisions")),
            ("2024年的数字呢？", E("hz24", "c.licensing.decisions")),
            ("这两年哪年多？多出来多少个？", ED("hz23", "hz24", "c.licensing.decisions")),
        ], "year switch, then compare the two years asked (2024 minus 2023)"),
        FU("zh", [
            ("淮安市2024年有多少件申请最后是以“本机关不掌握相关政府信息”答复的？",
             E("ha", "r.unable.not_held.total")),
            ("洪泽区那年的这个数呢？", E("hz24", "r.unable.not_held.total")),
        ], "body switch, same year and row"),
        FU("zh", [
            ("淮安市政府2024年部分公开的申请一共有多少件？", E("ha", "r.partially_granted.total")),
            ("其中商业企业提的有几件？", E("ha", "r.partially_granted.commercial")),
        ], "of those: column of the figure just given"),
        FU("zh", [
            ("沭阳县政府2025年“予以公开”的申请有几件？", E("sy", "r.granted.total")),
            ("这个数算不算部分公开的？不算的话，部分公开单独是多少？", E("sy", "r.partially_granted.total")),
            ("两个加一块是多少？", E("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], "check the figure, then the neighbouring row, then add the two"),
        FU("zh", [
            ("上海市政府办公厅2019年新收了多少件信息公开申请？",
             E("sh19", "r.received.total", alt=("859", 859))),
            ("说错了，我想问的是2025年的。", E("sh25", "r.received.total", alt=("1295", 1295))),
            ("2025年比2019年多了多少件？", ED("sh19", "sh25", "r.received.total")),
        ], "self-correction of the year, then the difference of the two years"),
        FU("zh", [
            ("沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？",
             EN("sy", "4511", 4511, "条")),
            ("那一年县里新制发的行政规范性文件有几件？", E("sy", "c.normative_docs.issued")),
        ], "narrative number, then a table number of the same body"),
        FU("zh", [
            ("淮安2024年被当成信访举报投诉类、不予处理的申请有多少件？",
             E("ha", "r.not_processed.petition.total")),
            ("这62件都反映的是什么问题？各有多少？",
             EU("the report gives no topic breakdown of the petition-type requests")),
        ], "ends with a breakdown the report does not print (topics)"),
        FU("zh", [
            ("沭阳县2025年因为信息公开被申请行政复议的共有几件？", E("sy", "a.review.total")),
            ("没经过复议直接去法院起诉的呢？", E("sy", "a.litigation_direct.total")),
            ("复议之后又起诉的有几件？", E("sy", "a.litigation_after_review.total")),
            ("这三类一共多少件？", E("sy", APPEALS3, alt=("共办理相关案件", 74))),
        ], "appeals group switch, then the sum of the three groups (text 74 agrees)"),
        FU("zh", [
            ("淮安市2024年予以公开的申请里，个人申请的有多少件？", E("ha", "r.granted.natural_person")),
            ("换成法律服务机构这一栏呢？", E("ha", "r.granted.legal_services")),
            ("其他组织那一栏又是几件？", E("ha", "r.granted.other_org")),
        ], "column switches within one row"),
        FU("zh", [
            ("涧西区政府办2020年全年新收了几件依申请公开？", E("jx", "r.received.total", alt=("17件", 17))),
            ("其中最后予以公开的有几件？", E("jx", "r.granted.total")),
            ("因为政府办不掌握这条信息、给不了的呢？", E("jx", "r.unable.not_held.total")),
        ], "row switches within one report"),
        FU("zh", [
            ("洪泽区2023年以“属于国家秘密”为由不予公开的有几件？", E("hz23", "r.withheld.state_secret.total")),
            ("那不予公开的八种理由全部加起来一共几件？", E("hz23", WITHHELD8)),
            ("这几件不予公开的申请分别是几月份收到的？",
             EU("the report gives no month breakdown")),
        ], "row, sum of its group, then a month breakdown not printed"),
        FU("zh", [
            ("上海市府办2025年结转到下一年继续办的申请有多少件？", E("sh25", "r.carried_forward.total")),
            ("那从2024年结转进2025年的是多少？",
             E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
            ("结转进来的里面，个人申请占几件？", E("sh25", "r.carried_over.natural_person")),
        ], "carried forward vs carried over, then the individuals' column (text cells)"),
        FU("zh", [
            ("洪泽区2023年底现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
            ("到了24年底变成多少？", E("hz24", "c.normative_docs.in_force")),
            ("哪一年多？多几件？", ED("hz23", "hz24", "c.normative_docs.in_force")),
        ], "year switch (two-digit year), then which year was higher"),
        FU("zh", [
            ("淮安市2024年行政事业性收费总额是多少万元？", E("ha", "c.fees.amount", unit=WAN)),
            ("这笔钱里各个县区分别收了多少？",
             EU("the report prints one city-wide fee amount, no breakdown by county or district")),
        ], "money, then a district breakdown not printed"),
        FU("zh", [
            ("沭阳县2025年有多少件是重复申请、没有处理的？", E("sy", "r.not_processed.duplicate.total")),
            ("其中企业提交的有几件？", E("sy", "r.not_processed.duplicate.commercial")),
            ("那信访举报投诉类的不予处理呢？", E("sy", "r.not_processed.petition.total")),
        ], "of those, then row switch"),
        FU("zh", [
            ("上海市府办2019年商业企业新提交的申请有几件？", E("sh19", "r.received.commercial")),
            ("搞错了，我要看的是法律服务机构那一栏。", E("sh19", "r.received.legal_services")),
        ], "self-correction of the column"),
        FU("zh", [
            ("淮安市政府2024年一共编了几期政府公报？", EN("ha", "公报》6 期", 6, "期")),
            ("那一年市政府制发了几件规章？",
             E("ha", "c.regulations.issued", alt=("新增公开市政府规章", 1))),
        ], "narrative, then table of the same body (text states the same 1)"),
        FU("zh", [
            ("洪泽区2024年的行政事业性收费是多少万元？", E("hz24", "c.fees.amount", unit=WAN)),
            ("和2023年比，变化了多少万元？", ED("hz23", "hz24", "c.fees.amount", unit=WAN)),
        ], "text cell, then the difference to the gold year"),
        FU("zh", [
            ("淮安2024年信息公开行政复议中，结果被纠正的有多少件？",
             E("ha", "a.review.corrected", alt=("行政复议 351", 64))),
            ("维持的呢？", E("ha", "a.review.upheld", alt=("行政复议 351", 72))),
            ("还没审结的有几件？", E("ha", "a.review.pending", alt=("行政复议 351", 37))),
        ], "outcome switches in one appeals group (text agrees)"),
        FU("zh", [
            ("上海市政府办公厅2019年信息公开方面的行政复议有几件？", E("sh19", "a.review.total")),
            ("2025年的呢？", E("sh25", "a.review.total")),
            ("哪年多，多了多少？", ED("sh19", "sh25", "a.review.total")),
        ], "year switch, then which year was higher"),
        FU("zh", [
            ("沭阳县2025年“其他处理”里，“其他”这一小项有多少件？", E("sy", "r.other.other.total")),
            ("其中自然人提出的是多少？", E("sy", "r.other.other.natural_person")),
            ("这142件为什么被归到其他处理？有分原因的统计吗？",
             EU("the report gives no reasons or breakdown for the 'other' handling")),
        ], "of those, then reasons not stated"),
        FU("zh", [
            ("上海市科委2024年新收了多少件信息公开申请？", E("kw", "r.received.total", alt=("34 件", 34))),
            ("其中企业提的有几件？", E("kw", "r.received.commercial")),
            ("这两件分别是哪些企业申请的？", EU("applicants are not named in the report")),
        ], "of those, then applicant identity not printed"),
        FU("zh", [
            ("洪泽区2024年涉及信息公开的行政复议有几件？", E("hz24", "a.review.total")),
            ("行政诉讼里直接起诉的有几件？", E("hz24", "a.litigation_direct.total")),
            ("复议后起诉的呢？", E("hz24", "a.litigation_after_review.total")),
        ], "appeals group switch (text cells)"),
        FU("zh", [
            ("淮安2024年全市新收的申请里，法人或者其他组织提的一共多少件？",
             E("ha", "r.received.legal_person")),
            ("这个数把法律服务机构也算进去了吗？它们单独有几件？", E("ha", "r.received.legal_services")),
            ("那商业企业呢？", E("ha", "r.received.commercial")),
        ], "check what a figure includes, then narrow to columns"),
        FU("zh", [
            ("涧西区政府办公室2020年政府集中采购了几个项目？", E("jx", "c.procurement.projects")),
            ("总金额是多少万元？", E("jx", "c.procurement.amount", unit=WAN)),
            ("具体都采购了些什么？", EU("the report does not list the procurement items")),
        ], "row switch, then items not listed"),
        FU("zh", [
            ("沭阳县2025年依申请办理中一共发了多少次催办提示？", EN("sy", "催办提示", 84, "次")),
            ("那一年结转到下一年继续办理的申请有几件？",
             E("sy", "r.carried_forward.total", alt=("结转下一年", 31))),
        ], "narrative, then table of the same body"),
        FU("zh", [
            ("洪泽区2023年在政府网站平台上主动公开了多少条信息？", EN("hz23", "1136", 1136, "条")),
            ("同年受理的信息公开申请有几件？", E("hz23", "r.received.total", alt=("21 件", 21))),
        ], "narrative, then table of the same body (text agrees)"),
        FU("zh", [
            ("2025年上海市府办因重复申请不予处理的有多少件？", E("sh25", "r.not_processed.duplicate.total")),
            ("信访举报投诉类的呢？", E("sh25", "r.not_processed.petition.total")),
            ("两类合计？", E("sh25", ["r.not_processed.duplicate.total",
                                  "r.not_processed.petition.total"])),
        ], "row switch, then add the two (text cells)"),
        FU("zh", [
            ("淮安市2024年因为申请人逾期不交费、最后不再处理的有几件？", E("ha", "r.other.overdue_fee.total")),
            ("逾期不补正的呢？", E("ha", "r.other.overdue_correction.total")),
            ("“其他处理”三小项加总是多少？", E("ha", OTHER3)),
        ], "row switch, then sum of the group"),
        FU("zh", [
            ("沭阳县2025年行政处罚决定数是多少？", E("sy", "c.punishment.decisions")),
            ("我说错了，是行政许可。", E("sy", "c.licensing.decisions")),
        ], "self-correction of the row"),
        FU("zh", [
            ("上海市政府办公厅2019年办理结果总计是多少件？",
             E("sh19", "r.total_processed.total", alt=("859", 805))),
            ("其中自然人的是多少？", E("sh19", "r.total_processed.natural_person")),
            ("自然人里因为属于信访举报投诉类而不予处理的有几件？",
             E("sh19", "r.not_processed.petition.natural_person")),
        ], "of those, twice"),
        FU("zh", [
            ("洪泽区2023年行政强制决定有多少件？", E("hz23", "c.coercion.decisions")),
            ("淮安市2024年这个数是多少？", E("ha", "c.coercion.decisions")),
        ], "body and year switch"),
        FU("zh", [
            ("沭阳县2025年新收的自然人申请是多少件？", E("sy", "r.received.natural_person")),
            ("这705人里男的女的各多少？", EU("the report gives no breakdown by sex")),
        ], "ends with a sex breakdown not printed"),
        FU("zh", [
            ("淮安2024年结转到2025年继续办理的申请有多少件？",
             E("ha", "r.carried_forward.total", alt=("顺延", 103))),
            ("这些全是个人申请吗？企业的有几件？", E("ha", "r.carried_forward.commercial")),
        ], "check the figure, then a column (0)"),
        FU("zh", [
            ("上海市政府办公厅2025年办结了多少件申请？",
             E("sh25", "r.total_processed.total", alt=("办结 1191", 1191))),
            ("其中予以公开的有几件？", E("sh25", "r.granted.total")),
            ("这206件里，有多少是给外地申请人的？",
             EU("the report gives no breakdown by the applicant's residence")),
        ], "of those, then residence breakdown not printed"),
        FU("zh", [
            ("洪泽区2023年信息公开行政复议里维持原决定的有几件？", E("hz23", "a.review.upheld")),
            ("纠正的呢？", E("hz23", "a.review.corrected")),
            ("复议后起诉、结果维持的有几件？", E("hz23", "a.litigation_after_review.upheld")),
        ], "outcome switch, then group switch (printed totals avoided)"),
        FU("zh", [
            ("涧西区政府办公室2020年被提起的信息公开行政复议有几件？", E("jx", "a.review.total")),
            ("复议完又去起诉的有几件？", E("jx", "a.litigation_after_review.total")),
            ("这件官司是谁起诉的？", EU("the report does not name the plaintiff (personal data)")),
        ], "group switch, then personal data"),
        FU("zh", [
            ("淮安市政府2024年不予公开的申请，各种理由合计一共多少件？", E("ha", WITHHELD8)),
            ("其中以“危及三安全一稳定”为由的有几件？", E("ha", "r.withheld.security_stability.total")),
        ], "sum of a group, then one of its rows"),
        FU("zh", [
            ("上海市府办2019年本年新公开的规章有几件？",
             E("sh19", "c.regulations.published", alt=("主动公开规章13件", 13))),
            ("规范性文件呢？", E("sh19", "c.normative_docs.published", alt=("行政规范性文件60件", 60))),
            ("规范性文件的对外公开总数呢？", E("sh19", "c.normative_docs.total_published")),
        ], "row switch, then column switch (2019 format)"),
        FU("zh", [
            ("洪泽区2024年予以公开的申请有多少件？", E("hz24", "r.granted.total")),
            ("这50件里面多少是网上申请的？", EU("the report gives no breakdown by channel")),
        ], "text cell, then a channel breakdown not printed"),
        FU("zh", [
            ("沭阳县2025年开展了几次办前主动沟通？", EN("sy", "办前主动沟通", 49, "次")),
            ("成功化解了多少件争议纠纷？", EN("sy", "化解各类争议纠纷", 33, "件")),
            ("同一年因信息公开被复议纠正的有几件？", E("sy", "a.review.corrected")),
        ], "two narrative numbers, then a table number of the same body"),
        FU("zh", [
            ("淮安市政府2024年信息公开行政诉讼一共多少件？",
             E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               alt=("行政诉讼 46", 46))),
            ("其中法院判决维持的有多少件？",
             E("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
               alt=("行政诉讼 46", 25))),
            ("结果被纠正的有几件？",
             E("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
               alt=("行政诉讼 46", 5))),
        ], "lawsuits of both kinds summed, then outcomes summed (text agrees)"),
        FU("zh", [
            ("上海市府办2025年新收申请中来自商业企业的有几件？", E("sh25", "r.received.commercial")),
            ("这36家企业分别是什么行业的？", EU("the report gives no industry breakdown")),
        ], "ends with an industry breakdown not printed"),
        FU("zh", [
            ("洪泽区2024年有多少申请因为“本机关不掌握”没法提供？", E("hz24", "r.unable.not_held.total")),
            ("2023年是多少？", E("hz23", "r.unable.not_held.total")),
            ("两年差了多少件？（用2024减2023）", ED("hz23", "hz24", "r.unable.not_held.total")),
        ], "year switch backwards, then the difference"),
        FU("zh", [
            ("沭阳县2025年办理结果总计多少件？",
             E("sy", "r.total_processed.total", alt=("共办理 718", 718))),
            ("这个包括法律服务机构的申请吗？它们占几件？", E("sy", "r.total_processed.legal_services")),
            ("这几件里有几件是全部公开的？", E("sy", "r.granted.legal_services")),
        ], "check what a figure includes, then narrow"),
        FU("zh", [
            ("涧西区政府办2020年新制作的规范性文件有几件？", E("jx", "c.normative_docs.made")),
            ("2021年它又新制作了几件？", EU("no 2021 report of 涧西区 in the corpus")),
        ], "ends with a year not held"),
        FU("zh", [
            ("淮安2024年复议后再起诉的行政诉讼有多少件？", E("ha", "a.litigation_after_review.total")),
            ("其中还没审结的有几件？", E("ha", "a.litigation_after_review.pending")),
            ("直接起诉那一类里没审结的呢？", E("ha", "a.litigation_direct.pending")),
        ], "of those, then appeals group switch"),
        FU("zh", [
            ("上海市府办2019年自然人申请中，因属于行政查询事项不予公开的有几件？",
             E("sh19", "r.withheld.admin_query.natural_person")),
            ("企业那一栏呢？", E("sh19", "r.withheld.admin_query.commercial")),
            ("这两项加一起？", E("sh19", ["r.withheld.admin_query.natural_person",
                                      "r.withheld.admin_query.commercial"])),
        ], "column switch, then add the two (the printed 总计 is blank)"),
        FU("zh", [
            ("沭阳县2025年网站整改了多少处各类错误信息？", EN("sy", "各类错误信息83", 83, "处")),
            ("那一年作出的行政强制决定有多少？", E("sy", "c.coercion.decisions")),
        ], "narrative, then table of the same body"),
        FU("zh", [
            ("洪泽区2023年部分公开的有几件？", E("hz23", "r.partially_granted.total")),
            ("全部公开的呢？", E("hz23", "r.granted.total")),
            ("那这一年的申请都办完了吗？结转到下年的有几件？", E("hz23", "r.carried_forward.total")),
        ], "row switches incl. zero cells"),
        FU("zh", [
            ("上海科委2024年现行有效的规范性文件有多少件？", E("kw", "c.normative_docs.in_force")),
            ("那2024年新制发了几件？", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13 件", 13))),
            ("这13件分别是哪几个处室起草的？", EU("the report gives no breakdown by internal division")),
        ], "column switch (text cells), then a department breakdown not printed"),
        FU("zh", [
            ("上海市府办2025年信息公开行政复议共几件？", E("sh25", "a.review.total")),
            ("表下面注明含上年度结转，那其中从上年结转过来的复议有几件？",
             EU("the note says the counts include carried-over cases but prints no separate number")),
        ], "ends with a split the report does not print"),
        FU("zh", [
            ("我查一下淮安市2024年的数据：新收申请一共多少件？",
             E("ha", "r.received.total", alt=("3119", 3119))),
            ("不对，我要的是办理结果的总计。", E("ha", "r.total_processed.total", alt=("答复 3050", 3050))),
            ("那结转到下一年继续办的有几件？",
             E("ha", "r.carried_forward.total", alt=("顺延", 103))),
        ], "self-correction of the row, then carried forward (text agrees)"),
        FU("zh", [
            ("沭阳2025年本机关不掌握、无法提供的有几件？", E("sy", "r.unable.not_held.total")),
            ("不对，我是说“没有现成信息需要另行制作”那一项。", E("sy", "r.unable.needs_creation.total")),
            ("补正后仍不明确的呢？", E("sy", "r.unable.unclear.total")),
        ], "self-correction of the row, then another row (0)"),
    ]


# ===================================================================== follow-ups, en
def followups_en():
    return [
        FU("en", [
            ("How many requests did the Shanghai Municipal Government General Office carry forward "
             "into the next year according to its 2019 report?",
             E("sh19", "r.carried_forward.total", alt=("顺延到下年度答复", 72))),
            ("And in 2025?", E("sh25", "r.carried_forward.total")),
            ("Which of the two years was higher, and by how many?",
             ED("sh19", "sh25", "r.carried_forward.total")),
        ], "year switch, then which year was higher"),
        FU("en", [
            ("How many requests did Huai'an's city government fully grant in 2024?",
             E("ha", "r.granted.total")),
            ("What about Hongze District in the same year?", E("hz24", "r.granted.total")),
        ], "body switch, same year"),
        FU("en", [
            ("All refusal grounds together, how many requests did the Shuyang County government "
             "refuse to disclose in 2025?", E("sy", WITHHELD8)),
            ("How many of those were internal-affairs information?",
             E("sy", "r.withheld.internal_affairs.total")),
        ], "sum of a group, then of those"),
        FU("en", [
            ("What was the number of new disclosure requests from businesses to Huai'an in 2024?",
             E("ha", "r.received.commercial")),
            ("Sorry, I meant the legal services column, not businesses.",
             E("ha", "r.received.legal_services")),
        ], "self-correction of the column"),
        FU("en", [
            ("How many applications did Shuyang County answer with a partial disclosure in 2025?",
             E("sy", "r.partially_granted.total")),
            ("Does that include the fully disclosed ones? If not, what's the fully disclosed count?",
             E("sy", "r.granted.total")),
            ("And of the fully disclosed, how many came from businesses?",
             E("sy", "r.granted.commercial")),
        ], "check the figure, then the neighbouring row, then narrow"),
        FU("en", [
            ("How many press conferences did Huai'an's city government hold in 2024?",
             EN("ha", "新闻发布会 12", 12, "场")),
            ("And how many administrative penalty decisions were recorded that year?",
             E("ha", "c.punishment.decisions")),
        ], "narrative, then table of the same body"),
        FU("en", [
            ("In 2024, how many disclosure-related administrative reconsideration cases did "
             "Huai'an have?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
            ("And lawsuits filed directly, skipping reconsideration?", E("ha", "a.litigation_direct.total")),
            ("What about suits brought after reconsideration?", E("ha", "a.litigation_after_review.total")),
        ], "appeals group switch"),
        FU("en", [
            ("How many Huai'an requests in 2024 got the reply that the government didn't hold the "
             "information?", E("ha", "r.unable.not_held.total")),
            ("Of those, how many were from individuals?", E("ha", "r.unable.not_held.natural_person")),
            ("And how many from law firms or other legal service providers?",
             E("ha", "r.unable.not_held.legal_services")),
        ], "of those, twice"),
        FU("en", [
            ("For the Jianxi District Government Office in 2020, how many requests were granted in full?",
             E("jx", "r.granted.total")),
            ("And how many couldn't be provided because the office didn't hold the information?",
             E("jx", "r.unable.not_held.total")),
            ("Add those two together for me.", E("jx", ["r.granted.total", "r.unable.not_held.total"])),
        ], "two rows, then add them"),
        FU("en", [
            ("How many disclosure requests did the Shanghai General Office receive from individuals "
             "in 2025?", E("sh25", "r.received.natural_person")),
            ("What was the age breakdown of those applicants?", EU("the report gives no age breakdown")),
        ], "ends with an age breakdown not printed"),
        FU("en", [
            ("How many administrative coercion decisions did Hongze District make in 2024?",
             E("hz24", "c.coercion.decisions")),
            ("And in 2023?", E("hz23", "c.coercion.decisions")),
            ("Which year was higher? Give me 2024 minus 2023.", ED("hz23", "hz24", "c.coercion.decisions")),
        ], "year switch backwards, then the difference"),
        FU("en", [
            ("Shuyang County, 2025: how many requests were refused because they were really "
             "administrative queries?", E("sy", "r.withheld.admin_query.total")),
            ("Were any of those from organisations rather than individuals?",
             E("sy", "r.withheld.admin_query.legal_person")),
        ], "of those: the organisations' columns (0)"),
        FU("en", [
            ("How many administrative licensing decisions did Huai'an make in 2024?",
             E("ha", "c.licensing.decisions")),
            ("And Shuyang County in 2025?", E("sy", "c.licensing.decisions")),
            ("What about Hongze District in 2023?", E("hz23", "c.licensing.decisions")),
        ], "body and year switches"),
        FU("en", [
            ("How many requests did the Shanghai General Office grant in full in 2019? The total cell "
             "is empty, so add up the applicant columns.",
             E("sh19", cols("granted"), printed_total=["r.granted.total"])),
            ("How many of those came from individuals?", E("sh19", "r.granted.natural_person")),
            ("And how many individuals got only a partial disclosure?",
             E("sh19", "r.partially_granted.natural_person")),
        ], "row asked by columns (printed 总计 blank), then of those, then row switch"),
        FU("en", [
            ("How many normative documents did Hongze District issue in 2024?",
             E("hz24", "c.normative_docs.issued")),
            ("What were their titles?", EU("the report does not list the documents' titles")),
        ], "ends with titles not listed"),
        FU("en", [
            ("How many requests did the Shanghai science commission grant in full in 2024?",
             E("kw", "r.granted.total", alt=("同意公开答复", 9))),
            ("Wait, I meant the total it handled in 2024, not only the granted ones.",
             E("kw", "r.total_processed.total")),
        ], "self-correction of the row (text cells)"),
        FU("en", [
            ("What did Shuyang County's agencies collect in information processing fees in 2025, in yuan?",
             EN("sy", "380元", 380, "元")),
            ("And the administrative fee income in the table for that year, in 10k yuan?",
             E("sy", "c.fees.amount", unit=WAN)),
        ], "narrative money, then table money of the same body"),
        FU("en", [
            ("How many requests did the Shanghai General Office say it couldn't provide in 2025 "
             "because it didn't hold the information?", E("sh25", "r.unable.not_held.total")),
            ("And because the information would have needed to be created?",
             E("sh25", "r.unable.needs_creation.total")),
            ("So those two reasons together come to how many?",
             E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "row switch, then add the two (text cells)"),
        FU("en", [
            ("How many requests did Huai'an bring into 2024 from the backlog of 2023?",
             E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34))),
            ("Were all of those from individuals?", E("ha", "r.carried_over.natural_person")),
            ("And at the end of 2024, how many were still open and passed on?",
             E("ha", "r.carried_forward.total", alt=("顺延", 103))),
        ], "check the figure, then carried forward (text agrees)"),
        FU("en", [
            ("How many direct lawsuits over disclosure did the Jianxi District Government Office "
             "face in 2020?", E("jx", "a.litigation_direct.total")),
            ("How did it end? How many were upheld?", E("jx", "a.litigation_direct.upheld")),
            ("Which court heard it?", EU("the report does not name the court")),
        ], "of those, then a detail not printed"),
        FU("en", [
            ("What did Hongze District collect in information processing fees in 2023?",
             EN("hz23", "信息处理费 0 元", 0, "元")),
            ("And its administrative fees for that year, in 10k yuan?",
             E("hz23", "c.fees.amount", unit=WAN)),
        ], "narrative (0 yuan), then table money of the same body"),
        FU("en", [
            ("In 2019, how many requests from individuals did the Shanghai General Office reject "
             "as state secrets?", E("sh19", "r.withheld.state_secret.natural_person")),
            ("And as internal affairs information?", E("sh19", "r.withheld.internal_affairs.natural_person")),
            ("Process information?", E("sh19", "r.withheld.process_info.natural_person")),
            ("Total of those three?", E("sh19", ["r.withheld.state_secret.natural_person",
                                                 "r.withheld.internal_affairs.natural_person",
                                                 "r.withheld.process_info.natural_person"])),
        ], "row switches in one column, then their sum"),
        FU("en", [
            ("In 2025, how many of Shuyang County's disclosure review cases were still pending at "
             "year end?", E("sy", "a.review.pending")),
            ("And among the lawsuits brought after review, how many were pending?",
             E("sy", "a.litigation_after_review.pending")),
        ], "appeals group switch on one outcome"),
        FU("en", [
            ("How many lawsuits filed after reconsideration did the Shanghai General Office have in 2025?",
             E("sh25", "a.litigation_after_review.total")),
            ("And direct lawsuits?", E("sh25", "a.litigation_direct.total")),
            ("How many of the direct ones were still unresolved?", E("sh25", "a.litigation_direct.pending")),
            ("How much compensation did the office pay out in those cases?",
             EU("the report states no compensation or costs")),
        ], "group switch, of those, then costs not stated"),
        FU("en", [
            ("How many normative documents did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
            ("How many were repealed?", E("ha", "c.normative_docs.repealed")),
            ("Of the repealed ones, were any municipal rules rather than normative documents? "
             "How many rules were repealed?", E("ha", "c.regulations.repealed")),
        ], "column switch, then row switch (0)"),
        FU("en", [
            ("How many live streams did the Shanghai Technology video channel run in 2024, "
             "per the science commission's report?", EN("kw", "直播", 118, "场")),
            ("And how many administrative licensing decisions did the commission make that year?",
             E("kw", "c.licensing.decisions")),
        ], "narrative, then table of the same body (text cell)"),
        FU("en", [
            ("How many new requests did Shuyang County register in 2025?", E("sy", "r.received.total")),
            ("And in 2024?", EU("no 2024 report of 沭阳县 in the corpus")),
        ], "ends with a year not held"),
        FU("en", [
            ("How many centralized procurement projects did the Shanghai General Office report for 2019?",
             E("sh19", "c.procurement.projects")),
            ("And the total amount, in 10k yuan?", E("sh19", "c.procurement.amount", unit=WAN)),
        ], "column switch to money"),
        FU("en", [
            ("How many Huai'an requests in 2024 fell under 'other handling: other'?",
             E("ha", "r.other.other.total")),
            ("How many of those were from businesses?", E("ha", "r.other.other.commercial")),
        ], "of those"),
        FU("en", [
            ("How many requests did Hongze District refuse in 2023 because they concerned process "
             "information?", E("hz23", "r.withheld.process_info.total")),
            ("And because they were enforcement case files?", E("hz23", "r.withheld.enforcement_files.total")),
            ("So across all refusal grounds, how many?", E("hz23", WITHHELD8)),
        ], "row switch, then the group's sum"),
        FU("en", [
            ("How many requests did the Shanghai General Office fully grant in 2025?",
             E("sh25", "r.granted.total")),
            ("How many of those concerned housing or land expropriation?",
             EU("the report gives no topic breakdown")),
        ], "ends with a topic breakdown not printed"),
        FU("en", [
            ("How many requests did Huai'an's government get from individuals in 2024?",
             E("ha", "r.received.natural_person")),
            ("Was that up or down compared with 2023?", EU("no 2023 report of 淮安市 in the corpus")),
        ], "ends with a comparison to a year not held"),
        FU("en", [
            ("How many Shuyang County requests in 2025 were not processed because they were "
             "complaints or petitions?", E("sy", "r.not_processed.petition.total")),
            ("Switch to the requests refused to protect third-party rights.",
             E("sy", "r.withheld.third_party.total")),
            ("And refused because of the 'three securities and one stability' risk?",
             E("sy", "r.withheld.security_stability.total")),
        ], "row switches"),
        FU("en", [
            ("How many pilot fields did Jianxi District's standardisation work cover in 2020?",
             EN("jx", "26个试点领域标准指引", 26, "个")),
            ("How many requests did the office still have open at the end of 2020?",
             E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
        ], "narrative, then table of the same body (text agrees)"),
        FU("en", [
            ("How many administrative penalty decisions did Hongze District make in 2024?",
             E("hz24", "c.punishment.decisions")),
            ("Same thing for 2023?", E("hz23", "c.punishment.decisions")),
            ("Which year had more? What's 2024 minus 2023?", ED("hz23", "hz24", "c.punishment.decisions")),
        ], "year switch, then the difference (negative)"),
        FU("en", [
            ("How many requests did Huai'an refuse in 2024 as prohibited by other laws and regulations?",
             E("ha", "r.withheld.prohibited_by_law.total")),
            ("Of those, how many came from companies?", E("ha", "r.withheld.prohibited_by_law.commercial")),
            ("Which laws were cited?", EU("the report does not name the laws cited")),
        ], "of those, then a detail not printed"),
        FU("en", [
            ("How many applications did Shuyang County carry over from 2024 into 2025?",
             E("sy", "r.carried_over.total")),
            ("Were any of those from organisations?", E("sy", "r.carried_over.legal_person")),
        ], "of those: organisations (0)"),
        FU("en", [
            ("For 2019, how many individuals' requests did the Shanghai General Office close as "
             "still unclear after correction?", E("sh19", "r.unable.unclear.natural_person")),
            ("And because new information would have had to be created, individuals only?",
             E("sh19", "r.unable.needs_creation.natural_person")),
            ("And businesses in that same row?", E("sh19", "r.unable.needs_creation.commercial")),
        ], "row switch, then column switch"),
        FU("en", [
            ("How many of the science commission's new requests in 2024 came from individuals?",
             E("kw", "r.received.natural_person")),
            ("And from companies?", E("kw", "r.received.commercial")),
            ("How many were carried over into 2024?",
             E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
        ], "column switch, then row switch (text cells)"),
        FU("en", [
            ("How many requests did Hongze District fully grant in 2023?", E("hz23", "r.granted.total")),
            ("Sorry, I meant Shuyang County, for 2025.", E("sy", "r.granted.total")),
        ], "self-correction of body and year"),
        FU("en", [
            ("How many policy interpretations did Huai'an produce in 2024?",
             EN("ha", "制作政策解读", 21, "个")),
            ("And how many normative documents were still in force at the end of that year?",
             E("ha", "c.normative_docs.in_force")),
        ], "narrative, then table of the same body"),
        FU("en", [
            ("How many new requests did the Shanghai General Office log in 2019?",
             E("sh19", "r.received.total", alt=("859", 859))),
            ("Does that include the ones carried over from 2018? If not, what do the two add up to?",
             E("sh19", ["r.received.total", "r.carried_over.total"])),
        ], "check what a figure includes, then add"),
        FU("en", [
            ("How many requests did Huai'an reject as state secrets in 2024?",
             E("ha", "r.withheld.state_secret.total")),
            ("And as prohibited by other laws and regulations, the individuals' column?",
             E("ha", "r.withheld.prohibited_by_law.natural_person")),
            ("What were those requests about?", EU("the report gives no topics")),
        ], "row and column switch, then topics not printed"),
        FU("en", [
            ("How many Shuyang County requests in 2025 were dropped because the applicant never "
             "supplied the corrections asked for?", E("sy", "r.other.overdue_correction.total")),
            ("And dropped over unpaid fees?", E("sy", "r.other.overdue_fee.total")),
            ("What about the plain 'other' line?", E("sy", "r.other.other.total")),
            ("Add all three up.", E("sy", OTHER3)),
        ], "row switches, then the group's sum"),
        FU("en", [
            ("How many disclosure applications did the Jianxi District Government Office get from "
             "individuals in 2020?", E("jx", "r.received.natural_person")),
            ("How many of those applicants were women?", EU("the report gives no breakdown by sex")),
        ], "ends with a sex breakdown not printed"),
        FU("en", [
            ("How many new requests did the Shanghai General Office receive in 2025?",
             E("sh25", "r.received.total", alt=("1295", 1295))),
            ("How many came in from the 2024 backlog?",
             E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
            ("Together that makes how many?", E("sh25", ["r.received.total", "r.carried_over.total"])),
        ], "row switch, then add the two (text cells)"),
        FU("en", [
            ("How many of Huai'an's 2024 review cases ended with an 'other' result?",
             E("ha", "a.review.other", alt=("行政复议 351", 178))),
            ("And the direct lawsuits with an 'other' result?", E("ha", "a.litigation_direct.other")),
        ], "appeals group switch on one outcome"),
        FU("en", [
            ("How many lawsuits after reconsideration did Hongze District have in 2024?",
             E("hz24", "a.litigation_after_review.total")),
            ("And Huai'an city in that year?", E("ha", "a.litigation_after_review.total")),
        ], "body switch, same year"),
        FU("en", [
            ("How many new requests did Shuyang County get from organisations in 2025?",
             E("sy", "r.received.legal_person", alt=("法人或其他组织申请 8", 8))),
            ("Does that count legal services firms? How many came from them?",
             E("sy", "r.received.legal_services")),
            ("And how many of the legal-services requests were partially granted?",
             E("sy", "r.partially_granted.legal_services")),
        ], "check what a figure includes, then narrow"),
        FU("en", [
            ("In 2019, how many disclosure review cases of the Shanghai General Office were still pending?",
             E("sh19", "a.review.pending")),
            ("And direct lawsuits still pending?", E("sh19", "a.litigation_direct.pending")),
            ("Switch to 2025: direct lawsuits still pending then?", E("sh25", "a.litigation_direct.pending")),
        ], "group switch, then year switch"),
        FU("en", [
            ("How many pieces of government information did Hongze District publish proactively on "
             "its website platform in 2023?", EN("hz23", "1136", 1136, "条")),
            ("How many of those were policy interpretations?",
             EU("the 2023 report gives no number of interpretations")),
        ], "narrative, then a breakdown not stated"),
        FU("en", [
            ("What were Shuyang County's administrative fee receipts in 2025, in ten-thousand yuan?",
             E("sy", "c.fees.amount", unit=WAN, alt=None)),
            ("And Hongze District's in 2024?", E("hz24", "c.fees.amount", unit=WAN)),
        ], "body and year switch on money"),
        FU("en", [
            ("Huai'an, 2024: how many requests were declined as duplicates?",
             E("ha", "r.not_processed.duplicate.total")),
            ("Hmm, no, I wanted the ones declined as petitions or complaints.",
             E("ha", "r.not_processed.petition.total")),
            ("Of those, how many were filed by companies?", E("ha", "r.not_processed.petition.commercial")),
        ], "self-correction of the row, then of those"),
        FU("en", [
            ("How many requests did the Shanghai General Office receive from individuals in 2019?",
             E("sh19", "r.received.natural_person")),
            ("Oops, I meant 2025.", E("sh25", "r.received.natural_person")),
            ("Which year was higher, and by how much?", ED("sh19", "sh25", "r.received.natural_person")),
        ], "self-correction of the year, then which year was higher"),
    ]


# ===================================================================== single-turn kinds
def plain():
    return [
        # zh
        PL("zh", "ha", "r.unable.needs_creation.total",
           "2024年淮安市政府那边，因为要另外加工制作才能提供、所以没给的申请有几件？", "unable: needs creation"),
        PL("zh", "ha", "r.withheld.admin_query.total",
           "淮安市政府2024年有多少申请被认定为行政查询事项而不予公开？", "withheld: admin query"),
        PL("zh", "ha", "c.punishment.decisions",
           "二〇二四年淮安全市作出的行政处罚决定一共多少个？", "punishment decisions, Chinese-numeral year"),
        PL("zh", "ha", "r.unable.unclear.total",
           "淮安2024年补正以后申请内容还是不明确、没法提供的有几件？", "unable: unclear after correction"),
        PL("zh", "ha", "r.withheld.third_party.total",
           "淮安市政府2024年为了保护第三方合法权益而不公开的申请有几件？", "withheld: third party"),
        PL("zh", "hz23", "c.punishment.decisions",
           "洪泽区政府2023年作出了多少个行政处罚决定？", "punishment decisions"),
        PL("zh", "hz23", "r.unable.needs_creation.total",
           "23年洪泽区政府有几件申请因为要另行制作信息而没法提供？", "unable: needs creation, two-digit year"),
        PL("zh", "hz23", "r.not_processed.petition.total",
           "洪泽区2023年有几件申请被认定为信访举报投诉、没有按信息公开处理？", "not processed: petition"),
        PL("zh", "sy", "c.normative_docs.repealed",
           "沭阳县2025年废止了几件行政规范性文件？", "normative docs repealed"),
        PL("zh", "sy", "a.review.upheld",
           "沭阳2025年信息公开行政复议里，复议机关维持原决定的有多少件？", "review upheld"),
        PL("zh", "sy", "r.other.overdue_fee.total",
           "沭阳县2025年有多少申请是因为申请人没按通知交费而终止办理的？", "other: overdue fee"),
        PL("zh", "sy", "r.granted.natural_person",
           "2025年沭阳县个人提交的申请中，得到全部公开答复的有多少件？", "granted, natural persons"),
        PL("zh", "sy", "r.withheld.enforcement_files.total",
           "沭阳县2025年因为属于行政执法案卷而不公开的申请有几件？", "withheld: enforcement files"),
        PL("zh", "sh19", "r.carried_over.total",
           "上海市府办2019年从2018年结转过来的申请有多少件？", "carried over (text agrees)",
           alt=("上年度结转申请18件", 18)),
        PL("zh", "sh19", "r.received.other_org",
           "上海市政府办公厅2019年新收申请中，“其他”类法人或组织提的有几件？", "received: other organisations"),
        PL("zh", "sh19", "r.not_processed.duplicate.natural_person",
           "2019年上海市府办，个人的重复申请被不予处理的有多少件？", "not processed: duplicate, natural persons"),
        PL("zh", "sh19", "r.unable.not_held.commercial",
           "上海市政府办公厅2019年企业申请中，因本机关不掌握而无法提供的有多少件？",
           "unable: not held, commercial"),
        PL("zh", "jx", "c.procurement.amount",
           "涧西区政府办2020年政府集中采购总金额是多少万元？", "procurement amount in 万元", unit=WAN),
        PL("zh", "jx", "r.total_processed.total",
           "涧西区政府办公室2020年办结的依申请公开一共几件？", "total processed (text agrees)",
           alt=("办结15件", 15)),
        PL("zh", "hz24", "c.coercion.decisions",
           "洪泽区2024年的行政强制决定是多少件？", "coercion decisions (text cell)"),
        PL("zh", "hz24", "c.punishment.decisions",
           "淮安市洪泽区2024年作出行政处罚决定多少件？", "punishment decisions (text cell)"),
        PL("zh", "kw", "c.punishment.decisions",
           "上海市科委2024年有没有作出行政处罚决定？有的话多少件？", "punishment decisions, 0 (text cell)"),
        PL("zh", "kw", "r.total_processed.total",
           "上海科委2024年办理结果总计那一栏是多少件？", "total processed (text cell)"),
        PL("zh", "sh25", "r.received.natural_person",
           "上海市政府办公厅2025年新收的申请里，自然人提交的有多少件？", "received: natural persons (text cell)"),
        PL("zh", "sh25", "a.litigation_after_review.total",
           "2025年上海市府办经复议后又被起诉的信息公开案件有几件？", "after-review lawsuits (text cell)"),
        PL("zh", "sh25", "a.review.pending",
           "上海市政府办公厅2025年信息公开行政复议中还没审结的有几件？", "review pending (text cell)"),
        PL("zh", "ha", "r.received.total",
           "淮安市政府2024年受理了多少件政府信息公开申请？", "received (text agrees)", alt=("3119", 3119)),
        PL("zh", "sy", "r.withheld.process_info.total",
           "沭阳县政府2025年因为是过程性信息而不予公开的有几件？", "withheld: process info"),
        # en
        PL("en", "ha", "a.litigation_direct.corrected",
           "In 2024, how many of the lawsuits filed straight against Huai'an's city government over "
           "disclosure ended with the government's decision corrected?", "direct lawsuits corrected"),
        PL("en", "ha", "r.received.other_org",
           "Huai'an 2024: how many new requests came from organisations in the 'other' category?",
           "received: other organisations"),
        PL("en", "ha", "c.normative_docs.repealed",
           "How many administrative normative documents did Huai'an abolish during 2024?",
           "normative docs repealed"),
        PL("en", "ha", "r.withheld.enforcement_files.total",
           "For Huai'an in 2024, how many requests were refused because the records were "
           "administrative enforcement case files?", "withheld: enforcement files"),
        PL("en", "ha", "r.not_processed.reconfirm.total",
           "How many Huai'an applications in 2024 asked the government to confirm or reissue "
           "information the applicant already had, and were therefore not processed?",
           "not processed: reconfirm"),
        PL("en", "hz23", "r.withheld.enforcement_files.total",
           "Hongze District, 2023: how many requests were refused because the information belonged "
           "to administrative enforcement files?", "withheld: enforcement files"),
        PL("en", "hz23", "c.normative_docs.repealed",
           "How many normative documents did the Hongze District government repeal in 2023?",
           "normative docs repealed"),
        PL("en", "hz23", "r.total_processed.natural_person",
           "How many requests from private individuals did Hongze District finish handling in 2023?",
           "total processed, natural persons"),
        PL("en", "sy", "r.received.legal_services",
           "Shuyang County 2025: new requests filed by legal service institutions?",
           "received: legal services"),
        PL("en", "sy", "r.carried_over.natural_person",
           "How many individuals' applications had Shuyang County carried into 2025 from 2024?",
           "carried over: natural persons"),
        PL("en", "sy", "a.litigation_after_review.upheld",
           "How many of Shuyang County's post-review disclosure lawsuits in 2025 ended with the "
           "decision upheld?", "after-review lawsuits upheld"),
        PL("en", "sy", "r.other.overdue_correction.natural_person",
           "In 2025, how many individuals' requests did Shuyang County stop processing because the "
           "applicant didn't supply corrections in time?", "other: overdue correction, natural persons"),
        PL("en", "sy", "r.total_processed.commercial",
           "How many business requests did Shuyang County finish handling in 2025?",
           "total processed, commercial"),
        PL("en", "sy", "c.regulations.in_force",
           "Does Shuyang County have any rules (guizhang) in force per its 2025 report? How many?",
           "regulations in force, 0"),
        PL("en", "sh19", "c.regulations.total_published",
           "What is the cumulative number of rules published by the Shanghai General Office, "
           "as shown in its 2019 table?", "regulations: total published"),
        PL("en", "sh19", "r.carried_forward.natural_person",
           "Shanghai General Office 2019: how many individuals' requests were rolled over into the "
           "following year?", "carried forward, natural persons"),
        PL("en", "sh19", "r.withheld.process_info.commercial",
           "In 2019, how many company requests did the Shanghai General Office refuse because the "
           "information was still part of an internal deliberation process?",
           "withheld: process info, commercial"),
        PL("en", "sh19", "a.litigation_direct.upheld",
           "In 2019, how many direct lawsuits about disclosure against the Shanghai General Office "
           "ended with the government upheld?", "direct lawsuits upheld"),
        PL("en", "jx", "a.litigation_after_review.upheld",
           "Jianxi District Government Office, 2020: how many post-review lawsuits were decided in "
           "the office's favour?", "after-review lawsuits upheld"),
        PL("en", "jx", "c.normative_docs.published",
           "How many normative documents did the Jianxi District Government Office newly publish in 2020?",
           "normative docs published (2019 format)"),
        PL("en", "hz24", "c.licensing.decisions",
           "Hongze District in 2024: how many licensing decisions?", "licensing (text cell)"),
        PL("en", "hz24", "r.carried_forward.total",
           "Did Hongze District leave any requests unfinished at the end of 2024? How many were "
           "carried forward?", "carried forward, 0 (text cell)"),
        PL("en", "kw", "c.normative_docs.issued",
           "How many normative documents did the Shanghai Science and Technology Commission issue in 2024?",
           "normative docs issued (text cell; text agrees)", alt=("行政规范性文件 13 件", 13)),
        PL("en", "sh25", "r.unable.needs_creation.total",
           "Shanghai General Office, 2025: requests it couldn't meet because the information would "
           "have had to be produced from scratch?", "unable: needs creation (text cell)"),
        PL("en", "sh25", "r.not_processed.petition.total",
           "In 2025, how many of the Shanghai General Office's applications were really complaints "
           "or petitions and so not processed?", "not processed: petition (text cell)"),
        PL("en", "sh25", "r.carried_over.legal_services",
           "How many requests from legal service organisations did the Shanghai General Office carry "
           "into 2025?", "carried over: legal services (text cell)"),
        PL("en", "sy", "r.withheld.third_party.natural_person",
           "Shuyang County 2025: individuals' requests refused to protect a third party?",
           "withheld: third party, natural persons"),
        PL("en", "ha", "r.received.total",
           "What was the number of freshly received disclosure applications at Huai'an city "
           "government in 2024?", "received (text agrees)", alt=("3119", 3119)),
    ]


def traps():
    return [
        TR("zh", "ha", "r.carried_over.total",
           "淮安市2024年从2023年转过来接着办的申请是多少件？",
           "carried over (34), not carried forward (103)", alt=("上年度结转申请 34", 34)),
        TR("zh", "sy", "a.litigation_after_review.total",
           "沭阳县2025年经过行政复议之后又打官司的有几件？", "after review (10), not direct (3)"),
        TR("zh", "sy", "r.unable.needs_creation.total",
           "沭阳县2025年因为需要另行制作才能提供、所以没有提供的申请有几件？",
           "needs creation (2), not not-held (111)"),
        TR("zh", "ha", "c.normative_docs.in_force",
           "淮安市到2024年底还有效的行政规范性文件有多少件？", "in force (66), not issued (8) or repealed (26)"),
        TR("zh", "ha", "r.withheld.process_info.total",
           "淮安2024年，因为属于“四类过程性信息”而不公开的有几件？",
           "process info (12), not internal affairs (8)"),
        TR("zh", "ha", "r.partially_granted.natural_person",
           "淮安2024年个人申请里只公开了一部分的有多少件？", "partially granted (447), not granted (1288)"),
        TR("en", "sy", "c.normative_docs.in_force",
           "How many normative documents of Shuyang County were still valid at the end of 2025, "
           "not how many were issued that year?", "in force (32), not issued (6)"),
        TR("en", "sh19", "c.normative_docs.total_published",
           "Shanghai General Office 2019: cumulative total of normative documents published, not "
           "the ones made in 2019?", "total published (368), not made (60)"),
        TR("en", "sy", "a.review.other",
           "In Shuyang's 2025 review cases, how many ended with an 'other' outcome, neither upheld "
           "nor corrected?", "other result (9), not corrected (10)"),
        TR("en", "sh19", "r.received.legal_services",
           "Shanghai General Office in 2019: requests from legal service organisations, not businesses?",
           "legal services (2), not commercial (35)"),
        TR("en", "ha", "c.regulations.in_force",
           "How many municipal rules of Huai'an were still in force at the end of 2024?",
           "in force (11), not issued (1)"),
    ]


def sums():
    return [
        SU("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
           "淮安市2024年全部公开加部分公开，合计多少件？", "granted + partially granted"),
        SU("zh", "sy", WITHHELD8,
           "沭阳县2025年不予公开的八种情形，加起来一共多少件？", "sum of the eight withheld rows"),
        SU("zh", "sh25", APPEALS3,
           "上海市府办2025年行政复议和两类行政诉讼一共多少件？", "review + both lawsuit totals (text cells)"),
        SU("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "洪泽区2023年“不掌握”和“需另行制作”两种无法提供的申请合计几件？", "two unable rows"),
        SU("zh", "ha", ["a.review.upheld", "a.review.corrected"],
           "淮安市政府2024年信息公开复议案件中，维持和纠正的加起来有多少件？", "review upheld + corrected"),
        SU("zh", "sh19", ["r.received.legal_services", "r.received.other_org"],
           "2019年上海市府办收到的法律服务机构和其他组织的新申请加起来几件？", "two received columns"),
        SU("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
           "Shuyang 2025: individuals' new requests plus individuals' requests brought over, together?",
           "received + carried over, natural persons (text 741 agrees)", alt=("741", 741)),
        SU("en", "ha", NOTPROC5,
           "Add up all five 'not processed' categories for Huai'an in 2024.", "sum of the five not-processed rows"),
        SU("en", "jx", APPEALS3,
           "Jianxi District Government Office 2020: review cases plus both kinds of lawsuits, all together?",
           "three appeals totals"),
        SU("en", "kw", ["r.received.total", "r.carried_over.total"],
           "Science commission, 2024: new requests plus those brought forward, combined?",
           "received + carried over (text cells)"),
        SU("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
           "Hongze District 2024: penalty decisions and coercion decisions combined?",
           "punishment + coercion (text cells)"),
    ]


def differences():
    return [
        DI("zh", "hz23", "hz24", "r.granted.total",
           "洪泽区予以公开的申请数，2024年比2023年多了几件？", "granted 2023 -> 2024"),
        DI("zh", "sh19", "sh25", "r.received.natural_person",
           "上海市府办的自然人新收申请，2025年和2019年相比增加了多少？", "received natural persons 2019 -> 2025"),
        DI("zh", "hz23", "hz24", "c.normative_docs.issued",
           "洪泽区新制发的行政规范性文件，2023年到2024年增加了几件？", "normative docs issued 2023 -> 2024"),
        DI("zh", "sh19", "sh25", "r.carried_over.total",
           "上海市政府办公厅上年结转的申请，2025年比2019年多多少件？", "carried over 2019 -> 2025"),
        DI("en", "sh19", "sh25", "r.total_processed.total",
           "By how much did the Shanghai General Office's total of handled requests grow between "
           "2019 and 2025?", "total processed 2019 -> 2025"),
        DI("en", "sh19", "sh25", "a.litigation_direct.total",
           "Direct disclosure lawsuits against the Shanghai General Office: 2025 count minus 2019 count?",
           "direct lawsuits 2019 -> 2025"),
        DI("en", "sh19", "sh25", "r.carried_over.natural_person",
           "How much larger was the Shanghai General Office's carried-over caseload from individuals "
           "in 2025 than in 2019?", "carried over natural persons 2019 -> 2025"),
    ]


def rankings():
    return [
        RK("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家新收申请最多？", "received, desc"),
        RK("zh", ["jx", "sy", "ha"], "a.review.total", "asc",
           "涧西区政府办2020年、沭阳县2025年和淮安市2024年，信息公开行政复议数量最少的是哪个？",
           "review total, asc"),
        RK("zh", ["hz23", "sy", "jx"], "r.unable.not_held.total", "desc",
           "比较洪泽区2023年、沭阳县2025年、涧西区2020年：因本机关不掌握而无法提供的申请，谁最多？",
           "not held, desc"),
        RK("zh", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc",
           "部分公开件数最少的是哪家：淮安市2024年、沭阳县2025年还是洪泽区2023年？", "partially granted, asc"),
        RK("zh", ["jx", "sy", "sh19", "hz23"], "r.carried_forward.total", "desc",
           "涧西区2020年、沭阳县2025年、上海市府办2019年、洪泽区2023年这四家，结转下年度继续办理的谁最多？",
           "carried forward, desc, four bodies"),
        RK("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "desc",
           "Which made the most administrative coercion decisions: Huai'an in 2024, Hongze District "
           "in 2023, or Shuyang County in 2025?", "coercion, desc"),
        RK("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
           "Rank by licensing decisions and tell me the top one: Huai'an 2024, Shuyang County 2025, "
           "Hongze District 2023.", "licensing, desc"),
        RK("en", ["jx", "hz23", "sh19"], "r.received.natural_person", "asc",
           "Among the Jianxi District Government Office (2020), Hongze District (2023) and the "
           "Shanghai General Office (2019), which had the fewest new requests from individuals?",
           "received natural persons, asc"),
        RK("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
           "Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020: which faced the "
           "most direct disclosure lawsuits?", "direct lawsuits, desc, four bodies"),
        RK("en", ["ha", "sy", "sh19"], "r.carried_over.total", "asc",
           "Which body started its year with the smallest carry-over of pending requests: Huai'an "
           "(2024), Shuyang County (2025) or the Shanghai General Office (2019)?", "carried over, asc"),
    ]


def narratives():
    return [
        NR("zh", "ha", "政务新媒体共计", 95, "个",
           "按淮安市政府2024年年报的说法，全市在运维的政务新媒体有多少个？", "new-media accounts"),
        NR("zh", "sy", "失效链接43", 43, "处",
           "2025年沭阳县政府网站整改了多少处失效链接？", "broken links fixed"),
        NR("zh", "sy", "64家单位", 64, "家",
           "沭阳县2025年集中公开了多少家单位的政府信息公开年度报告？", "annual reports of units"),
        NR("zh", "sy", "配套解读 7", 7, "次",
           "沭阳县2025年给政府常务会议做了几次同步配套解读？", "executive-meeting interpretations"),
        NR("zh", "sh25", "主动撤回", 157, "件",
           "上海市政府办公厅2025年的申请里，申请人自己主动撤回的有多少件？", "withdrawn requests"),
        NR("zh", "sh25", "新闻通气会", 19, "场",
           "上海市府办2025年年报说召开了多少场新闻通气会？", "press briefings"),
        NR("zh", "sh19", "132件", 132, "件",
           "2019年上海市政府办公厅通过“中国上海”门户网站发布了多少件政策解读？", "policy interpretations"),
        NR("zh", "sh19", "70家政府网站", 70, "家",
           "上海市府办2019年年报里，每季度全面检查的政府网站有多少家？", "websites checked"),
        NR("zh", "jx", "601项事项", 601, "项",
           "涧西区政府办2020年梳理出多少项政务公开事项？", "disclosure items"),
        NR("zh", "hz24", "2428", 2428, "条",
           "洪泽区2024年在政府网站平台主动发布了多少条政府信息？", "items published"),
        NR("zh", "kw", "原创文章", 294, "篇",
           "上海市科委2024年“上海科技”公众号发了多少篇原创文章？", "original WeChat articles"),
        NR("zh", "sh25", "公报》24", 24, "期",
           "上海市府办2025年编辑了几期《上海市人民政府公报》？", "gazette issues"),
        NR("zh", "ha", "全年组织 4 次", 4, "次",
           "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", "full-coverage checks"),
        NR("zh", "sy", "49条破百万", 52, "条",
           "沭阳县2025年政务新媒体一共出了多少条爆款内容？", "viral posts"),
        NR("en", "ha", "3940", 3940, "元",
           "How much did Huai'an's city government charge applicants in information processing fees over 2024?",
           "processing fees in 元"),
        NR("en", "sy", "2606", 2606, "篇",
           "How many news stories did Shuyang County's new-media team produce in 2025?", "news stories"),
        NR("en", "sh25", "10 个语种", 10, "个",
           "According to the Shanghai General Office's 2025 report, how many languages does the "
           "Shanghai International Services Portal cover?", "languages"),
        NR("en", "sh25", "公开属性审查", 166, "件",
           "How many documents went through disclosure-attribute review at the Shanghai General "
           "Office in 2025?", "attribute reviews"),
        NR("en", "sh19", "共编发公报24期", 24, "期",
           "How many issues of the Shanghai municipal government gazette came out in 2019?", "gazette issues"),
        NR("en", "sh19", "权威发布共计38次", 38, "次",
           "In 2019, how many times were key topics of Shanghai's executive meetings formally "
           "released to the public?", "meeting releases"),
        NR("en", "kw", "关注人数", 1016823, "人",
           "How many followers did the Shanghai Technology WeChat account have, per the science "
           "commission's 2024 report?", "followers"),
        NR("en", "kw", "批量推送集成式发布政策", 121, "条",
           "How many policies did the Shanghai science commission push in batches for integrated "
           "release in 2024?", "policies pushed"),
        NR("en", "hz24", "解读信息发布", 7, "条",
           "How many policy-interpretation items did Hongze District put out in 2024?", "interpretation items"),
        NR("en", "jx", "共21个领域", 21, "个",
           "Across how many fields did Jianxi District sort its government information in 2020?", "fields"),
        NR("en", "sh25", "人事任免文件", 196, "件",
           "How many personnel appointment and removal documents did the Shanghai municipal "
           "government make public in 2025?", "personnel documents"),
        NR("en", "sy", "过期信息697", 697, "条",
           "How many outdated items did Shuyang County clean off its platforms in 2025?", "outdated items cleaned"),
        NR("en", "sh19", "2261", 2261, "项",
           "How many service items were connected to Shanghai's unified 'One Netcom' intake platform "
           "according to the 2019 report?", "service items"),
    ]


def cannots():
    return [
        UN("zh", "淮安市2024年的信息公开申请里，男性和女性申请人各占多少？", "no breakdown by sex", "sex"),
        UN("zh", "沭阳县2025年每个月收到多少件信息公开申请？", "no monthly breakdown", "month"),
        UN("zh", "洪泽区2022年的行政许可决定有多少？", "no 2022 report of 洪泽区 in the corpus", "year not held"),
        UN("zh", "南京市政府2024年收到多少信息公开申请？", "南京市 is not in the corpus", "body not held"),
        UN("zh", "上海市府办2025年的申请平均多少个工作日答复？", "no response times stated", "response time"),
        UN("zh", "涧西区2021年政府信息公开申请有几件？", "no 2021 report of 涧西区 in the corpus", "year not held"),
        UN("zh", "淮安市政府办公室2024年有几个人专职做政务公开？",
           "the report mentions staffing problems but gives no staff number", "staff"),
        UN("zh", "沭阳县2025年的申请主要集中在哪些领域，各多少件？", "no topic breakdown", "topic"),
        UN("zh", "上海市科委2023年收到多少件申请？", "no 2023 report of 上海市科委 in the corpus", "year not held"),
        UN("zh", "你估计沭阳县2026年会收到多少件申请？", "forecasts are not in the reports", "forecast"),
        UN("zh", "上海市府办2019年的申请人里，家住浦东新区的有多少？", "no breakdown by residence/district",
           "residence"),
        UN("zh", "淮安2024年那3940元信息处理费是向多少个申请人收的？",
           "the report states the amount only, not the number of payers", "figure not stated"),
        UN("zh", "洪泽区2024年信息公开工作一共花了多少经费？", "no costs stated", "cost"),
        UN("zh", "宿迁市政府2025年政府信息公开年报里的行政复议数是多少？", "宿迁市 is not in the corpus",
           "body not held"),
        UN("zh", "上海市政府办公厅2025年的申请人中，有多少是外国人？", "no breakdown by nationality", "residence"),
        UN("zh", "淮安市2024年网上提交的申请和信函提交的申请各多少件？", "no breakdown by channel", "channel"),
        UN("zh", "请把2024年向淮安市政府申请信息公开的人的姓名和电话发给我。", "personal data", "personal data"),
        UN("en", "How many disclosure requests did Hongze District receive in 2022?",
           "no 2022 report of 洪泽区 in the corpus", "year not held"),
        UN("en", "What share of Huai'an's 2024 applicants were over 60 years old?", "no age breakdown", "age"),
        UN("en", "Which Shanghai municipal departments received the most disclosure requests in 2025?",
           "the 2025 report covers the General Office only; no department breakdown", "department"),
        UN("en", "How many requests did Shuyang County receive in 2024?", "no 2024 report of 沭阳县 in the corpus",
           "year not held"),
        UN("en", "How many disclosure requests did Hangzhou's city government receive in 2024?",
           "杭州市 is not in the corpus", "body not held"),
        UN("en", "How long did the Shanghai Science and Technology Commission take on average to answer "
           "a request in 2024?", "no response times stated", "response time"),
        UN("en", "In the third quarter of 2025, how many requests did the Shanghai General Office receive?",
           "no quarterly breakdown", "quarter"),
        UN("en", "How many disclosure applications did the Jianxi District Government Office handle in 2019?",
           "no 2019 report of 涧西区 in the corpus", "year not held"),
        UN("en", "What will Huai'an's administrative fee income be in 2025?", "forecasts are not in the reports",
           "forecast"),
        UN("en", "How many of Shuyang County's 2025 applicants lived outside Jiangsu province?",
           "no breakdown by residence", "residence"),
        UN("en", "How many staff work on information disclosure at the Hongze District government "
           "office, per its 2023 report?", "no staff number stated", "staff"),
        UN("en", "Break down Huai'an's 2024 disclosure requests by county and district, please.",
           "no breakdown by county/district", "district"),
        UN("en", "What was the Shanghai General Office's budget for information disclosure work in 2019?",
           "no costs stated", "cost"),
        UN("en", "How many of the science commission's 2024 requests were about research funding?",
           "no topic breakdown", "topic"),
        UN("en", "How many disclosure requests did the Pudong New Area government receive in 2025?",
           "浦东新区 is not in the corpus", "body not held"),
        UN("en", "Give me the home address of the person whose 2024 review case against Huai'an was "
           "corrected.", "personal data", "personal data"),
        UN("en", "How many disclosure requests did the Shanghai General Office receive in 2022?",
           "no 2022 report of 上海市人民政府办公厅 in the corpus", "year not held"),
    ]


def CONVERSATIONS():
    return (followups_zh() + followups_en() + plain() + traps() + sums() + differences()
            + rankings() + narratives() + cannots())
