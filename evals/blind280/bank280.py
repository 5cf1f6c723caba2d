"""Question bank of blind set 280 (evals/blind280): follow-up conversations first.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read either while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every expected number is computed
by helpers280.py from /work/shared/corpus/gold/*.json, or, for the three reports without gold,
parsed from the printed table row (SPECS below: the same 42 cell specs blind6's
text_cells.json verified, nothing new), or cut from the report text (narrative sentences).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib280 as L  # noqa: E402
from helpers280 import C, E, ED, EN, ER, EU, KS  # noqa: E402

# ------------------------------------------------------------------ cells of reports without gold
# (kind, label, index): identical to the specs stored in evals/blind6/text_cells.json
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

# ------------------------------------------------------------------ text and table agree
# (body, sorted keys) -> (keyword of the narrative sentence, number it states). Such a turn is
# marked ambiguous with the sentence as acceptable_sentence (same convention as blind6).
AGREE = {
    ("ha", ("requests.received.total",)): ("受理政府信息公开申请 3119", 3119),
    ("ha", ("requests.total_processed.total",)): ("答复 3050", 3050),
    ("ha", ("requests.carried_over.total",)): ("上年度结转申请 34", 34),
    ("ha", ("requests.carried_forward.total",)): ("另有 103 件", 103),
    ("ha", ("appeals.review.total",)): ("行政复议 351", 351),
    ("ha", ("appeals.review.upheld",)): ("结果维持 72", 72),
    ("ha", ("appeals.review.corrected",)): ("结果纠正 64", 64),
    ("ha", ("appeals.review.other",)): ("其他结果 178", 178),
    ("ha", ("appeals.review.pending",)): ("尚未审结 37", 37),
    ("ha", ("appeals.litigation_after_review.total", "appeals.litigation_direct.total")):
        ("行政诉讼 46", 46),
    ("ha", ("appeals.litigation_after_review.upheld", "appeals.litigation_direct.upheld")):
        ("结果维持 25", 25),
    ("ha", ("appeals.litigation_after_review.corrected", "appeals.litigation_direct.corrected")):
        ("结果纠正 5", 5),
    ("ha", ("active.regulations.issued",)): ("市政府规章 1 件", 1),
    ("hz23", ("requests.received.total",)): ("受理政府信息公开申请 21", 21),
    ("jx", ("requests.received.total",)): ("收到依申请公开17件", 17),
    ("jx", ("requests.total_processed.total",)): ("办结15件", 15),
    ("jx", ("requests.carried_forward.total",)): ("在办2件", 2),
    ("kw", ("requests.received.total",)): ("收到政府信息公开申请 34", 34),
    ("kw", ("requests.granted.total",)): ("同意公开答复 9", 9),
    ("kw", ("requests.carried_over.total",)): ("上年结转政府信息公开申请 2", 2),
    ("kw", ("active.normative_docs.issued",)): ("行政规范性文件 13", 13),
    ("sy", ("requests.total_processed.total",)): ("共办理 718", 718),
    ("sy", ("requests.carried_forward.total",)): ("结转下一年 31", 31),
    ("sy", ("requests.received.legal_person",)): ("法人或其他组织申请 8", 8),
    ("sy", ("appeals.litigation_after_review.total", "appeals.litigation_direct.total",
            "appeals.review.total")): ("相关案件 74", 74),
    ("sy", ("requests.carried_over.natural_person", "requests.received.natural_person")):
        ("自然人申请 741", 741),
    ("sh25", ("requests.received.total",)): ("受理政府信息公开申请 1295", 1295),
    ("sh25", ("requests.total_processed.total",)): ("办结 1191", 1191),
    ("sh25", ("requests.carried_over.total",)): ("上年结转 189", 189),
    ("sh19", ("requests.received.total",)): ("受理政府信息公开申请859", 859),
    ("sh19", ("requests.total_processed.total",)): ("答复政府信息公开申请805", 805),
    ("sh19", ("requests.carried_over.total",)): ("上年度结转申请18", 18),
    ("sh19", ("requests.carried_forward.total",)): ("另有72件", 72),
    ("sh19", ("active.normative_docs.made",)): ("行政规范性文件60", 60),
    ("sh19", ("active.normative_docs.published",)): ("行政规范性文件60", 60),
    ("sh19", ("active.regulations.made",)): ("主动公开规章13", 13),
    ("sh19", ("appeals.review.total",)): ("行政复议7件", 7),
    ("sh19", ("appeals.litigation_direct.total",)): ("诉讼9件", 9),
    ("sh19", ("requests.unable.not_held.commercial", "requests.unable.not_held.legal_services",
              "requests.unable.not_held.natural_person")): ("无法提供265", 265),
}


def A(b, keys, **kw):
    """Table value (value / trap / sum turn); applies AGREE and the money unit."""
    ks = KS(keys)
    tk = (b, tuple(sorted(ks)))
    if "alt" not in kw and tk in AGREE:
        kw["alt"] = AGREE[tk]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return E(b, ks, **kw)


def AD(b1, b2, keys, **kw):
    """Year-to-year difference of one body; the later year's text may state the same cell."""
    ks = KS(keys)
    tk = (b2, tuple(sorted(ks)))
    if "alt" not in kw and tk in AGREE:
        kw["alt"] = AGREE[tk]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return ED(b1, b2, ks, **kw)


def AR(bodies, keys, order):
    ks = KS(keys)
    kw = {"unit": "万元"} if any(k in MONEY for k in ks) else {}
    return ER(bodies, ks, order, **kw)


def NN(b, keyword, value, unit, frm=None):
    return EN(b, keyword, value, unit, frm)


def X(why):
    return EU(why)


# one-turn conversations -------------------------------------------------------------------
def plain(lang, b, keys, q, note):
    return C("value", lang, [(q, A(b, keys))], "[plain] " + note)


def trap(lang, b, keys, q, note):
    return C("trap", lang, [(q, A(b, keys))], "[neighbour] " + note)


def add(lang, b, keys, q, note):
    assert len(KS(keys)) >= 2
    return C("sum", lang, [(q, A(b, keys))], "[combine] sum: " + note)


def diff(lang, b1, b2, keys, q, note):
    return C("difference", lang, [(q, AD(b1, b2, keys))], "[combine] difference: " + note)


def rank(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, AR(bodies, keys, order))], "[rank] " + note)


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, NN(b, keyword, value, unit, frm))], "[textonly] " + note)


def cannot(lang, q, why, note):
    return C("unanswerable", lang, [(q, X(why))], "[cannot] " + note)


def fu(lang, moves, turns, note):
    """Follow-up conversation; moves name what the later turns do (see README)."""
    return C("followup", lang, turns, "[followup] moves=%s; %s" % (",".join(moves), note))


# ------------------------------------------------------------------ [plain] (60)
def PLAIN():
    z, e = "zh", "en"
    return [
        plain(z, "ha", "r.granted.commercial", "淮安市2024年企业提的信息公开申请，直接予以公开的有几件？",
              "granted, commercial column"),
        plain(z, "ha", "c.normative_docs.repealed", "淮安市政府2024年一共废掉了多少件行政规范性文件？",
              "normative documents repealed"),
        plain(z, "ha", "r.withheld.admin_query.total", "2024年淮安有多少申请是因为属于行政查询事项才没给公开的？",
              "withheld as administrative query"),
        plain(z, "ha", "r.not_processed.petition.total",
              "淮安2024年的信息公开申请里，被认定成信访举报投诉、没按信息公开来处理的有多少？",
              "not processed: petition/complaint"),
        plain(z, "ha", "a.litigation_direct.corrected",
              "淮安市政府2024年因为信息公开被直接告到法院、最后判了纠正的，一共几起？",
              "direct litigation corrected"),
        plain(z, "ha", "r.received.legal_services", "二〇二四年淮安市收到的申请当中，律所这一类法律服务机构提了多少件？",
              "received, legal services column; Chinese-numeral year"),
        plain(z, "ha", "r.received.other_org", "淮安市2024年新收的申请中，“其他”那一类法人或组织交上来的有几件？",
              "received, other organisations column"),
        plain(z, "sy", "r.other.other.total", "沭阳县2025年办理结果里，算进“其他处理”下面第3项“其他”的有多少件？",
              "other processing, sub-item 3"),
        plain(z, "sy", "c.licensing.decisions", "沭阳25年行政许可一共作出了多少个决定？",
              "licensing decisions; two-digit year"),
        plain(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年拿“三类内部事务信息”当理由不公开的申请有几件？",
              "withheld as internal affairs"),
        plain(z, "sy", "a.review.pending", "沭阳2025年跟信息公开有关的行政复议，到年底还没审结的有多少件？",
              "review pending"),
        plain(z, "sy", "r.partially_granted.legal_services", "2025年沭阳县法律服务机构提的申请里，只公开了一部分的有几件？",
              "partially granted, legal services column"),
        plain(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费一共收了多少钱？",
              "fees in 万元"),
        plain(z, "hz23", "c.punishment.decisions", "洪泽区2023年作出行政处罚决定多少个？",
              "penalty decisions"),
        plain(z, "hz23", "r.withheld.enforcement_files.total", "洪泽23年因为属于行政执法案卷而不予公开的申请有几件？",
              "withheld as enforcement files; two-digit year"),
        plain(z, "hz23", "a.review.upheld", "洪泽区政府2023年信息公开行政复议里，复议机关维持原决定的有几件？",
              "review upheld (the printed review total is 0: asked by outcome)"),
        plain(z, "hz24", "c.normative_docs.issued", "洪泽区政府2024年新出台（制发）的行政规范性文件有几件？",
              "text row: normative documents issued"),
        plain(z, "hz24", "r.unable.not_held.total", "2024年洪泽区政府回复“本机关不掌握”的申请一共多少件？",
              "text row: not held"),
        plain(z, "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购做了几个项目？",
              "procurement projects (2019 format)"),
        plain(z, "jx", "r.granted.total", "涧西区2020年依申请公开的件里，予以公开的是多少？",
              "granted total"),
        plain(z, "sh19", "r.unable.needs_creation.natural_person",
              "上海市政府办公厅2019年个人提的申请，因为没有现成信息、要另外制作而没法提供的有多少？",
              "needs creation, natural persons (总计 printed blank: column asked)"),
        plain(z, "sh19", "c.regulations.total_published", "2019年上海市府办对外公开的规章总数量是多少件？",
              "regulations total published (2019 format)"),
        plain(z, "sh19", "r.not_processed.petition.natural_person",
              "上海市政府办公厅2019年，老百姓个人提的申请里有多少被当成信访举报投诉类、不予处理？",
              "petition, natural persons"),
        plain(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年有多少件申请因为得另行制作信息而无法提供？",
              "text row: needs creation"),
        plain(z, "sh25", "a.litigation_direct.pending", "2025年上海市政府办公厅没经过复议直接被起诉的行政诉讼里，还没判下来的有几件？",
              "text row: direct litigation pending"),
        plain(z, "kw", "c.normative_docs.issued", "上海市科委2024年新制发了几件规范性文件？",
              "text row: normative documents issued (text also says 13)"),
        plain(z, "kw", "r.received.commercial", "市科委2024年收到的申请里，企业交上来的有几件？",
              "text row: received, commercial"),
        plain(z, "ha", "r.unable.unclear.total", "淮安市2024年有几件申请补正过后内容还是不明确？",
              "unable: unclear after correction"),
        plain(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请是多少件？",
              "carried over (text only gives 749 = 713 + 36)"),
        plain(z, "sh19", "c.procurement.amount", "上海市人民政府办公厅2019年政府集中采购的总金额是多少？",
              "procurement amount printed 251000元 = 25.1 万元"),
        # en
        plain(e, "ha", "r.unable.not_held.total",
              "How many Huai'an requests in 2024 got the answer that the city government simply doesn't hold that information?",
              "not held total"),
        plain(e, "ha", "c.punishment.decisions",
              "What number of administrative penalty decisions did Huai'an City report for 2024?", "penalty decisions"),
        plain(e, "ha", "r.other.overdue_correction.total",
              "In 2024, how many Huaian applications were dropped because the applicant never sent in the corrections asked for?",
              "other processing: no correction"),
        plain(e, "ha", "a.litigation_after_review.pending",
              "Huai'an, 2024: lawsuits filed after an administrative review that were still undecided when the year closed — how many?",
              "after-review litigation pending"),
        plain(e, "ha", "r.withheld.third_party.total",
              "How many 2024 requests did Huai'an refuse in order to protect a third party's lawful rights?",
              "withheld: third party"),
        plain(e, "ha", "r.received.commercial",
              "Number of disclosure requests that businesses sent to the Huai'an municipal government in 2024?",
              "received, commercial column"),
        plain(e, "ha", "c.fees.amount",
              "What did Huai'an collect in administrative fees in 2024, according to its disclosure report?",
              "fees in 万元"),
        plain(e, "sy", "r.granted.total",
              "Shuyang County, 2025: how many requests ended with the information being released in full?",
              "granted total"),
        plain(e, "sy", "a.litigation_after_review.total",
              "How many lawsuits brought after an administrative review did Shuyang County face in 2025?",
              "after-review litigation total"),
        plain(e, "sy", "r.not_processed.duplicate.commercial",
              "In Shuyang's 2025 report, how many repeat applications came from commercial enterprises?",
              "duplicate, commercial column"),
        plain(e, "sy", "c.normative_docs.in_force",
              "How many administrative normative documents were in force in Shuyang County in 2025?",
              "normative documents in force"),
        plain(e, "sy", "r.withheld.admin_query.total",
              "For Shuyang in 2025, how many requests were declined on the ground that they were really administrative look-ups?",
              "withheld as administrative query"),
        plain(e, "sy", "r.withheld.enforcement_files.total",
              "How many of Shuyang's 2025 requests were refused because they concerned administrative enforcement case files?",
              "withheld as enforcement files"),
        plain(e, "hz23", "c.licensing.decisions",
              "How many licensing decisions did Hongze District issue in 2023?", "licensing decisions"),
        plain(e, "hz23", "r.withheld.state_secret.total",
              "Did Hongze District withhold anything as a state secret in 2023? How many requests?",
              "withheld: state secret"),
        plain(e, "hz23", "r.partially_granted.total",
              "How many of Hongze's 2023 information requests got only a partial release?", "partially granted"),
        plain(e, "hz24", "c.coercion.decisions",
              "Hongze District, 2024 — how many administrative coercion decisions?", "text row: coercion"),
        plain(e, "hz24", "a.litigation_after_review.total",
              "In 2024, how many lawsuits filed after a review did Hongze District record?",
              "text row: after-review litigation total"),
        plain(e, "jx", "c.procurement.amount",
              "How much did the Jianxi District government office spend through centralized procurement in 2020?",
              "procurement amount in 万元"),
        plain(e, "jx", "a.litigation_direct.upheld",
              "Jianxi 2020: lawsuits brought straight to court with no review first where the decision was upheld — how many?",
              "direct litigation upheld"),
        plain(e, "sh19", "r.received.commercial",
              "How many applications did commercial enterprises file with the Shanghai municipal government general office in 2019?",
              "received, commercial column"),
        plain(e, "sh19", "r.withheld.admin_query.commercial",
              "Shanghai General Office, 2019: how many company requests were refused as administrative-query matters?",
              "withheld admin query, commercial column"),
        plain(e, "sh19", "a.litigation_direct.upheld",
              "In 2019, how many direct lawsuits against the Shanghai General Office ended with the decision upheld?",
              "direct litigation upheld"),
        plain(e, "sh19", "c.normative_docs.total_published",
              "What's the total number of normative documents the Shanghai General Office had made public as of 2019?",
              "normative documents total published (2019 format)"),
        plain(e, "sh25", "r.not_processed.petition.total",
              "Shanghai General Office 2025: how many requests were set aside because they were petitions, tip-offs or complaints?",
              "text row: petition"),
        plain(e, "sh25", "a.review.pending",
              "How many administrative reviews involving the Shanghai General Office were still pending in 2025?",
              "text row: review pending"),
        plain(e, "sh25", "r.carried_over.legal_services",
              "In the Shanghai General Office's 2025 report, how many requests from law firms and other legal service providers were carried over from 2024?",
              "text row: carried over, legal services"),
        plain(e, "kw", "r.total_processed.total",
              "How many requests did STCSM finish processing in 2024 in total?", "text row: total processed"),
        plain(e, "kw", "c.normative_docs.in_force",
              "How many normative documents did the Shanghai Science and Technology Commission have in force in 2024?",
              "text row: normative documents in force"),
        plain(e, "ha", "r.other.overdue_fee.total",
              "Huai'an 2024: how many applications lapsed because the applicant didn't pay the processing fee on time?",
              "other processing: fee unpaid"),
    ]


# ------------------------------------------------------------------ [combine] (18)
def COMBINE():
    z, e = "zh", "en"
    return [
        add(z, "ha", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                      "r.withheld.process_info.total"],
            "淮安2024年因为第三方权益、内部事务信息、过程性信息这三条理由不予公开的，加在一起多少件？", "three withheld grounds"),
        add(z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total",
                      "r.withheld.process_info.total"],
            "沭阳县2025年以“三安全一稳定”、第三方合法权益、过程性信息为由不公开的，总共几件？", "three withheld grounds"),
        add(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial",
                        "r.unable.not_held.legal_services"],
            "上海市府办2019年回复“本机关不掌握”的申请，把个人、企业和法律服务机构三类加起来是多少？",
            "not held by columns (总计 printed blank; text states 265)"),
        add(z, "hz23", ["a.review.upheld", "a.review.corrected"],
            "洪泽区2023年行政复议里维持的和纠正的，合计多少件？", "review upheld + corrected (printed total 0)"),
        add(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "沭阳县2025年行政复议、直接起诉、复议后起诉这三类案件一共有多少件？", "three appeals totals (text states 74)"),
        add(z, "jx", ["r.granted.total", "r.unable.not_held.total"],
            "涧西区2020年予以公开的，再加上本机关不掌握的，一共多少件？", "granted + not held"),
        add(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
            "How many disclosure lawsuits did Huai'an face in 2024, adding direct suits and suits after review?",
            "two litigation totals (text states 46)"),
        add(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total",
                      "r.not_processed.publication.total", "r.not_processed.excessive.total",
                      "r.not_processed.reconfirm.total"],
            "Across all five 'not processed' grounds, how many Huai'an requests were there in 2024?",
            "five not-processed sub-items"),
        add(e, "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person",
                        "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"],
            "For individual applicants only, how many Shanghai General Office requests in 2019 were withheld as state secrets, internal affairs, process information or administrative queries combined?",
            "four withheld grounds, natural persons (总计 printed blank)"),
        add(e, "ha", ["r.granted.total", "r.partially_granted.total"],
            "Huai'an 2024: requests released either in full or in part — what's the combined count?",
            "granted + partially granted"),
        add(e, "kw", ["r.received.total", "r.carried_over.total"],
            "STCSM 2024: new requests plus the ones carried over — how many to deal with in total?",
            "text rows: received + carried over"),
        diff(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定，从2023年到2024年增减了多少个？",
             "coercion 2023→2024 (text row 2024)"),
        diff(z, "sh19", "sh25", "r.received.total", "上海市府办受理的申请，2025年比2019年多出多少件？",
             "received 2019→2025 (both texts state their number)"),
        diff(z, "hz23", "hz24", "a.litigation_direct.total", "洪泽区直接起诉的行政诉讼，2023年到2024年变化了几件？",
             "direct litigation 2023→2024"),
        diff(z, "sh19", "sh25", "r.received.commercial", "上海市政府办公厅收到的商业企业申请，2019年和2025年相比差几件？",
             "received commercial 2019→2025"),
        diff(e, "sh19", "sh25", "a.litigation_direct.total",
             "How did the number of direct lawsuits against the Shanghai General Office change between 2019 and 2025?",
             "direct litigation 2019→2025"),
        diff(e, "sh19", "sh25", "r.total_processed.total",
             "By how much did the Shanghai General Office's completed requests grow from 2019 to 2025?",
             "total processed 2019→2025 (both texts state their number)"),
        diff(e, "hz23", "hz24", "c.normative_docs.issued",
             "How many more normative documents did Hongze District issue in 2024 than in 2023?",
             "normative documents issued 2023→2024"),
    ]


# ------------------------------------------------------------------ [rank] (10)
def RANK():
    z, e = "zh", "en"
    return [
        rank(z, ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
             "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，哪家新收的信息公开申请最多？",
             "received, 4 bodies"),
        rank(z, ["sy", "hz23", "sh19"], "r.unable.not_held.natural_person", "asc",
             "沭阳2025年、洪泽区2023年、上海市政府办公厅2019年比一比，个人申请被答复“不掌握”的哪家最少？",
             "not held, natural persons"),
        rank(z, ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
             "行政许可决定数量，淮安2024年、沭阳2025年、洪泽2023年三者谁最多？", "licensing"),
        rank(z, ["sy", "hz23", "sh19"], "r.withheld.process_info.natural_person", "desc",
             "按个人申请算，因过程性信息不予公开的，沭阳县2025年、洪泽区2023年、上海市府办2019年哪个最多？",
             "withheld process info, natural persons"),
        rank(z, ["ha", "sy", "hz23"], "c.fees.amount", "asc",
             "淮安市2024年、沭阳县2025年、洪泽区2023年的行政事业性收费金额，哪家最少？", "fees (万元)"),
        rank(e, ["sy", "jx", "sh19"], "a.review.total", "asc",
             "Of Shuyang County (2025), Jianxi District (2020) and the Shanghai General Office (2019), which had the fewest disclosure-related administrative reviews?",
             "review total"),
        rank(e, ["sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc",
             "Which carried the most unfinished requests into the following year: Shuyang in 2025, Shanghai's General Office in 2019, Jianxi District in 2020 or Hongze District in 2023?",
             "carried forward, 4 bodies"),
        rank(e, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
             "Direct lawsuits (no review first): who had the most — Shuyang 2025, the Shanghai General Office 2019, or Jianxi District 2020?",
             "direct litigation total"),
        rank(e, ["ha", "sy", "hz23", "sh19"], "r.not_processed.petition.natural_person", "desc",
             "Counting individuals' requests treated as petitions or complaints, which is highest: Huai'an 2024, Shuyang 2025, Hongze 2023 or the Shanghai General Office 2019?",
             "petition, natural persons, 4 bodies"),
        rank(e, ["sy", "sh19", "jx", "ha"], "r.received.commercial", "desc",
             "Which received the most requests from businesses: Shuyang (2025), the Shanghai General Office (2019), Jianxi District (2020) or Huai'an (2024)?",
             "received commercial, 4 bodies"),
    ]


# ------------------------------------------------------------------ [textonly] (26)
def TEXTONLY():
    z, e = "zh", "en"
    return [
        text(z, "ha", "在运维政务新媒体共计 95", 95, "个", "淮安市2024年在运维的政务新媒体账号一共有多少个？",
             "new-media accounts in operation"),
        text(z, "ha", "政策性文件 11", 11, "件", "按淮安市2024年报告正文的说法，市政府及市政府办新增公开的政策性文件有多少件？",
             "policy documents per the narrative (not the table's 制发 8)"),
        text(z, "ha", "政策解读21", 21, "个", "淮安2024年通过文字、图片等形式做了多少个政策解读？",
             "policy interpretations"),
        text(z, "sy", "开展意见征集9期", 9, "期", "沭阳县2025年在县政府门户网站上开展了几期意见征集？",
             "consultations"),
        text(z, "hz24", "信息处理费 0 元", 0, "元", "洪泽区2024年收了多少政府信息公开信息处理费？",
             "information processing fee 0 元 (2024 report)"),
        text(z, "sy", "不规范描述22处", 22, "处", "沭阳县2025年日常巡检中整改了多少处不规范描述？",
             "non-standard wording fixed"),
        text(z, "sy", "过期信息697条", 697, "条", "沭阳2025年清理了多少条过期信息？", "outdated items removed"),
        text(z, "sy", "原创短视频1113个", 1113, "个", "沭阳县政务新媒体2025年推送了多少个原创短视频？",
             "original short videos"),
        text(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会？", "press briefings"),
        text(z, "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开的人事任免文件是多少件？",
             "appointment documents"),
        text(z, "sh19", "市政府其他文件162件", 162, "件", "上海市政府办公厅2019年主动公开的市政府其他文件有多少件？",
             "other municipal documents"),
        text(z, "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理出来的政务公开事项一共多少项？",
             "disclosure items catalogued"),
        text(z, "kw", "原创文章 294", 294, "篇", "“上海科技”微信公众号2024年的原创文章有多少篇？",
             "original WeChat articles"),
        text(e, "ha", "公报》6 期", 6, "期",
             "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", "gazette issues"),
        text(e, "ha", "全年组织 4 次", 4, "次",
             "How many full-coverage checks of the disclosure columns did Huai'an organise in 2024?",
             "full-coverage checks"),
        text(e, "hz24", "2428", 2428, "条",
             "How many pieces of government information did Hongze District put out on its website platform in 2024?",
             "website items"),
        text(e, "sy", "办前主动沟通 49", 49, "次",
             "How many times did Shuyang County proactively contact applicants before replying in 2025?",
             "pre-reply contacts"),
        text(e, "sy", "失效链接43处", 43, "处",
             "How many dead links did Shuyang fix on its sites in 2025?", "broken links fixed"),
        text(e, "sy", "64家单位", 64, "家",
             "How many units had their 2024 disclosure annual reports published together by Shuyang County, according to the 2025 report?",
             "units whose annual reports were published together"),
        text(e, "sh25", "10 个语种", 10, "个",
             "In the Shanghai General Office's 2025 report, how many languages does the international services portal cover?",
             "portal languages"),
        text(e, "sh25", "公开属性审查 166", 166, "件",
             "How many documents went through disclosure-attribute review at the Shanghai General Office in 2025?",
             "disclosure-attribute reviews"),
        text(e, "sh19", "人事任免文件141件", 141, "件",
             "How many personnel appointment documents did the Shanghai General Office publish proactively in 2019?",
             "appointment documents"),
        text(e, "sh19", "70家政府网站", 70, "家",
             "How many government websites did Shanghai inspect every quarter, per the General Office's 2019 report?",
             "websites checked quarterly"),
        text(e, "kw", "短视频 584", 584, "条",
             "How many short videos did the 'Shanghai Science and Technology' video channel publish in 2024?",
             "short videos"),
        text(e, "kw", "人大代表建议 50", 50, "件",
             "How many NPC deputies' suggestions did the Shanghai science commission handle as lead or co-handler in 2024?",
             "deputies' suggestions handled", frm=None),
        text(e, "jx", "共21个领域", 21, "个",
             "How many areas did Jianxi District's 2020 list of disclosure items span?", "areas of the item list"),
    ]


# ------------------------------------------------------------------ [cannot] (34)
def CANNOT():
    z, e = "zh", "en"
    return [
        cannot(z, "淮安市2024年的信息公开申请人里，女性占多少？", "no breakdown by sex", "sex"),
        cannot(z, "沭阳县2025年的申请人中，60岁以上的老人有多少？", "no breakdown by age", "age"),
        cannot(z, "洪泽区2023年每个月分别收到几件信息公开申请？", "no monthly figures", "month"),
        cannot(z, "上海市府办2025年的申请有多少是写信寄来的、多少是网上提交的？", "no breakdown by channel",
               "channel"),
        cannot(z, "南京市2024年受理了多少件政府信息公开申请？", "南京市 has no report in the corpus", "body not held"),
        cannot(z, "沭阳县2024年行政许可决定有多少？", "沭阳县 2024 report not in the corpus (only 2025)",
               "year not held"),
        cannot(z, "涧西区政府办2020年做依申请公开的工作人员有几个？", "staff numbers not stated", "staff"),
        cannot(z, "淮安市2024年答复一件信息公开申请平均要几天？", "response times not stated", "response time"),
        cannot(z, "上海市科委2024年那34件申请分别是问哪些科技项目的？", "topics of requests not stated", "topic"),
        cannot(z, "洪泽区2025年的信息公开年报里，行政复议有几件？", "洪泽区 2025 report not in the corpus",
               "year not held"),
        cannot(z, "上海市政府办公厅2022年受理了多少政府信息公开申请？", "上海市府办 2022 report not in the corpus",
               "year not held"),
        cannot(z, "你觉得沭阳县2025年政务公开工作做得怎么样，能打几分？", "opinion, not a reported fact",
               "opinion"),
        cannot(z, "淮安市2026年估计会收到多少件信息公开申请？", "forecast; reports state no forecast",
               "forecast"),
        cannot(z, "宿迁市2025年政府信息公开年报里予以公开的有多少件？", "宿迁市 report not in the corpus (only 沭阳县)",
               "body not held"),
        cannot(z, "上海市府办2019年的申请人里有多少是外地户籍？", "no breakdown by residence", "residence"),
        cannot(z, "淮安2024年行政复议被纠正的那64件，各是哪个部门的案子？", "no department breakdown of reviews",
               "department"),
        cannot(z, "洪泽区2024年政府信息公开工作一共花了多少工作经费？", "working costs not stated", "cost"),
        cannot(e, "What share of Huai'an's 2024 requesters were men?", "no breakdown by sex", "sex"),
        cannot(e, "How many of Shuyang's 2025 information requests were about land expropriation?",
               "topics of requests not stated", "topic"),
        cannot(e, "Which quarter of 2023 brought Hongze District the most requests?", "no quarterly figures",
               "quarter"),
        cannot(e, "How many information requests did Pudong New Area receive in 2024?",
               "浦东新区 has no report in the corpus", "body not held"),
        cannot(e, "What was Jianxi District's count of disclosure requests in 2021?",
               "涧西区 2021 report not in the corpus", "year not held"),
        cannot(e, "How many staff handle information disclosure at the Shanghai science commission in 2024?",
               "staff numbers not stated", "staff"),
        cannot(e, "How many requests did the Shanghai General Office receive from residents of Xuhui District in 2025?",
               "no breakdown by district", "district"),
        cannot(e, "Can you list the names and phone numbers of the people who filed requests with Huai'an in 2024?",
               "personal data, not in the reports", "personal data"),
        cannot(e, "How much will Shuyang collect in administrative fees in 2026?", "forecast; not stated",
               "forecast"),
        cannot(e, "How many requests did Suzhou's municipal government handle in 2024?",
               "苏州市 has no report in the corpus", "body not held"),
        cannot(e, "On average, how many working days did Shuyang County take to answer a request in 2025?",
               "response times not stated", "response time"),
        cannot(e, "Which industries were the companies that applied to the Shanghai General Office in 2019 from?",
               "no breakdown by industry", "industry"),
        cannot(e, "How many requests did the Shanghai Science and Technology Commission get in 2023?",
               "上海市科委 2023 report not in the corpus", "year not held"),
        cannot(e, "How big was the training budget for Huai'an's disclosure staff in 2024?",
               "costs not stated", "cost"),
        cannot(e, "How many of Hongze District's 2024 requests came by post and how many online?",
               "no breakdown by channel", "channel"),
        cannot(e, "How many people worked on disclosure at the Shanghai General Office in 2025?",
               "staff numbers not stated", "staff"),
        cannot(e, "What did it cost Huai'an to run its government portal in 2024?", "costs not stated", "cost"),
    ]


# ------------------------------------------------------------------ [neighbour] (8)
def NEIGHBOUR():
    z, e = "zh", "en"
    return [
        trap(z, "ha", "r.carried_over.total", "淮安市2024年从上一年转过来、放在本年接着办的申请有多少？",
             "上年结转 34 vs 结转下年 103"),
        trap(z, "sy", "a.litigation_after_review.total", "沭阳县2025年先申请了行政复议、之后又告到法院的案子有多少件？",
             "复议后起诉 10 vs 直接起诉 3"),
        trap(z, "sy", "c.normative_docs.repealed", "沭阳县政府2025年废止了几件行政规范性文件？",
             "废止 1 vs 制发 6 / 现行有效 32"),
        trap(z, "sh19", "r.withheld.internal_affairs.natural_person",
             "上海市府办2019年个人申请中，因为属于内部事务信息被拒绝公开的有几件？", "内部事务 5 vs 过程性信息 3"),
        trap(e, "ha", "a.review.other",
             "In Huai'an's 2024 administrative reviews, how many ended with an 'other' outcome — neither upheld nor corrected?",
             "其他结果 178 vs 纠正 64"),
        trap(e, "sh19", "c.procurement.projects",
             "How many centralized procurement projects did the Shanghai General Office report for 2019 (the count, not the money)?",
             "采购项目数 6 vs 金额 25.1"),
        trap(e, "sy", "r.unable.needs_creation.total",
             "Shuyang 2025: requests that couldn't be met because the information would have had to be newly compiled?",
             "另行制作 2 vs 不掌握 111"),
        trap(e, "sh25", "r.carried_forward.total",
             "How many Shanghai General Office requests were still open at the end of 2025 and moved on into 2026?",
             "结转下年 293 vs 上年结转 189"),
    ]


# ------------------------------------------------------------------ [followup] zh (52)
def FOLLOWUP_ZH():
    z = "zh"
    return [
        fu(z, ["year", "compare"], [
            ("洪泽区2023年行政许可决定有多少件？", A("hz23", "c.licensing.decisions")),
            ("那2024年呢？", A("hz24", "c.licensing.decisions")),
            ("两年一比，哪年多？多了多少？", AD("hz23", "hz24", "c.licensing.decisions")),
        ], "licensing 2023/2024"),
        fu(z, ["correction", "of-those"], [
            ("上海市政府办公厅2025年新收了多少件信息公开申请？", A("sh25", "r.received.total")),
            ("啊不是，我要2019年的数。", A("sh19", "r.received.total")),
            ("这859件里个人提的有多少？", A("sh19", "r.received.natural_person")),
        ], "received 2025 then 2019, then natural persons"),
        fu(z, ["of-those", "column"], [
            ("淮安市政府2024年一共新收到多少件申请？", A("ha", "r.received.total")),
            ("其中企业提的呢？", A("ha", "r.received.commercial")),
            ("律所、法律服务机构那一列呢？", A("ha", "r.received.legal_services")),
        ], "received, then columns"),
        fu(z, ["row", "add-up"], [
            ("沭阳县2025年予以公开的申请有多少件？", A("sy", "r.granted.total")),
            ("部分公开的呢？", A("sy", "r.partially_granted.total")),
            ("这两项合起来是多少？", A("sy", ["r.granted.total", "r.partially_granted.total"])),
        ], "granted, partially granted, sum"),
        fu(z, ["check", "ends-cannot"], [
            ("涧西区政府办2020年依申请公开办结了多少件？", A("jx", "r.total_processed.total")),
            ("这个数字包括转到下一年继续办的吗？没包括的话，转过去的有几件？", A("jx", "r.carried_forward.total")),
            ("转过去的那2件，申请人是男是女？", X("no breakdown by sex")),
        ], "processed, carried forward, then sex"),
        fu(z, ["appeals", "add-up"], [
            ("淮安2024年信息公开方面的行政复议一共多少件？", A("ha", "a.review.total")),
            ("没经过复议、直接起诉的行政诉讼呢？", A("ha", "a.litigation_direct.total")),
            ("复议完了再去起诉的呢？", A("ha", "a.litigation_after_review.total")),
            ("这两类诉讼合计多少？", A("ha", ["a.litigation_direct.total", "a.litigation_after_review.total"])),
        ], "review, direct, after review, litigation sum"),
        fu(z, ["narrative-table"], [
            ("沭阳县2025年通过县政府门户网站主动公开了多少条政府信息？", NN("sy", "4511", 4511, "条")),
            ("那同一年县里的行政处罚决定是多少？", A("sy", "c.punishment.decisions")),
        ], "website items then penalty decisions"),
        fu(z, ["body"], [
            ("淮安市2024年现行有效的行政规范性文件有多少件？", A("ha", "c.normative_docs.in_force")),
            ("洪泽区同一年呢？", A("hz24", "c.normative_docs.in_force")),
            ("上海市科委呢？", A("kw", "c.normative_docs.in_force")),
        ], "normative documents in force, three bodies of 2024"),
        fu(z, ["year", "compare"], [
            ("上海市府办2019年结转到下一年度继续办理的申请多少件？", A("sh19", "r.carried_forward.total")),
            ("那25年是多少？", A("sh25", "r.carried_forward.total")),
            ("增加了多少件？", AD("sh19", "sh25", "r.carried_forward.total")),
        ], "carried forward 2019/2025"),
        fu(z, ["correction", "column", "of-those"], [
            ("沭阳县2025年新收申请里，商业企业提交了多少件？", A("sy", "r.received.commercial")),
            ("说错了，我要的是法律服务机构那一列。", A("sy", "r.received.legal_services")),
            ("法律服务机构的申请最后予以公开的有几件？", A("sy", "r.granted.legal_services")),
        ], "column correction, then granted"),
        fu(z, ["of-those", "ends-cannot"], [
            ("洪泽区2023年受理了多少件政府信息公开申请？", A("hz23", "r.received.total")),
            ("这些申请全是自然人提的吗？自然人有多少？", A("hz23", "r.received.natural_person")),
            ("按乡镇分，各镇各有多少件？", X("no breakdown by township")),
        ], "received, natural persons, township"),
        fu(z, ["narrative-table", "appeals", "of-those"], [
            ("上海市政府办公厅2025年开了多少场市政府新闻发布会？", NN("sh25", "新闻发布会 42", 42, "场")),
            ("同一年它被申请行政复议的有多少件？", A("sh25", "a.review.total")),
            ("其中还没审结的呢？", A("sh25", "a.review.pending")),
        ], "press conferences, then reviews"),
        fu(z, ["row", "year", "compare"], [
            ("洪泽区2024年予以公开的申请有多少？", A("hz24", "r.granted.total")),
            ("回复本机关不掌握的呢？", A("hz24", "r.unable.not_held.total")),
            ("那2023年不掌握的是多少？", A("hz23", "r.unable.not_held.total")),
            ("两年差了多少？", AD("hz23", "hz24", "r.unable.not_held.total")),
        ], "granted, not held, year switch, difference"),
        fu(z, ["of-those", "check"], [
            ("淮安市2024年办理完的政府信息公开申请总共多少件？", A("ha", "r.total_processed.total")),
            ("里面予以公开的多少？", A("ha", "r.granted.total")),
            ("这里头有没有把部分公开的算进去？部分公开的单独是多少？", A("ha", "r.partially_granted.total")),
        ], "processed, granted, partially granted"),
        fu(z, ["appeals"], [
            ("沭阳县2025年行政复议结果维持的有多少件？", A("sy", "a.review.upheld")),
            ("被纠正的呢？", A("sy", "a.review.corrected")),
            ("直接起诉的诉讼里维持的有几件？", A("sy", "a.litigation_direct.upheld")),
        ], "review upheld/corrected, direct upheld"),
        fu(z, ["year", "compare"], [
            ("洪泽区2024年行政事业性收费金额是多少？", A("hz24", "c.fees.amount")),
            ("2023年收了多少？", A("hz23", "c.fees.amount")),
            ("哪年收得多？差多少？", AD("hz23", "hz24", "c.fees.amount")),
        ], "fees 2024/2023 (万元)"),
        fu(z, ["of-those", "ends-cannot"], [
            ("上海市科委2024年新收了多少件申请？", A("kw", "r.received.total")),
            ("其中自然人提交的有多少？", A("kw", "r.received.natural_person")),
            ("这32个人分别在哪些单位工作？", X("applicants' employers not stated (personal data)")),
        ], "received, natural persons, employers"),
        fu(z, ["body", "row"], [
            ("涧西区政府办2020年收到了几件信息公开申请？", A("jx", "r.received.total")),
            ("洪泽区2023年呢？", A("hz23", "r.received.total")),
            ("洪泽那年有几件是部分公开的？", A("hz23", "r.partially_granted.total")),
        ], "received two bodies, partially granted"),
        fu(z, ["check", "column"], [
            ("上海市府办2019年新收的申请里，法人或其他组织一共提了多少？", A("sh19", "r.received.legal_person")),
            ("这个算上律师事务所了吗？律所单独有几件？", A("sh19", "r.received.legal_services")),
            ("只看企业呢？", A("sh19", "r.received.commercial")),
        ], "legal persons (derived), legal services, commercial"),
        fu(z, ["column", "add-up"], [
            ("淮安市2024年因为本机关不掌握而无法提供的，自然人有多少件？", A("ha", "r.unable.not_held.natural_person")),
            ("企业的呢？", A("ha", "r.unable.not_held.commercial")),
            ("加一块儿多少？", A("ha", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial"])),
        ], "not held by column, sum"),
        fu(z, ["narrative-table", "ends-cannot"], [
            ("沭阳2025年全年发出了多少次催办提示？", NN("sy", "催办提示 84", 84, "次")),
            ("那一年因为申请人逾期不补正、不再处理的申请有几件？", A("sy", "r.other.overdue_correction.total")),
            ("这9件的申请人分别是哪个乡镇的？", X("no breakdown by township")),
        ], "reminders, overdue correction, township"),
        fu(z, ["year", "appeals", "of-those"], [
            ("上海市政府办公厅2019年未经复议直接提起的行政诉讼有几件？", A("sh19", "a.litigation_direct.total")),
            ("换到2025年看看？", A("sh25", "a.litigation_direct.total")),
            ("2025年这些里面尚未审结的有几件？", A("sh25", "a.litigation_direct.pending")),
        ], "direct litigation 2019/2025, pending"),
        fu(z, ["correction", "year"], [
            ("淮安市2024年行政强制决定多少个？", A("ha", "c.coercion.decisions")),
            ("哦不，我问的是洪泽区，同一年。", A("hz24", "c.coercion.decisions")),
            ("洪泽2023年是多少？", A("hz23", "c.coercion.decisions")),
        ], "coercion, body correction, year switch"),
        fu(z, ["row", "add-up"], [
            ("沭阳县2025年收到的申请里，自然人本年新提交的有多少件？不算上年结转的。", A("sy", "r.received.natural_person")),
            ("那从上一年结转过来的自然人申请有多少？", A("sy", "r.carried_over.natural_person")),
            ("两个数合起来是多少？", A("sy", ["r.received.natural_person", "r.carried_over.natural_person"])),
        ], "new + carried over natural persons (text states 741)"),
        fu(z, ["row", "add-up"], [
            ("淮安2024年因属于国家秘密不予公开的有几件？", A("ha", "r.withheld.state_secret.total")),
            ("属于行政执法案卷的呢？", A("ha", "r.withheld.enforcement_files.total")),
            ("8类不予公开理由全部加起来一共是多少件？",
             A("ha", ["r.withheld.%s.total" % s for s in L.WITHHELD])),
        ], "withheld grounds, sum of 8"),
        fu(z, ["body", "row"], [
            ("沭阳县2025年结转到下一年度的申请有多少件？", A("sy", "r.carried_forward.total")),
            ("上海市府办同年呢？", A("sh25", "r.carried_forward.total")),
            ("上海市府办那年从上年结转过来的是多少？", A("sh25", "r.carried_over.total")),
        ], "carried forward, body switch 2025, carried over"),
        fu(z, ["narrative-table"], [
            ("上海科委的微信公众号2024年编发了多少篇文章？", NN("kw", "编发文章 1640", 1640, "篇")),
            ("同一年它作出的行政处罚决定有几个？", A("kw", "c.punishment.decisions")),
        ], "WeChat articles, penalty decisions"),
        fu(z, ["column", "correction", "year"], [
            ("洪泽区2024年行政规范性文件现行有效件数是多少？", A("hz24", "c.normative_docs.in_force")),
            ("不好意思，我要的是制发的件数。", A("hz24", "c.normative_docs.issued")),
            ("2023年制发了几件？", A("hz23", "c.normative_docs.issued")),
        ], "in force -> issued, year switch"),
        fu(z, ["appeals"], [
            ("涧西区政府办2020年有几件信息公开行政复议？", A("jx", "a.review.total")),
            ("复议后又起诉的呢？", A("jx", "a.litigation_after_review.total")),
            ("那件诉讼是维持了还是被纠正了？维持的有几件？", A("jx", "a.litigation_after_review.upheld")),
        ], "review, after-review litigation, upheld"),
        fu(z, ["row", "add-up", "ends-cannot"], [
            ("上海市政府办公厅2025年有多少申请因信访举报投诉类被不予处理？", A("sh25", "r.not_processed.petition.total")),
            ("重复申请的呢？", A("sh25", "r.not_processed.duplicate.total")),
            ("两者合计？", A("sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"])),
            ("这些信访类申请涉及的是哪几个区？", X("no breakdown by district")),
        ], "petition, duplicate, sum, district"),
        fu(z, ["check", "row"], [
            ("淮安市2024年有多少件申请被不予处理？", A("ha", "r.not_processed.total")),
            ("这里面算不算重复申请？重复申请有多少？", A("ha", "r.not_processed.duplicate.total")),
            ("信访举报投诉类的呢？", A("ha", "r.not_processed.petition.total")),
        ], "not processed (derived), duplicate, petition"),
        fu(z, ["narrative-table"], [
            ("上海市府办2019年市政府公文主动公开率是多少？", NN("sh19", "90.2%", 90.2, "%")),
            ("那年规范性文件新公开了几件？", A("sh19", "c.normative_docs.published")),
        ], "disclosure rate, normative documents published"),
        fu(z, ["year", "compare"], [
            ("上海市府办2019年信息公开类行政复议有多少件？", A("sh19", "a.review.total")),
            ("2025年那份报告里是多少？", A("sh25", "a.review.total")),
            ("2025年比2019年多了多少件？", AD("sh19", "sh25", "a.review.total")),
        ], "review total 2019/2025"),
        fu(z, ["column", "row"], [
            ("上海市政府办公厅2025年本年新收申请中自然人有多少？", A("sh25", "r.received.natural_person")),
            ("换成商业企业那一列呢？", A("sh25", "r.received.commercial")),
            ("上年结转的申请里法律服务机构有几件？", A("sh25", "r.carried_over.legal_services")),
        ], "received columns, carried over legal services"),
        fu(z, ["narrative-table", "ends-cannot"], [
            ("淮安市政府2024年收了多少政府信息公开信息处理费？", NN("ha", "信息处理费 3940", 3940, "元")),
            ("同年行政事业性收费又是多少？", A("ha", "c.fees.amount")),
            ("这笔信息处理费是向哪些申请人收的？", X("payers of the fee not stated (personal data)")),
        ], "processing fee (元), fees (万元), payers"),
        fu(z, ["body"], [
            ("上海市科委2024年行政许可处理决定有多少件？", A("kw", "c.licensing.decisions")),
            ("洪泽区同年呢？", A("hz24", "c.licensing.decisions")),
            ("淮安市的呢？", A("ha", "c.licensing.decisions")),
        ], "licensing, three bodies of 2024"),
        fu(z, ["year", "compare"], [
            ("上海市府办2025年从上年结转过来的申请里个人的有多少？", A("sh25", "r.carried_over.natural_person")),
            ("2019年的报告里这个数是几？", A("sh19", "r.carried_over.natural_person")),
            ("两年相差多少？", AD("sh19", "sh25", "r.carried_over.natural_person")),
        ], "carried over natural persons 2025/2019"),
        fu(z, ["narrative-table"], [
            ("洪泽区2023年在政府网站平台主动公开了多少条政府信息？", NN("hz23", "1136", 1136, "条")),
            ("那年行政强制决定多少个？", A("hz23", "c.coercion.decisions")),
        ], "website items, coercion"),
        fu(z, ["of-those", "row"], [
            ("沭阳县2025年不予公开的申请一共多少件？", A("sy", "r.withheld.total")),
            ("其中因为属于行政查询事项的有几件？", A("sy", "r.withheld.admin_query.total")),
            ("属于过程性信息的呢？", A("sy", "r.withheld.process_info.total")),
        ], "withheld (derived), admin query, process info"),
        fu(z, ["ranking", "of-those"], [
            ("淮安市2024年、沭阳县2025年、洪泽区2023年这三家，行政强制决定谁最多？",
             AR(["ha", "sy", "hz23"], "c.coercion.decisions", "desc")),
            ("沭阳是多少？", A("sy", "c.coercion.decisions")),
        ], "ranking then one value"),
        fu(z, ["appeals", "ends-cannot"], [
            ("洪泽区2024年直接起诉到法院的行政诉讼有几件？", A("hz24", "a.litigation_direct.total")),
            ("行政复议的呢？", A("hz24", "a.review.total")),
            ("被诉的具体是哪个部门？", X("no department breakdown")),
        ], "direct litigation, review, department"),
        fu(z, ["correction", "year", "row"], [
            ("上海市府办2019年办结了多少件申请？", A("sh19", "r.total_processed.total")),
            ("我说错了，应该是2025年。", A("sh25", "r.total_processed.total")),
            ("2025年那些里面予以公开的有多少？", A("sh25", "r.granted.total")),
        ], "processed 2019 -> 2025, granted"),
        fu(z, ["check", "column"], [
            ("沭阳县2025年法人或其他组织新提交的申请有多少件？", A("sy", "r.received.legal_person")),
            ("这里面有律师事务所的吗？有几件？", A("sy", "r.received.legal_services")),
            ("剩下的是企业吧，企业几件？", A("sy", "r.received.commercial")),
        ], "legal persons (derived, text states 8), legal services, commercial"),
        fu(z, ["narrative-table"], [
            ("上海市府办2019年“一网通办”统一受理平台接入了多少个部门？", NN("sh19", "接入53个部门", 53, "个")),
            ("同年行政许可处理决定有多少？", A("sh19", "c.licensing.decisions")),
        ], "departments connected, licensing (2019 format)"),
        fu(z, ["row", "add-up"], [
            ("沭阳县2025年行政处罚决定数是多少？", A("sy", "c.punishment.decisions")),
            ("行政强制的呢？", A("sy", "c.coercion.decisions")),
            ("两项合计？", A("sy", ["c.punishment.decisions", "c.coercion.decisions"])),
        ], "penalty, coercion, sum"),
        fu(z, ["ends-cannot"], [
            ("洪泽区2023年因为没有现成信息、需要另行制作而无法提供的有几件？", A("hz23", "r.unable.needs_creation.total")),
            ("这3件申请具体要的是什么信息？", X("topics of requests not stated")),
        ], "needs creation, topic"),
        fu(z, ["body"], [
            ("沭阳县2025年自然人申请被予以公开的有多少？", A("sy", "r.granted.natural_person")),
            ("淮安2024年呢？", A("ha", "r.granted.natural_person")),
            ("涧西区2020年的呢？", A("jx", "r.granted.natural_person")),
        ], "granted natural persons, three bodies"),
        fu(z, ["appeals", "add-up"], [
            ("2025年上海市府办复议后起诉的行政诉讼有多少件？", A("sh25", "a.litigation_after_review.total")),
            ("没经过复议直接起诉的呢？", A("sh25", "a.litigation_direct.total")),
            ("这两种诉讼加在一起多少？", A("sh25", ["a.litigation_after_review.total", "a.litigation_direct.total"])),
        ], "litigation groups, sum"),
        fu(z, ["ends-cannot"], [
            ("涧西区2020年依申请公开的办结率是多少？", NN("jx", "办结率88.2%", 88.2, "%")),
            ("照这个口径，2021年的办结率是多少？", X("涧西区 2021 report not in the corpus")),
        ], "completion rate, year not held"),
        fu(z, ["column"], [
            ("淮安市2024年部分公开的申请，自然人的有多少件？", A("ha", "r.partially_granted.natural_person")),
            ("商业企业的呢？", A("ha", "r.partially_granted.commercial")),
            ("科研机构有没有？有几件？", A("ha", "r.partially_granted.research")),
        ], "partially granted by column"),
        fu(z, ["correction", "row"], [
            ("沭阳县2025年重复申请有多少件？", A("sy", "r.not_processed.duplicate.total")),
            ("哦我看错行了，是要求提供公开出版物的那行。", A("sy", "r.not_processed.publication.total")),
            ("那信访举报投诉类的有几件？", A("sy", "r.not_processed.petition.total")),
        ], "not processed rows with correction"),
        fu(z, ["narrative-table"], [
            ("淮安2024年省里四个季度抽查政务新媒体，合格率是多少？", NN("ha", "合格率均", 100, "%")),
            ("那一年淮安市政府被直接起诉的信息公开行政诉讼有几件？", A("ha", "a.litigation_direct.total")),
        ], "pass rate, direct litigation"),
    ]


# ------------------------------------------------------------------ [followup] en (52)
def FOLLOWUP_EN():
    e = "en"
    return [
        fu(e, ["year", "compare"], [
            ("How many administrative penalty decisions did Hongze District make in 2023?", A("hz23", "c.punishment.decisions")),
            ("Same thing for 2024?", A("hz24", "c.punishment.decisions")),
            ("Which of the two years came out ahead, and by what margin?", AD("hz23", "hz24", "c.punishment.decisions")),
        ], "penalty decisions 2023/2024"),
        fu(e, ["correction", "compare"], [
            ("What was the Shanghai General Office's number of new information requests from individuals in 2025?",
             A("sh25", "r.received.natural_person")),
            ("Sorry, I meant 2019.", A("sh19", "r.received.natural_person")),
            ("How much had that grown by 2025?", AD("sh19", "sh25", "r.received.natural_person")),
        ], "received natural persons 2025 -> 2019, difference"),
        fu(e, ["of-those", "column"], [
            ("How many disclosure requests did Huai'an handle to completion in 2024?", A("ha", "r.total_processed.total")),
            ("Of those, how many came from individuals?", A("ha", "r.total_processed.natural_person")),
            ("And how many of the processed ones were from legal service providers?",
             A("ha", "r.total_processed.legal_services")),
        ], "processed, by column"),
        fu(e, ["appeals", "add-up"], [
            ("In 2024, how many administrative reviews over disclosure ended with Huai'an's decision upheld?",
             A("ha", "a.review.upheld")),
            ("What about lawsuits filed after a review — how many upheld?", A("ha", "a.litigation_after_review.upheld")),
            ("And for lawsuits filed directly?", A("ha", "a.litigation_direct.upheld")),
            ("Add those two court figures together.",
             A("ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"])),
        ], "upheld across groups, sum (text states 25)"),
        fu(e, ["narrative-table", "appeals", "of-those"], [
            ("How many disputes did Shuyang County manage to defuse through early contact with applicants in 2025?",
             NN("sy", "化解各类争议纠纷 33", 33, "件")),
            ("How many administrative reviews did the county face that year?", A("sy", "a.review.total")),
            ("How many of those reviews went against the county's decision, i.e. corrected it?", A("sy", "a.review.corrected")),
        ], "disputes resolved, reviews"),
        fu(e, ["body"], [
            ("How many requests did the Shanghai science commission grant in full in 2024?", A("kw", "r.granted.total")),
            ("And Hongze District in the same year?", A("hz24", "r.granted.total")),
            ("And Huai'an?", A("ha", "r.granted.total")),
        ], "granted, three bodies of 2024"),
        fu(e, ["ends-cannot"], [
            ("For 2019, how many individuals' requests did the Shanghai General Office answer with 'we don't hold this information'?",
             A("sh19", "r.unable.not_held.natural_person")),
            ("How many of those individuals lived outside Shanghai?", X("no breakdown by residence")),
        ], "not held natural persons, residence"),
        fu(e, ["year", "compare"], [
            ("What did Hongze District take in through administrative fees in 2023?", A("hz23", "c.fees.amount")),
            ("And the 2024 figure?", A("hz24", "c.fees.amount")),
            ("What's the change from 2023 to 2024?", AD("hz23", "hz24", "c.fees.amount")),
        ], "fees 2023/2024 (万元)"),
        fu(e, ["correction", "column"], [
            ("How many new requests did natural persons file with Huai'an in 2024?", A("ha", "r.received.natural_person")),
            ("Oops — I meant commercial enterprises, not individuals.", A("ha", "r.received.commercial")),
            ("And research institutions?", A("ha", "r.received.research")),
        ], "received column correction"),
        fu(e, ["row", "column"], [
            ("How many individual applicants were refused on state-secret grounds by the Shanghai General Office in 2019?",
             A("sh19", "r.withheld.state_secret.natural_person")),
            ("And individuals refused because it was internal-affairs information?",
             A("sh19", "r.withheld.internal_affairs.natural_person")),
            ("Were any company requests refused as process information? How many?",
             A("sh19", "r.withheld.process_info.commercial")),
        ], "withheld cells (总计 printed blank: columns asked)"),
        fu(e, ["narrative-table"], [
            ("How many applicants withdrew their requests of their own accord at the Shanghai General Office in 2025?",
             NN("sh25", "主动撤回 157", 157, "件")),
            ("How many requests were carried over into 2025 from 2024?", A("sh25", "r.carried_over.total")),
        ], "withdrawn requests, carried over"),
        fu(e, ["ranking", "of-those"], [
            ("Among Huai'an (2024), Shuyang (2025) and Hongze District (2023), which made the fewest administrative penalty decisions?",
             AR(["ha", "sy", "hz23"], "c.punishment.decisions", "asc")),
            ("How many did Hongze make?", A("hz23", "c.punishment.decisions")),
        ], "ranking then value"),
        fu(e, ["row", "add-up"], [
            ("How many Shuyang applications in 2025 were closed because applicants didn't complete corrections in time?",
             A("sy", "r.other.overdue_correction.total")),
            ("And because the processing fee wasn't paid?", A("sy", "r.other.overdue_fee.total")),
            ("Both together?", A("sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"])),
        ], "other processing sub-items, sum"),
        fu(e, ["year", "compare"], [
            ("How many requests did the Shanghai General Office carry into 2019 from 2018?", A("sh19", "r.carried_over.total")),
            ("And into 2025 from 2024?", A("sh25", "r.carried_over.total")),
            ("By how much did that figure rise between 2019 and 2025?", AD("sh19", "sh25", "r.carried_over.total")),
        ], "carried over 2019/2025"),
        fu(e, ["of-those", "ends-cannot"], [
            ("How many Huai'an requests in 2024 were treated as petitions or complaints rather than disclosure requests?",
             A("ha", "r.not_processed.petition.total")),
            ("How many of those came from companies?", A("ha", "r.not_processed.petition.commercial")),
            ("Which companies were they?", X("names of applicants not stated")),
        ], "petition, commercial, names"),
        fu(e, ["narrative-table"], [
            ("How many executive meetings did Hongze District make public in 2024?", NN("hz24", "常务会议 7", 7, "期")),
            ("And how many requests did it grant in full that year?", A("hz24", "r.granted.total")),
        ], "executive meetings, granted"),
        fu(e, ["row", "add-up"], [
            ("At the Shanghai General Office in 2025, how many requests were answered 'information not held by this office'?",
             A("sh25", "r.unable.not_held.total")),
            ("And how many couldn't be met because the information would need to be created?",
             A("sh25", "r.unable.needs_creation.total")),
            ("Add the two up for me.", A("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"])),
        ], "not held, needs creation, sum (text 564 includes unclear)"),
        fu(e, ["check", "column"], [
            ("How many requests did Huai'an receive from legal persons and other organisations in 2024?",
             A("ha", "r.received.legal_person")),
            ("Are the law-firm requests inside that number? How many were theirs?", A("ha", "r.received.legal_services")),
            ("What about 'other' organisations?", A("ha", "r.received.other_org")),
        ], "legal persons (derived), legal services, other"),
        fu(e, ["body", "row"], [
            ("How many normative documents did Shuyang County issue in 2025?", A("sy", "c.normative_docs.issued")),
            ("What about the Shanghai General Office in 2019 — how many did it make?", A("sh19", "c.normative_docs.made")),
            ("And how many of them were newly published that year?", A("sh19", "c.normative_docs.published")),
        ], "normative documents across formats"),
        fu(e, ["ends-cannot"], [
            ("How many of Jianxi District's 2020 requests were turned down because the office didn't have the information?",
             A("jx", "r.unable.not_held.total")),
            ("What were those two requests about?", X("topics of requests not stated")),
        ], "not held, topic"),
        fu(e, ["year", "compare"], [
            ("How many disclosure-related administrative reviews were still unresolved for the Shanghai General Office in 2019?",
             A("sh19", "a.review.pending")),
            ("And in 2025?", A("sh25", "a.review.pending")),
            ("What's the difference between them?", AD("sh19", "sh25", "a.review.pending")),
        ], "review pending 2019/2025"),
        fu(e, ["narrative-table"], [
            ("How many followers did STCSM's WeChat account have according to its 2024 report?",
             NN("kw", "关注人数达 1016823", 1016823, "人")),
            ("How many information requests did the commission carry over into 2024?", A("kw", "r.carried_over.total")),
        ], "followers, carried over"),
        fu(e, ["of-those", "row"], [
            ("How many requests did Shuyang County process in 2025 in total?", A("sy", "r.total_processed.total")),
            ("How many of those came from natural persons?", A("sy", "r.total_processed.natural_person")),
            ("And how many were left to be carried into 2026?", A("sy", "r.carried_forward.total")),
        ], "processed, natural persons, carried forward"),
        fu(e, ["row", "ends-cannot"], [
            ("How many centralized procurement projects did the Jianxi District government office run in 2020?",
             A("jx", "c.procurement.projects")),
            ("And what was their total value?", A("jx", "c.procurement.amount")),
            ("Which suppliers won the biggest of those contracts?", X("suppliers not stated")),
        ], "procurement count, amount (万元), suppliers"),
        fu(e, ["correction", "row"], [
            ("What were Huai'an's 2024 administrative licensing decisions?", A("ha", "c.licensing.decisions")),
            ("Sorry, wrong place — I meant Shuyang, 2025.", A("sy", "c.licensing.decisions")),
            ("And how many coercive-measure decisions did Shuyang make that year?", A("sy", "c.coercion.decisions")),
        ], "licensing, body correction, coercion"),
        fu(e, ["appeals", "of-those"], [
            ("Shuyang 2025: how many lawsuits were filed directly, without a review first?", A("sy", "a.litigation_direct.total")),
            ("How many after a review?", A("sy", "a.litigation_after_review.total")),
            ("Of the after-review suits, how many were still pending?", A("sy", "a.litigation_after_review.pending")),
        ], "litigation groups, pending"),
        fu(e, ["narrative-table", "ends-cannot"], [
            ("How many press conferences did Huai'an hold in 2024?", NN("ha", "新闻发布会 12", 12, "场")),
            ("How many requests did Huai'an decline that year because it would have had to create new information?",
             A("ha", "r.unable.needs_creation.total")),
            ("Which departments were those requests addressed to?", X("no department breakdown")),
        ], "press conferences, needs creation, department"),
        fu(e, ["body", "ends-cannot"], [
            ("How many requests did Shuyang County reject as 'information not held' in 2025?", A("sy", "r.unable.not_held.total")),
            ("And the Shanghai General Office in 2025?", A("sh25", "r.unable.not_held.total")),
            ("Which Shanghai districts did those applicants come from?", X("no breakdown by district")),
        ], "not held, body switch 2025, district"),
        fu(e, ["of-those", "check"], [
            ("How many requests did Huai'an withhold in 2024 in total, across all the non-disclosure grounds?",
             A("ha", "r.withheld.total")),
            ("Is the administrative-query ground the biggest part of that? How many was it?",
             A("ha", "r.withheld.admin_query.total")),
            ("And 'prohibited by other laws'?", A("ha", "r.withheld.prohibited_by_law.total")),
        ], "withheld (derived), admin query, prohibited"),
        fu(e, ["narrative-table"], [
            ("How many policy interpretations did the Shanghai General Office publish on the China Shanghai portal in 2019?",
             NN("sh19", "政策解读共132件", 132, "件")),
            ("How many requests from individuals were partially granted there that year?",
             A("sh19", "r.partially_granted.natural_person")),
        ], "interpretations, partially granted"),
        fu(e, ["year", "compare"], [
            ("How many normative documents were still valid in Hongze District in 2023?", A("hz23", "c.normative_docs.in_force")),
            ("How many were still valid in 2024?", A("hz24", "c.normative_docs.in_force")),
            ("How many more is that?", AD("hz23", "hz24", "c.normative_docs.in_force")),
        ], "normative in force 2023/2024"),
        fu(e, ["column"], [
            ("How many 2019 requests to the Shanghai General Office came from legal service organisations?",
             A("sh19", "r.received.legal_services")),
            ("And from 'other' organisations?", A("sh19", "r.received.other_org")),
            ("And from commercial firms?", A("sh19", "r.received.commercial")),
        ], "received by column"),
        fu(e, ["ends-cannot"], [
            ("How many administrative reviews of Shuyang's disclosure decisions ended with the original decision upheld in 2025?",
             A("sy", "a.review.upheld")),
            ("How long did those reviews take on average?", X("durations not stated")),
        ], "review upheld, duration"),
        fu(e, ["of-those", "row"], [
            ("How many Huai'an requests in 2024 fell under 'unable to provide' altogether?", A("ha", "r.unable.total")),
            ("Break out the ones where the request stayed unclear even after correction.", A("ha", "r.unable.unclear.total")),
            ("And how many of the 781 were 'not held'?", A("ha", "r.unable.not_held.total")),
        ], "unable (derived), unclear, not held"),
        fu(e, ["narrative-table"], [
            ("How many pieces of content went viral for Shuyang's government media in 2025?", NN("sy", "爆款内容52", 52, "条")),
            ("How many repeat applications did the county get that year?", A("sy", "r.not_processed.duplicate.total")),
        ], "viral posts, duplicate"),
        fu(e, ["correction", "row"], [
            ("How many requests were granted in full by the Shanghai General Office in 2025?", A("sh25", "r.granted.total")),
            ("Actually I meant the ones pushed on to the next year.", A("sh25", "r.carried_forward.total")),
            ("And how many requests were new that year?", A("sh25", "r.received.total")),
        ], "granted -> carried forward, received"),
        fu(e, ["year"], [
            ("Were there any direct lawsuits against Hongze District in 2024? How many?", A("hz24", "a.litigation_direct.total")),
            ("Any in 2023?", A("hz23", "a.litigation_direct.total")),
        ], "direct litigation 2024/2023"),
        fu(e, ["ranking", "of-those"], [
            ("Which of these had the most individuals' requests answered 'not held': Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?",
             AR(["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc")),
            ("What was the Shanghai figure?", A("sh19", "r.unable.not_held.natural_person")),
        ], "ranking then value"),
        fu(e, ["check", "column"], [
            ("How many requests did Shuyang County partially disclose in 2025?", A("sy", "r.partially_granted.total")),
            ("Were law firms among those? How many?", A("sy", "r.partially_granted.legal_services")),
            ("And individuals?", A("sy", "r.partially_granted.natural_person")),
        ], "partially granted by column"),
        fu(e, ["ends-cannot"], [
            ("How many issues of the Shanghai Municipal Government Gazette were edited in 2025?",
             NN("sh25", "公报》24 期", 24, "期")),
            ("How many copies of each issue were printed?", X("print runs not stated")),
        ], "gazette issues, print run"),
        fu(e, ["appeals"], [
            ("How many of Huai'an's 2024 disclosure reviews were still pending at the end of the year?",
             A("ha", "a.review.pending")),
            ("And how many of its direct lawsuits?", A("ha", "a.litigation_direct.pending")),
            ("And the lawsuits after review?", A("ha", "a.litigation_after_review.pending")),
        ], "pending across groups"),
        fu(e, ["body"], [
            ("How many requests did the Shanghai General Office receive from businesses in 2025?", A("sh25", "r.received.commercial")),
            ("What about Shuyang County that year?", A("sy", "r.received.commercial")),
        ], "received commercial, body switch 2025"),
        fu(e, ["column", "add-up"], [
            ("How many individuals' requests did the Shanghai General Office treat as duplicates in 2019?",
             A("sh19", "r.not_processed.duplicate.natural_person")),
            ("And how many companies' requests?", A("sh19", "r.not_processed.duplicate.commercial")),
            ("Together?", A("sh19", ["r.not_processed.duplicate.natural_person", "r.not_processed.duplicate.commercial"])),
        ], "duplicate by column, sum (总计 printed blank)"),
        fu(e, ["narrative-table"], [
            ("How many pilot areas did Jianxi District's standardisation work cover in 2020?",
             NN("jx", "统筹推进26个试点领域", 26, "个")),
            ("How many requests did the Jianxi office grant in 2020?", A("jx", "r.granted.total")),
        ], "pilot areas, granted"),
        fu(e, ["row"], [
            ("How many normative documents did Huai'an issue in 2024?", A("ha", "c.normative_docs.issued")),
            ("And how many did it repeal?", A("ha", "c.normative_docs.repealed")),
            ("And how many municipal regulations did it issue?", A("ha", "c.regulations.issued")),
        ], "normative issued/repealed, regulations issued"),
        fu(e, ["ends-cannot"], [
            ("How many of Hongze District's 2023 requests were refused as process information?",
             A("hz23", "r.withheld.process_info.total")),
            ("What was that request asking for?", X("topics of requests not stated")),
        ], "process info, topic"),
        fu(e, ["year", "of-those"], [
            ("How many requests did the Shanghai General Office finish in 2025?", A("sh25", "r.total_processed.total")),
            ("And in 2019?", A("sh19", "r.total_processed.total")),
            ("Of the 2019 ones, how many were from individuals?", A("sh19", "r.total_processed.natural_person")),
        ], "processed 2025/2019, natural persons"),
        fu(e, ["correction", "row"], [
            ("How many requests did Shuyang carry over from 2024 into 2025?", A("sy", "r.carried_over.total")),
            ("I meant just the ones from individuals.", A("sy", "r.carried_over.natural_person")),
            ("And how many of 2025's new requests came from natural persons?", A("sy", "r.received.natural_person")),
        ], "carried over, natural persons, received"),
        fu(e, ["narrative-table", "row"], [
            ("How many livestreams did the Shanghai science commission run in 2024?", NN("kw", "直播 118", 118, "场")),
            ("How many requests ended up under 'other processing' in its 2024 narrative?", NN("kw", "其他处理 14", 14, "件")),
            ("And what does the request table give as the total processed that year?", A("kw", "r.total_processed.total")),
        ], "livestreams, other processing (text), processed (text row)"),
        fu(e, ["appeals", "add-up"], [
            ("How many times was Huai'an corrected in disclosure reviews in 2024?", A("ha", "a.review.corrected")),
            ("And in court, counting both kinds of lawsuit?",
             A("ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"])),
        ], "review corrected, litigation corrected sum (text states 5)"),
        fu(e, ["body"], [
            ("How many new requests did the Shanghai science commission receive from individuals in 2024?",
             A("kw", "r.received.natural_person")),
            ("And Huai'an's individual applicants that year?", A("ha", "r.received.natural_person")),
        ], "received natural persons, body switch 2024"),
        fu(e, ["ranking", "of-those"], [
            ("Rank Huai'an (2024), Shuyang (2025), Jianxi District (2020) and Hongze District (2023) by requests processed — which had the fewest?",
             AR(["ha", "sy", "jx", "hz23"], "r.total_processed.total", "asc")),
            ("And how many did Hongze process?", A("hz23", "r.total_processed.total")),
        ], "ranking then value"),
    ]


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TEXTONLY() + CANNOT() + NEIGHBOUR() + FOLLOWUP_ZH() + FOLLOWUP_EN()


for (_b, _ks) in AGREE:
    assert list(_ks) == sorted(_ks), _ks
