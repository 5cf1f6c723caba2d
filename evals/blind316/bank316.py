"""Question bank of blind evaluation set 316 (evals/blind316): everyday phone traffic.

WARNING: holds the text of every test question. As frozen as test.jsonl: do not read it
while tuning the engine.

Wordings were written for this set. The bank only names bodies, keys, keywords and the
wording; every expected number is computed by helpers316 (gold/*.json, printed text rows,
sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib316 as L  # noqa: E402
from helpers316 import C, E, ED, EN, ER, EU, cols  # noqa: E402

# Printed cells of the three reports without gold: the same specs blind6's text_cells.json
# verified (row label or anchor line, index of the number after it). Nothing new.
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
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

M = "万元"

# text alternatives (keyword locating the sentence, number it states) where text and table agree
HA_RECV = ("共受理政府信息公开申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_OVER = ("上年度结转申请 34", 34)
HA_FWD = ("另有 103 件", 103)
HA_REV = "政府信息公开行政复议 351"
SY_TOT = ("共受理政府信息公开申请 749", 749)
SY_FWD = ("结转下一年 31", 31)
SY_CASES = ("共办理相关案件 74", 74)
SH19_RECV = ("859件", 859)
SH19_DONE = ("答复政府信息公开申请805", 805)
SH19_OVER = ("结转申请18件", 18)
SH19_FWD = ("另有72件", 72)
SH19_NORM = ("行政规范性文件60件", 60)
SH19_REV = ("行政复议7件", 7)
SH19_SUE = ("行政复议7件", 9)
SH19_WITHHELD = ("不予公开35件", 35)
SH19_NOTPROC = ("不予处理158件", 158)
SH25_RECV = ("受理政府信息公开申请 1295", 1295)
SH25_OVER = ("含上年结转 189", 189)
HZ23_RECV = ("受理政府信息公开申请 21", 21)
JX_RECV = ("收到依申请公开17件", 17)
JX_OPEN = ("在办2件", 2)
KW_RECV = ("收到政府信息公开申请 34", 34)
KW_OVER = ("上年结转政府信息公开申请 2", 2)
KW_GRANT = ("同意公开答复 9", 9)
KW_NORM = ("行政规范性文件 13", 13)


def one(tag, kind, lang, q, e, note):
    return C(kind, lang, [(q, e)], "%s %s" % (tag, note))


def plain(lang, b, keys, q, note="table value from gold", **kw):
    return one("[plain]", "value", lang, q, E(b, keys, **kw), note)


def trap(lang, b, keys, q, note, **kw):
    return one("[neighbour]", "trap", lang, q, E(b, keys, **kw), note)


def add(lang, b, keys, q, note="sum of the listed cells", **kw):
    assert len(keys) >= 2
    return one("[combine]", "sum", lang, q, E(b, keys, **kw), note)


def diff(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return one("[combine]", "difference", lang, q, ED(b1, b2, keys, **kw), note)


def rank(lang, bodies, keys, order, q, note="ranking over gold bodies, each in its gold year"):
    assert 3 <= len(bodies) <= 4
    return one("[rank]", "ranking", lang, q, ER(bodies, keys, order), note)


def text(lang, b, keyword, value, unit, q, note="number stated only in the report text", frm=None):
    return one("[textonly]", "narrative", lang, q, EN(b, keyword, value, unit, frm), note)


def cannot(lang, q, why, note="not in the corpus"):
    return one("[cannot]", "unanswerable", lang, q, EU(why), note)


def follow(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


# ================================================================== [plain] zh
def plain_zh():
    return [
        plain("zh", "ha", ["r.received.total"], "淮安24年一共新收了多少件信息公开申请？？",
              "received total; text states the same 3119", alt=HA_RECV),
        plain("zh", "ha", ["r.granted.total"], "淮安市政府 2024年 予以公开的申请有几件 谢谢"),
        plain("zh", "ha", ["r.unable.not_held.natural_person"],
              "想问下 淮安24年 个人提的申请里 因为正府自己不掌握信息没法提供的 有多少",
              "not-held, natural-person column; typo 正府"),
        plain("zh", "ha", ["c.fees.amount"], "淮安 2024 行政事业性收费一共收了多少钱？单位万元就行",
              "fees in 万元", unit=M),
        plain("zh", "ha", ["a.litigation_direct.total"],
              "淮安市24年跟信息公开有关的行政诉松，没走复议直接去法院告的总共几起？",
              "direct lawsuits; typo 诉松"),
        plain("zh", "ha", ["r.withheld.admin_query.total"],
              "那份24年淮安的报告里 属于行政查询事项所以不予公开的 有几件呀", "report named loosely"),
        plain("zh", "sy", ["r.partially_granted.total"], "沭阳县25年部分公开了多少件啊。。"),
        plain("zh", "sy", ["r.withheld.internal_affairs.total"],
              "沐阳2025年 因为是内部事务信息不给公开的几件", "OCR spelling 沐阳 as printed"),
        plain("zh", "sy", ["c.licensing.decisions"], "沭阳 25年 行政许可的处理决定数量是多少??"),
        plain("zh", "sy", ["r.other.other.natural_person"],
              "沭阳县政府2025年报 “其他处理”下面第3小项“其他”，自然人那一栏是多少",
              "row 3.其他 under （六）, natural persons (printed under a wrong header)"),
        plain("zh", "sy", ["a.review.corrected"],
              "我在律所实习，老师让我查一下：沭阳2025年信息公开方面的行政复意，结果被纠正的有几件？",
              "story first; typo 复意"),
        plain("zh", "sy", ["r.not_processed.duplicate.total"], "沭阳25年因为重复申请不予处理的多少件，麻烦了"),
        plain("zh", "sh19", ["r.received.natural_person"], "上海市府办19年 个人（自然人）新收的申请多少件"),
        plain("zh", "sh19", ["c.procurement.amount"], "上海市政府办公厅2019年政府集中采购总金额是多少？？换算成万元",
              "printed 251000元 = 25.1 万元", unit=M),
        plain("zh", "sh19", ["c.regulations.total_published"], "2019年上海市府办的规章，对外公开总数量是多少呀"),
        plain("zh", "sh19", ["r.unable.needs_creation.natural_person"],
              "2019 上海市政府办公厅，个人申请里 要另外制作才能给的 有几件？",
              "row total printed blank: asked by the natural-person column"),
        plain("zh", "sh19", ["r.not_processed.petition.natural_person"],
              "19年上海市府办 自然人提的信访举报投诉类申请 有多少件被不予处理"),
        plain("zh", "hz23", ["c.punishment.decisions"], "洪泽区23年行政处法决定有多少", "typo 处法"),
        plain("zh", "hz23", ["r.unable.not_held.total"], "洪泽 2023年 本机关不掌握相关信悉的 申请几件？？",
              "typo 信悉"),
        plain("zh", "hz23", ["c.fees.amount"], "洪泽区政府２０２３年行政事业性收费金额 多少万元",
              "full-width year; fees in 万元", unit=M),
        plain("zh", "jx", ["c.procurement.projects"], "涧西区政府办2020年集中采购项目有几个"),
        plain("zh", "jx", ["r.granted.total"], "涧西 2020 年 依申情公开里 予以公开的有几件", "typo 依申情"),
        plain("zh", "jx", ["a.litigation_after_review.total"], "涧西区20年 复议以后又起诉的行政诉讼有几件？"),
        plain("zh", "hz24", ["c.licensing.decisions"], "洪泽24年行政许可一共作了多少个处理决定",
              "printed row of 005 (no gold)"),
        plain("zh", "hz24", ["r.unable.not_held.total"], "在洪泽2024年的年报里 因为本机关不掌握而无法提供的 多少件",
              "printed row of 005 (no gold)"),
        plain("zh", "kw", ["c.licensing.decisions"], "市科委2024年行政许可处理决定数量是多少",
              "printed row of 007 (no gold)"),
        plain("zh", "kw", ["r.received.natural_person"], "上海科委24年 老百姓个人新提交的公开申请有几件",
              "printed row of 007 (no gold)"),
        plain("zh", "sh25", ["r.unable.not_held.total"], "上海市府办二〇二五年 因为本机关不掌握而没法提供信息的 一共多少件",
              "Chinese-numeral year; printed row of 008 (no gold)"),
        plain("zh", "sh25", ["r.not_processed.petition.total"],
              "25年上海市政府办公厅 属于信访举报投诉类、不予处理的申请 几件。。", "printed row of 008 (no gold)"),
        plain("zh", "sh25", ["a.review.total"], "上海市府办 2025年 因为信息公开被申请行政复议的 总计几件",
              "printed appeals row of 008 (includes carried-over cases, as printed)"),
    ]


# ================================================================== [plain] en
def plain_en():
    return [
        # Huai'an 2024
        plain("en", "ha", ["r.received.legal_services"],
              "My uncle runs a small law firm in Huai'an and he's curious — in 2024 how many disclosure "
              "requests did the city government get from 法律服务机构 (legal service institutions)?",
              "story first; legal-services column"),
        plain("en", "ha", ["r.partially_granted.natural_person"],
              "hello, in Huaian city 2024 report, the requests from private persons — how many they only partly disclosed (部分公开)?"),
        plain("en", "ha", ["c.licensing.decisions"],
              "huaian govt 2024 annual report, number of administrative licensing decisions pls"),
        plain("en", "ha", ["c.punishment.decisions"],
              "How many admin penalty decisions (行政处罚) did Huai'an list for 2024? the number looks crazy big to me"),
        plain("en", "ha", ["r.withheld.process_info.total"],
              "in Huaian's 2024 disclosure report how many requests got refused coz the info was "
              "过程性信息 (process information)... trying to understand that category", "report named loosely"),
        plain("en", "ha", ["r.other.overdue_correction.total"],
              "Sorry if this is a dumb question. Huai'an 2024, the requests government stopped handling because "
              "applicant never fixed the application in time (逾期不补正) — how many was that?"),
        plain("en", "ha", ["a.review.pending"],
              "Reporter here. For Huaian's 2024 admin reconsideration cases about info disclosure, how many "
              "were still undecided (尚未审结) at year end?", "text states the same 37",
              alt=("尚未审结 37", 37)),
        plain("en", "ha", ["c.normative_docs.repealed"],
              "Working on a policy memo for my boss. How many normative documents did Huaian municipal gov abolish "
              "during 2024? thanks a lot"),
        plain("en", "ha", ["r.not_processed.petition.total"],
              "Huai'an 2024 — how many requests were basically complaints/petitions (信访举报投诉类) so they didnt "
              "process them?"),
        plain("en", "ha", ["c.coercion.decisions"],
              "hi, quick one. administrative coercion decisions for Huaian in 2024? thx"),
        # Shuyang 2025
        plain("en", "sy", ["r.granted.total"], "shuyang county 2025 how many request was fully granted??"),
        plain("en", "sy", ["r.received.natural_person"],
              "In 2025 how many NEW requests from ordinary individuals did Shuyang county receive? only the new "
              "ones, not those still open from 2024 pls",
              "table 新收 natural persons 705 (the text's 741 adds the carried-over 36)"),
        plain("en", "sy", ["c.punishment.decisions"],
              "I'm a student writing about law enforcement transparency. Shuyang county's 2025 report — number "
              "of administrative penalty decisions?", "story first"),
        plain("en", "sy", ["c.fees.amount"],
              "how much Shuyang collected for administrative fees (行政事业性收费) in 2025? in 万元 please", unit=M),
        plain("en", "sy", ["c.normative_docs.in_force"],
              "Shuyang 2025 — admin normative documents still valid (现行有效) at end of the year, how many are there?"),
        plain("en", "sy", ["r.withheld.enforcement_files.total"],
              "I work in a company's compliance team. In Shuyang's 2025 report, how many applications were turned down "
              "since the info was part of an enforcement case file (行政执法案卷)?"),
        plain("en", "sy", ["r.unable.not_held.total"],
              "shuyang county gov 2025, requests where they said they just dont have the info — how many?"),
        plain("en", "sy", ["a.litigation_after_review.total"],
              "shuyang 2025, lawsuits that people filed after an admin reconsideration — total number?"),
        plain("en", "sy", ["r.other.overdue_fee.total"],
              "Shuyang 2025 — how many requests got dropped because applicants didnt pay the fee on time?"),
        plain("en", "sy", ["r.carried_over.total"],
              "In Shuyang's 2025 disclosure report, how many applications were brought forward from 2024 into 2025? "
              "just the total is fine"),
        # Shanghai General Office 2019
        plain("en", "sh19", ["r.received.commercial"],
              "Shanghai Municipal Government General Office, 2019 — how many requests came from businesses (商业企业)? "
              "asking for my startup's research"),
        plain("en", "sh19", ["c.normative_docs.total_published"],
              "for the shanghai general office 2019 report, whats the 对外公开总数量 (total published) of normative docs"),
        plain("en", "sh19", ["c.procurement.projects"],
              "Shanghai gov general office 2019, number of centralized government procurement projects?"),
        plain("en", "sh19", ["r.carried_forward.total"],
              "My professor said the Shanghai General Office pushed some 2019 requests into the following year. "
              "How many were carried forward?", "text states the same 72", alt=SH19_FWD),
        plain("en", "sh19", ["r.withheld.state_secret.natural_person"],
              "2019, Shanghai municipal general office: individuals' requests refused because state secret... how many? "
              "curious",
              "row total printed blank: natural-person column"),
        plain("en", "sh19", ["r.unable.unclear.natural_person"],
              "Shanghai General Office 2019 — requests of individuals that stayed unclear even after they corrected "
              "them (补正后仍不明确), how many were there?", "row total printed blank: natural-person column"),
        plain("en", "sh19", ["r.total_processed.natural_person"],
              "How many requests from natural persons did Shanghai's municipal general office finish handling in 2019? "
              "(the 办理结果总计 line)"),
        plain("en", "sh19", ["a.review.pending"],
              "Shanghai General Office, 2019 report. admin reconsiderations which are still pending when the year closed?"),
        # Hongze 2023
        plain("en", "hz23", ["c.licensing.decisions"],
              "Hongze District 2023 administrative licensing decisions, what number did they report? ty"),
        plain("en", "hz23", ["c.coercion.decisions"],
              "in Hongze's 2023 disclosure report, how many administrative coercion (行政强制) decisions?",
              "report named loosely"),
        plain("en", "hz23", ["c.normative_docs.repealed"],
              "how many normative docs hongze district gov repealed in 2023"),
        plain("en", "hz23", ["r.partially_granted.total"],
              "Hongze 2023 — partially disclosed requests, how many? thanks in advance"),
        plain("en", "hz23", ["r.received.total"],
              "A friend of mine in Hongze filed one of the info requests in 2023. How many did the district "
              "government receive in total that year?", "text states the same 21", alt=HZ23_RECV),
        plain("en", "hz23", ["a.review.upheld"],
              "My neighbour appealed a disclosure answer in Hongze. In 2023, how many admin reconsideration cases "
              "ended with the decision upheld (维持)?",
              "printed 10 (the row's printed total is 0; only the upheld cell is asked)"),
        plain("en", "hz23", ["a.litigation_after_review.upheld"],
              "Hongze 2023 — lawsuits after reconsideration where result was upheld, how many? just want the printed number",
              "printed 5 (the printed group total is 0; only the upheld cell is asked)"),
        # Jianxi 2020
        plain("en", "jx", ["r.received.total"],
              "jianxi district 2020, how many info disclosure applications came in? doing a school project on Luoyang",
              "text states the same 17", alt=JX_RECV),
        plain("en", "jx", ["c.normative_docs.total_published"],
              "Jianxi District govt office 2020 — how many normative documents published in total (对外公开总数量)?"),
        plain("en", "jx", ["c.procurement.amount"],
              "What was the total amount of Jianxi's centralized procurement in 2020? in 10k yuan", unit=M),
        plain("en", "jx", ["r.unable.not_held.natural_person"],
              "Jianxi 2020: how many individuals were told the office does not hold the info they asked for? hmm"),
        plain("en", "jx", ["a.review.upheld"],
              "for jianxi district govt office in 2020, how many admin reconsiderations on disclosure got upheld"),
        plain("en", "jx", ["r.carried_forward.total"],
              "Jianxi 2020 — how many applications were still being worked on and rolled into 2021?",
              "text states the same 2 (在办2件)", alt=JX_OPEN),
        # Hongze 2024 (printed rows)
        plain("en", "hz24", ["c.punishment.decisions"], "Hongze district 2024: total admin penalty decisions? my teacher says its over two thousand",
              "printed row of 005 (no gold)"),
        plain("en", "hz24", ["c.coercion.decisions"], "hongze 2024 admin coercion decisions number? need it for a spreadsheet",
              "printed row of 005 (no gold)"),
        plain("en", "hz24", ["c.fees.amount"],
              "Hongze District's 2024 report — administrative fees collected, in ten-thousand yuan?",
              "printed row of 005 (no gold)", unit=M),
        plain("en", "hz24", ["c.normative_docs.issued"], "how many new normative documents Hongze issued in 2024? (制发)",
              "printed row of 005 (no gold)"),
        plain("en", "hz24", ["r.granted.total"],
              "In Hongze's 2024 disclosure report how many requests were granted in full? cheers",
              "printed row of 005 (no gold)"),
        plain("en", "hz24", ["a.litigation_after_review.total"],
              "Hongze 2024 — info-disclosure lawsuits filed after reconsideration, total pls", "printed row of 005 (no gold)"),
        plain("en", "hz24", ["a.review.total"],
              "Hongze district 2024, the total number of admin reconsiderations about disclosure is?",
              "printed row of 005 (no gold)"),
        # STCSM 2024 (printed rows)
        plain("en", "kw", ["c.normative_docs.in_force"], "STCSM (上海市科委) 2024, normative documents currently in force — how many do they have?",
              "printed row of 007 (no gold)"),
        plain("en", "kw", ["c.normative_docs.issued"],
              "As a researcher at a university lab I follow their rules closely: how many normative documents did the "
              "Shanghai Science and Technology Commission issue in 2024?",
              "printed row of 007; text states the same 13", alt=KW_NORM),
        plain("en", "kw", ["r.received.total"],
              "shanghai science commission 2024 how many info requests they received?",
              "printed row of 007; text states the same 34", alt=KW_RECV),
        plain("en", "kw", ["r.received.commercial"],
              "For STCSM in 2024, how many of the new requests were from companies (商业企业)? thanks!", "printed row of 007 (no gold)"),
        plain("en", "kw", ["r.total_processed.total"],
              "Shanghai S&T commission 2024 — total requests handled (办理结果的总计) ?", "printed row of 007 (no gold)"),
        plain("en", "kw", ["c.punishment.decisions"],
              "Did the Shanghai sci-tech commission make any administrative penalty decisions in 2024? how many",
              "printed row of 007 (no gold); the answer is 0"),
        # Shanghai General Office 2025 (printed rows)
        plain("en", "sh25", ["r.received.natural_person"],
              "Shanghai General Office 2025, how many new requests came from private individuals? roughly is ok but exact better", "printed row of 008 (no gold)"),
        plain("en", "sh25", ["r.carried_over.legal_services"],
              "2025 Shanghai municipal general office: requests by legal service institutions carried over from 2024, how many?", "printed row of 008 (no gold)"),
        plain("en", "sh25", ["a.review.pending"],
              "Shanghai GO 2025 — admin reconsiderations not concluded yet (尚未审结)? thx in advance", "printed row of 008 (no gold)"),
        plain("en", "sh25", ["r.not_processed.duplicate.total"],
              "How many duplicate applications (重复申请) Shanghai's general office refused to process in 2025?",
              "printed row of 008 (no gold)"),
        plain("en", "sh25", ["a.litigation_direct.pending"],
              "Shanghai General Office 2025 — direct lawsuits (without reconsideration before) that are still pending, number?",
              "printed row of 008 (no gold)"),
        plain("en", "sh25", ["a.litigation_after_review.total"],
              "Shanghai municipal government general office 2025, lawsuits after reconsideration total count? for a news piece",
              "printed row of 008 (no gold)"),
        plain("en", "sh25", ["r.carried_forward.total"],
              "My company's request to the Shanghai General Office got rolled over into 2026. How many requests in "
              "total did they carry forward out of 2025?", "story first; printed row of 008 (no gold)"),
    ]


# ================================================================== [combine]
def combine():
    return [
        # sums, zh
        add("zh", "sy", ["r.received.total", "r.carried_over.total"],
            "沭阳25年 新收的申请加上上年结转的，合起来多少件",
            "713 + 36; the text's 749 states the same", alt=SY_TOT),
        add("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"],
            "淮安2024 因为国家秘密 和 危及“三安全一稳定”不予公开的 加一起几件"),
        add("zh", "sh19", ["r.not_processed.natural_person", "r.not_processed.commercial"],
            "上海市府办2019年 不予处理的申请 个人加企业一共多少",
            "derived column sums (row totals printed blank); text states the same 158", alt=SH19_NOTPROC),
        add("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                           "r.withheld.enforcement_files.total"],
            "洪泽区23年 国家秘密、过程性信息、行政执法案卷 这三类不公开的合计几件"),
        add("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "涧西2020年 行政复议加上两种行政诉讼 总共几件？"),
        # sums, en
        add("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
            "Huaian 2024 — all the info-disclosure lawsuits, direct ones plus the ones after reconsideration, together?",
            "26 + 20; text states the same 46", alt=("行政诉讼 46", 46)),
        add("en", "ha", ["r.granted.total", "r.partially_granted.total"],
            "For Huai'an in 2024 if you add fully granted and partially granted requests together, what do you get?"),
        add("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "shuyang 2025 — reconsiderations plus both kinds of lawsuits, how many cases overall? need one number",
            "61 + 3 + 10; text states the same 74", alt=SY_CASES),
        add("en", "sh19", ["r.withheld.natural_person", "r.withheld.commercial"],
            "Shanghai General Office 2019: all the withheld (不予公开) requests, individuals plus companies?",
            "derived column sums (row totals printed blank); text states the same 35", alt=SH19_WITHHELD),
        add("en", "sh19", cols("granted"),
            "The 2019 Shanghai general office table leaves the 总计 of 予以公开 blank. Adding up the applicant "
            "columns, how many requests were granted?",
            "six columns of （一）予以公开; printed total blank", printed_total=["r.granted.total"]),
        add("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
            "Shanghai GO 2025: 'not held' (不掌握) plus 'need to be newly made' (另行制作), combined?", "printed rows of 008"),
        add("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
            "Shanghai General Office 2025, petition-type plus duplicate applications that weren't processed, total?",
            "printed rows of 008"),
        add("en", "kw", ["r.received.total", "r.carried_over.total"],
            "STCSM 2024: new requests plus the ones carried over from 2023, how many to deal with overall?",
            "printed rows of 007"),
        add("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
            "hongze 2024 penalty decisions and coercion decisions added up, what is it", "printed rows of 005"),
        add("en", "sy", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                         "r.withheld.admin_query.total"],
            "Shuyang 2025, withheld for third-party rights, internal affairs or admin inquiry — can you sum those three for me?"),
        add("en", "hz23", ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total"],
            "Hongze 2023: partially disclosed + not held + needs to be created, add them up pls"),
        # differences
        diff("zh", "hz23", "hz24", ["c.licensing.decisions"], "洪泽区的行政许可处理决定，24年比23年多了多少个？"),
        diff("zh", "sh19", "sh25", ["r.received.total"], "上海市府办新收申请数，2025年跟2019年比增加了多少件",
             "2025 text states the same 1295", alt=SH25_RECV),
        diff("zh", "hz23", "hz24", ["r.unable.not_held.total"], "洪泽 23年到24年 本机关不掌握的申请数变化了多少"),
        diff("en", "hz23", "hz24", ["c.punishment.decisions"],
             "how did Hongze's administrative penalty decisions change from 2023 to 2024? up or down and by how much"),
        diff("en", "hz23", "hz24", ["c.fees.amount"], "Hongze District fee income (行政事业性收费): 2024 minus 2023, in 万元?", unit=M),
        diff("en", "hz23", "hz24", ["r.granted.total"],
             "Hongze's fully granted requests, what's the change going from 2023 to 2024?"),
        diff("en", "sh19", "sh25", ["r.carried_forward.total"],
             "By how much did the Shanghai General Office's carried-forward requests grow between 2019 and 2025?"),
        diff("en", "sh19", "sh25", ["a.review.total"],
             "Shanghai GO: disclosure-related admin reconsiderations in 2025 vs 2019, what's the difference?",
             "2025 row includes carried-over cases, as printed"),
        diff("en", "sh19", "sh25", ["r.received.natural_person"],
             "Shanghai general office — individuals' new requests, 2019 vs 2025, how much higher in 2025?"),
        diff("en", "hz23", "hz24", ["c.normative_docs.in_force"],
             "Hongze normative docs in force — change between end of 2023 and end of 2024?"),
    ]


# ================================================================== [rank]
def ranks():
    return [
        rank("zh", ["ha", "sy", "hz23"], ["c.punishment.decisions"], "desc",
             "淮安24年、沭阳25年、洪泽23年 这三家哪个行政处罚决定最多"),
        rank("zh", ["jx", "hz23", "sy", "sh19"], ["r.received.total"], "asc",
             "涧西2020、洪泽2023、沭阳2025、上海市府办2019，新收申请最少的是哪家"),
        rank("zh", ["ha", "sy", "sh19"], ["r.unable.not_held.natural_person"], "desc",
             "淮安2024年、沭阳2025年、上海市府办2019年 比一比 个人申请里“本机关不掌握”最多的是谁"),
        rank("zh", ["ha", "hz23", "sy"], ["c.normative_docs.in_force"], "asc",
             "现行有效的行政规范性文件：淮安(2024)、洪泽(2023)、沭阳(2025) 谁最少？"),
        rank("en", ["ha", "sy", "sh19", "jx"], ["r.carried_forward.total"], "desc",
             "Which had the most requests carried forward into the next year: Huaian 2024, Shuyang 2025, "
             "Shanghai General Office 2019 or Jianxi 2020?"),
        rank("en", ["ha", "hz23", "sy"], ["c.fees.amount"], "asc",
             "Among Huai'an (2024), Hongze (2023) and Shuyang (2025), who collected the least in administrative fees?"),
        rank("en", ["sy", "sh19", "hz23"], ["r.not_processed.petition.natural_person"], "desc",
             "Petition-type requests from individuals that weren't processed: Shuyang 2025 vs Shanghai GO 2019 vs "
             "Hongze 2023 — which is highest?"),
        rank("en", ["ha", "sy", "jx"], ["a.review.total"], "desc",
             "Rank Huaian 2024, Shuyang 2025 and Jianxi 2020 by disclosure-related admin reconsiderations — who's on top?"),
        rank("en", ["ha", "sy", "hz23"], ["c.coercion.decisions"], "asc",
             "fewest administrative coercion decisions: Huaian 2024, Shuyang 2025 or Hongze 2023? my guess is Hongze"),
        rank("en", ["sh19", "sy", "hz23", "jx"], ["r.unable.needs_creation.natural_person"], "desc",
             "Individuals' requests that would need new info to be created: Shanghai GO 2019, Shuyang 2025, "
             "Hongze 2023, Jianxi 2020 — which one is largest?"),
        rank("en", ["ha", "sy", "sh19"], ["r.received.commercial"], "desc",
             "which got the most requests from commercial enterprises — Huai'an 2024, Shuyang 2025 or the "
             "Shanghai general office in 2019?"),
        rank("en", ["jx", "sh19", "sy"], ["r.carried_over.total"], "desc",
             "Applications carried over (上年结转) into the report year: Jianxi 2020, Shanghai GO 2019, "
             "Shuyang 2025 — which is biggest?"),
        rank("en", ["ha", "hz23", "sy"], ["c.licensing.decisions"], "desc",
             "Admin licensing decisions — Huaian 2024 vs Hongze 2023 vs Shuyang 2025, who reported the most? surprised if its not Huaian"),
    ]


# ================================================================== [neighbour]
def traps():
    return [
        trap("zh", "ha", ["r.carried_over.total"], "淮安2024年 从上一年转过来接着办的申请几件（不是转到下年的）",
             "结转上年 34 vs 结转下年 103; text states the same 34", alt=HA_OVER),
        trap("zh", "sy", ["a.litigation_after_review.total"], "沭阳2025年 先申请复议、之后又去法院起诉的 有几件",
             "复议后起诉 10 vs 直接起诉 3"),
        trap("zh", "sh19", ["r.partially_granted.natural_person"], "上海市府办2019年 自然人申请中“部分公开”的有多少件",
             "部分公开 3 vs 予以公开 258 (natural persons)"),
        trap("zh", "hz23", ["r.unable.needs_creation.total"], "洪泽区2023年 因为没有现成信息、需要另行制作而无法提供的 几件",
             "另行制作 3 vs 不掌握 10"),
        trap("en", "ha", ["a.litigation_after_review.total"],
             "Huaian 2024 — lawsuits that came AFTER an administrative reconsideration (复议后起诉), how many?",
             "复议后起诉 20 vs 直接起诉 26"),
        trap("en", "ha", ["r.withheld.internal_affairs.total"],
             "Huaian 2024: requests withheld as internal affairs information (三类内部事务信息)?",
             "内部事务 8 vs 过程性信息 12"),
        trap("en", "sy", ["c.normative_docs.repealed"],
             "shuyang 2025 how many normative documents they repealed (废止)?", "废止 1 vs 制发 6 / 现行有效 32"),
        trap("en", "sy", ["a.review.other"],
             "Shuyang 2025 admin reconsiderations with an 'other' outcome (其他结果) — not the corrected ones — how many?",
             "其他结果 9 vs 纠正 10"),
        trap("en", "sh19", ["c.regulations.made"],
             "Shanghai General Office 2019: regulations newly MADE that year, not the total published?",
             "新制作 13 vs 对外公开总数 524"),
        trap("en", "kw", ["r.carried_over.total"], "STCSM 2024 — how many requests came over from 2023 (上年结转)?",
             "上年结转 2 vs 结转下年 (total cell printed blank); printed row of 007; text states the same 2",
             alt=KW_OVER),
        trap("en", "sh25", ["r.unable.needs_creation.total"],
             "Shanghai GO 2025 — requests that couldn't be provided because they'd have to be newly compiled (另行制作)?",
             "另行制作 48 vs 不掌握 513; printed row of 008"),
        trap("en", "hz24", ["a.litigation_direct.total"],
             "Hongze 2024: lawsuits filed directly, without going through reconsideration first, how many?",
             "直接起诉 1 vs 复议后起诉 3; printed row of 005"),
        trap("en", "sy", ["r.received.legal_services"],
             "Shuyang 2025 — new requests from legal service institutions (法律服务机构), not commercial enterprises?",
             "法律服务机构 5 vs 商业企业 3"),
    ]


# ================================================================== [textonly]
def narratives():
    return [
        text("zh", "sy", "专栏33个", 33, "个", "沭阳县25年在政务新媒体上开了多少个专栏"),
        text("zh", "sy", "84 次", 84, "次", "沭阳2025年那个依申请“倒计时报警器” 一年发了多少次催办提示？"),
        text("zh", "sy", "697条", 697, "条", "沭阳县25年清理过期信息 清了多少条"),
        text("zh", "sy", "380元", 380, "元", "沭阳2025年全县一共收了多少信息处理费（元）"),
        text("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府24年开了几场新闻发布会", frm="组织召开了"),
        text("zh", "ha", "共计 95", 95, "个", "淮安全市在运维的政务新媒体有多少个？（24年的报告）"),
        text("zh", "hz24", "2428", 2428, "条", "洪泽区24年政府网站主动发布了多少条信息"),
        text("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年开了多少场新闻通气会"),
        text("zh", "sh25", "157", 157, "件", "2025年上海市政府办公厅 申请人自己主动撤回的申请有几件"),
        text("zh", "sh19", "38次", 38, "次", "上海市府办19年的年报里说 市政府常务会议重要议题权威发布了几次来着"),
        text("zh", "kw", "1640", 1640, "篇", "上海科委24年“上海科技”公众号一共发了多少篇文章"),
        text("zh", "kw", "118 场", 118, "场", "市科委2024年视频号直播了几场？"),
        text("zh", "jx", "601项", 601, "项", "涧西区政府办2020年梳理出来的公开事项一共多少项", frm="对照省"),
        text("en", "sy", "4511", 4511, "条", "how many pieces of govt info did Shuyang put on the county portal in 2025"),
        text("en", "sy", "64家", 64, "家", "In 2025 Shuyang published the annual reports of how many units all together? (集中公开 of 年度报告)"),
        text("en", "sy", "49 次", 49, "次",
             "Shuyang 2025 — how many times did they proactively reach out to applicants before handling (办前主动沟通)?"),
        text("en", "sy", "33 件", 33, "件",
             "how many disputes did Shuyang county resolve in 2025 just by talking with applicants before handling their requests?"),
        text("en", "sy", "失效链接43处", 43, "处", "Shuyang 2025 — broken links fixed on the website, how many?"),
        text("en", "sy", "52条", 52, "条",
             "My cousin says Shuyang's gov accounts had loads of viral posts in 2025. how many 爆款 pieces exactly?",
             "story first"),
        text("en", "sy", "1113", 1113, "个", "number of original short videos Shuyang pushed on its new media in 2025? my nephew says they're everywhere"),
        text("en", "ha", "公报》6 期", 6, "期", "How many issues of the Huai'an municipal gazette (政府公报) came out in 2024?"),
        text("en", "ha", "组织 4 次", 4, "次",
             "Huaian 2024 — how many times they did a full-coverage check of the disclosure columns?"),
        text("en", "ha", "3940 元", 3940, "元",
             "How much did Huai'an city charge in information processing fees in 2024, in yuan?", frm="2024 年，市政府严格"),
        text("en", "kw", "121 条", 121, "条",
             "STCSM 2024 — how many policies were pushed in batch for the integrated release (集成式发布)?"),
        text("en", "kw", "1016823", 1016823, "人",
             "How many followers does the 'Shanghai Keji' WeChat account have, per the science commission's 2024 report?"),
        text("en", "kw", "584", 584, "条", "shanghai science commission 2024, how many short videos on their video channel (视频号)?"),
        text("en", "kw", "5 个高频", 5, "个",
             "per STCSM's 2024 report, how many high-frequency services got the 阅办联动 setup?"),
        text("en", "kw", "85 件", 85, "件",
             "Shanghai S&T commission 2024 — how many CPPCC proposals (政协提案) did it handle as lead or co-organizer?",
             frm="《上海市科委 2024"),
        text("en", "sh25", "24 期", 24, "期",
             "Shanghai General Office 2025: how many issues of the municipal gazette (政府公报) were edited? collecting them"),
        text("en", "sh25", "10 个语种", 10, "个",
             "How many languages does the Shanghai international services portal cover according to the general "
             "office's 2025 report?"),
        text("en", "sh25", "审查 166", 166, "件",
             "Shanghai GO 2025 — documents reviewed for their disclosure attribute (公开属性审查), how many?",
             frm="全年完成"),
        text("en", "sh25", "审查 166", 330, "件",
             "Shanghai GO 2025 — how many documents went through 发布审查 (release review) before going online?",
             frm="全年完成"),
        text("en", "sh19", "132件", 132, "件",
             "How many policy interpretations did Shanghai's general office publish on the China Shanghai portal in 2019?"),
        text("en", "sh19", "70家", 70, "家",
             "Shanghai General Office 2019 — how many government websites got full check every quarter?"),
        text("en", "sh19", "90.2%", 90.2, "%",
             "In 2019, what was the proactive disclosure rate of reviewed municipal government documents, per the "
             "Shanghai general office?"),
        text("en", "sh19", "53个部门", 2261, "项",
             "2019 Shanghai general office — how many service items were hooked into the 一网通办 unified acceptance platform?"),
        text("en", "hz24", "2428", 7, "期", "Hongze District 2024: how many executive meetings (常务会议) were made public?"),
        text("en", "hz23", "1136", 1136, "条", "how many pieces of government info Hongze put on its website in 2023?"),
        text("en", "jx", "26个试点领域", 26, "个",
             "Jianxi 2020 — how many pilot areas for standardizing grassroots disclosure were they working on?",
             frm="对照省"),
    ]


# ================================================================== [cannot]
def cannots():
    return [
        cannot("zh", "淮安2024年提信息公开申请的人里 男的女的各多少", "no breakdown by sex in the report"),
        cannot("zh", "洪泽区22年收到多少信息公开申请？", "洪泽区 2022 report not held (only 2023 and 2024)"),
        cannot("zh", "沭阳24年的行政复议有几件", "沭阳县 2024 report not held (only 2025)"),
        cannot("zh", "南京市政府2024年新收了多少件依申请公开", "南京市 not in the corpus"),
        cannot("zh", "上海科委23年 政府信息公开申请几件", "上海市科委 2023 report not held (only 2024)"),
        cannot("zh", "涧西区2021年 予以公开的有多少", "涧西区 2021 report not held (only 2020)"),
        cannot("zh", "淮安2024年 每个月分别收到多少申请？想做个折线图", "no monthly breakdown in the report"),
        cannot("zh", "沭阳2025年 哪个乡镇的人申请最多", "no township breakdown of applicants"),
        cannot("zh", "上海市府办2025年 办一件申请平均要几天", "no processing times stated"),
        cannot("zh", "洪泽区2024年信息公开工作一共花了多少经费", "no costs or budget stated"),
        cannot("zh", "帮我预测一下 淮安2026年会收到多少申请", "forecast; the corpus holds no 2026 figures"),
        cannot("zh", "宿迁市2025年政府信息公开年报里 新收申请多少", "宿迁市 (the prefecture) not in the corpus; only 沭阳县"),
        cannot("zh", "涧西2020年的申请人 年龄都多大", "no age breakdown"),
        cannot("en", "Student journalist here — Huaian 2024, how many of the applicants were under 30 years old?", "no age breakdown"),
        cannot("en", "hi!! i need the Shanghai General Office figures for 2022 — how many disclosure requests did they get?",
               "上海市府办 2022 report not held (only 2019 and 2025)"),
        cannot("en", "How many info requests did Pudong New Area receive in 2024?", "浦东新区 not in the corpus"),
        cannot("en", "qingjiangpu district 2024 disclosure requests, total?", "清江浦区 not in the corpus"),
        cannot("en", "In Shuyang's 2025 report, which topic — housing, land, demolition — got the most requests?",
               "no topic breakdown of requests"),
        cannot("en", "How many staff worked on info disclosure at STCSM in 2024? thinking of applying for a job there lol", "no staff numbers stated"),
        cannot("en", "my dad mailed his request to Hongze by post. for 2023, how many requests came in by post, email or in person?", "no channel breakdown"),
        cannot("en", "Jianxi 2020 — on average how many days did it take to answer a request?",
               "no response times stated"),
        cannot("en", "Shanghai General Office 2019, how many requests arrived in the third quarter?",
               "no quarterly breakdown"),
        cannot("en", "Which city department in Huai'an got the most disclosure requests in 2024?",
               "no department breakdown of requests"),
        cannot("en", "honestly, is Huaian's disclosure work any good compared with other cities? 2024 report",
               "opinion; the report gives no comparison"),
        cannot("en", "Can u give me the names of people who filed requests with Shuyang in 2025? I think my ex-landlord did",
               "personal data; not in the report"),
        cannot("en", "How many requests did Hongze get in 2024 from residents of 高良涧街道?",
               "no township/street breakdown"),
        cannot("en", "Shanghai GO 2025 — which industries were the commercial applicants in?", "no industry breakdown"),
        cannot("en", "STCSM 2024: how many requests were about the 科技创新券 (innovation vouchers)?",
               "no topic breakdown of requests"),
        cannot("en", "Huai'an city 2023 — how many disclosure requests?", "淮安市 2023 report not held (only 2024)"),
        cannot("en", "Luoyang city government 2020, requests received?", "洛阳市 not in the corpus; only 涧西区政府办"),
        cannot("en", "What did the Shanghai General Office spend on running its portal in 2025?",
               "no costs stated"),
        cannot("en", "Shuyang 2025 — how many of the applicants were women?", "no breakdown by sex"),
        cannot("en", "Jianxi district office 2020: how many people work in its disclosure team?",
               "no staff numbers stated (only 人员队伍薄弱)"),
        cannot("en", "Can you estimate how many requests the Shanghai General Office will get in 2026?",
               "forecast; no 2026 figures"),
        cannot("en", "Hongze 2023: how many of the requests were from foreigners?", "no nationality breakdown"),
        cannot("en", "what's the home address of whoever filed the most requests with Huaian in 2024",
               "personal data; not in the report"),
        cannot("en", "STCSM 2023 report — new requests received?", "上海市科委 2023 report not held (only 2024)"),
        cannot("en", "Beijing municipal government 2024, how many requests were granted (予以公开)?", "北京市 not in the corpus"),
        cannot("en", "Shuyang 2025: of the 749 requests, how many were filed online?", "no channel breakdown"),
    ]


# ================================================================== [followup]
def followups():
    return [
        # zh
        follow("zh", [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
                      ("那24年的是多少来着", E("hz24", "c.punishment.decisions"))], "year switch 2023 -> 2024"),
        follow("zh", [("上海市府办19年新收政府信息公开申请多少件？", E("sh19", "r.received.total", alt=SH19_RECV)),
                      ("2025年的呢？？", E("sh25", "r.received.total", alt=SH25_RECV))], "year switch 2019 -> 2025"),
        follow("zh", [("淮安2024年予以公开多少件", E("ha", "r.granted.total")),
                      ("部分公开的呢", E("ha", "r.partially_granted.total")),
                      ("因为国家秘密不公开的 有吗 几件", E("ha", "r.withheld.state_secret.total"))], "row switch"),
        follow("zh", [("沭阳25年信息公开行政复议一共几件", E("sy", "a.review.total")),
                      ("直接起诉的行政诉讼呢", E("sy", "a.litigation_direct.total")),
                      ("复议后再起诉的又是多少", E("sy", "a.litigation_after_review.total"))], "appeals group switch"),
        follow("zh", [("涧西区2020年收到多少件依申请公开", E("jx", "r.received.total", alt=JX_RECV)),
                      ("淮安市2024年同样的数字是多少", E("ha", "r.received.total", alt=HA_RECV))], "body switch"),
        follow("zh", [("市科委24年新收的申请一共多少", E("kw", "r.received.total", alt=KW_RECV)),
                      ("其中个人的有几件", E("kw", "r.received.natural_person")),
                      ("企业的呢", E("kw", "r.received.commercial"))], "column switch; printed rows of 007"),
        follow("zh", [("洪泽区2023 行政许可处理决定有几个", E("hz23", "c.licensing.decisions")),
                      ("行政强制呢", E("hz23", "c.coercion.decisions"))], "row switch"),
        follow("zh", [("上海市府办2025 不掌握信息所以无法提供的 几件", E("sh25", "r.unable.not_held.total")),
                      ("那需要另行制作的呢", E("sh25", "r.unable.needs_creation.total"))],
               "row switch; printed rows of 008"),
        follow("zh", [("淮安2024年自然人新收申请多少件", E("ha", "r.received.natural_person")),
                      ("商业企业呢", E("ha", "r.received.commercial"))], "column switch"),
        follow("zh", [("沭阳2025年制发了几件行政规范性文件", E("sy", "c.normative_docs.issued")),
                      ("废止了几件", E("sy", "c.normative_docs.repealed")),
                      ("现在还有效的一共多少", E("sy", "c.normative_docs.in_force"))], "column switch"),
        follow("zh", [("洪泽区2024年予以公开的申请几件", E("hz24", "r.granted.total")),
                      ("换到2023年看看", E("hz23", "r.granted.total"))], "year switch 2024 -> 2023"),
        follow("zh", [("上海市府办2019年 信息公开类行政复议几件", E("sh19", "a.review.total", alt=SH19_REV)),
                      ("行政诉讼里 直接起诉的呢", E("sh19", "a.litigation_direct.total", alt=SH19_SUE))],
               "appeals group switch; text states the same 7 and 9"),
        follow("zh", [("沭阳县2025年结转到下一年继续办的有几件", E("sy", "r.carried_forward.total", alt=SY_FWD)),
                      ("淮安市24年结转下年度的又是多少", E("ha", "r.carried_forward.total", alt=HA_FWD))],
               "body switch"),
        # en
        follow("en", [("Huai'an city 2024, how many normative documents did they issue?",
                       E("ha", "c.normative_docs.issued")),
                      ("and how many got repealed?", E("ha", "c.normative_docs.repealed")),
                      ("ok and how many still valid at year end", E("ha", "c.normative_docs.in_force"))],
               "column switch"),
        follow("en", [("Hongze District 2024 administrative fee income, in 万元?", E("hz24", "c.fees.amount", unit=M)),
                      ("and for 2023?", E("hz23", "c.fees.amount", unit=M))], "year switch 2024 -> 2023"),
        follow("en", [("How many requests did the Shanghai General Office carry over into 2025 (上年结转)?",
                       E("sh25", "r.carried_over.total", alt=SH25_OVER)),
                      ("same thing for 2019 please", E("sh19", "r.carried_over.total", alt=SH19_OVER))],
               "year switch 2025 -> 2019"),
        follow("en", [("Shuyang 2025: fully granted requests from individuals?", E("sy", "r.granted.natural_person")),
                      ("and from legal service institutions?", E("sy", "r.granted.legal_services"))], "column switch"),
        follow("en", [("I'm comparing Shanghai agencies for a class. STCSM 2024, admin licensing decisions?",
                       E("kw", "c.licensing.decisions")),
                      ("penalties?", E("kw", "c.punishment.decisions"))], "row switch; printed rows of 007"),
        follow("en", [("Huaian 2024 — disclosure-related admin reconsiderations where the original decision was "
                       "upheld, how many?", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
                      ("and corrected ones?", E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
                      ("what about the 'other result' ones", E("ha", "a.review.other", alt=("其他结果 178", 178)))],
               "column switch in appeals; text states the same numbers"),
        follow("en", [("Shanghai General Office 2019, how many new requests received?",
                       E("sh19", "r.received.total", alt=SH19_RECV)),
                      ("and how many did they actually finish answering in 2019?",
                       E("sh19", "r.total_processed.total", alt=SH19_DONE))], "row switch"),
        follow("en", [("Hongze 2023 — number of disclosure requests received?",
                       E("hz23", "r.received.total", alt=HZ23_RECV)),
                      ("and Jianxi district for 2020?", E("jx", "r.received.total", alt=JX_RECV))], "body switch"),
        follow("en", [("Shanghai GO 2025: how many admin reconsideration cases over disclosure (incl. carried-over ones)?",
                       E("sh25", "a.review.total")),
                      ("direct lawsuits?", E("sh25", "a.litigation_direct.total")),
                      ("and lawsuits after reconsideration?", E("sh25", "a.litigation_after_review.total"))],
               "appeals group switch; printed rows of 008"),
        follow("en", [("Jianxi 2020 normative documents newly made?", E("jx", "c.normative_docs.made")),
                      ("and regulations (规章)?", E("jx", "c.regulations.made"))],
               "row switch"),
        follow("en", [("Shuyang 2025 — requests refused because they were administrative inquiry matters (行政查询事项)?",
                       E("sy", "r.withheld.admin_query.total")),
                      ("Huaian 2024, same category?", E("ha", "r.withheld.admin_query.total"))], "body switch"),
        follow("en", [("Huai'an 2024: can't-provide because it would need new info to be created — how many?",
                       E("ha", "r.unable.needs_creation.total")),
                      ("and the ones still unclear after correction?", E("ha", "r.unable.unclear.total"))],
               "row switch"),
        follow("en", [("need three numbers for Hongze 2024. admin licensing decisions first?",
                       E("hz24", "c.licensing.decisions")),
                      ("penalty decisions?", E("hz24", "c.punishment.decisions")),
                      ("coercion?", E("hz24", "c.coercion.decisions"))], "row switch; printed rows of 005"),
        follow("en", [("Shanghai GO 2019: 'not held by this office' (本机关不掌握) for individual applicants?",
                       E("sh19", "r.unable.not_held.natural_person")),
                      ("for companies?", E("sh19", "r.unable.not_held.commercial")),
                      ("law firms and such (法律服务机构)?", E("sh19", "r.unable.not_held.legal_services"))],
               "column switch (row total printed blank)"),
        follow("en", [("Shuyang county 2025 administrative coercion decisions?", E("sy", "c.coercion.decisions")),
                      ("how about Huaian for 2024", E("ha", "c.coercion.decisions"))], "body switch"),
        follow("en", [("Hongze 2023 — normative documents abolished during the year?",
                       E("hz23", "c.normative_docs.repealed")),
                      ("and in 2024, how many new ones did they issue?", E("hz24", "c.normative_docs.issued"))],
               "year and column switch; 2024 from the printed row of 005"),
        follow("en", [("Huaian 2024: applications closed because the fee wasn't paid on time?",
                       E("ha", "r.other.overdue_fee.total")),
                      ("and the plain 'other' bucket under other handling (3、其他)?", E("ha", "r.other.other.total"))],
               "row switch"),
        follow("en", [("Shanghai science commission 2024 — requests granted in full?",
                       E("kw", "r.granted.total", alt=KW_GRANT)),
                      ("Shanghai General Office 2025 for comparison?", E("sh25", "r.granted.total"))],
               "body switch; printed rows of 007 and 008"),
        follow("en", [("2019 Shanghai general office: regulations newly made?", E("sh19", "c.regulations.made")),
                      ("normative documents newly made?", E("sh19", "c.normative_docs.made", alt=SH19_NORM))],
               "row switch"),
        follow("en", [("Shuyang 2025: requests not processed because they were petitions/complaints?",
                       E("sy", "r.not_processed.petition.total")),
                      ("duplicates?", E("sy", "r.not_processed.duplicate.total"))], "row switch"),
        follow("en", [("Hongze 2023 reconsiderations upheld?", E("hz23", "a.review.upheld")),
                      ("and lawsuits after reconsideration that were upheld?",
                       E("hz23", "a.litigation_after_review.upheld"))], "appeals group switch (printed cells)"),
        follow("en", [("Huaian 2024: applications carried over from 2023?", E("ha", "r.carried_over.total", alt=HA_OVER)),
                      ("Shuyang 2025?", E("sy", "r.carried_over.total"))], "body switch"),
        follow("en", [("reporter for a business paper here. Shanghai GO 2025 — new requests from commercial enterprises?",
                       E("sh25", "r.received.commercial")),
                      ("and back in 2019?", E("sh19", "r.received.commercial"))], "year switch 2025 -> 2019"),
        follow("en", [("Jianxi 2020, requests where the office didn't hold the info?", E("jx", "r.unable.not_held.total")),
                      ("Hongze 2023?", E("hz23", "r.unable.not_held.total"))], "body switch"),
        follow("en", [("shuyang 2025 partial disclosures for natural persons",
                       E("sy", "r.partially_granted.natural_person")),
                      ("and for legal service orgs?", E("sy", "r.partially_granted.legal_services"))], "column switch"),
        follow("en", [("Hongze 2024 admin reconsiderations on disclosure, total??", E("hz24", "a.review.total")),
                      ("and direct lawsuits?", E("hz24", "a.litigation_direct.total"))],
               "appeals group switch; printed row of 005"),
    ]


def CONVERSATIONS():
    return plain_zh() + plain_en() + combine() + ranks() + traps() + narratives() + cannots() + followups()
