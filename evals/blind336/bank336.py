"""Question bank of blind evaluation set 336 (evals/blind336): follow-up conversations.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Every number in an `expect` is computed by helpers336 (from corpus/gold/*.json, from the
printed table rows named in SPECS, or from a sentence cut from the report text). This file
only names bodies, keys, keywords and the wording of the questions.

Bodies: jx 涧西区人民政府办公室 2020, ha 淮安市人民政府 2024, hz23 / hz24 淮安市洪泽区人民政府
2023 / 2024, sy 沭阳县人民政府 2025, kw 上海市科学技术委员会 2024, sh19 / sh25 上海市人民政府办公厅
2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib336 as L  # noqa: E402
import helpers336 as H  # noqa: E402

# Printed cells of the three reports without gold: exactly the cell specs of
# evals/blind6/text_cells.json (verified there), nothing new.
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

# text alternatives: the report's narrative states the same number as the table cell
HA_REQ = "受理政府信息公开申请"      # 淮安 2024: 受理 3119 / 答复 3050 / 结转 34 / 顺延 103
HA_APP = "行政诉讼 46"                # 淮安 2024: 复议 351 (72/64/178/37), 诉讼 46 (25/5/9/7)
SY_REQ = "749"                        # 沭阳 2025: 741 / 8 / 718 / 31
SH19_REQ = "受理政府信息公开申请859"  # 上海市府办 2019: 859 / 805 / 18 / 72
SH19_APP = "均获维持"                 # 上海市府办 2019: 复议 7, 诉讼 9
SH19_DOC = "人事任免文件"             # 上海市府办 2019: 规章 13, 行政规范性文件 60
SH25_REQ = "受理政府信息公开申请"     # 上海市府办 2025: 1295 / 1191 / 189
KW_REQ = "全年收到"                   # 上海市科委 2024: 34 / 2
KW_OK = "同意公开"                    # 上海市科委 2024: 9
JX_REQ = "收到依申请公开"             # 涧西 2020: 17 / 15 / 2
HZ23_REQ = "受理政府信息公开申请"     # 洪泽 2023: 21

v, n, u, d, r, s = H.E, H.EN, H.EU, H.ED, H.ER, H.ES
WAN = {"unit": "万元"}


def P(lang, b, keys, q, note, **kw):
    return H.V(lang, b, keys, q, "[plain] " + note, **kw)


def T(lang, b, keys, q, note, **kw):
    return H.T(lang, b, keys, q, "[neighbour] " + note, **kw)


def S(lang, b, keys, q, note, **kw):
    return H.S(lang, b, keys, q, "[combine] " + note, **kw)


def D(lang, b1, b2, keys, q, note, **kw):
    return H.D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def R(lang, bodies, keys, order, q, note):
    return H.R(lang, bodies, keys, order, q, "[rank] " + note)


def N(lang, b, keyword, value, unit, q, note, frm=None):
    return H.N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def U(lang, q, why, note):
    return H.U(lang, q, why, "[cannot] " + note)


def F(lang, turns, note):
    return H.F(lang, turns, "[followup] " + note)


# ================================================================== plain values
def plain():
    return [
        # ---- zh
        P("zh", "ha", "r.granted.total",
          "淮安市政府2024年的依申请公开，完整公开给申请人的一共多少件？", "予以公开 total"),
        P("zh", "ha", "r.unable.not_held.total",
          "2024年淮安市人民政府回复“本机关不掌握”的申请有几件", "本机关不掌握 total"),
        P("zh", "ha", "c.normative_docs.repealed",
          "淮安2024年一年里废掉了多少件行政规范性文件？", "规范性文件 废止"),
        P("zh", "ha", "a.review.corrected",
          "淮安市政府24年信息公开类的行政复议，被复议机关纠正的有几起", "复议 纠正",
          alt=(HA_APP, 64)),
        P("zh", "ha", "r.withheld.admin_query.total",
          "请问淮安市2024年以“属于行政查询事项”为由不公开的申请是多少？", "不予公开 行政查询"),
        P("zh", "ha", "c.coercion.decisions",
          "淮安2024年度行政强制的处理决定有多少个", "行政强制 决定数"),
        P("zh", "ha", "r.received.legal_services",
          "律师事务所这类法律服务机构，2024年向淮安市政府提了多少件新申请？",
          "法律服务机构 new requests"),
        P("zh", "sy", "r.partially_granted.total",
          "沭阳县2025年只公开了一部分内容的申请有多少件", "部分公开 total"),
        P("zh", "sy", "a.review.pending",
          "沭阳县政府2025年信息公开引起的行政复议，到年底还没出结果的有几件？", "复议 尚未审结"),
        P("zh", "sy", "r.other.other.total",
          "沭阳2025年年报表三里，（六）其他处理下的“3.其他”总计是多少？", "其他处理/其他 total"),
        P("zh", "sy", "c.normative_docs.in_force",
          "到2025年底，沭阳县现行有效的行政规范性文件还有几件", "规范性文件 现行有效"),
        P("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县2025年因为属于三类内部事务信息而没公开的申请有多少件？", "不予公开 内部事务"),
        P("zh", "sy", "c.fees.amount",
          "沭阳县2025年行政事业性收费一共收了多少万元", "收费金额 万元", **WAN),
        P("zh", "hz23", "c.punishment.decisions",
          "洪泽区2023年一共作出多少个行政处罚决定？", "行政处罚 决定数"),
        P("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽区政府2023年有几件申请是因为没有现成信息、得另外制作才没法提供的", "另行制作 total"),
        P("zh", "hz23", "a.review.upheld",
          "2023年洪泽区信息公开行政复议中维持原决定的有多少件？", "复议 维持 (printed total 0 not asked)"),
        P("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年行政许可的处理决定数量是多少", "行政许可 (text row)"),
        P("zh", "hz24", "r.unable.not_held.total",
          "2024年洪泽区政府因本机关不掌握而无法提供信息的申请有几件？", "不掌握 (text row)"),
        P("zh", "sh19", "c.procurement.projects",
          "上海市政府办公厅2019年报里政府集中采购的项目数是多少", "采购项目数 (2019 format)"),
        P("zh", "sh19", "c.regulations.total_published",
          "截至2019年，上海市府办对外公开的规章总数是多少件？", "规章 对外公开总数量"),
        P("zh", "sh19", "r.unable.needs_creation.natural_person",
          "上海市政府办公厅2019年个人申请里，因为需要另行制作而没能提供的有几件",
          "另行制作 自然人 (row total printed blank: asked by column)"),
        P("zh", "sh19", "r.received.legal_services",
          "2019年法律服务机构向上海市府办新提交了几件信息公开申请？", "新收 法律服务机构"),
        P("zh", "sh25", "r.not_processed.petition.total",
          "上海市政府办公厅2025年把多少件申请归为信访举报投诉类、不予处理？", "信访举报投诉 (text row)"),
        P("zh", "sh25", "r.unable.needs_creation.total",
          "2025年上海市府办答复“没有现成信息需要另行制作”的有多少件", "另行制作 (text row)"),
        P("zh", "sh25", "a.review.pending",
          "上海市政府办公厅2025年信息公开行政复议尚未审结的是几件？", "复议 尚未审结 (text row)"),
        P("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年作出的行政许可决定有多少个", "行政许可 (text row)"),
        P("zh", "kw", "r.received.natural_person",
          "2024年上海市科学技术委员会新收的申请中，以个人名义提交的有几件？", "新收 自然人 (text row)"),
        P("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年政府集中采购的总金额是多少万元？", "采购金额 万元", **WAN),
        P("zh", "jx", "r.unable.not_held.total",
          "涧西区政府办公室2020年有几件申请因为手头没有这方面信息而没法提供", "不掌握 total"),
        P("zh", "jx", "a.litigation_after_review.total",
          "涧西区2020年经过复议之后又打官司的信息公开案子有几起？", "复议后起诉 total"),
        # ---- en
        P("en", "ha", "r.partially_granted.total",
          "How many requests did Huai'an's city government release only in part in 2024?",
          "部分公开 total"),
        P("en", "ha", "r.not_processed.duplicate.total",
          "In 2024, how many applications to the Huai'an municipal government were set aside as repeat requests?",
          "重复申请 total"),
        P("en", "ha", "r.other.overdue_correction.total",
          "Huai'an 2024: number of requests dropped because the applicant never sent the corrections that were asked for?",
          "逾期不补正 total"),
        P("en", "ha", "a.litigation_direct.total",
          "How many disclosure lawsuits were brought straight to court against Huai'an city in 2024, with no reconsideration first?",
          "直接起诉 total"),
        P("en", "ha", "c.licensing.decisions",
          "What's the count of administrative licensing decisions in Huai'an's 2024 report?",
          "行政许可 决定数"),
        P("en", "ha", "c.fees.amount",
          "How much did Huai'an collect in administrative fees in 2024, in units of 10,000 yuan?",
          "收费金额 万元", **WAN),
        P("en", "ha", "r.carried_forward.total",
          "At the close of 2024, how many of Huai'an's requests were still open and carried forward?",
          "结转下年度 total", alt=(HA_REQ, 103)),
        P("en", "sy", "r.received.legal_services",
          "Shuyang County, 2025: new requests from law firms and other legal service providers?",
          "新收 法律服务机构"),
        P("en", "sy", "r.unable.not_held.total",
          "In Shuyang County's 2025 report, how many requests got the answer 'we don't hold that information'?",
          "不掌握 total"),
        P("en", "sy", "a.litigation_after_review.upheld",
          "In 2025, how many of Shuyang's suits filed after a reconsideration ended with the original decision upheld?",
          "复议后起诉 维持"),
        P("en", "sy", "c.punishment.decisions",
          "Shuyang County 2025 - administrative penalty decisions, how many?", "行政处罚 决定数"),
        P("en", "sy", "r.other.overdue_fee.total",
          "How many of Shuyang's 2025 requests lapsed because the applicant didn't pay after getting a fee notice?",
          "逾期未缴费 total"),
        P("en", "sy", "r.carried_over.total",
          "How many unfinished requests did Shuyang County bring into 2025 from the year before?",
          "上年结转 total"),
        P("en", "hz23", "r.received.total",
          "How many new disclosure requests did Hongze District take in during 2023?",
          "新收 total", alt=(HZ23_REQ, 21)),
        P("en", "hz23", "c.normative_docs.repealed",
          "How many normative documents did Hongze District scrap in 2023?", "规范性文件 废止"),
        P("en", "hz23", "r.withheld.process_info.total",
          "Hongze District 2023 - how many refusals cited process information (deliberations, drafts and the like)?",
          "不予公开 过程性信息"),
        P("en", "hz24", "c.punishment.decisions",
          "Number of administrative penalty decisions Hongze District reported for 2024?",
          "行政处罚 (text row)"),
        P("en", "hz24", "a.litigation_direct.total",
          "Hongze District, 2024: how many disclosure lawsuits were filed directly, skipping reconsideration?",
          "直接起诉 total (text row)"),
        P("en", "sh19", "r.received.commercial",
          "In 2019, how many new requests did the Shanghai government's General Office get from businesses?",
          "新收 商业企业"),
        P("en", "sh19", "c.normative_docs.total_published",
          "Total normative documents the Shanghai General Office had made public, as listed in its 2019 report?",
          "规范性文件 对外公开总数量"),
        P("en", "sh19", "c.procurement.amount",
          "What was the centralized procurement amount in the Shanghai General Office's 2019 report, in 10,000 yuan?",
          "采购金额 251000元 = 25.1 万元", **WAN),
        P("en", "sh19", "r.total_processed.commercial",
          "How many requests from companies did the Shanghai General Office finish handling in 2019?",
          "办理总计 商业企业"),
        P("en", "sh25", "r.carried_forward.total",
          "How many requests did the Shanghai General Office roll over into the following year at the end of 2025?",
          "结转下年度 (text row)"),
        P("en", "sh25", "a.litigation_after_review.total",
          "Shanghai General Office 2025: total suits brought after a reconsideration?",
          "复议后起诉 total (text row; printed number, incl. carried-over cases)"),
        P("en", "sh25", "r.received.commercial",
          "How many of the 2025 requests to Shanghai's General Office came from commercial enterprises?",
          "新收 商业企业 (text row)"),
        P("en", "kw", "c.normative_docs.in_force",
          "How many normative documents were in force at STCSM according to its 2024 report?",
          "规范性文件 现行有效 (text row)"),
        P("en", "kw", "r.total_processed.total",
          "Total requests the Shanghai Science and Technology Commission dealt with in 2024, per the table?",
          "办理总计 (text row)"),
        P("en", "jx", "r.granted.total",
          "Jianxi District Government Office in 2020: how many requests were granted in full?",
          "予以公开 total"),
        P("en", "jx", "c.normative_docs.made",
          "How many normative documents did Jianxi District's government office draw up in 2020?",
          "规范性文件 本年新制作 (2019 format)"),
        P("en", "jx", "a.review.upheld",
          "Jianxi 2020: reconsiderations where the office's decision was upheld?", "复议 维持"),
    ]


# ================================================================== sums and differences
def combine():
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市政府2024年全部公开的和部分公开的合起来有多少件？", "sum of 2: 予以公开 + 部分公开"),
        S("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年信息公开行政诉讼，直接起诉和复议后起诉一共几件", "sum of 2 appeals totals"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total",
                         "r.unable.unclear.total"],
          "洪泽区2023年“无法提供”下面三种情况加在一起是多少件？", "sum of 3 无法提供 sub-items"),
        S("zh", "sh19", ["r.not_processed.petition.natural_person",
                         "r.not_processed.petition.commercial"],
          "上海市府办2019年信访举报投诉类的申请，个人的加上企业的共有几件",
          "sum of 2 columns (row total printed blank)"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total",
                       "a.litigation_after_review.total"],
          "涧西区政府办公室2020年被申请复议和被起诉的案件，全部加在一块有几件？", "sum of 3 appeals totals"),
        S("en", "ha", ["r.withheld.%s.total" % w for w in L.WITHHELD],
          "Adding up all eight refusal grounds, how many requests did Huai'an turn down in 2024?",
          "sum of 8 不予公开 sub-items"),
        S("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
          "Shuyang 2025: requests from private individuals, new ones plus the ones carried over - what's the total?",
          "sum of 2; the text's 自然人申请 741 agrees", alt=(SY_REQ, 741)),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "For the Shanghai General Office in 2025, petition-type requests plus duplicate requests come to how many?",
          "sum of 2 (text rows)"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "Counting new requests and the ones still open from 2023, how many did STCSM have to deal with in 2024?",
          "sum of 2 (text rows)"),
        S("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2024: penalty decisions and coercion decisions together?",
          "sum of 2 (text rows)"),
        D("zh", "hz23", "hz24", "c.coercion.decisions",
          "洪泽区的行政强制决定数，从2023年到2024年变化了多少？", "洪泽 2023→2024 行政强制"),
        D("zh", "hz23", "hz24", "r.granted.total",
          "洪泽区予以公开的申请，2024年比2023年多了几件", "洪泽 2023→2024 予以公开"),
        D("zh", "sh19", "sh25", "a.litigation_after_review.total",
          "上海市政府办公厅复议后被起诉的案件，2025年比2019年多出多少？", "上海市府办 2019→2025 复议后起诉"),
        D("zh", "sh19", "sh25", "r.received.natural_person",
          "上海市府办收到的个人新申请，2019年到2025年增加了多少件？", "上海市府办 2019→2025 新收 自然人"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "How did Hongze District's count of administrative penalty decisions change between 2023 and 2024?",
          "洪泽 2023→2024 行政处罚"),
        D("en", "hz23", "hz24", "c.normative_docs.issued",
          "Hongze District issued how many more normative documents in 2024 than in 2023?",
          "洪泽 2023→2024 规范性文件 制发"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Direct lawsuits against the Shanghai General Office: how much higher was 2025 than 2019?",
          "上海市府办 2019→2025 直接起诉"),
        D("en", "sh19", "sh25", "r.received.commercial",
          "By how many did new requests from companies to the Shanghai General Office change from 2019 to 2025?",
          "上海市府办 2019→2025 新收 商业企业"),
    ]


# ================================================================== rankings
def rank():
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "r.received.legal_person", "desc",
          "淮安市政府2024年、沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，哪家收到法人或其他组织的新申请最多？",
          "新收 法人或其他组织 (derived), desc"),
        R("zh", ["jx", "hz23", "sy"], "r.carried_forward.total", "asc",
          "涧西区政府办（2020年）、洪泽区（2023年）、沭阳县（2025年）这三家，年底结转到下一年的申请谁最少",
          "结转下年度, asc"),
        R("zh", ["hz23", "sy", "jx"], "a.review.upheld", "desc",
          "比一比：洪泽区2023年、沭阳县2025年和涧西区2020年，信息公开复议维持原决定的件数哪个最多？",
          "复议 维持, desc"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
          "淮安2024、沭阳2025、上海市府办2019三份年报里，上年结转过来的申请哪家最多？",
          "上年结转, desc (34 vs 36 close)"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
          "现行有效的行政规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年谁家最少？",
          "规范性文件 现行有效, asc"),
        R("en", ["sy", "sh19", "hz23"], "r.withheld.admin_query.natural_person", "desc",
          "Which refused the most individuals' requests as administrative-query matters: Shuyang (2025), the Shanghai General Office (2019) or Hongze District (2023)?",
          "行政查询 自然人, desc (9 vs 10 close)"),
        R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
          "Among Huai'an 2024, Shuyang County 2025 and the Shanghai General Office 2019, who set aside the most individuals' requests as petitions or complaints?",
          "信访举报投诉 自然人, desc"),
        R("en", ["jx", "hz23", "sy", "sh19"], "r.received.total", "asc",
          "Jianxi District office 2020, Hongze District 2023, Shuyang County 2025, Shanghai General Office 2019: which received the fewest new requests?",
          "新收 total, asc"),
        R("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc",
          "Rank Huai'an (2024), Hongze (2023), Shuyang (2025) and the Shanghai General Office (2019) by individuals' requests that would have needed new information compiled - who's top?",
          "另行制作 自然人, desc"),
        R("en", ["ha", "hz23", "sy"], "a.litigation_after_review.upheld", "desc",
          "Huai'an in 2024, Hongze in 2023 or Shuyang in 2025 - where were the most post-reconsideration lawsuits decided in the government's favour?",
          "复议后起诉 维持, desc"),
    ]


# ================================================================== narrative numbers
def textonly():
    return [
        N("zh", "ha", "新闻发布会", 12, "场",
          "淮安市政府2024年一共开了几场新闻发布会？", "新闻发布会 12 场"),
        N("zh", "sy", "过期信息697", 697, "条",
          "沭阳县2025年清理掉了多少条过期信息", "过期信息 697 条"),
        N("zh", "sy", "64家单位", 64, "家",
          "沭阳县2025年集中公开年度报告的单位有多少家？", "64 家单位"),
        N("zh", "hz24", "2428", 2428, "条",
          "洪泽区2024年在政府网站平台主动发布了多少条信息", "2428 条"),
        N("zh", "hz23", "1136", 1136, "条",
          "2023年洪泽区通过网站主动公开的政府信息有几条？", "1136 条"),
        N("zh", "sh25", "新闻通气会", 19, "场",
          "上海市政府办公厅2025年年报提到，市政府开过多少场新闻通气会？", "新闻通气会 19 场"),
        N("zh", "sh25", "主动撤回", 157, "件",
          "上海市政府2025年的依申请公开里，申请人自己主动撤回的有多少件", "撤回 157 件"),
        N("zh", "sh19", "政策解读共", 132, "件",
          "上海市政府办公厅2019年年报里，“中国上海”门户网站发布的政策解读有多少件？", "政策解读 132 件"),
        N("zh", "kw", "直播 118", 118, "场",
          "上海市科委2024年“上海科技”视频号做了几场直播", "直播 118 场"),
        N("zh", "kw", "原创文章", 294, "篇",
          "上海市科委的“上海科技”公众号2024年发了多少篇原创文章？", "原创文章 294 篇"),
        N("zh", "jx", "601项", 601, "项",
          "涧西区政府办2020年梳理出来的政务公开事项一共有多少项", "601 项事项", frm="梳理细化"),
        N("zh", "ha", "政务新媒体共计", 95, "个",
          "按淮安市2024年年报的说法，全市在运维的政务新媒体有多少个？", "政务新媒体 95 个"),
        N("zh", "sy", "失效链接43", 43, "处",
          "沭阳县2025年网站巡检整改了几处失效链接？", "失效链接 43 处"),
        N("en", "ha", "人民政府公报》6", 6, "期",
          "How many issues of the Huai'an municipal government gazette came out in 2024?", "公报 6 期"),
        N("en", "ha", "全覆盖检查", 4, "次",
          "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?",
          "全覆盖检查 4 次"),
        N("en", "ha", "信息处理费 3940", 3940, "元",
          "How much did Huai'an city charge in information processing fees in 2024, in yuan?",
          "信息处理费 3940 元", frm="2024 年"),
        N("en", "sy", "化解各类争议纠纷", 33, "件",
          "How many disputes did Shuyang County manage to defuse by contacting applicants before handling their requests in 2025?",
          "化解争议纠纷 33 件"),
        N("en", "sy", "原创短视频", 1113, "个",
          "How many original short videos did Shuyang's government new-media accounts put out in 2025?",
          "原创短视频 1113 个"),
        N("en", "sh25", "个语种", 10, "个",
          "The Shanghai General Office's 2025 report mentions the Shanghai International Service Portal - how many languages does it cover now?",
          "10 个语种"),
        N("en", "sh25", "公报》24", 24, "期",
          "According to the Shanghai General Office, how many issues of the municipal gazette were edited in 2025?", "公报 24 期"),
        N("en", "sh19", "70家", 70, "家",
          "How many government websites did Shanghai inspect every quarter, according to the General Office's 2019 report?",
          "70 家政府网站"),
        N("en", "sh19", "权威发布共计", 38, "次",
          "In 2019, how many authoritative releases on executive-meeting topics did the Shanghai municipal government put out?",
          "权威发布 38 次"),
        N("en", "kw", "人大代表建议", 50, "件",
          "How many NPC deputies' suggestions did STCSM handle as lead or co-handler in 2024?",
          "人大代表建议 50 件"),
        N("en", "kw", "集成式发布政策 121", 121, "条",
          "How many policies did the Shanghai science commission batch-push for integrated release in 2024?",
          "集成式发布政策 121 条"),
        N("en", "jx", "26个试点领域", 26, "个",
          "How many pilot areas were covered by Jianxi District's standardisation work in 2020?",
          "26 个试点领域", frm="对照"),
        N("en", "hz24", "政府常务会议", 7, "期",
          "How many executive meetings of the district government did Hongze make public in 2024?",
          "政府常务会议 7 期"),
    ]


# ================================================================== unanswerable
def cannot():
    return [
        U("zh", "淮安市政府2024年收到的信息公开申请里，男性和女性申请人各占多少？",
          "applicants are not broken down by sex", "sex"),
        U("zh", "沭阳县2025年每个月分别收到多少件信息公开申请",
          "no monthly breakdown is printed", "month"),
        U("zh", "洪泽区2022年依申请公开一共收了多少件？",
          "洪泽区 2022 report is not in the corpus (2023 and 2024 only)", "year not held"),
        U("zh", "南京市政府2024年信息公开年报里行政复议有多少件",
          "南京市 is not in the corpus", "body not held"),
        U("zh", "上海市政府办公厅2023年新收了几件信息公开申请？",
          "上海市人民政府办公厅 2023 report is not in the corpus (2019 and 2025 only)", "year not held"),
        U("zh", "淮安市2024年的信息公开申请，平均几天能答复完",
          "the report says all were answered within the legal time limit but gives no response times",
          "response time"),
        U("zh", "涧西区政府办2020年专门负责信息公开的工作人员有几个？",
          "the report names weak staffing as a problem but gives no staff number", "staff"),
        U("zh", "你估计沭阳县2026年会收到多少件信息公开申请",
          "a forecast; the reports hold no future figures", "forecast"),
        U("zh", "淮安市2024年通过信函邮寄提交的信息公开申请有多少件？",
          "requests are not broken down by channel", "channel"),
        U("zh", "上海市科委2024年收到的申请主要涉及哪些科技项目，各有多少件",
          "no breakdown of requests by topic", "topic"),
        U("zh", "宿迁市政府2025年主动公开了多少条政府信息？",
          "宿迁市 is not in the corpus (沭阳县 is a county under it, its own report only)", "body not held"),
        U("zh", "沭阳县2025年各个乡镇的申请量分别是多少",
          "no township breakdown is printed", "township"),
        U("zh", "洪泽区政府2023年信息公开工作一共花了多少经费？",
          "no spending on disclosure work is reported (only the 0 元 processing fee collected)", "cost"),
        U("zh", "上海市政府办公厅2025年的申请人里，外省市的人有多少",
          "applicants are not broken down by residence", "residence"),
        U("zh", "你觉得淮安市2024年的政务公开做得比沭阳县2025年好吗？",
          "an opinion, not a figure in the reports", "opinion"),
        U("zh", "涧西区2021年政府信息公开年报的行政复议数字是多少？",
          "涧西区 2021 report is not in the corpus (2020 only)", "year not held"),
        U("zh", "2024年淮安市哪个市直部门收到的信息公开申请最多",
          "the 淮安 report counts the city as a whole; no department breakdown", "department"),
        U("en", "How many of the requests Shuyang County received in 2025 came from people over 60?",
          "applicants are not broken down by age", "age"),
        U("en", "What was the Pudong New Area government's count of disclosure requests in 2024?",
          "浦东新区 is not in the corpus", "body not held"),
        U("en", "How many disclosure requests did Huai'an's city government receive in 2023?",
          "淮安市人民政府 2023 report is not in the corpus (2024 only)", "year not held"),
        U("en", "In 2024, how many information requests to the Shanghai science commission were submitted online versus on paper?",
          "requests are not broken down by channel", "channel"),
        U("en", "Break down Hongze District's 2024 disclosure requests by township, please.",
          "no township breakdown is printed", "township"),
        U("en", "What share of the Shanghai General Office's 2019 requests concerned housing and land expropriation?",
          "no breakdown of requests by topic", "topic"),
        U("en", "How many days on average did Jianxi District's government office need to answer a request in 2020?",
          "no response times are reported", "response time"),
        U("en", "How many people work on information disclosure at the Shuyang County government in 2025?",
          "no staff number is reported", "staff"),
        U("en", "Can you predict how many requests the Shanghai General Office will get in 2026?",
          "a forecast; the reports hold no future figures", "forecast"),
        U("en", "Which industries did the companies that filed requests with Huai'an in 2024 belong to?",
          "commercial applicants are not broken down by industry", "industry"),
        U("en", "Qingjiangpu District's 2024 annual report - how many requests were granted?",
          "清江浦区 is not in the corpus", "body not held"),
        U("en", "Shuyang County in 2024: how many disclosure requests came in?",
          "沭阳县 2024 report is not in the corpus (2025 only)", "year not held"),
        U("en", "What's the name and phone number of whoever filed the most requests with Huai'an in 2024?",
          "personal data; not in the reports", "personal data"),
        U("en", "What made Hongze District's request numbers go up in 2024?",
          "the 2024 report gives no cause for its request numbers", "reason not stated"),
        U("en", "How much money did the Shanghai science commission spend on its disclosure work in 2024?",
          "no spending is reported (the report only says no processing fees were charged)", "cost"),
        U("en", "In your view, did Huai'an do a good or a bad job on disclosure in 2024?",
          "an opinion, not a figure in the reports", "opinion"),
        U("en", "How many of the Shanghai General Office's 2025 requests were filed by women?",
          "applicants are not broken down by sex", "sex"),
    ]


# ================================================================== neighbouring-cell traps
def neighbour():
    return [
        T("zh", "ha", "r.carried_over.total",
          "淮安市2024年年初从上一年接手、还没办完的申请有多少件？",
          "上年结转 34, not 结转下年 103", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_after_review.total",
          "沭阳县2025年先申请复议、对复议结果不服再告到法院的有几件",
          "复议后起诉 10, not 直接起诉 3"),
        T("zh", "ha", "c.normative_docs.in_force",
          "截至2024年底，淮安市仍在生效的行政规范性文件共多少件？",
          "现行有效 66, not 制发 8 / 废止 26"),
        T("zh", "sh19", "c.procurement.amount",
          "上海市府办2019年政府集中采购一共花了多少钱（按万元算）",
          "采购金额 25.1 万元, not 项目数 6", **WAN),
        T("en", "ha", "r.withheld.internal_affairs.total",
          "How many Huai'an requests in 2024 were refused because they touched the government's own internal affairs? I don't mean process information.",
          "内部事务 8, not 过程性信息 12"),
        T("en", "sy", "r.unable.needs_creation.total",
          "Shuyang County 2025 - requests it couldn't meet because the information would have had to be newly compiled, not the ones it simply didn't hold?",
          "另行制作 2, not 不掌握 111"),
        T("en", "sh19", "c.normative_docs.total_published",
          "Shanghai General Office 2019: the cumulative number of normative documents publicly available, not just the ones made that year?",
          "对外公开总数量 368, not 新制作 60"),
        T("en", "ha", "a.review.other",
          "For Huai'an in 2024, how many reconsideration cases ended with an 'other' outcome rather than a correction?",
          "其他结果 178, not 纠正 64", alt=(HA_APP, 178)),
    ]


# ================================================================== follow-ups (the emphasis)
def followups_zh():
    return [
        F("zh", [
            ("洪泽区2023年行政许可决定一共多少个？", v("hz23", "c.licensing.decisions")),
            ("那2024年的呢", v("hz24", "c.licensing.decisions")),
            ("哪一年多？多了多少个", d("hz23", "hz24", "c.licensing.decisions")),
        ], "switch year, then compare the two years (difference)"),
        F("zh", [
            ("上海市政府办公厅2019年新收的信息公开申请是多少件？",
             v("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("2025年同一项呢？", v("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
            ("两年比一比，2025年多了几件", d("sh19", "sh25", "r.received.total")),
        ], "switch year, then difference"),
        F("zh", [
            ("淮安市政府2024年不予公开的申请总共多少件", v("ha", "r.withheld.total")),
            ("这里面因为属于行政查询事项的占几件？", v("ha", "r.withheld.admin_query.total")),
            ("那以国家秘密为由的呢", v("ha", "r.withheld.state_secret.total")),
        ], "of those: 不予公开 (derived) -> sub-items"),
        F("zh", [
            ("洪泽区2024年行政强制决定是几个？", v("hz24", "c.coercion.decisions")),
            ("不对，我要问的是2023年的", v("hz23", "c.coercion.decisions")),
        ], "self-correction of the year"),
        F("zh", [
            ("沭阳县2025年予以公开的申请有多少件", v("sy", "r.granted.total")),
            ("这个数包不包括部分公开的？不包括的话，部分公开单独是几件", v("sy", "r.partially_granted.total")),
            ("两个加一块呢？", s("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], "check the figure, then add up the two rows"),
        F("zh", [
            ("沭阳县2025年一共发过多少次催办提示？", n("sy", "催办提示", 84, "次")),
            ("那年报表格里本年新收的申请是多少件（不算上年结转的）", v("sy", "r.received.total")),
            ("其中个人提交的有多少", v("sy", "r.received.natural_person")),
        ], "narrative number, then table numbers of the same body"),
        F("zh", [
            ("淮安市2024年因为本机关不掌握而无法提供的有几件", v("ha", "r.unable.not_held.total")),
            ("这些里头自然人申请的多少件？", v("ha", "r.unable.not_held.natural_person")),
            ("这746件按县区分，各有多少", u("the report prints no county/district breakdown")),
        ], "of those, then an unprinted breakdown"),
        F("zh", [
            ("沭阳县2025年信息公开方面的行政复议共多少件？", v("sy", "a.review.total")),
            ("直接去法院起诉的呢", v("sy", "a.litigation_direct.total")),
            ("复议完了再起诉的有几件", v("sy", "a.litigation_after_review.total")),
        ], "switch appeals group twice"),
        F("zh", [
            ("涧西区政府办公室2020年收到的依申请公开有多少件？",
             v("jx", "r.received.total", alt=(JX_REQ, 17))),
            ("淮安市政府2024年这个数是多少", v("ha", "r.received.total", alt=(HA_REQ, 3119))),
        ], "switch body"),
        F("zh", [
            ("上海市政府办公厅2025年从上一年结转过来的申请里，自然人的有多少件？",
             v("sh25", "r.carried_over.natural_person")),
            ("法律服务机构那一栏是几件", v("sh25", "r.carried_over.legal_services")),
            ("整行的总计呢", v("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], "switch column twice (text rows)"),
        F("zh", [
            ("淮安2024年商业企业新提的申请有多少件", v("ha", "r.received.commercial")),
            ("哦说错了，我想问的是法律服务机构", v("ha", "r.received.legal_services")),
            ("把这两类加起来是多少？", s("ha", ["r.received.commercial", "r.received.legal_services"])),
        ], "self-correction of the column, then add up"),
        F("zh", [
            ("洪泽区2023年本机关不掌握信息的申请有几件？", v("hz23", "r.unable.not_held.total")),
            ("换成2024年看看", v("hz24", "r.unable.not_held.total")),
            ("多了多少件", d("hz23", "hz24", "r.unable.not_held.total")),
        ], "switch year, difference"),
        F("zh", [
            ("上海市科委2024年新收的信息公开申请有几件", v("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("其中企业提交的是多少？", v("kw", "r.received.commercial")),
            ("这两家企业分别是哪家公司", u("applicants are not named in the report")),
        ], "of those, then an unprinted detail"),
        F("zh", [
            ("洪泽区2023年信息公开行政复议维持原决定的有几件？", v("hz23", "a.review.upheld")),
            ("被纠正的有几件", v("hz23", "a.review.corrected")),
            ("复议后又起诉、法院维持的呢？", v("hz23", "a.litigation_after_review.upheld")),
            ("这些复议案件分别涉及哪些部门", u("no department breakdown of appeals is printed")),
        ], "outcome switch, group switch, then unprinted breakdown"),
        F("zh", [
            ("沭阳县2025年新制发的行政规范性文件几件", v("sy", "c.normative_docs.issued")),
            ("废止了几件？", v("sy", "c.normative_docs.repealed")),
            ("现在还有效的一共多少件", v("sy", "c.normative_docs.in_force")),
        ], "switch column of table 二 twice"),
        F("zh", [
            ("上海市府办2019年信息公开类行政复议有多少件？", v("sh19", "a.review.total", alt=(SH19_APP, 7))),
            ("那行政诉讼呢，未经复议直接起诉的", v("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9))),
        ], "switch appeals group (totals agree with the text)"),
        F("zh", [
            ("淮安市政府2024年予以公开的申请多少件？", v("ha", "r.granted.total")),
            ("部分公开的呢", v("ha", "r.partially_granted.total")),
            ("不予公开一共多少（八种情形合计）",
             s("ha", ["r.withheld.%s.total" % w for w in L.WITHHELD])),
            ("无法提供的三种情况加起来呢？",
             s("ha", ["r.unable.%s.total" % w for w in L.UNABLE])),
        ], "row switches down table 三, sums of sub-items"),
        F("zh", [
            ("沭阳县2025年开展了多少次办前主动沟通？", n("sy", "办前主动沟通", 49, "次")),
            ("通过沟通化解的争议纠纷有几件", n("sy", "化解各类争议纠纷", 33, "件")),
            ("表格里因为信访举报投诉类不予处理的有多少件？", v("sy", "r.not_processed.petition.total")),
        ], "two narrative numbers, then a table cell of the same body"),
        F("zh", [
            ("上海市府办2025年年报里说市政府开了多少场新闻发布会", n("sh25", "市政府新闻发布会", 42, "场")),
            ("新闻通气会呢？", n("sh25", "新闻通气会", 19, "场")),
        ], "narrative, switch item in the same sentence"),
        F("zh", [
            ("涧西区政府办2020年政府集中采购了几个项目？", v("jx", "c.procurement.projects")),
            ("金额是多少万元", v("jx", "c.procurement.amount", **WAN)),
        ], "switch column (projects -> amount)"),
        F("zh", [
            ("淮安市2024年行政事业性收费金额是多少？", v("ha", "c.fees.amount", **WAN)),
            ("这个跟信息公开收的信息处理费是一回事吗？处理费收了多少钱",
             n("ha", "信息处理费 3940", 3940, "元", frm="2024 年")),
        ], "check the figure: fees (万元) vs processing fee (元, text)"),
        F("zh", [
            ("沭阳县2025年申请人逾期不补正、不再处理的有多少件", v("sy", "r.other.overdue_correction.total")),
            ("逾期没交费的呢？", v("sy", "r.other.overdue_fee.total")),
            ("再加上“其他”，（六）这三项合计是多少",
             s("sy", ["r.other.%s.total" % w for w in L.OTHER21])),
        ], "row switch, then sum of the three 其他处理 sub-items"),
        F("zh", [
            ("洪泽区2024年未经复议直接被起诉的有几件？", v("hz24", "a.litigation_direct.total")),
            ("2023年的呢", v("hz23", "a.litigation_direct.total")),
        ], "switch year"),
        F("zh", [
            ("上海市政府办公厅2019年结转到下一年继续办理的申请有多少件",
             v("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
            ("2025年结转的呢？", v("sh25", "r.carried_forward.total")),
            ("增加了多少", d("sh19", "sh25", "r.carried_forward.total")),
        ], "switch year, difference"),
        F("zh", [
            ("淮安市2024年未经复议直接起诉的信息公开诉讼有几件？", v("ha", "a.litigation_direct.total")),
            ("其中法院维持的有几件", v("ha", "a.litigation_direct.upheld")),
            ("复议后起诉那边维持了几件？", v("ha", "a.litigation_after_review.upheld")),
            ("两边维持的加起来", s("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
                             alt=(HA_APP, 25))),
        ], "of those, switch group, add up (text 维持 25 agrees)"),
        F("zh", [
            ("沭阳县2025年法律服务机构新提交的申请有几件？", v("sy", "r.received.legal_services")),
            ("这一栏里予以公开的是几件", v("sy", "r.granted.legal_services")),
            ("那部分公开的有几件", v("sy", "r.partially_granted.legal_services")),
        ], "of those (same column), switch row"),
        F("zh", [
            ("上海市府办2019年个人申请中，本机关不掌握信息的有多少件", v("sh19", "r.unable.not_held.natural_person")),
            ("商业企业那栏呢？", v("sh19", "r.unable.not_held.commercial")),
            ("法律服务机构呢", v("sh19", "r.unable.not_held.legal_services")),
        ], "switch column (row total printed blank)"),
        F("zh", [
            ("洪泽区2023年新收的信息公开申请有多少件？", v("hz23", "r.received.total", alt=(HZ23_REQ, 21))),
            ("部分公开的有几件", v("hz23", "r.partially_granted.total")),
            ("全部公开的呢？", v("hz23", "r.granted.total")),
            ("为什么一件都没有全部公开", u("the report gives no reason for its outcome numbers")),
        ], "row switches, then an unstated reason"),
        F("zh", [
            ("上海市科委2024年行政许可决定多少个", v("kw", "c.licensing.decisions")),
            ("行政处罚决定呢？", v("kw", "c.punishment.decisions")),
        ], "switch row of table 二"),
        F("zh", [
            ("淮安市政府2024年新制发了几件规章？", v("ha", "c.regulations.issued",
                                        alt=("人民政府公报》6", 1))),
            ("现行有效的规章有多少件", v("ha", "c.regulations.in_force")),
            ("行政规范性文件现行有效的呢？", v("ha", "c.normative_docs.in_force")),
        ], "switch column, then row of table 二"),
        F("zh", [
            ("沭阳县2025年信息公开行政复议被纠正的有几件", v("sy", "a.review.corrected")),
            ("纠正的都是哪些具体事项？", u("the report does not describe the corrected cases")),
        ], "value, then unprinted detail"),
        F("zh", [
            ("上海市府办2025年本机关不掌握的申请有多少件？", v("sh25", "r.unable.not_held.total")),
            ("没有现成信息需要另行制作的呢", v("sh25", "r.unable.needs_creation.total")),
            ("这两项合计多少", s("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "row switch, sum of the two rows just given (text rows)"),
        F("zh", [
            ("涧西区政府办2020年予以公开的申请几件？", v("jx", "r.granted.total")),
            ("不掌握信息没法提供的呢", v("jx", "r.unable.not_held.total")),
            ("结转到下年继续办的有几件？", v("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
        ], "row switches"),
        F("zh", [
            ("洪泽区2023年现行有效的行政规范性文件有几件", v("hz23", "c.normative_docs.in_force")),
            ("2024年呢？", v("hz24", "c.normative_docs.in_force")),
            ("两年差几件", d("hz23", "hz24", "c.normative_docs.in_force")),
        ], "switch year, difference"),
        F("zh", [
            ("淮安市政府2024年信息公开行政复议结果维持的有多少件？",
             v("ha", "a.review.upheld", alt=(HA_APP, 72))),
            ("沭阳县2025年呢", v("sy", "a.review.upheld")),
            ("洪泽区2023年的是多少？", v("hz23", "a.review.upheld")),
            ("这三家里谁最多", r(["ha", "sy", "hz23"], "a.review.upheld", "desc")),
        ], "switch body twice, then rank the three"),
        F("zh", [
            ("沭阳县2025年全年的爆款内容有多少条？", n("sy", "爆款内容", 52, "条")),
            ("其中播放量破百万的是几条", n("sy", "爆款内容", 49, "条")),
        ], "narrative, of those"),
        F("zh", [
            ("淮安2024年自然人新提的申请多少件？", v("ha", "r.received.natural_person")),
            ("加上从上一年结转过来的个人申请，一共是多少",
             s("ha", ["r.received.natural_person", "r.carried_over.natural_person"])),
        ], "add the carried-over column cell"),
        F("zh", [
            ("上海市政府办公厅2019年政府集中采购项目几个？", v("sh19", "c.procurement.projects")),
            ("采购总金额是多少", v("sh19", "c.procurement.amount", **WAN)),
            ("这几个项目分别买的是什么？", u("the report does not list the procurement items")),
        ], "switch column, then unprinted detail"),
        F("zh", [
            ("沭阳县2025年（七）总计办理了多少件申请", v("sy", "r.total_processed.total", alt=(SY_REQ, 718))),
            ("其中逾期不补正、不再处理的有几件？", v("sy", "r.other.overdue_correction.total")),
        ], "of those"),
        F("zh", [
            ("洪泽区2024年行政事业性收费是多少万元？", v("hz24", "c.fees.amount", **WAN)),
            ("那信息处理费收了多少", n("hz24", "信息处理费", 0, "元", frm="2024 年")),
        ], "check: fees (万元, text row) vs processing fee (元, text)"),
        F("zh", [
            ("上海市府办2025年信息公开行政复议一共有多少件", v("sh25", "a.review.total")),
            ("还没审结的几件？", v("sh25", "a.review.pending")),
            ("未经复议直接起诉的诉讼有多少件", v("sh25", "a.litigation_direct.total")),
            ("里面尚未审结的呢", v("sh25", "a.litigation_direct.pending")),
        ], "of those, switch group, of those (text rows)"),
        F("zh", [
            ("淮安市2024年信访举报投诉类不予处理的有几件？", v("ha", "r.not_processed.petition.total")),
            ("重复申请的呢", v("ha", "r.not_processed.duplicate.total")),
            ("要求确认或重新出具已获取信息的有几件", v("ha", "r.not_processed.reconfirm.total")),
        ], "row switches in 不予处理"),
        F("zh", [
            ("淮安市2024年行政强制决定多少个？", v("ha", "c.coercion.decisions")),
            ("沭阳县2025年是多少", v("sy", "c.coercion.decisions")),
            ("洪泽区2023年呢？", v("hz23", "c.coercion.decisions")),
        ], "switch body twice"),
        F("zh", [
            ("上海市政府办公厅2025年新收申请里自然人有多少", v("sh25", "r.received.natural_person")),
            ("商业企业的呢？", v("sh25", "r.received.commercial")),
            ("这36家企业都是哪些行业的", u("commercial applicants are not broken down by industry")),
        ], "switch column, then unprinted breakdown"),
        F("zh", [
            ("沭阳县2025年法人或其他组织新提交的申请一共几件",
             v("sy", "r.received.legal_person", alt=(SY_REQ, 8))),
            ("其中商业企业的有几件？", v("sy", "r.received.commercial")),
            ("法律服务机构的呢", v("sy", "r.received.legal_services")),
        ], "derived legal_person, of those"),
        F("zh", [
            ("洪泽区2023年不予公开的申请一共几件？", v("hz23", "r.withheld.total")),
            ("其中属于四类过程性信息的有几件", v("hz23", "r.withheld.process_info.total")),
            ("属于行政执法案卷的呢？", v("hz23", "r.withheld.enforcement_files.total")),
        ], "of those (derived total), switch sub-item"),
        F("zh", [
            ("上海市科委2024年新制发的规范性文件有几件？", v("kw", "c.normative_docs.issued")),
            ("现行有效的一共多少件", v("kw", "c.normative_docs.in_force")),
        ], "switch column (text rows)"),
        F("zh", [
            ("上海市府办2019年新制作的规章有多少件", v("sh19", "c.regulations.made", alt=(SH19_DOC, 13))),
            ("对外公开总数呢？", v("sh19", "c.regulations.total_published")),
        ], "switch column (2019 format)"),
        F("zh", [
            ("淮安市2024年复议后起诉的行政诉讼中，尚未审结的有几件", v("ha", "a.litigation_after_review.pending")),
            ("直接起诉那边还没审结的呢？", v("ha", "a.litigation_direct.pending")),
            ("两边加起来", s("ha", ["a.litigation_direct.pending", "a.litigation_after_review.pending"],
                        alt=(HA_APP, 7))),
        ], "switch group, add up (text 尚未审结 7 agrees)"),
        F("zh", [
            ("沭阳县2025年累计清理过期信息多少条？", n("sy", "过期信息697", 697, "条")),
            ("那表里行政处罚的处理决定有多少个", v("sy", "c.punishment.decisions")),
        ], "narrative then table, same body"),
        F("zh", [
            ("涧西区政府办2020年信息公开行政复议维持的有几件？", v("jx", "a.review.upheld")),
            ("未经复议直接起诉的呢", v("jx", "a.litigation_direct.total")),
            ("复议后起诉的有几件？", v("jx", "a.litigation_after_review.total")),
        ], "switch appeals group"),
        F("zh", [
            ("上海市政府办公厅2019年个人申请中以国家秘密为由不公开的有几件",
             v("sh19", "r.withheld.state_secret.natural_person")),
            ("属于三类内部事务信息的呢？", v("sh19", "r.withheld.internal_affairs.natural_person")),
            ("行政查询事项的，个人和企业一共几件",
             s("sh19", ["r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"])),
        ], "row switch by column (row totals printed blank), sum of 2 columns"),
    ]


def followups_en():
    return [
        F("en", [
            ("How many reconsideration cases over disclosure did the Shanghai General Office face in 2019?",
             v("sh19", "a.review.total", alt=(SH19_APP, 7))),
            ("And in 2025?", v("sh25", "a.review.total")),
            ("So how big was the increase?", d("sh19", "sh25", "a.review.total")),
        ], "switch year, difference"),
        F("en", [
            ("What did Hongze District take in from administrative fees in 2023, in 10,000 yuan?",
             v("hz23", "c.fees.amount", **WAN)),
            ("Same figure for 2024?", v("hz24", "c.fees.amount", **WAN)),
            ("Which of the two years was higher, and by how much?",
             d("hz23", "hz24", "c.fees.amount", **WAN)),
        ], "switch year, compare (money, difference)"),
        F("en", [
            ("How many disclosure-related reconsiderations did Huai'an have in 2024?",
             v("ha", "a.review.total", alt=(HA_APP, 351))),
            ("Of those, how many were upheld?", v("ha", "a.review.upheld", alt=(HA_APP, 72))),
            ("And how many were corrected?", v("ha", "a.review.corrected", alt=(HA_APP, 64))),
            ("How many of the people who applied for reconsideration were companies?",
             u("appeals are not broken down by applicant type")),
        ], "of those, switch outcome, then unprinted breakdown"),
        F("en", [
            ("For Shuyang in 2025, how many requests from private individuals were granted in full?",
             v("sy", "r.granted.natural_person")),
            ("Sorry, I meant the legal service institutions column.", v("sy", "r.granted.legal_services")),
        ], "self-correction of the column"),
        F("en", [
            ("How many new requests did the Huai'an municipal government receive in 2024?",
             v("ha", "r.received.total", alt=(HA_REQ, 3119))),
            ("Does that include the ones carried over from 2023? If not, what's the total with them?",
             s("ha", ["r.received.total", "r.carried_over.total"])),
        ], "check the figure, then add the carried-over row"),
        F("en", [
            ("How many requests did STCSM grant in full in 2024?", v("kw", "r.granted.total", alt=(KW_OK, 9))),
            ("And the total it handled that year?", v("kw", "r.total_processed.total")),
            ("How long did it take them on average to reply?", u("no response times are reported")),
        ], "row switch, then response time (not reported)"),
        F("en", [
            ("How many reconsideration cases did the Shanghai General Office have in 2025, all told?",
             v("sh25", "a.review.total")),
            ("What about lawsuits filed directly?", v("sh25", "a.litigation_direct.total")),
            ("And lawsuits after reconsideration?", v("sh25", "a.litigation_after_review.total")),
        ], "switch appeals group twice (text rows)"),
        F("en", [
            ("How many normative documents did Hongze District issue in 2024?",
             v("hz24", "c.normative_docs.issued")),
            ("Hang on, I meant 2023.", v("hz23", "c.normative_docs.issued")),
        ], "self-correction of the year"),
        F("en", [
            ("In Shuyang County's 2025 report, how many reconsiderations were upheld?", v("sy", "a.review.upheld")),
            ("How many corrected?", v("sy", "a.review.corrected")),
            ("Any with some other result?", v("sy", "a.review.other")),
            ("And how many still pending?", v("sy", "a.review.pending")),
        ], "switch outcome three times"),
        F("en", [
            ("How many requests were still being processed by Jianxi District's office at the end of 2020?",
             v("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
            ("What's the same number for Huai'an in 2024?",
             v("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
        ], "switch body"),
        F("en", [
            ("In 2024, how many individuals' requests to Huai'an ended in a partial release?", v("ha", "r.partially_granted.natural_person")),
            ("And companies?", v("ha", "r.partially_granted.commercial")),
        ], "switch column"),
        F("en", [
            ("How many new requests from individuals reached the Shanghai General Office in 2019?", v("sh19", "r.received.natural_person")),
            ("From legal service institutions?", v("sh19", "r.received.legal_services")),
            ("And from 'other' organisations?", v("sh19", "r.received.other_org")),
        ], "switch column twice"),
        F("en", [
            ("How many items of government information did Shuyang County publish proactively on its portal in 2025?",
             n("sy", "开展意见征集", 4511, "条")),
            ("OK - and per the table, how many new requests did the county get that year?",
             v("sy", "r.received.total")),
        ], "narrative number, then table number of the same body"),
        F("en", [
            ("How many requests did Huai'an decline to process in 2024 (all five grounds together)?",
             s("ha", ["r.not_processed.%s.total" % w for w in L.NOT_PROCESSED])),
            ("Of those, how many were petitions or complaints?", v("ha", "r.not_processed.petition.total")),
            ("Were most of those about housing demolition?", u("requests are not broken down by topic")),
        ], "sum of 5 sub-items, of those, then unprinted topic"),
        F("en", [
            ("Quick one on Hongze District's 2023 report: how many licensing decisions?", v("hz23", "c.licensing.decisions")),
            ("Penalty decisions?", v("hz23", "c.punishment.decisions")),
            ("Coercion decisions?", v("hz23", "c.coercion.decisions")),
            ("All three added up?", s("hz23", ["c.licensing.decisions", "c.punishment.decisions",
                                               "c.coercion.decisions"])),
        ], "row switches in table 二, then sum of 3"),
        F("en", [
            ("Out of what the Shanghai General Office handled in 2025, how many requests were granted in full?", v("sh25", "r.granted.total")),
            ("How many were refused because the office didn't hold the information?",
             v("sh25", "r.unable.not_held.total")),
            ("And because it would have had to create the information?", v("sh25", "r.unable.needs_creation.total")),
        ], "row switches (text rows)"),
        F("en", [
            ("How many requests did Shuyang County carry forward at the end of 2025?",
             v("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
            ("What about Shuyang in 2024?", u("沭阳县 2024 report is not in the corpus")),
        ], "value, then a year not held"),
        F("en", [
            ("I'm looking at STCSM's 2024 report. How many new requests were filed by individuals?", v("kw", "r.received.natural_person")),
            ("By companies?", v("kw", "r.received.commercial")),
            ("So the total is?", v("kw", "r.received.total", alt=(KW_REQ, 34))),
        ], "switch column, total (text rows)"),
        F("en", [
            ("How many licensing decisions did Huai'an report for 2024?", v("ha", "c.licensing.decisions")),
            ("And Shuyang County for 2025?", v("sy", "c.licensing.decisions")),
            ("Throw in Hongze District 2023 as well - which of the three is largest?",
             r(["ha", "sy", "hz23"], "c.licensing.decisions", "desc")),
        ], "switch body, then rank over three gold bodies"),
        F("en", [
            ("How many requests did Shuyang withhold altogether in 2025?", v("sy", "r.withheld.total")),
            ("How many of them as internal-affairs information?", v("sy", "r.withheld.internal_affairs.total")),
            ("And as administrative-query matters?", v("sy", "r.withheld.admin_query.total")),
        ], "of those (derived total), switch sub-item"),
        F("en", [
            ("What was the Shanghai General Office's total number of requests handled in 2019?",
             v("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
            ("How many went over into 2020?", v("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
        ], "row switch"),
        F("en", [
            ("Was Hongze District hit with many reconsiderations over disclosure in 2024? How many in total?", v("hz24", "a.review.total")),
            ("Direct lawsuits?", v("hz24", "a.litigation_direct.total")),
            ("Lawsuits after reconsideration?", v("hz24", "a.litigation_after_review.total")),
        ], "switch appeals group (text row)"),
        F("en", [
            ("How many normative documents did Huai'an issue in 2024?", v("ha", "c.normative_docs.issued")),
            ("How many did it repeal?", v("ha", "c.normative_docs.repealed")),
            ("And how many remain in force?", v("ha", "c.normative_docs.in_force")),
        ], "switch column of table 二"),
        F("en", [
            ("For the Jianxi District office, what was the total number of normative documents published to date as of 2020?",
             v("jx", "c.normative_docs.total_published")),
            ("What about regulations?", v("jx", "c.regulations.total_published")),
        ], "switch row"),
        F("en", [
            ("Shuyang County collected how much in information processing fees for its 2025 requests, in yuan?",
             n("sy", "380元", 380, "元")),
            ("Is that the administrative fee figure in the table? What does the table say, in 10,000 yuan?",
             v("sy", "c.fees.amount", **WAN)),
        ], "check: processing fee (text) vs table fees (万元)"),
        F("en", [
            ("In Huai'an's 2024 numbers, how many requests couldn't be met because the information would have had to be created from scratch?",
             v("ha", "r.unable.needs_creation.total")),
            ("And the ones still unclear after the applicant amended them?", v("ha", "r.unable.unclear.total")),
            ("Add those two to the 'don't hold it' ones - what's the total?",
             s("ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"])),
        ], "row switch, then sum of the three 无法提供 rows"),
        F("en", [
            ("What's the total number of requests the Shanghai General Office handled in 2025?",
             v("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
            ("And in 2019?", v("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
            ("How many more in the later year?", d("sh19", "sh25", "r.total_processed.total")),
        ], "switch year backwards, difference"),
        F("en", [
            ("Hongze District, 2023: how many requests got a partial release?", v("hz23", "r.partially_granted.total")),
            ("And how many were carried forward at year end?", v("hz23", "r.carried_forward.total")),
            ("OK, and for 2022?", u("洪泽区 2022 report is not in the corpus")),
        ], "row switch, then a year not held"),
        F("en", [
            ("Shuyang County, 2025 - how many new requests came from individuals?", v("sy", "r.received.natural_person")),
            ("Does that include the ones carried over? How many individuals' requests were carried over?",
             v("sy", "r.carried_over.natural_person")),
            ("Then new plus carried over, for individuals?",
             s("sy", ["r.received.natural_person", "r.carried_over.natural_person"], alt=(SY_REQ, 741))),
        ], "check the figure, narrow, then add up (text 741 agrees)"),
        F("en", [
            ("How many administrative licensing decisions did STCSM make in 2024?", v("kw", "c.licensing.decisions")),
            ("Normative documents in force?", v("kw", "c.normative_docs.in_force")),
            ("How many staff does the commission have on disclosure work?", u("no staff number is reported")),
        ], "row switch, then staff (not reported)"),
        F("en", [
            ("In 2024, in how many direct lawsuits against Huai'an did the court correct the decision?",
             v("ha", "a.litigation_direct.corrected")),
            ("Same for lawsuits after reconsideration?", v("ha", "a.litigation_after_review.corrected")),
            ("And reconsiderations that were corrected?", v("ha", "a.review.corrected", alt=(HA_APP, 64))),
        ], "switch appeals group twice"),
        F("en", [
            ("Shanghai General Office, 2019 - of the requests from individuals, how many would have needed new information compiled?",
             v("sh19", "r.unable.needs_creation.natural_person")),
            ("Same row, commercial enterprises?", v("sh19", "r.unable.needs_creation.commercial")),
            ("Both together?", s("sh19", ["r.unable.needs_creation.natural_person",
                                          "r.unable.needs_creation.commercial"])),
        ], "switch column, add up (row total printed blank)"),
        F("en", [
            ("How many new requests did the Jianxi District office get in 2020?", v("jx", "r.received.total", alt=(JX_REQ, 17))),
            ("How many of those came from individuals?", v("jx", "r.received.natural_person")),
            ("What age groups were those people in?", u("applicants are not broken down by age")),
        ], "of those, then unprinted breakdown"),
        F("en", [
            ("Can you tell me how many requests Hongze District granted in full in 2024?", v("hz24", "r.granted.total")),
            ("Requests where the district didn't hold the information?", v("hz24", "r.unable.not_held.total")),
            ("Total handled per the table's (七) row?", v("hz24", "r.total_processed.total")),
        ], "row switches (text rows)"),
        F("en", [
            ("According to Shuyang County's 2025 report, how many reconsideration and litigation cases did the county handle overall?",
             n("sy", "相关案件", 74, "件")),
            ("How many of those were reconsiderations, per the table?", v("sy", "a.review.total")),
            ("And the lawsuits that came after a reconsideration?", v("sy", "a.litigation_after_review.total")),
        ], "narrative number, then table cells of the same body"),
        F("en", [
            ("In 2024, how often did Huai'an refuse a request to protect a third party's lawful rights?", v("ha", "r.withheld.third_party.total")),
            ("Refusals on 'three safeties and one stability' grounds?", v("ha", "r.withheld.security_stability.total")),
            ("And because other laws or regulations prohibit release?", v("ha", "r.withheld.prohibited_by_law.total")),
        ], "switch sub-item twice"),
        F("en", [
            ("How many requests did applicants to the Shanghai government withdraw themselves in 2025?",
             n("sh25", "主动撤回", 157, "件")),
            ("And how many did the General Office set aside as petitions or complaints?",
             v("sh25", "r.not_processed.petition.total")),
        ], "narrative number, then a table cell (text row)"),
        F("en", [
            ("Hongze District's administrative fee income for 2023, in 10,000 yuan?", v("hz23", "c.fees.amount", **WAN)),
            ("Huai'an's for 2024?", v("ha", "c.fees.amount", **WAN)),
            ("Shuyang's for 2025?", v("sy", "c.fees.amount", **WAN)),
            ("Of those three, which is lowest?", r(["hz23", "ha", "sy"], "c.fees.amount", "asc", unit="万元")),
        ], "switch body twice, then rank asc (money)"),
        F("en", [
            ("How many requests did STCSM still have open from 2023 going into 2024?", v("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            ("New ones received in 2024?", v("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("Combined?", s("kw", ["r.carried_over.total", "r.received.total"])),
        ], "row switch, add up (text rows)"),
        F("en", [
            ("In 2019, how many requests from individuals did the Shanghai General Office set aside as petitions or complaints?",
             v("sh19", "r.not_processed.petition.natural_person")),
            ("Individuals' duplicate requests?", v("sh19", "r.not_processed.duplicate.natural_person")),
            ("Companies' duplicate requests?", v("sh19", "r.not_processed.duplicate.commercial")),
        ], "switch row, then column (row totals printed blank)"),
        F("en", [
            ("In Huai'an's 2024 table, what's the total on the 'other' line under (六) other handling?", v("ha", "r.other.other.total")),
            ("How many of those were from individuals?", v("ha", "r.other.other.natural_person")),
        ], "of those"),
        F("en", [
            ("Are any of Shuyang's 2025 lawsuits that followed a reconsideration still pending? How many?", v("sy", "a.litigation_after_review.pending")),
            ("What about reconsiderations still pending?", v("sy", "a.review.pending")),
        ], "switch appeals group"),
        F("en", [
            ("How many disclosure reconsiderations did Jianxi District's office face in 2020?", v("jx", "a.review.total")),
            ("Which department's decision was it about?", u("the report does not say which decision was appealed")),
        ], "value, then unprinted detail"),
        F("en", [
            ("How many direct lawsuits against the Shanghai General Office were still undecided at the end of 2025?", v("sh25", "a.litigation_direct.pending")),
            ("Reconsiderations still undecided?", v("sh25", "a.review.pending")),
            ("Add them together?", s("sh25", ["a.litigation_direct.pending", "a.review.pending"])),
        ], "switch group, add up (text rows)"),
        F("en", [
            ("What was Hongze District's number of administrative licensing decisions in 2024?", v("hz24", "c.licensing.decisions")),
            ("And its administrative fee income, in 10,000 yuan?", v("hz24", "c.fees.amount", **WAN)),
        ], "row switch (text rows)"),
        F("en", [
            ("How many Huai'an requests in 2024 were turned away as administrative query matters?",
             v("ha", "r.withheld.admin_query.total")),
            ("Same thing for Hongze District in 2023?", v("hz23", "r.withheld.admin_query.total")),
            ("And Shuyang County in 2025?", v("sy", "r.withheld.admin_query.total")),
        ], "switch body twice"),
        F("en", [
            ("How many normative documents did the Shanghai General Office newly make in 2019?",
             v("sh19", "c.normative_docs.made", alt=(SH19_DOC, 60))),
            ("And the running total made public?", v("sh19", "c.normative_docs.total_published")),
        ], "switch column (2019 format)"),
        F("en", [
            ("Shuyang County's normative documents in force at the end of 2025?", v("sy", "c.normative_docs.in_force")),
            ("Huai'an 2024?", v("ha", "c.normative_docs.in_force")),
        ], "switch body"),
        F("en", [
            ("Did Huai'an drop any requests in 2024 because the applicant didn't pay the fee in time? How many?",
             v("ha", "r.other.overdue_fee.total")),
            ("And those dropped because corrections never came?", v("ha", "r.other.overdue_correction.total")),
            ("Of the latter, how many were from legal service institutions?",
             v("ha", "r.other.overdue_correction.legal_services")),
        ], "row switch, then of those by column"),
        F("en", [
            ("How many requests did the Shanghai General Office carry over into 2019 from the year before?",
             v("sh19", "r.carried_over.total", alt=(SH19_REQ, 18))),
            ("And carried over into 2025?", v("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
            ("What's the difference between the two years?", d("sh19", "sh25", "r.carried_over.total")),
        ], "switch year, difference"),
        F("en", [
            ("How many news articles did Shuyang's new-media team put together in 2025?",
             n("sy", "原创短视频", 2606, "篇")),
            ("And graphic posts?", n("sy", "原创短视频", 1775, "条")),
            ("In the table, how many administrative coercion decisions did the county make?",
             v("sy", "c.coercion.decisions")),
        ], "two narrative numbers, then a table cell of the same body"),
        F("en", [
            ("Hongze District 2023: reconsiderations where the decision was corrected?", v("hz23", "a.review.corrected")),
            ("Lawsuits after reconsideration that were upheld?", v("hz23", "a.litigation_after_review.upheld")),
            ("What was that case about?", u("the report does not describe the cases")),
        ], "switch group, then unprinted detail"),
    ]


def CONVERSATIONS():
    convs = plain() + combine() + rank() + textonly() + cannot() + neighbour() \
        + followups_zh() + followups_en()
    return convs
