"""Question bank of the sixteenth blind evaluation set (evals/blind16).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Every wording was written from scratch for this set. The bank names only bodies, keys, keywords
and wordings; every number is computed by helpers16 (gold JSON, printed text cells, sentences cut
from the report text). SPECS names the printed cells of the three reports without gold: the same
cells blind6 verified (read from evals/blind6/text_cells.json), nothing new.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib16 as L  # noqa: E402
from helpers16 import C, E, ED, EN, ER, EU, F, N, R, S, T, U, V, D  # noqa: E402,F401

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

# alternatives where the text states the same number as the table (keyword, number)
A_HA_REC = ("全市共受理政府信息公开申请", 3119)
A_HA_DONE = ("全市共受理政府信息公开申请", 3050)
A_HA_CO = ("全市共受理政府信息公开申请", 34)
A_HA_CF = ("全市共受理政府信息公开申请", 103)
A_HA_REV = ("其中结果维持", None)  # number filled per use
A_SY = "全县全年共受理政府信息公开申请"
A_SH19 = "代表市政府共受理政府信息公开申请"
A_SH19_APP = "信息公开类行政复议"
A_SH19_ACT = "主动公开规章13件"
A_SH25 = "市政府共受理政府信息公开申请"
A_KW = "全年收到政府信息公开申请"
A_JX = "全年共收到依申请公开"
A_HZ23 = "全区受理政府信息公开申请"

P = "[plain] "
M = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
CN = "[cannot] "
NB = "[neighbour] "
W = "万元"


def rev(n):
    return ("其中结果维持", n)


def plain():
    z, e = "zh", "en"
    return [
        # ---------------- 淮安市 2024
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", P + "received total; text agrees", alt=A_HA_REC),
        V(e, "ha", "r.received.natural_person", "Huai'an city government 2024, how many disclosure requests were filed by private individuals (new ones, not carried over)?", P + "natural persons, new"),
        V(z, "ha", "r.granted.total", "我是跑政务口的记者，想核一下：淮安2024年依申请公开里直接全部公开的有几件？", P + "granted"),
        V(e, "ha", "r.partially_granted.total", "huaian 2024 partial disclosure count pls", P + "partially granted"),
        V(z, "ha", "r.withheld.admin_query.total", "淮安市2024年有多少申请被认定是行政查询事项所以没给公开", P + "admin query"),
        V(e, "ha", "r.withheld.third_party.total", "In Huai'an's 2024 report, how many requests were refused because disclosure would hurt a third party's lawful rights (第三方合法权益)?", P + "third party"),
        V(z, "ha", "r.unable.not_held.total", "淮安市政府2024年回复申请人“本机关不掌握”的一共多少件？", P + "not held"),
        V(e, "ha", "r.not_processed.petition.total", "Huai'an 2024: number of applications that were really complaints/petitions (信访举报投诉类) and so not handled as disclosure requests?", P + "petition"),
        V(z, "ha", "r.not_processed.duplicate.total", "淮安24年重复申请被不予处理的数量", P + "duplicate"),
        V(e, "ha", "r.other.overdue_correction.total", "For Huai'an in 2024, how many applicants never corrected or supplemented their application before the deadline (逾期不补正)?", P + "overdue correction"),
        V(z, "ha", "r.other.overdue_fee.total", "帮忙查下淮安市人民政府2024年度 申请人逾期没交信息处理费的 有几件", P + "overdue fee"),
        V(e, "ha", "a.review.corrected", "Huaian FY2024 — administrative reconsiderations over info disclosure where the decision got corrected: how many?", P + "review corrected; text agrees", alt=rev(64)),
        V(z, "ha", "a.litigation_direct.total", "我是做法律援助的，上礼拜帮一个当事人查材料，想知道淮安市2024年因为信息公开被直接起诉（没经过复议）的行政诉讼一共多少件", P + "direct litigation total"),
        V(e, "ha", "a.litigation_after_review.pending", "how many of Huai'an's 2024 post-reconsideration lawsuits were still not concluded at year end", P + "after-review pending"),
        V(z, "ha", "c.normative_docs.repealed", "帮同事问的：淮安市政府2024年废止了几件行政规范性文件？他说表里有", P + "normative repealed"),
        V(e, "ha", "c.licensing.decisions", "Number of administrative licensing decisions (行政许可) Huai'an reported for 2024?", P + "licensing"),
        V(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元", P + "fees amount", unit=W),
        V(e, "ha", "c.coercion.decisions", "huai an 2024 admin coercion decisions number", P + "coercion"),
        V(z, "ha", "r.received.legal_person", "2024年淮安市政府收到的申请里，企业和各类组织（法人或其他组织）新提交了多少件？", P + "legal person received"),
        V(e, "ha", "r.withheld.process_info.total", "I'm a law student. Huai'an 2024: requests refused as 过程性信息 (process information) — how many?", P + "process info"),
        V(z, "ha", "r.unable.needs_creation.total", "淮安市2024年因为没有现成信息、要另外制作才给不了的 申请有多少", P + "needs creation"),
        # ---------------- 洪泽区 2023
        V(z, "hz23", "r.received.total", "洪泽区政府2023年受理了多少政府信息公开申请", P + "received; text agrees", alt=(A_HZ23, 21)),
        V(e, "hz23", "r.partially_granted.total", "Hongze Distric 2023 — how many requests got only partly disclosed?", P + "partially granted"),
        V(z, "hz23", "r.unable.not_held.total", "洪泽2023年 不掌握相关信息 的答复有几件", P + "not held"),
        V(e, "hz23", "a.review.upheld", "In 2023, how many info-disclosure reconsideration cases against Hongze district government ended with the original decision kept (维持)?", P + "review upheld"),
        V(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定数量是多少？", P + "punishment"),
        V(e, "hz23", "c.fees.amount", "Hongze district, year 2023: admin fees collected (行政事业性收费), in 10k yuan?", P + "fees", unit=W),
        V(z, "hz23", "r.unable.needs_creation.total", "二〇二三年洪泽区有几件申请是要另行制作所以没提供的", P + "needs creation"),
        V(e, "hz23", "c.licensing.decisions", "how many admin licences did Hongze District issue in 2023 according to its disclosure report", P + "licensing"),
        V(z, "hz23", "r.not_processed.petition.total", "洪泽区2023年有没有被当作信访投诉不予处理的申请？有几件", P + "petition"),
        # ---------------- 洪泽区 2024 (text cells)
        V(z, "hz24", "r.granted.total", "洪泽区2024年依申请公开表格里“予以公开”是几件", P + "granted, text cell"),
        V(e, "hz24", "r.unable.not_held.total", "Hongze 2024 table: requests answered with 'we don't hold this information'?", P + "not held, text cell"),
        V(z, "hz24", "c.licensing.decisions", "洪泽24年行政许可多少件", P + "licensing, text cell"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District Government FY2024 administrative penalty decisions?", P + "punishment, text cell"),
        V(z, "hz24", "a.review.total", "洪泽区人民政府2024年因政府信息公开被申请行政复议一共几起", P + "review total, text cell"),
        V(e, "hz24", "r.carried_forward.total", "did hongze district have any requests left over into the next year at end of 2024? how many", P + "carried forward, text cell"),
        # ---------------- 沭阳县 2025
        V(z, "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请有多少件？只算表里新收那行，不含上年结转", P + "received new (table 713, text 749 incl. carry-over)"),
        V(e, "sy", "r.carried_over.total", "shuyang cnty 2025 — how many reqeusts were carried in from the previous yr backlog?", P + "carried over"),
        V(z, "sy", "r.granted.total", "沭阳2025年申请信息公开 最后给全部公开了的有几件啊", P + "granted"),
        V(e, "sy", "r.withheld.internal_affairs.total", "Shuyang 2025 – refusals because it was internal affairs info (内部事务信息)?", P + "internal affairs"),
        V(z, "sy", "r.other.other.total", "沭阳县2025年“其他处理”里面最后那个“其他”是多少件", P + "other.other"),
        V(e, "sy", "a.review.pending", "How many of Shuyang County's 2025 disclosure reconsiderations were not yet decided?", P + "review pending"),
        V(z, "sy", "a.litigation_after_review.total", "沭阳县2025年复议后又去法院起诉的案子总共多少件", P + "after review total"),
        V(e, "sy", "c.normative_docs.in_force", "shuyang county normative documents currently in force, 2025 report", P + "normative in force"),
        V(z, "sy", "c.punishment.decisions", "沭阳县二〇二五年行政处罚决定数", P + "punishment"),
        V(e, "sy", "c.fees.amount", "Shuyang (County) in 2025 — amount of administrative fees, 万元 please", P + "fees", unit=W),
        V(z, "sy", "r.withheld.admin_query.total", "我在12345热线上班，有市民问：沭阳县2025年有多少申请因为属于行政查询事项没公开？", P + "admin query"),
        V(e, "sy", "r.received.legal_person", "Shuyang 2025, applications from companies and other organisations (法人或其他组织), how many?", P + "legal person; text agrees", alt=(A_SY, 8)),
        V(z, "sy", "r.unable.not_held.total", "沭阳2025 本机关不掌握 几件", P + "not held"),
        V(e, "sy", "r.not_processed.duplicate.total", "In 2025 Shuyang county govt turned down how many requests as repeat applications?", P + "duplicate"),
        V(z, "sy", "a.review.corrected", "沭阳县2025年信息公开行政复议被纠正的有多少？", P + "review corrected"),
        V(e, "sy", "c.licensing.decisions", "Shuyang County 2025 licensing decisions count (行政许可)", P + "licensing"),
        # ---------------- 涧西区 2020
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", P + "received; text agrees", alt=(A_JX, 17)),
        V(e, "jx", "r.granted.total", "Jianxi District office 2020: how many requests were fully granted?", P + "granted"),
        V(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个", P + "procurement projects"),
        V(e, "jx", "c.procurement.amount", "Jianxi 2020 govt centralised procurement total amount in 万元?", P + "procurement amount", unit=W),
        V(z, "jx", "r.unable.not_held.total", "涧西区人民政府办公室2020年有几件申请是因为不掌握信息没法提供", P + "not held"),
        V(e, "jx", "a.litigation_direct.total", "how many lawsuits were brought directly (without reconsideration first) against Jianxi District office over disclosure in 2020", P + "direct litigation"),
        V(z, "jx", "c.normative_docs.made", "涧西区2020年本年制作了几件规范性文件", P + "normative made"),
        # ---------------- 上海市府办 2019
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年一共受理了多少件信息公开申请", P + "received; text agrees", alt=(A_SH19, 859)),
        V(e, "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019: requests from individuals answered 'information not held' — how many?", P + "not held natural person (total printed blank)"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 自然人提的申请里 属于信访举报投诉的有几件", P + "petition natural person"),
        V(e, "sh19", "c.procurement.amount", "What was the procurement amount (采购总金额) in the Shanghai municipal government general office's 2019 report, in 10,000 yuan?", P + "procurement amount", unit=W),
        V(z, "sh19", "c.regulations.total_published", "上海市府办2019年规章 对外公开总数量是多少", P + "regulations total published"),
        V(e, "sh19", "r.withheld.admin_query.natural_person", "Shanghai govt general office 2019 — individuals' requests turned away as administrative inquiries (行政查询事项), number?", P + "admin query natural person"),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅，个人申请的信息需要另行制作的有多少", P + "needs creation natural person"),
        V(e, "sh19", "a.review.pending", "Shanghai General Office FY2019: reconsideration cases still pending (尚未审结)?", P + "review pending"),
        V(z, "sh19", "c.normative_docs.total_published", "上海市政府办公厅2019年规范性文件对外公开总数是多少件", P + "normative total published"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "In 2019 how many individual requests did the Shanghai General Office refuse on state-secret grounds?", P + "state secret natural person"),
        # ---------------- 上海市府办 2025 (text cells)
        V(z, "sh25", "r.received.total", "上海市人民政府办公厅2025年新收信息公开申请多少件", P + "received; text agrees", alt=(A_SH25, 1295)),
        V(e, "sh25", "r.unable.not_held.total", "Shanghai General Office, 2025: how many times did they answer that they don't have the info (本机关不掌握)?", P + "not held, text cell"),
        V(z, "sh25", "r.not_processed.duplicate.total", "上海市府办25年重复申请几件", P + "duplicate, text cell"),
        V(e, "sh25", "r.received.commercial", "How many requests did businesses (商业企业) file with the Shanghai General Office in 2025?", P + "commercial, text cell"),
        V(z, "sh25", "a.review.total", "2025年上海市政府办公厅因信息公开被申请复议的总数（表里的数）", P + "review total, text cell"),
        V(e, "sh25", "r.unable.needs_creation.total", "shanghai general office 2025 requests where info would need to be newly made (另行制作) — count?", P + "needs creation, text cell"),
        V(z, "sh25", "r.carried_forward.total", "上海市府办2025年底还有多少件申请要转到下一年继续办", P + "carried forward, text cell"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai municipal gov general office in 2025 got sued directly over disclosure how many times?", P + "direct litigation, text cell"),
        # ---------------- 上海市科委 2024 (text cells)
        V(z, "kw", "r.granted.total", "上海科委2024年依申请公开 予以公开的有几件", P + "granted; text agrees", alt=("同意公开答复", 9)),
        V(e, "kw", "c.licensing.decisions", "STCSM (Shanghai science commission) 2024 administrative licensing decisions?", P + "licensing, text cell"),
        V(z, "kw", "r.total_processed.total", "市科委2024年办结的申请总计多少件（表里总计那行）", P + "total processed, text cell"),
        V(e, "kw", "c.normative_docs.in_force", "How many normative documents of the Shanghai Science and Technology Commission were still in force in 2024?", P + "normative in force, text cell"),
        V(z, "kw", "r.received.natural_person", "上海市科学技术委员会2024年个人（自然人）新提的申请有多少", P + "natural person, text cell"),
        # ---------------- more mixed
        V(e, "ha", "r.carried_forward.total", "huaian 2024 how many requests got pushed over to be answered next year", P + "carried forward; text agrees", alt=A_HA_CF),
        V(z, "ha", "a.litigation_after_review.upheld", "淮安市2024年经复议后起诉的案子，法院维持的有几件？", P + "after review upheld"),
        V(e, "sy", "r.withheld.enforcement_files.total", "Shuyang 2025: refused because the info was administrative law-enforcement case files?", P + "enforcement files"),
        V(z, "hz23", "c.coercion.decisions", "洪泽区2023年行政强制决定多少建", P + "coercion"),
        V(e, "ha", "c.regulations.in_force", "City of Huai'an 2024 — municipal government rules (规章) currently in force, number?", P + "regulations in force"),
        V(z, "sh19", "r.carried_over.total", "上海市府办2019年上年结转过来的申请有几件", P + "carried over; text agrees", alt=(A_SH19, 18)),
        V(e, "sy", "a.litigation_direct.upheld", "For Shuyang county, 2025: direct lawsuits where the original decision was upheld?", P + "direct upheld"),
    ]


def plain_extra():
    e = "en"
    return [
        V(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023 — any requests refused as state secrets? how many", P + "state secret"),
        V(e, "kw", "r.received.total", "Shanghai science commission, new information requests received in 2024 (total)?", P + "received; text agrees", alt=(A_KW, 34)),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开一共多少件", M + "sum of 2"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: add up both kinds of lawsuits in the table (direct + after reconsideration). Total?", M + "sum of 2 lawsuits; text states the same 46", alt=rev(46)),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年“无法提供”三种情形加起来是多少", M + "sum of 3 unable"),
        S(e, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Shuyang 2025, sum of all five 不予处理 (not processed) sub-rows?", M + "sum of 5 not processed"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 国家秘密、过程性信息、行政执法案卷 这三项不予公开合计几件", M + "sum of 3 withheld"),
        S(e, "ha", ["c.licensing.decisions", "c.punishment.decisions"], "For Huai'an 2024, licensing decisions plus penalty decisions combined?", M + "sum of 2 active"),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议、直接起诉、复议后起诉三类加起来几件", M + "sum of 3 appeals"),
        S(e, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang County 2025 — add all eight 不予公开 (withheld) reasons together: total refusals?", M + "sum of 8 withheld"),
        S(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "上海市府办2019年自然人那一列，无法提供的三种情况加总是多少", M + "sum of 3 unable natural person (totals printed blank)"),
        S(e, "hz23", ["a.review.upheld", "a.review.corrected"], "Hongze 2023: reconsiderations upheld plus corrected, added up", M + "sum of 2 review results"),
        S(z, "ha", ["r.received.total", "r.carried_over.total"], "淮安市政府2024年新收的加上上年结转的申请，合计多少件", M + "sum of 2: new + carried over"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: petition-type requests plus duplicate requests, total?", M + "sum of 2 text cells"),
        S(z, "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"], "沭阳2025年行政复议已经审结的（维持+纠正+其他结果）一共多少", M + "sum of 3 review results"),
        S(e, "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus those carried over from before — how many in all?", M + "sum of 2 text cells"),
        S(z, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "洪泽区2024年行政复议和两类行政诉讼一共多少件", M + "sum of 3 text cells"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024, the three 其他处理 rows summed?", M + "sum of 3 other"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少件", M + "difference 2023->2024"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Change in Hongze's administrative penalty decisions from 2023 to 2024 (2024 minus 2023)?", M + "difference"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请，2025年跟2019年比差多少件", M + "difference; 2025 text agrees", alt=(A_SH25, 1295)),
        D(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2019 vs 2025 — by how much did it change?", M + "difference"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复，2023年到2024年增加了几件", M + "difference"),
        D(e, "sh19", "sh25", "a.review.total", "How much did disclosure-related reconsiderations at the Shanghai General Office change between 2019 and 2025?", M + "difference"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数2024年和2023年相比变化多少（24年减23年）", M + "difference"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze District admin fees (万元): 2024 figure minus 2023 figure?", M + "difference money", unit=W),
        D(z, "sh19", "sh25", "r.received.natural_person", "上海市府办 自然人新收申请 2019年到2025年涨了多少", M + "difference natural person"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2019 compared with 2025: difference?", M + "difference"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "hz23", "sy"], "r.received.total", "desc", "淮安市2024、洪泽区2023、沭阳县2025这三家，哪家新收申请最多？"),
        R(e, ["ha", "sy", "jx"], "a.review.total", "asc", "Among Huai'an (2024), Shuyang (2025) and Jianxi District (2020), which had the fewest disclosure reconsiderations?"),
        R(z, ["hz23", "sy", "ha"], "c.normative_docs.in_force", "asc", "比一比：洪泽区2023年、沭阳县2025年、淮安市2024年，现行有效规范性文件谁最少"),
        R(e, ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "desc", "Which body answered 'not held' most often: Huai'an 2024, Hongze 2023, Shuyang 2025 or Jianxi 2020?"),
        R(z, ["sy", "hz23", "ha"], "c.punishment.decisions", "desc", "行政处罚决定数：沭阳县2025、洪泽区2023、淮安市2024，哪个最高"),
        R(e, ["jx", "hz23", "sh19"], "r.carried_forward.total", "desc", "Jianxi 2020, Hongze 2023, Shanghai General Office 2019 — who carried the most requests into the following year?"),
        R(z, ["ha", "sy", "sh19"], "r.received.total", "asc", "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，新收申请量最少的是哪个"),
        R(e, ["sy", "ha", "hz23"], "c.fees.amount", "desc", "Highest admin fee amount: Shuyang 2025, Huai'an 2024 or Hongze 2023?"),
        R(z, ["jx", "sh19", "sy"], "a.litigation_direct.total", "asc", "直接提起行政诉讼的数量，涧西区2020、上海市府办2019、沭阳县2025 谁最少"),
        R(e, ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "Partial disclosures — lowest among Huai'an (2024), Shuyang (2025), Hongze (2023)?"),
        R(z, ["ha", "jx", "sy", "hz23"], "r.granted.total", "desc", "予以公开件数排个名，淮安2024、涧西2020、沭阳2025、洪泽2023，第一是谁"),
        R(e, ["sy", "ha", "jx"], "c.coercion.decisions", "desc", "Most administrative coercion decisions: Shuyang County 2025, Huai'an City 2024, or Jianxi District 2020?"),
        R(z, ["hz23", "ha", "sy"], "a.litigation_after_review.upheld", "asc", "复议后起诉、法院维持的件数：洪泽区2023年、淮安市2024年、沭阳县2025年，哪个最少"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年行政许可决定有多少", E("hz23", "c.licensing.decisions")),
              ("那2024年呢", E("hz24", "c.licensing.decisions"))], FU + "year switch hz 2023->2024"),
        F(e, [("Hongze District 2024, administrative penalty decisions?", E("hz24", "c.punishment.decisions")),
              ("and for 2023?", E("hz23", "c.punishment.decisions"))], FU + "year switch hz 2024->2023"),
        F(z, [("上海市府办2019年新收了多少信息公开申请", E("sh19", "r.received.total", alt=(A_SH19, 859))),
              ("2025年的呢？", E("sh25", "r.received.total", alt=(A_SH25, 1295)))], FU + "year switch sh 2019->2025; both texts agree"),
        F(e, [("Shanghai General Office 2025: requests carried into the next year?", E("sh25", "r.carried_forward.total")),
              ("same thing in 2019", E("sh19", "r.carried_forward.total", alt=(A_SH19, 72)))], FU + "year switch sh 2025->2019"),
        F(z, [("淮安市2024年本机关不掌握的答复多少件", E("ha", "r.unable.not_held.total")),
              ("换成沭阳县2025年", E("sy", "r.unable.not_held.total")),
              ("洪泽区2023年同一项呢", E("hz23", "r.unable.not_held.total"))], FU + "body switch x3"),
        F(e, [("Huai'an 2024 — how many disclosure reconsiderations in total?", E("ha", "a.review.total", alt=rev(351))),
              ("ok and how many of those were upheld", E("ha", "a.review.upheld", alt=rev(72))),
              ("still pending?", E("ha", "a.review.pending", alt=rev(37)))], FU + "column switch in review group; text agrees"),
        F(z, [("沭阳县2025年行政复议总数多少", E("sy", "a.review.total")),
              ("那直接起诉的行政诉讼呢", E("sy", "a.litigation_direct.total"))], FU + "appeals group switch"),
        F(e, [("Shuyang County 2025: refusals as 第三方合法权益 (third party)?", E("sy", "r.withheld.third_party.total")),
              ("and as 过程性信息?", E("sy", "r.withheld.process_info.total"))], FU + "row switch"),
        F(z, [("涧西区2020年政府集中采购金额多少万元", E("jx", "c.procurement.amount", unit=W)),
              ("上海市府办2019年呢", E("sh19", "c.procurement.amount", unit=W))], FU + "body switch, 2019 format"),
        F(e, [("Jianxi District office 2020, how many requests were completed (办理总计)?", E("jx", "r.total_processed.total", alt=("办结15件", 15))),
              ("and how many were still open at year end?", E("jx", "r.carried_forward.total", alt=("在办2件", 2)))], FU + "row switch; text agrees"),
        F(z, [("淮安2024年新收申请里自然人的有多少", E("ha", "r.received.natural_person")),
              ("那商业企业呢", E("ha", "r.received.commercial"))], FU + "column switch"),
        F(e, [("Shanghai General Office 2025, new requests from individuals?", E("sh25", "r.received.natural_person")),
              ("from businesses?", E("sh25", "r.received.commercial"))], FU + "column switch text cells"),
        F(z, [("上海科委2024年行政许可多少件", E("kw", "c.licensing.decisions")),
              ("行政处罚呢", E("kw", "c.punishment.decisions"))], FU + "row switch text cells"),
        F(e, [("Hongze 2023 normative documents in force?", E("hz23", "c.normative_docs.in_force")),
              ("2024?", E("hz24", "c.normative_docs.in_force"))], FU + "year switch"),
        F(z, [("沭阳县2025年部分公开多少件", E("sy", "r.partially_granted.total")),
              ("淮安市2024年的部分公开呢", E("ha", "r.partially_granted.total"))], FU + "body switch"),
        F(e, [("Huai'an 2024 normative documents issued (制发)?", E("ha", "c.normative_docs.issued")),
              ("and repealed?", E("ha", "c.normative_docs.repealed")),
              ("how many in force?", E("ha", "c.normative_docs.in_force"))], FU + "column switch x3"),
        F(z, [("洪泽区2024年予以公开几件", E("hz24", "r.granted.total")),
              ("23年呢", E("hz23", "r.granted.total"))], FU + "year switch, 24年/23年"),
        F(e, [("Shanghai General Office 2019 — direct lawsuits total?", E("sh19", "a.litigation_direct.total", alt=(A_SH19_APP, 9))),
              ("what about 2025", E("sh25", "a.litigation_direct.total"))], FU + "year switch; 2019 text agrees"),
        F(z, [("沭阳2025年行政许可决定数", E("sy", "c.licensing.decisions")),
              ("行政强制呢", E("sy", "c.coercion.decisions"))], FU + "row switch"),
        F(e, [("Jianxi 2020: reconsideration cases total?", E("jx", "a.review.total")),
              ("Hongze 2023 upheld reconsiderations?", E("hz23", "a.review.upheld"))], FU + "body switch"),
        F(z, [("上海市政府办公厅2025年办结的申请总计多少", E("sh25", "r.total_processed.total", alt=(A_SH25, 1191))),
              ("还有多少转到下一年", E("sh25", "r.carried_forward.total"))], FU + "row switch; text agrees on 1191"),
        F(e, [("Huai'an 2024, requests refused because disclosure is prohibited by law (法律行政法规禁止)?", E("ha", "r.withheld.prohibited_by_law.total")),
              ("and the security/stability ground (三安全一稳定)?", E("ha", "r.withheld.security_stability.total"))], FU + "row switch"),
        F(z, [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount", unit=W)),
              ("2024年呢", E("hz24", "c.fees.amount", unit=W))], FU + "year switch money"),
        F(e, [("Shuyang County 2025: overdue fee cases (逾期未缴纳信息处理费)?", E("sy", "r.other.overdue_fee.total")),
              ("and overdue correction?", E("sy", "r.other.overdue_correction.total"))], FU + "row switch"),
        F(z, [("上海市府办2019年规章本年制作了几件", E("sh19", "c.regulations.made", alt=(A_SH19_ACT, 13))),
              ("规范性文件呢", E("sh19", "c.normative_docs.made", alt=(A_SH19_ACT, 60)))], FU + "row switch; text agrees"),
        F(e, [("STCSM 2024 normative documents issued?", E("kw", "c.normative_docs.issued", alt=("通过部门网站当年发布政府信息", 13))),
              ("and currently valid?", E("kw", "c.normative_docs.in_force"))], FU + "column switch text cells"),
        F(z, [("淮安2024年直接起诉的诉讼结果纠正几件", E("ha", "a.litigation_direct.corrected")),
              ("复议后起诉的纠正呢", E("ha", "a.litigation_after_review.corrected"))], FU + "appeals group switch"),
        F(e, [("Shanghai General Office 2025 reconsiderations still pending?", E("sh25", "a.review.pending")),
              ("and direct lawsuits pending?", E("sh25", "a.litigation_direct.pending"))], FU + "group switch text cells"),
        F(z, [("沭阳县2025年 信访举报投诉类 不予处理几件", E("sy", "r.not_processed.petition.total")),
              ("淮安市2024年呢", E("ha", "r.not_processed.petition.total")),
              ("上海市府办2025年", E("sh25", "r.not_processed.petition.total"))], FU + "body switch x3"),
        F(e, [("Hongze 2024 reconsiderations?", E("hz24", "a.review.total")),
              ("lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total"))], FU + "group switch text cells"),
        F(z, [("涧西区2020年规范性文件本年发布几件", E("jx", "c.normative_docs.published")),
              ("对外公开总数呢", E("jx", "c.normative_docs.total_published"))], FU + "column switch 2019 format"),
        F(e, [("Huai'an 2024 administrative penalty decisions?", E("ha", "c.punishment.decisions")),
              ("Shuyang 2025?", E("sy", "c.punishment.decisions"))], FU + "body switch"),
        F(z, [("沭阳县2025年上年结转的申请有多少 在写调研报告急用", E("sy", "r.carried_over.total")),
              ("年底结转下年的呢", E("sy", "r.carried_forward.total", alt=(A_SY, 31)))], FU + "row switch; text agrees on 31"),
        F(e, [("Shanghai General Office 2019, procurement projects count?", E("sh19", "c.procurement.projects")),
              ("and Jianxi 2020?", E("jx", "c.procurement.projects"))], FU + "body switch"),
        F(z, [("淮安市政府2024年信息公开行政复议，其他结果几件", E("ha", "a.review.other", alt=rev(178))),
              ("沭阳县2025年呢", E("sy", "a.review.other"))], FU + "body switch; ha text agrees"),
        F(e, [("Huai'an 2024: requests with unclear content (申请内容不明确) that couldn't be provided?", E("ha", "r.unable.unclear.total")),
              ("requests needing re-confirmation (要求行政机关确认或重新出具已获取信息)?", E("ha", "r.not_processed.reconfirm.total"))], FU + "row switch"),
        F(z, [("上海科委2024年上年结转的申请几件", E("kw", "r.carried_over.total", alt=(A_KW, 2))),
              ("商业企业新提的申请呢", E("kw", "r.received.commercial"))], FU + "row/column switch text cells"),
        F(e, [("Hongze 2023 admin coercion?", E("hz23", "c.coercion.decisions")),
              ("how about 2024", E("hz24", "c.coercion.decisions"))], FU + "year switch"),
        F(z, [("沭阳县2025年办理总计多少件", E("sy", "r.total_processed.total", alt=(A_SY, 718))),
              ("其中自然人的呢", E("sy", "r.total_processed.natural_person"))], FU + "column switch; text agrees on 718"),
    ]


def narrative():
    z, e = "zh", "en"
    return [
        N(z, "ha", "政策解读21", 21, "个", "淮安市政府2024年做了多少个政策解读", TX + "policy interpretations"),
        N(e, "ha", "人民政府公报》6", 6, "期", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?", TX + "gazette issues"),
        N(z, "ha", "新闻发布会 12", 12, "场", "我在写论文，淮安2024年开了几场新闻发布会？", TX + "press conferences"),
        N(e, "ha", "在运维政务新媒体", 95, "个", "huaian 2024 number of government new-media accounts in operation", TX + "new media accounts"),
        N(z, "ha", "栏目全覆盖检查", 4, "次", "淮安市2024年政府信息公开栏目全覆盖检查搞了几次", TX + "full-coverage checks"),
        N(e, "ha", "信息处理费 3940", 3940, "元", "In 2024 how much did Huai'an collect in information processing fees (信息处理费), in yuan?", TX + "processing fee yuan"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", TX + "portal items"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze District 2024 — how many items of government info were posted proactively on the website?", TX + "portal items"),
        N(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX + "executive meetings published", frm=None),
        N(e, "sy", "主动公开政府信息4511", 4511, "条", "Shuyang county portal 2025: how many pieces of government information were proactively published?", TX + "portal items"),
        N(z, "sy", "开展意见征集9", 9, "期", "沭阳县政府网站2025年搞了几期意见征集", TX + "consultations"),
        N(e, "sy", "督促县直部门", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025?", TX + "department items"),
        N(z, "sy", "爆款内容52", 52, "条", "沭阳2025年政务新媒体出了多少条爆款", TX + "viral posts"),
        N(e, "sy", "推送系列原创短视频", 1113, "个", "Shuyang 2025: number of original short videos pushed on its new-media accounts?", TX + "short videos"),
        N(z, "sy", "发出催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发了多少次催办提示", TX + "reminders"),
        N(e, "sy", "失效链接43", 43, "处", "Shuyang County 2025 website inspection — how many broken links were fixed?", TX + "broken links"),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息", TX + "outdated items"),
        N(e, "sy", "办前主动沟通", 49, "次", "in 2025 how many times did Shuyang proactively talk to applicants before handling their requests", TX + "pre-handling consultations"),
        N(z, "sy", "集中公开、统一发布", 64, "家", "沭阳2025年年报集中公开一共覆盖了多少家单位", TX + "units"),
        N(e, "sy", "收取信息处理费共计", 380, "元", "Total information processing fees Shuyang County agencies charged for 2025 requests, in yuan?", TX + "fee yuan"),
        N(z, "kw", "微信公众号目前关注人数", 1016823, "人", "“上海科技”微信公众号关注人数是多少？看2024年上海市科委的年报", TX + "followers"),
        N(e, "kw", "直播 118", 118, "场", "How many livestreams did the Shanghai science commission run in 2024?", TX + "live streams"),
        N(z, "kw", "批量推送集成式发布政策", 121, "条", "上海市科委2024年批量推送集成式发布的政策有多少条", TX + "policies pushed"),
        N(e, "kw", "网站全年累计发布信息", 2139, "条", "STCSM 2024: total items published on the 'Shanghai Science and Technology' website?", TX + "website items"),
        N(z, "kw", "高频事项", 5, "个", "上海科委2024年设置阅办联动的高频事项有几个", TX + "high-frequency items"),
        N(e, "kw", "原创文章", 294, "篇", "how many original articles did Shanghai science commission's WeChat account publish in 2024", TX + "original articles"),
        N(z, "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了多少场新闻通气会（不是发布会）", TX + "press briefings"),
        N(e, "sh25", "召开市政府新闻发布会", 42, "场", "Shanghai municipal government press conferences in 2025 — how many, per the General Office report?", TX + "press conferences"),
        N(z, "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的", TX + "withdrawn requests"),
        N(e, "sh25", "覆盖 10 个语种", 10, "个", "How many languages does the Shanghai International Services Portal cover, according to the General Office's 2025 report?", TX + "languages"),
        N(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报一共编了多少期", TX + "gazette issues 2025"),
        N(e, "sh25", "人事任免文件 196", 196, "件", "Shanghai General Office 2025: number of personnel appointment/removal documents proactively released?", TX + "personnel documents"),
        N(z, "sh19", "发布政策解读共", 132, "件", "上海市府办2019年通过“中国上海”门户发布了多少件政策解读", TX + "policy interpretations 2019"),
        N(e, "sh19", "权威发布共计", 38, "次", "In 2019, how many authoritative releases on executive-meeting topics did the Shanghai General Office make?", TX + "releases"),
        N(z, "sh19", "统一受理平台接入", 53, "个", "2019年上海一网通办统一受理平台接入了多少个部门", TX + "departments connected"),
        N(e, "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019, per the General Office report?", TX + "websites checked"),
        N(z, "jx", "26个试点领域", 26, "个", "涧西区2020年设了多少个试点领域的专栏", TX + "pilot areas"),
        N(e, "jx", "办结率", 88.2, "%", "What was Jianxi District's completion rate for disclosure requests in 2020?", TX + "completion rate %"),
        N(z, "sh19", "市政府公文主动公开率", 90.2, "%", "上海市政府2019年经审核的公文主动公开率是多少", TX + "disclosure rate %"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年申请信息公开的人里男的女的各多少", "no sex breakdown", CN + "sex"),
        U(e, "What share of Shuyang County's 2025 information requests came from people over 60?", "no age breakdown", CN + "age"),
        U(z, "沭阳县2025年哪个月收到的信息公开申请最多", "no month breakdown", CN + "month"),
        U(e, "Huai'an 2024: how many disclosure requests came in during the third quarter?", "no quarter breakdown", CN + "quarter"),
        U(z, "上海市府办2025年网上提交的申请和邮寄的分别是多少", "no channel breakdown", CN + "channel"),
        U(e, "Hongze District 2023 — which township sent the most information requests?", "no township breakdown", CN + "township"),
        U(z, "淮安2024年有多少申请是问征地拆迁补偿的", "no topic breakdown", CN + "topic"),
        U(e, "Of Shanghai General Office's 2019 requests, how many were about housing?", "no topic breakdown", CN + "topic"),
        U(z, "沭阳县2025年信息公开申请平均多少天答复完", "no response times", CN + "response time"),
        U(e, "How many staff work on information disclosure at the Huai'an city government (2024)?", "no staff number", CN + "staff"),
        U(z, "洪泽区2022年收到了多少政府信息公开申请", "report for 2022 not in corpus", CN + "year not held"),
        U(e, "Shuyang County 2024 annual report: how many requests were granted?", "2024 report of Shuyang not in corpus", CN + "year not held"),
        U(z, "上海科委2023年行政许可多少件", "2023 report of the commission not in corpus", CN + "year not held"),
        U(e, "Jianxi District 2021 — number of disclosure requests received?", "2021 report not in corpus", CN + "year not held"),
        U(z, "上海市政府办公厅2022年新收申请多少", "2022 report not in corpus", CN + "year not held"),
        U(e, "How many disclosure requests did Nanjing city government receive in 2024?", "Nanjing not in corpus", CN + "body not held"),
        U(z, "宿迁市政府2025年信息公开申请多少件", "宿迁市 not in corpus", CN + "body not held"),
        U(e, "Pudong New Area 2025 annual disclosure report: reconsiderations?", "Pudong not in corpus", CN + "body not held"),
        U(z, "清江浦区2024年政府信息公开年报里予以公开几件", "清江浦区 not in corpus", CN + "body not held"),
        U(e, "What will Huai'an's number of information requests be in 2026?", "forecast", CN + "forecast"),
        U(z, "预测一下沭阳县2026年会收到多少件申请", "forecast", CN + "forecast"),
        U(e, "Do you think Shanghai General Office handled disclosure better in 2025 than in 2019? just your opinion", "opinion", CN + "opinion"),
        U(z, "你觉得洪泽区2024年政务公开做得好不好", "opinion", CN + "opinion"),
        U(e, "I sent an application to Shuyang county in March 2025 about my land contract. Was mine one of the granted ones?", "one person's own case", CN + "own case"),
        U(z, "我2025年春天帮我妈给沭阳县政府写过申请，问宅基地的事，想问下2025年那份年报里我妈那件算在哪一类了", "one person's own case", CN + "own case"),
        U(e, "Give me the names of the people who sued the Huai'an government over disclosure in 2024", "personal data", CN + "personal data"),
        U(z, "上海市府办2025年申请信息公开的人里有没有姓张的，电话多少", "personal data", CN + "personal data"),
        U(e, "Which Huai'an city departments received the most requests in 2024?", "no department breakdown", CN + "department"),
        U(z, "淮安市2024年行政处罚里罚款总额是多少钱", "fine amounts not stated", CN + "figure not stated"),
        U(e, "How much did Hongze District spend on its disclosure work in 2024 (budget in yuan)?", "cost not stated", CN + "cost"),
        U(z, "上海科委2024年的申请人里外地人占多少", "no residence breakdown", CN + "residence"),
        U(e, "Shuyang 2025: which industries did the companies that applied for information belong to?", "no industry breakdown", CN + "industry"),
        U(z, "涧西区2020年那2件还在办的申请具体是什么内容", "content of requests not stated", CN + "reason not stated"),
        U(e, "Why did Hongze's number of 'not held' replies rise in 2024? what reason does the report give", "no reason stated", CN + "reason not stated"),
        U(z, "杭州市2023年政府信息公开工作年度报告里行政复议多少件", "杭州市 not in corpus", CN + "body not held"),
        U(e, "Huai'an city 2023 report — number of new requests?", "2023 report of Huai'an not in corpus", CN + "year not held"),
        U(z, "12345这边有个来电，问上海市府办2025年处理一件申请平均花了多少钱成本，报告里有吗", "cost per request not stated", CN + "cost"),
        U(e, "For Shanghai General Office 2019, how many requests came from foreigners?", "no nationality breakdown", CN + "residence"),
        U(z, "淮安2024年那些行政诉讼分别是哪个法院判的", "courts not stated", CN + "figure not stated"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安市2024年年底结转到下一年度继续办理的申请有几件（不是上年结转来的）", NB + "结转下年 vs 上年结转", alt=A_HA_CF),
        T(e, "sy", "a.litigation_after_review.total", "Shuyang 2025 — lawsuits filed AFTER a reconsideration (复议后起诉), total? not the direct ones", NB + "复议后起诉 vs 直接起诉"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件废止了多少件（不是新制发的）", NB + "废止 vs 制发"),
        T(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests where the information had to be newly compiled (另行制作) — not the 'not held' ones", NB + "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县2025年因为属于过程性信息不予公开的几件？别跟内部事务信息搞混", NB + "过程性 vs 内部事务"),
        T(e, "ha", "c.regulations.issued", "Huai'an 2024: municipal rules newly issued (制发) that year — not the ones in force", NB + "制发 vs 现行有效", alt=("新增公开市政府规章", 1)),
        T(z, "ha", "a.review.other", "淮安市2024年行政复议“其他结果”几件？不是纠正的", NB + "其他结果 vs 纠正", alt=rev(178)),
        T(e, "jx", "c.procurement.projects", "Jianxi District 2020 procurement: number of projects (项目数), not the amount", NB + "项目数 vs 金额"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新制作的）", NB + "对外公开总数 vs 新制作"),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025: the partially disclosed ones only (部分公开), not the fully disclosed", NB + "部分公开 vs 予以公开"),
        T(z, "sh25", "r.carried_over.legal_services", "上海市府办2025年上年结转的申请里，法律服务机构的有几件（不是商业企业）", NB + "法律服务机构 vs 商业企业"),
        T(e, "hz24", "c.normative_docs.in_force", "Hongze 2024 normative documents currently in force — not the newly issued count", NB + "现行有效 vs 制发"),
        T(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请几件（注意不是结转到下年的）", NB + "上年结转 vs 结转下年"),
    ]


def _tag_rank(convs):
    for c in convs:
        c["note"] = RK + "ranking over gold bodies, each in the year of its gold report"
    return convs


def CONVERSATIONS():
    return (plain() + plain_extra() + combine() + _tag_rank(rank()) + followup() + narrative()
            + cannot() + neighbour())
