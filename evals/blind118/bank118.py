"""Question bank of the blind118 evaluation set (evals/blind118).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording here was newly written for this set. The bank only names keys, bodies, keywords
and wordings; every number is computed by helpers118 (gold JSON, printed text cells, sentences).
Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold), sy 沭阳县 2025,
kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib118 as L  # noqa: E402
from helpers118 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# printed cells of the three reports without gold (the same cells blind6 verified)
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

# sentences of the text that state the same number as a table cell (keyword, number)
def HA(n):
    return ("全市共受理政府信息公开申请", n)


def SH19(n):
    return ("市政府办公厅代表市政府共受理", n)


def JX(n):
    return ("全年共收到依申请公开", n)


def KW(n):
    return ("全年收到政府信息公开申请", n)


def KWO(n):
    return ("所有办结的信息公开申请中", n)


def SH25(n):
    return ("市政府共受理政府信息公开申请", n)


def HZ(n):
    return ("全区受理政府信息公开申请", n)


def SY(n):
    return ("全县全年共受理政府信息公开申请", n)


def SHA(n):
    return ("信息公开类行政复议", n)


def HAP(n):
    return ("政府信息公开行政复议", n)


M = {"unit": "万元"}
P = "[plain] "
CB = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
NO = "[cannot] "
NB = "[neighbour] "


def plain():
    z, e = "zh", "en"
    return [
        # ---- 淮安市 2024 (gold)
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", P + "new requests; text states the same", alt=HA(3119)),
        V(e, "ha", "r.received.total", "how many info disclosure applications did Huai'an city government get in 2024", P + "new requests", alt=HA(3119)),
        V(z, "ha", "r.granted.total", "淮安2024年直接给公开的申请有几件啊", P + "granted in full"),
        V(e, "ha", "r.partially_granted.total", "Huaian 2024 - number of requests where they only released part of the info?", P + "partially granted"),
        V(z, "ha", "r.unable.not_held.total", "帮我查下 淮安市政府24年回复“本机关不掌握”的申请多少件", P + "not held"),
        V(e, "ha", "r.withheld.admin_query.total", "In 2024 how many Huai'an requests were turned down because they were really just asking for a consultation / inquiry (行政查询事项)?", P + "admin query"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访举报投诉，所以没处理", P + "petition-type not processed"),
        V(e, "ha", "r.carried_forward.total", "Huai'an FY2024: how many requests were still open and rolled into the next year?", P + "carried forward; text states 103", alt=HA(103)),
        V(z, "ha", "a.review.pending", "淮安市人民政府2024年信息公开行政复议还没审结的有多少件", P + "review pending; text 37", alt=HAP(37)),
        V(e, "ha", "a.litigation_direct.total", "Huaian city 2024, total lawsuits filed straight to court over info disclosure (未经复议直接起诉)?", P + "direct litigation total"),
        V(z, "ha", "active.normative_docs.repealed", "淮安市2024年废掉了几件规范性文件", P + "normative docs repealed"),
        V(e, "ha", "active.licensing.decisions", "Huai'an 2024 administrative licensing (行政许可) — how many decisions?", P + "licensing decisions"),
        V(z, "ha", "active.fees.amount", "淮安二〇二四年行政事业性收费金额是多少万元", P + "fees amount", **M),
        V(e, "ha", "r.other.overdue_correction.total", "for huai an 2024 how many applications got closed because the applicant never fixed/completed their application after being asked", P + "overdue correction"),
        V(z, "ha", "r.withheld.prohibited_by_law.total", "淮安2024年因为法律行政法规禁止公开而不给的 有几件", P + "prohibited by law"),
        V(e, "ha", "a.litigation_after_review.upheld", "Huai'an 2024: lawsuits brought after an admin review, how many ended with the government's decision kept?", P + "after-review litigation upheld"),
        # ---- 沭阳县 2025 (gold)
        V(z, "sy", "r.received.total", "沭阳县政府2025年本年新收的信息公开申请是多少（不含上一年转过来的）", P + "new requests (table, excludes carried over)"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025, requests fully disclosed?", P + "granted"),
        V(z, "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，人家回说他们手里没这个信息。想问下2025年这种回复一共有多少件", P + "not held, story"),
        V(e, "sy", "r.withheld.internal_affairs.total", "Shuyang 2025 how many were refused as internal affairs info (内部事务信息)", P + "internal affairs"),
        V(z, "sy", "r.other.other.total", "沭阳2025年表里“其他”那种处理结果有几件", P + "other outcome"),
        V(e, "sy", "a.review.total", "How many administrative reconsideration cases about disclosure did Shuyang County face in 2025 in total?", P + "review total"),
        V(z, "sy", "a.review.corrected", "沭阳县2025年的信息公开复议里 被纠正的有几件", P + "review corrected"),
        V(e, "sy", "active.punishment.decisions", "shuyang 2025 admin penalty decisions number pls", P + "punishment"),
        V(z, "sy", "active.normative_docs.in_force", "截至2025年底沭阳县现行有效的规范性文件有多少件", P + "normative docs in force"),
        V(e, "sy", "r.carried_forward.total", "Shuyang County govt 2025 — how many requests are being carried into 2026 to finish?", P + "carried forward; text states 31", alt=SY(31)),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳2025年重复申请不予处理的几件", P + "duplicate"),
        V(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: number of lawsuits after reconsideration (复议后起诉), all results together", P + "after-review litigation total"),
        V(z, "sy", "r.received.natural_person", "2025年沭阳县政府收到的申请里，个人（自然人）新提的有几件", P + "new natural person (table)"),
        V(e, "sy", "active.coercion.decisions", "How many administrative coercion (行政强制) decisions were recorded by Shuyang in 2025?", P + "coercion"),
        # ---- 洪泽区 2023 (gold)
        V(z, "hz23", "r.received.total", "洪泽区2023年收到多少个政府信息公开申请", P + "new requests; text states 21", alt=HZ(21)),
        V(e, "hz23", "r.unable.needs_creation.total", "Hongze District 2023: requests refused because the info would have to be newly compiled?", P + "needs creation"),
        V(z, "hz23", "active.punishment.decisions", "洪泽23年行政处罚决定数量", P + "punishment"),
        V(e, "hz23", "active.fees.amount", "Hongze 2023 administrative fees collected (行政事业性收费), in 10k yuan", P + "fees", **M),
        V(z, "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开的申请数", P + "partially granted"),
        V(e, "hz23", "active.normative_docs.repealed", "Hongze District government 2023 — number of normative documents scrapped", P + "normative repealed"),
        # ---- 上海市府办 2019 (gold)
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到信息公开申请几件", P + "new requests; text 859", alt=SH19(859)),
        V(e, "sh19", "active.procurement.amount", "Shanghai General Office 2019: value of government procurement, 万元?", P + "procurement amount", **M),
        V(z, "sh19", "active.regulations.total_published", "2019年上海市府办对外公开的规章总数是多少", P + "regulations total published"),
        V(e, "sh19", "a.litigation_direct.upheld", "In 2019, how many disclosure lawsuits against the Shanghai General Office ended upheld (direct suits only)?", P + "direct litigation upheld"),
        V(z, "sh19", "r.carried_over.total", "上海市人民政府办公厅2019年从上一年接过来的申请有几件", P + "carried over; text 18", alt=SH19(18)),
        V(e, "sh19", "active.procurement.projects", "shanghai gen office 2019 procurement projects count?", P + "procurement projects"),
        # ---- 涧西区 2020 (gold)
        V(z, "jx", "r.received.total", "涧西区政府办2020年一年收到几件依申请公开", P + "new requests; text 17", alt=JX(17)),
        V(e, "jx", "active.procurement.amount", "Jianxi District 2020: how much was spent on government procurement (in 万元)?", P + "procurement amount", **M),
        V(z, "jx", "r.granted.total", "涧西区2020年予以公开了多少件", P + "granted"),
        V(e, "jx", "a.review.total", "Jianxi 2020 number of admin reconsiderations about info disclosure", P + "review total"),
        # ---- 洪泽区 2024 (text cells)
        V(z, "hz24", "active.licensing.decisions", "洪泽区2024年行政许可办了多少件", P + "licensing (text cell)"),
        V(e, "hz24", "r.unable.not_held.total", "Hongze 2024: how many replies said the agency doesn't hold the info?", P + "not held (text cell)"),
        V(z, "hz24", "active.fees.amount", "洪泽2024年行政事业性收费多少万", P + "fees (text cell)", **M),
        V(e, "hz24", "r.granted.total", "Hongze District 2024, applications answered with full disclosure (予以公开)", P + "granted (text cell)"),
        V(z, "hz24", "a.review.total", "2024年洪泽区政府信息公开方面的行政复议总共几件", P + "review total (text cell)"),
        # ---- 上海市科委 2024 (text cells)
        V(z, "kw", "r.received.total", "上海市科委2024年新收的公开申请多少件", P + "new requests (text cell); text states 34", alt=KW(34)),
        V(e, "kw", "r.received.commercial", "STCSM 2024: how many new requests came from businesses (商业企业)?", P + "commercial (text cell)"),
        V(z, "kw", "active.normative_docs.in_force", "市科委24年底现行有效的规范性文件几件", P + "in force (text cell)"),
        V(e, "kw", "active.licensing.decisions", "Shanghai science commission, 2024, number of administrative licences granted/decided", P + "licensing (text cell)"),
        # ---- 上海市府办 2025 (text cells)
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类的申请有多少", P + "petition (text cell)"),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 — requests where no ready info existed and would need to be made from scratch", P + "needs creation (text cell)"),
        V(z, "sh25", "a.review.total", "2025年上海市政府办公厅信息公开行政复议一共多少件", P + "review total (text cell)"),
        V(e, "sh25", "r.carried_forward.total", "Shanghai municipal general office 2025: requests to be continued in the following year?", P + "carried forward (text cell)"),
        V(z, "sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的案子里还没审结的有几件", P + "direct pending (text cell)"),
        V(e, "sh25", "r.received.natural_person", "Shanghai General Office, 2025: new requests from private individuals (自然人)?", P + "natural person (text cell)"),
        # ---- more mixed voices
        V(z, "ha", "r.received.legal_person", "我是记者，想核对一下：淮安市2024年新收申请中，法人或者其他组织提的合计是多少", P + "legal person derived"),
        V(e, "ha", "r.withheld.third_party.total", "Huai'an 2024 - requests refused since disclosure might hurt third party rights?", P + "third party"),
        V(z, "ha", "a.review.corrected", "12345转来一个来电：市民问淮安市政府2024年信息公开复议被纠错了几件", P + "review corrected; text 64", alt=HAP(64)),
        V(e, "ha", "active.regulations.in_force", "how many municipal rules (规章) of Huai'an were still valid at end 2024", P + "regulations in force"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳2025 属于行政查询事项不予公开的", P + "admin query"),
        V(e, "sy", "r.partially_granted.total", "Shuyang 2025 partly disclosed requests count", P + "partially granted"),
        V(z, "sy", "a.review.pending", "同学写论文：沭阳县人民政府2025年度报告里行政复议“尚未审结”是几件", P + "review pending"),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang County 2025: how many requests were closed because the applicant did not pay the fee in time?", P + "overdue fee"),
        V(z, "hz23", "r.unable.not_held.total", "洪泽区二〇二三年本机关不掌握相关信息的申请有几件", P + "not held"),
        V(e, "hz23", "active.licensing.decisions", "Hongze 2023 licensing decisions?", P + "licensing"),
        V(z, "sh19", "a.review.upheld", "2019年上海市府办被申请复议后维持原决定的几件", P + "review upheld"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office 2019 — total requests handled (办理结果总计)", P + "total processed; text 805", alt=SH19(805)),
        V(z, "jx", "r.carried_forward.total", "涧西区人民政府办公室2020年结转到下一年的申请几件", P + "carried forward; text 在办2", alt=JX(2)),
        V(e, "jx", "active.normative_docs.total_published", "Jianxi 2020: normative docs publicly available in total (对外公开总数量)", P + "total published"),
        V(z, "kw", "active.punishment.decisions", "上海科委2024年作出了几个行政处罚决定", P + "punishment (text cell)"),
        V(e, "kw", "r.carried_over.total", "STCSM 2024 requests carried over from the year before", P + "carried over (text cell); text 2", alt=KW(2)),
        V(z, "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年答复“本机关不掌握”的有多少", P + "not held (text cell)"),
        V(e, "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: lawsuits following reconsideration, total", P + "after-review litigation (text cell)"),
        V(z, "hz24", "active.punishment.decisions", "洪泽区2024年处罚了多少次（行政处罚决定数）", P + "punishment (text cell)"),
        V(e, "hz24", "active.coercion.decisions", "Hongze District 2024 admin coercion decisions", P + "coercion (text cell)"),
        V(z, "ha", "active.coercion.decisions", "淮安市2024年行政强制的决定数量多少", P + "coercion"),
        V(e, "ha", "r.not_processed.duplicate.total", "Huai'an 2024, how many repeat applications were not processed", P + "duplicate"),
        V(z, "sy", "active.licensing.decisions", "沭阳县2025年行政许可数量是多少个", P + "licensing"),
        V(e, "sy", "active.fees.amount", "What did Shuyang County report as administrative fee income (行政事业性收费) for 2025, in 万元?", P + "fees", **M),
        V(z, "sh19", "a.litigation_direct.total", "上海市府办2019年信息公开直接打官司的有几件", P + "direct litigation total; text 诉讼9件", alt=SHA(9)),
        V(e, "ha", "r.unable.needs_creation.total", "huaian 2024 requests needing new info to be created (需另行制作) number?", P + "needs creation"),
    ]


def combine():
    z, e = "zh", "en"
    W = ["r.withheld." + s + ".total" for s in L.WITHHELD]
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开，一共多少件", CB + "sum granted + partial"),
        S(e, "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"], "Huai'an 2024: add up review cases that were concluded (upheld + corrected + other)", CB + "sum of 3 review outcomes"),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳2025年“无法提供”的三种情况加起来多少件", CB + "sum of 3 unable rows"),
        S(e, "sy", ["r.received.total", "r.carried_over.total"], "Shuyang County 2025 new requests plus carried-over ones, what's the combined number (table figures)?", CB + "sum new + carried over"),
        S(z, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "淮安2024年不予处理的5个小项合计，帮忙算一下", CB + "sum of 5 not-processed rows"),
        S(e, "sy", W, "Shuyang 2025: sum all eight 'not disclosed' (不予公开) reasons together", CB + "sum of 8 withheld rows"),
        S(z, "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定加总是多少", CB + "sum of 3 active decisions"),
        S(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023 not-held plus needs-creation requests, together?", CB + "sum of 2 unable rows"),
        S(z, "sh19", ["a.review.total", "a.litigation_direct.total"], "上海市府办2019年信息公开复议和直接诉讼加起来一共多少件", CB + "sum review + direct litigation"),
        S(e, "sh19", ["active.regulations.made", "active.normative_docs.made"], "Shanghai General Office 2019: newly made rules plus newly made normative documents, total?", CB + "sum made"),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和本机关不掌握两项加起来多少", CB + "sum 2 outcomes"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huaian 2024 — all info-disclosure lawsuits, direct ones plus those after review, how many?", CB + "sum of 2 litigation totals; text 46", alt=("政府信息公开行政诉讼", 46)),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "上海市科委2024年新收的和上年结转的申请合计", CB + "sum (text cells)"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025 petition-type plus duplicate requests, add them up", CB + "sum (text cells)"),
        S(z, "hz24", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2024年行政许可、行政处罚、行政强制三个数加在一起", CB + "sum (text cells)"),
        S(e, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Shuyang 2025: count every upheld (维持) outcome across review, direct suits and suits after review", CB + "sum of 3 upheld"),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可从2023年到2024年增加了多少", CB + "difference 2023->2024"),
        D(e, "hz23", "hz24", "active.punishment.decisions", "Hongze District: change in admin penalty decisions between 2023 and 2024?", CB + "difference (negative)"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年比2023年多了几件", CB + "difference not held"),
        D(e, "hz23", "hz24", "active.coercion.decisions", "Hongze coercion decisions 2023 vs 2024 — by how much did it move?", CB + "difference coercion"),
        D(z, "hz23", "hz24", "active.fees.amount", "洪泽区行政事业性收费2024年相比2023年变化多少万元", CB + "difference fees", **M),
        D(e, "sh19", "sh25", "r.received.total", "Shanghai General Office new disclosure requests: 2019 vs 2025, how many more in 2025?", CB + "difference; text 2025 states 1295", alt=SH25(1295)),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度办理的申请，2025年比2019年多了多少", CB + "difference carried forward"),
        D(e, "sh19", "sh25", "a.review.total", "Change in info-disclosure reconsideration cases at Shanghai General Office from 2019 to 2025?", CB + "difference review total"),
        D(z, "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的信息公开诉讼 2019年到2025年增减了几件", CB + "difference direct litigation"),
        D(e, "hz23", "hz24", "active.normative_docs.in_force", "Hongze: normative docs in force, 2024 minus 2023?", CB + "difference in force"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，这三家谁收到的公开申请最多", RK + "desc 3 bodies"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, which got the fewest new requests?", RK + "asc 4 bodies"),
        R(z, ["ha", "sy", "hz23"], "active.fees.amount", "asc", "行政事业性收费哪家最少：淮安市(2024)、沭阳县(2025)、洪泽区(2023)", RK + "asc fees"),
        R(e, ["ha", "sy", "hz23"], "active.punishment.decisions", "desc", "Which had the most admin penalty decisions: Huaian 2024, Shuyang 2025 or Hongze 2023?", RK + "desc punishment"),
        R(z, ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "desc", "结转下年度办理的申请，淮安2024年、沭阳2025年、涧西2020年、上海市府办2019年，哪个最多", RK + "desc carried forward"),
        R(e, ["ha", "sy", "jx"], "a.review.total", "asc", "Compare info-disclosure reconsiderations: Huai'an (2024), Shuyang (2025), Jianxi (2020) — lowest?", RK + "asc review total"),
        R(z, ["ha", "sy", "hz23"], "active.licensing.decisions", "asc", "行政许可数量：淮安市2024年、沭阳县2025年、洪泽区2023年，谁最少", RK + "asc licensing"),
        R(e, ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "Which body answered 'not held by this agency' most often: Huai'an 2024, Shuyang 2025, Hongze 2023, Jianxi 2020?", RK + "desc not held"),
        R(z, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "淮安2024、沭阳2025和上海市府办2019，直接起诉的信息公开官司谁最多", RK + "desc direct litigation"),
        R(e, ["ha", "sy", "hz23"], "active.coercion.decisions", "asc", "Smallest number of coercion decisions among Huaian 2024, Shuyang 2025, Hongze 2023?", RK + "asc coercion"),
        R(z, ["ha", "sy", "jx", "sh19"], "r.total_processed.total", "asc", "办理结果总计最少的是哪家？淮安市2024、沭阳县2025、涧西区2020、上海市府办2019", RK + "asc total processed"),
        R(e, ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "partial disclosure — who did it most: Huai'an 2024, Shuyang 2025, Hongze 2023", RK + "desc partially granted"),
        R(z, ["ha", "sy", "hz23"], "active.normative_docs.repealed", "desc", "淮安2024、沭阳2025、洪泽2023里，废止规范性文件最多的是哪个", RK + "desc repealed"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年行政复议总共多少件", E("ha", "a.review.total", alt=HAP(351))),
              ("那行政诉讼里直接起诉的呢", E("ha", "a.litigation_direct.total"))], FU + "switch appeals group"),
        F(e, [("Shuyang 2025: how many requests were granted in full?", E("sy", "r.granted.total")),
              ("and partially?", E("sy", "r.partially_granted.total"))], FU + "switch row"),
        F(z, [("洪泽区2023年行政许可多少件", E("hz23", "active.licensing.decisions")),
              ("换成2024年呢", E("hz24", "active.licensing.decisions"))], FU + "switch year"),
        F(e, [("Shanghai General Office 2019 — how many new info requests?", E("sh19", "r.received.total", alt=SH19(859))),
              ("what about 2025", E("sh25", "r.received.total", alt=SH25(1295)))], FU + "switch year"),
        F(z, [("沭阳县2025年行政处罚决定有多少", E("sy", "active.punishment.decisions")),
              ("淮安市2024年同一项是多少", E("ha", "active.punishment.decisions")),
              ("洪泽区2023年呢", E("hz23", "active.punishment.decisions"))], FU + "switch body twice"),
        F(e, [("Huai'an 2024 not-held replies?", E("ha", "r.unable.not_held.total")),
              ("same for Shuyang 2025", E("sy", "r.unable.not_held.total")),
              ("and Hongze in 2024?", E("hz24", "r.unable.not_held.total"))], FU + "switch body and year"),
        F(z, [("涧西区2020年收了几件申请", E("jx", "r.received.total", alt=JX(17))),
              ("办结的总计呢", E("jx", "r.total_processed.total", alt=JX(15)))], FU + "switch row; text 办结15"),
        F(e, [("STCSM 2024 new requests from individuals?", E("kw", "r.received.natural_person")),
              ("and from companies", E("kw", "r.received.commercial"))], FU + "switch column (text cells)"),
        F(z, [("上海市府办2025年行政复议多少件", E("sh25", "a.review.total")),
              ("其中还没结的呢", E("sh25", "a.review.pending")),
              ("复议后又起诉的总数？", E("sh25", "a.litigation_after_review.total"))], FU + "appeals (text cells)"),
        F(e, [("Huaian 2024 normative documents newly issued?", E("ha", "active.normative_docs.issued")),
              ("how many are in force?", E("ha", "active.normative_docs.in_force")),
              ("and repealed", E("ha", "active.normative_docs.repealed"))], FU + "switch column"),
        F(z, [("沭阳2025年行政复议维持的几件", E("sy", "a.review.upheld")),
              ("纠正的呢", E("sy", "a.review.corrected")),
              ("其他结果呢", E("sy", "a.review.other"))], FU + "switch column"),
        F(e, [("Hongze District 2023 fees collected, 万元?", E("hz23", "active.fees.amount", **M)),
              ("2024?", E("hz24", "active.fees.amount", **M))], FU + "switch year, money"),
        F(z, [("淮安2024年信访举报投诉类不予处理的多少", E("ha", "r.not_processed.petition.total")),
              ("上海市府办2025年呢", E("sh25", "r.not_processed.petition.total"))], FU + "switch body"),
        F(e, [("How many requests did Shuyang County carry over from 2024 into 2025?", E("sy", "r.carried_over.total")),
              ("and how many does it carry forward out of 2025?", E("sy", "r.carried_forward.total", alt=SY(31)))], FU + "switch row"),
        F(z, [("上海市政府办公厅2019年规范性文件新制作了几件", E("sh19", "active.normative_docs.made", alt=("主动公开规章", 60))),
              ("规章呢", E("sh19", "active.regulations.made", alt=("主动公开规章", 13)))], FU + "switch row; text states both"),
        F(e, [("Jianxi 2020 procurement projects?", E("jx", "active.procurement.projects")),
              ("amount in 万元?", E("jx", "active.procurement.amount", **M))], FU + "switch column, money"),
        F(z, [("淮安市2024年行政许可数量", E("ha", "active.licensing.decisions")),
              ("行政强制呢", E("ha", "active.coercion.decisions"))], FU + "switch row"),
        F(e, [("Shanghai General Office 2025 requests carried over from 2024", E("sh25", "r.carried_over.total", alt=SH25(189))),
              ("of which from individuals?", E("sh25", "r.carried_over.natural_person")),
              ("and from legal service firms?", E("sh25", "r.carried_over.legal_services"))], FU + "switch column (text cells)"),
        F(z, [("洪泽区2023年因为需要另行制作无法提供的有几件", E("hz23", "r.unable.needs_creation.total")),
              ("沭阳县2025年呢", E("sy", "r.unable.needs_creation.total"))], FU + "switch body and year"),
        F(e, [("Huai'an 2024 review cases upheld?", E("ha", "a.review.upheld", alt=HAP(72))),
              ("and lawsuits after review, upheld?", E("ha", "a.litigation_after_review.upheld"))], FU + "switch appeals group"),
        F(z, [("市科委2024年规范性文件新发了几件", E("kw", "active.normative_docs.issued")),
              ("现行有效的呢", E("kw", "active.normative_docs.in_force"))], FU + "switch column (text cells)"),
        F(e, [("Shuyang 2025 new normative documents issued", E("sy", "active.normative_docs.issued")),
              ("repealed?", E("sy", "active.normative_docs.repealed"))], FU + "switch column"),
        F(z, [("上海市府办2019年直接起诉的信息公开案件多少", E("sh19", "a.litigation_direct.total", alt=SHA(9))),
              ("2025年呢", E("sh25", "a.litigation_direct.total"))], FU + "switch year"),
        F(e, [("Huai'an 2024 fully granted requests", E("ha", "r.granted.total")),
              ("Shuyang 2025?", E("sy", "r.granted.total")),
              ("Jianxi 2020?", E("jx", "r.granted.total"))], FU + "switch body twice"),
        F(z, [("沭阳县2025年行政复议总数", E("sy", "a.review.total")),
              ("直接起诉的呢", E("sy", "a.litigation_direct.total")),
              ("复议后起诉的呢", E("sy", "a.litigation_after_review.total"))], FU + "switch appeals group"),
        F(e, [("Hongze 2024 coercion decisions?", E("hz24", "active.coercion.decisions")),
              ("and in 2023", E("hz23", "active.coercion.decisions"))], FU + "switch year backwards"),
        F(z, [("淮安2024年收的申请里自然人提的多少", E("ha", "r.received.natural_person")),
              ("商业企业呢", E("ha", "r.received.commercial"))], FU + "switch column"),
        F(e, [("Shanghai General Office 2025 granted in full?", E("sh25", "r.granted.total")),
              ("not held?", E("sh25", "r.unable.not_held.total")),
              ("need to be created?", E("sh25", "r.unable.needs_creation.total"))], FU + "switch row (text cells)"),
        F(z, [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
              ("那没经过复议直接去法院告的呢", E("jx", "a.litigation_direct.total"))], FU + "switch appeals group"),
        F(e, [("Shuyang 2025 fee income 万元", E("sy", "active.fees.amount", **M)),
              ("Huai'an 2024 same item", E("ha", "active.fees.amount", **M))], FU + "switch body, money"),
        F(z, [("洪泽区2024年予以公开的多少", E("hz24", "r.granted.total")),
              ("总计办了多少", E("hz24", "requests.total_processed.total"))], FU + "switch row (text cells)"),
        F(e, [("Huaian 2024: withheld as process information (过程性信息)?", E("ha", "r.withheld.process_info.total")),
              ("as internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
              ("as law enforcement files?", E("ha", "r.withheld.enforcement_files.total"))], FU + "switch row"),
        F(z, [("上海市科委2024年行政许可多少", E("kw", "active.licensing.decisions")),
              ("行政处罚呢", E("kw", "active.punishment.decisions"))], FU + "switch row (text cells)"),
        F(e, [("Shanghai General Office 2019 reconsiderations total?", E("sh19", "a.review.total", alt=SHA(7))),
              ("how many still pending?", E("sh19", "a.review.pending"))], FU + "switch column"),
        F(z, [("沭阳2025年其他处理里逾期不补正的", E("sy", "r.other.overdue_correction.total")),
              ("淮安市2024年呢", E("ha", "r.other.overdue_correction.total"))], FU + "switch body"),
        F(e, [("Huai'an 2024, direct lawsuits corrected (纠正)?", E("ha", "a.litigation_direct.corrected")),
              ("still pending?", E("ha", "a.litigation_direct.pending"))], FU + "switch column"),
        F(z, [("上海市府办2025年直接起诉的总数", E("sh25", "a.litigation_direct.total")),
              ("复议总数呢", E("sh25", "a.review.total"))], FU + "switch appeals group (text cells)"),
        F(e, [("Shuyang County 2025 coercion decisions", E("sy", "active.coercion.decisions")),
              ("licensing?", E("sy", "active.licensing.decisions"))], FU + "switch row"),
    ]


def narratives():
    z, e = "zh", "en"
    return [
        N(z, "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会", TX + "press conferences"),
        N(e, "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running as of its 2024 report?", TX + "new-media accounts"),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安2024年对信息公开栏目做了几次全覆盖检查", TX + "checks"),
        N(e, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "Huai'an city 2024: how much did they charge in information processing fees (信息处理费), in yuan?", TX + "fee in yuan"),
        N(z, "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", TX + "portal items"),
        N(e, "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024 — number of government info items posted on its website platform?", TX + "portal items"),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX + "executive meetings"),
        N(e, "hz24", "区政府办代表区政府受理", 17, "件", "Per the narrative of Hongze's 2024 report, how many requests did the district government office accept on behalf of the district government?", TX + "text figure 17 (differs from table 95), asked as the text states it"),
        N(z, "sy", "通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条信息", TX + "portal items"),
        N(e, "sy", "开展意见征集", 9, "期", "Shuyang 2025: how many rounds of public opinion solicitation (意见征集) were run via the county portal?", TX + "consultations"),
        N(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条", TX + "department items"),
        N(e, "sy", "专栏33个", 33, "个", "how many special columns (专栏) did Shuyang's new media set up in 2025", TX + "columns"),
        N(z, "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年政务新媒体策采的新闻稿件有几篇", TX + "news articles"),
        N(e, "sy", "推送系列原创短视频", 1113, "个", "Shuyang County 2025: original short videos pushed out by its government new media?", TX + "short videos"),
        N(z, "sy", "年度涌现爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容", TX + "viral posts"),
        N(e, "sy", "完成全县64家单位", 64, "家", "In 2025, annual disclosure reports of how many Shuyang units were published together?", TX + "units"),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息", TX + "cleaned items"),
        N(e, "sy", "收取信息处理费共计", 380, "元", "Shuyang 2025 information processing fees charged — how many yuan?", TX + "fee in yuan"),
        N(z, "kw", "微信公众号共编发文章", 1640, "篇", "上海市科委“上海科技”公众号2024年发了多少篇文章", TX + "articles"),
        N(e, "kw", "其中原创文章", 294, "篇", "STCSM 2024: of the WeChat articles, how many were original?", TX + "original articles"),
        N(z, "kw", "视频号共制作并发布短视频", 584, "条", "上海科技视频号2024年发了几条短视频", TX + "short videos"),
        N(e, "kw", "直播 118 场", 118, "场", "How many live streams did the Shanghai science commission's channel hold in 2024?", TX + "live streams"),
        N(z, "kw", "主合办人大代表建议", 50, "件", "市科委2024年主办合办的人大代表建议多少件", TX + "deputies' suggestions"),
        N(e, "kw", "主合办政协提案", 85, "件", "STCSM 2024 — CPPCC proposals it handled as lead or co-lead (政协提案)?", TX + "CPPCC proposals"),
        N(z, "kw", "累计批量推送集成式发布政策", 121, "条", "上海科委2024年批量推送集成式发布的政策有几条", TX + "policies pushed"),
        N(e, "kw", "全年累计发布信息 2139 条", 2139, "条", "Shanghai science commission website 2024, total items published?", TX + "website items"),
        N(z, "kw", "个高频事项", 5, "个", "市科委2024年设置阅办联动的高频事项有几个", TX + "high-frequency items"),
        N(e, "sh19", "发布政策解读共", 132, "件", "Shanghai General Office 2019: number of policy interpretations posted on the 'China Shanghai' portal?", TX + "interpretations"),
        N(z, "sh19", "权威发布共计", 38, "次", "2019年上海市政府常务会议重要议题权威发布了几次", TX + "briefings"),
        N(e, "sh19", "全年共编发公报", 24, "期", "How many issues of the Shanghai Municipal Gazette came out in 2019?", TX + "gazette issues"),
        N(z, "sh19", "人事任免文件", 141, "件", "上海市府办2019年主动公开了多少件人事任免文件", TX + "appointment documents"),
        N(e, "sh19", "70家政府网站", 70, "家", "Shanghai 2019: how many government websites were checked each quarter?", TX + "websites checked"),
        N(z, "sh25", "新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会", TX + "press conferences"),
        N(e, "sh25", "新闻通气会", 19, "场", "Shanghai General Office 2025 — press briefings (新闻通气会) held?", TX + "briefings"),
        N(z, "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件", TX + "withdrawn requests"),
        N(e, "sh25", "发布审查", 330, "件", "How many documents went through release review (发布审查) at the Shanghai General Office in 2025?", TX + "release reviews"),
        N(z, "sh25", "个区全部上线数字公报", 16, "个", "2025年上海有几个区的数字公报全部上线了", TX + "districts"),
        N(e, "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas got standardized disclosure columns?", TX + "pilot areas"),
    ]


def cannot():
    z, e = "zh", "en"

    def U(lang, q, why):
        return C("unanswerable", lang, [(q, EU(why))], NO + why)
    return [
        U(z, "淮安市2024年的信息公开申请里男的女的各多少", "no sex breakdown in the report"),
        U(e, "what age group filed the most disclosure requests to Shuyang County in 2025", "no age breakdown"),
        U(z, "沭阳县2025年哪个月收到的申请最多", "no monthly breakdown"),
        U(e, "Huai'an 2024: how many requests came in online vs by post?", "no channel breakdown"),
        U(z, "洪泽区2023年各个乡镇分别收到多少申请", "no township breakdown"),
        U(e, "Which topic (land, housing, demolition…) got the most requests at Shanghai General Office in 2025?", "no topic breakdown in figures"),
        U(z, "淮安2024年每件申请平均多少天答复完", "no response-time figure"),
        U(e, "How many staff work on information disclosure at Jianxi District government office (2020)?", "staff not stated"),
        U(z, "南京市政府2024年收到多少信息公开申请", "body not in the corpus"),
        U(e, "Suqian city 2025 disclosure requests received?", "body not in the corpus"),
        U(z, "洪泽区2022年行政许可多少件", "year not in the corpus"),
        U(e, "Shuyang County 2024 — how many requests were granted?", "year not in the corpus"),
        U(z, "上海市科委2023年新收申请多少件", "year not in the corpus"),
        U(e, "Pudong New Area 2024 reconsideration cases on disclosure?", "body not in the corpus"),
        U(z, "预计淮安市2026年会收到多少申请", "forecast"),
        U(e, "Will the Shanghai General Office get more requests in 2026 than in 2025? give a number", "forecast"),
        U(z, "你觉得沭阳县2025年信息公开做得好不好", "opinion"),
        U(e, "In your view, was Huai'an's 2024 disclosure work better than Hongze's 2024?", "opinion, no number"),
        U(z, "我2025年3月给沭阳县政府递了个申请到现在没回，我那件办到哪一步了", "one person's own case"),
        U(e, "I filed a request to Huaian city in 2024 about my house demolition, was mine one of the granted ones?", "one person's own case"),
        U(z, "淮安市2024年申请信息公开的人里，叫张伟的有几个，电话多少", "personal data"),
        U(e, "Give me the names of the people who sued the Shanghai General Office in 2025 over disclosure", "personal data"),
        U(z, "上海市府办2019年信息公开工作花了多少钱", "cost not stated"),
        U(e, "Hongze District 2024: why did the number of requests jump? give the main reason and figure", "reason not stated"),
        U(z, "12345这边有市民问：清江浦区2024年信息公开申请多少件", "body not in the corpus"),
        U(e, "Jianxi District 2021 — requests received?", "year not in the corpus"),
        U(z, "上海市政府办公厅2022年行政复议多少件", "year not in the corpus"),
        U(e, "How many of Shuyang's 2025 requests came from people living outside the county?", "no residence breakdown"),
        U(z, "淮安2024年企业申请里面制造业企业占多少", "no industry breakdown"),
        U(e, "Huai'an 2024: how many disclosure requests went to the housing bureau specifically?", "no department breakdown"),
        U(z, "市科委2024年第三季度收到几件申请", "no quarterly breakdown"),
        U(e, "what percentage of Hongze 2023 applicants were satisfied with the reply", "satisfaction not stated"),
        U(z, "洪泽区2024年有多少人是通过信函方式申请的", "no channel breakdown"),
        U(e, "sh general office 2025 how many requests by women", "no sex breakdown"),
        U(z, "涧西区2020年那两件在办的申请是谁提的", "personal data"),
        U(e, "Shuyang County 2025: average cost per disclosure request handled?", "cost not stated"),
        U(z, "沭阳县2025年信息公开申请里关于征地拆迁的有几件", "no topic breakdown"),
        U(e, "How many disclosure requests will Hongze District receive in 2025?", "forecast; 2025 report not in corpus"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请几件（不是转到下一年的）", NB + "carried over vs carried forward; text 34", alt=HA(34)),
        T(e, "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after going through reconsideration first — total?", NB + "after-review vs direct"),
        T(z, "sy", "active.normative_docs.repealed", "沭阳县2025年规范性文件废止了几件？别给我现行有效的数", NB + "repealed vs in force"),
        T(e, "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests where the info would need to be newly produced (not the 'not held' ones)", NB + "needs creation vs not held"),
        T(z, "ha", "r.withheld.process_info.total", "淮安市2024年因为是过程性信息而不公开的有几件（不是内部事务那种）", NB + "process info vs internal affairs"),
        T(e, "sh19", "active.normative_docs.total_published", "Shanghai General Office 2019 normative documents: total publicly available (对外公开总数), not the newly made ones", NB + "total published vs made"),
        T(z, "sh19", "active.procurement.projects", "上海市府办2019年政府集中采购项目数是多少（项目个数，不要金额）", NB + "projects vs amount"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations that ended with an 'other' result, not corrected", NB + "other vs corrected; text 178", alt=HAP(178)),
        T(z, "sy", "r.partially_granted.total", "沭阳县2025年部分公开的，不是全部公开的，几件", NB + "partial vs granted"),
        T(e, "ha", "active.regulations.in_force", "Huai'an 2024 government rules (规章) currently in force — not newly issued", NB + "in force vs issued"),
        T(z, "sh25", "r.carried_over.total", "上海市府办2025年上年结转的申请数，不是结转下年度的", NB + "carried over vs carried forward (text cells); text 189", alt=SH25(189)),
        T(e, "sh25", "a.litigation_direct.total", "Shanghai General Office 2025: direct lawsuits (未经复议直接起诉), not those after reconsideration", NB + "direct vs after review (text cells)"),
    ]


def CONVERSATIONS():
    extra = [V("en", "sy", "r.withheld.third_party.total",
               "hi, operator here, caller asks: Shuyang County 2025, requests refused because releasing would harm a third party (第三方合法权益)?",
               P + "third party, relayed")]
    return plain() + extra + combine() + rank() + followups() + narratives() + cannot() + traps()
