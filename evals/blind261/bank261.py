"""Question bank of blind evaluation set 261 (evals/blind261), emphasis: questions that look
answerable but must get no number.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Only wordings, keys, bodies and keywords live here; every expected number is computed by
helpers261.py from corpus/gold/*.json, from a printed table row of a report without gold
(SPECS below: the same 42 cell specs blind6's text_cells.json verified, nothing new), or from a
sentence cut from the report text.

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib261 as L  # noqa: E402
from helpers261 import C, D, E, F, N, R, S, T, U, V  # noqa: E402

APPEALS_15 = "四、政府信息公开行政复议、行政诉讼情况"
APPEALS_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"

SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", APPEALS_15, 14),
        "appeals.litigation_direct.total": ("after", APPEALS_15, 9),
        "appeals.review.total": ("after", APPEALS_15, 4),
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
        "appeals.litigation_after_review.total": ("after", APPEALS_SH25, 14),
        "appeals.litigation_direct.pending": ("after", APPEALS_SH25, 8),
        "appeals.litigation_direct.total": ("after", APPEALS_SH25, 9),
        "appeals.review.pending": ("after", APPEALS_SH25, 3),
        "appeals.review.total": ("after", APPEALS_SH25, 4),
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

# text sentences where the narrative states the same number as the table (keyword, number)
HA_REQ = "3119"          # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "行政复议 351"    # 351 / 维持 72 / 纠正 64 / 其他 178 / 尚未审结 37
SH19_REQ = "回落12.3%"    # 859 / 805 / 18 / 72
SH19_APP = "零败诉"        # 复议7件，诉讼9件
SH19_ACT = "主动公开规章13件"  # 规章13件，行政规范性文件60件
SH25_REQ = "1295"        # 1295 / 1191 / 189
JX_REQ = "办结率88.2%"    # 17 / 15 / 2
KW_REQ = "全年收到政府信息公开申请 34"  # 34 / 2
KW_OUT = "同意公开答复 9"
SY_REQ = "749"           # 718 / 31 / 法人或其他组织 8
SY_APP = "74 件"
HZ23_REQ = "受理政府信息公开申请 21"
WAN = {"unit": "万元"}


def plain():
    P = "[plain] "
    return [
        # ---- 淮安市 2024
        V("zh", "ha", "c.normative_docs.repealed",
          "淮安市政府2024年的年报里，行政规范性文件一共废止了几件？", P + "淮安 2024 规范性文件 废止"),
        V("en", "ha", "r.received.legal_services",
          "How many information requests did Huai'an's city government get from law firms and other legal service providers in 2024?",
          P + "Huai'an 2024 new requests from legal service institutions"),
        V("zh", "ha", "r.other.overdue_correction.total",
          "2024年淮安市有多少件申请是因为申请人逾期不补正、政府就不再处理了？", P + "淮安 2024 其他处理 逾期不补正"),
        V("en", "ha", "r.withheld.enforcement_files.total",
          "In Huaian's 2024 report, how many requests were refused because the information counted as administrative enforcement case files?",
          P + "Huai'an 2024 withheld: enforcement case files"),
        V("zh", "ha", "r.not_processed.petition.total",
          "淮安24年被认定为信访举报投诉、所以没按信息公开处理的申请，总共几件？", P + "淮安 2024 不予处理 信访举报投诉类"),
        V("en", "ha", "c.coercion.decisions",
          "Huai'an, 2024 — what was the number of administrative coercion decisions?", P + "Huai'an 2024 行政强制 decisions"),
        V("zh", "ha", "r.withheld.admin_query.total",
          "二〇二四年淮安市的依申请公开里，以“属于行政查询事项”为由没公开的有多少？", P + "淮安 2024 不予公开 行政查询事项"),
        V("en", "ha", "r.other.overdue_fee.total",
          "For 2024, how many of Huai'an's requests were dropped because the applicant never paid the processing fee they were billed?",
          P + "Huai'an 2024 other handling: fee not paid"),
        V("zh", "ha", "r.partially_granted.commercial",
          "淮安市2024年部分公开的那些申请当中，商业企业申请的占几件？", P + "淮安 2024 部分公开 商业企业列"),
        V("en", "ha", "a.litigation_direct.pending",
          "How many of Huai'an's 2024 lawsuits that went straight to court, skipping reconsideration, were still undecided when the year closed?",
          P + "Huai'an 2024 direct litigation pending"),
        V("zh", "ha", "a.review.corrected",
          "淮安2024年涉及信息公开的行政复议，结论是纠正的有多少件", P + "淮安 2024 复议 结果纠正 (text agrees)",
          alt=(HA_APP, 64)),
        V("en", "ha", "r.unable.needs_creation.total",
          "Huaian city, 2024: requests where the answer was that the information would first have to be compiled from scratch — how many?",
          P + "Huai'an 2024 unable: needs creation"),
        V("zh", "ha", "r.total_processed.total",
          "淮安市2024年年报里，全年办理结果的总计是多少件？", P + "淮安 2024 办理总计 (text 答复 3050 agrees)",
          alt=(HA_REQ, 3050)),
        V("en", "ha", "c.fees.amount",
          "What did Huai'an report taking in through administrative fees (行政事业性收费) in 2024?",
          P + "Huai'an 2024 fees amount, 万元", **WAN),
        V("en", "ha", "r.unable.unclear.total",
          "Huai'an 2024: how many requests were still too vague to act on even after the applicant was asked to clarify?",
          P + "Huai'an 2024 unable: unclear after correction"),
        # ---- 沭阳县 2025
        V("zh", "sy", "c.punishment.decisions",
          "沭阳县2025年一共作出了多少个行政处罚决定？", P + "沭阳 2025 行政处罚"),
        V("en", "sy", "r.withheld.third_party.total",
          "Shuyang County 2025: how many requests were turned down to protect somebody else's lawful rights and interests?",
          P + "Shuyang 2025 withheld: third party"),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳25年因为是三类内部事务信息而不予公开的，有几件", P + "沭阳 2025 不予公开 内部事务"),
        V("en", "sy", "r.received.legal_services",
          "In 2025, how many disclosure requests did Shuyang County get from legal service institutions?",
          P + "Shuyang 2025 new requests: legal services column"),
        V("zh", "sy", "a.review.pending",
          "沭阳县政府2025年的年报显示，行政复议到年底还没审结的有几件？", P + "沭阳 2025 复议 尚未审结"),
        V("en", "sy", "c.licensing.decisions",
          "How many administrative licensing decisions did Shuyang report for 2025?", P + "Shuyang 2025 行政许可"),
        V("zh", "sy", "r.other.other.total",
          "2025年沭阳县其他处理里面，第3小项“其他”一共多少件？", P + "沭阳 2025 其他处理 3.其他"),
        V("en", "sy", "r.not_processed.duplicate.total",
          "Shuyang, 2025: requests not processed because they repeated an earlier application — how many?",
          P + "Shuyang 2025 not processed: duplicate"),
        V("zh", "sy", "r.granted.natural_person",
          "沭阳县2025年老百姓个人提的申请，最后全部公开的有几件？", P + "沭阳 2025 予以公开 自然人列"),
        V("en", "sy", "a.litigation_after_review.total",
          "Shuyang County's 2025 figures: how many lawsuits were brought after a reconsideration decision?",
          P + "Shuyang 2025 litigation after review total"),
        V("zh", "sy", "c.normative_docs.in_force",
          "沭阳2025年底现行有效的行政规范性文件还有多少件？", P + "沭阳 2025 规范性文件 现行有效"),
        V("en", "sy", "r.unable.not_held.total",
          "How many applications to Shuyang in 2025 ended as 'unable to provide' because the county simply didn't hold the information?",
          P + "Shuyang 2025 unable: not held"),
        V("en", "sy", "c.fees.amount",
          "Shuyang County, 2025 — how much administrative fee revenue does the disclosure report list?",
          P + "Shuyang 2025 fees amount, 万元", **WAN),
        # ---- 上海市政府办公厅 2019
        V("zh", "sh19", "r.withheld.state_secret.natural_person",
          "2019年上海市府办有多少件个人申请因为涉及国家秘密没有公开？", P + "上海市府办 2019 国家秘密 自然人列"),
        V("en", "sh19", "c.procurement.projects",
          "Shanghai General Office, 2019: how many centralized government procurement projects did it list?",
          P + "Shanghai GO 2019 procurement projects"),
        V("zh", "sh19", "r.received.commercial",
          "2019年上海市政府办公厅新收的申请里，商业企业提的有几件？", P + "上海市府办 2019 新收 商业企业"),
        V("en", "sh19", "r.not_processed.petition.natural_person",
          "For 2019, how many applications from individuals did the Shanghai municipal government's general office set aside as petitions, reports or complaints?",
          P + "Shanghai GO 2019 petition-type, natural persons"),
        V("zh", "sh19", "r.unable.unclear.natural_person",
          "19年上海市府办的个人申请中，补正以后内容还是不明确、没法提供的有多少件？", P + "上海市府办 2019 补正后仍不明确 自然人列"),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "In 2019, for how many individuals' requests did the Shanghai General Office say the information didn't exist in ready form and would need to be produced?",
          P + "Shanghai GO 2019 needs creation, natural persons"),
        V("zh", "sh19", "a.review.upheld",
          "上海市政府办公厅2019年的信息公开行政复议，维持原答复的有几件？", P + "上海市府办 2019 复议 结果维持"),
        V("en", "sh19", "r.carried_forward.total",
          "Shanghai's general office, 2019 report: how many requests were still open and moved into the following year?",
          P + "Shanghai GO 2019 carried forward (text 72 agrees)", alt=(SH19_REQ, 72)),
        V("en", "sh19", "c.procurement.amount",
          "What was the total value of the Shanghai General Office's centralized procurement in 2019?",
          P + "Shanghai GO 2019 procurement amount (printed 251000元 = 25.1 万元)", **WAN),
        # ---- 洪泽区 2023
        V("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年行政许可处理决定有多少个？", P + "洪泽 2023 行政许可"),
        V("en", "hz23", "c.punishment.decisions",
          "Hongze District, 2023: administrative penalty decisions — what's the count?", P + "Hongze 2023 行政处罚"),
        V("zh", "hz23", "r.partially_granted.total",
          "洪泽区政府2023年有几件申请是部分公开的？", P + "洪泽 2023 部分公开"),
        V("en", "hz23", "r.unable.not_held.total",
          "How many 2023 requests did Hongze say it couldn't fulfil because it didn't hold the information?",
          P + "Hongze 2023 unable: not held"),
        V("zh", "hz23", "a.litigation_after_review.upheld",
          "洪泽区2023年复议之后又打官司的案子，法院维持的有几件？", P + "洪泽 2023 复议后起诉 结果维持 (totals printed 0 avoided)"),
        V("en", "hz23", "c.fees.amount",
          "In its 2023 report, how much did Hongze District list as administrative fees collected?",
          P + "Hongze 2023 fees amount, 万元", **WAN),
        V("zh", "hz23", "r.withheld.state_secret.total",
          "洪泽2023年有没有因为属于国家秘密而不公开的申请？有几件？", P + "洪泽 2023 不予公开 国家秘密"),
        V("en", "hz23", "r.withheld.process_info.total",
          "Hongze 2023 — requests refused because the material was process (deliberative) information: how many?",
          P + "Hongze 2023 withheld: process information"),
        # ---- 涧西区政府办 2020
        V("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年政府集中采购花了多少钱？", P + "涧西 2020 采购总金额, 万元", **WAN),
        V("en", "jx", "r.granted.total",
          "Jianxi District government office, 2020: how many requests were granted in full?", P + "Jianxi 2020 granted"),
        V("zh", "jx", "c.normative_docs.made",
          "涧西区2020年新制作的规范性文件有几件？", P + "涧西 2020 规范性文件 新制作"),
        V("en", "jx", "r.unable.not_held.total",
          "How many 2020 requests did the Jianxi office answer with 'this information isn't held by us'?",
          P + "Jianxi 2020 unable: not held"),
        V("zh", "jx", "a.litigation_direct.total",
          "2020年涧西区政府办被人没经过复议直接告上法院的，有几件？", P + "涧西 2020 直接起诉 总计"),
        V("en", "jx", "r.received.natural_person",
          "How many new disclosure requests did private individuals send the Jianxi District office in 2020?",
          P + "Jianxi 2020 new requests, natural persons"),
        V("zh", "jx", "r.total_processed.total",
          "涧西区政府办2020年办结的依申请公开一共几件？", P + "涧西 2020 办理总计 (text 办结15件 agrees)",
          alt=(JX_REQ, 15)),
        # ---- 洪泽区 2024 (printed rows)
        V("zh", "hz24", "c.coercion.decisions",
          "洪泽区2024年行政强制决定有几个？", P + "洪泽 2024 行政强制 (text row)"),
        V("en", "hz24", "c.licensing.decisions",
          "Hongze District 2024: how many licensing decisions were made?", P + "Hongze 2024 行政许可 (text row)"),
        V("zh", "hz24", "r.granted.total",
          "洪泽区政府2024年予以公开的申请多少件？", P + "洪泽 2024 予以公开 (text row)"),
        V("en", "hz24", "r.carried_forward.total",
          "Did Hongze have any of its 2024 requests still pending going into 2025? How many?",
          P + "Hongze 2024 carried forward = 0 (text row)"),
        V("zh", "hz24", "a.review.total",
          "2024年洪泽区因为信息公开被申请行政复议，一共几件？", P + "洪泽 2024 复议总计 (text row)"),
        V("en", "hz24", "c.normative_docs.issued",
          "Hongze 2024 — how many normative documents did the district issue?", P + "Hongze 2024 规范性文件 制发 (text row)"),
        V("zh", "hz24", "c.punishment.decisions",
          "洪泽2024年行政处罚决定是多少件？", P + "洪泽 2024 行政处罚 (text row)"),
        # ---- 上海市科委 2024 (printed rows)
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年作出的行政许可决定是多少？", P + "上海科委 2024 行政许可 (text row)"),
        V("en", "kw", "c.normative_docs.in_force",
          "STCSM, 2024: how many of its normative documents are currently valid?", P + "STCSM 2024 规范性文件 现行有效 (text row)"),
        V("zh", "kw", "r.received.commercial",
          "上海科委2024年收到的信息公开申请，商业企业提交了几件？", P + "上海科委 2024 新收 商业企业 (text row)"),
        V("en", "kw", "c.punishment.decisions",
          "Did the Shanghai science and technology commission hand out any administrative penalty decisions in 2024? How many?",
          P + "STCSM 2024 行政处罚 = 0 (text row)"),
        # ---- 上海市政府办公厅 2025 (printed rows)
        V("zh", "sh25", "r.carried_over.natural_person",
          "上海市府办2025年由上一年转过来、申请人是个人的有多少件？", P + "上海市府办 2025 上年结转 自然人列 (text row)"),
        V("en", "sh25", "a.review.total",
          "Shanghai General Office 2025: how many administrative reconsiderations were there over disclosure?",
          P + "Shanghai GO 2025 review total (text row)"),
        V("zh", "sh25", "r.received.natural_person",
          "2025年上海市政府办公厅新收的申请里，自然人提的是多少？", P + "上海市府办 2025 新收 自然人 (text row)"),
        V("en", "sh25", "r.received.commercial",
          "How many of the Shanghai general office's new 2025 requests came from commercial companies?",
          P + "Shanghai GO 2025 new requests, commercial (text row)"),
        V("zh", "sh25", "r.total_processed.total",
          "上海市政府办公厅2025年办结了多少件信息公开申请？", P + "上海市府办 2025 办理总计 (text row; text 办结 1191 agrees)",
          alt=(SH25_REQ, 1191)),
        V("en", "sh25", "a.litigation_after_review.total",
          "Shanghai government general office, 2025: how many lawsuits followed a reconsideration?",
          P + "Shanghai GO 2025 litigation after review (text row)"),
        V("zh", "sh25", "r.carried_forward.total",
          "上海市政府办公厅二〇二五年没办完、要留到下一年接着办的申请有多少？", P + "上海市府办 2025 结转下年度 (text row)"),
    ]


def combine():
    P = "[combine] "
    out = [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市2024年全部公开和部分公开的申请合起来有多少件？", P + "淮安 2024 予以公开 + 部分公开"),
        S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Add up Huai'an's 2024 reconsideration cases and both kinds of disclosure lawsuits — how many cases altogether?",
          P + "Huai'an 2024 appeals: review + both litigation totals"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年行政复议、直接起诉、复议后起诉三类案件加起来一共多少件？",
          P + "沭阳 2025 复议+两类诉讼 (text 74 件 agrees)", alt=(SY_APP, 74)),
        S("en", "sy", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                       "r.received.legal_services", "r.received.other_org"],
          "Shuyang 2025: counting only newly received requests, how many came from organizations of any kind — companies, law firms and the rest?",
          P + "Shuyang 2025 new requests, five organisation columns (text 法人或其他组织 8 agrees)", alt=(SY_REQ, 8)),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市府办2025年，信访举报投诉类和重复申请这两种不予处理的，合计多少件？",
          P + "上海市府办 2025 信访类 + 重复申请 (text rows)"),
        S("en", "sh25", ["r.received.total", "r.carried_over.total"],
          "Shanghai General Office 2025: new requests plus the ones still open from 2024 — what's the combined workload?",
          P + "Shanghai GO 2025 received + carried over (text rows)"),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年行政处罚和行政强制决定加在一起是多少？", P + "洪泽 2024 处罚 + 强制 (text rows)"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests plus those brought forward from 2023 — total?",
          P + "STCSM 2024 received + carried over (text rows)"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年的行政复议和两类行政诉讼一共多少件？", P + "涧西 2020 复议 + 两类诉讼"),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person",
                         "r.unable.unclear.natural_person"],
          "Shanghai General Office in 2019: counting individuals only, how many requests ended as 'unable to provide' across all three reasons?",
          P + "Shanghai GO 2019 unable, three reasons, natural persons (总计 printed blank: columns used)"),
        S("zh", "hz23", ["r.withheld.%s.total" % s for s in L.WITHHELD],
          "洪泽区2023年不予公开的各种情形加起来是多少件？", P + "洪泽 2023 不予公开 8 sub-items"),
        S("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
          "Huai'an 2024: total of all the 'not processed' outcomes — petitions, duplicates, publication requests, excessive requests and re-confirmations?",
          P + "Huai'an 2024 not processed, 5 sub-items"),
        # year-to-year differences of one body
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区的行政许可决定数，2024年比2023年多了多少？", P + "洪泽 行政许可 2024 - 2023"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "By how much did Hongze's administrative penalty decisions change from 2023 to 2024?", P + "Hongze penalties 2024 - 2023"),
        D("zh", "hz23", "hz24", "c.fees.amount",
          "洪泽区行政事业性收费金额，2023年到2024年变化了多少万元？", P + "洪泽 收费金额 2024 - 2023, 万元", **WAN),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze: 'information not held' answers in 2024 versus 2023 — what's the difference?", P + "Hongze not held 2024 - 2023"),
        D("zh", "sh19", "sh25", "r.received.total",
          "上海市政府办公厅新收的信息公开申请，2025年比2019年增加了多少件？", P + "上海市府办 新收 2025 - 2019 (2025 text agrees)",
          alt=(SH25_REQ, 1295)),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: requests left open at the end of 2019 versus the end of 2025 — how many more in 2025?",
          P + "Shanghai GO carried forward 2025 - 2019"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市府办信息公开类行政复议的总数，从2019年到2025年多了几件？", P + "上海市府办 复议总计 2025 - 2019"),
        D("en", "sh19", "sh25", "r.received.natural_person",
          "Requests from private individuals to the Shanghai General Office: how did the count change between 2019 and 2025?",
          P + "Shanghai GO new requests, natural persons 2025 - 2019"),
    ]
    return out


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安市2024年、沭阳县2025年、上海市府办2019年这三份年报，谁新收的申请最多？", P + "新收 desc"),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.received.total", "asc",
          "Among Jianxi District office (2020), Hongze District (2023), Shuyang County (2025) and the Shanghai General Office (2019), which received the fewest new requests?",
          P + "received asc"),
        R("zh", ["sy", "sh19", "jx"], "a.review.total", "desc",
          "比一比沭阳县2025年、上海市政府办公厅2019年和涧西区政府办2020年，哪家的信息公开行政复议最多？", P + "复议总计 desc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
          "Which had the fewest requests still unfinished when its year closed: Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?",
          P + "carried forward asc"),
        R("zh", ["ha", "sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc",
          "个人申请被答复“本机关不掌握”的件数，淮安2024、上海市府办2019、沭阳2025、洪泽2023里谁最多？",
          P + "不掌握 自然人列 desc"),
        R("en", ["sy", "sh19", "jx", "hz23"], "a.litigation_direct.total", "desc",
          "Shuyang (2025), Shanghai General Office (2019), Jianxi (2020), Hongze (2023): who faced the most lawsuits filed without going through reconsideration first?",
          P + "direct litigation desc"),
        R("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "asc",
          "个人提出的信访举报投诉类申请，淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，哪个最少？",
          P + "信访类 自然人列 asc"),
        R("en", ["hz23", "jx", "sy"], "r.total_processed.total", "desc",
          "Of Hongze in 2023, Jianxi in 2020 and Shuyang in 2025, which body closed the most disclosure requests?",
          P + "total processed desc"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "行政许可决定数量：淮安市2024年、沭阳县2025年、洪泽区2023年，排第一的是哪个？", P + "行政许可 desc"),
        R("en", ["ha", "sh19", "sy"], "r.received.commercial", "desc",
          "Who got the most requests from businesses — Huai'an (2024), the Shanghai General Office (2019) or Shuyang County (2025)?",
          P + "new requests, commercial desc"),
    ]


def followup():
    P = "[followup] "
    return [
        F("zh", [("洪泽区2023年因为不掌握相关信息而无法提供的申请有几件？", E("hz23", "r.unable.not_held.total")),
                 ("到2024年这个数字变成多少了？", E("hz24", "r.unable.not_held.total"))],
          P + "洪泽 不掌握 2023 → 2024 (year switch)"),
        F("en", [("What was Hongze District's administrative penalty count for 2023?", E("hz23", "c.punishment.decisions")),
                 ("And the 2024 report gives what figure?", E("hz24", "c.punishment.decisions"))],
          P + "Hongze penalties 2023 → 2024 (year switch)"),
        F("zh", [("上海市政府办公厅2019年新收了多少件信息公开申请？", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                 ("2025年它新收的又是多少？", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))],
          P + "上海市府办 新收 2019 → 2025 (year switch; texts agree)"),
        F("en", [("How many requests did the Shanghai General Office carry over into 2019 from the year before?",
                  E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18))),
                 ("Same office — the 2025 report?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))],
          P + "Shanghai GO carried over 2019 → 2025 (year switch; texts agree)"),
        F("zh", [("淮安2024年信息公开行政复议里结果维持的有多少件？", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                 ("那复议后又起诉的，法院维持的是几件？", E("ha", "a.litigation_after_review.upheld")),
                 ("直接起诉那一类维持的呢？", E("ha", "a.litigation_direct.upheld"))],
          P + "淮安 2024 维持: 复议 → 复议后起诉 → 直接起诉 (appeals group switch)"),
        F("en", [("How many reconsideration cases over disclosure did Shuyang County have in 2025?", E("sy", "a.review.total")),
                 ("And how many people went straight to court instead?", E("sy", "a.litigation_direct.total")),
                 ("What about lawsuits after reconsideration?", E("sy", "a.litigation_after_review.total"))],
          P + "Shuyang 2025 appeals totals (group switch)"),
        F("zh", [("沭阳县2025年予以公开的申请有多少件？", E("sy", "r.granted.total")),
                 ("部分公开的有几件？", E("sy", "r.partially_granted.total"))],
          P + "沭阳 2025 予以公开 → 部分公开 (row switch)"),
        F("en", [("How many new requests did individuals file with Huai'an's city government in 2024?", E("ha", "r.received.natural_person")),
                 ("And from commercial enterprises?", E("ha", "r.received.commercial")),
                 ("The 'other organisations' column?", E("ha", "r.received.other_org"))],
          P + "Huai'an 2024 new requests by column (column switch)"),
        F("zh", [("涧西区政府办2020年一共收到多少件依申请公开？", E("jx", "r.received.total", alt=(JX_REQ, 17))),
                 ("洪泽区2023年收到的申请有多少？", E("hz23", "r.received.total", alt=(HZ23_REQ, 21)))],
          P + "涧西 2020 → 洪泽 2023 新收 (body switch; texts agree)"),
        F("en", [("How many normative documents did Hongze District repeal in 2023?", E("hz23", "c.normative_docs.repealed")),
                 ("And how many were still in force afterwards?", E("hz23", "c.normative_docs.in_force"))],
          P + "Hongze 2023 repealed → in force (column switch)"),
        F("zh", [("上海市府办2025年信访举报投诉类申请不予处理的有几件？", E("sh25", "r.not_processed.petition.total")),
                 ("重复申请的有几件？", E("sh25", "r.not_processed.duplicate.total"))],
          P + "上海市府办 2025 不予处理 sub-rows (row switch; text rows)"),
        F("en", [("How many disclosure requests did the Shanghai science commission receive in 2024?",
                  E("kw", "r.received.total", alt=(KW_REQ, 34))),
                 ("How many of those came from individuals?", E("kw", "r.received.natural_person"))],
          P + "STCSM 2024 received total → natural persons (column switch; text rows)"),
        F("zh", [("淮安市2024年有多少件申请是因为属于过程性信息而不予公开？", E("ha", "r.withheld.process_info.total")),
                 ("三类内部事务信息呢？", E("ha", "r.withheld.internal_affairs.total")),
                 ("属于行政执法案卷的呢？", E("ha", "r.withheld.enforcement_files.total"))],
          P + "淮安 2024 不予公开 sub-rows (row switch)"),
        F("en", [("How many Shuyang requests in 2025 got the answer that the county didn't have the information?",
                  E("sy", "r.unable.not_held.total")),
                 ("What about Huai'an in 2024?", E("ha", "r.unable.not_held.total"))],
          P + "not held: Shuyang 2025 → Huai'an 2024 (body switch)"),
        F("zh", [("洪泽区2024年没经过复议、直接提起的行政诉讼有几件？", E("hz24", "a.litigation_direct.total")),
                 ("先复议再起诉的有几件？", E("hz24", "a.litigation_after_review.total"))],
          P + "洪泽 2024 直接起诉 → 复议后起诉 (group switch; text rows)"),
        F("en", [("In 2019, how many reconsideration decisions upheld the Shanghai General Office?", E("sh19", "a.review.upheld")),
                 ("And how many of its reconsiderations were still undecided?", E("sh19", "a.review.pending"))],
          P + "Shanghai GO 2019 review upheld → pending (column switch)"),
        F("zh", [("沭阳县2025年结转到下一年继续办的申请多少件？", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
                 ("那从上一年结转进来的是多少？", E("sy", "r.carried_over.total"))],
          P + "沭阳 2025 结转下年 → 上年结转 (row switch; text agrees on 31)"),
        F("en", [("How many administrative coercion decisions did Huai'an make in 2024?", E("ha", "c.coercion.decisions")),
                 ("And Shuyang County for 2025?", E("sy", "c.coercion.decisions")),
                 ("Hongze District in 2023?", E("hz23", "c.coercion.decisions"))],
          P + "coercion: Huai'an 2024 → Shuyang 2025 → Hongze 2023 (body switch)"),
        F("zh", [("上海市政府办公厅2025年因本机关不掌握而无法提供的申请有多少？", E("sh25", "r.unable.not_held.total")),
                 ("需要另行制作的呢？", E("sh25", "r.unable.needs_creation.total"))],
          P + "上海市府办 2025 无法提供 sub-rows (row switch; text rows)"),
        F("en", [("How many requests did the Jianxi District office still have open at the end of 2020?",
                  E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
                 ("How many did Huai'an roll into 2025 at the end of 2024?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))],
          P + "carried forward: Jianxi 2020 → Huai'an 2024 (body switch; texts agree)"),
        F("zh", [("洪泽区2023年行政复议结果维持的有几件？", E("hz23", "a.review.upheld")),
                 ("被纠正的呢？", E("hz23", "a.review.corrected"))],
          P + "洪泽 2023 复议 维持 → 纠正 (column switch; printed total 0 avoided)"),
        F("en", [("Shanghai General Office, 2025: how many reconsideration cases were still pending?", E("sh25", "a.review.pending")),
                 ("And how many direct lawsuits were still pending?", E("sh25", "a.litigation_direct.pending"))],
          P + "Shanghai GO 2025 pending: review → direct litigation (group switch; text rows)"),
        F("zh", [("沭阳县2025年自然人新提交的申请有多少件？", E("sy", "r.received.natural_person")),
                 ("法律服务机构提交的呢？", E("sy", "r.received.legal_services")),
                 ("商业企业又有几件？", E("sy", "r.received.commercial"))],
          P + "沭阳 2025 新收 by column (column switch)"),
        F("en", [("How many normative documents did Hongze District have in force in 2024?", E("hz24", "c.normative_docs.in_force")),
                 ("And in 2023?", E("hz23", "c.normative_docs.in_force"))],
          P + "Hongze in force 2024 → 2023 (year switch)"),
        F("zh", [("淮安市2024年行政许可处理决定有多少？", E("ha", "c.licensing.decisions")),
                 ("行政处罚呢？", E("ha", "c.punishment.decisions"))],
          P + "淮安 2024 许可 → 处罚 (row switch)"),
        F("en", [("How many regulations did the Shanghai General Office newly produce in 2019?",
                  E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
                 ("And how many normative documents did it produce?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60)))],
          P + "Shanghai GO 2019 规章 → 规范性文件 新制作 (row switch; text agrees)"),
        F("zh", [("上海市科委2024年予以公开的申请有几件？", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
                 ("上海市府办2025年予以公开的又有多少？", E("sh25", "r.granted.total"))],
          P + "予以公开: 上海科委 2024 → 上海市府办 2025 (body switch; text rows)"),
        F("en", [("Shuyang 2025: how many requests were refused as administrative query matters?", E("sy", "r.withheld.admin_query.total")),
                 ("And how many because they were law-enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))],
          P + "Shuyang 2025 withheld sub-rows (row switch)"),
        F("zh", [("洪泽区2023年的行政事业性收费金额是多少？", E("hz23", "c.fees.amount", **WAN)),
                 ("2024年的收费金额呢？", E("hz24", "c.fees.amount", **WAN))],
          P + "洪泽 收费金额 2023 → 2024 (year switch), 万元"),
        F("en", [("How many disclosure lawsuits were filed directly against the Shanghai General Office in 2025?",
                  E("sh25", "a.litigation_direct.total")),
                 ("And back in 2019?", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9)))],
          P + "Shanghai GO direct litigation 2025 → 2019 (year switch)"),
        F("zh", [("淮安市2024年其他处理中第3项“其他”有多少件？", E("ha", "r.other.other.total")),
                 ("沭阳县2025年对应的这一项是多少件？", E("sy", "r.other.other.total"))],
          P + "其他处理 3.其他: 淮安 2024 → 沭阳 2025 (body switch)"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办2020年梳理出来的政府信息，一共涉及多少项事项？", P + "涧西 2020 601 项事项", frm="梳理细化"),
        N("en", "jx", "26个试点领域标准指引", 26, "个",
          "How many pilot areas did Jianxi District's 2020 report say it was working through for grassroots disclosure standards?",
          P + "Jianxi 2020 26 pilot areas", frm="对照省、市"),
        N("zh", "ha", "新闻发布会 12", 12, "场",
          "淮安市2024年一共开了多少场新闻发布会？", P + "淮安 2024 新闻发布会 12 场"),
        N("en", "ha", "政务新媒体共计 95", 95, "个",
          "How many government new-media accounts was Huai'an running, according to its 2024 report?", P + "Huai'an 2024 95 new-media accounts"),
        N("zh", "ha", "人民政府公报》6", 6, "期",
          "2024年《淮安市人民政府公报》出了几期？", P + "淮安 2024 公报 6 期"),
        N("en", "ha", "3940", 3940, "元",
          "How much did Huai'an's city government charge in information processing fees in 2024?", P + "Huai'an 2024 processing fee 3940 元", frm="2024 年，市政府严格"),
        N("zh", "ha", "全覆盖检查", 4, "次",
          "淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", P + "淮安 2024 全覆盖检查 4 次"),
        N("en", "hz23", "1136", 1136, "条",
          "How many pieces of government information did Hongze District post proactively on its website in 2023?",
          P + "Hongze 2023 1136 items"),
        N("zh", "hz24", "2428", 2428, "条",
          "洪泽区2024年在政府网站平台上主动发布了多少条政府信息？", P + "洪泽 2024 2428 条"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期",
          "Hongze 2024: how many executive meetings of the district government were made public?", P + "Hongze 2024 常务会议 7 期"),
        N("zh", "sy", "催办提示 84", 84, "次",
          "沭阳县2025年一共发出了多少次催办提示？", P + "沭阳 2025 催办提示 84 次"),
        N("en", "sy", "697", 697, "条",
          "How many outdated items did Shuyang clear off its disclosure pages in 2025?", P + "Shuyang 2025 697 expired items"),
        N("zh", "sy", "失效链接43处", 43, "处",
          "沭阳2025年整改了多少处失效链接？", P + "沭阳 2025 失效链接 43 处"),
        N("en", "sy", "办前主动沟通 49", 49, "次",
          "Shuyang 2025: how many times did staff proactively talk to applicants before handling their requests?",
          P + "Shuyang 2025 办前沟通 49 次"),
        N("en", "sy", "64家单位", 64, "家",
          "How many units' annual disclosure reports did Shuyang publish together in one batch in 2025?", P + "Shuyang 2025 64 units"),
        N("zh", "sy", "短视频1113", 1113, "个",
          "沭阳县2025年政务新媒体推送了多少个原创短视频？", P + "沭阳 2025 短视频 1113 个"),
        N("en", "sy", "4511", 4511, "条",
          "Shuyang County's government portal proactively disclosed how many items in 2025?", P + "Shuyang 2025 portal 4511 items"),
        N("zh", "kw", "1640", 1640, "篇",
          "上海科委的“上海科技”微信公众号2024年一共发了多少篇文章？", P + "上海科委 2024 公众号文章 1640 篇"),
        N("en", "kw", "直播 118", 118, "场",
          "How many livestreams did the Shanghai science commission's video channel run in 2024?", P + "STCSM 2024 118 livestreams"),
        N("zh", "kw", "政协提案 85", 85, "件",
          "上海市科委2024年主办、合办的政协提案有多少件？", P + "上海科委 2024 政协提案 85 件"),
        N("en", "kw", "集成式发布政策 121", 121, "条",
          "STCSM 2024: how many policies were pushed out in bulk through the integrated policy release?", P + "STCSM 2024 121 policies"),
        N("zh", "kw", "1016823", 1016823, "人",
          "2024年“上海科技”公众号的关注人数是多少？", P + "上海科委 2024 公众号关注 1016823 人"),
        N("en", "kw", "2139", 2139, "条",
          "How many items did the 'Shanghai Science and Technology' website publish over 2024?", P + "STCSM 2024 website 2139 items"),
        N("zh", "sh25", "主动撤回 157", 157, "件",
          "上海市府办2025年的申请里，申请人自己撤回的有多少件？", P + "上海市府办 2025 主动撤回 157 件"),
        N("en", "sh25", "新闻发布会 42", 42, "场",
          "How many Shanghai municipal government press conferences were held in 2025?", P + "Shanghai GO 2025 42 press conferences"),
        N("zh", "sh25", "公开属性审查 166", 166, "件",
          "2025年上海市政府办公厅完成了多少件公文公开属性审查？", P + "上海市府办 2025 公开属性审查 166 件", frm="全年完成"),
        N("en", "sh25", "10 个语种", 10, "个",
          "According to the Shanghai General Office's 2025 report, how many languages does the international services portal cover?",
          P + "Shanghai GO 2025 10 languages"),
        N("zh", "sh19", "政策解读共132", 132, "件",
          "上海市政府办公厅2019年通过门户网站发布了多少件政策解读？", P + "上海市府办 2019 政策解读 132 件"),
        N("en", "sh19", "70家政府网站", 70, "家",
          "How many government websites in Shanghai were checked every quarter in 2019?", P + "Shanghai GO 2019 70 websites"),
        N("zh", "sh19", "人事任免文件141", 141, "件",
          "2019年上海市府办主动公开了多少件人事任免文件？", P + "上海市府办 2019 人事任免 141 件", frm="2019年，通过"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total",
          "淮安市2024年从前一年转过来接着办的申请有多少件？",
          P + "淮安 2024 上年结转 34 (neighbour: 结转下年度 103; text agrees)", alt=(HA_REQ, 34)),
        T("en", "ha", "a.litigation_after_review.total",
          "Huai'an 2024: how many lawsuits came after the applicant had first gone through reconsideration?",
          P + "Huai'an 2024 after-review litigation 20 (neighbour: direct 26)"),
        T("zh", "ha", "c.normative_docs.issued",
          "淮安市2024年新制发的行政规范性文件是几件？", P + "淮安 2024 制发 8 (neighbours: 废止 26 / 现行有效 66)"),
        T("en", "sy", "r.unable.needs_creation.total",
          "Shuyang 2025: how many requests failed because no ready-made information existed and it would have had to be put together?",
          P + "Shuyang 2025 needs creation 2 (neighbour: not held 111)"),
        T("zh", "sy", "r.withheld.process_info.total",
          "沭阳县2025年因属于四类过程性信息而不予公开的有几件？", P + "沭阳 2025 过程性信息 2 (neighbour: 内部事务 13)"),
        T("en", "sy", "a.review.other",
          "Shuyang's 2025 reconsideration cases that ended with some 'other' result — how many?",
          P + "Shuyang 2025 review other 9 (neighbour: corrected 10)"),
        T("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年集中采购了多少个项目？", P + "涧西 2020 采购项目数 8 (neighbour: 金额 28.6232)"),
        T("en", "kw", "r.total_processed.total",
          "How many requests did the Shanghai science commission actually finish handling in 2024, counting the ones it inherited from 2023 as well?",
          P + "STCSM 2024 total processed 35 (neighbours: received 34, received + carried over 36)"),
        T("zh", "ha", "r.partially_granted.total",
          "淮安市2024年部分公开（区分处理）的申请有多少件？", P + "淮安 2024 部分公开 454 (neighbour: 予以公开 1362)"),
        T("en", "hz23", "r.withheld.admin_query.total",
          "Hongze 2023: how many requests were withheld because they were administrative query matters?",
          P + "Hongze 2023 admin query 0 (neighbour: enforcement files 1)"),
        T("zh", "ha", "c.regulations.in_force",
          "淮安市2024年现行有效的规章有多少件？", P + "淮安 2024 规章 现行有效 11 (neighbour: 制发 1)"),
        T("en", "sh19", "c.regulations.total_published",
          "How many municipal regulations had the Shanghai General Office made public in total as of its 2019 report?",
          P + "Shanghai GO 2019 regulations total published 524 (neighbour: made 13)"),
    ]


def cannot():
    P = "[cannot] "
    Q = []

    def u(lang, q, why, tag):
        Q.append(U(lang, q, why, P + tag))

    # --- one person's own request, told as a story
    u("zh", "我2024年5月给淮安市政府递了一份申请，想要我们小区旧改的补偿方案，结果只收到一个“信息不存在”的答复。你能查到我那件申请最后是怎么定性的吗？",
      "年报只有汇总数字，不记录个人申请的处理情况", "personal story: own request at 淮安 2024")
    u("en", "I filed a request with the Shanghai General Office in 2025 about a road-widening plan near my flat and heard nothing for weeks. Was mine one of the 293 carried forward?",
      "the report counts requests; it does not identify any individual application", "personal story: own request, Shanghai GO 2025")
    u("zh", "我爸2025年在沭阳县申请过宅基地审批的材料，被告知要另行制作。他那件是不是算在那2件里面？当时是谁经办的？",
      "年报不标明具体申请对应哪一类，也不记录经办人", "personal story: father's request, 沭阳 2025")
    u("en", "My company asked Huai'an for tender records in 2024 and only got part of them. Were we one of the 7 commercial partial disclosures, and which pages did they black out?",
      "the report gives counts only; it says nothing about any particular applicant or redaction", "personal story: company request, Huai'an 2024")
    u("zh", "2023年我在洪泽区申请过一次信息公开，被以国家秘密为由拒了，应该就是表里那1件吧？他们当时凭什么认定是国家秘密？",
      "年报不说明单个申请的认定依据，也无法确认是哪一件", "personal story: refused request, 洪泽 2023")
    u("en", "I'm one of the people who asked the Jianxi District office for information in 2020. Can you tell me whether my request was one of the 2 still being handled when 2020 ended?",
      "the report does not say which applicants' requests were carried forward", "personal story: own request, Jianxi 2020")
    u("zh", "我2019年找上海市府办申请过一份文件，后来去法院起诉了，是不是那9件诉讼里被维持的8件之一？判决书能发我看看吗？",
      "年报不列具体案件，也不附判决书", "personal story: own lawsuit, 上海市府办 2019")
    u("zh", "我2025年向上海市政府办公厅申请公开信息，他们让我补正我没补，是不是就算进那43件“逾期不补正”里了？我的申请编号是多少？",
      "年报不记录个人申请及其编号", "personal story: own request number, 上海市府办 2025")
    u("en", "I paid a fee when I requested documents from Huai'an in 2024. Was my payment part of the 3940 yuan, and how much of that was mine?",
      "the report gives only the year's total fee, not individual payments", "personal story: own fee, Huai'an 2024")
    u("en", "My mum applied to Shuyang County in 2025 about her pension records and the answer took ages. How many days exactly did her case take?",
      "individual cases and their handling times are not in the report", "personal story: mother's request, Shuyang 2025")

    # --- named people
    u("zh", "淮安市2024年的3119件申请里，有没有一个叫张建国的人提交的？他前后申请了几次？",
      "年报不列申请人姓名", "named person: applicant at 淮安 2024")
    u("en", "Did a journalist called Li Wei file any of the 1295 requests the Shanghai General Office received in 2025?",
      "the report does not name applicants", "named person: journalist, Shanghai GO 2025")
    u("zh", "沭阳县2025年负责信息公开的科长叫什么名字？他一个人经手了多少件申请？",
      "年报不提工作人员姓名，也没有个人经办量", "named person: official at 沭阳 2025")
    u("en", "Which judges heard the 3 direct lawsuits against Shuyang County in 2025, and how many did each of them decide?",
      "the report gives case counts only, no judges", "named person: judges, Shuyang 2025")
    u("zh", "洪泽区2024年那3件复议后起诉的案子，原告分别是谁？",
      "年报不披露诉讼当事人", "named person: plaintiffs, 洪泽 2024")

    # --- personal data
    u("en", "Can you give me the phone numbers of the 32 individuals who applied to the Shanghai science commission in 2024?",
      "personal data of applicants is not in the report and must not be disclosed", "personal data: phone numbers, STCSM 2024")
    u("zh", "涧西区2020年那17个申请人的身份证号和家庭住址能给我列一下吗？",
      "年报没有也不应公开申请人个人信息", "personal data: ID numbers, 涧西 2020")
    u("en", "List the home addresses of the people behind Huai'an's 746 'not held' answers to individuals in 2024.",
      "personal data of applicants is not in the report", "personal data: addresses, Huai'an 2024")
    u("zh", "上海市府办2019年那821个自然人申请者，能给我一份名单和联系方式吗？",
      "年报不含申请人名单或联系方式", "personal data: applicant list, 上海市府办 2019")
    u("en", "What are the names and ages of the applicants whose 105 requests Huai'an withheld as administrative query matters in 2024?",
      "the report holds no applicant names or ages", "personal data: names and ages, Huai'an 2024")

    # --- breakdowns the reports do not print
    u("zh", "淮安市2024年3月份一个月收到了多少件信息公开申请？",
      "年报只有全年合计，没有按月统计", "breakdown: month, 淮安 2024")
    u("en", "How many disclosure requests did Shuyang County receive in the third quarter of 2025?",
      "the report gives yearly totals only, no quarters", "breakdown: quarter, Shuyang 2025")
    u("zh", "上海市府办2025年那1259个个人申请，男女各占多少？",
      "年报不按性别统计申请人", "breakdown: sex, 上海市府办 2025")
    u("en", "What share of the 705 individual applicants to Shuyang in 2025 were over 60 years old?",
      "applicants are not broken down by age", "breakdown: age, Shuyang 2025")
    u("zh", "洪泽区2024年的申请里，网上提交的有几件，邮寄过去的有几件？",
      "年报不按提交渠道统计", "breakdown: channel, 洪泽 2024")
    u("en", "Of the 859 requests the Shanghai General Office received in 2019, how many came in online and how many were handed in at a counter?",
      "the report does not split requests by channel", "breakdown: channel, Shanghai GO 2019")
    u("zh", "淮安市2024年的申请主要集中在哪些方面？其中征地拆迁类的有多少件？",
      "年报提到研判申请集中领域，但没有给出分领域数字", "breakdown: topic, 淮安 2024")
    u("en", "How many of Shuyang's 2025 disclosure requests were about land requisition or demolition?",
      "requests are not broken down by topic", "breakdown: topic, Shuyang 2025")
    u("zh", "沭阳县2025年那713件新收申请，按乡镇分各有多少？",
      "年报不按乡镇统计", "breakdown: township, 沭阳 2025")
    u("en", "Break Huai'an's 3119 requests in 2024 down by district for me — how many came from Qingjiangpu?",
      "the city report has no district breakdown", "breakdown: district, Huai'an 2024")
    u("zh", "上海市府办2025年的1295件申请分别转给了哪些委办局？住建委那边占多少？",
      "年报不按承办部门统计", "breakdown: department, 上海市府办 2025")
    u("en", "In Shuyang's 2025 figures, which county department handled the most of the 718 requests?",
      "the report gives no per-department handling counts", "breakdown: department, Shuyang 2025")
    u("zh", "淮安市2024年提申请的那53家商业企业里，做制造业的有几家？",
      "年报不区分企业所属行业", "sub-group: industry of 53 companies, 淮安 2024")
    u("en", "Of the 36 company requests the Shanghai General Office got in 2025, how many were from real-estate developers?",
      "companies are not broken down by industry", "sub-group: industry of 36 companies, Shanghai GO 2025")
    u("zh", "2024年“上海科技”公众号那1016823个关注的人里，有多少是搞科研的？",
      "年报只给关注总数，不分关注者类型", "sub-group: kind of followers, 上海科委 2024")
    u("en", "How many of the 54373 followers of the Shanghai science commission's video channel in 2024 are university students?",
      "followers are not broken down by type", "sub-group: kind of followers, STCSM 2024")
    u("zh", "沭阳县2025年申请信息公开的个人里，外地户籍的有多少？",
      "年报不统计申请人户籍", "breakdown: residence, 沭阳 2025")
    u("en", "How many of the Shanghai General Office's 2025 applicants were foreign nationals?",
      "applicants are not broken down by nationality", "breakdown: nationality, Shanghai GO 2025")
    u("zh", "涧西区2020年那17件申请，有多少是涧西本地居民提的？",
      "年报不统计申请人居住地", "breakdown: residence, 涧西 2020")
    u("en", "In which month of 2023 did Hongze District get the most disclosure requests?",
      "no monthly figures are reported", "breakdown: month, Hongze 2023")
    u("zh", "淮安市2024年那351件行政复议，申请人是老年人的有几件？",
      "复议案件不按申请人年龄统计", "breakdown: age, 淮安 2024 复议")
    u("en", "Of the 61 reconsideration cases Shuyang had in 2025, how many were about housing demolition?",
      "reconsiderations are not broken down by subject", "breakdown: topic, Shuyang 2025 复议")
    u("en", "Which townships did Hongze District's 95 new requests of 2024 come from?",
      "the report has no township breakdown", "breakdown: township, Hongze 2024")

    # --- quantities the reports do not state
    u("zh", "淮安市2024年答复一件信息公开申请平均要多少个工作日？",
      "年报只说均在法定期限内答复，没有平均天数", "not stated: response days, 淮安 2024")
    u("en", "How many staff did the Shanghai General Office have working on information disclosure in 2025?",
      "no staff numbers are given", "not stated: staff, Shanghai GO 2025")
    u("zh", "沭阳县2025年做那1113个原创短视频一共花了多少钱？",
      "年报没有制作费用", "not stated: cost, 沭阳 2025")
    u("en", "What was Hongze District's budget for open-government work in 2024?",
      "no budget figure is given", "not stated: budget, Hongze 2024")
    u("zh", "群众对淮安市2024年政务公开工作的满意度是多少分？",
      "年报没有满意度数据", "not stated: satisfaction, 淮安 2024")
    u("en", "How many phone calls did the Jianxi District office's disclosure staff take in 2020?",
      "no call counts are reported", "not stated: phone calls, Jianxi 2020")
    u("zh", "洪泽区2023年有几个人专门做政府信息公开工作？",
      "年报只提加强队伍建设，没有人数", "not stated: staff, 洪泽 2023")
    u("en", "On average, how many days did the Shanghai science commission take to answer a disclosure request in 2024?",
      "no response times are reported", "not stated: response days, STCSM 2024")
    u("zh", "沭阳县2025年12345热线接到了多少个跟信息公开有关的电话？",
      "年报提到12345热线，但没有来电数量", "not stated: phone calls, 沭阳 2025")
    u("en", "How much did it cost the Shanghai General Office to add the Italian-language site in 2025?",
      "the report mentions the new site but no cost", "not stated: cost, Shanghai GO 2025")
    u("zh", "上海市府办2019年组织的全市政务公开业务培训，一共有多少人参加？",
      "年报提到培训，没有参训人数", "not stated: trainees, 上海市府办 2019")
    u("en", "What satisfaction score did Shuyang County residents give its disclosure work in 2025?",
      "no satisfaction figure is reported", "not stated: satisfaction, Shuyang 2025")

    # --- reasons behind a count
    u("zh", "沭阳县2025年为什么有143件申请落到“其他”处理里？具体都是些什么情况？",
      "年报没有解释这一项的具体原因", "reason: 沭阳 2025 其他处理 143")
    u("en", "Why did Hongze's new requests jump to 95 in 2024 when there were only 21 in 2023?",
      "neither report explains the change", "reason: Hongze 2023→2024 increase")
    u("zh", "淮安市2024年行政复议被纠正了64件，问题都出在哪些环节？",
      "年报不分析纠错原因", "reason: 淮安 2024 复议纠正 64")
    u("zh", "上海科委2024年为什么有14件申请走了“其他处理”？",
      "年报只给件数，没有说明原因", "reason: 上海科委 2024 其他处理 14")
    u("en", "Why were 105 of Huai'an's 2024 requests classified as administrative query matters instead of being disclosed?",
      "the report does not explain the reasoning behind the classification", "reason: Huai'an 2024 admin query 105")
    u("zh", "涧西区政府办2020年那1件行政复议是因为什么事情引起的？",
      "年报不介绍案件内容", "reason: 涧西 2020 复议 1 件")

    # --- forecasts
    u("zh", "照这个势头，淮安市2025年会收到多少件信息公开申请？",
      "年报不做预测，语料中也没有淮安市2025年的报告", "forecast: 淮安 2025")
    u("en", "Based on the 2019 and 2025 reports, how many requests will the Shanghai General Office receive in 2026?",
      "the reports contain no forecasts", "forecast: Shanghai GO 2026")
    u("zh", "上海科委的公众号2025年关注人数能不能突破110万？",
      "年报不做预测，语料中没有上海科委2025年的报告", "forecast: 上海科委 2025")

    # --- opinions
    u("en", "In your view, is 64 corrected reconsiderations out of 351 a bad record for Huai'an in 2024?",
      "a judgement call the report does not make", "opinion: Huai'an 2024 correction record")
    u("zh", "你觉得沭阳县2025年有111件答复“不掌握”，算不算在推诿？",
      "属于评价性问题，年报没有相关结论", "opinion: 沭阳 2025 不掌握 111")
    u("en", "Who did a better job on transparency in 2024, Hongze District or Huai'an city?",
      "an evaluative question the reports do not answer", "opinion: Hongze vs Huai'an 2024")
    u("en", "Was Jianxi's 88.2% completion rate in 2020 good compared with the other districts of Luoyang?",
      "the corpus holds no other Luoyang districts, and the report makes no comparison", "opinion: Jianxi 2020 vs Luoyang districts")

    # --- sub-groups of a printed count
    u("zh", "淮安市2024年那1362件予以公开的申请里，有多少是当场就答复的？",
      "年报不区分当场答复与延后答复", "sub-group: 淮安 2024 予以公开 1362")
    u("en", "Of Shuyang's 294 granted requests in 2025, how many concerned social insurance?",
      "granted requests are not broken down by subject", "sub-group: Shuyang 2025 granted 294")
    u("zh", "上海市府办2025年206件予以公开的里面，涉及规划类信息的有几件？",
      "年报不按信息类别细分", "sub-group: 上海市府办 2025 予以公开 206")
    u("en", "Of the 95 new-media accounts Huai'an was running in 2024, how many were WeChat official accounts?",
      "the report gives only the total number of accounts", "sub-group: Huai'an 2024 95 accounts by platform")
    u("zh", "沭阳县2025年开设的33个专栏里，有几个是做视频的？",
      "年报只给专栏总数", "sub-group: 沭阳 2025 33 个专栏")
    u("en", "Of the 2139 items on the 'Shanghai Science and Technology' website in 2024, how many were read more than 10,000 times?",
      "the report gives no readership figures per item", "sub-group: STCSM 2024 2139 website items")
    u("zh", "上海市府办2019年那72件顺延答复的申请，到了2020年最后是怎么处理的？",
      "语料中没有上海市府办2020年的报告", "sub-group: 上海市府办 2019 顺延 72, outcome in 2020")
    u("en", "Of Hongze's 2776 penalty decisions in 2024, how many were traffic fines?",
      "penalty decisions are not broken down by type", "sub-group: Hongze 2024 penalties 2776")

    # --- shares of one body's figure attributed to another body
    u("zh", "淮安市2024年那3119件申请里，有多少件其实是淮安区政府受理的？",
      "淮安市年报不按区县拆分申请量，语料中也没有淮安区的报告", "attribution: 淮安 2024 3119 → 淮安区")
    u("en", "How much of Huai'an's 96171.6 (10,000 yuan) in administrative fees for 2024 was collected by Huaiyin District?",
      "the city report does not split the fee total by district, and the corpus holds no Huaiyin report", "attribution: Huai'an 2024 fees → Huaiyin")
    u("zh", "上海市府办2025年那1295件申请里，有多少件后来转给浦东新区政府去办了？",
      "年报不说明申请转办去向，语料中也没有浦东新区的报告", "attribution: 上海市府办 2025 1295 → 浦东新区")
    u("en", "How many of Shuyang's 713 new requests in 2025 ended up being handled by Suqian city?",
      "the report does not say whether any requests were passed to the city level", "attribution: Shuyang 2025 713 → Suqian")

    # --- bodies / years not in the corpus
    u("zh", "淮安市2023年的政府信息公开申请有多少件？",
      "语料中没有淮安市2023年的报告", "not held: 淮安 2023")
    u("en", "How many disclosure requests did Hongze District receive in 2022?",
      "the corpus holds no Hongze report for 2022", "not held: Hongze 2022")
    u("zh", "沭阳县2024年信息公开行政复议有几件？",
      "语料中没有沭阳县2024年的报告", "not held: 沭阳 2024")
    u("en", "What was the Shanghai science commission's count of licensing decisions in 2023?",
      "the corpus holds no STCSM report for 2023", "not held: STCSM 2023")
    u("zh", "南京市政府2024年新收了多少件信息公开申请？",
      "语料中没有南京市的报告", "not held: 南京 2024")
    u("zh", "涧西区政府办2021年依申请公开的办结率是多少？",
      "语料中没有涧西区2021年的报告", "not held: 涧西 2021")
    u("en", "Luoyang city government, 2020: how many requests did it grant?",
      "the corpus holds no Luoyang city report", "not held: Luoyang 2020")
    return Q


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
