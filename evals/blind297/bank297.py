"""Question bank of blind evaluation set 297 (evals/blind297): staff and journalist traffic.

WARNING: this file holds the text of every test question (and every dev question).

The bank names bodies, keys, keywords and wordings only; every number in an `expect` is
computed by helpers297 (gold JSON, derived keys per spec/README.md; cells of the three reports
without gold parsed from their printed rows with the same specs blind6's text_cells.json
verified; narrative sentences cut from the report text).

Mix tags (the note opens with one):
  [cell]      value            precise but unusual wordings of one table cell
  [combine]   sum, difference  sums worded indirectly; year-to-year differences of one body
  [check]     value, sum       consistency questions whose answer is one cell, a derived key or a
                               sum the report's own arithmetic implies
  [rank]      ranking          3-4 gold bodies, each in the year of its gold report
  [followup]  followup         2-3 turns switching year, body, row, column or appeals group
  [textonly]  narrative        a number only the narrative states
  [cannot]    unanswerable     what a journalist asks and the reports cannot answer
  [neighbour] trap             the neighbouring cell is the naive answer
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib297 as L  # noqa: E402
from helpers297 import (ALTS, C, D, E, EN, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# ------------------------------------------------------------------ printed cells of the
# reports without gold: exactly the 42 specs blind6's text_cells.json verified.
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


def _alt(b, keys, keyword, number):
    ALTS[(b, tuple(sorted(keys)))] = (keyword, number)


# ------------------------------------------------------------------ table values the narrative
# states with the same value: such turns are marked ambiguous, sentence and cell both accepted.
R_ = "requests."
A_ = "appeals."
HA_REQ = "3119"
HA_APP = "其他结果 178"
for k, n in (("received.total", 3119), ("total_processed.total", 3050),
             ("carried_over.total", 34), ("carried_forward.total", 103)):
    _alt("ha", [R_ + k], HA_REQ, n)
for k, n in (("review.total", 351), ("review.upheld", 72), ("review.corrected", 64),
             ("review.other", 178), ("review.pending", 37)):
    _alt("ha", [A_ + k], HA_APP, n)
for oc, n in (("upheld", 25), ("corrected", 5), ("other", 9), ("pending", 7), ("total", 46)):
    _alt("ha", [A_ + "litigation_direct." + oc, A_ + "litigation_after_review." + oc], HA_APP, n)
_alt("ha", ["active.regulations.issued"], "新增公开市政府规章", 1)
_alt("hz23", [R_ + "received.total"], "全区受理政府信息公开申请", 21)
_alt("sy", [R_ + "received.legal_person"], "法人或其他组织申请", 8)
_alt("sy", [R_ + "total_processed.total"], "法人或其他组织申请", 718)
_alt("sy", [R_ + "carried_forward.total"], "法人或其他组织申请", 31)
_alt("sy", [R_ + "received.total", R_ + "carried_over.total"], "法人或其他组织申请", 749)
_alt("sy", [R_ + "total_processed.total", R_ + "carried_forward.total"], "法人或其他组织申请", 749)
_alt("sy", [A_ + "review.total", A_ + "litigation_direct.total",
            A_ + "litigation_after_review.total"], "全县共办理相关案件", 74)
SH19_REQ = "共受理政府信息公开申请859件"
for k, n in (("received.total", 859), ("total_processed.total", 805),
             ("carried_over.total", 18), ("carried_forward.total", 72)):
    _alt("sh19", [R_ + k], SH19_REQ, n)
_alt("sh19", ["active.regulations.published"], "主动公开规章13件", 13)
_alt("sh19", ["active.normative_docs.published"], "主动公开规章13件", 60)
_alt("sh19", [A_ + "review.total"], "诉讼9件", 7)
_alt("sh19", [A_ + "litigation_direct.total"], "诉讼9件", 9)
_alt("sh19", ["requests.withheld." + c for c in L.COLS[:-1]], "不予公开35件", 35)
_alt("sh19", ["requests.not_processed." + c for c in L.COLS[:-1]], "不予公开35件", 158)
_alt("sh19", cols("unable.not_held"), "不予公开35件", 265)
for k, n in (("received.total", 17), ("total_processed.total", 15), ("carried_forward.total", 2)):
    _alt("jx", [R_ + k], "办结15件", n)
_alt("kw", [R_ + "received.total"], "全年收到政府信息公开申请", 34)
_alt("kw", [R_ + "carried_over.total"], "全年收到政府信息公开申请", 2)
_alt("kw", [R_ + "granted.total"], "同意公开答复", 9)
for k, n in (("received.total", 1295), ("total_processed.total", 1191), ("carried_over.total", 189)):
    _alt("sh25", [R_ + k], "市政府共受理政府信息公开申请", n)


def rk(row):
    """The six applicant columns of a derived row (withheld / unable / not_processed)."""
    return ["requests.%s.%s" % (row, c) for c in L.COLS[:-1]]


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OT = ["r.other.%s.total" % s for s in L.OTHER21]
NOT_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
            "r.not_processed.total", "r.other.total"]
ORG = ["r.received.%s" % c for c in L.ORG_COLS]


# ================================================================== [cell] one table cell
def cells():
    c = "[cell] "
    out = [
        # --- 淮安 2024
        V("zh", "ha", "a.review.upheld",
          "淮安市政府2024年因信息公开被申请行政复议的案子里，复议机关最后维持原答复的有几件？",
          c + "appeals: reconsideration upheld"),
        V("en", "ha", "a.litigation_after_review.pending",
          "Huai'an, 2024: of the lawsuits people filed only after going through reconsideration first, "
          "how many had no judgment yet when the year closed?",
          c + "appeals: litigation after reconsideration, pending"),
        V("zh", "ha", "r.withheld.admin_query.total",
          "淮安市2024年有多少份申请被认定为“行政查询事项”而没给公开？",
          c + "withheld sub-item 8 (administrative query)"),
        V("en", "ha", "r.withheld.security_stability.total",
          "In Huai'an's 2024 figures, how many requests were refused on the ground that releasing the "
          "information could endanger national, public or economic security or social stability?",
          c + "withheld sub-item 3 (three securities, one stability)"),
        V("zh", "ha", "r.not_processed.reconfirm.total",
          "淮安市人民政府2024年，申请人要求机关确认一下或者重新开具自己已经拿到的信息，结果不予处理的，表里记了几件？",
          c + "not processed sub-item 5 (reconfirm)"),
        V("en", "ha", "r.received.other_org",
          "Huai'an 2024 request table: new applications from the catch-all 'other' type of legal person "
          "or organisation — i.e. not a company, research body, public-interest group or legal service firm?",
          c + "applicant column other_org"),
        V("zh", "ha", "r.granted.legal_services",
          "2024年淮安市政府收到律所这类法律服务机构的申请，全部予以公开的有多少件？",
          c + "granted, legal services column"),
        V("en", "ha", "c.coercion.decisions",
          "What's the count of administrative coercion decisions Huai'an reported under Article 20(6) for 2024?",
          c + "table 二 coercion decisions"),
        V("zh", "ha", "c.fees.amount",
          "二〇二四年淮安市政府年报表二第（八）项，行政事业性收费一共收了多少钱？",
          c + "table 二 fees amount (万元)"),
        V("en", "ha", "a.litigation_direct.corrected",
          "Huai'an 2024 — cases taken straight to court without a reconsideration first: in how many did "
          "the ruling go against the government and correct its reply?",
          c + "appeals: direct litigation corrected"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total",
          "淮安市2024年依申请公开里，以“其他法律、行政法规禁止公开”为由拒绝的总共多少件？",
          c + "withheld sub-item 2"),
        V("en", "ha", "r.other.other.total",
          "Under '(六) other handling' in Huai'an's 2024 report, the third sub-line is simply 'other'. "
          "What's its total?",
          c + "other handling sub-item 3"),
        V("zh", "ha", "r.not_processed.petition.commercial",
          "淮安市2024年商业企业递交的申请中，被当作信访、举报、投诉类而不予处理的有几件？",
          c + "not processed petition, commercial column"),
        V("en", "ha", "r.not_processed.duplicate.total",
          "How many FOI applications did Huai'an decline to process in 2024 because they were repeat "
          "applications for the same thing?",
          c + "not processed sub-item 2 (duplicate)"),
        V("zh", "ha", "r.unable.unclear.total",
          "淮安2024年有没有申请人补正以后内容还是说不清楚、导致没法提供的？有的话几件？",
          c + "unable sub-item 3 (unclear)"),
        # --- 沭阳 2025
        V("zh", "sy", "a.review.corrected",
          "沭阳县政府2025年的信息公开行政复议，被复议机关纠正的有多少件？",
          c + "appeals: reconsideration corrected"),
        V("en", "sy", "a.review.pending",
          "Shuyang County, 2025: how many information-disclosure reconsideration cases were still "
          "awaiting a decision at year end?",
          c + "appeals: reconsideration pending"),
        V("zh", "sy", "r.partially_granted.legal_services",
          "沭阳2025年法律服务机构提出的申请，有几件是部分公开的？",
          c + "partially granted, legal services column"),
        V("en", "sy", "r.withheld.enforcement_files.total",
          "Shuyang 2025: requests turned down because the material sat in administrative enforcement "
          "case files — how many?",
          c + "withheld sub-item 7 (enforcement files)"),
        V("zh", "sy", "r.other.overdue_fee.total",
          "沭阳县2025年有多少申请是因为申请人过了期限没按收费通知交钱，机关就不再处理了？",
          c + "other handling sub-item 2 (fee not paid)"),
        V("en", "sy", "c.fees.amount",
          "In its 2025 annual report, what amount of administrative and institutional fees does Shuyang "
          "County list in table 2?",
          c + "table 二 fees amount (万元)"),
        V("zh", "sy", "c.licensing.decisions",
          "沭阳县2025年表二里行政许可的本年处理决定数量是多少？",
          c + "table 二 licensing decisions"),
        V("en", "sy", "a.litigation_after_review.other",
          "Shuyang 2025: among lawsuits filed after a reconsideration, how many ended with an "
          "'other outcome' (neither upheld nor corrected)?",
          c + "appeals: litigation after reconsideration, other outcome"),
        V("zh", "sy", "r.received.commercial",
          "25年沭阳县新收的信息公开申请中，企业（商业企业）申请的有几件？",
          c + "received, commercial column"),
        V("en", "sy", "r.withheld.third_party.total",
          "How many Shuyang requests in 2025 were withheld to protect the lawful rights and interests "
          "of a third party?",
          c + "withheld sub-item 4 (third party)"),
        V("zh", "sy", "r.other.other.total",
          "沭阳县2025年“其他处理”底下那个兜底的“3.其他”，总计是多少？",
          c + "other handling sub-item 3"),
        V("en", "sy", "r.not_processed.publication.total",
          "Did Shuyang in 2025 refuse to process any request because the applicant was really asking "
          "for a published book or gazette? How many?",
          c + "not processed sub-item 3 (publication), a zero"),
        V("zh", "sy", "c.normative_docs.in_force",
          "截至2025年底沭阳县还在生效的行政规范性文件有几件？",
          c + "table 二 normative docs in force"),
        V("en", "sy", "a.litigation_direct.upheld",
          "Shuyang 2025: of the suits taken straight to court, in how many did the judge side with the "
          "county and uphold its reply?",
          c + "appeals: direct litigation upheld"),
        V("zh", "ha", "r.withheld.third_party.total",
          "淮安市2024年出于保护第三方合法权益而没有公开的申请有几件？",
          c + "withheld sub-item 4 (third party)"),
        # --- 上海市府办 2019
        V("zh", "sh19", "c.procurement.projects",
          "上海市政府办公厅2019年年报里，政府集中采购的项目数量是多少个？",
          c + "table 二 procurement projects (count, not money)"),
        V("en", "sh19", "c.regulations.published",
          "Shanghai municipal government general office, 2019: how many regulations (规章) were newly "
          "made public during the year?",
          c + "table 二 regulations newly published (2019 format)"),
        V("zh", "sh19", "r.unable.unclear.natural_person",
          "2019年上海市府办那里，个人申请者补正后仍说不清要什么、因此没法提供的有多少？",
          c + "unable unclear, natural person column"),
        V("en", "sh19", "r.withheld.admin_query.commercial",
          "In the 2019 Shanghai general office table, how many applications from commercial enterprises "
          "were refused as administrative query matters?",
          c + "withheld admin query, commercial column"),
        V("zh", "sh19", "c.regulations.total_published",
          "上海市人民政府办公厅2019年报表二，规章的对外公开总数量是多少件？",
          c + "table 二 regulations total published"),
        V("en", "sh19", "r.not_processed.duplicate.commercial",
          "For 2019, how many duplicate applications from businesses did the Shanghai general office "
          "decline to handle?",
          c + "not processed duplicate, commercial column"),
        # --- 涧西 2020
        V("zh", "jx", "c.procurement.amount",
          "涧西区人民政府办公室2020年政府集中采购的总金额写的是多少？",
          c + "table 二 procurement amount (万元)"),
        V("en", "jx", "c.normative_docs.made",
          "Jianxi District government office, 2020: number of normative documents newly drawn up?",
          c + "table 二 normative docs made (2019 format)"),
        V("zh", "jx", "a.litigation_after_review.upheld",
          "涧西区政府办2020年，先复议再起诉的行政诉讼里，法院维持的有几件？",
          c + "appeals: litigation after reconsideration upheld"),
        V("en", "jx", "r.unable.not_held.total",
          "How many 2020 requests to the Jianxi District office ended with the office saying it "
          "didn't have the information at all?",
          c + "unable sub-item 1 (not held)"),
        V("zh", "jx", "c.punishment.decisions",
          "涧西区政府办2020年的表二里，行政处罚的处理决定数量是几？",
          c + "table 二 punishment decisions (2019 format), a zero"),
        V("en", "jx", "c.fees.change",
          "Jianxi 2020, Article 20(8) administrative fees: what is the figure in the 'increase/decrease' column?",
          c + "table 二 fees change (2019 format), a zero"),
        # --- 洪泽 2023
        V("zh", "hz23", "r.withheld.enforcement_files.total",
          "洪泽区2023年因为属于行政执法案卷而不予公开的申请有几件？",
          c + "withheld sub-item 7"),
        V("en", "hz23", "r.partially_granted.total",
          "Hongze District government, 2023: how many disclosure requests were partly granted, with "
          "the rest held back?",
          c + "partially granted total"),
        V("zh", "hz23", "c.coercion.decisions",
          "洪泽区政府2023年作出的行政强制决定有多少？",
          c + "table 二 coercion decisions"),
        V("en", "hz23", "c.fees.amount",
          "For 2023, how much did Hongze District report collecting in administrative fees (table 2, item 8)?",
          c + "table 二 fees amount (万元)"),
        V("zh", "hz23", "a.litigation_after_review.upheld",
          "洪泽区2023年复议之后又起诉的案子里，结果维持的有几件？",
          c + "appeals: litigation after reconsideration upheld"),
        V("en", "hz23", "c.normative_docs.repealed",
          "How many administrative normative documents did Hongze District repeal in 2023?",
          c + "table 二 normative docs repealed"),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽2023年有几件申请是因为没有现成信息、得另外制作才提供不了的？",
          c + "unable sub-item 2 (needs creation)"),
        # --- 洪泽 2024 (text cells)
        V("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年行政许可方面一共作了多少个处理决定？",
          c + "table 二 licensing decisions (text cell)"),
        V("en", "hz24", "r.granted.total",
          "Hongze District, 2024: in how many cases was the requested information released in full?",
          c + "granted total (text cell)"),
        V("zh", "hz24", "c.normative_docs.issued",
          "二〇二四年洪泽区政府新制发了几件行政规范性文件？",
          c + "table 二 normative docs issued (text cell)"),
        V("en", "hz24", "a.review.total",
          "How many administrative reconsiderations over information disclosure did Hongze face in "
          "2024, all outcomes together?",
          c + "appeals: reconsideration total (text cell)"),
        # --- 上海市科委 2024 (text cells)
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年的行政许可处理决定数是多少？",
          c + "table 二 licensing decisions (text cell)"),
        V("en", "kw", "r.received.commercial",
          "Shanghai Science and Technology Commission, 2024: how many new requests came from "
          "commercial enterprises?",
          c + "received, commercial column (text cell)"),
        V("zh", "kw", "r.received.natural_person",
          "市科委2024年本年新收的申请里，以个人名义申请的占几件？",
          c + "received, natural person column (text cell)"),
        V("en", "kw", "c.punishment.decisions",
          "How many administrative penalty decisions does the Shanghai science commission's 2024 "
          "report list?",
          c + "table 二 punishment decisions (text cell), a zero"),
        # --- 上海市府办 2025 (text cells)
        V("zh", "sh25", "a.litigation_direct.pending",
          "上海市政府办公厅2025年没经过复议直接打官司的案件，截至年底还没判下来的有几件？",
          c + "appeals: direct litigation pending (text cell)"),
        V("en", "sh25", "r.not_processed.petition.total",
          "Shanghai general office, 2025: applications set aside as really being petitions, "
          "tip-offs or complaints — what's the total?",
          c + "not processed sub-item 1 (petition) (text cell)"),
        V("zh", "sh25", "r.received.commercial",
          "2025年上海市府办新收到商业企业提出的信息公开申请多少件？",
          c + "received, commercial column (text cell)"),
        V("en", "sh25", "r.granted.total",
          "In 2025, how many requests did the Shanghai municipal general office answer by disclosing "
          "everything asked for?",
          c + "granted total (text cell)"),
        V("zh", "sh25", "a.litigation_after_review.total",
          "上海市府办2025年，复议后再提起的行政诉讼总计多少件？",
          c + "appeals: litigation after reconsideration total (text cell)"),
        V("en", "sh25", "r.carried_over.natural_person",
          "Shanghai general office 2025: requests by private individuals that were still open from "
          "2024 and rolled into 2025 — how many?",
          c + "carried over, natural person column (text cell)"),
        V("zh", "sh25", "r.unable.not_held.total",
          "上海市政府办公厅2025年答复“本机关不掌握相关政府信息”的有多少件？",
          c + "unable sub-item 1 (text cell)"),
    ]
    return out


# ================================================================== [combine] sums, differences
def combine():
    c = "[combine] "
    out = [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市政府2024年的申请人里，至少拿到一部分信息的一共有多少件？",
          c + "granted + partially granted"),
        S("en", "ha", WH,
          "Huai'an 2024: all grounds for withholding combined — how many requests were refused disclosure?",
          c + "the 8 withheld sub-items"),
        S("zh", "ha", NOT_FULL,
          "淮安2024年办结的申请中，凡是没有被全部公开的（部分公开、不予公开、无法提供、不予处理、其他处理都算），一共多少件？",
          c + "everything not granted in full (5 derived rows)"),
        S("en", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Across both kinds of lawsuit in Huai'an's 2024 report, how many ended with the government's "
          "reply upheld?",
          c + "upheld, direct + after-reconsideration litigation"),
        S("zh", "ha", ["r.received.legal_services", "r.received.commercial"],
          "淮安市2024年，律所等法律服务机构和商业企业这两类加起来新提交了多少件申请？",
          c + "received legal services + commercial"),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"],
          "Huai'an 2024: requests dropped because the applicant let a deadline lapse — either not "
          "supplementing the request or not paying the fee. Combined total?",
          c + "other handling sub-items 1 + 2"),
        S("zh", "ha", UN,
          "淮安市2024年“无法提供”的三种情形合起来有多少件？",
          c + "the 3 unable sub-items"),
        S("en", "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"],
          "For Huai'an in 2024, add up every reconsideration and lawsuit still undecided at year end. "
          "What do you get?",
          c + "pending across the 3 appeals groups"),
        S("zh", "ha", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
          "淮安2024年因内部事务信息和过程性信息被拒的，合在一起几件？",
          c + "withheld internal affairs + process info"),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"],
          "沭阳县2025年有多少申请人起码拿到了部分信息？",
          c + "granted + partially granted"),
        S("en", "sy", NP,
          "Shuyang 2025: total of every 'not processed' reason taken together?",
          c + "the 5 not-processed sub-items"),
        S("zh", "sy", OT,
          "沭阳县2025年表三“其他处理”三个小项加起来是多少？",
          c + "the 3 other-handling sub-items"),
        S("en", "sy", ["a.review.corrected", "a.review.other"],
          "Shuyang 2025: of the reconsideration cases already decided, how many did not end with the "
          "original reply upheld?",
          c + "review corrected + other"),
        S("zh", "sy", ["r.received.total", "r.carried_over.total"],
          "沭阳2025年新收的申请加上2024年转过来的，手上一共要办多少件？",
          c + "received + carried over (the text's 受理 749)"),
        S("en", "sy", WH,
          "How many Shuyang requests in 2025 were refused on any of the eight withholding grounds?",
          c + "the 8 withheld sub-items"),
        S("zh", "hz23", WH,
          "洪泽区2023年，不予公开的各项理由合计起来有几件？",
          c + "the 8 withheld sub-items"),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "Hongze District 2023: requests the district couldn't fulfil because it either didn't hold "
          "the information or would have had to create it — how many altogether?",
          c + "unable not held + needs creation"),
        S("zh", "hz23", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "洪泽区2023年复议和两类行政诉讼里，结果维持的加起来是几件？",
          c + "upheld across the 3 appeals groups"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Jianxi District office, 2020: reconsiderations plus both types of lawsuit — how many cases "
          "in all?",
          c + "the 3 appeals totals"),
        S("zh", "sh19", ORG,
          "上海市府办2019年新收的申请中，法人或者其他组织一共递交了多少件？",
          c + "received, the 5 organisation columns"),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person",
                         "r.unable.unclear.natural_person"],
          "Shanghai general office, 2019: for private individuals only, how many requests ended as "
          "'unable to provide' across its three sub-reasons?",
          c + "unable, natural person column, 3 sub-items"),
        S("zh", "sh19", ["c.regulations.total_published", "c.normative_docs.total_published"],
          "2019年上海市政府办公厅规章和规范性文件的对外公开总数量加在一起是多少？",
          c + "total published, regulations + normative docs"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市府办2025年因为信访举报投诉类和重复申请而不予处理的，两项合计多少？",
          c + "not processed petition + duplicate (text cells)"),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "In 2025, how many requests did the Shanghai general office say it couldn't meet because it "
          "either held nothing or would have had to produce new material?",
          c + "unable not held + needs creation (text cells)"),
        S("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "上海市政府办公厅2025年行政复议、直接起诉、复议后起诉三块的总计加起来是多少？",
          c + "the 3 appeals totals (text cells)"),
        S("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Hongze District 2024: reconsiderations and lawsuits of both kinds, all added together?",
          c + "the 3 appeals totals (text cells)"),
        S("zh", "kw", ["r.received.total", "r.carried_over.total"],
          "上海市科委2024年新收申请和从2023年结转来的申请，合计多少件？",
          c + "received + carried over (text cells)"),
        S("en", "ha", ["r.granted.legal_services", "r.granted.commercial", "r.granted.other_org"],
          "Huai'an 2024: full disclosures to organisations — law firms, businesses and 'other' "
          "organisations together (research bodies and NGOs had none)?",
          c + "granted, three organisation columns"),
        # differences: 洪泽区 2023 -> 2024, 上海市府办 2019 -> 2025
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区的行政许可处理决定数，2024年比2023年多了多少？",
          c + "difference 2024 - 2023"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?",
          c + "difference 2024 - 2023 (negative)"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force",
          "洪泽区现行有效的行政规范性文件，2024年底比2023年底增减了几件？",
          c + "difference 2024 - 2023"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "Hongze's administrative fee income: what's the change between 2023 and 2024?",
          c + "difference 2024 - 2023, money"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total",
          "洪泽区2024年答复“本机关不掌握”的件数，比2023年多出多少？",
          c + "difference 2024 - 2023"),
        D("en", "hz23", "hz24", "c.coercion.decisions",
          "How did Hongze District's count of administrative coercion decisions move from 2023 to 2024?",
          c + "difference 2024 - 2023 (negative)"),
        D("zh", "sh19", "sh25", "r.received.total",
          "上海市政府办公厅新收申请数从2019年到2025年增加了多少件？",
          c + "difference 2025 - 2019"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai general office: requests pushed into the following year — how much higher was that "
          "figure at the end of 2025 than at the end of 2019?",
          c + "difference 2025 - 2019"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市府办因信息公开被申请复议的总数，2025年和2019年相比差多少？",
          c + "difference 2025 - 2019"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Lawsuits filed against the Shanghai general office without prior reconsideration: 2019 vs "
          "2025, what's the increase?",
          c + "difference 2025 - 2019"),
        D("zh", "sh19", "sh25", "r.received.natural_person",
          "上海市府办收到的自然人新申请，2025年比2019年多了几件？",
          c + "difference 2025 - 2019"),
    ]
    return out


# ================================================================== [check] consistency questions
def checks():
    c = "[check] "
    return [
        V("zh", "ha", "r.total_processed.total",
          "核对一下淮安市政府2024年表三：按“第一项加第二项等于第三项加第四项”，第三项底下（七）总计印的是多少？",
          c + "total processed (the table's own balance)"),
        V("zh", "sy", "r.received.legal_person",
          "沭阳县2025年正文提到法人或其他组织的申请，我想拿表三核一下：本年新收里五类法人组织加起来是几件？",
          c + "received legal_person (derived), text agrees"),
        S("zh", "sh19", cols("granted"),
          "上海市政府办公厅2019年表三“予以公开”那一行的总计栏是空的，按各申请人列加起来应该是多少？",
          c + "granted, 6 columns; printed total blank", printed_total=["r.granted.total"]),
        S("zh", "hz23", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending"],
          "洪泽区2023年行政复议那栏总计印成了0，可是分项不为零。把维持、纠正、其他、未审结四项加起来是多少？",
          c + "review outcomes; printed total 0", printed_total=["a.review.total"]),
        S("en", "hz23", ["a.litigation_after_review.upheld", "a.litigation_after_review.corrected",
                         "a.litigation_after_review.other", "a.litigation_after_review.pending"],
          "Hongze 2023 appeals table: the 'after reconsideration' lawsuit total is printed as 0. What do "
          "its four outcome cells actually add up to?",
          c + "after-review outcomes; printed total 0", printed_total=["a.litigation_after_review.total"]),
        V("zh", "ha", "r.withheld.total",
          "淮安市2024年不予公开一共有8个子项，我想核一下小计：8项加总是多少？",
          c + "withheld total (derived)"),
        V("en", "sy", "r.unable.total",
          "Shuyang 2025 doesn't print a subtotal for '(四) unable to provide'. What should it be?",
          c + "unable total (derived)"),
        V("zh", "sy", "r.other.total",
          "沭阳县2025年“（六）其他处理”没有合计行，按三个子项算应当是多少？",
          c + "other total (derived, 2021 format)"),
        V("en", "ha", "r.not_processed.total",
          "To cross-check Huai'an's 2024 table: what's the subtotal of '(五) not processed' if you add its "
          "five lines?",
          c + "not processed total (derived)"),
        V("zh", "ha", "r.received.legal_person",
          "淮安市2024年表三里法人或其他组织那五列的新收申请，合计数是多少？",
          c + "received legal_person (derived)"),
        V("en", "ha", "r.carried_forward.total",
          "Huai'an 2024: the requests table says row 1 plus row 2 equals row 3 plus row 4. What number "
          "sits in row 4, the requests moved on to the next year?",
          c + "carried forward total, text agrees"),
        S("en", "sh19", rk("withheld"),
          "The 2019 Shanghai general office narrative gives a figure for requests refused disclosure. "
          "Adding the table's withheld cells across all applicant columns, what total do you get?",
          c + "withheld, 6 derived columns; text states the same"),
        S("zh", "sh19", rk("not_processed"),
          "上海市府办2019年表三“不予处理”五个子项，各列都加上，合计是多少？能和正文对上吗？",
          c + "not processed, 6 derived columns; text states the same"),
        S("en", "sh19", cols("unable.not_held"),
          "Shanghai general office 2019: the table leaves the total of the 'does not hold the "
          "information' line blank. Summed over applicant columns it comes to what?",
          c + "not held, 6 columns; printed total blank; text states the same",
          printed_total=["r.unable.not_held.total"]),
        V("zh", "jx", "r.total_processed.total",
          "涧西区政府办2020年正文里说的“办结”件数，在表三里对应（七）总计，那一格是多少？",
          c + "total processed, text agrees"),
        V("en", "kw", "r.total_processed.total",
          "Checking the Shanghai science commission's 2024 table: what figure is printed in row (七), "
          "the total of requests dealt with?",
          c + "total processed (text cell)"),
        V("zh", "sh25", "r.total_processed.total",
          "上海市政府办公厅2025年正文写了办结件数，表三里（七）总计印的是多少，两者一致吗？",
          c + "total processed (text cell), text agrees"),
        V("en", "sh25", "r.carried_forward.total",
          "Shanghai general office 2025 table, last row: how many requests are carried into the next "
          "year to keep working on?",
          c + "carried forward (text cell)"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Shuyang's 2025 report gives an overall number of reconsideration and litigation cases it "
          "handled. What do the three group totals in table 4 add up to?",
          c + "3 appeals totals; text states the same sum"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安市2024年正文说了行政诉讼的件数，表四里两类起诉的总计加起来是多少？",
          c + "2 litigation totals; text states the same sum"),
        S("en", "sy", ["r.total_processed.total", "r.carried_forward.total"],
          "Shuyang 2025, applying the table's own rule: row 3 total plus row 4 total comes to what?",
          c + "total processed + carried forward"),
    ]


# ================================================================== [rank] rankings
def ranks():
    c = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安市政府（2024年）、沭阳县政府（2025年）、上海市政府办公厅（2019年），哪家新收的信息公开申请最多？",
          c + "received total, desc"),
        R("en", ["jx", "hz23", "sy"], "a.review.upheld", "asc",
          "Among Jianxi District office (2020), Hongze District (2023) and Shuyang County (2025), which "
          "had the fewest reconsiderations ending with the reply upheld?",
          c + "review upheld, asc"),
        R("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
          "个人提交、被当成信访举报投诉类不予处理的申请：淮安2024年、沭阳2025年、上海市府办2019年，谁最多？",
          c + "petition, natural person column, desc"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
          "Which has the most administrative normative documents currently valid: Huai'an (2024), "
          "Hongze District (2023) or Shuyang County (2025)?",
          c + "normative docs in force, desc"),
        R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "淮安市2024年、洪泽区2023年、沭阳县2025年这三份年报里，行政事业性收费金额最少的是哪家？",
          c + "fees amount, asc"),
        R("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
          "Requests from individuals that failed because the information would have had to be newly "
          "compiled: who had the most — Huai'an 2024, Hongze 2023, Shuyang 2025 or the Shanghai general "
          "office 2019?",
          c + "needs creation, natural person column, desc"),
        R("zh", ["jx", "hz23", "sy", "sh19"], "r.carried_forward.total", "desc",
          "涧西区政府办2020年、洪泽区2023年、沭阳县2025年、上海市府办2019年，哪家结转到下一年继续办的申请最多？",
          c + "carried forward total, desc"),
        R("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc",
          "Of Huai'an (2024), Hongze District (2023) and Shuyang (2025), which reported the lowest number "
          "of administrative licensing decisions?",
          c + "licensing decisions, asc"),
        R("zh", ["ha", "sy", "sh19"], "r.withheld.internal_affairs.natural_person", "desc",
          "自然人申请因属于三类内部事务信息被拒：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，哪个最多？",
          c + "internal affairs, natural person column, desc"),
        R("en", ["ha", "hz23", "sy"], "a.review.corrected", "desc",
          "Where did reconsideration bodies correct the government most often: Huai'an in 2024, Hongze "
          "in 2023, or Shuyang in 2025?",
          c + "review corrected, desc"),
        R("zh", ["ha", "hz23", "sy", "sh19"], "r.partially_granted.natural_person", "asc",
          "个人申请得到部分公开的件数，淮安2024年、洪泽2023年、沭阳2025年、上海市府办2019年里哪家最少？",
          c + "partially granted, natural person column, asc"),
        R("en", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
          "Lawsuits filed without going through reconsideration first — which had the most: Jianxi "
          "District office 2020, Shuyang County 2025 or the Shanghai general office 2019?",
          c + "direct litigation total, desc"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
          "行政处罚决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年，最少的是谁？",
          c + "punishment decisions, asc"),
        R("en", ["ha", "sy", "sh19"], "r.received.legal_person", "desc",
          "New requests from legal persons and other organisations, all five types combined: which is "
          "highest — Huai'an 2024, Shuyang 2025 or Shanghai general office 2019?",
          c + "received legal_person (derived), desc"),
        R("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "淮安市政府2024年、洪泽区政府2023年、沭阳县政府2025年，行政强制决定最少的是哪一家？",
          c + "coercion decisions, asc"),
        R("en", ["ha", "hz23", "sh19"], "r.withheld.state_secret.natural_person", "desc",
          "Individuals' requests refused as state secrets: who tops the list among Huai'an (2024), "
          "Hongze (2023) and the Shanghai general office (2019)?",
          c + "state secret, natural person column, desc"),
    ]


# ================================================================== [followup]
def followups():
    c = "[followup] "
    return [
        F("zh", [
            ("淮安市政府2024年信息公开行政复议里，结果被纠正的有多少件？", E("ha", "a.review.corrected")),
            ("诉讼那边，没经过复议直接起诉、结果纠正的呢？", E("ha", "a.litigation_direct.corrected")),
            ("复议后再起诉的纠正数又是多少？", E("ha", "a.litigation_after_review.corrected")),
        ], c + "appeals group switched twice, outcome kept"),
        F("en", [
            ("Shuyang County 2025: how many new requests came from legal service institutions?",
             E("sy", "r.received.legal_services")),
            ("How many of those law-firm type requests were granted in full?", E("sy", "r.granted.legal_services")),
            ("And granted only in part?", E("sy", "r.partially_granted.legal_services")),
        ], c + "row switched, legal services column kept"),
        F("zh", [
            ("洪泽区2023年行政许可处理决定有多少？", E("hz23", "c.licensing.decisions")),
            ("同一个指标放到2024年是多少？", E("hz24", "c.licensing.decisions")),
        ], c + "year switched 2023 -> 2024"),
        F("en", [
            ("Shanghai general office, 2019: requests still being worked on and carried into the next year?",
             E("sh19", "r.carried_forward.total")),
            ("Same office, same line, for 2025?", E("sh25", "r.carried_forward.total")),
        ], c + "year switched 2019 -> 2025"),
        F("zh", [
            ("涧西区政府办2020年行政复议结果维持了几件？", E("jx", "a.review.upheld")),
            ("换成淮安市政府2024年，复议维持多少？", E("ha", "a.review.upheld")),
        ], c + "body switched"),
        F("en", [
            ("Huai'an 2024: how many requests were refused because they concerned process information "
             "(the four kinds of deliberative material)?", E("ha", "r.withheld.process_info.total")),
            ("What about the internal-affairs ground?", E("ha", "r.withheld.internal_affairs.total")),
            ("And administrative enforcement files?", E("ha", "r.withheld.enforcement_files.total")),
        ], c + "withheld sub-item switched twice"),
        F("zh", [
            ("沭阳县2025年“本机关不掌握相关政府信息”的有多少件？", E("sy", "r.unable.not_held.total")),
            ("需要另行制作的呢？", E("sy", "r.unable.needs_creation.total")),
            ("补正后仍然不明确的有几件？", E("sy", "r.unable.unclear.total")),
        ], c + "unable sub-item switched twice"),
        F("en", [
            ("Hongze District 2024: how many administrative normative documents were issued?",
             E("hz24", "c.normative_docs.issued")),
            ("And how many are in effect at the end of 2024?", E("hz24", "c.normative_docs.in_force")),
        ], c + "column switched (text cells)"),
        F("zh", [
            ("上海市府办2025年信访举报投诉类的申请不予处理了多少？", E("sh25", "r.not_processed.petition.total")),
            ("重复申请的呢？", E("sh25", "r.not_processed.duplicate.total")),
        ], c + "not processed sub-item switched (text cells)"),
        F("en", [
            ("How many new information requests did the Shanghai science commission get in 2024?",
             E("kw", "r.received.total")),
            ("And how many were left over from 2023?", E("kw", "r.carried_over.total")),
        ], c + "row switched (text cells)"),
        F("zh", [
            ("沭阳县2025年行政处罚决定有多少？", E("sy", "c.punishment.decisions")),
            ("行政强制呢？", E("sy", "c.coercion.decisions")),
            ("再问一下行政许可的处理决定数。", E("sy", "c.licensing.decisions")),
        ], c + "table 二 item switched twice"),
        F("en", [
            ("Huai'an 2024: new requests from commercial enterprises?", E("ha", "r.received.commercial")),
            ("From research institutions?", E("ha", "r.received.research")),
            ("From legal service institutions?", E("ha", "r.received.legal_services")),
        ], c + "applicant column switched twice"),
        F("zh", [
            ("上海市政府办公厅2019年规章本年新制作多少件？", E("sh19", "c.regulations.made")),
            ("对外公开总数量是多少？", E("sh19", "c.regulations.total_published")),
        ], c + "column switched (2019 format)"),
        F("en", [
            ("Hongze District 2023: reconsiderations with the original decision upheld?", E("hz23", "a.review.upheld")),
            ("And for lawsuits filed after reconsideration, upheld?", E("hz23", "a.litigation_after_review.upheld")),
        ], c + "appeals group switched"),
        F("zh", [
            ("淮安市2024年行政事业性收费金额是多少？", E("ha", "c.fees.amount")),
            ("沭阳县2025年这一项呢？", E("sy", "c.fees.amount")),
        ], c + "body switched, money"),
        F("en", [
            ("Shuyang 2025: total reconsideration cases over disclosure?", E("sy", "a.review.total")),
            ("Lawsuits filed directly?", E("sy", "a.litigation_direct.total")),
            ("Lawsuits after reconsideration?", E("sy", "a.litigation_after_review.total")),
        ], c + "appeals group switched twice"),
        F("zh", [
            ("淮安2024年申请人逾期不补正、机关不再处理的有多少件？", E("ha", "r.other.overdue_correction.total")),
            ("其中自然人是多少？", E("ha", "r.other.overdue_correction.natural_person")),
        ], c + "column switched to natural person"),
        F("en", [
            ("Jianxi District office 2020: number of centralised procurement projects?",
             E("jx", "c.procurement.projects")),
            ("Shanghai general office, 2019 — same item?", E("sh19", "c.procurement.projects")),
        ], c + "body switched, 2019 format"),
        F("zh", [
            ("上海市政府办公厅2025年信息公开行政复议总计多少件？", E("sh25", "a.review.total")),
            ("里面还没审结的有几件？", E("sh25", "a.review.pending")),
        ], c + "outcome column switched (text cells)"),
        F("en", [
            ("Hongze District 2023: requests answered with 'we don't hold this information'?",
             E("hz23", "r.unable.not_held.total")),
            ("Same question for 2024, please.", E("hz24", "r.unable.not_held.total")),
        ], c + "year switched 2023 -> 2024"),
        F("zh", [
            ("沭阳县2025年予以公开的申请总计多少？", E("sy", "r.granted.total")),
            ("自然人这一列呢？", E("sy", "r.granted.natural_person")),
            ("法律服务机构那一列呢？", E("sy", "r.granted.legal_services")),
        ], c + "column switched twice"),
    ]


# ================================================================== [textonly] narrative numbers
def narratives():
    c = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会", 12, "场",
          "淮安市政府2024年围绕就业、营商环境这些主题开了几场新闻发布会？", c + "press conferences"),
        N("en", "ha", "公报》6", 6, "期",
          "How many issues of the Huai'an Municipal People's Government Gazette came out in 2024?",
          c + "gazette issues"),
        N("zh", "ha", "政务新媒体共计", 95, "个",
          "淮安全市在运维的政务新媒体账号有多少个（2024年年报口径）？", c + "new-media accounts"),
        N("en", "ha", "3940", 3940, "元",
          "What did Huai'an collect in information-processing fees for disclosure requests in 2024?",
          c + "processing fees in yuan"),
        N("zh", "ha", "全覆盖检查", 4, "次",
          "淮安2024年组织了几次政府信息公开栏目全覆盖检查？", c + "full-coverage checks"),
        N("en", "sy", "催办提示", 84, "次",
          "Shuyang's 2025 report mentions a countdown alarm for pending requests. How many reminders "
          "did it send out?", c + "reminders"),
        N("zh", "sy", "累计清理过期信息", 697, "条",
          "沭阳县2025年清理掉的过期信息有多少条？", c + "outdated items removed"),
        N("en", "sy", "失效链接", 43, "处",
          "In 2025, how many broken links did Shuyang County fix on its website?", c + "broken links",
          frm="全年累计"),
        N("zh", "sy", "办前主动沟通", 33, "件",
          "沭阳县2025年通过办前主动沟通，化解了多少件争议纠纷？", c + "disputes resolved"),
        N("en", "sy", "64家单位", 64, "家",
          "How many units' annual disclosure reports did Shuyang publish together in 2025?",
          c + "units whose reports were published", frm="完成全县"),
        N("zh", "sh25", "主动撤回", 157, "件",
          "上海市政府办公厅2025年有多少件申请是申请人自己撤回的？", c + "withdrawn requests"),
        N("en", "sh25", "新闻通气会", 19, "场",
          "How many press briefings (新闻通气会, as opposed to full press conferences) did the Shanghai "
          "municipal government hold in 2025?", c + "press briefings"),
        N("zh", "sh25", "公文公开属性审查", 166, "件",
          "2025年上海市府办做了多少件公文公开属性审查？", c + "disclosure-attribute reviews",
          frm="全年完成"),
        N("en", "sh25", "办事服务指引", 403, "项",
          "Shanghai's international services portal: how many service guides had it published by the "
          "2025 report?", c + "service guides", frm="发布各类办事服务指引"),
        N("zh", "kw", "直播", 118, "场",
          "上海市科委的“上海科技”视频号2024年做了多少场直播？", c + "live streams", frm="直播"),
        N("en", "kw", "主合办人大代表建议", 85, "件",
          "For 2024, how many CPPCC proposals did the Shanghai science commission publish replies to as "
          "lead or co-handling unit?", c + "CPPCC proposals", frm="及主合办人大代表建议"),
        N("zh", "sh19", "70家政府网站", 70, "家",
          "上海2019年每季度全面检查的正常运行政府网站有多少家？", c + "websites checked quarterly"),
        N("en", "sh19", "政策解读共132件", 132, "件",
          "How many policy interpretations did the Shanghai government portal publish in 2019 according "
          "to the general office's report?", c + "policy interpretations", frm="通过“中国上海”"),
        N("zh", "hz24", "政府常务会议", 7, "期",
          "洪泽区2024年在网站上公开了几期政府常务会议？", c + "executive meetings published"),
        N("en", "hz23", "1136", 1136, "条",
          "How many items of government information did Hongze District proactively post on its "
          "website in 2023?", c + "items posted"),
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区2020年梳理出的政务公开事项一共多少项？", c + "disclosure items listed",
          frm="梳理细化"),
    ]


# ================================================================== [cannot] unanswerable
def cannots():
    c = "[cannot] "
    zh = [
        ("淮安市2024年提出信息公开申请的人里，男女各占多少？", "applicants' sex is not reported", "sex breakdown"),
        ("沭阳县2025年的依申请公开里，涉及征地拆迁的有多少件？", "requests are not broken down by topic", "topic breakdown"),
        ("上海市政府办公厅2025年平均几个工作日答复一件申请？", "response times are not reported", "response time"),
        ("洪泽区2023年每万名常住人口提了多少件信息公开申请？", "no population figure; per-capita rate not stated", "per-capita rate"),
        ("淮安市2024年行政复议被纠正的比例跟南京市比是高还是低？", "南京市 is not in the corpus", "comparison with a body not held"),
        ("沭阳县2024年一共收到多少件政府信息公开申请？", "沭阳县 2024 report not held (only 2025)", "year not held"),
        ("上海市科委2023年行政许可处理决定有多少？", "上海市科委 2023 report not held", "year not held"),
        ("涧西区政府办2021年新收了几件依申请公开？", "涧西区 2021 report not held", "year not held"),
        ("上海市政府办公厅2022年被起诉的信息公开案件有多少？", "上海市府办 2022 report not held", "year not held"),
        ("淮安市2024年的申请量比2023年涨了百分之几？", "2023 not held and no growth rate stated", "percentage not stated"),
        ("洪泽区2024年申请量为什么比2023年多了那么多？", "the report gives no reason", "reason"),
        ("淮安市2024年为政府信息公开工作花了多少经费？", "costs are not reported", "cost"),
        ("沭阳县2025年有多少名专职人员负责政务公开？", "staff numbers are not reported", "staff"),
        ("宿迁市2025年受理了多少件信息公开申请？", "宿迁市 is not in the corpus", "body not held"),
        ("浦东新区2025年收到多少政府信息公开申请？", "浦东新区 is not in the corpus", "body not held"),
        ("淮安市2024年的行政处罚决定按县区分别是多少？", "no breakdown by county or district", "district breakdown"),
        ("上海市府办2019年的申请里，通过网上提交的占几成？", "submission channels are not reported", "channel share"),
        ("沭阳县2025年被复议纠正的案件，具体是哪些部门的答复出了问题？", "cases are not broken down by department", "department breakdown"),
        ("淮安市2024年申请人对答复的满意率是多少？", "no satisfaction rate is reported", "percentage not stated"),
        ("涧西区政府办2020年的申请人里有多少是外地户籍的？", "residence of applicants is not reported", "residence breakdown"),
        ("洪泽区2023年行政处罚一共罚没了多少钱？", "fine amounts are not reported", "amount not printed"),
        ("上海市科委2024年依申请公开平均要处理多少天？", "processing times are not reported", "response time"),
        ("淮安市2024年的行政复议中，有多少是企业提起的？", "appeals are not broken down by applicant type", "breakdown not printed"),
        ("上海市府办2019年的申请受理量在全国省级政府中排第几？", "other provinces are not in the corpus", "comparison with bodies not held"),
        ("沭阳县2026年预计会收到多少件申请？", "forecasts are not in the reports", "forecast"),
        ("洪泽区2024年第四季度收到的申请有几件？", "no quarterly breakdown", "quarter breakdown"),
    ]
    en = [
        ("Huai'an 2024: what share of the people filing requests were journalists?", "applicants' occupations are not reported", "occupation share"),
        ("Shuyang County 2025: how many requests arrived by post and how many online?", "submission channels are not reported", "channel breakdown"),
        ("How many staff at the Shanghai general office handled disclosure requests in 2025?", "staff numbers are not reported", "staff"),
        ("How many information requests did Hongze District receive in 2022?", "洪泽区 2022 report not held", "year not held"),
        ("How many normative documents did the Jianxi District office publish in 2019?", "涧西区 2019 report not held", "year not held"),
        ("Did Huai'an or Suzhou receive more disclosure requests in 2024?", "苏州市 is not in the corpus", "comparison with a body not held"),
        ("Shanghai science commission 2024: what percentage of requests concerned research funding?", "requests are not broken down by topic", "percentage not stated"),
        ("Jianxi District office 2020: why weren't the two pending requests finished within the year?", "the report gives no reason", "reason"),
        ("How many disclosure requests per 10,000 residents did Huai'an receive in 2024?", "no population figure; per-capita rate not stated", "per-capita rate"),
        ("Shuyang 2025: how many requests concerned social insurance or pensions?", "requests are not broken down by topic", "topic breakdown"),
        ("Shanghai general office 2025: how many of the requests were filed by foreign nationals?", "applicants' nationality is not reported", "nationality breakdown"),
        ("Shanghai science commission: how many licensing decisions did it make in 2022?", "上海市科委 2022 report not held", "year not held"),
        ("Shuyang County 2023: how much was collected in administrative fees?", "沭阳县 2023 report not held", "year not held"),
        ("How does Hongze's 2024 request count compare with Qingjiangpu District's in 2024?", "清江浦区 is not in the corpus", "comparison with a body not held"),
        ("Shanghai general office 2019: what percentage of applicants lived outside Shanghai?", "residence of applicants is not reported", "percentage not stated"),
        ("In which month of 2024 did Huai'an receive the most requests?", "no monthly breakdown", "month breakdown"),
        ("Which township in Shuyang generated the most disclosure requests in 2025?", "no township breakdown", "township breakdown"),
        ("Jianxi District office 2020: how old were the applicants?", "applicants' ages are not reported", "age breakdown"),
        ("How much did the Shanghai general office spend defending disclosure lawsuits in 2025?", "costs are not reported", "cost"),
        ("Hongze District 2023: how many requests were about housing?", "requests are not broken down by topic", "topic breakdown"),
        ("Who filed the reconsideration case against the Shanghai science commission in 2024?", "personal data; not reported", "personal data"),
        ("Will Huai'an's request numbers go up in 2025?", "forecasts are not in the reports", "forecast"),
        ("Shanghai general office vs the Zhejiang provincial general office in 2025: who received more requests?", "浙江省 is not in the corpus", "comparison with a body not held"),
        ("Is Shuyang's 2025 request volume above the national average for counties?", "no national average in the corpus", "comparison not held"),
        ("Which official at Hongze District signed the disclosure replies in 2024?", "names of officials are not reported", "personal data"),
        ("What proportion of Huai'an's 2024 reconsideration cases were filed by repeat applicants?", "applicants are not tracked across cases", "percentage not stated"),
    ]
    out = [U("zh", q, why, c + note) for q, why, note in zh]
    out += [U("en", q, why, c + note) for q, why, note in en]
    return out


# ================================================================== [neighbour] traps
def traps():
    c = "[neighbour] "
    return [
        T("zh", "ha", "a.litigation_after_review.total",
          "淮安市2024年，先申请复议、对复议结果不服再去起诉的行政诉讼，总共几件？",
          c + "naive: direct litigation total (26)"),
        T("en", "ha", "c.regulations.in_force",
          "How many municipal regulations did Huai'an have on its books as valid at the end of 2024?",
          c + "naive: regulations issued (1)"),
        T("zh", "ha", "c.normative_docs.repealed",
          "淮安市政府2024年废止了多少件行政规范性文件？",
          c + "naive: issued (8) or in force (66)"),
        T("en", "ha", "r.unable.needs_creation.total",
          "Huai'an 2024: requests it could not meet because no ready-made information existed and it "
          "would have had to be compiled — how many?",
          c + "naive: not held (769)"),
        T("zh", "ha", "r.withheld.process_info.total",
          "淮安2024年以“属于四类过程性信息”为由不予公开的有几件？",
          c + "naive: internal affairs (8)"),
        T("en", "ha", "r.carried_over.total",
          "How many requests did Huai'an bring into 2024 that had been left open at the end of 2023?",
          c + "naive: carried forward (103)"),
        T("zh", "ha", "r.other.overdue_fee.total",
          "淮安市2024年因申请人逾期不缴纳信息处理费而不再处理的申请有几件？",
          c + "naive: overdue correction (71)"),
        T("en", "ha", "a.review.other",
          "Huai'an 2024 reconsiderations: how many closed with an 'other' result rather than being "
          "upheld or corrected?",
          c + "naive: corrected (64)"),
        T("zh", "ha", "r.received.legal_services",
          "淮安市2024年法律服务机构新提交的申请有多少件？",
          c + "naive: commercial (53)"),
        T("en", "ha", "r.partially_granted.total",
          "In 2024, how many Huai'an requests were only partly disclosed?",
          c + "naive: granted (1362)"),
        T("zh", "sy", "r.carried_forward.total",
          "沭阳县2025年没办完、要转到2026年继续办的申请有多少件？",
          c + "naive: carried over (36)"),
        T("en", "sy", "a.review.other",
          "Shuyang 2025: reconsiderations that ended with some other result — not upheld, not corrected?",
          c + "naive: corrected (10)"),
        T("zh", "sy", "a.litigation_after_review.total",
          "沭阳县2025年经过复议后才起诉的行政诉讼总计多少件？",
          c + "naive: direct litigation total (3)"),
        T("en", "sy", "c.normative_docs.repealed",
          "How many administrative normative documents did Shuyang County abolish in 2025?",
          c + "naive: issued (6)"),
        T("zh", "sy", "c.coercion.decisions",
          "沭阳县2025年的行政强制处理决定是多少？",
          c + "naive: punishment (693957)"),
        T("en", "sy", "r.withheld.internal_affairs.total",
          "Shuyang 2025: requests refused because the material was one of the three kinds of internal "
          "affairs information — how many?",
          c + "naive: process info (2)"),
        T("zh", "sh19", "c.normative_docs.total_published",
          "上海市政府办公厅2019年规范性文件对外公开的总数量是多少？",
          c + "naive: newly made (60)"),
        T("en", "sh19", "c.procurement.amount",
          "What was the total value of centralised government procurement for the Shanghai general "
          "office in 2019?",
          c + "naive: project count (6)"),
        T("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年政府集中采购搞了几个项目？",
          c + "naive: amount (28.6232)"),
        T("en", "jx", "r.carried_forward.total",
          "Jianxi District office 2020: how many requests were left to be finished in 2021?",
          c + "naive: carried over (0)"),
        T("zh", "hz23", "a.review.corrected",
          "洪泽区2023年行政复议结果被纠正的有几件？",
          c + "naive: upheld (10)"),
        T("en", "hz24", "a.litigation_after_review.total",
          "Hongze District 2024: lawsuits brought after a reconsideration decision — total?",
          c + "naive: direct litigation total (1)"),
        T("zh", "kw", "c.normative_docs.in_force",
          "上海市科委截至2024年底现行有效的规范性文件有多少件？",
          c + "naive: issued (13)"),
        T("en", "sh25", "a.review.pending",
          "Shanghai general office 2025: how many reconsideration cases had not yet been concluded?",
          c + "naive: direct litigation pending (6) or review total (55)"),
        T("zh", "sh25", "r.unable.needs_creation.total",
          "上海市府办2025年因为没有现成信息、需要另行制作而无法提供的申请有多少？",
          c + "naive: not held (513)"),
        T("en", "sh25", "r.carried_over.legal_services",
          "Shanghai general office 2025: requests from legal service institutions carried over from 2024?",
          c + "naive: commercial column (15)"),
    ]


def CONVERSATIONS():
    return cells() + combine() + checks() + ranks() + followups() + narratives() + cannots() + traps()


if __name__ == "__main__":
    convs = CONVERSATIONS()
    import collections
    print(len(convs), collections.Counter(c["note"].split(" ")[0] for c in convs))
