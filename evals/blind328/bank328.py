"""Question bank of blind evaluation set 328 (evals/blind328): everyday phone traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Only wordings live here. Every expected number is computed by helpers328 (gold/*.json, derived
keys per spec/README.md; the printed rows of the three reports without gold through SPECS, the
same 42 cells blind6's text_cells.json verified; narrative sentences cut from the report text).

Body ids: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib328 as L  # noqa: E402
from helpers328 import (C, D, E, EN, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# Printed cells of the reports without gold: exactly the specs of blind6's text_cells.json
# (validate_blind328 compares them with that file).
_A_HZ = "四、政府信息公开行政复议、行政诉讼情况"
_A_SH = "注：行政复议、行政诉讼数量含上年度结转数量。"
_R1 = "一、本年新收政府信息公开申请数量"
_R2 = "二、上年结转政府信息公开申请数量"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A_HZ, 14),
        "appeals.litigation_direct.total": ("after", _A_HZ, 9),
        "appeals.review.total": ("after", _A_HZ, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", _R2, 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", _R1, 1),
        "requests.received.natural_person": ("row", _R1, 0),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _A_SH, 14),
        "appeals.litigation_direct.pending": ("after", _A_SH, 8),
        "appeals.litigation_direct.total": ("after", _A_SH, 9),
        "appeals.review.pending": ("after", _A_SH, 3),
        "appeals.review.total": ("after", _A_SH, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", _R2, 4),
        "requests.carried_over.natural_person": ("row", _R2, 0),
        "requests.carried_over.total": ("row", _R2, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", _R1, 1),
        "requests.received.natural_person": ("row", _R1, 0),
        "requests.received.total": ("row", _R1, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

MONEY = {"unit": "万元"}


# ----------------------------------------------------------------------------- [plain]
def plain():
    P = "[plain] "
    out = []

    def v(lang, b, keys, q, note, **kw):
        out.append(V(lang, b, keys, q, P + note, **kw))

    # ---- 淮安市人民政府 2024 (gold 001)
    v("zh", "ha", "c.normative_docs.repealed",
      "淮安 24年 一共废止了几件行政规范性文件啊？", "repealed normative documents, two-digit year")
    v("en", "ha", "c.coercion.decisions",
      "hi, doing homework on Huaian city govt 2024 report. how many administrative coercion "
      "(行政强制) decisions they made that year? thanks a lot", "student story, zh label in brackets")
    v("en", "ha", "c.fees.amount",
      "Huaian 2024 — the administrative fees collected (行政事业性收费), what's the amount in the "
      "table?? need it for a slide", "fees amount in 万元", **MONEY)
    v("zh", "ha", "c.licensing.decisions",
      "我是做企业行政的，想问下淮安市政府2024年那份报告里 行政许可 处理决定一共多少个。。",
      "company clerk story, licensing decisions")
    v("en", "ha", "r.received.legal_services",
      "For Huaian in 2024, how many fresh disclosure requests came in from law firms? (法律服务机构)",
      "received from legal-service organisations")
    v("en", "ha", "r.withheld.admin_query.total",
      "in Huaian's 2024 disclosure report how many requests got refused because it was really "
      "an administrative query (行政查询事项)?", "withheld: administrative query")
    v("zh", "ha", "r.unable.not_held.total",
      "淮安市政府24年报告：本机关不掌握相关政府信息 这种 无法提供的 有多少件",
      "unable: not held, loose report naming")
    v("en", "ha", "r.not_processed.petition.total",
      "Reporter here, quick check pls. Huaian city 2024 — requests that were really complaints / "
      "petitions and so not processed as disclosure, how many?", "reporter story, petitions row")
    v("en", "ha", "r.other.overdue_correction.total",
      "Huaian 2024: number of applications dropped because the applicant never sent the "
      "correction (补正) in time?", "other handling: overdue correction")
    v("en", "ha", "r.partially_granted.total",
      "how many requests did Huaian only give partly in 2024? like half open half not",
      "partially granted, colloquial")
    v("zh", "ha", "r.granted.total",
      "那份24年淮安的报告里，予以公开的一共几件？谢谢~", "granted total, loose naming")
    v("en", "ha", "r.received.total",
      "Hi! Huaian (淮安市) 2024, total new information disclosure requests received? just the "
      "number is fine", "received total; text states the same 3119",
      alt=("申请 3119 件", 3119))
    v("en", "ha", "a.review.corrected",
      "Huaian, 2024: admin reconsideration cases about disclosure where the result was "
      "corrected (结果纠正) — how many?", "review corrected; text states 64",
      alt=("结果纠正 64 件", 64))
    v("en", "ha", "a.litigation_direct.total",
      "my boss asks: Huaian govt 2024, lawsuits filed straight to court without going through "
      "reconsideration first, total?", "clerk story, direct litigation total")
    v("zh", "ha", "a.litigation_after_review.pending",
      "淮安24年 复议后又起诉的那些案子 还没审结的有几件", "after-review litigation pending")
    v("en", "ha", "r.carried_forward.total",
      "In 2024 how many Huaian requests were pushed on to be finished in 2025?",
      "carried forward; text states 103 顺延", alt=("另有 103 件顺延", 103))
    v("en", "ha", "r.withheld.prohibited_by_law.total",
      "huaian 2024 refusals because other laws or regulations forbid disclosure — count?",
      "withheld: prohibited by other laws")
    v("en", "ha", "r.received.commercial",
      "sorry my english not good. Huaian city year 2024, companies (商业企业) send how many new "
      "request?", "non-native English, commercial applicants")
    v("zh", "ha", "r.not_processed.duplicate.total",
      "淮安市政府 2024年度 重复申情 不予处理的 有多少个？？", "duplicate requests, homophone typo")
    v("en", "ha", "r.withheld.total",
      "Total refusals (不予公开, all 8 reasons together) for Huaian city 2024?",
      "withheld total (derived: sum of its eight sub-rows)")

    # ---- 沭阳县人民政府 2025 (gold 006)
    v("zh", "sy", "c.normative_docs.in_force",
      "沭阳县25年 现行有效得行政规范性文件 还有多少件?", "normative documents in force")
    v("en", "sy", "c.punishment.decisions",
      "Shuyang County 2025, how many administrative penalty decisions? that number looks huge "
      "to me lol", "punishment decisions, trailing remark")
    v("en", "sy", "c.fees.amount",
      "Shuyang 2025 report: admin fees collected amount (本年收费金额)? in 万元 I guess",
      "fees amount in 万元", **MONEY)
    v("en", "sy", "r.received.total",
      "How many brand-new disclosure applications did Shuyang receive during 2025 — only the new "
      "ones, please don't add the ones carried in from 2024",
      "received total (713), not the text's 749 which includes carried-over")
    v("zh", "sy", "r.carried_over.total",
      "沭阳  2025年 上年结转过来的申请 有几件啊", "carried over, stray spaces")
    v("en", "sy", "r.granted.legal_services",
      "In Shuyang's 2025 disclosure report, requests from law firms that were fully granted?",
      "granted, legal-service column")
    v("en", "sy", "r.withheld.internal_affairs.total",
      "Shuyang County 2025 — refused as internal affairs info (三类内部事务信息), how many",
      "withheld: internal affairs")
    v("zh", "sy", "r.unable.not_held.total",
      "我申请过沭阳的信息 回复说他们不掌握。想知道25年这种情况总共有多少件？",
      "citizen story, not held")
    v("en", "sy", "r.other.other.total",
      "Shuyang 2025, under other handling (其他处理) the sub-row just called 'other' — number?",
      "other handling: other")
    v("en", "sy", "r.other.overdue_fee.total",
      "for shuyang county 2025, how many applications ended because people didn't pay the "
      "processing fee on time?", "other handling: overdue fee")
    v("en", "sy", "a.review.total",
      "Shuyang 2025 how many admin reconsideration (行政复议) cases related to disclosure in total?",
      "review total")
    v("zh", "sy", "a.review.pending",
      "沭阳县政府2025年 行政复意 尚未审结的 几件？", "review pending, homophone typo")
    v("en", "sy", "a.litigation_after_review.total",
      "shuyang '25: lawsuits that came after an admin reconsideration — total number please",
      "after-review litigation total, '25")
    v("en", "sy", "r.total_processed.total",
      "Shuyang county 2025, all requests handled in the year (办理结果 总计)?",
      "total processed; text states 718", alt=("共办理 718 件", 718))
    v("zh", "sy", "r.partially_granted.total",
      "沭阳25年 不分公开的申请有多少（就是部分公开）", "partially granted, homophone typo")
    v("en", "sy", "r.withheld.admin_query.total",
      "In 2025 Shuyang turned down some requests as administrative queries (行政查询事项). How "
      "many?", "withheld: admin query")
    v("en", "sy", "r.received.legal_person",
      "Shuyang 2025 — new requests from legal persons / organisations, all kinds of orgs added "
      "together?", "received legal_person (derived); text states 法人或其他组织 8",
      alt=("法人或其他组织申请 8 件", 8))

    # ---- 上海市人民政府办公厅 2019 (gold 009)
    v("en", "sh19", "c.regulations.total_published",
      "Shanghai General Office 2019: regulations (规章) total published to the public, the "
      "cumulative number (对外公开总数量)?", "regulations total published")
    v("zh", "sh19", "c.normative_docs.total_published",
      "上海市府办2019年的年报  规范性文件 对外公开总数量是多少", "normative docs total published")
    v("en", "sh19", "c.procurement.projects",
      "In the 2019 report of Shanghai municipal government general office, how many "
      "centralized procurement projects?", "procurement projects")
    v("en", "sh19", "c.procurement.amount",
      "Shanghai Gen Office 2019 govt centralized procurement total amount? (it's printed in 元 "
      "I think, but give me 万元 pls)", "procurement amount, 251000元 = 25.1 万元", **MONEY)
    v("zh", "sh19", "r.received.natural_person",
      "19年上海市政府办公厅 自然人新提交的申请 多少件？", "received natural persons")
    v("en", "sh19", "r.received.commercial",
      "how many new requests did businesses file with Shanghai General Office in 2019?",
      "received commercial")
    v("en", "sh19", "r.unable.needs_creation.natural_person",
      "Shanghai General Office 2019 — individuals (自然人) whose request couldn't be met because "
      "the info would have to be newly made?", "needs creation, natural-person column "
      "(row total printed blank)")
    v("en", "sh19", "r.not_processed.petition.natural_person",
      "In 2019 how many requests from private individuals did Shanghai's general office not "
      "process as they were petitions/complaints (信访举报投诉)?",
      "petition, natural-person column (row total printed blank)")
    v("zh", "sh19", "r.carried_forward.total",
      "上海市府办19年有多少申请转到下一年继续办？", "carried forward; text states 72",
      alt=("另有72件申请", 72))
    v("en", "sh19", "a.litigation_direct.upheld",
      "shanghai general office 2019 direct lawsuits (no reconsideration before), how many "
      "ended with the decision upheld?", "direct litigation upheld")
    v("en", "sh19", "a.review.pending",
      "For the Shanghai municipal govt general office in 2019, reconsideration cases not "
      "concluded yet at year end?", "review pending")
    v("zh", "sh19", "r.unable.unclear.natural_person",
      "2019年上海市政府办公厅：补正后申请内容仍不明确的（自然人那列）是几件",
      "unable: unclear, natural-person column")

    # ---- 淮安市洪泽区人民政府 2023 (gold 004)
    v("zh", "hz23", "c.normative_docs.repealed",
      "洪泽区23年废止的规范性文件有几件？", "repealed normative docs")
    v("zh", "hz23", "c.licensing.decisions",
      "洪泽区 2023 年 行政许可决定 一共几个 ？",
      "licensing decisions")
    v("en", "hz23", "c.punishment.decisions",
      "In Hongze's 2023 disclosure report, how many administrative penalties were decided?",
      "punishment decisions, loose report naming")
    v("en", "hz23", "c.fees.amount",
      "hongze 2023 admin fees amount? need the 万元 figure for my thesis table, thx in advance",
      "fees amount in 万元", **MONEY)
    v("zh", "hz23", "r.partially_granted.total",
      "洪泽23年 部分公开的 有几件。。", "partially granted")
    v("en", "hz23", "r.unable.not_held.total",
      "Hongze District 2023: applications answered with 'we don't hold this information', how "
      "many?", "unable: not held")
    v("en", "hz23", "r.unable.needs_creation.total",
      "hongze 2023 — requests they couldn't provide because no ready-made info existed and it "
      "would need to be created?", "unable: needs creation")
    v("en", "hz23", "a.review.upheld",
      "Hongze 2023: admin reconsiderations where the original decision was kept (结果维持)?",
      "review upheld (the printed group total is 0; the outcome cell is 10)")
    v("zh", "hz23", "a.litigation_after_review.upheld",
      "洪泽区政府2023年  复议后起诉 结果维持 几件啊", "after-review litigation upheld")
    v("en", "hz23", "r.withheld.enforcement_files.total",
      "hongze 2023 refused coz it's 行政执法案卷 — number?",
      "withheld: enforcement files")
    v("en", "hz23", "r.received.total",
      "my friend lives in Hongze, she asks: how many info disclosure requests did the district "
      "get in 2023?", "friend story, received; text states 21",
      alt=("受理政府信息公开申请 21 件", 21))

    # ---- 涧西区人民政府办公室 2020 (gold seed)
    v("zh", "jx", "c.procurement.projects",
      "涧西区政府办2020年 政府集中采购 项目有几各", "procurement projects")
    v("en", "jx", "c.procurement.amount",
      "Jianxi 2020 govt centralised procurement total amount (万元)?? my teacher wants all the "
      "decimals",
      "procurement amount", **MONEY)
    v("en", "jx", "c.normative_docs.made",
      "Jianxi district office, 2020: normative documents newly made (本年新制作数量)?",
      "normative docs made")
    v("en", "jx", "r.granted.total",
      "Jianxi 2020 how many requests were fully approved for disclosure? thanks!!",
      "granted total")
    v("zh", "jx", "r.unable.not_held.total",
      "涧西 2020年 有几件是 本机关不掌握 所以给不了的", "unable: not held")
    v("en", "jx", "a.litigation_after_review.total",
      "Jianxi (涧西区) 2020: lawsuits after reconsideration — total count?",
      "after-review litigation total")
    v("en", "jx", "r.received.total",
      "How many info requests did the Jianxi district government office get in 2020? just "
      "curious", "received; text states 17", alt=("收到依申请公开17件", 17))

    # ---- 淮安市洪泽区人民政府 2024 (no gold: printed rows)
    v("en", "hz24", "c.coercion.decisions",
      "hongze 2024 行政强制 decisions how many?? thx", "coercion, text row")
    v("en", "hz24", "c.fees.amount",
      "Hi there, Hongze district 2024 admin fee amount collected (in 万元 please). Thank you so "
      "much!",
      "fees amount, text row", **MONEY)
    v("zh", "hz24", "c.licensing.decisions",
      "洪泽 二〇二四年 行政许可处理决定 几个", "licensing, text row, Chinese-numeral year")
    v("en", "hz24", "c.punishment.decisions",
      "In Hongze's 2024 report what is the number of administrative punishment decisions?",
      "punishment, text row")
    v("en", "hz24", "c.normative_docs.issued",
      "hongze '24 — how many normative documents (行政规范性文件) were issued?",
      "normative docs issued, text row")
    v("zh", "hz24", "c.normative_docs.in_force",
      "洪泽区24年底 现行有效的规范性文件 有几件呀", "normative docs in force, text row")
    v("en", "hz24", "r.granted.total",
      "hongze 2024 how many request got the 予以公开 answer",
      "granted total, text row")
    v("en", "hz24", "r.unable.not_held.total",
      "Hongze district govt 2024: how many times did they reply that they don't have the info?",
      "not held, text row")

    # ---- 上海市科学技术委员会 2024 (no gold: printed rows)
    v("zh", "kw", "c.licensing.decisions",
      "STCSM（上海市科委）24年 行政许可 有几个决定", "licensing, text row")
    v("zh", "kw", "c.normative_docs.in_force",
      "上海科委 2024年 现行有效的规范性文件 有多少件啊，在线等", "normative docs in force, text row")
    v("en", "kw", "c.punishment.decisions",
      "Did the Shanghai Science and Technology Commission make any administrative penalty "
      "decisions in 2024? how many?", "punishment (0), text row")
    v("en", "kw", "r.received.natural_person",
      "Im a citizen in Shanghai, just curious — sci-tech commission 2024, how many new requests "
      "from individual people like me?",
      "received natural persons, text row")
    v("zh", "kw", "r.received.commercial",
      "市科委24年 商业企业 新提的信息公开申请 几件", "received commercial, text row")
    v("en", "kw", "r.total_processed.total",
      "STCSM (上海市科委) 2024: grand total of requests processed (办理结果总计)?",
      "total processed, text row")

    # ---- 上海市人民政府办公厅 2025 (no gold: printed rows)
    v("en", "sh25", "r.carried_forward.total",
      "Shanghai General Office 2025 — how many requests still open and moved to 2026?",
      "carried forward, text row")
    v("en", "sh25", "r.carried_over.legal_services",
      "Shanghai gen office 2025, requests carried over from 2024 that came from law firms "
      "(法律服务机构)?", "carried over, legal-service column, text row")
    v("zh", "sh25", "r.carried_over.natural_person",
      "上海市府办25年 上年结转的申请里 自然人的有几件", "carried over natural persons, text row")
    v("en", "sh25", "r.granted.total",
      "In Shanghai's general office 2025 report, how many requests were granted in full?",
      "granted total, text row")
    v("en", "sh25", "r.not_processed.duplicate.total",
      "shanghai municipal govt office 2025, duplicate requests not processed — how many pls",
      "duplicate, text row")
    v("zh", "sh25", "r.not_processed.petition.total",
      "2025年上海市政府办公厅 属于信访举报投诉类 不予处理的 多少件？？", "petition, text row")
    v("zh", "sh25", "r.received.commercial",
      "上海市府办 25年 企业（商业企业）新申请了几件。。",
      "received commercial, text row")
    v("en", "sh25", "r.received.natural_person",
      "I'm writing a small article about open government in Shanghai. In 2025, how many new "
      "requests to the municipal general office were from ordinary people (自然人)?",
      "reporter story, received natural persons, text row")
    v("en", "sh25", "r.unable.needs_creation.total",
      "Shanghai Gen Office '25: requests they could not fulfil because the info needed to be "
      "created from scratch?", "needs creation, text row")
    v("zh", "sh25", "r.unable.not_held.total",
      "上海市府办 2025 本机关不掌握相关政府信息 的件数", "not held, text row")
    v("en", "sh25", "a.review.pending",
      "shanghai general office 2025 — reconsideration cases not finished yet (尚未审结)... how "
      "many? sorry for so many questions",
      "review pending, text row")
    v("en", "sh25", "a.litigation_direct.pending",
      "For Shanghai municipal general office in 2025 how many direct lawsuit still not decided "
      "at year end", "direct litigation pending, text row")
    return out


# ----------------------------------------------------------------------------- [combine]
def combine():
    P = "[combine] "
    out = []

    def s(lang, b, keys, q, note, **kw):
        out.append(S(lang, b, keys, q, P + note, **kw))

    def d(lang, b1, b2, keys, q, note, **kw):
        out.append(D(lang, b1, b2, keys, q, P + note, **kw))

    # sums of cells of one report
    s("en", "ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total"],
      "Huaian 2024: refusals for protecting a third party plus refusals as internal affairs "
      "info, add them up for me?", "sum of 2 withheld sub-rows")
    s("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld",
                   "a.litigation_after_review.upheld"],
      "Huaian 2024 — all the 'upheld' (结果维持) outcomes together: reconsideration + both kinds "
      "of lawsuit. total?", "sum of 3 upheld cells across the appeals groups")
    s("en", "ha", ["r.received.commercial", "r.received.research", "r.received.public_interest",
                   "r.received.legal_services", "r.received.other_org"],
      "can u add up the five organisation columns (companies, research bodies, NGOs, law firms, "
      "other orgs) of new requests for Huaian in 2024?", "sum of the 5 organisation columns")
    s("en", "sy", ["a.review.total", "a.litigation_direct.total",
                   "a.litigation_after_review.total"],
      "Shuyang 2025: reconsiderations plus both kinds of lawsuits about disclosure, how many "
      "cases overall?", "sum of the 3 appeals totals; text states 74 相关案件",
      alt=("共办理相关案件 74 件", 74))
    s("zh", "sy", ["r.granted.total", "r.partially_granted.total"],
      "沭阳县25年  予以公开 加上 部分公开  一共多少件", "sum granted + partially granted")
    s("en", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                   "r.withheld.security_stability.total", "r.withheld.third_party.total",
                   "r.withheld.internal_affairs.total", "r.withheld.process_info.total",
                   "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
      "Shuyang 2025, please sum every refusal reason under 不予公开 (state secret, other laws, "
      "three securities one stability, third party, internal affairs, process info, "
      "enforcement files, admin query)", "sum of the 8 withheld sub-rows")
    s("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
      "Shanghai General Office 2019: individuals' requests — new ones plus those carried over "
      "from 2018, together?", "sum of 2 natural-person cells")
    s("zh", "sh19", ["a.review.total", "a.litigation_direct.total"],
      "上海市府办2019年 行政复议总数 和 直接起诉的诉讼总数 加起来是多少", "sum of 2 appeals totals")
    s("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                     "r.withheld.enforcement_files.total"],
      "Hongze 2023 refusals: state secret + process information + enforcement case files, "
      "sum?", "sum of 3 withheld sub-rows")
    s("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
      "for Hongze in 2023 add licensing, penalty and coercion decisions together pls",
      "sum of 3 active decision counts")
    s("zh", "jx", ["r.granted.total", "r.unable.not_held.total"],
      "涧西2020 予以公开的和本机关不掌握的 加一起 几件", "sum of 2 outcome rows")
    s("en", "kw", ["r.received.total", "r.carried_over.total"],
      "STCSM 2024 — new requests plus the ones carried over from 2023, how many to handle in "
      "total?", "sum of 2 text-row cells")
    s("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
      "Shanghai General Office 2025: petition-type requests and duplicate requests, both not "
      "processed — combined number?", "sum of 2 text-row cells")
    s("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
      "25年上海市政府办公厅：不掌握的 + 需要另行制作的，合计？", "sum of 2 text-row cells")
    s("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
      "Hongze '24, licensing + penalty + coercion decisions all together = ?",
      "sum of 3 text-row cells")
    s("zh", "ha", ["r.unable.needs_creation.total", "r.unable.unclear.total"],
      "淮安24年 无法提供 里面除了不掌握的，另外两种（需另行制作、补正后仍不明确）一共几件",
      "sum of 2 unable sub-rows")

    # year-to-year differences of one body
    d("en", "hz23", "hz24", "r.granted.total",
      "Hongze: fully granted requests in 2023 vs 2024, how much did it go up?",
      "difference 2024-2023, granted")
    d("zh", "hz23", "hz24", "r.unable.not_held.total",
      "洪泽 本机关不掌握的件数，24年比23年多了多少", "difference 2024-2023, not held")
    d("en", "hz23", "hz24", "c.licensing.decisions",
      "change in Hongze licensing decisions from 2023 to 2024? (2024 minus 2023)",
      "difference 2024-2023, licensing")
    d("en", "hz23", "hz24", "c.punishment.decisions",
      "A citizen asks: did Hongze hand out more or fewer penalty decisions in 2024 than in 2023, "
      "and by how many?", "difference 2024-2023, punishment (negative)")
    d("zh", "hz23", "hz24", "c.fees.amount",
      "洪泽区行政事业性收费金额 2024年跟2023年比 差多少万元", "difference 2024-2023, fees",
      **MONEY)
    d("en", "hz23", "hz24", "c.normative_docs.in_force",
      "Hongze normative documents in force: end of 2023 vs end of 2024, difference?",
      "difference 2024-2023, in force")
    d("en", "sh19", "sh25", "r.received.total",
      "Shanghai General Office new disclosure requests, 2019 compared with 2025 — how many "
      "more in 2025?", "difference 2025-2019, received")
    d("en", "sh19", "sh25", "r.carried_forward.total",
      "For Shanghai's general office, requests rolled over unfinished (结转下年度): 2019 vs "
      "2025, what's the gap?", "difference 2025-2019, carried forward")
    d("zh", "sh19", "sh25", "a.review.total",
      "上海市府办 行政复议案件 25年比19年多几件？", "difference 2025-2019, review total")
    d("en", "sh19", "sh25", "a.litigation_direct.total",
      "shanghai general office direct lawsuits 2019 -> 2025, increase by?",
      "difference 2025-2019, direct litigation")
    return out


# ----------------------------------------------------------------------------- [rank]
def rank():
    P = "[rank] "
    out = []

    def r(lang, bodies, keys, order, q, note):
        out.append(R(lang, bodies, keys, order, q, P + note))

    r("en", ["jx", "hz23", "sy"], "r.received.total", "desc",
      "Which one got the most new disclosure requests: Jianxi in 2020, Hongze in 2023 or "
      "Shuyang in 2025?", "most received, 3 bodies")
    r("zh", ["ha", "sh19", "sy", "jx"], "r.received.total", "desc",
      "淮安24年、上海市府办19年、沭阳25年、涧西20年 这四家谁新收的申请最多", "most received, 4 bodies")
    r("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
      "Between Huaian (2024), Shuyang (2025) and the Shanghai General Office (2019), who "
      "had the most requests carried over into its report year (上年结转)?", "most carried over (close: 34/36/18)")
    r("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
      "Huaian 2024, Shuyang 2025, Shanghai Gen Office 2019 — who left the fewest requests "
      "unfinished at year end (结转下年度)?", "fewest carried forward")
    r("en", ["hz23", "jx", "sh19"], "r.total_processed.total", "asc",
      "smallest workload? total requests processed for Hongze 2023, Jianxi 2020, Shanghai "
      "general office 2019", "fewest processed")
    r("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc",
      "行政复议总数最少的是哪个：淮安2024、沭阳2025、上海市府办2019、涧西2020", "fewest reviews")
    r("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
      "Who faced the most direct lawsuits about disclosure — Huaian 2024, Shuyang 2025 or "
      "Shanghai General Office 2019?", "most direct lawsuits")
    r("en", ["ha", "sy", "hz23", "sh19"], "a.review.upheld", "asc",
      "Rank these by reconsideration cases upheld and tell me the lowest: Huaian 2024, Shuyang "
      "2025, Hongze 2023, Shanghai Gen Office 2019", "fewest review upheld")
    r("en", ["sy", "hz23", "sh19"], "r.unable.not_held.natural_person", "desc",
      "among individuals' requests answered 'info not held' — Shuyang 2025, Hongze 2023, "
      "Shanghai General Office 2019 — which is highest?", "most not-held, natural-person column")
    r("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
      "淮安 2024、沭阳 2025、洪泽 2023 行政许可决定数 哪家最多？？", "most licensing decisions")
    r("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc",
      "fewest penalty decisions: Huaian 2024 or Shuyang 2025 or Hongze 2023?",
      "fewest punishment decisions")
    r("zh", ["sh19", "sy", "hz23", "jx"], "r.received.natural_person", "desc",
      "自然人新收申请：上海市府办19年 / 沭阳25年 / 洪泽23年 / 涧西20年，哪个最多",
      "most received from natural persons")
    r("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc",
      "Lowest admin fee income (行政事业性收费) among Huaian 2024, Shuyang 2025 and Hongze 2023?",
      "lowest fees amount")
    return out


# ----------------------------------------------------------------------------- [followup]
def followup():
    P = "[followup] "
    out = []

    def f(lang, turns, note):
        out.append(F(lang, turns, P + note))

    f("zh", [("洪泽23年 行政处罚决定有多少", E("hz23", "c.punishment.decisions")),
             ("那24年的洪泽呢？？", E("hz24", "c.punishment.decisions"))],
      "switch year 2023 -> 2024 (2024 from the printed row)")
    f("en", [("hey quick one. Hongze district 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
             ("and in '24?", E("hz24", "c.licensing.decisions"))],
      "switch year, two-digit '24")
    f("en", [("Huaian 2024 admin reconsideration, how many were upheld?",
              E("ha", "a.review.upheld", alt=("结果维持 72 件", 72))),
             ("ok. corrected ones (结果纠正)?", E("ha", "a.review.corrected",
                                                alt=("结果纠正 64 件", 64))),
             ("and still not concluded?", E("ha", "a.review.pending",
                                            alt=("尚未审结 37 件", 37)))],
      "switch appeals outcome, 3 turns; text states the same numbers")
    f("zh", [("沭阳25年 不予公开里 属于 行政查询事项的 几件,,", E("sy", "r.withheld.admin_query.total")),
             ("那 三类内部事务信息 的呢", E("sy", "r.withheld.internal_affairs.total"))],
      "switch withheld sub-row")
    f("en", [("Hello, I'm comparing Shanghai years for a class. Shanghai General Office 2019, total new "
              "disclosure requests received?",
              E("sh19", "r.received.total", alt=("共受理政府信息公开申请859件", 859))),
             ("same thing but for their 2025 report",
              E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295 件", 1295)))],
      "switch year 2019 -> 2025; both texts state the number")
    f("en", [("STCSM 2024 how many licensing decision (行政许可)?", E("kw", "c.licensing.decisions")),
             ("and penalty decisions?", E("kw", "c.punishment.decisions"))],
      "switch active row (text rows)")
    f("zh", [("帮同事问下 上海市府办25年 行政复议 总共几件", E("sh25", "a.review.total")),
             ("直接起诉的呢", E("sh25", "a.litigation_direct.total")),
             ("复议后再起诉的？", E("sh25", "a.litigation_after_review.total"))],
      "switch appeals group, 3 turns (text rows)")
    f("en", [("Jianxi 2020 centralized procurement projects, how many?",
              E("jx", "c.procurement.projects")),
             ("and Shanghai General Office 2019 same item pls",
              E("sh19", "c.procurement.projects"))],
      "switch body and year")
    f("en", [("Huaian 2024: normative documents issued (本年制发件数)?",
              E("ha", "c.normative_docs.issued")),
             ("and how many did they abolish?", E("ha", "c.normative_docs.repealed"))],
      "switch column issued -> repealed")
    f("en", [("I work at a small company in Shuyang. in 2025 how many new requests came from companies "
              "(商业企业)?", E("sy", "r.received.commercial")),
             ("and from law firms (法律服务机构)?", E("sy", "r.received.legal_services"))],
      "switch applicant column")
    f("zh", [("写论文用：淮安市政府24年 重复申请 多少件", E("ha", "r.not_processed.duplicate.total")),
             ("沭阳 25 年同一个指标 是多少", E("sy", "r.not_processed.duplicate.total"))],
      "switch body and year")
    f("en", [("Hongze 2023 admin fees collected, in 万元?", E("hz23", "c.fees.amount", **MONEY)),
             ("and 2024?", E("hz24", "c.fees.amount", **MONEY)),
             ("2022 too pls", EU("洪泽区 2022 report not in the corpus"))],
      "switch year twice; the last year is not held")
    f("en", [("Shanghai General Office 2019 regulations newly made (规章 本年新制作数量)?",
              E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
             ("and the cumulative total published?", E("sh19", "c.regulations.total_published"))],
      "switch column made -> total published")
    f("zh", [("涧西区2020年 予以公开 几间", E("jx", "r.granted.total")),
             ("那 本机关不掌握 的有几件？", E("jx", "r.unable.not_held.total"))],
      "switch outcome row")
    f("en", [("Huaian 2024 — lawsuits filed directly w/o reconsideration, total?",
              E("ha", "a.litigation_direct.total")),
             ("and lawsuits after reconsideration?", E("ha", "a.litigation_after_review.total"))],
      "switch appeals group")
    f("en", [("Shuyang 2025 coercion decisions (行政强制)?", E("sy", "c.coercion.decisions")),
             ("Huaian 2024 same one?", E("ha", "c.coercion.decisions"))],
      "switch body and year")
    f("en", [("Shanghai science commission (STCSM) 2024, how many new info requests did they get?",
              E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34 件", 34))),
             ("how many of them from individuals?", E("kw", "r.received.natural_person"))],
      "switch column (text rows); text states 34")
    f("zh", [("沭阳25年 信访举报投诉类申请 几件", E("sy", "r.not_processed.petition.total")),
             ("重复申请呢。", E("sy", "r.not_processed.duplicate.total"))],
      "switch not-processed sub-row")
    f("en", [("Shanghai General Office 2025, 'we don't hold the info' replies?",
              E("sh25", "r.unable.not_held.total")),
             ("and the ones where info had to be created anew?",
              E("sh25", "r.unable.needs_creation.total"))],
      "switch unable sub-row (text rows)")
    f("en", [("Huaian city 2024, requests carried over from 2023?",
              E("ha", "r.carried_over.total", alt=("含上年度结转申请 34 件", 34))),
             ("Shuyang 2025?", E("sy", "r.carried_over.total"))],
      "switch body and year; Huaian text states 34")
    f("zh", [("淮安 2024 行政许可 决定数 多少？", E("ha", "c.licensing.decisions")),
             ("沭阳 2025 呢", E("sy", "c.licensing.decisions"))],
      "switch body and year")
    f("en", [("shanghai gen office 2019: petition-type requests from individuals, not processed?",
              E("sh19", "r.not_processed.petition.natural_person")),
             ("and duplicate requests from individuals?",
              E("sh19", "r.not_processed.duplicate.natural_person"))],
      "switch not-processed sub-row, natural-person column")
    f("en", [("jianxi 2020, new disclosure requests (本年新收) how many?",
              E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
             ("ok, and how many were still being handled and moved into 2021?",
              E("jx", "r.carried_forward.total", alt=("在办2件", 2)))],
      "switch row received -> carried forward; text states both")
    f("en", [("Hongze 2024 normative documents issued?", E("hz24", "c.normative_docs.issued")),
             ("and currently valid ones?", E("hz24", "c.normative_docs.in_force"))],
      "switch column (text rows)")
    f("zh", [("上海科委 2024 现行有效的规范性文件几件", E("kw", "c.normative_docs.in_force")),
             ("那当年制发的呢？", E("kw", "c.normative_docs.issued",
                                   alt=("行政规范性文件 13 件", 13)))],
      "switch column (text rows); text states 13")
    f("en", [("shuyang 2025 reconsideration — how many got 结果纠正?", E("sy", "a.review.corrected")),
             ("what about lawsuits after reconsideration — corrected?",
              E("sy", "a.litigation_after_review.corrected"))],
      "switch appeals group")
    f("en", [("Huaian 2024 admin fees?? in 万元 please", E("ha", "c.fees.amount", **MONEY)),
             ("and for Shuyang in 2025?", E("sy", "c.fees.amount", **MONEY))],
      "switch body and year, money")
    f("en", [("Shanghai General Office 2025 — new requests from companies?",
              E("sh25", "r.received.commercial")),
             ("individuals?", E("sh25", "r.received.natural_person"))],
      "switch column (text rows)")
    f("zh", [("我妈问的：洪泽2023年 本机关不掌握相关政府信息 的几件", E("hz23", "r.unable.not_held.total")),
             ("24年的呢", E("hz24", "r.unable.not_held.total"))],
      "switch year (2024 from the printed row)")
    f("en", [("Shanghai Gen Office 2019, state-secret refusals for individuals?",
              E("sh19", "r.withheld.state_secret.natural_person")),
             ("Huaian 2024, state secret refusals total?", E("ha", "r.withheld.state_secret.total"))],
      "switch body, year and column")
    f("en", [("Huaian 2024: fully granted requests from law firms?",
              E("ha", "r.granted.legal_services")),
             ("from companies?", E("ha", "r.granted.commercial"))],
      "switch column")
    f("zh", [("淮安24年 复议后起诉 结果维持 几件？麻烦了", E("ha", "a.litigation_after_review.upheld")),
             ("结果纠正 呢", E("ha", "a.litigation_after_review.corrected"))],
      "switch outcome")
    f("en", [("Shuyang 2025, requests carried into 2026?",
              E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31))),
             ("and Shanghai General Office 2025?", E("sh25", "r.carried_forward.total"))],
      "switch body; Shuyang text states 31")
    f("en", [("Hongze 2023 coercion decisions?", E("hz23", "c.coercion.decisions")),
             ("2024 one pls", E("hz24", "c.coercion.decisions")),
             ("and Hongze 2021", EU("洪泽区 2021 report not in the corpus"))],
      "switch year twice; the last year is not held")
    f("zh", [("上海市府办2019年 政府集中采购 总金额 多少万元？", E("sh19", "c.procurement.amount", **MONEY)),
             ("涧西区政府办 2020年 呢", E("jx", "c.procurement.amount", **MONEY))],
      "switch body and year, money")
    f("en", [("STCSM 2024 — how many were granted (予以公开)?",
              E("kw", "r.granted.total", alt=("同意公开答复 9 件", 9))),
             ("and the overall total processed?", E("kw", "r.total_processed.total"))],
      "switch row (text rows); text states 9")
    f("en", [("Shuyang 2025, refusals to protect third-party rights?",
              E("sy", "r.withheld.third_party.total")),
             ("same for Huaian 2024", E("ha", "r.withheld.third_party.total"))],
      "switch body and year")
    f("zh", [("沭阳25年 逾期不补正 不再处理的 几件", E("sy", "r.other.overdue_correction.total")),
             ("淮安24年 同样的 呢", E("ha", "r.other.overdue_correction.total"))],
      "switch body and year")
    f("zh", [("沭阳2025年 部分公开 多少啊啊", E("sy", "r.partially_granted.total")),
             ("予以公开 的呢？", E("sy", "r.granted.total"))],
      "switch outcome row")
    return out


# ----------------------------------------------------------------------------- [textonly]
def textonly():
    P = "[textonly] "
    out = []

    def n(lang, b, keyword, value, unit, q, note, frm=None):
        out.append(N(lang, b, keyword, value, unit, q, P + note, frm=frm))

    # 涧西 2020
    n("en", "jx", "601项事项", 601, "项",
      "Jianxi 2020 report says they sorted out the items of government information across many "
      "fields — how many items (事项) exactly?", "601 items", frm="梳理细化")
    n("zh", "jx", "等26个试点领域", 26, "个",
      "涧西20年 基层政务公开标准化 那个 试点领域 一共几个？", "26 pilot areas", frm="对照省")
    # 淮安 2024
    n("en", "ha", "政策解读", 21, "个",
      "Huaian 2024: how many policy interpretations (政策解读) did the city produce?",
      "21 policy interpretations")
    n("en", "ha", "人民政府公报》6 期", 6, "期",
      "how many issues of the Huaian People's Government Gazette came out in 2024?",
      "6 gazette issues")
    n("zh", "ha", "新闻发布会 12 场", 12, "场",
      "淮安市24年开了几场新闻发布会？报告里好像有写", "12 press conferences")
    n("en", "ha", "共计 95", 95, "个",
      "A student here, researching govt new media. The Huaian 2024 report says how many "
      "government new-media accounts were being run across the city?", "95 new-media accounts")
    n("en", "ha", "全年组织 4 次", 4, "次",
      "Huaian 2024, how many full-coverage inspections of the disclosure columns were organised?",
      "4 inspections")
    n("zh", "ha", "信息处理费 3940 元", 3940, "元",
      "那份24年淮安的报告里 信息处理费 一共收了多少钱", "3940 yuan processing fees, loose naming",
      frm="2024 年，市政府严格")
    # 洪泽 2023 / 2024
    n("en", "hz23", "1136", 1136, "条",
      "In Hongze's 2023 disclosure report, how many pieces of information were published on "
      "the government website?", "1136 items, loose naming")
    n("en", "hz24", "2428", 2428, "条",
      "Hongze 2024 — number of government information items put up on the website platform?",
      "2428 items")
    n("zh", "hz24", "公开政府常务会议 7", 7, "期",
      "洪泽区2024年 公开了几期政府常务会议啊", "7 executive meetings")
    n("en", "hz24", "区政府办代表区政府受理", 17, "件",
      "Hongze 2024: in the overview part it says the district govt office accepted "
      "applications on behalf of the district government — what number does it give?",
      "17 applications accepted by the district office (text wording; table prints 95)")
    # 沭阳 2025
    n("en", "sy", "4511", 4511, "条",
      "Shuyang 2025, pieces of info proactively published through the county government "
      "portal?", "4511 items")
    n("zh", "sy", "开展意见征集9期", 9, "期",
      "沭阳县25年 在门户网站上搞了几期意见征集", "9 consultations")
    n("en", "sy", "专栏33个", 33, "个",
      "Shuyang 2025 how many special columns (专栏) did they open on their new media?",
      "33 columns")
    n("en", "sy", "原创短视频1113个", 1113, "个",
      "my cousin makes videos for Shuyang county lol. how many original short videos did the "
      "county push out in 2025 according to the report?", "1113 short videos")
    n("zh", "sy", "爆款内容52条", 52, "条",
      "沭阳25年报告里说的 爆款 内容有几条", "52 viral posts")
    n("en", "sy", "催办提示 84 次", 84, "次",
      "In Shuyang 2025 they have some countdown alarm for requests. how many reminder notices "
      "were sent?", "84 reminders")
    n("zh", "sy", "办前主动沟通 49 次", 49, "次",
      "沭阳县政府2025年 办理前主动跟申请人沟通了多少次？？ 好奇问下", "49 pre-handling talks")
    n("en", "sy", "失效链接43处", 43, "处",
      "Shuyang 2025 website checks: how many broken links got fixed?", "43 broken links")
    n("zh", "sy", "清理过期信息697条", 697, "条",
      "沭阳 25年 清理了多少条过期信息？", "697 outdated items")
    n("en", "sy", "收取信息处理费共计380元", 380, "元",
      "Shuyang 2025: total information processing fees charged by county bodies, in yuan?",
      "380 yuan")
    # 上海市科委 2024
    n("en", "kw", "当年发布政府信息 393 件", 393, "件",
      "STCSM 2024 — how many pieces of government information did they publish on the "
      "department website?", "393 items")
    n("en", "kw", "主合办政协提案 85 件", 85, "件",
      "Shanghai Science and Technology Commission 2024: replies to CPPCC proposals (政协提案) "
      "they handled as lead or co-handler?", "85 proposals")
    n("zh", "kw", "主合办人大代表建议 50 件", 50, "件",
      "上海科委24年 主办合办的人大代表建议 是多少件 谢谢", "50 deputy suggestions")
    n("en", "kw", "直播 118 场", 118, "场",
      "STCSM 2024, how many live streams did the Shanghai Keji channel do?", "118 live streams")
    n("en", "kw", "其中原创文章 294", 294, "篇",
      "STCSM's '上海科技' WeChat account in 2024 — how many original articles?", "294 original articles")
    n("zh", "kw", "粉丝数", 54373, "人",
      "市科委 2024 年 视频号 粉丝数 是多少呀", "54373 followers")
    # 上海市政府办公厅 2025
    n("en", "sh25", "含申请人主动撤回 157 件", 157, "件",
      "Shanghai General Office 2025 — how many applications were withdrawn by the applicants "
      "themselves?", "157 withdrawn")
    n("zh", "sh25", "市政府新闻发布会 42 场", 42, "场",
      "上海市府办2025年 市政府新闻发布会 开了几场", "42 press conferences")
    n("en", "sh25", "新闻通气会 19 场", 19, "场",
      "Shanghai 2025 general office report: number of press briefings (新闻通气会)?",
      "19 briefings")
    n("en", "sh25", "公报》24 期", 24, "期",
      "For Shanghai General Office in 2025, how many issues of the municipal government "
      "gazette were edited?", "24 gazette issues")
    n("en", "sh25", "覆盖 10 个语种", 10, "个",
      "Shanghai international services portal — how many languages did it cover according to "
      "the 2025 general office report?", "10 languages")
    n("zh", "sh25", "人事任免文件 196 件", 196, "件",
      "25年上海市政府办公厅 主动公开的人事任免文件 有几件", "196 personnel documents",
      frm="全年主动公开")
    # 上海市政府办公厅 2019
    n("en", "sh19", "人事任免文件141件", 141, "件",
      "Shanghai General Office 2019: personnel appointment and removal documents published?",
      "141 personnel documents", frm="2019年，通过")
    n("zh", "sh19", "发布政策解读共132件", 132, "件",
      "上海市府办19年 在门户网站发布的政策解读 一共多少件", "132 policy interpretations")
    n("en", "sh19", "70家政府网站", 70, "家",
      "In the 2019 Shanghai General Office report, how many government websites were checked "
      "every quarter?", "70 websites")
    n("en", "sh19", "权威发布共计38次", 38, "次",
      "Shanghai General Office 2019 — how many times did they do authoritative releases on "
      "important topics of the executive meetings?", "38 releases")
    n("en", "sh19", "41条短视频", 41, "条",
      "During the 2nd CIIE, how many Douyin short videos did 上海发布 post? (Shanghai General "
      "Office 2019 report)", "41 short videos")
    return out


# ----------------------------------------------------------------------------- [cannot]
def cannot():
    P = "[cannot] "
    out = []

    def u(lang, q, why, note):
        out.append(U(lang, q, why, P + note))

    u("zh", "淮安24年 申请信息公开的人里 男的女的各有多少",
      "the report gives no breakdown of applicants by sex", "sex breakdown")
    u("en", "Huaian 2024 requests — how many were sent by people over 60 years old?",
      "the report gives no breakdown of applicants by age", "age breakdown")
    u("en", "Which month of 2025 did Shuyang get the most disclosure applications? thx",
      "the report gives no monthly figures", "month breakdown")
    u("zh", "洪泽22年 收到几件信息公开申请啊",
      "the corpus holds 洪泽区 reports for 2023 and 2024 only", "year not held: 洪泽 2022")
    u("en", "STCSM 2023 report: how many requests did they receive?",
      "the corpus holds the 上海市科委 report for 2024 only", "year not held: 上海科委 2023")
    u("en", "Jianxi district 2021, how many requests were fully granted?",
      "the corpus holds the 涧西区 report for 2020 only", "year not held: 涧西 2021")
    u("zh", "南京市政府 2024年 受理了多少件政府信息公开申请",
      "no 南京市 report in the corpus", "body not held: 南京市")
    u("en", "Suqian city 2025 — administrative licensing decisions? I think it's near Shuyang",
      "no 宿迁市 report in the corpus (沭阳县 is a different body)", "body not held: 宿迁市")
    u("en", "Pudong New Area 2019 disclosure requests received?",
      "no 浦东新区 report in the corpus", "body not held: 浦东新区")
    u("zh", "清江浦区 24年的年报 行政复议有几件？",
      "no 清江浦区 report in the corpus", "body not held: 清江浦区")
    u("en", "Shanghai General Office 2022 — reconsideration cases about disclosure?",
      "the corpus holds 上海市政府办公厅 reports for 2019 and 2025 only",
      "year not held: 上海市府办 2022")
    u("en", "shuyang county 2024, how many admin licensing decisions?",
      "the corpus holds the 沭阳县 report for 2025 only", "year not held: 沭阳 2024")
    u("en", "Huaian 2024: how many requests came in online vs by post or in person?",
      "the report gives no breakdown by channel", "channel breakdown")
    u("zh", "沭阳25年 哪个乡镇的申请人最多？",
      "the report gives no breakdown by township", "township breakdown")
    u("en", "Shanghai General Office 2025, what topics were most requests about? housing? "
      "demolition?", "the report names no topics of requests (only that volume keeps growing)",
      "topic breakdown")
    u("en", "Huaian 2024 how many days on average did it take them to answer a request?",
      "the report states no response times (only that all were answered within the legal "
      "limit)", "response time")
    u("zh", "涧西区政府办2020年 做信息公开的 专职人员 有几个人",
      "the report states no staff number (only that staff are too few)", "staff number")
    u("en", "How much money did Hongze spend on its disclosure work in 2024? budget or cost",
      "the report states no cost or budget of the work", "cost")
    u("en", "can you predict how many disclosure requests Huaian will get in 2025 based on the "
      "2024 report?", "forecasts are not in any report", "forecast")
    u("zh", "你觉得 上海市府办 2025年 政务公开 做得怎么样？打个分",
      "an opinion / rating, not a reported figure", "opinion")
    u("en", "Shuyang 2025 — who was the person who paid the 380 yuan fee at the civil affairs "
      "bureau? name or phone?", "personal data; the report names only the bureau",
      "personal data")
    u("en", "STCSM 2024: how many requests came from biotech companies?",
      "the report gives no breakdown of applicants by industry", "industry breakdown")
    u("en", "Hongze 2023 — of those 21 applicants how many live outside the district?",
      "the report gives no breakdown by residence", "residence breakdown")
    u("zh", "淮安24年 不予公开的 主要是哪个部门的？",
      "the report gives no breakdown of refusals by department", "department breakdown")
    u("en", "Why did requests to the Shanghai General Office drop 12.3% in 2019 compared with "
      "2018? what's the reason", "the report states the fall but gives no reason",
      "reason not stated")
    u("en", "Jianxi 2020 — how many requests were about land expropriation and demolition?",
      "the report gives no breakdown of requests by topic", "topic breakdown")
    u("zh", "沭阳县2025年 行政复议被纠正的 是哪几个单位",
      "the report does not name the bodies whose decisions were corrected",
      "department breakdown")
    u("en", "Xuzhou municipal government 2024 report, how many applications?",
      "no 徐州市 report in the corpus", "body not held: 徐州市")
    u("en", "hongze 2024 requests from women, how many?",
      "the report gives no breakdown of applicants by sex", "sex breakdown")
    u("en", "STCSM 2024 average age of applicants?",
      "the report gives no age information", "age")
    u("zh", "上海市政府办公厅 2019年 有多少人专门做政府信息公开？",
      "the report states no staff number", "staff number")
    u("en", "Huaian 2024 — of the 3940 yuan processing fees, how much was paid by companies?",
      "the report gives the fee total only, no breakdown by payer", "fee breakdown")
    u("en", "Shuyang 2025, how many requests did the county public security bureau (公安局) "
      "get?", "the report gives no breakdown by department", "department breakdown")
    u("en", "will Shanghai general office get more than 1500 requests in 2026, what do you think",
      "forecasts are not in any report", "forecast")
    u("zh", "洪泽 2023 年 那21件申请 都是问的啥内容",
      "the report gives no topics of the 21 applications", "topic breakdown")
    u("en", "Huaian 2023 report — total new requests?",
      "the corpus holds the 淮安市 report for 2024 only", "year not held: 淮安 2023")
    u("en", "STCSM 2024 had 1 reconsideration case — how long did it take to close?",
      "the report gives no duration", "duration")
    u("zh", "淮安 2024 年 法律服务机构 提的申请 是哪几家律所",
      "the report names no applicants", "personal / applicant names")
    u("zh", "沭阳 2025 年 那74件案件 里有多少是 征地拆迁 的",
      "the report gives no topic breakdown of the 74 cases", "topic breakdown")
    return out


# ----------------------------------------------------------------------------- [neighbour]
def neighbour():
    P = "[neighbour] "
    out = []

    def t(lang, b, keys, q, note, **kw):
        out.append(T(lang, b, keys, q, P + note, **kw))

    t("en", "ha", "r.carried_over.total",
      "Huaian 2024 — requests that were left over from 2023 and handled during 2024, how many?",
      "carried over (34), not carried forward (103); text states 34",
      alt=("含上年度结转申请 34 件", 34))
    t("zh", "sy", "a.litigation_after_review.total",
      "沭阳25年 先复议 然后又去法院告的 有几件", "after-review lawsuits (10), not direct (3)")
    t("en", "ha", "c.normative_docs.in_force",
      "How many Huaian normative documents were still valid at the end of 2024 — not the new "
      "ones, the whole stock", "in force (66), not issued (8)")
    t("en", "sh19", "r.unable.needs_creation.natural_person",
      "Shanghai General Office 2019, individuals' requests that would have required compiling "
      "new information (另行制作) — how many?", "needs creation (44), not not-held (252)")
    t("en", "sy", "r.withheld.process_info.total",
      "Shuyang 2025: refusals because it's process information (过程性信息), count?",
      "process info (2), not internal affairs (13)")
    t("zh", "ha", "a.review.other",
      "淮安24年 行政复议 其他结果 的有几件（不是纠正的）", "other result (178), not corrected (64); "
      "text states 178", alt=("其他结果 178 件", 178))
    t("en", "jx", "c.procurement.amount",
      "Jianxi 2020 centralized procurement — I need the money, not the number of projects",
      "procurement amount (28.6232 万元), not projects (8)", **MONEY)
    t("en", "sh19", "c.normative_docs.total_published",
      "Shanghai General Office 2019 normative documents: total ever published to the public, "
      "not just the new ones made in 2019", "total published (368), not made (60)")
    t("zh", "sh19", "r.received.legal_services",
      "上海市府办19年 法律服务机构 新提交的申请 几件？不是商业企业哦", "legal services (2), not commercial (35)")
    t("en", "sh25", "r.carried_over.total",
      "Shanghai General Office 2025 — requests inherited from 2024 (上年结转), how many?",
      "carried over (189), not carried forward (293); text states 189",
      alt=("上年结转 189 件", 189))
    t("en", "hz24", "appeals.litigation_after_review.total",
      "Hongze 2024: lawsuits brought after reconsideration (复议后起诉), total?",
      "after-review lawsuits (3), not direct (1), text row")
    t("en", "kw", "c.normative_docs.issued",
      "STCSM 2024, normative documents newly issued during 2024 — not the ones in force",
      "issued (13), not in force (55); text states 13", alt=("行政规范性文件 13 件", 13))
    t("zh", "ha", "a.litigation_after_review.total",
      "淮安24年 复议后起诉 的总数？别给我直接起诉的数", "after-review (20), not direct (26)")
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
