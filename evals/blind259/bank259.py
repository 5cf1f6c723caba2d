"""Question bank of blind evaluation set 259 (evals/blind259): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Only keys, bodies, keywords and wordings are written here; every expected value is computed by
helpers259.py from /work/shared/corpus/gold/*.json, from the printed rows of the three reports
without gold (SPECS below: the same 42 cells, with the same specs, that blind6's
text_cells.json verified), or from a sentence cut out of the report text.

Mix tags (the note of every conversation opens with one):
  [plain] value, [combine] sum / difference, [check] value / sum (consistency questions),
  [rank] ranking, [followup] followup, [textonly] narrative, [cannot] unanswerable,
  [neighbour] trap.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import helpers259 as H  # noqa: E402
from helpers259 import C, D, E, ED, EN, EU, F, N, R, S, TN, U, V, cols  # noqa: E402,F401

L = H.L

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


def W8(col="total"):
    """The eight 不予公开 sub-items of one column."""
    return ["r.withheld.%s.%s" % (s, col) for s in L.WITHHELD]


def U3(col="total"):
    """The three 无法提供 sub-items of one column."""
    return ["r.unable.%s.%s" % (s, col) for s in L.UNABLE]


def NP5(col="total"):
    """The five 不予处理 sub-items of one column."""
    return ["r.not_processed.%s.%s" % (s, col) for s in L.NOT_PROCESSED]


def O3(col="total"):
    """The three 其他处理 sub-items (2021 format) of one column."""
    return ["r.other.%s.%s" % (s, col) for s in L.OTHER21]


def ORGS(row):
    """The five 法人或其他组织 columns of a requests row."""
    return ["r.%s.%s" % (row, c) for c in L.ORG_COLS]


APPEAL_TOTALS = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]



# ---------------------------------------------------------------- [plain] one cell, precise wording
def P(lang, b, key, q, what, **kw):
    return V(lang, b, key, q, "[plain] " + what, **kw)


def PLAIN():
    return [
        # 淮安市人民政府 2024
        P("zh", "ha", "a.review.corrected",
          "淮安市政府2024年被申请信息公开行政复议的案子里，复议机关最后给出“结果纠正”的是多少件？",
          "复议 结果纠正"),
        P("en", "ha", "a.litigation_after_review.pending",
          "Huai'an municipal government, 2024 report: of the lawsuits filed after a reconsideration "
          "decision, how many had still not been decided when the year closed?",
          "复议后起诉 尚未审结"),
        P("zh", "ha", "r.withheld.admin_query.total",
          "淮安2024年以“属于行政查询事项”为由不予公开的申请，总共几件？",
          "不予公开 8.行政查询事项 总计"),
        P("en", "ha", "r.other.overdue_fee.total",
          "How many Huai'an applications in 2024 were closed because the applicant ignored the fee "
          "notice and never paid?",
          "其他处理 2.逾期未缴费 总计"),
        P("zh", "ha", "r.received.legal_services",
          "2024年淮安市人民政府新收的信息公开申请中，律所这类法律服务机构递交的有多少件？",
          "新收 法律服务机构"),
        P("en", "ha", "c.normative_docs.repealed",
          "Number of administrative normative documents that Huai'an city abolished during 2024?",
          "行政规范性文件 本年废止件数"),
        P("zh", "ha", "r.not_processed.reconfirm.total",
          "淮安市2024年因为申请人要求行政机关确认或者重新出具已获取信息、结果不予处理的，有几件",
          "不予处理 5.要求确认或重新出具 总计"),
        P("en", "ha", "r.unable.unclear.total",
          "Huai'an, 2024: requests the city couldn't answer because the wording was still unclear even "
          "after the applicant had been asked to fix it. How many?",
          "无法提供 3.补正后仍不明确 总计"),
        P("zh", "ha", "r.partially_granted.commercial",
          "淮安市政府2024年年报里，商业企业提出的申请被部分公开的有多少件？",
          "部分公开 商业企业"),
        P("en", "ha", "a.litigation_direct.other",
          "In the Huai'an 2024 appeals table, lawsuits brought straight to court with no "
          "reconsideration first that ended in an 'other' result: what's the number?",
          "直接起诉 其他结果"),
        P("zh", "ha", "r.withheld.security_stability.total",
          "2024年淮安以危及“三安全一稳定”为由拒绝公开的申请数量是多少？",
          "不予公开 3.三安全一稳定 总计"),
        P("en", "ha", "c.coercion.decisions",
          "What figure does Huai'an's 2024 report give for administrative coercion decisions?",
          "行政强制 本年处理决定数量"),
        P("zh", "ha", "r.other.other.natural_person",
          "淮安2024年表三“其他处理”下面第3小项“其他”，自然人那一栏填的是多少",
          "其他处理 3.其他 自然人"),
        P("en", "ha", "r.received.other_org",
          "For Huai'an 2024, how many new requests came from organisations in the residual 'other' "
          "category, i.e. not companies, research institutes, public-interest groups or legal service "
          "firms?",
          "新收 其他（法人或其他组织）"),
        # 沭阳县人民政府 2025
        P("zh", "sy", "a.review.pending",
          "沭阳县政府2025年涉及信息公开的行政复议，截至年底尚未审结的有几件？",
          "复议 尚未审结"),
        P("en", "sy", "r.withheld.internal_affairs.total",
          "Shuyang County government 2025: how many requests were refused on the ground that the "
          "material was internal affairs information?",
          "不予公开 5.三类内部事务信息 总计"),
        P("zh", "sy", "r.other.overdue_correction.total",
          "沭阳县2025年申请人无正当理由逾期不补正、行政机关因此不再处理的申请有多少件？",
          "其他处理 1.逾期不补正 总计"),
        P("en", "sy", "r.not_processed.duplicate.commercial",
          "Shuyang 2025: duplicate applications from commercial enterprises that were not processed. "
          "How many?",
          "不予处理 2.重复申请 商业企业"),
        P("zh", "sy", "c.normative_docs.in_force",
          "截至2025年末，沭阳县现行有效的行政规范性文件一共多少件？",
          "行政规范性文件 现行有效件数"),
        P("en", "sy", "a.litigation_after_review.other",
          "Shuyang County, 2025: lawsuits that came after a reconsideration and closed with an "
          "'other' outcome?",
          "复议后起诉 其他结果"),
        P("zh", "sy", "r.granted.legal_services",
          "沭阳县政府2025年对法律服务机构提出的申请予以公开了多少件",
          "予以公开 法律服务机构"),
        P("en", "sy", "c.fees.amount",
          "What amount of administrative fees did Shuyang County collect in 2025, going by table 2 of "
          "its disclosure report?",
          "行政事业性收费 本年收费金额（万元）", unit="万元"),
        P("zh", "sy", "r.withheld.enforcement_files.total",
          "2025年沭阳以“属于行政执法案卷”为由不公开的申请有几件？",
          "不予公开 7.行政执法案卷 总计"),
        P("en", "sy", "r.unable.needs_creation.total",
          "In 2025, how many Shuyang requests got the answer that no ready-made information existed "
          "and it would have to be newly produced?",
          "无法提供 2.需另行制作 总计"),
        P("zh", "sy", "a.review.other",
          "沭阳县2025年信息公开类复议案件中，以“其他结果”了结的有多少件？",
          "复议 其他结果"),
        P("en", "sy", "r.partially_granted.legal_services",
          "Shuyang County 2025: partial disclosures made to legal service institutions?",
          "部分公开 法律服务机构"),
        P("zh", "sy", "r.not_processed.petition.total",
          "沭阳县2025年有多少申请被认定为信访举报投诉类而不予处理？",
          "不予处理 1.信访举报投诉类 总计"),
        # 上海市人民政府办公厅 2019 (2019 format; outcome-row totals printed blank: columns only)
        P("zh", "sh19", "c.procurement.amount",
          "上海市政府办公厅2019年年报里政府集中采购的总金额是多少？",
          "政府集中采购 采购总金额（251000元 = 25.1万元）", unit="万元"),
        P("en", "sh19", "c.regulations.total_published",
          "General Office of the Shanghai Municipal Government, 2019 report: the cumulative number "
          "of government regulations published to the public?",
          "规章 对外公开总数量"),
        P("zh", "sh19", "r.unable.needs_creation.natural_person",
          "2019年上海市政府办公厅答复自然人“没有现成信息、需要另行制作”的有多少件",
          "无法提供 2.需另行制作 自然人"),
        P("en", "sh19", "r.withheld.state_secret.natural_person",
          "Shanghai General Office, 2019: requests from individuals that were refused because the "
          "information was a state secret?",
          "不予公开 1.国家秘密 自然人"),
        P("zh", "sh19", "a.litigation_direct.pending",
          "上海市政府办公厅2019年年报表四里，未经复议直接起诉的信息公开诉讼有几件还没审结？",
          "直接起诉 尚未审结 (table; the text says 诉讼9件均获维持)"),
        P("en", "sh19", "r.received.commercial",
          "How many new disclosure applications did commercial enterprises file with the Shanghai "
          "municipal government's general office in 2019?",
          "新收 商业企业"),
        P("zh", "sh19", "c.normative_docs.total_published",
          "上海市政府办公厅2019年表二中规范性文件的对外公开总数量是多少？",
          "规范性文件 对外公开总数量"),
        P("en", "sh19", "r.not_processed.duplicate.commercial",
          "Shanghai General Office 2019: repeat applications from businesses that it declined to "
          "process?",
          "不予处理 2.重复申请 商业企业"),
        P("zh", "sh19", "r.unable.unclear.natural_person",
          "2019年上海市政府办公厅收到的自然人申请中，补正后内容仍不明确、无法提供的有多少件？",
          "无法提供 3.补正后仍不明确 自然人"),
        # 洪泽区人民政府 2023
        P("zh", "hz23", "c.fees.amount",
          "洪泽区政府2023年行政事业性收费金额是多少？",
          "行政事业性收费 本年收费金额（万元）", unit="万元"),
        P("en", "hz23", "r.withheld.process_info.total",
          "Hongze District 2023: how many requests were withheld as process (deliberative) "
          "information?",
          "不予公开 6.四类过程性信息 总计"),
        P("zh", "hz23", "r.unable.needs_creation.total",
          "2023年洪泽区因为没有现成信息、需要另行制作而无法提供的有几件",
          "无法提供 2.需另行制作 总计"),
        P("en", "hz23", "c.normative_docs.repealed",
          "How many administrative normative documents did Hongze District repeal in 2023?",
          "行政规范性文件 本年废止件数"),
        P("zh", "hz23", "r.withheld.state_secret.total",
          "洪泽区人民政府2023年以属于国家秘密为由不予公开的申请数量",
          "不予公开 1.国家秘密 总计"),
        P("en", "hz23", "a.litigation_after_review.upheld",
          "Hongze District government 2023: lawsuits filed after reconsideration where the result "
          "was upheld?",
          "复议后起诉 结果维持 (its 总计 is printed 0)"),
        P("zh", "hz23", "c.coercion.decisions",
          "洪泽区2023年行政强制的处理决定有多少个？",
          "行政强制 本年处理决定数量"),
        P("en", "hz23", "r.partially_granted.total",
          "Partial disclosures by the Hongze District government in 2023: how many?",
          "部分公开 总计"),
        # 涧西区人民政府办公室 2020 (2019 format)
        P("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年政府集中采购的项目数量是多少？",
          "政府集中采购 采购项目数量"),
        P("en", "jx", "c.procurement.amount",
          "Jianxi District government office, 2020: total value of its centralised government "
          "procurement?",
          "政府集中采购 采购总金额（万元）", unit="万元"),
        P("zh", "jx", "c.normative_docs.total_published",
          "涧西区人民政府办公室2020年规范性文件的对外公开总数量是几件？",
          "规范性文件 对外公开总数量"),
        P("en", "jx", "a.litigation_after_review.upheld",
          "Jianxi District 2020: lawsuits brought after a reconsideration in which the office's "
          "decision was upheld. How many?",
          "复议后起诉 结果维持"),
        P("zh", "jx", "r.unable.not_held.total",
          "涧西区政府办2020年有几件申请因本机关不掌握相关信息而无法提供？",
          "无法提供 1.本机关不掌握 总计"),
        P("en", "jx", "c.licensing.decisions",
          "In the 2020 report of the Jianxi District government office, what number is given for "
          "administrative licensing decisions?",
          "行政许可 处理决定数量 (2019 format)"),
        P("zh", "jx", "r.granted.natural_person",
          "2020年涧西区政府办对个人申请予以公开的有几件？",
          "予以公开 自然人"),
        # 淮安市洪泽区人民政府 2024 (no gold: printed rows)
        P("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年作出的行政许可决定有多少件？",
          "行政许可 本年处理决定数量 (text row)"),
        P("en", "hz24", "r.unable.not_held.total",
          "Hongze District 2024: requests answered with 'this agency does not hold the information'?",
          "无法提供 1.本机关不掌握 总计 (text row)"),
        P("zh", "hz24", "a.litigation_after_review.total",
          "2024年洪泽区政府经复议后又被起诉的信息公开行政诉讼，一共几件？",
          "复议后起诉 总计 (text row)"),
        P("en", "hz24", "c.fees.amount",
          "What administrative fee income does Hongze District's 2024 table show?",
          "行政事业性收费 本年收费金额（万元） (text row)", unit="万元"),
        P("zh", "hz24", "c.punishment.decisions",
          "淮安市洪泽区政府2024年行政处罚决定数量是多少",
          "行政处罚 本年处理决定数量 (text row)"),
        P("en", "hz24", "c.normative_docs.in_force",
          "Hongze District: number of administrative normative documents in force at the end of 2024?",
          "行政规范性文件 现行有效件数 (text row)"),
        # 上海市科学技术委员会 2024 (no gold: printed rows)
        P("en", "kw", "c.licensing.decisions",
          "Shanghai Science and Technology Commission, 2024: how many administrative licensing "
          "decisions did it make?",
          "行政许可 本年处理决定数量 (text row)"),
        P("zh", "kw", "r.received.commercial",
          "上海市科委2024年新收申请中，来自商业企业的有几件？",
          "新收 商业企业 (text row)"),
        P("en", "kw", "c.normative_docs.in_force",
          "How many of the Shanghai science commission's normative documents were currently valid "
          "according to its 2024 report?",
          "规范性文件 现行有效件数 (text row)"),
        P("zh", "kw", "c.punishment.decisions",
          "上海市科学技术委员会2024年作出的行政处罚决定有几件？",
          "行政处罚 本年处理决定数量 (text row)"),
        P("en", "kw", "r.received.natural_person",
          "Of the Shanghai science commission's new requests in 2024, how many were filed by private "
          "individuals?",
          "新收 自然人 (text row)"),
        # 上海市人民政府办公厅 2025 (no gold: printed rows)
        P("zh", "sh25", "a.litigation_direct.pending",
          "上海市政府办公厅2025年直接起诉（没走复议）的信息公开案件中，尚未审结的有几件？",
          "直接起诉 尚未审结 (text row)"),
        P("en", "sh25", "r.not_processed.duplicate.total",
          "Shanghai General Office 2025: how many repeat applications were rejected without being "
          "processed?",
          "不予处理 2.重复申请 总计 (text row)"),
        P("zh", "sh25", "r.unable.needs_creation.total",
          "2025年上海市府办以“没有现成信息需要另行制作”答复无法提供的有多少件？",
          "无法提供 2.需另行制作 总计 (text row)"),
        P("en", "sh25", "a.review.pending",
          "Shanghai municipal government general office, 2025: reconsideration cases still pending?",
          "复议 尚未审结 (text row; 含上年度结转)"),
        P("zh", "sh25", "r.carried_over.legal_services",
          "上海市政府办公厅2025年从2024年结转过来的申请中，法律服务机构的有几件？",
          "上年结转 法律服务机构 (text row)"),
        P("en", "sh25", "r.received.commercial",
          "In 2025, how many new requests did commercial enterprises submit to the Shanghai General "
          "Office?",
          "新收 商业企业 (text row)"),
    ]


# ---------------------------------------------------------------- [combine] sums and differences
def SM(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def DF(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference %s-%s: %s" % (
        L.BODIES[b1][1], L.BODIES[b2][1], what), **kw)


def NOT_IN_FULL(b):
    """Every outcome except （一）予以公开 (2021 format with three （六） sub-items)."""
    return ["r.partially_granted.total"] + W8() + U3() + NP5() + O3()


def COMBINE():
    return [
        SM("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
           "淮安市政府2024年办结的申请里，申请人至少拿到一部分所申请信息的一共多少件？",
           "予以公开 + 部分公开"),
        SM("en", "ha", W8(),
           "Huai'an 2024: all grounds for withholding combined, how many requests ended up refused?",
           "the eight 不予公开 sub-items"),
        SM("zh", "ha", NOT_IN_FULL("ha"),
           "淮安2024年办理的申请中，没有被全部公开的一共有多少件？",
           "every outcome row except 予以公开 (部分公开, 不予公开×8, 无法提供×3, 不予处理×5, 其他处理×3)"),
        SM("en", "ha", U3(),
           "Add up every 'unable to provide' reason for Huai'an in 2024. What's the total?",
           "the three 无法提供 sub-items"),
        SM("zh", "ha", O3(),
           "淮安市2024年“其他处理”三个小项合在一起是多少件",
           "the three 其他处理 sub-items"),
        SM("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "How many disclosure-related lawsuits in total did the Huai'an government face in 2024, "
           "counting both direct suits and suits after reconsideration?",
           "直接起诉 总计 + 复议后起诉 总计 (the text's 行政诉讼 46 agrees)",
           alt=("政府信息公开行政诉讼 46", 46)),
        SM("zh", "ha", ["a.review.corrected", "a.litigation_direct.corrected",
                        "a.litigation_after_review.corrected"],
           "2024年淮安市政府在信息公开复议和诉讼中被纠正的，复议、直接起诉、复议后起诉三类加起来有几件？",
           "结果纠正 of the three appeals groups"),
        SM("en", "sy", ["r.granted.total", "r.partially_granted.total"],
           "Shuyang County 2025: how many applicants got at least some of what they asked for?",
           "予以公开 + 部分公开"),
        SM("zh", "sy", NP5(),
           "沭阳县2025年不予处理的申请，五种情形合计多少件？",
           "the five 不予处理 sub-items"),
        SM("en", "sy", ORGS("received"),
           "Shuyang 2025: new requests from companies and every other kind of organisation, that is "
           "everyone except private individuals. Total?",
           "新收, the five 法人或其他组织 columns (the text's 8 counts 受理 incl. 上年结转, 0 for them)",
           alt=("法人或其他组织申请 8", 8)),
        SM("zh", "sy", APPEAL_TOTALS,
           "沭阳县政府2025年复议加上两类行政诉讼，总共涉及多少件信息公开案件？",
           "复议 + 直接起诉 + 复议后起诉 totals (the text's 74 agrees)",
           alt=("相关案件 74", 74)),
        SM("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
           "For Shuyang 2025, how many refusals cited either internal-affairs information or "
           "process information?",
           "不予公开 5 + 6"),
        SM("zh", "sy", ["a.review.pending", "a.litigation_direct.pending",
                        "a.litigation_after_review.pending"],
           "2025年沭阳县复议和诉讼里到年底还悬着没结的，三类合计几件？",
           "尚未审结 of the three appeals groups"),
        SM("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial",
                          "r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"],
           "Shanghai General Office 2019: requests it declined to process either as petitions and "
           "complaints or as duplicates. Combined figure?",
           "不予处理 1 + 2, the printed columns (总计 printed blank; the other columns blank); the "
           "text's 不予处理158件 agrees",
           alt=("不予处理158", 158)),
        SM("zh", "sh19", W8("natural_person"),
           "上海市政府办公厅2019年自然人的申请被不予公开的，所有理由加起来多少件？",
           "the eight 不予公开 sub-items, 自然人 column"),
        SM("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
           "How many regulations and normative documents together did the Shanghai General Office "
           "newly produce in 2019?",
           "规章 + 规范性文件 本年新制作数量"),
        SM("zh", "sh19", ["c.regulations.total_published", "c.normative_docs.total_published"],
           "上海市政府办公厅2019年规章和规范性文件的对外公开总数量合计多少？",
           "规章 + 规范性文件 对外公开总数量"),
        SM("en", "hz23", W8(),
           "Hongze District 2023: all the refusals to disclose put together?",
           "the eight 不予公开 sub-items"),
        SM("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2023年行政许可、行政处罚、行政强制三类处理决定加总是多少",
           "许可 + 处罚 + 强制 决定数量"),
        SM("en", "hz23", U3(),
           "Hongze 2023: total requests the district could not provide information for, across "
           "all reasons?",
           "the three 无法提供 sub-items"),
        SM("zh", "jx", APPEAL_TOTALS,
           "涧西区政府办2020年因信息公开被复议和起诉的案件一共几件？",
           "复议 + 直接起诉 + 复议后起诉 totals"),
        SM("en", "jx", U3(),
           "Jianxi District office 2020: requests where it couldn't provide anything, all reasons "
           "combined?",
           "the three 无法提供 sub-items"),
        SM("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "2024年洪泽区行政许可、处罚、强制三项处理决定合计多少？",
           "许可 + 处罚 + 强制 决定数量 (text rows)"),
        SM("en", "hz24", APPEAL_TOTALS,
           "Hongze District 2024: reconsiderations plus lawsuits of both kinds. How many disclosure "
           "cases altogether?",
           "复议 + 直接起诉 + 复议后起诉 totals (text row)"),
        SM("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "上海市府办2025年因为“不掌握”或者“需要另行制作”而无法提供的，两项加起来是多少？",
           "无法提供 1 + 2 (text rows; the text's 564 also counts 3.补正后仍不明确)"),
        SM("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shanghai General Office 2025: petition-type applications plus repeat applications that "
           "were not processed, combined?",
           "不予处理 1 + 2 (text rows; the text's 80 also counts 3 and 4)"),
        SM("zh", "kw", ["r.received.total", "r.carried_over.total"],
           "上海市科委2024年新收的加上2023年结转过来的申请，一共多少件？",
           "新收 + 上年结转 totals (text rows)"),
        SM("en", "sh25", APPEAL_TOTALS,
           "Counting reconsiderations and both kinds of lawsuit, how many disclosure cases did the "
           "Shanghai General Office report for 2025?",
           "复议 + 直接起诉 + 复议后起诉 totals (text row; printed incl. cases carried over)"),
        # differences: same body, later year minus earlier year
        DF("zh", "hz23", "hz24", "c.licensing.decisions",
           "洪泽区行政许可处理决定数，2024年比2023年多了多少？",
           "行政许可 决定数量"),
        DF("en", "hz23", "hz24", "c.punishment.decisions",
           "By how much did Hongze District's count of administrative penalty decisions change from "
           "2023 to 2024?",
           "行政处罚 决定数量"),
        DF("zh", "hz23", "hz24", "c.fees.amount",
           "洪泽区行政事业性收费金额2024年和2023年相比变化了多少？",
           "行政事业性收费 金额（万元）", unit="万元"),
        DF("en", "hz23", "hz24", "r.unable.not_held.total",
           "Between 2023 and 2024, how did Hongze's number of 'information not held' replies change?",
           "无法提供 1.本机关不掌握 总计"),
        DF("zh", "hz23", "hz24", "c.normative_docs.in_force",
           "洪泽区现行有效的行政规范性文件，2024年底比2023年底多出几件？",
           "行政规范性文件 现行有效件数"),
        DF("zh", "sh19", "sh25", "r.received.total",
           "上海市政府办公厅2025年新收的信息公开申请比2019年多了多少件？",
           "新收 总计"),
        DF("en", "sh19", "sh25", "r.carried_forward.total",
           "Shanghai General Office: applications rolled into the following year. How much higher "
           "was that number in 2025 than in 2019?",
           "结转下年度继续办理 总计"),
        DF("zh", "sh19", "sh25", "a.review.total",
           "上海市府办涉及信息公开的行政复议，2025年比2019年增加了几件？",
           "复议 总计 (2025 printed incl. cases carried over)"),
        DF("en", "sh19", "sh25", "r.received.commercial",
           "How did the number of new requests from commercial enterprises to the Shanghai General "
           "Office change between 2019 and 2025?",
           "新收 商业企业"),
        DF("zh", "sh19", "sh25", "a.litigation_direct.pending",
           "按两年年报的表四，上海市政府办公厅未经复议直接起诉且尚未审结的案件，从2019年到2025年变化了多少？",
           "直接起诉 尚未审结 (tables; the 2019 text says 诉讼均获维持)"),
        DF("en", "hz23", "hz24", "c.coercion.decisions",
           "Hongze District's administrative coercion decisions: what was the change from 2023 to "
           "2024?",
           "行政强制 决定数量"),
    ]


# ---------------------------------------------------------------- [check] consistency questions
def CK(lang, b, keys, q, what, kind="value", **kw):
    return V(lang, b, keys, q, "[check] " + what, kind=kind, **kw)


def CHECK():
    return [
        CK("zh", "ha", "r.total_processed.total",
           "淮安2024年报第三部分有个勾稽关系：新收加上年结转等于办理总计加结转下年度。表里“（七）总计”那一格印的是多少？",
           "（七）总计 总计 (the text's 答复 3050 agrees)", alt=("答复 3050", 3050)),
        CK("en", "ha", "r.carried_forward.total",
           "Huai'an's 2024 narrative says some replies were pushed into the next year. To cross-check: "
           "what does the table's carried-forward-to-next-year row show in the total column?",
           "结转下年度继续办理 总计 (the text's 顺延 103 agrees)", alt=("103 件顺延", 103)),
        CK("zh", "ha", "r.withheld.total",
           "核对一下：淮安2024年“不予公开”八个小项在总计栏的合计应该是多少件？",
           "derived requests.withheld.total"),
        CK("en", "sy", "r.received.legal_person",
           "Shuyang's 2025 text puts organisational applicants at 8. What do the table's "
           "new-application cells for the five organisation columns add up to?",
           "derived requests.received.legal_person (the text's 8 agrees)",
           alt=("法人或其他组织申请 8", 8)),
        CK("zh", "sy", "r.total_processed.total",
           "沭阳2025年报文字说共办理718件，跟表三（七）总计对得上吗？表里那格是多少？",
           "（七）总计 总计 (the text's 718 agrees)", alt=("共办理 718", 718)),
        CK("en", "sy", "a.review.total",
           "Shuyang's 2025 report mentions 74 reconsideration and litigation cases in all. How many "
           "of them were administrative reconsiderations according to the appeals table?",
           "复议 总计"),
        CK("zh", "sh19", cols("granted"),
           "上海市府办2019年表三里“予以公开”那一行总计格是空的，把各类申请人那几栏加起来应该是多少？",
           "予以公开, sum of the six columns (总计 printed blank)", kind="sum",
           printed_total=["r.granted.total"]),
        CK("en", "sh19", cols("unable.not_held"),
           "The 2019 Shanghai General Office table leaves the total blank for 'information not "
           "held'. Summing the applicant columns, what should it be?",
           "无法提供 1.本机关不掌握, sum of the six columns (总计 printed blank)", kind="sum",
           printed_total=["r.unable.not_held.total"]),
        CK("zh", "sh19", "a.review.upheld",
           "上海市府办2019年报文字说行政复议7件均获维持。表四里行政复议“结果维持”那格实际是几？",
           "复议 结果维持 (text: 7 件均获维持; table: 5 维持 + 2 尚未审结)"),
        CK("en", "hz23", "a.review.upheld",
           "Hongze District's 2023 appeals table shows 0 in the reconsideration total column. What "
           "number sits in the 'upheld' column of that group?",
           "复议 结果维持 (its 总计 is printed 0)"),
        CK("zh", "hz23", "r.unable.natural_person",
           "洪泽区2023年“无法提供”三个小项在自然人一栏加总应是多少？",
           "derived requests.unable.natural_person"),
        CK("en", "jx", "r.carried_forward.total",
           "Jianxi's 2020 text says 2 applications were still being handled. Does the table agree? "
           "What is in the carried-forward-to-next-year row, total column?",
           "结转下年度继续办理 总计 (the text's 在办2件 agrees)", alt=("在办2件", 2)),
        CK("zh", "kw", "r.total_processed.total",
           "上海市科委2024年报说新收34件、上年结转2件，全部办理完成。表三（七）总计那一格是多少？",
           "（七）总计 总计 (text row)"),
        CK("en", "kw", "r.carried_over.total",
           "The Shanghai science commission's 2024 text mentions requests brought over from 2023. "
           "What does table 3's carried-over row give as the total?",
           "上年结转 总计 (text row; the text's 2 agrees)", alt=("上年结转政府信息公开申请 2", 2)),
        CK("zh", "sh25", "r.carried_over.total",
           "上海市府办2025年报正文里提到办结数里含有上年结转的申请。表三“二、上年结转政府信息公开申请数量”总计栏是多少？",
           "上年结转 总计 (text row; the text's 189 agrees)", alt=("上年结转 189", 189)),
        CK("en", "ha", "r.not_processed.total",
           "Quick consistency check on Huai'an 2024: what should the 'not processed' block total "
           "once its five sub-items are added up?",
           "derived requests.not_processed.total"),
    ]


# ---------------------------------------------------------------- [rank] gold bodies only
def RK(lang, bodies, key, order, q, what):
    return R(lang, bodies, key, order, q, "[rank] %s, %s" % (what, order))


def RANK():
    return [
        RK("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，这三家哪家新收的信息公开申请最多？",
           "新收 总计"),
        RK("en", ["ha", "sy", "hz23", "jx"], "a.review.corrected", "asc",
           "Among Huai'an (2024), Shuyang County (2025), Hongze District (2023) and the Jianxi "
           "District office (2020), which had the fewest reconsideration cases ending in correction?",
           "复议 结果纠正"),
        RK("zh", ["ha", "hz23", "sy"], "c.normative_docs.repealed", "asc",
           "淮安市2024年、洪泽区2023年、沭阳县2025年，哪一个废止的行政规范性文件最少？",
           "行政规范性文件 本年废止件数"),
        RK("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
           "Which had the most applications carried over into its reporting year: Huai'an in 2024, "
           "Shuyang in 2025, or the Shanghai General Office in 2019?",
           "上年结转 总计"),
        RK("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
           "以“三类内部事务信息”为由不予公开的，淮安2024年、沭阳2025年、洪泽区2023年三家里谁最多？",
           "不予公开 5.三类内部事务信息 总计"),
        RK("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
           "Of Huai'an 2024, Hongze District 2023 and Shuyang County 2025, which reported the "
           "smallest administrative fee income?",
           "行政事业性收费 金额"),
        RK("zh", ["jx", "hz23", "sh19"], "r.received.natural_person", "desc",
           "涧西区政府办2020年、洪泽区政府2023年、上海市府办2019年，自然人新提交申请最多的是哪家？",
           "新收 自然人"),
        RK("en", ["ha", "sy", "jx"], "a.review.pending", "asc",
           "Ranking Huai'an 2024, Shuyang 2025 and the Jianxi District office 2020 by "
           "reconsiderations still pending: which is lowest?",
           "复议 尚未审结"),
        RK("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
           "行政强制决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年，哪家最少？",
           "行政强制 决定数量"),
        RK("en", ["ha", "sy", "sh19", "jx"], "r.received.commercial", "desc",
           "Which body received the most requests from commercial enterprises: Huai'an (2024), "
           "Shuyang (2025), the Shanghai General Office (2019) or the Jianxi District office (2020)?",
           "新收 商业企业"),
        RK("zh", ["sh19", "sy", "hz23", "jx"], "r.carried_forward.total", "asc",
           "结转到下一年继续办理的申请，上海市府办2019年、沭阳县2025年、洪泽区2023年、涧西区政府办2020年中哪家最少？",
           "结转下年度继续办理 总计"),
        RK("en", ["ha", "sy", "hz23"], "a.litigation_after_review.upheld", "asc",
           "For lawsuits after reconsideration that ended with the decision upheld, which is lowest: "
           "Huai'an 2024, Shuyang 2025 or Hongze District 2023?",
           "复议后起诉 结果维持"),
        RK("zh", ["ha", "sy", "hz23", "jx"], "r.partially_granted.total", "asc",
           "部分公开的件数，淮安2024年、沭阳2025年、洪泽区2023年、涧西区2020年，哪个最少？",
           "部分公开 总计"),
    ]


# ---------------------------------------------------------------- [followup] 2-3 turns
def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def FOLLOWUP():
    return [
        FU("zh", [("洪泽区政府2023年行政许可处理决定是多少件？", E("hz23", "c.licensing.decisions")),
                  ("2024年的年报里这个数字是多少？", E("hz24", "c.licensing.decisions"))],
           "year switch 2023 -> 2024 (text row)"),
        FU("en", [("How many new information requests did the Shanghai General Office receive in 2019?",
                   E("sh19", "r.received.total", alt=("共受理政府信息公开申请859", 859))),
                  ("And according to its 2025 report?",
                   E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请 1295", 1295)))],
           "year switch 2019 -> 2025 (text and table agree in both)"),
        FU("zh", [("淮安市2024年信息公开行政复议结果维持的有多少？",
                   E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
                  ("未经复议直接打官司的那一类，维持的呢？", E("ha", "a.litigation_direct.upheld")),
                  ("先复议后起诉的那一类呢？", E("ha", "a.litigation_after_review.upheld"))],
           "appeals group switch, column 结果维持"),
        FU("en", [("Shuyang County 2025: refusals made to protect a third party's lawful rights?",
                   E("sy", "r.withheld.third_party.total")),
                  ("What about refusals because the information was a state secret?",
                   E("sy", "r.withheld.state_secret.total"))],
           "row switch inside 不予公开"),
        FU("zh", [("淮安市2024年给商业企业予以公开的有几件？", E("ha", "r.granted.commercial")),
                  ("法律服务机构呢？", E("ha", "r.granted.legal_services"))],
           "column switch, row 予以公开"),
        FU("en", [("How many centralised procurement projects did the Jianxi District office list for 2020?",
                   E("jx", "c.procurement.projects")),
                  ("And what did they come to in money?", E("jx", "c.procurement.amount", unit="万元"))],
           "measure switch 采购项目数量 -> 采购总金额"),
        FU("zh", [("沭阳县2025年答复“本机关不掌握相关政府信息”的有几件？", E("sy", "r.unable.not_held.total")),
                  ("那淮安市政府2024年呢，这一栏填的多少？", E("ha", "r.unable.not_held.total")),
                  ("洪泽区2023年的又是多少？", E("hz23", "r.unable.not_held.total"))],
           "body and year switch"),
        FU("en", [("Shanghai General Office, 2025: how many administrative reconsiderations over disclosure?",
                   E("sh25", "a.review.total")),
                  ("How many lawsuits went straight to court?", E("sh25", "a.litigation_direct.total")),
                  ("And lawsuits after reconsideration?", E("sh25", "a.litigation_after_review.total"))],
           "appeals group switch, column 总计 (text row)"),
        FU("zh", [("上海市科委2024年行政许可决定多少件？", E("kw", "c.licensing.decisions")),
                  ("洪泽区政府2024年的呢？", E("hz24", "c.licensing.decisions"))],
           "body switch (text rows)"),
        FU("en", [("How many municipal government regulations were in force in Huai'an per its 2024 report?",
                   E("ha", "c.regulations.in_force")),
                  ("How many new ones were issued during 2024?", E("ha", "c.regulations.issued"))],
           "measure switch 现行有效 -> 制发"),
        FU("zh", [("洪泽区2023年新收的信息公开申请有多少件？",
                   E("hz23", "r.received.total", alt=("全区受理政府信息公开申请 21", 21))),
                  ("那2022年呢？", EU("洪泽区 2022 report is not in the corpus"))],
           "year switch to a year not held"),
        FU("en", [("Shuyang 2025: lawsuits after reconsideration that were still undecided?",
                   E("sy", "a.litigation_after_review.pending")),
                  ("And reconsiderations still pending?", E("sy", "a.review.pending"))],
           "appeals group switch, column 尚未审结"),
        FU("zh", [("上海市政府办公厅2019年新制作的规范性文件有多少件？", E("sh19", "c.normative_docs.made")),
                  ("对外公开总数呢？", E("sh19", "c.normative_docs.total_published"))],
           "measure switch (2019 format)"),
        FU("en", [("Huai'an 2024: applications dropped because the applicant didn't supply corrections in time?",
                   E("ha", "r.other.overdue_correction.total")),
                  ("Same item for Shuyang County in 2025?", E("sy", "r.other.overdue_correction.total"))],
           "body switch, 其他处理 1"),
        FU("zh", [("涧西区政府办2020年收到多少件依申请公开？",
                   E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
                  ("2021年的数字有吗？", EU("涧西区 2021 report is not in the corpus"))],
           "year switch to a year not held"),
        FU("en", [("Hongze District, 2023: administrative penalty decisions?", E("hz23", "c.punishment.decisions")),
                  ("What did it report for 2024?", E("hz24", "c.punishment.decisions")),
                  ("And coercion decisions in 2024?", E("hz24", "c.coercion.decisions"))],
           "year then row switch (text rows for 2024)"),
        FU("zh", [("沭阳县2025年本年新收申请中自然人提交的多少件？", E("sy", "r.received.natural_person")),
                  ("商业企业呢？", E("sy", "r.received.commercial")),
                  ("那法律服务机构递交的呢？", E("sy", "r.received.legal_services"))],
           "column switch, row 新收 (the text's 741 includes 上年结转; the question says 本年新收)"),
        FU("en", [("Going by the appeals table of its 2019 report, how many reconsideration cases of the Shanghai "
                   "General Office were still unresolved?",
                   E("sh19", "a.review.pending")),
                  ("What did the 2025 report show for that?", E("sh25", "a.review.pending")),
                  ("And for 2022?", EU("上海市人民政府办公厅 2022 report is not in the corpus"))],
           "year switch, then a year not held (2019: table 2 尚未审结; the text says 复议7件均获维持)"),
        FU("zh", [("淮安2024年以属于四类过程性信息为由不公开的有几件？", E("ha", "r.withheld.process_info.total")),
                  ("三类内部事务信息呢？", E("ha", "r.withheld.internal_affairs.total"))],
           "row switch inside 不予公开"),
        FU("en", [("How many requests did the Shanghai science commission fully grant in 2024?",
                   E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
                  ("And the Shanghai General Office in 2025?", E("sh25", "r.granted.total"))],
           "body and year switch (text rows)"),
        FU("zh", [("上海市府办2025年信访举报投诉类申请不予处理的有多少？", E("sh25", "r.not_processed.petition.total")),
                  ("重复申请的呢？", E("sh25", "r.not_processed.duplicate.total"))],
           "row switch inside 不予处理 (text rows)"),
        FU("en", [("Hongze District 2024: administrative normative documents issued?",
                   E("hz24", "c.normative_docs.issued")),
                  ("How many were in force at the end of 2024?", E("hz24", "c.normative_docs.in_force")),
                  ("And the number issued in 2023?", E("hz23", "c.normative_docs.issued"))],
           "measure then year switch"),
        FU("zh", [("沭阳县2025年行政许可决定数量？", E("sy", "c.licensing.decisions")),
                  ("行政处罚的呢？", E("sy", "c.punishment.decisions"))],
           "row switch, table 二"),
        FU("en", [("Jianxi District office 2020: reconsiderations that upheld the office's decision?",
                   E("jx", "a.review.upheld")),
                  ("And for Huai'an's city government in 2024?",
                   E("ha", "a.review.upheld", alt=("结果维持 72", 72)))],
           "body and year switch"),
        FU("zh", [("上海市府办2019年结转到下年度继续办理的申请有多少？",
                   E("sh19", "r.carried_forward.total", alt=("72件申请按照", 72))),
                  ("2025年的这一项呢？", E("sh25", "r.carried_forward.total"))],
           "year switch 2019 -> 2025"),
        FU("en", [("Huai'an 2024: petitions and complaints filed as information requests and not processed?",
                   E("ha", "r.not_processed.petition.total")),
                  ("Shanghai General Office, 2025?", E("sh25", "r.not_processed.petition.total")),
                  ("Shuyang County, 2025?", E("sy", "r.not_processed.petition.total"))],
           "body switch, 不予处理 1"),
    ]


# ---------------------------------------------------------------- [textonly] numbers only the text states
def TX(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what, frm=frm)


def TEXTONLY():
    return [
        TX("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会？", "press conferences"),
        TX("en", "ha", "政务新媒体共计 95", 95, "个",
           "How many government new-media accounts was Huai'an running according to its 2024 "
           "disclosure report?", "new-media accounts in operation"),
        TX("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年一共收了多少信息处理费？",
           "information processing fees in 元", frm="2024 年，市政府严格"),
        TX("en", "ha", "公报》6 期", 6, "期",
           "How many issues of the Huai'an Municipal Government Gazette were produced in 2024?",
           "gazette issues"),
        TX("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提示？",
           "reminders sent"),
        TX("en", "sy", "过期信息697", 697, "条",
           "How many outdated items did Shuyang County clear out of its published information in 2025?",
           "outdated items cleaned"),
        TX("zh", "sy", "办前主动沟通 49", 49, "次", "2025年沭阳县在办理依申请之前主动跟申请人沟通了多少次？",
           "proactive contacts before handling"),
        TX("en", "sy", "失效链接43", 43, "处",
           "Shuyang 2025: how many broken links on its website were fixed?", "broken links fixed"),
        TX("zh", "sy", "64家单位", 64, "家", "沭阳2025年统一发布了多少家单位的政府信息公开年报？",
           "units whose annual reports were published together"),
        TX("en", "kw", "1016823", 1016823, "人",
           "How many followers did the Shanghai science commission's WeChat account have, per its "
           "2024 report?", "WeChat followers"),
        TX("zh", "kw", "直播 118", 118, "场", "上海市科委2024年“上海科技”视频号做了多少场直播？",
           "live streams"),
        TX("en", "kw", "政协提案 85", 85, "件",
           "How many CPPCC proposals did the Shanghai science commission lead or co-handle in 2024, "
           "according to its disclosure report?", "CPPCC proposals handled", frm="《上海市科委"),
        TX("zh", "kw", "其他处理 14", 14, "件", "上海市科委2024年报正文里说“其他处理”的申请有多少件？",
           "其他处理 as stated in the narrative"),
        TX("en", "sh25", "新闻发布会 42", 42, "场",
           "How many municipal government press conferences did Shanghai hold in 2025 according to "
           "the General Office report?", "press conferences"),
        TX("zh", "sh25", "主动撤回 157", 157, "件", "上海市府办2025年申请人自己主动撤回的申请有多少件？",
           "withdrawn by the applicant", frm="其中，"),
        TX("en", "sh25", "10 个语种", 10, "个",
           "How many languages does the Shanghai International Services Portal cover according to "
           "the 2025 General Office report?", "portal languages"),
        TX("zh", "sh25", "公开属性审查 166", 166, "件", "上海市政府办公厅2025年做了多少件公文公开属性审查？",
           "disclosure-attribute reviews", frm="全年完成"),
        TX("en", "sh19", "政策解读共132", 132, "件",
           "How many policy interpretations did the Shanghai General Office publish on the 'China "
           "Shanghai' portal in 2019?", "policy interpretations", frm="严格落实"),
        TX("zh", "sh19", "70家政府网站", 70, "家", "上海市2019年每季度检查的政府网站有多少家？",
           "government websites checked each quarter"),
        TX("en", "hz24", "2428", 2428, "条",
           "How many pieces of government information did Hongze District put out on its website "
           "platform in 2024?", "items published on the website"),
        TX("zh", "jx", "601项", 601, "项", "涧西区政府办2020年梳理出了多少项政务公开事项？",
           "disclosure items listed", frm="梳理细化"),
    ]


# ---------------------------------------------------------------- [neighbour] the next cell is the naive answer
def NEIGHBOUR():
    return [
        TN("zh", "ha", "a.litigation_after_review.pending", "a.litigation_direct.pending",
           "淮安市政府2024年先复议、后又起诉，到年底法院还没判的案子有几件？",
           "复议后起诉 尚未审结 vs 直接起诉"),
        TN("en", "ha", "r.carried_over.total", "r.carried_forward.total",
           "How many applications from 2023 were still open and rolled into Huai'an's 2024 workload?",
           "上年结转 vs 结转下年度", alt=("上年度结转申请 34", 34)),
        TN("zh", "ha", "c.normative_docs.in_force", "c.normative_docs.issued",
           "淮安市2024年底仍然有效的行政规范性文件有多少件？",
           "现行有效件数 vs 本年制发件数"),
        TN("en", "ha", "r.unable.needs_creation.total", "r.unable.not_held.total",
           "Huai'an 2024: requests it could not meet because the information would have had to be "
           "compiled from scratch?",
           "无法提供 2.需另行制作 vs 1.不掌握"),
        TN("zh", "ha", "a.review.other", "a.review.corrected",
           "淮安2024年信息公开复议案件里，既不算维持也不算纠正、归入其他结果的有多少？",
           "复议 其他结果 vs 结果纠正"),
        TN("en", "sy", "r.withheld.process_info.total", "r.withheld.internal_affairs.total",
           "Shuyang 2025: how many refusals cited deliberative, process-stage information?",
           "不予公开 6.过程性信息 vs 5.内部事务信息"),
        TN("zh", "sy", "r.other.overdue_fee.total", "r.other.overdue_correction.total",
           "沭阳县2025年因申请人逾期没交费用而不再处理的申请有几件？",
           "其他处理 2.逾期未缴费 vs 1.逾期不补正"),
        TN("en", "sy", "r.not_processed.duplicate.total", "r.not_processed.petition.total",
           "Shuyang County 2025: how many applications were set aside as repeat requests?",
           "不予处理 2.重复申请 vs 1.信访举报投诉"),
        TN("zh", "sy", "a.litigation_direct.total", "a.litigation_after_review.total",
           "沭阳县2025年没经过复议、直接到法院起诉的信息公开案件，一共几件？",
           "直接起诉 总计 vs 复议后起诉 总计"),
        TN("en", "jx", "c.procurement.amount", "c.procurement.projects",
           "How much money did the Jianxi District government office's centralised procurement come "
           "to in 2020?",
           "采购总金额 vs 采购项目数量", unit="万元"),
        TN("zh", "jx", "c.procurement.projects", "c.procurement.amount",
           "涧西区政府办2020年集中采购了几个项目？",
           "采购项目数量 vs 采购总金额"),
        TN("en", "sh19", "c.regulations.total_published", "c.regulations.made",
           "Shanghai General Office 2019: the cumulative count of regulations open to the public, "
           "not just the new ones?",
           "规章 对外公开总数量 vs 本年新制作数量"),
        TN("zh", "sh19", "c.normative_docs.published", "c.normative_docs.total_published",
           "上海市政府办公厅2019年当年新公开的规范性文件有多少件？",
           "规范性文件 本年新公开数量 vs 对外公开总数量"),
        TN("en", "sh19", "r.partially_granted.natural_person", "r.granted.natural_person",
           "Shanghai General Office 2019: requests from individuals that were only partly disclosed?",
           "部分公开 自然人 vs 予以公开 自然人"),
        TN("zh", "sh19", "r.withheld.admin_query.natural_person", "r.withheld.enforcement_files.natural_person",
           "2019年上海市府办以属于行政查询事项为由对自然人不予公开的有几件？",
           "不予公开 8.行政查询事项 vs 7.行政执法案卷, 自然人"),
        TN("en", "hz23", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total",
           "Hongze District 2023: refusals because the records were administrative enforcement case "
           "files?",
           "不予公开 7.行政执法案卷 vs 8.行政查询事项"),
        TN("zh", "hz23", "a.review.corrected", "a.review.upheld",
           "洪泽区2023年信息公开行政复议被纠正的有几件？",
           "复议 结果纠正 vs 结果维持"),
        TN("en", "hz23", "r.unable.not_held.total", "r.unable.needs_creation.total",
           "Hongze 2023: how many times did the district say it simply did not hold the requested "
           "information?",
           "无法提供 1.不掌握 vs 2.需另行制作"),
        TN("zh", "kw", "c.normative_docs.issued", "c.normative_docs.in_force",
           "上海市科委2024年当年制发的规范性文件有几件？",
           "规范性文件 本年制发件数 vs 现行有效件数 (text row; the text's 13 agrees)",
           alt=("行政规范性文件 13", 13)),
        TN("en", "kw", "r.received.total", "r.total_processed.total",
           "How many new information requests reached the Shanghai science commission in 2024?",
           "新收 总计 vs （七）总计 (text rows; the text's 34 agrees)",
           alt=("收到政府信息公开申请 34", 34)),
        TN("zh", "sh25", "r.carried_over.total", "r.carried_forward.total",
           "上海市府办2025年从2024年接手过来、继续办理的申请有多少件？",
           "上年结转 vs 结转下年度 (text rows; the text's 189 agrees)", alt=("上年结转 189", 189)),
        TN("en", "sh25", "a.litigation_after_review.total", "a.litigation_direct.total",
           "Shanghai General Office 2025: lawsuits filed after a reconsideration decision, total?",
           "复议后起诉 总计 vs 直接起诉 总计 (text row)"),
        TN("zh", "hz24", "a.litigation_direct.total", "a.litigation_after_review.total",
           "洪泽区2024年没走复议、直接起诉的信息公开案件有几件？",
           "直接起诉 总计 vs 复议后起诉 总计 (text row)"),
        TN("en", "hz24", "r.granted.total", "r.received.total",
           "Hongze District 2024: how many requests were granted in full?",
           "予以公开 总计 vs 新收 总计 (text rows)"),
        TN("en", "ha", "r.partially_granted.total", "r.granted.total",
           "Huai'an 2024: how many requests received only partial disclosure?",
           "部分公开 vs 予以公开"),
    ]


# ---------------------------------------------------------------- [cannot] no number may be given
def UN(lang, q, why, what):
    return U(lang, q, why, "[cannot] " + what)


NOT_HELD = "no report of this body for this year is in the corpus"
OTHER_BODY = "this body's report is not in the corpus"


def CANNOT():
    return [
        UN("zh", "淮安市政府2024年收到的信息公开申请里，男性和女性申请人各占多少？",
           "the report gives no breakdown of applicants by sex", "breakdown by sex"),
        UN("en", "What was the age breakdown of people who filed information requests with Huai'an city in 2024?",
           "the report gives no breakdown by age", "breakdown by age"),
        UN("zh", "沭阳县2025年每个月收到的信息公开申请分别是多少件？",
           "the report gives no monthly breakdown", "breakdown by month"),
        UN("en", "Which townships in Shuyang County generated the most disclosure requests in 2025?",
           "the report gives no breakdown by township", "breakdown by township"),
        UN("zh", "洪泽区2024年信息公开申请最集中的是哪些领域，比如征地拆迁类占多少？",
           "the report states no topics of the requests", "breakdown by topic"),
        UN("en", "How many of Huai'an's 2024 requests were submitted online rather than by post?",
           "the report gives no breakdown by channel", "breakdown by channel"),
        UN("zh", "淮安市2024年复议被纠正的那64件，具体是因为什么原因被纠正的？",
           "the report states no reasons for the corrections", "reasons for corrections"),
        UN("en", "Why did Hongze District's administrative licensing decisions jump so much between 2023 and 2024?",
           "neither report explains the change", "reason for a change"),
        UN("zh", "上海市政府办公厅2025年收到的申请量这么大，报告里有没有说是什么原因导致申请增加？",
           "the report mentions growing request volume but states no cause", "reason for growth"),
        UN("en", "Per 10,000 residents, how many information requests did Shuyang County receive in 2025?",
           "the report states no population figure; no per-capita rate is given", "per-capita rate"),
        UN("zh", "按常住人口算，淮安市2024年每万人提出了多少件政府信息公开申请？",
           "the report states no population figure; no per-capita rate is given", "per-capita rate"),
        UN("en", "What was Hongze District's administrative fee income per resident in 2023?",
           "the report states no population figure", "per-capita rate"),
        UN("zh", "南京市政府2024年收到多少件政府信息公开申请？", OTHER_BODY, "body not held (南京市)"),
        UN("en", "How many disclosure requests did Suzhou's city government receive in 2024?",
           OTHER_BODY + " (苏州市)", "body not held (苏州市)"),
        UN("zh", "宿迁市人民政府2025年信息公开类行政复议有多少件？", OTHER_BODY, "body not held (宿迁市)"),
        UN("en", "How many information requests did Beijing's municipal government receive in 2019?",
           OTHER_BODY + " (北京市)", "body not held (北京市)"),
        UN("zh", "上海市浦东新区2025年不予公开的申请有多少件？", OTHER_BODY, "body not held (浦东新区)"),
        UN("en", "How many disclosure requests did Huaiyin District handle in 2024?",
           OTHER_BODY + " (淮阴区)", "body not held (淮阴区)"),
        UN("zh", "淮安市政府2023年的信息公开年报里新收申请是多少件？", NOT_HELD, "year not held (淮安 2023)"),
        UN("en", "What was Shuyang County's number of new disclosure requests in 2024?", NOT_HELD,
           "year not held (沭阳 2024)"),
        UN("zh", "涧西区政府办2019年收到几件依申请公开？", NOT_HELD, "year not held (涧西 2019)"),
        UN("en", "How many normative documents did the Shanghai science commission issue in 2023?", NOT_HELD,
           "year not held (上海市科委 2023)"),
        UN("zh", "上海市政府办公厅2022年信息公开方面的行政复议有多少件？", NOT_HELD, "year not held (上海市府办 2022)"),
        UN("en", "How many administrative penalty decisions did Hongze District report for 2025?", NOT_HELD,
           "year not held (洪泽 2025)"),
        UN("zh", "淮安市2024年政务新媒体的粉丝数同比增长了百分之几？",
           "the report states no follower numbers or growth rate", "percentage not stated"),
        UN("en", "What applicant satisfaction rate did Shuyang County report for 2025?",
           "the report states no satisfaction rate", "percentage not stated"),
        UN("zh", "上海市科委2024年公众号文章的平均阅读量是多少？",
           "the report states no reading figures for articles", "figure not stated"),
        UN("en", "What share of the Shanghai General Office's 2025 requests came from people outside Shanghai?",
           "the report gives no breakdown by residence", "percentage not stated"),
        UN("zh", "洪泽区2023年行政许可事项的网上办理率是多少？",
           "the report states no online-handling rate", "percentage not stated"),
        UN("en", "What was the average number of days the Huai'an government took to answer a request in 2024?",
           "the report states no response times", "response time"),
        UN("zh", "沭阳县2025年专职做政府信息公开的工作人员有几个人？",
           "the report states no staff numbers", "staff"),
        UN("en", "How much did the Shanghai General Office spend on running its disclosure work in 2019?",
           "the report states no cost of its disclosure work", "cost"),
        UN("zh", "上海市政府办公厅2025年的申请都是谁提的？能告诉我几个申请人的名字吗？",
           "the report names no applicants (personal data)", "personal data"),
        UN("en", "Which law firms filed the requests that legal service institutions sent to Huai'an in 2024?",
           "the report names no applicants", "names not stated"),
        UN("zh", "涧西区2020年受理的那些申请分别涉及什么内容？",
           "the report states no topics of the requests", "topics not stated"),
        UN("en", "Which department of the Huai'an city government received the most requests in 2024?",
           "the report gives no breakdown by department", "breakdown by department"),
        UN("zh", "洪泽区2024年的申请里有多少件是申请人当面递交的？",
           "the report gives no breakdown by channel", "breakdown by channel"),
        UN("en", "What share of Shuyang's 2025 requests were about land acquisition and demolition?",
           "the report gives no breakdown by topic", "breakdown by topic"),
        UN("zh", "沭阳县2025年信息公开行政诉讼里，政府被判赔偿了多少钱？",
           "the report states no damages or amounts", "figure not stated"),
        UN("en", "Which companies filed the commercial-enterprise requests with the Shanghai General Office in 2025?",
           "the report names no applicants", "names not stated"),
        UN("zh", "上海市科委2024年的申请人中有多少是外国人？",
           "the report gives no breakdown by nationality", "breakdown by nationality"),
        UN("en", "How many disclosure requests will Huai'an receive in 2025, going by its 2024 report?",
           "a forecast; the report makes none", "forecast"),
        UN("zh", "淮安2024年复议被纠正的案件里，有多少件是因为超期答复？",
           "the report gives no breakdown of corrections by cause", "breakdown not printed"),
        UN("en", "In 2024, how many of Hongze District's 'information not held' replies were later challenged in court?",
           "the report does not link replies to later lawsuits", "breakdown not printed"),
        UN("zh", "涧西区政府办2020年那起行政复议，申请人是谁？",
           "the report names no applicants (personal data)", "personal data"),
        UN("en", "What percentage of the Shanghai science commission's 2024 requests were answered within 10 working days?",
           "the report states no response times", "percentage not stated"),
        UN("zh", "上海市府办2019年的信息公开申请中，通过“一网通办”提交的占多少？",
           "the report gives no breakdown by channel", "breakdown by channel"),
        UN("en", "How many information requests did Xuzhou's city government get in 2024?",
           OTHER_BODY + " (徐州市)", "body not held (徐州市)"),
        UN("zh", "沭阳县2025年各乡镇分别收取了多少信息处理费？",
           "the report gives the fee only for the county (民政局), no township breakdown", "breakdown by township"),
        UN("en", "What national average correction rate does Huai'an's 2024 report benchmark its reconsideration results against?",
           "no national figures are in the corpus", "comparison not held"),
        UN("zh", "洪泽区政府2023年依申请公开的答复平均用了几个工作日？",
           "the report states no response times", "response time"),
        UN("en", "How many staff hours did the Shanghai General Office put into processing requests in 2025?",
           "the report states no staff hours", "staff"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + CHECK() + RANK() + FOLLOWUP() + TEXTONLY() + NEIGHBOUR() + CANNOT()
