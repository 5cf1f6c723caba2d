"""Question bank of blind evaluation set 295 (evals/blind295), prefix kc.

Holds the text of EVERY test question (test.jsonl is generated from it). This set is a
development set: dev.jsonl, test.jsonl and this bank are read by the team (not frozen).

Emphasis: about a third of the conversations look answerable but must get no number
(one person's own request, named people, personal data, breakdowns the reports do not print,
quantities not stated, reasons, forecasts, opinions, sub-groups of a printed count, one body's
figure attributed to another body, bodies/years not in the corpus). The rest keeps blind6's
proportions. All wordings were written for this set.

The bank only names keys, bodies, keywords and wordings; every number is computed by
helpers295 from gold/*.json or, for the three reports without gold, from printed rows named in
SPECS (the same 42 cell specs that blind6's text_cells.json verified).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib295 as L  # noqa: E402
from helpers295 import C, E, EN, ED, ER, EU  # noqa: E402

# ---------------------------------------------------------------- text cells (no gold)
# Exactly the cells (and specs) verified by blind6's text_cells.json; nothing new.
_A25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
_A24 = "四、政府信息公开行政复议、行政诉讼情况"
_RECV = "一、本年新收政府信息公开申请数量"
_OVER = "二、上年结转政府信息公开申请数量"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A24, 14),
        "appeals.litigation_direct.total": ("after", _A24, 9),
        "appeals.review.total": ("after", _A24, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", _RECV, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", _OVER, 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", _RECV, 1),
        "requests.received.natural_person": ("row", _RECV, 0),
        "requests.received.total": ("row", _RECV, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _A25, 14),
        "appeals.litigation_direct.pending": ("after", _A25, 8),
        "appeals.litigation_direct.total": ("after", _A25, 9),
        "appeals.review.pending": ("after", _A25, 3),
        "appeals.review.total": ("after", _A25, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", _OVER, 4),
        "requests.carried_over.natural_person": ("row", _OVER, 0),
        "requests.carried_over.total": ("row", _OVER, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", _RECV, 1),
        "requests.received.natural_person": ("row", _RECV, 0),
        "requests.received.total": ("row", _RECV, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NOTPROC5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
APPEALS3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
ACTIVE3 = ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"]
MONEY = {"unit": "万元"}


# ---------------------------------------------------------------- tagged builders
def plain(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def trap(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def add(lang, b, keys, q, note, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + note)


def diff(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + note)


def rank(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def follow(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def cannot(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


# ---------------------------------------------------------------- [plain] 72
def PLAIN():
    return [
        # 淮安市人民政府 2024 (gold)
        plain("zh", "ha", "c.licensing.decisions",
              "淮安市政府2024年一整年做出了多少个行政许可决定？", "licensing decisions"),
        plain("en", "ha", "c.fees.amount",
              "In 10,000-yuan units, what did Huai'an City report collecting in administrative fees for 2024?",
              "fees in 万元", **MONEY),
        plain("zh", "ha", "c.normative_docs.repealed",
              "24年淮安一共宣布废止了几件行政规范性文件", "normative documents repealed"),
        plain("en", "ha", "r.withheld.admin_query.total",
              "How many Huai'an requests in 2024 were refused because what the applicant wanted was really an "
              "administrative lookup (行政查询事项) rather than disclosure?", "withheld: administrative query"),
        plain("zh", "ha", "a.review.corrected",
              "淮安市2024年信息公开的行政复议案件，最后结果是纠正的有几件？",
              "review corrected; text agrees", alt=("结果纠正 64 件", 64)),
        plain("en", "ha", "r.received.legal_services",
              "Law firms and similar legal-service outfits: how many new disclosure applications did they "
              "lodge with Huai'an's city government in 2024?", "received from legal-service institutions"),
        plain("zh", "ha", "r.other.overdue_correction.total",
              "淮安2024年有多少件申请是因为申请人过了期限还不补正材料，政府就不再处理了的？",
              "other handling: no correction in time"),
        plain("en", "ha", "c.coercion.decisions",
              "Number of administrative coercion decisions Huai'an City made in 2024?", "coercion decisions"),
        plain("zh", "ha", "r.not_processed.duplicate.total",
              "淮安市人民政府二〇二四年的年报里，重复申请不予处理的有多少件？", "not processed: duplicate"),
        plain("en", "ha", "a.review.pending",
              "By the close of 2024, how many of Huai'an's disclosure-related reconsideration cases were still "
              "undecided?", "review pending; text agrees", alt=("尚未审结 37 件", 37)),
        plain("zh", "ha", "c.normative_docs.in_force",
              "截至2024年底，淮安市现行有效的行政规范性文件还剩多少件？", "normative documents in force"),
        plain("en", "ha", "r.received.natural_person",
              "Huai'an 2024, new information requests from private citizens: how many?",
              "received from natural persons"),
        plain("zh", "ha", "r.withheld.third_party.total",
              "淮安2024年以保护第三方合法权益为由没公开的申请有几件？", "withheld: third party"),
        plain("en", "ha", "r.unable.unclear.total",
              "How many Huai'an applications in 2024 were still too vague to act on even after the applicant "
              "had been asked to clarify them?", "unable: unclear after correction"),
        # 沭阳县人民政府 2025 (gold)
        plain("zh", "sy", "c.punishment.decisions",
              "沭阳县2025年行政处罚决定一共作出多少个？", "penalty decisions"),
        plain("en", "sy", "c.fees.amount",
              "What were Shuyang County's administrative fee receipts for 2025 (in 万元)?", "fees in 万元",
              **MONEY),
        plain("zh", "sy", "r.withheld.internal_affairs.total",
              "沭阳2025年有几件申请是因为属于内部事务信息被拒绝公开的？", "withheld: internal affairs"),
        plain("en", "sy", "a.review.total",
              "How many administrative reconsideration cases over information disclosure did Shuyang County "
              "face in 2025?", "review total"),
        plain("zh", "sy", "r.granted.total",
              "沭阳县政府2025年的依申请公开，完全同意公开的是多少件？", "granted"),
        plain("en", "sy", "r.partially_granted.legal_services",
              "In Shuyang's 2025 table, how many requests from legal-service institutions ended in partial "
              "disclosure?", "partially granted, legal-service column"),
        plain("zh", "sy", "r.other.other.total",
              "沭阳县2025年的“其他处理”里面，“3.其他”这一小项是多少件？", "other handling: other"),
        plain("en", "sy", "r.carried_forward.total",
              "How many of Shuyang County's applications were still open at the end of 2025 and rolled on "
              "into the following year?", "carried forward; text agrees", alt=("结转下一年 31 件", 31)),
        plain("zh", "sy", "a.litigation_after_review.total",
              "沭阳25年复议之后又去法院起诉的政府信息公开案件有几件？", "litigation after review"),
        plain("en", "sy", "c.normative_docs.in_force",
              "Shuyang County, 2025: how many administrative normative documents remain in force?",
              "normative documents in force"),
        plain("zh", "sy", "r.other.overdue_fee.total",
              "2025年沭阳有多少个申请人没按收费通知按时交钱，结果申请就不处理了？",
              "other handling: fee not paid"),
        plain("en", "sy", "r.not_processed.duplicate.total",
              "For 2025, how many duplicate applications did Shuyang County decline to process?",
              "not processed: duplicate"),
        plain("en", "sy", "r.withheld.admin_query.total",
              "Shuyang 2025: requests refused on the ground that they were administrative query matters?",
              "withheld: administrative query"),
        # 上海市人民政府办公厅 2019 (gold; outcome-row 总计 cells printed blank, never asked)
        plain("zh", "sh19", "c.regulations.total_published",
              "上海市政府办公厅2019年报里，规章的对外公开总数量是多少？", "regulations total published"),
        plain("en", "sh19", "c.procurement.amount",
              "How much did the Shanghai General Office spend on centralized government procurement in 2019? "
              "Give it in 万元.", "procurement amount (251000元 = 25.1 万元)", **MONEY),
        plain("zh", "sh19", "r.received.natural_person",
              "2019年上海市府办收到的新申请中，以个人名义提的有多少件？", "received from natural persons"),
        plain("en", "sh19", "r.received.commercial",
              "In 2019, how many fresh disclosure applications did commercial enterprises send to the Shanghai "
              "General Office?", "received from commercial enterprises"),
        plain("zh", "sh19", "r.unable.not_held.natural_person",
              "2019年上海市政府办公厅答复个人申请时，说本机关不掌握的有多少件？",
              "not held, natural-person column (row total printed blank)"),
        plain("en", "sh19", "r.carried_forward.total",
              "How many of the Shanghai General Office's 2019 requests spilled over into 2020 for a reply?",
              "carried forward; text agrees", alt=("72件申请", 72)),
        plain("zh", "sh19", "r.not_processed.petition.natural_person",
              "上海市府办2019年自然人提的信访举报投诉类申请，不予处理了几件？",
              "not processed: petition, natural persons"),
        plain("en", "sh19", "c.procurement.projects",
              "Shanghai General Office, FY2019: number of centralized procurement projects?",
              "procurement projects"),
        plain("zh", "sh19", "a.review.pending",
              "2019年上海市政府办公厅的信息公开行政复议，到年底还没审结的有几件？", "review pending"),
        # 淮安市洪泽区人民政府 2023 (gold; appeals 总计 printed 0, never asked)
        plain("zh", "hz23", "c.punishment.decisions",
              "洪泽区2023年作出行政处罚决定多少件？", "penalty decisions"),
        plain("en", "hz23", "c.fees.amount",
              "Hongze District, 2023: administrative fees collected, in units of 10,000 yuan?", "fees in 万元",
              **MONEY),
        plain("zh", "hz23", "r.unable.not_held.total",
              "洪泽2023年回复申请人“我们不掌握这个信息”的有几件？", "unable: not held"),
        plain("en", "hz23", "c.licensing.decisions",
              "How many licensing decisions did the Hongze District government record for 2023?",
              "licensing decisions"),
        plain("zh", "hz23", "r.partially_granted.total",
              "23年洪泽区政府部分公开的申请是多少件", "partially granted"),
        plain("en", "hz23", "a.review.upheld",
              "Hongze District 2023: in how many reconsideration cases was the government's decision upheld?",
              "review upheld (row total printed 0, not asked)"),
        plain("zh", "hz23", "r.unable.needs_creation.total",
              "洪泽区2023年有几件申请因为得另行制作信息而没法提供？", "unable: needs creation"),
        plain("en", "hz23", "c.normative_docs.repealed",
              "How many normative documents did Hongze District repeal during 2023?",
              "normative documents repealed"),
        # 上海市人民政府办公厅 2025 (text cells)
        plain("zh", "sh25", "a.review.total",
              "上海市府办2025年因信息公开被申请行政复议的一共多少件？", "review total (printed, note not applied)"),
        plain("en", "sh25", "r.carried_forward.total",
              "At the end of 2025, how many applications did the Shanghai General Office carry into 2026?",
              "carried forward"),
        plain("zh", "sh25", "r.granted.total",
              "2025年上海市政府办公厅予以公开的申请有多少？", "granted"),
        plain("en", "sh25", "r.unable.not_held.total",
              "How many requests did the Shanghai General Office answer in 2025 with 'we don't hold that "
              "information'?", "unable: not held"),
        plain("zh", "sh25", "r.not_processed.petition.total",
              "2025年上海市府办因为属于信访举报投诉类而不予处理的有几件？", "not processed: petition"),
        plain("en", "sh25", "a.litigation_direct.pending",
              "Of the Shanghai General Office's direct lawsuits (no reconsideration first) in 2025, how many "
              "were still pending?", "direct litigation pending"),
        plain("zh", "sh25", "r.received.commercial",
              "上海市政府办公厅2025年收到商业企业的新申请几件？", "received from commercial enterprises"),
        plain("en", "sh25", "r.received.natural_person",
              "Shanghai General Office 2025: new applications from natural persons?", "received, natural persons"),
        plain("en", "sh25", "r.unable.needs_creation.total",
              "In 2025, how many Shanghai General Office requests couldn't be met because the information would "
              "have had to be newly compiled?", "unable: needs creation"),
        # 淮安市洪泽区人民政府 2024 (text cells)
        plain("zh", "hz24", "c.licensing.decisions",
              "洪泽区2024年行政许可处理决定数量是多少？", "licensing decisions"),
        plain("en", "hz24", "c.fees.amount",
              "Hongze District's administrative fee income for 2024, in 万元?", "fees in 万元", **MONEY),
        plain("zh", "hz24", "r.granted.total",
              "洪泽区政府2024年予以公开的依申请件有多少？", "granted"),
        plain("en", "hz24", "r.unable.not_held.total",
              "How many Hongze District requests in 2024 got the answer that the agency does not hold the "
              "information?", "unable: not held"),
        plain("zh", "hz24", "a.review.total",
              "二〇二四年洪泽区因政府信息公开被申请复议的有几起？", "review total"),
        plain("en", "hz24", "c.punishment.decisions",
              "How many administrative penalty decisions did Hongze District make in 2024?", "penalty decisions"),
        plain("zh", "hz24", "c.normative_docs.issued",
              "洪泽区2024年新制发了几件行政规范性文件？", "normative documents issued"),
        # 涧西区人民政府办公室 2020 (gold, 2019 format)
        plain("en", "jx", "c.procurement.amount",
              "Jianxi District government office, 2020: total amount of centralized procurement in 万元?",
              "procurement amount", **MONEY),
        plain("zh", "jx", "r.granted.total",
              "涧西区政府办2020年依申请公开的件里，予以公开的有几件？", "granted"),
        plain("en", "jx", "a.review.total",
              "How many administrative reconsiderations over disclosure did the Jianxi District office have in "
              "2020?", "review total"),
        plain("zh", "jx", "c.normative_docs.published",
              "涧西区2020年本年新公开的规范性文件数量？", "normative documents newly published (2019 format)"),
        plain("en", "jx", "r.unable.not_held.total",
              "In 2020, how many Jianxi requests were answered with 'this office does not hold the information'?",
              "unable: not held"),
        plain("zh", "jx", "a.litigation_after_review.total",
              "涧西2020年经过复议以后又被告上法院的信息公开案子有几个？", "litigation after review"),
        # 上海市科学技术委员会 2024 (text cells)
        plain("en", "kw", "c.licensing.decisions",
              "How many administrative licensing decisions did the Shanghai Science and Technology Commission "
              "make in 2024?", "licensing decisions"),
        plain("zh", "kw", "c.normative_docs.in_force",
              "上海市科委2024年现行有效的规范性文件有多少件？", "normative documents in force"),
        plain("en", "kw", "r.received.natural_person",
              "STCSM, 2024: how many new disclosure requests came from individuals?", "received, natural persons"),
        plain("zh", "kw", "r.received.commercial",
              "市科委2024年有几件新申请是商业企业提的？", "received from commercial enterprises"),
        plain("en", "kw", "r.total_processed.total",
              "What's the 'total handled' figure in the Shanghai science commission's 2024 request table?",
              "total processed"),
        plain("zh", "kw", "c.punishment.decisions",
              "上海科委2024年作出行政处罚决定几件？", "penalty decisions (printed 0)"),
    ]


# ---------------------------------------------------------------- [neighbour] 10
def NEIGHBOUR():
    return [
        trap("zh", "ha", "r.carried_over.total",
             "淮安市2024年的表里，从2023年接续过来继续办理的申请是几件？",
             "carried over 34, not carried forward 103; text agrees", alt=("上年度结转申请 34 件", 34)),
        trap("en", "ha", "a.litigation_after_review.total",
             "Huai'an 2024: how many disclosure lawsuits were filed only after the applicant had first gone "
             "through reconsideration?", "after-review lawsuits 20, not direct 26"),
        trap("zh", "sy", "c.normative_docs.repealed",
             "沭阳县2025年废止的行政规范性文件有几件？", "repealed 1, not issued 6 / in force 32"),
        trap("en", "sh19", "c.normative_docs.total_published",
             "As of its 2019 report, how many normative documents had the Shanghai General Office published in "
             "total, all years counted?", "total published 368, not made/published this year 60"),
        trap("zh", "ha", "r.withheld.process_info.total",
             "淮安2024年因为属于过程性信息不予公开的有多少件？", "process info 12, not internal affairs 8"),
        trap("en", "sy", "a.review.other",
             "Shuyang 2025 reconsideration cases that ended with an 'other' outcome: how many?",
             "review other 9, not corrected 10"),
        trap("zh", "jx", "c.procurement.projects",
             "涧西区政府办2020年政府集中采购的项目有几个？", "procurement projects 8, not amount 28.6232"),
        trap("en", "hz24", "a.litigation_direct.total",
             "Hongze District, 2024: lawsuits taken straight to court without going to reconsideration first?",
             "direct lawsuits 1, not after review 3"),
        trap("zh", "sh25", "r.carried_over.total",
             "上海市府办2025年年报里，从2024年结转过来的申请有多少件？",
             "carried over 189, not carried forward 293; text agrees", alt=("上年结转 189 件", 189)),
        trap("en", "ha", "r.partially_granted.total",
             "How many Huai'an requests in 2024 were only partly disclosed?", "partially granted 454, not granted 1362"),
    ]


# ---------------------------------------------------------------- [combine] 20
def COMBINE():
    return [
        add("zh", "ha", WITHHELD8,
            "淮安市2024年不予公开的申请，八种理由全加起来是多少件？", "eight withheld sub-items"),
        add("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
            "Huai'an, 2024: all disclosure lawsuits together, direct ones plus those after reconsideration?",
            "two litigation totals; text agrees", alt=("政府信息公开行政诉讼 46 件", 46)),
        add("zh", "sy", APPEALS3,
            "沭阳县2025年行政复议加上两类行政诉讼，一共多少件？", "review + both litigation totals; text agrees",
            alt=("全县共办理相关案件 74 件", 74)),
        add("en", "sh19", ["r.received.total", "r.carried_over.total"],
            "For 2019, add the Shanghai General Office's newly received requests to those carried over from "
            "2018. What's the total?", "received + carried over"),
        add("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
            "洪泽区2023年行政处罚和行政强制决定合计多少？", "penalty + coercion"),
        add("en", "sy", ACTIVE3,
            "Shuyang County 2025: licensing, penalty and coercion decisions combined?", "three decision counts"),
        add("zh", "ha", NOTPROC5,
            "淮安2024年“不予处理”的五类情形加在一起有多少件？", "five not-processed sub-items"),
        add("en", "sy", OTHER3,
            "In Shuyang's 2025 report, what do the three 'other handling' sub-items add up to?",
            "three other-handling sub-items"),
        add("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
            "上海市府办2025年信访举报类和重复申请这两项不予处理的，合起来多少件？", "petition + duplicate"),
        add("en", "kw", ["r.received.total", "r.carried_over.total"],
            "Shanghai science commission, 2024: new requests plus those carried over from 2023, how many in all?",
            "received + carried over"),
        add("zh", "jx", APPEALS3,
            "涧西区政府办2020年行政复议和行政诉讼（直接起诉、复议后起诉都算）加总是几件？",
            "review + both litigation totals"),
        add("en", "hz24", ACTIVE3,
            "Add up Hongze District's 2024 licensing, penalty and coercion decisions.", "three decision counts"),
        diff("zh", "hz23", "hz24", "c.coercion.decisions",
             "洪泽区行政强制决定从2023年到2024年变化了多少？", "洪泽区 coercion 2023→2024"),
        diff("en", "hz23", "hz24", "c.licensing.decisions",
             "By how much did Hongze District's licensing decisions change between 2023 and 2024?",
             "洪泽区 licensing 2023→2024"),
        diff("zh", "hz23", "hz24", "r.unable.not_held.total",
             "洪泽区“本机关不掌握”的答复，2024年比2023年多了几件？", "洪泽区 not held 2023→2024"),
        diff("en", "hz23", "hz24", "c.fees.amount",
             "How did Hongze District's fee income move from 2023 to 2024, in 万元?", "洪泽区 fees 2023→2024",
             **MONEY),
        diff("zh", "sh19", "sh25", "r.received.total",
             "上海市府办新收的申请，2025年比2019年多了多少件？", "上海市府办 received 2019→2025"),
        diff("en", "sh19", "sh25", "r.carried_forward.total",
             "Compare the Shanghai General Office's carried-forward requests: 2025 minus 2019?",
             "上海市府办 carried forward 2019→2025"),
        diff("zh", "sh19", "sh25", "a.review.total",
             "上海市政府办公厅的行政复议数量，从2019年到2025年增加了多少？", "上海市府办 review 2019→2025"),
        diff("en", "sh19", "sh25", "r.received.natural_person",
             "How many more requests from individuals did the Shanghai General Office receive in 2025 than in "
             "2019?", "上海市府办 received natural persons 2019→2025"),
    ]


# ---------------------------------------------------------------- [rank] 10
def RANK():
    return [
        rank("zh", ["ha", "hz23", "sy", "jx"], "r.received.total", "desc",
             "2024年淮安市、2023年洪泽区、2025年沭阳县、2020年涧西区，这四份年报里谁的新收申请最多？",
             "received, desc"),
        rank("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "Rank Huai'an (2024), Hongze District (2023) and Shuyang County (2025) by licensing decisions. "
             "Who comes out on top?", "licensing, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "淮安2024、洪泽区2023、沭阳县2025三家比，行政事业性收费金额哪家最少？", "fees, asc"),
        rank("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
             "Which carried over the most requests from the prior year: Huai'an in 2024, Shuyang County in "
             "2025, or the Shanghai General Office in 2019?", "carried over, desc"),
        rank("zh", ["ha", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "asc",
             "比较淮安市2024年、洪泽区2023年、沭阳县2025年、上海市府办2019年：自然人申请里答复“本机关不掌握”的，"
             "哪家最少？", "not held natural persons, asc"),
        rank("en", ["jx", "ha", "sy", "sh19"], "a.review.total", "asc",
             "Fewest disclosure reconsideration cases: Jianxi District (2020), Huai'an (2024), Shuyang (2025) "
             "or the Shanghai General Office (2019)?", "review total, asc"),
        rank("zh", ["ha", "hz23", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
             "个人提的信访举报投诉类申请，淮安2024年、洪泽2023年、沭阳2025年、上海市府办2019年哪个最多？",
             "petition natural persons, desc"),
        rank("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
             "Among Huai'an (2024), Shuyang County (2025) and the Shanghai General Office (2019), which had "
             "the most direct lawsuits over disclosure?", "direct litigation, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
             "现行有效的行政规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最少？",
             "normative docs in force, asc"),
        rank("en", ["jx", "hz23", "sy", "sh19"], "r.carried_forward.total", "desc",
             "Which body pushed the most unfinished requests into the next year: Jianxi (2020), Hongze (2023), "
             "Shuyang (2025) or the Shanghai General Office (2019)?", "carried forward, desc"),
    ]


# ---------------------------------------------------------------- [textonly] 30
def TEXTONLY():
    return [
        text("zh", "sy", "4511条", 4511, "条",
             "沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", "portal items"),
        text("en", "sy", "专栏33个", 33, "个",
             "How many themed columns did Shuyang County run on its government new-media accounts in 2025?",
             "new-media columns"),
        text("zh", "sy", "爆款内容52条", 52, "条",
             "沭阳县2025年政务新媒体一共出了多少条爆款内容？", "viral items"),
        text("en", "sy", "催办提示 84 次", 84, "次",
             "How many overdue-warning reminders did Shuyang's countdown alarm for requests send out in 2025?",
             "reminders"),
        text("zh", "sy", "办前主动沟通 49 次", 49, "次",
             "2025年沭阳县在办理申请前主动跟申请人沟通了多少次？", "pre-handling talks"),
        text("en", "sy", "失效链接43处", 43, "处",
             "How many dead links did Shuyang County fix on its government websites during 2025?", "dead links"),
        text("zh", "sy", "过期信息697条", 697, "条",
             "沭阳县2025年清理掉的过期信息有多少条？", "outdated items removed"),
        text("en", "sy", "64家单位", 64, "家",
             "For 2025, how many units' annual disclosure reports did Shuyang publish together in one batch?",
             "annual reports published together"),
        text("en", "kw", "1016823", 1016823, "人",
             "How many followers does the 上海科技 WeChat account have according to STCSM's 2024 report?",
             "WeChat followers"),
        text("zh", "kw", "直播 118 场", 118, "场",
             "上海科委2024年“上海科技”视频号做了几场直播？", "live streams"),
        text("en", "kw", "原创文章 294", 294, "篇",
             "Of the articles STCSM's WeChat account put out in 2024, how many were original pieces?",
             "original articles"),
        text("zh", "kw", "集成式发布政策 121 条", 121, "条",
             "市科委2024年批量推送集成式发布的政策一共多少条？", "policies pushed for integrated release"),
        text("en", "kw", "人大代表建议 50 件", 50, "件",
             "How many NPC deputies' suggestions did the Shanghai Science and Technology Commission lead or "
             "co-handle, per its 2024 disclosure report?", "deputies' suggestions handled",
             frm="《上海市科委 2024 年度代表建议"),
        text("zh", "kw", "粉丝数", 54373, "人",
             "上海科委2024年报里，“上海科技”视频号的粉丝有多少？", "video-account fans"),
        text("zh", "sh25", "新闻发布会 42 场", 42, "场",
             "上海市府办2025年年报说召开了多少场市政府新闻发布会？", "press conferences"),
        text("en", "sh25", "主动撤回 157 件", 157, "件",
             "In 2025, how many applicants withdrew their disclosure requests to the Shanghai General Office "
             "of their own accord?", "withdrawn requests"),
        text("zh", "sh25", "《上海市人民政府公报》24 期", 24, "期",
             "上海市政府办公厅2025年编了几期市政府公报？", "gazette issues"),
        text("en", "sh25", "10 个语种", 10, "个",
             "How many languages does the Shanghai International Services Portal cover, per the General "
             "Office's 2025 report?", "portal languages"),
        text("zh", "sh25", "人事任免文件 196 件", 196, "件",
             "2025年上海市府办主动公开的人事任免文件有多少件？", "appointment documents",
             frm="全年主动公开"),
        text("en", "sh19", "政策解读共132件", 132, "件",
             "How many policy interpretations did the Shanghai General Office post on the China Shanghai "
             "portal in 2019?", "policy interpretations"),
        text("zh", "sh19", "70家政府网站", 70, "家",
             "上海市府办2019年每季度检查的政府网站有多少家？", "websites checked"),
        text("en", "sh19", "权威发布共计38次", 38, "次",
             "How many authoritative releases on the important items of executive meetings did the Shanghai "
             "General Office issue in 2019?", "executive-meeting releases"),
        text("zh", "sh19", "2261项事项", 2261, "项",
             "上海市政府办公厅2019年报里，“一网通办”统一受理平台接入了多少项事项？", "one-stop platform items"),
        text("en", "ha", "新闻发布会 12 场", 12, "场",
             "How many press conferences did Huai'an City hold in 2024?", "press conferences"),
        text("zh", "ha", "政务新媒体共计 95", 95, "个",
             "淮安市2024年报里说全市在运维的政务新媒体有多少个？", "new-media accounts"),
        text("en", "ha", "3940", 3940, "元",
             "How much did Huai'an City collect in information-processing fees for disclosure requests in 2024, "
             "in yuan?", "processing fee in 元", frm="2024 年，市政府严格"),
        text("zh", "ha", "政策解读21", 21, "个",
             "淮安市2024年做了多少个政策解读？", "policy interpretations"),
        text("en", "hz24", "2428 条", 2428, "条",
             "How many pieces of government information did Hongze District publish on its website platform in "
             "2024?", "portal items"),
        text("zh", "hz23", "1136 条", 1136, "条",
             "洪泽区2023年在政府网站平台主动公开了多少条政府信息？", "portal items"),
        text("en", "jx", "601项事项", 601, "项",
             "When Jianxi District sorted out its disclosure items in 2020, how many items did it end up with "
             "across the 21 areas?", "disclosure items", frm="梳理细化"),
    ]


# ---------------------------------------------------------------- [followup] 31
def FOLLOWUP():
    return [
        follow("zh", [("洪泽区2023年行政强制决定是多少？", E("hz23", "c.coercion.decisions")),
                      ("到了2024年那份报告里呢？", E("hz24", "c.coercion.decisions"))],
               "year switch 洪泽区 2023→2024"),
        follow("en", [("Shanghai General Office, 2019: how many disclosure applications did it carry into the "
                       "next year?", E("sh19", "r.carried_forward.total")),
                      ("And at the end of 2025?", E("sh25", "r.carried_forward.total"))],
               "year switch 上海市府办 2019→2025"),
        follow("zh", [("淮安市2024年行政处罚决定多少件？", E("ha", "c.punishment.decisions")),
                      ("洪泽区同一年呢？", E("hz24", "c.punishment.decisions"))],
               "body switch 淮安→洪泽区, same year 2024"),
        follow("en", [("Huai'an 2024: how many applications were fully granted?", E("ha", "r.granted.total")),
                      ("And partially granted?", E("ha", "r.partially_granted.total")),
                      ("How many were refused because the information was a state secret?",
                       E("ha", "r.withheld.state_secret.total"))],
               "row switch 淮安 2024"),
        follow("zh", [("淮安市2024年因为不掌握相关信息没法提供的申请共多少件？", E("ha", "r.unable.not_held.total")),
                      ("这里面个人提交的有几件？", E("ha", "r.unable.not_held.natural_person")),
                      ("那律所之类的法律服务机构呢？", E("ha", "r.unable.not_held.legal_services"))],
               "column switch 淮安 2024 not held"),
        follow("en", [("Shuyang County 2025: how many reconsideration cases did its disclosure work draw?",
                       E("sy", "a.review.total")),
                      ("How many lawsuits went straight to court without reconsideration?",
                       E("sy", "a.litigation_direct.total")),
                      ("And lawsuits brought after a reconsideration?", E("sy", "a.litigation_after_review.total"))],
               "appeals group switch 沭阳 2025"),
        follow("zh", [("上海市政府办公厅2019年因为信息公开被申请行政复议几件？",
                       E("sh19", "a.review.total", alt=("行政复议7件", 7))),
                      ("2025年的年报里这个数变成多少了？", E("sh25", "a.review.total"))],
               "year switch 上海市府办 review 2019→2025; 2019 text agrees"),
        follow("en", [("Shanghai Science and Technology Commission, 2024 report: how many new disclosure requests "
                       "came in?", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
                      ("What did the Shanghai General Office report for new requests in 2025?",
                       E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295)))],
               "body and year switch 上海科委 2024→上海市府办 2025; texts agree"),
        follow("zh", [("洪泽区2023年的行政许可处理决定数量？", E("hz23", "c.licensing.decisions")),
                      ("2024年变成多少了", E("hz24", "c.licensing.decisions"))],
               "year switch 洪泽区 licensing"),
        follow("en", [("Shuyang 2025: granted requests from individuals?", E("sy", "r.granted.natural_person")),
                      ("and from legal-service institutions?", E("sy", "r.granted.legal_services"))],
               "column switch 沭阳 granted"),
        follow("zh", [("涧西区2020年新收申请多少件？", E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
                      ("办理结果里予以公开的呢？", E("jx", "r.granted.total")),
                      ("结转到2021年继续办理的呢？", E("jx", "r.carried_forward.total", alt=("在办2件", 2)))],
               "row switch 涧西 2020; text agrees on 17 and 2"),
        follow("en", [("Huai'an 2024 reconsideration cases upheld?",
                       E("ha", "a.review.upheld", alt=("结果维持 72 件", 72))),
                      ("How many ended with an 'other outcome'?",
                       E("ha", "a.review.other", alt=("其他结果 178 件", 178)))],
               "column switch 淮安 review outcomes; text agrees"),
        follow("zh", [("沭阳县2025年行政规范性文件发了几件？", E("sy", "c.normative_docs.issued")),
                      ("淮安市2024年发了几件？", E("ha", "c.normative_docs.issued"))],
               "body and year switch 沭阳 2025→淮安 2024 normative issued"),
        follow("en", [("Hongze District's 2023 report: how many normative documents are currently in force?",
                       E("hz23", "c.normative_docs.in_force")),
                      ("And in the 2024 report?", E("hz24", "c.normative_docs.in_force"))],
               "year switch 洪泽区 in force"),
        follow("zh", [("上海市府办2025年本机关不掌握的申请是多少？", E("sh25", "r.unable.not_held.total")),
                      ("需要另行制作的呢？", E("sh25", "r.unable.needs_creation.total"))],
               "row switch 上海市府办 2025"),
        follow("en", [("Shanghai General Office 2019: new applications from companies?",
                       E("sh19", "r.received.commercial")),
                      ("from legal service institutions?", E("sh19", "r.received.legal_services")),
                      ("and from the 'other' organisations?", E("sh19", "r.received.other_org"))],
               "column switch 上海市府办 2019 received"),
        follow("zh", [("淮安市政府2024年行政事业性收费金额是多少万元？", E("ha", "c.fees.amount", **MONEY)),
                      ("沭阳县2025年的呢？", E("sy", "c.fees.amount", **MONEY)),
                      ("洪泽区2023年的呢？", E("hz23", "c.fees.amount", **MONEY))],
               "body and year switch fees"),
        follow("en", [("STCSM 2024: how many administrative licensing decisions?", E("kw", "c.licensing.decisions")),
                      ("how many normative documents did it issue that year?", E("kw", "c.normative_docs.issued"))],
               "row switch 上海科委 2024"),
        follow("zh", [("洪泽区2024年信息公开方面没经过复议、直接被告到法院的有几件？",
                       E("hz24", "a.litigation_direct.total")),
                      ("复议后再起诉的呢？", E("hz24", "a.litigation_after_review.total")),
                      ("行政复议一共几件？", E("hz24", "a.review.total"))],
               "appeals group switch 洪泽区 2024"),
        follow("en", [("Jianxi District 2020: new requests filed by private individuals?",
                       E("jx", "r.received.natural_person")),
                      ("Shuyang County, 2025?", E("sy", "r.received.natural_person"))],
               "body and year switch 涧西 2020→沭阳 2025"),
        follow("zh", [("上海市府办2019年上年结转的申请有多少？",
                       E("sh19", "r.carried_over.total", alt=("含上年度结转申请18件", 18))),
                      ("全年办理结果总计是多少？",
                       E("sh19", "r.total_processed.total", alt=("答复政府信息公开申请805件", 805)))],
               "row switch 上海市府办 2019; text agrees"),
        follow("en", [("Shuyang 2025: refused because disclosure would endanger security or stability?",
                       E("sy", "r.withheld.security_stability.total")),
                      ("And refused because they were administrative enforcement case files?",
                       E("sy", "r.withheld.enforcement_files.total"))],
               "row switch 沭阳 withheld"),
        follow("zh", [("淮安2024年自然人新申请多少件？", E("ha", "r.received.natural_person")),
                      ("洪泽区2023年呢？", E("hz23", "r.received.natural_person"))],
               "body and year switch 淮安 2024→洪泽区 2023"),
        follow("en", [("Shanghai General Office 2025: administrative lawsuits filed after a reconsideration?",
                       E("sh25", "a.litigation_after_review.total")),
                      ("And the direct lawsuits?", E("sh25", "a.litigation_direct.total"))],
               "appeals group switch 上海市府办 2025"),
        follow("zh", [("洪泽区2023年因为是过程性信息不公开的有几件？", E("hz23", "r.withheld.process_info.total")),
                      ("本机关不掌握的呢？", E("hz23", "r.unable.not_held.total")),
                      ("信访举报投诉类不予处理的呢？", E("hz23", "r.not_processed.petition.total"))],
               "row switch 洪泽区 2023"),
        follow("en", [("Huai'an 2024: requests still being handled at year end and moved to the following year?",
                       E("ha", "r.carried_forward.total", alt=("103 件顺延", 103))),
                      ("Shuyang for 2025?", E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31)))],
               "body and year switch carried forward; texts agree"),
        follow("zh", [("市科委2024年予以公开的有几件？", E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
                      ("上海市府办2025年呢？", E("sh25", "r.granted.total"))],
               "body and year switch granted; 上海科委 text agrees"),
        follow("en", [("Hongze District 2024: penalty decisions?", E("hz24", "c.punishment.decisions")),
                      ("What had the 2023 report shown?", E("hz23", "c.punishment.decisions"))],
               "year switch backwards 洪泽区 penalties"),
        follow("zh", [("上海市府办2019年新制作的规范性文件多少件？",
                       E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60))),
                      ("规章呢？", E("sh19", "c.regulations.made", alt=("规章13件", 13)))],
               "row switch 上海市府办 2019 active; text agrees"),
        follow("en", [("Huai'an 2024: regulations in force at year end?", E("ha", "c.regulations.in_force")),
                      ("and how many normative documents were repealed?", E("ha", "c.normative_docs.repealed"))],
               "row and column switch 淮安 active"),
        follow("zh", [("沭阳县2025年行政复议里结果被纠正的几件？", E("sy", "a.review.corrected")),
                      ("淮安2024年同样情况有多少件？", E("ha", "a.review.corrected", alt=("结果纠正 64 件", 64)))],
               "body and year switch review corrected"),
    ]


# ---------------------------------------------------------------- [cannot] 87
def CANNOT():
    W = {
        "case": "the reports give yearly aggregates only; nothing about any individual application",
        "name": "the reports name no individual people (applicants, officials, lawyers, authors)",
        "personal": "personal data of applicants is not in the reports",
        "month": "no monthly breakdown is printed",
        "quarter": "no quarterly breakdown is printed",
        "sex": "applicants are not broken down by sex",
        "age": "applicants are not broken down by age",
        "channel": "requests are not broken down by submission channel",
        "topic": "requests are not broken down by topic",
        "place": "no breakdown by township, district or county is printed",
        "dept": "no breakdown by department is printed",
        "industry": "the commercial-enterprise column is not broken down by industry or ownership",
        "audience": "followers/readers/viewers are not broken down by kind or location",
        "residence": "applicants' residence is not reported",
        "nation": "applicants' nationality is not reported",
        "days": "response times are not stated (only 'within the legal time limit')",
        "staff": "staff numbers are not stated",
        "cost": "costs are not stated",
        "budget": "budget figures are not stated in the report",
        "satisf": "no satisfaction figure is stated for this body",
        "calls": "the number of phone calls is not stated",
        "reason": "the report gives no reason behind this count",
        "forecast": "a forecast; the reports only describe past years",
        "opinion": "an opinion, not a fact in the reports",
        "subgroup": "the report prints the count but no breakdown of it",
        "attrib": "the report does not say what share of this figure belongs to the other body",
        "absent": "this body/year is not in the corpus",
    }

    def u(lang, why, q, note):
        return cannot(lang, q, W[why], why + ": " + note)

    return [
        # one person's own request, told as a story (10)
        u("zh", "case", "我2024年5月给淮安市政府寄了一份申请，要我们村征地补偿的材料，到现在都没收到答复，"
                        "你帮我查查我那件办到哪一步了？", "own request status, 淮安 2024"),
        u("en", "case", "I filed a request with the Shanghai General Office in spring 2025 about my building's "
                        "renovation subsidy and they said the information doesn't exist on their side. Why was "
                        "mine turned down?", "own request reason, 上海市府办 2025"),
        u("zh", "case", "我爸2023年找洪泽区政府要宅基地审批档案，后来被当成信访件不予处理了，表里信访那一栏写的是1件，"
                        "那件是不是就是我爸的？当时是谁经办的？", "own request, quotes 洪泽 2023 petition 1"),
        u("en", "case", "Back in 2020 I asked the Jianxi District office for a copy of a demolition notice and "
                        "never heard back. Is mine one of the 2 still being handled, and when will I get an "
                        "answer?", "own request, quotes 涧西 在办 2"),
        u("zh", "case", "我2025年在沭阳申请政府信息被收了信息处理费，我觉得不合理，这钱能退吗？多久能退回来？",
          "own fee refund, 沭阳 2025"),
        u("en", "case", "My company's 2024 request to the Shanghai Science and Technology Commission seems to be the "
                        "one that was moved to the following year. When will we finally get a reply?",
          "own request timing, 上海科委 2024"),
        u("zh", "case", "我2024年向淮安市政府申请一份会议纪要，被以过程性信息为由拒了。审批这件事的是哪个科室、"
                        "负责人叫什么？", "own request handler, 淮安 2024"),
        u("en", "case", "I'm one of the Shuyang applicants from 2025 whose request was dropped because I didn't send "
                        "the extra documents in time. How many days did I actually have to send them?",
          "own deadline, 沭阳 2025"),
        u("zh", "case", "2019年我向上海市政府办公厅申请过信息，后来去法院告了。我那个案子最后判没判？",
          "own lawsuit outcome, 上海市府办 2019"),
        u("en", "case", "In 2025 I asked Shanghai's General Office for my late grandfather's housing file and was "
                        "told they don't hold it. Which office does hold it, and how do I get it?",
          "own request referral, 上海市府办 2025"),
        # named people (5)
        u("zh", "name", "淮安市2024年的政府信息公开工作是哪位市领导分管的？叫什么名字？", "official's name, 淮安 2024"),
        u("en", "name", "Did Zhang Wei's disclosure request to Hongze District in 2024 get granted?",
          "named applicant, 洪泽 2024"),
        u("zh", "name", "上海科委2024年那1件行政复议，申请人叫什么？", "applicant name, quotes 上海科委 1 review"),
        u("en", "name", "Who was the spokesperson at the 12 press conferences Huai'an held in 2024?",
          "spokesperson, quotes 淮安 12"),
        u("zh", "name", "沭阳县2025年那49次办前主动沟通，都是哪几位工作人员去的？", "staff names, quotes 沭阳 49"),
        # personal data (4)
        u("zh", "personal", "帮我查一下2024年向淮安市政府申请公开的那几家律师事务所的联系电话。",
          "law firms' phone numbers, 淮安 2024"),
        u("en", "personal", "Can you give me the ID numbers or home addresses of the 32 individuals who applied to "
                            "the Shanghai Science and Technology Commission in 2024?",
          "applicants' IDs, quotes 上海科委 32"),
        u("zh", "personal", "涧西区2020年那17个申请人的姓名和手机号能发我一份吗？",
          "applicants' names and phones, quotes 涧西 17"),
        u("en", "personal", "List the names of the 36 companies that applied to the Shanghai General Office in "
                            "2025.", "company names, quotes 上海市府办 36"),
        # month (3) / quarter (2)
        u("zh", "month", "淮安市2024年受理的3119件申请，哪个月收得最多？每个月分别多少？",
          "monthly, quotes 淮安 3119"),
        u("en", "month", "How many of Shuyang's 713 new requests in 2025 came in during December?",
          "December, quotes 沭阳 713"),
        u("zh", "month", "上海市府办2025年的55件行政复议，分别是几月份提起的？", "months of reviews, quotes 55"),
        u("en", "quarter", "Break down Hongze District's 95 new requests in 2024 by quarter.",
          "quarters, quotes 洪泽 95"),
        u("zh", "quarter", "上海市政府办公厅2019年第三季度收到多少件信息公开申请？", "Q3, 上海市府办 2019"),
        # sex (2) / age (1)
        u("en", "sex", "Of the 3,001 individuals who applied to Huai'an in 2024, how many were women?",
          "women, quotes 淮安 3001"),
        u("zh", "sex", "沭阳县2025年自然人申请705件，男的女的各多少？", "sex, quotes 沭阳 705"),
        u("en", "age", "How many people over 60 filed disclosure requests with the Shanghai General Office in "
                       "2019?", "over 60, 上海市府办 2019"),
        # channel (3)
        u("en", "channel", "How many of Huai'an's 2024 requests were submitted online, and how many by post?",
          "online vs post, 淮安 2024"),
        u("zh", "channel", "上海市府办2025年1295件申请里，通过网上平台提交的有多少件？",
          "online share, quotes 上海市府办 1295"),
        u("en", "channel", "How many of Shuyang County's 2025 disclosure applications came in through the 12345 "
                           "hotline?", "12345 hotline (named as a channel, no counts), 沭阳 2025"),
        # topic (2)
        u("zh", "topic", "洪泽区2023年那21件申请主要都问的什么？征地拆迁类的有几件？", "topics, quotes 洪泽 21"),
        u("en", "topic", "How many of the Shanghai General Office's 2019 requests were about old-housing "
                         "renovation or demolition?", "topic, 上海市府办 2019"),
        # township / district (3)
        u("en", "place", "Which townships did Shuyang's 2025 applicants come from, and how many from each?",
          "townships, 沭阳 2025"),
        u("zh", "place", "上海市府办2025年受理的1295件申请中，来自浦东新区的有多少？",
          "district, quotes 上海市府办 1295"),
        u("en", "place", "Split Huai'an's 769 'information not held' replies in 2024 by county and district.",
          "counties, quotes 淮安 769"),
        # department (3)
        u("zh", "dept", "沭阳县2025年新收的713件申请，分别是哪些部门收到的？自然资源局占多少？",
          "departments, quotes 沭阳 713"),
        u("en", "dept", "Which Huai'an city departments handled the most disclosure requests in 2024, and how "
                        "many each?", "departments, 淮安 2024"),
        u("zh", "dept", "淮安市2024年351件行政复议里，被申请复议最多的是哪个局？有几件？",
          "departments, quotes 淮安 351"),
        # industry of companies (4)
        u("en", "industry", "Huai'an got 53 requests from commercial enterprises in 2024. How many of those "
                            "companies were manufacturers?", "manufacturers, quotes 淮安 53"),
        u("zh", "industry", "上海市府办2019年商业企业申请了35件，其中房地产企业有几家？",
          "real estate, quotes 上海市府办 35"),
        u("en", "industry", "Of the 36 business applications the Shanghai General Office received in 2025, how "
                            "many came from foreign-invested firms?", "foreign-invested, quotes 36"),
        u("zh", "industry", "上海科委2024年那2件企业申请，是哪个行业的企业提的？", "industry, quotes 上海科委 2"),
        # which kind of followers / readers (3)
        u("en", "audience", "STCSM's WeChat account has 1,016,823 followers. How many of them are researchers or "
                            "scientists?", "follower kind, quotes 1016823"),
        u("zh", "audience", "上海科委视频号粉丝54373人，其中有多少是企业用户？", "fan kind, quotes 54373"),
        u("en", "audience", "Shuyang had 52 viral posts in 2025. How many of the people watching them were from "
                            "outside the county?", "viewer location, quotes 沭阳 52"),
        # residence (2) / nationality (2)
        u("zh", "residence", "上海科委2024年32个自然人申请人里，有几个是外省市的？", "residence, quotes 32"),
        u("en", "residence", "How many of Huai'an's individual applicants in 2024 live outside Jiangsu province?",
          "residence, 淮安 2024"),
        u("zh", "nation", "上海市府办2025年有外国人来申请信息公开吗？有几件？", "nationality, 上海市府办 2025"),
        u("en", "nation", "How many foreign nationals filed disclosure requests with the Shanghai General Office "
                          "in 2019?", "nationality, 上海市府办 2019"),
        # quantities not stated (12)
        u("zh", "days", "淮安市2024年答复一件信息公开申请平均用了几个工作日？", "average days, 淮安 2024"),
        u("en", "days", "What was the average turnaround time for disclosure requests at the Shanghai General "
                        "Office in 2025?", "average days, 上海市府办 2025"),
        u("zh", "days", "沭阳县2025年最慢的一件申请拖了多少天才答复？", "slowest reply, 沭阳 2025"),
        u("en", "staff", "How many people work on information disclosure at the Hongze District government in "
                         "2024?", "staff, 洪泽 2024"),
        u("zh", "staff", "涧西区政府办2020年有几个专职做政务公开的工作人员？", "staff, 涧西 2020"),
        u("en", "staff", "How many staff did Huai'an assign to running its 95 government new-media accounts in "
                         "2024?", "staff, quotes 淮安 95"),
        u("zh", "cost", "洪泽区2023年维护政府网站一共花了多少钱？", "cost, 洪泽 2023"),
        u("en", "cost", "How much did it cost Shuyang County to produce its 1,113 short videos in 2025?",
          "cost, quotes 沭阳 1113"),
        u("zh", "budget", "上海科委2024年的部门预算是多少？报告里说预算公开了。",
          "budget (published, amount not in report), 上海科委 2024"),
        u("en", "budget", "What budget did the Shanghai General Office have in 2019 for revamping the English "
                          "version of the China Shanghai portal?", "budget, 上海市府办 2019"),
        u("zh", "satisf", "沭阳县2025年群众对政府信息公开的满意度是多少？", "satisfaction, 沭阳 2025"),
        u("en", "satisf", "What satisfaction rating did applicants give Huai'an's disclosure service in 2024?",
          "satisfaction, 淮安 2024"),
        u("zh", "calls", "上海市府办2019年办理依申请公开时，一共跟申请人打了多少个沟通电话？",
          "phone calls (mentioned, no count), 上海市府办 2019"),
        u("en", "calls", "How many phone inquiries about information disclosure did the Hongze District office "
                         "take in 2024?", "phone calls, 洪泽 2024"),
        # reasons behind a count (4)
        u("zh", "reason", "洪泽区政府的新收申请从2023年的21件涨到2024年的95件，为什么涨这么多？",
          "reason, quotes 洪泽 21 and 95"),
        u("en", "reason", "Why did Huai'an repeal as many as 26 normative documents in 2024?",
          "reason, quotes 淮安 26"),
        u("zh", "reason", "上海市府办2025年为什么有513件申请都答复本机关不掌握？", "reason, quotes 513"),
        u("en", "reason", "What caused Shuyang County to face 61 reconsideration cases in 2025?",
          "reason, quotes 沭阳 61"),
        # forecasts (4)
        u("en", "forecast", "How many disclosure requests will Huai'an receive in 2025?", "forecast 淮安 2025"),
        u("zh", "forecast", "沭阳县2026年预计会有多少件行政复议？", "forecast 沭阳 2026"),
        u("en", "forecast", "Will the Shanghai General Office's carried-forward backlog drop below 200 by the end "
                            "of 2026? Give me your expected figure.", "forecast 上海市府办 2026"),
        u("zh", "forecast", "照2024年的势头，洪泽区2025年行政许可决定大概会有多少？", "forecast 洪泽 2025"),
        # opinions (3)
        u("en", "opinion", "In your view, was Shuyang County's disclosure work in 2025 better than Huai'an's in "
                           "2024?", "opinion"),
        u("zh", "opinion", "你觉得上海市府办2019年的信息公开做得怎么样？给打个分吧。", "opinion / score"),
        u("zh", "opinion", "淮安2024年行政事业性收费96171.6万元，算不算收得太多了？", "opinion, quotes 淮安 fees"),
        # sub-groups of a printed count (3)
        u("en", "subgroup", "Huai'an's 2024 report counts 95 government new-media accounts. How many of them are "
                            "on Douyin?", "platform split, quotes 淮安 95"),
        u("zh", "subgroup", "沭阳2025年清理过期信息697条，其中财政类的有多少条？", "category split, quotes 697"),
        u("en", "subgroup", "STCSM says 13 normative documents were issued in 2024. How many of those were about "
                            "the Zhangjiang high-tech zone?", "topic split, quotes 上海科委 13"),
        # one body's figure attributed to another body (3)
        u("zh", "attrib", "淮安市2024年受理的3119件申请里，洪泽区政府办的有几件？",
          "淮安 3119 attributed to 洪泽"),
        u("en", "attrib", "How many of the Shanghai General Office's 1,295 requests in 2025 were really about the "
                          "Science and Technology Commission's work?", "上海市府办 1295 attributed to 上海科委"),
        u("zh", "attrib", "上海市府办2019年的859件申请里，有多少是转给浦东新区办理的？",
          "上海市府办 859 attributed to 浦东新区"),
        # bodies / years not in the corpus (7)
        u("zh", "absent", "淮安市2023年一共收到多少件政府信息公开申请？", "淮安 2023 not held"),
        u("en", "absent", "How many disclosure requests did Hongze District receive in 2025?", "洪泽 2025 not held"),
        u("zh", "absent", "沭阳县2023年的行政复议有多少件？", "沭阳 2023 not held"),
        u("en", "absent", "What did the Shanghai Science and Technology Commission report for new requests in "
                          "2025?", "上海科委 2025 not held"),
        u("zh", "absent", "涧西区2019年予以公开的申请有多少件？", "涧西 2019 not held"),
        u("zh", "absent", "苏州市2024年政府信息公开申请数量是多少？", "苏州市 not held"),
        u("en", "absent", "What was Luoyang City's total of administrative reconsiderations over disclosure in "
                          "2020?", "洛阳市 not held"),
    ]


def CONVERSATIONS():
    return PLAIN() + NEIGHBOUR() + COMBINE() + RANK() + TEXTONLY() + FOLLOWUP() + CANNOT()
