"""Question bank of blind evaluation set 327 (evals/blind327): follow-up conversations first.

FROZEN: this file holds the wording of every test question. It is as frozen as test.jsonl;
do not read it while tuning the engine.

The bank only names keys, bodies, keywords and the wording; every number in an `expect` is
computed by helpers327 (gold JSON, printed rows of the three reports without gold, sentences
cut from the report text). All wordings were written for this set.

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 / hz24 洪泽区 2023 / 2024, sy 沭阳县 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib327 as L  # noqa: E402
from helpers327 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# Printed cells of the reports without gold: the same specs blind6's text_cells.json verified
# (42 cells, nothing new). Values are parsed from the printed row, never typed.
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

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UNABLE3 = ["r.unable.%s.total" % s for s in L.UNABLE]
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
MONEY = {"unit": "万元"}

# text alternatives (keyword of the sentence, number it states) where text and table agree
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_CARRIED = ("全市共受理政府信息公开申请", 34)
HA_REVIEW = ("政府信息公开行政复议 351", 351)
HA_REVIEW_UPHELD = ("政府信息公开行政复议 351", 72)
HA_REVIEW_CORR = ("政府信息公开行政复议 351", 64)
HA_REVIEW_OTHER = ("政府信息公开行政复议 351", 178)
HA_REVIEW_PENDING = ("政府信息公开行政复议 351", 37)
HA_LIT46 = ("政府信息公开行政诉讼 46", 46)
JX_RECV = ("全年共收到依申请公开17件", 17)
JX_DONE = ("全年共收到依申请公开17件", 15)
JX_OPEN = ("全年共收到依申请公开17件", 2)
HZ23_RECV = ("全区受理政府信息公开申请", 21)
SY_CASES74 = ("全县共办理相关案件", 74)
SH19_RECV = ("共受理政府信息公开申请859件", 859)
SH19_DONE = ("共受理政府信息公开申请859件", 805)
SH19_CARRIED = ("共受理政府信息公开申请859件", 18)
SH19_FORWARD = ("共受理政府信息公开申请859件", 72)
SH19_REVIEW = ("信息公开类行政复议7件", 7)
SH19_SUIT = ("信息公开类行政复议7件", 9)
SH19_REGS = ("行政规范性文件60件", 13)
SH19_NORM = ("行政规范性文件60件", 60)
SH25_RECV = ("市政府共受理政府信息公开申请", 1295)
SH25_DONE = ("市政府共受理政府信息公开申请", 1191)
SH25_CARRIED = ("市政府共受理政府信息公开申请", 189)
KW_RECV = ("全年收到政府信息公开申请", 34)
KW_CARRIED = ("上年结转政府信息公开申请 2", 2)
KW_GRANTED = ("同意公开答复", 9)


# =========================================================================== [plain]
def plain():
    P = "[plain] "
    out = [
        # ---- zh
        V("zh", "ha", "r.received.total", "淮安市政府2024年一年里新接到的政府信息公开申请总共有多少份？",
          P + "new requests, total; the text's 受理 3119 agrees", alt=HA_RECV),
        V("zh", "ha", "r.unable.not_held.total", "2024年淮安那边有多少件申请，最后是以“本机关不掌握该信息”答复的？",
          P + "unable: not held, total"),
        V("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年以“属于行政查询事项”为由没给公开的申请有几件？",
          P + "withheld: administrative query, total"),
        V("zh", "ha", "c.normative_docs.repealed", "2024年淮安市政府一共废止了多少件行政规范性文件？",
          P + "normative documents repealed (2021 format)"),
        V("zh", "ha", "a.review.corrected", "二〇二四年淮安市涉及政府信息公开的行政复议里，被纠正的有多少起？",
          P + "review corrected; the text's 结果纠正 64 agrees", alt=HA_REVIEW_CORR),
        V("zh", "sy", "c.punishment.decisions", "沭阳县2025年全年作出的行政处罚决定一共多少个？",
          P + "penalty decisions"),
        V("zh", "sy", "r.granted.total", "沭阳县政府25年依申请给予公开的，总数是几件？",
          P + "granted, total (two-digit year)"),
        V("zh", "sy", "r.other.other.total", "2025年沭阳县办理结果里“其他处理”下面第3小项“其他”是多少件？",
          P + "other handling: other, total (2021 sub-item)"),
        V("zh", "sy", "a.review.other", "沭阳2025年信息公开行政复议，结果既不是维持也不是纠正、算“其他结果”的有几件？",
          P + "review other outcome"),
        V("zh", "sy", "c.fees.amount", "2025年沭阳县行政事业性收费一共收了多少钱？按报告里的单位说。",
          P + "fees amount in 万元", **MONEY),
        V("zh", "hz23", "c.licensing.decisions", "洪泽区2023年这一年作出了多少件行政许可决定？",
          P + "licensing decisions"),
        V("zh", "hz23", "r.unable.not_held.total", "2023年洪泽区政府收到的申请中，有几件是因为政府手上压根没有这份信息而提供不了的？",
          P + "unable: not held, total"),
        V("zh", "hz23", "r.withheld.state_secret.total", "洪泽区2023年有没有以涉及国家秘密为由拒绝公开的申请？有的话是几件？",
          P + "withheld: state secret, total"),
        V("zh", "hz24", "c.fees.amount", "洪泽区2024年表里的行政事业性收费金额是多少？",
          P + "fees amount in 万元 (text cell)", **MONEY),
        V("zh", "hz24", "r.granted.total", "2024年洪泽区政府同意公开的依申请件数有多少？",
          P + "granted, total (text cell)"),
        V("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购花了多少钱？",
          P + "procurement amount in 万元 (2019 format)", **MONEY),
        V("zh", "jx", "r.total_processed.total", "涧西区政府办2020年依申请公开一共办完了多少件？",
          P + "total processed; the text's 办结15件 agrees", alt=JX_DONE),
        V("zh", "sh19", "c.regulations.total_published", "到2019年为止，上海市政府办公厅累计对外公开的规章有多少件？",
          P + "regulations total published (2019 format)"),
        V("zh", "sh19", "r.received.commercial", "2019年上海市府办收到的新申请里，商业企业递交的有多少份？",
          P + "received, commercial"),
        V("zh", "sh19", "a.litigation_direct.upheld", "2019年有人没走复议直接起诉上海市政府办公厅的信息公开案子，最后维持了几件？",
          P + "direct litigation upheld"),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "2019年上海市府办有多少个人申请被认定是信访举报投诉类、没有按信息公开处理？",
          P + "not processed: petition, natural persons (printed 总计 blank: asked by column)"),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年有多少件申请是因为没有现成的、得另外加工制作才给不了？",
          P + "unable: needs creation, total (text cell)"),
        V("zh", "sh25", "r.received.total", "二〇二五年上海市府办一年新收的政府信息公开申请是多少件？",
          P + "received, total (text cell); the text's 受理 1295 agrees", alt=SH25_RECV),
        V("zh", "sh25", "r.carried_forward.total", "2025年上海市政府办公厅没办完、转到下一年度接着办的申请有多少件？",
          P + "carried forward, total (text cell)"),
        V("zh", "kw", "c.licensing.decisions", "上海市科委2024年的行政许可决定数是多少？",
          P + "licensing decisions (text cell)"),
        V("zh", "kw", "r.received.commercial", "上海市科学技术委员会2024年新收的申请里，来自商业企业的有几份？",
          P + "received, commercial (text cell)"),
        V("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元？",
          P + "fees amount in 万元", **MONEY),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年因为申请人过了期限还不补正材料、政府就不再处理的有多少件？",
          P + "other handling: overdue correction, total"),
        V("zh", "sy", "r.not_processed.petition.total", "沭阳县2025年被当作信访、举报、投诉类申请而不予处理的有几件？",
          P + "not processed: petition, total"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市政府2024年先复议后起诉的信息公开官司，到年底还没判下来的有几件？",
          P + "litigation after review pending"),
        V("zh", "hz23", "r.partially_granted.total", "洪泽区2023年依申请部分公开的是几件？",
          P + "partially granted, total"),
        # ---- en
        V("en", "ha", "r.received.legal_services",
          "How many disclosure requests did law firms and other legal service providers send to the Huai'an municipal government in 2024?",
          P + "received, legal services"),
        V("en", "ha", "c.licensing.decisions", "What's the number of administrative licensing decisions Huai'an made in 2024?",
          P + "licensing decisions"),
        V("en", "ha", "r.partially_granted.total", "In 2024, how many requests to the Huai'an city government ended in partial disclosure?",
          P + "partially granted, total"),
        V("en", "ha", "a.litigation_direct.total",
          "Huai'an 2024: how many disclosure lawsuits went straight to court, with no administrative review first?",
          P + "direct litigation total"),
        V("en", "ha", "r.not_processed.duplicate.total",
          "Of the applications Huai'an dealt with in 2024, how many were set aside because the same person had already asked for the same thing?",
          P + "not processed: duplicate, total"),
        V("en", "sy", "r.received.total",
          "For Shuyang County in 2025, how many new information requests arrived during the year itself, leaving out the ones still open from 2024?",
          P + "received, total: 713 (the text's 749 includes carried-over requests; the question excludes them)"),
        V("en", "sy", "c.licensing.decisions", "How many licensing decisions did Shuyang County issue in 2025?",
          P + "licensing decisions"),
        V("en", "sy", "a.litigation_after_review.total",
          "How many disclosure lawsuits did Shuyang County face in 2025 from people who had already been through administrative review?",
          P + "litigation after review total"),
        V("en", "sy", "r.unable.not_held.total",
          "Shuyang County, 2025: on how many requests did the county reply that it simply didn't hold the information?",
          P + "unable: not held, total"),
        V("en", "sy", "r.carried_over.total", "How many applications did Shuyang carry into 2025 that were still unfinished from 2024?",
          P + "carried over, total"),
        V("en", "sy", "c.normative_docs.in_force", "How many of Shuyang County's normative documents were in force as of its 2025 report?",
          P + "normative documents in force"),
        V("en", "hz23", "c.punishment.decisions", "Hongze District's administrative penalty decisions in 2023 — what's the figure?",
          P + "penalty decisions"),
        V("en", "hz23", "a.review.upheld",
          "In 2023, how many disclosure-related administrative reviews against Hongze District ended with the original decision upheld?",
          P + "review upheld (the printed review 总计 0 is avoided)"),
        V("en", "hz24", "c.coercion.decisions", "Number of administrative coercion decisions by Hongze District in 2024?",
          P + "coercion decisions (text cell)"),
        V("en", "hz24", "r.unable.not_held.total",
          "Hongze District 2024: how many requests couldn't be met because the district government didn't have the information?",
          P + "unable: not held, total (text cell)"),
        V("en", "hz24", "c.normative_docs.issued", "How many new normative documents did Hongze District issue in 2024?",
          P + "normative documents issued (text cell)"),
        V("en", "jx", "r.received.total", "How many disclosure applications reached the Jianxi District government office in 2020?",
          P + "received, total; the text's 17 agrees", alt=JX_RECV),
        V("en", "jx", "c.procurement.projects", "How many centralized procurement projects did the Jianxi District office report for 2020?",
          P + "procurement projects (2019 format)"),
        V("en", "jx", "a.litigation_after_review.upheld",
          "Jianxi District office, 2020: lawsuits filed after an administrative review that ended with the office's decision upheld — how many?",
          P + "litigation after review upheld"),
        V("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai government's General Office produce in 2019?",
          P + "normative documents made; the text's 60 agrees", alt=SH19_NORM),
        V("en", "sh19", "r.carried_forward.total",
          "At the end of 2019, how many requests did the Shanghai General Office still have open and push into the next year?",
          P + "carried forward, total; the text's 72 agrees", alt=SH19_FORWARD),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "Shanghai General Office 2019: requests from individuals that couldn't be answered without creating new information — how many?",
          P + "unable: needs creation, natural persons (printed 总计 blank: asked by column)"),
        V("en", "sh19", "a.review.pending", "How many of the Shanghai General Office's 2019 disclosure reviews were still undecided at year end?",
          P + "review pending"),
        V("en", "sh19", "c.procurement.amount",
          "What was the total value of centralized procurement reported by Shanghai's General Office for 2019, in units of 10,000 yuan?",
          P + "procurement amount: printed 251000元 = 25.1 万元", **MONEY),
        V("en", "sh25", "r.received.natural_person", "In 2025, how many new requests did private citizens file with the Shanghai General Office?",
          P + "received, natural persons (text cell)"),
        V("en", "sh25", "r.not_processed.petition.total",
          "Shanghai General Office, 2025: how many requests were really complaints or petitions and so weren't handled as disclosure requests?",
          P + "not processed: petition, total (text cell)"),
        V("en", "sh25", "a.litigation_direct.pending",
          "For 2025, how many disclosure lawsuits filed directly against the Shanghai General Office were still pending?",
          P + "direct litigation pending (text cell)"),
        V("en", "kw", "r.total_processed.total", "How many requests in total did the Shanghai Science and Technology Commission process in 2024?",
          P + "total processed (text cell)"),
        V("en", "kw", "c.normative_docs.in_force", "How many STCSM normative documents were in effect according to its 2024 report?",
          P + "normative documents in force (text cell)"),
        V("en", "kw", "r.received.natural_person",
          "Of the new requests the Shanghai science commission got in 2024, how many were from individual people?",
          P + "received, natural persons (text cell)"),
    ]
    return out


# =========================================================================== [combine]
def combine():
    P = "[combine] "
    return [
        # ---- sums, zh
        S("zh", "ha", ["r.received.total", "r.carried_over.total"],
          "淮安市2024年新收的申请，加上从上一年转过来的，合在一起要处理的有多少件？",
          P + "sum: received + carried over (2 cells)"),
        S("zh", "sy", WITHHELD8, "沭阳县2025年不予公开的申请，八种理由全部加总是多少件？",
          P + "sum: the eight withheld sub-items (8 cells)"),
        S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2023年行政许可、行政处罚、行政强制三类决定合计多少个？",
          P + "sum: licensing + penalty + coercion decisions (3 cells)"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年行政复议和两类行政诉讼加在一起一共几件？",
          P + "sum: review + direct litigation + litigation after review totals (3 cells)"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "2025年上海市府办“本机关不掌握”和“需要另行制作”这两类无法提供的，一共多少件？",
          P + "sum: not held + needs creation (2 text cells)"),
        # ---- sums, en
        S("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Across reviews and both kinds of lawsuits, how many times was Huai'an's disclosure decision upheld in 2024?",
          P + "sum: upheld in review + direct litigation + litigation after review (3 cells)"),
        S("en", "sy", ["r.received.commercial", "r.received.legal_services"],
          "Shuyang 2025: if you add new requests from businesses to those from legal service institutions, what do you get?",
          P + "sum: received commercial + legal services (2 cells)"),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
          "For the Shanghai General Office in 2019, what's the total of individuals' new requests plus individuals' requests carried in from 2018?",
          P + "sum: natural persons received + carried over (2 cells)"),
        S("en", "ha", OTHER3,
          "What do the three 'other handling' sub-rows add up to in Huai'an's 2024 disclosure table?",
          P + "sum: the three 2021 other-handling sub-items (3 cells)"),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze District 2024: licensing, penalty and coercion decisions combined — how many?",
          P + "sum: licensing + penalty + coercion (3 text cells)"),
        # ---- differences, zh
        D("zh", "hz23", "hz24", "r.granted.total", "洪泽区予以公开的申请，2024年比2023年多了几件？",
          P + "difference 2024 - 2023 (gold / text cell)"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复件数，从2023年到2024年增加了多少？",
          P + "difference 2024 - 2023 (gold / text cell)"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请数，2025年和2019年相比多了多少件？",
          P + "difference 2025 - 2019 (gold / text cell)"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办未经复议直接被起诉的案件，2019年到2025年变化了多少件？",
          P + "difference 2025 - 2019 (gold / text cell)"),
        # ---- differences, en
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "By how much did Hongze District's penalty decisions change from 2023 to 2024?",
          P + "difference 2024 - 2023 (negative)"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: how many more requests were carried forward at the end of 2025 than at the end of 2019?",
          P + "difference 2025 - 2019"),
        D("en", "sh19", "sh25", "r.received.commercial",
          "How did the number of new requests from companies to the Shanghai General Office change between 2019 and 2025?",
          P + "difference 2025 - 2019"),
    ]


# =========================================================================== [rank]
def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
          "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，这四家谁新收的信息公开申请最多？",
          P + "4 gold bodies, desc"),
        R("zh", ["sy", "hz23", "sh19", "jx"], "r.unable.not_held.natural_person", "desc",
          "比较一下沭阳县2025年、洪泽区2023年、上海市府办2019年和涧西区政府办2020年：自然人申请里答复“本机关不掌握”的，哪家最多？",
          P + "4 gold bodies, desc, natural-person column (sh19 总计 blank)"),
        R("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
          "淮安市2024年、沭阳县2025年、洪泽区2023年这三个，谁的行政强制决定数量最少？",
          P + "3 gold bodies, asc"),
        R("zh", ["sy", "sh19", "jx"], "a.litigation_direct.upheld", "desc",
          "沭阳县2025年、上海市政府办公厅2019年、涧西区政府办2020年，未经复议直接起诉后结果维持的，哪家最多？",
          P + "3 gold bodies, desc"),
        R("zh", ["sy", "ha", "hz23"], "c.licensing.decisions", "desc",
          "行政许可决定数：沭阳县2025年、淮安市2024年、洪泽区2023年，排第一的是哪个？",
          P + "3 gold bodies, desc"),
        R("en", ["ha", "sy", "jx", "sh19"], "a.review.total", "asc",
          "Among Huai'an (2024), Shuyang County (2025), the Jianxi District office (2020) and the Shanghai General Office (2019), which had the fewest disclosure-related administrative reviews?",
          P + "4 gold bodies, asc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc",
          "Which carried the most unfinished requests into the following year: Huai'an in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?",
          P + "3 gold bodies, desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.legal_services", "asc",
          "Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi District office 2020 — which got the fewest new requests from legal service institutions?",
          P + "4 gold bodies, asc"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.granted.natural_person", "asc",
          "Looking only at individuals' requests that were granted in full, which is lowest: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Hongze District 2023?",
          P + "4 gold bodies, asc, natural-person column"),
    ]


# =========================================================================== [textonly]
def textonly():
    P = "[textonly] "
    return [
        # ---- zh
        N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过县政府门户网站开展了几期意见征集？",
          P + "consultations on the county portal"),
        N("zh", "sy", "全年发出催办提示", 84, "次", "沭阳县2025年对依申请办理发出过多少次催办提示？",
          P + "reminders sent"),
        N("zh", "sy", "累计清理过期信息", 697, "条", "2025年沭阳县清理掉的过期信息有多少条？",
          P + "outdated items cleared"),
        N("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年在政务新媒体上开了多少个专栏？",
          P + "new-media columns"),
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了几场新闻发布会？",
          P + "press conferences"),
        N("zh", "ha", "政务新媒体共计 95", 95, "个", "截至2024年的报告，淮安全市还在运维的政务新媒体有多少个？",
          P + "government new-media accounts"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条政府信息？",
          P + "items published on the portal (no gold)"),
        N("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会？",
          P + "press briefings (no gold)"),
        N("zh", "sh25", "主动撤回 157", 157, "件", "2025年上海市府办收到的申请里，申请人自己主动撤回的有多少件？",
          P + "requests withdrawn by applicants (part of 其他处理, only the text states it)"),
        N("zh", "sh19", "人事任免文件141件", 141, "件", "2019年上海市政府办公厅主动公开了多少件人事任免文件？",
          P + "appointment documents", frm="2019年，通过"),
        N("zh", "kw", "直播 118", 118, "场", "上海市科委的视频号2024年一共做了多少场直播？",
          P + "live streams (no gold)"),
        N("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理出来的政务公开事项一共多少项？",
          P + "catalogued items", frm="梳理细化"),
        N("zh", "sh25", "公报》24", 24, "期", "2025年《上海市人民政府公报》编了多少期？",
          P + "gazette issues (no gold)"),
        # ---- en
        N("en", "sy", "爆款内容52条", 52, "条", "How many viral hits did Shuyang County's government media produce in 2025?",
          P + "viral posts"),
        N("en", "sy", "化解各类争议纠纷", 33, "件", "How many disputes did Shuyang County manage to defuse in 2025 through talking to applicants before answering?",
          P + "disputes resolved"),
        N("en", "ha", "公报》6", 6, "期", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?",
          P + "gazette issues"),
        N("en", "ha", "信息处理费 3940", 3940, "元", "How much did Huai'an collect in information processing fees in 2024, in yuan?",
          P + "processing fees in 元 (not the table's 万元 fees)"),
        N("en", "hz23", "主动公开政府信息 1136", 1136, "条", "How many items of government information did Hongze District post on its website in 2023?",
          P + "items published on the portal"),
        N("en", "sh25", "新闻发布会 42", 42, "场", "How many municipal government press conferences did Shanghai hold in 2025?",
          P + "press conferences (no gold)"),
        N("en", "sh25", "公文公开属性审查 166", 166, "件", "In 2025, how many official documents had their disclosure status reviewed by the Shanghai General Office?",
          P + "disclosure-attribute reviews (no gold)", frm="全年完成"),
        N("en", "sh25", "覆盖 10 个语种", 10, "个", "How many languages did Shanghai's international services portal cover according to the 2025 report?",
          P + "languages (no gold)"),
        N("en", "sh19", "政策解读共132件", 132, "件", "How many policy explainers did the Shanghai portal publish in 2019?",
          P + "policy interpretations"),
        N("en", "sh19", "70家政府网站", 70, "家", "In 2019, how many Shanghai government websites were checked every quarter?",
          P + "websites checked"),
        N("en", "kw", "原创文章 294", 294, "篇", "How many original articles did the STCSM WeChat account publish in 2024?",
          P + "original articles (no gold)"),
        N("en", "kw", "人大代表建议 50", 50, "件", "How many people's congress deputies' suggestions did the Shanghai science commission lead or co-handle in 2024?",
          P + "deputies' suggestions handled (no gold)"),
        N("en", "jx", "共21个领域", 21, "个", "Jianxi District 2020: across how many fields were the government information items catalogued?",
          P + "fields catalogued", frm="梳理细化"),
    ]


# =========================================================================== [neighbour]
def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安市2024年手上没办完、要留到2025年继续办的申请有多少件？",
          P + "carried forward (103), not carried over (34)"),
        T("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年宣布作废的行政规范性文件有几件？",
          P + "repealed (1), not issued (6) or in force (32)"),
        T("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年因为要重新整理制作信息才能提供、所以没提供的有几件？",
          P + "needs creation (3), not not-held (10)"),
        T("zh", "sh19", "c.procurement.projects", "2019年上海市政府办公厅政府集中采购了几个项目？",
          P + "procurement projects (6), not amount (25.1 万元)"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为属于过程性信息而不公开的申请有几件？",
          P + "process information (2), not internal affairs (13)"),
        T("en", "ha", "a.litigation_after_review.total",
          "How many Huai'an disclosure lawsuits in 2024 were brought after the applicant had first gone through an administrative review?",
          P + "litigation after review (20), not direct (26)"),
        T("en", "sh19", "c.normative_docs.total_published",
          "What was the cumulative number of normative documents the Shanghai General Office had made public as of 2019, not just that year's new ones?",
          P + "total published (368), not made (60)"),
        T("en", "ha", "r.received.commercial", "Huai'an 2024: how many new requests came from commercial enterprises specifically?",
          P + "commercial (53), not legal services (61)"),
        T("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue during 2024?",
          P + "issued (13), not in force (55)"),
    ]


# =========================================================================== [cannot]
def cannot():
    P = "[cannot] "
    return [
        # ---- zh
        U("zh", "淮安市2024年提交信息公开申请的人里面，男的女的各有多少？",
          "the report does not break applicants down by sex", P + "sex breakdown"),
        U("zh", "沭阳县2025年那些申请分别是几月份收到的？每个月多少件？",
          "no monthly breakdown is printed", P + "month breakdown"),
        U("zh", "洪泽区2023年的申请主要集中在哪些领域？比如征地拆迁类的有几件？",
          "the report does not give request topics", P + "topic breakdown"),
        U("zh", "上海市政府办公厅2025年平均答复一件申请用了多少天？",
          "response times are not reported", P + "response time"),
        U("zh", "涧西区政府办2020年有几个专职搞政务公开的工作人员？",
          "the report mentions staffing as a problem but gives no number", P + "staff number"),
        U("zh", "淮安市2023年收到了多少件政府信息公开申请？",
          "the corpus holds Huai'an's 2024 report only", P + "year not held (淮安 2023)"),
        U("zh", "苏州市政府2024年受理了多少政府信息公开申请？",
          "Suzhou is not in the corpus", P + "body not held (苏州市)"),
        U("zh", "上海市科委2025年作出的行政许可决定有多少？",
          "the corpus holds the commission's 2024 report only", P + "year not held (上海市科委 2025)"),
        U("zh", "你估计沭阳县2026年会收到多少件信息公开申请？",
          "a forecast; the reports state no future figures", P + "forecast"),
        U("zh", "盱眙县2024年政府信息公开方面的行政复议有多少件？",
          "Xuyi County is not in the corpus", P + "body not held (盱眙县)"),
        U("zh", "洪泽区2024年的申请人中，有多少不是本区户籍的？",
          "residence of applicants is not reported", P + "residence breakdown"),
        U("zh", "上海市政府办公厅2019年那几起行政复议是谁提起的？把申请人名字告诉我。",
          "personal data; the report names no applicants", P + "personal data"),
        U("zh", "淮安市政府2024年在政务公开上一共花了多少经费？",
          "costs of disclosure work are not reported", P + "cost"),
        U("zh", "你觉得沭阳县2025年政务公开工作做得怎么样，能打几分？",
          "an opinion, not a reported figure", P + "opinion"),
        U("zh", "涧西区政府办2020年的申请里，网上提交的和写信寄来的各几件？",
          "no channel breakdown is printed", P + "channel breakdown"),
        U("zh", "上海市科委2024年不予公开的那几件申请，具体申请的是哪些科研项目的材料？",
          "the report gives no content of individual requests", P + "request contents"),
        U("zh", "洪泽区2025年度报告里的行政处罚决定数是多少？",
          "the corpus holds Hongze's 2023 and 2024 reports only", P + "year not held (洪泽 2025)"),
        # ---- en
        U("en", "What share of Shuyang County's 2025 applicants were over 60 years old?",
          "applicants' ages are not reported", P + "age breakdown"),
        U("en", "How many of Huai'an's 2024 disclosure requests came in through WeChat as opposed to the website?",
          "no channel breakdown is printed", P + "channel breakdown"),
        U("en", "Could you break down Hongze District's 2023 requests by township?",
          "no township breakdown is printed", P + "township breakdown"),
        U("en", "How many staff worked on information disclosure at the Shanghai General Office in 2025?",
          "staff numbers are not reported", P + "staff number"),
        U("en", "How many disclosure requests did the Wuxi city government receive in 2024?",
          "Wuxi is not in the corpus", P + "body not held (Wuxi)"),
        U("en", "What was Huai'an's total budget for government information disclosure work in 2024?",
          "costs are not reported", P + "cost"),
        U("en", "Which company filed the most disclosure requests with the Shanghai General Office in 2019?",
          "individual applicants are not named", P + "applicant identity"),
        U("en", "How many requests did the Jianxi District government office receive in 2021?",
          "the corpus holds Jianxi's 2020 report only", P + "year not held (涧西 2021)"),
        U("en", "How many new disclosure requests did Shuyang County receive in 2023?",
          "the corpus holds Shuyang's 2025 report only", P + "year not held (沭阳 2023)"),
        U("en", "Predict how many disclosure lawsuits Huai'an will face in 2026.",
          "a forecast; not in any report", P + "forecast"),
        U("en", "How many disclosure-related administrative reviews did Xuhui District in Shanghai have in 2024?",
          "Xuhui District is not in the corpus", P + "body not held (徐汇区)"),
        U("en", "On average, how many working days did the Shanghai science commission take to answer a request in 2024?",
          "response times are not reported", P + "response time"),
        U("en", "Of Hongze District's 2024 requests, how many concerned land expropriation?",
          "request topics are not reported", P + "topic breakdown"),
        U("en", "Was the Shanghai General Office's disclosure work in 2025 better than Beijing's?",
          "an opinion, and Beijing is not in the corpus", P + "opinion / body not held"),
        U("en", "How were Huai'an's 2024 applicants split between urban and rural residents?",
          "residence of applicants is not reported", P + "residence breakdown"),
        U("en", "Give me the phone number of the person who paid Shuyang County the 380-yuan processing fee in 2025.",
          "personal data; not in the report", P + "personal data"),
        U("en", "How many regulations did the Shanghai General Office issue in 2022?",
          "the corpus holds the General Office's 2019 and 2025 reports only", P + "year not held (上海市府办 2022)"),
    ]


# =========================================================================== [followup]
def followup():
    P = "[followup] "
    out = []

    def add(lang, turns, note):
        out.append(F(lang, turns, P + note))

    # ---- A. switch year, then compare the two years (zh)
    add("zh", [
        ("洪泽区2023年行政许可一共作出多少个决定？", E("hz23", "c.licensing.decisions")),
        ("2024年的也帮我查一下。", E("hz24", "c.licensing.decisions")),
        ("两年对比一下，2024年多出来多少个？", ED("hz23", "hz24", "c.licensing.decisions")),
    ], "year switch 2023 -> 2024, then the difference")
    add("zh", [
        ("上海市政府办公厅2019年新收了多少件公开申请？", E("sh19", "r.received.total", alt=SH19_RECV)),
        ("到2025年变成多少件了？", E("sh25", "r.received.total", alt=SH25_RECV)),
        ("这中间涨了多少件？", ED("sh19", "sh25", "r.received.total")),
    ], "year switch 2019 -> 2025, then the difference; texts agree")
    add("zh", [
        ("洪泽区2023年底现行有效的行政规范性文件有几件？", E("hz23", "c.normative_docs.in_force")),
        ("那2024年底呢？", E("hz24", "c.normative_docs.in_force")),
        ("一年里净增了几件？", ED("hz23", "hz24", "c.normative_docs.in_force")),
    ], "year switch, then the difference")
    add("zh", [
        ("2019年上海市府办涉及信息公开的行政复议一共几件？", E("sh19", "a.review.total", alt=SH19_REVIEW)),
        ("2025年那份报告里这个数是多少？", E("sh25", "a.review.total")),
        ("这55件复议里，有多少是从2024年结转过来的？",
         EU("the 2025 table says its numbers include carried-over cases but does not give how many")),
    ], "year switch, then an unanswerable breakdown")
    add("zh", [
        ("洪泽区2024年行政事业性收费金额是多少？", E("hz24", "c.fees.amount", **MONEY)),
        ("2023年收了多少？", E("hz23", "c.fees.amount", **MONEY)),
        ("哪一年收得多？2024年比2023年增减了多少万元？", ED("hz23", "hz24", "c.fees.amount", **MONEY)),
    ], "year switch backwards, then the difference (money, negative)")
    add("zh", [
        ("上海市府办2025年从上一年结转过来的申请有多少？", E("sh25", "r.carried_over.total", alt=SH25_CARRIED)),
        ("换到2019年看看是多少。", E("sh19", "r.carried_over.total", alt=SH19_CARRIED)),
        ("前后两个年份差了多少件？", ED("sh19", "sh25", "r.carried_over.total")),
    ], "year switch backwards, then the difference")
    # ---- A. (en)
    add("en", [
        ("How many administrative coercion decisions did Hongze District make in 2023?", E("hz23", "c.coercion.decisions")),
        ("And for 2024, how many?", E("hz24", "c.coercion.decisions")),
        ("So did it go up or down between those two years, and by how much?", ED("hz23", "hz24", "c.coercion.decisions")),
    ], "year switch, then the difference (negative)")
    add("en", [
        ("Shanghai General Office, 2019: how many requests came from individual citizens?", E("sh19", "r.received.natural_person")),
        ("Same thing for 2025, please.", E("sh25", "r.received.natural_person")),
        ("What's the gap between those two years?", ED("sh19", "sh25", "r.received.natural_person")),
    ], "year switch, then the difference")
    add("en", [
        ("In Hongze's 2024 report, how many requests were answered with 'this agency does not hold the information'?",
         E("hz24", "r.unable.not_held.total")),
        ("Could you give me the 2023 figure as well?", E("hz23", "r.unable.not_held.total")),
        ("Which government departments were those 2024 requests actually aimed at?",
         EU("the report does not say which departments or topics the requests concerned")),
    ], "year switch, then an unanswerable breakdown")
    add("en", [
        ("For the Shanghai government's General Office in 2025, how many direct disclosure lawsuits were still undecided?",
         E("sh25", "a.litigation_direct.pending")),
        ("What was that number back in 2019?", E("sh19", "a.litigation_direct.pending")),
        ("How much bigger is the 2025 figure?", ED("sh19", "sh25", "a.litigation_direct.pending")),
    ], "year switch, then the difference")
    add("en", [
        ("Did Hongze District fully grant any disclosure requests in 2023? How many?", E("hz23", "r.granted.total")),
        ("How about 2024 — how many were fully disclosed then?", E("hz24", "r.granted.total")),
        ("Of those, how many applicants were happy with the answer they got?",
         EU("applicant satisfaction is not reported")),
    ], "year switch, then an unanswerable follow-up")
    add("en", [
        ("In 2019, did anyone sue the Shanghai General Office after first going through an administrative review? How many cases?",
         E("sh19", "a.litigation_after_review.total")),
        ("And in the 2025 report?", E("sh25", "a.litigation_after_review.total")),
        ("In 2025, how many administrative reviews were still pending there?", E("sh25", "a.review.pending")),
    ], "year switch, then the appeals group")

    # ---- B. switch body (zh)
    add("zh", [
        ("淮安市2024年以过程性信息为由没公开的有几件？", E("ha", "r.withheld.process_info.total")),
        ("沭阳县2025年因为同样理由的呢？", E("sy", "r.withheld.process_info.total")),
        ("洪泽区2023年是几件？", E("hz23", "r.withheld.process_info.total")),
        ("上海市政府办公厅2019年的个人申请里，这一项是多少？", E("sh19", "r.withheld.process_info.natural_person")),
    ], "body switch three times, the last one narrowed to the natural-person column (4 turns)")
    add("zh", [
        ("沭阳县2025年信息公开行政复议维持原决定的有多少件？", E("sy", "a.review.upheld")),
        ("那淮安市2024年维持的有多少？", E("ha", "a.review.upheld", alt=HA_REVIEW_UPHELD)),
    ], "body switch")
    add("zh", [
        ("涧西区政府办2020年收到多少件依申请公开？", E("jx", "r.received.total", alt=JX_RECV)),
        ("洪泽区2023年收到的是多少件？", E("hz23", "r.received.total", alt=HZ23_RECV)),
    ], "body switch; both texts agree")
    add("zh", [
        ("上海市科委2024年予以公开的申请有几件？", E("kw", "r.granted.total", alt=KW_GRANTED)),
        ("上海市政府办公厅2025年予以公开的呢？", E("sh25", "r.granted.total")),
        ("这206件里跟住房有关的占多少？", EU("request topics are not reported")),
    ], "body switch, then an unanswerable breakdown")
    add("zh", [
        ("沭阳县2025年行政强制决定有多少个？", E("sy", "c.coercion.decisions")),
        ("洪泽区2024年的行政强制决定呢？", E("hz24", "c.coercion.decisions")),
        ("再看看淮安市2024年的。", E("ha", "c.coercion.decisions")),
    ], "body switch twice")
    add("zh", [
        ("洪泽区2023年有几件申请被当成信访举报投诉、不予处理？", E("hz23", "r.not_processed.petition.total")),
        ("淮安市2024年这一类有多少？", E("ha", "r.not_processed.petition.total")),
    ], "body switch")
    # ---- B. (en)
    add("en", [
        ("How many Huai'an 2024 requests couldn't be met because the information would have had to be newly compiled?",
         E("ha", "r.unable.needs_creation.total")),
        ("And at the Shanghai General Office in 2025?", E("sh25", "r.unable.needs_creation.total")),
        ("Shuyang County, 2025?", E("sy", "r.unable.needs_creation.total")),
    ], "body switch twice")
    add("en", [
        ("Shuyang County 2025 — number of disclosure lawsuits filed directly in court?", E("sy", "a.litigation_direct.total")),
        ("Jianxi District office in 2020, same measure?", E("jx", "a.litigation_direct.total")),
    ], "body switch")
    add("en", [
        ("How many requests did the Shanghai Science and Technology Commission finish handling in 2024?",
         E("kw", "r.total_processed.total")),
        ("What about Hongze District in 2024?", E("hz24", "r.total_processed.total")),
    ], "body switch (text cells)")
    add("en", [
        ("What were Hongze District's administrative fee receipts in 2023, in units of 10,000 yuan?", E("hz23", "c.fees.amount", **MONEY)),
        ("And for Shuyang County in 2025?", E("sy", "c.fees.amount", **MONEY)),
        ("Huai'an city in 2024?", E("ha", "c.fees.amount", **MONEY)),
    ], "body switch twice (money)")
    add("en", [
        ("In 2019, how many disclosure-related administrative reviews against the Shanghai General Office ended with the decision upheld?",
         E("sh19", "a.review.upheld")),
        ("Same question for the Jianxi District office in 2020.", E("jx", "a.review.upheld")),
    ], "body switch")
    add("en", [
        ("How many unfinished requests did Huai'an bring into 2024 from the year before?", E("ha", "r.carried_over.total", alt=HA_CARRIED)),
        ("And Shuyang, going into 2025?", E("sy", "r.carried_over.total")),
    ], "body switch")

    # ---- C. switch row (zh)
    add("zh", [
        ("沭阳县2025年因保护第三方合法权益而不公开的有几件？", E("sy", "r.withheld.third_party.total")),
        ("属于行政查询事项的呢？", E("sy", "r.withheld.admin_query.total")),
        ("行政执法案卷那一项呢？", E("sy", "r.withheld.enforcement_files.total")),
    ], "row switch twice")
    add("zh", [
        ("淮安市2024年补正以后申请内容还是不明确、没法提供的有几件？", E("ha", "r.unable.unclear.total")),
        ("逾期不交费、被终止处理的呢？", E("ha", "r.other.overdue_fee.total")),
    ], "row switch")
    add("zh", [
        ("洪泽区2024年新制发的行政规范性文件有几件？", E("hz24", "c.normative_docs.issued")),
        ("行政许可决定有多少？", E("hz24", "c.licensing.decisions")),
        ("行政处罚决定呢？", E("hz24", "c.punishment.decisions")),
    ], "row switch twice (text cells)")
    add("zh", [
        ("上海市政府办公厅2019年个人申请里以国家秘密为由不予公开的有多少件？",
         E("sh19", "r.withheld.state_secret.natural_person")),
        ("行政查询事项那一行，个人申请的是多少？", E("sh19", "r.withheld.admin_query.natural_person")),
    ], "row switch (natural-person column; 总计 printed blank)")
    add("zh", [
        ("涧西区政府办2020年以“本机关不掌握”答复的有几件？", E("jx", "r.unable.not_held.total")),
        ("年底没办完、结转到下一年的又有几件？", E("jx", "r.carried_forward.total", alt=JX_OPEN)),
    ], "row switch; the text's 在办2件 agrees")
    add("zh", [
        ("沭阳县2025年制发了多少件行政规范性文件？", E("sy", "c.normative_docs.issued")),
        ("规章呢，那年制发了几件？", E("sy", "c.regulations.issued")),
    ], "row switch")
    # ---- C. (en)
    add("en", [
        ("Huai'an 2024: how many requests were refused to protect a third party's lawful rights?", E("ha", "r.withheld.third_party.total")),
        ("And how many on the grounds that disclosure would endanger security or stability?",
         E("ha", "r.withheld.security_stability.total")),
        ("And on state-secret grounds?", E("ha", "r.withheld.state_secret.total")),
        ("Who filed those two state-secret requests?", EU("applicants are not named")),
    ], "row switch twice, then unanswerable (4 turns)")
    add("en", [
        ("For the Shanghai General Office in 2025, how many requests did it answer by saying it doesn't hold the information?",
         E("sh25", "r.unable.not_held.total")),
        ("How many were set aside as duplicate applications?", E("sh25", "r.not_processed.duplicate.total")),
    ], "row switch (text cells)")
    add("en", [
        ("Hongze District, 2023: were any requests refused because they concerned administrative enforcement case files?",
         E("hz23", "r.withheld.enforcement_files.total")),
        ("And because they were process information?", E("hz23", "r.withheld.process_info.total")),
        ("What were those two requests actually asking for?", EU("the report does not describe individual requests")),
    ], "row switch, then an unanswerable follow-up")
    add("en", [
        ("How many new disclosure applications did STCSM receive in 2024?", E("kw", "r.received.total", alt=KW_RECV)),
        ("And how many requests were granted in full that year?", E("kw", "r.granted.total", alt=KW_GRANTED)),
    ], "row switch (text cells); the text agrees")
    add("en", [
        ("How many Shuyang 2025 applications were treated as repeat requests and not processed?",
         E("sy", "r.not_processed.duplicate.total")),
        ("And how many were dropped because the applicant never supplied the missing details in time?",
         E("sy", "r.other.overdue_correction.total")),
    ], "row switch")
    add("en", [
        ("How many regulations did the Shanghai General Office produce in 2019?", E("sh19", "c.regulations.made", alt=SH19_REGS)),
        ("And how many normative documents were newly published?", E("sh19", "c.normative_docs.published", alt=SH19_NORM)),
    ], "row switch (2019 format); the text agrees")

    # ---- D. switch column (zh)
    add("zh", [
        ("淮安市2024年个人提交的新申请有多少？", E("ha", "r.received.natural_person")),
        ("企业提交的呢？", E("ha", "r.received.commercial")),
        ("还有“其他”组织那一栏是多少？", E("ha", "r.received.other_org")),
        ("刚才这三栏加一起是多少？", E("ha", ["r.received.natural_person", "r.received.commercial", "r.received.other_org"])),
    ], "column switch twice, then the sum of the three columns (4 turns)")
    add("zh", [
        ("淮安2024年予以公开的申请里，法律服务机构申请的有几件？", E("ha", "r.granted.legal_services")),
        ("商业企业这一栏呢？", E("ha", "r.granted.commercial")),
    ], "column switch")
    add("zh", [
        ("沭阳县2025年部分公开的申请里，自然人的占几件？", E("sy", "r.partially_granted.natural_person")),
        ("法律服务机构那一列呢？", E("sy", "r.partially_granted.legal_services")),
    ], "column switch")
    add("zh", [
        ("2025年上海市府办上年结转的申请里，自然人的有多少？", E("sh25", "r.carried_over.natural_person")),
        ("律所之类的法律服务机构的呢？", E("sh25", "r.carried_over.legal_services")),
        ("这4件分别是哪几家律所提的？", EU("applicants are not named")),
    ], "column switch, then unanswerable (names)")
    # ---- D. (en)
    add("en", [
        ("Shanghai General Office 2019: how many requests from businesses were answered 'information not held'?",
         E("sh19", "r.unable.not_held.commercial")),
        ("And from legal service organisations?", E("sh19", "r.unable.not_held.legal_services")),
    ], "column switch")
    add("en", [
        ("Huai'an 2024: how many requests from private individuals were dealt with during the year?",
         E("ha", "r.total_processed.natural_person")),
        ("And from law firms?", E("ha", "r.total_processed.legal_services")),
    ], "column switch")
    add("en", [
        ("Shuyang County 2025 — new applications from legal service institutions?", E("sy", "r.received.legal_services")),
        ("And from commercial enterprises?", E("sy", "r.received.commercial")),
    ], "column switch")
    add("en", [
        ("In 2025, how many new requests did businesses file with the Shanghai General Office?", E("sh25", "r.received.commercial")),
        ("And individuals?", E("sh25", "r.received.natural_person")),
    ], "column switch (text cells)")

    # ---- E. switch appeals group (zh)
    add("zh", [
        ("淮安市2024年信息公开类行政复议还有多少件没审结？", E("ha", "a.review.pending")),
        ("直接起诉的行政诉讼里没审结的呢？", E("ha", "a.litigation_direct.pending")),
        ("复议后再起诉的那部分呢？", E("ha", "a.litigation_after_review.pending")),
        ("三类还没结的合计多少？", E("ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"])),
    ], "appeals group switch twice, then the sum (4 turns)")
    add("zh", [
        ("沭阳县2025年行政复议结果被纠正的有几件？", E("sy", "a.review.corrected")),
        ("复议之后又打官司的，被纠正的有吗？", E("sy", "a.litigation_after_review.corrected")),
        ("那这类官司里“其他结果”的有几件？", E("sy", "a.litigation_after_review.other")),
    ], "appeals group switch, then outcome switch")
    add("zh", [
        ("涧西区政府办2020年被申请了几次行政复议？", E("jx", "a.review.total")),
        ("没经过复议直接告到法院的呢？", E("jx", "a.litigation_direct.total")),
    ], "appeals group switch")
    add("zh", [
        ("上海市政府办公厅2019年直接被起诉的信息公开行政诉讼有多少件？", E("sh19", "a.litigation_direct.total", alt=SH19_SUIT)),
        ("行政复议一共几件？", E("sh19", "a.review.total", alt=SH19_REVIEW)),
    ], "appeals group switch; the text agrees")
    # ---- E. (en)
    add("en", [
        ("Huai'an 2024: among lawsuits filed directly, how many ended with some 'other' outcome?", E("ha", "a.litigation_direct.other")),
        ("And among administrative reviews?", E("ha", "a.review.other", alt=HA_REVIEW_OTHER)),
    ], "appeals group switch; the text agrees")
    add("en", [
        ("Shuyang 2025 — in lawsuits brought after administrative review, how many times did the court uphold the county?",
         E("sy", "a.litigation_after_review.upheld")),
        ("And in lawsuits that skipped review?", E("sy", "a.litigation_direct.upheld")),
        ("And in the reviews themselves?", E("sy", "a.review.upheld")),
    ], "appeals group switch twice")
    add("en", [
        ("How many disclosure-related administrative reviews did Shanghai's General Office report for 2025?", E("sh25", "a.review.total")),
        ("And lawsuits filed without going through review first?", E("sh25", "a.litigation_direct.total")),
        ("And those filed after a review?", E("sh25", "a.litigation_after_review.total")),
    ], "appeals group switch twice (text cells)")
    add("en", [
        ("In Hongze District's 2023 report, how many lawsuits after reconsideration ended with the government's decision upheld?",
         E("hz23", "a.litigation_after_review.upheld")),
        ("How many reconsiderations ended with a correction?", E("hz23", "a.review.corrected")),
    ], "appeals group switch (printed totals avoided)")

    # ---- F. "of those, how many" (zh)
    add("zh", [
        ("淮安市2024年一共收到多少份公开申请？", E("ha", "r.received.total", alt=HA_RECV)),
        ("其中律所这类法律服务机构提的有几份？", E("ha", "r.received.legal_services")),
        ("这61份里有多少是为了打官司取证？", EU("purposes of requests are not reported")),
    ], "narrowing to a column, then unanswerable (purpose)")
    add("zh", [
        ("沭阳县2025年不予公开的加起来多少件？", E("sy", WITHHELD8)),
        ("其中属于三类内部事务信息的是多少？", E("sy", "r.withheld.internal_affairs.total")),
    ], "sum of the 8 withheld sub-items, then one of them")
    add("zh", [
        ("淮安市2024年无法提供的申请总共多少件？", E("ha", UNABLE3)),
        ("这里面因为本机关不掌握的有多少？", E("ha", "r.unable.not_held.total")),
    ], "sum of the 3 unable sub-items, then one of them")
    add("zh", [
        ("2025年上海市政府办公厅新收申请总数是多少？", E("sh25", "r.received.total", alt=SH25_RECV)),
        ("当中企业申请的有多少件？", E("sh25", "r.received.commercial")),
        ("这36件企业申请分别来自哪些行业？", EU("industries of applicants are not reported")),
    ], "narrowing to a column, then unanswerable (industry)")
    add("zh", [
        ("沭阳县2025年涉及信息公开的行政复议总共几件？", E("sy", "a.review.total")),
        ("其中到年底还没审结的呢？", E("sy", "a.review.pending")),
    ], "narrowing to an outcome")
    add("zh", [
        ("2019年上海市府办一共答复了多少件申请？", E("sh19", "r.total_processed.total", alt=SH19_DONE)),
        ("其中自然人的申请占多少件？", E("sh19", "r.total_processed.natural_person")),
    ], "narrowing to a column; the text agrees on the total")
    # ---- F. (en)
    add("en", [
        ("How many Huai'an 2024 requests were refused outright, all grounds together?", E("ha", WITHHELD8)),
        ("Of those, how many because other laws or regulations forbid disclosure?", E("ha", "r.withheld.prohibited_by_law.total")),
    ], "sum of the 8 withheld sub-items, then one of them")
    add("en", [
        ("How many new requests did Shuyang County log in 2025 according to the table?", E("sy", "r.received.total")),
        ("How many of those were filed by individuals?", E("sy", "r.received.natural_person")),
        ("And how many of those individuals live outside Shuyang?", EU("residence of applicants is not reported")),
    ], "narrowing, then unanswerable (residence); table values asked explicitly (text 749/741 include carried-over)")
    add("en", [
        ("Total new requests the Shanghai General Office received in 2019?", E("sh19", "r.received.total", alt=SH19_RECV)),
        ("Of those, how many came from organisations classed as 'other'?", E("sh19", "r.received.other_org")),
    ], "narrowing to a column")
    add("en", [
        ("How many administrative reconsideration cases over disclosure did Huai'an have in 2024?", E("ha", "a.review.total", alt=HA_REVIEW)),
        ("How many of those were upheld?", E("ha", "a.review.upheld", alt=HA_REVIEW_UPHELD)),
        ("And corrected?", E("ha", "a.review.corrected", alt=HA_REVIEW_CORR)),
        ("How many were still open at the end of 2024?", E("ha", "a.review.pending", alt=HA_REVIEW_PENDING)),
    ], "narrowing to outcomes; the text agrees (4 turns)")
    add("en", [
        ("How many requests did the Jianxi District office grant in full in 2020?", E("jx", "r.granted.total")),
        ("Of those 13, how many were about land or housing?", EU("request topics are not reported")),
    ], "narrowing, then unanswerable (topic)")
    add("en", [
        ("How many requests did the Shanghai General Office close in 2025?", E("sh25", "r.total_processed.total", alt=SH25_DONE)),
        ("Of those, how many were closed within 10 working days?", EU("response times are not reported")),
    ], "then unanswerable (response time)")

    # ---- G. add up the two items just asked (zh)
    add("zh", [
        ("沭阳县2025年予以公开的有多少件？", E("sy", "r.granted.total")),
        ("部分公开的呢？", E("sy", "r.partially_granted.total")),
        ("这两项加一块是多少？", E("sy", ["r.granted.total", "r.partially_granted.total"])),
    ], "two rows, then their sum")
    add("zh", [
        ("淮安市2024年未经复议直接起诉的信息公开诉讼有几件？", E("ha", "a.litigation_direct.total")),
        ("复议后起诉的呢？", E("ha", "a.litigation_after_review.total")),
        ("两种合起来一共打了多少官司？",
         E("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], alt=HA_LIT46)),
    ], "two appeals groups, then their sum; the text's 46 agrees")
    add("zh", [
        ("洪泽区2023年“本机关不掌握”的申请有几件？", E("hz23", "r.unable.not_held.total")),
        ("需要另行制作的呢？", E("hz23", "r.unable.needs_creation.total")),
        ("合计多少？", E("hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
    ], "two rows, then their sum")
    add("zh", [
        ("上海市府办2025年信访举报投诉类不予处理的有多少件？", E("sh25", "r.not_processed.petition.total")),
        ("重复申请的呢？", E("sh25", "r.not_processed.duplicate.total")),
        ("两个加起来是多少？", E("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
    ], "two rows, then their sum (text cells)")
    # ---- G. (en)
    add("en", [
        ("How many Huai'an 2024 requests were granted in full?", E("ha", "r.granted.total")),
        ("And partly granted?", E("ha", "r.partially_granted.total")),
        ("Put those two together?", E("ha", ["r.granted.total", "r.partially_granted.total"])),
    ], "two rows, then their sum")
    add("en", [
        ("Shanghai General Office 2019 — new requests from individuals?", E("sh19", "r.received.natural_person")),
        ("And from businesses?", E("sh19", "r.received.commercial")),
        ("Sum of those two?", E("sh19", ["r.received.natural_person", "r.received.commercial"])),
    ], "two columns, then their sum")
    add("en", [
        ("How many new requests from individuals did the Shanghai science commission get in 2024?", E("kw", "r.received.natural_person")),
        ("And from companies?", E("kw", "r.received.commercial")),
        ("Adding the two, what's the figure?", E("kw", ["r.received.natural_person", "r.received.commercial"])),
    ], "two columns, then their sum (text cells)")
    add("en", [
        ("Shuyang County 2025: how many disclosure-related administrative reviews?", E("sy", "a.review.total")),
        ("Lawsuits filed directly?", E("sy", "a.litigation_direct.total")),
        ("Lawsuits after a review?", E("sy", "a.litigation_after_review.total")),
        ("So all three together come to what?",
         E("sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], alt=SY_CASES74)),
    ], "three appeals groups, then their sum; the text's 74 agrees (4 turns)")

    # ---- H. self-correction (zh)
    add("zh", [
        ("洪泽区2024年予以公开的有多少？", E("hz24", "r.granted.total")),
        ("不好意思问错了，我要查的是2023年。", E("hz23", "r.granted.total")),
    ], "self-correction of the year")
    add("zh", [
        ("淮安市2024年新收申请里企业的有多少？", E("ha", "r.received.commercial")),
        ("哦不对，我其实想问法律服务机构那一栏。", E("ha", "r.received.legal_services")),
    ], "self-correction of the column")
    add("zh", [
        ("沭阳县2025年行政许可决定多少个？", E("sy", "c.licensing.decisions")),
        ("说错了，是行政处罚。", E("sy", "c.punishment.decisions")),
    ], "self-correction of the row")
    add("zh", [
        ("上海市府办2025年行政复议尚未审结的有几件？", E("sh25", "a.review.pending")),
        ("抱歉年份搞错了，应该是2019年那份。", E("sh19", "a.review.pending")),
    ], "self-correction of the year")
    add("zh", [
        ("涧西区政府办2020年复议后起诉的案件有几件？", E("jx", "a.litigation_after_review.total")),
        ("我记混了，要的是洪泽区2023年的，复议后起诉维持的有几件？", E("hz23", "a.litigation_after_review.upheld")),
    ], "self-correction of the body (hz23 printed total 0 avoided)")
    # ---- H. (en)
    add("en", [
        ("In its 2024 report, how many requests did Huai'an carry forward into the next year?", E("ha", "r.carried_forward.total")),
        ("Sorry, I had it backwards — I meant the ones carried in from 2023.", E("ha", "r.carried_over.total", alt=HA_CARRIED)),
    ], "self-correction: carried forward -> carried over")
    add("en", [
        ("Shuyang 2025: granted requests from individuals?", E("sy", "r.granted.natural_person")),
        ("My mistake — I wanted the legal-services column.", E("sy", "r.granted.legal_services")),
    ], "self-correction of the column")
    add("en", [
        ("Hongze District 2024, normative documents in force?", E("hz24", "c.normative_docs.in_force")),
        ("Oops, wrong year. 2023 please.", E("hz23", "c.normative_docs.in_force")),
    ], "self-correction of the year")
    add("en", [
        ("Shanghai General Office 2019 — regulations newly published?", E("sh19", "c.regulations.published")),
        ("No wait, I need the cumulative total published, not the new ones.", E("sh19", "c.regulations.total_published")),
    ], "self-correction of the column (2019 format)")
    add("en", [
        ("STCSM 2024 administrative penalty decisions?", E("kw", "c.punishment.decisions")),
        ("Scratch that — licensing decisions is what I'm after.", E("kw", "c.licensing.decisions")),
    ], "self-correction of the row (text cells)")

    # ---- I. check the figure, then narrow (zh)
    add("zh", [
        ("淮安市2024年予以公开的申请是多少件？", E("ha", "r.granted.total")),
        ("这个1362件算不算部分公开的？部分公开单独是几件？", E("ha", "r.partially_granted.total")),
        ("那两项合起来呢？", E("ha", ["r.granted.total", "r.partially_granted.total"])),
    ], "check (partial disclosure separate), narrow, then sum")
    add("zh", [
        ("沭阳县2025年本年新收的申请有多少？", E("sy", "r.received.total")),
        ("报告开头说受理了749件，跟这个对不上，是不是把上年结转的也算进去了？结转过来的是多少？",
         E("sy", "r.carried_over.total")),
    ], "check the text's 749 against the table, then the carried-over cell")
    add("zh", [
        ("上海市府办2025年信息公开行政复议多少件？", E("sh25", "a.review.total")),
        ("表下面注明含上年度结转的，那这里面到年底还没审结的有几件？", E("sh25", "a.review.pending")),
    ], "check the note, then narrow to pending")
    add("zh", [
        ("洪泽区2023年受理申请多少件？", E("hz23", "r.received.total", alt=HZ23_RECV)),
        ("这21件都是个人申请的吗？个人的有几件？", E("hz23", "r.received.natural_person")),
    ], "check, then narrow to a column")
    # ---- I. (en)
    add("en", [
        ("How many new requests did organisations, as opposed to individuals, send to Huai'an in 2024?", E("ha", "r.received.legal_person")),
        ("Are law firms counted in that 118? What's their number on its own?", E("ha", "r.received.legal_services")),
    ], "derived legal_person, check, then one organisation column")
    add("en", [
        ("How many requests did the Shanghai General Office answer in 2019?", E("sh19", "r.total_processed.total", alt=SH19_DONE)),
        ("Is that only requests received during 2019, or does it include older ones? How many were carried over?",
         E("sh19", "r.carried_over.total", alt=SH19_CARRIED)),
    ], "check, then the carried-over cell; the text agrees")
    add("en", [
        ("Shuyang 2025 administrative reviews about disclosure — total?", E("sy", "a.review.total")),
        ("Are lawsuits included in that number? If not, how many lawsuits were there altogether, direct and after review?",
         E("sy", ["a.litigation_direct.total", "a.litigation_after_review.total"])),
    ], "check, then a sum of the two litigation groups")
    add("en", [
        ("STCSM 2024 — how many requests did it handle in total?", E("kw", "r.total_processed.total")),
        ("Does that count ones brought forward from 2023? How many of those were there?",
         E("kw", "r.carried_over.total", alt=KW_CARRIED)),
    ], "check, then the carried-over cell (text cells); the text agrees")

    # ---- J. narrative number, then a table number about the same body (zh)
    add("zh", [
        ("沭阳县2025年办件之前主动跟申请人沟通了多少次？", EN("sy", "办前主动沟通", 49, "次")),
        ("那一年涉及信息公开的行政复议有多少件？", E("sy", "a.review.total")),
    ], "narrative, then table")
    add("zh", [
        ("淮安市2024年组织了几次政府信息公开栏目全覆盖检查？", EN("ha", "全年组织 4 次", 4, "次")),
        ("表里本年制发的行政规范性文件是几件？", E("ha", "c.normative_docs.issued")),
    ], "narrative, then table")
    add("zh", [
        ("洪泽区2024年公开了几期政府常务会议？", EN("hz24", "公开政府常务会议", 7, "期")),
        ("同一年行政许可决定是多少？", E("hz24", "c.licensing.decisions")),
    ], "narrative, then table (no gold: text cell)")
    add("zh", [
        ("上海市政府办公厅2025年主动公开的人事任免文件有多少件？", EN("sh25", "人事任免文件 196", 196, "件", frm="全年主动公开")),
        ("依申请予以公开的有多少件？", E("sh25", "r.granted.total")),
    ], "narrative, then table (no gold: text cell)")
    add("zh", [
        ("上海市科委2024年批量推送了多少条集成式发布政策？", EN("kw", "集成式发布政策 121", 121, "条")),
        ("那年行政许可决定多少件？", E("kw", "c.licensing.decisions")),
    ], "narrative, then table (no gold: text cell)")
    add("zh", [
        ("2019年上海市政府办公厅主动公开的市政府其他文件有多少件？", EN("sh19", "市政府其他文件162件", 162, "件", frm="2019年，通过")),
        ("政府集中采购总金额是多少？", E("sh19", "c.procurement.amount", **MONEY)),
    ], "narrative, then table (money)")
    # ---- J. (en)
    add("en", [
        ("Jianxi District 2020: how many pilot areas were covered by the standard guidelines the office worked from?",
         EN("jx", "26个试点领域标准指引", 26, "个", frm="对照省")),
        ("And how many administrative reviews did the office face that year?", E("jx", "a.review.total")),
    ], "narrative, then table")
    add("en", [
        ("How many policy-interpretation items did Shuyang County publish in 2025?", EN("sy", "解读类信息", 21, "条")),
        ("How many normative documents did it issue that year?", E("sy", "c.normative_docs.issued")),
    ], "narrative, then table")
    add("en", [
        ("How many documents went through publication review at the Shanghai General Office in 2025?", EN("sh25", "发布审查 330", 330, "件", frm="全年完成")),
        ("And how many duplicate applications did it decline to process?", E("sh25", "r.not_processed.duplicate.total")),
    ], "narrative, then table (no gold: text cell)")
    add("en", [
        ("How many articles did STCSM's WeChat account put out in 2024?", EN("kw", "共编发文章 1640", 1640, "篇")),
        ("And how many new disclosure requests came from companies?", E("kw", "r.received.commercial")),
    ], "narrative, then table (no gold: text cell)")
    add("en", [
        ("Going by the written part of Huai'an's 2024 report, not its tables, how many policy documents of the city government and its office were newly published?",
         EN("ha", "政策性文件 11", 11, "件")),
        ("And in the table, how many municipal regulations are currently in force?", E("ha", "c.regulations.in_force")),
    ], "narrative (policy documents), then table (regulations in force)")
    add("en", [
        ("How many policy interpretations were printed in the Shanghai Municipal Government Gazette in 2019?", EN("sh19", "政策解读83件", 83, "件")),
        ("And the total number of normative documents published to date, per the table?", E("sh19", "c.normative_docs.total_published")),
    ], "narrative, then table")

    # ---- K. longer chains ending unanswerable
    add("zh", [
        ("淮安市2024年制定了几件规章？", E("ha", "c.regulations.issued")),
        ("废止了几件？", E("ha", "c.regulations.repealed")),
        ("现在还有效的一共多少件？", E("ha", "c.regulations.in_force")),
        ("这11件规章分别是哪年出台的？", EU("the report does not list the regulations or their dates")),
    ], "three rows of one item, then unanswerable (4 turns)")
    add("en", [
        ("How many normative documents did the Jianxi District office draft in 2020?", E("jx", "c.normative_docs.made")),
        ("And how many had been published in total by then?", E("jx", "c.normative_docs.total_published")),
        ("What were their titles?", EU("the report does not list the documents")),
    ], "two columns (2019 format), then unanswerable (titles)")
    return out


def CONVERSATIONS():
    convs = plain() + combine() + rank() + textonly() + neighbour() + cannot() + followup()
    return convs
