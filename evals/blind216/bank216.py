"""Question bank of blind evaluation set 216 (evals/blind216): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Every wording here was newly written for this set. Numbers are never typed for table cells:
the builders of helpers216 compute them from corpus/gold/*.json, or, for the three reports
without gold, parse them from the printed table row named in SPECS (the same cells blind6's
text_cells.json verified). Narrative numbers are typed together with a keyword; helpers216 cuts
the sentence from the report text and refuses the turn unless the number is in it as a whole
number (no 约/近/余/万 figures).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib216 as L  # noqa: E402
from helpers216 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

_HZ_APPEALS = "四、政府信息公开行政复议、行政诉讼情况"
_SH_APPEALS = "注：行政复议、行政诉讼数量含上年度结转数量。"

# printed cells of the reports without gold (same specs as blind6's text_cells.json)
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _HZ_APPEALS, 14),
        "appeals.litigation_direct.total": ("after", _HZ_APPEALS, 9),
        "appeals.review.total": ("after", _HZ_APPEALS, 4),
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
        "appeals.litigation_after_review.total": ("after", _SH_APPEALS, 14),
        "appeals.litigation_direct.pending": ("after", _SH_APPEALS, 8),
        "appeals.litigation_direct.total": ("after", _SH_APPEALS, 9),
        "appeals.review.pending": ("after", _SH_APPEALS, 3),
        "appeals.review.total": ("after", _SH_APPEALS, 4),
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

# sentences that state the same number as a table cell (text alternative, marked ambiguous)
HA_REQ = "全市共受理政府信息公开申请"     # 3119 / 3050 / 34 / 103
HA_APP = "政府信息公开行政复议 351"       # 351 / 72 / 64 / 178 / 37 ; 诉讼 维持 25
SH19_REQ = "回落12.3%"                    # 859 / 805 / 18 / 72
SH19_APP = "信息公开类行政复议7件"          # 复议 7, 诉讼 9
SH19_ACT = "主动公开规章13件"               # 规章 13, 规范性文件 60
SH25_REQ = "办结 1191 件"                   # 1295 / 1191 / 189
JX_REQ = "全年共收到依申请公开17件"         # 17 / 15 / 2
KW_REQ = "全年收到政府信息公开申请 34 件"    # 34 / 2
KW_OUT = "同意公开答复 9 件"                # 9
KW_ACT = "市科委通过部门网站当年发布政府信息"  # 规范性文件 13
HZ23_REQ = "2023 年全区受理政府信息公开申请"  # 21
SY_REQ = "全县全年共受理政府信息公开申请"      # 718 / 31 / 法人或其他组织 8

W = "万元"


def plain():
    P = "[plain] "
    return [
        # ---- zh ----
        V("zh", "ha", "r.received.total", "想问下淮安2024年新收到的政府信息公开申请总共多少件？",
          P + "new requests, text agrees", alt=(HA_REQ, 3119)),
        V("zh", "ha", "r.received.natural_person", "2024年淮安市，以个人名义（自然人）提出的新申请有几件？",
          P + "new requests, natural persons"),
        V("zh", "ha", "r.partially_granted.total", "淮安二〇二四年有多少申请最后只给公开了一部分？",
          P + "partially granted, year in Chinese numerals"),
        V("zh", "ha", "r.withheld.admin_query.total", "淮安市政府24年年报里，因为属于行政查询事项没给公开的有多少件？",
          P + "withheld as administrative query, two-digit year"),
        V("zh", "ha", "c.regulations.in_force", "淮安市2024年底仍然有效的市政府规章还剩几件？",
          P + "regulations in force"),
        V("zh", "ha", "r.other.overdue_correction.total", "2024年淮安有多少申请是因为申请人过了期限也不补正，政府就没再处理的？",
          P + "other handling: no correction in time"),
        V("zh", "ha", "a.review.corrected", "淮安市人民政府2024年的信息公开行政复议里，被纠正的案子有多少？",
          P + "review corrected, text agrees", alt=(HA_APP, 64)),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区2023年一共作出多少个行政处罚决定？",
          P + "punishment decisions"),
        V("zh", "hz23", "c.fees.amount", "洪泽区政府2023年行政事业性收费收了多少钱？按万元说就行",
          P + "fees amount (万元)", unit=W),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽2023年依申请公开里，回复“本机关不掌握”的有几件？",
          P + "not held"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年办的行政许可，处理决定数量是多少？",
          P + "licensing decisions (text row)"),
        V("zh", "hz24", "c.coercion.decisions", "2024年洪泽区政府采取行政强制的决定有几个",
          P + "coercion decisions (text row)"),
        V("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可一共作了多少个决定？",
          P + "licensing decisions"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年以“三类内部事务信息”为理由拒绝公开的申请有多少？",
          P + "withheld: internal affairs"),
        V("zh", "sy", "r.carried_forward.total", "沭阳县政府2025年没办完、要放到下一年接着办的申请是几件？",
          P + "carried forward, text agrees", alt=(SY_REQ, 31)),
        V("zh", "sy", "c.normative_docs.issued", "2025年沭阳县新发了几件行政规范性文件",
          P + "normative documents issued"),
        V("zh", "sy", "r.not_processed.petition.total", "沭阳2025年那些其实是信访、举报、投诉的申请，不予处理的有几件？",
          P + "not processed: petitions"),
        V("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年搞了几个政府集中采购项目？",
          P + "procurement projects (2019 format)"),
        V("zh", "sh19", "r.received.commercial", "上海市府办2019年新收的申请里面，有多少是商业企业递交的",
          P + "new requests, commercial column"),
        V("zh", "sh19", "r.carried_forward.total", "2019年上海市政府办公厅有多少申请留到下一年度继续办理？",
          P + "carried forward, text agrees", alt=(SH19_REQ, 72)),
        V("zh", "sh19", "c.normative_docs.total_published", "19年上海市府办规范性文件累计对外公开的总数是多少？",
          P + "normative documents total published, two-digit year"),
        V("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年有几件申请被当作重复申请不予处理？",
          P + "duplicate requests (text row)"),
        V("zh", "sh25", "r.unable.needs_creation.total", "2025年上海市府办因为没有现成信息、需要另外制作而没能提供的，有多少件？",
          P + "needs creation (text row)"),
        V("zh", "sh25", "a.review.total", "上海市政府办公厅2025年因为信息公开被申请行政复议一共多少件？",
          P + "review total (text row; includes carried-over cases as printed)"),
        V("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可的处理决定有多少件",
          P + "licensing (text row)"),
        V("zh", "kw", "r.received.commercial", "上海科委2024年新收到的公开申请中，企业提的有几件？",
          P + "new requests, commercial (text row)"),
        V("zh", "jx", "c.normative_docs.made", "涧西区政府办2020年新制作了多少件规范性文件？",
          P + "normative documents made (2019 format)"),
        V("zh", "jx", "r.granted.total", "涧西区人民政府办公室2020年依申请公开的，同意公开的有多少件",
          P + "granted"),
        # ---- en ----
        V("en", "ha", "r.received.commercial",
          "How many information disclosure requests did businesses file with the Huai'an city government in 2024?",
          P + "new requests, commercial"),
        V("en", "ha", "r.granted.total", "In Huai'an's 2024 report, how many requests were disclosed in full?",
          P + "granted"),
        V("en", "ha", "r.withheld.state_secret.total",
          "Huaian 2024: number of requests refused on the grounds that the information was a state secret?",
          P + "withheld: state secret"),
        V("en", "ha", "c.fees.amount",
          "What did Huai'an take in as administrative and institutional fees in 2024? Give it in 万元.",
          P + "fees amount", unit=W),
        V("en", "ha", "c.coercion.decisions", "How many administrative coercion decisions did Huai'an report for FY2024?",
          P + "coercion decisions"),
        V("en", "ha", "r.carried_forward.total",
          "Huai'an, 2024: how many requests were still open at year end and rolled into the following year?",
          P + "carried forward, text agrees", alt=(HA_REQ, 103)),
        V("en", "ha", "r.not_processed.petition.total",
          "For Huai'an in 2024, how many requests went unprocessed because they were really petitions, reports or complaints?",
          P + "not processed: petitions"),
        V("en", "ha", "a.review.pending",
          "How many disclosure-related administrative review cases involving Huai'an were still undecided at the end of 2024?",
          P + "review pending, text agrees", alt=(HA_APP, 37)),
        V("en", "hz23", "r.partially_granted.total", "How many requests got only partial disclosure in Hongze District in 2023?",
          P + "partially granted"),
        V("en", "hz23", "c.licensing.decisions", "Hongze 2023 - what's the count of administrative licensing decisions?",
          P + "licensing decisions"),
        V("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District abolish in 2023?",
          P + "normative documents repealed"),
        V("en", "hz24", "c.fees.amount",
          "What were Hongze District's administrative fee revenues in 2024, in units of 10,000 yuan?",
          P + "fees amount (text row)", unit=W),
        V("en", "hz24", "r.granted.total", "In 2024, how many requests did Hongze District's government approve in full?",
          P + "granted (text row)"),
        V("en", "hz24", "a.litigation_direct.total",
          "How many lawsuits were brought straight to court, without a prior review, against Hongze District over disclosure in 2024?",
          P + "direct lawsuits (text row)"),
        V("en", "sy", "r.carried_over.total",
          "How many pending requests did Shuyang County bring over from the prior year into 2025?",
          P + "carried over"),
        V("en", "sy", "r.unable.not_held.total",
          "Shuyang 2025: how many requests got the answer that the county simply doesn't hold that information?",
          P + "not held"),
        V("en", "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang County record in 2025?",
          P + "punishment decisions"),
        V("en", "sy", "a.review.upheld",
          "In Shuyang's 2025 report, how many disclosure-related administrative reviews were upheld?",
          P + "review upheld"),
        V("en", "sy", "c.normative_docs.in_force", "How many normative documents were in effect in Shuyang as of the 2025 report?",
          P + "normative documents in force"),
        V("en", "sh19", "r.received.natural_person",
          "How many disclosure requests did the Shanghai General Office take in from private individuals in 2019?",
          P + "new requests, natural persons"),
        V("en", "sh19", "c.regulations.made",
          "Shanghai municipal government general office, 2019: how many municipal regulations were newly drawn up?",
          P + "regulations made (2019 format)"),
        V("en", "sh19", "c.procurement.amount",
          "What was the total value of the Shanghai General Office's centralized government procurement in 2019?",
          P + "procurement amount printed as 251000元 = 25.1 万元", unit=W),
        V("en", "sh25", "r.received.natural_person",
          "In 2025, how many new requests did the Shanghai General Office get from members of the public acting as individuals?",
          P + "new requests, natural persons (text row)"),
        V("en", "sh25", "r.carried_over.total",
          "How many requests had the Shanghai General Office brought forward from 2024 into its 2025 workload?",
          P + "carried over (text row), text agrees", alt=(SH25_REQ, 189)),
        V("en", "sh25", "a.litigation_direct.pending",
          "Shanghai General Office, 2025: how many of the lawsuits filed directly in court were still awaiting judgment?",
          P + "direct lawsuits pending (text row)"),
        V("en", "kw", "c.normative_docs.in_force",
          "How many normative documents did the Shanghai Science and Technology Commission have in force in 2024?",
          P + "normative documents in force (text row)"),
        V("en", "kw", "r.total_processed.total", "STCSM 2024 - total number of requests it dealt with?",
          P + "total processed (text row)"),
        V("en", "jx", "r.received.total",
          "How many information disclosure requests did the Jianxi District government office receive in 2020?",
          P + "new requests, text agrees", alt=(JX_REQ, 17)),
    ]


WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def combine():
    P = "[combine] "
    return [
        # sums, zh
        S("zh", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "淮安市2024年信息公开的复议和诉讼里，结果是维持原决定的，三类加在一起有多少件？",
          P + "sum: upheld in review + both kinds of lawsuit"),
        S("zh", "sy", ["r.received.commercial", "r.received.legal_services"],
          "沭阳县2025年本年新收的申请里，商业企业和法律服务机构加起来提了几件？",
          P + "sum: two organisation columns; text's 法人或其他组织 8 agrees", alt=(SY_REQ, 8)),
        S("zh", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
          "上海市府办2019年新收申请中，商业企业、法律服务机构和其他组织这几类合计多少件？",
          P + "sum: three organisation columns"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "洪泽区2023年“本机关不掌握”和“需要另行制作”这两种无法提供的情况，一共几件？",
          P + "sum: two unable sub-rows"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市政府办公厅2025年不予处理的申请中，信访举报投诉类加上重复申请，总数是多少？",
          P + "sum: two not-processed rows (text rows)"),
        S("zh", "ha", ["c.regulations.issued", "c.normative_docs.issued"],
          "2024年淮安新制发的市政府规章和行政规范性文件，合起来一共多少件？",
          P + "sum: regulations + normative documents issued"),
        # sums, en
        S("en", "ha", WITHHELD8,
          "Adding up all eight grounds for refusal, how many requests did Huai'an withhold in 2024?",
          P + "sum: the eight withheld sub-rows"),
        S("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "For Shuyang County in 2025, what do the petition-type and repeat requests that were not processed come to together?",
          P + "sum: two not-processed rows"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Counting reviews, direct lawsuits and lawsuits after review, how many disclosure disputes did the Jianxi District office have in 2020?",
          P + "sum: the three appeals totals"),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "Shuyang 2025: add together the three kinds of 'other handling' for requests - what's the figure?",
          P + "sum: the three 2021-format other-handling sub-rows"),
        S("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "What is the combined number of administrative reviews and both types of lawsuits for the Shanghai General Office in 2025?",
          P + "sum: three appeals totals (text row)"),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2024: licensing, penalty and coercion decisions all together - how many?",
          P + "sum: three decision counts (text rows)"),
        # differences, zh
        D("zh", "hz23", "hz24", "c.normative_docs.issued",
          "洪泽区本年制发的行政规范性文件，2024年比2023年多了几件？",
          P + "difference 2023 -> 2024 (2024 text row)"),
        D("zh", "hz23", "hz24", "c.fees.amount",
          "洪泽区行政事业性收费金额2024年和2023年比，变化了多少万元？",
          P + "difference of fees 2023 -> 2024 (万元)", unit=W),
        D("zh", "sh19", "sh25", "r.carried_over.total",
          "上海市政府办公厅上年结转的申请，2025年比2019年增加了多少件？",
          P + "difference 2019 -> 2025 (2025 text row)"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市府办被申请行政复议的数量，从2019年到2025年变了多少？",
          P + "difference 2019 -> 2025; 2025 counts include carried-over cases as printed"),
        # differences, en
        D("en", "hz23", "hz24", "r.granted.total",
          "How did the number of requests Hongze District granted in full change from 2023 to 2024?",
          P + "difference 2023 -> 2024 (2024 text row)"),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Between 2023 and 2024, by how much did Hongze's count of 'information not held' replies change?",
          P + "difference 2023 -> 2024 (2024 text row)"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: how much higher was the number of requests carried into the next year in 2025 than in 2019?",
          P + "difference 2019 -> 2025 (2025 text row)"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Compare 2019 and 2025: how did the number of direct lawsuits against the Shanghai General Office change?",
          P + "difference 2019 -> 2025 (2025 text row)"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，这三家哪家新收的信息公开申请最多？",
          P + "new requests, 3 bodies, desc"),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.received.total", "asc",
          "Among the Jianxi District office (2020), Hongze District (2023), Shuyang County (2025) and the Shanghai General Office (2019), which one got the fewest new requests?",
          P + "new requests, 4 bodies, asc"),
        R("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc",
          "结转到下一年度继续办的申请，沭阳县2025年、上海市府办2019年、涧西区政府办2020年，谁的最多？",
          P + "carried forward, 3 bodies, desc"),
        R("en", ["hz23", "sy", "sh19"], "r.total_processed.total", "asc",
          "Which handled the smallest total of requests: Hongze District in 2023, Shuyang County in 2025, or the Shanghai General Office in 2019?",
          P + "total processed, 3 bodies, asc"),
        R("zh", ["sy", "sh19", "jx"], "a.review.total", "desc",
          "比一比行政复议总数：沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，哪个最高？",
          P + "review total, 3 bodies, desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
          "Of Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) and Jianxi District's office (2020), who faced the most direct disclosure lawsuits?",
          P + "direct lawsuits, 4 bodies, desc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc",
          "现行有效的行政规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年相比，哪家最多？",
          P + "normative documents in force, 3 bodies (2021 format), desc"),
        C("ranking", "en", [(
            "Which reported the lowest administrative fee income: Huai'an in 2024, Hongze District in 2023, or Shuyang County in 2025?",
            ER(["ha", "hz23", "sy"], "c.fees.amount", "asc", unit=W))],
          P + "fees amount (万元), 3 bodies, asc"),
        R("zh", ["jx", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
          "自然人申请里答复“本机关不掌握”的件数，涧西区政府办2020年、洪泽区2023年、沭阳县2025年、上海市府办2019年，哪家最多？",
          P + "not held (natural persons column), 4 bodies, desc"),
        R("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
          "Rank Huai'an 2024, Hongze District 2023 and Shuyang County 2025 by administrative penalty decisions - which is at the top?",
          P + "punishment decisions, 3 bodies, desc"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年度转过来、接着办的申请有多少件？",
          P + "上年结转 (34), not 结转下年 (103)", alt=(HA_REQ, 34)),
        T("en", "ha", "a.litigation_after_review.total",
          "In 2024, how many disclosure lawsuits against Huai'an were filed only after the applicant had first gone through administrative review?",
          P + "复议后起诉 (20), not 直接起诉 (26)"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年作废掉的行政规范性文件是几件？",
          P + "废止 (26), not 制发 (8) or 现行有效 (66)"),
        T("en", "sy", "r.unable.needs_creation.total",
          "Shuyang 2025: in how many cases could the information not be supplied because it would have had to be compiled from scratch?",
          P + "另行制作 (2), not 不掌握 (111)"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以属于过程性信息为由不予公开的有几件？",
          P + "过程性信息 (2), not 内部事务 (13)"),
        T("en", "sh19", "c.regulations.total_published",
          "What's the cumulative number of regulations the Shanghai General Office had made public, as given in its 2019 report?",
          P + "对外公开总数 (524), not 新制作 (13)"),
        T("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购的总金额是多少？",
          P + "采购金额 (28.6232 万元), not 项目数 (8)", unit=W),
        T("en", "ha", "a.review.other",
          "How many of Huai'an's 2024 disclosure reviews ended with an outcome that was neither upheld nor corrected?",
          P + "其他结果 (178), not 纠正 (64)", alt=(HA_APP, 178)),
        T("zh", "sy", "r.partially_granted.total", "沭阳县2025年只公开了一部分内容的申请有几件？",
          P + "部分公开 (101), not 予以公开 (294)"),
        T("en", "sh19", "r.received.legal_services",
          "How many requests did law firms and other legal service bodies file with the Shanghai General Office in 2019?",
          P + "法律服务机构 (2), not 商业企业 (35)"),
    ]


def textonly():
    P = "[textonly] "
    return [
        # zh
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年一共开了多少场新闻发布会？",
          P + "press conferences"),
        N("zh", "ha", "在运维政务新媒体", 95, "个", "截至2024年年报，淮安全市还在运营的政务新媒体账号有多少个？",
          P + "government new-media accounts in operation"),
        N("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？",
          P + "items published on the portal"),
        N("zh", "hz24", "2428", 7, "期", "洪泽区政府2024年公开了几期政府常务会议？",
          P + "executive meetings made public (two 7s in the sentence, same number)"),
        N("zh", "sy", "爆款", 52, "条", "沭阳县2025年的政务新媒体出了多少条爆款内容？",
          P + "viral posts"),
        N("zh", "sy", "催办提示", 84, "次", "沭阳2025年那个依申请件倒计时报警器，一年发了多少次催办提示？",
          P + "reminders sent"),
        N("zh", "sy", "697", 697, "条", "沭阳县2025年清理掉的过期信息有多少条",
          P + "outdated items removed"),
        N("zh", "kw", "原创文章", 294, "篇", "上海市科委的“上海科技”公众号2024年发的原创文章有几篇？",
          P + "original WeChat articles (上海市科委 2024)"),
        N("zh", "kw", "惠企政策 83 条", 83, "条", "上海市科委2024年日常报送的惠企政策是多少条？",
          P + "business-support policies reported"),
        N("zh", "sh25", "主动撤回", 157, "件", "上海市政府办公厅2025年有多少件申请是申请人自己主动撤回的？",
          P + "withdrawn by applicants (inside 其他处理 319)"),
        N("zh", "sh25", "公文公开属性审查", 166, "件", "2025年上海市府办做了多少件公文公开属性审查？",
          P + "disclosure-attribute reviews of documents", frm="全年完成"),
        N("zh", "sh19", "70家政府网站", 70, "家", "按上海市政府办公厅2019年的年报，每个季度全面检查的政府网站有多少家？",
          P + "government websites checked quarterly (上海市府办 2019)"),
        N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理出来的政务公开事项一共多少项？",
          P + "disclosure items listed", frm="梳理细化"),
        # en
        N("en", "ha", "制作政策解读", 21, "个",
          "How many policy interpretation pieces did Huai'an's city government produce in 2024?",
          P + "policy interpretations"),
        N("en", "ha", "全覆盖检查", 4, "次",
          "How many full-coverage inspections of disclosure columns did Huai'an organise in 2024?",
          P + "inspections"),
        N("en", "ha", "3940", 3940, "元",
          "How much did Huai'an charge in information processing fees for disclosure requests in 2024, in yuan?",
          P + "processing fees in 元 (not the 万元 table fees)", frm="2024 年，市政府严格"),
        N("en", "hz24", "2428", 2428, "条",
          "How many items of government information did Hongze District post on its website in 2024?",
          P + "items published on the portal"),
        N("en", "sy", "开展意见征集", 9, "期",
          "How many rounds of public consultation did Shuyang County run through its portal in 2025?",
          P + "consultation rounds"),
        N("en", "sy", "64家单位", 64, "家",
          "Shuyang 2025: how many units had their disclosure annual reports published together?",
          P + "units whose annual reports were published"),
        N("en", "sy", "失效链接43处", 43, "处",
          "How many broken links did Shuyang County fix on its website during 2025?",
          P + "broken links fixed"),
        N("en", "kw", "人大代表建议 50 件", 50, "件",
          "For how many NPC deputies' suggestions did the Shanghai science commission publish its replies in 2024?",
          P + "deputies' suggestions answered", frm="《上海市科委 2024 年度代表建议"),
        N("en", "kw", "直播 118 场", 118, "场",
          "How many livestreams did STCSM's 'Shanghai Science and Technology' channel host in 2024?",
          P + "livestreams"),
        N("en", "sh25", "新闻通气会 19 场", 19, "场",
          "According to the Shanghai General Office's 2025 report, how many press briefings (新闻通气会) did the city government hold?",
          P + "press briefings (上海市府办 2025)"),
        N("en", "sh25", "10 个语种", 10, "个",
          "Per the Shanghai General Office's 2025 report, how many languages does the Shanghai International Services Portal now cover?",
          P + "languages of the international portal (上海市府办 2025)"),
        N("en", "sh19", "政策解读共132件", 132, "件",
          "How many policy interpretations did the Shanghai General Office put out on the China Shanghai portal in 2019?",
          P + "policy interpretations"),
        N("en", "sh19", "53个部门", 53, "个",
          "The Shanghai General Office's 2019 report mentions the unified acceptance platform of 'One Netcom' - how many departments were connected to it?",
          P + "departments on the platform (上海市府办 2019)"),
    ]


def cannot():
    P = "[cannot] "
    return [
        # zh
        U("zh", "淮安市政府2024年的信息公开申请人里，男的女的各占多少？",
          "the report counts applicants by type (自然人 / 法人), never by sex", P + "sex breakdown"),
        U("zh", "沭阳县2025年各个乡镇分别收到多少件信息公开申请？",
          "the county report gives county-wide totals only, no township breakdown", P + "township breakdown"),
        U("zh", "南京市2024年政府信息公开申请有多少件？",
          "no 南京市 report is held", P + "body not held"),
        U("zh", "洪泽区2022年作出的行政处罚决定有多少件？",
          "only the 2023 and 2024 reports of 洪泽区 are held", P + "year not held"),
        U("zh", "涧西区政府办2021年一共收到多少依申请公开？",
          "only the 2020 report of 涧西区政府办 is held", P + "year not held"),
        U("zh", "淮安市2024年专门做政务公开的工作人员一共多少名？",
          "the report mentions staffing problems but states no number of staff", P + "staff"),
        U("zh", "上海市府办2025年收到的申请主要问的是哪方面的事，哪个话题最多？",
          "the report gives no topics of requests, only that demand keeps growing", P + "topics"),
        U("zh", "上海科委2024年的申请人里，60岁以上的有几位？",
          "applicants' ages are not reported", P + "age"),
        U("zh", "涧西区政府办2020年花在政府信息公开工作上的经费是多少？",
          "no spending on disclosure work is stated (the 28.6232 万元 is centralised procurement)", P + "costs"),
        U("zh", "宿迁市人民政府2025年的年报里行政复议有多少件？",
          "no 宿迁市 report is held (沭阳县 is a county of it, with its own report)", P + "body not held"),
        U("zh", "清江浦区2024年收到的依申请公开数量是多少？",
          "no 清江浦区 report is held", P + "body not held"),
        U("zh", "你觉得淮安市2024年的政务公开工作做得怎么样，满分十分能打几分？",
          "an opinion score; the report states no rating", P + "opinion"),
        U("zh", "把上海市政府办公厅2019年那些信息公开申请人的名单和电话发给我",
          "applicants' personal data are not in the report and must not be disclosed", P + "personal data"),
        U("zh", "洪泽区2023年的申请人都住在哪些街道，每个街道各多少人？",
          "applicants' residence is not reported", P + "residence"),
        U("zh", "上海市政府办公厅2025年依申请公开的群众满意度是多少？",
          "no satisfaction rate for requests is reported", P + "figure not stated"),
        U("zh", "洪泽区2024年关停了多少个政务新媒体账号？",
          "the report says accounts were closed or merged but gives no number", P + "figure not stated"),
        U("zh", "上海市府办2025年，各个区分别收到多少件信息公开申请？",
          "the report covers the municipal government only; no district breakdown", P + "district breakdown"),
        # en
        U("en", "How many disclosure requests did Huai'an's city government receive in 2023?",
          "only the 2024 report of 淮安市人民政府 is held", P + "year not held"),
        U("en", "What were the Shanghai General Office's request numbers for 2022?",
          "only the 2019 and 2025 reports of 上海市人民政府办公厅 are held", P + "year not held"),
        U("en", "How many requests did the Shanghai science commission receive in 2023?",
          "only the 2024 report of 上海市科学技术委员会 is held", P + "year not held"),
        U("en", "Shuyang County 2024: how many disclosure requests came in?",
          "only the 2025 report of 沭阳县人民政府 is held", P + "year not held"),
        U("en", "On average, how many working days did Shuyang County take to answer a disclosure request in 2025?",
          "response times are not reported (only that replies were within the legal limit)", P + "response time"),
        U("en", "Can you break down Hongze District's 2024 disclosure requests by month?",
          "the report has annual totals only", P + "month breakdown"),
        U("en", "How many of STCSM's 2024 requests were submitted online and how many by post?",
          "the channel of submission is not reported", P + "channel"),
        U("en", "How many disclosure requests will Huai'an get in 2025? Give me your best estimate.",
          "a forecast; the reports state no future figures", P + "forecast"),
        U("en", "How many disclosure requests did Pudong New Area receive in 2025?",
          "no 浦东新区 report is held", P + "body not held"),
        U("en", "In 2025, how many of Shuyang's disclosure requests concerned land requisition and demolition?",
          "requests are not broken down by topic", P + "topic"),
        U("en", "How many of Huai'an's 2024 disclosure requests came from foreign nationals?",
          "applicants' nationality is not reported", P + "nationality"),
        U("en", "In 2019, how many requests to the Shanghai General Office were written in English?",
          "the language of requests is not reported", P + "language of requests"),
        U("en", "What share of Huai'an's 2024 requests were answered within 10 working days?",
          "response times are not reported", P + "response time"),
        U("en", "How many requests to the Jianxi District office in 2020 were about pensions?",
          "requests are not broken down by topic", P + "topic"),
        U("en", "How many 12345 hotline calls did Shuyang County handle in 2025?",
          "the hotline is mentioned but no call count is given", P + "figure not stated"),
        U("en", "Which industries were the companies that filed requests with the Shanghai General Office in 2025 from?",
          "applicants' industries are not reported", P + "industry"),
        U("en", "What's the name of the person who brought the administrative review against STCSM in 2024?",
          "personal data; the report only counts the case", P + "personal data"),
    ]


def followup_a():
    """switch the year (洪泽区 2023 <-> 2024, 上海市府办 2019 <-> 2025)."""
    P = "[followup] year switch: "
    return [
        F("zh", [
            ("洪泽区政府2023年作出的行政强制决定有多少？", E("hz23", "c.coercion.decisions")),
            ("那到了2024年变成多少了？", E("hz24", "c.coercion.decisions")),
            ("2024年比2023年变化了多少件？", ED("hz23", "hz24", "c.coercion.decisions")),
        ], P + "hz coercion 2023 -> 2024, then the change"),
        F("en", [
            ("How many disclosure applications did the Shanghai General Office take in during 2019?",
             E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("And in 2025?", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
            ("Which of the two years was higher, and by how much?", ED("sh19", "sh25", "r.received.total")),
            ("For 2025, how many of those new requests came from companies?", E("sh25", "r.received.commercial")),
        ], P + "sh new requests 2019 -> 2025, compare, then a column of 2025"),
        F("zh", [
            ("上海市府办2025年结转到下年度继续办理的有多少件", E("sh25", "r.carried_forward.total")),
            ("2019年的报告里这个数是多少", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
        ], P + "sh carried forward 2025 -> 2019"),
        F("en", [
            ("In 2023, did Hongze District grant any request in full? How many?", E("hz23", "r.granted.total")),
            ("And the 2024 figure?", E("hz24", "r.granted.total")),
        ], P + "hz granted 2023 (0) -> 2024"),
        F("zh", [
            ("上海市政府办公厅2019年信息公开类的行政复议有几件？", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
            ("2025年的呢？", E("sh25", "a.review.total")),
            ("2025年那些复议里还没审结的有多少", E("sh25", "a.review.pending")),
        ], P + "sh review total 2019 -> 2025, then pending"),
        F("en", [
            ("How many normative documents were still valid for Hongze District in 2024?",
             E("hz24", "c.normative_docs.in_force")),
            ("Same thing for 2023?", E("hz23", "c.normative_docs.in_force")),
            ("So how much did it change from 2023 to 2024?", ED("hz23", "hz24", "c.normative_docs.in_force")),
            ("And how many new ones were issued in 2024?", E("hz24", "c.normative_docs.issued")),
        ], P + "hz normative docs in force 2024 -> 2023, change, issued 2024"),
        F("zh", [
            ("2019年上海市府办没经过复议、直接被告上法院的行政诉讼有几件", E("sh19", "a.litigation_direct.total",
                                                          alt=(SH19_APP, 9))),
            ("换到2025年是多少", E("sh25", "a.litigation_direct.total")),
        ], P + "sh direct lawsuits 2019 -> 2025"),
        F("en", [
            ("Hongze District, 2023: how many requests ended with the office saying it didn't hold the information?",
             E("hz23", "r.unable.not_held.total")),
            ("And for 2024?", E("hz24", "r.unable.not_held.total")),
            ("Of those 2024 ones, how many were about housing demolition?",
             EU("the report does not break the not-held replies down by topic")),
        ], P + "hz not held 2023 -> 2024, then an unprinted topic breakdown"),
        F("zh", [
            ("2025年上海市政府办公厅收到的新申请中，企业申请了几件？", E("sh25", "r.received.commercial")),
            ("那2019年企业申请有多少？", E("sh19", "r.received.commercial")),
            ("两年比，2025年比2019年差了多少件", ED("sh19", "sh25", "r.received.commercial")),
        ], P + "sh commercial requests 2025 -> 2019, then the change"),
        F("en", [
            ("What did Hongze District report as administrative fee income for 2023 (in 万元)?",
             E("hz23", "c.fees.amount", unit=W)),
            ("How about for 2024?", E("hz24", "c.fees.amount", unit=W)),
        ], P + "hz fees 2023 -> 2024"),
    ]


def followup_b():
    """switch the body."""
    P = "[followup] body switch: "
    return [
        F("zh", [
            ("淮安市政府2024年现行有效的行政规范性文件有多少件？", E("ha", "c.normative_docs.in_force")),
            ("同一年洪泽区的是多少", E("hz24", "c.normative_docs.in_force")),
            ("上海市科委2024年呢", E("kw", "c.normative_docs.in_force")),
        ], P + "normative docs in force: 淮安 -> 洪泽 -> 市科委, all 2024"),
        F("en", [
            ("How many administrative reviews over disclosure did Shuyang County face in 2025?", E("sy", "a.review.total")),
            ("And the Shanghai General Office in 2025?", E("sh25", "a.review.total")),
        ], P + "review total: 沭阳 -> 上海市府办, 2025"),
        F("zh", [
            ("淮安2024年行政许可决定作了多少个", E("ha", "c.licensing.decisions")),
            ("沭阳县2025年的行政许可呢？", E("sy", "c.licensing.decisions")),
            ("那涧西区政府办2020年呢", E("jx", "c.licensing.decisions")),
            ("沭阳2026年大概会有多少？帮我预测一下", EU("a forecast; no report states future figures")),
        ], P + "licensing: 淮安 -> 沭阳 -> 涧西 (0), then a forecast"),
        F("en", [
            ("How many requests did the Shanghai science commission grant in full in 2024?",
             E("kw", "r.granted.total", alt=(KW_OUT, 9))),
            ("What about Huai'an's city government, same year?", E("ha", "r.granted.total")),
        ], P + "granted: 市科委 -> 淮安, 2024"),
        F("zh", [
            ("沭阳县2025年上年结转过来的申请有几件", E("sy", "r.carried_over.total")),
            ("淮安市2024年的上年结转呢", E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
            ("上海市政府办公厅2025年的又是多少？", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], P + "carried over: 沭阳 -> 淮安 -> 上海市府办"),
        F("en", [
            ("Was the Jianxi District office sued directly over disclosure in 2020? How many cases?",
             E("jx", "a.litigation_direct.total")),
            ("And Shuyang County in 2025?", E("sy", "a.litigation_direct.total")),
        ], P + "direct lawsuits: 涧西 -> 沭阳"),
        F("zh", [
            ("洪泽区2024年行政处罚决定有多少", E("hz24", "c.punishment.decisions")),
            ("淮安全市2024年的行政处罚决定呢", E("ha", "c.punishment.decisions")),
        ], P + "punishment: 洪泽 -> 淮安, 2024"),
        F("en", [
            ("Huai'an 2024 administrative fees collected, in 万元?", E("ha", "c.fees.amount", unit=W)),
            ("Same question for Shuyang County, 2025?", E("sy", "c.fees.amount", unit=W)),
            ("And Hongze District's figure for 2024?", E("hz24", "c.fees.amount", unit=W)),
            ("What did Hongze report a year earlier, in 2023?", E("hz23", "c.fees.amount", unit=W)),
        ], P + "fees: 淮安 -> 沭阳 -> 洪泽 2024 -> 洪泽 2023"),
        F("zh", [
            ("上海市府办2019年自然人提的新申请多少件", E("sh19", "r.received.natural_person")),
            ("涧西区政府办2020年自然人的新申请呢", E("jx", "r.received.natural_person")),
        ], P + "natural-person requests: 上海市府办 2019 -> 涧西 2020"),
        F("en", [
            ("How many disclosure requests did STCSM receive in 2024?", E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("What was the number for Hongze District's government in 2023?",
             E("hz23", "r.received.total", alt=(HZ23_REQ, 21))),
        ], P + "new requests: 市科委 2024 -> 洪泽 2023"),
    ]


def followup_c():
    """switch the row."""
    P = "[followup] row switch: "
    return [
        F("zh", [
            ("淮安2024年予以公开的申请有几件", E("ha", "r.granted.total")),
            ("部分公开的呢", E("ha", "r.partially_granted.total")),
            ("两项合计多少", E("ha", ["r.granted.total", "r.partially_granted.total"])),
        ], P + "淮安 granted -> partially granted -> their sum"),
        F("en", [
            ("In Shuyang's 2025 table, how many requests couldn't be met because the county didn't hold the information?",
             E("sy", "r.unable.not_held.total")),
            ("And how many would have needed the information to be newly created?", E("sy", "r.unable.needs_creation.total")),
            ("How many were still unclear even after the applicant was asked to fix them?",
             E("sy", "r.unable.unclear.total")),
            ("What's the total of those three?",
             E("sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"])),
        ], P + "沭阳 the three unable sub-rows, then their sum"),
        F("zh", [
            ("上海市政府办公厅2025年信访举报投诉类申请被不予处理的有多少", E("sh25", "r.not_processed.petition.total")),
            ("重复申请呢", E("sh25", "r.not_processed.duplicate.total")),
        ], P + "上海市府办 2025 petition -> duplicate (text rows)"),
        F("en", [
            ("How many Huai'an requests in 2024 were withheld to protect third parties' rights?",
             E("ha", "r.withheld.third_party.total")),
            ("And how many because disclosure would endanger security or stability?",
             E("ha", "r.withheld.security_stability.total")),
            ("and the internal-affairs one?", E("ha", "r.withheld.internal_affairs.total")),
            ("Sum those three up for me.", E("ha", ["r.withheld.third_party.total",
                                                  "r.withheld.security_stability.total",
                                                  "r.withheld.internal_affairs.total"])),
        ], P + "淮安 three withheld grounds, then their sum"),
        F("zh", [
            ("沭阳2025年申请人逾期没缴费、政府就不再处理的有几件", E("sy", "r.other.overdue_fee.total")),
            ("逾期不补正的那一类呢", E("sy", "r.other.overdue_correction.total")),
        ], P + "沭阳 overdue fee -> overdue correction"),
        F("en", [
            ("How many requests did the Shanghai General Office carry into 2019 from the year before?",
             E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18))),
            ("And how many did it carry out of 2019 into the next year?",
             E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
        ], P + "上海市府办 2019 carried over -> carried forward"),
        F("zh", [
            ("洪泽区2023年部分公开的申请几件", E("hz23", "r.partially_granted.total")),
            ("那因为属于国家秘密不予公开的呢", E("hz23", "r.withheld.state_secret.total")),
            ("行政执法案卷那一行是多少", E("hz23", "r.withheld.enforcement_files.total")),
        ], P + "洪泽 2023 partially -> state secret -> enforcement files"),
        F("en", [
            ("Shanghai General Office 2025: according to the table, how many requests were granted in full?",
             E("sh25", "r.granted.total")),
            ("How about the row for information the office didn't have?", E("sh25", "r.unable.not_held.total")),
        ], P + "上海市府办 2025 granted -> not held (text rows)"),
        F("zh", [
            ("涧西区政府办2020年办理完的申请总计多少", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
            ("结转到下年度的呢", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
        ], P + "涧西 total processed -> carried forward"),
        F("en", [
            ("In its 2024 report, how many requests did STCSM carry over from the previous year?",
             E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            ("And the total it processed over the year?", E("kw", "r.total_processed.total")),
        ], P + "市科委 carried over -> total processed (text rows)"),
    ]


def followup_d():
    """switch the applicant column."""
    P = "[followup] column switch: "
    return [
        F("zh", [
            ("淮安2024年予以公开的申请里，自然人的有多少", E("ha", "r.granted.natural_person")),
            ("商业企业那一列呢", E("ha", "r.granted.commercial")),
            ("法律服务机构的是几件", E("ha", "r.granted.legal_services")),
            ("这三列加起来一共多少", E("ha", ["r.granted.natural_person", "r.granted.commercial",
                                      "r.granted.legal_services"])),
        ], P + "淮安 granted: natural person -> commercial -> legal services -> sum"),
        F("en", [
            ("Shuyang 2025: how many new requests came from legal service firms?", E("sy", "r.received.legal_services")),
            ("And from commercial enterprises?", E("sy", "r.received.commercial")),
            ("Any from research institutions?", E("sy", "r.received.research")),
        ], P + "沭阳 new requests: legal services -> commercial -> research (0)"),
        F("zh", [
            ("上海市府办2025年上年结转的申请中，自然人的有多少件", E("sh25", "r.carried_over.natural_person")),
            ("法律服务机构那列是几", E("sh25", "r.carried_over.legal_services")),
        ], P + "上海市府办 2025 carried over: natural person -> legal services (text rows)"),
        F("en", [
            ("In the Shanghai General Office's 2019 table, how many requests from individuals got a 'not held' reply?",
             E("sh19", "r.unable.not_held.natural_person")),
            ("Same row, commercial enterprises?", E("sh19", "r.unable.not_held.commercial")),
        ], P + "上海市府办 2019 not held: natural person -> commercial (printed cells; row total blank)"),
        F("zh", [
            ("上海科委2024年新收的申请里，自然人提的有多少", E("kw", "r.received.natural_person")),
            ("公司企业提的呢", E("kw", "r.received.commercial")),
        ], P + "市科委 new requests: natural person -> commercial (text rows)"),
        F("en", [
            ("For Huai'an in 2024, how many requests from legal services firms got 'not held' answers?",
             E("ha", "r.unable.not_held.legal_services")),
            ("What about the 'other organisations' column in that row?", E("ha", "r.unable.not_held.other_org")),
            ("And individuals?", E("ha", "r.unable.not_held.natural_person")),
            ("And all organisations combined in that row?", E("ha", "r.unable.not_held.legal_person")),
        ], P + "淮安 not held: legal services -> other org -> natural person -> all organisations (derived)"),
        F("zh", [
            ("沭阳2025年办理结果的总计里，自然人是多少", E("sy", "r.total_processed.natural_person")),
            ("法律服务机构的总计呢", E("sy", "r.total_processed.legal_services")),
        ], P + "沭阳 total processed: natural person -> legal services"),
        F("en", [
            ("For the Shanghai General Office in 2019, how many requests from commercial enterprises were processed in total?",
             E("sh19", "r.total_processed.commercial")),
            ("And from individuals?", E("sh19", "r.total_processed.natural_person")),
            ("And legal services firms?", E("sh19", "r.total_processed.legal_services")),
        ], P + "上海市府办 2019 total processed: commercial -> natural person -> legal services"),
    ]


def followup_e():
    """switch the appeals group."""
    P = "[followup] appeals group switch: "
    return [
        F("zh", [
            ("淮安市2024年政府信息公开行政复议一共几件", E("ha", "a.review.total", alt=(HA_APP, 351))),
            ("直接起诉的行政诉讼呢", E("ha", "a.litigation_direct.total")),
            ("复议以后又去起诉的呢", E("ha", "a.litigation_after_review.total")),
            ("三类加一起一共多少案子？", E("ha", ["a.review.total", "a.litigation_direct.total",
                                          "a.litigation_after_review.total"])),
        ], P + "淮安 review -> direct -> after review -> sum"),
        F("en", [
            ("In Shuyang's 2025 report, how many disclosure reviews ended with the decision corrected?",
             E("sy", "a.review.corrected")),
            ("And among lawsuits filed after review, how many were upheld?", E("sy", "a.litigation_after_review.upheld")),
        ], P + "沭阳 review corrected -> after-review lawsuits upheld"),
        F("zh", [
            ("上海市府办2025年未经复议直接起诉的有几件", E("sh25", "a.litigation_direct.total")),
            ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total")),
            ("行政复议那边还没审结的有几件", E("sh25", "a.review.pending")),
        ], P + "上海市府办 2025 direct -> after review -> review pending (text rows)"),
        F("en", [
            ("How many administrative reviews did the Jianxi District office have in 2020?", E("jx", "a.review.total")),
            ("And lawsuits filed after a review?", E("jx", "a.litigation_after_review.total")),
        ], P + "涧西 review -> after review"),
        F("zh", [
            ("沭阳县2025年直接起诉的行政诉讼，结果维持的几件", E("sy", "a.litigation_direct.upheld")),
            ("复议后起诉里尚未审结的呢", E("sy", "a.litigation_after_review.pending")),
            ("复议这一块，其他结果是多少", E("sy", "a.review.other")),
        ], P + "沭阳 direct upheld -> after-review pending -> review other"),
        F("en", [
            ("How many lawsuits brought after administrative review were upheld for Huai'an in 2024?",
             E("ha", "a.litigation_after_review.upheld")),
            ("And for the direct lawsuits?", E("ha", "a.litigation_direct.upheld")),
            ("Put the two together.", E("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
                                        alt=(HA_APP, 25))),
        ], P + "淮安 upheld after review -> direct -> sum (text's 诉讼 维持 25 agrees)"),
        F("zh", [
            ("洪泽区2024年被申请行政复议几件", E("hz24", "a.review.total")),
            ("行政诉讼里复议后起诉的有多少", E("hz24", "a.litigation_after_review.total")),
        ], P + "洪泽 2024 review -> after review (text row)"),
        F("en", [
            ("At the Shanghai General Office in 2019, how many direct lawsuits were still unresolved?",
             E("sh19", "a.litigation_direct.pending")),
            ("And how many reviews were still pending?", E("sh19", "a.review.pending")),
        ], P + "上海市府办 2019 direct pending -> review pending"),
    ]


def followup_f():
    """"of those, how many ..." narrowing."""
    P = "[followup] narrowing: "
    return [
        F("zh", [
            ("淮安市2024年新收的政府信息公开申请总数是多少？", E("ha", "r.received.total", alt=(HA_REQ, 3119))),
            ("其中自然人的有多少", E("ha", "r.received.natural_person")),
            ("剩下法人或其他组织的一共多少", E("ha", "r.received.legal_person")),
            ("这些法人里商业企业是几件", E("ha", "r.received.commercial")),
        ], P + "淮安 new requests -> natural persons -> organisations (derived) -> commercial"),
        F("en", [
            ("How many requests did Shuyang County refuse to disclose in 2025, all grounds combined?",
             E("sy", "r.withheld.total")),
            ("Of those, how many were internal-affairs information?", E("sy", "r.withheld.internal_affairs.total")),
            ("And how many were administrative-query matters?", E("sy", "r.withheld.admin_query.total")),
        ], P + "沭阳 withheld (derived) -> internal affairs -> admin query"),
        F("zh", [
            ("上海市政府办公厅2025年，表里“本机关不掌握相关政府信息”那一行是多少件", E("sh25", "r.unable.not_held.total")),
            ("这些里面有多少是问房屋征收的？", EU("the report does not break not-held replies down by topic")),
        ], P + "上海市府办 2025 not held, then an unprinted topic breakdown"),
        F("en", [
            ("For Huai'an 2024, how many requests ended with the information unable to be provided, all sub-reasons together?",
             E("ha", "r.unable.total")),
            ("Of those, how many were because the city simply didn't hold it?", E("ha", "r.unable.not_held.total")),
            ("How many of the not-held ones came from businesses?", E("ha", "r.unable.not_held.commercial")),
            ("Which districts were those businesses based in?", EU("applicants' locations are not reported")),
        ], P + "淮安 unable (derived) -> not held -> commercial -> unprinted location"),
        F("zh", [
            ("沭阳县2025年本年新收的申请（就是表里第一行）有多少件？", E("sy", "r.received.total")),
            ("其中法律服务机构的几件", E("sy", "r.received.legal_services")),
        ], P + "沭阳 new requests (table row, not the text's 749) -> legal services"),
        F("en", [
            ("How many requests did the Shanghai General Office get from legal persons and other organisations in 2019?",
             E("sh19", "r.received.legal_person")),
            ("Of those, how many came from commercial enterprises?", E("sh19", "r.received.commercial")),
        ], P + "上海市府办 2019 organisations (derived) -> commercial"),
        F("zh", [
            ("淮安市2024年不予处理的申请合计多少", E("ha", "r.not_processed.total")),
            ("其中重复申请占几件", E("ha", "r.not_processed.duplicate.total")),
            ("信访举报投诉类的呢", E("ha", "r.not_processed.petition.total")),
        ], P + "淮安 not processed (derived) -> duplicate -> petition"),
        F("en", [
            ("How many Huai'an requests in 2024 were closed under 'other handling'?", E("ha", "r.other.total")),
            ("Of those, how many because the applicant never paid the fee?", E("ha", "r.other.overdue_fee.total")),
        ], P + "淮安 other handling (derived from 3 sub-rows) -> overdue fee"),
        F("zh", [
            ("上海市政府办公厅2025年办理的申请总计是多少", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
            ("这里面予以公开的有几件", E("sh25", "r.granted.total")),
            ("予以公开的这些里，涉及教育的有多少？", EU("requests are not broken down by topic")),
        ], P + "上海市府办 2025 total processed -> granted -> unprinted topic"),
        F("en", [
            ("How many requests did Shuyang partly grant in 2025?", E("sy", "r.partially_granted.total")),
            ("How many of those came from legal services firms?", E("sy", "r.partially_granted.legal_services")),
        ], P + "沭阳 partially granted -> legal services"),
        F("zh", [
            ("涧西区政府办2020年一共收到几件依申请公开", E("jx", "r.received.total", alt=(JX_REQ, 17))),
            ("这些申请里最后予以公开的是几件？", E("jx", "r.granted.total")),
        ], P + "涧西 new requests -> granted"),
        F("en", [
            ("Huai'an 2024: total number of requests where disclosure was refused?", E("ha", "r.withheld.total")),
            ("Of those, how many were process information?", E("ha", "r.withheld.process_info.total")),
            ("Which month had the most refusals?", EU("the report has no monthly figures")),
        ], P + "淮安 withheld (derived) -> process info -> unprinted month"),
    ]


def followup_g():
    """add up the two cells just asked, or compare the two years just asked."""
    P = "[followup] add up / compare: "
    return [
        F("zh", [
            ("沭阳2025年予以公开的申请多少件", E("sy", "r.granted.total")),
            ("部分公开有几件", E("sy", "r.partially_granted.total")),
            ("这俩加一块儿是多少", E("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], P + "沭阳 granted + partially granted"),
        F("en", [
            ("How many licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
            ("And in 2024?", E("hz24", "c.licensing.decisions")),
            ("By how much did it grow between those two years?", ED("hz23", "hz24", "c.licensing.decisions")),
        ], P + "洪泽 licensing 2023 vs 2024"),
        F("zh", [
            ("上海市府办2019年答复的申请总计多少", E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
            ("2025年的总计呢", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
            ("哪一年更多？多了多少？", ED("sh19", "sh25", "r.total_processed.total")),
            ("那2022年是多少，你这儿有吗？", EU("only the 2019 and 2025 reports of 上海市人民政府办公厅 are held")),
        ], P + "上海市府办 total processed 2019 vs 2025, then a year not held"),
        F("en", [
            ("Huai'an's administrative coercion decisions in 2024?", E("ha", "c.coercion.decisions")),
            ("And its penalty decisions?", E("ha", "c.punishment.decisions")),
            ("Total of both?", E("ha", ["c.coercion.decisions", "c.punishment.decisions"])),
            ("Now the same combined total for Hongze District in 2024.",
             E("hz24", ["c.coercion.decisions", "c.punishment.decisions"])),
        ], P + "淮安 coercion + punishment, then the same sum for 洪泽 2024"),
        F("zh", [
            ("洪泽区2023年的行政处罚处理决定有多少件", E("hz23", "c.punishment.decisions")),
            ("2024年有多少", E("hz24", "c.punishment.decisions")),
            ("那是哪一年多？2024年比2023年差多少", ED("hz23", "hz24", "c.punishment.decisions")),
        ], P + "洪泽 punishment 2023 vs 2024"),
        F("en", [
            ("Shanghai General Office 2025: in the table, how many requests got the reply that the office doesn't hold the information?",
             E("sh25", "r.unable.not_held.total")),
            ("and the needs-to-be-newly-made row?", E("sh25", "r.unable.needs_creation.total")),
            ("Add those two for me.", E("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], P + "上海市府办 2025 not held + needs creation (text rows)"),
        F("zh", [
            ("淮安2024年行政复议结果维持的几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
            ("结果纠正的呢", E("ha", "a.review.corrected", alt=(HA_APP, 64))),
            ("维持和纠正合起来多少", E("ha", ["a.review.upheld", "a.review.corrected"])),
        ], P + "淮安 review upheld + corrected"),
        F("en", [
            ("Shuyang County's administrative coercion decisions in 2025?", E("sy", "c.coercion.decisions")),
            ("What about its administrative penalty decisions?", E("sy", "c.punishment.decisions")),
            ("What's the combined figure?", E("sy", ["c.coercion.decisions", "c.punishment.decisions"])),
            ("Which township handed out the most penalties?", EU("the report has no township breakdown")),
        ], P + "沭阳 coercion + punishment, then an unprinted breakdown"),
        F("zh", [
            ("上海市政府办公厅2025年行政复议总共多少", E("sh25", "a.review.total")),
            ("行政诉讼两类（直接起诉和复议后起诉）合起来呢",
             E("sh25", ["a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], P + "上海市府办 2025 review, then the two lawsuit totals added (text rows)"),
        F("en", [
            ("How many individuals filed new requests with the Shanghai General Office in 2019?",
             E("sh19", "r.received.natural_person")),
            ("and in 2025?", E("sh25", "r.received.natural_person")),
            ("Which year saw more, and by how many?", ED("sh19", "sh25", "r.received.natural_person")),
        ], P + "上海市府办 natural-person requests 2019 vs 2025"),
        F("zh", [
            ("洪泽区2024年未经复议直接起诉的有几件", E("hz24", "a.litigation_direct.total")),
            ("复议后起诉的几件", E("hz24", "a.litigation_after_review.total")),
            ("这两类诉讼一共几件", E("hz24", ["a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], P + "洪泽 2024 direct + after review (text rows)"),
        F("en", [
            ("How many normative documents did the Shanghai science commission issue in 2024?",
             E("kw", "c.normative_docs.issued", alt=(KW_ACT, 13))),
            ("And how many were in force?", E("kw", "c.normative_docs.in_force")),
            ("How many of those in-force ones relate to the Zhangjiang high-tech zone?",
             EU("normative documents are not broken down by subject")),
        ], P + "市科委 issued -> in force -> unprinted subject"),
    ]


def followup_h():
    """the user corrects themselves."""
    P = "[followup] self-correction: "
    return [
        F("zh", [
            ("淮安2024年结转下年度继续办理的申请多少", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
            ("不好意思说错了，我想问的是从上一年结转过来的", E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
        ], P + "淮安 carried forward -> carried over"),
        F("en", [
            ("Shuyang 2025, new requests from research institutions?", E("sy", "r.received.research")),
            ("Sorry, I meant businesses, not research institutes.", E("sy", "r.received.commercial")),
        ], P + "沭阳 research (0) -> commercial"),
        F("zh", [
            ("洪泽区2024年予以公开多少件", E("hz24", "r.granted.total")),
            ("啊我把年份搞错了，要2023年的", E("hz23", "r.granted.total")),
        ], P + "洪泽 granted 2024 -> 2023"),
        F("en", [
            ("How many requests did the Shanghai General Office push into the next year at the end of 2019?",
             E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
            ("Scratch that, I need the 2025 figure.", E("sh25", "r.carried_forward.total")),
        ], P + "上海市府办 carried forward 2019 -> 2025"),
        F("zh", [
            ("淮安2024年直接起诉的行政诉讼有几件", E("ha", "a.litigation_direct.total")),
            ("不对，我要的是复议后才起诉的", E("ha", "a.litigation_after_review.total")),
        ], P + "淮安 direct -> after review"),
        F("en", [
            ("How many normative documents were in force at STCSM in 2024?", E("kw", "c.normative_docs.in_force")),
            ("Sorry, I meant how many were newly issued.", E("kw", "c.normative_docs.issued", alt=(KW_ACT, 13))),
        ], P + "市科委 in force -> issued (text rows)"),
        F("zh", [
            ("沭阳县2025年行政复议尚未审结的有几件", E("sy", "a.review.pending")),
            ("我问反了，应该是结果纠正的", E("sy", "a.review.corrected")),
        ], P + "沭阳 review pending -> corrected"),
        F("en", [
            ("Hongze District 2023: how many requests couldn't be met because the information would have to be newly compiled?",
             E("hz23", "r.unable.needs_creation.total")),
            ("My mistake, I was after the petition and complaint row.", E("hz23", "r.not_processed.petition.total")),
        ], P + "洪泽 2023 needs creation -> petitions"),
        F("zh", [
            ("沭阳县2025年现行有效的行政规范性文件多少件", E("sy", "c.normative_docs.in_force")),
            ("说岔了，我要的是本年废止的", E("sy", "c.normative_docs.repealed")),
        ], P + "沭阳 in force -> repealed"),
        F("en", [
            ("Huai'an 2024: how many new requests from legal service organisations?", E("ha", "r.received.legal_services")),
            ("Oh sorry, I meant the 'other organisations' column.", E("ha", "r.received.other_org")),
        ], P + "淮安 legal services -> other organisations"),
    ]


def followup_i():
    """check what the figure includes, then narrow it."""
    P = "[followup] check then narrow: "
    return [
        F("zh", [
            ("淮安2024年一共收到多少信息公开申请？", E("ha", "r.received.total", alt=(HA_REQ, 3119))),
            ("这个数里头算不算律师事务所那些法律服务机构的？单看它们是多少", E("ha", "r.received.legal_services")),
        ], P + "淮安 new requests -> do they include legal services -> legal services"),
        F("en", [
            ("How many requests did Huai'an disclose in full in 2024?", E("ha", "r.granted.total")),
            ("Does that figure include partial disclosures? If not, give me the total with them included.",
             E("ha", ["r.granted.total", "r.partially_granted.total"])),
        ], P + "淮安 granted -> does it include partial -> granted + partial"),
        F("zh", [
            ("上海市政府办公厅2019年新收的申请有多少", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("这859件有没有包括上一年结转的？上年结转的单独是多少", E("sh19", "r.carried_over.total",
                                                           alt=(SH19_REQ, 18))),
            ("新收的那些里有多少是关于动迁的？", EU("requests are not broken down by topic")),
        ], P + "上海市府办 2019 new requests -> carried over separately -> unprinted topic"),
        F("en", [
            ("How many requests did Huai'an see through to a reply in 2024?",
             E("ha", "r.total_processed.total", alt=(HA_REQ, 3050))),
            ("Does that include the 34 carried over? How many were new requests in 2024?",
             E("ha", "r.received.total", alt=(HA_REQ, 3119))),
        ], P + "淮安 total processed -> new requests"),
        F("zh", [
            ("沭阳2025年行政复议总计多少", E("sy", "a.review.total")),
            ("这61件里有没有还没审结的？有的话几件", E("sy", "a.review.pending")),
        ], P + "沭阳 review total -> pending"),
        F("en", [
            ("How many new requests did STCSM take in during 2024?", E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("Does that include ones from companies? How many were from companies?", E("kw", "r.received.commercial")),
        ], P + "市科委 new requests -> commercial (text rows)"),
        F("zh", [
            ("洪泽区2023年不予公开的一共几件", E("hz23", "r.withheld.total")),
            ("这里面有属于国家秘密的吗，几件", E("hz23", "r.withheld.state_secret.total")),
        ], P + "洪泽 2023 withheld (derived) -> state secret"),
        F("en", [
            ("How many requests did the Shanghai General Office carry into 2025 from the year before?",
             E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
            ("Does that 189 include requests from law firms? How many?", E("sh25", "r.carried_over.legal_services")),
        ], P + "上海市府办 2025 carried over -> legal services (text rows)"),
        F("zh", [
            ("淮安2024年信息公开行政复议有多少起", E("ha", "a.review.total", alt=(HA_APP, 351))),
            ("这个是不是把还没审结的也算进去了？没审结的有几起", E("ha", "a.review.pending", alt=(HA_APP, 37))),
        ], P + "淮安 review total -> pending"),
        F("en", [
            ("In 2025, how many new requests did Shuyang County receive from legal persons and other organisations?",
             E("sy", "r.received.legal_person", alt=(SY_REQ, 8))),
            ("Does that include law firms? How many law firms?", E("sy", "r.received.legal_services")),
        ], P + "沭阳 organisations (derived; text's 8 agrees) -> legal services"),
    ]


def followup_j():
    """a narrative number, then a table number about the same body."""
    P = "[followup] narrative then table: "
    return [
        F("zh", [
            ("淮安市政府2024年出了几期《淮安市人民政府公报》？", EN("ha", "人民政府公报》6 期", 6, "期")),
            ("同一年市政府规章本年制发了几件", E("ha", "c.regulations.issued")),
        ], P + "淮安 gazette issues -> regulations issued"),
        F("en", [
            ("How many items did Shuyang's county departments post on their disclosure pages in 2025?",
             EN("sy", "3044条", 3044, "条")),
            ("And in the table, how many administrative normative documents did the county issue that year?",
             E("sy", "c.normative_docs.issued")),
        ], P + "沭阳 department items -> normative documents issued"),
        F("zh", [
            ("上海市政府办公厅2025年编了多少期市政府公报", EN("sh25", "24 期", 24, "期")),
            ("这一年它被申请的行政复议有多少件", E("sh25", "a.review.total")),
        ], P + "上海市府办 2025 gazette issues -> review total (text row)"),
        F("en", [
            ("How many short videos did STCSM's video channel publish in 2024?", EN("kw", "584", 584, "条")),
            ("And how many licensing decisions did the commission record?", E("kw", "c.licensing.decisions")),
        ], P + "市科委 short videos -> licensing (text row)"),
        F("zh", [
            ("上海市府办2019年公开的人事任免文件多少件", EN("sh19", "人事任免文件141件", 141, "件",
                                                 frm="2019年，通过")),
            ("同年本年新公开的规章有几件", E("sh19", "c.regulations.published", alt=(SH19_ACT, 13))),
        ], P + "上海市府办 2019 appointment documents -> regulations published"),
        F("en", [
            ("How many policy interpretation items did Hongze District post in 2024?",
             EN("hz24", "解读信息发布", 7, "条")),
            ("And how many administrative licensing decisions did it make?", E("hz24", "c.licensing.decisions")),
        ], P + "洪泽 2024 interpretations -> licensing (text row)"),
        F("zh", [
            ("沭阳县2025年一共办理了多少起复议、诉讼相关案件？", EN("sy", "74 件", 74, "件")),
            ("其中行政复议是几件", E("sy", "a.review.total")),
        ], P + "沭阳 74 cases (text) -> review total (table)"),
        F("en", [
            ("What completion rate did the Jianxi District office report for requests in 2020?",
             EN("jx", "办结率88.2%", 88.2, "%")),
            ("And how many requests were still being handled at year end?",
             E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
        ], P + "涧西 completion rate (text) -> carried forward"),
    ]


def followup_k():
    """answerable turns, then one the reports cannot answer."""
    P = "[followup] ends unanswerable: "
    return [
        F("zh", [
            ("洪泽区2024年答复本机关不掌握的申请有几件", E("hz24", "r.unable.not_held.total")),
            ("这31件分别是哪些部门的？", EU("the report gives no department breakdown")),
        ], P + "洪泽 2024 not held, then a department breakdown"),
        F("en", [
            ("How many individuals filed new requests with Huai'an in 2024?", E("ha", "r.received.natural_person")),
            ("And how many individuals' requests were granted in full?", E("ha", "r.granted.natural_person")),
            ("How many of those applicants were women?", EU("applicants are not counted by sex")),
        ], P + "淮安 natural persons new -> granted, then sex"),
        F("zh", [
            ("沭阳县2025年行政事业性收费金额是多少万元", E("sy", "c.fees.amount", unit=W)),
            ("这笔钱里教育收费占多少？", EU("the fee amount is not broken down by kind of fee")),
        ], P + "沭阳 fees, then an unprinted breakdown"),
        F("en", [
            ("How many centralised procurement projects did the Shanghai General Office run in 2019?",
             E("sh19", "c.procurement.projects")),
            ("Who were the suppliers?", EU("suppliers are not named in the report")),
        ], P + "上海市府办 2019 procurement projects, then suppliers"),
        F("zh", [
            ("上海市科委2024年行政处罚决定有几件", E("kw", "c.punishment.decisions")),
            ("那科委2023年的呢？", EU("only the 2024 report of 上海市科学技术委员会 is held")),
        ], P + "市科委 punishment (0), then a year not held"),
        F("en", [
            ("How many requests did the Jianxi District office finish handling in 2020?",
             E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
            ("What about Jianxi in 2021?", EU("only the 2020 report of 涧西区人民政府办公室 is held")),
        ], P + "涧西 total processed, then a year not held"),
        F("zh", [
            ("洪泽区2023年行政复议结果维持的有多少", E("hz23", "a.review.upheld")),
            ("2022年的呢", EU("only the 2023 and 2024 reports of 洪泽区 are held")),
        ], P + "洪泽 2023 review upheld, then a year not held"),
        F("en", [
            ("Shanghai General Office 2025: how many requests were granted in full?", E("sh25", "r.granted.total")),
            ("On average, how many days did it take to answer them?", EU("response times are not reported")),
        ], P + "上海市府办 2025 granted, then response time"),
    ]


def CONVERSATIONS():
    out = []
    for part in (plain, combine, rank, neighbour, textonly, cannot, followup_a, followup_b, followup_c,
                 followup_d, followup_e, followup_f, followup_g, followup_h, followup_i, followup_j,
                 followup_k):
        out.extend(part())
    return out
