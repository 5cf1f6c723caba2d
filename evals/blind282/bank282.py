"""Question bank of blind evaluation set 282 (evals/blind282), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings. Every expected number is computed by
helpers282 (from /work/shared/corpus/gold/*.json, derived keys per spec/README.md), by
blindlib282.text_cell (the printed rows of the three reports without gold, through SPECS below:
the same 42 cell specs blind6's text_cells.json verified, nothing new) or cut from the report
text (narrative sentences).

Body codes (blindlib282.BODIES): jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区
2023 / 2024, sy 沭阳县 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib282 as L  # noqa: E402
from helpers282 import C, E, EN, EU, ED, ER, KS  # noqa: E402

ROW, AFTER = "row", "after"
HZ_APPEALS = "四、政府信息公开行政复议、行政诉讼情况"
SH_APPEALS = "注：行政复议、行政诉讼数量含上年度结转数量。"
NEW = "一、本年新收政府信息公开申请数量"
OLD = "二、上年结转政府信息公开申请数量"
FWD = "四、结转下年度继续办理"

# printed cells of the reports without gold: exactly the specs of blind6's text_cells.json
SPECS = {
    "hz24": {
        "active.coercion.decisions": (ROW, "行政强制", 0),
        "active.fees.amount": (ROW, "行政事业性收费", 0),
        "active.licensing.decisions": (ROW, "行政许可", 0),
        "active.normative_docs.in_force": (ROW, "行政规范性文件", 2),
        "active.normative_docs.issued": (ROW, "行政规范性文件", 0),
        "active.punishment.decisions": (ROW, "行政处罚", 0),
        "appeals.litigation_after_review.total": (AFTER, HZ_APPEALS, 14),
        "appeals.litigation_direct.total": (AFTER, HZ_APPEALS, 9),
        "appeals.review.total": (AFTER, HZ_APPEALS, 4),
        "requests.carried_forward.total": (ROW, FWD, 6),
        "requests.granted.total": (ROW, "（一）予以公开", 6),
        "requests.received.total": (ROW, NEW, 6),
        "requests.total_processed.total": (ROW, "（七）总计", 6),
        "requests.unable.not_held.total": (ROW, "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": (ROW, "行政许可", 0),
        "active.normative_docs.in_force": (ROW, "规范性文件", 2),
        "active.normative_docs.issued": (ROW, "规范性文件", 0),
        "active.punishment.decisions": (ROW, "行政处罚", 0),
        "requests.carried_over.total": (ROW, OLD, 6),
        "requests.granted.total": (ROW, "三、（一）予以公开", 6),
        "requests.received.commercial": (ROW, NEW, 1),
        "requests.received.natural_person": (ROW, NEW, 0),
        "requests.received.total": (ROW, NEW, 6),
        "requests.total_processed.total": (ROW, "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": (AFTER, SH_APPEALS, 14),
        "appeals.litigation_direct.pending": (AFTER, SH_APPEALS, 8),
        "appeals.litigation_direct.total": (AFTER, SH_APPEALS, 9),
        "appeals.review.pending": (AFTER, SH_APPEALS, 3),
        "appeals.review.total": (AFTER, SH_APPEALS, 4),
        "requests.carried_forward.total": (ROW, FWD, 6),
        "requests.carried_over.legal_services": (ROW, OLD, 4),
        "requests.carried_over.natural_person": (ROW, OLD, 0),
        "requests.carried_over.total": (ROW, OLD, 6),
        "requests.granted.total": (ROW, "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": (ROW, "2.重复申请", 6),
        "requests.not_processed.petition.total": (ROW, "1.信访举报投诉类申请", 6),
        "requests.received.commercial": (ROW, NEW, 1),
        "requests.received.natural_person": (ROW, NEW, 0),
        "requests.received.total": (ROW, NEW, 6),
        "requests.total_processed.total": (ROW, "（七）总计", 6),
        "requests.unable.needs_creation.total": (ROW, "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": (ROW, "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

# table cells whose number the report text also states for the same thing: (keyword, number).
# Such turns are marked ambiguous with the sentence as acceptable alternative (as blind6 did).
ALT = {
    ("ha", "requests.received.total"): ("3119", 3119),
    ("ha", "requests.total_processed.total"): ("3119", 3050),
    ("ha", "requests.carried_over.total"): ("3119", 34),
    ("ha", "requests.carried_forward.total"): ("3119", 103),
    ("ha", "appeals.review.upheld"): ("行政复议 351", 72),
    ("ha", "appeals.review.corrected"): ("行政复议 351", 64),
    ("ha", "appeals.review.other"): ("行政复议 351", 178),
    ("ha", "appeals.review.pending"): ("行政复议 351", 37),
    ("ha", "appeals.review.total"): ("行政复议 351", 351),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
    ("hz23", "requests.received.total"): ("受理政府信息公开申请 21", 21),
    ("sy", "requests.total_processed.total"): ("749", 718),
    ("sy", "requests.carried_forward.total"): ("749", 31),
    ("sy", "requests.received.legal_person"): ("749", 8),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("kw", "active.normative_docs.issued"): ("行政规范性文件 13", 13),
    ("sh25", "requests.received.total"): ("1295", 1295),
    ("sh25", "requests.total_processed.total"): ("1295", 1191),
    ("sh25", "requests.carried_over.total"): ("1295", 189),
    ("sh19", "requests.received.total"): ("回落12.3%", 859),
    ("sh19", "requests.total_processed.total"): ("回落12.3%", 805),
    ("sh19", "requests.carried_over.total"): ("回落12.3%", 18),
    ("sh19", "requests.carried_forward.total"): ("回落12.3%", 72),
    ("sh19", "active.normative_docs.made"): ("行政规范性文件60件", 60),
    ("sh19", "active.normative_docs.published"): ("行政规范性文件60件", 60),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.regulations.published"): ("主动公开规章13件", 13),
    ("sh19", "appeals.review.total"): ("零败诉", 7),
    ("sh19", "appeals.litigation_direct.total"): ("零败诉", 9),
    ("jx", "requests.received.total"): ("办结率", 17),
    ("jx", "requests.total_processed.total"): ("办结率", 15),
    ("jx", "requests.carried_forward.total"): ("办结率", 2),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def t(b, keys):
    """expect of a table value or sum; money gets 万元; text-stated cells get their sentence."""
    ks = KS(keys)
    kw = {}
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    if len(ks) == 1 and (b, ks[0]) in ALT:
        kw["alt"] = ALT[(b, ks[0])]
    e = E(b, ks, **kw)
    if "alt" in kw and e["acceptable_values"][0] != e["acceptable_values"][1]:
        raise ValueError("%s %s: text number differs from the table" % (b, ks))
    return e


def s(b, keys):
    """a sum turn: at least two cells of one report."""
    if len(KS(keys)) < 2:
        raise ValueError("a sum needs two keys")
    return t(b, keys)


def d(b1, b2, keys):
    ks = KS(keys)
    kw = {"unit": "万元"} if any(k in MONEY for k in ks) else {}
    return ED(b1, b2, ks, **kw)


def n(b, keyword, value, unit, frm=None):
    return EN(b, keyword, value, unit, frm)


def u(why):
    return EU(why)


# conversation shorthands (the note opens with the mix tag) ---------------------------------
def PL(lang, b, keys, q, note):
    return C("value", lang, [(q, t(b, keys))], "[plain] " + note)


def TR(lang, b, keys, q, note):
    return C("trap", lang, [(q, t(b, keys))], "[neighbour] " + note)


def SU(lang, b, keys, q, note):
    return C("sum", lang, [(q, s(b, keys))], "[combine] " + note)


def DI(lang, b1, b2, keys, q, note):
    return C("difference", lang, [(q, d(b1, b2, keys))], "[combine] " + note)


def RK(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def TX(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, n(b, keyword, value, unit, frm))], "[textonly] " + note)


def CA(lang, q, why, note):
    return C("unanswerable", lang, [(q, u(why))], "[cannot] " + note)


def FU(lang, note, *turns):
    if not 2 <= len(turns) <= 4:
        raise ValueError("follow-ups have 2-4 turns")
    return C("followup", lang, list(turns), "[followup] " + note)


R_ = "requests."
W = "requests.withheld."
UN = "requests.unable."
NP = "requests.not_processed."
OT = "requests.other."
A = "appeals."


# ------------------------------------------------------------------------ plain values
def plain():
    return [
        # zh
        PL("zh", "ha", R_ + "received.legal_services", "淮安市政府2024年收到的信息公开申请里，律师事务所这类法律服务机构递交的有几件？", "column: legal service bodies"),
        PL("zh", "ha", W + "admin_query.total", "2024年淮安市政府以“属于行政查询事项”为由没给公开的申请有多少？", "withheld: administrative query"),
        PL("zh", "ha", W + "third_party.total", "淮安二〇二四年因为要保护第三方合法权益而没公开的申请有几件", "withheld: third party; Chinese-numeral year"),
        PL("zh", "ha", UN + "unclear.total", "淮安市政府2024年有几件申请是补正以后内容还是说不清楚、没法提供的？", "unable: unclear after correction"),
        PL("zh", "ha", OT + "overdue_correction.total", "想了解下淮安市政府2024年因为申请人过了期限不补正、就不再处理的申请数", "other handling: overdue correction"),
        PL("zh", "hz23", "active.punishment.decisions", "洪泽区2023年行政处罚决定做了多少个？", "active: penalties"),
        PL("zh", "hz23", UN + "not_held.total", "洪泽区政府23年答复里，说本机关没有掌握这条信息的有几件", "unable: not held; two-digit year"),
        PL("zh", "hz23", NP + "petition.total", "洪泽区2023年属于信访举报投诉类、最后不予处理的申请有几件", "not processed: petition"),
        PL("zh", "hz24", "active.licensing.decisions", "洪泽区2024年的行政许可处理决定数是多少", "active: licensing (text cell)"),
        PL("zh", "hz24", "active.normative_docs.issued", "洪泽区政府2024年新制发的行政规范性文件有几件？", "active: normative docs issued (text cell)"),
        PL("zh", "sy", "active.licensing.decisions", "沭阳县2025年作出的行政许可决定一共多少？", "active: licensing"),
        PL("zh", "sy", W + "internal_affairs.total", "沭阳2025年有多少申请被认定为内部事务信息而不予公开", "withheld: internal affairs"),
        PL("zh", "sy", OT + "overdue_fee.total", "沭阳县政府2025年因为申请人没按收费通知交钱、就终止处理的申请有几件", "other handling: overdue fee"),
        PL("zh", "sy", "active.normative_docs.issued", "25年沭阳县的行政规范性文件新制发了几件", "active: normative docs issued; two-digit year"),
        PL("zh", "sy", R_ + "carried_forward.total", "沭阳县2025年没办完、转到下一年继续办的申请有多少件", "carried forward; text states the same 31"),
        PL("zh", "sh19", W + "state_secret.natural_person", "2019年上海市府办以属于国家秘密为由不予公开的申请，自然人那栏有几件", "withheld: state secret, natural persons (total printed blank)"),
        PL("zh", "sh19", UN + "not_held.natural_person", "上海市政府办公厅2019年以本机关不掌握为由无法提供的申请中，个人申请的有多少", "unable: not held, natural persons (total printed blank)"),
        PL("zh", "sh19", R_ + "received.commercial", "上海市政府办公厅2019年收到的申请中，企业提交的有多少", "column: companies"),
        PL("zh", "sh19", NP + "petition.natural_person", "2019年市府办因为是信访举报投诉类申请而不予处理的，自然人那一栏填的是多少？", "not processed: petition, natural persons"),
        PL("zh", "sh25", R_ + "carried_forward.total", "上海市政府办公厅2025年有多少申请要留到下一年度接着办？", "carried forward (text cell)"),
        PL("zh", "sh25", UN + "not_held.total", "2025年上海市府办收到的申请中，回复“本机关不掌握”的有几件", "unable: not held (text cell)"),
        PL("zh", "sh25", R_ + "carried_over.legal_services", "上海市府办2025年从上一年结转过来的申请里，法律服务机构的有几件", "carried over, legal services (text cell)"),
        PL("zh", "kw", "active.punishment.decisions", "上海市科委2024年行政处罚处理决定有几个", "active: penalties (text cell)"),
        PL("zh", "kw", "active.normative_docs.in_force", "市科委2024年底现行有效的规范性文件有多少件", "active: normative docs in force (text cell)"),
        PL("zh", "jx", "active.procurement.amount", "涧西区政府办2020年政府集中采购金额是多少万元", "active: procurement amount"),
        PL("zh", "jx", "active.normative_docs.made", "涧西区2020年新制作的规范性文件有几件", "active: normative docs made (2019 format)"),
        PL("zh", "ha", A + "review.corrected", "淮安市政府2024年被申请行政复议后结果被纠正的有几件", "appeals: review corrected; text states 64"),
        PL("zh", "ha", NP + "publication.total", "2024年淮安市政府收的申请里，因为要的是公开出版物被不予处理的有几件？", "not processed: publication (0)"),
        PL("zh", "sy", A + "litigation_after_review.total", "沭阳县2025年先复议、然后又打官司的信息公开案件有多少件", "appeals: litigation after review"),
        # en
        PL("en", "ha", R_ + "received.other_org", "How many 2024 requests to Huai'an came from the 'other' organisations column?", "column: other organisations"),
        PL("en", "ha", R_ + "partially_granted.total", "Huaian 2024: number of requests partly granted?", "partially granted"),
        PL("en", "ha", "active.punishment.decisions", "In 2024 how many administrative penalty decisions did Huai'an report?", "active: penalties"),
        PL("en", "ha", "active.regulations.repealed", "How many municipal regulations did Huai'an repeal in 2024?", "active: regulations repealed (0)"),
        PL("en", "ha", W + "security_stability.total", "For Huai'an in 2024, how many applications were turned down because disclosure would threaten security or social stability?", "withheld: security/stability"),
        PL("en", "ha", W + "internal_affairs.total", "How many requests did Huai'an refuse in 2024 on the ground that the info was an internal-affairs matter?", "withheld: internal affairs"),
        PL("en", "hz23", "active.coercion.decisions", "Hongze District, 2023: administrative coercion decisions?", "active: coercion"),
        PL("en", "hz23", W + "state_secret.total", "How many requests in 2023 did Hongze refuse as state secrets?", "withheld: state secret"),
        PL("en", "hz23", "active.normative_docs.repealed", "How many normative documents did the Hongze district government repeal in 2023?", "active: normative docs repealed"),
        PL("en", "hz24", "active.punishment.decisions", "Hongze District 2024 - how many administrative penalty decisions?", "active: penalties (text cell)"),
        PL("en", "hz24", "active.coercion.decisions", "In 2024, how many coercive-measure decisions did Hongze District make?", "active: coercion (text cell)"),
        PL("en", "sy", "active.punishment.decisions", "Shuyang County 2025, how many administrative penalties were decided?", "active: penalties"),
        PL("en", "sy", W + "process_info.total", "How many Shuyang County requests in 2025 were refused as process information?", "withheld: process information"),
        PL("en", "sy", "active.normative_docs.in_force", "How many normative documents did Shuyang County have in force at the end of 2025?", "active: normative docs in force"),
        PL("en", "sy", A + "review.corrected", "Shuyang 2025: administrative reviews where the original decision got corrected?", "appeals: review corrected"),
        PL("en", "sy", "active.fees.amount", "How much did Shuyang County collect in administrative fees in 2025 (10,000 yuan)?", "active: fees in 万元"),
        PL("en", "sy", R_ + "carried_over.total", "How many requests were still open when 2025 started for Shuyang county, i.e. carried over into 2025?", "carried over"),
        PL("en", "sh19", "active.normative_docs.made", "Shanghai General Office 2019: how many normative documents were newly made?", "active: normative docs made; text states 60"),
        PL("en", "sh19", R_ + "received.natural_person", "How many requests did the Shanghai municipal government's General Office receive from private individuals in 2019?", "column: natural persons"),
        PL("en", "sh19", W + "internal_affairs.natural_person", "How many individuals' requests did the Shanghai General Office refuse in 2019 as internal-affairs information?", "withheld: internal affairs, natural persons (total printed blank)"),
        PL("en", "sh19", "active.procurement.amount", "How much money went into centralized procurement at the Shanghai General Office in 2019?", "active: procurement amount (printed 251000元)"),
        PL("en", "sh25", R_ + "granted.total", "Shanghai General Office, 2025: how many requests were granted in full?", "granted (text cell)"),
        PL("en", "sh25", UN + "needs_creation.total", "In 2025 how many applications did the Shanghai General Office answer by saying no ready-made info existed and it would have to be compiled?", "unable: needs creation (text cell)"),
        PL("en", "sh25", A + "litigation_direct.total", "Number of lawsuits filed straight in court (no review first) against the Shanghai General Office in 2025?", "appeals: direct litigation (text cell)"),
        PL("en", "kw", R_ + "received.natural_person", "STCSM 2024 - how many requests came from individuals?", "column: natural persons (text cell)"),
        PL("en", "kw", "active.normative_docs.issued", "How many normative documents did the Shanghai Science and Technology Commission issue in 2024?", "active: normative docs issued (text cell); text states 13"),
        PL("en", "jx", A + "litigation_direct.upheld", "Jianxi 2020: lawsuits filed directly that ended with the decision upheld?", "appeals: direct litigation upheld"),
        PL("en", "jx", A + "review.upheld", "In Jianxi District in 2020, how many administrative reviews confirmed the office's decision?", "appeals: review upheld"),
        PL("en", "jx", A + "litigation_after_review.total", "In 2020, how many lawsuits did the Jianxi office face after an administrative review?", "appeals: litigation after review"),
    ]


# ------------------------------------------------------------------------ sums and differences
def combine():
    return [
        SU("zh", "ha", [R_ + "granted.total", R_ + "partially_granted.total"], "淮安2024年全部公开和部分公开的申请加在一起多少件", "granted + partially granted"),
        SU("zh", "sy", [W + "third_party.total", W + "process_info.total"], "沭阳2025年不予公开的申请里，第三方权益和过程性信息这两类合计多少", "two withheld sub-items"),
        SU("zh", "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三种决定加起来一共多少个", "three active decision counts"),
        SU("zh", "sh19", [R_ + "received.natural_person", R_ + "carried_over.natural_person"], "上海市府办2019年自然人申请中，本年新收加上上年结转一共是多少", "natural persons: received + carried over"),
        SU("zh", "jx", [A + "review.total", A + "litigation_direct.total", A + "litigation_after_review.total"], "涧西区2020年行政复议和两类行政诉讼的案件数合起来是多少", "three appeals totals"),
        SU("zh", "sh25", [UN + "not_held.total", UN + "needs_creation.total"], "上海市府办2025年无法提供的申请中，“本机关不掌握”和“需另行制作”两类合计多少件？", "two unable sub-items (text cells)"),
        SU("en", "ha", [R_ + "received." + c for c in L.ORG_COLS], "Huai'an 2024: add up the new requests of all five kinds of organisation applicants - what do you get?", "five organisation columns"),
        SU("en", "sy", [OT + "overdue_correction.total", OT + "overdue_fee.total", OT + "other.total"], "Shuyang 2025, the three 'other handling' outcomes (overdue correction, unpaid fees, other) - combined total?", "three other-handling sub-items"),
        SU("en", "sh19", [NP + "petition.natural_person", NP + "petition.commercial"], "For the Shanghai General Office in 2019, petition-type requests it declined to process: individuals plus companies?", "petition columns (total printed blank)"),
        SU("en", "hz23", [UN + "not_held.total", UN + "needs_creation.total"], "Hongze 2023: how many requests ended as 'unable to provide' either because the info wasn't held or would need creating?", "two unable sub-items"),
        SU("en", "kw", [R_ + "received.total", R_ + "carried_over.total"], "STCSM 2024 new requests plus the ones carried over from 2023 - how many in all?", "received + carried over (text cells)"),
        DI("zh", "hz23", "hz24", "active.coercion.decisions", "洪泽区的行政强制决定，2024年相比2023年少了多少个?", "Hongze 2023 -> 2024 coercion"),
        DI("zh", "hz23", "hz24", UN + "not_held.total", "洪泽区“本机关不掌握”的答复件数，从2023年到2024年增加了多少", "Hongze 2023 -> 2024 not held"),
        DI("zh", "sh19", "sh25", R_ + "carried_forward.total", "上海市政府办公厅结转到下年度继续办理的申请，2025年比2019年多几件", "Shanghai GO 2019 -> 2025 carried forward"),
        DI("zh", "sh19", "sh25", A + "review.total", "上海市府办信息公开类行政复议总数，2019年到2025年变化了多少？", "Shanghai GO 2019 -> 2025 reviews"),
        DI("en", "sh19", "sh25", A + "litigation_direct.total", "How many more direct lawsuits did the Shanghai General Office face in 2025 than in 2019?", "Shanghai GO 2019 -> 2025 direct lawsuits"),
        DI("en", "sh19", "sh25", R_ + "received.natural_person", "Requests from individuals to the Shanghai General Office: what's the change between 2019 and 2025?", "Shanghai GO 2019 -> 2025 natural persons"),
        DI("en", "hz23", "hz24", "active.normative_docs.issued", "By how many did Hongze's newly issued normative documents rise from 2023 to 2024?", "Hongze 2023 -> 2024 normative docs issued"),
    ]


# ------------------------------------------------------------------------ rankings (gold bodies)
def rank():
    return [
        RK("zh", ["ha", "sy", "hz23"], UN + "not_held.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年这三家，哪家以“本机关不掌握”答复的申请最多？", "not held, desc"),
        RK("zh", ["jx", "hz23", "sh19"], R_ + "received.natural_person", "asc", "比一比涧西区2020年、洪泽区2023年和上海市府办2019年的自然人新收申请，谁最少？", "natural persons received, asc"),
        RK("zh", ["sy", "ha", "hz23"], "active.normative_docs.repealed", "desc", "沭阳2025年、淮安2024年、洪泽区2023年废止行政规范性文件最多的是哪个？", "normative docs repealed, desc"),
        RK("zh", ["jx", "sh19", "hz23", "sy"], R_ + "received.commercial", "desc", "涧西区2020年、上海市政府办公厅2019年、洪泽区2023年、沭阳县2025年，哪个收到企业的申请最多", "companies received, desc, four bodies"),
        RK("zh", ["ha", "sy", "hz23"], A + "review.upheld", "asc", "行政复议维持的件数，淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年里谁最少", "review upheld, asc"),
        RK("en", ["ha", "sy", "sh19"], R_ + "carried_forward.total", "desc", "Which carried the most requests into the next year: Huai'an in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?", "carried forward, desc"),
        RK("en", ["hz23", "sy", "jx"], W + "process_info.total", "desc", "Among Hongze (2023), Shuyang (2025) and Jianxi (2020), who refused the most requests as process information?", "withheld process info, desc"),
        RK("en", ["ha", "sy", "hz23", "jx"], "active.licensing.decisions", "asc", "Lowest number of licensing decisions: Huai'an 2024, Shuyang 2025, Hongze 2023 or Jianxi 2020?", "licensing decisions, asc, four bodies"),
        RK("en", ["sy", "ha", "sh19"], A + "litigation_direct.total", "asc", "Of Shuyang County (2025), Huai'an (2024) and the Shanghai General Office (2019), which had the fewest direct lawsuits over disclosure?", "direct litigation total, asc"),
        RK("en", ["jx", "hz23", "sy"], R_ + "total_processed.total", "asc", "Jianxi District office 2020, Hongze District 2023, Shuyang County 2025: which one handled the fewest requests in total?", "total processed, asc"),
    ]


# ------------------------------------------------------------------------ numbers only the text states
def textonly():
    return [
        TX("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？", "press conferences"),
        TX("zh", "ha", "在运维政务新媒体共计", 95, "个", "2024年淮安全市在运营的政务新媒体账号有多少个", "new-media accounts"),
        TX("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目搞了几次全覆盖检查？", "full-coverage checks"),
        TX("zh", "sy", "催办提示", 84, "次", "沭阳县2025年给相关单位发了多少次催办提示", "reminders"),
        TX("zh", "sy", "过期信息697条", 697, "条", "2025年沭阳清理掉的过期信息有多少条？", "outdated items removed"),
        TX("zh", "sy", "爆款内容52条", 52, "条", "沭阳2025年出了多少条爆款内容", "viral items"),
        TX("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年在政务新媒体上开了多少个专栏", "new-media columns"),
        TX("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息？", "portal items"),
        TX("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？", "executive meetings published"),
        TX("zh", "sh25", "新闻发布会 42 场", 42, "场", "2025年上海市政府开了多少场新闻发布会（市府办年报里的数）", "press conferences"),
        TX("zh", "sh25", "主动撤回", 157, "件", "上海市政府办公厅2025年有多少件申请是申请人自己撤回的", "withdrawn requests"),
        TX("zh", "sh19", "政策解读共132件", 132, "件", "2019年上海市府办在门户网站上发了多少件政策解读", "policy explanations"),
        TX("zh", "jx", "601项事项", 21, "个", "涧西区政府办2020年梳理的政务公开事项涉及多少个领域", "fields of items", frm="梳理细化"),
        TX("en", "kw", "1016823", 1016823, "人", "How many followers did the 'Shanghai Keji' WeChat account have according to STCSM's 2024 report?", "WeChat followers"),
        TX("en", "kw", "直播 118 场", 118, "场", "How many livestreams did the Shanghai science commission run in 2024?", "livestreams"),
        TX("en", "kw", "人大代表建议 50 件", 50, "件", "How many NPC deputies' suggestions did the Shanghai Science and Technology Commission handle as lead or co-handler in 2024?", "deputies' suggestions"),
        TX("en", "sh25", "10 个语种", 10, "个", "In 2025, how many languages did the Shanghai international services portal cover?", "languages"),
        TX("en", "sh25", "政府公报》24 期", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?", "gazette issues"),
        TX("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect each quarter in 2019, per the General Office's report?", "websites checked"),
        TX("en", "sh19", "权威发布共计38次", 38, "次", "In 2019, how many times were key topics of Shanghai's executive meetings officially released?", "meeting releases"),
        TX("en", "sh19", "90.2%", 90.2, "%", "What proactive disclosure rate did the Shanghai General Office report for city documents it reviewed in 2019?", "disclosure rate (printed percentage)"),
        TX("en", "ha", "政策解读21", 21, "个", "How many policy explainers did Huai'an produce in 2024?", "policy explainers"),
        TX("en", "sy", "意见征集9期", 9, "期", "How many rounds of public consultation did Shuyang County run on its portal in 2025?", "consultations"),
        TX("en", "sh25", "16 个区", 16, "个", "How many Shanghai districts had a digital gazette online by 2025?", "districts with digital gazette"),
        TX("en", "sy", "64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang publish together for 2025?", "units' annual reports"),
        TX("en", "jx", "26个试点领域", 26, "个", "How many pilot areas did the Jianxi office's 2020 standardisation work cover?", "pilot areas", frm="对照省"),
    ]


# ------------------------------------------------------------------------ unanswerable
def cannot():
    return [
        CA("zh", "淮安市政府2024年的信息公开申请里，男性申请人占多少？", "reports give no sex breakdown of applicants", "sex"),
        CA("zh", "沭阳县2025年信息公开申请按乡镇分各有多少件", "no township breakdown in the report", "township"),
        CA("zh", "洪泽区2022年收到多少件信息公开申请", "no 2022 report of 洪泽区 in the corpus", "year not held"),
        CA("zh", "南京市政府2024年政府信息公开申请受理了多少？", "南京市 has no report in the corpus", "body not held"),
        CA("zh", "上海市府办2025年每件申请平均花几天答复完？", "response times are not reported", "response time"),
        CA("zh", "2024年淮安市政府办负责政府信息公开的工作人员有几个人？", "staff numbers are not stated", "staff"),
        CA("zh", "涧西区2021年行政复议有几件", "no 2021 report of 涧西区 in the corpus", "year not held"),
        CA("zh", "上海市科委2024年依申请公开中哪个月份收到的申请最多？", "no monthly breakdown", "month"),
        CA("zh", "沭阳2026年预计会收到多少信息公开申请？", "forecast; no report states it", "forecast"),
        CA("zh", "你觉得上海市政府办公厅2019年的信息公开工作做得好不好？给打几分？", "opinion, not a reported figure", "opinion"),
        CA("zh", "洪泽区2024年的信息公开申请里，征地拆迁、住房这些领域各占多少？", "no topic breakdown", "topic"),
        CA("zh", "宿迁市人民政府2025年行政许可处理了多少件", "宿迁市 has no report in the corpus", "body not held"),
        CA("zh", "上海市科委2023年的年报里行政许可是多少", "no 2023 report of 上海市科委 in the corpus", "year not held"),
        CA("zh", "淮安市2024年通过写信邮寄提交的申请有几件？", "no channel breakdown", "channel"),
        CA("zh", "能把沭阳县2025年申请公开信息的人的名单和电话发我一份吗", "personal data, not in the reports", "personal data"),
        CA("zh", "涧西区2020年依申请公开平均每件的办理成本是多少钱", "costs are not reported", "cost"),
        CA("zh", "浦东新区2023年政府信息公开年报中，予以公开有几件", "浦东新区 has no report in the corpus", "body not held"),
        CA("en", "What share of Huai'an's 2024 requests came from applicants over 60?", "no age breakdown", "age"),
        CA("en", "How many of Shuyang's 2025 requests arrived online versus by post?", "no channel breakdown", "channel"),
        CA("en", "What did the Hongze District report for disclosure requests in 2021?", "no 2021 report of 洪泽区 in the corpus", "year not held"),
        CA("en", "How many FOI requests did Suzhou city government receive in 2024?", "苏州市 has no report in the corpus", "body not held"),
        CA("en", "In 2019, how many of the Shanghai General Office's information requests were about housing or land?", "no topic breakdown", "topic"),
        CA("en", "How many staff did the Shanghai science commission assign to disclosure work in 2024?", "staff numbers are not stated", "staff"),
        CA("en", "What's the average number of days Huai'an took to reply to a request in 2024?", "response times are not reported", "response time"),
        CA("en", "Break down Hongze's 2023 requests by township for me.", "no township breakdown", "township"),
        CA("en", "How many disclosure requests will the Shanghai General Office get in 2026?", "forecast; no report states it", "forecast"),
        CA("en", "Give me the name of the person who sued the Shanghai General Office in 2025.", "personal data, not in the reports", "personal data"),
        CA("en", "What did Jianxi District spend on its disclosure work in 2020, in yuan?", "costs/budget not reported", "cost"),
        CA("en", "In 2024, in which quarter did STCSM receive the most requests?", "no quarterly breakdown", "quarter"),
        CA("en", "Was Shuyang's disclosure work in 2025 better than Huai'an's in 2024? Your honest opinion.", "opinion, not a reported figure", "opinion"),
        CA("en", "How many FOI requests did Hangzhou's government handle in 2023?", "杭州市 has no report in the corpus", "body not held"),
        CA("en", "How many requests did Shuyang County receive in 2024?", "no 2024 report of 沭阳县 in the corpus", "year not held"),
        CA("en", "How many of Huai'an's 2024 applicants lived outside Jiangsu?", "no residence breakdown", "residence"),
        CA("en", "Which industries did the companies asking the Shanghai General Office for information in 2025 come from, and how many per industry?", "no industry breakdown", "industry"),
    ]


# ------------------------------------------------------------------------ neighbouring-cell traps
def neighbour():
    return [
        TR("zh", "ha", R_ + "carried_forward.total", "淮安市政府2024年办不完、要转到下一年度继续办的申请有几件", "carried forward vs carried over"),
        TR("zh", "sy", A + "litigation_after_review.upheld", "沭阳县2025年复议之后又起诉、法院维持的有几件？不是直接起诉那种", "after-review vs direct litigation upheld"),
        TR("zh", "ha", "active.normative_docs.repealed", "淮安市2024年废止掉的行政规范性文件有几件", "repealed vs issued / in force"),
        TR("zh", "sh19", "active.normative_docs.total_published", "上海市政府办公厅2019年规范性文件对外公开的总数量（不是本年新制作的）", "total published vs made"),
        TR("zh", "sy", W + "process_info.total", "沭阳2025年属于四类过程性信息而不予公开的有几件（注意不是内部事务那行）", "process info vs internal affairs"),
        TR("en", "ha", UN + "needs_creation.total", "Huai'an 2024 - how many requests got the answer that the info would have to be newly made (not simply 'not held')?", "needs creation vs not held"),
        TR("en", "sy", R_ + "partially_granted.total", "Shuyang 2025: requests partly disclosed - I mean partial, not full disclosure", "partially granted vs granted"),
        TR("en", "jx", R_ + "carried_forward.total", "Jianxi 2020, number of requests pushed on to 2021 for further handling", "carried forward vs carried over; text 在办2件"),
        TR("en", "sh19", R_ + "carried_over.total", "Shanghai General Office 2019: requests brought in from 2018, not the ones pushed on into 2020", "carried over vs carried forward; text states 18"),
        TR("en", "sh25", A + "litigation_direct.pending", "Shanghai General Office 2025 - direct lawsuits still undecided (not the total)?", "pending vs total (text cell)"),
    ]


# ------------------------------------------------------------------------ follow-up conversations
def followups_zh():
    return [
        FU("zh", "switch year, then compare the two years",
           ("上海市政府办公厅2019年本年新收的信息公开申请有多少件？", t("sh19", R_ + "received.total")),
           ("那2025年的呢", t("sh25", R_ + "received.total")),
           ("哪一年多？多了多少件", d("sh19", "sh25", R_ + "received.total"))),
        FU("zh", "switch column by self-correction, then add the two",
           ("淮安市2024年新收申请里自然人提交了多少", t("ha", R_ + "received.natural_person")),
           ("不对，我想问的是商业企业那一栏", t("ha", R_ + "received.commercial")),
           ("这两栏合计多少？", s("ha", [R_ + "received.natural_person", R_ + "received.commercial"]))),
        FU("zh", "of those (sub-item), then a breakdown not printed",
           ("沭阳县2025年不予公开的申请一共有几件？", t("sy", W + "total")),
           ("其中因为属于行政查询事项的有多少", t("sy", W + "admin_query.total")),
           ("那些不予公开的申请人里男的有几个？", u("no sex breakdown of applicants"))),
        FU("zh", "switch appeals group twice",
           ("淮安市政府2024年信息公开类的行政复议，结果维持的有几件", t("ha", A + "review.upheld")),
           ("那未经复议直接起诉的诉讼里，维持的呢？", t("ha", A + "litigation_direct.upheld")),
           ("复议后起诉的那一类呢", t("ha", A + "litigation_after_review.upheld"))),
        FU("zh", "check the figure (partial?), add it, then switch row",
           ("涧西区政府办2020年予以公开的申请是多少件？", t("jx", R_ + "granted.total")),
           ("这个数包括部分公开吗？没包括的话，加上部分公开一共多少", s("jx", [R_ + "granted.total", R_ + "partially_granted.total"])),
           ("本机关不掌握的又有几件", t("jx", UN + "not_held.total"))),
        FU("zh", "narrative number, then table numbers of the same body",
           ("沭阳县2025年全年策采了多少篇新闻稿件？", n("sy", "2606篇", 2606, "篇")),
           ("同一年沭阳县被申请行政复议的总数是多少", t("sy", A + "review.total")),
           ("复议里还没审结的有多少", t("sy", A + "review.pending"))),
        FU("zh", "switch year, difference, then an unprinted breakdown",
           ("2024年洪泽区行政处罚决定一共多少", t("hz24", "active.punishment.decisions")),
           ("2023年呢？", t("hz23", "active.punishment.decisions")),
           ("少了多少个", d("hz23", "hz24", "active.punishment.decisions")),
           ("这些处罚按行业分别是多少", u("no industry breakdown of penalty decisions"))),
        FU("zh", "switch body in the same year",
           ("2024年上海市科委行政处罚的处理决定有多少个", t("kw", "active.punishment.decisions")),
           ("同年淮安市政府呢", t("ha", "active.punishment.decisions")),
           ("洪泽区呢？", t("hz24", "active.punishment.decisions"))),
        FU("zh", "switch row, then add the two",
           ("上海市政府办公厅2025年收到的信访举报投诉类申请，不予处理的有几件", t("sh25", NP + "petition.total")),
           ("重复申请的呢", t("sh25", NP + "duplicate.total")),
           ("两类加起来呢", s("sh25", [NP + "petition.total", NP + "duplicate.total"]))),
        FU("zh", "self-correction of the year, then switch to appeals",
           ("上海市政府办公厅2019年结转下年度继续办理的申请有几件", t("sh19", R_ + "carried_forward.total")),
           ("不对，我是说2025年的", t("sh25", R_ + "carried_forward.total")),
           ("那2025年直接起诉还没审结的呢", t("sh25", A + "litigation_direct.pending"))),
        FU("zh", "check the figure (does it count legal services?), then narrow",
           ("沭阳县2025年本年新收的申请里，法人或其他组织一共有几件", t("sy", R_ + "received.legal_person")),
           ("这里面算了律所吗？律所这类法律服务机构有几件", t("sy", R_ + "received.legal_services")),
           ("剩下的应该是商业企业吧，几件", t("sy", R_ + "received.commercial"))),
        FU("zh", "of those, narrow by column, end with unprinted breakdown",
           ("淮安2024年办理结果的总计是多少件", t("ha", R_ + "total_processed.total")),
           ("其中予以公开的占了多少件", t("ha", R_ + "granted.total")),
           ("这当中自然人申请的有多少", t("ha", R_ + "granted.natural_person")),
           ("这些自然人分别是哪个区县的，各多少？", u("no district breakdown of applicants"))),
        FU("zh", "narrative number, then table numbers of the same body",
           ("上海市科委2024年的微信公众号发了多少篇原创文章", n("kw", "原创文章 294", 294, "篇")),
           ("那一年科委收到的信息公开申请是多少件", t("kw", R_ + "received.total")),
           ("其中企业提交的几件", t("kw", R_ + "received.commercial"))),
        FU("zh", "switch appeals outcome and group",
           ("洪泽区2023年行政复议中结果维持的有多少件", t("hz23", A + "review.upheld")),
           ("结果被纠正的呢", t("hz23", A + "review.corrected")),
           ("复议后起诉又维持的有几件", t("hz23", A + "litigation_after_review.upheld"))),
        FU("zh", "switch column",
           ("沭阳2025年部分公开的申请中自然人的有几件", t("sy", R_ + "partially_granted.natural_person")),
           ("法律服务机构那栏呢", t("sy", R_ + "partially_granted.legal_services"))),
        FU("zh", "switch year, then compare",
           ("上海市府办2025年办结的申请总计多少件", t("sh25", R_ + "total_processed.total")),
           ("2019年的答复总数是多少", t("sh19", R_ + "total_processed.total")),
           ("两年相差多少件", d("sh19", "sh25", R_ + "total_processed.total"))),
        FU("zh", "switch column, then row",
           ("淮安市政府2024年制发了几件规章", t("ha", "active.regulations.issued")),
           ("现行有效的规章有多少件", t("ha", "active.regulations.in_force")),
           ("行政规范性文件现行有效的呢", t("ha", "active.normative_docs.in_force"))),
        FU("zh", "narrative number, then appeals of the same body",
           ("涧西区2020年梳理出多少项政务公开事项", n("jx", "601项事项", 601, "项", frm="梳理细化")),
           ("同年涧西区行政复议有几件", t("jx", A + "review.total")),
           ("复议后又起诉的有没有，几件", t("jx", A + "litigation_after_review.total"))),
        FU("zh", "switch year, then difference",
           ("洪泽区2024年依申请全部公开的有多少件", t("hz24", R_ + "granted.total")),
           ("2023年呢，有几件", t("hz23", R_ + "granted.total")),
           ("这两年差了多少", d("hz23", "hz24", R_ + "granted.total"))),
        FU("zh", "switch withheld sub-item, then add",
           ("淮安市2024年因为属于国家秘密不公开的有几件", t("ha", W + "state_secret.total")),
           ("那其他法律行政法规禁止公开的呢", t("ha", W + "prohibited_by_law.total")),
           ("这两项一共多少", s("ha", [W + "state_secret.total", W + "prohibited_by_law.total"]))),
        FU("zh", "switch row in table 二, then add",
           ("沭阳县2025年行政强制决定数是多少", t("sy", "active.coercion.decisions")),
           ("行政处罚的呢", t("sy", "active.punishment.decisions")),
           ("这两项加在一起是多少", s("sy", ["active.coercion.decisions", "active.punishment.decisions"]))),
        FU("zh", "switch body and year, then of those",
           ("上海市科委2024年上年结转的申请有几件", t("kw", R_ + "carried_over.total")),
           ("上海市政府办公厅2025年的上年结转是多少", t("sh25", R_ + "carried_over.total")),
           ("市府办这些结转里自然人有多少", t("sh25", R_ + "carried_over.natural_person"))),
        FU("zh", "of those, then an unprinted topic breakdown",
           ("淮安市2024年无法提供的申请总共多少件", t("ha", UN + "total")),
           ("其中本机关不掌握的是多少", t("ha", UN + "not_held.total")),
           ("这些不掌握的申请主要涉及哪些事项，各有多少件？", u("no topic breakdown"))),
        FU("zh", "switch column, then add (total printed blank)",
           ("2019年上海市府办因为没有现成信息、需另行制作而无法提供的，自然人申请有多少", t("sh19", UN + "needs_creation.natural_person")),
           ("商业企业的呢", t("sh19", UN + "needs_creation.commercial")),
           ("加起来是多少", s("sh19", [UN + "needs_creation.natural_person", UN + "needs_creation.commercial"]))),
        FU("zh", "narrative number, then table numbers of the same body",
           ("洪泽区2023年在政府网站上主动公开了多少条信息", n("hz23", "1136", 1136, "条")),
           ("这一年洪泽区收的信息公开申请多少件", t("hz23", R_ + "received.total")),
           ("其中部分公开的有几件", t("hz23", R_ + "partially_granted.total"))),
        FU("zh", "switch appeals group, end with unprinted department breakdown",
           ("上海市政府办公厅2025年行政复议总数是多少", t("sh25", A + "review.total")),
           ("行政诉讼里复议后起诉的总数呢", t("sh25", A + "litigation_after_review.total")),
           ("直接起诉的呢", t("sh25", A + "litigation_direct.total")),
           ("这些案件各涉及哪些委办局？", u("no department breakdown of appeals"))),
        FU("zh", "switch row, then of those by column",
           ("沭阳县2025年信访举报投诉类申请不予处理的有几件", t("sy", NP + "petition.total")),
           ("重复申请呢", t("sy", NP + "duplicate.total")),
           ("其中企业的重复申请有几件", t("sy", NP + "duplicate.commercial"))),
        FU("zh", "self-correction of the body (same year)",
           ("淮安市洪泽区2024年的行政强制决定是多少", t("hz24", "active.coercion.decisions")),
           ("说错了，我要问的是淮安市政府那本年报，同样是2024年", t("ha", "active.coercion.decisions"))),
        FU("zh", "check the figure (all individuals?), then an unprinted channel breakdown",
           ("涧西区政府办2020年收到的申请一共几件", t("jx", R_ + "received.total")),
           ("都是个人申请的吗？自然人有几件", t("jx", R_ + "received.natural_person")),
           ("这些申请是网上提交还是信函提交的，各几件", u("no channel breakdown"))),
        FU("zh", "switch column within table 二",
           ("2019年上海市政府办公厅新制作了多少件规章", t("sh19", "active.regulations.made")),
           ("对外公开总数量呢", t("sh19", "active.regulations.total_published")),
           ("规范性文件本年新公开了几件", t("sh19", "active.normative_docs.published"))),
        FU("zh", "switch row, end with unprinted age breakdown",
           ("洪泽区2024年“本机关不掌握相关政府信息”的答复有几件", t("hz24", UN + "not_held.total")),
           ("结转下年度继续办理的呢", t("hz24", R_ + "carried_forward.total")),
           ("那些不掌握的申请，申请人年龄分布是怎样的", u("no age breakdown"))),
        FU("zh", "switch appeals group, then add",
           ("沭阳2025年复议后起诉的案件中，结果维持的几件", t("sy", A + "litigation_after_review.upheld")),
           ("换成未经复议直接起诉的呢", t("sy", A + "litigation_direct.upheld")),
           ("两个加一起多少", s("sy", [A + "litigation_after_review.upheld", A + "litigation_direct.upheld"]))),
        FU("zh", "switch column, then the row total",
           ("淮安市政府2024年部分公开的申请里，商业企业那栏是多少", t("ha", R_ + "partially_granted.commercial")),
           ("自然人那栏呢", t("ha", R_ + "partially_granted.natural_person")),
           ("部分公开的总计呢", t("ha", R_ + "partially_granted.total"))),
        FU("zh", "self-correction of the row, then switch to table 二",
           ("上海市科委2024年办理结果总计多少件", t("kw", R_ + "total_processed.total")),
           ("不好意思，我是想问予以公开的", t("kw", R_ + "granted.total")),
           ("那科委这一年的行政许可决定数呢", t("kw", "active.licensing.decisions"))),
        FU("zh", "narrative numbers, then a table number of the same body",
           ("沭阳县2025年全年累计整改了多少处错误信息", n("sy", "各类错误信息83处", 83, "处")),
           ("失效链接呢", n("sy", "失效链接43处", 43, "处")),
           ("表里行政规范性文件现行有效几件", t("sy", "active.normative_docs.in_force"))),
        FU("zh", "switch to a year not held",
           ("淮安市政府2024年受理的申请数是多少", t("ha", R_ + "received.total")),
           ("2023年的呢", u("no 2023 report of 淮安市 in the corpus"))),
        FU("zh", "switch column, then add",
           ("上海市府办2019年本年新收申请中，法律服务机构提交的有几件", t("sh19", R_ + "received.legal_services")),
           ("其他组织那栏呢", t("sh19", R_ + "received.other_org")),
           ("两者合计", s("sh19", [R_ + "received.legal_services", R_ + "received.other_org"]))),
        FU("zh", "switch year, then difference",
           ("洪泽区2024年行政规范性文件现行有效的有几件", t("hz24", "active.normative_docs.in_force")),
           ("2023年是几件", t("hz23", "active.normative_docs.in_force")),
           ("增加了几件", d("hz23", "hz24", "active.normative_docs.in_force"))),
        FU("zh", "narrative numbers, then a table number of the same body",
           ("上海科委2024年集成式发布政策推送了多少条", n("kw", "集成式发布政策 121", 121, "条")),
           ("日常报送的惠企政策呢", n("kw", "日常报送惠企政策 83", 83, "条")),
           ("科委那年行政许可决定有多少", t("kw", "active.licensing.decisions"))),
        FU("zh", "switch column twice",
           ("淮安2024年予以公开的申请中，法律服务机构的有几件", t("ha", R_ + "granted.legal_services")),
           ("那商业企业呢？", t("ha", R_ + "granted.commercial")),
           ("其他组织的呢", t("ha", R_ + "granted.other_org"))),
        FU("zh", "narrative numbers, end with unprinted department breakdown",
           ("沭阳2025年通过办前沟通化解了多少件争议纠纷", n("sy", "化解各类争议纠纷 33", 33, "件")),
           ("那办前主动沟通了多少次", n("sy", "办前主动沟通 49", 49, "次")),
           ("化解的这些纠纷分别涉及哪些部门", u("no department breakdown"))),
        FU("zh", "switch row, end with unprinted residence breakdown",
           ("上海市政府办公厅2025年无法提供的申请中，需要另行制作的有几件", t("sh25", UN + "needs_creation.total")),
           ("那“本机关不掌握”的呢", t("sh25", UN + "not_held.total")),
           ("这些申请人分别住在哪个区", u("no residence breakdown"))),
        FU("zh", "switch appeals group and outcome",
           ("涧西区2020年未经复议直接起诉的行政诉讼有几件", t("jx", A + "litigation_direct.total")),
           ("结果呢，维持的几件", t("jx", A + "litigation_direct.upheld")),
           ("复议的呢，总共几件", t("jx", A + "review.total"))),
        FU("zh", "switch to a year not held",
           ("沭阳县2025年行政处罚决定数是多少", t("sy", "active.punishment.decisions")),
           ("2024年的呢", u("no 2024 report of 沭阳县 in the corpus"))),
        FU("zh", "switch row, then add",
           ("淮安市政府2024年从上一年结转过来的申请有几件", t("ha", R_ + "carried_over.total")),
           ("本年新收的呢", t("ha", R_ + "received.total")),
           ("两者加起来多少", s("ha", [R_ + "carried_over.total", R_ + "received.total"]))),
        FU("zh", "switch column of the same item, end with unprinted month",
           ("上海市政府办公厅2019年政府集中采购项目有几个", t("sh19", "active.procurement.projects")),
           ("这些项目采购金额合计多少万元", t("sh19", "active.procurement.amount")),
           ("每个项目分别是几月份采购的", u("no month breakdown of procurement"))),
        FU("zh", "narrative number (fee), then the table fee amount",
           ("洪泽区2023年收取了多少信息处理费", n("hz23", "信息处理费 0 元", 0, "元", frm="2023 年，区政府")),
           ("那表里的行政事业性收费金额是多少万元", t("hz23", "active.fees.amount"))),
        FU("zh", "switch row, then add",
           ("沭阳县2025年因本机关不掌握而无法提供的有几件", t("sy", UN + "not_held.total")),
           ("没有现成信息需要另行制作的呢", t("sy", UN + "needs_creation.total")),
           ("合计多少", s("sy", [UN + "not_held.total", UN + "needs_creation.total"]))),
        FU("zh", "switch body and year (same column)",
           ("上海市科委2024年新收申请中自然人有几件", t("kw", R_ + "received.natural_person")),
           ("上海市政府办公厅2025年这一项呢", t("sh25", R_ + "received.natural_person"))),
        FU("zh", "narrative number, then the table cells behind it",
           ("淮安市2024年政府信息公开行政诉讼一共多少件（正文里说的）", n("ha", "行政诉讼 46", 46, "件")),
           ("表里未经复议直接起诉的总计是几件", t("ha", A + "litigation_direct.total")),
           ("复议后起诉的总计呢", t("ha", A + "litigation_after_review.total"))),
        FU("zh", "narrative percentage, then a table cell of the same body",
           ("上海市府办2019年报告里说申请量比上一年回落了百分之多少", n("sh19", "回落12.3%", 12.3, "%")),
           ("补正后仍不明确的，自然人申请有多少件", t("sh19", UN + "unclear.natural_person"))),
        FU("zh", "switch row in table 二 (2019 format)",
           ("涧西区2020年行政许可处理决定数量是多少", t("jx", "active.licensing.decisions")),
           ("处罚这块呢", t("jx", "active.punishment.decisions")),
           ("对外管理服务事项这类这一年有多少处理决定", t("jx", "active.other_services.decisions"))),
    ]


def followups_en():
    return [
        FU("en", "switch year, then which year was higher",
           ("How much did Hongze District collect in administrative fees in 2023, in 10,000 yuan?", t("hz23", "active.fees.amount")),
           ("And in 2024?", t("hz24", "active.fees.amount")),
           ("Which year was higher, and by how much?", d("hz23", "hz24", "active.fees.amount"))),
        FU("en", "of those, switch column",
           ("How many requests did Huai'an's city government receive in 2024?", t("ha", R_ + "received.total")),
           ("Of those, how many came from individuals?", t("ha", R_ + "received.natural_person")),
           ("And from businesses?", t("ha", R_ + "received.commercial"))),
        FU("en", "self-correction of the column, then compare years",
           ("Shanghai General Office 2025: new requests from individuals?", t("sh25", R_ + "received.natural_person")),
           ("Sorry, I meant the companies column.", t("sh25", R_ + "received.commercial")),
           ("Was that up or down on 2019, and by how much?", d("sh19", "sh25", R_ + "received.commercial"))),
        FU("en", "check the figure (law firms?), then narrow",
           ("How many new requests did Shuyang County get in 2025 according to the table, not counting ones carried over?", t("sy", R_ + "received.total")),
           ("Does that include requests from law firms? How many came from legal service providers?", t("sy", R_ + "received.legal_services")),
           ("And how many of the new ones did individuals file?", t("sy", R_ + "received.natural_person"))),
        FU("en", "switch appeals group, then add",
           ("Huai'an 2024: how many lawsuits were filed directly, without administrative review first?", t("ha", A + "litigation_direct.total")),
           ("And the ones filed after a review?", t("ha", A + "litigation_after_review.total")),
           ("Add those two together?", s("ha", [A + "litigation_direct.total", A + "litigation_after_review.total"]))),
        FU("en", "narrative numbers, then a table number of the same body",
           ("How many issues of the municipal gazette did the Shanghai General Office put out in 2019?", n("sh19", "编发公报24期", 24, "期")),
           ("And how many department normative documents did those issues carry?", n("sh19", "部门规范性文件45件", 45, "件")),
           ("Switching to the tables: how many normative documents did the office newly publish in 2019?", t("sh19", "active.normative_docs.published"))),
        FU("en", "switch year, then of those",
           ("How many administrative reviews over disclosure did the Shanghai General Office have in 2019?", t("sh19", A + "review.total")),
           ("Then for 2025?", t("sh25", A + "review.total")),
           ("How many of the 2025 ones were still pending?", t("sh25", A + "review.pending"))),
        FU("en", "switch body in the same year",
           ("How many administrative licensing decisions did Hongze District make in 2024?", t("hz24", "active.licensing.decisions")),
           ("Same year, Shanghai science commission?", t("kw", "active.licensing.decisions")),
           ("And the Huai'an city government?", t("ha", "active.licensing.decisions"))),
        FU("en", "check the figure (does it count not held?), then an unprinted topic breakdown",
           ("Hongze 2023: how many requests were refused (not disclosed) in total?", t("hz23", W + "total")),
           ("Does that count the 'information not held' cases? If not, how many of those were there?", t("hz23", UN + "not_held.total")),
           ("What were those requests about?", u("no topic breakdown"))),
        FU("en", "narrative number, then a table number of the same body",
           ("In 2025 how many of Shuyang's posts passed a million views?", n("sy", "49条破百万", 49, "条")),
           ("Changing topic - how many normative documents did the county repeal that year?", t("sy", "active.normative_docs.repealed"))),
        FU("en", "of those, end with unprinted month breakdown",
           ("Jianxi District office, 2020 - requests completed (total handled)?", t("jx", R_ + "total_processed.total")),
           ("How many of those were granted?", t("jx", R_ + "granted.total")),
           ("Break them down by month, please.", u("no month breakdown"))),
        FU("en", "check the figure (includes repeats?), then switch row",
           ("Shanghai General Office 2025: how many requests were rejected without processing because they were really complaints or petitions?", t("sh25", NP + "petition.total")),
           ("Does that figure include repeat applications? How many repeats were there?", t("sh25", NP + "duplicate.total")),
           ("How many requests were carried into 2026?", t("sh25", R_ + "carried_forward.total"))),
        FU("en", "of those, switch sub-item",
           ("Huai'an 2024: total number of requests refused outright, all reasons together?", t("ha", W + "total")),
           ("How many of those were administrative-query matters?", t("ha", W + "admin_query.total")),
           ("And how many because they were law-enforcement case files?", t("ha", W + "enforcement_files.total"))),
        FU("en", "self-correction of the year, then switch column",
           ("Hongze District 2024, normative documents issued?", t("hz24", "active.normative_docs.issued")),
           ("Oops, I meant 2023.", t("hz23", "active.normative_docs.issued")),
           ("How many were still in force at the end of 2023?", t("hz23", "active.normative_docs.in_force"))),
        FU("en", "of those, switch outcome",
           ("Shuyang 2025: administrative review cases in total?", t("sy", A + "review.total")),
           ("How many of them were upheld?", t("sy", A + "review.upheld")),
           ("And the 'other outcome' ones?", t("sy", A + "review.other"))),
        FU("en", "narrative number, then a table number of the same body",
           ("How many short videos did the Shanghai science commission publish on its video channel in 2024?", n("kw", "短视频 584", 584, "条")),
           ("Back to the disclosure tables: what was the total number of requests it handled in 2024?", t("kw", R_ + "total_processed.total"))),
        FU("en", "narrative fee, then check against the table fee",
           ("How much did Huai'an collect in information-processing fees in 2024?", n("ha", "3940", 3940, "元", frm="2024 年，市政府严格")),
           ("Is that the administrative fees figure from the table? What does the table give for administrative fees?", t("ha", "active.fees.amount"))),
        FU("en", "switch year, then compare",
           ("Shanghai General Office 2019: applications carried over from 2018?", t("sh19", R_ + "carried_over.total")),
           ("And the number carried over into 2025?", t("sh25", R_ + "carried_over.total")),
           ("By how much did it grow between those two reports?", d("sh19", "sh25", R_ + "carried_over.total"))),
        FU("en", "switch appeals group twice, end with personal data",
           ("Hongze District 2024: how many administrative reviews over disclosure?", t("hz24", A + "review.total")),
           ("Lawsuits filed directly?", t("hz24", A + "litigation_direct.total")),
           ("And lawsuits after review?", t("hz24", A + "litigation_after_review.total")),
           ("Who were the plaintiffs in those suits?", u("personal data, not in the reports"))),
        FU("en", "switch row, then the derived row total",
           ("Shuyang 2025: requests where the county said it would have to create new info?", t("sy", UN + "needs_creation.total")),
           ("And where the request was still unclear after correction?", t("sy", UN + "unclear.total")),
           ("So what's the whole 'unable to provide' figure?", t("sy", UN + "total"))),
        FU("en", "check the figure (legal-aid firms?), then narrow",
           ("How many of Huai'an's 2024 new requests came from organisations rather than individuals?", t("ha", R_ + "received.legal_person")),
           ("Does that count legal-aid firms and law offices? How many came from them?", t("ha", R_ + "received.legal_services")),
           ("So how many from research institutes?", t("ha", R_ + "received.research"))),
        FU("en", "narrative number, then table numbers of the same body",
           ("How many service items were connected to the unified 'One Netcom' intake platform per the Shanghai General Office's 2019 report?", n("sh19", "2261项事项", 2261, "项")),
           ("And how many requests does the office's table show as received that year?", t("sh19", R_ + "received.total")),
           ("How many of those were from companies?", t("sh19", R_ + "received.commercial"))),
        FU("en", "switch year, then the change",
           ("Did Hongze face any direct lawsuits over disclosure in 2023? How many?", t("hz23", A + "litigation_direct.total")),
           ("How about 2024 then?", t("hz24", A + "litigation_direct.total")),
           ("So the change from 2023 to 2024 is?", d("hz23", "hz24", A + "litigation_direct.total"))),
        FU("en", "switch appeals group, end with unreported duration",
           ("Huai'an 2024: administrative reviews still pending at year end?", t("ha", A + "review.pending")),
           ("And lawsuits filed after review that are still pending?", t("ha", A + "litigation_after_review.pending")),
           ("How long have those been pending on average?", u("durations are not reported"))),
        FU("en", "self-correction of the column, then switch column",
           ("Shuyang 2025: requests fully granted to individuals?", t("sy", R_ + "granted.natural_person")),
           ("Sorry - I meant law firms and similar legal service providers.", t("sy", R_ + "granted.legal_services")),
           ("And companies?", t("sy", R_ + "granted.commercial"))),
        FU("en", "switch row, then of those",
           ("Shanghai General Office, 2025: how many requests did it disclose in full?", t("sh25", R_ + "granted.total")),
           ("And the total handled that year?", t("sh25", R_ + "total_processed.total")),
           ("And how many administrative reviews over disclosure did it face that year?", t("sh25", A + "review.total"))),
        FU("en", "switch column of the same item, end with unprinted supplier names",
           ("Jianxi 2020: number of centralised procurement projects?", t("jx", "active.procurement.projects")),
           ("And what did they cost in total, 10k yuan?", t("jx", "active.procurement.amount")),
           ("Which suppliers won them?", u("supplier names are not reported"))),
        FU("en", "switch sub-item, then add the three",
           ("Huai'an 2024: requests dropped because applicants didn't pay the fee notice in time?", t("ha", OT + "overdue_fee.total")),
           ("And the catch-all 'other' under other handling?", t("ha", OT + "other.total")),
           ("Total of the three 'other handling' items, please.", s("ha", [OT + "overdue_correction.total", OT + "overdue_fee.total", OT + "other.total"]))),
        FU("en", "switch body and year (same row)",
           ("Administrative coercion decisions, Shuyang 2025?", t("sy", "active.coercion.decisions")),
           ("Huai'an in 2024, same item?", t("ha", "active.coercion.decisions")),
           ("And Hongze District in 2023?", t("hz23", "active.coercion.decisions"))),
        FU("en", "switch column, then add",
           ("Shanghai General Office 2019, requests refused as administrative queries - how many from natural persons?", t("sh19", W + "admin_query.natural_person")),
           ("And from companies?", t("sh19", W + "admin_query.commercial")),
           ("Put together?", s("sh19", [W + "admin_query.natural_person", W + "admin_query.commercial"]))),
        FU("en", "switch column, end with unprinted topic",
           ("STCSM 2024 - how many normative documents in force?", t("kw", "active.normative_docs.in_force")),
           ("And newly issued that year?", t("kw", "active.normative_docs.issued")),
           ("Which divisions of the commission drafted them, and how many each?", u("no department breakdown of normative documents"))),
        FU("en", "self-correction of the row, then switch row",
           ("Huai'an 2024: requests asking the office to confirm or reissue information already obtained?", t("ha", NP + "reconfirm.total")),
           ("Sorry, I meant duplicate requests.", t("ha", NP + "duplicate.total")),
           ("And petitions or complaints?", t("ha", NP + "petition.total"))),
        FU("en", "switch year, then the change",
           ("Shanghai General Office 2019: carried-over requests from legal service bodies?", t("sh19", R_ + "carried_over.legal_services")),
           ("And 2025?", t("sh25", R_ + "carried_over.legal_services")),
           ("What's the increase?", d("sh19", "sh25", R_ + "carried_over.legal_services"))),
        FU("en", "check (any granted?), then add",
           ("Hongze 2023 - were any requests granted in full?", t("hz23", R_ + "granted.total")),
           ("Partly granted then?", t("hz23", R_ + "partially_granted.total")),
           ("So how many got at least some of the information?", s("hz23", [R_ + "granted.total", R_ + "partially_granted.total"]))),
        FU("en", "narrative number, then a table number of the same body",
           ("How many original short videos did Shuyang push out in 2025?", n("sy", "原创短视频1113", 1113, "个")),
           ("On the table side, how many requests did Shuyang refuse citing security and stability?", t("sy", W + "security_stability.total"))),
        FU("en", "switch row, end with unprinted breakdown",
           ("Huai'an 2024 - administrative licensing decisions?", t("ha", "active.licensing.decisions")),
           ("Coercion?", t("ha", "active.coercion.decisions")),
           ("How many of the licensing decisions were construction permits?", u("no breakdown of licensing decisions"))),
        FU("en", "narrative numbers, then a table number of the same body",
           ("How many other municipal documents (besides regulations and normative docs) did the Shanghai General Office proactively publish in 2019?", n("sh19", "市政府其他文件162件", 162, "件")),
           ("And personnel appointment documents?", n("sh19", "人事任免文件141件", 141, "件")),
           ("How many regulations were newly made, according to the table?", t("sh19", "active.regulations.made"))),
        FU("en", "of those (granted + partial), end with satisfaction",
           ("Shuyang County 2025 - total requests handled?", t("sy", R_ + "total_processed.total")),
           ("Of those, how many were fully or partly disclosed?", s("sy", [R_ + "granted.total", R_ + "partially_granted.total"])),
           ("How many of those applicants were satisfied with the answers?", u("satisfaction is not reported"))),
        FU("en", "switch row in table 二",
           ("Hongze District 2024: normative documents still in force?", t("hz24", "active.normative_docs.in_force")),
           ("And the fee revenue, in 10,000 yuan?", t("hz24", "active.fees.amount"))),
        FU("en", "switch body in the same year (table row named explicitly)",
           ("How many requests did the Shanghai science commission receive in 2024?", t("kw", R_ + "received.total")),
           ("And Hongze District the same year - the table's new-requests row?", t("hz24", R_ + "received.total")),
           ("And the Huai'an city government's new-requests row?", t("ha", R_ + "received.total"))),
        FU("en", "narrative number, then table numbers of the same body",
           ("Shuyang 2025: how many review and litigation cases did the county handle in all, as the text puts it?", n("sy", "全县共办理相关案件", 74, "件")),
           ("How many of those were administrative reviews, per the table?", t("sy", A + "review.total")),
           ("And how many suits were brought after a review?", t("sy", A + "litigation_after_review.total"))),
        FU("en", "switch column",
           ("Jianxi 2020: new requests from individuals?", t("jx", R_ + "received.natural_person")),
           ("From companies?", t("jx", R_ + "received.commercial")),
           ("Did any come from public-interest organisations?", t("jx", R_ + "received.public_interest"))),
        FU("en", "of those, end with company names",
           ("Huai'an 2024 partially granted requests in total?", t("ha", R_ + "partially_granted.total")),
           ("How many of them came from companies?", t("ha", R_ + "partially_granted.commercial")),
           ("Which companies?", u("applicant names are not reported"))),
        FU("en", "switch group, end with unreported courts",
           ("Shanghai General Office 2019: lawsuits filed directly against it?", t("sh19", A + "litigation_direct.total")),
           ("And how many administrative reviews?", t("sh19", A + "review.total")),
           ("Which courts heard those lawsuits?", u("courts are not named in the report"))),
        FU("en", "switch sub-item, then add",
           ("Hongze 2023: refusals because of state secrets?", t("hz23", W + "state_secret.total")),
           ("Process information?", t("hz23", W + "process_info.total")),
           ("Law-enforcement case files?", t("hz23", W + "enforcement_files.total")),
           ("Add all three up?", s("hz23", [W + "state_secret.total", W + "process_info.total", W + "enforcement_files.total"]))),
        FU("en", "switch to a year not held",
           ("Shuyang, 2025: how many 'not held' answers?", t("sy", UN + "not_held.total")),
           ("What about Shuyang in 2024?", u("no 2024 report of 沭阳县 in the corpus"))),
        FU("en", "switch to a year not held",
           ("STCSM 2024: how many requests were handled in total?", t("kw", R_ + "total_processed.total")),
           ("And in 2023?", u("no 2023 report of 上海市科委 in the corpus"))),
        FU("en", "narrative number, then a table number of the same body",
           ("How many issues of the Huai'an municipal gazette came out in 2024?", n("ha", "人民政府公报》6 期", 6, "期")),
           ("And how many municipal regulations were in force that year?", t("ha", "active.regulations.in_force"))),
        FU("en", "narrative number, then table numbers of the same body",
           ("How many press briefings (not press conferences) did Shanghai hold in 2025 per the General Office's report?", n("sh25", "新闻通气会 19 场", 19, "场")),
           ("And how many requests did the office receive that year?", t("sh25", R_ + "received.total")),
           ("Of which from companies?", t("sh25", R_ + "received.commercial"))),
        FU("en", "switch body (same year), then of those by column",
           ("Hongze 2024 - requests where the info wasn't held?", t("hz24", UN + "not_held.total")),
           ("Same row for Huai'an city in 2024?", t("ha", UN + "not_held.total")),
           ("Of Huai'an's, how many from legal service organisations?", t("ha", UN + "not_held.legal_services"))),
        FU("en", "self-correction of the row",
           ("Shuyang 2025 - carried-over requests from individuals?", t("sy", R_ + "carried_over.natural_person")),
           ("Sorry, I meant the ones carried forward into 2026.", t("sy", R_ + "carried_forward.natural_person"))),
        FU("en", "switch column, then add",
           ("Shanghai General Office 2019: duplicate requests from individuals?", t("sh19", NP + "duplicate.natural_person")),
           ("What about the company column?", t("sh19", NP + "duplicate.commercial")),
           ("Combined?", s("sh19", [NP + "duplicate.natural_person", NP + "duplicate.commercial"]))),
    ]


def CONVERSATIONS():
    convs = plain() + combine() + rank() + textonly() + cannot() + neighbour() + \
        followups_zh() + followups_en()
    return convs
