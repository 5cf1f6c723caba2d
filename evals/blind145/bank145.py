"""Question bank of blind set 145 (evals/blind145). Every wording here was written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers145 computes them from gold/*.json, from printed table
rows (SPECS, the cells blind6 had verified) or from a sentence cut from the report text.
Emphasis: about a third of the conversations must get no number ([cannot]).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib145 as L  # noqa: E402
from helpers145 import C, D, E, EN, EU, F, N, R, S, T, U, V  # noqa: E402

SPECS = {
    "hz24": {"active.coercion.decisions": ("row", "行政强制", 0),
             "active.fees.amount": ("row", "行政事业性收费", 0),
             "active.licensing.decisions": ("row", "行政许可", 0),
             "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
             "active.normative_docs.issued": ("row", "行政规范性文件", 0),
             "active.punishment.decisions": ("row", "行政处罚", 0),
             "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
             "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
             "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4)},
    "kw": {"active.licensing.decisions": ("row", "行政许可", 0),
           "active.normative_docs.in_force": ("row", "规范性文件", 2),
           "active.normative_docs.issued": ("row", "规范性文件", 0),
           "active.punishment.decisions": ("row", "行政处罚", 0),
           "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
           "requests.granted.total": ("row", "三、（一）予以公开", 6),
           "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
           "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
           "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
           "requests.total_processed.total": ("row", "（七）总计", 6)},
    "sh25": {"appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
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
             "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6)},
}
L.TEXT_SPECS.update(SPECS)

W = "万元"
GOLD5 = ["jx", "ha", "hz23", "sy", "sh19"]


def plain():
    P = "[plain] "
    z = [
        ("ha", "r.received.total", "淮安市政府2024年一共收到多少件政府信息公开申请？", {"alt": ("3119", 3119)}),
        ("ha", "r.granted.total", "24年淮安市申请人要啥就给啥、全部公开的申请有几件？", {}),
        ("ha", "r.unable.not_held.total", "二〇二四年淮安市政府以“本机关不掌握”为由没法提供的申请是多少件？", {}),
        ("ha", "r.withheld.admin_query.total", "淮安2024年有多少申请被认定为行政查询事项、没给公开？", {}),
        ("ha", "r.other.overdue_correction.total", "2024年淮安市有几件申请是因为申请人逾期没补正被当作撤回的？", {}),
        ("ha", "a.review.pending", "淮安市2024年因信息公开引起的行政复议，到年底还没审完的有几件？", {}),
        ("ha", "c.normative_docs.repealed", "2024年淮安市政府废掉了几件行政规范性文件？", {}),
        ("ha", "c.coercion.decisions", "淮安市2024年作出的行政强制决定有多少？", {}),
        ("ha", "r.received.legal_services", "2024年向淮安市政府申请信息公开的律所等法律服务机构，一共提了几件？", {}),
        ("hz23", "c.licensing.decisions", "洪泽区政府2023年行政许可办了多少件？", {}),
        ("hz23", "r.unable.needs_creation.total", "2023年洪泽区有几件申请因为要另行制作信息而没能提供？", {}),
        ("hz23", "a.review.upheld", "洪泽2023年信息公开行政复议，结果维持原处理的有几件？", {}),
        ("hz23", "c.fees.amount", "二〇二三年洪泽区行政事业性收费金额是多少？", {"unit": W}),
        ("hz24", "c.punishment.decisions", "洪泽区2024年一共做了多少个行政处罚决定？", {}),
        ("hz24", "c.normative_docs.in_force", "截至2024年底，洪泽区现行有效的行政规范性文件有几件？", {}),
        ("hz24", "a.litigation_after_review.total", "洪泽区政府2024年复议之后又被告上法院的案子总共几件？", {}),
        ("sy", "r.granted.total", "沭阳县政府2025年全部予以公开的申请有多少件？", {}),
        ("sy", "r.withheld.internal_affairs.total", "25年沭阳因为属于内部事务信息而不予公开的有几件？", {}),
        ("sy", "r.other.other.total", "2025年沭阳县申请处理结果里“其他”那一项是多少件？", {}),
        ("sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件有多少件？", {}),
        ("sy", "a.review.total", "沭阳县政府2025年因政府信息公开被申请行政复议总共几件？", {}),
        ("sy", "r.carried_over.total", "2025年沭阳县从上一年结转过来的申请有几件？", {}),
        ("kw", "r.granted.total", "上海科委2024年同意公开的申请数是多少？", {"alt": ("同意公开答复", 9)}),
        ("kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件数量是多少？", {}),
        ("kw", "r.received.commercial", "2024年上海市科委收到企业提出的信息公开申请有几件？", {}),
        ("sh25", "r.unable.not_held.total", "上海市府办2025年因为本机关不掌握而无法提供的有多少件？", {}),
        ("sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅把多少件申请当作信访举报投诉类不予处理？", {}),
        ("sh25", "a.review.total", "上海市政府办公厅2025年信息公开行政复议一共多少件？", {}),
        ("sh25", "r.carried_forward.total", "上海市府办2025年有多少件申请要结转到下一年继续办？", {}),
        ("sh19", "r.carried_forward.total", "上海市政府办公厅2019年结转到下年度继续办理的申请有几件？", {"alt": ("顺延到下年度答复", 72)}),
        ("sh19", "c.normative_docs.made", "2019年上海市府办新制作了多少件规范性文件？", {}),
        ("sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅有多少件个人申请因为需要另行制作而无法提供？", {}),
        ("jx", "r.granted.total", "涧西区政府办2020年予以公开的申请是几件？", {}),
        ("jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个？", {}),
        ("jx", "a.review.total", "2020年涧西区因为信息公开被申请复议了几次？", {}),
        ("sh19", "r.received.natural_person", "二〇一九年上海市政府办公厅收到个人（自然人）的新申请多少件？", {}),
        ("sy", "c.punishment.decisions", "沭阳县2025年的行政处罚决定数是多少？", {}),
    ]
    e = [
        ("ha", "r.partially_granted.total", "How many requests did Huai'an partly release in 2024?", {}),
        ("ha", "r.not_processed.duplicate.total", "In 2024, how many Huai'an requests were set aside as repeats of earlier ones?", {}),
        ("ha", "a.review.corrected", "How many disclosure-related administrative reviews went against Huai'an city government in 2024 (result corrected)?", {}),
        ("ha", "a.litigation_direct.total", "Huaian 2024: how many disclosure lawsuits were filed straight in court, without a review first?", {}),
        ("ha", "c.regulations.in_force", "How many municipal rules of Huai'an were in force at the end of 2024?", {}),
        ("ha", "c.fees.amount", "What did Huai'an take in from administrative fees in 2024?", {"unit": W}),
        ("ha", "r.carried_forward.total", "How many of Huai'an's 2024 requests were carried forward unfinished into 2025?", {"alt": ("顺延到下年度答复", 103)}),
        ("ha", "r.withheld.third_party.total", "In FY2024, how many Huai'an requests were refused because release would harm a third party's rights?", {}),
        ("ha", "r.unable.needs_creation.total", "How many 2024 requests to Huai'an could not be met because the information would have to be newly compiled?", {}),
        ("hz23", "r.received.total", "How many information requests did Hongze District receive in 2023?", {"alt": ("21 件", 21)}),
        ("hz23", "r.unable.not_held.total", "Hongze 2023: how many times did the district say it simply didn't hold the information asked for?", {}),
        ("hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District make in 2023?", {}),
        ("hz23", "a.litigation_after_review.upheld", "In 2023, how many Hongze cases that went to court after a review ended with the decision upheld?", {}),
        ("hz24", "c.licensing.decisions", "How many administrative licences did Hongze District grant in 2024?", {}),
        ("hz24", "c.fees.amount", "What was Hongze District's administrative fee revenue in 2024?", {"unit": W}),
        ("hz24", "a.review.total", "How many disclosure-related administrative reviews did Hongze face in 2024?", {}),
        ("sy", "r.partially_granted.total", "How many Shuyang County requests in 2025 got a partial release?", {}),
        ("sy", "r.unable.not_held.total", "In 2025, how many Shuyang requests were answered with 'we don't hold this'?", {}),
        ("sy", "r.not_processed.petition.total", "How many 2025 requests did Shuyang County treat as complaints or petitions rather than disclosure requests?", {}),
        ("sy", "r.carried_forward.total", "How many Shuyang County requests were carried into 2026 unfinished (per the 2025 report)?", {"alt": ("结转下一年", 31)}),
        ("sy", "c.licensing.decisions", "How many administrative licensing decisions did Shuyang County issue in 2025?", {}),
        ("sy", "a.review.corrected", "In 2025, how many of Shuyang's disclosure reviews ended with the county being corrected?", {}),
        ("sy", "a.litigation_direct.total", "How many disclosure lawsuits were brought directly against Shuyang County in 2025?", {}),
        ("kw", "r.received.total", "How many new disclosure requests did STCSM get in 2024?", {"alt": ("全年收到政府信息公开申请", 34)}),
        ("kw", "c.licensing.decisions", "How many administrative licences did the Shanghai science commission issue in 2024?", {}),
        ("kw", "r.total_processed.total", "What is the Shanghai science commission's total of requests handled in 2024, per its table?", {}),
        ("sh25", "r.received.natural_person", "How many new requests from private individuals did the Shanghai General Office log in 2025?", {}),
        ("sh25", "r.unable.needs_creation.total", "In 2025, how many requests to the Shanghai General Office failed because the info would need to be newly produced?", {}),
        ("sh25", "a.litigation_direct.pending", "How many direct disclosure lawsuits against the Shanghai General Office were still undecided at the end of 2025?", {}),
        ("sh19", "r.received.total", "How many requests did the Shanghai General Office take in during 2019?", {"alt": ("859", 859)}),
        ("sh19", "r.unable.not_held.natural_person", "In 2019, how many individuals' requests did the Shanghai General Office answer with 'not held by this office'?", {}),
        ("sh19", "c.procurement.amount", "What was the Shanghai General Office's government procurement amount in 2019?", {"unit": W}),
        ("sh19", "a.review.total", "How many administrative reviews over disclosure did the Shanghai General Office face in 2019?", {}),
        ("jx", "r.total_processed.total", "How many requests did Jianxi District's government office finish in 2020 according to its table?", {"alt": ("办结15件", 15)}),
        ("jx", "c.procurement.amount", "How much did Jianxi District spend on government procurement in 2020?", {"unit": W}),
        ("sh25", "r.total_processed.total", "What is the Shanghai General Office's printed total of requests dealt with in 2025?", {"alt": ("办结 1191", 1191)}),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b, k, q, kw in rows:
            out.append(V(lang, b, k, q, P + "one table value, everyday wording", **kw))
    return out


def combine():
    P = "[combine] "
    out = [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开和部分公开的申请加起来有多少件？", P + "sum of 2 cells"),
        S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total"], "沭阳县2025年因危及“三安全一稳定”、损害第三方权益、属于过程性信息而不予公开的，合计多少件？", P + "sum of 3 cells"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "2025年上海市府办信访类和重复申请这两类不予处理的加在一起是多少？", P + "sum of 2 text cells"),
        S("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年信息公开行政诉讼中判决维持的，直接起诉和复议后起诉合起来几件？", P + "sum of 2 cells", alt=("结果维持 25", 25)),
        S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三类决定总数是多少？", P + "sum of 3 cells"),
        S("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年“其他处理”那三小项加起来一共几件？", P + "sum of 3 cells"),
        S("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收的申请加上上年结转的，总共要处理多少件？", P + "sum of 2 text cells"),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Add up all the 'unable to provide' outcomes for Huai'an in 2024 — not held, needs creating, unclear request.", P + "sum of 3 cells"),
        S("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.total"], "For Shuyang in 2025, what do the review outcomes (upheld, corrected, other, pending) plus direct lawsuits total?", P + "sum of 5 cells"),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office, 2019: new requests from individuals plus individuals' requests carried over from 2018 — how many altogether?", P + "sum of 2 cells"),
        S("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Total disclosure disputes for the Shanghai General Office in 2025: reviews plus both kinds of lawsuits?", P + "sum of 3 text cells"),
        S("en", "jx", ["r.carried_forward.total", "r.total_processed.total"], "For Jianxi District in 2020, finished requests plus those carried forward — what's the sum?", P + "sum of 2 cells"),
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "How many Huai'an requests in 2024 were refused outright across all eight withholding grounds?", P + "sum of 8 cells"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可数量从2023年到2024年增加了多少？", P + "difference 2023->2024"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数从2023年到2024年变化了多少（2024年减2023年）？", P + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多了多少件？", P + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办的信息公开行政复议，2025年比2019年多几件？", P + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's penalty decisions change from 2023 to 2024?", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze's normative documents in force: 2024 figure minus 2023 figure?", P + "difference 2023->2024"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "How many more unfinished requests did the Shanghai General Office carry forward in 2025 than in 2019?", P + "difference 2019->2025"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Direct disclosure lawsuits against the Shanghai General Office: what is the change from 2019 to 2025?", P + "difference 2019->2025"),
    ]
    return out


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪个办结的申请最多？", P + "ranking"),
        R("zh", ["jx", "hz23", "sy"], "r.carried_forward.total", "asc", "涧西区2020、洪泽区2023、沭阳县2025三家里，结转到下年的申请哪家最少？", P + "ranking"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数：淮安2024、洪泽2023、沭阳2025，谁最多？", P + "ranking"),
        R("zh", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "直接提起的信息公开行政诉讼，淮安市2024年、沭阳县2025年、涧西区2020年里哪个最少？", P + "ranking"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "desc", "淮安2024、洪泽2023、沭阳2025、涧西2020这四家，“本机关不掌握”的答复哪家最多？", P + "ranking"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Which had the most normative documents in force: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", P + "ranking"),
        R("en", ["jx", "sh19", "hz23"], "r.received.total", "asc", "Of Jianxi District in 2020, the Shanghai General Office in 2019 and Hongze District in 2023, which received the fewest requests?", P + "ranking"),
        R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "Rank by disclosure reviews: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 — which is highest?", P + "ranking"),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Which had the fewest administrative enforcement decisions: Huai'an in 2024, Hongze in 2023, or Shuyang in 2025?", P + "ranking"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Among Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020, who carried forward the most unfinished requests?", P + "ranking"),
    ]


def followups():
    P = "[followup] "
    f = []

    def add(lang, turns, note):
        f.append(F(lang, turns, P + note))
    add("zh", [("洪泽区2023年行政处罚决定有多少？", E("hz23", "c.punishment.decisions")),
               ("换成2024年呢？", E("hz24", "c.punishment.decisions"))], "year switch (2024 from text row)")
    add("zh", [("上海市政府办公厅2019年新收了多少申请？", E("sh19", "r.received.total")),
               ("2025年的呢？", E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295)))], "year switch")
    add("zh", [("淮安市2024年行政复议结果维持的有几件？", E("ha", "a.review.upheld")),
               ("那结果被纠正的呢？", E("ha", "a.review.corrected")),
               ("尚未审结的呢？", E("ha", "a.review.pending"))], "column switch")
    add("zh", [("沭阳县2025年不予公开里“行政查询事项”有几件？", E("sy", "r.withheld.admin_query.total")),
               ("淮安市2024年同一项是多少？", E("ha", "r.withheld.admin_query.total"))], "body switch")
    add("zh", [("涧西区政府办2020年收到几件依申请公开？", E("jx", "r.received.total", alt=("全年共收到依申请公开17件", 17))),
               ("其中予以公开的几件？", E("jx", "r.granted.total")),
               ("结转下年度的呢？", E("jx", "r.carried_forward.total"))], "row switch")
    add("zh", [("上海市府办2025年直接起诉的行政诉讼一共几件？", E("sh25", "a.litigation_direct.total")),
               ("复议后再起诉的呢？", E("sh25", "a.litigation_after_review.total"))], "appeals group switch")
    add("zh", [("淮安2024年行政许可决定多少件？", E("ha", "c.licensing.decisions")),
               ("沭阳2025年呢？", E("sy", "c.licensing.decisions"))], "body switch")
    add("zh", [("上海科委2024年新制发的规范性文件几件？", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
               ("那现行有效的总共多少？", E("kw", "c.normative_docs.in_force"))], "column switch")
    add("zh", [("沭阳县2025年本年新收的申请（表里那一行，不含上年结转）是多少？", E("sy", "r.received.total")),
               ("其中自然人提的有几件？", E("sy", "r.received.natural_person"))], "column switch; 713 not text 749")
    add("zh", [("洪泽2023年废止的规范性文件几件？", E("hz23", "c.normative_docs.repealed")),
               ("沭阳县2025年废止了几件？", E("sy", "c.normative_docs.repealed")),
               ("淮安市2024年呢？", E("ha", "c.normative_docs.repealed"))], "body switch twice")
    add("zh", [("上海市府办2019年上年结转的申请有几件？", E("sh19", "r.carried_over.total", alt=("含上年度结转申请18件", 18))),
               ("换成2025年看看？", E("sh25", "r.carried_over.total", alt=("含上年结转 189", 189)))], "year switch")
    add("zh", [("淮安市2024年重复申请不予处理的有几件？", E("ha", "r.not_processed.duplicate.total")),
               ("信访举报投诉类的呢？", E("ha", "r.not_processed.petition.total"))], "row switch")
    add("zh", [("洪泽区2024年行政复议几件？", E("hz24", "a.review.total")),
               ("直接起诉的行政诉讼呢？", E("hz24", "a.litigation_direct.total"))], "appeals group switch (text row)")
    add("zh", [("沭阳县2025年行政强制决定多少？", E("sy", "c.coercion.decisions")),
               ("洪泽区2024年呢？", E("hz24", "c.coercion.decisions"))], "body and year switch")
    add("zh", [("2024年上海市科委上年结转的申请几件？", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2 件", 2))),
               ("上海市府办2025年同一项呢？", E("sh25", "r.carried_over.total"))], "body and year switch")
    add("zh", [("淮安市2024年全部办结的申请总计多少？", E("ha", "r.total_processed.total", alt=("答复 3050", 3050))),
               ("其中自然人的有多少？", E("ha", "r.total_processed.natural_person"))], "column switch")
    add("en", [("How many administrative licences did Hongze District issue in 2023?", E("hz23", "c.licensing.decisions")),
               ("What about 2024?", E("hz24", "c.licensing.decisions"))], "year switch (text row)")
    add("en", [("How many requests did the Shanghai General Office hand on unfinished to 2020, per its 2019 report?", E("sh19", "r.carried_forward.total")),
               ("And in 2025?", E("sh25", "r.carried_forward.total"))], "year switch")
    add("en", [("Huai'an 2024: how many disclosure lawsuits were filed after an administrative review?", E("ha", "a.litigation_after_review.total")),
               ("How many of those are still pending?", E("ha", "a.litigation_after_review.pending")),
               ("And the direct lawsuits still pending?", E("ha", "a.litigation_direct.pending"))], "column and group switch")
    add("en", [("Shuyang 2025 — how many requests were partly released?", E("sy", "r.partially_granted.total")),
               ("Same figure for Huai'an in 2024?", E("ha", "r.partially_granted.total"))], "body switch")
    add("en", [("How many new requests did the Shanghai science commission receive from individuals in 2024?", E("kw", "r.received.natural_person")),
               ("And the Shanghai General Office in 2025?", E("sh25", "r.received.natural_person"))], "body and year switch")
    add("en", [("Jianxi District 2020: how many requests were not held by the office?", E("jx", "r.unable.not_held.total")),
               ("Hongze District in 2023?", E("hz23", "r.unable.not_held.total")),
               ("Shuyang in 2025?", E("sy", "r.unable.not_held.total"))], "body switch twice")
    add("en", [("What was Huai'an's total of normative documents in force in 2024?", E("ha", "c.normative_docs.in_force")),
               ("How many were newly issued in 2024?", E("ha", "c.normative_docs.issued"))], "column switch")
    add("en", [("Shuyang County, 2025: how many reviews were upheld?", E("sy", "a.review.upheld")),
               ("And how many lawsuits after review were upheld?", E("sy", "a.litigation_after_review.upheld"))], "group switch")
    add("en", [("How many disclosure reviews were pending for the Shanghai General Office at the end of 2025?", E("sh25", "a.review.pending")),
               ("Same measure for Huai'an at the end of 2024?", E("ha", "a.review.pending"))], "body and year switch")
    add("en", [("What was Hongze District's administrative fee income in 2023?", E("hz23", "c.fees.amount", unit=W)),
               ("And Shuyang County's in 2025?", E("sy", "c.fees.amount", unit=W))], "body and year switch; money")
    add("en", [("Huaian 2024: requests dropped because the applicant didn't pay the fee in time?", E("ha", "r.other.overdue_fee.total")),
               ("Shuyang 2025?", E("sy", "r.other.overdue_fee.total"))], "body switch")
    add("en", [("Shanghai General Office 2019: how many normative documents were in the published total?", E("sh19", "c.normative_docs.total_published")),
               ("And municipal rules, same measure?", E("sh19", "c.regulations.total_published"))], "row switch")
    add("en", [("How many new requests came from businesses to the Shanghai General Office in 2019?", E("sh19", "r.received.commercial")),
               ("What about 2025?", E("sh25", "r.received.commercial"))], "year switch")
    add("en", [("How many penalty decisions did the Shanghai science commission make in 2024?", E("kw", "c.punishment.decisions")),
               ("And its licensing decisions?", E("kw", "c.licensing.decisions"))], "row switch")
    add("en", [("Hongze in 2024: how many normative documents were newly issued?", E("hz24", "c.normative_docs.issued")),
               ("And Shuyang County for 2025?", E("sy", "c.normative_docs.issued")),
               ("Huai'an in 2024?", E("ha", "c.normative_docs.issued"))], "body switch twice")
    add("en", [("Huai'an 2024: how many requests were withheld as state secrets?", E("ha", "r.withheld.state_secret.total")),
               ("And as prohibited by law?", E("ha", "r.withheld.prohibited_by_law.total")),
               ("And to protect security and stability?", E("ha", "r.withheld.security_stability.total"))], "row switch twice")
    return f


def textonly():
    P = "[textonly] "
    z = [
        ("ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市政府2024年出了几期政府公报？"),
        ("ha", "政务新媒体共计", 95, "个", "截至报告时，淮安市在运维的政务新媒体有几个（2024年报告）？"),
        ("ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查？"),
        ("ha", "全年收取政府信息公开信息处理费", 3940, "元", "2024年淮安市收了多少信息处理费？"),
        ("hz24", "公开政府常务会议", 2428, "条", "洪泽区2024年在政府网站主动发布了多少条政府信息？"),
        ("hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条信息？"),
        ("sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
        ("sy", "策采相关新闻稿件", 2606, "篇", "沭阳2025年政务新媒体策采了多少篇新闻稿件？"),
        ("sy", "全年发出催办提示", 84, "次", "沭阳县2025年“倒计时报警器”发出了几次催办提示？"),
        ("sy", "累计清理过期信息", 697, "条", "2025年沭阳清理了多少条过期信息？"),
        ("sy", "全县共办理相关案件", 74, "件", "沭阳县2025年全县共办理了多少件信息公开相关的复议诉讼案件（按正文说法）？"),
        ("kw", "直播 118", 118, "场", "上海科委2024年“上海科技”视频号直播了多少场？"),
        ("kw", "原创文章", 294, "篇", "2024年“上海科技”微信公众号原创文章有多少篇？"),
        ("sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会？"),
        ("sh25", "申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的？"),
        ("sh19", "发布政策解读共", 132, "件", "上海市政府门户网站2019年发布了多少件政策解读？"),
        ("sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开设了多少个专栏？"),
    ]
    e = [
        ("ha", "制作政策解读", 21, "个", "How many policy explainers did Huai'an produce in 2024?"),
        ("sy", "主动公开政府信息4511", 4511, "条", "How many items did Shuyang County's portal publish proactively in 2025?"),
        ("sy", "失效链接43处", 43, "处", "How many broken links did Shuyang fix on its website in 2025?"),
        ("sy", "开展办前主动沟通", 49, "次", "How many times did Shuyang talk to applicants before handling their requests in 2025?"),
        ("sy", "完成全县64家单位", 64, "家", "How many units' annual disclosure reports did Shuyang publish together for 2025?"),
        ("kw", "主合办政协提案", 85, "件", "How many CPPCC proposals did the Shanghai science commission handle as lead or co-lead in 2024?"),
        ("kw", "日常报送惠企政策", 83, "条", "In 2024, how many business-support policies did STCSM submit routinely?"),
        ("kw", "视频号共制作并发布短视频", 584, "条", "How many short videos did the 'Shanghai Keji' video account publish in 2024?"),
        ("sh25", "新闻通气会", 19, "场", "How many press briefings (not full press conferences) did the Shanghai government hold in 2025?"),
        ("sh25", "目前已覆盖", 10, "个", "How many languages did the Shanghai international services portal cover per the 2025 report?"),
        ("sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?"),
        ("sh19", "权威发布共计", 38, "次", "How many authoritative releases on executive-meeting topics did Shanghai make in 2019?"),
        ("sh19", "接入53个部门", 2261, "项", "How many service items were hooked into the unified 'one-network' platform per Shanghai's 2019 report?"),
        ("sh19", "政府网站开展全面检查", 70, "家", "How many government websites did Shanghai check every quarter in 2019?"),
        ("jx", "601项事项", 601, "项", "How many items did Jianxi District map out in its 2020 list of power and service steps?", "梳理细化"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for b, kw, v, unit, q, *frm in rows:
            out.append(N(lang, b, kw, v, unit, q, P + "number only the narrative states",
                         frm=frm[0] if frm else None))
    return out


def traps():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年转过来继续办的申请有几件？（不是转到下一年的）", P + "结转上年 vs 结转下年", alt=("含上年度结转申请", 34)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议之后再去法院起诉的有几件？", P + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "c.normative_docs.repealed", "2024年淮安市废止的规范性文件是多少件，不是新制发的", P + "废止 vs 制发"),
        T("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年“没有现成信息需要另行制作”的有几件？", P + "另行制作 vs 不掌握"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为是过程性信息而不公开的有几件？", P + "过程性信息 vs 内部事务"),
        T("zh", "sh25", "r.granted.total", "上海市府办2025年单纯予以公开的（不含部分公开）有几件？", P + "予以公开 vs 予以公开及部分公开 (text 208)"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reviews: how many had an 'other' result — not upheld, not corrected?", P + "其他结果 vs 纠正"),
        T("en", "sh19", "c.procurement.projects", "How many procurement projects (the count, not the money) did the Shanghai General Office have in 2019?", P + "采购项目数 vs 金额"),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly released (not just newly made ones)?", P + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.received.legal_services", "How many 2024 requests to Huai'an came from legal service organisations (not commercial firms)?", P + "法律服务机构 vs 商业企业"),
        T("en", "kw", "c.normative_docs.in_force", "For STCSM in 2024, how many normative documents were in force — not the number newly issued?", P + "现行有效 vs 制发"),
    ]


def cannot():
    P = "[cannot] "
    z = [
        ("我2024年3月向淮安市政府申请公开我家老房子的征收补偿方案，一直没收到答复。我的申请算在那3119件里吗？现在办到哪一步了？", "one person's own request: the report gives no case-level status", "own case, quotes 3119"),
        ("2024年我替父亲向洪泽区政府申请拆迁档案，对方说不掌握。洪泽区2024年那些“本机关不掌握”的答复里有没有我父亲那一件？", "individual case not identifiable in the report", "own case"),
        ("淮安市2024年行政复议结果纠正的64件，分别涉及哪些部门？", "no department breakdown of review outcomes", "quotes 64, department"),
        ("沭阳县2025年被纠正的10件行政复议，都是哪些乡镇的？", "no township breakdown", "quotes 10, township"),
        ("上海市府办2025年收到的1295件申请中，男性和女性申请人各多少？", "no sex breakdown", "quotes 1295, sex"),
        ("淮安2024年的信息公开申请按月份算，哪个月最多？", "no monthly breakdown", "month"),
        ("沭阳县2025年第三季度收到多少件政府信息公开申请？", "no quarterly breakdown", "quarter"),
        ("洪泽区2023年的21件申请，网上提交和当面递交的各有几件？", "no channel breakdown", "quotes 21, channel"),
        ("上海市政府办公厅2019年受理的859件申请里，60岁以上申请人占多少？", "no age breakdown", "quotes 859, age"),
        ("淮安市2024年平均答复一件信息公开申请用了多少个工作日？", "response days not stated", "response days"),
        ("涧西区政府办2020年有几名工作人员专门负责政府信息公开？", "staff not stated", "staff"),
        ("沭阳县2025年政府信息公开工作一共花了多少经费？", "cost not stated", "cost"),
        ("上海市科委2024年信息公开工作的年度预算是多少万元？", "budget not stated", "budget"),
        ("淮安市2024年群众对政府信息公开工作的满意度是多少？", "satisfaction not stated", "satisfaction"),
        ("洪泽区2024年政务公开咨询电话一共接了多少个？", "phone calls not stated", "phone calls"),
        ("上海市府办2025年那62件信访举报投诉类申请，申请人具体是为了什么事？", "reasons/topics of the requests not stated", "quotes 62, reasons"),
        ("淮安市2024年有769件答复“本机关不掌握”，为什么会有这么多人去问政府没有的信息？", "motives not stated", "quotes 769, reasons"),
        ("沭阳县2026年预计会收到多少件信息公开申请？", "forecast not in the corpus", "forecast"),
        ("上海市府办2026年计划召开多少场新闻发布会？", "plan figure not stated", "plan"),
        ("淮安2024年收了3119件申请，这个量算多吗？", "opinion, no number to give", "opinion, quotes 3119"),
        ("沭阳县2025年行政复议被纠正了10件，你觉得他们信息公开工作做得好不好？", "judgement, not a figure", "opinion"),
        ("南京市人民政府2024年受理了多少件政府信息公开申请？", "body not in the corpus", "body not held"),
        ("洪泽区2022年主动公开了多少条政府信息？", "year not in the corpus", "year not held"),
        ("宿迁市政府2025年政府信息公开申请数是多少？", "body not in the corpus", "body not held"),
        ("上海市科委2023年收到多少件信息公开申请？", "year not in the corpus", "year not held"),
        ("张建国2024年向淮安市政府提交的关于小区规划的申请，最后公开了没有？", "named person's request", "named person"),
        ("我邻居王女士2025年在沭阳申请查低保名单被拒了，她是不是那13件“内部事务信息”里的一件？", "individual case not identifiable", "named person, quotes 13"),
        ("上海市府办2019年那9件信息公开行政诉讼，原告分别是谁？", "personal data / names not given", "quotes 9, names"),
        ("请把淮安市2024年申请政府信息公开的自然人名单和电话发给我。", "personal data", "personal data"),
        ("沭阳县2025年交了380元信息处理费的那位申请人叫什么？", "personal data not given", "quotes 380, name"),
        ("涧西区2020年那2件“本机关不掌握”的申请分别问的是什么内容？", "topics not stated", "quotes 2, topic"),
        ("淮安市2024年的信息公开申请里，涉及征地拆迁的有多少件？", "no topic breakdown", "topic"),
        ("上海市府办2025年的申请人中有多少是外国籍？", "no nationality breakdown", "nationality"),
        ("洪泽区2024年收到的申请，各个镇街分别有多少件？", "no township breakdown", "township"),
        ("淮安市2024年商业企业提的53件申请主要来自哪些行业？", "no industry breakdown", "quotes 53, industry"),
        ("沭阳县2025年的705件自然人申请里，户籍不在沭阳的有多少人？", "no residence breakdown", "quotes 705, residence"),
        ("上海市科委2024年那34件申请分别由哪个处室办理？", "no department breakdown", "quotes 34, department"),
        ("我2025年5月在沭阳县政府网站提交了学校划片的申请，系统显示已受理。它是算进2025年办结的，还是算进结转的31件里？", "own case status not in the report", "own case, quotes 31"),
        ("上海市府办2025年主动撤回的157件申请，申请人为什么要撤回？", "reasons not stated", "quotes 157, reasons"),
        ("淮安市2024年顺延到下年度答复的103件，具体是哪几个月收到的？", "no monthly breakdown", "quotes 103, month"),
        ("涧西区2020年办结率88.2%，在洛阳各区里算高还是低？", "comparison/judgement not in the corpus", "opinion, quotes 88.2%"),
        ("沭阳2025年那条播放量破亿的视频是谁拍的、讲的什么？", "content/author not stated", "quotes 破亿 video, content"),
        ("浦东新区2024年信息公开年报里行政复议有多少件？", "body not in the corpus", "body not held"),
        ("我2023年在洪泽区申请了一份征地公告，被告知属于过程性信息不给公开。我该怎么申请行政复议？洪泽区2023年那1件过程性信息是不是我的？", "own case; procedure advice, no figure", "own case, quotes 1"),
        ("上海市科委2024年处理一件信息公开申请平均要多少天？", "response days not stated", "response days"),
    ]
    e = [
        ("In March 2024 I asked Huai'an city government for the zoning file on my street and never heard back. Is mine one of the 103 requests pushed into 2025, and when will I get an answer?", "own case status not in the report", "own case, quotes 103"),
        ("My mother asked Hongze District in 2023 for her pension records and was told they don't hold them. Which of the 10 'not held' replies in 2023 was hers?", "individual case not identifiable", "own case, quotes 10"),
        ("Shuyang County had 10 administrative reviews corrected in 2025 — which departments were they against?", "no department breakdown", "quotes 10, department"),
        ("Of the 64 corrected review decisions in Huai'an in 2024, which bureaus did they concern?", "no department breakdown", "quotes 64, department"),
        ("How many of the 1,295 requests the Shanghai General Office received in 2025 came from women?", "no sex breakdown", "quotes 1295, sex"),
        ("Break down Huai'an's 2024 information requests by month, please.", "no monthly breakdown", "month"),
        ("How many requests did the Shanghai science commission receive in the second quarter of 2024?", "no quarterly breakdown", "quarter"),
        ("What share of Shuyang's 2025 requests came in online versus by post?", "no channel breakdown", "channel"),
        ("How old were the people who sent requests to Jianxi District in 2020?", "no age breakdown", "age"),
        ("On average, how many days did the Shanghai General Office take to answer a request in 2019?", "response days not stated", "response days"),
        ("How many staff worked on information disclosure at Hongze District government in 2024?", "staff not stated", "staff"),
        ("What did Huai'an spend on its government information disclosure work in 2024?", "cost not stated", "cost"),
        ("What was STCSM's budget for its open-government work in 2024?", "budget not stated", "budget"),
        ("What satisfaction score did residents give Shuyang County's disclosure work in 2025?", "satisfaction not stated", "satisfaction"),
        ("How many phone enquiries about disclosure did the Shanghai General Office take in 2025?", "phone calls not stated", "phone calls"),
        ("Why were 105 requests to Huai'an in 2024 turned away as administrative inquiries — what were people actually asking for?", "reasons not stated", "quotes 105, reasons"),
        ("What drove the Shanghai General Office's request numbers up to 1,295 in 2025?", "causes not stated", "quotes 1295, reasons"),
        ("Based on the trend, how many disclosure requests will Huai'an receive in 2025?", "forecast", "forecast"),
        ("How many administrative reviews does Hongze District expect to face in 2025?", "forecast", "forecast"),
        ("Is 713 new requests a lot for a county like Shuyang in 2025?", "opinion", "opinion, quotes 713"),
        ("Did the Shanghai science commission do a good job on disclosure in 2024, in your view?", "judgement", "opinion"),
        ("How many information requests did Suzhou city government receive in 2024?", "body not in the corpus", "body not held"),
        ("How many requests did Jianxi District handle in 2021?", "year not in the corpus", "year not held"),
        ("How many disclosure requests did Shuyang County take in during 2024?", "year not in the corpus", "year not held"),
        ("How many requests did the Shanghai General Office receive in 2022?", "year not in the corpus", "year not held"),
        ("Did Li Wei's 2025 request to the Shanghai General Office about the metro extension get granted?", "named person's request", "named person"),
        ("My friend Chen Hong asked Shuyang in 2025 for her late husband's land contract and was refused on third-party grounds. Was hers one of the 2 third-party refusals?", "individual case not identifiable", "named person, quotes 2"),
        ("Who were the plaintiffs in the 26 lawsuits filed directly against Huai'an in 2024?", "personal data", "quotes 26, names"),
        ("Give me the names and addresses of the people who asked Hongze District for information in 2023.", "personal data", "personal data"),
        ("Which applicant paid the 380 yuan processing fee in Shuyang in 2025?", "personal data not given", "quotes 380, name"),
        ("What topics did the 17 requests Jianxi District received in 2020 cover?", "topics not stated", "quotes 17, topic"),
        ("How many of Huai'an's 2024 requests were about housing demolition?", "no topic breakdown", "topic"),
        ("How many foreign nationals asked the Shanghai General Office for information in 2019?", "no nationality breakdown", "nationality"),
        ("Which county or district of Huai'an sent the most requests in 2024?", "no district breakdown", "district"),
        ("What industries were the businesses behind the 36 company requests to the Shanghai General Office in 2025 in?", "no industry breakdown", "quotes 36, industry"),
        ("How many of Hongze's 2024 applicants live outside the district?", "no residence breakdown", "residence"),
        ("Which internal department of the Shanghai General Office handled the most requests in 2019?", "no department breakdown", "department"),
        ("I filed a request with Jianxi District in December 2020 about the school catchment map, and the report says 2 were still in progress. Is mine one of them, and what happened to it?", "own case status", "own case, quotes 2"),
        ("Huai'an collected 3940 yuan in processing fees in 2024 — who paid them and for what?", "payers not stated", "quotes 3940, names"),
        ("How long, on average, did the Shanghai government's 42 press conferences in 2025 last?", "duration not stated", "quotes 42, duration"),
        ("Of the 42 press conferences Shanghai held in 2025, which got the most media coverage?", "judgement/coverage not stated", "quotes 42, opinion"),
        ("How many requests does the Shanghai science commission plan to handle in 2025?", "plan not stated", "plan"),
        ("What was Pudong New Area's count of disclosure lawsuits in 2024?", "body not in the corpus", "body not held"),
        ("Shanghai's 2025 report says 16 districts put their gazettes online — how many requests did each district office receive in 2025?", "per-district request counts not in the corpus", "quotes 16, district"),
    ]
    out = []
    for lang, rows in (("zh", z), ("en", e)):
        for q, why, note in rows:
            out.append(U(lang, q, why, P + "looks answerable, no number: " + note))
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + traps() + cannot()
