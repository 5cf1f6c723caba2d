"""Question bank of blind evaluation set 177 (evals/blind177).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Emphasis of this set: about a third of the conversations look answerable but must get no
number ([cannot]); the rest keeps blind6's proportions.

The bank names bodies, keys, keywords and wordings only. Every expected number is computed by
helpers177 (gold JSON, derived keys per spec/README.md; printed rows of the reports without gold
through SPECS below; narrative sentences cut from the text). Numbers quoted inside [cannot]
questions are checked against the gold / the printed text at build time (`quotes`).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib177 as L  # noqa: E402
import helpers177 as H  # noqa: E402
from helpers177 import C, E, ED, EN, ER, EU  # noqa: E402

# Printed cells of the three reports without gold: the same cells blind6 verified
# (copied from evals/blind6/text_cells.json; nothing new).
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

WAN = {"unit": "万元"}


# ------------------------------------------------------------------ builders with the mix tag
def plain(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def total(lang, b, keys, q, note, **kw):
    if len(H.KS(keys)) < 2:
        raise ValueError("a sum lists at least two keys")
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + note)


def diff(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + note)


def rank(lang, bodies, keys, order, q, note, **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + note)


def trap(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def follow(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def check_quotes(quotes):
    """Numbers quoted in a no-number question must be the printed ones."""
    for b, keys, n in quotes:
        if keys is None:
            if not L.in_text(b, n):
                raise ValueError("%s: %r not printed in the text" % (b, n))
        elif H.val(b, keys) != n:
            raise ValueError("%s %s: quoted %s, printed %s" % (b, keys, n, H.val(b, keys)))


def cannot(lang, q, why, note, quotes=()):
    check_quotes(quotes)
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


# ------------------------------------------------------------------ [plain] one printed value
def PLAIN():
    out = []
    a = out.append
    # 淮安市人民政府 2024 (gold)
    a(plain("zh", "ha", "r.received.total", "淮安市政府2024年一共新接到多少件政府信息公开申请？",
            "city, new requests; narrative 受理 3119 agrees", alt=("3119", 3119)))
    a(plain("en", "ha", "r.granted.total",
            "In 2024, how many information requests did the Huai'an city government release in full?",
            "granted in full"))
    a(plain("zh", "ha", "r.partially_granted.total", "淮安那边2024年有多少件申请是只给公开了一部分的？",
            "partially granted"))
    a(plain("en", "ha", "r.withheld.admin_query.total",
            "How many Huai'an applications in 2024 were declined because what they asked for counts as an "
            "administrative look-up matter (行政查询事项)?", "withheld: administrative query"))
    a(plain("zh", "ha", "r.unable.not_held.total", "二〇二四年淮安市政府因为手上没有这份信息、没法提供的申请有几件？",
            "unable: not held; Chinese-numeral year"))
    a(plain("en", "ha", "a.review.total",
            "How many administrative reconsideration cases about information disclosure did Huai'an face in 2024?",
            "reconsiderations total; narrative 351 agrees", alt=("结果维持 72", 351)))
    a(plain("zh", "ha", "a.litigation_direct.upheld",
            "淮安市2024年那些没经过复议、直接告到法院的信息公开官司，判维持的有几件？",
            "direct litigation upheld"))
    a(plain("en", "ha", "c.normative_docs.in_force",
            "How many of the Huai'an government's normative documents were still valid at the end of 2024?",
            "normative documents in force"))
    a(plain("zh", "ha", "c.punishment.decisions", "淮安2024年全年作出的行政处罚决定有多少个？",
            "penalty decisions (city-wide, very large)"))
    a(plain("en", "ha", "c.fees.amount",
            "What administrative fee income did Huai'an report for 2024? Give it in units of 10,000 yuan.",
            "fees, money in 万元", **WAN))
    a(plain("zh", "ha", "r.not_processed.petition.total",
            "24年淮安市政府收到的申请中，被当成信访举报投诉、最后没处理的有多少？",
            "not processed: petition; two-digit year"))
    a(plain("en", "ha", "r.received.natural_person",
            "Of the requests Huai'an newly received in 2024, how many were lodged by private citizens?",
            "new requests, natural persons"))
    a(plain("zh", "ha", "r.other.overdue_correction.total",
            "淮安2024年有多少件申请是因为申请人过了期限还不补正材料，政府就不再处理了？",
            "other: overdue correction"))
    a(plain("en", "ha", "a.litigation_after_review.pending",
            "Huai'an, 2024: among lawsuits filed after a reconsideration decision, how many were still open at year end?",
            "litigation after review pending"))
    a(plain("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制方面的处理决定数量是多少？",
            "coercion decisions"))
    a(plain("en", "ha", "r.received.other_org",
            "In 2024 how many new applications reached Huai'an from organisations in the 'other' category?",
            "new requests, other organisations"))
    # 沭阳县人民政府 2025 (gold)
    a(plain("zh", "sy", "r.received.total",
            "沭阳县政府2025年当年新进来的公开申请是几件？从上一年转过来的那些先别加进去。",
            "new requests only (table 713; the narrative's 749 includes 36 carried over)"))
    a(plain("en", "sy", "r.granted.total", "How many requests did Shuyang County disclose in full during 2025?",
            "granted in full"))
    a(plain("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年以“三类内部事务信息”为理由不公开的申请有几件？",
            "withheld: internal affairs"))
    a(plain("en", "sy", "a.review.total",
            "Shuyang County in 2025 — how many disclosure-related reconsideration cases in total?",
            "reconsiderations total (not the narrative's 74 cases, which add the lawsuits)"))
    a(plain("zh", "sy", "a.review.corrected", "2025年沭阳县信息公开方面的行政复议，结果被纠正的有几件？",
            "reconsideration corrected"))
    a(plain("en", "sy", "c.licensing.decisions",
            "What number of administrative licensing decisions does Shuyang's 2025 report give?",
            "licensing decisions"))
    a(plain("zh", "sy", "c.fees.amount", "沭阳县2025年的行政事业性收费，金额是多少万元？", "fees, money in 万元", **WAN))
    a(plain("en", "sy", "r.carried_forward.total",
            "How many of Shuyang's 2025 requests were left open and rolled into the following year?",
            "carried forward; narrative 结转下一年 31 agrees", alt=("结转下一年", 31)))
    a(plain("zh", "sy", "r.other.other.total", "沭阳2025年办理结果里，记在“其他处理”下面“其他”那一项的一共几件？",
            "other: other"))
    a(plain("en", "sy", "r.received.legal_services",
            "In 2025, how many new requests did Shuyang get from law firms and similar legal service bodies?",
            "new requests, legal services"))
    a(plain("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新制发了几件行政规范性文件？", "normative documents issued"))
    a(plain("en", "sy", "a.litigation_after_review.upheld",
            "For Shuyang in 2025, how many suits brought after reconsideration ended with the original decision upheld?",
            "litigation after review upheld"))
    a(plain("zh", "sy", "r.not_processed.duplicate.total", "沭阳县政府二〇二五年因为是重复申请而不予处理的有几件？",
            "not processed: duplicate"))
    a(plain("en", "sy", "r.unable.not_held.natural_person",
            "Shuyang 2025: how many requests from individuals got the answer that the agency does not hold the information?",
            "unable: not held, natural persons"))
    # 上海市人民政府办公厅 2019 (gold)
    a(plain("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的新信息公开申请有多少件？",
            "new requests; narrative 受理 859 agrees", alt=("回落12.3%", 859)))
    a(plain("en", "sh19", "c.regulations.total_published",
            "By the end of 2019, how many regulations in total had the Shanghai municipal government's general office made public?",
            "regulations total published (2019 format)"))
    a(plain("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目有几个？", "procurement projects"))
    a(plain("en", "sh19", "r.carried_forward.total",
            "How many of the Shanghai General Office's 2019 requests were pushed over to be answered in 2020?",
            "carried forward; narrative 顺延 72 agrees", alt=("回落12.3%", 72)))
    a(plain("zh", "sh19", "r.unable.needs_creation.natural_person",
            "2019年上海市府办收到的个人申请里，因为没有现成信息、要另外制作才无法提供的有多少件？",
            "unable: needs creation, natural persons (row total printed blank)"))
    a(plain("en", "sh19", "r.withheld.state_secret.natural_person",
            "Shanghai General Office, 2019: how many requests from individuals were refused as state secrets?",
            "withheld: state secret, natural persons (row total printed blank)"))
    a(plain("zh", "sh19", "a.litigation_direct.total", "上海市人民政府办公厅2019年因信息公开被直接起诉的行政诉讼有几件？",
            "direct litigation total; narrative 诉讼9件 agrees", alt=("诉讼9件", 9)))
    a(plain("en", "sh19", "r.received.commercial",
            "How many new requests did companies file with the Shanghai General Office in 2019?",
            "new requests, commercial"))
    a(plain("zh", "sh19", "r.not_processed.petition.natural_person",
            "2019年上海市政府办公厅，个人提的申请里属于信访举报投诉、不予处理的是几件？",
            "not processed: petition, natural persons (row total printed blank)"))
    a(plain("en", "sh19", "a.review.pending",
            "When 2019 closed, how many reconsideration cases involving the Shanghai General Office were still undecided?",
            "reconsideration pending"))
    # 淮安市洪泽区人民政府 2023 (gold)
    a(plain("zh", "hz23", "r.received.total", "洪泽区政府2023年受理了几件信息公开申请？",
            "new requests; narrative 受理 21 agrees", alt=("21 件", 21)))
    a(plain("en", "hz23", "c.punishment.decisions", "Hongze District, 2023: how many administrative penalty decisions?",
            "penalty decisions"))
    a(plain("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费收了多少（万元）？", "fees, money in 万元", **WAN))
    a(plain("en", "hz23", "r.unable.needs_creation.total",
            "In 2023, how many Hongze requests could not be met because the information would have had to be compiled from scratch?",
            "unable: needs creation"))
    a(plain("zh", "hz23", "a.review.upheld", "洪泽2023年信息公开类行政复议，维持原结果的有多少件？",
            "reconsideration upheld (the printed review total is 0: report inconsistency, not asked)"))
    a(plain("en", "hz23", "c.normative_docs.repealed", "How many normative documents did Hongze District repeal in 2023?",
            "normative documents repealed"))
    a(plain("zh", "hz23", "r.partially_granted.total", "二〇二三年洪泽区部分公开的申请有几件？", "partially granted"))
    a(plain("en", "hz23", "c.licensing.decisions",
            "How many licensing decisions did the Hongze District government report for 2023?", "licensing decisions"))
    # 涧西区人民政府办公室 2020 (gold)
    a(plain("zh", "jx", "r.granted.total", "涧西区政府办2020年依申请予以公开的有几件？", "granted in full"))
    a(plain("en", "jx", "c.procurement.amount",
            "What did Jianxi District spend on centralised government procurement in 2020?",
            "procurement amount, money in 万元", **WAN))
    a(plain("zh", "jx", "c.normative_docs.total_published", "涧西区2020年对外公开的规范性文件总数是多少？",
            "normative documents total published (2019 format)"))
    a(plain("en", "jx", "a.litigation_after_review.upheld",
            "In 2020, how many lawsuits brought against Jianxi after reconsideration had the decision upheld?",
            "litigation after review upheld"))
    a(plain("zh", "jx", "r.unable.not_held.total", "2020年涧西区人民政府办公室因为不掌握信息而没能提供的申请有几件？",
            "unable: not held"))
    a(plain("en", "jx", "c.procurement.projects",
            "How many centralised procurement projects are listed in Jianxi's 2020 annual report?", "procurement projects"))
    # 淮安市洪泽区人民政府 2024 (no gold: printed rows)
    a(plain("zh", "hz24", "c.licensing.decisions", "洪泽区2024年作出的行政许可决定有多少个？", "licensing decisions, text row"))
    a(plain("en", "hz24", "r.granted.total", "How many requests did Hongze District grant in full in 2024?",
            "granted in full, text row"))
    a(plain("zh", "hz24", "r.unable.not_held.total", "洪泽区政府24年有多少申请因为本机关不掌握而无法提供？",
            "unable: not held, text row; two-digit year"))
    a(plain("en", "hz24", "a.litigation_direct.total",
            "Hongze 2024: how many lawsuits were filed straight in court, without reconsideration first?",
            "direct litigation total, text row"))
    a(plain("zh", "hz24", "c.normative_docs.in_force", "截至2024年底，洪泽区现行有效的行政规范性文件有几件？",
            "normative documents in force, text row"))
    a(plain("en", "hz24", "c.coercion.decisions",
            "How many administrative coercive-measure decisions did Hongze District report for 2024?",
            "coercion decisions, text row"))
    # 上海市科学技术委员会 2024 (no gold: printed rows)
    a(plain("zh", "kw", "r.received.total", "上海科委2024年新收了多少件信息公开申请？",
            "new requests, text row; narrative 34 agrees", alt=("全年收到政府信息公开申请", 34)))
    a(plain("en", "kw", "c.licensing.decisions",
            "How many licensing decisions did the Shanghai Science and Technology Commission make in 2024?",
            "licensing decisions, text row"))
    a(plain("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件？",
            "normative documents in force, text row"))
    a(plain("en", "kw", "r.received.commercial", "In 2024, how many requests to STCSM came from commercial firms?",
            "new requests, commercial, text row"))
    a(plain("zh", "kw", "r.total_processed.total", "上海市科学技术委员会2024年办理结果的总计是多少件？",
            "total processed, text row"))
    # 上海市人民政府办公厅 2025 (no gold: printed rows)
    a(plain("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年以“本机关不掌握”为由无法提供的申请有几件？",
            "unable: not held, text row"))
    a(plain("en", "sh25", "r.carried_forward.total",
            "How many requests from its 2025 caseload did the Shanghai General Office carry forward into 2026?",
            "carried forward, text row"))
    a(plain("zh", "sh25", "a.review.total", "2025年上海市府办涉及信息公开的行政复议一共几件？",
            "reconsiderations total, text row (includes carried-over cases per the printed note)"))
    a(plain("en", "sh25", "r.received.commercial", "Shanghai General Office in 2025: how many new requests came from businesses?",
            "new requests, commercial, text row"))
    a(plain("zh", "sh25", "r.unable.needs_creation.total",
            "上海市人民政府办公厅2025年因为没有现成信息、需另行制作而无法提供的是几件？",
            "unable: needs creation, text row"))
    a(plain("en", "sh25", "a.litigation_after_review.total",
            "How many lawsuits following a reconsideration were brought against the Shanghai General Office in 2025?",
            "litigation after review total, text row"))
    return out


# ------------------------------------------------------------------ [combine] sums and differences
WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def COMBINE():
    out = []
    a = out.append
    a(total("zh", "ha", WITHHELD8, "淮安市2024年把各种不予公开的理由都算上，一共拒绝公开了多少件申请？",
            "all eight 不予公开 sub-rows (8 keys)"))
    a(total("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "Putting reconsiderations and both kinds of lawsuits together, how many disclosure appeal cases did Huai'an have in 2024?",
            "review + direct litigation + litigation after review"))
    a(total("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年全部公开和部分公开的加在一起是几件？",
            "granted + partially granted"))
    a(total("en", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
            "Total disclosure lawsuits against Shuyang in 2025, counting both direct suits and those after reconsideration?",
            "direct litigation + litigation after review"))
    a(total("zh", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
            "上海市府办2019年，企业、法律服务机构和其他组织新提交的申请合计多少件？",
            "three organisation columns of new requests (3 keys)"))
    a(total("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
            "For Hongze in 2023, how many requests ended either as 'information not held' or 'would have to be newly made', combined?",
            "not held + needs creation"))
    a(total("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
            "涧西区政府办2020年行政复议加上两类行政诉讼，总共有多少件？", "review + both litigation groups"))
    a(total("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
            "Shanghai General Office, 2025: requests shelved as complaints/petitions plus those shelved as duplicates — how many altogether?",
            "petition + duplicate, text rows"))
    a(total("zh", "kw", ["r.received.total", "r.carried_over.total"],
            "上海科委2024年新收的申请加上2023年结转过来的，总共要处理多少件？", "received + carried over, text rows"))
    a(total("en", "ha", ["c.regulations.issued", "c.normative_docs.issued"],
            "How many regulations and normative documents did Huai'an issue in 2024, counted together?",
            "regulations issued + normative documents issued"))
    a(total("zh", "sy", ["c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年行政处罚和行政强制的决定加起来有多少？",
            "punishment + coercion decisions"))
    a(total("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
            "What do Hongze District's 2024 penalty decisions and coercive-measure decisions add up to?",
            "punishment + coercion decisions, text rows"))
    # differences: one body, later year minus earlier year
    a(diff("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定数，2024年比2023年多了多少？",
           "洪泽区 2023→2024 licensing"))
    a(diff("en", "hz23", "hz24", "c.punishment.decisions",
           "By how much did Hongze District's penalty decisions change from 2023 to 2024?", "洪泽区 2023→2024 punishment"))
    a(diff("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年比2023年增加了几件？",
           "洪泽区 2023→2024 not held"))
    a(diff("en", "hz23", "hz24", "c.fees.amount",
           "How did Hongze's administrative fee revenue move between 2023 and 2024, in 10,000 yuan?",
           "洪泽区 2023→2024 fees, money in 万元", **WAN))
    a(diff("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收的申请，2025年跟2019年比差了多少件？",
           "上海市府办 2019→2025 new requests; the 2025 narrative's 受理 1295 agrees", alt=("1295", 1295)))
    a(diff("en", "sh19", "sh25", "r.carried_forward.total",
           "Shanghai General Office requests left for the following year: what is the gap between 2019 and 2025?",
           "上海市府办 2019→2025 carried forward"))
    a(diff("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开类的行政复议，2025年比2019年多出几件？",
           "上海市府办 2019→2025 reconsiderations"))
    a(diff("en", "sh19", "sh25", "r.received.natural_person",
           "How many more new requests from individuals did the Shanghai General Office get in 2025 than in 2019?",
           "上海市府办 2019→2025 new requests from individuals"))
    return out


# ------------------------------------------------------------------ [rank] 3-4 gold bodies
def RANK():
    four = ["ha", "sy", "sh19", "jx"]
    return [
        rank("zh", four, "r.carried_over.total", "desc",
             "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年、涧西区政府办2020年，这四家谁从上一年结转来的申请最多？",
             "carried over, desc (沭阳 36 just above 淮安 34)"),
        rank("en", ["ha", "hz23", "sy", "jx"], "r.received.total", "asc",
             "Among Huai'an (2024), Hongze (2023), Shuyang (2025) and Jianxi (2020), which had the fewest new disclosure requests?",
             "new requests, asc"),
        rank("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "比比行政许可决定数量：淮安市2024年、洪泽区2023年、沭阳县2025年，谁最多？", "licensing decisions, desc"),
        rank("en", ["ha", "sy", "hz23", "sh19"], "a.review.upheld", "desc",
             "Which had the most reconsideration outcomes upheld: Huai'an in 2024, Shuyang in 2025, Hongze in 2023 or the Shanghai General Office in 2019?",
             "reconsideration upheld, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
             "淮安市（2024年）、洪泽区（2023年）、沭阳县（2025年）三家现行有效的行政规范性文件，哪家最少？",
             "normative documents in force, asc"),
        rank("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
             "Refusals on 'internal affairs' grounds — who had the most: Huai'an in 2024, Shuyang in 2025 or Hongze in 2023?",
             "withheld internal affairs, desc"),
        rank("zh", ["sy", "sh19", "jx", "hz23"], "a.litigation_direct.total", "desc",
             "沭阳县2025年、上海市府办2019年、涧西区2020年、洪泽区2023年，哪家被直接起诉（未经复议）的行政诉讼最多？",
             "direct litigation, desc"),
        rank("en", four, "r.carried_forward.total", "asc",
             "Of Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 and Jianxi 2020, which carried the smallest backlog into the following year?",
             "carried forward, asc"),
        rank("zh", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
             "淮安2024年、洪泽2023年、沭阳2025年，哪家的行政事业性收费金额最高？", "fees, desc, money in 万元", **WAN),
        rank("en", four, "r.received.commercial", "desc",
             "Which body got the most new requests from businesses: Huai'an (2024), Shuyang (2025), the Shanghai General Office (2019) or Jianxi (2020)?",
             "new requests from companies, desc"),
    ]


# ------------------------------------------------------------------ [neighbour] traps
def NEIGHBOUR():
    return [
        trap("zh", "ha", "r.carried_over.total", "淮安市2024年办的申请里，有多少是2023年没办完、转到2024年接着办的？",
             "上年结转 34 vs 结转下年 103; narrative 含上年度结转 34 agrees", alt=("含上年度结转", 34)),
        trap("en", "sy", "a.litigation_after_review.total",
             "How many Shuyang lawsuits in 2025 were filed after the applicant had first tried reconsideration?",
             "复议后起诉 10 vs 直接起诉 3"),
        trap("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废止掉的行政规范性文件是多少件？",
             "废止 26 vs 制发 8 / 现行有效 66"),
        trap("en", "sy", "r.unable.needs_creation.total",
             "Shuyang 2025: how many requests failed because answering them would have meant producing new material?",
             "另行制作 2 vs 不掌握 111"),
        trap("zh", "ha", "r.withheld.security_stability.total", "淮安2024年以可能危及“三安全一稳定”为由不予公开的有几件？",
             "三安全一稳定 5 vs 第三方合法权益 6 (next row)"),
        trap("en", "sy", "r.other.overdue_fee.total",
             "In 2025, how many Shuyang applications were dropped because the applicant never paid the fee notice in time?",
             "逾期未缴费 7 vs 逾期不补正 9"),
        trap("zh", "sh19", "c.procurement.amount", "上海市人民政府办公厅2019年政府集中采购的总金额是多少？",
             "采购金额 25.1 万元 (printed 251000元) vs 项目数 6", **WAN),
        trap("en", "ha", "r.received.legal_services",
             "How many of Huai'an's new 2024 requests came from legal service organisations?",
             "法律服务机构 61 vs 商业企业 53"),
        trap("zh", "sy", "a.review.pending", "沭阳县2025年的行政复议，到年底还没审完的有几件？", "尚未审结 15 vs 其他结果 9"),
        trap("en", "sh19", "c.normative_docs.made",
             "How many normative documents did the Shanghai General Office newly draft in 2019?",
             "新制作 60 vs 对外公开总数 368"),
    ]


# ------------------------------------------------------------------ [textonly] narrative numbers
def TEXTONLY():
    return [
        text("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年把政务公开事项梳理细化下来，一共是多少项？",
             "公开事项 601", frm="对照"),
        text("en", "jx", "公共资源交易等26个", 26, "个",
             "How many pilot areas did Jianxi's 2020 work on standardised grassroots disclosure cover?", "试点领域 26",
             frm="对照"),
        text("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？", "press conferences 12"),
        text("en", "ha", "共计 95", 95, "个",
             "How many government new-media accounts were operating across Huai'an according to its 2024 report?",
             "new-media accounts 95"),
        text("zh", "ha", "栏目全覆盖检查", 4, "次", "2024年淮安全年搞了几次政府信息公开栏目的全覆盖检查？", "full column checks 4"),
        text("en", "ha", "公报》6", 6, "期", "How many issues of the Huai'an municipal government gazette came out in 2024?",
             "gazette issues 6"),
        text("en", "ha", "3940", 3940, "元",
             "How much did the Huai'an government take in as information processing fees in 2024?",
             "processing fees 3940 元 (not the 万元 table fees)", frm="2024"),
        text("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", "portal items 1136"),
        text("en", "hz24", "2428", 2428, "条",
             "How many items of government information did Hongze District post on its website in 2024?", "portal items 2428"),
        text("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？", "executive meetings 7"),
        text("en", "hz24", "区政府办代表区政府受理", 17, "件",
             "Going by the narrative part of Hongze's 2024 report, how many requests did the district government office accept on the district government's behalf?",
             "office-accepted requests 17 as stated in the text (the table's new requests are 95)"),
        text("zh", "sy", "催办提示", 84, "次", "沭阳县2025年针对依申请办理发出过多少次催办提示？", "reminders 84"),
        text("en", "sy", "办前主动沟通", 49, "次",
             "How many times did Shuyang reach out to applicants before handling their requests in 2025?", "pre-handling contacts 49"),
        text("zh", "sy", "过期信息697", 697, "条", "沭阳县2025年一共清理掉多少条过期信息？", "outdated items removed 697"),
        text("en", "sy", "失效链接43", 43, "处", "How many dead links did Shuyang fix on its website in 2025?", "broken links 43"),
        text("zh", "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的政府信息公开年度报告？", "annual reports of 64 units"),
        text("en", "sy", "原创短视频1113", 1113, "个",
             "How many original short videos did Shuyang's government new media put out in 2025?", "short videos 1113"),
        text("zh", "sy", "化解各类争议纠纷 33", 33, "件", "沭阳2025年通过办前沟通化解了几件争议纠纷？", "disputes resolved 33"),
        text("en", "sy", "4511", 4511, "条",
             "How many pieces of information did the Shuyang county portal proactively publish in 2025?", "portal items 4511"),
        text("zh", "kw", "关注人数达", 1016823, "人", "“上海科技”微信公众号在市科委2024年报告里写的关注人数是多少？",
             "WeChat followers 1016823"),
        text("en", "kw", "直播 118", 118, "场", "How many livestreams did STCSM's video channel run in 2024?", "livestreams 118"),
        text("zh", "kw", "政协提案 85", 85, "件", "上海科委2024年主办、合办的政协提案复文公开了多少件？", "CPPCC proposals 85"),
        text("en", "kw", "集成式发布政策 121", 121, "条",
             "In 2024, how many policies did STCSM push in batches to the integrated policy release?", "integrated policies 121"),
        text("zh", "kw", "原创文章 294", 294, "篇", "上海市科委2024年公众号发的原创文章有多少篇？", "original articles 294"),
        text("en", "sh25", "新闻通气会 19", 19, "场",
             "How many press briefings (新闻通气会) did Shanghai's municipal government hold in 2025?", "press briefings 19"),
        text("zh", "sh25", "主动撤回 157", 157, "件", "2025年上海市府办收到的申请中，申请人自己主动撤回的有多少件？",
             "withdrawn by applicants 157"),
        text("en", "sh25", "公报》24", 24, "期",
             "How many issues of the Shanghai Municipal People's Government Gazette were edited in 2025?", "gazette issues 24"),
        text("zh", "sh25", "人事任免文件 196", 196, "件", "上海市政府办公厅2025年主动公开的人事任免文件有多少件？",
             "appointment documents 196", frm="全年"),
        text("en", "sh19", "政策解读共132", 132, "件",
             "How many policy interpretations were put out on the Shanghai government portal in 2019?", "interpretations 132"),
        text("zh", "sh19", "权威发布共计38", 38, "次", "2019年上海市政府常务会议的重要议题，一共做了多少次权威发布？",
             "authoritative releases 38"),
        text("en", "sh19", "70家政府网站", 70, "家",
             "How many government websites did Shanghai check every quarter in 2019?", "websites checked 70"),
    ]


# ------------------------------------------------------------------ [followup] 2-3 turns
def FOLLOWUP():
    out = []
    a = out.append
    a(follow("zh", [("淮安市政府2024年予以公开的申请有多少件？", E("ha", "r.granted.total")),
                    ("同一年洪泽区政府这一项是多少？", E("hz24", "r.granted.total"))],
             "body switch 淮安 2024 → 洪泽 2024 (text row)"))
    a(follow("en", [("How many disclosure reconsiderations did Shuyang have in 2025?", E("sy", "a.review.total")),
                    ("And how many of those ended with the decision corrected?", E("sy", "a.review.corrected")),
                    ("What about the ones still unresolved at year end?", E("sy", "a.review.pending"))],
             "outcome switch within 沭阳 reconsiderations (3 turns)"))
    a(follow("zh", [("洪泽区2023年作出了多少个行政处罚决定？", E("hz23", "c.punishment.decisions")),
                    ("那到了2024年是多少？", E("hz24", "c.punishment.decisions"))],
             "year switch 洪泽 2023 → 2024 (text row)"))
    a(follow("en", [("How many new disclosure requests did the Shanghai General Office receive in 2019?",
                     E("sh19", "r.received.total")),
                    ("Same figure for 2025, please.", E("sh25", "r.received.total", alt=("1295", 1295)))],
             "year switch 上海市府办 2019 → 2025 (text row; 2025 narrative agrees)"))
    a(follow("zh", [("涧西区政府办2020年新收了几件依申请公开？", E("jx", "r.received.total")),
                    ("那结转到下一年度接着办的有几件？", E("jx", "r.carried_forward.total"))],
             "row switch 涧西 received → carried forward"))
    a(follow("en", [("How many disclosure lawsuits did people file against Huai'an directly, without reconsideration, in 2024?",
                     E("ha", "a.litigation_direct.total")),
                    ("And the ones filed after going through reconsideration?", E("ha", "a.litigation_after_review.total"))],
             "group switch 淮安 direct → after review"))
    a(follow("zh", [("沭阳县2025年个人新提交的信息公开申请有多少件？", E("sy", "r.received.natural_person")),
                    ("商业企业提交的呢？", E("sy", "r.received.commercial")),
                    ("法律服务机构呢？", E("sy", "r.received.legal_services"))],
             "column switch 沭阳 new requests (3 turns)"))
    a(follow("en", [("How many normative documents did STCSM issue in 2024?", E("kw", "c.normative_docs.issued")),
                    ("And how many are currently in force?", E("kw", "c.normative_docs.in_force"))],
             "column switch 上海市科委 issued → in force (text rows)"))
    a(follow("zh", [("上海市府办2025年从上一年结转过来的申请有多少件？", E("sh25", "r.carried_over.total")),
                    ("这里面个人的占几件？", E("sh25", "r.carried_over.natural_person")),
                    ("法律服务机构的呢？", E("sh25", "r.carried_over.legal_services"))],
             "column switch 上海市府办 2025 carried over (3 turns, text rows)"))
    a(follow("en", [("How many licensing decisions did Hongze District make in 2023?", E("hz23", "c.licensing.decisions")),
                    ("And Hongze's figure for 2024?", E("hz24", "c.licensing.decisions"))],
             "year switch 洪泽 2023 → 2024 (text row)"))
    a(follow("zh", [("淮安市2024年新制发了几件行政规范性文件？", E("ha", "c.normative_docs.issued")),
                    ("沭阳县2025年同样这个指标是多少？", E("sy", "c.normative_docs.issued"))],
             "body and year switch 淮安 2024 → 沭阳 2025"))
    a(follow("en", [("How many reconsiderations against the Shanghai General Office were upheld in 2019?",
                     E("sh19", "a.review.upheld")),
                    ("And for the lawsuits filed directly in court, how many were upheld?", E("sh19", "a.litigation_direct.upheld"))],
             "group switch 上海市府办 2019 review → direct litigation"))
    a(follow("zh", [("沭阳县2025年行政强制决定有多少个？", E("sy", "c.coercion.decisions")),
                    ("淮安市2024年呢？", E("ha", "c.coercion.decisions")),
                    ("洪泽区2023年的又是多少？", E("hz23", "c.coercion.decisions"))],
             "body switches 沭阳 → 淮安 → 洪泽 (3 turns)"))
    a(follow("en", [("How many Huai'an requests were refused in 2024 to protect third parties' lawful rights?",
                     E("ha", "r.withheld.third_party.total")),
                    ("And how many on state-secret grounds?", E("ha", "r.withheld.state_secret.total"))],
             "row switch 淮安 third party → state secret"))
    a(follow("zh", [("洪泽区2024年信息公开方面的行政复议有几件？", E("hz24", "a.review.total")),
                    ("直接起诉的行政诉讼呢？", E("hz24", "a.litigation_direct.total")),
                    ("复议之后再起诉的呢？", E("hz24", "a.litigation_after_review.total"))],
             "group switches 洪泽 2024 appeals (3 turns, text row)"))
    a(follow("en", [("How many requests did the Shanghai General Office treat as petitions or complaints and not process in 2025?",
                     E("sh25", "r.not_processed.petition.total")),
                    ("And how many were set aside as repeat requests?", E("sh25", "r.not_processed.duplicate.total"))],
             "row switch 上海市府办 2025 petition → duplicate (text rows)"))
    a(follow("zh", [("上海市政府办公厅2019年新制作了几件规章？", E("sh19", "c.regulations.made")),
                    ("规范性文件呢？", E("sh19", "c.normative_docs.made"))],
             "row switch 上海市府办 2019 regulations → normative documents (2019 format)"))
    a(follow("en", [("In 2020, how many reconsideration cases involving Jianxi were upheld?", E("jx", "a.review.upheld")),
                    ("And Huai'an in 2024?", E("ha", "a.review.upheld", alt=("结果维持 72", 72)))],
             "body and year switch 涧西 2020 → 淮安 2024; narrative 维持 72 agrees"))
    a(follow("zh", [("上海科委2024年个人新提交的申请有几件？", E("kw", "r.received.natural_person")),
                    ("企业交上来的呢？", E("kw", "r.received.commercial"))],
             "column switch 上海市科委 natural person → commercial (text rows)"))
    a(follow("en", [("How many Shuyang requests in 2025 were refused because they were administrative query matters?",
                     E("sy", "r.withheld.admin_query.total")),
                    ("What was that number for Huai'an in 2024?", E("ha", "r.withheld.admin_query.total"))],
             "body and year switch 沭阳 2025 → 淮安 2024"))
    a(follow("zh", [("洪泽区2023年因为本机关不掌握而没法提供的申请有几件？", E("hz23", "r.unable.not_held.total")),
                    ("到了2024年这个数字变成多少了？", E("hz24", "r.unable.not_held.total"))],
             "year switch 洪泽 2023 → 2024 (text row)"))
    a(follow("en", [("How many licensing decisions does Huai'an's 2024 report list?", E("ha", "c.licensing.decisions")),
                    ("And Shuyang in 2025?", E("sy", "c.licensing.decisions"))],
             "body and year switch 淮安 2024 → 沭阳 2025"))
    a(follow("zh", [("上海市府办2025年未经复议直接起诉的行政诉讼有几件？", E("sh25", "a.litigation_direct.total")),
                    ("其中到年底还没审结的呢？", E("sh25", "a.litigation_direct.pending"))],
             "outcome switch 上海市府办 2025 direct litigation (text row)"))
    a(follow("en", [("How many requests did Shuyang carry over from 2024 into 2025?", E("sy", "r.carried_over.total")),
                    ("And Huai'an's carried-over figure in its 2024 report?",
                     E("ha", "r.carried_over.total", alt=("含上年度结转", 34)))],
             "body switch 沭阳 2025 → 淮安 2024; narrative 34 agrees"))
    a(follow("zh", [("涧西区2020年政府集中采购花了多少钱？", E("jx", "c.procurement.amount", **WAN)),
                    ("上海市府办2019年的呢？", E("sh19", "c.procurement.amount", **WAN))],
             "body and year switch 涧西 2020 → 上海市府办 2019, money in 万元"))
    a(follow("en", [("What was Hongze District's administrative fee income in 2024, in 10,000 yuan?",
                     E("hz24", "c.fees.amount", **WAN)),
                    ("And for 2023?", E("hz23", "c.fees.amount", **WAN))],
             "year switch 洪泽 2024 → 2023 (text row), money in 万元"))
    a(follow("zh", [("淮安市2024年因为重复申请而不予处理的有几件？", E("ha", "r.not_processed.duplicate.total")),
                    ("沭阳县2025年的数字呢？", E("sy", "r.not_processed.duplicate.total"))],
             "body and year switch 淮安 2024 → 沭阳 2025"))
    a(follow("en", [("How many requests did the Shanghai General Office finish handling in 2019, all outcomes together?",
                     E("sh19", "r.total_processed.total", alt=("回落12.3%", 805))),
                    ("And the total handled in 2025?", E("sh25", "r.total_processed.total", alt=("1295", 1191)))],
             "year switch 上海市府办 2019 → 2025 (text row); narratives 805 / 办结 1191 agree"))
    a(follow("zh", [("沭阳县2025年直接起诉的信息公开诉讼，维持的有几件？", E("sy", "a.litigation_direct.upheld")),
                    ("复议后起诉里维持的呢？", E("sy", "a.litigation_after_review.upheld"))],
             "group switch 沭阳 direct → after review, upheld"))
    a(follow("en", [("How many requests did STCSM grant in full in 2024?", E("kw", "r.granted.total")),
                    ("And Hongze District in the same year?", E("hz24", "r.granted.total"))],
             "body switch 上海市科委 2024 → 洪泽 2024 (text rows)"))
    a(follow("zh", [("淮安市2024年因为没有现成信息、需要另行制作而无法提供的有几件？", E("ha", "r.unable.needs_creation.total")),
                    ("补正以后内容还是不明确的呢？", E("ha", "r.unable.unclear.total"))],
             "row switch 淮安 needs creation → unclear"))
    return out


# ------------------------------------------------------------------ [cannot] no number
def CANNOT():
    out = []
    a = out.append
    ind = "the report gives only aggregate counts; one person's own request cannot be identified in it"
    # one person's own request, told as a story
    a(cannot("zh", "我2024年5月给淮安市政府寄了申请，想要我们村征地补偿的名单，到现在也没收到回复。我那件在年报里算哪一栏？有没有被算进顺延的那103件里？",
             ind, "own request (story); quotes 103", [("ha", "r.carried_forward.total", 103)]))
    a(cannot("zh", "我爸2025年在沭阳申请查老宅的宅基地审批材料，被告知不予公开。他这件是不是沭阳年报里那13件“内部事务信息”之一？",
             ind, "own request (story); quotes 13", [("sy", "r.withheld.internal_affairs.total", 13)]))
    a(cannot("en", "My neighbour asked the Hongze district government in 2023 about the demolition plan for our street and only got part of it. Was his one of the 4 partial releases?",
             ind, "neighbour's request (story); quotes 4", [("hz23", "r.partially_granted.total", 4)]))
    a(cannot("en", "I sent the Shanghai General Office a request in spring 2025 and then pulled it back. Can you confirm mine is counted among the withdrawals in their report, and which row it landed in?",
             ind, "own withdrawn request (story)"))
    a(cannot("zh", "我2024年向上海市科委申请过一个科研项目的评审意见，他们说要另行制作，没给。我那件是哪天答复的，经办人是谁？",
             ind + "; no dates or case handlers are given", "own request (story)"))
    a(cannot("en", "Back in 2020 I asked Jianxi District for the minutes of a meeting about my street and they said they didn't have them. Am I one of the 2 'not held' cases, and what date was my reply sent?",
             ind, "own request (story); quotes 2", [("jx", "r.unable.not_held.total", 2)]))
    # named people / personal data
    a(cannot("zh", "淮安市2024年那26件未经复议直接起诉的行政诉讼里，原告有没有一个叫张立新的？",
             "the report names no applicant or plaintiff", "named person; quotes 26", [("ha", "a.litigation_direct.total", 26)]))
    a(cannot("en", "Which official at the Shuyang county government signed off the 2025 annual report, and what is their name?",
             "the report is signed by the county government only; no person is named", "named official"))
    a(cannot("zh", "上海市科委2024年那1件行政复议，申请人叫什么名字？",
             "the report names no applicant", "named person; quotes the single review",
             [("kw", None, "1件涉及政府信息公开工作的行政复议")]))
    a(cannot("en", "Could you list the phone numbers of the people behind Jianxi's 17 requests in 2020?",
             "personal data of applicants is not in the report (and would not be disclosed)", "personal data; quotes 17",
             [("jx", "r.received.total", 17)]))
    a(cannot("zh", "洪泽区2024年那95件申请的申请人，身份证号和家庭住址能发我一份吗？",
             "personal data of applicants is not in the report", "personal data; quotes 95",
             [("hz24", "r.received.total", 95)]))
    a(cannot("en", "What are the home addresses of the people who sued the Huai'an government after reconsideration in 2024?",
             "personal data of plaintiffs is not in the report", "personal data"))
    a(cannot("zh", "听说2025年有个叫李秀梅的在上海市府办申请了好几次，她一共申请了几件？",
             "the report names no applicant and counts no individual's requests", "named person"))
    # breakdowns the reports do not print
    a(cannot("zh", "淮安市2024年的3119件申请，每个月分别收了多少？", "no monthly breakdown is printed", "month; quotes 3119",
             [("ha", "r.received.total", 3119)]))
    a(cannot("en", "In which month of 2025 did Shuyang receive the most disclosure requests?", "no monthly breakdown is printed",
             "month"))
    a(cannot("zh", "上海市府办2025年第三季度新收了多少件申请？", "no quarterly breakdown is printed", "quarter"))
    a(cannot("en", "How many of Hongze's 21 requests in 2023 arrived in the first quarter?", "no quarterly breakdown is printed",
             "quarter; quotes 21", [("hz23", "r.received.total", 21)]))
    a(cannot("zh", "涧西区2020年17件个人申请，申请人里女性有几个？", "applicants are not broken down by sex", "sex; quotes 17",
             [("jx", "r.received.natural_person", 17)]))
    a(cannot("en", "What share of the individuals who applied to the Shanghai General Office in 2019 were women?",
             "applicants are not broken down by sex", "sex"))
    a(cannot("zh", "沭阳县2025年705件个人申请中，60岁以上老人提的有多少件？", "applicants are not broken down by age",
             "age; quotes 705", [("sy", "r.received.natural_person", 705)]))
    a(cannot("en", "How many of the 3001 requests from individuals to Huai'an in 2024 came from people under 30?",
             "applicants are not broken down by age", "age; quotes 3001", [("ha", "r.received.natural_person", 3001)]))
    a(cannot("zh", "淮安2024年的申请里，网上提交的有多少件，寄信的又有多少件？", "requests are not broken down by channel",
             "channel"))
    a(cannot("en", "Of STCSM's 34 new requests in 2024, how many came in through the online system and how many by post?",
             "requests are not broken down by channel", "channel; quotes 34", [("kw", "r.received.total", 34)]))
    a(cannot("zh", "上海市政府办公厅2019年当面到窗口递交的申请有几件？", "requests are not broken down by channel "
             "(the report mentions in-person consultation without a number)", "channel"))
    a(cannot("en", "How many of Shuyang's 2025 requests were about land acquisition and demolition?",
             "requests are not broken down by topic", "topic"))
    a(cannot("zh", "上海市府办2025年的1295件申请里，跟旧区改造有关的有多少件？", "requests are not broken down by topic",
             "topic; quotes 1295", [("sh25", "r.received.total", 1295)]))
    a(cannot("en", "Among the 95 requests Hongze handled in 2024, how many were about housing?",
             "requests are not broken down by topic", "topic; quotes 95", [("hz24", "r.total_processed.total", 95)]))
    a(cannot("zh", "沭阳县2025年哪个乡镇被申请公开得最多，有多少件？", "no township breakdown is printed", "township"))
    a(cannot("en", "Break down Huai'an's 2024 requests by district: how many concerned Qingjiangpu, Huaiyin and Huai'an District?",
             "no district breakdown is printed", "district"))
    a(cannot("zh", "上海市府办2025年受理的申请中，住在浦东新区的人提交了多少件？", "no breakdown by residence or district is printed",
             "residence / district"))
    a(cannot("en", "Of the 769 'information not held' replies in Huai'an in 2024, how many came from the natural resources bureau?",
             "no department breakdown is printed", "department; quotes 769", [("ha", "r.unable.not_held.total", 769)]))
    a(cannot("zh", "沭阳县2025年61件行政复议里，针对县公安局的有几件？", "no department breakdown is printed",
             "department; quotes 61", [("sy", "a.review.total", 61)]))
    a(cannot("en", "Which Shanghai municipal bureau accounted for most of the General Office's 513 'not held' answers in 2025?",
             "no department breakdown is printed", "department; quotes 513", [("sh25", "r.unable.not_held.total", 513)]))
    a(cannot("zh", "淮安市2024年商业企业提的53件申请都来自哪些行业？制造业的有几件？",
             "companies are not broken down by industry", "industry; quotes 53", [("ha", "r.received.commercial", 53)]))
    a(cannot("en", "The Shanghai General Office got 36 new requests from companies in 2025 — how many of those firms were property developers?",
             "companies are not broken down by industry", "industry; quotes 36", [("sh25", "r.received.commercial", 36)]))
    a(cannot("zh", "上海市府办2019年企业提交的35件申请里，外资企业占了几件？",
             "companies are not broken down by ownership or nationality", "sub-group / nationality; quotes 35",
             [("sh19", "r.received.commercial", 35)]))
    a(cannot("en", "STCSM's WeChat account had 1016823 followers according to its 2024 report. How many of them are researchers?",
             "followers are not broken down by kind", "kind of followers; quotes 1016823",
             [("kw", None, "关注人数达1016823人")]))
    a(cannot("zh", "市科委2024年报告说“上海科技”视频号粉丝54373个，这里面上海本地的有多少？",
             "followers are not broken down by residence", "followers' residence; quotes 54373",
             [("kw", None, "粉丝数54373")]))
    a(cannot("en", "The Shanghai international services portal had 10 language versions in 2025. How many of its users were foreign companies rather than individuals?",
             "users are not broken down by kind", "kind of users; quotes 10 languages",
             [("sh25", None, "覆盖10个语种")]))
    a(cannot("zh", "淮安市2024年出的6期政府公报，每期印了多少份、主要是哪些人在看？",
             "print runs and readership are not stated", "readers; quotes 6 issues",
             [("ha", None, "《淮安市人民政府公报》6期")]))
    a(cannot("en", "How many of the people who applied to Jianxi District in 2020 lived outside Luoyang?",
             "applicants are not broken down by residence", "residence"))
    a(cannot("zh", "上海市政府办公厅2025年的申请人里有多少是外国人？", "applicants are not broken down by nationality",
             "nationality"))
    a(cannot("en", "Did any foreign nationals file requests with the Shuyang county government in 2025, and how many?",
             "applicants are not broken down by nationality", "nationality"))
    # quantities the reports do not state
    a(cannot("zh", "淮安市2024年平均多少个工作日答复一件申请？", "response times are not stated", "response days"))
    a(cannot("en", "On average, how many days did the Shanghai General Office need to reply to a request in 2025?",
             "response times are not stated", "response days"))
    a(cannot("en", "How many staff handle information disclosure at the Hongze district government office, per its 2024 report?",
             "staff numbers are not stated", "staff"))
    a(cannot("zh", "涧西区政府办2020年有几个专职做政务公开的工作人员？",
             "staff numbers are not stated (the report only says more full-time staff are needed)", "staff"))
    a(cannot("en", "How many people sit on STCSM's disclosure coordination group in 2024?",
             "the size of the coordination group is not stated", "staff"))
    a(cannot("zh", "沭阳县2025年做那52条爆款短视频一共花了多少钱？", "costs are not stated", "cost; quotes 52",
             [("sy", None, "爆款内容52条")]))
    a(cannot("en", "What did Huai'an spend on producing its 21 policy interpretation products in 2024?",
             "costs are not stated", "cost; quotes 21", [("ha", None, "政策解读21个")]))
    a(cannot("zh", "上海市政府办公厅2025年政务公开工作的预算是多少？", "budgets are not stated", "budget"))
    a(cannot("en", "How big was the Shanghai General Office's 2019 budget for revamping the English version of its portal?",
             "budgets are not stated (the revamp is mentioned without a figure)", "budget"))
    a(cannot("zh", "沭阳县2025年群众对依申请公开办理的满意度是百分之多少？",
             "no satisfaction figure is stated", "satisfaction"))
    a(cannot("en", "What satisfaction score did applicants give the Huai'an government for its 2024 disclosure replies?",
             "no satisfaction figure is stated", "satisfaction"))
    a(cannot("zh", "洪泽区2023年政府信息公开咨询电话一年接了多少个？", "phone calls are not counted", "phone calls"))
    a(cannot("en", "How many phone calls did the Shanghai General Office make to applicants in 2019 to clarify what they wanted?",
             "phone calls are not counted (the report mentions phone contact without a number)", "phone calls"))
    # reasons behind a count
    a(cannot("zh", "为什么洪泽区新收的申请从2023年的21件涨到了2024年的95件？", "the reports give no reason for the change",
             "reason; quotes 21 and 95", [("hz23", "r.received.total", 21), ("hz24", "r.received.total", 95)]))
    a(cannot("en", "Why did requests to the Shanghai General Office drop by 12.3% in 2019?",
             "the report states the drop but gives no reason", "reason; quotes 12.3%", [("sh19", None, "回落12.3%")]))
    a(cannot("zh", "淮安市2024年行政复议“其他结果”有178件，为什么会这么多？", "the report gives no reason",
             "reason; quotes 178", [("ha", "a.review.other", 178)]))
    a(cannot("en", "Why were 143 of Shuyang's 2025 requests closed as 'other' — what actually happened to them?",
             "the report gives no reason or description", "reason; quotes 143", [("sy", "r.other.other.total", 143)]))
    a(cannot("zh", "上海市府办2025年为什么有293件申请要结转到下一年？", "the report gives no reason for the carried-forward count",
             "reason; quotes 293", [("sh25", "r.carried_forward.total", 293)]))
    # forecasts
    a(cannot("zh", "沭阳县2026年估计会收到多少件信息公开申请？", "forecasts are not in the reports", "forecast"))
    a(cannot("en", "Going by the trend, how many disclosure requests will Huai'an get in 2025?",
             "forecasts are not in the reports (and no 2025 report of Huai'an is held)", "forecast"))
    a(cannot("en", "Will the Hongze district government be sued more often in 2025 than in 2024? Give me a number.",
             "forecasts are not in the reports", "forecast"))
    # opinions
    a(cannot("zh", "你觉得淮安市2024年的政府信息公开工作打几分合适？", "an opinion, not a fact in the report", "opinion"))
    a(cannot("en", "In your view, was Shuyang right to refuse 13 requests as internal affairs in 2025?",
             "an opinion, not a fact in the report", "opinion; quotes 13", [("sy", "r.withheld.internal_affairs.total", 13)]))
    a(cannot("zh", "上海市府办2019年和2025年比，哪一年的信息公开工作做得更好？说说你的看法。",
             "an opinion, not a fact in the reports", "opinion"))
    a(cannot("en", "Is 95 requests a lot for a district like Hongze in 2024? Should people there be worried?",
             "an opinion, not a fact in the report", "opinion; quotes 95", [("hz24", "r.received.total", 95)]))
    # sub-groups of a printed count
    a(cannot("zh", "淮安市2024年予以公开的1362件里，有多少是当天就答复的？", "no such sub-count is printed",
             "sub-group; quotes 1362", [("ha", "r.granted.total", 1362)]))
    a(cannot("en", "Of the 72 upheld reconsiderations in Huai'an in 2024, how many concerned land expropriation?",
             "no such sub-count is printed", "sub-group; quotes 72", [("ha", "a.review.upheld", 72)]))
    a(cannot("zh", "沭阳2025年全部公开的294件申请里，涉及教育的有几件？", "no such sub-count is printed",
             "sub-group / topic; quotes 294", [("sy", "r.granted.total", 294)]))
    a(cannot("en", "Shanghai General Office 2025: of the 1259 requests from individuals, how many were filed by retirees?",
             "no such sub-count is printed", "sub-group; quotes 1259", [("sh25", "r.received.natural_person", 1259)]))
    a(cannot("zh", "上海科委视频号2024年那118场直播里，有几场是讲科创政策的？", "no such sub-count is printed",
             "sub-group; quotes 118", [("kw", None, "直播118场")]))
    a(cannot("en", "Of the 52 viral posts Shuyang had in 2025, how many were on Douyin?", "no platform breakdown is printed",
             "sub-group / channel; quotes 52", [("sy", None, "爆款内容52条")]))
    a(cannot("zh", "淮安市2024年那95个政务新媒体里，微信公众号有几个？", "no breakdown of the accounts is printed",
             "sub-group; quotes 95", [("ha", None, "政务新媒体共计95个")]))
    a(cannot("en", "The Shanghai international services portal published 13528 items by 2025. How many of them were in Italian?",
             "no breakdown by language is printed", "sub-group; quotes 13528", [("sh25", None, "13528")]))
    a(cannot("zh", "洪泽区2024年的9487个行政许可决定中，给个体工商户办的有多少？", "no such sub-count is printed",
             "sub-group; quotes 9487", [("hz24", "c.licensing.decisions", 9487)]))
    # one body's figure attributed to another body
    a(cannot("zh", "淮安市2024年那3119件申请里，有多少件是洪泽区政府受理的？",
             "the city report does not split its count by district body", "other body's share; quotes 3119",
             [("ha", "r.received.total", 3119)]))
    a(cannot("en", "How many of the Shanghai General Office's 55 reconsideration cases in 2025 were really about STCSM's replies?",
             "the report does not attribute its cases to other bodies", "other body's share; quotes 55",
             [("sh25", "a.review.total", 55)]))
    a(cannot("zh", "沭阳县2025年749件申请中，宿迁市政府转过来的有几件？", "the report does not say where requests were forwarded from",
             "other body's share; quotes 749", [("sy", None, "749")]))
    a(cannot("en", "What share of Huai'an's 351 reconsideration cases in 2024 were brought against the Hongze district government?",
             "the report does not attribute cases to district bodies", "other body's share; quotes 351",
             [("ha", "a.review.total", 351)]))
    # bodies / years not in the corpus
    a(cannot("zh", "洪泽区2022年收到了多少件信息公开申请？", "洪泽区 2022 report is not in the corpus", "year not held"))
    a(cannot("en", "How many requests did Shuyang County receive in 2024?", "沭阳县 2024 report is not in the corpus",
             "year not held"))
    a(cannot("zh", "南京市政府2024年信息公开行政复议有多少件？", "南京市 is not in the corpus", "body not held"))
    a(cannot("en", "What was Pudong New Area's count of new disclosure requests in 2025?", "浦东新区 is not in the corpus",
             "body not held"))
    a(cannot("zh", "上海市科委2023年新收了几件申请？", "上海市科委 2023 report is not in the corpus", "year not held"))
    a(cannot("en", "How many requests did the Jianxi district government office get in 2021?",
             "涧西区 2021 report is not in the corpus", "year not held"))
    return out


def CONVERSATIONS():
    convs = PLAIN() + COMBINE() + RANK() + NEIGHBOUR() + TEXTONLY() + FOLLOWUP() + CANNOT()
    seen = set()
    for c in convs:
        for t in c["turns"]:
            if t["question"] in seen:
                raise ValueError("duplicate question %r" % t["question"])
            seen.add(t["question"])
    return convs
