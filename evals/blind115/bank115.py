"""Question bank of blind set 115 (evals/blind115). Every wording written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers115 computes them from gold/*.json, from printed rows of
reports without gold (SPECS, the cells blind6 verified) or from sentences cut from the text.
"""
import blindlib115 as L
from helpers115 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F, cols

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

# table cells that the report text also states (same number): marked ambiguous + sentence
ALT = {
    ("ha", "requests.received.total"): ("全市共受理", 3119),
    ("ha", "requests.total_processed.total"): ("全市共受理", 3050),
    ("ha", "requests.carried_over.total"): ("全市共受理", 34),
    ("ha", "requests.carried_forward.total"): ("全市共受理", 103),
    ("ha", "appeals.review.total"): ("结果维持 72", 351),
    ("ha", "appeals.review.upheld"): ("结果维持 72", 72),
    ("ha", "appeals.review.corrected"): ("结果维持 72", 64),
    ("ha", "appeals.review.other"): ("结果维持 72", 178),
    ("ha", "appeals.review.pending"): ("结果维持 72", 37),
    ("hz23", "requests.received.total"): ("全区受理", 21),
    ("sh19", "requests.received.total"): ("代表市政府共受理", 859),
    ("sh19", "requests.total_processed.total"): ("代表市政府共受理", 805),
    ("sh19", "requests.carried_forward.total"): ("代表市政府共受理", 72),
    ("sh19", "requests.carried_over.total"): ("代表市政府共受理", 18),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.normative_docs.made"): ("主动公开规章13件", 60),
    ("jx", "requests.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "requests.total_processed.total"): ("全年共收到依申请公开", 15),
    ("jx", "requests.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("sh25", "requests.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "requests.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", "requests.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sy", "requests.total_processed.total"): ("全县全年共受理", 718),
    ("sy", "requests.carried_forward.total"): ("全县全年共受理", 31),
    ("sy", "requests.received.legal_person"): ("全县全年共受理", 8),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def X(b, keys, **kw):
    """expect of a table value, with the text alternative and money unit added automatically."""
    ks = [keys] if isinstance(keys, str) else list(keys)
    from helpers115 import KS
    full = KS(ks)
    if len(full) == 1 and (b, full[0]) in ALT:
        kw.setdefault("alt", ALT[(b, full[0])])
    if any(k in MONEY for k in full):
        kw.setdefault("unit", "万元")
    return E(b, ks, **kw)


def Vx(lang, b, keys, q, note="[plain] table value", kind="value"):
    return C(kind, lang, [(q, X(b, keys))], note)


def Tx(lang, b, keys, q, note):
    return C("trap", lang, [(q, X(b, keys))], "[neighbour] " + note)


def Sx(lang, b, keys, q, note="[combine] sum of the listed cells"):
    return C("sum", lang, [(q, X(b, keys))], note)


def Dx(lang, b1, b2, keys, q, note="[combine] later year minus earlier year", **kw):
    from helpers115 import KS
    if any(k in MONEY for k in KS(keys if isinstance(keys, list) else [keys])):
        kw.setdefault("unit", "万元")
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], note)


def Rx(lang, bodies, keys, order, q):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] ranking over bodies with gold")


def Nx(lang, b, keyword, value, unit, q, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))],
             "[textonly] number stated only in the report text")


def Ux(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def Fx(lang, turns, note):
    out = []
    for q, spec in turns:
        out.append((q, X(*spec) if isinstance(spec, tuple) else spec))
    return C("followup", lang, out, "[followup] " + note)


def CONVERSATIONS():
    c = []
    # ------------------------------------------------------------------ [plain] values
    P = [
        ("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请啊"),
        ("zh", "ha", "r.granted.total", "淮安2024年 申请了直接给公开的有几件"),
        ("zh", "ha", "r.unable.not_held.total", "我帮领导核一下，淮安市政府2024年报里“本机关不掌握相关政府信息”那格是多少"),
        ("zh", "ha", "r.withheld.admin_query.total", "淮安24年被当成行政查询事项没给公开的申请有几个"),
        ("zh", "ha", "c.licensing.decisions", "淮安市2024年行政许可决定一共作出多少件？写稿要用"),
        ("zh", "ha", "c.fees.amount", "淮安市政府二〇二四年行政事业性收费金额是多少万元"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止了多少件规范性文件"),
        ("zh", "ha", "r.other.overdue_correction.total", "帮来电市民问下：淮安市2024年申请人逾期不补正、被当放弃申请处理的有几件"),
        ("zh", "ha", "a.litigation_direct.total", "淮安市政府2024年因为信息公开被直接告上法院（没先复议）的一共多少件"),
        ("zh", "ha", "r.partially_granted.total", "淮安市2024 部分公开的件数"),
        ("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请多少件，不算上一年结转过来的"),
        ("zh", "sy", "r.unable.not_held.total", "我之前申请也被回复说没有这个信息，想看看沭阳县政府2025年一共有多少件是这么答复的（本机关不掌握）"),
        ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年 内部事务信息 不给公开的 几件啊"),
        ("zh", "sy", "c.punishment.decisions", "我是学生做作业，沭阳县2025年行政处罚决定数量是多少"),
        ("zh", "sy", "a.review.total", "沭阳县政府2025年信息公开方面的行政复议总共多少件"),
        ("zh", "sy", "r.other.other.total", "沭阳2025年表里“其他”那一行（逾期不补正、收费之外的其他）是多少"),
        ("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的规范性文件多少件"),
        ("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织提的申请一共几件"),
        ("zh", "sy", "r.carried_forward.total", "沭阳县政府2025年没办完、要结转到下一年的申请有几件"),
        ("zh", "hz23", "r.received.total", "洪泽区政府2023年收到多少信息公开申请"),
        ("zh", "hz23", "c.punishment.decisions", "洪泽2023年行政处罚多少件"),
        ("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年因为要另外制作才能提供、所以没给的有几件"),
        ("zh", "hz23", "a.review.upheld", "洪泽区2023年复议结果维持的有多少"),
        ("zh", "sh19", "r.received.total", "上海市府办2019年受理信息公开申请多少件"),
        ("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年 自然人申请里因为属于信访举报投诉被不予处理的有几件"),
        ("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少（万元）"),
        ("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅对外公开规章总数是多少"),
        ("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开了几件申请"),
        ("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个"),
        ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定多少件"),
        ("zh", "hz24", "r.unable.not_held.total", "洪泽2024年申请人要的信息区政府说不掌握的，有几件"),
        ("zh", "kw", "r.received.total", "上海科委2024年收到几件信息公开申请"),
        ("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年因为本机关不掌握而没法提供的申请几件"),
        ("en", "ha", "r.received.total", "How many info disclosure requests did Huai'an city govt take in during 2024?"),
        ("en", "ha", "r.withheld.process_info.total", "huaian 2024 how many requests refused bc the info was process information (过程性信息)"),
        ("en", "ha", "c.punishment.decisions", "For a story on Huaian: number of administrative penalty decisions (行政处罚) in 2024?"),
        ("en", "ha", "r.not_processed.petition.total", "Huai'an 2024 — requests not handled because they were really petitions/complaints, how many?"),
        ("en", "ha", "a.review.corrected", "In 2024 how many of Huai'an's info-disclosure administrative reviews ended with the decision corrected?"),
        ("en", "ha", "c.regulations.in_force", "Huaian municipal govt regulations (规章) still in force as of 2024, what's the count"),
        ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests they couldn't meet because the info would have to be newly compiled?"),
        ("en", "sy", "r.granted.total", "I'm writing about Shuyang County for a class project. In 2025 how many requests were granted in full (予以公开)?"),
        ("en", "sy", "c.coercion.decisions", "shuyang county 2025 administrative coercion decisions number pls"),
        ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed after an administrative review first — total?"),
        ("en", "sy", "r.not_processed.duplicate.total", "How many repeat requests did Shuyang County turn away in 2025?"),
        ("en", "sy", "c.fees.amount", "What did Shuyang County collect in administrative fees (行政事业性收费) in 2025, in 10k yuan?"),
        ("en", "sy", "r.total_processed.total", "Shuyang County gov 2025 total requests processed"),
        ("en", "sy", "r.withheld.enforcement_files.total", "in 2025 Shuyang refused how many as administrative enforcement case files?"),
        ("en", "hz23", "c.fees.amount", "Hongze District 2023 admin fee revenue (万元)?"),
        ("en", "hz23", "r.unable.not_held.total", "my uncle got a 'we do not hold that info' reply from Hongze District. in 2023 how many requests got that answer in total?"),
        ("en", "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze District make in 2023?"),
        ("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019, how many requests processed in total?"),
        ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 total normative documents publicly released (对外公开总数)?"),
        ("en", "sh19", "a.review.total", "How many info-disclosure admin reviews did the Shanghai General Office face in 2019?"),
        ("en", "sh19", "r.unable.unclear.natural_person", "2019 Shanghai General Office: requests from individuals rejected because the request content was unclear?"),
        ("en", "jx", "r.received.total", "Jianxi District 2020 how many requests came in"),
        ("en", "jx", "c.procurement.amount", "Jianxi District, 2020: amount of government centralized procurement in 10k yuan?"),
        ("en", "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalties — how many decisions?"),
        ("en", "hz24", "a.review.total", "hongze district 2024 number of administrative reviews about disclosure"),
        ("en", "kw", "c.normative_docs.in_force", "STCSM 2024: normative documents currently in force?"),
        ("en", "kw", "r.received.natural_person", "Shanghai science commission 2024, how many requests came from private individuals?"),
        ("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025 requests filed by individuals (自然人)?"),
        ("en", "sh25", "a.litigation_direct.total", "Shanghai General Office got sued directly over disclosure how many times in 2025?"),
        ("en", "sh25", "r.not_processed.petition.total", "In 2025 the Shanghai General Office declined to process how many requests as petitions?"),
        ("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025 requests carried into next year?"),
    ]
    for lang, b, k, q in P:
        c.append(Vx(lang, b, k, q))
    # ------------------------------------------------------------------ [combine] sums
    SUMS = [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件"),
        ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议、直接起诉、复议后再起诉，这三样加起来多少件"),
        ("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年行政许可、处罚、强制三类决定合计多少"),
        ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因为国家秘密、过程性信息、行政执法案卷不予公开的加起来几件"),
        ("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "上海市府办2019年自然人申请里“无法提供”三小项合计是多少"),
        ("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025年逾期不补正、逾期不缴费、其他处理、信访类、重复申请这五格加总"),
        ("zh", "jx", ["a.review.total", "a.litigation_direct.total"], "涧西区政府办2020年行政复议和直接诉讼一共几件"),
        ("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' rows"),
        ("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County 2025 — full plus partial disclosure combined?"),
        ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "total lawsuits against Huai'an city in 2024, direct + after review"),
        ("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: rules made plus normative docs made, together?"),
        ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huaian 2024, sum of all 8 'not disclosed' (不予公开) reasons"),
        ("en", "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang 2025 normative docs issued and repealed, add them"),
        ("en", "hz23", ["c.licensing.decisions", "c.coercion.decisions"], "Hongze District 2023 licensing plus coercion decisions total"),
    ]
    for lang, b, ks, q in SUMS:
        c.append(Sx(lang, b, ks, q))
    DIFFS = [
        ("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年多了还是少了，差多少"),
        ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区2023到2024年行政许可决定数变化了多少"),
        ("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议，2025年比2019年增加了多少件"),
        ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度办理的申请，2019年到2025年差了多少"),
        ("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions: change from 2023 to 2024?"),
        ("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, requests by individuals 2025 vs 2019 — how many more?"),
        ("en", "sh19", "sh25", "a.litigation_direct.total", "difference in direct lawsuits vs the Shanghai General Office, 2019 to 2025"),
        ("en", "hz23", "hz24", "c.fees.amount", "Hongze fees (行政事业性收费): 2024 minus 2023, in 万元?"),
        ("en", "hz23", "hz24", "a.review.total", "Hongze admin reviews 2023→2024, up or down by how many"),
    ]
    for lang, b1, b2, k, q in DIFFS:
        c.append(Dx(lang, b1, b2, [k], q))
    c.append(Dx("zh", "sh19", "sh25", ["r.received.total"], "上海市府办受理的申请量，2025年比2019年多了多少件", alt=("市政府共受理政府信息公开申请", 1295)))
    # ------------------------------------------------------------------ [rank]
    RK = [
        ("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪个收到的申请最多"),
        ("zh", ["sy", "sh19", "jx"], "a.review.total", "asc", "沭阳县2025年、上海市府办2019年、涧西区2020年，信息公开复议谁最少"),
        ("zh", ["ha", "sy", "sh19", "hz23"], "r.carried_forward.total", "desc", "淮安2024 沭阳2025 上海市政府办公厅2019 洪泽2023 这四家结转下年的申请谁最多"),
        ("zh", ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "比较一下淮安市2024年、沭阳县2025年和涧西区2020年直接被起诉的件数，谁排第一"),
        ("zh", ["hz23", "jx", "sy"], "r.total_processed.total", "asc", "洪泽区2023、涧西区2020、沭阳县2025 办结申请总数哪个最少"),
        ("en", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "Of Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), who processed the most requests?"),
        ("en", ["sy", "hz23", "jx"], "r.received.total", "asc", "Fewest new requests: Shuyang 2025, Hongze 2023 or Jianxi 2020?"),
        ("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "rank Huaian 2024, Shuyang 2025, Hongze 2023 by penalty decisions — top one?"),
        ("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020: which had the fewest direct lawsuits?"),
        ("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Smallest number of coercion decisions among Huaian 2024, Shuyang 2025 and Hongze 2023?"),
    ]
    for lang, bs, k, o, q in RK:
        c.append(Rx(lang, bs, [k], o, q))
    # ------------------------------------------------------------------ [neighbour] traps
    TR = [
        ("zh", "ha", "r.carried_over.total", "淮安市政府2024年从上一年结转过来继续办的申请有几件（不是转到下年的）", "结转上年 vs 结转下年"),
        ("zh", "ha", "a.litigation_after_review.total", "淮安2024年先复议、对复议不服再去起诉的有多少件", "复议后起诉 vs 直接起诉"),
        ("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年规范性文件废止了几件？不是新制发的", "废止 vs 制发"),
        ("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年需要另行制作所以没提供的，注意不是不掌握那一行", "另行制作 vs 不掌握"),
        ("zh", "ha", "r.withheld.process_info.total", "淮安市2024年因为是过程性信息不公开的，别跟内部事务搞混", "过程性信息 vs 内部事务"),
        ("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府采购是几个项目（问的是项目数不是金额）", "采购项目数 vs 金额"),
        ("en", "ha", "c.regulations.issued", "Huai'an 2024: municipal rules newly issued that year — not the number in force", "制发 vs 现行有效"),
        ("en", "sy", "a.review.other", "Shuyang 2025 reviews that ended with an 'other' outcome (其他结果), not corrected ones", "其他结果 vs 纠正"),
        ("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019 normative documents newly made (新制作), not the total published", "新制作 vs 对外公开总数"),
        ("en", "ha", "r.partially_granted.total", "huaian 2024 PARTIAL disclosure only, not the fully granted row", "部分公开 vs 予以公开"),
        ("en", "sy", "a.litigation_direct.total", "Shuyang County 2025 lawsuits filed straight away, without review first?", "直接起诉 vs 复议后起诉"),
        ("en", "ha", "r.other.overdue_fee.total", "Huai'an 2024 requests dropped because the fee wasn't paid in time (not the failure-to-supplement row)", "逾期不缴费 vs 逾期不补正"),
        ("zh", "hz24", "c.normative_docs.in_force", "洪泽区2024年现行有效的规范性文件多少件，不是当年制发的", "现行有效 vs 制发"),
    ]
    for lang, b, k, q, n in TR:
        c.append(Tx(lang, b, [k], q, n))
    # ------------------------------------------------------------------ [followup]
    FU = [
        ("zh", [("淮安市2024年行政复议一共多少件", ("ha", "a.review.total")), ("那沭阳县2025年呢", ("sy", "a.review.total"))], "switch body"),
        ("zh", [("沭阳2025年予以公开几件", ("sy", "r.granted.total")), ("部分公开呢", ("sy", "r.partially_granted.total")), ("不予公开里面涉及第三方权益的呢", ("sy", "r.withheld.third_party.total"))], "switch row"),
        ("zh", [("洪泽区2023年行政强制决定多少", ("hz23", "c.coercion.decisions")), ("换成2024年呢", ("hz24", "c.coercion.decisions")), ("那24年行政许可呢", ("hz24", "c.licensing.decisions"))], "switch year"),
        ("zh", [("上海市府办2019年直接提起行政诉讼几件", ("sh19", "a.litigation_direct.total")), ("25年呢？", ("sh25", "a.litigation_direct.total")), ("2025年复议后再起诉的呢", ("sh25", "a.litigation_after_review.total"))], "switch year"),
        ("zh", [("淮安2024年自然人提的申请多少件", ("ha", "r.received.natural_person")), ("法人或其他组织那几列加起来呢", ("ha", "r.received.legal_person"))], "switch column"),
        ("zh", [("涧西区2020年办结了多少件申请", ("jx", "r.total_processed.total")), ("结转到下一年的有几件", ("jx", "r.carried_forward.total"))], "switch row"),
        ("zh", [("沭阳县2025年行政许可决定数", ("sy", "c.licensing.decisions")), ("淮安市2024年同一项是多少", ("ha", "c.licensing.decisions")), ("洪泽区2023年的呢", ("hz23", "c.licensing.decisions"))], "switch body"),
        ("zh", [("淮安市2024年复议结果维持的有几件", ("ha", "a.review.upheld")), ("被纠正的呢", ("ha", "a.review.corrected")), ("还没审结的", ("ha", "a.review.pending"))], "switch column of appeals"),
        ("zh", [("上海科委2024年行政许可多少件", ("kw", "c.licensing.decisions")), ("行政处罚呢", ("kw", "c.punishment.decisions"))], "switch row"),
        ("zh", [("我在核对上海市政府办公厅2025年报，新收申请总数是多少", ("sh25", "r.received.total")), ("其中商业企业提的几件", ("sh25", "r.received.commercial")), ("上一年结转过来的呢", ("sh25", "r.carried_over.total"))], "switch column and row"),
        ("zh", [("沭阳县2025年复议后又起诉的几件", ("sy", "a.litigation_after_review.total")), ("其中维持的呢", ("sy", "a.litigation_after_review.upheld"))], "switch column of appeals"),
        ("zh", [("洪泽2023年信访举报类不予处理的几件", ("hz23", "r.not_processed.petition.total")), ("淮安市2024年同一行呢", ("ha", "r.not_processed.petition.total"))], "switch body"),
        ("zh", [("淮安市2024年现行有效规范性文件多少", ("ha", "c.normative_docs.in_force")), ("当年新制发的呢", ("ha", "c.normative_docs.issued")), ("沭阳2025年新制发的", ("sy", "c.normative_docs.issued"))], "switch row and body"),
        ("zh", [("上海市府办2019年新收申请多少", ("sh19", "r.received.total")), ("其中自然人的", ("sh19", "r.received.natural_person"))], "switch column"),
        ("zh", [("洪泽区2024年予以公开多少件", ("hz24", "r.granted.total")), ("结转下年的呢", ("hz24", "r.carried_forward.total"))], "switch row"),
        ("zh", [("涧西区2020年规范性文件新制作几件", ("jx", "c.normative_docs.made")), ("上海市府办2019年呢", ("sh19", "c.normative_docs.made"))], "switch body"),
        ("en", [("Huai'an 2024 requests carried over into next year?", ("ha", "r.carried_forward.total")), ("and Shuyang 2025?", ("sy", "r.carried_forward.total")), ("Shanghai General Office 2025, same thing", ("sh25", "r.carried_forward.total"))], "switch body"),
        ("en", [("Shuyang County 2025 admin review outcomes — how many upheld?", ("sy", "a.review.upheld")), ("corrected?", ("sy", "a.review.corrected")), ("still pending?", ("sy", "a.review.pending"))], "switch column of appeals"),
        ("en", [("Hongze District 2023 fees collected, 万元", ("hz23", "c.fees.amount")), ("what about 2024", ("hz24", "c.fees.amount"))], "switch year"),
        ("en", [("Shanghai General Office 2019 admin reviews total", ("sh19", "a.review.total")), ("2025?", ("sh25", "a.review.total")), ("how many of the 2025 ones still pending", ("sh25", "a.review.pending"))], "switch year then column"),
        ("en", [("Huaian 2024 requests refused as state secrets", ("ha", "r.withheld.state_secret.total")), ("ones refused because laws prohibit disclosure?", ("ha", "r.withheld.prohibited_by_law.total"))], "switch row"),
        ("en", [("Jianxi District 2020 lawsuits after review", ("jx", "a.litigation_after_review.total")), ("Huai'an in 2024?", ("ha", "a.litigation_after_review.total")), ("how many of Huai'an's were upheld", ("ha", "a.litigation_after_review.upheld"))], "switch body"),
        ("en", [("STCSM 2024 how many requests fully granted", ("kw", "r.granted.total")), ("and how many carried over from the year before", ("kw", "r.carried_over.total"))], "switch row"),
        ("en", [("Shuyang 2025 requests from individuals (newly received in 2025)", ("sy", "r.received.natural_person")), ("from companies and other orgs combined?", ("sy", "r.received.legal_person"))], "switch column"),
        ("en", [("Hongze District 2024 direct lawsuits", ("hz24", "a.litigation_direct.total")), ("after-review lawsuits?", ("hz24", "a.litigation_after_review.total"))], "switch appeals group"),
        ("en", [("Huai'an 2024 admin coercion decisions", ("ha", "c.coercion.decisions")), ("fees in 万元?", ("ha", "c.fees.amount")), ("same fee figure for Shuyang 2025", ("sy", "c.fees.amount"))], "switch row and body"),
        ("en", [("Shanghai General Office 2025: requests turned away as duplicates", ("sh25", "r.not_processed.duplicate.total")), ("and ones needing new compilation (需另行制作)", ("sh25", "r.unable.needs_creation.total"))], "switch row"),
        ("en", [("Shanghai General Office 2019 rules (规章) newly made", ("sh19", "c.regulations.made")), ("Huai'an 2024 rules newly issued?", ("ha", "c.regulations.issued"))], "switch body"),
        ("en", [("Hongze 2023 partially granted requests", ("hz23", "r.partially_granted.total")), ("Shuyang 2025?", ("sy", "r.partially_granted.total")), ("and Huaian 2024", ("ha", "r.partially_granted.total"))], "switch body twice"),
        ("en", [("Jianxi 2020 direct lawsuits", ("jx", "a.litigation_direct.total")), ("upheld ones?", ("jx", "a.litigation_direct.upheld"))], "switch column of appeals"),
        ("zh", [("淮安市2024年处罚决定多少", ("ha", "c.punishment.decisions")), ("沭阳县2025年的呢", ("sy", "c.punishment.decisions"))], "switch body"),
    ]
    for lang, turns, note in FU:
        c.append(Fx(lang, turns, note))
    # ------------------------------------------------------------------ [textonly]
    NT = [
        ("zh", "sy", "全年发出催办提示", 84, "次", "沭阳县2025年给责任单位发了多少次催办提醒"),
        ("zh", "sy", "意见征集9期", 9, "期", "沭阳2025年门户网站开展了几期意见征集"),
        ("zh", "sy", "爆款内容", 52, "条", "听说沭阳县2025年出了不少爆款，一共多少条"),
        ("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中公开年报的单位有多少家"),
        ("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县政府2025年清理了多少条过期信息"),
        ("zh", "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年信息处理费一共收了多少钱"),
        ("zh", "ha", "新闻发布会", 12, "场", "淮安市2024年开了几场新闻发布会"),
        ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安全市2024年在运维的政务新媒体账号有多少个"),
        ("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）"),
        ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站主动公开信息多少条"),
        ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽2024年网站主动发布的政府信息有多少条"),
        ("zh", "kw", "直播 118", 118, "场", "上海科委2024年视频号搞了多少场直播"),
        ("zh", "kw", "主合办政协提案", 85, "件", "市科委2024年主办合办的政协提案有多少件"),
        ("zh", "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了多少场新闻发布会"),
        ("zh", "sh25", "主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件"),
        ("zh", "sh19", "权威发布共计", 38, "次", "上海市政府2019年对常务会议议题权威发布了多少次"),
        ("zh", "jx", "试点领域", 26, "个", "涧西区2020年基层政务公开试点领域是几个"),
        ("en", "sy", "专栏33个", 33, "个", "Shuyang 2025 — how many special columns did their new-media accounts open?"),
        ("en", "sy", "原创短视频1113", 1113, "个", "how many original short videos did Shuyang County push out in 2025"),
        ("en", "ha", "公报》6", 6, "期", "Huai'an 2024: how many issues of the municipal gazette were produced?"),
        ("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
        ("en", "kw", "关注人数达", 1016823, "人", "STCSM's WeChat account in 2024 — how many followers?"),
        ("en", "kw", "累计批量推送", 121, "条", "Shanghai science commission 2024, policies pushed in batches for integrated release?"),
        ("en", "kw", "5 个高频事项", 5, "个", "how many high-frequency services did STCSM link up with 阅办联动 in 2024"),
        ("en", "sh25", "覆盖 10 个语种", 10, "个", "Shanghai's international services portal in 2025 covered how many languages?"),
        ("en", "sh25", "新闻通气会", 19, "场", "Number of press briefings (新闻通气会) the Shanghai government held in 2025?"),
        ("en", "sh25", "16 个区", 16, "个", "In 2025 how many Shanghai districts had a digital gazette online?"),
        ("en", "sh19", "发布政策解读共", 132, "件", "Shanghai 2019: policy interpretations posted on the China Shanghai portal?"),
        ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019?"),
        ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024, how many executive meetings were made public?"),
        ("en", "jx", "办结率", 88.2, "%", "Jianxi District 2020 completion rate for requests?"),
    ]
    for lang, b, kw, v, unit, q in NT:
        c.append(Nx(lang, b, kw, v, unit, q))
    # ------------------------------------------------------------------ [cannot]
    UN = [
        ("zh", "我上个月给沭阳县政府申请公开拆迁补偿的文件，怎么到现在2025年底还没回复", "one person's own request"),
        ("zh", "我2025年初帮我妈给沭阳县政府写过申请，想问下那件到底批了没有", "one person's own request"),
        ("zh", "我告淮安市政府信息公开的那个官司，2024年判了没", "one person's own case"),
        ("zh", "淮安2024年那3000多件申请里，每个月各收到多少", "monthly breakdown not printed"),
        ("zh", "沭阳县2025年申请人里男的女的各多少", "sex breakdown not printed"),
        ("zh", "洪泽区2023年申请人平均年龄多大", "age not printed"),
        ("zh", "淮安市2024年的信息公开申请，哪个县区来的最多", "district breakdown not printed"),
        ("zh", "上海市府办2025年的申请主要是问哪些方面的？拆迁的占多少", "topic breakdown not printed"),
        ("zh", "沭阳县2025年通过网上申请的和当面递交的各几件", "channel breakdown not printed"),
        ("zh", "淮安市政府2024年为啥有那么多件说本机关不掌握", "reasons not stated"),
        ("zh", "预计沭阳县2026年会收到多少件申请", "forecast"),
        ("zh", "上海市府办2026年打算把复议数降到多少", "plans not stated"),
        ("zh", "南京市2024年收到多少信息公开申请", "body not in corpus"),
        ("zh", "宿迁市政府2025年行政复议多少件", "body not in corpus"),
        ("zh", "洪泽区2022年的申请数量是多少", "year not in corpus"),
        ("zh", "沭阳县2024年受理申请多少件", "year not in corpus"),
        ("zh", "淮安市2024年复议纠正了64件，这个算多吗，水平怎么样", "opinion"),
        ("zh", "你觉得上海市政府办公厅2019年信息公开做得好不好", "opinion"),
        ("zh", "淮安市2024年负责信息公开的工作人员有几个", "staff not stated"),
        ("zh", "沭阳县2025年办一件申请平均要多少天", "response time not stated"),
        ("zh", "帮我查一下2024年给淮安市政府申请信息公开的张某某的电话", "personal data"),
        ("zh", "我邻居老王2023年在洪泽区申请过什么信息，能查到吗", "personal data / one person's case"),
        ("zh", "12345转来一个市民，问他2025年3月交给上海市政府办公厅的申请编号查询结果", "one person's own request"),
        ("zh", "沭阳县2025年那380元信息处理费是谁交的，交了干嘛用", "personal data / detail not stated"),
        ("zh", "淮安市2024年每一件复议具体是谁申请的", "personal data"),
        ("zh", "上海科委2024年那34件申请都是哪些公司提的", "names not printed"),
        ("zh", "洪泽2024年行政处罚里罚款总金额多少钱", "amount not stated"),
        ("zh", "淮安市2024年信息公开工作花了多少经费", "costs not stated"),
        ("zh", "涧西区2020年的申请里，第三季度收了几件", "quarter breakdown not printed"),
        ("zh", "沭阳县2025年各乡镇分别收到多少申请", "township breakdown not printed"),
        ("zh", "上海市府办2025年申请人里外地人占多少", "residence not printed"),
        ("zh", "淮安市2024年住建局收到多少件申请", "department breakdown not printed"),
        ("zh", "浦东新区2025年信息公开申请多少件", "body not in corpus"),
        ("zh", "上海科委2023年收了几件申请", "year not in corpus"),
        ("zh", "我2024年在淮安申请公开我家拆迁的评估报告，被说不掌握，能复议赢吗", "one person's case / legal advice"),
        ("zh", "沭阳县2025年那个播放破亿的视频是讲啥的，谁拍的", "detail not stated"),
        ("zh", "洪泽区2023年复议被纠错的那1件具体是什么事", "particular case not described"),
        ("zh", "淮安2024年的行政诉讼为什么比2023年少了", "reasons and prior year not stated"),
        ("zh", "上海市府办2025年的申请量明年会不会继续涨", "forecast"),
        ("zh", "清江浦区2024年依申请公开多少件", "body not in corpus"),
        ("zh", "沭阳2025年企业申请人里是哪个行业最多", "industry breakdown not printed"),
        ("zh", "淮安市政府2024年信息公开网页的访问量多少", "quantity not stated"),
        ("en", "I filed a request with Huai'an city government in 2024 and never heard back — was it approved?", "one person's own request"),
        ("en", "did my 2025 application to Shuyang county get approved or not", "one person's own request"),
        ("en", "my lawsuit against the Shanghai General Office over a 2019 disclosure refusal, who won?", "one person's own case"),
        ("en", "Huai'an 2024 requests broken down by month please", "monthly breakdown not printed"),
        ("en", "How many of Shuyang County's 2025 applicants were women?", "sex breakdown not printed"),
        ("en", "average age of people filing requests with Hongze District in 2023?", "age not printed"),
        ("en", "Which county or district sent Huai'an the most requests in 2024?", "district breakdown not printed"),
        ("en", "What share of the Shanghai General Office's 2025 requests were about housing demolition?", "topic breakdown not printed"),
        ("en", "Shuyang 2025 — how many requests came by email vs by post?", "channel breakdown not printed"),
        ("en", "Why did so many Huai'an 2024 requests end up as 'not held'?", "reasons not stated"),
        ("en", "What do you expect Huai'an's request count to be in 2025?", "forecast"),
        ("en", "What's the Shanghai science commission's target for requests in 2025?", "plans not stated"),
        ("en", "Nanjing city government 2024 disclosure requests — how many?", "body not in corpus"),
        ("en", "Suqian city 2025 admin reviews on disclosure?", "body not in corpus"),
        ("en", "Hongze District 2022 requests received?", "year not in corpus"),
        ("en", "Shanghai General Office 2022, number of requests?", "year not in corpus"),
        ("en", "Jianxi District 2021 how many requests did they get", "year not in corpus"),
        ("en", "Is 351 admin reviews for Huai'an in 2024 a lot? is that good or bad", "opinion"),
        ("en", "In your view did Shuyang County do a good job on transparency in 2025?", "opinion"),
        ("en", "How many staff handle disclosure requests at the Shuyang County government (2025)?", "staff not stated"),
        ("en", "average days the Shanghai General Office took to answer a request in 2025", "response time not stated"),
        ("en", "Can you give me the names of people who sued Huai'an over disclosure in 2024?", "personal data"),
        ("en", "caller on the 12345 line wants the status of his own 2024 request to Hongze District, case no. unknown", "one person's own request"),
        ("en", "what did the one person who paid Shuyang's 380 yuan fee in 2025 ask for?", "personal data / detail not stated"),
        ("en", "Huai'an 2024: how many requests came from people over 60?", "age not printed"),
        ("en", "Shanghai General Office 2019, requests in Q4 only?", "quarter breakdown not printed"),
        ("en", "How much did Hongze District spend on disclosure work in 2024?", "costs not stated"),
        ("en", "Pudong New Area disclosure requests 2024?", "body not in corpus"),
        ("en", "STCSM 2023 requests?", "year not in corpus"),
        ("en", "Which department of Huai'an got the most disclosure requests in 2024?", "department breakdown not printed"),
        ("en", "Shuyang 2025: how many applicants lived outside the county?", "residence not printed"),
        ("en", "Why did the Shanghai General Office's requests rise so much by 2025?", "reasons not stated"),
        ("en", "will Hongze District get more requests in 2025 than in 2024?", "forecast"),
        ("en", "what was the court case Jianxi District lost or won in 2020 about? the details", "particular case not described"),
        ("en", "Huai'an 2024 total fines collected from penalty decisions, in yuan?", "amount not stated"),
        ("en", "how many people visited the Shuyang government portal in 2025", "quantity not stated"),
        ("en", "Shanghai General Office 2025 requests from companies by industry?", "industry breakdown not printed"),
        ("en", "I asked the Shanghai science commission for a grant file in 2024, did they send it to me?", "one person's own request"),
        ("en", "compare Huai'an 2024 with Xuzhou 2024 on requests received", "body not in corpus"),
        ("en", "the 2 reviews of Hongze District in 2024 — who filed them and what about?", "particular cases / personal data"),
        ("en", "Shuyang 2025 requests per village?", "breakdown not printed"),
        ("zh", "我在沭阳2025年申请的低保材料公开，被算成不予处理了吗", "one person's own request"),
        ("zh", "涧西区2020年在办的那2件后来办完没", "particular requests; outcome not in corpus"),
    ]
    for lang, q, why in UN:
        c.append(Ux(lang, q, why))
    return c
