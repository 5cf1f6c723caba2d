"""Question bank of the blind86 evaluation set (evals/blind86).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording was written from scratch for this set. Numbers are never typed here except as the
text-number of a narrative (checked against the cut sentence) or a text alternative (checked the
same way): table values come from gold/*.json via helpers86, or from the printed cells of the
three reports without gold (the specs stored in text_cells.json, the cells blind6 verified).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib86 as L  # noqa: E402
from helpers86 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the reports without gold: the same specs as blind6's text_cells.json
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _d in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _d["cells"].items()}

HA_T = ("全市共受理政府信息公开申请", None)
HA_A = "政府信息公开行政复议 351"
SH19_T = "代表市政府共受理政府信息公开申请"
W = "万元"


def ha_t(n):
    return ("全市共受理政府信息公开申请", n)


def ha_a(n):
    return (HA_A, n)


def sh19_t(n):
    return (SH19_T, n)


def plain():
    P = "[plain] "
    return [
        # 淮安 2024
        V("zh", "ha", "r.received.total", "淮安市2024年一共收到多少份信息公开申请", P + "new requests; text states the same", alt=ha_t(3119)),
        V("en", "ha", "r.received.total", "how many disclosure requests did Huai'an city govt get in 2024 total?", P + "new requests; text agrees", alt=ha_t(3119)),
        V("zh", "ha", "r.granted.total", "淮安2024年直接给公开了的申请有几件啊", P + "granted"),
        V("en", "ha", "r.not_processed.reconfirm.total", "Huaian 2024: requests not processed because the applicant just wanted the office to re-confirm info already given out?", P + "reconfirm"),
        V("zh", "ha", "r.unable.not_held.total", "我之前给淮安市政府申请过一个材料，回复说他们手里没有这个信息。想问2024年淮安像这样说自己不掌握的一共多少件？", P + "story; not held"),
        V("en", "ha", "r.withheld.admin_query.total", "In 2024 how many of Huai'an's requests got turned away because they were really administrative inquiries rather than info requests?", P + "admin query"),
        V("zh", "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访举报投诉，被当成不予处理的", P + "petition"),
        V("en", "ha", "r.carried_forward.total", "huai an 2024 how many request roll into next year still unfinished", P + "carried forward; text agrees", alt=ha_t(103)),
        V("zh", "ha", "r.carried_over.total", "淮安2024年报里，从上一年接过来继续办的申请多少件", P + "carried over; text agrees", alt=ha_t(34)),
        V("en", "ha", "a.review.total", "Huai'an, 2024 — total administrative reconsideration cases (行政复议) about disclosure?", P + "review total; text agrees", alt=ha_a(351)),
        V("zh", "ha", "a.review.corrected", "二〇二四年淮安市信息公开行政复议里被纠正的有几个", P + "review corrected; text agrees", alt=ha_a(64)),
        V("en", "ha", "a.litigation_direct.total", "For 2024, Huai'an: lawsuits filed straight away without going to reconsideration first — how many?", P + "direct litigation"),
        V("zh", "ha", "active.licensing.decisions", "淮安24年行政许可处理决定数量是多少", P + "licensing decisions"),
        V("en", "ha", "active.fees.amount", "How much did Huai'an take in from administrative fees in 2024 (行政事业性收费)?", P + "fees; unit 万元", unit=W),
        V("zh", "ha", "active.coercion.decisions", "淮安2024年行政强制决定多少", P + "coercion"),
        V("en", "ha", "r.received.legal_services", "law firms and legal service orgs — how many requests did they send Huai'an in 2024?", P + "legal services column"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安 2024 因为法律行政法规禁止公开而不公开的 多少", P + "prohibited by law"),
        V("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024, requests closed because the applicant never fixed/clarified the request in time?", P + "overdue correction"),
        V("zh", "ha", "r.total_processed.total", "我是报社的，想核一下淮安市2024年办理结果总计那一格", P + "total processed; text agrees", alt=ha_t(3050)),
        V("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: how many times did they say the info would have to be newly made / compiled, so can't provide?", P + "needs creation"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安2024复议后又起诉的案子还有多少没审完", P + "after-review pending"),
        V("en", "ha", "r.received.commercial", "hi, how many info requests from companies (商业企业) did Huaian city receive in 2024", P + "commercial"),
        # 洪泽 2023
        V("zh", "hz23", "r.received.total", "淮安市下面的洪泽区，2023年自己的年报里收了多少申请", P + "place inside a body that has its own report; text agrees", alt=("全区受理政府信息公开申请", 21)),
        V("en", "hz23", "r.unable.not_held.total", "Hongze District 2023 — requests answered with 'we don't hold this info'?", P + "not held"),
        V("zh", "hz23", "active.punishment.decisions", "洪泽区政府2023年行政处罚决定有多少", P + "punishment"),
        V("en", "hz23", "active.fees.amount", "Hongze district fees collected 2023 (行政事业性收费), in 10k yuan?", P + "fees", unit=W),
        V("zh", "hz23", "r.partially_granted.total", "洪泽2023部分公开几件", P + "partially granted"),
        V("en", "hz23", "a.review.upheld", "In the Hongze 2023 report, how many reconsideration cases were upheld?", P + "review upheld (totals printed 0; the cell is asked)"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年，申请的东西需要另外加工制作所以没给的，有几件？", P + "needs creation"),
        V("en", "hz23", "active.normative_docs.in_force", "how many normative documents were still in force for Hongze at end of 2023", P + "in force"),
        # 洪泽 2024 (text cells)
        V("zh", "hz24", "active.licensing.decisions", "洪泽区2024年许可决定数", P + "text cell"),
        V("en", "hz24", "r.granted.total", "Hongze District, 2024: requests fully granted?", P + "text cell"),
        V("zh", "hz24", "r.unable.not_held.total", "帮我看下洪泽2024年表格里本机关不掌握那一行总计", P + "text cell"),
        V("en", "hz24", "active.coercion.decisions", "Hongze 2024 administrative coercion (行政强制) decisions count?", P + "text cell"),
        V("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年复议之后又打官司的一共几起", P + "text cell"),
        # 沭阳 2025
        V("zh", "sy", "r.received.total", "沭阳县2025年表里本年新收那一行总计是多少（不算上一年结转过来的）", P + "new only (text 749 includes carried over)"),
        V("en", "sy", "r.granted.total", "Shuyang County 2025 — requests where info was given out in full?", P + "granted"),
        V("zh", "sy", "r.unable.not_held.total", "沭阳2025年回复本机关不掌握相关政府信息的申请有多少", P + "not held"),
        V("en", "sy", "a.review.total", "Shuyang 2025: how many disclosure-related reconsideration cases in total?", P + "review total"),
        V("zh", "sy", "a.review.pending", "沭阳县2025年的行政复议还有几件没结", P + "review pending"),
        V("en", "sy", "active.normative_docs.in_force", "shuyang county normative documents currently valid, 2025 report?", P + "in force"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "12345这边有市民问：沭阳县2025年因为属于内部事务信息不公开的有几件", P + "operator relaying; internal affairs"),
        V("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025 — requests dropped because the applicant didn't pay the fee on time?", P + "overdue fee"),
        V("zh", "sy", "active.punishment.decisions", "沭阳县2025年行政处罚", P + "punishment"),
        V("en", "sy", "r.received.legal_person", "Shuyang County 2025, new requests from legal persons and other organisations (法人或其他组织)?", P + "derived legal_person; text agrees", alt=("法人或其他组织申请", 8)),
        V("zh", "sy", "r.carried_forward.total", "沭阳2025年没办完要结转到下一年的申请数", P + "carried forward"),
        V("en", "sy", "a.litigation_after_review.total", "Shuyang 2025, cases where people sued after a reconsideration decision?", P + "after review total"),
        V("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请不予处理的多少件", P + "duplicate"),
        V("en", "sy", "active.fees.amount", "What did Shuyang collect in administrative fees in 2025?", P + "fees", unit=W),
        V("zh", "sy", "r.withheld.admin_query.total", "沭阳2025有几件被认定为行政查询事项的", P + "admin query"),
        V("en", "sy", "r.received.natural_person", "Shuyang 2025 table: new requests from private individuals only (自然人)", P + "natural person, table new"),
        # 上海市府办 2019
        V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少件依申请公开", P + "received; text agrees", alt=sh19_t(859)),
        V("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019 — requests pushed into the next year?", P + "carried forward; text agrees", alt=sh19_t(72)),
        V("zh", "sh19", "active.normative_docs.made", "上海市府办2019年制作的规范性文件数量", P + "normative made; text agrees", alt=("行政规范性文件60件", 60)),
        V("en", "sh19", "r.unable.not_held.natural_person", "Shanghai govt general office 2019: individuals' requests where the office said it doesn't hold the info", P + "column (row total printed blank)"),
        V("zh", "sh19", "active.procurement.amount", "2019年上海市政府办公厅政府集中采购金额多少万", P + "procurement amount", unit=W),
        V("en", "sh19", "a.litigation_direct.total", "In 2019 how many lawsuits were filed directly against the Shanghai General Office over disclosure (no reconsideration first)?", P + "direct total; text agrees", alt=("信息公开类行政复议7件", 9)),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人提的申请里面属于信访的有几件", P + "column"),
        V("en", "sh19", "active.regulations.total_published", "Shanghai General Office 2019: total regulations publicly available (对外公开总数)?", P + "regulations total published"),
        V("zh", "sh19", "r.received.commercial", "2019年上海市府办收到企业提的申请多少", P + "commercial"),
        V("en", "sh19", "a.review.total", "Shanghai general office, 2019, disclosure reconsiderations total count", P + "review total; text agrees", alt=("信息公开类行政复议7件", 7)),
        # 涧西 2020
        V("zh", "jx", "r.received.total", "涧西区政府办2020年收到几件依申请公开", P + "received; text agrees", alt=("全年共收到依申请公开", 17)),
        V("en", "jx", "active.procurement.projects", "Jianxi District 2020 — number of government procurement projects?", P + "procurement projects"),
        V("zh", "jx", "r.granted.total", "涧西区2020年予以公开了多少件申请", P + "granted"),
        V("en", "jx", "active.normative_docs.total_published", "jianxi district office 2020 normative docs publicly available total", P + "total published"),
        V("zh", "jx", "active.procurement.amount", "涧西2020采购总金额", P + "procurement amount", unit=W),
        V("en", "jx", "r.carried_forward.total", "Jianxi District Govt Office, 2020: how many requests were still being handled at year end?", P + "carried forward; text agrees", alt=("在办2件", 2)),
        # 上海科委 2024 (text cells)
        V("zh", "kw", "r.received.total", "上海科委2024年收到几件信息公开申请", P + "text cell; text agrees", alt=("全年收到政府信息公开申请", 34)),
        V("en", "kw", "active.licensing.decisions", "STCSM (Shanghai science commission) 2024: licensing decisions?", P + "text cell"),
        V("zh", "kw", "r.received.natural_person", "市科委2024年个人申请有多少件", P + "text cell"),
        V("en", "kw", "active.normative_docs.in_force", "Shanghai Sci & Tech Commission, normative documents in force per the 2024 report?", P + "text cell"),
        V("zh", "kw", "r.total_processed.total", "上海市科委2024年办理结果总计", P + "text cell"),
        # 上海市府办 2025 (text cells)
        V("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年不掌握相关信息的一共几件", P + "text cell"),
        V("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025 — requests carried into 2026?", P + "text cell"),
        V("zh", "sh25", "a.review.total", "上海市政府办公厅2025年信息公开行政复议总数（表里的）", P + "text cell; printed number"),
        V("en", "sh25", "r.granted.total", "shanghai general office 2025 how many requests fully disclosed", P + "text cell"),
        V("zh", "sh25", "r.received.natural_person", "2025年上海市府办收到的个人申请", P + "text cell"),
        V("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office, 2025: requests treated as petitions/complaints and not processed?", P + "text cell"),
        V("zh", "sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的案子尚未审结的", P + "text cell"),
        V("en", "sh25", "r.unable.needs_creation.total", "For Shanghai General Office 2025, requests refused because answering would need new info to be created?", P + "text cell"),
        V("zh", "sh25", "r.received.total", "上海市政府办公厅2025年受理申请数", P + "text cell; text agrees", alt=("市政府共受理政府信息公开申请", 1295)),
        # more mixed voices
        V("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: refused because it would hurt a third party's legit rights (第三方合法权益)?", P + "third party"),
        V("zh", "ha", "a.review.upheld", "淮安市2024年复议结果维持的", P + "review upheld; text agrees", alt=ha_a(72)),
        V("en", "sy", "r.partially_granted.total", "Shuyang 2025 partial disclosure count pls", P + "partially granted"),
        V("zh", "sy", "a.litigation_direct.upheld", "沭阳县2025年直接起诉的行政诉讼，结果维持的有几件", P + "direct upheld"),
        V("en", "hz23", "active.coercion.decisions", "Hongze 2023 coercive measures decisions (行政强制)?", P + "coercion"),
        V("zh", "jx", "a.review.upheld", "涧西区政府办2020年行政复议维持了几件", P + "review upheld"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019 — requests by citizens that needed new info created, so not provided", P + "column"),
    ]


def combine():
    P = "[combine] "
    out = [
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "淮安2024年不予公开里，国家秘密、法律禁止、危及三安全一稳定这三项加起来多少", P + "three withheld sub-items"),
        S("en", "ha", ["a.review.corrected", "a.review.other"], "Huai'an 2024: reconsiderations that were corrected plus those with other outcomes, combined?", P + "two outcome columns of review"),
        S("zh", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "淮安市2024年企业、法律服务机构和其他组织三类申请人的新收申请合计", P + "three applicant columns"),
        S("en", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Add up Huai'an's 2024 lawsuits that ended upheld, both the direct ones and the ones after reconsideration", P + "upheld across two litigation groups; text states the same sum", alt=ha_a(25)),
        S("zh", "sy", ["a.review.corrected", "a.review.other", "a.review.pending"], "沭阳县2025年行政复议中，纠正、其他结果、尚未审结三列一共多少", P + "three review columns"),
        S("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025 — petitions plus duplicate requests not processed, total?", P + "two not-processed sub-items"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "沭阳2025：三安全一稳定、第三方权益、过程性信息、行政执法案卷、行政查询事项这五类不予公开加起来", P + "five withheld sub-items"),
        S("en", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang County 2025: all disclosure lawsuits, direct and after reconsideration together?", P + "two litigation totals"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年不掌握加上需要另行制作的，合计几件", P + "two unable sub-items"),
        S("en", "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Hongze 2023: licensing + punishment + coercion decisions, sum them up", P + "three active rows"),
        S("zh", "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "上海市府办2019年予以公开那一行总计是空的，我自己把自然人、企业、法律服务机构、其他组织四列加一下是多少", P + "columns of a blank-total row"),
        S("en", "sh19", ["r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"], "Shanghai General Office 2019, individuals' requests refused as internal affairs, process info or admin queries — combined?", P + "three sub-items, one column"),
        S("zh", "jx", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "涧西区2020年复议、直接起诉、复议后起诉三块里结果维持的加起来几件", P + "upheld across three appeal groups"),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024, the three 'other handling' lines (no correction in time, fee not paid, other) added together", P + "three other sub-items"),
        S("zh", "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "淮安2024年复议、直接起诉、复议后起诉三块里尚未审结的加总", P + "pending across three groups"),
        S("en", "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025 new requests from businesses plus legal-service firms?", P + "two applicant columns"),
        S("zh", "hz24", ["active.licensing.decisions", "active.punishment.decisions"], "洪泽区2024年行政许可和行政处罚两个数加起来", P + "text cells"),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025: not-held plus needs-creation requests, total", P + "text cells"),
        D("zh", "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少", P + "difference 2023->2024 (text cell later year)"),
        D("en", "hz23", "hz24", "active.punishment.decisions", "Hongze District punishment decisions: change from 2023 to 2024?", P + "difference (negative)"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽 不掌握信息的申请 23年到24年变化多少", P + "difference"),
        D("en", "hz23", "hz24", "active.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024?", P + "difference money", unit=W),
        D("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办自然人申请，2025年跟2019年比差多少", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests carried into the next year: 2019 vs 2025, what's the difference?", P + "difference"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议案件数2019年到2025年增加了几件", P + "difference"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits — how many more in 2025 than in 2019?", P + "difference"),
        D("zh", "hz23", "hz24", "active.normative_docs.in_force", "洪泽区现行有效规范性文件，2024年末比2023年末多几件", P + "difference"),
        D("en", "sh19", "sh25", "r.received.total", "Shanghai general office new requests 2019 -> 2025 growth in number?", P + "difference; both texts state the same numbers"),
    ]
    return out


def rank():
    P = "[rank] "
    G3 = ["ha", "hz23", "sy"]
    return [
        R("zh", G3, "r.unable.needs_creation.total", "desc", "淮安市2024、洪泽区2023、沭阳县2025三家，需要另行制作的申请哪家最多", P + "sub-item"),
        R("en", G3, "r.unable.needs_creation.total", "asc", "Among Huai'an 2024, Hongze 2023 and Shuyang 2025, who had the fewest 'needs to be newly created' refusals?", P + "sub-item asc"),
        R("zh", ["ha", "sy", "jx"], "a.review.corrected", "desc", "淮安（2024）、沭阳（2025）、涧西区（2020）复议被纠正的，谁排第一", P + "one outcome column"),
        R("en", ["ha", "sy", "jx"], "a.litigation_after_review.upheld", "asc", "rank Huai'an 2024, Shuyang 2025 and Jianxi 2020 by upheld after-reconsideration lawsuits — which is bottom?", P + "outcome column asc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "自然人申请里需要另行制作的：淮安2024、沭阳2025、上海市府办2019、洪泽2023，哪个最多", P + "sub-item one column, four bodies"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Companies' requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — who received the least?", P + "applicant column asc"),
        R("zh", ["ha", "hz23", "sy"], "active.fees.amount", "asc", "行政事业性收费淮安2024、洪泽区2023、沭阳2025，谁最少", P + "fees asc"),
        R("en", ["sy", "hz23", "jx"], "a.review.upheld", "desc", "Which had the most upheld reconsiderations: Shuyang 2025, Hongze 2023 or Jianxi 2020?", P + "outcome column"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，上年结转过来的申请谁最多", P + "carried over"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.not_processed.petition.natural_person", "desc", "individuals' requests dismissed as petitions: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019 vs Jianxi 2020, who's top", P + "sub-item column, four bodies"),
        R("zh", ["hz23", "sy", "ha"], "active.normative_docs.in_force", "asc", "现行有效规范性文件：洪泽2023、沭阳2025、淮安2024，哪个最少", P + "in force asc"),
        R("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "Internal-affairs refusals — Huai'an 2024, Shuyang 2025, Hongze 2023: which one is highest?", P + "sub-item"),
        R("zh", ["ha", "sy", "sh19"], "a.litigation_direct.pending", "asc", "直接起诉尚未审结的案件：淮安2024、沭阳2025、上海市府办2019排个序，最少的是谁", P + "pending column asc"),
        R("en", ["ha", "hz23", "sy"], "r.unable.not_held.total", "desc", "top of Huai'an (2024), Hongze (2023), Shuyang (2025) for 'info not held' replies?", P + "sub-item"),
    ]


def followups():
    P = "[followup] "
    return [
        F("zh", [("淮安2024年不予公开里面属于过程性信息的多少", E("ha", "r.withheld.process_info.total")),
                 ("那沭阳县2025年呢", E("sy", "r.withheld.process_info.total"))], P + "switch body"),
        F("en", [("Shuyang 2025 reconsiderations upheld?", E("sy", "a.review.upheld")),
                 ("and corrected?", E("sy", "a.review.corrected")),
                 ("still pending?", E("sy", "a.review.pending"))], P + "switch column x2"),
        F("zh", [("洪泽区2023年行政许可多少件", E("hz23", "active.licensing.decisions")),
                 ("24年呢", E("hz24", "active.licensing.decisions"))], P + "switch year to text cell"),
        F("en", [("Huai'an 2024 direct lawsuits, how many were upheld", E("ha", "a.litigation_direct.upheld")),
                 ("same thing but for suits after reconsideration", E("ha", "a.litigation_after_review.upheld"))], P + "switch group"),
        F("zh", [("上海市府办2019年收到多少申请", E("sh19", "r.received.total", alt=sh19_t(859))),
                 ("换成2025年", E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请", 1295)))], P + "switch year; both texts agree"),
        F("en", [("Jianxi District 2020 requests received?", E("jx", "r.received.total", alt=("全年共收到依申请公开", 17))),
                 ("and how many did they grant", E("jx", "r.granted.total"))], P + "switch row"),
        F("zh", [("沭阳2025年重复申请不予处理几件", E("sy", "r.not_processed.duplicate.total")),
                 ("其中企业提的呢", E("sy", "r.not_processed.duplicate.commercial"))], P + "switch column"),
        F("en", [("What were Huai'an's admin fees in 2024?", E("ha", "active.fees.amount", unit=W)),
                 ("Hongze District for 2023?", E("hz23", "active.fees.amount", unit=W)),
                 ("and Shuyang for 2025", E("sy", "active.fees.amount", unit=W))], P + "switch body x2"),
        F("zh", [("我在写论文，淮安市2024年行政复议总数是多少", E("ha", "a.review.total", alt=ha_a(351))),
                 ("其中其他结果的呢", E("ha", "a.review.other", alt=ha_a(178)))], P + "switch column; text agrees"),
        F("en", [("Shanghai science commission 2024, how many requests granted", E("kw", "r.granted.total", alt=("同意公开答复", 9))),
                 ("and carried over from 2023?", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请", 2)))], P + "text cells; text agrees"),
        F("zh", [("沭阳县2025年复议后起诉的有几件", E("sy", "a.litigation_after_review.total")),
                 ("直接起诉的呢", E("sy", "a.litigation_direct.total"))], P + "switch group"),
        F("en", [("Hongze 2023 normative docs repealed?", E("hz23", "active.normative_docs.repealed")),
                 ("how about Huai'an 2024", E("ha", "active.normative_docs.repealed"))], P + "switch body"),
        F("zh", [("上海市府办2019年制发的规章几件", E("sh19", "active.regulations.made", alt=("主动公开规章13件", 13))),
                 ("对外公开总数呢", E("sh19", "active.regulations.total_published"))], P + "switch column"),
        F("en", [("Shanghai General Office 2025: reconsiderations total", E("sh25", "a.review.total")),
                 ("how many still pending", E("sh25", "a.review.pending"))], P + "text cells"),
        F("zh", [("淮安2024年商业企业申请多少", E("ha", "r.received.commercial")),
                 ("沭阳2025年呢", E("sy", "r.received.commercial")),
                 ("上海市府办2019年呢", E("sh19", "r.received.commercial"))], P + "switch body x2"),
        F("en", [("Hongze District 2024 requests granted in full", E("hz24", "r.granted.total")),
                 ("and the 2023 figure", E("hz23", "r.granted.total"))], P + "switch year"),
        F("zh", [("涧西区2020年复议后起诉的", E("jx", "a.litigation_after_review.total")),
                 ("维持的有几件", E("jx", "a.litigation_after_review.upheld"))], P + "switch column"),
        F("en", [("Huai'an 2024, needs-creation refusals?", E("ha", "r.unable.needs_creation.total")),
                 ("and 'request unclear' ones (申请内容不明确)?", E("ha", "r.unable.unclear.total"))], P + "switch row"),
        F("zh", [("沭阳2025年行政强制多少", E("sy", "active.coercion.decisions")),
                 ("行政许可呢", E("sy", "active.licensing.decisions"))], P + "switch row"),
        F("en", [("Shanghai General Office 2019 requests carried forward", E("sh19", "r.carried_forward.total", alt=sh19_t(72))),
                 ("2025?", E("sh25", "r.carried_forward.total"))], P + "switch year"),
        F("zh", [("淮安市2024年因为危及三安全一稳定不公开的多少", E("ha", "r.withheld.security_stability.total")),
                 ("行政执法案卷的呢", E("ha", "r.withheld.enforcement_files.total"))], P + "switch row"),
        F("en", [("STCSM 2024 licensing decisions", E("kw", "active.licensing.decisions")),
                 ("normative docs issued that year?", E("kw", "active.normative_docs.issued"))], P + "text cells"),
        F("zh", [("洪泽区2023年自然人申请多少", E("hz23", "r.received.natural_person")),
                 ("沭阳县2025年新收的自然人申请呢", E("sy", "r.received.natural_person"))], P + "switch body"),
        F("en", [("Jianxi 2020, procurement amount?", E("jx", "active.procurement.amount", unit=W)),
                 ("Shanghai General Office 2019, same?", E("sh19", "active.procurement.amount", unit=W))], P + "switch body"),
        F("zh", [("沭阳县2025办理结果总计", E("sy", "r.total_processed.total")),
                 ("其中自然人的", E("sy", "r.total_processed.natural_person"))], P + "switch column"),
        F("en", [("Huai'an 2024 partially granted requests", E("ha", "r.partially_granted.total")),
                 ("Shuyang 2025?", E("sy", "r.partially_granted.total")),
                 ("Hongze 2023?", E("hz23", "r.partially_granted.total"))], P + "switch body x2"),
        F("zh", [("上海市府办2025年直接起诉的总数", E("sh25", "a.litigation_direct.total")),
                 ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], P + "text cells"),
        F("en", [("Hongze District 2023 review corrected", E("hz23", "a.review.corrected")),
                 ("Huai'an 2024 same column", E("ha", "a.review.corrected", alt=ha_a(64)))], P + "switch body"),
        F("zh", [("淮安市2024年行政处罚决定数", E("ha", "active.punishment.decisions")),
                 ("沭阳县2025年的", E("sy", "active.punishment.decisions"))], P + "switch body"),
        F("en", [("Shuyang 2025 requests refused as state secrets", E("sy", "r.withheld.state_secret.total")),
                 ("Huai'an 2024?", E("ha", "r.withheld.state_secret.total"))], P + "switch body"),
        F("zh", [("上海市科委2024年收到企业申请几件", E("kw", "r.received.commercial")),
                 ("总共收了多少", E("kw", "r.received.total", alt=("全年收到政府信息公开申请", 34)))], P + "text cells"),
        F("en", [("Huai'an 2024 requests from 'other organisations'?", E("ha", "r.received.other_org")),
                 ("from research institutions?", E("ha", "r.received.research"))], P + "switch column"),
        F("zh", [("洪泽2024年现行有效规范性文件", E("hz24", "active.normative_docs.in_force")),
                 ("当年制发的", E("hz24", "active.normative_docs.issued"))], P + "text cells"),
        F("en", [("Shuyang 2025 other-reason handling (其他)?", E("sy", "r.other.other.total")),
                 ("and Huai'an 2024?", E("ha", "r.other.other.total"))], P + "switch body"),
        F("zh", [("上海市府办2019年个人申请里因为内部事务信息不公开的几件", E("sh19", "r.withheld.internal_affairs.natural_person")),
                 ("过程性信息的呢", E("sh19", "r.withheld.process_info.natural_person"))], P + "switch row; columns (row totals printed blank)"),
        F("en", [("Shuyang 2025 carried over from 2024", E("sy", "r.carried_over.total")),
                 ("and carried on into 2026", E("sy", "r.carried_forward.total"))], P + "switch row"),
        F("zh", [("淮安2024年不予处理里要求提供公开出版物的", E("ha", "r.not_processed.publication.total")),
                 ("重复申请的呢", E("ha", "r.not_processed.duplicate.total"))], P + "switch row"),
        F("en", [("Hongze 2024 lawsuits direct", E("hz24", "a.litigation_direct.total")),
                 ("reconsiderations?", E("hz24", "a.review.total"))], P + "text cells"),
        F("zh", [("涧西2020年现行有效的规范性文件对外公开总数", E("jx", "active.normative_docs.total_published")),
                 ("上海市府办2019年这一项呢", E("sh19", "active.normative_docs.total_published"))], P + "switch body"),
        F("en", [("Huai'an 2024 natural-person requests received", E("ha", "r.received.natural_person")),
                 ("how many of individuals' requests were fully granted", E("ha", "r.granted.natural_person"))], P + "switch row"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会", 12, "场", "淮安市2024年开了几场新闻发布会", P + "press conferences"),
        N("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?", P + "new media"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年政府信息公开栏目全覆盖检查搞了几次", P + "checks"),
        N("en", "ha", "信息处理费", 3940, "元", "Huai'an 2024 — information processing fees charged to applicants, in yuan?", P + "fee in 元"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息", P + "portal items"),
        N("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze district 2024: pieces of gov info posted on the website?", P + "portal items"),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", P + "executive meetings"),
        N("en", "hz24", "区政府办代表区政府受理", 17, "件", "Hongze 2024's narrative says the district office accepted how many requests on behalf of the district government?", P + "text number with that wording"),
        N("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条信息", P + "portal items"),
        N("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public consultation on the county portal?", P + "consultations"),
        N("zh", "sy", "在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条", P + "department items"),
        N("en", "sy", "原创短视频", 1113, "个", "how many original short videos did Shuyang push out in 2025", P + "videos", frm=None),
        N("zh", "sy", "催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提示", P + "reminders"),
        N("en", "sy", "办前主动沟通", 49, "次", "Shuyang 2025, times they reached out to applicants before replying (办前主动沟通)?", P + "consultations"),
        N("zh", "sy", "失效链接", 43, "处", "沭阳2025年整改了多少处失效链接", P + "broken links"),
        N("en", "sy", "清理过期信息", 697, "条", "Shuyang County 2025 — outdated items cleaned up from the site?", P + "cleanup"),
        N("zh", "sy", "全县共办理相关案件", 74, "件", "沭阳县2025年报正文说全县办理信息公开相关复议诉讼案件一共多少件", P + "per the narrative"),
        N("en", "sy", "年度报告集中公开", 64, "家", "In 2025 how many units in Shuyang had their annual disclosure reports published together?", P + "units"),
        N("zh", "sy", "累计发布解读类信息", 21, "条", "沭阳2025年解读类信息发了多少条", P + "interpretations"),
        N("en", "kw", "微信公众号共编发文章", 1640, "篇", "STCSM's WeChat account, articles published in 2024?", P + "wechat"),
        N("zh", "kw", "直播 118", 118, "场", "上海科委2024年视频号直播了多少场", P + "live streams"),
        N("en", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "Shanghai science commission website: total items posted during 2024?", P + "site items"),
        N("zh", "kw", "批量推送集成式发布政策", 121, "条", "市科委2024年集成式发布政策推了多少条", P + "policies pushed"),
        N("en", "kw", "高频事项", 5, "个", "How many high-frequency service items with read-and-apply links does the science commission mention for 2024?", P + "items"),
        N("zh", "kw", "微信公众号共编发文章", 294, "篇", "上海科委的公众号2024年原创文章发了多少篇", P + "original wechat articles"),
        N("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal government press conferences held in 2025 per the General Office report?", P + "press conferences"),
        N("zh", "sh25", "新闻通气会", 19, "场", "上海市府办2025年年报说开了几场新闻通气会", P + "briefings"),
        N("en", "sh25", "申请人主动撤回", 157, "件", "Shanghai General Office 2025: requests withdrawn by the applicants themselves?", P + "withdrawn"),
        N("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报编了几期", P + "gazette issues"),
        N("en", "sh25", "数字公报", 16, "个", "How many districts of Shanghai had a digital gazette live, per the 2025 General Office report?", P + "districts (count, not a breakdown)"),
        N("zh", "sh25", "公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查", P + "reviews"),
        N("en", "sh19", "政策解读共132件", 132, "件", "Shanghai General Office 2019 — policy interpretations posted on the China Shanghai portal?", P + "interpretations"),
        N("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次", P + "releases"),
        N("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019?", P + "websites"),
        N("zh", "sh19", "主动公开率达90.2%", 90.2, "%", "上海市府办2019年市政府公文主动公开率是多少", P + "percentage"),
        N("en", "sh19", "统一受理平台接入53个部门", 2261, "项", "Shanghai 2019 one-stop platform: how many service items were connected?", P + "items"),
        N("zh", "jx", "办结率", 88.2, "%", "涧西区政府办2020年依申请公开办结率多少", P + "percentage"),
        N("en", "jx", "设置26个试点领域", 26, "个", "Jianxi 2020: how many pilot areas for standardized grassroots disclosure?", P + "pilot areas"),
        N("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开了多少个专栏", P + "columns"),
        N("en", "sh25", "人事任免文件 196", 196, "件", "Shanghai 2025: personnel appointment documents proactively published?", P + "appointments"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市清江浦区2024年收到多少信息公开申请", "清江浦区 is a district of 淮安; only 淮安市人民政府's own report is held", P + "place inside a body"),
        U("en", "How many disclosure requests did Huai'an's Huaiyin District get in 2024?", "only the city government's report is held, no district breakdown", P + "place inside a body"),
        U("zh", "洪泽区高良涧街道2023年依申请公开多少件", "township/street-level figures are not in the district report", P + "place inside a body"),
        U("en", "Shuyang 2025, how many requests came from Shucheng subdistrict (沭城街道)?", "no township breakdown in the county report", P + "place inside a body"),
        U("zh", "沭阳县钱集镇2025年行政复议有几件", "the county report has no township figures", P + "place inside a body"),
        U("en", "Pudong New Area 2025 disclosure requests?", "浦东新区 is not in the corpus; Shanghai reports hold no district figures", P + "place inside a body"),
        U("zh", "上海黄浦区2019年政府信息公开申请多少件", "黄浦区 not in the corpus; the 市府办 report has no district breakdown", P + "place inside a body"),
        U("en", "Luoyang city (洛阳市) 2020 disclosure requests total?", "only 涧西区政府办 (a district of 洛阳) is held", P + "parent not held"),
        U("zh", "淮安市2024年申请人里女性占多少", "no sex breakdown", P + "sex"),
        U("en", "Huai'an 2024 requests broken down by month — which month was busiest?", "no month breakdown", P + "month"),
        U("zh", "沭阳2025年通过网上申请的有几件，当面提交的几件", "no channel breakdown", P + "channel"),
        U("en", "what's the average response time in days for Shuyang County's 2025 requests", "no response times", P + "time"),
        U("zh", "洪泽区2023年政务公开办有几个工作人员", "no staff figure", P + "staff"),
        U("en", "Predict how many requests Huai'an will get in 2026.", "forecast", P + "forecast"),
        U("zh", "你觉得上海市府办2025年公开工作做得好不好", "opinion", P + "opinion"),
        U("en", "I filed a request with Shuyang County in 2025 about my house demolition, was mine one of the ones granted?", "one person's own case", P + "own case"),
        U("zh", "我爸2024年给淮安市政府写过申请，能查到他的名字和电话吗", "personal data", P + "personal data"),
        U("en", "Hongze District 2022 disclosure requests?", "洪泽区 2022 not held", P + "year not held"),
        U("zh", "沭阳县2024年收了多少申请", "沭阳 2024 not held (only 2025)", P + "year not held"),
        U("en", "Shanghai science commission 2023 — requests received?", "上海市科委 2023 not held", P + "year not held"),
        U("zh", "涧西区2021年依申请公开多少件", "涧西 2021 not held", P + "year not held"),
        U("en", "Shanghai General Office 2022 reconsideration cases?", "上海市府办 2022 not held", P + "year not held"),
        U("zh", "南京市政府2024年信息公开申请数量", "南京市 not in corpus", P + "body not held"),
        U("en", "Suqian city 2025 disclosure requests total?", "宿迁市 not held (沭阳 is a county of it)", P + "parent not held"),
        U("zh", "淮安2024年申请最多的是哪个话题，拆迁还是社保", "no topic breakdown", P + "topic"),
        U("en", "How many of Shanghai General Office's 2025 requests came from people living outside Shanghai?", "no residence breakdown", P + "residence"),
        U("zh", "淮安市2024年每个市直部门分别收了几件申请", "no department breakdown in the city report", P + "department"),
        U("en", "How much did Hongze spend running its disclosure office in 2023?", "no cost figure", P + "cost"),
        U("zh", "上海科委2024年申请人平均年龄多大", "no age breakdown", P + "age"),
        U("en", "Which industry did the companies that applied to Huai'an in 2024 belong to?", "no industry breakdown", P + "industry"),
        U("zh", "沭阳2025年第三季度收了多少申请", "no quarter breakdown", P + "quarter"),
        U("en", "Why did Hongze's request numbers change from 2023 to 2024?", "no reason stated", P + "reason"),
        U("zh", "淮安市涟水县2024年行政诉讼几件", "涟水县 is a county of 淮安; its report is not held", P + "place inside a body"),
        U("en", "Jianxi District 2020: how many requests were about land requisition specifically?", "no topic breakdown", P + "topic"),
        U("zh", "上海市闵行区2025年不予公开的有多少", "闵行区 not held", P + "place inside a body"),
        U("en", "Huai'an Qingjiangpu district (清江浦区) 2024 reconsiderations — how many?", "district not held", P + "place inside a body"),
        U("zh", "洪泽区岔河镇2024年行政许可多少件", "town figures not in the district report", P + "place inside a body"),
        U("en", "Will Shanghai General Office get more than 1500 requests in 2026?", "forecast", P + "forecast"),
        U("zh", "12345转过来一个来电：市民说他2025年向沭阳县申请过低保名单，问他那件办没办", "one person's own case", P + "own case"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年结转到下一年度继续办理的（不是上年结转过来的那个）", P + "结转下年 vs 上年", alt=ha_t(103)),
        T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after a reconsideration (not the direct ones), total?", P + "复议后起诉 vs 直接"),
        T("zh", "ha", "active.normative_docs.repealed", "淮安市2024年规范性文件废止了几件（不是制发）", P + "废止 vs 制发"),
        T("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025 — refused because info needed creating (not 'not held')?", P + "另行制作 vs 不掌握"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳2025年过程性信息不予公开的，不是内部事务那行", P + "过程性 vs 内部事务"),
        T("en", "hz23", "active.normative_docs.in_force", "Hongze 2023 normative docs currently in force — not the number issued", P + "现行有效 vs 制发"),
        T("zh", "ha", "a.review.other", "淮安市2024年复议“其他结果”那一列，不是纠正", P + "其他 vs 纠正", alt=ha_a(178)),
        T("en", "sh19", "active.procurement.projects", "Shanghai General Office 2019 procurement — number of projects, not the amount", P + "项目数 vs 金额"),
        T("zh", "sh19", "active.regulations.total_published", "上海市府办2019规章对外公开总数（不是本年新制作的）", P + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.partially_granted.total", "Huai'an 2024, partly disclosed only — don't count the fully disclosed ones", P + "部分公开 vs 予以公开"),
        T("zh", "ha", "r.received.legal_services", "淮安2024年法律服务机构提的申请，不是商业企业", P + "法律服务 vs 商业企业"),
        T("en", "sy", "a.litigation_direct.total", "Shuyang 2025 lawsuits filed directly (not after reconsideration)?", P + "直接 vs 复议后"),
        T("zh", "sy", "r.carried_over.total", "沭阳县2025年上年结转过来的申请，不是结转下年的", P + "上年 vs 下年"),
        T("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024 internal-affairs refusals — not the process-information row", P + "内部事务 vs 过程性"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
