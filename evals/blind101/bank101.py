"""Question bank of blind evaluation set 101 (evals/blind101).

WARNING: holds the text of every test question: as frozen as test.jsonl.

Every wording was written from scratch for this set. The bank names only bodies, keys,
keywords and wordings; every number is computed by helpers101 from gold/*.json, from the
printed rows of reports without gold (SPECS: the same cells blind6 verified), or cut from the
report text (sentence).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib101 as L  # noqa: E402
from helpers101 import C, E, ED, EN, EU, ER, V, N, U, D, R, F  # noqa: E402,F401

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

# table cells whose number the report text states too: (keyword of the sentence, number)
AMB = {
    ("ha", "requests.received.total"): ("全市共受理", 3119),
    ("ha", "requests.total_processed.total"): ("全市共受理", 3050),
    ("ha", "requests.carried_forward.total"): ("全市共受理", 103),
    ("ha", "requests.carried_over.total"): ("全市共受理", 34),
    ("ha", "appeals.review.total"): ("结果纠正", 351),
    ("ha", "appeals.review.upheld"): ("结果纠正", 72),
    ("ha", "appeals.review.corrected"): ("结果纠正", 64),
    ("ha", "appeals.review.other"): ("结果纠正", 178),
    ("ha", "appeals.review.pending"): ("结果纠正", 37),
    ("hz23", "requests.received.total"): ("全区受理", 21),
    ("sh19", "requests.received.total"): ("代表市政府共受理", 859),
    ("sh19", "requests.total_processed.total"): ("代表市政府共受理", 805),
    ("sh19", "requests.carried_forward.total"): ("代表市政府共受理", 72),
    ("sh19", "requests.carried_over.total"): ("代表市政府共受理", 18),
    ("sh19", "active.normative_docs.made"): ("主动公开规章", 60),
    ("sh19", "active.normative_docs.published"): ("主动公开规章", 60),
    ("sh19", "active.regulations.made"): ("主动公开规章", 13),
    ("sh19", "active.regulations.published"): ("主动公开规章", 13),
    ("sh19", "appeals.review.total"): ("信息公开类行政复议", 7),
    ("sh19", "appeals.litigation_direct.total"): ("信息公开类行政复议", 9),
    ("jx", "requests.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "requests.total_processed.total"): ("全年共收到依申请公开", 15),
    ("jx", "requests.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("kw", "active.normative_docs.issued"): ("通过部门网站当年发布政府信息", 13),
    ("sh25", "requests.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "requests.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", "requests.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sy", "requests.received.legal_person"): ("全县全年共受理", 8),
    ("sy", "requests.total_processed.total"): ("全县全年共受理", 718),
    ("sy", "requests.carried_forward.total"): ("全县全年共受理", 31),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def _k(keys):
    from helpers101 import KS
    return KS(keys)


def EE(b, keys, **kw):
    """E() with the text alternative added when the report text states the same cell."""
    ks = _k(keys)
    if len(ks) == 1 and (b, ks[0]) in AMB and "alt" not in kw:
        kw["alt"] = AMB[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return E(b, ks, **kw)


def pv(lang, b, keys, q, what="everyday wording"):
    return C("value", lang, [(q, EE(b, keys))], "[plain] " + what)


def tr(lang, b, keys, q, what):
    return C("trap", lang, [(q, EE(b, keys))], "[neighbour] " + what)


def sm(lang, b, keys, q, what="sum of the listed cells"):
    return C("sum", lang, [(q, EE(b, keys))], "[combine] " + what)


def df(lang, b1, b2, keys, q, what="later year minus earlier year"):
    kw = {}
    if any(k in MONEY for k in _k(keys)):
        kw["unit"] = "万元"
    return C("difference", lang, [(q, ED(b1, b2, _k(keys), **kw))], "[combine] " + what)


def rk(lang, bodies, keys, order, q, what="ranking over gold bodies"):
    return C("ranking", lang, [(q, ER(bodies, _k(keys), order))], "[rank] " + what)


def tx(lang, b, keyword, value, unit, q, what="number stated only in the text"):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit))], "[textonly] " + what)


def un(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def fu(lang, turns, what):
    """turns: [(question, body, keys)] or [(question, None, why)] for a turn with no answer."""
    out = []
    for q, b, keys in turns:
        out.append((q, EE(b, keys) if b else EU(keys)))
    return C("followup", lang, out, "[followup] " + what)


def VALUES():
    z, e = "zh", "en"
    return [
        pv(z, "ha", "r.withheld.state_secret.total", "淮安市政府2024年 因为涉及国家秘密没给公开的申请有几件", "colloquial: 不予公开 state secret"),
        pv(z, "ha", "r.withheld.prohibited_by_law.total", "淮安24年有多少申请是因为法律法规明文不让公开给拒掉的", "colloquial: 不予公开 prohibited by law"),
        pv(z, "ha", "r.withheld.security_stability.total", "我想问问淮安市2024年那个年报里，怕公开了会影响安全稳定所以没公开的，有几件啊", "colloquial: 三安全一稳定"),
        pv(z, "ha", "r.withheld.third_party.total", "淮安2024 怕侵犯别人（第三方）合法权益所以拒了的申请数", "colloquial: third party"),
        pv(z, "ha", "r.withheld.enforcement_files.total", "淮安市2024年申请看行政执法案卷，结果没给看的有多少", "colloquial: enforcement files"),
        pv(z, "ha", "r.withheld.admin_query.total", "12345转过来的：来电人问淮安市政府2024年有多少申请被当成行政查询事项、不予公开的？", "help-desk relay: admin query"),
        pv(z, "ha", "r.unable.unclear.total", "淮安2024年申请内容写得不明不白、让补正了还是说不清所以没法提供的 几件", "colloquial: unable unclear"),
        pv(z, "ha", "r.not_processed.petition.total", "淮安市2024年老百姓把信访投诉当成信息公开申请交上去、结果不予处理的有多少件", "colloquial: petition"),
        pv(z, "ha", "r.not_processed.duplicate.total", "同一件事翻来覆去申请被政府不予处理，淮安市2024年这样的有几件？", "colloquial: duplicate"),
        pv(z, "ha", "r.not_processed.reconfirm.total", "淮安二〇二四年 要求政府把已经拿到手的信息再确认一遍或者重新出一份 这种没受理的几件", "colloquial: reconfirm"),
        pv(z, "ha", "r.other.overdue_correction.total", "淮安市政府2024年：叫申请人补材料，人家过了期限也没补，这种最后怎么处理的算一类，有多少件", "colloquial: overdue correction"),
        pv(z, "ha", "r.other.overdue_fee.total", "淮安24年 申请人该交信息处理费拖着不交过期了的 有几件", "colloquial: overdue fee"),
        pv(z, "ha", "a.litigation_direct.corrected", "淮安市2024年老百姓没走复议直接去法院告，法院判政府要改正的几件", "colloquial: direct litigation corrected"),
        pv(z, "ha", "a.litigation_after_review.pending", "淮安2024 先复议完了又起诉的官司里 到年底还没判下来的有几个", "colloquial: after review pending"),
        pv(z, "ha", "r.received.legal_services", "我在律所上班，想知道淮安市政府2024年收到我们这种法律服务机构的新申请有多少", "story: legal services column"),
        pv(z, "ha", "r.granted.other_org", "淮安2024年 表里“其他”那类组织申请、并且全给公开了的 几件", "applicant column other_org"),
        pv(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费一共收了多少钱（万元）"),
        pv(z, "ha", "c.coercion.decisions", "淮安2024年做了多少个行政强制决定"),
        pv(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年有多少申请被回复说是机关内部事务信息所以不给", "colloquial: internal affairs"),
        pv(z, "sy", "r.other.other.total", "沭阳县政府2025年报告里，既不是逾期不补正、也不是逾期不交费的那些“其他处理”，有多少件", "exclusion: other.other"),
        pv(z, "sy", "r.other.overdue_fee.total", "之前我帮我妈给沭阳县政府写过申请，他们让交费我们没交就黄了…想问下2025年像这样过期没交费的有几件", "story: overdue fee"),
        pv(z, "sy", "r.unable.needs_creation.total", "沭阳2025 要政府另外专门做一份材料才能给 所以没法提供的 几件", "colloquial: needs creation"),
        pv(z, "sy", "r.withheld.admin_query.total", "沭阳25年有几件申请被认定是行政查询事项没公开", "admin query"),
        pv(z, "sy", "a.review.corrected", "沭阳县2025年 行政复议下来政府被要求纠正的 多少件", "review corrected"),
        pv(z, "sy", "a.review.pending", "沭阳2025年信息公开复议到年底还没审完的有几件呀", "review pending"),
        pv(z, "sy", "a.litigation_after_review.other", "沭阳县2025年复议后再起诉的案子，结果既不是维持也不是纠正的 有几件", "after review other"),
        pv(z, "sy", "c.normative_docs.repealed", "沭阳县2025年废掉了几个行政规范性文件"),
        pv(z, "sy", "c.licensing.decisions", "沭阳2025年行政许可决定数是多少"),
        pv(z, "sy", "r.partially_granted.legal_services", "沭阳25年律师事务所那类申请 只公开了一部分的 几件", "applicant column legal services"),
        pv(z, "sy", "r.not_processed.duplicate.commercial", "沭阳县2025年 公司重复申请被不予处理的 有几件", "applicant column commercial"),
        pv(z, "sy", "r.received.natural_person", "沭阳2025年个人（自然人）本年新收的申请数，不含上一年结转过来的", "table 新收 (text 741 includes carried over)"),
        pv(z, "hz23", "r.withheld.process_info.total", "洪泽区2023年 因为是还在研究讨论的过程性信息没给公开的几件", "colloquial: process info"),
        pv(z, "hz23", "r.unable.not_held.total", "洪泽23年 政府回复说他们手里压根没有这信息的 多少件", "colloquial: not held"),
        pv(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定多少个"),
        pv(z, "hz23", "a.review.corrected", "洪泽2023年信息公开复议里政府被纠错的有几次", "review corrected"),
        pv(z, "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年，个人把信访举报投诉当成申请递上来、被不予处理的有多少", "petition natural person"),
        pv(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购总金额是多少万元"),
        pv(z, "sh19", "r.unable.unclear.natural_person", "2019年上海市政府办公厅 个人申请写得不明确没法提供的 几件", "unclear natural person"),
        pv(z, "sh19", "r.withheld.state_secret.natural_person", "2019年上海市府办以国家秘密为理由拒了个人多少件申请", "state secret natural person"),
        pv(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个"),
        pv(z, "jx", "r.unable.not_held.total", "涧西区2020年申请的东西政府说不归它掌握的有几件", "colloquial: not held"),
        pv(z, "hz24", "c.licensing.decisions", "洪泽2024年行政许可决定数量"),
        pv(z, "kw", "r.received.commercial", "上海科委2024年企业新递交的信息公开申请 几件", "commercial column"),
        pv(z, "sh25", "r.not_processed.duplicate.total", "上海市府办2025年同样的申请重复递交、被不予处理的 有多少", "colloquial: duplicate"),
        pv(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 申请人要的东西得另外加工制作 所以没给的有多少", "colloquial: needs creation"),
        pv(z, "ha", "r.not_processed.publication.total", "淮安2024年有人申请要的其实是公开出版物、政府不予处理的 有几件", "colloquial: publication (0)"),
        pv(z, "sy", "r.received.public_interest", "沭阳县2025年公益组织（社会公益组织）新提的申请有几个", "applicant column public_interest (0)"),
        pv(z, "sy", "r.received.legal_person", "沭阳县2025年单位（法人或其他组织）申请有多少件", "text and table agree"),
        # English
        pv(e, "ha", "r.received.other_org", "Huai'an city gov 2024 - how many new requests came from organisations in the 'other' column (not companies, not law firms)?", "applicant column other_org"),
        pv(e, "ha", "r.partially_granted.commercial", "In 2024 how many requests from businesses did Huai'an only partly release?", "partially granted commercial"),
        pv(e, "ha", "r.withheld.internal_affairs.total", "Huaian 2024: number of requests refused because the info was purely the agency's own internal housekeeping (内部事务信息)", "internal affairs"),
        pv(e, "ha", "r.withheld.process_info.total", "how many huai an 2024 applications got denied cause the docs were still drafts / under discussion", "colloquial: process info"),
        pv(e, "ha", "r.unable.not_held.commercial", "Huai'an 2024, companies asking for info the government said it simply doesn't have - count?", "not held commercial"),
        pv(e, "ha", "r.not_processed.petition.commercial", "For Huaian in 2024, how many business requests were really complaints or petitions and got set aside without handling?", "petition commercial"),
        pv(e, "ha", "r.other.overdue_correction.legal_services", "Huai'an 2024 - law firms that never fixed their application after being asked to, how many?", "overdue correction legal services"),
        pv(e, "ha", "a.review.pending", "Huai'an 2024: administrative reconsiderations about disclosure still undecided when the year closed?", "review pending (text agrees)"),
        pv(e, "ha", "a.litigation_direct.other", "In Huai'an's 2024 report, lawsuits filed straight to court (no reconsideration first) that ended some other way, neither upheld nor overturned. How many?", "direct litigation other"),
        pv(e, "ha", "a.litigation_after_review.upheld", "Huaian 2024 - cases that went through reconsideration and then to court, where the court backed the government: number?", "after review upheld"),
        pv(e, "ha", "c.normative_docs.in_force", "How many normative documents does Huai'an say were still valid at the end of 2024?"),
        pv(e, "ha", "c.punishment.decisions", "huaian FY2024 administrative penalty decisions total"),
        pv(e, "ha", "c.licensing.decisions", "Number of permits / licensing decisions Huai'an municipal government made in 2024?"),
        pv(e, "ha", "r.granted.legal_services", "Huai'an 2024: requests from legal service firms that were granted in full?", "granted legal services"),
        pv(e, "sy", "r.withheld.security_stability.total", "Shuyang County 2025 - how many requests were refused on the ground that release could endanger public safety or social stability?", "security stability"),
        pv(e, "sy", "r.withheld.third_party.total", "Shuyang 2025, denials because disclosure would hurt somebody else's lawful rights?", "third party"),
        pv(e, "sy", "r.withheld.enforcement_files.total", "Shuyang County 2025: refusals because what was asked for is an administrative enforcement case file", "enforcement files"),
        pv(e, "sy", "r.unable.not_held.total", "Shuyang 2025 - how many times did the county answer 'we dont have that info'?", "colloquial: not held"),
        pv(e, "sy", "r.not_processed.petition.total", "In 2025, how many of the requests Shuyang County got were actually letters-and-visits complaints, so not handled as disclosure?", "petition"),
        pv(e, "sy", "r.other.overdue_correction.total", "In 2025 Shuyang, applicants who were told to supplement their request and missed the deadline - how many cases?", "overdue correction"),
        pv(e, "sy", "a.review.upheld", "Shuyang county 2025: reconsideration decisions that confirmed how the county had handled the request", "review upheld"),
        pv(e, "sy", "a.litigation_direct.upheld", "shuyang 2025 court cases sued directly, govt won?", "direct litigation upheld"),
        pv(e, "sy", "a.litigation_after_review.pending", "Shuyang County 2025: lawsuits after a reconsideration that were still not concluded", "after review pending"),
        pv(e, "sy", "c.coercion.decisions", "Shuyang 2025 administrative coercion (行政强制) decisions?"),
        pv(e, "sy", "c.fees.amount", "What did Shuyang County take in from administrative fees in 2025, in 10k yuan?"),
        pv(e, "sy", "r.granted.commercial", "Shuyang 2025, how many businesses got everything they asked for?", "granted commercial"),
        pv(e, "sy", "r.carried_over.natural_person", "Shuyang County 2025: individuals' applications left over from 2024 and carried into 2025?", "carried over natural person"),
        pv(e, "sy", "r.received.legal_services", "law firms filing new requests with Shuyang County in 2025 - how many?", "received legal services"),
        pv(e, "hz23", "r.partially_granted.total", "Hongze District 2023 - requests answered with only part of the info released?", "partially granted"),
        pv(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023: requests that would have needed the office to put together new material, so nothing given - count", "needs creation"),
        pv(e, "hz23", "c.fees.amount", "hongze district 2023 administrative fees collected (10,000 yuan)"),
        pv(e, "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023, how many refusals citing law-enforcement case files?", "enforcement files"),
        pv(e, "hz23", "a.litigation_after_review.upheld", "Hongze district 2023, court cases after reconsideration where the court sided with the government?", "after review upheld"),
        pv(e, "sh19", "r.received.commercial", "Shanghai General Office 2019 - new applications from companies", "received commercial"),
        pv(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office, 2019: individuals who asked for something that would have had to be newly compiled?", "needs creation natural person"),
        pv(e, "sh19", "r.withheld.admin_query.natural_person", "In 2019, how many individual requests to the Shanghai municipal general office were treated as administrative look-ups and refused?", "admin query natural person"),
        pv(e, "sh19", "c.regulations.total_published", "How many municipal rules had the Shanghai General Office made public in total (cumulative figure) per its 2019 report?", "对外公开总数量"),
        pv(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019 centralised government procurement - number of projects"),
        pv(e, "jx", "r.granted.total", "Jianxi District office 2020: requests where everything asked for was handed over", "granted"),
        pv(e, "jx", "a.litigation_after_review.total", "Jianxi District 2020 - lawsuits that came after a reconsideration, total?"),
        pv(e, "jx", "c.procurement.amount", "Jianxi district govt office 2020 government procurement amount (wan yuan)?"),
        pv(e, "kw", "c.normative_docs.in_force", "STCSM 2024 - normative documents currently in effect?"),
        pv(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: how often did they say the info is not held by them?", "colloquial: not held"),
        pv(e, "sh25", "r.not_processed.petition.total", "Shanghai municipal government general office 2025 - requests that were really complaints/petitions and so not processed", "petition"),
        pv(e, "sy", "r.not_processed.excessive.total", "Shuyang 2025: requests set aside because someone filed huge numbers of them again and again without good reason?", "excessive (0)"),
        pv(e, "ha", "r.received.research", "Did any research institutes send new requests to Huai'an in 2024? how many", "applicant column research (0)"),
        pv(e, "hz24", "r.granted.total", "Hongze District government 2024 - full disclosures granted", "granted (text row)"),
        pv(e, "sh25", "a.review.pending", "Shanghai General Office 2025: reconsideration cases not yet decided", "review pending (text row)"),
    ]


def COMBINE():
    z, e = "zh", "en"
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        sm(z, "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安2024年因为国家秘密和三安全一稳定这两条不公开的，加起来几件"),
        sm(z, "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "帮我算下淮安市2024年复议加上两种诉讼里，政府被纠正的一共多少件"),
        sm(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访类和重复申请这两种不予处理的合计"),
        sm(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025 其他处理三个小项（不补正、不交费、其他）加一起多少"),
        sm(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年国家秘密、过程性信息、行政执法案卷三项不公开合计几件"),
        sm(z, "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办2019年个人和企业新申请加起来是多少"),
        sm(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区政府办2020年给了公开的和说没掌握的，两类加起来"),
        sm(z, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "淮安市2024年企业、律所、其他组织三类新申请总共几件"),
        sm(e, "ha", W8[:5], "Huai'an 2024: add up refusals for state secrets, legal bans, safety/stability, third-party rights and internal affairs"),
        sm(e, "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024 - full releases plus partial releases, combined?"),
        sm(e, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Shuyang County 2025: total times the county's handling was upheld, across reconsideration and both kinds of lawsuit"),
        sm(e, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Shuyang 2025 licensing + penalty + coercion decisions, sum please"),
        sm(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze District 2023: 'we dont hold it' plus 'would need to be created', total?"),
        sm(e, "sh19", ["c.regulations.published", "c.normative_docs.published"], "Shanghai General Office 2019: rules newly published plus normative documents newly published, together"),
        sm(e, "kw", ["r.received.natural_person", "r.received.commercial"], "STCSM 2024 new requests from private persons and from companies, added together"),
        sm(e, "ha", W8, "Huai'an 2024 - sum of all eight refusal grounds in the 'not disclosed' block (every sub-row)"),
        df(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        df(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区2023年到2024年，回复“本机关不掌握”的件数变化了多少"),
        df(z, "sh19", "sh25", "r.received.natural_person", "上海市府办个人新申请，2025年比2019年增加了多少件"),
        df(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转到下一年继续办的申请，2025年和2019年相比差多少"),
        df(z, "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费2024年比2023年变化了多少万元"),
        df(e, "hz23", "hz24", "c.punishment.decisions", "Hongze District: change in administrative penalty decisions from 2023 to 2024?"),
        df(e, "hz23", "hz24", "c.normative_docs.in_force", "By how much did Hongze's count of normative documents in force change between 2023 and 2024?"),
        df(e, "sh19", "sh25", "r.received.commercial", "Shanghai General Office: new company requests in 2025 vs 2019, difference?"),
        df(e, "sh19", "sh25", "a.review.total", "How many more reconsideration cases did the Shanghai General Office report in 2025 than in 2019?"),
        df(e, "sh19", "sh25", "r.carried_over.natural_person", "Shanghai General Office, individuals' requests brought in from the year before: 2025 figure minus 2019 figure"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        rk(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019这三家，谁新收申请最多"),
        rk(z, ["ha", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "asc", "淮安2024、洪泽2023、沭阳2025、上海市府办2019，个人申请被答复不掌握最少的是哪家"),
        rk(z, ["ha", "sy", "sh19", "jx"], "r.not_processed.petition.natural_person", "desc", "信访类申请被不予处理（个人）：淮安2024、沭阳2025、上海市府办2019、涧西2020，哪家最多"),
        rk(z, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上一年转过来的申请，淮安2024、沭阳2025、上海市府办2019哪个最多"),
        rk(z, ["ha", "hz23", "sy"], "a.review.upheld", "asc", "复议维持的件数，淮安市2024年、洪泽区2023年、沭阳县2025年，谁最少"),
        rk(z, ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "沭阳2025、上海市府办2019、涧西区2020 结转到下一年的哪家最多"),
        rk(z, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.upheld", "desc", "直接起诉被法院维持：淮安2024 沭阳2025 上海市府办2019 涧西2020 谁最多"),
        rk(e, ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Among Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, which got the most new requests from businesses?"),
        rk(e, ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "Which body had the most individual requests needing new compilation: Huai'an 2024, Hongze 2023, Shuyang 2025 or Shanghai General Office 2019?"),
        rk(e, ["ha", "sy", "jx"], "r.total_processed.total", "asc", "Smallest number of requests closed out: Huai'an 2024, Shuyang 2025 or Jianxi 2020?"),
        rk(e, ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "asc", "Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019 - who refused the fewest individuals' requests as administrative inquiries?"),
        rk(e, ["ha", "sy", "sh19", "hz23"], "r.received.legal_services", "desc", "Which received the most new requests from law firms: Huaian 2024, Shuyang 2025, Shanghai General Office 2019 or Hongze 2023?"),
        rk(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Fewest administrative coercion decisions - Huai'an (2024), Hongze (2023) or Shuyang (2025)?"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        tr(z, "ha", "r.carried_forward.total", "淮安2024年没办完、要拖到下一年接着办的申请有多少", "结转下年 vs 上年结转"),
        tr(z, "ha", "a.litigation_after_review.total", "淮安市2024年复议完了不服又去法院起诉的，一共几件", "复议后起诉 vs 直接起诉"),
        tr(z, "ha", "c.normative_docs.repealed", "淮安2024年作废了多少行政规范性文件", "废止 vs 制发/现行有效"),
        tr(z, "sy", "r.unable.needs_creation.natural_person", "沭阳县2025年个人要的东西得重新做一份才有 所以没给的几件", "另行制作 vs 不掌握"),
        tr(z, "sy", "r.withheld.process_info.total", "沭阳2025年因为还是过程中的讨论稿所以不公开的有几件", "过程性信息 vs 内部事务"),
        tr(z, "sh19", "c.procurement.projects", "上海市府办2019年集中采购了几个项目（问的是个数不是钱）", "采购项目数 vs 金额"),
        tr(z, "ha", "a.review.other", "淮安2024年复议结果既没维持也没纠正的那种有几件", "其他结果 vs 纠正"),
        tr(e, "ha", "r.carried_over.total", "Huai'an 2024: requests still open from the previous year that were brought forward into 2024?", "上年结转 vs 结转下年"),
        tr(e, "sy", "a.litigation_direct.total", "Shuyang 2025 - people who went to court without asking for reconsideration first: how many suits?", "直接起诉 vs 复议后起诉"),
        tr(e, "ha", "c.regulations.in_force", "How many municipal government rules were in force in Huai'an at the end of 2024 (not how many were issued)?", "现行有效 vs 制发"),
        tr(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: normative documents open to the public in total so far, not just new ones", "对外公开总数 vs 新制作"),
        tr(e, "ha", "r.partially_granted.total", "Huai'an 2024: applications where only some of the info was handed over", "部分公开 vs 予以公开"),
        tr(e, "ha", "r.received.legal_services", "Huai'an 2024 requests from legal services orgs (not commercial firms)?", "法律服务机构 vs 商业企业"),
    ]


def TEXTONLY():
    z, e = "zh", "en"
    return [
        tx(z, "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        tx(z, "ha", "信息处理费 3940", 3940, "元", "淮安2024年收信息处理费收了多少元"),
        tx(z, "ha", "政务新媒体共计", 95, "个", "淮安市2024年底在运维的政务新媒体号有多少个"),
        tx(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府网站2025年搞了几期意见征集"),
        tx(z, "sy", "爆款内容52条", 52, "条", "沭阳2025年出了多少条爆款"),
        tx(z, "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器一年发了多少次催办提醒"),
        tx(z, "sy", "清理过期信息697", 697, "条", "沭阳2025年清掉的过期信息有多少条"),
        tx(z, "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了几处打不开的死链接"),
        tx(z, "sy", "64家单位", 64, "家", "沭阳2025年有多少家单位的信息公开年报是统一发布的"),
        tx(z, "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办申请之前主动跟申请人沟通了几次"),
        tx(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会"),
        tx(z, "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有几件"),
        tx(z, "sh25", "16 个区全部上线", 16, "个", "上海市府办2025年报里说有几个区上线了数字公报"),
        tx(z, "sh19", "统一受理平台接入53个部门", 53, "个", "上海市府办2019年报：一网通办统一受理平台接进了多少个部门"),
        tx(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年每季度检查的政府网站有多少家"),
        tx(z, "kw", "直播 118", 118, "场", "上海科委2024年视频号直播了几场"),
        tx(z, "kw", "原创文章 294", 294, "篇", "上海科委2024年 上海科技公众号原创文章多少篇"),
        tx(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        tx(z, "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化搞了多少个试点领域"),
        tx(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽2023年政府网站主动公开了多少条信息"),
        tx(e, "ha", "制作《淮安市人民政府公报》6", 6, "期", "How many editions of its official gazette did Huai'an put out in 2024?", "paraphrase: gazette issues"),
        tx(e, "ha", "组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "Huai'an 2024 - how many times did the city sweep through all the disclosure sections of sites for inspection?", "paraphrase: full-coverage checks"),
        tx(e, "sy", "推送系列原创短视频1113", 1113, "个", "How many home-made short clips did Shuyang County push out on its new-media accounts in 2025?", "paraphrase: original short videos"),
        tx(e, "sy", "化解各类争议纠纷 33", 33, "件", "In 2025, how many disputes did Shuyang manage to settle by talking to applicants before answering?", "paraphrase: disputes resolved"),
        tx(e, "sy", "收取信息处理费共计380", 380, "元", "Shuyang 2025: total charged to applicants for processing their info requests, in yuan?", "paraphrase: processing fee"),
        tx(e, "sy", "专栏33", 33, "个", "Shuyang County 2025 - how many themed columns did its social media accounts launch?", "paraphrase: columns"),
        tx(e, "sy", "策采相关新闻稿件2606", 2606, "篇", "How many news stories did Shuyang County's new-media team gather and write up in 2025?", "paraphrase: news articles"),
        tx(e, "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal govt 2025: how many press events (the formal kind) were held?", "paraphrase: press conferences"),
        tx(e, "sh25", "已覆盖 10 个语种", 10, "个", "Per the Shanghai General Office 2025 report, in how many languages can the city's international services portal now be read?", "paraphrase: languages"),
        tx(e, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "How many issues of the city gazette did the Shanghai General Office edit in 2025?", "paraphrase: gazette"),
        tx(e, "sh25", "公开属性审查 166", 166, "件", "Shanghai General Office 2025 - how many official documents were screened for whether they may be made public?", "paraphrase: disclosure-attribute review"),
        tx(e, "sh19", "发布政策解读共132", 132, "件", "In 2019 how many policy explainers went up on the China Shanghai portal?", "paraphrase: interpretations"),
        tx(e, "sh19", "权威发布共计38", 38, "次", "Shanghai 2019: how many times were the big topics of the city government's executive meetings officially put out?", "paraphrase: authoritative releases"),
        tx(e, "sh19", "41条短视频", 41, "条", "Shanghai General Office 2019 report: during the import expo, how many Douyin clips did Shanghai Release put out?", "paraphrase: short videos"),
        tx(e, "kw", "日常报送惠企政策 83", 83, "条", "STCSM 2024: business-support policies sent in routinely, how many?", "paraphrase: pro-business policies"),
        tx(e, "kw", "5 个高频事项", 5, "个", "How many of the science commission's most-used services got the read-and-apply link in 2024?", "paraphrase: high-frequency items"),
        tx(e, "kw", "回应公众关注热点信息 2", 2, "条", "Shanghai science commission 2024: posts replying to hot public concerns on its website?", "paraphrase: responses to public concerns"),
        tx(e, "hz24", "解读信息发布 7", 7, "条", "Hongze District 2024 - how many explainer items did it release?", "paraphrase: interpretation items"),
        tx(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "How many pieces of government info did Hongze post on its own initiative on the website in 2024?", "paraphrase: proactive items"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        un(z, "淮安市2024年信息公开申请人里男的女的各多少", "sex breakdown not reported"),
        un(z, "沭阳县2025年申请人平均年龄多大", "age not reported"),
        un(z, "淮安2024年几月份申请最多", "month breakdown not reported"),
        un(z, "沭阳2025年第三季度收到多少申请", "quarter breakdown not reported"),
        un(z, "上海市府办2025年通过信函提交的申请有多少件", "channel breakdown not reported"),
        un(z, "淮安市2024年清江浦区收了多少申请", "district breakdown / body not in corpus"),
        un(z, "沭阳2025年关于拆迁补偿的申请有多少", "topic breakdown not reported"),
        un(z, "洪泽区2022年收到多少信息公开申请", "year not in corpus"),
        un(z, "南京市2024年信息公开申请数量", "body not in corpus"),
        un(z, "宿迁市政府2025年年报里复议有几件", "body not in corpus"),
        un(z, "沭阳县2026年预计会收到多少申请", "forecast"),
        un(z, "你觉得淮安2024年信息公开做得好不好", "opinion"),
        un(z, "我2024年给淮安市政府交的那份申请批了没有，编号我忘了", "one person's own case"),
        un(z, "帮我查下沭阳县2025年申请信息公开的人的电话号码", "personal data"),
        un(z, "上海科委2023年的依申请公开数量", "year not in corpus"),
        un(z, "涧西区2021年信息公开年报的申请数", "year not in corpus"),
        un(z, "淮安市2024年办一件信息公开申请平均要几天", "response time not reported"),
        un(z, "上海市府办2025年信息公开工作有几个工作人员", "staff not reported"),
        un(z, "浦东新区2025年政府信息公开申请有多少", "body not in corpus"),
        un(z, "洪泽2024年申请多是因为啥原因", "reasons not stated"),
        un(e, "Huai'an 2024: how many disclosure requests came from people living outside the city?", "residence not reported"),
        un(e, "Shuyang County 2025 - requests broken down by industry of the applying companies?", "industry breakdown not reported"),
        un(e, "How many disclosure requests did Shanghai General Office get by email in 2025?", "channel not reported"),
        un(e, "Which department of Huai'an government received the most requests in 2024?", "department breakdown not reported"),
        un(e, "What will Shanghai General Office's request volume be in 2026?", "forecast"),
        un(e, "Is Shuyang more transparent than Huai'an? just your honest opinion, 2025 vs 2024", "opinion"),
        un(e, "Hongze District 2022 annual report - number of requests?", "year not in corpus"),
        un(e, "Shanghai General Office 2022 - reconsideration cases?", "year not in corpus"),
        un(e, "Nanjing city 2024 information disclosure requests received?", "body not in corpus"),
        un(e, "What did it cost Huai'an in staff salaries to run disclosure work in 2024?", "costs not reported"),
        un(e, "Shuyang 2024 report - how many requests?", "year not in corpus"),
        un(e, "I filed a request with Hongze District in 2023 about my land - was mine one of the refused ones?", "one person's own case"),
        un(e, "Give me the names of the people who sued Huai'an government in 2024", "personal data"),
        un(e, "How many requests did the Shanghai science commission get from women in 2024?", "sex breakdown not reported"),
        un(e, "Huai'an 2024 - how many requests per township?", "township breakdown not reported"),
        un(e, "In 2019 what share of Shanghai General Office requesters were over 60?", "age not reported"),
        un(e, "Suqian city 2025 disclosure report - total requests processed?", "body not in corpus"),
        un(e, "Why did the number of reconsiderations in Huai'an go up in 2024? what caused it", "reasons not stated"),
        un(e, "Average days Shuyang County took to answer a request in 2025?", "response time not reported"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        fu(z, [("淮安市2024年因为是过程性信息拒绝公开的有几件", "ha", "r.withheld.process_info.total"),
               ("那沭阳2025年呢", "sy", "r.withheld.process_info.total")], "switch body"),
        fu(z, [("沭阳县2025年 说手里没这个信息的 几件", "sy", "r.unable.not_held.total"),
               ("淮安24年同一项多少", "ha", "r.unable.not_held.total"),
               ("洪泽23年呢", "hz23", "r.unable.not_held.total")], "switch body twice"),
        fu(z, [("淮安2024年复议维持了多少件", "ha", "a.review.upheld"),
               ("被纠正的呢", "ha", "a.review.corrected")], "switch outcome column"),
        fu(z, [("沭阳县2025年复议的总数", "sy", "a.review.total"),
               ("那复议后又打官司的总数呢", "sy", "a.litigation_after_review.total"),
               ("直接起诉的呢", "sy", "a.litigation_direct.total")], "switch appeals group"),
        fu(z, [("淮安市2024年个人申请全部公开的多少", "ha", "r.granted.natural_person"),
               ("企业的呢", "ha", "r.granted.commercial")], "switch applicant column"),
        fu(z, [("上海市府办2019年自然人新申请多少件", "sh19", "r.received.natural_person"),
               ("换成2025年呢", "sh25", "r.received.natural_person")], "switch year"),
        fu(z, [("洪泽区2023年行政许可决定多少", "hz23", "c.licensing.decisions"),
               ("2024年呢", "hz24", "c.licensing.decisions")], "switch year"),
        fu(z, [("淮安2024 重复申请不予处理 几件", "ha", "r.not_processed.duplicate.total"),
               ("信访举报类的呢", "ha", "r.not_processed.petition.total"),
               ("要求确认或重新出具的那种呢", "ha", "r.not_processed.reconfirm.total")], "walk the 不予处理 sub-items"),
        fu(z, [("沭阳县2025年行政规范性文件现在还有效的有多少", "sy", "c.normative_docs.in_force"),
               ("当年新出的几个", "sy", "c.normative_docs.issued")], "switch column of table 二"),
        fu(z, [("12345这边有人问：淮安市政府2024年逾期不补正的其他处理多少件", "ha", "r.other.overdue_correction.total"),
               ("沭阳县2025年呢", "sy", "r.other.overdue_correction.total")], "help desk, switch body"),
        fu(z, [("涧西区2020年复议了几件", "jx", "a.review.total"),
               ("直接去法院告的几件", "jx", "a.litigation_direct.total")], "switch appeals group"),
        fu(z, [("上海科委2024年新收申请多少", "kw", "r.received.total"),
               ("上一年转过来的几件", "kw", "r.carried_over.total")], "switch row"),
        fu(z, [("上海市府办2025年新收申请多少件", "sh25", "r.received.total"),
               ("里面企业的有多少", "sh25", "r.received.commercial"),
               ("转到下一年接着办的呢", "sh25", "r.carried_forward.total")], "switch column then row"),
        fu(z, [("沭阳县2025年 执法案卷不给公开的 几件", "sy", "r.withheld.enforcement_files.total"),
               ("淮安2024年呢", "ha", "r.withheld.enforcement_files.total")], "switch body"),
        fu(z, [("淮安市2024年直接起诉后法院还没判的几件", "ha", "a.litigation_direct.pending"),
               ("判政府赢的呢", "ha", "a.litigation_direct.upheld")], "switch outcome column"),
        fu(z, [("洪泽区2023年部分公开的多少件", "hz23", "r.partially_granted.total"),
               ("沭阳2025年的部分公开呢", "sy", "r.partially_granted.total")], "switch body"),
        fu(z, [("淮安2024年废止的行政规范性文件数", "ha", "c.normative_docs.repealed"),
               ("洪泽2023年的呢", "hz23", "c.normative_docs.repealed")], "switch body"),
        fu(z, [("沭阳2025 需要另行制作没法提供的 几件", "sy", "r.unable.needs_creation.total"),
               ("淮安2024呢", "ha", "r.unable.needs_creation.total"),
               ("洪泽区2023年呢", "hz23", "r.unable.needs_creation.total")], "switch body twice"),
        fu(z, [("上海市府办2019年规章新制作了多少件", "sh19", "c.regulations.made"),
               ("行政规范性文件呢", "sh19", "c.normative_docs.made")], "switch row of table 二"),
        fu(z, [("淮安市2024年行政处罚决定多少个", "ha", "c.punishment.decisions"),
               ("换成沭阳县2025年看看", "sy", "c.punishment.decisions")], "switch body"),
        fu(e, [("Huai'an 2024 - requests refused as administrative inquiries?", "ha", "r.withheld.admin_query.total"),
               ("and Shuyang 2025?", "sy", "r.withheld.admin_query.total")], "switch body"),
        fu(e, [("Shuyang County 2025: reconsiderations that ended in some other result?", "sy", "a.review.other"),
               ("what about Huai'an in 2024", "ha", "a.review.other")], "switch body"),
        fu(e, [("How many requests did Huai'an turn down because a third party's rights were at stake in 2024?", "ha", "r.withheld.third_party.total"),
               ("and for reasons of safety and stability?", "ha", "r.withheld.security_stability.total"),
               ("state secrets?", "ha", "r.withheld.state_secret.total")], "walk the 不予公开 sub-items"),
        fu(e, [("Shanghai General Office 2019 - new requests from individuals?", "sh19", "r.received.natural_person"),
               ("from companies?", "sh19", "r.received.commercial")], "switch column"),
        fu(e, [("STCSM new normative documents issued in 2024?", "kw", "c.normative_docs.issued"),
               ("and how many in force?", "kw", "c.normative_docs.in_force")], "switch column"),
        fu(e, [("Hongze District 2023 administrative coercion decisions", "hz23", "c.coercion.decisions"),
               ("2024?", "hz24", "c.coercion.decisions")], "switch year"),
        fu(e, [("Huai'an 2024: requests carried into 2025 unfinished", "ha", "r.carried_forward.total"),
               ("same for Shuyang in 2025", "sy", "r.carried_forward.total")], "switch body"),
        fu(e, [("Shuyang 2025 - requests handled in total (closed out)", "sy", "r.total_processed.total"),
               ("how many of those were full releases", "sy", "r.granted.total"),
               ("and partial?", "sy", "r.partially_granted.total")], "switch row"),
        fu(e, [("Huai'an 2024 lawsuits after reconsideration that overturned the government's decision?", "ha", "a.litigation_after_review.corrected"),
               ("and those with some other ending?", "ha", "a.litigation_after_review.other")], "switch outcome column"),
        fu(e, [("Hongze District 2024 - regulatory docs still in force", "hz24", "c.normative_docs.in_force"),
               ("how many newly issued that year", "hz24", "c.normative_docs.issued")], "switch column (text rows)"),
        fu(e, [("Jianxi District 2020: how many requests closed in total?", "jx", "r.total_processed.total"),
               ("and brought into 2021 still open?", "jx", "r.carried_forward.total")], "switch row"),
        fu(e, [("Shanghai General Office 2025: reconsideration cases total", "sh25", "a.review.total"),
               ("direct lawsuits?", "sh25", "a.litigation_direct.total"),
               ("lawsuits after reconsideration?", "sh25", "a.litigation_after_review.total")], "switch appeals group (text rows)"),
        fu(e, [("Huai'an 2024: individuals' requests that ran out of time to pay the processing fee?", "ha", "r.other.overdue_fee.natural_person"),
               ("Shuyang 2025 same thing", "sy", "r.other.overdue_fee.natural_person")], "switch body"),
        fu(e, [("Shuyang County 2025 normative docs repealed", "sy", "c.normative_docs.repealed"),
               ("Huai'an 2024?", "ha", "c.normative_docs.repealed")], "switch body"),
        fu(e, [("Shanghai General Office 2019: requests closed out", "sh19", "r.total_processed.total"),
               ("Shanghai General Office 2025 - same figure?", "sh25", "r.total_processed.total")], "switch year"),
        fu(e, [("Hongze District 2023: requests closed in total", "hz23", "r.total_processed.total"),
               ("2024 for Hongze?", "hz24", "r.total_processed.total")], "switch year"),
        fu(e, [("Huai'an 2024 - requests from law firms that the city said it didn't hold info for?", "ha", "r.unable.not_held.legal_services"),
               ("and the 'other organisation' column, same row", "ha", "r.unable.not_held.other_org")], "switch applicant column"),
        fu(e, [("how many admin penalty decisions did Hongze make in 2023", "hz23", "c.punishment.decisions"),
               ("what about 2024", "hz24", "c.punishment.decisions")], "switch year"),
        fu(e, [("Shanghai science commission 2024 - new requests from private individuals", "kw", "r.received.natural_person"),
               ("and Shanghai General Office 2025, individuals?", "sh25", "r.received.natural_person")], "switch body"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + TRAPS() + TEXTONLY() + CANNOT() + FOLLOWUPS()
