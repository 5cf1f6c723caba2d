"""Question bank of blind evaluation set 211 (evals/blind211), prefix gw.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Emphasis: staff and journalist traffic -- precise but unusual wordings of table cells
(appeals outcome columns, sub-items of 不予公开 / 无法提供 / 不予处理 / 其他处理, applicant
columns, measures of table 二), sums and year-to-year differences worded indirectly,
consistency questions answered by one printed cell or one derived key, rankings over the
gold bodies, neighbouring-cell traps and questions a journalist asks that the reports
cannot answer.

The bank names only bodies, keys, keywords and wordings; every number is computed by
helpers211 from corpus/gold/*.json, from the printed rows named in SPECS (the same cells
blind6's text_cells.json verified), or cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib211 as L  # noqa: E402
from helpers211 import KS, V, T, S, N, U, D, R, F, E, EN, EU, ED, cols  # noqa: E402,F401

# cells of the three reports without gold: exactly the specs of blind6's text_cells.json
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


# ------------------------------------------------------------------ tagged builders
def cell(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[cell] " + what, **kw)


def cons(lang, b, keys, q, what, **kw):
    kind = "sum" if len(KS(keys)) > 1 else "value"
    return V(lang, b, keys, q, "[consistency] " + what, kind=kind, **kw)


def plus(lang, b, keys, q, what, **kw):
    if len(KS(keys)) < 2:
        raise ValueError("a sum lists at least two keys")
    return S(lang, b, keys, q, "[combine] " + what, **kw)


def delta(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + what, **kw)


def rank(lang, bodies, keys, order, q, what, **kw):
    return R(lang, bodies, keys, order, q, "[rank] " + what, **kw)


def said(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what, frm=frm)


def cannot(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


def trap(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def chain(lang, turns, what):
    return F(lang, [(q, e) for q, e in turns], "[followup] " + what)


M = {"unit": "万元"}  # money cells carry their unit


# ------------------------------------------------------------------ [cell] table cells
def CELLS():
    return [
        # ---- zh
        cell("zh", "ha", "a.review.corrected",
             "淮安市政府2024年被申请信息公开类行政复议的案子里，复议机关认定要纠正的有几件？",
             "appeals: review corrected; narrative states the same number",
             alt=("结果纠正 64", 64)),
        cell("zh", "ha", "a.litigation_direct.pending",
             "淮安市2024年没走复议、直接告到法院的信息公开官司，到年底还没判下来的有几起？",
             "appeals: direct litigation pending"),
        cell("zh", "ha", "a.litigation_after_review.other",
             "淮安2024年年报表四中，复议以后又起诉的那部分案件，“其他结果”一栏填的是多少？",
             "appeals: litigation after review, other outcome"),
        cell("zh", "sy", "a.review.other",
             "沭阳县2025年政府信息公开行政复议中，既不算维持也不算纠正、归到其他结果的有几件？",
             "appeals: review other outcome"),
        cell("zh", "sy", "a.litigation_after_review.upheld",
             "沭阳县政府2025年，申请人先申请复议、不服又去打官司的案件中，法院判维持的有多少件？",
             "appeals: litigation after review upheld"),
        cell("zh", "sh19", "a.litigation_direct.upheld",
             "上海市政府办公厅2019年信息公开行政诉讼里，未经复议直接起诉、最后结果维持的是几件？",
             "appeals: direct litigation upheld (text: 诉讼9件均获维持 counts all suits; the "
             "question names the direct-suit upheld cell)"),
        cell("zh", "hz23", "a.litigation_after_review.upheld",
             "洪泽区政府2023年度经过复议后又起诉的信息公开案件，结果维持的数量是？",
             "appeals: litigation after review upheld (its printed total is 0)"),
        cell("zh", "jx", "a.review.upheld",
             "涧西区政府办2020年因信息公开被人申请行政复议，复议机关维持原答复的有几件？",
             "appeals: review upheld"),
        cell("zh", "ha", "r.withheld.security_stability.total",
             "淮安市2024年以公开后会危及国家安全、公共安全、经济安全或社会稳定为由不予公开的申请有多少？",
             "withheld: 三安全一稳定"),
        cell("zh", "ha", "r.withheld.enforcement_files.total",
             "淮安2024年依申请公开里，因为所要的材料属于行政执法案卷而没有公开的有几件？",
             "withheld: enforcement files"),
        cell("zh", "ha", "r.not_processed.reconfirm.total",
             "淮安市政府2024年有多少申请是要求机关确认或者重新出具已经拿到过的信息、因此不予处理的？",
             "not processed: reconfirm / reissue"),
        cell("zh", "ha", "r.other.overdue_fee.total",
             "2024年淮安市有几件申请因为申请人过了期限还没按收费通知交钱，政府就不再处理了？",
             "other handling: fee not paid in time"),
        cell("zh", "sy", "r.withheld.internal_affairs.total",
             "沭阳县2025年以“三类内部事务信息”为由拒绝公开的申请数？",
             "withheld: internal affairs"),
        cell("zh", "sy", "r.other.overdue_correction.total",
             "沭阳2025年，让申请人补正材料、对方没有正当理由逾期不补，最后不再处理的有多少件？",
             "other handling: no correction in time"),
        cell("zh", "sy", "r.not_processed.duplicate.total",
             "沭阳县2025年被认定为重复申请、不予处理的有几件？",
             "not processed: duplicate"),
        cell("zh", "sy", "r.other.other.total",
             "沭阳县政府2025年报表三“其他处理”下面第3小项“其他”的总计数是多少？",
             "other handling: 3.其他 (the row sits under a wrong header in the text)"),
        cell("zh", "sh19", "r.unable.unclear.natural_person",
             "2019年上海市政府办公厅收到的自然人申请中，补正以后内容依然不明确、没法提供的有几件？",
             "unable: unclear after correction, natural persons (row total printed blank)"),
        cell("zh", "hz23", "r.unable.needs_creation.total",
             "洪泽区2023年有几件申请是因为没有现成信息、需要另行制作而无法提供的？",
             "unable: needs creation"),
        cell("zh", "ha", "r.received.legal_services",
             "淮安市政府2024年新收的信息公开申请里，由律师事务所这类法律服务机构提出的有多少件？",
             "applicant column: legal services, received"),
        cell("zh", "ha", "r.granted.legal_services",
             "2024年淮安对法律服务机构提出的申请，全部予以公开的有几件？",
             "applicant column: legal services, granted"),
        cell("zh", "sy", "r.partially_granted.legal_services",
             "沭阳县2025年法律服务机构申请的事项里，最后部分公开的有几件？",
             "applicant column: legal services, partially granted"),
        cell("zh", "sh19", "r.received.other_org",
             "上海市政府办公厅2019年本年新收申请中，法人或其他组织里归为“其他”的那一类提交了几件？",
             "applicant column: other organisations, received"),
        cell("zh", "ha", "r.unable.not_held.commercial",
             "淮安市2024年商业企业提的申请中，因为市里不掌握相关信息而无法提供的有几件？",
             "applicant column: commercial, not held"),
        cell("zh", "jx", "c.procurement.projects",
             "涧西区政府办公室2020年的年报里，政府集中采购一共涉及几个项目？",
             "table 二: procurement project count (not the amount)"),
        cell("zh", "jx", "c.procurement.amount",
             "涧西区政府办2020年政府集中采购的总金额是多少万元？",
             "table 二: procurement amount in 万元", **M),
        cell("zh", "sh19", "c.regulations.total_published",
             "上海市政府办公厅2019年年报中，规章那一行的对外公开总数量是多少？",
             "table 二 (2019 format): regulations total published"),
        cell("zh", "ha", "c.normative_docs.repealed",
             "淮安市政府2024年一共废止了多少件行政规范性文件？",
             "table 二: normative documents repealed"),
        cell("zh", "sy", "c.fees.amount",
             "沭阳县2025年行政事业性收费的本年收费金额是多少万元？",
             "table 二: fee amount in 万元", **M),
        cell("zh", "hz23", "c.coercion.decisions",
             "洪泽区2023年行政强制的本年处理决定数量是多少？",
             "table 二: coercion decisions"),
        cell("zh", "hz24", "c.licensing.decisions",
             "洪泽区政府2024年行政许可作出的处理决定有多少件？",
             "table 二: licensing decisions (text row)"),
        cell("zh", "sh25", "r.not_processed.duplicate.total",
             "上海市政府办公厅2025年因为属于重复申请而不予处理的有多少件？",
             "not processed: duplicate (text row)"),
        cell("zh", "kw", "r.received.commercial",
             "上海市科委2024年新收的信息公开申请当中，商业企业提交的有几件？",
             "applicant column: commercial, received (text row)"),
        # ---- en
        cell("en", "ha", "a.review.other",
             "Huai'an city government, 2024 annual report: how many reconsideration cases about "
             "information disclosure closed with an outcome that was neither upheld nor corrected?",
             "appeals: review other outcome; narrative states the same number",
             alt=("结果纠正 64", 178)),
        cell("en", "ha", "a.review.pending",
             "At the close of 2024, how many of Huai'an's disclosure-related reconsideration cases "
             "were still waiting for a decision?",
             "appeals: review pending; narrative states the same number",
             alt=("结果纠正 64", 37)),
        cell("en", "sy", "a.review.corrected",
             "Shuyang County, 2025: in how many administrative reconsiderations over disclosure did "
             "the reviewing body correct the county's original handling?",
             "appeals: review corrected"),
        cell("en", "sy", "a.litigation_direct.upheld",
             "For Shuyang County in 2025, of the disclosure lawsuits filed straight in court without "
             "a reconsideration first, how many ended with the county's decision upheld?",
             "appeals: direct litigation upheld"),
        cell("en", "sh19", "a.review.pending",
             "The Shanghai municipal government's General Office in 2019: how many disclosure "
             "reconsiderations had not been concluded by December 31?",
             "appeals: review pending"),
        cell("en", "jx", "a.litigation_after_review.total",
             "Jianxi District Government Office, 2020: how many lawsuits were brought after an "
             "administrative reconsideration had already been decided?",
             "appeals: litigation after review total"),
        cell("en", "hz23", "a.review.corrected",
             "Hongze District (Huai'an), 2023: number of reconsideration cases where the outcome "
             "was a correction?",
             "appeals: review corrected"),
        cell("en", "ha", "a.litigation_after_review.pending",
             "Huai'an 2024 -- suits brought after reconsideration that were still undecided at "
             "year end: how many?",
             "appeals: litigation after review pending"),
        cell("en", "ha", "r.withheld.admin_query.total",
             "In 2024, how many requests to the Huai'an municipal government were refused because "
             "they concerned administrative query matters, i.e. records people look up through a "
             "separate query channel?",
             "withheld: administrative query"),
        cell("en", "ha", "r.withheld.prohibited_by_law.total",
             "Huai'an, 2024: how many requests were withheld on the ground that some other law or "
             "administrative regulation forbids disclosure?",
             "withheld: prohibited by other laws"),
        cell("en", "ha", "r.unable.needs_creation.total",
             "How many 2024 applications to Huai'an could not be met because the information did "
             "not exist in ready form and would have had to be newly compiled?",
             "unable: needs creation"),
        cell("en", "ha", "r.not_processed.petition.total",
             "Huai'an municipal government 2024: how many applications were really petitions, "
             "tip-offs or complaints and were therefore not handled as disclosure requests?",
             "not processed: petitions / complaints"),
        cell("en", "ha", "r.other.overdue_correction.total",
             "In Huai'an's 2024 figures, how many applications were dropped because the applicant, "
             "without good reason, missed the deadline to supplement the request?",
             "other handling: no correction in time"),
        cell("en", "sy", "r.withheld.admin_query.total",
             "Shuyang 2025: withheld as administrative query matters -- what's the count?",
             "withheld: administrative query"),
        cell("en", "sy", "r.withheld.enforcement_files.total",
             "Shuyang County in 2025 refused how many requests because the material formed part of "
             "an administrative enforcement case file?",
             "withheld: enforcement files"),
        cell("en", "sy", "r.other.overdue_fee.total",
             "Shuyang County 2025: requests closed because applicants did not pay the processing "
             "fee by the deadline in the fee notice?",
             "other handling: fee not paid in time"),
        cell("en", "sh19", "r.withheld.state_secret.natural_person",
             "Shanghai General Office, 2019: how many requests from private individuals were "
             "refused as state secrets?",
             "withheld: state secret, natural persons (row total printed blank)"),
        cell("en", "sh19", "r.not_processed.duplicate.commercial",
             "In 2019, how many repeat applications from commercial enterprises did the Shanghai "
             "municipal government General Office decline to process?",
             "not processed: duplicate, commercial column"),
        cell("en", "hz23", "r.withheld.process_info.total",
             "Hongze District 2023: requests refused because they concerned process information "
             "such as drafts and internal deliberations?",
             "withheld: process information"),
        cell("en", "ha", "r.partially_granted.commercial",
             "Huai'an city, 2024: requests from businesses that were answered with a partial "
             "release?",
             "applicant column: commercial, partially granted"),
        cell("en", "ha", "r.received.other_org",
             "In Huai'an's 2024 request table, new applications from the 'other' category of legal "
             "persons and organisations -- how many?",
             "applicant column: other organisations, received"),
        cell("en", "sy", "r.received.legal_services",
             "How many new disclosure applications did legal service organisations file with "
             "Shuyang County in 2025?",
             "applicant column: legal services, received"),
        cell("en", "sh19", "r.received.commercial",
             "Shanghai General Office 2019: new requests lodged by commercial enterprises?",
             "applicant column: commercial, received"),
        cell("en", "sh25", "r.carried_over.legal_services",
             "Shanghai municipal General Office, 2025 report: how many applications from legal "
             "service organisations were brought forward from the preceding year's caseload?",
             "applicant column: legal services, carried over (text row)"),
        cell("en", "sh19", "c.procurement.amount",
             "What was the total value of centralized government procurement in the Shanghai "
             "General Office's 2019 report, expressed in units of 10,000 yuan?",
             "table 二: procurement amount (printed 251000元)", **M),
        cell("en", "sh19", "c.procurement.projects",
             "How many centralized procurement projects are listed in the Shanghai General "
             "Office's 2019 disclosure report?",
             "table 二: procurement project count"),
        cell("en", "ha", "c.fees.amount",
             "Huai'an 2024: administrative fees collected, in 10,000 yuan?",
             "table 二: fee amount in 万元", **M),
        cell("en", "sy", "c.normative_docs.repealed",
             "Shuyang County 2025 -- how many normative documents were repealed during the year?",
             "table 二: normative documents repealed"),
        cell("en", "ha", "c.coercion.decisions",
             "Number of administrative coercion decisions reported by Huai'an city for 2024?",
             "table 二: coercion decisions"),
        cell("en", "jx", "c.normative_docs.total_published",
             "Jianxi District Government Office 2020: normative documents, cumulative number "
             "published externally?",
             "table 二 (2019 format): normative documents total published"),
        cell("en", "kw", "c.licensing.decisions",
             "Shanghai Science and Technology Commission, 2024: how many administrative licensing "
             "decisions did it make?",
             "table 二: licensing decisions (text row)"),
        cell("en", "sh25", "r.unable.needs_creation.total",
             "Shanghai General Office 2025: requests it couldn't satisfy because answering would "
             "have meant producing new information?",
             "unable: needs creation (text row)"),
    ]


# ------------------------------------------------------------------ [consistency] one cell / derived key
def CONSISTENCY():
    return [
        # ---- zh
        cons("zh", "ha", "r.total_processed.total",
             "按表三的勾稽关系，新收加上年结转应等于办理结果加结转下年。淮安市2024年这张表里“（七）总计”填的是多少？",
             "printed 总计 of the outcome rows; narrative states it too", alt=("3119", 3050)),
        cons("zh", "sy", "r.withheld.total",
             "核对一下沭阳县2025年的表：“不予公开”八个小项加起来，合计应该是多少？",
             "derived key: withheld total"),
        cons("zh", "ha", "r.unable.total",
             "淮安2024年表三“（四）无法提供”这一大类合计多少件？报告只列了三个小项。",
             "derived key: unable total"),
        cons("zh", "hz23", "a.review.total",
             "洪泽区2023年报告表四“行政复议—总计”那一格，报告里实际印出来的数字是几？",
             "printed cell that breaks the report's own arithmetic (10+1 printed as total 0); the "
             "question asks for the printed figure"),
        cons("zh", "sh19", cols("unable.not_held"),
             "上海市政府办公厅2019年表三里“本机关不掌握相关政府信息”那一行的总计栏是空的，把各类申请人的数字加起来应该是多少？",
             "sum of the six applicant columns of a row whose 总计 is printed blank; the narrative "
             "states the same number",
             printed_total=["r.unable.not_held.total"], alt=("无法提供265件", 265)),
        cons("zh", "jx", "r.carried_forward.total",
             "涧西区政府办2020年新收17件、上年结转0件、办结15件，那表里“结转下年度继续办理”填的是多少？",
             "balance rule; the narrative states 在办2件", alt=("在办2件", 2)),
        cons("zh", "sy", "r.other.total",
             "沭阳县2025年“（六）其他处理”三个小项合起来是多少件？",
             "derived key: other handling (2021 format, three sub-items)"),
        cons("zh", "ha", "r.not_processed.total",
             "淮安市2024年“（五）不予处理”这一类五个小项合计多少件？",
             "derived key: not processed total"),
        # ---- en
        cons("en", "ha", "r.received.legal_person",
             "Huai'an 2024: the request table splits organisations into five columns. Taken "
             "together, how many new requests came from legal persons or other organisations?",
             "derived key: received, legal persons"),
        cons("en", "sy", "r.received.legal_person",
             "Shuyang County 2025: new requests from legal persons and other organisations, all "
             "five organisation columns together?",
             "derived key: received, legal persons; narrative 8 (includes carry-over, which is 0 "
             "for organisations)", alt=("749", 8)),
        cons("en", "sh19", ["r.withheld.natural_person", "r.withheld.commercial",
                            "r.withheld.research", "r.withheld.public_interest",
                            "r.withheld.legal_services", "r.withheld.other_org"],
             "The Shanghai General Office's 2019 request table leaves the total column blank for "
             "every withholding ground. Adding up all applicant types and all eight grounds, how "
             "many requests were withheld?",
             "derived withheld columns of a report with blank totals; narrative states 35",
             printed_total=["r.withheld.total"], alt=("不予公开35件", 35)),
        cons("en", "hz23", ["a.review.upheld", "a.review.corrected", "a.review.other",
                            "a.review.pending"],
             "Hongze District's 2023 appeals table prints 0 as the reconsideration total. What do "
             "its four outcome cells (upheld, corrected, other, pending) really add up to?",
             "sum of outcome cells vs the printed 0 total", printed_total=["a.review.total"]),
        cons("en", "sh19", "r.total_processed.total",
             "Shanghai General Office, 2019: what figure is printed as the grand total of handled "
             "requests in row (七)?",
             "printed 总计 of handled requests; narrative states it", alt=("859件", 805)),
        cons("en", "ha", "r.granted.total",
             "Huai'an 2024: the 'granted' row should add up across the applicant columns to its "
             "printed total. What total does the report print?",
             "printed row total (columns agree)"),
        cons("en", "sy", "r.carried_forward.total",
             "Shuyang 2025 balances its request table as new plus carried in = handled plus carried "
             "forward. What's the carried-forward figure?",
             "balance rule; narrative 结转下一年 31", alt=("749", 31)),
        cons("en", "ha", "r.other.total",
             "Huai'an 2024: combined figure for 'other handling' across its three sub-items?",
             "derived key: other handling"),
    ]


# ------------------------------------------------------------------ [combine] sums and differences
GRANT_ANY = ["r.granted.total", "r.partially_granted.total"]
NOT_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
            "r.not_processed.total", "r.other.total"]
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NP_COLS = ["r.not_processed.%s" % c for c in L.COLS[:-1]]


def COMBINE():
    return [
        # ---- sums, zh
        plus("zh", "ha", GRANT_ANY,
             "淮安市政府2024年办的信息公开申请，至少拿到一部分信息的有多少件？",
             "granted + partially granted"),
        plus("zh", "ha", NOT_FULL,
             "淮安2024年的办理结果里，除了全部予以公开以外，其余各种结果加起来一共多少件？",
             "everything not granted in full (five outcome groups)"),
        plus("zh", "sy", ["a.review.total", "a.litigation_direct.total",
                          "a.litigation_after_review.total"],
             "沭阳县2025年因信息公开引起的复议和诉讼（直接起诉、复议后起诉都算）一共多少件？",
             "review + both litigation totals; narrative states 74", alt=("74 件", 74)),
        plus("zh", "sy", ["r.received.total", "r.carried_over.total"],
             "沭阳县2025年本年新收的申请加上从上一年转过来的，一共要办多少件？",
             "received + carried over; narrative states 749", alt=("749", 749)),
        plus("zh", "ha", ["a.review.corrected", "a.litigation_direct.corrected",
                          "a.litigation_after_review.corrected"],
             "淮安2024年复议、直接起诉、复议后起诉这三条线里，结果被纠正的加在一起有多少？",
             "corrected across the three appeal groups"),
        plus("zh", "ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                          "r.withheld.process_info.total"],
             "淮安市2024年因为涉及第三方权益、内部事务信息、过程性信息这三种理由不予公开的，合计多少件？",
             "three withholding grounds"),
        plus("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "上海市政府办公厅2025年因“本机关不掌握”和“需要另行制作”这两种原因没能提供信息的，合起来多少件？",
             "two unable sub-items (text rows; the third is not among the verified cells)"),
        plus("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions",
                            "c.coercion.decisions"],
             "洪泽区2024年行政许可、行政处罚、行政强制三类处理决定数量加总是多少？",
             "three decision counts of table 二 (text rows)"),
        plus("zh", "jx", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "涧西区政府办2020年信息公开行政诉讼一共几件？直接起诉的和复议后起诉的都算上。",
             "both litigation totals"),
        plus("zh", "sh19", NP_COLS,
             "上海市政府办公厅2019年属于信访举报、重复申请等情形被不予处理的，各类申请人合计是多少？",
             "derived not-processed columns (row totals printed blank); narrative states 158",
             printed_total=["r.not_processed.total"], alt=("不予处理158件", 158)),
        plus("zh", "sy", ["a.review.pending", "a.litigation_direct.pending",
                          "a.litigation_after_review.pending"],
             "沭阳县2025年的复议、诉讼案件中，到年底还悬着没结的一共几件？",
             "pending across the three appeal groups"),
        plus("zh", "sy", ["r.not_processed.total", "r.other.total"],
             "沭阳县2025年，被不予处理或者被归入其他处理的申请一共多少件？",
             "not processed + other handling (derived keys)"),
        # ---- sums, en
        plus("en", "sy", GRANT_ANY,
             "Shuyang County, 2025: how many requesters walked away with at least part of the "
             "information they asked for?",
             "granted + partially granted"),
        plus("en", "ha", WITHHELD8,
             "Huai'an 2024 -- all grounds for withholding combined, how many requests were refused "
             "disclosure?",
             "eight withholding grounds"),
        plus("en", "sy", NOT_FULL,
             "Shuyang County 2025: everything that was not granted in full -- partial releases, "
             "refusals, can't-provide, not processed and other handling -- adds up to how many?",
             "everything not granted in full"),
        plus("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "How many disclosure lawsuits did Huai'an face in 2024, counting both direct suits and "
             "suits after reconsideration?",
             "both litigation totals; narrative states 46", alt=("行政诉讼 46", 46)),
        plus("en", "sh25", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "Shanghai General Office 2025: lawsuits of both kinds, direct and post-reconsideration, "
             "combined?",
             "both litigation totals (text rows, include carry-over per the table note)"),
        plus("en", "sh19", ["r.received.%s" % c for c in L.ORG_COLS],
             "In 2019, how many new requests reached the Shanghai General Office from companies and "
             "other organisations rather than private individuals?",
             "five organisation columns of received"),
        plus("en", "ha", ["c.punishment.decisions", "c.coercion.decisions"],
             "Huai'an 2024: administrative penalty decisions plus coercion decisions, combined "
             "count?",
             "two decision counts of table 二"),
        plus("en", "kw", ["r.received.total", "r.carried_over.total"],
             "Shanghai Science and Technology Commission, 2024: new applications plus the ones "
             "carried in from the prior year -- the full workload?",
             "received + carried over (text rows)"),
        plus("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld",
                          "a.litigation_after_review.upheld"],
             "Huai'an 2024: how many reconsiderations and lawsuits, taken together, ended with the "
             "government's position upheld?",
             "upheld across the three appeal groups"),
        plus("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total"],
             "Shuyang 2025: refusals on security-and-stability grounds plus refusals to protect "
             "third parties -- total?",
             "two withholding grounds"),
        plus("en", "sh25", ["a.review.total", "a.litigation_direct.total",
                            "a.litigation_after_review.total"],
             "Adding up reconsiderations, direct lawsuits and post-reconsideration lawsuits in the "
             "Shanghai General Office's 2025 report, what's the total?",
             "all three appeal totals (text rows)"),
        plus("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                            "r.withheld.enforcement_files.total"],
             "Hongze District 2023: requests refused as state secrets, process information or "
             "enforcement files -- combined?",
             "three withholding grounds"),
        # ---- differences, zh
        delta("zh", "sh19", "sh25", "r.received.total",
              "上海市政府办公厅2019年和2025年相比，本年新收的信息公开申请多了多少件？",
              "difference 2019->2025, received"),
        delta("zh", "sh19", "sh25", "r.carried_forward.total",
              "上海市府办公厅结转到下一年继续办理的申请，2025年比2019年增加了多少件？",
              "difference 2019->2025, carried forward"),
        delta("zh", "hz23", "hz24", "c.coercion.decisions",
              "洪泽区的行政强制处理决定数量，2024年和2023年比变化了多少？",
              "difference 2023->2024, coercion decisions (negative)"),
        delta("zh", "hz23", "hz24", "r.unable.not_held.total",
              "洪泽区因为本机关不掌握而无法提供的申请，从2023年到2024年增加了几件？",
              "difference 2023->2024, not held"),
        delta("zh", "sh19", "sh25", ["a.litigation_direct.total",
                                     "a.litigation_after_review.total"],
              "上海市政府办公厅涉及信息公开的行政诉讼（直接起诉加复议后起诉），2025年比2019年多出多少件？",
              "difference 2019->2025 of a two-cell sum"),
        # ---- differences, en
        delta("en", "sh19", "sh25", "a.review.total",
              "By how much did the Shanghai General Office's count of disclosure reconsiderations "
              "change between 2019 and 2025?",
              "difference 2019->2025, review total"),
        delta("en", "hz23", "hz24", "c.fees.amount",
              "Hongze District's administrative fee revenue: what was the change from 2023 to 2024, "
              "in 10,000 yuan?",
              "difference 2023->2024, fee amount (negative)", **M),
        delta("en", "hz23", "hz24", "r.granted.total",
              "Hongze District requests granted in full: how many more in 2024 than in 2023?",
              "difference 2023->2024, granted"),
        delta("en", "sh19", "sh25", "r.total_processed.total",
              "How far did the number of requests the Shanghai General Office finished handling "
              "rise from 2019 to 2025?",
              "difference 2019->2025, total processed; 2025 narrative states 1191",
              alt=("1295", 1191)),
        delta("en", "sh19", "sh25", "r.carried_over.natural_person",
              "Requests from private individuals carried over into the reporting year at the "
              "Shanghai General Office: 2019 versus 2025, what's the increase?",
              "difference 2019->2025, carried over natural persons"),
    ]


# ------------------------------------------------------------------ [rank]
def RANKS():
    return [
        rank("zh", ["ha", "sy", "hz23", "jx"], "r.received.total", "desc",
             "淮安市2024、沭阳县2025、洪泽区2023、涧西区2020这四份年报里，哪家本年新收的申请最多？",
             "received, desc"),
        rank("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
             "以内部事务信息为由不公开的，淮安市2024年、沭阳县2025年和洪泽区2023年谁最多？",
             "withheld internal affairs, desc"),
        rank("zh", ["ha", "sy", "sh19", "hz23"], "a.review.corrected", "desc",
             "复议结果被纠正的件数，淮安2024年、沭阳2025年、上海市政府办公厅2019年、洪泽区2023年里哪家最多？",
             "review corrected, desc"),
        rank("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc",
             "自然人申请中因“本机关不掌握”而无法提供的，淮安2024、沭阳2025、上海市府办2019、洪泽区2023四家谁最少？",
             "not held, natural persons, asc"),
        rank("zh", ["ha", "sy", "hz23"], "c.fees.amount", "asc",
             "行政事业性收费金额，淮安市2024年、沭阳县2025年、洪泽区2023年三家比，谁收得最少？",
             "fee amount, asc", unit="万元"),
        rank("zh", ["ha", "sy", "sh19", "jx"], "r.received.legal_person", "asc",
             "法人或其他组织新提的申请，淮安2024年、沭阳2025年、上海市政府办公厅2019年、涧西区2020年里哪家最少？",
             "received legal persons (derived), asc"),
        rank("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc",
             "年底结转到下一年度继续办理的申请，淮安2024、沭阳2025、上海市府办2019、涧西2020谁最多？",
             "carried forward, desc"),
        rank("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
             "Direct disclosure lawsuits (no reconsideration first): which had the fewest -- Huai'an "
             "in 2024, Shuyang County in 2025, the Shanghai General Office in 2019 or Jianxi District "
             "in 2020?",
             "direct litigation total, asc"),
        rank("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc",
             "Which body had the most normative documents in force: Huai'an (2024), Shuyang County "
             "(2025) or Hongze District (2023)?",
             "normative documents in force, desc"),
        rank("en", ["ha", "sy", "hz23", "jx"], "r.other.total", "desc",
             "Requests closed under 'other handling': who had the most among Huai'an 2024, Shuyang "
             "2025, Hongze District 2023 and Jianxi District 2020?",
             "other handling (derived in 2021 format), desc"),
        rank("en", ["ha", "sy", "hz23", "sh19"], "r.partially_granted.natural_person", "asc",
             "Partial releases to private individuals -- lowest among Huai'an 2024, Shuyang 2025, "
             "Hongze 2023 and the Shanghai General Office 2019?",
             "partially granted, natural persons, asc"),
        rank("en", ["ha", "sy", "sh19", "hz23"], "a.review.upheld", "asc",
             "Fewest reconsiderations upheld: Huai'an in 2024, Shuyang in 2025, the Shanghai "
             "General Office in 2019, or Hongze District in 2023?",
             "review upheld, asc"),
        rank("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
             "Administrative coercion decisions: which of Huai'an (2024), Shuyang (2025) and "
             "Hongze District (2023) reported the smallest number?",
             "coercion decisions, asc"),
    ]


# ------------------------------------------------------------------ [followup]
def FOLLOWUPS():
    return [
        # ---- zh
        chain("zh", [
            ("淮安市2024年因为属于行政查询事项而不予公开的申请有多少？", E("ha", "r.withheld.admin_query.total")),
            ("那沭阳县2025年以同样理由不公开的呢？", E("sy", "r.withheld.admin_query.total")),
        ], "body switch, withheld admin query"),
        chain("zh", [
            ("上海市政府办公厅2019年有多少申请转到下一年度继续办？",
             E("sh19", "r.carried_forward.total", alt=("859件", 72))),
            ("到了2025年的报告，这个数字变成多少？", E("sh25", "r.carried_forward.total")),
        ], "year switch 2019->2025, carried forward"),
        chain("zh", [
            ("洪泽区2023年行政强制的处理决定有几件？", E("hz23", "c.coercion.decisions")),
            ("2024年那份年报里呢？", E("hz24", "c.coercion.decisions")),
        ], "year switch 2023->2024, coercion decisions"),
        chain("zh", [
            ("淮安市政府2024年收到的新申请，法律服务机构那一列是多少？", E("ha", "r.received.legal_services")),
            ("商业企业新提的有多少？", E("ha", "r.received.commercial")),
            ("法人里剩下那个“其他”类别呢？", E("ha", "r.received.other_org")),
        ], "column switch over organisation columns"),
        chain("zh", [
            ("淮安2024年因为需要另行制作而没法提供的申请有几件？", E("ha", "r.unable.needs_creation.total")),
            ("补正之后内容仍然不明确的又有几件？", E("ha", "r.unable.unclear.total")),
        ], "row switch inside 无法提供"),
        chain("zh", [
            ("沭阳县2025年信息公开类行政复议到年底还没审结的有几件？", E("sy", "a.review.pending")),
            ("直接起诉那一组，尚未审结的呢？", E("sy", "a.litigation_direct.pending")),
            ("复议后起诉的那一组呢？", E("sy", "a.litigation_after_review.pending")),
        ], "appeals group switch, pending"),
        chain("zh", [
            ("涧西区政府办2020年政府集中采购做了几个项目？", E("jx", "c.procurement.projects")),
            ("总金额多少万元？", E("jx", "c.procurement.amount", **M)),
        ], "measure switch: procurement projects -> amount"),
        chain("zh", [
            ("上海市政府办公厅2019年信息公开类行政复议总共几件？",
             E("sh19", "a.review.total", alt=("零败诉", 7))),
            ("2025年的年报里是多少？（那张表注明含上年度结转）", E("sh25", "a.review.total")),
        ], "year switch 2019->2025, review total"),
        chain("zh", [
            ("沭阳县2025年为保护第三方合法权益而不予公开的有几件？", E("sy", "r.withheld.third_party.total")),
            ("淮安市2024年同样因为第三方权益不公开的是多少？", E("ha", "r.withheld.third_party.total")),
        ], "body switch, withheld third party"),
        chain("zh", [
            ("淮安市2024年本年制发的行政规范性文件有几件？", E("ha", "c.normative_docs.issued")),
            ("现行有效的一共多少件？", E("ha", "c.normative_docs.in_force")),
            ("规章现行有效的呢？", E("ha", "c.regulations.in_force")),
        ], "measure then row switch in table 二"),
        chain("zh", [
            ("沭阳县2025年信访举报投诉类的申请，不予处理了多少件？", E("sy", "r.not_processed.petition.total")),
            ("重复申请被不予处理的呢？", E("sy", "r.not_processed.duplicate.total")),
        ], "row switch inside 不予处理"),
        chain("zh", [
            ("洪泽区2023年“本机关不掌握相关政府信息”的有几件？", E("hz23", "r.unable.not_held.total")),
            ("2024年是多少件？", E("hz24", "r.unable.not_held.total")),
        ], "year switch 2023->2024, not held"),
        chain("zh", [
            ("上海市政府办公厅2025年予以公开的申请是多少件？", E("sh25", "r.granted.total")),
            ("2019年予以公开那一行总计栏空着，把各列加起来是多少？",
             E("sh19", cols("granted"), printed_total=["r.granted.total"])),
        ], "year switch to a row with a blank printed total (second turn is a column sum)"),
        chain("zh", [
            ("上海市科委2024年制发了多少件规范性文件？", E("kw", "c.normative_docs.issued")),
            ("目前现行有效的规范性文件有多少？", E("kw", "c.normative_docs.in_force")),
        ], "measure switch, issued -> in force (text rows)"),
        chain("zh", [
            ("淮安市2024年政府信息公开行政复议，结果维持的有几件？",
             E("ha", "a.review.upheld", alt=("结果纠正 64", 72))),
            ("那复议后又起诉的，判维持的有几件？", E("ha", "a.litigation_after_review.upheld")),
        ], "appeals group switch, upheld"),
        # ---- en
        chain("en", [
            ("How many new disclosure applications did Shuyang County receive in 2025, counting "
             "only the ones that arrived during the year?", E("sy", "r.received.total")),
            ("And Huai'an in 2024?", E("ha", "r.received.total", alt=("3119", 3119))),
        ], "body switch, received (Shuyang text 749 includes carry-over; question excludes it)"),
        chain("en", [
            ("Huai'an 2024: requests refused because they were process information?",
             E("ha", "r.withheld.process_info.total")),
            ("Shuyang County for 2025?", E("sy", "r.withheld.process_info.total")),
            ("Hongze District, 2023?", E("hz23", "r.withheld.process_info.total")),
        ], "body switches, withheld process info"),
        chain("en", [
            ("Shanghai General Office, 2019: direct lawsuits still undecided at year end?",
             E("sh19", "a.litigation_direct.pending")),
            ("Same cell in its 2025 report?", E("sh25", "a.litigation_direct.pending")),
        ], "year switch 2019->2025, direct litigation pending"),
        chain("en", [
            ("Hongze District 2023: how many normative documents were issued?",
             E("hz23", "c.normative_docs.issued")),
            ("And in the 2024 report?", E("hz24", "c.normative_docs.issued")),
        ], "year switch 2023->2024, normative documents issued"),
        chain("en", [
            ("Huai'an 2024: requests closed under the catch-all 'other' sub-item of other handling?",
             E("ha", "r.other.other.total")),
            ("And the ones dropped because applicants failed to pay the fee?",
             E("ha", "r.other.overdue_fee.total")),
        ], "row switch inside 其他处理"),
        chain("en", [
            ("Shuyang County 2025: administrative licensing decisions?", E("sy", "c.licensing.decisions")),
            ("Penalty decisions?", E("sy", "c.punishment.decisions")),
            ("Coercion?", E("sy", "c.coercion.decisions")),
        ], "row switches in table 二"),
        chain("en", [
            ("How many regulations did the Shanghai General Office newly make in 2019?",
             E("sh19", "c.regulations.made")),
            ("And the cumulative number published externally?", E("sh19", "c.regulations.total_published")),
        ], "measure switch (2019 format)"),
        chain("en", [
            ("Huai'an 2024: lawsuits filed directly, without reconsideration -- total?",
             E("ha", "a.litigation_direct.total")),
            ("How many of those were corrected?", E("ha", "a.litigation_direct.corrected")),
            ("Other outcome?", E("ha", "a.litigation_direct.other")),
        ], "outcome column switches, direct litigation"),
        chain("en", [
            ("Shuyang 2025: partial releases in total?", E("sy", "r.partially_granted.total")),
            ("How many of those went to individuals?", E("sy", "r.partially_granted.natural_person")),
        ], "column switch, partially granted"),
        chain("en", [
            ("Shanghai General Office 2025: new requests from private individuals?",
             E("sh25", "r.received.natural_person")),
            ("From commercial enterprises?", E("sh25", "r.received.commercial")),
        ], "column switch, received (text rows)"),
        chain("en", [
            ("Shanghai science commission 2024: new requests filed by individuals?",
             E("kw", "r.received.natural_person")),
            ("How many came over unfinished from the prior year?",
             E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
        ], "row switch, text rows; narrative states the carry-over"),
        chain("en", [
            ("Hongze District 2024: disclosure reconsiderations, total?", E("hz24", "a.review.total")),
            ("And suits filed after reconsideration?", E("hz24", "a.litigation_after_review.total")),
        ], "group switch (text rows)"),
        chain("en", [
            ("Huai'an 2024: requests where the city said it did not hold the information?",
             E("ha", "r.unable.not_held.total")),
            ("And the Shanghai General Office in 2025 on the same ground?",
             E("sh25", "r.unable.not_held.total")),
        ], "body switch, not held"),
        chain("en", [
            ("Shanghai General Office 2019: petitions and complaints from individuals that were not "
             "processed?", E("sh19", "r.not_processed.petition.natural_person")),
            ("And from businesses?", E("sh19", "r.not_processed.petition.commercial")),
        ], "column switch, row total printed blank"),
    ]


# ------------------------------------------------------------------ [textonly] narrative numbers
def TEXTONLY():
    return [
        # ---- zh
        said("zh", "ha", "新闻发布会 12", 12, "场",
             "淮安市政府2024年围绕保障民生、科技创新这些主题开了几场新闻发布会？",
             "press conferences"),
        said("zh", "ha", "共计 95", 95, "个",
             "截至2024年年报成稿时，淮安全市还在运维的政务新媒体有几个？",
             "government new-media accounts in operation"),
        said("zh", "sy", "84 次", 84, "次",
             "沭阳县2025年那个“倒计时报警器”一共发出过多少次催办提示？",
             "deadline reminders"),
        said("zh", "sy", "49 次", 49, "次",
             "沭阳2025年办理依申请之前主动和申请人沟通过几次？",
             "pre-handling contacts with applicants"),
        said("zh", "sy", "697", 697, "条",
             "沭阳县2025年清理掉的过期信息有多少条？",
             "outdated items cleaned up"),
        said("zh", "sy", "43处", 43, "处",
             "沭阳县政府网站2025年整改了几处失效链接？",
             "broken links fixed"),
        said("zh", "sh25", "157 件", 157, "件",
             "上海市政府办公厅2025年有多少件申请是申请人自己主动撤回的？",
             "applications withdrawn by applicants"),
        said("zh", "sh25", "19 场", 19, "场",
             "据上海市政府办公厅2025年年报，市政府开了几场新闻通气会？",
             "press briefings"),
        said("zh", "sh19", "132件", 132, "件",
             "上海市府办2019年通过“中国上海”门户网站发了多少件政策解读？",
             "policy explanations on the portal"),
        said("zh", "sh19", "70家", 70, "家",
             "上海市政府办公厅2019年年报说，每个季度要全面检查的正常运行政府网站有多少家？",
             "websites checked every quarter"),
        said("zh", "kw", "118 场", 118, "场",
             "上海市科委2024年“上海科技”视频号搞了多少场直播？",
             "live streams"),
        said("zh", "jx", "601", 601, "项",
             "涧西区政府办2020年梳理权力运行和政务服务环节，一共细化出多少项事项？",
             "items in the disclosure catalogue"),
        said("zh", "hz24", "2428", 7, "期",
             "洪泽区2024年在政府网站平台上公开了几期政府常务会议？",
             "executive meetings published"),
        # ---- en
        said("en", "ha", "6 期", 6, "期",
             "How many issues of the Huai'an Municipal Government Gazette were produced in 2024?",
             "gazette issues"),
        said("en", "ha", "4 次", 4, "次",
             "How many full-coverage inspections of the disclosure columns did Huai'an organise in "
             "2024?",
             "full-coverage inspections"),
        said("en", "sy", "4511", 4511, "条",
             "Shuyang County's government portal: how many items of government information did it "
             "proactively publish in 2025?",
             "portal items"),
        said("en", "sy", "64家", 64, "家",
             "In 2025, the annual disclosure reports of how many Shuyang units were released "
             "together in one batch?",
             "units whose annual reports were published together"),
        said("en", "sy", "52条", 52, "条",
             "Shuyang 2025: how many pieces of content became hits, according to the county's "
             "report?",
             "viral content pieces"),
        said("en", "sh25", "42 场", 42, "场",
             "How many municipal government press conferences did Shanghai hold in 2025, going by "
             "the General Office report?",
             "press conferences"),
        said("en", "sh25", "10 个语种", 10, "个",
             "By the time of the Shanghai General Office's 2025 report, how many languages did the "
             "Shanghai International Services Portal cover?",
             "portal languages"),
        said("en", "sh25", "166 件", 166, "件",
             "Shanghai General Office 2025: how many official documents went through a review of "
             "their disclosure attribute?",
             "disclosure-attribute reviews"),
        said("en", "sh19", "38次", 38, "次",
             "In 2019, how many times were key topics of Shanghai government executive meetings "
             "released through authoritative channels?",
             "authoritative releases of executive meetings"),
        said("en", "sh19", "90.2%", 90.2, "%",
             "What proportion of municipal documents vetted by Shanghai's disclosure office were "
             "proactively published in 2019?",
             "proactive publication rate (printed percentage)"),
        said("en", "kw", "121 条", 121, "条",
             "Shanghai Science and Technology Commission 2024: how many policies were pushed in "
             "bulk for integrated release?",
             "policies pushed for integrated release"),
        said("en", "kw", "1640", 1640, "篇",
             "How many articles did the science commission's 'Shanghai Science & Technology' "
             "WeChat account put out in 2024?",
             "WeChat articles"),
        said("en", "hz23", "1136", 1136, "条",
             "Hongze District 2023: how many items did the government portal proactively disclose?",
             "portal items"),
    ]


# ------------------------------------------------------------------ [cannot]
NOT_HELD_BODY = "no report of this body is in the corpus"
NOT_HELD_YEAR = "the corpus holds no report of this body for that year"


def CANNOT():
    return [
        # ---- zh
        cannot("zh", "淮安市2024年那3119件申请，按月份是怎么分布的？",
               "the report gives no monthly breakdown of requests", "monthly breakdown"),
        cannot("zh", "淮安2024年哪个领域的信息公开申请最多？",
               "the report mentions 申请集中的领域 but names no topic and gives no topic counts",
               "topic breakdown"),
        cannot("zh", "淮安市政府2024年复议被纠正了64件，主要是什么原因被纠正的？",
               "the report states the number, not the reasons for correction", "reasons"),
        cannot("zh", "按常住人口算，淮安2024年平均每万人提了多少件信息公开申请？",
               "the report states no population figure, so no per-capita rate", "per-capita rate"),
        cannot("zh", "南京市政府2024年收到了多少件政府信息公开申请？", NOT_HELD_BODY,
               "body not held (南京市)"),
        cannot("zh", "淮安市政府2023年的年报里，新收申请是多少件？", NOT_HELD_YEAR,
               "year not held (淮安 2023)"),
        cannot("zh", "沭阳县2024年被申请行政复议的信息公开案件有多少？", NOT_HELD_YEAR,
               "year not held (沭阳 2024)"),
        cannot("zh", "洪泽区2022年受理的政府信息公开申请有几件？", NOT_HELD_YEAR,
               "year not held (洪泽 2022)"),
        cannot("zh", "上海市政府办公厅2022年结转到下一年度的申请有多少？", NOT_HELD_YEAR,
               "year not held (上海市府办 2022)"),
        cannot("zh", "涧西区政府办2021年收到多少件依申请公开？", NOT_HELD_YEAR,
               "year not held (涧西 2021)"),
        cannot("zh", "宿迁市政府2025年的信息公开年报里，行政复议有多少件？", NOT_HELD_BODY,
               "body not held (宿迁市)"),
        cannot("zh", "沭阳县2025年因内部事务信息不公开的那13件，分别是哪些部门办的？",
               "the table is not broken down by department", "department breakdown"),
        cannot("zh", "沭阳县2025年各个乡镇的依申请公开数量分别是多少？",
               "the report has no township breakdown", "township breakdown"),
        cannot("zh", "上海市政府办公厅2025年的1295件申请里，男性和女性申请人各有多少？",
               "applicants are not broken down by sex", "sex breakdown"),
        cannot("zh", "上海市政府办公厅2025年答复一件申请平均用了多少个工作日？",
               "the report states no response times", "response time"),
        cannot("zh", "淮安市2024年申请人对答复结果的满意率是百分之多少？",
               "the report states no satisfaction rate", "percentage not stated"),
        cannot("zh", "洪泽区2024年新收申请为什么比2023年多了那么多？",
               "neither report gives a reason for the change in request numbers", "reasons"),
        cannot("zh", "涧西区政府办2020年集中采购的那8个项目各花了多少钱？",
               "only the count and the total amount are printed, not per-project amounts",
               "item breakdown"),
        cannot("zh", "淮安2024年的行政处罚决定一共罚没了多少钱？",
               "table 二 counts penalty decisions; no fine amounts are reported", "amount not printed"),
        cannot("zh", "上海市科委2024年提信息公开申请的人，分别住在上海哪个区？",
               "applicants' residence is not reported", "residence"),
        cannot("zh", "沭阳县2025年交了那笔380元信息处理费的申请人叫什么名字？",
               "personal data; the report names only the 民政局 case", "personal data"),
        cannot("zh", "2024年淮安市政府专门负责政务公开的工作人员有几名？",
               "the report mentions staffing problems but gives no staff number", "staff number"),
        cannot("zh", "照上海市政府办公厅2025年的情况，2026年的申请量估计会到多少？",
               "forecasts are not in the report", "forecast"),
        cannot("zh", "淮安2024年信息公开行政诉讼的败诉率在江苏全省排第几？",
               "no provincial comparison or ranking is in the corpus", "comparison with bodies not held"),
        cannot("zh", "洛阳市政府2020年年报里新收的信息公开申请是多少？", NOT_HELD_BODY,
               "body not held (洛阳市)"),
        cannot("zh", "上海市科委2024年做政府信息公开工作花了多少经费？",
               "the report states no spending on disclosure work", "costs"),
        # ---- en
        cannot("en", "Huai'an 2024: of the new requests, how many were submitted online and how "
               "many on paper?", "requests are not broken down by channel", "channel breakdown"),
        cannot("en", "Which Shuyang County department received the most disclosure requests in "
               "2025?", "the report gives no department breakdown", "department breakdown"),
        cannot("en", "How did the Shanghai General Office's reconsideration correction rate in 2025 "
               "compare with the national average?",
               "no national figures are in the corpus", "comparison with bodies not held"),
        cannot("en", "How many disclosure requests did Suzhou's municipal government receive in "
               "2024?", NOT_HELD_BODY, "body not held (苏州市)"),
        cannot("en", "Give me Hongze District's 2022 figure for administrative penalty decisions.",
               NOT_HELD_YEAR, "year not held (洪泽 2022; a carry-forward question would be "
               "answerable from the 2023 report's carried-over row, so none is asked)"),
        cannot("en", "Shanghai Science and Technology Commission, 2023: how many disclosure "
               "requests did it receive?", NOT_HELD_YEAR, "year not held (上海市科委 2023)"),
        cannot("en", "Per 10,000 residents, how many information requests did Shuyang County "
               "handle in 2025?", "no population figure is reported", "per-capita rate"),
        cannot("en", "In 2024 Huai'an withheld 105 requests as administrative query matters -- what "
               "were those people actually trying to find out?",
               "the report gives no topics or reasons behind the count", "reasons / topics"),
        cannot("en", "How many of the Shanghai General Office's applicants in 2019 were over 60?",
               "applicants are not broken down by age", "age breakdown"),
        cannot("en", "Break down Huai'an's 2024 disclosure requests by quarter, please.",
               "the report gives no quarterly breakdown", "quarterly breakdown"),
        cannot("en", "What share of Huai'an's 2024 disclosure applicants lived outside Huai'an?",
               "applicants' residence is not reported", "residence / percentage not stated"),
        cannot("en", "How did Pudong New Area's 2019 request numbers compare with the Shanghai "
               "General Office's?", NOT_HELD_BODY, "body not held (浦东新区)"),
        cannot("en", "How many requests did the Beijing municipal government's general office "
               "receive in 2019?", NOT_HELD_BODY, "body not held (北京市政府办公厅)"),
        cannot("en", "Jianxi District 2020: how many of the requests came from women?",
               "applicants are not broken down by sex", "sex breakdown"),
        cannot("en", "Shanghai General Office 2025: which subjects did most of the 1,295 requests "
               "concern?", "the report notes rising demand but names no topics", "topic breakdown"),
        cannot("en", "Huai'an 2024: on average, how many days did it take to answer a disclosure "
               "request?", "the report states no response times", "response time"),
        cannot("en", "What will Huai'an's administrative fee revenue be in 2025?",
               "forecasts are not in the corpus (and there is no Huai'an 2025 report)", "forecast"),
        cannot("en", "Which townships in Shuyang County were behind the 15 reconsiderations still "
               "pending at the end of 2025?", "appeals are not broken down by place", "place breakdown"),
        cannot("en", "How many staff does the Shanghai Science and Technology Commission assign to "
               "disclosure work, per its 2024 report?",
               "the report describes a coordination group but states no staff number", "staff number"),
        cannot("en", "Who filed the single administrative reconsideration against the Shanghai "
               "science commission in 2024?", "personal data, not in the report", "personal data"),
        cannot("en", "What was the per-capita administrative fee take in Hongze District in 2023?",
               "no population figure is reported", "per-capita rate"),
        cannot("en", "How many disclosure requests did Xuyi County receive in 2023?",
               NOT_HELD_BODY, "body not held (盱眙县)"),
        cannot("en", "What was Shuyang County's administrative penalty decision count for 2024?",
               NOT_HELD_YEAR, "year not held (沭阳 2024)"),
        cannot("en", "Shanghai General Office 2019: how many requests were about housing "
               "expropriation?", "no topic breakdown is printed", "topic breakdown"),
        cannot("en", "In 2024, what fraction of Huai'an's reconsideration cases were filed by "
               "companies rather than individuals?",
               "the appeals table is not broken down by applicant type", "applicant breakdown of appeals"),
        cannot("en", "What satisfaction rating did Hongze District residents give the district "
               "government website in 2024?", "the report states no satisfaction rating",
               "percentage / rating not stated"),
    ]


# ------------------------------------------------------------------ [neighbour] traps
def TRAPS():
    return [
        # ---- zh
        trap("zh", "ha", "r.unable.unclear.total",
             "淮安市2024年有几件申请是补正之后内容还是不明确、所以无法提供的？",
             "无法提供/补正后仍不明确 (1) vs 其他处理/逾期不补正 (71)"),
        trap("zh", "ha", "r.withheld.third_party.total",
             "淮安2024年为了保护第三方合法权益而不予公开的有几件？",
             "第三方合法权益 (6) vs 内部事务 (8) next to it"),
        trap("zh", "sy", "r.withheld.process_info.total",
             "沭阳县2025年属于四类过程性信息、不予公开的申请数是多少？",
             "过程性信息 (2) vs 内部事务 (13)"),
        trap("zh", "sy", "r.carried_forward.total",
             "沭阳县2025年底还没办完、要结转到2026年继续办理的有多少件？",
             "结转下年 (31) vs 上年结转 (36)", alt=("749", 31)),
        trap("zh", "ha", "a.litigation_direct.corrected",
             "淮安市2024年未经复议直接起诉的信息公开案件中，结果纠正的是几件？",
             "直接起诉 纠正 (4) vs 复议后起诉 纠正 (1)"),
        trap("zh", "hz24", "c.normative_docs.in_force",
             "洪泽区2024年现行有效的行政规范性文件有几件？",
             "现行有效 (8) vs 本年制发 (3) (text row)"),
        trap("zh", "sh19", "c.regulations.published",
             "上海市府办公厅2019年本年新公开的规章有多少件？",
             "本年新公开 (13) vs 对外公开总数 (524); narrative 规章13件", alt=("162件", 13)),
        trap("zh", "sy", "r.partially_granted.total",
             "沭阳县2025年部分公开的申请有多少件？",
             "部分公开 (101) vs 予以公开 (294)"),
        trap("zh", "sh25", "r.carried_over.total",
             "上海市政府办公厅2025年从上一年度结转过来的申请是多少？",
             "上年结转 (189) vs 结转下年 (293); narrative states 189", alt=("1295", 189)),
        trap("zh", "ha", "r.granted.commercial",
             "淮安市2024年商业企业的申请里予以公开的有几件？",
             "商业企业 (21) vs 法律服务机构 (50)"),
        trap("zh", "hz24", "a.litigation_direct.total",
             "洪泽区2024年未经复议就直接起诉的信息公开诉讼有几件？",
             "直接起诉 (1) vs 复议后起诉 (3) (text row)"),
        trap("zh", "sy", "a.review.upheld",
             "沭阳县2025年行政复议结果维持的有几件？",
             "维持 (27) vs 纠正 (10) / 总计 (61)"),
        trap("zh", "sh25", "r.not_processed.petition.total",
             "上海市政府办公厅2025年信访举报投诉类申请被不予处理的有多少件？",
             "信访举报 (62) vs 重复申请 (16) (text row)"),
        # ---- en
        trap("en", "sh19", "c.normative_docs.total_published",
             "Shanghai General Office 2019, normative documents: the cumulative number published "
             "externally, not just the ones new in 2019?",
             "对外公开总数 (368) vs 新制作/新公开 (60)"),
        trap("en", "ha", "c.regulations.in_force",
             "Huai'an 2024: the count of government rules (规章) currently valid?",
             "现行有效 (11) vs 本年制发 (1)"),
        trap("en", "ha", "r.not_processed.duplicate.total",
             "Huai'an 2024: applications not processed because they duplicated earlier ones?",
             "重复申请 (25) vs 信访举报 (62)"),
        trap("en", "ha", "r.unable.not_held.legal_services",
             "Huai'an, 2024: among applicants from law firms and other legal service organisations, "
             "how many were told the city did not hold the information?",
             "不掌握/法律服务机构 (10) vs received/法律服务机构 (61) or 商业企业 (12)"),
        trap("en", "sy", "a.litigation_after_review.total",
             "Shuyang 2025: lawsuits filed after a reconsideration decision -- how many?",
             "复议后起诉 (10) vs 直接起诉 (3)"),
        trap("en", "sh19", "a.litigation_after_review.total",
             "Shanghai General Office 2019: lawsuits that followed a reconsideration, as opposed to "
             "direct suits?",
             "复议后起诉 (blank = 0) vs 直接起诉 (9)"),
        trap("en", "hz23", "c.normative_docs.in_force",
             "Hongze District 2023: normative documents currently in force?",
             "现行有效 (5) vs 本年制发 (0)"),
        trap("en", "sy", "c.normative_docs.issued",
             "Shuyang County 2025, normative documents: how many were issued during the year?",
             "本年制发 (6) vs 现行有效 (32)"),
        trap("en", "ha", "r.withheld.state_secret.total",
             "Huai'an 2024: how many refusals cited state secrets?",
             "国家秘密 (2) vs 其他法律法规禁止 (31)"),
        trap("en", "sh25", "r.unable.not_held.total",
             "Shanghai General Office 2025: requests where it said it simply didn't hold the "
             "information?",
             "不掌握 (513) vs 另行制作 (48) (text row)"),
        trap("en", "kw", "r.total_processed.total",
             "Shanghai science commission 2024: how many requests were processed in total during "
             "the year?",
             "办理总计 (35) vs 新收 (34) (text row)"),
        trap("en", "jx", "r.total_processed.total",
             "Jianxi District Government Office 2020: requests fully dealt with in the year?",
             "办理总计 (15) vs 新收 (17); narrative 办结15件", alt=("办结15件", 15)),
        trap("en", "sh19", "r.carried_over.total",
             "In its 2019 report, how many requests did the Shanghai General Office inherit from "
             "2018?",
             "上年结转 (18) vs 结转下年 (72); narrative states 18", alt=("859件", 18)),
    ]


def CONVERSATIONS():
    out = (CELLS() + CONSISTENCY() + COMBINE() + RANKS() + FOLLOWUPS() + TEXTONLY() + CANNOT()
           + TRAPS())
    return out
