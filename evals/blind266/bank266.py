"""Question bank of blind evaluation set 266 (evals/blind266): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

Every number in an `expect` is computed by helpers266 (gold/*.json, derived keys per
spec/README.md; printed rows of the three reports without gold through `SPECS`, the same cells
blind6's text_cells.json verified; narrative sentences cut from the report text). The bank only
names bodies, keys, keywords and the wording. All wordings were written for this set.

Body ids: ha 淮安 2024, hz23 洪泽 2023, hz24 洪泽 2024 (no gold), sy 沭阳 2025, kw 上海市科委 2024
(no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019, jx 涧西 2020.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib266 as L  # noqa: E402
from helpers266 import C, D, E, F, N, R, S, T, U, V, cols  # noqa: E402

AFTER_HZ24 = "四、政府信息公开行政复议、行政诉讼情况"
AFTER_SH25 = "注：行政复议、行政诉讼数量含上年度结转数量。"

# Printed cells of the reports without gold: the same (kind, label, index) specs that blind6's
# text_cells.json verified; nothing new.
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AFTER_HZ24, 14),
        "appeals.litigation_direct.total": ("after", AFTER_HZ24, 9),
        "appeals.review.total": ("after", AFTER_HZ24, 4),
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
        "appeals.litigation_after_review.total": ("after", AFTER_SH25, 14),
        "appeals.litigation_direct.pending": ("after", AFTER_SH25, 8),
        "appeals.litigation_direct.total": ("after", AFTER_SH25, 9),
        "appeals.review.pending": ("after", AFTER_SH25, 3),
        "appeals.review.total": ("after", AFTER_SH25, 4),
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

WAN = "万元"
# keyword -> the narrative sentence where the text states a table number too
HA_REQ = "3119"          # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "行政复议 351"   # 复议 351 (72/64/178/37), 诉讼 46 (25/5/9/7)
SY_REQ = "749"           # 749 / 741 / 8 / 718 / 31
SH19_REQ = "回落12.3%"    # 859 / 805 / 18 / 72
SH19_ACT = "162件"        # 规章13件，行政规范性文件60件
SH19_APP = "零败诉"       # 复议7件，诉讼9件
SH25_REQ = "1295"        # 1295 / 1191 / 189
KW_REQ = "34 件"          # 34 / 上年结转 2
KW_RES = "同意公开"       # 同意公开 9
KW_ACT = "393 件"         # 行政规范性文件 13 件
JX_REQ = "办结15件"       # 17 / 15 / 2
HZ23_REQ = "21 件"        # 受理 21


def plain():
    P = "[plain] "
    return [
        # ---------------------------------------------------------------- 淮安 2024
        V("en", "ha", "r.received.natural_person",
          "hi, doing a uni assignment on open government stuff. In Huaian's 2024 report, how many "
          "disclosure applications came from private individuals (自然人)? only the new ones. thx",
          P + "story; new requests, natural persons"),
        V("en", "ha", "r.unable.not_held.total",
          "Huaian 2024 - number of requests where the city basically said 'we dont have that info' "
          "(本机关不掌握)? the total column pls",
          P + "not held, colloquial"),
        V("en", "ha", "c.normative_docs.issued",
          "How many 行政规范性文件 did Huai'an city government put out during 2024? just newly "
          "issued ones, not the whole stock",
          P + "normative documents issued (text's 政策性文件 11 is another concept)"),
        V("en", "ha", "c.fees.amount",
          "in Huaian's 2024 disclosure report how much money came in from administrative fees "
          "(行政事业性收费)?", P + "fees in 万元", unit=WAN),
        V("en", "ha", "c.punishment.decisions",
          "I'm a reporter writing about Huaian. For 2024 how many administrative penalty decisions "
          "does the report give?? the number looks crazy big to me",
          P + "story; penalty decisions"),
        V("en", "ha", "r.not_processed.petition.total",
          "Huaian 2024: requests they refused to process because they were really complaints / "
          "petitions (信访举报投诉类)... how many in total?", P + "petition-type, not processed"),
        V("en", "ha", "r.other.overdue_correction.total",
          "quick one - Huai'an 2024, how many applicants never fixed their incomplete form in time "
          "so the govt stopped handling it? cheers", P + "overdue correction, trailing remark"),
        V("en", "ha", "a.review.total",
          "How many administrative reconsideration cases (行政复议) about info disclosure did Huaian "
          "have in 2024, all outcomes together?", P + "review total; text agrees",
          alt=(HA_APP, 351)),
        V("en", "ha", "a.litigation_direct.total",
          "huaian city 2024 report - lawsuits that went straight to court w/o any reconsideration "
          "first, how many was that?", P + "direct lawsuits total"),
        V("en", "ha", "r.received.legal_services",
          "Our firm sent a few info requests to Huaian in 2024. Out of curiosity, how many new "
          "requests did the city get from law firms / legal service orgs (法律服务机构) that year?",
          P + "story; legal services column"),
        V("en", "ha", "r.withheld.admin_query.total",
          "Huaian 2024 how many requests got refused since they count as 'administrative query "
          "matters' (行政查询事项)", P + "withheld, admin query"),
        V("en", "ha", "a.review.corrected",
          "in the 2024 Huaian report, in how many reconsideration cases did the government decision "
          "get corrected (纠正)? ty in advance", P + "review corrected; text agrees",
          alt=(HA_APP, 64)),
        V("en", "ha", "c.licensing.decisions",
          "My boss wants the 行政许可 number for Huaian, 2024, from the disclosure annual report. how "
          "many licensing decisions is it?", P + "story; licensing decisions"),
        V("en", "ha", "r.partially_granted.natural_person",
          "Huaian 2024, requests by individuals that were only partly disclosed, number? sorry for "
          "the many questions", P + "partial, natural persons"),
        V("en", "ha", "a.litigation_after_review.total",
          "For Huaian 2024, the lawsuits people filed AFTER going thru reconsideration - total count?",
          P + "litigation after review total"),
        V("zh", "ha", "r.granted.total",
          "淮安24年 依申请 于以公开的 总共几件？？", P + "granted total, typo 于以"),
        V("zh", "ha", "c.coercion.decisions",
          "淮安市政府2024年报里 行政强治那一栏是多少", P + "coercion, typo 强治"),
        V("zh", "ha", "r.not_processed.duplicate.total",
          "问下 淮安 2024年 因为重复申请 不予处理的 有多少件", P + "duplicate"),
        V("zh", "ha", "r.received.commercial",
          "我在公司做合规，想了解一下淮安市2024年商业企业新提交了多少份信息公开申情，麻烦了",
          P + "story; commercial column, typo 申情"),
        V("zh", "ha", "a.review.pending",
          "淮安24年行政复义里 还没审完的 剩几件", P + "review pending; text agrees; typo 复义",
          alt=(HA_APP, 37)),
        V("zh", "ha", "c.normative_docs.in_force",
          "淮安市 2024 目前还有效的行政规范性文件 有多少件啊", P + "in force"),
        V("zh", "ha", "r.withheld.state_secret.total",
          "那份24年淮安的报告里，因为属于国家秘密不给公开的有几件", P + "state secret; report named loosely"),
        # ---------------------------------------------------------------- 沭阳 2025
        V("en", "sy", "r.received.total",
          "Shuyang County 2025: how many disclosure requests were newly received in the year? "
          "please leave out the ones carried over from 2024",
          P + "received total; question excludes carry-over (text 749 includes it)"),
        V("en", "sy", "r.granted.total",
          "Shuyang 2025 how many request they disclose full? (予以公开) pls tell", P + "granted total"),
        V("en", "sy", "r.partially_granted.total",
          "In Shuyang county's 2025 report, partial disclosure cases total??", P + "partial total"),
        V("en", "sy", "c.fees.amount",
          "Shuyang 2025 - admin fees collected? 万元 is fine, no need to convert", P + "fees", unit=WAN),
        V("en", "sy", "c.licensing.decisions",
          "My uncle runs a small shop in 沭阳 and got me curious... how many 行政许可 decisions did "
          "Shuyang make in 2025?", P + "story; licensing"),
        V("en", "sy", "r.other.other.total",
          "Shuyang 2025: under 'other handling' there's a plain 'other' line (3.其他). what's its "
          "total?", P + "other handling, sub-item other"),
        V("en", "sy", "a.review.upheld",
          "shuyang 2025 - reconsideration cases where the original decision was kept (维持)?",
          P + "review upheld"),
        V("en", "sy", "r.withheld.internal_affairs.total",
          "Shuyang, 2025 disclosure report: how many applications were refused as internal affairs "
          "info (三类内部事务信息)?", P + "internal affairs"),
        V("en", "sy", "r.carried_forward.total",
          "I sent a request to Shuyang county in autumn 2025 and still no answer, kinda worried. how "
          "many requests were still open at the end of 2025 and got pushed into the next year?",
          P + "worried citizen; carried forward; text agrees", alt=(SY_REQ, 31)),
        V("en", "sy", "c.coercion.decisions",
          "Shuyang FY25: number of administrative coercion decisions?", P + "coercion; FY25"),
        V("en", "sy", "r.withheld.third_party.total",
          "Shuyang County 2025 - requests withheld to protect a third party's legal rights, how "
          "many? asking for a class presentation", P + "third party; trailing remark"),
        V("zh", "sy", "c.punishment.decisions",
          "沭阳 25年 行政处罚决定 多少个", P + "penalty decisions"),
        V("zh", "sy", "r.received.legal_services",
          "沐阳县2025年，法律服务机构新申请了几件？", P + "OCR name 沐阳; legal services"),
        V("zh", "sy", "r.other.overdue_fee.total",
          "沭阳2025年 申请人过期没交费 政府就不再处理的 有几件", P + "overdue fee"),
        V("zh", "sy", "r.not_processed.petition.total",
          "你好，沭阳县2025年因为信访举报头诉类被不予处理的申情有多少件？谢谢！！",
          P + "petition, typos 头诉/申情"),
        V("zh", "sy", "a.litigation_after_review.total",
          "沭阳县25年复议完了又去法院告的，一共几件", P + "litigation after review"),
        V("zh", "sy", "c.normative_docs.issued",
          "沭阳2025 行政规范性文件 当年制发了几件", P + "normative docs issued"),
        V("zh", "sy", "r.unable.not_held.total",
          "术阳县2025年 本机关不掌握 的有多少", P + "not held; typo 术阳"),
        # ---------------------------------------------------------------- 上海市府办 2019
        V("en", "sh19", "r.received.natural_person",
          "Shanghai General Office 2019 report: how many new requests did they get from "
          "individuals?", P + "received natural persons"),
        V("en", "sh19", "c.regulations.total_published",
          "how many 规章 had the Shanghai General Office published in total by the 2019 report? "
          "the 对外公开总数量 column", P + "regulations total published"),
        V("en", "sh19", "c.procurement.projects",
          "Shanghai General Office, 2019 - how many centralized procurement projects "
          "(政府集中采购)? many thanks", P + "procurement projects"),
        V("en", "sh19", "c.procurement.amount",
          "general office of Shanghai 2019: what was the centralized procurement total amount? "
          "I think the report prints it in 元, can you give 万元", P + "procurement amount", unit=WAN),
        V("en", "sh19", "r.received.commercial",
          "I'm a clerk at a trading company, my boss asked me this: in the Shanghai General Office's "
          "2019 report how many new requests came from companies (商业企业)?",
          P + "company clerk; received commercial"),
        V("en", "sh19", "a.review.total",
          "My professor said Shanghai's govt had very few appeals. Shanghai General Office 2019, "
          "how many reconsideration cases about disclosure were there?",
          P + "story; review total; text agrees", alt=(SH19_APP, 7)),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "Shanghai General Office 2019, individuals' requests that couldn't be met because the "
          "info would have to be newly compiled (需要另行制作)?", P + "needs creation, natural persons"),
        V("zh", "sh19", "r.received.total",
          "上海市政府办公厅2019年 新收的申请 总数多少", P + "received total; text agrees",
          alt=(SH19_REQ, 859)),
        V("zh", "sh19", "r.unable.not_held.natural_person",
          "上海市府办19年 自然人申请里面 本机关不掌握的有几件", P + "not held natural persons"),
        V("zh", "sh19", "r.carried_forward.total",
          "2019年上海市政府办公厅，节转到下年度继续办理的申请几件？", P + "carried forward; typo 节转",
          alt=(SH19_REQ, 72)),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "上海 市府办 2019年 自然人 信访举报投诉类的 不予处理 几个", P + "petition natural persons"),
        V("zh", "sh19", "c.normative_docs.made",
          "上海市府办2019年规范性文件新制作了几件。。", P + "normative docs made; text agrees",
          alt=(SH19_ACT, 60)),
        # ---------------------------------------------------------------- 洪泽 2023
        V("en", "hz23", "r.received.total",
          "Hongze district 2023: how many info disclosure applications did they receive?",
          P + "received; text agrees", alt=(HZ23_REQ, 21)),
        V("en", "hz23", "c.normative_docs.repealed",
          "In Hongze's 2023 disclosure report, how many normative documents were abolished (废止)?",
          P + "repealed; report named loosely"),
        V("en", "hz23", "c.fees.amount",
          "Hongze District 2023 - administrative fee income in 万元?", P + "fees", unit=WAN),
        V("en", "hz23", "c.licensing.decisions",
          "hongze 2023 licensing decisions count pls", P + "licensing"),
        V("en", "hz23", "r.partially_granted.total",
          "Hongze '23 how many requests were partially granted", P + "partial; '23"),
        V("en", "hz23", "a.review.upheld",
          "Hongze 2023 - reconsiderations where the decision was upheld? (I know the total cell "
          "looks weird)", P + "review upheld (printed total 0 avoided)"),
        V("zh", "hz23", "c.punishment.decisions",
          "洪泽区2023年 行政处发 决定数", P + "penalties; typo 处发"),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽23年 因为要另行制作 没法提供的 有几件啊", P + "needs creation"),
        V("zh", "hz23", "r.unable.not_held.total",
          "洪泽区23年 政府说自己不掌握相关信息的 有几条申请", P + "not held"),
        V("zh", "hz23", "a.litigation_after_review.upheld",
          "洪泽 2023 复议后起诉 结果维持 几件", P + "after-review upheld"),
        # ---------------------------------------------------------------- 洪泽 2024 (text rows)
        V("en", "hz24", "c.punishment.decisions",
          "my cousin got a fine in Hongze back in 2024 haha. how many 行政处罚 decisions did the "
          "district list for that year?", P + "story; text row"),
        V("en", "hz24", "r.granted.total",
          "Hongze 2024 how many requests where they just handed over the info fully? (予以公开)",
          P + "text row"),
        V("en", "hz24", "c.fees.amount",
          "hongze 2024 admin fees collected (万元) thanks!!", P + "text row", unit=WAN),
        V("en", "hz24", "c.normative_docs.in_force",
          "working on a policy memo. For Hongze District in 2024, how many 行政规范性文件 are still "
          "valid (现行有效)? appreciate it", P + "story; text row"),
        V("zh", "hz24", "c.licensing.decisions",
          "洪泽区24年 行政许可 处理决定多少", P + "text row"),
        V("zh", "hz24", "a.review.total",
          "洪泽24年报 行政复议总共几件？", P + "text row"),
        V("zh", "hz24", "r.unable.not_held.total",
          "洪泽区2024年 本机关不掌握的 有多少件", P + "text row"),
        # ---------------------------------------------------------------- 上海市府办 2025 (text rows)
        V("en", "sh25", "r.received.total",
          "hey, Shanghai General Office 2025 - how many brand new info requests came in during the "
          "year?", P + "text row; text agrees", alt=(SH25_REQ, 1295)),
        V("en", "sh25", "r.carried_forward.total",
          "Shanghai General Office 2025: how many requests weren't finished and got moved on to the "
          "next year?", P + "text row"),
        V("en", "sh25", "r.granted.total",
          "for Shanghai's General Office in 2025, how many applications got fully granted "
          "(予以公开)? not counting partial ones", P + "text row (text's 208 includes partial)"),
        V("en", "sh25", "a.review.total",
          "In the Shanghai General Office's 2025 report what is the 行政复议 total in the table? I saw "
          "a note about carried-over cases, just want the printed number",
          P + "text row; printed number incl. carry-over note"),
        V("en", "sh25", "r.not_processed.duplicate.total",
          "Shanghai General Office 2025 - is it possible know how many requests were duplicates "
          "(重复申请)?", P + "text row"),
        V("zh", "sh25", "r.unable.not_held.total",
          "上海市政府办公厅25年 本机关不掌握相关政府信息 的有多少件",
          P + "text row (text's 564 covers all 无法提供)"),
        V("zh", "sh25", "r.received.commercial",
          "上海市府办2025年 商业企业新收了几件申请", P + "text row"),
        V("zh", "sh25", "a.litigation_direct.total",
          "上海市府办2025年 没经过复议直接起诉的行政诉讼 总数？", P + "text row"),
        # ---------------------------------------------------------------- 上海市科委 2024 (text rows)
        V("en", "kw", "r.received.total",
          "Hi, I'm a grad student looking at STCSM (Shanghai's science commission). In 2024 how many "
          "new disclosure requests did they receive?", P + "story; text row; text agrees",
          alt=(KW_REQ, 34)),
        V("en", "kw", "r.received.natural_person",
          "Shanghai science commission (上海科委) 2024 - how many new requests were filed by "
          "individuals?", P + "text row"),
        V("en", "kw", "c.licensing.decisions",
          "STCSM 2024 administrative licensing decisions? need it for a spreadsheet, thanks",
          P + "text row"),
        V("en", "kw", "c.normative_docs.issued",
          "STCSM 2024 — number of normative docs newly issued? sorry if this is a dumb question",
          P + "text row; text agrees", alt=(KW_ACT, 13)),
        V("zh", "kw", "c.normative_docs.in_force",
          "上海科委24年 现行有效规范性文件多少件", P + "text row"),
        V("zh", "kw", "r.granted.total",
          "市科委 2024 年 予以公开 几件", P + "text row; text agrees", alt=(KW_RES, 9)),
        V("zh", "kw", "r.total_processed.total",
          "上海市科委2024年 办理结果的总计 是多少", P + "text row"),
        # ---------------------------------------------------------------- 涧西 2020
        V("en", "jx", "r.received.total",
          "jianxi district 2020 how many info requests came in? new ones", P + "text agrees",
          alt=(JX_REQ, 17)),
        V("en", "jx", "c.procurement.amount",
          "Jianxi 2020: centralized procurement amount (采购总金额)?", P + "procurement amount",
          unit=WAN),
        V("en", "jx", "r.granted.total",
          "jianxi district govt office, 2020: requests granted in full?", P + "granted"),
        V("en", "jx", "c.normative_docs.made",
          "Jianxi 2020, how many normative documents were newly drafted (新制作)? thank u",
          P + "normative docs made"),
        V("zh", "jx", "a.review.total",
          "涧西区政府办2020年 行政复议 几件", P + "review total"),
        V("zh", "jx", "r.carried_forward.total",
          "涧西20年 依申请 转到下一年接着办的 几件", P + "carried forward; text agrees",
          alt=(JX_REQ, 2)),
        V("zh", "jx", "c.procurement.projects",
          "涧西 2020年 政府集中采购 项目数", P + "procurement projects"),
    ]


def combine():
    P = "[combine] "
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    W8NP = ["r.withheld.%s.natural_person" % s for s in L.WITHHELD]
    return [
        S("en", "ha", W8,
          "Huaian 2024: if I add up every refusal reason under 不予公开 (all 8 sub rows), what's "
          "the total?", P + "sum of 8 withheld sub-items"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "Huaian 2024, fully disclosed + partly disclosed together = ? i need one number for a "
          "chart", P + "sum of 2"),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Huaian 2024 - all disclosure lawsuits, direct ones plus after-reconsideration ones, how "
          "many in total", P + "sum of 2; text states 46", alt=("行政诉讼 46", 46)),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total",
                       "r.unable.unclear.total"],
          "For Huaian in 2024, how many requests ended as 'unable to provide' (无法提供) when you "
          "add its three sub-reasons?", P + "sum of 3"),
        S("zh", "ha", ["r.received.total", "r.carried_over.total"],
          "淮安24年 新收的加上上一年节转过来的 一共要办多少件", P + "sum of 2; typo 节转"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total",
                       "a.litigation_after_review.total"],
          "Shuyang 2025: reconsiderations + both kinds of lawsuits, all together how many cases?",
          P + "sum of 3; text states 74", alt=("相关案件 74", 74)),
        S("zh", "sy", ["r.received.total", "r.carried_over.total"],
          "沭阳2025年 本年新收 加 上年结转 合计多少件", P + "sum of 2; text states 749",
          alt=(SY_REQ, 749)),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total",
                       "r.other.other.total"],
          "Shuyang 2025 — add the three sub-lines under 其他处理 (other handling) for me pls",
          P + "sum of 3"),
        S("en", "sh19", cols("granted"),
          "Shanghai General Office 2019: the 予以公开 total cell is empty in their table. if you add "
          "the applicant columns, how many were granted?", P + "sum of 6 columns; printed total blank",
          printed_total=["r.granted.total"]),
        S("en", "sh19", W8NP,
          "Shanghai General Office 2019, individuals only: add all 8 不予公开 reasons, total?",
          P + "sum of 8 natural-person cells"),
        S("zh", "sh19", ["a.review.total", "a.litigation_direct.total"],
          "上海市府办2019年 复议加直接起诉的诉讼 一共几件", P + "sum of 2"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze 2023: licensing + penalty + coercion decisions added up? thx", P + "sum of 3"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "洪泽2023年 不掌握的 和 需要另行制作的 加起来几件", P + "sum of 2"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Jianxi 2020, total of reconsideration + direct suits + suits after reconsideration?",
          P + "sum of 3"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type requests plus duplicate requests, combined?",
          P + "sum of 2 text rows"),
        S("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2024年 许可 处罚 强制 三项决定数 加一起多少", P + "sum of 3 text rows"),
        # differences (later year minus earlier year)
        D("en", "hz23", "hz24", "c.licensing.decisions",
          "Hongze's licensing decisions went up from 2023 to 2024 by how much? (2024 minus 2023)",
          P + "difference"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "change in Hongze's admin penalty decisions between 2023 and 2024? up or down and by how "
          "many", P + "difference, negative"),
        D("zh", "hz23", "hz24", "c.coercion.decisions",
          "洪泽 行政强制决定 2024年比2023年 差了多少", P + "difference, negative"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "By how much did Hongze's administrative fee income change from 2023 to 2024, in 万元?",
          P + "difference of money", unit=WAN),
        D("en", "hz23", "hz24", "r.unable.not_held.total",
          "Hongze: 'not held' replies (本机关不掌握), 2024 vs 2023 - how many more?",
          P + "difference"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force",
          "洪泽区 现行有效的行政规范性文件 24年比23年多了几件", P + "difference"),
        D("en", "sh19", "sh25", "r.received.total",
          "a colleague says Shanghai General Office requests grew a lot. new requests in 2025 "
          "compared with 2019, what's the increase?", P + "story; difference"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "how much bigger was the Shanghai General Office's carry-forward (结转下年度) in 2025 than "
          "in 2019?", P + "difference"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市府办 行政复议 2025年比2019年 多了多少件", P + "difference"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Shanghai General Office, direct lawsuits (未经复议直接起诉): 2019 -> 2025 difference?",
          P + "difference"),
    ]


def rank():
    P = "[rank] "
    HA, SY, HZ, JX, SH = "ha", "sy", "hz23", "jx", "sh19"
    return [
        R("en", [HA, SY, HZ, JX], "r.received.total", "desc",
          "Which got the most new disclosure requests: Huaian (2024), Shuyang (2025), Hongze (2023) "
          "or Jianxi (2020)?", P + "desc over 4"),
        R("zh", [SY, HZ, JX], "r.received.total", "asc",
          "沭阳2025、洪泽2023、涧西2020 这三个 谁新收的申请最少", P + "asc over 3"),
        R("en", [HA, HZ, SY], "c.normative_docs.in_force", "desc",
          "Huaian 2024 vs Hongze 2023 vs Shuyang 2025 - who has the most normative documents still "
          "in force?", P + "desc over 3"),
        R("en", [HA, HZ, SY], "c.fees.amount", "asc",
          "among Huaian 2024, Hongze 2023 and Shuyang 2025, which one collected the least admin fee "
          "money?", P + "asc over 3 (money)"),
        R("en", [HA, HZ, SY], "c.licensing.decisions", "desc",
          "Licensing decisions: Huai'an 2024, Hongze 2023, Shuyang 2025. who's on top? my guess is "
          "Huai'an but not sure", P + "desc over 3; the user's guess is wrong"),
        R("zh", [HA, SY, HZ], "c.punishment.decisions", "asc",
          "行政处罚决定数 淮安2024 沭阳2025 洪泽2023 哪个最少？？", P + "asc over 3"),
        R("en", [SY, SH, JX], "r.carried_forward.total", "desc",
          "Who carried the most requests into the next year: Shuyang 2025, Shanghai General Office "
          "2019, or Jianxi 2020?", P + "desc over 3"),
        R("en", [SY, SH, JX], "a.review.total", "asc",
          "fewest reconsideration cases - Shuyang (2025), Shanghai General Office (2019), Jianxi "
          "(2020)?", P + "asc over 3"),
        R("zh", [SY, SH, JX], "a.litigation_direct.total", "desc",
          "直接起诉的行政诉讼 沭阳25年 上海市府办19年 涧西20年 谁最多", P + "desc over 3"),
        R("en", [SY, SH, HZ], "r.unable.not_held.natural_person", "desc",
          "From individuals' requests, who answered 'we don't hold it' most often: Shuyang 2025, "
          "Shanghai General Office 2019 or Hongze 2023?", P + "desc over 3"),
        R("en", [HA, SY, SH], "r.carried_over.total", "desc",
          "Huaian 2024, Shuyang 2025, Shanghai General Office 2019: which one started the year "
          "with the biggest backlog carried over from before?", P + "desc over 3, close values"),
        R("zh", [SY, HZ, SH], "r.partially_granted.natural_person", "asc",
          "自然人申请里 部份公开的 沭阳2025 洪泽2023 上海市府办2019 谁最少", P + "asc over 3; typo 部份"),
        R("en", [HA, SY, SH, HZ], "r.not_processed.petition.natural_person", "desc",
          "petition-type requests from individuals (信访举报投诉类): Huaian 2024, Shuyang 2025, "
          "Shanghai General Office 2019, Hongze 2023 - who had the most?", P + "desc over 4"),
    ]


def followup():
    P = "[followup] "
    return [
        F("en", [
            ("hey so for Huaian in 2024, total new disclosure applications?",
             E("ha", "r.received.total", alt=(HA_REQ, 3119))),
            ("cool. how many of them came from ordinary people (自然人)?",
             E("ha", "r.received.natural_person")),
        ], P + "column switch"),
        F("en", [
            ("Hongze 2023, how many 行政许可 decisions pls", E("hz23", "c.licensing.decisions")),
            ("ok and for 2024?", E("hz24", "c.licensing.decisions")),
        ], P + "year switch to a text row"),
        F("en", [
            ("doing a piece on Shuyang county's 2025 disclosure report. how many reconsideration "
             "(行政复议) cases overall?", E("sy", "a.review.total")),
            ("what about lawsuits that went direct to court", E("sy", "a.litigation_direct.total")),
            ("and the ones filed after reconsideration??", E("sy", "a.litigation_after_review.total")),
        ], P + "appeals group switch, 3 turns"),
        F("en", [
            ("how many new info requests did STCSM get in 2024?",
             E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("same figure for the Shanghai General Office in 2025 pls",
             E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
        ], P + "body and year switch"),
        F("en", [
            ("Shanghai General Office 2019: how many requests were left over and carried into the "
             "next year?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
            ("and in their 2025 report?", E("sh25", "r.carried_forward.total")),
        ], P + "year switch"),
        F("en", [
            ("I'm comparing admin fee income (行政事业性收费) across a few places. Huaian 2024 first?",
             E("ha", "c.fees.amount", unit=WAN)),
            ("Hongze 2023?", E("hz23", "c.fees.amount", unit=WAN)),
            ("last one, Shuyang 2025", E("sy", "c.fees.amount", unit=WAN)),
        ], P + "story; body switches, 3 turns"),
        F("en", [
            ("Jianxi 2020 how many govt centralized procurement project they have",
             E("jx", "c.procurement.projects")),
            ("how much money was that in total?", E("jx", "c.procurement.amount", unit=WAN)),
        ], P + "column switch"),
        F("en", [
            ("hi! Huaian 2024, requests granted in full?", E("ha", "r.granted.total")),
            ("and the partly disclosed ones?", E("ha", "r.partially_granted.total")),
        ], P + "row switch"),
        F("en", [
            ("Shuyang 2025 - 'info not held' replies (本机关不掌握)?", E("sy", "r.unable.not_held.total")),
            ("and how many were still unclear even after the applicant corrected them?",
             E("sy", "r.unable.unclear.total")),
        ], P + "row switch, zero"),
        F("en", [
            ("Shanghai General Office 2019, new requests by individuals?",
             E("sh19", "r.received.natural_person")),
            ("and from businesses (商业企业)?", E("sh19", "r.received.commercial")),
        ], P + "column switch"),
        F("en", [
            ("Hongze 2023 — admin penalty decisions count?", E("hz23", "c.punishment.decisions")),
            ("and 2024 then?", E("hz24", "c.punishment.decisions")),
            ("and coercion (行政强制) in 2024", E("hz24", "c.coercion.decisions")),
        ], P + "year then row, 3 turns"),
        F("en", [
            ("Shanghai General Office 2025: not-held replies (本机关不掌握)?",
             E("sh25", "r.unable.not_held.total")),
            ("and those needing new compilation (另行制作)?", E("sh25", "r.unable.needs_creation.total")),
        ], P + "row switch"),
        F("en", [
            ("in Huaian's 2024 report how many reconsideration cases were upheld?",
             E("ha", "a.review.upheld", alt=(HA_APP, 72))),
            ("and for direct lawsuits, how many upheld?", E("ha", "a.litigation_direct.upheld")),
        ], P + "group switch"),
        F("en", [
            ("Hongze '23 - normative documents in force?", E("hz23", "c.normative_docs.in_force")),
            ("and '24?", E("hz24", "c.normative_docs.in_force")),
        ], P + "year switch with '23/'24"),
        F("en", [
            ("STCSM 2024 licensing decisions number?", E("kw", "c.licensing.decisions")),
            ("what about Hongze, same year 2024?", E("hz24", "c.licensing.decisions")),
        ], P + "body switch"),
        F("en", [
            ("Shuyang 2025 fully granted requests?", E("sy", "r.granted.total")),
            ("just the ones from individuals?", E("sy", "r.granted.natural_person")),
        ], P + "column switch"),
        F("en", [
            ("Shanghai General Office 2019 - reconsideration cases?",
             E("sh19", "a.review.total", alt=(SH19_APP, 7))),
            ("and 2025?", E("sh25", "a.review.total")),
        ], P + "year switch"),
        F("en", [
            ("Huaian 2024: how many applications were carried over into 2024 from 2023?",
             E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
            ("what about Shuyang, 2025 report?", E("sy", "r.carried_over.total")),
        ], P + "body and year switch"),
        F("en", [
            ("Jianxi district office 2020: new requests?", E("jx", "r.received.total", alt=(JX_REQ, 17))),
            ("how many of those got granted", E("jx", "r.granted.total")),
            ("and how many were 'not held'?", E("jx", "r.unable.not_held.total")),
        ], P + "row switches, 3 turns"),
        F("en", [
            ("Huaian 2024: how many withheld to protect third parties?",
             E("ha", "r.withheld.third_party.total")),
            ("and as process information (过程性信息)?", E("ha", "r.withheld.process_info.total")),
        ], P + "row switch"),
        F("en", [
            ("Shanghai General Office 2025, reconsiderations still pending (尚未审结)?",
             E("sh25", "a.review.pending")),
            ("and direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending")),
        ], P + "group switch"),
        F("en", [
            ("Hongze 2024 reconsideration total?", E("hz24", "a.review.total")),
            ("ok, lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
        ], P + "group switch, text rows"),
        F("en", [
            ("Shuyang 2025 admin fees, in 万元?", E("sy", "c.fees.amount", unit=WAN)),
            ("and licensing decisions?", E("sy", "c.licensing.decisions")),
        ], P + "row switch"),
        F("en", [
            ("Shanghai General Office 2019 procurement projects?", E("sh19", "c.procurement.projects")),
            ("Jianxi 2020?", E("jx", "c.procurement.projects")),
        ], P + "body switch"),
        F("en", [
            ("Huaian 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
            ("and repealed?", E("ha", "c.normative_docs.repealed")),
        ], P + "column switch"),
        F("en", [
            ("Shanghai General Office 2025 - new requests from individuals?",
             E("sh25", "r.received.natural_person")),
            ("and back in 2019?", E("sh19", "r.received.natural_person")),
        ], P + "year switch backwards"),
        # zh
        F("zh", [
            ("淮安24年 行政复议总数", E("ha", "a.review.total", alt=(HA_APP, 351))),
            ("那诉讼里直接起诉的呢", E("ha", "a.litigation_direct.total")),
        ], P + "group switch"),
        F("zh", [
            ("洪泽23年 本机关不掌握 几件", E("hz23", "r.unable.not_held.total")),
            ("那24年的呢 一样的口径", E("hz24", "r.unable.not_held.total")),
        ], P + "year switch"),
        F("zh", [
            ("沭阳25年 予以公开 多少", E("sy", "r.granted.total")),
            ("部份公开呢？", E("sy", "r.partially_granted.total")),
        ], P + "row switch; typo 部份"),
        F("zh", [
            ("上海市府办19年 新收申请多少件", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("25年的呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
        ], P + "year switch"),
        F("zh", [
            ("涧西20年 办理结果总计 几件", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
            ("那淮安24年的这个总计 是多少", E("ha", "r.total_processed.total", alt=(HA_REQ, 3050))),
        ], P + "body and year switch"),
        F("zh", [
            ("上海科委24年 上年结转过来的申请 几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            ("那上海的市府办2025年呢", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], P + "body and year switch; 市府办"),
        F("zh", [
            ("沭阳2025 行政处罚 决定数", E("sy", "c.punishment.decisions")),
            ("行政强制呢", E("sy", "c.coercion.decisions")),
        ], P + "row switch"),
        F("zh", [
            ("淮安24年 信访举报投诉类 不予处理 几件", E("ha", "r.not_processed.petition.total")),
            ("其中商业企业的有几件", E("ha", "r.not_processed.petition.commercial")),
        ], P + "column switch"),
        F("zh", [
            ("洪泽23年 行政许可 多少", E("hz23", "c.licensing.decisions")),
            ("淮安24年呢", E("ha", "c.licensing.decisions")),
            ("再看下沭阳25年", E("sy", "c.licensing.decisions")),
        ], P + "body switches, 3 turns"),
        F("zh", [
            ("上海市府办2025年 结转下年度继续办理 几件", E("sh25", "r.carried_forward.total")),
            ("那上年结转过来的呢", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], P + "row switch"),
        F("zh", [
            ("淮安24年 行政规范性文件 现行有效 多少", E("ha", "c.normative_docs.in_force")),
            ("沭阳25年呢", E("sy", "c.normative_docs.in_force")),
        ], P + "body and year switch"),
        F("zh", [
            ("沭阳25年 行政复议 结果纠正的 几件", E("sy", "a.review.corrected")),
            ("其他结果呢", E("sy", "a.review.other")),
        ], P + "column switch"),
        F("zh", [
            ("上海市府办19年 未经复议直接起诉的 几件", E("sh19", "a.litigation_direct.total",
                                                 alt=(SH19_APP, 9))),
            ("里面结果维持的几件", E("sh19", "a.litigation_direct.upheld")),
        ], P + "column switch"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("en", "ha", "新闻发布会 12", 12, "场",
          "writing a short news piece on Huaian. the 2024 report mentions press conferences "
          "(新闻发布会) - how many did the city hold?", P + "story; press conferences"),
        N("en", "ha", "政策解读", 21, "个",
          "in Huaian's 2024 report, how many policy interpretations (政策解读) did they make? "
          "text, pictures etc all counted", P + "policy interpretations"),
        N("zh", "ha", "人民政府公报》6", 6, "期",
          "淮安2024年 市政府公报 出了几期", P + "gazette issues"),
        N("en", "ha", "共计 95", 95, "个",
          "how many govt new-media accounts (政务新媒体) were in operation in Huaian, per the city's "
          "2024 report?", P + "new-media accounts"),
        N("en", "ha", "全覆盖检查", 4, "次",
          "Huaian 2024: the report says they did full-coverage inspections of the disclosure "
          "columns. how many times??", P + "checks"),
        N("zh", "ha", "3940", 3940, "元",
          "淮安市2024年 收了多少信息处理费？ 单位元就行", P + "fee in 元"),
        N("en", "hz23", "1136", 1136, "条",
          "Hongze 2023 how many pieces of govt info they proactive put on the website? "
          "thanks a lot", P + "portal items"),
        N("en", "hz24", "2428", 2428, "条",
          "in Hongze's 2024 disclosure report, how many items did the district post on its govt "
          "website platform?", P + "portal items; report named loosely"),
        N("zh", "hz24", "2428", 7, "期",
          "洪泽区24年 政府常务会议 公开了几期", P + "executive meetings published"),
        N("en", "hz24", "17 件", 17, "件",
          "The Hongze 2024 report's overview text says the district govt office accepted some "
          "requests on behalf of the district government (区政府办代表区政府受理). what number does "
          "that sentence give?", P + "text-only number, exact wording (table row says 95)"),
        N("en", "sy", "4511", 4511, "条",
          "Shuyang 2025: how many pieces of info did the county's own portal publish proactively? "
          "not the departments' pages", P + "portal items"),
        N("en", "sy", "3044", 3044, "条",
          "Shuyang 2025: the county departments' own disclosure pages, how many items got posted "
          "there? (report says the county urged them)", P + "department pages"),
        N("zh", "sy", "4511", 9, "期",
          "沭阳25年 意见征集 搞了几期", P + "consultations"),
        N("en", "sy", "1113", 1113, "个",
          "my little sister watches Shuyang's govt videos lol. in 2025 how many original short "
          "videos did the county push out?", P + "story; short videos"),
        N("zh", "sy", "爆款", 52, "条",
          "沭阳2025年 一共出了多少条爆款内容 ？", P + "viral posts"),
        N("en", "sy", "64家", 64, "家",
          "Shuyang 2025 - the annual reports of how many county units were released together in "
          "one go?", P + "units"),
        N("zh", "sy", "84 次", 84, "次",
          "沭阳县2025年 那个倒计时报警器 催办提示 发了多少次", P + "reminders"),
        N("en", "sy", "49 次", 49, "次",
          "Shuyang 2025: how many times did staff proactively talk to applicants before handling "
          "(办前主动沟通)?", P + "pre-handling talks"),
        N("zh", "sy", "49 次", 33, "件",
          "沭阳2025年 通过沟通 化解了多少件争议纠纷", P + "disputes resolved"),
        N("en", "sy", "失效链接", 43, "处",
          "Shuyang 2025 - how many dead links did they fix on the website? curious", P + "broken links"),
        N("zh", "sy", "697", 697, "条",
          "沭阳25年 清理了多少条过期信息。。", P + "outdated items cleared"),
        N("en", "sy", "380元", 380, "元",
          "how much did Shuyang's agencies collect in information processing fees in 2025? in 元 "
          "please", P + "fee in 元"),
        N("en", "kw", "1640", 1016823, "人",
          "STCSM 2024 - how many followers did the '上海科技' WeChat account have, according to the "
          "report?", P + "followers"),
        N("en", "kw", "1640", 118, "场", "How many live streams did STCSM do in 2024??",
          P + "live streams", frm="直播"),
        N("zh", "kw", "85 件", 85, "件",
          "上海市科委2024年 主合办的政协提案 有多少件", P + "CPPCC proposals",
          frm="及主合办人大代表建议"),
        N("en", "kw", "121 条", 121, "条",
          "STCSM 2024: how many policies were pushed in batch for integrated release (集成式发布)?",
          P + "integrated releases"),
        N("en", "kw", "2139", 21, "条",
          "STCSM 2024 - on the '上海科技' website, how many interpretation posts (解读类信息)?",
          P + "interpretation posts"),
        N("en", "sh25", "42 场", 42, "场",
          "Shanghai General Office 2025: how many press conferences did the city government hold?",
          P + "press conferences"),
        N("zh", "sh25", "42 场", 19, "场",
          "上海市府办2025年 新闻通气会 开了几场", P + "press briefings"),
        N("en", "sh25", "157 件", 157, "件",
          "Shanghai General Office 2025 - how many applicants withdrew their own requests? I "
          "heard quite a lot did", P + "withdrawn requests"),
        N("en", "sh25", "166 件", 166, "件",
          "Shanghai General Office 2025: how many documents went through the disclosure-attribute "
          "review (公开属性审查)?", P + "attribute reviews"),
        N("zh", "sh25", "196 件", 196, "件",
          "上海市政府办公厅2025年 主动公开了多少件人事任免文件", P + "appointment documents"),
        N("en", "sh25", "10 个语种", 10, "个",
          "how many languages does Shanghai's international services portal cover, per the "
          "Shanghai General Office's 2025 report?", P + "languages"),
        N("en", "sh19", "132件", 132, "件",
          "Shanghai General Office 2019 - how many policy interpretations were put up on the "
          "'中国上海' portal?", P + "interpretations"),
        N("en", "sh19", "38次", 38, "次",
          "Shanghai General Office 2019: how many times did they do authoritative releases of "
          "important executive-meeting topics?", P + "releases"),
        N("zh", "sh19", "162件", 141, "件",
          "上海市府办2019年 主动公开的人事任免文件 几件", P + "appointment documents"),
        N("en", "sh19", "70家", 70, "家",
          "Shanghai General Office 2019 - how many government websites got checked every quarter?",
          P + "websites checked"),
        N("en", "jx", "26个试点领域", 26, "个",
          "Jianxi 2020 - how many pilot areas (试点领域) for grassroots disclosure standardisation?",
          P + "pilot areas", frm="对照省、市"),
        N("zh", "jx", "601项", 601, "项",
          "涧西20年 梳理出了多少项事项", P + "items", frm="梳理细化"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("en", "Huaian 2024 - of all the disclosure requests, how many came from women and how "
          "many from men?", "the report gives no breakdown of applicants by sex", P + "sex"),
        U("en", "I'm moving to Nanjing. Nanjing city's 2024 disclosure report - how many requests "
          "did Nanjing get?", "no report of 南京市 is held", P + "body not held"),
        U("en", "Hongze 2022: how many applications came in?",
          "only the 2023 and 2024 reports of 洪泽区 are held", P + "year not held"),
        U("en", "How many staff work on information disclosure at the Shanghai General Office in "
          "2025?", "the 2025 report states no staff number", P + "staff"),
        U("en", "In Shuyang 2025 which month had the most requests? want to see if it peaks "
          "around spring festival", "no monthly breakdown in the report", P + "month"),
        U("en", "average response time for disclosure requests at STCSM in 2024, in days?",
          "the report states no response times", P + "response time"),
        U("en", "can you predict how many requests Huaian will get in 2026?",
          "a forecast; no report gives it", P + "forecast"),
        U("en", "honestly, in your opinion did Huaian do a good job on disclosure in 2024?",
          "an opinion, not a figure in the reports", P + "opinion"),
        U("en", "Pudong New Area 2024 - requests received?", "no report of 浦东新区 is held",
          P + "body not held"),
        U("en", "STCSM 2023 report, how many requests?",
          "only the 2024 report of 上海市科委 is held", P + "year not held"),
        U("en", "Jianxi 2021 new requests pls", "only the 2020 report of 涧西区 is held",
          P + "year not held"),
        U("en", "Shanghai General Office 2022 - new requests?",
          "only the 2019 and 2025 reports of 上海市人民政府办公厅 are held", P + "year not held"),
        U("en", "Huaian 2024: how many requests were about land acquisition or demolition "
          "(征地拆迁)?", "the report gives no topic breakdown", P + "topic"),
        U("en", "Shuyang 2025: which townships (乡镇) filed the most requests?",
          "no township breakdown in the report", P + "township"),
        U("en", "Hongze 2024 - how many requests came in online vs by post?",
          "the report gives no breakdown by channel", P + "channel"),
        U("en", "What's the name of the person who filed the most requests with Huaian in 2024?",
          "personal data; not in the report", P + "personal data"),
        U("en", "How much did Shanghai General Office spend on running its disclosure work in "
          "2019? budget figure", "the report states no cost or budget of the disclosure work",
          P + "cost"),
        U("en", "Suqian city 2025 report: how many reconsideration cases?",
          "no report of 宿迁市 is held (沭阳 is a county of it, not the city)", P + "body not held"),
        U("en", "Huaian 2024: how many requests did the city's natural resources bureau handle?",
          "no department breakdown in the report", P + "department"),
        U("en", "Qingjiangpu district 2024 admin fees?", "no report of 清江浦区 is held",
          P + "body not held"),
        U("en", "How old were the applicants in Jianxi 2020 on average?",
          "no age data in the report", P + "age"),
        U("en", "Why did Hongze's request count jump so much from 2023 to 2024? what caused it",
          "the reports state no reason for the change", P + "reason not stated"),
        U("en", "Shuyang 2024 report - new requests?", "only the 2025 report of 沭阳县 is held",
          P + "year not held"),
        U("en", "Huaian 2023 - how many applications in that year?",
          "only the 2024 report of 淮安市 is held", P + "year not held"),
        U("en", "how many applications did the Shanghai General Office get in Q3 2025?",
          "no quarterly breakdown", P + "quarter"),
        U("en", "STCSM 2024 - how many requests came from foreigners?",
          "no breakdown by nationality or residence", P + "residence"),
        U("zh", "淮阴区 2024年 政府信息公开申请 多少件", "no report of 淮阴区 is held", P + "body not held"),
        U("zh", "沭阳25年 申请人里 本县户籍的 占多少", "no breakdown by residence", P + "residence"),
        U("zh", "洪泽23年 办一件申请平均要几天", "no processing times stated", P + "response time"),
        U("zh", "涧西区 2021年的 年报数据 有吗 新收申请多少", "only the 2020 report of 涧西区 is held",
          P + "year not held"),
        U("zh", "上海市府办2025年 哪个区的申请最多", "no breakdown by district", P + "district"),
        U("zh", "2026年沭阳的申请量会超过1000件吗", "a forecast", P + "forecast"),
        U("zh", "上海科委24年 信息公开工作 有几个工作人员", "no staff number stated", P + "staff"),
        U("zh", "南京市2023年 行政复议 几件", "no report of 南京市 is held", P + "body not held"),
        U("zh", "淮安市24年 依申请 涉及哪个行业的最多", "no industry breakdown", P + "industry"),
        U("zh", "你觉得洪泽区政府2024年的信息公开做得怎么样", "an opinion", P + "opinion"),
        U("zh", "上海市府办2019年 被申请复议的那7件 分别是谁申请的", "personal data; not in the report",
          P + "personal data"),
        U("zh", "浦东新区 25年 收费多少", "no report of 浦东新区 is held", P + "body not held"),
        U("zh", "沭阳2025年 政府花在信息公开上的工作经费是多少万元", "no cost or budget stated (the 380 元 "
          "is fee income)", P + "cost"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("en", "ha", "r.carried_forward.total",
          "Huaian 2024: how many requests were still open at year end and rolled over to the "
          "following year?", P + "carried forward 103, naive carried over 34", alt=(HA_REQ, 103)),
        T("en", "sy", "a.litigation_direct.total",
          "Shuyang 2025 lawsuits filed directly in court, without a reconsideration first?",
          P + "direct 3, naive after-review 10"),
        T("zh", "ha", "c.normative_docs.repealed",
          "淮安24年 行政规范性文件 废止了几件", P + "repealed 26, naive issued 8 / in force 66"),
        T("en", "sy", "r.unable.needs_creation.total",
          "Shuyang 2025 - requests that failed because the info would have to be newly made "
          "(需要另行制作)?", P + "needs creation 2, naive not held 111"),
        T("zh", "sy", "r.withheld.process_info.total",
          "沭阳2025年 属于四类过程性信息 不予公开的 几件", P + "process info 2, naive internal affairs 13"),
        T("en", "sh19", "c.normative_docs.total_published",
          "Shanghai General Office 2019 - total normative docs published so far (对外公开总数量), not "
          "just the new ones?", P + "total published 368, naive made 60"),
        T("en", "ha", "a.review.other",
          "Huaian 2024, reconsideration cases that ended with 'other result' (其他结果)?",
          P + "other 178, naive corrected 64", alt=(HA_APP, 178)),
        T("zh", "sh19", "c.procurement.amount",
          "上海市府办2019年 政府集中采购 总金额多少", P + "amount 25.1 万元, naive projects 6", unit=WAN),
        T("en", "sy", "r.partially_granted.legal_services",
          "Shuyang 2025: from legal service institutions, how many requests were PARTLY disclosed?",
          P + "partial legal services 2, naive granted 3"),
        T("zh", "sy", "r.carried_over.total",
          "沭阳2025年 上一年结转过来的申请 几件", P + "carried over 36, naive carried forward 31"),
        T("zh", "ha", "c.regulations.in_force",
          "淮安市2024年 现行有效的规章 有几件", P + "regulations in force 11, naive issued 1"),
        T("en", "sh25", "a.litigation_after_review.total",
          "Shanghai General Office 2025, lawsuits brought after a reconsideration decision "
          "(复议后起诉)?", P + "after review 22, naive direct 12"),
        T("en", "ha", "r.withheld.enforcement_files.total",
          "Huaian 2024 - refused because the info was part of an administrative enforcement case "
          "file (行政执法案卷)?", P + "enforcement files 9, naive admin query 105"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
