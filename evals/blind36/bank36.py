"""Question bank of the blind36 set. WARNING: holds every test question; as frozen as test.jsonl.

Every wording newly written for this set. Numbers are computed by helpers36 (gold JSON, printed
text cells of reports without gold, sentences cut from the report texts).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib36 as L  # noqa: E402
from helpers36 import C, E, ED, EN, ER, EU  # noqa: E402

# printed cells of the reports without gold (the cells blind6 verified; same specs)
SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

M = {"unit": "万元"}


def v(lang, b, keys, q, note="", **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + (note or "table value"))


def t(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def s(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def d(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def r(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def n(lang, b, kw_, value, unit, q, note="number stated only in the text", frm=None):
    return C("narrative", lang, [(q, EN(b, kw_, value, unit, frm))], "[textonly] " + note)


def u(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def f(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def CONVERSATIONS():
    out = []
    A = out.append
    # ---------------- [plain] value, zh ----------------
    A(v("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请", alt=("3119", 3119)))
    A(v("zh", "ha", "r.unable.not_held.total", "24年淮安 回复说自己没有这个信息的 有几件啊"))
    A(v("zh", "ha", "r.granted.total", "我想知道淮安市人民政府2024年度直接全部公开给申请人的是多少件？"))
    A(v("zh", "ha", "r.partially_granted.total", "淮安2024 只公开了一部分的 多少"))
    A(v("zh", "ha", "r.withheld.admin_query.total", "二〇二四年淮安市因为属于行政查询事项而没公开的申请数是？"))
    A(v("zh", "ha", "a.review.total", "记者问：淮安市政府2024年因信息公开被申请行政复议的总数是多少件？"))
    A(v("zh", "ha", "a.litigation_direct.total", "2024年淮安市政府被老百姓直接告到法院（没走复议）的信息公开案子一共几起"))
    A(v("zh", "ha", "c.normative_docs.in_force", "淮安市2024年报里 行政规范性文件现行有效的一栏填的是多少"))
    A(v("zh", "ha", "c.licensing.decisions", "2024年淮安全市行政许可处理决定有多少个"))
    A(v("zh", "ha", "r.received.legal_services", "律师事务所这类法律服务机构，2024年向淮安市政府申请公开了几件？"))
    A(v("zh", "ha", "r.not_processed.petition.total", "我在12345值班，来电人问淮安市政府2024年有多少申请被当成信访举报投诉类没处理"))
    A(v("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱（万元）", **M))
    A(v("zh", "ha", "a.review.corrected", "2024年淮安市 信息公开复议结果被纠正的有几件"))
    A(v("zh", "hz23", "r.unable.not_held.total", "洪泽区政府2023年答复本机关不掌握相关信息的申请有多少件"))
    A(v("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定数量 麻烦查一下"))
    A(v("zh", "hz23", "r.partially_granted.total", "之前帮邻居问过洪泽区政府的事，想了解2023年洪泽区部分公开的申请一共多少件？"))
    A(v("zh", "hz23", "c.fees.amount", "洪泽 2023 行政事业性收费金额是多少万元", **M))
    A(v("zh", "hz23", "r.unable.needs_creation.total", "2023年洪泽区里，因为要另外制作信息所以没法提供的有几个申请"))
    A(v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年的行政许可处理决定数是多少？"))
    A(v("zh", "hz24", "r.granted.total", "24年洪泽区政府予以公开的一共多少件"))
    A(v("zh", "hz24", "c.coercion.decisions", "洪泽区政府2024年度报告里行政强制那一行是几"))
    A(v("zh", "hz24", "r.unable.not_held.total", "洪泽2024不掌握的多少件"))
    A(v("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的申请（不算上一年结转过来的）是多少件？"))
    A(v("zh", "sy", "r.granted.total", "沭阳2025年 给予公开的申请多少"))
    A(v("zh", "sy", "r.withheld.internal_affairs.total", "我妈2025年向沭阳县政府申请被拒了说是内部事务，想问下2025年沭阳县因为三类内部事务信息不予公开的一共多少件"))
    A(v("zh", "sy", "c.punishment.decisions", "沭阳县2025年行政处罚做了多少个决定"))
    A(v("zh", "sy", "a.review.pending", "2025年沭阳县信息公开行政复议还没审结的几件"))
    A(v("zh", "sy", "r.other.other.total", "沭阳县2025年处理结果里“其他”那一项是多少件（不是逾期补正也不是逾期缴费）"))
    A(v("zh", "sy", "c.normative_docs.issued", "沭阳县政府2025年本年制发规范性文件几件"))
    A(v("zh", "sy", "r.carried_forward.total", "2025年沭阳县有多少申请转到下一年继续办"))
    A(v("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年 先复议后又去起诉的 共几件"))
    A(v("zh", "sy", "r.unable.not_held.total", "沭阳县政府2025年答复“本机关不掌握”的件数？"))
    A(v("zh", "kw", "r.received.total", "上海科委2024年收了多少件依申请公开",))
    A(v("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件"))
    A(v("zh", "kw", "c.licensing.decisions", "上海市科学技术委员会2024年行政许可决定数量是多少"))
    A(v("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年申请里 回答不掌握的有几个"))
    A(v("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年有多少件申请被认定为信访举报投诉类"))
    A(v("zh", "sh25", "a.review.total", "2025年上海市府办信息公开行政复议一共多少件"))
    A(v("zh", "sh25", "r.granted.total", "上海市政府办公厅2025年予以公开多少件？"))
    A(v("zh", "sh19", "r.received.total", "2019年上海市政府办公厅收到的信息公开申请是多少件"))
    A(v("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量是多少"))
    A(v("zh", "sh19", "c.procurement.amount", "2019年上海市政府办公厅政府集中采购总金额多少万元", **M))
    A(v("zh", "sh19", "a.litigation_direct.upheld", "上海市府办2019年直接起诉的信息公开案件里维持的几件"))
    A(v("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有几件"))
    A(v("zh", "jx", "c.procurement.projects", "2020年涧西区政府办公室政府集中采购项目数"))
    # ---------------- [plain] value, en ----------------
    A(v("en", "ha", "r.received.natural_person", "How many new disclosure requests did individuals file with Huai'an city government in 2024?"))
    A(v("en", "ha", "r.withheld.prohibited_by_law.total", "huaian 2024 refused because other laws forbid disclosure how many"))
    A(v("en", "ha", "r.total_processed.total", "In 2024 how many requests in total did the Huai'an municipal government finish handling (办理总计)?", alt=("3119", 3050)))
    A(v("en", "ha", "a.review.upheld", "Huaian 2024: administrative reviews about disclosure where the original decision was upheld?"))
    A(v("en", "ha", "c.punishment.decisions", "I'm a student writing a paper. Per the Huai'an 2024 annual report, how many administrative penalty decisions were made?"))
    A(v("en", "ha", "r.other.overdue_correction.total", "For Huai'an in 2024, how many requests were closed because the applicant didn't supplement within the deadline?"))
    A(v("en", "ha", "c.coercion.decisions", "number of administrative coercion decisions, Huai'an, FY2024"))
    A(v("en", "ha", "r.received.commercial", "How many requests came from businesses (商业企业) to Huai'an government in 2024?"))
    A(v("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 — lawsuits filed after an administrative review first, total?"))
    A(v("en", "ha", "r.not_processed.duplicate.total", "huai an 2024 repeat applications not processed count pls"))
    A(v("en", "hz23", "r.received.total", "Hongze District government received how many new information requests in 2023?", alt=("21 件", 21)))
    A(v("en", "hz23", "c.licensing.decisions", "How many administrative licensing decisions did Hongze make in 2023?"))
    A(v("en", "hz23", "c.normative_docs.repealed", "In 2023 how many normative documents did Hongze District scrap (本年废止)?"))
    A(v("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023, requests refused as state secrets?"))
    A(v("en", "hz24", "c.punishment.decisions", "What was Hongze District's count of administrative penalty decisions in 2024?"))
    A(v("en", "hz24", "c.fees.amount", "How much did Hongze District take in from administrative fees in 2024 (in 10k yuan)?", **M))
    A(v("en", "hz24", "r.received.total", "Hongze District 2024 new requests received according to the table"))
    A(v("en", "hz24", "a.review.total", "how many admin reviews about info disclosure did Hongze have in 2024"))
    A(v("en", "sy", "r.received.natural_person", "Shuyang County 2025: new requests from natural persons in the table (not counting carried-over ones)?"))
    A(v("en", "sy", "r.partially_granted.total", "How many requests did Shuyang County partly disclose in 2025?"))
    A(v("en", "sy", "c.licensing.decisions", "Shuyang County government, 2025, administrative licensing decisions — the number?"))
    A(v("en", "sy", "r.withheld.admin_query.total", "In 2025, how many Shuyang requests were turned away as administrative inquiries (行政查询事项)?"))
    A(v("en", "sy", "a.review.total", "Shuyang 2025 total administrative reconsideration cases on disclosure?"))
    A(v("en", "sy", "c.normative_docs.in_force", "How many normative documents were still in force for Shuyang County at end of 2025?"))
    A(v("en", "sy", "r.other.overdue_fee.total", "shuyang county 2025 requests ended because applicant did not pay the fee in time?"))
    A(v("en", "sy", "a.litigation_direct.total", "Shuyang County 2025: direct lawsuits (no review first) over disclosure — how many?"))
    A(v("en", "sy", "r.total_processed.total", "what is the total number of requests Shuyang County handled in 2025 per the table?"))
    A(v("en", "kw", "r.granted.total", "STCSM 2024 — how many requests fully granted?"))
    A(v("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?"))
    A(v("en", "kw", "r.received.natural_person", "Shanghai Science and Technology Commission, 2024: requests from individuals?"))
    A(v("en", "sh25", "r.received.total", "Shanghai General Office new requests received in 2025?", alt=("1295", 1295)))
    A(v("en", "sh25", "r.carried_forward.total", "In 2025 how many requests did the Shanghai municipal government general office carry forward into the next year?"))
    A(v("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests it could not answer because the info would need to be newly compiled?"))
    A(v("en", "sh25", "a.litigation_direct.total", "For 2025, how many direct lawsuits over disclosure did the Shanghai General Office face?"))
    A(v("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019 — requests rolled over to the following year?", alt=("顺延", 72)))
    A(v("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai General Office make in 2019?", alt=("行政规范性文件60件", 60)))
    A(v("en", "sh19", "a.review.total", "In 2019, total administrative reviews about disclosure for the Shanghai General Office?"))
    A(v("en", "sh19", "r.received.commercial", "shanghai govt general office 2019 applications by companies"))
    A(v("en", "jx", "r.received.total", "Jianxi District 2020: how many new requests came in?"))
    A(v("en", "jx", "r.unable.not_held.total", "In 2020 how many times did Jianxi District say it did not hold the information requested?"))
    A(v("en", "jx", "c.procurement.amount", "Jianxi District general office 2020 centralized procurement amount (万元)?", **M))
    A(v("en", "jx", "a.review.total", "Jianxi 2020 admin review cases about disclosure?"))
    A(v("en", "hz23", "a.review.upheld", "Hongze 2023: reviews that ended with the decision upheld (维持)?"))
    A(v("zh", "sy", "r.received.legal_person", "12345转来电：市民问沭阳县2025年企业、律所这些法人或其他组织新提交的申请一共几件", alt=("法人或其他组织申请", 8)))
    A(v("en", "sh19", "r.received.total", "Journalist here — the 2019 report of the Shanghai municipal government general office, total new requests (本年新收)?", alt=("859件", 859)))
    A(v("en", "jx", "r.total_processed.total", "jianxi dist govt office 2020 how many requests they finished handling in total"))
    A(v("en", "sy", "a.review.corrected", "Shuyang 2025, reconsiderations where the county lost (纠正)?"))
    A(v("en", "kw", "r.received.commercial", "my company asked STCSM for info in 2024; how many business requests did they get that year in total?"))
    # ---------------- [combine] sums ----------------
    A(s("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开一共多少件"))
    A(s("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年 无法提供的三种情况（不掌握、需另行制作、内容不明确）加起来多少"))
    A(s("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.total"], "帮我算下淮安市2024年复议的维持、纠正、其他结果、尚未审结四项，再加上直接起诉总数，合计多少"))
    A(s("zh", "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收的加上上年结转的申请，合计是多少"))
    A(s("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三类决定加一起多少个"))
    A(s("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和不掌握两项相加是多少"))
    A(s("zh", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "沭阳2025年不予公开的8个小类全部加起来"))
    A(s("zh", "ha", ["r.received.legal_services", "r.received.commercial"], "淮安2024年 企业和律所两类申请人新收申请合计"))
    A(s("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Add up all eight 'not disclosed' reasons for Huai'an 2024 — what's the total?"))
    A(s("en", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: direct lawsuits plus lawsuits after review, combined?"))
    A(s("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023, 'not held' plus 'needs to be newly made' — sum?"))
    A(s("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "For the Shanghai General Office in 2019, admin reviews plus direct lawsuits together?"))
    A(s("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024 sum of the three 'other handling' rows (late correction, unpaid fee, other)"))
    A(s("en", "jx", ["c.procurement.projects", "c.normative_docs.made"], "jianxi 2020 procurement projects + normative documents made, total number?"))
    A(s("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County in 2025: fully + partly disclosed, how many altogether?"))
    A(s("en", "ha", ["c.normative_docs.issued", "c.regulations.issued"], "Huai'an 2024: rules issued plus normative docs issued, total count?"))
    # ---------------- [combine] differences ----------------
    A(d("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数从2023年到2024年变了多少（2024减2023）"))
    A(d("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2024年的行政处罚决定比2023年多还是少，差多少"))
    A(d("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多了多少件"))
    A(d("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开复议案件 2019年到2025年增加了几件"))
    A(d("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“不掌握相关信息”的答复，2024年相比2023年变化了多少件"))
    A(d("en", "hz23", "hz24", "c.coercion.decisions", "Change in Hongze's administrative coercion decisions from 2023 to 2024?"))
    A(d("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into next year, 2025 vs 2019, difference?"))
    A(d("en", "sh19", "sh25", "r.received.natural_person", "By how much did requests from individuals to the Shanghai General Office grow between 2019 and 2025?"))
    A(d("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative docs in force: 2024 minus 2023?"))
    A(d("en", "sh19", "sh25", "a.litigation_direct.total", "shanghai general office direct lawsuits 2019 -> 2025 how much change"))
    # ---------------- [rank] ----------------
    A(r("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，这三家谁新收的申请最多"))
    A(r("zh", ["ha", "sy", "jx", "sh19"], "a.review.total", "asc", "比较淮安2024、沭阳2025、涧西2020、上海市府办2019的信息公开复议数，哪个最少"))
    A(r("zh", ["sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "沭阳县2025年、洪泽区2023年、涧西区2020年，答复不掌握最多的是哪家"))
    A(r("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "现行有效规范性文件数量：淮安2024、洪泽2023、沭阳2025 排第一的是？"))
    A(r("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "淮安市2024年、沭阳县2025年、上海市府办2019年，结转下年度最少的是谁"))
    A(r("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制决定哪家最少：淮安市2024，洪泽区2023，沭阳县2025"))
    A(r("zh", ["hz23", "jx", "sh19"], "r.received.total", "asc", "洪泽2023 涧西2020 上海市府办2019 谁收到的申请最少"))
    A(r("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Shuyang 2025, or Hongze 2023?"))
    A(r("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Rank by direct lawsuits: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019), Jianxi (2020) — who's top?"))
    A(r("en", ["sy", "hz23", "jx"], "r.granted.total", "asc", "Among Shuyang 2025, Hongze 2023 and Jianxi 2020, who granted the fewest requests in full?"))
    A(r("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Who collected the most administrative fees — Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?"))
    A(r("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Company requests: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019, highest?"))
    A(r("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "lowest partial disclosures among Huaian 2024, Shuyang 2025, Hongze 2023?"))
    # ---------------- [neighbour] traps ----------------
    A(t("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请数（注意不是结转到下年的）", "结转上年 vs 结转下年", alt=("3119", 34)))
    A(t("zh", "sy", "a.litigation_direct.total", "沭阳2025年没经过复议、直接起诉的有几件", "直接起诉 vs 复议后起诉"))
    A(t("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止了多少件规范性文件（不是制发的）", "废止 vs 制发"))
    A(t("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年因为需要另行制作而无法提供的有几件", "另行制作 vs 不掌握"))
    A(t("zh", "ha", "r.withheld.process_info.total", "淮安市2024年属于过程性信息不公开的有多少", "过程性信息 vs 内部事务"))
    A(t("zh", "sh19", "c.procurement.projects", "2019年上海市府办集中采购的项目有几个（问的是项目数）", "采购项目数 vs 金额"))
    A(t("zh", "ha", "a.review.other", "淮安2024年复议里“其他结果”的有几件", "其他结果 vs 纠正"))
    A(t("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests where the info would have to be newly made (另行制作) - not the 'we don't hold it' ones", "另行制作 vs 不掌握"))
    A(t("en", "sy", "r.carried_over.total", "Shuyang County 2025: requests carried over FROM the previous year (not into the next one)?", "结转上年 vs 下年"))
    A(t("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year (not the cumulative total published)?", "新制作 vs 对外公开总数"))
    A(t("en", "ha", "r.received.legal_services", "Huai'an 2024: requests from legal service institutions (律所), not from companies?", "法律服务机构 vs 商业企业"))
    A(t("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 lawsuits that came after a review (复议后起诉)?", "复议后起诉 vs 直接起诉"))
    A(t("en", "sy", "r.partially_granted.total", "Shuyang 2025 partially disclosed (部分公开), not fully?", "部分公开 vs 予以公开"))
    # ---------------- [textonly] narrative ----------------
    A(n("zh", "kw", "解读类信息发布 21", 21, "条", "上海市科委2024年网站发了多少条解读类信息"))
    A(n("zh", "ha", "公报》6 期", 6, "期", "淮安市政府2024年出了几期政府公报"))
    A(n("zh", "ha", "新闻发布会 12 场", 12, "场", "2024年淮安市开了多少场新闻发布会"))
    A(n("zh", "ha", "政务新媒体共计", 95, "个", "淮安全市2024年在运维的政务新媒体有多少个"))
    A(n("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少信息处理费（元）"))
    A(n("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"))
    A(n("zh", "hz24", "2428", 2428, "条", "洪泽区2024年网站平台主动发布了多少条政府信息"))
    A(n("zh", "hz24", "常务会议 7期", 7, "期", "洪泽2024年公开了几期政府常务会议"))
    A(n("zh", "sy", "4511", 4511, "条", "沭阳县2025年门户网站主动公开了多少条"))
    A(n("zh", "sy", "催办提示", 84, "次", "沭阳县2025年发了多少次催办提示"))
    A(n("zh", "sy", "爆款内容", 52, "条", "沭阳县2025年涌现了多少条爆款内容"))
    A(n("zh", "sy", "清理过期信息697", 697, "条", "沭阳2025年清理了多少条过期信息"))
    A(n("zh", "sy", "380元", 380, "元", "2025年沭阳县收的信息处理费总共多少元"))
    A(n("zh", "kw", "1640", 1640, "篇", "上海科技微信公众号2024年一共编发了多少篇文章"))
    A(n("zh", "kw", "直播 118", 118, "场", "市科委2024年做了多少场直播"))
    A(n("zh", "sh25", "新闻通气会", 19, "场", "上海市政府办公厅2025年开了几场新闻通气会"))
    A(n("zh", "sh25", "公报》24", 24, "期", "2025年上海市府办编辑了多少期市政府公报"))
    A(n("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年每季度检查多少家政府网站"))
    A(n("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理了多少项事项"))
    A(n("zh", "sy", "意见征集", 9, "期", "沭阳县2025年开展了几期意见征集"))
    A(n("en", "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024 (per the narrative)?"))
    A(n("en", "ha", "4 次", 4, "次", "In 2024, how many times did Huai'an organize checks of disclosure columns?"))
    A(n("en", "sy", "3044", 3044, "条", "Shuyang County 2025: how many items were county departments pushed to post on their disclosure pages?"))
    A(n("en", "sy", "1113", 1113, "个", "How many original short videos did Shuyang push in 2025?"))
    A(n("en", "sy", "64家单位", 64, "家", "In Shuyang's 2025 report, for how many units (单位) across the county was the disclosure work completed?"))
    A(n("en", "sy", "主动沟通", 49, "次", "How many times did Shuyang staff reach out to applicants before handling requests in 2025?"))
    A(n("en", "kw", "2139", 2139, "条", "How many items did the 'Shanghai Science' website publish in 2024?"))
    A(n("en", "kw", "短视频 584", 584, "条", "STCSM's video channel: how many short videos in 2024?"))
    A(n("en", "kw", "惠企政策 83", 83, "条", "How many business-support policies did the science commission report routinely in 2024?"))
    A(n("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai General Office 2025: press conferences held?"))
    A(n("en", "sh25", "10 个语种", 10, "个", "Shanghai General Office 2025 report: the international services portal (上海国际服务门户) covers how many languages now?"))
    A(n("en", "sh25", "13528", 13528, "条", "In 2025 how many items did the Shanghai international services portal put out, per the General Office's report?"))
    A(n("en", "sh25", "403", 403, "项", "uh the 上海国际服务门户 in 2025 published how many service guides (办事服务指引) according to the Shanghai General Office report"))
    A(n("en", "sh19", "公报24期", 24, "期", "How many gazette issues did the Shanghai General Office compile in 2019?"))
    A(n("en", "sh19", "38次", 38, "次", "Shanghai General Office 2019: authoritative releases on executive-meeting topics, how many times?"))
    A(n("en", "jx", "26个试点领域标准", 26, "个", "Jianxi District 2020: how many pilot areas?"))
    A(n("en", "hz24", "解读信息发布 7", 7, "条", "Hongze 2024: interpretation items published?"))
    A(n("en", "sh25", "125 项", 125, "项", "Shanghai 2025: how many disclosure tasks in key areas?"))
    A(n("en", "kw", "原创文章 294", 294, "篇", "Of the WeChat articles in 2024, how many were original for the Shanghai science commission?"))
    # ---------------- [cannot] ----------------
    U = [
        ("zh", "淮安市2024年申请人里男的女的各多少", "sex breakdown not reported"),
        ("zh", "沭阳县2025年信息公开申请平均多少天答复完", "response time not reported"),
        ("zh", "洪泽区2022年收到多少件申请", "year not in corpus"),
        ("zh", "南京市2024年信息公开申请总数", "body not in corpus"),
        ("zh", "预测一下淮安2026年会收到多少申请", "forecast"),
        ("zh", "你觉得上海市府办2025年的信息公开做得好不好", "opinion"),
        ("zh", "我2025年给沭阳县政府交的申请编号是多少 结果出来没", "one person's own case"),
        ("zh", "淮安市2024年每个月分别收到多少件申请", "month breakdown not reported"),
        ("zh", "沭阳县2025年哪个乡镇的申请最多", "township breakdown not reported"),
        ("zh", "上海科委2023年的依申请公开数量", "year not in corpus"),
        ("zh", "涧西区2021年收到多少申请", "year not in corpus"),
        ("zh", "上海市府办2025年信息公开工作有多少工作人员", "staff not reported"),
        ("zh", "洪泽区2024年申请人里年龄在60岁以上的有多少", "age breakdown not reported"),
        ("zh", "告诉我淮安2024年申请人张某某的电话", "personal data"),
        ("zh", "宿迁市2025年行政复议多少件", "body not in corpus"),
        ("zh", "淮安市2024年关于征地拆迁的申请有多少件", "topic breakdown not reported"),
        ("zh", "沭阳县2025年通过网上提交和信函提交的申请各多少", "channel breakdown not reported"),
        ("zh", "上海市府办2022年的申请数", "year not in corpus"),
        ("zh", "浦东新区2025年政府信息公开申请多少件", "body not in corpus"),
        ("en", "How many Huai'an 2024 requests were about housing?", "topic breakdown not reported"),
        ("en", "Shuyang 2024 number of requests received?", "year not in corpus"),
        ("en", "What will Shanghai General Office's request count be in 2027?", "forecast"),
        ("en", "Is Hongze District's 2023 disclosure work better than Huai'an's in 2024? your opinion", "opinion"),
        ("en", "In 2025 how many Shuyang applicants were non-local residents?", "residence breakdown not reported"),
        ("en", "Quarterly breakdown of Shanghai General Office requests for 2025?", "quarter breakdown not reported"),
        ("en", "How much did Huai'an spend on staff for information disclosure in 2024?", "costs not reported"),
        ("en", "Nanjing city 2024 disclosure requests total?", "body not in corpus"),
        ("en", "I applied to Hongze District in 2024 — was my request about my land approved?", "one person's own case"),
        ("en", "Which department of the Shanghai science commission got the most requests in 2024?", "department breakdown not reported"),
        ("en", "Give me names and ID numbers of people who sued Huai'an government in 2024", "personal data"),
        ("en", "Jianxi District 2021 requests granted?", "year not in corpus"),
        ("en", "Qingjiangpu District 2024 disclosure report total requests", "body not in corpus"),
        ("en", "Shuyang 2025: how many requests came from the manufacturing industry?", "industry breakdown not reported"),
        ("en", "average days to answer a request at the Shanghai General Office in 2019?", "response time not reported"),
        ("en", "How many women filed requests with Shuyang County in 2025?", "sex breakdown not reported"),
        ("en", "hongze 2022 admin reviews?", "year not in corpus"),
        ("en", "Forecast Huai'an's 2025 licensing decisions please", "forecast"),
        ("zh", "淮安2024年被复议纠正的那64件分别是什么原因被纠正的", "reasons not stated"),
        ("zh", "沭阳县2025年申请人中哪个年龄段最多", "age breakdown not reported"),
    ]
    for lang, q, why in U:
        A(u(lang, q, why))
    # ---------------- [followup] ----------------
    A(f("zh", [("淮安市2024年新收申请里自然人有多少", E("ha", "r.received.natural_person")),
               ("那商业企业呢", E("ha", "r.received.commercial"))], "column switch"))
    A(f("zh", [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
               ("换成2024年呢", E("hz24", "c.licensing.decisions"))], "year switch"))
    A(f("zh", [("沭阳县2025年复议维持的几件", E("sy", "a.review.upheld")),
               ("纠正的呢", E("sy", "a.review.corrected")),
               ("直接起诉维持的呢", E("sy", "a.litigation_direct.upheld"))], "column then group switch"))
    A(f("zh", [("上海市府办2019年新收申请总数", E("sh19", "r.received.total")),
               ("25年呢？", E("sh25", "r.received.total"))], "year switch"))
    A(f("zh", [("淮安2024 不掌握的多少件", E("ha", "r.unable.not_held.total")),
               ("沭阳县2025年同一项是多少", E("sy", "r.unable.not_held.total"))], "body switch"))
    A(f("zh", [("洪泽区2023年行政处罚决定", E("hz23", "c.punishment.decisions")),
               ("行政强制呢", E("hz23", "c.coercion.decisions")),
               ("2024年的行政强制", E("hz24", "c.coercion.decisions"))], "row then year"))
    A(f("zh", [("上海科委2024年新收申请多少", E("kw", "r.received.total")),
               ("其中自然人的", E("kw", "r.received.natural_person"))], "column"))
    A(f("zh", [("涧西区2020年复议几件", E("jx", "a.review.total")),
               ("直接起诉的呢", E("jx", "a.litigation_direct.total"))], "group"))
    A(f("zh", [("沭阳县2025年规范性文件现行有效多少件", E("sy", "c.normative_docs.in_force")),
               ("淮安市2024年的呢", E("ha", "c.normative_docs.in_force"))], "body"))
    A(f("zh", [("上海市政府办公厅2025年结转下年度多少", E("sh25", "r.carried_forward.total")),
               ("上年结转过来的呢", E("sh25", "r.carried_over.total")),
               ("2019年从上一年结转过来的", E("sh19", "r.carried_over.total"))], "row then year"))
    A(f("zh", [("淮安市2024年行政复议尚未审结的有几件", E("ha", "a.review.pending")),
               ("复议后起诉尚未审结的", E("ha", "a.litigation_after_review.pending"))], "group"))
    A(f("zh", [("洪泽2023年予以公开的", E("hz23", "r.granted.total")),
               ("2024年呢", E("hz24", "r.granted.total"))], "year"))
    A(f("zh", [("沭阳县2025年收费金额万元", E("sy", "c.fees.amount", **M)),
               ("洪泽区2023年的", E("hz23", "c.fees.amount", **M))], "body"))
    A(f("zh", [("上海市府办2025年不掌握的多少", E("sh25", "r.unable.not_held.total")),
               ("需要另行制作的呢", E("sh25", "r.unable.needs_creation.total"))], "row"))
    A(f("zh", [("淮安市2024年逾期未补正的几件", E("ha", "r.other.overdue_correction.total")),
               ("沭阳县2025年的呢", E("sy", "r.other.overdue_correction.total"))], "body"))
    A(f("zh", [("上海市府办2025年重复申请不予处理的几件", E("sh25", "r.not_processed.duplicate.total")),
               ("淮安市2024年呢", E("ha", "r.not_processed.duplicate.total"))], "body"))
    A(f("zh", [("洪泽区2024年复议多少件", E("hz24", "a.review.total")),
               ("那直接诉讼呢", E("hz24", "a.litigation_direct.total")),
               ("复议后起诉的", E("hz24", "a.litigation_after_review.total"))], "group"))
    A(f("zh", [("淮安2024年规章现行有效多少件", E("ha", "c.regulations.in_force")),
               ("本年制发的规章呢", E("ha", "c.regulations.issued"))], "column"))
    A(f("zh", [("上海市府办2019年规范性文件本年新公开数量", E("sh19", "c.normative_docs.published")),
               ("对外公开总数量呢", E("sh19", "c.normative_docs.total_published"))], "column"))
    A(f("en", [("Huai'an 2024 requests partly disclosed?", E("ha", "r.partially_granted.total")),
               ("and Shuyang County for 2025?", E("sy", "r.partially_granted.total"))], "body"))
    A(f("en", [("How many licensing decisions did Shanghai's science commission make in 2024?", E("kw", "c.licensing.decisions")),
               ("What about penalties?", E("kw", "c.punishment.decisions"))], "row"))
    A(f("en", [("Hongze 2023 fees collected (万元)?", E("hz23", "c.fees.amount", **M)),
               ("what about 2024", E("hz24", "c.fees.amount", **M))], "year"))
    A(f("en", [("Shanghai General Office 2025 administrative reviews?", E("sh25", "a.review.total")),
               ("how many still pending?", E("sh25", "a.review.pending")),
               ("and for direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], "column then group"))
    A(f("en", [("Shuyang 2025 new requests from legal service institutions?", E("sy", "r.received.legal_services")),
               ("from companies?", E("sy", "r.received.commercial"))], "column"))
    A(f("en", [("Jianxi 2020 requests carried forward to next year?", E("jx", "r.carried_forward.total")),
               ("Huai'an 2024?", E("ha", "r.carried_forward.total"))], "body"))
    A(f("en", [("Huai'an 2024 direct lawsuits upheld?", E("ha", "a.litigation_direct.upheld")),
               ("corrected?", E("ha", "a.litigation_direct.corrected"))], "column"))
    A(f("en", [("How many normative documents did Hongze have in force in 2023?", E("hz23", "c.normative_docs.in_force")),
               ("2024?", E("hz24", "c.normative_docs.in_force")),
               ("and how many were issued in 2024?", E("hz24", "c.normative_docs.issued"))], "year then column"))
    A(f("en", [("Shanghai General Office 2019 requests from individuals?", E("sh19", "r.received.natural_person")),
               ("2025 same thing", E("sh25", "r.received.natural_person"))], "year"))
    A(f("en", [("Shuyang 2025 refused for third-party rights?", E("sy", "r.withheld.third_party.total")),
               ("for enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], "row"))
    A(f("en", [("Huai'an 2024 coercion decisions", E("ha", "c.coercion.decisions")),
               ("Shuyang 2025 same", E("sy", "c.coercion.decisions"))], "body"))
    A(f("en", [("science commission 2024 requests carried over from 2023?", E("kw", "r.carried_over.total")),
               ("and the total they processed?", E("kw", "r.total_processed.total"))], "row"))
    A(f("en", [("Hongze District 2023 requests with unclear content (内容不明确)?", E("hz23", "r.unable.unclear.total")),
               ("what about Huai'an for 2024?", E("ha", "r.unable.unclear.total"))], "body"))
    A(f("en", [("Shanghai 2025 general office: petition-type requests not processed?", E("sh25", "r.not_processed.petition.total")),
               ("Shuyang County 2025?", E("sy", "r.not_processed.petition.total"))], "body"))
    A(f("en", [("Jianxi 2020 procurement projects?", E("jx", "c.procurement.projects")),
               ("Shanghai General Office 2019?", E("sh19", "c.procurement.projects"))], "body"))
    A(f("en", [("Huai'an 2024 withheld as internal affairs?", E("ha", "r.withheld.internal_affairs.total")),
               ("as third-party rights?", E("ha", "r.withheld.third_party.total"))], "row"))
    A(f("en", [("Shuyang County 2025 reviews, other outcome?", E("sy", "a.review.other")),
               ("lawsuits after review, other outcome?", E("sy", "a.litigation_after_review.other"))], "group"))
    A(f("en", [("Hongze 2024 requests processed total?", E("hz24", "r.total_processed.total")),
               ("and carried into next year?", E("hz24", "r.carried_forward.total"))], "row"))
    A(f("en", [("How many requests did Huai'an grant in 2024?", E("ha", "r.granted.total")),
               ("Jianxi 2020?", E("jx", "r.granted.total"))], "body"))
    A(f("zh", [("我在街道上班 帮居民查的：洪泽区2023年不予公开里属于行政执法案卷的有几件", E("hz23", "r.withheld.enforcement_files.total")),
               ("过程性信息呢", E("hz23", "r.withheld.process_info.total")),
               ("那沭阳县2025年过程性信息的", E("sy", "r.withheld.process_info.total"))], "row then body"))
    A(f("en", [("Shanghai General Office 2025 lawsuits after review?", E("sh25", "a.litigation_after_review.total")),
               ("and in 2019 direct lawsuits pending?", E("sh19", "a.litigation_direct.pending"))], "year and group"))
    return out
