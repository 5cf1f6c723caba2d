"""Question bank of blind evaluation set 235 (evals/blind235): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers235 from /work/shared/corpus/gold/*.json (derived keys per spec/README.md), from printed
table rows of the three reports without gold (SPECS: the same 42 cells blind6's text_cells.json
verified), or cut from the report text (narrative sentences).

Mix tags (the note opens with one):
  [cell]        value        one table cell in a precise but unusual wording
  [combine]     sum / difference  indirectly worded sums of one report; year-to-year differences
  [consistency] value / sum  a cross-check whose answer is one cell, a derived key or a column sum
  [rank]        ranking      3-4 gold bodies, each in its gold year, all named
  [followup]    followup     2-3 turns switching row, column, group, year or body
  [textonly]    narrative    a number only the narrative states
  [cannot]      unanswerable what the reports do not hold
  [neighbour]   trap         the neighbouring cell is the naive answer
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib235 as L  # noqa: E402
from helpers235 import E, EU, C, V, T, S, N, U, D, R, F, cols  # noqa: E402

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

WY = "万元"
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NOT_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
            "r.not_processed.total", "r.other.total"]
APPEAL_TOTALS = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]


def cell(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[cell] " + what, **kw)


def cons(lang, b, keys, q, what, **kw):
    kind = "sum" if isinstance(keys, list) and len(keys) > 1 else "value"
    return V(lang, b, keys, q, "[consistency] " + what, kind=kind, **kw)


def comb(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] " + what, **kw)


def diff(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + what, **kw)


def rank(lang, bodies, keys, order, q, what):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def trap(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def text(lang, b, keyword, value, unit, q, what):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what)


def cannot(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


def follow(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def CELLS():
    return [
        # ---------------------------------------------------------------- zh
        cell("zh", "ha", "a.review.corrected",
             "淮安市政府2024年涉及信息公开的行政复议，复议机关最后认定要纠正的有几件？",
             "appeals: review, corrected"),
        cell("zh", "ha", "a.litigation_after_review.pending",
             "2024年淮安市政府那些先走复议、后来又去法院起诉的信息公开官司，年底还没判下来的有多少件？",
             "appeals: litigation after review, pending"),
        cell("zh", "ha", "r.withheld.admin_query.total",
             "淮安2024年有多少份申请，因为所问内容属于行政查询事项而没给公开？",
             "withheld sub-item 8 (admin query)"),
        cell("zh", "ha", "r.other.overdue_fee.total",
             "2024年淮安市政府发了收费通知、申请人过了期限没缴费、于是不再处理的，一共几件？",
             "other handling sub-item 2 (fee not paid)"),
        cell("zh", "ha", "r.received.other_org",
             "淮安市2024年新收申请按申请人分，“法人或其他组织”下面最后一列“其他”是多少？",
             "applicant column other_org"),
        cell("zh", "ha", "c.coercion.decisions",
             "淮安市2024年年报第二十条第（六）项，行政强制那一行的本年处理决定数量是多少？",
             "table 二 coercion decisions"),
        cell("zh", "ha", "c.fees.amount",
             "淮安市人民政府2024年的行政事业性收费，本年收费金额填的是多少万元？",
             "table 二 fees amount (万元)", unit=WY),
        cell("zh", "ha", "r.unable.not_held.legal_services",
             "2024年淮安，律所这类法律服务机构来申请的，政府回答“本机关不掌握”的有几件？",
             "unable: not held, legal services column"),
        cell("zh", "ha", "r.not_processed.petition.commercial",
             "淮安市2024年企业递交的公开申请里，被认定为信访举报投诉类、因而不予处理的有几件？",
             "not processed: petition, commercial column"),
        cell("zh", "ha", "r.withheld.security_stability.total",
             "淮安2024年以危及“三安全一稳定”为由拒绝公开的有多少件？",
             "withheld sub-item 3"),
        cell("zh", "ha", "r.other.other.total",
             "淮安2024年表三（六）其他处理下面第3小项“其他”，总计栏是多少？",
             "other handling sub-item 3"),
        cell("zh", "sy", "a.review.pending",
             "沭阳县2025年的信息公开行政复议，到统计截止时尚未审结的还有几件？",
             "appeals: review, pending"),
        cell("zh", "sy", "a.litigation_after_review.other",
             "沭阳2025年复议后才起诉的那类行政诉讼，判决既非维持也非纠正、算“其他结果”的有几件？",
             "appeals: litigation after review, other outcome"),
        cell("zh", "sy", "r.withheld.internal_affairs.total",
             "沭阳县政府2025年以属于三类内部事务信息为理由不予公开的申请有多少？",
             "withheld sub-item 5"),
        cell("zh", "sy", "r.not_processed.duplicate.commercial",
             "2025年沭阳县，商业企业提的重复申请被不予处理的有几件？",
             "not processed: duplicate, commercial column"),
        cell("zh", "sy", "r.other.other.total",
             "沭阳2025年“其他处理”里第三小项“其他”，总计是多少件？",
             "other handling sub-item 3"),
        cell("zh", "sy", "r.received.legal_services",
             "二〇二五年沭阳县新收的信息公开申请中，由法律服务机构提出的有几件？",
             "applicant column legal services, received"),
        cell("zh", "sy", "r.partially_granted.legal_services",
             "沭阳县2025年法律服务机构的申请，最后只部分公开的有几件？",
             "partially granted, legal services column"),
        cell("zh", "sy", "c.licensing.decisions",
             "沭阳县2025年行政许可的本年处理决定数量是多少？",
             "table 二 licensing decisions"),
        cell("zh", "sy", "c.fees.amount",
             "沭阳县2025年报告第二十条第（八）项，行政事业性收费金额是多少（单位万元）？",
             "table 二 fees amount (万元)", unit=WY),
        cell("zh", "hz23", "r.partially_granted.total",
             "洪泽区政府2023年区分处理、只公开了一部分的申请有几件？",
             "partially granted total"),
        cell("zh", "hz23", "r.withheld.enforcement_files.total",
             "洪泽区2023年以属于行政执法案卷为由不公开的申请有几件？",
             "withheld sub-item 7"),
        cell("zh", "hz23", "a.review.corrected",
             "洪泽区2023年信息公开类行政复议中，结果被纠正的有几件？",
             "appeals: review, corrected (the group total is printed 0; the cell itself is asked)"),
        cell("zh", "hz23", "c.fees.amount",
             "2023年洪泽区行政事业性收费的本年收费金额是多少万元？",
             "table 二 fees amount (万元)", unit=WY),
        cell("zh", "hz24", "c.licensing.decisions",
             "洪泽区2024年行政许可方面，本年处理决定一共多少件？",
             "text cell: licensing decisions"),
        cell("zh", "hz24", "c.fees.amount",
             "24年洪泽区政府年报表二里，行政事业性收费金额是多少万元？",
             "text cell: fees amount (万元)", unit=WY),
        cell("zh", "jx", "c.procurement.amount",
             "涧西区政府办2020年政府集中采购的总金额是多少万元？",
             "table 二 第（九）项 procurement amount (万元)", unit=WY),
        cell("zh", "jx", "r.granted.total",
             "涧西区人民政府办公室2020年依申请予以公开的有多少件？",
             "granted total"),
        cell("zh", "jx", "a.review.upheld",
             "涧西区政府办2020年被申请行政复议、复议结果维持的有几件？",
             "appeals: review, upheld"),
        cell("zh", "sh19", "r.withheld.state_secret.natural_person",
             "上海市政府办公厅2019年个人提出的申请中，以属于国家秘密为由不予公开的有几件？",
             "withheld: state secret, natural persons (总计 printed blank: column asked)"),
        cell("zh", "sh19", "r.unable.unclear.natural_person",
             "2019年上海市府办，自然人申请经过补正后内容还是不明确、最后无法提供的有多少？",
             "unable: unclear, natural persons"),
        cell("zh", "sh19", "r.not_processed.petition.natural_person",
             "上海市政府办公厅2019年把自然人的申请当作信访举报投诉类不予处理的，共几件？",
             "not processed: petition, natural persons"),
        cell("zh", "sh19", "r.received.commercial",
             "2019年上海市府办新收的申请里，商业企业提交的有多少？",
             "received, commercial column"),
        cell("zh", "sh25", "r.not_processed.petition.total",
             "上海市政府办公厅2025年因属信访举报投诉类而不予处理的申请，总计有几件？",
             "text cell: not processed, petition"),
        cell("zh", "sh25", "r.unable.needs_creation.total",
             "上海市府办2025年因为没有现成信息、需要另行制作而无法提供的有几件？",
             "text cell: unable, needs creation"),
        cell("zh", "kw", "c.licensing.decisions",
             "上海市科委2024年行政许可的本年处理决定数量是多少？",
             "text cell: licensing decisions"),
        # ---------------------------------------------------------------- en
        cell("en", "ha", "a.review.other",
             "For Huai'an city government in 2024, how many disclosure-related administrative "
             "reconsideration cases ended with an 'other outcome'?",
             "appeals: review, other outcome"),
        cell("en", "ha", "a.litigation_direct.upheld",
             "Huai'an 2024: of the lawsuits taken straight to court with no reconsideration first, in how "
             "many did the court side with the government?",
             "appeals: direct litigation, upheld"),
        cell("en", "ha", "r.granted.legal_services",
             "How many requests from legal service institutions did Huaian's municipal government grant in "
             "full in 2024?",
             "granted, legal services column"),
        cell("en", "ha", "r.partially_granted.commercial",
             "Among commercial enterprises that applied to Huai'an city in 2024, how many got only part of "
             "the information released?",
             "partially granted, commercial column"),
        cell("en", "ha", "r.not_processed.reconfirm.total",
             "In Huai'an's 2024 request table, how many applications were declined because the applicant just "
             "wanted the government to confirm or re-issue information they already had?",
             "not processed sub-item 5"),
        cell("en", "ha", "r.withheld.third_party.total",
             "How many disclosure requests did Huai'an refuse in 2024 to protect a third party's lawful rights "
             "and interests?",
             "withheld sub-item 4"),
        cell("en", "ha", "c.regulations.issued",
             "According to table 2 of its 2024 report, how many municipal regulations (规章) did Huai'an city "
             "government issue in 2024?",
             "table 二 regulations issued"),
        cell("en", "ha", "r.other.overdue_correction.legal_services",
             "Huai'an 2024: how many applicants from legal service institutions failed to supply the requested "
             "corrections in time, so their requests were no longer handled?",
             "other handling sub-item 1, legal services column"),
        cell("en", "ha", "c.punishment.decisions",
             "What count of administrative penalty decisions does Huai'an's 2024 disclosure report print?",
             "table 二 punishment decisions"),
        cell("en", "sy", "a.review.corrected",
             "Shuyang County, 2025: in how many disclosure-related reconsideration cases was the county's "
             "decision corrected?",
             "appeals: review, corrected"),
        cell("en", "sy", "a.litigation_direct.upheld",
             "In Shuyang's 2025 figures, how many lawsuits filed directly (without prior reconsideration) ended "
             "with the original decision upheld?",
             "appeals: direct litigation, upheld"),
        cell("en", "sy", "r.withheld.admin_query.total",
             "How many 2025 Shuyang requests were withheld because what was asked for counted as an "
             "administrative query matter (行政查询事项)?",
             "withheld sub-item 8"),
        cell("en", "sy", "r.unable.needs_creation.total",
             "Shuyang, 2025 - number of requests where no ready-made information existed and it would have had "
             "to be compiled from scratch?",
             "unable sub-item 2"),
        cell("en", "sy", "r.other.overdue_correction.total",
             "How many applications did Shuyang County stop handling in 2025 because the applicant, without "
             "good reason, never supplemented the request by the deadline?",
             "other handling sub-item 1"),
        cell("en", "sy", "c.coercion.decisions",
             "Shuyang County's administrative coercion decisions for 2025 - what's the figure in the table?",
             "table 二 coercion decisions"),
        cell("en", "sy", "c.normative_docs.repealed",
             "How many administrative normative documents did Shuyang County repeal during 2025?",
             "table 二 normative docs repealed"),
        cell("en", "sy", "r.carried_over.total",
             "How many pending applications did Shuyang County inherit from 2024 into its 2025 table?",
             "carried over total"),
        cell("en", "sy", "r.granted.commercial",
             "Shuyang 2025: how many requests from commercial enterprises were granted in full?",
             "granted, commercial column"),
        cell("en", "hz23", "c.licensing.decisions",
             "How many administrative licensing decisions did Hongze District report for 2023?",
             "table 二 licensing decisions"),
        cell("en", "hz23", "r.withheld.process_info.total",
             "In 2023, how many of Hongze District's refusals cited process or deliberative information?",
             "withheld sub-item 6"),
        cell("en", "hz23", "r.unable.needs_creation.total",
             "Hongze 2023: requests that could not be met because the information would have had to be "
             "newly produced - how many?",
             "unable sub-item 2"),
        cell("en", "hz23", "a.litigation_after_review.upheld",
             "Hongze District 2023: among lawsuits brought after a reconsideration, how many ended with the "
             "decision upheld?",
             "appeals: litigation after review, upheld (group total printed 0; the cell itself is asked)"),
        cell("en", "hz24", "c.punishment.decisions",
             "What administrative penalty decision count did Hongze District publish for 2024?",
             "text cell: punishment decisions"),
        cell("en", "hz24", "r.unable.not_held.total",
             "In 2024, how many applications to Hongze District got the answer 'this agency does not hold "
             "the information'?",
             "text cell: unable, not held"),
        cell("en", "hz24", "a.review.total",
             "How many disclosure-related administrative reconsiderations did Hongze District face in 2024, "
             "going by the appeals table?",
             "text cell: appeals review total"),
        cell("en", "jx", "r.received.total",
             "How many new disclosure applications reached the Jianxi District government office in 2020?",
             "received total (text agrees)", alt=("全年共收到依申请公开17件", 17)),
        cell("en", "jx", "c.normative_docs.total_published",
             "Jianxi district office, 2020: what's the total number of normative documents publicly "
             "available (对外公开总数量)?",
             "table 二 2019 format total published"),
        cell("en", "jx", "a.litigation_after_review.total",
             "Jianxi 2020: how many disclosure lawsuits were filed after a reconsideration had been decided?",
             "appeals: litigation after review, total"),
        cell("en", "sh19", "c.regulations.made",
             "How many regulations did Shanghai's General Office newly produce in 2019 according to table 2?",
             "table 二 regulations made (text agrees)", alt=("主动公开规章13件", 13)),
        cell("en", "sh19", "r.unable.needs_creation.natural_person",
             "Shanghai municipal General Office 2019: individuals' requests that would have required creating "
             "new information - how many?",
             "unable: needs creation, natural persons"),
        cell("en", "sh19", "r.withheld.admin_query.commercial",
             "In 2019, how many requests from companies did Shanghai's General Office withhold as "
             "administrative query matters?",
             "withheld: admin query, commercial column"),
        cell("en", "sh19", "a.litigation_direct.upheld",
             "How many direct lawsuits against the Shanghai General Office over disclosure ended with the "
             "decision upheld in 2019?",
             "appeals: direct litigation, upheld"),
        cell("en", "sh25", "r.carried_over.legal_services",
             "For the Shanghai General Office in 2025, how many of the carried-over applications came from "
             "legal service institutions?",
             "text cell: carried over, legal services column"),
        cell("en", "sh25", "a.review.pending",
             "Shanghai municipal government General Office, 2025: how many reconsideration cases were still "
             "undecided when the books closed?",
             "text cell: appeals review pending"),
        cell("en", "kw", "r.received.commercial",
             "How many new requests did the Shanghai Science and Technology Commission get from commercial "
             "enterprises in 2024?",
             "text cell: received, commercial column"),
    ]


def CONSISTENCY():
    return [
        cons("zh", "ha", "r.total_processed.total",
             "淮安市2024年报告正文说答复了3050件，和表三对一下：（七）总计那一格填的是多少？",
             "text 答复 3050 = table total processed", alt=("答复 3050 件", 3050)),
        cons("zh", "sy", "r.received.total",
             "沭阳县2025年正文写的是“共受理749件”，可表三第一行本年新收的总计栏填的是多少？",
             "text 749 includes carried-over; the table row is asked: 713"),
        cons("zh", "sh19", cols("withheld"),
             "上海市政府办公厅2019年的表三里，不予公开各分项的“总计”列全是空的。按自然人和各类法人组织那几列加起来，"
             "不予公开实际是多少件？",
             "column sums of the withheld sub-items (总计 printed blank); text 35 agrees",
             printed_total=["r.withheld.total"], alt=("不予公开35件", 35)),
        cons("zh", "sh19", cols("granted"),
             "2019年上海市府办正文称“予以公开及部分公开258件”。表里（一）予以公开那一行，把各申请人列加起来是多少？",
             "column sum of 予以公开 (总计 printed blank); text 258 is a different figure",
             printed_total=["r.granted.total"]),
        cons("zh", "hz23", "a.review.upheld",
             "洪泽区2023年表四行政复议那栏的总计印的是0，但前面“结果维持”那格填的是几？",
             "appeals review upheld (the printed total 0 breaks the check)"),
        cons("zh", "ha", "r.withheld.total",
             "帮我核一下淮安市2024年的表：不予公开下面八个分项，合起来应该是多少？",
             "derived key withheld.total"),
        cons("zh", "sy", "r.other.total",
             "沭阳2025年（六）其他处理分了三个小项，三项合计应为多少？",
             "derived key other.total (2021 format)"),
        cons("zh", "hz24", "r.received.total",
             "洪泽区2024年正文说区政府办代表区政府受理了17件，那表三“本年新收”这一行的总计是多少？",
             "text cell: table received 95 (text 17 is a different scope)"),
        cons("zh", "sh19", cols("not_processed"),
             "上海市府办2019年正文写“不予处理158件”，表里不予处理的五个分项，按申请人各列加总是多少？",
             "column sums of not processed (总计 printed blank); text agrees",
             printed_total=["r.not_processed.total"], alt=("不予处理158件", 158)),
        cons("en", "sh25", "r.total_processed.total",
             "The Shanghai General Office's 2025 narrative says 1191 requests were completed. Does row (七) of "
             "table 3 match - what figure does it show?",
             "text cell: total processed (text agrees)", alt=("办结 1191 件", 1191)),
        cons("en", "sh19", "a.review.upheld",
             "The Shanghai General Office's 2019 report says all 7 reconsiderations were upheld. What does "
             "the table's 'upheld' cell for reconsideration actually show?",
             "appeals review upheld 5 (+2 pending) vs text"),
        cons("en", "kw", "r.received.total",
             "The Shanghai science commission's 2024 narrative mentions 34 requests received. What is the "
             "new-applications total in its table 3?",
             "text cell: received total (text agrees)", alt=("全年收到政府信息公开申请 34 件", 34)),
        cons("en", "ha", "r.unable.total",
             "Cross-check for Huai'an 2024: adding up the three 'unable to provide' sub-rows, what should the "
             "无法提供 total be?",
             "derived key unable.total"),
        cons("en", "sy", "r.not_processed.total",
             "Shuyang 2025: what do the five 'not processed' sub-items add up to?",
             "derived key not_processed.total"),
        cons("en", "sh19", cols("unable"),
             "Shanghai's General Office said for 2019 that 265 requests couldn't be met 'because the office "
             "doesn't hold the information, etc.' Summing all three 无法提供 sub-rows across the applicant "
             "columns, what's the figure in the table?",
             "column sums of unable (总计 printed blank); text 265 is not_held only",
             printed_total=["r.unable.total"]),
        cons("en", "ha", "r.received.legal_person",
             "For Huai'an 2024, what do the five legal-person / organisation columns of new applications come "
             "to together?",
             "derived key received.legal_person"),
        cons("en", "jx", "r.carried_forward.total",
             "Jianxi's 2020 narrative says 2 requests were still being handled. What does row 4 of its table "
             "(carried into the next year) say?",
             "carried forward (text agrees)", alt=("在办2件", 2)),
    ]


def COMBINE():
    return [
        comb("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
             "淮安市2024年，申请人至少拿到一部分信息的申请（全部公开加部分公开）有多少件？",
             "granted + partially granted"),
        comb("en", "sy", ["r.granted.total", "r.partially_granted.total"],
             "How many 2025 applicants to Shuyang County walked away with at least some of what they asked for?",
             "granted + partially granted"),
        comb("zh", "ha", WITHHELD8,
             "淮安2024年所有不予公开的理由都算上，一共拒绝公开了多少件？",
             "the 8 withheld sub-items"),
        comb("en", "sy", WITHHELD8,
             "All grounds for withholding combined, how many requests did Shuyang refuse in 2025?",
             "the 8 withheld sub-items"),
        comb("zh", "sy", NOT_FULL,
             "沭阳县2025年办理的申请里，凡是没有被全部公开的（部分公开、不予公开、无法提供、不予处理、其他处理）合计多少？",
             "everything except granted in full"),
        comb("en", "ha", NOT_FULL,
             "Huai'an 2024: everything that was not granted in full - partial releases, refusals, "
             "can't-provide, not processed and other handling - how many in total?",
             "everything except granted in full"),
        comb("zh", "ha", APPEAL_TOTALS,
             "淮安市政府2024年因为信息公开被复议、被起诉的案子，复议加两类诉讼一共多少件？",
             "the three appeal group totals"),
        comb("en", "sy", APPEAL_TOTALS,
             "Adding reconsiderations and both kinds of lawsuits, how many disclosure cases did Shuyang County "
             "deal with in 2025?",
             "the three appeal group totals (text 74 agrees)", alt=("全县共办理相关案件 74 件", 74)),
        comb("zh", "sy", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
             "沭阳2025年的信息公开行政诉讼里，法院维持了县里决定的一共几件（直接起诉和复议后起诉都算）？",
             "upheld in both litigation groups"),
        comb("en", "ha", ["a.review.corrected", "a.litigation_direct.corrected",
                          "a.litigation_after_review.corrected"],
             "How many times in 2024 was Huai'an's government corrected, counting reconsideration and both "
             "kinds of lawsuit together?",
             "corrected in all three groups"),
        comb("zh", "ha", ["a.review.pending", "a.litigation_direct.pending",
                          "a.litigation_after_review.pending"],
             "淮安2024年复议和诉讼加在一起，到年底还悬而未决的有多少件？",
             "pending in all three groups"),
        comb("en", "hz24", APPEAL_TOTALS,
             "Hongze District 2024: reconsiderations plus lawsuits of both kinds - how many disclosure "
             "disputes altogether?",
             "text cells: three appeal group totals"),
        comb("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "上海市府办2025年，“本机关不掌握”和“需要另行制作”这两种无法提供的情形加起来是多少件？",
             "text cells: two unable sub-items"),
        comb("en", "sh25", ["r.received.total", "r.carried_over.total"],
             "What was the Shanghai General Office's full 2025 workload of applications - new ones plus those "
             "carried over?",
             "text cells: received + carried over"),
        comb("zh", "jx", APPEAL_TOTALS,
             "涧西区政府办2020年复议、直接起诉、复议后起诉三类案件一共几件？",
             "the three appeal group totals"),
        comb("en", "sh19", ["c.regulations.published", "c.normative_docs.published"],
             "Regulations and normative documents together: how many did the Shanghai General Office newly "
             "publish in 2019?",
             "table 二 two published cells"),
        comb("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
             "洪泽区2023年行政处罚和行政强制的处理决定合计多少？",
             "punishment + coercion decisions"),
        comb("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
             "Across all five reasons for not processing a request, how many did Huai'an turn away in 2024?",
             "the 5 not-processed sub-items"),
        comb("zh", "ha", ["r.received.commercial", "r.received.legal_services"],
             "淮安市2024年新收申请中，企业和律所等法律服务机构合起来提交了多少件？",
             "received commercial + legal services"),
        comb("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
             "Counting new and carried-over applications, how many requests from individuals did Shuyang "
             "have on its books in 2025?",
             "natural persons received + carried over (text 741 agrees)", alt=("其中自然人申请 741 件", 741)),
        comb("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person",
                            "r.unable.unclear.natural_person"],
             "上海市政府办公厅2019年，个人申请人的请求因各种原因无法提供的（三个分项都算）一共多少件？",
             "unable sub-items, natural persons column (总计 printed blank)"),
        comb("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "洪泽区2023年因为不掌握或者需要另行制作而没法提供信息的，加起来几件？",
             "two unable sub-items"),
        # differences: later year minus earlier year, one body
        diff("zh", "hz23", "hz24", "c.licensing.decisions",
             "洪泽区行政许可处理决定，2024年比2023年多了多少？",
             "licensing 2023 -> 2024"),
        diff("en", "hz23", "hz24", "c.punishment.decisions",
             "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?",
             "punishment 2023 -> 2024"),
        diff("zh", "hz23", "hz24", "c.fees.amount",
             "洪泽区行政事业性收费金额2024年和2023年相比差多少万元？",
             "fees 2023 -> 2024 (万元)", unit=WY),
        diff("en", "hz23", "hz24", "c.normative_docs.in_force",
             "How did the number of Hongze's normative documents in force move between its 2023 and 2024 "
             "reports?",
             "normative docs in force 2023 -> 2024"),
        diff("zh", "hz23", "hz24", "r.unable.not_held.total",
             "洪泽区答复“本机关不掌握”的申请，2024年比2023年增加了多少件？",
             "not held 2023 -> 2024"),
        diff("en", "sh19", "sh25", "r.received.total",
             "How much higher was the Shanghai General Office's count of new applications in 2025 than in 2019?",
             "received total 2019 -> 2025"),
        diff("zh", "sh19", "sh25", "a.review.total",
             "上海市政府办公厅信息公开类行政复议的总数，2025年比2019年多出多少件？",
             "review total 2019 -> 2025 (2025 includes carried-over cases, as printed)"),
        diff("en", "sh19", "sh25", "r.carried_over.natural_person",
             "Carried-over applications from individuals at the Shanghai General Office: what is the change "
             "from 2019 to 2025?",
             "carried over natural persons 2019 -> 2025"),
        diff("zh", "sh19", "sh25", "r.received.commercial",
             "上海市府办收到的企业申请，2025年跟2019年比差了几件？",
             "received commercial 2019 -> 2025"),
        diff("en", "sh19", "sh25", "a.litigation_direct.pending",
             "How did the number of unresolved direct lawsuits at Shanghai's General Office change between "
             "2019 and 2025?",
             "direct litigation pending 2019 -> 2025"),
    ]


def RANKS():
    return [
        rank("zh", ["ha", "sy", "hz23"], "r.received.total", "desc",
             "淮安市2024年、沭阳县2025年、洪泽区2023年，三份年报里谁本年新收的申请最多？",
             "received total"),
        rank("en", ["jx", "hz23", "sy"], "r.received.total", "asc",
             "Which had the fewest new applications: Jianxi District office in 2020, Hongze District in 2023, "
             "or Shuyang County in 2025?",
             "received total"),
        rank("zh", ["ha", "sy", "hz23", "sh19"], "a.review.upheld", "desc",
             "复议结果维持的件数，淮安2024、沭阳2025、洪泽区2023、上海市府办2019这四家谁最多？",
             "review upheld"),
        rank("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
             "Of Huai'an (2024), Shuyang (2025) and Hongze District (2023), whose report shows the fewest "
             "administrative normative documents currently in force?",
             "normative docs in force (2021 format only)"),
        rank("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "行政事业性收费金额，淮安市2024年、洪泽区2023年、沭阳县2025年哪家最少？",
             "fees amount"),
        rank("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
             "Which body recorded the most administrative licensing decisions: Huai'an city in 2024, Shuyang "
             "County in 2025 or Hongze District in 2023?",
             "licensing decisions"),
        rank("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
             "比一比行政处罚决定数：淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年，谁排第一？",
             "punishment decisions"),
        rank("en", ["ha", "sy", "sh19", "jx"], "r.received.legal_services", "asc",
             "Requests from legal service institutions: which had the fewest - Huai'an 2024, Shuyang 2025, the "
             "Shanghai General Office 2019 or Jianxi District office 2020?",
             "received legal services"),
        rank("zh", ["sh19", "sy", "hz23"], "r.carried_forward.total", "asc",
             "上海市府办2019年、沭阳县2025年、洪泽区2023年，哪家结转到下一年继续办的申请最少？",
             "carried forward total"),
        rank("en", ["ha", "sh19", "sy", "jx"], "a.litigation_direct.upheld", "asc",
             "In direct lawsuits ending with the decision upheld, who had the fewest: Huai'an 2024, Shanghai "
             "General Office 2019, Shuyang 2025 or Jianxi District office 2020?",
             "direct litigation upheld"),
        rank("zh", ["ha", "sy", "hz23", "sh19"], "r.partially_granted.natural_person", "asc",
             "自然人申请被部分公开的件数，淮安2024年、沭阳2025年、洪泽2023年、上海市府办2019年里谁最少？",
             "partially granted, natural persons column (sh19 总计 printed blank)"),
        rank("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
             "Which started its year with the most applications carried over: Huai'an (2024), Shuyang (2025) "
             "or the Shanghai General Office (2019)?",
             "carried over total"),
        rank("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
             "行政强制处理决定，淮安市2024年、沭阳县2025年、洪泽区2023年三家里哪家最少？",
             "coercion decisions"),
        rank("en", ["sh19", "sy", "jx"], "r.total_processed.total", "desc",
             "Which handled the most requests in total (row 七): the Shanghai General Office in 2019, Shuyang "
             "County in 2025 or Jianxi District office in 2020?",
             "total processed"),
    ]


def FOLLOWUPS():
    return [
        follow("zh", [
            ("淮安市2024年行政复议里结果纠正的有几件？", E("ha", "a.review.corrected")),
            ("那没经过复议直接去法院告的，纠正了几件？", E("ha", "a.litigation_direct.corrected")),
            ("复议完再起诉的那一类呢？", E("ha", "a.litigation_after_review.corrected")),
        ], "appeals group switch, corrected column"),
        follow("en", [
            ("Shuyang County, 2025: how many requests were refused because the information was internal "
             "affairs?", E("sy", "r.withheld.internal_affairs.total")),
            ("And on the ground that it was process information?", E("sy", "r.withheld.process_info.total")),
        ], "withheld sub-item switch"),
        follow("zh", [
            ("沭阳2025年重复申请被不予处理的有多少？", E("sy", "r.not_processed.duplicate.total")),
            ("其中是企业提的有几件？", E("sy", "r.not_processed.duplicate.commercial")),
        ], "row total, then commercial column"),
        follow("en", [
            ("How many centralized procurement projects did the Shanghai General Office list for 2019?",
             E("sh19", "c.procurement.projects")),
            ("And the total money involved, in 万元?", E("sh19", "c.procurement.amount", unit=WY)),
        ], "procurement projects, then amount"),
        follow("zh", [
            ("洪泽区2023年行政许可处理决定多少件？", E("hz23", "c.licensing.decisions")),
            ("到了2024年是多少？", E("hz24", "c.licensing.decisions")),
        ], "year switch to a text-cell report"),
        follow("en", [
            ("How many applications did the Shanghai General Office push into the following year at the end "
             "of 2019?", E("sh19", "r.carried_forward.total", alt=("另有72件申请", 72))),
            ("Same question for 2025.", E("sh25", "r.carried_forward.total")),
        ], "year switch, carried forward"),
        follow("zh", [
            ("涧西区政府办2020年集中采购了多少个项目？", E("jx", "c.procurement.projects")),
            ("花了多少钱？按万元说。", E("jx", "c.procurement.amount", unit=WY)),
        ], "procurement projects, then amount"),
        follow("zh", [
            ("淮安2024年法律服务机构新递交的申请有几件？", E("ha", "r.received.legal_services")),
            ("这些里面予以公开的呢？", E("ha", "r.granted.legal_services")),
            ("被答复本机关不掌握的又有几件？", E("ha", "r.unable.not_held.legal_services")),
        ], "legal services column across rows"),
        follow("en", [
            ("How many new requests came from individuals to the Shanghai science commission in 2024?",
             E("kw", "r.received.natural_person")),
            ("And from companies?", E("kw", "r.received.commercial")),
        ], "column switch on a text-cell report"),
        follow("zh", [
            ("沭阳县2025年行政复议尚未审结的有多少件？", E("sy", "a.review.pending")),
            ("复议后起诉那类诉讼里还没审结的呢？", E("sy", "a.litigation_after_review.pending")),
        ], "pending, group switch"),
        follow("en", [
            ("Huai'an 2024: how many requests were dropped because the applicant missed the deadline to "
             "correct them?", E("ha", "r.other.overdue_correction.total")),
            ("How about ones dropped for not paying the fee on time?", E("ha", "r.other.overdue_fee.total")),
            ("And the catch-all 'other' line under other handling?", E("ha", "r.other.other.total")),
        ], "other handling sub-items"),
        follow("zh", [
            ("上海市府办2025年信访举报投诉类不予处理的总共几件？", E("sh25", "r.not_processed.petition.total")),
            ("重复申请不予处理的呢？", E("sh25", "r.not_processed.duplicate.total")),
        ], "not processed sub-items on a text-cell report"),
        follow("en", [
            ("How many administrative penalty decisions did Hongze District record in 2023?",
             E("hz23", "c.punishment.decisions")),
            ("And in 2024?", E("hz24", "c.punishment.decisions")),
            ("What about coercion decisions in 2024?", E("hz24", "c.coercion.decisions")),
        ], "year switch, then row switch"),
        follow("zh", [
            ("淮安市2024年废止了几件行政规范性文件？", E("ha", "c.normative_docs.repealed")),
            ("现行有效的还剩多少？", E("ha", "c.normative_docs.in_force")),
            ("沭阳县2025年现行有效的又是多少？", E("sy", "c.normative_docs.in_force")),
        ], "column switch, then body switch"),
        follow("en", [
            ("What was the total number of regulations the Shanghai General Office had published as of its "
             "2019 report (对外公开总数量)?", E("sh19", "c.regulations.total_published")),
            ("And the same total for normative documents?", E("sh19", "c.normative_docs.total_published")),
        ], "row switch, 2019-format column"),
        follow("zh", [
            ("上海市政府办公厅2025年答复“本机关不掌握”的有几件？", E("sh25", "r.unable.not_held.total")),
            ("为什么会有这么多申请落在“不掌握”上？报告里有分析原因吗？",
             EU("the 2025 report gives no reason for the not-held answers")),
        ], "value, then a reason the report does not give"),
        follow("en", [
            ("How many of Shuyang County's 2025 reconsideration cases ended with the decision upheld?",
             E("sy", "a.review.upheld")),
            ("And how many were corrected?", E("sy", "a.review.corrected")),
            ("Which county departments lost those corrected cases?",
             EU("the report does not break appeals down by department")),
        ], "outcome column switch, then a breakdown not printed"),
        follow("zh", [
            ("涧西区政府办2020年新收申请多少件？", E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
            ("其中予以公开的有几件？", E("jx", "r.granted.total")),
            ("答复本机关不掌握的呢？", E("jx", "r.unable.not_held.total")),
        ], "row switch within one report"),
        follow("en", [
            ("What did Huai'an city report as its 2024 administrative fee income, in 万元?",
             E("ha", "c.fees.amount", unit=WY)),
            ("Hongze District in 2023?", E("hz23", "c.fees.amount", unit=WY)),
            ("And Shuyang County for 2025?", E("sy", "c.fees.amount", unit=WY)),
        ], "body switch, fees amount"),
        follow("zh", [
            ("上海市府办2019年自然人新收申请有多少件？", E("sh19", "r.received.natural_person")),
            ("2025年这个数变成了多少？", E("sh25", "r.received.natural_person")),
        ], "year switch, natural persons received"),
        follow("en", [
            ("How many requests from individuals did Huai'an only partly grant in 2024?",
             E("ha", "r.partially_granted.natural_person")),
            ("And from commercial enterprises?", E("ha", "r.partially_granted.commercial")),
        ], "column switch"),
        follow("zh", [
            ("沭阳县2025年行政强制处理决定多少？", E("sy", "c.coercion.decisions")),
            ("行政处罚呢？", E("sy", "c.punishment.decisions")),
        ], "row switch, table 二"),
        follow("en", [
            ("In 2024 how many requests did Hongze District answer with 'not held by this agency'?",
             E("hz24", "r.unable.not_held.total")),
            ("What was that number in 2023?", E("hz23", "r.unable.not_held.total")),
        ], "year switch back to gold"),
        follow("zh", [
            ("上海科委2024年制发了几件规范性文件？", E("kw", "c.normative_docs.issued")),
            ("现行有效的一共多少件？", E("kw", "c.normative_docs.in_force")),
        ], "column switch on a text-cell report"),
        follow("en", [
            ("For Huai'an 2024, how many requests were withheld on all grounds together?",
             E("ha", "r.withheld.total")),
            ("How many of those were state secrets?", E("ha", "r.withheld.state_secret.total")),
            ("And how many were barred by other laws and administrative regulations?",
             E("ha", "r.withheld.prohibited_by_law.total")),
        ], "derived total, then sub-items"),
        follow("zh", [
            ("洪泽区2023年部分公开的申请有几件？", E("hz23", "r.partially_granted.total")),
            ("那一年的行政复议结果纠正了几件？", E("hz23", "a.review.corrected")),
        ], "table switch within one report"),
    ]


def TEXTONLY():
    return [
        text("zh", "ha", "新闻发布会 12 场", 12, "场",
             "淮安市政府2024年一共开了几场新闻发布会？", "press conferences"),
        text("zh", "ha", "政务新媒体共计", 95, "个",
             "淮安全市在运维的政务新媒体，2024年年报里说有多少个？", "new-media accounts"),
        text("zh", "ha", "全覆盖检查", 4, "次",
             "淮安市2024年组织了几次政府信息公开栏目的全覆盖检查？", "full-coverage checks"),
        text("zh", "sy", "催办提示 84 次", 84, "次",
             "沭阳县2025年给责任单位发了多少次催办提示？", "reminders sent"),
        text("zh", "sy", "过期信息697条", 697, "条",
             "沭阳2025年清理掉的过期信息有多少条？", "outdated items removed"),
        text("zh", "sy", "64家单位", 64, "家",
             "沭阳县2025年集中公开、统一发布年度报告的单位有多少家？", "units publishing reports"),
        text("zh", "hz24", "常务会议", 7, "期",
             "洪泽区2024年公开了几期政府常务会议？", "executive meetings published"),
        text("zh", "hz23", "1136", 1136, "条",
             "洪泽区2023年在政府网站平台上主动公开了多少条政府信息？", "items published"),
        text("zh", "sh25", "新闻通气会 19 场", 19, "场",
             "上海市府办2025年年报里提到的市政府新闻通气会开了几场？", "press briefings"),
        text("zh", "sh25", "主动撤回 157 件", 157, "件",
             "2025年向上海市政府申请信息公开、后来申请人自己撤回的有多少件？", "withdrawn requests"),
        text("zh", "sh19", "2261项事项", 2261, "项",
             "2019年上海“一网通办”统一受理平台一共接入了多少项事项？", "one-stop platform items"),
        text("zh", "kw", "直播 118 场", 118, "场",
             "上海科委2024年视频号做了多少场直播？", "live streams"),
        text("en", "ha", "制作政策解读", 21, "个",
             "How many policy interpretation pieces did Huai'an city put out in 2024?", "policy explainers"),
        text("en", "sy", "短视频1113个", 1113, "个",
             "How many original short videos did Shuyang County push out in 2025?", "short videos"),
        text("en", "sy", "办前主动沟通 49 次", 49, "次",
             "How many times in 2025 did Shuyang reach out to applicants before handling their requests?",
             "pre-handling contacts"),
        text("en", "hz24", "2428", 2428, "条",
             "How many items of government information did Hongze District post on its website platform in "
             "2024?", "items published"),
        text("en", "sh25", "公开属性审查 166 件", 166, "件",
             "How many official documents had their disclosure attribute reviewed at the Shanghai General "
             "Office in 2025?", "attribute reviews"),
        text("en", "sh25", "16 个区", 16, "个",
             "By 2025, how many Shanghai districts had put their government gazette online in digital form?",
             "digital gazettes"),
        text("en", "sh19", "权威发布共计38次", 38, "次",
             "How many authoritative releases on key executive-meeting topics did the Shanghai General Office "
             "make in 2019?", "meeting releases"),
        text("en", "sh19", "70家政府网站", 70, "家",
             "How many government websites did Shanghai inspect every quarter in 2019?", "websites checked"),
        text("en", "kw", "原创文章 294", 294, "篇",
             "How many original articles did STCSM's WeChat account publish in 2024?", "original articles"),
        text("en", "kw", "人大代表建议 50 件", 50, "件",
             "How many NPC deputies' suggestions did the Shanghai science commission handle as lead or joint "
             "office in 2024?", "deputies' suggestions"),
        text("en", "jx", "601项事项", 601, "项",
             "How many individual items did Jianxi District's 2020 standardisation work sort out across its "
             "21 areas?", "catalogue items"),
        text("en", "sh19", "政策解读共132件", 132, "件",
             "How many policy interpretations did the Shanghai government portal publish in 2019?",
             "portal explainers"),
    ]


def TRAPS():
    return [
        trap("zh", "ha", "a.litigation_after_review.total",
             "淮安市政府2024年，先申请复议、对复议结果不服再去法院起诉的信息公开案件总共几件？",
             "复议后起诉 20 vs 直接起诉 26"),
        trap("en", "sy", "a.litigation_after_review.total",
             "Shuyang 2025: how many disclosure lawsuits were filed only after the applicant had first been "
             "through reconsideration?",
             "after review 10 vs direct 3"),
        trap("zh", "sy", "r.carried_forward.total",
             "沭阳2025年没办完、要挪到2026年接着办的申请有多少件？",
             "结转下年 31 vs 上年结转 36 (text agrees)", alt=("结转下一年 31 件", 31)),
        trap("en", "ha", "r.carried_over.total",
             "How many applications left over from 2023 did Huai'an city still have to deal with in 2024?",
             "carried over 34 vs carried forward 103 (text agrees)", alt=("含上年度结转申请 34 件", 34)),
        trap("zh", "ha", "c.normative_docs.repealed",
             "淮安市2024年一共废止了多少件行政规范性文件？",
             "废止 26 vs 制发 8 / 现行有效 66"),
        trap("en", "hz23", "c.normative_docs.issued",
             "How many new administrative normative documents did Hongze District issue in 2023?",
             "issued 0 vs repealed 5 / in force 5"),
        trap("zh", "jx", "c.procurement.projects",
             "涧西区政府办2020年政府集中采购涉及几个项目？",
             "采购项目数 8 vs 金额 28.6232"),
        trap("en", "sh19", "c.procurement.amount",
             "What was the total value of centralized government procurement at the Shanghai General Office "
             "in 2019, in 万元?",
             "amount 25.1 万元 vs 6 projects", unit=WY),
        trap("zh", "sh19", "c.regulations.total_published",
             "截至2019年，上海市政府办公厅对外公开的规章累计有多少件？",
             "对外公开总数量 524 vs 本年新公开 13"),
        trap("en", "sh19", "c.normative_docs.published",
             "How many normative documents did the Shanghai General Office newly publish during 2019?",
             "newly published 60 vs total published 368 (text agrees)",
             alt=("行政规范性文件60件", 60)),
        trap("zh", "ha", "r.unable.needs_creation.total",
             "淮安2024年因为没有现成信息、需要另行制作而没法提供的申请有几件？",
             "另行制作 11 vs 不掌握 769"),
        trap("en", "sy", "r.withheld.process_info.total",
             "How many Shuyang requests in 2025 were refused as process information (四类过程性信息)?",
             "process info 2 vs internal affairs 13"),
        trap("zh", "sy", "a.review.other",
             "沭阳县2025年行政复议中，结果既没维持也没纠正、属于其他结果的有几件？",
             "其他结果 9 vs 结果纠正 10"),
        trap("en", "ha", "r.partially_granted.total",
             "How many of Huai'an's 2024 requests were only partially granted?",
             "partially granted 454 vs granted 1362"),
        trap("zh", "ha", "r.received.legal_services",
             "淮安2024年律师事务所等法律服务机构新提交的申请有多少件？",
             "法律服务机构 61 vs 商业企业 53"),
        trap("en", "ha", "r.withheld.enforcement_files.total",
             "How many Huai'an requests in 2024 were refused because the material was part of an "
             "administrative enforcement case file?",
             "enforcement files 9 vs admin query 105"),
        trap("zh", "sy", "r.other.overdue_fee.total",
             "沭阳2025年申请人逾期没按收费通知缴费、于是不再处理的有几件？",
             "逾期未缴费 7 vs 逾期不补正 9"),
        trap("en", "ha", "r.unable.unclear.total",
             "Huai'an 2024: how many requests stayed unclear even after the applicant had corrected them, so "
             "nothing could be provided?",
             "unclear after correction 1 vs overdue correction 71"),
        trap("zh", "ha", "r.not_processed.excessive.total",
             "淮安市2024年有没有以无正当理由大量反复申请为由不予处理的？有几件？",
             "大量反复申请 0 vs 重复申请 25"),
        trap("en", "sy", "r.not_processed.duplicate.total",
             "How many Shuyang applications in 2025 were not processed because they were duplicates?",
             "duplicate 7 vs petition 12"),
        trap("zh", "hz23", "c.coercion.decisions",
             "洪泽区2023年行政强制处理决定有多少件？",
             "行政强制 195 vs 行政处罚 4119"),
        trap("en", "ha", "r.withheld.prohibited_by_law.total",
             "How many Huai'an requests in 2024 were withheld because other laws or administrative regulations "
             "forbid disclosure?",
             "prohibited by law 31 vs state secret 2"),
        trap("zh", "sh19", "a.review.pending",
             "上海市府办2019年信息公开行政复议里，还没审结的有几件？",
             "尚未审结 2 vs 结果维持 5"),
        trap("en", "sh25", "a.litigation_direct.pending",
             "How many direct lawsuits against the Shanghai General Office were still pending at the end of "
             "2025?",
             "direct pending 6 vs direct total 12"),
        trap("zh", "sy", "r.received.other_org",
             "沭阳县2025年新收申请中，法人或其他组织里归为“其他”类别的申请人提交了几件？",
             "申请人“其他”列 0 vs （六）其他处理"),
        trap("en", "hz24", "c.normative_docs.issued",
             "How many administrative normative documents did Hongze District issue in 2024?",
             "issued 3 vs in force 8"),
    ]


def CANNOT():
    return [
        cannot("zh", "淮安市2024年的政府信息公开申请里，涉及征地拆迁的有多少件？",
               "the report has no breakdown of requests by topic", "topic breakdown"),
        cannot("zh", "沭阳县2025年那111件答复“本机关不掌握”的申请，分别是县里哪些部门收到的？",
               "no department breakdown of the requests table", "department breakdown"),
        cannot("zh", "洪泽区2023年那1件以国家秘密为由不予公开的申请，申请人具体要的是什么信息？",
               "the content of individual requests is not reported", "content of a request"),
        cannot("zh", "上海市政府办公厅2019年的信息公开行政复议案件，平均审理用了多少天？",
               "no processing times for appeals are reported", "processing time"),
        cannot("zh", "按常住人口算，淮安2024年每万人提交了多少件信息公开申请？",
               "the report states no population; no per-capita rate", "per-capita rate"),
        cannot("zh", "南京市政府2024年收到了多少件政府信息公开申请？",
               "no 南京市 report is held", "body not held"),
        cannot("zh", "沭阳县2024年新收的信息公开申请有多少件？",
               "only the 2025 report of 沭阳县 is held", "year not held"),
        cannot("zh", "涧西区2021年的政府集中采购金额是多少？",
               "only the 2020 report of 涧西区政府办 is held", "year not held"),
        cannot("zh", "淮安市2024年复议被纠正的那64件，各自是因为什么被纠正的？",
               "the report gives no reasons for the corrected reconsiderations", "reasons"),
        cannot("zh", "上海市府办2025年的信息公开申请里，通过网上平台提交的占多大比例？",
               "no breakdown by submission channel", "channel"),
        cannot("zh", "淮安市2024年报告里有没有公布依申请公开的群众满意度？具体是百分之多少？",
               "the report states no satisfaction rate", "percentage not stated"),
        cannot("zh", "上海市科委2024年行政许可的97件决定里，属于高新技术企业认定的有多少？",
               "licensing decisions are not broken down by item", "breakdown not printed"),
        cannot("zh", "沭阳县2025年在政府信息公开工作上花了多少经费？",
               "the report gives no budget or cost", "costs"),
        cannot("zh", "淮安市政府办负责信息公开的专职工作人员有几个？2024年的报告里有数吗？",
               "the report mentions staffing problems but no number", "staff"),
        cannot("zh", "和苏州市比，淮安市2024年的信息公开申请量算高还是低？",
               "no 苏州市 report is held", "comparison with a body not held"),
        cannot("zh", "上海市政府办公厅2022年结转到下一年的申请有多少件？",
               "only the 2019 and 2025 reports of 上海市府办 are held", "year not held"),
        cannot("zh", "洪泽区2023年收到的申请中，有几件是女性申请人提交的？",
               "no breakdown by sex", "sex"),
        cannot("zh", "沭阳县2025年提出申请的那几家法律服务机构，分别是哪几家律所？",
               "applicants are not named", "identities"),
        cannot("zh", "涧西区政府办2020年那2件转入下一年办理的申请，后来办理结果如何？",
               "the following year's report is not held", "outcome in a year not held"),
        cannot("zh", "上海市府办2019年被提起行政诉讼的那些案子，原告都是谁？",
               "plaintiffs are not named", "personal data"),
        cannot("zh", "淮安市2024年12月份单月收到了多少件信息公开申请？",
               "no monthly breakdown", "month"),
        cannot("zh", "洪泽区2024年的申请里，来自高良涧街道的有多少件？",
               "no breakdown by township or street", "township"),
        cannot("zh", "沭阳县2025年那693957件行政处罚，罚没款总额是多少？",
               "penalty amounts are not reported", "amount not printed"),
        cannot("zh", "上海市科委2024年配了几名专人负责政府信息公开？",
               "no staff numbers in the report", "staff"),
        cannot("zh", "淮安市2024年的自然人申请人里，外地户籍的占多少？",
               "no breakdown by residence", "residence"),
        cannot("zh", "预计2026年上海市政府办公厅会收到多少件信息公开申请？",
               "forecasts are not in the reports", "forecast"),
        cannot("en", "How many of Shuyang County's 2025 disclosure requests were about land acquisition?",
               "no breakdown by topic", "topic breakdown"),
        cannot("en", "What share of the Shanghai General Office's 2025 applicants were women?",
               "no breakdown by sex", "sex"),
        cannot("en", "Per 10,000 residents, how many disclosure requests did Hongze District receive in 2024?",
               "no population figure; no per-capita rate", "per-capita rate"),
        cannot("en", "Which topics drew the most requests to the Shanghai science commission in 2024?",
               "no breakdown by topic", "topic breakdown"),
        cannot("en", "How many disclosure requests did the Suqian city government receive in 2024?",
               "no 宿迁市 report is held", "body not held"),
        cannot("en", "How many requests did the Jianxi District government office get in 2019?",
               "only the 2020 report of 涧西区政府办 is held", "year not held"),
        cannot("en", "How many requests did Huai'an city government receive in 2023?",
               "only the 2024 report of 淮安市 is held", "year not held"),
        cannot("en", "What was the average reply time, in working days, for Huai'an's disclosure applications "
                     "in 2024?",
               "no response times are reported", "response time"),
        cannot("en", "How much money did Shuyang County spend on its government disclosure work in 2025?",
               "no budget or cost is reported", "costs"),
        cannot("en", "Which Huai'an city departments received the most disclosure requests in 2024?",
               "no department breakdown", "department breakdown"),
        cannot("en", "In the Shanghai General Office's 2019 report, what percentage of reconsideration cases "
                     "were brought by companies?",
               "appeals are not broken down by applicant type", "breakdown not printed"),
        cannot("en", "How many of Shuyang's 2025 applications arrived by post and how many online?",
               "no breakdown by channel", "channel"),
        cannot("en", "Did Hongze District get more disclosure requests in 2023 than Qingjiangpu District did?",
               "no 清江浦区 report is held", "comparison with a body not held"),
        cannot("en", "What was the Shanghai science commission's spending on its website in 2024?",
               "no costs are reported", "costs"),
        cannot("en", "Who filed the direct lawsuit against the Jianxi District government office in 2020?",
               "plaintiffs are not named", "personal data"),
        cannot("en", "In which quarter of 2025 did the Shanghai General Office receive the most requests?",
               "no quarterly breakdown", "quarter"),
        cannot("en", "How old were the individuals who applied to Huai'an city for information in 2024?",
               "no breakdown by age", "age"),
        cannot("en", "How many disclosure requests is Shuyang County expected to receive in 2026?",
               "forecasts are not in the reports", "forecast"),
        cannot("en", "Was Huai'an's 2024 disclosure work better than Nanjing's?",
               "no 南京市 report is held; an opinion", "opinion / body not held"),
        cannot("en", "How many disclosure requests did the Shanghai science commission get in 2023?",
               "only the 2024 report of 上海市科委 is held", "year not held"),
        cannot("en", "What percentage of Hongze District's 2023 requests were answered within 10 working days?",
               "no such percentage is stated", "percentage not stated"),
        cannot("en", "Of the Shanghai General Office's 513 'not held' replies in 2025, how many were referred "
                     "on to another agency?",
               "referrals are not counted", "breakdown not printed"),
        cannot("en", "How many applicants paid the 3940 yuan processing fee Huai'an collected in 2024?",
               "the number of paying applicants is not stated", "breakdown not printed"),
        cannot("en", "How many of the applications to the Shanghai General Office in 2025 came from Pudong "
                     "residents?",
               "no breakdown by residence or district", "residence"),
        cannot("en", "What was the Pudong New Area government's count of disclosure lawsuits in 2025?",
               "no 浦东新区 report is held", "body not held"),
        cannot("en", "Why did Hongze District's requests jump in 2024 - does the report explain?",
               "the 2024 report gives no cause for its request numbers", "reasons"),
    ]


def CONVERSATIONS():
    return (CELLS() + CONSISTENCY() + COMBINE() + RANKS() + FOLLOWUPS() + TEXTONLY() + TRAPS()
            + CANNOT())
