"""Question bank of blind evaluation set 200 (evals/blind200): everyday traffic typed on a phone.

WARNING: this file holds the text of EVERY TEST QUESTION. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is computed
by helpers200 (gold/*.json, derived keys per spec/README.md), by blindlib200.text_cell from the
printed rows named in SPECS (reports without gold), or cut from the report text (narrative).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib200 as L  # noqa: E402
from helpers200 import C, E, ED, EN, EU, F, N, R, S, U, V, T, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: the same 42 cells (same specs) that blind6's
# text_cells.json verified; nothing new.
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

# text sentences that state the same number as a table cell (text and table agree): keywords
HA_REQ = "3119"            # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "行政复议 351"     # 复议 351: 维持 72, 纠正 64, 其他 178, 尚未审结 37
HA_LIT = "行政诉讼 46"      # 诉讼 46 (= 直接起诉 26 + 复议后起诉 20)
HZ23_REQ = "全区受理政府信息公开申请"  # 21 件
SH19_REQ = "859"           # 受理 859 / 答复 805 / 上年度结转 18 / 顺延 72
SH19_APP = "零败诉"         # 行政复议7件，诉讼9件
SH19_DOCS = "主动公开规章13件"  # 规章13件，行政规范性文件60件
JX_REQ = "办结率"           # 17 / 办结15 / 在办2
KW_REQ = "全年收到政府信息公开申请"  # 34 / 上年结转 2
KW_OUT = "同意公开答复"     # 同意公开答复 9 件
KW_DOCS = "规划计划文件"    # 行政规范性文件 13 件
SH25_REQ = "1295"          # 受理 1295 / 办结 1191 / 上年结转 189
SY_REQ = "749"             # 法人或其他组织申请 8 件 (received.legal_person)
SY_APP = "74 件"           # 全县共办理相关案件 74 件


def tag(t, note):
    return "%s %s" % (t, note)


def plain(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, tag("[plain]", note), **kw)


def trap(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, tag("[neighbour]", note), **kw)


def ssum(lang, b, keys, q, note, **kw):
    return S(lang, b, keys, q, tag("[combine]", note), **kw)


def diff(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], tag("[combine]", note))


def rank(lang, bodies, keys, order, q, note):
    return R(lang, bodies, keys, order, q, tag("[rank]", note))


def text(lang, b, keyword, value, unit, q, note, frm=None):
    return N(lang, b, keyword, value, unit, q, tag("[textonly]", note), frm=frm)


def cannot(lang, q, why, note):
    return U(lang, q, why, tag("[cannot]", note))


def follow(lang, turns, note):
    return F(lang, turns, tag("[followup]", note))


M = "万元"


# ------------------------------------------------------------------ [plain] zh (30)
def plain_zh():
    return [
        plain("zh", "ha", "r.received.total", "淮安市政府 24年一共收到多少件信息公开申请啊？？",
              "received total, 收到 for 新收; text 受理 3119 agrees", alt=(HA_REQ, 3119)),
        plain("zh", "ha", "r.unable.not_held.total",
              "问下 淮安2024年那份年报里，回复说本机关不掌握相关信息的有几件",
              "不掌握 row total"),
        plain("zh", "ha", "c.fees.amount", "淮安市 2024年行政事业性收费收了多少钱 单位万元就行 谢谢",
              "fees amount in 万元", unit=M),
        plain("zh", "ha", "r.withheld.admin_query.total",
              "我是做课题的研究生，想知道淮安24年因为属于行政查询事项没给公开的有多少件，麻烦了",
              "student story; 行政查询事项 withheld"),
        plain("zh", "ha", "a.litigation_direct.upheld",
              "淮安2024年 没走复议直接去法院告政府的，判了维持的有几个",
              "direct lawsuits upheld, colloquial"),
        plain("zh", "ha", "c.normative_docs.repealed", "淮安市24年废止了几件行政规范性文件呀",
              "normative docs repealed"),
        plain("zh", "sy", "r.received.total",
              "沭阳 25年新收到的公开申请，表三第一行那个数是多少（不要文字里说的749那个）",
              "table 新收 713, the text's 749 includes carried-over; question names the table row"),
        plain("zh", "sy", "r.unable.not_held.total",
              "沐阳县2025年的年报，答复“本机关不掌握”的有多少件？",
              "OCR spelling 沐阳 as the report prints it"),
        plain("zh", "sy", "a.review.total", "沭阳县政府2025年被人申请行政复义一共多少起。。",
              "homophone typo 复义, doubled punctuation"),
        plain("zh", "sy", "c.punishment.decisions", "想问下沭阳25年 行政处法 的决定数量是多少",
              "homophone typo 处法, stray spaces"),
        plain("zh", "sy", "r.other.other.total",
              "沭阳2025年（六）其他处理下面第3小项“其他”有几件啊",
              "（六）3 其他 row total"),
        plain("zh", "hz23", "c.licensing.decisions", "洪泽区23年 行政许可的处理决定 多少个？",
              "licensing decisions, two-digit year"),
        plain("zh", "hz23", "r.received.total", "我家在洪泽，想看看区政府2023年一共收了几件信息公开申请啊？",
              "received; text 受理 21 agrees", alt=(HZ23_REQ, 21)),
        plain("zh", "hz23", "c.fees.amount", "洪泽区政府二〇二三年收费金额是多少万元", "fees 万元, year in Chinese numerals",
              unit=M),
        plain("zh", "hz23", "r.unable.needs_creation.total",
              "请问洪泽区2023年“没有现成信息需要另行制作”那一栏是多少件",
              "另行制作 row total"),
        plain("zh", "hz24", "c.punishment.decisions", "洪泽 24年 行政处罚决定有多少", "text-row cell"),
        plain("zh", "hz24", "r.granted.total", "在洪泽区政府2024年的报告里，予以公开的有几件",
              "text-row cell 予以公开"),
        plain("zh", "hz24", "a.review.total", "洪泽24年因为信息公开被申请复议了几次？？",
              "text-row appeals cell"),
        plain("zh", "sh19", "r.received.total", "上海市府办19年新收了多少公开申情",
              "typo 申情; text 受理 859 agrees", alt=(SH19_REQ, 859)),
        plain("zh", "sh19", "c.procurement.amount",
              "上海市政府办公厅2019年政府集中采购总金额是多少（万元）", "procurement 251000元 = 25.1 万元",
              unit=M),
        plain("zh", "sh19", "c.regulations.total_published", "沪府办2019年规章对外公开总数量是多少？",
              "2019 format cumulative published regulations"),
        plain("zh", "sh19", "a.litigation_direct.total",
              "2019年上海市府办 直接起诉（没经过复议的）行政诉讼有几件", "direct lawsuits; text 诉讼9件 agrees",
              alt=(SH19_APP, 9)),
        plain("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年 本机关不掌握的 有多少件",
              "text-row cell"),
        plain("zh", "sh25", "r.not_processed.petition.total",
              "沪府办25年因为是信访举报投诉类申请所以没处理的有几件", "text-row cell 信访举报投诉类"),
        plain("zh", "sh25", "a.review.total", "上海市府办2025年行政复议总计多少件（就看表里的）",
              "text-row appeals cell, note 含上年度结转 not applied"),
        plain("zh", "kw", "r.received.total", "帮同事问一下，上海市科委2024年新收到多少件信息公开申请",
              "text-row cell; text 34 agrees", alt=(KW_REQ, 34)),
        plain("zh", "kw", "c.normative_docs.in_force", "上海科委24年现行有效的规范性文件有几件？",
              "text-row cell"),
        plain("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个",
              "procurement projects"),
        plain("zh", "jx", "r.granted.total", "涧西2020年依申请于以公开了多少件", "typo 于以 for 予以"),
        plain("zh", "jx", "a.review.upheld", "涧西区 2020年 行政复议 结果维持的有几件啊 谢谢！！", "review upheld"),
    ]


# ------------------------------------------------------------------ [plain] en (61)
def plain_en():
    return [
        # 淮安 2024
        plain("en", "ha", "r.received.commercial",
              "hello, please how many request the companies (商业企业) give to Huaian city government in 2024?",
              "received from commercial enterprises"),
        plain("en", "ha", "r.partially_granted.total",
              "Huai'an 2024 - how many applications were only partly disclosed??", "partially granted"),
        plain("en", "ha", "c.licensing.decisions",
              "My boss asked me for the number of admin licensing decisions Huaian reported for 2024. "
              "whats the figure pls", "clerk story; licensing decisions"),
        plain("en", "ha", "c.coercion.decisions", "quick one: huaian 2024 administrative coercion (行政强制) decisions count?",
              "coercion decisions"),
        plain("en", "ha", "a.review.corrected",
              "Reading Huaian's 2024 annual report rn - how many reconsideration cases ended "
              "结果纠正 (decision corrected)?", "review corrected; text agrees", alt=(HA_APP, 64)),
        plain("en", "ha", "r.withheld.third_party.total",
              "im a reporter doing a piece on privacy. In 2024 how many requests did Huaian refuse to protect third party rights (保护第三方合法权益)?",
              "withheld third party"),
        plain("en", "ha", "r.not_processed.duplicate.total",
              "For Huai'an city in 2024, how many requests were not handled cause they were repeat "
              "applications?", "duplicate, not processed"),
        plain("en", "ha", "r.other.overdue_correction.total",
              "in huaian's 2024 disclosure report, how many requests got dropped because the applicant "
              "never fixed / supplemented them in time?", "（六）1 逾期不补正"),
        plain("en", "ha", "r.withheld.prohibited_by_law.total",
              "Huaian city, 2024. Requests withheld because other laws or regulations forbid disclosure - "
              "how many? thanks in advance", "withheld prohibited by law"),
        plain("en", "ha", "c.regulations.in_force",
              "how many municipal regulations (规章) are currently in force according to Huaian's 2024 report?",
              "regulations in force (table 11; the text's 1 is 制发)"),
        plain("en", "ha", "a.litigation_after_review.total",
              "worried citizen here, thinking of suing. In Huaian 2024 how many lawsuits were filed after a "
              "reconsideration (复议后起诉), total?",
              "litigation after review total"),
        plain("en", "ha", "r.carried_forward.total",
              "How many of Huaian's 2024 requests got pushed into the next year to finish?",
              "carried forward; text 顺延 103 agrees", alt=(HA_REQ, 103)),
        # 沭阳 2025
        plain("en", "sy", "r.granted.total", "my uncle asked Shuyang county gov for some land docs in 2025 and actually got them lol. how many requests did they fully disclose that year?",
              "granted"),
        plain("en", "sy", "r.withheld.internal_affairs.total",
              "shuyang 2025 -- refused as internal affairs info (三类内部事务信息), how many",
              "withheld internal affairs"),
        plain("en", "sy", "c.licensing.decisions",
              "Shuyang county, 2025 - how many licensing decisions (行政许可) did they report? exact number pls",
              "licensing decisions"),
        plain("en", "sy", "c.fees.amount",
              "Shuyang's 2025 report: administrative fees collected, in units of 10k yuan?", "fees 万元",
              unit=M),
        plain("en", "sy", "a.review.upheld",
              "Shuyang 2025: in how many reconsiderations did the reviewing body keep the original decision?",
              "review upheld"),
        plain("en", "sy", "r.carried_over.total",
              "Shuyang County 2025: how many applications were still open from 2024 at the start?",
              "carried over (2024 named only as the origin)"),
        plain("en", "sy", "r.not_processed.petition.total",
              "shuyang county 2025, requests treated as complaints/petitions (信访举报投诉) and so not "
              "processed?", "petition, not processed"),
        plain("en", "sy", "a.litigation_after_review.total",
              "how many lawsuits after reconsideration did Shuyang have in 2025? ty", "after-review lawsuits"),
        plain("en", "sy", "c.normative_docs.in_force", "sorry if dumb question, how many normative documents does Shuyang have in force per the 2025 report?",
              "normative docs in force"),
        plain("en", "sy", "r.received.legal_person",
              "In 2025 how many new applications to Shuyang came from companies and other organisations "
              "rather than individuals?", "derived legal_person column; text 8 agrees",
              alt=(SY_REQ, 8)),
        # 洪泽 2023
        plain("en", "hz23", "c.punishment.decisions", "hongze dist 2023 penalty decisions (行政处罚) number??",
              "punishment decisions"),
        plain("en", "hz23", "r.partially_granted.total", "Hongze '23: how many requests partially disclosed?",
              "partially granted; two-digit year with apostrophe"),
        plain("en", "hz23", "r.unable.not_held.total",
              "In Hongze's 2023 disclosure report, how many times did the district say it doesn't hold the info?",
              "not held; report named loosely"),
        plain("en", "hz23", "c.normative_docs.repealed", "hongze 2023, normative docs repealed that year?",
              "normative docs repealed"),
        plain("en", "hz23", "a.review.upheld",
              "Hongze district govt 2023 - reconsiderations where the result was upheld (结果维持)?",
              "review upheld (printed 总计 0 is not asked)"),
        plain("en", "hz23", "c.coercion.decisions", "Hongze 2023 administrative coercion decision, how much is it? thank you very much",
              "coercion decisions"),
        # 洪泽 2024 (text rows)
        plain("en", "hz24", "c.licensing.decisions", "Hongze 2024 licensing decisions, number please. need it for a table due tmrw",
              "text-row cell"),
        plain("en", "hz24", "r.unable.not_held.total",
              "hongze district 2024, requests answered with basically 'we don't have this info'?",
              "text-row cell 不掌握"),
        plain("en", "hz24", "c.fees.amount", "how much did Hongze collect in administrative fees in 2024 (万元)?",
              "text-row cell, 万元", unit=M),
        plain("en", "hz24", "c.normative_docs.issued", "Working on a comparison for my office. how many normative docs did Hongze district issue in 2024?",
              "text-row cell"),
        plain("en", "hz24", "a.litigation_direct.total",
              "Hongze District 2024: lawsuits filed straight at court without reconsideration?",
              "text-row appeals cell"),
        # 上海市府办 2019
        plain("en", "sh19", "r.total_processed.total",
              "for my thesis on Shanghai: the General Office's 2019 total of handled requests (办理结果总计)?",
              "total processed; text 答复 805 agrees", alt=(SH19_REQ, 805)),
        plain("en", "sh19", "c.normative_docs.total_published",
              "Shanghai gov general office, 2019: total normative documents published to date (对外公开总数量)?",
              "2019 format cumulative"),
        plain("en", "sh19", "r.received.commercial", "sh general office 2019 - applications from companies?",
              "received commercial"),
        plain("en", "sh19", "r.carried_forward.total",
              "How many 2019 requests did Shanghai's General Office carry into the following year?",
              "carried forward; text 顺延 72 agrees", alt=(SH19_REQ, 72)),
        plain("en", "sh19", "r.unable.unclear.natural_person",
              "Shanghai GO, 2019: how many individuals' requests stayed unclear even after they were asked "
              "to fix them (补正后申请内容仍不明确)?", "column cell 自然人; row 总计 printed blank"),
        plain("en", "sh19", "r.withheld.state_secret.natural_person",
              "Shanghai General Office in 2019: requests from private persons refused as state secrets?",
              "column cell; row 总计 printed blank so asked by column"),
        plain("en", "sh19", "r.unable.needs_creation.natural_person",
              "In 2019, how many individuals' requests to the Shanghai General Office were turned down "
              "because the info would have to be newly compiled?", "column cell 自然人"),
        # 上海市府办 2025 (text rows)
        plain("en", "sh25", "r.received.natural_person",
              "In 2025 the Shanghai General Office receive how many new request from natural person (自然人)?", "text-row cell"),
        plain("en", "sh25", "r.carried_forward.total",
              "Shanghai govt general office, 2025, requests rolled over to the next year?", "text-row cell"),
        plain("en", "sh25", "r.unable.needs_creation.total",
              "For the 2025 Shanghai general office report, number refused since the info would need "
              "to be created from scratch?", "text-row cell 另行制作"),
        plain("en", "sh25", "a.litigation_direct.total",
              "Shanghai GO 2025 - direct lawsuits (未经复议直接起诉) total", "text-row appeals cell"),
        plain("en", "sh25", "r.not_processed.duplicate.total",
              "company clerk here, we got a 重复申请 rejection from the Shanghai General Office. in 2025 how many "
              "duplicate requests did they not process?", "text-row cell"),
        plain("en", "sh25", "r.granted.total", "how many requests fully granted, Shanghai general office 2025?",
              "text-row cell"),
        plain("en", "sh25", "a.review.pending",
              "Shanghai General Office 2025: reconsideration cases not yet concluded (尚未审结)?",
              "text-row appeals cell"),
        # 上海市科委 2024 (text rows)
        plain("en", "kw", "c.licensing.decisions", "hey, the 上海科委 2024 report - licensing decisions count?", "text-row cell"),
        plain("en", "kw", "r.received.natural_person",
              "Shanghai science & tech commission 2024: requests from individual ppl?", "text-row cell"),
        plain("en", "kw", "r.total_processed.total", "STCSM, 2024, total processed applications ((七)总计)? much appreciated",
              "text-row cell （七）总计"),
        plain("en", "kw", "c.normative_docs.issued",
              "How many normative documents did the Shanghai Sci-Tech Commission issue in 2024?",
              "text-row cell; text 13 agrees", alt=(KW_DOCS, 13)),
        plain("en", "kw", "r.received.commercial",
              "Shanghai Municipal Science and Technology Commission, 2024. Requests from companies?",
              "text-row cell"),
        plain("en", "kw", "c.punishment.decisions", "stcsm 2024 admin penalties (行政处罚)?", "text-row cell, 0"),
        # 涧西 2020
        plain("en", "jx", "c.procurement.amount",
              "Jianxi district office 2020: total centralized procurement amount in 万元?", "procurement amount",
              unit=M),
        plain("en", "jx", "r.unable.not_held.total",
              "A friend got a 'we don't have that info' reply from Jianxi district. In 2020 how many requests got that answer?", "not held"),
        plain("en", "jx", "a.litigation_after_review.total",
              "Jianxi District govt office 2020, the lawsuit after reconsideration have how many?", "after-review lawsuits"),
        plain("en", "jx", "r.received.total",
              "how many new info disclosure applications did Jianxi district office get in 2020",
              "received; text 17 agrees", alt=(JX_REQ, 17)),
        plain("en", "jx", "c.normative_docs.made", "Jianxi 2020, normative documents made (本年新制作数量)?",
              "2019 format made"),
        plain("en", "jx", "r.carried_forward.total",
              "jianxi 2020: how many applications were still being processed at year end and rolled over?",
              "carried forward; text 在办2件 agrees", alt=(JX_REQ, 2)),
        plain("en", "jx", "a.litigation_direct.upheld",
              "In Jianxi's 2020 report, direct lawsuits where the court upheld the office?", "direct upheld"),
        plain("en", "hz23", "r.withheld.state_secret.total",
              "Hongze District 2023: any requests refused as state secrets? how many", "withheld state secret"),
    ]


# ------------------------------------------------------------------ [neighbour] (13: zh 4, en 9)
def traps():
    return [
        trap("zh", "ha", "r.carried_over.total", "淮安24年的申请里 从上一年结转过来的有多少件",
             "上年结转 34 vs 结转下年 103; text agrees", alt=(HA_REQ, 34)),
        trap("zh", "sy", "a.litigation_direct.total", "沭阳2025年未经复议直接起诉的行政诉松有几件",
             "直接起诉 3 vs 复议后起诉 10; typo 诉松"),
        trap("zh", "sy", "r.withheld.process_info.total", "沭阳县25年 因为属于四类过程性信息不公开的 几件？",
             "过程性信息 2 vs 内部事务 13"),
        trap("zh", "kw", "r.carried_over.total", "上海科委2024年从上一年接转过来的申请有几件",
             "上年结转 2 vs 结转下年 1; homophone 接转; text agrees", alt=(KW_REQ, 2)),
        trap("en", "ha", "a.litigation_after_review.upheld",
             "Huaian 2024: of the lawsuits brought AFTER reconsideration, how many were upheld?",
             "复议后起诉 维持 12 vs 直接起诉 维持 13"),
        trap("en", "ha", "c.normative_docs.in_force",
             "Huaian 2024, how many normative docs are in force now - not the ones issued or repealed that year",
             "现行有效 66 vs 制发 8 / 废止 26"),
        trap("en", "sy", "r.unable.needs_creation.total",
             "Shuyang 2025: requests that couldn't be met because the info had to be newly made (另行制作)?",
             "另行制作 2 vs 不掌握 111"),
        trap("en", "ha", "a.review.other",
             "In Huaian's 2024 reconsiderations, how many ended with an 'other' result (其他结果)?",
             "其他结果 178 vs 纠正 64; text agrees", alt=(HA_APP, 178)),
        trap("en", "sh19", "c.procurement.projects",
             "Shanghai General Office 2019 - how many centralized procurement projects (the count, not the money)?",
             "采购项目数 6 vs 金额 25.1"),
        trap("en", "sh19", "c.normative_docs.made",
             "Shanghai GO in 2019: normative documents newly made that year, not the total published",
             "新制作 60 vs 对外公开总数 368; text agrees", alt=(SH19_DOCS, 60)),
        trap("en", "sy", "r.partially_granted.total",
             "Shuyang 2025, requests partly disclosed (部分公开) - I don't mean fully disclosed",
             "部分公开 101 vs 予以公开 294"),
        trap("en", "ha", "r.received.legal_services",
             "I work at a law firm in Huaian, curious: how many applications did legal service orgs "
             "(法律服务机构) file with the city in 2024? not companies", "法律服务机构 61 vs 商业企业 53"),
        trap("en", "sh25", "r.carried_over.total",
             "Shanghai General Office 2025: applications carried IN from the year before (上年结转)?",
             "上年结转 189 vs 结转下年 293; text agrees", alt=(SH25_REQ, 189)),
    ]


# ------------------------------------------------------------------ [combine] sums (16: zh 5, en 11)
def sums():
    return [
        ssum("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "淮安24年行政诉讼一共多少件（直接起诉的加上复议后起诉的）", "2 cells; text 行政诉讼 46 agrees",
             alt=(HA_LIT, 46)),
        ssum("zh", "sy", ["r.withheld.%s.total" % s for s in L.WITHHELD],
             "沭阳2025年不予公开那8种情形加起来一共多少件", "8 cells"),
        ssum("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "洪泽 2023年 不掌握的 + 需要另行制作的 一共几件", "2 cells"),
        ssum("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
             "上海市府办25年 信访类加重复申请 不予处理的合计几件", "2 text-row cells"),
        ssum("zh", "jx", ["r.received.total", "r.carried_over.total"],
             "涧西区政府办2020年新收的加上上年结转的一共多少", "2 cells"),
        ssum("en", "ha", ["r.granted.total", "r.partially_granted.total"],
             "need one number: Huaian 2024 fully + partly disclosed (予以公开+部分公开) combined?", "2 cells"),
        ssum("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "Shuyang 2025 - all reconsideration and lawsuit cases together, how many?",
             "3 cells; text 74 agrees", alt=(SY_APP, 74)),
        ssum("en", "sh19", cols("granted"),
             "Shanghai General Office 2019: granted requests (予以公开) across all applicant types? "
             "the 总计 cell of that row is empty in the report",
             "6 columns; printed 总计 blank", printed_total="r.granted.total"),
        ssum("en", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "Shanghai GO 2025: reconsiderations plus both kinds of lawsuits, total number of cases?",
             "3 text-row cells"),
        ssum("en", "kw", ["r.received.total", "r.carried_over.total"],
             "STCSM 2024: new requests plus ones carried over from the year before, together?", "2 text-row cells"),
        ssum("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "Hongze 2024, reconsiderations + direct lawsuits + lawsuits after reconsideration = ?",
             "3 text-row cells"),
        ssum("en", "sy", ["r.other.%s.total" % s for s in L.OTHER21],
             "Shuyang 2025: add up the three sub-items under 'other handling' (其他处理) for me?", "3 cells"),
        ssum("en", "ha", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
             "huaian 2024 - sum of all 5 'not processed' (不予处理) categories?", "5 cells"),
        ssum("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "Shanghai General Office 2025: 'not held' plus 'needs to be newly made', how many altogether?",
             "2 text-row cells (the text's 564 also holds 补正后不明确 3)"),
        ssum("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "Hongze 2023 - licensing, penalty and coercion decisions added together?", "3 cells"),
        ssum("en", "sh19", ["r.received.total", "r.carried_over.total"],
             "Shanghai GO 2019: new applications plus carried-over ones, total?", "2 cells"),
    ]


# ------------------------------------------------------------------ [combine] differences (10: zh 4, en 6)
def diffs():
    return [
        diff("zh", "hz23", "hz24", "c.licensing.decisions",
             "洪泽区行政许可决定 2024年比2023年多了多少个", "洪泽 2023→2024"),
        diff("zh", "hz23", "hz24", "r.unable.not_held.total",
             "洪泽“本机关不掌握”的件数，24年跟23年比变化多少", "洪泽 2023→2024"),
        diff("zh", "sh19", "sh25", "r.received.total",
             "上海市府办新收申请 2025年比2019年增加了多少件？？", "上海市府办 2019→2025; 2025 text 1295 agrees",
             alt=(SH25_REQ, 1295)),
        diff("zh", "sh19", "sh25", "a.review.total",
             "沪府办行政复议总数 19年到25年 涨了几件", "上海市府办 2019→2025"),
        diff("en", "hz23", "hz24", "c.punishment.decisions",
             "By how much did Hongze's penalty decisions change from 2023 to 2024?", "洪泽 2023→2024"),
        diff("en", "hz23", "hz24", "c.coercion.decisions",
             "hongze coercion decisions 2023 vs 2024, what's the difference", "洪泽 2023→2024"),
        diff("en", "hz23", "hz24", "c.fees.amount",
             "Change in Hongze's administrative fee income between 2023 and 2024, in 万元?", "洪泽 2023→2024, 万元",
             unit=M),
        diff("en", "sh19", "sh25", "r.total_processed.total",
             "Shanghai General Office handled how many more requests in 2025 than in 2019?",
             "上海市府办 2019→2025"),
        diff("en", "sh19", "sh25", "r.carried_forward.total",
             "Requests rolled into the next year at the Shanghai GO: 2025 figure minus the 2019 figure?",
             "上海市府办 2019→2025"),
        diff("en", "hz23", "hz24", "c.normative_docs.in_force",
             "Hongze normative docs in force, how much did it go up from 2023 to 2024?", "洪泽 2023→2024"),
    ]


# ------------------------------------------------------------------ [rank] (13: zh 4, en 9)
def ranks():
    return [
        rank("zh", ["jx", "ha", "hz23", "sy"], "r.received.total", "desc",
             "涧西2020、淮安2024、洪泽2023、沭阳2025 这四家 哪家新收申请最多", "4 bodies, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
             "淮安24年、洪泽23年、沭阳25年，行政许可决定谁最多？", "3 bodies, desc"),
        rank("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
             "三类内部事务信息不公开的，淮安2024 沭阳2025 洪泽2023 哪个最多", "3 bodies, desc"),
        rank("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
             "行政处罚决定数 淮安市(2024)、洪泽区(2023)、沭阳县(2025)排第一的是谁", "3 bodies, desc"),
        rank("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
             "Which had the most requests carried over from the prior year: Huaian 2024, Shuyang 2025 "
             "or the Shanghai General Office 2019?", "3 bodies, desc"),
        rank("en", ["hz23", "sy", "sh19", "jx"], "a.review.upheld", "desc",
             "Reconsiderations upheld - Hongze 2023, Shuyang 2025, Shanghai GO 2019, Jianxi 2020. who's top?",
             "4 bodies, desc"),
        rank("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
             "Lowest admin fee income among Huaian (2024), Hongze (2023) and Shuyang (2025)?", "3 bodies, asc"),
        rank("en", ["jx", "hz23", "sy"], "r.granted.total", "asc",
             "Jianxi 2020 vs Hongze 2023 vs Shuyang 2025: who fully disclosed the fewest requests?",
             "3 bodies, asc"),
        rank("en", ["jx", "hz23", "sy"], "r.unable.not_held.total", "desc",
             "Out of Jianxi 2020, Hongze 2023 and Shuyang 2025, which said 'info not held' most often?",
             "3 bodies, desc"),
        rank("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc",
             "most requests from businesses: Huaian 2024, Shuyang 2025 or Shanghai General Office 2019?",
             "3 bodies, desc"),
        rank("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
             "Fewest direct lawsuits - Huaian in 2024, Shuyang in 2025, Shanghai GO in 2019?", "3 bodies, asc"),
        rank("en", ["jx", "hz23", "sh19", "sy"], "r.total_processed.total", "asc",
             "I'm comparing Jianxi 2020, Hongze 2023, Shanghai General Office 2019 and Shuyang 2025 for a "
             "class project. Which one processed the fewest requests in total?", "4 bodies, asc, student story"),
        rank("en", ["jx", "hz23", "sy"], "r.partially_granted.total", "desc",
             "Partial disclosures (部分公开): Jianxi 2020, Hongze 2023, Shuyang 2025 - which is highest?",
             "3 bodies, desc"),
    ]


# ------------------------------------------------------------------ [textonly] (39: zh 13, en 26)
def narratives():
    return [
        text("zh", "sy", "697条", 697, "条", "沭阳县25年 清理过期信息 清了多少条？？", "清理过期信息"),
        text("zh", "sy", "催办提示", 84, "次", "沭阳25年那个倒计时报警器 一共发了多少次催办提示啊", "催办提示"),
        text("zh", "sy", "64家单位", 64, "家", "2025年沐阳全县集中公开年报的单位有多少家", "年报集中公开单位"),
        text("zh", "ha", "新闻发布会 12 场", 12, "场", "我是记者 想核实下淮安市政府2024年开了几场新闻发布会？", "新闻发布会"),
        text("zh", "ha", "6 期", 6, "期", "那份24年淮安的报告里，市政府公报出了几期", "公报期数",
             frm="通过文字"),
        text("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会意", "常务会议"),
        text("zh", "hz23", "1136", 1136, "条", "洪泽区政府二〇二三年在政府网站上主动公开了多少条信息", "网站公开条数"),
        text("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年开了多少场新闻通气会（不是发布会）",
             "新闻通气会"),
        text("zh", "sh25", "24 期", 24, "期", "市府办的报告说 2025年 上海市政府公报编了几期呀", "公报期数"),
        text("zh", "sh19", "70家政府网站", 70, "家", "上海市府办19年的年报里 每季度检查的政府网站有几家", "网站检查"),
        text("zh", "kw", "直播 118 场", 118, "场", "市科委“上海科技”视频号2024年直播了几场？", "直播场次"),
        text("zh", "jx", "601项事项", 601, "项", frm="对照省",
             q="涧西区2020年梳理出来的公开事项一共多少项", note="事项数"),
        text("zh", "sh19", "政策解读共132件", 132, "件", "沪府办19年 在门户网站发了多少件政策解读。。", "政策解读"),
        text("en", "sy", "4511条", 4511, "条",
             "I read Shuyang's 2025 report on my phone but lost the spot - how many pieces of info did the "
             "county portal publish?", "portal items"),
        text("en", "sy", "意见征集9期", 9, "期",
             "Shuyang 2025: how many rounds of public opinion solicitation on the portal?", "意见征集"),
        text("en", "sy", "专栏33个", 33, "个",
             "shuyang's new media columns (专栏) in 2025 - how many did they open?", "专栏"),
        text("en", "sy", "爆款内容52条", 52, "条",
             "My cousin says Shuyang had lots of viral posts in 2025. how many 'hit' pieces (爆款) exactly?",
             "爆款"),
        text("en", "sy", "失效链接43处", 43, "处",
             "Shuyang 2025 website cleanup - how many broken links were fixed?", "失效链接"),
        text("en", "sy", "办前主动沟通", 49, "次",
             "In 2025 how many times did Shuyang proactively talk to applicants before handling their requests?",
             "办前沟通"),
        text("en", "sy", "共计380元", 380, "元",
             "Shuyang County 2025: total information processing fees charged, in yuan?", "信息处理费"),
        text("en", "ha", "共计 95", 95, "个",
             "how many government new-media accounts was Huaian running per its 2024 report?", "政务新媒体"),
        text("en", "ha", "3940", 3940, "元",
             "Huaian 2024 - information processing fees collected from applicants (in yuan, not 万元)?",
             "信息处理费"),
        text("en", "ha", "全覆盖检查", 4, "次",
             "How many full-coverage checks of disclosure columns did Huaian organise in 2024?", "全覆盖检查"),
        text("en", "hz24", "2428", 2428, "条",
             "Hongze 2024, number of government info items published on the district website?", "网站发布条数"),
        text("en", "hz24", "区政府办代表区政府受理", 17, "件",
             "In Hongze's 2024 narrative, how many applications does it say the district office accepted "
             "on behalf of the district government?", "text's 17, asked with its own wording (table 新收 95)"),
        text("en", "sh25", "人事任免文件 196 件", 196, "件",
             "Shanghai General Office 2025: personnel appointment/removal documents proactively published?",
             "人事任免文件"),
        text("en", "sh25", "新闻发布会 42 场", 42, "场",
             "How many municipal press conferences did Shanghai hold in 2025 according to the GO's report?",
             "新闻发布会"),
        text("en", "sh25", "16 个区", 16, "个",
             "shanghai 2025: how many districts launched a digital gazette (数字公报)?", "数字公报"),
        text("en", "sh25", "主动撤回 157 件", 157, "件",
             "Shanghai GO 2025 - how many applicants withdrew their requests themselves?", "主动撤回"),
        text("en", "sh25", "公开属性审查 166 件", 166, "件",
             "Shanghai General Office 2025: how many documents went through the disclosure-attribute review?",
             "公开属性审查"),
        text("en", "sh19", "人事任免文件141件", 141, "件",
             "Shanghai General Office 2019, personnel appointment documents made public?", "人事任免文件"),
        text("en", "sh19", "2261项事项", 2261, "项",
             "In 2019 how many service items were hooked up to Shanghai's one-stop ('一网通办') intake platform?",
             "一网通办事项"),
        text("en", "sh19", "共计38次", 38, "次",
             "Shanghai 2019 report: how many times were key topics of executive meetings officially released?",
             "常务会议发布"),
        text("en", "kw", "2139", 2139, "条",
             "How many items did the 'Shanghai Keji' site post in total during 2024 (STCSM report)?", "网站发布"),
        text("en", "kw", "主合办政协提案 85 件", 85, "件", frm="及主合办",
             q="STCSM 2024: replies to CPPCC proposals (政协提案) it handled - how many?", note="政协提案"),
        text("en", "kw", "集成式发布政策 121 条", 121, "条",
             "science commission shanghai 2024 - policies pushed in batch for integrated release?", "集成式发布"),
        text("en", "kw", "1016823", 1016823, "人",
             "Followers of the 'Shanghai Keji' WeChat account per the 2024 STCSM report?", "微信关注人数"),
        text("en", "jx", "26个试点领域", 26, "个", frm="对照省",
             q="Jianxi 2020 - how many pilot areas (试点领域) for grassroots disclosure standardisation?",
             note="试点领域"),
        text("en", "sh19", "部门规范性文件45件", 45, "件",
             "Shanghai's 2019 gazette carried how many departmental normative documents?", "公报部门规范性文件"),
    ]


# ------------------------------------------------------------------ [cannot] (39: zh 13, en 26)
def cannots():
    return [
        cannot("zh", "淮安24年的公开申请里 男的女的各多少", "sex of applicants not reported", "sex breakdown"),
        cannot("zh", "沭阳县2024年收到多少申请？", "no 沭阳 2024 report in the corpus", "year not held"),
        cannot("zh", "南京市2024年政府信息公开申请数是多少 急！", "南京市 not in the corpus", "body not held"),
        cannot("zh", "洪泽区22年行政复议几件", "no 洪泽 2022 report", "year not held"),
        cannot("zh", "上海市府办2025年 办一件申请平均要几天", "response times not reported", "response time"),
        cannot("zh", "涧西区2021年依申请公开的数据有吗", "no 涧西 2021 report", "year not held"),
        cannot("zh", "我想去应聘，淮安市2024年专门做政务公开的工作人员有多少人", "staff numbers not stated", "staff"),
        cannot("zh", "沭阳25年申请最多的是哪个乡镇？", "no township breakdown", "township breakdown"),
        cannot("zh", "上海科委2023年收到几件申请 (我只找到24年的)", "no 上海市科委 2023 report", "year not held"),
        cannot("zh", "你觉得洪泽区政府2024年信息公开做得好不好？说说看", "opinion, not a fact in the report",
               "opinion"),
        cannot("zh", "淮安26年预计会收到多少申请", "forecast; no 2026 figures", "forecast"),
        cannot("zh", "沪府办2025年哪个月收到的申请最多", "no monthly breakdown", "month"),
        cannot("zh", "能告诉我沭阳2025年交了380块信息处理费的那个人叫什么吗", "personal data, not in the report",
               "personal data (380 is in the question)"),
        cannot("en", "my grandpa (72) filed one in Huaian. in 2024 how many requests came from people over 60?", "applicant age not reported",
               "age"),
        cannot("en", "what were Suqian city's 2024 disclosure request numbers?", "宿迁市 not in the corpus",
               "body not held"),
        cannot("en", "Pudong New Area 2019 - how many disclosure applications?", "浦东新区 not in the corpus",
               "body not held"),
        cannot("en", "Shanghai General Office, 2022 - new requests received?", "no 上海市府办 2022 report",
               "year not held"),
        cannot("en", "Hongze 2024: what share of the applicants were women?", "sex not reported", "sex"),
        cannot("en", "STCSM 2024 - average number of days to answer a request?", "response times not reported",
               "response time"),
        cannot("en", "How much did Shuyang spend running its government website in 2025?", "costs not reported",
               "cost"),
        cannot("en", "Qingjiangpu District 2024, number of requests?", "清江浦区 not in the corpus",
               "body not held"),
        cannot("en", "Huaian 2024: how many requests were about land expropriation or demolition?",
               "no topic breakdown", "topic"),
        cannot("en", "Jianxi 2020: how many applications came in online vs by post?", "no channel breakdown",
               "channel"),
        cannot("en", "Shanghai GO 2019: how many applicants lived outside Shanghai?", "residence not reported",
               "residence"),
        cannot("en", "Shuyang 2025 - which county department received the most requests?",
               "no department breakdown of requests", "department"),
        cannot("en", "How many staff work on information disclosure in Hongze (2023 report)?",
               "staff numbers not stated", "staff"),
        cannot("en", "What will the Shanghai General Office's request count be in 2026?", "forecast", "forecast"),
        cannot("en", "Huaian 2024, requests received in Q3 only?", "no quarterly breakdown of requests", "quarter"),
        cannot("en", "STCSM 2024: how many of the requests came from foreigners?", "nationality not reported",
               "nationality"),
        cannot("en", "Shuyang 2025 -- who filed the most requests? name please", "personal data", "personal data"),
        cannot("en", "Is Huaian's disclosure work in 2024 better than Suqian's? your honest take",
               "opinion; 宿迁 not in the corpus", "opinion, body not held"),
        cannot("en", "Jianxi District 2021 - how many requests were granted?", "no 涧西 2021 report",
               "year not held"),
        cannot("en", "Nanjing's 2023 report: reconsideration cases?", "南京市 not in the corpus", "body not held"),
        cannot("en", "Hongze 2024 - why did the number of applications go up? what caused it",
               "no cause stated in the report", "reason not stated"),
        cannot("en", "Shanghai GO 2025: how many requests concerned housing or urban renewal?",
               "no topic breakdown (text only says 申请量持续增长)", "topic"),
        cannot("en", "Huai'an city's 2023 report - how many requests did it receive?", "no 淮安 2023 report",
               "year not held"),
        cannot("en", "STCSM 2024: how much money was spent on disclosure staff salaries?", "costs not reported",
               "cost"),
        cannot("en", "Shuyang 2025 - how many requests came in through the 12345 hotline?",
               "no channel breakdown of requests (12345 is named as a feedback channel only)", "channel"),
        cannot("en", "Jianxi 2020: requests per street/subdistrict (街道)?", "no subdistrict breakdown",
               "district breakdown"),
    ]


# ------------------------------------------------------------------ [followup] (39: zh 13, en 26)
def followups():
    return [
        follow("zh", [
            ("洪泽区2023年回复“本机关不掌握”的有几件", E("hz23", "r.unable.not_held.total")),
            ("那24年的呢？？", E("hz24", "r.unable.not_held.total")),
        ], "year switch 洪泽 2023→2024"),
        follow("zh", [
            ("上海市府办19年自然人新收申请多少件", E("sh19", "r.received.natural_person")),
            ("2025年的是多少", E("sh25", "r.received.natural_person")),
        ], "year switch 上海市府办 2019→2025"),
        follow("zh", [
            ("淮安2024年行政复议总共多少件", E("ha", "a.review.total", alt=(HA_APP, 351))),
            ("沭阳县25年呢", E("sy", "a.review.total")),
            ("涧西2020年的？", E("jx", "a.review.total")),
        ], "body switch, 3 turns; 淮安 text agrees"),
        follow("zh", [
            ("沭阳2025年予以公开的几件", E("sy", "r.granted.total")),
            ("部分公开的呢", E("sy", "r.partially_granted.total")),
        ], "row switch"),
        follow("zh", [
            ("淮安24年自然人新收申请有多少", E("ha", "r.received.natural_person")),
            ("商业企业的呢", E("ha", "r.received.commercial")),
        ], "column switch"),
        follow("zh", [
            ("沭阳县2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
            ("复议后起诉的维持几件", E("sy", "a.litigation_after_review.upheld")),
        ], "appeals group switch"),
        follow("zh", [
            ("市科委2024年予以公开了多少件", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
            ("那上海市府办2025年的予以公开呢", E("sh25", "r.granted.total")),
        ], "body switch between text-row reports; 科委 text 同意公开 9 agrees"),
        follow("zh", [
            ("洪泽23年行政处罚多少", E("hz23", "c.punishment.decisions")),
            ("24年的呢。。", E("hz24", "c.punishment.decisions")),
            ("两年差了多少", ED("hz23", "hz24", "c.punishment.decisions")),
        ], "year switch then difference"),
        follow("zh", [
            ("涧西区2020年结转到下一年的申请几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
            ("淮安2024年呢", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
        ], "body and year switch; texts agree"),
        follow("zh", [
            ("沪府办25年本机关不掌握的多少件", E("sh25", "r.unable.not_held.total")),
            ("需要另行制作的呢", E("sh25", "r.unable.needs_creation.total")),
        ], "row switch"),
        follow("zh", [
            ("沭阳2025年行政强制决定有多少", E("sy", "c.coercion.decisions")),
            ("换淮安 24年看看", E("ha", "c.coercion.decisions")),
        ], "body and year switch"),
        follow("zh", [
            ("淮安2024年因为过程性信息不公开的几件", E("ha", "r.withheld.process_info.total")),
            ("内部事务信息的呢", E("ha", "r.withheld.internal_affairs.total")),
        ], "row switch"),
        follow("zh", [
            ("洪泽区2024年行政事业性收费多少万元", E("hz24", "c.fees.amount", unit=M)),
            ("23年的呢", E("hz23", "c.fees.amount", unit=M)),
            ("那22年的有没有", EU("no 洪泽 2022 report")),
        ], "year switch, last turn not held"),
        # en
        follow("en", [
            ("Huaian 2024 - how many requests were granted in full?", E("ha", "r.granted.total")),
            ("and Shuyang in 2025?", E("sy", "r.granted.total")),
        ], "body and year switch"),
        follow("en", [
            ("Shanghai General Office 2019, total processed requests?",
             E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
            ("same office, 2025?", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191))),
        ], "year switch; texts agree"),
        follow("en", [
            ("Shuyang 2025 reconsiderations total? (行政复议)", E("sy", "a.review.total")),
            ("how many still not concluded", E("sy", "a.review.pending")),
            ("and corrected?", E("sy", "a.review.corrected")),
        ], "column switch, 3 turns"),
        follow("en", [
            ("pls Huaian 2024 licensing decisions?", E("ha", "c.licensing.decisions")),
            ("and penalties thx", E("ha", "c.punishment.decisions")),
        ], "row switch"),
        follow("en", [
            ("Hongze 2023: requests refused as process information (过程性信息)?",
             E("hz23", "r.withheld.process_info.total")),
            ("what about Shuyang 2025", E("sy", "r.withheld.process_info.total")),
        ], "body and year switch"),
        follow("en", [
            ("STCSM 2024 new requests total?", E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("how many of those from individuals", E("kw", "r.received.natural_person")),
            ("and from companies?", E("kw", "r.received.commercial")),
        ], "column switch, text-row cells"),
        follow("en", [
            ("Shanghai GO 2025: reconsideration total (行政复议总计)?", E("sh25", "a.review.total")),
            ("direct lawsuits?", E("sh25", "a.litigation_direct.total")),
            ("and lawsuits after reconsideration", E("sh25", "a.litigation_after_review.total")),
        ], "appeals group switch, text-row cells"),
        follow("en", [
            ("Jianxi 2020 procurement total amount (万元)?", E("jx", "c.procurement.amount", unit=M)),
            ("Shanghai General Office 2019 - same thing?", E("sh19", "c.procurement.amount", unit=M)),
        ], "body and year switch, 万元"),
        follow("en", [
            ("Huaian 2024: petitions/complaints not processed?", E("ha", "r.not_processed.petition.total")),
            ("ok and Shuyang 2025", E("sy", "r.not_processed.petition.total")),
        ], "body and year switch"),
        follow("en", [
            ("Hongze 2024 fully granted requests?", E("hz24", "r.granted.total")),
            ("what about 2023 for Hongze", E("hz23", "r.granted.total")),
        ], "year switch, text-row then gold"),
        follow("en", [
            ("Shuyang 2025 new requests in the table (本年新收)?", E("sy", "r.received.total")),
            ("and carried over from before?", E("sy", "r.carried_over.total")),
            ("add the two for me", E("sy", ["r.received.total", "r.carried_over.total"], alt=(SY_REQ, 749))),
        ], "row switch then sum; text 受理 749 agrees with the sum"),
        follow("en", [
            ("Shanghai GO 2019, carried forward to next year?",
             E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
            ("2025 pls", E("sh25", "r.carried_forward.total")),
        ], "year switch"),
        follow("en", [
            ("Huaian 2024 direct lawsuits total", E("ha", "a.litigation_direct.total")),
            ("how many of them unresolved", E("ha", "a.litigation_direct.pending")),
        ], "column switch"),
        follow("en", [
            ("Hongze 2023 partial disclosures?", E("hz23", "r.partially_granted.total")),
            ("and for Huaian 2024?", E("ha", "r.partially_granted.total")),
        ], "body and year switch"),
        follow("en", [
            ("STCSM 2024 licensing decisions", E("kw", "c.licensing.decisions")),
            ("Hongze for the same year?", E("hz24", "c.licensing.decisions")),
            ("and Huaian city (2024)", E("ha", "c.licensing.decisions")),
        ], "body switch, 3 turns, same year"),
        follow("en", [
            ("Shanghai GO 2019 direct lawsuits?", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9))),
            ("and in 2025", E("sh25", "a.litigation_direct.total")),
        ], "year switch"),
        follow("en", [
            ("Huaian 2024: refused since info needs to be newly made?", E("ha", "r.unable.needs_creation.total")),
            ("and 'still unclear after correction' (补正后申请内容仍不明确)?", E("ha", "r.unable.unclear.total")),
        ], "row switch"),
        follow("en", [
            ("Shuyang 2025 - requests that were administrative queries (行政查询事项)?",
             E("sy", "r.withheld.admin_query.total")),
            ("Huaian 2024?", E("ha", "r.withheld.admin_query.total")),
        ], "body and year switch"),
        follow("en", [
            ("Jianxi 2020 normative docs made", E("jx", "c.normative_docs.made")),
            ("Shanghai General Office 2019?", E("sh19", "c.normative_docs.made", alt=(SH19_DOCS, 60))),
        ], "body and year switch; text agrees"),
        follow("en", [
            ("Hongze 2024 reconsideration cases?", E("hz24", "a.review.total")),
            ("what about Hongze in 2022", EU("no 洪泽 2022 report")),
        ], "year switch to a year not held"),
        follow("en", [
            ("Shuyang 2025: dropped because the applicant didn't pay the fee notice in time?",
             E("sy", "r.other.overdue_fee.total")),
            ("and because they never supplemented the application?", E("sy", "r.other.overdue_correction.total")),
        ], "row switch （六）2→1"),
        follow("en", [
            ("Shanghai General Office 2025 requests from companies?", E("sh25", "r.received.commercial")),
            ("and in 2019?", E("sh19", "r.received.commercial")),
        ], "year switch"),
        follow("en", [
            ("Huaian 2024 normative docs issued?", E("ha", "c.normative_docs.issued")),
            ("Shuyang 2025?", E("sy", "c.normative_docs.issued")),
            ("Hongze 2023?", E("hz23", "c.normative_docs.issued")),
        ], "body switch, 3 turns"),
        follow("en", [
            ("STCSM 2024 carried over from the prior year?", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
            ("Shanghai GO 2025?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189))),
        ], "body and year switch; texts agree"),
        follow("en", [
            ("Shuyang 2025 info not held (本机关不掌握)?", E("sy", "r.unable.not_held.total")),
            ("and Shuyang 2024?", EU("no 沭阳 2024 report")),
        ], "year switch to a year not held"),
        follow("en", [
            ("Shanghai GO 2025 direct lawsuits still pending (尚未审结)?", E("sh25", "a.litigation_direct.pending")),
            ("ok, and the reconsiderations pending?", E("sh25", "a.review.pending")),
        ], "appeals group switch, text-row cells"),
    ]


def CONVERSATIONS():
    convs = []
    for part in (plain_zh, plain_en, traps, sums, diffs, ranks, narratives, cannots, followups):
        convs.extend(part())
    return convs
