"""Question bank of the blind33 evaluation set (evals/blind33).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording here was newly written for this set. The bank only names bodies, keys, keywords
and question texts; every number is computed by helpers33 (gold JSON, printed text rows, or a
sentence cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib33 as L  # noqa: E402
import helpers33 as H  # noqa: E402

# printed cells of the three reports without gold (the same cells blind5/blind6 verified)
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

# cells whose number the report text states as well (same number): marked ambiguous with the
# sentence as acceptable_sentence.  (body, key) -> (keyword locating the sentence, number)
ALT = {
    ("ha", "requests.received.total"): ("全市共受理政府信息公开申请", 3119),
    ("ha", "requests.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "requests.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "requests.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "appeals.review.total"): ("其中结果维持 72", 351),
    ("ha", "appeals.review.upheld"): ("其中结果维持 72", 72),
    ("ha", "appeals.review.corrected"): ("其中结果维持 72", 64),
    ("ha", "appeals.review.other"): ("其中结果维持 72", 178),
    ("ha", "appeals.review.pending"): ("其中结果维持 72", 37),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
    ("hz23", "requests.received.total"): ("全区受理政府信息公开申请", 21),
    ("sh19", "requests.received.total"): ("代表市政府共受理政府信息公开申请", 859),
    ("sh19", "requests.total_processed.total"): ("代表市政府共受理政府信息公开申请", 805),
    ("sh19", "requests.carried_forward.total"): ("代表市政府共受理政府信息公开申请", 72),
    ("sh19", "requests.carried_over.total"): ("代表市政府共受理政府信息公开申请", 18),
    ("sh19", "active.normative_docs.made"): ("主动公开规章13件", 60),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "appeals.review.total"): ("信息公开类行政复议7件", 7),
    ("sh19", "appeals.litigation_direct.total"): ("信息公开类行政复议7件", 9),
    ("jx", "requests.received.total"): ("全年共收到依申请公开17件", 17),
    ("jx", "requests.total_processed.total"): ("全年共收到依申请公开17件", 15),
    ("jx", "requests.carried_forward.total"): ("全年共收到依申请公开17件", 2),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("sh25", "requests.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "requests.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", "requests.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sy", "requests.received.legal_person"): ("法人或其他组织申请", 8),
    ("sy", "requests.total_processed.total"): ("法人或其他组织申请", 718),
    ("sy", "requests.carried_forward.total"): ("法人或其他组织申请", 31),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def _kw(b, keys, kw):
    ks = H.KS(keys)
    if len(ks) == 1 and (b, ks[0]) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return kw


def e(b, keys, **kw):
    """full expect of one table value (alternative text reading added automatically)."""
    return H.E(b, keys, **_kw(b, keys, kw))


def v(lang, b, keys, q, note="", **kw):
    return H.V(lang, b, keys, q, "[plain] " + (note or "table value"), **_kw(b, keys, kw))


def t(lang, b, keys, q, note, **kw):
    return H.T(lang, b, keys, q, "[neighbour] " + note, **_kw(b, keys, kw))


def s(lang, b, keys, q, note="sum of the listed cells"):
    return H.S(lang, b, keys, q, "[combine] " + note, **_kw(b, keys, {}))


def d(lang, b1, b2, keys, q, note="later year minus earlier year"):
    kw = {}
    ks = H.KS(keys)
    if len(ks) == 1 and (b2, ks[0]) in ALT:
        kw["alt"] = ALT[(b2, ks[0])]
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    return H.D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def r(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return H.R(lang, bodies, keys, order, q, "[rank] " + note)


def n(lang, b, keyword, value, unit, q, note="number only the narrative states", frm=None):
    return H.N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def u(lang, q, why, note="not in the corpus"):
    return H.U(lang, q, why, "[cannot] " + note)


def f(lang, turns, note):
    return H.F(lang, turns, "[followup] " + note)


def VALUES():
    z, en = "zh", "en"
    return [
        # ---------------- zh
        v(z, "ha", "r.granted.total", "淮安市政府2024年依申请公开里直接给公开了的有几件"),
        v(z, "ha", "r.partially_granted.total", "淮安24年部分公开多少件啊"),
        v(z, "ha", "r.unable.not_held.total", "我想知道淮安市人民政府2024年有多少申请，政府回复说自己手里根本没有这个信息？"),
        v(z, "ha", "r.withheld.admin_query.total", "淮安2024年报 不予公开里面 属于行政查询事项的 是几件"),
        v(z, "ha", "a.review.total", "淮安市2024年因为信息公开被人申请行政复议，一共几起？"),
        v(z, "ha", "r.not_processed.petition.total", "记者核稿：淮安市政府2024年度，把信访举报投诉类的申请作不予处理的，有多少件？"),
        v(z, "ha", "c.licensing.decisions", "淮安市2024年行政许可处理决定数量是多少"),
        v(z, "ha", "r.received.natural_person", "淮安2024 老百姓个人递的申请新收了多少"),
        v(z, "ha", "r.other.overdue_correction.total", "淮安市2024年，让申请人补正材料、结果人家过期没补，就不再处理了的，有几件"),
        v(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定有多少"),
        v(z, "hz23", "r.unable.not_held.total", "洪泽23年 本机关不掌握相关政府信息 几件"),
        v(z, "hz23", "r.received.total", "您好我这边12345热线，来电人问洪泽区政府2023年一共新收到多少信息公开申请"),
        v(z, "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额多少万元"),
        v(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府二〇二三年报告里，因为要另外制作才能给、所以没提供的有几件"),
        v(z, "hz24", "r.granted.total", "洪泽2024年予以公开那一栏填的是多少"),
        v(z, "hz24", "c.licensing.decisions", "洪泽区24年行政许可决定数"),
        v(z, "hz24", "r.unable.not_held.total", "想问下洪泽区人民政府2024年答复说不掌握的申请有多少"),
        v(z, "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请，不算上一年结转过来的，表里是多少",
          "table 新收 713; text 受理 749 includes carried-over, question excludes it"),
        v(z, "sy", "r.granted.total", "我之前帮我妈给沭阳县政府写过申请，后来是给公开了。想问下2025年沭阳县一共予以公开了多少件"),
        v(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息不予公开的多少件"),
        v(z, "sy", "c.normative_docs.in_force", "沭阳25年现行有效的规范性文件有几件"),
        v(z, "sy", "a.review.total", "沭阳县政府2025年信息公开被人申请复议的 总共多少"),
        v(z, "sy", "a.review.corrected", "沭阳县2025年行政复议结果被纠正的几件"),
        v(z, "sy", "r.other.other.total", "沭阳2025 其他处理里面最后那个“其他”小项 多少件"),
        v(z, "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定有多少个"),
        v(z, "sy", "r.not_processed.petition.total", "沭阳县人民政府2025年，信访类申请不予处理的有几件"),
        v(z, "sy", "r.carried_over.total", "沭阳2025年从上一年结转过来的申请多少件"),
        v(z, "sh19", "r.received.total", "上海市府办2019年收到多少申请"),
        v(z, "sh19", "r.unable.not_held.natural_person", "上海市政府办公厅2019年，自然人申请里本机关不掌握的是多少"),
        v(z, "sh19", "c.regulations.total_published", "上海市府办2019年报里规章对外公开总数量是多少"),
        v(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 自然人 信访举报投诉类 不予处理 数字"),
        v(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数量"),
        v(z, "sh25", "r.unable.not_held.total", "上海市府办2025年本机关不掌握相关政府信息的有多少件"),
        v(z, "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年重复申请不予处理多少"),
        v(z, "sh25", "r.carried_forward.total", "上海市府办25年结转到下年度继续办的有几件"),
        v(z, "sh25", "a.review.total", "（上海）市府办2025年信息公开行政复议总数"),
        v(z, "sh25", "r.received.commercial", "上海市政府办公厅2025年商业企业递的新申请有几件"),
        v(z, "kw", "r.received.natural_person", "上海科委2024年新收申请里个人的有多少"),
        v(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效规范性文件多少件"),
        v(z, "kw", "r.total_processed.total", "上海市科委2024年办理结果总计是多少"),
        v(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开几件"),
        v(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万"),
        v(z, "jx", "a.review.total", "涧西区政府办2020年被申请行政复议几次"),
        v(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额"),
        v(z, "ha", "r.withheld.prohibited_by_law.total", "淮安2024 法律行政法规禁止公开的有几件"),
        v(z, "sy", "r.received.legal_person", "沭阳县2025年法人或者其他组织新提的申请一共几件"),
        # ---------------- en
        v(en, "ha", "r.granted.total", "How many requests did Huai'an city government fully grant in 2024?"),
        v(en, "ha", "r.unable.needs_creation.total", "Huaian 2024: how many requests were refused because the info would have to be newly created (需要另行制作)?"),
        v(en, "ha", "a.litigation_direct.total", "number of lawsuits filed straight to court, not after a review, about info disclosure against Huai'an govt in 2024"),
        v(en, "ha", "r.carried_forward.total", "In 2024 how many Huai'an requests got pushed into the next year to finish?"),
        v(en, "ha", "c.punishment.decisions", "huai'an 2024 administrative penalty decisions count pls"),
        v(en, "ha", "c.normative_docs.in_force", "How many normative documents (规范性文件) were still in force at Huai'an at the end of 2024?"),
        v(en, "ha", "r.withheld.third_party.total", "Huai'an FY2024 - requests withheld because disclosure would hurt a third party's rights?"),
        v(en, "ha", "r.not_processed.duplicate.total", "how many repeat requests did huaian just not process in 2024"),
        v(en, "ha", "a.review.corrected", "In Huai'an's 2024 report, how many administrative reviews ended with the decision being corrected?"),
        v(en, "hz23", "r.partially_granted.total", "Hongze District 2023, partial disclosure count?"),
        v(en, "hz23", "c.licensing.decisions", "What was the number of administrative licensing decisions for Hongze in 2023?"),
        v(en, "hz23", "c.coercion.decisions", "Hongze district gov 2023 administrative coercion (行政强制) decisions"),
        v(en, "hz23", "r.withheld.state_secret.total", "Hongze 2023: were any requests refused as state secrets? how many"),
        v(en, "hz24", "c.punishment.decisions", "Hongze District, in 2024, how many administrative penalty decisions were made?"),
        v(en, "hz24", "c.fees.amount", "Hongze 2024 administrative fees collected (行政事业性收费), in 10k yuan?"),
        v(en, "hz24", "a.litigation_direct.total", "Hongze District Government 2024: lawsuits filed directly without going through a review first?"),
        v(en, "sy", "r.partially_granted.total", "Shuyang County 2025 partly disclosed requests"),
        v(en, "sy", "r.unable.not_held.total", "How many times did Shuyang county government say in 2025 that it doesn't hold the info asked for?"),
        v(en, "sy", "c.licensing.decisions", "Shuyang 2025 licensing decisions total?"),
        v(en, "sy", "a.litigation_after_review.total", "shuyang county 2025, lawsuits that came after an administrative review - how many?"),
        v(en, "sy", "r.withheld.admin_query.total", "In 2025, how many Shuyang requests were turned away as administrative inquiries (行政查询事项)?"),
        v(en, "sy", "c.fees.amount", "Shuyang County 2025, how much administrative fees, in 万元?"),
        v(en, "sy", "a.review.pending", "Shuyang 2025 admin reviews not yet concluded (尚未审结)?"),
        v(en, "sy", "r.total_processed.total", "How many requests did Shuyang County handle in total in 2025 (办理结果总计)?"),
        v(en, "sh19", "r.total_processed.total", "Shanghai General Office 2019 - how many requests were answered in total?"),
        v(en, "sh19", "r.received.natural_person", "In 2019, how many new requests from individuals did the Shanghai municipal government general office receive?"),
        v(en, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019, requests by private persons that would need the info to be produced from scratch?"),
        v(en, "sh19", "c.procurement.amount", "What was the total amount of government procurement for the Shanghai General Office in 2019?"),
        v(en, "sh19", "a.litigation_direct.total", "How many disclosure lawsuits was the Shanghai General Office hit with directly in 2019?"),
        v(en, "sh25", "r.received.total", "Shanghai General Office received how many new requests in 2025?"),
        v(en, "sh25", "r.not_processed.petition.total", "Shanghai municipal govt general office 2025: requests not processed because they were really petitions or complaints"),
        v(en, "sh25", "r.unable.needs_creation.total", "Shanghai 市政府办公厅 2025 needs-creation refusals count"),
        v(en, "sh25", "a.litigation_after_review.total", "2025 Shanghai General Office lawsuits brought after review - total?"),
        v(en, "sh25", "r.carried_over.natural_person", "Shanghai General Office, 2025: how many individuals' requests were carried over from the year before?"),
        v(en, "sh25", "r.granted.total", "2025 Shanghai General Office fully disclosed (予以公开) count"),
        v(en, "kw", "active.licensing.decisions", "STCSM 2024 administrative licensing decisions?"),
        v(en, "kw", "r.carried_over.total", "Shanghai science commission, 2024: requests carried over from 2023?"),
        v(en, "kw", "r.received.commercial", "Shanghai Science & Technology Commission 2024 - new requests from companies?"),
        v(en, "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?"),
        v(en, "jx", "r.received.total", "Jianxi District 2020, total new requests received?"),
        v(en, "jx", "c.procurement.projects", "jianxi district office 2020 number of procurement projects"),
        v(en, "jx", "r.unable.not_held.total", "Jianxi 2020: how many requests were answered with 'we don't hold this info'?"),
        v(en, "ha", "r.received.total", "I'm a journalist. What's the total number of new disclosure requests Huai'an Municipal Government received in 2024?"),
        v(en, "hz24", "r.received.total", "Hongze District gov 2024, new requests received according to the table (本年新收)?",
          "table 95; the text's 17 is 区政府办 only, question names the table"),
        v(en, "sy", "r.withheld.process_info.total", "Shuyang 2025 refusals because it was process information (过程性信息)?"),
    ]


W8 = ["state_secret", "prohibited_by_law", "security_stability", "third_party",
      "internal_affairs", "process_info", "enforcement_files", "admin_query"]


def COMBINE():
    z, en = "zh", "en"
    return [
        s(z, "ha", ["r.withheld.%s.total" % w for w in W8], "淮安2024年不予公开的，把八种理由全部加起来一共多少件"),
        s(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
          "淮安市2024年无法提供的三类（不掌握、要另行制作、补正后还是不明确）合计多少"),
        s(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年予以公开加上部分公开，一共多少件"),
        s(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025“其他处理”三项加一起是几"),
        s(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"],
          "上海市府办2019年自然人那一列，无法提供的三小项合计"),
        s(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类和重复申请这两项不予处理，合计多少"),
        s(z, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政许可、行政处罚、行政强制三类决定数加总是多少"),
        s(z, "ha", ["a.review.upheld", "a.review.corrected"], "学生作业：淮安市2024年行政复议里“结果维持”和“结果纠正”两格加起来是多少"),
        s(en, "ha", ["r.not_processed.%s.total" % w for w in ["petition", "duplicate", "publication", "excessive", "reconfirm"]],
          "Add up all five 'not processed' (不予处理) rows for Huai'an 2024, what's the total?"),
        s(en, "sy", ["r.withheld.%s.total" % w for w in W8], "Shuyang County 2025: sum of every withholding reason (all 8 不予公开 rows)"),
        s(en, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024 disclosure lawsuits, direct ones plus those after review, together?"),
        s(en, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025: 'not held' plus 'needs creating' refusals combined"),
        s(en, "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai General Office 2019 individual applicants: new ones plus carried over, in total?"),
        s(en, "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "shuyang 2025 licensing + penalty + coercion decisions added together"),
        s(en, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
          "Hongze 2023: state secret, process info and law-enforcement file refusals, summed"),
        s(en, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District office 2020: granted requests plus 'not held' answers, how many altogether?"),
        d(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定，2024年比2023年多了还是少了，差多少"),
        d(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数从2023年到2024年变化了多少"),
        d(z, "sh19", "sh25", "r.received.total", "上海市府办2025年新收申请比2019年多多少件"),
        d(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2025年和2019年相比增加了几件"),
        d(z, "hz23", "hz24", "c.coercion.decisions", "洪泽2024年行政强制决定较2023年增减多少"),
        d(en, "hz23", "hz24", "c.fees.amount", "Hongze District administrative fees: change from 2023 to 2024 in 万元?"),
        d(en, "sh19", "sh25", "a.review.total", "How much did admin reviews against the Shanghai General Office go up between 2019 and 2025?"),
        d(en, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office new requests from individuals: 2025 minus 2019?"),
        d(en, "hz23", "hz24", "r.unable.not_held.total", "Hongze 'info not held' answers, 2024 vs 2023 - what's the difference?"),
        d(en, "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office, 2019 then 2025: by how many did they change?"),
    ]


def RANKS():
    z, en = "zh", "en"
    return [
        r(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，这三家谁新收的申请最多"),
        r(z, ["ha", "hz23", "sy", "jx"], "r.granted.total", "asc", "淮安2024、洪泽2023、沭阳2025、涧西2020 四个里面予以公开最少的是哪家"),
        r(z, ["ha", "sy", "jx"], "r.unable.not_held.total", "desc", "比一比：淮安市政府2024年、沭阳县政府2025年、涧西区政府办2020年，谁回复“不掌握”的最多"),
        r(z, ["sy", "sh19", "jx"], "a.review.total", "desc", "沭阳县2025年、上海市府办2019年和涧西区2020年，哪个被申请行政复议最多"),
        r(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "现行有效规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年谁最少"),
        r(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转下年度的申请：淮安2024 沭阳2025 上海市府办2019 涧西2020 哪个最少"),
        r(z, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数淮安市2024年、洪泽区2023年、沭阳县2025年哪家最多"),
        r(en, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        r(en, ["ha", "hz23", "sy"], "c.fees.amount", "asc", "Lowest administrative fee amount among Huai'an (2024), Hongze (2023) and Shuyang (2025)?"),
        r(en, ["hz23", "jx", "sy"], "r.received.total", "asc", "Of Hongze District 2023, Jianxi District 2020 and Shuyang County 2025, who got the fewest new requests?"),
        r(en, ["ha", "sh19", "sy"], "r.total_processed.total", "desc", "rank Huai'an 2024 / Shanghai General Office 2019 / Shuyang 2025 by requests handled - who's top?"),
        r(en, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "Which body faced the most direct disclosure lawsuits - Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?"),
        r(en, ["ha", "hz23", "sy"], "r.partially_granted.total", "asc", "Partial disclosures: Huai'an 2024 vs Hongze 2023 vs Shuyang 2025, which is smallest?"),
    ]


def TEXTONLY():
    z, en = "zh", "en"
    return [
        n(z, "ha", "淮安市人民政府公报", 6, "期", "淮安市2024年一共出了几期《淮安市人民政府公报》"),
        n(z, "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了多少场新闻发布会"),
        n(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费，多少元"),
        n(z, "ha", "全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目组织了几次全覆盖检查"),
        n(z, "sy", "开展意见征集", 9, "期", "沭阳县2025年在县政府门户网站开展意见征集搞了几期"),
        n(z, "sy", "催办提示", 84, "次", "沭阳县2025年那个“倒计时报警器”一共发出过多少次催办提示"),
        n(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息清了多少条"),
        n(z, "sy", "失效链接43", 43, "处", "沭阳2025网站巡检整改失效链接几处"),
        n(z, "sy", "办前主动沟通", 49, "次", "听说沭阳县2025年办申请前会先主动和申请人沟通，一共沟通了多少次"),
        n(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年度报告的单位有多少家"),
        n(z, "sy", "推送系列原创短视频", 1113, "个", "沭阳县2025年政务新媒体推送原创短视频多少个"),
        n(z, "sy", "开设《项目进行时》", 33, "个", "沭阳县2025年政务新媒体围绕重点领域开了多少个专栏"),
        n(z, "kw", "微信公众号共编发文章", 294, "篇", "上海科委2024年“上海科技”公众号原创文章有多少篇"),
        n(z, "kw", "直播 118", 118, "场", "市科委2024年“上海科技”视频号直播了几场"),
        n(z, "kw", "批量推送集成式发布政策", 121, "条", "上海市科委2024年累计批量推送集成式发布政策多少条"),
        n(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市政府办公厅2025年开了几场新闻通气会"),
        n(z, "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人自己主动撤回的申请有多少件"),
        n(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市人民政府公报编了几期"),
        n(z, "sh19", "发布政策解读共", 132, "件", "上海市府办2019年通过“中国上海”门户网站发布政策解读共多少件"),
        n(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开政府常务会议几期"),
        n(en, "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024, per the report?"),
        n(en, "ha", "在运维政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running as of its 2024 report?"),
        n(en, "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "Hongze District 2023: how many items did it proactively publish on the government website?"),
        n(en, "hz24", "在政府网站平台主动发布各类政府信息", 2428, "条", "Hongze 2024, number of items of government information proactively released on the website?"),
        n(en, "hz24", "区政府办代表区政府受理", 17, "件", "Per the Hongze District 2024 narrative, how many requests did the district government office accept on behalf of the district government?",
          "text wording only (table 新收 95 is a different scope)"),
        n(en, "sy", "策采相关新闻稿件", 2606, "篇", "Shuyang County 2025 - how many news articles were planned and gathered for its new media?"),
        n(en, "sy", "年度涌现爆款内容", 52, "条", "How many viral posts (爆款) did Shuyang have in 2025?"),
        n(en, "sy", "累计整改不规范描述", 83, "处", "Shuyang 2025 website check: how many assorted error items were fixed (各类错误信息)?"),
        n(en, "sy", "成功推动化解各类争议纠纷", 33, "件", "In 2025 how many disputes did Shuyang County manage to resolve through talking with applicants first?"),
        n(en, "sy", "收取信息处理费共计", 380, "元", "How much in information processing fees did Shuyang's agencies charge in 2025, in yuan?"),
        n(en, "kw", "微信公众号目前关注人数达", 1016823, "人", "STCSM 2024: how many followers does the 'Shanghai Keji' WeChat account have?"),
        n(en, "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "How many items did the 'Shanghai Science & Technology' website post in total in 2024?"),
        n(en, "kw", "5 个高频事项", 5, "个", "The Shanghai science commission's 2024 report mentions high-frequency services with 阅办联动 - how many of them?"),
        n(en, "sh25", "召开市政府新闻发布会", 42, "场", "How many municipal government press conferences were held according to the Shanghai General Office's 2025 report?"),
        n(en, "sh25", "目前已覆盖", 10, "个", "As of the 2025 report of the Shanghai General Office, how many languages does the International Services Portal cover?"),
        n(en, "sh25", "完成市政府及市政府办公厅公文公开属性审查", 166, "件", "Shanghai General Office 2025 - number of documents whose disclosure attribute was reviewed?"),
        n(en, "sh19", "对市政府常务会议的重要议题进行权威发布", 38, "次", "How many authoritative releases on executive meeting topics did the Shanghai General Office make in 2019?"),
        n(en, "sh19", "每季度对本市处于正常运行状态的", 70, "家", "Shanghai 2019 General Office report: how many government websites get checked every quarter?"),
        n(en, "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020, how many pilot areas were set up for standardised grassroots openness?"),
    ]


def FOLLOWUPS():
    z, en = "zh", "en"
    return [
        f(z, [("洪泽区2023年行政处罚决定多少", e("hz23", "c.punishment.decisions")),
              ("那24年呢", e("hz24", "c.punishment.decisions"))], "switch year"),
        f(z, [("上海市府办2019年新收申请多少件", e("sh19", "r.received.total")),
              ("换成2025年呢？", e("sh25", "r.received.total"))], "switch year"),
        f(z, [("淮安市2024年予以公开多少件", e("ha", "r.granted.total")),
              ("部分公开的呢", e("ha", "r.partially_granted.total")),
              ("不掌握的又是多少", e("ha", "r.unable.not_held.total"))], "switch row, three turns"),
        f(z, [("沭阳县2025年行政复议总计几件", e("sy", "a.review.total")),
              ("其中维持的呢", e("sy", "a.review.upheld"))], "switch column"),
        f(z, [("沭阳2025年因为是过程性信息不公开的有几件", e("sy", "r.withheld.process_info.total")),
              ("淮安市2024年同一项多少", e("ha", "r.withheld.process_info.total"))], "switch body"),
        f(z, [("我是做课题的学生，想问淮安市政府2024年行政复议里其他结果有多少件", e("ha", "a.review.other")),
              ("那尚未审结的呢", e("ha", "a.review.pending"))], "switch column"),
        f(z, [("涧西区政府办2020年新收申请多少", e("jx", "r.received.total")),
              ("办结（办理结果总计）多少", e("jx", "r.total_processed.total")),
              ("还剩几件结转下年", e("jx", "r.carried_forward.total"))], "three turns on one report"),
        f(z, [("上海市科委2024年新收多少申请", e("kw", "r.received.total")),
              ("上年结转过来的呢", e("kw", "r.carried_over.total"))], "switch row"),
        f(z, [("洪泽区2024年行政规范性文件新制发几件", e("hz24", "c.normative_docs.issued")),
              ("现行有效的呢", e("hz24", "c.normative_docs.in_force"))], "switch column"),
        f(z, [("上海市府办2025年行政复议总数多少", e("sh25", "a.review.total")),
              ("还没审结的几件", e("sh25", "a.review.pending")),
              ("直接起诉的行政诉讼总数呢", e("sh25", "a.litigation_direct.total"))], "switch column then group"),
        f(z, [("沭阳县2025年行政许可决定数是多少", e("sy", "c.licensing.decisions")),
              ("行政处罚呢", e("sy", "c.punishment.decisions"))], "switch row"),
        f(z, [("淮安2024年结转到下年的申请几件", e("ha", "r.carried_forward.total")),
              ("沭阳县2025年呢", e("sy", "r.carried_forward.total"))], "switch body and year"),
        f(z, [("上海市政府办公厅2019年自然人新收多少", e("sh19", "r.received.natural_person")),
              ("25年的自然人新收呢", e("sh25", "r.received.natural_person"))], "switch year"),
        f(z, [("淮安市2024年行政复议后又起诉的有多少", e("ha", "a.litigation_after_review.total")),
              ("这里面维持的呢", e("ha", "a.litigation_after_review.upheld"))], "switch column"),
        f(z, [("洪泽区2023年部分公开几件", e("hz23", "r.partially_granted.total")),
              ("沭阳县2025年的部分公开呢", e("sy", "r.partially_granted.total"))], "switch body"),
        f(z, [("沭阳县2025年属于重复申请不予处理的几件", e("sy", "r.not_processed.duplicate.total")),
              ("信访类的呢", e("sy", "r.not_processed.petition.total"))], "switch row"),
        f(z, [("上海市府办2019年规范性文件制发多少件", e("sh19", "c.normative_docs.made")),
              ("规章呢", e("sh19", "c.regulations.made"))], "switch row"),
        f(z, [("淮安市2024年规范性文件废止了几件", e("ha", "c.normative_docs.repealed")),
              ("洪泽区2023年废止几件", e("hz23", "c.normative_docs.repealed"))], "switch body and year"),
        f(z, [("涧西区2020年行政复议几件", e("jx", "a.review.total")),
              ("复议后起诉的呢", e("jx", "a.litigation_after_review.total"))], "switch group"),
        f(z, [("上海市政府办公厅2025年上年结转申请总数", e("sh25", "r.carried_over.total")),
              ("其中自然人多少", e("sh25", "r.carried_over.natural_person")),
              ("法律服务机构呢", e("sh25", "r.carried_over.legal_services"))], "switch column"),
        f(en, [("Hongze 2023 licensing decisions?", e("hz23", "c.licensing.decisions")),
               ("and for 2024?", e("hz24", "c.licensing.decisions"))], "switch year"),
        f(en, [("Shanghai General Office, requests carried into the next year in 2019?", e("sh19", "r.carried_forward.total")),
               ("what about 2025", e("sh25", "r.carried_forward.total"))], "switch year"),
        f(en, [("How many requests did Huai'an not process because they were duplicates in 2024?", e("ha", "r.not_processed.duplicate.total")),
               ("Shuyang 2025, same thing?", e("sy", "r.not_processed.duplicate.total"))], "switch body"),
        f(en, [("Shuyang County 2025 requests granted in full", e("sy", "r.granted.total")),
               ("ok and partially?", e("sy", "r.partially_granted.total")),
               ("and refused as internal affairs?", e("sy", "r.withheld.internal_affairs.total"))], "switch row, three turns"),
        f(en, [("Huai'an 2024 direct lawsuits total", e("ha", "a.litigation_direct.total")),
               ("how many of those were upheld", e("ha", "a.litigation_direct.upheld"))], "switch column"),
        f(en, [("STCSM 2024 new requests from individuals?", e("kw", "r.received.natural_person")),
               ("and from businesses?", e("kw", "r.received.commercial"))], "switch column"),
        f(en, [("Jianxi district 2020 procurement projects count", e("jx", "c.procurement.projects")),
               ("and the amount?", e("jx", "c.procurement.amount", unit="万元"))], "switch column"),
        f(en, [("Huai'an 2024 administrative coercion decisions", e("ha", "c.coercion.decisions")),
               ("Hongze 2023?", e("hz23", "c.coercion.decisions")),
               ("and Hongze 2024?", e("hz24", "c.coercion.decisions"))], "switch body then year"),
        f(en, [("Shanghai General Office 2025: petitions turned down as not processed?", e("sh25", "r.not_processed.petition.total")),
               ("and duplicates?", e("sh25", "r.not_processed.duplicate.total"))], "switch row"),
        f(en, [("For Shuyang in 2025, how many lawsuits went to court after review?", e("sy", "a.litigation_after_review.total")),
               ("and direct ones?", e("sy", "a.litigation_direct.total"))], "switch group"),
        f(en, [("Shanghai General Office 2019 administrative reviews?", e("sh19", "a.review.total")),
               ("how many still pending at year end", e("sh19", "a.review.pending"))], "switch column"),
        f(en, [("Huai'an 2024, requests rejected as endangering security/stability?", e("ha", "r.withheld.security_stability.total")),
               ("and state secrets?", e("ha", "r.withheld.state_secret.total"))], "switch row"),
        f(en, [("Shuyang County 2025 normative docs issued (制发)?", e("sy", "c.normative_docs.issued")),
               ("and repealed?", e("sy", "c.normative_docs.repealed")),
               ("currently valid?", e("sy", "c.normative_docs.in_force"))], "switch column, three turns"),
        f(en, [("Hongze 2023 administrative fees, 万元?", e("hz23", "c.fees.amount")),
               ("Shuyang 2025 same figure?", e("sy", "c.fees.amount"))], "switch body"),
        f(en, [("STCSM normative docs still in force, 2024?", e("kw", "c.normative_docs.in_force")),
               ("how many issued that year?", e("kw", "c.normative_docs.issued"))], "switch column"),
        f(en, [("Huai'an 2024 not-held answers for individuals only", e("ha", "r.unable.not_held.natural_person")),
               ("total across all applicants?", e("ha", "r.unable.not_held.total"))], "switch column"),
        f(en, [("Shanghai General Office 2019 regulations published (对外公开)?", e("sh19", "c.regulations.published")),
               ("and in total published so far?", e("sh19", "c.regulations.total_published"))], "switch column"),
        f(en, [("Shuyang 2025 overdue-fee cases (逾期未缴费)?", e("sy", "r.other.overdue_fee.total")),
               ("Huai'an 2024?", e("ha", "r.other.overdue_fee.total"))], "switch body and year"),
        f(en, [("how many requests did Hongze District receive new in 2023", e("hz23", "r.received.total")),
               ("and how many got partially opened", e("hz23", "r.partially_granted.total"))], "switch row"),
    ]


def TRAPS():
    z, en = "zh", "en"
    return [
        t(z, "ha", "r.carried_over.total", "淮安市2024年从上一年度结转过来、接着办的申请有几件？（不是转到下一年的那个）",
          "上年结转 34 vs 结转下年 103"),
        t(z, "sy", "a.litigation_after_review.total", "沭阳县2025年先申请复议、复议完又去法院起诉的有几件", "复议后起诉 10 vs 直接起诉 3"),
        t(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止掉的规范性文件几件", "废止 26 vs 制发 8 / 现行有效 66"),
        t(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年“没有现成信息需要另行制作”的有几件", "另行制作 2 vs 不掌握 111"),
        t(z, "ha", "r.withheld.internal_affairs.total", "淮安2024年以属于内部事务信息为由不予公开的几件", "内部事务 8 vs 过程性信息 12"),
        t(z, "ha", "a.review.other", "淮安市2024年行政复议结果属于“其他结果”的几件", "其他结果 178 vs 纠正 64"),
        t(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量是多少，不是本年新制作的数", "对外公开总数 368 vs 新制作 60"),
        t(en, "ha", "r.other.overdue_fee.total", "Huai'an 2024: requests dropped because the applicant didn't pay the fee on time (逾期未缴纳)?",
          "逾期未缴费 6 vs 逾期未补正 71"),
        t(en, "sh25", "r.carried_forward.total", "Shanghai General Office 2025 report: requests still open and rolled on into the following year?",
          "结转下年 293 vs 上年结转 189"),
        t(en, "ha", "a.litigation_after_review.total", "Huai'an 2024 lawsuits filed after an admin review (复议后起诉), not the direct ones", "复议后起诉 20 vs 直接起诉 26"),
        t(en, "sy", "c.normative_docs.in_force", "Shuyang 2025: normative documents currently in force, not the newly issued ones?", "现行有效 32 vs 制发 6"),
        t(en, "sh19", "r.withheld.process_info.natural_person", "Shanghai General Office 2019, individuals' requests refused as process information (过程性信息)",
          "过程性信息 3 vs 内部事务 5"),
        t(en, "hz24", "a.litigation_after_review.total", "Hongze District 2024, how many suits came after a review rather than going straight to court?",
          "复议后起诉 3 vs 直接起诉 1"),
    ]


def CANNOT():
    z, en = "zh", "en"
    return [
        u(z, "淮安市2024年申请人里男的女的各多少", "no breakdown by sex"),
        u(z, "沭阳县2025年哪个月收到的申请最多", "no monthly breakdown"),
        u(z, "上海市府办2025年的申请主要是什么内容？拆迁类的占多少", "no breakdown by topic"),
        u(z, "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 not in the corpus", "year not held"),
        u(z, "南京市政府2024年信息公开申请多少件", "南京市 not in the corpus", "body not held"),
        u(z, "我2025年3月给沭阳县政府交过一份申请，现在办到哪一步了", "one person's own case"),
        u(z, "淮安市2024年办一件信息公开申请平均用了几天", "no response times"),
        u(z, "上海科委2023年新收多少申请", "上海市科委 2023 not in the corpus", "year not held"),
        u(z, "沭阳县2026年预计会收到多少申请", "forecast"),
        u(z, "你觉得淮安市政府2024年信息公开做得好不好", "opinion"),
        u(z, "帮我查一下2025年向沭阳县政府申请信息公开的那个张某某的电话", "personal data"),
        u(z, "洪泽区2024年各个乡镇分别收到多少申请", "no township breakdown"),
        u(z, "涧西区2021年予以公开多少件", "涧西 2021 not in the corpus", "year not held"),
        u(z, "上海市府办2019年网上申请和信函申请各有多少", "no channel breakdown"),
        u(z, "淮安市2024年搞信息公开的专职人员有几个人", "staff not stated"),
        u(z, "宿迁市2025年信息公开行政复议多少件", "宿迁市 not in the corpus", "body not held"),
        u(z, "沭阳县2025年申请人年龄分布是怎样的", "no age breakdown"),
        u(z, "上海市府办2025年第三季度收到多少申请", "no quarterly breakdown"),
        u(z, "浦东新区2025年主动公开了多少条信息", "浦东新区 not in the corpus", "body not held"),
        u(z, "洪泽区2024年申请人里面外地人有多少", "no residence breakdown"),
        u(en, "How many of Huai'an's 2024 requests came from women?", "no breakdown by sex"),
        u(en, "What share of Shuyang's 2025 requests were about land acquisition?", "no breakdown by topic"),
        u(en, "Shanghai General Office requests received in 2020?", "上海市府办 2020 not in the corpus", "year not held"),
        u(en, "Qingjiangpu District 2024 disclosure requests, how many?", "清江浦区 not in the corpus", "body not held"),
        u(en, "How long on average did the Shanghai General Office take to answer a request in 2025?", "no response times"),
        u(en, "Will Hongze District get more requests in 2025 than it did in 2024?", "forecast"),
        u(en, "Was the Jianxi District office's disclosure work in 2020 any good, in your view?", "opinion"),
        u(en, "I filed a request with Huai'an in May 2024 about my neighbour's building permit. Was mine one of the granted ones?", "one person's own case"),
        u(en, "What's the name and ID number of the person who sued the Shanghai General Office in 2019?", "personal data"),
        u(en, "How much did the Shanghai science commission spend on staff for disclosure work in 2024?", "costs/staff not stated"),
        u(en, "Which department of Huai'an city got the most requests in 2024?", "no department breakdown"),
        u(en, "Shuyang County 2024 requests received?", "沭阳 2024 not in the corpus", "year not held"),
        u(en, "Break down the Shanghai General Office's 2025 requests by district please", "no district breakdown"),
        u(en, "Hongze 2023: requests submitted online versus in person?", "no channel breakdown"),
        u(en, "Nanjing 2025 annual report - number of administrative reviews?", "南京市 not in the corpus", "body not held"),
        u(en, "STCSM 2024: how many requests came from foreign nationals?", "no nationality breakdown"),
        u(en, "Why did Hongze District's request numbers change in 2024, what was the cause?", "reason not stated"),
        u(en, "Shuyang 2025 company applicants by industry?", "no industry breakdown"),
        u(en, "Jianxi district 2021 annual report: how many requests granted?", "涧西 2021 not in the corpus", "year not held"),
    ]


def CONVERSATIONS():
    out = VALUES() + COMBINE() + RANKS() + TEXTONLY() + FOLLOWUPS() + TRAPS() + CANNOT()
    return out
