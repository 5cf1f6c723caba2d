"""Question bank of the fifteenth blind set (evals/blind15), written from scratch.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here except narrative numbers, which helpers15.EN verifies in the
sentence cut from the report. Table values come from gold/*.json or printed rows (SPECS).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib15 as L  # noqa: E402
from helpers15 import C, E, ED, EN, ER, EU  # noqa: E402

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

# where the narrative states the same number as the table cell: both readings accepted
ALT = {
    ("ha", "r.received.total"): ("全市共受理", 3119),
    ("ha", "r.total_processed.total"): ("全市共受理", 3050),
    ("ha", "r.carried_over.total"): ("全市共受理", 34),
    ("ha", "r.carried_forward.total"): ("全市共受理", 103),
    ("ha", "a.review.total"): ("其中结果维持 72", 351),
    ("ha", "a.review.upheld"): ("其中结果维持 72", 72),
    ("ha", "a.review.corrected"): ("其中结果维持 72", 64),
    ("ha", "a.review.other"): ("其中结果维持 72", 178),
    ("ha", "a.review.pending"): ("其中结果维持 72", 37),
    ("hz23", "r.received.total"): ("全区受理", 21),
    ("sh19", "r.received.total"): ("代表市政府共受理", 859),
    ("sh19", "r.total_processed.total"): ("代表市政府共受理", 805),
    ("sh19", "r.carried_over.total"): ("代表市政府共受理", 18),
    ("sh19", "r.carried_forward.total"): ("代表市政府共受理", 72),
    ("sh19", "c.normative_docs.made"): ("行政规范性文件60件", 60),
    ("sh19", "c.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "a.review.total"): ("信息公开类行政复议7件", 7),
    ("sh19", "a.litigation_direct.total"): ("信息公开类行政复议7件", 9),
    ("jx", "r.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "r.total_processed.total"): ("全年共收到依申请公开", 15),
    ("jx", "r.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "r.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "r.granted.total"): ("同意公开答复", 9),
    ("sh25", "r.received.total"): ("市政府共受理", 1295),
    ("sh25", "r.total_processed.total"): ("市政府共受理", 1191),
    ("sh25", "r.carried_over.total"): ("市政府共受理", 189),
    ("sy", "r.total_processed.total"): ("共办理 718", 718),
    ("sy", "r.carried_forward.total"): ("共办理 718", 31),
}


MONEY_KEYS = ("c.fees.amount", "c.procurement.amount")


def money(keys, kw):
    ks = [keys] if isinstance(keys, str) else keys
    if any(k in MONEY_KEYS for k in ks):
        kw["unit"] = "万元"
    return kw


def EX(b, keys, **kw):
    """table expect; a single key the narrative also states gets the text alternative."""
    money(keys, kw)
    if isinstance(keys, str) and (b, keys) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, keys)]
    return E(b, keys, **kw)


def plain(lang, b, keys, q, note):
    return C("value", lang, [(q, EX(b, keys))], "[plain] " + note)


def trap(lang, b, keys, q, note):
    return C("trap", lang, [(q, EX(b, keys))], "[neighbour] " + note)


def add(lang, b, keys, q, note):
    return C("sum", lang, [(q, E(b, keys))], "[combine] sum: " + note)


def diff(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + note)


def rank(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **money(keys, {})))], "[rank] " + note)


def text(lang, b, kwd, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, kwd, value, unit, frm))], "[textonly] " + note)


def cannot(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def follow(lang, turns, note):
    """turns: [(question, body, keys), ...]"""
    return C("followup", lang, [(q, EX(b, k)) for q, b, k in turns], "[followup] " + note)


def CONVERSATIONS():
    out = []
    P = out.append
    # ------------------------------------------------------------------ [plain]
    for lang, b, k, q, n in [
        ("zh", "ha", "r.received.total", "我上个月帮我爸给淮安市政府递了个信息公开申请，一直没回音，挺好奇他们一年到底收多少这种申请。2024年淮安市政府新收了多少件？", "citizen story, new requests"),
        ("en", "ha", "r.received.total", "how many info disclosure requests did Huai'an city government get new in 2024", "terse, new requests"),
        ("zh", "ha", "r.granted.total", "淮安2024年 申请了直接全给公开的有几件", "phone, fully granted"),
        ("en", "ha", "r.granted.total", "For Huaian city 2024, how many applications ended with the government simply handing over everything that was asked (予以公开)?", "English with label, granted"),
        ("zh", "ha", "r.partially_granted.total", "记者求证：淮安市人民政府2024年度依申请公开中，只公开了一部分、其余没给的，共多少件？", "journalist, partially granted"),
        ("en", "ha", "r.unable.not_held.total", "Huai'an 2024: number of times the city said 'we don't have that info' in reply to a request?", "not held, colloquial"),
        ("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年有多少申请被当成行政查询事项给挡回去不公开的", "admin query withheld"),
        ("en", "ha", "r.not_processed.petition.total", "hi, in 2024 huai an gov, how many requests were really complaints/petitions so they didnt process them as disclosure?", "petition not processed, non-native"),
        ("zh", "ha", "r.other.overdue_correction.total", "2024年淮安市政府那边，让申请人补正材料结果人家过期了也没补的，算下来多少件", "overdue correction"),
        ("en", "ha", "r.other.overdue_fee.total", "Huaian 2024 — requests dropped because the applicant never paid the processing fee in time, how many?", "overdue fee"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了几件行政规范性文件？", "normative docs repealed"),
        ("en", "ha", "c.licensing.decisions", "What's the count of administrative licensing decisions (行政许可) Huai'an reported for 2024?", "licensing"),
        ("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱（万元）", "fees in 万元"),
        ("en", "ha", "a.review.corrected", "huaian 2024 admin reconsideration cases about disclosure that got overturned / corrected — number?", "review corrected"),
        ("zh", "ha", "a.litigation_direct.total", "我是12345热线的，有位来电群众问：2024年淮安市政府因为信息公开被人直接告上法院（没先走复议）的一共几起？", "help-desk relay, direct litigation total"),
        ("en", "ha", "r.carried_forward.total", "Huai'an city, 2024. Requests still open at year end and pushed to the next year?", "carried forward"),
        ("zh", "ha", "r.received.legal_services", "2024年淮安市政府收到的申请里，律师事务所这类法律服务机构提的新申请有几件", "legal services column"),
        ("en", "ha", "r.received.natural_person", "In FY2024 how many brand-new requests to Huai'an City Government came from private individuals?", "natural person new"),
        ("zh", "ha", "r.withheld.third_party.total", "淮安市2024 因为会损害第三方合法权益不公开的 几件", "third party withheld, no punctuation"),
        ("en", "ha", "c.punishment.decisions", "administrative penalty decisions Huai'an 2024?", "terse, punishment"),
        ("zh", "ha", "a.litigation_after_review.pending", "淮安市政府2024年，复议完了又去打官司的案子里，到年底还没判下来的有几个？", "after review pending"),
        ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: how many asks couldn't be met because the info would have to be newly compiled (没有现成信息需要另行制作)?", "needs creation"),
        ("zh", "hz23", "r.received.total", "洪泽区2023年一共新收到几件政府信息公开申请？", "new requests"),
        ("en", "hz23", "r.unable.not_held.total", "Hongze District 2023 — how many times did the district govt reply it doesn't hold the information?", "not held"),
        ("zh", "hz23", "r.partially_granted.total", "洪泽23年部分公开的多少", "phone terse"),
        ("en", "hz23", "c.punishment.decisions", "How many administrative penalties did Hongze district decide in 2023?", "punishment"),
        ("zh", "hz23", "c.licensing.decisions", "我在写论文，想要洪泽区人民政府2023年报告第二部分里“行政许可 本年处理决定数量”那个数", "student quoting table, licensing"),
        ("en", "hz23", "c.fees.amount", "Hongze 2023 administrative and institutional fees collected, in 10k yuan?", "fees"),
        ("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府二〇二三年，申请的东西要重新做才能给、所以没提供的，有几件", "needs creation"),
        ("en", "hz23", "a.review.upheld", "Hongze district 2023: reconsideration cases where the original decision was upheld?", "review upheld"),
        ("zh", "hz23", "c.coercion.decisions", "洪泽区2023年行政强制决定有多少", "coercion"),
        ("en", "hz23", "c.normative_docs.in_force", "how many normative documents were still in force for Hongze (2023 report)?", "in force"),
        ("zh", "sy", "r.received.total", "沭阳县2025年表里本年新收的政府信息公开申请是多少件？不算上一年结转过来的", "new requests, excludes carried over"),
        ("en", "sy", "r.granted.total", "Shuyang County 2025, how many info requests were fully granted?", "granted"),
        ("zh", "sy", "r.other.other.total", "沭阳2025年依申请公开里“其他”处理的那一类（不是逾期补正也不是逾期缴费的）有几件", "other.other"),
        ("en", "sy", "r.withheld.internal_affairs.total", "Shuyang 2025 — requests refused because it was internal affairs info (内部事务信息)?", "internal affairs"),
        ("zh", "sy", "r.unable.not_held.total", "帮邻居问一下，沭阳县政府2025年回复“本机关不掌握”的申请总共多少件", "not held"),
        ("en", "sy", "c.licensing.decisions", "What number of licensing decisions did Shuyang County report for 2025?", "licensing"),
        ("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新发了几件行政规范性文件", "normative issued"),
        ("en", "sy", "a.review.total", "shuyang 2025 total admin reconsideration cases on disclosure", "review total"),
        ("zh", "sy", "a.review.pending", "沭阳县2025年信息公开的复议案子，年底还没审完的剩几件？", "review pending"),
        ("en", "sy", "a.litigation_after_review.total", "In 2025, how many lawsuits did Shuyang face after the applicant had already been through reconsideration?", "after review total"),
        ("zh", "sy", "r.received.legal_services", "沭阳2025年律所之类的法律服务机构新递交的申请几件", "legal services"),
        ("en", "sy", "r.other.overdue_fee.total", "Shuyang County 2025, how many requests were closed because people didn't pay the fee by the deadline?", "overdue fee"),
        ("zh", "sy", "c.fees.amount", "沭阳县政府2025年行政事业性收费金额是多少万元", "fees"),
        ("en", "sy", "c.punishment.decisions", "Shuyang 2025 penalty decisions number pls", "punishment terse"),
        ("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025 重复申请不予处理的 几件", "duplicate"),
        ("en", "sy", "r.carried_over.total", "How many requests did Shuyang County bring forward into 2025 from the year before?", "carried over"),
        ("zh", "sy", "a.review.corrected", "沭阳县2025年信息公开行政复议被纠正的多少件", "review corrected"),
        ("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025: refusals because the file was an administrative enforcement case file?", "enforcement files"),
        ("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少信息公开申请", "new requests"),
        ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly available (对外公开总数量)?", "total published"),
        ("zh", "sh19", "r.carried_forward.total", "2019年上海市府办有多少申请拖到下一年才答复", "carried forward"),
        ("en", "sh19", "c.regulations.total_published", "In 2019 how many regulations in total had the Shanghai municipal government general office made public overall?", "regulations total published"),
        ("zh", "sh19", "c.procurement.amount", "上海市人民政府办公厅2019年政府集中采购的项目金额多少万元", "procurement amount"),
        ("en", "sh19", "r.received.commercial", "2019, Shanghai general office — new requests filed by businesses (商业企业)?", "commercial column"),
        ("zh", "sh19", "r.unable.not_held.natural_person", "19年上海市府办，老百姓个人申请的里面答复“不掌握”的有几件", "not held natural person"),
        ("en", "sh19", "a.review.upheld", "shanghai govt general office 2019 reconsiderations upheld?", "review upheld"),
        ("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年自然人申请中，被认定为信访举报投诉类、不予处理的有多少件？", "petition natural person"),
        ("en", "sh19", "r.withheld.state_secret.natural_person", "How many requests from individuals did the Shanghai General Office turn down as state secrets in 2019?", "state secret natural person"),
        ("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请几件", "granted"),
        ("en", "jx", "r.received.total", "Jianxi District government office — how many disclosure applications did it receive in 2020?", "received"),
        ("zh", "jx", "c.procurement.projects", "涧西区人民政府办公室2020年政府集中采购项目有几个", "procurement projects"),
        ("en", "jx", "c.procurement.amount", "jianxi 2020 centralized procurement total amount (10k yuan)", "procurement amount"),
        ("zh", "jx", "r.unable.not_held.total", "涧西区2020年说自己没有这条信息的答复有几件", "not held"),
        ("en", "jx", "c.normative_docs.made", "Jianxi 2020: how many normative documents were newly drawn up?", "normative made"),
        ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件", "licensing (printed row)"),
        ("en", "hz24", "c.punishment.decisions", "Hongze District, 2024: number of administrative penalty decisions?", "punishment (printed row)"),
        ("zh", "hz24", "r.granted.total", "洪泽区政府2024年的年报里，依申请予以公开的有多少件", "granted (printed row)"),
        ("en", "hz24", "r.unable.not_held.total", "hongze 2024 how many requests got 'we dont hold this info'", "not held (printed row)"),
        ("zh", "hz24", "c.normative_docs.in_force", "截至2024年底洪泽区现行有效的行政规范性文件几件", "in force (printed row)"),
        ("en", "hz24", "c.coercion.decisions", "Hongze 2024 administrative coercion (行政强制) decisions?", "coercion (printed row)"),
        ("zh", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费金额（万元）", "fees (printed row)"),
        ("en", "kw", "r.received.total", "The Shanghai science commission (STCSM) — how many new disclosure requests in 2024?", "received (printed row)"),
        ("zh", "kw", "c.licensing.decisions", "上海科委2024年行政许可决定多少件", "licensing (printed row)"),
        ("en", "kw", "c.normative_docs.in_force", "Shanghai Science and Technology Commission 2024: normative documents currently in force?", "in force (printed row)"),
        ("zh", "kw", "r.received.commercial", "市科委2024年新收的申请里企业提的有几件", "commercial (printed row)"),
        ("en", "kw", "r.total_processed.total", "STCSM 2024 how many requests handled in total (办理总计)?", "total processed (printed row)"),
        ("zh", "kw", "r.granted.total", "上海市科学技术委员会2024年同意公开的申请有几件", "granted (printed row), text agrees"),
        ("en", "sh25", "r.received.total", "How many information disclosure applications did Shanghai's General Office take in during 2025?", "received (printed row), text agrees"),
        ("zh", "sh25", "r.granted.total", "上海市府办2025年表格里予以公开那一行的总数是多少", "granted (printed row)"),
        ("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025, requests answered with 'this office doesn't hold it'?", "not held (printed row)"),
        ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅收到的申请里，实际上是信访投诉、所以没按信息公开处理的有几件", "petition (printed row)"),
        ("en", "sh25", "a.review.total", "shanghai general office 2025 admin reconsideration total", "review total (printed row)"),
        ("zh", "sh25", "r.carried_forward.total", "上海市政府办公厅2025年结转到下年度继续办理的有多少件？", "carried forward (printed row)"),
        ("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office, 2025: lawsuits filed directly (no reconsideration first) still undecided at year end?", "direct pending (printed row)"),
        ("zh", "sh25", "r.received.natural_person", "二〇二五年上海市府办新收申请中个人（自然人）申请的件数", "natural person (printed row)"),
        ("en", "sh25", "r.unable.needs_creation.total", "In 2025 how many requests to the Shanghai General Office failed because there was no ready-made info and it would need to be created?", "needs creation (printed row)"),
        ("zh", "sh25", "r.not_processed.duplicate.total", "上海市府办25年重复申请的有几件", "duplicate (printed row)"),
        ("en", "ha", "c.regulations.in_force", "Huai'an 2024 report: how many municipal government rules (规章) are currently valid?", "regulations in force"),
        ("zh", "ha", "a.review.pending", "淮安市政府2024年信息公开行政复议尚未审结的几件", "review pending, text agrees"),
    ]:
        P(plain(lang, b, k, q, n))
    # ------------------------------------------------------------------ [combine] sums
    for lang, b, ks, q, n in [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年，全部公开的加上公开了一部分的，一共多少件申请拿到了信息？", "granted + partially granted"),
        ("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024 - add up the requests that were fully released and the ones partly released, what's the total?", "granted + partially granted"),
        ("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "2024年淮安市政府信息公开方面被起诉的，不管是直接起诉还是复议后再起诉，表里两个加起来是多少", "direct + after review lawsuits"),
        ("en", "ha", ["c.punishment.decisions", "c.coercion.decisions"], "For Huaian in 2024, penalties plus coercive measures decided, combined?", "punishment + coercion"),
        ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年，没有这信息的和要另外制作才能给的，这两种加一起多少", "not held + needs creation"),
        ("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: requests closed for failing to correct the application, for not paying the fee, and for other reasons — sum of the three?", "three 'other' rows"),
        ("zh", "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年的复议案，维持的跟纠正的合计几件", "review upheld + corrected"),
        ("en", "sy", ["r.received.total", "r.carried_over.total"], "Shuyang County 2025 - new requests in the table plus the ones left over from 2024, added together?", "new + carried over"),
        ("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "2019年上海市府办新收的申请，个人提的和企业提的加起来是多少", "natural person + commercial"),
        ("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: rules newly made plus normative documents newly made, total?", "regulations + normative made"),
        ("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因为国家秘密、过程性信息、行政执法案卷这三个原因不公开的，加总几件", "three withheld rows"),
        ("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023, licensing + penalty + coercion decisions all together?", "three decision counts"),
        ("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的和答复不掌握的加一起是几件", "granted + not held"),
        ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: if you count every reason a request was refused (secrets, banned by law, security/stability, third party, internal affairs, process info, enforcement files, admin queries), how many refusals altogether?", "all eight withheld rows"),
        ("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "淮安2024年不予处理的五种情况（信访投诉、重复申请、要公开出版物、申请太多、要求再确认）全部加起来几件", "five not-processed rows"),
        ("en", "sy", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services"], "shuyang 2025 fully granted requests from individuals, companies and law firms — add them", "three columns of granted"),
    ]:
        P(add(lang, b, ks, q, n))
    # ------------------------------------------------------------------ [combine] differences
    for lang, b1, b2, ks, q, n in [
        ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？", "licensing 2023->2024"),
        ("en", "hz23", "hz24", "c.punishment.decisions", "Hongze district penalty decisions: change from 2023 to 2024 (2024 minus 2023)?", "punishment 2023->2024"),
        ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽 行政强制 2024年跟2023年比差多少（24减23）", "coercion"),
        ("en", "hz23", "hz24", "r.unable.not_held.total", "How did Hongze's 'info not held' answers change between 2023 and 2024? give 2024 minus 2023", "not held"),
        ("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效的行政规范性文件，2024年底比2023年底多几件", "normative in force"),
        ("en", "sh19", "sh25", "r.received.total", "Shanghai General Office requests received: 2025 vs 2019, how many more?", "received 2019->2025"),
        ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转到下年度的申请，2025年比2019年增加了多少件", "carried forward"),
        ("en", "sh19", "sh25", "a.review.total", "Shanghai general office reconsideration cases 2019 vs 2025 — difference (2025 minus 2019)?", "review total"),
        ("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办 直接起诉的信息公开官司 2025年比2019年多几起", "direct litigation"),
        ("en", "sh19", "sh25", "r.received.natural_person", "By how much did new requests from individuals to Shanghai's General Office grow from 2019 to 2025?", "received natural person"),
    ]:
        kw = {}
        if (b2, ks) in ALT:
            kw["alt"] = ALT[(b2, ks)]
        P(diff(lang, b1, b2, ks, q, n, **money(ks, kw)))
    # ------------------------------------------------------------------ [rank]
    for lang, bs, ks, order, q, n in [
        ("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，这三家谁新收的信息公开申请最多", "received desc"),
        ("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Which got the fewest new requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?", "received asc"),
        ("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "结转到下一年的申请，淮安2024、沭阳2025、上海市府办2019三个里哪个最少", "carried forward asc"),
        ("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "licensing decisions — who had the most: Huaian (2024), Shuyang (2025) or Hongze (2023)?", "licensing desc"),
        ("zh", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "行政事业性收费金额，淮安市2024年、沭阳县2025年、洪泽区2023年哪家最低？", "fees asc"),
        ("en", ["ha", "sy", "jx"], "r.unable.not_held.total", "desc", "Among Huai'an 2024, Shuyang 2025 and Jianxi 2020, which answered 'not held' most often?", "not held desc"),
        ("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的信息公开行政诉讼，淮安2024、沭阳2025、上海市府办2019、涧西2020，哪个最多", "direct litigation desc"),
        ("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Of Huai'an (2024), Shuyang County (2025) and Hongze District (2023), who issued the fewest administrative penalties?", "punishment asc"),
        ("zh", ["ha", "sy", "jx"], "r.granted.total", "desc", "予以公开的件数，淮安市2024年 沭阳县2025年 涧西区2020年 排第一的是谁", "granted desc"),
        ("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "normative docs in force: Huaian 2024 vs Shuyang 2025 vs Hongze 2023, which has the most?", "in force desc"),
        ("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "行政强制决定最少的是哪家：淮安市（2024年）、沭阳县（2025年）、洪泽区（2023年）", "coercion asc"),
        ("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc", "Total requests handled: which was highest, Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", "total processed desc"),
        ("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上年结转过来的申请，淮安2024年、沭阳2025年、上海市政府办公厅2019年，谁最多？", "carried over desc"),
    ]:
        P(rank(lang, bs, ks, order, q, n))
    # ------------------------------------------------------------------ [textonly]
    for lang, b, kwd, v, unit, q, n in [
        ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化规范化搞了多少个试点领域", "pilot areas"),
        ("en", "jx", "办结率88.2%", 88.2, "%", "What completion rate did Jianxi District's government office give for its 2020 requests, in percent?", "completion rate"),
        ("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市政府2024年出了几期政府公报", "gazette issues"),
        ("en", "ha", "等新闻发布会 12 场", 12, "场", "How many press conferences did Huai'an hold in 2024 according to its report?", "press conferences"),
        ("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市在运营的政务新媒体账号有多少个（2024年报）", "new-media accounts"),
        ("en", "ha", "信息处理费 3940 元", 3940, "元", "huaian 2024 how much did the city collect in information processing fees, in yuan", "processing fee"),
        ("zh", "ha", "全年组织 4 次", 4, "次", "2024年淮安对政府信息公开栏目做了几次全覆盖检查", "checks"),
        ("en", "ha", "政策解读21", 21, "个", "Huai'an 2024: number of policy explainers (解读) produced in text and images?", "policy interpretations"),
        ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items"),
        ("en", "hz23", "主动公开政府信息 1136", 1136, "条", "Hongze District 2023 — how many pieces of info did it proactively post on its government website?", "portal items"),
        ("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区24年网站主动发布的政府信息一共多少条", "portal items"),
        ("en", "hz24", "公开政府常务会议 7期", 7, "期", "How many executive meetings of the district government did Hongze make public in 2024?", "executive meetings"),
        ("zh", "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区2024年报告正文里说区政府办代表区政府受理了多少件申请", "17 in text (table says 95 new) — asked with the text's wording"),
        ("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public consultation via the county portal?", "consultations"),
        ("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳2025年政务新媒体出了多少条爆款", "viral posts"),
        ("en", "sy", "推送系列原创短视频1113", 1113, "个", "how many original short videos did Shuyang county push out in 2025", "short videos"),
        ("zh", "sy", "全年发出催办提示 84 次", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提醒", "reminders"),
        ("en", "sy", "失效链接43处", 43, "处", "Shuyang County's 2025 report — number of broken links they fixed on the website?", "broken links"),
        ("zh", "sy", "累计清理过期信息697", 697, "条", "沭阳2025年清理掉的过期信息有多少条", "outdated items removed"),
        ("en", "sy", "完成全县64家单位", 64, "家", "In 2025 how many units in Shuyang had their annual disclosure reports published together?", "units"),
        ("zh", "sy", "各类错误信息83", 83, "处", "沭阳县2025年网站巡检 一共改了多少处错误信息", "errors corrected (the text's 74 cases = sum of table cells, avoided)"),
        ("en", "sy", "累计开展办前主动沟通 49", 49, "次", "Shuyang 2025, how many times did staff reach out to applicants proactively before answering?", "pre-reply contacts"),
        ("zh", "sy", "专栏33个", 33, "个", "沭阳2025年政务新媒体开了几个专栏", "columns"),
        ("en", "kw", "共编发文章 1640", 1640, "篇", "How many articles did the 'Shanghai Keji' WeChat account publish in 2024 (science commission report)?", "WeChat articles"),
        ("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年“上海科技”视频号搞了多少场直播", "live streams"),
        ("en", "kw", "微信公众号目前关注人数达 1016823", 1016823, "人", "STCSM 2024 report: how many followers does its WeChat official account have?", "followers"),
        ("zh", "kw", "批量推送集成式发布政策 121", 121, "条", "市科委2024年集成式发布批量推送的政策有几条", "policies pushed"),
        ("en", "kw", "“上海科技”网站全年累计发布信息 2139", 2139, "条", "Shanghai science commission, 2024 — total items posted on the Shanghai Keji website?", "website items"),
        ("zh", "kw", "市科委 5 个高频事项", 5, "个", "上海市科委2024年设置阅办联动的高频事项有几个", "high-frequency items"),
        ("en", "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai General Office 2025: number of municipal government press conferences held?", "press conferences"),
        ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会", "briefings"),
        ("en", "sh25", "含申请人主动撤回 157", 157, "件", "In 2025, how many applicants withdrew their own requests to the Shanghai General Office?", "withdrawn requests"),
        ("zh", "sh25", "目前已覆盖 10 个语种", 10, "个", "上海国际服务门户（2025年报告）现在覆盖几种语言", "languages"),
        ("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "how many issues of the Shanghai government gazette were edited in 2025", "gazette issues"),
        ("zh", "sh25", "人事任免文件 196", 196, "件", "2025年上海市政府主动公开的人事任免文件有多少件", "appointment documents"),
        ("en", "sh19", "发布政策解读共132", 132, "件", "Shanghai General Office, 2019: how many policy interpretations went up on the China Shanghai portal?", "interpretations"),
        ("zh", "sh19", "权威发布共计38", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次", "releases"),
        ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019?", "websites checked"),
        ("zh", "sh19", "统一受理平台接入53个部门", 53, "个", "上海“一网通办”统一受理平台2019年接入了几个部门", "departments connected"),
    ]:
        P(text(lang, b, kwd, v, unit, q, n))
    # ------------------------------------------------------------------ [cannot]
    for lang, q, why in [
        ("zh", "淮安市2024年的信息公开申请里男的女的各占多少", "no sex breakdown"),
        ("en", "What share of Huai'an's 2024 disclosure requests came from people over 60?", "no age breakdown"),
        ("zh", "沭阳县2025年哪个月收到的信息公开申请最多", "no month breakdown"),
        ("en", "Shuyang 2025 — how many requests came in by post vs online?", "no channel breakdown"),
        ("zh", "洪泽区2023年的申请按乡镇分，各有多少", "no township breakdown"),
        ("en", "how many of the 2024 Huaian requests were about land expropriation / demolition", "no topic breakdown"),
        ("zh", "上海市府办2025年的申请里涉及住房的占几成", "no topic breakdown"),
        ("en", "Hongze 2024: how many of the requests were made by people living outside Huai'an?", "no residence breakdown"),
        ("zh", "淮安市政府2024年平均几天答复一个信息公开申请", "no response times"),
        ("en", "How many staff work on information disclosure at the Shanghai science commission in 2024?", "no staff figure"),
        ("zh", "涧西区政府办2020年信息公开工作花了多少经费", "no cost figure"),
        ("en", "How many disclosure requests will Shuyang County get in 2026? give me a forecast", "forecast"),
        ("zh", "你觉得淮安市2024年的信息公开做得好不好，给打个分", "opinion"),
        ("en", "Is the Shanghai General Office 2025 report better than the Huai'an 2024 one in your opinion?", "opinion"),
        ("zh", "南京市政府2024年收到多少件信息公开申请", "body not in corpus (南京市)"),
        ("en", "Suqian city government 2024 - number of disclosure requests received?", "body not in corpus (宿迁市)"),
        ("zh", "浦东新区2025年行政复议多少件", "body not in corpus (浦东新区)"),
        ("en", "How many disclosure requests did Qingjiangpu District receive in 2023?", "body not in corpus (清江浦区)"),
        ("zh", "洪泽区2022年新收了多少件申请", "year not held (洪泽 2022)"),
        ("en", "Shuyang County 2024 — how many requests were fully granted?", "year not held (沭阳 2024)"),
        ("zh", "上海科委2023年行政许可多少件", "year not held (上海科委 2023)"),
        ("en", "Jianxi District 2021, requests received?", "year not held (涧西 2021)"),
        ("zh", "上海市府办2022年受理多少信息公开申请", "year not held (上海市府办 2022)"),
        ("en", "what was Huai'an city's number of disclosure requests in 2023", "year not held (淮安 2023)"),
        ("zh", "我2025年10月给沭阳县政府申请公开我家拆迁补偿的文件，2025年的报告里我那件算在哪一类了？", "one person's own case"),
        ("en", "I filed a request with Huai'an in March 2024 about my pension file, ref no. HA-0312. Was mine one of the 1362 granted ones?", "one person's own case (quotes a count)"),
        ("zh", "我叫张伟，2024年向洪泽区要过一份规划图，这个申请结果是啥", "personal data / own case"),
        ("en", "Can you give me the names of the people who sued the Shanghai General Office in 2025?", "personal data"),
        ("zh", "淮安2024年那351件复议，申请人都是哪些人", "personal data"),
        ("en", "Which specific departments in Shuyang got the most disclosure requests in 2025?", "no department breakdown"),
        ("zh", "上海市府办2019年的申请里企业分别是什么行业的", "no industry breakdown"),
        ("en", "Shanghai General Office 2025: how many requests arrived in the fourth quarter?", "no quarter breakdown"),
        ("zh", "洪泽区2024年为什么申请量那么多，原因是啥，有具体数字吗", "reason not stated"),
        ("en", "why did Huaian's requests go up in 2024 compared to before, what were the main drivers", "reason not stated"),
        ("zh", "沭阳县2025年办理信息公开申请的工作人员有几个", "no staff figure"),
        ("en", "How much did the Jianxi district office spend on its government website in 2020?", "no cost figure"),
        ("zh", "明年也就是2027年上海市政府办公厅会收多少申请", "forecast"),
        ("en", "For Shanghai science commission 2024, how many requests came from foreigners?", "no nationality breakdown"),
        ("zh", "淮安市2024年复议被纠正的64件里面，哪些是因为超期答复", "no cause breakdown"),
    ]:
        P(cannot(lang, q, why))
    # ------------------------------------------------------------------ [neighbour]
    for lang, b, k, q, n in [
        ("zh", "ha", "r.carried_over.total", "淮安市政府2024年从上一年接过来的、还没办完的申请有几件", "上年结转 (34), not 结转下年 (103)"),
        ("en", "sy", "r.carried_forward.total", "Shuyang 2025: requests not finished and passed on to 2026?", "结转下年 (31), not 上年结转 (36)"),
        ("zh", "ha", "a.litigation_after_review.total", "淮安2024年，先申请复议、对复议结果不服再去法院起诉的信息公开案子有几件", "复议后起诉 (20), not 直接起诉 (26)"),
        ("en", "ha", "a.litigation_direct.total", "Huai'an 2024: disclosure lawsuits where people went straight to court without reconsideration first? (not the text's overall lawsuit count)", "直接起诉 (26), not the text's 46 or 复议后起诉"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年行政规范性文件，作废的是几件？别跟新发的搞混", "废止 (26), not 制发 (8) / 现行有效"),
        ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 — not the 'don't have it' ones, the ones needing new compilation: how many?", "另行制作 (48), not 不掌握 (513)"),
        ("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为是过程性信息不公开的几件（不是内部事务那种）", "过程性信息 (2), not 内部事务 (13)"),
        ("en", "ha", "c.regulations.issued", "Huai'an 2024: municipal rules (规章) newly issued in 2024, not the number still valid?", "制发 (1), not 现行有效 (11)"),
        ("zh", "sy", "a.review.other", "沭阳2025年复议结果既不是维持也不是纠正的“其他结果”有几件", "其他结果 (9), not 纠正 (10)"),
        ("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 centralized procurement — number of projects, not the amount?", "采购项目数 (6), not 金额 (25.1)"),
        ("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量是多少（不是当年新做的）", "对外公开总数 (368), not 新制作 (60)"),
        ("en", "sy", "r.partially_granted.total", "Shuyang County 2025 — the partly released ones only, not the fully released: how many?", "部分公开 (101), not 予以公开 (294)"),
        ("zh", "ha", "r.granted.legal_services", "淮安市2024年予以公开的申请中，律师事务所等法律服务机构提的有几件（不是商业企业）", "法律服务机构 (50), not 商业企业 (21)"),
    ]:
        P(trap(lang, b, k, q, n))
    # ------------------------------------------------------------------ [followup]
    for lang, turns, n in [
        ("zh", [("洪泽区2023年行政许可处理决定有多少", "hz23", "c.licensing.decisions"), ("2024年呢", "hz24", "c.licensing.decisions")], "switch year"),
        ("en", [("Hongze district penalties decided in 2023?", "hz23", "c.punishment.decisions"), ("and 2024?", "hz24", "c.punishment.decisions")], "switch year"),
        ("zh", [("上海市府办2019年新收申请多少件", "sh19", "r.received.total"), ("换成2025年", "sh25", "r.received.total")], "switch year"),
        ("en", [("Shanghai General Office 2019, how many requests carried forward to next year?", "sh19", "r.carried_forward.total"), ("same for 2025", "sh25", "r.carried_forward.total")], "switch year"),
        ("zh", [("淮安市2024年行政许可决定数", "ha", "c.licensing.decisions"), ("沭阳县2025年同一项呢", "sy", "c.licensing.decisions")], "switch body and year"),
        ("en", [("How many requests did Huai'an say it didn't hold the info for, 2024?", "ha", "r.unable.not_held.total"), ("Shuyang 2025 same thing?", "sy", "r.unable.not_held.total"), ("and Jianxi 2020?", "jx", "r.unable.not_held.total")], "switch body three times"),
        ("zh", [("沭阳县2025年予以公开多少件", "sy", "r.granted.total"), ("部分公开呢", "sy", "r.partially_granted.total")], "switch row"),
        ("en", [("Huaian 2024 fully granted requests?", "ha", "r.granted.total"), ("partly granted?", "ha", "r.partially_granted.total"), ("ok and the overall total handled", "ha", "r.total_processed.total")], "switch row then back to total"),
        ("zh", [("淮安2024年新收申请里自然人提的多少", "ha", "r.received.natural_person"), ("商业企业呢", "ha", "r.received.commercial"), ("那总数是多少", "ha", "r.received.total")], "switch column, back to total"),
        ("en", [("Shanghai General Office 2019: new requests from individuals?", "sh19", "r.received.natural_person"), ("from companies?", "sh19", "r.received.commercial")], "switch column"),
        ("zh", [("淮安市政府2024年信息公开行政复议总数", "ha", "a.review.total"), ("行政诉讼直接起诉的呢", "ha", "a.litigation_direct.total")], "switch appeals group"),
        ("en", [("Shuyang 2025 reconsideration cases upheld?", "sy", "a.review.upheld"), ("and lawsuits after reconsideration, upheld?", "sy", "a.litigation_after_review.upheld")], "switch appeals group"),
        ("zh", [("沭阳2025年复议维持几件", "sy", "a.review.upheld"), ("纠正的呢", "sy", "a.review.corrected"), ("还没审结的", "sy", "a.review.pending")], "switch column of appeals"),
        ("en", [("huai'an 2024 penalty decisions", "ha", "c.punishment.decisions"), ("coercion?", "ha", "c.coercion.decisions")], "switch row, terse"),
        ("zh", [("洪泽区2023年行政事业性收费多少万元", "hz23", "c.fees.amount"), ("24年呢", "hz24", "c.fees.amount")], "switch year, two-digit year"),
        ("en", [("normative documents in force, Hongze 2023", "hz23", "c.normative_docs.in_force"), ("what about 2024", "hz24", "c.normative_docs.in_force")], "switch year"),
        ("zh", [("上海市政府办公厅2025年行政复议多少件", "sh25", "a.review.total"), ("2019年的呢", "sh19", "a.review.total")], "switch year backwards"),
        ("en", [("Shanghai science commission 2024, new requests?", "kw", "r.received.total"), ("how many of those were from companies", "kw", "r.received.commercial")], "switch column, printed rows"),
        ("zh", [("市科委2024年现行有效的规范性文件几件", "kw", "c.normative_docs.in_force"), ("当年新发的呢", "kw", "c.normative_docs.issued")], "switch column, printed rows"),
        ("en", [("Shuyang 2025 requests refused as internal affairs", "sy", "r.withheld.internal_affairs.total"), ("and as admin queries?", "sy", "r.withheld.admin_query.total")], "switch row"),
        ("zh", [("淮安2024年因为要申请人补正但逾期没补的有几件", "ha", "r.other.overdue_correction.total"), ("沭阳县2025年这一项呢", "sy", "r.other.overdue_correction.total")], "switch body/year"),
        ("en", [("How many requests did Jianxi District office receive in 2020?", "jx", "r.received.total"), ("How many were granted?", "jx", "r.granted.total"), ("and how many rolled into the next year?", "jx", "r.carried_forward.total")], "switch row twice"),
        ("zh", [("涧西区2020年政府集中采购项目数", "jx", "c.procurement.projects"), ("上海市府办2019年同一项是多少", "sh19", "c.procurement.projects")], "switch body/year"),
        ("en", [("Huaian 2024, rules still in force?", "ha", "c.regulations.in_force"), ("and normative documents still in force?", "ha", "c.normative_docs.in_force")], "switch row"),
        ("zh", [("上海市府办2025年本机关不掌握的有几件", "sh25", "r.unable.not_held.total"), ("没有现成信息要另行制作的呢", "sh25", "r.unable.needs_creation.total")], "switch row, printed rows"),
        ("en", [("Hongze 2023 - requests answered 'info not held'?", "hz23", "r.unable.not_held.total"), ("Huai'an 2024 same?", "ha", "r.unable.not_held.total")], "switch body/year"),
        ("zh", [("沭阳县2025年结转下一年度继续办理的几件", "sy", "r.carried_forward.total"), ("上年结转过来的呢", "sy", "r.carried_over.total")], "switch row"),
        ("en", [("Shanghai General Office 2025 petitions not processed", "sh25", "r.not_processed.petition.total"), ("duplicates?", "sh25", "r.not_processed.duplicate.total")], "switch row, printed rows"),
        ("zh", [("淮安市2024年行政诉讼复议后起诉的总数", "ha", "a.litigation_after_review.total"), ("其中维持的", "ha", "a.litigation_after_review.upheld")], "total then column"),
        ("en", [("Shuyang County 2025 total requests handled?", "sy", "r.total_processed.total"), ("Huai'an 2024?", "ha", "r.total_processed.total")], "switch body/year"),
        ("zh", [("洪泽2024年行政规范性文件新制发几件", "hz24", "c.normative_docs.issued"), ("那淮安市2024年呢", "ha", "c.normative_docs.issued")], "switch body"),
        ("en", [("Shanghai General Office 2019 normative docs newly made", "sh19", "c.normative_docs.made"), ("and rules (规章) newly made?", "sh19", "c.regulations.made")], "switch row"),
        ("zh", [("沭阳2025年行政强制多少", "sy", "c.coercion.decisions"), ("行政处罚呢", "sy", "c.punishment.decisions"), ("淮安2024年的行政处罚", "ha", "c.punishment.decisions")], "switch row then body"),
        ("en", [("In 2024 how many requests did Hongze grant in full?", "hz24", "r.granted.total"), ("and Huai'an city same year?", "ha", "r.granted.total")], "switch body"),
        ("zh", [("上海市府办2025年上年结转的申请多少件", "sh25", "r.carried_over.total"), ("其中自然人的", "sh25", "r.carried_over.natural_person")], "total then column, printed rows"),
        ("en", [("Huai'an 2024 admin reconsideration — upheld?", "ha", "a.review.upheld"), ("corrected?", "ha", "a.review.corrected")], "switch column"),
        ("zh", [("涧西区政府办2020年办理总计多少件", "jx", "r.total_processed.total"), ("上海市府办2019年的办理总计呢", "sh19", "r.total_processed.total")], "switch body/year"),
        ("en", [("Shanghai General Office 2025 — lawsuits filed directly, total?", "sh25", "a.litigation_direct.total"), ("after reconsideration?", "sh25", "a.litigation_after_review.total")], "switch appeals group, printed rows"),
        ("zh", [("沭阳县2025年新收的申请里法律服务机构提的几件", "sy", "r.received.legal_services"), ("淮安2024年呢", "ha", "r.received.legal_services")], "switch body"),
    ]:
        P(follow(lang, turns, n))
    return out
