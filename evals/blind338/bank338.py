"""Question bank of blind evaluation set 338 (evals/blind338): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers338 (gold/*.json, derived keys per spec/README.md; for the three reports without gold the
printed rows named in SPECS, the same cell specs blind6's text_cells.json verified; narrative
sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib338 as L  # noqa: E402
import helpers338 as H  # noqa: E402
from helpers338 import E, EN, EU, ED  # noqa: E402,F401

# Printed cells of the reports without gold: the same specs (row label / anchor, column
# index) that blind6's text_cells.json verified, nothing new.
_A5 = "四、政府信息公开行政复议、行政诉讼情况"
_A8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A5, 14),
        "appeals.litigation_direct.total": ("after", _A5, 9),
        "appeals.review.total": ("after", _A5, 4),
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
        "appeals.litigation_after_review.total": ("after", _A8, 14),
        "appeals.litigation_direct.pending": ("after", _A8, 8),
        "appeals.litigation_direct.total": ("after", _A8, 9),
        "appeals.review.pending": ("after", _A8, 3),
        "appeals.review.total": ("after", _A8, 4),
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

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UNABLE3 = ["r.unable.%s.total" % s for s in L.UNABLE]
NOTPROC5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
APPEAL_TOTALS = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
NOT_IN_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
               "r.not_processed.total", "r.other.total"]


def by_cols(row):
    """The six applicant-column keys of a row (for 上海市府办 2019, whose 总计 cells are blank)."""
    return ["requests.%s.%s" % (row, c) for c in H.COLS6]


MONEY = {"unit": "万元"}


# ----------------------------------------------------------------------------- [plain]
def plain():
    n = "[plain] "
    P = []
    z = lambda b, k, q, note, **kw: P.append(H.V("zh", b, k, q, n + note, **kw))  # noqa: E731
    e = lambda b, k, q, note, **kw: P.append(H.V("en", b, k, q, n + note, **kw))  # noqa: E731
    # zh ------------------------------------------------------------------
    z("ha", "a.litigation_after_review.other",
      "淮安市政府2024年年报表四，复议后又去法院起诉的那些案子里，结果既不算维持也不算纠正的有几件？",
      "appeals outcome column: after-review litigation, other outcome")
    z("sy", "a.review.corrected",
      "沭阳县2025年因信息公开被申请行政复议、最后被复议机关纠正的有多少件",
      "appeals outcome column: review corrected")
    z("sy", "a.litigation_after_review.pending",
      "沭阳2025年先复议再打官司、到年底法院还没判下来的，表里记了几件？",
      "appeals outcome column: after-review litigation pending")
    z("jx", "a.litigation_after_review.upheld",
      "涧西区政府办2020年，经过复议后再起诉的信息公开行政诉讼，法院维持原行为的有多少",
      "appeals outcome column, 2019 format")
    z("hz23", "a.litigation_after_review.upheld",
      "洪泽区政府2023年报：复议后起诉这一块，判了“结果维持”的是几件？",
      "appeals outcome column; the report prints this group's 总计 as 0, the 维持 cell is 5")
    z("ha", "r.withheld.third_party.total",
      "2024年淮安市因为要保护第三方合法权益而没有对申请人公开的，有多少件？",
      "不予公开 sub-item 4")
    z("sy", "r.withheld.security_stability.total",
      "沭阳县政府2025年以可能危及国家安全、公共安全、经济安全和社会稳定为由拒绝公开的申请有几件",
      "不予公开 sub-item 3 (三安全一稳定)")
    z("ha", "r.withheld.enforcement_files.total",
      "淮安2024年有人申请调取行政执法案卷被不予公开，这种情况统计了几件",
      "不予公开 sub-item 7")
    z("sy", "r.withheld.admin_query.total",
      "二〇二五年沭阳县依申请公开中，被认定属于行政查询事项、所以不予公开的件数是多少？",
      "不予公开 sub-item 8, year in Chinese numerals")
    z("hz23", "r.unable.needs_creation.total",
      "洪泽区2023年有几件申请是因为手头没有现成信息、得重新加工制作才能给，最后答复无法提供的？",
      "无法提供 sub-item 2")
    z("sy", "r.not_processed.duplicate.commercial",
      "沭阳2025年商业企业重复提交申请、被不予处理的有几件",
      "不予处理 sub-item 2, applicant column 商业企业")
    z("ha", "r.other.overdue_fee.total",
      "淮安市政府2024年：发了收费通知但申请人过期没交钱、所以不再处理的申请有多少件？",
      "其他处理 sub-item 2")
    z("sy", "r.other.other.total",
      "沭阳县2025年报表三，（六）其他处理里第三个小项（就叫“其他”的那行）合计多少件？",
      "其他处理 sub-item 3")
    z("ha", "r.received.legal_services",
      "淮安2024年新收的信息公开申请里，由律所等法律服务机构递交的有几件",
      "applicant column 法律服务机构")
    z("ha", "r.granted.other_org",
      "淮安市2024年表三“法人或其他组织”下最后那个“其他”类申请人，予以公开的有几件？",
      "applicant column 其他 (organisations)")
    z("sh19", "r.received.commercial",
      "上海市府办2019年新收的申请中，以商业企业名义申请的有多少件",
      "applicant column 商业企业, 2019 format")
    z("sh19", "r.unable.needs_creation.natural_person",
      "2019年上海市政府办公厅，个人申请者里因为需要另行制作而没法提供信息的有几件？",
      "无法提供 sub-item 2, natural persons (the 总计 of this row is printed blank)")
    z("sh19", "r.not_processed.petition.natural_person",
      "上海市人民政府办公厅2019年，自然人提的申请被认定为信访、举报、投诉类而不予处理的数量",
      "不予处理 sub-item 1, natural persons (总计 printed blank)")
    z("sy", "c.coercion.decisions",
      "沭阳县2025年主动公开表里，行政强制的本年处理决定数量是多少",
      "table 二 (六) 行政强制")
    z("jx", "c.procurement.amount",
      "涧西区人民政府办公室2020年政府集中采购一共花了多少钱（万元）？",
      "table 二 (九) procurement amount, 万元", **MONEY)
    z("sh19", "c.regulations.total_published",
      "截至2019年，上海市府办年报表二中规章的对外公开总数量是多少件",
      "table 二 (一) 规章 对外公开总数量 (2019 format)")
    z("hz23", "c.fees.amount",
      "洪泽区2023年行政事业性收费金额多少万元",
      "table 二 (八) fee amount, 万元", **MONEY)
    z("sy", "r.partially_granted.legal_services",
      "沭阳县政府2025年，法律服务机构提出的申请里有几件是部分公开的",
      "部分公开, applicant column 法律服务机构")
    z("kw", "r.received.commercial",
      "上海科委2024年新收的申请当中，商业企业交来的是几件？",
      "text row: received, 商业企业")
    z("sh25", "r.carried_over.legal_services",
      "上海市政府办公厅2025年报表三，上年结转过来的申请里，法律服务机构那一列是几？",
      "text row: carried over, 法律服务机构")
    z("hz24", "c.licensing.decisions",
      "洪泽区2024年全年作出的行政许可决定有多少个？",
      "text row: table 二 (五) 行政许可")
    z("sh25", "r.not_processed.petition.total",
      "上海市府办2025年有多少件信息公开申请因为实际上是信访举报投诉而被不予处理",
      "text row: 不予处理 sub-item 1")
    z("ha", "r.withheld.process_info.natural_person",
      "淮安市2024年个人申请中，以属于讨论稿、请示报告这类过程性信息为由不予公开的有几件",
      "不予公开 sub-item 6, natural persons")
    z("ha", "r.other.overdue_correction.commercial",
      "2024年淮安市，企业申请人被要求补正却无正当理由逾期不补、行政机关不再处理的有几件？",
      "其他处理 sub-item 1, 商业企业")
    z("hz24", "r.carried_forward.total",
      "洪泽区政府2024年有没有申请拖到2025年继续办？表三结转那行总计是多少",
      "text row: carried forward total (0)")
    z("sy", "r.withheld.third_party.natural_person",
      "沭阳县2025年自然人申请里，为保护第三方权益不予公开的几件",
      "不予公开 sub-item 4, natural persons")
    z("ha", "r.unable.not_held.other_org",
      "淮安市政府2024年年报，“其他”类组织申请人的申请中有几件是本机关不掌握相关信息的",
      "无法提供 sub-item 1, applicant column 其他")
    z("jx", "c.normative_docs.total_published",
      "涧西区2020年规范性文件对外公开总数量是几件？",
      "table 二 (一) 2019 format")
    z("sh19", "c.fees.prev_year_items",
      "上海市府办2019年表二第（八）项行政事业性收费，上一年项目数量填的多少",
      "table 二 (八) 2019 format: item count, not money")
    z("sy", "r.carried_over.natural_person",
      "沭阳县2025年，从2024年结转过来的个人申请有几件？",
      "carried over, natural persons")
    z("ha", "r.partially_granted.natural_person",
      "2024年淮安市政府对个人申请作了区分处理、只公开一部分的有多少件",
      "部分公开, natural persons")
    z("hz23", "r.not_processed.petition.total",
      "洪泽区2023年被当作信访举报投诉处理、不按信息公开申请办的有几件？",
      "不予处理 sub-item 1")
    # en ------------------------------------------------------------------
    e("ha", "a.review.corrected",
      "In Huai'an's 2024 disclosure report, how many administrative reconsideration cases ended with the city's decision being corrected?",
      "appeals outcome column: review corrected; text agrees", alt=("结果纠正 64", 64))
    e("ha", "a.litigation_direct.other",
      "Huai'an city government, 2024: of the lawsuits filed straight in court with no reconsideration first, how many ended in an 'other' result?",
      "appeals outcome column: direct litigation other")
    e("sy", "a.litigation_after_review.other",
      "Shuyang County 2025 - lawsuits brought after a reconsideration decision: how many are listed under 'other outcome'?",
      "appeals outcome column: after-review litigation other")
    e("jx", "a.review.upheld",
      "Jianxi District government office, 2020: reconsideration cases where the original decision was upheld?",
      "appeals outcome column, 2019 format")
    e("ha", "a.litigation_after_review.pending",
      "For the city of Huai'an in 2024, how many suits filed after reconsideration were still awaiting judgment at year end?",
      "appeals outcome column: after-review pending")
    e("sy", "a.litigation_direct.upheld",
      "Shuyang 2025: direct lawsuits (no prior reconsideration) where the court sided with the government - how many?",
      "appeals outcome column: direct upheld")
    e("ha", "r.withheld.state_secret.total",
      "How many Huai'an requests in 2024 were refused because the information was classified as a state secret?",
      "不予公开 sub-item 1")
    e("sy", "r.withheld.internal_affairs.total",
      "Shuyang County's 2025 report: requests denied because they concerned internal affairs information (personnel, logistics, internal procedures)?",
      "不予公开 sub-item 5")
    e("ha", "r.withheld.prohibited_by_law.commercial",
      "Huai'an, FY2024: how many requests from commercial enterprises were withheld because other laws or regulations prohibit disclosure?",
      "不予公开 sub-item 2, 商业企业")
    e("sy", "r.unable.not_held.total",
      "In 2025, how often did Shuyang County answer that it simply did not hold the requested information?",
      "无法提供 sub-item 1")
    e("hz23", "r.unable.not_held.total",
      "Hongze District 2023: number of requests answered with 'this agency does not hold the information'?",
      "无法提供 sub-item 1")
    e("ha", "r.not_processed.petition.commercial",
      "Huai'an 2024: requests from businesses that were really petitions or complaints and therefore not processed as disclosure requests?",
      "不予处理 sub-item 1, 商业企业")
    e("sy", "r.not_processed.petition.total",
      "Shuyang 2025 - how many filings were set aside as letters-and-visits, tip-off or complaint matters?",
      "不予处理 sub-item 1")
    e("ha", "r.other.other.total",
      "In table 3 of Huai'an's 2024 report, what is the figure on the 'other' line under (6) other handling, i.e. not the overdue-correction or unpaid-fee lines?",
      "其他处理 sub-item 3")
    e("sy", "r.received.commercial",
      "Shuyang County 2025: new disclosure requests lodged by commercial enterprises?",
      "applicant column 商业企业")
    e("ha", "r.received.commercial",
      "How many new requests did companies send to Huai'an city government in 2024?",
      "applicant column 商业企业")
    e("sh19", "r.received.legal_services",
      "Shanghai General Office, 2019 report: new requests from legal service institutions such as law firms?",
      "applicant column 法律服务机构, 2019 format")
    e("sh19", "r.received.other_org",
      "For the Shanghai municipal government's general office in 2019, how many new requests came from organisations in the residual 'other' applicant column?",
      "applicant column 其他")
    e("sh19", "r.withheld.admin_query.commercial",
      "Shanghai General Office 2019: business applicants told their request was an administrative query matter and so not disclosed - how many?",
      "不予公开 sub-item 8, 商业企业 (总计 printed blank)")
    e("sh19", "r.unable.unclear.natural_person",
      "In 2019, how many individual applicants to the Shanghai General Office had requests that remained unclear even after they were asked to clarify?",
      "无法提供 sub-item 3, natural persons")
    e("sh19", "r.not_processed.duplicate.commercial",
      "Shanghai General Office (2019): repeat applications from commercial firms that were not processed?",
      "不予处理 sub-item 2, 商业企业")
    e("jx", "c.procurement.projects",
      "How many centralized government procurement projects does Jianxi District's 2020 report list?",
      "table 二 (九) project count")
    e("sh19", "c.procurement.amount",
      "Shanghai General Office 2019 - what was the total value of centralized government procurement, in units of 10,000 yuan?",
      "table 二 (九) amount: printed 251000元 = 25.1 万元", **MONEY)
    e("sh19", "c.regulations.made", "How many regulations did the Shanghai General Office newly make in 2019 according to table 2?",
      "table 二 (一) 规章 本年新制作; the text's 规章13件 agrees", alt=("规章13件", 13))
    e("ha", "c.coercion.decisions",
      "Huai'an 2024: number of administrative coercion decisions shown in the proactive-disclosure table?",
      "table 二 (六) 行政强制")
    e("ha", "c.punishment.decisions",
      "What count of administrative penalty decisions does Huai'an report for 2024?",
      "table 二 (六) 行政处罚 (city-wide count)")
    e("sy", "c.normative_docs.repealed",
      "Shuyang County 2025: how many administrative normative documents were abolished during the year?",
      "table 二 (一) 废止")
    e("sy", "c.fees.amount",
      "In 2025, how much did Shuyang County collect in administrative fees, per table 2 (in 10k yuan)?",
      "table 二 (八) fee amount", **MONEY)
    e("hz24", "c.punishment.decisions",
      "Hongze District (2024): administrative penalty decisions made?",
      "text row: table 二 (六) 行政处罚")
    e("kw", "c.normative_docs.in_force",
      "How many normative documents of the Shanghai Science and Technology Commission were valid and in effect per its 2024 report table?",
      "text row: table 二 现行有效")
    e("sh25", "r.received.natural_person",
      "Shanghai General Office 2025: new requests filed by private individuals?",
      "text row: received, natural persons")
    e("jx", "r.unable.not_held.total",
      "Jianxi District 2020: requests where the office said the information wasn't in its possession?",
      "无法提供 sub-item 1")
    e("hz23", "r.withheld.state_secret.total",
      "Did Hongze District refuse anything on state-secret grounds in 2023? How many?",
      "不予公开 sub-item 1")
    e("ha", "r.carried_over.natural_person",
      "Huai'an city, 2024 report: how many individual applications were still open from 2023 and carried into 2024?",
      "carried over, natural persons; the text's 上年度结转 34 agrees (all from individuals)", alt=("3050", 34))
    e("sy", "a.review.upheld",
      "How many reconsideration decisions on Shuyang's disclosure handling upheld the county in 2025?",
      "appeals outcome column: review upheld")
    e("sh19", "c.other_services.decisions",
      "Shanghai General Office 2019, table 2 item (5): decisions on 'other external management services'?",
      "table 二 (五) 2019-format row")
    return P


# ----------------------------------------------------------------------------- [check]
def check():
    n = "[check] "
    P = []
    z = lambda b, k, q, note, kind="value", **kw: P.append(  # noqa: E731
        H.V("zh", b, k, q, n + note, kind=kind, **kw))
    e = lambda b, k, q, note, kind="value", **kw: P.append(  # noqa: E731
        H.V("en", b, k, q, n + note, kind=kind, **kw))
    z("ha", "r.total_processed.total",
      "淮安市政府2024年报正文说答复了3050件，这跟表三（七）总计那格对得上吗？表里印的是多少？",
      "text and table agree (答复 3050)", alt=("3050", 3050))
    z("sy", "r.received.total",
      "沭阳县2025年报正文写“共受理749件”，可表三“本年新收”那一行的总计是多少？我只要表里的数。",
      "text 749 includes carried-over; the question asks the table row, so only 713")
    z("sy", "r.carried_forward.total",
      "按表三顶上那条勾稽关系（第一项加第二项等于第三项加第四项），沭阳县2025年第四项结转下年度继续办理是多少件？",
      "text and table agree (结转下一年 31)", alt=("749", 31))
    z("jx", "r.carried_forward.total",
      "涧西区2020年报里提到有“在办”的申请，表三“结转下年度继续办理”填的是几件？两者一致吗",
      "text and table agree (在办 2)", alt=("在办2件", 2))
    z("sh19", ["r.unable.%s" % c for c in H.COLS6],
      "上海市府办2019年报正文称“因本机关不掌握等原因无法提供265件”。如果把表三（四）无法提供的三个小项在所有申请人列里全部加起来，实际是多少？",
      "sum of the derived 无法提供 column keys (337); the text's 265 is only 不掌握; row totals printed blank",
      kind="sum")
    z("sh19", "r.granted.natural_person",
      "上海市政府办公厅2019年报说“予以公开及部分公开258件”，核对一下：表三予以公开那一行自然人一列印的是多少？",
      "the cell the narrative's 258 actually matches")
    z("hz23", ["a.review.upheld", "a.review.corrected"],
      "洪泽区2023年表四行政复议的“总计”印成了0，把结果维持和结果纠正两格加起来，实际复议了多少件？",
      "the printed 总计 is 0 (report's own error); sum of the two printed outcome cells", kind="sum")
    z("ha", "r.withheld.total",
      "淮安2024年表三（三）不予公开下面8个小项，报告没印小计，合起来是多少？",
      "derived key requests.withheld.total")
    z("sy", "r.received.legal_person",
      "沭阳2025年报说法人或其他组织申请8件，表三新收那行五类法人组织加起来是不是也是8？请给出表里的合计",
      "derived legal_person; text agrees", alt=("法人或其他组织申请 8", 8))
    z("sh19", ["r.withheld.%s" % c for c in H.COLS6],
      "上海市府办2019年正文写不予公开35件，表三（三）不予公开8个小项按申请人各列加总后是不是35？",
      "sum of derived 不予公开 column keys; text agrees; row totals printed blank", kind="sum",
      alt=("不予公开35件", 35))
    e("kw", "r.received.total",
      "The Shanghai science commission says in its 2024 narrative that it received 34 requests. Does table 3's new-applications total agree - what figure is printed there?",
      "text row; text and table agree", alt=("全年收到政府信息公开申请 34", 34))
    e("sh25", "r.total_processed.total",
      "Shanghai General Office 2025 states that 1191 requests were concluded, carried-over ones included. What's the grand total in row (7) of the request table?",
      "text row; text and table agree", alt=("1191", 1191))
    e("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
      "Huai'an's 2024 narrative mentions 46 disclosure lawsuits. If you add up the two litigation blocks of table 4 (direct suits and suits after reconsideration), what do you get?",
      "text and table agree", kind="sum", alt=("行政诉讼 46", 46))
    e("jx", "r.total_processed.total",
      "Jianxi District 2020 claims 15 requests were completed. Which number does row (7) 'total' of the request table show?",
      "text and table agree (办结 15)", alt=("办结15件", 15))
    e("sh19", by_cols("unable.not_held"),
      "The Shanghai General Office's 2019 narrative blames 265 refusals on not holding the information. Summing the 'not held by this agency' line across every applicant column, what does the table give?",
      "sum over the six columns (row total printed blank); text agrees", kind="sum",
      alt=("265件", 265))
    e("hz24", "r.received.total",
      "Hongze District 2024: the narrative speaks of 17 requests handled for the district government, but what is the new-requests total printed in table 3?",
      "text row; the text's 17 is a different count, the question asks the table")
    e("sy", APPEAL_TOTALS,
      "Shuyang County says it handled 74 reconsideration and litigation cases in 2025. Do the three totals in table 4 add up to that? Give the sum.",
      "text and table agree", kind="sum", alt=("74 件", 74))
    e("sh19", ["r.not_processed.%s" % c for c in H.COLS6],
      "Shanghai General Office 2019 narrative: 158 requests not processed. Check it against table 3 - summing the five not-processed sub-items over all applicant columns, what's the figure?",
      "sum of derived 不予处理 column keys; text agrees", kind="sum", alt=("不予处理158件", 158))
    return P


# ----------------------------------------------------------------------------- [combine]
def combine():
    n = "[combine] "
    P = []
    zs = lambda b, k, q, note, **kw: P.append(H.S("zh", b, k, q, n + note, **kw))  # noqa: E731
    es = lambda b, k, q, note, **kw: P.append(H.S("en", b, k, q, n + note, **kw))  # noqa: E731
    zd = lambda b1, b2, k, q, note, **kw: P.append(H.D("zh", b1, b2, k, q, n + note, **kw))  # noqa: E731
    ed = lambda b1, b2, k, q, note, **kw: P.append(H.D("en", b1, b2, k, q, n + note, **kw))  # noqa: E731
    # sums, zh
    zs("ha", ["r.granted.total", "r.partially_granted.total"],
       "淮安市2024年依申请公开，申请人多多少少拿到了信息的（全部公开的加上部分公开的）一共多少件？",
       "granted + partially granted")
    zs("sy", WITHHELD8,
       "沭阳县2025年各种不予公开的理由统统算上，一共拒绝公开了多少件？",
       "all eight 不予公开 sub-items")
    zs("ha", NOT_IN_FULL,
       "淮安2024年除了全部公开的以外，其他所有办理结果加在一块儿是多少件？",
       "everything not granted in full: 部分公开 + 不予公开 + 无法提供 + 不予处理 + 其他处理 (derived keys)")
    zs("ha", UNABLE3,
       "淮安市政府2024年无法提供信息的三种情形合计多少件",
       "the three 无法提供 sub-items")
    zs("ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
       "2024年淮安市的信息公开复议和诉讼里，结果被纠正的加起来一共几件？",
       "corrected across review and both litigation groups")
    zs("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
       "上海市府办2025年因为属于信访举报投诉、或者是重复申请而不予处理的，两类合计多少？",
       "text rows: petition + duplicate")
    zs("sh25", APPEAL_TOTALS,
       "2025年上海市政府办公厅因信息公开被复议、被起诉（含直接起诉和复议后起诉）的案件总共多少件？",
       "text row: the three appeals totals (the report notes they include carried-over cases)")
    zs("hz24", ["r.granted.total", "r.unable.not_held.total"],
       "洪泽区2024年予以公开的，和因为本机关不掌握而没法提供的，两项加起来是多少件？",
       "text rows: granted + not held")
    zs("sy", ["r.received.natural_person", "r.carried_over.natural_person"],
       "沭阳县2025年个人申请，本年新收的加上从2024年转过来的，一共多少件？",
       "natural persons: new + carried over; the text's 自然人申请 741 agrees",
       alt=("自然人申请 741", 741))
    zs("jx", ["r.granted.total", "r.unable.not_held.total"],
       "涧西区2020年予以公开的件数加上答复不掌握信息的件数是多少？",
       "granted + not held")
    zs("hz23", WITHHELD8,
       "洪泽区政府2023年以各种理由不予公开的申请合计有几件？",
       "all eight 不予公开 sub-items")
    zs("ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
       "淮安2024年不予处理里面，信访举报投诉类和重复申请这两类一共多少件",
       "two 不予处理 sub-items")
    zs("sh19", ["r.received.%s" % c for c in L.ORG_COLS],
       "上海市府办2019年新收申请中，来自各类企业、机构、组织（即自然人以外的所有申请人）的合计是多少？",
       "the five 法人或其他组织 columns of received")
    # sums, en
    es("sy", ["r.granted.total", "r.partially_granted.total"],
       "Shuyang 2025: in how many cases did the applicant walk away with at least some of the information they asked for?",
       "granted + partially granted")
    es("sy", NOT_IN_FULL,
       "For Shuyang County in 2025, count every request that did NOT end in full disclosure - partial, refused, unavailable, not processed, other. Total?",
       "everything not granted in full (derived keys)")
    es("sy", NOTPROC5,
       "Shuyang 2025: add up all five 'not processed' reasons in table 3.",
       "five 不予处理 sub-items")
    es("ha", OTHER3,
       "Huai'an 2024: the three lines under (6) 'other handling' combined?",
       "three 其他处理 sub-items")
    es("sy", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"],
       "How many of Shuyang County's 2025 reconsideration and court cases were still unresolved at year end, all three groups together?",
       "pending across the three groups")
    es("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
       "Shanghai General Office 2025: requests it couldn't fulfil either because it didn't hold the information or because it would have had to create it - combined figure?",
       "text rows: not held + needs creation")
    es("kw", ["r.received.total", "r.carried_over.total"],
       "Shanghai science commission, 2024: new requests plus those carried in from 2023 - how many did it have to deal with altogether?",
       "text rows: received + carried over")
    es("ha", ["r.received.commercial", "r.received.legal_services"],
       "Huai'an 2024: combined new requests from companies and from legal service firms?",
       "two applicant columns")
    es("ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
       "Across reconsideration and both kinds of lawsuit, how many Huai'an 2024 cases ended with the government's decision upheld?",
       "upheld across the three groups")
    es("hz23", UNABLE3,
       "Hongze District 2023 - total of the 'unable to provide' outcomes, all sub-reasons together?",
       "three 无法提供 sub-items")
    es("sh25", ["r.received.total", "r.carried_over.total"],
       "Shanghai General Office 2025: newly received requests plus those carried over from 2024 - combined caseload?",
       "text rows: received + carried over")
    es("sy", ["r.received.total", "r.carried_over.total"],
       "Shuyang 2025: table 3 rows one and two added together (new plus carried-over applications)?",
       "received + carried over; the text's 受理 749 agrees", alt=("749", 749))
    es("ha", WITHHELD8[4:],
       "Huai'an 2024: requests withheld as internal-affairs information, process information, enforcement files or administrative-query matters - those four grounds combined?",
       "four 不予公开 sub-items 5-8")
    # differences
    zd("hz23", "hz24", "c.licensing.decisions",
       "洪泽区行政许可处理决定数，2024年比2023年多了多少个？",
       "2024 (text row) minus 2023 (gold)")
    zd("hz23", "hz24", "r.unable.not_held.total",
       "洪泽区因“本机关不掌握相关政府信息”无法提供的申请，2023年到2024年增加了多少件？",
       "2024 (text row) minus 2023 (gold)")
    zd("sh19", "sh25", "r.received.total",
       "上海市政府办公厅新收信息公开申请，2025年和2019年相比多了多少件？",
       "2025 (text row) minus 2019 (gold); 2025 text agrees", alt=("1295", 1295))
    zd("sh19", "sh25", "r.carried_forward.total",
       "上海市府办结转下年度继续办理的申请，2019年和2025年相差多少件（2025减2019）？",
       "2025 (text row) minus 2019 (gold)")
    zd("hz23", "hz24", "c.fees.amount",
       "洪泽区行政事业性收费金额2024年比2023年变化了多少万元？",
       "2024 (text row) minus 2023 (gold), 万元, negative", **MONEY)
    ed("hz23", "hz24", "c.punishment.decisions",
       "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?",
       "2024 (text row) minus 2023 (gold), negative")
    ed("sh19", "sh25", "a.review.total",
       "Shanghai General Office: reconsideration cases over disclosure, 2019 versus 2025 - what's the increase?",
       "2025 (text row) minus 2019 (gold)")
    ed("sh19", "sh25", "r.received.natural_person",
       "How many more requests from individuals did the Shanghai General Office receive in 2025 than in 2019?",
       "2025 (text row) minus 2019 (gold)")
    ed("hz23", "hz24", "c.normative_docs.in_force",
       "Hongze District's stock of administrative normative documents in force: change between the 2023 and 2024 reports?",
       "2024 (text row) minus 2023 (gold)")
    ed("sh19", "sh25", "a.litigation_direct.total",
       "Direct lawsuits (no reconsideration first) against the Shanghai General Office: 2025 figure minus the 2019 figure?",
       "2025 (text row) minus 2019 (gold)")
    return P


# ----------------------------------------------------------------------------- [rank]
def rank():
    n = "[rank] "
    P = []
    z = lambda bs, k, o, q, note: P.append(H.R("zh", bs, k, o, q, n + note))  # noqa: E731
    e = lambda bs, k, o, q, note: P.append(H.R("en", bs, k, o, q, n + note))  # noqa: E731
    z(["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
      "淮安市政府2024年、沭阳县2025年、洪泽区2023年，三家比一比，哪家的行政许可处理决定最多？",
      "licensing decisions")
    z(["ha", "sy", "hz23", "jx"], "a.review.corrected", "desc",
      "复议被纠正的件数：淮安2024、沭阳2025、洪泽区2023、涧西区2020，哪家最多",
      "review corrected")
    z(["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
      "以“三类内部事务信息”为由不予公开的，淮安市2024年、沭阳县2025年、洪泽区2023年谁最多？",
      "不予公开 sub-item 5")
    z(["jx", "ha", "sh19", "hz23"], "r.carried_forward.total", "asc",
      "涧西区2020、淮安市2024、上海市府办2019、洪泽区2023这四份年报里，结转到下一年度继续办理的申请哪家最少？",
      "carried forward, ascending")
    z(["sh19", "sy", "jx"], "r.received.legal_person", "desc",
      "新收申请中法人或其他组织提交的合计：上海市政府办公厅2019年、沭阳县2025年、涧西区2020年，哪家最多？",
      "derived legal_person")
    z(["ha", "hz23", "sy"], "c.fees.amount", "asc",
      "行政事业性收费金额，淮安市2024年、洪泽区2023年、沭阳县2025年三者中哪个最低？",
      "fee amount, ascending")
    z(["ha", "sy", "hz23", "jx"], "a.litigation_after_review.upheld", "desc",
      "复议后起诉且结果维持的件数，淮安2024年、沭阳2025年、洪泽2023年、涧西2020年哪家排第一？",
      "after-review litigation upheld")
    e(["jx", "hz23", "sh19"], "r.received.total", "asc",
      "Which received the fewest new disclosure requests: Jianxi District in 2020, Hongze District in 2023, or the Shanghai General Office in 2019?",
      "received, ascending")
    e(["sy", "ha", "sh19"], "r.carried_over.total", "desc",
      "Shuyang 2025, Huai'an 2024 and the Shanghai General Office 2019 - which had the most applications carried over into its report year?",
      "carried over")
    e(["ha", "sy", "hz23"], "r.not_processed.petition.total", "desc",
      "Among Huai'an (2024), Shuyang (2025) and Hongze District (2023), who turned away the most requests as petitions/complaints?",
      "不予处理 sub-item 1")
    e(["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
      "Fewest administrative normative documents currently in force: Huai'an 2024, Shuyang 2025 or Hongze 2023?",
      "normative docs in force, ascending")
    e(["sy", "hz23", "jx"], "r.partially_granted.total", "desc",
      "Partial disclosures - rank Shuyang County (2025), Hongze District (2023) and Jianxi District (2020). Who did the most?",
      "partially granted")
    e(["sh19", "sy", "hz23", "jx"], "r.received.commercial", "desc",
      "New requests from commercial enterprises: Shanghai General Office 2019, Shuyang 2025, Hongze 2023, Jianxi 2020 - which body got the most?",
      "received 商业企业")
    return P


# ----------------------------------------------------------------------------- [followup]
def followup():
    n = "[followup] "
    P = []
    f = lambda lang, turns, note: P.append(H.F(lang, turns, n + note))  # noqa: E731
    f("zh", [("淮安市政府2024年信息公开行政复议结果维持的有几件？", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
             ("复议后起诉那一块维持的呢", E("ha", "a.litigation_after_review.upheld")),
             ("没经过复议直接起诉、结果维持的又是多少", E("ha", "a.litigation_direct.upheld"))],
      "appeals group switched twice")
    f("zh", [("沭阳县2025年为保护第三方合法权益不予公开的有几件", E("sy", "r.withheld.third_party.total")),
             ("淮安市2024年报里这个数是多少？", E("ha", "r.withheld.third_party.total"))],
      "body and year switched")
    f("zh", [("洪泽区2023年现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
             ("再看洪泽区2024年的报告呢？", E("hz24", "c.normative_docs.in_force")),
             ("2024年当年新制发了几件", E("hz24", "c.normative_docs.issued"))],
      "year switched (gold -> text row), then column")
    f("zh", [("上海市府办2019年新收信息公开申请多少件", E("sh19", "r.received.total", alt=("859件", 859))),
             ("2025年那份报告里呢？", E("sh25", "r.received.total", alt=("1295", 1295))),
             ("2022年的呢？", EU("上海市人民政府办公厅2022年的年报不在资料库中"))],
      "year switched twice; the last year is not held")
    f("zh", [("淮安2024年因本机关不掌握相关政府信息而无法提供的有多少件？", E("ha", "r.unable.not_held.total")),
             ("这里面自然人申请的占几件", E("ha", "r.unable.not_held.natural_person")),
             ("法律服务机构的呢", E("ha", "r.unable.not_held.legal_services"))],
      "column switched twice")
    f("zh", [("沭阳县2025年复议后又起诉的行政诉讼总计几件？", E("sy", "a.litigation_after_review.total")),
             ("其中结果维持的呢？", E("sy", "a.litigation_after_review.upheld"))],
      "outcome column switched")
    f("zh", [("涧西区2020年政府集中采购的项目数是多少", E("jx", "c.procurement.projects")),
             ("采购总金额呢，单位万元", E("jx", "c.procurement.amount", **MONEY))],
      "procurement: projects then amount")
    f("zh", [("上海市政府办公厅2025年上年结转的申请一共几件？", E("sh25", "r.carried_over.total", alt=("上年结转 189", 189))),
             ("自然人那一列是多少？", E("sh25", "r.carried_over.natural_person"))],
      "text rows; column switched")
    f("zh", [("上海科委2024年行政许可处理决定数量是多少？", E("kw", "c.licensing.decisions")),
             ("行政处罚的呢", E("kw", "c.punishment.decisions"))],
      "text rows; row switched")
    f("zh", [("淮安市2024年表二行政事业性收费金额多少万元？", E("ha", "c.fees.amount", **MONEY)),
             ("沭阳县2025年同样这一格呢", E("sy", "c.fees.amount", **MONEY))],
      "body and year switched")
    f("zh", [("沭阳2025年信访举报投诉类不予处理的有几件", E("sy", "r.not_processed.petition.total")),
             ("重复申请呢？", E("sy", "r.not_processed.duplicate.total")),
             ("那沭阳2024年的重复申请有几件？", EU("沭阳县2024年的年报不在资料库中"))],
      "row switched, then a year not held")
    f("zh", [("洪泽区2024年行政复议总计几件", E("hz24", "a.review.total")),
             ("复议后起诉的总数呢", E("hz24", "a.litigation_after_review.total"))],
      "text rows; appeals group switched")
    f("zh", [("上海市府办2019年规范性文件对外公开总数量是多少", E("sh19", "c.normative_docs.total_published")),
             ("规章的这一列呢", E("sh19", "c.regulations.total_published"))],
      "row switched, 2019 format")
    f("en", [("Huai'an 2024: how many requests were dropped because the applicant didn't supply corrections in time?",
              E("ha", "r.other.overdue_correction.total")),
             ("And the ones dropped because the fee wasn't paid on time?", E("ha", "r.other.overdue_fee.total"))],
      "其他处理 sub-item switched")
    f("en", [("Shuyang 2025 - reconsideration cases that upheld the original decision?", E("sy", "a.review.upheld")),
             ("Same box in Huai'an's 2024 report?", E("ha", "a.review.upheld", alt=("结果维持 72", 72)))],
      "body and year switched; Huai'an text agrees")
    f("en", [("Shanghai General Office 2025: reconsideration cases still pending?", E("sh25", "a.review.pending")),
             ("And direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending"))],
      "text rows; appeals group switched")
    f("en", [("Hongze District 2023: how many requests got a partial disclosure?", E("hz23", "r.partially_granted.total")),
             ("What about requests where the district said it didn't hold the information?",
              E("hz23", "r.unable.not_held.total")),
             ("And for that same outcome in Hongze's 2024 report?", E("hz24", "r.unable.not_held.total"))],
      "row switched, then year (text row)")
    f("en", [("Jianxi District 2020: requests granted in full?", E("jx", "r.granted.total")),
             ("For the Shanghai General Office in 2019, natural-person applicants only, same outcome?",
              E("sh19", "r.granted.natural_person"))],
      "body, year and column switched (Shanghai 2019 row total printed blank)")
    f("en", [("Huai'an 2024: partial disclosures to commercial enterprises?", E("ha", "r.partially_granted.commercial")),
             ("And to legal service institutions?", E("ha", "r.partially_granted.legal_services"))],
      "column switched")
    f("en", [("Shuyang County 2025 - administrative penalty decisions?", E("sy", "c.punishment.decisions")),
             ("How about Huai'an in 2024?", E("ha", "c.punishment.decisions"))],
      "body and year switched")
    f("en", [("Shanghai science commission 2024: requests granted in full?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
             ("How many requests had been carried over into 2024 from 2023?", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2)))],
      "text rows; row switched; text agrees")
    f("en", [("Shanghai General Office 2019: requests carried forward into 2020?", E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
             ("And in the 2025 report?", E("sh25", "r.carried_forward.total"))],
      "year switched (gold -> text row)")
    f("en", [("Huai'an 2024: lawsuits filed directly without reconsideration, total?", E("ha", "a.litigation_direct.total")),
             ("How did Shuyang's 2025 report fill the same box?", E("sy", "a.litigation_direct.total")),
             ("And Shuyang in 2023?", EU("沭阳县2023年的年报不在资料库中"))],
      "body switched, then a year not held")
    f("en", [("Hongze District 2024: administrative coercion decisions?", E("hz24", "c.coercion.decisions")),
             ("And in 2023?", E("hz23", "c.coercion.decisions"))],
      "year switched (text row -> gold)")
    f("en", [("Shuyang 2025: new requests from natural persons?", E("sy", "r.received.natural_person")),
             ("Of the applications carried over from 2024, how many were from individuals?",
              E("sy", "r.carried_over.natural_person"))],
      "row switched")
    f("en", [("Jianxi District 2020: direct lawsuits, total?", E("jx", "a.litigation_direct.total")),
             ("Is Jianxi's 2021 report in your collection too - what was that figure in 2021?",
              EU("涧西区2021年的年报不在资料库中"))],
      "a year not held")
    return P


# ----------------------------------------------------------------------------- [textonly]
def textonly():
    n = "[textonly] "
    P = []
    z = lambda b, kw, v, u, q, note, frm=None: P.append(H.N("zh", b, kw, v, u, q, n + note, frm=frm))  # noqa: E731
    e = lambda b, kw, v, u, q, note, frm=None: P.append(H.N("en", b, kw, v, u, q, n + note, frm=frm))  # noqa: E731
    z("ha", "全覆盖检查", 4, "次",
      "淮安市2024年组织了几次政府信息公开栏目的全覆盖检查？", "checks of the disclosure columns")
    z("sy", "过期信息697", 697, "条",
      "沭阳县2025年清理了多少条过期信息？", "outdated items removed")
    z("sy", "争议纠纷 33", 33, "件",
      "沭阳2025年通过办前沟通化解了多少件争议纠纷", "disputes resolved")
    z("sy", "专栏33", 33, "个",
      "沭阳县2025年政务新媒体开设了多少个专栏？", "new-media columns")
    z("kw", "政协提案 85", 85, "件",
      "上海市科委2024年主办、合办的政协提案办理复文公开了多少件", "CPPCC proposals")
    z("sh25", "发布审查 330", 330, "件",
      "上海市政府办公厅2025年做了多少件公文发布审查？", "publication reviews", frm="全年完成")
    z("sh19", "2261项", 2261, "项",
      "上海市政府办公厅2019年报提到，“一网通办”统一受理平台接入了多少项事项？", "service items on the one-stop platform")
    z("hz24", "常务会议 7", 7, "期",
      "洪泽区2024年公开了几期政府常务会议？", "executive meetings published")
    z("sh25", "撤回 157", 157, "件",
      "上海市府办2025年其他处理的申请里，申请人自己主动撤回的有多少件？", "withdrawn requests")
    z("hz23", "1136", 1136, "条",
      "洪泽区2023年在政府网站平台主动公开了多少条政府信息", "portal items")
    e("sy", "错误信息83", 83, "处",
      "Shuyang's 2025 website clean-up: leaving aside the sloppy wording and the dead links, how many pieces of erroneous information were corrected?", "website errors corrected")
    e("kw", "121 条", 121, "条",
      "How many policies did the Shanghai science commission push out in batches through integrated release in 2024?", "integrated policy releases")
    e("kw", "原创文章 294", 294, "篇",
      "Shanghai science commission's WeChat account in 2024 - how many original articles?", "original WeChat articles")
    e("sh25", "243 件", 243, "件",
      "According to the Shanghai General Office's 2025 report, how many documents did the municipal government gazette carry?", "gazette documents")
    e("sh25", "16 个区", 16, "个",
      "The Shanghai General Office's 2025 report: how many districts had put their government gazette online in digital form?", "districts with digital gazettes")
    e("sh19", "112件", 112, "件",
      "Per the Shanghai General Office's 2019 annual report, how many regulations, normative documents and the like did the government gazette carry in 2019?", "gazette items")
    e("jx", "21个领域", 21, "个",
      "Jianxi District 2020: the 601 disclosure items it sorted out fall into how many fields?", "fields of the item list",
      frm="对照省、市")
    e("ha", "政务新媒体共计 95", 95, "个",
      "How many government new-media accounts was Huai'an operating according to its 2024 report?", "new-media accounts")
    e("sy", "办前主动沟通 49", 49, "次",
      "Shuyang 2025: how many times did staff reach out to applicants proactively before handling a request?", "pre-handling contacts")
    return P


# ----------------------------------------------------------------------------- [neighbour]
def neighbour():
    n = "[neighbour] "
    P = []
    z = lambda b, k, q, note, **kw: P.append(H.T("zh", b, k, q, n + note, **kw))  # noqa: E731
    e = lambda b, k, q, note, **kw: P.append(H.T("en", b, k, q, n + note, **kw))  # noqa: E731
    z("ha", "a.litigation_after_review.total",
      "淮安市2024年，先申请复议、对复议结果不服再起诉的行政诉讼总共几件？",
      "复议后起诉 20, not 直接起诉 26")
    z("sy", "r.carried_forward.total",
      "沭阳2025年没办完、要留到2026年接着办的申请有几件",
      "结转下年度 31, not 上年结转 36; text agrees", alt=("结转下一年 31", 31))
    z("ha", "r.unable.needs_creation.total",
      "淮安2024年，政府手里有相关材料、但没有现成信息需要另行制作的，有几件？",
      "另行制作 11, not 不掌握 769")
    z("sy", "r.withheld.process_info.total",
      "沭阳县2025年属于四类过程性信息不予公开的有多少件",
      "过程性信息 2, not 内部事务 13")
    z("ha", "r.withheld.admin_query.total",
      "淮安市政府2024年以属于行政查询事项为由不予公开的有几件？",
      "行政查询事项 105, not 行政执法案卷 9")
    z("ha", "r.unable.unclear.total",
      "淮安2024年补正以后申请内容依然不明确、因而无法提供的有几件",
      "补正后仍不明确 1, not 逾期不补正 71")
    z("sy", "r.other.overdue_fee.total",
      "沭阳县2025年因为申请人没按收费通知按时缴费而不再处理的申请数",
      "逾期未缴费 7, not 逾期不补正 9")
    z("ha", "r.not_processed.duplicate.total",
      "淮安市2024年重复申请被不予处理的有多少件",
      "重复申请 25, not 信访举报投诉 62")
    z("sh19", "c.procurement.projects",
      "上海市府办2019年政府集中采购了几个项目？",
      "采购项目数 6, not 金额 251000元")
    z("sy", "c.normative_docs.issued",
      "沭阳县2025年当年新制发的行政规范性文件有几件",
      "本年制发 6, not 现行有效 32")
    z("hz23", "c.coercion.decisions",
      "洪泽区2023年行政强制方面作出了多少个处理决定",
      "行政强制 195, not 行政处罚 4119")
    z("ha", "r.received.other_org",
      "淮安市2024年新收申请里，申请人属于法人或其他组织中“其他”这一类的有几件？",
      "received 其他 (organisation column) 4, not （六）其他处理")
    z("ha", "c.fees.amount",
      "淮安市2024年主动公开表里行政事业性收费金额是多少？",
      "table 二 fee 96171.6 万元, not the 3940 元 information-processing fee", **MONEY)
    e("sy", "r.partially_granted.total",
      "Shuyang County 2025: how many requests were answered with partial disclosure?",
      "部分公开 101, not 予以公开 294")
    e("ha", "r.withheld.security_stability.total",
      "Huai'an 2024: refusals on the ground that disclosure would endanger national, public or economic security or social stability?",
      "三安全一稳定 5, not 第三方 6")
    e("ha", "r.withheld.prohibited_by_law.total",
      "Huai'an 2024: requests refused because some other law or administrative regulation forbids disclosure?",
      "其他法律行政法规禁止 31, not 国家秘密 2")
    e("ha", "r.not_processed.reconfirm.total",
      "How many Huai'an 2024 applicants asked the government to confirm or re-issue information they already had, and were turned down for that reason?",
      "确认或重新出具 1, not 重复申请 25")
    e("sh25", "r.unable.needs_creation.total",
      "Shanghai General Office 2025: requests it could not meet because no ready-made information existed and it would have to be compiled?",
      "text row: 另行制作 48, not 不掌握 513")
    e("sh25", "a.litigation_direct.pending",
      "Shanghai General Office 2025: lawsuits filed directly in court that were still undecided?",
      "text row: 直接起诉 尚未审结 6, not 复议 尚未审结 5")
    e("kw", "r.received.natural_person",
      "Shanghai science commission 2024: new requests from private citizens (not companies)?",
      "text row: 自然人 32, not 总计 34")
    e("sy", "r.total_processed.total",
      "Shuyang 2025: how many requests did the county actually finish handling during the year (row 7 of table 3)?",
      "办理总计 718, not 新收 713; text agrees", alt=("共办理 718", 718))
    e("ha", "c.regulations.in_force",
      "How many municipal government regulations (规章, not normative documents) were in force in Huai'an per its 2024 report?",
      "规章 现行有效 11, not 行政规范性文件 66")
    e("sy", "a.review.pending",
      "Shuyang 2025: reconsideration cases that had not yet been concluded?",
      "尚未审结 15, not 维持 27")
    e("hz24", "c.normative_docs.in_force",
      "Hongze District 2024: how many administrative normative documents were still valid at the end of the year?",
      "text row: 现行有效 8, not 制发 3")
    e("sh25", "r.carried_forward.total",
      "Shanghai General Office 2025: requests left open and rolled over into 2026?",
      "text row: 结转下年度 293, not 上年结转 189")
    e("sh19", "c.normative_docs.published",
      "Shanghai General Office 2019: normative documents newly published during 2019 (not the cumulative total)?",
      "本年新公开 60, not 对外公开总数量 368; text agrees", alt=("行政规范性文件60件", 60))
    return P


# ----------------------------------------------------------------------------- [cannot]
def cannot():
    n = "[cannot] "
    P = []
    z = lambda q, why: P.append(H.U("zh", q, why, n + why))  # noqa: E731
    e = lambda q, why: P.append(H.U("en", q, why, n + why))  # noqa: E731
    z("淮安市2024年那3119件申请里，男性和女性申请人各占多少？", "sex of applicants is not reported")
    z("沭阳县2025年的信息公开申请主要是哪些领域的？征地拆迁类有多少件？", "topic breakdown is not reported")
    z("淮安市2024年各县区各自收到了多少件信息公开申请？", "breakdown by county/district is not printed")
    z("洪泽区2023年平均每件申请用了多少个工作日答复？", "response times are not reported")
    z("南京市政府2024年收到多少件政府信息公开申请？", "南京市 is not in the collection")
    z("宿迁市政府2025年信息公开行政复议被纠错了几件？", "宿迁市 is not in the collection")
    z("淮安市2023年新收的政府信息公开申请是多少件？", "淮安市 2023 report is not held")
    z("上海市政府办公厅2022年新收了多少件申请？", "上海市府办 2022 report is not held")
    z("沭阳县2025年每万名常住人口提交了多少件信息公开申请？", "per-capita rate: population is not in the report")
    z("淮安市2024年复议结果被纠正的那64件，主要是因为什么被纠正的？", "reasons for the corrections are not stated")
    z("洪泽区2024年那95件新收申请，有多少是网上提交、多少是信函寄来的？", "submission channel is not reported")
    z("淮安市2024年信息公开行政诉讼的败诉率和全国平均水平比起来是高还是低？", "national average is not in the collection")
    z("涧西区政府办2020年有几名专职人员负责信息公开工作？", "staff numbers are not stated")
    z("上海市府办2025年信息公开申请量比2024年增长了百分之几？", "the 2024 report is not held and the percentage is not stated")
    z("沭阳县2025年政务公开工作经费一共花了多少钱？", "costs are not reported")
    z("淮安市2024年每个月收到的申请数分别是多少，哪个月最多？", "monthly breakdown is not printed")
    z("洪泽区2023年不予公开的那几件申请分别是哪个部门办的？", "department breakdown is not printed")
    z("上海市府办2019年的申请人里外省市居民占了多大比例？", "residence of applicants is not reported")
    z("浦东新区2024年政府信息公开年报新收了多少件申请？", "浦东新区 is not in the collection")
    z("沭阳县2025年答复“不掌握相关政府信息”的那些申请，后来有多少转给了别的机关去办？", "onward referrals are not counted in the report")
    z("淮安市2025年的年报里新收申请是多少？", "淮安市 2025 report is not held")
    z("涧西区2020年那17件申请的申请人年龄是怎么分布的？", "age of applicants is not reported")
    z("上海科委2024年申请人对答复结果的满意率是多少？", "satisfaction rate is not stated")
    z("洪泽区2024年关停整合了几个政务新媒体账号？", "the report gives no number of closed accounts")
    z("清江浦区2024年政府信息公开行政复议有多少件？", "清江浦区 is not in the collection")
    z("淮安市2024年依申请公开的按期答复率在江苏全省排第几？", "provincial ranking is not in the collection")
    e("What share of Huai'an's 2024 requests were answered within ten working days?", "response-time shares are not reported")
    e("How many of Shuyang's 2025 applicants lived outside Jiangsu province?", "residence of applicants is not reported")
    e("How many disclosure requests did Suzhou city government receive in 2024?", "苏州市 is not in the collection")
    e("What was Hongze District's number of new disclosure requests in 2022?", "洪泽区 2022 report is not held")
    e("Which decisions were being challenged in the Shanghai General Office's 55 reconsideration cases of 2025, and why did applicants appeal?", "subjects and reasons of the appeals are not stated")
    e("Per 100,000 residents, how many disclosure requests did Huai'an receive in 2024?", "per-capita rate: population is not in the report")
    e("How many of Jianxi District's 17 requests in 2020 were about land acquisition and demolition?", "topic breakdown is not reported")
    e("How many new disclosure requests did the Shanghai science commission receive in 2023?", "上海市科委 2023 report is not held")
    e("What percentage of Shuyang's 2025 requests were submitted online?", "submission channel is not reported")
    e("How much money did Huai'an spend on government information disclosure work in 2024?", "costs are not reported")
    e("Which township in Hongze District generated the most disclosure requests in 2023?", "township breakdown is not printed")
    e("How many disclosure requests did the Beijing municipal government's general office receive in 2019?", "北京市 is not in the collection")
    e("How many staff at the Shanghai General Office handle disclosure requests (2025 report)?", "staff numbers are not stated")
    e("What was the average time the Shanghai science commission took to answer a request in 2024?", "response times are not reported")
    e("Which industries were the commercial-enterprise applicants to Huai'an in 2024 from?", "industry breakdown is not reported")
    e("What's your forecast for the number of requests Shuyang County will receive in 2026?", "forecasts are not in the reports")
    e("Was Huai'an's 2024 rate of reconsideration decisions that were corrected above the Jiangsu provincial average?", "provincial average is not in the collection")
    e("What percentage of Hongze District's 2024 applicants were women?", "sex of applicants is not reported")
    e("In 2019, how many requests to the Shanghai General Office were filed in person at a counter rather than online?", "submission channel is not reported")
    e("Give me the name and phone number of whoever filed the reconsideration against the Shanghai science commission in 2024.", "personal data is not in the reports")
    e("How many disclosure requests per disclosure officer did Huai'an handle in 2024?", "staff numbers are not stated, so no per-officer rate")
    e("How many requests did Shuyang County receive in its 2024 report?", "沭阳县 2024 report is not held")
    e("How does Huai'an's 2024 request volume compare with Lianyungang's in the same year?", "连云港市 is not in the collection")
    e("Which Huai'an municipal department received the most disclosure requests in 2024?", "department breakdown is not printed")
    e("In Hongze's 2024 report, what share of the administrative licensing decisions were approvals rather than rejections?", "licensing outcomes are not broken down")
    e("Of the requests the Shanghai General Office says applicants withdrew in 2025, how many were withdrawn after a phone call from staff?", "reasons/circumstances of withdrawal are not stated")
    return P


def CONVERSATIONS():
    out = []
    for part in (plain, check, combine, rank, followup, textonly, neighbour, cannot):
        out.extend(part())
    return out
