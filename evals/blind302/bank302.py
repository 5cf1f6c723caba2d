"""Question bank of blind evaluation set 302 (evals/blind302), emphasis: follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers302.py from /work/shared/corpus/gold/*.json (derived keys per spec/README.md) or, for the
three reports without gold, parsed from a printed table row (SPECS below: the same 42 cells
blind6's text_cells.json verified, nothing new), or cut from the report text (narrative sentence).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib302 as L  # noqa: E402
import helpers302 as H  # noqa: E402
from helpers302 import C, cols  # noqa: E402

# ------------------------------------------------------------------ printed cells, reports without gold
_A08 = "注：行政复议、行政诉讼数量含上年度结转数量。"
_A05 = "四、政府信息公开行政复议、行政诉讼情况"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A05, 14),
        "appeals.litigation_direct.total": ("after", _A05, 9),
        "appeals.review.total": ("after", _A05, 4),
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
        "appeals.litigation_after_review.total": ("after", _A08, 14),
        "appeals.litigation_direct.pending": ("after", _A08, 8),
        "appeals.litigation_direct.total": ("after", _A08, 9),
        "appeals.review.pending": ("after", _A08, 3),
        "appeals.review.total": ("after", _A08, 4),
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

# ------------------------------------------------------------------ shorthands
v = H.E        # table value / sum: v(body, keys, alt=(keyword, number), unit=..., printed_total=...)
n = H.EN       # number only the narrative states: n(body, keyword, value, unit, frm=None)
u = H.EU       # unanswerable: u(why)
d = H.ED       # difference, later year minus earlier: d(b1, b2, keys)
rk = H.ER      # ranking over gold bodies: rk(bodies, keys, order)
WAN = "万元"


def one(kind, tag, lang, q, e, note):
    return C(kind, lang, [(q, e)], "%s %s" % (tag, note))


def P(lang, q, e, note):
    return one("value", "[plain]", lang, q, e, note)


def SUM(lang, q, e, note):
    assert len(e["keys"]) >= 2
    return one("sum", "[combine]", lang, q, e, note)


def DIF(lang, q, e, note):
    return one("difference", "[combine]", lang, q, e, note)


def RANK(lang, q, e, note):
    return one("ranking", "[rank]", lang, q, e, note)


def TXT(lang, q, e, note):
    return one("narrative", "[textonly]", lang, q, e, note)


def NO(lang, q, why, note):
    return one("unanswerable", "[cannot]", lang, q, u(why), note)


def TRAP(lang, q, e, note):
    return one("trap", "[neighbour]", lang, q, e, note)


def FU(lang, turns, note):
    assert 2 <= len(turns) <= 4
    return C("followup", lang, turns, "[followup] " + note)


# ================================================================== single-turn conversations
def plain():
    return [
        # ---- zh
        P("zh", "淮安市政府2024年的规章，现在还有效的一共几部？",
          v("ha", "c.regulations.in_force"), "regulations in force, colloquial"),
        P("zh", "24年淮安全市一共下了多少个行政强制决定", v("ha", "c.coercion.decisions"),
          "coercion decisions, two-digit year"),
        P("zh", "淮安2024年的依申请里，被当成信访举报投诉、没作为信息公开处理的有几件？",
          v("ha", "r.not_processed.petition.total"), "petition-type not processed"),
        P("zh", "淮安市人民政府二〇二四年年报里，申请人过了期限没交费、机关就不再处理的有多少件",
          v("ha", "r.other.overdue_fee.total"), "other handling: overdue fee, Chinese-numeral year"),
        P("zh", "2024年淮安有多少件申请没办完、要挪到下一年接着答复？",
          v("ha", "r.carried_forward.total", alt=("3119", 103)), "carried forward (text agrees: 顺延 103)"),
        P("zh", "沭阳县2025年做出的行政处罚决定有多少件？", v("sy", "c.punishment.decisions"),
          "punishment decisions"),
        P("zh", "沭阳25年新收的申请里，法律服务机构提的是几件", v("sy", "r.received.legal_services"),
          "column legal services, two-digit year"),
        P("zh", "2025年沭阳县政府因为会损害第三方合法权益而没公开的申请有几件？",
          v("sy", "r.withheld.third_party.total"), "withheld: third party"),
        P("zh", "沭阳2025年的信息公开行政复议，最后被纠正的有多少件？", v("sy", "a.review.corrected"),
          "reconsideration corrected"),
        P("zh", "2025年沭阳县有几件信息公开申请被认定成重复申请？", v("sy", "r.not_processed.duplicate.total"),
          "duplicate requests"),
        P("zh", "上海市府办2019年政府集中采购搞了几个项目？", v("sh19", "c.procurement.projects"),
          "procurement projects (2019 format)"),
        P("zh", "2019年上海市政府办公厅新收的申请中，商业企业提交的有多少件？",
          v("sh19", "r.received.commercial"), "column commercial"),
        P("zh", "截至2019年底，上海市人民政府办公厅对外公开的规章累计有多少件？",
          v("sh19", "c.regulations.total_published"), "regulations total published (2019 format)"),
        P("zh", "上海市府办2019年有多少件申请是补正以后内容还说不清楚、所以没法提供的？",
          v("sh19", cols("unable.unclear"), printed_total="r.unable.unclear.total"),
          "unclear after correction; 总计 printed blank, asked by columns"),
        P("zh", "洪泽区2023年行政处罚决定一共多少？", v("hz23", "c.punishment.decisions"),
          "punishment decisions"),
        P("zh", "洪泽2023年行政事业性收费收了多少万元", v("hz23", "c.fees.amount", unit=WAN),
          "fees in 万元"),
        P("zh", "2023年洪泽区政府有几件申请是因为政府那边压根没有这份材料、只能答复无法提供的？",
          v("hz23", "r.unable.not_held.total"), "not held, indirect wording"),
        P("zh", "23年洪泽区的信息公开行政复议里，维持原答复的有几起？", v("hz23", "a.review.upheld"),
          "reconsideration upheld (printed total 0 avoided)"),
        P("zh", "洪泽区2024年的行政强制决定有几件？", v("hz24", "c.coercion.decisions"),
          "coercion, text row"),
        P("zh", "到2024年底洪泽区政府手上还有效的行政规范性文件剩几件", v("hz24", "c.normative_docs.in_force"),
          "normative docs in force, text row"),
        P("zh", "洪泽2024年因为信息政府没掌握、答复没法提供的是多少件？",
          v("hz24", "r.unable.not_held.total"), "not held, text row"),
        P("zh", "涧西区政府办2020年新制作的规范性文件有几件？", v("jx", "c.normative_docs.made"),
          "normative docs made (2019 format)"),
        P("zh", "2020年涧西区政府集中采购总共花了多少万元？", v("jx", "c.procurement.amount", unit=WAN),
          "procurement amount 万元"),
        P("zh", "涧西区2020年先复议、复议完又去法院起诉的案子有几件？",
          v("jx", "a.litigation_after_review.total"), "litigation after review"),
        P("zh", "上海科委2024年行政许可一共办了多少件？", v("kw", "c.licensing.decisions"),
          "licensing, text row"),
        P("zh", "市科委2024年本年新收的申请当中，企业提出来的有几件？", v("kw", "r.received.commercial"),
          "column commercial, text row"),
        P("zh", "上海市科委24年还在有效期内的规范性文件有多少件？", v("kw", "c.normative_docs.in_force"),
          "normative docs in force, text row"),
        P("zh", "上海市政府办公厅2025年有多少件申请是因为得另外制作材料才给不了的？",
          v("sh25", "r.unable.needs_creation.total"), "needs creation, text row"),
        P("zh", "2025年上海市府办的行政复议案子到年底还没审结的有多少件？", v("sh25", "a.review.pending"),
          "reconsideration pending, text row"),
        P("zh", "上海市府办2025年从上一年转过来的申请里，法律服务机构的有几件？",
          v("sh25", "r.carried_over.legal_services"), "carried over, legal services column, text row"),
        P("zh", "沭阳县2025年行政许可的处理决定有多少件", v("sy", "c.licensing.decisions"),
          "licensing decisions"),
        # ---- en
        P("en", "How many normative documents did Huai'an's city government repeal in 2024?",
          v("ha", "c.normative_docs.repealed"), "normative docs repealed"),
        P("en", "Huaian 2024 - how many disclosure requests ended with the information released in full?",
          v("ha", "r.granted.total"), "granted total"),
        P("en", "In 2024, how many requests to Huai'an were turned down because the material was "
                "still process information (过程性信息)?",
          v("ha", "r.withheld.process_info.total"), "withheld: process info"),
        P("en", "How much administrative fee revenue did Huai'an report for 2024, in units of 10,000 yuan?",
          v("ha", "c.fees.amount", unit=WAN), "fees 万元"),
        P("en", "For Huai'an in 2024, how many lawsuits filed straight in court were still undecided "
                "when the year closed?", v("ha", "a.litigation_direct.pending"), "direct lawsuits pending"),
        P("en", "How many requests did Shuyang County inherit from the year before when it started 2025?",
          v("sy", "r.carried_over.total"), "carried over"),
        P("en", "Shuyang 2025: how many requests were refused because they were about internal affairs?",
          v("sy", "r.withheld.internal_affairs.total"), "withheld: internal affairs"),
        P("en", "How many administrative coercion decisions did Shuyang County make in 2025?",
          v("sy", "c.coercion.decisions"), "coercion"),
        P("en", "Of the requests Shuyang dealt with in 2025, how many were dropped because the applicant "
                "never sent in the corrections asked for?",
          v("sy", "r.other.overdue_correction.total"), "other handling: overdue correction"),
        P("en", "In 2025, how many lawsuits did Shuyang face where the applicant had gone through "
                "reconsideration first?", v("sy", "a.litigation_after_review.total"),
          "litigation after review"),
        P("en", "How many regulations did the Shanghai General Office newly make public in 2019?",
          v("sh19", "c.regulations.published"), "regulations newly published (2019 format)"),
        P("en", "What did the Shanghai municipal general office spend on centralized government "
                "procurement in 2019, in 万元?", v("sh19", "c.procurement.amount", unit=WAN),
          "procurement amount printed 251000元 = 25.1 万元"),
        P("en", "2019, Shanghai government general office: how many individuals' requests were set aside "
                "as petition or complaint matters?", v("sh19", "r.not_processed.petition.natural_person"),
          "petition, natural persons column"),
        P("en", "How many disclosure-related administrative reconsiderations did the Shanghai general "
                "office have in 2019?", v("sh19", "a.review.total", alt=("零败诉", 7)),
          "review total (text agrees: 复议7件)"),
        P("en", "How many coercive-measure decisions did Hongze District record for 2023?",
          v("hz23", "c.coercion.decisions"), "coercion"),
        P("en", "Hongze District, 2023: how many requests got a partial release?",
          v("hz23", "r.partially_granted.total"), "partially granted"),
        P("en", "In Hongze's 2023 report, how many requests were refused because the files were "
                "law-enforcement case files?", v("hz23", "r.withheld.enforcement_files.total"),
          "withheld: enforcement files"),
        P("en", "How many normative documents did Hongze District abolish in 2023?",
          v("hz23", "c.normative_docs.repealed"), "normative docs repealed"),
        P("en", "How many administrative punishment decisions did Hongze District publish for 2024?",
          v("hz24", "c.punishment.decisions"), "punishment, text row"),
        P("en", "Hongze district government, 2024 - number of requests where everything asked for was "
                "disclosed, per the table?", v("hz24", "r.granted.total"), "granted, text row"),
        P("en", "How many new normative documents did Hongze put out in 2024?",
          v("hz24", "c.normative_docs.issued"), "normative docs issued, text row"),
        P("en", "How many disclosure requests did the Jianxi District office wrap up in 2020?",
          v("jx", "r.total_processed.total", alt=("办结率88.2%", 15)), "total processed (text agrees 办结15件)"),
        P("en", "Jianxi District, 2020: how many government procurement projects were there?",
          v("jx", "c.procurement.projects"), "procurement projects"),
        P("en", "In 2020, how many of Jianxi's requests were answered with full disclosure?",
          v("jx", "r.granted.total"), "granted"),
        P("en", "How many new normative documents did the Shanghai Science and Technology Commission "
                "issue in 2024?", v("kw", "c.normative_docs.issued"), "normative docs issued, text row"),
        P("en", "STCSM 2024: how many requests did it process altogether, per the table?",
          v("kw", "r.total_processed.total"), "total processed, text row"),
        P("en", "How many punishment decisions did Shanghai's science commission report for 2024?",
          v("kw", "c.punishment.decisions"), "punishment 0, text row"),
        P("en", "Shanghai General Office, 2025: how many requests were rejected as repeat applications?",
          v("sh25", "r.not_processed.duplicate.total"), "duplicate, text row"),
        P("en", "In 2025 how many lawsuits were filed directly in court, without reconsideration, against "
                "the Shanghai municipal general office?", v("sh25", "a.litigation_direct.total"),
          "direct lawsuits, text row"),
        P("en", "How many applications from businesses reached the Shanghai government general office "
                "in 2025?", v("sh25", "r.received.commercial"), "received commercial, text row"),
    ]


def combine():
    return [
        SUM("zh", "淮安2024年“无法提供”的三种情形加起来一共多少件？",
            v("ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"]),
            "three unable sub-items"),
        SUM("zh", "沭阳县2025年“不予处理”和“其他处理”两大类合在一起是多少件？",
            v("sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED] +
              ["r.other.%s.total" % s for s in L.OTHER21]), "8 cells: 5 not-processed + 3 other"),
        SUM("zh", "上海市府办2025年信访举报类跟重复申请这两种不予处理，合计多少件",
            v("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"]),
            "two text rows"),
        SUM("zh", "洪泽区2023年行政处罚加上行政强制，决定数一共多少？",
            v("hz23", ["c.punishment.decisions", "c.coercion.decisions"]), "punishment + coercion"),
        SUM("zh", "上海市府办2019年规章和规范性文件本年新公开的数量加起来是多少？",
            v("sh19", ["c.regulations.published", "c.normative_docs.published"]), "2019-format active table"),
        SUM("zh", "涧西区2020年行政复议、直接起诉、复议后起诉三类案件加一块儿一共几件",
            v("jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]),
            "three appeals totals"),
        SUM("en", "Huai'an 2024: if you add full and partial releases, how many requests got at least "
                  "some information?", v("ha", ["r.granted.total", "r.partially_granted.total"]),
            "granted + partially granted"),
        SUM("en", "Shuyang 2025: reconsiderations plus both kinds of lawsuits - how many cases in all?",
            v("sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
              alt=("74 件", 74)), "three appeals totals (text agrees: 相关案件 74 件)"),
        SUM("en", "Shanghai science commission 2024: new requests plus the ones still open from the year "
                  "before - what's the combined number?",
            v("kw", ["r.received.total", "r.carried_over.total"]), "received + carried over, text rows"),
        SUM("en", "Shanghai general office 2025: 'information not held' plus 'would need a new document' "
                  "- combined?", v("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"]),
            "two text rows"),
        SUM("en", "Hongze 2024: licensing and punishment decisions together?",
            v("hz24", ["c.licensing.decisions", "c.punishment.decisions"]), "two text rows"),
        DIF("zh", "洪泽区的行政强制决定，2024年跟2023年比变了多少？",
            d("hz23", "hz24", "c.coercion.decisions"), "coercion 2023->2024"),
        DIF("zh", "上海市府办结转下年度继续办理的申请，2025年比2019年多了多少件？",
            d("sh19", "sh25", "r.carried_forward.total"), "carried forward 2019->2025"),
        DIF("zh", "洪泽区2024年的行政事业性收费和2023年相比差多少万元",
            d("hz23", "hz24", "c.fees.amount", unit=WAN), "fees 2023->2024, 万元"),
        DIF("zh", "上海市府办的行政复议案件，2019年到2025年增加了多少件？",
            d("sh19", "sh25", "a.review.total"), "review total 2019->2025"),
        DIF("en", "By how much did new requests from individuals to the Shanghai general office change "
                  "between 2019 and 2025?", d("sh19", "sh25", "r.received.natural_person"),
            "received natural persons 2019->2025"),
        DIF("en", "How did Hongze District's punishment decisions move from 2023 to 2024?",
            d("hz23", "hz24", "c.punishment.decisions"), "punishment 2023->2024"),
        DIF("en", "From 2019 to 2025, how did the number of requests the Shanghai general office "
                  "processed change?", d("sh19", "sh25", "r.total_processed.total"),
            "total processed 2019->2025"),
    ]


def rank():
    return [
        RANK("zh", "2024年的淮安、2025年的沭阳、2023年的洪泽区，这三家谁的行政许可决定最多？",
             rk(["ha", "sy", "hz23"], "c.licensing.decisions", "desc"), "licensing, desc"),
        RANK("zh", "涧西区2020年、洪泽区2023年、上海市府办2019年，哪家新收的申请最少？",
             rk(["jx", "hz23", "sh19"], "r.received.total", "asc"), "received, asc"),
        RANK("zh", "比一下复议结果被纠正的件数：淮安2024、沭阳2025、洪泽2023、涧西2020，谁最多？",
             rk(["ha", "sy", "hz23", "jx"], "a.review.corrected", "desc"), "review corrected, four bodies"),
        RANK("zh", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家转到下一年继续办的申请最多？",
             rk(["ha", "sy", "sh19"], "r.carried_forward.total", "desc"), "carried forward, desc"),
        RANK("zh", "洪泽区2023年、沭阳县2025年、淮安市2024年，哪家现行有效的行政规范性文件最少？",
             rk(["hz23", "sy", "ha"], "c.normative_docs.in_force", "asc"), "in force, asc"),
        RANK("en", "Which refused the most requests as administrative-query matters: Huai'an in 2024, "
                   "Shuyang in 2025 or Hongze in 2023?",
             rk(["ha", "sy", "hz23"], "r.withheld.admin_query.total", "desc"), "admin query, desc"),
        RANK("en", "Rank these by partial disclosures and tell me the top one: Shuyang (2025), Hongze (2023), "
                   "Jianxi (2020).", rk(["sy", "hz23", "jx"], "r.partially_granted.total", "desc"),
             "partially granted, desc"),
        RANK("en", "Among Jianxi 2020, the Shanghai general office 2019, Shuyang 2025 and Huai'an 2024, "
                   "which started its year with the fewest requests carried over?",
             rk(["jx", "sh19", "sy", "ha"], "r.carried_over.total", "asc"), "carried over, asc, four bodies"),
        RANK("en", "Which saw the fewest direct lawsuits: Huai'an 2024, Shuyang 2025, or the Shanghai "
                   "general office 2019?", rk(["ha", "sy", "sh19"], "a.litigation_direct.total", "asc"),
             "direct lawsuits, asc"),
    ]


def textonly():
    return [
        TXT("zh", "淮安市2024年一共开了多少场新闻发布会？", n("ha", "新闻发布会 12 场", 12, "场"),
            "press conferences"),
        TXT("zh", "淮安2024年全市还在运维的政务新媒体账号有几个？", n("ha", "在运维政务新媒体共计", 95, "个"),
            "new-media accounts"),
        TXT("zh", "2024年淮安对政府信息公开栏目做了几次全覆盖检查？", n("ha", "全覆盖检查", 4, "次"),
            "full-coverage checks"),
        TXT("zh", "沭阳县2025年一共清理掉多少条过期信息？", n("sy", "清理过期信息", 697, "条"),
            "expired items cleared"),
        TXT("zh", "2025年沭阳用那个倒计时报警器一共发了多少次催办提示？", n("sy", "催办提示", 84, "次"),
            "reminders sent"),
        TXT("zh", "沭阳县2025年网站巡检中整改了多少处失效链接？", n("sy", "失效链接43处", 43, "处"),
            "broken links fixed"),
        TXT("zh", "2025年沭阳县集中公开了多少家单位的政府信息公开年报？", n("sy", "64家单位", 64, "家"),
            "units whose annual reports were published"),
        TXT("zh", "洪泽区2024年在政府网站上主动发布了多少条政府信息？", n("hz24", "2428", 2428, "条"),
            "portal items (no gold)"),
        TXT("zh", "洪泽区2023年政府网站平台主动公开了多少条信息？", n("hz23", "1136", 1136, "条"),
            "portal items"),
        TXT("zh", "上海市府办2025年开了多少场新闻通气会？", n("sh25", "新闻通气会", 19, "场"),
            "press briefings (no gold)"),
        TXT("zh", "2025年上海市政府办公厅收到的申请中，申请人自己主动撤回的有多少件？",
            n("sh25", "主动撤回", 157, "件"), "withdrawn requests (no gold)"),
        TXT("zh", "上海市府办2019年通过门户网站发布的政策解读一共多少件？", n("sh19", "政策解读共132件", 132, "件"),
            "policy interpretations"),
        TXT("zh", "上海市科委2024年主办和合办的政协提案有几件？", n("kw", "政协提案 85 件", 85, "件"),
            "CPPCC proposals (no gold)"),
        TXT("en", "How many issues of the Shanghai Municipal Government Gazette did the general office edit "
                  "in 2025?", n("sh25", "公报》24 期", 24, "期"), "gazette issues (no gold)"),
        TXT("en", "How many languages did the Shanghai International Services Portal cover, per the "
                  "general office's 2025 report?", n("sh25", "个语种", 10, "个"), "languages (no gold)"),
        TXT("en", "According to the Shanghai general office's 2019 report, how many times were key topics "
                  "of the city's executive meetings given an authoritative release?", n("sh19", "权威发布共计38次", 38, "次"),
            "executive-meeting releases"),
        TXT("en", "According to the Shanghai general office's 2019 report, how many government websites "
                  "were checked every quarter?", n("sh19", "70家政府网站", 70, "家"), "websites checked"),
        TXT("en", "How many followers did the 'Shanghai Keji' WeChat account have according to STCSM's "
                  "2024 report?", n("kw", "关注人数达", 1016823, "人"), "WeChat followers (no gold)"),
        TXT("en", "STCSM in 2024: how many livestreams did it run?", n("kw", "直播 118 场", 118, "场"),
            "livestreams (no gold)"),
        TXT("en", "How many news-type (动态类) items did the Shanghai science commission's 'Shanghai Keji' "
                  "website post in 2024?",
            n("kw", "动态类", 1744, "条"), "news items on the website (no gold)"),
        TXT("en", "How many viral hits did Shuyang's government new media produce in 2025?",
            n("sy", "爆款内容52条", 52, "条"), "viral posts"),
        TXT("en", "In 2025, how many times did Shuyang reach out to applicants before handling their "
                  "requests?", n("sy", "办前主动沟通", 49, "次"), "pre-handling consultations"),
        TXT("en", "How much did Huai'an charge in information-processing fees in 2024, in yuan?",
            n("ha", "3940", 3940, "元", frm="2024 年，市政府严格落实"), "fees in 元 (text only)"),
        TXT("en", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?",
            n("ha", "人民政府公报》6 期", 6, "期"), "gazette issues"),
        TXT("en", "Jianxi District, 2020: how many matters (事项) did its itemised disclosure list end up "
                  "with?", n("jx", "601项事项", 601, "项", frm="梳理细化"), "matters listed"),
        TXT("en", "How many executive meetings did Hongze District make public in 2024?",
            n("hz24", "公开政府常务会议", 7, "期"), "executive meetings published (no gold)"),
    ]


def cannot():
    return [
        NO("zh", "淮安市2024年的信息公开申请人里，男的和女的各有多少？", "no sex breakdown in the report",
           "sex"),
        NO("zh", "沭阳县2024年一共收到多少件政府信息公开申请？", "沭阳 2024 report not in the corpus",
           "year not held"),
        NO("zh", "洪泽区2022年行政许可决定有多少件？", "洪泽 2022 report not in the corpus", "year not held"),
        NO("zh", "南京市2024年政府信息公开申请数量是多少？", "南京市 not in the corpus", "body not held"),
        NO("zh", "上海市府办2025年依申请公开平均几天能答复？",
           "the report says only 均在法定期限内答复; no response time", "response time"),
        NO("zh", "涧西区政府办2020年专门做信息公开的工作人员有几个？", "no staff number in the report", "staff"),
        NO("zh", "淮安2024年的申请都是通过什么渠道交的，网上申请占多少？", "no channel breakdown", "channel"),
        NO("zh", "照这个趋势，沭阳县2026年大概会收到多少件申请？", "forecast; not in any report", "forecast"),
        NO("zh", "宿迁市2025年信息公开行政复议有多少件？", "宿迁市 report not in the corpus (沭阳 only)",
           "body not held"),
        NO("zh", "洪泽区2023年那些申请人分别来自哪些乡镇？", "no township breakdown", "township"),
        NO("zh", "上海市科委2023年新收了几件申请？", "上海市科委 2023 report not in the corpus", "year not held"),
        NO("zh", "上海市府办2019年那9起行政诉讼，原告都叫什么名字？", "personal data; not in the report",
           "personal data"),
        NO("zh", "淮安市2024年哪个市级部门收到的申请最多？", "no department breakdown in the city report",
           "department"),
        NO("zh", "涧西区2021年的年报里主动公开了几件规范性文件？", "涧西 2021 report not in the corpus",
           "year not held"),
        NO("zh", "你觉得沭阳县2025年的信息公开工作做得好不好？", "opinion, not a reported figure", "opinion"),
        NO("zh", "浦东新区2019年收到多少件依申请公开？", "浦东新区 not in the corpus", "body not held"),
        NO("zh", "洪泽区2024年做信息公开工作一共花了多少经费？",
           "the report gives no spending (only 信息处理费 0 元 collected)", "cost"),
        NO("en", "How many disclosure requests did Huai'an receive in 2023?", "淮安 2023 report not in the corpus",
           "year not held"),
        NO("en", "What share of Shuyang's 2025 applicants were over 60?", "no age breakdown", "age"),
        NO("en", "Which month of 2024 brought Hongze District the most requests?", "no monthly breakdown",
           "month"),
        NO("en", "How many disclosure requests did the Shanghai general office get in 2022?",
           "上海市府办 2022 report not in the corpus", "year not held"),
        NO("en", "How many requests did Qingjiangpu District receive in 2024?", "清江浦区 not in the corpus",
           "body not held"),
        NO("en", "In the STCSM 2024 report, which topics did applicants ask about most often?",
           "no topic breakdown", "topic"),
        NO("en", "How many requests did Huai'an get in the third quarter of 2024?", "no quarterly breakdown",
           "quarter"),
        NO("en", "On average, how many days did Jianxi District take to answer a request in 2020?",
           "no response time in the report", "response time"),
        NO("en", "How much did the Shanghai general office spend running its portal in 2025?",
           "no cost figure in the report", "cost"),
        NO("en", "Will Hongze District get more requests in 2025 than it did in 2024?",
           "forecast; 洪泽 2025 report not held", "forecast"),
        NO("en", "What industries were the companies that filed requests with Shuyang County in 2025 in?",
           "no industry breakdown", "industry"),
        NO("en", "How many people work on disclosure for the Huai'an city government, per its 2024 report?",
           "the report mentions 人员配备不足 but gives no number", "staff"),
        NO("en", "Give me the name and phone number of whoever filed the most requests with the Shanghai "
                 "general office in 2025.", "personal data", "personal data"),
        NO("en", "How many of Jianxi's 2020 applicants lived outside Luoyang?", "no residence breakdown",
           "residence"),
        NO("en", "Why did requests to the Shanghai science commission go up in 2024?",
           "the report states no cause and no comparison", "reason not stated"),
        NO("en", "How many disclosure requests did Luoyang city receive in 2020?",
           "洛阳市 report not in the corpus (涧西区 only)", "body not held"),
        NO("en", "Was Huai'an right to refuse those 105 administrative-query requests in 2024?",
           "legal opinion, not a reported figure", "opinion"),
    ]


def neighbour():
    return [
        TRAP("zh", "淮安市2024年，先申请复议、复议后才去起诉的行政诉讼有多少件？",
             v("ha", "a.litigation_after_review.total"), "after-review (neighbour: direct 26)"),
        TRAP("zh", "沭阳县2025年当年废止的行政规范性文件有几件？", v("sy", "c.normative_docs.repealed"),
             "repealed (neighbours: issued 6, in force 32)"),
        TRAP("zh", "上海市府办2019年规范性文件的对外公开总数量是多少？",
             v("sh19", "c.normative_docs.total_published"), "total published (neighbour: made 60)"),
        TRAP("zh", "上海市府办2025年结转到下一年度继续办理的申请有多少件？",
             v("sh25", "r.carried_forward.total"), "carried forward (neighbour: carried over 189)"),
        TRAP("en", "How many of Huai'an's 2024 requests were refused as internal-affairs information - "
                   "not process information, the internal-affairs row?",
             v("ha", "r.withheld.internal_affairs.total"), "internal affairs (neighbour: process info 12)"),
        TRAP("en", "Shuyang 2025: reconsiderations that ended with an 'other' result - neither corrected nor "
                   "upheld?", v("sy", "a.review.other"), "review other (neighbour: corrected 10)"),
        TRAP("en", "How many requests did Jianxi District push into the following year at the close of 2020?",
             v("jx", "r.carried_forward.total"), "carried forward (neighbour: carried over 0)"),
        TRAP("en", "Hongze 2023: how many requests were answered 'the information would have to be newly "
                   "made', as opposed to 'not held'?", v("hz23", "r.unable.needs_creation.total"),
             "needs creation (neighbour: not held 10)"),
    ]


# ================================================================== follow-up conversations
def followups_zh():
    return [
        FU("zh", [
            ("洪泽区2023年一共作出了多少件行政许可决定？", v("hz23", "c.licensing.decisions")),
            ("那2024年洪泽区是多少件", v("hz24", "c.licensing.decisions")),
            ("两年对比一下，2024年比2023年多出多少件？", d("hz23", "hz24", "c.licensing.decisions")),
        ], "switch year, then compare the two years"),
        FU("zh", [
            ("上海市政府办公厅2019年新收的依申请公开有多少件？",
             v("sh19", "r.received.total", alt=("回落12.3%", 859))),
            ("搞错了，我要查的是2025年那份", v("sh25", "r.received.total")),
            ("里面是个人提的有多少？", v("sh25", "r.received.natural_person")),
            ("企业提的呢", v("sh25", "r.received.commercial")),
        ], "self-correction of the year, then of those: columns"),
        FU("zh", [
            ("淮安市2024年被决定不予公开的申请总共多少件？", v("ha", "r.withheld.total")),
            ("其中是因为属于行政查询事项才不公开的有几件？", v("ha", "r.withheld.admin_query.total")),
            ("这105件全是个人申请的吗？个人的是多少", v("ha", "r.withheld.admin_query.natural_person")),
        ], "of those: row sub-item, then column"),
        FU("zh", [
            ("沭阳县2025年予以公开的申请是多少件？", v("sy", "r.granted.total")),
            ("这个数含不含部分公开的？要把部分公开也算上一共多少？",
             v("sy", ["r.granted.total", "r.partially_granted.total"])),
            ("部分公开里面，律所这类法律服务机构申请的有几件？", v("sy", "r.partially_granted.legal_services")),
        ], "check what the figure includes, then narrow to a column"),
        FU("zh", [
            ("涧西区政府办2020年新收了几件信息公开申请？", v("jx", "r.received.total", alt=("办结率88.2%", 17))),
            ("同样这个数，洪泽区2023年是多少？", v("hz23", "r.received.total", alt=("21 件", 21))),
            ("洪泽那21件分别是几月份收到的？", u("no monthly breakdown in the report")),
        ], "switch body, end unanswerable (month)"),
        FU("zh", [
            ("沭阳2025年因为本机关不掌握信息、无法提供的有多少件？", v("sy", "r.unable.not_held.total")),
            ("需要另行制作的那一项呢？", v("sy", "r.unable.needs_creation.total")),
            ("把这两项加一下", v("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "switch row, then add up the two figures"),
        FU("zh", [
            ("淮安市2024年政府信息公开行政复议一共多少件？",
             v("ha", "a.review.total", alt=("行政复议 351", 351))),
            ("那没经过复议、直接去法院告的呢？", v("ha", "a.litigation_direct.total")),
            ("这26件里法院判维持的有几件？", v("ha", "a.litigation_direct.upheld")),
        ], "switch appeals group, then of those"),
        FU("zh", [
            ("上海市府办2025年从上年结转过来的申请有多少件？",
             v("sh25", "r.carried_over.total", alt=("含上年结转 189", 189))),
            ("其中自然人的是几件？", v("sh25", "r.carried_over.natural_person")),
            ("法律服务机构那一栏呢？", v("sh25", "r.carried_over.legal_services")),
        ], "of those, then switch column (text rows)"),
        FU("zh", [
            ("沭阳县2025年通过办前沟通化解了多少件争议纠纷？", n("sy", "化解各类争议纠纷", 33, "件")),
            ("同一年沭阳的行政复议有多少件？", v("sy", "a.review.total")),
            ("其中到年底还没审结的有几件？", v("sy", "a.review.pending")),
        ], "narrative number then table number, same body"),
        FU("zh", [
            ("2019年上海市府办从上一年结转过来的申请有几件？",
             v("sh19", "r.carried_over.total", alt=("回落12.3%", 18))),
            ("2025年的同一个数呢？", v("sh25", "r.carried_over.total")),
            ("两年差了多少件？", d("sh19", "sh25", "r.carried_over.total")),
        ], "switch year, compare"),
        FU("zh", [
            ("淮安2024年商业企业提出的新申请有多少？", v("ha", "r.received.commercial")),
            ("哦不是，我想问的是法律服务机构那一栏", v("ha", "r.received.legal_services")),
            ("那这两类加在一起呢", v("ha", ["r.received.commercial", "r.received.legal_services"])),
        ], "self-correction of the column, then add up"),
        FU("zh", [
            ("洪泽区2024年行政处罚决定数是多少？", v("hz24", "c.punishment.decisions")),
            ("2023年那份报告里是多少？", v("hz23", "c.punishment.decisions")),
            ("这些处罚分别是哪些部门作出的？", u("no department breakdown")),
        ], "switch year, end unanswerable (department)"),
        FU("zh", [
            ("涧西区2020年予以公开的有几件？", v("jx", "r.granted.total")),
            ("不掌握信息、没法提供的呢？", v("jx", "r.unable.not_held.total")),
            ("转到2021年继续办的又有几件？", v("jx", "r.carried_forward.total", alt=("办结率88.2%", 2))),
        ], "switch rows"),
        FU("zh", [
            ("沭阳县2025年总共办理了多少件申请？", v("sy", "r.total_processed.total", alt=("749", 718))),
            ("这718件包括上一年转过来的那些吗？上年结转的有几件？", v("sy", "r.carried_over.total")),
        ], "check what the figure includes"),
        FU("zh", [
            ("上海市科委2024年微信公众号一共发了多少篇文章？", n("kw", "共编发文章", 1640, "篇")),
            ("同一年市科委新收的信息公开申请呢？",
             v("kw", "r.received.total", alt=("全年收到政府信息公开申请", 34))),
            ("里面企业申请的有几件？", v("kw", "r.received.commercial")),
        ], "narrative then table, then of those (no gold)"),
        FU("zh", [
            ("淮安2024年行政规范性文件本年制发了几件？", v("ha", "c.normative_docs.issued")),
            ("沭阳县2025年呢？", v("sy", "c.normative_docs.issued")),
            ("洪泽区2024年的呢", v("hz24", "c.normative_docs.issued")),
        ], "switch body twice"),
        FU("zh", [
            ("洪泽区2023年行政复议结果维持的有几件？", v("hz23", "a.review.upheld")),
            ("纠正的呢？", v("hz23", "a.review.corrected")),
            ("复议完又起诉、法院维持的有几件？", v("hz23", "a.litigation_after_review.upheld")),
        ], "switch outcome, then appeals group (printed totals 0 avoided)"),
        FU("zh", [
            ("上海市府办2019年予以公开的申请一共多少件？",
             v("sh19", cols("granted"), printed_total="r.granted.total")),
            ("其中商业企业申请的有多少？", v("sh19", "r.granted.commercial")),
            ("部分公开的呢，总共几件？",
             v("sh19", cols("partially_granted"), printed_total="r.partially_granted.total")),
        ], "of those, then switch row (总计 printed blank: by columns)"),
        FU("zh", [
            ("洪泽区2023年行政事业性收费金额是多少？", v("hz23", "c.fees.amount", unit=WAN)),
            ("那2024年洪泽收了多少", v("hz24", "c.fees.amount", unit=WAN)),
        ], "switch year, money"),
        FU("zh", [
            ("淮安市2024年归到“其他处理”的申请一共有多少件？", v("ha", "r.other.total")),
            ("这里面申请人逾期不补正的是几件？", v("ha", "r.other.overdue_correction.total")),
            ("这71件里法律服务机构的有几件？", v("ha", "r.other.overdue_correction.legal_services")),
        ], "of those, twice (derived other.total)"),
        FU("zh", [
            ("上海市府办2025年信访举报投诉类的申请有几件被不予处理？", v("sh25", "r.not_processed.petition.total")),
            ("重复申请呢？", v("sh25", "r.not_processed.duplicate.total")),
            ("这些重复申请是不是同一个人反复提的？是谁？", u("personal data; the report names no applicant")),
        ], "switch row, end unanswerable (personal data)"),
        FU("zh", [
            ("淮安市2024年通过文字、图片等形式做了多少个政策解读？", n("ha", "制作政策解读", 21, "个")),
            ("那年淮安现行有效的行政规范性文件有多少件？", v("ha", "c.normative_docs.in_force")),
        ], "narrative then table, same body"),
        FU("zh", [
            ("涧西区2020年信息公开方面的行政复议有几件？", v("jx", "a.review.total")),
            ("结果怎么样，维持了几件？", v("jx", "a.review.upheld")),
            ("直接起诉的行政诉讼呢？", v("jx", "a.litigation_direct.total")),
        ], "of those, then switch appeals group"),
        FU("zh", [
            ("沭阳2025年新收申请中，商业企业的有几件？", v("sy", "r.received.commercial")),
            ("法人或其他组织一共几件？", v("sy", "r.received.legal_person", alt=("法人或其他组织申请 8", 8))),
            ("社会公益组织有没有提？", v("sy", "r.received.public_interest")),
        ], "switch column, derived legal_person"),
        FU("zh", [
            ("洪泽2024年不掌握相关信息的申请有几件？", v("hz24", "r.unable.not_held.total")),
            ("我说错了，应该是2023年的", v("hz23", "r.unable.not_held.total")),
            ("2023年需要另行制作的呢？", v("hz23", "r.unable.needs_creation.total")),
        ], "self-correction of the year, then switch row"),
        FU("zh", [
            ("上海科委2024年予以公开的申请有多少件？",
             v("kw", "r.granted.total", alt=("同意公开答复", 9))),
            ("那它2024年总共办理了多少件？", v("kw", "r.total_processed.total")),
            ("这些申请人里男的女的各多少？", u("no sex breakdown")),
        ], "switch row, end unanswerable (sex)"),
        FU("zh", [
            ("淮安2024年行政处罚决定数量是多少？", v("ha", "c.punishment.decisions")),
            ("行政强制呢？", v("ha", "c.coercion.decisions")),
            ("行政许可又是多少？", v("ha", "c.licensing.decisions")),
            ("这三个数里哪个是区县上报汇总的、哪个是市级本级的？", u("the report gives no split by level")),
        ], "switch rows, end unanswerable (level breakdown)"),
        FU("zh", [
            ("上海市政府办公厅2019年不予公开的一共多少件？",
             v("sh19", cols("withheld"), printed_total="r.withheld.total", alt=("不予公开35件", 35))),
            ("里面因为涉及国家秘密的有几件？",
             v("sh19", cols("withheld.state_secret"), printed_total="r.withheld.state_secret.total")),
            ("属于行政查询事项的呢？",
             v("sh19", cols("withheld.admin_query"), printed_total="r.withheld.admin_query.total")),
            ("那其中企业申请的行政查询有几件？", v("sh19", "r.withheld.admin_query.commercial")),
        ], "of those, switch sub-item, then column (blank totals: by columns)"),
        FU("zh", [
            ("沭阳县2025年在县政府门户网站上主动公开了多少条信息？", n("sy", "4511", 4511, "条")),
            ("县直部门在信息公开页面又发了多少条？", n("sy", "3044", 3044, "条")),
            ("这些信息一共有多少人看过？", u("no page views in the report")),
        ], "two narrative numbers, end unanswerable"),
        FU("zh", [
            ("淮安2024年因为重复申请被不予处理的有几件？", v("ha", "r.not_processed.duplicate.total")),
            ("要求确认或者重新出具已获取信息的有几件？", v("ha", "r.not_processed.reconfirm.total")),
            ("不予处理总共是多少件？", v("ha", "r.not_processed.total")),
        ], "switch sub-item, then the parent row (derived)"),
        FU("zh", [
            ("上海市府办2025年行政复议总数是多少？", v("sh25", "a.review.total")),
            ("复议后再起诉的行政诉讼呢？", v("sh25", "a.litigation_after_review.total")),
            ("直接起诉的里头还没审结的有几件？", v("sh25", "a.litigation_direct.pending")),
        ], "switch appeals group, then outcome (text rows)"),
        FU("zh", [
            ("涧西区2020年对照了多少个试点领域的标准指引？",
             n("jx", "26个试点领域标准指引", 26, "个", frm="对照省、市")),
            ("这一年涧西区政府办规范性文件对外公开总数是多少？", v("jx", "c.normative_docs.total_published")),
        ], "narrative then table, same body"),
        FU("zh", [
            ("上海市府办2019年未经复议直接起诉的行政诉讼有多少件？",
             v("sh19", "a.litigation_direct.total", alt=("零败诉", 9))),
            ("那到了2025年是多少件", v("sh25", "a.litigation_direct.total")),
            ("2025年比2019年多几件？", d("sh19", "sh25", "a.litigation_direct.total")),
        ], "switch year, compare"),
        FU("zh", [
            ("洪泽区2024年行政许可决定多少件？", v("hz24", "c.licensing.decisions")),
            ("上海科委2024年呢？", v("kw", "c.licensing.decisions")),
            ("市科委那年的行政处罚有几件", v("kw", "c.punishment.decisions")),
        ], "switch body, then row (no gold)"),
        FU("zh", [
            ("沭阳县2025年不予公开的一共多少件？", v("sy", "r.withheld.total")),
            ("其中属于行政执法案卷的有几件？", v("sy", "r.withheld.enforcement_files.total")),
            ("过程性信息呢？", v("sy", "r.withheld.process_info.total")),
        ], "of those, then switch sub-item"),
        FU("zh", [
            ("淮安2024年上年结转过来的申请有多少？",
             v("ha", "r.carried_over.total", alt=("上年度结转申请", 34))),
            ("结转到下一年的呢？", v("ha", "r.carried_forward.total")),
            ("这103件为什么要顺延，报告里有没有逐件说明原因？", u("the report gives no reasons for the deferrals")),
        ], "switch row, end unanswerable (reasons)"),
        FU("zh", [
            ("上海市府办2019年本机关不掌握信息的有多少件？",
             v("sh19", cols("unable.not_held"), printed_total="r.unable.not_held.total",
               alt=("无法提供265件", 265))),
            ("不对，我要的是需要另行制作的那一类", 
             v("sh19", cols("unable.needs_creation"), printed_total="r.unable.needs_creation.total")),
        ], "self-correction of the row (blank totals: by columns)"),
        FU("zh", [
            ("洪泽区2023年予以公开的申请有几件？", v("hz23", "r.granted.total")),
            ("一件都没有？那部分公开的有几件？", v("hz23", "r.partially_granted.total")),
            ("2024年洪泽表里予以公开的有多少件？", v("hz24", "r.granted.total")),
            ("那2024年比2023年多了几件？", d("hz23", "hz24", "r.granted.total")),
        ], "check a zero, switch row, switch year, compare"),
        FU("zh", [
            ("沭阳县2025年复议后起诉的案件有几件？", v("sy", "a.litigation_after_review.total")),
            ("其中维持的是几件？", v("sy", "a.litigation_after_review.upheld")),
            ("直接起诉那一组维持了几件？", v("sy", "a.litigation_direct.upheld")),
        ], "of those, then switch appeals group"),
        FU("zh", [
            ("淮安市2024年法人或其他组织新提出的申请有多少件？", v("ha", "r.received.legal_person")),
            ("这个数算不算律师事务所那些法律服务机构？算的话它们占几件？", v("ha", "r.received.legal_services")),
            ("“其他”组织那一列有几件", v("ha", "r.received.other_org")),
        ], "check what the figure includes, then narrow"),
        FU("zh", [
            ("上海市府办2025年开了多少场市政府新闻发布会？", n("sh25", "新闻发布会 42 场", 42, "场")),
            ("同一年主动公开的人事任免文件有多少件？", n("sh25", "人事任免文件", 196, "件", frm="全年主动公开")),
            ("那一年予以公开的申请有多少件？", v("sh25", "r.granted.total")),
        ], "two narrative numbers then a table number (no gold)"),
        FU("zh", [
            ("洪泽区2023年行政强制决定有多少件？", v("hz23", "c.coercion.decisions")),
            ("2024年洪泽的行政强制决定数呢？", v("hz24", "c.coercion.decisions")),
            ("减少这么多，报告里说是什么原因吗？", u("the report states no cause")),
        ], "switch year, end unanswerable (reason)"),
        FU("zh", [
            ("涧西区2020年办结了几件申请？", v("jx", "r.total_processed.total", alt=("办结率88.2%", 15))),
            ("上海市府办2019年办结的申请是多少？",
             v("sh19", "r.total_processed.total", alt=("回落12.3%", 805))),
            ("这805件里面商业企业的有几件", v("sh19", "r.total_processed.commercial")),
        ], "switch body and year, then of those"),
        FU("zh", [
            ("沭阳县2025年政府常务会议同步配套解读做了几次？", n("sy", "同步配套解读", 7, "次")),
            ("那年沭阳的行政强制决定数呢？", v("sy", "c.coercion.decisions")),
        ], "narrative then table, same body"),
        FU("zh", [
            ("市科委2024年主合办了多少件人大代表建议？", n("kw", "人大代表建议 50 件", 50, "件")),
            ("同年它收到的申请中自然人提的有多少？", v("kw", "r.received.natural_person")),
            ("上年结转过来的有几件？", v("kw", "r.carried_over.total")),
        ], "narrative then table, switch row (no gold)"),
        FU("zh", [
            ("淮安2024年行政复议结果纠正了多少件？",
             v("ha", "a.review.corrected", alt=("行政复议 351", 64))),
            ("沭阳县2025年复议纠正的呢？", v("sy", "a.review.corrected")),
            ("再回到淮安，其他结果的有几件", v("ha", "a.review.other", alt=("行政复议 351", 178))),
        ], "switch body and back, switch outcome"),
        FU("zh", [
            ("上海市府办2025年本机关不掌握相关信息的有几件？", v("sh25", "r.unable.not_held.total")),
            ("另行制作的呢？", v("sh25", "r.unable.needs_creation.total")),
            ("这两类加起来多少", v("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
            ("按各区分布是怎么样的？", u("no district breakdown")),
        ], "switch row, add up, end unanswerable (district)"),
        FU("zh", [
            ("洪泽区2024年行政复议有几件？", v("hz24", "a.review.total")),
            ("那未经复议直接起诉的有几件？", v("hz24", "a.litigation_direct.total")),
            ("复议后起诉的几件？", v("hz24", "a.litigation_after_review.total")),
        ], "switch appeals group twice (no gold)"),
        FU("zh", [
            ("沭阳县2025年行政强制决定多少件", v("sy", "c.coercion.decisions")),
            ("把淮安市2024年、洪泽区2023年也放进来，这三家哪家行政强制最多？",
             rk(["sy", "ha", "hz23"], "c.coercion.decisions", "desc")),
        ], "value then ranking over three gold bodies"),
        FU("zh", [
            ("涧西区政府办2020年规范性文件本年新公开了几件？", v("jx", "c.normative_docs.published")),
            ("那规章呢？", v("jx", "c.regulations.published")),
        ], "switch row"),
        FU("zh", [
            ("沭阳县2025年上年结转的申请是多少？", v("sy", "r.carried_over.total")),
            ("哦我要的是结转到下一年的", v("sy", "r.carried_forward.total", alt=("749", 31))),
            ("这31件里法人或其他组织的有几件？", v("sy", "r.carried_forward.legal_person")),
        ], "self-correction of the row, then of those (derived)"),
        FU("zh", [
            ("淮安市2024年政府信息公开行政诉讼一共多少件？",
             v("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               alt=("行政诉讼 46", 46))),
            ("其中结果纠正的合计几件？",
             v("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
               alt=("行政诉讼 46", 5))),
            ("打官司的原告里有多少是企业？", u("no applicant-type breakdown of lawsuits")),
        ], "two-group sum, of those, end unanswerable"),
    ]


def followups_en():
    return [
        FU("en", [
            ("How many requests did Hongze District grant in full in 2023?", v("hz23", "r.granted.total")),
            ("And in 2024?", v("hz24", "r.granted.total")),
            ("So how big was the jump between those two years?", d("hz23", "hz24", "r.granted.total")),
        ], "switch year, compare"),
        FU("en", [
            ("In its 2025 report, how many requests did the Shanghai general office bring over from the "
             "prior year?", v("sh25", "r.carried_over.total")),
            ("Sorry, I meant 2019.", v("sh19", "r.carried_over.total")),
            ("And how many of 2019's were pushed into the next year?", v("sh19", "r.carried_forward.total")),
        ], "self-correction of the year, then switch row"),
        FU("en", [
            ("How many requests did Huai'an answer with 'we don't hold that information' in 2024?",
             v("ha", "r.unable.not_held.total")),
            ("Of those, how many came from companies?", v("ha", "r.unable.not_held.commercial")),
            ("And from legal service providers?", v("ha", "r.unable.not_held.legal_services")),
        ], "of those, columns"),
        FU("en", [
            ("How many requests did Shuyang receive from organisations (legal persons) in 2025?",
             v("sy", "r.received.legal_person")),
            ("Does that count law firms and legal-aid outfits? How many of those were there?",
             v("sy", "r.received.legal_services")),
            ("And businesses?", v("sy", "r.received.commercial")),
        ], "check what the figure includes, then narrow"),
        FU("en", [
            ("Huai'an 2024: how many requests were withheld because releasing them could endanger "
             "security or stability?", v("ha", "r.withheld.security_stability.total")),
            ("Shuyang in 2025 - same row?", v("sy", "r.withheld.security_stability.total")),
            ("Which requests exactly - can you list the applicants?", u("personal data; not in the report")),
        ], "switch body, end unanswerable (personal data)"),
        FU("en", [
            ("For the Shanghai general office in 2025, how many requests were granted in full?",
             v("sh25", "r.granted.total")),
            ("How many were turned down because the office didn't hold the information?",
             v("sh25", "r.unable.not_held.total")),
            ("Add those two together for me.", v("sh25", ["r.granted.total", "r.unable.not_held.total"])),
        ], "switch row, add up (text rows)"),
        FU("en", [
            ("How many lawsuits against Huai'an brought after a reconsideration were still pending at the "
             "end of 2024?", v("ha", "a.litigation_after_review.pending")),
            ("And reconsiderations themselves that were still open?",
             v("ha", "a.review.pending", alt=("行政复议 351", 37))),
            ("How many reconsiderations upheld the original decision?",
             v("ha", "a.review.upheld", alt=("行政复议 351", 72))),
        ], "switch appeals group, then outcome"),
        FU("en", [
            ("Shanghai general office 2019: how many new requests came from individuals?",
             v("sh19", "r.received.natural_person")),
            ("And from legal service institutions?", v("sh19", "r.received.legal_services")),
            ("And the 'other organisations' column?", v("sh19", "r.received.other_org")),
        ], "switch column twice"),
        FU("en", [
            ("How many error items did Shuyang correct on its websites in 2025?",
             n("sy", "各类错误信息83处", 83, "处")),
            ("And how many disclosure reconsideration cases did it have that year?", v("sy", "a.review.total")),
            ("How many of them were upheld?", v("sy", "a.review.upheld")),
        ], "narrative then table, then of those"),
        FU("en", [
            ("How many new requests did the Shanghai government general office receive in 2019?",
             v("sh19", "r.received.total")),
            ("And the 2025 figure?", v("sh25", "r.received.total")),
            ("Which year was higher, and by how many?", d("sh19", "sh25", "r.received.total")),
            ("In the higher year, how many of the new requests were from individuals?",
             v("sh25", "r.received.natural_person")),
        ], "switch year, compare, then of those"),
        FU("en", [
            ("Huai'an 2024 - how many partial disclosures went to individuals?",
             v("ha", "r.partially_granted.natural_person")),
            ("Sorry, I meant the businesses column.", v("ha", "r.partially_granted.commercial")),
        ], "self-correction of the column"),
        FU("en", [
            ("What were Hongze's administrative fee receipts in 2024 (万元)?", v("hz24", "c.fees.amount", unit=WAN)),
            ("And for 2023?", v("hz23", "c.fees.amount", unit=WAN)),
            ("How much of that came from school-related fees?", u("no breakdown by fee type")),
        ], "switch year, end unanswerable (fee types)"),
        FU("en", [
            ("Jianxi District 2020: how many requests came in?", v("jx", "r.received.total")),
            ("How many were still open at year end and carried forward?",
             v("jx", "r.carried_forward.total", alt=("办结率88.2%", 2))),
            ("And how many were refused on state-secret grounds?", v("jx", "r.withheld.state_secret.total")),
        ], "switch rows"),
        FU("en", [
            ("How many requests did Shuyang County newly receive in 2025 - new ones only, not the carry-overs?",
             v("sy", "r.received.total")),
            ("The report says 749 though. What's the carried-over figure that explains the gap?",
             v("sy", "r.carried_over.total")),
        ], "check a text/table mismatch"),
        FU("en", [
            ("How many short videos did STCSM's 'Shanghai Keji' video channel release in 2024?",
             n("kw", "短视频 584 条", 584, "条")),
            ("And how many requests did the science commission carry into 2024 from the year before?",
             v("kw", "r.carried_over.total")),
            ("How many did it grant in full that year?", v("kw", "r.granted.total")),
        ], "narrative then table (no gold)"),
        FU("en", [
            ("What did Shuyang collect in administrative fees in 2025 (in 10k yuan)?",
             v("sy", "c.fees.amount", unit=WAN)),
            ("And Huai'an in 2024?", v("ha", "c.fees.amount", unit=WAN)),
            ("How much of Huai'an's fee income came from the urban districts versus the counties?",
             u("no geographic breakdown of fees")),
        ], "switch body, end unanswerable (district split)"),
        FU("en", [
            ("In Hongze's 2023 report, how many reconsiderations ended with the decision corrected?",
             v("hz23", "a.review.corrected")),
            ("How many lawsuits after reconsideration ended with the decision upheld?",
             v("hz23", "a.litigation_after_review.upheld")),
            ("And direct lawsuits, all outcomes?", v("hz23", "a.litigation_direct.total")),
        ], "switch outcome and appeals group (printed totals 0 avoided)"),
        FU("en", [
            ("Shanghai general office 2019: how many requests were dismissed as repeat applications?",
             v("sh19", cols("not_processed.duplicate"), printed_total="r.not_processed.duplicate.total")),
            ("How many of those came from companies?", v("sh19", "r.not_processed.duplicate.commercial")),
            ("And the petition/complaint-type ones overall?",
             v("sh19", cols("not_processed.petition"), printed_total="r.not_processed.petition.total")),
        ], "of those, switch row (blank totals: by columns)"),
        FU("en", [
            ("How many normative documents did Hongze have in force in 2023?", v("hz23", "c.normative_docs.in_force")),
            ("Then 2024?", v("hz24", "c.normative_docs.in_force")),
            ("By how much did it change?", d("hz23", "hz24", "c.normative_docs.in_force")),
        ], "switch year, compare"),
        FU("en", [
            ("Huai'an 2024: how many requests were closed under the catch-all 'other' sub-item of "
             "other handling?", v("ha", "r.other.other.total")),
            ("How many of those were from businesses?", v("ha", "r.other.other.commercial")),
        ], "of those"),
        FU("en", [
            ("How many requests did the Shanghai general office finish in 2025?",
             v("sh25", "r.total_processed.total", alt=("办结 1191", 1191))),
            ("How many did it carry forward into 2026?", v("sh25", "r.carried_forward.total")),
            ("What was the average processing time for those?", u("no processing times in the report")),
        ], "switch row, end unanswerable (time)"),
        FU("en", [
            ("How many policy documents (政策性文件) did Huai'an's city government and its office newly "
             "publish in 2024, going by the text rather than the table?", n("ha", "政策性文件 11 件", 11, "件")),
            ("And in the table, how many normative documents were issued that year?",
             v("ha", "c.normative_docs.issued")),
        ], "narrative then table, different concepts"),
        FU("en", [
            ("How many of Jianxi's 2020 reconsideration cases were upheld?", v("jx", "a.review.upheld")),
            ("And how many direct lawsuits ended upheld?", v("jx", "a.litigation_direct.upheld")),
            ("Who were the plaintiffs?", u("personal data; not in the report")),
        ], "switch appeals group, end unanswerable"),
        FU("en", [
            ("How many of Shuyang's 2025 full disclosures went to companies?", v("sy", "r.granted.commercial")),
            ("And to legal service institutions?", v("sy", "r.granted.legal_services")),
            ("Individuals, then?", v("sy", "r.granted.natural_person")),
        ], "switch column twice"),
        FU("en", [
            ("How many requests did Hongze District handle in total in 2024, going by the table?",
             v("hz24", "r.total_processed.total")),
            ("Oops, I need 2023's.", v("hz23", "r.total_processed.total")),
            ("How many of 2023's were from individuals?", v("hz23", "r.total_processed.natural_person")),
        ], "self-correction of the year, then of those"),
        FU("en", [
            ("STCSM 2024: how many requests from individuals?", v("kw", "r.received.natural_person")),
            ("Is that only new requests, or does it include ones carried over? How many were carried over?",
             v("kw", "r.carried_over.total")),
        ], "check what the figure includes (no gold)"),
        FU("en", [
            ("How many regulations did Huai'an issue in 2024?", v("ha", "c.regulations.issued")),
            ("How many are in force now?", v("ha", "c.regulations.in_force")),
            ("And normative documents in force?", v("ha", "c.normative_docs.in_force")),
        ], "switch column, then row"),
        FU("en", [
            ("How many requests could the Shanghai general office not provide in 2019, all three reasons "
             "together?", v("sh19", cols("unable"), printed_total="r.unable.total")),
            ("Of those, how many were 'not held'?",
             v("sh19", cols("unable.not_held"), printed_total="r.unable.not_held.total")),
            ("And how many because the request was still unclear after correction?",
             v("sh19", cols("unable.unclear"), printed_total="r.unable.unclear.total")),
        ], "of those, switch sub-item (blank totals: by columns)"),
        FU("en", [
            ("How many themed columns did Shuyang's new media open in 2025?", n("sy", "专栏33个", 33, "个")),
            ("How many original short videos did they push?", n("sy", "原创短视频", 1113, "个")),
            ("How many of those videos were about rural revitalisation?", u("no topic breakdown of videos")),
        ], "two narrative numbers, end unanswerable (topic)"),
        FU("en", [
            ("How many Huai'an requests in 2024 were refused because they'd harm third parties' rights?",
             v("ha", "r.withheld.third_party.total")),
            ("And as law-enforcement case files?", v("ha", "r.withheld.enforcement_files.total")),
            ("Add the two.", v("ha", ["r.withheld.third_party.total", "r.withheld.enforcement_files.total"])),
        ], "switch sub-item, add up"),
        FU("en", [
            ("How many lawsuits filed after reconsideration did the Shanghai general office report for 2025?",
             v("sh25", "a.litigation_after_review.total")),
            ("And reconsiderations still pending?", v("sh25", "a.review.pending")),
        ], "switch appeals group (text rows)"),
        FU("en", [
            ("How many fields did Jianxi's disclosure matters span in 2020?",
             n("jx", "601项事项", 21, "个", frm="梳理细化")),
            ("And what did Jianxi spend on centralised procurement that year, in 万元?",
             v("jx", "c.procurement.amount", unit=WAN)),
        ], "narrative then table, same body"),
        FU("en", [
            ("How many company requests did the Shanghai general office get in 2019?",
             v("sh19", "r.received.commercial")),
            ("And in 2025?", v("sh25", "r.received.commercial")),
            ("Which was higher, and by how much?", d("sh19", "sh25", "r.received.commercial")),
        ], "switch year, compare"),
        FU("en", [
            ("How many licensing decisions did the Shanghai science commission make in 2024?",
             v("kw", "c.licensing.decisions")),
            ("And Hongze District in 2024?", v("hz24", "c.licensing.decisions")),
            ("Hongze's punishment decisions that year?", v("hz24", "c.punishment.decisions")),
            ("And its coercion decisions?", v("hz24", "c.coercion.decisions")),
        ], "switch body, then rows (no gold)"),
        FU("en", [
            ("How many refusals (不予公开) did Shuyang have in 2025 overall?", v("sy", "r.withheld.total")),
            ("How many were administrative-query items?", v("sy", "r.withheld.admin_query.total")),
            ("And how many fell under 'other laws and regulations prohibit disclosure'?",
             v("sy", "r.withheld.prohibited_by_law.total")),
        ], "of those, switch sub-item"),
        FU("en", [
            ("How many requests did Huai'an receive from individuals in 2024?",
             v("ha", "r.received.natural_person")),
            ("And how many individuals' requests were carried over from the year before?",
             v("ha", "r.carried_over.natural_person")),
            ("How many of those individual applicants actually live in Huai'an?", u("no residence breakdown")),
        ], "switch row, end unanswerable (residence)"),
        FU("en", [
            ("How many process-information refusals did the Shanghai general office issue in 2019?",
             v("sh19", cols("withheld.process_info"), printed_total="r.withheld.process_info.total")),
            ("Sorry, I meant internal-affairs refusals.",
             v("sh19", cols("withheld.internal_affairs"), printed_total="r.withheld.internal_affairs.total")),
        ], "self-correction of the row (blank totals: by columns)"),
        FU("en", [
            ("How many requests did Hongze District reject in 2023 on state-secret grounds?",
             v("hz23", "r.withheld.state_secret.total")),
            ("And as process information?", v("hz23", "r.withheld.process_info.total")),
            ("All refusals together that year?", v("hz23", "r.withheld.total")),
        ], "switch sub-item, then parent row (derived)"),
        FU("en", [
            ("Shuyang 2025: how many direct lawsuits?", v("sy", "a.litigation_direct.total")),
            ("Among lawsuits after reconsideration, how many were still pending?",
             v("sy", "a.litigation_after_review.pending")),
            ("And after-reconsideration suits with some other outcome?", v("sy", "a.litigation_after_review.other")),
        ], "switch appeals group, then outcome"),
        FU("en", [
            ("How many requests did Huai'an fully grant to legal service institutions in 2024?",
             v("ha", "r.granted.legal_services")),
            ("And to 'other' organisations?", v("ha", "r.granted.other_org")),
            ("Is the 1362 full grants figure including those? What's the individuals' share of it?",
             v("ha", "r.granted.natural_person")),
        ], "switch column, check, narrow"),
        FU("en", [
            ("How many service guides did the Shanghai International Services Portal publish, per the "
             "general office's 2025 report?", n("sh25", "办事服务指引 403 项", 403, "项")),
            ("How many documents had their disclosure attribute reviewed that year?",
             n("sh25", "公文公开属性审查", 166, "件", frm="全年完成")),
            ("And how many requests did the office receive from individuals in 2025?",
             v("sh25", "r.received.natural_person")),
        ], "two narrative numbers then table (no gold)"),
        FU("en", [
            ("How many requests did Hongze's table record as 'information not held' in 2024?",
             v("hz24", "r.unable.not_held.total")),
            ("And in 2023?", v("hz23", "r.unable.not_held.total")),
            ("What's the change between the two?", d("hz23", "hz24", "r.unable.not_held.total")),
            ("How many of the 2024 ones went on to reconsideration?", u("no link between outcomes and appeals")),
        ], "switch year, compare, end unanswerable"),
        FU("en", [
            ("How many requests did Jianxi take from natural persons in 2020?", v("jx", "r.received.natural_person")),
            ("And the Shanghai general office in 2019, from individuals?", v("sh19", "r.received.natural_person")),
            ("How many of Shanghai's 2019 processed requests were individuals'?",
             v("sh19", "r.total_processed.natural_person")),
        ], "switch body and year, switch row"),
        FU("en", [
            ("How many rounds of public consultation did Shuyang run on its portal in 2025?",
             n("sy", "意见征集9期", 9, "期")),
            ("And how many normative documents were in force that year?", v("sy", "c.normative_docs.in_force")),
        ], "narrative then table, same body"),
        FU("en", [
            ("How many policies did STCSM push for integrated release in 2024?",
             n("kw", "集成式发布政策 121 条", 121, "条")),
            ("How many requests did it receive in total that year?", v("kw", "r.received.total")),
            ("Break those applicants down by age group for me.", u("no age breakdown")),
        ], "narrative then table, end unanswerable (age)"),
        FU("en", [
            ("How many requests did Huai'an refuse in 2024 because other laws prohibit disclosure?",
             v("ha", "r.withheld.prohibited_by_law.total")),
            ("How about Shuyang in 2025?", v("sy", "r.withheld.prohibited_by_law.total")),
        ], "switch body"),
        FU("en", [
            ("How many individuals' requests did the Shanghai general office carry into its 2025 workload "
             "from 2024?", v("sh25", "r.carried_over.natural_person")),
            ("And all applicant types together?", v("sh25", "r.carried_over.total")),
            ("How many of those were filed by women?", u("no sex breakdown")),
        ], "switch column, end unanswerable (sex)"),
        FU("en", [
            ("How many reconsiderations involving Hongze District were there in 2024?", v("hz24", "a.review.total")),
            ("How many lawsuits after reconsideration?", v("hz24", "a.litigation_after_review.total")),
            ("Is that more than the direct lawsuits? How many direct ones?", v("hz24", "a.litigation_direct.total")),
        ], "switch appeals group twice (no gold)"),
        FU("en", [
            ("How many requests did Huai'an carry forward into 2025, per its 2024 report?",
             v("ha", "r.carried_forward.total")),
            ("Compare that with Shuyang 2025 and Jianxi 2020 - which of the three carried forward the fewest?",
             rk(["ha", "sy", "jx"], "r.carried_forward.total", "asc")),
        ], "value then ranking over three gold bodies"),
        FU("en", [
            ("How many regulations did Jianxi District newly make in 2020?", v("jx", "c.regulations.made")),
            ("Not even one? And normative documents?", v("jx", "c.normative_docs.made")),
        ], "check a zero, switch row"),
        FU("en", [
            ("How many requests did Shuyang decline to process as petitions or complaints in 2025?",
             v("sy", "r.not_processed.petition.total")),
            ("No wait - I meant duplicates.", v("sy", "r.not_processed.duplicate.total")),
            ("Any of the duplicates from companies?", v("sy", "r.not_processed.duplicate.commercial")),
        ], "self-correction of the row, then of those"),
        FU("en", [
            ("What pass rate did Huai'an's government new media get in the province's 2024 spot checks?",
             n("ha", "合格率均", 100, "%")),
            ("How many direct lawsuits did Huai'an face that year?", v("ha", "a.litigation_direct.total")),
            ("How many of those plaintiffs were companies?", u("no applicant-type breakdown of lawsuits")),
        ], "narrative then table, end unanswerable"),
    ]


def CONVERSATIONS():
    return (plain() + combine() + rank() + textonly() + cannot() + neighbour()
            + followups_zh() + followups_en())
