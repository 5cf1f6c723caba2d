"""Question bank of blind set 74 (evals/blind74). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers74 computes them from gold/*.json, from the printed rows
named in SPECS (the cells blind6 verified, reports without gold), or from sentences cut from
the report text. This file names bodies, keys, keywords and the wording only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib74 as L  # noqa: E402
import helpers74 as H  # noqa: E402

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

MONEY = {"active.fees.amount", "active.procurement.amount"}

# numbers that the report text states as well as the table: (body, keys) -> (keyword, number)
_HA_REQ = "全市共受理政府信息公开申请"
_HA_APP = "其中结果维持 72"
ALT = {
    ("ha", ("r.received.total",)): (_HA_REQ, 3119),
    ("ha", ("r.total_processed.total",)): (_HA_REQ, 3050),
    ("ha", ("r.carried_over.total",)): (_HA_REQ, 34),
    ("ha", ("r.carried_forward.total",)): (_HA_REQ, 103),
    ("ha", ("a.review.total",)): (_HA_APP, 351),
    ("ha", ("a.review.upheld",)): (_HA_APP, 72),
    ("ha", ("a.review.corrected",)): (_HA_APP, 64),
    ("ha", ("a.review.other",)): (_HA_APP, 178),
    ("ha", ("a.review.pending",)): (_HA_APP, 37),
    ("ha", ("a.litigation_direct.upheld", "a.litigation_after_review.upheld")): (_HA_APP, 25),
    ("ha", ("c.regulations.issued",)): ("新增公开市政府规章", 1),
    ("hz23", ("r.received.total",)): ("全区受理政府信息公开申请", 21),
    ("sh19", ("r.received.total",)): ("代表市政府共受理政府信息公开申请", 859),
    ("sh19", ("r.total_processed.total",)): ("代表市政府共受理政府信息公开申请", 805),
    ("sh19", ("r.carried_over.total",)): ("代表市政府共受理政府信息公开申请", 18),
    ("sh19", ("r.carried_forward.total",)): ("代表市政府共受理政府信息公开申请", 72),
    ("sh19", ("c.normative_docs.made",)): ("主动公开规章13件", 60),
    ("sh19", ("c.regulations.made",)): ("主动公开规章13件", 13),
    ("sh19", ("a.review.total",)): ("信息公开类行政复议7件", 7),
    ("sh19", ("a.litigation_direct.total",)): ("信息公开类行政复议7件", 9),
    ("jx", ("r.received.total",)): ("全年共收到依申请公开", 17),
    ("jx", ("r.total_processed.total",)): ("全年共收到依申请公开", 15),
    ("jx", ("r.carried_forward.total",)): ("全年共收到依申请公开", 2),
    ("sy", ("r.received.legal_person",)): ("全县全年共受理政府信息公开申请", 8),
    ("sy", ("r.total_processed.total",)): ("全县全年共受理政府信息公开申请", 718),
    ("sy", ("r.carried_forward.total",)): ("全县全年共受理政府信息公开申请", 31),
    ("sy", ("a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total")):
        ("全县共办理相关案件", 74),
    ("kw", ("r.received.total",)): ("全年收到政府信息公开申请", 34),
    ("kw", ("r.carried_over.total",)): ("全年收到政府信息公开申请", 2),
    ("kw", ("r.granted.total",)): ("所有办结的信息公开申请中同意公开答复", 9),
    ("kw", ("c.normative_docs.issued",)): ("行政规范性文件 13", 13),
    ("sh25", ("r.received.total",)): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", ("r.total_processed.total",)): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", ("r.carried_over.total",)): ("市政府共受理政府信息公开申请", 189),
}
USED_ALT = set()


def X(b, keys):
    """expect of table cells; money gets 万元; text-stated numbers are marked ambiguous."""
    if isinstance(keys, str):
        keys = [keys]
    kw = {}
    if any(H.K(k) in MONEY for k in keys):
        kw["unit"] = "万元"
    alt = ALT.get((b, tuple(keys)))
    if alt:
        USED_ALT.add((b, tuple(keys)))
    return H.E(b, keys, alt=alt, **kw)


def v(lang, b, keys, q, note=""):
    src = "printed row (text_cells.json)" if L.BODIES[b][2] is None else "gold"
    return H.C("value", lang, [(q, X(b, keys))], "[plain] %s; %s" % (note or "table value", src))


def t(lang, b, keys, q, note):
    return H.C("trap", lang, [(q, X(b, keys))], "[neighbour] " + note)


def s(lang, b, keys, q, note="sum of the listed cells"):
    assert len(keys) >= 2
    return H.C("sum", lang, [(q, X(b, keys))], "[combine] " + note)


def d(lang, b1, b2, keys, q, note="later year minus earlier year"):
    kw = {}
    if any(H.K(k) in MONEY for k in ([keys] if isinstance(keys, str) else keys)):
        kw["unit"] = "万元"
    alt = ALT.get((b2, (keys,) if isinstance(keys, str) else tuple(keys)))
    return H.C("difference", lang, [(q, H.ED(b1, b2, keys, alt=alt, **kw))], "[combine] " + note)


def r(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return H.C("ranking", lang, [(q, H.ER(bodies, keys, order))], "[rank] " + note)


def n(lang, b, keyword, value, unit, q, note="number stated only in the report text", frm=None):
    return H.C("narrative", lang, [(q, H.EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def u(lang, q, why):
    return H.C("unanswerable", lang, [(q, H.EU(why))], "[cannot] " + why)


def f(lang, turns, note):
    """turns = [(question, body, keys), ...]"""
    return H.C("followup", lang, [(q, X(b, k)) for q, b, k in turns], "[followup] " + note)


def VALUES():
    z, e = "zh", "en"
    return [
        v(z, "ha", "r.withheld.state_secret.total", "淮安市2024年有几个申请是因为涉及国家机密被拒掉的", "colloquial: state secret"),
        v(z, "ha", "r.withheld.prohibited_by_law.total", "24年淮安 别的法律法规不让公开所以没给的 有多少件", "colloquial: other laws forbid"),
        v(z, "ha", "r.withheld.security_stability.total", "淮安2024年 怕影响安全稳定就没公开的申请几件啊", "colloquial: 三安全一稳定"),
        v(z, "ha", "r.withheld.third_party.total", "我想问下淮安市政府2024年 因为要保护别人的合法权益不给公开的有几件", "colloquial: third party"),
        v(z, "ha", "r.withheld.internal_affairs.total", "淮安2024 说是机关内部管理的事儿不公开的 几件", "colloquial: internal affairs"),
        v(z, "sy", "r.withheld.process_info.total", "沭阳县25年那种还在讨论研究、没定下来的信息被拒了的有几个", "colloquial: process info"),
        v(z, "sy", "r.withheld.enforcement_files.total", "沭阳2025年说是执法卷宗里的材料不能给的 几件呀", "colloquial: enforcement files"),
        v(z, "ha", "r.withheld.admin_query.total", "淮安2024年被告知这属于查询事项、让去别的渠道查 不按公开处理的有多少", "colloquial: admin query"),
        v(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023年 要的东西政府没有现成的得重新弄 所以没给 几件", "colloquial: needs creation"),
        v(z, "ha", "r.unable.unclear.total", "淮安市24年让补正了结果还是说不清楚要啥的申请有几件", "colloquial: unclear after correction"),
        v(z, "sy", "r.not_processed.petition.total", "之前帮我妈给沭阳县政府写过申请，其实是想投诉小区的事，后来说按信访处理了。想问下2025年像这种被当成信访投诉、没按公开办的一共几件", "story; petition"),
        v(z, "ha", "r.not_processed.duplicate.total", "淮安2024年同一件事反复来申请被不予处理的有几件", "colloquial: duplicate"),
        v(z, "ha", "r.not_processed.reconfirm.total", "2024年淮安有人叫政府确认或者再出一份已经拿到手的信息 这种不予处理的几件", "colloquial: reconfirm"),
        v(z, "sy", "r.other.overdue_fee.total", "沭阳县2025年 收费通知发了申请人过期不交钱 就不办了的 有几件", "colloquial: overdue fee"),
        v(z, "ha", "r.other.overdue_correction.total", "淮安市政府2024年 叫申请人补材料 人家过了期限也没补 最后不再处理的 是多少", "colloquial: overdue correction"),
        v(z, "sy", "r.other.other.total", "核对一下：沭阳2025年表三（六）其他处理下面第3小项“其他”，总计那格是多少", "staff checking a cell"),
        v(z, "ha", "a.litigation_direct.corrected", "淮安2024年老百姓直接去法院告信息公开的 结果判政府要改的有几件", "colloquial: direct suit corrected"),
        v(z, "sy", "a.review.corrected", "沭阳县2025年有人申请复议后 复议机关把县政府的答复给纠正了的 几件", "colloquial: review corrected"),
        v(z, "sy", "a.review.pending", "沭阳25年信息公开复议到年底还没出结果的有多少", "colloquial: review pending"),
        v(z, "ha", "a.litigation_after_review.pending", "淮安2024年 先复议 不服再起诉的案子 还没判下来的几件", "colloquial: after-review pending"),
        v(z, "sy", "a.litigation_after_review.other", "沭阳2025 复议后又告到法院的 结果既不是维持也不是纠正的那种 几件", "colloquial: after-review other"),
        v(z, "ha", "r.received.legal_services", "淮安市2024年律所这类法律服务机构交上来的新申请有多少份", "applicant column legal services"),
        v(z, "ha", "r.received.commercial", "2024年淮安 公司企业来申请公开的(新收)多少件", "applicant column commercial"),
        v(z, "sy", "r.received.legal_services", "沭阳县2025年律师事务所那边新来的申请几件", "applicant column legal services"),
        v(z, "sh19", "r.received.commercial", "上海市政府办公厅2019年企业提交的新申请是多少", "applicant column commercial"),
        v(z, "ha", "r.granted.legal_services", "淮安24年法律服务机构申请的里面 全给公开了的有几件", "column legal services, granted"),
        v(z, "jx", "r.granted.total", "涧西区政府办2020年 人家申请了 政府痛痛快快全给了的 有几件", "colloquial: granted"),
        v(z, "hz23", "r.partially_granted.total", "洪泽区政府2023年只给了一部分信息的申请多少件", "colloquial: partial"),
        v(z, "hz23", "a.review.upheld", "洪泽2023年复议下来 维持原来答复的几件", "colloquial: review upheld (appeals totals printed 0, not used)"),
        v(z, "hz23", "a.litigation_after_review.upheld", "洪泽区2023年复议以后又打官司 法院维持的有几件", "colloquial: after-review upheld"),
        v(z, "hz24", "r.unable.not_held.total", "洪泽区2024年 政府说手上压根没这个信息的 多少件", "colloquial: not held"),
        v(z, "hz24", "c.licensing.decisions", "洪泽24年行政许可处理决定数量 帮忙查下", "staff"),
        v(z, "kw", "r.received.natural_person", "上海科委2024年老百姓个人新递的申请几件", "column natural person"),
        v(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年被归到信访举报投诉那类不予处理的多少", "petition"),
        v(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅二〇二五年 需要另外加工制作才能给 所以没提供的 有多少件", "colloquial: needs creation"),
        v(z, "sh25", "a.litigation_direct.pending", "上海市府办2025年没经过复议直接起诉、到年底还没审结的几件", "direct suit pending"),
        v(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费收了多少钱", "money 万元"),
        v(z, "ha", "c.normative_docs.repealed", "淮安2024年废掉了多少个规范性文件", "colloquial: repealed"),
        v(z, "sy", "c.normative_docs.in_force", "沭阳2025年底还管用的规范性文件还剩几个", "colloquial: in force"),
        v(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定有多少", "penalties"),
        v(z, "ha", "r.carried_forward.total", "淮安2024年没办完要挪到2025年接着办的申请有多少", "colloquial: carried forward; text also states it"),
        v(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购了几个项目", "procurement projects"),
        v(z, "sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅 个人申请里面因为要另外制作所以没提供的有多少", "column natural person (总计 printed blank)"),
        v(z, "sh19", "r.not_processed.petition.natural_person", "19年上海市府办 自然人申请被当成信访投诉不予处理的 几件", "column natural person (总计 printed blank)"),
        v(z, "sy", "r.not_processed.duplicate.commercial", "沭阳2025年公司重复申请 被不予处理的有几件", "column commercial"),
        v(z, "ha", "r.unable.not_held.other_org", "淮安市2024年 “其他”那类组织申请的 政府说没掌握信息的 几件", "column other org"),
        v(z, "sy", "a.litigation_direct.upheld", "沭阳县2025年群众没走复议直接起诉县政府 法院判维持的几个", "colloquial: direct upheld"),
        v(e, "ha", "r.granted.total", "How many requests did Huai'an city government hand over in full in 2024?", "everyday: granted"),
        v(e, "ha", "r.partially_granted.total", "huaian 2024 - requests where they only gave part of the documents?", "everyday: partial"),
        v(e, "ha", "r.unable.not_held.total", "In 2024, how many times did Huai'an tell applicants they simply don't have that information?", "everyday: not held"),
        v(e, "ha", "r.not_processed.petition.total", "Huaian gov 2024: requests that were really complaints or petitions so they weren't handled as disclosure — count?", "everyday: petition"),
        v(e, "sy", "r.withheld.internal_affairs.total", "Shuyang County 2025, refusals because the info was about the government's own internal housekeeping?", "everyday: internal affairs"),
        v(e, "sy", "r.withheld.security_stability.total", "For Shuyang in 2025 how many were refused on the ground it could endanger security or social stability?", "security/stability"),
        v(e, "sy", "r.withheld.third_party.total", "Shuyang County FY2025: withheld to protect somebody else's lawful interests — number?", "everyday: third party"),
        v(e, "sy", "r.withheld.admin_query.total", "In 2025 how many Shuyang requests were turned down because they were really just look-ups you should do through a separate query channel (行政查询事项)?", "everyday: admin query"),
        v(e, "sy", "r.unable.needs_creation.total", "shuyang 2025 how many requests could not be met because the data would have to be put together from scratch", "everyday: needs creation"),
        v(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: anything refused as a state secret? how many", "state secret"),
        v(e, "hz23", "r.withheld.process_info.total", "Hongze 2023 — refusals because the material was still internal deliberation or draft stuff (过程性信息)?", "everyday: process info"),
        v(e, "hz23", "r.withheld.enforcement_files.total", "Hongze District government, 2023: requests refused because they asked for law-enforcement case files?", "enforcement files"),
        v(e, "hz23", "r.not_processed.petition.total", "In 2023 did Hongze treat any requests as complaints rather than disclosure requests? How many", "everyday: petition"),
        v(e, "ha", "r.withheld.process_info.total", "huai an 2024 no. of refusals due to 'process information' (四类过程性信息)", "non-native: process info"),
        v(e, "ha", "r.withheld.enforcement_files.total", "Huai'an 2024: how many requests were refused because they sought administrative enforcement dossiers?", "enforcement files"),
        v(e, "ha", "r.unable.needs_creation.total", "Huaian 2024, requests the city couldnt answer without producing brand-new material", "everyday: needs creation"),
        v(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024 — applicants who got a fee notice and never paid, so the request was dropped: how many?", "everyday: overdue fee"),
        v(e, "ha", "r.other.other.total", "For Huai'an 2024, the catch-all 'other' line under 其他处理 (item 3) — what is the figure?", "cell: other.other"),
        v(e, "sy", "r.other.overdue_correction.total", "Shuyang 2025: people asked to fix their application who did not reply in time, so processing stopped. Number please", "everyday: overdue correction"),
        v(e, "sy", "r.not_processed.duplicate.total", "how many repeat requests did Shuyang County decline to process in 2025", "everyday: duplicate"),
        v(e, "ha", "a.review.corrected", "Huai'an 2024 admin reconsideration cases where the city's decision got overturned or corrected?", "review corrected; text also states it"),
        v(e, "ha", "a.litigation_direct.upheld", "Huai'an 2024: lawsuits filed straight in court (no reconsideration first) where the judge sided with the government", "everyday: direct upheld"),
        v(e, "ha", "a.litigation_direct.other", "huaian 2024 direct lawsuits ending some 'other' way (withdrawn and so on) how many", "direct other"),
        v(e, "ha", "a.litigation_after_review.corrected", "How many post-reconsideration lawsuits against Huai'an in 2024 ended with the government being put right?", "after-review corrected"),
        v(e, "ha", "a.litigation_direct.pending", "Huaian 2024, lawsuits brought directly that were still undecided when the year closed?", "direct pending"),
        v(e, "sy", "a.review.other", "Shuyang 2025 reconsiderations that closed with an 'other' result", "review other"),
        v(e, "sy", "a.litigation_after_review.pending", "shuyang county 2025 lawsuits after reconsideration not concluded yet", "after-review pending"),
        v(e, "sy", "a.review.upheld", "In 2025, how many of Shuyang's reconsideration cases left the original answer standing?", "everyday: review upheld"),
        v(e, "jx", "a.litigation_direct.upheld", "Jianxi District office 2020: direct suits where the court upheld the office?", "direct upheld"),
        v(e, "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office 2019: company requests turned away as mere look-ups that belong elsewhere (行政查询事项)?", "column commercial, admin query"),
        v(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office in 2019 — individuals' requests refused as state secrets, how many?", "column natural person (总计 printed blank)"),
        v(e, "sh19", "r.unable.unclear.natural_person", "2019 Shanghai municipal govt general office: private persons whose requests stayed unclear even after being asked to clarify?", "column natural person (总计 printed blank)"),
        v(e, "sh19", "r.not_processed.duplicate.commercial", "Shanghai General Office 2019: repeat requests from companies that were not processed", "column commercial"),
        v(e, "ha", "r.received.other_org", "Huai'an 2024 new requests from 'other' organisations (not firms, not law offices)?", "column other org"),
        v(e, "ha", "r.granted.commercial", "huaian 2024 how many business applicants got everything they asked for", "column commercial granted"),
        v(e, "sy", "r.partially_granted.legal_services", "Shuyang 2025 — law firms' requests that were only partly granted?", "column legal services partial"),
        v(e, "sy", "r.received.natural_person", "How many fresh requests did private citizens file with Shuyang County in 2025 (only the ones newly received in 2025, not counting those carried over from 2024)?", "table 705; text 741 includes carry-over, excluded by wording"),
        v(e, "kw", "c.licensing.decisions", "STCSM 2024: number of administrative licensing decisions", "licensing"),
        v(e, "kw", "r.total_processed.total", "Shanghai science commission, 2024 — total requests handled (总计 row)", "total processed"),
        v(e, "sh25", "r.granted.total", "Shanghai General Office 2025, requests where the info was released in full (予以公开)", "granted"),
        v(e, "sh25", "r.unable.not_held.total", "Shanghai government general office 2025 — 'we don't hold it' answers, how many?", "everyday: not held"),
        v(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: how many requests spilled over into 2026?", "everyday: carried forward"),
        v(e, "sh25", "a.review.total", "Shanghai municipal general office 2025 — total admin reconsideration cases over disclosure (行政复议 总计)", "review total"),
        v(e, "hz24", "c.fees.amount", "Hongze District 2024, administrative fees collected (行政事业性收费), in 10k yuan", "money 万元"),
        v(e, "hz24", "a.litigation_after_review.total", "Hongze District 2024: total lawsuits filed after a reconsideration", "after-review total"),
        v(e, "hz23", "c.licensing.decisions", "Hongze 2023 — how many licensing decisions did they make?", "licensing"),
        v(e, "ha", "c.coercion.decisions", "Huai'an city 2024 administrative coercion decisions", "coercion"),
        v(z, "sy", "r.not_processed.publication.total", "沭阳2025年有人找政府要公开出版的书刊 被不予处理的有几件", "colloquial: publication (zero)"),
        v(z, "ha", "r.received.research", "淮安2024年大学、研究所这类科研机构来申请的有几件", "applicant column research (zero)"),
        v(e, "ha", "r.not_processed.excessive.total", "Huai'an 2024: requests set aside because someone kept filing loads of them with no good reason?", "everyday: excessive (zero)"),
        v(e, "sy", "r.received.public_interest", "Shuyang 2025: new requests from charities or public-interest groups (社会公益组织)?", "applicant column public interest (zero)"),
        v(e, "sy", "r.received.legal_person", "Shuyang County 2025, new requests from companies and organisations taken together (法人或其他组织)?", "derived legal_person; text also states 8"),
        v(e, "jx", "r.unable.not_held.total", "Jianxi District 2020 — how many times did the office say it didn't have the info?", "everyday: not held"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        t(z, "ha", "r.carried_over.total", "淮安2024年从2023年结转过来的申请有几件（不是转到下一年的那个）", "结转上年 vs 结转下年 (103)"),
        t(z, "ha", "a.litigation_after_review.total", "淮安市2024年 复议完了不服又去起诉的 总共几件", "复议后起诉 (20) vs 直接起诉 (26)"),
        t(z, "sy", "c.normative_docs.repealed", "沭阳2025年规范性文件作废了几件 不是新发的", "废止 (1) vs 制发 (6)"),
        t(z, "ha", "r.unable.needs_creation.total", "淮安2024年得另外做才能提供的那种是几件？别跟不掌握的搞混了", "另行制作 (11) vs 不掌握 (769)"),
        t(z, "sy", "r.withheld.process_info.total", "沭阳县25年不予公开里第6项 就是还在研究讨论过程中的信息 几件", "过程性信息 (2) vs 内部事务 (13)"),
        t(z, "ha", "r.partially_granted.total", "淮安2024年只公开了一部分的件数 注意是部分不是全部", "部分公开 (454) vs 予以公开 (1362)"),
        t(z, "sh19", "r.carried_forward.total", "上海市政府办公厅2019年到年底还没答复、顺延到2020年去的有多少件", "结转下年 (72) vs 上年结转 (18); text also states it"),
        t(e, "sy", "r.received.legal_services", "Shuyang 2025: new requests that came from legal service providers — not businesses", "法律服务机构 (5) vs 商业企业 (3)"),
        t(e, "ha", "c.normative_docs.in_force", "Huai'an 2024 normative documents still valid at year end (现行有效), not the newly issued ones", "现行有效 (66) vs 制发 (8)"),
        t(e, "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed WITHOUT going through reconsideration first — total?", "直接起诉 (3) vs 复议后起诉 (10)"),
        t(e, "jx", "c.procurement.amount", "Jianxi 2020 government procurement — how much money in total, not how many projects", "采购金额 vs 项目数 (8)"),
        t(e, "ha", "r.withheld.internal_affairs.total", "Huai'an 2024 refusals for internal-affairs info (三类内部事务), not the process-info row", "内部事务 (8) vs 过程性信息 (12)"),
        t(e, "sy", "r.carried_over.total", "Shuyang 2025: cases brought in from 2024 at the start (上年结转), not the ones pushed on to 2026", "上年结转 (36) vs 结转下年 (31)"),
    ]


def SUMS():
    z, e = "zh", "en"
    return [
        s(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "淮安2024年 因为国家秘密和法律法规禁止这两条理由没公开的加起来多少"),
        s(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年 信息公开的复议加上两种行政诉讼 一共多少件", "sum of three appeals totals; text states 74 cases"),
        s(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年没掌握的加上需要另行制作的 合计几件"),
        s(z, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安市2024年表三（六）其他处理 三个小项合计"),
        s(z, "sy", ["r.withheld.%s.total" % w for w in L.WITHHELD], "沭阳县2025年不予公开那8种情形全加一块是多少", "sum of the eight withheld rows"),
        s(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年 予以公开和本机关不掌握两项加一起"),
        s(z, "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年行政诉讼里法院判维持的 直接起诉的和复议后起诉的加起来几件", "text states 25 upheld"),
        s(z, "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "2019年上海市府办 自然人申请里 信访类加重复申请 一共几件", "natural-person column (总计 printed blank)"),
        s(e, "ha", ["c.licensing.decisions", "c.punishment.decisions"], "Huai'an 2024: licensing decisions plus penalty decisions combined?"),
        s(e, "ha", ["r.unable.%s.total" % w for w in L.UNABLE], "Huai'an 2024 — all three 'could not provide' reasons added together", "three unable rows"),
        s(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025: fully plus partly released, in total"),
        s(e, "hz23", ["a.review.upheld", "a.review.corrected"], "Hongze 2023: reconsiderations upheld plus corrected"),
        s(e, "ha", ["r.received.%s" % c for c in L.ORG_COLS], "Huai'an 2024, add up the new requests from all five kinds of organisations", "five organisation columns"),
        s(e, "sh19", ["r.received.total", "r.carried_over.total"], "Shanghai General Office 2019: new requests plus the ones carried in from 2018"),
        s(e, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 lawsuits of both kinds together"),
        s(e, "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "Huai'an 2024: every appeal still undecided at year end, reconsideration and court combined"),
    ]


def DIFFS():
    z, e = "zh", "en"
    return [
        d(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区的行政处罚决定 2024年比2023年多了还是少了 差多少"),
        d(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽2023年到2024年 政府说不掌握信息的件数增加了多少"),
        d(z, "sh19", "sh25", "r.received.total", "上海市府办2025年新收申请比2019年多多少", "later minus earlier; 2025 text also states 1295"),
        d(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅转到下一年办的申请 2025年和2019年比变化多少"),
        d(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年增加多少"),
        d(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions: change from 2023 to 2024?"),
        d(e, "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income move between 2023 and 2024 (万元)?"),
        d(e, "sh19", "sh25", "a.review.total", "Shanghai General Office reconsideration cases: 2025 versus 2019, how many more?"),
        d(e, "sh19", "sh25", "r.received.natural_person", "How many more new requests from individuals did the Shanghai General Office get in 2025 than in 2019?"),
        d(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force — difference 2024 minus 2023?"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        r(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年 哪家新收的申请最多"),
        r(z, ["jx", "hz23", "sy"], "a.review.upheld", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年 复议维持的件数谁最少"),
        r(z, ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "个人申请里被回复“没掌握”的 淮安2024年、沭阳2025年、上海市府办2019年 哪个最多"),
        r(z, ["sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc", "结转到下年度的申请：沭阳县2025年、上海市政府办公厅2019年、涧西区2020年、洪泽区2023年 排第一的是谁"),
        r(z, ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "以内部事务信息为由不公开的 淮安2024、沭阳2025、洪泽2023年 哪个最多"),
        r(z, ["jx", "ha", "sy"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼 涧西区2020年 淮安市2024年 沭阳县2025年 谁最少"),
        r(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "现行有效规范性文件 淮安市2024年、洪泽区2023年和沭阳县2025年比 谁最多"),
        r(e, ["sy", "hz23", "ha"], "c.coercion.decisions", "asc", "Fewest administrative coercion decisions: Shuyang 2025, Hongze 2023 or Huai'an 2024?"),
        r(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Which saw the most individual requests set aside as petitions/complaints — Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?"),
        r(e, ["hz23", "jx", "sy", "ha"], "r.received.natural_person", "asc", "Among Hongze (2023), Jianxi (2020), Shuyang (2025) and Huai'an (2024), who got the fewest new requests from private persons?"),
        r(e, ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Rank Huai'an 2024, Shuyang 2025 and Hongze 2023 by administrative fee income — which is top?"),
        r(e, ["sy", "ha", "sh19"], "a.review.total", "asc", "Smallest number of reconsideration cases: Shuyang County 2025, Huai'an 2024, Shanghai General Office 2019?"),
        r(e, ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc", "who had the most 'would need to create new info' outcomes: huaian 2024, shuyang 2025 or hongze 2023"),
    ]


def NARR():
    z, e = "zh", "en"
    return [
        n(z, "ha", "制作政策解读", 21, "个", "淮安2024年做了多少个政策解读"),
        n(z, "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了几场新闻发布会"),
        n(z, "ha", "政务新媒体共计", 95, "个", "淮安24年全市还在运营的政务新媒体号一共几个"),
        n(z, "ha", "信息处理费 3940", 3940, "元", "淮安2024年收了多少信息处理费"),
        n(z, "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在网站上主动公开了多少条信息"),
        n(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", frm="公开政府常务会议"),
        n(z, "sy", "开展意见征集", 9, "期", "沭阳2025年网站上搞了几期意见征集"),
        n(z, "sy", "年度涌现爆款内容", 49, "条", "沭阳县2025年播放量过百万的爆款有多少条"),
        n(z, "sy", "催办提示", 84, "次", "沭阳2025年那个倒计时报警器一共发了几次催办提醒"),
        n(z, "sy", "办前主动沟通", 33, "件", "沭阳25年办件前主动沟通 最后化解了多少件争议纠纷"),
        n(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息清了多少条"),
        n(z, "sy", "失效链接43处", 43, "处", "沭阳2025年网站整改了多少处失效链接"),
        n(z, "kw", "微信公众号目前关注人数", 1016823, "人", "上海科委“上海科技”公众号2024年关注的人有多少"),
        n(z, "kw", "直播 118", 118, "场", "市科委2024年搞了多少场直播"),
        n(z, "kw", "主合办政协提案", 85, "件", "上海市科委2024年主办合办的政协提案有几件"),
        n(z, "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        n(z, "sh25", "人事任免文件", 196, "件", "上海市府办2025年主动公开的人事任免文件有几件"),
        n(z, "sh19", "发布政策解读共132件", 132, "件", "2019年上海市府办通过“中国上海”网站发了多少件政策解读"),
        n(z, "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了多少次"),
        n(z, "jx", "21个领域601项事项", 601, "项", "涧西区政府办2020年梳理细化出多少项公开事项"),
        n(e, "ha", "《淮安市人民政府公报》6", 6, "期", "How many issues of the city's official bulletin did Huai'an put out in 2024?"),
        n(e, "ha", "全年组织 4 次", 4, "次", "In 2024, how many times did Huai'an sweep every disclosure section for a full check-up?"),
        n(e, "hz24", "解读信息发布 7", 7, "条", "Hongze District in 2024 — how many posts explaining policies went up?"),
        n(e, "hz24", "主动发布各类政府信息", 2428, "条", "How many pieces of information did Hongze put on its website unprompted in 2024?"),
        n(e, "hz24", "区政府办代表区政府受理", 17, "件", "Going by the write-up rather than the table: how many applications did the Hongze district office take in on the district government's behalf in 2024?", "text 17 differs from the table's 95; asked only as a text number"),
        n(e, "sy", "推送系列原创短视频", 1113, "个", "Shuyang County 2025: how many home-made short video clips went out on its social channels?"),
        n(e, "sy", "完成全县64家单位", 64, "家", "How many county bodies had their yearly reports released together by Shuyang in 2025?"),
        n(e, "sy", "收取信息处理费共计380元", 380, "元", "What did Shuyang's agencies charge altogether for handling information requests in 2025, in yuan?"),
        n(e, "sy", "累计发布解读类信息", 21, "条", "Shuyang 2025: count of explainer posts that unpack policies"),
        n(e, "sy", "专栏33个", 33, "个", "How many themed sections did Shuyang's new-media channels launch in 2025?"),
        n(e, "kw", "视频号共制作并发布短视频", 584, "条", "STCSM's video channel in 2024 — how many short clips did it make and post?"),
        n(e, "kw", "累计批量推送集成式发布政策", 121, "条", "Shanghai science commission 2024: policies pushed in bulk to the one-stop policy release — how many?"),
        n(e, "kw", "市科委 5 个高频事项", 5, "个", "For 2024, how many much-used services of the Shanghai science commission had their policy pages tied to the place where you apply?"),
        n(e, "kw", "其中原创文章", 294, "篇", "how many self-written articles did the 'Shanghai Keji' WeChat account publish in 2024"),
        n(e, "sh25", "新增意大利语网站，目前已覆盖", 10, "个", "How many languages could Shanghai's international services portal be read in, per the 2025 report?"),
        n(e, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "Shanghai General Office 2025 — how many editions of the government bulletin were compiled?"),
        n(e, "sh25", "公文公开属性审查", 166, "件", "In 2025, how many official documents did the Shanghai General Office check for whether they ought to go public?"),
        n(e, "sh19", "统一受理平台接入53个部门", 53, "个", "In 2019, how many departments were hooked up to Shanghai's single intake system for online services?"),
        n(e, "sh19", "运用抖音号报道进博会", 41, "条", "During the 2019 import expo, how many clips did Shanghai Release post on Douyin?"),
        n(e, "jx", "办结率88.2%", 88.2, "%", "What share of its requests did Jianxi's office wrap up in 2020, as a percentage?", "printed percentage"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        u(z, "淮安2024年申请公开的人里 男的女的各多少", "sex breakdown not in the report"),
        u(z, "沭阳县2025年 依申请公开 哪个月收到的最多", "month breakdown not in the report"),
        u(z, "洪泽区2022年政府信息公开申请有多少件", "year not in the corpus (洪泽 2022)"),
        u(z, "南京市2024年信息公开行政复议多少件", "body not in the corpus (南京市)"),
        u(z, "沭阳2026年估计会收到多少申请", "forecast"),
        u(z, "你觉得淮安市2024年信息公开工作做得好不好", "opinion"),
        u(z, "我叫王建国 2024年给淮安市政府申请过拆迁补偿的信息 我那件到底批了没有", "one person's own case"),
        u(z, "上海市府办2025年申请人里住在浦东的有多少", "residence breakdown not in the report"),
        u(z, "淮安市政府2024年负责信息公开的工作人员有几个人", "staff number not stated"),
        u(z, "沭阳县2025年申请的内容里 关于征地拆迁的占多少", "topic breakdown not in the report"),
        u(z, "涧西区2021年的年报里 依申请公开多少件", "year not in the corpus (涧西 2021)"),
        u(z, "上海市科委2023年收到多少信息公开申请", "year not in the corpus (上海科委 2023)"),
        u(z, "宿迁市2025年主动公开了多少条信息", "body not in the corpus (宿迁市)"),
        u(z, "洪泽区2023年那10个维持的复议 分别是谁申请的 电话多少", "personal data"),
        u(z, "淮安市2024年依申请公开平均多少天答复", "response time not stated"),
        u(z, "上海市政府办公厅2019年 网上申请和信函申请各多少", "channel breakdown not in the report"),
        u(z, "沭阳2025年各个乡镇分别收到多少申请", "township breakdown not in the report"),
        u(z, "淮安2024年行政处罚决定里 涉及交通的有多少", "topic breakdown of penalties not in the report"),
        u(z, "清江浦区2024年信息公开年报 不予公开多少", "body not in the corpus (清江浦区)"),
        u(z, "洪泽区2024年申请人年龄分布是啥样", "age breakdown not in the report"),
        u(e, "How many of Shuyang's 2025 requests came in by email vs in person?", "channel breakdown not in the report"),
        u(e, "Huai'an 2024: how many requesters were over 60?", "age breakdown not in the report"),
        u(e, "What did disclosure work cost the Shanghai General Office in 2025 in staff budget?", "cost not stated"),
        u(e, "Pudong New Area 2024 disclosure report — number of requests?", "body not in the corpus (浦东新区)"),
        u(e, "Will Hongze get more requests in 2025 than it did in 2024?", "forecast"),
        u(e, "Which Huai'an department got the most requests in 2024?", "department breakdown not in the report"),
        u(e, "Was the Shanghai science commission's 2024 disclosure work any good, in your view?", "opinion"),
        u(e, "I applied to Jianxi District in 2020 for my house demolition file — was mine one of the 13 released?", "one person's own case"),
        u(e, "Shanghai General Office 2022 report: how many requests?", "year not in the corpus (上海市府办 2022)"),
        u(e, "Nanjing 2023 — how many reconsideration cases over info disclosure?", "body not in the corpus (南京市)"),
        u(e, "Give me the names of the people who sued Huai'an over disclosure in 2024", "personal data"),
        u(e, "Shuyang 2025: how many requests were filed in Q3?", "quarter breakdown not in the report"),
        u(e, "How many applications to Hongze District in 2023 were about land acquisition?", "topic breakdown not in the report"),
        u(e, "Average number of days the Shanghai General Office took to answer a request in 2019?", "response time not stated"),
        u(e, "Shuyang County 2024 report: total new requests?", "year not in the corpus (沭阳 2024)"),
        u(e, "Huai'an 2024: how many foreign nationals applied?", "nationality breakdown not in the report"),
        u(e, "Why did Hongze's request count jump in 2024 — what caused it?", "reason not stated in the report"),
        u(e, "What share of STCSM's 2024 applicants were women?", "sex breakdown not in the report"),
        u(e, "How many disclosure staff did the Jianxi District office have in 2020?", "staff number not stated"),
        u(e, "Suqian city 2025 — how many normative documents repealed?", "body not in the corpus (宿迁市)"),
    ]


def FOLLOW():
    z, e = "zh", "en"
    return [
        f(z, [("淮安市2024年新收了多少申请", "ha", "r.received.total"), ("沭阳县2025年呢", "sy", "r.received.total")], "switch body and year"),
        f(z, [("沭阳县2025年因为保护第三方权益不给公开的几件", "sy", "r.withheld.third_party.total"), ("那涉及国家秘密的呢", "sy", "r.withheld.state_secret.total"), ("法律法规禁止公开的呢", "sy", "r.withheld.prohibited_by_law.total")], "switch withheld sub-item"),
        f(z, [("淮安2024年复议被纠错的几件", "ha", "a.review.corrected"), ("诉讼那边 直接起诉被纠正的呢", "ha", "a.litigation_direct.corrected"), ("复议后起诉被纠正的呢", "ha", "a.litigation_after_review.corrected")], "switch appeals group"),
        f(z, [("洪泽区2023年废止了多少规范性文件", "hz23", "c.normative_docs.repealed"), ("24年新发了几件", "hz24", "c.normative_docs.issued")], "switch year and column"),
        f(z, [("上海市府办2019年个人新提交的申请多少", "sh19", "r.received.natural_person"), ("换成2025年呢", "sh25", "r.received.natural_person")], "switch year"),
        f(z, [("淮安24年按信访投诉不予处理的多少", "ha", "r.not_processed.petition.total"), ("里面企业申请的有几件", "ha", "r.not_processed.petition.commercial")], "switch column"),
        f(z, [("沭阳2025年复议后又起诉 法院维持的几件", "sy", "a.litigation_after_review.upheld"), ("还没判完的呢", "sy", "a.litigation_after_review.pending")], "switch outcome column"),
        f(z, [("涧西区政府办2020年新制作规范性文件几件", "jx", "c.normative_docs.made"), ("上海市政府办公厅2019年同一项呢", "sh19", "c.normative_docs.made")], "switch body"),
        f(z, [("淮安市2024年 政府说没有这个信息的有多少", "ha", "r.unable.not_held.total"), ("律所那类法律服务机构申请的里面这种有几件", "ha", "r.unable.not_held.legal_services"), ("公司呢", "ha", "r.unable.not_held.commercial")], "switch applicant column"),
        f(z, [("洪泽区2024年全部公开的有几件", "hz24", "r.granted.total"), ("23年呢", "hz23", "r.granted.total")], "switch year"),
        f(z, [("沭阳县2025年行政许可决定数", "sy", "c.licensing.decisions"), ("行政处罚呢", "sy", "c.punishment.decisions")], "switch row"),
        f(z, [("上海科委2024年新收申请几件", "kw", "r.received.total"), ("其中企业递交的呢", "kw", "r.received.commercial")], "switch column"),
        f(z, [("上海市府办2025年上年结转过来的申请多少", "sh25", "r.carried_over.total"), ("里面律所的几件", "sh25", "r.carried_over.legal_services")], "switch column"),
        f(z, [("洪泽2023年因为是过程中的信息没公开的几件", "hz23", "r.withheld.process_info.total"), ("沭阳2025年呢", "sy", "r.withheld.process_info.total")], "switch body and year"),
        f(z, [("沭阳2025年律师那边申请后全部公开的几件", "sy", "r.granted.legal_services"), ("只公开了一部分的呢", "sy", "r.partially_granted.legal_services")], "switch row"),
        f(z, [("淮安2024年直接起诉的行政诉讼总共几件", "ha", "a.litigation_direct.total"), ("复议后起诉的呢", "ha", "a.litigation_after_review.total"), ("复议后起诉里没判完的呢", "ha", "a.litigation_after_review.pending")], "switch group and column"),
        f(z, [("上海市政府办公厅2019年被申请行政复议几件", "sh19", "a.review.total"), ("2025年的呢", "sh25", "a.review.total")], "switch year"),
        f(z, [("洪泽区2024年信息公开行政复议一共几件", "hz24", "a.review.total"), ("直接起诉的呢", "hz24", "a.litigation_direct.total")], "switch group"),
        f(z, [("淮安2024年自然人申请里全部公开的有多少", "ha", "r.granted.natural_person"), ("部分公开的呢", "ha", "r.partially_granted.natural_person")], "switch row"),
        f(z, [("沭阳县2025年信访类不予处理的几件", "sy", "r.not_processed.petition.total"), ("淮安市2024年同一项是多少", "ha", "r.not_processed.petition.total")], "switch body and year"),
        f(e, [("Huai'an 2024 report: requests carried over from 2023?", "ha", "r.carried_over.total"), ("And how many were pushed on to 2025?", "ha", "r.carried_forward.total")], "switch row"),
        f(e, [("Shuyang 2025: how many admin penalty decisions?", "sy", "c.punishment.decisions"), ("and coercion?", "sy", "c.coercion.decisions")], "switch row"),
        f(e, [("Hongze District 2023 — fees collected (行政事业性收费)?", "hz23", "c.fees.amount"), ("2024?", "hz24", "c.fees.amount")], "switch year"),
        f(e, [("What was the Jianxi District office's total procurement spend in 2020?", "jx", "c.procurement.amount"), ("And the Shanghai General Office in 2019?", "sh19", "c.procurement.amount")], "switch body"),
        f(e, [("Huai'an 2024, reconsideration cases that were upheld", "ha", "a.review.upheld"), ("and Shuyang for 2025?", "sy", "a.review.upheld"), ("Hongze 2023?", "hz23", "a.review.upheld")], "switch body and year"),
        f(e, [("Shanghai General Office 2025: complaint-type requests set aside (信访举报投诉类)?", "sh25", "r.not_processed.petition.total"), ("repeat requests?", "sh25", "r.not_processed.duplicate.total")], "switch sub-item"),
        f(e, [("STCSM 2024: new normative documents issued?", "kw", "c.normative_docs.issued"), ("How many were in force at year end?", "kw", "c.normative_docs.in_force")], "switch column"),
        f(e, [("How many requests did Huai'an 2024 partly grant to companies?", "ha", "r.partially_granted.commercial"), ("and to individuals?", "ha", "r.partially_granted.natural_person")], "switch column"),
        f(e, [("Shuyang 2025 total requests handled (总计)?", "sy", "r.total_processed.total"), ("carried into 2026?", "sy", "r.carried_forward.total")], "switch row"),
        f(e, [("Hongze 2023, normative documents still in force?", "hz23", "c.normative_docs.in_force"), ("what about 2024?", "hz24", "c.normative_docs.in_force")], "switch year"),
        f(e, [("Shanghai General Office 2019, individuals' requests that got full disclosure?", "sh19", "r.granted.natural_person"), ("and companies?", "sh19", "r.granted.commercial")], "switch column"),
        f(e, [("Huai'an 2024: lawsuits after reconsideration upheld by the court?", "ha", "a.litigation_after_review.upheld"), ("any 'other' outcomes there?", "ha", "a.litigation_after_review.other")], "switch outcome column"),
        f(e, [("Jianxi 2020: requests still open and carried to 2021?", "jx", "r.carried_forward.total"), ("and reconsiderations in total?", "jx", "a.review.total")], "switch row and table"),
        f(e, [("Shuyang County 2025, duplicate-request refusals from individuals only", "sy", "r.not_processed.duplicate.natural_person"), ("and for Huai'an 2024?", "ha", "r.not_processed.duplicate.natural_person")], "switch body and year"),
        f(e, [("Hongze District 2024: penalty decisions?", "hz24", "c.punishment.decisions"), ("and 2023?", "hz23", "c.punishment.decisions")], "switch year"),
        f(e, [("Shanghai science commission 2024: requests carried in from 2023?", "kw", "r.carried_over.total"), ("and fully granted?", "kw", "r.granted.total")], "switch row"),
        f(e, [("Huai'an 2024 administrative licensing decisions", "ha", "c.licensing.decisions"), ("Shuyang 2025?", "sy", "c.licensing.decisions")], "switch body and year"),
        f(e, [("Shanghai General Office 2025 lawsuits after reconsideration — total", "sh25", "a.litigation_after_review.total"), ("and direct lawsuits?", "sh25", "a.litigation_direct.total")], "switch group"),
        f(e, [("Huai'an 2024: regulations (规章) issued?", "ha", "c.regulations.issued"), ("still in force?", "ha", "c.regulations.in_force")], "switch column"),
        f(e, [("Hongze 2023: requests carried into 2024?", "hz23", "r.carried_forward.total"), ("and in 2024, how many rolled into 2025?", "hz24", "r.carried_forward.total")], "switch year"),
    ]


def CONVERSATIONS():
    out = VALUES() + TRAPS() + SUMS() + DIFFS() + RANKS() + NARR() + CANNOT() + FOLLOW()
    unused = set(ALT) - USED_ALT
    if unused:
        print("text-stated numbers not asked: %s" % sorted(unused))
    return out
