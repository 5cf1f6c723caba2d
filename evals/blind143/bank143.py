"""Question bank of blind evaluation set 143 (evals/blind143).

WARNING: holds the text of every test question; as frozen as test.jsonl.

All wordings written new for this set. Every number is computed by helpers143 from
corpus/gold/*.json, or from printed table rows of the three reports without gold
(SPECS below: the same cells blind6 verified, re-parsed by blindlib143.text_cell and
re-checked by validate_blind143), or cut from the report text (narrative sentences).
Emphasis: staff / journalist traffic.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib143 as L  # noqa: E402
import helpers143 as H  # noqa: E402

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


def _plain():
    P = "[plain] table value in unusual but precise wording"
    rows = [
        # --- zh
        ("zh", "ha", "a.review.corrected", "淮安市政府2024年信息公开方面的行政复议，最后被纠正的有多少件？"),
        ("zh", "ha", "a.review.pending", "2024年淮安市政府涉及政务公开的复议案子，到年底还没审结的几件？"),
        ("zh", "ha", "a.litigation_direct.corrected", "淮安2024年没走复议、直接打官司的信息公开案件里，法院判纠正的有几件？"),
        ("zh", "ha", "a.litigation_after_review.pending", "淮安市政府2024年先复议再起诉的那类诉讼，尚未审结的还有多少？"),
        ("zh", "ha", "r.withheld.admin_query.total", "淮安市政府2024年因为属于行政查询事项而不予公开的申请有几件？"),
        ("zh", "ha", "r.withheld.prohibited_by_law.total", "2024年淮安市政府以法律行政法规禁止公开为由没给公开的，一共多少件？"),
        ("zh", "ha", "r.not_processed.petition.total", "淮安2024年有多少件申请被认定为信访举报投诉类、不予处理？"),
        ("zh", "ha", "r.other.overdue_correction.total", "淮安市政府2024年，申请人逾期不补正、按其他处理的件数是多少？"),
        ("zh", "ha", "r.received.legal_services", "2024年淮安市政府收到的申请里，律所等法律服务机构提出的新申请有多少件？"),
        ("zh", "ha", "c.regulations.in_force", "截至2024年底，淮安市政府现行有效的规章一共几件？"),
        ("zh", "sy", "a.review.other", "沭阳县政府2025年信息公开复议案件中，结果归为“其他结果”的是几件？"),
        ("zh", "sy", "a.review.pending", "二〇二五年沭阳县政府的政务公开行政复议，尚未审结的有多少件？"),
        ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以属于内部事务信息为由不予公开的有多少件？"),
        ("zh", "sy", "r.other.overdue_fee.total", "25年沭阳县政府有几件申请因为逾期没交信息处理费而被按其他方式处理？"),
        ("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年有几件信息公开申请因为重复申请而不予处理？"),
        ("zh", "sy", "r.partially_granted.legal_services", "沭阳县政府2025年给法律服务机构部分公开的申请有几件？"),
        ("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制方面的处理决定数量是多少？"),
        ("zh", "sy", "c.normative_docs.repealed", "沭阳县政府2025年废止了几件行政规范性文件？"),
        ("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区政府2023年以行政执法案卷为由不予公开的有几件？"),
        ("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年有几件申请因为需要另行制作信息而无法提供？"),
        ("zh", "hz23", "c.licensing.decisions", "洪泽区2023年行政许可处理决定是多少件？"),
        ("zh", "sh19", "c.procurement.amount", "上海市府办2019年表二里政府集中采购的总金额是多少万元？", {"unit": "万元"}),
        ("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章的对外公开总数量是多少？"),
        ("zh", "sh19", "r.unable.unclear.natural_person", "2019年上海市府办收到的个人申请中，因为申请内容不明确而无法提供的有几件？"),
        ("zh", "sh19", "r.not_processed.duplicate.commercial", "上海市府办2019年，企业提出的申请里被当作重复申请不予处理的有几件？"),
        ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个？"),
        ("zh", "jx", "a.litigation_after_review.upheld", "涧西区2020年复议后又起诉的信息公开案件，维持的有几件？"),
        ("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年被认定为信访举报投诉类、不予处理的申请多少件？"),
        ("zh", "sh25", "a.review.pending", "上海市府办2025年信息公开行政复议里还没审结的有几件？"),
        ("zh", "sh25", "r.received.commercial", "2025年上海市府办收到的新申请中，商业企业提的有多少件？"),
        ("zh", "hz24", "c.coercion.decisions", "洪泽区政府2024年行政强制处理决定有多少件？"),
        ("zh", "hz24", "a.litigation_after_review.total", "洪泽2024年经过复议以后又起诉的信息公开诉讼合计几件？"),
        ("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可处理决定数量是多少？"),
        ("zh", "kw", "r.received.natural_person", "市科委2024年新收的申请中，以个人名义提出的有几件？"),
        ("zh", "ha", "r.unable.not_held.commercial", "淮安市政府2024年对商业企业回复“本机关不掌握”的有几件？"),
        ("zh", "sy", "a.litigation_after_review.other", "沭阳县政府2025年复议后起诉的案件里，结果属于“其他”的几件？"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年一共清理废止了多少件行政规范性文件？"),
        ("zh", "sy", "r.withheld.admin_query.total", "沭阳县2025年以行政查询事项为由没公开的有几件？"),
        ("zh", "hz23", "c.coercion.decisions", "洪泽区政府2023年行政强制的处理决定数量？"),
        # --- en
        ("en", "ha", "a.review.upheld", "Huai'an 2024: in administrative reconsideration cases about disclosure, how many decisions were upheld?"),
        ("en", "ha", "a.litigation_direct.other", "For Huai'an municipal government in 2024, how many direct disclosure lawsuits ended with an 'other' outcome?"),
        ("en", "ha", "a.litigation_after_review.corrected", "How many post-reconsideration lawsuits against Huai'an in 2024 ended with the agency being corrected?"),
        ("en", "ha", "r.withheld.security_stability.total", "How many 2024 requests did Huai'an refuse on the ground of endangering the 'three securities and one stability'?"),
        ("en", "ha", "r.withheld.third_party.total", "In 2024, how many Huai'an requests were withheld because disclosure would harm third-party rights?"),
        ("en", "ha", "r.unable.needs_creation.total", "How many times did Huai'an say in 2024 that it couldn't provide information because it would have to be newly compiled?"),
        ("en", "ha", "r.not_processed.reconfirm.total", "Huai'an, FY2024: requests not processed because the applicant asked the agency to reconfirm published information — how many?"),
        ("en", "ha", "r.other.overdue_fee.total", "In 2024, how many Huai'an requests were closed as 'other' because the applicant did not pay the processing fee in time?"),
        ("en", "ha", "r.granted.other_org", "How many requests from 'other' organisations did Huai'an grant in full in 2024?"),
        ("en", "ha", "c.regulations.issued", "How many municipal regulations did Huai'an issue in 2024 according to table two?"),
        ("en", "sy", "a.review.corrected", "Shuyang County 2025: how many disclosure reconsiderations ended with the county being corrected?"),
        ("en", "sy", "a.litigation_after_review.pending", "How many post-reconsideration disclosure suits involving Shuyang were still pending at the end of 2025?"),
        ("en", "sy", "r.withheld.enforcement_files.total", "In 2025, how many Shuyang requests were refused because they concerned administrative enforcement case files?"),
        ("en", "sy", "r.other.overdue_correction.total", "How many 2025 Shuyang requests lapsed because the applicant never supplied the requested corrections?"),
        ("en", "sy", "r.granted.legal_services", "How many requests from law firms and legal service bodies did Shuyang grant in full in 2025?"),
        ("en", "sy", "r.carried_over.natural_person", "Shuyang County 2025: how many individuals' requests appear in the carried-over-from-earlier row?"),
        ("en", "sy", "c.punishment.decisions", "Shuyang County's 2025 report: number of administrative penalty decisions?"),
        ("en", "sy", "c.normative_docs.issued", "How many normative documents did Shuyang County issue in 2025?"),
        ("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023: how many requests were refused as state secrets?"),
        ("en", "hz23", "r.not_processed.petition.total", "How many Hongze requests in 2023 were set aside as petitions or complaints?"),
        ("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?"),
        ("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: how many regulations were newly made that year?"),
        ("en", "sh19", "c.procurement.projects", "How many centralised government procurement projects did the Shanghai General Office list for 2019?"),
        ("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office, 2019: individual requests that couldn't be met because the information would have to be created — how many?"),
        ("en", "sh19", "r.withheld.admin_query.commercial", "In 2019, how many company requests did the Shanghai General Office turn down as administrative inquiries?"),
        ("en", "jx", "c.procurement.amount", "What was the total value of Jianxi District's centralised procurement in 2020, in 10k yuan?", {"unit": "万元"}),
        ("en", "jx", "r.granted.total", "How many requests did the Jianxi District office grant in full in 2020?"),
        ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests it could not meet because the data would have to be produced anew?"),
        ("en", "sh25", "a.litigation_direct.pending", "How many direct disclosure lawsuits against the Shanghai General Office were unresolved in 2025?"),
        ("en", "sh25", "r.carried_over.legal_services", "How many requests from legal service providers sat in the Shanghai General Office's 2025 carried-over (上年结转) row?"),
        ("en", "hz24", "c.licensing.decisions", "Hongze District 2024: number of administrative licensing decisions?"),
        ("en", "hz24", "a.review.total", "How many disclosure reconsiderations did Hongze District face in 2024 in total?"),
        ("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?"),
        ("en", "kw", "r.received.commercial", "STCSM in 2024: how many new requests came from businesses?"),
        ("en", "ha", "c.coercion.decisions", "Huai'an's 2024 table two: administrative coercion decisions?"),
        ("en", "sy", "r.withheld.security_stability.total", "Shuyang 2025: requests withheld as a threat to security and stability?"),
        ("en", "sh19", "r.withheld.state_secret.natural_person", "How many individual requests did the Shanghai General Office decline as state secrets in 2019?"),
        ("en", "hz23", "c.punishment.decisions", "What number of administrative penalty decisions does Hongze District report for 2023?"),
        ("en", "ha", "r.unable.unclear.total", "Huai'an 2024: how many requests failed because the description was too unclear to act on?"),
    ]
    out = []
    for r in rows:
        kw = r[4] if len(r) > 4 else {}
        out.append(H.V(r[0], r[1], r[2], r[3], P, **kw))
    return out


def _combine():
    P = "[combine] "
    out = [
        H.S("zh", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
            "淮安市政府2024年不予公开的八类理由加起来一共拦下了多少件申请？", P + "sum of the 8 withheld sub-items"),
        H.S("en", "ha", ["r.withheld.%s.total" % s for s in L.WITHHELD],
            "Add up every refusal category in Huai'an's 2024 table: how many requests were withheld overall?", P + "sum of the 8 withheld sub-items"),
        H.S("zh", "sy", ["r.unable.%s.total" % s for s in L.UNABLE],
            "沭阳县政府2025年“无法提供”三个小项合起来是多少件？", P + "sum of the 3 unable sub-items"),
        H.S("en", "sy", ["r.unable.%s.total" % s for s in L.UNABLE],
            "Shuyang 2025: total requests it could not provide, across all three reasons?", P + "sum of the 3 unable sub-items"),
        H.S("zh", "ha", ["r.other.%s.total" % s for s in L.OTHER21],
            "淮安2024年“其他处理”几个小项一共有多少件？", P + "sum of the 3 other-handling sub-items"),
        H.S("en", "sy", ["r.other.%s.total" % s for s in L.OTHER21],
            "Shuyang County 2025: how many requests ended up under 'other handling', all sub-items together?", P + "sum of the 3 other-handling sub-items"),
        H.S("zh", "sy", ["a.review.upheld", "a.review.corrected"],
            "沭阳县2025年已经审结、结果为维持或纠正的复议一共多少件？", P + "upheld + corrected"),
        H.S("en", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
            "Across reconsiderations and both kinds of lawsuit, how many times was Huai'an corrected in 2024?", P + "corrected over the 3 appeal groups"),
        H.S("zh", "ha", ["a.litigation_direct.pending", "a.litigation_after_review.pending"],
            "淮安市政府2024年两类信息公开诉讼中，合计还有几件未审结？", P + "pending of the two litigation groups"),
        H.S("en", "sh19", ["r.unable.needs_creation.natural_person", "r.unable.needs_creation.commercial"],
            "Shanghai General Office 2019: individuals' plus companies' requests that would have needed new compilation — combined?", P + "needs-creation columns (printed total blank)"),
        H.S("zh", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial"],
            "上海市府办2019年个人和企业的申请里，被当成信访举报投诉类不予处理的合计几件？", P + "petition columns (printed total blank)"),
        H.S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
            "洪泽区2023年因国家秘密、过程性信息、执法案卷三种理由不公开的合计几件？", P + "sum of 3 withheld sub-items"),
        H.S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
            "Hongze 2023: requests it couldn't meet because it held nothing or would have had to create the data — combined?", P + "not held + needs creation"),
        H.S("zh", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
            "淮安市政府2024年来自企业、法律服务机构和其他组织的新申请加在一起多少件？", P + "sum of org columns"),
        H.S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "Jianxi District 2020: reconsiderations plus both kinds of lawsuits, how many cases altogether?", P + "3 appeal totals"),
        H.S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
            "沭阳县2025年因为信访类和重复申请被不予处理的合计几件？", P + "2 not-processed sub-items"),
        H.D("zh", "hz23", "hz24", "c.licensing.decisions",
            "洪泽区行政许可处理决定，2024年比2023年多出多少件？", P + "2024 minus 2023"),
        H.D("en", "hz23", "hz24", "c.punishment.decisions",
            "By how much did Hongze District's penalty decisions change from 2023 to 2024?", P + "2024 minus 2023"),
        H.D("zh", "hz23", "hz24", "c.normative_docs.in_force",
            "洪泽区现行有效的行政规范性文件，2024年底比2023年底增加了几件？", P + "2024 minus 2023"),
        H.D("en", "hz23", "hz24", "c.coercion.decisions",
            "Hongze coercion decisions: 2024 figure minus 2023 figure?", P + "2024 minus 2023"),
        H.D("zh", "sh19", "sh25", "r.received.natural_person",
            "上海市府办个人新申请数，2025年和2019年相比差了多少件？", P + "2025 minus 2019"),
        H.D("en", "sh19", "sh25", "r.carried_forward.total",
            "How much larger was the Shanghai General Office's carry-forward into the next year in 2025 than in 2019?", P + "2025 minus 2019"),
        H.D("zh", "sh19", "sh25", "a.review.total",
            "上海市府办信息公开行政复议总数，2025年比2019年多了几件？", P + "2025 minus 2019"),
        H.D("en", "sh19", "sh25", "r.received.commercial",
            "New requests from companies to the Shanghai General Office: 2025 versus 2019, what is the change?", P + "2025 minus 2019"),
        H.D("zh", "hz23", "hz24", "c.fees.amount",
            "洪泽区行政事业性收费金额，2024年比2023年变化了多少万元？", P + "2024 minus 2023", unit="万元"),
        H.D("en", "hz23", "hz24", "c.normative_docs.issued",
            "How many more normative documents did Hongze District issue in 2024 than in 2023?", P + "2024 minus 2023"),
    ]
    return out


def _rank():
    P = "[rank] ranking over gold bodies named in the question"
    four = ["ha", "hz23", "sy", "sh19"]
    rows = [
        ("zh", four, "r.not_processed.petition.natural_person", "desc",
         "淮安市2024、洪泽区2023、沭阳县2025、上海市府办2019，这四家里哪家把个人申请认定为信访类不予处理的最多？"),
        ("en", four, "r.not_processed.petition.natural_person", "asc",
         "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and the Shanghai General Office 2019, which set aside the fewest individual requests as petitions?"),
        ("zh", ["ha", "sy", "sh19"], "r.withheld.internal_affairs.natural_person", "desc",
         "淮安2024年、沭阳2025年、上海市府办2019年，哪家以内部事务为由拒绝个人申请的最多？"),
        ("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
         "Which body reported the most licensing decisions: Huai'an (2024), Hongze District (2023) or Shuyang County (2025)?"),
        ("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
         "行政处罚决定数，淮安市2024年、洪泽区2023年、沭阳县2025年三家谁最少？"),
        ("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc",
         "Direct disclosure lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which had the fewest?"),
        ("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc",
         "信息公开行政复议总数，淮安2024、沭阳2025、上海市府办2019、涧西区2020四家里谁最多？"),
        ("en", four, "r.unable.needs_creation.natural_person", "asc",
         "Of Huai'an 2024, Hongze 2023, Shuyang 2025 and Shanghai General Office 2019, which told the fewest individuals that the information would have to be newly compiled?"),
        ("zh", ["hz23", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "asc",
         "洪泽区2023年、沭阳县2025年、上海市府办2019年、涧西区2020年，哪家对个人答复“不掌握”的最少？"),
        ("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
         "Which collected the most in administrative fees: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        ("zh", four, "r.withheld.process_info.natural_person", "desc",
         "以过程性信息为由不公开的个人申请，淮安2024、洪泽2023、沭阳2025、上海市府办2019哪家最多？"),
        ("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
         "Fewest normative documents in force: Huai'an end-2024, Hongze end-2023 or Shuyang end-2025?"),
        ("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.natural_person", "asc",
         "个人申请结转到下一年办理的，淮安2024、沭阳2025、上海市府办2019、涧西2020哪家最少？"),
    ]
    out = []
    for lang, bodies, key, order, q in rows:
        kw = {}
        c = H.R(lang, bodies, key, order, q, P)
        if key.startswith("c.fees"):
            c["turns"][0]["expect"]["unit"] = "万元"
        out.append(c)
    return out


def _followup():
    P = "[followup] "
    E = H.E
    F = H.F
    return [
        F("zh", [("淮安市政府2024年复议被纠正的有几件？", E("ha", "a.review.corrected")),
                 ("那直接起诉的呢，纠正了几件？", E("ha", "a.litigation_direct.corrected"))], P + "switch appeals group"),
        F("zh", [("沭阳县2025年复议结果维持的有多少件？", E("sy", "a.review.upheld")),
                 ("复议后起诉那一栏维持的呢？", E("sy", "a.litigation_after_review.upheld"))], P + "switch appeals group"),
        F("zh", [("淮安2024年因过程性信息不予公开的几件？", E("ha", "r.withheld.process_info.total")),
                 ("沭阳县2025年同一项呢？", E("sy", "r.withheld.process_info.total")),
                 ("洪泽区2023年呢？", E("hz23", "r.withheld.process_info.total"))], P + "switch body and year"),
        F("zh", [("洪泽区2023年行政处罚决定多少件？", E("hz23", "c.punishment.decisions")),
                 ("换成2024年呢？", E("hz24", "c.punishment.decisions"))], P + "switch year"),
        F("zh", [("上海市府办2025年因为重复申请不予处理的几件？", E("sh25", "r.not_processed.duplicate.total")),
                 ("信访举报投诉类的呢？", E("sh25", "r.not_processed.petition.total"))], P + "switch row"),
        F("zh", [("淮安市政府2024年部分公开的申请一共几件？", E("ha", "r.partially_granted.total")),
                 ("其中企业申请的几件？", E("ha", "r.partially_granted.commercial"))], P + "switch column"),
        F("zh", [("沭阳2025年本机关不掌握的有多少件？", E("sy", "r.unable.not_held.total")),
                 ("需要另行制作的呢？", E("sy", "r.unable.needs_creation.total"))], P + "switch row"),
        F("zh", [("上海科委2024年现行有效规范性文件几件？", E("kw", "c.normative_docs.in_force")),
                 ("洪泽区2024年呢？", E("hz24", "c.normative_docs.in_force"))], P + "switch body"),
        F("zh", [("涧西区政府办2020年对本机关不掌握的申请答复了几件？", E("jx", "r.unable.not_held.total")),
                 ("予以公开的有几件？", E("jx", "r.granted.total"))], P + "switch row"),
        F("zh", [("上海市府办2019年规范性文件新制作多少件？", E("sh19", "c.normative_docs.made")),
                 ("对外公开总数量呢？", E("sh19", "c.normative_docs.total_published"))], P + "switch column"),
        F("zh", [("淮安2024年复议后起诉的案件维持了几件？", E("ha", "a.litigation_after_review.upheld")),
                 ("其他结果的呢？", E("ha", "a.litigation_after_review.other")),
                 ("沭阳县2025年同一格是多少？", E("sy", "a.litigation_after_review.other"))], P + "switch column and body"),
        F("zh", [("沭阳县政府2025年行政许可决定有多少？", E("sy", "c.licensing.decisions")),
                 ("淮安市2024年呢？", E("ha", "c.licensing.decisions"))], P + "switch body and year"),
        F("zh", [("上海市府办2025年复议一共几件？", E("sh25", "a.review.total")),
                 ("直接起诉的呢？", E("sh25", "a.litigation_direct.total"))], P + "switch appeals group"),
        F("zh", [("洪泽区2023年部分公开的有几件？", E("hz23", "r.partially_granted.total")),
                 ("因为本机关不掌握无法提供的呢？", E("hz23", "r.unable.not_held.total"))], P + "switch row"),
        F("zh", [("淮安市政府2024年以危及三安全一稳定为由不公开的几件？", E("ha", "r.withheld.security_stability.total")),
                 ("沭阳县2025年呢？", E("sy", "r.withheld.security_stability.total"))], P + "switch body and year"),
        F("zh", [("上海科委2024年新收申请里企业提的几件？", E("kw", "r.received.commercial")),
                 ("上海市府办2025年同一项呢？", E("sh25", "r.received.commercial"))], P + "switch body and year"),
        F("en", [("How many disclosure reconsiderations were still pending for Huai'an in 2024?", E("ha", "a.review.pending")),
                 ("And for Shuyang in 2025?", E("sy", "a.review.pending"))], P + "switch body and year"),
        F("en", [("Shuyang 2025: requests refused as internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
                 ("What about as process information?", E("sy", "r.withheld.process_info.total"))], P + "switch row"),
        F("en", [("Hongze District's licensing decisions in 2023?", E("hz23", "c.licensing.decisions")),
                 ("2024?", E("hz24", "c.licensing.decisions"))], P + "switch year"),
        F("en", [("Huai'an 2024: requests turned away as administrative inquiries?", E("ha", "r.withheld.admin_query.total")),
                 ("And Shuyang County for 2025?", E("sy", "r.withheld.admin_query.total"))], P + "switch body and year"),
        F("en", [("How many individual requests did the Shanghai General Office carry forward at the end of 2019?", E("sh19", "r.carried_forward.natural_person")),
                 ("And how many did it receive from individuals that year?", E("sh19", "r.received.natural_person"))], P + "switch row"),
        F("en", [("Shanghai General Office 2025: reconsiderations pending?", E("sh25", "a.review.pending")),
                 ("Direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], P + "switch appeals group"),
        F("en", [("Huai'an 2024: direct lawsuits upheld?", E("ha", "a.litigation_direct.upheld")),
                 ("Post-reconsideration lawsuits upheld?", E("ha", "a.litigation_after_review.upheld")),
                 ("And the reconsiderations themselves corrected?", E("ha", "a.review.corrected"))], P + "switch group and column"),
        F("en", [("STCSM's licensing decisions in 2024?", E("kw", "c.licensing.decisions")),
                 ("And its penalty decisions?", E("kw", "c.punishment.decisions"))], P + "switch row"),
        F("en", [("Jianxi 2020: normative documents newly made?", E("jx", "c.normative_docs.made")),
                 ("Procurement projects that year?", E("jx", "c.procurement.projects"))], P + "switch row"),
        F("en", [("Shuyang 2025: requests from legal service bodies received?", E("sy", "r.received.legal_services")),
                 ("Huai'an 2024, same cell?", E("ha", "r.received.legal_services"))], P + "switch body and year"),
        F("en", [("Hongze 2023: requests withheld as state secrets?", E("hz23", "r.withheld.state_secret.total")),
                 ("Huai'an 2024?", E("ha", "r.withheld.state_secret.total"))], P + "switch body and year"),
        F("en", [("Huai'an 2024: requests where the applicant missed the correction deadline?", E("ha", "r.other.overdue_correction.total")),
                 ("Shuyang 2025?", E("sy", "r.other.overdue_correction.total"))], P + "switch body and year"),
        F("en", [("Shanghai General Office 2025: requests answered as 'not held'?", E("sh25", "r.unable.not_held.total")),
                 ("And the ones that would need new compilation?", E("sh25", "r.unable.needs_creation.total"))], P + "switch row"),
        F("en", [("Hongze District 2024: normative documents issued?", E("hz24", "c.normative_docs.issued")),
                 ("And still in force at year end?", E("hz24", "c.normative_docs.in_force"))], P + "switch column"),
        F("zh", [("淮安市政府2024年对法律服务机构予以公开了几件？", E("ha", "r.granted.legal_services")),
                 ("沭阳县2025年同一格呢？", E("sy", "r.granted.legal_services")),
                 ("那沭阳对它们部分公开的呢？", E("sy", "r.partially_granted.legal_services"))], P + "switch body, then row"),
        F("zh", [("洪泽区2024年行政事业性收费多少万元？", E("hz24", "c.fees.amount", unit="万元")),
                 ("2023年呢？", E("hz23", "c.fees.amount", unit="万元"))], P + "switch year (money)"),
        F("zh", [("上海市府办2025年个人提出的新申请有几件？", E("sh25", "r.received.natural_person")),
                 ("上年结转过来的个人申请呢？", E("sh25", "r.carried_over.natural_person")),
                 ("2019年上海市府办个人申请上年结转的几件？", E("sh19", "r.carried_over.natural_person"))], P + "switch row, then year"),
        F("en", [("Huai'an 2024: requests not processed as duplicates?", E("ha", "r.not_processed.duplicate.total")),
                 ("And as petitions or complaints?", E("ha", "r.not_processed.petition.total")),
                 ("Shuyang 2025, petitions or complaints?", E("sy", "r.not_processed.petition.total"))], P + "switch row, then body"),
        F("en", [("Shanghai General Office 2019: requests from companies received?", E("sh19", "r.received.commercial")),
                 ("And how many company requests did it process in total?", E("sh19", "r.total_processed.commercial"))], P + "switch row"),
        F("en", [("Shuyang 2025: how many reconsiderations in total?", E("sy", "a.review.total")),
                 ("And direct lawsuits?", E("sy", "a.litigation_direct.total"))], P + "switch appeals group"),
    ]


def _textonly():
    P = "[textonly] number stated only in the report text"
    rows = [
        ("zh", "ha", "等新闻发布会", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？"),
        ("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an operating per its 2024 report?"),
        ("zh", "ha", "栏目全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？"),
        ("en", "ha", "信息处理费 3940", 3940, "元", "How much did Huai'an collect in information processing fees in 2024, in yuan?"),
        ("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "2024年淮安市政府公报出了几期？", "通过文字"),
        ("en", "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "How many items did Hongze District proactively post on its website platform in 2023?"),
        ("zh", "hz24", "在政府网站平台主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？"),
        ("en", "sy", "开展意见征集", 9, "期", "How many rounds of public comment did Shuyang's county portal run in 2025?"),
        ("zh", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳县2025年县直部门在信息公开页面发了多少条信息？"),
        ("en", "sy", "爆款内容", 52, "条", "How many viral posts does Shuyang's 2025 report claim?"),
        ("zh", "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中发布年报的单位有多少家？"),
        ("en", "sy", "全年发出催办提示", 84, "次", "How many reminder notices did Shuyang's deadline alarm send out in 2025?"),
        ("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理了多少条过期信息？"),
        ("en", "sy", "全县共办理相关案件", 74, "件", "Per its 2025 narrative, how many reconsideration and lawsuit cases did Shuyang County handle in all?"),
        ("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳县2025年办前主动沟通开展了几次？"),
        ("en", "sy", "策采相关新闻稿件", 2606, "篇", "How many news pieces did Shuyang's new-media matrix produce in 2025?", "策采"),
        ("zh", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "上海科委的“上海科技”网站2024年全年发了多少条信息？"),
        ("en", "kw", "直播 118 场", 118, "场", "How many live streams did the Shanghai science commission run in 2024?"),
        ("zh", "kw", "累计批量推送集成式发布政策", 121, "条", "市科委2024年批量推送集成式发布的政策有多少条？"),
        ("en", "kw", "主合办政协提案", 85, "件", "How many CPPCC proposals did STCSM handle as lead or co-lead office in 2024?", "主合办人大代表建议"),
        ("zh", "kw", "其中原创文章", 294, "篇", "上海科委2024年微信公众号原创文章有多少篇？"),
        ("en", "sh25", "召开市政府新闻发布会", 42, "场", "How many municipal press conferences did Shanghai hold in 2025 per the General Office report?"),
        ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年年报里说开了多少场新闻通气会？"),
        ("en", "sh25", "含申请人主动撤回", 157, "件", "How many requests did applicants withdraw themselves at the Shanghai General Office in 2025?", "其他处理"),
        ("zh", "sh25", "公文公开属性审查", 166, "件", "上海市府办2025年完成公文公开属性审查多少件？"),
        ("en", "sh25", "16 个区全部上线数字公报", 16, "个", "How many districts had launched a digital gazette by 2025 per the Shanghai General Office report?"),
        ("zh", "sh25", "目前已覆盖", 10, "个", "2025年上海国际服务门户覆盖几个语种？", "目前已覆盖"),
        ("en", "sh19", "发布政策解读共", 132, "件", "How many policy interpretations did the 'China Shanghai' portal publish in 2019?", "通过"),
        ("zh", "sh19", "权威发布共计", 38, "次", "上海市府办2019年对市政府常务会议重要议题权威发布了几次？"),
        ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019?"),
        ("zh", "sh19", "全年共编发公报", 24, "期", "2019年上海市政府公报全年编发了多少期？"),
        ("en", "jx", "601项事项", 601, "项", "How many items did Jianxi District map in its 2020 power-operation review?", "梳理细化"),
        ("zh", "jx", "等26个试点领域标准指引", 26, "个", "涧西区2020年年报提到多少个试点领域？", "对照省、市"),
        ("en", "sh25", "刊登市政府规章", 243, "件", "How many documents did the 2025 Shanghai government gazette carry?", "编辑"),
    ]
    out = []
    for r in rows:
        lang, b, kw, v, unit, q = r[:6]
        frm = r[6] if len(r) > 6 else None
        out.append(H.N(lang, b, kw, v, unit, q, P, frm=frm))
    return out


def _trap():
    P = "[neighbour] "
    rows = [
        ("zh", "ha", "r.unable.needs_creation.total", "淮安市政府2024年因为没有现成信息、需另行制作而无法提供的有几件？（不是不掌握的那一项）", "另行制作 11 vs 不掌握 769"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安2024年行政规范性文件废止的是多少件，不是现行有效的？", "废止 26 vs 现行有效 66"),
        ("zh", "ha", "a.litigation_after_review.total", "淮安市政府2024年复议以后再起诉的信息公开诉讼总数是多少？", "复议后起诉 20 vs 直接起诉 26"),
        ("zh", "ha", "c.regulations.issued", "淮安市政府2024年当年新制发的规章几件？", "规章制发 1 vs 现行有效 11"),
        ("zh", "sy", "a.review.other", "沭阳县2025年复议案件里“其他结果”那一格是几？", "其他结果 9 vs 纠正 10"),
        ("zh", "sy", "r.partially_granted.total", "沭阳县政府2025年部分公开（不是全部公开）的申请有几件？", "部分公开 101 vs 予以公开 294"),
        ("zh", "sy", "c.normative_docs.in_force", "沭阳县截至2025年底现行有效的行政规范性文件有多少件？", "现行有效 32 vs 制发 6"),
        ("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件的对外公开总数量是多少（不是当年新公开的）？", "对外公开总数 368 vs 新制作 60"),
        ("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购是多少个项目？问的是项目数不是金额", "采购项目数 6 vs 金额 25.1"),
        ("zh", "sh19", "r.carried_over.natural_person", "上海市府办2019年从上一年结转过来的个人申请有几件？", "上年结转 18 vs 结转下年 72"),
        ("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年底现行有效的规范性文件数量？", "现行有效 55 vs 制发 13"),
        ("zh", "sh25", "a.litigation_after_review.total", "上海市府办2025年经复议后提起的行政诉讼总数？", "复议后起诉 22 vs 直接起诉 12"),
        ("zh", "ha", "r.withheld.internal_affairs.total", "淮安市政府2024年以内部事务信息为由不予公开几件？", "内部事务 8 vs 过程性信息 12"),
        ("en", "ha", "r.received.other_org", "Huai'an 2024: new requests from 'other' organisations (not legal service bodies)?", "其他组织 4 vs 法律服务机构 61"),
        ("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations: how many had an outcome other than upheld or corrected?", "其他结果 178 vs 纠正 64"),
        ("en", "ha", "r.partially_granted.natural_person", "How many individual requests did Huai'an grant only in part in 2024?", "部分公开 447 vs 予以公开 1288"),
        ("en", "sy", "r.withheld.process_info.total", "Shuyang 2025: requests withheld as process information (not internal affairs)?", "过程性信息 2 vs 内部事务 13"),
        ("en", "sy", "a.litigation_direct.total", "How many disclosure lawsuits were filed directly, without prior reconsideration, against Shuyang in 2025?", "直接起诉 3 vs 复议后起诉 10"),
        ("en", "sy", "r.other.other.total", "Shuyang 2025: the catch-all 'other' sub-item of other handling, not the overdue ones — how many?", "其他 143 vs 逾期补正 9"),
        ("en", "sy", "r.received.commercial", "How many new requests did commercial enterprises file with Shuyang in 2025?", "商业企业 3 vs 法律服务机构 5"),
        ("en", "sh19", "c.procurement.amount", "What was the amount (not the number of projects) of the Shanghai General Office's centralised procurement in 2019?", "金额 25.1 vs 项目数 6", {"unit": "万元"}),
        ("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office carry forward into the following year at the end of 2025?", "结转下年 293 vs 上年结转 189"),
        ("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025: new requests from individuals only?", "自然人 1259 vs 总计 1295"),
        ("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests that needed information to be newly made (not 'not held')?", "另行制作 3 vs 不掌握 10"),
        ("en", "hz24", "a.litigation_after_review.total", "Hongze District 2024: lawsuits filed after reconsideration?", "复议后起诉 3 vs 直接起诉 1"),
        ("en", "kw", "c.normative_docs.issued", "STCSM 2024: normative documents issued during the year (not those in force)?", "制发 13 vs 现行有效 55"),
    ]
    out = []
    for r in rows:
        kw = r[5] if len(r) > 5 else {}
        out.append(H.T(r[0], r[1], r[2], r[3], P + r[4], **kw))
    return out


def _cannot():
    P = "[cannot] "
    zh = [
        ("淮安市政府2024年的信息公开申请里，女性申请人占多少？", "no sex breakdown"),
        ("沭阳县2025年复议被纠正的10件，分别是哪些部门的案子？", "no department breakdown of appeals"),
        ("淮安市政府2024年平均每件申请答复用了几天？", "no response times"),
        ("洪泽区2023年信息公开申请人均处理成本是多少？", "no costs"),
        ("南京市2024年收到了多少信息公开申请？", "body not held"),
        ("沭阳县2024年的行政许可决定有多少？", "year not held"),
        ("淮安市2023年新收申请多少件？", "year not held"),
        ("上海科委2023年收到了几件信息公开申请？", "year not held"),
        ("淮安2024年每万人口有多少件信息公开申请？", "per-capita rate, population not stated"),
        ("苏州市2024年信息公开复议纠正率是多少，比淮安高还是低？", "body not held"),
        ("你觉得沭阳县2025年的信息公开工作做得好不好？", "opinion"),
        ("上海市府办2025年的申请主要集中在哪些话题，各多少件？", "topics not stated with figures"),
        ("涧西区2021年依申请公开有多少件？", "year not held"),
        ("淮安市政府2024年不予公开的申请中，哪几件后来被申请人提起了复议？", "no link between rows"),
        ("洪泽区2024年的申请主要是哪些原因引起的？", "reasons not stated"),
        ("沭阳县2025年在网上提交的申请和现场提交的各有多少？", "channel breakdown"),
        ("淮安市政府2024年信息公开工作配备了多少专职人员？", "staff not stated"),
        ("预计淮安市2025年信息公开申请会有多少件？", "forecast"),
        ("上海市府办2025年的复议案件中，申请人是外地人的有几件？", "residence breakdown"),
        ("宿迁市2025年行政规范性文件现行有效多少件？", "body not held"),
        ("沭阳县2025年各乡镇分别收到多少信息公开申请？", "township breakdown"),
        ("洪泽区2022年收取了多少信息处理费？", "year not held"),
        ("上海市府办2019年收到的申请里，涉及房屋征收的有多少件？", "topic breakdown"),
        ("淮安市政府2024年第三季度收到多少申请？", "quarter breakdown"),
        ("北京市政府办公厅2025年受理多少信息公开申请，和上海比哪个多？", "body not held"),
        ("请给我淮安2024年被不予公开的申请人名单和电话。", "personal data"),
    ]
    en = [
        ("What share of Huai'an's 2024 disclosure applicants were over 60?", "no age breakdown"),
        ("Which departments were behind Shuyang's 15 pending reconsiderations in 2025?", "no department breakdown"),
        ("How many disclosure requests per 10,000 residents did Shuyang County receive in 2025?", "per-capita rate"),
        ("How did Nanjing's 2024 request volume compare with Huai'an's?", "body not held"),
        ("Why did applicants take the Shanghai General Office to court in 2025, case by case?", "reasons not stated"),
        ("How many requests did Hongze District receive in 2022?", "year not held"),
        ("What is the average number of days the Shanghai science commission took to answer a request in 2024?", "response times not stated"),
        ("Were the Huai'an refusals in 2024 justified, in your view?", "opinion"),
        ("How many disclosure staff did Shuyang County employ in 2025?", "staff not stated"),
        ("How many requests did Pudong New Area receive in 2025?", "body not held"),
        ("Which industries did the companies that applied to Huai'an in 2024 belong to?", "industry breakdown"),
        ("What did Hongze District spend on its disclosure work in 2023?", "costs not stated"),
        ("How many of the Shanghai General Office's 2025 requests came in by post versus online?", "channel breakdown"),
        ("How many requests did the Jianxi District office get in 2021?", "year not held"),
        ("How many requests did Huai'an receive in January 2024?", "month breakdown"),
        ("Which journalists or media outlets filed requests with the Shanghai General Office in 2019?", "applicant identities"),
        ("What will Shuyang's reconsideration count be in 2026?", "forecast"),
        ("Did Qingjiangpu District receive more requests than Hongze in 2024?", "body not held"),
        ("Why were 105 requests to Huai'an in 2024 treated as administrative inquiries — what did they ask for?", "reasons/topics not stated"),
        ("What proportion of Shuyang's 2025 applicants lived outside the county?", "residence breakdown"),
        ("Give me the names of the people who sued the Shanghai General Office in 2025.", "personal data"),
        ("How many STCSM requests in 2023 were granted?", "year not held"),
        ("Which township in Hongze District produced the most requests in 2024?", "township breakdown"),
        ("How does Suqian City's 2025 disclosure performance rank against Shuyang County's?", "body not held"),
        ("How much did it cost Huai'an per request to run its disclosure office in 2024?", "costs not stated"),
        ("In Q4 2025, how many requests did the Shanghai General Office receive?", "quarter breakdown"),
    ]
    out = [H.U("zh", q, w, P + w) for q, w in zh]
    out += [H.U("en", q, w, P + w) for q, w in en]
    return out


def CONVERSATIONS():
    return _plain() + _combine() + _rank() + _followup() + _textonly() + _trap() + _cannot()
