"""Question bank of blind evaluation set 165 (evals/blind165): everyday traffic, typed as people type.

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written new for this set. Numbers are never typed here: helpers165 computes them
from gold/*.json, from printed rows of the reports without gold (SPECS, the cells blind6 verified),
or cuts the sentence holding a narrative number from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib165 as L  # noqa: E402
import helpers165 as H  # noqa: E402

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

CN = {2019: "二〇一九", 2020: "二〇二〇", 2023: "二〇二三", 2024: "二〇二四", 2025: "二〇二五"}
NZ = {"ha": ["淮安市政府", "淮安", "淮安市"], "hz23": ["洪泽区", "洪泽", "洪泽区政府"],
      "hz24": ["洪泽区政府", "洪泽区", "洪泽"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
      "sh19": ["上海市府办", "上海市政府办公厅", "上海市府办公厅"],
      "sh25": ["上海市政府办公厅", "上海市府办", "上海市府办公厅"],
      "kw": ["上海科委", "市科委", "上海市科委"], "jx": ["涧西区", "涧西区政府办", "涧西"]}
NE = {"ha": ["Huai'an", "Huaian city gov", "Huaian municipal govt"],
      "hz23": ["Hongze district", "Hongze", "Hongze Dist."],
      "hz24": ["Hongze Dist.", "Hongze district", "Hongze"],
      "sy": ["Shuyang county", "Shuyang", "Shuyang County gov"],
      "sh19": ["Shanghai General Office", "Shanghai govt general office (市府办)", "SH General Office"],
      "sh25": ["SH General Office", "Shanghai General Office", "Shanghai govt general office (市府办)"],
      "kw": ["STCSM", "Shanghai science commission", "Shanghai sci&tech commission (科委)"],
      "jx": ["Jianxi District", "Jianxi", "Jianxi district gov office"]}


def yz(b, i):
    y = H.year(b)
    return ["%d年" % y, "%02d年" % (y % 100), CN[y] + "年"][i % 3]


def ye(b, i):
    y = H.year(b)
    return ["%d" % y, "FY%d" % y, "in %d" % y][i % 3]


LAB = {
    "r.received.total": ("新收的依申请公开申请", "new info requests received (本年新收)"),
    "r.received.natural_person": ("老百姓个人（自然人）新交的申请", "new requests from private persons (自然人)"),
    "r.received.legal_services": ("律所这类法律服务机构新交的申请", "requests from law firms (法律服务机构)"),
    "r.carried_over.total": ("上年结转过来的申请", "requests carried over into the year (上年结转)"),
    "r.granted.total": ("直接给公开了的", "requests fully granted, info given out (予以公开)"),
    "r.partially_granted.total": ("只公开了一部分的", "partly granted ones (部分公开)"),
    "r.unable.not_held.total": ("回复说本机关不掌握的", "answers 'we dont have this info' (本机关不掌握)"),
    "r.unable.needs_creation.total": ("要另行制作所以没提供的", "ones not given because must make new info (需另行制作)"),
    "r.withheld.internal_affairs.total": ("按内部事务信息不公开的", "withheld as internal affairs info (内部事务信息)"),
    "r.withheld.process_info.total": ("按过程性信息不公开的", "withheld because it is process info (过程性信息)"),
    "r.withheld.admin_query.total": ("当成行政查询事项没公开的", "turned down as administrative query matter (行政查询事项)"),
    "r.not_processed.petition.total": ("信访举报投诉类不予处理的", "not handled since its petition/complaint type (信访举报投诉)"),
    "r.not_processed.duplicate.total": ("重复申请不予处理的", "duplicate applications not processed (重复申请)"),
    "r.other.overdue_correction.total": ("申请人逾期不补正的", "applicant didnt fix application on time (逾期不补正)"),
    "r.other.other.total": ("其他处理里面那个“其他”", "the 'other' line under other handling (其他处理-其他)"),
    "r.total_processed.total": ("办理结果总计", "total handled (办理结果总计)"),
    "r.carried_forward.total": ("结转到下年度继续办的", "requests rolled to next year (结转下年度继续办理)"),
    "a.review.total": ("行政复议一共几件", "admin reconsideration cases total (行政复议)"),
    "a.review.upheld": ("复议结果维持的", "reconsideration with result upheld (维持)"),
    "a.review.pending": ("复议还没审结的", "reconsideration still not closed (尚未审结)"),
    "a.review.other": ("复议“其他结果”", "reconsideration 'other result' (其他结果)"),
    "a.litigation_direct.total": ("没复议直接去法院告的", "lawsuits filed direct without reconsideration (未经复议直接起诉)"),
    "a.litigation_after_review.total": ("复议完了又起诉的", "lawsuits after reconsideration (复议后起诉)"),
    "c.licensing.decisions": ("行政许可决定数", "administrative licensing decisions (行政许可)"),
    "c.punishment.decisions": ("行政处罚决定数", "admin penalty decisions (行政处罚)"),
    "c.coercion.decisions": ("行政强制决定数", "administrative coercion decisions (行政强制)"),
    "c.fees.amount": ("行政事业性收费金额（万元）", "admin fees collected in 万元 (行政事业性收费)"),
    "c.normative_docs.issued": ("本年制发的规范性文件", "normative docs issued that year (规范性文件 本年制发)"),
    "c.normative_docs.repealed": ("废止的规范性文件", "normative documents scrapped (规范性文件 废止)"),
    "c.normative_docs.in_force": ("现行有效的规范性文件", "normative docs still valid (规范性文件 现行有效)"),
    "c.normative_docs.made": ("本年新制作的规范性文件", "normative documents newly made (规范性文件 新制作)"),
    "c.normative_docs.total_published": ("规范性文件对外公开总数", "normative docs total published so far (对外公开总数量)"),
    "c.regulations.total_published": ("规章对外公开总数", "rules total published (规章 对外公开总数量)"),
    "c.procurement.projects": ("政府集中采购项目数", "central govt procurement - number of projects (采购项目数)"),
    "c.procurement.amount": ("政府集中采购总金额（万元）", "govt procurement total amount in 万元 (采购总金额)"),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}

ZT = ["{n}{y} {l}多少件啊", "{n} {y}的年报里，{l}是几件？？", "想问下{y}{n}{l}有多少",
      "{n}{y}{l} 多少 。", "刚帮邻居查资料，他要看{n}{y}的{l}，麻烦告诉下是多少",
      "{y} {n}，{l}？", "请问，，{n}{y}年报 {l}一共多少", "在写论文要用数据：{n} {y} {l}是多少呢"]
ET = ["hi, how many {l} for {n} {y}?", "{n} {y} report - {l} how much pls",
      "my boss ask me check {n} numbers. {y}, {l}, what is number?",
      "pls tell me {l} of {n} {y}", "quick one: {n} / {y} / {l} ?",
      "im student doing project on open govt info. for {n} {y}, what was the {l}?",
      "I was reading the annual report of {n} ({y}) on my phone and table is hard to see. {l}??",
      "need the figure: {l}, {n}, {y}. thx"]


# cells whose value the narrative also states (same number): marked ambiguous with the sentence
ALT = {
    ("ha", "r.received.total"): ("全市共受理政府信息公开申请", 3119),
    ("ha", "r.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "r.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "r.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "a.review.total"): ("尚未审结 37", 351),
    ("ha", "a.review.upheld"): ("尚未审结 37", 72),
    ("ha", "a.review.corrected"): ("尚未审结 37", 64),
    ("ha", "a.review.other"): ("尚未审结 37", 178),
    ("ha", "a.review.pending"): ("尚未审结 37", 37),
    ("hz23", "r.received.total"): ("全区受理政府信息公开申请", 21),
    ("sh19", "r.received.total"): ("市政府办公厅代表市政府共受理", 859),
    ("sh19", "r.total_processed.total"): ("市政府办公厅代表市政府共受理", 805),
    ("sh19", "r.carried_over.total"): ("市政府办公厅代表市政府共受理", 18),
    ("sh19", "r.carried_forward.total"): ("市政府办公厅代表市政府共受理", 72),
    ("sh19", "a.review.total"): ("信息公开类行政复议", 7),
    ("sh19", "a.litigation_direct.total"): ("信息公开类行政复议", 9),
    ("jx", "r.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "r.total_processed.total"): ("全年共收到依申请公开", 15),
    ("jx", "r.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "r.granted.total"): ("同意公开答复", 9),
    ("sh25", "r.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "r.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", "r.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sy", "r.total_processed.total"): ("全县全年共受理政府信息公开申请", 718),
    ("sy", "r.carried_forward.total"): ("全县全年共受理政府信息公开申请", 31),
}
CUR = [None]


def kw_for(k, b=None):
    kw = {"unit": "万元"} if k in MONEY else {}
    if b is not None and (b, k) in ALT:
        kw["alt"] = ALT[(b, k)]
    return kw


def plain_q(lang, b, k, i):
    if lang == "zh":
        return ZT[i % len(ZT)].format(n=NZ[b][i % 3], y=yz(b, i), l=LAB[k][0])
    q = ET[i % len(ET)].format(n=NE[b][i % 3], y=ye(b, i), l=LAB[k][1])
    return q


PLAIN_CELLS = [
    ("ha", "r.received.total"), ("ha", "r.carried_over.total"), ("ha", "r.granted.total"),
    ("ha", "r.partially_granted.total"), ("ha", "r.unable.not_held.total"),
    ("ha", "r.withheld.admin_query.total"), ("ha", "r.not_processed.petition.total"),
    ("ha", "r.not_processed.duplicate.total"), ("ha", "r.other.overdue_correction.total"),
    ("ha", "a.review.total"), ("ha", "a.review.pending"), ("ha", "a.litigation_direct.total"),
    ("ha", "c.licensing.decisions"), ("ha", "c.coercion.decisions"), ("ha", "c.fees.amount"),
    ("ha", "c.normative_docs.in_force"),
    ("hz23", "r.received.total"), ("hz23", "r.partially_granted.total"),
    ("hz23", "r.unable.not_held.total"), ("hz23", "r.unable.needs_creation.total"),
    ("hz23", "c.punishment.decisions"), ("hz23", "c.licensing.decisions"), ("hz23", "c.fees.amount"),
    ("hz23", "c.normative_docs.in_force"),
    ("hz24", "r.granted.total"), ("hz24", "r.unable.not_held.total"), ("hz24", "c.licensing.decisions"),
    ("hz24", "c.coercion.decisions"), ("hz24", "c.punishment.decisions"), ("hz24", "c.fees.amount"),
    ("hz24", "a.review.total"),
    ("sy", "r.granted.total"), ("sy", "r.partially_granted.total"), ("sy", "r.unable.not_held.total"),
    ("sy", "r.withheld.internal_affairs.total"), ("sy", "r.not_processed.petition.total"),
    ("sy", "r.other.other.total"), ("sy", "r.total_processed.total"), ("sy", "r.carried_forward.total"),
    ("sy", "c.coercion.decisions"), ("sy", "c.fees.amount"), ("sy", "c.normative_docs.issued"),
    ("sy", "a.review.total"), ("sy", "a.review.upheld"),
    ("kw", "r.received.total"), ("kw", "r.received.natural_person"), ("kw", "r.granted.total"),
    ("kw", "c.licensing.decisions"), ("kw", "c.normative_docs.in_force"),
    ("sh25", "r.received.total"), ("sh25", "r.granted.total"), ("sh25", "r.unable.not_held.total"),
    ("sh25", "r.unable.needs_creation.total"), ("sh25", "r.not_processed.petition.total"),
    ("sh25", "r.carried_forward.total"), ("sh25", "a.review.total"), ("sh25", "a.litigation_direct.total"),
    ("sh25", "a.litigation_after_review.total"),
    ("sh19", "r.received.total"), ("sh19", "r.carried_over.total"), ("sh19", "r.total_processed.total"),
    ("sh19", "r.carried_forward.total"), ("sh19", "c.normative_docs.made"),
    ("sh19", "c.regulations.total_published"), ("sh19", "c.procurement.projects"),
    ("sh19", "c.procurement.amount"), ("sh19", "a.litigation_direct.total"),
    ("jx", "r.received.total"), ("jx", "r.granted.total"), ("jx", "r.total_processed.total"),
    ("jx", "c.procurement.amount"), ("jx", "c.normative_docs.made"),
]


def plain():
    out = []
    n = 0
    for p in range(2):
        for i, (b, k) in enumerate(PLAIN_CELLS):
            if n >= 92:
                break
            lang = ("zh", "en")[(i + p) % 2]
            j = i + 3 * p
            q = plain_q(lang, b, k, j)
            if k in MONEY:
                q = q.replace("是几件", "是多少").replace("多少件", "多少").replace("how many", "how much")
            out.append(H.V(lang, b, k, q, "[plain] everyday wording of one table cell", **kw_for(k, b)))
            n += 1
    return out


TRAPS = [
    ("zh", "ha", "r.carried_forward.total", "淮安市2024年 没办完、转到下一年度接着办的申请有几件？（不是从上年转进来的那个）", "结转下年 vs 上年结转"),
    ("en", "ha", "a.litigation_after_review.total", "Huaian 2024: lawsuits that came AFTER a reconsideration (复议后起诉) - how many? not the direct ones", "复议后起诉 vs 直接起诉"),
    ("zh", "ha", "c.normative_docs.repealed", "淮安24年规范性文件 废止了多少件,不是现行有效的", "废止 vs 现行有效"),
    ("en", "ha", "r.unable.needs_creation.total", "for Huai'an FY2024, requests not provided because they would need making new info (需要另行制作) — not the 'not held' ones. number?", "另行制作 vs 不掌握"),
    ("zh", "ha", "r.withheld.process_info.total", "淮安市政府2024年 因为属于过程性信息不公开的 几件（别给我内部事务那行）", "过程性信息 vs 内部事务"),
    ("en", "ha", "a.review.other", "Huaian municipal govt 2024 reconsideration, the 'other result' (其他结果) count pls, not corrected", "其他结果 vs 纠正"),
    ("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购 总金额多少万元？不是问项目数", "采购金额 vs 项目数"),
    ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, normative documents — the total number published to public (对外公开总数量), not newly made in the year", "对外公开总数 vs 新制作"),
    ("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购 项目有几个（只要项目数，不要金额）", "采购项目数 vs 金额"),
    ("en", "sy", "r.partially_granted.total", "Shuyang County gov 2025 — requests only PARTLY disclosed (部分公开), not the fully granted ones?", "部分公开 vs 予以公开"),
    ("zh", "ha", "r.received.legal_services", "淮安2024年新收申请里 法律服务机构交的有多少 不是商业企业", "法律服务机构 vs 商业企业"),
    ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025, court cases filed after reconsideration first (复议后起诉)... how many? not direct suits", "复议后起诉 vs 直接起诉"),
    ("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年 现行有效的规范性文件总共几件？不是当年新制发的", "现行有效 vs 制发"),
]


def traps():
    return [H.T(l, b, k, q, "[neighbour] the neighbouring cell (%s) is the naive answer" % why, **kw_for(k, b)) for l, b, k, q, why in TRAPS]


SUMS = [
    ("zh", "ha", ["a.review.upheld", "a.review.corrected"], "淮安市2024年行政复议 维持的加上纠正的 一共几件"),
    ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: add up all 8 reasons of not disclosing (不予公开 all subitems) - total?"),
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安 2024年 全部公开+部分公开 合起来多少件"),
    ("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huaian city gov 2024 'unable to provide' (无法提供) — not held + need creation + unclear, sum them pls"),
    ("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "二〇二四年淮安市 行政许可、行政处罚、行政强制三项决定加起来是多少"),
    ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huaian FY2024 all lawsuits = direct + after reconsideration, what total?"),
    ("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳25年 予以公开跟部分公开加一块 多少"),
    ("en", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang county 2025 reconsideration upheld plus corrected, together?"),
    ("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年“其他处理”那三行（逾期不补正、逾期不缴费、其他）合计几件"),
    ("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang 2025 — internal affairs + process info + law enforcement files + admin query (不予公开 5-8) sum?"),
    ("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 不掌握的和要另行制作的 加起来几件"),
    ("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze district 2023, licensing + penalty + coercion decisions all together = ?"),
    ("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年 新制作的规章和规范性文件 一共多少件"),
    ("en", "kw", ["r.received.natural_person", "r.received.commercial"], "STCSM 2024 new requests: persons (自然人) plus companies (商业企业), total of the two?"),
    ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类不予处理 加 重复申请 两行合计"),
    ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze Dist. 2024 licensing, penalty and coercion decisions summed up?"),
]


def sums():
    return [H.S(l, b, ks, q, "[combine] sum of the listed cells") for l, b, ks, q in SUMS]


DIFFS = [
    ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了还是少了，差多少"),
    ("en", "hz23", "hz24", "c.punishment.decisions", "Hongze penalty decisions 2023 vs 2024, how much change (2024 minus 2023)?"),
    ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽 行政强制决定 23年到24年 变化多少"),
    ("en", "hz23", "hz24", "c.fees.amount", "Hongze district admin fees (行政事业性收费, 万元): 2024 minus 2023 = ?"),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府 “本机关不掌握”的答复 2024年比2023年 增加几件"),
    ("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative docs still valid: change from 2023 to 2024?"),
    ("zh", "sh19", "sh25", "r.received.total", "上海市府办 新收申请 2025年跟2019年比 多了多少件"),
    ("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests rolled to next year, 2019 -> 2025 difference?"),
    ("zh", "sh19", "sh25", "r.carried_over.total", "上海市政府办公厅 上年结转的申请 2019年和2025年差多少（后减前）"),
    ("en", "sh19", "sh25", "a.review.total", "SH General Office reconsideration cases 2025 compared with 2019, how many more?"),
]


def diffs():
    return [H.D(l, b1, b2, k, q, "[combine] later year minus earlier year", **kw_for(k))
            for l, b1, b2, k, q in DIFFS]


RANKS = [
    ("zh", ["ha", "hz23", "jx", "sh19"], "r.received.total", "desc", "淮安2024、洪泽2023、涧西2020、上海市府办2019 这四家谁收的申请最多"),
    ("en", ["ha", "hz23", "jx", "sh19"], "r.received.total", "asc", "among Huaian 2024, Hongze 2023, Jianxi 2020 and Shanghai General Office 2019, who got fewest new requests?"),
    ("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "结转下年度的申请：淮安市2024、沭阳县2025、上海市府办2019、涧西区2020 哪个最多？"),
    ("en", ["ha", "sy", "jx"], "r.carried_forward.total", "asc", "rolled-over-to-next-year requests, Huaian 2024 / Shuyang 2025 / Jianxi 2020 — smallest one?"),
    ("zh", ["hz23", "sy", "sh19"], "r.total_processed.total", "desc", "洪泽区2023年、沭阳县2025年、上海市府办2019年 办理结果总计 谁最多"),
    ("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "licensing decisions (行政许可): Huai'an 2024, Hongze 2023, Shuyang 2025 - which is biggest?"),
    ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc", "行政许可决定 淮安24年 洪泽23年 沭阳25年 哪个最少"),
    ("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "who has most penalty decisions: Huaian 2024, Hongze 2023 or Shuyang 2025?"),
    ("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制决定数最少的是哪家：淮安2024年，洪泽2023年，沭阳2025年"),
    ("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "reconsideration cases, Huaian 2024 vs Shuyang 2025 vs Shanghai General Office 2019 vs Jianxi 2020: most?"),
    ("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "行政复议最少的是谁？淮安2024、沭阳2025、上海市府办2019、涧西2020"),
    ("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "direct lawsuits (直接起诉) lowest among Huaian 2024, Shuyang 2025, SH General Office 2019, Jianxi 2020?"),
    ("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转过来的申请 淮安2024年 沭阳2025年 上海市府办2019年 谁最多"),
]


def ranks():
    return [H.R(l, bs, k, o, q, "[rank] ranking over gold bodies, all named") for l, bs, k, o, q in RANKS]


NARR = [
    ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年报说设了多少个试点领域的专栏啊"),
    ("en", "ha", "新闻发布会 12 场", 12, "场", "Huai'an 2024 how many press conferences (新闻发布会) they held, report text says?"),
    ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年 在运维的政务新媒体 一共几个"),
    ("en", "ha", "全覆盖检查", 4, "次", "Huaian city gov 2024 - full-coverage checks of the disclosure columns, how many times?"),
    ("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安2024年收了多少信息处理费 （元）"),
    ("en", "hz23", "主动公开政府信息 1136", 1136, "条", "Hongze district 2023, items proactively published on govt website platform?"),
    ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年 政府网站平台主动发布了多少条信息"),
    ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze 2024 how many executive meetings (常务会议) were made public?"),
    ("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年 县政府门户网站主动公开了多少条信息"),
    ("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025 — rounds of public opinion solicitation (意见征集) on the portal?"),
    ("zh", "sy", "督促县直部门", 3044, "条", "沭阳25年 县直部门在信息公开页面发了几条信息"),
    ("en", "sy", "专栏33个", 33, "个", "Shuyang county 2025 new-media columns opened (专栏), how many?"),
    ("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县政府2025年新媒体 策采新闻稿件多少篇"),
    ("en", "sy", "原创短视频1113", 1113, "个", "my friend say Shuyang pushes lot of short videos. in 2025 how many original short videos?"),
    ("zh", "sy", "64家单位", 64, "家", "沭阳2025年 年报集中公开 涉及全县多少家单位"),
    ("en", "sy", "催办提示", 84, "次", "Shuyang 2025 the countdown alarm thing — how many reminders (催办提示) sent?"),
    ("zh", "sy", "办前主动沟通", 49, "次", "沭阳县二〇二五年 办前主动沟通搞了几次"),
    ("en", "sy", "清理过期信息697", 697, "条", "Shuyang County gov 2025: outdated info cleaned up, how many items?"),
    ("zh", "sy", "收取信息处理费共计380元", 380, "元", "沭阳2025年收信息处理费 一共多少元"),
    ("en", "sy", "全县共办理相关案件", 74, "件", "Shuyang 2025 text says county handled related review+lawsuit cases — what number?"),
    ("zh", "kw", "批量推送集成式发布政策", 121, "条", "上海科委2024年 批量推送集成式发布的政策有多少条"),
    ("en", "kw", "日常报送惠企政策", 83, "条", "STCSM 2024 daily reported business-support policies (惠企政策), count?"),
    ("zh", "kw", "个高频事项", 5, "个", "市科委2024年报里 做了阅办联动的高频事项是几个"),
    ("en", "kw", "网站全年累计发布信息", 2139, "条", "Shanghai science commission website 2024, total info items posted?"),
    ("zh", "kw", "微信公众号共编发文章", 1640, "篇", "上海科委 2024年 “上海科技”公众号发了多少篇文章"),
    ("en", "kw", "直播 118", 118, "场", "STCSM 2024 how many livestreams (直播) did they do?"),
    ("zh", "sh25", "新闻发布会 42", 42, "场", "上海市政府办公厅2025年 开了几场新闻发布会"),
    ("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai General Office 2025, press briefings (新闻通气会) number?"),
    ("zh", "sh25", "公开属性审查", 166, "件", "上海市府办2025年 公文公开属性审查做了多少件"),
    ("en", "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "SH General Office 2025 gazette (公报) issues edited?"),
    ("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "上海市府办 2025年报说 几个区上线了数字公报"),
    ("en", "sh25", "申请人主动撤回", 157, "件", "Shanghai General Office 2025 — requests the applicant withdrew themselves (主动撤回)?"),
    ("zh", "sh25", "重点领域 125 项", 125, "项", "上海市政府办公厅2025年 重点领域信息公开任务有多少项"),
    ("en", "sh19", "统一受理平台接入53个部门", 53, "个", "Shanghai General Office 2019 one-stop platform (一网通办) connected how many departments?"),
    ("zh", "sh19", "政策解读共132件", 132, "件", "上海市府办2019年 门户网站发布政策解读多少件"),
    ("en", "sh19", "权威发布共计38次", 38, "次", "SH General Office 2019, authoritative releases on executive meeting topics, how many times?"),
    ("zh", "sh19", "全年共编发公报24期", 24, "期", "2019年上海市政府办公厅 一共编发了几期公报"),
    ("en", "sh19", "70家政府网站", 70, "家", "Shanghai General Office 2019 quarterly checked how many government websites?"),
    ("zh", "sh19", "人事任免文件141件", 141, "件", "上海市府办19年 主动公开人事任免文件几件"),
]


def narratives():
    return [H.N(l, b, kw, v, u, q, "[textonly] number stated only in the report text") for l, b, kw, v, u, q in NARR]


UNANS = [
    ("zh", "淮安市2024年的申请人里男的女的各多少", "no sex breakdown"),
    ("en", "Huaian 2024 — what age are the people who apply for information?", "no age breakdown"),
    ("zh", "洪泽区2023年 几月份收到的申请最多", "no month breakdown"),
    ("en", "Shuyang 2025 requests by quarter pls (Q1 Q2 Q3 Q4)", "no quarter breakdown"),
    ("zh", "沭阳县2025年 网上申请和信函申请分别多少件", "no channel breakdown"),
    ("en", "Shanghai General Office 2025 — how many requests came by email vs in person?", "no channel breakdown"),
    ("zh", "淮安2024年 清江浦区的依申请公开有几件", "no district breakdown"),
    ("en", "which township in Shuyang County got most info requests in 2025?", "no township breakdown"),
    ("zh", "上海市府办2019年申请最多的是哪个话题，拆迁还是社保", "no topic breakdown"),
    ("en", "STCSM 2024 — which industry do the company applicants come from?", "no industry breakdown"),
    ("zh", "涧西区2020年 申请人是本地户籍的占多少", "no residence breakdown"),
    ("en", "Huai'an 2024: how many requests did the 自然资源局 (natural resources bureau) get?", "no department breakdown"),
    ("zh", "淮安市2024年答复一件申请平均要几天", "no response time"),
    ("en", "Hongze district 2023, how many staff work on information disclosure?", "no staff number"),
    ("zh", "上海科委2024年信息公开工作花了多少经费", "no cost stated"),
    ("en", "whats the forecast for Shanghai General Office requests in 2026?", "forecast"),
    ("zh", "你觉得沭阳县2025年的政务公开做得好不好", "opinion"),
    ("zh", "洪泽区2022年收到几件申请", "year not held"),
    ("en", "Shuyang 2024 how many information requests?", "year not held"),
    ("zh", "上海科委2023年收到多少申请", "year not held"),
    ("en", "Jianxi District 2021 number of disclosure requests?", "year not held"),
    ("zh", "上海市政府办公厅2022年 行政复议几件", "year not held"),
    ("en", "Nanjing city 2024, how many info requests received?", "body not held"),
    ("zh", "宿迁市2025年依申请公开收了多少", "body not held"),
    ("en", "Pudong New Area 2024 — admin reconsideration cases on disclosure?", "body not held"),
    ("zh", "清江浦区政府2024年 主动公开了几条信息", "body not held"),
    ("en", "can u give me phone number and name of who applied to Huaian govt in 2024?", "personal data"),
    ("zh", "淮安2024年那103件顺延的申请 具体是谁申请的", "personal data"),
    ("en", "Hongze 2024 — why did requests change so much? what reason they give?", "reason not stated"),
    ("zh", "上海市府办2025年 申请量增长了百分之多少 年报原文里有吗", "figure not stated"),
    ("en", "Shuyang 2025 how much did the county spend on new-media accounts?", "cost not stated"),
    ("zh", "涧西区2020年 有多少申请是用微信小程序提交的", "no channel breakdown"),
    ("en", "Huaian 2024 how many requests were from foreigners?", "no nationality breakdown"),
    ("zh", "沭阳县2025年被纠正的复议是哪几个部门的", "no department breakdown"),
    ("en", "STCSM 2024: how many hours per week do staff spend on requests?", "no staff time"),
    ("zh", "洪泽区2023年 申请人平均年龄多大", "no age breakdown"),
    ("en", "SH General Office 2019, how many requests about housing (住房) topic?", "no topic breakdown"),
    ("zh", "上海科委2024年 哪个月直播看的人最多", "no month breakdown"),
    ("en", "Jianxi district gov office 2020 — salary of the disclosure officer?", "personal data / not stated"),
]


def unans():
    return [H.U(l, q, why, "[cannot] " + why) for l, q, why in UNANS]


FOLLOW = [
    ("zh", [("ha", "r.granted.total", "淮安2024年 予以公开的几件"), ("sy", "r.granted.total", "换成沭阳2025年呢")]),
    ("en", [("ha", "r.unable.not_held.total", "Huaian 2024 how many 'not held' (不掌握) answers?"), ("sy", "r.unable.not_held.total", "and Shuyang 2025?")]),
    ("zh", [("hz23", "c.licensing.decisions", "洪泽区2023年行政许可决定多少"), ("hz24", "c.licensing.decisions", "24年呢？")]),
    ("en", [("hz23", "c.punishment.decisions", "Hongze 2023 penalty decisions (行政处罚)?"), ("hz24", "c.punishment.decisions", "what about 2024")]),
    ("zh", [("hz23", "c.coercion.decisions", "洪泽 2023年 行政强制 多少"), ("hz24", "c.coercion.decisions", "那二〇二四年的呢"), ("ha", "c.coercion.decisions", "淮安市2024年同一项是多少")]),
    ("en", [("hz23", "c.fees.amount", "Hongze district 2023 admin fees, 万元?"), ("hz24", "c.fees.amount", "2024?")]),
    ("zh", [("sh19", "r.received.total", "上海市府办2019年新收申请几件"), ("sh25", "r.received.total", "2025年的呢")]),
    ("en", [("sh19", "r.carried_forward.total", "Shanghai General Office 2019 — requests moved to next year (结转下年度)?"), ("sh25", "r.carried_forward.total", "same thing for 2025 pls")]),
    ("zh", [("sh19", "a.review.total", "上海市政府办公厅2019年行政复议几件"), ("sh25", "a.review.total", "25年呢"), ("sh25", "a.review.pending", "其中还没审结的多少")]),
    ("en", [("sh19", "a.litigation_direct.total", "SH General Office 2019 direct lawsuits?"), ("sh25", "a.litigation_direct.total", "ok and 2025?"), ("sh25", "a.litigation_direct.pending", "how many of those still pending?")]),
    ("zh", [("ha", "a.review.total", "淮安市2024年行政复议一共多少"), ("ha", "a.review.upheld", "维持的呢"), ("ha", "a.review.corrected", "被纠正的呢")]),
    ("en", [("sy", "a.review.upheld", "Shuyang 2025 reconsideration upheld count?"), ("sy", "a.review.pending", "and still pending (尚未审结)?")]),
    ("zh", [("sy", "c.licensing.decisions", "沭阳县2025年 行政许可 决定数"), ("sy", "c.punishment.decisions", "行政处罚呢"), ("ha", "c.punishment.decisions", "淮安2024年的行政处罚呢")]),
    ("en", [("ha", "c.normative_docs.issued", "Huaian 2024 normative documents issued (制发)?"), ("sy", "c.normative_docs.issued", "Shuyang County 2025?")]),
    ("zh", [("kw", "r.received.total", "上海科委2024年 收到几件申请"), ("kw", "r.granted.total", "同意公开的有几件")]),
    ("en", [("kw", "c.normative_docs.issued", "STCSM 2024 normative docs issued?"), ("kw", "c.normative_docs.in_force", "and how many still in force")]),
    ("zh", [("sh25", "r.granted.total", "上海市府办2025年予以公开多少件"), ("sh25", "r.unable.not_held.total", "不掌握的呢"), ("sh25", "r.unable.needs_creation.total", "需要另行制作的呢")]),
    ("en", [("sh25", "r.carried_over.total", "Shanghai General Office 2025 carried over requests (上年结转) total?"), ("sh25", "r.carried_over.natural_person", "only from individuals (自然人)?")]),
    ("zh", [("jx", "r.received.total", "涧西区政府办2020年收到申请几件"), ("jx", "r.granted.total", "公开了几件"), ("jx", "r.carried_forward.total", "转到下年的呢")]),
    ("en", [("jx", "c.procurement.amount", "Jianxi 2020 govt procurement amount in 万元?"), ("sh19", "c.procurement.amount", "Shanghai General Office 2019 same item?")]),
    ("zh", [("ha", "r.carried_over.total", "淮安市政府2024年 上年结转的申请几件"), ("sy", "r.carried_over.total", "沭阳县2025年呢")]),
    ("en", [("ha", "r.total_processed.total", "Huaian FY2024 total requests handled (办理结果总计)?"), ("sy", "r.total_processed.total", "Shuyang FY2025?")]),
    ("zh", [("hz23", "r.unable.not_held.total", "洪泽区政府2023年 答复不掌握的几件"), ("hz24", "r.unable.not_held.total", "2024年的呢？")]),
    ("en", [("hz23", "c.normative_docs.in_force", "Hongze 2023 normative docs valid now (现行有效)?"), ("hz24", "c.normative_docs.in_force", "2024 number?"), ("hz24", "c.normative_docs.issued", "and newly issued in 2024?")]),
    ("zh", [("sy", "r.not_processed.petition.total", "沭阳2025年 信访类不予处理几件"), ("sy", "r.not_processed.duplicate.total", "重复申请那行呢")]),
    ("en", [("ha", "r.not_processed.petition.total", "Huai'an 2024 - petition type not processed?"), ("sh25", "r.not_processed.petition.total", "Shanghai General Office 2025?")]),
    ("zh", [("ha", "a.litigation_direct.total", "淮安2024年 直接起诉的行政诉讼几件"), ("ha", "a.litigation_direct.upheld", "其中维持的"), ("sy", "a.litigation_direct.total", "沭阳县2025年直接起诉的呢")]),
    ("en", [("sy", "a.litigation_after_review.total", "Shuyang 2025 lawsuits after reconsideration (复议后起诉)?"), ("ha", "a.litigation_after_review.total", "and Huaian 2024?")]),
    ("zh", [("sh19", "c.normative_docs.made", "上海市府办2019年新制作规范性文件几件"), ("jx", "c.normative_docs.made", "涧西区2020年呢")]),
    ("en", [("sh19", "c.procurement.projects", "SH General Office 2019 procurement projects number?"), ("jx", "c.procurement.projects", "Jianxi District 2020?")]),
    ("zh", [("hz23", "r.partially_granted.total", "洪泽区2023年部分公开几件"), ("ha", "r.partially_granted.total", "淮安市2024年呢"), ("sy", "r.partially_granted.total", "沭阳2025年呢")]),
    ("en", [("ha", "c.licensing.decisions", "Huaian 2024 licensing decisions?"), ("hz24", "c.licensing.decisions", "Hongze district 2024?")]),
    ("zh", [("kw", "r.received.natural_person", "市科委2024年 个人申请几件"), ("kw", "r.received.commercial", "企业的呢")]),
    ("en", [("kw", "c.licensing.decisions", "STCSM 2024 licensing decisions (行政许可)?"), ("hz24", "c.licensing.decisions", "compare - Hongze 2024 how many?")]),
    ("zh", [("sh25", "a.litigation_after_review.total", "上海市政府办公厅2025年 复议后起诉 几件"), ("sh25", "a.litigation_direct.total", "直接起诉的呢")]),
    ("en", [("hz24", "a.review.total", "Hongze 2024 reconsideration cases?"), ("hz24", "a.litigation_direct.total", "and direct lawsuits?"), ("hz24", "a.litigation_after_review.total", "after reconsideration lawsuits?")]),
    ("zh", [("sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年 内部事务信息不公开的几件"), ("ha", "r.withheld.internal_affairs.total", "淮安2024年这个是多少")]),
    ("en", [("ha", "r.carried_forward.total", "Huaian 2024 requests pushed to next year (结转下年度)?"), ("sy", "r.carried_forward.total", "Shuyang 2025?")]),
    ("zh", [("sh19", "r.total_processed.total", "上海市府办2019年 办理结果总计多少"), ("sh25", "r.total_processed.total", "2025年呢")]),
]


def followups():
    out = []
    for lang, turns in FOLLOW:
        out.append(H.F(lang, [(q, H.E(b, k, **kw_for(k, b))) for b, k, q in turns],
                       "[followup] follow-up switching year, body, row or column"))
    return out


def CONVERSATIONS():
    return plain() + traps() + sums() + diffs() + ranks() + narratives() + unans() + followups()
