"""Question bank of blind evaluation set 188 (evals/blind188), prefix fz.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Emphasis: everyday traffic typed on a phone (short Chinese with stray spaces and homophone
slips, doubled punctuation, two-digit years, colloquial non-native English, Chinese labels in
brackets, a short story before the question, fillers after it, bodies by their everyday short
names, reports named loosely). All wordings written for this set.

The bank names only bodies, keys, keywords and wordings. Every number in an `expect` is
computed by helpers188 from corpus/gold/*.json, or, for the three reports without gold, parsed
from the printed table line named in SPECS (the same cells blind6's text_cells.json verified),
or cut from the report text (narrative sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib188 as L  # noqa: E402
from helpers188 import C, D, E, EN, EU, F, N, R, S, T, U, V, cols  # noqa: E402

# Printed cells of the reports without gold: (kind, label or anchor, index), exactly the specs
# of blind6's text_cells.json (verified there; re-checked by validate_blind188.py).
_HZ_AP = "四、政府信息公开行政复议、行政诉讼情况"
_SH_AP = "注：行政复议、行政诉讼数量含上年度结转数量。"
_NEW = "一、本年新收政府信息公开申请数量"
_OVER = "二、上年结转政府信息公开申请数量"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _HZ_AP, 14),
        "appeals.litigation_direct.total": ("after", _HZ_AP, 9),
        "appeals.review.total": ("after", _HZ_AP, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", _NEW, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", _OVER, 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", _NEW, 1),
        "requests.received.natural_person": ("row", _NEW, 0),
        "requests.received.total": ("row", _NEW, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _SH_AP, 14),
        "appeals.litigation_direct.pending": ("after", _SH_AP, 8),
        "appeals.litigation_direct.total": ("after", _SH_AP, 9),
        "appeals.review.pending": ("after", _SH_AP, 3),
        "appeals.review.total": ("after", _SH_AP, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", _OVER, 4),
        "requests.carried_over.natural_person": ("row", _OVER, 0),
        "requests.carried_over.total": ("row", _OVER, 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", _NEW, 1),
        "requests.received.natural_person": ("row", _NEW, 0),
        "requests.received.total": ("row", _NEW, 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

WY = {"unit": "万元"}  # money cells carry their unit

# Text sentences that state the same number as a table cell (question marked ambiguous,
# sentence or cell both accepted): (keyword locating the sentence, number).
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("答复 3050", 3050)
HA_OVER = ("含上年度结转申请 34", 34)
HA_FWD = ("另有 103 件顺延", 103)
HA_UPHELD = ("其中结果维持 72", 72)
HA_OTHER = ("其他结果 178", 178)
HA_LIT = ("行政诉讼 46", 46)
HZ_RECV = ("全区受理政府信息公开申请 21", 21)
SH19_RECV = ("共受理政府信息公开申请859件", 859)
SH19_DONE = ("答复政府信息公开申请805件", 805)
SH19_OVER = ("含上年度结转申请18件", 18)
SH19_FWD = ("另有72件申请", 72)
SH19_NORM = ("行政规范性文件60件", 60)
SH19_NOTPROC = ("不予处理158件", 158)
JX_RECV = ("全年共收到依申请公开17件", 17)
JX_DONE = ("办结15件", 15)
KW_RECV = ("全年收到政府信息公开申请 34", 34)
KW_GRANT = ("同意公开答复 9", 9)
SH25_RECV = ("市政府共受理政府信息公开申请 1295", 1295)
SH25_OVER = ("含上年结转 189", 189)
SY_FWD = ("结转下一年 31", 31)
SY_NP = ("其中自然人申请 741", 741)
SY_CASES = ("全县共办理相关案件 74", 74)
SY_DONE = ("共办理 718", 718)


def tag(t, note):
    return "%s %s" % (t, note)


# ------------------------------------------------------------------ [plain] value (91)
def plain():
    P = "[plain]"
    rows = [
        # 淮安市人民政府 2024 (21)
        ("en", "ha", "c.normative_docs.in_force",
         "my boss wants to know how many administrative normative docs (行政规范性文件) Huaian city still has in force, 2024 report. thanks in advance", {}),
        ("zh", "ha", "c.punishment.decisions",
         "淮安市正府 24年 行政处罚 一共做了多少个处理决定？？", {}),
        ("en", "ha", "c.licensing.decisions",
         "Reporter here, doing a short piece on Huai'an. How many administrative licensing decisions (行政许可) did the city make in 2024?", {}),
        ("en", "ha", "c.fees.amount",
         "Huaian city 2024 - admin fees (行政事业性收费) they collected, how much? in wan yuan pls", WY),
        ("zh", "ha", "r.received.commercial",
         "那份24年淮安的报告里，商业企业新交上来的申请有几件", {}),
        ("en", "ha", "r.partially_granted.total",
         "huaian '24 how many requests only got partly disclosed?? (部分公开)", {}),
        ("en", "ha", "r.withheld.admin_query.total",
         "In the 2024 Huai'an report, how many applications were turned down for being 行政查询事项? only need the total number, ty", {}),
        ("zh", "ha", "r.withheld.state_secret.total",
         "淮安2024年 因为涉及国家秘密 没给公开的申请 有几个啊", {}),
        ("en", "ha", "r.unable.not_held.total",
         "my dad asked the city for an old land document and got told 本机关不掌握, is that common?? like in Huaian 2024 how many requests got this answer in total", {}),
        ("en", "ha", "r.unable.not_held.commercial",
         "I do the paperwork at a small trading company and Huaian once told us they dont hold the info we asked for. In Huaian's 2024 report, how many business applicants (商业企业) got that same answer?", {}),
        ("en", "ha", "r.not_processed.petition.total",
         "Huaian 2024, table three, the row 信访举报投诉类申请 — what number is in the total column?", {}),
        ("zh", "ha", "r.not_processed.duplicate.total",
         "淮安 2024年 属于重复申清、不予处理的 是几件", {}),
        ("en", "ha", "r.other.overdue_correction.total",
         "For Huaian city in 2024, how many application got closed because applicant didnt give the supplement materials on time (逾期不补正)?", {}),
        ("en", "ha", "a.review.corrected",
         "Huaian 2024: info-disclosure administrative reconsiderations where the result was corrected (结果纠正) — how many??", {}),
        ("zh", "ha", "a.litigation_direct.total",
         "淮安市政府2024年 没经过复议 直接去法院起诉的 一共几件", {}),
        ("zh", "ha", "a.litigation_after_review.pending",
         "淮安市政府2024年，复议完又去起诉的官司，还没审完的有几件", {}),
        ("en", "ha", "c.regulations.in_force",
         "Huaian 2024: how many municipal regulations (规章) are currently valid? the 现行有效 column pls", {}),
        ("en", "ha", "r.total_processed.total",
         "quick one - Huaian 2024, how many applications did the city finish handling in total ((七)总计)?", {"alt": HA_DONE}),
        ("zh", "ha", "r.granted.natural_person",
         "淮安24年 自然人的申请 予以公开 的有多少件啊。。", {}),
        ("en", "ha", "r.withheld.prohibited_by_law.total",
         "Hello, I am exchange student from Korea and I study Chinese open government. Huaian 2024, how many request were refused because other law or regulation forbid it (其他法律行政法规禁止公开)? Thank you very much", {}),
        ("en", "ha", "r.other.other.total",
         "Huai'an city 2024, under 其他处理 there is a sub-item '3、其他' — how many went there?", {}),
        # 沭阳县人民政府 2025 (18)
        ("zh", "sy", "r.received.total",
         "沭阳25年 新收申请 总计几件？只要本年新收那行的数 结转的不要", {}),
        ("en", "sy", "r.carried_over.total",
         "Shuyang County 2025 report: how many requests were still open from 2024 and got carried into 2025?", {}),
        ("en", "sy", "r.granted.total",
         "in Shuyang's 2025 report how many requests were granted in full (予以公开)?", {}),
        ("zh", "sy", "c.licensing.decisions",
         "沭阳县政府2025年 行政许可 处理决定数 是多少呀", {}),
        ("en", "sy", "c.coercion.decisions",
         "Shuyang 2025, administrative coercion (行政强制) decisions — what's the number?", {}),
        ("en", "sy", "c.fees.amount",
         "How much admin fee money Shuyang County collected in 2025? figure in 万元 please", WY),
        ("en", "sy", "c.normative_docs.in_force",
         "shuyang FY25 normative docs still valid, how many", {}),
        ("zh", "sy", "c.normative_docs.issued",
         "沭阳 2025 年新制发了几件行政规范性文件 ？", {}),
        ("en", "sy", "r.withheld.internal_affairs.total",
         "Shuyang 2025: requests refused because it was internal affairs info (三类内部事务信息) — count?", {}),
        ("en", "sy", "r.other.overdue_correction.total",
         "Shuyang County 2025, how many applications were dropped since the applicant never came back with the corrections they were asked for?", {}),
        ("zh", "sy", "r.other.overdue_fee.total",
         "沭阳县 2025年 申请人超期没交费、就不再处理了的 有几件", {}),
        ("en", "sy", "a.review.total",
         "my uncle lives in Shuyang and once filed a reconsideration, so im curious — Shuyang 2025, total administrative reconsideration cases about info disclosure?", {}),
        ("zh", "sy", "a.review.pending",
         "述阳县2025年 行政复议 还没审结的 有几件？", {}),
        ("zh", "sy", "a.litigation_after_review.total",
         "沭阳 25年 先复议 后来又起诉的 一共几件", {}),
        ("en", "sy", "r.partially_granted.natural_person",
         "Shuyang 2025, how many requests from private individuals (自然人) ended in partial disclosure?", {}),
        ("en", "sy", "r.carried_forward.total",
         "my teacher asked us to check this: Shuyang County 2025, how many requests were rolled over into 2026?", {"alt": SY_FWD}),
        ("en", "sy", "r.withheld.enforcement_files.total",
         "Shuyang 2025, requests refused as administrative enforcement case files (行政执法案卷)? thanks!!", {}),
        ("en", "sy", "c.punishment.decisions",
         "Shuyang County 2025 how many administrative penalty decisions, the 行政处罚 row", {}),
        # 上海市人民政府办公厅 2019 (12)
        ("en", "sh19", "c.regulations.total_published",
         "Shanghai General Office 2019: total number of regulations released to the public so far (对外公开总数量)?", {}),
        ("zh", "sh19", "c.normative_docs.total_published",
         "上海市府办2019年 规范性文件 对外公开总数量 是多少", {}),
        ("en", "sh19", "r.withheld.state_secret.natural_person",
         "Shanghai govt general office, 2019 — individuals' requests refused as state secrets (属于国家秘密)?", {}),
        ("zh", "sh19", "r.received.commercial",
         "上海市政府办公厅 2019年 商业企业 新提的申请 几件", {}),
        ("zh", "sh19", "r.carried_over.total",
         "上海那个市府办 19年 上年结转的申请 有几件呢", {"alt": SH19_OVER}),
        ("en", "sh19", "r.carried_forward.total",
         "How many applications did Shanghai's General Office push on into 2020? (2019 report)", {"alt": SH19_FWD}),
        ("en", "sh19", "r.not_processed.petition.natural_person",
         "Shanghai General Office 2019: requests from individuals that were not processed because they were really petitions/complaints (信访举报投诉类)?", {}),
        ("en", "sh19", "a.litigation_direct.upheld",
         "Shanghai gen office 2019 — direct lawsuits where the result was upheld?", {}),
        ("zh", "sh19", "a.review.pending",
         "上海市政府办公厅2019年 行政复意 尚未审结的有几件？", {}),
        ("en", "sh19", "r.unable.needs_creation.natural_person",
         "Shanghai General Office 2019, requests by natural persons where there was no ready-made info and it would have to be produced (没有现成信息需要另行制作)?", {}),
        ("en", "sh19", "r.received.legal_services",
         "Shanghai General Office 2019 — new applications filed by legal service institutions (法律服务机构)?", {}),
        ("en", "sh19", "r.withheld.admin_query.commercial",
         "2019 Shanghai General Office: how many company applicants were refused because the request was an administrative query (行政查询事项)?", {}),
        # 淮安市洪泽区人民政府 2023 (10)
        ("zh", "hz23", "c.licensing.decisions",
         "洪泽区2023年 行政许可 处理决定 多少个", {}),
        ("en", "hz23", "c.punishment.decisions",
         "hi, Hongze District 2023 number of administrative penalty decision? need it for a school report, thx", {}),
        ("en", "hz23", "c.normative_docs.in_force",
         "Hongze 2023 — normative documents currently in force (现行有效件数)?", {}),
        ("en", "hz23", "c.fees.amount",
         "in Hongze's 2023 disclosure report, how much admin fee income is reported? (万元)", WY),
        ("zh", "hz23", "r.partially_granted.total",
         "洪泽 2023 部分公开的申请 有几件啊", {}),
        ("en", "hz23", "r.unable.not_held.total",
         "Hongze District 2023: requests where the district government said it didn't hold the info?", {}),
        ("en", "hz23", "a.review.upheld",
         "Hongze '23: reconsideration cases where original decision was upheld (结果维持)?", {}),
        ("zh", "hz23", "a.litigation_after_review.upheld",
         "洪泽区 23年 复议后起诉 结果维持 的有几起？", {}),
        ("en", "hz23", "r.withheld.process_info.total",
         "Hongze 2023, how many requests were refused as process information (过程性信息)?", {}),
        ("en", "hz23", "c.coercion.decisions",
         "Hongze District govt 2023 administrative coercion decisions", {}),
        # 涧西区人民政府办公室 2020 (8)
        ("en", "jx", "c.procurement.amount",
         "Jianxi District government office, 2020 — what was the centralized procurement amount?", WY),
        ("zh", "jx", "c.procurement.projects",
         "涧西区政府办2020年 政府集中采购项目 几个？？", {}),
        ("en", "jx", "c.normative_docs.made",
         "Jianxi 2020: normative documents newly made (本年新制作数量)?", {}),
        ("en", "jx", "r.granted.total",
         "Jianxi district office in 2020 - how many requests were fully granted?", {}),
        ("zh", "jx", "a.review.total",
         "涧西 2020年 信息公开方面的行政复议 有几件", {}),
        ("en", "jx", "a.litigation_after_review.total",
         "Jianxi 2020: lawsuits filed after reconsideration (复议后起诉) — total?", {}),
        ("zh", "jx", "r.unable.not_held.total",
         "涧西区政府办 2020年的报告 回复“本机关不掌握”的 有几件", {}),
        ("en", "jx", "r.received.natural_person",
         "jianxi district 2020, new applications from individuals?", {"alt": JX_RECV}),
        # 淮安市洪泽区人民政府 2024 (7, printed rows)
        ("en", "hz24", "c.licensing.decisions",
         "Hongze 2024 licensing decisions, how many? thx", {}),
        ("zh", "hz24", "c.punishment.decisions",
         "洪泽区2024年 行政处罚决定 数量", {}),
        ("en", "hz24", "c.fees.amount",
         "Hongze District, 2024: fees collected (行政事业性收费), in 万元?", WY),
        ("en", "hz24", "r.granted.total",
         "In Hongze's 2024 report, requests granted in full?", {}),
        ("zh", "hz24", "a.review.total",
         "洪泽24年 行政复议 总计 几件啊", {}),
        ("en", "hz24", "a.litigation_after_review.total",
         "Hongze District 2024, total lawsuits brought after a reconsideration?", {}),
        ("zh", "hz24", "r.unable.not_held.total",
         "洪泽 2024年 因为本机关不掌握 没法提供的 有多少件", {}),
        # 上海市科学技术委员会 2024 (6, printed rows)
        ("en", "kw", "c.licensing.decisions",
         "STCSM 2024, administrative licensing decisions?", {}),
        ("zh", "kw", "c.normative_docs.in_force",
         "上海科委2024年 规范性文件 现行有效 几件", {}),
        ("en", "kw", "r.received.commercial",
         "I work at a biotech startup in Zhangjiang and we sometimes ask the science commission for documents. Shanghai science commission 2024: how many requests came from companies like us?", {}),
        ("en", "kw", "r.received.natural_person",
         "STCSM 2024 how many new applications from individual citizens?", {}),
        ("zh", "kw", "r.received.total",
         "市科委 2024 年 新收的申请 总共多少", {"alt": KW_RECV}),
        ("en", "kw", "c.punishment.decisions",
         "Science and Technology Commission of Shanghai, 2024 — 行政处罚 decisions?", {}),
        # 上海市人民政府办公厅 2025 (9, printed rows)
        ("en", "sh25", "r.carried_forward.total",
         "Shanghai General Office 2025, how many requests were carried forward into 2026?", {}),
        ("zh", "sh25", "r.not_processed.duplicate.total",
         "上海市府办2025 重复申请 几件？", {}),
        ("en", "sh25", "r.not_processed.petition.total",
         "Shanghai gen office 2025, requests that were basically petitions or complaints (信访举报投诉类申请)?", {}),
        ("en", "sh25", "a.review.total",
         "Shanghai General Office 2025 — how many administrative reconsiderations in total?", {}),
        ("zh", "sh25", "r.unable.not_held.total",
         "上海市政府办公厅 2025年 本机关不掌握 的申请 有多少件", {}),
        ("en", "sh25", "r.received.natural_person",
         "Shanghai Municipal General Office, 2025: new requests from natural persons", {}),
        ("en", "sh25", "a.litigation_direct.pending",
         "Shanghai General Office 2025 — direct lawsuits not concluded yet?", {}),
        ("en", "sh25", "r.unable.needs_creation.total",
         "Shanghai GO 2025: cases where there was no ready-made info and they'd need to create it?", {}),
        ("en", "sh25", "r.granted.total",
         "Shanghai General Office 2025 how many applications were granted in full", {}),
    ]
    out = []
    for lang, b, keys, q, kw in rows:
        kw = dict(kw)
        out.append(V(lang, b, keys, q, tag(P, "one table value, phone wording"), **kw))
    return out


# ------------------------------------------------------------------ [combine] sum (16) + difference (10)
def combine():
    P = "[combine]"
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    U3 = ["r.unable.%s.total" % s for s in L.UNABLE]
    AP3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
    sums = [
        ("en", "ha", W8,
         "Huaian 2024: add up every reason under 不予公开 (state secret, other laws, 三安全一稳定, third party, internal affairs, process info, enforcement files, admin query). whats the total?", {}),
        ("en", "ha", ["r.granted.total", "r.partially_granted.total"],
         "im writing my thesis on 淮安 open government. in the 2024 report, fully disclosed (予以公开) plus partly disclosed (部分公开), together how many is that?", {}),
        ("zh", "ha", AP3,
         "淮安2024年 行政复议 加上 两种行政诉讼（直接起诉+复议后起诉）一共多少件。。麻烦算下", {}),
        ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
         "Huaian 2024, lawsuits over info disclosure — the direct ones plus the ones after reconsideration, combined?", {"alt": HA_LIT}),
        ("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
         "Shuyang 2025: individuals' requests, new ones plus the ones carried over from 2024, together?", {"alt": SY_NP}),
        ("en", "sy", W8,
         "for Shuyang County 2025 could you sum all the 不予公开 sub-rows (1 to 8)? total column only", {}),
        ("zh", "sy", U3,
         "沭阳2025年 无法提供 三种情况加起来 多少件（不掌握+需另行制作+补正后仍不明确）", {}),
        ("en", "sy", AP3,
         "Shuyang 2025 — reconsiderations plus both kinds of lawsuits, how many cases altogether?", {"alt": SY_CASES}),
        ("en", "sh19", cols("granted"),
         "Shanghai General Office 2019: the 予以公开 row has an empty total cell. If I add up individuals and all the organisation columns what do I get?",
         {"printed_total": ["r.granted.total"]}),
        ("en", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.petition.commercial",
                        "r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"],
         "Shanghai gen office 2019 — petitions (信访举报投诉类) plus duplicate requests (重复申请), individuals and companies both, add it all up pls", {"alt": SH19_NOTPROC}),
        ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
         "洪泽区2023年 行政许可、行政处罚、行政强制 三项处理决定 加一起 多少", {}),
        ("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                        "r.withheld.enforcement_files.total"],
         "Hongze 2023: refused as state secret + refused as process info + refused as enforcement files, whats the total?", {}),
        ("en", "kw", ["r.received.total", "r.carried_over.total"],
         "STCSM 2024: new applications plus the ones carried over from 2023 — total workload?", {}),
        ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
         "上海市府办 2025年 信访举报投诉类 和 重复申请 两项加起来是多少？？ 谢谢啦", {}),
        ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
         "Hongze District 2024 — licensing + penalty + coercion decisions, all added together? my calculator app broke lol", {}),
        ("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
         "上海市政府办公厅25年 不掌握 + 需要另行制作 一共几件", {}),
    ]
    out = []
    for lang, b, keys, q, kw in sums:
        assert len(keys) >= 2
        out.append(S(lang, b, keys, q, tag(P, "sum of the listed cells of one report"), **dict(kw)))
    diffs = [
        ("en", "hz23", "hz24", "c.licensing.decisions",
         "Hongze licensing decisions went from 2023 to 2024 — by how much did it change?", {}),
        ("zh", "hz23", "hz24", "c.punishment.decisions",
         "洪泽区 行政处罚决定 2024年比2023年 多了还是少了 差多少啊", {}),
        ("en", "hz23", "hz24", "c.fees.amount",
         "Hongze fee income (行政事业性收费), 2024 vs 2023: what's the difference in 万元?", WY),
        ("en", "hz23", "hz24", "r.unable.not_held.total",
         "How much did Hongze's 'info not held' answers grow from 2023 to 2024?", {}),
        ("en", "hz23", "hz24", "c.coercion.decisions",
         "Hongze District administrative coercion decisions, change between 2023 and 2024?", {}),
        ("en", "sh19", "sh25", "r.received.total",
         "I'm a reporter at a local paper. Shanghai General Office new requests, 2025 compared with 2019 — how many more did they get?", {}),
        ("zh", "sh19", "sh25", "r.carried_forward.total",
         "上海市府办 结转下年度继续办理的申请，2025年比2019年多了多少件", {}),
        ("en", "sh19", "sh25", "a.review.total",
         "Shanghai General Office reconsideration cases: 2019 vs 2025, difference?", {}),
        ("en", "sh19", "sh25", "a.litigation_direct.total",
         "Direct lawsuits against Shanghai's General Office, 2019 to 2025 — up or down, and by how many?", {}),
        ("zh", "sh19", "sh25", "r.received.natural_person",
         "上海市政府办公厅 自然人新收申请 从2019年到2025年 增加了多少", {}),
    ]
    for lang, b1, b2, keys, q, kw in diffs:
        out.append(D(lang, b1, b2, keys, q, tag(P, "later year minus earlier year, one body"), **dict(kw)))
    return out


# ------------------------------------------------------------------ [rank] ranking (13)
def rank():
    P = "[rank]"
    rows = [
        ("en", ["ha", "sy", "sh19"], "r.received.total", "desc",
         "Which got the most new requests: Huaian city govt in 2024, Shuyang County in 2025, or the Shanghai General Office in 2019?"),
        ("en", ["jx", "hz23", "sh19"], "r.received.total", "asc",
         "Of Jianxi District office (2020), Hongze District (2023) and Shanghai General Office (2019), who received the fewest new applications?"),
        ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
         "淮安市2024、洪泽区2023、沭阳县2025 这三家 行政许可决定 谁最多？"),
        ("en", ["ha", "hz23", "sy", "jx"], "c.punishment.decisions", "desc",
         "penalty decisions (行政处罚): Huaian 2024, Hongze 2023, Shuyang 2025, Jianxi 2020 — which one is highest?"),
        ("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
         "Lowest admin fee income among Huaian (2024), Hongze (2023) and Shuyang (2025)?"),
        ("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc",
         "结转到下一年的申请：沭阳2025年、上海市府办2019年、涧西区2020年，哪家最多"),
        ("en", ["jx", "sy", "sh19"], "a.review.total", "desc",
         "Most reconsideration cases: Jianxi in 2020, Shuyang in 2025 or Shanghai General Office in 2019?"),
        ("en", ["hz23", "sy", "sh19"], "a.litigation_direct.total", "desc",
         "Direct lawsuits — compare Hongze District 2023, Shuyang County 2025, Shanghai General Office 2019. which had the most?"),
        ("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
         "comparing for a class presentation: who has the fewest normative documents in force, Huaian 2024, Hongze 2023 or Shuyang 2025?"),
        ("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc",
         "“本机关不掌握”的申请 淮安2024 洪泽2023 沭阳2025 涧西2020 哪个最少？？"),
        ("en", ["sy", "sh19", "jx"], "r.received.commercial", "desc",
         "Requests from companies: Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which had the most?"),
        ("en", ["hz23", "sy", "jx"], "r.partially_granted.total", "desc",
         "partial disclosures (部分公开) — Hongze 2023 vs Shuyang 2025 vs Jianxi 2020, who's on top?"),
        ("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "desc",
         "行政强制决定数 淮安市24年、洪泽区23年、沭阳县25年 排第一的是谁"),
    ]
    out = []
    for lang, bodies, keys, order, q in rows:
        assert 3 <= len(bodies) <= 4 and all(L.gold(b) for b in bodies)
        out.append(R(lang, bodies, keys, order, q, tag(P, "ranking over gold bodies, each in its report year")))
    return out


# ------------------------------------------------------------------ [neighbour] trap (13)
def neighbour():
    P = "[neighbour]"
    rows = [
        ("en", "ha", "r.carried_over.total",
         "Huaian 2024: how many applications were left over from 2023 and handled in 2024?",
         "上年结转 34, not 结转下年 103", {"alt": HA_OVER}),
        ("en", "ha", "a.litigation_after_review.total",
         "Huaian 2024: how many lawsuits were filed by people who had first gone through reconsideration?",
         "复议后起诉 20, not 直接起诉 26", {}),
        ("en", "ha", "c.normative_docs.repealed",
         "How many normative documents did Huaian abolish (废止) in 2024?",
         "废止 26, not 制发 8 / 现行有效 66", {}),
        ("zh", "sy", "r.unable.needs_creation.total",
         "沭阳2025年 因为没有现成信息、要另外制作 所以没法提供的 有几件",
         "另行制作 2, not 不掌握 111", {}),
        ("en", "sy", "r.withheld.process_info.total",
         "Shuyang 2025: refusals because the info was still in process / under deliberation (四类过程性信息)?",
         "过程性信息 2, not 内部事务 13", {}),
        ("en", "sh19", "c.procurement.projects",
         "Shanghai General Office 2019 centralized procurement — how many projects? (the count, not the money)",
         "采购项目数 6, not 金额 25.1", {}),
        ("en", "sh19", "c.normative_docs.made",
         "Shanghai General Office 2019: normative documents newly made (本年新制作数量), not the cumulative total?",
         "新制作 60, not 对外公开总数 368", {"alt": SH19_NORM}),
        ("zh", "jx", "r.carried_over.total",
         "涧西区政府办2020年 从2019年结转过来的申请 有几件",
         "上年结转 0, not 结转下年 2", {}),
        ("zh", "hz23", "a.review.corrected",
         "洪泽区2023年 行政复议 结果纠正 的 几件",
         "结果纠正 1, not 结果维持 10", {}),
        ("en", "sy", "r.partially_granted.total",
         "Shuyang County 2025 partial disclosure (部分公开) count, all applicants",
         "部分公开 101, not 予以公开 294", {}),
        ("en", "ha", "r.received.legal_services",
         "law firms / legal service orgs (法律服务机构) — how many new requests did they file with Huaian in 2024?",
         "法律服务机构 61, not 商业企业 53", {}),
        ("zh", "sh25", "r.carried_over.total",
         "上海市府办2025年 上年结转过来的申请 有多少",
         "上年结转 189, not 结转下年 293", {"alt": SH25_OVER}),
        ("en", "ha", "a.review.other",
         "Huaian 2024 reconsiderations that ended with an 'other result' (其他结果)?",
         "其他结果 178, not 纠正 64", {"alt": HA_OTHER}),
    ]
    out = []
    for lang, b, keys, q, what, kw in rows:
        out.append(T(lang, b, keys, q, tag(P, "neighbouring-cell trap: " + what), **dict(kw)))
    return out


# ------------------------------------------------------------------ [followup] followup (39)
def followup():
    P = "[followup]"

    def f(lang, turns, what):
        return F(lang, [(q, E(b, k, **dict(kw))) for q, b, k, kw in turns], tag(P, what))

    x = {}
    return [
        f("en", [("hey quick q: Hongze District 2023 licensing decisions (行政许可)?", "hz23", "c.licensing.decisions", x),
                 ("and for 2024, same thing?", "hz24", "c.licensing.decisions", x)], "year switch"),
        f("zh", [("洪泽区2023年 行政处罚决定数 多少", "hz23", "c.punishment.decisions", x),
                 ("换成24年 看看", "hz24", "c.punishment.decisions", x)], "year switch"),
        f("en", [("Shanghai General Office, 2019: how many new requests they receive total?", "sh19", "r.received.total", {"alt": SH19_RECV}),
                 ("ok and 2025?", "sh25", "r.received.total", {"alt": SH25_RECV})], "year switch"),
        f("en", [("Shanghai gen office 2019, how many admin reconsiderations in total?", "sh19", "a.review.total", x),
                 ("how about 2025 then", "sh25", "a.review.total", x)], "year switch"),
        f("zh", [("上海市府办2019年 结转到下年度继续办的申请 多少件", "sh19", "r.carried_forward.total", {"alt": SH19_FWD}),
                 ("2025年呢？？", "sh25", "r.carried_forward.total", x)], "year switch"),
        f("en", [("Huaian 2024, new requests received (本年新收), total?", "ha", "r.received.total", {"alt": HA_RECV}),
                 ("same line for Shuyang 2025?", "sy", "r.received.total", x),
                 ("and Hongze in 2023", "hz23", "r.received.total", {"alt": HZ_RECV})], "body switch, twice"),
        f("en", [("Huaian city 2024 — info-disclosure reconsiderations, how many?", "ha", "a.review.total", x),
                 ("how many of those were upheld", "ha", "a.review.upheld", {"alt": HA_UPHELD}),
                 ("and corrected?", "ha", "a.review.corrected", x)], "column switch inside appeals"),
        f("zh", [("沭阳2025年 行政复议 总计多少", "sy", "a.review.total", x),
                 ("直接起诉的呢", "sy", "a.litigation_direct.total", x),
                 ("复议后起诉呢", "sy", "a.litigation_after_review.total", x)], "appeals group switch"),
        f("en", [("Shuyang 2025, requests granted in full?", "sy", "r.granted.total", x),
                 ("and refused as 行政查询事项?", "sy", "r.withheld.admin_query.total", x)], "row switch"),
        f("zh", [("淮安 2024年 本机关不掌握 的申情 几件", "ha", "r.unable.not_held.total", x),
                 ("只看自然人呢", "ha", "r.unable.not_held.natural_person", x)], "column switch"),
        f("en", [("Shuyang 2025: individuals, total processed ((七)总计)?", "sy", "r.total_processed.natural_person", x),
                 ("and individuals' requests carried forward to 2026?", "sy", "r.carried_forward.natural_person", x)],
          "row switch"),
        f("zh", [("淮安2024 行政许可 处理决定 多少", "ha", "c.licensing.decisions", x),
                 ("行政处罚呢", "ha", "c.punishment.decisions", x),
                 ("行政强制呢？", "ha", "c.coercion.decisions", x)], "row switch, twice"),
        f("en", [("Jianxi 2020, how many requests were closed in total ((七)总计)?", "jx", "r.total_processed.total", {"alt": JX_DONE}),
                 ("and the Shanghai General Office in 2019?", "sh19", "r.total_processed.total", {"alt": SH19_DONE})],
          "body and year switch"),
        f("en", [("Hongze 2023 admin fee income, in 万元?", "hz23", "c.fees.amount", WY),
                 ("2024 pls", "hz24", "c.fees.amount", WY)], "year switch, money"),
        f("en", [("STCSM 2024 — new requests received in total?", "kw", "r.received.total", {"alt": KW_RECV}),
                 ("how many were granted in full", "kw", "r.granted.total", {"alt": KW_GRANT}),
                 ("and the (七)总计 line?", "kw", "r.total_processed.total", x)], "row switch, twice"),
        f("zh", [("上海科委2024年 行政许可 处理决定 几件", "kw", "c.licensing.decisions", x),
                 ("淮安市2024年呢", "ha", "c.licensing.decisions", x)], "body switch"),
        f("en", [("Shanghai General Office 2025 — new requests from companies (商业企业)?", "sh25", "r.received.commercial", x),
                 ("and in 2019?", "sh19", "r.received.commercial", x)], "year switch"),
        f("en", [("Shuyang 2025: duplicate requests (重复申请), total?", "sy", "r.not_processed.duplicate.total", x),
                 ("Huaian 2024?", "ha", "r.not_processed.duplicate.total", x)], "body and year switch"),
        f("en", [("Huaian 2024 administrative fee income (万元)?", "ha", "c.fees.amount", WY),
                 ("Shuyang 2025 then?", "sy", "c.fees.amount", WY),
                 ("and Hongze District 2023", "hz23", "c.fees.amount", WY)], "body switch, money"),
        f("zh", [("涧西区2020年 行政复议 几件", "jx", "a.review.total", x),
                 ("淮安市2024年的呢", "ha", "a.review.total", x)], "body and year switch"),
        f("en", [("Shuyang 2025, how many requests carried forward into 2026?", "sy", "r.carried_forward.total", {"alt": SY_FWD}),
                 ("and how many came in from 2024 (上年结转)?", "sy", "r.carried_over.total", x)], "row switch"),
        f("zh", [("洪泽24年 予以公开 几件", "hz24", "r.granted.total", x),
                 ("23年呢", "hz23", "r.granted.total", x)], "year switch"),
        f("en", [("Shanghai General Office 2019 — lawsuits filed directly (未经复议直接起诉), total?", "sh19", "a.litigation_direct.total", x),
                 ("same for 2025 pls", "sh25", "a.litigation_direct.total", x),
                 ("how many of the 2025 ones still pending", "sh25", "a.litigation_direct.pending", x)],
          "year switch, then column"),
        f("zh", [("淮安2024年 为了保护第三方合法权益 不予公开的 几件", "ha", "r.withheld.third_party.total", x),
                 ("沭阳2025年呢", "sy", "r.withheld.third_party.total", x)], "body and year switch"),
        f("en", [("Huaian 2024: applications dropped because the applicant didn't pay the fee in time?", "ha", "r.other.overdue_fee.total", x),
                 ("and Shuyang for 2025", "sy", "r.other.overdue_fee.total", x)], "body and year switch"),
        f("en", [("Hongze 2023, normative docs in force?", "hz23", "c.normative_docs.in_force", x),
                 ("and in their 2024 report?", "hz24", "c.normative_docs.in_force", x),
                 ("how many of them were newly issued in 2024", "hz24", "c.normative_docs.issued", x)],
          "year switch, then column"),
        f("en", [("Shuyang 2025 penalty decisions (行政处罚)?", "sy", "c.punishment.decisions", x),
                 ("what about Hongze in 2024", "hz24", "c.punishment.decisions", x)], "body and year switch"),
        f("en", [("Shanghai General Office 2025: individuals' requests carried over from 2024?", "sh25", "r.carried_over.natural_person", x),
                 ("and from legal service orgs (法律服务机构)?", "sh25", "r.carried_over.legal_services", x)],
          "column switch"),
        f("zh", [("沭阳2025 新收申请里 商业企叶 几件", "sy", "r.received.commercial", x),
                 ("法律服务机构呢", "sy", "r.received.legal_services", x)], "column switch"),
        f("en", [("Huaian 2024 new requests from natural persons?", "ha", "r.received.natural_person", x),
                 ("and companies", "ha", "r.received.commercial", x),
                 ("other orgs (其他)?", "ha", "r.received.other_org", x)], "column switch, twice"),
        f("en", [("Jianxi District office 2020, procurement amount (万元)?", "jx", "c.procurement.amount", WY),
                 ("and Shanghai General Office, 2019?", "sh19", "c.procurement.amount", WY)], "body and year switch, money"),
        f("en", [("Huaian 2024 — direct lawsuits with the result upheld?", "ha", "a.litigation_direct.upheld", x),
                 ("and after reconsideration?", "ha", "a.litigation_after_review.upheld", x)], "appeals group switch"),
        f("zh", [("洪泽2023 本机关不掌握 几件", "hz23", "r.unable.not_held.total", x),
                 ("需要另行制作的呢", "hz23", "r.unable.needs_creation.total", x)], "row switch"),
        f("en", [("Shanghai General Office 2019, individuals refused because it was process info (过程性信息)?", "sh19", "r.withheld.process_info.natural_person", x),
                 ("and companies?", "sh19", "r.withheld.process_info.commercial", x)], "column switch"),
        f("en", [("Shuyang 2025 petition-type requests (信访举报投诉类), total?", "sy", "r.not_processed.petition.total", x),
                 ("and Jianxi in 2020?", "jx", "r.not_processed.petition.total", x)], "body and year switch"),
        f("zh", [("上海市府办2025年 新收申请 总计多少", "sh25", "r.received.total", {"alt": SH25_RECV}),
                 ("其中商业企业呢", "sh25", "r.received.commercial", x)], "column switch"),
        f("en", [("Hongze 2024: reconsiderations in total?", "hz24", "a.review.total", x),
                 ("direct lawsuits?", "hz24", "a.litigation_direct.total", x)], "appeals group switch"),
        f("en", [("Shuyang 2025 normative documents issued (制发)?", "sy", "c.normative_docs.issued", x),
                 ("repealed?", "sy", "c.normative_docs.repealed", x),
                 ("in force?", "sy", "c.normative_docs.in_force", x)], "column switch, twice"),
        f("zh", [("淮安2024年 予以公开 的申请 几件", "ha", "r.granted.total", x),
                 ("部分公开呢", "ha", "r.partially_granted.total", x)], "row switch"),
    ]


# ------------------------------------------------------------------ [textonly] narrative (39)
def textonly():
    P = "[textonly]"
    rows = [
        ("en", "jx", "26个试点领域", 26, "个",
         "The Jianxi District office 2020 report talks about pilot areas for standardising grassroots disclosure. how many pilot areas (试点领域)?"),
        ("zh", "jx", "601项事项", 601, "项",
         "涧西区2020年那份报告 梳理出来的公开事项 一共多少项"),
        ("en", "jx", "21个领域", 21, "个",
         "Jianxi 2020 — the disclosure items they sorted out were spread over how many fields (领域)?"),
        ("en", "ha", "制作政策解读", 21, "个",
         "Huai'an city 2024: how many policy interpretations (政策解读) were made, per the written part of the report?"),
        ("zh", "ha", "人民政府公报》6", 6, "期",
         "淮安市政府24年 一共出了几期 政府公报？"),
        ("en", "ha", "新闻发布会 12", 12, "场",
         "Reporter again — how many press conferences (新闻发布会) did Huaian hold in 2024 according to its report?"),
        ("en", "ha", "政务新媒体共计 95", 95, "个",
         "i follow lots of gov wechat accounts lol. Huaian 2024: how many government new-media accounts (政务新媒体) are run across the city?"),
        ("zh", "ha", "信息处理费 3940", 3940, "元",
         "淮安 2024年 信息处理费 一共收了多少钱"),
        ("en", "hz23", "1136", 1136, "条",
         "Hongze 2023, how many pieces of info were proactively posted on the government website platform?"),
        ("zh", "hz23", "信息处理费 0 元", 0, "元",
         "洪泽区2023年 收了多少信息处理费？？"),
        ("en", "hz24", "2428", 2428, "条",
         "in Hongze's 2024 report, how many items of government info went up on the website?"),
        ("en", "hz24", "公开政府常务会议", 7, "期",
         "Hongze District 2024: how many executive meetings (常务会议) were made public?"),
        ("zh", "hz24", "区政府办代表区政府受理", 17, "件",
         "洪泽区24年的报告里说 区政府办代表区政府受理了多少件申请"),
        ("en", "sy", "4511", 4511, "条",
         "Shuyang County 2025 — how many items did the county portal (门户网站) publish proactively?"),
        ("zh", "sy", "年度涌现爆款内容", 52, "条",
         "沭阳25年 爆款内容 有多少条？"),
        ("en", "sy", "推送系列原创短视频", 1113, "个",
         "saw a funny Shuyang gov video on douyin. how many original short videos did Shuyang push out in 2025, per their report?"),
        ("en", "sy", "催办提示", 84, "次",
         "Shuyang's 2025 report talks about a countdown alarm for requests. how many reminders (催办提示) were sent out?"),
        ("zh", "sy", "办前主动沟通", 49, "次",
         "沭阳县2025年 办前主动沟通 搞了几次"),
        ("en", "sy", "过期信息697", 697, "条",
         "Shuyang 2025, how many outdated items were cleaned up?"),
        ("en", "sy", "失效链接43", 43, "处",
         "Shuyang County 2025 — broken links (失效链接) fixed?"),
        ("zh", "sy", "64家单位", 64, "家",
         "沭阳2025年 集中公开年报的单位 一共多少家"),
        ("zh", "sy", "收取信息处理费共计380元", 380, "元",
         "沭阳 2025 年 全县收了多少信息处理费"),
        ("en", "kw", "直播 118", 118, "场",
         "STCSM 2024: how many live streams did they do on the 上海科技 video account?"),
        ("en", "kw", "1016823", 1016823, "人",
         "How many followers does the 'Shanghai Science' (上海科技) WeChat account have, per STCSM's 2024 report?"),
        ("zh", "kw", "主合办政协提案 85", 85, "件",
         "上海市科委 2024年 主办会办的政协提案 有多少件"),
        ("en", "kw", "网站全年累计发布信息 2139", 2139, "条",
         "Shanghai science commission 2024 — total items posted on the 'Shanghai Science' website?"),
        ("en", "kw", "集成式发布政策 121", 121, "条",
         "STCSM 2024: how many policies were batch-pushed for integrated release (集成式发布)?"),
        ("en", "kw", "其中原创文章", 294, "篇",
         "STCSM's 2024 report, WeChat account: how many original articles?"),
        ("en", "sh25", "新闻发布会 42", 42, "场",
         "Shanghai General Office 2025 report: how many municipal press conferences?"),
        ("zh", "sh25", "主动撤回 157", 157, "件",
         "上海市府办2025年 申请人自己主动撤回的申请 有几件"),
        ("en", "sh25", "上海市人民政府公报》24", 24, "期",
         "How many issues of the Shanghai Municipal Gazette (公报) were edited in 2025, per the General Office report?"),
        ("en", "sh25", "覆盖 10 个语种", 10, "个",
         "Shanghai General Office 2025: how many languages does the Shanghai International Services Portal cover now?"),
        ("zh", "sh25", "公文公开属性审查 166", 166, "件",
         "上海市政府办公厅2025年 公文公开属性审查 做了多少件"),
        ("en", "sh25", "人事任免文件 196", 196, "件",
         "Shanghai General Office 2025 — personnel appointment/removal documents (人事任免文件) published?"),
        ("en", "sh19", "2261项事项", 2261, "项",
         "Shanghai General Office 2019 — how many items (事项) were hooked up to the unified intake platform of 一网通办?"),
        ("zh", "sh19", "发布政策解读共132件", 132, "件",
         "上海市府办 2019年 在门户网站发布的政策解读 一共几件"),
        ("en", "sh19", "70家政府网站", 70, "家",
         "Shanghai General Office 2019: how many government websites were checked every quarter?"),
        ("en", "sh19", "41条短视频", 41, "条",
         "During the 2nd CIIE, how many short videos did 'Shanghai Release' post on Douyin? (Shanghai General Office 2019 report)"),
        ("en", "sh19", "进行权威发布共计38次", 38, "次",
         "Shanghai General Office 2019, how many times were key topics of executive meetings officially released?"),
    ]
    return [N(lang, b, kwd, v, unit, q, tag(P, "number stated only in the report text"))
            for lang, b, kwd, v, unit, q in rows]


# ------------------------------------------------------------------ [cannot] unanswerable (39)
def cannot():
    P = "[cannot]"
    rows = [
        ("en", "Huaian 2024: how many of the applicants were women? asking for a gender study project",
         "the report gives no breakdown of applicants by sex"),
        ("en", "How many information requests did Nanjing city receive in 2024?",
         "no Nanjing report in the corpus"),
        ("zh", "洪泽区2022年 收到多少 政府信息公开申请 ？？", "Hongze's 2022 report is not held (only 2023 and 2024)"),
        ("en", "Shuyang County 2024 licensing decisions?", "only Shuyang's 2025 report is held"),
        ("en", "STCSM 2023, how many requests did they get?", "only the science commission's 2024 report is held"),
        ("zh", "涧西区 2021年 行政复议 有几件", "only Jianxi's 2020 report is held"),
        ("en", "Shanghai General Office 2022 — total new requests?",
         "only the General Office's 2019 and 2025 reports are held"),
        ("en", "Pudong New Area 2025 info disclosure requests, how many?", "no Pudong report in the corpus"),
        ("zh", "淮安 2024年 每个月分别收到多少申请？", "no monthly breakdown in the report"),
        ("en", "Huaian 2024: what's the average number of days it took to answer a request?",
         "the report says replies were within the legal time limit, gives no durations"),
        ("en", "How many full-time staff did the Jianxi District office have on disclosure work in 2020?",
         "the report mentions a thin team but states no staff number"),
        ("en", "Can you predict how many requests Shuyang County will receive in 2026?",
         "a forecast; no report states it"),
        ("zh", "你觉得上海市府办2025年的政务公开 做得好不好？打几分", "an opinion; the report gives no score"),
        ("en", "Who was the applicant behind the Jianxi 2020 reconsideration case? name and phone number pls",
         "personal data, not in the report"),
        ("en", "Hongze 2023: which township or street (镇/街道) sent the most requests?",
         "no breakdown by township in the report"),
        ("en", "Huaian 2024: how many requests were about land acquisition and demolition (征地拆迁)?",
         "no breakdown of requests by topic"),
        ("zh", "沭阳 2025年 网上提交的申请 和 当面提交的 各多少", "no breakdown by channel"),
        ("en", "Of Huaian's 2024 applicants, how many live outside Huaian?", "no breakdown by residence"),
        ("en", "How much money did the Shanghai General Office spend on disclosure work in 2019?",
         "the report states no cost of the disclosure work"),
        ("en", "STCSM 2024 — how many applicants were under 30 years old?", "no breakdown by age"),
        ("zh", "宿迁市2025年的信息公开年报 申请数多少", "no Suqian report in the corpus"),
        ("zh", "清江浦区 2024年 依申请公开 收了多少件", "no Qingjiangpu report in the corpus"),
        ("en", "Shanghai General Office 2025: how many requests were about housing?",
         "no breakdown of requests by topic"),
        ("en", "Huaian 2024: how many requests came in during the third quarter (Q3)?", "no quarterly breakdown"),
        ("en", "Hongze District 2024 — why did the number of requests jump so much compared to 2023?",
         "the report states no cause for its request numbers"),
        ("zh", "上海科委2024年 信息公开工作 花了多少经费", "the report states no cost"),
        ("en", "Which Shuyang county department (局) received the most disclosure requests in 2025?",
         "no breakdown by department (only the 民政局 fee is named)"),
        ("en", "Huaian 2024: how many requests came from manufacturing companies?", "no breakdown by industry"),
        ("zh", "涧西区2020年 申请人的年龄分布 是怎样的", "no breakdown by age"),
        ("en", "Jianxi 2020 — how many requests were about urban-rural demolition (城乡征迁)?",
         "征迁 is named only as a publishing focus area; no request topics"),
        ("en", "Shanghai General Office 2025: of the 157 withdrawn requests, how many were from companies?",
         "the withdrawals are not broken down by applicant"),
        ("zh", "沭阳县2025年 行政复议案件 平均多久审结", "no durations in the report"),
        ("en", "I asked Hongze for my house demolition compensation files in 2024 and never got any answer. is my request one of the ones counted in their report? my name is Wang Li",
         "personal case; the report has no per-applicant data"),
        ("en", "Give me the names of the people who sued Huaian city government over disclosure in 2024",
         "personal data, not in the report"),
        ("zh", "洪泽区2024年 哪个部门被申请得最多", "no breakdown by department"),
        ("en", "STCSM 2024: how many WeChat articles got over 100k reads?", "not stated in the report"),
        ("en", "Huaian 2025 report — how many requests did they get?", "only Huaian's 2024 report is held"),
        ("zh", "上海市府办2019年 12月份 收到几件申请", "no monthly breakdown"),
        ("zh", "沭阳2025年 申请人对答复的满意率是多少", "no satisfaction figure in the report"),
    ]
    return [U(lang, q, why, tag(P, "no answer in the corpus: " + why)) for lang, q, why in rows]


def CONVERSATIONS():
    return plain() + combine() + rank() + neighbour() + followup() + textonly() + cannot()
